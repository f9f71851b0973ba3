"""Text normalisation for matching, with an offset map back to the caller's text.

Rules match a normalised copy of the article (NFC, one apostrophe, one space,
``\\n`` line ends, no soft hyphens, HTML entities and tags resolved). Every
record is reported in the caller's own offsets: :meth:`NormalizedText.span`
maps a normalised range back, and :meth:`NormalizedText.mention` cuts the
original characters, so ``text[s:e]`` always equals what a record quotes.

Most changes keep one character for one (apostrophes, spaces, dashes), so the
map only stores the few edits that change the length.

>>> norm = normalize("l\u2019OSDH a fait&nbsp;état de\u00a0plus de 3\u202f800\u00a0morts")
>>> norm.text
"l'OSDH a fait état de plus de 3 800 morts"
>>> start = norm.text.index("3 800")
>>> norm.mention(start, start + 5).text
'3\u202f800'
"""

from __future__ import annotations

import html
import unicodedata
from bisect import bisect_left, bisect_right

import attrs
import regex

from syriadiplo._records import Mention, Span

__all__ = ["NormalizedText", "normalize"]

# One character for one: offsets do not move.
_SAME_LENGTH = str.maketrans(
    {
        # apostrophes and primes used as apostrophes
        **dict.fromkeys("\u2019\u02bc\u00b4\u0060\u2032\u02b9\u201b", "'"),
        # every space of French typography, and tabs, are one plain space
        **dict.fromkeys("\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008"
                        "\u200a\u205f\u3000\u2000\u2001\t", " "),
        # line and paragraph separators are line feeds
        **dict.fromkeys("\r\u2028\u2029\x85\x0b\x0c", "\n"),
        # hyphens that are not punctuation dashes
        **dict.fromkeys("\u2010\u2011", "-"),
        # low and reversed double quotes open like “; double primes are straight quotes
        **dict.fromkeys("\u201e\u201f", "\u201c"),
        **dict.fromkeys("\u2033\uff02", '"'),
        # other C0 controls, NUL included, become spaces
        **dict.fromkeys([chr(c) for c in range(32) if c not in (10, 11, 12, 13)], " "),
        "\x7f": " ",
    }
)

_VANISHING = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen and zero-width characters: dropped, whether typed or written as entities."""
_DROPPED = str.maketrans(dict.fromkeys(_VANISHING))

# Edits that change the length; each alternative is bounded, so the scan is linear.
_EDITS = r"""
    (?P<crlf>\r\n)                                              # Windows line end
  | (?P<drop>[""" + regex.escape(_VANISHING) + r"""])          # soft hyphen, zero widths
  | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<block></?(?:br|p|div|li|tr|h[1-6])\b[^<>]{0,500}>)    # block tags end a line
  | (?P<tag></?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?/?>) # inline tags
"""
_EDIT = regex.compile(_EDITS, regex.VERBOSE | regex.IGNORECASE)
# The same, with combining sequences recomposed: used only when the text is not NFC.
_EDIT_NFC = regex.compile(
    _EDITS + r"  | (?P<marks>\P{M}?\p{M}{1,64})", regex.VERBOSE | regex.IGNORECASE
)


def _replacement(match: regex.Match[str]) -> str:
    group = match.lastgroup
    found = match.group()
    if group == "crlf" or group == "block":
        return "\n"
    if group == "drop":
        return ""
    if group == "tag":
        return " "
    if group == "entity":
        return html.unescape(found).translate(_DROPPED)  # `&shy;` vanishes like U+00AD
    return unicodedata.normalize("NFC", found)


@attrs.frozen
class NormalizedText:
    """A normalised copy of a text and the edits that map it back to the original."""

    original: str
    """The caller's text."""
    text: str
    """The normalised copy that rules match."""
    lower: str = attrs.field(default=attrs.Factory(lambda self: _lower(self.text), takes_self=True))
    """``text`` in lower case, character for character (same length, same offsets)."""
    norm_starts: tuple[int, ...] = ()
    """Start of each length-changing edit in ``text``."""
    norm_ends: tuple[int, ...] = ()
    """End of each edit in ``text``."""
    orig_starts: tuple[int, ...] = ()
    """Start of each edit in ``original``."""
    orig_ends: tuple[int, ...] = ()
    """End of each edit in ``original``."""

    def start(self, offset: int) -> int:
        """Map a start offset of ``text`` to ``original``."""
        k = bisect_right(self.norm_starts, offset) - 1
        if k < 0:
            return offset
        if offset < self.norm_ends[k]:
            return self.orig_starts[k]
        return self.orig_ends[k] + offset - self.norm_ends[k]

    def end(self, offset: int) -> int:
        """Map an end offset of ``text`` to ``original``."""
        k = bisect_left(self.norm_starts, offset) - 1
        if k < 0:
            return offset
        if offset <= self.norm_ends[k]:
            return self.orig_ends[k]
        return self.orig_ends[k] + offset - self.norm_ends[k]

    def to_text(self, offset: int) -> int:
        """Map an offset of ``original`` to ``text`` (the inverse of :meth:`start`)."""
        k = bisect_right(self.orig_starts, offset) - 1
        if k < 0:
            return offset
        if offset < self.orig_ends[k]:
            return self.norm_starts[k]
        return self.norm_ends[k] + offset - self.orig_ends[k]

    def span(self, start: int, end: int) -> Span:
        """Map the range ``[start, end)`` of ``text`` to a span of ``original``."""
        s = self.start(start)
        if end <= start:
            return Span(s, s)
        return Span(s, max(s, self.end(end)))

    def mention(self, start: int, end: int) -> Mention:
        """The original characters behind ``text[start:end]``, with their span."""
        span = self.span(start, end)
        return Mention(span.slice(self.original), span)


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and keep the way back to its offsets.

    >>> normalize("Il a dit\\r\\n«\u00a0non\u00a0»").text
    'Il a dit\\n« non »'
    """
    pattern = _EDIT if unicodedata.is_normalized("NFC", text) else _EDIT_NFC
    pieces: list[str] = []
    n_starts: list[int] = []
    n_ends: list[int] = []
    o_starts: list[int] = []
    o_ends: list[int] = []
    last = 0
    size = 0
    for match in pattern.finditer(text):
        found = match.group()
        new = _replacement(match)
        if new == found:
            continue
        start, end = match.span()
        pieces.append(text[last:start])
        size += start - last
        n_starts.append(size)
        o_starts.append(start)
        pieces.append(new)
        size += len(new)
        n_ends.append(size)
        o_ends.append(end)
        last = end
    if not n_starts:
        normalised = text.translate(_SAME_LENGTH)
        return NormalizedText(text, normalised, _lower(normalised))
    pieces.append(text[last:])
    normalised = "".join(pieces).translate(_SAME_LENGTH)
    return NormalizedText(
        text,
        normalised,
        _lower(normalised),
        tuple(n_starts),
        tuple(n_ends),
        tuple(o_starts),
        tuple(o_ends),
    )


def _lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (``İ`` would grow: it stays)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
