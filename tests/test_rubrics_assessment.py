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
    Descriptor,
    Rating,
    Rubric,
    RubricKind,
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
            descriptors=[
                Descriptor(level=1, points=0),
                Descriptor(level=2, points=4, min_points=1),
                Descriptor(
                    level=3,
                    points=8,
                    min_points=5,
                    can_do=["I can show equivalent fractions."],
                ),
                Descriptor(level=4, points=10, min_points=9),
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
    """Unknown criteria, missing ones, bad levels and points, and empty comments."""
    with pytest.raises(InvalidDataError) as caught:
        _assess(
            Rating(criterion="accuracy", level=3, points=9, can_do=["I can fly."]),
            Rating(criterion="notes", level=2),
            Rating(criterion="style", level=2),
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "ratings: must rate the required criterion 'reasoning' (rubric criteria[1])",
        "ratings[0].can_do[0]: must be a can-do statement of 'accuracy' (got 'I can fly.')",
        "ratings[0].points: must be within the points of level 3 (5 to 8) (got 9)",
        "ratings[1].level: must be left out on a feedback-only criterion (got 2)",
        "ratings[1].comment: must not be empty on a feedback-only criterion",
        "ratings[2].criterion: must be the id of a criterion of 'poster' (got 'style')",
    ]
    with pytest.raises(InvalidDataError) as caught:
        _assess(
            Rating(criterion="accuracy", points=4.5),
            Rating(criterion="reasoning", level=5),
            Rating(criterion="neatness"),
            NOTES,
            NOTES,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "ratings[4]: criterion 'notes' is already used at ratings[3]",
        "ratings[0].points: must be the points or within the range of a level of "
        "'accuracy' (0 to 10) (got 4.5)",
        "ratings[1].level: must be the points of a level of 'four-point' (1, 2, 3, 4) (got 5)",
        "ratings[2].level: must be given, or points (got neither)",
    ]


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
    """Moodle: (total - min) / (max - min) of the grade range, or total / max with lock zero."""
    score = _assess(
        Rating(criterion="accuracy", level=3, points=7),
        Rating(criterion="reasoning", level=2),
        NOTES,
    ).score()
    # total 9 of 1 to 14 points, onto grades 0 to 20
    assert score.rescale(0, 20) == pytest.approx(20 * 8 / 13)
    assert score.rescale(0, 20, lock_zero=True) == pytest.approx(20 * 9 / 14)
    assert score.rescale(50, 100, lock_zero=True) == pytest.approx(50 + 50 * 9 / 14)
    with pytest.raises(
        InvalidDataError,
        match=r"^grade_max: must be greater than grade_min \(10\) \(got 10\)$",
    ):
        score.rescale(10, 10)


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
        InvalidDataError, match=r"^criteria: must have a scored criterion"
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
    """Total within [minimum, maximum]; percent within [0, 100]; grades within range."""
    score = assessment.score()
    assert score.minimum <= score.total <= score.maximum
    for percent in (score.percent, score.weighted_percent):
        assert percent is None or 0 <= percent <= 100
    for row in score.criteria:
        assert row.minimum <= row.points <= row.maximum
    low, width = grades
    if score.maximum > (0 if lock_zero else score.minimum):
        grade = score.rescale(low, low + width, lock_zero=lock_zero)
        assert low <= grade <= low + width + 1e-9


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
