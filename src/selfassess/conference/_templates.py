"""Templates: a kind of conference as items with default minutes, speakers and prompts.

The built-in templates of the practice are in `TEMPLATES`. A `Template` turns into
an `Agenda` for one student with `Template.agenda`: the items whose speaker is
present are kept, their minutes are fitted to the slot with `allocate_minutes`, and
the links given are routed to the items that want their kind. An item marked
``required`` is one the practice never leaves out; the planner keeps it whatever the
data says.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

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
from selfassess.conference._agenda import (
    Agenda,
    AgendaItem,
    ConferenceKind,
    Link,
    LinkKind,
)
from selfassess.conference._prompts import PROMPT_BANK, Prompt
from selfassess.errors import InvalidDataError, NotFoundError, Problem
from selfassess.language import ENGLISH, Catalog, catalog_for

__all__ = ["Template", "TemplateItem", "allocate_minutes"]


def allocate_minutes(weights: Iterable[int], total: int) -> tuple[int, ...]:
    """Share *total* whole minutes among items in proportion to *weights*.

    The largest-remainder (Hamilton) method: each item gets the whole part of its
    share, the minutes left go to the largest remainders (the earlier item on a tie),
    then any item left with no minute takes one from the largest item (the later on
    a tie). When *total* equals the sum of the weights, the weights come back
    unchanged.

    Args:
        weights: Each item's default minutes, each at least 1: a list or any other
            iterable.
        total: The minutes to share; at least one per item.

    Returns:
        Each item's minutes, in order, summing to *total*, each at least 1.

    Raises:
        ArgumentTypeError: If *weights* is not a list (``None``, a number, a
            string, a mapping) or *total* is not a whole number.
        InvalidDataError: If there are no weights, a weight is not a whole number
            of at least 1, or *total* is less than the number of items.

    Example:
        >>> from selfassess.conference import allocate_minutes
        >>> allocate_minutes([1, 2, 1, 1], 4)
        (1, 1, 1, 1)
        >>> allocate_minutes([6, 5, 5, 4, 4, 1], 30)
        (7, 6, 6, 5, 5, 1)
    """
    check = Checker(arguments=True)
    given = check.listed("weights", weights, "whole numbers")
    items_ok = not check.problems and check.items(
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
    # Each item left with no minute, in order, takes one from the largest item (the
    # later on a tie). The largest comes from a heap of (-minutes, -index); an entry
    # whose minutes have changed since it was pushed is stale, and skipped.
    largest = [(-count, -index) for index, count in enumerate(minutes)]
    heapq.heapify(largest)
    for index in range(len(minutes)):
        if minutes[index] == 0:
            while -largest[0][0] != minutes[-largest[0][1]]:
                heapq.heappop(largest)
            donor = -heapq.heappop(largest)[1]
            minutes[donor] -= 1
            minutes[index] = 1
            heapq.heappush(largest, (-minutes[donor], -donor))
            heapq.heappush(largest, (-1, -index))
    return tuple(minutes)


@attrs.frozen(kw_only=True)
class TemplateItem:
    """One item of a template: a default time box, its speaker, prompts and data.

    Attributes:
        title: What the part is.
        minutes: Its default time box, in whole minutes; from 1 to a day (1,440),
            as no part of a conference lasts longer.
        speaker: The role that speaks.
        prompts: Its sentence stems.
        wants: The kinds of link it discusses; `Template.agenda` gives it the links
            of these kinds.
        student_says: The item in the student's own voice, for a rehearsal script.
        key: A short identifier of the item, unique in its template, such as
            ``"check-in"``: it names the item whatever its title says, so that a
            tool finds it with `Template.item`. ``None`` for an item without one.
        required: Whether the practice requires the item: `plan_conference`
            always keeps it when its speaker is present, and fits the items the
            data asks for in the minutes left.
        without_family: The item's title when no family member takes part, such
            as a goal the student and teacher then set together; empty to keep
            the title.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    title: str
    minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    speaker: Role
    prompts: tuple[Prompt, ...] = attrs.field(default=(), converter=to_tuple)
    wants: tuple[LinkKind, ...] = attrs.field(default=(), converter=to_tuple)
    student_says: str = ""
    key: str | None = None
    required: bool = False
    without_family: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("title", self.title)
        check.declared(self)
        check.member("speaker", self.speaker, Role)
        check.items("prompts", self.prompts, Prompt)
        if check.items("wants", self.wants, LinkKind):
            check.unique("wants", self.wants, lambda kind: kind.value, "kind")
        check.text("student_says", self.student_says, empty=True)
        check.optional_identifier("key", self.key)
        check.boolean("required", self.required)
        check.text("without_family", self.without_family, empty=True)
        check.done()


