"""selfassess.goals student-to-self feedback: the loop, its effect, goals closing its gap."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given

from selfassess import (
    Artifact,
    LearningIntention,
    SuccessCriterion,
    Term,
    TermName,
)
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.goals import (
    CriterionJudgement,
    FeedbackLoop,
    FractionBar,
    Goal,
    GoalReview,
    TermReview,
)
from strategies_goals import term_reviews
from strategies_goals_feedback import feedback_loops

INTENTION = LearningIntention(
    id="li-fractions",
    statement="We are learning to compare fractions",
    success_criteria=[
        SuccessCriterion(id="sc1", statement="I can use a model"),
        SuccessCriterion(id="sc2", statement="I can explain my answer"),
        SuccessCriterion(id="sc3", statement="I can use the symbols < and >"),
    ],
)


def _judged(*met: str) -> list[CriterionJudgement]:
    return [
        CriterionJudgement(criterion=c.id, met=c.id in met)
        for c in INTENTION.success_criteria
    ]


def _loop(**changes: object) -> FeedbackLoop:
    fields: dict[str, object] = {
        "id": "loop-1",
        "student": "ana",
        "intention": INTENTION,
        "work": "draft-1",
        "judged_on": date(2026, 10, 5),
        "judgement": _judged("sc1"),
        "action": "Write a because sentence for each comparison",
    }
    fields.update(changes)
    return FeedbackLoop(**fields)  # type: ignore[arg-type]


def test_a_loop_holds_the_work_the_judgement_the_action_and_the_revision() -> None:
    """Before and after against the same success criteria show the effect.

    The practice (student-to-self feedback): students judge where their work is
    against the success criteria, plan to close the gap, and compare before and
    after work.
    """
    loop = _loop(
        revised_work="draft-2",
        revised_on=date(2026, 10, 7),
        revised_judgement=_judged("sc2", "sc3"),
    )
    assert loop.revised
    assert loop.met_before == ("sc1",)
    assert loop.gap == ("sc2", "sc3")
    assert loop.met_after == ("sc2", "sc3")
    assert loop.closed == ("sc2", "sc3")
    assert loop.slipped == ("sc1",)
    assert (loop.bar_before, loop.bar_after) == (FractionBar(3, 1), FractionBar(3, 2))
    assert loop.effect == (
        "Before: 1 of 3 success criteria met. After: 2 of 3. "
        "Now met: I can explain my answer; I can use the symbols < and >. "
        "No longer met: I can use a model."
    )


def test_a_loop_not_revised_yet_has_only_its_before() -> None:
    """Until the revision is judged there is no after and nothing closed."""
    loop = _loop(revised_work="draft-2")
    assert not loop.revised
    assert loop.met_after is None
    assert loop.bar_after is None
    assert loop.closed == ()
    assert loop.slipped == ()
    assert loop.effect.endswith("The revised work is not judged yet.")
    unchanged = _loop(revised_work="draft-2", revised_judgement=_judged("sc1"))
    assert unchanged.effect.endswith("No change yet.")


def test_a_loop_is_checked() -> None:
    """Every criterion judged once, the revision apart from the work, dates in order."""
    with pytest.raises(InvalidDataError) as caught:
        _loop(
            judgement=[
                CriterionJudgement(criterion="sc1", met=True),
                CriterionJudgement(criterion="sc9", met=False),
            ],
            action=" ",
            revised_work="draft-1",
            revised_on=date(2026, 10, 1),
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "action: must not be empty (got ' ')",
        "revised_work: must not be the work judged first (got 'draft-1')",
        "revised_on: must not be before judged_on (2026-10-05) (got 2026-10-01)",
        "judgement[1].criterion: must be the id of a success criterion of the "
        "intention (got 'sc9')",
        "judgement: must judge every success criterion: missing 'sc2', 'sc3'",
    ]
    with pytest.raises(InvalidDataError) as caught:
        _loop(revised_on=date(2026, 10, 7), revised_judgement=_judged())
    assert [str(problem) for problem in caught.value.problems] == [
        "revised_on: needs the revised work (revised_work)",
        "revised_judgement: must be empty until there is revised work "
        "(revised_work) to judge",
    ]
    with pytest.raises(InvalidDataError, match=r"judgement: must not be empty|missing"):
        _loop(judgement=[])


@given(loop=feedback_loops())
def test_the_gap_splits_into_closed_and_still_open(loop: FeedbackLoop) -> None:
    """Closed criteria are the gap's, met after; met before and gap cover all."""
    everything = [c.id for c in loop.intention.success_criteria]
    assert sorted(loop.met_before + loop.gap) == sorted(everything)
    assert set(loop.closed) <= set(loop.gap)
    assert set(loop.slipped) <= set(loop.met_before)
    assert loop.bar_before.filled == len(loop.met_before)
    if loop.met_after is None:
        assert loop.closed == loop.slipped == ()
    else:
        assert set(loop.closed) == set(loop.gap) & set(loop.met_after)
        assert loop.bar_after is not None
        assert loop.bar_after.filled - loop.bar_before.filled == len(loop.closed) - len(
            loop.slipped
        )


