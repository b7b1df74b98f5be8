"""Markdown: every value the demo prints, tables well-formed and data escaped."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess import BUILTIN_SCALES
from selfassess.cli._demo import block_of, student_led_script
from selfassess.cli._sample import sample_class
from selfassess.goals import BarComparison, FractionBar
from selfassess.mastery import (
    InterventionGroup,
    MasteryPolicy,
    QuickCheck,
    TutorMatch,
    rollup,
)
from selfassess.render import markdown, mastery_grid
from selfassess.render._markdown import (
    cell,
    comparison_table,
    inline,
    mastery_table,
    table,
)
from selfassess.rubrics import calibrate, compare

from render_cases_conference import sample_agenda
from render_support import HOSTILE
from strategies import STRATEGIES

SAMPLE = sample_class()
ESTIMATES = rollup(SAMPLE.evidence, MasteryPolicy())
NAMES = {person.id: person.name for person in SAMPLE.students}
COMPARISONS = [
    compare(mine, theirs)
    for mine, theirs in zip(
        SAMPLE.self_assessments, SAMPLE.teacher_assessments, strict=False
    )
]


def _cells(row: str) -> int:
    """How many cells a table row has: its unescaped pipes, less one."""
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", row)) - 1


def _tables(text: str) -> list[list[str]]:
    """The tables in *text*, each as its rows."""
    found: list[list[str]] = []
    previous = False
    for line in text.split("\n"):
        if line.startswith("|"):
            if not previous:
                found.append([])
            found[-1].append(line)
        previous = line.startswith("|")
    return found


def _well_formed(text: str) -> int:
    """Assert every table has the same number of cells per row; return the tables."""
    tables = _tables(text)
    for rows in tables:
        counts = {_cells(row) for row in rows}
        assert len(counts) == 1, rows
        assert re.fullmatch(r"\|(:?-+:?\|)+", rows[1]), rows[1]
    return len(tables)


@given(st.text())
def test_cell_keeps_one_line_and_every_pipe_escaped(text: str) -> None:
    """Any text in a cell stays one line and adds no cell boundary."""
    made = cell(text)
    assert "\n" not in made
    assert "\r" not in made
    assert _cells(f"| {made} |") == 1


def test_cell_escapes_pipes_and_line_breaks() -> None:
    """A pipe is escaped and a line break becomes a space."""
    assert cell("a | b\nc\r\nd") == "a \\| b c d"
    assert cell("x\\|y") == "x\\\\\\|y"
    assert inline("*a* <b>") == "\\*a\\* \\<b\\>"


def test_table_refuses_ragged_rows() -> None:
    """A row with the wrong number of cells is refused."""
    with pytest.raises(ValueError, match=r"rows\[0\] needs 2 cells \(got 1\)"):
        table(["a", "b"], ["---", "---"], [["x"]])
    with pytest.raises(ValueError, match="align needs 2 cells"):
        table(["a", "b"], ["---"], [])


def test_comparison_table_has_a_row_per_student() -> None:
    """Cells read self / teacher points; the bias is signed."""
    text = comparison_table(COMPARISONS, names=NAMES)
    assert _well_formed(text) == 1
    assert "| Ana Díaz | 2 / 3 | 4 / 2 | 3 / 3 | 3 / 3 | +0.25 |" in text
    assert "| Caro Nguyen | 2 / 3 | 2 / 3 | 1 / 2 | 2 / 3 | -1.00 |" in text
    with pytest.raises(ValueError, match="at least one"):
        comparison_table([])
    with pytest.raises(TypeError, match=r"comparisons\[0\] must be a Comparison"):
        comparison_table(["x"])  # type: ignore[list-item]


def test_comparison_markdown_shows_criteria_bias_and_talking_points() -> None:
    """One comparison: a row per criterion, the bias, the talking points."""
    text = markdown(COMPARISONS[0], student_name="Ana Díaz")
    assert _well_formed(text) == 1
    assert "| Collaboration | Advanced (4) | Partially proficient (2) | +2 |" in text
    assert "Bias: +0.25" in text
    for point in COMPARISONS[0].talking_points:
        assert f"- {inline(point.text)}" in text


def test_calibration_markdown_says_the_statistics() -> None:
    """The calibration sentence gives the pairs, agreement, bias, kappa and alpha."""
    calibration = calibrate([0, 1, 2, 3], [0, 1, 3, 3], range(4))
    text = markdown(calibration)
    assert text.startswith(
        "Class calibration over 4 paired ratings: exact agreement 75 %"
    )
    assert "within one level 100 %" in text
    assert "bias -0.25" in text


def test_mastery_table_reads_without_colour() -> None:
    """Each cell has the value and its band's colour as a word; power marked."""
    text = mastery_table(ESTIMATES, standards=SAMPLE.framework.standards, names=NAMES)
    assert _well_formed(text) == 1
    assert "| student | 4.NF.1 (power) | 4.NF.2 | 4.NF.3 |" in text
    assert "| Ana Díaz | 2.88 yellow | 2.51 yellow | 1.65 red |" in text
    bare = mastery_table(ESTIMATES)
    assert "| ana | 2.88 yellow | 2.51 yellow | 1.65 red |" in bare
    hostile = mastery_table(ESTIMATES, names={"ana": HOSTILE, "zed": "Zed"})
    assert _well_formed(hostile) == 1
    assert "| Zed | - | - | - |" in hostile
    with pytest.raises(TypeError, match="estimates must be a mapping"):
        mastery_table([])  # type: ignore[arg-type]