def agenda_item(
    item: TemplateItem,
    *,
    minutes: int | None = None,
    links: Iterable[Link] = (),
    student_says: str | None = None,
    reason: str = "",
    family: bool = True,
) -> AgendaItem:
    """The agenda item a template item becomes: its title, speaker and prompts.

    Args:
        item: The template's item.
        minutes: Its time box; by default the item's own minutes.
        links: The data it discusses.
        student_says: What the student says; by default the item's own words.
        reason: Why it is on the agenda; empty for an item taken as the template
            has it.
        family: Whether a family member takes part; without one, the item's
            ``without_family`` title, if it has one, replaces its title.
    """
    return AgendaItem(
        title=item.without_family if not family and item.without_family else item.title,
        minutes=item.minutes if minutes is None else minutes,
        speaker=item.speaker,
        prompts=item.prompts,
        links=links,
        student_says=item.student_says if student_says is None else student_says,
        reason=reason,
    )


PRIVATE_TIME_MINUTES = 3
"""The default minutes of the private time a family may ask for with the teacher."""


def private_time_item(
    minutes: int = PRIVATE_TIME_MINUTES, *, catalog: Catalog = ENGLISH
) -> AgendaItem:
    """The private time a family asked for with the teacher, the student away.

    The practice: parents may ask for private time with the teacher; it is an
    optional, separate item, at the end, that the student is not present for. Its
    title is in the *catalog*'s language.
    """
    return AgendaItem(
        title=catalog.text("agenda.private_time.title"),
        minutes=minutes,
        speaker=Role.FAMILY,
        prompts=[PROMPT_BANK.prompt("questions")],
        private=True,
    )


def check_private_time(people: Iterable[Person], private_time: bool) -> None:
    """Refuse private time with no family member to take it.

    Raises:
        InvalidDataError: If *private_time* is asked for and no participant has
            the family role.
    """
    if private_time and all(person.role is not Role.FAMILY for person in people):
        message = (
            "needs a participant with the family role, who asks for the private "
            "time (got none)"
        )
        raise InvalidDataError.single("private_time", message)


def first_with_role(people: Iterable[Person], role: Role) -> str | None:
    """The id of the first person with *role*, or ``None`` when nobody has it."""
    return next((person.id for person in people if person.role is role), None)


