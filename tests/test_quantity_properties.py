"""Properties of the quantity parser, checked against independent references.

Digits are written by Babel and by a grouping formatter of our own; words by the
reference generator in ``french_numbers.py``, itself checked here on a table.
"""

from __future__ import annotations

from typing import Any

import babel.numbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from french_numbers import LIMIT, french_words
from syriadiplo import find_quantities, parse_quantity

# Enough examples to meet every separator and spelling, few enough for a quick run.
EXAMPLES = settings(max_examples=200, deadline=None)

# Characters French and Swiss writers put between groups of three digits.
SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009", ".", "’", "'"]

# Every spelling the reference generator knows.
SPELLINGS: dict[str, dict[str, Any]] = {
    "traditional": {},
    "reform": {"reform": True},
    "reform-hyphenated-nouns": {"reform": True, "hyphenate_nouns": True},
    "belgian": {"region": "belgian"},
    "swiss": {"region": "swiss"},
    "swiss-reform": {"region": "swiss", "reform": True},
}


def grouped(n: int, separator: str) -> str:
    """Write ``n >= 0`` in digits with ``separator`` between groups of three.

    >>> grouped(1234567, ".")
    '1.234.567'
    >>> grouped(999, " ")
    '999'
    """
    digits = str(n)
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


# -- The reference generator, on a table ------------------------------------------------------

REFERENCE = [
    # Units, teens and tens; et before un and onze, hyphens elsewhere.
    (0, {}, "zéro"),
    (1, {}, "un"),
    (16, {}, "seize"),
    (17, {}, "dix-sept"),
    (21, {}, "vingt et un"),
    (22, {}, "vingt-deux"),
    (70, {}, "soixante-dix"),
    (71, {}, "soixante et onze"),
    (77, {}, "soixante-dix-sept"),
    (80, {}, "quatre-vingts"),
    (81, {}, "quatre-vingt-un"),
    (91, {}, "quatre-vingt-onze"),
    (99, {}, "quatre-vingt-dix-neuf"),
    # Hundreds: cents takes an s only when it ends the number.
    (100, {}, "cent"),
    (101, {}, "cent un"),
    (200, {}, "deux cents"),
    (201, {}, "deux cent un"),
    (280, {}, "deux cent quatre-vingts"),
    # Thousands: mille is invariable and takes the s off cents and vingts before it.
    (1000, {}, "mille"),
    (2000, {}, "deux mille"),
    (3800, {}, "trois mille huit cents"),
    (21_000, {}, "vingt et un mille"),
    (80_000, {}, "quatre-vingt mille"),
    (200_000, {}, "deux cent mille"),
    # Millions and billions are nouns: un million, deux cents millions.
    (1_000_000, {}, "un million"),
    (2_000_000, {}, "deux millions"),
    (1_500_000, {}, "un million cinq cent mille"),
    (80_000_000, {}, "quatre-vingts millions"),
    (200_000_000, {}, "deux cents millions"),
    (1_000_000_000, {}, "un milliard"),
    (
        LIMIT,
        {},
        "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions"
        " neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf",
    ),
    # Reform of 1990: hyphens between all numerals, nouns apart unless asked.
    (31, {"reform": True}, "trente-et-un"),
    (200, {"reform": True}, "deux-cents"),
    (200_000, {"reform": True}, "deux-cent-mille"),
    (1234, {"reform": True}, "mille-deux-cent-trente-quatre"),
    (2_300_000, {"reform": True}, "deux millions trois-cent-mille"),
    (2_300_000, {"reform": True, "hyphenate_nouns": True}, "deux-millions-trois-cent-mille"),
    # Belgian and Swiss tens.
    (70, {"region": "belgian"}, "septante"),
    (71, {"region": "belgian"}, "septante et un"),
    (80, {"region": "belgian"}, "quatre-vingts"),
    (97, {"region": "belgian"}, "nonante-sept"),
    (80, {"region": "swiss"}, "huitante"),
    (81, {"region": "swiss"}, "huitante et un"),
    (80_000, {"region": "swiss"}, "huitante mille"),
    (91, {"region": "swiss", "reform": True}, "nonante-et-un"),
]


@pytest.mark.parametrize(
    ("n", "options", "expected"), REFERENCE, ids=[f"{r[0]}-{r[2]}" for r in REFERENCE]
)
def test_reference_generator(n: int, options: dict[str, Any], expected: str) -> None:
    """The reference generator writes numbers as French grammar books do."""
    assert expected == french_words(n, **options)


@pytest.mark.parametrize("n", [-1, LIMIT + 1])
def test_reference_generator_refuses_out_of_range(n: int) -> None:
    """The reference generator refuses numbers it was not written for."""
    with pytest.raises(ValueError, match="outside"):
        french_words(n)


# The words of French cardinals, plus et.
NUMBER_WORDS = frozenset({
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
    "quarante", "cinquante", "soixante", "septante", "huitante", "nonante", "cent", "cents",
    "mille", "million", "millions", "milliard", "milliards", "et",
})  # fmt: skip


@EXAMPLES
@given(n=st.integers(0, LIMIT), spelling=st.sampled_from(sorted(SPELLINGS)))
def test_reference_generator_uses_number_words_only(n: int, spelling: str) -> None:
    """Every word the generator writes is a French number word or et."""
    words = french_words(n, **SPELLINGS[spelling]).replace("-", " ").split(" ")
    assert set() == set(words) - NUMBER_WORDS


# -- Digits: equivalence with Babel and with our own grouping -------------------------------------