def test_estimate_markdown_gives_value_band_and_trace() -> None:
    """An estimate: its value, band and count, then its trace in a fence."""
    estimate = ESTIMATES[("ana", "nf1")]
    text = markdown(estimate)
    assert text.startswith("2.88, near mastery (yellow), from 3 scores.\n\n```text\n")
    assert estimate.trace in text
    assert text.endswith("\n```")
    assert (
        markdown(estimate, trace=False) == "2.88, near mastery (yellow), from 3 scores."
    )
    with pytest.raises(TypeError, match="trace must be True or False"):
        markdown(estimate, trace="yes")


def test_goal_markdown_sets_the_bars_side_by_side() -> None:
    """A goal with the student's bar and the data's, and whether they agree."""
    goal = SAMPLE.goals[1]
    text = markdown(goal, current=3, coloured=3, student_name="Ana")
    assert text.startswith(f"- **{inline(goal.statement)}** (")
    assert "from 1 toward 5, now 3" in text
    assert "Ana's bar `▰▰▰▱ 3/4`, the data's bar `▰▰▱▱ 2/4`" in text
    assert "coloured more than the data shows" in text
    agree = markdown(SAMPLE.goals[0], current=2.5, coloured=3)
    assert (
        "The student's bar `▰▰▰▱ 3/4`, the data's bar `▰▰▰▱ 3/4`: they agree." in agree
    )
    assert "The data's bar `▰▰▰▱ 3/4`" in markdown(SAMPLE.goals[0], current=2.5)
    with pytest.raises(ValueError, match="coloured must be from 0 to parts"):
        markdown(goal, current=3, coloured=5)
    with pytest.raises(TypeError, match="current must be a number"):
        markdown(goal, current="3")


def test_block_markdown_lists_every_segment_and_conference() -> None:
    """The block's schedule: a row per segment and per conference."""
    block = block_of(SAMPLE, ESTIMATES)
    codes = {s.id: s.code for s in SAMPLE.framework.standards}
    text = markdown(block, names=NAMES, codes=codes)
    assert _well_formed(text) == 1
    rows = _tables(text)[0]
    assert len(rows) == 2 + len(block.segments) + len(block.conferences)
    assert "| 09:00-09:10 | launch | the whole class |" in text
    with pytest.raises(TypeError, match="names must be a mapping"):
        markdown(block, names=["ana"])


def test_agenda_markdown_numbers_items_with_minutes_and_total() -> None:
    """An agenda: the heading with slot and leader, numbered items, the total."""
    agenda = sample_agenda()
    text = markdown(agenda)
    assert text.startswith(
        "### Data review and goal-setting conference: planned from the data "
        "(10 minutes, led by Ms. Okafor)"
    )
    assert "2. Review the work plan (1 min, student)" in text
    assert text.endswith("- Total: 10 of 10 minutes.")
    assert markdown(agenda, level=2).startswith("## ")
    with pytest.raises(ValueError, match="level must be from 1 to 6"):
        markdown(agenda, level=7)


