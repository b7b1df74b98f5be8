"""selfassess.conference templates: the practice's conferences, fitted to a slot."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Person, Role
from selfassess.conference import (
    DATA_REVIEW_CONFERENCE,
    SELF_ASSESSMENT_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    TEMPLATES,
    ConferenceKind,
    Link,
    LinkKind,
    Template,
    TemplateItem,
    allocate_minutes,
    template_for,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError

from strategies import STRATEGIES

ANA = Person(id="ana", name="Ana", role=Role.STUDENT)
OKAFOR = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
MOM = Person(id="ana-mom", name="Ana's mother", role=Role.FAMILY)
EVERYONE = [ANA, OKAFOR, MOM]


def test_one_template_per_kind_in_order() -> None:
    """TEMPLATES has one template per kind, in the enumeration's order."""
    assert [template.kind for template in TEMPLATES] == list(ConferenceKind)
    for kind in ConferenceKind:
        assert template_for(kind).kind is kind


def test_template_for_refuses_what_is_not_a_kind() -> None:
    """What is not a kind is the caller's mistake, not a bare error."""
    with pytest.raises(ArgumentTypeError, match=r"^kind: must be a ConferenceKind"):
        template_for("self_assessment")  # type: ignore[arg-type]


def test_self_assessment_conference_is_three_to_five_minutes() -> None:
    """The practice: 3-5 minutes; form, successes/struggles, praise, fixes; notes after."""
    template = SELF_ASSESSMENT_CONFERENCE
    assert 3 <= template.slot_minutes <= 5
    assert [item.title for item in template.items] == [
        "The self-assessment form",
        "Successes, struggles and participation",
        "Praise and steps to fix errors",
    ]
    assert "quick notes" in template.afterwards[0]
    agenda = template.agenda(student="ana", participants=[ANA, OKAFOR], slot_minutes=3)
    assert [item.minutes for item in agenda.items] == [1, 1, 1]


def test_student_led_conferences_are_led_by_the_student() -> None:
    """The student leads and the teacher facilitates both student-led conferences."""
    for template in (STUDENT_LED_FIRST, STUDENT_LED_SECOND):
        agenda = template.agenda(student="ana", participants=EVERYONE)
        assert agenda.leader == "ana"
        assert agenda.facilitator == "okafor"
    titles = [item.title for item in STUDENT_LED_FIRST.items]
    assert "Three Pluses and a Goal" in titles
    assert "Family's strengths and one goal" in titles
    wants = {kind for item in STUDENT_LED_SECOND.items for kind in item.wants}
    assert {LinkKind.FRACTION_BAR, LinkKind.ARTIFACT, LinkKind.GOAL} <= wants


def test_without_a_parent_the_family_items_are_left_out() -> None:
    """A conference is still held when no parent comes: the family's part is dropped."""
    agenda = STUDENT_LED_FIRST.agenda(student="ana", participants=[ANA, OKAFOR])
    assert all(item.speaker is not Role.FAMILY for item in agenda.items)
    assert agenda.spare_minutes == 4
    stretched = STUDENT_LED_FIRST.agenda(
        student="ana", participants=[ANA, OKAFOR], slot_minutes=25
    )
    assert stretched.total_minutes == 25


def test_data_review_agenda_follows_the_practice() -> None:
    """Goals, work plan, data, quick check, what feels hard, next check-in."""
    titles = [item.title for item in DATA_REVIEW_CONFERENCE.items]
    assert titles[0] == "Review goals against the teacher's analysis"
    assert titles[-1] == "Schedule the next check-in"
    assert any("Quick check" in title for title in titles)


def test_every_built_in_item_has_a_key() -> None:
    """Each built-in item has a key, so that a tool finds it whatever its title."""
    for template in TEMPLATES:
        for item in template.items:
            assert item.key is not None, (template.kind, item.title)
            assert template.item(item.key) is item


def test_an_item_is_found_by_its_key() -> None:
    """item() finds the item with a key; an unknown key raises NotFoundError."""
    assert DATA_REVIEW_CONFERENCE.item("check-in").title == "Schedule the next check-in"
    with pytest.raises(KeyError) as caught:
        DATA_REVIEW_CONFERENCE.item("nope")
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.key == "nope"
    assert str(caught.value) == (
        "no item of the template 'Data review and goal-setting conference' "
        "has the key 'nope'"
    )


