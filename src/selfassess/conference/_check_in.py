"""The check-in day: a day some school days later, skipping weekends and holidays.

The data review conference ends by scheduling the next check-in; a teacher sets it
some school days on, and `school_days_after` counts them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from selfassess._validate import Arguments
from selfassess.errors import InvalidDataError

__all__ = ["school_days_after"]

_WEEK = 7
_SCHOOL_WEEK = 5  # Monday to Friday
_FRIDAY = 4


def school_days_after(
    after: date, *, school_days: int = 5, holidays: Iterable[date] = ()
) -> date:
    """Return the day *school_days* school days after *after*, skipping weekends and holidays.

    A school day is a Monday to Friday that is not in *holidays*. *after* itself
    does not count. A teacher sets the next check-in with it, such as a week of
    school after a conference.

    Args:
        after: The day to count from, such as the day of the conference.
        school_days: How many school days later; at least 1.
        holidays: Days without school: a list, a set or any other iterable.

    Returns:
        The day, always a school day.

    Raises:
        ArgumentTypeError: If *after* is not a date, *school_days* is not a whole
            number, or *holidays* is not a list.
        InvalidDataError: If *school_days* is less than 1, a holiday is not a date,
            or the day counted to would fall after the calendar's end
            (9999-12-31).

    Example:
        >>> from datetime import date
        >>> from selfassess.conference import school_days_after
        >>> school_days_after(date(2026, 11, 20), school_days=5,
        ...                   holidays=[date(2026, 11, 26), date(2026, 11, 27)])
        datetime.date(2026, 12, 1)
    """
    check = Arguments()
    after = check.day("after", after)
    school_days = check.integer("school_days", school_days, minimum=1)
    days_off = check.days("holidays", holidays)
    check.done()
    # The holidays that can move the count: school days after *after*, in order.
    off = sorted({day for day in days_off if day > after and day.weekday() < 5})
    day, left, passed = after, school_days, 0
    while left:
        # Count *left* weekdays on, then as many again as holidays fell among them.
        ordinal = _weekdays_after(day, left)
        if ordinal > date.max.toordinal():
            message = (
                f"must leave room for {school_days:,} school days before the "
                f"calendar's end ({date.max.isoformat()}) (got {after.isoformat()})"
            )
            raise InvalidDataError.single("after", message)
        day = date.fromordinal(ordinal)
        reached = bisect_right(off, day)
        left, passed = reached - passed, reached
    return day


def _weekdays_after(day: date, count: int) -> int:
    """The ordinal of the day *count* weekdays after *day*, by arithmetic.

    From a weekend day, counting starts from the Friday before: the Monday after
    is the first weekday either way. Whole weeks of five weekdays are seven days;
    the weekdays left over cross one weekend when they pass Friday.
    """
    ordinal, weekday = day.toordinal(), day.weekday()
    if weekday > _FRIDAY:
        ordinal -= weekday - _FRIDAY
        weekday = _FRIDAY
    weeks, rest = divmod(count, _SCHOOL_WEEK)
    ordinal += _WEEK * weeks + rest
    if weekday + rest > _FRIDAY:
        ordinal += _WEEK - _SCHOOL_WEEK
    return ordinal
