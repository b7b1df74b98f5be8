"""Templates from the practice: each conference's items, default minutes and prompts.

A `Template` turns into an `Agenda` for one student with `Template.agenda`: the items
whose speaker is present are kept, their minutes are fitted to the slot with
`allocate_minutes`, and the links given are routed to the items that want their kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from selfassess._people import Person, Role
from selfassess._validate import Checker, shown, to_tuple
from selfassess.conference._agenda import (
    Agenda,
    AgendaItem,
    ConferenceKind,
    Link,
    LinkKind,
)
from selfassess.conference._prompts import PROMPT_BANK, Prompt
from selfassess.errors import InvalidDataError, Problem

__all__ = [
    "COLLABORATION_CONFERENCE",
    "DATA_REVIEW_CONFERENCE",
    "SELF_ASSESSMENT_CONFERENCE",
    "STUDENT_LED_FIRST",
    "STUDENT_LED_SECOND",
    "TEMPLATES",
    "THREE_WAY_CONFERENCE",
    "WORK_HABITS_CONFERENCE",
    "Template",
    "TemplateItem",
    "allocate_minutes",
    "template_for",
]


def allocate_minutes(weights: Iterable[int], total: int) -> tuple[int, ...]:
    """Share *total* whole minutes among items in proportion to *weights*.

    The largest-remainder (Hamilton) method: each item gets the whole part of its
    share, the minutes left go to the largest remainders (the earlier item on a tie),
    then any item left with no minute takes one from the largest item (the later on
    a tie). When *total* equals the sum of the weights, the weights come back
    unchanged.

    Args:
        weights: Each item's default minutes; each at least 1.
        total: The minutes to share; at least one per item.

    Returns:
        Each item's minutes, in order, summing to *total*, each at least 1.

    Raises:
        InvalidDataError: If a weight is not a whole number of at least 1, or
            *total* is less than the number of items.

    Example:
        >>> from selfassess.conference import allocate_minutes
        >>> allocate_minutes([1, 2, 1, 1], 4)
        (1, 1, 1, 1)
        >>> allocate_minutes([6, 5, 5, 4, 4, 1], 30)
        (7, 6, 6, 5, 5, 1)
    """
    if isinstance(weights, (str, bytes)) or not isinstance(weights, Iterable):
        message = f"must be a list of whole numbers (got {shown(weights)})"
        raise InvalidDataError.single("weights", message)
    given = tuple(weights)
    check = Checker()
    items_ok = check.items(
        "weights",
        given,
        lambda path, value: check.integer(path, value, minimum=1),
        non_empty=True,
    )
    if check.integer("total", total, minimum=1) and items_ok and total < len(given):
        check.add(
            "total",
            f"must be at least {len(given)}, one minute per item (got {total})",
        )
    check.done()
    whole = sum(given)
    shares = [divmod(weight * total, whole) for weight in given]
    minutes = [quotient for quotient, _ in shares]
    left = total - sum(minutes)
    by_remainder = sorted(
        range(len(given)), key=lambda index: (-shares[index][1], index)
    )
    for index in by_remainder[:left]:
        minutes[index] += 1
    for index in range(len(minutes)):
        if minutes[index] == 0:
            donor = max(range(len(minutes)), key=lambda i: (minutes[i], i))
            minutes[donor] -= 1
            minutes[index] = 1
    return tuple(minutes)


@attrs.frozen(kw_only=True)
class TemplateItem:
    """One item of a template: a default time box, its speaker, prompts and data.

    Attributes:
        title: What the part is.
        minutes: Its default time box, in whole minutes; at least 1.
        speaker: The role that speaks.
        prompts: Its sentence stems.
        wants: The kinds of link it discusses; `Template.agenda` gives it the links
            of these kinds.
        student_says: The item in the student's own voice, for a rehearsal script.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    title: str
    minutes: int
    speaker: Role
    prompts: tuple[Prompt, ...] = attrs.field(default=(), converter=to_tuple)
    wants: tuple[LinkKind, ...] = attrs.field(default=(), converter=to_tuple)
    student_says: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("title", self.title)
        check.integer("minutes", self.minutes, minimum=1)
        check.member("speaker", self.speaker, Role)
        check.items("prompts", self.prompts, lambda p, v: check.instance(p, v, Prompt))
        if check.items("wants", self.wants, lambda p, v: check.member(p, v, LinkKind)):
            check.unique("wants", self.wants, lambda kind: kind.value, "kind")
        check.text("student_says", self.student_says, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class Template:
    """A kind of conference as the practice runs it: items, minutes and prompts.

    Attributes:
        kind: The kind of conference.
        name: Its name, such as ``"Self-assessment conference"``.
        slot_minutes: The default length of its slot; the items fit in it.
        leader: The role that leads.
        items: Its items, in order; at least one.
        facilitator: The role that facilitates when another leads, if any.
        afterwards: What is done straight after.
        source: Where the practice comes from, in a few words.

    Raises:
        InvalidDataError: If a field breaks its rule or the items do not fit.
    """

    kind: ConferenceKind
    name: str
    slot_minutes: int
    leader: Role
    items: tuple[TemplateItem, ...] = attrs.field(converter=to_tuple)
    facilitator: Role | None = None
    afterwards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, ConferenceKind)
        check.text("name", self.name)
        slot_ok = check.integer("slot_minutes", self.slot_minutes, minimum=1)
        check.member("leader", self.leader, Role)
        items_ok = check.items(
            "items",
            self.items,
            lambda p, v: check.instance(p, v, TemplateItem),
            non_empty=True,
        )
        if self.facilitator is not None:
            check.member("facilitator", self.facilitator, Role)
        check.items("afterwards", self.afterwards, check.text)
        check.text("source", self.source, empty=True)
        if slot_ok and items_ok:
            total = sum(item.minutes for item in self.items)
            if total > self.slot_minutes:
                check.add(
                    "items",
                    f"must fit the {self.slot_minutes}-minute slot together "
                    f"(got {total} minutes)",
                )
        check.done()

    def agenda(
        self,
        *,
        student: str,
        participants: Iterable[Person],
        slot_minutes: int | None = None,
        links: Iterable[Link] = (),
        leader: str | None = None,
        facilitator: str | None = None,
        title: str | None = None,
    ) -> Agenda:
        """Build this conference's agenda for one student.

        Items whose speaker has no participant (a parent's part when no parent
        comes) are left out. Without *slot_minutes* the items keep their default
        minutes and the slot is the template's; with it, the kept items' minutes
        are stretched or shrunk to fill the slot exactly (`allocate_minutes`).
        Each item receives the *links* whose kind it wants, in the order given.

        Args:
            student: The student's id; a participant with the student role.
            participants: Everyone taking part.
            slot_minutes: The slot's length, if not the template's.
            links: The student's data the conference discusses.
            leader: The leader's id; by default the first participant whose role
                is the template's leader.
            facilitator: The facilitator's id; by default the first participant
                whose role is the template's facilitator, if any.
            title: The agenda's title; by default the template's name.

        Returns:
            The agenda.

        Raises:
            InvalidDataError: If no participant can lead, the slot is shorter than
                one minute per item, or the agenda breaks a rule of `Agenda`
                (such as a link to another student's data).

        Example:
            >>> from selfassess import Person, Role
            >>> from selfassess.conference import SELF_ASSESSMENT_CONFERENCE
            >>> agenda = SELF_ASSESSMENT_CONFERENCE.agenda(student="ana", participants=[
            ...     Person(id="ana", name="Ana", role=Role.STUDENT),
            ...     Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER),
            ... ], slot_minutes=4)
            >>> [(item.title, item.minutes) for item in agenda.items]  # doctest: +NORMALIZE_WHITESPACE
            [('The self-assessment form', 1), ('Successes, struggles and participation', 2),
             ('Praise and steps to fix errors', 1)]
        """
        people = tuple(participants)
        given_links = tuple(links)
        check = Checker()
        check.items("participants", people, lambda p, v: check.instance(p, v, Person))
        check.items("links", given_links, lambda p, v: check.instance(p, v, Link))
        check.done()
        present = {person.role for person in people}
        kept = [item for item in self.items if item.speaker in present]
        if not kept:
            message = "must include a speaker of at least one item (got none)"
            raise InvalidDataError.single("participants", message)
        if slot_minutes is None:
            slot = self.slot_minutes
            minutes = tuple(item.minutes for item in kept)
        else:
            slot = slot_minutes
            try:
                minutes = allocate_minutes([item.minutes for item in kept], slot)
            except InvalidDataError as error:
                raise InvalidDataError(
                    Problem("slot_minutes", problem.message)
                    for problem in error.problems
                ) from None
        chosen_leader = (
            leader if leader is not None else self._first(people, self.leader)
        )
        if chosen_leader is None:
            message = f"must include someone with the {self.leader.value} role to lead"
            raise InvalidDataError.single("participants", message)
        chosen_facilitator = facilitator
        if chosen_facilitator is None and self.facilitator is not None:
            chosen_facilitator = self._first(people, self.facilitator)
        items = [
            AgendaItem(
                title=item.title,
                minutes=count,
                speaker=item.speaker,
                prompts=item.prompts,
                links=[link for link in given_links if link.kind in item.wants],
                student_says=item.student_says,
            )
            for item, count in zip(kept, minutes, strict=True)
        ]
        return Agenda(
            kind=self.kind,
            student=student,
            participants=people,
            leader=chosen_leader,
            facilitator=chosen_facilitator,
            slot_minutes=slot,
            items=items,
            title=self.name if title is None else title,
            afterwards=self.afterwards,
        )

    @staticmethod
    def _first(people: tuple[Person, ...], role: Role) -> str | None:
        for person in people:
            if person.role is role:
                return person.id
        return None


