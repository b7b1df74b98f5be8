"""Tests of the printable forms: content, labels, escaping and option checks."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess import (
    CANVAS_DEFAULT,
    FOUR_POINT,
    THREE_FACES,
    Evidence,
    TermName,
    render,
)
from selfassess.cli._sample import sample_class
from selfassess.conference import FamilyLetter, Proficiency
from selfassess.goals import FractionBar
from selfassess.mastery import rollup
from selfassess.render import Paper, html, svg
from selfassess.render._forms import (
    SENTENCE_STARTERS,
    WORD_BANK,
    goal_card,
    on_task_chart,
    self_assessment_form,
    self_evaluation_sheet,
    self_report_card_form,
    three_pluses_form,
    tracker_sheet,
)
from selfassess.render._markup import escape
from selfassess.rubrics import COLLABORATION, learning_target_form
from selfassess.tracking import (
    ON_TASK_FOUR,
    GrowthRule,
    IntervalPlan,
    TrackerKind,
    reduce_tracker,
)
from strategies_goals import goal_values, three_pluses
from strategies_rubrics import rubrics
from strategies_tracking import sessions, trackers

from render_cases_forms import (
    CASES,
    collaboration,
    compare_target,
    language_tracker,
    math_tracker,
    on_task_session,
    pluses,
    report_card,
)
from render_support import HOSTILE, check_html, check_svg, shown_text
from strategies import STRATEGIES

_PLAN = IntervalPlan(
    start_minutes=5, maximum_minutes=30, growth=GrowthRule(after=3, add_minutes=5)
)


def _inputs(
    tags: list[tuple[str, dict[str, str | None]]], kind: str
) -> list[dict[str, str | None]]:
    return [a for t, a in tags if t == "input" and a.get("type") == kind]


def _shown(text: str) -> str:
    """Text as a page shows it: characters XML cannot hold become U+FFFD."""
    return shown_text(escape(text))


def _svgs(page: str) -> list[str]:
    return re.findall(r"<svg .*?</svg>", page, re.DOTALL)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_case_is_a_safe_labelled_page(name: str) -> None:
    """Every form case renders a safe page whose inputs are all labelled, ids unique."""
    for hostile in (None, HOSTILE):
        page = CASES[name].make(hostile)
        tags = check_html(page)
        ids = [a["id"] for _, a in tags if a.get("id")]
        assert len(ids) == len(set(ids)), "ids repeat"
        assert CASES[name].pages == 1
        for picture in _svgs(page):
            check_svg(picture)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_text_is_shown_literally(name: str) -> None:
    """Hostile text in the data is shown as text, never as markup."""
    page = CASES[name].make(HOSTILE)
    assert HOSTILE in shown_text(page)
    assert "<script" not in page
    assert "onload=" not in page.replace("onload=x&gt;", "")


def test_forms_are_deterministic() -> None:
    """The same value gives the same page."""
    for case in CASES.values():
        assert case.make(None) == case.make(None)


def test_self_assessment_form_shows_every_criterion_and_descriptor() -> None:
    """Each criterion is a fieldset; each descriptor a labelled radio with its text."""
    page = html(COLLABORATION)
    tags = check_html(page)
    text = shown_text(page)
    radios = _inputs(tags, "radio")
    assert len(radios) == 16
    assert {a["name"] for a in radios} == {f"sa-c{i}" for i in range(4)}
    for criterion in COLLABORATION.criteria:
        assert criterion.title in text
        for descriptor in criterion.descriptors:
            assert descriptor.description in text
    assert text.count("Why I chose this:") == 4
    assert "<svg" not in page  # no faces without a scale
    assert "Words to help me" not in text


def test_faces_replace_the_descriptors_with_a_scale() -> None:
    """With THREE_FACES each rated criterion has three faces to circle and an aim."""
    page = self_assessment_form(COLLABORATION, scale=THREE_FACES)
    tags = check_html(page)
    assert len(_inputs(tags, "radio")) == 12
    pictures = _svgs(page)
    assert len(pictures) == 12
    descs = " ".join(check_svg(p)[1].text or "" for p in pictures)
    assert descs.count("frowns") == 4
    assert descs.count("smiles") == 4
    text = shown_text(page)
    assert "Aim: I took part in every task and stayed on task." in text
    assert "I rarely joined in" not in text


def test_learning_target_form_renders_success_criteria_and_struggles() -> None:
    """The form from a learning target lists each success criterion and a struggles box."""
    rubric = learning_target_form(compare_target())
    page = html(rubric)
    tags = check_html(page)
    text = shown_text(page)
    for criterion in compare_target().success_criteria:
        assert criterion.statement in text
    assert [a for t, a in tags if t == "textarea"]
    assert "What I struggled with" in text


@pytest.mark.parametrize("level", [Proficiency.BEGINNING, Proficiency.INTERMEDIATE])
def test_word_bank_at_lower_proficiency(level: Proficiency) -> None:
    """At the beginning and intermediate levels the form has the word bank and starters."""
    text = shown_text(self_assessment_form(COLLABORATION, proficiency=level))
    assert "Words to help me" in text
    for word in WORD_BANK[level]:
        assert word in text
    for starter in SENTENCE_STARTERS[level]:
        assert starter in text
    assert "Participation" in text.split("Sentence starters")[0]  # titles in the bank


@pytest.mark.parametrize("level", [None, Proficiency.ADVANCED])
def test_no_word_bank_at_higher_proficiency(level: Proficiency | None) -> None:
    """A fluent or advanced student's form has no word bank."""
    text = shown_text(self_assessment_form(COLLABORATION, proficiency=level))
    assert "Words to help me" not in text
    assert "Sentence starters" not in text


