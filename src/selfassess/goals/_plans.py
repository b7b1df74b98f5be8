"""Work plans: how a student will work toward a goal, and when to check in.

In a data-review conference the student sets goals and a work plan: the activities
(playlist or pathway items, small-group sessions, a peer tutor who has mastered the
standard, practice), how the student prefers to work, and the dates of the next
check-ins.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.goals._goals import Goal

__all__ = ["Activity", "ActivityKind", "WorkPlan", "WorkPreference"]


class ActivityKind(enum.Enum):
    """The kinds of activity a work plan lists."""

    PLAYLIST = "playlist"
    """An item of a playlist, such as a video, a reading or an exercise, in any order."""
    PATHWAY = "pathway"
    """A step of a pathway, whose items come in a set order."""
    SMALL_GROUP = "small_group"
    """A small-group session with the teacher."""
    PEER_TUTORING = "peer_tutoring"
    """Work with a peer tutor who has mastered the standard."""
    PRACTICE = "practice"
    """Independent practice."""
    QUICK_CHECK = "quick_check"
    """A short assessment, offered when a standard is near mastery."""


class WorkPreference(enum.Enum):
    """How a student prefers to work."""

    ALONE = "alone"
    """On their own."""
    WITH_A_PARTNER = "with_a_partner"
    """With one classmate."""
    IN_A_SMALL_GROUP = "in_a_small_group"
    """In a small group."""
    WITH_THE_TEACHER = "with_the_teacher"
    """With the teacher nearby or working alongside."""
    ONLINE = "online"
    """On a device, with online activities."""
    ON_PAPER = "on_paper"
    """On paper, away from a screen."""


@attrs.frozen(kw_only=True)
class Activity:
    """One activity of a work plan.

    Attributes:
        kind: What kind of activity it is.
        description: What to do, such as ``"Khan Academy: equivalent fractions"``.
        standard: The id of the standard it works on, if one.
        tutor: The id of the peer tutor; only for `ActivityKind.PEER_TUTORING`.
        scheduled_on: The day it is planned for, if any.
        done: Whether it has been done.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    kind: ActivityKind
    description: str
    standard: str | None = None
    tutor: str | None = None
    scheduled_on: date | None = None
    done: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        kind = check.member("kind", self.kind, ActivityKind)
        check.text("description", self.description)
        check.optional_identifier("standard", self.standard)
        if (
            check.optional_identifier("tutor", self.tutor)
            and kind
            and self.tutor is not None
            and self.kind is not ActivityKind.PEER_TUTORING
        ):
            check.add(
                "tutor",
                f"must be empty unless the activity is peer tutoring "
                f"(got {shown(self.tutor)} for {shown(self.kind.value)})",
            )
        check.optional_day("scheduled_on", self.scheduled_on)
        check.boolean("done", self.done)
        check.done()


@attrs.frozen(kw_only=True)
class WorkPlan:
    """A goal's work plan: activities, how the student prefers to work, check-ins.

    Attributes:
        goal: The id of the goal.
        student: The id of the student.
        activities: The activities, in the order the student plans to do them.
        preferences: How the student prefers to work; no repeats.
        check_ins: The days of the check-ins with the teacher, in order, no repeats.
        notes: Anything else, in the student's words.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from datetime import date
        >>> plan = WorkPlan(
        ...     goal="nf1", student="ana",
        ...     activities=[Activity(kind=ActivityKind.PEER_TUTORING,
        ...                          description="Fraction strips with Ben", tutor="ben")],
        ...     preferences=[WorkPreference.WITH_A_PARTNER],
        ...     check_ins=[date(2026, 10, 9), date(2026, 10, 23)],
        ... )
        >>> plan.next_check_in(as_of=date(2026, 10, 12))
        datetime.date(2026, 10, 23)
    """

    __repr__ = short_repr

    goal: str
    student: str
    activities: tuple[Activity, ...] = attrs.field(default=(), converter=to_tuple)
    preferences: tuple[WorkPreference, ...] = attrs.field(
        default=(), converter=to_tuple
    )
    check_ins: tuple[date, ...] = attrs.field(default=(), converter=to_tuple)
    notes: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("goal", self.goal)
        check.identifier("student", self.student)
        check.items(
            "activities", self.activities, lambda p, v: check.instance(p, v, Activity)
        )
        if check.items(
            "preferences",
            self.preferences,
            lambda p, v: check.member(p, v, WorkPreference),
        ):
            check.unique("preferences", self.preferences, lambda p: p, "preference")
        if check.items("check_ins", self.check_ins, check.day):
            for index in range(1, len(self.check_ins)):
                before, after = self.check_ins[index - 1], self.check_ins[index]
                if after <= before:
                    check.add(
                        f"check_ins[{index}]",
                        f"must be after the check-in before it ({before.isoformat()}) "
                        f"(got {after.isoformat()})",
                    )
        check.text("notes", self.notes, empty=True)
        check.done()

    @classmethod
    def for_goal(
        cls,
        goal: Goal,
        *,
        activities: Iterable[Activity] = (),
        preferences: Iterable[WorkPreference] = (),
        check_ins: Iterable[date] = (),
        notes: str = "",
    ) -> WorkPlan:
        """Return a work plan for *goal*, taking its id and student.

        Args:
            goal: The goal the plan works toward.
            activities: The activities, in order: a list or any other iterable.
            preferences: How the student prefers to work.
            check_ins: The days of the check-ins, in order.
            notes: Anything else, in the student's words.

        Raises:
            ArgumentTypeError: If *goal* is not a `Goal`, *activities*,
                *preferences* or *check_ins* is not a list, or *notes* is not a
                string.
            InvalidDataError: If an item of a list is not of its kind, or a field
                breaks a rule of `WorkPlan` (such as check-ins out of order).
        """
        check = Arguments()
        goal = check.instance("goal", goal, Goal)
        planned = check.items("activities", activities, Activity)
        preferred = check.items("preferences", preferences, WorkPreference)
        days = check.days("check_ins", check_ins)
        check.text("notes", notes, empty=True)
        check.done()
        return cls(
            goal=goal.id,
            student=goal.student,
            activities=planned,
            preferences=preferred,
            check_ins=days,
            notes=notes,
        )

    def next_check_in(self, as_of: date) -> date | None:
        """Return the first check-in on or after *as_of*; ``None`` if none is left.

        Raises:
            ArgumentTypeError: If *as_of* is not a date.
        """
        check = Arguments()
        check.day("as_of", as_of)
        check.done()
        return next((day for day in self.check_ins if day >= as_of), None)

    @property
    def remaining(self) -> tuple[Activity, ...]:
        """The activities not yet done, in order."""
        return tuple(activity for activity in self.activities if not activity.done)