def _item(  # noqa: PLR0917 (a row of a template reads best positionally)
    title: str,
    minutes: int,
    speaker: Role,
    prompts: Sequence[str] = (),
    wants: Sequence[LinkKind] = (),
    says: str = "",
) -> TemplateItem:
    return TemplateItem(
        title=title,
        minutes=minutes,
        speaker=speaker,
        prompts=[PROMPT_BANK.get(prompt_id) for prompt_id in prompts],
        wants=wants,
        student_says=says,
    )


_S, _T, _F = Role.STUDENT, Role.TEACHER, Role.FAMILY
_L = LinkKind

SELF_ASSESSMENT_CONFERENCE = Template(
    kind=ConferenceKind.SELF_ASSESSMENT,
    name="Self-assessment conference",
    slot_minutes=5,
    leader=_T,
    items=(
        _item(
            "The self-assessment form",
            1,
            _S,
            ["self-grade"],
            [_L.SELF_ASSESSMENT, _L.COMPARISON],
            "show you my self-assessment form",
        ),
        _item(
            "Successes, struggles and participation",
            2,
            _S,
            ["strengths", "struggles", "participation"],
            [_L.STANDARD_MASTERY, _L.ARTIFACT],
            "tell you what went well, what was hard and how I took part",
        ),
        _item(
            "Praise and steps to fix errors",
            2,
            _T,
            ["praise", "fix-errors", "help-more"],
            [_L.EVIDENCE, _L.GROUP],
            "hear what I did well and make a plan to fix my mistakes",
        ),
    ),
    afterwards=("The teacher writes quick notes straight after.",),
    source="Self-assessment conference, 3-5 minutes, while the class works in stations",
)
"""The self-assessment conference: 5 minutes (it runs 3-5), one student."""

