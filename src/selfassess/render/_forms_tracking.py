"""Printable tracking forms: the data tracker sheet and the on-task chart.

- `tracker_sheet` (``html(tracker)``): a student's data tracker as a table with the
  tracker's own columns (the pre-assessment, the formative types, the summative,
  the pre-learning goal, the reflection and the goal; the language domain on an
  English learner's tracker), its rows filled where given and empty rows to fill;
- `on_task_chart` (``html(plan)``, ``html(session)``): a row per timed interval,
  the scale's levels to circle for the student and for the teacher.

Every fixed word comes from the catalog of the ``lang`` option, the levels of a
built-in scale too.
"""

from __future__ import annotations

from datetime import date

from selfassess._scales import Scale
from selfassess._supports import WritingSupports
from selfassess.language import Catalog, level_words, scale_name
from selfassess.render import _options
from selfassess.render._dispatch import html
from selfassess.render._forms_parts import (
    SUPPORTS_CSS,
    face,
    field,
    form_page,
    header,
    mouth,
    points_choice,
    say,
    supports_section,
    table_head,
)
from selfassess.render._markup import element, escape, void
from selfassess.render._page import Paper
from selfassess.render._palette import MUTED
from selfassess.tracking._ontask import (
    ON_TASK_FOUR,
    Interval,
    IntervalPlan,
    OnTaskSession,
)
from selfassess.tracking._tracker import GradeColumn, Tracker, TrackerKind, TrackerRow

__all__ = ["on_task_chart", "tracker_sheet"]

MOST_ROWS = 40
"""The most empty rows or intervals a sheet is asked for."""


def _grade_heading(column: GradeColumn, catalog: Catalog) -> str:
    """A grade column's heading (printed sideways)."""
    return catalog.text(f"forms.tracker.grade.{column.value}")


_TRACKER_CSS = f"""
table.tracker {{ table-layout: fixed; font-size: 10pt; }}
table.tracker th {{ overflow-wrap: normal; }}
table.tracker th {{ vertical-align: bottom; padding: .15rem .2rem; }}
table.tracker th.grade span {{ writing-mode: vertical-rl; transform: rotate(180deg);
  white-space: nowrap; display: inline-block; }}
table.tracker td {{ height: 2.4rem; padding: .1rem .25rem; }}
table.tracker td.grade {{ text-align: center; font-weight: 700; }}
table.tracker .hint {{ display: block; font-size: .95em; }}
table.tracker tr.practice td {{ background: #f3f4f6; }}
table.tracker tr.practice td:first-child::after {{ content: ""; }}
.tag {{ border: 1px solid {MUTED}; border-radius: 3px; padding: 0 .2rem; font-size: .9em; }}
"""

_GRADES = tuple(GradeColumn)
# The narrow columns, whose headings are printed sideways.
_SIDEWAYS = frozenset({"standards", "domain", *(column.value for column in _GRADES)})


def _columns(tracker: Tracker, catalog: Catalog) -> list[tuple[str, str, float]]:
    """The tracker's columns: (key, heading, width in percent), in order."""
    language = tracker.kind is TrackerKind.LANGUAGE or any(
        row.language_domain is not None for row in tracker.rows
    )
    words, grade = (11.4, 4.7) if language else (12.6, 5.0)
    said = catalog.text
    columns = [("name", said("forms.tracker.assignment"), 16.0 if language else 19.0)]
    columns.append(("standards", said("forms.tracker.standards"), 8.0))
    if language:
        columns.append(("domain", said("forms.tracker.domain"), 9.0))
    first = GradeColumn.PRE_ASSESSMENT
    columns.append((first.value, _grade_heading(first, catalog), grade))
    columns.append(("pre_goal", said("forms.tracker.pre_goal"), words))
    columns.extend(
        (column.value, _grade_heading(column, catalog), grade)
        for column in _GRADES
        if column.formative
    )
    last = GradeColumn.SUMMATIVE
    columns.append((last.value, _grade_heading(last, catalog), grade))
    columns.append(("reflection", said("forms.tracker.reflection"), words))
    columns.append(("goal", said("forms.tracker.goal"), words))
    return columns


