"""Dates, times and numbers as a language writes them.

English is written as the rest of selfassess writes it, whatever the machine's
locale. Other languages follow CLDR through Babel, the ``language`` extra
(``pip install 'selfassess[language]'``); without it they fall back to forms every
reader can read: ISO 8601 days ("2026-10-12"), the 24-hour clock ("16:15") and
numbers as English writes them. Babel is imported here only, when first needed.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from types import ModuleType

from selfassess._words import number

__all__ = [
    "babel_available",
    "clock_time",
    "decimal",
    "english_day",
    "english_time",
    "long_date",
]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def english_day(day: date) -> str:
    """A day in English words: ``Monday 5 October 2026``."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def english_time(moment: datetime) -> str:
    """A time of day as an English-speaking family reads it: ``4:15 pm``, ``noon``."""
    if (moment.hour, moment.minute) == (12, 0):
        return "noon"
    if (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'}"


@cache
def _babel() -> tuple[ModuleType, ModuleType] | None:
    """Babel's dates and numbers modules, or ``None`` where Babel is not installed."""
    try:
        from babel import dates, numbers  # noqa: PLC0415 - an optional extra
    except ImportError:
        return None
    return dates, numbers


def babel_available() -> bool:
    """Whether Babel (the ``language`` extra) is installed."""
    return _babel() is not None


def _locale(language: str) -> str | None:
    """The Babel locale of a tag, or ``None`` where CLDR does not know it."""
    found = _babel()
    if found is None:
        return None
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        return str(Locale.parse(language, sep="-"))
    except (UnknownLocaleError, ValueError):
        return None


def _english(language: str) -> bool:
    return language.replace("_", "-").split("-", 1)[0].lower() == "en"


def long_date(day: date, language: str) -> str:
    """A day in full: "Monday 12 October 2026", "lunes, 12 de octubre de 2026"."""
    if _english(language):
        return english_day(day)
    locale = _locale(language)
    found = _babel()
    if locale is None or found is None:
        return day.isoformat()
    return str(found[0].format_date(day, format="full", locale=locale))


def clock_time(moment: datetime, language: str) -> str:
    """A time of day: "4:15 pm", "16:15", "4:15 م"."""
    if _english(language):
        return english_time(moment)
    locale = _locale(language)
    found = _babel()
    if locale is None or found is None:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    return str(found[0].format_time(moment.time(), format="short", locale=locale))


def decimal(value: float, language: str, places: int = 2) -> str:
    """A number with at most *places* decimals: "2.5", "2,5"."""
    text = number(value, places)
    if _english(language):
        return text
    locale = _locale(language)
    found = _babel()
    if locale is None or found is None:
        return text
    return str(found[1].format_decimal(float(text), locale=locale))
