"""Agendas: who meets, who leads, and the time-boxed items with their prompts and data.

An agenda item points at the data it discusses through a `Link`: a small value naming
the kind of object (a self/teacher comparison, a standard's mastery, a goal, a
fraction bar, an artifact, a tracker ...), its id, and the student it belongs to. A
link never holds the object itself, so an agenda can point at any package's data
without depending on it, and a tool checks that the links resolve with
`Agenda.check_links`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from selfassess._people import Person, Role
from selfassess._repr import short_repr
from selfassess._validate import (
    MAX_MINUTES,
    Arguments,
    Checker,
    integer_field,
    shown,
    to_tuple,
)
from selfassess.conference._prompts import Prompt
from selfassess.errors import InvalidDataError, NotFoundError, Problem

__all__ = ["Agenda", "AgendaItem", "ConferenceKind", "Link", "LinkKind"]


class ConferenceKind(enum.Enum):
    """The kinds of conference the practice holds."""

    SELF_ASSESSMENT = "self_assessment"
    """A 3-5 minute talk with one student about their self-assessment form."""
    STUDENT_LED_FIRST = "student_led_first"
    """The first student-led conference of the year, with the family."""
    STUDENT_LED_SECOND = "student_led_second"
    """The second student-led conference, where goals are reviewed with fraction bars."""
    DATA_REVIEW = "data_review"
    """A one-on-one data review and goal-setting conference in a mastery class."""
    THREE_WAY = "three_way"
    """Student, family and teacher together, on work samples and strategies."""
    COLLABORATION = "collaboration"
    """A short conference on how a student works with a group."""
    WORK_HABITS = "work_habits"
    """A short conference on time on task and work habits."""


class LinkKind(enum.Enum):
    """The kind of object an agenda item points at."""

    COMPARISON = "comparison"
    """A student's self-assessment set beside the teacher's."""
    SELF_ASSESSMENT = "self_assessment"
    """A self-assessment form on a learning target."""
    SELF_REPORT_CARD = "self_report_card"
    """The student's self-report card."""
    REPORT_CARD = "report_card"
    """The teacher's report card."""
    STANDARD_MASTERY = "standard_mastery"
    """A standard's mastery estimate; the id is the standard's."""
    GOAL = "goal"
    """A goal."""
    FRACTION_BAR = "fraction_bar"
    """A goal's fraction bar; the id is the goal's."""
    THREE_PLUSES = "three_pluses"
    """A Three Pluses and a Goal sheet."""
    WORK_PLAN = "work_plan"
    """A work plan."""
    ARTIFACT = "artifact"
    """A portfolio artifact (`selfassess.Artifact`)."""
    TRACKER = "tracker"
    """A self-reported data tracker."""
    ON_TASK = "on_task"
    """Time-on-task ratings."""
    IEP_GOAL = "iep_goal"
    """A goal of the student's individualised education programme."""
    ACCOMMODATION = "accommodation"
    """An accommodation the student has."""
    GROUP = "group"
    """A small group or a peer tutor suggested for a standard."""
    EVIDENCE = "evidence"
    """An assessment's evidence, such as a quick check's result."""


