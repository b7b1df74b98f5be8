"""Goal reviews: a term's bars, artifacts, comments and next goals, checked together."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs
import pytest
from hypothesis import given

from selfassess import Artifact, Term, TermName
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.goals import (
    AttainmentLevel,
    FractionBar,
    Goal,
    GoalReview,
    GoalStatus,
    TermReview,
    gas_t_score,
)
from selfassess.goals._bars import MAX_PARTS

from strategies import STRATEGIES

WINTER = Term(
    name=TermName.WINTER, starts_on=date(2026, 11, 30), ends_on=date(2027, 3, 5)
)
TABLES = Goal(id="g1", student="ana", statement="Learn my times tables to 12")
READING = Goal(
    id="g2",
    student="ana",
    statement="Read 70 words a minute",
    baseline=52,
    target=70,
)
NEXT = Goal(id="g3", student="ana", statement="Read 90 words a minute")
QUIZ = Artifact(
    id="a1", student="ana", title="Times-table quiz", created_on=date(2027, 2, 20)
)
LOG = Artifact(
    id="a2", student="ana", title="Reading log", created_on=date(2027, 2, 27)
)


def term_review(*reviews: GoalReview) -> TermReview:
    return TermReview(
        student="ana",
        term=WINTER,
        reviewed_on=date(2027, 3, 3),
        goals=[TABLES, READING, NEXT],
        artifacts=[QUIZ, LOG],
        reviews=reviews,
    )


def test_a_term_review() -> None:
    """Bars, artifacts, the honest note and next goals come together in one review."""
    review = term_review(
        GoalReview(
            goal="g1",
            student_bar=FractionBar(4, 3),
            artifacts=["a1"],
            parent_comment="She practises in the car.",
            outcome=GoalStatus.CARRIED_OVER,
            attainment=AttainmentLevel.EXPECTED,
        ),
        GoalReview(
            goal="g2",
            student_bar=FractionBar(4, 4),
            data_bar=READING.progress_bar(66),
            evidence_note="I did not keep my reading log after January.",
            outcome=GoalStatus.MET,
            attainment=AttainmentLevel.MORE,
            next_goal="g3",
        ),
    )
    assert review.next_goals == (NEXT,)
    assert review.overall == FractionBar(8, 7)
    second = review.review_of("g2")
    assert second is not None
    comparison = second.comparison
    assert comparison is not None
    assert comparison.difference == Fraction(1, 4)
    assert review.review_of("g3") is None
    # Two unweighted goals at 0 and +1: 50 + 10 / sqrt(0.7 * 2 + 0.3 * 4) = 56.20.
    assert review.attainment_levels == (AttainmentLevel.EXPECTED, AttainmentLevel.MORE)
    assert gas_t_score(review.attainment_levels) == pytest.approx(56.2017, abs=1e-4)
    assert review.render(ascii=True) == (
        "Learn my times tables to 12  [###-] 3/4  evidence: Times-table quiz\n"
        "Read 70 words a minute  [####] 4/4  data [###-] 3/4  "
        "note: I did not keep my reading log after January."
    )


def test_no_artifact_needs_an_honest_note() -> None:
    """A review without artifacts must say what the evidence is."""
    with pytest.raises(
        InvalidDataError,
        match=r"^evidence_note: must say what the evidence is when no artifact",
    ):
        GoalReview(goal="g1", student_bar=FractionBar(4, 1), evidence_note="  ")


def test_review_rules() -> None:
    """Repeated artifacts and a next goal that is the goal itself are refused."""
    with pytest.raises(InvalidDataError) as caught:
        GoalReview(
            goal="g1",
            student_bar=FractionBar(4, 1),
            artifacts=["a1", "a1"],
            next_goal="g1",
        )
    assert [str(p) for p in caught.value.problems] == [
        "artifacts[1]: id 'a1' is already used at artifacts[0]",
        "next_goal: must not be the goal reviewed (got 'g1')",
    ]


def test_references_are_checked_against_what_is_given() -> None:
    """Unknown goals and artifacts, and another student's goal, are reported."""
    bens = attrs.evolve(NEXT, student="ben")
    with pytest.raises(InvalidDataError) as caught:
        TermReview(
            student="ana",
            term=WINTER,
            reviewed_on=date(2027, 3, 3),
            goals=[TABLES, bens],
            artifacts=[QUIZ],
            reviews=[
                GoalReview(goal="g9", student_bar=FractionBar(2, 1), artifacts=["a2"]),
                GoalReview(
                    goal="g1",
                    student_bar=FractionBar(2, 1),
                    artifacts=["a1"],
                    next_goal="g4",
                ),
                GoalReview(goal="g1", student_bar=FractionBar(2, 2), artifacts=["a1"]),
            ],
        )
    assert [str(p) for p in caught.value.problems] == [
        "goals[1].student: must be the review's student ('ana') (got 'ben')",
        "reviews[2]: goal 'g1' is already used at reviews[1]",
        "reviews[0].goal: must be the id of a goal given (got 'g9')",
        "reviews[0].artifacts[0]: must be the id of an artifact given (got 'a2')",
        "reviews[1].next_goal: must be the id of a goal given (got 'g4')",
    ]


def test_lookups_refuse_unknown_ids() -> None:
    """Looking up a goal or an artifact that is not there is a NotFoundError."""
    review = term_review()
    assert review.goal("g2") == READING
    assert review.artifact("a2") == LOG
    assert review.overall is None
    assert review.attainment_levels == ()
    with pytest.raises(
        NotFoundError, match=r"^the term review of 'ana' has no goal 'zz'$"
    ) as caught:
        review.goal("zz")
    assert caught.value.key == "zz"
    with pytest.raises(
        NotFoundError, match=r"^the term review of 'ana' has no artifact 'zz'$"
    ):
        review.artifact("zz")
    assert review.review_of("zz") is None


def test_lookups_refuse_ids_of_the_wrong_kind() -> None:
    """An id that is not a string, or an ascii of the wrong kind, is named."""
    review = term_review()
    with pytest.raises(ArgumentTypeError, match=r"^id: must be a string \(got 2\)$"):
        review.goal(2)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^id: must be a string \(got None\)$"):
        review.artifact(None)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^goal: must be a string"):
        review.review_of(["g1"])  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^ascii: must be true or false"):
        review.render(ascii=1)  # type: ignore[arg-type]


@given(review=STRATEGIES[TermReview])
def test_every_reference_resolves(review: TermReview) -> None:
    """In a valid term review every goal, next goal and artifact named is given."""
    for item in review.reviews:
        assert review.goal(item.goal).student == review.student
        for artifact in item.artifacts:
            assert review.artifact(artifact).student == review.student
    assert len(review.next_goals) == sum(
        item.next_goal is not None for item in review.reviews
    )
    assert len(review.render().splitlines()) == len(review.reviews)
    if not review.reviews:
        assert review.overall is None
        return
    bars = [item.student_bar.fraction for item in review.reviews]
    mean = sum(bars, Fraction(0)) / len(bars)
    overall = review.overall
    assert overall is not None
    if mean.denominator > MAX_PARTS:  # no bar a student colours shows it exactly
        assert overall.fraction <= mean < overall.fraction + Fraction(1, MAX_PARTS)
    else:
        assert overall.fraction == mean
