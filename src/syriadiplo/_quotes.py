"""Quotation segments: the text between quotation marks, marks excluded.

French wire copy quotes with ``« »`` (with or without no-break spaces), ``“ ”``
and straight ``" "``; ``‹ ›`` and quotes of another kind nest inside them. A
quotation that runs over several paragraphs reopens each paragraph with
``«`` and closes once, in the last one.

Marks are paired paragraph by paragraph, so an unbalanced mark can never
swallow the rest of the article: a quotation still open when its paragraph
ends (and not continued by the next one) gives no segment at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from syriadiplo._records import Span

__all__ = ["QuoteSegment", "quote_segments"]

_MARK = re.compile(r"[«»“”‹›\"]")
# The pairs that open a quotation at the top level.
_CLOSER = {"«": "»", "“": "”", '"': '"', "‹": "›"}
# Characters after which a straight quote opens rather than closes.
_BEFORE_OPENING = frozenset(" \n([{-–—/:;,'’")
_LONGEST = 6000
"""Longest quotation kept, in characters: a pair of marks further apart than this
is taken for two stray marks."""


@attrs.frozen
class QuoteSegment:
    """One quotation: its content and the marks around it, in normalised offsets."""

    start: int
    """Start of the content (after the opening mark and any space)."""
    end: int
    """End of the content (before any space and the closing mark)."""
    open: int
    """Offset of the opening mark."""
    close: int
    """Offset just past the closing mark."""
    mark: str
    """The opening mark."""


def quote_segments(text: str, paragraphs: Sequence[Span]) -> tuple[QuoteSegment, ...]:
    """Every quotation of ``text`` (normalised), paired within paragraphs.

    >>> text = "Il a dit « non » et “oui”, puis «peut-être"
    >>> [text[q.start:q.end] for q in quote_segments(text, [Span(0, len(text))])]
    ['non', 'oui']
    """
    found: list[QuoteSegment] = []
    carried: tuple[int, str] | None = None  # a quotation continued from the paragraph before
    for index, paragraph in enumerate(paragraphs):
        opened = carried
        carried = None
        for match in _MARK.finditer(text, paragraph.start, paragraph.end):
            mark, at = match.group(), match.start()
            if opened is None:
                if mark in _CLOSER and (mark != '"' or _opens(text, at, paragraph)):
                    opened = (at, mark)
                continue
            start, opener = opened
            if at == paragraph.start and opener == "«" and mark == "«" and start < at:
                continue  # the « that reopens a continued quotation
            if mark == _CLOSER[opener] and (mark != '"' or not _opens(text, at, paragraph)):
                if at - start <= _LONGEST:
                    segment = _segment(text, start, at)
                    if segment is not None:
                        found.append(segment)
                opened = None
            elif mark == opener and mark != '"':
                opened = (at, mark)  # the earlier opener was never closed: start again here
        if opened is not None and opened[1] == "«" and index + 1 < len(paragraphs):
            following = paragraphs[index + 1]
            if text[following.start : following.start + 1] == "«":
                carried = opened
    return tuple(found)


def _opens(text: str, at: int, paragraph: Span) -> bool:
    """Whether a straight quote at ``at`` opens: after a space or bracket, before a word."""
    before = text[at - 1] if at > paragraph.start else " "
    after = text[at + 1] if at + 1 < paragraph.end else " "
    return before in _BEFORE_OPENING and not after.isspace()


def _segment(text: str, open_at: int, close_at: int) -> QuoteSegment | None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return QuoteSegment(start, end, open_at, close_at + 1, text[open_at])
