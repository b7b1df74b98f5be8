"""Time on task: interval plans, sessions, histories and work-habit goals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import tracking as tr
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.serialize import from_dict, to_dict
from strategies_tracking import histories, interval_plans

# The practice: "a timer (5-10 minutes at first, growing toward 30-60)" (DESIGN.md);
# "lengthen after N consecutive high ratings, never beyond a maximum", as the practice grows intervals.
PLAN = tr.IntervalPlan(
    start_minutes=5,
    maximum_minutes=30,
    growth=tr.GrowthRule(after=3, add_minutes=5, back_off_after=2),
)


def session(
    session_id: str, day: int, *ratings: float, scale: sa.Scale = tr.ON_TASK_FOUR
) -> tr.OnTaskSession:
    return tr.OnTaskSession(
        id=session_id,
        student="ana",
        held_on=date(2026, 10, day),
        intervals=[tr.Interval(minutes=5, rating=r) for r in ratings],
        scale=scale,
    )


def test_plan_grows_from_five_minutes_toward_thirty() -> None:
    """Three on-task intervals in a row add five minutes, up to the maximum of 30."""
    lengths = PLAN.lengths([True] * 18)
    assert lengths[:7] == (5, 5, 5, 10, 10, 10, 15)
    assert max(lengths) == 30
    assert lengths[-1] == 30


def test_plan_backs_off_after_off_task_intervals_but_not_below_start() -> None:
    """Two off-task intervals in a row step back five minutes, never below 5."""
    assert PLAN.lengths([True, True, True, False, False, False, False]) == (
        5,
        5,
        5,
        10,
        10,
        5,
        5,
        5,
    )


def test_a_streak_is_broken_by_an_off_task_interval() -> None:
    """On-task intervals must come in a row to lengthen the interval."""
    assert PLAN.next_minutes([True, True, False, True, True]) == 5


def test_plan_without_back_off_never_shortens() -> None:
    """With no back-off rule, off-task intervals only reset the streak."""
    plan = tr.IntervalPlan(start_minutes=10, maximum_minutes=60)
    assert plan.growth == tr.GrowthRule(after=3, add_minutes=5)
    assert plan.lengths([True] * 3 + [False] * 10)[-1] == 15


@given(plan=interval_plans(), outcomes=st.lists(st.booleans(), max_size=60))
def test_plans_stay_between_their_start_and_maximum(
    plan: tr.IntervalPlan, outcomes: list[bool]
) -> None:
    """No interval is ever longer than the maximum or shorter than the start."""
    lengths = plan.lengths(outcomes)
    assert len(lengths) == len(outcomes) + 1
    assert all(plan.start_minutes <= n <= plan.maximum_minutes for n in lengths)


@given(plan=interval_plans(), count=st.integers(min_value=0, max_value=60))
def test_success_never_shortens_an_interval(plan: tr.IntervalPlan, count: int) -> None:
    """With only on-task intervals, lengths never go down."""
    lengths = plan.lengths([True] * count)
    assert list(lengths) == sorted(lengths)


def test_plan_rules() -> None:
    """A plan needs positive minutes and a maximum at least the start."""
    with pytest.raises(InvalidDataError) as caught:
        tr.IntervalPlan(start_minutes=0, maximum_minutes=-1)
    assert [str(p) for p in caught.value.problems] == [
        "start_minutes: must be at least 1 (got 0)",
        "maximum_minutes: must be at least 1 (got -1)",
    ]
    with pytest.raises(
        InvalidDataError,
        match=r"^maximum_minutes: must be at least start_minutes \(10\)",
    ):
        tr.IntervalPlan(start_minutes=10, maximum_minutes=5)
    with pytest.raises(InvalidDataError, match=r"^on_task\[1\]: must be true or false"):
        PLAN.lengths([True, 1])  # type: ignore[list-item]


def test_an_interval_of_zero_minutes_is_refused_with_its_path() -> None:
    """A session holding a 0-minute interval names it, also from a document."""
    with pytest.raises(
        InvalidDataError, match=r"^minutes: must be at least 1 \(got 0\)$"
    ):
        tr.Interval(minutes=0, rating=3)
    plain = to_dict(session("s1", 5, 3, 4))
    plain["intervals"][1]["minutes"] = 0
    with pytest.raises(
        InvalidDataError,
        match=r"^intervals\[1\]\.minutes: must be at least 1 \(got 0\)$",
    ):
        from_dict(tr.OnTaskSession, plain)


def test_ratings_must_be_levels_of_the_scale() -> None:
    """A rating of 4 is not a face; a teacher's 2.5 is not a level either."""
    with pytest.raises(InvalidDataError) as caught:
        tr.OnTaskSession(
            id="s",
            student="ana",
            held_on=date(2026, 10, 5),
            scale=sa.THREE_FACES,
            intervals=[
                tr.Interval(minutes=5, rating=4),
                tr.Interval(minutes=5, rating=3, teacher_rating=2.5),
            ],
        )
    assert [str(p) for p in caught.value.problems] == [
        "intervals[0].rating: must be the points of a level of 'three-faces' (1, 2, 3) (got 4.0)",
        "intervals[1].teacher_rating: must be the points of a level of 'three-faces' (1, 2, 3) (got 2.5)",
    ]


def test_session_share_counts_ratings_at_the_mastery_cut() -> None:
    """On the 1-4 scale, 3 and 4 are on task; on the faces, only the smile."""
    assert session("s", 5, 1, 2, 3, 4).on_task == (False, False, True, True)
    assert session("s", 5, 1, 2, 3, 4).on_task_share == 0.5
    faces = session("s", 5, 1, 2, 3, 3, scale=sa.THREE_FACES)
    assert faces.on_task_share == 0.5
    assert session("s", 5).on_task_share is None
    assert session("s", 5, 3, 3).minutes == 10


