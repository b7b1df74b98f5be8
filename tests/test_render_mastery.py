"""Tests of the mastery, rubric and tracking pictures."""

from __future__ import annotations

import math
import re
import sys
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import render_cases_mastery as cases
import strategies_mastery as sm
import strategies_rubrics as sr
import strategies_tracking as stt
from selfassess import Evidence, Level, Scale
from selfassess.cli._sample import sample_class
from selfassess.errors import InvalidDataError
from selfassess.mastery import MasteryMethod, MasteryPolicy, rollup
from selfassess.render import html, svg
from selfassess.render._mastery import mastery_grid, score_breakdown
from selfassess.render._rubrics import calibration_picture
from selfassess.render._tracking import growth_chart
from selfassess.rubrics import calibrate, compare
from selfassess.tracking import Interval, OnTaskSession, StandardChange

from render_support import HOSTILE, SVG_NS, check_svg, shown_text


def _desc(picture: str) -> str:
    root = check_svg(picture)
    return root.find(f"{SVG_NS}desc").text or ""


def _sample_grid(**options: object) -> str:
    sample = sample_class()
    names = {p.id: p.name for p in sample.students}
    return svg(
        rollup(sample.evidence, MasteryPolicy()),
        standards=sample.framework,
        names=names,
        **options,
    )


@pytest.mark.parametrize("name", sorted(cases.CASES))
@pytest.mark.parametrize("hostile", [None, HOSTILE])
def test_every_case_renders_safely(name: str, hostile: str | None) -> None:
    """Every gallery case is a safe picture, and hostile text is shown as text."""
    picture = cases.CASES[name].make(hostile)
    root = check_svg(picture)
    assert "<script" not in picture
    if hostile is not None:
        assert hostile in shown_text(picture) or hostile in (
            root.find(f"{SVG_NS}desc").text or ""
        )


def test_grid_desc_counts_bands_and_reads_rows() -> None:
    """The grid's desc counts each band and reads each student's row."""
    desc = _desc(_sample_grid())
    assert "4 students by 3 standards, 12 estimates" in desc
    assert "3 mastered (green), 5 near mastery (yellow), 4 not yet (red)" in desc
    assert "Power standards: 4.NF.1." in desc
    assert "Ana Díaz: 4.NF.1 2.88 near mastery (yellow)" in desc


def test_grid_draws_a_cell_per_estimate_with_letters_and_patterns() -> None:
    """Each estimate is a cell with its value and band letter; power is starred."""
    picture = _sample_grid()
    text = shown_text(picture)
    assert text.count(" M") >= 3
    assert "2.88 N" in text
    assert "1.65 X" in text
    assert "4.NF.1 ★" in text
    assert "(power)" in text
    assert len(re.findall(r"url\(#sa[0-9a-f]+-stripes\)", picture)) >= 4


def test_grid_is_the_registered_picture_of_a_rollup() -> None:
    """svg() of a roll-up is the mastery grid, and html() holds it."""
    sample = sample_class()
    estimates = rollup(sample.evidence, MasteryPolicy())
    assert svg(estimates) == mastery_grid(estimates)
    assert "<svg" in html(estimates)


def test_grid_desc_is_bounded_for_big_classes() -> None:
    """A big grid's desc reads the first rows, then says how many more."""
    rows = [
        Evidence(student=f"s{n}", standard="nf1", score=3, assessed_on=date(2026, 9, 7))
        for n in range(30)
    ]
    desc = _desc(mastery_grid(rollup(rows)))
    assert "30 mastered (green)" in desc
    assert "And 18 more students." in desc


