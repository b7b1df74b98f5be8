"""Progress monitoring: data points by date, the aimline, the trend, and the decision.

For IEP goals and other goals monitored with data (curriculum-based measurement,
such as words read correctly in one minute each week), the practice is:

- the baseline is the median of the first three points;
- the aimline runs from the baseline to the target on the due date;
- the rate of improvement is the ordinary least squares slope, per week;
- the trend line is Tukey's: through the medians of the first and last thirds of the
  data (Tukey 1977; as used for curriculum-based measurement by Hosp, Hosp & Howell,
  *The ABCs of CBM*, 2007, and the National Center on Intensive Intervention);
- the four-point rule: once there are at least six points, if the last four
  consecutive points are all below the aimline, change the instruction; all above,
  raise the goal; otherwise continue (reversed when the target is below the
  baseline, such as errors per page) (Fuchs, Fuchs & Hamlett; Deno 1985);
- the trend rule: a trend flatter than the aimline means change the instruction;
  steeper, raise the goal.

Nothing reads the clock: each point carries its date.
"""

from __future__ import annotations

import enum
import math
import statistics
from collections.abc import Iterable
from datetime import date, timedelta
from typing import NoReturn

import attrs

from selfassess._repr import short_repr
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    number_field,
    to_tuple,
)
from selfassess.errors import InvalidDataError
from selfassess.goals._goals import Goal

__all__ = [
    "DataPoint",
    "Decision",
    "ProgressLine",
    "ProgressMonitor",
    "ProgressReport",
]

_WEEK = 7
_BASELINE_POINTS = 3
_RULE_POINTS = 4
_MAX_RULE_POINTS = 366
"""The most points the decision rules may wait for: a point a day for a year.

Progress is monitored weekly, or at most daily, and the rules are meant to decide
within the school year; a rule that waits longer never decides."""


class Decision(enum.Enum):
    """What a decision rule says to do about a monitored goal."""

    CONTINUE = "continue"
    """Keep the instruction and the goal as they are."""
    CHANGE_INSTRUCTION = "change_instruction"
    """Progress is too slow to reach the goal, so change the instruction."""
    RAISE_GOAL = "raise_goal"
    """Progress is faster than planned, so raise the goal."""
    NOT_ENOUGH_DATA = "not_enough_data"
    """Too few points for the rule to decide; keep collecting."""


@attrs.frozen(kw_only=True)
class DataPoint:
    """One measurement of a monitored goal.

    Attributes:
        measured_on: The day it was taken.
        value: The value on the goal's measure; finite.

    Raises:
        InvalidDataError: If a field breaks its rule.
    """

    __repr__ = short_repr

    measured_on: date
    value: float = number_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("measured_on", self.measured_on)
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class ProgressLine:
    """A straight line over time: an aimline or a trend line.

    Attributes:
        origin: The day the line is measured from.
        intercept: Its value on ``origin``; finite.
        slope_per_week: How much it changes each week (7 days); finite.

    Raises:
        InvalidDataError: If a field breaks its rule.

    Example:
        >>> from datetime import date
        >>> line = ProgressLine(origin=date(2026, 9, 7), intercept=40, slope_per_week=1.5)
        >>> line.value_on(date(2026, 9, 21))
        43.0
        >>> line.reaches_on(46)
        datetime.date(2026, 10, 5)
    """

    __repr__ = short_repr

    origin: date
    intercept: float = number_field()
    slope_per_week: float = number_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("origin", self.origin)
        check.declared(self)
        check.done()

    def value_on(self, day: date) -> float:
        """Return the line's value on *day*.

        Raises:
            ArgumentTypeError: If *day* is not a date.
            InvalidDataError: If the line's value on *day* is beyond the range of a
                float (a steep line, asked for a day far from its origin).
        """
        check = Arguments()
        check.day("day", day)
        check.done()
        weeks = (day - self.origin).days / _WEEK
        value = self.intercept + self.slope_per_week * weeks
        if not math.isfinite(value):
            message = (
                f"must be a day on which the line's value is a finite number "
                f"(got {day.isoformat()}, {weeks:,.0f} weeks from its origin)"
            )
            raise InvalidDataError.single("day", message)
        return value

    def reaches_on(self, value: float) -> date | None:
        """Return the first whole day on which the line has reached *value*.

        Rounded up to a whole day, so the date is never early. ``None`` when the line
        is flat and not at *value*, or the day falls outside the calendar.

        Raises:
            ArgumentTypeError: If *value* is not a number.
            InvalidDataError: If *value* is not finite.
        """
        check = Arguments()
        value = check.number("value", value)
        check.done()
        if self.slope_per_week == 0:
            return self.origin if value == self.intercept else None
        days = (value - self.intercept) / self.slope_per_week * _WEEK
        try:
            # Rounded to a millionth of a day first, so that float noise such as
            # 411.00000000000006 does not push the day on by one.
            return self.origin + timedelta(days=math.ceil(round(days, 6)))
        except (OverflowError, ValueError):  # beyond the calendar
            return None


