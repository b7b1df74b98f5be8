"""selfassess.rubrics assessments: checked against the rubric, scored, made evidence."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.rubrics import (
    COLLABORATION,
    Assessment,
    Criterion,
    CriterionScore,
    Descriptor,
    Rating,
    Rubric,
    RubricKind,
    Score,
    to_evidence,
)
from strategies_rubrics import assessments

DAY = date(2026, 10, 2)

POSTER = Rubric(
    id="poster",
    title="Fraction poster",
    criteria=[
        Criterion(
            id="accuracy",
            title="Accuracy",
            standards=["nf1", "nf2"],
            use_range=True,
            descriptors=[
                Descriptor(level=1, points=0),
                Descriptor(level=2, points=4),
                Descriptor(
                    level=3,
                    points=8,
                    can_do=["I can show equivalent fractions."],
                ),
                Descriptor(level=4, points=10),
            ],
        ),
        Criterion(id="reasoning", title="Reasoning", standards=["nf2"], weight=3),
        Criterion(id="neatness", title="Neatness", required=False),
        Criterion(id="notes", title="Notes", feedback_only=True),
    ],
)


def _assess(*ratings: Rating, role: sa.Role = sa.Role.TEACHER) -> Assessment:
    return Assessment(
        id="a1",
        rubric=POSTER,
        student="ana",
        rater="okafor",
        role=role,
        assessed_on=DAY,
        ratings=ratings,
    )


NOTES = Rating(criterion="notes", comment="Clear labels.")


def test_rating_with_level_points_or_both() -> None:
    """A level earns its top points; points alone find their level."""
    assessment = _assess(
        Rating(criterion="accuracy", points=6.5),
        Rating(criterion="reasoning", level=2),
        NOTES,
    )
    assert assessment.level("accuracy") == 3
    assert assessment.points("accuracy") == 6.5
    assert assessment.points("reasoning") == 2
    assert assessment.level("neatness") is None
    assert assessment.level("notes") is None


def test_every_problem_against_the_rubric_is_reported() -> None:
    """Unknown criteria, missing ones, bad levels and ids, and empty comments."""
    with pytest.raises(InvalidDataError) as caught:
        _assess(
            Rating(criterion="accuracy", level=3, points=9, can_do=["I can fly."]),
            Rating(criterion="notes", level=2),
            Rating(criterion="style", level=2),
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "ratings: must rate the required criterion 'reasoning' (rubric criteria[1])",
        "ratings[0].can_do[0]: must be a can-do statement of 'accuracy' (got 'I can fly.')",
        "ratings[1].level: must be left out on a feedback-only criterion (got 2.0)",
        "ratings[1].comment: must not be empty on a feedback-only criterion",
        "ratings[2].criterion: must be the id of a criterion of 'poster' (got 'style')",
    ]
    with pytest.raises(InvalidDataError) as caught:
        _assess(
            Rating(criterion="accuracy", descriptor="top"),
            Rating(criterion="reasoning", level=5),
            Rating(criterion="neatness"),
            NOTES,
            NOTES,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "ratings[4]: criterion 'notes' is already used at ratings[3]",
        "ratings[0].descriptor: must be the id of a rating of 'accuracy' "
        "(none has an id) (got 'top')",
        "ratings[1].level: must be the points of a level 'reasoning' is rated on "
        "(1, 2, 3, 4) (got 5)",
        "ratings[2].descriptor: must be given, or a level or points (got none of "
        "them); a comment alone is kept only on an optional criterion",
    ]


def test_points_in_a_range_land_as_canvas_finds_them() -> None:
    """Each rating covers the points above the rating below, up to its own.

    instructure/canvas-lms ui/shared/rubrics/react/RubricAssessment/utils/
    rubricUtils.ts, findCriterionMatchingRatingIndex: the last rating (listed
    highest first) whose points are at least those given.
    """
    accuracy = POSTER.criterion("accuracy")
    assert [accuracy.positions_of(p) for p in (0, 0.5, 4, 4.25, 8, 9.5, 10, 11)] == [
        (0,),
        (1,),
        (1,),
        (2,),
        (2,),
        (3,),
        (3,),
        (),
    ]
    assessment = _assess(Rating(criterion="accuracy", points=11), RATED, NOTES)
    # Above every rating: free points, kept as given and placed at the top.
    assert assessment.descriptor("accuracy") is None
    assert (assessment.position("accuracy"), assessment.points("accuracy")) == (3, 11)
    row = assessment.score().criteria[0]
    assert (row.rating, row.points, row.as_given) == (None, 11, True)


RATED = Rating(criterion="reasoning", level=2)


def test_ratings_of_a_criterion_s_own() -> None:
    """Equal and negative points, ids, unscored ratings and comments alone."""
    rubric = Rubric(
        id="own",
        title="Own ratings",
        scale=None,
        criteria=[
            Criterion(
                id="method",
                title="Method",
                descriptors=[
                    Descriptor(title="Off topic", points=-2, id="l1"),
                    Descriptor(title="Partial", points=2, id="l2"),
                    Descriptor(title="Partial, neat", points=2, id="l3"),
                    Descriptor(title="Complete", points=4, id="l4"),
                ],
            ),
            Criterion(
                id="effort",
                title="Effort",
                required=False,
                descriptors=[Descriptor(title="Tried", id="e1")],
            ),
        ],
    )
    assert (rubric.minimum, rubric.maximum) == (-2.0, 4.0)
    assert [c.id for c in rubric.scored_criteria] == ["method"]
    assert [c.id for c in rubric.rated_criteria] == ["method", "effort"]

    def rate(*ratings: Rating) -> Assessment:
        return Assessment(
            id="o1",
            rubric=rubric,
            student="ana",
            rater="okafor",
            role=sa.Role.TEACHER,
            assessed_on=DAY,
            ratings=ratings,
        )

    by_id = rate(Rating(criterion="method", descriptor="l3"))
    assert (by_id.position("method"), by_id.points("method")) == (2, 2.0)
    assert by_id.descriptor("method") == rubric.criterion("method").rating("l3")
    assert by_id.level("method") is None
    assert rate(Rating(criterion="method", points=-2)).position("method") == 0
    with pytest.raises(InvalidDataError) as caught:
        rate(
            Rating(criterion="method", points=2),
            Rating(criterion="effort", points=1),
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "ratings[0].points: must name one rating: 2 points are worth 'Partial', "
        "'Partial, neat' on 'method'; give the rating's descriptor id",
        "ratings[1].points: must be left out: the ratings of 'effort' have no "
        "points (got 1)",
    ]
    unscored = rate(RATING_L4, Rating(criterion="effort", descriptor="e1"))
    assert unscored.position("effort") == 0
    assert unscored.points("effort") is None
    assert [row.criterion for row in unscored.score().criteria] == ["method"]
    commented = rate(RATING_L4, Rating(criterion="effort", comment="Ask me."))
    assert commented.position("effort") is None
    assert commented.points("effort") is None


RATING_L4 = Rating(criterion="method", descriptor="l4")


def test_criteria_not_counted_are_shown_but_left_out() -> None:
    """Canvas's ignore_for_scoring: rated, shown, outside the total and maximum."""
    rubric = Rubric(
        id="c",
        title="Counted",
        criteria=[
            Criterion(id="a", title="A"),
            Criterion(id="b", title="B", counted=False, standards=["nf1"]),
        ],
    )
    assert rubric.maximum == 4.0
    assessment = Assessment(
        id="c1",
        rubric=rubric,
        student="ana",
        rater="okafor",
        role=sa.Role.TEACHER,
        assessed_on=DAY,
        ratings=[Rating(criterion="a", level=3), Rating(criterion="b", level=4)],
    )
    score = assessment.score()
    assert [(row.criterion, row.counted) for row in score.criteria] == [
        ("a", True),
        ("b", False),
    ]
    assert (score.total, score.maximum, score.percent) == (3.0, 4.0, 75.0)
    assert [(item.standard, item.score) for item in to_evidence(assessment)] == [
        ("nf1", 4.0)
    ]


