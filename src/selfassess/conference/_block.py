"""The self-paced block: a launch, a small group, then short one-on-one conferences.

The practice's data review and goal-setting conferences are held inside a block where
the class works at its own pace: the teacher launches it, meets a small group on one
standard, then confers with students one by one. A block is a value computed from
values: the day, the times and the students come in as arguments.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime, time

import attrs

from selfassess._repr import short_repr
from selfassess._validate import MAX_MINUTES, Arguments, Checker, shown, to_tuple
from selfassess.conference._agenda import Agenda, ConferenceKind
from selfassess.conference._builtin_templates import template_for
from selfassess.conference._times import check_span, clock, later, overlapping

__all__ = [
    "BlockConference",
    "BlockSegment",
    "SegmentKind",
    "SelfPacedBlock",
    "plan_block",
]

_ANY_DAY = date(2000, 1, 1)
"""A day to subtract times of day on: naive times are the same on any day."""


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

    __repr__ = short_repr

    kind: SegmentKind
    starts: time
    ends: time
    standard: str | None = None
    students: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, SegmentKind)
        check_span(check, self.starts, self.ends)
        check.optional_identifier("standard", self.standard)
        if check.items("students", self.students, check.identifier):
            check.unique("students", self.students, lambda s: s, "student")
        check.done()


@attrs.frozen(kw_only=True)
class BlockConference:
    """One conference in a self-paced block, and the agenda it holds, if planned.

    A booked slot and its agenda agree by construction: an agenda held by the
    conference is about its student, of its kind, and made for a slot of exactly
    the conference's minutes, so a 10-minute agenda is never printed beside a
    5-minute slot.

    Attributes:
        student: The student's id.
        starts: When it starts.
        ends: When it ends; after ``starts``.
        kind: The kind of conference.
        agenda: The conference's agenda, if planned: its ``student`` and ``kind``
            are the conference's, and its ``slot_minutes`` the conference's
            `BlockConference.minutes`.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem, such
            as ``agenda.slot_minutes: must equal the conference's 5 minutes
            (got 10)``.
    """

    __repr__ = short_repr

    student: str
    starts: time
    ends: time
    kind: ConferenceKind = ConferenceKind.DATA_REVIEW
    agenda: Agenda | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        student_ok = check.identifier("student", self.student)
        span_ok = check_span(check, self.starts, self.ends)
        kind_ok = check.member("kind", self.kind, ConferenceKind)
        if check.optional_instance("agenda", self.agenda, Agenda) and (
            self.agenda is not None
        ):
            agenda = self.agenda
            if student_ok and agenda.student != self.student:
                check.add(
                    "agenda.student",
                    f"must be the conference's student {shown(self.student)} "
                    f"(got {shown(agenda.student)})",
                )
            if kind_ok and agenda.kind is not self.kind:
                check.add(
                    "agenda.kind",
                    f"must be the conference's kind {shown(self.kind.value)} "
                    f"(got {shown(agenda.kind.value)})",
                )
            if span_ok and agenda.slot_minutes != self.minutes:
                check.add(
                    "agenda.slot_minutes",
                    f"must equal the conference's {self.minutes} minutes "
                    f"(got {agenda.slot_minutes})",
                )
        check.done()

    @property
    def minutes(self) -> int:
        """The conference's length, in whole minutes (seconds left over dropped)."""
        span = datetime.combine(_ANY_DAY, self.ends) - datetime.combine(
            _ANY_DAY, self.starts
        )
        return int(span.total_seconds()) // 60


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

    __repr__ = short_repr

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
        # For each conference, the earlier ones (by index) it overlaps.
        clashes: dict[int, list[int]] = {}
        spans = [
            (conference.starts, conference.ends) for conference in self.conferences
        ]
        for index, other in overlapping(spans):
            clashes.setdefault(index, []).append(other)
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
            for other in sorted(clashes.get(index, ())):
                earlier = self.conferences[other]
                check.add(
                    f"conferences[{index}]",
                    f"must not overlap conferences[{other}]: teacher "
                    f"{shown(self.teacher)} is already booked from "
                    f"{earlier.starts.isoformat()} to {earlier.ends.isoformat()}",
                )


