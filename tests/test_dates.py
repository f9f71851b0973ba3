"""French date expressions: tables of examples written for this project, and properties."""

from __future__ import annotations

import datetime
import tomllib
import unicodedata
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from french_numbers import french_words
from syriadiplo import DateKind, DateRange, find_dates, resolve_date
from syriadiplo._dates import dates_in
from syriadiplo._numbers import word_number
from syriadiplo._text import normalize

D = datetime.date
REF = D(2016, 7, 27)  # a Wednesday
"""The article date of most examples."""

MONTHS: tuple[str, ...] = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août")
MONTHS += ("septembre", "octobre", "novembre", "décembre")


def day(y: int, m: int, d: int) -> DateRange:
    """A one-day range, to keep the tables short."""
    return DateRange.single(D(y, m, d))


# -- resolve_date: one expression, against REF, towards the past ---------------------------

EXPLICIT = [
    # day and month, with and without a year
    ("le 17 juillet", day(2016, 7, 17)),
    ("17 juillet 2014", day(2014, 7, 17)),
    ("le 9 septembre 2016", day(2016, 9, 9)),
    ("1er avril 2005", day(2005, 4, 1)),
    ("1er avril 78", day(1978, 4, 1)),
    ("le premier mai", day(2016, 5, 1)),
    ("12 sept. 2016", day(2016, 9, 12)),
    ("3 févr.", day(2016, 2, 3)),
    ("le 29 février", day(2016, 2, 29)),
    ("14-Juillet", day(2016, 7, 14)),
    # numeric dates: day-month first, month-day only when the day cannot be a month
    ("15/06/2016", day(2016, 6, 15)),
    ("21-04-16", day(2016, 4, 21)),
    ("2015/08/12", day(2015, 8, 12)),
    ("2016-07-04", day(2016, 7, 4)),
    ("13.5.2015", day(2015, 5, 13)),
    ("03/04/2016", day(2016, 4, 3)),
    ("04/13/2016", day(2016, 4, 13)),
    ("05/05/71", day(1971, 5, 5)),
    ("3-7-27", day(2027, 7, 3)),
    ("22/04", day(2016, 4, 22)),
    ("3/4", day(2016, 4, 3)),
    # relative days
    ("aujourd'hui", day(2016, 7, 27)),
    ("hier", day(2016, 7, 26)),
    ("hier soir", day(2016, 7, 26)),
    ("avant-hier", day(2016, 7, 25)),
    ("avant hier", day(2016, 7, 25)),
    ("demain matin", day(2016, 7, 28)),
    ("après-demain", day(2016, 7, 29)),
    ("le lendemain", day(2016, 7, 28)),
    ("la veille", day(2016, 7, 26)),
    ("dans la journée", day(2016, 7, 27)),
    ("en fin de matinée", day(2016, 7, 27)),
    ("ce soir", day(2016, 7, 27)),
    # weekdays
    ("lundi", day(2016, 7, 25)),
    ("mercredi", day(2016, 7, 27)),
    ("jeudi", day(2016, 7, 21)),
    ("vendredi matin", day(2016, 7, 22)),
    ("mardi dans la soirée", day(2016, 7, 26)),
    ("dans la nuit de samedi à dimanche", day(2016, 7, 23)),
    ("mercredi dernier", day(2016, 7, 20)),
    ("lundi prochain", day(2016, 8, 1)),
    ("ce vendredi", day(2016, 7, 29)),
    ("jeudi de la semaine dernière", day(2016, 7, 21)),
    ("vendredi 22 juillet", day(2016, 7, 22)),
    ("mar. 3 mai", day(2016, 5, 3)),
    ("dernier dimanche de juin", day(2016, 6, 26)),
    ("premier lundi du mois", day(2016, 7, 4)),
    ("dans la nuit du 3 au 4 juin", day(2016, 6, 3)),
    # weeks, months, parts of months
    ("cette semaine", DateRange(D(2016, 7, 25), D(2016, 7, 31))),
    ("la semaine dernière", DateRange(D(2016, 7, 18), D(2016, 7, 24))),
    ("la semaine prochaine", DateRange(D(2016, 8, 1), D(2016, 8, 7))),
    ("en août", DateRange(D(2015, 8, 1), D(2015, 8, 31))),
    ("en juillet", DateRange(D(2016, 7, 1), D(2016, 7, 31))),
    ("courant mars", DateRange(D(2016, 3, 1), D(2016, 3, 31))),
    ("en septembre 2015", DateRange(D(2015, 9, 1), D(2015, 9, 30))),
    ("avril 2005", DateRange(D(2005, 4, 1), D(2005, 4, 30))),
    ("mi-août", DateRange(D(2015, 8, 11), D(2015, 8, 20))),
    ("début octobre", DateRange(D(2015, 10, 1), D(2015, 10, 10))),
    ("fin février", DateRange(D(2016, 2, 21), D(2016, 2, 29))),
    ("fin février 2015", DateRange(D(2015, 2, 21), D(2015, 2, 28))),
    ("à la fin du mois de mai", DateRange(D(2016, 5, 21), D(2016, 5, 31))),
    ("le mois dernier", DateRange(D(2016, 6, 1), D(2016, 6, 30))),
    ("fin du mois", DateRange(D(2016, 7, 21), D(2016, 7, 31))),
    # years
    ("en 2014", DateRange(D(2014, 1, 1), D(2014, 12, 31))),
    ("l'an dernier", DateRange(D(2015, 1, 1), D(2015, 12, 31))),
    ("fin 2015", DateRange(D(2015, 9, 1), D(2015, 12, 31))),
    ("début de l'année", DateRange(D(2016, 1, 1), D(2016, 4, 30))),
    # since
    ("depuis 2011", DateRange(D(2011, 1, 1), REF)),
    ("depuis mars 2011", DateRange(D(2011, 3, 1), REF)),
    ("depuis le 15 mars 2011", DateRange(D(2011, 3, 15), REF)),
    ("depuis le début de l'année", DateRange(D(2016, 1, 1), REF)),
    ("depuis lundi", DateRange(D(2016, 7, 25), REF)),
    ("depuis trois jours", DateRange(D(2016, 7, 24), REF)),
    # periods ending on the reference date, and offsets from it
    ("en une semaine", DateRange(D(2016, 7, 21), REF)),
    ("en trois jours", DateRange(D(2016, 7, 25), REF)),
    ("en un an", DateRange(D(2015, 7, 28), REF)),
    ("en l'espace de deux mois", DateRange(D(2016, 5, 28), REF)),
    ("ces dernières 24 heures", DateRange(D(2016, 7, 26), REF)),
    ("les trois derniers jours", DateRange(D(2016, 7, 25), REF)),
    ("au cours des deux derniers mois", DateRange(D(2016, 5, 28), REF)),
    ("il y a deux ans", day(2014, 7, 27)),
    ("il y a une semaine", day(2016, 7, 20)),
    ("dans trois ans", day(2019, 7, 27)),
    ("d'ici deux semaines", day(2016, 8, 10)),
]


