"""The family's texts in the family's language: the note, reminders, letter, survey.

The practice's student-led conference (DESIGN.md, "The classroom practice it
models"): the family is invited and takes part, so what reaches it (the
appointment note, the reminders, the letter home explaining the conference and
its part, the survey after) is written in the family's preferred language, and
the forms the student rehearses and leads from (the agenda, the rehearsal script)
speak its language too. The language is an argument or a field, never a switch.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import attrs
import pytest
from hypothesis import given, settings

from selfassess import Person, Role
from selfassess.conference import (
    POST_CONFERENCE_QUESTIONS,
    Agenda,
    AgendaItem,
    Appointment,
    AppointmentStatus,
    ConferenceKind,
    FamilyLetter,
    FamilySchedule,
    Household,
    HouseholdChild,
    Reminder,
    SurveyQuestion,
    family_letter,
    post_conference_questions,
    rehearsal_script,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.language import ARABIC, ENGLISH, SPANISH, Catalog
from selfassess.render import html, markdown
from selfassess.serialize import from_dict, to_dict
from strategies_conference_letter import family_letters

STARTS = datetime(2026, 10, 12, 16, 15)
APPOINTMENT = Appointment(
    household="garcia",
    student="ana",
    teacher="okafor",
    room="b12",
    starts=STARTS,
    ends=STARTS + timedelta(minutes=20),
)
REMINDER = Reminder(
    household="garcia",
    student="ana",
    conference_starts=STARTS,
    send_at=STARTS - timedelta(days=1),
)
SCHEDULE = FamilySchedule(appointments=[APPOINTMENT], reminders=[REMINDER])
NAMES = {"ana": "Ana", "okafor": "Ms Okafor", "b12": "Room B12", "garcia": "Garcías"}


def _household(language: str | None) -> Household:
    return Household(
        id="garcia",
        name="The Garcia family",
        language=language,
        children=[HouseholdChild(student="ana", teacher="okafor")],
    )


def _agenda() -> Agenda:
    return Agenda(
        kind=ConferenceKind.STUDENT_LED_FIRST,
        student="ana",
        leader="ana",
        participants=[
            Person(id="ana", name="Ana", role=Role.STUDENT),
            Person(id="okafor", name="Ms Okafor", role=Role.TEACHER),
            Person(id="mom", name="Rosa", role=Role.FAMILY),
        ],
        slot_minutes=20,
        items=[
            AgendaItem(title="Mis fortalezas", speaker=Role.STUDENT, minutes=5),
            AgendaItem(title="Mi meta", speaker=Role.STUDENT, minutes=5),
        ],
    )


def _text(page: str) -> str:
    """The words of a page: its markup and styles left out."""
    body = page.split("<body", 1)[1]
    return re.sub(r"<[^>]+>", " ", body)


@pytest.fixture(params=["babel", "fallback"])
def babel(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run with Babel when installed, and with the documented fallback without it."""
    if request.param == "babel":
        pytest.importorskip("babel")
    else:
        from selfassess.language import _formats

        monkeypatch.setattr(_formats, "_babel", lambda: None)
    return str(request.param)


# The appointment note -----------------------------------------------------------


def test_a_spanish_note_is_in_spanish(babel: str) -> None:
    """Every word of the family's note is Spanish; the day and time as Spanish writes them."""
    page = html(APPOINTMENT, names=NAMES, reminders=[REMINDER], lang="es")
    words = _text(page)
    assert '<html lang="es" dir="ltr">' in page
    for english in ("Your family conference", "Please bring", "Reminder", "Where"):
        assert english not in words
    assert "Su conferencia con la escuela" in words
    assert "Por favor, traiga" in words
    assert "¿No puede venir?" in words
    assert "También le enviaremos este recordatorio 1 día antes." in words
    if babel == "babel":
        assert "lunes, 12 de octubre de 2026, de 16:15 a 16:35 (20 minutos)" in words
    else:
        assert "2026-10-12, de 16:15 a 16:35 (20 minutos)" in words


