"""Work plans: activities, how a student prefers to work, and check-in dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import (
    Activity,
    ActivityKind,
    Goal,
    WorkPlan,
    WorkPreference,
)

from strategies import STRATEGIES

GOAL = Goal(id="nf1", student="ana", statement="Explain equivalent fractions")


def test_a_plan_for_a_goal() -> None:
    """A plan takes its goal's id and student, and knows what is left."""
    plan = WorkPlan.for_goal(
        GOAL,
        activities=[
            Activity(kind=ActivityKind.PLAYLIST, description="Video", done=True),
            Activity(kind=ActivityKind.SMALL_GROUP, description="Group on Tuesday"),
        ],
        preferences=[WorkPreference.IN_A_SMALL_GROUP, WorkPreference.ON_PAPER],
        check_ins=[date(2026, 10, 9), date(2026, 10, 23)],
    )
    assert (plan.goal, plan.student) == ("nf1", "ana")
    assert [a.description for a in plan.remaining] == ["Group on Tuesday"]
    assert plan.next_check_in(date(2026, 10, 9)) == date(2026, 10, 9)
    assert plan.next_check_in(date(2026, 10, 24)) is None


def test_bad_plans_list_every_problem() -> None:
    """Repeated preferences and check-ins out of order are reported with paths."""
    with pytest.raises(InvalidDataError) as caught:
        WorkPlan(
            goal="nf1",
            student="ana",
            preferences=[WorkPreference.ALONE, WorkPreference.ALONE],
            check_ins=[date(2026, 10, 9), date(2026, 10, 9)],
        )
    assert [str(p) for p in caught.value.problems] == [
        "preferences[1]: preference <WorkPreference.ALONE: 'alone'> is already "
        "used at preferences[0]",
        "check_ins[1]: must be after the check-in before it (2026-10-09) "
        "(got 2026-10-09)",
    ]


def test_only_peer_tutoring_has_a_tutor() -> None:
    """A tutor belongs to peer tutoring, not to a playlist."""
    assert Activity(kind=ActivityKind.PEER_TUTORING, description="x", tutor="ben")
    with pytest.raises(
        InvalidDataError, match=r"^tutor: must be empty unless the activity is peer"
    ):
        Activity(kind=ActivityKind.PLAYLIST, description="x", tutor="ben")


def test_for_goal_needs_a_goal() -> None:
    """for_goal refuses what is not a goal."""
    with pytest.raises(ArgumentTypeError, match=r"^goal: must be a Goal"):
        WorkPlan.for_goal("nf1")  # type: ignore[arg-type]


def test_for_goal_takes_lists_of_any_kind() -> None:
    """Generators are read like lists; what is not a list is refused by name."""
    days = [date(2026, 10, 9), date(2026, 10, 23)]
    plan = WorkPlan.for_goal(
        GOAL,
        preferences=(p for p in [WorkPreference.ALONE]),
        check_ins=iter(days),
    )
    assert plan.check_ins == tuple(days)
    assert plan.preferences == (WorkPreference.ALONE,)
    with pytest.raises(ArgumentTypeError) as caught:
        WorkPlan.for_goal(GOAL, activities=None, check_ins="2026-10-09", notes=3)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [
        "activities: must be a list of Activity objects (got None)",
        "check_ins: must be a list of dates (got '2026-10-09')",
        "notes: must be a string (got 3)",
    ]
    with pytest.raises(InvalidDataError, match=r"^preferences\[0\]: must be a"):
        WorkPlan.for_goal(GOAL, preferences=["alone"])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"^check_ins\[1\]: must be after"):
        WorkPlan.for_goal(GOAL, check_ins=days[::-1])


def test_next_check_in_needs_a_day() -> None:
    """A day that is not a date is the caller's mistake, named."""
    plan = WorkPlan.for_goal(GOAL, check_ins=[date(2026, 10, 9)])
    with pytest.raises(ArgumentTypeError, match=r"^as_of: must be a date"):
        plan.next_check_in("2026-10-01")  # type: ignore[arg-type]


@given(plan=STRATEGIES[WorkPlan], day=st.dates())
def test_next_check_in_is_the_first_not_past(plan: WorkPlan, day: date) -> None:
    """The next check-in is on or after the day, and none is skipped."""
    found = plan.next_check_in(day)
    if found is None:
        assert all(check_in < day for check_in in plan.check_ins)
    else:
        assert found >= day
        assert all(not day <= c < found for c in plan.check_ins)


def test_a_long_tutor_id_is_shown_briefly() -> None:
    """A five-thousand-letter tutor on a playlist item is refused in a short message."""
    with pytest.raises(InvalidDataError) as caught:
        Activity(kind=ActivityKind.PLAYLIST, description="Video", tutor="x" * 5000)
    (problem,) = caught.value.problems
    assert problem.message.startswith("must be empty unless the activity is peer")
    assert len(problem.message) < 150
