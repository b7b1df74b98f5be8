"""Printable forms: the self-assessment form and the self-report card.

Each is one sheet of paper (Letter or A4) unless the data is longer, and a page a
student can fill on screen too: every level to tick is a labelled radio input, every
line to write on a labelled input. What the data already holds is printed.

- `self_assessment_form` (``html(rubric)``): each criterion with its descriptors as
  the levels to tick, or a scale's faces to circle, and a "why I chose this" line;
  for an English learner at a beginning or intermediate level, a word bank and
  sentence starters; a teacher's own writing supports where given. The form from a learning target's success criteria
  (`selfassess.rubrics.learning_target_form`) is drawn by the same function.
- `self_report_card_form` (``html(card)``): the self-report card of a student-led
  conference: can-do statements to highlight, the student's own grade and why.

Every fixed word comes from the catalog of the ``lang`` option (a language tag or a
`selfassess.language.Catalog`); the page says its language and direction.

The other forms are in `_forms_goals` (Three Pluses and a Goal, the self-evaluation
sheet, the goal card) and `_forms_tracking` (the data tracker, the on-task chart).
"""

from __future__ import annotations

from datetime import date

from selfassess._proficiency import Proficiency, WidaLevel
from selfassess._scales import Scale
from selfassess._supports import WritingSupports
from selfassess._terms import TermName
from selfassess.language import Catalog, level_words
from selfassess.render import _forms_goals, _forms_tracking, _options
from selfassess.render._dispatch import html
from selfassess.render._forms_parts import (
    SUPPORTS_CSS,
    face,
    field,
    form_page,
    header,
    level_choice,
    lines,
    mouth,
    points_choice,
    prompt_text,
    say,
    supports_section,
    table_head,
)
from selfassess.render._markup import element, escape, void
from selfassess.render._page import Paper
from selfassess.rubrics._report_card import CardEntry, CardStandard, SelfReportCard
from selfassess.rubrics._rubric import Criterion, Descriptor, Rubric

__all__ = [
    "SENTENCE_STARTERS",
    "WORD_BANK",
    "self_assessment_form",
    "self_report_card_form",
]

# Re-exported so that `import _forms` registers every form.
goal_card = _forms_goals.goal_card
self_evaluation_sheet = _forms_goals.self_evaluation_sheet
three_pluses_form = _forms_goals.three_pluses_form
tracker_sheet = _forms_tracking.tracker_sheet
on_task_chart = _forms_tracking.on_task_chart

WORD_BANK: dict[Proficiency, tuple[str, ...]] = {
    Proficiency.BEGINNING: (
        "I can",
        "help",
        "alone",
        "friend",
        "group",
        "listen",
        "share",
        "finish",
        "try",
        "easy",
        "hard",
    ),
    Proficiency.INTERMEDIATE: (
        "because",
        "by myself",
        "with help",
        "partner",
        "explain",
        "listen",
        "share",
        "idea",
        "practice",
        "improve",
        "next time",
    ),
}
"""Words a student may copy into the "why" lines, by English-language proficiency.

Only the beginning and intermediate levels have a bank: at the advanced level the
form is the class's own. The criteria's titles are added to the bank on each form.
These are the English words; a form in another language prints the catalog's
(messages ``forms.word_bank.beginning`` and ``forms.word_bank.intermediate``, a
word a line)."""

SENTENCE_STARTERS: dict[Proficiency, tuple[str, ...]] = {
    Proficiency.BEGINNING: (
        "I can ...",
        "I need help with ...",
        "My work shows ...",
    ),
    Proficiency.INTERMEDIATE: (
        "I chose this level because ...",
        "I can ..., but I need help with ...",
        "One thing I did well was ...",
        "Next time I will ...",
    ),
}
"""Sentence starters for the "why" lines, by English-language proficiency.

Short and plain, one idea each, as the prompt bank's leveled wordings are. In
another language, the catalog's (``forms.starters.beginning``,
``forms.starters.intermediate``, a starter a line)."""

