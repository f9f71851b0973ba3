r"""Meetings: phone calls, visits, meetings and rounds of talks between named parties.

The extractor reads the layers computed before it (sentences, dates, actor
mentions) and runs in three steps, each a small set of ordered rules:

1. **Cues.** In each sentence, find the words that report a meeting
   (``data/meetings.toml``): a verb in a compound tense (``s'est entretenu``,
   ``s'est de nouveau entretenu``, ``ont été reçus``), a finite verb
   (``rencontrera``), an infinitive after a modal (``doivent se rencontrer``,
   ``a pu voir``) or a noun (``des pourparlers``, ``un entretien téléphonique``,
   ``l'envoi d'une délégation``). A verb form that follows a determiner is read
   as the noun it also spells (``la rencontre``). Negated and denied cues
   (``n'a pas rencontré``, ``a démenti avoir rencontré``) and traps
   (``conférence de presse``, a sports fixture) are dropped.
2. **Parties.** The subject is every actor mention between the start of the cue's
   clause and the cue that is not a complement (``de l'ONU``, ``selon X``); past an
   incise (``X, qui a dénoncé…, s'est entretenu``), the subject stands before it; a
   pronoun or an elided subject stands for the subject named before it (``ils``
   for the people named together). The other parties follow the cue (``avec X``,
   ``à X``, ``entre X et Y``, a direct object, ``du Conseil de sécurité`` right
   after a noun). A meeting noun that is the occasion of its clause (``à l'issue
   de discussions``, ``dans une lettre adressée à``) takes the clause's subject.
   Groups and plural roles are read as their parties: ``ses homologues russe et
   turc`` (the holders of the subject's office), ``les chefs de la diplomatie
   ukrainienne et russe``, ``une délégation du Hamas``, ``des représentants de
   l'opposition``, ``des délégués du régime et de l'opposition`` (each body), ``les
   dirigeants russe et turc`` (the leaders), ``ses collègues africains, dont le
   Ghanéen X``, ``entre Israéliens et Palestiniens``, ``des pourparlers
   russo-ukrainiens``, and ``les deux pays``, ``les deux rivaux`` (the two sides named
   last). Mediators come after ``sous l'égide de``, ``en présence de``, ``coprésidée
   par``. ``appeler X`` is a call, ``appeler X à agir`` an appeal; ``…, puis avec Y``
   repeats the verb for Y. A meeting needs two parties, or one for a visit to a named
   place and for a body that meets (``le Conseil de sécurité se réunira``);
   ``séparément`` makes one meeting per party.
3. **Events.** Channel (cue, then markers such as ``par téléphone`` in the cue's own
   clause; ``en marge de`` a conference is in person), status (tense, modality, a
   purpose ``pour y rencontrer`` takes the status of the visit it serves), day (a
   date in the clause, never one that frames another event such as ``à partir de
   lundi``; the next such day for a planned meeting, else the day given to the same
   parties in the sentence before), place (``à Genève``, ``au Laos``, ``dans la
   région de Gomel``; ``y`` and ``où`` stand for the place named before; a topic such
   as ``de la situation à Alep`` is no place; a sentence-initial ``A Paris,`` places
   only a meeting in person), the larger meeting beside it (``en marge de``), and
   direct or
   indirect talks. Mentions of the same event (same parties, compatible channel,
   status, day and place) become one :class:`~syriadiplo.Meeting` whose
   ``mentions`` keeps every passage.

Every rule reads a bounded window around its cue, so the cost grows linearly with
the text. Offsets: sentences and actor mentions are in ``layers.norm.text``; dates
and the records returned are in the caller's text.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import regex

from syriadiplo._actors import ActorMention, dateline_end, name_data
from syriadiplo._data import load
from syriadiplo._dates import resolve_date
from syriadiplo._kinds import ActorKind, MeetingMode, MeetingStatus
from syriadiplo._layers import Layers
from syriadiplo._lexicon import ActorLexicon, actor_lexicon, fold, fold_passage, with_acronym
from syriadiplo._records import Actor, DateMention, Meeting

__all__ = ["meetings_in"]


@functools.cache
def _compiled(source: str, flags: int) -> regex.Pattern[str]:
    """``source`` compiled, once per process (on first use, not at import)."""
    return regex.compile(source, flags)


@attrs.frozen
class _Pattern:
    """A pattern compiled on first use, and words one of which is in any text it matches.

    Most patterns of this module serve a rare construction: compiling them lazily keeps
    them out of the import and of a first call that does not need them. Each hint is a
    word of one of the pattern's forms (see :func:`_words`), so a window without any of
    them holds no match and ``search``, ``finditer`` skip the scan; without ``hints``
    the scan always runs.
    """

    source: str
    flags: int = 0
    hints: tuple[str, ...] = ()
    keys: frozenset[str] | None = None
    """Words one of which is a whole word of any window the pattern matches in (``None``:
    not known). Callers that read the words of a window once test several patterns."""

    def may_match(self, words: frozenset[str] | set[str]) -> bool:
        """Whether the pattern may match in a window of ``words`` (see :func:`_words_in`)."""
        return self.keys is None or not self.keys.isdisjoint(words)

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern."""
        return _compiled(self.source, self.flags)

    def _absent(self, text: str, pos: int, endpos: int | None) -> bool:
        """Whether no hint is in ``text[pos:endpos]`` (so the pattern cannot match there)."""
        if pos < 0:
            return False
        window = text[pos:endpos]
        for hint in self.hints:  # noqa: SIM110 (a plain loop is faster than any() here)
            if hint in window:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``regex`` finds it."""
        if self.hints and self._absent(text, pos, endpos):
            return None
        return _compiled(self.source, self.flags).search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """Every match in ``text[pos:endpos]``, as ``regex`` finds them."""
        if self.hints and self._absent(text, pos, endpos):
            return iter(())
        return _compiled(self.source, self.flags).finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """A match that starts at ``pos``."""
        return _compiled(self.source, self.flags).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0,
                  endpos: int | None = None) -> regex.Match[str] | None:
        """A match of all of ``text[pos:endpos]``."""
        return _compiled(self.source, self.flags).fullmatch(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """Every match in ``text[pos:endpos]``, as ``regex.findall`` gives them."""
        return _compiled(self.source, self.flags).findall(text, pos, endpos)

_NOT_HELD = frozenset(
    {MeetingStatus.PLANNED, MeetingStatus.PROPOSED, MeetingStatus.REQUESTED,
     MeetingStatus.POSTPONED, MeetingStatus.CANCELLED}
)
"""Statuses of a meeting that has not taken place: its weekday is the next one."""

_TENSE_STATUS = MappingProxyType(
    {
        "past": MeetingStatus.HELD,
        "present": MeetingStatus.HELD,
        "simple_past": MeetingStatus.HELD,
        "imperfect": MeetingStatus.HELD,
        "future": MeetingStatus.PLANNED,
        "conditional": MeetingStatus.PLANNED,
        "gerund": MeetingStatus.HELD,
    }
)
"""The status each tense gives a meeting verb (the conditional is a reported future)."""

_FINITE_TENSES = ("present", "simple_past", "imperfect", "future", "conditional", "gerund")
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
"""The days of the week, as an alternation for the patterns below."""
_PLACE = _Pattern(
    rf"""
    (?<!\w)(?P<prep>(?:à|À|A|au|Au|aux|Aux|en|En|près\s{{1,3}}de)\s{{1,3}}|près\s{{1,3}}d')
    (?P<name>{_UPPER}[\w'\-]{{1,30}}            # Genève, Charm el-Cheikh
      (?:\s(?:(?:de|el|al|es|ed|ad)\s)?{_UPPER}[\w'\-]{{1,30}}){{0,2}})  # New York
    """,
    regex.VERBOSE,
)
"""A place after a preposition of place, written with capitals (case-sensitive)."""
_DIGIT_SPAN = r"|(?<!\w)\d{1,3}\s{1,3}(?:jours|journées|semaines|mois)\s{1,3}(?:de|d')(?!\w)"
"""Talks that lasted a number of days written in digits (``après 10 jours de``)."""
_COMPOUND = _Pattern(r"(?<!\w)((?:\w{2,12}o-){1,3}\w{3,20})(?!\w)")
"""A compound adjective of states (``russo-ukrainiens``)."""


# -- the data, read once ---------------------------------------------------------------------


@attrs.frozen
class _Verb:
    """A cue verb of the data file."""

    lemma: str
    family: str
    mode: MeetingMode
    reflexive: bool
    needs: str
    object: str
    status: MeetingStatus | None = None
    """A status whatever the tense (``est attendu``: planned)."""
    etre_only: bool = False
    """Whether only an auxiliary of ``être`` makes its compound tenses."""
    partners: frozenset[ActorKind] | None = None
    """The kinds the other party may be (``None``: any)."""
    transitive: bool = False
    """Without its pronoun the verb takes its parties as objects (``a réuni X et Y``)."""
    reciprocal: bool = False
    """With its pronoun the verb needs a place, a time or a partner after it."""
    after: frozenset[str] = frozenset()
    """Words one of which must stand right before the verb (empty: none needed)."""
    no_pronoun: bool = False
    """With a reflexive pronoun it is another verb (``s'appelle``: a name)."""
    exhorts: bool = False
    """The party is the object right after the verb; ``X à …`` after it urges X (``appeler``)."""
    to_city: bool = False
    """With a city as its object the verb is a trip there (``rejoindre Washington``)."""
    unmarked: MeetingMode | None = None
    """The channel when nothing in the article names one (``s'entretenir``: in person)."""


@attrs.frozen
class _Noun:
    """A cue noun of the data file."""

    family: str
    mode: MeetingMode
    verb_too: bool
    direct: bool | None


def _alternation(forms: Iterable[str], gap: str = r"\s{1,3}") -> str:
    """A regex alternation of ``forms``, spaces matching ``gap``, longest match preferred.

    The forms are laid out as a tree of words (``a rencontré``, ``a reçu`` share ``a``), so
    the pattern grows with the number of distinct words, not with forms times gaps: large
    word lists with a rich ``gap`` compile in milliseconds. A space at either end of a form
    (`` pour ``) is a gap too.
    """
    tree: dict[str, Any] = {}
    for form in set(forms):
        node = tree
        for word in form.split(" "):
            node = node.setdefault(word, {})
        node[_END] = {}
    return _tree_pattern(tree, gap)


_END = "\x00"
"""The key that marks the end of a form in a word tree (never a word of a form)."""


def _tree_pattern(tree: Mapping[str, Any], gap: str) -> str:
    """The alternation of the word tree ``tree``."""
    branches = []
    for word in sorted((w for w in tree if w != _END), key=lambda w: (-len(w), w)):
        child = tree[word]
        escaped = regex.escape(word)
        if set(child) == {_END}:
            branches.append(escaped)
        elif _END in child:
            branches.append(f"{escaped}(?:{gap}{_tree_pattern(child, gap)})?")
        else:
            branches.append(f"{escaped}{gap}{_tree_pattern(child, gap)}")
    return "(?:" + "|".join(branches) + ")"


def _elided(forms: Iterable[str]) -> list[str]:
    """``forms`` and their elided and contracted spellings (``a proposé d'``, ``participé au``)."""
    out = []
    for form in forms:
        out.append(form)
        for word in ("de", "que", "le", "la"):
            if form.endswith(" " + word):
                out.append(form[: -len(word)].rstrip() + " " + word[0] + "'")
        if form.endswith(" à"):  # `a participé à` → `a participé au`, `aux`
            out.extend((form[:-1] + "au", form[:-1] + "aux"))
    return out


_WORD_RUN = _Pattern(r"\w+")
r"""A word as the patterns' ``\w`` reads it (``d'`` and ``tête-à-tête`` hold several)."""


def _hints(forms: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each form, none inside another; empty if one is too short to tell.

    A match of a form holds each of its words, so it holds the hint of its form.
    """
    hints = set()
    for form in forms:
        runs = _WORD_RUN.findall(form)
        if not runs or len(max(runs, key=len)) < 3:
            return ()
        hints.add(max(runs, key=len))
    return tuple(sorted(h for h in hints if not any(o != h and o in h for o in hints)))


def _words(forms: Iterable[str], gap: str = r"\s{1,3}", define: str = "") -> _Pattern:
    """A pattern finding any of ``forms`` as whole words (``'`` ends a word too).

    ``define`` holds the ``(?(DEFINE)…)`` groups that ``gap`` calls.
    """
    elided = _elided(forms)
    alternation = _alternation(elided, gap)
    return _Pattern(define + r"(?<!\w)" + alternation + r"(?:(?<=')|(?!\w))",
                    hints=_hints(elided), keys=_key_words(elided))


def _key_words(forms: Iterable[str]) -> frozenset[str] | None:
    """The longest word of each form (``None`` if a form has none).

    Each word of a form is a whole word of the window it matches in: the form starts
    after a non-word character, its words are split by spaces, ``'`` or ``-``, and it
    ends before a non-word character or the end of the window.
    """
    keys = set()
    for form in forms:
        runs = _WORD_RUN.findall(form)
        if not runs:
            return None
        keys.add(max(runs, key=len))
    return frozenset(keys)


def _words_in(text: str, start: int, end: int) -> set[str]:
    """The words of ``text[start:end]``, cut at its edges (for :meth:`_Pattern.may_match`)."""
    return set(_WORD_RUN.findall(text, start, end))


def _key(text: str) -> str:
    """A form as a lookup key: one space between words."""
    return " ".join(text.split())


def _kinds(names: Iterable[str] | None) -> frozenset[ActorKind] | None:
    """Actor kinds by name (``None`` stays ``None``: any kind)."""
    return None if names is None else frozenset(ActorKind(name) for name in names)


def _first_words(forms: Iterable[str]) -> frozenset[str]:
    """The first word of each form (its letters up to the first space, ``'`` or ``-``)."""
    return frozenset(m.group() for m in map(_WORD_RUN.match, forms) if m is not None)


@attrs.frozen
class _Grammar:
    """Every table and pattern of ``data/meetings.toml``, built once."""

    verbs: tuple[_Verb, ...]
    nouns: Mapping[str, _Noun]
    participles: Mapping[str, int]
    finite: Mapping[str, tuple[int, str]]
    infinitives: Mapping[str, tuple[int, ...]]
    aux_tense: Mapping[str, str]
    aux_etre: frozenset[str]
    aux_avoir: frozenset[str]
    support_gap: frozenset[str]
    reciprocal_after: frozenset[str]
    plural_determiners: frozenset[str]
    definite: frozenset[str]
    compound: _Pattern
    finite_verb: _Pattern
    infinitive: _Pattern
    noun: _Pattern
    first_words: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
    """The first words of the forms of ``compound``, ``finite_verb``, ``infinitive``, ``noun``.

    A pattern can match a sentence only if one of its first words is a word of it.
    """
    adverb_before: _Pattern
    adverb_after: _Pattern
    """Adverbs (and a comma) at a position: ``sans délai`` in ``doit se rendre sans délai à``."""
    determiners: frozenset[str]
    pre_adjectives: frozenset[str]
    possessives: frozenset[str]
    complements: frozenset[str]
    places: frozenset[str]
    pronoun: _Pattern
    plural_pronoun: _Pattern
    clause_end: _Pattern
    clause_start: _Pattern
    incise: _Pattern
    occasion: _Pattern
    written_occasion: _Pattern
    day_before: _Pattern
    day_after: _Pattern
    date_frame: _Pattern
    leading: frozenset[str]
    chiefs: frozenset[str]
    envoys: frozenset[str]
    counterparts: frozenset[str]
    leaders: frozenset[str]
    led_by_government: frozenset[str]
    demonstratives: frozenset[str]
    announcing: frozenset[str]
    pair: _Pattern
    pair_people: frozenset[str]
    pair_either: frozenset[str]
    pair_offices: Mapping[str, str]
    """Pair noun → the word of the office both people hold (``présidents`` → ``président``)."""
    joint_trips: frozenset[str]
    """Trip nouns that meet only as the joint trip of named people (``mission``)."""
    separately: _Pattern
    then: _Pattern
    area: _Pattern
    seat: _Pattern
    """A seat of power after its article (``à la Maison Blanche``, ``dans le Bureau ovale``)."""
    venue: _Pattern
    guests: _Pattern
    """``chacun de ses hôtes`` after a meeting verb: the people named together before."""
    scene_incise: _Pattern
    """A place set off by commas before the object (``, dans son bureau,``), comma included."""
    turn_incise: _Pattern
    """A turn set off by commas before the object (``pour la deuxième fois,``), comma included."""
    gatherings: _Pattern
    travel_openers: _Pattern
    """A sentence-initial travel participle (``Arrivé lundi à X, où il…``), at the start."""
    not_places: frozenset[str]
    not_demonyms: frozenset[str]
    """Nouns that end like a demonym but are none (``le Capitaine X``), lower case."""
    not_topics: frozenset[str]
    """Nouns before a place that make it no topic (``la visite de la délégation à Moscou``)."""
    gap_adverbs: frozenset[str]
    """One-word adverbs and parts of the day that may stand between a verb and its object."""
    compound_demonyms: Mapping[str, str]
    groups: frozenset[str]
    """The collective nouns of the actor data (``rebelles``, ``gouvernement``)."""
    statal: frozenset[str]
    """The collective nouns that stand for a state (``gouvernement``, ``régime``)."""
    support: _Pattern
    begun: _Pattern
    lasting: _Pattern
    modes: tuple[tuple[MeetingMode, _Pattern], ...]
    modality: tuple[tuple[MeetingStatus, _Pattern], ...]
    status: tuple[tuple[MeetingStatus, _Pattern], ...]
    near_only: frozenset[str]
    """Status markers that count only within a few characters of the cue (``possible``)."""
    mediator: _Pattern
    indirect: _Pattern
    direct: _Pattern
    beside: _Pattern
    trap_nouns: _Pattern
    sports: _Pattern
    denials: _Pattern
    exclusions: _Pattern
    """``tenu à l'écart des`` before a meeting noun: its subject takes no part."""
    appeals: _Pattern
    trips: _Pattern
    arrivals: _Pattern
    """A trip told in the past (``s'est rendu``): the traveller's next talk is in person."""
    session_gap: _Pattern
    """The words between a meeting noun and the body that sits (``d'urgence du``)."""
    session_schedule: _Pattern
    """``, qui se tiendra`` / ``, prévue`` after the body: the session is planned."""
    session_requests: _Pattern
    relays: _Pattern
    """A messenger's verb (``a transmis à Y un message de Z``)."""
    capitals: Mapping[str, str]
    """Folded demonym → the state's capital (``ivoirienne`` → ``Yamoussoukro``)."""
    article_places: Mapping[str, str]
    """A capital whose article belongs to its name, without it (``Caire`` → ``Le Caire``)."""
    cameo: Mapping[str, str]
    plover: Mapping[str, tuple[str, str]]


def _capitals() -> dict[str, str]:
    """Folded demonym of each state of the actor data → its first capital."""
    out: dict[str, str] = {}
    for state in load("actors")["states"]:
        capitals = state.get("capitals", ())
        if capitals:
            for demonym in state.get("demonyms", ()):
                out.setdefault(fold(demonym), capitals[0])
    return out


@functools.cache
def _grammar() -> _Grammar:
    """Build the grammar from ``data/meetings.toml`` (once per process)."""
    data: Mapping[str, Any] = load("meetings")
    g = data["grammar"]
    verbs: list[_Verb] = []
    participles: dict[str, int] = {}
    finite: dict[str, tuple[int, str]] = {}
    infinitives: dict[str, tuple[int, ...]] = {}
    for index, entry in enumerate(data["verbs"]):
        status = entry.get("status")
        verbs.append(_Verb(
            entry["lemma"], entry["family"], MeetingMode(entry["mode"]),
            bool(entry["reflexive"]), entry["needs"], entry["object"],
            status=MeetingStatus(status) if status else None,
            etre_only=entry.get("auxiliary") == "être",
            partners=_kinds(entry.get("partners")),
            transitive=bool(entry.get("transitive", False)),
            reciprocal=bool(entry.get("reciprocal", False)),
            after=frozenset(entry.get("after", ())),
            no_pronoun=bool(entry.get("no_pronoun", False)),
            exhorts=bool(entry.get("exhorts", False)),
            to_city=bool(entry.get("to_city", False)),
            unmarked=MeetingMode(entry["unmarked"]) if "unmarked" in entry else None,
        ))
        for form in entry["participle"]:
            participles[_key(form)] = index
        for tense in _FINITE_TENSES:
            for form in entry.get(tense, ()):
                finite[_key(form)] = (index, tense)
        for form in entry["infinitive"]:
            infinitives[_key(form)] = (*infinitives.get(_key(form), ()), index)
    nouns: dict[str, _Noun] = {}
    for entry in data["nouns"]:
        reading = _Noun(entry["family"], MeetingMode(entry["mode"]),
                        bool(entry.get("verb_too", False)), entry.get("direct"))
        for form in entry["forms"]:
            nouns[_key(form)] = reading
    aux_tense = {
        **dict.fromkeys(g["aux_past"], "past"),
        **dict.fromkeys(g["aux_alleged"], "past"),
        **dict.fromkeys(g["aux_future"], "future"),
    }
    # `s'y est entretenu`, `s'y rendra`: `y` names the place told before
    refl = r"(?P<refl>(?:se\s{1,3}|s')(?P<there>y\s{1,3})?)?"
    one_adverb = r"(?:\w{2,20}ment|" + _alternation(g["adverbs"])[3:-1] + r")"
    adverb = r"(?:\s{1,3}" + one_adverb + r"(?:\s{0,2},)?)"
    # between the words of a modal or a marker (`ont par ailleurs convenu de`)
    # the adverb is a subroutine defined once per pattern, not copied into every gap
    gap = r"(?:\s{1,3}(?&adverb)){0,2}\s{1,3}"
    adverb_defined = r"(?(DEFINE)(?P<adverb>" + one_adverb + r"))"
    negation = r"(?:\s{1,3}(?P<neg>" + _alternation(g["negations"])[3:-1] + r"))?"
    compound = _Pattern(
        rf"""(?<!\w){refl}(?P<aux>{_alternation(aux_tense)})
        {negation}{adverb}{{0,3}}
        (?:\s{{1,3}}(?P<passive>{_alternation(g["passive"])}))?{adverb}{{0,2}}
        \s{{1,3}}(?P<form>{_alternation(participles)})(?!\w)""",
        regex.VERBOSE,
    )
    finite_verb = _Pattern(
        rf"(?<!\w){refl}(?P<form>{_alternation(finite)}){negation}(?!\w)"
    )
    infinitive = _Pattern(rf"(?<!\w){refl}(?P<form>{_alternation(infinitives)})(?!\w)")
    noun_pattern = _Pattern(rf"(?<!\w)(?P<form>{_alternation(nouns)})(?!\w)")
    modes = tuple((MeetingMode(name), _words(forms)) for name, forms in data["modes"].items())
    modality = tuple(
        (MeetingStatus(name), _words(forms, gap, adverb_defined))
        for name, forms in data["modality"].items()
    )
    st = data["status"]
    status = tuple(
        (MeetingStatus(name), _words(st[name], gap, adverb_defined)) for name in st["order"]
    )
    roles = data["roles"]
    traps = data["traps"]
    opener = (r",\s{1,3}(?:" + _alternation(g["incise_openers"])[3:-1]
              + r"|\w{2,20}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites))(?!\w)")
    pair_nouns = [*g["pair_people"], *g["pair_sides"], *g["pair_either"]]
    area = _Pattern(
        rf"(?<!\w)dans\s{{1,3}}(?:l'|la\s{{1,3}}|le\s{{1,3}})"
        rf"{_alternation(g['areas'])}(?:\s{{1,3}}[\w\-]{{2,20}}){{0,2}}?"
        rf"\s{{1,3}}(?:de\s{{1,3}}|du\s{{1,3}}|d')(?P<name>{_UPPER}[\w'\-]{{1,30}}"
        rf"(?:\s{_UPPER}[\w'\-]{{1,30}})?)",
        hints=("dans",),
    )
    seat = _Pattern(
        r"(?<!\w)(?:(?:à|À|A)\s{1,3}(?:la\s{1,3}|l')|(?:dans|Dans)\s{1,3}(?:le|la)\s{1,3}"
        r"|(?:dans|Dans)\s{1,3}l'|au\s{1,3})"
        rf"(?P<name>{_alternation(g['seats'])})(?!\w)",
        hints=tuple(sorted({max(_WORD_RUN.findall(f), key=len) for f in g["seats"]})),
    )
    return _Grammar(
        verbs=tuple(verbs),
        nouns=MappingProxyType(nouns),
        participles=MappingProxyType(participles),
        finite=MappingProxyType(finite),
        infinitives=MappingProxyType(infinitives),
        aux_tense=MappingProxyType(aux_tense),
        aux_etre=frozenset(g["aux_etre"]),
        aux_avoir=frozenset(g["aux_avoir"]),
        support_gap=frozenset(g["support_gap"]),
        reciprocal_after=frozenset(g["reciprocal_after"]),
        plural_determiners=frozenset(g["plural_determiners"]),
        definite=frozenset(g["definite_determiners"]),
        compound=compound,
        finite_verb=finite_verb,
        infinitive=infinitive,
        noun=noun_pattern,
        first_words=(_first_words(participles), _first_words(finite),
                     _first_words(infinitives), _first_words(nouns)),
        adverb_before=_Pattern(r"(?:\s{1,3}" + one_adverb + r"){1,2}\s{0,3}$"),
        adverb_after=_Pattern(r"(?:" + one_adverb + r"(?!\w)\s{0,2},?\s{0,3}){1,2}"),
        determiners=frozenset(g["determiners"]),
        pre_adjectives=frozenset(g["pre_adjectives"]),
        possessives=frozenset(g["possessives"]),
        complements=frozenset(g["complement_prepositions"]),
        places=frozenset(g["place_prepositions"]),
        pronoun=_words(g["pronouns"]),
        plural_pronoun=_words(g["plural_pronouns"]),
        clause_end=_Pattern(_alternation(g["clause_ends"])),
        clause_start=_Pattern(_alternation(g["clause_starts"])),
        incise=_Pattern(opener),
        occasion=_words(g["occasions"]),
        written_occasion=_words(g["written_occasions"]),
        day_before=_words(g["day_before"]),
        day_after=_words(g["day_after"]),
        date_frame=_Pattern(r"(?<!\w)" + _alternation(g["date_frames"]) + r"\s{0,3}$"),
        leading=frozenset(g["leading"]),
        chiefs=frozenset(fold(w) for w in g["chiefs"]),
        envoys=frozenset(fold(w) for w in g["envoys"]),
        counterparts=frozenset(fold(w) for w in g["counterparts"]),
        leaders=frozenset(fold(w) for w in g["leaders"]),
        led_by_government=frozenset(g["led_by_government"]),
        demonstratives=frozenset(g["demonstratives"]),
        announcing=frozenset(g["announcing"]),
        pair=_Pattern(r"(?<!\w)(?:les|des|aux)\s{1,3}deux\s{1,3}(?P<noun>"
                      + _alternation(pair_nouns)[3:-1] + r")(?!\w)", hints=("deux",)),
        pair_people=frozenset(g["pair_people"]),
        pair_offices=MappingProxyType(dict(data["pair_offices"])),
        pair_either=frozenset(g["pair_either"]),
        joint_trips=frozenset(g["joint_trips"]),
        separately=_words(g["separately"]),
        then=_words(g["then"]),
        area=area,
        seat=seat,
        guests=_Pattern(
            r"[^,;.«»]{0,40}?(?<!\w)(?:(?:chacun|chacune)\s{1,3}(?:de\s{1,3}|d')|(?:à|avec)\s{1,3})?"
            r"(?:ses|leurs)\s{1,3}(?:deux\s{1,3}|trois\s{1,3}|quatre\s{1,3})?"
            rf"{_alternation(g['guests'])}(?!\w)"),
        scene_incise=_Pattern(
            rf"{_alternation(g['scene_openers'])}(?!\w)[^,;:«»()\"“”]{{1,50}}?,\s{{0,3}}"),
        turn_incise=_Pattern(
            r"pour\s{1,3}(?:la|le)\s{1,3}(?:" + _alternation(g["turn_ordinals"])
            + r")\s{1,3}(?:" + _alternation(g["turn_nouns"])
            + r")(?!\w)[^,;:«»()\"“”]{0,40}?,\s{0,3}", hints=("pour",)),
        gatherings=_words(g["gatherings"]),
        travel_openers=_Pattern(r"\s{0,3}(?i:" + _alternation(g["travel_openers"])
                                + r")(?!\w)[^,.;:«»\"]{0,80}?\s(?:à|au|aux|en)\s{1,3}"
                                + _UPPER + r"[\w'\-]{1,30}(?:\s{1,3}" + _UPPER
                                + r"[\w'\-]{1,30}){0,2}\s{0,2},\s{0,3}où(?!\w)"),
        venue=_Pattern(
            r"dans\s{1,3}(?:l'|la\s{1,3}|le\s{1,3}|les\s{1,3}|un\s{1,3}|une\s{1,3})"
            r"(?:[\w\-]{2,12}\s{1,3})?" + _alternation(w.lower() for w in g["venues"]) + r"(?!\w)"
        ),
        not_places=frozenset(g["not_places"]),
        not_demonyms=frozenset(g["not_demonyms"]),
        not_topics=frozenset(fold(w) for w in [
            *(form for form in nouns if " " not in form), *g["envoys"], *g["counterparts"],
            *g["venues"], *g["areas"], *g["determiners"], *g["pre_adjectives"],
            *g["pair_people"], *g["pair_sides"], *g["pair_either"], *name_data().groups]),
        gap_adverbs=frozenset(
            [*(w for w in g["adverbs"] if " " not in w), "soir", "matin", "midi", "après-midi"]),
        compound_demonyms=MappingProxyType(dict(data["compound_demonyms"])),
        groups=frozenset(name_data().groups),
        statal=frozenset(g for g, state in name_data().groups.items() if state),
        support=_words(data["support"]["verbs"]),
        begun=_words(data["lasting"]["begun"], gap, adverb_defined),
        lasting=_Pattern(_words(data["lasting"]["spans"]).source + _DIGIT_SPAN),
        modes=modes,
        modality=modality,
        status=status,
        near_only=frozenset(st["near_only"]),
        mediator=_words(roles["mediator"]),
        indirect=_words(roles["indirect"]),
        direct=_words(roles["direct"]),
        beside=_words(roles["beside"]),
        trap_nouns=_words(traps["noun_phrases"]),
        sports=_words(traps["sports"]),
        denials=_words(traps["denials"]),
        exclusions=_words(traps["exclusions"]),
        appeals=_words(data["appeals"]["verbs"]),
        trips=_words(data["trips"]["verbs"]),
        arrivals=_words(data["trips"]["arrivals"]),
        session_gap=_Pattern(
            r"\s{1,3}(?:" + _alternation(g["session_qualifiers"])
            + r"\s{1,3})?(?:du|de\s{1,3}la|de\s{1,3}l'|des|de|d')?\s{0,3}$"),
        session_schedule=_Pattern(
            r"\s{0,3},?\s{0,3}" + _alternation(g["session_schedules"]) + r"(?!\w)"),
        session_requests=_words(g["session_requests"]),
        relays=_words(g["relays"]),
        capitals=MappingProxyType(_capitals() | {
            fold(demonym): capital for capital, demonyms in data["talk_capitals"].items()
            for demonym in demonyms}),
        article_places=MappingProxyType({
            name.split(" ", 1)[1]: name for state in load("actors")["states"]
            for name in state.get("capitals", ()) if name.split(" ", 1)[0] in {"Le", "Les"}}),
        cameo=MappingProxyType(dict(data["cameo"])),
        plover=MappingProxyType({k: (v[0], v[1]) for k, v in data["plover"].items()}),
    )


# -- cues ------------------------------------------------------------------------------------


@attrs.frozen
class _Cue:
    """One place in a sentence where a meeting word is."""

    start: int
    end: int
    family: str
    mode: MeetingMode
    status: MeetingStatus | None
    """From the tense; ``None`` when markers around the cue decide (nouns, infinitives)."""
    kind: str
    """``verb``, ``infinitive`` or ``noun``."""
    verb: _Verb | None = None
    passive: bool = False
    direct: bool | None = None
    reflexive: bool = False
    """Whether the verb came with its reflexive pronoun (``se sont retrouvés``)."""
    there: bool = False
    """Whether ``y`` is in or right before the verb (``s'y est entretenu``, ``y a rencontré``)."""
    follows: bool = False
    """``…, puis avec X``: the same verb again, with another party."""
    gerund: bool = False
    """``en recevant X``: its subject is the main clause's, before or after it."""


def _word_before(text: str, pos: int, floor: int) -> tuple[str, int]:
    """The word that ends just before ``pos`` (``l'`` keeps its apostrophe) and its start."""
    i = pos
    while i > floor and text[i - 1] == " ":
        i -= 1
    end = i
    if i > floor and text[i - 1] == "'":
        i -= 1
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in "-."):
        i -= 1
    return text[i:end], i


def _word_after(text: str, pos: int, limit: int) -> tuple[str, int]:
    """The word that starts at ``pos`` (``l'`` keeps its apostrophe) and its end."""
    i = pos
    while i < limit and (text[i].isalnum() or text[i] in "-."):
        i += 1
    if i < limit and text[i] == "'":
        i += 1
    return text[pos:i], i


def _after_determiner(lower: str, pos: int, floor: int, grammar: _Grammar) -> str | None:
    """The determiner before a noun at ``pos`` (skipping a pre-adjective), or ``None``."""
    word, start = _word_before(lower, pos, floor)
    if word in grammar.pre_adjectives:
        word, start = _word_before(lower, start, floor)
    return word if word in grammar.determiners else None


def _before_adverbs(lower: str, pos: int, floor: int, grammar: _Grammar) -> int:
    """``pos`` moved back over the adverbs that end just before it (``a également pu``)."""
    window = max(floor, pos - 60)
    m = grammar.adverb_before.search(lower, window, pos)
    return m.start() if m is not None else pos


def _ruled_out(lower: str, m: regex.Match[str], verb: _Verb, start: int) -> bool:
    """Whether a verb form is negated or lacks (or has) the pronoun its verb needs."""
    if m["neg"] or (_negated(lower, m.start(), start)
                    and not _ONLY.match(lower, m.end(), m.end() + 40)):
        return True  # (`ne se sont parlé que deux heures` restricts, it does not deny)
    return bool((verb.reflexive and not m["refl"]) or (verb.no_pronoun and m["refl"]))


def _cues(text: str, lower: str, start: int, end: int, grammar: _Grammar) -> list[_Cue]:
    """Every meeting cue of the sentence ``lower[start:end]``, in text order, no overlaps."""
    words = _words_in(lower, start, end)
    # a pattern whose forms start with none of the sentence's words finds nothing there
    firsts = grammar.first_words
    has_compound, has_finite, has_infinitive, has_noun = (
        not words.isdisjoint(firsts[0]), not words.isdisjoint(firsts[1]),
        not words.isdisjoint(firsts[2]), not words.isdisjoint(firsts[3]))
    if not (has_compound or has_finite or has_infinitive or has_noun) and lower.find(
            " par ", start, end) == -1:
        return []  # most sentences: no meeting word, no `reçu par`
    found: list[_Cue] = []
    for m in grammar.compound.finditer(lower, start, end) if has_compound else ():
        verb = grammar.verbs[grammar.participles[_key(m["form"])]]
        if _ruled_out(lower, m, verb, start):
            continue
        if verb.etre_only and _key(m["aux"]) not in grammar.aux_etre:
            continue
        aux = _key(m["aux"])
        tense = grammar.aux_tense[aux]
        # `sera reçu par`, `doit être accueilli par`: a host's verb takes `avoir`, so
        # `être` before it makes a passive
        passive = not verb.reflexive and (bool(m["passive"]) or (
            verb.family == "host" and not m["refl"] and aux in grammar.aux_etre))
        if aux == "être" and passive and not m["passive"]:
            # `doit être reçu`: an infinitive, whose modal tells the status
            found.append(_Cue(m.start(), m.end(), verb.family, verb.mode, None,
                              "infinitive", verb, passive, there=_there(lower, m, start)))
            continue
        found.append(_Cue(m.start(), m.end(), verb.family, verb.mode,
                          verb.status or _TENSE_STATUS[tense], "verb", verb, passive,
                          reflexive=bool(m["refl"]), there=_there(lower, m, start)))
    for m in grammar.finite_verb.finditer(lower, start, end) if has_finite else ():
        index, tense = grammar.finite[_key(m["form"])]
        verb = grammar.verbs[index]
        if _ruled_out(lower, m, verb, start):
            continue
        before = _word_before(lower, m.start(), start)[0]
        if tense == "gerund" and before != "en":
            continue  # the gerund is `en recevant`; a bare participle is an adjective
        if not m["refl"] and _after_determiner(lower, m.start(), start, grammar) is not None:
            continue  # `la rencontre`, `au téléphone`: a noun
        if not m["refl"] and before == "par":
            continue  # `par téléphone`
        if verb.transitive and not m["refl"] and before == "qui" and tense in {
                "present", "imperfect"}:
            continue  # `la coalition, qui réunit X et Y`: what a body is made of
        found.append(_Cue(m.start(), m.end(), verb.family, verb.mode,
                          verb.status or _TENSE_STATUS[tense], "verb", verb,
                          reflexive=bool(m["refl"]), there=_there(lower, m, start),
                          gerund=tense == "gerund"))
    for m in grammar.infinitive.finditer(lower, start, end) if has_infinitive else ():
        verb = _infinitive_verb(grammar, m["form"], reflexive=bool(m["refl"]))
        if (verb.reflexive and not m["refl"]) or (verb.no_pronoun and m["refl"]):
            continue
        if _NEGATED_MODAL.search(lower, max(start, m.start() - 40), m.start()):
            continue  # `n'a pu voir ni X ni Y`, `ne doit pas rencontrer X`
        if verb.after:
            modal = _before_adverbs(lower, m.start(), start, grammar)
            if _word_before(lower, modal, start)[0] not in verb.after:
                continue  # `veut voir X partir` is no meeting; `a pu voir X` is
        found.append(_Cue(m.start(), m.end(), verb.family, verb.mode, None, "infinitive",
                          verb, reflexive=bool(m["refl"]), there=_there(lower, m, start)))
    for m in grammar.noun.finditer(lower, start, end) if has_noun else ():
        noun = grammar.nouns[_key(m["form"])]
        if noun.verb_too and _after_determiner(lower, m.start(), start, grammar) is None:
            continue
        begin, stop = m.start(), m.end()
        opened = _OPEN_QUOTE.search(lower, max(start, begin - 3), begin)
        closed = _CLOSE_QUOTE.match(lower, stop, min(end, stop + 3))
        if opened is not None and closed is not None:
            # `ont engagé des « discussions » avec X`: the quotes mark the word, not a
            # quoted statement; the clause goes on around them
            begin, stop = opened.start(), closed.end()
        found.append(_Cue(begin, stop, noun.family, noun.mode, None, "noun",
                          direct=noun.direct))
    found.extend(_bare_passives(text, lower, start, end, grammar))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept


_OPEN_QUOTE = _Pattern(r"[«\"“]\s{0,2}$")
_CLOSE_QUOTE = _Pattern(r"\s{0,2}[»\"”]")
"""Quotation marks around a cue noun alone (``des « discussions »``)."""


def _infinitive_verb(grammar: _Grammar, form: str, *, reflexive: bool) -> _Verb:
    """The verb an infinitive is: ``se voir`` with its pronoun, ``voir`` without it."""
    verbs = [grammar.verbs[index] for index in grammar.infinitives[_key(form)]]
    return next((verb for verb in verbs if verb.reflexive == reflexive), verbs[0])


def _there(lower: str, m: regex.Match[str], floor: int) -> bool:
    """Whether ``y`` stands in the verb group (``s'y est entretenu``) or right before it."""
    return bool(m["there"]) or _word_before(lower, m.start(), floor)[0] == "y"


def _bare_passives(text: str, lower: str, start: int, end: int,
                   grammar: _Grammar) -> list[_Cue]:
    """A hosting participle with no auxiliary right after a name (``Modi reçu par Poutine``).

    Headlines and appositions drop the auxiliary; the agent after ``par`` hosts.
    """
    found = []
    pos = lower.find(" par ", start, end)
    while pos != -1:
        word, word_start = _word_before(lower, pos, start)
        index = grammar.participles.get(word)
        if index is not None and grammar.verbs[index].family == "host":
            previous, previous_start = _word_before(text, word_start, start)
            if previous[:1].isupper() and previous_start > start:
                verb = grammar.verbs[index]
                found.append(_Cue(word_start, pos, verb.family, verb.mode, MeetingStatus.HELD,
                                  "verb", verb, passive=True))
        pos = lower.find(" par ", pos + 5, end)
    return found


_NEGATED_MODAL = _Pattern(r"(?<!\w)(?:ne\s{1,3}|n')(?:[\w\-]{1,15}(?:\s{1,3}|'\s{0,2})){1,4}$")
"""A negated verb group ending right before an infinitive (``n'a pas pu``, ``ne doit``)."""


_ONLY = _Pattern(r"(?:\s{1,3}[\w\-]{1,15}){0,3}?\s{1,3}qu(?:e(?!\w)|')")
"""``que`` right after a verb after ``ne``: a restriction (``ne s'est entretenu qu'une
heure``), not a negation."""


def _negated(lower: str, pos: int, floor: int) -> bool:
    """Whether ``ne``/``n'`` stands just before the cue (``ne se sont pas rencontrés``)."""
    word, _ = _word_before(lower, pos, max(floor, pos - 12))
    return word in {"ne", "n'"}


# -- parties ---------------------------------------------------------------------------------


@attrs.frozen
class _Sentence:
    """One sentence and what the layers know about it (normalised offsets)."""

    start: int
    end: int
    mentions: tuple[ActorMention, ...]
    """Resolved actor mentions of the sentence, in text order."""
    fronted: tuple[int, int] | None = None
    """A sentence-initial adverbial of place (``A Paris,``): its name's span."""


def _link(text: str, lower: str, mention: ActorMention, floor: int, grammar: _Grammar,
          ends: frozenset[int]) -> str:
    """The word that ties a mention to the clause: a preposition, ``,``, ``mention`` or ``""``.

    Determiners and titles are skipped; the word ``mention`` means the mention follows
    another one (an apposition such as ``l'émissaire de l'ONU Staffan de Mistura``);
    ``conduite par`` means the mention leads a delegation (a party, not a complement).
    """
    head, _ = _word_after(lower, mention.start, mention.end)
    if mention.plural and head == "des":
        head = ""  # `des représentants`: the plural indefinite article
    if head in {"de", "du", "des", "d'"} and (
            _word_before(lower, mention.start, floor)[0] in grammar.demonstratives):
        return "celle de"  # `et celle du ministre X`: the delegation of X
    if head in grammar.complements or head in grammar.places or head in {"avec", "entre"}:
        return head  # the mention opens with its preposition (`du chef rebelle`)
    pos = mention.start
    for _ in range(4):
        i = pos
        while i > floor and lower[i - 1] == " ":
            i -= 1
        if i <= floor:
            return ""
        if i in ends:
            return "mention"
        if lower[i - 1] in ",;:(":
            return lower[i - 1]
        word, start = _word_before(lower, i, floor)
        if not word:
            return ""
        if word == "a" and text[start] == "A":
            return "à"  # `A Paris,`: the capital drops its accent
        if word in {"de", "du", "des", "d'"}:
            before, _ = _word_before(lower, start, floor)
            if before in grammar.demonstratives:
                return "celle de"  # `et celle du ministre X`: the delegation of X
            if before == "auprès":
                return "auprès de"
            if before == "autour":
                return "autour de"  # `a réuni autour de M. X plusieurs dirigeants`
            if before == "lors":
                return "lors de"
        if word in {"à", "au"} and _word_before(lower, start, floor)[0] == "face":
            return "face à"
        if word == "par" and _word_before(lower, start, floor)[0] in grammar.leading:
            return "conduite par"
        if word in grammar.determiners and word not in {"de", "d'", "du", "des", "au", "aux"}:
            pos = start
            continue
        if word in {"m.", "mm.", "mme", "mmes", "mlle"}:
            pos = start
            continue
        return word
    return ""


_AGENT = _Pattern(r"\b\w{3,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)"
                  r"(?:\s{1,3}(?:à|en)\s{1,3}[\w'\-]{2,30})?\s{1,3}par\s{1,3}"
                  r"(?:(?:les|la|le|l'|des|du|deux|trois)\s{1,3})?$", hints=("par",))
"""A past participle and ``par`` right before a mention: the mention is its agent."""


def _agent(lower: str, m: ActorMention, floor: int) -> bool:
    """Whether a mention is the agent of a past participle (``paraphé par les délégations``)."""
    return _AGENT.search(lower, max(floor, m.start - 60), m.start) is not None


_SENT_BY = _Pattern(
    r"\s{1,3}[a-zé]{2,20}(?:ée|ées|é|és|ite|ites|it|its)(?:\s{1,3}[^,;:«»()]{1,25}?)?"
    r"\s{1,3}par(?:\s{1,3}(?:le|la|les|l'|m\.|mme))?\s{0,3}", hints=("par",))
"""A written message's participle and its agent (`` adressée le 3 mai par ``): the sender."""
_FRONTED_DAY = _Pattern(
    rf"\s{{0,3}}(?:{_WEEKDAYS}|hier)(?:\s{{1,3}}(?:soir|matin))?\s{{1,3}}(?:à|au|aux|en)\s")
"""A sentence opening on a day and a place (``Lundi à Genève,``): the setting of the event."""
_OPENING_DAY = _Pattern(
    rf"\s{{0,3}}(?:{_WEEKDAYS}|hier|la\s{{1,3}}veille)(?:\s{{1,3}}(?:soir|matin))?\s{{0,3}},")
"""A day that opens a sentence before its occasion (``Mardi, lors d'un sommet, X…``)."""
_LED_BY = _Pattern(r"(?<!\w)(?P<verb>[a-zé]{4,12})\s{1,3}par\s")


def _led_by(lower: str, m: ActorMention, floor: int, sentence: _Sentence,
            grammar: _Grammar) -> bool:
    """Whether ``m`` is the agent of ``conduite par`` after an envoy noun (who leads a side).

    ``les délégations conduites par A, et par B``: A and B, the parties each named after
    ``par`` in the same run of agents.
    """
    lo = max(floor, m.start - 200)
    led = None
    for found in _LED_BY.finditer(lower, lo, m.start):
        if found["verb"] in grammar.leading:
            led = found
    if led is None:
        return False
    gap = list(lower[led.end() : m.start])
    for other in sentence.mentions:
        if led.end() <= other.start and other.end <= m.start:
            for i in range(other.start, other.end):
                gap[i - led.end()] = " "
    return all(w in {"et", "par", ","} for w in "".join(gap).replace(",", " , ").split())


def _is_complement(link: str, actor: Actor, grammar: _Grammar, *, passive: bool = False) -> bool:
    """Whether a mention so tied is a complement (``de l'ONU``) or a place (``à Moscou``)."""
    if link == "par" and passive:
        return False
    if link in grammar.complements:
        return True
    return link in grammar.places and actor.kind is ActorKind.STATE


def _actor(m: ActorMention) -> Actor:
    """The resolved actor of a mention (callers keep resolved mentions only)."""
    assert m.actor is not None
    return m.actor


def _in(mentions: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    """The mentions that lie inside ``[start, end)``."""
    return [m for m in mentions if start <= m.start and m.end <= end]


@attrs.frozen
class _Parties:
    subjects: tuple[ActorMention, ...]
    objects: tuple[ActorMention, ...]
    mediators: tuple[ActorMention, ...]
    object_end: int
    """Where the clause after the cue ends."""
    genitive: bool
    """Whether the object came right after a noun cue (``réunion du Conseil``)."""
    occasion: int | None = None
    """Start of ``à l'issue de``… when the noun is the occasion of its clause."""
    anaphoric: bool = False
    """Whether the objects stand behind a pronoun (``avec lui``, ``l'a reçu``)."""
    relative: int | None = None
    """Where ``, qui`` opens the relative clause of the cue (its subject before it)."""
    addressed: bool = False
    """Whether the other party is the object of the clause the noun is the occasion of."""
    channel: bool = False
    """Whether the subject came through the channel phrase (``A et B, par visioconférence``)."""
    reported: tuple[int, int] | None = None
    """The main clause (start, its ``que``) whose subject a trailing occasion took."""


def _clause_start(lower: str, sentence: _Sentence, pos: int, grammar: _Grammar) -> int:
    """Where the clause of a cue at ``pos`` starts (after ``que``, ``;``, ``«``…)."""
    start = sentence.start
    window = max(sentence.start, pos - 250)
    for m in grammar.clause_start.finditer(lower, window, pos):
        start = m.end()
    return start


_ACRONYM = _Pattern(r"\(\s{0,2}[\w\-]{2,12}\s{0,2}\)")
"""A bracketed acronym after a name (``(Cédéao)``): it does not end the clause."""


def _clause_word(lower: str, pos: int, limit: int, grammar: _Grammar) -> int | None:
    """Start of the first word that ends a clause in ``[pos, limit)``, or ``None``.

    The brackets of an acronym (``la Cédéao (Cédéao) à Niamey``) end nothing.
    """
    for _ in range(4):
        found = grammar.clause_end.search(lower, pos, limit)
        if found is None:
            return None
        acronym = _ACRONYM.match(lower, found.start()) if found.group() == "(" else None
        if acronym is None:
            return found.start()
        pos = acronym.end()
    return None


def _clause_end(lower: str, sentence: _Sentence, pos: int, grammar: _Grammar,
                stop: int | None = None, text: str | None = None) -> int:
    """Where the clause after a cue ending at ``pos`` stops.

    At a clause word (``pour``, ``qui``, ``;``…), or at a comma that does not open
    another party (``avec X, Y et Z`` goes on; ``avec X, l'assassinat de Z`` stops).
    A comma before the next cue ``stop`` ends the clause (``réunion à l'ONU, Modi
    reçu par Poutine``). A short incise of place or day before the party goes on
    (``a rencontré jeudi, à Beyrouth, le président``; ``text`` tells the capitals), and
    so do ``, dont X`` (``ses collègues, dont le Ghanéen X``) and ``ainsi que X``.
    """
    limit = min(sentence.end, pos + 160)
    starts = {m.start for m in sentence.mentions}
    found = _clause_word(lower, pos, limit, grammar)
    for _ in range(3):  # `X, dont Y et Z`, `X ainsi que Y`: the parties it includes
        if found is not None and lower.startswith(" dont ", found) and lower[found - 1] == ",":
            after_dont = _party_at(lower, found + 6, limit, starts, grammar)
        elif found is not None and lower.startswith(" ainsi que ", found):
            after_dont = _party_at(lower, found + 11, limit, starts, grammar)
        elif found is not None and lower[found - 1] == "," and (
                turn := grammar.turn_incise.match(lower, found + 1, limit)) is not None:
            # `a rencontré jeudi, pour la deuxième fois, le ministre X`: the object follows
            after_dont = _party_at(lower, _past_between(lower, turn.end(), limit), limit,
                                   starts, grammar)
        else:
            break
        if after_dont is None:
            break
        found = _clause_word(lower, after_dont, limit, grammar)
    end = found if found is not None else limit
    if stop is not None and stop < end:
        comma = lower.rfind(",", pos, stop)
        if comma != -1:
            end = comma
        conjunction = lower.rfind(" et ", pos, stop)
        if conjunction != -1 and not any(conjunction < s < stop for s in starts):
            end = min(end, conjunction)  # `a salué une rencontre et proposé un sommet`
    comma = lower.find(",", pos, end)
    while comma != -1:
        inside = next((m for m in sentence.mentions if m.start < comma < m.end), None)
        if inside is not None:  # an apposition inside one mention
            comma = lower.find(",", inside.end, end) if inside.end < end else -1
            continue
        i = comma + 1
        while i < end and lower[i] == " ":
            i += 1
        adverb = grammar.adverb_after.match(lower, i, end)
        if adverb is not None and lower[adverb.end() - 1 : adverb.end()] in {",", " "} and (
                "," in lower[adverb.start() : adverb.end()]):
            comma = lower.find(",", adverb.end(), end)
            continue  # `par téléphone, séparément, avec X`
        word, after = _word_after(lower, i, end)
        if word in grammar.leading and lower.startswith(" par ", after):
            led = _party_at(lower, after + 5, end, starts, grammar)
            if led is not None:  # `la délégation A, conduite par X, et B`: X leads a party
                comma = lower.find(",", led, end)
                continue
        linked = word in {"et", "dont", "notamment"}  # `, et le ministre X`
        if word == "et":
            again, past = _word_after(lower, after + 1, end)
            if again == "avec" and lower[after : after + 1] == " ":
                after = past  # `avec X, et avec Y`: the same verb, another party
        party = _party_at(lower, after if linked else i, end, starts, grammar)
        if party is not None:
            i = party
        if i not in starts and text is not None:
            incise = (_SHORT_INCISE.match(text, i, end)
                      or grammar.scene_incise.match(lower, i, end)
                      or grammar.turn_incise.match(lower, i, end))
            if incise is not None and _party_at(lower, _past_between(lower, incise.end(), end),
                                                end, starts, grammar) is not None:
                comma = lower.find(",", incise.end(), end)
                continue  # `a rencontré jeudi, à Beyrouth, le président Michel Aoun`
        if i not in starts:
            return comma
        comma = lower.find(",", comma + 1, end)
    return end


def _past_between(lower: str, pos: int, limit: int) -> int:
    """``pos`` past ``entre`` or ``avec`` that opens the parties (``, le 3 mai, entre X``)."""
    word, after = _word_after(lower, pos, limit)
    return after + 1 if word in {"entre", "avec"} and lower[after : after + 1] == " " else pos


def _party_at(lower: str, pos: int, limit: int, starts: frozenset[int] | set[int],
              grammar: _Grammar) -> int | None:
    """Where a mention starts at ``pos``, past spaces and a determiner, or ``None``."""
    while pos < limit and lower[pos] == " ":
        pos += 1
    if pos in starts:
        return pos
    word, after = _word_after(lower, pos, limit)
    if word in grammar.demonstratives or fold(word).rstrip(".") in name_data().titles:
        # `et celle du ministre X`: X's delegation; `, cheikh X`: a title before a name
        while after < limit and lower[after] == " ":
            after += 1
        return after if after in starts else None
    if (word in grammar.determiners and word not in {"de", "d'", "du", "des"}) or (
            fold(word) in actor_lexicon().demonyms):
        # `avec X, le ministre Y`; `les présidents angolais X, ivoirien Y et nigérian Z`
        while after < limit and lower[after] == " ":
            after += 1
        if after in starts:
            return after
        if lower.startswith(",", after) and fold(word) in actor_lexicon().demonyms:
            # `ses homologues libanais, X, et jordanien, Y`: the name set off by commas
            after += 1
            while after < limit and lower[after] == " ":
                after += 1
            if after in starts:
                return after
    return None


_INCISE_PLACE = (rf"(?:à|au|aux|en)\s{{1,3}}(?:l'|la\s|le\s)?{_UPPER}[\w'\-]{{1,30}}"
                 rf"(?:\s{{1,3}}{_UPPER}[\w'\-]{{1,30}}){{0,2}}")
_INCISE_DAY = (rf"(?:(?:{_WEEKDAYS}|hier)"
               r"(?:\s{1,3}(?:soir|matin|midi|après-midi))?(?:\s{1,3}\d{1,2}(?:er)?\s{1,3}[a-zéû]{3,9})?"
               r"|(?:le\s{1,3})?\d{1,2}(?:er)?\s{1,3}[a-zéû]{3,9})")
_SHORT_INCISE = _Pattern(
    rf"(?:{_INCISE_DAY}|{_INCISE_PLACE})(?:\s{{1,3}}(?:{_INCISE_DAY}|{_INCISE_PLACE}))?"
    r"\s{0,2},\s{0,3}"
)
"""A place or a day set off by commas between a verb and its object."""


def _parties(text: str, lower: str, sentence: _Sentence, cue: _Cue,
             previous: Sequence[_Sentence], grammar: _Grammar,
             stop: int | None = None, clause: int | None = None) -> _Parties:
    """The subject, the other parties and the mediators of a cue.

    ``clause``: where the cue's clause starts, if the caller knows (:func:`_clause_start`).
    """
    ends = frozenset(m.end for m in sentence.mentions)
    if clause is None:
        clause = _clause_start(lower, sentence, cue.start, grammar)
    end = _clause_end(lower, sentence, cue.end, grammar, stop, text)
    if cue.kind == "noun" and end - cue.end <= 2:
        supported = _SUPPORT_RELATIVE.match(lower, end, min(sentence.end, end + 60))
        if supported is not None:  # `l'entretien qu'il devait avoir avec X`: X is a party
            end = _clause_end(lower, sentence, supported.end(), grammar, stop, text)
    mediators = _mediators(lower, sentence, clause, grammar, cue)
    mediator_starts = {m.start for m in mediators}
    fronted = sentence.fronted

    def accepted(m: ActorMention, floor: int, *, after: bool) -> bool:
        if m.start in mediator_starts:
            return False
        if fronted is not None and fronted[0] <= m.start < fronted[1]:
            return False  # `A Paris,`: where the news comes from, not a party
        if not after and _quoted_before(lower, m, sentence.start, cue.start):
            return False  # `« … avec la Grèce », a déclaré à l'issue de la réunion X`
        link = _link(text, lower, m, floor, grammar, ends)
        if after and cue.kind == "noun" and link in {"de", "du", "des", "d'"}:
            # `réunion du Conseil de sécurité`, `réunion d'urgence du Conseil`
            return m.start - cue.end <= 6 or _session_gap(lower, cue, m, grammar)
        if after and link == "par" and cue.family == "write" and _SENT_BY.fullmatch(
                lower, cue.end, m.start) is not None:
            return True  # `une lettre adressée lundi par X à Y`: X wrote it
        if link in {"à", "au", "aux", "en"} and not _takes_a(cue):
            return False  # `rencontrer X à Genève`: a place, whatever the layer made of it
        if after and link == "dans":
            return False  # `a vu dans la bibliothèque X`, `dans son bureau`: the place
        if link == "autour de":
            return _actor(m).kind is ActorKind.PERSON  # the host, not `autour de Damas`
        if link == "par" and not after and _led_by(lower, m, floor, sentence, grammar):
            return True  # `les délégations conduites par A et par B se sont parlé`
        if link == "par" and not after and occasion is not None and _agent(lower, m, floor):
            # `un texte paraphé par les délégations A et B au terme de pourparlers`: the
            # agent of the participle is who talked
            return True
        return not _is_complement(link, _actor(m), grammar, passive=cue.passive)

    subjects: list[ActorMention] = []
    take_subject = cue.kind != "noun"
    subject_end = cue.start
    occasion = None
    announced = by_channel = False
    addressees: list[ActorMention] = []
    reported: tuple[int, int] | None = None
    if cue.kind == "noun":
        support = _support_before(lower, clause, cue.start, grammar)
        announced = support is not None and (
            _word_after(lower, support, cue.start)[0] in grammar.announcing)
        possessive = _word_before(lower, cue.start, clause)[0] in grammar.possessives
        occasion = _occasion(lower, clause, cue, grammar)
        relative = lower.rfind(" qui ", clause, support) if support is not None else -1
        aim = _aim_before(lower, cue, clause, grammar)
        if support is not None and (relative == -1 or "," in lower[relative:support]):
            # not inside a relative clause (`les ministres, qui pourraient évoquer la
            # tenue d'une conférence`: no party of it)
            take_subject, subject_end = True, support
        elif aim is not None and grammar.trips.search(lower, max(clause, aim - 120), aim):
            # `X est arrivé à Ryad pour des entretiens avec Y`: the traveller takes part
            take_subject, subject_end = True, aim
        elif possessive and (occasion is None or lower[clause:occasion].strip(" ,")):
            take_subject = True
        elif cue.mode is MeetingMode.VIDEO and (channel := _BY_CHANNEL.search(
                lower, max(clause, cue.start - 6), cue.start)) is not None:
            # `A et B sont apparus ensemble par visioconférence`: its subject takes part
            take_subject, subject_end, by_channel = True, channel.start(), True
        elif occasion is not None:
            before = [m for m in _in(sentence.mentions, clause, occasion)
                      if accepted(m, clause, after=False)]
            subjects = _lead(before, lower)
            if subjects and cue.family != "write":
                # `X a invité Y à venir, lors d'un entretien téléphonique`: the object of
                # the clause the noun is the occasion of is the other party
                addressees = [m for m in before[len(subjects):]
                              if _actor(m).kind is ActorKind.PERSON
                              and _link(text, lower, m, clause, grammar, ends)
                              not in {",", "mention", "par"}][:1]
            if not subjects:
                # `X a affirmé que la trêve tenait, après un entretien avec Y`: a trailing
                # occasion belongs to the main clause, before the `que` it reports
                subjects, reported = _reporter(text, lower, sentence, occasion, grammar,
                                               accepted)
            day = _OPENING_DAY.match(lower, clause, occasion)
            if not subjects and not lower[day.end() if day else clause : occasion].strip(" ,"):
                # `Lors d'un entretien avec X, le président a…`: the subject follows
                comma = lower.find(",", cue.end, min(sentence.end, cue.end + 150))
                if comma != -1:
                    after = [m for m in _in(sentence.mentions, comma, sentence.end)
                             if accepted(m, comma, after=False)]
                    if after and after[0].start - comma <= 40:
                        subjects = _lead(after, lower)[:4]
                        end = min(end, comma)  # its own parties stand before the comma
                        if _word_before(lower, cue.start, clause)[0] in {"leur", "leurs"}:
                            # `Lors de leur rencontre, X a promis au président Y`: X and Y
                            subjects += _addressee(text, lower, sentence, subjects[-1],
                                                   grammar, ends)
    who = (_relative_antecedent(text, lower, sentence, clause, cue, grammar, ends)
           if take_subject else None)
    if who is not None:
        # `à l'initiative du président X, qui s'était entretenu avec Y`: X calls
        subjects, take_subject = [who[0]], False
    if take_subject:
        subjects = [m for m in _in(sentence.mentions, clause, subject_end)
                    if accepted(m, clause, after=False)]
        subjects = _outside_relative(lower, subjects, clause, subject_end, grammar)
        closed = _where_closed(text, lower, sentence, clause, grammar)
        if closed is not None and closed < cue.start:
            # `A X, où il a reçu Y, le ministre Z s'est rendu à W pour rencontrer V`: Z
            subjects = [m for m in subjects if m.start > closed]
        if cue.kind == "infinitive" and _sequel(lower, cue, clause):
            # `X a rencontré Y avant de rejoindre Z`: the subject of the main verb only
            subjects = _lead(subjects, lower)
        if not subjects and cue.kind != "noun":
            incise = _incise(lower, sentence, subject_end, grammar)
            if incise is not None:
                floor = _clause_start(lower, sentence, incise, grammar)
                subjects = [m for m in _in(sentence.mentions, floor, incise)
                            if accepted(m, floor, after=False)]
        fronted_where = closed is not None and cue.start < closed
        if not subjects and (fronted_where or (cue.gerund and not lower[
                clause:cue.start].strip(" ,").removesuffix("en").strip())):
            # `En recevant mardi X, le président Y a plaidé…`: the subject follows; so
            # with `A Rome, où il recevait X, le président Y a dit…`
            comma = lower.find(",", cue.end, min(sentence.end, cue.end + 150))
            after = [m for m in _in(sentence.mentions, comma, sentence.end)
                     if accepted(m, comma, after=False)] if comma != -1 else []
            if after and after[0].start - comma <= 40:
                subjects = _lead(after, lower)[:4]
                end = min(end, comma)
        if not subjects:
            subjects = _antecedent(text, lower, sentence, clause, subject_end, previous,
                                   grammar)
    stressed = _stressed(lower, clause, subject_end, subjects)
    if stressed is not None:
        # `Lui et X se sont entretenus`: the person the text is about, and X
        ahead = _antecedent(text, lower, sentence, clause, clause, previous, grammar,
                            stressed=stressed)
        names = {_actor(m).name for m in subjects}
        subjects = [*(m for m in ahead if _actor(m).name not in names), *subjects]
    objects = _leaders_for_delegations(
        text, lower, [m for m in sentence.mentions
                      if cue.end <= m.start < end and accepted(m, cue.end, after=True)],
        cue.end, grammar, ends)
    if ((occasion is not None or announced) and subjects and objects
            and _link(text, lower, objects[0], cue.end, grammar, ends) == "entre"):
        # `X a annoncé…, au dernier jour de consultations entre A et B`: talks of others;
        # so with `X a annoncé une rencontre entre A et B`
        subjects = []
    if (cue.kind == "noun" and cue.family == "write" and not subjects and len(objects) >= 2
            and _SENT_BY.fullmatch(lower, cue.end, objects[0].start) is not None):
        subjects, objects = objects[:1], objects[1:]  # `une lettre adressée par X à Y`
    addressed = not objects and bool(addressees)
    if addressed:
        objects = addressees
    anaphoric = False
    if not objects and cue.kind != "noun":
        objects = _pronoun_objects(lower, sentence, cue, clause, subjects, previous, grammar)
        anaphoric = bool(objects)
    if cue.verb is not None and cue.verb.partners is not None:
        objects = [m for m in objects if _actor(m).kind in cue.verb.partners]
    subjects, objects = _people_over_compounds(lower, subjects, objects)
    genitive = (bool(objects) and cue.kind == "noun" and 0 <= objects[0].start - cue.end <= 6
                and lower[cue.end : objects[0].start].strip() in {"de", "du", "des", "d'", ""})
    return _Parties(tuple(subjects), tuple(objects), tuple(mediators), end, genitive, occasion,
                    anaphoric, who[1] if who is not None else None, addressed, by_channel,
                    reported)


_BY_CHANNEL = _Pattern(r"(?<!\w)(?:par|en)\s{1,3}$")
"""``par`` or ``en`` right before a channel noun (``par visioconférence``)."""
_RELATIVE_INCISE = _Pattern(r",\s{1,3}(?:qui|dont|où)\s", hints=("qui", "dont", "où"))


def _outside_relative(lower: str, subjects: list[ActorMention], clause: int,
                      end: int, grammar: _Grammar) -> list[ActorMention]:
    """The subjects without those of a relative set off before the verb.

    ``X, qui s'était entretenu avec Y, a eu des entretiens avec Z``: X alone is the
    subject of the main verb (Y belongs to the relative).
    """
    if len(subjects) < 2:
        return subjects
    relative = _RELATIVE_INCISE.search(lower, clause, end)
    if relative is None:
        return subjects
    close = lower.rfind(",", relative.end(), end)
    if close == -1 or not all(w in grammar.aux_avoir or w in grammar.aux_etre
                              or w in grammar.gap_adverbs for w in lower[close + 1 : end].split()):
        return subjects  # the relative must run up to the verb
    kept = [m for m in subjects if not relative.start() <= m.start < close]
    if not kept or kept[0].end > relative.start() or _actor(kept[0]).kind is not ActorKind.PERSON:
        return subjects  # (`la commission, qui réunit A et B, s'est retrouvée`: its members)
    return kept


_STRESSED_FIRST = _Pattern(r"\s{0,3}(?P<p>lui|elle)(?:-même)?\s{0,3},?\s{0,3}et\s")
_STRESSED_LAST = _Pattern(r"\set\s{1,3}(?P<p>lui|elle)(?:-même)?\s{0,3},?\s{0,3}"
                          r"(?:(?:ne|n'|se|s'|y|l'|les|leur)\s{0,3}){0,2}$")


def _stressed(lower: str, clause: int, subject_end: int,
              subjects: Sequence[ActorMention]) -> str | None:
    """The stressed pronoun coordinated with the subject (``Lui et X``, ``X et elle``).

    ``None`` when the subject has none, or when the subjects found start before it.
    """
    if not subjects or subject_end - clause > 200:
        return None
    first = _STRESSED_FIRST.match(lower, clause, subject_end)
    if first is not None and subjects[0].start >= first.end():
        return first["p"]
    last = _STRESSED_LAST.search(lower, max(clause, subject_end - 40), subject_end)
    if last is not None and subjects[-1].end <= last.start():
        return last["p"]
    return None


def _people_over_compounds(lower: str, subjects: Sequence[ActorMention],
                           objects: Sequence[ActorMention],
                           ) -> tuple[list[ActorMention], list[ActorMention]]:
    """``un sommet franco-italien, A et B``: the named people stand for the two states.

    A state read from a compound adjective (``franco-italien``) is dropped when two
    named people are parties, or when a person party is of that state.
    """
    def compound(m: ActorMention) -> bool:
        return (_actor(m).kind is ActorKind.STATE
                and (lower[m.end : m.end + 1] == "-" or lower[m.start - 1 : m.start] == "-"))

    people = [_actor(m) for m in (*subjects, *objects) if _actor(m).kind is ActorKind.PERSON]
    countries = {a.country for a in people if a.country}

    def kept(m: ActorMention) -> bool:
        return not (compound(m) and (len(people) >= 2 or _actor(m).country in countries))

    return [m for m in subjects if kept(m)], [m for m in objects if kept(m)]


def _leaders_for_delegations(text: str, lower: str, objects: list[ActorMention], floor: int,
                             grammar: _Grammar, ends: frozenset[int]) -> list[ActorMention]:
    """``la délégation A, conduite par X``: the person who leads it stands for the side.

    A mention of a state or a group (``une délégation du Fatah menée par X``) followed at
    once by the person who leads it (``conduite par``) gives way to that person; ``objects``
    itself when no delegation is so led.
    """
    dropped = {i for i in range(len(objects) - 1)
               if _actor(objects[i]).kind is not ActorKind.PERSON
               and _actor(objects[i + 1]).kind is ActorKind.PERSON
               and not lower[objects[i].end : objects[i + 1].start].strip(" ,").count(",")
               and _link(text, lower, objects[i + 1], floor, grammar, ends) == "conduite par"
               and lower.rfind(" par ", objects[i].end, objects[i + 1].start) != -1}
    return [m for i, m in enumerate(objects) if i not in dropped] if dropped else objects


def _relative_antecedent(text: str, lower: str, sentence: _Sentence, clause: int, cue: _Cue,
                         grammar: _Grammar, ends: frozenset[int],
                         ) -> tuple[ActorMention, int] | None:
    """The person before ``, qui`` and where the relative opens, when the cue is its verb.

    ``… du président X, qui s'était entretenu avec Y``: ``qui`` stands for the noun
    phrase just before it, though its own link makes it a complement of the main clause
    (``du``, ``par``); a party of the main clause (``a dit à X, qui était attendu``) is
    left to the main clause's reading.
    """
    if cue.kind == "noun":
        return None
    rel = lower.rfind(", qui ", max(clause, cue.start - 120), cue.start)
    if rel == -1 or "," in lower[rel + 1 : cue.start]:
        return None
    if any(rel <= m.start < cue.start for m in sentence.mentions):
        return None  # `, qui selon X a rencontré`: not the bare relative
    before = [m for m in sentence.mentions if m.end <= rel and m.start >= clause]
    if not before or lower[before[-1].end : rel].strip():
        return None
    m = before[-1]
    if _actor(m).kind is not ActorKind.PERSON or not _is_complement(
            _link(text, lower, m, clause, grammar, ends), _actor(m), grammar):
        return None
    return m, rel


_WITH_PRONOUN = _Pattern(
    r"[^,;.«»]{0,30}?(?<!\w)avec\s{1,3}(?:(lui|elle)|(?:chacun|chacune|chacun\s{1,3}d'eux"
    r"|chacune\s{1,3}d'elles|eux|elles|les\s{1,3}deux(?:\s{1,3}hommes)?))(?!\w)")
"""``avec lui`` / ``avec chacun d'eux`` after a meeting verb: a party named before."""

_PRONOUN_BEFORE = _Pattern(
    r"(?<!\w)(?:(l')|(le|la|les)\s{1,3})"
    r"(?:(?:a|avait|aura|aurait|ont|avaient|auront|auraient)\s{1,3})?$")
"""An object pronoun right before a meeting verb (``l'a reçu``, ``doit la rencontrer``)."""


def _quoted_before(lower: str, m: ActorMention, floor: int, pos: int) -> bool:
    """Whether ``m`` stands inside a quotation (``« … »``) closed before ``pos``."""
    opened = lower.rfind("«", floor, m.start)
    return (opened != -1 and lower.rfind("»", opened, m.start) == -1
            and lower.find("»", m.end, pos) != -1)


def _session_gap(lower: str, cue: _Cue, m: ActorMention, grammar: _Grammar) -> bool:
    """Whether only a session's qualifier and ``du`` stand between the noun and ``m``."""
    return (m.start - cue.end <= 30 and _actor(m).kind is ActorKind.ORGANIZATION
            and grammar.session_gap.match(lower, cue.end, m.start) is not None)


def _session(lower: str, cue: _Cue, parties: _Parties,
             grammar: _Grammar) -> tuple[Actor, int | None] | None:
    """The body whose session the noun cue names, and where its schedule starts.

    ``une réunion d'urgence du Conseil de sécurité, qui se tiendra vendredi``: the
    Council, and the offset after ``qui se tiendra`` (``None`` when nothing schedules it).
    """
    if cue.kind != "noun" or cue.family != "gather" or len(parties.objects) != 1:
        return None
    body = parties.objects[0]
    if not _session_gap(lower, cue, body, grammar):
        return None
    schedule = grammar.session_schedule.match(lower, body.end)
    return _actor(body), (schedule.end() if schedule else None)


def _pronoun_objects(lower: str, sentence: _Sentence, cue: _Cue, clause: int,
                     subjects: Sequence[ActorMention],
                     previous: Sequence[_Sentence], grammar: _Grammar) -> list[ActorMention]:
    """The people an object pronoun of a meeting verb stands for.

    ``avec lui`` / ``avec elle`` / ``l'a reçu``: the latest person of that gender named
    before the clause, other than the subject. ``avec chacun d'eux`` / ``avec eux`` /
    ``chacun de ses hôtes``: the two or more people last named together.
    """
    gender: str | None
    plural = False
    after = _WITH_PRONOUN.match(lower, cue.end, min(sentence.end, cue.end + 70))
    if after is None and grammar.guests.match(lower, cue.end, min(sentence.end, cue.end + 90)):
        plural, gender = True, None
    elif after is not None:
        single = after.group(1)
        gender = None if single is None else ("f" if single == "elle" else "m")
        plural = single is None
    else:
        before = _PRONOUN_BEFORE.search(lower, max(clause, cue.start - 16), cue.start)
        if before is None:
            return []
        word = before.group(2)
        if word == "les":
            plural, gender = True, None
        elif word is not None:
            gender = "f" if word == "la" else "m"
        else:  # `l'a reçue`: the participle agrees; `doit l'appeler`: unknown
            participle = lower[cue.start:cue.end].split()[-1] if cue.end > cue.start else ""
            gender = "f" if participle.endswith(("ée", "ue", "ie", "te")) else (
                "m" if participle.endswith(("é", "u", "i")) else None)
    taken = {_actor(m).name for m in subjects}
    pools = [list(_in(sentence.mentions, sentence.start, clause)),
             *(list(s.mentions) for s in list(reversed(previous))[:2])]
    for pool in pools:
        people = [m for m in pool if _actor(m).kind is ActorKind.PERSON
                  and _actor(m).name not in taken and _actor(m).name[:1].isupper()]
        if plural:
            named = _unique_mentions(people)
            if len(named) >= 2:
                return named[:4]
            continue
        fitting = [m for m in people if gender is None or m.gender == gender]
        if fitting:
            return [fitting[-1]]
    return []


_AFTER_QUOTE = _Pattern(r"[»\"”]\s{0,3},\s{0,3}$")
"""A closing quotation mark and a comma right before a verb: an inverted reporting cue."""

_SUPPORT_RELATIVE = _Pattern(
    r"\s{0,3}(?:que\s{1,3}|qu')[^,;.«»]{0,40}?(?<!\w)"
    r"(?:avoir|eu|eue|eus|eues|tenir|tenu|tenue|tenus|tenues|mener|mené|menée|menés|menées)"
    r"(?=\s{1,3}(?:avec|entre)(?!\w))")
"""A relative clause whose verb supports the noun before it (``qu'il devait avoir``)."""


_TOGETHER = _Pattern(r"(?:(?:,|et|,\s{1,3}et)(?:\s{1,3}[a-zà-ÿ'\-]{1,15}){0,2})?")
"""The gap between two subjects that stand together (``Poutine et turc Erdogan``)."""


def _takes_a(cue: _Cue) -> bool:
    """Whether ``à`` introduces a party of the cue (``parler à X``, ``une lettre à X``)."""
    if cue.verb is not None:
        return cue.verb.object == "à"
    return cue.family in {"write", "visit", "phone"}


def _lead(mentions: Sequence[ActorMention], lower: str) -> list[ActorMention]:
    """The first mentions of a clause that stand together (``X et Y``): its subject."""
    lead: list[ActorMention] = []
    for m in mentions:
        if lead and not _TOGETHER.fullmatch(lower[lead[-1].end : m.start].strip()):
            break
        lead.append(m)
    return lead


def _addressee(text: str, lower: str, sentence: _Sentence, subject: ActorMention,
               grammar: _Grammar, ends: frozenset[int]) -> list[ActorMention]:
    """The person the clause of ``subject`` addresses (``a promis au président Y``), if any."""
    limit = min(sentence.end, subject.end + 80)
    for m in sentence.mentions:
        if m.start < subject.end:
            continue
        if m.start >= limit or lower.find(",", subject.end, m.start) != -1:
            break
        if _actor(m).kind is ActorKind.PERSON and _link(
                text, lower, m, subject.end, grammar, ends) in {"à", "au", "aux"}:
            return [m]
    return []


def _occasion(lower: str, clause: int, cue: _Cue, grammar: _Grammar) -> int | None:
    """Start of ``à l'issue de``, ``lors de``… that makes a noun the occasion of its clause."""
    window = max(clause, cue.start - 50)
    last = None
    for m in grammar.occasion.finditer(lower, window, cue.start):
        last = m
    if cue.family == "write":
        near = max(clause, cue.start - 20)
        for m in grammar.written_occasion.finditer(lower, near, cue.start):
            last = m
    if last is None or "," in lower[last.end() : cue.start]:
        return None
    return last.start()


_REPORTED = _Pattern(r"\s(?:que|qu')[\s\w]", hints=("que", "qu"))
"""The ``que`` that opens a reported clause."""


def _reporter(text: str, lower: str, sentence: _Sentence, occasion: int, grammar: _Grammar,
              accepted: Callable[..., bool],
              ) -> tuple[list[ActorMention], tuple[int, int] | None]:
    """The subject of the main clause when a trailing occasion follows its ``que`` clause.

    ``X a affirmé que la trêve tenait, après un entretien avec Y``: X takes part. The
    occasion stands after a comma, the reported clause has no ``;`` or ``:``, and the
    subject stands in the main clause before ``que``. Also the main clause (its start,
    its ``que``), where the day and the place of the talks stand.
    """
    if not lower[max(sentence.start, occasion - 3) : occasion].rstrip().endswith(","):
        return [], None
    window = max(sentence.start, occasion - 250)
    last = None
    for m in _REPORTED.finditer(lower, window, occasion):
        last = m
    if last is None or any(c in lower[last.end() : occasion] for c in ";:"):
        return [], None
    floor = _clause_start(lower, sentence, last.start(), grammar)
    before = [m for m in _in(sentence.mentions, floor, last.start())
              if accepted(m, floor, after=False)]
    subjects = _lead(before, lower)[:4]
    return subjects, ((floor, last.start()) if subjects else None)


def _incise(lower: str, sentence: _Sentence, pos: int, grammar: _Grammar) -> int | None:
    """Start of the incise that ends with a comma just before ``pos``, or ``None``.

    ``X, qui a dénoncé une annonce, s'est entretenu`` and ``la conférence, organisée
    par l'ONU, a réuni``: the subject stands before the incise.
    """
    i = pos
    while i > sentence.start and lower[i - 1] == " ":
        i -= 1
    if i <= sentence.start or lower[i - 1] != ",":
        return None
    last = None
    for m in grammar.incise.finditer(lower, max(sentence.start, i - 300), i - 1):
        last = m
    return last.start() if last is not None else None


_SCENE_PIECE = _Pattern(
    rf"\s{{0,3}}(?:(?:{_WEEKDAYS}|hier)"
    r"(?:\s{1,3}(?:soir|matin))?\s{0,3})?(?:(?:à|au|aux|en)\s{1,3}[\w'\-]{2,30}"
    r"(?:\s{1,3}[\w'\-]{2,30}){0,2}\s{0,3})?")
"""A day, a place or both set off by commas (`` samedi à Lima``, `` au Pérou``)."""


def _pieces(segment: str) -> list[tuple[int, str]]:
    """The comma-separated pieces of ``segment``, each with its offset."""
    out: list[tuple[int, str]] = []
    i = 0
    for piece in segment.split(","):
        out.append((i, piece))
        i += len(piece) + 1
    return out


def _support_before(lower: str, floor: int, pos: int, grammar: _Grammar) -> int | None:
    """Start of a support verb (``ont eu``, ``a tenu``) whose object is the noun at ``pos``."""
    window = max(floor, pos - 80)  # past 60 characters only over a scene set off by commas
    last = None
    if not grammar.support.may_match(_words_in(lower, window, pos)):
        return None
    for m in grammar.support.finditer(lower, window, pos):
        last = m
    if last is None or (last.start() < pos - 60 and "," not in lower[last.end() : pos]):
        return None
    if "," in lower[last.end() : pos] and (last.group() in grammar.aux_avoir or not all(
            piece.strip() and _SCENE_PIECE.fullmatch(
                lower, last.end() + i, last.end() + i + len(piece))
            for i, piece in _pieces(lower[last.end() : pos])[:-1])):
        return None  # (`a participé lundi à Lima, au Pérou, à un sommet`: a scene between)
    if last.group() in grammar.aux_avoir and not all(
            w in grammar.determiners or w in grammar.pre_adjectives or w in grammar.support_gap
            for w in lower[last.end() : pos].split()):
        return None  # `a salué une rencontre`: `a` is the auxiliary of another verb
    return last.start()


def _antecedent(text: str, lower: str, sentence: _Sentence, clause: int, pos: int,
                previous: Sequence[_Sentence], grammar: _Grammar,
                stressed: str | None = None) -> list[ActorMention]:
    """The party a pronoun or an elided subject stands for (``qu'il s'entretiendrait``).

    The main subject of the sentence (or of the sentence before); a plural pronoun
    (``ils``) stands for the people last named together. ``stressed``: the stressed
    pronoun (``lui``, ``elle``) coordinated with a name in the subject (``Lui et X``).
    """
    window = lower[clause:pos]
    pronoun = grammar.pronoun.search(window) if stressed is None else None
    plural = grammar.plural_pronoun.search(window) if stressed is None else None
    possessive = _word_before(lower, pos, clause)[0] in grammar.possessives
    bare = (not window.strip(" ,") or bool(pronoun) or bool(plural) or possessive
            or stressed is not None)
    if not bare:
        return []
    feminine = (stressed == "elle" if stressed is not None else
                pronoun is not None and pronoun.group().startswith(("elle", "cette", "celle",
                                                                    "la ")))
    ends = frozenset(m.end for m in sentence.mentions)
    candidates = [m for m in _in(sentence.mentions, sentence.start, clause)
                  if not _is_complement(_link(text, lower, m, sentence.start, grammar, ends),
                                        _actor(m), grammar)]
    if plural is not None:
        last_two = plural.group().endswith(("derniers", "dernières"))
        for source in [candidates, *(list(s.mentions) for s in reversed(previous))]:
            people = _unique_mentions(m for m in source if _actor(m).kind is ActorKind.PERSON)
            named = [m for m in people if _actor(m).name[:1].isupper()]
            if len(named) >= 2:
                return named[-2:] if last_two else named[:4]  # `ces deux derniers`
    for earlier in reversed(previous):
        if candidates:
            break
        # a name inside a quotation is what was said, not who said it (`« … contre X »,
        # a-t-elle ajouté. Elle s'est ensuite entretenue avec Y`)
        spoken = [m for m in earlier.mentions if not _within_quote(lower, m, earlier.start)]
        first = next((m for m in spoken if _actor(m).kind is ActorKind.PERSON), None)
        if first is not None and _SUBJECT_PRONOUN.search(lower, earlier.start, first.start):
            # `C'est à Ryad qu'il a été reçu par Y. Il a ensuite…`: that sentence is
            # about the person before it too, not about Y
            continue
        candidates = spoken
    people = [m for m in candidates if _actor(m).kind is ActorKind.PERSON
              and (m.gender is None or (m.gender == "f") == feminine)]
    pool = people or candidates
    if not pool:
        return []
    # a pronoun or an elided subject stands for the main subject named before it, not
    # for the last complement (`X, qui s'est rendu à Y pour rencontrer Z, puis à W, où
    # il a été reçu`; `X a rencontré Y. Il a ensuite…`)
    return [pool[0]]


def _within_quote(lower: str, m: ActorMention, floor: int) -> bool:
    """Whether ``m`` stands inside a quotation opened after ``floor`` (``«`` or ``"``)."""
    opened = lower.rfind("«", floor, m.start)
    if opened != -1 and lower.find("»", opened, m.start) == -1:
        return True
    return lower.count('"', floor, m.start) % 2 == 1


def _where_closed(text: str, lower: str, sentence: _Sentence, clause: int,
                  grammar: _Grammar) -> int | None:
    """The comma closing a fronted ``où`` clause that starts at ``clause``, or ``None``.

    ``A X, où il a reçu Y, le ministre Z a…`` and ``Arrivé lundi à X, où il a reçu Y, Z
    a…``: a pronoun in that clause stands for the subject named after it.
    """
    if sentence.fronted is not None and clause > sentence.fronted[1]:
        opened = lower[sentence.fronted[1] : clause].strip() == "où"
    else:
        opener = grammar.travel_openers.match(text, sentence.start,
                                              min(sentence.end, clause + 3))
        opened = opener is not None and opener.end() - 2 <= clause
    if not opened:
        return None
    comma = lower.find(",", clause, sentence.end)
    return comma if comma != -1 else sentence.end


_SUBJECT_PRONOUN = _Pattern(r"(?<!\w)(?:il|elle)\s", hints=("il", "elle"))
"""A third-person subject pronoun."""


def _unique_mentions(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """Mentions in order, one per actor name."""
    seen: dict[str, ActorMention] = {}
    for m in mentions:
        seen.setdefault(_actor(m).name, m)
    return list(seen.values())


_MEDIATOR_GAPS = frozenset({"et", ",", "et de", "et du", "et des", "et d'", "et de la", "et de l'",
                            ", de", ", du", ", des", ", d'", ", de la", ", de l'"})
"""What stands between two mediators (``sous l'égide de l'Egypte et du Qatar``)."""


def _mediators(lower: str, sentence: _Sentence, floor: int,
               grammar: _Grammar, cue: _Cue | None = None) -> list[ActorMention]:
    """Mentions right after ``sous l'égide de``, ``coprésidée par``… (``X et Y`` both).

    Not after the ``cue`` itself: in ``il a été accueilli par X``, X is the host.
    """
    found = []
    for m in grammar.mediator.finditer(lower, floor, sentence.end):
        if cue is not None and cue.start <= m.start() < cue.end:
            continue
        after = [x for x in sentence.mentions
                 if m.start() < x.start <= m.end() + 4 and x.end > m.end()]
        if not after:
            continue
        chain = [after[0]]
        for x in sentence.mentions:
            if x.start > chain[-1].start and x.start - chain[-1].end <= 12 and " ".join(lower[
                    chain[-1].end : x.start].split()) in _MEDIATOR_GAPS:
                chain.append(x)
            elif x.start > chain[-1].end + 6:
                break
        found.extend(chain)
    return found


# -- the event -------------------------------------------------------------------------------


@attrs.frozen
class _Candidate:
    """One mention of a meeting, before mentions of the same event are merged."""

    sentence: int
    span: tuple[int, int]
    cue: tuple[int, int]
    family: str
    participants: tuple[Actor, ...]
    mediators: tuple[Actor, ...]
    mode: MeetingMode
    status: MeetingStatus
    date: datetime.date | None
    location: str | None
    host: Actor | None
    visitor: Actor | None
    beside: str | None
    direct: bool | None
    mentions: tuple[tuple[int, int], ...] = ()
    core: frozenset[str] = frozenset()
    """Names of the parties the text names (a host read from the place left out)."""
    separate: bool = False
    """``séparément``: one of several meetings that must not be merged together."""
    reach: int = 0
    """Where the clause of the cue ends (normalised offset)."""
    definite: bool = False
    """A noun with a definite determiner (``la réunion``): it may name an event told before."""
    nations: frozenset[str] = frozenset()
    """Countries of the participants (alpha-3), to match states with their envoys."""
    subjects: tuple[Actor, ...] = ()
    """The parties named as the subject of the cue."""
    objects: tuple[Actor, ...] = ()
    """The parties the cue introduces after it."""
    follows: bool = False
    """``s'est ensuite entretenu``: a step of the trip told just before."""
    unmarked: MeetingMode | None = None
    """The channel the cue implies when no mention of the event names one."""

    @property
    def sides(self) -> frozenset[str]:
        """The named parties that are not mediators."""
        return self.core - {a.name for a in self.mediators}

    @property
    def names(self) -> frozenset[str]:
        """The participants' names."""
        return frozenset(a.name for a in self.participants)


@attrs.frozen
class _Context:
    """What the cues before and after a cue in the same sentence tell it."""

    floor: int
    """End of the clause of the cue before (its channel and place stay there)."""
    stop: int | None
    """Start of the next cue, if any."""
    governing: _Candidate | None
    """The meeting found just before in the sentence (``s'est rendu à X pour y rencontrer``)."""
    number: int
    """The index of the cue's sentence in the article."""


def _unique(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """Actors in order, one per name."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.name, actor)
    return tuple(seen.values())


def _mode(lower: str, start: int, end: int, grammar: _Grammar) -> MeetingMode | None:
    """The channel marked in ``lower[start:end]``, or ``None``."""
    for mode, pattern in grammar.modes:
        if pattern.search(lower, start, end):
            return mode
    return None


def _purpose(lower: str, cue: _Cue, floor: int) -> bool:
    """Whether an infinitive cue is the purpose of the verb before it (``pour y rencontrer``)."""
    word, start = _word_before(lower, cue.start, floor)
    if word == "y":
        word, start = _word_before(lower, start, floor)
    if word == "pour":
        return True
    return word in {"de", "d'"} and _word_before(lower, start, floor)[0] == "afin"


def _status(lower: str, cue: _Cue, clause: int, sentence: _Sentence, grammar: _Grammar,
            governing: _Candidate | None) -> MeetingStatus:
    """Where the meeting stands: tense, the modal before an infinitive, markers near a noun."""
    if cue.kind in {"infinitive", "noun"} and _urged(lower, cue, clause, grammar):
        return MeetingStatus.REQUESTED  # `a appelé X et Y à reprendre les pourparlers`
    if cue.kind == "infinitive":
        if governing is not None and _purpose(lower, cue, clause):
            return governing.status  # `s'est rendu à X pour y rencontrer Y`: held
        if (governing is not None and governing.status in {
                MeetingStatus.POSTPONED, MeetingStatus.CANCELLED}
                and lower.endswith(" où ", max(0, clause - 4), clause)):
            return governing.status  # `a reporté sa visite à X, où il devait rencontrer Y`
        if (_sequel(lower, cue, clause)
                and _PAST_VERB.search(lower, max(clause, cue.start - 200), cue.start)):
            return MeetingStatus.HELD  # `X a signé un accord avant de rejoindre Y`: done
        window = max(clause, cue.start - 60)
        best: tuple[int, MeetingStatus] | None = None
        words = _words_in(lower, window, cue.start)
        for status, pattern in grammar.modality:
            if not pattern.may_match(words):
                continue
            for m in pattern.finditer(lower, window, cue.start):
                if best is None or m.end() > best[0]:
                    best = (m.end(), status)
        found = best[1] if best else MeetingStatus.PLANNED
        relative = (_RELATIVE_MODAL.search(lower, max(sentence.start, cue.start - 30), cue.start)
                    if found is MeetingStatus.PLANNED else None)
        if relative is not None and _key(_word_before(
                lower, relative.start(), sentence.start)[0]) in grammar.nouns:
            # `le sommet qui devait réunir X et Y a été annulé`: the main verb tells its fate
            far = min(sentence.end, cue.end + 250)
            that = _THAT.search(lower, cue.end, far)
            far = that.start() if that else far
            for status, pattern in grammar.status:
                if status in {MeetingStatus.CANCELLED, MeetingStatus.POSTPONED} and (
                        pattern.search(lower, cue.end, far)):
                    return status
        return found
    if cue.status is not None:
        return cue.status
    before = max(clause, cue.start - 60)
    after = min(sentence.end, cue.end + 120)
    far = min(sentence.end, cue.end + 250)  # `une rencontre entre X, …, et Y, …, a été reportée`
    if cue.kind == "noun" and _occasion(lower, clause, cue, grammar) is not None:
        # `X, réunis en sommet à Abuja, ont suspendu Y`: the main verb is another event
        comma = lower.find(",", cue.end, after)
        if comma != -1:
            after = far = comma
    nearest: tuple[int, MeetingStatus] | None = None
    wish: tuple[int, MeetingStatus] | None = None  # the nearest request or proposal
    near_words = _words_in(lower, before, after)
    far_words = near_words if far == after else _words_in(lower, before, far)
    for status, pattern in grammar.status:
        final = status in {MeetingStatus.CANCELLED, MeetingStatus.POSTPONED}
        reach = far if final else after
        if not pattern.may_match(far_words if reach == far else near_words):
            continue
        hits = [m for m in pattern.finditer(lower, before, reach)
                if m.end() <= cue.start or m.start() >= cue.end]
        distances = [d for d, m in (
            (cue.start - m.end() if m.end() <= cue.start else m.start() - cue.end, m)
            for m in hits) if d <= 12 or m.group() not in grammar.near_only]
        if not distances:
            continue
        if final:
            return status
        distance = min(distances)
        if status in {MeetingStatus.REQUESTED, MeetingStatus.PROPOSED}:
            # `a proposé une rencontre, une demande dont…`: the nearer marker
            if wish is None or distance < wish[0]:
                wish = (distance, status)
        elif nearest is None or distance < nearest[0]:
            nearest = (distance, status)
    if wish is not None:
        return wish[1]
    found = nearest[1] if nearest else MeetingStatus.HELD
    if (found is MeetingStatus.HELD and grammar.begun.search(lower, before, cue.start)
            and grammar.lasting.search(lower, max(before, cue.start - 30), cue.start)):
        return MeetingStatus.ONGOING  # `ont entamé jeudi deux jours de discussions`
    return found


_RELATIVE_MODAL = _Pattern(
    r"(?<!\w)qui\s{1,3}(?:devait|devaient|doit|doivent|devrait|devraient)\s{1,3}$",
    hints=("qui",))
"""A meeting in a relative clause (``le sommet qui devait réunir``)."""

_THAT = _Pattern(r"(?<!\w)(?:que|qu')(?!\w)|;", hints=("qu", ";"))

_SEQUEL = _Pattern(
    r"(?<!\w)(?:avant\s{1,3}de|avant\s{1,3}d')\s{0,3}(?:se\s{1,3}|s'|y\s{1,3})?$")
"""``avant de`` right before an infinitive: what the subject did next."""


def _sequel(lower: str, cue: _Cue, clause: int) -> bool:
    """Whether ``avant de`` stands right before ``cue`` (``avant de rejoindre Y``)."""
    return _SEQUEL.search(lower, max(clause, cue.start - 14), cue.start) is not None
_PAST_VERB = _Pattern(
    r"(?<!\w)(?:a|ont|avait|avaient|est|sont|était|étaient)\s{1,3}(?:[\w\-]{2,20}\s{1,3}){0,2}?"
    r"[\w\-]{2,20}(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ts|t)(?!\w)")
"""A verb in the compound past before ``avant de``: the sequel happened too."""


_URGE_TAIL = _Pattern(
    r"""(?<!\w)(?:à|de|d')\s{0,3}
    (?:(?:se\s{1,3}|s')?|[\w\-]{2,15}(?:er|ir|re)\s{1,3}
      (?:(?:les|des|la|le|l'|un|une|de|d'|du|au|aux)\s{0,3})?(?:[\w\-]{2,15}\s{1,3})?)$""",
    regex.VERBOSE,
)
"""``à`` (or ``de``) and an infinitive right before a cue (``à reprendre les``, ``à se``)."""


def _urged(lower: str, cue: _Cue, clause: int, grammar: _Grammar) -> tuple[int, int] | None:
    """Where the parties urged to meet stand, when a verb that urges calls for the meeting.

    ``a appelé X et Y à reprendre les pourparlers``, ``a exhorté X à négocier``, ``a
    demandé à X de négocier``: the infinitive (or the noun after one) right after ``à`` or
    ``de``, the urging verb before it; the span between them holds the parties urged.
    """
    if cue.kind not in {"infinitive", "noun"}:
        return None
    tail = _URGE_TAIL.search(lower, max(clause, cue.start - 45), cue.start)
    if tail is None:
        return None
    if cue.kind == "infinitive" and tail.group().split()[-1] not in {"à", "de", "d'", "se",
                                                                      "s'"}:
        return None  # `à reprendre négocier` is no urge
    verbs = list(grammar.appeals.finditer(lower, max(clause, tail.start() - 120), tail.start()))
    return (verbs[-1].end(), tail.start()) if verbs else None


_EVENT_DAY = _Pattern(r"(?<!\w)(?:l'|le\s{1,3}|la\s{1,3})(?P<noun>[a-zà-ÿ\-]{3,20})"
                      r"\s{1,3}(?:du|de\s{1,3}ce)\s{0,3}$", hints=("du", "ce"))
"""A day named as that of an event (``le scrutin du``): a meeting noun's is its own."""


def _day(layers: Layers, dates: Sequence[tuple[int, int, DateMention]], starts: Sequence[int],
         start: int, end: int, cue: _Cue, status: MeetingStatus,
         grammar: _Grammar) -> datetime.date | None:
    """The day of a meeting: the single-day date in ``[start, end)`` nearest to the cue.

    A date that frames another event (``une trêve à partir de lundi``) or names its day
    (``avant le scrutin du 3 mai``) is left out.
    """
    lower = layers.norm.lower
    best: tuple[int, DateMention] | None = None
    for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        s, e, mention = dates[k]
        if e > end or mention.range is None or mention.range.day is None:
            continue
        if grammar.date_frame.search(lower, max(0, s - 16), s):
            continue
        named = _EVENT_DAY.search(lower, max(0, s - 40), s)
        if named is not None and named["noun"] not in grammar.nouns:
            continue  # `afin d'aboutir avant le scrutin du 3 mai`: another event's day
        distance = cue.start - e if e <= cue.start else s - cue.end
        if best is None or distance < best[0]:
            best = (distance, mention)
    if best is None:
        return None
    mention = best[1]
    if status in _NOT_HELD and layers.date is not None:
        try:
            future = resolve_date(mention.text, layers.date, direction="future")
        except ValueError:
            future = None
        if future is not None and future.day is not None:
            return future.day
    assert mention.range is not None
    return mention.range.day


def _place(text: str, start: int, end: int, exclude: Sequence[ActorMention],
           skip: tuple[int, int] | None, grammar: _Grammar, *, last: bool = False,
           surnames: bool = False,
           weak: bool = True) -> tuple[str, ActorMention | None, int] | None:
    """The place named in ``text[start:end]``: its name, its mention and its start.

    After ``à``/``au``/``aux`` first, then ``dans la région de X``, then ``en`` and
    ``près de`` (unless ``weak`` is false); ``last`` takes the nearest to ``end``
    instead of the first. A name stops before a title (``au Kremlin le Premier
    ministre``) and before a person. ``surnames``: a lone capitalised word read as a
    surname may be the place (``rencontrer à Genève``, where ``à`` never introduces a
    party). The place of a topic is not where people meet (``de la situation à Alep``,
    ``sur la guerre en Ukraine``).
    """
    strong: list[tuple[str, ActorMention | None, int]] = []
    weaker: list[tuple[str, ActorMention | None, int]] = []
    for m in _PLACE.finditer(text, start, end):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        if _topic_before(text, m.start(), exclude, grammar):
            continue
        name = _place_name(m["name"], m.start("name"), exclude, grammar)
        if name is None:
            continue
        inside = [x for x in exclude if x.start <= m.start("name") < x.end]
        if inside and inside[0].actor is not None and inside[0].actor.kind is not ActorKind.STATE:
            if not (surnames and inside[0].form == "surname"):
                continue
            inside = []
        prep = " ".join(m["prep"].lower().split())
        if prep in {"au", "aux"}:
            name = grammar.article_places.get(name, name)  # `au Caire`: Le Caire
        place = (name, inside[0] if inside else None, m.start())
        (weaker if prep in {"en", "près de", "près d'"} else strong).append(place)
    for m in grammar.area.finditer(text, start, end):
        name = _place_name(m["name"], m.start("name"), exclude, grammar)
        if name is not None and not (skip and skip[0] <= m.start() < skip[1]):
            inside = [x for x in exclude if x.start <= m.start("name") < x.end]
            strong.append((name, inside[0] if inside else None, m.start()))
    for m in grammar.seat.finditer(text, start, end):
        if not (skip and skip[0] <= m.start() < skip[1]):
            strong.append((" ".join(m["name"].split()), None, m.start()))  # `à l'Élysée`
    for m in _CAPITAL_OF.finditer(text, start, end):
        capital = grammar.capitals.get(fold(m["demonym"]))
        if capital is not None and not (skip and skip[0] <= m.start() < skip[1]):
            strong.append((capital, None, m.start()))  # `dans la capitale ivoirienne`
    for group in (strong, weaker) if weak else (strong,):
        if group:
            group.sort(key=lambda p: p[2])
            return group[-1] if last else group[0]
    return None


_CAPITAL_OF = _Pattern(
    r"(?<!\w)(?:dans|à)\s{1,3}la\s{1,3}capitale\s{1,3}(?P<demonym>[a-zà-ÿ\-]{3,25})(?!\w)",
    hints=("capitale",))
"""A capital named by the demonym of its state (``dans la capitale angolaise``)."""

_TOPIC = _Pattern(
    r"""(?<!\w)(?:(?:de|du|des|sur|concernant)\s{1,3}|d')(?:la\s{1,3}|le\s{1,3}|les\s{1,3}|l')?
    (?P<noun>[a-zà-ÿ][a-zà-ÿ\-]{2,24})(?:\s{1,3}[a-zà-ÿ][a-zà-ÿ\-]{2,24})?\s{1,3}$""",
    regex.VERBOSE,
)
"""A topic right before a place (``de la situation à Alep``, ``du conflit en Syrie``)."""


def _topic_before(text: str, pos: int, exclude: Sequence[ActorMention],
                  grammar: _Grammar) -> bool:
    """Whether the place at ``pos`` is the complement of a topic, not where people meet.

    ``de la situation à Alep``, ``sur la guerre en Ukraine``: a common noun introduced by
    ``de`` or ``sur``, outside any actor mention (``le chef de la diplomatie russe à
    Genève`` is a party), and not a noun of a meeting, an envoy or a venue (``la visite
    de la délégation à Moscou``).
    """
    m = _TOPIC.search(text, max(0, pos - 50), pos)
    if m is None or fold(m["noun"]) in grammar.not_topics or m["noun"].endswith(("er", "ir")):
        return False  # `d'accueillir à Istanbul`: an infinitive, not a topic
    k = bisect.bisect_right(exclude, m.start(), key=lambda x: x.start)
    return not any(x.start <= m.start() < x.end for x in exclude[max(0, k - 3) : k])


def _city_after(text: str, sentence: _Sentence, pos: int) -> tuple[str, Actor | None] | None:
    """A city named right after ``pos`` (past a day), not a country (``rejoindre la Russie``).

    A capital the lexicon knows gives its state too; another lone capitalised word that
    no mention covers is a city (``rejoindre Genève``).
    """
    bare = _CITY.match(text, pos, min(sentence.end, pos + 40))
    k = bisect.bisect_left(sentence.mentions, pos, key=lambda x: x.start)
    m = sentence.mentions[k] if k < len(sentence.mentions) else None
    if m is not None and m.start - pos <= 25:
        written = text[m.start : m.end]
        if (m.actor is None or m.actor.kind is not ActorKind.STATE or not written[:1].isupper()
                or fold(written) == fold(m.actor.name) or " " in written):
            return None  # `la Russie`, `Russie`: the country itself; a person, a body
        return written, m.actor
    if bare is None or (m is not None and m.start < bare.end("name")):
        return None
    return bare["name"], None


_CITY = _Pattern(
    rf"""\s{{0,3}}(?:(?:{_WEEKDAYS}|hier|dès|demain)
    (?:\s{{1,3}}(?:soir|matin|midi))?\s{{1,3}})?(?P<name>{_UPPER}[\w\-]{{2,30}})(?=[\s,.;:]|$)
    (?!\s{{1,3}}{_UPPER})""",
    regex.VERBOSE,
)
"""A lone capitalised word after a verb, past a day (``rejoindre lundi Genève``)."""


def _where(text: str, sentence: _Sentence, pos: int,
           grammar: _Grammar) -> tuple[str, ActorMention | None, int] | None:
    """The place ``où`` at ``pos`` stands for: the name just before its comma.

    ``doit partir pour Abuja, où il réunira``, ``de retour de Kiev, où il a rencontré``.
    """
    m = _WHERE.search(text, max(sentence.start, pos - 60), pos)
    if m is None:
        return None
    name = _place_name(m["name"], m.start("name"), sentence.mentions, grammar)
    if name is None:
        return None
    inside = [x for x in sentence.mentions if x.start <= m.start("name") < x.end]
    if inside and (inside[0].actor is None or inside[0].actor.kind is not ActorKind.STATE):
        return None  # a person or a body, not a place
    return name, inside[0] if inside else None, m.start()


_WHERE = _Pattern(
    rf"""(?<!\w)(?:à|au|aux|en|pour|vers|de|d'|du|dans|depuis)\s{{0,3}}
    (?P<name>{_UPPER}[\w'\-]{{1,30}}(?:\s(?:(?:de|el|al|es)\s)?{_UPPER}[\w'\-]{{1,30}}){{0,2}})
    \s{{0,2}},?\s{{0,2}}$""",
    regex.VERBOSE,
)
"""A place name right before ``, où``."""


def _there_place(text: str, sentences: Sequence[_Sentence], index: int, pos: int,
                 grammar: _Grammar) -> str | None:
    """The place ``y`` stands for: the last one named before ``pos``, here or the sentence before.

    ``Le roi se trouvait à Washington. Il s'y est entretenu avec X``: Washington.
    """
    sentence = sentences[index]
    found = _place(text, max(sentence.start, pos - 200), pos, sentence.mentions, None, grammar,
                   last=True, weak=False)
    if found is None and index > 0:
        before = sentences[index - 1]
        found = _place(text, max(before.start, before.end - 300), before.end, before.mentions,
                       None, grammar, last=True, weak=False)
    return found[0] if found else None


def _called(lower: str, cue: _Cue, parties: _Parties,
            dates: Sequence[tuple[int, int, DateMention]], starts: Sequence[int],
            grammar: _Grammar) -> bool:
    """Whether ``appeler`` calls its object: the party right after it, not urged (``à agir``).

    Only a day or an adverb may stand between the verb and the party (``a appelé jeudi son
    homologue``); ``à``/``au`` after a party makes an appeal (``a appelé X à la retenue``),
    and quotation marks a name (``appelle X « le boucher »``).
    """
    if not parties.objects or cue.passive:
        return bool(parties.objects)
    first = parties.objects[0]
    gap = list(lower[cue.end : first.start])
    k = bisect.bisect_left(starts, cue.end)
    while k < len(dates) and dates[k][0] < first.start:
        for i in range(dates[k][0], min(dates[k][1], first.start)):
            gap[i - cue.end] = " "
        k += 1
    words = "".join(gap).replace(",", " ").split()
    if not all(w.endswith("ment") or w in grammar.gap_adverbs for w in words):
        return False
    return not any(_URGED.match(lower, o.end) for o in parties.objects)


def _conversed(text: str, lower: str, cue: _Cue, parties: _Parties, sentence: _Sentence,
              grammar: _Grammar) -> bool:
    """Whether ``parler`` tells a conversation without its channel.

    ``A et B se sont parlé`` (the reciprocal, two subjects) and ``X a parlé avec le
    président Y`` (a named person after ``avec``); not ``a parlé de``, ``a parlé aux
    journalistes``.
    """
    if cue.reflexive:
        return len(_unique(_actor(m) for m in parties.subjects)) >= 2
    if not parties.objects or not parties.subjects:
        return False
    first = parties.objects[0]
    actor = _actor(first)
    ends = frozenset(m.end for m in sentence.mentions)
    gap = lower[cue.end : first.start].replace(",", " ").split()
    return (actor.kind is ActorKind.PERSON and actor.name[:1].isupper()
            and first.start - cue.end <= 40 and gap[-1:] == ["avec"]
            and all(w in grammar.gap_adverbs or w in grammar.support_gap for w in gap[:-1])
            and _link(text, lower, first, cue.end, grammar, ends) == "avec")


_URGED = _Pattern(r"\s{0,3},?\s{0,3}(?:(?:à|au|aux)\s{1,3}(?!téléphone)|[«\"“])")
"""What follows a party that is urged (``X à agir``) or named (``X « le boucher »``)."""


def _place_name(name: str, start: int, exclude: Sequence[ActorMention],
                grammar: _Grammar) -> str | None:
    """``name`` cut before a title or a person's name inside it (``None`` if nothing is left)."""
    words = name.split(" ")
    kept: list[str] = []
    pos = start
    for i, word in enumerate(words):
        # a person inside the name (`au Kremlin Vladimir Poutine`); not a lone word the
        # actor layer guessed to be a name (`à New York`: `York`)
        person = any(x.start == pos and x.actor is not None and x.actor.kind is ActorKind.PERSON
                     and i > 0 and not (x.form == "name" and " " not in x.actor.name)
                     for x in exclude)
        if word in grammar.not_places or person:
            break
        kept.append(word)
        pos += len(word) + 1
    while kept and kept[-1] in {"de", "el", "al", "es", "ed", "ad"}:
        kept.pop()
    return " ".join(kept) or None


def _beside(lower: str, text: str, start: int, end: int,
            grammar: _Grammar) -> tuple[str, tuple[int, int]] | None:
    """The larger meeting named after ``en marge de`` in ``[start, end)``, and its span."""
    m = grammar.beside.search(lower, start, end)
    if m is None:
        return None
    stop = m.end()
    limit = min(end, m.end() + 100)
    while stop < limit and text[stop] not in ",.;:":
        stop += 1
    phrase = text[m.end() : stop].strip()
    return (phrase, (m.start(), stop)) if phrase else None


_DEFINITE_HEAD = _Pattern(r"(?:(?:la|le|l')\s{0,3})?([a-zà-ÿ\-]{4,20})(?!\w)")
"""A larger meeting named by a definite noun alone (``la conférence``)."""


def _told_before(lower: str, sentences: Sequence[_Sentence], index: int,
                 phrase: str) -> _Sentence | None:
    """The last sentence before ``index`` that names the meeting ``la conférence`` refers to."""
    m = _DEFINITE_HEAD.match(phrase.lower())
    if m is None:
        return None
    noun = _compiled(r"(?<!\w)" + regex.escape(m[1]) + r"(?!\w)", 0)
    for sentence in reversed(sentences[:index]):
        if noun.search(lower, sentence.start, sentence.end):
            return sentence
    return None


def _reciprocal_ok(text: str, lower: str, pos: int, end: int,
                   dates: Sequence[tuple[int, int, DateMention]], starts: Sequence[int],
                   grammar: _Grammar) -> bool:
    """Whether ``se retrouver``, ``se voir`` meet: a place, a time or a partner follows.

    ``se sont retrouvés lundi``, ``à Vienne``, ``dans un hôtel``, ``pour discuter`` meet;
    ``se retrouvent isolés``, ``en position de force``, ``dans l'impasse`` do not.
    """
    i = pos
    while i < end and text[i] == " ":
        i += 1
    k = bisect.bisect_left(starts, i)
    if k < len(dates) and dates[k][0] <= i + 8:
        return True  # `lundi`, `le 12 octobre`, `vers le 5 mai`
    if i >= end or text[i] in ",.;":
        return True
    word, after = _word_after(lower, i, end)
    if word in {"à", "au", "aux", "en"}:
        following, _ = _word_after(text, min(end, after + 1), end)
        # `à Vienne`, `en marge du sommet`, not `en position de force`
        return following[:1].isupper() or following in grammar.reciprocal_after
    if word == "dans":
        return grammar.venue.match(lower, i, min(end, i + 60)) is not None
    return word.rstrip(".") in grammar.reciprocal_after


def _candidates(layers: Layers, index: int, sentences: Sequence[_Sentence], cue: _Cue,
                dates: Sequence[tuple[int, int, DateMention]], starts: Sequence[int],
                grammar: _Grammar, context: _Context) -> list[_Candidate]:
    """Read one cue into meeting mentions (one per party for ``séparément``)."""
    text, lower = layers.norm.text, layers.norm.lower
    sentence = sentences[index]
    clause = _clause_start(lower, sentence, cue.start, grammar)
    if grammar.trap_nouns.search(lower, max(sentence.start, cue.start - 20),
                                 min(sentence.end, cue.end + 25)):
        return []
    if cue.family == "meet" and cue.kind == "noun" and grammar.sports.search(
            lower, sentence.start, sentence.end):
        return []
    if grammar.denials.search(lower, max(clause, cue.start - 60), cue.end):
        return []  # `a démenti avoir rencontré`, `sans rencontrer`
    if cue.family == "write" and cue.kind == "verb" and _AFTER_QUOTE.search(
            lower, max(sentence.start, cue.start - 8), cue.start):
        return []  # `« … », a écrit X sur X`: the verb reports the quote
    if (cue.family == "write" and cue.kind == "noun" and _OF_SENDER.match(lower, cue.end)
            and grammar.relays.search(lower, max(clause, cue.start - 80), cue.start)):
        return []  # `X a remis à Y un message de Z`: X carries Z's message
    if cue.family == "mediate" and _support_before(lower, clause, cue.start, grammar) is None:
        return []  # `grâce à la médiation du Qatar`: no one conducts talks here
    if (cue.verb is not None and cue.verb.reciprocal and cue.reflexive
            and not _reciprocal_ok(text, lower, cue.end, sentence.end, dates, starts, grammar)):
        return []  # `se retrouve isolée`
    beside = _beside(lower, text, sentence.start, sentence.end, grammar)
    previous = sentences[max(0, index - 2) : index]
    parties = _parties(text, lower, sentence, cue, previous, grammar, context.stop, clause)
    if cue.kind == "noun" and lower[cue.start : cue.end] in grammar.joint_trips and not (
            parties.genitive and not parties.subjects and len(parties.objects) >= 2
            and all(_actor(m).kind is ActorKind.PERSON for m in parties.objects)):
        return []  # `la mission de l'ONU`: a body; `la mission des présidents A et B`: a trip
    if beside and beside[1][0] <= cue.start < beside[1][1] and (
            not parties.objects or parties.genitive) and not (
            cue.kind == "noun" and parties.subjects
            and _word_before(lower, cue.start, clause)[0] in grammar.possessives) and not (
            cue.kind == "noun" and cue.family in {"phone", "talk", "meet"}
            and len(_unique(_actor(m) for m in parties.subjects)) >= 2
            and parties.occasion is not None) and not (
            cue.kind == "noun" and cue.family == "gather" and parties.genitive
            and parties.occasion is not None and parties.subjects
            and context.stop is None and context.governing is None
            and parties.subjects[0].start > cue.end):
        # the larger meeting (`en marge du sommet de l'Otan`): a record only when it
        # has parties of its own (`lors d'un entretien avec X`)
        return []
    if cue.kind == "noun" and parties.subjects and grammar.exclusions.search(
            lower, max(clause, cue.start - 40), cue.start):
        parties = attrs.evolve(parties, subjects=())  # `X, laissé à l'écart du dialogue`
    if _setting_of(lower, cue, clause, parties, context.governing, grammar):
        return []  # `comptent se voir à Oslo pour une session de l'OSCE`: where they meet
    larger = beside
    if beside and beside[1][0] <= cue.start < beside[1][1]:
        beside = None  # `lors de leur rencontre`: the meeting itself, not a larger one
    governing = context.governing
    if cue.verb is not None and cue.verb.exhorts and not _called(lower, cue, parties, dates,
                                                                 starts, grammar):
        return []  # `a appelé à la retenue`, `a appelé X à agir`: an appeal, not a call
    city = None
    if cue.verb is not None and cue.verb.to_city and not parties.objects:
        city = _city_after(text, sentence, cue.end)
        if city is None:
            return []
        cue = attrs.evolve(cue, family="visit")  # `avant de rejoindre Washington`
    if cue.follows and (not parties.objects or (
            cue.verb is not None and cue.verb.object == "direct"
            and not _OBJECT_ENDS.match(lower, parties.objects[0].end))):
        return []  # `…, puis le ministre a dénoncé`: the subject of a new clause
    purpose = (cue.kind == "noun" and governing is not None and governing.family == "visit"
               and _noun_purpose(lower, cue, clause, grammar))
    aim = governing is not None and cue.kind == "infinitive" and _purpose(lower, cue, clause)
    subjects = _unique(_actor(m) for m in parties.subjects)
    if (cue.kind == "noun" and not subjects and len(parties.objects) == 1
            and _after_determiner(lower, cue.start, clause, grammar) in grammar.definite
            and _WITH_BETWEEN.search(lower, cue.end, parties.objects[0].start)
            and not any(clause <= m.start < cue.start for m in sentence.mentions)):
        # `En revanche, l'entrevue prévue avec X n'a pas eu lieu`: the meeting of the
        # person the article is about
        lead = _protagonist(layers)
        if lead is not None and lead.name != _actor(parties.objects[0]).name:
            subjects = (lead,)
    timed = (_TIMED_BY.search(lower, max(clause, cue.start - 60), cue.start)
             if cue.kind == "noun" else None)
    if timed is not None and _word_before(lower, cue.start, clause)[0] not in grammar.possessives \
            and not _own_talk(lower, cue, clause, grammar):
        subjects = ()  # `X a appelé Y après les pourparlers`: X is no party of the talks
    if (cue.kind != "noun" and governing is not None and governing.reach == context.floor
            and clause < context.floor
            and not any(context.floor <= m.start < cue.start for m in sentence.mentions)):
        # `X s'est entretenu avec Y et doit rencontrer Z`: the subject left out is the
        # subject of the verb before; `et l'a invité à`: its object comes along
        subjects = governing.subjects
        if _OBJECT_PRONOUN.search(lower, context.floor, cue.start):
            subjects = _unique([*subjects, *governing.objects])
    if cue.follows and governing is not None:
        subjects = governing.subjects  # `…, puis avec Y`: the same subject
    if purpose and governing is not None and governing.visitor is not None:
        # `est attendu à Ryad pour une réunion`: the visitor takes part in it, and so do
        # those who travel with the visitor (`est attendu à Ryad avec X pour des
        # discussions avec Y`: one trip, one meeting of the three)
        companions = (governing.objects if _WITH_BETWEEN.search(
            lower, governing.cue[1], cue.start) else ())
        subjects = _unique([governing.visitor, *companions, *subjects])
    urged = _urged(lower, cue, clause, grammar)
    if urged is not None:  # `a demandé à X et à Y de reprendre les pourparlers`
        subjects = _unique([*subjects, *(_actor(m) for m in _in(sentence.mentions, *urged))])
    objects = _unique(a for a in (_actor(m) for m in parties.objects) if a.name not in
                      {s.name for s in subjects})
    mediators = _unique(_actor(m) for m in parties.mediators)
    if not (subjects or objects or mediators):
        # no party at all (nor a session: it needs one object), so `_enough` rejects the
        # cue below whatever its place, mode or day: a quarter of all cues stop here
        return []
    core_end = max([cue.end, parties.object_end])
    floor = _scene(lower, sentence, clause, context.floor)
    if timed is not None:
        # `a fait dix morts samedi à X, un jour après les pourparlers`: the day and the
        # place before the noun are the main clause's
        floor = max(floor, timed.start())
    if parties.relative is not None:
        floor = max(floor, parties.relative)  # the relative's own place and day
    if parties.reported is not None and context.floor <= parties.reported[0]:
        floor = parties.reported[0]  # `X a affirmé mardi que…, après un entretien avec Y`
    place_floor = floor
    if parties.addressed and parties.occasion is not None:
        # `X a invité Y à venir à Moscou, lors d'un appel`: the trip's city, not the call's
        place_floor = max(floor, parties.occasion)
    place_end = _place_end(lower, sentence, cue, parties, core_end, grammar)
    skip = beside[1] if beside else None
    surnames = not _takes_a(cue)
    found_place = _place(text, cue.end, place_end, sentence.mentions, skip, grammar,
                         surnames=surnames)
    fronted_place = False
    if found_place is None and lower.endswith(" où ", max(0, clause - 4), clause):
        found_place = _where(text, sentence, clause - 4, grammar)  # `pour Abuja, où il…`
    if found_place is None and parties.reported is not None:
        found_place = _place(text, place_floor, parties.reported[1], sentence.mentions, skip,
                             grammar, last=True, surnames=surnames)
    if found_place is None:
        found_place = _place(text, place_floor, cue.start, sentence.mentions, skip, grammar,
                             last=True, surnames=surnames)
        fronted_place = bool(found_place and sentence.fronted
                             and sentence.fronted[0] <= found_place[2] + 4 < sentence.fronted[1])
    own_mode = _mode(lower, floor, core_end, grammar)
    mode = own_mode or cue.mode
    if cue.follows and governing is not None:
        mode = own_mode or governing.mode  # `par téléphone avec X, puis avec Y`
    if found_place is None and beside and mode not in {
            MeetingMode.PHONE, MeetingMode.VIDEO, MeetingMode.WRITTEN}:
        # `en marge du sommet de l'Otan à Vilnius`: the city of the larger meeting
        found_place = _place(text, beside[1][0], beside[1][1], sentence.mentions, None,
                             grammar, weak=False)
    there = None
    if cue.there:
        there = (context.governing.location if context.governing is not None
                 and context.governing.location else _there_place(text, sentences, index,
                                                                  cue.start, grammar))
    if cue.verb is not None and cue.verb.needs == "channel" and mode in {
            MeetingMode.UNSPECIFIED, MeetingMode.IN_PERSON} and not _conversed(
            text, lower, cue, parties, sentence, grammar):
        return []
    if cue.verb is not None and cue.verb.needs == "where" and not (
            lower.endswith(" où ", max(0, clause - 4), clause)
            and _where(text, sentence, clause - 4, grammar) is not None) and not (
            len(parties.subjects) >= 2 and not parties.objects and found_place is not None
            and found_place[2] > cue.start and not fronted_place):
        # `à Kiev, où il a signé avec X un accord`: signed there, together; `A, B et C
        # ont signé lundi à Astana un accord`: the signatories, together at the place
        return []
    if cue.verb is not None and cue.verb.needs == "place" and not _place_follows(
            text, lower, cue.end, dates, starts, grammar) and there is None:
        return []
    if fronted_place and (cue.family in {"talk", "phone", "write"} or mode in {
            MeetingMode.PHONE, MeetingMode.VIDEO, MeetingMode.WRITTEN}) and not (
            mode is MeetingMode.UNSPECIFIED and cue.reflexive and len(subjects) >= 2
            and _FRONTED_DAY.match(lower, sentence.start)):
        # (`Lundi à Genève, A et B se sont parlé`: the day and the place of the talks)
        found_place = None  # `A Paris, X s'est entretenu avec Y`: where the news is from
    location = found_place[0] if found_place else None
    place_actor = found_place[1].actor if found_place and found_place[1] else None
    if city is not None:
        location, place_actor = city
    if there is not None:
        location = there  # `pour y rencontrer`, `il s'y est entretenu`: the place just named
    if (location is None and parties.anaphoric and len(parties.objects) >= 2
            and mode is MeetingMode.UNSPECIFIED):
        # `X et Y étaient à Doha. Z s'est entretenu avec chacun d'eux`: where they were
        location = _there_place(text, sentences, index, cue.start, grammar)
    if (mode is MeetingMode.UNSPECIFIED and beside
            and (beside[1][0] >= floor or (  # `En marge du sommet, X s'est entretenu avec Y`
                beside[1][1] <= cue.start and lower[beside[1][1] : beside[1][1] + 1] == ","
                and (governing is None or governing.reach <= beside[1][0])))
            and not beside[1][0] <= cue.start < beside[1][1] and _gathering(beside[0], grammar)):
        mode = MeetingMode.IN_PERSON  # talks on the sidelines of a conference
    if mode is MeetingMode.UNSPECIFIED and location is not None and (
            cue.family == "talk" or (cue.family == "phone" and cue.reflexive)):
        mode = MeetingMode.IN_PERSON
    if (mode is MeetingMode.UNSPECIFIED and cue.family == "talk" and subjects
            and _travelled(lower, sentences, index, cue.start, subjects[0], grammar)):
        mode = MeetingMode.IN_PERSON  # `X est arrivé à Lomé. Il s'est entretenu avec Y`
    host = visitor = None
    if cue.family == "host" and subjects and objects:
        host, visitor = (objects[0], subjects[0]) if cue.passive else (subjects[0], objects[0])
    elif cue.family == "visit" and subjects:
        visitor = subjects[0]
        host = objects[0] if objects else place_actor
    named = _unique([*subjects, *objects])
    parties_all = _unique([*named, *([host] if host else [])])
    status = _status(lower, cue, parties.occasion if parties.addressed and parties.occasion
                     is not None else clause, sentence, grammar, context.governing)
    if cue.follows and governing is not None:
        status = governing.status
    session = _session(lower, cue, parties, grammar)
    if session is not None and (session[1] is not None or grammar.session_requests.search(
            lower, max(clause, cue.start - 40), cue.start)):
        # `X a demandé une réunion du Conseil de sécurité`: the Council sits, X only asks
        subjects, objects, mediators = (), (session[0],), ()
        named = parties_all = (session[0],)
        host = visitor = None
        if session[1] is not None:  # `…, qui se tiendra vendredi à New York`
            status = MeetingStatus.PLANNED
            stop = _next_punctuation(text, session[1], sentence.end)
            place = _place(text, session[1], stop, sentence.mentions, None, grammar)
            location = place[0] if place else None
    counted: Sequence[Actor] = parties_all
    if cue.family == "gather" or (cue.family == "negotiate" and status is MeetingStatus.PLANNED):
        # `des négociations doivent s'ouvrir lundi sous l'égide de X`: the mediator's talks
        counted = [*parties_all, *mediators]
    if session is None and not _enough(cue, counted, parties, location, status):
        return []  # (a session of a body is a meeting of that body alone)
    if purpose and governing is not None:
        status = governing.status
        location = location or governing.location
    sequel = cue.kind == "infinitive" and _sequel(lower, cue, clause)
    day = _when(layers, dates, starts, sentence, cue, parties, status,
                (cue.start if sequel else max(sentence.start, floor), place_end, core_end),
                grammar)  # `a signé lundi un accord avant de rejoindre X`: not Monday
    if (purpose or aim or cue.follows) and governing is not None:
        day = day or governing.date
    if cue.follows and governing is not None:
        location = location or governing.location
    if (aim and governing is not None and governing.location and found_place is not None
            and found_place[2] < cue.start):
        # `se sont rencontrés à Sotchi, en Russie, pour discuter`: the trip's place
        location = governing.location
    if larger is not None and (location is None or day is None):
        # `en marge de la conférence`: the conference the article named before, its
        # day and its city
        told = _told_before(lower, sentences, index, larger[0])
        if told is not None:
            if location is None and mode not in {
                    MeetingMode.PHONE, MeetingMode.VIDEO, MeetingMode.WRITTEN}:
                place = _place(text, told.start, told.end, told.mentions, None, grammar)
                location = place[0] if place else None
            if day is None and bisect.bisect_left(starts, sentence.start) == bisect.bisect_left(
                    starts, sentence.end):  # (a day of its own sentence is its own)
                day = _day(layers, dates, starts, told.start, told.end, cue, status, grammar)
    if session is not None and session[1] is not None:
        day = _day(layers, dates, starts, session[1],
                   _next_punctuation(text, session[1], sentence.end), cue, status, grammar)
    if status is MeetingStatus.HELD and day is not None and layers.date and day > layers.date:
        status = MeetingStatus.PLANNED
    direct = cue.direct
    window = (cue.end, min(sentence.end, cue.end + 40))
    if grammar.indirect.search(lower, *window):
        direct = False
    elif grammar.direct.search(lower, *window):
        direct = True
    base = _Candidate(
        sentence=context.number,
        span=(sentence.start, sentence.end),
        cue=(cue.start, cue.end),
        family=cue.family,
        participants=_unique([*parties_all, *mediators]),
        mediators=mediators,
        mode=mode,
        status=status,
        date=day,
        location=location,
        host=host,
        visitor=visitor,
        beside=beside[0] if beside else None,
        direct=direct,
        mentions=((sentence.start, sentence.end),),
        core=frozenset(a.name for a in [*named, *mediators]),
        reach=core_end,
        definite=(cue.kind == "noun" and _after_determiner(lower, cue.start, clause, grammar)
                  in grammar.definite),
        nations=frozenset(a.country for a in parties_all if a.country),
        subjects=subjects,
        objects=objects,
        follows=bool(grammar.then.search(lower, cue.start, min(sentence.end, cue.end + 12))),
        unmarked=cue.verb.unmarked if cue.verb is not None else None,
    )
    if not grammar.separately.search(lower, cue.end, core_end) and not _calls_each(
            cue, mode, subjects, objects):
        return [base]
    return _split(base, subjects, objects, mediators)


_LEAD_MENTIONS = 12
"""Actor mentions read at the head of an article for the person it is about."""


def _protagonist(layers: Layers) -> Actor | None:
    """The person the article is about: the first one its opening sentences name."""
    bound = layers.sentences[min(2, len(layers.sentences) - 1)].end if layers.sentences else 0
    for m in layers.actors[:_LEAD_MENTIONS]:
        if m.start >= bound:
            break
        actor = m.actor
        if actor is not None and actor.kind is ActorKind.PERSON and actor.name[:1].isupper():
            return actor
    return None


def _calls_each(cue: _Cue, mode: MeetingMode, subjects: Sequence[Actor],
                objects: Sequence[Actor]) -> bool:
    """``X a appelé le roi A ainsi que le président B``: one call to each leader.

    One caller and the direct objects of a calling verb, people of different countries
    (one of them may have no country the actor data knows).
    """
    if (mode is not MeetingMode.PHONE or cue.verb is None or cue.verb.object != "direct"
            or len(subjects) != 1 or len(objects) < 2):
        return False
    if any(o.kind is not ActorKind.PERSON for o in objects):
        return False
    countries = [o.country for o in objects if o.country]
    return len(set(countries)) == len(countries) >= len(objects) - 1


_WITH_BETWEEN = _Pattern(r"(?<!\w)avec\s", hints=("avec",))
"""``avec`` between a trip verb and the noun of what the trip is for: a companion."""
_WITH_NEXT = _Pattern(r"[^,;:.«»]{0,30}?(?<!\w)avec\s", hints=("avec",))
"""``avec`` soon after a meeting noun: the noun names its own partner."""


def _own_talk(lower: str, cue: _Cue, clause: int, grammar: _Grammar) -> bool:
    """``X s'est dit confiant après un entretien avec Y``: an indefinite talk with a partner.

    Such a talk is the subject's own, unlike ``après les pourparlers`` (talks told before).
    """
    return (_after_determiner(lower, cue.start, clause, grammar) in {"un", "une"}
            and _WITH_NEXT.match(lower, cue.end, cue.end + 40) is not None)


def _travelled(lower: str, sentences: Sequence[_Sentence], index: int, pos: int,
               subject: Actor, grammar: _Grammar) -> bool:
    """Whether ``subject`` made a trip told before ``pos``, in its sentence or the two before.

    The traveller is the person named last before the trip's verb in its sentence
    (``X est arrivé lundi à Damas. « … », a-t-il dit. L'émissaire doit voir Y``).
    """
    for sentence in sentences[max(0, index - 2) : index + 1]:
        end = min(sentence.end, pos)
        if end <= sentence.start:
            continue
        for trip in grammar.arrivals.finditer(lower, max(sentence.start, end - 400), end):
            before = [m for m in sentence.mentions if m.end <= trip.start()
                      and trip.start() - m.end <= 80 and _actor(m).kind is ActorKind.PERSON]
            if before and _actor(before[-1]).name == subject.name:
                return True
    return False


def _setting_of(lower: str, cue: _Cue, clause: int, parties: _Parties,
                governing: _Candidate | None, grammar: _Grammar) -> bool:
    """Whether a meeting noun is only the setting of the meeting told before it.

    ``X verra Y en marge d'un conclave de l'UA``, ``comptent se voir à Oslo pour une session
    de l'OSCE``: the gathering where the meeting of the sentence
    takes place is no record of its own unless it names people of its own (``lors d'un
    dîner avec Z``). The gathering a trip is for (``part à Lima pour un forum de
    l'Apec``) is the traveller's meeting.
    """
    if (cue.kind != "noun" or governing is None or governing.cue[1] > cue.start
            or governing.family == "visit"):
        return False
    if any(_actor(m).kind is ActorKind.PERSON and m.start >= cue.end for m in parties.objects):
        return False
    opener = None
    for found in grammar.beside.finditer(lower, max(clause, cue.start - 60), cue.start):
        opener = found
    if opener is not None and _ADJECTIVES_ONLY.fullmatch(lower, opener.end(), cue.start):
        return governing.cue[1] <= opener.start()  # `en marge d'un forum de l'Apec`
    determiner, pos = _word_before(lower, cue.start, clause)
    return (determiner in grammar.determiners
            and _word_before(lower, pos, clause)[0] == "pour")


_ADJECTIVES_ONLY = _Pattern(r"(?:\s{0,3}[\w\-]{1,15}'?){0,3}\s{0,3}")
"""A few words and no punctuation: a determiner and adjectives before a noun."""


_OF_SENDER = _Pattern(r"\s{1,3}(?:de|du|des|d')(?!\w)")
"""The sender's ``de`` right after a message noun."""


_TIMED_BY = _Pattern(
    r"(?<!\w)(?:après|avant)\s{1,3}(?:les|la|le|l'|des|de|du|d'|un|une|ces|cette|leur|leurs|ses"
    r"|son|sa)\s{0,3}(?:[a-zà-ÿ\-]{2,20}\s{1,3}){0,2}$", hints=("après", "avant"))
"""A meeting noun that dates another event (``deux jours après les pourparlers``)."""


def _scene(lower: str, sentence: _Sentence, clause: int, floor: int) -> int:
    """Where the place and the day of a cue may stand before it.

    The clause of the cue, after the clause of the cue before; in a clause opened by
    ``où`` (``puis vendredi à Benghazi, où il a été reçu``), back to the comma that
    opens the phrase ``où`` stands for.
    """
    if not lower.endswith(" où ", max(0, clause - 4), clause):
        return max(clause, floor)
    anchor = lower.rfind(",", max(sentence.start, clause - 120), clause - 5)
    return max(floor, anchor + 1 if anchor != -1 else sentence.start)


def _place_end(lower: str, sentence: _Sentence, cue: _Cue, parties: _Parties, core_end: int,
               grammar: _Grammar) -> int:
    """Where the place of a cue may stand after it: its clause, a little past its parties.

    A noun that is the subject (``une réunion … doit se tenir jeudi à Paris``) reads on
    past its verb, up to a reporting incise (``, a annoncé X``); a relative clause that
    tells where the meeting is held (``au sommet, a annoncé X, qui se tiendra à Vilnius``)
    reads on to its end.
    """
    end = min(sentence.end, core_end + 60)
    cut = _clause_word(lower, core_end, end, grammar)
    if cut is not None:
        end = max(cue.end, cut)
        venue = _VENUE_RELATIVE.match(lower, cut, sentence.end) if cue.kind == "noun" else None
        if venue is not None:
            return min(sentence.end, _next_punctuation(lower, venue.end(), sentence.end))
    if cue.kind == "noun" and not parties.subjects and parties.occasion is None:
        reach = min(sentence.end, cue.end + 220)
        incise = _REPORTING.search(lower, cue.end, reach)
        end = max(end, incise.start() if incise else reach)
    return end


_VENUE_RELATIVE = _Pattern(
    r"""(?:\s{0,2},\s{1,3}(?:a|ont|avait|a-t-il|a-t-elle|ont-ils)\s[^,;.«»]{1,60},)?\s{0,3}
    qui\s{1,3}(?:se\s{1,3}tiendr\w{1,3}|se\s{1,3}tien\w{1,4}|s'est\s{1,3}tenue?s?
      |se\s{1,3}sont\s{1,3}tenu\w{0,2}|aur(?:a|ont)\s{1,3}lieu|(?:a|ont)\s{1,3}eu\s{1,3}lieu
      |(?:doi(?:t|vent)|devrai(?:t|ent))\s{1,3}(?:se\s{1,3}tenir|avoir\s{1,3}lieu)
      |se\s{1,3}déroul\w{1,6}|s'ouvr\w{1,6}|s'est\s{1,3}ouverte?)(?!\w)""",
    regex.VERBOSE,
)
"""A relative clause that says where a meeting is held (``…, qui se tiendra à Vilnius``)."""


def _when(layers: Layers, dates: Sequence[tuple[int, int, DateMention]], starts: Sequence[int],
          sentence: _Sentence, cue: _Cue, parties: _Parties, status: MeetingStatus,
          bounds: tuple[int, int, int], grammar: _Grammar) -> datetime.date | None:
    """The day of a meeting, from the dates between ``bounds`` (scene, place end, core end).

    Up to the punctuation after the cue's clause (past a `, où …` phrase); after the
    cue only for a meeting proposed or requested (the day before it is the appeal's);
    none for talks of several days; the day before or after the clause's day for a
    noun after ``au lendemain de`` / ``à la veille de``.
    """
    text, lower = layers.norm.text, layers.norm.lower
    start, place_end, core_end = bounds
    end = min(sentence.end, _next_punctuation(text, core_end, sentence.end))
    if cue.kind == "noun" and not parties.subjects and parties.occasion is None:
        end = max(end, place_end)
    if lower.startswith(", où ", end):  # `à Genève, où il devait s'exprimer mardi`
        end = min(sentence.end, _next_punctuation(text, end + 2, sentence.end))
    if status in {MeetingStatus.PROPOSED, MeetingStatus.REQUESTED}:
        start = max(start, cue.start)  # `a exhorté mardi X à négocier`: the appeal's day
    day = _day(layers, dates, starts, start, end, cue, status, grammar)
    if parties.occasion is None:
        return day
    if grammar.lasting.search(lower, max(start, cue.start - 30), cue.start):
        return None  # `à l'issue de deux jours de pourparlers`: no single day
    shift = (-1 if grammar.day_before.match(lower, parties.occasion)
             else 1 if grammar.day_after.match(lower, parties.occasion) else 0)
    if not shift:
        return day
    main = _day(layers, dates, starts, start, parties.occasion, cue, MeetingStatus.HELD, grammar)
    return main + datetime.timedelta(days=shift) if main else None


def _split(base: _Candidate, subjects: Sequence[Actor], objects: Sequence[Actor],
           mediators: Sequence[Actor]) -> list[_Candidate]:
    """``séparément``: one meeting per party on the side that names several."""
    pairs: list[tuple[Sequence[Actor], Sequence[Actor]]]
    if len(objects) >= 2 and subjects:
        pairs = [(subjects, (o,)) for o in objects]
    elif len(subjects) >= 2 and objects:
        pairs = [((s,), objects) for s in subjects]
    else:
        return [base]
    out = []
    for left, right in pairs:
        host = base.host if base.host in (*left, *right) else None
        visitor = base.visitor if base.visitor in (*left, *right) else None
        if base.host is not None and host is None:
            host = right[0] if base.host in objects else left[0]
        if base.visitor is not None and visitor is None:
            visitor = left[0] if base.visitor in subjects else right[0]
        participants = _unique([*left, *right, *mediators])
        out.append(attrs.evolve(base, participants=participants, host=host, visitor=visitor,
                                core=frozenset(a.name for a in participants), separate=True))
    return out


_REPORTING = _Pattern(r",\s{1,3}(?:a|ont|avait|avaient|a-t-|ont-|selon|d'après)(?!\w)|;")
"""Where a reporting incise starts (``, a annoncé X``): the end of the reported event."""


def _gathering(phrase: str, grammar: _Grammar) -> bool:
    """Whether ``phrase`` names a gathering people attend (``la conférence``, ``l'Assemblée``)."""
    lower = phrase.lower()
    cue = grammar.noun.search(lower)
    if cue is not None and grammar.nouns[_key(cue["form"])].mode is MeetingMode.IN_PERSON:
        return True
    return grammar.gatherings.search(lower) is not None


_OBJECT_PRONOUN = _Pattern(r"(?<!\w)(?:l'|le|la|les|lui|leur)(?:\s|(?<='))")
"""An object pronoun before a verb (``et l'a invité``): the party named just before."""


def _noun_purpose(lower: str, cue: _Cue, floor: int, grammar: _Grammar) -> bool:
    """Whether a noun cue is the purpose of a trip (``pour la première réunion``)."""
    return _aim_before(lower, cue, floor, grammar) is not None


def _aim_before(lower: str, cue: _Cue, floor: int, grammar: _Grammar) -> int | None:
    """Where ``pour`` stands when a noun cue is the aim of its clause (``pour des entretiens``)."""
    word, start = _word_before(lower, cue.start, floor)
    for _ in range(3):
        if word not in grammar.pre_adjectives and word not in grammar.determiners:
            break
        word, start = _word_before(lower, start, floor)
    return start if word == "pour" else None


def _place_follows(text: str, lower: str, pos: int, dates: Sequence[tuple[int, int, DateMention]],
                   starts: Sequence[int], grammar: _Grammar) -> bool:
    """Whether a named place follows ``pos``, past a date and adverbs.

    ``s'est rendu lundi à Moscou``, ``doit se rendre sans délai à Bamako``, ``se rendra
    prochainement à Rabat``.
    """
    i = pos + 1 if pos < len(text) and text[pos] == " " else pos
    for _ in range(2):
        k = bisect.bisect_left(starts, i)
        if k < len(dates) and dates[k][0] == i:
            i = dates[k][1]
            i = i + 1 if i < len(text) and text[i] == " " else i
        adverb = grammar.adverb_after.match(lower, i, min(len(lower), i + 60))
        if adverb is None:
            break
        i = adverb.end()
    return _PLACE.match(text, i) is not None


def _next_punctuation(text: str, pos: int, limit: int) -> int:
    """The next ``,``, ``;`` or ``.`` at or after ``pos`` (``limit`` if none)."""
    stop = min(limit, pos + 200)
    found = [i for i in (text.find(mark, pos, stop) for mark in ",;.") if i != -1]
    return min(found) if found else limit


def _enough(cue: _Cue, parties: Sequence[Actor], found: _Parties, location: str | None,
            status: MeetingStatus) -> bool:
    """Whether the parties make a meeting: two, or one that visits a place or meets as a body.

    One party is enough for a visit to a named place, for a body that meets, and for
    the organiser of a conference still to come (``X a annoncé le report de la
    conférence``).
    """
    if cue.family == "write":
        return bool(found.subjects) and bool(found.objects) and len(parties) >= 2
    if cue.verb is not None and cue.verb.transitive and not cue.reflexive and not found.objects:
        return False  # `X et Y ont réuni les conditions`: without its pronoun, parties follow
    if len(parties) >= 2:
        return True
    if len(parties) != 1 or found.channel:
        return False  # (`X interviendra par visioconférence`: a speech, no meeting)
    if cue.family == "visit" and location is not None:
        # a person's trip to a place; a body's lone trip (`des enquêteurs de l'ONU sont
        # arrivés à X`) is an inquiry or a mission, no meeting
        return parties[0].kind not in {ActorKind.ORGANIZATION, ActorKind.GROUP}
    if cue.kind == "noun" and cue.family == "gather" and found.subjects and status in _NOT_HELD:
        return True
    if (cue.kind == "noun" and cue.family == "negotiate" and status is MeetingStatus.PLANNED
            and found.mediators and parties[0] == _actor(found.mediators[0])):
        return True  # planned talks whose only named party is their mediator
    body = parties[0].kind in {ActorKind.ORGANIZATION, ActorKind.GROUP}
    gathers = cue.family == "gather" or cue.reflexive
    # `les dirigeants du G7 ont tenu une réunion`: the members of a body meet
    members = bool(found.subjects) and all(m.plural for m in found.subjects)
    return body and (found.genitive or (gathers and cue.kind != "noun")
                     or (gathers and members and not found.objects))


# -- groups and plural roles as parties ------------------------------------------------------


_NEXT_DEMONYM = _Pattern(r"(?:\s{0,2},\s{1,3}(?:et\s{1,3})?|\s{1,3}et\s{1,3})([\w\-]{3,25})")
_NEXT_WORD = _Pattern(r"\s{1,3}([\w\-]{3,25})")
_FRONTED = _Pattern(
    rf"""\s{{0,3}}(?:(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche
          |[Hh]ier|[Aa]ujourd'hui)(?:\s{{1,3}}(?:soir|matin|midi|après-midi))?\s{{1,3}})?
        (?:À|A|Au|Aux|En|à|au|aux|en)\s{{1,3}}
        (?P<name>{_UPPER}[\w'\-]{{1,30}}(?:\s{{1,3}}{_UPPER}[\w'\-]{{1,30}}){{0,2}})\s{{0,2}},""",
    regex.VERBOSE,
)
"""A sentence-initial adverbial of place (``A Paris,``, ``Lundi à Moscou,``)."""


@attrs.frozen
class _Reader:
    """What reading plural parties needs: the lexicon, the collective nouns, the day."""

    lex: ActorLexicon
    groups: frozenset[str]
    day: datetime.date | None
    grammar: _Grammar
    statal: frozenset[str] = frozenset()
    """The collective nouns that stand for a state (``gouvernement``, ``régime``)."""
    holders: dict[tuple[str, str], Actor | None] = attrs.field(factory=dict)
    """Holders found so far in this article (a cache local to one call)."""
    leaders: dict[str, list[tuple[int, Actor]]] = attrs.field(factory=dict)
    """Heads of state or government the article names, by country, in text order."""
    offices: dict[str, str | None] = attrs.field(factory=dict)
    """Offices found so far in this article, by person (a cache local to one call)."""

    def leader(self, country: str, pos: int) -> Actor | None:
        """The leader of ``country`` for ``les dirigeants russe et turc`` at ``pos``.

        The head of state or government the article names last before ``pos`` (else
        first after it), else the lexicon's head of state on the article date (the head
        of government where that office leads: ``led_by_government``).
        """
        named = self.leaders.get(country, [])
        before = [a for p, a in named if p < pos]
        if before or named:
            return before[-1] if before else named[0][1]
        state = self.holder("head_of_state", country)
        government = self.holder("head_of_government", country)
        if country in self.grammar.led_by_government:
            return government or state  # `les dirigeants allemand et israélien`
        return state or government

    def holder(self, office: str, country: str) -> Actor | None:
        """The lexicon's holder of ``office`` for ``country`` on the article date."""
        key = (office, country)
        if key not in self.holders:
            entry = self.lex.holder(office, country, self.day)
            self.holders[key] = entry.actor if entry is not None else None
        return self.holders[key]

    def office_of(self, actor: Actor) -> str | None:
        """The office a person of the lexicon holds on the article date."""
        if actor.name not in self.offices:
            self.offices[actor.name] = self._office_of(actor.name)
        return self.offices[actor.name]

    def _office_of(self, name: str) -> str | None:
        """The office the lexicon's person ``name`` holds on the article date."""
        entry = self.lex.lookup(name)
        if entry is None or self.day is None:
            return None
        for office in entry.offices:
            if office.held_on(self.day):
                return office.office
        return None

    def org_head(self, org: str, people: Sequence[Actor]) -> Actor | None:
        """The person named last (else the lexicon's only one) with an office of ``org``."""
        if self.day is None:
            return None
        day = self.day

        def serves(entry_id: str) -> bool:
            entry = self.lex.entries[entry_id]
            return any(o.org == org and o.held_on(day) for o in entry.offices)

        for person in reversed(people):
            entry = self.lex.lookup(person.name)
            if entry is not None and serves(entry.id):
                return person
        found = [e.actor for e in self.lex.entries.values()
                 if e.section == "people" and serves(e.id)]
        return found[0] if len(found) == 1 else None

    def office_phrase(self, words: Sequence[str]) -> str | None:
        """The office a role phrase names, singular or plural (``chefs de la diplomatie``)."""
        if not words:
            return None
        first = [_singular(words[0]), *words[1:]]
        every = [w if w in {"des", "les", "affaires", "etrangeres"} else _singular(w)
                 for w in words]
        for attempt in (list(words), first, every):
            office = self.lex.office_phrases.get(" ".join(attempt))
            if office is not None:
                return office
        return None


def _singular(word: str) -> str:
    """A folded French plural made singular, roughly (``chefs`` → ``chef``)."""
    if len(word) > 3 and word[-1] in "sx" and word not in {"pays", "des", "les", "aux"}:
        return word[:-1]
    return word


def _plural_parties(m: ActorMention, text: str, reader: _Reader,
                    office: str | None) -> list[ActorMention] | None:
    """The parties a plural role or an unresolved group phrase stands for.

    ``ses homologues russe et turc`` → the holders of ``office`` (the office of the
    person named before) in Russia and Turkey, else the states; ``les chefs de la
    diplomatie ukrainienne et russe`` → the two foreign ministers; ``des représentants
    de l'opposition`` → the opposition; ``des responsables houthis`` → the Houthis;
    ``des responsables américains`` → the United States; ``les dirigeants russe, turc et
    iranien`` → the three heads of state or government. A plural that names no one
    who meets (``des réfugiés syriens``) is no party: ``[]``. ``None``: keep the
    mention as the actor layer gave it.
    """
    lex, grammar = reader.lex, reader.grammar
    words = fold(text[m.start : m.end]).split()
    if words and words[0] in reader.grammar.plural_determiners:
        words = words[1:]
    if not words:
        return None
    countries: list[tuple[str, int, int]] = []
    head = words
    if words[-1] in lex.demonyms:
        countries.append((lex.demonyms[words[-1]], m.start, m.end))
        head = words[:-1]
    counterpart = bool(head) and head[0] in grammar.counterparts
    envoy = bool(head) and head[0] in grammar.envoys
    leaders = bool(head) and " ".join(head) in grammar.leaders
    named_office = office if counterpart else reader.office_phrase(head)
    pos = m.end
    if not countries and envoy:
        nxt = _NEXT_WORD.match(text, pos)
        if nxt is not None and fold(nxt[1]) in lex.demonyms:
            countries.append((lex.demonyms[fold(nxt[1])], m.start, nxt.end(1)))
            pos = nxt.end()
    for _ in range(6):
        nxt = _NEXT_DEMONYM.match(text, pos)
        if nxt is None or fold(nxt[1]) not in lex.demonyms:
            break
        countries.append((lex.demonyms[fold(nxt[1])], nxt.start(1), nxt.end(1)))
        pos = nxt.end()
    actor = m.actor
    meets = counterpart or envoy or named_office is not None
    if m.plural and actor is not None and actor.kind is ActorKind.STATE and not meets:
        return []  # `des réfugiés syriens`, `les forces russes`: no party to a meeting
    if countries and (len(countries) >= 2 or actor is None or actor.kind is ActorKind.STATE):
        if not meets:
            return [] if m.plural or actor is None else None
        parts = []
        for country, start, end in countries:
            holder = reader.holder(named_office, country) if named_office else None
            if holder is None and leaders:
                holder = reader.leader(country, m.start)
            entry = lex.entries.get(country)
            found = holder or (entry.actor if entry is not None else None)
            if found is not None:
                parts.append(ActorMention(start, end, found, "plural", None, True))
        if len(parts) >= 2 or (parts and parts[0].actor != actor):
            return parts
        return None
    if envoy and actor is not None and _AND_OF.search(text, m.start, m.end):
        # `les représentants du gouvernement éthiopien et du TPLF`: both bodies
        both = _envoys_of(m, text, reader)
        return both if both is not None and len(both) >= 2 else None
    if actor is not None or not envoy:
        return None
    return _envoys_of(m, text, reader)


def _envoys_of(m: ActorMention, text: str, reader: _Reader) -> list[ActorMention] | None:
    """``des représentants de l'opposition``, ``des responsables houthis``: the groups named.

    A coordination names several (``des délégués de l'armée et de l'opposition``, ``les
    représentants du gouvernement et des rebelles``); an unknown capitalised name is an
    organisation (``des dirigeants du Front populaire de libération (FPL)``); a bare
    group noun is the group (``des rebelles``, ``les insurgés à Idleb``).
    """
    lex = reader.lex
    phrase = text[m.start : m.end]
    marker = _OF.search(phrase, 1)
    first = _AND_OF.search(phrase, marker.end()) if marker is not None else None
    if marker is not None and _group_named(
            phrase[marker.end() : first.start() if first else len(phrase)], reader,
            named=False) is None:
        # `les ministres des Affaires étrangères du G7`: the office, then the body
        for later in itertools.islice(_OF.finditer(phrase, marker.end()), 3):
            if _group_named(phrase[later.end() :], reader, named=False) is not None:
                marker = later
                break
    if marker is not None:
        parts = []
        pos = marker.end()
        for _ in range(4):  # `de A, de B et de C`
            more = _AND_OF.search(phrase, pos)
            actor = _group_named(phrase[pos : more.start() if more else len(phrase)], reader)
            if actor is not None:
                parts.append(ActorMention(m.start, m.end, actor, "plural", None, True))
            if more is None:
                break
            pos = more.end()
        return parts or None
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is not None:
        entry = lex.lookup(nxt[1])
        if entry is not None and entry.section != "people":
            return [ActorMention(m.start, nxt.end(1), entry.actor, "plural", None, True)]
    words = _WORDS.findall(phrase)
    if words and fold(words[0]) in reader.grammar.plural_determiners:
        words = words[1:]
    if words and fold(words[0]) in reader.groups:  # `des rebelles`, `les insurgés à Idleb`
        group = Actor(words[0].lower(), ActorKind.GROUP)
        end = m.start + phrase.find(words[0]) + len(words[0])  # not the place after it
        return [ActorMention(m.start, end, group, "plural", None, True)]
    return None


_OF = _Pattern(r"\s(?:de\s(?:la\s|l')?|du\s|des\s|d')")
"""The preposition that names whom envoys stand for (``des représentants de l'opposition``)."""
_AND_OF = _Pattern(
    r"\s{0,2}(?:,|\s(?:et|ou|ainsi\s{1,3}que))\s{1,3}(?:de\s{1,3}(?:la\s{1,3}|l')?|du\s|des\s|d')")
"""A coordinated complement (``de l'armée et de l'opposition``)."""
_WORDS = _Pattern(r"[\w\-]+")
_BRACKETED = _Pattern(r"\s{0,2}\(\s{0,2}(?P<acronym>[\w\-]{2,12})\s{0,2}\)\s{0,2}$")


def _group_named(phrase: str, reader: _Reader, *, named: bool = True) -> Actor | None:
    """The party a complement names: a lexicon entry, a group noun or (``named``) a name."""
    phrase = phrase.strip(" ,")
    acronym = None
    bracket = _BRACKETED.search(phrase)
    if bracket is not None:
        acronym, phrase = bracket["acronym"], phrase[: bracket.start()]
    entry = reader.lex.lookup(phrase)
    if entry is not None and entry.section != "people":
        return entry.actor
    bare = phrase[2:] if phrase[:2].lower() in {"l'", "l’"} else phrase
    for article in ("la ", "le ", "les "):
        if bare.lower().startswith(article):
            bare = bare[len(article) :]
    if not bare:
        return None
    words = fold(bare).split()
    if words[0] in reader.statal and words[-1] in reader.lex.demonyms:
        state = reader.lex.entries.get(reader.lex.demonyms[words[-1]])
        if state is not None:  # `du gouvernement éthiopien`
            return state.actor
    if words[0] in reader.groups:
        return Actor(bare, ActorKind.GROUP)
    if named and bare[:1].isupper():
        return Actor(with_acronym(bare, acronym), ActorKind.ORGANIZATION)
    return None


def _person_of(m: ActorMention, text: str, reader: _Reader,
               people: Sequence[Actor]) -> ActorMention:
    """A person mention with what its own words tell (the actor layer may leave them out).

    ``le chef de l'AIEA`` left as a role → the person named before (or the lexicon's
    only one) who holds an office of that organisation on the article date; ``le chef
    des renseignements égyptiens X`` → X's country from the demonym; a role phrase tied
    to a person of another country or office (``le ministre turc de la Défense`` read as
    the French foreign minister named before) → the lexicon's holder of that office, else
    the role itself.
    """
    actor = m.actor
    if actor is None or actor.kind is not ActorKind.PERSON:
        return m
    if m.form != "role" and not actor.name[:1].islower() and actor.country is not None:
        return m  # a named person whose country is known: nothing to add
    words = fold(text[m.start : m.end]).split()
    if m.form == "role" and actor.name[:1].isupper():
        other = _other_person(words, actor, reader)
        if other is not None:
            return attrs.evolve(m, actor=other)
    if actor.name[:1].islower():
        opened = bool(words) and words[0] in reader.grammar.plural_determiners
        head = " ".join(words[1:3]) if opened else ""
        phrase = text[m.start : m.end]
        cut = max(phrase.find(" de "), phrase.find(" du "), phrase.find(" des "))
        org = reader.lex.lookup(phrase[cut:].split(" ", 2)[-1]) if cut != -1 else None
        chief = head.split(" ")[0] in reader.grammar.chiefs or head in reader.grammar.chiefs
        if org is not None and org.section == "organizations" and chief:
            holder = reader.org_head(org.id, people)
            if holder is not None:
                return attrs.evolve(m, actor=holder)
        return m
    if actor.country is None:
        for word in words:
            country = reader.lex.demonyms.get(word)
            if country is not None:
                return attrs.evolve(m, actor=attrs.evolve(actor, country=country))
    return m


def _other_person(words: Sequence[str], actor: Actor, reader: _Reader) -> Actor | None:
    """The person a role phrase names when it cannot be ``actor``, or ``None``.

    The phrase and the person disagree on the country (a demonym in each) or on the
    office (``ministre de la Défense`` and ``ministre des Affaires étrangères``).
    """
    lex = reader.lex
    country = next((lex.demonyms[w] for w in words if w in lex.demonyms), None)
    role = fold(actor.role or "").split()
    known = next((lex.demonyms[w] for w in role if w in lex.demonyms), actor.country)
    office = _office_in(words, reader)
    held = _office_in(role, reader) or reader.office_of(actor)
    if not ((country and known and country != known) or (office and held and office != held)):
        return None
    holder = reader.holder(office, country) if office and country else None
    if holder is not None:
        return holder
    phrase = " ".join(words[1:] if words and words[0] in reader.grammar.determiners else words)
    return Actor(phrase, ActorKind.PERSON, phrase, country)


def _office_in(words: Sequence[str], reader: _Reader) -> str | None:
    """The office the longest run of ``words`` from the role noun names (demonyms left out)."""
    kept = [w for w in words if w not in reader.lex.demonyms]
    if kept and kept[0] in reader.grammar.determiners | {"l"}:
        kept = kept[1:]
    for size in range(min(len(kept), 8), 0, -1):
        office = reader.lex.office_phrases.get(" ".join(kept[:size]))
        if office is not None:
            return office
    return None


def _compound_parties(text: str, lower: str, grammar: _Grammar,
                      lex: ActorLexicon) -> list[ActorMention]:
    """States named by a compound adjective after a meeting noun (``pourparlers russo-turcs``)."""
    found = []
    for m in _COMPOUND.finditer(lower):
        parts = m[1].split("-")
        ids = [grammar.compound_demonyms.get(p) for p in parts[:-1]]
        last = lex.demonyms.get(fold(parts[-1]))
        if last is None or None in ids or not grammar.noun.search(
                lower, max(0, m.start() - 45), m.start()):
            continue
        pos = m.start()
        for part, state in zip(parts, [*ids, last], strict=True):
            entry = lex.entries.get(state) if state else None
            if entry is not None:
                found.append(ActorMention(pos, pos + len(part), entry.actor, "plural", None,
                                          True))
            pos += len(part) + 1
    return found


def _parties_of_article(layers: Layers, grammar: _Grammar) -> list[ActorMention]:
    """Resolved actor mentions, plural roles and groups read as the parties they name."""
    text, lower = layers.norm.text, layers.norm.lower
    reader = _Reader(actor_lexicon(), grammar.groups, layers.date, grammar, grammar.statal)
    out: list[ActorMention] = []
    office: str | None = None
    people: list[Actor] = []  # the people named so far, latest last (a bounded list)
    mentions = sorted(layers.actors, key=lambda x: (x.start, -x.end))
    for m in mentions:
        actor = m.actor
        if (actor is not None and actor.kind is ActorKind.PERSON and actor.country
                and reader.office_of(actor) in _LEADING_OFFICES):
            named = reader.leaders.setdefault(actor.country, [])
            if len(named) < 30:
                named.append((m.start, actor))
    sentence_starts = [span.start for span in layers.sentences]
    peers = _peers(mentions, text, reader, sentence_starts)
    for found in mentions:
        m = _unswallowed(found, text, reader)
        m = _counterpart_of(m, text, reader, peers, sentence_starts)
        parts = (_plural_parties(m, text, reader, office)
                 if m.plural or m.actor is None or m.form == "role"
                 or _NEXT_DEMONYM.match(text, m.end) else None)
        if parts is not None:
            out.extend(parts)
        elif m.actor is not None:
            out.append(_person_of(m, text, reader, people))
        if m.actor is not None and m.actor.kind is ActorKind.PERSON:
            office = reader.office_of(m.actor) or office
            if m.actor.name[:1].isupper():
                people = [*people[-29:], m.actor]
    out = _coordinated_envoys(out, text, reader)
    out = _envoys_of_states(out, text, reader)
    taken = sorted((m.start, m.end) for m in out)
    extra = [*_compound_parties(text, lower, grammar, reader.lex),
             *_unnamed_parties(text, reader)]
    for c in sorted(extra, key=lambda x: (x.start, x.end)):
        k = bisect.bisect_right(taken, (c.start, len(text)))
        if (k and taken[k - 1][1] > c.start) or (k < len(taken) and taken[k][0] < c.end):
            continue  # over a mention already
        out.append(c)
    out.sort(key=lambda x: (x.start, x.end))
    return out


_Peer = tuple[int, Actor, str | None]
"""A person named in the article: where, who, and the office the text or lexicon gives."""


def _peers(mentions: Sequence[ActorMention], text: str, reader: _Reader,
           sentence_starts: Sequence[int]) -> list[_Peer]:
    """The named people of the article in text order, each with its office.

    A person set off after ``son homologue arménien,`` or in ``ses homologues arménien,
    A, et azerbaïdjanais, B`` holds the office of the sentence's first person (its
    subject) in the state of the demonym.
    """
    out: list[_Peer] = []
    for m in mentions:
        actor = m.actor
        if actor is None or actor.kind is not ActorKind.PERSON or not actor.name[:1].isupper():
            continue
        # `ses homologues arménien, A`: one named person at the end of a plural phrase
        name_at = m.end - len(actor.name) if text.endswith(actor.name, m.start, m.end) else None
        if m.plural and (name_at is None or name_at == m.start):
            continue
        head = m.start if name_at is None else name_at
        own = _office_in(fold(text[m.start : m.end]).split(), reader) if not m.plural else None
        office = own or _office_in(fold(actor.role or "").split(), reader)
        office = office or reader.office_of(actor)
        if office is None:
            floor = sentence_starts[max(0, bisect.bisect_right(sentence_starts, m.start) - 1)]
            country = _counterpart_state(text, max(floor, head - 160), head, reader)
            first = bisect.bisect_left(out, floor, key=lambda p: p[0])
            subject = out[first] if first < len(out) else None
            if country is not None and subject is not None and subject[2] is not None:
                office = subject[2]
                if actor.country is None:
                    actor = attrs.evolve(actor, country=country)
        out.append((m.start, actor, office))
    return out


_COUNTERPART_LIST = _Pattern(
    r"(?<!\w)(?:son|sa|ses|leur|leurs)\s{1,3}(?:homologues?|interlocut\w{2,6})\s{1,3}"
    r"(?:[^.;:«»()]{0,120}?,\s{1,3}(?:et\s{1,3})?)?"
    r"(?P<demonym>[\w\-]{3,25})\s{0,2},\s{0,3}$")
"""``son homologue arménien,`` / ``ses homologues arménien, A, et azerbaïdjanais,`` right
before a name."""


def _counterpart_state(text: str, start: int, pos: int, reader: _Reader) -> str | None:
    """The state of the demonym when ``[start, pos)`` ends with a counterpart's apposition."""
    m = _COUNTERPART_LIST.search(fold_passage(text[start:pos]))
    if m is None:
        return None
    return reader.lex.demonyms.get(m["demonym"])


def _counterpart_of(m: ActorMention, text: str, reader: _Reader, peers: Sequence[_Peer],
                    sentence_starts: Sequence[int]) -> ActorMention:
    """``son homologue (égyptien)``: the person of another state holding the subject's office.

    The subject is the first person the sentence names before the phrase (else the person
    named last before it); the counterpart is the person nearest the phrase, before or
    after it in the article, whom the text or the lexicon gives the same office in another
    state (the state of the demonym, if one follows), else the lexicon's holder of that
    office in the demonym's state. None found: the mention as it was.
    """
    words = fold(text[m.start : m.end]).split()
    if (m.plural or len(words) < 2 or words[0] not in {"son", "sa"}
            or words[1] not in reader.grammar.counterparts or len(words) > 3):
        return m
    country = reader.lex.demonyms.get(words[2]) if len(words) == 3 else None
    if len(words) == 3 and country is None:
        return m
    k = bisect.bisect_left([p[0] for p in peers], m.start)
    floor = sentence_starts[max(0, bisect.bisect_right(sentence_starts, m.start) - 1)]
    inside = [p for p in peers[max(0, k - _PEER_RECALL) : k] if p[0] >= floor]
    subject = inside[0] if inside else (peers[k - 1] if k else None)
    if subject is None or subject[2] is None:
        return m
    best: tuple[int, Actor] | None = None
    for pos, actor, office in (*peers[max(0, k - _PEER_RECALL) : k],
                               *peers[k : k + _PEER_RECALL]):
        if (office != subject[2] or actor.name == subject[1].name
                or (country is not None and actor.country != country)
                or (subject[1].country is not None and actor.country == subject[1].country)):
            continue
        distance = abs(pos - m.start)
        if best is None or distance < best[0]:
            best = (distance, actor)
    if best is None and country is not None:  # none named: the lexicon's holder
        holder = reader.holder(subject[2], country)
        best = (0, holder) if holder is not None else None
    return m if best is None else attrs.evolve(m, actor=best[1], form="role")


_PEER_RECALL = 30
"""Named people read on each side of ``son homologue`` for the counterpart."""


_PLURAL_HEAD = _Pattern(
    r"(?:les|des|leurs|ses)\s{1,3}(?P<head>[\w\-]{3,20})\s{1,3}(?:de|des|du|d')",
    regex.IGNORECASE)
"""A plural role opening a phrase (``Les chefs de la diplomatie de``)."""
_OF_NEXT = _Pattern(
    r"[^,;.:«»\"]{0,30}?(?:\s{0,2},\s{1,3}(?:et\s{1,3})?|\s{1,3}et\s{1,3})"
    r"(?:de|du|des|d')\s{0,3}(?:la\s{1,3}|l')?$")
"""What links two states of one list: ``, de la``, ``et de l'`` (after a short phrase)."""
_OF_STEP = _Pattern(
    r"(?:\s{0,2},\s{1,3}(?:et\s{1,3})?|\s{1,3}et\s{1,3})"
    r"(?:de|du|des|d')\s{0,3}(?:la\s{1,3}|l')?$")
"""The link between two states of the list, right between them."""


def _envoys_of_states(out: list[ActorMention], text: str,
                      reader: _Reader) -> list[ActorMention]:
    """``Les chefs de la diplomatie de l'Égypte, de la France et de l'UE``: each state or body.

    A plural role of envoys or leaders followed by a list of states or bodies (``de A, de B
    et de C``) stands for them, whatever the actor layer made of the role (a person of the
    first state, or a group ``diplomatie de plusieurs``): the list is read as one party each.
    """
    grammar = reader.grammar
    result: list[ActorMention] = []
    i = 0
    while i < len(out):
        m = out[i]
        head = _PLURAL_HEAD.match(text, m.start, m.end)
        if head is None or fold(head["head"]) not in grammar.envoys | grammar.leaders:
            result.append(m)
            i += 1
            continue
        chain: list[ActorMention] = []
        j, pos = i + 1, m.end
        while j < len(out) and len(chain) < 8:
            nxt = out[j]
            link = (_OF_NEXT if not chain else _OF_STEP).search(text, pos, nxt.start)
            if link is None or link.end() != nxt.start or nxt.actor is None or (
                    nxt.actor.kind not in {ActorKind.STATE, ActorKind.ORGANIZATION}):
                break
            chain.append(nxt)
            pos, j = nxt.end, j + 1
        first = None  # the state named inside the role (`… de l'Égypte`), if any
        if m.actor is not None and m.actor.kind is ActorKind.STATE:
            first = m.actor
        elif m.actor is not None and m.actor.kind is ActorKind.PERSON and m.actor.country:
            entry = reader.lex.entries.get(m.actor.country)
            first = entry.actor if entry is not None else None
        if not chain:
            result.append(m)
            i += 1
            continue
        # one span for the whole list: its states are the role's parties, not complements
        end = chain[-1].end
        states = [first] if first is not None else []
        result.extend(ActorMention(m.start, end, state, "plural", None, True)
                      for state in _unique([*states, *(_actor(c) for c in chain)]))
        i = j
    return result


_LEADING_OFFICES = frozenset({"head_of_state", "head_of_government", "supreme_leader"})
"""Offices whose holder is a country's leader (``les dirigeants russe et turc``)."""

_TRAILING = _Pattern(r"\s{1,3}(?:se|s'|ne|n'|y)\s{0,3}$", regex.IGNORECASE)
"""A pronoun of the verb that a mention took in (``les représentants du gouvernement se``)."""
_TRAILERS = frozenset({"se", "s'", "ne", "n'", "y"})
"""The words of ``_TRAILING``, folded."""


def _unswallowed(m: ActorMention, text: str, reader: _Reader) -> ActorMention:
    """A mention without what the actor layer let it take in by mistake.

    The pronoun of the verb after it (``les chefs de la diplomatie du G7 se retrouveront``),
    and a place and an envoy noun before the body it names (``à Bahir Dar des dirigeants
    du Front populaire de libération``): only the envoys are kept, as a plural role.
    """
    phrase = text[m.start : m.end]
    last = phrase.rsplit(maxsplit=1)[-1:]  # `_TRAILING` needs one of its words last
    trailing = _TRAILING.search(phrase) if last and last[0].casefold() in _TRAILERS else None
    if trailing is not None and trailing.start() > 0:
        m = attrs.evolve(m, end=m.start + trailing.start())
        phrase = text[m.start : m.end]
    actor = m.actor
    if (actor is None or actor.kind not in {ActorKind.ORGANIZATION, ActorKind.GROUP}
            or reader.lex.lookup(actor.name) is not None):
        return m
    for envoy in _ENVOY.finditer(phrase):
        if envoy.start() > 0 and fold(envoy["noun"]) in reader.grammar.envoys:
            return ActorMention(m.start + envoy.start(), m.end, None, "role", None, True)
    return m


_ENVOY = _Pattern(
    r"(?<!\w)(?:(?:des|les|de|aux)\s{1,3})?(?P<noun>[a-zà-ÿ][a-zà-ÿ\-]{3,20})"
    r"\s{1,3}(?:du|de|des|d')(?=[\s'’])")
"""A lower-case noun before ``de``/``du`` inside a name (``des dirigeants du Front…``)."""
_POSSESSED = _Pattern(
    r"(?<!\w)(?:ses|leurs)\s{1,3}(?P<noun>collègues|homologues|pairs|partenaires|alliés"
    r"|interlocuteurs|interlocutrices|voisins)(?P<more>(?:\s{1,3}[a-zà-ÿ][a-zà-ÿ\-]{2,20}){0,2})"
    r"(?!\w)",
    hints=("collègues", "homologues", "pairs", "partenaires", "alliés", "interlocut", "voisins"))
"""A plural role owned by the subject (``ses collègues africains``)."""
_DEMONYM_PERSON = _Pattern(
    rf"""(?<!\w)(?:le|la|l'|du|au)\s{{1,3}}(?P<demonym>{_UPPER}[a-zà-ÿ\-]{{3,20}})\s{{1,3}}
    (?P<name>{_UPPER}[\w\-]{{1,25}}(?:\s{{1,3}}(?:(?:de|el|al|ben|bin|ould|van|von|da|di)\s{{1,3}})?
    {_UPPER}[\w\-]{{1,25}}){{1,3}})""",
    regex.VERBOSE,
)
"""A person named after a capitalised demonym (``le Ghanéen Kwame Mensah``)."""
_DEMONYM_PAIR = _Pattern(
    rf"""(?<!\w)(?:(?:les|Les)\s{{1,3}})?(?P<a>{_UPPER}[a-zà-ÿ\-]{{3,20}}[sx])\s{{1,3}}et\s{{1,3}}
    (?:les\s{{1,3}})?(?P<b>{_UPPER}[a-zà-ÿ\-]{{3,20}}[sx])(?!\w)""",
    regex.VERBOSE,
)
"""Two peoples named together (``entre Israéliens et Palestiniens``, ``Les Russes et les
Turcs``)."""
_BARE_ENVOYS = _Pattern(
    r"(?<!\w)entre\s{1,3}(?P<noun>[a-zà-ÿ\-]{4,20})\s{1,3}(?P<a>[a-zà-ÿ\-]{3,20})"
    r"(?P<more>(?:\s{0,2},\s{1,3}[a-zà-ÿ\-]{3,20}){0,4})\s{1,3}et\s{1,3}(?P<b>[a-zà-ÿ\-]{3,20})(?!\w)",
    hints=("entre",))
"""Envoys of several states without a determiner (``entre diplomates américains et russes``)."""
_DEMONYM_END = _Pattern(r"(?:een|eenne|ien|ienne|ais|aise|ois|oise|ain|aine)$")
"""How a demonym the lexicon lacks ends (``Ghanéen``, ``Togolais``), folded."""
_FUNCTION_WORDS = frozenset({
    "et", "ou", "de", "du", "des", "d", "à", "au", "aux", "en", "pour", "par", "sur", "lors",
    "qui", "que", "qu", "dont", "le", "la", "les", "l", "un", "une", "avec", "dans", "afin",
    "mais", "puis", "ce", "cette", "ces", "se", "s", "sans", "ont", "a", "sont", "est", "ne",
    "n", "y"})


_OF_BODY = _Pattern(r"\s{1,3}(?:de\s{1,3}la\s{1,3}|de\s{1,3}l'|du\s{1,3}|des\s{1,3}|d')")
"""The preposition after ``ses collègues`` that names their body (``de la Cédéao``)."""


def _body_after(text: str, pos: int, reader: _Reader) -> Actor | None:
    """The organisation or state named right after ``pos`` (``de la Cédéao``), or ``None``."""
    m = _OF_BODY.match(text, pos)
    if m is None:
        return None
    words = text[m.end() : m.end() + 80].split()[:6]
    for size in range(len(words), 0, -1):
        entry = reader.lex.lookup(" ".join(words[:size]).rstrip(".,;:"))
        if entry is not None and entry.section != "people":
            return entry.actor
    return None


def _unnamed_parties(text: str, reader: _Reader) -> list[ActorMention]:
    """Parties the actor layer gives no mention for, as mentions.

    ``ses collègues africains`` (a plural role owned by the subject: one group party),
    ``le Ghanéen Kwame Mensah`` (a person named after a capitalised demonym) and ``entre
    Israéliens et Palestiniens`` (two peoples named together: their states).
    """
    found = []
    for m in _DEMONYM_PAIR.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].rstrip()
        if not (before.endswith(("entre", ".", ",", ";", ":", "\n")) or not before):
            continue  # two sides after `entre` or as a subject; `des Syriens` are people
        states = [reader.lex.entries.get(reader.lex.demonyms.get(fold(m[side]), ""))
                  for side in ("a", "b")]
        if states[0] is not None and states[1] is not None and states[0] != states[1]:
            found.append(ActorMention(m.start(), m.end("a"), states[0].actor, "plural", None,
                                      True))
            found.append(ActorMention(m.start("b"), m.end("b"), states[1].actor, "plural",
                                      None, True))
    for m in _BARE_ENVOYS.finditer(text):
        if m["noun"] not in reader.grammar.envoys or not m["noun"].endswith(("s", "x")):
            continue
        sides = [(m.start("a"), m.end("a"))]
        sides += [(w.start(), w.end()) for w in _WORD_RUN.finditer(text, m.start("more"),
                                                                   m.end("more"))]
        sides.append((m.start("b"), m.end("b")))
        entries = [reader.lex.entries.get(reader.lex.demonyms.get(fold(text[s:e]), ""))
                   for s, e in sides]
        if all(e is not None for e in entries) and len({e.id for e in entries if e}) >= 2:
            found.extend(ActorMention(m.start("noun") if k == 0 else s, e, entry.actor,
                                      "plural", None, True)
                         for k, ((s, e), entry) in enumerate(zip(sides, entries, strict=True))
                         if entry is not None)
    for m in _POSSESSED.finditer(text):
        words = [m["noun"]]
        for word in m["more"].split():
            if fold(word) in _FUNCTION_WORDS or fold(word) in reader.lex.demonyms:
                break
            words.append(word)
        end = m.start("noun") + len(" ".join(words))
        body = _body_after(text, end, reader) if len(words) == 1 else None
        found.append(ActorMention(m.start(), end,
                                  body or Actor(" ".join(words), ActorKind.GROUP),
                                  "plural", None, True))
    for m in _DEMONYM_PERSON.finditer(text):
        demonym = fold(m["demonym"])
        country = reader.lex.demonyms.get(demonym)
        if country is not None or (_DEMONYM_END.search(demonym)
                                   and m["demonym"].lower() not in reader.grammar.not_demonyms):
            name = " ".join(m["name"].split())
            found.append(ActorMention(m.start(), m.end(),
                                      Actor(name, ActorKind.PERSON, None, country), "name",
                                      None, False))
    return found


_AND_OF_GAP = _Pattern(
    r"\s{1,3}(?:et|ou|ainsi\s{1,3}que)\s{1,3}(?:de\s{1,3}la\s{1,3}|de\s{1,3}l'|du\s{1,3}|des\s{1,3}"
    r"|de\s{1,3}|d')?\s{0,3}")
"""``et du`` between the body of envoys and a second body (``… éthiopien et du TPLF``)."""


def _coordinated_envoys(out: list[ActorMention], text: str,
                        reader: _Reader) -> list[ActorMention]:
    """``les représentants du gouvernement éthiopien et du TPLF``: both bodies are parties.

    The second body follows ``et du``, which would make it a complement; it takes the
    span of the envoys, so that it stands where they stand.
    """
    out.sort(key=lambda x: (x.start, x.end))
    for i in range(len(out) - 1):
        m, n = out[i], out[i + 1]
        if (m.plural and n.start > m.end
                and n.actor is not None and n.actor.kind is not ActorKind.PERSON
                and _led_by_envoys(m, text, reader)
                and _AND_OF_GAP.fullmatch(text, m.end, n.start)
                and text[m.end : n.start].strip().split()[-1] not in {"et", "ou", "que"}):
            out[i + 1] = attrs.evolve(n, start=m.start, end=m.end, plural=True)
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _led_by_envoys(m: ActorMention, text: str, reader: _Reader) -> bool:
    """Whether the mention opens with an envoy noun (``les représentants``)."""
    words = fold(text[m.start : m.end]).split()[:3]
    envoys = [w for w in words if w not in reader.grammar.plural_determiners][:1]
    return bool(envoys) and envoys[0] in reader.grammar.envoys


def _fronted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a sentence-initial place adverbial (``A Paris,``), or ``None``."""
    m = _FRONTED.match(text, start, end)
    return (m.start(), m.end()) if m is not None else None


def _absorb_envoys(lower: str,
                   mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """``une délégation du Hamas`` → the Hamas; a bare ``la délégation`` is no party.

    ``mentions`` itself when it names no delegation.
    """
    if not any(_delegation(m) for m in mentions):
        return mentions
    out: list[ActorMention] = []
    pending: ActorMention | None = None
    for m in mentions:
        if pending is not None:
            gap = lower[pending.end : m.start].strip()
            if gap in {"de", "du", "des", "d'", "de la", "de l'"}:
                out.append(attrs.evolve(m, start=pending.start, plural=True))
                pending = None
                continue
            pending = None
        if _delegation(m):
            pending = m
            continue
        out.append(m)
    return tuple(out)


def _delegation(m: ActorMention) -> bool:
    """Whether ``m`` is a bare ``délégation``, a body that stands for the party after it."""
    actor = m.actor
    return (actor is not None and actor.kind in {ActorKind.GROUP, ActorKind.ORGANIZATION}
            and actor.country is None and fold(actor.name) in {"delegation", "delegations"})


def _needed(lower: str, bounds: Sequence[tuple[int, int]], cues_of: Sequence[Sequence[_Cue]],
            grammar: _Grammar) -> list[bool]:
    """Which sentences are ever read: those with a cue and the two before each.

    A sentence read that names ``les deux pays`` reads the two sentences before it too.
    """
    needed = [any(cues_of[i : i + 3]) for i in range(len(bounds))]
    for i in range(len(bounds) - 1, 0, -1):
        if needed[i] and grammar.pair.search(lower, *bounds[i]):
            needed[i - 1] = True
            needed[max(0, i - 2)] = True
    return needed


def _pair_parties(lower: str, sentence: _Sentence, recent: Sequence[_Candidate],
                  previous: Sequence[_Sentence], grammar: _Grammar) -> _Sentence:
    """``les deux pays``, ``les deux ministres``: the two sides last named, as mentions.

    The two sides of the last meeting with two sides or the last pair ``A et B`` of the
    sentences before, whichever was named last: people for ``ministres``, ``dirigeants``…,
    not two people for ``pays``…, any two for ``rivaux``, ``adversaires``…
    """
    added: list[ActorMention] = []
    spans: list[tuple[int, int]] = []
    for m in grammar.pair.finditer(lower, sentence.start, sentence.end):
        noun = " ".join(m["noun"].split())
        want = ("people" if noun in grammar.pair_people
                else "either" if noun in grammar.pair_either else "sides")
        office = grammar.pair_offices.get(noun)
        sides = _last_sides(recent, want, office)
        named = _last_pair(lower, [*previous, sentence], m.start(), want, office)
        leads = _last_leads(previous, sentence, m.start()) if want == "people" else None
        if leads is not None and not (_holds(leads[1][0], office) and _holds(leads[1][1], office)):
            leads = None
        found = max((p for p in (sides, named, leads) if p is not None), key=lambda p: p[0],
                    default=None)
        if found is None:
            continue
        pair = found[1]
        mid = m.start("noun")
        added.append(ActorMention(m.start(), mid - 1, pair[0], "pair", None, True))
        added.append(ActorMention(mid, m.end(), pair[1], "pair", None, True))
        spans.append((m.start(), m.end()))
    if not added:
        return sentence
    kept = []
    k = 0
    for x in sentence.mentions:  # spans and mentions are in text order: one pass
        while k < len(spans) and spans[k][1] <= x.start:
            k += 1
        if k < len(spans) and spans[k][0] < x.end:
            continue  # inside `les deux pays`
        kept.append(x)
    merged = sorted([*kept, *added], key=lambda x: (x.start, x.end))
    return attrs.evolve(sentence, mentions=tuple(merged))


def _last_leads(previous: Sequence[_Sentence], sentence: _Sentence,
                pos: int) -> tuple[int, tuple[Actor, Actor]] | None:
    """The first person named in each of the two sentences before, if they differ.

    ``Pour X, … . Son homologue Y a plaidé pour le dialogue avec Z. Les deux hommes se
    sont entretenus``: the two men are the people each sentence is about (X and Y), not
    the last two names. The position is that of the later one.
    """
    if any(m.end <= pos for m in sentence.mentions) or len(previous) < 2:
        return None  # a party named before in the same sentence: not this reading
    firsts = []
    for earlier in previous[-2:]:
        person = next((m for m in earlier.mentions if _actor(m).kind is ActorKind.PERSON
                       and _actor(m).name[:1].isupper()), None)
        if person is None:
            return None
        firsts.append(person)
    a, b = _actor(firsts[0]), _actor(firsts[1])
    return (firsts[1].start, (a, b)) if a.name != b.name else None


def _holds(actor: Actor, office: str | None) -> bool:
    """Whether ``actor`` may hold ``office`` (any office when the article gives none)."""
    return office is None or actor.role is None or office in fold(actor.role)


def _last_sides(recent: Sequence[_Candidate], want: str,
                office: str | None = None) -> tuple[int, tuple[Actor, Actor]] | None:
    """The two sides of the latest meeting that has exactly two (mediators left out).

    ``want`` is ``people`` (two people), else any two; ``office``: an office both hold
    (see :func:`_holds`); the position is the meeting's cue. Of meetings held separately
    with two people, the two are the sides.
    """
    for c in reversed(recent[-8:]):
        sides = [a for a in c.participants if a.name in c.core and a not in c.mediators]
        if c.separate and len(c.objects) == 2 and c.subjects:
            sides = list(c.objects)  # `X a reçu séparément A et B. Les deux hommes…`
        people = all(a.kind is ActorKind.PERSON for a in sides)
        if len(sides) == 2 and (want == "either" or people == (want == "people")) and all(
                _holds(a, office) for a in sides):
            return c.cue[0], (sides[0], sides[1])
    return None


def _last_pair(lower: str, sentences: Sequence[_Sentence], pos: int, want: str,
               office: str | None = None) -> tuple[int, tuple[Actor, Actor]] | None:
    """The last ``A et B`` before ``pos``, and where it is.

    ``want``: ``people`` (two people), ``sides`` (not two people) or ``either``;
    ``office``: an office both hold (see :func:`_holds`).
    """
    for sentence in reversed(sentences):
        last = bisect.bisect_left(sentence.mentions, pos, key=lambda m: m.start)
        mentions = [m for m in sentence.mentions[max(0, last - 12) : last] if m.end <= pos]
        for a, b in reversed(list(itertools.pairwise(mentions))):
            if lower[a.end : b.start].strip(" ,") != "et":
                continue  # (`A, et B` closes an apposition to A)
            people = {_actor(a).kind, _actor(b).kind} == {ActorKind.PERSON}
            if (want == "either" or people == (want == "people")) and _actor(a) != _actor(b) and (
                    _holds(_actor(a), office) and _holds(_actor(b), office)):
                return b.start, (_actor(a), _actor(b))
    return None


# -- merging and records ---------------------------------------------------------------------


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    """Whether two mentions can report the same event."""
    if (a.separate or b.separate) and a.core != b.core:
        return False  # `séparément`: distinct meetings
    shared = a.names & b.names
    if a.names != b.names and a.core != b.core:
        # `la réunion, tenue sous l'égide de X`: a definite noun names the event told
        # before when its parties are among that event's
        anaphor = (b.definite and bool(b.sides) and b.sides <= a.sides) or (
            a.definite and bool(a.sides) and a.sides <= b.sides)
        if a.sentence == b.sentence:
            if not (a.core & b.core) or not (a.core <= b.core or b.core <= a.core):
                return False  # two meetings of one traveller in one sentence
        elif (len(shared) < 2 and not anaphor and not _same_nations(a, b)
              and not _trip(a, b) and not _trip(b, a)):
            return False
        if (a.beside is None) != (b.beside is None):
            return False  # a talk on the sidelines is not the conference itself
    modes = {a.mode, b.mode} - {MeetingMode.UNSPECIFIED}
    if len(modes) > 1:
        return False
    held = {MeetingStatus.HELD, MeetingStatus.ONGOING}
    if a.status != b.status and not {a.status, b.status} <= held:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    return not (a.location and b.location and a.location != b.location)


def _trip(visit: _Candidate, meeting: _Candidate) -> bool:
    """Whether ``visit`` is a lone trip and ``meeting`` a meeting of the traveller during it.

    ``X s'est rendu mercredi à Kiev. Il y a été reçu par Y.``: one event.
    """
    return (visit.family == "visit" and visit.sides == {visit.visitor.name if visit.visitor
                                                          else ""}
            and visit.sides <= meeting.sides and 0 <= meeting.sentence - visit.sentence <= 2)


def _same_nations(a: _Candidate, b: _Candidate) -> bool:
    """Whether one mention names states and the other the envoys of two of them.

    ``les États-Unis, le Qatar et l'Égypte`` and the spy chiefs of the three.
    """

    def statal(c: _Candidate) -> bool:
        sides = [p for p in c.participants if p.name in c.sides]
        return bool(sides) and all(p.kind is ActorKind.STATE for p in sides)

    return (statal(a) or statal(b)) and len(a.nations & b.nations) >= 2


def _merge(a: _Candidate, b: _Candidate) -> _Candidate:
    """One event from two of its mentions (the first keeps its span and cue)."""
    mode = a.mode if a.mode is not MeetingMode.UNSPECIFIED else b.mode
    family = a.family if a.family not in {"talk", "meet"} else b.family
    return attrs.evolve(
        a,
        unmarked=a.unmarked or b.unmarked,
        family=family,
        participants=_unique([*a.participants, *b.participants]),
        mediators=_unique([*a.mediators, *b.mediators]),
        mode=mode,
        date=a.date or b.date,
        location=a.location or b.location,
        host=a.host or b.host,
        visitor=a.visitor or b.visitor,
        beside=a.beside or b.beside,
        direct=a.direct if a.direct is not None else b.direct,
        core=a.core | b.core,
        nations=a.nations | b.nations,
    )


def _cameo(c: _Candidate, grammar: _Grammar) -> str:
    """The CAMEO code of an event (see ``[cameo]`` in the data file)."""
    codes = grammar.cameo
    if c.status is MeetingStatus.REQUESTED:
        return codes["appeal"]
    if c.status in _NOT_HELD:
        return codes["intent"]
    if c.mediators or c.family == "mediate":
        return codes["mediate"]
    if c.family == "negotiate":
        return codes["negotiate"]
    if c.mode is MeetingMode.PHONE:
        return codes["phone"]
    if c.family == "visit":
        return codes["visit"]
    if c.family == "host":
        return codes["host"]
    if c.mode is MeetingMode.IN_PERSON and c.location is not None:
        return codes["third_place"]
    return codes["consult"]


def _record(layers: Layers, c: _Candidate, mentions: Sequence[tuple[int, int]],
            grammar: _Grammar) -> Meeting:
    """The :class:`Meeting` of a merged event told in ``mentions``, in the caller's offsets.

    An event whose mentions name no channel takes the one its verb implies, if any
    (``X s'est entretenu avec Y``: in person); only here, after merging, so that a later
    ``au téléphone`` about the same talk still gives its channel.
    """
    if c.mode is MeetingMode.UNSPECIFIED and c.unmarked is not None:
        c = attrs.evolve(c, mode=c.unmarked)
    norm = layers.norm
    cameo = _cameo(c, grammar)
    plover, plover_mode = grammar.plover.get(cameo, ("CONSULT", ""))
    return Meeting(
        participants=c.participants,
        mode=c.mode,
        status=c.status,
        date=c.date,
        location=c.location,
        span=norm.span(*mentions[0]),
        cameo=cameo,
        mentions=tuple(norm.span(s, e) for s, e in mentions),
        cue=norm.mention(*c.cue),
        plover=plover,
        plover_mode=plover_mode or None,
        host=c.host,
        visitor=c.visitor,
        mediators=c.mediators,
        beside=c.beside,
        direct=c.direct,
    )


def _inherit_day(c: _Candidate, sentences: Sequence[_Sentence],
                 dates: Sequence[tuple[int, int, DateMention]],
                 starts: Sequence[int], lower: str) -> _Candidate:
    """A held meeting without a day takes the one day of the sentence before on the same parties.

    A follow-up sentence (``Le ministre a parlé à son homologue…``) often leaves out the
    day the sentence before gave to the same exchange; ``le même jour`` next to the cue
    is the last day the sentence before names, whoever it names.
    """
    if c.date is not None or c.status is not MeetingStatus.HELD or c.sentence == 0:
        return c
    before = sentences[c.sentence - 1]
    found = [d.range.day for s, e, d in dates[bisect.bisect_left(starts, before.start) :
                                               bisect.bisect_left(starts, before.end)]
             if e <= before.end and d.range and d.range.day]
    if _SAME_DAY.search(lower, max(c.span[0], c.cue[0] - 80), min(c.span[1], c.cue[1] + 40)):
        # `qui recevait le même jour X`, `s'est entretenu dans la foulée avec X`: the
        # last day of the nearest of the two sentences before that names one
        for back in sentences[max(0, c.sentence - 2) : c.sentence][::-1]:
            named_days = [d.range.day for s, e, d in dates[
                bisect.bisect_left(starts, back.start) : bisect.bisect_left(starts, back.end)]
                if e <= back.end and d.range and d.range.day]
            if named_days:
                return attrs.evolve(c, date=named_days[-1])
        return c
    named = {_actor(m).name for m in before.mentions}
    if len(c.names & named) < 2:
        return c
    days = set(found)
    return attrs.evolve(c, date=days.pop()) if len(days) == 1 else c


_SAME_DAY = _Pattern(r"(?<!\w)(?:(?:le|ce)\s{1,3}même\s{1,3}jour|le\s{1,3}jour\s{1,3}même"
                     r"|dans\s{1,3}la\s{1,3}foulée)(?!\w)", hints=("même", "foulée"))
"""The day a sentence before names (``le même jour``, ``le jour même``, ``dans la foulée``)."""


def _inherit_trip(c: _Candidate, before: Sequence[_Candidate]) -> _Candidate:
    """A meeting of a trip told just before takes the trip's day, place and channel.

    ``X s'est rendu mercredi à Kiev. … Il a été reçu par Y`` (the visitor of a visit
    in the two sentences before), ``X s'est ensuite entretenu avec Z`` (the meeting
    just before, with a party in common). A talk of no told channel whose subject is
    the traveller (``Il s'est entretenu avec Y``) is in person.
    """
    if c.status is not MeetingStatus.HELD or (
            c.date is not None and c.location is not None
            and c.mode is not MeetingMode.UNSPECIFIED):
        return c
    for earlier in reversed(before[-6:]):
        gap = c.sentence - earlier.sentence
        if gap > 6 or earlier.status is not MeetingStatus.HELD:
            break
        visit = (gap <= 2 and earlier.family == "visit" and earlier.visitor is not None
                 and earlier.visitor.name in c.names)
        step = c.follows and bool(earlier.sides & c.sides)
        if not (visit or step):
            continue
        mode = c.mode
        if mode is MeetingMode.UNSPECIFIED and earlier.mode is MeetingMode.IN_PERSON and (
                step or (visit and earlier.visitor in c.subjects)):
            # `X est arrivé à Lomé. Il s'est entretenu avec Y`: the traveller talks there
            mode = MeetingMode.IN_PERSON
        location = c.location
        if location is None or (earlier.host is not None and location == earlier.host.name):
            location = earlier.location or location  # `en Ukraine` → the city of the trip
        return attrs.evolve(c, date=c.date or earlier.date, location=location, mode=mode)
    return c


def _named(lower: str, mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """Drop a role left unnamed when a name follows it (``le président turc`` + the name)."""
    kept = []
    for i, m in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        generic = _actor(m).name.islower() and _actor(m).kind is ActorKind.PERSON
        if (generic and following is not None and following.start - m.end <= 25
                and _actor(following).kind is ActorKind.PERSON
                and not _actor(following).name.islower()
                and regex.fullmatch(r"[\w\s'-]*", lower[m.end : following.start])
                and not regex.search(r"(?<!\w)(?:et|de|du|des|d'|à|au|avec)(?!\w)",
                                     lower[m.end : following.start])):
            continue
        kept.append(m)
    return tuple(kept)


def meetings_in(layers: Layers) -> tuple[Meeting, ...]:
    """Every meeting, call, visit or round of talks the article reports, once per event.

    Reads ``layers.sentences``, ``layers.dates`` and ``layers.actors``; offsets of the
    records are in the caller's text.

    >>> import datetime
    >>> from syriadiplo._pipeline import layers_of
    >>> text = "Sergueï Lavrov s'est entretenu mardi par téléphone avec John Kerry."
    >>> [(m.mode, m.status, str(m.date), m.cameo)
    ...  for m in meetings_in(layers_of(text, datetime.date(2016, 5, 12)))]
    [(<MeetingMode.PHONE: 'phone'>, <MeetingStatus.HELD: 'held'>, '2016-05-10', '041')]
    """
    grammar = _grammar()
    text, lower = layers.norm.text, layers.norm.lower
    # ``MOSCOU, 5 mars 2020 (AFP) -`` is no party
    bounds = [(dateline_end(text, span), span.end) for span in layers.sentences]
    cues_of = [_cues(text, lower, begin, end, grammar) for begin, end in bounds]
    if not any(cues_of):
        return ()  # no meeting word: no party needs reading
    needed = _needed(lower, bounds, cues_of, grammar)
    resolved = _parties_of_article(layers, grammar)
    starts = [m.start for m in resolved]
    sentences = []
    for (begin, end), need in zip(bounds, needed, strict=True):
        if not need:  # never read: no cue here nor in the two sentences after
            sentences.append(_Sentence(begin, end, ()))
            continue
        lo = bisect.bisect_left(starts, begin)
        hi = bisect.bisect_left(starts, end)
        inside = _named(lower, [m for m in resolved[lo:hi] if m.end <= end])
        sentences.append(_Sentence(begin, end, inside, _fronted(text, begin, end)))
    to_text = layers.norm.to_text
    dates = sorted(((to_text(d.span.start), to_text(d.span.end), d) for d in layers.dates),
                   key=lambda d: (d[0], d[1]))
    date_starts = [d[0] for d in dates]
    candidates: list[_Candidate] = []
    for index in range(len(sentences)):
        if not needed[index]:
            continue
        sentence = _pair_parties(lower, sentences[index], candidates,
                                 sentences[max(0, index - 2) : index], grammar)
        absorbed = _absorb_envoys(lower, sentence.mentions)
        if absorbed is not sentence.mentions:
            sentence = attrs.evolve(sentence, mentions=absorbed)
        sentences[index] = sentence
        cues = cues_of[index]
        first_found = len(candidates)
        floor, governing = sentence.start, None
        for k, first in enumerate(cues):
            stop = cues[k + 1].start if k + 1 < len(cues) else None
            cue: _Cue | None = first
            for _ in range(_THEN_STEPS):  # the cue, then `…, puis avec Y` after it
                if cue is None:
                    break
                # a cue reads at most _REACH characters each side: a run-on "sentence" of
                # thousands of cues costs linear time, not quadratic
                window = _window(sentence, cue.start - _REACH, cue.end + _REACH)
                around = [*sentences[max(0, index - 2) : index], window]
                found = _candidates(layers, len(around) - 1, around, cue, dates, date_starts,
                                    grammar, _Context(floor, stop, governing, index))
                for c in found:
                    c = _inherit_trip(c, candidates)
                    candidates.append(_inherit_day(c, sentences, dates, date_starts, lower))
                if found:
                    governing = found[-1]
                floor = max(floor, found[-1].reach if found else cue.end)
                cue = (_then_cue(text, lower, first, floor, stop or sentence.end)
                       if found and first.kind != "noun" else None)
        candidates[first_found:] = _without_setting(text, sentence, candidates[first_found:])
    events: list[_Candidate] = []
    passages: list[dict[tuple[int, int], None]] = []  # each event's passages, in order
    for c in candidates:
        # the same event is reported within a few mentions: look back a bounded way
        for i in range(len(events) - 1, max(-1, len(events) - 1 - _LOOKBACK), -1):
            if _compatible(events[i], c):
                events[i] = _merge(events[i], c)
                passages[i].update(dict.fromkeys(c.mentions))
                break
        else:
            events.append(c)
            passages.append(dict.fromkeys(c.mentions))
    heads = _delegation_heads(text, resolved) if any(_statal(e) for e in events) else {}
    if heads:
        # `des pourparlers entre Oslo et Rome` … `chef de la délégation italienne, X`
        events = [attrs.evolve(e, participants=_unique(
            [*e.participants, *(heads[a.name] for a in e.participants if a.name in heads)]))
            if _statal(e) else e for e in events]
    return tuple(_record(layers, e, tuple(sorted(p)), grammar)
                 for e, p in zip(events, passages, strict=True))


_HEAD_BEFORE = _Pattern(
    r"(?:chef|cheffe|tête)\s{1,3}de\s{1,3}la\s{1,3}délégation\s{1,3}(?P<side>[\w\-]{3,25})"
    r"(?:\s{1,3}(?P<name>[A-ZÀ-Þ][\w\-]{2,25}))?", hints=("délégation",))
"""``chef de la délégation norvégienne, X`` before a person (or inside its mention)."""
_HEAD_AFTER = _Pattern(
    r"[^.;«»]{0,40}?(?<!\w)(?:conduisait|conduit|conduira|dirigeait|dirige|menait|mène"
    r"|à\s{1,3}la\s{1,3}tête\s{1,3}de)\s{1,3}la\s{1,3}délégation\s{1,3}(?:de\s{1,3}|d')?"
    r"(?P<side>[\w\-]{3,25})", hints=("délégation",))
"""``X, qui menait la délégation d'Oslo`` after a person."""


def _statal(c: _Candidate) -> bool:
    """Whether the named sides of an event are two states or more, and no one else."""
    sides = [p for p in c.participants if p.name in c.sides]
    return len(sides) >= 2 and all(p.kind is ActorKind.STATE for p in sides)


def _delegation_heads(text: str, mentions: Sequence[ActorMention]) -> dict[str, Actor]:
    """State name → the person the article names as head of its delegation (first named)."""
    lex = actor_lexicon()
    heads: dict[str, Actor] = {}
    for m in mentions:
        actor = m.actor
        if actor is None or actor.kind is not ActorKind.PERSON or actor.name.islower():
            continue
        found = None
        for before in _HEAD_BEFORE.finditer(text, max(0, m.start - 120), m.end):
            if not any(c in ".;«»" for c in text[before.end() : m.end - len(actor.name)]):
                found = before
        found = found or _HEAD_AFTER.match(text, m.end, min(len(text), m.end + 120))
        if found is None:
            continue
        side = found["side"]
        state = lex.demonyms.get(fold(side))
        entry = lex.entries.get(state) if state else lex.lookup(side)
        if entry is not None and entry.actor.kind is ActorKind.STATE:
            heads.setdefault(entry.actor.name, actor)
    return heads


_SETTING = _Pattern(
    r"\s{0,3}(?:Réuni|Rassemblé|Retrouvé)e?s?\s{1,3}[^,;:«»\"]{2,160},", hints=("R",))
"""A sentence opening on a participle of gathering (``Réunis vendredi à Prague pour un
sommet,``): where and when the subject that follows acts."""


def _without_setting(text: str, sentence: _Sentence,
                     found: list[_Candidate]) -> list[_Candidate]:
    """``Réunis lundi pour un sommet, A et B ont appelé X``: the call, on the summit's day.

    A gathering told in a participle that opens the sentence is the setting of the
    meeting its main clause tells when the same people take part in both: that meeting
    alone is a record, and it takes the setting's day when it has none.
    """
    if len(found) < 2:
        return found
    setting = _SETTING.match(text, sentence.start, sentence.end)
    if setting is None or not setting.start() <= found[0].cue[0] < setting.end():
        return found
    first = found[0]
    rest = [c for c in found[1:] if c.cue[0] >= setting.end()]
    if not rest or not first.names or not first.names <= rest[0].names:
        return found
    main = rest[0]
    if main.date is None and first.date is not None:
        main = attrs.evolve(main, date=first.date)
    return [main, *(c for c in found[1:] if c is not rest[0])]


_REACH = 400
"""Characters a cue reads on each side within its sentence."""

_THEN_STEPS = 4
"""A cue and at most three ``…, puis avec X`` after it."""

_THEN = _Pattern(r"\s{0,3},?\s{0,3}(?:et\s{1,3})?(?P<word>puis|ensuite)(?!\w)(?:\s{0,2},)?")
"""``…, puis`` right after the clause of a cue: the same verb with another party."""
_OBJECT_ENDS = _Pattern(
    rf"\s{{0,3}}(?:[.,;:)]|$|(?:à|au|aux|en|dans|lors|pour|avant|après|et|le|{_WEEKDAYS})"
    r"(?!\w))")
"""What may follow a direct object that ends its clause (not a verb: ``puis X a dit``)."""
_THEN_PREP = _Pattern(r"\s{0,3}(?:[a-zà-ÿ\-]{2,20}\s{1,3}){0,3}?"
                      rf"(?:{_INCISE_PLACE}\s{{0,2}},?\s{{1,3}}(?=avec(?!\w)))?"
                      r"(?P<prep>avec|à|au|aux)(?!\w)")
"""The preposition of the next party after ``puis`` (past a day and a place: ``puis mardi
à Amman avec``)."""
_THEN_PLACED_OBJECT = _Pattern(
    rf"\s{{0,3}}(?:[a-zà-ÿ\-]{{2,20}}\s{{1,3}}){{0,3}}?{_INCISE_PLACE}\s{{0,2}},?\s{{1,3}}"
    r"(?:l'|(?:le|la|les|son|sa|ses)\s)")
"""``puis mardi à Doha l'émir X``: a place, then the direct object of the verb again."""


def _then_cue(text: str, lower: str, cue: _Cue, reach: int, limit: int) -> _Cue | None:
    """``X s'est entretenu avec Y, puis avec Z``: the verb of ``cue`` again, at ``puis``.

    The party must be introduced the way the verb introduces it (``avec``, ``à``, or a
    direct object); a trip (``s'est rendu à X, puis à Y``) is left to the verbs after it.
    """
    if cue.verb is None or cue.family == "visit":
        return None
    m = _THEN.match(lower, reach, limit)
    if m is None:
        return None
    prep = _THEN_PREP.match(text, m.end(), min(limit, m.end() + 40))
    wanted = {"avec": {"avec"}, "à": {"à", "au", "aux"}}.get(cue.verb.object)
    if wanted is not None and (prep is None or prep["prep"] not in wanted):
        return None
    if wanted is None and prep is not None and _THEN_PLACED_OBJECT.match(
            text, m.end(), min(limit, m.end() + 80)) is None:
        return None  # a direct object, not `puis à Ankara`
    return attrs.evolve(cue, start=m.start("word"), end=m.end("word"), follows=True,
                        there=False)

_LOOKBACK = 40
"""Earlier events a new mention is compared with before it counts as a new event."""


def _window(sentence: _Sentence, start: int, end: int) -> _Sentence:
    """The part of ``sentence`` within ``[start, end)`` with the mentions inside it."""
    if start <= sentence.start and end >= sentence.end:
        return sentence
    lo, hi = max(sentence.start, start), min(sentence.end, end)
    first = bisect.bisect_left(sentence.mentions, lo, key=lambda m: m.start)
    last = bisect.bisect_left(sentence.mentions, hi, key=lambda m: m.start)
    inside = tuple(m for m in sentence.mentions[first:last] if m.end <= hi)
    return _Sentence(lo, hi, inside, sentence.fronted)
