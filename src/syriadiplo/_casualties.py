"""Casualty claims: figures of people killed, wounded, displaced… with who reports them.

The extractor reads the layers computed before it (quantities, sentences,
dates, actors, statements) and the harm lexicon (``data/harm.toml``). Every
figure of the quantity layer is a candidate; rules, tried in a fixed order,
decide whether it counts *people harmed* and what harm:

1. the **head** of the figure, the noun after it (``338 morts``, ``des
   milliers de déplacés``, ``12 civils``, ``dix autres``); a figure of things
   (``quatre hôpitaux``, ``48 heures``, ``un enfant de 12 ans``) stops here;
2. for a figure of a group (or of nothing: ``en a blessé 30``), the **harm
   cue**: a part of a list (``dont 106 enfants`` takes the harm of its whole),
   an active verb just before (``ont tué 64 civils``, ``a coûté la vie à``), a
   passive or intransitive verb after (``12 civils ont été tués``, ``ont dû
   fuir``), the harm of the figure an ellipsis continues (``et 10 autres``), a
   toll (``le bilan s'est alourdi à 45``, ``chiffre à 300 le nombre de
   victimes``), or a siege word in the sentence for the population of a place;
3. the **attributes**: victims (the group, or shared with the figure it is
   coordinated with: ``3 800 civils tués et 20 000 blessés``), source (the
   speaker of the statement holding the figure, else ``selon X``, ``a indiqué
   X``, ``X chiffre à…``), perpetrator, means, location, period, factuality.

Words are matched on a folded copy (:func:`syriadiplo._lexicon.fold`), word by
word, so the lexicon is written as French writes it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from syriadiplo._actors import ActorMention
from syriadiplo._data import load
from syriadiplo._kinds import ActorKind, CasualtyKind, DateKind, QuantityKind, Victims
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

_TOKEN = re.compile(r"\w+|[^\w\s'’\-‐‑]")
"""Words (letters and digits) and single punctuation marks; apostrophes and hyphens
separate words, as in the folded lexicon."""


@attrs.frozen
class _Entry:
    """What one lexicon phrase means."""

    category: str
    """``noun``, ``verb``, ``group``, ``population``, ``siege``, ``place``, ``adjective``,
    ``counter``, ``toll``, ``toll_verb``, ``source_prep``, ``source_verb``, ``denial``,
    ``means``."""
    value: str = ""
    """The casualty kind, victim group or means code (empty when the category says all)."""
    transitive: bool = False
    """Verbs: whether the victims are the object (``tuer``) rather than the subject."""
    participle: bool = False
    """Verbs: whether the form can be a past participle (``tués``)."""


@attrs.frozen
class HarmLexicon:
    """The harm lexicon, folded and indexed by phrase; build it with :func:`harm_lexicon`."""

    phrases: Mapping[tuple[str, ...], tuple[_Entry, ...]]
    """Folded phrase (a tuple of words) → what it means."""
    longest: int
    """Number of words of the longest phrase."""
    prefixes: frozenset[tuple[str, ...]] = frozenset()
    """Every word sequence that begins a phrase: a scan stops where none continues."""


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
        for form in forms:
            add(form, _Entry("verb", item["kind"], item["transitive"], form in participles))
        for form in participles:
            add(form, _Entry("verb", item["kind"], item["transitive"], True))
    for item in data["constructions"]:
        transitive = item.get("transitive", False)
        if "verb" in item:
            forms, participles = _verb_forms(item, "verb")
            for form in {*forms, *participles}:
                add(f"{form} {item['rest']}",
                    _Entry("verb", item["kind"], transitive, form in participles))
        for phrase in item.get("phrases", []):
            add(phrase, _Entry("verb", item["kind"], transitive, True))
    for group, words in data["groups"].items():
        for word in words:
            add(word, _Entry("group", group))
    context = data["context"]
    for category, key in (("population", "population"), ("siege", "siege"),
                          ("place", "place_nouns"), ("adjective", "pre_adjectives"),
                          ("counter", "counters"), ("toll", "tolls"),
                          ("toll_verb", "toll_verbs")):
        for word in context[key]:
            add(word, _Entry(category, fold(word)))
    sources = data["sources"]
    for word in sources["prepositions"]:
        add(word, _Entry("source_prep"))
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


# ---------------------------------------------------------------- sentence analysis


@attrs.frozen
class _Token:
    """One word or punctuation mark of a sentence."""

    start: int
    """Start offset in the normalised text."""
    end: int
    """End offset in the normalised text."""
    key: str
    """The folded word (punctuation as is)."""
    upper: bool
    """Whether it starts with a capital in the text."""


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
        text = layers.norm.text
        lower = layers.norm.lower
        self.tokens: tuple[_Token, ...] = tuple(
            _Token(m.start(), m.end(), fold(m.group()) or m.group(), text[m.start()].isupper())
            for m in _TOKEN.finditer(lower, span.start, span.end)
        )
        self.starts = tuple(t.start for t in self.tokens)
        by_start: list[list[_Match]] = [[] for _ in self.tokens]
        keys = [t.key for t in self.tokens]
        for i in range(len(keys)):
            reach = 1
            while i + reach <= len(keys) and tuple(keys[i : i + reach]) in lex.prefixes:
                reach += 1
            for size in range(reach - 1, 0, -1):  # longest first
                for entry in lex.phrases.get(tuple(keys[i : i + size]), ()):
                    by_start[i].append(_Match(i, i + size, entry))
        self.matches: tuple[tuple[_Match, ...], ...] = tuple(tuple(m) for m in by_start)

    def at(self, i: int, *categories: str) -> _Match | None:
        """The longest phrase of one of ``categories`` starting at token ``i``."""
        if not 0 <= i < len(self.tokens):
            return None
        for match in self.matches[i]:  # longest first
            if match.entry.category in categories:
                return match
        return None

    def key(self, i: int) -> str:
        """The folded word at token ``i`` (empty outside the sentence)."""
        return self.tokens[i].key if 0 <= i < len(self.tokens) else ""

    def index(self, offset: int) -> int:
        """The first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def is_break(self, i: int) -> bool:
        """Whether token ``i`` is punctuation that a cue does not cross."""
        return self.key(i) in _BREAKS


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
    for quantity in layers.quantities:
        if not _countable(quantity):
            continue
        q_start, q_end = norm.to_text(quantity.span.start), norm.to_text(quantity.span.end)
        s_index = bisect_right(starts, q_start) - 1
        if s_index < 0 or q_end > sentences[s_index].end:
            continue
        sentence = analysed.get(s_index)
        if sentence is None:
            sentence = analysed[s_index] = _Sentence(layers, sentences[s_index], lex)
        draft = _draft(sentence, s_index, quantity, q_start, q_end, drafts)
        if draft is not None:
            drafts.append(draft)
    index = _Index(layers)
    return tuple(_claim(layers, index, analysed[d.sentence], d, drafts) for d in drafts)


