"""Accuracy of self-reported data: the tracker set beside the teacher's gradebook.

Teachers check that what students write on their trackers matches the gradebook.
`compare_with_gradebook` lists every difference for one student; `class_accuracy`
sums a class up without naming anyone, so that accuracy can be taught as a skill
rather than a student singled out.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable

import attrs

from selfassess._repr import short_repr
from selfassess._validate import (
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.tracking._common import as_list
from selfassess.tracking._tracker import GradeColumn, Tracker

__all__ = [
    "AccuracyReport",
    "ClassAccuracy",
    "ColumnAccuracy",
    "Difference",
    "DifferenceKind",
    "GradebookEntry",
    "class_accuracy",
    "compare_with_gradebook",
]


@attrs.frozen(kw_only=True)
class GradebookEntry:
    """One grade in the teacher's gradebook, for one assignment and column.

    Attributes:
        row: The id of the assignment (the tracker row).
        column: The column the grade belongs in.
        score: The score the teacher recorded; finite.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    row: str
    column: GradeColumn
    score: float = number_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("row", self.row)
        check.member("column", self.column, GradeColumn)
        check.declared(self)
        check.done()


class DifferenceKind(enum.Enum):
    """How a tracker's cell differs from the gradebook's."""

    OVER_REPORTED = "over_reported"
    """The student wrote a higher score than the gradebook's."""
    UNDER_REPORTED = "under_reported"
    """The student wrote a lower score than the gradebook's."""
    NOT_REPORTED = "not_reported"
    """The gradebook has a grade the student has not written down."""
    NOT_IN_GRADEBOOK = "not_in_gradebook"
    """The student wrote a grade the gradebook does not have."""


@attrs.frozen(kw_only=True)
class Difference:
    """One cell where the tracker and the gradebook disagree.

    The values must show the kind: both set, the reported one above (over-reported)
    or below (under-reported) the gradebook's; only the gradebook's when not
    reported; only the reported one when not in the gradebook.

    Attributes:
        row: The assignment's id.
        column: The column.
        kind: How they differ.
        reported: What the student wrote, or ``None``.
        gradebook: What the gradebook holds, or ``None``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    row: str
    column: GradeColumn
    kind: DifferenceKind
    reported: float | None = number_field(optional=True, default=None)
    gradebook: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("row", self.row)
        check.member("column", self.column, GradeColumn)
        check.member("kind", self.kind, DifferenceKind)
        valid = check.declared(self)
        numbers = valid["reported"] and valid["gradebook"]
        if numbers and isinstance(self.kind, DifferenceKind):
            self._check_kind(check)
        check.done()

    def _check_kind(self, check: Checker) -> None:
        """The values must show the kind of difference the row claims."""
        mine, theirs, kind = self.reported, self.gradebook, self.kind
        if kind is DifferenceKind.NOT_REPORTED:
            if mine is not None:
                check.add(
                    "reported", f"must be None when not reported (got {shown(mine)})"
                )
            if theirs is None:
                check.add("gradebook", "must be a number when not reported (got None)")
        elif kind is DifferenceKind.NOT_IN_GRADEBOOK:
            if theirs is not None:
                check.add(
                    "gradebook",
                    f"must be None when not in the gradebook (got {shown(theirs)})",
                )
            if mine is None:
                check.add(
                    "reported", "must be a number when not in the gradebook (got None)"
                )
        elif mine is None or theirs is None:
            for field, value in (("reported", mine), ("gradebook", theirs)):
                if value is None:
                    check.add(field, f"must be a number when {kind.value} (got None)")
        elif not (
            mine > theirs if kind is DifferenceKind.OVER_REPORTED else mine < theirs
        ):
            relation = "above" if kind is DifferenceKind.OVER_REPORTED else "below"
            check.add(
                "reported",
                f"must be {relation} gradebook ({theirs:g}) when {kind.value} "
                f"(got {mine:g})",
            )


@attrs.frozen(kw_only=True)
class ColumnAccuracy:
    """How accurately a class reports one column.

    Attributes:
        column: The column.
        checked: Cells compared in this column, over the class.
        matched: Cells that agree.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    column: GradeColumn
    checked: int = integer_field()
    matched: int = integer_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("column", self.column, GradeColumn)
        counts = check.declared(self)
        if counts["checked"] and counts["matched"] and self.matched > self.checked:
            check.add(
                "matched",
                f"must be at most checked ({self.checked}) (got {self.matched})",
            )
        check.done()

    @property
    def accuracy(self) -> float | None:
        """The share of this column's cells that agree; ``None`` if none compared."""
        if self.checked == 0:
            return None
        return self.matched / self.checked