@attrs.frozen(kw_only=True)
class Template:
    """A kind of conference as the practice runs it: items, minutes and prompts.

    The rules: the items fit the slot together; no two items share a key.

    Attributes:
        kind: The kind of conference.
        name: Its name, such as ``"Self-assessment conference"``.
        slot_minutes: The default length of its slot, from 1 to a day (1,440); the
            items fit in it.
        leader: The role that leads.
        items: Its items, in order; at least one.
        facilitator: The role that facilitates when another leads, if any.
        afterwards: What is done straight after.
        source: Where the practice comes from, in a few words.

    Raises:
        InvalidDataError: If a field breaks its rule or the items do not fit.
    """

    __repr__ = short_repr

    kind: ConferenceKind
    name: str
    slot_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    leader: Role
    items: tuple[TemplateItem, ...] = attrs.field(converter=to_tuple)
    facilitator: Role | None = None
    afterwards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, ConferenceKind)
        check.text("name", self.name)
        slot_ok = check.declared(self)["slot_minutes"]
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
        if items_ok:
            keys: dict[str, int] = {}
            for index, item in enumerate(self.items):
                if item.key is None:
                    continue
                if item.key in keys:
                    check.add(
                        f"items[{index}].key",
                        f"key {shown(item.key)} is already used at items[{keys[item.key]}]",
                    )
                else:
                    keys[item.key] = index
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
        private_time: bool = False,
        language: str | Catalog | None = None,
    ) -> Agenda:
        """Build this conference's agenda for one student.

        Items whose speaker has no participant (a parent's part when no parent
        comes) are left out, and an item with a ``without_family`` title takes it
        when no family member comes. Without *slot_minutes* the items keep their
        default minutes and the slot is the template's; with it, the kept items'
        minutes are stretched or shrunk to fill the slot exactly
        (`allocate_minutes`). Each item receives the *links* whose kind it
        wants, in the order given. With *private_time*, a private item (the
        family with the teacher, the student away) closes the agenda, and every
        item's minutes are fitted so that it takes its share of the slot.

        A built-in template's words (its name, its items' titles and the student's
        words) are in *language*, the family's or the student's; a teacher's own
        template's are the teacher's, as written.

        Args:
            student: The student's id; a participant with the student role.
            participants: Everyone taking part: a list or any other iterable.
            slot_minutes: The slot's length, if not the template's; at most a day
                (1,440).
            links: The student's data the conference discusses.
            leader: The leader's id; by default the first participant whose role
                is the template's leader.
            facilitator: The facilitator's id; by default the first participant
                whose role is the template's facilitator, if any.
            title: The agenda's title; by default the template's name.
            private_time: Whether the family asked for private time with the
                teacher; it needs a participant with the family role.
            language: A language tag, a `~selfassess.language.Catalog`, or
                ``None`` for English.

        Returns:
            The agenda.

        Raises:
            ArgumentTypeError: If an argument is not of the kind it takes: *student*
                not a string, *participants* or *links* not a list, *slot_minutes*
                not a whole number, or *leader*, *facilitator* or *title* neither
                ``None`` nor a string, *private_time* not ``True`` or ``False``, or
                *language* neither a language tag, a catalog nor ``None``.
            NotFoundError: If no catalog has *language*.
            InvalidDataError: If a participant is not a `~selfassess.Person` or a
                link not a `Link`, no participant can lead, private time is asked
                for with no family member, the slot is shorter than one minute per
                item or longer than a day, or the agenda
                breaks a rule of `Agenda` (such as a link to another student's
                data).

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
        check = Arguments()
        check.text("student", student, empty=True)
        people = check.items("participants", participants, Person)
        check.optional_integer(
            "slot_minutes", slot_minutes, minimum=1, maximum=MAX_MINUTES
        )
        given_links = check.items("links", links, Link)
        check.optional_text("leader", leader)
        check.optional_text("facilitator", facilitator)
        if title is not None:
            check.text("title", title, empty=True)
        check.boolean("private_time", private_time)
        check.done()
        catalog = catalog_for(language)
        check_private_time(people, private_time)
        # The built-in templates are defined with this class, so they are looked
        # up when an agenda is built.
        from selfassess.conference._builtin_templates import (  # noqa: PLC0415
            in_language,
        )

        worded = in_language(self, catalog)
        present = {person.role for person in people}
        kept = [item for item in worded.items if item.speaker in present]
        if not kept:
            message = "must include a speaker of at least one item (got none)"
            raise InvalidDataError.single("participants", message)
        weights = [item.minutes for item in kept]
        if private_time:
            weights.append(PRIVATE_TIME_MINUTES)
        if slot_minutes is None and not private_time:
            slot = self.slot_minutes
            minutes = tuple(weights)
        else:
            slot = self.slot_minutes if slot_minutes is None else slot_minutes
            try:
                minutes = allocate_minutes(weights, slot)
            except InvalidDataError as error:
                raise InvalidDataError(
                    Problem("slot_minutes", problem.message)
                    for problem in error.problems
                ) from None
        chosen_leader, chosen_facilitator = choose_leaders(
            self, people, leader=leader, facilitator=facilitator
        )
        family = Role.FAMILY in present
        items = [
            agenda_item(
                item,
                minutes=count,
                links=[link for link in given_links if link.kind in item.wants],
                family=family,
            )
            for item, count in zip(kept, minutes, strict=False)
        ]
        if private_time:
            items.append(private_time_item(minutes[-1], catalog=catalog))
        return Agenda(
            kind=self.kind,
            student=student,
            participants=people,
            leader=chosen_leader,
            facilitator=chosen_facilitator,
            slot_minutes=slot,
            items=items,
            title=worded.name if title is None else title,
            afterwards=worded.afterwards,
            language=catalog.language,
        )

    def item(self, key: str) -> TemplateItem:
        """Return the item with this key.

        Args:
            key: The item's key, such as ``"check-in"``.

        Returns:
            The item.

        Raises:
            ArgumentTypeError: If *key* is not a string.
            NotFoundError: If no item of the template has this key (a `KeyError`).

        Example:
            >>> from selfassess.conference import DATA_REVIEW_CONFERENCE
            >>> DATA_REVIEW_CONFERENCE.item("check-in").title
            'Schedule the next check-in'
        """
        check = Arguments()
        check.text("key", key, empty=True)
        check.done()
        for item in self.items:
            if item.key is not None and item.key == key:
                return item
        message = f"no item of the template {shown(self.name)} has the key {shown(key)}"
        raise NotFoundError(message, key=key)


def choose_leaders(
    template: Template,
    people: Sequence[Person],
    *,
    leader: str | None = None,
    facilitator: str | None = None,
) -> tuple[str, str | None]:
    """Choose who leads and who facilitates a template's conference.

    Args:
        template: The template, whose roles lead and facilitate.
        people: Everyone taking part.
        leader: The leader's id; by default the first person whose role is the
            template's leader.
        facilitator: The facilitator's id; by default the first person whose role
            is the template's facilitator, if the template has one.

    Returns:
        The leader's id, and the facilitator's id or ``None``.

    Raises:
        InvalidDataError: If no leader is given and nobody has the leading role.
    """
    chosen_leader = (
        leader if leader is not None else first_with_role(people, template.leader)
    )
    if chosen_leader is None:
        message = f"must include someone with the {template.leader.value} role to lead"
        raise InvalidDataError.single("participants", message)
    chosen_facilitator = facilitator
    if chosen_facilitator is None and template.facilitator is not None:
        chosen_facilitator = first_with_role(people, template.facilitator)
    return chosen_leader, chosen_facilitator