STUDENT_LED_FIRST = Template(
    kind=ConferenceKind.STUDENT_LED_FIRST,
    name="Student-led conference (first of the year)",
    slot_minutes=25,
    leader=_S,
    facilitator=_T,
    items=(
        _item(
            "My self-report card",
            6,
            _S,
            ["self-grade", "strengths"],
            [_L.SELF_REPORT_CARD, _L.ARTIFACT],
            "show you my self-report card and the grades I gave myself",
        ),
        _item(
            "The teacher's report card beside it",
            5,
            _T,
            ["compare-ratings"],
            [_L.REPORT_CARD, _L.COMPARISON],
            "compare my report card with my teacher's",
        ),
        _item(
            "Three Pluses and a Goal",
            5,
            _S,
            ["three-pluses"],
            [_L.THREE_PLUSES, _L.GOAL],
            "tell you three things I do well and one goal",
        ),
        _item(
            "Family's strengths and one goal",
            4,
            _F,
            ["parent-strengths-goal", "parent-proud"],
            (),
            "listen to the strengths you see in me and one goal you have for me",
        ),
        _item(
            "Teacher's strengths and one goal",
            4,
            _T,
            ["teacher-strengths-goal"],
            (),
            "listen to the strengths my teacher sees and one goal for me",
        ),
        _item("Questions", 1, _S, ["questions"], (), "answer your questions"),
    ),
    afterwards=("The student keeps the Three Pluses and a Goal sheets.",),
    source="Student-led conference, first of two a year",
)
"""The first student-led conference: 25 minutes; the student leads, the teacher
facilitates."""

