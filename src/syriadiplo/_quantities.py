"""French quantities in running text: ``plus de 3 800``, ``280.000``, ``des centaines``.

Reading goes in four passes over a normalised text, each linear:

1. *atoms*: one regex scan finds digit runs, number words, percent signs,
   vague determiners, times, digit ordinals and numeric dates;
2. *numbers*: neighbouring atoms join into one number when French grammar
   lets the second follow the first (:class:`~syriadiplo._numbers.WordNumber`);
3. *ranges*: ``entre A et B``, ``de A à B``, ``deux ou trois``, ``20-30``;
4. *qualifiers*: ``plus de``, ``au moins``, ``près de``, ``jusqu'à``… before,
   ``ou plus``, ``au moins``, ``environ`` after; then comparisons that bound
   each other (``supérieur à 20 et inférieur à 30``) become ranges.

Every quantity keeps its span in the caller's text and a :class:`QuantityKind`
(percent, fraction, ordinal, year, time, day of month) so that extractors can
skip what is not a count.

>>> [(q.text, q.value, str(q.qualifier)) for q in find_quantities(
...     "Plus de 4 150 civils et une vingtaine de secouristes ont péri depuis 2011.")]
[('Plus de 4 150', 4150, 'more_than'), ('une vingtaine', 20, 'about'), ('2011', 2011, 'exact')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from syriadiplo._data import load
from syriadiplo._kinds import Qualifier, QuantityKind
from syriadiplo._lexicon import fold
from syriadiplo._numbers import (
    Lexicon,
    Token,
    WordNumber,
    decimal_digits,
    digits_value,
    lexicon,
    phrase_pattern,
)
from syriadiplo._records import Quantity
from syriadiplo._text import NormalizedText, normalize

__all__ = ["find_quantities", "parse_quantity", "quantities_in"]

_WINDOW = 48
"""How far back qualifiers and cues are looked for, in characters."""

_LETTER = r"[^\W\d_]"

_MAX_DIGITS = 30
"""A longer run of digits is an identifier or junk, not a quantity."""
_MAX_WORDS = 40
"""The most atoms one number may join (999 999 999 999 in words takes 32)."""


_LETTER_RUN = re.compile(rf"{_LETTER}+")
_NUMBER_START = re.compile(r"[-−+.,\d](?<![\w.,].)(?:(?<=\d)|(?=\d))")
"""Where a number atom can start: every one opens with a digit, or a sign or decimal mark
before a digit, right after something that is neither a word character, ``.`` nor ``,``
(a character class first, so that the scan skips to the next candidate)."""


def _opening_runs(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first runs of letters of ``phrases``; ``None`` when one starts otherwise."""
    runs = set()
    for phrase in phrases:
        run = _LETTER_RUN.match(phrase)
        if run is None:
            return None
        runs.add(run.group())
    return frozenset(runs)


def _runs_from(words: frozenset[str]) -> re.Pattern[str]:
    """Runs of letters that start with the first letter of one of ``words``.

    The boundary is checked after the first letter so that the scan skips to the next
    letter of the set.
    """
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(rf"[{firsts}](?<!{_LETTER}.){_LETTER}*" if firsts else r"(?!)")


def _heads(phrases: Iterable[str]) -> tuple[str, ...]:
    """Strings one of which begins each non-empty phrase, none the start of another.

    A phrase's head is its first run of letters, or its first character.
    """
    heads = set()
    for phrase in phrases:
        run = _LETTER_RUN.match(phrase)
        heads.add(run.group() if run else phrase[:1])
    return tuple(
        sorted(h for h in heads if h and not any(o != h and h.startswith(o) for o in heads))
    )


