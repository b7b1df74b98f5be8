"""Printable goal forms: Three Pluses and a Goal, the self-evaluation sheet, goal cards.

- `three_pluses_form` (``html(form)``): the student's, the family's and the
  teacher's three pluses and a goal, filled where written, lines where not;
- `self_evaluation_sheet`: each goal with an empty fraction bar to colour and
  "what I did / what next" lines;
- `goal_card` (``html(goal)``): a quarter-page card for the corner of the desk.

Every fixed word comes from the catalog of the ``lang`` option; a teacher's writing
supports (``supports=``) are printed where given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from selfassess._people import Role
from selfassess._supports import WritingSupports
from selfassess.goals._goals import Goal
from selfassess.goals._pluses import PlusesSection, ThreePlusesAndAGoal
from selfassess.language import Catalog
from selfassess.render import _options
from selfassess.render._dispatch import html
from selfassess.render._forms_parts import (
    MOST_PARTS,
    SUPPORTS_CSS,
    empty_bar,
    field,
    form_page,
    header,
    prompt_text,
    say,
    supports_section,
)
from selfassess.render._markup import element, escape, void
from selfassess.render._page import Paper
from selfassess.render._palette import INK, MUTED

__all__ = ["goal_card", "self_evaluation_sheet", "three_pluses_form"]

_PLUSES = 3
"""Three pluses: each section has at least three lines for strengths."""

_SECTIONS = (
    ("from_student", Role.STUDENT, "forms.pluses.student", "three-pluses"),
    ("from_parent", Role.FAMILY, "forms.pluses.family", "parent-strengths-goal"),
    ("from_teacher", Role.TEACHER, "forms.pluses.teacher", "teacher-strengths-goal"),
)

_PLUSES_CSS = f"""
.pluses {{ list-style: none; margin: .1rem 0; padding: 0; }}
.pluses li {{ display: flex; align-items: flex-end; gap: .4rem; margin: .4rem 0; }}
.pluses .mark {{ flex: none; width: 1.3rem; height: 1.3rem; border: 1.5px solid {INK};
  border-radius: 50%; text-align: center; line-height: 1.15rem; font-weight: 700; }}
.pluses .write, .pluses .said {{ flex: 1 1 auto; }}
.pluses .said {{ border-bottom: 1px solid {MUTED}; }}
section.part {{ border: 1px solid {MUTED}; border-radius: 4px; padding: .2rem .6rem .4rem;
  margin: .45rem 0; break-inside: avoid; }}
section.part h2 {{ margin-top: .1rem; }}
"""


def _section(
    key: str,
    title: str,
    prompt: str,
    section: PlusesSection | None,
    catalog: Catalog,
) -> str:
    strengths = section.strengths if section is not None else ()
    items = []
    for number in range(max(_PLUSES, len(strengths))):
        mark = element("span", {"class": "mark", "aria-hidden": "true"}, "+")
        said = catalog.text("forms.pluses.plus", who=title, number=number + 1)
        if number < len(strengths):
            text = element("span", {"class": "sr-only"}, escape(said) + ": ")
            shown = element("span", {"class": "said"}, text + escape(strengths[number]))
        else:
            shown = void(
                "input",
                {
                    "type": "text",
                    "class": "write",
                    "id": f"tp-{key}-{number}",
                    "aria-label": said,
                },
            )
        items.append(element("li", None, mark, shown))
    goal = section.goal.statement if section is not None else None
    return element(
        "section",
        {"class": "part", "aria-labelledby": f"tp-{key}"},
        element("h2", {"id": f"tp-{key}"}, escape(title)),
        element("p", {"class": "hint"}, escape(prompt)),
        element("ol", {"class": "pluses"}, *items),
        field(f"tp-{key}-goal", catalog.text("forms.goal"), goal),
    )


@html.register
def three_pluses_form(
    form: ThreePlusesAndAGoal,
    *,
    student_name: str | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return the Three Pluses and a Goal sheet of a student-led conference.

    Three parts, student, family and teacher, each with three pluses (strengths)
    and one goal: what the form holds is printed, and the rest are lines to write
    on (a part not written yet is all lines). Each part opens with the prompt
    bank's question for its writer.

    Args:
        form: The form, as far as it is written.
        student_name: Printed on the name line; a line to write on if ``None``.
        lang: The page's language: a language tag or a
            `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page.

    Raises:
        TypeError: If *form* is not a `selfassess.goals.ThreePlusesAndAGoal`, or an
            option has the wrong type.
        ValueError: If *lang* is not a language tag.
    """
    form = _options.instance("form", form, ThreePlusesAndAGoal)
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    name = _options.optional_text("student_name", student_name)
    parts = [
        _section(
            role.value,
            catalog.text(title),
            prompt_text(prompt, None, catalog),
            getattr(form, attribute),
            catalog,
        )
        for attribute, role, title, prompt in _SECTIONS
    ]
    title = catalog.text("forms.pluses.title")
    body = (
        element("h1", None, say(title))
        + header("tp", name, form.written_on, catalog=catalog)
        + "".join(parts)
    )
    return form_page(
        title=title,
        body=body,
        lang=lang,
        direction=direction,
        paper=paper,
        css=_PLUSES_CSS,
    )