def test_grid_validates_options() -> None:
    """Bad option values raise ValueError, wrong types TypeError."""
    with pytest.raises(ValueError, match="decimals must be from 0 to 4"):
        _sample_grid(decimals=7)
    estimates = rollup(sample_class().evidence)
    with pytest.raises(TypeError, match="names must be a mapping"):
        mastery_grid(estimates, names=["ana"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang must be a language tag"):
        _sample_grid(lang="")
    with pytest.raises(TypeError, match="estimates must hold MasteryEstimate"):
        mastery_grid({("ana", "nf1"): 3.0})


def test_svg_refuses_other_mappings() -> None:
    """A plain dict is not drawn as a grid: the TypeError names the types."""
    with pytest.raises(TypeError, match="cannot draw a value of type dict"):
        svg({"a": 1})


def test_estimate_shows_scores_estimate_and_cuts() -> None:
    """One estimate: a point per score, the estimate's band cell, dashed cuts."""
    sample = sample_class()
    estimate = rollup(sample.evidence, MasteryPolicy())["ana", "nf2"]
    picture = svg(estimate, student_name="Ana")
    root = check_svg(picture)
    dots = [c for c in root.findall(f".//{SVG_NS}circle") if c.get("r") == "4.5"]
    assert len(dots) == 4
    assert "2.51 N" in shown_text(picture)
    assert picture.count('stroke-dasharray="8 4"') == 1
    assert picture.count('stroke-dasharray="2 3"') == 1
    desc = _desc(picture)
    assert "4 scores counted: 1.00 on Sep 7, 2.00 on Sep 14" in desc
    assert "Estimate 2.51" in desc
    assert "Mastered from 3.00" in desc


@given(sm.estimates())
def test_any_estimate_renders(estimate: object) -> None:
    """Any estimate renders a valid picture whose desc counts its scores."""
    picture = svg(estimate)
    assert f"{estimate.count} scores counted" in _desc(picture)  # type: ignore[attr-defined]


def test_estimate_validates_width() -> None:
    """The width must be a number from 400 to 2000."""
    estimate = MasteryPolicy().estimate([])
    with pytest.raises(ValueError, match="width must be from 400"):
        svg(estimate, width=100)
    with pytest.raises(TypeError, match="width must be a number"):
        svg(estimate, width="wide")


def test_breakdown_draws_a_bar_per_standard() -> None:
    """The breakdown says the total and each standard's points, percent and band."""
    picture = cases._breakdown(None)
    desc = _desc(picture)
    assert "31 of 40 points (78 %), broken into 3 standards" in desc
    assert "4.NF.2: 7 of 12 points, 58 %, level 2, near mastery (yellow)" in desc
    text = shown_text(picture)
    assert "3 M" in text
    assert "2 N" in text
    with pytest.raises(TypeError, match="AlignedAssessment"):
        score_breakdown("test", {})  # type: ignore[arg-type]


def test_comparison_marks_self_and_teacher() -> None:
    """Self is a filled circle, teacher an open square, one of each per criterion."""
    sample = sample_class()
    comparison = compare(sample.self_assessments[0], sample.teacher_assessments[0])
    picture = svg(comparison, student_name="Ana")
    root = check_svg(picture)
    circles = root.findall(f".//{SVG_NS}circle")
    squares = [r for r in root.findall(f".//{SVG_NS}rect") if r.get("fill") == "none"]
    assert len(circles) == 5
    assert len(squares) == 5  # four rows and the legend
    assert "+2 over" in shown_text(picture)
    assert "-1 under" in shown_text(picture)
    assert "Collaboration: self Advanced, teacher Partially proficient" in _desc(
        picture
    )
    with pytest.raises(ValueError, match="positions must be from 4"):
        svg(comparison, positions=2)


@given(sr.criterion_comparisons())
def test_any_criterion_row_renders(row: object) -> None:
    """A comparison of any one criterion renders with its gap in words."""
    from selfassess.rubrics import Comparison

    comparison = Comparison(
        student="ana",
        rubric="r",
        self_assessment="a",
        teacher_assessment="b",
        criteria=[row],
    )
    assert "1 criteria" in _desc(svg(comparison))


def test_calibration_figures_and_grid() -> None:
    """The calibration picture writes the figures and the count in each cell."""
    self_levels, teacher_levels = [3, 2, 4, 3], [2, 2, 3, 3]
    picture = calibration_picture(self_levels, teacher_levels, [1, 2, 3, 4])
    desc = _desc(picture)
    assert "4 pairs of ratings on 4 levels" in desc
    assert "exact agreement 50 %" in desc
    assert "bias (self - teacher) +0.50" in desc
    assert "self 3, teacher 2: 1" in desc
    figures = svg(calibrate(self_levels, teacher_levels, [1, 2, 3, 4]))
    assert "+0.50" in shown_text(figures)
    with pytest.raises(ValueError, match="labels must name each of the 4"):
        calibration_picture(self_levels, teacher_levels, [1, 2, 3, 4], labels=["a"])


@given(sr.calibrations())
def test_any_calibration_renders(calibration: object) -> None:
    """Any calibration renders with its number of pairs in the desc."""
    assert f"pairs {calibration.pairs}" in _desc(svg(calibration))  # type: ignore[attr-defined]


def test_on_task_session_and_history() -> None:
    """A session says its on-task count; the history each session's shares."""
    history = cases._history(None)
    session = _desc(svg(history.sessions[0]))
    assert "5 intervals, 40 minutes; 3 rated on task (60 %)" in session
    assert "The teacher rated 4; they agree on on task or not for 3" in session
    days = _desc(svg(history))
    assert "4 sessions; target 80 %" in days
    assert "Sep 17: self 100 % of 6 intervals, teacher 100 %" in days
    with pytest.raises(ValueError, match="target_share must be above 0"):
        svg(history, target_share=0)


@given(stt.histories())
def test_any_history_renders(history: object) -> None:
    """Any on-task history renders, and each session too."""
    check_svg(svg(history))
    for session in history.sessions:  # type: ignore[attr-defined]
        check_svg(svg(session))


def test_growth_chart_says_each_change() -> None:
    """The growth chart writes start, end and change per line."""
    picture = growth_chart(
        [StandardChange(standard="nf1", previous=2, current=3.5, change=1.5)],
        names={"nf1": "4.NF.1"},
    )
    assert "4.NF.1: fall 2.00, spring 3.50, change +1.50." in _desc(picture)
    assert "+1.50" in shown_text(picture)
    with pytest.raises(TypeError, match="TermProgress, StandardChange or Growth"):
        growth_chart([3])  # type: ignore[list-item]


@given(stt.tracker_comparisons())
def test_any_tracker_comparison_renders(comparison: object) -> None:
    """Any tracker comparison renders as a dumbbell per standard."""
    assert f"{len(comparison.standards)} lines" in _desc(svg(comparison))  # type: ignore[attr-defined]


def test_grid_desc_counts_agree_in_number() -> None:
    """One student, one standard, one estimate: each count said in the singular."""
    rows = [
        Evidence(student="ana", standard="nf1", score=3, assessed_on=date(2026, 9, 7))
    ]
    desc = _desc(mastery_grid(rollup(rows)))
    assert "Mastery by standard: 1 student by 1 standard, 1 estimate: " in desc
    many = [
        Evidence(student=f"s{n}", standard="nf1", score=3, assessed_on=date(2026, 9, 7))
        for n in range(13)
    ]
    assert "And 1 more student." in _desc(mastery_grid(rollup(many)))


def test_a_name_like_a_pattern_reference_is_shown_unchanged() -> None:
    """A student named url(#BANDS-dots) keeps that name; only the fills get the ids."""
    sample = sample_class()
    name = "url(#BANDS-dots)"
    picture = mastery_grid(
        rollup(sample.evidence, MasteryPolicy()), names={"ana": name}
    )
    root = check_svg(picture)
    assert name in shown_text(picture)
    assert name in (root.find(f"{SVG_NS}desc").text or "")
    fills = [
        e.get("fill") for e in root.iter() if (e.get("fill") or "").startswith("url(")
    ]
    assert fills
    ids = {e.get("id") for e in root.iter(f"{SVG_NS}pattern")}
    assert {fill[5:-1] for fill in fills} <= ids
    assert not any("BANDS" in fill for fill in fills)


def test_grid_rows_are_the_named_students_then_the_others() -> None:
    """Named students first in the names' order (one without estimates: empty cells)."""
    sample = sample_class()
    estimates = rollup(sample.evidence, MasteryPolicy())
    names = {"dev": "Dev Patel", "zoe": "Zoe Ito", "ben": "Ben Clarke"}
    desc = _desc(mastery_grid(estimates, names=names))
    rows = re.findall(r"(?:^|\. )([^.:]+): nf1 ", desc)
    assert rows == ["Dev Patel", "Zoe Ito", "Ben Clarke", "ana", "caro"]
    assert "Zoe Ito: nf1 no estimate; nf2 no estimate; nf3 no estimate." in desc
    assert "5 students by 3 standards, 12 estimates" in desc


# Extreme but finite values: every axis still gives a valid picture.

LARGEST = sys.float_info.max
extremes = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [1e20, -1e20, 1e300, -1e300, LARGEST, -LARGEST, 5e-324, -5e-324, 0.0]
)


def _finite_coordinates(picture: str) -> None:
    root = check_svg(picture)
    for element in root.iter():
        for name in ("x", "y", "cx", "cy", "x1", "x2", "y1", "y2", "width", "height"):
            if element.get(name) is not None:
                assert math.isfinite(float(element.get(name) or "nan")), name


@settings(max_examples=100, deadline=None)
@given(
    scores=st.lists(extremes, min_size=0, max_size=6),
    method=st.sampled_from(list(MasteryMethod)),
)
def test_an_estimate_of_extreme_scores_is_a_valid_picture(
    scores: list[float], method: MasteryMethod
) -> None:
    """Scores near the largest float, or all one huge value, still draw on the axis."""
    rows = [
        Evidence(
            student="ana",
            standard="nf1",
            score=score,
            assessed_on=date(2026, 9, day + 1),
        )
        for day, score in enumerate(scores)
    ]
    try:
        estimate = MasteryPolicy(method=method, clamp=False).estimate(rows)
    except (InvalidDataError, ValueError, OverflowError):  # the model refuses them
        assume(False)
    _finite_coordinates(svg(estimate))


@settings(max_examples=100, deadline=None)
@given(
    ends=st.lists(
        st.tuples(st.none() | extremes, st.none() | extremes), min_size=0, max_size=5
    )
)
def test_growth_of_extreme_values_is_a_valid_picture(
    ends: list[tuple[float | None, float | None]],
) -> None:
    """A dumbbell chart of values near the largest float stays on its axis."""
    lines = [
        StandardChange(standard=f"nf{index}", previous=before, current=after)
        for index, (before, after) in enumerate(ends)
    ]
    picture = growth_chart(lines)
    _finite_coordinates(picture)
    assert f"{len(lines)} lines" in _desc(picture)


@settings(max_examples=60, deadline=None)
@given(points=st.lists(extremes, min_size=2, max_size=4, unique=True))
def test_a_session_on_an_extreme_scale_is_a_valid_picture(points: list[float]) -> None:
    """On-task ratings on a scale whose points are huge still draw between its levels."""
    levels = [
        Level(points=value, label=f"level {rank}", mastery=rank == len(points) - 1)
        for rank, value in enumerate(sorted(points))
    ]
    try:
        scale = Scale(id="wide", name="Wide", levels=levels)
        session = OnTaskSession(
            id="s1",
            student="ana",
            held_on=date(2026, 9, 7),
            scale=scale,
            intervals=[
                Interval(
                    minutes=5, rating=level.points, teacher_rating=levels[0].points
                )
                for level in levels
            ],
        )
    except (InvalidDataError, ValueError):  # the model refuses the scale
        assume(False)
    _finite_coordinates(svg(session))
