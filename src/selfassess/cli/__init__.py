"""The command line: ``python -m selfassess``. The only place that prints.

Commands:

- ``demo``: the practice end to end on a sample class;
- ``scales``: list the built-in scales and their bands.

``demo --language es`` (or ``ar``, ``en``) shows instead the parts a student and a
family read (the letter home, the appointment note, the agenda, the rehearsal
script, the talking points, the survey), written in that language.

Each prints Markdown, or with ``--format html`` one standalone HTML page holding
the same sections and their pictures.

The command line is an edge: it may use every package, and nothing imports it. What
it prints is made by pure functions (`demo_markdown`, `scales_markdown`,
`demo_page`, `scales_page`), every text by `selfassess.render`; only `main`
touches the world.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from selfassess import __version__
from selfassess.cli._demo import _joined, demo_markdown, scales_markdown
from selfassess.cli._family import family_sections
from selfassess.cli._page import demo_page, family_page, scales_page
from selfassess.language import SHIPPED

__all__ = [
    "demo_markdown",
    "demo_page",
    "family_page",
    "family_sections",
    "main",
    "scales_markdown",
    "scales_page",
]

_FORMATS = ("markdown", "html")
_LANGUAGES = tuple(catalog.language for catalog in SHIPPED)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m selfassess",
        description="Student self-assessment: rubrics, mastery, goals and conferences.",
    )
    parser.add_argument(
        "--version", action="version", version=f"selfassess {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in (
        ("demo", "show the practice on a sample class"),
        ("scales", "list the built-in scales"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "--format",
            choices=_FORMATS,
            default="markdown",
            help="Markdown (the default) or one standalone HTML page with pictures",
        )
        if name == "demo":
            command.add_argument(
                "--language",
                choices=_LANGUAGES,
                default=None,
                help="show the parts a student and a family read, in this language "
                "(en, es or ar)",
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: the process's arguments).

    Returns:
        The exit status: 0 on success.
    """
    arguments = _parser().parse_args(argv)
    if arguments.command == "demo" and arguments.language is not None:
        if arguments.format == "html":
            text = family_page(arguments.language)
        else:
            text = _joined(family_sections(arguments.language))
        sys.stdout.write(text)
        return 0
    if arguments.format == "html":
        text = demo_page() if arguments.command == "demo" else scales_page()
        sys.stdout.write(text)
    else:
        text = demo_markdown() if arguments.command == "demo" else scales_markdown()
        sys.stdout.write(text)
    return 0
