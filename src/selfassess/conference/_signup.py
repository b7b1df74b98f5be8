"""Family conference sign-up: the days, the teachers' rooms and the households.

What a school gives `schedule_families`: the conference days with their hours and
breaks, each teacher's room, the lengths of a slot and of the passing time, when
reminders go out, and the households signing up with their children and language.
"""

from __future__ import annotations

from datetime import date, datetime, time

import attrs

from selfassess._repr import short_repr
from selfassess._validate import (
    MAX_MINUTES,
    Arguments,
    Checker,
    integer_field,
    shown,
    to_tuple,
)
from selfassess.conference._agenda import ConferenceKind
from selfassess.conference._builtin_templates import template_for
from selfassess.conference._times import check_span, overlapping

__all__ = [
    "AvailableTime",
    "ConferenceBreak",
    "ConferenceDay",
    "Household",
    "HouseholdChild",
    "SignUpPlan",
    "TeacherRoom",
]

MAX_REMINDER_MINUTES = 31 * 24 * 60
"""The longest a reminder may go out before its conference: a month (31 days).

The practice sends a reminder a couple of days before; one sent more than a month
before is an announcement, and reminds no one."""

DEFAULT_REMINDER_MINUTES = (2 * 24 * 60,)
"""When reminders go out by default: one, two days before the conference.

The practice sends families a reminder "a couple of days prior"."""


def _template_slot(plan: SignUpPlan) -> int:
    """The slot of the plan's kind's template: the default length of a slot."""
    if isinstance(plan.kind, ConferenceKind):
        return template_for(plan.kind).slot_minutes
    return 1  # a kind of the wrong kind is reported by the plan's checks


