"""Conference forms on paper: the agenda, the rehearsal script, a family's note.

- An `Agenda` prints as a one-page plan to keep on the table during the conference:
  each item with its time box, who speaks, why it is there and the data it
  discusses, the minutes added up against the slot, a box to tick as each item is
  done, and lines for notes (the practice's time-boxed agendas and quick notes).
- A `RehearsalScript` prints as the student's script to practise from before a
  student-led conference: each line, its minutes, what to have ready, and boxes to
  tick each time it is rehearsed (the practice's scripts and rehearsal).
- A family's `Appointment` prints as a note to send home: the day and time in
  words, the room, the teacher and the student, what to bring, and a reminder.

Every form fits one printed page of US Letter or A4.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from selfassess import Role
from selfassess.conference import (
    Agenda,
    Appointment,
    AppointmentStatus,
    RehearsalScript,
    Reminder,
)
from selfassess.render import _options
from selfassess.render._dispatch import html
from selfassess.render._forms_parts import table_head
from selfassess.render._markup import element, escape, joined, void
from selfassess.render._page import Paper, page
from selfassess.render._words import day_in_words, time_in_words

__all__ = ["day_in_words", "time_in_words"]  # written in `_words`, kept here too

_CSS = """
body { font-size: 11pt; }
h1 { font-size: 1.35rem; }
.facts { margin: .2rem 0 .4rem; }
.facts span { margin-right: 1.2rem; }
table.plan td.min, table.plan th.min { text-align: right; width: 5.2rem; white-space: nowrap; }
table.plan td.tick, table.plan th.tick { text-align: center; width: 4rem; }
table.plan .num { text-align: right; width: 2.2rem; }
table.plan input[type=checkbox] + input[type=checkbox] { margin-left: .3rem; }
table.plan td.who { width: 7rem; }
table.plan input[type=checkbox] { width: 1.1rem; height: 1.1rem; margin: 0; }
table.plan tr { break-inside: avoid; }
table.plan tfoot td, table.plan tfoot th { font-weight: 700; }
.why { font-size: .92rem; margin-top: .1rem; }
.links { font-size: .92rem; margin: .1rem 0 0; padding-left: 1.1rem; }
.notes textarea.write { min-height: 6.4rem; }
.note { border: 2px solid currentColor; padding: .6rem .9rem; break-inside: avoid; }
.big { font-size: 1.2rem; font-weight: 700; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .9rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
"""


def _tick(ident: str, text: str) -> str:
    return void("input", {"type": "checkbox", "id": ident, "aria-label": text})


def _notes(ident: str, text: str) -> str:
    return element(
        "section",
        {"class": "notes sheet"},
        element("label", {"for": ident}, escape(text)),
        element("textarea", {"id": ident, "class": "write", "rows": 4}),
    )


def _speakers(agenda: Agenda, role: Role) -> str:
    people = [p.name for p in agenda.participants if p.role is role]
    return ", ".join(people) if people else role.value


@html.register
def _agenda(value: Agenda, *, lang: str = "en", paper: Paper = Paper.LETTER) -> str:
    """An agenda on one sheet: items with minutes, speaker, reason, data and a tick."""
    lang, paper = _options.page_options(lang, paper)
    title = value.title or value.kind.value.replace("_", " ").capitalize()
    student = value.participant(value.student).name
    leader = value.participant(value.leader).name
    total = sum(item.minutes for item in value.items)
    people = ", ".join(f"{p.name} ({p.role.value})" for p in value.participants)
    facts = [
        element("span", None, "Student: ", element("strong", None, escape(student))),
        element("span", None, "Led by: ", element("strong", None, escape(leader))),
        element("span", None, f"Slot: {value.slot_minutes} minutes"),
    ]
    if value.facilitator:
        facts.insert(
            2,
            element(
                "span",
                None,
                "Facilitated by: ",
                escape(value.participant(value.facilitator).name),
            ),
        )
    rows = []
    for number, item in enumerate(value.items, start=1):
        detail = [element("strong", None, escape(item.title))]
        if item.private:
            detail.append(element("div", {"class": "why"}, escape(PRIVATE_NOTE)))
        if item.reason:
            detail.append(
                element("div", {"class": "why"}, "Why: ", escape(item.reason))
            )
        if item.links:
            detail.append(
                element(
                    "ul",
                    {"class": "links", "aria-label": "Data to look at"},
                    *(
                        element("li", None, escape(link.label or link.ref))
                        for link in item.links
                    ),
                )
            )
        rows.append(
            element(
                "tr",
                None,
                element("td", {"class": "num"}, str(number)),
                element("td", None, *detail),
                element("td", {"class": "who"}, escape(_speakers(value, item.speaker))),
                element("td", {"class": "min"}, f"{item.minutes} min"),
                element(
                    "td",
                    {"class": "tick"},
                    _tick(f"done-{number}", f"Item {number} done: {item.title}"),
                ),
            )
        )
    spare = value.slot_minutes - total
    foot = element(
        "tfoot",
        None,
        element(
            "tr",
            None,
            element("th", {"scope": "row", "colspan": 3}, "Total"),
            element("td", {"class": "min"}, f"{total} min"),
            element("td", {"class": "tick"}, ""),
        ),
    )
    head = table_head(
        ("#", "num"), "Item", "Speaker", ("Minutes", "min"), ("Done", "tick")
    )
    caption = element(
        "caption",
        {"class": "muted"},
        f"{len(value.items)} items, {total} of {value.slot_minutes} minutes"
        + (f" ({spare} to spare)" if spare > 0 else ""),
    )
    body = [
        element("h1", None, escape(title)),
        element("p", {"class": "facts"}, *facts),
        element("p", {"class": "muted"}, "Taking part: ", escape(people)),
        element(
            "table",
            {"class": "plan"},
            caption,
            head,
            element("tbody", None, *rows),
            foot,
        ),
    ]
    if value.afterwards:
        body.append(element("h2", None, "Afterwards"))
        body.append(
            element(
                "ul", None, *(element("li", None, escape(t)) for t in value.afterwards)
            )
        )
    body.append(_notes("agenda-notes", "Notes"))
    return page(
        title=f"{title}: {student}",
        body=element("main", None, *body),
        lang=lang,
        paper=paper,
        css=_CSS,
    )


@html.register
def _script(
    value: RehearsalScript,
    *,
    student_name: str | None = None,
    lang: str = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """A rehearsal script on one sheet: the lines, their minutes, what to bring."""
    lang, paper = _options.page_options(lang, paper)
    _options.optional_text("student_name", student_name)
    who = student_name or value.student
    total = sum(line.minutes for line in value.lines)
    rows = []
    for number, line in enumerate(value.lines, start=1):
        bring = (
            element(
                "ul",
                {"class": "links"},
                *(element("li", None, escape(b)) for b in line.bring),
            )
            if line.bring
            else ""
        )
        ticks = joined(
            _tick(f"practised-{number}-{round_}", f"Line {number}, practice {round_}")
            for round_ in (1, 2, 3)
        )
        rows.append(
            element(
                "tr",
                None,
                element("td", {"class": "num"}, str(number)),
                element("td", None, escape(line.text), bring),
                element(
                    "td",
                    {"class": "min"},
                    f"{line.minutes} min" if line.minutes else "",
                ),
                element("td", {"class": "tick"}, ticks),
            )
        )
    kind = value.kind.value.replace("_", " ")
    body = [
        element("h1", None, "My rehearsal script"),
        element(
            "p",
            {"class": "facts"},
            element("span", None, "Student: ", element("strong", None, escape(who))),
            element("span", None, f"Conference: {escape(kind)}"),
            element("span", None, f"About {total} minutes"),
        ),
        element(
            "p",
            None,
            "Read each line aloud. Tick a box each time you practise it. "
            "Have the things under a line ready before the conference.",
        ),
        element(
            "table",
            {"class": "plan"},
            element(
                "caption",
                {"class": "muted"},
                f"{len(value.lines)} lines, {total} minutes",
            ),
            table_head(
                ("#", "num"),
                "What I will say",
                ("Minutes", "min"),
                ("Practised", "tick"),
            ),
            element("tbody", None, *rows),
        ),
        _notes("script-notes", "What I want to remember"),
    ]
    return page(
        title=f"Rehearsal script: {who}",
        body=element("main", None, *body),
        lang=lang,
        paper=paper,
        css=_CSS + "table.plan td.tick, table.plan th.tick { width: 6.6rem; }",
    )


_BRING = (
    "Questions you would like to ask about {student}'s learning.",
    "One thing {student} does well at home, and one thing you would like to work on.",
)


PRIVATE_NOTE = "Private: the student steps out for this part."
"""What an agenda says of a private item (the family's time alone with the teacher)."""

_NOT_COMING = {
    AppointmentStatus.CANCELLED: "This conference was cancelled.",
    AppointmentStatus.RESCHEDULED: (
        "This conference was moved to another time: your new note has it."
    ),
    AppointmentStatus.NO_SHOW: (
        "We missed you at this conference. We will offer you another time."
    ),
}
"""What a family's note says of an appointment that no longer takes place."""


def _ahead(minutes: int) -> str:
    if minutes % 1440 == 0:
        days = minutes // 1440
        return f"{days} day{'' if days == 1 else 's'}"
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'' if hours == 1 else 's'}"
    return f"{minutes} minutes"


def _coming(things: Sequence[str], reminder: str, ahead: Sequence[int]) -> list[str]:
    """The parts of a note for a conference still to come: bring, remind, reply."""
    parts = [
        element("h2", None, "Please bring"),
        element("ul", None, *(element("li", None, escape(t)) for t in things)),
        element("h2", None, "Reminder"),
        element("p", None, escape(reminder)),
    ]
    if ahead:
        parts.append(
            element(
                "p",
                {"class": "muted"},
                "We will also send this reminder "
                + " and ".join(_ahead(m) for m in ahead)
                + " before.",
            )
        )
    parts.append(
        element(
            "section",
            {"class": "sheet"},
            element("h2", None, "Cannot come?"),
            element(
                "label",
                {"for": "other-time"},
                "Write a time that suits you better, and send this note back:",
            ),
            element("textarea", {"id": "other-time", "class": "write", "rows": 2}),
        )
    )
    return parts


@html.register
def _appointment(
    value: Appointment,
    *,
    names: Mapping[str, str] | None = None,
    bring: Sequence[str] | None = None,
    reminders: Sequence[Reminder] = (),
    lang: str = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """A family's conference note: when, where, with whom, what to bring, a reminder."""
    lang, paper = _options.page_options(lang, paper)
    known = _options.names(names)
    things = _options.texts("bring", bring)
    sent = _options.values("reminders", reminders, Reminder)
    household = known.get(value.household, value.household)
    student = known.get(value.student, value.student)
    teacher = known.get(value.teacher, value.teacher)
    room = known.get(value.room, value.room)
    day = day_in_words(value.starts.date())
    minutes = int((value.ends - value.starts).total_seconds() // 60)
    when = (
        f"{day}, {time_in_words(value.starts)} to {time_in_words(value.ends)}"
        f" ({minutes} minutes)"
    )
    facts = [
        ("Where", room),
        ("Teacher", teacher),
        ("About", student),
        ("For", household),
    ]
    if value.interpreter_language:
        facts.append(
            ("Interpreter", f"present (language: {value.interpreter_language})")
        )
    if not things:
        things = tuple(text.format(student=student) for text in _BRING)
    ahead = sorted(
        {
            int((value.starts - r.send_at).total_seconds() // 60)
            for r in sent
            if r.household == value.household and r.conference_starts == value.starts
        },
        reverse=True,
    )
    reminder_text = (
        f"Reminder: your conference with {teacher} about {student} is on {day} at "
        f"{time_in_words(value.starts)}, in {room}. Please arrive a few minutes early."
    )
    gone = _NOT_COMING.get(value.status)
    body = [
        element("h1", None, "Your family conference"),
        element(
            "div",
            {"class": "note"},
            *([element("p", {"class": "big"}, escape(gone))] if gone else []),
            element("p", {"class": "big"}, escape(when)),
            element(
                "dl",
                {"class": "facts"},
                *(
                    element("dt", None, label) + element("dd", None, escape(text))
                    for label, text in facts
                ),
            ),
        ),
    ]
    if not gone:
        body += _coming(things, reminder_text, ahead)
    return page(
        title=f"Family conference: {student}, {day}",
        body=element("main", None, *body),
        lang=lang,
        paper=paper,
        css=_CSS,
    )
