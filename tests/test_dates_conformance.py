"""Conformance of the dates layer with the French date cases of other libraries.

Supported / unsupported (the project's decisions on the shared cases):

| case                                   | decision                                              |
|----------------------------------------|-------------------------------------------------------|
| weekday on the reference day, past     | SPEC: "on or before" -> the reference day itself; the |
|   (`Mercredi`, reference a Wednesday)  |   peer's previous week is a strict xfail              |
| `dimanche prochain`                    | the coming Sunday (French press usage), not the       |
|                                        |   peer's "Sunday of next week": strict xfail          |
| bare day number (`en 15`)              | resolve_date only; running text never takes a bare    |
|                                        |   number: find is a strict xfail                      |
| weekday abbreviation alone (`|ven`)    | resolve_date only; running text takes `ven` only      |
|                                        |   before a day number: find is a strict xfail         |
| month-day numeric (`02/22/2016`,       | supported: the second field > 12 cannot be a month    |
|   `9-18-15`)                           |                                                       |
| English order (`Oct. 2`, `Mai vingt    | supported by resolve_date; running text takes         |
|   et un`, `Aout seconde`)              |   `Oct. 2`, and the month alone for full names        |
| agreement slips (`cette vendredi`,     | supported                                             |
|   `la semaine dernier`)                |                                                       |
| weekday + yearless date that disagree  | supported: the day and month win over the weekday     |
|   (`mardi 22 janvier`)                 |                                                       |
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from syriadiplo import DateRange, find_dates, resolve_date

CASES_FILE = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "dates_fr.jsonl"
if not CASES_FILE.exists():
    pytest.skip(f"{CASES_FILE} is not available", allow_module_level=True)

CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_FILE.read_text("utf-8").splitlines() if line.strip()
]

# (input, what) -> why the project does not follow the peer; `what` is past, future or find.
UNSUPPORTED = {
    ("Je reviendrai Mercredi", "past"): (
        "SPEC: a weekday resolves to the latest such day on or before the reference date, "
        "so Wednesday on a Wednesday is that day, not the week before"
    ),
    ("Je reviendrai dimanche prochain", "past"): (
        "project decision: `dimanche prochain` is the coming Sunday (French press usage), "
        "not the Sunday of next week"
    ),
    ("Je reviendrai dimanche prochain", "future"): (
        "project decision: `dimanche prochain` is the coming Sunday (French press usage), "
        "not the Sunday of next week"
    ),
    ("Je reviendrai en 15", "find"): (
        "a bare number is never a date in running text (resolve_date takes it as a day)"
    ),
    ("Je reviendrai |ven", "find"): (
        "a weekday abbreviation (`ven`, `mer`, `sam`) alone is not taken in running text"
    ),
}


def _params(what: str) -> list[Any]:
    """One parameter per case, marked as a strict xfail where the project decided so."""
    params = []
    for case in CASES:
        reason = UNSUPPORTED.get((case["input"], what))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, marks=marks, id=case["input"]))
    return params


def _reference(case: dict[str, Any]) -> datetime.date:
    return datetime.date.fromisoformat(case["reference"])


def _expected(case: dict[str, Any], what: str) -> DateRange:
    return DateRange.single(datetime.date.fromisoformat(case[what]))


def _resolves(case: dict[str, Any], what: str) -> bool:
    try:
        actual = resolve_date(case["text"], _reference(case), direction=what)  # type: ignore[arg-type]
    except ValueError:
        return False
    return _expected(case, what) == actual


def _found(case: dict[str, Any]) -> bool:
    start, end = case["span"]
    mentions = find_dates(case["input"], _reference(case))
    return any(m.span.start < end and start < m.span.end for m in mentions)


@pytest.mark.parametrize("case", _params("past"))
def test_resolves_towards_the_past(case: dict[str, Any]) -> None:
    """The expression, read as past, resolves to the peer's day."""
    assert _expected(case, "past") == resolve_date(case["text"], _reference(case), direction="past")


@pytest.mark.parametrize("case", _params("future"))
def test_resolves_towards_the_future(case: dict[str, Any]) -> None:
    """The expression, read as future, resolves to the peer's day."""
    assert _expected(case, "future") == resolve_date(
        case["text"], _reference(case), direction="future"
    )


@pytest.mark.parametrize("case", _params("find"))
def test_found_in_running_text(case: dict[str, Any]) -> None:
    """find_dates on the whole input has a mention overlapping the expression."""
    assert _found(case)


def test_pass_rate() -> None:
    """Exactly the cases not marked unsupported pass; the rate is printed."""
    resolved = sum(_resolves(case, what) for case in CASES for what in ("past", "future"))
    found = sum(_found(case) for case in CASES)
    unsupported_resolutions = sum(what != "find" for _, what in UNSUPPORTED)
    print(
        f"dates_fr conformance: {resolved}/{2 * len(CASES)} resolutions (past+future), "
        f"{found}/{len(CASES)} found in running text"
    )
    assert 2 * len(CASES) - unsupported_resolutions == resolved
    assert len(CASES) - (len(UNSUPPORTED) - unsupported_resolutions) == found
