r"""French date expressions, resolved against the article date.

The vocabulary lives in ``data/calendar.toml``; this module turns it into one
frozen grammar (built once, see :func:`_grammar`) of named rules. Each rule is a
compiled regular expression whose repetitions are all bounded, plus a resolver
that turns a match into a :class:`~syriadiplo.DateKind` and the days it covers.

Conventions (the contract of ``SPEC.md``, "Dates", and the choices it leaves open):

- Direction. A weekday, or a day and month without a year, is the latest such
  day *on or before* the reference date for ``"past"`` and the next one *on or
  after* it for ``"future"``; a month or part of a month without a year is the
  latest one that has begun by the reference date (``"past"``) or the next one
  that has not ended (``"future"``).
- ``lundi dernier`` is the last Monday strictly before the reference date and
  ``dimanche prochain`` the next Sunday strictly after it (the coming Sunday, as
  the French press means it); ``ce vendredi`` / ``vendredi cette semaine`` is
  the Friday of the reference week (weeks run Monday to Sunday). A night
  (``dans la nuit de samedi à dimanche``, ``… du 3 au 4 mars``) is its first day.
- ``vendredi 30 septembre`` without a year: with a reference date, the day and
  month resolve by the direction rule, except that when exactly one of the two
  nearest candidates (before and after the reference) falls on the weekday
  named, that one wins. Without a reference date, :func:`dates_in` takes the
  year, within 15 years of a four-digit year the text mentions, in which that
  day is that weekday and which is nearest to a mentioned year, when that
  nearest year is unique; otherwise the range stays ``None``.
- Parts of a month: ``début`` = days 1-10, ``mi-`` = 11-20, ``fin`` = 21 to the
  last day. Parts of a year (``fin 2015``): January-April, May-August,
  September-December.
- Periods end on the reference date and count it: ``en une semaine`` is the
  reference date minus 6 days up to it; ``en un an`` starts the day after the
  same date a year earlier. A count of hours reaches one calendar day further
  back per started 24 hours (``ces dernières 24 heures`` = the day before and
  the reference date). ``il y a deux ans`` and ``dans trois ans`` are single days.
- Numeric dates are day-month-year (French) unless the second field cannot be a
  month (``02/22/2016``); a year written first starts a year-month-day date.
  Two-digit years pivot at 50 (``78`` → 1978, ``27`` → 2027).
- Not taken in running text: bare numbers, weekday abbreviations (``mer``,
  ``sam``, ``ven``) unless a day number follows, month abbreviations that are
  also words (``sept``, ``Jan``) unless a day number precedes them, fractions
  written with one digit on each side (``3/4``). :func:`resolve_date`, which is
  told that its whole string is a date, also takes a bare day number (``15`` →
  the 15th), a lone abbreviation and English order (``Oct. 2``, ``Mai vingt et un``).

>>> import datetime
>>> ref = datetime.date(2016, 9, 30)
>>> [(d.text, str(d.kind), str(d.range.start)) for d in find_dates(
...     "Jeudi soir, des raids ont frappé Alep, en guerre depuis 2012.", ref)]
[('Jeudi soir', 'day', '2016-09-29'), ('depuis 2012', 'since', '2012-01-01')]
"""

from __future__ import annotations

import datetime
import functools
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Literal

import attrs
import regex

from syriadiplo import _data
from syriadiplo._kinds import DateKind
from syriadiplo._numbers import number_words, phrase_pattern, word_number, word_number_pattern
from syriadiplo._records import DateMention, DateRange
from syriadiplo._text import NormalizedText, normalize

__all__ = ["Direction", "date_layer", "dates_in", "find_dates", "resolve_date"]

Direction = Literal["past", "future"]
"""Whether an expression refers to the past or to the future of the reference date."""

_Days = tuple[datetime.date, datetime.date]
_SEPARATORS = regex.compile(r"[\s\-]+")  # between the words of a form
_WORD = regex.compile(r"\w+")  # a run of word characters, as the rules' \w sees them
_DAY_DIGITS = regex.compile(r"[0-9]{1,2}")
_NO_PAIRS: Mapping[str, tuple[int, ...]] = MappingProxyType({})
_OPENS_WITH_WORD = regex.compile(r"[\s\-]*\w")  # spaces and hyphens join a form's words
_Found = tuple[DateKind, DateRange | None]
_FLAGS = regex.VERBOSE  # rules match the lower-case copy of the text

# Building blocks of every rule; each repetition is bounded.
_S = r"\s{1,3}"  # the space between two words
_B = r"(?<!\w)"  # a word starts here
_E = r"(?!\w)"  # a word ends here
_DAY_NUMBER = r"(?:1(?:er|re|ère)|3[01]|[12][0-9]|0?[1-9])(?!\w)"  # 1er, 01, 9, 31
_YEAR = r"(?:1[0-9]|2[01])[0-9]{2}"  # 1000-2199
_YEAR_END = r"(?!\w)(?![.,][0-9])"  # not the start of a longer number
_UNIT_DAYS = MappingProxyType({"day": 1, "week": 7})  # days in a unit of fixed length


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """The lookup key of a written form: case-folded, spaces and hyphens as one space."""
    return " ".join(_SEPARATORS.split(text.casefold().strip(" .-")))


def _phrase(form: str) -> str:
    """The pattern of one written form: words escaped, spaces and hyphens interchangeable."""
    words = [word for word in _SEPARATORS.split(form) if word]
    return r"[\s\-]{1,3}".join(regex.escape(word) for word in words)


def _alternation(forms: Iterable[str]) -> str:
    """A group matching any of ``forms``, longest first so the fullest form is tried first."""
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "(?:" + "|".join(_phrase(form) for form in ordered) + ")"


def _prefixes(forms: Iterable[str]) -> str:
    """Like :func:`_alternation`, each form followed by its separator (none after ``'``)."""
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return (
        "(?:"
        + "|".join(_phrase(form) + ("" if form.endswith("'") else _S) for form in ordered)
        + ")"
    )


