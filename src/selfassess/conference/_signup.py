"""Family conference sign-up: the days, the teachers' rooms and the households.

What a school gives `schedule_families`: the conference days with their hours and
breaks, each teacher's room, the lengths of a slot and of the passing time, when
reminders go out, and the households signing up with their children and language.
"""

from __future__ import annotations

from datetime import date, time

import attrs

from selfassess._repr import short_repr
from selfassess._validate import (
    MAX_MINUTES,
    Arguments,
    Checker,
    integer_field,
    to_tuple,
)
from selfassess.conference._times import check_span

__all__ = [
    "ConferenceBreak",
    "ConferenceDay",
    "Household",
    "HouseholdChild",
    "SignUpPlan",
    "TeacherRoom",
]

MAX_REMINDER_MINUTES = 31 * 24 * 60
"""The longest a reminder may go out before its conference: a month (31 days).

The practice sends reminders a day and an hour before; one sent more than a month
before is an announcement, and reminds no one."""


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

    Attributes:
        days: The conference days, each once.
        teachers: The teachers and their rooms, each teacher once.
        slot_minutes: A conference's length; from 1 to a day (1,440), as a family
            conference lasts minutes (10 to 30, usually).
        passing_minutes: The time between two conferences of a teacher, a room
            or a family (to walk between rooms); from 0 to a day (1,440).
        interpreter_extra_minutes: The minutes added to a conference held through
            an interpreter; from 0 to a day (1,440).
        reminder_minutes: When reminders go out, in minutes before the conference:
            by default 24 hours and 1 hour; each from 1 to 31 days (44,640), as
            a reminder sent more than a month before reminds no one. No repeats.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    days: tuple[ConferenceDay, ...] = attrs.field(converter=to_tuple)
    teachers: tuple[TeacherRoom, ...] = attrs.field(converter=to_tuple)
    slot_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES, default=15)
    passing_minutes: int = integer_field(maximum=MAX_MINUTES, default=5)
    interpreter_extra_minutes: int = integer_field(maximum=MAX_MINUTES, default=10)
    reminder_minutes: tuple[int, ...] = attrs.field(
        default=(24 * 60, 60), converter=to_tuple
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
        check.declared(self)
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
    """A family signing up for conferences, with its children and language.

    Attributes:
        id: A short identifier.
        name: The name shown, such as ``"The Garcia family"``.
        children: Its children at the school, each once; at least one.
        language: The language the family prefers, as a tag such as ``"es"``;
            ``None`` for the school's language.
        needs_interpreter: Whether the conference needs an interpreter; then
            ``language`` is required.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    name: str
    children: tuple[HouseholdChild, ...] = attrs.field(converter=to_tuple)
    language: str | None = None
    needs_interpreter: bool = False

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
        check.done()
