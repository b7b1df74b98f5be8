"""Tests of the printable forms in the student's language, with writing supports.

The practice leans on language: an English learner rates with faces and writes with
a word bank and sentence starters, and a family reads the forms that come home in
its own language (DESIGN.md, "The classroom practice it models": English learners'
supports, families invited in their preferred language).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from selfassess import THREE_FACES, WritingSupports
from selfassess.conference import Proficiency, WidaLevel
from selfassess.goals import Goal
from selfassess.language import ARABIC, ENGLISH, SPANISH, Catalog, english_messages
from selfassess.render import _options
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
from selfassess.render._scales import rating_strip
from selfassess.rubrics import COLLABORATION
from selfassess.tracking import GrowthRule, IntervalPlan

from render_cases_forms import (
    language_tracker,
    math_tracker,
    on_task_session,
    pluses,
    report_card,
)
from render_support import HOSTILE, check_html, shown_text

# The English words the self-assessment form writes itself (not the rubric's).
_ENGLISH_HEADINGS = (
    "Self-assessment",
    "For each row",
    "Why I chose this",
    "Name:",
    "Date:",
    "Words to help me",
    "Sentence starters",
    "Words you can use",
    "An example",
    "Not yet",
    "Got it",
    "A face that",
)

_SUPPORTS = WritingSupports(
    word_bank=["numerator", "denominator"],
    sentence_starters=["I compared ... by ..."],
    exemplars=["I drew both fractions on bars of the same length."],
)

_GOAL = Goal(
    id="g1", student="ana", statement="Read 70 words a minute", measure="words"
)
_PLAN = IntervalPlan(
    start_minutes=5, maximum_minutes=30, growth=GrowthRule(after=3, add_minutes=5)
)


def _spanish_form() -> str:
    return self_assessment_form(
        COLLABORATION,
        scale=THREE_FACES,
        proficiency=Proficiency.BEGINNING,
        supports=_SUPPORTS,
        lang="es",
    )


def test_a_spanish_form_has_no_english_fixed_words() -> None:
    """Every fixed word of a form in Spanish is Spanish: headings, faces, help."""
    page = _spanish_form()
    text = shown_text(page)
    for english in _ENGLISH_HEADINGS:
        assert english not in page, english
    for spanish in (
        "Autoevaluación",
        "En cada fila",
        "Nombre:",
        "Fecha:",
        "Palabras que me ayudan",
        "Palabras que puedes usar",
        "Para empezar una oración",
        "Un ejemplo",
        "Todavía no",
        "Una carita",
    ):
        assert spanish in text or spanish in page, spanish
    assert page.startswith('<!DOCTYPE html>\n<html lang="es" dir="ltr">')
    check_html(page)


def test_the_built_in_word_bank_is_translated() -> None:
    """An English learner's built-in word bank and starters come in the form's language."""
    page = _spanish_form()
    bank = shown_text(page.split('class="bank"', 1)[1].split("</ul>", 1)[0])
    assert "compartir" in bank
    assert "share" not in bank
    assert "Yo puedo ..." in shown_text(page)


def test_an_arabic_form_is_written_right_to_left() -> None:
    """A form in Arabic says lang="ar" dir="rtl", and its words are Arabic."""
    page = self_assessment_form(COLLABORATION, scale=THREE_FACES, lang="ar")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert "التقييم الذاتي" in page
    assert "Self-assessment" not in page
    check_html(page)


def test_the_forms_use_logical_css_so_rtl_lays_out_right() -> None:
    """No form rule pins text or indents to the left: right to left reads right."""
    for page in (
        self_assessment_form(COLLABORATION, supports=_SUPPORTS, lang="ar"),
        goal_card(_GOAL, lang="ar"),
        tracker_sheet(math_tracker(), lang="ar"),
    ):
        style = page.split("<style>", 1)[1].split("</style>", 1)[0]
        assert not re.search(r"(text-align: left|padding-left|margin-left)", style)


def test_a_school_catalog_passed_as_lang_is_used() -> None:
    """A school's own catalog is a language like the shipped ones."""
    messages = english_messages()
    messages["forms.sa.title"] = "Tự đánh giá: {title}"
    messages["forms.name"] = "Họ tên"
    vietnamese = Catalog(language="vi", name="Tiếng Việt", messages=messages)
    page = self_assessment_form(COLLABORATION, lang=vietnamese)
    assert page.startswith('<!DOCTYPE html>\n<html lang="vi" dir="ltr">')
    assert "<title>Tự đánh giá: " in page
    assert "Họ tên:" in page