# The "why" line's label and hint, by proficiency: message ids.
_WHY = {
    None: ("forms.why", None),
    Proficiency.ADVANCED: ("forms.why", None),
    Proficiency.INTERMEDIATE: ("forms.why.short", "forms.why.hint.intermediate"),
    Proficiency.BEGINNING: ("forms.why.short", "forms.why.hint.beginning"),
}


def _descriptor_text(descriptor: Descriptor) -> tuple[str, str]:
    """The name and the detail a rating is shown with."""
    name = descriptor.label
    if descriptor.title.strip() and descriptor.points is not None:
        name = f"{descriptor.title} ({descriptor.points:g})"
    detail = descriptor.description
    if not detail.strip() and descriptor.can_do:
        detail = " ".join(descriptor.can_do)
    if detail.strip() == name.strip():
        detail = ""
    return name, detail


def _aim(rubric: Rubric, criterion: Criterion) -> str:
    """What work at the lowest mastery level of the criterion looks like, if said."""
    if rubric.scale is None:
        return ""
    for level in rubric.scale.mastery_levels:
        found = criterion.descriptor(level.points) if criterion.on_scale else None
        if found is not None and found.description.strip():
            return found.description
    return ""


def _criterion(
    rubric: Rubric,
    index: int,
    criterion: Criterion,
    *,
    scale: Scale | None,
    proficiency: Proficiency | None,
    lang: str,
    catalog: Catalog,
) -> str:
    prefix = f"sa-c{index}"
    parts = [element("legend", None, escape(criterion.title))]
    if criterion.description.strip():
        parts.append(element("p", {"class": "hint"}, escape(criterion.description)))
    if criterion.feedback_only:
        in_words = catalog.text("forms.sa.in_my_words")
        parts.append(field(f"{prefix}-text", in_words, rows=2))
        return element("fieldset", None, *parts)
    choices = []
    if scale is not None:
        aim = _aim(rubric, criterion)
        if aim:
            said = catalog.text("forms.sa.aim", aim=aim)
            parts.append(element("p", {"class": "hint"}, escape(said)))
        for number, level in enumerate(scale.levels):
            label = level_words(scale, level, language=catalog)
            choices.append(
                level_choice(
                    f"{prefix}-l{number}",
                    prefix,
                    f"{level.points:g}",
                    text=label,
                    detail=level_words(
                        scale, level, language=catalog, description=True
                    ),
                    picture=face(
                        level,
                        mouth(scale, number),
                        lang=lang,
                        catalog=catalog,
                        label=label,
                    ),
                    hidden=f"{criterion.title}: ",
                )
            )
    else:
        for number, descriptor in enumerate(criterion.descriptors):
            name, detail = _descriptor_text(descriptor)
            choices.append(
                level_choice(
                    f"{prefix}-l{number}",
                    prefix,
                    _value(descriptor, number),
                    text=name,
                    detail=detail,
                    hidden=f"{criterion.title}: ",
                )
            )
    parts.append(
        element(
            "div",
            {"class": "choices", "role": "radiogroup", "aria-label": criterion.title},
            *choices,
        )
    )
    why, hint = _WHY[proficiency]
    parts.append(
        field(
            f"{prefix}-why",
            catalog.text(why),
            hint="" if hint is None else catalog.text(hint),
        )
    )
    return element("fieldset", None, *parts)


def _value(descriptor: Descriptor, number: int) -> str:
    """The value a rating's input sends: its points, else its place."""
    return f"{descriptor.points:g}" if descriptor.points is not None else str(number)


