"""Hypothesis strategies for the letter home about a student-led conference.

Merged into `strategies.STRATEGIES` automatically.
"""

from __future__ import annotations

from hypothesis import strategies as st

from selfassess import conference as cf
from strategies_conference import appointments

from strategies import identifiers, texts

__all__ = ["STRATEGIES", "family_letters"]

family_letters = st.builds(
    cf.FamilyLetter,
    language=st.sampled_from(["en", "es", "ar", "es-MX"]) | identifiers,
    title=texts,
    greeting=texts,
    paragraphs=st.lists(texts, min_size=1, max_size=4),
    closing=texts,
    signature=st.just("") | texts,
    appointment=st.none() | appointments(),
)
"""Letters in a shipped language or any other, with or without an appointment."""

STRATEGIES: dict[type, st.SearchStrategy[object]] = {cf.FamilyLetter: family_letters}