@EXAMPLES
@given(n=st.integers(0, 10**12))
def test_babel_digits_read_back(n: int) -> None:
    """A number formatted by Babel for fr_FR (narrow no-break spaces) reads back as itself."""
    assert n == parse_quantity(babel.numbers.format_decimal(n, locale="fr_FR")).value


@EXAMPLES
@given(n=st.integers(0, 10**12), separator=st.sampled_from(SEPARATORS))
def test_grouped_digits_read_back(n: int, separator: str) -> None:
    """A number with its thousands grouped by any French or Swiss separator reads back."""
    assert n == parse_quantity(grouped(n, separator)).value


@EXAMPLES
@given(
    n=st.integers(0, 10**9),
    cents=st.integers(1, 99),
    separator=st.sampled_from([" ", "\u00a0", "\u202f", "."]),
)
def test_decimal_comma_reads_back(n: int, cents: int, separator: str) -> None:
    """A number with a decimal comma after grouped thousands reads back to the same float."""
    text = f"{grouped(n, separator)},{cents:02d}"
    assert pytest.approx(n + cents / 100, rel=1e-12) == parse_quantity(text).value


# -- Words: equivalence with the reference generator -------------------------------------------


@EXAMPLES
@given(n=st.integers(0, LIMIT))
@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_words_read_back(spelling: str, n: int) -> None:
    """A number written in French words, in any spelling, reads back as itself."""
    assert n == parse_quantity(french_words(n, **SPELLINGS[spelling])).value


@EXAMPLES
@given(n=st.integers(0, LIMIT))
def test_capitalised_words_read_back(n: int) -> None:
    """A number in words opening a sentence, with a capital, reads back as itself."""
    assert n == parse_quantity(french_words(n).capitalize()).value


# -- Never crashes, and spans always quote the text -------------------------------------------

# Words that start, qualify, or follow quantities, and a few that merely surround them.
NOISE_WORDS = [
    "un", "une", "deux", "trois", "neuf", "dix", "onze", "vingt", "trente", "soixante",
    "quatre-vingts", "cent", "cents", "mille", "million", "millions", "milliard", "et", "ou",
    "à", "de", "d'", "des", "plus", "moins", "près", "environ", "quelque", "au", "jusqu'",
    "présent", "entre", "dizaine", "vingtaine", "centaines", "milliers", "plusieurs",
    "quelques", "nombreux", "pour", "moitié", "tiers", "quart", "premier", "dixième",
    "juillet", "en", "depuis", "l'an", "fin", "mi-", "septante", "nonante", "huitante",
    "civils", "morts", "l'un", "fois", "hôpital",
]  # fmt: skip

# Pieces of realistic noise: digits, separators, number words, qualifiers and punctuation.
PIECES = st.one_of(
    st.integers(0, 10**7).map(str),
    st.sampled_from([*SEPARATORS, ",", "-", "%", "h", "e", "er", "ème", "\n", "’", "«", "»"]),
    st.sampled_from(NOISE_WORDS),
    st.text(max_size=3),
)
NOISY = st.lists(st.tuples(PIECES, st.sampled_from(["", " ", " ", "\u00a0"])), max_size=40).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)


def check_spans(text: str, indefinite: bool) -> None:
    """Find the quantities of ``text`` and check each quotes it, in order, without overlap."""
    found = find_quantities(text, indefinite=indefinite)
    quoted = [text[q.span.start : q.span.end] for q in found]
    assert quoted == [q.text for q in found]
    offsets = [offset for q in found for offset in (q.span.start, q.span.end)]
    assert sorted(offsets) == offsets
    assert all(offset <= len(text) for offset in offsets)
    assert [q.text.strip() for q in found if q.text.strip()] == [q.text for q in found]


@EXAMPLES
@given(text=st.text(), indefinite=st.booleans())
def test_find_never_crashes_on_any_text(text: str, indefinite: bool) -> None:
    """Any string is searched without error, and every quantity found quotes it exactly."""
    check_spans(text, indefinite)


@EXAMPLES
@given(text=NOISY, indefinite=st.booleans())
def test_find_never_crashes_on_number_noise(text: str, indefinite: bool) -> None:
    """Text full of digits, separators and number words is searched without error."""
    check_spans(text, indefinite)


# -- Numbers inside dispatch sentences ------------------------------------------------------

# Sentence frames; no word before the number makes it a year, a day or a qualifier.
FRAMES = [
    "Selon l'ONU, {x} civils ont été tués.",
    "{X} personnes ont été déplacées par les combats, selon le HCR.",
    "Le bilan s'élève désormais à {x} morts, a indiqué l'OSDH.",
    "Les raids ont fait {x} blessés dans la nuit.",
    "« Nous avons recensé {x} disparus », a déclaré le porte-parole.",
]


def written(n: int, how: str) -> str:
    """Write ``n`` for a sentence, in words (one spelling) or in grouped digits."""
    if how in SPELLINGS:
        return french_words(n, **SPELLINGS[how])
    return grouped(n, how)


@EXAMPLES
@given(
    n=st.integers(2, LIMIT),
    frame=st.sampled_from(FRAMES),
    how=st.sampled_from(sorted(SPELLINGS) + SEPARATORS),
)
def test_number_found_in_sentence(n: int, frame: str, how: str) -> None:
    """A number, in words or digits, is found alone and whole inside a dispatch sentence."""
    x = written(n, how)
    sentence = frame.format(x=x, X=x[0].upper() + x[1:])
    start = sentence.lower().index(x.lower())
    expected = [(sentence[start : start + len(x)], n, (start, start + len(x)))]
    actual = [(q.text, q.value, (q.span.start, q.span.end)) for q in find_quantities(sentence)]
    assert expected == actual
