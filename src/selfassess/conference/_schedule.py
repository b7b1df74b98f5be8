"""Schedules: the self-paced block, the rotation, family sign-up slots and check-ins.

Every schedule is a value computed from values: days, times and people come in as
arguments; nothing reads the clock and nothing is sent. Reminders are data for a tool
to deliver. The rules every schedule keeps: no teacher, family or room is booked
twice at once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

import attrs

from selfassess._validate import Checker, shown, to_float, to_tuple
from selfassess.conference._agenda import ConferenceKind
from selfassess.conference._times import clock, later, moment, overlaps

__all__ = [
    "Appointment",
    "BlockConference",
    "BlockSegment",
    "Break",
    "ConferenceDay",
    "FamilySchedule",
    "Household",
    "HouseholdChild",
    "Reminder",
    "RotationEntry",
    "SegmentKind",
    "SelfPacedBlock",
    "SignUpPlan",
    "TeacherRoom",
    "next_check_in",
    "plan_block",
    "rotation_order",
    "schedule_families",
]


def _check_span(check: Checker, starts: object, ends: object) -> bool:
    """Check two times of day, and that the second is after the first."""
    both = clock(check, "starts", starts) & clock(check, "ends", ends)
    if both:
        assert isinstance(starts, time)  # for mypy: clock() checked it
        assert isinstance(ends, time)
        if ends <= starts:
            check.add(
                "ends",
                f"must be after starts ({starts.isoformat()}) (got {ends.isoformat()})",
            )
            return False
    return both


# The self-paced block ---------------------------------------------------------------


class SegmentKind(enum.Enum):
    """What the class does in one part of a self-paced block."""

    LAUNCH = "launch"
    """The start, with the whole class and the plan for the block."""
    SMALL_GROUP = "small_group"
    """The teacher with a small group on one standard; the rest work at their pace."""
    CONFERENCES = "conferences"
    """One-on-one conferences; the rest work at their pace or in stations."""
    STATIONS = "stations"
    """Everyone works in stations or at their own pace; the teacher circulates."""
    CLOSE = "close"
    """The end, for reflection and clean-up."""


@attrs.frozen(kw_only=True)
class BlockSegment:
    """One part of a self-paced block.

    Attributes:
        kind: What the class does.
        starts: When it starts.
        ends: When it ends; after ``starts``.
        standard: The standard's id, for a small group on one standard.
        students: The students in the small group, if any.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    kind: SegmentKind
    starts: time
    ends: time
    standard: str | None = None
    students: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, SegmentKind)
        _check_span(check, self.starts, self.ends)
        check.optional_identifier("standard", self.standard)
        if check.items("students", self.students, check.identifier):
            check.unique("students", self.students, lambda s: s, "student")
        check.done()


