"""The conference forms: the agenda, the rehearsal script and a family's note."""

from __future__ import annotations

import re
from datetime import datetime

import attrs
import pytest

from selfassess import Person, Role
from selfassess.conference import (
    STUDENT_LED_FIRST,
    Appointment,
    AppointmentStatus,
    rehearsal_script,
)
from selfassess.render import Paper, html, markdown
from selfassess.render._conference_forms import day_in_words, time_in_words

from render_cases_conference import appointment_note, sample_agenda
from render_support import HOSTILE, check_html, shown_text


def _ids(tags: list[tuple[str, dict[str, str | None]]]) -> list[str | None]:
    return [attributes["id"] for _, attributes in tags if "id" in attributes]


def test_agenda_shows_each_item_with_minutes_and_the_total() -> None:
    """Each item's title, speaker, reason, data and minutes; the total against the slot."""
    agenda = sample_agenda()
    page = html(agenda)
    tags = check_html(page)
    text = shown_text(page)
    for item in agenda.items:
        assert item.title in text
        assert item.reason in text
        for link in item.links:
            assert (link.label or link.ref) in text
    minutes = re.findall(r"(\d+) min(?!ute)", text)
    assert [int(m) for m in minutes[: len(agenda.items)]] == [
        item.minutes for item in agenda.items
    ]
    assert "10 min" in text
    assert "6 items, 10 of 10 minutes" in text
    assert "Ms. Okafor" in text
    assert "Ana Díaz" in text
    boxes = [a for t, a in tags if t == "input" and a.get("type") == "checkbox"]
    assert len(boxes) == len(agenda.items)
    assert any(t == "textarea" for t, _ in tags)
    ids = _ids(tags)
    assert len(ids) == len(set(ids))
    assert ("th", {"scope": "col", "class": "num"}) in tags


def test_agenda_says_the_minutes_to_spare() -> None:
    """An agenda shorter than its slot says how many minutes are left."""
    agenda = sample_agenda(index=0)
    shorter = attrs.evolve(agenda, slot_minutes=agenda.slot_minutes + 3)
    assert "(3 to spare)" in shown_text(html(shorter))


def test_agenda_escapes_hostile_text() -> None:
    """Hostile names, titles, reasons and labels are shown as text, never run."""
    page = html(sample_agenda(HOSTILE))
    tags = check_html(page)
    assert HOSTILE in shown_text(page)
    assert "script" not in [tag for tag, _ in tags]


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.A4])
def test_forms_set_the_paper(paper: Paper) -> None:
    """The paper option sets the page's print size."""
    size = "letter" if paper is Paper.LETTER else "A4"
    assert f"size: {size}" in html(sample_agenda(), paper=paper)
    assert f"size: {size}" in appointment_note(paper=paper)


def test_forms_validate_their_options() -> None:
    """A wrong lang or paper is refused with a clear message."""
    agenda = sample_agenda()
    with pytest.raises(TypeError, match="paper must be a Paper"):
        html(agenda, paper="letter")
    with pytest.raises(TypeError, match=r"lang must be a str \(got int\)"):
        html(agenda, lang=3)
    with pytest.raises(ValueError, match="lang must be a language tag"):
        html(agenda, lang=" ")
    with pytest.raises(
        TypeError, match=r"student_name must be a str or None \(got int\)"
    ):
        html(rehearsal_script(sample_agenda(index=2)), student_name=3)


def test_rehearsal_script_lists_lines_minutes_and_things_to_bring() -> None:
    """Every line, its minutes, what to bring, and three practice boxes per line."""
    script = rehearsal_script(sample_agenda(index=2))
    page = html(script, student_name="Ana Díaz")
    tags = check_html(page)
    text = shown_text(page)
    for line in script.lines:
        assert line.text in text
        for thing in line.bring:
            assert thing in text
    total = sum(line.minutes for line in script.lines)
    assert f"{len(script.lines)} lines, {total} minutes" in text
    boxes = [a for t, a in tags if t == "input" and a.get("type") == "checkbox"]
    assert len(boxes) == 3 * len(script.lines)
    assert all(box.get("aria-label") for box in boxes)
    ids = _ids(tags)
    assert len(ids) == len(set(ids))