def plan_block(
    *,
    day: date,
    starts: time,
    teacher: str,
    room: str,
    roster: Iterable[str],
    conference_students: Iterable[str],
    group_standard: str | None = None,
    group_students: Iterable[str] = (),
    launch_minutes: int = 10,
    group_minutes: int = 20,
    conference_minutes: int | None = None,
    kind: ConferenceKind = ConferenceKind.DATA_REVIEW,
    agendas: Iterable[Agenda] = (),
) -> SelfPacedBlock:
    """Lay out a self-paced block: launch, small group, then back-to-back conferences.

    The practice's example (data review and goal-setting conferences in a
    mastery-based class): 9:00-9:10 launch, 9:10-9:30 a small group on one
    standard, 9:30-9:45 three five-minute conferences. Choose the conference
    students with `rotation_order`.

    Each conference is as long as the agenda it holds, so that a slot and its
    agenda agree: a student's conference takes its agenda's ``slot_minutes``
    when *agendas* has one for the student; otherwise *conference_minutes*;
    otherwise the slot of the kind's template (`template_for`), 10 minutes for a
    data review. A block with five-minute conferences, as in the practice's
    example, is asked for with ``conference_minutes=5``, and holds agendas
    planned for five minutes (``plan_conference(..., slot_minutes=5)``).

    Args:
        day: The day of the block.
        starts: When the block starts.
        teacher: The teacher's id.
        room: The room's id.
        roster: The students of the class: a list of ids, or any other iterable.
        conference_students: The students to confer with, in order.
        group_standard: The standard the small group works on, if any.
        group_students: The students in the small group.
        launch_minutes: The launch's length; 0 for none, at most a day (1,440).
        group_minutes: The small group's length; 0 for none, at most a day.
        conference_minutes: Each conference's length, from 1 to a day; by default
            the agendas' length, or else the slot of the kind's template.
        kind: The kind of the conferences.
        agendas: The conferences' agendas, at most one per conference student:
            each of *kind*, and all of *conference_minutes* when it is given.

    Returns:
        The block, each conference holding its student's agenda, if given.

    Raises:
        ArgumentTypeError: If an argument is not of the kind it takes: *day* not a
            date, *starts* not a time of day, *teacher* or *room* not a string, a
            list of students or *agendas* not a list (a string, ``None``), a
            length not a whole number, or *kind* not a `ConferenceKind`.
        InvalidDataError: If a student's id is not a string, a length is out of
            its range, an agenda is not an `Agenda`, or is for a student not in
            *conference_students* (or twice), of another kind, or of other
            minutes than *conference_minutes*, the block runs past midnight, or
            the block breaks a rule of `SelfPacedBlock` (such as a student absent
            from the roster).

    Example:
        >>> from datetime import date, time
        >>> from selfassess.conference import plan_block
        >>> block = plan_block(day=date(2026, 10, 6), starts=time(9, 0), teacher="okafor",
        ...     room="r12", roster=["ana", "ben", "cai", "dee"], group_standard="nf2",
        ...     group_students=["ben", "dee"], conference_students=["ana", "cai", "dee"],
        ...     conference_minutes=5)
        >>> [(s.kind.value, f"{s.starts:%H:%M}-{s.ends:%H:%M}") for s in block.segments]
        [('launch', '09:00-09:10'), ('small_group', '09:10-09:30'), ('conferences', '09:30-09:45')]
        >>> [(c.student, f"{c.starts:%H:%M}") for c in block.conferences]
        [('ana', '09:30'), ('cai', '09:35'), ('dee', '09:40')]

        Without a length, a data review takes its template's 10 minutes:

        >>> block = plan_block(day=date(2026, 10, 6), starts=time(9, 0), teacher="okafor",
        ...     room="r12", roster=["ana", "cai"], conference_students=["ana", "cai"])
        >>> [(c.student, f"{c.starts:%H:%M}-{c.ends:%H:%M}") for c in block.conferences]
        [('ana', '09:30-09:40'), ('cai', '09:40-09:50')]
    """
    check = Arguments()
    check.day("day", day)
    clock(check.check, "starts", starts)
    check.text("teacher", teacher, empty=True)
    check.text("room", room, empty=True)
    class_list = _students(check, "roster", roster)
    chosen = _students(check, "conference_students", conference_students)
    check.optional_text("group_standard", group_standard)
    group = _students(check, "group_students", group_students)
    check.integer("launch_minutes", launch_minutes, minimum=0, maximum=MAX_MINUTES)
    check.integer("group_minutes", group_minutes, minimum=0, maximum=MAX_MINUTES)
    check.optional_integer(
        "conference_minutes", conference_minutes, minimum=1, maximum=MAX_MINUTES
    )
    check.member("kind", kind, ConferenceKind)
    planned = check.items("agendas", agendas, Agenda)
    check.done()
    by_student = _agendas_by_student(planned, chosen, kind, conference_minutes)
    default_minutes = (
        template_for(kind).slot_minutes
        if conference_minutes is None
        else conference_minutes
    )
    segments = []
    at = starts
    if launch_minutes:
        ends = later(at, launch_minutes, "launch_minutes")
        segments.append(BlockSegment(kind=SegmentKind.LAUNCH, starts=at, ends=ends))
        at = ends
    if group_minutes:
        ends = later(at, group_minutes, "group_minutes")
        segments.append(
            BlockSegment(
                kind=SegmentKind.SMALL_GROUP,
                starts=at,
                ends=ends,
                standard=group_standard,
                students=group,
            )
        )
        at = ends
    conferences = []
    for student in chosen:
        agenda = by_student.get(student)
        minutes = default_minutes if agenda is None else agenda.slot_minutes
        ends = later(at, minutes, "conference_minutes")
        conferences.append(
            BlockConference(
                student=student, starts=at, ends=ends, kind=kind, agenda=agenda
            )
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
        roster=class_list,
        segments=segments,
        conferences=conferences,
    )