def test_two_items_with_one_key_are_refused() -> None:
    """A key names one item of a template: a repeat is refused with its path."""
    first = TemplateItem(title="Talk", minutes=1, speaker=Role.STUDENT, key="talk")
    again = TemplateItem(title="Talk more", minutes=1, speaker=Role.STUDENT, key="talk")
    unkeyed = TemplateItem(title="Listen", minutes=1, speaker=Role.TEACHER)
    with pytest.raises(InvalidDataError) as caught:
        Template(
            kind=ConferenceKind.COLLABORATION,
            name="Twice",
            slot_minutes=5,
            leader=Role.TEACHER,
            items=[unkeyed, first, unkeyed, again],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "items[3].key: key 'talk' is already used at items[1]"
    ]


def test_links_go_to_the_items_that_want_them() -> None:
    """Each link lands on every item that wants its kind, and nowhere else."""
    goal = Link(kind=LinkKind.GOAL, ref="g1", student="ana")
    bar = Link(kind=LinkKind.FRACTION_BAR, ref="g1", student="ana")
    agenda = STUDENT_LED_SECOND.agenda(
        student="ana", participants=EVERYONE, links=[goal, bar]
    )
    assert agenda.items[0].links == (goal, bar)
    assert all(not item.links for item in agenda.items[1:])


def test_links_to_another_student_are_refused() -> None:
    """A template cannot build an agenda pointing at another student's data."""
    ben_goal = Link(kind=LinkKind.GOAL, ref="g1", student="ben")
    with pytest.raises(
        InvalidDataError, match=r"links\[0\]\.student: must be the agenda's student"
    ):
        STUDENT_LED_SECOND.agenda(
            student="ana", participants=EVERYONE, links=[ben_goal]
        )


def test_a_slot_too_short_is_refused() -> None:
    """A slot shorter than one minute per item is refused, naming slot_minutes."""
    with pytest.raises(
        InvalidDataError,
        match=r"^slot_minutes: must be at least 3, one minute per item \(got 2\)$",
    ):
        SELF_ASSESSMENT_CONFERENCE.agenda(
            student="ana", participants=[ANA, OKAFOR], slot_minutes=2
        )


def test_nobody_to_lead_is_refused() -> None:
    """Without a participant of the leading role, no agenda is built."""
    with pytest.raises(
        InvalidDataError, match=r"must include someone with the teacher role"
    ):
        SELF_ASSESSMENT_CONFERENCE.agenda(student="ana", participants=[ANA])


def test_template_items_must_fit() -> None:
    """A template whose items overrun its slot is refused."""
    item = TemplateItem(title="Talk", minutes=4, speaker=Role.STUDENT)
    with pytest.raises(
        InvalidDataError,
        match=r"^items: must fit the 5-minute slot together \(got 8 minutes\)$",
    ):
        Template(
            kind=ConferenceKind.COLLABORATION,
            name="Too long",
            slot_minutes=5,
            leader=Role.TEACHER,
            items=[item, item],
        )


@given(
    weights=st.lists(st.integers(min_value=1, max_value=20), min_size=1, max_size=8),
    extra=st.integers(min_value=0, max_value=60),
)
def test_allocate_minutes_fills_the_total(weights: list[int], extra: int) -> None:
    """The minutes sum to the total, each at least 1; the weights' own sum is kept."""
    total = len(weights) + extra
    minutes = allocate_minutes(weights, total)
    assert sum(minutes) == total
    assert min(minutes) >= 1
    assert allocate_minutes(weights, sum(weights)) == tuple(weights)


def test_allocate_minutes_refuses_bad_input() -> None:
    """Weights below 1 and totals below one per item are reported together."""
    with pytest.raises(InvalidDataError) as caught:
        allocate_minutes([2, 0], 1)
    assert [str(problem) for problem in caught.value.problems] == [
        "weights[1]: must be at least 1 (got 0)"
    ]
    with pytest.raises(InvalidDataError, match=r"^total: must be at least 2"):
        allocate_minutes([2, 2], 1)


@given(
    template=STRATEGIES[Template],
    slot=st.none() | st.integers(min_value=6, max_value=60),
    with_family=st.booleans(),
)
def test_every_template_agenda_fits_its_slot(
    template: Template, slot: int | None, with_family: bool
) -> None:
    """Whatever the template and slot, the agenda built fits the slot."""
    people = [ANA, OKAFOR, MOM] if with_family else [ANA, OKAFOR]
    people += [
        Person(id=f"p-{role.value}", name="X", role=role)
        for role in Role
        if role not in {r.role for r in people}
    ]
    agenda = template.agenda(student="ana", participants=people, slot_minutes=slot)
    assert agenda.total_minutes <= agenda.slot_minutes
    if slot is not None:
        assert agenda.total_minutes == slot


