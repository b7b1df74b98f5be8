"""selfassess.rubrics compare: gaps, estimation, agreement and talking points."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given

import selfassess as sa
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.rubrics import (
    COLLABORATION,
    Assessment,
    Criterion,
    CriterionComparison,
    Estimation,
    Rating,
    Rubric,
    RubricKind,
    TalkingPointKind,
    adjacent_agreement,
    calibrate,
    compare,
)
from strategies_rubrics import assessments, pairs_of_assessments


def _filled(id: str, role: sa.Role, levels: list[int]) -> Assessment:
    return Assessment(
        id=id,
        rubric=COLLABORATION,
        student="ana",
        rater="ana" if role is sa.Role.STUDENT else "okafor",
        role=role,
        assessed_on=date(2026, 10, 2),
        ratings=[
            Rating(criterion=criterion.id, level=level)
            for criterion, level in zip(COLLABORATION.criteria, levels, strict=True)
        ],
    )


def test_rows_gaps_and_estimation() -> None:
    """Each row has both levels, the gap (self minus teacher) and over or under."""
    comparison = compare(
        _filled("s1", sa.Role.STUDENT, [1, 3, 4, 2]),
        _filled("t1", sa.Role.TEACHER, [3, 3, 3, 2]),
    )
    assert (
        comparison.student,
        comparison.self_assessment,
        comparison.teacher_assessment,
    ) == (
        "ana",
        "s1",
        "t1",
    )
    assert comparison.rubric == "collaboration"
    rows = {row.criterion: row for row in comparison.criteria}
    assert rows["participation"].gap == -2
    assert rows["participation"].estimation is Estimation.UNDER
    assert rows["contributions"].estimation is Estimation.OVER
    assert rows["collaboration"].estimation is Estimation.MATCHED
    assert rows["contributions"].adjacent
    assert not rows["participation"].adjacent
    assert rows["participation"].self_label == "Not proficient"
    assert comparison.exact_agreement == 0.5
    assert comparison.bias == -0.25
    assert [row.criterion for row in comparison.gaps] == [
        "participation",
        "contributions",
    ]


def test_talking_points_largest_gap_first_then_praise() -> None:
    """Largest gap first, then praise for a shared strength, then a shared next step."""
    comparison = compare(
        _filled("s1", sa.Role.STUDENT, [1, 3, 4, 2]),
        _filled("t1", sa.Role.TEACHER, [3, 3, 3, 2]),
    )
    assert [(p.kind, p.criterion) for p in comparison.talking_points] == [
        (TalkingPointKind.HARDER_ON_THEMSELVES, "participation"),
        (TalkingPointKind.OVERESTIMATE, "contributions"),
        (TalkingPointKind.PRAISE, "collaboration"),
        (TalkingPointKind.NEXT_STEP, "communication"),
    ]
    first = comparison.talking_points[0].text
    assert "Not proficient (1)" in first
    assert "harder on yourself" in first


@given(assessment=assessments())
def test_an_assessment_compared_with_itself_has_no_gaps(assessment: Assessment) -> None:
    """Comparing an assessment with itself shows no gaps and full agreement."""
    comparison = compare(assessment, assessment)
    assert comparison.gaps == ()
    assert all(row.gap == 0 and row.agrees for row in comparison.criteria)
    assert comparison.exact_agreement in (None, 1.0)
    assert all(
        point.kind in (TalkingPointKind.PRAISE, TalkingPointKind.NEXT_STEP)
        for point in comparison.talking_points
    )


@given(pair=pairs_of_assessments())
def test_talking_points_are_ordered_by_gap(pair: tuple[Assessment, Assessment]) -> None:
    """Gaps come before agreements, and never a smaller gap before a larger one."""
    comparison = compare(*pair)
    sizes = [abs(point.steps) for point in comparison.talking_points]
    gaps = [size for size in sizes if size > 0]
    assert sizes[: len(gaps)] == gaps
    assert gaps == sorted(gaps, reverse=True)
    assert len(comparison.talking_points) == len(comparison.criteria)
    for row in comparison.criteria:
        assert row.gap == row.self_level - row.teacher_level


def test_assessments_must_match() -> None:
    """Different rubrics or different students cannot be compared."""
    mine = _filled("s1", sa.Role.STUDENT, [1, 3, 4, 2])
    other_rubric = attrs.evolve(COLLABORATION, id="collab-2")
    theirs = attrs.evolve(
        _filled("t1", sa.Role.TEACHER, [3, 3, 3, 2]), rubric=other_rubric, student="ben"
    )
    with pytest.raises(InvalidDataError) as caught:
        compare(mine, theirs)
    assert [str(problem) for problem in caught.value.problems] == [
        "teacher_assessment.rubric: must be the rubric of the self-assessment "
        "('collaboration') (got 'collab-2')",
        "teacher_assessment.student: must be the student of the self-assessment "
        "('ana') (got 'ben')",
    ]
    with pytest.raises(
        ArgumentTypeError, match=r"^teacher_assessment: must be an Assessment"
    ):
        compare(mine, "t1")  # type: ignore[arg-type]


def test_rows_check_their_arithmetic() -> None:
    """A row whose gap or steps contradict its levels is refused."""
    with pytest.raises(InvalidDataError) as caught:
        CriterionComparison(
            criterion="c",
            title="C",
            self_level=3,
            teacher_level=2,
            self_label="Proficient",
            teacher_label="Partially proficient",
            gap=-1,
            steps=1,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "gap: must be self_level minus teacher_level (1) (got -1)",
        "steps: must have the sign of gap (-1) (got 1)",
    ]


def test_paired_levels_pool_into_calibration() -> None:
    """A class's comparisons pool into paired levels for the calibration statistics."""
    comparisons = [
        compare(
            _filled("s1", sa.Role.STUDENT, [1, 3, 4, 2]),
            _filled("t1", sa.Role.TEACHER, [3, 3, 3, 2]),
        ),
        compare(
            _filled("s2", sa.Role.STUDENT, [2, 2, 2, 2]),
            _filled("t2", sa.Role.TEACHER, [2, 3, 2, 2]),
        ),
    ]
    mine = [level for c in comparisons for level in c.paired_levels[0]]
    theirs = [level for c in comparisons for level in c.paired_levels[1]]
    assert mine == [1, 3, 4, 2, 2, 2, 2, 2]
    assert theirs == [3, 3, 3, 2, 2, 3, 2, 2]
    result = calibrate(mine, theirs, [1, 2, 3, 4])
    assert result.estimation is Estimation.UNDER
    assert result.exact_agreement == 0.625