def test_points_beside_a_named_rating_are_kept_as_given() -> None:
    """A teacher's 6.5 on a 6-point rating counts 6.5 and says so."""
    assessment = _assess(Rating(criterion="accuracy", level=3, points=9), RATED, NOTES)
    row = assessment.score().criteria[0]
    assert (row.rating, row.level, row.points, row.as_given) == (
        "Proficient",
        3.0,
        9.0,
        True,
    )
    within = _assess(Rating(criterion="accuracy", level=3, points=5), RATED, NOTES)
    assert within.score().criteria[0].as_given is False


def test_score_totals_percent_and_weights() -> None:
    """Total, maximum, percent and weighted percent over the rated scored criteria."""
    score = _assess(
        Rating(criterion="accuracy", level=3, points=7),
        Rating(criterion="reasoning", level=2),
        NOTES,
    ).score()
    assert [row.criterion for row in score.criteria] == ["accuracy", "reasoning"]
    assert (score.total, score.minimum, score.maximum) == (9.0, 1.0, 14.0)
    assert score.percent == pytest.approx(900 / 14)
    # weights 1 and 3: (7 + 3 * 2) / (10 + 3 * 4)
    assert score.weighted_percent == pytest.approx(1300 / 22)
    # level: weighted mean (3 + 3 * 2) / 4 = 2.25 reaches level 2
    assert score.level == 2


