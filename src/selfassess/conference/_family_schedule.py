"""Family conference schedules: appointments, reminders and the waitlist.

`schedule_families` gives each household back-to-back slots with its children's
teachers, within the times the family can come. A schedule then changes as the
families do: an appointment is cancelled, rescheduled, held or missed, a missed one
is offered again, and a freed slot goes to the first family on the waitlist that
fits it. Every schedule is a value computed from values: nothing reads the clock
and nothing is sent; reminders are data for a tool to deliver. No teacher, family or
room is booked twice at once.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.conference._placement import Placement
from selfassess.conference._signup import AvailableTime, Household, SignUpPlan
from selfassess.conference._times import moment, overlapping
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.language import ENGLISH, Catalog, catalog_for

__all__ = [
    "Appointment",
    "AppointmentStatus",
    "FamilySchedule",
    "Reminder",
    "schedule_families",
]


class AppointmentStatus(enum.Enum):
    """Where a family's appointment stands."""

    BOOKED = "booked"
    """Booked and still to come; it holds its slot."""
    HELD = "held"
    """The conference took place; it held its slot."""
    CANCELLED = "cancelled"
    """Cancelled by the family or the school; its slot is free again."""
    NO_SHOW = "no_show"
    """The family did not come; the conference may be offered again."""
    RESCHEDULED = "rescheduled"
    """Moved to another time, booked as a new appointment; its slot is free again."""

    @property
    def holds_slot(self) -> bool:
        """Whether an appointment in this state holds its teacher, room and family."""
        return self in (AppointmentStatus.BOOKED, AppointmentStatus.HELD)


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
        status: Where it stands; booked when made.
        changed_at: When its status last changed, if the caller said so; a
            booked appointment made by `schedule_families` has none.

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
    status: AppointmentStatus = AppointmentStatus.BOOKED
    changed_at: datetime | None = None

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
        check.member("status", self.status, AppointmentStatus)
        if self.changed_at is not None:
            moment(check, "changed_at", self.changed_at)
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

    The rules: no teacher, household or room has two appointments at once, among
    the appointments that hold their slot (booked or held); a household is on
    the waitlist once. A household waits for the children it has no conference
    for: all of them, from `schedule_families`; a child missed and offered again
    with `FamilySchedule.reoffer`, when no time fits. Cancelled, missed and
    rescheduled appointments stay in the schedule, with their status, as its
    history.

    A schedule changes as the families do, each change giving a new schedule:
    `FamilySchedule.cancel`, `FamilySchedule.reschedule`,
    `FamilySchedule.mark_held`, `FamilySchedule.mark_no_show` and
    `FamilySchedule.reoffer`. A slot a
    change frees goes to the waitlist: each household on it, in order, is booked
    at the earliest time that fits it (within its available times), if any.

    Attributes:
        appointments: The appointments, in order of time.
        reminders: The reminders to send, in order of sending.
        waitlist: The ids of the households waiting for slots, in the order they
            joined it (sign-up order, from `schedule_families`).

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
        if check.items("waitlist", self.waitlist, check.identifier):
            check.unique("waitlist", self.waitlist, lambda h: h, "household")
        check.done()

    def _check_double_booking(self, check: Checker) -> None:
        # Each clash as (the later appointment, the earlier, which field), so that
        # they are reported in that order, as a pass over every pair would.
        clashes: list[tuple[int, int, int]] = []
        holding = [
            index
            for index, appointment in enumerate(self.appointments)
            if appointment.status.holds_slot
        ]
        for rank, field in enumerate(_BOOKED):
            by_value: dict[str, list[int]] = {}
            for index in holding:
                by_value.setdefault(
                    getattr(self.appointments[index], field), []
                ).append(index)
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

    @property
    def booked(self) -> tuple[Appointment, ...]:
        """The appointments still to come (booked), in order of time."""
        return tuple(
            a for a in self.appointments if a.status is AppointmentStatus.BOOKED
        )

    def for_household(self, household: str) -> tuple[Appointment, ...]:
        """Return a household's appointments, in order of time; maybe none.

        Every appointment is returned, whatever its status (an
        `AppointmentStatus`).

        Raises:
            ArgumentTypeError: If *household* is not a string.
        """
        check = Arguments()
        check.text("household", household, empty=True)
        check.done()
        return tuple(a for a in self.appointments if a.household == household)

    def reminder_text(
        self,
        reminder: Reminder,
        *,
        household: Household | None = None,
        language: str | Catalog | None = None,
        names: Mapping[str, str] | None = None,
        catalogs: Iterable[Catalog] = (),
    ) -> str:
        """Return the message a reminder carries, in the family's language.

        The message names the teacher, the child, the day, the time and the room,
        and asks the family to come a few minutes early. Its language is
        *language* if given; else the language of *household* (the family's
        preferred language, English when no catalog has it); else English. Days
        and times are written as the language writes them (see
        `selfassess.language.Catalog.date`).

        Args:
            reminder: A reminder of this schedule.
            household: The household it goes to, for its language.
            language: A language tag or a `~selfassess.language.Catalog`, over
                the household's.
            names: The names to show, by id (teachers, students, rooms); an id
                without a name is shown as it is.
            catalogs: A school's own catalogs, looked at before the shipped ones.

        Returns:
            The reminder's message.

        Raises:
            ArgumentTypeError: If an argument is of the wrong kind.
            InvalidDataError: If *household* is not the reminder's household.
            NotFoundError: If the schedule has no appointment for the reminder,
                or no catalog has the *language* given.

        Example:
            >>> from datetime import datetime
            >>> a = Appointment(household="garcia", student="ana", teacher="okafor",
            ...     room="b12", starts=datetime(2026, 10, 12, 16, 15),
            ...     ends=datetime(2026, 10, 12, 16, 35))
            >>> r = Reminder(household="garcia", student="ana",
            ...     conference_starts=a.starts, send_at=datetime(2026, 10, 11, 16, 15))
            >>> schedule = FamilySchedule(appointments=[a], reminders=[r])
            >>> schedule.reminder_text(r, names={"ana": "Ana", "okafor": "Ms Okafor"})
            'Reminder: your conference with Ms Okafor about Ana is on Monday 12 October 2026 at 4:15 pm, in b12. Please arrive a few minutes early.'
        """
        check = Arguments()
        reminder = check.instance("reminder", reminder, Reminder)
        household = check.optional_instance("household", household, Household)
        known = names_argument(check, names)
        check.done()
        if household is not None and household.id != reminder.household:
            check.add(
                "household",
                f"must be the reminder's household {shown(reminder.household)} "
                f"(got {shown(household.id)})",
            )
            check.done()
        catalog = family_catalog(household, language, catalogs)
        found = [
            a
            for a in self.appointments
            if (a.household, a.student, a.starts)
            == (reminder.household, reminder.student, reminder.conference_starts)
        ]
        if not found:
            message = (
                f"no appointment of household {shown(reminder.household)} and "
                f"student {shown(reminder.student)} starts at "
                f"{reminder.conference_starts.isoformat()}"
            )
            raise NotFoundError(message, key=reminder.household)
        return reminder_message(found[0], catalog, known)

    def for_teacher(self, teacher: str) -> tuple[Appointment, ...]:
        """Return a teacher's appointments, in order of time; maybe none.

        Every appointment is returned, whatever its status (an
        `AppointmentStatus`).

        Raises:
            ArgumentTypeError: If *teacher* is not a string.
        """
        check = Arguments()
        check.text("teacher", teacher, empty=True)
        check.done()
        return tuple(a for a in self.appointments if a.teacher == teacher)

    def cancel(
        self,
        household: str,
        *,
        plan: SignUpPlan,
        households: Iterable[Household],
        student: str | None = None,
        at: datetime | None = None,
    ) -> FamilySchedule:
        """Cancel a household's booked appointments; the waitlist takes the slots.

        The appointments (all the household's, or only *student*'s) are marked
        cancelled and their reminders dropped; then each household on the
        waitlist, in order, is booked at the earliest time that fits it (after
        *at*, if given), and leaves the waitlist.

        Args:
            household: The household's id.
            plan: The plan the schedule was made with.
            households: The households signed up: at least every one on the
                waitlist.
            student: Only this child's appointment, if given.
            at: When the family cancelled; recorded, and no slot before it is
                offered to the waitlist.

        Returns:
            The new schedule.

        Raises:
            ArgumentTypeError: If an argument is not of the kind it takes.
            InvalidDataError: If *households* breaks a rule of `schedule_families`
                or leaves out a household on the waitlist.
            NotFoundError: If the household (or *student*) has no booked
                appointment.

        Example:
            >>> from datetime import date, time
            >>> from selfassess.conference import (ConferenceDay, Household,
            ...     HouseholdChild, SignUpPlan, TeacherRoom, schedule_families)
            >>> plan = SignUpPlan(days=[ConferenceDay(day=date(2026, 11, 18),
            ...     starts=time(16, 0), ends=time(16, 30))],
            ...     teachers=[TeacherRoom(teacher="okafor", room="r12")])
            >>> families = [Household(id=family, name=family,
            ...     children=[HouseholdChild(student=child, teacher="okafor")])
            ...     for family, child in [("garcia", "ana"), ("nguyen", "bao")]]
            >>> schedule = schedule_families(families, plan)
            >>> [a.household for a in schedule.booked], schedule.waitlist
            (['garcia'], ('nguyen',))
            >>> after = schedule.cancel("garcia", plan=plan, households=families)
            >>> [(a.household, a.status.value) for a in after.appointments]
            [('garcia', 'cancelled'), ('nguyen', 'booked')]
        """
        context = _Context.of(
            self, household, plan=plan, households=households, student=student, at=at
        )
        chosen = context.booked_of(household, student)
        changed = context.set_status(chosen, AppointmentStatus.CANCELLED)
        # The cancelling household is not booked straight back into what it freed.
        return context.fill_waitlist(changed, self.waitlist, skip=household)

    def reschedule(
        self,
        household: str,
        *,
        plan: SignUpPlan,
        households: Iterable[Household],
        available: Iterable[AvailableTime] | None = None,
        at: datetime | None = None,
    ) -> FamilySchedule:
        """Move a household's booked appointments to another time; the waitlist takes the slots.

        The household's booked appointments are marked rescheduled; its children
        are booked again, back to back, at the earliest other time that fits
        within *available* (by default the household's own times) and after
        *at*; then the waitlist takes what is free. A household for whom no other
        time fits goes to the end of the waitlist.

        Args:
            household: The household's id.
            plan: The plan the schedule was made with.
            households: The households signed up: at least this one and every one
                on the waitlist.
            available: The times the family can come now, if not its own.
            at: When the family asked; recorded, and no slot before it is given.

        Returns:
            The new schedule.

        Raises:
            ArgumentTypeError: If an argument is not of the kind it takes.
            InvalidDataError: If *households* breaks a rule of `schedule_families`,
                leaves out this household or one on the waitlist, or a time in
                *available* is not on a day of *plan*.
            NotFoundError: If the household has no booked appointment.
        """
        context = _Context.of(
            self,
            household,
            plan=plan,
            households=households,
            available=available,
            at=at,
            needs_household=True,
        )
        chosen = context.booked_of(household, None)
        old = [self.appointments[index].span for index in chosen]
        changed = context.set_status(chosen, AppointmentStatus.RESCHEDULED)
        changed, placed = context.place(changed, household, context.windows, old)
        return context.fill_waitlist(
            changed, _rejoin(self.waitlist, household, placed), skip=household
        )

    def mark_held(
        self, household: str, *, student: str | None = None, at: datetime | None = None
    ) -> FamilySchedule:
        """Record that a household's booked conferences took place.

        Args:
            household: The household's id.
            student: Only this child's conference, if given.
            at: When it was recorded.

        Returns:
            The new schedule.

        Raises:
            ArgumentTypeError: If an argument is not of the kind it takes.
            NotFoundError: If the household (or *student*) has no booked
                appointment.
            InvalidDataError: If *at* is before the conference starts.
        """
        return self._mark(household, AppointmentStatus.HELD, student, at)

    def mark_no_show(
        self, household: str, *, student: str | None = None, at: datetime | None = None
    ) -> FamilySchedule:
        """Record that a family did not come to its booked conferences.

        The slots are not offered to the waitlist: they are past. Offer the
        family another time with `FamilySchedule.reoffer`.

        Args:
            household: The household's id.
            student: Only this child's conference, if given.
            at: When it was recorded.

        Returns:
            The new schedule.

        Raises:
            ArgumentTypeError: If an argument is not of the kind it takes.
            NotFoundError: If the household (or *student*) has no booked
                appointment.
            InvalidDataError: If *at* is before the conference starts.
        """
        return self._mark(household, AppointmentStatus.NO_SHOW, student, at)

    def _mark(
        self,
        household: str,
        status: AppointmentStatus,
        student: str | None,
        at: datetime | None,
    ) -> FamilySchedule:
        check = Arguments()
        check.text("household", household, empty=True)
        check.optional_text("student", student)
        _optional_moment(check, "at", at)
        check.done()
        chosen = _booked_of(self.appointments, household, student)
        early = [
            i for i in chosen if at is not None and at < self.appointments[i].starts
        ]
        if at is not None and early:
            first = self.appointments[early[0]]
            message = (
                f"must be at or after the start of the conference it records "
                f"({first.starts:%Y-%m-%d %H:%M}) (got {at:%Y-%m-%d %H:%M})"
            )
            raise InvalidDataError.single("at", message)
        appointments = list(self.appointments)
        for index in chosen:
            appointments[index] = attrs.evolve(
                appointments[index], status=status, changed_at=at
            )
        return attrs.evolve(self, appointments=appointments)

    def reoffer(
        self,
        household: str,
        *,
        plan: SignUpPlan,
        households: Iterable[Household],
        available: Iterable[AvailableTime] | None = None,
        at: datetime | None = None,
    ) -> FamilySchedule:
        """Offer a household another time for the children it has no conference for.

        For a family who missed or cancelled its conferences, or waits on the
        waitlist: the children without a booked or held conference are booked,
        back to back, at the earliest time that fits within *available* (by
        default the household's own times) and after *at*. If none fits, the
        household goes on the waitlist (if not already there).

        Args:
            household: The household's id.
            plan: The plan the schedule was made with.
            households: The households signed up: at least this one and every one
                on the waitlist.
            available: The times the family can come now, if not its own.
            at: When the offer is made; no slot before it is given.

        Returns:
            The new schedule.

        Raises:
            ArgumentTypeError: If an argument is not of the kind it takes.
            InvalidDataError: If *households* breaks a rule of `schedule_families`,
                leaves out this household or one on the waitlist, every child of
                the household already has a booked or held conference, or a time
                in *available* is not on a day of *plan*.
        """
        context = _Context.of(
            self,
            household,
            plan=plan,
            households=households,
            available=available,
            at=at,
            needs_household=True,
        )
        changed, placed = context.place(
            list(self.appointments), household, context.windows, [], strict=True
        )
        return context.finish(changed, _rejoin(self.waitlist, household, placed))


