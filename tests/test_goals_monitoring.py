"""Progress monitoring: baseline, aimline, rate of improvement, trend and decisions."""

from __future__ import annotations

import math
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given

from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import (
    DataPoint,
    Decision,
    Goal,
    ProgressLine,
    ProgressMonitor,
)

from strategies import STRATEGIES

progress_monitors = STRATEGIES[ProgressMonitor]

START = date(2026, 9, 7)


def weekly(values: list[float], start: date = START) -> list[DataPoint]:
    return [
        DataPoint(measured_on=start + timedelta(weeks=i), value=v)
        for i, v in enumerate(values)
    ]


def reading(values: list[float]) -> ProgressMonitor:
    # Due 24 weeks after the second point (2026-09-14 to 2027-03-01).
    return ProgressMonitor(
        goal="read-70", target=70, due_on=date(2027, 3, 1), points=weekly(values)
    )


def test_worked_example() -> None:
    """Seven weekly scores worked by hand: baseline 41, ROI 0.5, Tukey slope 0.5."""
    monitor = reading([40, 42, 41, 43, 42, 44, 43])
    assert monitor.baseline == 41.0  # median of 40, 42, 41
    aimline = monitor.aimline
    assert aimline is not None
    assert aimline.origin == date(2026, 9, 14)
    assert aimline.slope_per_week == pytest.approx((70 - 41) / 24)
    assert aimline.value_on(date(2027, 3, 1)) == pytest.approx(70)
    # OLS over weeks 0..6: Sxy = 14, Sxx = 28.
    assert monitor.rate_of_improvement == pytest.approx(0.5)
    # Tukey: thirds of 2, 3, 2 points; medians (3.5 days, 41) and (38.5 days, 43.5).
    trend = monitor.trend
    assert trend is not None
    assert trend.slope_per_week == pytest.approx(0.5)
    assert trend.intercept == pytest.approx(41 - 0.5 / 7 * 3.5)  # through (3.5, 41)
    assert monitor.four_point_rule() is Decision.CHANGE_INSTRUCTION
    assert monitor.trend_rule() is Decision.CHANGE_INSTRUCTION
    # 40.642857 + 0.5 per week reaches 70 after 58.714 weeks = 411 days.
    assert monitor.projected_on == START + timedelta(days=411)
    report = monitor.report()
    assert report.on_track is False
    assert report.points == 7
    assert report.projected_on == START + timedelta(days=411)


def test_above_the_aimline_raises_the_goal() -> None:
    """Four points above the aimline, and a steeper trend, say raise the goal."""
    monitor = reading([40, 41, 42, 48, 52, 56, 60])
    assert monitor.four_point_rule() is Decision.RAISE_GOAL
    assert monitor.trend_rule() is Decision.RAISE_GOAL
    report = monitor.report()
    assert report.on_track is True


def test_mixed_points_continue() -> None:
    """Points on both sides of the aimline say continue."""
    monitor = reading([40, 41, 42, 44, 42, 46, 44])
    assert monitor.four_point_rule() is Decision.CONTINUE


def test_rules_wait_for_six_points() -> None:
    """With five points, even all below the aimline, the rules do not decide."""
    monitor = reading([42, 40, 41, 40, 40])
    assert monitor.four_point_rule() is Decision.NOT_ENOUGH_DATA
    assert monitor.trend_rule() is Decision.NOT_ENOUGH_DATA
    assert attrs.evolve(monitor, min_points=5).four_point_rule() is (
        Decision.CHANGE_INSTRUCTION
    )


def test_falling_target_reverses_the_rules() -> None:
    """For errors per page, points below the aimline are ahead of it."""
    errors = ProgressMonitor(
        goal="errors",
        target=2,
        due_on=START + timedelta(weeks=13),
        rising=False,
        points=weekly([12, 12, 11, 8, 6, 5, 4]),
    )
    assert errors.baseline == 12
    assert errors.four_point_rule() is Decision.RAISE_GOAL
    assert errors.trend_rule() is Decision.RAISE_GOAL
    stuck = attrs.evolve(errors, points=weekly([12, 12, 11, 12, 12, 11, 12]))
    assert stuck.four_point_rule() is Decision.CHANGE_INSTRUCTION
    assert stuck.trend_rule() is Decision.CHANGE_INSTRUCTION
    # A slight fall: the line reaches 2 errors only years after the due date.
    assert stuck.projected_on == date(2031, 12, 15)
    assert stuck.report().on_track is False
    rising_errors = attrs.evolve(errors, points=weekly([12, 12, 11, 12, 13, 14, 15]))
    assert rising_errors.projected_on is None


def test_few_points() -> None:
    """Before three points there is no baseline, aimline or trend."""
    empty = reading([])
    report = empty.report()
    assert report.baseline is None
    assert report.aimline is None
    assert report.trend is None
    assert report.rate_of_improvement is None
    assert report.projected_on is None
    assert report.on_track is None
    two = reading([40, 44])
    assert two.baseline is None
    assert two.rate_of_improvement == pytest.approx(4)
    assert two.report().on_track is True


def test_flat_data_never_reaches_the_target() -> None:
    """A flat line has no projected date and is not on track."""
    monitor = reading([40, 40, 40, 40, 40, 40])
    assert monitor.rate_of_improvement == 0
    assert monitor.projected_on is None
    assert monitor.report().on_track is False


