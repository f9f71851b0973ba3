"""Loading the lexicons shipped under ``syriadiplo/data``: read once, then shared read-only.

The TOML files are the source: people edit them. Parsing 370 KB of TOML takes
about a sixth of a second, so each file also ships as JSON in ``data/compiled``
(written by ``scripts/compile_data.py``), stamped with the SHA-256 of the TOML
bytes it was made from. :func:`load` reads the JSON when its stamp matches the
TOML beside it and parses the TOML otherwise, so a stale or missing compiled
file costs time, never correctness (a test fails while one is stale).
"""

from __future__ import annotations

import functools
import hashlib
import json
import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["compile_all", "compiled", "load", "source_digest"]

COMPILED = "compiled"
"""The folder of ``data`` that holds the JSON copies."""


def _data_dir() -> Traversable:
    return resources.files("syriadiplo").joinpath("data")


def source_digest(name: str, folder: Traversable | None = None) -> str:
    """The SHA-256 (hex) of ``<name>.toml`` in ``folder`` (default: the shipped ``data``)."""
    source = (folder or _data_dir()).joinpath(f"{name}.toml")
    return hashlib.sha256(source.read_bytes()).hexdigest()


def compiled(name: str, folder: Traversable | None = None) -> dict[str, Any] | None:
    """The JSON copy of ``<name>.toml`` if it exists and was made from the current TOML.

    ``folder`` defaults to the shipped ``data``; ``None`` means no current copy.
    """
    where = folder or _data_dir()
    try:
        document = json.loads(where.joinpath(COMPILED, f"{name}.json").read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("sha256") != source_digest(name, where):
        return None
    data = document.get("data")
    return data if isinstance(data, dict) else None


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed data file ``syriadiplo/data/<name>.toml``.

    Read from its compiled JSON copy when that copy is current, else from the TOML.
    The result is cached for the life of the process: callers must treat it as
    read-only (build their own frozen tables from it).
    """
    fast = compiled(name)
    if fast is not None:
        return fast
    with _data_dir().joinpath(f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def compile_all(directory: str) -> list[str]:
    """Write ``<directory>/compiled/<name>.json`` for every ``<directory>/<name>.toml``.

    Returns the names written. ``directory`` is the package's ``data`` folder in a
    source checkout (``src/syriadiplo/data``).
    """
    from pathlib import Path

    folder = Path(directory)
    (folder / COMPILED).mkdir(exist_ok=True)
    written = []
    for source in sorted(folder.glob("*.toml")):
        raw = source.read_bytes()
        document = {"sha256": hashlib.sha256(raw).hexdigest(), "data": tomllib.loads(raw.decode())}
        target = folder / COMPILED / f"{source.stem}.json"
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text + "\n", encoding="utf-8")
        written.append(source.stem)
    return written