def _rejoin(waitlist: Sequence[str], household: str, placed: bool) -> tuple[str, ...]:
    """The waitlist after placing a household: off it if placed, else on it once.

    A household not placed keeps its place on the waitlist, or joins at the end.
    """
    if placed:
        return tuple(h for h in waitlist if h != household)
    return tuple(waitlist) if household in waitlist else (*waitlist, household)


def names_argument(check: Arguments, names: object) -> Mapping[str, str]:
    """Check the *names* argument: ``None`` or a mapping of ids to names."""
    if names is None:
        return {}
    if not isinstance(names, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in names.items()
    ):
        check.wrong_kind(
            "names", f"must be a mapping of ids to names or None (got {shown(names)})"
        )
        return {}
    return names


def family_catalog(
    household: Household | None,
    language: str | Catalog | None,
    catalogs: Iterable[Catalog],
) -> Catalog:
    """The catalog a family's text is written from.

    *language* if given (no catalog for it is an error); else the household's
    language, English when no catalog has it; else English.
    """
    if language is not None or household is None:
        return catalog_for(language, catalogs=catalogs)
    return catalog_for(household.language, catalogs=catalogs, default=ENGLISH)


def reminder_message(
    appointment: Appointment, catalog: Catalog, names: Mapping[str, str]
) -> str:
    """A reminder of *appointment* in the language of *catalog*."""
    return catalog.text(
        "family.reminder",
        teacher=names.get(appointment.teacher, appointment.teacher),
        student=names.get(appointment.student, appointment.student),
        day=catalog.date(appointment.starts.date()),
        time=catalog.time(appointment.starts),
        room=names.get(appointment.room, appointment.room),
    )