def test_rehearsal_script_escapes_hostile_text() -> None:
    """A hostile name and lines are shown as text."""
    script = rehearsal_script(sample_agenda(HOSTILE, index=2))
    page = html(script, student_name=HOSTILE)
    check_html(page)
    assert HOSTILE in shown_text(page)


def test_appointment_note_says_when_where_and_with_whom() -> None:
    """The day and time in words, room, teacher, student, things to bring, reminder."""
    page = appointment_note()
    check_html(page)
    text = shown_text(page)
    assert "Thursday 15 October 2026, 4:20 pm to 4:45 pm (25 minutes)" in text
    for name in ("Room 12", "Ms. Okafor", "Ana Díaz", "The Díaz family (Rosa Díaz)"):
        assert name in text
    assert "Questions you would like to ask about Ana Díaz's learning." in text
    assert (
        "Reminder: your conference with Ms. Okafor about Ana Díaz is on Thursday "
        "15 October 2026 at 4:20 pm, in Room 12." in text
    )
    assert "1 day and 1 hour before" in text
    assert "present (language: es)" in text


def test_appointment_note_escapes_hostile_text() -> None:
    """Hostile names and things to bring are shown as text."""
    page = appointment_note(HOSTILE)
    tags = check_html(page)
    assert HOSTILE in shown_text(page)
    assert "script" not in [tag for tag, _ in tags]


def test_appointment_note_validates_its_options() -> None:
    """Names must be a mapping, bring a sequence of strings, reminders Reminders."""
    starts = datetime(2026, 10, 15, 16, 0)
    value = Appointment(
        household="h", student="s", teacher="t", room="r", starts=starts,
        ends=starts.replace(minute=15),
    )  # fmt: skip
    with pytest.raises(TypeError, match="names must be a mapping"):
        html(value, names=["a"])
    with pytest.raises(TypeError, match=r"bring must be a sequence of str \(got str\)"):
        html(value, bring="pencil")
    with pytest.raises(
        TypeError, match=r"reminders\[0\] must be a Reminder \(got int\)"
    ):
        html(value, reminders=[1])
    assert "h" in shown_text(html(value))


def test_days_and_times_in_words() -> None:
    """Days and times read the same whatever the locale; noon and midnight named."""
    assert day_in_words(datetime(2026, 10, 12).date()) == "Monday 12 October 2026"
    assert time_in_words(datetime(2026, 1, 1, 0, 0)) == "midnight"
    assert time_in_words(datetime(2026, 1, 1, 9, 5)) == "9:05 am"
    assert time_in_words(datetime(2026, 1, 1, 12, 30)) == "12:30 pm"


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (AppointmentStatus.CANCELLED, "This conference was cancelled."),
        (AppointmentStatus.RESCHEDULED, "moved to another time"),
        (AppointmentStatus.NO_SHOW, "We will offer you another time."),
    ],
)
def test_a_note_for_a_conference_that_will_not_take_place_says_so(
    status: AppointmentStatus, said: str
) -> None:
    """A cancelled, moved or missed appointment's note says so, with no reminder."""
    starts = datetime(2026, 10, 15, 16, 0)
    value = Appointment(
        household="h", student="s", teacher="t", room="r", starts=starts,
        ends=starts.replace(minute=25), status=status,
        changed_at=starts.replace(hour=9),
    )  # fmt: skip
    page = html(value)
    check_html(page)
    text = shown_text(page)
    assert said in text
    assert "Reminder" not in text
    assert "Please bring" not in text
    booked = shown_text(html(attrs.evolve(value, status=AppointmentStatus.BOOKED)))
    assert said not in booked
    assert "Reminder" in booked


def test_a_private_item_says_the_student_steps_out() -> None:
    """The family's private time with the teacher is marked on the sheet and in Markdown."""
    people = [
        Person(id="ana", name="Ana", role=Role.STUDENT),
        Person(id="mum", name="Rosa", role=Role.FAMILY),
        Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER),
    ]
    agenda = STUDENT_LED_FIRST.agenda(
        student="ana", participants=people, private_time=True
    )
    assert agenda.items[-1].private
    text = shown_text(html(agenda))
    assert text.count("Private: the student steps out for this part.") == 1
    lines = markdown(agenda).splitlines()
    assert [line for line in lines if "private" in line] == [
        f"{len(agenda.items)}. {agenda.items[-1].title} "
        f"({agenda.items[-1].minutes} min, family, private: the student steps out)"
    ]