@attrs.frozen(kw_only=True)
class ConferenceBreak:
    """A break on a conference day, when no conference is held.

    Attributes:
        starts: When it starts.
        ends: When it ends; after ``starts``.
        label: What it is, such as ``"Dinner"``; may be empty.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    starts: time
    ends: time
    label: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check_span(check, self.starts, self.ends)
        check.text("label", self.label, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class ConferenceDay:
    """A day of family conferences: its hours and its breaks.

    Attributes:
        day: The day.
        starts: When the first conference may start.
        ends: When the last conference must end; after ``starts``.
        breaks: Its breaks, within its hours.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    day: date
    starts: time
    ends: time
    breaks: tuple[ConferenceBreak, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("day", self.day)
        span_ok = check_span(check, self.starts, self.ends)
        if (
            check.items(
                "breaks",
                self.breaks,
                lambda p, v: check.instance(p, v, ConferenceBreak),
            )
            and span_ok
        ):
            for index, pause in enumerate(self.breaks):
                if pause.starts < self.starts or pause.ends > self.ends:
                    check.add(
                        f"breaks[{index}]",
                        f"must fall within the day's hours "
                        f"({self.starts.isoformat()}-{self.ends.isoformat()}) "
                        f"(got {pause.starts.isoformat()}-{pause.ends.isoformat()})",
                    )
        check.done()


@attrs.frozen(kw_only=True)
class TeacherRoom:
    """A teacher holding family conferences, and the room they hold them in.

    Attributes:
        teacher: The teacher's id.
        room: The room's id.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    teacher: str
    room: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("teacher", self.teacher)
        check.identifier("room", self.room)
        check.done()


@attrs.frozen(kw_only=True)
class SignUpPlan:
    """How family conference slots are laid out.

    A slot holds the agenda of its kind of conference: by default it is as long
    as the kind's template (`template_for`), 25 minutes for a student-led
    conference, and a slot shorter than that is refused, as the agenda would not
    fit it (a longer one leaves the conference spare minutes).

    Attributes:
        days: The conference days, each once.
        teachers: The teachers and their rooms, each teacher once.
        kind: The kind of conference the families sign up for; by default the
            first student-led conference of the year.
        slot_minutes: A conference's length; by default the slot of *kind*'s
            template; at least that, and at most a day (1,440).
        passing_minutes: The time between two conferences of a teacher, a room
            or a family (to walk between rooms); from 0 to a day (1,440).
        interpreter_extra_minutes: The minutes added to a conference held through
            an interpreter; from 0 to a day (1,440).
        reminder_minutes: When reminders go out, in minutes before the conference:
            by default one, two days (2,880 minutes) before, as the practice
            sends one "a couple of days prior"; give others, such as
            ``[2880, 60]`` for another an hour before. Each from 1 to 31 days
            (44,640), as a reminder sent more than a month before reminds no
            one. No repeats.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    days: tuple[ConferenceDay, ...] = attrs.field(converter=to_tuple)
    teachers: tuple[TeacherRoom, ...] = attrs.field(converter=to_tuple)
    kind: ConferenceKind = ConferenceKind.STUDENT_LED_FIRST
    slot_minutes: int = integer_field(
        minimum=1,
        maximum=MAX_MINUTES,
        default=attrs.Factory(_template_slot, takes_self=True),
    )
    passing_minutes: int = integer_field(maximum=MAX_MINUTES, default=5)
    interpreter_extra_minutes: int = integer_field(maximum=MAX_MINUTES, default=10)
    reminder_minutes: tuple[int, ...] = attrs.field(
        default=DEFAULT_REMINDER_MINUTES, converter=to_tuple
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        if check.items(
            "days",
            self.days,
            lambda p, v: check.instance(p, v, ConferenceDay),
            non_empty=True,
        ):
            check.unique("days", self.days, lambda d: d.day, "day")
        if check.items(
            "teachers",
            self.teachers,
            lambda p, v: check.instance(p, v, TeacherRoom),
            non_empty=True,
        ):
            check.unique("teachers", self.teachers, lambda t: t.teacher, "teacher")
        kind_ok = check.member("kind", self.kind, ConferenceKind)
        if check.declared(self)["slot_minutes"] and kind_ok:
            needed = template_for(self.kind).slot_minutes
            if self.slot_minutes < needed:
                check.add(
                    "slot_minutes",
                    f"must be at least the {needed} minutes of a "
                    f"{shown(self.kind.value)} conference's agenda "
                    f"(got {self.slot_minutes})",
                )
        if check.items(
            "reminder_minutes",
            self.reminder_minutes,
            lambda p, v: check.integer(p, v, minimum=1, maximum=MAX_REMINDER_MINUTES),
        ):
            check.unique(
                "reminder_minutes", self.reminder_minutes, lambda m: m, "value"
            )
        check.done()

    def room_of(self, teacher: str) -> str | None:
        """Return the room of a teacher, or ``None`` if they hold no conferences.

        ``None`` answers whether the teacher is in the plan at all, which is no
        error: a school asks it of every teacher.

        Raises:
            ArgumentTypeError: If *teacher* is not a string.
        """
        check = Arguments()
        check.text("teacher", teacher, empty=True)
        check.done()
        for entry in self.teachers:
            if entry.teacher == teacher:
                return entry.room
        return None


@attrs.frozen(kw_only=True)
class AvailableTime:
    """A time a family can come to conferences: a window on one day.

    Attributes:
        day: The day.
        starts: When the family can start.
        ends: When the family must leave; after ``starts``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    day: date
    starts: time
    ends: time

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("day", self.day)
        check_span(check, self.starts, self.ends)
        check.done()

    @property
    def span(self) -> tuple[datetime, datetime]:
        """When it starts and ends, as dates and times."""
        return (
            datetime.combine(self.day, self.starts),
            datetime.combine(self.day, self.ends),
        )


@attrs.frozen(kw_only=True)
class HouseholdChild:
    """A child of a household, and the teacher the family meets about them.

    Attributes:
        student: The student's id.
        teacher: The teacher's id.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    teacher: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.identifier("teacher", self.teacher)
        check.done()


@attrs.frozen(kw_only=True)
class Household:
    """A family signing up for conferences, with its children, language and times.

    The family's preferences: its children are met in the order listed (the
    teacher order it prefers), back to back; an interpreter of its language
    if it needs one; and only within the times it can come, if it gives them.

    Attributes:
        id: A short identifier.
        name: The name shown, such as ``"The Garcia family"``.
        children: Its children at the school, each once; at least one.
        language: The language the family prefers, as a tag such as ``"es"``;
            ``None`` for the school's language.
        needs_interpreter: Whether the conference needs an interpreter; then
            ``language`` is required.
        available: The times the family can come, none overlapping another; by
            default none, meaning any time of the conference days.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    name: str
    children: tuple[HouseholdChild, ...] = attrs.field(converter=to_tuple)
    language: str | None = None
    needs_interpreter: bool = False
    available: tuple[AvailableTime, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("name", self.name)
        if check.items(
            "children",
            self.children,
            lambda p, v: check.instance(p, v, HouseholdChild),
            non_empty=True,
        ):
            check.unique("children", self.children, lambda c: c.student, "student")
        language_ok = check.optional_identifier("language", self.language)
        if (
            check.boolean("needs_interpreter", self.needs_interpreter)
            and language_ok
            and self.needs_interpreter
            and self.language is None
        ):
            check.add(
                "language", "must be given when an interpreter is needed (got None)"
            )
        if check.items("available", self.available, AvailableTime):
            spans = [window.span for window in self.available]
            for index, other in sorted(overlapping(spans)):
                check.add(
                    f"available[{index}]",
                    f"must not overlap available[{other}] "
                    f"({spans[other][0]:%Y-%m-%d %H:%M}-{spans[other][1]:%H:%M})",
                )
        check.done()
