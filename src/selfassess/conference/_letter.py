"""The letter home: what a student-led conference is and the family's part in it.

Before a student-led conference, the family gets a short, warm letter in its own
language: the student leads, showing work and goals; the family listens, asks
questions, praises specific things and helps choose a goal; how long it takes,
what to bring, and how to ask for an interpreter. With the family's appointment,
the letter gives its day, time and room too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.conference._family_schedule import (
    Appointment,
    family_catalog,
    names_argument,
)
from selfassess.conference._signup import Household
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.language import Catalog, catalog_for

__all__ = ["FamilyLetter", "family_letter"]

DEFAULT_MINUTES = 20
"""How long a student-led conference takes when the letter has no appointment."""


@attrs.frozen(kw_only=True)
class FamilyLetter:
    """A letter home about a student-led conference, written in one language.

    Attributes:
        language: The language it is written in, as a tag such as ``"es"``.
        title: Its heading.
        greeting: Its first line, such as ``"Dear family,"``.
        paragraphs: Its paragraphs, in order; at least one.
        closing: Its last line before the signature.
        signature: Who signs it: the teacher and the school; may be empty.
        appointment: The family's appointment, if the letter gives it.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    language: str
    title: str
    greeting: str
    paragraphs: tuple[str, ...] = attrs.field(converter=to_tuple)
    closing: str
    signature: str = ""
    appointment: Appointment | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("language", self.language)
        check.text("title", self.title)
        check.text("greeting", self.greeting)
        check.items("paragraphs", self.paragraphs, check.text, non_empty=True)
        check.text("closing", self.closing)
        check.text("signature", self.signature, empty=True)
        check.optional_instance("appointment", self.appointment, Appointment)
        check.done()


def _language_name(tag: str, catalogs: Iterable[Catalog]) -> str:
    """A language's own name where a catalog has it, else its tag."""
    try:
        return catalog_for(tag, catalogs=catalogs).name
    except NotFoundError:
        return tag


def _child(
    household: Household, appointment: Appointment | None, student: str | None
) -> str:
    """The child a letter is about: one letter a child, as each leads their own."""
    children = [child.student for child in household.children]
    if appointment is not None:
        if student is not None and student != appointment.student:
            message = (
                f"must be the appointment's student, {shown(appointment.student)} "
                f"(got {shown(student)})"
            )
            raise InvalidDataError.single("student", message)
        return appointment.student
    if student is not None:
        if student not in children:
            message = f"must be a child of the household (got {shown(student)})"
            raise InvalidDataError.single("student", message)
        return student
    if len(set(children)) > 1:
        message = (
            "must be given for a household of several children: each child leads "
            "their own conference, with a letter of their own (got None)"
        )
        raise InvalidDataError.single("student", message)
    return children[0]


def family_letter(
    household: Household,
    *,
    appointment: Appointment | None = None,
    student: str | None = None,
    teacher: str | None = None,
    school: str | None = None,
    names: Mapping[str, str] | None = None,
    minutes: int | None = None,
    language: str | Catalog | None = None,
    catalogs: Iterable[Catalog] = (),
) -> FamilyLetter:
    """Write the letter home explaining a student-led conference and the family's part.

    The letter says that the student leads, showing work and goals; that the
    family listens, asks questions, praises specific things and helps choose a
    goal; how long the conference takes; what to bring; and how to ask for an
    interpreter (or that one is booked, when the appointment has one). With an
    *appointment*, it gives the day, the times and the room, written as the
    language writes them.

    Its language is *language* if given; else the household's preferred
    language, English when no catalog has it yet.

    Args:
        household: The family the letter goes to.
        appointment: The family's appointment, if booked; one of the household's.
        student: The child whose conference it is (each child leads their own):
            by default the appointment's, else the household's only child.
        teacher: The teacher's name; by default the appointment's teacher (by
            *names*), else "the teacher" in the letter's language.
        school: The school's name, for the signature.
        names: The names to show, by id (students, teachers, rooms); an id
            without a name is shown as it is.
        minutes: How long the conference takes; by default the appointment's
            length, else 20 minutes.
        language: A language tag or a `~selfassess.language.Catalog`, over the
            household's.
        catalogs: A school's own catalogs, looked at before the shipped ones.

    Returns:
        The letter.

    Raises:
        ArgumentTypeError: If an argument is of the wrong kind.
        InvalidDataError: If *appointment* is another household's, *student* is
            not a child of the household (or not the appointment's), no
            *student* is given for a household of several children without an
            appointment, or *minutes* is not from 1 to 600.
        NotFoundError: If no catalog has the *language* given.

    Example:
        >>> from selfassess.conference import Household, HouseholdChild
        >>> garcia = Household(id="garcia", name="The Garcia family", language="es",
        ...     children=[HouseholdChild(student="ana", teacher="okafor")])
        >>> letter = family_letter(garcia, names={"ana": "Ana"}, teacher="Ms Okafor")
        >>> letter.language, letter.title
        ('es', 'Ana va a dirigir la conferencia')
        >>> family_letter(garcia, names={"ana": "Ana"}, language="en").greeting
        'Dear family,'
    """
    check = Arguments()
    household = check.instance("household", household, Household)
    appointment = check.optional_instance("appointment", appointment, Appointment)
    teacher = check.optional_text("teacher", teacher)
    school = check.optional_text("school", school)
    known = names_argument(check, names)
    if minutes is not None:
        check.integer("minutes", minutes, minimum=1, maximum=600)
    student = check.optional_text("student", student)
    check.done()
    if appointment is not None and appointment.household != household.id:
        check.add(
            "appointment",
            f"must be an appointment of household {shown(household.id)} "
            f"(got household {shown(appointment.household)})",
        )
        check.done()
    chosen = _child(household, appointment, student)
    catalog = family_catalog(household, language, catalogs)
    student = known.get(chosen, chosen)
    if appointment is not None:
        if teacher is None:
            teacher = known.get(appointment.teacher, appointment.teacher)
        if minutes is None:
            minutes = int((appointment.ends - appointment.starts).total_seconds() // 60)
    who = teacher or catalog.text("family.letter.the_teacher")
    paragraphs = [
        catalog.text("family.letter.invite", student=student),
        catalog.text("family.letter.student_part", student=student),
        catalog.text("family.letter.family_part", student=student),
        catalog.text("family.letter.length", minutes=minutes or DEFAULT_MINUTES),
    ]
    if appointment is not None:
        paragraphs.append(
            catalog.text(
                "family.letter.when",
                day=catalog.date(appointment.starts.date()),
                start=catalog.time(appointment.starts),
                end=catalog.time(appointment.ends),
                room=known.get(appointment.room, appointment.room),
                teacher=who,
            )
        )
    paragraphs.append(catalog.text("family.letter.bring", student=student))
    if appointment is not None and appointment.interpreter_language:
        paragraphs.append(
            catalog.text(
                "family.letter.interpreter_booked",
                language=_language_name(appointment.interpreter_language, catalogs),
            )
        )
    else:
        paragraphs.append(catalog.text("family.letter.interpreter", teacher=who))
    signature = ", ".join(part for part in (teacher, school) if part)
    return FamilyLetter(
        language=catalog.language,
        title=catalog.text("family.letter.title", student=student),
        greeting=catalog.text("family.letter.greeting"),
        paragraphs=paragraphs,
        closing=catalog.text("family.letter.closing"),
        signature=signature,
        appointment=appointment,
    )
