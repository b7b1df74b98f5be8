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
- A `FamilyLetter` prints as the letter home about a student-led conference.

Each takes ``lang``, a language tag or a `~selfassess.language.Catalog`: every
word the form writes is the catalog's (English for a language no catalog has),
days and times are written as the language writes them, and the page says its
``lang`` and ``dir``.

Every form fits one printed page of US Letter or A4.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from selfassess import Role
from selfassess.conference import (
    Agenda,
    Appointment,
    AppointmentStatus,
    ConferenceKind,
    FamilyLetter,
    RehearsalScript,
    Reminder,
)
from selfassess.language import ENGLISH, Catalog, catalog_for
from selfassess.render import _options
from selfassess.render._dispatch import html
from selfassess.render._forms_parts import table_head
from selfassess.render._markup import element, escape, joined, void
from selfassess.render._page import Paper, page
from selfassess.render._words import day_in_words, time_in_words

__all__ = [  # day_in_words and time_in_words are written in `_words`, kept here too
    "NOT_COMING",
    "agenda_title",
    "day_in_words",
    "form_language",
    "kind_words",
    "role_words",
    "time_in_words",
]

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


def form_language(value: object) -> tuple[str, Catalog, str]:
    """The page's language tag, the catalog of its words, and its direction.

    *value* is a tag or a `~selfassess.language.Catalog`, as the forms'
    `_options.lang`, `_options.catalog` and `_options.direction` read it.
    """
    return _options.lang(value), _options.catalog(value), _options.direction(value)


def kind_words(kind: ConferenceKind, catalog: Catalog) -> str:
    """The name of a kind of conference, in the catalog's language."""
    key = f"family.kind.{kind.value}"
    if key in catalog.messages:
        return catalog.text(key)
    return kind.value.replace("_", " ")


def role_words(role: Role, catalog: Catalog) -> str:
    """The name of a role, in the catalog's language."""
    key = f"family.role.{role.value}"
    if key in catalog.messages:
        return catalog.text(key)
    return role.value


def agenda_title(value: Agenda, catalog: Catalog) -> str:
    """An agenda's title: its own, else its kind's name, capitalised."""
    if value.title:
        return value.title
    words = kind_words(value.kind, catalog)
    return words[:1].upper() + words[1:]


def _tick(ident: str, text: str) -> str:
    return void("input", {"type": "checkbox", "id": ident, "aria-label": text})


def _notes(ident: str, text: str) -> str:
    return element(
        "section",
        {"class": "notes sheet"},
        element("label", {"for": ident}, escape(text)),
        element("textarea", {"id": ident, "class": "write", "rows": 4}),
    )


def _speakers(agenda: Agenda, role: Role, catalog: Catalog) -> str:
    people = [p.name for p in agenda.participants if p.role is role]
    separator = catalog.text("base.list.separator")
    return separator.join(people) if people else role_words(role, catalog)