def test_self_assessment_form_prints_name_and_date() -> None:
    """A given name and day are printed; else they are lines to write on."""
    page = self_assessment_form(
        COLLABORATION, student_name="Ana Díaz", on=date(2026, 10, 2)
    )
    text = shown_text(page)
    assert "Ana Díaz" in text
    assert "2026-10-02" in text
    tags = check_html(self_assessment_form(COLLABORATION))
    assert {"sa-name", "sa-date"} <= {a.get("id") for _, a in tags}


def test_self_assessment_form_checks_options() -> None:
    """Wrong option types raise TypeError; an empty language raises ValueError."""
    with pytest.raises(TypeError, match="scale must be a Scale"):
        self_assessment_form(COLLABORATION, scale="faces")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="proficiency must be a Proficiency"):
        self_assessment_form(COLLABORATION, proficiency="beginning")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="paper must be a Paper"):
        self_assessment_form(COLLABORATION, paper="a4")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang must be a language tag"):
        self_assessment_form(COLLABORATION, lang=" ")
    with pytest.raises(TypeError, match="student_name must be a str"):
        self_assessment_form(COLLABORATION, student_name=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="on must be a date"):
        self_assessment_form(COLLABORATION, on="2026-10-02")  # type: ignore[arg-type]


def test_paper_and_lang_pass_through() -> None:
    """The paper sets the print rules and lang the page's language."""
    page = html(COLLABORATION, paper=Paper.A4, lang="es")
    assert "size: A4" in page
    assert page.startswith('<!DOCTYPE html>\n<html lang="es"')


@settings(max_examples=25)
@given(rubrics())
def test_any_rubric_renders_a_labelled_form(rubric) -> None:  # type: ignore[no-untyped-def]
    """Any rubric gives a safe form with one radio group per rated criterion."""
    page = html(rubric, scale=CANVAS_DEFAULT)
    tags = check_html(page)
    groups = {a["name"] for a in _inputs(tags, "radio")}
    assert len(groups) == len(rubric.rated_criteria)


def test_report_card_lists_statements_and_fills_the_entry() -> None:
    """Every can-do statement has a checkbox; the term's entry is ticked and printed."""
    card = report_card()
    page = html(card)
    tags = check_html(page)
    boxes = _inputs(tags, "checkbox")
    statements = [
        s for subject in card.subjects for st in subject.standards for s in st.can_do
    ]
    assert len(boxes) == len(statements)
    assert sum("checked" in a for a in boxes) == 2
    text = shown_text(page)
    for subject in card.subjects:
        assert subject.title in text
    for statement in statements:
        assert statement in text
    assert "I showed my steps on every problem" in text
    assert "Teacher's grade: 3" in text
    checked = [a for a in _inputs(tags, "radio") if "checked" in a]
    assert [a["value"] for a in checked] == ["3"]
    assert "Fall term" in text


def test_report_card_other_term_is_blank_and_term_checked() -> None:
    """Another term's card has nothing filled; a term not on the card is refused."""
    card = report_card()
    tags = check_html(html(card, term=TermName.WINTER))
    assert not [a for t, a in tags if t == "input" and "checked" in a]
    with pytest.raises(ValueError, match="term must be a term of the card"):
        html(card, term=TermName.SUMMER)
    with pytest.raises(TypeError, match="term must be a TermName"):
        html(card, term="fall")


