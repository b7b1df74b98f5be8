"""selfassess.conference rehearsal: the student's script, in their own voice."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given

from selfassess import Person, Role
from selfassess.conference import (
    SELF_ASSESSMENT_CONFERENCE,
    STUDENT_LED_SECOND,
    Agenda,
    AgendaItem,
    Link,
    LinkKind,
    RehearsalScript,
    ScriptLine,
    rehearsal_script,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.language import ENGLISH, catalog_for

from strategies import STRATEGIES

ANA = Person(id="ana", name="Ana", role=Role.STUDENT)
OKAFOR = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
MOM = Person(id="ana-mom", name="Ana's mother", role=Role.FAMILY)
HELD = date(2027, 3, 10)
GOAL = Link(kind=LinkKind.GOAL, ref="g1", student="ana", label="Fluency goal")
BAR = Link(kind=LinkKind.FRACTION_BAR, ref="g1", student="ana")


def _agenda() -> Agenda:
    return STUDENT_LED_SECOND.agenda(
        student="ana", participants=[ANA, OKAFOR, MOM], links=[GOAL, BAR]
    )


def test_rehearsal_script_in_the_students_voice() -> None:
    """The script says each item in the first person, with the data to bring."""
    script = rehearsal_script(_agenda())
    assert (
        script.lines[0].text
        == "Hello, I am Ana. Thank you for coming to my conference."
    )
    assert script.lines[1].text == (
        "First I will show you how far I have come on each goal, "
        "with my fraction bars and my work."
    )
    assert script.lines[1].bring == ("Fluency goal", "fraction bar g1")
    assert script.lines[-2].text.startswith("Last I will")
    assert sum(line.minutes for line in script.lines) == _agenda().total_minutes


@given(STRATEGIES[Agenda])
def test_rehearsal_script_of_every_agenda(agenda: Agenda) -> None:
    """Every agenda gives a script: a greeting when the student leads, then thanks.

    Between them, one line per item the student is there for.
    """
    script = rehearsal_script(agenda)
    assert isinstance(script, RehearsalScript)
    assert script.language == agenda.language
    leads = agenda.leader == agenda.student
    items = [item for item in agenda.items if not item.private]
    said = script.lines[1:-1] if leads else script.lines[:-1]
    assert len(said) == len(items)
    assert [line.minutes for line in said] == [item.minutes for item in items]
    # The script is in the agenda's language (English where no catalog has it).
    catalog = catalog_for(agenda.language, default=ENGLISH)
    opening = catalog.text("agenda.rehearsal.hello", name="\0").split("\0")[-1]
    assert script.lines[0].text.endswith(opening) is leads
    assert not any(opening in line.text for line in said)
    if catalog is ENGLISH:
        assert all(" I will " in line.text for line in said)


def test_a_teacher_led_script_is_the_students_part() -> None:
    """A conference the teacher leads is not "my conference": no welcome to it.

    The practice: scripts and rehearsal belong to the student-led conference, which
    the student hosts; in a conference the teacher leads, the student rehearses
    their own part.
    """
    agenda = SELF_ASSESSMENT_CONFERENCE.agenda(
        student="ana", participants=[ANA, OKAFOR]
    )
    script = rehearsal_script(agenda)
    assert not any("my conference" in line.text for line in script.lines)
    assert script.lines[0].text.startswith("First I will")
    assert script.lines[-1].text == "Thank you for meeting with me."
    assert len(script.lines) == len(agenda.items) + 1


def test_private_time_is_left_out_of_the_script() -> None:
    """The family's private time with the teacher is not the student's to rehearse.

    The practice: parents may ask for private time with the teacher, without the
    student.
    """
    agenda = _agenda()
    private = AgendaItem(
        title="Private time with the teacher",
        minutes=3,
        speaker=Role.FAMILY,
        private=True,
    )
    with_private = attrs.evolve(
        agenda,
        slot_minutes=agenda.slot_minutes + 3,
        items=[*agenda.items, private],
    )
    script = rehearsal_script(with_private)
    assert [line.text for line in script.lines] == [
        line.text for line in rehearsal_script(agenda).lines
    ]
    assert not any("private" in line.text.lower() for line in script.lines)


def test_rehearsal_script_refuses_what_is_not_an_agenda() -> None:
    """Only an agenda can be rehearsed."""
    with pytest.raises(ArgumentTypeError, match=r"^agenda: must be an Agenda"):
        rehearsal_script("agenda")  # type: ignore[arg-type]


def test_a_script_line_lasts_at_most_a_day() -> None:
    """A line's minutes are bounded like an agenda item's."""
    with pytest.raises(InvalidDataError, match=r"^minutes: must be at most 1,440"):
        ScriptLine(text="Hello", minutes=10**400)
