"""The check-in day: a day some school days later, skipping weekends and holidays.

The data review conference ends by scheduling the next check-in; a teacher sets it
some school days on, and `school_days_after` counts them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from selfassess._validate import Checker

__all__ = ["school_days_after"]


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
        holidays: Days without school.

    Returns:
        The day, always a school day.

    Raises:
        InvalidDataError: If *after* is not a date, *school_days* is not a whole
            number of at least 1, or a holiday is not a date.

    Example:
        >>> from datetime import date
        >>> from selfassess.conference import school_days_after
        >>> school_days_after(date(2026, 11, 20), school_days=5,
        ...                   holidays=[date(2026, 11, 26), date(2026, 11, 27)])
        datetime.date(2026, 12, 1)
    """
    days_off = tuple(holidays)
    check = Checker()
    check.day("after", after)
    check.integer("school_days", school_days, minimum=1)
    check.items("holidays", days_off, check.day)
    check.done()
    off = set(days_off)
    day = after
    left = school_days
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            left -= 1
    return day
