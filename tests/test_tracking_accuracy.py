"""Accuracy: a student's tracker beside the gradebook, and a class's summary."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import tracking as tr
from selfassess.errors import ArgumentTypeError, InvalidDataError
from strategies_tracking import accuracy_reports, gradebooks, tracker_rows, trackers

DAY = date(2026, 9, 8)
C = tr.GradeColumn
K = tr.DifferenceKind


def grade(column: tr.GradeColumn, score: float) -> tr.Grade:
    return tr.Grade(column=column, score=score, graded_on=DAY)


def entry(row: str, column: tr.GradeColumn, score: float) -> tr.GradebookEntry:
    return tr.GradebookEntry(row=row, column=column, score=score)


TRACKER = tr.Tracker(
    id="ana-math",
    student="ana",
    subject="math",
    rows=[
        tr.TrackerRow(
            id="hw1",
            name="Homework 1",
            standards=["nf1"],
            grades=[grade(C.HOMEWORK, 4), grade(C.CLASSWORK, 3)],
        ),
        tr.TrackerRow(
            id="quiz",
            name="Quiz",
            standards=["nf1"],
            grades=[grade(C.SUMMATIVE, 2), grade(C.PRE_ASSESSMENT, 1)],
        ),
        tr.TrackerRow(
            id="sample",
            name="Sample",
            standards=["nf1"],
            grades=[grade(C.SUMMATIVE, 4)],
            practice=True,
        ),
    ],
)


def identical_gradebook(tracker: tr.Tracker) -> list[tr.GradebookEntry]:
    return [
        entry(row.id, g.column, g.score)
        for row in tracker.counted_rows
        for g in row.grades
    ]


def test_differences_are_listed_cell_by_cell() -> None:
    """Over, under, missing and extra cells are each named with both values."""
    report = tr.compare_with_gradebook(
        TRACKER,
        [
            entry("hw1", C.HOMEWORK, 3),  # over-reported
            entry("hw1", C.CLASSWORK, 3),  # agrees
            entry("quiz", C.SUMMATIVE, 3),  # under-reported
            entry("hw2", C.HOMEWORK, 2),  # not on the tracker
        ],
    )
    assert [
        (d.row, d.column, d.kind, d.reported, d.gradebook) for d in report.differences
    ] == [
        ("hw1", C.HOMEWORK, K.OVER_REPORTED, 4.0, 3.0),
        ("quiz", C.PRE_ASSESSMENT, K.NOT_IN_GRADEBOOK, 1.0, None),
        ("quiz", C.SUMMATIVE, K.UNDER_REPORTED, 2.0, 3.0),
        ("hw2", C.HOMEWORK, K.NOT_REPORTED, None, 2.0),
    ]
    assert (report.checked, report.matched) == (5, 1)
    assert report.accuracy == pytest.approx(0.2)
    assert [(c.column, c.checked, c.matched) for c in report.columns] == [
        (C.PRE_ASSESSMENT, 1, 0),
        (C.CLASSWORK, 1, 1),
        (C.HOMEWORK, 2, 0),
        (C.SUMMATIVE, 1, 0),
    ]


def test_tolerance_lets_near_scores_agree() -> None:
    """With a tolerance of 1, a score one off agrees."""
    report = tr.compare_with_gradebook(
        TRACKER, [entry("hw1", C.HOMEWORK, 3)], tolerance=1
    )
    assert report.matched == 1


def test_bad_gradebooks_are_refused_with_paths() -> None:
    """Repeated cells, scores outside the scale and a negative tolerance are named."""
    with pytest.raises(InvalidDataError) as caught:
        tr.compare_with_gradebook(
            TRACKER,
            [
                entry("hw1", C.HOMEWORK, 3),
                entry("hw1", C.HOMEWORK, 4),
                entry("quiz", C.SUMMATIVE, 7),
                "hw1",  # type: ignore[list-item]
            ],
            tolerance=-1,
        )
    assert [str(p) for p in caught.value.problems] == [
        "tolerance: must be at least 0 (got -1)",
        "gradebook[1]: cell ('hw1', 'homework') is already in the gradebook",
        "gradebook[2].score: must be within the scale 'four-point', 1 to 4 (got 7.0)",
        "gradebook[3]: must be a GradebookEntry (got 'hw1')",
    ]
    with pytest.raises(ArgumentTypeError, match=r"^gradebook: must be a list"):
        tr.compare_with_gradebook(TRACKER, 3)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^tracker: must be a Tracker"):
        tr.compare_with_gradebook(None, [])  # type: ignore[arg-type]


def test_nothing_to_compare_has_no_accuracy() -> None:
    """An empty tracker and an empty gradebook give no accuracy, not 100 % or 0 %."""
    empty = attrs.evolve(TRACKER, rows=[])
    report = tr.compare_with_gradebook(empty, [])
    assert (report.checked, report.accuracy, report.differences) == (0, None, ())


@given(trackers())
def test_accuracy_of_identical_reports_is_100_percent(made: tr.Tracker) -> None:
    """A gradebook holding exactly the tracker's grades agrees in every cell."""
    report = tr.compare_with_gradebook(made, identical_gradebook(made))
    assert report.differences == ()
    assert report.accuracy == (1.0 if report.checked else None)
    assert report.checked == sum(len(r.grades) for r in made.counted_rows)


