"""Hypothesis strategies for the new public types of conference records.

Merged into `strategies.STRATEGIES` automatically; the records themselves are
built in ``strategies_conference.py``.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from selfassess import conference as cf

__all__ = ["STRATEGIES"]

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    cf.ConferenceOutcome: st.sampled_from(cf.ConferenceOutcome),
}
