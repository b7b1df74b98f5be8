"""Hypothesis strategies for every public type of selfassess.tracking.

They build valid values only; merged into `strategies.STRATEGIES` automatically.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import strategies as st

import selfassess as sa
from selfassess import tracking as tr
from strategies_language import writing_supports

from strategies import days, identifiers, scales, scores, texts, unique_ids

__all__ = [
    "STRATEGIES",
    "histories",
    "portfolios",
    "sessions",
    "tracker_rows",
    "trackers",
]

optional_scores = st.none() | scores
plain_texts = st.text(max_size=20)

tracker_scales = st.sampled_from([sa.FOUR_POINT, sa.CANVAS_DEFAULT]) | scales()


def in_scale(scale: sa.Scale) -> st.SearchStrategy[float]:
    """Scores within *scale*'s range."""
    return st.floats(min_value=scale.minimum, max_value=scale.maximum, allow_nan=False)


@st.composite
def grades_for(draw: st.DrawFn, scale: sa.Scale) -> list[tr.Grade]:
    """Grades of distinct columns, on *scale*."""
    columns = draw(st.lists(st.sampled_from(tr.GradeColumn), unique=True, max_size=5))
    return [
        tr.Grade(column=column, score=draw(in_scale(scale)), graded_on=draw(days))
        for column in columns
    ]


@st.composite
def tracker_rows(
    draw: st.DrawFn,
    *,
    row_id: str | None = None,
    scale: sa.Scale = sa.FOUR_POINT,
    standards: list[str] | None = None,
    practice: bool | None = None,
    language: bool = False,
) -> tr.TrackerRow:
    """A row whose grades are on *scale* and whose standards come from *standards*."""
    pool = standards or draw(unique_ids(3))
    is_practice = draw(st.booleans()) if practice is None else practice
    if language and not is_practice:
        language_domain = draw(st.sampled_from(tr.LanguageDomain))
    else:
        language_domain = draw(st.none() | st.sampled_from(tr.LanguageDomain))
    return tr.TrackerRow(
        id=row_id if row_id is not None else draw(identifiers),
        name=draw(texts),
        description=draw(plain_texts),
        standards=draw(st.lists(st.sampled_from(pool), min_size=1, unique=True)),
        grades=draw(grades_for(scale)),
        pre_learning_goal=draw(plain_texts),
        reflection=draw(plain_texts),
        goal=draw(plain_texts),
        language_domain=language_domain,
        practice=is_practice,
    )


@st.composite
def trackers(
    draw: st.DrawFn,
    *,
    student: str | None = None,
    scale: sa.Scale | None = None,
    practice: bool | None = None,
    max_rows: int = 5,
) -> tr.Tracker:
    """Trackers with unique row ids, grades on the scale, rows sharing standards.

    With *practice* False, no row is a practice row; with True, every row is.
    """
    chosen = scale if scale is not None else draw(tracker_scales)
    kind = draw(st.sampled_from(tr.TrackerKind))
    pool = draw(unique_ids(3))
    ids = draw(unique_ids(draw(st.integers(min_value=0, max_value=max_rows))))
    rows = [
        draw(
            tracker_rows(
                row_id=row_id,
                scale=chosen,
                standards=pool,
                practice=practice,
                language=kind is tr.TrackerKind.LANGUAGE,
            )
        )
        for row_id in ids
    ]
    return tr.Tracker(
        id=draw(identifiers),
        student=student if student is not None else draw(identifiers),
        subject=draw(texts),
        rows=rows,
        scale=chosen,
        domain=draw(st.none() | identifiers),
        kind=kind,
        based_on=draw(st.none() | identifiers),
    )


@st.composite
def gradebooks(draw: st.DrawFn, tracker: tr.Tracker) -> list[tr.GradebookEntry]:
    """Gradebook entries for some cells of *tracker* (copied or changed) and others."""
    entries = []
    for row in tracker.rows:
        for column in tr.GradeColumn:
            if not draw(st.booleans()):
                continue
            grade = row.grade(column)
            score = (
                grade.score
                if grade is not None and draw(st.booleans())
                else draw(in_scale(tracker.scale))
            )
            entries.append(tr.GradebookEntry(row=row.id, column=column, score=score))
    return entries