@attrs.frozen
class _Patterns:
    atoms: re.Pattern[str]
    word_openers: frozenset[str] | None
    """The runs of letters a word, vague or half atom can start with (each starts at a
    letter boundary, and its first run of letters is whole); ``None``: some atom could
    start elsewhere, scan every position."""
    opening_runs: re.Pattern[str]
    """A run of letters that begins with the first letter of one of ``word_openers``."""
    percent_heads: tuple[str, ...]
    """What a percent atom starts with, wherever it stands (it needs no boundary before)."""
    prefix: re.Pattern[str]
    exceeds: re.Pattern[str]
    suffix: re.Pattern[str]
    year_cue: re.Pattern[str]
    month_after: re.Pattern[str]
    times_of: re.Pattern[str]
    fraction_det: re.Pattern[str]
    entre: re.Pattern[str]
    de: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    lex = lexicon()
    words = phrase_pattern(list(lex.words))
    words = words.replace(r"\s+", r"[\s-]+")
    vague_dets = phrase_pattern([d for d in lex.vague if d != "des"])
    scaled = f"(?:{phrase_pattern(list(_SCALED))})"
    halves_list = load("numbers")["half_scales"]["words"]
    halves = phrase_pattern(halves_list)
    # every atom opens with one of these: a cheap test before the alternation
    openers = {w[0] for w in (*lex.words, *lex.percent, *lex.vague)} | set("0123456789+-−.,")
    guard = "".join(sorted(re.escape(c) for c in openers))
    atoms = rf"""
      (?=[{guard}])
      (?:
        (?P<numdate>(?<![\w.,])\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}(?![\w])
                   |(?<![\w.,-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\w-])
                   |(?<![\w.,/])\d{{1,2}}/\d{{1,2}}(?![\d/]))
      | (?P<time>(?<![\w.,])(?:[01]?\d|2[0-4])\s?h(?:\s?[0-5]\d)?(?!{_LETTER}|\d))
      | (?P<ordinal>(?<![\w.,])\d{{1,4}}(?:{phrase_pattern(lex.ordinal_digit_suffixes)})(?!\w))
      | (?P<digits>(?<![\w.,])(?:(?<![^\s(\[])[-−+](?=\d))?
            (?:\d{{1,3}}(?:\ \d{{3}}(?!\d))++(?:,\d++)?
              |\d++(?:[.,']\d++)*+
              |(?<![^\s(])[.,]\d++)
            (?P<suffix>[kmg](?!\w))?)
      | (?P<percent>(?:{phrase_pattern(lex.percent)})(?!{_LETTER}))
      | (?P<vague>(?<!{_LETTER})(?:des(?=\s+{scaled}(?!\w))|{vague_dets})(?!{_LETTER}))
      | (?P<half>(?<!{_LETTER})demi[\s-]+(?:{halves})(?!{_LETTER}))
      | (?P<word>(?<!{_LETTER})(?:{words})(?!{_LETTER}))
      )
    """
    qualifier_words = phrase_pattern(list(lex.prefix_qualifiers))
    adverbial = load("numbers")["qualifier_adverbs"]
    exceed_verbs = phrase_pattern(adverbial["verbs"])
    adverbs = phrase_pattern(adverbial["adverbs"])
    suffix_words = phrase_pattern(list(lex.suffix_qualifiers))
    cues = phrase_pattern([c for c in lex.year_cues if c not in {"mi", "mi-"}])
    months = phrase_pattern(lex.months)
    flags = re.VERBOSE
    # what the word, vague and half atoms start with (the percent atom has no boundary)
    word_openers = _opening_runs([*lex.words, *lex.vague, *(f"demi {h}" for h in halves_list)])
    return _Patterns(
        atoms=re.compile(atoms, flags),
        word_openers=word_openers if all(lex.percent) else None,
        opening_runs=_runs_from(word_openers or frozenset()),
        percent_heads=_heads(lex.percent),
        prefix=re.compile(rf"(?<!{_LETTER})(?P<q>{qualifier_words})\s*$", flags),
        exceeds=re.compile(
            rf"(?<!{_LETTER})(?P<q>(?:{exceed_verbs})\s+(?:{adverbs}))\s*$", flags
        ),
        suffix=re.compile(rf"\s+(?P<q>{suffix_words})(?!{_LETTER})", flags),
        year_cue=re.compile(
            rf"(?<!{_LETTER})(?:(?:{cues})\s+|(?:{months})\.?\s+|mi-)$", flags
        ),
        month_after=re.compile(
            rf"\s+(?:{months})(?!{_LETTER})\.?", flags
        ),
        times_of=re.compile(r"\s+de\s+(?P<w>milliers|millions|milliards)(?!\w)", flags),
        fraction_det=re.compile(
            rf"(?<!{_LETTER})(?:{phrase_pattern(lex.fraction_determiners)})\s*$", flags
        ),
        entre=re.compile(rf"(?<!{_LETTER})entre\s+(?:les?\s+|la\s+)?$", flags),
        de=re.compile(rf"(?<!{_LETTER})(?:de|d'|du)\s*(?:les?\s+|la\s+)?$", flags),
    )