STUDENT_LED_SECOND = Template(
    kind=ConferenceKind.STUDENT_LED_SECOND,
    name="Student-led conference (second of the year)",
    slot_minutes=25,
    leader=_S,
    facilitator=_T,
    items=(
        _item(
            "Self-evaluation of my goals",
            9,
            _S,
            ["goal-progress", "show-evidence"],
            [_L.GOAL, _L.FRACTION_BAR, _L.ARTIFACT],
            "show you how far I have come on each goal, with my fraction bars and my work",
        ),
        _item(
            "My self-report card",
            6,
            _S,
            ["self-grade", "growth"],
            [_L.SELF_REPORT_CARD, _L.REPORT_CARD, _L.COMPARISON],
            "show you my self-report card and how I grew",
        ),
        _item(
            "The next Three Pluses and a Goal",
            5,
            _S,
            ["three-pluses", "next-goal"],
            [_L.THREE_PLUSES],
            "tell you three things I do well and my next goal",
        ),
        _item(
            "Family's thoughts",
            4,
            _F,
            ["parent-help", "parent-hard"],
            (),
            "listen to your thoughts and how you can help at home",
        ),
        _item("Questions", 1, _S, ["questions"], (), "answer your questions"),
    ),
    afterwards=("The student files the self-evaluation in the portfolio.",),
    source="Student-led conference, second of two a year",
)
"""The second student-led conference: 25 minutes; goals shown with fraction bars."""

DATA_REVIEW_CONFERENCE = Template(
    kind=ConferenceKind.DATA_REVIEW,
    name="Data review and goal-setting conference",
    slot_minutes=10,
    leader=_T,
    items=(
        _item(
            "Review goals against the teacher's analysis",
            2,
            _S,
            ["goal-progress", "compare-ratings"],
            [_L.GOAL, _L.FRACTION_BAR, _L.COMPARISON],
            "show you my goals and compare them with your analysis",
        ),
        _item(
            "Review the work plan",
            1,
            _S,
            ["work-plan"],
            [_L.WORK_PLAN],
            "tell you how my work plan is going",
        ),
        _item(
            "Review data and celebrate progress",
            2,
            _T,
            ["growth", "praise"],
            [_L.STANDARD_MASTERY, _L.TRACKER],
            "look at my data and celebrate my progress",
        ),
        _item(
            "Quick check where a standard is near mastery",
            2,
            _T,
            ["quick-check"],
            [_L.EVIDENCE],
            "try a quick check on a standard I am close to mastering",
        ),
        _item(
            "What still feels hard, and who can help",
            2,
            _S,
            ["still-hard", "help-more"],
            [_L.GROUP, _L.IEP_GOAL, _L.ACCOMMODATION],
            "tell you what still feels hard and choose a group or a peer to help",
        ),
        _item(
            "Schedule the next check-in",
            1,
            _T,
            (),
            (),
            "choose the day of our next check-in",
        ),
    ),
    source="Data review and goal-setting conference in a mastery-based class",
)
"""The data review and goal-setting conference: 10 minutes, one-on-one."""