def test_an_arabic_note_is_in_arabic_right_to_left() -> None:
    """An Arabic note says lang="ar" and dir="rtl", and its words are Arabic."""
    page = html(APPOINTMENT, names=NAMES, reminders=[REMINDER], lang="ar")
    assert '<html lang="ar" dir="rtl">' in page
    words = _text(page)
    assert "لقاؤكم مع المدرسة" in words
    assert "Please bring" not in words


def test_a_note_takes_a_catalog_and_an_unknown_language_keeps_english() -> None:
    """The option may be a Catalog; an unknown tag keeps English words, its own tag."""
    assert html(APPOINTMENT, lang=SPANISH) == html(APPOINTMENT, lang="es")
    page = html(APPOINTMENT, names=NAMES, lang="vi")
    assert '<html lang="vi" dir="ltr">' in page
    assert "Your family conference" in page


def test_an_english_note_is_unchanged() -> None:
    """In English the note reads as it always has."""
    words = _text(html(APPOINTMENT, names=NAMES, reminders=[REMINDER]))
    assert "Monday 12 October 2026, 4:15 pm to 4:35 pm (20 minutes)" in words
    assert (
        "Reminder: your conference with Ms Okafor about Ana is on Monday 12 October "
        "2026 at 4:15 pm, in Room B12. Please arrive a few minutes early." in words
    )
    assert "We will also send this reminder 1 day before." in words


def test_a_cancelled_note_says_so_in_the_language() -> None:
    """A note for a conference that no longer takes place says it in the language."""
    cancelled = attrs.evolve(APPOINTMENT, status=AppointmentStatus.CANCELLED)
    assert "Esta conferencia se canceló." in html(cancelled, lang="es")
    assert "Esta conferencia se canceló." in markdown(cancelled, lang="es")


def test_the_note_in_markdown_is_in_the_language() -> None:
    """The note's Markdown form speaks the language too."""
    text = markdown(APPOINTMENT, names=NAMES, lang="es")
    assert "Su conferencia con la escuela" in text
    assert "Recordatorio: su conferencia con Ms Okafor sobre Ana" in text


# Reminders ----------------------------------------------------------------------


def test_a_reminder_is_in_the_household_s_language(babel: str) -> None:
    """A Spanish-speaking family's reminder is Spanish; an Arabic one's Arabic."""
    spanish = SCHEDULE.reminder_text(REMINDER, household=_household("es"), names=NAMES)
    assert spanish.startswith("Recordatorio: su conferencia con Ms Okafor sobre Ana")
    if babel == "babel":
        assert "lunes, 12 de octubre de 2026 a las 16:15" in spanish
    else:
        assert "2026-10-12 a las 16:15" in spanish
    arabic = SCHEDULE.reminder_text(REMINDER, household=_household("ar"), names=NAMES)
    assert arabic.startswith("تذكير:")


def test_a_reminder_falls_back_to_english_and_language_wins() -> None:
    """A language no catalog has gives English; an explicit language wins."""
    english = SCHEDULE.reminder_text(REMINDER, names=NAMES)
    assert english.startswith("Reminder: your conference with Ms Okafor about Ana")
    assert SCHEDULE.reminder_text(REMINDER, household=_household("vi")) == (
        SCHEDULE.reminder_text(REMINDER)
    )
    assert SCHEDULE.reminder_text(
        REMINDER, household=_household("es"), language="en"
    ) == SCHEDULE.reminder_text(REMINDER)
    with pytest.raises(NotFoundError):
        SCHEDULE.reminder_text(REMINDER, language="vi")


def test_a_school_catalog_is_used_for_a_reminder() -> None:
    """A school's own catalog for a family's language is used for its reminders."""
    messages = dict(ENGLISH.messages)
    messages["family.reminder"] = "Nhắc: {teacher} {student} {day} {time} {room}"
    vietnamese = Catalog(language="vi", name="Tiếng Việt", messages=messages)
    text = SCHEDULE.reminder_text(
        REMINDER, household=_household("vi"), catalogs=[vietnamese]
    )
    assert text.startswith("Nhắc: okafor ana ")
    assert text.endswith(" b12")