@pytest.mark.parametrize(("expression", "expected"), EXPLICIT, ids=[e for e, _ in EXPLICIT])
def test_resolve_date(expression: str, expected: DateRange) -> None:
    """Each expression resolves, towards the past, to the days it names."""
    assert expected == resolve_date(expression, REF)


DIRECTION = [
    # expression, past, future (SPEC: weekdays on or before / on or after the reference)
    ("mercredi", day(2016, 7, 27), day(2016, 7, 27)),
    ("samedi", day(2016, 7, 23), day(2016, 7, 30)),
    ("le 17 juillet", day(2016, 7, 17), day(2017, 7, 17)),
    ("le 2 août", day(2015, 8, 2), day(2016, 8, 2)),
    ("22/04", day(2016, 4, 22), day(2017, 4, 22)),
    ("en juillet", DateRange(D(2016, 7, 1), D(2016, 7, 31)), None),
    ("mi-août", DateRange(D(2015, 8, 11), D(2015, 8, 20)), None),
    ("dimanche prochain", day(2016, 7, 31), day(2016, 7, 31)),
    ("hier", day(2016, 7, 26), day(2016, 7, 26)),
]


@pytest.mark.parametrize(("expression", "past", "future"), DIRECTION)
def test_direction(expression: str, past: DateRange, future: DateRange | None) -> None:
    """The direction chooses between the nearest days before and after the reference."""
    assert past == resolve_date(expression, REF, direction="past")
    if future is not None:
        assert future == resolve_date(expression, REF, direction="future")


