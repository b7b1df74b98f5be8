"""selfassess.rubrics rubric models: rules with paths, points and ranges, kinds."""

from __future__ import annotations

import math

import pytest
from hypothesis import given

import selfassess as sa
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.rubrics import COLLABORATION, Criterion, Descriptor, Rubric, RubricKind
from strategies_rubrics import TWO_LEVELS, rubrics


def _ranged() -> Rubric:
    """A Canvas-style rubric whose levels earn ranges of points."""
    return Rubric(
        id="essay",
        title="Essay",
        criteria=[
            Criterion(
                id="ideas",
                title="Ideas",
                descriptors=[
                    Descriptor(level=1, points=2),
                    Descriptor(level=2, points=5, min_points=3),
                    Descriptor(level=3, points=8, min_points=6),
                    Descriptor(level=4, points=10, min_points=9),
                ],
            ),
            Criterion(id="voice", title="Voice", weight=2),
        ],
    )


def test_points_and_ranges() -> None:
    """Levels earn their scale points unless a descriptor gives points or a range."""
    rubric = _ranged()
    assert rubric.level_points("ideas", 3) == (6.0, 8.0)
    assert rubric.level_points("voice", 3) == (3.0, 3.0)
    assert rubric.points_range("ideas") == (2.0, 10.0)
    assert rubric.maximum == 14.0
    assert rubric.minimum == 3.0
    level = rubric.level_of_points("ideas", 7.5)
    assert level is not None
    assert level.points == 3
    assert rubric.level_of_points("ideas", 5.5) is None


def test_lookups_refuse_unknown_and_feedback_only_criteria() -> None:
    """Asking for points of an unknown or a feedback-only criterion raises."""
    rubric = Rubric(
        id="r",
        title="R",
        criteria=[
            Criterion(id="a", title="A"),
            Criterion(id="notes", title="Notes", feedback_only=True),
        ],
    )
    with pytest.raises(
        NotFoundError, match=r"^the rubric 'r' has no criterion with the id 'b'$"
    ):
        rubric.criterion("b")
    with pytest.raises(
        InvalidDataError, match=r"^criterion_id: must be a scored criterion"
    ):
        rubric.points_range("notes")
    with pytest.raises(
        NotFoundError, match=r"^no level of the scale 'four-point' has 7"
    ):
        rubric.level_points("a", 7)