@attrs.frozen(kw_only=True)
class ProgressReport:
    """Everything progress monitoring says about a goal's data, in one value.

    Attributes:
        goal: The id of the goal.
        points: How many data points there were.
        baseline: The median of the first three points; ``None`` before three.
        aimline: From the baseline to the target on the due date; ``None`` before
            three points.
        rate_of_improvement: The least squares slope, per week; ``None`` before two
            points.
        trend: The Tukey trend line; ``None`` before three points.
        four_point_rule: What the four-point rule says.
        trend_rule: What the trend rule says.
        projected_on: The day the least squares line reaches the target; ``None``
            when it never does (flat, or heading away from the target) or there are
            fewer than two points.
        on_track: Whether the projected day is on or before the due date; ``None``
            before two points.

    Raises:
        InvalidDataError: If a field breaks its rule.
    """

    __repr__ = short_repr

    goal: str
    points: int = integer_field()
    baseline: float | None = number_field(optional=True, default=None)
    aimline: ProgressLine | None = None
    rate_of_improvement: float | None = number_field(optional=True, default=None)
    trend: ProgressLine | None = None
    four_point_rule: Decision = Decision.NOT_ENOUGH_DATA
    trend_rule: Decision = Decision.NOT_ENOUGH_DATA
    projected_on: date | None = None
    on_track: bool | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("goal", self.goal)
        check.declared(self)
        for field in ("aimline", "trend"):
            value = getattr(self, field)
            if value is not None:
                check.instance(field, value, ProgressLine)
        check.member("four_point_rule", self.four_point_rule, Decision)
        check.member("trend_rule", self.trend_rule, Decision)
        check.optional_day("projected_on", self.projected_on)
        if self.on_track is not None:
            check.boolean("on_track", self.on_track)
        check.done()


