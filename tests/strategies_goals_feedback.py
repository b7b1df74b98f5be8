"""Hypothesis strategies for student-to-self feedback and goals beside the analysis."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import strategies as st

from selfassess import Band, LearningIntention, goals

from strategies import days, identifiers, learning_intentions, texts

__all__ = [
    "STRATEGIES",
    "criterion_judgements",
    "feedback_loops",
    "goal_comparisons",
    "goal_standard_matches",
]

notes = st.text(max_size=20)

criterion_judgements = st.builds(
    goals.CriterionJudgement, criterion=identifiers, met=st.booleans(), note=notes
)


@st.composite
def judgements(
    draw: st.DrawFn, intention: LearningIntention
) -> list[goals.CriterionJudgement]:
    """A judgement of every criterion of *intention*, once each, in any order."""
    ids = draw(st.permutations([c.id for c in intention.success_criteria]))
    return [
        goals.CriterionJudgement(
            criterion=cid, met=draw(st.booleans()), note=draw(notes)
        )
        for cid in ids
    ]


@st.composite
def feedback_loops(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    student: str | None = None,
    works: list[str] | None = None,
) -> goals.FeedbackLoop:
    """Loops judged before, and some revised and judged again.

    The id and student may be fixed; with *works* given (at least one id), the work
    and the revised work are drawn from them.
    """
    intention = draw(learning_intentions())
    pool = identifiers if works is None else st.sampled_from(works)
    work = draw(pool)
    judged_on = draw(days)
    revised_work = None
    revised_on = None
    after: list[goals.CriterionJudgement] = []
    others = [w for w in works if w != work] if works is not None else None
    if draw(st.booleans()) and (others is None or others):
        revised_work = draw(
            identifiers.filter(lambda w: w != work)
            if others is None
            else st.sampled_from(others)
        )
        if draw(st.booleans()):
            revised_on = judged_on + timedelta(days=draw(st.integers(0, 30)))
        if draw(st.booleans()):
            after = draw(judgements(intention))
    return goals.FeedbackLoop(
        id=draw(identifiers) if id is None else id,
        student=draw(identifiers) if student is None else student,
        intention=intention,
        work=work,
        judged_on=judged_on,
        judgement=draw(judgements(intention)),
        action=draw(texts),
        revised_work=revised_work,
        revised_on=revised_on,
        revised_judgement=after,
    )


@st.composite
def goal_standard_matches(
    draw: st.DrawFn, standard: str | None = None
) -> goals.GoalStandardMatch:
    """A match with goals exactly when it is not the analysis's alone."""
    match = draw(st.sampled_from(goals.GoalMatch))
    return goals.GoalStandardMatch(
        standard=draw(identifiers) if standard is None else standard,
        match=match,
        band=draw(st.none() | st.sampled_from(Band)),
        power=draw(st.booleans()),
        goals=[]
        if match is goals.GoalMatch.ANALYSIS_ONLY
        else draw(st.lists(identifiers, min_size=1, max_size=3, unique=True)),
        message=draw(texts),
    )


@st.composite
def goal_comparisons(draw: st.DrawFn) -> goals.GoalComparison:
    """Comparisons with distinct standards."""
    standards = draw(st.lists(identifiers, max_size=4, unique=True))
    return goals.GoalComparison(
        student=draw(identifiers),
        priorities=draw(st.lists(identifiers, max_size=4, unique=True)),
        matches=[draw(goal_standard_matches(standard)) for standard in standards],
    )


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    goals.CriterionJudgement: criterion_judgements,
    goals.FeedbackLoop: feedback_loops(),
    goals.GoalComparison: goal_comparisons(),
    goals.GoalMatch: st.sampled_from(goals.GoalMatch),
    goals.GoalStandardMatch: goal_standard_matches(),
}
"""The strategy for each public type of student-to-self feedback and goal comparison."""