FALL = Term(name=TermName.FALL, starts_on=date(2026, 8, 24), ends_on=date(2026, 11, 20))


def _artifact(id: str, student: str = "ana") -> Artifact:
    return Artifact(id=id, student=student, title=id, created_on=date(2026, 10, 5))


def _review(**changes: object) -> TermReview:
    fields: dict[str, object] = {
        "student": "ana",
        "term": FALL,
        "reviewed_on": date(2026, 11, 18),
        "goals": [
            Goal(
                id="g1",
                student="ana",
                statement="Explain every comparison I make",
                success_criteria=["sc2"],
                closes_gap="loop-1",
            )
        ],
        "reviews": [
            GoalReview(goal="g1", student_bar=FractionBar(4, 3), artifacts=["draft-2"])
        ],
        "artifacts": [_artifact("draft-1"), _artifact("draft-2")],
        "loops": [
            _loop(revised_work="draft-2", revised_judgement=_judged("sc1", "sc2"))
        ],
    }
    fields.update(changes)
    return TermReview(**fields)  # type: ignore[arg-type]


def test_a_goal_set_to_close_the_gap_names_its_loop() -> None:
    """The review links the goal to the loop whose gap it closes, with the work."""
    review = _review()
    goal = review.goal("g1")
    assert goal.closes_gap is not None
    loop = review.loop(goal.closes_gap)
    assert loop.closed == ("sc2",)
    assert [review.artifact(loop.work).id, loop.revised_work] == ["draft-1", "draft-2"]
    with pytest.raises(NotFoundError, match="no feedback loop 'loop-9'"):
        review.loop("loop-9")


def test_a_review_checks_the_loops_its_goals_name() -> None:
    """An unknown loop, work that is not an artifact given, another student's loop."""
    with pytest.raises(InvalidDataError) as caught:
        _review(
            artifacts=[_artifact("draft-1")],
            loops=[
                _loop(revised_work="draft-2"),
                _loop(id="loop-2", student="ben"),
            ],
            goals=[
                Goal(
                    id="g1",
                    student="ana",
                    statement="Explain every comparison",
                    closes_gap="loop-9",
                )
            ],
            reviews=[],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "loops[1].student: must be the review's student ('ana') (got 'ben')",
        "goals[0].closes_gap: must be the id of a feedback loop given (got 'loop-9')",
        "loops[0].revised_work: must be the id of an artifact given (got 'draft-2')",
    ]
    with pytest.raises(InvalidDataError, match=r"loops\[1\]: id 'loop-1' is already"):
        _review(loops=[_loop(), _loop()])


@given(review=term_reviews())
def test_every_goal_closing_a_gap_names_a_loop_of_its_review(
    review: TermReview,
) -> None:
    """In a valid review each closes_gap finds its loop, and each loop its work."""
    for goal in review.goals:
        if goal.closes_gap is not None:
            assert review.loop(goal.closes_gap).student == review.student
    for loop in review.loops:
        assert review.artifact(loop.work).student == review.student


def test_closes_gap_is_an_id() -> None:
    """A goal's closes_gap is an identifier or nothing."""
    goal = Goal(id="g1", student="ana", statement="Explain it")
    assert goal.closes_gap is None
    with pytest.raises(InvalidDataError, match="closes_gap: must not be empty"):
        attrs.evolve(goal, closes_gap="")