@html.register
def _agenda(
    value: Agenda, *, lang: str | Catalog | None = None, paper: Paper = Paper.LETTER
) -> str:
    """An agenda on one sheet: items with minutes, speaker, reason, data and a tick.

    In the agenda's own language unless *lang* says otherwise.
    """
    lang, words, direction = form_language(value.language if lang is None else lang)
    paper = _options.paper(paper)
    say = words.text
    title = agenda_title(value, words)
    student = value.participant(value.student).name
    leader = value.participant(value.leader).name
    total = sum(item.minutes for item in value.items)
    separator = say("base.list.separator")
    people = separator.join(
        f"{p.name} ({role_words(p.role, words)})" for p in value.participants
    )
    facts = [
        element(
            "span",
            None,
            escape(say("family.agenda.student")) + " ",
            element("strong", None, escape(student)),
        ),
        element(
            "span",
            None,
            escape(say("family.agenda.led_by")) + " ",
            element("strong", None, escape(leader)),
        ),
        element(
            "span",
            None,
            escape(say("family.agenda.slot", minutes=value.slot_minutes)),
        ),
    ]
    if value.facilitator:
        facts.insert(
            2,
            element(
                "span",
                None,
                escape(say("family.agenda.facilitated_by")) + " ",
                escape(value.participant(value.facilitator).name),
            ),
        )
    rows = []
    for number, item in enumerate(value.items, start=1):
        detail = [element("strong", None, escape(item.title))]
        if item.private:
            detail.append(
                element("div", {"class": "why"}, escape(say("family.agenda.private")))
            )
        if item.reason:
            detail.append(
                element(
                    "div",
                    {"class": "why"},
                    escape(say("family.agenda.why")) + " ",
                    escape(item.reason),
                )
            )
        if item.links:
            detail.append(
                element(
                    "ul",
                    {"class": "links", "aria-label": say("family.agenda.data")},
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
                element(
                    "td",
                    {"class": "who"},
                    escape(_speakers(value, item.speaker, words)),
                ),
                element(
                    "td",
                    {"class": "min"},
                    escape(say("family.agenda.minutes", minutes=item.minutes)),
                ),
                element(
                    "td",
                    {"class": "tick"},
                    _tick(
                        f"done-{number}",
                        say("family.agenda.item_done", number=number, title=item.title),
                    ),
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
            element(
                "th", {"scope": "row", "colspan": 3}, escape(say("family.agenda.total"))
            ),
            element(
                "td",
                {"class": "min"},
                escape(say("family.agenda.minutes", minutes=total)),
            ),
            element("td", {"class": "tick"}, ""),
        ),
    )
    head = table_head(
        (escape(say("family.agenda.number")), "num"),
        escape(say("family.agenda.item")),
        escape(say("family.agenda.speaker")),
        (escape(say("family.agenda.minutes_heading")), "min"),
        (escape(say("family.agenda.done")), "tick"),
    )
    caption = element(
        "caption",
        {"class": "muted"},
        escape(
            say(
                "family.agenda.caption",
                count=len(value.items),
                total=total,
                slot=value.slot_minutes,
            )
            + (say("family.agenda.spare", spare=spare) if spare > 0 else "")
        ),
    )
    body = [
        element("h1", None, escape(title)),
        element("p", {"class": "facts"}, *facts),
        element(
            "p",
            {"class": "muted"},
            escape(say("family.agenda.taking_part")) + " ",
            escape(people),
        ),
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
        body.append(element("h2", None, escape(say("family.agenda.afterwards"))))
        body.append(
            element(
                "ul", None, *(element("li", None, escape(t)) for t in value.afterwards)
            )
        )
    body.append(_notes("agenda-notes", say("family.agenda.notes")))
    return page(
        title=f"{title}: {student}",
        body=element("main", None, *body),
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CSS,
    )


@html.register
def _script(
    value: RehearsalScript,
    *,
    student_name: str | None = None,
    lang: str | Catalog | None = None,
    paper: Paper = Paper.LETTER,
) -> str:
    """A rehearsal script on one sheet: the lines, their minutes, what to bring.

    In the script's own language unless *lang* says otherwise.
    """
    lang, words, direction = form_language(value.language if lang is None else lang)
    paper = _options.paper(paper)
    say = words.text
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
            _tick(
                f"practised-{number}-{round_}",
                say("family.script.practice", number=number, round=round_),
            )
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
                    escape(say("family.agenda.minutes", minutes=line.minutes))
                    if line.minutes
                    else "",
                ),
                element("td", {"class": "tick"}, ticks),
            )
        )
    kind = kind_words(value.kind, words)
    body = [
        element("h1", None, escape(say("family.script.title"))),
        element(
            "p",
            {"class": "facts"},
            element(
                "span",
                None,
                escape(say("family.agenda.student")) + " ",
                element("strong", None, escape(who)),
            ),
            element("span", None, escape(say("family.script.conference", kind=kind))),
            element("span", None, escape(say("family.script.about", minutes=total))),
        ),
        element("p", None, escape(say("family.script.how"))),
        element(
            "table",
            {"class": "plan"},
            element(
                "caption",
                {"class": "muted"},
                escape(
                    say("family.script.caption", count=len(value.lines), total=total)
                ),
            ),
            table_head(
                (escape(say("family.agenda.number")), "num"),
                escape(say("family.script.say")),
                (escape(say("family.agenda.minutes_heading")), "min"),
                (escape(say("family.script.practised")), "tick"),
            ),
            element("tbody", None, *rows),
        ),
        _notes("script-notes", say("family.script.remember")),
    ]
    return page(
        title=say("family.script.page_title", student=who),
        body=element("main", None, *body),
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CSS + "table.plan td.tick, table.plan th.tick { width: 6.6rem; }",
    )


PRIVATE_NOTE = ENGLISH.text("family.agenda.private")
"""What an agenda says of a private item (the family's time alone with the teacher).

In English; a form in another language takes the words from its catalog.
"""

NOT_COMING = {
    AppointmentStatus.CANCELLED: "family.note.cancelled",
    AppointmentStatus.RESCHEDULED: "family.note.rescheduled",
    AppointmentStatus.NO_SHOW: "family.note.no_show",
}
"""What a family's note says of an appointment that no longer takes place."""