def test_future_month() -> None:
    """A month not over yet is the current one in both directions; a past one moves on."""
    assert DateRange(D(2016, 8, 1), D(2016, 8, 31)) == resolve_date(
        "en août", REF, direction="future"
    )
    assert DateRange(D(2016, 7, 1), D(2016, 7, 31)) == resolve_date(
        "en juillet", REF, direction="future"
    )


WEEKDAY_AND_DATE = [
    # the weekday picks between the nearest candidates when exactly one matches it
    ("mardi 3 janvier", D(2016, 12, 20), "past", day(2017, 1, 3)),
    ("vendredi 30 septembre", D(2016, 10, 3), "past", day(2016, 9, 30)),
    ("vendredi 30 septembre", D(2016, 9, 28), "past", day(2016, 9, 30)),
    # no candidate matches: the day and month win, the weekday is ignored
    ("lundi 27 juillet", REF, "past", day(2016, 7, 27)),
    # with a year the weekday is never needed
    ("lundi 12 janvier 2016", REF, "future", day(2016, 1, 12)),
]


@pytest.mark.parametrize(("expression", "reference", "direction", "expected"), WEEKDAY_AND_DATE)
def test_weekday_with_date(
    expression: str, reference: D, direction: str, expected: DateRange
) -> None:
    """A weekday with a yearless date takes the nearest year where they agree, if one."""
    assert expected == resolve_date(expression, reference, direction=direction)  # type: ignore[arg-type]


NO_REFERENCE = [
    ("lundi", None),
    ("hier", None),
    ("le 17 juillet", None),
    ("vendredi 30 septembre", None),
    ("la semaine dernière", None),
    ("en une semaine", None),
    ("le 9 septembre 2016", day(2016, 9, 9)),
    ("en 2014", DateRange(D(2014, 1, 1), D(2014, 12, 31))),
    ("depuis 2011", DateRange(D(2011, 1, 1), None)),
    ("fin 2015", DateRange(D(2015, 9, 1), D(2015, 12, 31))),
]


@pytest.mark.parametrize(("expression", "expected"), NO_REFERENCE)
def test_without_reference(expression: str, expected: DateRange | None) -> None:
    """Without a reference, relative expressions stay unresolved and absolute ones resolve."""
    assert expected == resolve_date(expression)


NOT_DATES = [
    "",
    "   ",
    "le chat",
    "trente-trois",
    "31 février",
    "31/04/2016",
    "la semaine du chat",
    "Premier ministre",
    "2000 hommes",
]


@pytest.mark.parametrize("expression", NOT_DATES)
def test_not_a_date_raises(expression: str) -> None:
    """A string that is not a date expression raises ValueError naming it."""
    with pytest.raises(ValueError, match="not a French date expression"):
        resolve_date(expression, REF)


def test_wrong_types() -> None:
    """Non-str input raises TypeError; an unknown direction raises ValueError."""
    with pytest.raises(TypeError, match="takes a str"):
        resolve_date(20160727)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a str"):
        find_dates(b"lundi")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="direction"):
        resolve_date("lundi", REF, direction="soon")  # type: ignore[arg-type]


# -- find_dates: running text ------------------------------------------------------------