def _helps(rubric: Rubric, proficiency: Proficiency | None, catalog: Catalog) -> str:
    """The word bank and sentence starters, at the beginning and intermediate levels."""
    if proficiency not in WORD_BANK:
        return ""
    assert proficiency is not None  # for mypy: the bank has no None
    titles = [c.title for c in rubric.criteria if len(c.title.split()) <= 2]
    words = lines(catalog, f"forms.word_bank.{proficiency.value}")
    bank: dict[str, None] = dict.fromkeys([*titles, *words])
    starters = lines(catalog, f"forms.starters.{proficiency.value}")
    return element(
        "section",
        {"class": "help", "aria-labelledby": "sa-help"},
        element("h2", {"id": "sa-help"}, say(catalog.text("forms.help.heading"))),
        element(
            "ul",
            {"class": "bank", "aria-label": catalog.text("forms.help.bank")},
            *(element("li", None, escape(word)) for word in bank),
        ),
        element(
            "p", None, element("b", None, say(catalog.text("forms.help.starters")))
        ),
        element("ul", None, *(element("li", None, escape(s)) for s in starters)),
    )


@html.register
def self_assessment_form(
    rubric: Rubric,
    *,
    scale: Scale | None = None,
    proficiency: Proficiency | WidaLevel | None = None,
    supports: WritingSupports | None = None,
    student_name: str | None = None,
    on: date | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return the self-assessment form for a rubric: a level to tick per criterion.

    The student ticks, for each criterion, the rating (descriptor) that matches
    their work, and says why on a line below it; a feedback-only criterion is lines
    to write on. With a *scale*, such as `selfassess.THREE_FACES`, each criterion is
    rated on the scale's faces instead, its mastery descriptor shown as the aim
    (faces for young learners and English learners). For an English learner at the
    beginning or intermediate level (*proficiency*), the form adds a word bank and
    sentence starters (``WORD_BANK``, ``SENTENCE_STARTERS`` in this module) and the prompt bank's
    leveled question. A teacher's own *supports* (a word bank, sentence starters,
    exemplars) are printed under "Words you can use", "Sentence starters" and "An
    example", for English learners and for students who struggle with writing.

    Every fixed word is in the language of *lang*; the levels of a built-in scale
    too (`selfassess.language.level_words`); the rubric's own words stay as the
    teacher wrote them.

    Args:
        rubric: The rubric, such as `selfassess.rubrics.COLLABORATION` or a
            `selfassess.rubrics.learning_target_form`.
        scale: A scale to circle on each criterion, drawn as faces; ``None`` for the
            criteria's own ratings.
        proficiency: The student's English-language proficiency, a band or one of
            WIDA's six levels (1 and 2 the beginning band); ``None`` for a student
            fluent in the language of the class.
        supports: A teacher's word bank, sentence starters and exemplars, printed
            above the criteria; ``None`` for none.
        student_name: Printed on the name line; a line to write on if ``None``.
        on: The day, printed on the date line; a line to write on if ``None``.
        lang: The page's language: a language tag (a tag no catalog has keeps the
            English words) or a `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page.

    Raises:
        TypeError: If *rubric* is not a `selfassess.rubrics.Rubric`, or an option has
            the wrong type.
        ValueError: If *lang* is not a language tag.

    Example:
        >>> from selfassess.rubrics import COLLABORATION
        >>> page = self_assessment_form(COLLABORATION, student_name="Ana")
        >>> page.count('type="radio"')
        16
        >>> spanish = self_assessment_form(COLLABORATION, lang="es")
        >>> "Autoevaluación" in spanish, "Self-assessment" in spanish
        (True, False)
    """
    rubric = _options.instance("rubric", rubric, Rubric)
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    chosen = _options.optional_instance("scale", scale, Scale)
    level = _proficiency(proficiency)
    helps = _options.optional_instance("supports", supports, WritingSupports)
    name = _options.optional_text("student_name", student_name)
    day = _options.optional_instance("on", on, date)
    prompt = prompt_text("self-grade", proficiency, catalog)
    key = catalog.text(
        "forms.sa.key.faces" if chosen is not None else "forms.sa.key.levels"
    )
    body = [
        element("h1", None, escape(rubric.title)),
        element("p", {"class": "key"}, say(key) + " " + escape(prompt)),
        header("sa", name, day, catalog=catalog),
        _helps(rubric, level, catalog),
        supports_section(helps, catalog),
    ]
    body.extend(
        _criterion(
            rubric,
            index,
            criterion,
            scale=chosen,
            proficiency=level,
            lang=lang,
            catalog=catalog,
        )
        for index, criterion in enumerate(rubric.criteria)
    )
    return form_page(
        title=catalog.text("forms.sa.title", title=rubric.title),
        body="".join(body),
        lang=lang,
        direction=direction,
        paper=paper,
        css=SUPPORTS_CSS if helps else "",
    )


def _proficiency(value: object) -> Proficiency | None:
    """The band of the *proficiency* option: a band, a WIDA level or ``None``."""
    if value is None or isinstance(value, Proficiency):
        return value
    if isinstance(value, WidaLevel):
        return value.proficiency
    message = (
        "proficiency must be a Proficiency, a WidaLevel or None "
        f"(got {type(value).__name__})"
    )
    raise TypeError(message)


_CARD_CSS = """
table.card { table-layout: fixed; font-size: .95rem; }
table.card th[scope=rowgroup] { background: #e6e8eb; }
table.card td { padding: .15rem .3rem; }
table.card ul { list-style: none; margin: .1rem 0 0; padding: 0; }
table.card li label, table.card .grade label { display: flex; gap: .25rem;
  font-weight: 400; margin: 0; align-items: flex-start; }
table.card input { margin: .15rem 0 0; flex: none; }
table.card .grade { display: flex; flex-wrap: wrap; gap: .1rem .5rem; border: 0;
  padding: 0; margin: 0; }
table.card .picked { font-weight: 700; text-decoration: underline; }
table.card .why { min-height: 3.2rem; }
"""


def _term(card: SelfReportCard, term: object) -> TermName:
    chosen = _options.optional_instance("term", term, TermName)
    if chosen is None:
        given = [t for t in card.terms if any(e.term is t for e in card.entries)]
        return given[-1] if given else card.terms[0]
    if chosen not in card.terms:
        known = ", ".join(t.value for t in card.terms)
        message = f"term must be a term of the card ({known}) (got {chosen.value!r})"
        raise ValueError(message)
    return chosen


def _card_row(
    card: SelfReportCard,
    id: str,
    standard: CardStandard,
    entry: CardEntry | None,
    term: TermName,
    *,
    catalog: Catalog,
) -> str:
    highlighted = set(entry.can_do) if entry is not None else set()
    items = []
    # The term's benchmark where the standard changes by term.
    for position, descriptor in enumerate(standard.descriptors_in(term)):
        for number, text in enumerate(descriptor.can_do):
            box = f"{id}-d{position}-{number}"
            picked = text in highlighted
            items.append(
                element(
                    "li",
                    None,
                    element(
                        "label",
                        {"for": box, "class": "picked" if picked else None},
                        void(
                            "input",
                            {"type": "checkbox", "id": box, "checked": picked},
                        ),
                        element(
                            "span",
                            None,
                            ""
                            if descriptor.level is None
                            else element(
                                "span", {"class": "hint"}, f"{descriptor.level:g}: "
                            ),
                            escape(text),
                        ),
                    ),
                )
            )
    statement = element("b", None, escape(standard.statement))
    cans = element("ul", None, *items) if items else ""
    grades = [
        points_choice(
            f"{id}-g{number}",
            f"{id}-grade",
            level,
            checked=entry is not None and entry.self_grade == level.points,
            label=level_words(card.scale, level, language=catalog),
        )
        for number, level in enumerate(card.scale.levels)
    ]
    group = element(
        "fieldset",
        {"class": "grade"},
        element(
            "legend",
            {"class": "sr-only"},
            escape(catalog.text("forms.card.my_grade", standard=standard.statement)),
        ),
        *grades,
    )
    teacher = ""
    if entry is not None and entry.teacher_grade is not None:
        said = catalog.text(
            "forms.card.teacher_grade", grade=f"{entry.teacher_grade:g}"
        )
        teacher = element("p", {"class": "hint"}, say(said))
    rationale = entry.rationale if entry is not None else ""
    if rationale.strip():
        why = escape(rationale)
    else:
        why = element(
            "textarea",
            {
                "id": f"{id}-why",
                "class": "write why",
                "rows": 2,
                "aria-label": catalog.text(
                    "forms.card.why_for", standard=standard.statement
                ),
            },
        )
    return element(
        "tr",
        None,
        element("td", None, statement, cans),
        element("td", None, group, teacher),
        element("td", None, why),
    )


@html.register
def self_report_card_form(
    card: SelfReportCard,
    *,
    term: TermName | None = None,
    student_name: str | None = None,
    lang: str | Catalog = "en",
    paper: Paper = Paper.LETTER,
) -> str:
    """Return the self-report card of one term, to highlight and grade oneself.

    Per subject and standard: the can-do statements to highlight (a checkbox each,
    by level), the student's own grade on the card's scale and the reasons for it,
    as at a student-led conference. What the term's entries hold is filled in: the
    highlighted statements ticked, the grade chosen, the rationale printed, the
    teacher's grade beside the student's.

    Args:
        card: The self-report card.
        term: The term; by default the latest with entries, else the first.
        student_name: Printed on the name line; a line to write on if ``None``.
        lang: The page's language: a language tag or a
            `selfassess.language.Catalog`.
        paper: The paper it is printed on.

    Returns:
        An HTML page.

    Raises:
        TypeError: If *card* is not a `selfassess.rubrics.SelfReportCard`, or an option
            has the wrong type.
        ValueError: If *term* is not a term of the card, or *lang* is not a language tag.
    """
    card = _options.instance("card", card, SelfReportCard)
    catalog, direction = _options.catalog(lang), _options.direction(lang)
    lang, paper = _options.page_options(lang, paper)
    chosen = _term(card, term)
    name = _options.optional_text("student_name", student_name)
    key = " · ".join(
        f"{level.points:g} {level_words(card.scale, level, language=catalog)}"
        for level in card.scale.levels
    )
    rows = []
    for s, subject in enumerate(card.subjects):
        rows.append(
            element(
                "tr",
                None,
                element(
                    "th", {"scope": "rowgroup", "colspan": 3}, escape(subject.title)
                ),
            )
        )
        rows.extend(
            _card_row(
                card,
                f"rc-s{s}-t{t}",
                standard,
                card.entry(subject.id, standard.id, chosen),
                chosen,
                catalog=catalog,
            )
            for t, standard in enumerate(subject.standards)
        )
    table = element(
        "table",
        {"class": "card"},
        element(
            "caption", {"class": "sr-only"}, say(catalog.text("forms.card.caption"))
        ),
        void("col", {"style": "width:51%"}),
        void("col", {"style": "width:19%"}),
        void("col", {"style": "width:30%"}),
        table_head(
            say(catalog.text("forms.card.can_do")),
            say(catalog.text("forms.card.grade")),
            say(catalog.text("forms.card.why")),
        ),
        element("tbody", None, *rows),
    )
    title = catalog.text(
        "forms.card.title", term=catalog.text(f"forms.term.{chosen.value}")
    )
    body = (
        element("h1", None, escape(title))
        + header("rc", name, None, catalog=catalog)
        + element(
            "p", {"class": "key"}, escape(catalog.text("forms.card.key", key=key))
        )
        + table
    )
    return form_page(
        title=title,
        body=body,
        lang=lang,
        direction=direction,
        paper=paper,
        css=_CARD_CSS,
    )
