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
    Descriptor,
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
    assert first.startswith(
        "Participation: you rated yourself Not proficient, and your work shows "
        "Proficient."
    )
    assert "harder on yourself" in first


@given(assessment=assessments())
def test_an_assessment_compared_with_itself_has_no_gaps(assessment: Assessment) -> None:
    """Comparing an assessment with itself shows no gaps and full agreement."""
    comparison = compare(assessment, assessment)
    assert comparison.gaps == ()
    assert all(row.gap in (0, None) and row.agrees for row in comparison.criteria)
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
        if row.self_points is not None and row.teacher_points is not None:
            assert row.gap == row.self_points - row.teacher_points
        assert row.steps == (row.self_position or 0) - (row.teacher_position or 0)


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
    """A row whose gap or steps contradict its points and positions is refused."""
    with pytest.raises(InvalidDataError) as caught:
        CriterionComparison(
            criterion="c",
            title="C",
            self_position=2,
            teacher_position=1,
            self_level=3,
            teacher_level=2,
            self_points=8,
            teacher_points=5,
            self_label="Proficient",
            teacher_label="Partially proficient",
            gap=1,
            steps=-1,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "gap: must be self_points minus teacher_points, or self_level minus "
        "teacher_level without points (3.0) (got 1.0)",
        "steps: must be self_position minus teacher_position (1) (got -1)",
    ]


def test_paired_positions_pool_into_calibration() -> None:
    """A class's comparisons pool into paired positions for the calibration statistics."""
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
    mine = [level for c in comparisons for level in c.paired_positions[0]]
    theirs = [level for c in comparisons for level in c.paired_positions[1]]
    assert mine == [0, 2, 3, 1, 1, 1, 1, 1]
    assert theirs == [2, 2, 2, 1, 1, 2, 1, 1]
    result = calibrate(mine, theirs, range(4))
    assert result.estimation is Estimation.UNDER
    assert result.exact_agreement == 0.625


def test_criteria_with_different_points_pool_by_position() -> None:
    """Statistics count each criterion's own order, not its points.

    A criterion worth 0/5/10 and one worth 1/2/3/4: one rating apart is one step
    on either, so adjacent agreement is 1.0 and the bias counts ratings.
    """
    rubric = Rubric(
        id="mixed",
        title="Mixed",
        criteria=[
            Criterion(
                id="lab",
                title="Lab",
                descriptors=[
                    Descriptor(title="None", points=0),
                    Descriptor(title="Some", points=5),
                    Descriptor(title="All", points=10),
                ],
            ),
            Criterion(id="talk", title="Talk"),
        ],
    )

    def rate(id: str, role: sa.Role, lab: float, talk: float) -> Assessment:
        return Assessment(
            id=id,
            rubric=rubric,
            student="ana",
            rater=id,
            role=role,
            assessed_on=date(2026, 10, 2),
            ratings=[
                Rating(criterion="lab", points=lab),
                Rating(criterion="talk", level=talk),
            ],
        )

    comparison = compare(
        rate("s", sa.Role.STUDENT, 10, 2), rate("t", sa.Role.TEACHER, 5, 3)
    )
    assert [(row.gap, row.steps) for row in comparison.criteria] == [(5, 1), (-1, -1)]
    assert comparison.bias == 0.0
    assert comparison.paired_positions == ((2, 1), (1, 2))
    assert [row.adjacent for row in comparison.criteria] == [True, True]
    assert [point.text.split(".")[0] for point in comparison.talking_points] == [
        "Lab: you rated yourself All, and I see Some",
        "Talk: you rated yourself Partially proficient, and your work shows Proficient",
    ]


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
    mine, theirs = comparison.paired_positions
    assert adjacent_agreement(mine, theirs, range(4)) == 0.75
    assert calibrate(mine, theirs, range(4)).adjacent_agreement == 0.75
    levels = (
        [row.self_level for row in comparison.criteria],
        [row.teacher_level for row in comparison.criteria],
    )
    points = [level.points for level in EVEN.levels]
    assert calibrate(*levels, points).adjacent_agreement == 0.75


@given(pair=pairs_of_assessments())
def test_rows_are_the_assessments_ratings(pair: tuple[Assessment, Assessment]) -> None:
    """A row per rated criterion rated in both, in order, with each one's rating."""
    mine, theirs = pair
    comparison = compare(mine, theirs)
    expected = [
        criterion.id
        for criterion in mine.rubric.rated_criteria
        if mine.position(criterion.id) is not None
        and theirs.position(criterion.id) is not None
    ]
    assert [row.criterion for row in comparison.criteria] == expected
    for row in comparison.criteria:
        assert row.self_level == mine.level(row.criterion)
        assert row.teacher_level == theirs.level(row.criterion)
        assert (row.self_points, row.teacher_points) == (
            mine.points(row.criterion),
            theirs.points(row.criterion),
        )
        assert row.self_position == mine.position(row.criterion)
        assert row.steps == mine.position(row.criterion) - theirs.position(  # type: ignore[operator]
            row.criterion
        )
        assert "Level" not in row.self_label or "Level" in str(
            mine.rubric.criterion(row.criterion).descriptors
        )