FOUND = [
    (
        "Lundi soir, les raids ont repris après une trêve de trois jours.",
        [("Lundi soir", DateKind.DAY, D(2016, 7, 25), D(2016, 7, 25))],
    ),
    (
        "Le 17 juillet, puis mi-août et la semaine dernière, les combats ont continué.",
        [
            ("17 juillet", DateKind.DAY, D(2016, 7, 17), D(2016, 7, 17)),
            ("mi-août", DateKind.MONTH_PART, D(2015, 8, 11), D(2015, 8, 20)),
            ("la semaine dernière", DateKind.WEEK, D(2016, 7, 18), D(2016, 7, 24)),
        ],
    ),
    (
        "Le conflit, qui dure depuis mars 2011, a fait des milliers de morts en 2014.",
        [
            ("depuis mars 2011", DateKind.SINCE, D(2011, 3, 1), REF),
            ("en 2014", DateKind.YEAR, D(2014, 1, 1), D(2014, 12, 31)),
        ],
    ),
    (
        "En une semaine, plus de 40 civils ont péri, a indiqué l'ONG mercredi.",
        [
            ("En une semaine", DateKind.PERIOD, D(2016, 7, 21), REF),
            ("mercredi", DateKind.DAY, REF, REF),
        ],
    ),
    (
        "Le 3 mars 15 soldats ont été capturés.",
        [("3 mars", DateKind.DAY, D(2016, 3, 3), D(2016, 3, 3))],
    ),
    (
        "Au lendemain du scrutin, le lendemain matin, il a parlé.",
        [("lendemain matin", DateKind.DAY, D(2016, 7, 28), D(2016, 7, 28))],
    ),
    # `le lendemain`, `la veille` count from the day named just before in the paragraph
    (
        "Les combats ont éclaté le 3 juillet. Le lendemain, l'ONU a réclamé une trêve.",
        [
            ("3 juillet", DateKind.DAY, D(2016, 7, 3), D(2016, 7, 3)),
            ("lendemain", DateKind.DAY, D(2016, 7, 4), D(2016, 7, 4)),
        ],
    ),
    (
        "Le convoi est parti lundi. La veille, les routes avaient été rouvertes.",
        [
            ("lundi", DateKind.DAY, D(2016, 7, 25), D(2016, 7, 25)),
            ("veille", DateKind.DAY, D(2016, 7, 24), D(2016, 7, 24)),
        ],
    ),
    (
        "Le convoi est parti le 3 juillet.\n\nLe lendemain, la frontière a fermé.",
        [
            ("3 juillet", DateKind.DAY, D(2016, 7, 3), D(2016, 7, 3)),
            ("lendemain", DateKind.DAY, D(2016, 7, 28), D(2016, 7, 28)),
        ],
    ),
    (
        "La réunion prévue le mer. 3 août a été reportée à fin septembre.",
        [
            ("mer. 3 août", DateKind.DAY, D(2016, 8, 3), D(2016, 8, 3)),  # a Wednesday
            ("fin septembre", DateKind.MONTH_PART, D(2015, 9, 21), D(2015, 9, 30)),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_find_dates(
    sentence: str, expected: list[tuple[str, DateKind, D | None, D | None]]
) -> None:
    """Each sentence yields these mentions, in text order, with their kinds and days."""
    actual = [
        (m.text, m.kind, m.range.start if m.range else None, m.range.end if m.range else None)
        for m in find_dates(sentence, REF)
    ]
    assert expected == actual


def test_future_direction_in_text() -> None:
    """The direction applies to every relative mention of a text."""
    (mention,) = find_dates("Les pourparlers reprendront samedi à Genève.", REF, direction="future")
    assert day(2016, 7, 30) == mention.range


NOTHING_FOUND = [
    "Ils étaient sept. Au bord de la mer, le navire a coulé.",
    "Jan Egeland a appelé à une pause humanitaire.",
    "Les 3/4 des habitants ont fui; 24h/24 et 7j/7.",
    "Il a mis l'appareil en veille et a parlé au Premier ministre.",
    "La version 1.2.15 tourne sur 10.0.0.1.",
    "Environ 2000 hommes et 150 blindés.",
    "Le maire a parlé à la famille le jour même.",
]


@pytest.mark.parametrize("sentence", NOTHING_FOUND)
def test_find_nothing(sentence: str) -> None:
    """Words that look like dates in other senses give no mention."""
    assert () == find_dates(sentence, REF)


def test_spans_point_into_the_original_text() -> None:
    """Spans index the caller's text, whatever its spaces and apostrophes."""
    text = "Selon l\u2019OSDH, aujourd\u2019hui et\u00a0le\u00a017\u202fjuillet\r\n2016&nbsp;!"
    mentions = find_dates(text, REF)
    assert ["aujourd\u2019hui", "17\u202fjuillet\r\n2016"] == [m.text for m in mentions]
    assert [text[m.span.start : m.span.end] for m in mentions] == [m.text for m in mentions]


def test_abbreviation_period_is_left_out() -> None:
    """The period of an abbreviation at the end of a sentence is not part of the mention."""
    (mention,) = find_dates("Il est arrivé le 22 janv.", REF)
    assert "22 janv" == mention.text


YEARS_WINDOW = [
    # no reference: the year where the weekday matches, nearest to a year the text names
    ("En 2016, les forces sont entrées vendredi 30 septembre dans la ville.", day(2016, 9, 30)),
    ("Les forces sont entrées vendredi 30 septembre dans la ville.", None),
    ("Après 2011 et 2016, les forces sont entrées vendredi 30 septembre.", None),
    ("En 2015, elles sont entrées lundi 31 février.", None),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_WINDOW)
def test_weekday_year_without_reference(text: str, expected: DateRange | None) -> None:
    """Without a reference, a weekday and date take the nearest unique matching year."""
    ranges = [m.range for m in find_dates(text) if m.kind is DateKind.DAY]
    assert [expected] == ranges or (expected is None and ranges in ([], [None]))


def test_dates_in_matches_find_dates() -> None:
    """find_dates is dates_in over the normalised text."""
    text = "Hier, puis dans la nuit de samedi à dimanche."
    assert find_dates(text, REF) == dates_in(normalize(text), REF)


# -- the calendar data -------------------------------------------------------------------


def _calendar_source() -> str:
    return resources.files("syriadiplo").joinpath("data", "calendar.toml").read_text("utf-8")


def test_calendar_data_integrity() -> None:
    """The calendar data covers every month and weekday with lower-case NFC forms."""
    data = tomllib.loads(_calendar_source())
    assert set(range(1, 13)) == set(data["months"].values())
    assert set(range(7)) == set(data["weekdays"].values())
    assert set(range(7)) == set(data["weekday_abbreviations"].values())
    assert list(range(1, 32)) == [word_number(french_words(day)) for day in range(1, 32)]
    for name, table in data.items():
        forms = list(table) + [f for v in table.values() if isinstance(v, list) for f in v]
        for form in forms:
            if isinstance(form, str):
                assert form == unicodedata.normalize("NFC", form).lower(), (name, form)
    for first, last in data["month_parts"].values():
        assert 1 <= first <= last <= 31


def test_every_table_has_its_rule() -> None:
    """Each table of calendar.toml is introduced by a comment stating its rule."""
    lines = _calendar_source().splitlines()
    for number, line in enumerate(lines):
        if line.startswith("["):
            assert lines[number - 1].startswith("# "), line


# -- properties --------------------------------------------------------------------------


@given(st.text())
def test_find_dates_never_raises(text: str) -> None:
    """find_dates accepts any str and every mention quotes its span."""
    mentions = find_dates(text, REF)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.span.start <= mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text
        previous_end = mention.span.end


NUMBERS = ("1er", "17", "3", "2016", "78", "24", "deux")
MARKS = ("/", "-", ".", ",", "\u00a0", " ", "\n", "aujourd\u2019hui")
WORDS: tuple[str, ...] = ("le", "la", "de", "du", "au", "à", "en", "fin", "mi-", "dans", "nuit")
WORDS += ("il y a", "ces", "mars", "août", "sept.", "lundi", "mer", "depuis", "ans")
WORDS += ("heures", "semaine", "dernières", "dernière", "veille")
FRENCHISH = st.lists(st.sampled_from(NUMBERS + MARKS + WORDS), max_size=30).map(" ".join)


@given(FRENCHISH, st.sampled_from(["past", "future"]))
def test_frenchish_text_quotes_its_spans(text: str, direction: str) -> None:
    """On text dense with date words, mentions stay ordered, disjoint and exact."""
    mentions = find_dates(text, REF, direction=direction)  # type: ignore[arg-type]
    ends = [0]
    for mention in mentions:
        assert ends[-1] <= mention.span.start
        assert text[mention.span.start : mention.span.end] == mention.text
        ends.append(mention.span.end)


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(2199, 12, 31)))
def test_written_date_round_trip(value: D) -> None:
    """A day written the French way resolves to that day, with or without a reference."""
    first = "1er" if value.day == 1 else str(value.day)
    written = f"{first} {MONTHS[value.month - 1]} {value.year}"
    assert DateRange.single(value) == resolve_date(written)
    assert DateRange.single(value) == resolve_date(f"le {written}", REF, direction="future")
    assert DateRange.single(value) == resolve_date(value.strftime("%d/%m/") + f"{value.year}")


@given(st.dates(min_value=D(1000, 1, 8), max_value=D(9999, 12, 24)))
def test_weekday_direction_property(reference: D) -> None:
    """A weekday is at most six days before (past) or after (future) the reference."""
    for name, number in zip(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        range(7),
        strict=True,
    ):
        past = resolve_date(name, reference)
        future = resolve_date(name, reference, direction="future")
        assert past is not None
        assert future is not None
        assert past.day is not None
        assert future.day is not None
        assert 0 <= (reference - past.day).days <= 6
        assert 0 <= (future.day - reference).days <= 6
        assert number == past.day.weekday() == future.day.weekday()
