"""selfassess.conference rehearsal: the student's script, in their own voice."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given

from selfassess import Person, Role
from selfassess.conference import (
    STUDENT_LED_SECOND,
    Agenda,
    Link,
    LinkKind,
    RehearsalScript,
    ScriptLine,
    rehearsal_script,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError

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
    """Every agenda gives a script: greeting, one line per item, thanks."""
    script = rehearsal_script(agenda)
    assert isinstance(script, RehearsalScript)
    assert len(script.lines) == len(agenda.items) + 2
    assert all(" I will " in line.text for line in script.lines[1:-1])
    assert [line.minutes for line in script.lines[1:-1]] == [
        item.minutes for item in agenda.items
    ]


def test_rehearsal_script_refuses_what_is_not_an_agenda() -> None:
    """Only an agenda can be rehearsed."""
    with pytest.raises(ArgumentTypeError, match=r"^agenda: must be an Agenda"):
        rehearsal_script("agenda")  # type: ignore[arg-type]


def test_a_script_line_lasts_at_most_a_day() -> None:
    """A line's minutes are bounded like an agenda item's."""
    with pytest.raises(InvalidDataError, match=r"^minutes: must be at most 1,440"):
        ScriptLine(text="Hello", minutes=10**400)
