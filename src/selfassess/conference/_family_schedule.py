"""Family conference schedules: appointments, reminders and the waitlist.

`schedule_families` gives each household back-to-back slots with its children's
teachers. Every schedule is a value computed from values: nothing reads the clock
and nothing is sent; reminders are data for a tool to deliver. No teacher, family or
room is booked twice at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import attrs

from selfassess._validate import Checker, shown, to_tuple
from selfassess.conference._signup import Household, SignUpPlan
from selfassess.conference._times import moment, overlaps

__all__ = [
    "Appointment",
    "FamilySchedule",
    "Reminder",
    "schedule_families",
]


@attrs.frozen(kw_only=True)
class Appointment:
    """A family's conference with a teacher about one child.

    Attributes:
        household: The household's id.
        student: The student's id.
        teacher: The teacher's id.
        room: The room's id.
        starts: When it starts.
        ends: When it ends; after ``starts``.
        interpreter_language: The language of the interpreter present, if any.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    household: str
    student: str
    teacher: str
    room: str
    starts: datetime
    ends: datetime
    interpreter_language: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        for field in ("household", "student", "teacher", "room"):
            check.identifier(field, getattr(self, field))
        both = moment(check, "starts", self.starts) & moment(check, "ends", self.ends)
        if both and self.ends <= self.starts:
            check.add(
                "ends",
                f"must be after starts ({self.starts.isoformat()}) "
                f"(got {self.ends.isoformat()})",
            )
        check.optional_identifier("interpreter_language", self.interpreter_language)
        check.done()

    @property
    def span(self) -> tuple[datetime, datetime]:
        """When it starts and ends."""
        return (self.starts, self.ends)


@attrs.frozen(kw_only=True)
class Reminder:
    """A reminder to send a family before a conference: data only, never sent here.

    Attributes:
        household: The household's id.
        student: The student the conference is about.
        conference_starts: When the conference starts.
        send_at: When to send the reminder; before the conference.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    household: str
    student: str
    conference_starts: datetime
    send_at: datetime

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("household", self.household)
        check.identifier("student", self.student)
        both = moment(check, "conference_starts", self.conference_starts) & moment(
            check, "send_at", self.send_at
        )
        if both and self.send_at >= self.conference_starts:
            check.add(
                "send_at",
                f"must be before the conference ({self.conference_starts.isoformat()}) "
                f"(got {self.send_at.isoformat()})",
            )
        check.done()


@attrs.frozen(kw_only=True)
class FamilySchedule:
    """Family conferences booked, their reminders, and the households waiting.

    The rules: no teacher, household or room has two appointments at once; a
    household on the waitlist has no appointment, and is listed once.

    Attributes:
        appointments: The appointments, in order of time.
        reminders: The reminders to send, in order of sending.
        waitlist: The ids of the households that could not be given slots, in
            sign-up order.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path,
            such as ``appointments[3]: teacher 'okafor' is already booked from
            16:00 to 16:15 at appointments[1]``.
    """

    appointments: tuple[Appointment, ...] = attrs.field(converter=to_tuple)
    reminders: tuple[Reminder, ...] = attrs.field(default=(), converter=to_tuple)
    waitlist: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        if check.items(
            "appointments",
            self.appointments,
            lambda p, v: check.instance(p, v, Appointment),
        ):
            self._check_double_booking(check)
        check.items(
            "reminders", self.reminders, lambda p, v: check.instance(p, v, Reminder)
        )
        if check.items("waitlist", self.waitlist, check.identifier) and check.unique(
            "waitlist", self.waitlist, lambda h: h, "household"
        ):
            booked = {appointment.household for appointment in self.appointments}
            for index, household in enumerate(self.waitlist):
                if household in booked:
                    check.add(
                        f"waitlist[{index}]",
                        f"must not have an appointment (got {shown(household)})",
                    )
        check.done()

    def _check_double_booking(self, check: Checker) -> None:
        for index, appointment in enumerate(self.appointments):
            for other in range(index):
                earlier = self.appointments[other]
                if not overlaps(appointment.span, earlier.span):
                    continue
                for field, what in (
                    ("teacher", "teacher"),
                    ("household", "household"),
                    ("room", "room"),
                ):
                    value = getattr(appointment, field)
                    if value == getattr(earlier, field):
                        check.add(
                            f"appointments[{index}]",
                            f"{what} {value!r} is already booked from "
                            f"{earlier.starts:%H:%M} to {earlier.ends:%H:%M} "
                            f"at appointments[{other}]",
                        )

    def for_household(self, household: str) -> tuple[Appointment, ...]:
        """Return a household's appointments, in order of time."""
        return tuple(a for a in self.appointments if a.household == household)

    def for_teacher(self, teacher: str) -> tuple[Appointment, ...]:
        """Return a teacher's appointments, in order of time."""
        return tuple(a for a in self.appointments if a.teacher == teacher)


def _signup_order(households: Sequence[Household]) -> list[Household]:
    """Families needing an interpreter first, grouped by language, then the rest.

    Within a group, sign-up order is kept; languages come in order of first sign-up.
    """
    languages: list[str] = []
    for household in households:
        if household.needs_interpreter and household.language not in languages:
            assert household.language is not None  # for mypy: Household checks it
            languages.append(household.language)
    grouped = [
        household
        for language in languages
        for household in households
        if household.needs_interpreter and household.language == language
    ]
    return grouped + [h for h in households if not h.needs_interpreter]