@attrs.frozen(kw_only=True)
class BlockConference:
    """One conference in a self-paced block.

    Attributes:
        student: The student's id.
        starts: When it starts.
        ends: When it ends; after ``starts``.
        kind: The kind of conference.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    student: str
    starts: time
    ends: time
    kind: ConferenceKind = ConferenceKind.DATA_REVIEW

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        _check_span(check, self.starts, self.ends)
        check.member("kind", self.kind, ConferenceKind)
        check.done()


@attrs.frozen(kw_only=True)
class SelfPacedBlock:
    """A self-paced block: a launch, a small group, then short one-on-one conferences.

    The rules: segments are in order and do not overlap; every student named is on
    the roster; each conference falls within a conferences segment; no two
    conferences overlap (the teacher would be booked twice) and no student has two.

    Attributes:
        day: The day of the block.
        teacher: The teacher's id.
        room: The room's id.
        roster: The ids of the students in the class.
        segments: The block's parts, in order.
        conferences: The conferences, in order.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path,
            such as ``conferences[1].student: must be on the roster (got 'zoe')``.
    """

    day: date
    teacher: str
    room: str
    roster: tuple[str, ...] = attrs.field(converter=to_tuple)
    segments: tuple[BlockSegment, ...] = attrs.field(converter=to_tuple)
    conferences: tuple[BlockConference, ...] = attrs.field(
        default=(), converter=to_tuple
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("day", self.day)
        check.identifier("teacher", self.teacher)
        check.identifier("room", self.room)
        roster_ok = check.items("roster", self.roster, check.identifier) and (
            check.unique("roster", self.roster, lambda s: s, "student")
        )
        segments_ok = check.items(
            "segments",
            self.segments,
            lambda p, v: check.instance(p, v, BlockSegment),
            non_empty=True,
        )
        conferences_ok = check.items(
            "conferences",
            self.conferences,
            lambda p, v: check.instance(p, v, BlockConference),
        )
        if segments_ok:
            for index in range(1, len(self.segments)):
                before, segment = self.segments[index - 1], self.segments[index]
                if segment.starts < before.ends:
                    check.add(
                        f"segments[{index}].starts",
                        f"must not be before the segment before it ends "
                        f"({before.ends.isoformat()}) (got {segment.starts.isoformat()})",
                    )
        if roster_ok:
            on_roster = set(self.roster)
            if segments_ok:
                for index, segment in enumerate(self.segments):
                    for number, student in enumerate(segment.students):
                        if student not in on_roster:
                            check.add(
                                f"segments[{index}].students[{number}]",
                                f"must be on the roster (got {shown(student)})",
                            )
            if conferences_ok:
                for index, conference in enumerate(self.conferences):
                    if conference.student not in on_roster:
                        check.add(
                            f"conferences[{index}].student",
                            f"must be on the roster (got {shown(conference.student)})",
                        )
        if segments_ok and conferences_ok:
            self._check_conferences(check)
        check.done()

    def _check_conferences(self, check: Checker) -> None:
        windows = [
            (segment.starts, segment.ends)
            for segment in self.segments
            if segment.kind is SegmentKind.CONFERENCES
        ]
        check.unique("conferences", self.conferences, lambda c: c.student, "student")
        for index, conference in enumerate(self.conferences):
            if not any(
                starts <= conference.starts and conference.ends <= ends
                for starts, ends in windows
            ):
                check.add(
                    f"conferences[{index}]",
                    f"must fall within a conferences segment "
                    f"(got {conference.starts.isoformat()}-{conference.ends.isoformat()})",
                )
            for other in range(index):
                earlier = self.conferences[other]
                if (
                    conference.starts < earlier.ends
                    and earlier.starts < conference.ends
                ):
                    check.add(
                        f"conferences[{index}]",
                        f"must not overlap conferences[{other}]: teacher "
                        f"{self.teacher!r} is already booked from "
                        f"{earlier.starts.isoformat()} to {earlier.ends.isoformat()}",
                    )


def plan_block(
    *,
    day: date,
    starts: time,
    teacher: str,
    room: str,
    roster: Iterable[str],
    conference_students: Sequence[str],
    group_standard: str | None = None,
    group_students: Iterable[str] = (),
    launch_minutes: int = 10,
    group_minutes: int = 20,
    conference_minutes: int = 5,
    kind: ConferenceKind = ConferenceKind.DATA_REVIEW,
) -> SelfPacedBlock:
    """Lay out a self-paced block: launch, small group, then back-to-back conferences.

    The practice's example (data review and goal-setting conferences in a
    mastery-based class): 9:00-9:10 launch, 9:10-9:30 a small group on one
    standard, 9:30-9:45 three five-minute conferences. Choose the conference
    students with `rotation_order`.

    Args:
        day: The day of the block.
        starts: When the block starts.
        teacher: The teacher's id.
        room: The room's id.
        roster: The students of the class.
        conference_students: The students to confer with, in order.
        group_standard: The standard the small group works on, if any.
        group_students: The students in the small group.
        launch_minutes: The launch's length; 0 for none.
        group_minutes: The small group's length; 0 for none.
        conference_minutes: Each conference's length; at least 1.
        kind: The kind of the conferences.

    Returns:
        The block.

    Raises:
        InvalidDataError: If a length is not a whole number (at least 0; at least 1
            for a conference), the block runs past midnight, or the block breaks a
            rule of `SelfPacedBlock` (such as a student absent from the roster).

    Example:
        >>> from datetime import date, time
        >>> from selfassess.conference import plan_block
        >>> block = plan_block(day=date(2026, 10, 6), starts=time(9, 0), teacher="okafor",
        ...     room="r12", roster=["ana", "ben", "cai", "dee"], group_standard="nf2",
        ...     group_students=["ben", "dee"], conference_students=["ana", "cai", "dee"])
        >>> [(s.kind.value, f"{s.starts:%H:%M}-{s.ends:%H:%M}") for s in block.segments]
        [('launch', '09:00-09:10'), ('small_group', '09:10-09:30'), ('conferences', '09:30-09:45')]
        >>> [(c.student, f"{c.starts:%H:%M}") for c in block.conferences]
        [('ana', '09:30'), ('cai', '09:35'), ('dee', '09:40')]
    """
    check = Checker()
    check.day("day", day)
    clock(check, "starts", starts)
    for name, value in (
        ("roster", roster),
        ("conference_students", conference_students),
        ("group_students", group_students),
    ):
        if isinstance(value, str):
            check.add(name, f"must be a list of student ids (got {shown(value)})")
    check.integer("launch_minutes", launch_minutes, minimum=0)
    check.integer("group_minutes", group_minutes, minimum=0)
    check.integer("conference_minutes", conference_minutes, minimum=1)
    check.done()
    segments = []
    at = starts
    if launch_minutes:
        ends = later(day, at, launch_minutes, "launch_minutes")
        segments.append(BlockSegment(kind=SegmentKind.LAUNCH, starts=at, ends=ends))
        at = ends
    if group_minutes:
        ends = later(day, at, group_minutes, "group_minutes")
        segments.append(
            BlockSegment(
                kind=SegmentKind.SMALL_GROUP,
                starts=at,
                ends=ends,
                standard=group_standard,
                students=tuple(group_students),
            )
        )
        at = ends
    conferences = []
    for student in conference_students:
        ends = later(day, at, conference_minutes, "conference_minutes")
        conferences.append(
            BlockConference(student=student, starts=at, ends=ends, kind=kind)
        )
        at = ends
    if conferences:
        segments.append(
            BlockSegment(
                kind=SegmentKind.CONFERENCES,
                starts=conferences[0].starts,
                ends=conferences[-1].ends,
            )
        )
    return SelfPacedBlock(
        day=day,
        teacher=teacher,
        room=room,
        roster=tuple(roster),
        segments=segments,
        conferences=conferences,
    )


# The rotation -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RotationEntry:
    """A student's place in the conference rotation.

    Attributes:
        student: The student's id.
        last_conference: The day of their last conference; ``None`` if never.
        need: How much they need a conference, higher first (such as the number
            of standards below mastery); finite, at least 0.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    student: str
    last_conference: date | None = None
    need: float = attrs.field(default=0.0, converter=to_float)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.optional_day("last_conference", self.last_conference)
        check.number("need", self.need, minimum=0)
        check.done()