@given(
    made=trackers(practice=False),
    extra=st.lists(tracker_rows(practice=True), max_size=3),
    data=st.data(),
)
def test_practice_rows_never_change_accuracy(
    made: tr.Tracker, extra: list[tr.TrackerRow], data: st.DataObject
) -> None:
    """Adding practice rows leaves the comparison with the same gradebook unchanged."""
    gradebook = data.draw(gradebooks(made))
    taken = {r.id for r in made.rows}
    fresh = [
        attrs.evolve(r, id=f"practice-{i}")
        for i, r in enumerate(extra)
        if f"practice-{i}" not in taken
        and all(made.scale.contains(g.score) for g in r.grades)
    ]
    more = attrs.evolve(made, rows=[*made.rows, *fresh])
    assert tr.compare_with_gradebook(more, gradebook) == tr.compare_with_gradebook(
        made, gradebook
    )


def test_a_mismatched_report_is_refused() -> None:
    """A report whose counts disagree with its differences cannot be built."""
    with pytest.raises(
        InvalidDataError, match=r"columns\[0\]\.matched: must be checked less"
    ):
        tr.AccuracyReport(
            tracker="t",
            columns=[tr.ColumnAccuracy(column=C.HOMEWORK, checked=2, matched=2)],
            differences=[
                tr.Difference(
                    row="hw1", column=C.HOMEWORK, kind=K.NOT_REPORTED, gradebook=3
                )
            ],
        )


def test_class_accuracy_names_no_one() -> None:
    """The class summary counts cells and kinds of difference, without student ids."""
    right = tr.compare_with_gradebook(TRACKER, identical_gradebook(TRACKER))
    wrong = tr.compare_with_gradebook(TRACKER, [entry("hw1", C.HOMEWORK, 3)])
    summary = tr.class_accuracy([right, wrong])
    assert (summary.trackers, summary.fully_accurate) == (2, 1)
    assert (summary.checked, summary.matched) == (8, 4)
    assert (summary.over_reported, summary.not_in_gradebook) == (1, 3)
    assert summary.accuracy == 0.5
    assert "ana" not in repr(summary)


def test_class_accuracy_of_no_one() -> None:
    """An empty class has zero counts and no accuracy."""
    summary = tr.class_accuracy([])
    assert (summary.trackers, summary.checked, summary.accuracy) == (0, 0, None)
    with pytest.raises(
        InvalidDataError, match=r"^reports\[0\]: must be an AccuracyReport"
    ):
        tr.class_accuracy([None])  # type: ignore[list-item]


@given(st.lists(accuracy_reports(), max_size=4))
def test_class_accuracy_adds_up(reports: list[tr.AccuracyReport]) -> None:
    """The class's counts are the sums of its reports' counts."""
    summary = tr.class_accuracy(reports)
    assert summary.checked == sum(r.checked for r in reports)
    assert summary.matched == sum(r.matched for r in reports)
    assert sum(c.checked for c in summary.columns) == summary.checked
    assert summary.fully_accurate == sum(1 for r in reports if not r.differences)


@pytest.mark.parametrize(
    ("kind", "reported", "gradebook", "message"),
    [
        (
            K.OVER_REPORTED,
            2,
            3,
            r"^reported: must be above gradebook \(3\) when over_reported \(got 2\)$",
        ),
        (K.UNDER_REPORTED, 3, 3, r"^reported: must be below gradebook \(3\)"),
        (K.UNDER_REPORTED, None, 3, r"^reported: must be a number when under_reported"),
        (K.NOT_REPORTED, 2, 3, r"^reported: must be None when not reported"),
        (
            K.NOT_IN_GRADEBOOK,
            None,
            3,
            r"gradebook: must be None when not in the gradebook",
        ),
    ],
)
def test_a_difference_must_show_its_kind(
    kind: tr.DifferenceKind,
    reported: float | None,
    gradebook: float | None,
    message: str,
) -> None:
    """Values that contradict the kind of difference are refused."""
    with pytest.raises(InvalidDataError, match=message):
        tr.Difference(
            row="hw1",
            column=C.HOMEWORK,
            kind=kind,
            reported=reported,
            gradebook=gradebook,
        )