def schedule_families(
    households: Iterable[Household], plan: SignUpPlan
) -> FamilySchedule:
    """Give each household back-to-back slots with its children's teachers.

    Households are placed one by one, each at the earliest time on the earliest day
    where all its conferences fit back to back (one per child, in the order listed,
    ``passing_minutes`` apart), within the day's hours, outside its breaks, and
    ``passing_minutes`` clear of every other conference of the same teacher, room
    or interpreter language. Families who need an interpreter are placed first,
    grouped by language, with slots ``interpreter_extra_minutes`` longer, so an
    interpreter sits through one run of conferences. A household that fits nowhere
    goes on the waitlist. Reminders are made for each conference at each of
    ``reminder_minutes`` before it. The result depends only on the arguments.

    Args:
        households: The households, in sign-up order; ids unique.
        plan: The days, teachers, lengths and reminders.

    Returns:
        The schedule, with appointments in order of time, reminders in order
        of sending, and the waitlist in sign-up order.

    Raises:
        InvalidDataError: If a household is not a `Household`, an id repeats, a
            child's teacher holds no conferences in *plan*, or a student belongs to
            two households.
    """
    given = tuple(households)
    check = Checker()
    check.instance("plan", plan, SignUpPlan)
    if check.items(
        "households", given, lambda p, v: check.instance(p, v, Household)
    ) and check.unique("households", given, lambda h: h.id, "id"):
        seen: dict[str, str] = {}
        for index, household in enumerate(given):
            for number, child in enumerate(household.children):
                path = f"households[{index}].children[{number}]"
                if isinstance(plan, SignUpPlan) and plan.room_of(child.teacher) is None:
                    check.add(
                        f"{path}.teacher",
                        f"must be a teacher of the plan (got {shown(child.teacher)})",
                    )
                if child.student in seen:
                    check.add(
                        f"{path}.student",
                        f"student {child.student!r} is already in {seen[child.student]}",
                    )
                else:
                    seen[child.student] = f"households[{index}]"
    check.done()

    booked: list[Appointment] = []
    waiting: set[str] = set()
    for household in _signup_order(given):
        found = _place(household, plan, booked)
        if found is None:
            waiting.add(household.id)
        else:
            booked += found
    appointments = sorted(booked, key=lambda a: (a.starts, a.teacher, a.household))
    reminders = sorted(
        (
            Reminder(
                household=a.household,
                student=a.student,
                conference_starts=a.starts,
                send_at=a.starts - timedelta(minutes=minutes),
            )
            for a in appointments
            for minutes in plan.reminder_minutes
        ),
        key=lambda r: (r.send_at, r.household, r.student),
    )
    return FamilySchedule(
        appointments=appointments,
        reminders=reminders,
        waitlist=[h.id for h in given if h.id in waiting],
    )


def _place(
    household: Household, plan: SignUpPlan, booked: list[Appointment]
) -> list[Appointment] | None:
    """The earliest back-to-back run of a household's conferences, or ``None``."""
    length = plan.slot_minutes + (
        plan.interpreter_extra_minutes if household.needs_interpreter else 0
    )
    language = household.language if household.needs_interpreter else None
    step = timedelta(minutes=length + plan.passing_minutes)
    gap = plan.passing_minutes
    for conference_day in plan.days:
        opens = datetime.combine(conference_day.day, conference_day.starts)
        closes = datetime.combine(conference_day.day, conference_day.ends)
        pauses = [
            (
                datetime.combine(conference_day.day, pause.starts),
                datetime.combine(conference_day.day, pause.ends),
            )
            for pause in conference_day.breaks
        ]
        same_day = [a for a in booked if a.starts.date() == conference_day.day]
        # The earliest run starts at the opening, or has some conference start just
        # as a break ends or just after another conference (plus passing time).
        freed = {ends for _, ends in pauses} | {
            a.ends + timedelta(minutes=gap) for a in same_day
        }
        candidates = sorted(
            {opens}
            | {
                moment_free - number * step
                for moment_free in freed
                for number in range(len(household.children))
                if moment_free - number * step >= opens
            }
        )
        for first in candidates:
            run = []
            for number, child in enumerate(household.children):
                starts = first + number * step
                ends = starts + timedelta(minutes=length)
                room = plan.room_of(child.teacher)
                assert room is not None  # for mypy: checked by schedule_families
                run.append(
                    Appointment(
                        household=household.id,
                        student=child.student,
                        teacher=child.teacher,
                        room=room,
                        starts=starts,
                        ends=ends,
                        interpreter_language=language,
                    )
                )
            if _fits(
                run, opens=opens, closes=closes, pauses=pauses, booked=same_day, gap=gap
            ):
                return run
    return None


def _fits(
    run: list[Appointment],
    *,
    opens: datetime,
    closes: datetime,
    pauses: list[tuple[datetime, datetime]],
    booked: list[Appointment],
    gap: int,
) -> bool:
    for appointment in run:
        if appointment.starts < opens or appointment.ends > closes:
            return False
        if any(overlaps(appointment.span, pause) for pause in pauses):
            return False
        for other in booked:
            shares = (
                other.teacher == appointment.teacher
                or other.room == appointment.room
                or other.household == appointment.household
                or (
                    appointment.interpreter_language is not None
                    and other.interpreter_language == appointment.interpreter_language
                )
            )
            if shares and overlaps(appointment.span, other.span, gap):
                return False
    return True
