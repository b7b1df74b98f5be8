"""The command line: the demo and the scale listing, as Markdown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from selfassess import BUILTIN_SCALES
from selfassess.cli import demo_markdown, main, scales_markdown


def test_demo_places_scores_on_the_scale() -> None:
    """The demo lists the standards and each score's level and band."""
    text = demo_markdown()
    assert text.startswith("# selfassess demo")
    assert "**4.NF.1** (power standard)" in text
    assert "| ben | 4.NF.2 | summative | 1 | Not proficient | red |" in text
    assert "| ana | 4.NF.1 | formative | 2 | Partially proficient | yellow |" in text


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
    assert "## Scores on the scale" in result.stdout