def test_three_pluses_fills_what_is_written_and_leaves_lines() -> None:
    """Written pluses and goals are printed; the rest are labelled lines to write on."""
    form = pluses()
    page = html(form)
    tags = check_html(page)
    text = shown_text(page)
    for section in form.sections:
        for strength in section.strengths:
            assert strength in text
        assert section.goal.statement in text
    lines = [a for t, a in tags if t == "input"]
    # 2 family pluses to write, 3 teacher pluses and the teacher's goal, plus name.
    assert {a["id"] for a in lines} == {
        "tp-family-1",
        "tp-family-2",
        "tp-teacher-0",
        "tp-teacher-1",
        "tp-teacher-2",
        "tp-teacher-goal",
        "tp-name",
    }
    for title in ("Student", "Family", "Teacher"):
        assert title in text
    assert "2026-10-22" in text


@settings(max_examples=25)
@given(three_pluses())
def test_any_three_pluses_renders(form) -> None:  # type: ignore[no-untyped-def]
    """Any Three Pluses and a Goal form renders a safe labelled page with every plus."""
    page = html(form)
    check_html(page)
    text = shown_text(page)
    for section in form.sections:
        for strength in section.strengths:
            assert _shown(strength) in text


def test_self_evaluation_sheet_has_an_empty_bar_per_goal() -> None:
    """Each goal has its statement, an empty bar of the parts asked, and two lines."""
    goals = sample_class().goals
    page = self_evaluation_sheet(goals, parts=5)
    check_html(page)
    text = shown_text(page)
    pictures = _svgs(page)
    assert len(pictures) == len(goals)
    for picture in pictures:
        root = check_svg(picture)
        assert "0 of 5 coloured" in (root[1].text or "")
        assert picture.count('class="part"') == 5
    for goal in goals:
        assert goal.statement in text
    assert text.count("What I did:") == len(goals)
    assert text.count("What next:") == len(goals)


def test_self_evaluation_sheet_checks_its_arguments() -> None:
    """Bad goals and parts are refused with clear errors."""
    goals = sample_class().goals
    with pytest.raises(ValueError, match="at least one Goal"):
        self_evaluation_sheet([])
    with pytest.raises(TypeError, match=r"goals\[0\] must be a Goal"):
        self_evaluation_sheet(["read more"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="goals must be a sequence"):
        self_evaluation_sheet(goals[0])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="parts must be from 1 to 20"):
        self_evaluation_sheet(goals, parts=0)
    with pytest.raises(TypeError, match="parts must be an int"):
        self_evaluation_sheet(goals, parts=True)


def test_goal_card_shows_goal_steps_and_bar() -> None:
    """The card holds the goal, its measure, the steps and lines, and an empty bar."""
    goal = sample_class().goals[0]
    page = html(goal, steps=["Practise with strips"], parts=3)
    tags = check_html(page)
    text = shown_text(page)
    assert goal.statement in text
    assert "From 1 to 3" in text
    assert "2026-11-20" in text
    assert "Practise with strips" in text
    assert {"gc-step-1", "gc-step-2"} <= {a.get("id") for _, a in tags}
    (picture,) = _svgs(page)
    assert picture.count('class="part"') == 3
    with pytest.raises(TypeError, match="steps must be a sequence of str"):
        goal_card(goal, steps="one step")


@settings(max_examples=25)
@given(goal_values())
def test_any_goal_gives_a_card(goal) -> None:  # type: ignore[no-untyped-def]
    """Any goal renders a safe card showing its statement."""
    page = goal_card(goal)
    check_html(page)
    assert _shown(goal.statement) in shown_text(page)


def test_tracker_sheet_has_the_columns_rows_and_empty_rows() -> None:
    """The table has the tracker's columns, its rows' grades and words, and empty rows."""
    tracker = math_tracker()
    page = html(tracker, blank_rows=3)
    check_html(page)
    text = shown_text(page)
    for heading in (
        "Assignment",
        "Standards",
        "Pre-assessment",
        "Pre-learning goal",
        "Classwork",
        "Partner work",
        "Independent",
        "Homework",
        "Online practice",
        "Summative",
        "Reflection",
        "My goal",
    ):
        assert heading in text
    assert "Language domain" not in text
    for row in tracker.rows:
        assert row.name in text
    assert "Strips helped me see it." in text
    assert page.count('<tr class="empty">') == 3
    assert page.count('<th scope="col"') == 12
    assert "practice" in text


