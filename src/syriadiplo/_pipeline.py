"""The one place that orders the extraction steps.

Layers are computed once and read by every later step:

1. ``normalize``: the normalised text and its offset map (:mod:`syriadiplo._text`);
2. ``sentences``: paragraphs and sentences of the normalised text;
3. mentions: ``quantities``, ``dates``, ``actors`` (resolved within the article),
   quotation segments (``quotes``) and speech ``cues``;
4. extractors: ``statements`` (attribution sieves), ``casualties`` (which read the
   statements for their sources) and ``meetings``.

A step that fails on some odd input does not take the article down: its layer
stays empty and :attr:`Article.warnings` says which step stopped and why. Pass
``strict=True`` to get the exception instead (the test suite does).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import attrs

from syriadiplo._actors import actor_mentions
from syriadiplo._casualties import casualty_claims
from syriadiplo._cues import cues_in
from syriadiplo._dates import date_layer
from syriadiplo._layers import Layers
from syriadiplo._meetings import meetings_in
from syriadiplo._quantities import quantities_in
from syriadiplo._quotes import quote_segments
from syriadiplo._records import Article, CasualtyClaim
from syriadiplo._sentences import paragraphs, sentences
from syriadiplo._statements import statements_in
from syriadiplo._text import normalize

__all__ = ["Layers", "extract", "layers_of"]


def _paragraphs(layers: Layers) -> dict[str, Any]:
    return {"paragraphs": paragraphs(layers.norm.text)}


def _sentences(layers: Layers) -> dict[str, Any]:
    return {"sentences": sentences(layers.norm.text)}


def _quantities(layers: Layers) -> dict[str, Any]:
    return {"quantities": quantities_in(layers.norm)}


def _dates(layers: Layers) -> dict[str, Any]:
    found, cut = date_layer(layers.norm, layers.date)
    notes = tuple(f"dates: rule {name!r} cut short by its time guard" for name in cut)
    return {"dates": found, "notes": layers.notes + notes}


def _actors(layers: Layers) -> dict[str, Any]:
    stops = frozenset(cue.start for cue in layers.cues)
    return {"actors": actor_mentions(layers.norm, layers.sentences, layers.date, stops)}


def _quotes(layers: Layers) -> dict[str, Any]:
    return {"quotes": quote_segments(layers.norm.text, layers.paragraphs)}


def _cues(layers: Layers) -> dict[str, Any]:
    return {"cues": cues_in(layers.norm)}


def _statements(layers: Layers) -> dict[str, Any]:
    found = statements_in(
        layers.norm, layers.sentences, layers.paragraphs, layers.quotes, layers.cues, layers.actors
    )
    return {"statements": found}


def _casualties(layers: Layers) -> dict[str, Any]:
    return {"casualty_claims": casualty_claims(layers)}


def _meetings(layers: Layers) -> dict[str, Any]:
    return {"meetings": meetings_in(layers)}


STEPS: tuple[tuple[str, Callable[[Layers], dict[str, Any]]], ...] = (
    ("paragraphs", _paragraphs),
    ("sentences", _sentences),
    ("quantities", _quantities),
    ("dates", _dates),
    ("quotes", _quotes),
    ("cues", _cues),
    ("actors", _actors),
    ("statements", _statements),
    ("casualties", _casualties),
    ("meetings", _meetings),
)
"""The steps after normalisation, in order; each returns the layers it adds."""


def _article_date(date: object) -> datetime.date | None:
    if date is None:
        return None
    if isinstance(date, datetime.datetime):
        return date.date()
    if isinstance(date, datetime.date):
        return date
    raise TypeError(f"extract() takes date as a datetime.date or None, not {type(date).__name__}")


def extract(text: str, *, date: datetime.date | None = None, strict: bool = False) -> Article:
    """Read one French dispatch and return everything found in it, as an :class:`Article`.

    ``date`` is the publication date: it anchors relative dates (``lundi``,
    ``hier``); without it they stay unresolved. Never raises on a ``str``: a
    step that fails leaves its records out and adds a line to ``warnings``
    (``strict=True`` raises instead). Non-``str`` input raises :class:`TypeError`.

    >>> import datetime
    >>> article = extract("Hier, plus de 3 800 civils.", date=datetime.date(2016, 9, 30))
    >>> [(q.text, q.value) for q in article.quantities]
    [('plus de 3 800', 3800)]
    >>> [(d.text, str(d.range.day)) for d in article.dates]
    [('Hier', '2016-09-29')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    day = _article_date(date)
    warnings: list[str] = []
    try:
        layers = _layers(text, day, warnings, strict=strict)
    except Exception as error:  # the contract: never raise on a str
        if strict:
            raise
        return Article(text=text, date=day, warnings=(f"normalize: {_describe(error)}",))
    return _article(text, day, layers, warnings, strict=strict)


def _article(
    text: str, day: datetime.date | None, layers: Layers, warnings: list[str], *, strict: bool
) -> Article:
    """The article of ``layers``.

    A record that does not index ``text`` is left out and named in ``warnings``
    (``strict=True`` raises instead).
    """
    try:
        return Article(
            text=text,
            date=day,
            statements=layers.statements,
            casualty_claims=layers.casualty_claims,
            meetings=layers.meetings,
            quantities=layers.quantities,
            dates=layers.dates,
            warnings=tuple(warnings),
        )
    except ValueError:
        if strict:
            raise

    def kept(name: str, records: tuple[Any, ...]) -> tuple[Any, ...]:
        good = []
        for index, record in enumerate(records):
            alone = attrs.evolve(record, part_of=None) if name == "casualty_claims" else record
            try:
                Article(text, None, **{name: (alone,)})
            except ValueError as error:
                warnings.append(f"{name}[{index}] left out: {_describe(error)}")
            else:
                good.append(record)
        return tuple(good)

    claims = _renumbered(layers.casualty_claims, kept("casualty_claims", layers.casualty_claims))
    return Article(
        text=text,
        date=day,
        statements=kept("statements", layers.statements),
        casualty_claims=claims,
        meetings=kept("meetings", layers.meetings),
        quantities=kept("quantities", layers.quantities),
        dates=kept("dates", layers.dates),
        warnings=tuple(warnings),
    )


def _renumbered(
    claims: tuple[CasualtyClaim, ...], kept: tuple[CasualtyClaim, ...]
) -> tuple[CasualtyClaim, ...]:
    """``kept`` with each ``part_of`` pointing at its parent's new index (``None`` if dropped)."""
    index_of = {id(claim): i for i, claim in enumerate(kept)}
    out = []
    for i, claim in enumerate(kept):
        parent = None
        if claim.part_of is not None and claim.part_of < len(claims):
            parent = index_of.get(id(claims[claim.part_of]))
        if parent is not None and parent >= i:
            parent = None
        out.append(claim if parent == claim.part_of else attrs.evolve(claim, part_of=parent))
    return tuple(out)


def layers_of(text: str, date: datetime.date | None = None) -> Layers:
    """Run every step on ``text`` and return the layers (for tests and tools; raises on error)."""
    return _layers(text, date, [], strict=True)


def _layers(text: str, date: datetime.date | None, warnings: list[str], *, strict: bool) -> Layers:
    """Normalise ``text`` and run :data:`STEPS`; a failing step adds a line to ``warnings``."""
    layers = Layers(normalize(text), date)
    for name, step in STEPS:
        try:
            layers = attrs.evolve(layers, **step(layers))
        except Exception as error:  # one guard per step, by design
            if strict:
                raise
            warnings.append(f"{name}: {_describe(error)}")
    warnings.extend(layers.notes)
    return layers


def _describe(error: Exception) -> str:
    return f"step stopped by {type(error).__name__}: {error}"[:300]