def test_moodle_rescaling_both_ways() -> None:
    """Moodle's get_grade, both branches.

    moodle/moodle grade/grading/form/rubric/lib.php,
    gradingform_rubric_instance::get_grade: with lock zero
    max(mingrade, curscore / maxscore * maxgrade); otherwise
    (curscore - minscore) / (maxscore - minscore) * (maxgrade - mingrade) + mingrade.
    """
    score = _assess(
        Rating(criterion="accuracy", level=3, points=7),
        Rating(criterion="reasoning", level=2),
        NOTES,
    ).score()
    # total 9 of 1 to 14 points, onto grades 0 to 20
    assert score.rescale(0, 20) == pytest.approx(20 * 8 / 13)
    assert score.rescale(0, 20, lock_zero=True) == pytest.approx(20 * 9 / 14)
    # Lock zero does not stretch: 9 / 14 of 100 is 64.29, above the lowest grade.
    assert score.rescale(50, 100, lock_zero=True) == pytest.approx(100 * 9 / 14)
    assert score.rescale(80, 100, lock_zero=True) == 80.0
    # Without decimals, PHP's round: 12.307... to 12, 64.28... to 64.
    assert score.rescale(0, 20, decimals=False) == 12.0
    assert score.rescale(0, 100, lock_zero=True, decimals=False) == 64.0
    with pytest.raises(
        InvalidDataError,
        match=r"^grade_max: must be greater than grade_min \(10\) \(got 10\)$",
    ):
        score.rescale(10, 10)


def test_moodle_rounds_halves_away_from_zero() -> None:
    """PHP's round(2.5) is 3 and round(-2.5) is -3, where Python's round gives 2."""
    score = Score(
        assessment="a",
        rubric="r",
        criteria=[CriterionScore(criterion="c", points=1, minimum=0, maximum=4)],
    )
    # (1 - 0) / 4 * 10 = 2.5, rounded up to 3, plus the lowest grade.
    assert score.rescale(0, 10, decimals=False) == 3.0
    assert score.rescale(-5, 5, decimals=False) == -2.0
    negative = Score(
        assessment="a",
        rubric="r",
        criteria=[CriterionScore(criterion="c", points=-1, minimum=-4, maximum=4)],
    )
    # lock zero: max(-10, -1 / 4 * 10 = -2.5) rounds to -3.
    assert negative.rescale(-10, 10, lock_zero=True, decimals=False) == -3.0


def test_holistic_level_is_the_level_given() -> None:
    """On a holistic rubric the score's level is the one level given."""
    rubric = Rubric(
        id="h",
        title="Overall",
        kind=RubricKind.HOLISTIC,
        criteria=[Criterion(id="overall", title="Overall")],
    )
    assessment = Assessment(
        id="h1",
        rubric=rubric,
        student="ana",
        rater="ana",
        role=sa.Role.STUDENT,
        assessed_on=DAY,
        ratings=[Rating(criterion="overall", level=3)],
    )
    assert assessment.score().level == 3


