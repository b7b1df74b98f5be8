"""Markdown: what the demo prints, for a terminal, a README or a chat message.

Each value the demo shows has a Markdown form: a self-assessment beside the
teacher's, the class's calibration, the mastery table, one estimate with its trace,
the self-paced block, an agenda, a rehearsal script and a scale (a goal with its
fraction bars is written by `selfassess.render._goals`, which draws it too). Every text that comes from data is made safe: in a table cell a ``|``
is escaped and a line break becomes a space (`cell`), so a row keeps its cells; in
running text the characters Markdown reads as markup are escaped (`inline`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from selfassess import Band, Scale, Standard
from selfassess._words import percent
from selfassess.conference import (
    Agenda,
    Appointment,
    FamilyLetter,
    RehearsalScript,
    SegmentKind,
    SelfPacedBlock,
)
from selfassess.language import Catalog
from selfassess.mastery import (
    InterventionGroup,
    MasteryEstimate,
    QuickCheck,
    TutorMatch,
)
from selfassess.render import _options
from selfassess.render._conference_forms import (
    NOT_COMING as _NOT_COMING,
)
from selfassess.render._conference_forms import (
    agenda_title,
    form_language,
    note_words,
    role_words,
)
from selfassess.render._dispatch import markdown
from selfassess.render._mastery import student_rows
from selfassess.render._words import fixed
from selfassess.rubrics import Calibration, Comparison

__all__ = [
    "cell",
    "comparison_table",
    "inline",
    "mastery_table",
    "table",
]

_BREAKS = re.compile(r"\r\n|[\r\n\u0085\u2028\u2029]")
_MARKUP = re.compile(r"([\\`*_\[\]<>|&])")
_BLOCK_START = re.compile(
    r"(?P<indent>[ \t]*)"
    r"(?:(?:#{1,6}|[-+])(?=[ \t]|\Z)|~{3}|\d{1,9}(?P<dot>[.)])(?=[ \t]|\Z))"
)
"""What opens a block at a line's start: a heading, a list item or a code fence
(``>`` and ``*`` are escaped everywhere already)."""


def cell(text: object) -> str:
    r"""Return *text* safe in a Markdown table cell: pipes escaped, one line.

    A line break becomes a space and every character Markdown reads as markup
    (``|`` above all, which would end the cell) is escaped with a backslash.

    Example:
        >>> print(cell("a | b\nc"))
        a \| b c
    """
    return _MARKUP.sub(r"\\\1", _BREAKS.sub(" ", str(text)))


def inline(text: object) -> str:
    r"""Return *text* safe in running Markdown: markup characters escaped, one line.

    Besides the characters `cell` escapes, a start that would open a block (a
    heading's ``#``, a list's ``-``, ``+`` or ``1.``, a code fence's ``~~~``) is
    escaped, so the text stays a paragraph wherever it begins a line.

    Example:
        >>> print(inline("Use *two* [notes] | <b>"))
        Use \*two\* \[notes\] \| \<b\>
        >>> print(inline("# 1"), inline("1. first"), inline("- a"), inline("4.NF.1"))
        \# 1 1\. first \- a 4.NF.1
    """
    safe = cell(text)
    found = _BLOCK_START.match(safe)
    if found is None:
        return safe
    cut = found.start("dot") if found.group("dot") else found.end("indent")
    return safe[:cut] + "\\" + safe[cut:]


def table(
    header: Sequence[str], align: Sequence[str], rows: Iterable[Sequence[str]]
) -> str:
    r"""Return a Markdown table; each cell's text is made safe with `cell`.

    Args:
        header: The column names.
        align: Each column's rule: ``"---"``, ``"---:"`` or ``":---:"``.
        rows: The rows, each as many cells as the header.

    Raises:
        ValueError: If a row or the alignment has a different number of cells.

    Example:
        >>> print(table(["a", "b"], ["---", "---:"], [["x|y", "1"]]))
        | a | b |
        |---|---:|
        | x\|y | 1 |
    """
    if len(align) != len(header):
        message = f"align needs {len(header)} cells (got {len(align)})"
        raise ValueError(message)
    lines = [_row(header), "|" + "|".join(align) + "|"]
    for index, row in enumerate(rows):
        if len(row) != len(header):
            message = f"rows[{index}] needs {len(header)} cells (got {len(row)})"
            raise ValueError(message)
        lines.append(_row(row))
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell(text) for text in cells) + " |"


def _name(names: Mapping[str, str] | None, key: str | None) -> str:
    if key is None:
        return "(none)"
    return names.get(key, key) if names else key


def _points(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def comparison_table(
    comparisons: Sequence[Comparison],
    *,
    names: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """Return a class's comparisons as one table: a row per student.

    Each cell reads *student / teacher* points; the last column is the bias
    (positive: the student rated higher). The columns are the first comparison's
    criteria.

    Args:
        comparisons: The comparisons, one per student, on the same rubric.
        names: The students' names by id; an id stands for itself if missing.
        lang: The language of the text (of its names and titles).

    Raises:
        TypeError: If *comparisons* holds something else or *names* is not a mapping.
        ValueError: If *comparisons* is empty, the rubrics differ, or *lang* is not
            a language tag.
    """
    _options.lang(lang)
    known = _options.names(names)
    items = _options.values("comparisons", comparisons, Comparison, least=1)
    if len({item.rubric for item in items}) > 1:
        message = "comparisons must all be on the same rubric"
        raise ValueError(message)
    columns = [(row.criterion, row.title) for row in items[0].criteria]
    rows = []
    for comparison in items:
        by_id = {row.criterion: row for row in comparison.criteria}
        cells = [_name(known, comparison.student)]
        for criterion, _ in columns:
            row = by_id.get(criterion)
            cells.append(
                "-"
                if row is None
                else f"{_points(row.self_points)} / {_points(row.teacher_points)}"
            )
        bias = comparison.bias
        cells.append("-" if bias is None else fixed(bias, sign=True))
        rows.append(cells)
    header = ["student", *(title for _, title in columns), "bias"]
    align = ["---", *("---" for _ in columns), "---:"]
    return table(header, align, rows)


@markdown.register
def _comparison(
    value: Comparison, *, student_name: str | None = None, lang: str = "en"
) -> str:
    """A self-assessment beside the teacher's: a row per criterion, then the talk."""
    _options.lang(lang)
    name = _options.optional_text("student_name", student_name)
    who = name if name is not None else value.student
    rows = [
        [
            row.title,
            row.self_label
            + ("" if row.self_points is None else f" ({row.self_points:g})"),
            row.teacher_label
            + ("" if row.teacher_points is None else f" ({row.teacher_points:g})"),
            "agree" if row.steps == 0 else f"{row.steps:+d}",
        ]
        for row in value.criteria
    ]
    bias = value.bias
    parts = [
        f"**{inline(who)}**: self-assessment beside the teacher's",
        "",
        table(
            ["criterion", "self", "teacher", "steps apart"],
            ["---", "---", "---", "---:"],
            rows,
        ),
        "",
        "Bias: "
        + ("none to compute" if bias is None else fixed(bias, sign=True))
        + " (positive: rated higher than the teacher).",
    ]
    if value.talking_points:
        parts += ["", "Talking points, largest gap first:", ""]
        parts += [f"- {inline(point.text)}" for point in value.talking_points]
    return "\n".join(parts)


@markdown.register
def _calibration(value: Calibration, *, lang: str = "en") -> str:
    """The class's calibration statistics, in one sentence."""
    _options.lang(lang)
    return (
        f"Class calibration over {value.pairs} paired ratings: exact agreement "
        f"{percent(value.exact_agreement, places=0)}, within one level "
        f"{percent(value.adjacent_agreement, places=0)}, bias "
        f"{fixed(value.bias, sign=True)} (positive: students rate themselves "
        f"higher), quadratic weighted kappa {fixed(value.quadratic_kappa)}, "
        f"Krippendorff's ordinal alpha {fixed(value.ordinal_alpha)}."
    )


def _value(estimate: MasteryEstimate) -> str:
    return "-" if estimate.value is None else f"{estimate.value:.2f}"


def mastery_table(
    estimates: Mapping[tuple[str, str], MasteryEstimate],
    *,
    standards: Sequence[Standard] | None = None,
    names: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """Return a class's mastery as a table: a row per student, a column per standard.

    Each cell holds the value and the band's colour as a word (green, yellow, red,
    grey), so the table reads without colour; a missing estimate is ``-``.

    Args:
        estimates: Estimates by (student, standard), as `selfassess.mastery.rollup`
            returns them.
        standards: The columns, in order, headed by their codes (power standards
            marked); by default the standard ids, in order of first appearance.
        names: The students' names by id. The rows list the named students
            first, in this order (the class list: one without an estimate gets a
            row of ``-``), then the others in the estimates, sorted by id; as in
            `selfassess.render.mastery_grid`.
        lang: The language of the text (of its names and codes).

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If *lang* is not a language tag.

    Example:
        >>> print(mastery_table({}))
        | student |
        |---|
    """
    if not isinstance(estimates, Mapping):
        message = f"estimates must be a mapping (got {type(estimates).__name__})"
        raise TypeError(message)
    _options.lang(lang)
    known = _options.names(names)
    listed = (
        None if standards is None else _options.values("standards", standards, Standard)
    )
    students = student_rows((s for s, _ in estimates), known)
    if listed is None:
        columns = [(key, key) for key in dict.fromkeys(t for _, t in estimates)]
    else:
        columns = [(s.id, s.code + (" (power)" if s.power else "")) for s in listed]
    rows = []
    for student in students:
        cells = [_name(known, student)]
        for key, _ in columns:
            estimate = estimates.get((student, key))
            cells.append(
                "-"
                if estimate is None
                else f"{_value(estimate)} {estimate.band.colour}".strip()
            )
        rows.append(cells)
    header = ["student", *(heading for _, heading in columns)]
    return table(header, ["---"] * len(header), rows)


_BAND_WORDS = {
    Band.MASTERED: "mastered",
    Band.NEAR: "near mastery",
    Band.NOT_YET: "not yet",
    Band.INSUFFICIENT_EVIDENCE: "too few scores",
}


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}text\n{text}\n{ticks}"


@markdown.register
def _estimate(value: MasteryEstimate, *, trace: bool = True, lang: str = "en") -> str:
    """One estimate: its value and band, then how it was reached."""
    _options.lang(lang)
    _options.flag("trace", trace)
    head = (
        f"{_value(value)}, {_BAND_WORDS[value.band]} ({value.band.colour}), "
        f"from {value.count} score{'' if value.count == 1 else 's'}."
    )
    if not trace:
        return head
    return head + "\n\n" + _fence(value.trace)


def _names_and_codes(
    names: object, codes: object, lang: object
) -> tuple[dict[str, str], dict[str, str]]:
    """Check the options of a value told with names and codes; return both."""
    _options.lang(lang)
    return _options.names(names), _options.names(codes, "codes")


@markdown.register
def _block(
    value: SelfPacedBlock,
    *,
    names: Mapping[str, str] | None = None,
    codes: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """The self-paced block's schedule: a row per segment, then the conferences."""
    names, codes = _names_and_codes(names, codes, lang)
    rows = []
    for segment in value.segments:
        what = segment.kind.value.replace("_", " ")
        if segment.standard:
            what += f" on {_name(codes, segment.standard)}"
        who = ", ".join(_name(names, s) for s in segment.students) or (
            "the whole class"
            if segment.kind is SegmentKind.LAUNCH
            else "the class, in stations"
        )
        rows.append([f"{segment.starts:%H:%M}-{segment.ends:%H:%M}", what, who])
    rows += [
        [
            f"{c.starts:%H:%M}-{c.ends:%H:%M}",
            f"{c.kind.value.replace('_', ' ')} conference",
            _name(names, c.student),
        ]
        for c in value.conferences
    ]
    return table(["time", "what", "who"], ["---", "---", "---"], rows)


@markdown.register
def _quick_check(
    value: QuickCheck,
    *,
    names: Mapping[str, str] | None = None,
    codes: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """A quick check offered: ``Ana Díaz on 4.NF.1``."""
    names, codes = _names_and_codes(names, codes, lang)
    return inline(f"{_name(names, value.student)} on {_name(codes, value.standard)}")


@markdown.register
def _intervention_group(
    value: InterventionGroup,
    *,
    names: Mapping[str, str] | None = None,
    codes: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """A small group: ``4.NF.3: Caro Nguyen, Dev Patel``, greatest need first."""
    names, codes = _names_and_codes(names, codes, lang)
    students = ", ".join(_name(names, student) for student in value.students)
    return inline(f"{_name(codes, value.standard)}: {students}")


@markdown.register
def _tutor_match(
    value: TutorMatch,
    *,
    names: Mapping[str, str] | None = None,
    codes: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """A peer tutor matched: ``Ben Clarke helps Ana Díaz on 4.NF.3``."""
    names, codes = _names_and_codes(names, codes, lang)
    return inline(
        f"{_name(names, value.tutor)} helps {_name(names, value.tutee)} "
        f"on {_name(codes, value.standard)}"
    )


def _heading(level: object) -> str:
    return "#" * _options.whole("level", level, 1, 6)


@markdown.register
def _agenda(value: Agenda, *, level: int = 3, lang: str | Catalog | None = None) -> str:
    """An agenda: a heading with the slot and the leader, then the numbered items.

    Its fixed words are the catalog's of *lang* (a tag or a
    `~selfassess.language.Catalog`); by default the agenda's own language.
    """
    _tag, words, _direction = form_language(value.language if lang is None else lang)
    say = words.text
    marks = _heading(level)
    title = agenda_title(value, words)
    lines = [
        f"{marks} "
        + say(
            "family.agenda.heading",
            title=inline(title),
            minutes=value.slot_minutes,
            leader=inline(value.participant(value.leader).name),
        ),
        "",
    ]
    separator = say("base.list.separator")
    for number, item in enumerate(value.items, start=1):
        facts = say(
            "family.agenda.item_facts",
            minutes=item.minutes,
            speaker=role_words(item.speaker, words),
        )
        if item.private:
            facts += separator + say("family.agenda.item_private")
        text = f"{number}. {inline(item.title)} ({facts})"
        if item.reason:
            text += f": {inline(item.reason)}"
        if item.links:
            text += (
                " \\["
                + "; ".join(inline(link.label or link.ref) for link in item.links)
                + "\\]"
            )
        lines.append(text)
    total = sum(item.minutes for item in value.items)
    if value.afterwards:
        things = "; ".join(inline(text) for text in value.afterwards)
        lines.append("- " + say("family.agenda.afterwards_line", things=things))
    lines.append(
        "- " + say("family.agenda.total_line", total=total, slot=value.slot_minutes)
    )
    return "\n".join(lines)


@markdown.register
def _script(value: RehearsalScript, *, lang: str | Catalog | None = None) -> str:
    """A rehearsal script: the student's lines, each its own quoted paragraph.

    The lines are the script's own words; *lang* is checked (a tag or a
    `~selfassess.language.Catalog`).
    """
    form_language(value.language if lang is None else lang)
    return "\n>\n".join(f"> {inline(line.text)}" for line in value.lines)


@markdown.register
def _letter(
    value: FamilyLetter, *, level: int = 3, lang: str | Catalog | None = None
) -> str:
    """The letter home: its title as a heading, then its greeting and paragraphs.

    The letter is written in its own language already; *lang* is checked.
    """
    if lang is not None:
        form_language(lang)
    parts = [f"{_heading(level)} {inline(value.title)}", inline(value.greeting)]
    parts += [inline(text) for text in value.paragraphs]
    parts.append(inline(value.closing))
    if value.signature:
        parts.append(inline(value.signature))
    return "\n\n".join(parts)


@markdown.register
def _appointment(
    value: Appointment,
    *,
    names: Mapping[str, str] | None = None,
    level: int = 3,
    lang: str | Catalog = "en",
) -> str:
    """A family's note in brief: the heading, when, where and with whom, the reminder.

    Every word is the catalog's of *lang* (a tag or a
    `~selfassess.language.Catalog`); days and times are written as the language
    writes them.
    """
    _tag, words, _direction = form_language(lang)
    say = words.text
    known = _options.names(names)
    marks = _heading(level)
    when, facts, reminder = note_words(value, words, known)
    lines = [
        f"{marks} {inline(say('family.note.title'))}",
        "",
        f"**{inline(when)}**",
        "",
    ]
    lines += [f"- {inline(label)}: {inline(text)}" for label, text in facts]
    gone = _NOT_COMING.get(value.status)
    if gone is not None:
        lines += ["", f"**{inline(say(gone))}**"]
        return "\n".join(lines)
    lines += ["", inline(reminder)]
    return "\n".join(lines)


@markdown.register
def _scale(value: Scale, *, level: int = 3, lang: str = "en") -> str:
    """A scale: its levels, highest first, then where its bands begin."""
    _options.lang(lang)
    marks = _heading(level)
    rows = []
    for step in reversed(value.levels):
        name = f"{step.symbol} {step.label}" if step.symbol else step.label
        rows.append(
            [f"{step.points:g}", name, "yes" if step.mastery else "", step.description]
        )
    return "\n".join(
        [
            f"{marks} {inline(value.name)} (`{value.id}`)",
            "",
            table(
                ["points", "level", "mastery", "description"],
                ["---:", "---", ":---:", "---"],
                rows,
            ),
            "",
            f"Bands: mastered from {value.cuts.mastered:g}, near mastery from "
            f"{value.cuts.near:g}, not yet below.",
        ]
    )
