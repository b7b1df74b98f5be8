"""Checks shared by the models: gather every problem of an object, then raise once.

attrs validators stop at the first failure. A teacher fixing a spreadsheet export wants
every problem at once, so models validate in ``__attrs_post_init__`` with a `Checker`,
which records problems with their paths and raises one `InvalidDataError` at the end.
"""

from __future__ import annotations

import enum
import math
import sys
from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from selfassess._shown import shown
from selfassess.errors import InvalidDataError, Problem

__all__ = [
    "Checker",
    "a",
    "shown",
    "to_float",
    "to_optional_float",
    "to_tuple",
]

T = TypeVar("T")

_FLOAT_MAX = sys.float_info.max


def a(noun: str) -> str:
    """Return *noun* with "a" or "an" before it, by its first letter."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Convert a list or other iterable to a tuple; leave anything else for the check.

    Typed over ``Any`` because mypy's attrs plugin cannot solve a generic converter;
    each model checks the items' types itself. Strings and mappings are iterable but
    never meant as a sequence of items, so they are left alone for the check to report.
    """
    if isinstance(value, tuple):
        return value
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]  # reported by Checker.items
    return tuple(value)


def to_float(value: float) -> float:
    """Turn an int, or a float of another type, into a plain float.

    So equal numbers compare, print and serialize alike: ``3`` and NumPy's
    ``np.float64(3.0)`` both become ``3.0``, and ``-0.0`` becomes ``0.0`` (the two
    are equal, so they must not be written differently). A bool, anything that is
    not a number and an int beyond the range of a float are left for the check to
    refuse.
    """
    if type(value) is float:
        return value if value else 0.0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, int) and not -_FLOAT_MAX <= value <= _FLOAT_MAX:
            return value
        return float(value) or 0.0
    return value


def to_optional_float(value: float | None) -> float | None:
    """Like `to_float`, keeping ``None``."""
    if value is None:
        return None
    return to_float(value)


class Checker:
    """Collect the problems of one object, then raise them all at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        """Record one problem."""
        self.problems.append(Problem(path, message))

    def done(self) -> None:
        """Raise `InvalidDataError` if any problem was recorded."""
        if self.problems:
            raise InvalidDataError(self.problems)

    # Leaf checks. Each returns whether the value passed, so that dependent checks can
    # be skipped rather than crash on a value of the wrong type.

    def text(self, path: str, value: object, *, empty: bool = False) -> bool:
        """Check that *value* is a string, non-empty unless *empty* is allowed."""
        if not isinstance(value, str):
            self.add(path, f"must be a string (got {shown(value)})")
            return False
        if not empty and not value.strip():
            self.add(path, f"must not be empty (got {shown(value)})")
            return False
        return True

    def optional_text(self, path: str, value: object) -> bool:
        """Check that *value* is ``None`` or a non-empty string."""
        return value is None or self.text(path, value)

    def identifier(self, path: str, value: object) -> bool:
        """Check that *value* is a non-empty string without surrounding spaces."""
        if not self.text(path, value):
            return False
        assert isinstance(value, str)  # for mypy: text() checked it
        if value != value.strip():
            self.add(path, f"must not start or end with spaces (got {shown(value)})")
            return False
        return True

    def optional_identifier(self, path: str, value: object) -> bool:
        """Check that *value* is ``None`` or an identifier."""
        return value is None or self.identifier(path, value)

    def number(
        self,
        path: str,
        value: object,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> bool:
        """Check that *value* is a finite number, optionally within bounds."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(path, f"must be a number (got {shown(value)})")
            return False
        if isinstance(value, int) and not -_FLOAT_MAX <= value <= _FLOAT_MAX:
            self.add(path, f"must be a number within float range (got {shown(value)})")
            return False
        if not math.isfinite(value):
            self.add(path, f"must be finite (got {shown(value)})")
            return False
        if minimum is not None and value < minimum:
            self.add(path, f"must be at least {minimum:g} (got {shown(value)})")
            return False
        if maximum is not None and value > maximum:
            self.add(path, f"must be at most {maximum:g} (got {shown(value)})")
            return False
        return True

    def integer(self, path: str, value: object, *, minimum: int | None = None) -> bool:
        """Check that *value* is an int (not a bool), optionally at least *minimum*."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, f"must be a whole number (got {shown(value)})")
            return False
        if minimum is not None and value < minimum:
            self.add(path, f"must be at least {minimum} (got {shown(value)})")
            return False
        return True

    def boolean(self, path: str, value: object) -> bool:
        """Check that *value* is ``True`` or ``False``."""
        if not isinstance(value, bool):
            self.add(path, f"must be true or false (got {shown(value)})")
            return False
        return True

    def day(self, path: str, value: object) -> bool:
        """Check that *value* is a `datetime.date` (a calendar day, not a datetime)."""
        if isinstance(value, datetime) or not isinstance(value, date):
            self.add(path, f"must be a date (got {shown(value)})")
            return False
        return True

    def optional_day(self, path: str, value: object) -> bool:
        """Check that *value* is ``None`` or a `datetime.date`."""
        return value is None or self.day(path, value)

    def member(self, path: str, value: object, kind: type[enum.Enum]) -> bool:
        """Check that *value* is a member of the enumeration *kind*."""
        if not isinstance(value, kind):
            choices = ", ".join(repr(member.value) for member in kind)
            self.add(
                path, f"must be {a(kind.__name__)} ({choices}) (got {shown(value)})"
            )
            return False
        return True

    def instance(self, path: str, value: object, kind: type) -> bool:
        """Check that *value* is an instance of *kind*."""
        if not isinstance(value, kind):
            self.add(path, f"must be {a(kind.__name__)} (got {shown(value)})")
            return False
        return True

    def items(
        self,
        path: str,
        values: object,
        check: Callable[[str, object], bool],
        *,
        non_empty: bool = False,
    ) -> bool:
        """Check that *values* is a tuple whose every item passes *check*."""
        if not isinstance(values, tuple):
            self.add(path, f"must be a list (got {shown(values)})")
            return False
        if non_empty and not values:
            self.add(path, "must not be empty")
            return False
        results = [
            check(f"{path}[{index}]", value) for index, value in enumerate(values)
        ]
        return all(results)

    def unique(
        self,
        path: str,
        values: Iterable[T],
        key: Callable[[T], Hashable],
        what: str,
    ) -> bool:
        """Check that no two items of *values* share a *key*; report each repeat."""
        seen: dict[Hashable, int] = {}
        ok = True
        for index, value in enumerate(values):
            found = key(value)
            if found in seen:
                self.add(
                    f"{path}[{index}]",
                    f"{what} {shown(found)} is already used at {path}[{seen[found]}]",
                )
                ok = False
            else:
                seen[found] = index
        return ok
