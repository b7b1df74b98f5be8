"""Numbers, days and times as the pictures and forms write them.

The same whatever the machine's locale: month and day names are spelled here, not
taken from the platform.
"""

from __future__ import annotations

from datetime import date, datetime

from selfassess._numbers import round_half_up
from selfassess.language._formats import english_day, english_time

__all__ = ["counted", "day_in_words", "fixed", "short_day", "time_in_words"]

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def fixed(value: float, places: int = 2, *, sign: bool = False) -> str:
    """Return *value* with *places* decimals, rounded half up as the policies round.

    Never "-0.00": a value that rounds to zero is written as zero.

    Example:
        >>> fixed(2.725), fixed(0.5, sign=True), fixed(3, 0), fixed(-0.001)
        ('2.73', '+0.50', '3', '0.00')
    """
    rounded = round_half_up(value, places) + 0.0
    return f"{rounded:{'+' if sign else ''}.{places}f}"


def counted(count: int, word: str) -> str:
    """Return *count* and *word*, the word plural unless the count is one.

    Example:
        >>> counted(1, "student"), counted(3, "standard"), counted(0, "estimate")
        ('1 student', '3 standards', '0 estimates')
    """
    return f"{count} {word}{'' if count == 1 else 's'}"


def short_day(day: date, *, year: bool = False) -> str:
    """Return a day briefly: ``Sep 7``, or with *year* ``Sep 7, 2026``.

    Example:
        >>> short_day(date(2026, 9, 7)), short_day(date(2026, 9, 7), year=True)
        ('Sep 7', 'Sep 7, 2026')
    """
    text = f"{_MONTHS[day.month - 1][:3]} {day.day}"
    return f"{text}, {day.year}" if year else text


def day_in_words(day: date) -> str:
    """Return a day in words: ``Monday 5 October 2026``.

    Example:
        >>> day_in_words(date(2026, 10, 5))
        'Monday 5 October 2026'
    """
    return english_day(day)


def time_in_words(moment: datetime) -> str:
    """Return a time of day as a family reads it: ``4:15 pm``, ``noon``.

    Example:
        >>> time_in_words(datetime(2026, 10, 5, 16, 15)), time_in_words(datetime(2026, 10, 5, 12, 0))
        ('4:15 pm', 'noon')
    """
    return english_time(moment)
