"""selfassess.rubrics rubric models: rules with paths, points and ranges, kinds."""

from __future__ import annotations

import math

import attrs
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
                use_range=True,
                descriptors=[
                    Descriptor(level=1, points=2),
                    Descriptor(level=2, points=5),
                    Descriptor(level=3, points=8, title="Clear"),
                    Descriptor(level=4, points=10),
                ],
            ),
            Criterion(id="voice", title="Voice", weight=2),
        ],
    )


def test_criteria_on_the_scale_are_filled_in() -> None:
    """Levels left out earn their scale points and take their labels as titles."""
    rubric = _ranged()
    voice = rubric.criterion("voice")
    assert [(d.level, d.title, d.points) for d in voice.descriptors] == [
        (1.0, "Not proficient", 1.0),
        (2.0, "Partially proficient", 2.0),
        (3.0, "Proficient", 3.0),
        (4.0, "Advanced", 4.0),
    ]
    ideas = rubric.criterion("ideas")
    assert [d.title for d in ideas.descriptors][2] == "Clear"
    assert rubric.points_range("ideas") == (2.0, 10.0)
    assert (rubric.maximum, rubric.minimum) == (14.0, 3.0)
    # Filling in is done once: the filled rubric builds to an equal one.
    assert Rubric(id="essay", title="Essay", criteria=rubric.criteria) == rubric


def test_ranges_cover_every_point_below_a_rating() -> None:
    """5.25 and 1.0 land in a rating: no gaps between the ranges.

    instructure/canvas-lms ui/shared/rubrics/react/RubricAssessment/utils/
    rubricUtils.ts, findCriterionMatchingRatingIndex (range: the last rating,
    highest first, whose points are at least those given).
    """
    ideas = _ranged().criterion("ideas")
    assert ideas.positions_of(5.25) == (2,)
    assert ideas.positions_of(1.0) == (0,)
    assert ideas.positions_of(10.5) == ()
    # Free points are placed at the rating they reach.
    assert (ideas.placed(10.5), ideas.placed(1.0)) == (3, 0)
    voice = _ranged().criterion("voice")
    assert voice.positions_of(2.5) == ()
    assert voice.placed(2.5) == 1