def _optional_moment(check: Arguments, name: str, value: object) -> None:
    """Check ``None`` or a date and time without a time zone."""
    if value is not None:
        moment(check.check, name, value)


def _booked_of(
    appointments: Sequence[Appointment], household: str, student: str | None
) -> list[int]:
    """The indices of a household's (or a student's) booked appointments.

    Raises:
        NotFoundError: If there are none.
    """
    found = [
        index
        for index, a in enumerate(appointments)
        if a.household == household
        and a.status is AppointmentStatus.BOOKED
        and (student is None or a.student == student)
    ]
    if not found:
        whose = f"household {shown(household)}" + (
            "" if student is None else f" and student {shown(student)}"
        )
        message = f"{whose} has no booked appointment"
        raise NotFoundError(message, key=household if student is None else student)
    return found


Resource = tuple[str, str]
"""Something a conference holds alone: ``("teacher", "okafor")``."""


@attrs.frozen
class _Context:
    """What a change to a schedule works with: the schedule, plan and households."""

    schedule: FamilySchedule
    plan: SignUpPlan
    by_id: dict[str, Household]
    rooms: dict[str, str]
    windows: tuple[AvailableTime, ...] | None
    at: datetime | None

    @classmethod
    def of(
        cls,
        schedule: FamilySchedule,
        household: str,
        *,
        plan: SignUpPlan,
        households: Iterable[Household],
        student: str | None = None,
        available: Iterable[AvailableTime] | None = None,
        at: datetime | None = None,
        needs_household: bool = False,
    ) -> _Context:
        check = Arguments()
        check.text("household", household, empty=True)
        plan = check.instance("plan", plan, SignUpPlan)
        given = check.items("households", households, Household)
        check.optional_text("student", student)
        windows = (
            None
            if available is None
            else check.items("available", available, AvailableTime)
        )
        _optional_moment(check, "at", at)
        check.done()
        rules = Checker(arguments=True)
        _check_calendar(rules, plan)
        rooms = {entry.teacher: entry.room for entry in plan.teachers}
        _check_households(rules, given, plan, rooms)
        by_id = {h.id: h for h in given}
        if needs_household and household not in by_id:
            rules.add(
                "households",
                f"must include the household {shown(household)}",
            )
        for waiting in schedule.waitlist:
            if waiting not in by_id:
                rules.add(
                    "households",
                    f"must include the household {shown(waiting)} on the waitlist",
                )
        if windows is not None:
            _check_windows(rules, "available", windows, plan)
        rules.done()
        return cls(schedule, plan, by_id, rooms, windows, at)

    def booked_of(self, household: str, student: str | None) -> list[int]:
        return _booked_of(self.schedule.appointments, household, student)

    def set_status(
        self, chosen: list[int], status: AppointmentStatus
    ) -> list[Appointment]:
        appointments = list(self.schedule.appointments)
        for index in chosen:
            appointments[index] = attrs.evolve(
                appointments[index], status=status, changed_at=self.at
            )
        return appointments

    def place(
        self,
        appointments: list[Appointment],
        household: str,
        windows: tuple[AvailableTime, ...] | None,
        avoid: Sequence[tuple[datetime, datetime]],
        *,
        strict: bool = False,
    ) -> tuple[list[Appointment], bool]:
        """Book the household's children without a conference; whether it fit."""
        family = self.by_id[household]
        covered = {
            a.student
            for a in appointments
            if a.household == household and a.status.holds_slot
        }
        children = tuple(c for c in family.children if c.student not in covered)
        if not children:
            if strict:
                message = (
                    f"must have a child without a booked or held conference "
                    f"(got {shown(household)})"
                )
                raise InvalidDataError.single("household", message)
            return appointments, True
        run = _find_run(
            attrs.evolve(family, children=children),
            self.plan,
            self.rooms,
            [a for a in appointments if a.status.holds_slot],
            family.available if windows is None else windows,
            earliest=self.at,
            avoid=avoid,
        )
        if run is None:
            return appointments, False
        return appointments + run, True

    def fill_waitlist(
        self,
        appointments: list[Appointment],
        waitlist: Sequence[str],
        skip: str | None = None,
    ) -> FamilySchedule:
        """Give each household on the waitlist, in order, the first run that fits."""
        still: list[str] = []
        for household in waitlist:
            if household == skip:
                still.append(household)
                continue
            appointments, placed = self.place(appointments, household, None, [])
            if not placed:
                still.append(household)
        return self.finish(appointments, still)

    def finish(
        self, appointments: list[Appointment], waitlist: Sequence[str]
    ) -> FamilySchedule:
        """The new schedule: appointments in order, reminders of the booked ones."""
        ordered = sorted(appointments, key=lambda a: (a.starts, a.teacher, a.household))
        return FamilySchedule(
            appointments=ordered,
            reminders=_reminders(ordered, self.plan, self.schedule, self.at),
            waitlist=waitlist,
        )