THREE_WAY_CONFERENCE = Template(
    kind=ConferenceKind.THREE_WAY,
    name="Three-way conference",
    slot_minutes=20,
    leader=_T,
    items=(
        _item("Introduction", 2, _S, (), (), "introduce everyone"),
        _item(
            "Work samples",
            6,
            _S,
            ["show-evidence", "parent-show"],
            [_L.ARTIFACT],
            "show you samples of my work",
        ),
        _item(
            "My goals",
            4,
            _S,
            ["goal-progress", "next-goal"],
            [_L.GOAL, _L.FRACTION_BAR],
            "tell you about my goals",
        ),
        _item(
            "Strategies at school",
            3,
            _T,
            ["strategies-school"],
            [_L.ACCOMMODATION],
            "talk about what helps me learn at school",
        ),
        _item(
            "Strategies at home",
            3,
            _F,
            ["parent-help"],
            (),
            "talk about what helps me learn at home",
        ),
        _item("Questions", 2, _F, ["questions"], (), "answer your questions"),
    ),
    source="Three-way conference: student, family and teacher",
)
"""The three-way conference: 20 minutes."""

COLLABORATION_CONFERENCE = Template(
    kind=ConferenceKind.COLLABORATION,
    name="Collaboration conference",
    slot_minutes=5,
    leader=_T,
    items=(
        _item(
            "How the group worked",
            2,
            _S,
            ["collaboration"],
            (),
            "tell you how my group shared the work",
        ),
        _item(
            "My part",
            1,
            _S,
            ["participation"],
            (),
            "tell you what my part was",
        ),
        _item("Praise", 1, _T, ["praise"], (), "hear what you noticed I did well"),
        _item(
            "A collaboration goal",
            1,
            _S,
            ["next-goal"],
            [_L.GOAL],
            "set a goal for working with my group",
        ),
    ),
    source="Collaboration conference",
)
"""A 5-minute conference on working with a group."""

WORK_HABITS_CONFERENCE = Template(
    kind=ConferenceKind.WORK_HABITS,
    name="Work-habits conference",
    slot_minutes=5,
    leader=_T,
    items=(
        _item(
            "My time-on-task ratings",
            2,
            _S,
            ["time-on-task"],
            [_L.ON_TASK, _L.TRACKER],
            "show you how I rated my time on task",
        ),
        _item(
            "What helped and what got in the way",
            1,
            _S,
            ["struggles"],
            (),
            "tell you what helped me focus and what got in the way",
        ),
        _item(
            "The next interval",
            1,
            _T,
            ["help-more"],
            (),
            "agree how long my next work interval will be",
        ),
        _item(
            "A work-habit goal",
            1,
            _S,
            ["next-goal"],
            [_L.GOAL],
            "set a work-habit goal",
        ),
    ),
    source="Time on task: intervals of 5-10 minutes growing toward 30-60",
)
"""A 5-minute conference on time on task and work habits."""

TEMPLATES: tuple[Template, ...] = (
    SELF_ASSESSMENT_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    DATA_REVIEW_CONFERENCE,
    THREE_WAY_CONFERENCE,
    COLLABORATION_CONFERENCE,
    WORK_HABITS_CONFERENCE,
)
"""Every built-in template, one per `ConferenceKind`, in that enumeration's order."""


def template_for(kind: ConferenceKind) -> Template:
    """Return the built-in template for a kind of conference.

    Raises:
        InvalidDataError: If *kind* is not a `ConferenceKind`.
    """
    for template in TEMPLATES:
        if template.kind is kind:
            return template
    message = f"must be a ConferenceKind (got {shown(kind)})"
    raise InvalidDataError.single("kind", message)