@st.composite
def accuracy_reports(draw: st.DrawFn) -> tr.AccuracyReport:
    """Reports made by comparing a tracker with a gradebook."""
    tracker = draw(trackers())
    return tr.compare_with_gradebook(tracker, draw(gradebooks(tracker)))


@st.composite
def class_accuracies(draw: st.DrawFn) -> tr.ClassAccuracy:
    """Summaries of a few reports."""
    return tr.class_accuracy(draw(st.lists(accuracy_reports(), max_size=3)))


@st.composite
def column_accuracies(draw: st.DrawFn) -> tr.ColumnAccuracy:
    """Counts with matched at most checked."""
    checked = draw(st.integers(min_value=0, max_value=50))
    return tr.ColumnAccuracy(
        column=draw(st.sampled_from(tr.GradeColumn)),
        checked=checked,
        matched=draw(st.integers(min_value=0, max_value=checked)),
    )


standard_summaries = st.builds(
    tr.StandardSummary,
    standard=identifiers,
    rows=st.lists(identifiers, max_size=3),
    pre=optional_scores,
    formative=optional_scores,
    summative=optional_scores,
    growth=optional_scores,
    score=optional_scores,
)

language_summaries = st.builds(
    tr.LanguageSummary,
    language_domain=st.sampled_from(tr.LanguageDomain),
    rows=st.lists(identifiers, max_size=3),
    pre=optional_scores,
    formative=optional_scores,
    summative=optional_scores,
    growth=optional_scores,
    score=optional_scores,
)

domain_summaries = st.builds(
    tr.DomainSummary,
    domain=identifiers,
    standards=st.lists(standard_summaries, max_size=3),
    score=optional_scores,
)

standard_changes = st.builds(
    tr.StandardChange,
    standard=identifiers,
    previous=optional_scores,
    current=optional_scores,
    change=optional_scores,
)


@st.composite
def tracker_comparisons(draw: st.DrawFn) -> tr.TrackerComparison:
    """Comparisons of two trackers of one student on one scale."""
    scale = draw(tracker_scales)
    student = draw(identifiers)
    return tr.compare_trackers(
        draw(trackers(student=student, scale=scale)),
        draw(trackers(student=student, scale=scale)),
    )


@st.composite
def differences(draw: st.DrawFn) -> tr.Difference:
    """Differences whose values show their kind."""
    kind = draw(st.sampled_from(tr.DifferenceKind))
    mine, theirs = draw(scores), draw(scores)
    if kind is tr.DifferenceKind.NOT_REPORTED:
        values: tuple[float | None, float | None] = (None, theirs)
    elif kind is tr.DifferenceKind.NOT_IN_GRADEBOOK:
        values = (mine, None)
    else:
        low, high = sorted([mine, theirs])
        if low == high:
            high = low + 1
        over = kind is tr.DifferenceKind.OVER_REPORTED
        values = (high, low) if over else (low, high)
    return tr.Difference(
        row=draw(identifiers),
        column=draw(st.sampled_from(tr.GradeColumn)),
        kind=kind,
        reported=values[0],
        gradebook=values[1],
    )


gradebook_entries = st.builds(
    tr.GradebookEntry,
    row=identifiers,
    column=st.sampled_from(tr.GradeColumn),
    score=scores,
)

growth_rules = st.builds(
    tr.GrowthRule,
    after=st.integers(min_value=1, max_value=5),
    add_minutes=st.integers(min_value=1, max_value=15),
    back_off_after=st.none() | st.integers(min_value=1, max_value=5),
)


@st.composite
def interval_plans(draw: st.DrawFn) -> tr.IntervalPlan:
    """Plans with the maximum at or above the start."""
    start = draw(st.integers(min_value=1, max_value=60))
    return tr.IntervalPlan(
        start_minutes=start,
        maximum_minutes=draw(st.integers(min_value=start, max_value=90)),
        growth=draw(growth_rules),
    )


