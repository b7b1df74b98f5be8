"""Hypothesis strategies for every public type of selfassess.goals."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from selfassess import Band, Role, goals
from strategies_goals_feedback import feedback_loops
from strategies_language import writing_supports

from strategies import artifacts as artifacts_strategy
from strategies import days, identifiers, terms, texts, unique_ids

small_numbers = st.floats(min_value=-1000, max_value=1000, allow_nan=False)
"""Values on a goal's measure: words a minute, errors per page, points."""

OWNERS = (Role.STUDENT, Role.FAMILY, Role.TEACHER, Role.SPECIALIST)
AUTHORS = (Role.STUDENT, Role.FAMILY, Role.TEACHER)


@st.composite
def fraction_bars(draw: st.DrawFn) -> goals.FractionBar:
    """Bars of 1 to 12 parts, any number of them filled."""
    parts = draw(st.integers(min_value=1, max_value=12))
    return goals.FractionBar(parts, draw(st.integers(min_value=0, max_value=parts)))


bar_comparisons = st.builds(
    goals.BarComparison, student=fraction_bars(), data=fraction_bars()
)


@st.composite
def goal_values(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    student: str | None = None,
    owner: Role | None = None,
    loops: list[str] | None = None,
) -> goals.Goal:
    """Goals with dates in order; the id, student and owner may be fixed.

    Some close the gap of a feedback loop: any id, or one of *loops* when given.
    """
    starts_on = draw(st.none() | days)
    due_on = draw(st.none() | days)
    if starts_on is not None and due_on is not None and due_on < starts_on:
        starts_on, due_on = due_on, starts_on
    return goals.Goal(
        id=draw(identifiers) if id is None else id,
        student=draw(identifiers) if student is None else student,
        statement=draw(texts),
        owner=draw(st.sampled_from(OWNERS)) if owner is None else owner,
        area=draw(st.sampled_from(goals.GoalArea)),
        standards=draw(st.lists(identifiers, max_size=3, unique=True)),
        success_criteria=draw(st.lists(identifiers, max_size=3, unique=True)),
        measure=draw(st.none() | texts),
        baseline=draw(st.none() | small_numbers),
        target=draw(st.none() | small_numbers),
        starts_on=starts_on,
        due_on=due_on,
        status=draw(st.sampled_from(goals.GoalStatus)),
        iep=draw(st.booleans()),
        closes_gap=draw(
            st.none()
            | (identifiers if loops is None else st.sampled_from(loops or [None]))
        ),
        supports=draw(writing_supports),
    )


smart_hints = st.builds(
    goals.SmartHint, part=st.sampled_from(goals.SmartPart), message=texts
)
smart_checks = st.builds(
    goals.SmartCheck, goal=identifiers, hints=st.lists(smart_hints, max_size=4)
)
goal_suggestions = st.builds(
    goals.GoalSuggestion,
    standard=identifiers,
    code=identifiers,
    statement=texts,
    band=st.sampled_from([Band.NOT_YET, Band.NEAR]),
    power=st.booleans(),
)


@st.composite
def pluses_sections(
    draw: st.DrawFn,
    *,
    author: Role | None = None,
    student: str | None = None,
    goal_id: str | None = None,
    strengths: int | None = None,
) -> goals.PlusesSection:
    """A section whose goal is owned by its author."""
    role = draw(st.sampled_from(AUTHORS)) if author is None else author
    count = draw(st.integers(1, 4)) if strengths is None else strengths
    return goals.PlusesSection(
        author=role,
        strengths=draw(st.lists(texts, min_size=count, max_size=count)),
        goal=draw(goal_values(id=goal_id, student=student, owner=role)),
    )


@st.composite
def three_pluses(draw: st.DrawFn) -> goals.ThreePlusesAndAGoal:
    """Forms with three pluses from the student and goals of distinct ids."""
    student = draw(identifiers)
    ids = draw(unique_ids(3))
    parent = draw(st.booleans())
    teacher = draw(st.booleans())
    return goals.ThreePlusesAndAGoal(
        student=student,
        written_on=draw(days),
        from_student=draw(
            pluses_sections(
                author=Role.STUDENT, student=student, goal_id=ids[0], strengths=3
            )
        ),
        from_parent=draw(
            pluses_sections(author=Role.FAMILY, student=student, goal_id=ids[1])
        )
        if parent
        else None,
        from_teacher=draw(
            pluses_sections(author=Role.TEACHER, student=student, goal_id=ids[2])
        )
        if teacher
        else None,
    )


data_points = st.builds(goals.DataPoint, measured_on=days, value=small_numbers)
progress_lines = st.builds(
    goals.ProgressLine,
    origin=days,
    intercept=small_numbers,
    slope_per_week=small_numbers,
)


@st.composite
def progress_monitors(draw: st.DrawFn) -> goals.ProgressMonitor:
    """Monitors with weekly-ish points in date order, the baseline before the due date."""
    start = draw(days)
    count = draw(st.integers(min_value=0, max_value=12))
    gaps = draw(
        st.lists(st.integers(min_value=1, max_value=14), min_size=count, max_size=count)
    )
    points = []
    day = start
    for gap in gaps:
        day += timedelta(days=gap)
        points.append(goals.DataPoint(measured_on=day, value=draw(small_numbers)))
    after = points[1].measured_on if len(points) >= 3 else start
    due_on = after + timedelta(days=draw(st.integers(min_value=1, max_value=300)))
    return goals.ProgressMonitor(
        goal=draw(identifiers),
        target=draw(small_numbers),
        due_on=due_on,
        rising=draw(st.booleans()),
        points=points,
        min_points=draw(st.integers(min_value=4, max_value=8)),
    )