def test_reminder_text_checks_its_arguments() -> None:
    """Wrong kinds, another family's household and an unknown reminder are refused."""
    with pytest.raises(ArgumentTypeError):
        SCHEDULE.reminder_text("r1")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        SCHEDULE.reminder_text(REMINDER, names=["ana"])  # type: ignore[arg-type]
    other = attrs.evolve(_household("es"), id="lee")
    with pytest.raises(InvalidDataError, match="household"):
        SCHEDULE.reminder_text(REMINDER, household=other)
    later = attrs.evolve(REMINDER, conference_starts=STARTS + timedelta(hours=1))
    with pytest.raises(NotFoundError):
        SCHEDULE.reminder_text(later)


# The letter home ----------------------------------------------------------------


def test_the_letter_explains_the_family_s_part_in_spanish(babel: str) -> None:
    """The Spanish letter: the student leads, the family listens, asks and praises."""
    letter = family_letter(
        _household("es"),
        appointment=APPOINTMENT,
        names=NAMES,
        teacher="Ms Okafor",
        school="Lincoln",
    )
    assert letter.language == "es"
    assert letter.title == "Ana va a dirigir la conferencia"
    assert letter.greeting == "Estimada familia:"
    text = " ".join(letter.paragraphs)
    assert "la dirige Ana" in text
    assert "escuche, haga preguntas y elogie las cosas concretas" in text
    assert "La conferencia dura unos 20 minutos." in text
    assert "¿Quiere un intérprete?" in text
    if babel == "babel":
        assert "Su cita es el lunes, 12 de octubre de 2026, de 16:15 a 16:35" in text
    assert letter.signature == "Ms Okafor, Lincoln"
    page = html(letter)
    assert '<html lang="es" dir="ltr">' in page
    assert "Estimada familia:" in page
    assert markdown(letter).startswith("### Ana va a dirigir la conferencia")


def test_the_arabic_letter_is_right_to_left() -> None:
    """An Arabic-speaking family's letter is Arabic, on a right-to-left page."""
    letter = family_letter(_household("ar"), names=NAMES)
    assert letter.language == "ar"
    assert letter.greeting == "الأسرة الكريمة،"
    assert '<html lang="ar" dir="rtl">' in html(letter)


def test_the_letter_in_english_and_for_an_unknown_language() -> None:
    """English by default; English for a language no catalog has; the interpreter."""
    english = family_letter(_household(None), names=NAMES)
    assert english.language == "en"
    assert english.paragraphs[0].startswith("You are warmly invited")
    assert "Would you like an interpreter?" in english.paragraphs[-1]
    assert family_letter(_household("vi"), names=NAMES) == english
    booked = attrs.evolve(APPOINTMENT, interpreter_language="es")
    with_one = family_letter(_household("es"), appointment=booked, language="en")
    assert "An interpreter (Español) will be with you" in with_one.paragraphs[-1]
    assert family_letter(_household(None), minutes=30).paragraphs[3] == (
        "The conference takes about 30 minutes."
    )


def test_family_letter_checks_its_arguments() -> None:
    """Another family's appointment, bad minutes and wrong kinds are refused."""
    other = attrs.evolve(APPOINTMENT, household="lee")
    with pytest.raises(InvalidDataError, match="appointment"):
        family_letter(_household("es"), appointment=other)
    with pytest.raises(InvalidDataError, match="minutes"):
        family_letter(_household("es"), minutes=0)
    with pytest.raises(ArgumentTypeError):
        family_letter("garcia")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        family_letter(_household("es"), language="vi")


@settings(max_examples=20, deadline=None)
@given(letter=family_letters)
def test_a_letter_round_trips_and_draws(letter: FamilyLetter) -> None:
    """Any letter survives serialisation and draws as a page in its language."""
    assert from_dict(FamilyLetter, to_dict(letter)) == letter
    page = html(letter)
    assert f'lang="{letter.language}"' in page


# The survey ---------------------------------------------------------------------


def test_the_built_in_survey_in_spanish_and_arabic() -> None:
    """The built-in statements come in the language; the ids stay the same."""
    spanish = post_conference_questions("es")
    assert [q.id for q in spanish] == [q.id for q in POST_CONFERENCE_QUESTIONS]
    assert spanish[0].text == "Mi hijo o hija me explicó lo que está aprendiendo."
    assert post_conference_questions(ARABIC)[2].text == "أعرف كيف أساعد في البيت."
    assert post_conference_questions() == POST_CONFERENCE_QUESTIONS
    assert POST_CONFERENCE_QUESTIONS[0].text_in("es") == spanish[0].text