def _table(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """One table of the calendar data, keyed by :func:`_key`."""
    table = data[name]
    if not isinstance(table, dict):
        raise TypeError(f"calendar.toml: [{name}] must be a table")
    return MappingProxyType({_key(form): value for form, value in table.items()})


def _forms(data: Mapping[str, Any], name: str, field: str = "forms") -> tuple[str, ...]:
    """A list of written forms of the calendar data."""
    forms = data[name][field]
    if not isinstance(forms, list) or not all(isinstance(form, str) for form in forms):
        raise TypeError(f"calendar.toml: [{name}] {field} must be a list of strings")
    return tuple(forms)


def _pairs(table: Mapping[str, Any]) -> Mapping[str, tuple[int, int]]:
    """A table whose values are two integers."""
    return MappingProxyType({key: (int(value[0]), int(value[1])) for key, value in table.items()})


@attrs.frozen
class _Vocabulary:
    """The calendar data as frozen lookup tables (keys from :func:`_key`)."""

    months: Mapping[str, int]
    """Month names and abbreviations -> month number."""
    full_months: tuple[str, ...]
    """Month names written in full."""
    abbreviations: tuple[str, ...]
    """Month abbreviations, without their period."""
    free_abbreviations: tuple[str, ...]
    """Month abbreviations that are not also ordinary words."""
    weekdays: Mapping[str, int]
    """Weekday names and abbreviations -> weekday number (0 = Monday)."""
    full_weekdays: tuple[str, ...]
    """Weekday names written in full."""
    weekday_abbreviations: tuple[str, ...]
    """Weekday abbreviations, without their period."""
    this_week: tuple[str, ...]
    """``ce``, ``cette`` before a weekday."""
    modifiers: Mapping[str, int]
    """``dernier``, ``prochain``… -> -1, 0 or 1."""
    ranks: Mapping[str, int]
    """``premier``, ``dernier``… before a weekday -> its rank in the month."""
    relative_days: Mapping[str, int]
    """``hier``, ``demain``… -> offset in days."""
    anaphoric_days: Mapping[str, int]
    """``lendemain``, ``veille`` -> offset in days."""
    with_article: tuple[str, ...]
    """Anaphoric days that need their article."""
    articles: tuple[str, ...]
    """The articles they may take."""
    parts_of_day: tuple[str, ...]
    """``matin``, ``soir``…"""
    part_prefixes: tuple[str, ...]
    """``dans la``, ``en fin de``… before a part of the day."""
    today: tuple[str, ...]
    """``ce``, ``cet``, ``cette`` before a part of the day."""
    nights: tuple[str, ...]
    """``dans la nuit de``…"""
    night_joins: tuple[str, ...]
    """``à``, ``au`` between the two days of a night."""
    month_parts: Mapping[str, tuple[int, int]]
    """``début``, ``mi``, ``fin`` -> first and last day."""
    year_parts: Mapping[str, tuple[int, int]]
    """``début``, ``mi``, ``fin`` -> first and last month."""
    month_prefixes: tuple[str, ...]
    """``en``, ``courant``… before a month name."""
    year_prefixes: tuple[str, ...]
    """``en``, ``l'année``… before a year."""
    since: tuple[str, ...]
    """``depuis``."""
    since_articles: tuple[str, ...]
    """Articles allowed after ``depuis``."""
    relative_periods: Mapping[str, tuple[str, int]]
    """``la semaine dernière``… -> unit and offset."""
    current_periods: Mapping[str, str]
    """``de l'année``, ``du mois`` -> unit."""
    count_qualifiers: tuple[str, ...]
    """``plus de``… before a count."""
    units: Mapping[str, str]
    """Duration units -> ``hour``, ``day``, ``week``, ``month`` or ``year``."""
    period_prefixes: tuple[str, ...]
    """``en``… before a count of units."""
    last_prefixes: tuple[str, ...]
    """``ces``, ``au cours des``… before ``derniers``."""
    last: tuple[str, ...]
    """``derniers``, ``dernières``."""
    offsets: Mapping[str, int]
    """``il y a``, ``dans`` -> -1 or 1."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> _Vocabulary:
        """Build the tables from the parsed ``calendar.toml``."""
        full_months = _table(data, "months")
        abbreviations = _table(data, "month_abbreviations")
        shared = {_key(form) for form in _forms(data, "shared_abbreviations")}
        full_weekdays = _table(data, "weekdays")
        weekday_abbreviations = _table(data, "weekday_abbreviations")
        anaphoric = data["anaphoric_days_with_article"]
        return cls(
            months=MappingProxyType({**abbreviations, **full_months}),
            full_months=tuple(data["months"]),
            abbreviations=tuple(data["month_abbreviations"]),
            free_abbreviations=tuple(
                form for form in data["month_abbreviations"] if _key(form) not in shared
            ),
            weekdays=MappingProxyType({**weekday_abbreviations, **full_weekdays}),
            full_weekdays=tuple(data["weekdays"]),
            weekday_abbreviations=tuple(data["weekday_abbreviations"]),
            this_week=_forms(data, "this_week"),
            modifiers=_table(data, "modifiers"),
            ranks=_table(data, "weekday_ranks"),
            relative_days=_table(data, "relative_days"),
            anaphoric_days=_table(data, "anaphoric_days"),
            with_article=tuple(anaphoric["forms"]),
            articles=tuple(anaphoric["articles"]),
            parts_of_day=_forms(data, "parts_of_day"),
            part_prefixes=_forms(data, "parts_of_day", "prefixes"),
            today=_forms(data, "parts_of_day", "today"),
            nights=_forms(data, "night"),
            night_joins=_forms(data, "night", "joins"),
            month_parts=_pairs(_table(data, "month_parts")),
            year_parts=_pairs(_table(data, "year_parts")),
            month_prefixes=_forms(data, "month_prefixes"),
            year_prefixes=_forms(data, "year_prefixes"),
            since=_forms(data, "since"),
            since_articles=_forms(data, "since", "articles"),
            relative_periods=MappingProxyType(
                {
                    key: (str(unit), int(offset))
                    for key, (unit, offset) in _table(data, "relative_periods").items()
                }
            ),
            current_periods=_table(data, "current_periods"),
            count_qualifiers=_forms(data, "count_qualifiers"),
            units=_table(data, "duration_units"),
            period_prefixes=_forms(data, "period_prefixes"),
            last_prefixes=_forms(data, "period_prefixes", "last_prefixes"),
            last=_forms(data, "period_prefixes", "last"),
            offsets=_table(data, "offset_prefixes"),
        )


@attrs.frozen
class _Context:
    """What a resolver needs besides its match."""

    vocabulary: _Vocabulary
    """The calendar tables."""
    reference: datetime.date | None
    """The article date."""
    direction: Direction
    """Whether the text refers to the past or to the future."""
    years: Callable[[], tuple[int, ...]]
    """The four-digit years the text mentions (computed on first use)."""
    single: bool = False
    """Whether the whole string is one date expression (:func:`resolve_date`)."""

    def past(self) -> _Context:
        """The same context, read towards the past (the point of ``depuis …``)."""
        return attrs.evolve(self, direction="past")


Resolver = Callable[[regex.Match[str], _Context], _Found | None]
"""Turns a match into a kind and its days, or ``None`` when the match is not a date."""


@attrs.frozen
class _Openers:
    """Where a rule's matches can start: the first words of the forms that open them.

    A match starts where a run of word characters (``\\w+``) starts. Each form that may
    open it is written in runs of word characters that the text must hold as whole runs
    (the patterns put a separator or ``(?!\\w)`` after each), so a match starts at a run
    of ``words``, at a run followed by the next run of one of ``pairs``, or at a run of
    digits that ``digits`` matches. No other position can start one (see :func:`_starts`).
    """

    words: frozenset[str]
    """The runs of the one-run forms (``lundi``, ``au``, ``l'``)."""
    pairs: frozenset[tuple[str, str]]
    """The first two runs of the longer forms (``la nuit de``, ``avant-hier``)."""
    digits: str = ""
    """How a match that starts with a digit begins, read at the start of a word: a
    pattern that takes every such match's beginning (empty: no match starts so)."""


def _openers(*form_lists: Iterable[str], digits: str = "") -> _Openers | None:
    """The openers of a rule whose matches start with one of the forms listed.

    ``None`` (scan every position) when some form does not start with a word character.
    """
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for forms in form_lists:
        for form in forms:
            runs = _WORD.findall(form)
            if _OPENS_WITH_WORD.match(form) is None:
                return None
            if len(runs) == 1:
                words.add(runs[0])
            else:
                pairs.add((runs[0], runs[1]))
    return _Openers(
        frozenset(words), frozenset(pair for pair in pairs if pair[0] not in words), digits
    )


_Index = Mapping[str, tuple[tuple[int, ...], Mapping[str, tuple[int, ...]]]]
"""Run of word characters -> the ranks of the rules it opens, and the ranks of those it
opens when the next run is the key (:attr:`_Openers.words` and :attr:`_Openers.pairs`)."""


def _opener_index(rules: Iterable[_Rule]) -> _Index:
    """The :data:`_Index` of the rules' openers."""
    opens: dict[str, list[int]] = {}
    opens_before: dict[str, dict[str, list[int]]] = {}
    for rank, rule in enumerate(rules):
        if rule.openers is None:
            continue
        for word in rule.openers.words:
            opens.setdefault(word, []).append(rank)
        for first, second in rule.openers.pairs:
            opens_before.setdefault(first, {}).setdefault(second, []).append(rank)
    return MappingProxyType(
        {
            word: (
                tuple(opens.get(word, ())),
                MappingProxyType(
                    {second: tuple(ranks) for second, ranks in opens_before.get(word, {}).items()}
                ),
            )
            for word in opens.keys() | opens_before.keys()
        }
    )


@attrs.frozen
class _Rule:
    """One kind of date expression: its pattern and how to resolve a match."""

    name: str
    """What the rule recognises."""
    source: str
    """The expression, bounded repetitions only; it never matches an empty string."""
    resolve: Resolver
    """Resolution of a match."""
    sinceable: bool = True
    """Whether ``depuis`` before a match makes a since-expression of it."""
    openers: _Openers | None = None
    """Where a match can start in running text (``None``: anywhere)."""

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled expression (compiled on first use: most texts need few rules)."""
        return _compiled(self.source)


@functools.lru_cache(maxsize=64)
def _compiled(source: str) -> regex.Pattern[str]:
    """A rule's expression, compiled once."""
    return regex.compile(source, _FLAGS)


@attrs.frozen
class _Grammar:
    """The rules, in priority order (for equal-length matches and whole expressions)."""

    vocabulary: _Vocabulary
    """The calendar tables."""
    rules: tuple[_Rule, ...]
    """The rules, first wins on ties."""
    since_before: regex.Pattern[str]
    """``depuis`` (and an article) just before a point."""
    since_prefix: regex.Pattern[str]
    """``depuis`` (and an article) opening a whole expression."""
    opened_by: _Index
    """Where the rules' matches can start (:attr:`_Rule.openers`)."""
    opened_by_digits: tuple[tuple[regex.Pattern[str], int], ...]
    """Where a rule's matches that open with a digit can start, and the rule's rank."""


# -- dates and ranges --------------------------------------------------------------------


def _date(year: int, month: int, day: int) -> datetime.date | None:
    """The day, or ``None`` when it does not exist."""
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _shift(day: datetime.date, days: int) -> datetime.date | None:
    """``day`` moved by ``days``, or ``None`` past the calendar's ends."""
    try:
        return day + datetime.timedelta(days=days)
    except OverflowError:
        return None


_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """The number of days of a month (1-12) of the Gregorian calendar."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _MONTH_LENGTHS[month - 1] + (1 if month == 2 and leap else 0)


def _add_months(day: datetime.date, months: int) -> datetime.date | None:
    """``day`` moved by whole months, clipped to the last day of the month reached."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return None
    return _date(year, month0 + 1, min(day.day, _days_in_month(year, month0 + 1)))


def _move(day: datetime.date, count: int, unit: str) -> datetime.date | None:
    """``day`` moved by ``count`` units (hours count whole days, rounded down)."""
    if unit == "hour":
        return _shift(day, int(count / 24))
    if unit in _UNIT_DAYS:
        return _shift(day, count * _UNIT_DAYS[unit])
    return _add_months(day, count * (12 if unit == "year" else 1))


def _month_days(year: int, month: int, first: int = 1, last: int = 31) -> _Days | None:
    """Days ``first`` to ``last`` of a month (``last`` clipped to its length)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR or not 1 <= month <= 12:
        return None
    end = min(last, _days_in_month(year, month))
    start, stop = _date(year, month, first), _date(year, month, end)
    return None if start is None or stop is None else (start, stop)


def _year_days(year: int, first_month: int = 1, last_month: int = 12) -> _Days | None:
    """Months ``first_month`` to ``last_month`` of a year."""
    first = _month_days(year, first_month)
    last = _month_days(year, last_month)
    return None if first is None or last is None else (first[0], last[1])


def _range(days: _Days | None) -> DateRange | None:
    """The public range of a pair of days."""
    return None if days is None else DateRange(days[0], days[1])


def _one(day: datetime.date | None) -> DateRange | None:
    """A single-day range."""
    return None if day is None else DateRange.single(day)


def _choose(
    candidates: Iterable[_Days | None], reference: datetime.date, direction: Direction
) -> _Days | None:
    """The latest candidate begun by ``reference`` (past) or the next one not ended (future)."""
    found = [days for days in candidates if days is not None]
    if direction == "past":
        begun = [days for days in found if days[0] <= reference]
        return max(begun) if begun else None
    pending = [days for days in found if days[1] >= reference]
    return min(pending) if pending else None


def _yearly(
    make: Callable[[int], _Days | None], reference: datetime.date, direction: Direction
) -> _Days | None:
    """Resolve a yearless expression: ``make(year)`` for the years around the reference."""
    years = range(reference.year - 8, reference.year + 9)
    return _choose((make(year) for year in years), reference, direction)


def _exists(make: Callable[[int], _Days | None]) -> bool:
    """Whether a yearless expression names a day of some year (not ``31 avril``)."""
    return make(2016) is not None or make(2015) is not None  # 2016 is a leap year


def _weekday(
    reference: datetime.date, weekday: int, direction: Direction, modifier: int | None
) -> datetime.date | None:
    """The weekday meant, from the reference date (``modifier`` from ``dernier``…)."""
    today = reference.weekday()
    if modifier == 0:
        return _shift(reference, weekday - today)
    if modifier is not None and modifier < 0:
        return _shift(reference, -((today - weekday - 1) % 7 + 1))
    if modifier is not None and modifier > 0:
        return _shift(reference, (weekday - today - 1) % 7 + 1)
    if direction == "past":
        return _shift(reference, -((today - weekday) % 7))
    return _shift(reference, (weekday - today) % 7)


# -- reading the groups of a match -------------------------------------------------------


def _group(match: regex.Match[str], name: str) -> str | None:
    """A named group's text, ``None`` when it took no part."""
    if name not in match.re.groupindex:
        return None
    value = match.group(name)
    return value if isinstance(value, str) else None


def _lookup(table: Mapping[str, int], match: regex.Match[str], name: str) -> int | None:
    """The table value of a group's words."""
    value = _group(match, name)
    return None if value is None else table.get(_key(value))


def _day_of(match: regex.Match[str]) -> int | None:
    """The day of the month written in group ``day``."""
    value = _group(match, "day")
    if value is None:
        return None
    digits = _DAY_DIGITS.match(value)
    if digits:
        return int(digits.group())
    day = word_number(value)  # `premier`, `vingt et un`, `seconde`
    return day if day is not None and 1 <= day <= 31 else None


def _year_of(match: regex.Match[str]) -> int | None:
    """The year of group ``year`` (four digits) or ``yy`` (two digits, pivot at 50)."""
    year = _group(match, "year")
    if year is not None:
        return int(year)
    short = _group(match, "yy")
    if short is not None:
        return _century(int(short))
    return None


def _century(short: int) -> int:
    """A two-digit year: 00-49 are 2000-2049, 50-99 are 1950-1999."""
    return 2000 + short if short < 50 else 1900 + short


def _count_of(match: regex.Match[str]) -> int | None:
    """The count written in group ``n`` (digits or words), ``None`` for zero."""
    value = _group(match, "n")
    if value is None:
        return None
    count = int(value) if value.isdigit() else word_number(value)
    return count if count else None


# -- resolvers ---------------------------------------------------------------------------


def _calendar_day(
    day: int, month: int, year: int | None, weekday: int | None, context: _Context
) -> _Found | None:
    """A day and month, with or without year and weekday."""
    if year is not None:
        found = _date(year, month, day)
        return None if found is None else (DateKind.DAY, DateRange.single(found))

    def make(candidate: int) -> _Days | None:
        found = _date(candidate, month, day)
        return None if found is None else (found, found)

    if not _exists(make):
        return None
    reference = context.reference
    if reference is None:
        return DateKind.DAY, _one(_weekday_year(day, month, weekday, context.years()))
    chosen = _yearly(make, reference, context.direction)
    if weekday is not None:
        nearest = {
            days
            for days in (_yearly(make, reference, "past"), _yearly(make, reference, "future"))
            if days is not None and days[0].weekday() == weekday
        }
        if len(nearest) == 1:
            chosen = nearest.pop()
    return DateKind.DAY, _range(chosen)


def _weekday_year(
    day: int, month: int, weekday: int | None, years: tuple[int, ...]
) -> datetime.date | None:
    """Without a reference: the year, near the text's years, where the day is that weekday."""
    if weekday is None or not years:
        return None
    best: list[datetime.date] = []
    best_distance = 16  # a 30-year window: 15 years either side of a mentioned year
    for year in range(min(years) - 15, max(years) + 16):
        found = _date(year, month, day)
        if found is None or found.weekday() != weekday:
            continue
        distance = min(abs(year - mentioned) for mentioned in years)
        if distance < best_distance:
            best, best_distance = [found], distance
        elif distance == best_distance:
            best.append(found)
    return best[0] if len(best) == 1 else None


def _resolve_numeric(match: regex.Match[str], context: _Context) -> _Found | None:
    """``15/06/2016``, ``21-04-16``, ``2015/08/12``, ``13.5.2015``, ``22/04``."""
    if _group(match, "y1") is not None:
        found = _date(int(match["y1"]), int(match["m1"]), int(match["d1"]))
        return None if found is None else (DateKind.DAY, DateRange.single(found))
    first, second = match["a"], match["b"]
    a, b = int(first), int(second)
    if b <= 12:
        day, month = a, b  # day-month, as French writes it
    elif a <= 12:
        day, month = b, a  # the second field cannot be a month: month-day
    else:
        return None
    year_text = _group(match, "y")
    if year_text is None:
        if len(first) == 1 and len(second) == 1 and not context.single:
            return None  # 3/4 is a fraction in running text
        return _calendar_day(day, month, None, None, context)
    if match["sep"] == "." and len(year_text) != 4:
        return None  # 1.2.15 is a section number
    year = int(year_text) if len(year_text) == 4 else _century(int(year_text))
    return _calendar_day(day, month, year, None, context)


def _resolve_day_month(match: regex.Match[str], context: _Context) -> _Found | None:
    """``le 17 juillet``, ``vendredi 30 septembre``, ``1er avril 78``, ``Oct. 2``."""
    day = _day_of(match)
    month = _lookup(context.vocabulary.months, match, "month")
    if day is None or month is None:
        return None
    weekday = _lookup(context.vocabulary.weekdays, match, "wd")
    return _calendar_day(day, month, _year_of(match), weekday, context)


def _resolve_night_of_dates(match: regex.Match[str], context: _Context) -> _Found | None:
    """``dans la nuit du 3 au 4 mars``, ``… du 31 mars au 1er avril``: the first day."""
    day = _day_of(match)
    months = context.vocabulary.months
    month = _lookup(months, match, "first") or _lookup(months, match, "month")
    if day is None or month is None:
        return None
    found = _calendar_day(day, month, _year_of(match), None, context)
    if found is None and _group(match, "first") is None:
        return None  # nuit du 31 au 1er mars: the 31st is in the month before
    return found


def _nth_weekday(year: int, month: int, weekday: int, rank: int) -> _Days | None:
    """The ``rank``-th ``weekday`` of a month (-1: the last one)."""
    days = _month_days(year, month)
    if days is None:
        return None
    if rank > 0:
        found = _shift(days[0], (weekday - days[0].weekday()) % 7 + 7 * (rank - 1))
    else:
        found = _shift(days[1], -((days[1].weekday() - weekday) % 7))
    if found is None or found.month != month:
        return None
    return found, found


def _resolve_nth_weekday(match: regex.Match[str], context: _Context) -> _Found | None:
    """``premier vendredi de juillet``, ``dernier dimanche d'octobre``, ``… de ce mois``."""
    vocabulary = context.vocabulary
    rank = _lookup(vocabulary.ranks, match, "rank")
    weekday = _lookup(vocabulary.weekdays, match, "wd")
    if rank is None or weekday is None:
        return None
    month = _lookup(vocabulary.months, match, "month")
    year = _year_of(match)
    reference = context.reference
    if month is not None and year is not None:
        return DateKind.DAY, _range(_nth_weekday(year, month, weekday, rank))
    if reference is None:
        return DateKind.DAY, None
    if month is None:
        return DateKind.DAY, _range(_nth_weekday(reference.year, reference.month, weekday, rank))
    found = _yearly(
        lambda candidate: _nth_weekday(candidate, month, weekday, rank),
        reference,
        context.direction,
    )
    return DateKind.DAY, _range(found)


def _resolve_weekday(match: regex.Match[str], context: _Context) -> _Found | None:
    """``lundi``, ``lundi soir``, ``ce vendredi``, ``dimanche dernier``, nights."""
    vocabulary = context.vocabulary
    weekday = _lookup(vocabulary.weekdays, match, "wd")
    if weekday is None:
        return None
    reference = context.reference
    if reference is None:
        return DateKind.DAY, None
    week = _group(match, "week")
    if week is not None:
        _unit, offset = vocabulary.relative_periods.get(_key(week), ("week", 0))
        monday = _shift(reference, 7 * offset - reference.weekday())
        return DateKind.DAY, _one(None if monday is None else _shift(monday, weekday))
    modifier = _lookup(vocabulary.modifiers, match, "mod")
    if _group(match, "this") is not None:
        modifier = 0
    return DateKind.DAY, _one(_weekday(reference, weekday, context.direction, modifier))


def _resolve_relative_day(match: regex.Match[str], context: _Context) -> _Found | None:
    """``hier``, ``avant-hier``, ``demain soir``, ``le lendemain``, ``la veille``."""
    words = _key(match["rel"])
    vocabulary = context.vocabulary
    offset = vocabulary.relative_days.get(words, vocabulary.anaphoric_days.get(words))
    if offset is None:
        return None
    reference = context.reference
    return DateKind.DAY, None if reference is None else _one(_shift(reference, offset))


def _resolve_today(match: regex.Match[str], context: _Context) -> _Found | None:
    """``dans la journée``, ``ce soir``, ``en fin de matinée``: the reference date."""
    return DateKind.DAY, _one(context.reference)


def _period_days(unit: str, offset: int, reference: datetime.date) -> _Days | None:
    """The week, month or year ``offset`` units from the one holding the reference date."""
    if unit == "week":
        monday = _shift(reference, 7 * offset - reference.weekday())
        sunday = None if monday is None else _shift(monday, 6)
        return None if monday is None or sunday is None else (monday, sunday)
    if unit == "month":
        first = _add_months(reference.replace(day=1), offset)
        return None if first is None else _month_days(first.year, first.month)
    return _year_days(reference.year + offset)


_PERIOD_KINDS = MappingProxyType(
    {"week": DateKind.WEEK, "month": DateKind.MONTH, "year": DateKind.YEAR}
)


def _resolve_relative_period(match: regex.Match[str], context: _Context) -> _Found | None:
    """``cette semaine``, ``la semaine dernière``, ``le mois prochain``, ``l'an dernier``."""
    found = context.vocabulary.relative_periods.get(_key(match["rel"]))
    if found is None:
        return None
    unit, offset = found
    reference = context.reference
    days = None if reference is None else _period_days(unit, offset, reference)
    return _PERIOD_KINDS[unit], _range(days)


def _resolve_current_part(match: regex.Match[str], context: _Context) -> _Found | None:
    """``début de l'année``, ``fin du mois``, ``fin de l'année dernière``."""
    vocabulary = context.vocabulary
    unit = vocabulary.current_periods.get(_key(match["cur"]))
    part = _key(match["part"])
    if unit is None or part not in vocabulary.month_parts:
        return None
    kind = DateKind.YEAR if unit == "year" else DateKind.MONTH_PART
    reference = context.reference
    if reference is None:
        return kind, None
    offset = _lookup(vocabulary.modifiers, match, "mod") or 0
    whole = _period_days(unit, offset, reference)
    if whole is None:
        return kind, None
    if unit == "year":
        first, last = vocabulary.year_parts[part]
        return kind, _range(_year_days(whole[0].year, first, last))
    first, last = vocabulary.month_parts[part]
    return kind, _range(_month_days(whole[0].year, whole[0].month, first, last))


def _month_like(
    match: regex.Match[str], context: _Context, kind: DateKind, first: int, last: int
) -> _Found | None:
    """Days ``first`` to ``last`` of the month named (with or without its year)."""
    month = _lookup(context.vocabulary.months, match, "month")
    if month is None:
        return None
    year = _year_of(match)
    if year is not None:
        return kind, _range(_month_days(year, month, first, last))
    reference = context.reference
    if reference is None:
        return kind, None

    def make(candidate: int) -> _Days | None:
        return _month_days(candidate, month, first, last)

    return kind, _range(_yearly(make, reference, context.direction))


def _resolve_month(match: regex.Match[str], context: _Context) -> _Found | None:
    """``en août``, ``courant mars``, ``en septembre 2015``, ``janv. 2016``."""
    return _month_like(match, context, DateKind.MONTH, 1, 31)


def _resolve_month_part(match: regex.Match[str], context: _Context) -> _Found | None:
    """``mi-août``, ``début octobre``, ``fin février 2016``."""
    part = context.vocabulary.month_parts.get(_key(match["part"]))
    if part is None:
        return None
    return _month_like(match, context, DateKind.MONTH_PART, *part)


def _resolve_year(match: regex.Match[str], context: _Context) -> _Found | None:
    """``en 2014``, ``l'année 2015``: the whole year."""
    year = _year_of(match)
    return None if year is None else (DateKind.YEAR, _range(_year_days(year)))


def _resolve_year_part(match: regex.Match[str], context: _Context) -> _Found | None:
    """``fin 2015``, ``mi-2014``, ``début de l'année 2016``."""
    year = _year_of(match)
    part = context.vocabulary.year_parts.get(_key(match["part"]))
    if year is None or part is None:
        return None
    return DateKind.YEAR, _range(_year_days(year, *part))


def _since(start: datetime.date | None, reference: datetime.date | None) -> DateRange | None:
    """From ``start`` up to the reference date (open when there is none or it comes first)."""
    if start is None:
        return None
    return DateRange(start, reference if reference is not None and reference >= start else None)


def _resolve_since_year(match: regex.Match[str], context: _Context) -> _Found | None:
    """``depuis 2011``: from New Year's Day of that year."""
    year = _year_of(match)
    days = None if year is None else _year_days(year)
    return DateKind.SINCE, _since(None if days is None else days[0], context.reference)


def _resolve_offset(match: regex.Match[str], context: _Context) -> _Found | None:
    """``il y a deux ans``, ``dans trois jours``: the day that far from the reference."""
    count = _count_of(match)
    unit = context.vocabulary.units.get(_key(match["unit"]))
    sign = _lookup(context.vocabulary.offsets, match, "off")
    if count is None or unit is None or sign is None:
        return None
    reference = context.reference
    day = None if reference is None else _move(reference, sign * count, unit)
    return DateKind.DAY, None if reference is None else _one(day)


def _period_start(reference: datetime.date, count: int, unit: str) -> datetime.date | None:
    """First day of the ``count`` units that end on the reference date."""
    if unit == "hour":
        return _shift(reference, -((count + 23) // 24))
    back = _move(reference, -count, unit)
    return None if back is None else _shift(back, 1)


def _resolve_period(match: regex.Match[str], context: _Context) -> _Found | None:
    """``en une semaine``, ``ces dernières 24 heures``, ``au cours des deux derniers mois``."""
    count = _count_of(match)
    unit = context.vocabulary.units.get(_key(match["unit"]))
    if count is None or unit is None:
        return None
    reference = context.reference
    if reference is None:
        return DateKind.PERIOD, None
    start = _period_start(reference, count, unit)
    return DateKind.PERIOD, None if start is None else DateRange(start, reference)


def _resolve_since_duration(match: regex.Match[str], context: _Context) -> _Found | None:
    """``depuis trois jours``, ``depuis plus de cinq ans``: from that far back."""
    count = _count_of(match)
    unit = context.vocabulary.units.get(_key(match["unit"]))
    if count is None or unit is None:
        return None
    reference = context.reference
    if reference is None:
        return DateKind.SINCE, None
    return DateKind.SINCE, _since(_move(reference, -count, unit), reference)


def _resolve_bare_day(match: regex.Match[str], context: _Context) -> _Found | None:
    """``15``, ``le 15`` as a whole expression: that day of the month nearest the reference."""
    day = _day_of(match)
    reference = context.reference
    if day is None:
        return None
    if reference is None:
        return DateKind.DAY, None
    first = reference.replace(day=1)
    candidates = []
    for offset in range(-2, 3):
        month = _add_months(first, offset)
        found = None if month is None else _date(month.year, month.month, day)
        candidates.append(None if found is None else (found, found))
    return DateKind.DAY, _range(_choose(candidates, reference, context.direction))


# -- the grammar -------------------------------------------------------------------------


def _no_years() -> tuple[int, ...]:
    """No years to lean on (a single expression)."""
    return ()


@functools.cache
def _vocabulary() -> _Vocabulary:
    """The calendar tables, built once."""
    return _Vocabulary.from_data(_data.load("calendar"))


_NUMBER_WORD = "(?&number_word)"
"""One number word, in a rule: a call of the group that :func:`_with_number_word` defines
(a pattern holding the long alternation of number words once compiles much faster)."""


def _with_number_word(pattern: str) -> str:
    """``pattern``, with the definition of :data:`_NUMBER_WORD` when it calls it."""
    if _NUMBER_WORD not in pattern:
        return pattern
    return pattern + f"(?(DEFINE)(?P<number_word>(?:{phrase_pattern(number_words())})))"


@functools.cache
def _grammar(single: bool) -> _Grammar:
    """The rules, built once per mode.

    ``single`` is the mode of :func:`resolve_date`, whose whole string is known to be a
    date: it also takes what running text cannot (bare day numbers, lone abbreviations,
    English month-day order, day words without an article).
    """
    v = _vocabulary()
    weekday = _alternation(v.full_weekdays) + _E
    short_weekday = _alternation(v.weekday_abbreviations) + r"\.?(?!\w)"
    month = _alternation(v.full_months) + _E
    short_month = _alternation(v.abbreviations) + r"\.?(?!\w)"
    number_in_words = word_number_pattern(_NUMBER_WORD)
    day_word = number_in_words  # read by _day_of, which keeps 1 to 31
    day_word_here = day_word if single else r"(?<=(?<!\w)(?:le|du|au)\s{1,3})" + day_word
    year_tail = (
        rf"(?:(?:,\s{{0,3}}|{_S})(?P<year>{_YEAR}){_YEAR_END}"
        rf"|{_S}(?P<yy>[0-9]{{2}})(?=\s{{0,3}}(?:[^\w\s]|\Z)))"
    )
    part_of_day = rf"(?:{_S}(?:{_prefixes(v.part_prefixes)})?{_alternation(v.parts_of_day)}{_E})?"
    not_of = r"(?!\s{1,3}(?:de|du|des)(?!\w)|\s{1,3}d')"  # `au lendemain de l'attaque`
    count = (
        rf"(?:{_prefixes(v.count_qualifiers)})?"
        rf"(?:(?P<n>[0-9]{{1,3}})(?![0-9.,])\s{{0,3}}"
        rf"|(?P<n>{number_in_words}){_S})"
    )
    unit = rf"(?P<unit>{_alternation(v.units)}){_E}"
    since = _alternation(v.since)
    weeks = [form for form, (unit_name, _) in v.relative_periods.items() if unit_name == "week"]

    numeric = rf"""
        (?<![\w/.:,\-])
        (?:
            (?P<y1>{_YEAR})(?P<s1>[/.\-])(?P<m1>[0-9]{{1,2}})(?P=s1)(?P<d1>[0-9]{{1,2}})
                                                        # 2015/08/12: the year comes first
          | (?P<a>[0-9]{{1,2}})(?P<sep>[/.\-])(?P<b>[0-9]{{1,2}})
            (?:(?P=sep)|,)(?P<y>[0-9]{{4}}|[0-9]{{2}})  # 21/04/2016, 12/08,15
          | (?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})     # 22/04: no year, slash only
        )
        (?!\w|[/.:,\-][0-9])
    """
    day_month = rf"""
        {_B}
        (?:
            (?P<wd>{weekday}|{short_weekday}),?{_S}    # vendredi 30 septembre, mer. 22 janv.
            (?P<day>{_DAY_NUMBER}|{day_word})
          | (?P<day>{_DAY_NUMBER}|{day_word_here})    # 17 juillet, le premier mai
        )
        (?:{_S}|-){"(?:de" + _S + "|d')?" if single else ""}  # le 14-Juillet; seconde de août
        (?P<month>{month}|{short_month})
        {year_tail}?
    """
    month_day_anywhere = rf"""
        {_B}(?P<month>{_alternation(v.full_months + v.abbreviations)})
        (?:\.?{_S}|[.\-/])                           # Oct. 2, Oct-2, Mai vingt et un
        (?P<day>{_DAY_NUMBER}|{day_word}){year_tail}?
    """
    month_day_running = rf"""
            {_B}
            (?:(?P<month>{_alternation(v.abbreviations)})[\-/]  # Oct-2, Jan/1
              | (?P<month>{_alternation(v.free_abbreviations)})\.\s{{0,2}})  # oct. 2
            (?P<day>{_DAY_NUMBER})
            (?:{year_tail}|(?!\s{{0,3}}[0-9]))
        """
    month_day = month_day_anywhere if single else month_day_running
    night_of_dates = rf"""
        {_B}(?:{_alternation(v.nights)}){_S}                  # dans la nuit du 3 au 4 mars
        (?P<day>{_DAY_NUMBER})(?:{_S}(?P<first>{month}))?
        {_S}{_alternation(v.night_joins)}{_S}{_DAY_NUMBER}{_S}
        (?P<month>{month}){year_tail}?
    """
    nth_weekday = rf"""
        {_B}(?P<rank>{_alternation(v.ranks)}){_S}(?P<wd>{weekday}){_S}
        (?:
            (?:de{_S}ce|du){_S}mois(?:-ci)?{_E}(?!{_S}(?:de\s|d'))   # … de ce mois
          | (?:(?:de|du){_S}mois{_S})?(?:de{_S}|d')
            (?P<month>{month})(?:{_S}(?P<year>{_YEAR}){_YEAR_END})?  # … de juillet 2016
        )
    """
    any_weekday = f"{weekday}|{short_weekday}" if single else weekday
    weekday_rule = rf"""
        {_B}
        (?:(?P<night>{_alternation(v.nights)}){_S})?            # dans la nuit de
        (?:(?P<this>{_alternation(v.this_week)}){_S})?          # ce vendredi
        (?P<wd>{any_weekday})
        (?(night)(?:{_S}{_alternation(v.night_joins)}{_S}{weekday})?)  # … à dimanche
        (?:{_S}(?P<mod>{_alternation(v.modifiers)}){_E})?       # dimanche dernier
        (?:,?{_S}(?:de{_S})?(?P<week>{_alternation(weeks)}){_E})?  # vendredi cette semaine
        {part_of_day}                                           # lundi soir
    """
    articles = "|".join(regex.escape(article) for article in v.articles)
    free_anaphoric = [form for form in v.anaphoric_days if form not in v.with_article]
    anaphoric_anywhere = rf"{_B}(?P<rel>{_alternation(v.anaphoric_days)}){_E}"
    anaphoric_running = rf"""
            (?:{_B}(?P<rel>{_alternation(free_anaphoric)})      # lendemain
              | (?<=(?<!\w)(?:{articles})\s{{1,3}})
                (?P<rel>{_alternation(v.with_article)}))        # la veille, never en veille
            {_E}
        """
    anaphoric = anaphoric_anywhere if single else anaphoric_running
    relative_day = rf"""
        (?:{_B}(?P<rel>{_alternation(v.relative_days)}){_E}|{anaphoric})
        {part_of_day}{not_of}
    """
    today = rf"""
        {_B}(?:{_prefixes(v.today)}|{_prefixes(v.part_prefixes)})
        {_alternation(v.parts_of_day)}{_E}{not_of}
    """
    relative_period = rf"{_B}(?P<rel>{_alternation(v.relative_periods)}){_E}"
    current_part = rf"""
        {_B}(?P<part>{_alternation(v.month_parts)}){_S}
        (?P<cur>{_alternation(v.current_periods)}){_E}
        (?:{_S}(?P<mod>{_alternation(v.modifiers)}){_E})?
    """
    month_part = rf"""
        {_B}(?P<part>{_alternation(v.month_parts)})
        (?:-|{_S}(?:du{_S}mois{_S})?(?:de{_S}|d')?)       # mi-août, fin du mois de mars
        (?P<month>{month})(?:{_S}(?P<year>{_YEAR}){_YEAR_END})?
    """
    year_part = rf"""
        {_B}(?P<part>{_alternation(v.year_parts)})
        (?:-|{_S}(?:de{_S}(?:l'ann[ée]e{_S})?)?)         # fin 2015, début de l'année 2016
        (?P<year>{_YEAR}){_YEAR_END}
    """
    month_rule = rf"""
        {_B}(?:{_prefixes(v.month_prefixes)})?
        (?:
            (?P<month>{month})(?:{_S}(?P<year>{_YEAR}){_YEAR_END})?        # en août 2015
          | (?P<month>{_alternation(v.abbreviations)})\.?
            {"(?:" if single else ""}{_S}(?P<year>{_YEAR}){_YEAR_END}{")?" if single else ""}
        )
    """
    year_rule = rf"""
        {_B}(?:{_prefixes(v.year_prefixes)}){"?" if single else ""}
        (?P<year>{_YEAR}){_YEAR_END}(?!{_S}{_alternation(v.units)}{_E})
    """
    since_year = rf"""
        {_B}{since}{_S}(?:(?:l'an|l'ann[ée]e){_S})?(?P<year>{_YEAR}){_YEAR_END}
    """
    offset = rf"{_B}(?P<off>{_prefixes(v.offsets)}){count}{unit}"
    last = _alternation(v.last)
    period = rf"""
        {_B}
        (?:(?:{_prefixes(v.period_prefixes)}){count}              # en trois jours
          | (?:{_prefixes(v.last_prefixes)})
            (?:{count}{last}{_S}|{last}{_S}{count}))            # ces dernières 24 heures
        {unit}
    """
    since_duration = rf"{_B}{since}{_S}{count}{unit}"

    def rule(
        name: str,
        pattern: str,
        resolve: Resolver,
        openers: _Openers | None,
        sinceable: bool = True,
    ) -> _Rule:
        return _Rule(name, _with_number_word(pattern), resolve, sinceable, openers)

    # The openers of each rule list the forms its pattern may start with, in running text.
    weekdays, months, periods = v.full_weekdays, v.full_months, v.relative_periods
    rules = [
        rule("numeric", numeric, _resolve_numeric, _openers(digits=r"[0-9]{1,4}[/.\-]")),
        rule(
            "day-month",
            day_month,
            _resolve_day_month,
            _openers(
                weekdays,
                v.weekday_abbreviations,
                number_words(),
                digits=r"[0-9]{1,2}(?:er|re|ère)?[\s\-]",  # a day number, then the month
            ),
        ),
        rule("month-day", month_day, _resolve_day_month, _openers(v.abbreviations)),
        rule("night-of-dates", night_of_dates, _resolve_night_of_dates, _openers(v.nights)),
        rule("nth-weekday", nth_weekday, _resolve_nth_weekday, _openers(v.ranks)),
        rule(
            "weekday",
            weekday_rule,
            _resolve_weekday,
            _openers(v.nights, v.this_week, weekdays),
        ),
        rule(
            "relative-day",
            relative_day,
            _resolve_relative_day,
            _openers(v.relative_days, v.anaphoric_days),
        ),
        rule("today", today, _resolve_today, _openers(v.today, v.part_prefixes)),
        rule("relative-period", relative_period, _resolve_relative_period, _openers(periods)),
        rule("current-part", current_part, _resolve_current_part, _openers(v.month_parts)),
        rule("month-part", month_part, _resolve_month_part, _openers(v.month_parts)),
        rule("year-part", year_part, _resolve_year_part, _openers(v.year_parts)),
        rule(
            "month",
            month_rule,
            _resolve_month,
            _openers(v.month_prefixes, months, v.abbreviations),
        ),
        rule(
            "year",
            year_rule,
            _resolve_year,
            _openers(v.year_prefixes, digits="[0-9]" if single else ""),
        ),
        rule("since-year", since_year, _resolve_since_year, _openers(v.since), sinceable=False),
        rule("offset", offset, _resolve_offset, _openers(v.offsets), sinceable=False),
        rule(
            "period",
            period,
            _resolve_period,
            _openers(v.period_prefixes, v.last_prefixes),
            sinceable=False,
        ),
        rule(
            "since-duration",
            since_duration,
            _resolve_since_duration,
            _openers(v.since),
            sinceable=False,
        ),
    ]
    if single:
        bare_day = rf"(?:le{_S})?(?P<day>{_DAY_NUMBER}|{day_word})"
        rules.append(rule("bare-day", bare_day, _resolve_bare_day, None, sinceable=False))
    since_prefix = rf"{_B}{since}{_S}(?:{_prefixes(v.since_articles)})?"
    return _Grammar(
        v,
        tuple(rules),
        regex.compile(since_prefix + r"\Z", _FLAGS),
        regex.compile(since_prefix, _FLAGS),
        _opener_index(rules),
        tuple(
            (regex.compile(r"(?<!\w)" + each.openers.digits), rank)
            for rank, each in enumerate(rules)
            if each.openers and each.openers.digits
        ),
    )


_YEARS_IN_TEXT = regex.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def _years_in(text: str) -> tuple[int, ...]:
    """The distinct four-digit years (1800-2099) a text mentions."""
    return tuple(sorted({int(found) for found in _YEARS_IN_TEXT.findall(text)}))


def _check_direction(direction: object) -> Direction:
    """``direction`` itself, or :class:`ValueError` when it is neither past nor future."""
    if direction == "past":
        return "past"
    if direction == "future":
        return "future"
    raise ValueError(f"direction must be 'past' or 'future', not {direction!r}")


# -- public API --------------------------------------------------------------------------


@attrs.frozen
class _Candidate:
    """A resolved match, before overlapping ones are set aside."""

    start: int
    """Start in the normalised text."""
    end: int
    """End in the normalised text."""
    priority: int
    """Rank of its rule (lower wins among equal lengths)."""
    kind: DateKind
    """Its kind."""
    range: DateRange | None
    """Its days."""


def _budget(text: str) -> float:
    """Seconds one rule may take over ``text``.

    Far above what any input has needed: a guard of last resort, never met by the
    rules' bounded patterns.
    """
    return 2.0 + len(text) * 10e-6


def _starts(text: str, grammar: _Grammar) -> list[list[int]]:
    """For each rule, the positions of ``text`` where one of its openers starts a word."""
    starts: list[list[int]] = [[] for _ in grammar.rules]
    opened_by = grammar.opened_by.get
    before: Mapping[str, tuple[int, ...]] = _NO_PAIRS  # what the previous run opens with this
    previous = 0
    for word in _WORD.finditer(text):
        found = word.group()
        if before:
            for rank in before.get(found, ()):
                starts[rank].append(previous)  # a rule's pairs never start with its words
        previous = word.start()
        opens = opened_by(found)
        if opens is None:
            before = _NO_PAIRS
            continue
        for rank in opens[0]:
            starts[rank].append(previous)
        before = opens[1]
    for digits, rank in grammar.opened_by_digits:
        numbers = [number.start() for number in digits.finditer(text)]
        starts[rank] = sorted(starts[rank] + numbers) if starts[rank] else numbers
    return starts


def _matches(text: str, rule: _Rule, starts: list[int]) -> Iterator[regex.Match[str]]:
    """What ``rule.pattern.finditer(text)`` finds, trying only where a match can start.

    Raises :class:`TimeoutError` once the rule has taken its time budget. The budget is
    checked before each try rather than handed to the regex engine, whose timeout costs
    more than a try (a single try is bounded: the patterns' repetitions all are).
    """
    if rule.openers is None:
        yield from rule.pattern.finditer(text, timeout=_budget(text))
        return
    if not starts:
        return
    deadline = time.monotonic() + _budget(text)
    pattern = rule.pattern
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the previous match: finditer would not look here
        if time.monotonic() >= deadline:
            raise TimeoutError(f"date rule {rule.name!r} over its time budget")
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _candidates(
    text: str, grammar: _Grammar, context: _Context, cut: list[str]
) -> list[_Candidate]:
    """Every resolved match of every rule, ``depuis …`` forms included.

    A rule that overruns its time budget keeps what it found and its name goes to ``cut``.
    """
    found: list[_Candidate] = []
    starts = _starts(text, grammar)
    for priority, rule in enumerate(grammar.rules):
        try:
            found.extend(
                _rule_candidates(text, grammar, context, priority, rule, starts[priority])
            )
        except TimeoutError:
            cut.append(rule.name)
    return found


def _rule_candidates(
    text: str,
    grammar: _Grammar,
    context: _Context,
    priority: int,
    rule: _Rule,
    starts: list[int],
) -> Iterator[_Candidate]:
    """The candidates of one rule (raises :class:`TimeoutError` past its budget)."""
    for match in _matches(text, rule, starts):
        resolved = rule.resolve(match, context)
        if resolved is None:
            continue
        start, end = match.span()
        if end - start > 1 and text[end - 1] == ".":
            end -= 1  # the period of an abbreviation ends the sentence too
        yield _Candidate(start, end, priority, *resolved)
        if not rule.sinceable:
            continue
        before = grammar.since_before.search(text, max(0, start - 30), start)
        point = rule.resolve(match, context.past()) if before else None
        if before and point is not None:
            start_day = point[1].start if point[1] is not None else None
            range_ = _since(start_day, context.reference)
            yield _Candidate(before.start(), end, priority, DateKind.SINCE, range_)


def _after_named_days(text: str, kept: list[_Candidate],
                      vocabulary: _Vocabulary) -> list[_Candidate]:
    """``le lendemain``, ``la veille`` count from the day named just before, if any.

    ``Les frappes ont repris mardi. Le lendemain, l'ONU a protesté``: Wednesday, not the
    day after the article date. The day must be named in the same paragraph, at most
    :data:`_ANAPHORIC_REACH` characters before; otherwise the article date stands.
    """
    out: list[_Candidate] = []
    day: datetime.date | None = None  # the last single day named, and where it ends
    day_end = 0
    for candidate in kept:
        offset = _anaphoric_offset(text, candidate, vocabulary)
        if (offset is not None and day is not None
                and candidate.start - day_end <= _ANAPHORIC_REACH
                and "\n\n" not in text[day_end : candidate.start]):
            candidate = attrs.evolve(candidate, range=_one(_shift(day, offset)))
        days = candidate.range
        if days is not None and days.start is not None and days.start == days.end:
            day, day_end = days.start, candidate.end
        out.append(candidate)
    return out


_ANAPHORIC_REACH = 400
"""How far before ``le lendemain`` the day it counts from may be named, in characters."""


def _anaphoric_offset(text: str, candidate: _Candidate, vocabulary: _Vocabulary) -> int | None:
    """The days ``lendemain``/``veille`` in a candidate add to another day, else ``None``."""
    for word in _key(text[candidate.start : candidate.end]).split():
        offset = vocabulary.anaphoric_days.get(word)
        if offset is not None:
            return int(offset)
    return None


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, in text order."""
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, c.start, c.priority))
    starts: list[int] = []
    kept: list[_Candidate] = []
    for candidate in ordered:
        at = bisect_right(starts, candidate.start)
        if at > 0 and kept[at - 1].end > candidate.start:
            continue
        if at < len(kept) and kept[at].start < candidate.end:
            continue
        starts.insert(at, candidate.start)
        kept.insert(at, candidate)
    return kept


def dates_in(
    norm: NormalizedText, reference: datetime.date | None, *, direction: Direction = "past"
) -> tuple[DateMention, ...]:
    """Every date expression of a normalised text, in text order, longest match first.

    Spans are in the caller's original text. Relative expressions have a ``None``
    range when there is no ``reference`` date.
    """
    return date_layer(norm, reference, direction=direction)[0]


def date_layer(
    norm: NormalizedText, reference: datetime.date | None, *, direction: Direction = "past"
) -> tuple[tuple[DateMention, ...], tuple[str, ...]]:
    """:func:`dates_in`, with the names of the rules cut short by their time guard."""
    direction = _check_direction(direction)
    text = norm.lower
    grammar = _grammar(False)
    years = functools.cache(lambda: _years_in(text))
    context = _Context(grammar.vocabulary, reference, direction, years)
    cut: list[str] = []
    mentions = []
    kept = _after_named_days(text, _select(_candidates(text, grammar, context, cut)),
                             grammar.vocabulary)
    for candidate in kept:
        mention = norm.mention(candidate.start, candidate.end)
        mentions.append(DateMention(mention.text, mention.span, candidate.kind, candidate.range))
    return tuple(mentions), tuple(cut)


def find_dates(
    text: str, reference: datetime.date | None = None, *, direction: Direction = "past"
) -> tuple[DateMention, ...]:
    """Every date expression of ``text``, resolved against the ``reference`` date.

    >>> import datetime
    >>> ref = datetime.date(2016, 9, 30)
    >>> for d in find_dates("Le 17 juillet, puis mi-août et la semaine dernière.", ref):
    ...     print(d.text, d.kind, d.range.start, d.range.end)
    17 juillet day 2016-07-17 2016-07-17
    mi-août month_part 2016-08-11 2016-08-20
    la semaine dernière week 2016-09-19 2016-09-25
    >>> [(d.text, d.range) for d in find_dates("Il reviendra lundi.")]
    [('lundi', None)]
    >>> find_dates("Ils étaient sept. Au bord de la mer.")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    return dates_in(normalize(text), reference, direction=direction)


_EDGES = regex.compile(r"^[^\w]{1,50}|[^\w]{1,50}$")
# Leading words a whole expression may carry that running text leaves out of mentions.
_ARTICLE = regex.compile(r"^(?:(?:à|a|dès)\s{1,3}la|au|aux|à|dès|le|la|les)\s{1,3}|^l'", regex.I)


def _whole(expression: str, grammar: _Grammar, context: _Context) -> _Found | None:
    """The first rule that takes all of ``expression``, resolved."""
    for rule in grammar.rules:
        match = rule.pattern.fullmatch(expression)
        if match is None:
            continue
        resolved = rule.resolve(match, context)
        if resolved is not None:
            return resolved
    return None


def resolve_date(
    expression: str, reference: datetime.date | None = None, *, direction: Direction = "past"
) -> DateRange | None:
    """Resolve one French date expression (the whole string) against ``reference``.

    Return ``None`` when the expression is relative and there is no reference date;
    raise :class:`ValueError` when the string is not a date expression.

    >>> import datetime
    >>> ref = datetime.date(2016, 11, 7)  # a Monday
    >>> resolve_date("vendredi", ref).day
    datetime.date(2016, 11, 4)
    >>> resolve_date("vendredi", ref, direction="future").day
    datetime.date(2016, 11, 11)
    >>> resolve_date("1er avril 78").day
    datetime.date(1978, 4, 1)
    >>> r = resolve_date("fin février 2016")
    >>> (r.start.isoformat(), r.end.isoformat())
    ('2016-02-21', '2016-02-29')
    >>> resolve_date("la semaine dernière") is None
    True
    >>> resolve_date("la semaine du chat", ref)
    Traceback (most recent call last):
    ...
    ValueError: not a French date expression: 'la semaine du chat'
    """
    if not isinstance(expression, str):
        raise TypeError(f"resolve_date() takes a str, not {type(expression).__name__}")
    direction = _check_direction(direction)
    grammar = _grammar(True)
    context = _Context(grammar.vocabulary, reference, direction, _no_years, single=True)
    core = _EDGES.sub("", normalize(expression).lower[:200])
    since = grammar.since_prefix.match(core)
    attempts = [core, _ARTICLE.sub("", core, count=1)]
    for attempt in attempts:
        found = _whole(attempt, grammar, context)
        if found is not None:
            return found[1]
    if since is not None:
        point = _whole(core[since.end() :], grammar, context.past())
        if point is not None:
            return _since(point[1].start if point[1] is not None else None, reference)
    raise ValueError(f"not a French date expression: {expression!r}")
