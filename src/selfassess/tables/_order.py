"""The policy's order on columns: every row of a table in its place, as one permutation.

`selfassess.mastery.MasteryPolicy` puts one student's evidence on one standard in
order by a total key (see its ``order_by``): the policy's date, then a rule for the
rows of one day that never depends on the order the rows come in. Here the same
order is computed for a whole table at once, as a NumPy permutation: one sort on a
single integer key made of the group and the date, with the row number packed in
its low bits so that a plain numeric sort is a stable one (the common case, where
no two rows of a group share a day, ends there), then a `numpy.lexsort` on every
field of the rule for ties, over the rows that tie on group and date only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from selfassess._validate import Checker
from selfassess.mastery import EvidenceDate, MasteryPolicy
from selfassess.tables._columns import EvidenceColumns
from selfassess.tables._deps import np

__all__ = [
    "made_one",
    "ordered",
    "ordered_keys",
    "policy_dates",
    "policy_order",
    "sorted_by",
]

Array: TypeAlias = "np.ndarray[Any, Any]"

_BEFORE_ANY = np.iinfo(np.int64).min
"""The key of a missing day or moment: before every day and moment there is
(a day number or a count of microseconds since 1970 is never this low)."""
_INT64_LIMIT = 2**63
"""One past the largest key that fits in an int64."""
_SLICE = 1 << 16
"""How many rows a step of a long loop over the rows takes at once."""


def policy_dates(columns: EvidenceColumns, order_by: EvidenceDate) -> Array:
    """Each row's date in the order *order_by* chooses, as a day number.

    The due (or submitted) day where the row has one, the assessed day otherwise,
    as ``MasteryPolicy._date`` chooses.
    """
    dates: Array = columns.assessed_on
    if order_by is EvidenceDate.DUE:
        dates = np.where(columns.due_known, columns.due_on, dates)
    elif order_by is EvidenceDate.SUBMITTED:
        dates = np.where(columns.submitted_known, columns.submitted_on, dates)
    return dates


def policy_order(columns: EvidenceColumns, policy: MasteryPolicy) -> Array:
    """The permutation that puts the rows by group and, in each, in the policy's order.

    Rows are sorted by student code, then standard code, then exactly as
    ``policy._key`` sorts one group: the policy's date (see
    `selfassess.mastery.EvidenceDate`), the assessed date, the moment as its
    instant then its offset (rows without one first), the sequence (rows without
    one first), the attempt, the kind's place in `selfassess.EvidenceKind`, the
    score, the source (rows without one first, then by id), the due date and the
    submitted date (rows without one first). Rows equal in all of these keep the
    order they have in the table, as a stable sort keeps them.

    Args:
        columns: The table, as `selfassess.tables._columns.EvidenceColumns`.
        policy: The policy whose order is wanted.

    Returns:
        An int64 array: ``order[i]`` is the row that comes *i*-th.

    Raises:
        ArgumentTypeError: If *columns* or *policy* is not of its kind.
    """
    check = Checker(arguments=True)
    check.instance("columns", columns, EvidenceColumns)
    check.instance("policy", policy, MasteryPolicy)
    check.done()
    groups = [
        (columns.student, len(columns.students)),
        (columns.standard, len(columns.standards)),
    ]
    return ordered(columns, groups, policy_dates(columns, policy.order_by))


def ordered(
    columns: EvidenceColumns,
    groups: Sequence[tuple[Array, int]],
    dates: Array,
    *,
    ties: Array | None = None,
) -> Array:
    """Sort the rows by *groups*, then *dates*, then the policy's rule for ties.

    Args:
        columns: The table.
        groups: The group keys, most significant first, each as an array of
            codes from 0 and how many codes there are.
        dates: Each row's date by the policy (a day number).
        ties: Which rows to order by the rule for ties when they share a group and
            a date (every row if ``None``). Rows outside it must never share a
            group and a date with a row inside it; their order among themselves is
            the table's.

    Returns:
        The permutation, as `policy_order` describes it.
    """
    return ordered_keys(columns, groups, dates, ties=ties)[0]


def ordered_keys(
    columns: EvidenceColumns,
    groups: Sequence[tuple[Array, int]],
    dates: Array,
    *,
    ties: Array | None = None,
) -> tuple[Array, Array | None]:
    """As `ordered`, and each row's group key, in that order, where it was made.

    The group key is the codes of *groups* made one number (the first most
    significant), the key the rows were sorted by; ``None`` where they were too
    many to make one int64 (sorted by `numpy.lexsort` instead).
    """
    count = len(dates)
    if count == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    low = int(dates.min())
    span = int(dates.max()) - low + 1
    capacity = span
    for _, size in groups:
        capacity *= max(size, 1)
    if capacity < _INT64_LIMIT:
        # One int64 key for the group and the date: one sort, not several.
        if len(groups) == 1:
            key = groups[0][0] * span
        else:
            key = made_one(groups)
            key *= span
        key += dates
        key -= low
        order, ranked = sorted_by(key, capacity)
        same = ranked[1:] == ranked[:-1]
        grouped: Array | None = ranked
        ranked //= span
    else:  # pragma: no cover - more groups and days than an int64 can number
        order = np.lexsort((dates, *(codes for codes, _ in reversed(groups))))
        same = np.ones(count - 1, dtype=bool)
        for codes in (*(codes for codes, _ in groups), dates):
            placed = codes[order]
            same &= placed[1:] == placed[:-1]
        grouped = None
    if same.any():
        _break_ties(columns, order, same, ties)
    return order, grouped


def made_one(groups: Sequence[tuple[Array, int]]) -> Array:
    """The codes of several group keys as one number, the first most significant."""
    key: Array = np.zeros(len(groups[0][0]), dtype=np.int64)
    for codes, size in groups:
        key *= size
        key += codes
    return key


def sorted_by(key: Array, capacity: int) -> tuple[Array, Array]:
    """A stable sort of int64 keys from 0 to *capacity*: the order, and the keys sorted.

    Where the key and the row number fit in 63 bits together, they are packed
    into one int64 and sorted as numbers (NumPy's vectorized sort, several times
    faster than an argsort), which breaks ties by row number: a stable order.
    *key* is used up: it may be sorted in place.
    """
    count = len(key)
    shift = max(count - 1, 1).bit_length()
    if capacity << shift < _INT64_LIMIT:
        key <<= shift
        # The row numbers a slice at a time: no second array of the table's size.
        for start in range(0, count, _SLICE):
            stop = min(start + _SLICE, count)
            key[start:stop] |= np.arange(start, stop, dtype=np.int64)
        key.sort()
        order = key & ((1 << shift) - 1)
        key >>= shift
        return order, key
    order = np.argsort(key, kind="stable")
    return order, key[order]


def _break_ties(
    columns: EvidenceColumns, order: Array, same: Array, ties: Array | None
) -> None:
    """Sort, in place, each run of rows in *order* that share a group and a date.

    *same* says, for each place but the last, whether the row there and the next
    share a group and a date. Each run is sorted by every field of the rule for
    ties after the date, then by row number, within the places it already holds.
    """
    tied = np.zeros(len(order), dtype=bool)
    tied[:-1] = same
    tied[1:] |= same
    run = np.cumsum(np.concatenate(([True], ~same)))  # a run's number, by place
    places = np.flatnonzero(tied)
    rows = order[places]
    if ties is not None:
        keep = ties[rows]
        places, rows = places[keep], rows[keep]
    if len(rows) == 0:
        return
    c = columns
    keys = (
        rows,  # last: rows equal in every field keep the table's order
        _optional(c.submitted_on[rows], c.submitted_known[rows]),
        _optional(c.due_on[rows], c.due_known[rows]),
        np.where(c.source_known[rows], c.source[rows], -1),
        c.score[rows],
        c.kind[rows],
        c.attempt[rows],
        np.where(c.sequence_known[rows], c.sequence[rows], -1),
        np.where(c.moment_known[rows], c.offset[rows], 0),
        _optional(c.moment[rows], c.moment_known[rows]),
        c.assessed_on[rows],
        run[places],  # first: each run stays within its places
    )
    order[places] = rows[np.lexsort(keys)]


def _optional(values: Array, known: Array) -> Array:
    """An optional day or moment as a key: a missing one before every value."""
    return np.where(known, values, _BEFORE_ANY)
