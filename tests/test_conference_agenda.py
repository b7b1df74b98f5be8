"""selfassess.conference agendas: fit the slot, speakers present, links to the student."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from selfassess import Person, Role
from selfassess.conference import Agenda, AgendaItem, ConferenceKind, Link, LinkKind
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.serialize import from_dict, to_dict
from strategies_conference import agendas

ANA = Person(id="ana", name="Ana", role=Role.STUDENT)
OKAFOR = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
MOM = Person(id="ana-mom", name="Ana's mother", role=Role.FAMILY, language="es")


def _agenda(**changes: object) -> Agenda:
    fields: dict[str, object] = {
        "kind": ConferenceKind.SELF_ASSESSMENT,
        "student": "ana",
        "participants": [ANA, OKAFOR],
        "leader": "okafor",
        "slot_minutes": 5,
        "items": [
            AgendaItem(
                title="The self-assessment form",
                minutes=2,
                speaker=Role.STUDENT,
                links=[Link(kind=LinkKind.COMPARISON, ref="c1", student="ana")],
            ),
            AgendaItem(title="Praise", minutes=2, speaker=Role.TEACHER),
        ],
    }
    fields.update(changes)
    return Agenda(**fields)  # type: ignore[arg-type]


@given(agendas())
def test_every_agenda_fits_its_slot(agenda: Agenda) -> None:
    """A valid agenda's items never take longer than its slot."""
    assert agenda.total_minutes <= agenda.slot_minutes
    assert agenda.spare_minutes == agenda.slot_minutes - agenda.total_minutes >= 0
    assert all(link.student == agenda.student for link in agenda.links)


@given(agendas())
def test_lengthening_an_item_past_the_slot_is_refused(agenda: Agenda) -> None:
    """Adding the spare minutes plus one to any item breaks the fit, with a path."""
    if not agenda.items:
        return
    items = list(agenda.items)
    items[-1] = attrs.evolve(
        items[-1], minutes=items[-1].minutes + agenda.spare_minutes + 1
    )
    with pytest.raises(InvalidDataError, match=r"must fit the \d+-minute slot"):
        attrs.evolve(agenda, items=items)


def test_an_item_longer_than_its_slot_is_refused() -> None:
    """An item longer than the whole slot is named by its path."""
    long = AgendaItem(title="Everything", minutes=7, speaker=Role.STUDENT)
    with pytest.raises(
        InvalidDataError,
        match=r"^items\[0\]\.minutes: must fit the 5-minute slot \(got 7\)$",
    ):
        _agenda(items=[long])


def test_items_that_do_not_fit_together_are_refused() -> None:
    """Items that each fit but together overrun the slot are refused as a whole."""
    with pytest.raises(
        InvalidDataError,
        match=r"^items: must fit the 3-minute slot together \(got 4 minutes\)$",
    ):
        _agenda(slot_minutes=3)


def test_links_to_another_students_data_are_refused() -> None:
    """Every linked object belongs to the agenda's student."""
    item = AgendaItem(
        title="Goals",
        minutes=1,
        speaker=Role.STUDENT,
        links=[
            Link(kind=LinkKind.GOAL, ref="g1", student="ana"),
            Link(kind=LinkKind.FRACTION_BAR, ref="g1", student="ben"),
        ],
    )
    with pytest.raises(
        InvalidDataError,
        match=r"^items\[0\]\.links\[1\]\.student: must be the agenda's student 'ana' \(got 'ben'\)$",
    ):
        _agenda(items=[item])


def test_people_rules_are_all_reported() -> None:
    """Student, leader, facilitator and speakers are checked against participants."""
    family_item = AgendaItem(title="Family's goal", minutes=1, speaker=Role.FAMILY)
    with pytest.raises(InvalidDataError) as caught:
        _agenda(
            student="ben",
            leader="nobody",
            facilitator="someone",
            items=[family_item],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "student: must be a participant with the student role (got 'ben')",
        "leader: must be a participant's id (got 'nobody')",
        "facilitator: must be a participant's id (got 'someone')",
        "items[0].speaker: must be the role of a participant (got 'family')",
    ]


def test_participants_are_unique() -> None:
    """The same person cannot take part twice."""
    with pytest.raises(
        InvalidDataError, match=r"participants\[2\]: id 'ana' is already used"
    ):
        _agenda(participants=[ANA, OKAFOR, ANA])


def test_links_are_gathered_once_in_order() -> None:
    """Agenda.links lists each linked object once, labels aside."""
    first = Link(kind=LinkKind.GOAL, ref="g1", student="ana", label="Fractions goal")
    again = Link(kind=LinkKind.GOAL, ref="g1", student="ana")
    other = Link(kind=LinkKind.ARTIFACT, ref="a1", student="ana")
    agenda = _agenda(
        items=[
            AgendaItem(title="Goals", minutes=1, speaker=Role.STUDENT, links=[first]),
            AgendaItem(
                title="Work", minutes=1, speaker=Role.STUDENT, links=[again, other]
            ),
        ]
    )
    assert agenda.links == (first, other)


