"""syriadiplo: typed, verifiable records from French news dispatches about war and diplomacy.

>>> import datetime, syriadiplo
>>> article = syriadiplo.extract("Lundi, 12 civils ont été tués.", date=datetime.date(2016, 7, 25))
>>> [(q.text, q.value) for q in article.quantities]
[('12', 12)]
>>> [(d.text, d.range.day.isoformat()) for d in article.dates]
[('Lundi', '2016-07-25')]
"""

from __future__ import annotations

from syriadiplo._dates import find_dates, resolve_date
from syriadiplo._kinds import (
    ActorKind,
    CasualtyKind,
    DateKind,
    MeetingMode,
    MeetingStatus,
    Qualifier,
    QuantityKind,
    StatementKind,
    Victims,
)
from syriadiplo._pipeline import extract
from syriadiplo._quantities import find_quantities, parse_quantity
from syriadiplo._records import (
    SCHEMA,
    Actor,
    Article,
    CasualtyClaim,
    DateMention,
    DateRange,
    Meeting,
    Mention,
    Quantity,
    Span,
    Statement,
)
from syriadiplo._tables import records


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata on first use (keeps import fast)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("syriadiplo")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    raise AttributeError(f"module 'syriadiplo' has no attribute {name!r}")

__all__ = [
    "SCHEMA",
    "Actor",
    "ActorKind",
    "Article",
    "CasualtyClaim",
    "CasualtyKind",
    "DateKind",
    "DateMention",
    "DateRange",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "Mention",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "Span",
    "Statement",
    "StatementKind",
    "Victims",
    "__version__",
    "extract",
    "find_dates",
    "find_quantities",
    "parse_quantity",
    "records",
    "resolve_date",
]
