"""French numbers: the vocabulary of ``data/numbers.toml`` and the arithmetic of written numbers.

Two readers live here: :func:`digits_value` reads a run of digits with French
(and the odd English) separators, and :class:`WordNumber` adds up number words
one at a time, refusing a word that cannot follow the previous one, so that
``deux trois`` stays two numbers while ``quatre-vingt-dix-neuf`` is one.

>>> digits_value("280.000"), digits_value("1,5"), digits_value("6.700,54")
(Decimal('280000'), Decimal('1.5'), Decimal('6700.54'))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum, auto
from fractions import Fraction
from typing import Any

import attrs

from syriadiplo._data import load
from syriadiplo._kinds import Qualifier

__all__ = [
    "Lexicon",
    "Token",
    "WordNumber",
    "decimal_digits",
    "digits_value",
    "lexicon",
    "number_words",
    "phrase_pattern",
    "read_words",
    "word_number",
    "word_number_pattern",
]


class Token(Enum):
    """The grammatical role of a number word."""

    ZERO = auto()
    UNIT = auto()
    DIX = auto()
    TEEN = auto()
    TEN = auto()
    HUNDRED = auto()
    SCALE = auto()
    APPROX = auto()
    FRACTION = auto()
    DECIMAL = auto()
    DIGITS = auto()


@attrs.frozen
class Word:
    """A number word of the lexicon."""

    token: Token
    """Its role."""
    value: Fraction
    """Its value (a unit's 7, a scale's 1 000 000, a share's 1/3)."""
    ordinal: bool = False
    """Whether it is the ordinal form (``septième``)."""


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> str:
    """An alternation matching each phrase, longest first, spaces as any run of spaces.

    >>> phrase_pattern(["plus de", "jusqu'à"]).split("|")
    ["jusqu'à", 'plus\\\\s+de']
    """
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        words = [re.escape(w) for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return "|".join(parts)


@attrs.frozen
class Lexicon:
    """The number vocabulary, read once from ``numbers.toml`` into frozen tables."""

    words: dict[str, Word]
    """Every number word (lower case), ordinals included."""
    digit_suffixes: dict[str, int]
    """``k`` → 1000, ``m`` → 10⁶, ``g`` → 10⁹."""
    vague: dict[str, dict[str, Any]]
    """Vague determiners and their bounds."""
    neuf_after: frozenset[str]
    """Words after which ``neuf`` is the adjective (``flambant neuf``)."""
    neuf_repaired: frozenset[str]
    """Verbs of repair before ``à neuf``."""
    closed_class: frozenset[str]
    """Determiners, prepositions, auxiliaries…: after them ``neuf`` is a number."""
    verb_endings: tuple[str, ...]
    """Endings of verb forms, after which ``neuf`` is a number (``tué neuf civils``)."""
    not_counted_before: frozenset[str]
    """Words after which a lone ``un``/``une`` is a pronoun (``l'un des``)."""
    prefix_qualifiers: dict[str, Qualifier]
    """Qualifiers written before a number."""
    suffix_qualifiers: dict[str, Qualifier]
    """Qualifiers written after a number."""
    fraction_determiners: tuple[str, ...]
    """Determiners that let a share stand alone (``la moitié``)."""
    percent: tuple[str, ...]
    """Percent signs and words."""
    ordinal_digit_suffixes: tuple[str, ...]
    """``1er``, ``2e``, ``3ème``…"""
    range_connectors: tuple[str, ...]
    """Words joining the two members of a range."""
    entre_connectors: frozenset[str]
    """Connectors that need ``entre`` before the first member."""
    year_cues: tuple[str, ...]
    """Words before a year."""
    first_year: int
    """Earliest number read as a year."""
    last_year: int
    """Latest number read as a year."""
    months: tuple[str, ...]
    """Month names and abbreviations (``calendar.toml``): after a day, before a year."""


def _ordinal_forms(word: str, stems: dict[str, str]) -> tuple[str, str]:
    """``sept`` → ``septième`` and the unaccented ``septieme`` of hurried copy."""
    stem = stems.get(word, word[:-1] if word.endswith("e") else word)
    return stem + "ième", stem + "ieme"


def _build_words(data: dict[str, Any]) -> dict[str, Word]:
    words: dict[str, Word] = {}
    for name, table, token in (
        ("units", data["units"], Token.UNIT),
        ("teens", data["teens"], Token.TEEN),
        ("tens", data["tens"], Token.TEN),
        ("hundreds", data["hundreds"], Token.HUNDRED),
        ("scales", data["scales"], Token.SCALE),
    ):
        for word, value in table.items():
            kind = token
            if name == "units" and value == 0:
                kind = Token.ZERO
            elif name == "teens" and value == 10:
                kind = Token.DIX
            words[word] = Word(kind, Fraction(value))
    for word, value in data["approximate_nouns"].items():
        words[word] = Word(Token.APPROX, Fraction(value))
    for word, value in data["fractions"].items():
        words[word] = Word(Token.FRACTION, Fraction(value).limit_denominator(100))
    for word in data["decimal_words"]["words"]:
        words[word] = Word(Token.DECIMAL, Fraction(0))
    stems = data["ordinal_stems"]
    cardinals = [
        (w, words[w])
        for w in list(words)
        if words[w].token in {Token.UNIT, Token.DIX, Token.TEEN, Token.TEN, Token.HUNDRED,
                              Token.SCALE}
        and not (w.endswith("s") and w[:-1] in words)
        and w not in {"un", "une", "mil"}
    ]
    for word, card in cardinals:
        for form in _ordinal_forms(word, stems):
            words.setdefault(form, attrs.evolve(card, ordinal=True))
    for word, value in data["ordinals"].items():
        words[word] = Word(Token.UNIT, Fraction(value), ordinal=True)
    return words


def _month_forms() -> tuple[str, ...]:
    """Month names and abbreviations, from the calendar vocabulary."""
    calendar = load("calendar")
    return tuple(sorted({*calendar["months"], *calendar["month_abbreviations"]}))


@functools.cache
def lexicon() -> Lexicon:
    """The number lexicon, built once per process from ``data/numbers.toml``."""
    data = load("numbers")
    vague = {k: dict(v) for k, v in data["vague"].items()}
    return Lexicon(
        words=_build_words(data),
        digit_suffixes={k.lower(): int(v) for k, v in data["digit_suffixes"].items()},
        vague=vague,
        neuf_after=frozenset(data["neuf_adjective"]["after"]),
        neuf_repaired=frozenset(data["neuf_adjective"]["repaired"]),
        closed_class=frozenset(data["neuf_adjective"]["closed_class"]),
        verb_endings=tuple(data["neuf_adjective"]["verb_endings"]),
        not_counted_before=frozenset(data["indefinite"]["not_before"]),
        prefix_qualifiers={k: Qualifier(v) for k, v in data["prefix_qualifiers"].items()},
        suffix_qualifiers={k: Qualifier(v) for k, v in data["suffix_qualifiers"].items()},
        fraction_determiners=tuple(data["fraction_determiners"]["words"]),
        percent=tuple(data["percent"]["words"]),
        ordinal_digit_suffixes=tuple(data["ordinal_digit_suffixes"]["words"]),
        range_connectors=tuple(data["ranges"]["connectors"]),
        entre_connectors=frozenset(data["ranges"]["needs_entre"]),
        year_cues=tuple(data["years"]["cues"]),
        first_year=int(data["years"]["first"]),
        last_year=int(data["years"]["last"]),
        months=_month_forms(),
    )


def digits_value(raw: str) -> Decimal | None:
    """Read digits with separators as French copy writes them; ``None`` if they make no number.

    Spaces, ``'`` and a ``.`` before exactly three digits group thousands; a
    single ``,`` is the decimal mark; when ``.`` and ``,`` both appear the last
    one is the decimal mark (``12,345.6`` and ``12.345,6``).

    >>> [str(digits_value(s)) for s in ("3 800", "160'000", "4,8", "1.5", "1,234,567")]
    ['3800', '160000', '4.8', '1.5', '1234567']
    >>> digits_value("13.5.2015") is None
    True
    """
    sign = ""
    if raw[:1] in "+-−":
        sign = "-" if raw[0] in "-−" else ""
        raw = raw[1:]
    raw = raw.replace(" ", "").replace("'", "")
    if raw.startswith((",", ".")):
        raw = "0" + raw
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal_mark = "." if raw.rfind(".") > raw.rfind(",") else ","
        grouping = "," if decimal_mark == "." else "."
        if raw.count(decimal_mark) > 1:
            return None
        number = raw.replace(grouping, "").replace(decimal_mark, ".")
    elif commas:
        number = raw.replace(",", "") if commas > 1 else raw.replace(",", ".")
    elif dots:
        head, *groups = raw.split(".")
        if all(len(g) == 3 for g in groups) and 1 <= len(head) <= 3:
            number = raw.replace(".", "")
        elif dots == 1:
            number = raw
        else:
            return None
    else:
        number = raw
    try:
        return Decimal(sign + number)
    except ArithmeticError:
        return None


_ZERO = Fraction(0)

_NUMERIC = frozenset({Token.UNIT, Token.DIX, Token.TEEN, Token.TEN, Token.HUNDRED, Token.DIGITS})

# What each role may follow outright; the special cases are in WordNumber.can_take.
_FOLLOWS: dict[Token, frozenset[Token]] = {
    Token.UNIT: frozenset({Token.TEN, Token.HUNDRED, Token.SCALE}),  # vingt-deux, cent trois
    Token.DIX: frozenset({Token.HUNDRED, Token.SCALE}),
    Token.TEEN: frozenset({Token.HUNDRED, Token.SCALE}),
    Token.TEN: frozenset({Token.HUNDRED, Token.SCALE}),
    Token.HUNDRED: (_NUMERIC - {Token.HUNDRED}) | {Token.SCALE},  # trois cents, dix-neuf cent
    Token.SCALE: _NUMERIC | {Token.SCALE},  # cinquante-trois mille millions
    Token.DIGITS: frozenset({Token.SCALE}),  # 1 million 200 000
    Token.APPROX: _NUMERIC,  # deux centaines, 3 douzaines
    Token.FRACTION: frozenset({Token.UNIT, Token.DIX, Token.TEEN, Token.TEN, Token.DIGITS}),
}


class WordNumber:
    """Adds up number words left to right; :meth:`take` refuses a word that cannot follow.

    >>> acc = WordNumber()
    >>> all(acc.take(w) for w in ("quatre", "vingt", "dix", "neuf"))
    True
    >>> acc.value()
    Fraction(99, 1)
    >>> WordNumber().take("deux") and WordNumber().take("trois")
    True
    """

    def __init__(self) -> None:
        self.total = _ZERO
        self.current = _ZERO
        self.last: Token | None = None
        self.last_value = _ZERO
        self.count = 0
        self.ordinal = False
        self.approx = False
        self.fraction = False

    @property
    def closed(self) -> bool:
        """Whether the number is complete (an ordinal, a share or an approximate noun ends it)."""
        return self.ordinal or self.approx or self.fraction

    def can_take(self, token: Token, value: Fraction, *, joined_by_et: bool = False) -> bool:
        """Whether a word of role ``token`` may follow what was read so far."""
        last = self.last
        if self.closed or token is Token.DECIMAL:
            return False
        if joined_by_et:
            return last is Token.TEN and (
                (token is Token.UNIT and value == 1) or (token is Token.TEEN and value == 11)
            )
        if last is None or last is Token.ZERO:
            return token is not Token.APPROX  # a share may open: `la moitié`
        if last in _FOLLOWS.get(token, ()):
            return True
        if token is Token.UNIT:
            return last is Token.DIX and value >= 7  # dix-sept, dix-huit, dix-neuf
        if token is Token.DIX or token is Token.TEEN:
            return self._after_sixty_eighty()  # soixante-dix, quatre-vingt-douze
        if token is Token.TEN:
            return last is Token.UNIT and self.last_value == 4 and value == 20  # quatre-vingt
        return False

    def _after_sixty_eighty(self) -> bool:
        return self.last is Token.TEN and self.current % 100 in (60, 80)

    def take(self, word: str, *, joined_by_et: bool = False) -> bool:
        """Add the number word ``word`` if it may follow; return whether it was taken."""
        entry = lexicon().words.get(word.lower())
        if entry is None:
            return False
        if not self.can_take(entry.token, entry.value, joined_by_et=joined_by_et):
            return False
        self.add(entry.token, entry.value)
        self.ordinal = entry.ordinal
        return True

    def add(self, token: Token, value: Fraction) -> None:
        """Add a token known to be allowed (digits come in through here too)."""
        if token is Token.TEN and self.last is Token.UNIT and self.last_value == 4 and value == 20:
            self.current += 76  # quatre-vingt
        elif token is Token.HUNDRED:
            self.current = (self.current or Fraction(1)) * 100
        elif token is Token.SCALE:
            below = self.total % value
            self.total = self.total - below + ((below + self.current) or Fraction(1)) * value
            self.current = Fraction(0)
        elif token is Token.APPROX:
            small = self.current % 100 or self.current
            self.current = self.current - small + (small or Fraction(1)) * value
            self.approx = True
        elif token is Token.FRACTION:
            self.current = (self.current or Fraction(1)) * value
            self.fraction = True
        else:
            self.current = self.current + value if self.current else value
        self.last = token
        self.last_value = value
        self.count += 1

    def value(self) -> Fraction:
        """The number read so far."""
        if not self.total:
            return self.current
        return self.total + self.current if self.current else self.total


def read_words(words: Iterable[str]) -> WordNumber | None:
    """Add up number words (``et`` joins ``vingt et un``); ``None`` if one cannot follow.

    >>> read_words(["quatre", "vingt", "dix", "sept"]).value()
    Fraction(97, 1)
    >>> read_words(["deux", "trois"]) is None
    True
    """
    acc = WordNumber()
    joined_by_et = False
    for word in words:
        if word == "et":
            joined_by_et = True
            continue
        if not acc.take(word, joined_by_et=joined_by_et):
            return None
        joined_by_et = False
    return acc if acc.count else None


def word_number(text: str) -> int | None:
    """The whole number written in words in ``text`` (``dix-septième`` → 17), else ``None``.

    >>> word_number("vingt et un"), word_number("dix-septieme"), word_number("deux trois")
    (21, 17, None)
    """
    acc = read_words(w for w in re.split(r"[\s-]+", text.lower()) if w)
    if acc is None or acc.approx or acc.fraction:
        return None
    value = acc.value()
    return int(value) if value.denominator == 1 else None


@functools.cache
def number_words() -> tuple[str, ...]:
    """The cardinal and ordinal words :func:`word_number_pattern` is made of (one word each)."""
    roles = {Token.UNIT, Token.DIX, Token.TEEN, Token.TEN, Token.HUNDRED}
    return tuple(w for w, e in lexicon().words.items() if e.token in roles)


@functools.cache
def word_number_pattern(word: str = "") -> str:
    """A regular expression for a run of cardinal or ordinal words (``vingt-deux``, ``premier``).

    It matches the words only; :func:`word_number` reads their value. ``word`` is the
    pattern of one word, by default the alternation of :func:`number_words` (a caller
    may pass a call of a group that holds it, which compiles faster).
    """
    word = word or "(?:" + phrase_pattern(number_words()) + ")"
    return rf"{word}(?:[\s-]{{1,3}}(?:et[\s-]{{1,3}})?{word}){{0,5}}(?!\w)"


def decimal_digits(words: list[str]) -> Fraction | None:
    """Read the words after ``virgule`` as decimals: ``zéro trois`` is .03, ``cinquante`` .50.

    >>> decimal_digits(["zéro", "trois"]), decimal_digits(["soixante", "et", "onze"])
    (Fraction(3, 100), Fraction(71, 100))
    """
    zeros = 0
    while zeros < len(words) and words[zeros] in {"zéro", "zero"}:
        zeros += 1
    if zeros == len(words):
        return Fraction(0) if zeros else None
    acc = read_words(words[zeros:])
    if acc is None:
        return None
    n = int(acc.value())
    return Fraction(n, 10 ** (len(str(n)) + zeros))