@attrs.define
class _Draft:
    """A quantity being built: offsets into the normalised text, bounds as fractions."""

    start: int
    end: int
    value: Fraction | None
    low: Fraction | None = None
    high: Fraction | None = None
    qualifier: Qualifier = Qualifier.EXACT
    kind: QuantityKind = QuantityKind.NUMBER
    lone_one: bool = False
    approx: bool = False
    plain_digits: str = ""
    qualified: bool = False


# ------------------------------------------------------------------------------ atoms
@attrs.frozen
class _Atom:
    kind: str
    start: int
    end: int
    text: str
    suffix: str = ""


def _atom_starts(text: str, pats: _Patterns) -> list[int]:
    """The positions of ``text`` where an atom can start, in order.

    A number atom starts at a digit, sign or decimal mark (:data:`_NUMBER_START`), a word
    atom at a run of letters of :attr:`_Patterns.word_openers`, a percent atom wherever
    one of :attr:`_Patterns.percent_heads` stands.
    """
    starts = [m.start() for m in _NUMBER_START.finditer(text)]
    openers = pats.word_openers or frozenset()
    starts += [m.start() for m in pats.opening_runs.finditer(text) if m.group() in openers]
    for head in pats.percent_heads:
        at = text.find(head)
        while at >= 0:
            starts.append(at)
            at = text.find(head, at + 1)
    return sorted(set(starts))


def _atom_matches(text: str, pats: _Patterns) -> Iterator[re.Match[str]]:
    """What ``pats.atoms.finditer(text)`` finds, trying only where an atom can start."""
    if pats.word_openers is None:
        yield from pats.atoms.finditer(text)
        return
    end = 0
    for start in _atom_starts(text, pats):
        if start < end:
            continue  # inside the previous atom: finditer would not look here
        m = pats.atoms.match(text, start)
        if m is not None:
            end = m.end()  # atoms are never empty
            yield m


def _atoms(text: str, cased: str) -> list[_Atom]:
    """Every atom of the lower-case ``text``; ``cased`` tells ``3M`` (million) from ``3m``."""
    atoms = []
    for m in _atom_matches(text, _patterns()):
        kind = m.lastgroup or ""
        if kind == "suffix":
            kind = "digits"
        start, end = m.span()
        suffix = m.group("suffix") or ""
        if suffix == "m" and cased[end - 1] == "m":
            suffix = ""  # `3m` is three metres
            end -= 1
        atoms.append(_Atom(kind, start, end, text[start:end], suffix))
    return atoms


_SCALED = ("dizaines", "centaines", "milliers", "millions", "milliards")
"""Plural approximate nouns and scales: after ``des`` or ``de`` with no number before them
(``des milliers``, ``parle de milliers de morts``) they make a vague count."""
_OF_GAP = re.compile(r"\s+(?:de|d')\s*")
"""What stands between a number and the scale it multiplies (``deux centaines de milliers``)."""
_HALF = re.compile(r"[\s-]+et[\s-]+demie?(?![^\W\d_])")
"""``et demi`` after a scale: half of it more (``un million et demi``)."""

_JOIN_GAP = re.compile(r"[ -]{1,3}|")
_ET_GAP = re.compile(r"(?:\s+|-)et(?:\s+|-)")


# ---------------------------------------------------------------------------- numbers
def _digits_read(atom: _Atom, lex: Lexicon) -> tuple[Fraction, str] | None:
    """The value of a digits atom, and its digits when they are nothing else (``2016``)."""
    raw = atom.text[: len(atom.text) - len(atom.suffix)] if atom.suffix else atom.text
    if len(raw) > _MAX_DIGITS:
        return None
    if raw.isdecimal():  # plain digits: the common case, read without separators
        value = Fraction(int(raw))
    else:
        number = digits_value(raw)
        if number is None:
            return None
        value = Fraction(number)
    if atom.suffix:
        value *= lex.digit_suffixes[atom.suffix]
    return value, raw if raw.isdigit() else ""