_SHEET_CSS = f"""
section.goal {{ border: 1px solid {MUTED}; border-radius: 4px; padding: .25rem .6rem .4rem;
  margin: .4rem 0; break-inside: avoid; }}
section.goal h2 {{ font-size: 1rem; margin: .1rem 0; }}
section.goal .bar {{ width: 3.4in; margin: .2rem 0; }}
"""


def _measure(goal: Goal, catalog: Catalog) -> str:
    """The goal's measure, start, target and date in words, or ``""``.

    English keeps the forms' figures and ISO day; another language writes its
    numbers and its day as it does (`selfassess.language.Catalog.date`).
    """
    english = catalog.language == "en"
    said = []
    if goal.measure:
        said.append(catalog.text("forms.measure", measure=goal.measure))
    if goal.baseline is not None and goal.target is not None:
        said.append(
            catalog.text(
                "forms.measure.range",
                start=f"{goal.baseline:g}"
                if english
                else catalog.number(goal.baseline),
                target=f"{goal.target:g}" if english else catalog.number(goal.target),
            )
        )
    if goal.due_on is not None:
        day = goal.due_on.isoformat() if english else catalog.date(goal.due_on)
        said.append(catalog.text("forms.measure.by", day=day))
    return " ".join(said)


def self_evaluation_sheet(
    goals: Sequence[Goal],
    *,
    parts: int = 4,
    student_name: str | None = None,
    on: date | None = None,
    supports: WritingSupports | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return the self-evaluation sheet: each goal with an empty bar to colour.

    The student colours as many parts of each goal's fraction bar as they have
    reached, then writes what they did and what they will do next (the practice's
    goal review with fraction bars).

    Args:
        goals: The goals, in order; at least one.
        parts: How many parts each bar has; 1 to 20.
        student_name: Printed on the name line; a line to write on if ``None``.
        on: The day, printed on the date line; a line to write on if ``None``.
        supports: A teacher's word bank, sentence starters and exemplars for the
            "what I did" lines, printed once for the sheet; ``None`` prints each
            goal's own ``Goal.supports`` under it.
        lang: The page's language: a language tag or a
            `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page.

    Raises:
        TypeError: If *goals* is not a sequence of `selfassess.goals.Goal`, or an
            option has the wrong type.
        ValueError: If *goals* is empty, *parts* is not from 1 to 20, or *lang* is
            not a language tag.

    Example:
        >>> from selfassess.goals import Goal
        >>> goal = Goal(id="g1", student="ana", statement="Read 70 words a minute")
        >>> self_evaluation_sheet([goal], parts=5).count('class="part"')
        5
    """
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    chosen = _options.values("goals", goals, Goal, least=1)
    count = _options.whole("parts", parts, 1, MOST_PARTS)
    name = _options.optional_text("student_name", student_name)
    _options.optional_instance("on", on, date)
    helps = _options.optional_instance("supports", supports, WritingSupports)
    sections = []
    for index, goal in enumerate(chosen):
        said = _measure(goal, catalog)
        heading = catalog.text(
            "forms.sheet.goal", number=index + 1, statement=goal.statement
        )
        sections.append(
            element(
                "section",
                {"class": "goal", "aria-labelledby": f"se-g{index}"},
                element("h2", {"id": f"se-g{index}"}, escape(heading)),
                element("p", {"class": "hint"}, escape(said)) if said else "",
                element(
                    "p", None, say(catalog.text("forms.sheet.colour", count=count))
                ),
                empty_bar(count, lang=lang, catalog=catalog),
                field(f"se-g{index}-did", catalog.text("forms.sheet.did")),
                field(f"se-g{index}-next", catalog.text("forms.sheet.next")),
                supports_section(goal.supports, catalog) if helps is None else "",
            )
        )
    prompt = prompt_text("goal-progress", None, catalog)
    title = catalog.text("forms.sheet.title")
    body = (
        element("h1", None, say(title))
        + header("se", name, on, catalog=catalog)
        + element("p", {"class": "key"}, escape(prompt))
        + supports_section(helps, catalog)
        + "".join(sections)
    )
    return form_page(
        title=title,
        body=body,
        lang=lang,
        direction=direction,
        paper=paper,
        css=_SHEET_CSS
        + (
            SUPPORTS_CSS
            if helps or (helps is None and any(goal.supports for goal in chosen))
            else ""
        ),
    )


_CARD_CSS = f"""
.card {{ width: 3.6in; min-height: 4.8in; border: 1.5px dashed {INK}; border-radius: 6px;
  padding: .3rem .5rem; break-inside: avoid; }}
.card h1 {{ font-size: 1.15rem; }}
.card .statement {{ font-size: 1.1rem; font-weight: 700; margin: .2rem 0 .3rem; }}
.card .bar {{ width: 100%; margin: .2rem 0; }}
.card ol {{ margin: .1rem 0; padding-inline-start: 1.2rem; }}
.card ol li {{ margin: .15rem 0; }}
"""


@html.register
def goal_card(
    goal: Goal,
    *,
    steps: Sequence[str] = (),
    parts: int = 4,
    student_name: str | None = None,
    supports: WritingSupports | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return a goal card for the corner of the desk: a quarter of a page, to cut out.

    The goal, how it is measured (start, target, date), the steps toward it (the
    ones given, then lines up to three) and an empty fraction bar to colour as the
    student gets there.

    Args:
        goal: The goal.
        steps: The steps toward it, written in; lines to write on for the rest.
        parts: How many parts the bar has; 1 to 20.
        student_name: Printed on the card; a line to write on if ``None``.
        supports: A teacher's word bank, sentence starters and exemplars for
            writing the steps, printed on the card; ``None`` prints the goal's
            own ``Goal.supports``.
        lang: The page's language: a language tag or a
            `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page holding the card.

    Raises:
        TypeError: If *goal* is not a `selfassess.goals.Goal`, *steps* is not a sequence
            of strings, or an option has the wrong type.
        ValueError: If *parts* is not from 1 to 20, or *lang* is not a language tag.
    """
    goal = _options.instance("goal", goal, Goal)
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    given = _options.texts("steps", steps)
    count = _options.whole("parts", parts, 1, MOST_PARTS)
    name = _options.optional_text("student_name", student_name)
    helps = _options.optional_instance("supports", supports, WritingSupports)
    if helps is None:
        helps = goal.supports
    items = []
    for number in range(max(_PLUSES, len(given))):
        if number < len(given) and given[number].strip():
            items.append(element("li", None, escape(given[number])))
        else:
            items.append(
                element(
                    "li",
                    None,
                    void(
                        "input",
                        {
                            "type": "text",
                            "class": "write",
                            "id": f"gc-step-{number}",
                            "aria-label": catalog.text(
                                "forms.goal_card.step", number=number + 1
                            ),
                        },
                    ),
                )
            )
    said = _measure(goal, catalog)
    card = element(
        "article",
        {"class": "card", "aria-labelledby": "gc-title"},
        element("h1", {"id": "gc-title"}, say(catalog.text("forms.goal_card.heading"))),
        field("gc-name", catalog.text("forms.name"), name),
        element("p", {"class": "statement"}, escape(goal.statement)),
        element("p", {"class": "hint"}, escape(said)) if said else "",
        element("h2", None, say(catalog.text("forms.goal_card.steps"))),
        element("ol", None, *items),
        supports_section(helps, catalog),
        element("h2", None, say(catalog.text("forms.goal_card.far", count=count))),
        empty_bar(count, lang=lang, catalog=catalog),
    )
    return form_page(
        title=catalog.text("forms.goal_card.title", statement=goal.statement),
        body=card,
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CARD_CSS + (SUPPORTS_CSS if helps else ""),
    )
