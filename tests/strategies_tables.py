"""Hypothesis strategies for the public types of selfassess.tables; valid values only.

The edge needs its extra: where narwhals or NumPy is missing, it has no types to
draw, and this module adds none.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from selfassess.mastery import BktParameters

from strategies import STRATEGIES as ALL

__all__ = ["STRATEGIES"]

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {}

try:
    from selfassess.tables import BktFit
except ImportError:  # the extra is not installed: the edge's tests skip
    pass
else:

    @st.composite
    def bkt_fits(draw: st.DrawFn) -> BktFit:
        """A fit: its parameters, at most 0 log-likelihood, as many scores as students."""
        students = draw(st.integers(min_value=1, max_value=10_000))
        return BktFit(
            parameters=draw(st.deferred(lambda: ALL[BktParameters])),
            log_likelihood=draw(
                st.floats(max_value=0, allow_nan=False, allow_infinity=False)
            ),
            iterations=draw(st.integers(min_value=0, max_value=1000)),
            converged=draw(st.booleans()),
            students=students,
            observations=draw(st.integers(min_value=students, max_value=10**6)),
            restarts=draw(st.integers(min_value=1, max_value=20)),
        )

    STRATEGIES[BktFit] = bkt_fits()