def test_script_markdown_quotes_each_line() -> None:
    """A rehearsal script: each line its own quoted paragraph."""
    script = student_led_script(SAMPLE, ESTIMATES)
    text = markdown(script)
    assert text.split("\n>\n")[0] == (
        "> Hello, I am Ana Díaz. Thank you for coming to my conference."
    )
    assert text.count("\n>\n") == len(script.lines) - 1


@pytest.mark.parametrize("scale", BUILTIN_SCALES, ids=lambda s: s.id)
def test_scale_markdown_lists_levels_highest_first(scale: object) -> None:
    """A scale: a row per level, highest first, then the band cuts."""
    text = markdown(scale)
    assert _well_formed(text) == 1
    assert len(_tables(text)[0]) == 2 + len(scale.levels)  # type: ignore[attr-defined]
    assert "Bands: mastered from" in text


def test_hostile_text_cannot_break_a_table_or_run() -> None:
    """Hostile names and titles are escaped: tables keep their cells, no raw tags."""
    named = {key: f"{HOSTILE}|\n{name}" for key, name in NAMES.items()}
    texts = [
        comparison_table(COMPARISONS, names=named),
        mastery_table(ESTIMATES, names=named),
        markdown(block_of(SAMPLE, ESTIMATES), names=named, codes=named),
        markdown(sample_agenda(HOSTILE)),
        markdown(attrs.evolve(SAMPLE.goals[0], statement=HOSTILE), current=2),
    ]
    for text in texts:
        _well_formed(text)
        assert not re.search(r"(?<!\\)<", text), "an unescaped tag"
        assert "\\<script\\>" in text


def test_markdown_refuses_other_types() -> None:
    """markdown() of a value it cannot show names the types it can."""
    with pytest.raises(TypeError, match=r"cannot draw a value of type int.*Agenda"):
        markdown(3)


def test_planning_results_read_as_the_demo_says_them() -> None:
    """A quick check, a small group and a tutor match read with names and codes."""
    codes = {"nf1": "4.NF.1", "nf3": "4.NF.3"}
    check = QuickCheck(student="ana", standard="nf1", value=2.88, gap=0.12)
    group = InterventionGroup(standard="nf3", students=("caro", "dev"))
    match = TutorMatch(standard="nf3", tutor="ben", tutee="ana")
    assert markdown(check, names=NAMES, codes=codes) == "Ana Díaz on 4.NF.1"
    assert markdown(group, names=NAMES, codes=codes) == "4.NF.3: Caro Nguyen, Dev Patel"
    assert (
        markdown(match, names=NAMES, codes=codes)
        == "Ben Clarke helps Ana Díaz on 4.NF.3"
    )
    # Without names or codes, the ids stand in; markup in a name is escaped.
    assert markdown(check) == "ana on nf1"
    assert markdown(check, names={"ana": "*Ana*"}) == r"\*Ana\* on nf1"
    with pytest.raises(TypeError, match="codes must be a mapping"):
        markdown(group, codes=["nf3"])


def test_goal_markdown_says_the_picture_s_verdict() -> None:
    """Coloured less than the data: "worth asking why", as the picture says it."""
    goal = SAMPLE.goals[1]  # from 1 toward 5: 3 gives the data's bar 2 of 4
    less = markdown(goal, current=3, coloured=1, student_name="Ines")
    assert (
        "Ines' bar `▰▱▱▱ 1/4`, the data's bar `▰▰▱▱ 2/4`: Ines coloured less than "
        "the data shows: worth asking why." in less
    )
    comparison = BarComparison(student=FractionBar(4, 1), data=FractionBar(4, 2))
    assert less.endswith(markdown(comparison, student_name="Ines").split(": ", 1)[1])
    more = markdown(goal, current=3, coloured=4, student_name="Jo")
    assert "Jo's bar `▰▰▰▰ 4/4`" in more
    assert "Jo coloured more than the data shows: a talking point." in more
    assert "The student's bar" in markdown(
        goal, current=3, coloured=4, student_name=" "
    )
    with pytest.raises(TypeError, match="student_name must be a str or None"):
        markdown(goal, current=3, coloured=1, student_name=7)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("# Heading", r"\# Heading"),
        ("###### six", r"\###### six"),
        ("1. first", r"1\. first"),
        ("12) twelfth", r"12\) twelfth"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("> quote", r"\> quote"),
        ("~~~ fence", r"\~~~ fence"),
        ("  - indented", r"  \- indented"),
        ("#hashtag", "#hashtag"),
        ("4.NF.1 on fractions", "4.NF.1 on fractions"),
        ("-5 points", "-5 points"),
        ("a # b - c", "a # b - c"),
    ],
)
def test_inline_escapes_what_would_open_a_block(text: str, shown: str) -> None:
    """A leading heading, list or fence mark is escaped; the same mark inside is not."""
    assert inline(text) == shown
    assert cell("-") == "-"  # a table's empty cell stays a dash


