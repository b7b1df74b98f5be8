"""selfassess.conference check-in day: school days later, skipping weekends and holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    school_days_after,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError


def test_school_days_after_skips_weekends_and_holidays() -> None:
    """Friday plus two school days is Tuesday; a holiday Monday pushes it to Wednesday."""
    friday = date(2026, 10, 9)
    assert school_days_after(friday, school_days=2) == date(2026, 10, 13)
    assert school_days_after(
        friday, school_days=2, holidays=[date(2026, 10, 12)]
    ) == date(2026, 10, 14)
    with pytest.raises(InvalidDataError, match=r"^school_days: must be at least 1"):
        school_days_after(friday, school_days=0)


@given(
    after=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    school_days=st.integers(min_value=1, max_value=30),
    holidays=st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 3, 1))),
)
def test_school_days_after_is_a_school_day(
    after: date, school_days: int, holidays: list[date]
) -> None:
    """The day found is a weekday, not a holiday, exactly that many school days later."""
    found = school_days_after(after, school_days=school_days, holidays=holidays)
    assert found.weekday() < 5
    assert found not in holidays
    between = [after + timedelta(days=n) for n in range(1, (found - after).days + 1)]
    assert sum(d.weekday() < 5 and d not in holidays for d in between) == school_days


def _counted(after: date, school_days: int, holidays: list[date]) -> date:
    """The day found by walking one day at a time: the rule as first written."""
    off = set(holidays)
    day, left = after, school_days
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            left -= 1
    return day


@given(
    after=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    school_days=st.integers(min_value=1, max_value=400),
    holidays=st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2092, 1, 1))),
)
def test_school_days_after_matches_a_walk_day_by_day(
    after: date, school_days: int, holidays: list[date]
) -> None:
    """Counting weeks at once gives the same day as walking one day at a time."""
    assert school_days_after(
        after, school_days=school_days, holidays=holidays
    ) == _counted(after, school_days, holidays)


@pytest.mark.parametrize(
    ("after", "school_days"),
    [(date(9999, 12, 30), 5), (date(9999, 12, 31), 1), (date.min, 10**9)],
)
def test_school_days_past_the_calendar_s_end_are_bad_data(
    after: date, school_days: int
) -> None:
    """A count that would run past 9999-12-31 is InvalidDataError, not OverflowError."""
    with pytest.raises(
        InvalidDataError,
        match=rf"^after: must leave room for {school_days:,} school days before the "
        rf"calendar's end \(9999-12-31\) \(got {after.isoformat()}\)$",
    ):
        school_days_after(after, school_days=school_days)


def test_the_last_school_day_of_the_calendar_is_reached() -> None:
    """Friday 9999-12-31 is one school day after Thursday 9999-12-30."""
    assert school_days_after(date(9999, 12, 30), school_days=1) == date.max


def test_holidays_may_be_a_set_or_a_generator() -> None:
    """Holidays come as any iterable of dates."""
    friday = date(2026, 10, 9)
    monday = date(2026, 10, 12)
    expected = date(2026, 10, 14)
    assert school_days_after(friday, school_days=2, holidays={monday}) == expected
    assert school_days_after(friday, school_days=2, holidays=iter([monday])) == expected


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"after": "2026-10-09"}, r"^after: must be a date \(got '2026-10-09'\)$"),
        ({"school_days": 2.0}, r"^school_days: must be a whole number \(got 2\.0\)$"),
        ({"holidays": 0}, r"^holidays: must be a list of dates \(got 0\)$"),
        ({"holidays": None}, r"^holidays: must be a list of dates \(got None\)$"),
        ({"holidays": "2026-10-12"}, r"^holidays: must be a list of dates"),
    ],
)
def test_arguments_of_the_wrong_kind_are_named(
    arguments: dict[str, object], message: str
) -> None:
    """An argument of the wrong kind raises ArgumentTypeError naming it."""
    given = {"after": date(2026, 10, 9), **arguments}
    with pytest.raises(ArgumentTypeError, match=message):
        school_days_after(**given)  # type: ignore[arg-type]


def test_a_holiday_that_is_not_a_date_is_bad_data() -> None:
    """An item of the holidays that is not a date is named by its path."""
    with pytest.raises(InvalidDataError, match=r"^holidays\[1\]: must be a date"):
        school_days_after(date(2026, 10, 9), holidays=[date(2026, 10, 12), "x"])  # type: ignore[list-item]