def test_reduced_and_language_trackers_render_with_their_columns() -> None:
    """A reduced tracker says what it holds; a language tracker adds its domain column."""
    reduced = reduce_tracker(math_tracker(), ["add"], id="r", student="caro")
    assert reduced.kind is TrackerKind.REDUCED
    text = shown_text(html(reduced, blank_rows=0))
    assert "expected to complete" in text
    assert "Adding fractions" in text
    assert "Equivalent fractions" not in text
    page = html(language_tracker())
    text = shown_text(page)
    assert "Language domain" in text
    for domain in ("speaking", "listening", "writing", "reading"):
        assert domain in text
    assert page.count('<th scope="col"') == 13


def test_tracker_sheet_checks_blank_rows() -> None:
    """blank_rows must be a whole number from 0 to 40."""
    with pytest.raises(ValueError, match="blank_rows must be from 0 to 40"):
        html(math_tracker(), blank_rows=41)
    with pytest.raises(TypeError, match="blank_rows must be an int"):
        html(math_tracker(), blank_rows=2.0)


@settings(max_examples=25)
@given(trackers())
def test_any_tracker_renders(tracker) -> None:  # type: ignore[no-untyped-def]
    """Any tracker renders a safe page with a row per tracker row."""
    page = html(tracker, blank_rows=1)
    check_html(page)
    assert page.count("<tr") == len(tracker.rows) + 2


def test_on_task_chart_from_a_plan_is_empty_but_the_first_length() -> None:
    """A plan's chart has a row per interval, each with the scale's levels twice."""
    page = html(_PLAN, intervals=8)
    tags = check_html(page)
    radios = _inputs(tags, "radio")
    assert len(radios) == 8 * 2 * len(ON_TASK_FOUR.levels)
    assert not [a for a in radios if "checked" in a]
    text = shown_text(page)
    assert "After 3 on-task intervals in a row, add 5 minutes (up to 30)." in text
    for level in ON_TASK_FOUR.levels:
        assert level.label in text
    assert "ot-0-min" not in {a.get("id") for _, a in tags}
    assert "ot-1-min" in {a.get("id") for _, a in tags}


def test_on_task_chart_of_a_session_circles_the_ratings() -> None:
    """A session's chart has its ratings and the teacher's checked, and its notes."""
    session = on_task_session()
    page = on_task_chart(session, intervals=6)
    tags = check_html(page)
    checked = [a["id"] for a in _inputs(tags, "radio") if "checked" in a]
    assert len(checked) == 4 + 2
    assert "ot-1-s-3" in checked  # the second interval rated 4
    text = shown_text(page)
    assert "Fraction strips" in text
    assert "4 intervals, 20 minutes." in text


def test_on_task_chart_with_faces() -> None:
    """On the three faces scale the student's levels are faces; the teacher's are not."""
    page = html(_PLAN, scale=THREE_FACES, intervals=2)
    check_html(page)
    assert len(_svgs(page)) == 2 * 3


def test_on_task_chart_checks_options() -> None:
    """Too few rows, another scale for a session, or a wrong value are refused."""
    session = on_task_session()
    with pytest.raises(ValueError, match="intervals must be from 4 to 40"):
        on_task_chart(session, intervals=2)
    with pytest.raises(ValueError, match="scale must be the session's own"):
        on_task_chart(session, scale=THREE_FACES)
    with pytest.raises(TypeError, match="draws an IntervalPlan or an OnTaskSession"):
        on_task_chart("plan")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="intervals must be from 1 to 40"):
        html(_PLAN, intervals=0)


@settings(max_examples=25)
@given(sessions())
def test_any_session_renders(session) -> None:  # type: ignore[no-untyped-def]
    """Any session renders a safe chart with a row per interval (at least one)."""
    page = html(session)
    check_html(page)
    assert page.count('<th scope="row"') == max(
        len(session.intervals), 6 if not session.intervals else 0
    )


def test_hostile_rubric_is_escaped_everywhere() -> None:
    """A hostile title, criterion and descriptor never become markup."""
    page = html(collaboration(HOSTILE), student_name=HOSTILE)
    check_html(page)
    assert shown_text(page).count(HOSTILE) >= 4 * 5


# --- Direction, argument types, faces and levels -----------------------------------

_PAGE_TYPES = sorted(
    (
        kind
        for function in (render.html, render.svg)
        for kind in function.registry
        if kind is not object and kind in STRATEGIES
    ),
    key=lambda kind: kind.__name__,
)
"""Every type `html` makes a page of: its forms, and a page for each picture."""