def _numbers(text: str, atoms: list[_Atom]) -> list[_Draft]:
    """Join neighbouring atoms into numbers and read each one."""
    lex = lexicon()
    drafts: list[_Draft] = []
    i = 0
    n = len(atoms)
    while i < n:
        atom = atoms[i]
        if atom.kind == "numdate":
            i += 1
            continue
        if atom.kind == "time":
            drafts.append(_time_draft(atom))
            i += 1
            continue
        if atom.kind == "ordinal":
            digits = re.match(r"\d+", atom.text)
            value = Fraction(int(digits.group())) if digits else Fraction(0)
            drafts.append(_Draft(atom.start, atom.end, value, kind=QuantityKind.ORDINAL))
            i += 1
            continue
        if atom.kind == "vague":
            draft, i = _vague(text, atoms, i, lex)
            if draft:
                drafts.append(draft)
            continue
        if atom.kind == "percent":
            i += 1
            continue
        if atom.kind == "word" and atom.text in _SCALED and not (
            drafts and _OF_GAP.fullmatch(text, drafts[-1].end, atom.start)
        ):
            # `parle de milliers de morts`, `les centaines de blessés`: no number before it
            # (`deux centaines de milliers` multiplies the number before, in `_contexts`)
            draft, i = _scaled_vague(text, atoms, i, i, lex.vague["des"], lex)
            drafts.append(draft)
            continue
        draft, i = _number(text, atoms, i, lex)
        if draft:
            drafts.append(draft)
    return drafts


def _time_draft(atom: _Atom) -> _Draft:
    parts = re.findall(r"\d+", atom.text)
    hours = Fraction(int(parts[0]))
    if len(parts) > 1:
        hours += Fraction(int(parts[1]), 60)
    return _Draft(atom.start, atom.end, hours, kind=QuantityKind.TIME)


def _number(text: str, atoms: list[_Atom], i: int, lex: Lexicon) -> tuple[_Draft | None, int]:
    """Read the number that starts at ``atoms[i]``; return it and the index after it."""
    acc = WordNumber()
    first = atoms[i]
    start = end = first.start
    plain = ""
    words_only = True
    decimals: Fraction | None = None
    j = i
    while j < len(atoms) and j - i < _MAX_WORDS:
        atom = atoms[j]
        gap = text[end:atom.start] if j > i else ""
        joined_by_et = False
        if j > i:
            if atom.kind not in {"word", "digits", "percent", "half"}:
                break
            if _ET_GAP.fullmatch(gap):
                joined_by_et = True
            elif not _JOIN_GAP.fullmatch(gap):
                break
        if atom.kind == "percent":
            if j == i or joined_by_et:
                break
            end = atom.end
            j += 1
            return _finish_number(acc, decimals, start, end, plain, words_only, first,
                                  QuantityKind.PERCENT), j
        if atom.kind == "digits":
            if j > i and not (gap == " " and acc.can_take(Token.DIGITS, Fraction(0))):
                break
            digits = _digits_read(atom, lex)
            if digits is None:
                if j == i:
                    return None, i + 1
                break
            acc.add(Token.DIGITS, digits[0])
            plain = digits[1] if j == i else ""
            words_only = False
            end = atom.end
            j += 1
            continue
        if atom.kind == "half":  # `un demi-million`: half the scale
            halved = lex.words[re.split(r"[\s-]+", atom.text)[-1]].value / 2
            if not acc.can_take(Token.SCALE, halved):
                break
            acc.add(Token.SCALE, halved)
            words_only = False
            end = atom.end
            j += 1
            continue
        word = atom.text
        entry = lex.words.get(word)
        if entry is None:
            break
        if entry.token is Token.DECIMAL:
            digits_after = _decimal_words(text, atoms, j, acc)
            if digits_after is None:
                break
            decimals, end, j = digits_after
            break
        if not acc.can_take(entry.token, entry.value, joined_by_et=joined_by_et):
            break
        acc.add(entry.token, entry.value)
        acc.ordinal = entry.ordinal
        end = atom.end
        j += 1
        if acc.closed:
            break
    if j == i:
        return None, i + 1
    half = _HALF.match(text, end) if acc.last is Token.SCALE and decimals is None else None
    if half is not None:  # `un million et demi`, `2 millions et demie`
        decimals = acc.last_value / 2
        end = half.end()
        while j < len(atoms) and atoms[j].start < end:
            j += 1
    kind = QuantityKind.NUMBER
    # a percent sign right after a number read in words or digits
    if j < len(atoms) and atoms[j].kind == "percent" and _JOIN_GAP.fullmatch(
        text[end:atoms[j].start]
    ):
        end = atoms[j].end
        j += 1
        kind = QuantityKind.PERCENT
    return _finish_number(acc, decimals, start, end, plain, words_only, first, kind), j