def test_bad_monitors_are_refused() -> None:
    """Points out of order and a baseline after the due date are reported."""
    points = weekly([40, 41, 42])
    with pytest.raises(InvalidDataError) as caught:
        ProgressMonitor(
            goal="g",
            target=math.nan,
            due_on=START,
            points=[points[1], points[0], points[2]],
            min_points=3,
        )
    assert [str(p) for p in caught.value.problems] == [
        "target: must be finite (got nan)",
        "min_points: must be at least 4 (got 3)",
        "points[1].measured_on: must be after the point before it (2026-09-14) "
        "(got 2026-09-07)",
        "points[1].measured_on: must be before due_on, since the aimline runs from "
        "the baseline to the due date (2026-09-07) (got 2026-09-07)",
    ]


def test_for_goal() -> None:
    """A goal with a target and a due date gives a monitor; its direction too."""
    goal = Goal(
        id="errors",
        student="ana",
        statement="Make at most 2 errors a page",
        baseline=12,
        target=2,
        due_on=date(2027, 1, 29),
        iep=True,
    )
    monitor = ProgressMonitor.for_goal(goal, weekly([12, 11, 12]))
    assert monitor.rising is False
    assert monitor.target == 2
    with pytest.raises(InvalidDataError, match=r"goal\.target: must be set"):
        ProgressMonitor.for_goal(attrs.evolve(goal, target=None))


def test_for_goal_checks_its_arguments() -> None:
    """Points of any iterable are read; arguments of the wrong kind are named."""
    goal = Goal(
        id="read", student="ana", statement="Read", target=70, due_on=date(2027, 3, 1)
    )
    points = weekly([40, 42, 41])
    assert ProgressMonitor.for_goal(goal, iter(points)).points == tuple(points)
    with pytest.raises(ArgumentTypeError) as caught:
        ProgressMonitor.for_goal("read", None, min_points=6.0)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [
        "goal: must be a Goal (got 'read')",
        "points: must be a list of DataPoint objects (got None)",
        "min_points: must be a whole number (got 6.0)",
    ]
    with pytest.raises(InvalidDataError, match=r"^points\[1\]: must be a DataPoint"):
        ProgressMonitor.for_goal(goal, [points[0], 41])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"^min_points: must be at most 366"):
        ProgressMonitor.for_goal(goal, points, min_points=10**400)


def test_min_points_is_bounded() -> None:
    """The rules wait for at most a year of daily points."""
    monitor = reading([40, 42, 41])
    assert attrs.evolve(monitor, min_points=366).min_points == 366
    with pytest.raises(
        InvalidDataError, match=r"^min_points: must be at most 366 \(got 367\)$"
    ):
        attrs.evolve(monitor, min_points=367)


def test_a_line_far_out_is_refused_clearly() -> None:
    """A steep line asked for a day far from its origin is bad data, not inf."""
    steep = ProgressLine(origin=START, intercept=0, slope_per_week=1e308)
    assert steep.value_on(START) == 0
    with pytest.raises(
        InvalidDataError,
        match=r"^day: must be a day on which the line's value is a finite number "
        r"\(got 9999-12-31, ",
    ):
        steep.value_on(date.max)
    with pytest.raises(ArgumentTypeError, match=r"^day: must be a date"):
        steep.value_on("2026-09-07")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^value: must be a number"):
        steep.reaches_on(None)  # type: ignore[arg-type]
    gentle = attrs.evolve(steep, slope_per_week=1e-300)
    assert gentle.reaches_on(-1e300) is None  # before the calendar's start


def test_values_near_the_float_limit_give_a_clear_error() -> None:
    """Lines through values near the largest float are refused, never an overflow."""
    huge = [1.7e308, 1.7e308, -1.7e308, 1.7e308]
    monitor = ProgressMonitor(
        goal="g", target=0, due_on=date(2027, 3, 1), points=weekly(huge)
    )
    with pytest.raises(
        InvalidDataError,
        match=r"^points: must have values close enough together for the least "
        r"squares line to be computed",
    ):
        monitor.report()


def test_line_reaches() -> None:
    """A line reaches a value on the first whole day at or after it, or never."""
    line = ProgressLine(origin=START, intercept=0, slope_per_week=7)
    assert line.reaches_on(10) == START + timedelta(days=10)
    assert line.reaches_on(9.5) == START + timedelta(days=10)
    flat = attrs.evolve(line, slope_per_week=0)
    assert flat.reaches_on(1) is None
    assert attrs.evolve(line, slope_per_week=1e-300).reaches_on(1e300) is None


@given(monitor=progress_monitors)
def test_mirrored_data_gives_the_same_decisions(monitor: ProgressMonitor) -> None:
    """Negating every value and the target, and the direction, changes no decision."""
    mirrored = attrs.evolve(
        monitor,
        target=-monitor.target,
        rising=not monitor.rising,
        points=[attrs.evolve(p, value=-p.value) for p in monitor.points],
    )
    assert mirrored.four_point_rule() is monitor.four_point_rule()
    assert mirrored.trend_rule() is monitor.trend_rule()
    assert mirrored.projected_on == monitor.projected_on


@given(monitor=progress_monitors)
def test_report_matches_the_rules(monitor: ProgressMonitor) -> None:
    """The report gathers the monitor's own answers, and rules wait for min_points."""
    report = monitor.report()
    assert report.four_point_rule is monitor.four_point_rule()
    assert report.trend_rule is monitor.trend_rule()
    assert report.baseline == monitor.baseline
    if len(monitor.points) < monitor.min_points:
        assert report.four_point_rule is Decision.NOT_ENOUGH_DATA
        assert report.trend_rule is Decision.NOT_ENOUGH_DATA
    if report.on_track:
        assert report.projected_on is not None
        assert report.projected_on <= monitor.due_on
