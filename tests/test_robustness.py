"""``extract()`` on anything: it returns an article whose every record indexes the input exactly.

Two kinds of input: arbitrary text (every Unicode category, lone surrogates,
NUL, latin-1-decoded bytes) and dispatch-like text assembled from the
package's lexicons, roughed up the way scraped pages are
(``dispatch_strategies``). The same checks serve the fuzz target
(``tests/fuzz_extract.py``). No test here is timed: speed is measured by
``benchmarks/bench.py``.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatch_strategies import arbitrary_texts, dispatch_like_texts
from syriadiplo import Article, Span, extract

DAY = datetime.date(2016, 9, 30)
DATES = st.one_of(st.none(), st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)))
ANY_TEXT = st.one_of(arbitrary_texts(), dispatch_like_texts())
# Enough examples to meet every template and mark; the file stays well under a minute.
# ROBUSTNESS_EXAMPLES=5000 explores further (CONTRIBUTING.md).
EXAMPLES_PER_PROPERTY = int(os.environ.get("ROBUSTNESS_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES_PER_PROPERTY, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _spans(node: object, path: str = "article") -> Iterator[tuple[str, dict[str, Any] | None,
                                                                list[int]]]:
    """Every ``(where, object, [start, end])`` in a document: ``span`` keys and meeting mentions."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "span":
                yield path, node, value
            elif key == "mentions" and isinstance(value, list):
                for i, pair in enumerate(value):
                    yield f"{path}.mentions[{i}]", None, pair
            else:
                yield from _spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _spans(item, f"{path}[{i}]")


def check_article(text: str, article: Article) -> None:
    """Assert everything the contract promises of ``extract(text)``'s result.

    Every span lies in the text and every quoted ``text`` is ``text[start:end]``;
    quotes lie inside their statement, counts inside their claim; ``part_of``
    points to an earlier claim; the JSON round trip gives the same article.
    """
    assert text == article.text
    doc = article.to_dict()
    for where, node, (start, end) in _spans(doc):
        assert 0 <= start <= end <= len(text), f"{where}: {[start, end]} outside {len(text)}"
        if node is not None and "text" in node:
            assert text[start:end] == node["text"], where
    for statement in article.statements:
        assert bool(statement.quotes) == (str(statement.kind) != "indirect")
        for quote in statement.quotes:
            assert statement.span.contains(quote.span)
    for i, claim in enumerate(article.casualty_claims):
        assert claim.span.contains(claim.count.span)
        assert claim.part_of is None or 0 <= claim.part_of < i
    assert article == Article.from_dict(json.loads(json.dumps(doc)))


# -- properties ------------------------------------------------------------------------------


@SETTINGS
@given(text=ANY_TEXT, date=DATES)
def test_any_text_gives_a_consistent_article(text: str, date: datetime.date | None) -> None:
    """On any str, extract() returns an article whose records index the input exactly."""
    check_article(text, extract(text, date=date))


@SETTINGS
@given(text=dispatch_like_texts(rough=False), date=DATES)
def test_every_step_runs_on_dispatch_like_text(text: str, date: datetime.date | None) -> None:
    """On lexicon-built dispatches no step fails: strict mode raises nothing."""
    check_article(text, extract(text, date=date, strict=True))


@SETTINGS
@given(text=ANY_TEXT)
def test_extract_is_deterministic(text: str) -> None:
    """The same text and date give the same article, call after call."""
    assert extract(text, date=DAY) == extract(text, date=DAY)


@settings(max_examples=60, deadline=None)
@given(text=dispatch_like_texts(rough=False))
def test_prefix_of_a_dispatch_is_read_too(text: str) -> None:
    """Every cut of a dispatch, mid-word included, gives a consistent article."""
    for cut in sorted({0, 1, len(text) // 3, len(text) // 2, len(text) - 1}):
        if 0 <= cut <= len(text):
            check_article(text[:cut], extract(text[:cut], date=DAY))


# -- examples ---------------------------------------------------------------------------------

# Written for these tests: a short dispatch whose paragraphs are repeated below.
PARAGRAPH = ("Au moins 14 civils ont été tués lundi à Alep dans des frappes aériennes, selon "
             "l'OSDH. « Nous ne partirons pas », a déclaré un habitant, Karim Haddad. "
             "Sergueï Lavrov s'est entretenu par téléphone avec John Kerry.")

EXAMPLES = {
    "empty": "",
    "whitespace": " \t\n\r\n\u00a0\u202f\u2028 ",
    "a megabyte of «": "«" * 1_000_000,
    "guillemets and spaces": "« " * 50_000,
    "repeated paragraphs": "\n\n".join([PARAGRAPH] * 200),
    "repeated without breaks": " ".join([PARAGRAPH] * 50),
    "cut mid-word": PARAGRAPH[: PARAGRAPH.index("frappes") + 4],
    "cut inside a quote": PARAGRAPH[: PARAGRAPH.index("partirons") + 3],
    "NUL bytes": PARAGRAPH.replace(" ", "\x00"),
    "CRLF": PARAGRAPH.replace(". ", ".\r\n"),
    "markup": f"<html><body><p>{PARAGRAPH}</p><script>var x = '«';</script></body></html>",
    "lone surrogates": f"\ud800{PARAGRAPH}\udfff",
}


@pytest.mark.parametrize("text", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_odd_text_gives_a_consistent_article(text: str) -> None:
    """Empty, huge, repeated, cut or dirty text: an article, never an exception."""
    check_article(text, extract(text, date=DAY))


def test_repeated_paragraphs_repeat_the_records() -> None:
    """A paragraph printed twice gives its records twice, at both places."""
    once = extract(PARAGRAPH, date=DAY)
    twice = extract(PARAGRAPH + "\n\n" + PARAGRAPH, date=DAY)

    assert 2 * len(once.casualty_claims) == len(twice.casualty_claims)
    assert 2 * len(once.statements) == len(twice.statements)


def test_a_cut_quote_does_not_swallow_the_text() -> None:
    """An opening « never closed does not turn the rest of the text into a quote."""
    text = "« Nous ne partirons pas, a dit Karim Haddad.\n" + PARAGRAPH
    article = extract(text, date=DAY)

    assert all(q.span.end <= text.index("\n") for s in article.statements for q in s.quotes
               if q.span.start < text.index("\n"))


@pytest.mark.parametrize("value", [None, b"bytes", bytearray(b"x"), 12, 1.5, ["liste"],
                                   Span(0, 1)], ids=lambda v: type(v).__name__)
def test_non_str_raises_type_error_naming_the_type(value: object) -> None:
    """Anything but a str is refused with a TypeError that names its type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        extract(value)  # type: ignore[arg-type]


def test_str_subclass_is_read_as_text() -> None:
    """A str subclass is a str: it is read, and offsets index it."""

    class Page(str):
        """A str with a type of its own, as some scrapers return."""

    text = Page(PARAGRAPH)
    check_article(text, extract(text, date=DAY))