def test_every_problem_is_reported_with_its_path() -> None:
    """Repeated ids, unknown levels, bad points and weights are all reported at once."""
    with pytest.raises(InvalidDataError) as caught:
        Rubric(
            id="r",
            title="R",
            criteria=[
                Criterion(
                    id="a",
                    title="A",
                    descriptors=[Descriptor(level=5, description="Beyond")],
                ),
                Criterion(id="a", title="Again"),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "criteria[1]: id 'a' is already used at criteria[0]",
        "criteria[0].descriptors[0].level: must be the points of a level of "
        "'four-point' (1, 2, 3, 4) (got 5)",
    ]
    with pytest.raises(InvalidDataError) as caught:
        Descriptor(level=math.nan, points=-1, min_points=math.inf, can_do=["x", "x"])
    assert [str(problem) for problem in caught.value.problems] == [
        "level: must be finite (got nan)",
        "points: must be at least 0 (got -1.0)",
        "min_points: must be finite (got inf)",
        "can_do[1]: statement 'x' is already used at can_do[0]",
    ]
    with pytest.raises(
        InvalidDataError, match=r"^min_points: must be at most points \(2\) \(got 3\)$"
    ):
        Descriptor(level=1, points=2, min_points=3)
    with pytest.raises(
        InvalidDataError, match=r"^weight: must be greater than 0 \(got 0\.0\)$"
    ):
        Criterion(id="a", title="A", weight=0)
    with pytest.raises(
        InvalidDataError, match=r"^descriptors: must be empty for a feedback-only"
    ):
        Criterion(
            id="a", title="A", feedback_only=True, descriptors=[Descriptor(level=1)]
        )


def test_points_must_rise_with_the_levels() -> None:
    """A level earning no more than the level below, or overlapping ranges, is refused."""
    with pytest.raises(
        InvalidDataError,
        match=r"^criteria\[0\]\.descriptors\[1\]\.min_points: must give level 3 more "
        r"points than the level below \(5\) \(got 4\)$",
    ):
        Rubric(
            id="r",
            title="R",
            criteria=[
                Criterion(
                    id="a",
                    title="A",
                    descriptors=[
                        Descriptor(level=2, points=5),
                        Descriptor(level=3, points=8, min_points=4),
                        Descriptor(level=4, points=10),
                    ],
                )
            ],
        )
    with pytest.raises(
        InvalidDataError,
        match=r"criteria\[0\]\.descriptors: must give level 3 more points",
    ):
        Rubric(
            id="r",
            title="R",
            criteria=[
                Criterion(
                    id="a", title="A", descriptors=[Descriptor(level=2, points=9)]
                )
            ],
        )


def test_scored_criteria_and_feedback_only_rubrics() -> None:
    """A rubric needs a scored criterion unless it says it is feedback-only."""
    notes = Criterion(id="notes", title="Notes", feedback_only=True)
    with pytest.raises(
        InvalidDataError, match=r"^criteria: must have at least one scored criterion"
    ):
        Rubric(id="r", title="R", criteria=[notes])
    assert Rubric(id="r", title="R", criteria=[notes], feedback_only=True).maximum == 0
    with pytest.raises(
        InvalidDataError,
        match=r"^criteria\[0\]\.feedback_only: must be true in a feedback-only rubric",
    ):
        Rubric(
            id="r",
            title="R",
            criteria=[Criterion(id="a", title="A")],
            feedback_only=True,
        )
    with pytest.raises(InvalidDataError, match=r"^criteria: must not be empty$"):
        Rubric(id="r", title="R", criteria=[])


def test_rules_by_kind() -> None:
    """Holistic: one scored criterion; checklist: two levels; single-point: one mastery descriptor."""
    two = [Criterion(id="a", title="A"), Criterion(id="b", title="B")]
    with pytest.raises(
        InvalidDataError,
        match=r"^criteria: must have exactly one scored criterion in a holistic rubric \(got 2\)$",
    ):
        Rubric(id="r", title="R", kind=RubricKind.HOLISTIC, criteria=two)
    with pytest.raises(
        InvalidDataError,
        match=r"^scale\.levels: must have exactly 2 levels in a checklist \(got 4\)$",
    ):
        Rubric(id="r", title="R", kind=RubricKind.CHECKLIST, criteria=two)
    assert (
        Rubric(
            id="r", title="R", kind=RubricKind.CHECKLIST, scale=TWO_LEVELS, criteria=two
        ).maximum
        == 2
    )
    with pytest.raises(InvalidDataError) as caught:
        Rubric(
            id="r",
            title="R",
            kind=RubricKind.SINGLE_POINT,
            criteria=[
                Criterion(id="a", title="A"),
                Criterion(id="b", title="B", descriptors=[Descriptor(level=2)]),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "criteria[0].descriptors: must have exactly one descriptor in a single-point rubric (got 0)",
        "criteria[1].descriptors[0].level: must be a mastery level of the scale in a "
        "single-point rubric (got 2)",
    ]


def test_scale_points_must_not_be_negative() -> None:
    """A rubric's scale starts at 0 points or above."""
    scale = sa.Scale(
        id="signed",
        name="Signed",
        levels=[sa.Level(points=-1, label="Below"), sa.Level(points=1, label="Above")],
    )
    with pytest.raises(
        InvalidDataError,
        match=r"^scale\.levels\[0\]\.points: must be at least 0 for a rubric \(got -1\)$",
    ):
        Rubric(id="r", title="R", scale=scale, criteria=[Criterion(id="a", title="A")])


def test_collaboration_template() -> None:
    """The collaboration rubric has the practice's four criteria on the 4-point scale."""
    assert [c.id for c in COLLABORATION.criteria] == [
        "participation",
        "collaboration",
        "contributions",
        "communication",
    ]
    assert COLLABORATION.scale == sa.FOUR_POINT
    assert COLLABORATION.maximum == 16
    assert all(len(c.descriptors) == 4 for c in COLLABORATION.criteria)


@given(rubric=rubrics())
def test_points_ranges_are_ordered(rubric: Rubric) -> None:
    """Every scored criterion's levels earn rising, non-negative, non-overlapping points."""
    for criterion in rubric.scored_criteria:
        previous = -1.0
        for level in rubric.scale.levels:
            low, high = rubric.level_points(criterion.id, level.points)
            assert previous < low <= high
            found = rubric.level_of_points(criterion.id, (low + high) / 2)
            assert found == level
            previous = high
    assert 0 <= rubric.minimum <= rubric.maximum
