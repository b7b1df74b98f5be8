"""`evidence`: a frame's rows as `selfassess.Evidence`, every cell checked first.

The check is columnar (`read_evidence_columns`), so a million rows are checked in
a fraction of the time building a million objects takes; the rows are then a
read-only sequence that builds each `selfassess.Evidence` when it is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any, overload

from selfassess._evidence import Evidence
from selfassess.tables._columns import EPOCH_DAY, KINDS, EvidenceColumns
from selfassess.tables._deps import np
from selfassess.tables._reading import column_names, read_evidence_columns

__all__ = ["EvidenceRows", "evidence"]

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class EvidenceRows(Sequence[Evidence]):
    """A frame's evidence, checked: a read-only sequence of `selfassess.Evidence`.

    Each item is built when it is read, from the checked columns, so holding a
    million rows costs their columns, not a million objects. Row *i* is the frame's
    row *i*. Pass it wherever a list of evidence is taken, such as
    `selfassess.mastery.rollup`.
    """

    __slots__ = ("_columns",)

    def __init__(self, columns: EvidenceColumns) -> None:
        self._columns = columns

    def __len__(self) -> int:
        return len(self._columns)

    @overload
    def __getitem__(self, index: int) -> Evidence: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Evidence]: ...

    def __getitem__(self, index: int | slice) -> Evidence | Sequence[Evidence]:
        if isinstance(index, slice):
            return [self[at] for at in range(*index.indices(len(self)))]
        count = len(self)
        at = index + count if index < 0 else index
        if not 0 <= at < count:
            raise IndexError(f"row {index} of {count}")
        return _row(self._columns, at)

    def __iter__(self) -> Iterator[Evidence]:
        columns = self._columns
        for at in range(len(columns)):
            yield _row(columns, at)

    def __repr__(self) -> str:
        count = len(self)
        return f"<evidence: {count} row{'s' if count != 1 else ''}>"


def _day(number: Any) -> date:
    return EPOCH_DAY + timedelta(days=int(number))


def _row(columns: EvidenceColumns, at: int) -> Evidence:
    """Row *at* as `selfassess.Evidence`."""
    moment = None
    if columns.moment_known[at]:
        zone = timezone(timedelta(microseconds=int(columns.offset[at])))
        instant = _EPOCH + timedelta(microseconds=int(columns.moment[at]))
        moment = instant.astimezone(zone)
    score = float(columns.score[at])
    return Evidence(
        student=columns.students[columns.student[at]],
        standard=columns.standards[columns.standard[at]],
        score=None if np.isnan(score) else score,
        assessed_on=_day(columns.assessed_on[at]),
        kind=KINDS[columns.kind[at]],
        due_on=_day(columns.due_on[at]) if columns.due_known[at] else None,
        submitted_on=(
            _day(columns.submitted_on[at]) if columns.submitted_known[at] else None
        ),
        source=columns.sources[columns.source[at]]
        if columns.source_known[at]
        else None,
        excused=bool(columns.excused[at]),
        attempt=int(columns.attempt[at]),
        assessed_at=moment,
        sequence=int(columns.sequence[at]) if columns.sequence_known[at] else None,
    )


def evidence(frame: Any, **columns: str) -> EvidenceRows:
    """Read a frame's rows as `selfassess.Evidence`, checking every cell first.

    The columns are the `selfassess.Evidence` fields: ``student``, ``standard``,
    ``score`` and ``assessed_on`` are needed; ``kind``, ``due_on``,
    ``submitted_on``, ``source``, ``excused``, ``attempt``, ``assessed_at`` and
    ``sequence`` are read where the frame has them (a missing one takes the
    field's default). Name a frame's own columns by keyword:
    ``evidence(frame, student="student_id", score="points")``.

    What each column may hold:

    - ids (``student``, ``standard``, ``source``): text, not empty and without
      surrounding spaces; whole numbers are read as their digits;
    - ``score``: numbers of any type (NumPy's ``int64`` and ``float32`` included),
      finite; none only on an excused row; a column of true and false is refused;
    - days (``assessed_on``, ``due_on``, ``submitted_on``): dates, or datetimes,
      read as their day in their own time zone;
    - ``kind``: the values of `selfassess.EvidenceKind` (``"summative"``);
    - ``excused``: true or false; ``attempt``: 1 to 1,000; ``sequence``: 0 or more;
    - ``assessed_at``: datetimes with a time zone, on the ``assessed_on`` day in
      their own zone.

    Args:
        frame: A pandas, polars or PyArrow frame (any eager frame narwhals reads).
        **columns: The frame's name for a field, where it is not the field's own.

    Returns:
        The rows, a read-only sequence whose item *i* is the frame's row *i*, built
        when read.

    Raises:
        InvalidDataError: Listing every bad cell as ``rows[12].score: ...`` (the
            row's place in the frame, from 0, and the frame's own column name), in
            row order, up to `selfassess.errors.MAX_PROBLEMS`, then how many more;
            and every missing or mistyped column as ``columns['score']: ...``.
        ArgumentTypeError: If *frame* is not a frame, or a keyword is not a field.

    Example:
        >>> import pandas as pd
        >>> from datetime import date
        >>> from selfassess import tables
        >>> frame = pd.DataFrame({
        ...     "student_id": ["ana", "ana", "ben"],
        ...     "standard": ["4.NF.1", "4.NF.1", "4.NF.1"],
        ...     "points": [2, None, 3],
        ...     "assessed_on": [date(2026, 9, 1), date(2026, 9, 8), date(2026, 9, 1)],
        ...     "excused": [False, True, False],
        ... })
        >>> rows = tables.evidence(frame, student="student_id", score="points")
        >>> [(row.student, row.score, row.excused) for row in rows]
        [('ana', 2.0, False), ('ana', None, True), ('ben', 3.0, False)]
    """
    return EvidenceRows(read_evidence_columns(frame, column_names(columns)))