def test_a_school_catalog_gives_its_direction() -> None:
    """A catalog written right to left makes the page right to left, whatever its tag."""
    rtl = Catalog(
        language="ks",
        name="Kashmiri",
        direction=ARABIC.direction,
        messages=english_messages(),
    )
    assert '<html lang="ks" dir="rtl">' in goal_card(_GOAL, lang=rtl)


def test_an_unknown_tag_keeps_english_words_but_says_its_language() -> None:
    """A language no catalog has: English words, and the page still says the tag."""
    page = self_assessment_form(COLLABORATION, lang="vi")
    assert page.startswith('<!DOCTYPE html>\n<html lang="vi" dir="ltr">')
    assert page.replace('lang="vi"', 'lang="en"') == self_assessment_form(COLLABORATION)


def test_lang_options_helpers() -> None:
    """The render edge's lang option takes a tag or a catalog."""
    assert _options.catalog("es-MX") is SPANISH
    assert _options.catalog(ARABIC) is ARABIC
    assert _options.catalog("vi") is ENGLISH
    assert _options.lang(SPANISH) == "es"
    assert _options.direction("ar") == "rtl"
    assert _options.direction(SPANISH) == "ltr"
    with pytest.raises(TypeError, match="lang must be a str"):
        _options.catalog(3)
    with pytest.raises(ValueError, match="language tag"):
        _options.catalog("e s")


def test_writing_supports_are_printed_and_escaped() -> None:
    """A teacher's word bank, starters and exemplar are printed, escaped, headed."""
    hostile = WritingSupports(
        word_bank=[HOSTILE, "denominator"],
        sentence_starters=[HOSTILE + " starter"],
        exemplars=[HOSTILE + " example"],
    )
    for page in (
        self_assessment_form(COLLABORATION, supports=hostile),
        self_evaluation_sheet([_GOAL], supports=hostile),
        goal_card(_GOAL, supports=hostile),
        tracker_sheet(math_tracker(), supports=hostile),
    ):
        check_html(page)
        assert "<script>" not in page
        text = shown_text(page)
        for heading in ("Words you can use", "Sentence starters", "An example"):
            assert heading in text, heading
        assert HOSTILE in text
        assert "denominator" in text


def test_no_supports_prints_nothing() -> None:
    """Without supports (or with empty ones) the form is as it was."""
    plain = self_assessment_form(COLLABORATION)
    assert self_assessment_form(COLLABORATION, supports=WritingSupports()) == plain
    assert "Words you can use" not in plain