def _cell(key: str, row: TrackerRow, catalog: Catalog) -> str:
    if key == "name":
        parts = [escape(row.name)]
        if row.practice:
            tag = say(catalog.text("forms.tracker.practice"))
            parts.append(" " + element("span", {"class": "tag"}, tag))
        if row.description.strip():
            parts.append(element("span", {"class": "hint"}, escape(row.description)))
        return element("td", None, *parts)
    if key == "standards":
        return element("td", None, escape(", ".join(row.standards)))
    if key == "domain":
        domain = (
            catalog.text(f"forms.tracker.domain.{row.language_domain.value}")
            if row.language_domain is not None
            else ""
        )
        return element("td", None, escape(domain))
    texts = {"pre_goal": row.pre_learning_goal, "reflection": row.reflection}
    texts["goal"] = row.goal
    if key in texts:
        return element("td", None, escape(texts[key]))
    grade = row.grade(GradeColumn(key))
    shown = f"{grade.score:g}" if grade is not None else ""
    return element("td", {"class": "grade"}, shown)


@html.register
def tracker_sheet(
    tracker: Tracker,
    *,
    blank_rows: int = 4,
    student_name: str | None = None,
    supports: WritingSupports | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return a student's data tracker as a sheet: its rows, and empty rows to fill.

    The tracker's own columns: the assignment (with its description), the standards
    it covers, the language domain (on an English learner's tracker), the
    pre-assessment grade and the pre-learning goal, the formative grades by type,
    the summative grade, the reflection and the standards-based goal. Grades and
    words already recorded are printed; practice rows are marked. A reduced tracker
    says it holds only the assignments the student is expected to complete.

    Args:
        tracker: The tracker.
        blank_rows: Empty rows to add below its rows; 0 to 40.
        student_name: Printed on the name line; a line to write on if ``None``.
        supports: A teacher's word bank, sentence starters and exemplars for the
            reflections, printed above the table; ``None`` for none.
        lang: The page's language: a language tag or a
            `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page.

    Raises:
        TypeError: If *tracker* is not a `selfassess.tracking.Tracker`, or an option has
            the wrong type.
        ValueError: If *blank_rows* is not from 0 to 40, or *lang* is not a language tag.
    """
    tracker = _options.instance("tracker", tracker, Tracker)
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    empty = _options.whole("blank_rows", blank_rows, 0, MOST_ROWS)
    name = _options.optional_text("student_name", student_name)
    helps = _options.optional_instance("supports", supports, WritingSupports)
    columns = _columns(tracker, catalog)
    heads = []
    for key, heading, _ in columns:
        if key in _SIDEWAYS:
            heads.append(
                element(
                    "th",
                    {"scope": "col", "class": "grade"},
                    element("span", None, escape(heading)),
                )
            )
        else:
            heads.append(element("th", {"scope": "col"}, escape(heading)))
    rows = [
        element(
            "tr",
            {"class": "practice" if row.practice else None},
            *(_cell(key, row, catalog) for key, _, _ in columns),
        )
        for row in tracker.rows
    ]
    rows.extend(
        element(
            "tr",
            {"class": "empty"},
            *(element("td", None) for _ in columns),
        )
        for _ in range(empty)
    )
    subject = tracker.subject + (f" ({tracker.domain})" if tracker.domain else "")
    kind = catalog.text(f"forms.tracker.kind.{tracker.kind.value}")
    notes = catalog.text(f"forms.tracker.note.{tracker.kind.value}")
    key = " · ".join(
        f"{level.points:g} {level_words(tracker.scale, level, language=catalog)}"
        for level in tracker.scale.levels
    )
    title = catalog.text("forms.tracker.title", kind=kind, subject=subject)
    table = element(
        "table",
        {"class": "tracker"},
        element("caption", {"class": "sr-only"}, escape(title)),
        *(void("col", {"style": f"width:{width:g}%"}) for _, _, width in columns),
        element("thead", None, element("tr", None, *heads)),
        element("tbody", None, *rows),
    )
    grades = catalog.text(
        "forms.tracker.grades",
        scale=scale_name(tracker.scale, language=catalog),
        key=key,
    )
    body = (
        element("h1", None, escape(title))
        + element(
            "div",
            {"class": "head"},
            field("tk-name", catalog.text("forms.name"), name),
            field("tk-subject", catalog.text("forms.subject"), subject),
        )
        + element("p", {"class": "key"}, escape(notes) + " " + escape(grades))
        + supports_section(helps, catalog)
        + table
    )
    return form_page(
        title=title,
        body=body,
        lang=lang,
        direction=direction,
        paper=paper,
        css=_TRACKER_CSS + (SUPPORTS_CSS if helps else ""),
    )


_CHART_CSS = f"""
table.ontask {{ table-layout: fixed; }}
table.ontask td, table.ontask th {{ vertical-align: middle; padding: .15rem .3rem; }}
table.ontask .levels {{ display: flex; gap: .25rem; flex-wrap: wrap; }}
table.ontask .levels label {{ display: flex; align-items: center; gap: .15rem; margin: 0;
  font-weight: 700; border: 1px solid {MUTED}; border-radius: 1rem; padding: 0 .35rem 0 .2rem; }}
table.ontask .levels .face {{ width: 1.6rem; }}
table.ontask input[type=radio] {{ margin: 0; }}
table.ontask td.minutes {{ text-align: center; }}
table.ontask td.minutes .write {{ min-height: 1.3rem; }}
"""


def _ratings(
    id: str,
    who: str,
    scale: Scale,
    *,
    picked: float | None,
    faces: bool,
    lang: str,
    catalog: Catalog,
) -> str:
    labels = []
    for number, level in enumerate(scale.levels):
        label = level_words(scale, level, language=catalog)
        picture = (
            face(level, mouth(scale, number), lang=lang, catalog=catalog, label=label)
            if faces
            else ""
        )
        labels.append(
            points_choice(
                f"{id}-{number}",
                id,
                level,
                checked=picked == level.points,
                picture=picture,
                label=label,
            )
        )
    return element(
        "div", {"class": "levels", "role": "radiogroup", "aria-label": who}, *labels
    )


def _plan_rule(plan: IntervalPlan, catalog: Catalog) -> str:
    rule = plan.growth
    said = [
        catalog.text("forms.ontask.start", minutes=plan.start_minutes),
        catalog.text(
            "forms.ontask.grow.one" if rule.after == 1 else "forms.ontask.grow.many",
            after=rule.after,
            add=rule.add_minutes,
            most=plan.maximum_minutes,
        ),
    ]
    if rule.back_off_after is not None:
        said.append(
            catalog.text(
                "forms.ontask.back_off",
                count=rule.back_off_after,
                add=rule.add_minutes,
            )
        )
    return " ".join(said)


def on_task_chart(
    value: IntervalPlan | OnTaskSession,
    *,
    intervals: int | None = None,
    scale: Scale | None = None,
    student_name: str | None = None,
    on: date | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return the on-task tracking chart: a row per timed interval to rate.

    After each interval the student circles a level of the scale (faces where the
    scale has them, as `selfassess.THREE_FACES`), and the teacher may circle theirs
    beside it for calibration. From an interval plan the chart is empty but for the
    first interval's length and the plan's growth rule; from a session, its
    intervals are filled in.

    Args:
        value: An interval plan (an empty chart) or a session (filled in).
        intervals: How many rows; 6 by default for a plan, the session's intervals
            for a session (more adds empty rows). 1 to 40.
        scale: The scale to rate on; a plan's chart uses `selfassess.tracking.ON_TASK_FOUR` by default,
            a session's is the session's scale.
        student_name: Printed on the name line; a line to write on if ``None``.
        on: The day; a session's own day by default.
        lang: The page's language: a language tag or a
            `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page.

    Raises:
        TypeError: If *value* is neither an interval plan nor a session, or an
            option has the wrong type.
        ValueError: If *intervals* is out of range or fewer than the session's, a
            session's *scale* is not its own, or *lang* is not a language tag.
    """
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    if not isinstance(value, (IntervalPlan, OnTaskSession)):
        message = (
            "on_task_chart() draws an IntervalPlan or an OnTaskSession "
            f"(got {type(value).__name__})"
        )
        raise TypeError(message)
    _options.optional_instance("scale", scale, Scale)
    name = _options.optional_text("student_name", student_name)
    _options.optional_instance("on", on, date)
    done: tuple[Interval, ...] = ()
    day: date | None = on
    if isinstance(value, OnTaskSession):
        if scale is not None and scale != value.scale:
            message = (
                f"scale must be the session's own ({value.scale.id!r}) "
                f"(got {scale.id!r})"
            )
            raise ValueError(message)
        chosen, done, day = value.scale, value.intervals, on or value.held_on
        rule = catalog.text(
            "forms.ontask.session", count=len(done), minutes=value.minutes
        )
        least = max(len(done), 1)
    else:
        chosen, day, least = scale or ON_TASK_FOUR, on, 1
        rule = _plan_rule(value, catalog)
    wanted: object = intervals
    if intervals is None:
        wanted = len(done) if done else 6
    count = _options.whole("intervals", wanted, least, MOST_ROWS)
    faces = any(level.symbol for level in chosen.levels)
    rows = []
    for index in range(count):
        interval = done[index] if index < len(done) else None
        if interval is not None:
            minutes = f"{interval.minutes}"
        elif index == 0 and isinstance(value, IntervalPlan):
            minutes = f"{value.start_minutes}"
        else:
            minutes = void(
                "input",
                {
                    "type": "text",
                    "class": "write",
                    "id": f"ot-{index}-min",
                    "aria-label": catalog.text(
                        "forms.ontask.minutes_for", number=index + 1
                    ),
                },
            )
        note = interval.note if interval is not None else ""
        note_cell = (
            escape(note)
            if note.strip()
            else void(
                "input",
                {
                    "type": "text",
                    "class": "write",
                    "id": f"ot-{index}-note",
                    "aria-label": catalog.text(
                        "forms.ontask.worked_on_for", number=index + 1
                    ),
                },
            )
        )
        rows.append(
            element(
                "tr",
                None,
                element("th", {"scope": "row"}, f"{index + 1}"),
                element("td", {"class": "minutes"}, minutes),
                element(
                    "td",
                    None,
                    _ratings(
                        f"ot-{index}-s",
                        catalog.text("forms.ontask.mine_for", number=index + 1),
                        chosen,
                        picked=interval.rating if interval is not None else None,
                        faces=faces,
                        lang=lang,
                        catalog=catalog,
                    ),
                ),
                element(
                    "td",
                    None,
                    _ratings(
                        f"ot-{index}-t",
                        catalog.text("forms.ontask.teacher_for", number=index + 1),
                        chosen,
                        picked=interval.teacher_rating
                        if interval is not None
                        else None,
                        faces=False,
                        lang=lang,
                        catalog=catalog,
                    ),
                ),
                element("td", None, note_cell),
            )
        )
    student_width = 36 if faces or len(chosen.levels) > 3 else 30
    table = element(
        "table",
        {"class": "ontask"},
        element(
            "caption", {"class": "sr-only"}, say(catalog.text("forms.ontask.caption"))
        ),
        void("col", {"style": "width:6%"}),
        void("col", {"style": "width:10%"}),
        void("col", {"style": f"width:{student_width}%"}),
        void("col", {"style": "width:24%"}),
        void("col", {"style": f"width:{60 - student_width}%"}),
        table_head(
            "#",
            say(catalog.text("forms.ontask.minutes")),
            say(catalog.text("forms.ontask.mine")),
            say(catalog.text("forms.ontask.teacher")),
            say(catalog.text("forms.ontask.worked_on")),
        ),
        element("tbody", None, *rows),
    )
    levels = element(
        "ul",
        {"class": "key"},
        *(
            element(
                "li",
                None,
                element(
                    "b",
                    None,
                    f"{level.points:g} "
                    + escape(level_words(chosen, level, language=catalog)),
                ),
                (
                    ": "
                    + escape(
                        level_words(chosen, level, language=catalog, description=True)
                    )
                )
                if level.description
                else "",
            )
            for level in chosen.levels
        ),
    )
    title = catalog.text("forms.ontask.title")
    body = (
        element("h1", None, say(title))
        + header("ot", name, day, catalog=catalog)
        + element("p", {"class": "key"}, escape(rule))
        + levels
        + table
    )
    return form_page(
        title=title,
        body=body,
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CHART_CSS,
    )


html.register(IntervalPlan, on_task_chart)
html.register(OnTaskSession, on_task_chart)
