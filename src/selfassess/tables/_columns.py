"""Evidence as columns: the NumPy arrays every tables function computes on.

`EvidenceColumns` holds a table of evidence as one array a field, with the ids
factorized (codes in order of first appearance) and every date as a day number, so
that grouping and ordering are array operations. `from_evidence` builds it from
`selfassess.Evidence` rows (the in-memory API's input, so the two can be compared
row for row); `read_evidence` (in `_reading`) builds it from a frame, checking every
cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess.tables._deps import np

__all__ = [
    "EPOCH_DAY",
    "KINDS",
    "EvidenceColumns",
    "day_number",
    "factorize",
    "from_evidence",
    "ranked",
]

KINDS: tuple[EvidenceKind, ...] = tuple(EvidenceKind)
"""The kinds in the order `selfassess.EvidenceKind` lists them: a kind's code is its
place here, which is also its place in the order of ties."""

EPOCH_DAY = date(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1)  # naive on purpose: a wall clock in UTC
_MICROSECOND = timedelta(microseconds=1)


@attrs.frozen(kw_only=True, eq=False)
class EvidenceColumns:
    """A table of evidence, one NumPy array a field, every array one row a row.

    Ids are codes: ``students[student[i]]`` is row *i*'s student, codes numbered in
    order of first appearance (as `selfassess.mastery.rollup` orders its keys). A
    source's code is its rank among the sources (so codes compare as the ids do).
    A missing optional value has ``False`` in its ``*_known`` array and 0 in the
    value's.

    Attributes:
        rows: Each row's place in the frame it was read from (0 for the first).
        student: The student's code (int64).
        students: The student ids, by code (an object array of str).
        standard: The standard's code (int64).
        standards: The standard ids, by code.
        score: The score (float64); NaN where there is none, which only an excused
            row may have.
        assessed_on: The day assessed, as days since 1970-01-01 (int64).
        kind: The kind's place in `selfassess.EvidenceKind` (int8).
        excused: Whether excused (bool).
        attempt: The attempt (int64).
        due_on, due_known: The due day, as a day number, where known.
        submitted_on, submitted_known: The day submitted, where known.
        source, source_known: The source's rank among ``sources``, where known.
        sources: The source ids, sorted (an object array of str).
        moment, offset, moment_known: The moment assessed as microseconds since
            1970-01-01 UTC (its instant), and its offset from UTC in microseconds,
            where known.
        sequence, sequence_known: The sequence number, where known.
    """

    rows: Any
    student: Any
    students: Any
    standard: Any
    standards: Any
    score: Any
    assessed_on: Any
    kind: Any
    excused: Any
    attempt: Any
    due_on: Any
    due_known: Any
    submitted_on: Any
    submitted_known: Any
    source: Any
    source_known: Any
    sources: Any
    moment: Any
    offset: Any
    moment_known: Any
    sequence: Any
    sequence_known: Any

    def __len__(self) -> int:
        return len(self.rows)

    def take(self, index: Any) -> EvidenceColumns:
        """The rows at *index* (an integer array or a boolean mask), codes kept."""
        per_row = {
            field.name: getattr(self, field.name)[index]
            for field in attrs.fields(EvidenceColumns)
            if field.name not in {"students", "standards", "sources"}
        }
        return EvidenceColumns(
            students=self.students,
            standards=self.standards,
            sources=self.sources,
            **per_row,
        )


def day_number(day: date) -> int:
    """A day as days since 1970-01-01."""
    return (day - EPOCH_DAY).days


def factorize(values: Any) -> tuple[Any, Any]:
    """Codes in order of first appearance, and the distinct values by code.

    *values* is a NumPy array: of str objects (grouped with a dict, which is
    faster than sorting Python strings), or of any sortable dtype.
    """
    if values.dtype == object:
        code_of: dict[Any, int] = {}
        find = code_of.setdefault
        codes = np.fromiter(
            (find(value, len(code_of)) for value in values.tolist()),
            np.int64,
            len(values),
        )
        distinct = np.empty(len(code_of), dtype=object)
        distinct[:] = list(code_of)
        return codes, distinct
    uniques, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")  # the uniques, by first appearance
    place = np.empty(len(uniques), dtype=np.int64)
    place[order] = np.arange(len(uniques), dtype=np.int64)
    return place[inverse.reshape(-1)], uniques[order]


def ranked(values: Any, known: Any) -> tuple[Any, Any]:
    """Codes that are ranks in sorted order (0 where unknown), and the sorted values."""
    codes, distinct = factorize(values[known])
    order = sorted(range(len(distinct)), key=distinct.__getitem__)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[order] = np.arange(len(distinct), dtype=np.int64)
    ranks = np.zeros(len(values), dtype=np.int64)
    ranks[known] = rank[codes]
    return ranks, distinct[order] if order else distinct


def _object_array(values: Sequence[Any]) -> Any:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _optional_days(values: Sequence[date | None]) -> tuple[Any, Any]:
    known = np.fromiter((value is not None for value in values), bool, len(values))
    days = np.fromiter(
        (0 if value is None else day_number(value) for value in values),
        np.int64,
        len(values),
    )
    return days, known


def from_evidence(rows: Sequence[Evidence]) -> EvidenceColumns:
    """The columns of checked `selfassess.Evidence` rows, row *i* from ``rows[i]``."""
    count = len(rows)
    student, students = factorize(_object_array([item.student for item in rows]))
    standard, standards = factorize(_object_array([item.standard for item in rows]))
    source_ids = _object_array(["" if i.source is None else i.source for i in rows])
    source_known = np.fromiter((i.source is not None for i in rows), bool, count)
    source, sources = ranked(source_ids, source_known)
    due_on, due_known = _optional_days([item.due_on for item in rows])
    submitted_on, submitted_known = _optional_days([i.submitted_on for i in rows])
    moment = np.zeros(count, dtype=np.int64)
    offset = np.zeros(count, dtype=np.int64)
    moment_known = np.zeros(count, dtype=bool)
    for index, item in enumerate(rows):
        if item.assessed_at is not None:
            shift = item.assessed_at.utcoffset()
            assert shift is not None  # for mypy: Evidence keeps aware moments
            wall = item.assessed_at.replace(tzinfo=None)
            moment[index] = (wall - shift - _EPOCH) // _MICROSECOND
            offset[index] = shift // _MICROSECOND
            moment_known[index] = True
    kind_code = {kind: code for code, kind in enumerate(KINDS)}
    return EvidenceColumns(
        rows=np.arange(count, dtype=np.int64),
        student=student,
        students=students,
        standard=standard,
        standards=standards,
        score=np.fromiter(
            (np.nan if i.score is None else i.score for i in rows), np.float64, count
        ),
        assessed_on=np.fromiter(
            (day_number(item.assessed_on) for item in rows), np.int64, count
        ),
        kind=np.fromiter((kind_code[item.kind] for item in rows), np.int8, count),
        excused=np.fromiter((item.excused for item in rows), bool, count),
        attempt=np.fromiter((item.attempt for item in rows), np.int64, count),
        due_on=due_on,
        due_known=due_known,
        submitted_on=submitted_on,
        submitted_known=submitted_known,
        source=source,
        source_known=source_known,
        sources=sources,
        moment=moment,
        offset=offset,
        moment_known=moment_known,
        sequence=np.fromiter(
            (0 if i.sequence is None else i.sequence for i in rows), np.int64, count
        ),
        sequence_known=np.fromiter((i.sequence is not None for i in rows), bool, count),
    )
