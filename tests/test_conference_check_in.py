"""selfassess.conference check-in day: school days later, skipping weekends and holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    school_days_after,
)
from selfassess.errors import InvalidDataError


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