def rotation_order(entries: Iterable[RotationEntry], *, as_of: date) -> tuple[str, ...]:
    """Order students for conferences: longest since the last one first, then most need.

    Students never conferenced come first; then the longest since their last
    conference; on a tie, the most need; then the student id, so the order is
    always the same for the same entries.

    Args:
        entries: One entry per student.
        as_of: The day the rotation is for; no last conference may be after it.

    Returns:
        The students' ids, the next to confer with first.

    Raises:
        InvalidDataError: If an entry is not a `RotationEntry`, a student repeats,
            or a last conference is after *as_of*.

    Example:
        >>> from datetime import date
        >>> from selfassess.conference import RotationEntry, rotation_order
        >>> rotation_order([
        ...     RotationEntry(student="ana", last_conference=date(2026, 10, 1), need=1),
        ...     RotationEntry(student="ben", last_conference=date(2026, 9, 24)),
        ...     RotationEntry(student="cai", last_conference=date(2026, 10, 1), need=3),
        ...     RotationEntry(student="dee"),
        ... ], as_of=date(2026, 10, 5))
        ('dee', 'ben', 'cai', 'ana')
    """
    given = tuple(entries)
    check = Checker()
    as_of_ok = check.day("as_of", as_of)
    if check.items(
        "entries", given, lambda p, v: check.instance(p, v, RotationEntry)
    ) and check.unique("entries", given, lambda e: e.student, "student"):
        for index, entry in enumerate(given):
            if (
                as_of_ok
                and entry.last_conference is not None
                and entry.last_conference > as_of
            ):
                check.add(
                    f"entries[{index}].last_conference",
                    f"must not be after as_of ({as_of.isoformat()}) "
                    f"(got {entry.last_conference.isoformat()})",
                )
    check.done()

    def key(entry: RotationEntry) -> tuple[int, int, float, str]:
        if entry.last_conference is None:
            return (0, 0, -entry.need, entry.student)
        since = (as_of - entry.last_conference).days
        return (1, -since, -entry.need, entry.student)

    return tuple(entry.student for entry in sorted(given, key=key))


