"""Family conference schedules: appointments, reminders and the waitlist.

`schedule_families` gives each household back-to-back slots with its children's
teachers. Every schedule is a value computed from values: nothing reads the clock
and nothing is sent; reminders are data for a tool to deliver. No teacher, family or
room is booked twice at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.conference._placement import Placement
from selfassess.conference._signup import Household, SignUpPlan
from selfassess.conference._times import moment, overlapping

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

    __repr__ = short_repr

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

    __repr__ = short_repr

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


_BOOKED = ("teacher", "household", "room")
"""The fields of an appointment that no two appointments at once may share."""


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

    __repr__ = short_repr

    appointments: tuple[Appointment, ...] = attrs.field(converter=to_tuple)
    reminders: tuple[Reminder, ...] = attrs.field(default=(), converter=to_tuple)
    waitlist: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        booked_ok = check.items("appointments", self.appointments, Appointment)
        if booked_ok:
            self._check_double_booking(check)
        check.items("reminders", self.reminders, Reminder)
        if (
            check.items("waitlist", self.waitlist, check.identifier)
            and check.unique("waitlist", self.waitlist, lambda h: h, "household")
            and booked_ok  # the rule below reads the appointments' households
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
        # Each clash as (the later appointment, the earlier, which field), so that
        # they are reported in that order, as a pass over every pair would.
        clashes: list[tuple[int, int, int]] = []
        for rank, field in enumerate(_BOOKED):
            by_value: dict[str, list[int]] = {}
            for index, appointment in enumerate(self.appointments):
                by_value.setdefault(getattr(appointment, field), []).append(index)
            for indices in by_value.values():
                if len(indices) > 1:
                    spans = [self.appointments[index].span for index in indices]
                    clashes += (
                        (indices[later], indices[earlier], rank)
                        for later, earlier in overlapping(spans)
                    )
        for index, other, rank in sorted(clashes):
            field = _BOOKED[rank]
            earlier = self.appointments[other]
            check.add(
                f"appointments[{index}]",
                f"{field} {shown(getattr(earlier, field))} is already booked from "
                f"{earlier.starts:%H:%M} to {earlier.ends:%H:%M} "
                f"at appointments[{other}]",
            )

    def for_household(self, household: str) -> tuple[Appointment, ...]:
        """Return a household's appointments, in order of time; maybe none.

        Raises:
            ArgumentTypeError: If *household* is not a string.
        """
        check = Arguments()
        check.text("household", household, empty=True)
        check.done()
        return tuple(a for a in self.appointments if a.household == household)

    def for_teacher(self, teacher: str) -> tuple[Appointment, ...]:
        """Return a teacher's appointments, in order of time; maybe none.

        Raises:
            ArgumentTypeError: If *teacher* is not a string.
        """
        check = Arguments()
        check.text("teacher", teacher, empty=True)
        check.done()
        return tuple(a for a in self.appointments if a.teacher == teacher)


def _check_calendar(check: Checker, plan: SignUpPlan) -> None:
    """Check that each day leaves room, within the calendar, for what is computed.

    The placement works within a day and a passing time either side of it, and a
    reminder goes out before its conference; a day so near the calendar's first
    or last day that these fall outside it cannot be scheduled.
    """
    earliest = max(plan.reminder_minutes, default=0) + plan.passing_minutes
    # The first and last midnights that leave that room: the plan's minutes are
    # bounded, so both are well within the calendar.
    first = datetime.min + timedelta(days=1, minutes=earliest)
    last = datetime.max - timedelta(days=2, minutes=plan.passing_minutes)
    for index, day in enumerate(plan.days):
        if not first <= datetime.combine(day.day, time()) <= last:
            check.add(
                f"plan.days[{index}].day",
                "must be far enough from the calendar's ends "
                f"({date.min.isoformat()}, {date.max.isoformat()}) for its "
                f"reminders and passing time (got {day.day.isoformat()})",
            )


def _signup_order(households: Sequence[Household]) -> list[Household]:
    """Families needing an interpreter first, grouped by language, then the rest.

    Within a group, sign-up order is kept; languages come in order of first sign-up.
    """
    by_language: dict[str | None, list[Household]] = {}
    rest: list[Household] = []
    for household in households:
        if household.needs_interpreter:
            by_language.setdefault(household.language, []).append(household)
        else:
            rest.append(household)
    return [h for group in by_language.values() for h in group] + rest


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
    Each place is found without trying every moment of every day, so the time
    taken grows about as fast as the number of households.

    Args:
        households: The households, in sign-up order, ids unique: a list or any
            other iterable.
        plan: The days, teachers, lengths and reminders.

    Returns:
        The schedule, with appointments in order of time, reminders in order
        of sending, and the waitlist in sign-up order.

    Raises:
        ArgumentTypeError: If *households* is not a list (``None``, a number, a
            string, a mapping) or *plan* is not a `SignUpPlan`.
        InvalidDataError: If a household is not a `Household`, an id repeats, a
            child's teacher holds no conferences in *plan*, a student belongs to
            two households, or a conference day is so near the calendar's first
            or last day (0001-01-01, 9999-12-31) that its reminders or passing
            time would fall outside it.
    """
    arguments = Arguments()
    given = arguments.items("households", households, Household)
    plan = arguments.instance("plan", plan, SignUpPlan)
    arguments.done()
    check = Checker(arguments=True)
    _check_calendar(check, plan)
    rooms = {entry.teacher: entry.room for entry in plan.teachers}
    if check.unique("households", given, lambda h: h.id, "id"):
        seen: dict[str, str] = {}
        for index, household in enumerate(given):
            for number, child in enumerate(household.children):
                path = f"households[{index}].children[{number}]"
                if child.teacher not in rooms:
                    check.add(
                        f"{path}.teacher",
                        f"must be a teacher of the plan (got {shown(child.teacher)})",
                    )
                if child.student in seen:
                    check.add(
                        f"{path}.student",
                        f"student {shown(child.student)} is already in {seen[child.student]}",
                    )
                else:
                    seen[child.student] = f"households[{index}]"
    check.done()

    placement = Placement(plan)
    booked: list[Appointment] = []
    waiting: set[str] = set()
    for household in _signup_order(given):
        interpreter = household.language if household.needs_interpreter else None
        minutes = plan.slot_minutes + (
            plan.interpreter_extra_minutes if interpreter is not None else 0
        )
        # A conference holds its teacher, its room and, through an interpreter,
        # the interpreter of its language.
        needs = tuple(
            (("teacher", child.teacher), ("room", rooms[child.teacher]))
            + ((("language", interpreter),) if interpreter is not None else ())
            for child in household.children
        )
        found = placement.place(needs, minutes)
        if found is None:
            waiting.add(household.id)
            continue
        length = timedelta(minutes=minutes)
        booked += [
            Appointment(
                household=household.id,
                student=child.student,
                teacher=child.teacher,
                room=rooms[child.teacher],
                starts=starts,
                ends=starts + length,
                interpreter_language=interpreter,
            )
            for child, starts in zip(household.children, found, strict=True)
        ]
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