def test_allocate_minutes_refuses_a_non_list() -> None:
    """Weights that are not a list of numbers are the caller's mistake."""
    with pytest.raises(ArgumentTypeError, match=r"^weights: must be a list"):
        allocate_minutes("123", 6)  # type: ignore[arg-type]
    assert allocate_minutes(iter([1, 1]), 4) == (2, 2)
    with pytest.raises(
        ArgumentTypeError, match=r"^weights: must be a list of whole numbers \(got 5\)$"
    ):
        allocate_minutes(5, 6)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^total: must be a whole number"):
        allocate_minutes([1, 2], "6")  # type: ignore[arg-type]


def _reference_allocate(weights: list[int], total: int) -> tuple[int, ...]:
    """Largest remainders, then each empty item fed by a search of every item, as first written."""
    whole = sum(weights)
    shares = [divmod(weight * total, whole) for weight in weights]
    minutes = [quotient for quotient, _ in shares]
    left = total - sum(minutes)
    order = sorted(range(len(weights)), key=lambda index: (-shares[index][1], index))
    for index in order[:left]:
        minutes[index] += 1
    for index in range(len(minutes)):
        if minutes[index] == 0:
            donor = max(range(len(minutes)), key=lambda i: (minutes[i], i))
            minutes[donor] -= 1
            minutes[index] = 1
    return tuple(minutes)


def test_the_reference_allocation_by_hand() -> None:
    """A long item and three short ones in 4 minutes: the long one gives two away.

    Shares of 4 by 100:1:1:1 are 3.88 and 0.04 thrice: 3, 0, 0, 0 and the one
    minute left goes to the largest remainder (the first), giving 4, 0, 0, 0. Each
    empty item then takes a minute from the largest: 1, 1, 1, 1.
    """
    assert _reference_allocate([100, 1, 1, 1], 4) == (1, 1, 1, 1)
    assert _reference_allocate([100, 1, 1, 1], 6) == (3, 1, 1, 1)


@given(
    weights=st.lists(
        st.integers(min_value=1, max_value=20)
        | st.integers(min_value=100, max_value=5000),
        min_size=1,
        max_size=30,
    ),
    extra=st.integers(min_value=0, max_value=40),
)
def test_allocate_minutes_is_the_reference_allocation(
    weights: list[int], extra: int
) -> None:
    """Skewed weights leave items empty; each is fed as the first allocation fed it."""
    total = len(weights) + extra
    assert allocate_minutes(weights, total) == _reference_allocate(weights, total)


def test_template_agenda_refuses_arguments_of_the_wrong_kind() -> None:
    """Participants that are not a list, or ids that are not strings, are named."""
    with pytest.raises(ArgumentTypeError) as caught:
        SELF_ASSESSMENT_CONFERENCE.agenda(
            student=None,  # type: ignore[arg-type]
            participants=None,  # type: ignore[arg-type]
            slot_minutes="5",  # type: ignore[arg-type]
            links=5,  # type: ignore[arg-type]
            leader=3,  # type: ignore[arg-type]
            title=[],  # type: ignore[arg-type]
        )
    assert [problem.path for problem in caught.value.problems] == [
        "student",
        "participants",
        "slot_minutes",
        "links",
        "leader",
        "title",
    ]
    with pytest.raises(InvalidDataError, match=r"^participants\[1\]: must be a Person"):
        SELF_ASSESSMENT_CONFERENCE.agenda(student="ana", participants=[ANA, "okafor"])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"^slot_minutes: must be at most 1,440"):
        SELF_ASSESSMENT_CONFERENCE.agenda(
            student="ana", participants=[ANA, OKAFOR], slot_minutes=10**400
        )
    agenda = SELF_ASSESSMENT_CONFERENCE.agenda(
        student="ana", participants=iter([ANA, OKAFOR])
    )
    assert [person.id for person in agenda.participants] == ["ana", "okafor"]


def test_item_lookup_refuses_a_key_of_the_wrong_kind() -> None:
    """A key that is not a string is named, not compared."""
    with pytest.raises(ArgumentTypeError, match=r"^key: must be a string \(got 3\)$"):
        DATA_REVIEW_CONFERENCE.item(3)  # type: ignore[arg-type]


def test_template_minutes_are_bounded_by_a_day() -> None:
    """A template's item or slot longer than a day is refused."""
    with pytest.raises(InvalidDataError, match=r"^minutes: must be at most 1,440"):
        TemplateItem(title="Talk", minutes=24 * 60 + 1, speaker=Role.STUDENT)
    item = TemplateItem(title="Talk", minutes=5, speaker=Role.STUDENT)
    with pytest.raises(InvalidDataError, match=r"^slot_minutes: must be at most 1,440"):
        Template(
            kind=ConferenceKind.SELF_ASSESSMENT,
            name="Long",
            slot_minutes=10**400,
            leader=Role.TEACHER,
            items=[item],
        )


def _required(template: Template) -> list[str | None]:
    return [item.key for item in template.items if item.required]