def test_check_links_reports_dangling_links() -> None:
    """Links to objects that do not exist are named with their paths."""
    agenda = _agenda()
    agenda.check_links([Link(kind=LinkKind.COMPARISON, ref="c1", student="ana")])
    with pytest.raises(
        InvalidDataError,
        match=r"^items\[0\]\.links\[0\]: must point at an existing comparison \(got 'c1'\)$",
    ):
        agenda.check_links([Link(kind=LinkKind.GOAL, ref="c1", student="ana")])


def test_participant_lookup() -> None:
    """Participants are found by id and by role; an unknown id is not found."""
    agenda = _agenda(participants=[ANA, OKAFOR, MOM])
    assert agenda.participant("ana-mom") == MOM
    assert agenda.with_role(Role.FAMILY) == (MOM,)
    assert agenda.with_role(Role.PEER) == ()
    with pytest.raises(
        NotFoundError, match=r"^no participant of the agenda has the id 'x'$"
    ) as caught:
        agenda.participant("x")
    assert caught.value.key == "x"


def test_lookups_refuse_arguments_of_the_wrong_kind() -> None:
    """An id that is not a string, or a role that is not a Role, is named."""
    agenda = _agenda()
    with pytest.raises(ArgumentTypeError, match=r"^person_id: must be a string"):
        agenda.participant(None)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^role: must be a Role"):
        agenda.with_role("family")  # type: ignore[arg-type]


def test_a_document_with_a_long_item_is_refused_with_its_path() -> None:
    """from_dict reports an item longer than its slot by its path."""
    plain = to_dict(_agenda())
    plain["items"][1]["minutes"] = 9
    with pytest.raises(
        InvalidDataError, match=r"items\[1\]\.minutes: must fit the 5-minute slot"
    ):
        from_dict(Agenda, plain)


def test_item_rules() -> None:
    """An item needs a title, a whole number of minutes and distinct links."""
    link = Link(kind=LinkKind.GOAL, ref="g1", student="ana")
    with pytest.raises(InvalidDataError) as caught:
        AgendaItem(title=" ", minutes=0, speaker=Role.STUDENT, links=[link, link])
    assert [str(problem) for problem in caught.value.problems] == [
        "title: must not be empty (got ' ')",
        "minutes: must be at least 1 (got 0)",
        "links[1]: link (<LinkKind.GOAL: 'goal'>, 'g1', 'ana') is already used at links[0]",
    ]


def test_check_links_refuses_what_is_not_a_link() -> None:
    """The objects given to check_links must be links, given as a list."""
    with pytest.raises(InvalidDataError, match=r"^available\[0\]: must be a Link"):
        _agenda().check_links(["c1"])  # type: ignore[list-item]
    for available in (5, None, "c1"):
        with pytest.raises(
            ArgumentTypeError, match=r"^available: must be a list of Link objects"
        ):
            _agenda().check_links(available)  # type: ignore[arg-type]
    link = Link(kind=LinkKind.COMPARISON, ref="c1", student="ana")
    _agenda().check_links({link})
    _agenda().check_links(iter([link]))


def test_minutes_are_bounded_by_a_day() -> None:
    """An item or a slot longer than a day, even of 401 digits, is refused."""
    with pytest.raises(InvalidDataError, match=r"^minutes: must be at most 1,440"):
        AgendaItem(title="Talk", minutes=10**400, speaker=Role.STUDENT)
    with pytest.raises(InvalidDataError, match=r"^slot_minutes: must be at most 1,440"):
        _agenda(slot_minutes=24 * 60 + 1)
    assert _agenda(slot_minutes=24 * 60).spare_minutes == 24 * 60 - 4


def test_items_say_why_they_are_there() -> None:
    """An item can carry the reason a planner put it on the agenda."""
    item = AgendaItem(
        title="Compare ratings on 4.NF.2",
        minutes=2,
        speaker=Role.STUDENT,
        reason="Largest gap between self and teacher ratings",
    )
    assert from_dict(AgendaItem, to_dict(item)).reason == item.reason


def test_a_long_id_is_shown_briefly() -> None:
    """A student id of five thousand letters is cut short in a message about it."""
    student = "a" * 5000
    item = AgendaItem(
        title="Goals",
        minutes=1,
        speaker=Role.STUDENT,
        links=[Link(kind=LinkKind.GOAL, ref="g1", student="ben")],
    )
    people = [Person(id=student, name="Ana", role=Role.STUDENT), OKAFOR]
    with pytest.raises(InvalidDataError) as caught:
        _agenda(student=student, participants=people, items=[item])
    (problem,) = caught.value.problems
    assert problem.path == "items[0].links[0].student"
    assert problem.message.startswith("must be the agenda's student 'aaa")
    assert len(problem.message) < 120


def test_a_private_item_is_never_the_students() -> None:
    """The student is away for a private item, so it cannot be theirs to speak.

    The practice: parents may ask for private time with the teacher.
    """
    with pytest.raises(
        InvalidDataError, match=r"^speaker: must not be the student in a private item"
    ):
        AgendaItem(title="Alone", minutes=2, speaker=Role.STUDENT, private=True)
    with pytest.raises(InvalidDataError, match=r"^private: must be true or false"):
        AgendaItem(title="Alone", minutes=2, speaker=Role.FAMILY, private=1)  # type: ignore[arg-type]
    item = AgendaItem(title="Alone", minutes=2, speaker=Role.FAMILY, private=True)
    assert item.private