def _countable(quantity: Quantity) -> bool:
    """Whether a quantity can count people: a cardinal of at least one."""
    if quantity.kind is not QuantityKind.NUMBER:
        return False
    for bound in (quantity.value, quantity.low):
        if bound is not None and (bound < 1 or bound != int(bound)):
            return False
    return True


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
    match = sent.at(i, "noun", "group", "counter")
    if match is not None:
        entry = match.entry
        if entry.category == "counter":
            return None
        population = sent.at(i, "population") is not None
        if entry.category == "noun":
            return _Head(entry.value, None, i, match.last)
        return _Head(None, entry.value, i, match.last, population=population)
    token = sent.tokens[i] if i < len(sent.tokens) else None
    if token is not None and token.upper and token.key.endswith("s") and len(token.key) > 3:
        # a people noun (`130 000 Syriens`, `des centaines de Rohingyas`)
        return _Head(None, str(Victims.PEOPLE), i, i + 1)
    if ellipsis:
        return _Head(None, None, first, i, ellipsis=True)
    if i > first:  # `de` followed by no noun we know: `résolution 2254 de l'ONU`
        return None
    if token is None or sent.is_break(i) or token.key == ",":
        return _Head(None, None, first, first, bare=True)
    if sent.at(i, "verb", "toll_verb", "source_prep") or token.key in _FUNCTION_WORDS:
        return _Head(None, None, first, first, bare=True)
    return None


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