def test_a_school_s_own_question_stays_as_written() -> None:
    """A school's question, or a built-in id reworded, is not translated."""
    own = SurveyQuestion(id="snack", text="The snacks were good.")
    assert own.text_in("es") == "The snacks were good."
    reworded = attrs.evolve(POST_CONFERENCE_QUESTIONS[0], text="Ana explained.")
    assert reworded.text_in("es") == "Ana explained."
    with pytest.raises(NotFoundError):
        own.text_in("vi")


# The agenda and the rehearsal script --------------------------------------------


def test_the_agenda_form_is_in_spanish() -> None:
    """The agenda's headings and fixed words come from the catalog."""
    page = html(_agenda(), lang="es")
    words = _text(page)
    for spanish in ("Alumno:", "Dirige:", "Tiempo: 20 minutos", "Quién habla", "Notas"):
        assert spanish in words
    assert "Primera conferencia dirigida por el alumno" in words
    for english in ("Led by", "Speaker", "Taking part", "Notes"):
        assert english not in words
    text = markdown(_agenda(), lang="es")
    assert text.startswith(
        "### Primera conferencia dirigida por el alumno (20 minutos, dirige Ana)"
    )
    assert "1. Mis fortalezas (5 min, alumno)" in text
    assert "- Total: 10 de 20 minutos." in text


def test_the_agenda_form_in_arabic_and_english() -> None:
    """Arabic on a right-to-left page; English as it always was."""
    page = html(_agenda(), lang="ar")
    assert '<html lang="ar" dir="rtl">' in page
    assert "المشاركون:" in page
    english = markdown(_agenda())
    assert english.startswith("### Student led first (20 minutes, led by Ana)")
    assert "- Total: 10 of 20 minutes." in english


def test_the_rehearsal_script_form_is_in_the_language() -> None:
    """The script's headings and instructions come from the catalog."""
    script = rehearsal_script(_agenda())
    spanish = _text(html(script, student_name="Ana", lang="es"))
    assert "Mi guion para practicar" in spanish
    assert "Lee cada línea en voz alta." in spanish
    assert "My rehearsal script" not in spanish
    arabic = html(script, student_name="Ana", lang="ar")
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "نصّي للتدريب" in arabic
    assert "My rehearsal script" in html(script, student_name="Ana")


def test_a_letter_page_always_says_the_letters_own_language() -> None:
    """An Arabic letter is never announced as Spanish: another lang is refused."""
    from selfassess.conference import Household, HouseholdChild, family_letter
    from selfassess.render import html

    household = Household(
        id="h",
        name="The Haddad family",
        language="ar",
        children=[HouseholdChild(student="sami", teacher="okafor")],
    )
    letter = family_letter(household)
    assert '<html lang="ar" dir="rtl">' in html(letter)
    assert '<html lang="ar" dir="rtl">' in html(letter, lang="ar")
    with pytest.raises(ValueError, match="letter's language"):
        html(letter, lang="es")


def test_a_letter_is_about_one_child_who_leads_their_own_conference() -> None:
    """Each child leads their own conference: a letter names one, never "Ana and Luis leads"."""
    from selfassess.conference import Household, HouseholdChild, family_letter
    from selfassess.errors import InvalidDataError

    household = Household(
        id="h",
        name="The Díaz family",
        language="es",
        children=[
            HouseholdChild(student="ana", teacher="okafor"),
            HouseholdChild(student="luis", teacher="okafor"),
        ],
    )
    names = {"ana": "Ana", "luis": "Luis"}
    with pytest.raises(InvalidDataError, match="several children"):
        family_letter(household, names=names)
    with pytest.raises(InvalidDataError, match="child of the household"):
        family_letter(household, names=names, student="zoe")
    letter = family_letter(household, names=names, student="luis")
    text = " ".join(letter.paragraphs)
    assert "Luis" in text
    assert "Ana" not in text
    assert "a el " not in text  # "Avise a su maestro", never "a el maestro"