def _reminders(
    appointments: Sequence[Appointment],
    plan: SignUpPlan,
    before: FamilySchedule | None = None,
    at: datetime | None = None,
) -> list[Reminder]:
    """The reminders of the booked appointments, in order of sending.

    The reminders of the schedule *before* a change stay for the appointments
    still booked, and those of the others go; an appointment new since then gets
    one at each of the plan's ``reminder_minutes`` before it, except those
    already past at *at* and those that would fall before the calendar's start.
    """
    booked = {_key(a): a for a in appointments if a.status is AppointmentStatus.BOOKED}
    found = (
        []
        if before is None
        else [
            r
            for r in before.reminders
            if (r.household, r.student, r.conference_starts) in booked
        ]
    )
    old = (
        set()
        if before is None
        else {
            _key(a) for a in before.appointments if a.status is AppointmentStatus.BOOKED
        }
    )
    for key, a in booked.items():
        if key in old:
            continue
        for minutes in plan.reminder_minutes:
            ahead = timedelta(minutes=minutes)
            if a.starts - datetime.min <= ahead:
                continue
            send_at = a.starts - ahead
            if at is None or send_at >= at:
                found.append(
                    Reminder(
                        household=a.household,
                        student=a.student,
                        conference_starts=a.starts,
                        send_at=send_at,
                    )
                )
    return sorted(found, key=lambda r: (r.send_at, r.household, r.student))


