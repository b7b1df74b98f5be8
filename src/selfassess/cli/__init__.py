"""The command line: ``python -m selfassess``. The only place that prints.

Commands:

- ``demo``: the practice end to end on a sample class, as Markdown;
- ``scales``: list the built-in scales and their bands, as Markdown.

The command line is an edge: it may use every package, and nothing imports it. What
it prints is made by pure functions (`demo_markdown`, `scales_markdown`); only
`main` touches the world.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from selfassess import __version__
from selfassess.cli._demo import demo_markdown, scales_markdown

__all__ = ["demo_markdown", "main", "scales_markdown"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m selfassess",
        description="Student self-assessment: rubrics, mastery, goals and conferences.",
    )
    parser.add_argument(
        "--version", action="version", version=f"selfassess {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("demo", help="show the practice on a sample class, as Markdown")
    commands.add_parser("scales", help="list the built-in scales, as Markdown")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: the process's arguments).

    Returns:
        The exit status: 0 on success.
    """
    arguments = _parser().parse_args(argv)
    text = demo_markdown() if arguments.command == "demo" else scales_markdown()
    sys.stdout.write(text + "\n")
    return 0
