"""The command line: ``python -m selfassess``. The only module that prints.

Commands:

- ``demo``: show the core on a sample class, as Markdown;
- ``scales``: list the built-in scales and their bands, as Markdown.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from selfassess import (
    BUILTIN_SCALES,
    FOUR_POINT,
    Domain,
    Evidence,
    EvidenceKind,
    Framework,
    LearningIntention,
    Scale,
    Standard,
    SuccessCriterion,
    __version__,
)

__all__ = ["demo_markdown", "main", "scales_markdown"]


def _scale_table(scale: Scale) -> list[str]:
    lines = [
        f"### {scale.name} (`{scale.id}`)",
        "",
        "| points | level | mastery | description |",
        "|---:|---|:---:|---|",
    ]
    for level in reversed(scale.levels):
        name = f"{level.symbol} {level.label}" if level.symbol else level.label
        tick = "yes" if level.mastery else ""
        lines.append(f"| {level.points:g} | {name} | {tick} | {level.description} |")
    lines += [
        "",
        f"Bands: mastered from {scale.cuts.mastered:g}, near mastery from "
        f"{scale.cuts.near:g}, not yet below.",
        "",
    ]
    return lines


def scales_markdown() -> str:
    """Return every built-in scale as Markdown tables."""
    lines = ["## Built-in scales", ""]
    for scale in BUILTIN_SCALES:
        lines += _scale_table(scale)
    return "\n".join(lines)


def _sample_framework() -> Framework:
    return Framework(
        id="math-4",
        title="Grade 4 mathematics",
        subject="math",
        domains=[
            Domain(
                id="nf",
                code="4.NF",
                title="Number and Operations: Fractions",
                standards=[
                    Standard(
                        id="nf1",
                        code="4.NF.1",
                        power=True,
                        statement="Explain why a fraction a/b is equivalent to (n*a)/(n*b).",
                    ),
                    Standard(
                        id="nf2",
                        code="4.NF.2",
                        statement="Compare two fractions with different numerators "
                        "and denominators.",
                    ),
                ],
            )
        ],
    )


def _sample_evidence() -> list[Evidence]:
    rows = [
        ("ana", "nf1", 2, date(2026, 9, 15), EvidenceKind.FORMATIVE),
        ("ana", "nf1", 3, date(2026, 9, 29), EvidenceKind.SUMMATIVE),
        ("ana", "nf2", 3, date(2026, 9, 29), EvidenceKind.SELF),
        ("ana", "nf2", 2, date(2026, 9, 29), EvidenceKind.SUMMATIVE),
        ("ben", "nf1", 4, date(2026, 9, 29), EvidenceKind.SUMMATIVE),
        ("ben", "nf2", 1, date(2026, 9, 29), EvidenceKind.SUMMATIVE),
        ("ben", "nf2", 2, date(2026, 9, 29), EvidenceKind.SELF),
    ]
    return [
        Evidence(student=s, standard=t, score=v, assessed_on=d, kind=k)
        for s, t, v, d, k in rows
    ]


def demo_markdown() -> str:
    """Return the demo: a sample class's standards and scores, placed on the scale."""
    framework = _sample_framework()
    intention = LearningIntention(
        id="compare",
        statement="We are learning to compare fractions.",
        success_criteria=[
            SuccessCriterion(
                id="benchmark",
                statement="I can compare fractions using 1/2 as a benchmark.",
            ),
            SuccessCriterion(
                id="common",
                statement="I can compare fractions by finding a common denominator.",
            ),
        ],
        standards=["nf2"],
    )
    lines = [
        "# selfassess demo: Ms. Okafor's grade 4 math class",
        "",
        "## Standards",
        "",
    ]
    for standard in framework.standards:
        power = " (power standard)" if standard.power else ""
        lines.append(f"- **{standard.code}**{power}: {standard.statement}")
    lines += ["", f"## Learning intention: {intention.statement}", ""]
    lines += [
        f"- [ ] {criterion.statement}" for criterion in intention.success_criteria
    ]
    lines += ["", *_scale_table(FOUR_POINT)]
    lines += [
        "## Scores on the scale",
        "",
        "Each score placed on the 4-point scale: the level it has reached and its band. "
        "Self-ratings sit beside the teacher's scores; they are kept apart from mastery.",
        "",
        "| student | standard | kind | score | level reached | band |",
        "|---|---|---|---:|---|---|",
    ]
    for item in _sample_evidence():
        code = framework.get(item.standard).code
        level = FOUR_POINT.level_for(item.score)
        band = FOUR_POINT.band(item.score)
        lines.append(
            f"| {item.student} | {code} | {item.kind.value} | {item.score:g} "
            f"| {level.label} | {band.colour} |"
        )
    lines.append("")
    return "\n".join(lines)


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