def _key(appointment: Appointment) -> tuple[str, str, datetime]:
    """What a reminder names of its appointment: the family, the child, the start."""
    return (appointment.household, appointment.student, appointment.starts)


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


def _check_windows(
    check: Checker, path: str, windows: Sequence[AvailableTime], plan: SignUpPlan
) -> None:
    """Check that each available time is on a day of the plan, none overlapping."""
    days = {day.day for day in plan.days}
    for index, window in enumerate(windows):
        if window.day not in days:
            check.add(
                f"{path}[{index}].day",
                f"must be a conference day of the plan (got {window.day.isoformat()})",
            )
    spans = [window.span for window in windows]
    for index, other in sorted(overlapping(spans)):
        check.add(f"{path}[{index}]", f"must not overlap {path}[{other}]")


def _check_households(
    check: Checker,
    given: Sequence[Household],
    plan: SignUpPlan,
    rooms: dict[str, str],
) -> None:
    """Check the households against the plan and one another."""
    if not check.unique("households", given, lambda h: h.id, "id"):
        return
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
        _check_windows(
            check, f"households[{index}].available", household.available, plan
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


def _needs(
    household: Household, rooms: dict[str, str]
) -> tuple[tuple[Resource, ...], ...]:
    """What each conference of a household's run holds, child by child.

    A conference holds its teacher, its room and, through an interpreter, the
    interpreter of its language.
    """
    interpreter = household.language if household.needs_interpreter else None
    return tuple(
        (("teacher", child.teacher), ("room", rooms[child.teacher]))
        + ((("language", interpreter),) if interpreter is not None else ())
        for child in household.children
    )


def _slot_minutes(household: Household, plan: SignUpPlan) -> int:
    """A conference's length for a household: longer through an interpreter."""
    extra = plan.interpreter_extra_minutes if household.needs_interpreter else 0
    return plan.slot_minutes + extra


def _appointments(
    household: Household,
    rooms: dict[str, str],
    starts: Sequence[datetime],
    minutes: int,
) -> list[Appointment]:
    length = timedelta(minutes=minutes)
    interpreter = household.language if household.needs_interpreter else None
    return [
        Appointment(
            household=household.id,
            student=child.student,
            teacher=child.teacher,
            room=rooms[child.teacher],
            starts=moment_starts,
            ends=moment_starts + length,
            interpreter_language=interpreter,
        )
        for child, moment_starts in zip(household.children, starts, strict=True)
    ]


def _find_run(
    household: Household,
    plan: SignUpPlan,
    rooms: dict[str, str],
    holding: Sequence[Appointment],
    windows: Sequence[AvailableTime],
    *,
    earliest: datetime | None = None,
    avoid: Sequence[tuple[datetime, datetime]] = (),
) -> list[Appointment] | None:
    """The earliest run of the household's conferences that fits, or ``None``.

    The rules of `schedule_families`' placement, within the household's *windows*
    (none: any time of the days), from *earliest* on, and overlapping none of the
    spans to *avoid* (its old times, when it reschedules). The first moment that
    fits is either the day's opening, *earliest*, the start of a window, or a
    moment where one of the run's conferences starts just as a break ends or a
    conference it clashes with ends (plus the passing time): each is tried, in
    order, on each day in the plan's order.
    """
    minutes = _slot_minutes(household, plan)
    length = timedelta(minutes=minutes)
    gap = timedelta(minutes=plan.passing_minutes)
    step = length + gap
    # Each conference also holds the family: its run must keep clear, by the
    # passing time, of its own appointments that still hold their slots.
    family: Resource = ("household", household.id)
    needs = tuple((*resources, family) for resources in _needs(household, rooms))
    count = len(needs)
    held: dict[Hashable, list[tuple[datetime, datetime]]] = {}
    for a in holding:
        for resource in (
            ("teacher", a.teacher),
            ("room", a.room),
            ("household", a.household),
        ) + ((("language", a.interpreter_language),) if a.interpreter_language else ()):
            held.setdefault(resource, []).append(a.span)
    wanted = {resource for resources in needs for resource in resources}
    for day in plan.days:
        opens = datetime.combine(day.day, day.starts)
        closes = datetime.combine(day.day, day.ends)
        if (count - 1) * step + length > closes - opens:
            continue
        pauses = [
            (datetime.combine(day.day, p.starts), datetime.combine(day.day, p.ends))
            for p in day.breaks
        ]
        pauses += [span for span in avoid if span[0].date() == day.day]
        if windows:
            allowed = [
                (max(w.span[0], opens), min(w.span[1], closes))
                for w in windows
                if w.day == day.day
            ]
            allowed = [(s, e) for s, e in allowed if s < e]
            if not allowed:
                continue
        else:
            allowed = [(opens, closes)]
        busy = [
            span
            for resource in wanted
            for span in held.get(resource, ())
            if span[0].date() == day.day or span[1].date() == day.day
        ]
        edges = {s for s, _ in allowed} | {e for _, e in pauses}
        edges |= {e + gap for _, e in busy}
        if earliest is not None and opens <= earliest <= closes:
            edges.add(earliest)
        candidates = sorted(
            {
                edge - number * step
                for edge in edges
                for number in range(count)
                if number * step <= edge - opens
            }
        )
        for first in candidates:
            if earliest is not None and first < earliest:
                continue
            if _fits(
                first,
                needs=needs,
                length=length,
                step=step,
                gap=gap,
                closes=closes,
                allowed=allowed,
                pauses=pauses,
                held=held,
            ):
                starts = [first + number * step for number in range(count)]
                return _appointments(household, rooms, starts, minutes)
    return None


def _fits(
    first: datetime,
    *,
    needs: tuple[tuple[Resource, ...], ...],
    length: timedelta,
    step: timedelta,
    gap: timedelta,
    closes: datetime,
    allowed: Sequence[tuple[datetime, datetime]],
    pauses: Sequence[tuple[datetime, datetime]],
    held: dict[Hashable, list[tuple[datetime, datetime]]],
) -> bool:
    """Whether a run starting at *first* fits: hours, windows, breaks, resources."""
    for number, resources in enumerate(needs):
        starts = first + number * step
        ends = starts + length
        if ends > closes:
            return False
        if not any(s <= starts and ends <= e for s, e in allowed):
            return False
        if any(starts < pe and ps < ends for ps, pe in pauses):
            return False
        for resource in resources:
            for hs, he in held.get(resource, ()):
                if starts - gap < he and hs - gap < ends:
                    return False
    return True


def schedule_families(
    households: Iterable[Household], plan: SignUpPlan
) -> FamilySchedule:
    """Give each household back-to-back slots with its children's teachers.

    Households are placed one by one, each at the earliest time on the earliest day
    where all its conferences fit back to back (one per child, in the order listed,
    ``passing_minutes`` apart), within the day's hours, outside its breaks, within
    the times the household can come (its ``available`` times, if it gives any),
    and ``passing_minutes`` clear of every other conference of the same teacher,
    room or interpreter language. Families who need an interpreter are placed
    first, grouped by language, with slots ``interpreter_extra_minutes`` longer,
    so an interpreter sits through one run of conferences. A household that fits
    nowhere goes on the waitlist. Each slot is the plan's ``slot_minutes`` long,
    which holds the agenda of the plan's kind of conference. Reminders are made
    for each conference at each of ``reminder_minutes`` before it (by default one,
    two days before). The result depends only on the arguments. When no household
    gives its times, each place is found without trying every moment of every
    day, so the time taken grows about as fast as the number of households; when
    some do, each household's place is searched among the conferences already
    booked, which grows faster.

    Args:
        households: The households, in sign-up order, ids unique: a list or any
            other iterable.
        plan: The days, teachers, kind, lengths and reminders.

    Returns:
        The schedule, with appointments in order of time, reminders in order
        of sending, and the waitlist in sign-up order.

    Raises:
        ArgumentTypeError: If *households* is not a list (``None``, a number, a
            string, a mapping) or *plan* is not a `SignUpPlan`.
        InvalidDataError: If a household is not a `Household`, an id repeats, a
            child's teacher holds no conferences in *plan*, a student belongs to
            two households, a household's available time is not on a day of
            *plan*, or a conference day is so near the calendar's first or last
            day (0001-01-01, 9999-12-31) that its reminders or passing time would
            fall outside it.

    Example:
        >>> from datetime import date, time
        >>> from selfassess.conference import (AvailableTime, ConferenceDay,
        ...     Household, HouseholdChild, SignUpPlan, TeacherRoom, schedule_families)
        >>> day = date(2026, 11, 18)
        >>> plan = SignUpPlan(days=[ConferenceDay(day=day, starts=time(16, 0),
        ...     ends=time(19, 0))], teachers=[TeacherRoom(teacher="okafor", room="r12")])
        >>> plan.slot_minutes, plan.reminder_minutes
        (25, (2880,))
        >>> garcia = Household(id="garcia", name="The Garcia family",
        ...     children=[HouseholdChild(student="ana", teacher="okafor")],
        ...     available=[AvailableTime(day=day, starts=time(17, 30), ends=time(19, 0))])
        >>> schedule = schedule_families([garcia], plan)
        >>> [f"{a.starts:%H:%M}-{a.ends:%H:%M}" for a in schedule.appointments]
        ['17:30-17:55']
        >>> [f"{r.send_at:%Y-%m-%d %H:%M}" for r in schedule.reminders]
        ['2026-11-16 17:30']
    """
    arguments = Arguments()
    given = arguments.items("households", households, Household)
    plan = arguments.instance("plan", plan, SignUpPlan)
    arguments.done()
    check = Checker(arguments=True)
    _check_calendar(check, plan)
    rooms = {entry.teacher: entry.room for entry in plan.teachers}
    _check_households(check, given, plan, rooms)
    check.done()

    booked: list[Appointment] = []
    waiting: set[str] = set()
    placement = Placement(plan)
    by_windows = any(household.available for household in given)
    for household in _signup_order(given):
        minutes = _slot_minutes(household, plan)
        if by_windows:
            run = _find_run(household, plan, rooms, booked, household.available)
        else:
            found = placement.place(_needs(household, rooms), minutes)
            run = (
                None
                if found is None
                else _appointments(household, rooms, found, minutes)
            )
        if run is None:
            waiting.add(household.id)
        else:
            booked += run
    appointments = sorted(booked, key=lambda a: (a.starts, a.teacher, a.household))
    return FamilySchedule(
        appointments=appointments,
        reminders=_reminders(appointments, plan),
        waitlist=[h.id for h in given if h.id in waiting],
    )
