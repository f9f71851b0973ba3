r"""Meetings: phone calls, visits, meetings and rounds of talks between named parties.

The extractor reads the layers computed before it (sentences, dates, actor
mentions) and runs in three steps, each a small set of ordered rules:

1. **Cues.** In each sentence, find the words that report a meeting
   (``data/meetings.toml``): a verb in a compound tense (``s'est entretenu``,
   ``ont été reçus``), a finite verb (``rencontrera``), an infinitive after a
   modal (``doivent se rencontrer``) or a noun (``des pourparlers``,
   ``un entretien téléphonique``). A verb form that follows a determiner is read
   as the noun it also spells (``la rencontre``). Negated and denied cues
   (``n'a pas rencontré``, ``a démenti avoir rencontré``) and traps
   (``conférence de presse``, a sports fixture) are dropped.
2. **Parties.** The subject is every actor mention between the start of the cue's
   clause and the cue that is not a complement (``de l'ONU``, ``selon X``); a
   pronoun or an elided subject stands for the last subject named before it. The
   other parties follow the cue (``avec X``, ``à X``, ``entre X et Y``, a direct
   object, ``du Conseil de sécurité`` right after a noun). Mediators come after
   ``sous l'égide de``, ``en présence de``. A meeting needs two parties, or one for
   a visit to a named place and for a body that meets (``le Conseil de sécurité
   se réunira``).
3. **Events.** Channel (cue, then markers such as ``par téléphone``), status
   (tense and modality), day (a date in the clause, the next such day for a
   planned meeting, else the day given to the same parties in the sentence
   before), place (``à Genève``, ``au Laos``), the larger meeting beside it
   (``en marge de``), and direct or indirect talks. Mentions of the same event
   (same parties, compatible channel, status, day and place) become one
   :class:`~syriadiplo.Meeting` whose ``mentions`` keeps every passage.

Offsets: sentences and actor mentions are in ``layers.norm.text``; dates and the
records returned are in the caller's text.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import regex

from syriadiplo._actors import ActorMention
from syriadiplo._data import load
from syriadiplo._dates import resolve_date
from syriadiplo._kinds import ActorKind, MeetingMode, MeetingStatus
from syriadiplo._layers import Layers
from syriadiplo._records import Actor, DateMention, Meeting

__all__ = ["meetings_in"]

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
    }
)
"""The status each tense gives a meeting verb (the conditional is a reported future)."""

_FINITE_TENSES = ("present", "simple_past", "imperfect", "future", "conditional")
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_PLACE = regex.compile(
    rf"""
    (?<!\w)(?P<prep>à|À|A|au|Au|aux|Aux|en|En)\s{{1,3}}
    (?P<name>{_UPPER}[\w'\-]{{1,30}}                     # Genève, Charm el-Cheikh
      (?:\s(?:(?:de|du|des|la|le|el|al)\s)?{_UPPER}[\w'\-]{{1,30}}){{0,2}})  # New York
    """,
    regex.VERBOSE,
)
"""A place after a preposition of place, written with capitals (case-sensitive)."""


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


@attrs.frozen
class _Noun:
    """A cue noun of the data file."""

    family: str
    mode: MeetingMode
    verb_too: bool
    direct: bool | None


def _alternation(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms``, longest first, spaces matching 1-3 spaces."""
    unique = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(regex.escape(f).replace(r"\ ", r"\s{1,3}") for f in unique) + ")"


def _words(forms: Iterable[str]) -> regex.Pattern[str]:
    """A pattern finding any of ``forms`` as whole words (``'`` ends a word too)."""
    return regex.compile(r"(?<!\w)" + _alternation(forms) + r"(?:(?<=')|(?!\w))")


def _key(text: str) -> str:
    """A form as a lookup key: one space between words."""
    return " ".join(text.split())


@attrs.frozen
class _Grammar:
    """Every table and pattern of ``data/meetings.toml``, built once."""

    verbs: tuple[_Verb, ...]
    nouns: Mapping[str, _Noun]
    participles: Mapping[str, int]
    finite: Mapping[str, tuple[int, str]]
    infinitives: Mapping[str, int]
    aux_tense: Mapping[str, str]
    compound: regex.Pattern[str]
    finite_verb: regex.Pattern[str]
    infinitive: regex.Pattern[str]
    noun: regex.Pattern[str]
    determiners: frozenset[str]
    pre_adjectives: frozenset[str]
    possessives: frozenset[str]
    complements: frozenset[str]
    places: frozenset[str]
    pronoun: regex.Pattern[str]
    clause_end: regex.Pattern[str]
    clause_start: regex.Pattern[str]
    support: regex.Pattern[str]
    modes: tuple[tuple[MeetingMode, regex.Pattern[str]], ...]
    modality: tuple[tuple[MeetingStatus, regex.Pattern[str]], ...]
    status: tuple[tuple[MeetingStatus, regex.Pattern[str]], ...]
    mediator: regex.Pattern[str]
    indirect: regex.Pattern[str]
    direct: regex.Pattern[str]
    beside: regex.Pattern[str]
    trap_nouns: regex.Pattern[str]
    sports: regex.Pattern[str]
    denials: regex.Pattern[str]
    cameo: Mapping[str, str]
    plover: Mapping[str, tuple[str, str]]


@functools.cache
def _grammar() -> _Grammar:
    """Build the grammar from ``data/meetings.toml`` (once per process)."""
    data: Mapping[str, Any] = load("meetings")
    g = data["grammar"]
    verbs: list[_Verb] = []
    participles: dict[str, int] = {}
    finite: dict[str, tuple[int, str]] = {}
    infinitives: dict[str, int] = {}
    for index, entry in enumerate(data["verbs"]):
        verbs.append(_Verb(entry["lemma"], entry["family"], MeetingMode(entry["mode"]),
                           bool(entry["reflexive"]), entry["needs"], entry["object"]))
        for form in entry["participle"]:
            participles[_key(form)] = index
        for tense in _FINITE_TENSES:
            for form in entry[tense]:
                finite[_key(form)] = (index, tense)
        for form in entry["infinitive"]:
            infinitives[_key(form)] = index
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
    refl = r"(?P<refl>se\s{1,3}|s')?"
    adverb = r"(?:\s{1,3}(?:\w{2,20}ment|" + _alternation(g["adverbs"])[3:-1] + r"))"
    negation = r"(?:\s{1,3}(?P<neg>" + _alternation(g["negations"])[3:-1] + r"))?"
    compound = regex.compile(
        rf"""(?<!\w){refl}(?P<aux>{_alternation(aux_tense)})
        {negation}{adverb}{{0,2}}
        (?:\s{{1,3}}(?P<passive>{_alternation(g["passive"])}))?
        \s{{1,3}}(?P<form>{_alternation(participles)})(?!\w)""",
        regex.VERBOSE,
    )
    finite_verb = regex.compile(
        rf"(?<!\w){refl}(?P<form>{_alternation(finite)}){negation}(?!\w)"
    )
    infinitive = regex.compile(rf"(?<!\w){refl}(?P<form>{_alternation(infinitives)})(?!\w)")
    noun_pattern = regex.compile(rf"(?<!\w)(?P<form>{_alternation(nouns)})(?!\w)")
    modes = tuple((MeetingMode(name), _words(forms)) for name, forms in data["modes"].items())
    modality = tuple(
        (MeetingStatus(name), _words(forms)) for name, forms in data["modality"].items()
    )
    st = data["status"]
    status = tuple((MeetingStatus(name), _words(st[name])) for name in st["order"])
    roles = data["roles"]
    traps = data["traps"]
    return _Grammar(
        verbs=tuple(verbs),
        nouns=MappingProxyType(nouns),
        participles=MappingProxyType(participles),
        finite=MappingProxyType(finite),
        infinitives=MappingProxyType(infinitives),
        aux_tense=MappingProxyType(aux_tense),
        compound=compound,
        finite_verb=finite_verb,
        infinitive=infinitive,
        noun=noun_pattern,
        determiners=frozenset(g["determiners"]),
        pre_adjectives=frozenset(g["pre_adjectives"]),
        possessives=frozenset(g["possessives"]),
        complements=frozenset(g["complement_prepositions"]),
        places=frozenset(g["place_prepositions"]),
        pronoun=_words(g["pronouns"]),
        clause_end=regex.compile(_alternation(g["clause_ends"])),
        clause_start=regex.compile(_alternation(g["clause_starts"])),
        support=_words(data["support"]["verbs"]),
        modes=modes,
        modality=modality,
        status=status,
        mediator=_words(roles["mediator"]),
        indirect=_words(roles["indirect"]),
        direct=_words(roles["direct"]),
        beside=_words(roles["beside"]),
        trap_nouns=_words(traps["noun_phrases"]),
        sports=_words(traps["sports"]),
        denials=_words(traps["denials"]),
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


def _cues(lower: str, start: int, end: int, grammar: _Grammar) -> list[_Cue]:
    """Every meeting cue of the sentence ``lower[start:end]``, in text order, no overlaps."""
    found: list[_Cue] = []
    for m in grammar.compound.finditer(lower, start, end):
        verb = grammar.verbs[grammar.participles[_key(m["form"])]]
        if m["neg"] or _negated(lower, m.start(), start):
            continue
        if verb.reflexive and not m["refl"]:
            continue
        tense = grammar.aux_tense[_key(m["aux"])]
        passive = bool(m["passive"]) and not verb.reflexive
        found.append(_Cue(m.start(), m.end(), verb.family, verb.mode, _TENSE_STATUS[tense],
                          "verb", verb, passive))
    for m in grammar.finite_verb.finditer(lower, start, end):
        index, tense = grammar.finite[_key(m["form"])]
        verb = grammar.verbs[index]
        if m["neg"] or _negated(lower, m.start(), start):
            continue
        if verb.reflexive and not m["refl"]:
            continue
        if not m["refl"] and _after_determiner(lower, m.start(), start, grammar) is not None:
            continue  # `la rencontre`, `au téléphone`: a noun
        if not m["refl"] and _word_before(lower, m.start(), start)[0] == "par":
            continue  # `par téléphone`
        found.append(_Cue(m.start(), m.end(), verb.family, verb.mode, _TENSE_STATUS[tense],
                          "verb", verb))
    for m in grammar.infinitive.finditer(lower, start, end):
        verb = grammar.verbs[grammar.infinitives[_key(m["form"])]]
        if verb.reflexive and not m["refl"]:
            continue
        found.append(_Cue(m.start(), m.end(), verb.family, verb.mode, None, "infinitive",
                          verb))
    for m in grammar.noun.finditer(lower, start, end):
        noun = grammar.nouns[_key(m["form"])]
        if noun.verb_too and _after_determiner(lower, m.start(), start, grammar) is None:
            continue
        found.append(_Cue(m.start(), m.end(), noun.family, noun.mode, None, "noun",
                          direct=noun.direct))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept


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


def _link(lower: str, mention: ActorMention, floor: int, grammar: _Grammar,
          starts: frozenset[int], ends: frozenset[int]) -> str:
    """The word that ties a mention to the clause: a preposition, ``,``, ``mention`` or ``""``.

    Determiners and titles are skipped; the word ``mention`` means the mention follows
    another one (an apposition such as ``l'émissaire de l'ONU Staffan de Mistura``).
    """
    head, _ = _word_after(lower, mention.start, mention.end)
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
        if word in {"de", "du", "des", "d'"}:
            before, _ = _word_before(lower, start, floor)
            if before == "auprès":
                return "auprès de"
            if before == "lors":
                return "lors de"
        if word in {"à", "au"} and _word_before(lower, start, floor)[0] == "face":
            return "face à"
        if word in grammar.determiners and word not in {"de", "d'", "du", "des", "au", "aux"}:
            pos = start
            continue
        if word in {"m.", "mm.", "mme", "mmes", "mlle"}:
            pos = start
            continue
        return word
    return ""


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


def _clause_start(lower: str, sentence: _Sentence, pos: int, grammar: _Grammar) -> int:
    """Where the clause of a cue at ``pos`` starts (after ``que``, ``;``, ``«``…)."""
    start = sentence.start
    window = max(sentence.start, pos - 250)
    for m in grammar.clause_start.finditer(lower, window, pos):
        start = m.end()
    return start


def _clause_end(lower: str, sentence: _Sentence, pos: int, grammar: _Grammar) -> int:
    """Where the clause after a cue ending at ``pos`` stops.

    At a clause word (``pour``, ``qui``, ``;``…), or at a comma that does not open
    another party (``avec X, Y et Z`` goes on; ``avec X, l'assassinat de Z`` stops).
    """
    limit = min(sentence.end, pos + 160)
    found = grammar.clause_end.search(lower, pos, limit)
    end = found.start() if found else limit
    starts = {m.start for m in sentence.mentions}
    comma = lower.find(",", pos, end)
    while comma != -1:
        inside = next((m for m in sentence.mentions if m.start < comma < m.end), None)
        if inside is not None:  # an apposition inside one mention
            comma = lower.find(",", inside.end, end) if inside.end < end else -1
            continue
        i = comma + 1
        while i < end and lower[i] == " ":
            i += 1
        word, after = _word_after(lower, i, end)
        if word in grammar.determiners and word not in {"de", "d'", "du", "des"}:
            while after < end and lower[after] == " ":
                after += 1
            if after in starts:
                i = after
        if i not in starts:
            return comma
        comma = lower.find(",", comma + 1, end)
    return end


def _parties(lower: str, sentence: _Sentence, cue: _Cue, previous: Sequence[_Sentence],
             grammar: _Grammar) -> _Parties:
    """The subject, the other parties and the mediators of a cue."""
    starts = frozenset(m.start for m in sentence.mentions)
    ends = frozenset(m.end for m in sentence.mentions)
    clause = _clause_start(lower, sentence, cue.start, grammar)
    end = _clause_end(lower, sentence, cue.end, grammar)
    mediators = _mediators(lower, sentence, clause, grammar)
    mediator_starts = {m.start for m in mediators}

    def accepted(m: ActorMention, floor: int, *, after: bool) -> bool:
        if m.start in mediator_starts:
            return False
        link = _link(lower, m, floor, grammar, starts, ends)
        if after and cue.kind == "noun" and link in {"de", "du", "des", "d'"}:
            return m.start - cue.end <= 6  # `réunion du Conseil de sécurité`
        return not _is_complement(link, _actor(m), grammar, passive=cue.passive)

    subjects: list[ActorMention] = []
    subject_floor = clause
    take_subject = cue.kind != "noun"
    if cue.kind == "noun":
        support = _support_before(lower, clause, cue.start, grammar)
        possessive = _word_before(lower, cue.start, clause)[0] in grammar.possessives
        if support is not None:
            take_subject, subject_end = True, support
        elif possessive:
            take_subject, subject_end = True, cue.start
    else:
        subject_end = cue.start
    if take_subject:
        subjects = [m for m in _in(sentence.mentions, subject_floor, subject_end)
                    if accepted(m, subject_floor, after=False)]
        if not subjects:
            subjects = _antecedent(lower, sentence, clause, subject_end, previous, grammar)
    objects = [m for m in sentence.mentions
               if cue.end <= m.start < end and accepted(m, cue.end, after=True)]
    genitive = bool(objects) and cue.kind == "noun" and objects[0].start - cue.end <= 6
    return _Parties(tuple(subjects), tuple(objects), tuple(mediators), end, genitive)


def _support_before(lower: str, floor: int, pos: int, grammar: _Grammar) -> int | None:
    """Start of a support verb (``ont eu``, ``a tenu``) whose object is the noun at ``pos``."""
    window = max(floor, pos - 40)
    last = None
    for m in grammar.support.finditer(lower, window, pos):
        last = m
    if last is None or "," in lower[last.end() : pos]:
        return None
    return last.start()


def _antecedent(lower: str, sentence: _Sentence, clause: int, pos: int,
                previous: Sequence[_Sentence], grammar: _Grammar) -> list[ActorMention]:
    """The party a pronoun or an elided subject stands for (``qu'il s'entretiendrait``)."""
    window = lower[clause:pos]
    pronoun = grammar.pronoun.search(window)
    possessive = _word_before(lower, pos, clause)[0] in grammar.possessives
    bare = not window.strip(" ,") or bool(pronoun) or possessive
    if not bare:
        return []
    feminine = pronoun is not None and pronoun.group().startswith(("elle", "cette", "celle", "la "))
    starts = frozenset(m.start for m in sentence.mentions)
    ends = frozenset(m.end for m in sentence.mentions)
    candidates = [m for m in _in(sentence.mentions, sentence.start, clause)
                  if not _is_complement(_link(lower, m, sentence.start, grammar, starts, ends),
                                        _actor(m), grammar)]
    for earlier in reversed(previous):
        if candidates:
            break
        candidates = list(earlier.mentions)
    people = [m for m in candidates if _actor(m).kind is ActorKind.PERSON
              and (m.gender is None or (m.gender == "f") == feminine)]
    pool = people or candidates
    if not pool:
        return []
    # a pronoun stands for the latest party named; an elided subject for the main one
    return [pool[-1]] if pronoun is not None else [pool[0]]


def _mediators(lower: str, sentence: _Sentence, floor: int,
               grammar: _Grammar) -> list[ActorMention]:
    """Mentions right after ``sous l'égide de``, ``en présence de``… in the sentence."""
    found = []
    for m in grammar.mediator.finditer(lower, floor, sentence.end):
        after = [x for x in sentence.mentions if m.end() <= x.start <= m.end() + 4]
        found.extend(after[:1])
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

    @property
    def names(self) -> frozenset[str]:
        """The participants' names."""
        return frozenset(a.name for a in self.participants)


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


def _status(lower: str, cue: _Cue, clause: int, sentence: _Sentence,
            grammar: _Grammar) -> MeetingStatus:
    """Where the meeting stands: tense, the modal before an infinitive, markers near a noun."""
    if cue.kind == "infinitive":
        window = max(clause, cue.start - 60)
        best: tuple[int, MeetingStatus] | None = None
        for status, pattern in grammar.modality:
            for m in pattern.finditer(lower, window, cue.start):
                if best is None or m.end() > best[0]:
                    best = (m.end(), status)
        return best[1] if best else MeetingStatus.PLANNED
    if cue.status is not None:
        return cue.status
    before = max(clause, cue.start - 60)
    after = min(sentence.end, cue.end + 120)
    nearest: tuple[int, MeetingStatus] | None = None
    for status, pattern in grammar.status:
        hits = [m for m in pattern.finditer(lower, before, after)
                if m.end() <= cue.start or m.start() >= cue.end]
        if not hits:
            continue
        if status in {MeetingStatus.CANCELLED, MeetingStatus.POSTPONED,
                      MeetingStatus.REQUESTED, MeetingStatus.PROPOSED}:
            return status
        distance = min(cue.start - m.end() if m.end() <= cue.start else m.start() - cue.end
                       for m in hits)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, status)
    return nearest[1] if nearest else MeetingStatus.HELD


def _day(layers: Layers, dates: Sequence[tuple[int, int, DateMention]], start: int, end: int,
         cue: _Cue, status: MeetingStatus) -> datetime.date | None:
    """The day of a meeting: the single-day date in ``[start, end)`` nearest to the cue."""
    best: tuple[int, DateMention] | None = None
    for s, e, mention in dates:
        if s < start or e > end or mention.range is None or mention.range.day is None:
            continue
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
           skip: tuple[int, int] | None) -> tuple[str, ActorMention | None] | None:
    """The first place named after ``à``/``au``/``aux`` (else ``en``) in ``text[start:end]``."""
    fallback = None
    for m in _PLACE.finditer(text, start, end):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        inside = [x for x in exclude if x.start <= m.start("name") < x.end]
        if inside and inside[0].actor is not None and inside[0].actor.kind is not ActorKind.STATE:
            continue
        name = m["name"]
        place = (name, inside[0] if inside else None)
        if m["prep"].lower() == "en":
            fallback = fallback or place
            continue
        return place
    return fallback


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


def _candidate(layers: Layers, index: int, sentences: Sequence[_Sentence], cue: _Cue,
               dates: Sequence[tuple[int, int, DateMention]],
               grammar: _Grammar) -> _Candidate | None:
    """Read one cue into a meeting mention, or ``None`` when it reports none."""
    text, lower = layers.norm.text, layers.norm.lower
    sentence = sentences[index]
    clause = _clause_start(lower, sentence, cue.start, grammar)
    if grammar.trap_nouns.search(lower, max(sentence.start, cue.start - 20),
                                 min(sentence.end, cue.end + 25)):
        return None
    if cue.family == "meet" and cue.kind == "noun" and grammar.sports.search(
            lower, sentence.start, sentence.end):
        return None
    if grammar.denials.search(lower, max(clause, cue.start - 60), cue.start):
        return None
    beside = _beside(lower, text, sentence.start, sentence.end, grammar)
    if beside and beside[1][0] <= cue.start < beside[1][1]:
        return None  # the larger meeting: a record only when it has parties of its own
    previous = sentences[max(0, index - 2) : index]
    parties = _parties(lower, sentence, cue, previous, grammar)
    subjects = _unique(_actor(m) for m in parties.subjects)
    objects = _unique(a for a in (_actor(m) for m in parties.objects) if a.name not in
                      {s.name for s in subjects})
    mediators = _unique(_actor(m) for m in parties.mediators)
    core_end = max([cue.end, parties.object_end])
    found_place = _place(text, cue.end, min(sentence.end, core_end + 60), sentence.mentions,
                         beside[1] if beside else None) or _place(
        text, clause, cue.start, sentence.mentions, beside[1] if beside else None)
    location = found_place[0] if found_place else None
    place_actor = found_place[1].actor if found_place and found_place[1] else None
    mode = _mode(lower, clause, core_end, grammar) or cue.mode
    if cue.verb is not None and cue.verb.needs == "channel" and mode in {
            MeetingMode.UNSPECIFIED, MeetingMode.IN_PERSON}:
        return None
    if cue.verb is not None and cue.verb.needs == "place" and not _place_follows(text, cue.end):
        return None
    if mode is MeetingMode.UNSPECIFIED and location is not None and cue.family == "talk":
        mode = MeetingMode.IN_PERSON
    host = visitor = None
    if cue.family == "host" and subjects and objects:
        host, visitor = (objects[0], subjects[0]) if cue.passive else (subjects[0], objects[0])
    elif cue.family == "visit" and subjects:
        visitor = subjects[0]
        host = objects[0] if objects else place_actor
    parties_all = _unique([*subjects, *objects, *([host] if host else [])])
    if not _enough(cue, parties_all, parties, location):
        return None
    status = _status(lower, cue, clause, sentence, grammar)
    day_end = min(sentence.end, _next_punctuation(text, core_end, sentence.end))
    day = _day(layers, dates, clause if clause > sentence.start else sentence.start, day_end,
               cue, status)
    if status is MeetingStatus.HELD and day is not None and layers.date and day > layers.date:
        status = MeetingStatus.PLANNED
    direct = cue.direct
    window = (cue.end, min(sentence.end, cue.end + 40))
    if grammar.indirect.search(lower, *window):
        direct = False
    elif grammar.direct.search(lower, *window):
        direct = True
    return _Candidate(
        sentence=index,
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
    )


def _place_follows(text: str, pos: int) -> bool:
    """Whether a named place follows right after ``pos`` (``s'est rendu à Moscou``)."""
    m = _PLACE.match(text, pos + 1 if pos < len(text) and text[pos] == " " else pos)
    return m is not None


def _next_punctuation(text: str, pos: int, limit: int) -> int:
    """The next ``,``, ``;`` or ``.`` at or after ``pos`` (``limit`` if none)."""
    for i in range(pos, min(limit, pos + 200)):
        if text[i] in ",;.":
            return i
    return limit


def _enough(cue: _Cue, parties: Sequence[Actor], found: _Parties, location: str | None) -> bool:
    """Whether the parties make a meeting: two, or one that visits a place or meets as a body."""
    if cue.family == "write":
        return bool(found.subjects) and bool(found.objects)
    if len(parties) >= 2:
        return True
    if len(parties) != 1:
        return False
    if cue.family == "visit" and location is not None:
        return True
    body = parties[0].kind in {ActorKind.ORGANIZATION, ActorKind.GROUP}
    return body and (found.genitive or (cue.family == "gather" and cue.kind != "noun"))


# -- merging and records ---------------------------------------------------------------------


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    """Whether two mentions can report the same event."""
    shared = a.names & b.names
    if not (a.names == b.names or len(shared) >= 2 or (a.sentence == b.sentence and shared)):
        return False
    modes = {a.mode, b.mode} - {MeetingMode.UNSPECIFIED}
    if len(modes) > 1:
        return False
    held = {MeetingStatus.HELD, MeetingStatus.ONGOING}
    if a.status != b.status and not {a.status, b.status} <= held:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    return not (a.location and b.location and a.location != b.location)


def _merge(a: _Candidate, b: _Candidate) -> _Candidate:
    """One event from two of its mentions (the first keeps its span and cue)."""
    mode = a.mode if a.mode is not MeetingMode.UNSPECIFIED else b.mode
    family = a.family if a.family not in {"talk", "meet"} else b.family
    return attrs.evolve(
        a,
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
        mentions=tuple(sorted(set(a.mentions) | set(b.mentions))),
    )


def _cameo(c: _Candidate, grammar: _Grammar) -> str:
    """The CAMEO code of an event (see ``[cameo]`` in the data file)."""
    codes = grammar.cameo
    if c.status is MeetingStatus.REQUESTED:
        return codes["appeal"]
    if c.status in _NOT_HELD:
        return codes["intent"]
    if c.mediators:
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


def _record(layers: Layers, c: _Candidate, grammar: _Grammar) -> Meeting:
    """The :class:`Meeting` of a merged event, in the caller's offsets."""
    norm = layers.norm
    cameo = _cameo(c, grammar)
    plover, plover_mode = grammar.plover.get(cameo, ("CONSULT", ""))
    return Meeting(
        participants=c.participants,
        mode=c.mode,
        status=c.status,
        date=c.date,
        location=c.location,
        span=norm.span(*c.mentions[0]),
        cameo=cameo,
        mentions=tuple(norm.span(s, e) for s, e in c.mentions),
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
                 dates: Sequence[tuple[int, int, DateMention]]) -> _Candidate:
    """A held meeting without a day takes the one day of the sentence before on the same parties.

    A follow-up sentence (``Le ministre a parlé à son homologue…``) often leaves out the
    day the sentence before gave to the same exchange.
    """
    if c.date is not None or c.status is not MeetingStatus.HELD or c.sentence == 0:
        return c
    before = sentences[c.sentence - 1]
    named = {_actor(m).name for m in before.mentions}
    if len(c.names & named) < 2:
        return c
    days = {d.range.day for s, e, d in dates
            if before.start <= s and e <= before.end and d.range and d.range.day}
    return attrs.evolve(c, date=days.pop()) if len(days) == 1 else c


def _named(lower: str, mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """Drop a role left unnamed when a name follows it (``le président turc`` + the name)."""
    kept = []
    for i, m in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        generic = _actor(m).name.islower()
        if (generic and following is not None and following.start - m.end <= 25
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
    lower = layers.norm.lower
    resolved = sorted((m for m in layers.actors if m.actor is not None), key=lambda m: m.start)
    starts = [m.start for m in resolved]
    sentences = []
    for span in layers.sentences:
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, span.end)
        inside = _named(lower, [m for m in resolved[lo:hi] if m.end <= span.end])
        sentences.append(_Sentence(span.start, span.end, inside))
    to_text = layers.norm.to_text
    dates = [(to_text(d.span.start), to_text(d.span.end), d) for d in layers.dates]
    candidates: list[_Candidate] = []
    for index, sentence in enumerate(sentences):
        for cue in _cues(lower, sentence.start, sentence.end, grammar):
            # a cue reads at most _REACH characters each side: a run-on "sentence" of
            # thousands of cues costs linear time, not quadratic
            window = _window(sentence, cue.start - _REACH, cue.end + _REACH)
            around = [*sentences[max(0, index - 2) : index], window]
            found = _candidate(layers, len(around) - 1, around, cue, dates, grammar)
            if found is not None:
                found = attrs.evolve(found, sentence=index)
                candidates.append(_inherit_day(found, sentences, dates))
    events: list[_Candidate] = []
    for c in candidates:
        # the same event is reported within a few mentions: look back a bounded way
        for i in range(len(events) - 1, max(-1, len(events) - 1 - _LOOKBACK), -1):
            if _compatible(events[i], c):
                events[i] = _merge(events[i], c)
                break
        else:
            events.append(c)
    return tuple(_record(layers, e, grammar) for e in events)


_REACH = 400
"""Characters a cue reads on each side within its sentence."""

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
    return _Sentence(lo, hi, inside)