def test_supports_must_be_writing_supports() -> None:
    """A wrong supports option is refused by name."""
    with pytest.raises(TypeError, match="supports must be a WritingSupports"):
        self_assessment_form(COLLABORATION, supports=["word"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("level", "band"),
    [
        (WidaLevel.ENTERING, Proficiency.BEGINNING),
        (WidaLevel.EMERGING, Proficiency.BEGINNING),
        (WidaLevel.DEVELOPING, Proficiency.INTERMEDIATE),
    ],
)
def test_a_wida_level_gives_its_band_s_form(
    level: WidaLevel, band: Proficiency
) -> None:
    """WIDA levels 1-2 get the simplest help, as the beginning band does."""
    assert self_assessment_form(COLLABORATION, proficiency=level) == (
        self_assessment_form(COLLABORATION, proficiency=band)
    )


def test_english_word_bank_constants_match_the_catalog() -> None:
    """The module's English word banks are the catalog's English words."""
    for band, words in WORD_BANK.items():
        assert ENGLISH.text(f"forms.word_bank.{band.value}").splitlines() == list(words)
    for band, starters in SENTENCE_STARTERS.items():
        assert ENGLISH.text(f"forms.starters.{band.value}").splitlines() == list(
            starters
        )


@pytest.mark.parametrize(
    "make",
    [
        lambda lang: self_report_card_form(report_card(), lang=lang),
        lambda lang: three_pluses_form(pluses(), lang=lang),
        lambda lang: self_evaluation_sheet([_GOAL], lang=lang),
        lambda lang: goal_card(_GOAL, lang=lang),
        lambda lang: tracker_sheet(math_tracker(), lang=lang),
        lambda lang: tracker_sheet(language_tracker(), lang=lang),
        lambda lang: on_task_chart(_PLAN, lang=lang),
        lambda lang: on_task_chart(on_task_session(), lang=lang),
    ],
    ids=[
        "report-card",
        "three-pluses",
        "self-evaluation",
        "goal-card",
        "tracker",
        "language-tracker",
        "on-task-plan",
        "on-task-session",
    ],
)
@pytest.mark.parametrize("lang", ["es", "ar"])
def test_every_form_is_in_its_language(make: object, lang: str) -> None:
    """Each form's title and headings change with the language; the page stays valid."""
    assert callable(make)
    english, other = make("en"), make(lang)
    check_html(other)
    english_title = english.split("<title>", 1)[1].split("</title>", 1)[0]
    other_title = other.split("<title>", 1)[1].split("</title>", 1)[0]
    assert english_title != other_title
    assert "Name:" not in other
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in other


def test_a_spanish_tracker_translates_its_columns_and_scale() -> None:
    """The tracker's columns and a built-in scale's labels read in Spanish."""
    text = shown_text(tracker_sheet(language_tracker(), lang="es"))
    assert "Área del idioma" in text
    assert "Pre-assessment" not in text
    assert "Language domain" not in text


def test_the_rating_strip_speaks_the_language() -> None:
    """A scale's strip says its levels and faces in the language given."""
    strip = rating_strip(THREE_FACES, selected=3, language="es")
    assert strip.desc.startswith("Tres caritas")
    assert "una carita que sonríe" in strip.desc
    assert rating_strip(THREE_FACES, selected=3).desc == (
        "Three faces, 3 levels: 1 Not yet (a frowning face); 2 Getting there "
        "(a straight face); 3 Got it (a smiling face). Chosen: 3 Got it."
    )


def test_a_report_card_date_line_stays_iso() -> None:
    """The date printed on a form is ISO 8601 in every language (no locale guessing)."""
    page = self_assessment_form(COLLABORATION, on=date(2026, 10, 12), lang="es")
    assert "2026-10-12" in page


def test_a_goals_own_supports_print_on_its_card_and_sheet() -> None:
    """A goal carries its word bank: the card and the sheet print it unless given."""
    import attrs

    from selfassess import WritingSupports
    from selfassess.goals import Goal
    from selfassess.render import goal_card, self_evaluation_sheet

    goal = Goal(
        id="g1",
        student="ana",
        statement="Read 70 words a minute",
        supports=WritingSupports(word_bank=["fluency"], sentence_starters=["I read"]),
    )
    plain = attrs.evolve(goal, supports=WritingSupports())
    assert "fluency" in goal_card(goal)
    assert "fluency" not in goal_card(plain)
    assert "fluency" in self_evaluation_sheet([goal, plain])
    other = WritingSupports(word_bank=["expression"])
    card = goal_card(goal, supports=other)
    assert "expression" in card
    assert "fluency" not in card
