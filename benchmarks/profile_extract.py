"""Where ``extract()`` spends its time: cProfile over the benchmark corpus.

Run from the repository root::

    .venv/bin/python benchmarks/profile_extract.py [--size-mb 1] [--top 25] [--out FILE]

Prints the top functions by cumulative and by own time, then own time summed
by module and by pipeline step. (Not named ``profile.py``: the standard
library's ``cProfile`` imports ``profile``, which a script of that name,
first on ``sys.path``, would shadow.)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _by_module(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Own time summed by source file, largest first."""
    totals: dict[str, float] = defaultdict(float)
    raw = stats.stats  # type: ignore[attr-defined]
    for (filename, _, name), (_, _, tottime, _, _) in raw.items():
        if filename.startswith("<attrs generated"):
            key = "attrs-generated methods (__init__, __hash__, __eq__)"
        elif "syriadiplo" in filename:
            key = "syriadiplo/" + Path(filename).name
        elif filename == "~":
            key = f"builtin {name}"
        else:
            key = Path(filename).name
        totals[key] += tottime
    return sorted(totals.items(), key=lambda item: -item[1])


def _by_step(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Cumulative time of each pipeline step (the ``_<step>`` functions of ``_pipeline.py``)."""
    raw = stats.stats  # type: ignore[attr-defined]
    found = [
        (name, cumtime)
        for (filename, _, name), (_, _, _, cumtime, _) in raw.items()
        if filename.endswith("_pipeline.py") and name.startswith("_")
        and name not in {"_layers", "_describe", "_article_date"}
    ]
    found += [("normalize", cumtime) for (filename, _, name), (_, _, _, cumtime, _)
              in raw.items() if filename.endswith("_text.py") and name == "normalize"]
    return sorted(found, key=lambda item: -item[1])


def main(argv: Sequence[str] | None = None) -> int:
    """Profile ``extract()`` over the corpus and print the summaries."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="corpus size (default 1)")
    parser.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    parser.add_argument("--out", type=Path, help="also save the raw profile (for snakeviz…)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(HERE))
    import corpus

    import syriadiplo

    articles = corpus.build_corpus(int(args.size_mb * 1_000_000))
    syriadiplo.extract(articles[0])  # lexicons and rules loaded outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for text in articles:
        syriadiplo.extract(text)
    profiler.disable()
    if args.out:
        profiler.dump_stats(args.out)

    chars = sum(map(len, articles))
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{len(articles)} articles, {chars:,} characters, {total:.2f} s under the profiler "
          f"({chars / total / 1000:.0f} k chars/s with profiling overhead)\n")
    stats.strip_dirs()
    for order in ("cumulative", "tottime"):
        buffer.seek(0)
        buffer.truncate()
        stats.sort_stats(order).print_stats(args.top)
        body = buffer.getvalue()
        print(f"== top {args.top} by {order}")
        print(body[body.find("   ncalls"):])

    stats = pstats.Stats(profiler)  # with directories, to tell our modules from others
    print("== own time by module")
    for name, seconds in _by_module(stats)[: args.top]:
        print(f"{100 * seconds / total:6.1f}%  {seconds:7.2f} s  {name}")
    print("\n== cumulative time by pipeline step")
    for name, seconds in _by_step(stats):
        print(f"{100 * seconds / total:6.1f}%  {seconds:7.2f} s  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