def test_lookups_refuse_unknown_and_unscored_criteria() -> None:
    """Asking for points of an unknown or a feedback-only criterion raises."""
    rubric = Rubric(
        id="r",
        title="R",
        criteria=[
            Criterion(id="a", title="A", descriptors=[Descriptor(level=2, id="two")]),
            Criterion(id="notes", title="Notes", feedback_only=True),
        ],
    )
    with pytest.raises(
        NotFoundError, match=r"^the rubric 'r' has no criterion with the id 'b'$"
    ):
        rubric.criterion("b")
    with pytest.raises(
        InvalidDataError, match=r"^criterion_id: must be a criterion with points"
    ):
        rubric.points_range("notes")
    assert rubric.criterion("a").rating("two").points == 2.0
    with pytest.raises(
        NotFoundError, match=r"^the criterion 'a' has no rating with the id 'three'$"
    ):
        rubric.criterion("a").rating("three")


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
        Descriptor(level=math.nan, points=math.inf, id=" x", can_do=["x", "x"])
    assert [str(problem) for problem in caught.value.problems] == [
        "level: must be finite (got nan)",
        "points: must be finite (got inf)",
        "can_do[1]: statement 'x' is already used at can_do[0]",
        "id: must not start or end with spaces (got ' x')",
    ]
    with pytest.raises(InvalidDataError) as caught:
        Criterion(
            id="a",
            title="A",
            use_range=True,
            descriptors=[
                Descriptor(title="Low", points=1, id="r"),
                Descriptor(title="Same", points=1, id="r"),
                Descriptor(),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "descriptors[1].id: must be unique in the criterion (got 'r' again)",
        "descriptors[2]: must have a title, a description or points, so that the "
        "rating can be told from the others",
        "descriptors[2].points: must be given on every rating of the criterion or "
        "on none (got None)",
    ]
    with pytest.raises(
        InvalidDataError,
        match=r"^descriptors\[1\]\.level: must be given on every descriptor or on none",
    ):
        Criterion(
            id="a",
            title="A",
            descriptors=[Descriptor(level=1), Descriptor(title="Own", points=3)],
        )
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


def test_points_never_fall_going_up() -> None:
    """Equal points are allowed (Moodle, ORA); falling ones are not; a range rises."""
    equal = Criterion(
        id="a",
        title="A",
        descriptors=[
            Descriptor(title="Poor", points=-2),
            Descriptor(title="Fair", points=2),
            Descriptor(title="Fair, neat", points=2),
        ],
    )
    assert equal.points_range == (-2.0, 2.0)
    with pytest.raises(
        InvalidDataError,
        match=r"^descriptors\[1\]\.points: must be more than the points of the "
        r"rating below it on a criterion with a range \(2\) \(got 2\)$",
    ):
        Criterion(
            id="a",
            title="A",
            use_range=True,
            descriptors=[
                Descriptor(title="A", points=2),
                Descriptor(title="B", points=2),
            ],
        )
    with pytest.raises(
        InvalidDataError,
        match=r"^criteria\[0\]\.descriptors\[1\]\.points: must be at least the "
        r"points of the rating below it, lowest first \(5\) \(got 4\)$",
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
                        Descriptor(level=3, points=4),
                    ],
                )
            ],
        )
    with pytest.raises(
        InvalidDataError,
        match=r"criteria\[0\]\.descriptors: must be at least the points of the "
        r"rating below it, lowest first \(9\) \(got 3\)",
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


def test_unscored_ratings_and_their_rules() -> None:
    """Ratings without points: no maximum, no range, no standards, no mastery points."""
    tried = Descriptor(title="Tried", id="t")
    rubric = Rubric(
        id="r",
        title="R",
        scale=None,
        criteria=[Criterion(id="a", title="A", descriptors=[tried])],
    )
    assert (rubric.maximum, rubric.scored_criteria) == (0.0, ())
    with pytest.raises(
        InvalidDataError,
        match=r"^use_range: must be false on a criterion whose ratings have no "
        r"points \(got True\)$",
    ):
        Criterion(id="a", title="A", use_range=True, descriptors=[tried])
    with pytest.raises(InvalidDataError) as caught:
        Rubric(
            id="r",
            title="R",
            scale=None,
            criteria=[
                Criterion(
                    id="a",
                    title="A",
                    standards=["nf1"],
                    mastery_points=1,
                    descriptors=[tried],
                ),
                Criterion(id="b", title="B"),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "criteria[0].standards: must be empty on a criterion whose ratings have "
        "neither points nor levels: a rating on it is no evidence of a standard (got 1)",
        "criteria[0].mastery_points: must be left out on a criterion whose ratings "
        "have no points (got 1)",
        "criteria[1].descriptors: must be the criterion's own ratings, without "
        "levels: the rubric has no scale",
    ]


def test_rated_criteria_and_feedback_only_rubrics() -> None:
    """A rubric needs a rated criterion unless it says it is feedback-only."""
    notes = Criterion(id="notes", title="Notes", feedback_only=True)
    with pytest.raises(
        InvalidDataError, match=r"^criteria: must have at least one rated criterion"
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
    """Each kind's rule.

    Holistic: one rated criterion; checklist: two ratings; single-point: one
    described rating, a mastery level on the scale.
    """
    two = [Criterion(id="a", title="A"), Criterion(id="b", title="B")]
    with pytest.raises(
        InvalidDataError,
        match=r"^criteria: must have exactly one rated criterion in a holistic "
        r"rubric \(got 2\)$",
    ):
        Rubric(id="r", title="R", kind=RubricKind.HOLISTIC, criteria=two)
    with pytest.raises(InvalidDataError) as caught:
        Rubric(id="r", title="R", kind=RubricKind.CHECKLIST, criteria=two)
    assert [str(problem) for problem in caught.value.problems] == [
        "criteria[0].descriptors: must give exactly 2 ratings in a checklist (got 4)",
        "criteria[1].descriptors: must give exactly 2 ratings in a checklist (got 4)",
    ]
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
                Criterion(
                    id="a",
                    title="A",
                    descriptors=[
                        Descriptor(level=3, description="x"),
                        Descriptor(level=4, can_do=["I can"]),
                    ],
                ),
                Criterion(
                    id="b",
                    title="B",
                    descriptors=[Descriptor(level=2, description="x")],
                ),
                Criterion(
                    id="c",
                    title="C",
                    descriptors=[Descriptor(title="Yes"), Descriptor(title="No")],
                ),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "criteria[0].descriptors: must describe one level only in a single-point "
        "rubric, with a description or can-do statements (got 2)",
        "criteria[1].descriptors[0].level: must be a mastery level of the scale in a "
        "single-point rubric (got 2)",
        "criteria[2].descriptors: must have exactly one descriptor in a single-point "
        "rubric (got 2)",
    ]


def test_negative_scale_points_are_allowed() -> None:
    """Moodle allows negative scores, so a rubric's scale may start below 0."""
    scale = sa.Scale(
        id="signed",
        name="Signed",
        levels=[sa.Level(points=-1, label="Below"), sa.Level(points=1, label="Above")],
    )
    rubric = Rubric(
        id="r", title="R", scale=scale, criteria=[Criterion(id="a", title="A")]
    )
    assert (rubric.minimum, rubric.maximum) == (-1.0, 1.0)


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
def test_ratings_keep_their_order_and_hold_their_points(rubric: Rubric) -> None:
    """Ratings keep their order and their points; the rubric adds them up.

    Every scored criterion's ratings never lose points going up; each holds its
    own points; the rubric's range adds up its counted criteria; filled in once.
    """
    for criterion in rubric.scored_criteria:
        points = [d.points for d in criterion.descriptors]
        assert all(p is not None for p in points)
        assert points == sorted(points)  # type: ignore[type-var]
        for index, descriptor in enumerate(criterion.descriptors):
            assert descriptor.points is not None
            held = criterion.positions_of(descriptor.points)
            assert index in held or (held and points[held[0]] == descriptor.points)
            assert criterion.placed(descriptor.points) <= index
        if criterion.on_scale:
            assert rubric.scale is not None
            assert [d.level for d in criterion.descriptors] == [
                level.points for level in rubric.scale.levels
            ]
    assert rubric.minimum <= rubric.maximum
    assert rubric.maximum == pytest.approx(
        sum(c.points_range[1] for c in rubric.counted_criteria if c.points_range)
    )
    assert attrs.evolve(rubric) == rubric


def test_feedback_only_criteria_take_no_points_rules() -> None:
    """Mastery points and ranges mean nothing on a criterion without ratings."""
    with pytest.raises(InvalidDataError) as caught:
        Criterion(
            id="a", title="A", feedback_only=True, mastery_points=3, use_range=True
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "mastery_points: must be left out on a feedback-only criterion (got 3.0)",
        "use_range: must be false on a feedback-only criterion (got True)",
    ]


def test_a_single_point_criterion_may_describe_no_level() -> None:
    """Version 1 allowed a single-point descriptor with nothing written on it."""
    rubric = Rubric(
        id="r",
        title="R",
        kind=RubricKind.SINGLE_POINT,
        criteria=[Criterion(id="a", title="A", descriptors=[Descriptor(level=3)])],
    )
    assert len(rubric.criterion("a").descriptors) == 4
