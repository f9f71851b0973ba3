"""Throughput, memory, start-up and scaling of ``syriadiplo.extract()``, optionally beside spaCy.

Run from the repository root (``docs/performance.md`` explains the figures)::

    .venv/bin/python benchmarks/bench.py                 # 2 MB corpus, 5 runs, scaling to 1 MB
    .venv/bin/python benchmarks/bench.py --spacy         # also spaCy's fr_core_news_sm ([bench])
    .venv/bin/python benchmarks/bench.py --max-size 10   # scaling up to 10 MB texts

Throughput is measured in this process, article by article, after one warm-up
call. Start-up, memory, spaCy and every scaling case run in a fresh
subprocess, so that one measure does not colour the next and a case that never
ends is stopped at ``--timeout``. Every child runs with BLAS/OpenMP limited to
one thread: the figures are per core.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
SAMPLE = "Lundi, douze civils ont été tués à Alep, a déclaré M. Kerry à Genève."
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# -- children: each prints one JSON object on its last line --------------------------------


def _maxrss_mb() -> float:
    """Peak resident memory of this process, in MiB.

    Linux's ``VmHWM`` first: ``ru_maxrss`` survives ``exec`` and would report
    the parent's peak in a child.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_startup() -> dict[str, Any]:
    """Import time, then the first call (which loads the lexicons and compiles the rules)."""
    start = time.perf_counter()
    import syriadiplo

    imported = time.perf_counter()
    syriadiplo.extract(SAMPLE)
    first = time.perf_counter()
    syriadiplo.extract(SAMPLE)
    second = time.perf_counter()
    return {"import": imported - start, "first_extract": first - imported,
            "warm_extract": second - first, "maxrss_mb": _maxrss_mb()}


