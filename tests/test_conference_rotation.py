"""selfassess.conference rotation: who to confer with next."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    RotationEntry,
    rotation_order,
)
from selfassess.errors import InvalidDataError
from strategies_conference import rotation_entries


def test_rotation_longest_since_then_most_need() -> None:
    """Never conferenced first; then longest since the last; then most need; then id."""
    entries = [
        RotationEntry(student="ana", last_conference=date(2026, 10, 1), need=1),
        RotationEntry(student="ben", last_conference=date(2026, 9, 24)),
        RotationEntry(student="cai", last_conference=date(2026, 10, 1), need=3),
        RotationEntry(student="dee"),
        RotationEntry(student="abe"),
    ]
    assert rotation_order(entries, as_of=date(2026, 10, 5)) == (
        "abe",
        "dee",
        "ben",
        "cai",
        "ana",
    )


@given(
    st.lists(rotation_entries, unique_by=lambda e: e.student, max_size=8), st.randoms()
)
def test_rotation_is_deterministic(
    entries: list[RotationEntry], random: object
) -> None:
    """The order does not depend on the order of the entries."""
    as_of = max(
        [e.last_conference for e in entries if e.last_conference] + [date(2000, 1, 1)]
    )
    shuffled = list(entries)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert rotation_order(entries, as_of=as_of) == rotation_order(shuffled, as_of=as_of)
    assert sorted(rotation_order(entries, as_of=as_of)) == sorted(
        e.student for e in entries
    )


def test_rotation_refuses_a_future_conference() -> None:
    """A last conference after as_of is refused with its path."""
    with pytest.raises(
        InvalidDataError,
        match=r"^entries\[0\]\.last_conference: must not be after as_of",
    ):
        rotation_order(
            [RotationEntry(student="ana", last_conference=date(2026, 10, 9))],
            as_of=date(2026, 10, 5),
        )


def test_rotation_checks_as_of_first() -> None:
    """An as_of that is not a date is reported, not compared."""
    with pytest.raises(InvalidDataError, match=r"^as_of: must be a date"):
        rotation_order(
            [RotationEntry(student="ana", last_conference=date(2026, 10, 1))],
            as_of="2026-10-05",  # type: ignore[arg-type]
        )
