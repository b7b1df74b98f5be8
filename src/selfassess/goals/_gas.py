"""Goal attainment scaling: one T-score for how far a student got on several goals.

Each goal is scored on five levels, from -2 (much less than expected) through 0 (the
expected outcome) to +2 (much more than expected); `gas_t_score` combines them into a
T-score with mean 50 and standard deviation 10 (Kiresuk & Sherman 1968, with the
formula as corrected by Turner-Stokes 2009).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from typing import cast

from selfassess._validate import Checker, shown

__all__ = ["AttainmentLevel", "gas_t_score"]


class AttainmentLevel(enum.Enum):
    """The five levels of goal attainment scaling (Kiresuk & Sherman 1968).

    Each member's value is its whole number, -2 to 2; `gas_t_score` takes members
    and whole numbers alike.
    """

    MUCH_LESS = -2
    """Much less than expected."""
    LESS = -1
    """Somewhat less than expected."""
    EXPECTED = 0
    """The expected outcome, the goal as set."""
    MORE = 1
    """Somewhat more than expected."""
    MUCH_MORE = 2
    """Much more than expected."""


def gas_t_score(
    levels: Sequence[int | AttainmentLevel],
    weights: Sequence[float] | None = None,
    rho: float = 0.3,
) -> float:
    """Return the goal attainment T-score of several goals.

    ``T = 50 + 10 * sum(w*x) / sqrt((1 - rho) * sum(w**2) + rho * (sum(w))**2)``,
    where ``x`` are the attainment levels and ``w`` the goals' weights (Kiresuk &
    Sherman 1968; the formula as corrected by Turner-Stokes 2009). ``rho`` is the
    assumed correlation between the goals' outcomes; 0.3 is the customary value.
    All goals at the expected level give exactly 50; any goal above it raises the
    score. The result is not rounded.

    Args:
        levels: Each goal's attainment, a whole number from -2 to +2 or an
            `AttainmentLevel`; at least one goal.
        weights: Each goal's weight, positive and finite, as many as the levels;
            ``None`` weighs every goal 1.
        rho: The assumed correlation between goals, from 0 to 1.

    Returns:
        The T-score.

    Raises:
        ArgumentTypeError: If *levels* or *weights* is not a list (a string, a
            mapping or a number, say), or *rho* is not a number.
        InvalidDataError: If there are no levels, a level is not a whole number from
            -2 to 2, a weight is not positive and finite, the weights are not as
            many as the levels, or ``rho`` is not from 0 to 1.

    Example:
        >>> gas_t_score([-2, 0, -1, 2, 0, 1], weights=[3, 5, 1, 4, 2, 6])
        55.0
        >>> round(gas_t_score([1, 1, 0]), 2)
        59.13
    """
    check = Checker(arguments=True)
    xs = tuple(
        level.value if isinstance(level, AttainmentLevel) else level
        for level in check.listed("levels", levels, "attainment levels")
    )
    levels_ok = not check.problems and check.items(
        "levels", xs, lambda p, v: _level(check, p, v), non_empty=True
    )
    if weights is None:
        ws: tuple[object, ...] = (1,) * len(xs)
        weights_ok = True
    else:
        before = len(check.problems)
        ws = check.listed("weights", weights, "weights")
        weights_ok = len(check.problems) == before and check.items(
            "weights", ws, lambda p, v: _weight(check, p, v)
        )
    if levels_ok and weights_ok and len(ws) != len(xs):
        check.add(
            "weights", f"must be as many as the levels ({len(xs)}) (got {len(ws)})"
        )
    check.number("rho", rho, minimum=0, maximum=1)
    check.done()
    scores = cast("tuple[int, ...]", xs)  # checked above
    sizes = cast("tuple[float, ...]", ws)
    # Dividing every weight by the largest leaves T unchanged (it is homogeneous of
    # degree 0 in the weights) and keeps their squares from overflowing or vanishing.
    top = max(sizes)
    scaled = [w / top for w in sizes]
    weighted = math.fsum(w * x for w, x in zip(scaled, scores, strict=True))
    spread = (1 - rho) * math.fsum(w * w for w in scaled) + rho * math.fsum(scaled) ** 2
    return 50 + 10 * weighted / math.sqrt(spread)


def _level(check: Checker, path: str, value: object) -> bool:
    if not check.integer(path, value):
        return False
    assert isinstance(value, int)  # checked above
    if not -2 <= value <= 2:
        check.add(path, f"must be a whole number from -2 to 2 (got {shown(value)})")
        return False
    return True


def _weight(check: Checker, path: str, value: object) -> bool:
    if not check.number(path, value):
        return False
    assert isinstance(value, (int, float))  # checked above
    if value <= 0:
        check.add(path, f"must be more than 0 (got {shown(value)})")
        return False
    return True
