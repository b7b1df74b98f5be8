"""The tables edge's own dependencies, narwhals and NumPy, imported once, here.

Importing `selfassess.tables` without them raises an `ImportError` that names the
extra to install; the core never imports this package.
"""

from __future__ import annotations

try:
    import narwhals as nw
    import numpy as np
except ImportError as error:  # pragma: no cover - the extra is installed in CI
    raise ImportError(
        "selfassess.tables needs the 'tables' extra (narwhals and NumPy): "
        "pip install 'selfassess[tables]'"
    ) from error

__all__ = ["np", "nw"]