def _agendas_by_student(
    planned: tuple[Agenda, ...],
    chosen: tuple[str, ...],
    kind: ConferenceKind,
    conference_minutes: int | None,
) -> dict[str, Agenda]:
    """Each conference student's agenda, checked against the block's choices."""
    check = Checker(arguments=True)
    wanted = set(chosen)
    found: dict[str, Agenda] = {}
    for index, agenda in enumerate(planned):
        path = f"agendas[{index}]"
        if agenda.student not in wanted:
            check.add(
                f"{path}.student",
                f"must be one of conference_students (got {shown(agenda.student)})",
            )
        elif agenda.student in found:
            check.add(
                f"{path}.student",
                f"must have one agenda: {shown(agenda.student)} already has one",
            )
        else:
            found[agenda.student] = agenda
        if agenda.kind is not kind:
            check.add(
                f"{path}.kind",
                f"must be the block's kind {shown(kind.value)} "
                f"(got {shown(agenda.kind.value)})",
            )
        if conference_minutes is not None and agenda.slot_minutes != conference_minutes:
            check.add(
                f"{path}.slot_minutes",
                f"must equal conference_minutes ({conference_minutes}) "
                f"(got {agenda.slot_minutes})",
            )
    check.done()
    return found


def _students(check: Arguments, name: str, value: object) -> tuple[str, ...]:
    """A list of students' ids given as any iterable, read once; each a string."""
    found = check.check.listed(name, value, "student ids")
    check.check.items(name, found, check.check.text)
    return found