EVEN = sa.Scale(
    id="even",
    name="Even points",
    levels=[
        sa.Level(points=0, label="Beginning"),
        sa.Level(points=2, label="Developing"),
        sa.Level(points=4, label="Proficient", mastery=True),
        sa.Level(points=6, label="Advanced", mastery=True),
    ],
)
"""A scale whose levels are two points apart."""


def test_adjacent_rows_agree_with_adjacent_agreement_on_a_wide_scale() -> None:
    """On a 0/2/4/6 scale, rows a level apart are adjacent, as calibrate counts them."""
    rubric = Rubric(
        id="even-collaboration",
        title="Collaboration",
        kind=RubricKind.ANALYTIC,
        scale=EVEN,
        criteria=[Criterion(id=c.id, title=c.title) for c in COLLABORATION.criteria],
    )

    def filled(id: str, role: sa.Role, levels: list[int]) -> Assessment:
        return Assessment(
            id=id,
            rubric=rubric,
            student="ana",
            rater="ana" if role is sa.Role.STUDENT else "okafor",
            role=role,
            assessed_on=date(2026, 10, 2),
            ratings=[
                Rating(criterion=c.id, level=level)
                for c, level in zip(rubric.criteria, levels, strict=True)
            ],
        )

    comparison = compare(
        filled("s1", sa.Role.STUDENT, [6, 2, 0, 4]),
        filled("t1", sa.Role.TEACHER, [4, 2, 4, 6]),
    )
    assert [row.adjacent for row in comparison.criteria] == [True, True, False, True]
    mine, theirs = comparison.paired_levels
    points = [level.points for level in EVEN.levels]
    assert adjacent_agreement(mine, theirs, points) == 0.75
    assert calibrate(mine, theirs, points).adjacent_agreement == 0.75


@given(pair=pairs_of_assessments())
def test_rows_are_the_assessments_levels(pair: tuple[Assessment, Assessment]) -> None:
    """A row per scored criterion rated in both, in order, with each one's level."""
    mine, theirs = pair
    comparison = compare(mine, theirs)
    expected = [
        criterion.id
        for criterion in mine.rubric.scored_criteria
        if mine.level(criterion.id) is not None
        and theirs.level(criterion.id) is not None
    ]
    assert [row.criterion for row in comparison.criteria] == expected
    levels = [level.points for level in mine.rubric.scale.levels]
    for row in comparison.criteria:
        assert row.self_level == mine.level(row.criterion)
        assert row.teacher_level == theirs.level(row.criterion)
        assert row.steps == levels.index(row.self_level) - levels.index(
            row.teacher_level
        )