_FUNCTION_WORDS = frozenset({
    "le", "la", "les", "l", "a", "au", "aux", "dans", "en", "par", "et", "ou", "pour", "sur",
    "depuis", "lors", "ont", "sont", "est", "etaient", "avaient", "ce", "cette", "ces", "qui",
    "que", "dont", "parmi", "contre", "avec", "sans", "apres", "avant", "entre", "selon",
    "durant", "pendant", "mais", "ainsi", "y", "se", "s", "seraient", "auraient", "pres",
})
"""Words that may follow a figure that stands alone (``45 ont péri``, ``à 45 le bilan``)."""


def _draft(
    sent: _Sentence,
    s_index: int,
    quantity: Quantity,
    q_start: int,
    q_end: int,
    drafts: Sequence[_Draft],
) -> _Draft | None:
    """Decide whether one figure is a claim, and of what; ``None`` if it is not."""
    q_first = sent.index(q_start)
    q_last = sent.index(q_end)
    head = _head(sent, q_last)
    if head is None:
        return None
    # the figure before, in the same sentence: the last draft so far
    previous = drafts[-1] if drafts and drafts[-1].sentence == s_index else None
    kind = head.kind
    cue: _Match | None = None
    parent: int | None = None
    after = head.last
    if kind in _STATUS:
        # `40 otages ont été tués`, `ont tué 12 réfugiés`: the harm done to them counts
        done = _left_cue(sent, q_first) or _right_cue(sent, after, limit=6)
        if done is not None and done.entry.value in _HURT:
            kind, cue = done.entry.value, done
    # a part of a whole said just before: `dont 106 enfants`, `parmi lesquels 3 femmes`
    whole = _whole(sent, q_first, previous, len(drafts) - 1, head)
    if whole is not None:
        parent = whole
        if kind is None:
            cue = _right_cue(sent, after, limit=2)
            kind = cue.entry.value if cue else drafts[whole].kind
    if kind is None:
        cue = _left_cue(sent, q_first)
        if cue is None:
            cue = _right_cue(sent, after, limit=10 if head.victims or head.kind else 3)
        if cue is not None:
            kind = cue.entry.value
    if kind is None and not head.bare:
        kind = _among(sent, q_first)
    if kind is None and head.ellipsis and previous is not None:
        kind = previous.kind
    toll = _toll(sent, q_first, q_last) if kind is None and head.bare else None
    if toll is not None:
        kind = toll.kind
    if kind is None and head.population and _has(sent, "siege", q_first):
        kind = str(CasualtyKind.BESIEGED)
    if kind is None:
        return None
    if kind in _HURT:
        # `tués ou blessés`, `morts et blessés`: the two harms counted together
        end = cue.last if cue is not None else head.last
        other = sent.at(end + 1, "verb", "noun") if sent.key(end) in ("ou", "et") else None
        if other is not None and other.entry.value in _HURT and other.entry.value != kind:
            kind = str(CasualtyKind.CASUALTIES)
            cue = _Match(cue.first if cue is not None else head.first, other.last, other.entry)
    pronoun = cue is not None and "en" in (sent.key(cue.first - 1), sent.key(cue.first - 2))
    victims, victims_span = _victims(sent, head, previous, drafts, q_first, pronoun=pronoun)
    if toll is not None and toll.victims is not None:
        victims, victims_span = toll.victims, toll.victims_span
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
        active_verb=cue.first if cue is not None and cue.entry.transitive
        and cue.last <= q_first else None,
    )


def _among(sent: _Sentence, q_first: int) -> str | None:
    """The harm of ``parmi les morts`` before a figure (``Parmi les victimes, 4 enfants``)."""
    for k in range(q_first - 1, max(-1, q_first - 7), -1):
        if sent.is_break(k):
            return None
        if sent.key(k) == "parmi":
            j = k + 1
            while sent.key(j) in _DETERMINERS:
                j += 1
            noun = sent.at(j, "noun")
            return noun.entry.value if noun is not None else None
    return None


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


