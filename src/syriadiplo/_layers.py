"""The layers computed about one text, each built once and read by every later step."""

from __future__ import annotations

import datetime

import attrs

from syriadiplo._actors import ActorMention
from syriadiplo._cues import Cue
from syriadiplo._quotes import QuoteSegment
from syriadiplo._records import CasualtyClaim, DateMention, Meeting, Quantity, Span, Statement
from syriadiplo._text import NormalizedText

__all__ = ["Layers"]


@attrs.frozen
class Layers:
    """Everything computed about one text, each layer built once from the ones before it.

    Mention layers of the normalised text (sentences, actors, quotation
    segments, cues) use offsets of ``norm.text``; records (quantities, dates,
    statements, claims, meetings) use offsets of the caller's text. Map between
    them with ``norm.span(start, end)`` and ``norm.to_text(offset)``.
    """

    norm: NormalizedText
    """The normalised text and its map back to the caller's offsets."""
    date: datetime.date | None
    """The article date that anchors relative dates."""
    paragraphs: tuple[Span, ...] = ()
    """Paragraphs, as spans of ``norm.text``."""
    sentences: tuple[Span, ...] = ()
    """Sentences, as spans of ``norm.text`` (never across a paragraph)."""
    quantities: tuple[Quantity, ...] = ()
    """Quantity mentions, spans in the caller's text."""
    dates: tuple[DateMention, ...] = ()
    """Date mentions, spans in the caller's text, resolved against ``date``."""
    actors: tuple[ActorMention, ...] = ()
    """Actor mentions, offsets of ``norm.text``, resolved within the article."""
    quotes: tuple[QuoteSegment, ...] = ()
    """Quotation segments, offsets of ``norm.text``, paired within paragraphs."""
    cues: tuple[Cue, ...] = ()
    """Speech and stance cues, offsets of ``norm.text``."""
    statements: tuple[Statement, ...] = ()
    """Statements (records, caller's offsets)."""
    casualty_claims: tuple[CasualtyClaim, ...] = ()
    """Casualty claims (records, caller's offsets)."""
    meetings: tuple[Meeting, ...] = ()
    """Meetings (records, caller's offsets)."""
    notes: tuple[str, ...] = ()
    """What steps report about the input (a rule cut short by its time guard); they become
    :attr:`Article.warnings`."""
