"""Hypothesis strategies for every public type of selfassess.goals."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from selfassess import goals


@st.composite
def fraction_bars(draw: st.DrawFn) -> goals.FractionBar:
    """Bars of 1 to 12 parts, any number of them filled."""
    parts = draw(st.integers(min_value=1, max_value=12))
    return goals.FractionBar(parts, draw(st.integers(min_value=0, max_value=parts)))


bar_comparisons = st.builds(
    goals.BarComparison, student=fraction_bars(), data=fraction_bars()
)

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    goals.AttainmentLevel: st.sampled_from(goals.AttainmentLevel),
    goals.BarComparison: bar_comparisons,
    goals.FractionBar: fraction_bars(),
}
"""The strategy for each public type of selfassess.goals."""
