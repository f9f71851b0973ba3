"""Write whole numbers in French words: the reference the quantity parser is tested against.

Written from the rules of French grammar, independently of ``syriadiplo``:
the parser must read back whatever this module writes.

>>> french_words(71)
'soixante et onze'
>>> french_words(200_080)
'deux cent mille quatre-vingts'
>>> french_words(31, reform=True)
'trente-et-un'
>>> french_words(91, region="swiss")
'nonante et un'
"""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

Region = Literal["france", "belgian", "swiss"]

LIMIT = 999_999_999_999
"""The largest number written: nine hundred and ninety-nine milliards and the rest."""

# Zero to sixteen each have a word of their own.
UNITS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
    "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
)  # fmt: skip

# Tens with a word of their own; the others are built (soixante-dix, quatre-vingts).
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

# Belgium says septante and nonante; Switzerland adds huitante.
REGIONAL_TENS: dict[Region, dict[int, str]] = {
    "france": {},
    "belgian": {7: "septante", 9: "nonante"},
    "swiss": {7: "septante", 8: "huitante", 9: "nonante"},
}

# Nouns that count groups of three digits; they take an s in the plural.
BIG_NOUNS = ((1_000_000_000, "milliard"), (1_000_000, "million"))

# Words the reform leaves unhyphenated when nouns are kept apart.
_NOUN_WORDS = frozenset({"million", "millions", "milliard", "milliards"})


def _below_hundred(n: int, tens_words: dict[int, str], *, final: bool) -> str:
    """Write ``0 < n < 100``; ``final`` is whether nothing numeral follows (the s of vingts)."""
    if n <= 16:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    if tens == 1:  # dix-sept, dix-huit, dix-neuf
        return "dix-" + UNITS[unit]
    if tens in tens_words or tens in TENS:
        word = tens_words.get(tens) or TENS[tens]
        if unit == 0:
            return word
        if unit == 1:  # vingt et un, septante et un, but never quatre-vingt et un
            return word + " et un"
        return word + "-" + UNITS[unit]
    if tens == 7:  # soixante-dix, soixante et onze, soixante-douze
        if unit == 1:
            return "soixante et onze"
        return "soixante-" + _below_hundred(10 + unit, {}, final=final)
    if tens == 8:  # quatre-vingts takes an s only when it ends the number
        if unit == 0:
            return "quatre-vingts" if final else "quatre-vingt"
        return "quatre-vingt-" + UNITS[unit]
    # tens == 9: quatre-vingt-dix, quatre-vingt-onze (no et after quatre-vingt)
    return "quatre-vingt-" + _below_hundred(10 + unit, {}, final=final)


def _below_thousand(n: int, tens_words: dict[int, str], *, final: bool) -> str:
    """Write ``0 < n < 1000``; ``final`` is false when ``mille`` follows."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 1:  # cent, never un cent
        words.append("cent")
    elif hundreds > 1:
        # deux cents, but deux cent un and deux cent mille
        plural = rest == 0 and final
        words.append(UNITS[hundreds] + (" cents" if plural else " cent"))
    if rest:
        words.append(_below_hundred(rest, tens_words, final=final))
    return " ".join(words)


def _traditional(n: int, region: Region) -> str:
    """Write ``n`` in the spelling before the 1990 reform: hyphens below one hundred only."""
    tens_words = REGIONAL_TENS[region]
    if n == 0:
        return UNITS[0]
    words = []
    rest = n
    for size, noun in BIG_NOUNS:
        count, rest = divmod(rest, size)
        if count:
            # Million and milliard are nouns: deux cents millions keeps its s.
            head = _below_thousand(count, tens_words, final=True)
            words.append(f"{head} {noun}s" if count > 1 else f"un {noun}")
    thousands, rest = divmod(rest, 1000)
    if thousands == 1:  # mille, never un mille
        words.append("mille")
    elif thousands:
        # Mille is invariable and takes the s off cents and vingts before it.
        words.append(_below_thousand(thousands, tens_words, final=False) + " mille")
    if rest:
        words.append(_below_thousand(rest, tens_words, final=True))
    return " ".join(words)


def french_words(
    n: int,
    *,
    reform: bool = False,
    hyphenate_nouns: bool = False,
    region: Region = "france",
) -> str:
    """Write ``0 <= n <= 999_999_999_999`` in French words.

    ``reform`` joins every numeral with hyphens as the 1990 rectifications
    advise (``trente-et-un``, ``deux-cent-mille``); ``million`` and
    ``milliard`` are nouns and stay apart unless ``hyphenate_nouns`` is set,
    as many writers do (``deux-millions-trois-cent-mille``). ``region``
    picks the Belgian (``septante``, ``nonante``) or Swiss (also
    ``huitante``) tens.

    >>> french_words(80_000_000)
    'quatre-vingts millions'
    >>> french_words(2_300_000, reform=True)
    'deux millions trois-cent-mille'
    >>> french_words(2_300_000, reform=True, hyphenate_nouns=True)
    'deux-millions-trois-cent-mille'
    >>> french_words(81, region="belgian")
    'quatre-vingt-un'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if not 0 <= n <= LIMIT:
        raise ValueError(f"{n} is outside 0..{LIMIT}")
    text = _traditional(n, region)
    if not reform:
        return text
    words = text.replace("-", " ").split(" ")
    joined = words[0]
    for before, word in pairwise(words):
        apart = not hyphenate_nouns and (before in _NOUN_WORDS or word in _NOUN_WORDS)
        joined += (" " if apart else "-") + word
    return joined
