"""Records of what happened: attendance, notes, goals agreed, follow-ups.

A `ConferenceRecord` is kept for every conference held, whoever came: the practice
holds a student-led conference even when no parent comes, and the student and the
teacher set the goals together. A student-led conference without its student is not
held: its record says so (`ConferenceOutcome.STUDENT_ABSENT`) and when it is
rescheduled to. A participant may join remotely, such as a parent on a video call.
`family_participation` turns records into the share of the conferences held that a
family attended. At an English learner's conference the record keeps the
student's self-ratings in the four language domains (`DomainRating`), with the
teacher's beside them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._people import Person, Role
from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Scale
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.conference._agenda import Agenda, ConferenceKind, Link
from selfassess.tracking import LanguageDomain

__all__ = [
    "ConferenceOutcome",
    "ConferenceRecord",
    "DomainRating",
    "FamilyParticipation",
    "FollowUp",
    "family_participation",
    "record_from_agenda",
]


_STUDENT_LED = frozenset(
    {ConferenceKind.STUDENT_LED_FIRST, ConferenceKind.STUDENT_LED_SECOND}
)
# The roles that set goals together at a conference, in the order they speak.
_GOAL_SETTERS = (Role.STUDENT, Role.FAMILY, Role.TEACHER)


class ConferenceOutcome(enum.Enum):
    """Whether a conference was held, and if not, why."""

    HELD = "held"
    """Held, whoever came (a conference is still held when no parent comes)."""
    STUDENT_ABSENT = "student_absent"
    """Not held, because the student did not come.

    A student-led conference cannot be held without the student who leads it; it
    is to be rescheduled."""


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
class DomainRating:
    """An English learner's self-rating in one language domain, said at a conference.

    The self-assessment conference of an English learner covers the four domains
    of language, reading, writing, speaking and listening: the student rates
    themself in each, the teacher may rate beside them, and a note keeps what was
    said.

    Attributes:
        domain: The language domain.
        rating: The student's self-rating, the points of a level of the record's
            ``domain_scale``.
        teacher_rating: The teacher's rating of the same domain, if given.
        note: What was said, such as ``"Reads the word problems aloud now"``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    domain: LanguageDomain
    rating: float = number_field()
    teacher_rating: float | None = number_field(optional=True, default=None)
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("domain", self.domain, LanguageDomain)
        check.declared(self)
        check.text("note", self.note, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class ConferenceRecord:
    """What happened at one conference.

    The rules: at least one teacher attended, everyone once; a parent's request for
    private time needs a family member present; the next check-in and every
    follow-up's due day come after the conference. The language domains are rated
    all four or none, each once, on ``domain_scale``. A held student-led conference
    had its student among those who attended (the student leads it); a conference
    not held because the student was absent has the student not among them, no
    goals agreed, no data discussed and no domains rated. Only a conference not held is rescheduled,
    to a later day. Those who joined remotely attended.

    Attributes:
        kind: The kind of conference.
        student: The id of the student it was about.
        held_on: The day it was held, or was to be held when it was not.
        attended: Who attended (or came, when it was not held). A conference is
            still held when no parent comes.
        notes: The teacher's quick notes, made straight after.
        goals_agreed: The goals agreed, in words.
        follow_ups: What is to be done next, and by whom.
        next_check_in: The day of the next check-in, if one was set.
        private_time_requested: Whether a parent asked for time with the teacher
            without the student.
        discussed: Links to the data discussed.
        outcome: Whether it was held, and if not, why; held by default.
        rescheduled_to: The day a conference not held is rescheduled to, once
            known; ``None`` for a held conference.
        remote: The ids of those who attended remotely, such as a parent on a
            video call; each one of those who attended, once.
        language_domains: An English learner's self-ratings (and the teacher's)
            in the four language domains, reading, speaking, writing and
            listening: all four or none, each once, in any order.
        domain_scale: The scale of the domain ratings: the 4-point scale by
            default.

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
    outcome: ConferenceOutcome = ConferenceOutcome.HELD
    rescheduled_to: date | None = None
    remote: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    language_domains: tuple[DomainRating, ...] = attrs.field(
        default=(), converter=to_tuple
    )
    domain_scale: Scale = FOUR_POINT

    def __attrs_post_init__(self) -> None:
        check = Checker()
        kind_ok = check.member("kind", self.kind, ConferenceKind)
        student_ok = check.identifier("student", self.student)
        day_ok = check.day("held_on", self.held_on)
        people_ok = check.items(
            "attended",
            self.attended,
            lambda p, v: check.instance(p, v, Person),
            non_empty=True,
        ) and check.unique("attended", self.attended, lambda p: p.id, "id")
        check.items("notes", self.notes, check.text)
        goals_ok = check.items("goals_agreed", self.goals_agreed, check.text)
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
        outcome_ok = check.member("outcome", self.outcome, ConferenceOutcome)
        rescheduled_ok = check.optional_day("rescheduled_to", self.rescheduled_to)
        remote_ok = check.items(
            "remote", self.remote, check.identifier
        ) and check.unique("remote", self.remote, lambda value: value, "id")
        if people_ok and remote_ok:
            self._check_remote(check)
        domains_ok = self._check_domains(check)
        if outcome_ok and kind_ok and student_ok and people_ok:
            self._check_outcome(
                check, goals_ok=goals_ok, links_ok=links_ok, domains_ok=domains_ok
            )
        if outcome_ok and rescheduled_ok:
            self._check_rescheduled(check, day_ok=day_ok)
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
            self._check_days(check, check_in_ok=check_in_ok, follow_ok=follow_ok)
        if links_ok and student_ok:
            for index, link in enumerate(self.discussed):
                if link.student != self.student:
                    check.add(
                        f"discussed[{index}].student",
                        f"must be the record's student {shown(self.student)} "
                        f"(got {shown(link.student)})",
                    )
        check.done()

    def _check_remote(self, check: Checker) -> None:
        came = {person.id for person in self.attended}
        for index, person_id in enumerate(self.remote):
            if person_id not in came:
                check.add(
                    f"remote[{index}]",
                    f"must be the id of someone who attended (got {shown(person_id)})",
                )

    def _check_domains(self, check: Checker) -> bool:
        scale_ok = check.instance("domain_scale", self.domain_scale, Scale)
        if not check.items("language_domains", self.language_domains, DomainRating):
            return False
        ok = check.unique(
            "language_domains",
            self.language_domains,
            lambda rating: rating.domain,
            "domain",
        )
        rated = {rating.domain for rating in self.language_domains}
        missing = [domain for domain in LanguageDomain if domain not in rated]
        if rated and missing:
            # The practice: an English learner's conference covers the four
            # domains, reading, writing, speaking and listening, together.
            names = ", ".join(shown(domain.value) for domain in missing)
            check.add(
                "language_domains",
                "must rate all four domains (reading, speaking, writing, listening) "
                f"when any is rated (missing {names})",
            )
            ok = False
        if scale_ok:
            points = {level.points for level in self.domain_scale.levels}
            allowed = ", ".join(f"{p:g}" for p in sorted(points))
            for index, rating in enumerate(self.language_domains):
                for field in ("rating", "teacher_rating"):
                    value = getattr(rating, field)
                    if value is not None and value not in points:
                        check.add(
                            f"language_domains[{index}].{field}",
                            "must be the points of a level of "
                            f"{shown(self.domain_scale.id)} ({allowed}) "
                            f"(got {shown(value)})",
                        )
                        ok = False
        return ok

    def _check_days(
        self, check: Checker, *, check_in_ok: bool, follow_ok: bool
    ) -> None:
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

    def _check_outcome(
        self, check: Checker, *, goals_ok: bool, links_ok: bool, domains_ok: bool
    ) -> None:
        there = any(person.id == self.student for person in self.attended)
        if self.outcome is ConferenceOutcome.HELD:
            # The practice: the student leads a student-led conference.
            if self.kind in _STUDENT_LED and not there:
                check.add(
                    "attended",
                    f"must include the student {shown(self.student)}, who leads a "
                    "held student-led conference (got none)",
                )
        else:
            if there:
                check.add(
                    "attended",
                    f"must not include the student {shown(self.student)} when the "
                    f"outcome is {shown(self.outcome.value)}",
                )
            if goals_ok and self.goals_agreed:
                check.add(
                    "goals_agreed",
                    "must be empty for a conference not held "
                    f"(got {len(self.goals_agreed)})",
                )
            if links_ok and self.discussed:
                check.add(
                    "discussed",
                    "must be empty for a conference not held "
                    f"(got {len(self.discussed)})",
                )
            if domains_ok and self.language_domains:
                check.add(
                    "language_domains",
                    "must be empty for a conference not held "
                    f"(got {len(self.language_domains)})",
                )

    def _check_rescheduled(self, check: Checker, *, day_ok: bool) -> None:
        day = self.rescheduled_to
        if day is None:
            return
        if self.outcome is ConferenceOutcome.HELD:
            check.add(
                "rescheduled_to",
                f"must be None for a held conference (got {day.isoformat()})",
            )
        elif day_ok and day <= self.held_on:
            check.add(
                "rescheduled_to",
                f"must be after held_on ({self.held_on.isoformat()}) "
                f"(got {day.isoformat()})",
            )

    @property
    def held(self) -> bool:
        """Whether the conference was held (whoever came)."""
        return self.outcome is ConferenceOutcome.HELD

    @property
    def needs_rescheduling(self) -> bool:
        """Whether the conference was not held and has no new day yet."""
        return not self.held and self.rescheduled_to is None

    @property
    def family_attended(self) -> bool:
        """Whether a family member attended, in the room or remotely."""
        return any(person.role is Role.FAMILY for person in self.attended)

    @property
    def goal_setters(self) -> tuple[Role, ...]:
        """The roles that set the goals together; none when it was not held.

        The student, the family and the teacher, those of them who attended, in
        that order: without the family, the student and the teacher set the goals
        together (the practice holds the conference when no parent comes).
        """
        if not self.held:
            return ()
        roles = {person.role for person in self.attended}
        if not any(person.id == self.student for person in self.attended):
            roles.discard(Role.STUDENT)
        return tuple(role for role in _GOAL_SETTERS if role in roles)

    def domain_rating(self, domain: LanguageDomain) -> DomainRating | None:
        """Return the rating of one language domain, or ``None`` if none was recorded.

        Raises:
            ArgumentTypeError: If *domain* is not a
                `~selfassess.tracking.LanguageDomain`.
        """
        check = Arguments()
        check.member("domain", domain, LanguageDomain)
        check.done()
        for rating in self.language_domains:
            if rating.domain is domain:
                return rating
        return None


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
    remote: Iterable[str] = (),
    rescheduled_to: date | None = None,
    language_domains: Iterable[DomainRating] = (),
    domain_scale: Scale = FOUR_POINT,
) -> ConferenceRecord:
    """Start the record of a conference from its agenda.

    Everyone on the agenda attended except those *absent*, those in *remote* by
    video or phone; the data discussed is the agenda's links. A student-led
    conference whose student is absent was not held (the student leads it): the
    record's outcome is `ConferenceOutcome.STUDENT_ABSENT`, nothing was discussed,
    and it is to be rescheduled (to *rescheduled_to*, when the day is known). A
    conference without the family is held, and the student and the teacher set
    the goals together.

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
        remote: The ids of the participants who joined remotely: a list or any
            other iterable (not a single string); they attended.
        rescheduled_to: The day a conference not held is rescheduled to, if
            known; only for a conference not held.
        language_domains: An English learner's self-ratings in the four language
            domains: all four or none (see `ConferenceRecord`).
        domain_scale: The scale of those ratings; the 4-point scale by default.

    Returns:
        The record.

    Raises:
        ArgumentTypeError: If an argument is not of the kind it takes: *agenda* not
            an `Agenda`, *held_on* not a date, *absent*, *notes*, *goals_agreed* or
            *follow_ups* or *remote* not a list (a string, ``None``),
            *next_check_in* or *rescheduled_to* neither ``None`` nor a date,
            *private_time_requested* not ``True`` or ``False``,
            *language_domains* not a list of `DomainRating`, or *domain_scale*
            not a `~selfassess.Scale`.
        InvalidDataError: If an id in *absent* or *remote* is not a participant's,
            someone is both absent and remote, or the record breaks a rule of
            `ConferenceRecord` (such as a note that is not a string, a check-in
            before the conference, goals agreed at a conference not held, or a
            held conference rescheduled, or some of the four language domains
            rated but not all).

    Example:
        >>> from datetime import date
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import STUDENT_LED_FIRST, record_from_agenda
        >>> agenda = STUDENT_LED_FIRST.agenda(student="ana", participants=[
        ...     Person(id="ana", name="Ana", role=Role.STUDENT),
        ...     Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER),
        ...     Person(id="mom", name="Ana's mother", role=Role.FAMILY)])
        >>> record = record_from_agenda(agenda, held_on=date(2026, 11, 18),
        ...     absent=["ana"], rescheduled_to=date(2026, 11, 20))
        >>> record.held, record.outcome.value, record.rescheduled_to
        (False, 'student_absent', datetime.date(2026, 11, 20))
        >>> record = record_from_agenda(agenda, held_on=date(2026, 11, 18),
        ...     remote=["mom"], goals_agreed=["Read 20 minutes each night."])
        >>> record.held, record.remote, record.family_attended
        (True, ('mom',), True)
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
    joined = check.check.listed("remote", remote, "participant ids")
    check.optional_day("rescheduled_to", rescheduled_to)
    rated = check.items("language_domains", language_domains, DomainRating)
    check.instance("domain_scale", domain_scale, Scale)
    check.done()
    known = {person.id for person in agenda.participants}
    rules = Checker(arguments=True)
    for name, ids in (("absent", missing), ("remote", joined)):
        for index, person_id in enumerate(ids):
            if not isinstance(person_id, str) or person_id not in known:
                rules.add(
                    f"{name}[{index}]",
                    f"must be a participant's id (got {shown(person_id)})",
                )
            elif name == "remote" and person_id in missing:
                rules.add(
                    f"remote[{index}]",
                    f"must not be absent too (got {shown(person_id)})",
                )
    rules.done()
    absent_ids = set(missing)
    not_held = agenda.kind in _STUDENT_LED and agenda.student in absent_ids
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
        discussed=() if not_held else agenda.links,
        outcome=ConferenceOutcome.STUDENT_ABSENT
        if not_held
        else ConferenceOutcome.HELD,
        rescheduled_to=rescheduled_to,
        remote=tuple(dict.fromkeys(joined)),
        language_domains=rated,
        domain_scale=domain_scale,
    )