@attrs.frozen(kw_only=True)
class AccuracyReport:
    """How well one student's tracker matches the gradebook.

    Attributes:
        tracker: The tracker's id.
        columns: The cells compared in each column (every cell filled on either
            side) and how many agree, for each column with a compared cell, in the
            order of `GradeColumn`.
        differences: Every cell that does not agree, in tracker order.

    Raises:
        InvalidDataError: If a field breaks its rule, or a column's count of cells
            that do not agree differs from its differences, listing every problem.
    """

    __repr__ = short_repr

    tracker: str
    columns: tuple[ColumnAccuracy, ...] = attrs.field(default=(), converter=to_tuple)
    differences: tuple[Difference, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("tracker", self.tracker)
        columns = check.items("columns", self.columns, ColumnAccuracy)
        if columns:
            check.unique("columns", self.columns, lambda c: c.column.value, "column")
        items = check.items(
            "differences",
            self.differences,
            Difference,
        )
        if columns and items and not check.problems:
            for index, column in enumerate(self.columns):
                found = sum(1 for d in self.differences if d.column is column.column)
                if column.checked - column.matched != found:
                    check.add(
                        f"columns[{index}].matched",
                        f"must be checked less the column's differences "
                        f"({column.checked} - {found}) (got {column.matched})",
                    )
            listed = {column.column for column in self.columns}
            for index, difference in enumerate(self.differences):
                if difference.column not in listed:
                    check.add(
                        f"differences[{index}].column",
                        f"must be one of the columns compared "
                        f"(got {shown(difference.column.value)})",
                    )
        check.done()

    @property
    def checked(self) -> int:
        """How many cells were compared."""
        return sum(column.checked for column in self.columns)

    @property
    def matched(self) -> int:
        """How many compared cells agree."""
        return sum(column.matched for column in self.columns)

    @property
    def accuracy(self) -> float | None:
        """The share of compared cells that agree; ``None`` when none was compared."""
        if self.checked == 0:
            return None
        return self.matched / self.checked


def _gradebook_cells(
    tracker: Tracker, gradebook: Iterable[GradebookEntry], check: Checker
) -> dict[tuple[str, GradeColumn], float]:
    """The gradebook's score for each cell, reporting bad entries with their paths."""
    teacher: dict[tuple[str, GradeColumn], float] = {}
    for index, entry in enumerate(gradebook):
        path = f"gradebook[{index}]"
        if not check.instance(path, entry, GradebookEntry):
            continue
        key = (entry.row, entry.column)
        if key in teacher:
            check.add(
                path,
                f"cell ({shown(entry.row)}, {shown(entry.column.value)}) is already in the gradebook",
            )
        elif not tracker.scale.contains(entry.score):
            check.add(
                f"{path}.score",
                f"must be within the scale {shown(tracker.scale.id)}, "
                f"{tracker.scale.minimum:g} to {tracker.scale.maximum:g} "
                f"(got {shown(entry.score)})",
            )
        else:
            teacher[key] = entry.score
    return teacher


def compare_with_gradebook(
    tracker: Tracker, gradebook: Iterable[GradebookEntry], *, tolerance: float = 0.0
) -> AccuracyReport:
    """Set a student's tracker beside the teacher's gradebook and list the differences.

    Every cell (assignment and column) filled on either side is compared. Two scores
    agree when they differ by at most *tolerance* (0 by default: the student copies
    the grade exactly). Practice rows are left out, and gradebook entries for
    assignments the tracker does not have are reported as not reported.

    Args:
        tracker: The student's tracker.
        gradebook: The teacher's grades for this student, at most one per cell.
        tolerance: How far apart two scores may be and still agree; at least 0.

    Returns:
        What was compared, what agreed, and every difference.

    Raises:
        ArgumentTypeError: If *tracker* is not a `Tracker`, *gradebook* not a
            list or *tolerance* not a number.
        InvalidDataError: If an entry is not a `GradebookEntry`, repeats a cell, or
            has a score outside the tracker's scale (``gradebook[2].score``), or if
            *tolerance* is negative or not finite.

    Example:
        >>> from datetime import date
        >>> from selfassess.tracking import (GradebookEntry, Grade, GradeColumn,
        ...     Tracker, TrackerRow, compare_with_gradebook)
        >>> row = TrackerRow(id="hw1", name="Homework 1", standards=["nf1"], grades=[
        ...     Grade(column=GradeColumn.HOMEWORK, score=4, graded_on=date(2026, 9, 9))])
        >>> tracker = Tracker(id="t", student="ana", subject="math", rows=[row])
        >>> report = compare_with_gradebook(tracker, [
        ...     GradebookEntry(row="hw1", column=GradeColumn.HOMEWORK, score=3)])
        >>> report.accuracy, report.differences[0].kind.value
        (0.0, 'over_reported')
    """
    check = Checker(arguments=True)
    tracker_ok = check.instance("tracker", tracker, Tracker)
    entries = check.listed("gradebook", gradebook, "GradebookEntry objects")
    check.number("tolerance", tolerance, minimum=0)
    teacher = _gradebook_cells(tracker, entries, check) if tracker_ok else {}
    check.done()

    cells: list[tuple[str, GradeColumn]] = []
    student: dict[tuple[str, GradeColumn], float] = {}
    for row in tracker.counted_rows:
        for column in GradeColumn:
            grade = row.grade(column)
            if grade is not None:
                student[(row.id, column)] = grade.score
            if grade is not None or (row.id, column) in teacher:
                cells.append((row.id, column))
    cells += [key for key in teacher if key not in student and key not in cells]

    differences = []
    for row_id, column in cells:
        mine, theirs = student.get((row_id, column)), teacher.get((row_id, column))
        if mine is not None and theirs is not None:
            if math.fabs(mine - theirs) <= tolerance:
                continue
            kind = (
                DifferenceKind.OVER_REPORTED
                if mine > theirs
                else DifferenceKind.UNDER_REPORTED
            )
        elif mine is None:
            kind = DifferenceKind.NOT_REPORTED
        else:
            kind = DifferenceKind.NOT_IN_GRADEBOOK
        differences.append(
            Difference(
                row=row_id, column=column, kind=kind, reported=mine, gradebook=theirs
            )
        )
    columns = []
    for column in GradeColumn:
        count = sum(1 for _, c in cells if c is column)
        if count:
            missed = sum(1 for d in differences if d.column is column)
            columns.append(
                ColumnAccuracy(column=column, checked=count, matched=count - missed)
            )
    return AccuracyReport(tracker=tracker.id, columns=columns, differences=differences)


@attrs.frozen(kw_only=True)
class ClassAccuracy:
    """How accurate a class's self-reporting is, with no student named.

    Attributes:
        trackers: How many trackers were summed up.
        fully_accurate: How many of them match the gradebook in every cell.
        checked: Cells compared over the class.
        matched: Cells that agree.
        over_reported: Cells where the student wrote more than the gradebook.
        under_reported: Cells where the student wrote less.
        not_reported: Gradebook grades missing from trackers.
        not_in_gradebook: Tracker grades the gradebook does not have.
        columns: The accuracy of each column with at least one compared cell, in
            the order of `GradeColumn`.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    trackers: int = integer_field()
    fully_accurate: int = integer_field()
    checked: int = integer_field()
    matched: int = integer_field()
    over_reported: int = integer_field(default=0)
    under_reported: int = integer_field(default=0)
    not_reported: int = integer_field(default=0)
    not_in_gradebook: int = integer_field(default=0)
    columns: tuple[ColumnAccuracy, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        if check.items("columns", self.columns, ColumnAccuracy):
            check.unique("columns", self.columns, lambda c: c.column.value, "column")
        if not check.problems:
            differences = (
                self.over_reported
                + self.under_reported
                + self.not_reported
                + self.not_in_gradebook
            )
            if self.matched + differences != self.checked:
                check.add(
                    "checked",
                    f"must be matched plus the differences ({self.matched} + "
                    f"{differences}) (got {self.checked})",
                )
            if self.fully_accurate > self.trackers:
                check.add(
                    "fully_accurate",
                    f"must be at most trackers ({self.trackers}) "
                    f"(got {self.fully_accurate})",
                )
        check.done()

    @property
    def accuracy(self) -> float | None:
        """The share of the class's compared cells that agree; ``None`` if none."""
        if self.checked == 0:
            return None
        return self.matched / self.checked


def class_accuracy(reports: Iterable[AccuracyReport]) -> ClassAccuracy:
    """Sum up a class's accuracy reports, naming no student.

    Args:
        reports: One report per student's tracker, from `compare_with_gradebook`.

    Returns:
        The class's counts, by kind of difference and by column. An empty class
        gives all counts 0 and an accuracy of ``None``.

    Raises:
        ArgumentTypeError: If *reports* is not a list.
        InvalidDataError: If an item is not an `AccuracyReport` (``reports[3]``).
    """
    found = as_list(reports, "reports")
    check = Checker(arguments=True)
    for index, report in enumerate(found):
        check.instance(f"reports[{index}]", report, AccuracyReport)
    check.done()
    kinds = dict.fromkeys(DifferenceKind, 0)
    checked = dict.fromkeys(GradeColumn, 0)
    matched = dict.fromkeys(GradeColumn, 0)
    for report in found:
        for difference in report.differences:
            kinds[difference.kind] += 1
        for column in report.columns:
            checked[column.column] += column.checked
            matched[column.column] += column.matched
    columns = [
        ColumnAccuracy(column=column, checked=checked[column], matched=matched[column])
        for column in GradeColumn
        if checked[column]
    ]
    return ClassAccuracy(
        trackers=len(found),
        fully_accurate=sum(1 for report in found if not report.differences),
        checked=sum(checked.values()),
        matched=sum(matched.values()),
        over_reported=kinds[DifferenceKind.OVER_REPORTED],
        under_reported=kinds[DifferenceKind.UNDER_REPORTED],
        not_reported=kinds[DifferenceKind.NOT_REPORTED],
        not_in_gradebook=kinds[DifferenceKind.NOT_IN_GRADEBOOK],
        columns=columns,
    )
