"""Fuzz target for ``extract()``: coverage-guided with atheris, or random bytes without it.

Each input is one of three kinds, chosen by its first byte:

- raw text: the remaining bytes decoded as UTF-8 (undecodable bytes kept as
  lone surrogates), the way a careless scraper hands pages over;
- the same bytes decoded as latin-1 (binary junk: NUL, controls, C1);
- structured text: the bytes drive the Hypothesis strategies of the
  robustness tests (``fuzz_one_input``), so the fuzzer explores dispatch-like
  prose built from the lexicons as well as arbitrary text.

Every input goes through ``extract(text, strict=True)`` (a failing step raises
instead of becoming a warning) and :func:`test_robustness.check_article` (spans
index the text, JSON round trip…). A failure is a crash that libFuzzer saves
as ``crash-<sha1>`` (see CONTRIBUTING.md, "Fuzzing").

Run from the repository root::

    .venv/bin/python tests/fuzz_extract.py -max_total_time=30 -timeout=20
    .venv/bin/python tests/fuzz_extract.py crash-1234abcd      # replay one input

With the ``fuzz`` extra (atheris) the flags are libFuzzer's; without it only
``-max_total_time=N`` (default 30) and ``-seed=N`` are read, and inputs are
random bytes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _target() -> Callable[[bytes], None]:
    """The function that takes one fuzz input (imports syriadiplo: instrument before calling)."""
    import datetime

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from dispatch_strategies import arbitrary_texts, dispatch_like_texts
    from syriadiplo import extract
    from test_robustness import check_article

    day = datetime.date(2016, 9, 30)

    def run(text: str, date: datetime.date | None) -> None:
        check_article(text, extract(text, date=date, strict=True))

    @settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=st.one_of(dispatch_like_texts(), arbitrary_texts()),
           date=st.one_of(st.none(), st.just(day), st.dates()))
    def structured(text: str, date: datetime.date | None) -> None:
        run(text, date)

    fuzz_one_input = structured.hypothesis.fuzz_one_input  # type: ignore[attr-defined]

    def one_input(data: bytes) -> None:
        if not data:
            return
        kind, rest = data[0] % 3, data[1:]
        if kind == 0:
            run(rest.decode("utf-8", "surrogateescape"), day)
        elif kind == 1:
            run(rest.decode("latin-1"), day)
        else:
            fuzz_one_input(rest)

    return one_input


def _flag(argv: list[str], name: str, default: int) -> int:
    for arg in argv:
        if arg.startswith(f"-{name}="):
            return int(arg.split("=", 1)[1])
    return default


def _without_atheris(argv: list[str]) -> int:
    """Random inputs until ``-max_total_time``; files given on the command line are replayed."""
    import random

    sys.path.insert(0, str(HERE))
    one_input = _target()
    files = [Path(a) for a in argv[1:] if not a.startswith("-")]
    for path in files:
        one_input(path.read_bytes())
    if files:
        print(f"replayed {len(files)} input(s): no failure")
        return 0
    seconds = _flag(argv, "max_total_time", 30)
    rng = random.Random(_flag(argv, "seed", int(time.time())))
    stop = time.monotonic() + seconds
    count = 0
    while time.monotonic() < stop:
        data = rng.randbytes(rng.choice((8, 64, 512, 4096)))
        try:
            one_input(data)
        except BaseException:
            Path("crash-random").write_bytes(data)
            print("failing input saved as crash-random", file=sys.stderr)
            raise
        count += 1
    print(f"atheris not installed: {count} random inputs in {seconds} s, no failure")
    return 0


def main() -> int:
    """Fuzz with atheris when it is installed, else with random bytes."""
    try:
        import atheris  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return _without_atheris(sys.argv)
    sys.path.insert(0, str(HERE))
    with atheris.instrument_imports(include=["syriadiplo"]):
        import syriadiplo  # noqa: F401  (instrumented here, before the strategies import it)
    atheris.Setup(sys.argv, _target())
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