@attrs.frozen(kw_only=True)
class ProgressMonitor:
    """A goal monitored with data: its target, due date, direction and data points.

    Attributes:
        goal: The id of the goal.
        target: Where the goal is on the measure; finite.
        due_on: The day the target should be reached.
        rising: Whether higher values are progress (words read correctly); ``False``
            when lower values are (errors per page), which reverses the rules.
        points: The data, in date order, at most one point a day. When there are
            three or more, the second (the baseline's date) must be before
            ``due_on``.
        min_points: How many points the decision rules need before they decide;
            from 4 to 366. The practice asks for 6; 366 is a point a day for a
            year, as the rules are meant to decide within the school year.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from datetime import date, timedelta
        >>> start = date(2026, 9, 7)
        >>> wcpm = [40, 42, 41, 43, 42, 44, 43]
        >>> monitor = ProgressMonitor(
        ...     goal="read-70", target=70, due_on=date(2027, 3, 1),
        ...     points=[DataPoint(measured_on=start + timedelta(weeks=i), value=v)
        ...             for i, v in enumerate(wcpm)])
        >>> monitor.baseline
        41.0
        >>> monitor.four_point_rule().value
        'change_instruction'
    """

    __repr__ = short_repr

    goal: str
    target: float = number_field()
    due_on: date
    rising: bool = True
    points: tuple[DataPoint, ...] = attrs.field(default=(), converter=to_tuple)
    min_points: int = integer_field(
        minimum=_RULE_POINTS, maximum=_MAX_RULE_POINTS, default=6
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("goal", self.goal)
        check.declared(self)
        due = check.day("due_on", self.due_on)
        check.boolean("rising", self.rising)
        if check.items(
            "points", self.points, lambda p, v: check.instance(p, v, DataPoint)
        ):
            for index in range(1, len(self.points)):
                before = self.points[index - 1].measured_on
                after = self.points[index].measured_on
                if after <= before:
                    check.add(
                        f"points[{index}].measured_on",
                        f"must be after the point before it ({before.isoformat()}) "
                        f"(got {after.isoformat()})",
                    )
            if due and len(self.points) >= _BASELINE_POINTS:
                start = self.points[1].measured_on
                if start >= self.due_on:
                    check.add(
                        "points[1].measured_on",
                        "must be before due_on, since the aimline runs from the "
                        f"baseline to the due date ({self.due_on.isoformat()}) "
                        f"(got {start.isoformat()})",
                    )
        check.done()

    @classmethod
    def for_goal(
        cls, goal: Goal, points: Iterable[DataPoint] = (), min_points: int = 6
    ) -> ProgressMonitor:
        """Return a monitor for a goal with a target and a due date.

        The direction comes from the goal: a target below its baseline falls;
        otherwise higher values are progress.

        Args:
            goal: The goal monitored.
            points: The data, in date order: a list or any other iterable.
            min_points: How many points the rules need; from 4 to 366.

        Raises:
            ArgumentTypeError: If *goal* is not a `Goal`, *points* is not a list,
                or *min_points* is not a whole number.
            InvalidDataError: If the goal has no target or no due date, or the
                points or *min_points* break a rule of `ProgressMonitor`.
        """
        check = Arguments()
        goal = check.instance("goal", goal, Goal)
        given = check.items("points", points, DataPoint)
        check.integer(
            "min_points", min_points, minimum=_RULE_POINTS, maximum=_MAX_RULE_POINTS
        )
        check.done()
        state = Checker(arguments=True)
        if goal.target is None:
            state.add("goal.target", "must be set to monitor progress")
        if goal.due_on is None:
            state.add("goal.due_on", "must be set to monitor progress")
        state.done()
        assert goal.target is not None  # checked above
        assert goal.due_on is not None
        return cls(
            goal=goal.id,
            target=goal.target,
            due_on=goal.due_on,
            rising=goal.rising is not False,
            points=given,
            min_points=min_points,
        )

    def _days(self) -> list[float]:
        first = self.points[0].measured_on
        return [float((p.measured_on - first).days) for p in self.points]

    def _values(self) -> list[float]:
        return [point.value for point in self.points]

    @property
    def baseline(self) -> float | None:
        """The median of the first three points; ``None`` before there are three."""
        if len(self.points) < _BASELINE_POINTS:
            return None
        return float(statistics.median(self._values()[:_BASELINE_POINTS]))

    @property
    def aimline(self) -> ProgressLine | None:
        """The line from the baseline to the target on the due date.

        It starts on the date of the second point, the middle of the three that make
        the baseline. ``None`` before there are three points.
        """
        baseline = self.baseline
        if baseline is None:
            return None
        origin = self.points[1].measured_on
        weeks = (self.due_on - origin).days / _WEEK
        return _line("aimline", origin, baseline, (self.target - baseline) / weeks)

    @property
    def least_squares(self) -> ProgressLine | None:
        """The ordinary least squares line through all points; ``None`` before two.

        Computed with ``statistics.linear_regression`` over days since the first point.
        """
        if len(self.points) < 2:
            return None
        try:
            fit = statistics.linear_regression(self._days(), self._values())
        except OverflowError:  # sums of squares beyond the range of a float
            _too_far_apart("least squares line")
        return _line(
            "least squares line",
            self.points[0].measured_on,
            fit.intercept,
            fit.slope * _WEEK,
        )

    @property
    def rate_of_improvement(self) -> float | None:
        """The least squares slope, in units of the measure per week."""
        line = self.least_squares
        return None if line is None else line.slope_per_week

    @property
    def trend(self) -> ProgressLine | None:
        """Tukey's trend line, through the medians of the first and last thirds.

        The points are split into thirds by date; with one point over, the middle
        third takes it, with two over, the outer thirds take one each (Tukey 1977).
        The line passes through the median day and median value of the first third
        and those of the last. ``None`` before there are three points.
        """
        count = len(self.points)
        if count < _BASELINE_POINTS:
            return None
        size, extra = divmod(count, 3)
        outer = size + (1 if extra == 2 else 0)
        days, values = self._days(), self._values()
        left_x = statistics.median(days[:outer])
        left_y = statistics.median(values[:outer])
        right_x = statistics.median(days[count - outer :])
        right_y = statistics.median(values[count - outer :])
        slope = (right_y - left_y) / (right_x - left_x)
        return _line(
            "trend line",
            self.points[0].measured_on,
            left_y - slope * left_x,
            slope * _WEEK,
        )

    def four_point_rule(self) -> Decision:
        """Apply the four-point rule to the last four points.

        With at least ``min_points`` points: all of the last four below the aimline
        means change the instruction, all above means raise the goal, anything else
        means continue. For a falling target, below and above swap. A point on the
        aimline is neither above nor below it.

        Returns:
            The decision; `Decision.NOT_ENOUGH_DATA` with too few points.
        """
        aimline = self.aimline
        if aimline is None or len(self.points) < self.min_points:
            return Decision.NOT_ENOUGH_DATA
        gaps = [p.value - aimline.value_on(p.measured_on) for p in self.points[-4:]]
        if not self.rising:
            gaps = [-gap for gap in gaps]
        if all(gap < 0 for gap in gaps):
            return Decision.CHANGE_INSTRUCTION
        if all(gap > 0 for gap in gaps):
            return Decision.RAISE_GOAL
        return Decision.CONTINUE

    def trend_rule(self) -> Decision:
        """Compare the Tukey trend with the aimline.

        With at least ``min_points`` points: a trend flatter than the aimline (for a
        falling target, falling more slowly) means change the instruction; steeper
        means raise the goal; the same slope means continue.

        Returns:
            The decision; `Decision.NOT_ENOUGH_DATA` with too few points.
        """
        aimline, trend = self.aimline, self.trend
        if aimline is None or trend is None or len(self.points) < self.min_points:
            return Decision.NOT_ENOUGH_DATA
        difference = trend.slope_per_week - aimline.slope_per_week
        if not self.rising:
            difference = -difference
        if difference < 0:
            return Decision.CHANGE_INSTRUCTION
        if difference > 0:
            return Decision.RAISE_GOAL
        return Decision.CONTINUE

    @property
    def projected_on(self) -> date | None:
        """The day the least squares line reaches the target, never early.

        ``None`` before two points, or when the line is flat or heads away from the
        target, so it never reaches it.
        """
        line = self.least_squares
        if line is None:
            return None
        slope = line.slope_per_week
        if slope == 0 or (slope > 0) != self.rising:
            return None
        return line.reaches_on(self.target)

    def report(self) -> ProgressReport:
        """Return everything monitoring says about the data, as one value.

        Returns:
            The report; ``on_track`` is whether the projected day is on or before
            the due date.
        """
        projected = self.projected_on
        return ProgressReport(
            goal=self.goal,
            points=len(self.points),
            baseline=self.baseline,
            aimline=self.aimline,
            rate_of_improvement=self.rate_of_improvement,
            trend=self.trend,
            four_point_rule=self.four_point_rule(),
            trend_rule=self.trend_rule(),
            projected_on=projected,
            on_track=None
            if len(self.points) < 2
            else (projected is not None and projected <= self.due_on),
        )


def _too_far_apart(line: str) -> NoReturn:
    """Raise the error of a line whose numbers are beyond the range of a float."""
    message = (
        f"must have values close enough together for the {line} to be computed "
        "(its numbers go beyond the range of a float)"
    )
    raise InvalidDataError.single("points", message)


def _line(line: str, origin: date, intercept: float, slope: float) -> ProgressLine:
    """A line of the monitor, or a clear error if its numbers are not finite.

    The points' values are finite, but values near the largest float can still
    give a line whose intercept or slope overflows.
    """
    if not (math.isfinite(intercept) and math.isfinite(slope)):
        _too_far_apart(line)
    return ProgressLine(origin=origin, intercept=intercept, slope_per_week=slope)
