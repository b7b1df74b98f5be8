"""Hypothesis strategies for the public types of selfassess.interop; valid values only."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

import selfassess as sa
from selfassess.interop.canvas import CanvasResults
from selfassess.interop.case import CaseAssociation
from selfassess.mastery import MasteryPolicy

from strategies import STRATEGIES as ALL
from strategies import identifiers, texts

__all__ = ["STRATEGIES"]

# Looked up when drawn: the mastery strategies are merged after this module's.
_policies = st.deferred(lambda: ALL[MasteryPolicy])
_evidence = st.deferred(lambda: ALL[sa.Evidence])
_uris = st.none() | identifiers.map(lambda id: f"https://case.example.org/uri/{id}")

case_associations = st.builds(
    CaseAssociation,
    id=identifiers,
    type=st.sampled_from(["isChildOf", "exactMatchOf", "isRelatedTo", "isPeerOf"]),
    origin=identifiers,
    destination=identifiers,
    origin_uri=_uris,
    destination_uri=_uris,
    origin_title=st.none() | texts,
    destination_title=st.none() | texts,
    sequence=st.none() | st.integers(min_value=0, max_value=2**31 - 1),
    grouping=st.none() | identifiers,
    uri=_uris,
)
"""A CASE association of any type, with or without its optional parts."""

canvas_results = st.builds(
    CanvasResults,
    evidence=st.lists(_evidence, max_size=4),
    policies=st.dictionaries(identifiers, _policies, max_size=3),
)
"""Canvas results: evidence and the policies of their outcomes."""

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    CanvasResults: canvas_results,
    CaseAssociation: case_associations,
}
"""The strategy for each public type of selfassess.interop."""