def _left_cue(sent: _Sentence, q_first: int) -> _Match | None:
    """A harm verb ending at most three words before a figure (``ont tué en réalité 64``)."""
    for gap in range(4):
        last = q_first - gap  # the verb ends here; tokens [last, q_first) are the gap
        if last <= 0:
            return None
        if gap and (sent.is_break(last) or sent.key(last) in (",", "et", "ou", "mais")):
            return None
        for first in range(max(0, last - 6), last):
            for match in sent.matches[first]:
                if match.last == last and match.entry.category == "verb":
                    return match
    return None


def _right_cue(sent: _Sentence, after: int, limit: int) -> _Match | None:
    """A passive or intransitive harm verb after a group (``ont été tués``, ``ont fui``)."""
    i = after
    seen = 0
    while i < len(sent.tokens) and seen < limit:
        key = sent.key(i)
        if sent.is_break(i):
            return None
        if key == ",":
            nxt = sent.key(i + 1)
            if nxt in _ASIDES:
                close = _next_comma(sent, i + 1, 16)
                if close is None:
                    return None
                i = close + 1
                continue
            return None
        match = sent.at(i, "verb")
        if match is not None and _acceptable_after(sent, match):
            return match
        i += 1
        seen += 1
    return None


def _next_comma(sent: _Sentence, i: int, limit: int) -> int | None:
    for k in range(i, min(len(sent.tokens), i + limit)):
        if sent.key(k) == ",":
            return k
        if sent.is_break(k):
            return None
    return None


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


def _has(sent: _Sentence, category: str, near: int) -> bool:
    """Whether a phrase of ``category`` stands within ``_WIDE`` words of token ``near``."""
    window = sent.matches[max(0, near - _WIDE) : near + _WIDE]
    return any(m.entry.category == category for ms in window for m in ms)


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
    if head.kind is not None:
        # `victimes civiles`, `morts parmi les civils`
        i = head.last
        if sent.key(i) == "parmi":
            i += 1
            while sent.key(i) in _DETERMINERS:
                i += 1
        group = sent.at(i, "group")
        if group is not None and i - head.last <= 3:
            return group.entry.value, (sent.tokens[i].start, sent.tokens[group.last - 1].end)
    joined = head.ellipsis or pronoun or _coordinated(sent, previous, q_first)
    if previous is not None and joined:
        root = drafts[previous.part_of] if previous.part_of is not None else previous
        if joined:
            return root.victims, root.victims_span
    return None, None


def _coordinated(sent: _Sentence, previous: _Draft | None, q_first: int) -> bool:
    """Whether a figure is joined to the previous one (``3 800 civils tués et 20 000 blessés``)."""
    if previous is None:
        return False
    between = [sent.key(k) for k in range(previous.last_token, q_first)]
    if len(between) > 8 or any(k in _STOPS for k in between):
        return False
    return bool(between) and (between[-1] in ("et", ",") or "et" in between[-2:])


def _conditional(sent: _Sentence, cue: _Match | None, q_first: int, last: int) -> bool:
    """Whether the harm is reported in the conditional (``auraient été tués``)."""
    lo = max(0, min(q_first, cue.first if cue else q_first) - 3)
    for k in range(lo, min(len(sent.tokens), last + 1)):
        key = sent.key(k)
        if key in _CONDITIONAL or (sent.at(k, "verb") and key.endswith(("rait", "raient"))):
            return True
    return False


# ---------------------------------------------------------------- attributes


def _claim(
    layers: Layers, index: _Index, sent: _Sentence, draft: _Draft, drafts: Sequence[_Draft]
) -> CasualtyClaim:
    """Build the record of one draft: attributes, caller offsets."""
    norm = layers.norm
    quantity = draft.quantity
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


def _denied(sent: _Sentence, draft: _Draft) -> bool:
    """Whether a party rejects the figure: a denial verb before it in the sentence."""
    return any(sent.at(k, "denial") for k in range(max(0, draft.first_token - _WIDE),
                                                   draft.first_token))


def _period(
    layers: Layers, index: _Index, sent: _Sentence, quantity: Quantity
) -> DateMention | None:
    """The date mention of the sentence nearest the figure, periods and since-points first."""
    start = layers.norm.start(sent.span.start)
    end = layers.norm.end(sent.span.end)
    inside = index.dates_in(start, end)
    if not inside:
        return None

    def rank(d: DateMention) -> tuple[int, int]:
        wide = d.kind in (DateKind.PERIOD, DateKind.SINCE)
        return (0 if wide else 1, abs(d.span.start - quantity.span.start))

    return min(inside, key=rank)


