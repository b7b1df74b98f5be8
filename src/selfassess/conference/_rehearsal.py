"""Rehearsal: what the student will say at their conference, in their own voice.

`rehearsal_script` turns an agenda into the lines a student rehearses before a
student-led conference (the practice's scripts and rehearsal). For a conference the
teacher leads, the script is the student's part in it: no welcome, since the
student is not the host.
"""

from __future__ import annotations

import attrs

from selfassess._repr import short_repr
from selfassess._validate import (
    MAX_MINUTES,
    Arguments,
    Checker,
    integer_field,
    to_tuple,
)
from selfassess.conference._agenda import Agenda, ConferenceKind, Link
from selfassess.errors import InvalidDataError
from selfassess.language import ENGLISH, Catalog, catalog_for

__all__ = ["RehearsalScript", "ScriptLine", "rehearsal_script"]


@attrs.frozen(kw_only=True)
class ScriptLine:
    """One line of a rehearsal script, in the student's voice.

    Attributes:
        text: What the student will say, such as ``"First I will show you my
            self-report card."``.
        minutes: The minutes the agenda gives that part; 0 for the opening and
            closing lines, at most a day (1,440) as for an agenda's items.
        bring: The labels of the data to have ready for that part.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    text: str
    minutes: int = integer_field(maximum=MAX_MINUTES, default=0)
    bring: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("text", self.text)
        check.declared(self)
        check.items("bring", self.bring, check.text)
        check.done()


@attrs.frozen(kw_only=True)
class RehearsalScript:
    """What a student will say at their conference, to rehearse before it.

    Attributes:
        student: The student's id.
        kind: The kind of conference.
        lines: The lines, in order.
        language: The language it is written in, as a tag such as ``"es"``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    kind: ConferenceKind
    lines: tuple[ScriptLine, ...] = attrs.field(converter=to_tuple)
    language: str = "en"

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.identifier("language", self.language)
        check.member("kind", self.kind, ConferenceKind)
        check.items(
            "lines",
            self.lines,
            lambda p, v: check.instance(p, v, ScriptLine),
            non_empty=True,
        )
        check.done()

    @property
    def text(self) -> str:
        """The whole script, one line per paragraph."""
        return "\n\n".join(line.text for line in self.lines)


def _connective(index: int, count: int) -> str:
    """The id of the line's message: "First I will ...", "Next", "Then", "Last"."""
    if index == 0:
        return "agenda.rehearsal.first"
    if index == count - 1:
        return "agenda.rehearsal.last"
    return "agenda.rehearsal.next" if index % 2 else "agenda.rehearsal.then"


def _phrase(catalog: Catalog, title: str, says: str) -> str:
    if says.strip():
        return says.strip().rstrip(".")
    named = f"{title[:1].lower()}{title[1:]}"
    return catalog.text("agenda.rehearsal.talk_about", title=named).rstrip(".")


def _label(link: Link) -> str:
    return link.label.strip() or f"{link.kind.value.replace('_', ' ')} {link.ref}"


def rehearsal_script(
    agenda: Agenda, *, language: str | Catalog | None = None
) -> RehearsalScript:
    """Build the student's rehearsal script from an agenda, in their own voice.

    When the student leads the conference, they greet everyone and thank them for
    coming, then say each item in order ("First I will show you my self-report
    card and the grades I gave myself.", "Next I will ...", "Last I will ..."),
    then thank everyone for listening. Each item uses its ``student_says``, or
    "talk about" and its title. Student-led conferences are rehearsed with a
    script before (the practice's scripts and rehearsal).

    When someone else leads (the teacher, in a self-assessment or data-review
    conference), the script is the student's part in it: no opening (the student
    is not the host), each item in order, and "Thank you for meeting with me." at
    the end. Items of private time, which a family spends with the teacher
    without the student, are left out.

    The lines around the items' words are in the agenda's language (its
    ``language``, set when it was planned or built in one), so that a script
    never mixes two languages; a school's own catalog is passed as *language*.

    Args:
        agenda: The conference's agenda.
        language: A language tag or a `~selfassess.language.Catalog` of the
            agenda's language; ``None`` for the agenda's own.

    Returns:
        The script, with the minutes of each part and the data to bring.

    Raises:
        ArgumentTypeError: If *agenda* is not an `Agenda`, or *language* is
            neither a language tag, a catalog nor ``None``.
        NotFoundError: If no catalog has *language*.
        InvalidDataError: If *language* is not the agenda's language.

    Example:
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import STUDENT_LED_FIRST, rehearsal_script
        >>> agenda = STUDENT_LED_FIRST.agenda(student="ana", participants=[
        ...     Person(id="ana", name="Ana", role=Role.STUDENT),
        ...     Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)])
        >>> print(rehearsal_script(agenda).text)
        Hello, I am Ana. Thank you for coming to my conference.
        <BLANKLINE>
        First I will show you my self-report card and the grades I gave myself.
        <BLANKLINE>
        Next I will compare my report card with my teacher's.
        <BLANKLINE>
        Then I will tell you three things I do well and one goal.
        <BLANKLINE>
        Next I will listen to the strengths my teacher sees and one goal for me.
        <BLANKLINE>
        Last I will answer your questions.
        <BLANKLINE>
        Thank you for listening to me.

        A conference the teacher leads has the student's part only:

        >>> from selfassess.conference import SELF_ASSESSMENT_CONFERENCE
        >>> agenda = SELF_ASSESSMENT_CONFERENCE.agenda(student="ana", participants=[
        ...     Person(id="ana", name="Ana", role=Role.STUDENT),
        ...     Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)])
        >>> print(rehearsal_script(agenda).lines[0].text)
        First I will show you my self-assessment form.
        >>> print(rehearsal_script(agenda).lines[-1].text)
        Thank you for meeting with me.

        In the student's language, from an agenda built in it:

        >>> agenda = SELF_ASSESSMENT_CONFERENCE.agenda(student="ana", participants=[
        ...     Person(id="ana", name="Ana", role=Role.STUDENT),
        ...     Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)],
        ...     language="es")
        >>> print(rehearsal_script(agenda).lines[0].text)
        Primero voy a mostrarle mi hoja de autoevaluación.
    """
    check = Arguments()
    agenda = check.instance("agenda", agenda, Agenda)
    check.done()
    if language is None:
        catalog = catalog_for(agenda.language, default=ENGLISH)
    else:
        catalog = catalog_for(language)
        if catalog.language.lower() != agenda.language.lower():
            message = (
                f"must be the agenda's language, {agenda.language!r}, so that the "
                f"script does not mix two (got {catalog.language!r})"
            )
            raise InvalidDataError.single("language", message)
    leads = agenda.leader == agenda.student
    lines = []
    if leads:
        name = agenda.participant(agenda.student).name
        lines.append(ScriptLine(text=catalog.text("agenda.rehearsal.hello", name=name)))
    # A family's private time with the teacher: the student is not there for it.
    items = [item for item in agenda.items if not item.private]
    count = len(items)
    for index, item in enumerate(items):
        lines.append(
            ScriptLine(
                text=catalog.text(
                    _connective(index, count),
                    says=_phrase(catalog, item.title, item.student_says),
                ),
                minutes=item.minutes,
                bring=[_label(link) for link in item.links],
            )
        )
    closing = (
        "agenda.rehearsal.thanks_listening"
        if leads
        else "agenda.rehearsal.thanks_meeting"
    )
    lines.append(ScriptLine(text=catalog.text(closing)))
    return RehearsalScript(
        student=agenda.student,
        kind=agenda.kind,
        lines=lines,
        language=agenda.language,
    )