# The next check-in --------------------------------------------------------------------


def next_check_in(
    after: date, *, school_days: int = 5, holidays: Iterable[date] = ()
) -> date:
    """Return the day *school_days* school days after *after*, skipping weekends and holidays.

    A school day is a Monday to Friday that is not in *holidays*. *after* itself
    does not count.

    Args:
        after: The day of the conference.
        school_days: How many school days later; at least 1.
        holidays: Days without school.

    Returns:
        The day of the next check-in, always a school day.

    Raises:
        InvalidDataError: If *after* is not a date, *school_days* is not a whole
            number of at least 1, or a holiday is not a date.

    Example:
        >>> from datetime import date
        >>> from selfassess.conference import next_check_in
        >>> next_check_in(date(2026, 11, 20), school_days=5,
        ...               holidays=[date(2026, 11, 26), date(2026, 11, 27)])
        datetime.date(2026, 12, 1)
    """
    days_off = tuple(holidays)
    check = Checker()
    check.day("after", after)
    check.integer("school_days", school_days, minimum=1)
    check.items("holidays", days_off, check.day)
    check.done()
    off = set(days_off)
    day = after
    left = school_days
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            left -= 1
    return day


# Family conference sign-up ------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Break:
    """A break on a conference day, when no conference is held.

    Attributes:
        starts: When it starts.
        ends: When it ends; after ``starts``.
        label: What it is, such as ``"Dinner"``; may be empty.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    starts: time
    ends: time
    label: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        _check_span(check, self.starts, self.ends)
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

    day: date
    starts: time
    ends: time
    breaks: tuple[Break, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("day", self.day)
        span_ok = _check_span(check, self.starts, self.ends)
        if (
            check.items("breaks", self.breaks, lambda p, v: check.instance(p, v, Break))
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
        slot_minutes: A conference's length.
        passing_minutes: The time between two conferences of a teacher, a room
            or a family (to walk between rooms).
        interpreter_extra_minutes: The minutes added to a conference held through
            an interpreter.
        reminder_minutes: When reminders go out, in minutes before the conference:
            by default 24 hours and 1 hour.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    days: tuple[ConferenceDay, ...] = attrs.field(converter=to_tuple)
    teachers: tuple[TeacherRoom, ...] = attrs.field(converter=to_tuple)
    slot_minutes: int = 15
    passing_minutes: int = 5
    interpreter_extra_minutes: int = 10
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
        check.integer("slot_minutes", self.slot_minutes, minimum=1)
        check.integer("passing_minutes", self.passing_minutes, minimum=0)
        check.integer(
            "interpreter_extra_minutes", self.interpreter_extra_minutes, minimum=0
        )
        if check.items(
            "reminder_minutes",
            self.reminder_minutes,
            lambda p, v: check.integer(p, v, minimum=1),
        ):
            check.unique(
                "reminder_minutes", self.reminder_minutes, lambda m: m, "value"
            )
        check.done()

    def room_of(self, teacher: str) -> str | None:
        """Return the room of a teacher, or ``None`` if they hold no conferences."""
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