_RUNNING_TOTAL = re.compile(
    r"\b(?:au total|en tout|depuis (?:le|son|leur|sa) (?:debut|declenchement)|bilan total)\b"
)
"""Phrases of a running total, on the folded words of a sentence."""


def _cumulative(sent: _Sentence, period: DateMention | None) -> bool:
    """Whether the figure is a running total (``depuis 2011``, ``au total``)."""
    if period is not None and period.kind is DateKind.SINCE:
        return True
    return bool(_RUNNING_TOTAL.search(" ".join(t.key for t in sent.tokens[:_WIDE * 4])))


def _means(sent: _Sentence, draft: _Draft) -> str | None:
    """The means named in the sentence nearest the figure (longest phrase at each word)."""
    best: tuple[int, str] | None = None
    i = max(0, draft.first_token - _WIDE)
    while i < min(len(sent.tokens), draft.last_token + _WIDE):
        match = sent.at(i, "means")
        if match is None:
            i += 1
            continue
        distance = abs(i - draft.first_token)
        if best is None or distance < best[0]:
            best = (distance, match.entry.value)
        i = match.last
    return best[1] if best else None


def _location(layers: Layers, index: _Index, sent: _Sentence, draft: _Draft) -> str | None:
    """A place name after a preposition (``à Alep``, ``dans la province d'Idleb``)."""
    organisations = [
        (a.start, a.end) for a in index.actors_in(sent.span.start, sent.span.end)
        if a.actor is not None and a.actor.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP)
    ]
    order = [*range(draft.last_token, min(len(sent.tokens), draft.last_token + _NEAR)),
             *range(draft.first_token - 1, max(-1, draft.first_token - _NEAR), -1)]
    for i in order:
        if sent.key(i) not in _PLACE_PREPOSITIONS:
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
        if sent.is_break(i):
            break
        if sent.key(i) == "par":
            end = _phrase_end(sent, i + 1, 8)
            for k in range(i + 2, end):  # the agent ends before a place: `par X sur Y`
                if sent.key(k) in _PLACE_PREPOSITIONS or sent.key(k) in _CLAUSE:
                    end = k
                    break
            actor = _actor_in(index, layers, sent, i + 1, end, names=False)
            if actor is not None:
                return actor
    for i in range(max(0, draft.first_token - _WIDE),
                   min(len(sent.tokens), draft.last_token + _WIDE)):
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


def _source(layers: Layers, index: _Index, sent: _Sentence, draft: _Draft) -> Actor | None:
    """Who reports the figure: the statement holding it, else the sentence's attribution."""
    speaker = _statement_speaker(index.statements_holding(draft.quantity.span),
                                 draft.quantity.span)
    local = None
    for finder in (_selon, _inverted, _subject):
        found = finder(sent, draft)
        if found is not None:
            local = _actor_in(index, layers, sent, *found, names=True)
            if local is None and finder is _selon:
                local = _group_actor(layers, sent, *found)  # `selon des sources médicales`
            if local is not None:
                break
    if speaker is None:
        return local
    if local is not None and _more_specific(local, speaker):
        return local  # `ministère de la Santé` rather than `ministère`
    return speaker


def _group_actor(layers: Layers, sent: _Sentence, first: int, last: int) -> Actor | None:
    """An unnamed group that reports a figure (``selon les secouristes``): its noun phrase."""
    while first < last and sent.key(first) in _DETERMINERS:
        first += 1
    last = min(last, first + 4)
    for k in range(first + 1, last):
        if sent.key(k) in _CLAUSE or sent.key(k) in _PLACE_PREPOSITIONS:
            last = k
            break
    if first >= last or not sent.key(first).isalpha():
        return None
    text = layers.norm.text[sent.tokens[first].start : sent.tokens[last - 1].end]
    return Actor(text, ActorKind.GROUP)


def _more_specific(one: Actor, other: Actor) -> bool:
    """Whether ``one`` names ``other`` with more words (``ministère de la Santé``/``ministère``)."""
    mine, theirs = set(fold(one.name).split()), set(fold(other.name).split())
    return theirs < mine