@attrs.frozen(kw_only=True)
class Link:
    """A pointer from an agenda item to one object of the student's data.

    Attributes:
        kind: What kind of object it points at.
        ref: The object's id (for `LinkKind.STANDARD_MASTERY` and
            `LinkKind.FRACTION_BAR`, the standard's or the goal's id).
        student: The id of the student the object belongs to.
        label: A short human label, such as ``"4.NF.1 (near mastery)"``; may be
            empty.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    kind: LinkKind
    ref: str
    student: str
    label: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, LinkKind)
        check.identifier("ref", self.ref)
        check.identifier("student", self.student)
        check.text("label", self.label, empty=True)
        check.done()

    @property
    def key(self) -> tuple[LinkKind, str, str]:
        """The kind, id and student of the link, which identify it; the label aside."""
        return (self.kind, self.ref, self.student)


@attrs.frozen(kw_only=True)
class AgendaItem:
    """One time-boxed part of a conference.

    Attributes:
        title: What the part is, such as ``"Review data and celebrate progress"``.
        minutes: Its time box, in whole minutes; from 1 to a day (1,440), as no
            part of a conference lasts longer.
        speaker: The role that speaks, such as the student in a student-led
            conference.
        prompts: The sentence stems that open it.
        links: The data it discusses.
        student_says: The item in the student's own voice, for a rehearsal script,
            such as ``"show you my self-report card"``; empty for the default.
        reason: Why the item is on the agenda, such as ``"Largest gap between
            self and teacher ratings"``; empty when it comes from a template.
        private: Whether the student is away for it, as for private time a family
            asked for with the teacher; a private item is never the student's to
            speak, and a rehearsal script leaves it out.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    title: str
    minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    speaker: Role
    prompts: tuple[Prompt, ...] = attrs.field(default=(), converter=to_tuple)
    links: tuple[Link, ...] = attrs.field(default=(), converter=to_tuple)
    student_says: str = ""
    reason: str = ""
    private: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("title", self.title)
        check.declared(self)
        speaker_ok = check.member("speaker", self.speaker, Role)
        private_ok = check.boolean("private", self.private)
        if speaker_ok and private_ok and self.private and self.speaker is Role.STUDENT:
            check.add(
                "speaker",
                "must not be the student in a private item, which the student "
                "is away for (got 'student')",
            )
        check.items("prompts", self.prompts, Prompt)
        if check.items("links", self.links, Link):
            check.unique("links", self.links, lambda link: link.key, "link")
        check.text("student_says", self.student_says, empty=True)
        check.text("reason", self.reason, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class Agenda:
    """A conference's plan: its kind, who takes part, who leads, and its items.

    The rules: the student is a participant with the student role; the leader (and
    the facilitator, if any) are participants; every item's speaker is the role of a
    participant; the items fit the slot, alone and together; every link points at
    an object of this student's.

    Attributes:
        kind: The kind of conference.
        student: The id of the student the conference is about.
        participants: Everyone planned to take part, each once.
        leader: The id of the participant who leads: the student in a student-led
            conference, the teacher otherwise.
        slot_minutes: The length of the slot, in whole minutes; from 1 to a day
            (1,440): conferences last minutes (3-5 for a self-assessment
            conference, 20-30 for a student-led one), never more than a day.
        items: The items, in order.
        facilitator: The id of the participant who facilitates (the teacher, when
            the student leads); ``None`` when there is none.
        title: A title for the agenda; may be empty.
        afterwards: What is done straight after, such as the teacher's quick notes.
        language: The language its words are written in, as a tag such as
            ``"es"``: the planner's and the templates' ``language``. The rehearsal
            script and the printed forms are written in it unless told otherwise.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path,
            such as ``items[2].minutes: must fit the 5-minute slot (got 7)``.
    """

    __repr__ = short_repr

    kind: ConferenceKind
    student: str
    participants: tuple[Person, ...] = attrs.field(converter=to_tuple)
    leader: str
    slot_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    items: tuple[AgendaItem, ...] = attrs.field(converter=to_tuple)
    facilitator: str | None = None
    title: str = ""
    afterwards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    language: str = "en"

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, ConferenceKind)
        check.identifier("language", self.language)
        student_ok = check.identifier("student", self.student)
        people_ok = check.items(
            "participants",
            self.participants,
            lambda p, v: check.instance(p, v, Person),
            non_empty=True,
        ) and check.unique(
            "participants", self.participants, lambda person: person.id, "id"
        )
        leader_ok = check.identifier("leader", self.leader)
        facilitator_ok = check.optional_identifier("facilitator", self.facilitator)
        slot_ok = check.declared(self)["slot_minutes"]
        items_ok = check.items(
            "items", self.items, lambda p, v: check.instance(p, v, AgendaItem)
        )
        check.text("title", self.title, empty=True)
        check.items("afterwards", self.afterwards, check.text)
        if people_ok:
            roles = {person.id: person.role for person in self.participants}
            if student_ok and roles.get(self.student) is not Role.STUDENT:
                check.add(
                    "student",
                    f"must be a participant with the student role (got {shown(self.student)})",
                )
            if leader_ok and self.leader not in roles:
                check.add(
                    "leader", f"must be a participant's id (got {shown(self.leader)})"
                )
            if (
                facilitator_ok
                and self.facilitator is not None
                and self.facilitator not in roles
            ):
                check.add(
                    "facilitator",
                    f"must be a participant's id (got {shown(self.facilitator)})",
                )
            if items_ok:
                present = set(roles.values())
                for index, item in enumerate(self.items):
                    if item.speaker not in present:
                        check.add(
                            f"items[{index}].speaker",
                            f"must be the role of a participant (got {shown(item.speaker.value)})",
                        )
        if items_ok and student_ok:
            for index, item in enumerate(self.items):
                for number, link in enumerate(item.links):
                    if link.student != self.student:
                        check.add(
                            f"items[{index}].links[{number}].student",
                            f"must be the agenda's student {shown(self.student)} "
                            f"(got {shown(link.student)})",
                        )
        if items_ok and slot_ok:
            self._check_fit(check)
        check.done()

    def _check_fit(self, check: Checker) -> None:
        slot = self.slot_minutes
        long_items = False
        for index, item in enumerate(self.items):
            if item.minutes > slot:
                long_items = True
                check.add(
                    f"items[{index}].minutes",
                    f"must fit the {slot}-minute slot (got {item.minutes})",
                )
        total = self.total_minutes
        if not long_items and total > slot:
            check.add(
                "items",
                f"must fit the {slot}-minute slot together (got {total} minutes)",
            )

    @property
    def total_minutes(self) -> int:
        """The minutes the items take together."""
        return sum(item.minutes for item in self.items)

    @property
    def spare_minutes(self) -> int:
        """The minutes of the slot the items leave free; never negative."""
        return self.slot_minutes - self.total_minutes

    @property
    def links(self) -> tuple[Link, ...]:
        """Every link of every item, each once, in order of first appearance."""
        seen: set[tuple[LinkKind, str, str]] = set()
        found = []
        for item in self.items:
            for link in item.links:
                if link.key not in seen:
                    seen.add(link.key)
                    found.append(link)
        return tuple(found)

    def participant(self, person_id: str) -> Person:
        """Return the participant with this id.

        Raises:
            ArgumentTypeError: If *person_id* is not a string.
            NotFoundError: If no participant has this id (a `KeyError`).
        """
        check = Arguments()
        check.text("person_id", person_id, empty=True)
        check.done()
        for person in self.participants:
            if person.id == person_id:
                return person
        message = f"no participant of the agenda has the id {shown(person_id)}"
        raise NotFoundError(message, key=person_id)

    def with_role(self, role: Role) -> tuple[Person, ...]:
        """Return the participants with this role, in order; none may have it.

        Raises:
            ArgumentTypeError: If *role* is not a `~selfassess.Role`.
        """
        check = Arguments()
        check.member("role", role, Role)
        check.done()
        return tuple(person for person in self.participants if person.role is role)

    def check_links(self, available: Iterable[Link]) -> None:
        """Check that every link points at an object that exists.

        A tool builds *available* from the student's data (one `Link` per
        comparison, estimate, goal, artifact ... it holds) and calls this before
        showing the agenda. Labels are ignored: only kind, id and student count.

        Args:
            available: A link for each object that exists: a list, a set or any
                other iterable.

        Raises:
            ArgumentTypeError: If *available* is not a list (``None``, a number, a
                string, a mapping).
            InvalidDataError: Listing each link that points at nothing, with its
                path, such as ``items[1].links[0]: must point at an existing goal
                (got 'g9')``; or if an item of *available* is not a `Link`.
        """
        check = Arguments()
        given = check.items("available", available, Link)
        check.done()
        known = {link.key for link in given}
        problems = [
            Problem(
                f"items[{index}].links[{number}]",
                f"must point at an existing {link.kind.value.replace('_', ' ')} "
                f"(got {shown(link.ref)})",
            )
            for index, item in enumerate(self.items)
            for number, link in enumerate(item.links)
            if link.key not in known
        ]
        if problems:
            raise InvalidDataError(problems)
