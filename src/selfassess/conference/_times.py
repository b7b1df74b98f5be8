"""Checks and arithmetic for times of day and moments, shared by the schedules.

Times and datetimes are naive (no time zone): a school's schedule is in its own local
time, and mixing naive and aware values would make comparisons fail.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from selfassess._validate import Checker, shown
from selfassess.errors import InvalidDataError

Moment = TypeVar("Moment", time, datetime)
"""A time of day or a date and time: what a span runs between."""


def clock(check: Checker, path: str, value: object) -> bool:
    """Check that *value* is a `datetime.time` without a time zone.

    A value of another kind is recorded as such (`Checker.kind`): for a function's
    argument, the caller's mistake.
    """
    if not isinstance(value, time) or value.tzinfo is not None:
        check.kind(
            path, f"must be a time of day without a time zone (got {shown(value)})"
        )
        return False
    return True


def moment(check: Checker, path: str, value: object) -> bool:
    """Check that *value* is a `datetime.datetime` without a time zone.

    A value of another kind is recorded as such, as for `clock`.
    """
    if not isinstance(value, datetime) or value.tzinfo is not None:
        check.kind(
            path, f"must be a date and time without a time zone (got {shown(value)})"
        )
        return False
    return True


_ANY_DAY = date(2000, 1, 1)
"""A day to do arithmetic on times of day: naive times have no daylight saving, so
any day gives the same times, and one far from the calendar's ends cannot overflow."""


def later(at: time, minutes: int, path: str) -> time:
    """Return the time *minutes* after *at*, on the same day.

    *minutes* is a checked count, at most a day (`selfassess._validate.MAX_MINUTES`).

    Raises:
        InvalidDataError: If that time falls on the next day.
    """
    moment_then = datetime.combine(_ANY_DAY, at) + timedelta(minutes=minutes)
    if moment_then.date() != _ANY_DAY:
        message = (
            f"must end before midnight (got {minutes} minutes after {at.isoformat()})"
        )
        raise InvalidDataError.single(path, message)
    return moment_then.time()


def check_span(check: Checker, starts: object, ends: object) -> bool:
    """Check two times of day, and that the second is after the first."""
    both = clock(check, "starts", starts) & clock(check, "ends", ends)
    if both:
        assert isinstance(starts, time)  # for mypy: clock() checked it
        assert isinstance(ends, time)
        if ends <= starts:
            check.add(
                "ends",
                f"must be after starts ({starts.isoformat()}) (got {ends.isoformat()})",
            )
            return False
    return both


def overlapping(spans: Sequence[tuple[Moment, Moment]]) -> Iterator[tuple[int, int]]:
    """Each pair of *spans* that overlap, as their indices, the later index first.

    A span is half-open, from its start to its end. A sweep in order of start: the
    spans still running when one starts are those it overlaps, so the cost grows
    with the spans and the overlaps found, not with every pair of spans.
    """
    running: list[tuple[Moment, int]] = []  # a heap of (ends, index)
    for index in sorted(range(len(spans)), key=lambda i: (spans[i][0], i)):
        starts, ends = spans[index]
        while running and running[0][0] <= starts:
            heapq.heappop(running)
        for _, other in running:
            yield max(index, other), min(index, other)
        heapq.heappush(running, (ends, index))
