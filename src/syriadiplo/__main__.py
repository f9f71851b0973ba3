"""``python -m syriadiplo``: the same command as ``syriadiplo``."""

from __future__ import annotations

import sys

from syriadiplo._cli import main

if __name__ == "__main__":
    sys.exit(main())
