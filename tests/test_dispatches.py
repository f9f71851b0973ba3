"""Regression guard: the scores on the dispatches we wrote ourselves (tests/dispatches) never drop.

The dispatches are texts of our own in the style of French agency copy, with gold made by
hand the way ``../shared/GOLD.md`` says; the scorer is ``../shared/eval/score.py``. The
floors are the figures measured when they were last raised, less a small margin: a change
that costs records on these texts fails here and has to say why.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DISPATCHES = ROOT / "tests" / "dispatches"

FLOORS = {
    "quotes": 0.99,
    "speakers": 0.98,
    "indirect": 0.98,
    "casualties": 0.98,
    "meetings": 0.97,
}
"""Each figure of the headline line (``overall X (quotes …, speakers …)``)."""


@pytest.fixture(scope="module")
def headline() -> dict[str, float]:
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside the checkout")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(DISPATCHES)],
        capture_output=True,
        text=True,
        check=False,
    )
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("overall"), run.stdout + run.stderr
    return {name: float(value) for name, value in re.findall(r"(\w+) (\d\.\d+)", last)}


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_figure_keeps_its_floor(headline: dict[str, float], figure: str) -> None:
    assert headline[figure] >= FLOORS[figure], f"{figure} fell to {headline[figure]}"


def test_every_dispatch_has_its_gold() -> None:
    texts = sorted(p.stem for p in DISPATCHES.glob("*.txt"))
    golds = sorted(p.name.removesuffix(".gold.json") for p in DISPATCHES.glob("*.gold.json"))
    assert texts == golds
    assert len(texts) >= 30
