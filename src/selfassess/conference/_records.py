"""Records of what happened: attendance, notes, goals agreed, follow-ups.

A `ConferenceRecord` is kept for every conference held, whoever came: the practice
holds a student-led conference even when no parent comes. `family_participation`
turns records into the share of conferences a family attended.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._people import Person, Role
from selfassess._repr import short_repr
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.conference._agenda import Agenda, ConferenceKind, Link

__all__ = [
    "ConferenceRecord",
    "FamilyParticipation",
    "FollowUp",
    "family_participation",
    "record_from_agenda",
]


@attrs.frozen(kw_only=True)
class FollowUp:
    """Something to do after a conference, and who does it.

    Attributes:
        owner: The role that does it: the student, the teacher, the family ...
        action: What to do, such as ``"Join the Tuesday small group on 4.NF.2"``.
        due_on: When it is due, if it has a day.
        done: Whether it is done.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    owner: Role
    action: str
    due_on: date | None = None
    done: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("owner", self.owner, Role)
        check.text("action", self.action)
        check.optional_day("due_on", self.due_on)
        check.boolean("done", self.done)
        check.done()


@attrs.frozen(kw_only=True)
class ConferenceRecord:
    """What happened at one conference.

    The rules: at least one teacher attended, everyone once; a parent's request for
    private time needs a family member present; the next check-in and every
    follow-up's due day come after the conference.

    Attributes:
        kind: The kind of conference.
        student: The id of the student it was about.
        held_on: The day it was held.
        attended: Who attended. A conference is still held when no parent comes.
        notes: The teacher's quick notes, made straight after.
        goals_agreed: The goals agreed, in words.
        follow_ups: What is to be done next, and by whom.
        next_check_in: The day of the next check-in, if one was set.
        private_time_requested: Whether a parent asked for time with the teacher
            without the student.
        discussed: Links to the data discussed.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path.
    """

    __repr__ = short_repr

    kind: ConferenceKind
    student: str
    held_on: date
    attended: tuple[Person, ...] = attrs.field(converter=to_tuple)
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    goals_agreed: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    follow_ups: tuple[FollowUp, ...] = attrs.field(default=(), converter=to_tuple)
    next_check_in: date | None = None
    private_time_requested: bool = False
    discussed: tuple[Link, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, ConferenceKind)
        student_ok = check.identifier("student", self.student)
        day_ok = check.day("held_on", self.held_on)
        people_ok = check.items(
            "attended",
            self.attended,
            lambda p, v: check.instance(p, v, Person),
            non_empty=True,
        ) and check.unique("attended", self.attended, lambda p: p.id, "id")
        check.items("notes", self.notes, check.text)
        check.items("goals_agreed", self.goals_agreed, check.text)
        follow_ok = check.items(
            "follow_ups", self.follow_ups, lambda p, v: check.instance(p, v, FollowUp)
        )
        check_in_ok = check.optional_day("next_check_in", self.next_check_in)
        private_ok = check.boolean(
            "private_time_requested", self.private_time_requested
        )
        links_ok = check.items(
            "discussed", self.discussed, lambda p, v: check.instance(p, v, Link)
        )
        if people_ok:
            roles = {person.role for person in self.attended}
            if Role.TEACHER not in roles:
                check.add("attended", "must include a teacher (got none)")
            if private_ok and self.private_time_requested and Role.FAMILY not in roles:
                check.add(
                    "private_time_requested",
                    "must be false when no family member attended (got True)",
                )
        if day_ok:
            if (
                check_in_ok
                and self.next_check_in is not None
                and self.next_check_in <= self.held_on
            ):
                check.add(
                    "next_check_in",
                    f"must be after held_on ({self.held_on.isoformat()}) "
                    f"(got {self.next_check_in.isoformat()})",
                )
            if follow_ok:
                for index, follow_up in enumerate(self.follow_ups):
                    if follow_up.due_on is not None and follow_up.due_on < self.held_on:
                        check.add(
                            f"follow_ups[{index}].due_on",
                            f"must not be before held_on ({self.held_on.isoformat()}) "
                            f"(got {follow_up.due_on.isoformat()})",
                        )
        if links_ok and student_ok:
            for index, link in enumerate(self.discussed):
                if link.student != self.student:
                    check.add(
                        f"discussed[{index}].student",
                        f"must be the record's student {shown(self.student)} "
                        f"(got {shown(link.student)})",
                    )
        check.done()

    @property
    def family_attended(self) -> bool:
        """Whether a family member attended."""
        return any(person.role is Role.FAMILY for person in self.attended)