def _statement_speaker(statements: Iterable[Statement], count: Span) -> Actor | None:
    """The speaker of the smallest statement whose span or quote holds the figure."""
    best: tuple[int, Actor] | None = None
    for statement in statements:
        if statement.speaker is None:
            continue
        if statement.span.contains(count) and (best is None or len(statement.span) < best[0]):
            best = (len(statement.span), statement.speaker)
    return best[1] if best else None


def _selon(sent: _Sentence, draft: _Draft) -> tuple[int, int] | None:
    """The phrase after ``selon``/``d'après`` nearest the figure."""
    best: tuple[int, tuple[int, int]] | None = None
    for i in range(max(0, draft.first_token - _WIDE),
                   min(len(sent.tokens), draft.last_token + _WIDE)):
        match = sent.at(i, "source_prep")
        if match is None:
            continue
        phrase = (match.last, _phrase_end(sent, match.last, 14))
        distance = abs(i - draft.first_token)
        if phrase[1] > phrase[0] and (best is None or distance < best[0]):
            best = (distance, phrase)
    return best[1] if best else None


def _inverted(sent: _Sentence, draft: _Draft) -> tuple[int, int] | None:
    """The subject after an inverted reporting verb (``», a indiqué l'OSDH``)."""
    for i in range(draft.last_token, min(len(sent.tokens), draft.last_token + _WIDE)):
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
            return (match.last, end)
    return None


def _subject(sent: _Sentence, draft: _Draft) -> tuple[int, int] | None:
    """The subject of a reporting verb before the figure (``Amnesty chiffre à 300…``)."""
    for i in range(draft.first_token - 1, max(0, draft.first_token - _WIDE), -1):
        match = sent.at(i, "source_verb")
        if match is None or match.last > draft.first_token:
            continue
        end = i
        while end > 0 and sent.key(end - 1) in _AVOIR | _ETRE:
            end -= 1
        begin = end
        while (begin > max(0, end - _WIDE) and not sent.is_break(begin - 1)
               and sent.key(begin - 1) != ","):
            begin -= 1
        if end > begin:
            return (begin, end)
    return None


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
    mentions = [a for a in index.actors_in(start, end) if a.actor]
    strong = [a for a in mentions if a.form in _NAMED_FORMS]
    people = [a for a in strong if a.actor and a.actor.kind is ActorKind.PERSON]
    for mention in (*people, *strong):
        if mention.actor is not None:
            return mention.actor
    if names:
        built = _built_actor(layers, sent, first, last)
        if built is not None:
            return built
    lexicon = actor_lexicon()
    for k in range(first, last):
        state = lexicon.demonyms.get(sent.key(k))
        if state is not None:
            return lexicon.entries[state].actor
    for mention in mentions if weak else ():
        if mention.actor is not None:
            return mention.actor
    return None


_NAMED_FORMS = frozenset({"name", "surname", "lexicon", "organization"})
"""Actor mentions that name someone (role and group phrases only designate)."""


def _built_actor(layers: Layers, sent: _Sentence, first: int, last: int) -> Actor | None:
    """An organisation named by an acronym in brackets or by capitalised words."""
    text = layers.norm.text
    for k in range(first, last - 2):
        if sent.key(k) == "(" and sent.key(k + 2) == ")" and sent.tokens[k + 1].upper:
            token = sent.tokens[k + 1]
            return Actor(text[token.start : token.end], ActorKind.ORGANIZATION)
    k = first
    while k < last and sent.key(k) in _DETERMINERS:
        k += 1
    begin = k  # `ministère de la Santé`, `agence officielle Sana`
    while k < last and k - begin < 4 and not sent.tokens[k].upper:
        if sent.is_break(k) or sent.key(k) == ",":
            return None
        k += 1
    name = _name_at(sent, k) if k < last else None
    if name is None:
        return None
    end = min(name[1], last)
    if end == last - 1 and sent.key(end).isalpha() and not sent.tokens[end].upper:
        end = last  # one adjective closing the phrase: `Casques blancs`
    return Actor(text[sent.tokens[begin].start : sent.tokens[end - 1].end], ActorKind.ORGANIZATION)
