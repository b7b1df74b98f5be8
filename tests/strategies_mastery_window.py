"""Hypothesis strategies for the data analysis's window in selfassess.mastery."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import strategies as st

from selfassess import mastery as m
from strategies_mastery import standard_scores

from strategies import days, identifiers, moments

__all__ = ["STRATEGIES", "analysis_windows", "data_analyses"]

aware: st.SearchStrategy[datetime] = days.flatmap(moments)
"""Timezone-aware moments, in many offsets."""

analysis_windows = st.builds(
    m.AnalysisWindow,
    assessed_at=aware,
    hours=st.floats(min_value=0.25, max_value=24 * 14),
)
data_analyses = st.builds(
    m.DataAnalysis,
    assessment=identifiers,
    student=st.none() | identifiers,
    scores=st.lists(standard_scores(), max_size=3),
    window=analysis_windows,
)

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    m.AnalysisWindow: analysis_windows,
    m.DataAnalysis: data_analyses,
}
"""The strategy for each type of the data analysis's window."""
