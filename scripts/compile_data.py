"""Write the JSON copies of the lexicons (``src/syriadiplo/data/compiled/*.json``).

Run from the repository root after editing any ``src/syriadiplo/data/*.toml``::

    .venv/bin/python scripts/compile_data.py

The TOML files stay the source; the copies only make loading fast (see
:mod:`syriadiplo._data`), and ``tests/test_lexicons.py`` fails while one is stale.
"""

from __future__ import annotations

from pathlib import Path

from syriadiplo._data import compile_all

DATA = Path(__file__).resolve().parent.parent / "src" / "syriadiplo" / "data"

if __name__ == "__main__":
    for name in compile_all(str(DATA)):
        print(f"compiled {name}")
