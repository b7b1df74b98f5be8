"""Gallery cases for the conference forms and the demo page."""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from selfassess.cli._demo import conference_agendas
from selfassess.cli._page import demo_page
from selfassess.cli._sample import sample_class
from selfassess.conference import (
    Agenda,
    Appointment,
    Household,
    HouseholdChild,
    Reminder,
    family_letter,
    rehearsal_script,
)
from selfassess.mastery import MasteryPolicy, rollup
from selfassess.render import Paper, html

from render_support import Case

__all__ = [
    "CASES",
    "appointment_note",
    "letter_home",
    "sample_agenda",
    "sample_script",
]


def sample_agenda(hostile: str | None = None, *, index: int = 1) -> Agenda:
    """Ana's data-review agenda (or another of hers), hostile text in every field."""
    sample = sample_class()
    agenda = conference_agendas(sample, rollup(sample.evidence, MasteryPolicy()))[index]
    if hostile is None:
        return agenda
    return attrs.evolve(
        agenda,
        title=hostile,
        participants=[
            attrs.evolve(person, name=f"{hostile} {person.name}")
            for person in agenda.participants
        ],
        items=[
            attrs.evolve(
                item,
                title=f"{hostile} {item.title}",
                reason=hostile,
                student_says=hostile,
                links=[attrs.evolve(link, label=hostile) for link in item.links],
            )
            for item in agenda.items
        ],
        afterwards=(hostile,),
    )


def sample_script(hostile: str | None = None) -> str:
    """Ana's rehearsal script for her first student-led conference, as a form."""
    agenda = sample_agenda(hostile, index=2)
    name = agenda.participant(agenda.student).name
    return html(rehearsal_script(agenda), student_name=name)


def appointment_note(hostile: str | None = None, paper: Paper = Paper.LETTER) -> str:
    """The Díaz family's conference note, hostile text in every name and thing."""
    starts = datetime(2026, 10, 15, 16, 20)
    appointment = Appointment(
        household="diaz",
        student="ana",
        teacher="okafor",
        room="room-12",
        starts=starts,
        ends=starts + timedelta(minutes=25),
        interpreter_language="es",
    )
    reminders = [
        Reminder(
            household="diaz",
            student="ana",
            conference_starts=starts,
            send_at=starts - timedelta(minutes=minutes),
        )
        for minutes in (1440, 60)
    ]
    extra = f"{hostile} " if hostile else ""
    names = {
        "diaz": f"{extra}The Díaz family (Rosa Díaz)",
        "ana": f"{extra}Ana Díaz",
        "okafor": f"{extra}Ms. Okafor",
        "room-12": f"{extra}Room 12",
    }
    bring = None if hostile is None else (hostile, f"{hostile} questions")
    return html(appointment, names=names, bring=bring, reminders=reminders, paper=paper)


def letter_home(hostile: str | None = None, language: str = "es") -> str:
    """The letter home to the Díaz family, in Spanish, hostile text in every name."""
    starts = datetime(2026, 10, 15, 16, 20)
    appointment = Appointment(
        household="diaz",
        student="ana",
        teacher="okafor",
        room="room-12",
        starts=starts,
        ends=starts + timedelta(minutes=25),
    )
    household = Household(
        id="diaz",
        name="The Díaz family",
        language=language,
        children=[HouseholdChild(student="ana", teacher="okafor")],
    )
    extra = f"{hostile} " if hostile else ""
    letter = family_letter(
        household,
        appointment=appointment,
        names={"ana": f"{extra}Ana", "room-12": f"{extra}Room 12"},
        teacher=f"{extra}Ms. Okafor",
        school=f"{extra}Lincoln Elementary",
    )
    return html(letter)


CASES: dict[str, Case] = {
    "conference-agenda": Case(
        kind="html",
        make=lambda hostile: html(sample_agenda(hostile)),
        title="A data-review conference agenda, with its minutes",
        pages=1,
    ),
    "conference-rehearsal-script": Case(
        kind="html",
        make=sample_script,
        title="A student's rehearsal script for a student-led conference",
        pages=1,
    ),
    "conference-appointment-note": Case(
        kind="html",
        make=appointment_note,
        title="A family's conference appointment note",
        pages=1,
    ),
    "conference-letter-home": Case(
        kind="html",
        make=letter_home,
        title="The letter home about a student-led conference, in Spanish",
        pages=1,
    ),
    "demo-page": Case(
        kind="html",
        make=lambda _hostile: demo_page(),
        hostile=False,
        top=1400,
        title="The whole demo as one page, with its pictures",
        pages=None,
    ),
}
