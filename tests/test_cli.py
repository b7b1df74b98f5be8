"""The command line: the demo and the scale listing, as Markdown or one HTML page."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest

from selfassess import BUILTIN_SCALES
from selfassess.cli import demo_markdown, demo_page, main, scales_markdown
from selfassess.cli._demo import block_of, conference_agendas, family_schedule
from selfassess.cli._page import to_html
from selfassess.cli._sample import sample_class
from selfassess.conference import STUDENT_LED_FIRST, template_for
from selfassess.mastery import MasteryPolicy, rollup

from render_support import check_html, shown_text


def test_demo_runs_the_practice_end_to_end() -> None:
    """The demo shows every part of the practice, computed from the sample class."""
    text = demo_markdown()
    assert text.startswith("# selfassess demo: Ms. Okafor's grade 4 math class")
    for heading in (
        "## 1. Self-assessment beside the teacher's",
        "## 2. Mastery per standard",
        "## 3. Goals with fraction bars",
        "## 4. The self-paced block",
        "## 5. Ana's conferences",
        "### Self-assessment conference: planned from the data",
        "### Data review and goal-setting conference: planned from the data",
        "### Student-led conference (first of the year)",
        "### Student-led conference (second of the year)",
        "### Three-way conference",
        "### Collaboration conference",
        "### Work-habits conference",
        "### Ana's rehearsal script for her student-led conference",
        "## 6. The families' evening",
    ):
        assert heading in text
    # Figures that follow from the sample data and the rules, checked by hand:
    # Ana's 4.NF.1 scores 2, 3, 3 give 2.65, then 0.65*3 + 0.35*2.65 = 2.8775 -> 2.88.
    assert "| Ana Díaz | 2.88 yellow | 2.51 yellow | 1.65 red |" in text
    assert "| Ana Díaz | 2 / 3 | 4 / 2 | 3 / 3 | 3 / 3 | +0.25 |" in text
    assert (
        "| 09:10-09:30 | small group on 4.NF.1 | Caro Nguyen, Dev Patel, Ana Díaz |"
        in text
    )
    assert "the data's bar `▰▰▱▱ 2/4`: Ana coloured more than the data shows" in text
    assert "Next check-in: Monday 12 October 2026" in text
    assert "How Ana's 4.NF.1 score was reached: 2.88, near mastery (yellow)" in text
    assert "> Thank you for listening to me." in text
    assert "- Total: 25 of 25 minutes." in text
    assert "None" not in text


def test_the_demo_shows_agendas_a_teacher_of_the_practice_accepts() -> None:
    """Every required item, the minutes adding up, the booked slots agreeing.

    The practice (DESIGN.md): each conference keeps its parts (the student-led
    conference's Three Pluses and a Goal from student, family and teacher; the data
    review's one-on-one agenda), a one-on-one slot is as long as the agenda it
    holds, and families are reminded a couple of days before.
    """
    sample = sample_class()
    estimates = rollup(sample.evidence, MasteryPolicy())
    for agenda in conference_agendas(sample, estimates):
        template = template_for(agenda.kind)
        present = {person.role for person in agenda.participants}
        required = [
            item.title
            for item in template.items
            if item.required and item.speaker in present
        ]
        titles = [item.title for item in agenda.items]
        assert [title for title in titles if title in required] == required
        assert sum(item.minutes for item in agenda.items) == agenda.slot_minutes
        assert titles[-1] == template.items[-1].title
    block = block_of(sample, estimates)
    assert block.conferences
    for conference in block.conferences:
        assert conference.agenda is not None
        assert conference.minutes == conference.agenda.slot_minutes == 10
    schedule = family_schedule(sample)
    slot = STUDENT_LED_FIRST.slot_minutes
    for appointment in schedule.appointments:
        extra = 10 if appointment.interpreter_language else 0
        assert appointment.ends - appointment.starts == timedelta(minutes=slot + extra)
    for reminder in schedule.reminders:
        assert reminder.conference_starts - reminder.send_at == timedelta(days=2)


def test_demo_is_the_same_every_time() -> None:
    """Same data in, same demo out: nothing depends on the clock or chance."""
    assert demo_markdown() == demo_markdown()


def test_scales_lists_every_builtin() -> None:
    """Every built-in scale has a table."""
    text = scales_markdown()
    for scale in BUILTIN_SCALES:
        assert f"(`{scale.id}`)" in text


@pytest.mark.parametrize("command", ["demo", "scales"])
def test_main_prints_markdown(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """main() prints the command's Markdown and returns 0."""
    assert main([command]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "# selfassess demo" if command == "demo" else "## Built-in scales"
    )


def test_unknown_command_exits_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command is refused with a usage message and status 2."""
    with pytest.raises(SystemExit) as caught:
        main(["grade"])
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_python_dash_m_runs_the_demo() -> None:
    """``python -m selfassess demo`` works as a new user would run it."""
    result = subprocess.run(
        [sys.executable, "-m", "selfassess", "demo"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    assert "## 5. Ana's conferences" in result.stdout


@pytest.mark.parametrize("command", ["demo", "scales"])
def test_html_format_writes_one_standalone_page(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format html writes one page that passes the page checks, ids unique."""
    assert main([command, "--format", "html"]) == 0
    out = capsys.readouterr().out
    tags = check_html(out)
    assert out.count("<!DOCTYPE html>") == 1
    ids = [attributes["id"] for _, attributes in tags if "id" in attributes]
    assert len(ids) == len(set(ids))
    names = [tag for tag, _ in tags]
    assert names.count("main") == 1
    assert names.count("h1") <= 1
    # Every picture sits in a figure with its caption.
    assert names.count("svg") == names.count("figure") == names.count("figcaption")


def test_demo_page_holds_the_same_sections_and_pictures() -> None:
    """The demo page holds the Markdown's sections, tables and the pictures."""
    page = demo_page()
    text = shown_text(page)
    for heading in (
        "1. Self-assessment beside the teacher's",
        "2. Mastery per standard",
        "3. Goals with fraction bars",
        "4. The self-paced block",
        "5. Ana's conferences",
    ):
        assert f"<h2>{heading.replace(chr(39), '&#39;')}</h2>" in page
    assert "Ana Díaz2.88 yellow2.51 yellow1.65 red" in text
    assert "Hello, I am Ana Díaz." in text
    assert page.count("<figure>") >= 4  # comparison, mastery grid, two goals' bars
    assert 'role="img"' in page


def test_to_html_escapes_and_keeps_cells() -> None:
    """The page's Markdown reader keeps escaped pipes in a cell and escapes tags."""
    made = to_html("| a |\n|---|\n| x \\| \\<b\\> |\n\n> one\n>\n> two")
    assert '<th scope="row">x | &lt;b&gt;</th>' in made
    assert "<blockquote><p>one</p><p>two</p></blockquote>" in made


def test_unknown_format_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """A format other than markdown or html is refused with status 2."""
    with pytest.raises(SystemExit) as caught:
        main(["demo", "--format", "pdf"])
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# The demo in a family's language: the parts a student and a family read.

_ENGLISH_HEADINGS = (
    "The letter home",
    "rehearsal script",
    "Talking points",
    "After the conference",
    "Dear family",
    "Thank you for coming",
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", ("La carta para la familia", "Estimada familia", "Gracias por venir")),
        ("ar", ("الرسالة إلى الأسرة", "بطاقة الموعد للأسرة", "نص التدريب")),
    ],
)
def test_demo_in_a_family_language_writes_every_family_part_in_it(
    language: str, expected: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    """``demo --language es|ar``: letter, note, agenda, script, talking points, survey."""
    assert main(["demo", "--language", language]) == 0
    out = capsys.readouterr().out
    for text in expected:
        assert text in out
    for english in _ENGLISH_HEADINGS:
        assert english not in out
    # Standards reach the family by their words, never by a bare code.
    assert "4.NF." not in out
    assert "## 1. Self-assessment" not in out  # the teacher's parts stay out


def test_demo_in_english_shows_the_same_family_parts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--language en`` shows the family's parts in English: the same sections."""
    assert main(["demo", "--language", "en"]) == 0
    out = capsys.readouterr().out
    for english in ("The letter home", "Dear family", "rehearsal script"):
        assert english in out


@pytest.mark.parametrize(("language", "direction"), [("es", "ltr"), ("ar", "rtl")])
def test_demo_page_in_a_family_language_says_its_lang_and_dir(
    language: str, direction: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format html`` with a language: ``<html lang=".." dir="..">``, a valid page."""
    assert main(["demo", "--language", language, "--format", "html"]) == 0
    out = capsys.readouterr().out
    check_html(out)
    assert f'<html lang="{language}" dir="{direction}">' in out


def test_an_unknown_demo_language_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Only the shipped languages are offered: a usage error for another one."""
    with pytest.raises(SystemExit) as caught:
        main(["demo", "--language", "xx"])
    assert caught.value.code == 2
    assert "--language" in capsys.readouterr().err