def test_the_built_in_templates_mark_what_the_practice_requires() -> None:
    """Each built-in template says which items the practice never leaves out.

    The practice: the self-assessment conference covers the form, successes,
    struggles and participation, praise and steps to fix errors; in a student-led
    conference the student leads, then the family and then the teacher each give
    strengths and ONE goal; the data review reviews goals against the teacher's
    analysis, reviews data and celebrates progress, and schedules the next
    check-in.
    """
    assert _required(SELF_ASSESSMENT_CONFERENCE) == [
        "form",
        "successes-struggles",
        "praise-fix-errors",
    ]
    assert _required(STUDENT_LED_FIRST) == [
        "self-report-card",
        "teacher-report-card",
        "three-pluses",
        "family-strengths-goal",
        "teacher-strengths-goal",
        "questions",
    ]
    assert _required(STUDENT_LED_SECOND) == [
        "goal-self-evaluation",
        "self-report-card",
        "next-three-pluses",
        "family-strengths-goal",
        "teacher-strengths-goal",
        "questions",
    ]
    assert _required(DATA_REVIEW_CONFERENCE) == [
        "review-goals",
        "work-plan",
        "review-data",
        "still-hard",
        "check-in",
    ]
    for template in TEMPLATES:  # each closes with an item of its own
        assert template.items[-1].required, template.kind


def test_the_second_student_led_conference_has_everyones_part() -> None:
    """The teacher gives strengths and a goal; the family its strengths and a new goal.

    The practice: parent and teacher each write strengths and ONE goal, at both
    student-led conferences.
    """
    family = STUDENT_LED_SECOND.item("family-strengths-goal")
    assert family.speaker is Role.FAMILY
    assert family.title == "Family's strengths and new goal"
    assert [prompt.id for prompt in family.prompts] == [
        "parent-strengths-goal",
        "parent-proud",
    ]
    teacher = STUDENT_LED_SECOND.item("teacher-strengths-goal")
    assert teacher.speaker is Role.TEACHER
    assert "teacher-strengths-goal" in [prompt.id for prompt in teacher.prompts]
    assert STUDENT_LED_SECOND.slot_minutes == sum(
        item.minutes for item in STUDENT_LED_SECOND.items
    )


def test_without_the_family_the_teacher_sets_the_goal_with_the_student() -> None:
    """The teacher's part stays, and says the goal is set together.

    The practice: a conference is still held when no parent comes.
    """
    for template in (STUDENT_LED_FIRST, STUDENT_LED_SECOND):
        alone = template.agenda(student="ana", participants=[ANA, OKAFOR])
        titles = [item.title for item in alone.items]
        assert (
            "Teacher's strengths, and one goal the student and teacher set together"
            in titles
        )
        assert "Teacher's strengths and one goal" not in titles
        with_family = template.agenda(student="ana", participants=EVERYONE)
        assert "Teacher's strengths and one goal" in [
            item.title for item in with_family.items
        ]


def test_a_family_may_ask_for_private_time() -> None:
    """Private time is one separate item at the end, the student away, in the slot.

    The practice: parents may ask for private time with the teacher.
    """
    agenda = STUDENT_LED_FIRST.agenda(
        student="ana", participants=EVERYONE, private_time=True
    )
    assert agenda.total_minutes == agenda.slot_minutes == 25
    assert [item.private for item in agenda.items] == [False] * 6 + [True]
    assert agenda.items[-1].title == "Private time with the family"
    assert agenda.items[-1].speaker is Role.FAMILY
    assert [item.minutes for item in agenda.items] == [5, 4, 4, 4, 4, 1, 3]
    short = SELF_ASSESSMENT_CONFERENCE.agenda(
        student="ana", participants=EVERYONE, private_time=True, slot_minutes=8
    )
    assert short.total_minutes == 8
    with pytest.raises(
        InvalidDataError,
        match=r"^private_time: needs a participant with the family role",
    ):
        STUDENT_LED_FIRST.agenda(
            student="ana", participants=[ANA, OKAFOR], private_time=True
        )
    with pytest.raises(
        ArgumentTypeError, match=r"^private_time: must be true or false"
    ):
        STUDENT_LED_FIRST.agenda(
            student="ana",
            participants=EVERYONE,
            private_time="yes",  # type: ignore[arg-type]
        )


def test_required_and_without_family_are_checked() -> None:
    """An item's required flag is true or false; its other title is text."""
    with pytest.raises(InvalidDataError) as caught:
        TemplateItem(
            title="Talk",
            minutes=1,
            speaker=Role.STUDENT,
            required="yes",  # type: ignore[arg-type]
            without_family=3,  # type: ignore[arg-type]
        )
    assert [problem.path for problem in caught.value.problems] == [
        "required",
        "without_family",
    ]
