"""French number cases from other libraries' test suites (``shared/conformance/numbers_fr.jsonl``).

Each case is run through the public API and compared with the value its
origin states. A case we decide not to support is a strict xfail with the
reason, so a fix shows up as an unexpected pass.

| kind    | how it is checked                                                           |
|---------|-----------------------------------------------------------------------------|
| number  | ``parse_quantity(input).value == value``                                    |
| percent | the same; a share (``un quart``) is compared as ``100 * value``             |
| range   | the quantity of ``find_quantities(input)`` at ``span`` has ``(low, high)``  |
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from syriadiplo import QuantityKind, find_quantities, parse_quantity

CASES_FILE = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "numbers_fr.jsonl"

if not CASES_FILE.exists():  # pragma: no cover - the shared folder sits beside the checkout
    pytest.skip(f"{CASES_FILE} not found", allow_module_level=True)

# Cases we do not support, and why.
UNSUPPORTED = {
    "trente 3": "spoken style: digits after a ten are read as a separate number in written copy",
    "3 cents et 21": "`et` joins only un/une/onze, so `entre deux cents et 300` stays a range",
    "4 mille 3 cents et 21": "`et` joins only un/une/onze (see `3 cents et 21`)",
    "vingt et un trillions": "French long scale: a trillion is 10**18, not 10**12",
    "vingt et un trillions et trois cents": "French long scale: a trillion is 10**18",
    "pourcentage de vingt": "a percentage written before its number is not news French",
    "pourcent des trois cent cinq": "a percentage written before its number is not news French",
    "juste demander de soustraire cinq pour-cent": "an instruction to subtract is not a quantity",
    "1/4 de": "a slash between digits is a date in dispatches (22/4)",
    "Il se classe plus haut que le dixième mais plus bas que le quinzième.":
        "rank comparisons (plus haut que) are not news quantities",
    "Son score est de 200 ou plus que 190":
        "the peer reads `plus que 190`; we read `200 ou plus`",
    "Comment est-ce que tu trouve plus de deux sur cinq":
        "the peer keeps the numerator only; we read the share 2/5",
}


def _cases() -> list[Any]:
    params = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        marks = []
        if case["input"] in UNSUPPORTED:
            marks.append(pytest.mark.xfail(strict=True, reason=UNSUPPORTED[case["input"]]))
        params.append(pytest.param(case, id=f"{case['kind']}:{case['input']}", marks=marks))
    return params


CASES = _cases()


def _check(case: dict[str, Any]) -> bool:
    if case["kind"] in {"number", "percent"}:
        q = parse_quantity(case["input"])
        value = q.value
        if case["kind"] == "percent" and q.kind is QuantityKind.FRACTION and value is not None:
            value = value * 100
        return value is not None and value == pytest.approx(case["value"], rel=1e-9)
    start, end = case.get("span", [0, len(case["input"])])
    found = [q for q in find_quantities(case["input"]) if q.span.start < end and start < q.span.end]
    expected = (case.get("low"), case.get("high"))
    return any(
        (q.low == pytest.approx(expected[0]) if expected[0] is not None else q.low is None)
        and (q.high == pytest.approx(expected[1]) if expected[1] is not None else q.high is None)
        for q in found
    )


@pytest.mark.parametrize("case", CASES)
def test_conformance_case(case: dict[str, Any]) -> None:
    """The case's input reads as the value its origin states."""
    assert _check(case)


def test_conformance_pass_rate() -> None:
    """Print the pass rate, and keep every case that is not marked unsupported passing."""
    passed = 0
    failures = []
    for param in CASES:
        (case,) = param.values
        try:
            ok = _check(case)
        except ValueError:
            ok = False
        passed += ok
        if not ok and case["input"] not in UNSUPPORTED:
            failures.append(case["input"])
    print(f"numbers conformance: {passed}/{len(CASES)} passed "
          f"({len(UNSUPPORTED)} marked unsupported)")
    assert [] == failures
