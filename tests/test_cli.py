"""The command line: the demo and the scale listing, as Markdown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from selfassess import BUILTIN_SCALES
from selfassess.cli import demo_markdown, main, scales_markdown


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
    assert "the data's bar `▰▰▱▱ 2/4`: Ana coloured more than her data shows" in text
    assert "Next check-in: Monday 12 October 2026" in text
    assert "None" not in text


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