def note_words(
    value: Appointment, words: Catalog, known: Mapping[str, str]
) -> tuple[str, list[tuple[str, str]], str]:
    """A family's note in words: when, the facts and the reminder.

    The facts are where, with whom and about whom; the note on paper and in
    Markdown share them.
    """
    say = words.text
    student = known.get(value.student, value.student)
    teacher = known.get(value.teacher, value.teacher)
    room = known.get(value.room, value.room)
    day = words.date(value.starts.date())
    when = say(
        "family.note.when",
        day=day,
        start=words.time(value.starts),
        end=words.time(value.ends),
        minutes=int((value.ends - value.starts).total_seconds() // 60),
    )
    facts = [
        (say("family.note.where"), room),
        (say("family.note.teacher"), teacher),
        (say("family.note.about"), student),
    ]
    reminder = say(
        "family.reminder",
        teacher=teacher,
        student=student,
        day=day,
        time=words.time(value.starts),
        room=room,
    )
    return when, facts, reminder


def _ahead(minutes: int, words: Catalog) -> str:
    if minutes % 1440 == 0:
        days = minutes // 1440
        if days == 1:
            return words.text("family.ahead.day")
        return words.text("family.ahead.days", count=days)
    if minutes % 60 == 0:
        hours = minutes // 60
        if hours == 1:
            return words.text("family.ahead.hour")
        return words.text("family.ahead.hours", count=hours)
    return words.text("family.ahead.minutes", count=minutes)


def _coming(
    things: Sequence[str], reminder: str, ahead: Sequence[int], words: Catalog
) -> list[str]:
    """The parts of a note for a conference still to come: bring, remind, reply."""
    say = words.text
    parts = [
        element("h2", None, escape(say("family.note.bring"))),
        element("ul", None, *(element("li", None, escape(t)) for t in things)),
        element("h2", None, escape(say("family.note.reminder"))),
        element("p", None, escape(reminder)),
    ]
    if ahead:
        parts.append(
            element(
                "p",
                {"class": "muted"},
                escape(
                    say(
                        "family.note.also_sent",
                        ahead=words.and_list([_ahead(m, words) for m in ahead]),
                    )
                ),
            )
        )
    parts.append(
        element(
            "section",
            {"class": "sheet"},
            element("h2", None, escape(say("family.note.cannot_come"))),
            element(
                "label",
                {"for": "other-time"},
                escape(say("family.note.other_time")),
            ),
            element("textarea", {"id": "other-time", "class": "write", "rows": 2}),
        )
    )
    return parts


def _language_name(tag: str) -> str:
    """A language's own name where a shipped catalog has it, else its tag."""
    found = catalog_for(tag, default=ENGLISH)
    if found is ENGLISH and not tag.lower().startswith("en"):
        return tag
    return found.name


@html.register
def _appointment(
    value: Appointment,
    *,
    names: Mapping[str, str] | None = None,
    bring: Sequence[str] | None = None,
    reminders: Sequence[Reminder] = (),
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """A family's conference note: when, where, with whom, what to bring, a reminder."""
    lang, words, direction = form_language(lang)
    paper = _options.paper(paper)
    say = words.text
    known = _options.names(names)
    things = _options.texts("bring", bring)
    sent = _options.values("reminders", reminders, Reminder)
    household = known.get(value.household, value.household)
    student = known.get(value.student, value.student)
    day = words.date(value.starts.date())
    when, facts, reminder_text = note_words(value, words, known)
    facts.append((say("family.note.for"), household))
    if value.interpreter_language:
        facts.append(
            (
                say("family.note.interpreter"),
                say(
                    "family.note.interpreter_present",
                    language=_language_name(value.interpreter_language)
                    if words is not ENGLISH
                    else value.interpreter_language,
                ),
            )
        )
    if not things:
        things = (
            say("family.note.bring_questions", student=student),
            say("family.note.bring_home", student=student),
        )
    ahead = sorted(
        {
            int((value.starts - r.send_at).total_seconds() // 60)
            for r in sent
            if r.household == value.household and r.conference_starts == value.starts
        },
        reverse=True,
    )
    gone = say(NOT_COMING[value.status]) if value.status in NOT_COMING else None
    body = [
        element("h1", None, escape(say("family.note.title"))),
        element(
            "div",
            {"class": "note"},
            *([element("p", {"class": "big"}, escape(gone))] if gone else []),
            element("p", {"class": "big"}, escape(when)),
            element(
                "dl",
                {"class": "facts"},
                *(
                    element("dt", None, escape(label))
                    + element("dd", None, escape(text))
                    for label, text in facts
                ),
            ),
        ),
    ]
    if not gone:
        body += _coming(things, reminder_text, ahead, words)
    return page(
        title=say("family.note.page_title", student=student, day=day),
        body=element("main", None, *body),
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CSS,
    )


@html.register
def _letter(
    value: FamilyLetter,
    *,
    lang: str | Catalog | None = None,
    paper: Paper = Paper.LETTER,
) -> str:
    """The letter home on one sheet, in the letter's language.

    The page's ``lang`` and ``dir`` are the letter's own; *lang* may be given as
    the `~selfassess.language.Catalog` of the letter's language (a school's own,
    for its direction), never another language.
    """
    lang, _words, direction = form_language(value.language if lang is None else lang)
    if lang.lower() != value.language.lower():
        message = (
            f"lang must be the letter's language, {value.language!r}, since its "
            f"words are written in it (got {lang!r})"
        )
        raise ValueError(message)
    paper = _options.paper(paper)
    body = [
        element("h1", None, escape(value.title)),
        element("p", None, escape(value.greeting)),
        *(element("p", None, escape(text)) for text in value.paragraphs),
        element("p", None, escape(value.closing)),
    ]
    if value.signature:
        body.append(element("p", {"class": "signature"}, escape(value.signature)))
    return page(
        title=value.title,
        body=element("main", {"class": "letter"}, *body),
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CSS + ".letter p { line-height: 1.5; } .signature { margin-top: 1.4rem; }",
    )
