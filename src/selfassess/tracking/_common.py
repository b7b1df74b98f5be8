"""Small helpers the tracking modules share."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from selfassess._validate import shown
from selfassess.errors import InvalidDataError


def as_list(values: Iterable[Any], path: str) -> list[Any]:
    """Return *values* as a list, or raise `InvalidDataError` at *path*.

    A string or a mapping is iterable but never meant as a list of items here.
    """
    if isinstance(values, (str, bytes, dict)) or not isinstance(values, Iterable):
        raise InvalidDataError.single(path, f"must be a list (got {shown(values)})")
    return list(values)


def mean(values: Iterable[float]) -> float | None:
    """The arithmetic mean, or ``None`` for no values.

    The sum is exact (`math.fsum`) and rounded once; values so large that their sum
    overflows are divided first.
    """
    found = list(values)
    if not found:
        return None
    count = len(found)
    try:
        total = math.fsum(found)
    except OverflowError:
        return math.fsum(value / count for value in found)
    if math.isinf(total):
        return math.fsum(value / count for value in found)
    return total / count
