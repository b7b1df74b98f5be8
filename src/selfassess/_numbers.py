"""The arithmetic every package shares: one mean, one rounding rule.

Each is written once so that two parts of the library never disagree in the last
digit about the same scores: a mastery trace and a tracker summary of the same
numbers print the same mean.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["mean", "mean_of", "round_half_up"]


def mean_of(values: Sequence[float]) -> float:
    """The arithmetic mean of a non-empty sequence of finite floats.

    The sum is exact (`math.fsum`) and rounded once; values so large that their sum
    overflows are divided first, so the mean of finite values is always finite.
    """
    count = len(values)
    try:
        total = math.fsum(values)
    except OverflowError:  # huge values: their sum overflows, their mean does not
        return math.fsum(value / count for value in values)
    if math.isinf(total):
        return math.fsum(value / count for value in values)
    return total / count


def mean(values: Iterable[float]) -> float | None:
    """The arithmetic mean as `mean_of` computes it, or ``None`` for no values."""
    found = values if isinstance(values, (list, tuple)) else list(values)
    if not found:
        return None
    return mean_of(found)


def round_half_up(value: float, decimals: int) -> float:
    """Round half up on the decimal digits shown, so 2.675 is 2.68 (not 2.67).

    Teachers and gradebooks round a half up (2.5 is 3), where Python's `round`
    rounds to even and works on the binary float (2.675 is 2.67). Away from a tie,
    ``floor(value * 10**decimals + 0.5) / 10**decimals`` gives the same float as the
    built-in `round` (both are the float nearest the correctly rounded decimal),
    only faster; near a tie, the decimal digits of the shortest repr decide.
    """
    scale = 10**decimals
    scaled = value * scale
    # Below 2**31 the product is within 2**-22 of the exact one, so a fractional
    # part more than 1e-6 from one half decides the digit as the exact value would.
    if -2147483648.0 < scaled < 2147483648.0:
        whole = math.floor(scaled)
        if abs(scaled - whole - 0.5) > 1e-6:
            if scaled - whole > 0.5:
                whole += 1
            # 0 keeps the sign of the value (-0.001 rounds to -0.0, as round does).
            return whole / scale if whole else round(value, decimals)
    elif not -1e15 < value < 1e15:  # no digits left after the point to round
        return value
    elif abs(scaled - math.floor(scaled) - 0.5) > 1e-6:
        return round(value, decimals)
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))