def _decimal_words(
    text: str, atoms: list[_Atom], j: int, acc: WordNumber
) -> tuple[Fraction, int, int] | None:
    """Read ``virgule`` and the words after it; ``None`` when no decimals follow."""
    if acc.count == 0 or acc.closed:
        return None
    words: list[str] = []
    end = atoms[j].end
    k = j + 1
    while k < len(atoms) and atoms[k].kind == "word":
        gap = text[end:atoms[k].start]
        if not (_JOIN_GAP.fullmatch(gap) or _ET_GAP.fullmatch(gap)) or not gap:
            break
        if _ET_GAP.fullmatch(gap):
            words.append("et")
        words.append(atoms[k].text)
        end = atoms[k].end
        k += 1
    decimals = decimal_digits(words) if words else None
    if decimals is None:
        return None
    return decimals, end, k


def _finish_number(
    acc: WordNumber,
    decimals: Fraction | None,
    start: int,
    end: int,
    plain: str,
    words_only: bool,
    first: _Atom,
    kind: QuantityKind,
) -> _Draft:
    value = acc.value() + decimals if decimals else acc.value()
    draft = _Draft(start, end, value, kind=kind, plain_digits=plain)
    if acc.ordinal:
        draft.kind = QuantityKind.ORDINAL
    elif acc.fraction:
        draft.kind = QuantityKind.FRACTION
    draft.approx = acc.approx
    draft.lone_one = words_only and acc.count == 1 and first.text in {"un", "une"}
    return draft


def _vague(text: str, atoms: list[_Atom], i: int, lex: Lexicon) -> tuple[_Draft | None, int]:
    """A vague determiner, alone or before an approximate noun or scale (``des centaines``)."""
    atom = atoms[i]
    key = _key(atom.text)
    rule = lex.vague.get(key)
    if rule is None:
        return None, i + 1
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if nxt and nxt.kind == "word" and re.fullmatch(r"\s+", text[atom.end:nxt.start]):
        entry = lex.words.get(nxt.text)
        if entry and entry.token in {Token.APPROX, Token.SCALE} and entry.value >= 10:
            return _scaled_vague(text, atoms, i, i + 1, rule, lex)
    if not rule.get("alone"):
        return None, i + 1
    high_alone = rule.get("alone_high", -1)
    return _vague_draft(atom.start, atom.end, Fraction(rule["low"]),
                        None if high_alone < 0 else Fraction(high_alone)), i + 1


def _scaled_vague(
    text: str, atoms: list[_Atom], first: int, noun: int, rule: dict[str, Any], lex: Lexicon
) -> tuple[_Draft, int]:
    """The vague count of an approximate noun or scale, ``atoms[noun]``.

    ``atoms[first]`` opens it (``des``, ``plusieurs``, or the noun itself) and ``rule`` is
    the vague rule of that word. Bounds are ``low``×unit to (``high``+1)×unit−1 (``des
    centaines`` 200–999); a following ``de milliers`` multiplies them (``des dizaines de
    milliers`` 20 000–99 999).
    """
    unit = lex.words[atoms[noun].text].value
    low = rule["low"] * unit
    high = None if rule["high"] < 0 or unit >= 1_000_000 else (rule["high"] + 1) * unit - 1
    end = atoms[noun].end
    j = noun + 1
    times = _patterns().times_of.match(text, end)
    if times:
        scale = lex.words[times.group("w")].value
        low *= scale
        high = None if high is None else (high + 1) * scale - 1
        end = times.end()
        while j < len(atoms) and atoms[j].start < end:
            j += 1
    return _vague_draft(atoms[first].start, end, low, high), j


def _vague_draft(start: int, end: int, low: Fraction, high: Fraction | None) -> _Draft:
    return _Draft(start, end, None, low=low, high=high, qualifier=Qualifier.VAGUE)


