"""Actor mentions: names of people, organisations, states and their metonyms, and role phrases.

The layer is computed once per article (:func:`actor_mentions`) and read by the
statement, casualty and meeting extractors. Each mention carries the actor it
resolves to within the article (``le porte-parole`` → the spokesman named
earlier; ``Moscou`` → Russia; ``son homologue russe`` → the named counterpart
or the lexicon's holder of that office on the article date).

Offsets are those of the normalised text (``layers.norm.text``); map them with
``norm.span(start, end)`` when building records.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs

from syriadiplo._lexicon import actor_lexicon, fold
from syriadiplo._records import Actor, Span
from syriadiplo._text import NormalizedText

__all__ = ["ActorMention", "actor_mentions"]


@attrs.frozen
class ActorMention:
    """One place where the text names (or designates) an actor."""

    start: int
    """Start offset in the normalised text."""
    end: int
    """End offset in the normalised text."""
    actor: Actor | None
    """The actor it resolves to in this article, or ``None`` if it could not be resolved."""
    form: str
    """How the actor is named: ``name`` (a person's full name), ``surname``, ``lexicon``
    (an organisation, state, capital or seat of government from the lexicon),
    ``organization`` (an organisation found by its shape), ``role`` (a role phrase:
    ``le porte-parole``, ``son homologue russe``)."""
    gender: str | None = None
    """``"m"``, ``"f"`` or ``None`` when unknown (people only)."""


def actor_mentions(
    norm: NormalizedText, sentences: Sequence[Span], date: datetime.date | None
) -> tuple[ActorMention, ...]:
    """Every actor mention of the text, in text order, resolved within the article."""
    del sentences, date  # the name, role and apposition rules arrive next
    return _lexicon_mentions(norm)


def _lexicon_mentions(norm: NormalizedText) -> tuple[ActorMention, ...]:
    """Surface forms of the lexicon, longest first at each word."""
    import re

    lex = actor_lexicon()
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", norm.text)]
    found: list[ActorMention] = []
    i = 0
    while i < len(words):
        hit = None
        for size in range(min(lex.longest, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + size - 1][1]
            entry_id = lex.surfaces.get(fold(norm.text[start:end]))
            if entry_id is not None and norm.text[start].isupper():
                hit = (size, start, end, entry_id)
                break
        if hit is None:
            i += 1
            continue
        size, start, end, entry_id = hit
        entry = lex.entries[entry_id]
        found.append(ActorMention(start, end, entry.actor, "lexicon", entry.gender))
        i += size
    return tuple(found)