@st.composite
def intervals(draw: st.DrawFn, scale: sa.Scale = tr.ON_TASK_FOUR) -> tr.Interval:
    """An interval rated on a level of *scale*, maybe rated by the teacher too."""
    points = st.sampled_from([level.points for level in scale.levels])
    return tr.Interval(
        minutes=draw(st.integers(min_value=1, max_value=60)),
        rating=draw(points),
        teacher_rating=draw(st.none() | points),
        note=draw(plain_texts),
    )


@st.composite
def sessions(
    draw: st.DrawFn,
    *,
    student: str | None = None,
    scale: sa.Scale | None = None,
    session_id: str | None = None,
    held_on: Any = None,
) -> tr.OnTaskSession:
    """A session of up to eight intervals on one of the on-task scales."""
    chosen = scale if scale is not None else draw(st.sampled_from(tr.ON_TASK_SCALES))
    return tr.OnTaskSession(
        id=session_id if session_id is not None else draw(identifiers),
        student=student if student is not None else draw(identifiers),
        held_on=held_on if held_on is not None else draw(days),
        intervals=draw(st.lists(intervals(chosen), max_size=8)),
        scale=chosen,
    )


@st.composite
def histories(
    draw: st.DrawFn, *, plan: tr.IntervalPlan | None = None
) -> tr.OnTaskHistory:
    """Histories of sessions in date order, one student, one scale."""
    student = draw(identifiers)
    scale = draw(st.sampled_from(tr.ON_TASK_SCALES))
    ids = draw(unique_ids(draw(st.integers(min_value=0, max_value=4))))
    day = draw(days)
    built = []
    for session_id in ids:
        built.append(
            draw(
                sessions(
                    student=student, scale=scale, session_id=session_id, held_on=day
                )
            )
        )
        day = day + timedelta(days=draw(st.integers(min_value=0, max_value=3)))
    return tr.OnTaskHistory(
        student=student,
        plan=plan if plan is not None else draw(interval_plans()),
        sessions=built,
    )


work_habit_goals = st.builds(
    tr.WorkHabitGoal,
    focus=st.sampled_from(tr.WorkHabitFocus),
    statement=texts,
    target_share=st.floats(min_value=0, max_value=1),
    target_minutes=st.integers(min_value=1, max_value=60),
)


@st.composite
def on_task_summaries(draw: st.DrawFn) -> tr.OnTaskSummary:
    """Summaries of generated histories."""
    target = draw(st.floats(min_value=0.05, max_value=1))
    return tr.summarize_on_task(draw(histories()), target_share=target)


reflection_answers = st.builds(tr.ReflectionAnswer, question=texts, answer=texts)


@st.composite
def reflections(draw: st.DrawFn) -> tr.Reflection:
    """Reflections whose questions differ, ignoring case."""
    answers = draw(
        st.lists(
            reflection_answers,
            max_size=3,
            unique_by=lambda a: a.question.strip().casefold(),
        )
    )
    return tr.Reflection(
        text=draw(plain_texts), answers=answers, supports=draw(writing_supports)
    )


@st.composite
def portfolio_items(
    draw: st.DrawFn,
    *,
    student: str | None = None,
    artifact_id: str | None = None,
    standards: list[str] | None = None,
    goals: list[str] | None = None,
    scale: sa.Scale = sa.FOUR_POINT,
) -> tr.PortfolioItem:
    """Items whose status, dates and reasons agree, scored on *scale*."""
    made = draw(days)
    artifact = sa.Artifact(
        id=artifact_id if artifact_id is not None else draw(identifiers),
        student=student if student is not None else draw(identifiers),
        title=draw(texts),
        created_on=made,
        reference=draw(st.none() | identifiers),
        description=draw(plain_texts),
        standards=draw(
            st.lists(st.sampled_from(standards), unique=True, max_size=3)
            if standards
            else st.lists(identifiers, unique=True, max_size=2)
            if standards is None
            else st.just([])
        ),
        goals=draw(
            st.lists(st.sampled_from(goals), unique=True, max_size=3)
            if goals
            else st.lists(identifiers, unique=True, max_size=2)
            if goals is None
            else st.just([])
        ),
    )
    status = draw(st.sampled_from(tr.ArtifactStatus))
    later = st.integers(min_value=0, max_value=60).map(lambda n: made + timedelta(n))
    selected_on = None
    presented_on = None
    selected_as = draw(st.none() | st.sampled_from(tr.SelectionReason))
    if status is not tr.ArtifactStatus.DRAFT:
        selected_as = selected_as or tr.SelectionReason.SUCCESSFUL
        selected_on = draw(st.none() | later)
    if status is tr.ArtifactStatus.PRESENTED:
        start = selected_on or made
        presented_on = draw(
            st.none()
            | st.integers(min_value=0, max_value=30).map(lambda n: start + timedelta(n))
        )
    return tr.PortfolioItem(
        artifact=artifact,
        reflection=draw(reflections()),
        status=status,
        selected_as=selected_as,
        assessment=draw(st.none() | identifiers),
        score=draw(st.none() | in_scale(scale)),
        selected_on=selected_on,
        presented_on=presented_on,
    )


