"""Casualty claims: figures of people killed, wounded, displaced… with who reports them.

The extractor reads the layers computed before it (quantities, sentences,
dates, actors, statements) and the harm lexicon (``data/harm.toml``). Every
figure of the quantity layer is a candidate; rules, tried in a fixed order,
decide whether it counts *people harmed* and what harm:

1. the **head** of the figure, the noun after it (``338 morts``, ``des
   milliers de déplacés``, ``12 civils``, ``dix autres``, ``deux employés de
   MSF``); a figure of things (``quatre hôpitaux``, ``48 heures``, ``un enfant de
   12 ans``), of freed people (``la libération de 50 otages``) or of one family
   (``ses six petits-enfants``) stops here. A lone ``un``/``une`` before a noun of
   people is a figure of one (``Un caporal est porté disparu``);
2. for a figure of a group (or of nothing: ``en a blessé 30``), the **harm
   cue**: a part of a list (``dont 106 enfants`` takes the harm of its whole),
   an active verb or event noun just before (``ont tué 64 civils``, ``a coûté la
   vie à``, ``l'évacuation de 2 000 civils``), a passive or intransitive verb
   after (``12 civils ont été tués``, ``ont dû fuir``, a verb of going abroad:
   ``ont gagné le Niger``), the harm of the figure an ellipsis continues (``et 10
   autres``), a toll (``le bilan s'est alourdi à 45``, ``chiffre à 300 le nombre
   de victimes``), or a siege word in the sentence for the population of a place;
3. the **attributes**: victims (the group, or shared with the figure it is
   coordinated with: ``3 800 civils tués et 20 000 blessés``), source (the
   speaker of the statement holding the figure, else ``selon X``, ``a indiqué
   X``, ``X chiffre à…``; the author of ``un décompte de X``; never a wire agency
   that was only told), perpetrator, means, location, period, factuality.

Words are matched on a folded copy (:func:`syriadiplo._lexicon.fold`), word by
word, so the lexicon is written as French writes it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from syriadiplo._actors import ActorMention
from syriadiplo._data import load
from syriadiplo._kinds import (
    ActorKind,
    CasualtyKind,
    DateKind,
    Qualifier,
    QuantityKind,
    Victims,
)
from syriadiplo._layers import Layers
from syriadiplo._lexicon import actor_lexicon, fold
from syriadiplo._records import (
    Actor,
    CasualtyClaim,
    DateMention,
    Quantity,
    Span,
    Statement,
)

__all__ = ["HarmLexicon", "casualty_claims", "harm_lexicon"]

# ---------------------------------------------------------------- the lexicon

_ER_FINITE = ("e", "es", "ent", "ait", "aient", "a", "erent", "era", "eront", "erait",
              "eraient", "ant", "er")
"""Endings of a first-group verb (folded): present, subjunctive, imperfect, simple past,
future, conditional, present participle, infinitive."""
_ER_PARTICIPLE = ("e", "ee", "es", "ees")
"""Past-participle endings of a first-group verb (folded: ``tué`` is ``tue``)."""

# Tiny closed classes of French grammar used by the rules.
_AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
                    "ayant", "avoir", "eu", "ai", "avons", "avez", "eut", "eurent", "aient"})
_ETRE = frozenset({"est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient",
                   "ete", "etre", "etant", "fut", "furent", "soit", "soient"})
_CONDITIONAL = frozenset({"aurait", "auraient", "serait", "seraient", "pourrait",
                          "pourraient"})
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce",
                          "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre",
                          "nos", "votre", "vos", "au", "aux"})
_OF = frozenset({"de", "d", "des", "du"})
_PART_OF = frozenset({"dont", "parmi", "notamment"})
_PLACE_PREPOSITIONS = frozenset({"a", "au", "aux", "dans", "en", "pres", "vers", "sur"})
_NAME_LINKS = frozenset({"de", "d", "du", "des", "al", "el", "la", "le", "l", "ul", "ed", "ben",
                         "bin", "abou", "abu"})
_STOPS = frozenset(".;:!?")
_CLAUSE = frozenset({",", "qui", "que", "qu", "dont", "ou", "lorsque", "quand"})
"""Words that open a clause: a subject does not reach back across them."""
_QUOTES = frozenset("«»\"“”")
_BREAKS = _STOPS | _QUOTES | frozenset("()[]")
"""Punctuation a cue never reaches across."""

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+|[^\w\s'’\-‐‑]")
"""Numbers written with separators (``2.000``, ``4,3``), words (letters and digits) and single
punctuation marks; apostrophes and hyphens separate words, as in the folded lexicon. A dot
inside ``2.000`` is no full stop, so a number never cuts a sentence's cues in two."""

_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
"""``_TOKEN`` as one group: splitting on it alternates gaps and tokens."""

_OPENING = frozenset("«“")
_CLOSING = frozenset("»”")
_SCARE = 8
"""The most tokens a quotation may span and still be a scare quote read through
(``avoir « neutralisé » 203 « terroristes »``, ``se trouvent « à un pas de la famine »``)."""


@attrs.frozen
class _Entry:
    """What one lexicon phrase means."""

    category: str
    """``noun``, ``verb``, ``group``, ``population``, ``siege``, ``seat``, ``prewar``,
    ``place``, ``adjective``, ``counter``, ``toll``, ``toll_verb``, ``among_verb``,
    ``abroad``, ``abroad_object``, ``shelter``, ``kin``, ``severity``, ``release``,
    ``aid_staff``, ``aid_org``, ``qualifier_after``, ``source_prep``, ``source_verb``,
    ``not_source``, ``report``, ``report_adjective``, ``institution``, ``wire``, ``denial``,
    ``means``."""
    value: str = ""
    """The casualty kind, victim group or means code (empty when the category says all)."""
    transitive: bool = False
    """Verbs: whether the victims are the object (``tuer``) rather than the subject."""
    participle: bool = False
    """Verbs: whether the form can be a past participle (``tués``)."""
    things: bool = False
    """Verbs: whether things are as often harmed as people (``abattre`` a drone), so that
    only a noun of people or harm makes the figure a claim."""
    agent: bool = True
    """Verbs: whether the subject of the active verb did it (not ``ont perdu 22 hommes``)."""
    abroad: bool = False
    """Verbs: whether the verb counts people only when a place abroad follows it (``ont
    gagné le Niger``, ``sont parties au Liban``)."""
    stays: bool = False
    """Verbs: whether a place after the verb only locates the people (``déplacées au
    Liban``): only ``vers`` or ``hors de`` make the harm a flight abroad."""


@attrs.frozen
class HarmLexicon:
    """The harm lexicon, folded and indexed by phrase; build it with :func:`harm_lexicon`."""

    phrases: Mapping[tuple[str, ...], tuple[_Entry, ...]]
    """Folded phrase (a tuple of words) → what it means."""
    longest: int
    """Number of words of the longest phrase."""
    prefixes: frozenset[tuple[str, ...]] = frozenset()
    """Every word sequence that begins a phrase: a scan stops where none continues."""


_OF_FORMS = ("de", "d'", "des", "du")
"""The forms of ``de`` after an event or release noun (``la libération des``)."""


def _er_forms(lemma: str) -> tuple[list[str], list[str]]:
    """The folded forms and past participles of a first-group verb (``tuer``)."""
    stem = fold(lemma)[:-2]
    return [stem + e for e in _ER_FINITE], [stem + e for e in _ER_PARTICIPLE]


def _verb_forms(item: Mapping[str, Any], lemma_key: str) -> tuple[list[str], list[str]]:
    forms: list[str] = []
    participles: list[str] = []
    if item.get("conj") == "er":
        forms, participles = _er_forms(item[lemma_key])
    forms += [fold(f) for f in item.get("forms", [])]
    participles += [fold(f) for f in item.get("participles", [])]
    return forms, participles


@functools.cache
def harm_lexicon() -> HarmLexicon:
    """The harm lexicon of ``data/harm.toml``, loaded and folded once per process.

    >>> lex = harm_lexicon()
    >>> sorted({e.value for e in lex.phrases[("tues",)] if e.category == "verb"})
    ['killed']
    """
    data = load("harm")
    table: dict[tuple[str, ...], list[_Entry]] = {}

    def add(phrase: str, entry: _Entry) -> None:
        key = tuple(fold(phrase).split())
        if key and entry not in table.setdefault(key, []):
            table[key].append(entry)

    for kind, words in data["nouns"].items():
        for word in words:
            add(word, _Entry("noun", kind))
    for item in data["verbs"]:
        forms, participles = _verb_forms(item, "lemma")
        flags = {"things": item.get("things", False), "agent": item.get("agent", True),
                 "abroad": item.get("abroad", False), "stays": item.get("stays", False)}
        for form in forms:
            add(form, _Entry("verb", item["kind"], item["transitive"], form in participles,
                             **flags))
        for form in participles:
            add(form, _Entry("verb", item["kind"], item["transitive"], True, **flags))
    for item in data["constructions"]:
        transitive = item.get("transitive", False)
        flags = {"things": item.get("things", False), "agent": item.get("agent", True)}
        if "verb" in item:
            forms, participles = _verb_forms(item, "verb")
            for form in {*forms, *participles}:
                add(f"{form} {item['rest']}",
                    _Entry("verb", item["kind"], transitive, form in participles, **flags))
        for phrase in item.get("phrases", []):
            add(phrase, _Entry("verb", item["kind"], transitive, True, **flags))
    for kind, nouns in data["events"].items():
        for noun in nouns:  # `l'évacuation de 2 000 civils`
            for of in _OF_FORMS:
                add(f"{noun} {of}", _Entry("verb", kind, transitive=True, things=True,
                                           agent=False))
    release = data["release"]
    for noun in release["nouns"]:
        for of in _OF_FORMS:
            add(f"{noun} {of}", _Entry("release"))
    for lemma in release["verbs"]:
        forms, participles = _er_forms(lemma)
        for form in {*forms, *participles}:
            add(form, _Entry("release"))
    for group, words in data["groups"].items():
        for word in words:
            add(word, _Entry("group", group))
    staff = data["aid_staff"]
    for word in staff["staff"]:
        add(word, _Entry("aid_staff"))
    for word in staff["organizations"]:
        add(word, _Entry("aid_org"))
    context = data["context"]
    for category, key in (("population", "population"), ("siege", "siege"),
                          ("seat", "seats"), ("prewar", "prewar"),
                          ("place", "place_nouns"), ("adjective", "pre_adjectives"),
                          ("counter", "counters"), ("toll", "tolls"),
                          ("toll_verb", "toll_verbs"), ("among_verb", "among_verbs"),
                          ("abroad", "abroad"), ("abroad_object", "abroad_objects"),
                          ("shelter", "shelters"), ("kin", "kin"),
                          ("severity", "severity"), ("constraint", "constraints"),
                          ("evacuation_means", "evacuation_means"),
                          ("camp", "displacement_camps")):
        for word in context[key]:
            add(word, _Entry(category, fold(word)))
    for phrase, qualifier in data["qualifiers_after"].items():
        add(phrase, _Entry("qualifier_after", qualifier))
    for word in _country_names():
        add(word, _Entry("abroad", fold(word)))
    sources = data["sources"]
    for word in sources["prepositions"]:
        add(word, _Entry("source_prep"))
    for word in sources["not_sources"]:
        add(word, _Entry("not_source"))
    for category, key in (("report", "report_nouns"), ("report_adjective", "report_adjectives"),
                          ("institution", "institutions"), ("wire", "wire_agencies"),
                          ("wire_contact", "wire_contacts")):
        for word in sources[key]:
            add(word, _Entry(category))
    for lemma in sources["verbs"]:
        forms, participles = _er_forms(lemma)
        for form in {*forms, *participles}:
            add(form, _Entry("source_verb"))
    for form in sources["irregular"]:
        add(form, _Entry("source_verb"))
    denial = data["denial"]
    for lemma in denial["verbs"]:
        forms, participles = _er_forms(lemma)
        for form in {*forms, *participles}:
            add(form, _Entry("denial"))
    for form in denial["forms"]:
        add(form, _Entry("denial"))
    for code, words in data["means"].items():
        for word in words:
            add(word, _Entry("means", code))
    frozen = {key: tuple(entries) for key, entries in table.items()}
    prefixes = frozenset(k[:size] for k in frozen for size in range(1, len(k) + 1))
    return HarmLexicon(MappingProxyType(frozen), max(len(k) for k in frozen), prefixes)


def _country_names() -> list[str]:
    """The names of the states of the actor lexicon (not their capitals): places abroad."""
    return [name for state in load("actors")["states"]
            for name in (state["name"], *state.get("aliases", []))]


# ---------------------------------------------------------------- sentence analysis


class _Token(NamedTuple):
    """One word or punctuation mark of a sentence (a named tuple: thousands per article)."""

    start: int
    """Start offset in the normalised text."""
    end: int
    """End offset in the normalised text."""
    key: str
    """The folded word (punctuation as is)."""
    upper: bool
    """Whether it starts with a capital in the text."""
    caps: bool = False
    """Whether it is written in capitals, as an acronym (``GNA``)."""


@functools.lru_cache(maxsize=8192)
def _token_key(word: str) -> str:
    """The folded form of one token of the lowercased text (punctuation as is)."""
    return fold(word) or word


@attrs.frozen
class _Match:
    """A lexicon phrase found in a sentence: tokens ``[first, last)``."""

    first: int
    last: int
    entry: _Entry