def test_history_rules() -> None:
    """Sessions are the student's, in date order, on one scale, ids unique."""
    other = tr.OnTaskSession(
        id="s3", student="ben", held_on=date(2026, 10, 7), intervals=[]
    )
    with pytest.raises(InvalidDataError) as caught:
        tr.OnTaskHistory(
            student="ana",
            plan=PLAN,
            sessions=[
                session("s1", 6, 3),
                session("s1", 5, 3, scale=sa.THREE_FACES),
                other,
            ],
        )
    assert [p.path for p in caught.value.problems] == [
        "sessions[1]",
        "sessions[1].held_on",
        "sessions[1].scale",
        "sessions[2].student",
    ]


def test_summary_of_a_week() -> None:
    """Shares, the least-squares trend, the next length and the suggested goal."""
    history = tr.OnTaskHistory(
        student="ana",
        plan=PLAN,
        sessions=[
            session("mon", 5, 1, 2, 3, 4),  # 0.5
            session("tue", 6, 2, 3, 3, 4),  # 0.75
            session("wed", 7, 3, 3, 4, 4),  # 1.0
        ],
    )
    summary = tr.summarize_on_task(history)
    assert (summary.sessions, summary.intervals) == (3, 12)
    assert summary.share == pytest.approx(0.75)
    assert summary.latest_share == 1.0
    assert summary.trend == pytest.approx(0.25)
    # Outcomes F F T T, F T T T, T T T T: streaks of three at intervals 7, 10, 13.
    assert summary.next_minutes == 15
    assert summary.goal.focus is tr.WorkHabitFocus.LENGTHEN_INTERVALS
    assert summary.goal.target_minutes == 20
    assert summary.goal.statement == (
        "I will stay on task for 20 minutes at a time in 8 of my 10 work times."
    )


@pytest.mark.parametrize(
    ("ratings", "focus", "share"),
    [
        ((), tr.WorkHabitFocus.START_RATING, 0.8),
        ((1, 1, 3, 3), tr.WorkHabitFocus.RAISE_SHARE, 0.6),
        ((1, 3, 3, 3), tr.WorkHabitFocus.RAISE_SHARE, 0.8),
        ((3, 3, 3, 3, 3), tr.WorkHabitFocus.LENGTHEN_INTERVALS, 0.8),
    ],
)
def test_goal_rules(
    ratings: tuple[float, ...], focus: tr.WorkHabitFocus, share: float
) -> None:
    """The goal follows the first rule that applies, raising the share a tenth."""
    history = tr.OnTaskHistory(
        student="ana", plan=PLAN, sessions=[session("s", 5, *ratings)]
    )
    goal = tr.summarize_on_task(history).goal
    assert (goal.focus, goal.target_share) == (focus, share)


def test_sustain_at_the_longest_interval() -> None:
    """At the plan's maximum and the target share, the goal is to keep it up."""
    plan = tr.IntervalPlan(start_minutes=30, maximum_minutes=30)
    history = tr.OnTaskHistory(
        student="ana", plan=plan, sessions=[session("s", 5, 4, 4, 4)]
    )
    goal = tr.summarize_on_task(history, target_share=0.9).goal
    assert goal.focus is tr.WorkHabitFocus.SUSTAIN
    assert goal.statement == (
        "I will keep staying on task for 30 minutes at a time in 9 of my 10 work times."
    )


def test_teacher_ratings_sit_beside_the_students() -> None:
    """Paired intervals give the on-task agreement and the mean difference."""
    rated = tr.OnTaskSession(
        id="s",
        student="ana",
        held_on=date(2026, 10, 5),
        intervals=[
            tr.Interval(minutes=5, rating=4, teacher_rating=2),
            tr.Interval(minutes=5, rating=3, teacher_rating=3),
            tr.Interval(minutes=5, rating=2),
        ],
    )
    summary = tr.summarize_on_task(
        tr.OnTaskHistory(student="ana", plan=PLAN, sessions=[rated])
    )
    assert (summary.paired, summary.agreement, summary.mean_difference) == (2, 0.5, 1.0)


def test_summary_refuses_bad_arguments() -> None:
    """A target share of 0 or above 1, or a wrong history, is refused."""
    history = tr.OnTaskHistory(student="ana", plan=PLAN)
    for target in (0, 1.5):
        with pytest.raises(InvalidDataError, match=r"^target_share: must be"):
            tr.summarize_on_task(history, target_share=target)
    with pytest.raises(ArgumentTypeError, match=r"^history: must be an OnTaskHistory"):
        tr.summarize_on_task(PLAN)  # type: ignore[arg-type]


@given(histories())
def test_summary_figures_follow_the_history(history: tr.OnTaskHistory) -> None:
    """The shares count the intervals rated on task; the next length is the plan's."""
    summary = tr.summarize_on_task(history)
    flags = [flag for session in history.sessions for flag in session.on_task]
    assert summary.intervals == len(flags)
    assert summary.share == (pytest.approx(sum(flags) / len(flags)) if flags else None)
    rated = [session for session in history.sessions if session.intervals]
    latest = (
        pytest.approx(sum(rated[-1].on_task) / len(rated[-1].intervals))
        if rated
        else None
    )
    assert summary.latest_share == latest
    assert summary.next_minutes == history.plan.next_minutes(flags)
    assert (
        history.plan.start_minutes
        <= summary.next_minutes
        <= history.plan.maximum_minutes
    )
    assert 0 < summary.goal.target_share <= 0.8
    assert summary.goal.target_minutes <= history.plan.maximum_minutes
