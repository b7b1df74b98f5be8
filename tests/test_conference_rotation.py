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
from selfassess.errors import ArgumentTypeError, InvalidDataError
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
    """An as_of that is not a date is the caller's mistake, reported, not compared."""
    with pytest.raises(ArgumentTypeError, match=r"^as_of: must be a date"):
        rotation_order(
            [RotationEntry(student="ana", last_conference=date(2026, 10, 1))],
            as_of="2026-10-05",  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (5, r"^entries: must be a list of RotationEntry objects \(got 5\)$"),
        (None, r"^entries: must be a list of RotationEntry objects \(got None\)$"),
        ("ana", r"^entries: must be a list of RotationEntry objects \(got 'ana'\)$"),
        ({"ana": 1}, r"^entries: must be a list of RotationEntry objects"),
    ],
)
def test_rotation_refuses_what_is_not_a_list(entries: object, message: str) -> None:
    """Entries that are not a list raise ArgumentTypeError naming them."""
    with pytest.raises(ArgumentTypeError, match=message):
        rotation_order(entries, as_of=date(2026, 10, 5))  # type: ignore[arg-type]


def test_rotation_reads_any_iterable_and_names_bad_items() -> None:
    """A generator of entries is read once; an item that is not an entry is bad data."""
    entries = [RotationEntry(student="ana"), RotationEntry(student="ben", need=2)]
    assert rotation_order(iter(entries), as_of=date(2026, 10, 5)) == ("ben", "ana")
    with pytest.raises(
        InvalidDataError, match=r"^entries\[1\]: must be a RotationEntry \(got 'ben'\)$"
    ):
        rotation_order([entries[0], "ben"], as_of=date(2026, 10, 5))  # type: ignore[list-item]
