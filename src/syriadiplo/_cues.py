"""Speech cues: the verbs and phrases that introduce reported speech, with their grammatical form.

A cue is a verb of saying or of stance in any tense a dispatch uses (``a déclaré``,
``avait immédiatement assuré``, ``s'est dit``, ``affirmerait``, ``assurant que``),
an inversion after reported words (``a-t-il poursuivi``, ``estime-t-on``, ``»,
a indiqué l'OSDH``), a passive (``cité par``) or a nominal phrase (``selon``,
``d'après``, ``Pour Moscou,``, ``dans un communiqué``). After a comma, a verb
is inverted when the words before the comma hold a finite verb (they are
reported words: ``Mardi, la frontière a été fermée, a annoncé X``) and has its
subject before it when they do not (``La porte-parole, Jane Roe, a appelé…``).
The vocabulary lives in
``data/cues.toml``; this module conjugates it once into a table of forms and
reads a text in one pass over its tokens, looking a bounded number of tokens
around each form it knows, so the cost grows linearly with the text.

>>> from syriadiplo._text import normalize
>>> norm = normalize("«Rien n'est réglé», a-t-il dit. Moscou nie, selon Kiev, avoir frappé.")
>>> for c in cues_in(norm):
...     print(norm.text[c.start:c.end], c.lemma, c.form, c.pronoun)
a-t-il dit dire inverted il
nie nier finite None
selon selon nominal None
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from itertools import accumulate, compress
from types import MappingProxyType
from typing import Any

import attrs
import regex

from syriadiplo._data import load
from syriadiplo._text import NormalizedText

__all__ = ["Cue", "cues_in"]

_TOKEN = regex.compile(
    r"""
      [^\W\d_]+(?:'(?=[^\W\d_]|\s?[«“"‹]))?   # a word, with the apostrophe of an elision
                                              # (l', qu', s', and `d'«odieuse»`)
    | \d+                            # a run of digits
    | [^\w\s]                        # one punctuation mark
    """,
    regex.VERBOSE,
)

_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})", _TOKEN.flags)
"""``_TOKEN`` as one group: splitting on it alternates gaps and tokens."""

_FINITE = ("present", "imperfect", "simple_past", "future", "conditional")
"""Simple tenses, in the order that decides a form shared by two (``dit``: present)."""
_MOOD = MappingProxyType(
    {
        "present": "present",
        "imperfect": "past",
        "simple_past": "past",
        "future": "future",
        "conditional": "conditional",
    }
)
"""The mood a simple tense reports."""
_NEED_WORDS = MappingProxyType(
    {
        "à": (frozenset({"à", "au", "aux"}), 5),
        "de": (frozenset({"de", "d'", "du", "des"}), 4),
        "sur": (frozenset({"sur"}), 2),
        "contre": (frozenset({"contre"}), 2),
        "si": (frozenset({"si", "s'"}), 1),
    }
)
"""What a ``needs`` entry of the lexicon accepts, and within how many tokens after the verb."""
_SENTENCE_ENDS = frozenset(".!?")
_GAP_LIMIT = 12
"""The most tokens skipped between an auxiliary and its participle, or a verb and ``que``."""
_INCISE_LIMIT = 9
"""The most tokens of an incise between commas (``a, pour sa part, indiqué``)."""
_VOICE_INCISE_LIMIT = 20
"""The most tokens of an incise that names the speaker's voice (``, par la voix du
porte-parole du ministère des Affaires étrangères X,``)."""
_PAR_LIMIT = 6
"""The most tokens between a passive participle and ``par`` (``estimé à 300 par l'ONU``,
``jugé «inacceptable» par``)."""
_QUOTES = frozenset("«»“”\"‹›")
_OPENING_QUOTES = frozenset("«“\"")
_CLOSING_QUOTES = frozenset("»”")
_QUOTED_LIMIT = 30
"""The most tokens of a quotation read between a passive participle and ``par``."""
_CONTEXT_LIMIT = 40
"""How far apart two tokens of one sentence are looked for (``a estimé … et ajouté``)."""
_PREFIX_LIMIT = 60
"""How far back the words before a comma are read to tell an inversion from an incise."""
_LATE_QUE_LIMIT = 14
"""The most tokens of a complement read before a late ``que`` (``a affirmé dans un entretien
à une télévision russe que``)."""
_CE_QUE_LIMIT = 6
"""The most tokens of a subject between ``ce que`` and its verb."""
_OBJECT_LIMIT = 8
"""The most tokens of an object read before ``à``/``de`` and an infinitive."""
_CLAUSE_ENDS = frozenset(".!?;:—–")
"""Punctuation that opens the clause whose words a comma closes."""


@attrs.frozen
class Cue:
    """One speech or stance cue in a normalised text."""

    start: int
    """Start of the whole cue group in ``norm.text`` (``a de son côté réclamé``, ``s'est dit``)."""
    end: int
    """End of the cue group in ``norm.text``."""
    lemma: str
    """The verb or phrase as the lexicon spells it: ``déclarer``, ``se dire``, ``selon``."""
    kind: str
    """``speech``, ``stance``, ``request``, ``denial`` or ``nominal``."""
    form: str
    """``finite``, ``inverted``, ``participle``, ``passive`` or ``nominal``.

    ``finite`` expects its subject before (``X a déclaré que``); ``inverted`` after it
    (``», a déclaré X``, ``a-t-il dit``, ``estime-t-on``)."""
    pronoun: str | None
    """The clitic subject of an inversion (``il``, ``elle``, ``ils``, ``elles``, ``on``)."""
    negated: bool
    """``n'a pas démenti``, ``ne nie pas``, ``sans préciser``."""
    mood: str
    """``past``, ``present``, ``future``, ``conditional``, ``infinitive``, ``participle``,
    ``none`` (nominal cues)."""
    que: bool
    """``que``/``qu'`` follows (after adverbs, commas or ``à X``): the cue opens a clause."""
    infinitive: bool = False
    """An infinitive complement follows (``a affirmé avoir perdu``, ``dit s'être rendu``)."""
    figure: bool = False
    """A figure is the verb's object (``a reconnu la mort de neuf soldats``, ``a évoqué entre
    200 et 300 morts``): the verb reports it as said."""


@attrs.frozen
class _Reading:
    """One verb that a written form belongs to."""

    lemma: str
    kind: str
    tags: frozenset[str]
    reflexive: bool
    tail: tuple[str, ...]
    needs: frozenset[str]
    homograph: bool
    passive: bool
    inverted_only: bool


@attrs.frozen
class _Nominal:
    """A nominal cue pattern: slots of accepted tokens, some optional."""

    lemma: str
    slots: tuple[tuple[frozenset[str], bool], ...]
    not_before: frozenset[str]


@attrs.frozen
class _Tables:
    """Everything the finder looks up, built once from ``cues.toml``."""

    forms: Mapping[str, tuple[_Reading, ...]]
    avoir: Mapping[str, str]
    etre: Mapping[str, str]
    etre_passive: Mapping[str, str]
    modals: Mapping[str, frozenset[str]]
    modal_participles: frozenset[str]
    nominals: Mapping[str, tuple[_Nominal, ...]]
    nominal_seconds: Mapping[str, frozenset[str]]
    gap_by_last: Mapping[str, tuple[tuple[str, ...], ...]]
    gap_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    words: Mapping[str, frozenset[str]]
    passive_participle: str
    pour_max_words: int
    naming: frozenset[str] = frozenset()
    """Words after which a quotation is a name (``baptisée «…»``), from ``statements.toml``."""
    titles: frozenset[str] = frozenset()
    """Titles whose period is no clause end (``MM. Kerry et Lavrov``), lowercased, from
    ``abbreviations.toml``."""
    figure_openers: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType({})
    """Phrases that open a figure (``au moins``, ``des centaines``), by first token."""
    starters: frozenset[str] = frozenset()
    """Every token a cue can start at: the verb forms, the first tokens of nominal
    patterns and ``pour``; the reader skips all others with one set look-up."""
    form_tags: Mapping[str, frozenset[str]] = MappingProxyType({})
    """Verb form → the tags of all its readings (what :func:`_verb` tries)."""
    voice_incises: frozenset[str] = frozenset()
    """The first three tokens of an incise that names the speaker's voice (``par la voix``)."""


def _tokens_of(phrase: str) -> tuple[str, ...]:
    """Split a lexicon phrase the way texts are split."""
    return tuple(m.group() for m in _TOKEN.finditer(phrase.lower()))


def _regular_er(infinitive: str, strong: str | None) -> dict[str, tuple[str, ...]]:
    """Third-person forms of a regular ``-er`` verb (``c``→``ç``, ``g``→``ge`` before a/o)."""
    stem = infinitive[:-2]
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    strong = strong or stem
    # `espérer` has two futures (espérera, espèrera since 1990); `appeler` only `appellera`.
    futures = [strong + "er"]
    if strong != stem and strong.replace("è", "é") == stem:
        futures.insert(0, stem + "er")
    return {
        "pp": (stem + "é", stem + "ée", stem + "és", stem + "ées"),
        "present": (strong + "e", strong + "ent"),
        "imperfect": (soft + "ait", soft + "aient"),
        "simple_past": (soft + "a", stem + "èrent"),
        "future": tuple(f + e for f in futures for e in ("a", "ont")),
        "conditional": tuple(f + e for f in futures for e in ("ait", "aient")),
        "participle": (soft + "ant",),
    }


def _regular_ir(infinitive: str) -> dict[str, tuple[str, ...]]:
    """Third-person forms of a regular ``-ir`` verb (``avertir``: avertit, avertissent)."""
    stem = infinitive[:-2]
    return {
        "pp": (stem + "i", stem + "ie", stem + "is", stem + "ies"),
        "present": (stem + "it", stem + "issent"),
        "imperfect": (stem + "issait", stem + "issaient"),
        "simple_past": (stem + "it", stem + "irent"),
        "future": (stem + "ira", stem + "iront"),
        "conditional": (stem + "irait", stem + "iraient"),
        "participle": (stem + "issant",),
    }


def conjugate(infinitive: str, table: Mapping[str, Any] | None) -> dict[str, tuple[str, ...]]:
    """The forms of ``infinitive`` by tense, from its ``[conjugations]`` entry or the rules.

    >>> conjugate("appeler", {"strong": "appell"})["future"]
    ('appellera', 'appelleront')
    >>> conjugate("menacer", None)["participle"]
    ('menaçant',)
    """
    if table is not None and "pp" in table:
        forms = {tense: tuple(table.get(tense, ())) for tense in ("pp", *_FINITE, "participle")}
    elif table is not None and table.get("group") == "ir":
        forms = _regular_ir(infinitive)
    elif infinitive.endswith("er"):
        forms = _regular_er(infinitive, None if table is None else table.get("strong"))
    else:
        raise ValueError(f"no conjugation for {infinitive!r} in cues.toml")
    forms["infinitive"] = (infinitive,)
    return forms


def split_lemma(lemma: str) -> tuple[bool, str, tuple[str, ...]]:
    """Whether a lemma is reflexive, its conjugated verb and its fixed tail.

    >>> split_lemma("s'élever contre")
    (True, 'élever', ('contre',))
    >>> split_lemma("tirer la sonnette d'alarme")
    (False, 'tirer', ('la', 'sonnette', "d'", 'alarme'))
    """
    words = lemma.split(" ")
    reflexive = False
    if words[0] == "se":
        reflexive, words = True, words[1:]
    elif words[0].startswith("s'"):
        reflexive, words = True, [words[0][2:], *words[1:]]
    return reflexive, words[0], _tokens_of(" ".join(words[1:]))


def _readings(data: Mapping[str, Any]) -> dict[str, tuple[_Reading, ...]]:
    """Every written form of every verb, with the verbs it belongs to."""
    conjugations = data.get("conjugations", {})
    found: dict[str, list[_Reading]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}  # one copy of each set of tenses
    for lemma, entry in data["verbs"].items():
        reflexive, verb, tail = split_lemma(lemma)
        homographs = frozenset(entry.get("homographs", ()))
        needs = frozenset(entry.get("needs", ()))
        by_form: dict[str, set[str]] = {}
        for tense, forms in conjugate(verb, conjugations.get(verb)).items():
            for form in forms:
                by_form.setdefault(form, set()).add(tense)
        for form, tenses in by_form.items():
            tags = frozenset(tenses)
            reading = _Reading(
                lemma=lemma,
                kind=entry["kind"],
                tags=shared.setdefault(tags, tags),
                reflexive=reflexive,
                tail=tail,
                needs=needs,
                homograph=form in homographs,
                passive=bool(entry.get("passive", True)),
                inverted_only=bool(entry.get("inverted", False)),
            )
            found.setdefault(form, []).append(reading)
    # Longest tail first: `lancer un appel` before `lancer`.
    return {f: tuple(sorted(r, key=lambda x: -len(x.tail))) for f, r in found.items()}


def _nominals(data: Mapping[str, Any]) -> dict[str, tuple[_Nominal, ...]]:
    """Nominal patterns indexed by their first token."""
    slots_data = data["nominal_slots"]
    found: dict[str, list[_Nominal]] = {}
    for lemma, entry in data["nominals"].items():
        not_before = frozenset(entry.get("not_before", ()))
        for pattern in entry["patterns"]:
            slots: list[tuple[frozenset[str], bool]] = []
            for piece in pattern.split(" "):
                if piece.startswith("{"):
                    name = piece.strip("{}?")
                    slots.append((frozenset(slots_data[name]), piece.endswith("?}")))
                else:
                    slots.extend((frozenset({t}), False) for t in _tokens_of(piece))
            first = next(iter(slots[0][0]))
            found.setdefault(first, []).append(_Nominal(lemma, tuple(slots), not_before))
    return {k: tuple(v) for k, v in found.items()}


def _second_tokens(nominals: Mapping[str, tuple[_Nominal, ...]]) -> dict[str, frozenset[str]]:
    """For first tokens whose patterns all need a second token: the tokens that may follow.

    ``de`` is frequent; most of its occurrences are ruled out by one lookup.
    """
    seconds: dict[str, frozenset[str]] = {}
    for first, patterns in nominals.items():
        if all(len(p.slots) > 1 and not p.slots[1][1] for p in patterns):
            seconds[first] = frozenset().union(*(p.slots[1][0] for p in patterns))
    return seconds


def _phrase_index(phrases: list[str], last: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Gap phrases indexed by their last (or first) token, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        tokens = _tokens_of(phrase)
        index.setdefault(tokens[-1] if last else tokens[0], []).append(tokens)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_WORD_CLASSES = (
    "inverted_pronouns",
    "subject_pronouns",
    "object_clitics",
    "purpose_modals",
    "modal_clitics",
    "reflexive",
    "negation",
    "negation_adverbs",
    "que",
    "coordinations",
    "determiners",
    "prepositions",
    "copulas",
    "inverted_openers",
    "incise_openers",
    "subject_openers",
    "closing_quotes",
    "quote_openers",
    "gap_words",
    "relatives",
    "finite_verbs",
    "not_verbs",
    "not_infinitives",
    "infinitive_clitics",
    "conjunction_heads",
    "figure_numbers",
    "figure_prefixes",
    "figure_heads",
)


@functools.cache
def tables() -> _Tables:
    """The cue tables, built once from ``data/cues.toml`` and shared read-only.

    Naming words come from ``data/statements.toml``, titles from ``data/abbreviations.toml``.
    """
    data = load("cues")
    grammar = data["grammar"]
    words = {name: frozenset(grammar[name]) for name in _WORD_CLASSES}
    pour = grammar["pour"]
    for name in ("clause_starts", "connectors", "not_speakers", "pronouns"):
        words["pour_" + name] = frozenset(pour[name])
    modals: dict[str, set[str]] = {}
    participles: set[str] = set()
    for modal in grammar["modals"]:
        for form in (*modal["forms"], *modal["participles"]):
            modals.setdefault(form, set()).update(modal["link"])
        participles.update(modal["participles"])
    nominals = _nominals(data)
    forms = _readings(data)
    return _Tables(
        forms=MappingProxyType(forms),
        avoir=MappingProxyType(dict(grammar["avoir"])),
        etre=MappingProxyType(dict(grammar["être"])),
        etre_passive=MappingProxyType(dict(grammar["être_passive"])),
        modals=MappingProxyType({k: frozenset(v) for k, v in modals.items()}),
        modal_participles=frozenset(participles),
        nominals=MappingProxyType(nominals),
        nominal_seconds=MappingProxyType(_second_tokens(nominals)),
        gap_by_last=MappingProxyType(_phrase_index(grammar["gap_phrases"], last=True)),
        gap_by_first=MappingProxyType(_phrase_index(grammar["gap_phrases"], last=False)),
        figure_openers=MappingProxyType(_phrase_index(grammar["figure_openers"], last=False)),
        words=MappingProxyType(words),
        passive_participle=grammar["passive_participle"],
        pour_max_words=int(pour["max_words"]),
        naming=frozenset(load("statements").get("naming", [])),
        titles=frozenset(w.lower() for w in load("abbreviations")["titles"]["words"]),
        starters=frozenset({*forms, *nominals, "pour"}),
        voice_incises=frozenset(" ".join(_tokens_of(p)) for p in grammar["voice_incises"]),
        form_tags=MappingProxyType(_form_tags(forms)),
    )


def _form_tags(forms: Mapping[str, tuple[_Reading, ...]]) -> dict[str, frozenset[str]]:
    """The tenses of all the readings of each form (one copy of each set of tenses)."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {form: shared.setdefault(tags, tags) for form, tags in (
        (form, frozenset().union(*(x.tags for x in found))) for form, found in forms.items())}


@attrs.frozen
class _Found:
    """A cue found on tokens ``first``..``last`` (inclusive), before offsets are taken."""

    first: int
    last: int
    lemma: str
    kind: str
    form: str
    pronoun: str | None
    negated: bool
    mood: str
    que: bool
    compound: bool = False
    infinitive: bool = False
    figure: bool = False


@attrs.frozen
class _Left:
    """What stands left of a participle: auxiliary, inversion, reflexive, negation."""

    first: int
    aux_index: int
    aux: str
    mood: str
    pronoun: str | None
    passive: bool
    reflexive: bool
    negated: bool


class _Reader:
    """The tokens of one text and the bounded look-arounds the cue rules need."""

    def __init__(self, norm: NormalizedText, t: _Tables) -> None:
        self.text = norm.text
        self.lower = norm.lower
        self.t = t
        self.w = t.words
        # one split alternates gaps and tokens; offsets are the running sum of their lengths
        pieces = _TOKEN_SPLIT.split(norm.lower)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self.words: list[str] = pieces[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self.n = len(self.words)

    # -- small predicates -------------------------------------------------------------------
    def word(self, k: int) -> str:
        """The token at ``k``, or ``""`` outside the text."""
        return self.words[k] if 0 <= k < self.n else ""

    def joined(self, a: int, b: int) -> bool:
        """Tokens ``a`` and ``b`` touch (no space between)."""
        return 0 <= a < self.n and 0 <= b < self.n and self.ends[a] == self.starts[b]

    def capital(self, k: int) -> bool:
        """The token at ``k`` is a word written with a capital that is not a function word."""
        if not 0 <= k < self.n or not self.text[self.starts[k]].isupper():
            return False
        w = self.words[k]
        return not (w in self.w["determiners"] or w in self.w["prepositions"]
                    or w in self.w["subject_pronouns"] or w in self.w["que"])

    def inside_word(self, k: int) -> bool:
        """The token at ``k`` ends a hyphenated word (``estimé`` in ``sous-estimé``).

        A hyphen joined on both sides is part of the word, so no cue starts after it.
        """
        return (
            self.word(k - 1) == "-"
            and self.joined(k - 2, k - 1)
            and self.joined(k - 1, k)
            and self.is_word(k - 2)
        )

    def is_word(self, k: int) -> bool:
        """The token at ``k`` is a word or a number, not punctuation."""
        return 0 <= k < self.n and self.words[k][0].isalnum()

    def adverb(self, w: str) -> bool:
        """A gap word: listed, or an adverb in ``-ment``."""
        return w in self.w["gap_words"] or (len(w) > 6 and w.endswith("ment"))

    # -- gaps ---------------------------------------------------------------------------------
    def _incise_left(self, k: int) -> int:
        """If ``k`` closes an incise between commas, the index before its opening comma."""
        for m in range(k - 1, max(-1, k - _INCISE_LIMIT - 1), -1):
            w = self.words[m]
            if w == ",":
                return m - 1 if m < k - 1 else -2
            if not (self.is_word(m) or w in "-'"):
                return -2
        return -2

    def _incise_right(self, k: int) -> int:
        """If ``k`` opens an incise between commas, the index after its closing comma.

        An incise that names the voice of the speaker (``, par la voix de son porte-parole X,``)
        may run to :data:`_VOICE_INCISE_LIMIT` tokens.
        """
        limit = _INCISE_LIMIT
        if " ".join(self.words[k + 1 : k + 4]) in self.t.voice_incises:
            limit = _VOICE_INCISE_LIMIT
        for m in range(k + 1, min(self.n, k + limit + 1)):
            w = self.words[m]
            if w == ",":
                return m + 1 if m > k + 1 else -2
            if not (self.is_word(m) or w in "-'"):
                return -2
        return -2

    def skip_left(self, k: int, commas: bool = True) -> tuple[int, bool]:
        """Skip adverbs, gap phrases and incises left of ``k``; say if a negation was seen."""
        negated = False
        stop = max(-1, k - _GAP_LIMIT)
        while k > stop:
            w = self.words[k]
            size = self._phrase_left(k)
            if size:
                k -= size
                continue
            if w in self.w["negation_adverbs"]:
                negated = True
                k -= 1
                continue
            if self.adverb(w):
                k -= 1
                continue
            if commas and w == ",":
                before = self._incise_left(k)
                if before >= 0:
                    k = before
                    continue
            break
        return k, negated

    def skip_right(self, k: int, commas: bool = True) -> int:
        """Skip adverbs, gap phrases and incises rightwards from ``k``."""
        stop = min(self.n, k + _GAP_LIMIT)
        while k < stop:
            w = self.words[k]
            size = self._phrase_right(k)
            if size:
                k += size
                continue
            if self.adverb(w) or w in self.w["negation_adverbs"]:
                k += 1
                continue
            if commas and w == ",":
                after = self._incise_right(k)
                if after >= 0:
                    k = after
                    continue
            break
        return k

    def _phrase_left(self, k: int) -> int:
        for phrase in self.t.gap_by_last.get(self.words[k], ()):
            size = len(phrase)
            if k - size + 1 >= 0 and tuple(self.words[k - size + 1 : k + 1]) == phrase:
                return size
        return 0

    def _phrase_right(self, k: int) -> int:
        for phrase in self.t.gap_by_first.get(self.words[k], ()):
            size = len(phrase)
            if tuple(self.words[k : k + size]) == phrase:
                return size
        return 0

    # -- inversions ---------------------------------------------------------------------------
    def clitic_right(self, k: int) -> tuple[str, int] | None:
        """An inverted clitic right after token ``k`` (``-t-il``, ``-elle``): pronoun, end."""
        pronouns = self.w["inverted_pronouns"]
        if self.word(k + 1) != "-" or not self.joined(k, k + 1):
            return None
        second = self.word(k + 2)
        if (second == "t" and self.word(k + 3) == "-" and self.word(k + 4) in pronouns
                and self.joined(k + 2, k + 3) and self.joined(k + 3, k + 4)):
            return self.words[k + 4], k + 4
        if second == "t'" and self.word(k + 3) in pronouns and self.joined(k + 2, k + 3):
            return self.words[k + 3], k + 3
        if second in pronouns and self.joined(k + 1, k + 2):
            return second, k + 2
        return None

    def clitic_left(self, k: int) -> int | None:
        """If token ``k`` is an inverted clitic, the index of the verb it hangs on."""
        if self.word(k) not in self.w["inverted_pronouns"]:
            return None
        for verb in (k - 4, k - 3, k - 2):
            found = self.clitic_right(verb)
            if found is not None and found[1] == k:
                return verb
        return None

    def comes_after_words(self, first: int) -> bool:
        """The verb starting at ``first`` comes after reported words.

        That is after a closing quote, ``comme`` or ``que``, or a comma that ends a clause
        (not an incise like ``X, qui …,``).
        """
        p = first - 1
        q = p
        while q >= 0 and self.words[q] in self.w["object_clitics"] and p - q < 2:
            q -= 1
        if self.word(q) in ("comme", "que", "qu'"):
            return True
        w = self.word(p)
        if w in self.w["closing_quotes"] or (w == '"' and self.joined(p - 1, p)):
            return not self._names_quote(p)
        if w != ",":
            return False
        before = self.word(p - 1)
        closing = before in self.w["closing_quotes"] or (
            before == '"' and self.joined(p - 2, p - 1)
        )
        if closing and not self._names_quote(p - 1):
            return True
        return not self._incise_before(p)

    def _names_quote(self, close: int) -> bool:
        """The quotation that ends at token ``close`` is a name (``baptisée «…»``), not words."""
        for k in range(close - 1, max(-1, close - _PREFIX_LIMIT), -1):
            if self.words[k] in _QUOTES:
                before = self.word(k - 1)
                return (before in self.t.naming
                        or f"{self.word(k - 2)} {before}" in self.t.naming)
        return False

    def _incise_before(self, comma: int) -> bool:
        """The words before ``comma`` are a subject with appositions, not reported words.

        ``La porte-parole de l'ONU, Jane Roe, a appelé…``: no finite verb before the comma, so
        the verb after it has its subject before it. ``Mardi, la frontière a été fermée, a
        annoncé…``: a finite verb stands before the comma, so those words are what was
        announced and the verb after the comma is inverted. Incises that open with a relative
        pronoun (``X, qui a démenti, a dit``) do not count, nor does the first verb after a
        relative pronoun inside a clause (``arrivé à Paris où il a rencontré X,``). The look
        back stops at a sentence or clause boundary, at most a context away.
        """
        k = comma - 1
        stop = max(-1, comma - _PREFIX_LIMIT)
        while k > stop and (self.words[k] not in _CLAUSE_ENDS or self._abbreviation(k)):
            if "\n" in self.lower[self.ends[k] : self.starts[k + 1]]:
                break
            k -= 1
        first = k + 1
        chunk_start = first
        skipped_relative = False
        after_relative = False
        clause_verb = False
        for m in range(first, comma):
            w = self.words[m]
            if self._opens_clause(m):
                # ``Un pilote a disparu, alors que le groupe, le Front Nosra, affirme…``: a
                # new clause opens; the verbs before it are not the words the comma closes
                clause_verb = False
            if w == ",":
                chunk_start = m + 1
                skipped_relative = self._opens_relative(m + 1)
                after_relative = False
                continue
            if skipped_relative:
                continue
            if w in self.w["relatives"] and m > chunk_start:
                after_relative = True  # its first verb is the relative clause's own
                continue
            if self.finite_at(m) or self._named_subject_verb(m):
                if not after_relative:
                    clause_verb = True
                    continue
                after_relative = False  # the next finite verb is the main clause's
                for n in range(m + 1, comma):
                    if self.words[n] == ",":
                        break
                    if self.finite_at(n) and not self.finite_at(n - 1):
                        clause_verb = True
                        break
        return not clause_verb

    def _named_subject_verb(self, k: int) -> bool:
        """A cue verb in a simple tense right after a capitalised name (``Kiev propose``)."""
        if not self.capital(k - 1) or self.capital(k):
            return False
        return any(
            not reading.homograph and not reading.reflexive
            and any(tense in reading.tags for tense in _FINITE)
            for reading in self.t.forms.get(self.words[k], ())
        )

    def _opens_clause(self, k: int) -> bool:
        """A subordinate clause opens at ``k`` (``alors que``, ``tandis qu'``)."""
        return self.words[k] in ("que", "qu'") and self.word(k - 1) in self.w["conjunction_heads"]

    def object_then_infinitive(self, last: int) -> bool:
        """An object and ``à``/``de`` with an infinitive follow the verb: it is not inverted.

        ``…, a appelé les autorités à agir``, ``…, a accusé Moscou d'avoir menti``: what
        follows is the verb's object, so its subject stands before it.
        """
        start = self.skip_right(last + 1, commas=False)
        return self._after_object(start, ("à", "de", "d'"), self.infinitive_at)

    def _after_object(
        self, start: int, heads: tuple[str, ...], opens: Callable[[int], bool]
    ) -> bool:
        """One of ``heads`` follows an object from ``start``, before a token that ``opens``.

        ``les autorités à agir`` (an infinitive), ``ses opposants de «…»`` (a quotation).
        """
        for m in range(start, min(self.n - 1, start + _OBJECT_LIMIT)):
            w = self.words[m]
            if w in heads and opens(m + 1):
                return True
            if not (self.is_word(m) or w in "-'"):
                return False
        return False

    def aux_infinitive(self, w: str) -> bool:
        """Whether ``w`` is the infinitive of an auxiliary (``avoir``, ``être``)."""
        return "infinitive" in (self.t.avoir.get(w), self.t.etre.get(w))

    def infinitive_at(self, k: int) -> bool:
        """Whether the token at ``k`` opens an infinitive (``agir``, ``avoir``, ``se retirer``)."""
        w = self.word(k)
        if w in self.w["reflexive"] or w in self.w["negation"] or self.aux_infinitive(w):
            return True
        if self.capital(k) or len(w) < 4 or w in self.w["not_infinitives"]:
            return False
        return w.endswith(("er", "ir", "dre", "tre", "ire", "uire"))

    def after_ce_que(self, i: int) -> bool:
        """``ce que`` opens the clause of the verb at ``i`` (``ce que Bakou dément``)."""
        for k in range(i - 1, max(0, i - _CE_QUE_LIMIT), -1):
            if self.words[k] in self.w["que"]:
                return self.word(k - 1) == "ce"
            if not self.is_word(k):
                return False
        return False

    def _abbreviation(self, k: int) -> bool:
        """The period at ``k`` closes an initial or a title (``M. Netanyahu``), not a clause."""
        before = self.word(k - 1)
        return self.words[k] == "." and self.joined(k - 1, k) and (
            len(before) == 1 or before in self.t.titles
        )

    def _opens_relative(self, k: int) -> bool:
        """An incise opens at ``k`` with a relative pronoun (``qui``, ``avec qui``, ``dont``)."""
        w = self.word(k)
        if w in self.w["relatives"]:
            return True
        return w in self.w["prepositions"] and self.word(k + 1) in self.w["relatives"]

    def finite_at(self, k: int) -> bool:
        """Whether the token at ``k`` is most likely a finite verb.

        Auxiliaries and modals in a finite tense, common finite forms (``tient``,
        ``semble``), imperfects (``-ait``, ``-aient``), and any word after a subject
        clitic, ``se`` or ``ne`` (``il y a``, ``se poursuit``, ``ne tient pas``); never a
        word after a determiner or a preposition (``l'est``, ``le reste``, ``du retrait``).
        """
        w = self.word(k)
        if not w or not self.is_word(k) or self.capital(k):
            return False
        prev = self.word(k - 1)
        if prev in self.w["determiners"] or prev in self.w["prepositions"] or prev == "-":
            return False
        t = self.t
        if w in t.avoir or w in t.etre:
            return (t.avoir.get(w) or t.etre.get(w)) not in ("infinitive", "participle")
        if w in self.w["finite_verbs"]:
            return True
        if w in t.modals and not w.endswith("ant") and w not in self.w["prepositions"]:
            return w != "sans"
        if w.endswith(("aient", "èrent", "ront")) and len(w) > 6:
            return True
        if w.endswith("ra") and len(w) > 5 and w not in self.w["not_verbs"]:
            return True  # a future: `reprendra`
        if w.endswith("ait") and len(w) > 5 and w not in self.w["not_verbs"]:
            return True
        j = k - 1
        top = k
        if j >= 0 and self.words[j] in _OPENING_QUOTES:
            j -= 1  # ``ne « mérite » pas``: a quoted verb after its negation
            top -= 1
        while j >= 0 and self.words[j] in self.w["object_clitics"] and top - j <= 2:
            j -= 1
        before = self.word(j)
        return before != "qui" and any(
            before in self.w[group] for group in ("subject_pronouns", "reflexive", "negation")
        )

    def subject_follows(self, k: int) -> bool:
        """A noun phrase starts at (or after adverbs from) ``k``: an inverted subject."""
        k = self.skip_right(k, commas=False)
        if self.word(k) == "," and self.word(k + 1) in self.w["incise_openers"]:
            after = self._incise_right(k)  # ``, joint par téléphone,``
            if after >= 0:
                k = self.skip_right(after, commas=False)
        w = self.word(k)
        if not w or w in self.w["que"]:
            return False
        return (w in self.w["subject_openers"] or w in self.w["inverted_openers"]
                or self.capital(k) or w.isdigit())

    # -- what follows a cue ---------------------------------------------------------------------
    def que_after(self, last: int) -> bool:
        """``que`` follows the cue, after adverbs, commas or an indirect object ``à X``."""
        k = self.skip_right(last + 1)
        w = self.word(k)
        if w in self.w["que"]:
            return True
        if w in ("à", "au", "aux", "auprès", "devant", "dans", "lors", "pendant", "sur", "en"):
            # `a indiqué à l'AFP que`, `a affirmé dans un entretien à une télévision russe que`
            for m in range(k + 1, min(self.n, k + _LATE_QUE_LIMIT)):
                if self.words[m] in self.w["que"]:
                    return True
                if not (self.is_word(m) or self.words[m] in "-"):
                    return False
        return False

    def quote_opens(self, k: int) -> bool:
        """A quotation opens at ``k``: an opening mark, a colon, or a straight ``"``.

        A straight mark opens when it is joined to the word after it (``a crié "Assez"``).
        """
        w = self.word(k)
        return w in self.w["quote_openers"] or (
            w == '"' and self.joined(k, k + 1) and self.is_word(k + 1)
        )

    def infinitive_follows(self, last: int) -> bool:
        """An infinitive complement follows the verb.

        ``a affirmé avoir perdu``, ``a dit s'être entretenu``, ``assure y avoir vu``,
        ``dit ne pas avoir tiré``.
        """
        k = self.skip_right(last + 1, commas=False)
        start = k
        while k < min(self.n, start + 4) and self.words[k] in self.w["infinitive_clitics"]:
            k += 1
        return self.aux_infinitive(self.word(k)) or (k > start and self.infinitive_at(k))

    def licensed(self, reading: _Reading, last: int, que: bool, inverted: bool) -> bool:
        """A verb with another sense (``needs``) is followed by what its speech sense takes."""
        if not reading.needs or inverted:
            return True
        if "que" in reading.needs and (que or self.quote_opens(self.skip_right(last + 1))):
            return True
        if "inf" in reading.needs and self.infinitive_follows(last):
            return True
        if "de «" in reading.needs and self.de_quote_follows(last):
            return True
        if "figure" in reading.needs and self.figure_follows(last):
            return True
        for need in reading.needs:
            if need in ("que", "inf", "de «", "figure"):
                continue
            accepted, window = _NEED_WORDS[need]
            k = self.skip_right(last + 1, commas=False)
            for m in range(k, min(self.n, k + window)):
                if self.words[m] in accepted:
                    return True
                if not self.is_word(m):
                    break
        return False

    def figure_follows(self, last: int) -> bool:
        """A figure is the object of the verb ending at ``last``.

        ``a reconnu la mort de neuf soldats``, ``a évoqué sous couvert d'anonymat entre 200 et
        300 morts``, ``a admis dans un communiqué trois morts``: after adverbs, maybe one
        prepositional phrase (at most :data:`_OBJECT_LIMIT` tokens), then a figure.
        """
        k = self.skip_right(last + 1, commas=False)
        # the skipped words may open the figure themselves (``plus de 200``, ``pas moins de``)
        if any(self._figure_at(m) for m in range(last + 1, k + 1)):
            return True
        if self.word(k) not in self.w["prepositions"] or self.infinitive_at(k + 1):
            return False  # ``s'est engagé à échanger 300 prisonniers``: a pledge, no figure said
        for m in range(k + 1, min(self.n, k + _OBJECT_LIMIT)):
            if not (self.is_word(m) or self.words[m] in "-'"):
                return False
            if self._figure_at(m):
                return True
        return False

    def _figure_at(self, k: int) -> bool:
        """A figure opens at ``k``: a number, ``au moins``…, or ``la mort de``, ``un bilan de``."""
        w = self.word(k)
        if not w:
            return False
        if w.isdigit():
            return self.word(k - 1) != "en"  # ``en 2019`` is a year
        if w in self.w["figure_numbers"]:
            return True
        for phrase in self.t.figure_openers.get(w, ()):
            if tuple(self.words[k : k + len(phrase)]) == phrase:
                return True
        if w in self.w["figure_prefixes"]:
            following = self.word(k + 1)
            return following.isdigit() or following in self.w["figure_numbers"]
        # ``la mort de``, ``un bilan d'``; not ``ne reconnaît ces pertes qu'après enquête``
        return (w in self.w["determiners"] and self.word(k + 1) in self.w["figure_heads"]
                and self.word(k + 2) in ("de", "d'", "du", "des"))

    def de_quote_follows(self, last: int) -> bool:
        """``de``/``d'`` right before an opening quote follows, after an object.

        ``a traité ses opposants de «menteurs»``, ``traite le président d'«assassin»``.
        """
        return self._after_object(
            last + 1, ("de", "d'"), lambda k: self.words[k] in self.w["quote_openers"]
        )

    def par_follows(self, last: int) -> bool:
        """``par`` follows a participle, after adverbs and a few words (``estimé à 300 par``)."""
        k = self.skip_right(last + 1, commas=False)
        m, stop = k, min(self.n, k + _PAR_LIMIT)
        while m < stop:
            w = self.words[m]
            if w == "par":
                return True
            if w in _OPENING_QUOTES:
                # ``qualifiée «bien trop tardive pour être sérieuse» par``: one word
                close = self._quote_close(m)
                if close < 0:
                    return False
                stop = min(self.n, stop + close - m)
                m = close + 1
                continue
            if w in _QUOTES:
                m += 1
                continue
            if not self.is_word(m) or w in self.w["que"] or w in self.t.avoir or w in self.t.etre:
                return False
            m += 1
        return False

    def _quote_close(self, opening: int) -> int:
        """The closing mark of the quotation opened at ``opening`` (bounded), or -1."""
        for m in range(opening + 1, min(self.n, opening + _QUOTED_LIMIT)):
            w = self.words[m]
            if w in _CLOSING_QUOTES or (w == '"' and self.words[opening] == '"'):
                return m
            if w in _SENTENCE_ENDS:
                return -1
        return -1

    def same_sentence(self, a: int, b: int) -> bool:
        """No sentence end between tokens ``a`` and ``b`` (at most a context away)."""
        if b - a > _CONTEXT_LIMIT:
            return False
        return not any(self.words[m] in _SENTENCE_ENDS for m in range(a, b))


def _aux_left(r: _Reader, i: int) -> _Left | None:
    """The auxiliary (and inversion, reflexive, negation) left of the participle at ``i``."""
    k, negated = r.skip_left(i - 1)
    passive = False
    if r.word(k) == r.t.passive_participle:
        passive = True
        k, more = r.skip_left(k - 1)
        negated = negated or more
    pronoun = None
    verb = r.clitic_left(k)
    if verb is not None:
        pronoun = r.words[k]
        k = verb
    w = r.word(k)
    if w in r.t.avoir:
        aux, mood = "avoir", r.t.avoir[w]
    elif w in r.t.etre and not passive:
        aux, mood = "être", r.t.etre[w]
    else:
        return None
    first = k
    reflexive = r.word(k - 1) in r.w["reflexive"]
    j = k - 2 if reflexive else k - 1
    if reflexive:
        first = k - 1
    while j >= 0 and r.words[j] in r.w["object_clitics"] and first - j <= 2:
        j -= 1
    if negated and r.word(j) in r.w["negation"]:
        first = j
    else:
        negated = False
    return _Left(first, k, aux, mood, pronoun, passive, reflexive, negated)


def _tail_end(r: _Reader, k: int, tail: tuple[str, ...]) -> int | None:
    """Index of the last token of ``tail`` if it starts at ``k`` (``k - 1`` for no tail).

    Adverbs may stand between the verb and its tail (``fait aussi état de``, ``a fait
    également savoir``).
    """
    if tuple(r.words[k : k + len(tail)]) == tail:
        return k + len(tail) - 1
    if tail:
        skipped = r.skip_right(k, commas=False)
        if skipped > k and tuple(r.words[skipped : skipped + len(tail)]) == tail:
            return skipped + len(tail) - 1
    return None


def _pick(readings: tuple[_Reading, ...], tag: str | tuple[str, ...], reflexive: bool,
          r: _Reader, after: int) -> tuple[_Reading, int] | None:
    """The reading with ``tag`` whose tail follows at ``after``, and the index of its last token."""
    tags = (tag,) if isinstance(tag, str) else tag
    for reading in readings:
        if reading.reflexive != reflexive or not any(t in reading.tags for t in tags):
            continue
        end = _tail_end(r, after, reading.tail)
        if end is not None:
            return reading, end
    return None


def _compound(r: _Reader, i: int, readings: tuple[_Reading, ...]) -> _Found | None:
    """``a déclaré``, ``s'est dit``, ``n'a-t-il pas démenti``, ``a été démenti par``."""
    left = _aux_left(r, i)
    if left is None:
        return None
    is_passive = left.passive or (left.aux == "être" and not left.reflexive)
    if left.aux == "avoir" and left.reflexive:
        return None
    picked = _pick(readings, "pp", left.reflexive and not is_passive, r, i + 1)
    if picked is None:
        return None
    reading, last = picked
    mood = left.mood
    if is_passive:
        if not reading.passive or not r.par_follows(last):
            return None
        form = "passive"
        if not left.passive:
            mood = r.t.etre_passive[r.words[left.aux_index]]
    elif left.pronoun is not None:
        form = "inverted"
    elif left.mood == "participle":
        form = "participle"
    else:
        form = "finite"
    return _finish(r, reading, left.first, last, form, left.pronoun, left.negated, mood,
                   compound=True)


def _simple(r: _Reader, i: int, readings: tuple[_Reading, ...]) -> _Found | None:
    """``déclare``, ``affirmerait``, ``dit-il``, ``se félicite``, ``ne nie pas``."""
    reflexive = r.word(i - 1) in r.w["reflexive"]
    first = i - 1 if reflexive else i
    j = first - 1
    while j >= 0 and r.words[j] in r.w["object_clitics"] and first - j <= 2:
        j -= 1
    has_ne = r.word(j) in r.w["negation"]
    last = i
    pronoun = None
    clitic = r.clitic_right(i)
    if clitic is not None:
        pronoun, last = clitic
    negated = False
    if has_ne and r.word(last + 1) in r.w["negation_adverbs"]:
        negated = True
        last += 1
        first = j
    picked = _pick(readings, _FINITE, reflexive, r, last + 1)
    if picked is None:
        return None
    reading, end = picked
    tense = next(t for t in _FINITE if t in reading.tags)
    if reading.homograph and pronoun is None and not reflexive and not _verb_evidence(r, i, end):
        return None
    form = "inverted" if pronoun is not None else "finite"
    return _finish(r, reading, first, end, form, pronoun, negated, _MOOD[tense])


def _verb_evidence(r: _Reader, i: int, last: int) -> bool:
    """A form that is also a noun or an adjective (``demande``, ``dit``) is used as a verb here."""
    w = r.w
    j = i - 1
    clitics = w["object_clitics"] | w["negation"]
    while j >= 0 and r.words[j] in clitics and i - j <= 3:
        j -= 1
    if r.word(j) in w["subject_pronouns"]:
        return True
    if any(word in w["negation"] for word in r.words[j + 1 : i]):
        return True  # ``avant que son bureau ne précise``: no noun takes ``ne``
    function_words = (w["determiners"], w["prepositions"], w["copulas"], w["que"])
    if j < i - 1:
        # `Moscou la juge`, not `après la demande`; `lui` is never a determiner:
        # `le président lui reproche`
        return r.capital(j) or "lui" in r.words[j + 1 : i]
    prev = r.word(i - 1)
    if prev == ")" and r.capital(i - 2) and r.word(i - 3) == "(":
        # `L'Office … (UNRWA) estime que`: an acronym in brackets closes the subject
        return r.que_after(last) or r.infinitive_follows(last)
    if prev == "," and r.capital(r._incise_left(i - 1)) and not r.comes_after_words(i):
        # `La Turquie, alliée de Bakou, réclame un rôle`: a name and its apposition are the
        # subject; a determiner or ``à`` (the object) or ``que`` must follow
        nxt = r.word(r.skip_right(last + 1, commas=False))
        return r.que_after(last) or nxt in w["subject_openers"] or nxt in ("à", "au", "aux")
    if not prev or any(prev in group for group in function_words) or not r.is_word(i - 1):
        return r.comes_after_words(i) and r.subject_follows(last + 1)
    if r.que_after(last):
        return True
    if r.after_ce_que(i):
        return True  # `ce que Bakou dément`, `ce que le pouvoir syrien dément`
    k = r.skip_right(last + 1, commas=False)
    nxt = r.word(k)
    if nxt == ":":
        return True
    if r.comes_after_words(i) and r.subject_follows(last + 1):
        return True
    # `dit avoir frappé`, `se dit être`: an infinitive auxiliary after it
    opens = nxt in w["subject_openers"] or nxt in ("à", "au", "aux") or r.aux_infinitive(nxt)
    if r.capital(i - 1):
        # `Pyongyang dément.`: a name and the verb alone make a sentence
        return opens or r.capital(k) or nxt in ("«", ".", ";", "!")
    # `le ministre demande un…`; never `le processus dit de Vienne`, `le groupe dit État islamique`
    return opens


def _participle(r: _Reader, i: int, readings: tuple[_Reading, ...]) -> _Found | None:
    """``assurant que``, ``citant``, ``se disant``, ``faisant état``."""
    reflexive = r.word(i - 1) in r.w["reflexive"]
    picked = _pick(readings, "participle", reflexive, r, i + 1)
    if picked is None:
        return None
    reading, last = picked
    found = _finish(r, reading, i - 1 if reflexive else i, last, "participle", None, False,
                    "participle")
    if found is not None and reading.homograph and not found.que:
        return None
    return found


def _infinitive(r: _Reader, i: int, readings: tuple[_Reading, ...]) -> _Found | None:
    """``a tenu à souligner``, ``veut rassurer``, ``avant d'ajouter``, ``sans préciser``."""
    reflexive = r.word(i - 1) in r.w["reflexive"]
    picked = _pick(readings, "infinitive", reflexive, r, i + 1)
    if picked is None:
        return None
    reading, last = picked
    k, negated = r.skip_left((i - 1 if reflexive else i) - 1)
    if r.word(k) in r.w["modal_clitics"]:
        k -= 1  # ``pour lui assurer``, ``veut leur dire``
    link = r.word(k)
    modal = k
    if link not in r.t.modals:
        modal = k - 1
        if link not in r.t.modals.get(r.word(modal), frozenset()):
            return None
    elif "" not in r.t.modals[link]:
        return None
    first = modal
    pronoun = None
    if r.word(modal) == "sans":
        negated = True
    elif r.word(modal) in r.t.modal_participles:
        left = _aux_left(r, modal)
        if left is None or left.aux != "avoir" or left.reflexive:
            return None
        first, pronoun, negated = left.first, left.pronoun, left.negated
    else:
        j = modal - 1
        while j >= 0 and r.words[j] in r.w["object_clitics"] and modal - j <= 2:
            j -= 1
        if negated and r.word(j) in r.w["negation"]:
            first = j
        else:
            negated = False
    form = "inverted" if pronoun else "finite"
    found = _finish(r, reading, first, last, form, pronoun, negated, "infinitive")
    if found is not None and r.word(modal) in r.w["purpose_modals"] and not found.que:
        return None  # ``pour demander une trêve``: a purpose, no words reported
    return found


def _bare_participle(r: _Reader, i: int, readings: tuple[_Reading, ...],
                     previous: _Found | None) -> _Found | None:
    """``cité par``, ``rejetées vendredi par X``, and ``a estimé … et ajouté que``."""
    picked = _pick(readings, "pp", False, r, i + 1)
    if picked is None:
        return None
    reading, last = picked
    if reading.passive and r.par_follows(last):
        return _finish(r, reading, i, last, "passive", None, False, "past")
    if (
        r.word(i - 1) in r.w["coordinations"]
        and previous is not None
        and previous.compound
        and previous.form in ("finite", "inverted")
        and previous.last < i
        and r.same_sentence(previous.last, i)
    ):
        return _finish(r, reading, i, last, "finite", None, False, previous.mood)
    return None


def _finish(r: _Reader, reading: _Reading, first: int, last: int, form: str, pronoun: str | None,
            negated: bool, mood: str, *, compound: bool = False) -> _Found | None:
    """Check what follows the verb group, decide an inversion by position, and build the cue."""
    que = r.que_after(last)
    # an infinitive has no subject of its own: `, avant d'ajouter le…` is not an inversion
    if (form == "finite" and mood != "infinitive" and not que and r.comes_after_words(first)
            and r.subject_follows(last + 1) and not r.object_then_infinitive(last)):
        form = "inverted"
    inverted = form == "inverted"
    if reading.inverted_only and not inverted:
        return None
    if not r.licensed(reading, last, que, inverted):
        return None
    return _Found(first, last, reading.lemma, reading.kind, form, pronoun, negated, mood, que,
                  compound, r.infinitive_follows(last), r.figure_follows(last))


def _verb(r: _Reader, i: int, readings: tuple[_Reading, ...], tags: frozenset[str],
          previous: _Found | None) -> _Found | None:
    """The cue a known verb form at ``i`` heads, trying the readings a form may have in turn.

    ``tags`` are those of all the ``readings`` (:attr:`_Tables.form_tags`).
    """
    if "pp" in tags:
        found = _compound(r, i, readings)
        if found is not None:
            return found
    if tags.intersection(_FINITE):
        found = _simple(r, i, readings)
        if found is not None:
            return found
    if "participle" in tags:
        found = _participle(r, i, readings)
        if found is not None:
            return found
    if "infinitive" in tags:
        found = _infinitive(r, i, readings)
        if found is not None:
            return found
    if "pp" in tags:
        return _bare_participle(r, i, readings, previous)
    return None


def _match_slots(
    r: _Reader, k: int, slots: tuple[tuple[frozenset[str], bool], ...], j: int = 0
) -> int:
    """Index of the last token matched by ``slots[j:]`` from ``k``, or -1.

    Required slots are read in a loop; at an optional slot, taking the word is tried
    before skipping the slot.
    """
    words, n = r.words, r.n
    while j < len(slots):
        accepted, optional = slots[j]
        word = words[k] if k < n else ""
        if optional:
            if word in accepted:
                end = _match_slots(r, k + 1, slots, j + 1)
                if end >= 0:
                    return end
            return _match_slots(r, k, slots, j + 1)
        if word not in accepted:
            return -1
        k += 1
        j += 1
    return k - 1


def _nominal(r: _Reader, i: int, patterns: tuple[_Nominal, ...]) -> _Found | None:
    """``selon``, ``d'après``, ``dans un communiqué``, ``de source``: the longest that fits."""
    best: tuple[int, str] | None = None
    for pattern in patterns:
        last = _match_slots(r, i, pattern.slots)
        if last < 0 or (best is not None and last <= best[0]):
            continue
        following = r.word(last + 1)
        if following in pattern.not_before and (following != "-" or r.joined(last, last + 1)):
            continue
        if not following and pattern.not_before:
            continue
        best = (last, pattern.lemma)
    if best is None:
        return None
    return _Found(i, best[0], best[1], "nominal", "nominal", None, False, "none", False)


def _pour(r: _Reader, i: int) -> _Found | None:
    """``Pour Moscou, …``: ``pour`` opening a clause, before a short noun phrase and a comma."""
    w = r.w
    p = i - 1
    starts = w["pour_clause_starts"]
    if r.word(p) in w["pour_connectors"]:
        p -= 1
        starts = starts | {","}
    at_start = p < 0 or r.word(p) in starts or "\n" in r.lower[r.ends[p] : r.starts[p + 1]]
    if not at_start:
        return None
    first = i + 1
    head = r.word(first)
    if not (head in w["subject_openers"] or head in w["pour_pronouns"] or r.capital(first)):
        return None
    for k in range(first, min(r.n, first + r.t.pour_max_words + 1)):
        token = r.words[k]
        if token == ",":
            if k == first:
                return None
            return _Found(i, i, "pour", "nominal", "nominal", None, False, "none", False)
        if not r.is_word(k) and token not in "-":
            return None
        if (token in w["pour_not_speakers"] or token in w["que"] or token == "qui"
                or token.isdigit() or token in r.t.forms or token in r.t.avoir
                or token in r.t.etre):
            return None
    return None


def _resolve(found: list[_Found], r: _Reader) -> tuple[Cue, ...]:
    """Keep non-overlapping cues, the longer of two that overlap, in text order."""
    order = sorted(found, key=lambda f: (r.starts[f.first], -r.ends[f.last]))
    kept: list[_Found] = []
    for f in order:
        if kept and r.starts[f.first] < r.ends[kept[-1].last]:
            last = kept[-1]
            size = r.ends[f.last] - r.starts[f.first]
            if size > r.ends[last.last] - r.starts[last.first]:
                kept[-1] = f
            continue
        kept.append(f)
    return tuple(
        Cue(r.starts[f.first], r.ends[f.last], f.lemma, f.kind, f.form, f.pronoun, f.negated,
            f.mood, f.que, f.infinitive, f.figure)
        for f in kept
    )


def cues_in(norm: NormalizedText) -> tuple[Cue, ...]:
    """Every speech or stance cue of ``norm``, in text order, without overlaps (longest wins).

    >>> from syriadiplo._text import normalize
    >>> norm = normalize("L'ONU s'est dite «inquiète». Pour Paris, il n'a pas démenti.")
    >>> for c in cues_in(norm):
    ...     print(norm.text[c.start:c.end], c.lemma, c.kind, c.negated)
    s'est dite se dire stance False
    Pour pour nominal False
    n'a pas démenti démentir denial True
    """
    t = tables()
    r = _Reader(norm, t)
    found: list[_Found] = []
    previous: _Found | None = None
    words = r.words
    for i in compress(range(r.n), map(t.starters.__contains__, words)):
        word = words[i]  # (the words no cue starts at are skipped in one pass)
        cue: _Found | None = None
        readings = t.forms.get(word)
        if readings is not None:
            if not r.inside_word(i):
                cue = _verb(r, i, readings, t.form_tags[word], previous)
        elif word in t.nominals:
            seconds = t.nominal_seconds.get(word)
            if seconds is None or r.word(i + 1) in seconds:
                cue = _nominal(r, i, t.nominals[word])
        elif word == "pour":
            cue = _pour(r, i)
        if cue is not None:
            found.append(cue)
            previous = cue
    return _resolve(found, r)