def test_nothing_scored_has_no_percent_and_cannot_be_rescaled() -> None:
    """A feedback-only assessment has no percent, and rescaling it raises."""
    rubric = Rubric(
        id="f",
        title="Feedback",
        feedback_only=True,
        criteria=[Criterion(id="notes", title="Notes", feedback_only=True)],
    )
    score = Assessment(
        id="f1",
        rubric=rubric,
        student="ana",
        rater="ben",
        role=sa.Role.PEER,
        assessed_on=DAY,
        ratings=[NOTES],
    ).score()
    assert score.percent is None
    assert score.weighted_percent is None
    assert score.level is None
    with pytest.raises(
        InvalidDataError, match=r"^criteria: must have a counted criterion"
    ):
        score.rescale()


@given(
    assessment=assessments(),
    grades=st.tuples(
        st.floats(min_value=-100, max_value=100),
        st.floats(min_value=0.5, max_value=100),
    ),
    lock_zero=st.booleans(),
)
def test_scores_stay_within_their_range(
    assessment: Assessment, grades: tuple[float, float], lock_zero: bool
) -> None:
    """Points not given as such lie in their rating; such totals stay in range."""
    score = assessment.score()
    rubric = assessment.rubric
    for row in score.criteria:
        criterion = rubric.criterion(row.criterion)
        position = assessment.position(row.criterion)
        assert position is not None
        if not row.as_given:
            rating = criterion.descriptors[position]
            assert rating.points == row.points or position in criterion.positions_of(
                row.points
            )
            assert row.points <= row.maximum
    if any(row.as_given or row.points < row.minimum for row in score.criteria):
        return
    assert score.minimum <= score.total <= score.maximum
    for percent in (score.percent, score.weighted_percent):
        assert percent is None or percent <= 100 + 1e-9
    low, width = grades
    # Moodle's lock-zero rule scales from zero: it keeps within grades that
    # reach 0 or above, as Moodle's always do.
    top_ok = not lock_zero or (score.maximum > 0 and low + width >= 0)
    if score.maximum > score.minimum and top_ok:
        grade = score.rescale(low, low + width, lock_zero=lock_zero)
        assert low - 1e-9 <= grade <= low + width + 1e-9


def test_evidence_per_standard() -> None:
    """A teacher's ratings become evidence per aligned standard: the weighted mean level."""
    assessment = _assess(
        Rating(criterion="accuracy", level=3, points=7),
        Rating(criterion="reasoning", level=2),
        NOTES,
    )
    evidence = to_evidence(assessment, kind=sa.EvidenceKind.SUMMATIVE)
    assert [(item.standard, item.score, item.kind) for item in evidence] == [
        ("nf1", 3.0, sa.EvidenceKind.SUMMATIVE),
        ("nf2", 2.25, sa.EvidenceKind.SUMMATIVE),
    ]
    assert {(item.student, item.source, item.assessed_on) for item in evidence} == {
        ("ana", "a1", DAY)
    }


def test_self_and_peer_evidence_are_kept_apart() -> None:
    """Self-ratings are evidence of kind SELF and a peer's of kind PEER, whatever is asked."""
    ratings = (
        Rating(criterion="accuracy", level=4),
        Rating(criterion="reasoning", level=4),
        NOTES,
    )
    mine = to_evidence(
        _assess(*ratings, role=sa.Role.STUDENT), sa.EvidenceKind.SUMMATIVE
    )
    assert {item.kind for item in mine} == {sa.EvidenceKind.SELF}
    peer = to_evidence(_assess(*ratings, role=sa.Role.PEER))
    assert {item.kind for item in peer} == {sa.EvidenceKind.PEER}
    assert {item.kind for item in to_evidence(_assess(*ratings))} == {
        sa.EvidenceKind.TEACHER
    }
    with pytest.raises(
        InvalidDataError, match=r"^assessment\.role: must be student, teacher"
    ):
        to_evidence(_assess(*ratings, role=sa.Role.FAMILY))
    with pytest.raises(ArgumentTypeError, match=r"^kind: must be an EvidenceKind"):
        to_evidence(_assess(*ratings), "summative")  # type: ignore[arg-type]