class _Sentence:
    """The tokens of one sentence with the lexicon phrases found in them (read-only after init)."""

    def __init__(self, layers: Layers, span: Span, lex: HarmLexicon) -> None:
        self.span = span
        self.text = layers.norm.text
        found = _tokens(layers.norm.text, layers.norm.lower, span)
        marks = _scare_marks([t.key for t in found])
        self.tokens: tuple[_Token, ...] = tuple(
            t for i, t in enumerate(found) if i not in marks
        ) if marks else tuple(found)
        # the words of each scare quote, as token ranges of `self.tokens`
        quoted: dict[int, tuple[int, int]] = {}
        ordered = sorted(marks)
        for opening, closing in zip(ordered[::2], ordered[1::2], strict=True):
            first = opening - bisect_left(ordered, opening)
            last = closing - bisect_left(ordered, closing)
            quoted.update(dict.fromkeys(range(first, last), (first, last)))
        self.quoted: Mapping[int, tuple[int, int]] = MappingProxyType(quoted)
        self.starts = tuple(t.start for t in self.tokens)
        self.keys: tuple[str, ...] = tuple(t.key for t in self.tokens)
        """The folded word of each token."""
        self.matches, self.positions = _phrases(self.keys, lex)
        self.names_wire = _wire_named(self, 0, len(self.tokens))
        """Whether the sentence names a wire agency as who speaks or counts."""
        self._running_total: bool | None = None

    def at(self, i: int, *categories: str) -> _Match | None:
        """The longest phrase of one of ``categories`` starting at token ``i``."""
        if not 0 <= i < len(self.matches):
            return None
        for match in self.matches[i]:  # longest first
            if match.entry.category in categories:
                return match
        return None

    def starts_of(self, category: str, first: int, last: int) -> list[int]:
        """The tokens in ``[first, last)`` where a phrase of ``category`` starts, in order.

        The tokens ``i`` of that range where :meth:`at` ``(i, category)`` finds a phrase.
        """
        found = self.positions.get(category)
        if found is None:
            return []
        return found[bisect_left(found, first) : bisect_left(found, last)]

    def running_total(self) -> bool:
        """Whether the sentence's first words say a running total (``au total``)."""
        if self._running_total is None:
            words = " ".join(t.key for t in self.tokens[: _WIDE * 4])
            self._running_total = bool(_RUNNING_TOTAL.search(words))
        return self._running_total

    def quoted_part(self, match: _Match, figure: int) -> bool:
        """Whether ``match`` is only part of a scare quote (``« Mort à l'Amérique »``).

        A harm word inside a scare quote is a cue when it is the whole quotation
        (``avoir « neutralisé » 203 jihadistes``) or when the figure (token ``figure``)
        is quoted with it (``« une soixantaine de personnes tuées »``); inside a slogan
        it is not.
        """
        for i in (match.first, match.last - 1):
            segment = self.quoted.get(i)
            if segment is not None and segment != (match.first, match.last) \
                    and segment != self.quoted.get(figure):
                return True
        return False

    def key(self, i: int) -> str:
        """The folded word at token ``i`` (empty outside the sentence)."""
        return self.keys[i] if 0 <= i < len(self.keys) else ""

    def index(self, offset: int) -> int:
        """The first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def is_break(self, i: int) -> bool:
        """Whether token ``i`` is punctuation that a cue does not cross."""
        return self.key(i) in _BREAKS


def _tokens(text: str, lower: str, span: Span) -> list[_Token]:
    """The tokens of ``span``: read on ``lower``, capitals checked on ``text``.

    One split of the span gives the tokens between the gaps, their offsets the running
    sum of the pieces' lengths.
    """
    pieces = _TOKEN_SPLIT.split(lower[span.start : span.end])
    offsets = list(accumulate(map(len, pieces), initial=span.start))
    keys = map(_token_key, pieces[1::2])
    return [
        _new_token(_Token, (s, e, k, text[s].isupper(), e - s > 1 and text[s:e].isupper()))
        for s, e, k in zip(offsets[1::2], offsets[2::2], keys, strict=False)
    ]


_new_token = tuple.__new__
"""Builds a :class:`_Token` from its fields in one call (no Python ``__new__``)."""


def _phrases(
    keys: Sequence[str], lex: HarmLexicon
) -> tuple[tuple[tuple[_Match, ...], ...], dict[str, list[int]]]:
    """The lexicon phrases starting at each token, longest first.

    Also, by category, the tokens where a phrase of that category starts.
    """
    prefixes, phrases = lex.prefixes, lex.phrases
    size = len(keys)
    by_start: list[tuple[_Match, ...]] = [()] * size
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if (key,) not in prefixes:
            continue
        reach = 2
        while i + reach <= size and tuple(keys[i : i + reach]) in prefixes:
            reach += 1
        found = [_Match(i, i + width, entry)
                 for width in range(reach - 1, 0, -1)  # longest first
                 for entry in phrases.get(tuple(keys[i : i + width]), ())]
        by_start[i] = tuple(found)
        for match in found:
            at = positions.setdefault(match.entry.category, [])
            if not at or at[-1] != i:
                at.append(i)
    return tuple(by_start), positions


def _scare_marks(keys: Sequence[str]) -> frozenset[int]:
    """The tokens that open and close short quotations (scare quotes), to be read through.

    One pass: a quotation mark opens, the next closing mark closes; when the two stand at
    most ``_SCARE`` tokens apart with no full stop between, both are dropped, so that
    ``avoir « neutralisé » 203 « terroristes »`` reads as ``avoir neutralisé 203 terroristes``.
    Longer quotations keep their marks, which no cue crosses.
    """
    marks: set[int] = set()
    opened: int | None = None
    stop = -1
    for i, key in enumerate(keys):
        if key in _CLOSING or (key == '"' and opened is not None):
            if opened is not None and i - opened <= _SCARE and stop < opened:
                marks.update((opened, i))
            opened = None
        elif key in _OPENING or key == '"':
            opened = i
        elif key in _STOPS:
            stop = i
    return frozenset(marks)


@attrs.frozen
class _Head:
    """What the words after a figure say it counts."""

    kind: str | None
    """The harm, when a harm noun says it (``morts``)."""
    victims: str | None
    """The group, when a group noun names it."""
    first: int
    """First token of the head (the figure's end when there is none)."""
    last: int
    """Token after the head."""
    ellipsis: bool = False
    """``dix autres``, ``trois d'entre eux``: the group of an earlier figure."""
    population: bool = False
    """The group counts the people of a place (``habitants``)."""
    bare: bool = False
    """No noun follows the figure."""
    generic: bool = False
    """A plural noun the lexicon does not know (``adultes``, ``peshmergas``): people only
    when a verb that harms people alone says so."""


@attrs.frozen
class _Draft:
    """A claim being built, in normalised offsets."""

    quantity: Quantity
    start: int
    end: int
    sentence: int
    kind: str
    victims: str | None
    victims_span: tuple[int, int] | None
    cue: tuple[int, int] | None
    part_of: int | None
    first_token: int
    last_token: int
    conditional: bool
    active_verb: int | None = None
    """Token of an active harm verb before the figure (``ont tué``), whose subject did it."""
    qualifier: str | None = None
    """A qualifier written after the group noun (``Quarante soldats au moins``)."""
    object_cue: bool = False
    """Whether the figure is the object of a harm verb or event noun before it (``ont tué
    75 civils``, ``l'évacuation de 2 000 civils``): a group joined to it shares its harm."""


class _Index:
    """Sorted starts of the date, actor and statement layers, for lookups by bisection.

    Built once per article, so that each claim looks only near itself and the
    whole extraction stays linear in the length of the text.
    """

    def __init__(self, layers: Layers) -> None:
        self.dates = layers.dates
        self.date_starts = [d.span.start for d in layers.dates]
        self.actors = tuple(sorted(layers.actors, key=lambda a: a.start))
        self.actor_starts = [a.start for a in self.actors]
        self.statements = tuple(sorted(layers.statements, key=lambda st: st.span.start))
        self.statement_starts = [st.span.start for st in self.statements]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Date mentions inside ``[start, end)`` (caller offsets)."""
        first = bisect_left(self.date_starts, start)
        last = bisect_left(self.date_starts, end)
        return [d for d in self.dates[first:last] if d.span.end <= end]

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        """Actor mentions starting inside ``[start, end)`` (normalised offsets)."""
        first = bisect_left(self.actor_starts, start)
        last = bisect_left(self.actor_starts, end)
        return list(self.actors[first:last])

    def statements_holding(self, span: Span) -> list[Statement]:
        """Statements whose span holds ``span``.

        Only statements starting at most 5 000 characters before it are looked for.
        """
        last = bisect_right(self.statement_starts, span.start)
        first = bisect_left(self.statement_starts, span.start - _LONGEST_STATEMENT)
        return [st for st in self.statements[first:last] if st.span.contains(span)]


_LONGEST_STATEMENT = 5000
"""How far before a figure the statement holding it may start, in characters."""
_WIDE = 40
"""How many words on each side of a figure its attributes are looked for."""


def casualty_claims(layers: Layers) -> tuple[CasualtyClaim, ...]:
    """Every casualty claim of an article, in text order.

    Reads ``layers.quantities``, ``sentences``, ``dates``, ``actors`` and
    ``statements``. ``part_of`` indexes the returned tuple.

    >>> from syriadiplo._pipeline import layers_of
    >>> claims = casualty_claims(layers_of("Mardi, 14 civils ont été tués à Homs."))
    >>> [(str(c.kind), c.count.value, str(c.victims), c.location) for c in claims]
    [('killed', 14, 'civilians', 'Homs')]
    """
    lex = harm_lexicon()
    norm = layers.norm
    sentences = layers.sentences
    starts = [s.start for s in sentences]
    drafts: list[_Draft] = []
    analysed: dict[int, _Sentence] = {}
    figures = (-1, 0)  # (sentence, figures read in it so far)
    paragraph_starts = [p.start for p in layers.paragraphs]
    lone = _lone_ones(layers, lex)
    candidates = sorted([*layers.quantities, *lone], key=lambda q: q.span.start)
    for quantity in candidates:
        if not _countable(quantity):
            continue
        q_start, q_end = norm.to_text(quantity.span.start), norm.to_text(quantity.span.end)
        s_index = bisect_right(starts, q_start) - 1
        if s_index < 0 or q_end > sentences[s_index].end:
            continue
        sentence = analysed.get(s_index)
        if sentence is None:
            sentence = analysed[s_index] = _Sentence(layers, sentences[s_index], lex)
        before = figures[1] if figures[0] == s_index else 0
        one = quantity in lone
        earlier = _toll_before(drafts, s_index, sentences, paragraph_starts)
        draft = _draft(sentence, s_index, quantity, q_start, q_end, drafts, before, lone=one,
                       earlier=earlier)
        if draft is not None and draft.victims in (None, str(Victims.PEOPLE)) \
                and _aid_owner(layers, lex, analysed, sentence, s_index, q_end):
            draft = attrs.evolve(draft, victims=str(Victims.AID_WORKERS))
        if draft is not None or not one:
            figures = (s_index, before + 1)
        if draft is not None:
            drafts.append(draft)
    index = _Index(layers)
    return tuple(_claim(layers, index, analysed[d.sentence], d, drafts) for d in drafts)


def _toll_before(drafts: Sequence[_Draft], s_index: int, sentences: Sequence[Span],
                 paragraph_starts: Sequence[int]) -> int | None:
    """The toll a sentence before ``s_index`` ends on, when it counts one harm.

    The toll is the whole of the last claim of the nearest sentence with claims, in the
    same paragraph or the one before, or its one harm when the rest counts no harm (a
    besieged population, people displaced); ``None`` when that sentence counts several
    harms (``12 morts et 30 blessés``), so that victims said after it may belong to either.
    """
    if not drafts or drafts[-1].sentence >= s_index:
        return None
    last = drafts[-1]
    here = bisect_right(paragraph_starts, sentences[s_index].start)
    there = bisect_right(paragraph_starts, sentences[last.sentence].start)
    if here - there > 1:
        return None
    root = last.part_of if last.part_of is not None else len(drafts) - 1
    kinds = set()
    hurt: list[int] = []  # `84 civils tués … où vivent 400 000 personnes`: the dead
    for k in range(len(drafts) - 1, -1, -1):
        if drafts[k].sentence != last.sentence:
            break
        if drafts[k].part_of is None:
            kinds.add(drafts[k].kind)
            if drafts[k].kind in _HURT:
                hurt.append(k)
    if len(hurt) == 1 and kinds - _HURT:
        return hurt[0]  # one harm beside a population or a flight
    return root if kinds == {drafts[root].kind} else None


_OWNER_REACH = 2
"""How many sentences before a figure the owner of ``ses employés`` is looked for."""


def _aid_owner(layers: Layers, lex: HarmLexicon, analysed: dict[int, _Sentence],
               sent: _Sentence, s_index: int, q_end: int) -> bool:
    """Whether ``N de ses employés`` counts the staff of an aid organisation.

    The possessive takes back the organisation named last before it: in the figure's
    sentence (``Le PAM a suspendu ses opérations après la mort de trois de ses
    employés``) or in one of the ``_OWNER_REACH`` sentences before it. ``analysed``
    caches the sentences read (the caller's cache).
    """
    first = sent.index(q_end) + 2  # the figure, `de`, the possessive
    if sent.key(first - 2) not in _OF or sent.key(first - 1) not in _POSSESSIVES \
            or sent.at(first, "aid_staff") is None:
        return False
    named = sent.starts_of("aid_org", 0, first)
    if named:  # unless an armed group is named after it (`l'armée a perdu 12 de ses membres`)
        return not any(sent.at(k, "group") is not None for k in range(named[-1] + 1, first))
    if any(sent.at(k, "group") is not None or sent.tokens[k].upper
           for k in range(1, first - 1)):
        return False  # someone else named before the possessive in this sentence
    sentences = layers.sentences
    for back in range(s_index - 1, max(-1, s_index - 1 - _OWNER_REACH), -1):
        earlier = analysed.get(back)
        if earlier is None:
            earlier = analysed[back] = _Sentence(layers, sentences[back], lex)
        if earlier.starts_of("aid_org", 0, len(earlier.tokens)):
            return True
    return False


_LONE = re.compile(r"(?<![\w'’\-])une?(?=\s+([^\W\d_][\w\-]*))")
"""``un``/``une`` before a word: one person when that word is a noun of people or harm."""
_AGE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:(?:de|d')\s*\d+\s*ans|âgée?s?\b)")
"""An age after the noun (``un enfant de 12 ans``): an individual described, not a figure."""
_NOT_BEFORE_ONE = frozenset({
    "de", "a", "par", "pour", "avec", "sur", "dans", "chez", "contre", "selon", "entre", "sans",
    "vers", "comme", "que", "qu", "apres", "avant", "pres", "sous", "au", "aux", "du", "des",
    "plus", "moins", "est", "etait", "c", "en", "d", "l", "envers", "malgre", "parmi",
})
"""Words before ``un``/``une`` that make it an article of a complement, never a count."""


def _lone_ones(layers: Layers, lex: HarmLexicon) -> frozenset[Quantity]:
    """``Un caporal est porté disparu``: a lone ``un``/``une`` before a noun of people.

    The quantity layer leaves articles out; a claim of one person still needs a harm
    verb or a harm noun (see :func:`_draft`). ``un enfant de 12 ans`` is a person
    described, and ``vingt et un`` belongs to its number.
    """
    norm = layers.norm
    lower = norm.lower
    spans = sorted((q.span.start, q.span.end) for q in layers.quantities)
    ends = [e for _, e in spans]
    found: list[Quantity] = []
    for m in _LONE.finditer(lower):
        entries = lex.phrases.get((fold(m.group(1)),), ())
        if not any(e.category in ("group", "noun") for e in entries):
            continue
        previous = fold(lower[max(0, m.start() - 24) : m.start()]).split()
        if previous and previous[-1] in _NOT_BEFORE_ONE:
            continue
        if _AGE.match(lower, m.end(1)):
            continue
        mention = norm.mention(m.start(), m.end())
        at = bisect_right(ends, mention.span.start)
        if at < len(spans) and spans[at][0] <= mention.span.start:
            continue  # inside a number (`vingt et un`)
        found.append(Quantity(mention.text, mention.span, 1, 1, 1))
    return frozenset(found)


def _countable(quantity: Quantity) -> bool:
    """Whether a quantity can count people: a cardinal of at least one.

    ``de nombreux``, ``d'innombrables`` say many and no more: no figure to report.
    """
    if quantity.kind is not QuantityKind.NUMBER:
        return False
    if fold(quantity.text) in _uncounted():
        return False
    for bound in (quantity.value, quantity.low):
        if bound is not None and (bound < 1 or bound != int(bound)):
            return False
    return True


def _among_them(sent: _Sentence, head: _Head, q_first: int) -> _Head:
    """``N d'entre eux``: the group is the people named before it in the sentence.

    ``La mission, forte de 12 000 Casques bleus, a perdu 174 d'entre eux``: peacekeepers.
    """
    if not head.ellipsis or head.victims is not None or sent.key(head.first + 1) != "entre":
        return head
    for k in range(q_first - 1, max(-1, q_first - _THEM_REACH), -1):
        if sent.is_break(k):
            break
        group = sent.at(k, "group")
        if group is not None and group.last <= q_first:
            return attrs.evolve(head, victims=group.entry.value)
    return head


_THEM_REACH = 20
"""Words read back from ``N d'entre eux`` for the group it is part of."""


@functools.cache
def _uncounted() -> frozenset[str]:
    """Folded vague determiners that give no figure (``uncounted`` in ``harm.toml``)."""
    return frozenset(fold(w) for w in load("harm")["context"]["uncounted"])


def _head(sent: _Sentence, first: int) -> _Head | None:
    """Read the noun phrase after a figure (from token ``first``); ``None`` for things."""
    i = first
    if sent.key(i) in ("de", "d") and sent.key(i + 1) == "entre":
        return _Head(None, None, i, i + 3, ellipsis=True)
    if sent.key(i) in _OF:  # `des milliers de civils`, `deux de ses soldats`, `cinq des otages`
        i += 1
        while sent.key(i) in _DETERMINERS and sent.key(i) not in _OF:
            i += 1
    ellipsis = False
    for _ in range(2):  # `12 jeunes soldats`, `dix autres`
        adjective = sent.at(i, "adjective")
        noun = sent.at(i, "noun", "group", "counter")
        if adjective is None or (noun is not None and noun.last > adjective.last):
            break
        ellipsis = ellipsis or adjective.entry.value == "autres"
        i = adjective.last
    staff = _aid_staff(sent, i)
    if staff is not None:  # `deux employés de MSF`
        return _Head(None, str(Victims.AID_WORKERS), i, staff, ellipsis=ellipsis)
    match = sent.at(i, "noun", "group", "counter")
    if match is not None:
        entry = match.entry
        if entry.category == "counter":
            return None
        population = sent.at(i, "population") is not None
        if entry.category == "noun":
            return _Head(entry.value, None, i, match.last, ellipsis=ellipsis)
        return _Head(None, entry.value, i, match.last, ellipsis=ellipsis,
                     population=population)
    severity = sent.at(i, "severity")
    if severity is not None:
        # `sept grièvement blessés` qualifies its noun; `dont neuf grièvement` stands for
        # the people of its whole, like a figure with no noun
        noun = sent.at(severity.last, "noun")
        if noun is not None:
            return _Head(noun.entry.value, None, severity.last, noun.last, ellipsis=ellipsis)
        return _Head(None, None, first, first, bare=True)
    token = sent.tokens[i] if i < len(sent.tokens) else None
    if token is not None and token.upper and token.key.endswith("s") and len(token.key) > 3:
        # a people noun (`130 000 Syriens`, `des centaines de Rohingyas`)
        return _Head(None, str(Victims.PEOPLE), i, i + 1)
    if token is not None and _plural_noun(sent, i):
        return _Head(None, None, i, i + 1, generic=True)
    if ellipsis:
        return _Head(None, None, first, i, ellipsis=True)
    if i > first:  # `de` followed by no noun we know: `résolution 2254 de l'ONU`
        return None
    if token is None or sent.is_break(i) or token.key == ",":
        return _Head(None, None, first, first, bare=True)
    if sent.at(i, "verb", "toll_verb", "source_prep") or token.key in _FUNCTION_WORDS:
        return _Head(None, None, first, first, bare=True)
    if token.key in _day_words():  # `et en a blessé 40 mardi`
        return _Head(None, None, first, first, bare=True)
    return None


@functools.cache
def _day_words() -> frozenset[str]:
    """Folded one-word days (``mardi``, ``hier``, ``aujourd``) that may follow a bare figure."""
    calendar = load("calendar")
    words = [*calendar["weekdays"], *calendar["relative_days"]]
    return frozenset(fold(word).replace("'", " ").split()[0] for word in words)


def _aid_staff(sent: _Sentence, i: int) -> int | None:
    """The end of ``employés de MSF``, ``membres du personnel du HCR`` at token ``i``."""
    staff = sent.at(i, "aid_staff")
    if staff is None:
        return None
    k = staff.last
    if sent.key(k) not in _OF and sent.key(k + 1) in _OF and sent.key(k).isalpha() \
            and sent.key(k) not in _FUNCTION_WORDS and sent.at(k, *_LEXICON_WORDS) is None:
        k += 1  # `employés locaux de l'ONU`
    if sent.key(k) not in _OF:
        return None
    k += 1
    while sent.key(k) in ("la", "le", "les", "l", "une", "un"):
        k += 1
    organization = sent.at(k, "aid_org")
    return organization.last if organization is not None else None


_ASIDES = frozenset({
    "dont", "parmi", "notamment", "selon", "d", "y", "en", "pour", "surtout", "soit",
    "essentiellement", "principalement", "majoritairement", "presque", "toutes", "tous",
})
"""Words opening an aside between a group and its verb (``, soit 85 % de la population,``)."""

_STATUS = frozenset({"abducted", "detained", "displaced", "refugees", "evacuated", "besieged",
                     "missing", "affected"})
"""Harms that name a condition; a killing or wounding done to such people counts instead."""

_HURT = frozenset({str(CasualtyKind.KILLED), str(CasualtyKind.WOUNDED)})
"""Harms that, named together (``tués ou blessés``), count casualties."""

_ARMED = frozenset({str(Victims.SOLDIERS), str(Victims.REBELS), str(Victims.JIHADISTS),
                    str(Victims.FIGHTERS)})
"""Groups of combatants: fighters who flee or withdraw are not displaced people."""
_FLIGHT = frozenset({str(CasualtyKind.DISPLACED), str(CasualtyKind.REFUGEES)})

_FUNCTION_WORDS = frozenset({
    "le", "la", "les", "l", "a", "au", "aux", "dans", "en", "par", "et", "ou", "pour", "sur",
    "depuis", "lors", "ont", "sont", "est", "etaient", "avaient", "ce", "cette", "ces", "qui",
    "que", "dont", "parmi", "contre", "avec", "sans", "apres", "avant", "entre", "selon",
    "durant", "pendant", "mais", "ainsi", "y", "se", "s", "seraient", "auraient", "pres", "vers",
})
"""Words that may follow a figure that stands alone (``45 ont péri``, ``à 45 le bilan``)."""

_INVARIABLE = frozenset({
    "alors", "toujours", "depuis", "apres", "dans", "sous", "vers", "parmi", "plus", "moins",
    "jamais", "tres", "puis", "lors", "hors", "sans", "chez", "mais", "tous", "toutes", "ceux",
    "aux", "des", "les", "ces", "ses", "nos", "vos", "leurs", "eux", "vous", "nous", "ils",
    "elles", "ailleurs", "autres", "deux", "trois", "six", "dix", "pres", "certes", "tandis",
    "desormais", "jadis", "parfois", "quelques", "plusieurs", "divers", "diverses", "dont",
    "selon", "malgre", "durant", "pendant", "avant", "contre", "avec", "entre", "pour",
})
"""Words ending like a plural noun that are not nouns (``plus``, ``depuis``, ``alors``)."""
_LEXICON_WORDS = ("verb", "noun", "group", "counter", "toll", "toll_verb", "means", "place",
                  "source_prep", "source_verb", "denial", "adjective", "among_verb")


def _plural_noun(sent: _Sentence, i: int) -> bool:
    """Whether token ``i`` reads as a plural noun the lexicon does not know (``adultes``)."""
    token = sent.tokens[i]
    key = token.key
    if sent.text[token.end - 2 : token.end] == "és" or sent.text[token.end - 3 : token.end] \
            == "ées":
        return False  # a participle (`dont 3 300 exposés aux combats`), not a noun
    return (not token.upper and key.isalpha() and len(key) > 3 and key.endswith(("s", "x"))
            and key not in _INVARIABLE and key not in _FUNCTION_WORDS
            and sent.at(i, *_LEXICON_WORDS) is None)


def _draft(
    sent: _Sentence,
    s_index: int,
    quantity: Quantity,
    q_start: int,
    q_end: int,
    drafts: Sequence[_Draft],
    figures_before: int = 0,
    *,
    lone: bool = False,
    earlier: int | None = None,
) -> _Draft | None:
    """Decide whether one figure is a claim, and of what; ``None`` if it is not.

    ``figures_before`` counts the figures of the sentence before this one; ``lone``
    marks a lone ``un``/``une``, a claim only with a harm verb, a harm of the body
    (``un mort``) or a whole it is part of (``dont un enfant``). ``earlier`` is the toll
    of one harm a sentence before ends on (see :func:`_toll_before`): ``Parmi les
    victimes figurent 12 enfants`` after it counts part of it.
    """
    q_first = sent.index(q_start)
    q_last = sent.index(q_end)
    head = _head(sent, q_last)
    if head is None or (head.bare and _YEAR.fullmatch(quantity.text)):
        return None  # things, or a year standing alone (`au premier semestre 2020`)
    head = _among_them(sent, head, q_first)
    if _part_of_things(sent, q_first):
        return None  # `des hôpitaux dont 13 ont été endommagés`
    if head.bare and sent.key(q_first - 1) == "sur" and q_first >= 2 \
            and not sent.is_break(q_first - 2):
        return None  # `trois Palestiniens tués sur quatre`: a share, not a count
    if _ends_before(sent, q_first, "release") is not None and not _still_held(sent, head):
        return None  # `la libération de 50 otages`: freed, no longer harmed
    if sent.key(q_first - 1) in _POSSESSIVES and sent.at(head.first, "kin") is not None:
        return None  # `avec ses six petits-enfants`: one family's story
    # the figure before, in the same sentence: the last draft so far
    previous = drafts[-1] if drafts and drafts[-1].sentence == s_index else None
    population = _population_among(sent, previous, q_first)
    if head.kind is None and population:
        return None  # `12 morts parmi plus de 400 patients`: the people they were among
    # a figure with no noun joined to a claim counts the same people (`300 000 personnes
    # ont été déplacées, et quelque 100 000 sont parties au Liban`); so does `N autres`
    # (`et 30 000 autres ont gagné la Turquie`), whose own verb tells what befell them
    shared = (head.bare or head.ellipsis) and _coordinated(sent, previous, q_first)
    kind = head.kind
    if kind is None and head.bare:
        kind = _apposed_to_harm(sent, q_first)  # `Les blessés, une quarantaine selon…,`
    cue: _Match | None = None
    parent: int | None = None
    after = head.last
    qualifier = _qualifier_after(sent, head)
    if qualifier is not None:
        after = qualifier.last  # `Quarante soldats au moins ont péri`
    if kind in _STATUS:
        # `40 otages ont été tués`, `ont tué 12 réfugiés`: the harm done to them counts
        done = _left_cue(sent, q_first) or _right_cue(sent, after, limit=6)
        if done is not None and done.entry.value in _HURT:
            kind, cue = done.entry.value, done
    elif kind == str(CasualtyKind.CASUALTIES):
        # `victimes` says only that people were harmed; the verb they are the subject of
        # says how (`dix de ces victimes ont été tuées`, `sont portées disparues`)
        done = _right_cue(sent, after, limit=6)
        if done is not None and done.entry.value != kind:
            kind, cue = done.entry.value, done
    # a part of a whole said just before: `dont 106 enfants`, `parmi lesquels 3 femmes`
    # `3 morts parmi les 20 otages`: the hostages are no part of the dead
    whole = None if population else _whole(sent, q_first, previous, len(drafts) - 1, head)
    if whole is not None:
        parent = whole
        if kind is None:  # a part shares the people of its whole
            # a bare part reaches its own auxiliary (`dont 12 ont été tuées`)
            reach = 3 if head.bare else 2
            cue = _fitting(sent, _right_cue(sent, after, limit=reach), head, shared=True)
            kind = cue.entry.value if cue else drafts[whole].kind
    if kind is None:
        cue = _fitting(sent, _left_cue(sent, q_first), head, shared=shared)
        if cue is None:
            limit = 10 if head.victims or head.kind else 4 if head.generic else 3
            cue = _fitting(sent, _right_cue(sent, after, limit=limit), head, shared=shared)
        if cue is not None:
            kind = cue.entry.value
    # `autres` and `en` stand for what the figures before counted: things, when none
    # of them was a claim (`17 villages détruits et 40 autres évacués`, `38 missiles…
    # en avoir abattu 30`)
    things_before = figures_before > 0 and previous is None
    if things_before and head.ellipsis and head.victims is None:
        return None  # (`174 d'entre eux` after `12 000 Casques bleus`: people, see above)
    if things_before and cue is not None and head.bare \
            and "en" in (sent.key(cue.first - 1), sent.key(cue.first - 2)):
        return None
    if kind is None and not head.bare:
        kind = _among(sent, q_first)
        if kind is not None and earlier is not None and parent is None and kind in (
                str(CasualtyKind.CASUALTIES), drafts[earlier].kind):
            # `Un raid a tué 25 personnes. Parmi les victimes figurent 12 enfants`
            kind, parent = drafts[earlier].kind, earlier
    if kind is None and head.victims is not None and previous is not None \
            and previous.object_cue and _coordinated(sent, previous, q_first) \
            and sent.key(head.last) not in _AVOIR | _ETRE | _SUBJECT_CLITICS:
        kind = previous.kind  # `ont tué 75 civils et 1500 soldats`: one verb, two objects
    elliptic = kind is None and (_elliptic(sent, previous, head, q_first)
                                 or _gapped(sent, previous, head, q_first))
    if elliptic and previous is not None:
        kind = previous.kind  # `900 morts au Mali et 70 au Niger`: the noun left out
    if kind is None and head.generic:
        return None
    if kind is None and head.ellipsis and previous is not None:
        kind = previous.kind
    toll = _toll(sent, q_first, q_last) if kind is None and head.bare else None
    if toll is not None:
        kind = toll.kind
    if (kind is None and head.population and _siege_near(sent, q_first)
            and not _prewar(sent, q_first, head.last)):
        kind = str(CasualtyKind.BESIEGED)
    if kind is None and head.population and _camp_dwellers(sent, q_first):
        kind = str(CasualtyKind.DISPLACED)
    if kind is None or (lone and cue is None and parent is None and kind not in _HURT):
        return None
    if kind in _HURT:
        # `tués ou blessés`, `morts et blessés`: the two harms counted together
        end = cue.last if cue is not None else head.last
        other = sent.at(end + 1, "verb", "noun") if sent.key(end) in ("ou", "et") else None
        if other is not None and other.entry.value in _HURT and other.entry.value != kind:
            kind = str(CasualtyKind.CASUALTIES)
            cue = _Match(cue.first if cue is not None else head.first, other.last, other.entry)
    if kind in _FLIGHT and cue is not None and cue.entry.category == "verb":
        if _sheltering(sent, cue):
            return None  # `se sont réfugiées dans une église`: sheltering, not displaced
        kind = _flight(sent, cue, kind)
    pronoun = cue is not None and "en" in (sent.key(cue.first - 1), sent.key(cue.first - 2))
    victims, victims_span = _victims(sent, head, previous, drafts, q_first, pronoun=pronoun)
    if toll is not None and toll.victims is not None:
        victims, victims_span = toll.victims, toll.victims_span
    if kind in _FLIGHT and parent is None and victims in _ARMED and head.kind is None:
        return None  # fighters who flee or withdraw are no displaced people
    if parent is not None and victims_span is None and victims in (None, "people"):
        victims = drafts[parent].victims  # `53 soldats tués, dont 48 au Mali`: soldiers too
    pieces = [(q_start, q_end)]
    if head.last > head.first:
        pieces.append((sent.tokens[head.first].start, sent.tokens[head.last - 1].end))
    cue_span = None
    if cue is not None:
        cue_span = (sent.tokens[cue.first].start, sent.tokens[cue.last - 1].end)
        pieces.append(cue_span)
    elif head.kind is not None:
        cue_span = pieces[-1]
    first_token = min(q_first, head.first, cue.first if cue else q_first)
    last_token = max(head.last, cue.last if cue else head.last, q_last)
    return _Draft(
        quantity=quantity,
        start=min(p[0] for p in pieces),
        end=max(p[1] for p in pieces),
        sentence=s_index,
        kind=kind,
        victims=victims,
        victims_span=victims_span,
        cue=cue_span,
        part_of=parent,
        first_token=first_token,
        last_token=last_token,
        conditional=_conditional(sent, cue, q_first, last_token),
        active_verb=cue.first if cue is not None and cue.entry.transitive and cue.entry.agent
        and cue.last <= q_first else None,
        qualifier=qualifier.entry.value if qualifier is not None else None,
        object_cue=cue is not None and cue.entry.transitive and cue.last <= q_first,
    )


_POSSESSIVES = frozenset({"ses", "leurs", "nos", "mes", "tes", "vos", "son", "sa", "leur",
                          "notre", "votre", "mon", "ma"})
"""Possessive determiners: before a noun of kin they tell one family's story."""


def _still_held(sent: _Sentence, head: _Head) -> bool:
    """Whether the group of a release is said to be held: a release asked for.

    ``la libération de 20 Arméniens détenus en Azerbaïdjan``: still detained.
    """
    match = sent.at(head.last, "verb")
    return match is not None and match.entry.value in _HELD


_HELD = frozenset({str(CasualtyKind.DETAINED), str(CasualtyKind.ABDUCTED)})
"""Harms of people held by others."""


def _ends_before(sent: _Sentence, q_first: int, category: str) -> _Match | None:
    """A phrase of ``category`` ending at most three words before a figure, in one clause."""
    return _phrase_before(sent, q_first, lambda match: match.entry.category == category)


def _phrase_before(
    sent: _Sentence, q_first: int, accept: Callable[[_Match], bool]
) -> _Match | None:
    """The first phrase ``accept`` takes that ends at most three words before a figure.

    No clause break may stand between (tokens ``[last, q_first)`` are the gap).
    """
    for gap in range(4):
        last = q_first - gap
        if last <= 0:
            return None
        if gap and (sent.is_break(last) or sent.key(last) in (",", "et", "ou", "mais")):
            return None
        for first in range(max(0, last - 6), last):
            for match in sent.matches[first]:
                if match.last == last and accept(match):
                    return match
    return None


def _qualifier_after(sent: _Sentence, head: _Head) -> _Match | None:
    """A qualifier after the group noun of a figure (``Quarante soldats au moins``).

    One adjective may stand between (``Vingt soldats syriens au moins``).
    """
    if head.bare or head.last <= head.first:
        return None
    match = sent.at(head.last, "qualifier_after")
    if match is None and sent.key(head.last).isalpha() and sent.key(head.last) not in \
            _FUNCTION_WORDS and sent.at(head.last, *_LEXICON_WORDS) is None:
        match = sent.at(head.last + 1, "qualifier_after")
    return match


def _sheltering(sent: _Sentence, cue: _Match) -> bool:
    """Whether a flight ends in one building or underground (``dans une église``)."""
    k = cue.last
    if sent.key(k) not in ("dans", "sous"):
        return False
    k += 1
    while sent.key(k) in _DETERMINERS:
        k += 1
    return sent.at(k, "shelter") is not None


_SUBJECT_CLITICS = frozenset({"se", "s", "ne", "n", "y", "en"})
"""Words after a noun that open its own verb (``30 soldats se sont retirés``)."""

_YEAR = re.compile(r"(?:19|20)\d\d")
"""A four-digit figure that reads as a year when no noun follows it."""


def _fitting(sent: _Sentence, cue: _Match | None, head: _Head, *, shared: bool = False
             ) -> _Match | None:
    """The cue, if its verb may harm what the figure counts.

    A verb that harms things as well as people (``abattre``, ``neutraliser``,
    ``évacuer``) needs a noun of people or harm, or a figure that shares the people of
    the claim it is joined to (``shared``); a plural noun the lexicon does not know
    needs a verb that harms people alone. A verb of going (``gagner``, ``partir``)
    needs a place abroad right after it.
    """
    if cue is None:
        return None
    if cue.entry.abroad and not _abroad(sent, cue.last, strict=True):
        return None
    if cue.entry.value in _FLIGHT and _left_without_fleeing(sent, cue.last):
        return None
    if not cue.entry.things:
        return cue
    return cue if head.victims is not None or head.kind is not None or shared else None


_FLIGHT = frozenset({str(CasualtyKind.DISPLACED), str(CasualtyKind.REFUGEES)})
"""Harms of leaving one's place."""


def _left_without_fleeing(sent: _Sentence, k: int) -> bool:
    """Whether the object after a verb of flight (token ``k``) is a room, a post or talks.

    ``plusieurs membres ont quitté la salle``, ``deux ministres ont quitté le gouvernement``.
    """
    while sent.key(k) in _DETERMINERS or sent.key(k) in _ADVERBS:
        k += 1
    return sent.key(k) in _harm_words("context", "not_fled")


def _apposed_to_harm(sent: _Sentence, q_first: int) -> str | None:
    """The harm a bare figure set off after ``les`` and a harm noun counts.

    ``Les blessés, une quarantaine selon l'hôpital, …``: the figure counts the wounded.
    """
    if sent.key(q_first - 1) != ",":
        return None
    for k in range(max(0, q_first - 4), q_first - 1):
        noun = sent.at(k, "noun")
        if noun is not None and noun.last == q_first - 1 and sent.key(k - 1) == "les":
            return noun.entry.value
    return None


def _part_of_things(sent: _Sentence, q_first: int) -> bool:
    """Whether ``dont N`` counts things named just before it (``des hôpitaux dont 13``).

    Without a comma, ``dont`` takes the noun just before it; a noun of things there
    (within three words) makes the figure a count of things.
    """
    if sent.key(q_first - 1) != "dont":
        return False
    for k in range(q_first - 2, max(-1, q_first - 5), -1):
        if sent.key(k) == "," or sent.is_break(k):
            return False
        match = sent.at(k, "counter", "noun", "group")
        if match is not None:
            return match.entry.category == "counter"
    return False


def _abroad(sent: _Sentence, k: int, *, strict: bool = False) -> bool:
    """Whether the words after a verb of flight (from token ``k``) send people abroad.

    ``vers l'Arménie``, ``en Turquie``, ``vers les pays voisins``, ``à l'étranger``, or
    the country as object: ``ont fui le pays``, ``ont fui l'Ukraine``. A place inside a
    country (``vers l'ouest du pays``, ``à Idleb``) is not abroad. ``strict`` wants the
    place right after the verb, past adverbs and days only (``sont arrivés mardi au
    Tchad``).
    """
    while strict and sent.key(k) in _ADVERBS:
        k += 1
    if sent.at(k, "abroad_object") is not None:
        return True
    for i in range(k, min(len(sent.tokens), k + 8)):
        if sent.is_break(i) or sent.key(i) == ",":
            return False
        if strict and i > k:
            return False
        preposition = sent.key(i) in _FLIGHT_PREPOSITIONS
        if preposition or (i == k and sent.key(i) in _DETERMINERS):
            j = i + 1 if preposition else i
            while sent.key(j) in _DETERMINERS:
                j += 1
            if sent.at(j, "abroad") is not None:
                return True
            if not preposition:
                return False  # what was fled (`ont fui les combats en Syrie`), not where to
    return False


def _flight(sent: _Sentence, cue: _Match, kind: str) -> str:
    """``refugees`` for a flight abroad, ``displaced`` for one inside the country.

    Fleeing is displacement unless the words after the verb go abroad (``ont fui vers
    la Turquie``); taking refuge (``réfugiés``) makes refugees, unless the verb is
    reflexive and the refuge is at home (``se sont réfugiés dans une école``).
    """
    located = cue.entry.stays and sent.key(cue.last) not in _ACROSS
    if not located and _abroad(sent, cue.last):
        return str(CasualtyKind.REFUGEES)
    if kind == str(CasualtyKind.DISPLACED) and _evacuated(sent, cue.last):
        return str(CasualtyKind.EVACUATED)  # `ont quitté la ville à bord de bus`
    reflexive = {"se", "s"} & {sent.key(cue.first - 1), sent.key(cue.first - 2)}
    if kind == str(CasualtyKind.REFUGEES) and reflexive:
        return str(CasualtyKind.DISPLACED)
    return kind


def _evacuated(sent: _Sentence, after: int) -> bool:
    """Whether the clause after a verb of leaving says people were taken out (``en bus``)."""
    for k in range(after, min(len(sent.tokens), after + _EVACUATION_REACH)):
        if sent.is_break(k) or (sent.key(k) in {",", ";"} and k > after + 1):
            return False
        if sent.at(k, "evacuation_means") is not None:
            return True
    return False


_EVACUATION_REACH = 12
"""Words after a verb of leaving read for how people were taken out."""


_ADVERBS = frozenset({"deja", "ensuite", "depuis", "aussi", "egalement", "notamment",
                      "surtout", "principalement", "essentiellement", "massivement", "recemment",
                      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                      "hier", "finalement", "desormais", "encore", "toutes", "tous"})
"""Words that may stand between a verb of going and where it goes."""

_ACROSS = frozenset({"vers", "hors", "outre", "jusqu"})
"""Prepositions that send people somewhere (a place after them is a destination)."""

_FLIGHT_PREPOSITIONS = frozenset({"vers", "en", "au", "aux", "a", "pour", "jusqu", "dans",
                                  "hors", "outre"})
"""Prepositions before the destination of a flight."""


def _prewar(sent: _Sentence, q_first: int, last: int) -> bool:
    """Whether a population figure is counted before the war (``comptait… avant la guerre``)."""
    return any(sent.at(k, "prewar") for k in range(max(0, q_first - 3), last + 6))


def _siege_near(sent: _Sentence, near: int) -> bool:
    """Whether a siege word stands within ``_WIDE`` words of token ``near``.

    ``siège`` followed by ``du gouvernement``, ``de l'ONU`` or an acronym (``siège du
    GNA``) is a seat, not a siege.
    """
    for k in range(max(0, near - _WIDE), min(len(sent.tokens), near + _WIDE)):
        match = sent.at(k, "siege")
        if match is None:
            continue
        if sent.key(k) == "siege" and _seat(sent, k + 1):
            continue
        return True
    return False


_CAMP_REACH = 12
"""How many words before a figure of dwellers the name of their camp may stand."""


def _camp_dwellers(sent: _Sentence, q_first: int) -> bool:
    """Whether a figure counts the people who live in a camp of displaced people.

    ``le camp de déplacés de K, où vivent 200 000 personnes``, ``…, qui abrite 80 000
    personnes``: a verb of dwelling right before the figure and the camp named just
    before it, in the same sentence.
    """
    if sent.key(q_first - 1) not in _harm_words("context", "dwelling"):
        return False
    for k in range(q_first - 2, max(-1, q_first - 2 - _CAMP_REACH), -1):
        if sent.is_break(k):
            return False
        if sent.at(k, "camp") is not None:
            return True
    return False


def _seat(sent: _Sentence, k: int) -> bool:
    """Whether the words from token ``k`` after ``siège`` name what it is the seat of."""
    if sent.at(k - 1, "seat") is not None:  # `siège social`
        return True
    if sent.key(k) not in _OF:
        return False
    k += 1
    while sent.key(k) in _DEFINITE:
        k += 1
    if k < len(sent.tokens) and sent.tokens[k].caps:
        return True
    return sent.at(k, "seat") is not None


def _among(sent: _Sentence, q_first: int) -> str | None:
    """The harm of ``parmi les morts`` before a figure (``Parmi les victimes, 4 enfants``).

    With a verb after the noun (``Parmi les victimes figurent des officiers et des
    dizaines de civils``) the list may run longer: up to ``_LIST`` words.
    """
    for k in range(q_first - 1, max(-1, q_first - _LIST), -1):
        if sent.is_break(k):
            return None
        if sent.key(k) == "parmi":
            j = k + 1
            while sent.key(j) in _DETERMINERS:
                j += 1
            noun = sent.at(j, "noun")
            if noun is None:
                return None
            if q_first - k < 7 or sent.at(noun.last, "among_verb") is not None:
                return noun.entry.value
            return None
    return None


_LIST = 24
"""How many words a list after ``Parmi les victimes figurent`` may run."""


def _among_after(sent: _Sentence, i: int) -> _Match | None:
    """``figuraient parmi les victimes`` at token ``i``: a cue of the harm of the noun."""
    verb = sent.at(i, "among_verb")
    if verb is None or sent.key(verb.last) != "parmi":
        return None
    j = verb.last + 1
    while sent.key(j) in _DETERMINERS:
        j += 1
    noun = sent.at(j, "noun")
    if noun is None:
        return None
    return _Match(i, noun.last, _Entry("verb", noun.entry.value))


def _whole(
    sent: _Sentence, q_first: int, previous: _Draft | None, index: int, head: _Head
) -> int | None:
    """The index of the claim a figure is part of (``dont 5 enfants``), if any.

    ``previous`` is the claim before in the same sentence, at ``index``.
    """
    if previous is None:
        return None
    before = [sent.key(q_first - k) for k in (1, 2)]
    if any(word in _PART_OF for word in before) or before[0] == "lesquels" or (
        before[0] in ("lesquelles", "eux", "elles") and before[1] == "parmi"
    ):
        return previous.part_of if previous.part_of is not None else index
    # `dont 5 enfants et 3 femmes`: a group joined to a part is a part too
    if (previous.part_of is not None and head.kind is None and before[0] in ("et", ",")
            and previous.last_token >= q_first - 1):
        return previous.part_of
    return None


def _population_among(sent: _Sentence, previous: _Draft | None, q_first: int) -> bool:
    """Whether a figure counts the people a claim just before was among.

    ``parmi`` right after a claim's group (``12 décès parmi 400 patients``, ``14 morts
    parmi les 40 passagers``) names the population the victims come from; after a
    comma it opens a part (``14 morts, parmi eux 5 enfants``).
    """
    if previous is None:
        return False
    for among in (q_first - 1, q_first - 2):
        if sent.key(among) == "parmi":
            between = range(among + 1, q_first)
            return among == previous.last_token and all(
                sent.key(k) in _DETERMINERS for k in between)
    return False


def _left_cue(sent: _Sentence, q_first: int) -> _Match | None:
    """A harm verb ending at most three words before a figure (``ont tué en réalité 64``).

    A date between them does not count against the three words (``ont tué depuis le 30
    septembre 595 personnes``).
    """

    def accept(match: _Match) -> bool:
        return (match.entry.category == "verb" and not sent.quoted_part(match, q_first)
                and _goes(sent, match))

    found = _phrase_before(sent, q_first, accept)
    if found is None:
        date = _date_before(sent, q_first)
        if date is not None:
            found = _phrase_before(sent, date, accept)
    return found


def _date_before(sent: _Sentence, q_first: int) -> int | None:
    """The first token of a date that ends right before token ``q_first``, if one does.

    A run of date words (``depuis le 30 septembre``, ``mardi soir``) naming a weekday, a
    month or a relative day.
    """
    names, links = _date_words()
    k = q_first
    named = False
    while k > 0 and q_first - k < _DATE_RUN:
        key = sent.key(k - 1)
        if key in names:
            named = True
        elif not (key in links or (key.isdigit() and len(key) <= 4)):
            break
        k -= 1
    return k if named and k < q_first else None


_DATE_RUN = 6
"""The most words of a date read back from a figure."""


@functools.cache
def _date_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded words that name a day or month, and the words that join them into a date."""
    months = frozenset(fold(w) for w in load("calendar")["months"])
    return (_day_words() | months,
            frozenset({"le", "la", "l", "depuis", "du", "de", "au", "nuit", "matin", "soir",
                       "debut", "fin", "mi", "dernier", "derniere", "prochain"}))


def _goes(sent: _Sentence, match: _Match) -> bool:
    """Whether a harm verb is read: a verb of going only when it goes abroad."""
    return not match.entry.abroad or _abroad(sent, match.last, strict=True)


def _right_cue(sent: _Sentence, after: int, limit: int) -> _Match | None:
    """A passive or intransitive harm verb after a group (``ont été tués``, ``ont fui``)."""
    i = after
    seen = 0
    while i < len(sent.tokens) and seen < limit:
        key = sent.key(i)
        if key == "(":
            # `des Forces démocratiques syriennes (FDS) ont été tuées`: an acronym or gloss
            close = _ahead(sent, i + 1, ")", _BRACKETED)
            if close is None:
                return None
            i = close + 1
            continue
        if sent.is_break(i):
            return None
        if key == ",":
            nxt = sent.key(i + 1)
            if nxt in _ASIDES or _agent_aside(sent, i + 1) or _place_apposition(sent, i + 1):
                close = _ahead(sent, i + 1, ",", 16)
                if close is None:
                    return None
                i = close + 1
                continue
            return None
        constraint = sent.at(i, "constraint")
        if constraint is not None and sent.key(constraint.last) in ("de", "d", "a"):
            # `contraints de fuir`, `forcés à l'exode`: the infinitive or noun says the harm
            i = constraint.last + (sent.key(constraint.last) != "a")
            continue
        match = sent.at(i, "verb")
        if match is not None and i == after + 1 and sent.key(after) in ("et", "ou") \
                and sent.key(match.last) in _AVOIR | _ETRE | {"se", "s"}:
            match = None  # `5 800 migrants et réfugiés étaient détenus`: one subject
        if match is not None and _encircled_place(sent, match, after):
            match = None  # `habitants de deux villages encerclés par…, ont été évacués`
        if match is not None and _acceptable_after(sent, match) \
                and not sent.quoted_part(match, after - 1) and _goes(sent, match):
            return match
        among = _among_after(sent, i)
        if among is not None:
            return among
        i += 1
        seen += 1
    return None


_BRACKETED = 8
"""How many words a bracketed gloss inside a subject may hold."""


def _place_apposition(sent: _Sentence, i: int) -> bool:
    """Whether token ``i`` opens an apposition naming a place (``, une ville assiégée…,``).

    ``des habitants de Madaya, une localité encerclée par les milices, ont été évacués``:
    the apposition tells what the place is; the verb of the figure comes after it.
    """
    k = i + (sent.key(i) in _DETERMINERS or sent.key(i) in _SMALL_NUMBERS)
    return k > i and sent.at(k, "place") is not None


_SMALL_NUMBERS = frozenset({"deux", "trois", "quatre", "cinq", "plusieurs"})
"""Numbers that open an apposition of places (``, deux localités chiites…,``)."""


def _encircled_place(sent: _Sentence, match: _Match, after: int) -> bool:
    """Whether a siege participle with its agent describes a place named after the group.

    ``des habitants de deux villages encerclés par les rebelles ont été évacués``: the
    villages are encircled; the verb of the figure comes later (a siege said of the
    people themselves is still read when no other verb follows).
    """
    return (match.entry.value == str(CasualtyKind.BESIEGED) and match.first > after
            and sent.key(match.last) == "par")


def _ahead(sent: _Sentence, i: int, key: str, limit: int) -> int | None:
    """The first token equal to ``key`` within ``limit`` tokens from ``i``, before a break.

    ``)`` closes a short gloss (``(FDS)``); ``,`` closes an aside.
    """
    for k in range(i, min(len(sent.tokens), i + limit)):
        if sent.key(k) == key:
            return k
        if sent.is_break(k):
            return None
    return None


_PARTICIPLE_ENDINGS = ("e", "es", "i", "is", "u", "us", "ue", "ues")


def _agent_aside(sent: _Sentence, i: int) -> bool:
    """Whether token ``i`` opens a participle with its agent (``, dominées par les Kurdes,``).

    Such an aside describes the group just named; the verb of the figure comes after it.
    An adverb may stand before ``par`` (``, soutenus notamment par Ankara,``).
    """
    if not sent.key(i).endswith(_PARTICIPLE_ENDINGS) or sent.key(i) in _ETRE | _AVOIR:
        return False
    return sent.key(i + 1) == "par" or (
        sent.key(i + 2) == "par" and sent.key(i + 1) in _ADVERBS | {"notamment"})


def _acceptable_after(sent: _Sentence, match: _Match) -> bool:
    """Whether a verb after the victims has them as subject (passive, participle, intransitive)."""
    entry = match.entry
    if not entry.transitive:
        return True
    if not entry.participle:
        return False
    for k in range(match.first - 1, max(-1, match.first - 4), -1):
        key = sent.key(k)
        if key in _ETRE:
            return True
        if key in _AVOIR:
            return False
    return True


def _toll(sent: _Sentence, q_first: int, q_last: int) -> _Toll | None:
    """The harm of a figure that stands alone in a toll (``le bilan s'élève à 45``)."""
    # after: `chiffre à 300 le nombre de victimes`
    i = q_last
    if sent.key(i) in _DETERMINERS and sent.at(i + 1, "toll"):
        return _toll_kind(sent, i + 1)
    # before: `le bilan s'est alourdi à 45`, `le nombre de morts atteint 60`
    for k in range(q_first - 1, max(-1, q_first - 12), -1):
        if sent.is_break(k):
            return None
        if sent.at(k, "toll"):
            return _toll_kind(sent, k)
    return None


@attrs.frozen
class _Toll:
    """The harm and victims a toll noun phrase names (``le nombre de victimes civiles``)."""

    kind: str
    victims: str | None = None
    victims_span: tuple[int, int] | None = None


def _toll_kind(sent: _Sentence, k: int) -> _Toll | None:
    """The harm a toll noun at token ``k`` counts (``bilan`` alone counts the dead)."""
    word = sent.key(k)
    j = k + 1
    if sent.key(j) in _OF:
        j += 1
    while sent.key(j) in _DETERMINERS:
        j += 1
    noun = sent.at(j, "noun")
    if noun is not None:
        group = sent.at(noun.last, "group")
        if group is None:
            return _Toll(noun.entry.value)
        span = (sent.tokens[group.first].start, sent.tokens[group.last - 1].end)
        return _Toll(noun.entry.value, group.entry.value, span)
    group = sent.at(j, "group")
    if group is not None:
        verb = sent.at(group.last, "verb")
        if verb is not None:
            span = (sent.tokens[group.first].start, sent.tokens[group.last - 1].end)
            return _Toll(verb.entry.value, group.entry.value, span)
    if word in ("bilan", "decompte"):
        return _Toll(str(CasualtyKind.KILLED))
    return None


def _victims(
    sent: _Sentence, head: _Head, previous: _Draft | None, drafts: Sequence[_Draft],
    q_first: int, *, pronoun: bool = False,
) -> tuple[str | None, tuple[int, int] | None]:
    """The victim group of a figure and where the text names it.

    A figure with no group of its own shares the group of the figure it is joined
    to (``3 800 civils tués et 20 000 blessés``), continues (``et 10 autres``) or
    that ``en`` stands for (``en a blessé 30``).
    """
    if head.victims is not None:
        span = (sent.tokens[head.first].start, sent.tokens[head.last - 1].end)
        return head.victims, span
    if head.kind is not None or (head.bare and sent.key(head.last) in ("parmi", "dans")):
        # `victimes civiles`, `morts parmi les civils`, `et 60 parmi les policiers`
        i = head.last
        if sent.key(i) == "parmi":
            i += 1
            while sent.key(i) in _DETERMINERS:
                i += 1
        elif sent.key(i) == "dans" and sent.key(i + 2) == "rangs" and sent.key(i + 3) in _OF:
            i += 4  # `12 morts dans les rangs des forces de sécurité`
            while sent.key(i) in _DETERMINERS:
                i += 1
        group = sent.at(i, "group")
        if group is not None and i - head.last <= 5:
            value, last = group.entry.value, group.last
            other = _other_side(sent, group) if value in _ARMED else None
            if other is not None:  # `parmi les rebelles et les forces loyalistes`
                value, last = str(Victims.FIGHTERS), other
            return value, (sent.tokens[i].start, sent.tokens[last - 1].end)
    joined = head.ellipsis or pronoun or _coordinated(sent, previous, q_first)
    if previous is not None and joined:
        root = drafts[previous.part_of] if previous.part_of is not None else previous
        if joined:
            return root.victims, root.victims_span
    return None, None


def _other_side(sent: _Sentence, group: _Match) -> int | None:
    """The end of a second armed group joined to ``group`` (``et les forces loyalistes``)."""
    if sent.key(group.last) != "et":
        return None
    j = group.last + 1
    while sent.key(j) in _DETERMINERS:
        j += 1
    other = sent.at(j, "group")
    if other is not None and other.entry.value in _ARMED and other.entry.value != group.entry.value:
        return other.last
    if sent.key(j) in _harm_words("context", "armed_nouns"):
        return j + 1
    return None


@functools.cache
def _harm_words(section: str, key: str) -> frozenset[str]:
    """The folded words of one list of ``harm.toml`` (``context.armed_nouns``)."""
    return frozenset(fold(w) for w in load("harm")[section][key])


def _coordinated(sent: _Sentence, previous: _Draft | None, q_first: int) -> bool:
    """Whether a figure is joined to the previous one (``3 800 civils tués et 20 000 blessés``)."""
    if previous is None:
        return False
    between = [sent.key(k) for k in range(previous.last_token, q_first)]
    if len(between) > 8 or any(k in _STOPS for k in between):
        return False
    return bool(between) and (between[-1] in ("et", ",") or "et" in between[-2:])


_ELLIPTIC_AFTER = frozenset({"a", "au", "aux", "dans", "en", "parmi"})
"""Words after a figure with its noun left out (``et 70 au Niger``, ``et 60 parmi les…``)."""


def _elliptic(sent: _Sentence, previous: _Draft | None, head: _Head, q_first: int) -> bool:
    """Whether a bare figure repeats the count of the claim it is joined to.

    French leaves out the noun of a second figure that counts the same harm in
    another place or group: ``ont tué 900 personnes au Mali et plus de 70 au Niger``,
    ``ont fait 35 morts parmi les civils et 60 parmi les policiers``.
    """
    if not head.bare or previous is None or previous.part_of is not None:
        return False
    after = sent.key(head.last)
    if after not in _ELLIPTIC_AFTER or not _coordinated(sent, previous, q_first):
        return False
    # `et 30 en ont été blessés`: `en` is a pronoun before its verb
    return sent.key(head.last + 1) not in _AVOIR | _ETRE | _SUBJECT_CLITICS


def _gapped(sent: _Sentence, previous: _Draft | None, head: _Head, q_first: int) -> bool:
    """Whether a bare figure ends a clause whose verb and noun are left out after ``celui``.

    ``La guerre de 1994 a fait 20 000 morts, et celle de 2008 plus de 900``: the pronoun
    stands for the subject's noun, the figure counts the same harm.
    """
    if not head.bare or previous is None or previous.part_of is not None:
        return False
    between = [sent.key(k) for k in range(previous.last_token, q_first)]
    if len(between) > _GAP or any(k in _STOPS for k in between) or "et" not in between:
        return False
    j = between.index("et")
    if j + 1 >= len(between) or between[j + 1] not in _STANDING_FOR:
        return False
    end = head.last
    return end >= len(sent.tokens) or sent.is_break(end) or sent.key(end) in {",", ";"}


_GAP = 10
"""Words at most between two figures of a gapped clause (``, et celui de 2008 plus de``)."""
_STANDING_FOR = frozenset({"celui", "celle", "ceux", "celles"})
"""Pronouns that stand for the subject of the clause before."""


def _conditional(sent: _Sentence, cue: _Match | None, q_first: int, last: int) -> bool:
    """Whether the harm is reported in the conditional (``auraient été tués``)."""
    lo = max(0, min(q_first, cue.first if cue else q_first) - 3)
    for k in range(lo, min(len(sent.tokens), last + 1)):
        key = sent.keys[k]
        if key in _CONDITIONAL or (sent.at(k, "verb") and key.endswith(("rait", "raient"))):
            return True
    return False


# ---------------------------------------------------------------- attributes


def _claim(
    layers: Layers, index: _Index, sent: _Sentence, draft: _Draft, drafts: Sequence[_Draft]
) -> CasualtyClaim:
    """Build the record of one draft: attributes, caller offsets."""
    norm = layers.norm
    quantity = _requalified(draft.quantity, draft.qualifier)
    whole = norm.span(draft.start, draft.end)
    span = Span(min(whole.start, quantity.span.start), max(whole.end, quantity.span.end))
    victims_text = None
    if draft.victims_span is not None:
        victims_text = norm.mention(*draft.victims_span).text
    cue = norm.mention(*draft.cue) if draft.cue is not None else None
    period = _period(layers, index, sent, quantity)
    factuality = "conditional" if draft.conditional else "reported"
    if _denied(sent, draft):
        factuality = "denied"
    return CasualtyClaim(
        kind=CasualtyKind(draft.kind),
        count=quantity,
        victims=Victims(draft.victims) if draft.victims else Victims.PEOPLE,
        perpetrator=_perpetrator(layers, index, sent, draft),
        source=_source(layers, index, sent, draft),
        location=_location(layers, index, sent, draft),
        span=span,
        victims_text=victims_text,
        part_of=draft.part_of,
        means=_means(sent, draft),
        period=period,
        cumulative=_cumulative(sent, period),
        factuality=factuality,
        cue=cue,
    )


def _requalified(quantity: Quantity, qualifier: str | None) -> Quantity:
    """The figure with the bound a qualifier after its noun sets (``soldats au moins``).

    Only an exact figure takes it: ``plus de 40 soldats au moins`` keeps ``plus de``.
    """
    if qualifier is None or quantity.qualifier is not Qualifier.EXACT \
            or quantity.value is None:
        return quantity
    bound = Qualifier(qualifier)
    value = quantity.value
    low = value if bound is Qualifier.AT_LEAST or bound is Qualifier.EXACT else None
    high = value if bound is Qualifier.AT_MOST or bound is Qualifier.EXACT else None
    return attrs.evolve(quantity, qualifier=bound, low=low, high=high)


def _denied(sent: _Sentence, draft: _Draft) -> bool:
    """Whether a party rejects the figure: a denial verb before it in the sentence."""
    return bool(sent.starts_of("denial", max(0, draft.first_token - _WIDE), draft.first_token))


def _period(
    layers: Layers, index: _Index, sent: _Sentence, quantity: Quantity
) -> DateMention | None:
    """The date mention of the sentence nearest the figure, periods and since-points first.

    Only dates within ``_DATE_REACH`` characters of the figure are read, so that a
    sentence that never ends costs no more per figure than a short one.
    """
    start = max(layers.norm.start(sent.span.start), quantity.span.start - _DATE_REACH)
    end = min(layers.norm.end(sent.span.end), quantity.span.end + _DATE_REACH)
    inside = index.dates_in(start, end)
    if not inside:
        return None

    def rank(d: DateMention) -> tuple[int, int]:
        wide = d.kind in (DateKind.PERIOD, DateKind.SINCE)
        return (0 if wide else 1, abs(d.span.start - quantity.span.start))

    return min(inside, key=rank)


_DATE_REACH = 1500
"""How far from a figure, in characters, the date of its period may stand."""

_RUNNING_TOTAL = re.compile(
    r"\b(?:au total|en tout|depuis (?:le|son|leur|sa) (?:debut|declenchement)|bilan total)\b"
)
"""Phrases of a running total, on the folded words of a sentence."""


def _cumulative(sent: _Sentence, period: DateMention | None) -> bool:
    """Whether the figure is a running total (``depuis 2011``, ``au total``)."""
    if period is not None and period.kind is DateKind.SINCE:
        return True
    return sent.running_total()


def _means(sent: _Sentence, draft: _Draft) -> str | None:
    """The means named in the sentence nearest the figure (longest phrase at each word)."""
    best: tuple[int, str] | None = None
    i = max(0, draft.first_token - _WIDE)
    for start in sent.starts_of("means", i, draft.last_token + _WIDE):
        if start < i:
            continue  # inside the phrase read before
        match = sent.at(start, "means")
        if match is None:
            continue
        distance = abs(start - draft.first_token)
        if best is None or distance < best[0]:
            best = (distance, match.entry.value)
        i = match.last
    return best[1] if best else None


def _location(layers: Layers, index: _Index, sent: _Sentence, draft: _Draft) -> str | None:
    """A place name after a preposition (``à Alep``, ``dans la province d'Idleb``)."""
    lo = sent.tokens[max(0, draft.first_token - 2 * _NEAR)].start
    hi = sent.tokens[min(len(sent.tokens) - 1, draft.last_token + 2 * _NEAR)].end
    organisations = [  # near the claim only: the place is at most `_NEAR` words away
        (a.start, a.end) for a in index.actors_in(lo, hi)
        if a.actor is not None and a.actor.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP)
    ]
    order = [*range(draft.last_token, min(len(sent.tokens), draft.last_token + _NEAR)),
             *range(draft.first_token - 1, max(-1, draft.first_token - _NEAR), -1)]
    for i in order:
        if sent.keys[i] not in _PLACE_PREPOSITIONS:
            continue
        name = _place_after(sent, i + 1)
        if name is None:
            continue
        first, last = name
        start, end = sent.tokens[first].start, sent.tokens[last - 1].end
        if any(s <= start < e for s, e in organisations):
            continue
        return layers.norm.mention(start, end).text
    return None


_NEAR = 14
"""How many words from a claim its place may stand."""


def _place_after(sent: _Sentence, i: int) -> tuple[int, int] | None:
    """The tokens of a place name starting at ``i``, after determiners and place nouns."""
    if sent.key(i) == "de" or sent.key(i) == "d":  # `près de`
        i += 1
    while sent.key(i) in _DETERMINERS:
        i += 1
    place = sent.at(i, "place")
    if place is not None:
        i = place.last
        if sent.key(i) not in _OF and i < len(sent.tokens) and not sent.tokens[i].upper:
            i += 1  # one adjective: `quartiers rebelles d'Alep`
        if sent.key(i) not in _OF:
            return None
        i += 1
        while sent.key(i) in ("la", "le", "l"):
            i += 1
    return _name_at(sent, i)


def _name_at(sent: _Sentence, i: int) -> tuple[int, int] | None:
    """A run of capitalised words (with ``de``, ``al``… inside) starting at token ``i``."""
    if i >= len(sent.tokens) or not sent.tokens[i].upper or not sent.tokens[i].key.isalpha():
        return None
    last = i + 1
    k = last
    while k < len(sent.tokens) and k - i < 6:
        token = sent.tokens[k]
        if token.upper and token.key.isalnum():
            last = k + 1
        elif token.key not in _NAME_LINKS:
            break
        k += 1
    return i, last


def _perpetrator(layers: Layers, index: _Index, sent: _Sentence, draft: _Draft) -> Actor | None:
    """Who did it: the agent after ``par``, or the subject of an active harm verb."""
    for i in range(draft.last_token, min(len(sent.tokens), draft.last_token + _WIDE)):
        key = sent.keys[i]
        if key in _BREAKS:
            break
        if key == "par":
            end = _phrase_end(sent, i + 1, 8)
            for k in range(i + 2, end):  # the agent ends before a place: `par X sur Y`
                if sent.key(k) in _PLACE_PREPOSITIONS or sent.key(k) in _CLAUSE:
                    end = k
                    break
            actor = _actor_in(index, layers, sent, i + 1, end, names=False)
            if actor is not None:
                return actor
    for i in sent.starts_of("means", max(0, draft.first_token - _WIDE),
                            draft.last_token + _WIDE):
        means = sent.at(i, "means")
        if means is not None:
            # `raids russes`, `frappes aériennes du régime`, `bombes de la coalition`
            actor = _actor_in(index, layers, sent, means.last,
                              _phrase_end(sent, means.last, 4), names=False, weak=False)
            if actor is not None:
                return actor
    if draft.active_verb is None:
        return None
    # the subject of `ont tué`: back to the clause start, a relative or a reporting verb
    end = draft.active_verb
    while end > 0 and sent.key(end - 1) in _AVOIR:
        end -= 1
    begin = end
    while (begin > max(0, end - _WIDE) and not sent.is_break(begin - 1)
           and sent.key(begin - 1) not in _CLAUSE):
        if sent.at(begin - 1, "source_verb", "denial"):
            break
        begin -= 1
    return _actor_in(index, layers, sent, begin, end, names=False)


def _phrase_end(sent: _Sentence, i: int, limit: int) -> int:
    """The token ending a noun phrase that starts at ``i`` (at punctuation, at most ``limit``).

    Brackets belong to the phrase: ``l'Organisation mondiale de la santé (OMS)``.
    """
    k = i
    while k < len(sent.tokens) and k - i < limit:
        key = sent.key(k)
        if key in _STOPS or key in _QUOTES or key == ",":
            break
        k += 1
    return k


@attrs.frozen
class _Phrase:
    """Tokens ``[first, last)`` that name who reports a figure, and how they were found."""

    first: int
    last: int
    finder: str
    """``selon`` (``selon X``, ``d'après X``), ``inverted`` (``, a indiqué X``), ``agent``
    (``communiqué par X``) or ``subject`` (``X a recensé…``)."""
    cue: int
    """The token of ``selon`` or of the reporting verb."""


def _source(layers: Layers, index: _Index, sent: _Sentence, draft: _Draft) -> Actor | None:
    """Who reports the figure: the statement holding it, else the sentence's attribution.

    ``selon X`` inside what a statement reports (``La Russie a annoncé que l'offensive a
    tué 465 civils selon l'OSDH``) names the source of the figure itself, so it beats
    the statement's speaker; so does a more specific name of the same speaker.
    """
    holder = _holding_statement(
        (s for s in index.statements_holding(draft.quantity.span)
         if not _aside_statement(sent, s, draft)),
        draft.quantity.span)
    speaker = holder.speaker if holder is not None else None
    if speaker is not None and _wire(speaker) and not sent.names_wire:
        speaker = None  # `a indiqué à l'AFP`, the dateline's agency: the reporter
    local: Actor | None = None
    named = False
    phrase: _Phrase | None = None
    for finder in (_selon, _inverted, _subject):
        phrase = finder(sent, draft)
        if phrase is not None:
            local, named = _phrase_actor(layers, index, sent, phrase)
            if local is not None:
                break
    if holder is None or speaker is None:
        return local
    if local is None or phrase is None:
        return speaker
    if phrase.cue < draft.first_token and holder.cue is not None:
        end = _clause_end(sent, draft.last_token)
        if end is not None and holder.cue.span.start >= layers.norm.to_text(
                sent.tokens[end].start):
            # `L'ONU fait état de X, tandis que Y…, a précisé Z`; `…, un rapport que Damas a
            # jugé…`: the statement's cue speaks for a later clause, not for this figure
            return local
    if phrase.finder == "selon":
        cue_at = layers.norm.to_text(sent.tokens[phrase.cue].start)
        if holder.cue is None or holder.cue.span.start == cue_at:
            if not named and _same_source(sent, phrase):
                return speaker  # `selon la même source`: the statements layer took it back
            return local  # the statement is this `selon`
        if holder.cue.span.start < cue_at and named:
            return local  # a `selon` that names its source inside the reported words
    if _more_specific(local, speaker):
        return local  # `ministère de la Santé` rather than `ministère`
    return speaker


def _same_source(sent: _Sentence, phrase: _Phrase) -> bool:
    """Whether a source phrase is ``la même source`` (``de même source``, ``les mêmes sources``)."""
    keys = [sent.key(k) for k in range(phrase.first, phrase.last + 1)]
    return any(k in _SAME for k in keys) and any(
        k in {"source", "sources"} for k in keys
    )


def _phrase_actor(layers: Layers, index: _Index, sent: _Sentence, phrase: _Phrase
                  ) -> tuple[Actor | None, bool]:
    """The actor a source phrase names, and whether the phrase names it (not only its words).

    In order: an anaphor (``l'ONG``, ``ce ministère``, ``le même responsable``) takes
    the actor named before it; a known or capitalised name; the phrase itself as an
    unnamed group (``selon des sources médicales``, ``la mairie a recensé``). An
    indefinite phrase (``un responsable des peshmergas``) introduces someone new, so
    it never resolves to a person named earlier.
    """
    first, last = _past_report(sent, phrase.first, phrase.last), phrase.last
    anaphor = _anaphor(sent, first, last)
    if anaphor is not None:
        found = _antecedent(layers, index, sent, first, *anaphor)
        if found is not None:
            return found, True
    actor = _actor_in(index, layers, sent, first, last, names=True, weak=False)
    if actor is None or actor.kind is ActorKind.STATE:
        body = _institution(layers, sent, first, last)
        if body is not None:  # `l'ordre des avocats tunisiens`, not Tunisia
            return body, True
    if actor is not None and not _not_source(actor.name):  # not a capitalised `Il`
        return actor, True
    # a role or group phrase of the actor layer (`le porte-parole` → the person named
    # earlier), unless the phrase is indefinite; else the words themselves
    weak = None
    if sent.key(first) not in _INDEFINITE:
        weak = _actor_in(index, layers, sent, first, last, names=False)
    if weak is not None and _not_source(weak.name):
        weak = None  # `Il a indiqué…`: an unresolved pronoun names no one
    group = _group_actor(layers, sent, first, _mention_last(index, sent, first, last))
    if weak is not None and group is not None \
            and set(fold(weak.name).split()) < set(fold(group.name).split()):
        return group, False  # `services de secours` rather than `secours`
    return weak or group, False


def _past_report(sent: _Sentence, first: int, last: int) -> int:
    """Where the author of a count begins (``un décompte de`` *``la Sécurité civile``*).

    A report noun (``décompte``, ``bilan``, ``rapport``…), maybe with an adjective
    (``un bilan provisoire du``), is followed by its author after ``de``; anything else
    is left as it is.
    """
    k = first
    while k < last and sent.key(k) in _DETERMINERS:
        k += 1
    report = sent.at(k, "report")
    if report is None:
        return first
    k = report.last
    while k < last and sent.at(k, "report_adjective") is not None:
        k += 1
    if sent.key(k) in _OF and k + 1 < last:
        return k + 1 if sent.key(k) in ("de", "d") else k
    return first


def _institution(layers: Layers, sent: _Sentence, first: int, last: int) -> Actor | None:
    """A body named by its kind and what it gathers (``l'ordre des avocats tunisiens``).

    The phrase runs from the institution noun to a comma, a clause or at most
    ``_BODY`` words, without a trailing function word.
    """
    k = first
    while k < last and sent.key(k) in _DETERMINERS:
        k += 1
    if sent.at(k, "institution") is None:
        return None
    end = k + 1
    while end < min(last, k + _BODY):
        key = sent.key(end)
        if key in _CLAUSE or key in _STOPS or sent.is_break(end) or key in _GROUP_END:
            break
        end += 1
    while end > k + 1 and sent.key(end - 1) in _DETERMINERS | _PLACE_PREPOSITIONS:
        end -= 1
    text = layers.norm.text[sent.tokens[k].start : sent.tokens[end - 1].end]
    return Actor(text, ActorKind.ORGANIZATION)


_BODY = 7
"""How many words the name of a body may run (``syndicat des médecins du Soudan``)."""


def _wire(actor: Actor) -> bool:
    """Whether an actor is a wire agency (``Agence France-Presse – AFP``, ``Reuters``)."""
    return _wire_name(actor.name)


@functools.lru_cache(maxsize=1024)
def _wire_name(name: str) -> bool:
    """Whether a name is a wire agency's (cached: a speaker comes back claim after claim)."""
    words = tuple(fold(name).split())
    return any(words[k : k + len(w)] == w for w in _wire_phrases() for k in range(len(words)))


@functools.cache
def _wire_phrases() -> tuple[tuple[str, ...], ...]:
    """The folded names of the wire agencies of ``harm.toml``."""
    return tuple(tuple(fold(w).split()) for w in load("harm")["sources"]["wire_agencies"])


def _wire_named(sent: _Sentence, first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` name a wire agency as who speaks or counts.

    Not as who was told (``a indiqué à l'AFP``) or who asked (``joints par l'AFP``), and
    not in a dateline (``(AFP)``).
    """
    for k in sent.starts_of("wire", first, last):
        before = k - 1
        while before >= 0 and sent.key(before) in ("l", "la", "le"):
            before -= 1
        if sent.key(before) in ("a", "au", "(") or sent.key(k + 1) == ")":
            continue
        if sent.key(before) == "par" and sent.at(before - 1, "wire_contact") is not None:
            continue
        return True
    return False


_INDEFINITE = frozenset({"un", "une", "des", "d", "de", "plusieurs", "certains", "certaines"})
_DEFINITE = frozenset({"le", "la", "les", "l"})
_DEMONSTRATIVE = frozenset({"ce", "cet", "cette", "ces"})
_SAME = frozenset({"meme", "memes"})
_BACK = 3000
"""How far before a source anaphor (``l'ONG``) its antecedent may stand, in characters."""
_BACK_MENTIONS = 80
"""How many actor mentions before an anaphor are looked at, at most."""


@functools.cache
def _anaphoric_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Folded nouns that refer back to an organisation, and to a person, as a source."""
    return (_harm_words("sources", "anaphoric_organizations"),
            _harm_words("sources", "anaphoric_people"))


def _anaphor(sent: _Sentence, first: int, last: int) -> tuple[str, bool] | None:
    """``(noun, person)`` for an anaphor (``l'ONG``, ``le même responsable``), else ``None``.

    Organisations are taken back by a definite or demonstrative article; people only
    by a demonstrative or ``même``, since ``le responsable`` may well be someone new.
    """
    det = sent.key(first)
    if det not in _DEFINITE and det not in _DEMONSTRATIVE:
        return None
    k = first + 1
    same = sent.key(k) in _SAME
    if same:
        k += 1
    end = k + 1
    adjective = sent.key(end)
    if end < last and end < len(sent.tokens) and not sent.tokens[end].upper \
            and adjective.isalpha() and adjective not in _OF | _PLACE_PREPOSITIONS \
            and adjective not in _CLAUSE and adjective not in actor_lexicon().demonyms:
        end += 1  # one adjective: `l'agence onusienne` (`l'armée syrienne` names itself)
    if end != last and sent.key(end) not in (",", *_STOPS):
        return None  # more words: `le ministère de la Santé` names itself
    organizations, people = _anaphoric_nouns()
    noun = sent.key(k)
    if noun in organizations:
        return noun, False
    if noun in people and (same or det in _DEMONSTRATIVE):
        return noun, True
    return None


def _antecedent(layers: Layers, index: _Index, sent: _Sentence, first: int, noun: str,
                person: bool) -> Actor | None:
    """The actor named last before token ``first`` that the anaphor ``noun`` takes back.

    A person anaphor (``le même responsable``) takes the last person named; an
    organisation anaphor the last mention whose words hold the noun (``ce ministère``
    → ``le ministère de la Santé``), else, for ``l'ONG`` or ``l'organisation``, the
    last organisation named.
    """
    end = sent.tokens[first].start
    mentions = index.actors_in(max(0, end - _BACK), end)[-_BACK_MENTIONS:]
    fallback: Actor | None = None
    for mention in reversed(mentions):
        actor = mention.actor
        if actor is None or _wire(actor):
            continue  # the agency of the dateline reports, it is taken back by nothing
        named = mention.form in _NAMED_FORMS
        if person:
            if named and actor.kind is ActorKind.PERSON:
                return actor
            continue
        words = fold(layers.norm.text[mention.start : mention.end]).split()
        if noun in words or noun in fold(actor.name).split():
            return actor
        if fallback is None and noun in _harm_words("sources", "any_organization"):
            if named and actor.kind is ActorKind.ORGANIZATION:
                fallback = actor
            elif actor.kind is ActorKind.PERSON:
                # `le directeur de l'OMS, Jean Dupont`: the organisation inside
                fallback = _organization_inside(layers.norm.text[mention.start : mention.end])
    return fallback


_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w\-]+")


def _organization_inside(text: str) -> Actor | None:
    """The last organisation of the actor lexicon named by one word in ``text``."""
    lexicon = actor_lexicon()
    for word in reversed(_CAPITALISED.findall(text)):
        entry = lexicon.lookup(word)
        if entry is not None and entry.actor.kind is ActorKind.ORGANIZATION \
                and not _wire(entry.actor):
            return entry.actor
    return None


def _mention_last(index: _Index, sent: _Sentence, first: int, last: int) -> int:
    """Where a phrase of people the actor layer left unresolved ends, else ``last``.

    ``selon des témoins libanais joints par téléphone``: the mention is ``des témoins
    libanais``; what follows describes them.
    """
    if first >= len(sent.tokens):
        return last
    start = sent.tokens[first].start
    for mention in index.actors_in(start, start + 1):
        if mention.actor is None and mention.start == start:
            return max(first + 1, min(last, sent.index(mention.end)))
    return last


def _group_actor(layers: Layers, sent: _Sentence, first: int, last: int) -> Actor | None:
    """An unnamed group that reports a figure (``selon les secouristes``): its noun phrase."""
    while first < last and sent.key(first) in _DETERMINERS:
        first += 1
    last = min(last, first + 4)
    for k in range(first + 1, last):
        key = sent.key(k)
        if (key in _CLAUSE or key in _PLACE_PREPOSITIONS or key in _GROUP_END
                or sent.at(k, "wire_contact") is not None):  # `secouristes joints par`
            last = k
            break
    if first >= last or not sent.key(first).isalpha() or sent.at(first, "not_source"):
        return None
    text = layers.norm.text[sent.tokens[first].start : sent.tokens[last - 1].end]
    return Actor(text, ActorKind.GROUP)


def _not_source(name: str) -> bool:
    """Whether an actor's name is a word that names no source (``Il``, ``le bilan``)."""
    entries = harm_lexicon().phrases.get(tuple(fold(name).split()), ())
    return any(e.category == "not_source" for e in entries)


_GROUP_END = frozenset({"y", "ne", "n", "se", "s", "lui", "leur", "aussi", "egalement",
                        "pour", "et", "ont", "a", "avait", "avaient", "ainsi"})
"""Words that end the noun phrase of an unnamed source (``la mairie y a recensé``)."""


def _more_specific(one: Actor, other: Actor) -> bool:
    """Whether ``one`` names ``other`` with more words (``ministère de la Santé``/``ministère``)."""
    mine, theirs = set(fold(one.name).split()), set(fold(other.name).split())
    return theirs < mine


def _holding_statement(statements: Iterable[Statement], count: Span) -> Statement | None:
    """The smallest statement with a speaker whose span holds the figure.

    Between statements of one span (``Selon Sana, le gouverneur a indiqué que…``) the
    one whose cue stands last before the figure reports it.
    """
    best: tuple[int, int, Statement] | None = None
    for statement in statements:
        if statement.speaker is None or not statement.span.contains(count):
            continue
        cue = statement.cue.span.start if statement.cue is not None else -1
        rank = (len(statement.span), -cue if cue <= count.start else 1)
        if best is None or rank < best[:2]:
            best = (*rank, statement)
    return best[2] if best else None


def _selon(sent: _Sentence, draft: _Draft) -> _Phrase | None:
    """The phrase after ``selon``/``d'après`` nearest the figure.

    ``de source indépendante`` and ``confirmer de source…`` say how a figure could
    be checked, not who gives it.
    """
    best: tuple[int, _Phrase] | None = None
    for i in sent.starts_of("source_prep", max(0, draft.first_token - _WIDE),
                            draft.last_token + _WIDE):
        match = sent.at(i, "source_prep")
        if match is None:
            continue
        if sent.key(i) == "de" and (sent.key(match.last).startswith("independant")
                                    or sent.key(i - 1) in _CHECKING):
            continue
        # `de sources sécuritaires`: the noun `sources` belongs to the source's name
        first = i + 1 if sent.key(i) == "de" else match.last
        phrase = _Phrase(first, _phrase_end(sent, match.last, 14), "selon", i)
        distance = abs(i - draft.first_token)
        if i < draft.first_token and _postposed(sent, i, phrase.last):
            distance += _WIDE * 4  # only when no other `selon` speaks for this figure
        if phrase.last < draft.first_token and _relative_aside(sent, i, phrase.last):
            continue  # `Les raids, qui ont visé 30 sites selon X, ont tué…`: X speaks for the aside
        if phrase.last > phrase.first and (best is None or distance < best[0]):
            best = (distance, phrase)
    return best[1] if best else None


_RELATIVES = frozenset({"qui", "que", "qu", "dont", "ou", "lesquels", "lesquelles", "lequel",
                        "laquelle"})
_ASIDE_REACH = 16


def _aside_statement(sent: _Sentence, statement: Statement, draft: _Draft) -> bool:
    """Whether a statement is a ``selon X`` closing a relative clause before the figure."""
    if statement.cue is None:
        return False
    i = sent.index(statement.cue.span.start)
    match = sent.at(i, "source_prep")
    if match is None or i >= draft.first_token:
        return False
    last = _phrase_end(sent, match.last, 14)
    return last < draft.first_token and _relative_aside(sent, i, last)


def _relative_aside(sent: _Sentence, i: int, last: int) -> bool:
    """Whether ``selon X`` at token ``i`` ends a relative clause set off by commas.

    In ``Les raids, qui ont visé 30 positions selon l'armée, ont tué quatre soldats``
    the source speaks for the relative clause only, not for the main clause after it.
    """
    if sent.key(last) != ",":
        return False
    for k in range(i - 1, max(-1, i - _ASIDE_REACH), -1):
        key = sent.key(k)
        if key == "," or sent.is_break(k):
            return False
        if key in _RELATIVES and sent.key(k - 1) == ",":
            return True
    return False


_NEXT_CLAUSE = frozenset({"et", "mais", "tandis", "alors", "puis", "cependant"})
"""Words after a comma that open a new clause with a subject of its own."""


def _postposed(sent: _Sentence, i: int, last: int) -> bool:
    """Whether ``, selon X,`` at token ``i`` closes the clause before it and a new one follows.

    In ``A, selon S1, et B, d'après S2`` the first source belongs to ``A`` only.
    """
    return sent.key(i - 1) == "," and sent.key(last) == "," \
        and sent.key(last + 1) in _NEXT_CLAUSE


def _clause_end(sent: _Sentence, k: int) -> int | None:
    """The first token from ``k`` that ends the figure's clause, if the sentence goes on.

    A new clause: ``tandis que``, ``alors que``, ``;``, ``, et``/``, mais``, or a comma
    opening an apposition with its own relative clause (``, un rapport que Damas a
    jugé…``, ``, ce que Moscou dément``).
    """
    for j in range(k, min(len(sent.tokens), k + _WIDE)):
        key = sent.key(j)
        if key in _STOPS and key != ";":
            return None
        if key == ";" or key == "tandis" or (
                key == "alors" and sent.key(j + 1) in ("que", "qu")):
            return j
        if key == ",":
            if sent.key(j + 1) in ("et", "mais"):
                return j
            if any(sent.key(n) in ("que", "qu", "qui", "dont") for n in range(j + 2, j + 5)) \
                    and sent.key(j + 1) in _DETERMINERS:
                return j
    return None


_CHECKING = frozenset({"confirmer", "verifier", "confirme", "confirmee", "confirmes",
                       "confirmees", "verifie", "verifiee", "verifies", "verifiees"})
"""Verbs of checking before ``de source…`` (``impossible à confirmer de source sûre``)."""


def _inverted(sent: _Sentence, draft: _Draft) -> _Phrase | None:
    """The subject after an inverted reporting verb (``», a indiqué l'OSDH``).

    When a subject names the figure's source before it (``L'ONU fait état de X, tandis
    que…, a précisé Z``), a verb past the figure's clause reports the later clause only.
    """
    limit = draft.last_token + _WIDE
    end = _clause_end(sent, draft.last_token)
    if end is not None and _subject(sent, draft) is not None:
        limit = end
    for i in sent.starts_of("source_verb", draft.last_token, limit):
        match = sent.at(i, "source_verb")
        if match is None:
            continue
        k = i - 1
        while k >= 0 and sent.key(k) in _AVOIR | {"t", "il", "elle"}:
            k -= 1
        if sent.key(k) in (",", "»", '"', "”") or (k >= 0 and sent.tokens[k].key in _QUOTES):
            end = match.last
            while (end < len(sent.tokens) and sent.key(end) not in _STOPS | _QUOTES
                   and end - match.last < 16):
                end += 1
            return _Phrase(_past_addressee(sent, match.last, end), end, "inverted", i)
    return None


def _past_addressee(sent: _Sentence, k: int, end: int) -> int:
    """The first token of the subject after an inverted verb, past whom it was said to.

    ``a indiqué à l'AFP un responsable``, ``a déclaré mardi à la presse le maire``: the
    words after ``à`` up to the next determiner are the addressee, not the source.
    """
    start = k
    while sent.key(k) in _ADVERBS:
        k += 1
    if sent.key(k) not in ("a", "au", "aux"):
        return start
    k += 1
    while sent.key(k) in _DEFINITE:
        k += 1
    limit = min(end, k + 6)
    while k < limit and sent.key(k) not in _DETERMINERS and sent.key(k) != ",":
        k += 1
    return k if k < limit else start


def _subject(sent: _Sentence, draft: _Draft) -> _Phrase | None:
    """The subject of a reporting verb before the figure (``Amnesty chiffre à 300…``).

    A participle with its agent names the source after ``par`` (``le bilan, communiqué
    par les services de secours, fait état de 40 morts``); a name closed by its
    acronym in brackets belongs to the subject (``La mission de l'ONU en Afghanistan
    (Manua) a recensé…``).
    """
    starts = sent.starts_of("source_verb", max(0, draft.first_token - _WIDE) + 1,
                            draft.first_token)
    for i in reversed(starts):
        match = sent.at(i, "source_verb")
        if match is None or match.last > draft.first_token:
            continue
        agent = _agent(sent, match.last, draft.first_token)
        if agent is not None:
            return _Phrase(*agent, "agent", i)
        end = i
        while end > 0 and sent.key(end - 1) in _AVOIR | _ETRE:
            end -= 1
        begin = end
        while begin > max(0, end - _WIDE) and sent.key(begin - 1) != ",":
            if sent.key(begin - 1) == ")":
                opening = _opening_bracket(sent, begin - 1)
                if opening is None:
                    break
                begin = opening
                continue
            if sent.is_break(begin - 1):
                break
            begin -= 1
        first = begin
        while sent.key(first) in _DETERMINERS:
            first += 1
        if first >= end or sent.at(first, "not_source"):
            # `Le bilan, établi par les services de santé, fait état de…`
            agent = _agent_before(sent, i)
            if agent is not None:
                return _Phrase(*agent, "agent", i)
        if end > begin:
            return _Phrase(begin, end, "subject", i)
    return None


def _agent_before(sent: _Sentence, verb: int) -> tuple[int, int] | None:
    """The agent after ``par`` in the words just before a reporting verb."""
    for k in range(verb - 1, max(-1, verb - 16), -1):
        if sent.is_break(k):
            return None
        if sent.key(k) == "par":
            return _agent_at(sent, k, verb)
    return None


def _opening_bracket(sent: _Sentence, close: int) -> int | None:
    """The ``(`` that opens the short bracket closed at token ``close`` (``(Manua)``)."""
    for k in range(close - 1, max(-1, close - 5), -1):
        if sent.key(k) == "(":
            return k
        if sent.is_break(k):
            return None
    return None


def _agent(sent: _Sentence, after: int, limit: int) -> tuple[int, int] | None:
    """The agent after ``par`` that follows a reporting participle, before token ``limit``."""
    for k in range(after, min(limit, after + 5)):
        key = sent.key(k)
        if key == "par":
            return _agent_at(sent, k, limit)
        if key == "," or sent.is_break(k):
            return None
    return None


def _agent_at(sent: _Sentence, par: int, limit: int) -> tuple[int, int] | None:
    """The words after ``par`` at token ``par`` that name an agent, ending before ``limit``."""
    end = min(_phrase_end(sent, par + 1, 8), limit)
    return (par + 1, end) if end > par + 1 else None


def _actor_in(
    index: _Index, layers: Layers, sent: _Sentence, first: int, last: int, *, names: bool,
    weak: bool = True,
) -> Actor | None:
    """The actor a stretch of tokens names: a known mention, a name, or a nationality.

    ``names`` allows building an organisation from capitalised words not in the
    actor layer (sources; not perpetrators); ``weak`` allows role and group
    phrases (``le régime``) when nothing names the actor.
    """
    if last <= first or first >= len(sent.tokens):
        return None
    start, end = sent.tokens[first].start, sent.tokens[min(last, len(sent.tokens)) - 1].end
    mentions = [a for a in index.actors_in(start, end) if a.actor and (
        not _wire(a.actor) or _wire_named(sent, sent.index(a.start), sent.index(a.end)))]
    strong = [a for a in mentions if a.form in _NAMED_FORMS]
    people = [a for a in strong if a.actor and a.actor.kind is ActorKind.PERSON]
    for mention in people:
        if mention.actor is not None:
            return mention.actor
    acronym = _bracket_acronym(sent, first, last)
    if acronym is not None:
        # `L'Office de l'ONU pour les réfugiés palestiniens (UNRWA)`: the acronym names
        # the whole, not the `ONU` inside it
        at = sent.tokens[acronym]
        known = [a for a in strong if a.start <= at.start < a.end]
        if known and known[0].actor is not None:
            return known[0].actor
        return Actor(layers.norm.text[at.start : at.end], ActorKind.ORGANIZATION)
    for mention in strong:
        if mention.actor is not None:
            return mention.actor
    if names:
        built = _built_actor(layers, sent, first, last)
        if built is not None:
            return built
    lexicon = actor_lexicon()
    for k in range(first, last):
        state = lexicon.demonyms.get(sent.key(k))
        if state is not None and not _qualifies_people(
                index.actors_in(start, end), sent.tokens[k].start):
            return lexicon.entries[state].actor
    for mention in mentions if weak else ():
        if mention.actor is not None:
            return mention.actor
    return None


def _qualifies_people(mentions: Sequence[ActorMention], at: int) -> bool:
    """Whether the nationality at ``at`` belongs to a mention of people, not of its state.

    The actor layer reads `des juristes suisses` as people of that nationality
    and `des responsables turcs` as the state: only the latter names the state.
    People it leaves unresolved (`des habitants syriens`, `des témoins libanais`) are
    people too.
    """
    return any(
        m.start <= at < m.end and (m.actor is None or m.actor.kind is not ActorKind.STATE)
        for m in mentions
    )


_NAMED_FORMS = frozenset({"name", "surname", "lexicon", "organization"})
"""Actor mentions that name someone (role and group phrases only designate)."""


def _bracket_acronym(sent: _Sentence, first: int, last: int) -> int | None:
    """The token of a capitalised word in brackets that closes a name (``(Manua)``)."""
    for k in range(first, last - 2):
        if sent.key(k) == "(" and sent.key(k + 2) == ")" and sent.tokens[k + 1].upper:
            return k + 1
    return None


def _built_actor(layers: Layers, sent: _Sentence, first: int, last: int) -> Actor | None:
    """An organisation named by an acronym in brackets or by capitalised words."""
    text = layers.norm.text
    acronym = _bracket_acronym(sent, first, last)
    if acronym is not None:
        token = sent.tokens[acronym]
        return Actor(text[token.start : token.end], ActorKind.ORGANIZATION)
    k = first
    while k < last and sent.key(k) in _DETERMINERS:
        k += 1
    begin = k  # `ministère de la Santé`, `agence officielle Sana`
    while k < last and k - begin < 4 and not sent.tokens[k].upper:
        if sent.is_break(k) or sent.key(k) == "," or sent.at(k, "wire_contact") is not None:
            return None  # `des secouristes joints par l'AFP` names no organisation
        k += 1
    name = _name_at(sent, k) if k < last else None
    if name is None:
        return None
    end = min(name[1], last)
    closing = end
    while closing < min(last, end + 2) and sent.key(closing).isalpha() \
            and not sent.tokens[closing].upper and sent.key(closing) not in _FUNCTION_WORDS:
        closing += 1
    if closing == last:
        end = last  # adjectives closing the phrase: `Casques blancs`, `Sécurité civile marocaine`
    return Actor(text[sent.tokens[begin].start : sent.tokens[end - 1].end], ActorKind.ORGANIZATION)