# ------------------------------------------------------------------------- contexts
def _contexts(text: str, drafts: list[_Draft], *, indefinite: bool) -> list[_Draft]:
    """Kinds that depend on the words around: years, days, shares, lone ``un`` and ``neuf``."""
    pats = _patterns()
    lex = lexicon()
    kept: list[_Draft] = []
    for d in drafts:
        before = text[max(0, d.start - _WINDOW):d.start]
        word = text[d.start:d.end]
        if d.approx:
            times = pats.times_of.match(text, d.end)
            if times and d.value is not None:
                d.value *= lex.words[times.group("w")].value
                d.end = times.end()
            d.qualifier = Qualifier.ABOUT
        if d.kind is QuantityKind.FRACTION and d.value is not None and d.value <= 1:
            det = pats.fraction_det.search(before)
            if word in lex.words and det is None:
                continue  # `pays tiers`: a share needs a number or a determiner
            if det is not None and (word in lex.words or det.group().strip() == "les"):
                start = d.start - (len(before) - det.start())  # `la moitié`, `les deux tiers`
                while kept and kept[-1].end > start and kept[-1].start >= start:
                    kept.pop()  # `un    moitié`: the article read alone is the share's
                if not kept or kept[-1].end <= start:
                    d.start = start
        if word == "neuf" and _neuf_is_adjective(before, lex) and not _plural_after(
                text, d.end, lex):
            continue
        if word in lex.months and kept and kept[-1].kind is QuantityKind.DAY \
                and not text[kept[-1].end:d.start].strip():
            continue  # `30 sept 2016`: the month, not seven
        if (len(d.plain_digits) == 4 and d.value is not None
                and lex.first_year <= d.value <= lex.last_year and pats.year_cue.search(before)):
            if _people_after(text, d.end):
                # `280 civils et 2000 combattants`: a count; so is `entre 1500 et 2000 soldats`
                if kept and kept[-1].kind is QuantityKind.YEAR \
                        and _RANGE_GAP.fullmatch(text, kept[-1].end, d.start):
                    kept[-1].kind = QuantityKind.NUMBER
            else:
                d.kind = QuantityKind.YEAR
        if d.kind is QuantityKind.NUMBER and d.plain_digits and d.value is not None \
                and 1 <= d.value <= 31 and pats.month_after.match(text, d.end):
            d.kind = QuantityKind.DAY
        if d.kind is QuantityKind.ORDINAL and d.value == 1 and pats.month_after.match(text, d.end):
            d.kind = QuantityKind.DAY
        kept.append(d)
    return kept


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _people_after(text: str, end: int) -> bool:
    """Whether a noun of people follows the number ending at ``end`` (``2000 combattants``)."""
    word = _NEXT_WORD.match(text, end, end + 40)
    return word is not None and fold(word.group(1)) in _people_nouns()


@functools.cache
def _people_nouns() -> frozenset[str]:
    """The first words of the group and harm nouns of ``harm.toml``, folded."""
    harm = load("harm")
    phrases = [w for table in ("groups", "nouns") for words in harm[table].values()
               for w in words]
    return frozenset(fold(p).split()[0] for p in phrases if fold(p).split())


def _neuf_is_adjective(before: str, lex: Lexicon) -> bool:
    """``un hôpital neuf``, ``remis à neuf``: the adjective; ``tué neuf civils``: the number."""
    words: list[str] = re.findall(r"[\w']+", before[-40:])
    if not words:
        return False
    previous = words[-1]
    if previous in lex.neuf_after:
        return True
    if previous == "à":
        return len(words) > 1 and words[-2] in lex.neuf_repaired
    if previous in lex.closed_class or previous.endswith(lex.verb_endings):
        return False
    return previous.isalpha()