progress_reports = st.builds(
    goals.ProgressReport,
    goal=identifiers,
    points=st.integers(min_value=0, max_value=50),
    baseline=st.none() | small_numbers,
    aimline=st.none() | progress_lines,
    rate_of_improvement=st.none() | small_numbers,
    trend=st.none() | progress_lines,
    four_point_rule=st.sampled_from(goals.Decision),
    trend_rule=st.sampled_from(goals.Decision),
    projected_on=st.none() | days,
    on_track=st.none() | st.booleans(),
)


@st.composite
def activities(draw: st.DrawFn) -> goals.Activity:
    """Activities with a tutor only for peer tutoring."""
    kind = draw(st.sampled_from(goals.ActivityKind))
    tutor = (
        draw(st.none() | identifiers)
        if kind is goals.ActivityKind.PEER_TUTORING
        else None
    )
    return goals.Activity(
        kind=kind,
        description=draw(texts),
        standard=draw(st.none() | identifiers),
        tutor=tutor,
        scheduled_on=draw(st.none() | days),
        done=draw(st.booleans()),
    )


work_plans = st.builds(
    goals.WorkPlan,
    goal=identifiers,
    student=identifiers,
    activities=st.lists(activities(), max_size=4),
    preferences=st.lists(
        st.sampled_from(goals.WorkPreference), max_size=3, unique=True
    ),
    check_ins=st.lists(days, max_size=4, unique=True).map(sorted),
    notes=st.text(max_size=30),
)


@st.composite
def goal_reviews(
    draw: st.DrawFn,
    *,
    goal: str | None = None,
    artifacts: list[str] | None = None,
    next_goals: list[str] | None = None,
) -> goals.GoalReview:
    """Reviews with artifacts or an evidence note, and a next goal not the goal."""
    goal_id = draw(identifiers) if goal is None else goal
    cited = draw(
        st.lists(
            identifiers if artifacts is None else st.sampled_from(artifacts or ["x"]),
            max_size=3 if artifacts is None or artifacts else 0,
            unique=True,
        )
    )
    note = draw(st.text(max_size=30))
    if not cited and not note.strip():
        note = draw(texts)
    choices = (
        identifiers if next_goals is None else st.sampled_from(next_goals or ["x"])
    )
    next_goal = draw(st.none() | choices) if next_goals is None or next_goals else None
    if next_goal == goal_id:
        next_goal = None
    return goals.GoalReview(
        goal=goal_id,
        student_bar=draw(fraction_bars()),
        data_bar=draw(st.none() | fraction_bars()),
        artifacts=cited,
        evidence_note=note,
        parent_comment=draw(st.text(max_size=20)),
        teacher_comment=draw(st.text(max_size=20)),
        outcome=draw(st.none() | st.sampled_from(goals.GoalStatus)),
        attainment=draw(st.none() | st.sampled_from(goals.AttainmentLevel)),
        next_goal=next_goal,
    )


@st.composite
def term_reviews(draw: st.DrawFn) -> goals.TermReview:
    """A term's reviews whose goals, next goals and artifacts are all given."""
    student = draw(identifiers)
    goal_ids = draw(st.lists(identifiers, min_size=0, max_size=4, unique=True))
    artifact_ids = draw(st.lists(identifiers, max_size=4, unique=True))
    reviewed = (
        draw(st.lists(st.sampled_from(goal_ids), unique=True)) if goal_ids else []
    )
    loop_ids = (
        draw(st.lists(identifiers, max_size=2, unique=True)) if artifact_ids else []
    )
    return goals.TermReview(
        student=student,
        term=draw(terms()),
        reviewed_on=draw(days),
        goals=[
            draw(goal_values(id=gid, student=student, loops=loop_ids))
            for gid in goal_ids
        ],
        loops=[
            draw(feedback_loops(id=lid, student=student, works=artifact_ids))
            for lid in loop_ids
        ],
        reviews=[
            draw(goal_reviews(goal=gid, artifacts=artifact_ids, next_goals=goal_ids))
            for gid in reviewed
        ],
        artifacts=[
            attrs.evolve(draw(artifacts_strategy), id=aid, student=student)
            for aid in artifact_ids
        ],
    )


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    goals.Activity: activities(),
    goals.ActivityKind: st.sampled_from(goals.ActivityKind),
    goals.AttainmentLevel: st.sampled_from(goals.AttainmentLevel),
    goals.BarComparison: bar_comparisons,
    goals.DataPoint: data_points,
    goals.Decision: st.sampled_from(goals.Decision),
    goals.FractionBar: fraction_bars(),
    goals.Goal: goal_values(),
    goals.GoalArea: st.sampled_from(goals.GoalArea),
    goals.GoalReview: goal_reviews(),
    goals.GoalStatus: st.sampled_from(goals.GoalStatus),
    goals.GoalSuggestion: goal_suggestions,
    goals.PlusesSection: pluses_sections(),
    goals.ProgressLine: progress_lines,
    goals.ProgressMonitor: progress_monitors(),
    goals.ProgressReport: progress_reports,
    goals.SmartCheck: smart_checks,
    goals.SmartHint: smart_hints,
    goals.SmartPart: st.sampled_from(goals.SmartPart),
    goals.TermReview: term_reviews(),
    goals.ThreePlusesAndAGoal: three_pluses(),
    goals.WorkPlan: work_plans,
    goals.WorkPreference: st.sampled_from(goals.WorkPreference),
}
"""The strategy for each public type of selfassess.goals."""