def record_from_agenda(
    agenda: Agenda,
    *,
    held_on: date,
    absent: Iterable[str] = (),
    notes: Iterable[str] = (),
    goals_agreed: Iterable[str] = (),
    follow_ups: Iterable[FollowUp] = (),
    next_check_in: date | None = None,
    private_time_requested: bool = False,
) -> ConferenceRecord:
    """Start the record of a conference from its agenda.

    Everyone on the agenda attended except those *absent*; the data discussed is
    the agenda's links.

    Args:
        agenda: The conference's agenda.
        held_on: The day it was held.
        absent: The ids of the participants who did not come: a list or any
            other iterable (not a single string).
        notes: The teacher's quick notes.
        goals_agreed: The goals agreed.
        follow_ups: What is to be done next.
        next_check_in: The day of the next check-in (`school_days_after` counts
            school days to it).
        private_time_requested: Whether a parent asked for private time.

    Returns:
        The record.

    Raises:
        ArgumentTypeError: If an argument is not of the kind it takes: *agenda* not
            an `Agenda`, *held_on* not a date, *absent*, *notes*, *goals_agreed* or
            *follow_ups* not a list (a string, ``None``), *next_check_in* neither
            ``None`` nor a date, or *private_time_requested* not ``True`` or
            ``False``.
        InvalidDataError: If an id in *absent* is not a participant's, or the
            record breaks a rule of `ConferenceRecord` (such as a note that is not
            a string, or a check-in before the conference).
    """
    check = Arguments()
    agenda = check.instance("agenda", agenda, Agenda)
    check.day("held_on", held_on)
    missing = check.check.listed("absent", absent, "participant ids")
    said = check.check.listed("notes", notes, "notes")
    agreed = check.check.listed("goals_agreed", goals_agreed, "goals")
    follow = check.items("follow_ups", follow_ups, FollowUp)
    check.optional_day("next_check_in", next_check_in)
    check.boolean("private_time_requested", private_time_requested)
    check.done()
    known = {person.id for person in agenda.participants}
    rules = Checker(arguments=True)
    for index, person_id in enumerate(missing):
        if not isinstance(person_id, str) or person_id not in known:
            rules.add(
                f"absent[{index}]",
                f"must be a participant's id (got {shown(person_id)})",
            )
    rules.done()
    absent_ids = set(missing)
    return ConferenceRecord(
        kind=agenda.kind,
        student=agenda.student,
        held_on=held_on,
        attended=[p for p in agenda.participants if p.id not in absent_ids],
        notes=said,
        goals_agreed=agreed,
        follow_ups=follow,
        next_check_in=next_check_in,
        private_time_requested=private_time_requested,
        discussed=agenda.links,
    )


@attrs.frozen(kw_only=True)
class FamilyParticipation:
    """How many conferences a family member attended.

    Attributes:
        conferences: The number of conferences held; at most a billion, like every
            count the library keeps (a district holds far fewer).
        with_family: How many of them a family member attended.
        rate: ``with_family / conferences``, from 0 to 1; ``None`` when no
            conference was held.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    conferences: int = integer_field()
    with_family: int = integer_field()
    rate: float | None = number_field(minimum=0, maximum=1, optional=True)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        counts = check.declared(self)
        if (
            counts["conferences"]
            and counts["with_family"]
            and self.with_family > self.conferences
        ):
            check.add(
                "with_family",
                f"must be at most conferences ({self.conferences}) (got {self.with_family})",
            )
        check.done()


def family_participation(records: Iterable[ConferenceRecord]) -> FamilyParticipation:
    """Return the share of conferences that a family member attended.

    Args:
        records: The records of the conferences held, of any kinds a tool chooses
            (such as the student-led conferences of a term).

    Returns:
        The count of conferences, the count with a family member present, and
        their ratio; the ratio is ``None`` for no records.

    Raises:
        ArgumentTypeError: If *records* is not a list (``None``, a number, a
            string, a mapping).
        InvalidDataError: If an item is not a `ConferenceRecord`.

    Example:
        >>> from datetime import date
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import ConferenceKind, ConferenceRecord, family_participation
        >>> teacher = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
        >>> mom = Person(id="mom", name="Ana's mother", role=Role.FAMILY)
        >>> held = [ConferenceRecord(kind=ConferenceKind.STUDENT_LED_FIRST, student=s,
        ...     held_on=date(2026, 11, 18), attended=people)
        ...     for s, people in [("ana", [teacher, mom]), ("ben", [teacher])]]
        >>> family_participation(held).rate
        0.5
    """
    check = Arguments()
    given = check.items("records", records, ConferenceRecord)
    check.done()
    with_family = sum(record.family_attended for record in given)
    rate = with_family / len(given) if given else None
    return FamilyParticipation(
        conferences=len(given), with_family=with_family, rate=rate
    )