def _plural_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a plural noun follows (``figurent neuf enfants``): then ``neuf`` counts.

    The adjective ``neuf`` is masculine singular and follows its noun, so a plural word
    right after it (not a function word) is what it counts.
    """
    following = _NEXT_WORD.match(text, end, end + 24)
    if following is None:
        return False
    word = following.group(1).lower()
    return len(word) > 3 and word.endswith(("s", "x")) and word not in lex.closed_class


def _counted_one(text: str, d: _Draft, lex: Lexicon) -> bool:
    """Whether a lone ``un``/``une`` counts one thing (never ``l'un des``, ``une autre``)."""
    if text[max(0, d.start - 2):d.start] in {"l'", "d'"}:
        return False
    following = re.match(r"\s+([\w']+)", text[d.end:d.end + 24])
    return not (following and following.group(1) in lex.not_counted_before)


# --------------------------------------------------------------------------- ranges
_RANGE_GAP = re.compile(r"\s*(?P<c>et|à|au|ou|-|–)\s*(?:les?\s+|la\s+)?")


Join = Callable[[str, _Draft, _Draft], _Draft | None]
"""A rule that reads two neighbouring quantities as one, or returns ``None``."""


def _join_pairs(text: str, drafts: list[_Draft], join: Join) -> list[_Draft]:
    """Replace each pair of neighbours that ``join`` reads as one quantity by that quantity."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        joined = join(text, drafts[i], drafts[i + 1]) if i + 1 < len(drafts) else None
        out.append(joined or drafts[i])
        i += 2 if joined else 1
    return out


def _range(text: str, a: _Draft, b: _Draft) -> _Draft | None:
    """``entre A et B``, ``de A à B``, ``A à B``, ``A ou B``, ``A-B``: one range."""
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)  # the cheaper test first
    if not gap or not _rangeable(a, b):
        return None
    pats = _patterns()
    before = text[max(0, a.start - _WINDOW):a.start]
    entre = pats.entre.search(before)
    connector = gap.group("c")
    if connector == "et" and not entre:
        return None  # `12 tués et 10 blessés`: `et` makes a range only after `entre`
    if connector in {"-", "–"} and text[a.end:b.start].strip() != connector:
        return None  # `20 - la 30`: a hyphen joins only digits that touch it
    start = a.start
    opener = entre or (pats.de.search(before) if connector in {"à", "au"} else None)
    if opener:
        start -= len(before) - opener.start()
    kind = QuantityKind.YEAR if a.kind is QuantityKind.NUMBER and _years(a, b) else a.kind
    return _Draft(start, b.end, None, low=a.value if a.low is None else a.low,
                  high=b.value if b.high is None else b.high,
                  qualifier=Qualifier.RANGE, kind=kind, qualified=True)


_SHARE_GAP = re.compile(r"\s+sur\s+")


def _share(text: str, a: _Draft, b: _Draft) -> _Draft | None:
    """``un sur trois``, ``deux sur cinq``: a share written as a count out of a total."""
    if (_SHARE_GAP.fullmatch(text, a.end, b.start)
            and a.kind is b.kind is QuantityKind.NUMBER
            and a.qualifier is b.qualifier is Qualifier.EXACT
            and a.value is not None and b.value is not None
            and a.value.denominator == b.value.denominator == 1 and 0 < a.value < b.value):
        return _Draft(a.start, b.end, a.value / b.value, kind=QuantityKind.FRACTION)
    return None


def _rangeable(a: _Draft, b: _Draft) -> bool:
    if a.value is None or b.value is None or a.qualifier is not Qualifier.EXACT:
        return False
    if b.qualifier is not Qualifier.EXACT or a.kind is not b.kind:
        return False
    if a.kind not in {QuantityKind.NUMBER, QuantityKind.PERCENT, QuantityKind.YEAR,
                      QuantityKind.ORDINAL}:
        return False
    return a.value < b.value


def _years(a: _Draft, b: _Draft) -> bool:
    lex = lexicon()
    return all(
        len(d.plain_digits) == 4 and d.value is not None
        and lex.first_year <= d.value <= lex.last_year
        for d in (a, b)
    ) and a.value is not None and b.value is not None and b.value - a.value < 100


# ----------------------------------------------------------------------- qualifiers
def _key(words: str) -> str:
    """A phrase of the lower-case text as its lexicon key: runs of spaces as one."""
    return re.sub(r"\s+", " ", words)


def _qualify(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Apply qualifiers written before and after each quantity."""
    pats = _patterns()
    lex = lexicon()
    previous_end = 0
    for d in drafts:
        if d.qualified or d.value is None:
            previous_end = d.end
            continue
        lo = max(previous_end, d.start - _WINDOW)
        before = text[lo:d.start]
        m = pats.prefix.search(before)
        qualifier = None
        if m:
            qualifier = lex.prefix_qualifiers[_key(m.group("q"))]
            d.start = lo + m.start("q")
        elif m := pats.exceeds.search(before):  # `dépasse désormais 830`
            qualifier = Qualifier.MORE_THAN
            d.start = lo + m.start("q")
        s = pats.suffix.match(text, d.end)
        # `environ 500 ou plus`, `égal à 20 ou moins`: the bound written after wins
        if s and qualifier in {None, Qualifier.ABOUT, Qualifier.EXACT}:
            qualifier = lex.suffix_qualifiers[_key(s.group("q"))]
            d.end = s.end()
        if qualifier is not None and d.qualifier in {Qualifier.EXACT, Qualifier.ABOUT}:
            d.qualifier = qualifier
        previous_end = d.end
    return drafts


_BOUND_GAP = re.compile(r"\s*(?:,|et|mais|,\s*et|,\s*mais)\s*")
_LOWER = {Qualifier.MORE_THAN, Qualifier.AT_LEAST}
_UPPER = {Qualifier.LESS_THAN, Qualifier.AT_MOST, Qualifier.UP_TO}


def _bounded_pair(text: str, a: _Draft, b: _Draft) -> _Draft | None:
    """``supérieur à 20 et inférieur à 30``, ``au plus 100 et au moins 20``: one range."""
    if a.value is None or b.value is None or a.kind is not b.kind:
        return None
    if not _BOUND_GAP.fullmatch(text, a.end, b.start):
        return None
    pair = {a.qualifier, b.qualifier}
    if not (pair & _LOWER and pair & _UPPER):
        return None
    low, high = (a.value, b.value) if a.qualifier in _LOWER else (b.value, a.value)
    if low > high:
        return None
    return _Draft(a.start, b.end, None, low=low, high=high, qualifier=Qualifier.RANGE,
                  kind=a.kind, qualified=True)


# ------------------------------------------------------------------------ assembling
def _number_out(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    return float(Decimal(value.numerator) / Decimal(value.denominator))


def _bounds(d: _Draft) -> tuple[Fraction | None, Fraction | None]:
    q = d.qualifier
    if q in {Qualifier.VAGUE, Qualifier.RANGE}:
        return d.low, d.high
    if q is Qualifier.EXACT:
        return d.value, d.value
    if q in _LOWER:
        return d.value, None
    if q in _UPPER:
        return None, d.value
    return None, None


def _drafts(norm: NormalizedText, *, indefinite: bool) -> list[_Draft]:
    """Read every quantity of ``norm``; rules match its lower-case copy."""
    text = norm.lower
    lex = lexicon()
    drafts = _numbers(text, _atoms(text, norm.text))
    drafts = _contexts(text, drafts, indefinite=indefinite)
    drafts = _join_pairs(text, drafts, _share)
    drafts = _join_pairs(text, drafts, _range)
    drafts = [d for d in drafts if not d.lone_one or (indefinite and _counted_one(text, d, lex))]
    drafts = _qualify(text, drafts)
    return _join_pairs(text, drafts, _bounded_pair)


def _quantity(norm: NormalizedText, d: _Draft) -> Quantity:
    mention = norm.mention(d.start, d.end)
    low, high = _bounds(d)
    return Quantity(
        text=mention.text,
        span=mention.span,
        value=_number_out(d.value),
        low=_number_out(low),
        high=_number_out(high),
        qualifier=d.qualifier,
        kind=d.kind,
    )


def quantities_in(norm: NormalizedText, *, indefinite: bool = False) -> tuple[Quantity, ...]:
    """Every quantity of a normalised text, in text order, with spans in the original text."""
    return tuple(_quantity(norm, d) for d in _drafts(norm, indefinite=indefinite))


def find_quantities(text: str, *, indefinite: bool = False) -> tuple[Quantity, ...]:
    """Every quantity in a French text, in order, with its span, value, bounds and qualifier.

    ``indefinite=True`` also counts a lone ``un``/``une`` as 1 (``un civil a été
    tué``); by default only numbers that cannot be articles count.

    >>> [(q.text, q.low, q.high, str(q.qualifier)) for q in find_quantities(
    ...     "Des centaines de familles, entre 20 et 30 blessés, jusqu'à 119 victimes.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Des centaines', 200, 999, 'vague'), ('entre 20 et 30', 20, 30, 'range'),
     ("jusqu'à 119", None, 119, 'up_to')]
    >>> [q.value for q in find_quantities("Un soldat a été tué.", indefinite=True)]
    [1]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities() takes a str, not {type(text).__name__}")
    return quantities_in(normalize(text), indefinite=indefinite)


# What may follow the quantity in parse_quantity's input: final punctuation, and the
# preposition that introduces what is counted (`un quart de`).
_TRAILING = re.compile(r"(?:\s+(?:de|des|du|d')|[\s.,;:!?])*$", re.IGNORECASE)


def parse_quantity(text: str) -> Quantity:
    """Read one French quantity that makes up the whole of ``text``.

    Raises :class:`ValueError` when ``text`` is not exactly one quantity
    (surrounding spaces and final punctuation are allowed).

    >>> q = parse_quantity("plus de 3 800")
    >>> (q.value, q.low, q.high, str(q.qualifier))
    (3800, 3800, None, 'more_than')
    >>> parse_quantity("quatre-vingt-dix-neuf").value, parse_quantity("1,5 million").value
    (99, 1500000)
    >>> (lambda q: (q.value, q.low, q.high, str(q.qualifier)))(parse_quantity("des centaines"))
    (None, 200, 999, 'vague')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() takes a str, not {type(text).__name__}")
    norm = normalize(text)
    found = quantities_in(norm, indefinite=True)
    core = _TRAILING.sub("", norm.text.strip())
    if len(found) == 1 and core:
        q = found[0]
        lead = len(norm.text) - len(norm.text.lstrip())
        s = norm.span(lead, lead + len(core))
        if q.span == s:
            return q
    raise ValueError(f"not one French quantity: {text!r}")
