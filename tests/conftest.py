"""Test-session plumbing: print the conformance pass rates at the end of every run."""

from __future__ import annotations

from collections import Counter

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After the run, print how many cases of each conformance test passed."""
    counts: dict[str, Counter[str]] = {}
    for outcome in ("passed", "failed", "xfailed", "xpassed"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if "conformance" not in nodeid or "[" not in nodeid:
                continue
            if getattr(report, "when", "call") not in {"call", "setup"}:
                continue
            test = nodeid.split("[", 1)[0]
            counts.setdefault(test, Counter())[outcome] += 1
    if not counts:
        return
    terminalreporter.section("conformance pass rates")
    for test, seen in sorted(counts.items()):
        total = sum(seen.values())
        terminalreporter.write_line(
            f"{test}: {seen['passed']}/{total} pass, {seen['xfailed']} marked unsupported"
        )