@st.composite
def portfolios(draw: st.DrawFn) -> tr.Portfolio:
    """Portfolios whose artifacts are the student's and point at known targets."""
    student = draw(identifiers)
    standards = draw(st.lists(identifiers, unique=True, max_size=3))
    goals = draw(st.lists(identifiers, unique=True, max_size=3))
    scale = draw(tracker_scales)
    ids = draw(unique_ids(draw(st.integers(min_value=0, max_value=4))))
    items = [
        draw(
            portfolio_items(
                student=student,
                artifact_id=artifact_id,
                standards=standards,
                goals=goals,
                scale=scale,
            )
        )
        for artifact_id in ids
    ]
    return tr.Portfolio(
        id=draw(identifiers),
        student=student,
        items=items,
        standards=standards,
        goals=goals,
        scale=scale,
    )


goal_showcases = st.builds(
    tr.GoalShowcase,
    goal=identifiers,
    successful=st.lists(identifiers, max_size=3),
    challenging=st.lists(identifiers, max_size=3),
)

term_progress = st.builds(
    tr.TermProgress,
    kind=st.sampled_from(tr.TargetKind),
    target=identifiers,
    start_artifacts=st.lists(identifiers, max_size=3),
    end_artifacts=st.lists(identifiers, max_size=3),
    start_score=optional_scores,
    end_score=optional_scores,
    change=optional_scores,
)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    tr.AccuracyReport: accuracy_reports(),
    tr.ArtifactStatus: st.sampled_from(tr.ArtifactStatus),
    tr.ClassAccuracy: class_accuracies(),
    tr.ColumnAccuracy: column_accuracies(),
    tr.Difference: differences(),
    tr.DifferenceKind: st.sampled_from(tr.DifferenceKind),
    tr.DomainSummary: domain_summaries,
    tr.GoalShowcase: goal_showcases,
    tr.Grade: st.builds(
        tr.Grade,
        column=st.sampled_from(tr.GradeColumn),
        score=scores,
        graded_on=days,
    ),
    tr.GradeColumn: st.sampled_from(tr.GradeColumn),
    tr.GradebookEntry: gradebook_entries,
    tr.GrowthRule: growth_rules,
    tr.Interval: intervals(),
    tr.IntervalPlan: interval_plans(),
    tr.LanguageDomain: st.sampled_from(tr.LanguageDomain),
    tr.LanguageSummary: language_summaries,
    tr.OnTaskHistory: histories(),
    tr.OnTaskSummary: on_task_summaries(),
    tr.Portfolio: portfolios(),
    tr.PortfolioItem: portfolio_items(),
    tr.TermProgress: term_progress,
    tr.Reflection: reflections(),
    tr.ReflectionAnswer: reflection_answers,
    tr.SelectionReason: st.sampled_from(tr.SelectionReason),
    tr.OnTaskSession: sessions(),
    tr.StandardChange: standard_changes,
    tr.StandardSummary: standard_summaries,
    tr.TargetKind: st.sampled_from(tr.TargetKind),
    tr.Tracker: trackers(),
    tr.TrackerComparison: tracker_comparisons(),
    tr.TrackerKind: st.sampled_from(tr.TrackerKind),
    tr.TrackerRow: tracker_rows(),
    tr.WorkHabitFocus: st.sampled_from(tr.WorkHabitFocus),
    tr.WorkHabitGoal: work_habit_goals,
}
"""The strategy for each public type of selfassess.tracking."""