def child_memory(corpus_file: str, trace: bool) -> dict[str, Any]:
    """Peak memory over the corpus: RSS, or the peak of Python allocations (``trace``)."""
    import tracemalloc

    articles = json.loads(Path(corpus_file).read_text(encoding="utf-8"))
    before = _maxrss_mb()
    if trace:
        tracemalloc.start()
    import syriadiplo

    for text in articles:
        syriadiplo.extract(text)
    result = {"maxrss_mb": _maxrss_mb(), "maxrss_before_import_mb": before}
    if trace:
        result["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    return result


def _warm_up() -> None:
    """Load the lexicons and compile the rules before timing.

    Rules compile on first use, so the warm-up text is a generated dispatch long
    enough to meet every rule, not one sentence.
    """
    sys.path.insert(0, str(HERE))
    import corpus

    import syriadiplo

    syriadiplo.extract(corpus.dispatch_text(30_000, seed=1))


def child_scale(family: str, size: int) -> dict[str, Any]:
    """Time ``extract()`` on one text of ``size`` characters; small texts are timed repeatedly."""
    sys.path.insert(0, str(HERE))
    import corpus

    import syriadiplo

    text = corpus.dispatch_text(size) if family == "dispatches" else corpus.adversarial_text(
        family, size)
    _warm_up()
    best = float("inf")
    spent = 0.0
    warnings: tuple[str, ...] = ()
    while spent < 0.3 or best == float("inf"):
        start = time.process_time()
        article = syriadiplo.extract(text)
        took = time.process_time() - start
        best = min(best, took)
        spent += took
        warnings = article.warnings
    return {"seconds": best, "chars": len(text), "warnings": len(warnings),
            "maxrss_mb": _maxrss_mb()}


def child_spacy(corpus_file: str, runs: int) -> dict[str, Any]:
    """spaCy's small French pipeline over the corpus with ``nlp.pipe``, in this one process."""
    articles = json.loads(Path(corpus_file).read_text(encoding="utf-8"))
    start = time.perf_counter()
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    loaded = time.perf_counter()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        for doc in nlp.pipe(articles, batch_size=64):
            del doc
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {"load": loaded - start, "wall": walls, "cpu": cpus, "maxrss_mb": _maxrss_mb(),
            "version": spacy.about.__version__, "pipeline": list(nlp.pipe_names)}


def _run_child(args: Sequence[str], timeout: float,
               extra_env: dict[str, str] | None = None) -> dict[str, Any] | None:
    """Run this script as a child; its result, or ``None`` when it timed out."""
    env = {**os.environ, **ONE_THREAD, **(extra_env or {})}
    env = {key: value for key, value in env.items() if value != ""}
    try:
        done = subprocess.run([sys.executable, __file__, "--child", *args], env=env,
                              capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- the parent ---------------------------------------------------------------------------


def _throughput(articles: list[str], runs: int) -> dict[str, list[float]]:
    import syriadiplo

    _warm_up()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in articles:
            syriadiplo.extract(text)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {"wall": walls, "cpu": cpus}


def _rates(seconds: list[float], amount: int) -> tuple[float, float, float]:
    """Median, min and max of ``amount`` per second over the runs."""
    rates = [amount / s for s in seconds]
    return statistics.median(rates), min(rates), max(rates)


def _fmt_rate(triple: tuple[float, float, float], unit: str, scale: float = 1.0) -> str:
    median, low, high = (x / scale for x in triple)
    return f"{median:,.1f} {unit}  (min {low:,.1f}, max {high:,.1f})"


def _machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=HERE,
                                capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {"cpu": model, "nproc": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load": load, "commit": commit or "?"}


def _scaling(families: list[str], sizes: list[int], timeout: float) -> dict[str, list[Any]]:
    """µs per character by family and size; ``None`` for a case stopped or not tried."""
    table: dict[str, list[Any]] = {}
    for family in families:
        row: list[Any] = []
        previous: tuple[int, float] | None = None
        for size in sizes:
            if previous is not None and previous[1] * size / previous[0] > timeout:
                row.append({"skipped": "skip"})
                continue
            result = _run_child(["scale", family, str(size)], timeout)
            if result is None:
                row.append({"skipped": "timeout"})
                print(f"  {family:<13} {size:>10,} chars  stopped after {timeout:.0f} s",
                      flush=True)
                previous = (size, float("inf"))
                continue
            row.append(result)
            previous = (size, result["seconds"])
            print(f"  {family:<13} {size:>10,} chars  {result['seconds']:8.3f} s "
                  f"{1e6 * result['seconds'] / size:8.2f} µs/char  peak RSS "
                  f"{result['maxrss_mb']:6.1f} MB", flush=True)
        table[family] = row
    return table


def _print_scaling(table: dict[str, list[Any]], sizes: list[int]) -> None:
    def label(size: int) -> str:
        return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"

    head = (f"{'text':<14}" + "".join(f"{label(s):>12}" for s in sizes) + f"{'growth':>10}"
            + f"{'peak RSS':>12}")
    print(head)
    print("-" * len(head))
    for family, row in table.items():
        cells, per_char = [], []
        for cell in row:
            if "skipped" in cell:
                cells.append(f"{cell['skipped']:>12}")
                continue
            value = 1e6 * cell["seconds"] / cell["chars"]
            per_char.append(value)
            mark = "*" if cell["warnings"] else " "
            cells.append(f"{value:>11.2f}{mark}")
        growth = f"{per_char[-1] / per_char[0]:>9.1f}x" if len(per_char) > 1 else f"{'':>10}"
        done = [cell for cell in row if "skipped" not in cell]
        rss = f"{done[-1]['maxrss_mb']:>9.0f} MB" if done else f"{'':>12}"
        print(f"{family:<14}" + "".join(cells) + growth + rss)
    print("µs of CPU per character (best of repeated calls, fresh process per case); "
          "growth: last / first;\npeak RSS: the process that timed the largest text; "
          "timeout: stopped at --timeout; skip: not run, as linear growth from the size\n"
          "before would pass --timeout; * the article carries warnings")


def _corpus_figures(args: argparse.Namespace, corpus: Any, report: dict[str, Any]) -> None:
    """Throughput, start-up, memory and spaCy over the corpus, printed and put in ``report``."""
    built = time.perf_counter()
    articles = corpus.build_corpus(int(args.size_mb * 1_000_000))
    chars = sum(map(len, articles))
    utf8 = sum(len(a.encode("utf-8")) for a in articles)
    own = len(corpus.own_dispatches())
    print(f"corpus: {len(articles):,} articles ({own} from tests/dispatches), {chars:,} "
          f"characters, {utf8 / 1e6:.2f} MB UTF-8, built in {time.perf_counter() - built:.1f} s")
    report["corpus"] = {"articles": len(articles), "chars": chars, "utf8_bytes": utf8,
                        "own_dispatches": own}

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False,
                                     encoding="utf-8") as handle:
        json.dump(articles, handle, ensure_ascii=False)
        corpus_file = handle.name
    try:
        print(f"\n== extract() over the corpus, {args.runs} runs, one process")
        times = _throughput(articles, args.runs)
        report["throughput"] = times
        ours_cpu = _rates(times["cpu"], chars)
        print("chars/s (CPU)    " + _fmt_rate(ours_cpu, "k", 1000))
        print("chars/s (wall)   " + _fmt_rate(_rates(times["wall"], chars), "k", 1000))
        print("articles/s (CPU) " + _fmt_rate(_rates(times["cpu"], len(articles)), ""))
        print(f"mean article: {chars / len(articles):,.0f} chars, "
              f"{1000 * statistics.median(times['cpu']) / len(articles):.2f} ms CPU")

        print("\n== start-up (fresh process, bytecode cached as after pip install, median of 5)")
        with tempfile.TemporaryDirectory() as pycache:
            # pip writes .pyc files at install time; PYTHONDONTWRITEBYTECODE (set on some
            # machines) would make every run compile the sources again, which users never pay.
            cached = {"PYTHONPYCACHEPREFIX": pycache, "PYTHONDONTWRITEBYTECODE": ""}
            _run_child(["startup"], 120, cached)  # writes the bytecode
            starts = [_run_child(["startup"], 120, cached) for _ in range(5)]
            # the memory children read the same bytecode: compiling the sources would add
            # its own peak (about 7 MB) that an installed copy never pays
            rss = _run_child(["memory", corpus_file, "rss"], 600, cached)
            traced = _run_child(["memory", corpus_file, "trace"], 1200, cached)
        report["startup"] = starts
        for key in ("import", "first_extract", "warm_extract"):
            print(f"{key:<16} {1000 * statistics.median(s[key] for s in starts if s):8.1f} ms")
        total = statistics.median(s["import"] + s["first_extract"] for s in starts if s)
        print(f"{'import + first':<16} {1000 * total:8.1f} ms  (target < 300 ms)")

        print("\n== memory over the corpus (fresh process, bytecode cached as after pip install)")
        report["memory"] = {"rss": rss, "traced": traced}
        assert rss is not None
        assert traced is not None
        print(f"peak RSS           {rss['maxrss_mb']:7.1f} MB  (target < 60 MB; the interpreter "
              f"and the corpus alone: {rss['maxrss_before_import_mb']:.1f} MB)")
        print(f"traced peak        {traced['traced_peak_mb']:7.1f} MB  (Python allocations from "
              "the import on: lexicons, rules, working memory)")

        if args.spacy and not all(importlib.util.find_spec(name)
                                  for name in ("spacy", "fr_core_news_sm")):
            print("\n== spaCy: not installed; pip install -e '.[bench]' to compare")
        elif args.spacy:
            print(f"\n== spaCy fr_core_news_sm over the same corpus, {args.spacy_runs} run(s)")
            spacy_result = _run_child(["spacy", corpus_file, str(args.spacy_runs)], 3600)
            assert spacy_result is not None
            report["spacy"] = spacy_result
            theirs = _rates(spacy_result["cpu"], chars)
            print(f"spaCy {spacy_result['version']}: {', '.join(spacy_result['pipeline'])}")
            print("chars/s (CPU)    " + _fmt_rate(theirs, "k", 1000))
            print("chars/s (wall)   " + _fmt_rate(_rates(spacy_result["wall"], chars), "k", 1000))
            print(f"load             {spacy_result['load']:8.2f} s")
            print(f"peak RSS         {spacy_result['maxrss_mb']:8.1f} MB")
            ratio = ours_cpu[0] / theirs[0]
            report["ratio"] = ratio
            print(f"ratio extract()/spaCy (median CPU chars/s): {ratio:.1f}x  (target 50x)")
    finally:
        os.unlink(corpus_file)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size-mb", type=float, default=2.0, help="corpus size (default 2)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs over the corpus")
    parser.add_argument("--spacy", action="store_true", help="also time fr_core_news_sm")
    parser.add_argument("--spacy-runs", type=int, default=1, help="spaCy runs (default 1)")
    parser.add_argument("--max-size", type=float, default=1.0,
                        help="largest scaling text in MB: 0.01, 0.1, 1 or 10 (default 1)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds before a scaling case is stopped (default 120)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling table")
    parser.add_argument("--only", help="comma-separated scaling texts to run (default: all)")
    parser.add_argument("--scaling-only", action="store_true",
                        help="skip throughput, start-up, memory and spaCy")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        name, *rest = args.child
        if name == "memory":
            result = child_memory(rest[0], trace=rest[1] == "trace")
        elif name == "scale":
            result = child_scale(rest[0], int(rest[1]))
        elif name == "spacy":
            result = child_spacy(rest[0], int(rest[1]))
        else:
            result = child_startup()
        print(json.dumps(result))
        return 0

    sys.path.insert(0, str(HERE))
    import corpus

    report: dict[str, Any] = {"machine": _machine()}
    machine = report["machine"]
    print(f"machine: {machine['cpu']}, {machine['nproc']} CPUs, Python {machine['python']}, "
          f"load average {machine['load']}, commit {machine['commit']}")

    if not args.scaling_only:
        _corpus_figures(args, corpus, report)

    if not args.no_scaling:
        sizes = [s for s in SIZES if s <= args.max_size * 1_000_000 + 1]
        families = ["dispatches", *corpus.ADVERSARIAL]
        if args.only:
            families = [f for f in families if f in args.only.split(",")]
        print(f"\n== scaling: one text per case, fresh process, timeout {args.timeout:.0f} s")
        table = _scaling(families, sizes, args.timeout)
        report["scaling"] = table
        print()
        _print_scaling(table, sizes)

    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