def test_collaboration_self_assessment_scores() -> None:
    """A student's collaboration self-assessment scores on the 4-point scale."""
    mine = Assessment(
        id="s1",
        rubric=COLLABORATION,
        student="ana",
        rater="ana",
        role=sa.Role.STUDENT,
        assessed_on=DAY,
        ratings=[
            Rating(criterion="participation", level=3, can_do=["I stayed on task."]),
            Rating(criterion="collaboration", level=2),
            Rating(criterion="contributions", level=3),
            Rating(criterion="communication", level=4),
        ],
    )
    assert mine.is_self_assessment
    assert mine.score().total == 12
    assert mine.rating("collaboration") == Rating(criterion="collaboration", level=2)
    assert mine.rating("missing") is None


def test_weighted_percent_of_a_full_score_is_exactly_100() -> None:
    """Weights whose float products round down still give 100 % for full marks."""
    # In floats 0.7 * 3.0 is 2.0999999999999996, below the exact product of the two
    # floats; a maximum computed that way made full marks 100.00000000000001 %.
    rubric = Rubric(
        id="w",
        title="Weighted",
        scale=sa.THREE_FACES,
        criteria=[
            Criterion(id="a", title="A", weight=0.7),
            Criterion(id="b", title="B", weight=0.7),
        ],
    )
    top = sa.THREE_FACES.maximum
    full = Assessment(
        id="full",
        rubric=rubric,
        student="ana",
        rater="okafor",
        role=sa.Role.TEACHER,
        assessed_on=DAY,
        ratings=[Rating(criterion="a", level=top), Rating(criterion="b", level=top)],
    )
    assert full.score().weighted_percent == 100.0


def test_score_level_and_weighted_percent_follow_the_counted_criteria() -> None:
    """An uncounted criterion moves neither the level nor the percents."""
    rubric = Rubric(
        id="c",
        title="Counted",
        criteria=[
            Criterion(id="a", title="A"),
            Criterion(id="b", title="B", counted=False),
        ],
    )
    score = Assessment(
        id="c1",
        rubric=rubric,
        student="ana",
        rater="okafor",
        role=sa.Role.TEACHER,
        assessed_on=DAY,
        ratings=[Rating(criterion="a", level=1), Rating(criterion="b", level=4)],
    ).score()
    assert (score.total, score.percent, score.level) == (1.0, 25.0, 1.0)
    decimal = Score(
        assessment="a",
        rubric="r",
        criteria=[CriterionScore(criterion="c", points=0.7, minimum=0, maximum=0.8)],
    )
    assert decimal.percent == decimal.weighted_percent == 87.5


def test_sums_beyond_a_float_are_refused_clearly() -> None:
    """Two criteria of 1e308 points add up to more than a float holds."""
    score = Score(
        assessment="a",
        rubric="r",
        criteria=[
            CriterionScore(criterion=c, points=1e308, minimum=0, maximum=1e308)
            for c in ("c1", "c2")
        ],
    )
    with pytest.raises(InvalidDataError, match=r"^criteria: must add up to a number"):
        _ = score.total


def test_a_level_beside_a_rating_id_must_be_that_rating_s() -> None:
    """Naming rating and level at once: they must agree."""
    with pytest.raises(
        InvalidDataError,
        match=r"^ratings\[0\]\.level: must be the level of the rating 'top' \(4\.0\) "
        r"\(got 1\)$",
    ):
        Assessment(
            id="x",
            rubric=Rubric(
                id="r",
                title="R",
                criteria=[
                    Criterion(
                        id="a", title="A", descriptors=[Descriptor(level=4, id="top")]
                    )
                ],
            ),
            student="ana",
            rater="okafor",
            role=sa.Role.TEACHER,
            assessed_on=DAY,
            ratings=[Rating(criterion="a", descriptor="top", level=1)],
        )