@attrs.frozen(kw_only=True)
class FamilyParticipation:
    """How many conferences a family member attended.

    Attributes:
        conferences: The number of conferences held; at most a billion, like every
            count the library keeps (a district holds far fewer).
        with_family: How many of them a family member attended, in the room or
            remotely.
        rate: ``with_family / conferences``, from 0 to 1; ``None`` when no
            conference was held.
        not_held: The number of conferences not held (such as a student-led
            conference whose student was absent), counted apart: a conference not
            held is no family's absence.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    conferences: int = integer_field()
    with_family: int = integer_field()
    rate: float | None = number_field(minimum=0, maximum=1, optional=True)
    not_held: int = integer_field(default=0)

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
    """Return the share of the conferences held that a family member attended.

    A family member who joined remotely attended. A conference not held (its
    student was absent) is counted in ``not_held`` only: it is rescheduled, and
    neither a conference the family missed nor one they came to.

    Args:
        records: The records of the conferences held, of any kinds a tool chooses
            (such as the student-led conferences of a term).

    Returns:
        The count of conferences held, the count with a family member present,
        their ratio (``None`` when none was held), and the count not held.

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
        >>> ana = Person(id="ana", name="Ana", role=Role.STUDENT)
        >>> ben = Person(id="ben", name="Ben", role=Role.STUDENT)
        >>> held = [ConferenceRecord(kind=ConferenceKind.STUDENT_LED_FIRST,
        ...     student=people[0].id, held_on=date(2026, 11, 18), attended=people)
        ...     for people in [[ana, teacher, mom], [ben, teacher]]]
        >>> family_participation(held).rate
        0.5
    """
    check = Arguments()
    given = check.items("records", records, ConferenceRecord)
    check.done()
    held = [record for record in given if record.held]
    with_family = sum(record.family_attended for record in held)
    rate = with_family / len(held) if held else None
    return FamilyParticipation(
        conferences=len(held),
        with_family=with_family,
        rate=rate,
        not_held=len(given) - len(held),
    )
