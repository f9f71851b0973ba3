"""Readers for ``from_dict``: each checks one JSON value and names its path on error.

Every reader raises :class:`ValueError` whose message starts with the path of
the bad field (``statements[2].cue.span: …``), so a caller who feeds a broken
document learns where it broke rather than getting a ``KeyError`` from deep
inside.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def obj(value: object, path: str) -> Mapping[str, Any]:
    """Return ``value`` as a JSON object, or fail naming ``path``."""
    if not isinstance(value, Mapping):
        raise ValueError(f"{path}: expected an object, got {type(value).__name__}")
    return value


def key(data: Mapping[str, Any], name: str, path: str) -> Any:
    """Return the required member ``name`` of ``data``."""
    if name not in data:
        raise ValueError(f"{path}.{name}: missing")
    return data[name]


def string(value: object, path: str) -> str:
    """Return ``value`` as a string."""
    if not isinstance(value, str):
        raise ValueError(f"{path}: expected a string, got {type(value).__name__}")
    return value


def opt_string(value: object, path: str) -> str | None:
    """Return ``value`` as a string or ``None``."""
    return None if value is None else string(value, path)


def integer(value: object, path: str) -> int:
    """Return ``value`` as an int (booleans are refused)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{path}: expected an integer, got {type(value).__name__}")
    return value


def number(value: object, path: str) -> int | float | None:
    """Return ``value`` as a finite int or float, or ``None``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{path}: expected a number or null, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{path}: expected a finite number, got {value!r}")
    return value


def enum(kind: type[E], value: object, path: str) -> E:
    """Return ``value`` as a member of the string enum ``kind``."""
    try:
        return kind(string(value, path))
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ValueError(f"{path}: expected one of {allowed}, got {value!r}") from None


def date(value: object, path: str) -> datetime.date | None:
    """Return an ISO ``YYYY-MM-DD`` string as a date, ``None`` for null."""
    if value is None:
        return None
    text = string(value, path)
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{path}: expected an ISO date YYYY-MM-DD, got {text!r}") from None


def array(value: object, path: str, item: Callable[[object, str], T]) -> tuple[T, ...]:
    """Return the JSON array ``value`` with each element read by ``item``."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValueError(f"{path}: expected an array, got {type(value).__name__}")
    return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))


def iso(value: datetime.date | None) -> str | None:
    """Write a date as ISO ``YYYY-MM-DD`` (``None`` stays ``None``)."""
    return None if value is None else value.isoformat()
