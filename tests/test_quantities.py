"""Tables of French quantities, parsed alone and found in dispatch sentences.

Single expressions go to ``parse_quantity``, whole sentences to ``find_quantities``.
Every example sentence is written for these tests in wire-story style.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from syriadiplo import Quantity, Span, find_quantities, parse_quantity

# A row is what a test asserts about one quantity: (text, value, low, high, qualifier, kind).
Row = tuple[str, Any, Any, Any, str, str]

NUMBER = "number"
PERCENT = "percent"
FRACTION = "fraction"
ORDINAL = "ordinal"
YEAR = "year"
TIME = "time"
DAY = "day"

THIRD = pytest.approx(1 / 3)
TWO_THIRDS = pytest.approx(2 / 3)


def exact(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, n, n, "exact", kind)


def about(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, None, None, "about", kind)


def more_than(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, n, None, "more_than", kind)


def at_least(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, n, None, "at_least", kind)


def less_than(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, None, n, "less_than", kind)


def at_most(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, None, n, "at_most", kind)


def up_to(text: str, n: Any, kind: str = NUMBER) -> Row:
    return (text, n, None, n, "up_to", kind)


def between(text: str, low: Any, high: Any, kind: str = NUMBER) -> Row:
    return (text, None, low, high, "range", kind)


def vague(text: str, low: Any, high: Any) -> Row:
    return (text, None, low, high, "vague", NUMBER)


def row(q: Quantity) -> Row:
    return (q.text, q.value, q.low, q.high, str(q.qualifier), str(q.kind))


# Characters a test id would otherwise hide or escape.
_VISIBLE = {
    "\u00a0": "<nbsp>",
    "\u202f": "<nnbsp>",
    "\u2009": "<thin>",
    "’": "<rsquo>",
}


def slug(text: str) -> str:
    """Return a readable ASCII test id for ``text``: accents dropped, odd spaces named."""
    for char, name in _VISIBLE.items():
        text = text.replace(char, name)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain[:60] or "<empty>"


def row_id(value: object) -> str | None:
    return slug(value[0]) if isinstance(value, tuple) else None


def in_sentence(sentence: str, *rows: Row, indefinite: bool = False) -> Any:
    name = slug(sentence) + (" [indefinite]" if indefinite else "")
    return pytest.param(sentence, list(rows), indefinite, id=name)


def located(sentence: str, rows: list[Row]) -> list[tuple[object, ...]]:
    """Add to each expected row the span of its text, searched left to right in ``sentence``."""
    out: list[tuple[object, ...]] = []
    cursor = 0
    for r in rows:
        start = sentence.index(r[0], cursor)
        cursor = start + len(r[0])
        out.append((*r, (start, cursor)))
    return out


# -- Single expressions, parsed whole -------------------------------------------------------------

EXPRESSIONS = [
    # Digits and separators: thousands by space, no-break spaces, dots and apostrophes.
    exact("338", 338),
    exact("0", 0),
    exact("3 800", 3800),
    exact("3\u00a0800", 3800),
    exact("3\u202f800", 3800),
    exact("3\u2009800", 3800),
    exact("1 234 567", 1_234_567),
    exact("280.000", 280_000),
    exact("3.000.000", 3_000_000),
    exact("1.000", 1000),
    exact("160’000", 160_000),
    exact("160'000", 160_000),
    # Digits with decimals: a comma, or a dot not followed by exactly three digits.
    exact("4,8", 4.8),
    exact("0,5", 0.5),
    exact("1 234 567,89", 1_234_567.89),
    exact("1.5", 1.5),
    exact("2.25", 2.25),
    exact("12.5", 12.5),
    # Digits mixing dot and comma: the last one is the decimal mark.
    exact("6.700,54", 6700.54),
    exact("1.234,5", 1234.5),
    exact("1,234.56", 1234.56),
    # Digits with a multiplier word.
    exact("1,5 million", 1_500_000),
    exact("3 millions", 3_000_000),
    exact("2,3 milliards", 2_300_000_000),
    exact("2,5 milliards", 2_500_000_000),
    exact("10 mille", 10_000),
    exact("1 million", 1_000_000),
    exact("300 000", 300_000),
    # Words: units, teens and tens.
    exact("huit", 8),
    exact("neuf", 9),
    exact("zéro", 0),
    exact("onze", 11),
    exact("seize", 16),
    exact("dix-sept", 17),
    exact("vingt et un", 21),
    exact("vingt-quatre", 24),
    exact("vingt quatre", 24),
    exact("trente-deux", 32),
    exact("soixante-dix", 70),
    exact("soixante et onze", 71),
    exact("soixante-dix-neuf", 79),
    exact("quatre-vingts", 80),
    exact("quatre-vingt-un", 81),
    exact("quatre-vingt-dix", 90),
    exact("quatre-vingt-onze", 91),
    exact("quatre-vingt-dix-neuf", 99),
    # Words: hundreds, thousands, millions and billions.
    exact("cent", 100),
    exact("cent un", 101),
    exact("deux cents", 200),
    exact("deux cent un", 201),
    exact("trois cent quatre-vingts", 380),
    exact("mille", 1000),
    exact("deux mille", 2000),
    exact("trois mille huit cents", 3800),
    exact("vingt et un mille", 21_000),
    exact("quatre-vingt mille", 80_000),
    exact("deux cent mille", 200_000),
    exact("un million", 1_000_000),
    exact("deux millions", 2_000_000),
    exact("un million cinq cent mille", 1_500_000),
    exact("quatre-vingts millions", 80_000_000),
    exact("un milliard", 1_000_000_000),
    exact("trois milliards", 3_000_000_000),
    # Halves: `demi-` before a scale, `et demi` after one.
    exact("un demi-million", 500_000),
    exact("un demi million", 500_000),
    exact("un demi-milliard", 500_000_000),
    exact("un million et demi", 1_500_000),
    exact("deux millions et demi", 2_500_000),
    exact("3 millions et demi", 3_500_000),
    # Words: capitals do not matter.
    exact("Vingt-six", 26),
    exact("DOUZE", 12),
    exact("Deux Cents", 200),
    # Reform spelling of 1990: hyphens between all numerals.
    exact("trente-et-un", 31),
    exact("vingt-et-un", 21),
    exact("soixante-et-onze", 71),
    exact("deux-cents", 200),
    exact("deux-cent-un", 201),
    exact("deux-cent-mille", 200_000),
    exact("trois-mille-huit-cents", 3800),
    exact("deux millions trois-cent-mille", 2_300_000),
    exact("deux-millions-trois-cent-mille", 2_300_000),
    # Belgian and Swiss tens.
    exact("septante", 70),
    exact("septante et un", 71),
    exact("septante-deux", 72),
    exact("huitante", 80),
    exact("huitante-cinq", 85),
    exact("octante", 80),
    exact("nonante", 90),
    exact("nonante et un", 91),
    exact("nonante-neuf", 99),
    exact("septante mille", 70_000),
    exact("septante-et-un", 71),
    # Approximate nouns: a value, no bounds.
    about("une dizaine", 10),
    about("une douzaine", 12),
    about("une quinzaine", 15),
    about("une vingtaine", 20),
    about("une trentaine", 30),
    about("une quarantaine", 40),
    about("une cinquantaine", 50),
    about("une soixantaine", 60),
    about("une centaine", 100),
    about("un millier", 1000),
    about("deux centaines", 200),
    about("une dizaine de milliers", 10_000),
    about("une centaine de milliers", 100_000),
    about("un demi-millier", 500),
    about("Une Vingtaine", 20),
    # Vague quantities: no value, bounds from the order of magnitude.
    vague("des dizaines", 20, 99),
    vague("des centaines", 200, 999),
    vague("des milliers", 2000, 9999),
    vague("des dizaines de milliers", 20_000, 99_999),
    vague("des centaines de milliers", 200_000, 999_999),
    vague("des millions", 2_000_000, None),
    vague("plusieurs", 2, None),
    vague("plusieurs dizaines", 20, 99),
    vague("plusieurs centaines", 200, 999),
    vague("plusieurs milliers", 2000, 9999),
    vague("quelques", 2, 9),
    vague("quelques dizaines", 20, 99),
    vague("quelques centaines", 200, 999),
    vague("quelques milliers", 2000, 9999),
    vague("de nombreux", 2, None),
    vague("de nombreuses", 2, None),
    # Qualifiers meaning about.
    about("près de 500", 500),
    about("environ 300", 300),
    about("quelque 300", 300),
    about("presque 200", 200),
    about("approximativement 1 000", 1000),
    about("autour de 40", 40),
    about("aux alentours de 60", 60),
    about("à peu près 150", 150),
    about("de l'ordre de 2 000", 2000),
    about("300 environ", 300),
    about("environ 1,5 million", 1_500_000),
    about("près d'un millier", 1000),
    # Qualifiers meaning more than.
    more_than("plus de 3 800", 3800),
    more_than("plus d'un millier", 1000),
    more_than("plus d'une centaine", 100),
    more_than("supérieur à 50", 50),
    more_than("au-delà de 100", 100),
    more_than("dépassant 200", 200),
    more_than("plus de 1,5 million", 1_500_000),
    more_than("Plus de deux cents", 200),
    # Qualifiers meaning at least.
    at_least("au moins 300", 300),
    at_least("pas moins de 40", 40),
    at_least("au minimum 12", 12),
    at_least("120 au bas mot", 120),
    at_least("30 ou plus", 30),
    at_least("supérieur ou égal à 18", 18),
    at_least("200 au moins", 200),
    at_least("au moins une centaine", 100),
    # Qualifiers meaning less than.
    less_than("moins de 50", 50),
    less_than("moins d'une dizaine", 10),
    less_than("inférieur à 5", 5),
    less_than("en dessous de 1 000", 1000),
    # Qualifiers meaning at most.
    at_most("au plus 40", 40),
    at_most("au maximum 60", 60),
    at_most("tout au plus 25", 25),
    at_most("pas plus de 10", 10),
    at_most("15 ou moins", 15),
    at_most("inférieur ou égal à 100", 100),
    # Qualifiers meaning up to.
    up_to("jusqu'à 700", 700),
    up_to("jusqu'à 1,2 million", 1_200_000),
    up_to("jusqu’à 119", 119),
    up_to("jusqu'à deux cents", 200),
    # Ranges.
    between("entre 20 et 30", 20, 30),
    between("de 20 à 30", 20, 30),
    between("20 à 30", 20, 30),
    between("deux ou trois", 2, 3),
    between("20-30", 20, 30),
    between("supérieur à 20 et inférieur à 30", 20, 30),
    between("entre 1 000 et 1 500", 1000, 1500),
    between("cinq ou six", 5, 6),
    between("entre vingt et trente", 20, 30),
    # Percentages: the value is in percent.
    exact("15 %", 15, PERCENT),
    exact("15%", 15, PERCENT),
    exact("15\u00a0%", 15, PERCENT),
    exact("15 pour cent", 15, PERCENT),
    exact("quinze pour cent", 15, PERCENT),
    exact("100 pourcent", 100, PERCENT),
    exact("0,3 %", 0.3, PERCENT),
    more_than("plus de 50 %", 50, PERCENT),
    about("près de 60 %", 60, PERCENT),
    # Fractions: the value is a share of one.
    exact("la moitié", 0.5, FRACTION),
    exact("La moitié", 0.5, FRACTION),
    exact("un tiers", THIRD, FRACTION),
    exact("les deux tiers", TWO_THIRDS, FRACTION),
    exact("un quart", 0.25, FRACTION),
    exact("trois quarts", 0.75, FRACTION),
    more_than("plus de la moitié", 0.5, FRACTION),
    about("près de la moitié", 0.5, FRACTION),
    # Ordinals.
    exact("premier", 1, ORDINAL),
    exact("première", 1, ORDINAL),
    exact("1er", 1, ORDINAL),
    exact("1re", 1, ORDINAL),
    exact("2e", 2, ORDINAL),
    exact("3ème", 3, ORDINAL),
    exact("deuxième", 2, ORDINAL),
    exact("dixième", 10, ORDINAL),
    exact("vingtième", 20, ORDINAL),
    exact("vingt et unième", 21, ORDINAL),
    # Times of day: the value is in hours.
    exact("14h30", 14.5, TIME),
    exact("10h", 10, TIME),
    exact("10 h 15", 10.25, TIME),
    exact("8h45", 8.75, TIME),
]


@pytest.mark.parametrize("expected", EXPRESSIONS, ids=row_id)
def test_parse_quantity(expected: Row) -> None:
    """A French quantity written alone parses to its value, bounds, qualifier and kind."""
    assert expected == row(parse_quantity(expected[0]))


@pytest.mark.parametrize("expected", EXPRESSIONS, ids=row_id)
def test_parse_quantity_spans_the_whole_text(expected: Row) -> None:
    """A quantity parsed alone spans the whole string it was given."""
    assert Span(0, len(expected[0])) == parse_quantity(expected[0]).span


TOLERATED = [
    # Surrounding spaces and a final full stop are left out of the quantity.
    ("  338 ", exact("338", 338), Span(2, 5)),
    ("338.", exact("338", 338), Span(0, 3)),
    ("plus de 3 800.", more_than("plus de 3 800", 3800), Span(0, 13)),
    ("\u00a0une vingtaine.", about("une vingtaine", 20), Span(1, 14)),
    ("\tdes centaines\n", vague("des centaines", 200, 999), Span(1, 14)),
]


@pytest.mark.parametrize(
    ("given", "expected", "span"), TOLERATED, ids=[slug(t[0]) for t in TOLERATED]
)
def test_parse_quantity_tolerates_spaces_and_full_stop(
    given: str, expected: Row, span: Span
) -> None:
    """Spaces around a quantity and a final full stop are tolerated but not quoted."""
    q = parse_quantity(given)
    assert (expected, span) == (row(q), q.span)


WHOLE = [
    # Whole numbers come back as int, even when written with a decimal before a multiplier.
    "338",
    "3 800",
    "280.000",
    "160’000",
    "huit",
    "vingt et un",
    "3 millions",
    "10 mille",
    "un million",
    "1,5 million",
    "2,3 milliards",
    "une vingtaine",
    "des centaines",
    "plus de 3 800",
    "entre 20 et 30",
]


@pytest.mark.parametrize("text", WHOLE, ids=slug)
def test_whole_numbers_are_ints(text: str) -> None:
    """Value and bounds of a whole number are ints, not floats."""
    q = parse_quantity(text)
    bounds = [b for b in (q.value, q.low, q.high) if b is not None]
    assert [int] * len(bounds) == [type(b) for b in bounds]


REJECTED = [
    # Not a quantity at all.
    "",
    "   ",
    "bonjour",
    "la maison",
    "un hôpital neuf",
    "l'un des",
    "une fois",
    "jusqu'à présent",
    # A qualifier or a unit without its number.
    "plus de",
    "environ",
    "pour cent",
    "%",
    # A quantity followed or preceded by other words.
    "3 800 civils tués",
    "12 morts et 15 blessés",
    "selon l'ONU 338",
]


@pytest.mark.parametrize("text", REJECTED, ids=slug)
def test_parse_quantity_rejects(text: str) -> None:
    """A string that is not one quantity, and only that, raises ValueError."""
    # The contract fixes the exception type, not the wording of its message.
    with pytest.raises(ValueError):  # noqa: PT011
        parse_quantity(text)


# -- Sentences, searched ------------------------------------------------------------------------

SENTENCES = [
    # Digits and separators.
    in_sentence(
        "Selon l'OSDH, 338 civils ont été tués depuis le début de l'offensive.",
        exact("338", 338),
    ),
    in_sentence(
        "Le bilan s'élève à 3 800 morts, dont 1 200 enfants.",
        exact("3 800", 3800),
        exact("1 200", 1200),
    ),
    in_sentence(
        "Au total, 280.000 personnes ont fui les combats vers la Turquie.",
        exact("280.000", 280_000),
    ),
    in_sentence(
        "Genève a accueilli 160’000 réfugiés, selon les autorités fédérales.",
        exact("160’000", 160_000),
    ),
    in_sentence(
        "Les combats ont fait 1\u202f234 blessés et 2\u00a0345 déplacés dans la province.",
        exact("1\u202f234", 1234),
        exact("2\u00a0345", 2345),
    ),
    in_sentence(
        "Les agences humanitaires réclament 2,3 milliards de dollars pour l'hiver.",
        exact("2,3 milliards", 2_300_000_000),
    ),
    in_sentence(
        "Quelque 4,8 millions de Syriens ont trouvé refuge à l'étranger.",
        about("Quelque 4,8 millions", 4_800_000),
    ),
    # Words.
    in_sentence(
        "Huit soldats ont été tués et vingt-quatre autres blessés.",
        exact("Huit", 8),
        exact("vingt-quatre", 24),
    ),
    in_sentence(
        "L'attaque a fait vingt et un morts, a indiqué le ministère.",
        exact("vingt et un", 21),
    ),
    in_sentence(
        "Quatre-vingts familles ont été évacuées vers Homs.",
        exact("Quatre-vingts", 80),
    ),
    in_sentence(
        "Trois millions de Syriens ont quitté le pays depuis le début de la guerre.",
        exact("Trois millions", 3_000_000),
    ),
    in_sentence(
        "L'armée a massé 10 mille hommes autour de la ville.",
        exact("10 mille", 10_000),
    ),
    in_sentence(
        "Un million de personnes sont assiégées, a averti l'émissaire.",
        exact("Un million", 1_000_000),
    ),
    # Reform and regional spellings.
    in_sentence(
        "Trente-et-un civils ont péri dans le bombardement du marché.",
        exact("Trente-et-un", 31),
    ),
    in_sentence(
        "Septante personnes ont été blessées à Alep, selon une ONG genevoise.",
        exact("Septante", 70),
    ),
    in_sentence(
        "Nonante-neuf détenus ont été libérés à l'issue de l'échange.",
        exact("Nonante-neuf", 99),
    ),
    in_sentence(
        "Deux-cent-mille habitants sont privés d'eau potable.",
        exact("Deux-cent-mille", 200_000),
    ),
    # Approximate nouns.
    in_sentence(
        "Une vingtaine de civils ont été tués dans un raid aérien.",
        about("Une vingtaine", 20),
    ),
    in_sentence(
        "Un millier de combattants ont été déployés sur la ligne de front.",
        about("Un millier", 1000),
    ),
    in_sentence(
        "Une dizaine de milliers de personnes ont manifesté à Damas.",
        about("Une dizaine de milliers", 10_000),
    ),
    in_sentence(
        "Deux centaines de blessés ont été soignés à l'hôpital de campagne.",
        about("Deux centaines", 200),
    ),
    # Vague quantities.
    in_sentence(
        "Des centaines de civils sont pris au piège dans la vieille ville.",
        vague("Des centaines", 200, 999),
    ),
    in_sentence(
        "Des dizaines de milliers de personnes ont fui vers la frontière.",
        vague("Des dizaines de milliers", 20_000, 99_999),
    ),
    in_sentence(
        "Plusieurs centaines de rebelles ont été évacués par autocar.",
        vague("Plusieurs centaines", 200, 999),
    ),
    in_sentence(
        "Quelques dizaines de manifestants se sont rassemblés devant l'ambassade.",
        vague("Quelques dizaines", 20, 99),
    ),
    in_sentence(
        "De nombreuses victimes sont des femmes et des enfants.",
        vague("De nombreuses", 2, None),
    ),
    in_sentence(
        "Des millions de réfugiés vivent dans les pays voisins.",
        vague("Des millions", 2_000_000, None),
    ),
    # A plural scale with no number before it: `de` stands for `des` after a preposition.
    in_sentence(
        "L'ONG parle de milliers de blessés dans la vallée.",
        vague("milliers", 2000, 9999),
    ),
    in_sentence(
        "Les secouristes évoquent centaines de milliers de sinistrés.",
        vague("centaines de milliers", 200_000, 999_999),
    ),
    in_sentence(
        "Le conflit a jeté sur les routes de millions de familles.",
        vague("millions", 2_000_000, None),
    ),
    # ... but the scale after a number multiplies it.
    in_sentence(
        "Trois centaines de milliers de réfugiés attendent à la frontière.",
        about("Trois centaines de milliers", 300_000),
    ),
    in_sentence(
        "Un demi-million de personnes ont quitté la région, et un million et demi "
        "sont menacées.",
        exact("Un demi-million", 500_000),
        exact("un million et demi", 1_500_000),
    ),
    in_sentence(
        "La demi-finale a commencé avec une heure et demie de retard.",
        exact("une", 1),
        indefinite=True,
    ),
    in_sentence(
        "Plusieurs obus sont tombés sur le quartier de Bab Amr.",
        vague("Plusieurs", 2, None),
    ),
    # Qualifiers, each way.
    in_sentence(
        "Selon l'OSDH, plus de 4 150 civils ont péri dans la province.",
        more_than("plus de 4 150", 4150),
    ),
    in_sentence(
        "Près de 500 personnes ont été blessées dans les frappes.",
        about("Près de 500", 500),
    ),
    in_sentence(
        "Au moins 300 combattants ont péri en une semaine.",
        at_least("Au moins 300", 300),
    ),
    in_sentence(
        "Moins de 50 familles sont restées dans le village.",
        less_than("Moins de 50", 50),
    ),
    in_sentence(
        "Le bilan est de 120 au bas mot, selon les secouristes.",
        at_least("120 au bas mot", 120),
    ),
    in_sentence(
        "Jusqu'à 700 personnes pourraient être évacuées dans la journée.",
        up_to("Jusqu'à 700", 700),
    ),
    in_sentence(
        "Pas moins de 40 journalistes ont été tués dans le pays.",
        at_least("Pas moins de 40", 40),
    ),
    in_sentence(
        "Tout au plus 25 blessés ont pu être évacués.",
        at_most("Tout au plus 25", 25),
    ),
    in_sentence(
        "Les secours ont dénombré plus d'un millier de morts et environ 300 disparus.",
        more_than("plus d'un millier", 1000),
        about("environ 300", 300),
    ),
    # Ranges.
    in_sentence(
        "Entre 20 et 30 soldats ont été capturés par les rebelles.",
        between("Entre 20 et 30", 20, 30),
    ),
    in_sentence(
        "Les raids ont fait de 15 à 20 morts dans la nuit.",
        between("de 15 à 20", 15, 20),
    ),
    in_sentence(
        "Deux ou trois obus sont tombés près de l'hôpital.",
        between("Deux ou trois", 2, 3),
    ),
    in_sentence(
        "Chaque jour, 20-30 blessés arrivent aux urgences.",
        between("20-30", 20, 30),
    ),
    # Percentages and fractions.
    in_sentence(
        "Le chômage atteint 15 % dans la région, contre 8,5 % avant la guerre.",
        exact("15 %", 15, PERCENT),
        exact("8,5 %", 8.5, PERCENT),
    ),
    in_sentence(
        "Plus de 50 % des habitants ont quitté la ville.",
        more_than("Plus de 50 %", 50, PERCENT),
    ),
    in_sentence(
        "Quinze pour cent des écoles ont été détruites.",
        exact("Quinze pour cent", 15, PERCENT),
    ),
    in_sentence(
        "La moitié des hôpitaux ne fonctionnent plus.",
        exact("La moitié", 0.5, FRACTION),
    ),
    in_sentence(
        "Les deux tiers de la population dépendent de l'aide alimentaire.",
        exact("Les deux tiers", TWO_THIRDS, FRACTION),
    ),
    in_sentence(
        "Plus de la moitié des réfugiés sont des enfants.",
        more_than("Plus de la moitié", 0.5, FRACTION),
    ),
    # Years: a four-digit number after a word of time.
    in_sentence(
        "Le conflit, qui a éclaté en 2011, a fait plus de 300 000 morts.",
        exact("2011", 2011, YEAR),
        more_than("plus de 300 000", 300_000),
    ),
    in_sentence(
        "Depuis 2012, 1787 civils ont péri dans la province.",
        exact("2012", 2012, YEAR),
        exact("1787", 1787),
    ),
    in_sentence(
        "Selon l'ONU, 1950 civils ont été tués dans la ville.",
        exact("1950", 1950),
    ),
    in_sentence(
        "La guerre a fait rage de 2011 à 2015 dans cette région.",
        between("de 2011 à 2015", 2011, 2015, YEAR),
    ),
    in_sentence(
        "Dès 2013, l'ONU a renoncé à actualiser son bilan.",
        exact("2013", 2013, YEAR),
    ),
    in_sentence(
        "Fin 2016, les rebelles ont quitté les quartiers est d'Alep.",
        exact("2016", 2016, YEAR),
    ),
    in_sentence(
        "Mi-2014, l'organisation jihadiste contrôlait un tiers du territoire.",
        exact("2014", 2014, YEAR),
        exact("un tiers", THIRD, FRACTION),
    ),
    in_sentence(
        "Les élections de 2014 ont été boycottées par l'opposition.",
        exact("2014", 2014, YEAR),
    ),
    in_sentence(
        "La trêve conclue en mars 2016 n'a pas tenu jusqu'en 2017.",
        exact("2016", 2016, YEAR),
        exact("2017", 2017, YEAR),
    ),
    # Days of month.
    in_sentence(
        "Les pourparlers reprendront le 17 juillet à Genève.",
        exact("17", 17, DAY),
    ),
    in_sentence(
        "Le cessez-le-feu est entré en vigueur le 1er septembre.",
        exact("1er", 1, DAY),
    ),
    in_sentence(
        "Le 3 mai 2016, l'armée a lancé une offensive sur la ville.",
        exact("3", 3, DAY),
        exact("2016", 2016, YEAR),
    ),
    # Ordinals and times of day.
    in_sentence(
        "C'est la troisième fois que le convoi est attaqué.",
        exact("troisième", 3, ORDINAL),
    ),
    in_sentence(
        "Le deuxième cycle de négociations s'ouvrira à 10 h 15.",
        exact("deuxième", 2, ORDINAL),
        exact("10 h 15", 10.25, TIME),
    ),
    in_sentence(
        "La réunion a débuté à 14h30 et s'est achevée à 18h.",
        exact("14h30", 14.5, TIME),
        exact("18h", 18, TIME),
    ),
    in_sentence(
        "Le convoi est resté bloqué pendant 48 heures au poste-frontière.",
        exact("48", 48),
    ),
    # Traps: words that look like numbers but count nothing.
    in_sentence("Un hôpital neuf a été inauguré à Idleb."),
    in_sentence("Le bâtiment a été remis à neuf après les bombardements."),
    in_sentence("L'un des négociateurs a quitté la salle."),
    in_sentence("Une fois de plus, les pourparlers ont échoué."),
    in_sentence("Un soldat a été tué par un tireur embusqué."),
    in_sentence(
        "Neuf civils ont été tués près d'un hôpital neuf.",
        exact("Neuf", 9),
    ),
    in_sentence(
        "Le bilan s'est alourdi à neuf morts, selon les secouristes.",
        exact("neuf", 9),
    ),
    # after any verb, `neuf` before a plural noun counts it
    in_sentence(
        "Parmi les blessés figurent neuf infirmiers du dispensaire.",
        exact("neuf", 9),
    ),
    in_sentence("Le ministère a promis un regard neuf sur les crises régionales."),
    in_sentence(
        "Vingt et un soldats et un millier de civils ont été évacués.",
        exact("Vingt et un", 21),
        about("un millier", 1000),
    ),
    # Traps: jusqu'à présent and its kin are not up_to.
    in_sentence(
        "Les bombardements ont fait jusqu'à présent 40 morts.",
        exact("40", 40),
    ),
    in_sentence(
        "Jusqu'ici, 12 soldats ont été libérés.",
        exact("12", 12),
    ),
    in_sentence(
        "Jusqu'à aujourd'hui, 25 journalistes ont été enlevés.",
        exact("25", 25),
    ),
    in_sentence(
        "Le bilan jusqu'à maintenant est de 60 morts.",
        exact("60", 60),
    ),
    # Traps: ages are numbers; the casualty extractor is the one to skip them.
    in_sentence(
        "Un enfant de 12 ans a été blessé par un éclat d'obus.",
        exact("12", 12),
    ),
    # Lone un and une count only when asked for.
    in_sentence(
        "Un soldat a été tué par un tireur embusqué.",
        exact("Un", 1),
        exact("un", 1),
        indefinite=True,
    ),
    in_sentence(
        "Une roquette est tombée sur une école, tuant deux enfants.",
        exact("Une", 1),
        exact("une", 1),
        exact("deux", 2),
        indefinite=True,
    ),
    in_sentence("L'un des négociateurs a quitté la salle.", indefinite=True),
    in_sentence("Une fois de plus, les pourparlers ont échoué.", indefinite=True),
    # A four-digit number before a noun of people counts them, even after a year cue.
    in_sentence(
        "Les frappes ont tué 90 civils et 1800 combattants en une semaine.",
        exact("90", 90),
        exact("1800", 1800),
    ),
    in_sentence(
        "Entre 1500 et 2000 soldats seraient encerclés près de la ville.",
        between("Entre 1500 et 2000", 1500, 2000),
    ),
    in_sentence("Le cessez-le-feu signé en 2000 a tenu deux ans.", exact("2000", 2000, YEAR),
                exact("deux", 2)),
    in_sentence(
        "La guerre dure depuis 2011 et les civils paient le prix.",
        exact("2011", 2011, YEAR),
    ),
    # A semester or a quarter names a year.
    in_sentence(
        "L'ONU a recensé 640 victimes au premier semestre 2021.",
        exact("640", 640),
        exact("premier", 1, ORDINAL),
        exact("2021", 2021, YEAR),
    ),
    in_sentence(
        "Les exportations ont chuté au troisième trimestre 2019.",
        exact("troisième", 3, ORDINAL),
        exact("2019", 2019, YEAR),
    ),
    # A verb of comparison keeps its bound across an adverb.
    in_sentence(
        "Le nombre de déplacés dépasse désormais 75 000.",
        more_than("dépasse désormais 75 000", 75_000),
    ),
    in_sentence(
        "Le bilan dépassait déjà 410 morts vendredi.",
        more_than("dépassait déjà 410", 410),
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "indefinite"), SENTENCES)
def test_find_quantities(sentence: str, expected: list[Row], indefinite: bool) -> None:
    """Every quantity of a dispatch sentence is found in order, with its span and bounds."""
    found = find_quantities(sentence, indefinite=indefinite)
    actual = [(*row(q), (q.span.start, q.span.end)) for q in found]
    assert located(sentence, expected) == actual