@pytest.mark.parametrize(
    ("lang", "direction"),
    [
        ("ar", "rtl"),
        ("ar-EG", "rtl"),
        ("he-IL", "rtl"),
        ("fa", "rtl"),
        ("en-US", "ltr"),
    ],
)
@pytest.mark.parametrize("kind", _PAGE_TYPES, ids=lambda kind: kind.__name__)
@settings(max_examples=3, deadline=None)
@given(data=st.data())
def test_every_page_is_written_in_its_language_s_direction(
    kind: type, lang: str, direction: str, data: st.DataObject
) -> None:
    """Each page html() makes says dir="rtl" for Arabic or Hebrew, "ltr" for English.

    A letter is written in one language: its page is drawn in the language tested.
    """
    value = data.draw(STRATEGIES[kind])
    if isinstance(value, FamilyLetter):
        value = attrs.evolve(value, language=lang)
    page = render.html(value, lang=lang)
    assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}">')


def test_a_roll_up_s_page_is_written_right_to_left_in_arabic() -> None:
    """The grid's page (a roll-up has no strategy of its own) follows lang too."""
    estimates = rollup(
        [Evidence(student="ana", standard="nf1", score=3, assessed_on=date(2026, 9, 7))]
    )
    assert '<html lang="ar" dir="rtl">' in render.html(estimates, lang="ar")


def test_every_form_function_says_its_direction() -> None:
    """The forms called by name follow lang as html() does; pictures keep lang only."""
    sample = sample_class()
    pages = [
        self_assessment_form(COLLABORATION, lang="ar"),
        self_evaluation_sheet(sample.goals, lang="ar"),
        goal_card(sample.goals[0], lang="ar"),
        on_task_chart(_PLAN, lang="ar"),
    ]
    for page in pages:
        assert '<html lang="ar" dir="rtl">' in page
        for picture in _svgs(page):
            assert "dir=" not in picture.split(">", 1)[0]


@pytest.mark.parametrize(
    ("function", "name", "kind"),
    [
        (self_assessment_form, "rubric", "Rubric"),
        (self_report_card_form, "card", "SelfReportCard"),
        (three_pluses_form, "form", "ThreePlusesAndAGoal"),
        (goal_card, "goal", "Goal"),
        (tracker_sheet, "tracker", "Tracker"),
    ],
)
def test_a_form_refuses_a_value_of_another_type(
    function: Callable[..., str], name: str, kind: str
) -> None:
    """A form function called with a wrong value raises TypeError naming both types."""
    with pytest.raises(TypeError, match=rf"{name} must be an? {kind} \(got int\)"):
        function(5)


def test_a_picture_s_page_refuses_paper_of_another_type() -> None:
    """html() of a picture checks its paper's type like every form (TypeError)."""
    with pytest.raises(
        TypeError, match=r"paper must be a Paper, such as Paper.A4 \(got str\)"
    ):
        render.html(FractionBar(4, 3), paper="a4")
    with pytest.raises(ValueError, match="lang must be a language tag"):
        render.html(FractionBar(4, 3), lang="")
    assert "size: A4" in render.html(FractionBar(4, 3), paper=Paper.A4)


def test_faces_on_a_form_read_as_the_rating_strip_says_them() -> None:
    """On a 4-point scale the two lower faces frown and the two upper smile, alike."""
    page = self_assessment_form(COLLABORATION, scale=FOUR_POINT)
    said = re.findall(r"A face that ([a-z ]+), for the level ([^<(]+) \(", page)
    levels = [level.label for level in FOUR_POINT.levels]
    assert said[:4] == [
        ("frowns", levels[0]),
        ("frowns", levels[1]),
        ("smiles", levels[2]),
        ("smiles", levels[3]),
    ]
    strip = svg(FOUR_POINT, faces=True)
    assert "(a frowning face); 2" in strip
    assert "(a smiling face); 4" in strip
    assert "straight" not in strip
    three = self_assessment_form(COLLABORATION, scale=THREE_FACES)
    assert "A face that has a straight mouth, for the level Getting there" in three


def test_report_card_shows_no_number_for_a_descriptor_without_a_level() -> None:
    """A can-do statement whose descriptor has no level is printed without "0:"."""
    card = report_card()
    descriptor = next(
        found
        for subject in card.subjects
        for standard in subject.standards
        for found in standard.descriptors
        if found.can_do
    )
    statement, level = descriptor.can_do[0], descriptor.level
    assert f"{level:g}: {statement}" in shown_text(html(card))
    # The model refuses such a descriptor; the form must not invent a level anyway.
    object.__setattr__(descriptor, "level", None)
    try:
        text = shown_text(html(card))
    finally:
        object.__setattr__(descriptor, "level", level)
    assert f"0: {statement}" not in text
    assert statement in text
