"""Loading the lexicons shipped under ``syriadiplo/data``: read once, then shared read-only."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

__all__ = ["load"]


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed TOML data file ``syriadiplo/data/<name>.toml``.

    The result is cached for the life of the process: callers must treat it as
    read-only (build their own frozen tables from it).
    """
    source = resources.files("syriadiplo").joinpath("data", f"{name}.toml")
    with source.open("rb") as handle:
        return tomllib.load(handle)
