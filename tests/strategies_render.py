"""Hypothesis strategies for the public types of selfassess.render."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from selfassess.render import Paper

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Paper: st.sampled_from(Paper),
}
"""The strategy for each public type of the render edge."""