def test_a_name_that_looks_like_a_heading_stays_text() -> None:
    """A line that starts with data cannot become a heading or a list."""
    script = student_led_script(SAMPLE, ESTIMATES)
    line = attrs.evolve(script.lines[0], text="# I am a heading")
    text = markdown(attrs.evolve(script, lines=(line, *script.lines[1:])))
    assert text.startswith(r"> \# I am a heading")


def test_mastery_table_lists_named_students_then_the_others() -> None:
    """Named students first, in the names' order, then the others found, sorted."""
    names = {"dev": "Dev Patel", "zed": "Zed", "ana": "Ana Díaz"}
    rows = [
        row.split(" | ")[0][2:]
        for row in _tables(mastery_table(ESTIMATES, names=names))[0][2:]
    ]
    assert rows == ["Dev Patel", "Zed", "Ana Díaz", "ben", "caro"]
    bare = [row.split(" | ")[0][2:] for row in _tables(mastery_table(ESTIMATES))[0][2:]]
    assert bare == ["ana", "ben", "caro", "dev"]


def test_mastery_table_and_grid_list_students_alike() -> None:
    """The table's rows and the grid's rows are the same students in the same order."""
    names = {"dev": "Dev Patel", "ana": "Ana Díaz"}
    estimates = dict(reversed(list(ESTIMATES.items())))  # the others: not in order
    table_rows = [
        row.split(" | ")[0][2:]
        for row in _tables(mastery_table(estimates, names=names))[0][2:]
    ]
    grid = mastery_grid(estimates, names=names)
    desc = grid.split("<desc>", 1)[1].split("</desc>", 1)[0]
    grid_rows = re.findall(r"(?:^|\. )([^.:]+): nf3 ", desc)  # nf3 came first
    assert table_rows == grid_rows == ["Dev Patel", "Ana Díaz", "ben", "caro"]


_MARKDOWN_TYPES = sorted(
    (kind for kind in markdown.registry if kind is not object),
    key=lambda kind: kind.__name__,
)


@pytest.mark.parametrize("kind", _MARKDOWN_TYPES, ids=lambda kind: kind.__name__)
@settings(max_examples=5, deadline=None)
@given(data=st.data())
def test_every_markdown_takes_a_language(kind: type, data: st.DataObject) -> None:
    """Each Markdown form takes lang= (the text's language) and refuses a bad one.

    By default a value written in a language (an agenda, a script, a letter) is
    shown in its own; anything else in English.
    """
    value = data.draw(STRATEGIES[kind])
    own = getattr(value, "language", "en")
    assert markdown(value, lang=own) == markdown(value)
    markdown(value, lang="ar-EG")
    with pytest.raises(ValueError, match="lang must be a language tag"):
        markdown(value, lang="en US")
    with pytest.raises(TypeError, match="lang must be a str"):
        markdown(value, lang=1)


def test_the_tables_take_a_language() -> None:
    """mastery_table and comparison_table take lang= and check it as markdown() does."""
    assert mastery_table(ESTIMATES, lang="es") == mastery_table(ESTIMATES)
    assert comparison_table(COMPARISONS, lang="es") == comparison_table(COMPARISONS)
    with pytest.raises(ValueError, match="lang must be a language tag"):
        mastery_table(ESTIMATES, lang="")
    with pytest.raises(TypeError, match="lang must be a str"):
        comparison_table(COMPARISONS, lang=None)


def test_a_roll_up_is_refused_without_a_private_name() -> None:
    """markdown() of a roll-up says it cannot, naming no private type."""
    with pytest.raises(
        TypeError, match="cannot draw a value of type Mapping"
    ) as raised:
        markdown(ESTIMATES)
    assert "_" not in str(raised.value).split(";")[0]
