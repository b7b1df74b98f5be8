"""Checks shared by the models and functions: gather every problem, then raise once.

attrs validators stop at the first failure. A teacher fixing a spreadsheet export wants
every problem at once, so models validate in ``__attrs_post_init__`` with a `Checker`,
which records problems with their paths and raises one `InvalidDataError` at the end.

Functions check their arguments with `Arguments`, whose checks return the value
checked, typed, so that no ``assert isinstance`` is needed after them. An argument of
the wrong kind (``None`` where a list is taken) is the caller's mistake and raises
`ArgumentTypeError`; a value of the right kind that breaks a rule (a score that is
not finite, an item of a list that is not a score) raises `InvalidDataError`.
"""

from __future__ import annotations

import enum
import math
import numbers
import re
import sys
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any, TypeVar, cast

import attrs

from selfassess._repr import short_repr
from selfassess._shown import shown
from selfassess.errors import (
    MAX_PROBLEMS,
    ArgumentTypeError,
    InvalidDataError,
    Problem,
)

__all__ = [
    "MAX_COUNT",
    "MAX_MINUTES",
    "RULE",
    "Arguments",
    "Checker",
    "Rule",
    "a",
    "integer_field",
    "integer_problem",
    "is_number",
    "number_field",
    "number_problem",
    "rules_of",
    "shown",
    "text_problem",
    "to_float",
    "to_optional_float",
    "to_tuple",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

_FLOAT_MAX = sys.float_info.max
_SURROGATE = re.compile("[\ud800-\udfff]")
_BARE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

MAX_COUNT = 1_000_000_000
"""The largest count a model holds: of students, scores, intervals, rows.

A district has fewer than a billion of anything the practice counts; a bound keeps
a count printable and its arithmetic exact and quick."""

MAX_MINUTES = 24 * 60
"""The longest span of minutes a conference, a slot or an interval may take: a day."""


RULE = "selfassess.rule"
"""The key of a field's `Rule` in its attrs metadata."""


@attrs.frozen
class Rule:
    """A number field's rule, declared where the field is declared.

    `Checker.declared` checks it and `selfassess.serialize.json_schema` says it, so
    the two cannot drift apart: a model's bounds are written once.

    Attributes:
        kind: ``"integer"`` for a whole number, ``"number"`` for a float.
        minimum: The smallest value allowed, if any.
        maximum: The largest value allowed, if any.
        optional: Whether ``None`` is allowed too.
        exclusive_minimum: Whether ``minimum`` itself is left out: the value must
            be greater than it. For number rules; a whole number's bounds are
            always inclusive.
        exclusive_maximum: Whether ``maximum`` itself is left out: the value must
            be less than it. For number rules.
    """

    __repr__ = short_repr

    kind: str
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False

    def __attrs_post_init__(self) -> None:
        # A defect of a model's declaration, found when its class is defined.
        if self.kind not in ("integer", "number"):
            message = f"a rule's kind is 'integer' or 'number' (got {self.kind!r})"
            raise ValueError(message)
        if self.kind == "integer" and (
            self.exclusive_minimum or self.exclusive_maximum
        ):
            message = "a whole number's bounds are inclusive: give the next number"
            raise ValueError(message)


def integer_field(
    *,
    minimum: int | None = 0,
    maximum: int = MAX_COUNT,
    optional: bool = False,
    default: Any = attrs.NOTHING,
) -> Any:
    """A whole-number field with its bounds, checked by `Checker.declared`.

    Every count, minute and size of a model is bounded: no count the practice
    keeps comes near `MAX_COUNT`, and a bound keeps every model printable and its
    arithmetic quick.
    """
    rule = Rule("integer", minimum, maximum, optional)
    converter = to_optional_int if optional else to_int
    return attrs.field(default=default, converter=converter, metadata={RULE: rule})


def number_field(
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    optional: bool = False,
    default: Any = attrs.NOTHING,
    exclusive_minimum: bool = False,
    exclusive_maximum: bool = False,
) -> Any:
    """A float field (ints and other floats made plain floats) with its bounds.

    Without bounds, any finite number. A bound is inclusive unless
    *exclusive_minimum* or *exclusive_maximum* leaves it out: a weight "greater
    than 0" is ``number_field(minimum=0, exclusive_minimum=True)``.
    """
    rule = Rule(
        "number",
        minimum,
        maximum,
        optional,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
    )
    converter = to_optional_float if optional else to_float
    return attrs.field(default=default, converter=converter, metadata={RULE: rule})


def rules_of(kind: type[Any]) -> tuple[tuple[str, Rule], ...]:
    """The declared rules of a model class's fields, in field order."""
    found = _RULES.get(kind)
    if found is None:
        found = tuple(
            (field.name, field.metadata[RULE])
            for field in attrs.fields(kind)
            if RULE in field.metadata
        )
        _RULES[kind] = found
    return found


_RULES: dict[type[Any], tuple[tuple[str, Rule], ...]] = {}
"""The rules of each model class, read once: a class's fields never change."""


def a(noun: str) -> str:
    """Return *noun* with "a" or "an" before it, by its first letter."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def is_number(value: object) -> bool:
    """Whether *value* is an int or a float (not a bool), of any size."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _listable(value: object) -> bool:
    """Whether *value* can be read as a list of items.

    Strings, bytes and mappings are iterable but never meant as a list of items.
    """
    return isinstance(value, Iterable) and not isinstance(
        value, (str, bytes, bytearray, Mapping)
    )


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Convert a list or other iterable to a tuple; leave anything else for the check.

    Typed over ``Any`` because mypy's attrs plugin cannot solve a generic converter;
    each model checks the items' types itself. Strings and mappings are iterable but
    never meant as a sequence of items, and an iterable that fails while it is read
    cannot be one: all are left alone for `Checker.items` to report.
    """
    if isinstance(value, tuple):
        return value
    if not _listable(value):
        return value  # type: ignore[return-value]  # reported by Checker.items
    try:
        return tuple(value)
    except Exception:  # an iterable that fails while read: reported as not a list
        return value  # type: ignore[return-value]


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
    if is_number(value):
        if isinstance(value, int) and not -_FLOAT_MAX <= value <= _FLOAT_MAX:
            return value
        return float(value) or 0.0
    if _other_number(value):  # NumPy's int64 or float32, a Fraction
        return float(value) or 0.0
    return value


def _other_number(value: object) -> bool:
    """Whether *value* is a real number of a type other than int and float.

    NumPy registers its integer and floating types as `numbers.Real`, not its
    ``bool_``, which is refused as a bool is.
    """
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def to_int(value: int) -> int:
    """Turn a whole number of another type (such as NumPy's ``int64``) into an int.

    A bool, a float and anything else are left for the check to refuse.
    """
    if (
        type(value) is not int
        and isinstance(value, numbers.Integral)
        and not isinstance(value, bool)
    ):
        return int(value)
    return value


def to_optional_int(value: int | None) -> int | None:
    """Like `to_int`, keeping ``None``."""
    return None if value is None else to_int(value)


def to_optional_float(value: float | None) -> float | None:
    """Like `to_float`, keeping ``None``."""
    if value is None:
        return None
    return to_float(value)


def number_problem(
    value: object,
    minimum: float | None,
    maximum: float | None,
    *,
    exclusive_minimum: bool = False,
    exclusive_maximum: bool = False,
) -> str | None:
    """What is wrong with *value* as a finite number within bounds, if anything.

    A bound is inclusive ("must be at least 0") unless left out by
    *exclusive_minimum* ("must be greater than 0") or *exclusive_maximum* ("must be
    less than 1"); with both left out, "must be strictly between 0 and 1".
    """
    if not is_number(value):
        return f"must be a number (got {shown(value)})"
    assert isinstance(value, (int, float))  # for mypy: is_number() checked it
    if isinstance(value, int) and not -_FLOAT_MAX <= value <= _FLOAT_MAX:
        return f"must be a number within float range (got {shown(value)})"
    if not math.isfinite(value):
        return f"must be finite (got {shown(value)})"
    return _bounds_problem(
        value, minimum, maximum, exclusive_minimum, exclusive_maximum
    )


def _bounds_problem(
    value: float,
    minimum: float | None,
    maximum: float | None,
    exclusive_minimum: bool,
    exclusive_maximum: bool,
) -> str | None:
    """What is wrong with a finite *value* against its bounds, if anything."""
    below = minimum is not None and (
        value <= minimum if exclusive_minimum else value < minimum
    )
    above = maximum is not None and (
        value >= maximum if exclusive_maximum else value > maximum
    )
    if not below and not above:
        return None
    if exclusive_minimum and exclusive_maximum and None not in (minimum, maximum):
        bound = f"strictly between {minimum:g} and {maximum:g}"
    elif below:
        bound = (
            f"greater than {minimum:g}"
            if exclusive_minimum
            else f"at least {minimum:g}"
        )
    else:
        bound = (
            f"less than {maximum:g}" if exclusive_maximum else f"at most {maximum:g}"
        )
    return f"must be {bound} (got {shown(value)})"


def integer_problem(
    value: object, minimum: int | None, maximum: int | None
) -> str | None:
    """What is wrong with *value* as a whole number within bounds, if anything."""
    if isinstance(value, bool) or not isinstance(value, int):
        return f"must be a whole number (got {shown(value)})"
    if minimum is not None and value < minimum:
        return f"must be at least {minimum:,} (got {shown(value)})"
    if maximum is not None and value > maximum:
        return f"must be at most {maximum:,} (got {shown(value)})"
    return None


def text_problem(value: object, *, empty: bool) -> str | None:
    """What is wrong with *value* as a string, if anything."""
    if not isinstance(value, str):
        return f"must be a string (got {shown(value)})"
    if not value.isascii() and _SURROGATE.search(value):
        # A lone surrogate cannot be written as UTF-8: the model could not be saved.
        return (
            f"must be valid Unicode text, without lone surrogates (got {shown(value)})"
        )
    if not empty and not value.strip():
        return f"must not be empty (got {shown(value)})"
    return None


class Checker:
    """Collect the problems of one object, then raise them all at once.

    At most `selfassess.errors.MAX_PROBLEMS` problems are kept; the rest are
    counted, so that a list of a million wrong items costs no more memory to
    report than a thousand.
    """

    def __init__(self, *, arguments: bool = False) -> None:
        self.problems: list[Problem] = []
        self.omitted = 0
        self.arguments = arguments
        self.wrong_kind = False

    def add(self, path: str, message: str) -> None:
        """Record one problem."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(path, message))
        else:
            self.omitted += 1

    def absorb(self, error: InvalidDataError, prefix: str = "") -> None:
        """Record the problems of *error*, seen from *prefix*."""
        for problem in error.problems:
            self.add(problem.under(prefix).path, problem.message)
        self.omitted += error.omitted

    def kind(self, path: str, message: str) -> bool:
        """Record that a value is not of the kind taken; return ``False``.

        For a function's arguments (``arguments=True``), an argument itself of the
        wrong kind (a path that is a bare name) makes the error an
        `ArgumentTypeError`; an item of it, or a field of a model, stays bad data.
        """
        if self.arguments and _BARE_NAME.fullmatch(path):
            self.wrong_kind = True
        self.add(path, message)
        return False

    def error(self) -> InvalidDataError | ArgumentTypeError:
        """The error of the problems recorded (call only when there are some)."""
        if self.wrong_kind:
            return ArgumentTypeError(self.problems, omitted=self.omitted)
        return InvalidDataError(self.problems, omitted=self.omitted)

    def done(self) -> None:
        """Raise the error of the problems recorded, if any.

        `ArgumentTypeError` if a function's argument was of the wrong kind (see
        `kind`), `InvalidDataError` otherwise.
        """
        if self.problems:
            raise self.error()

    # Leaf checks. Each returns whether the value passed, so that dependent checks can
    # be skipped rather than crash on a value of the wrong type.

    def _report(
        self, path: str, problem: str | None, *, wrong_kind: bool = False
    ) -> bool:
        if problem is None:
            return True
        if wrong_kind:
            return self.kind(path, problem)
        self.add(path, problem)
        return False

    def text(self, path: str, value: object, *, empty: bool = False) -> bool:
        r"""Check that *value* is a string, non-empty unless *empty* is allowed.

        A string with a lone surrogate (``"\ud800"``) is refused: it cannot be
        written as UTF-8, so a model holding it could not be saved.
        """
        return self._report(
            path,
            text_problem(value, empty=empty),
            wrong_kind=not isinstance(value, str),
        )

    def optional_text(self, path: str, value: object) -> bool:
        """Check that *value* is ``None`` or a non-empty string."""
        return value is None or self.text(path, value)

    def identifier(self, path: str, value: object) -> bool:
        """Check that *value* is a non-empty string without surrounding spaces."""
        if not self.text(path, value):
            return False
        if value != cast("str", value).strip():
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
        exclusive_minimum: bool = False,
        exclusive_maximum: bool = False,
    ) -> bool:
        """Check that *value* is a finite number, optionally within bounds.

        The bounds are inclusive unless *exclusive_minimum* or *exclusive_maximum*
        leaves them out (see `number_problem`).
        """
        problem = number_problem(
            value,
            minimum,
            maximum,
            exclusive_minimum=exclusive_minimum,
            exclusive_maximum=exclusive_maximum,
        )
        return self._report(path, problem, wrong_kind=not is_number(value))

    def optional_number(
        self,
        path: str,
        value: object,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> bool:
        """Check that *value* is ``None`` or a finite number within bounds."""
        return value is None or self.number(
            path, value, minimum=minimum, maximum=maximum
        )

    def integer(
        self,
        path: str,
        value: object,
        *,
        minimum: int | None = None,
        maximum: int | None = MAX_COUNT,
    ) -> bool:
        """Check that *value* is an int (not a bool) within bounds.

        The upper bound is `MAX_COUNT` unless given: no count the practice keeps
        comes near it, and a bound keeps every model printable.
        """
        return self._report(
            path,
            integer_problem(value, minimum, maximum),
            wrong_kind=isinstance(value, bool) or not isinstance(value, int),
        )

    def optional_integer(
        self,
        path: str,
        value: object,
        *,
        minimum: int | None = None,
        maximum: int | None = MAX_COUNT,
    ) -> bool:
        """Check that *value* is ``None`` or an int within bounds."""
        return value is None or self.integer(
            path, value, minimum=minimum, maximum=maximum
        )

    def boolean(self, path: str, value: object) -> bool:
        """Check that *value* is ``True`` or ``False``."""
        if not isinstance(value, bool):
            return self.kind(path, f"must be true or false (got {shown(value)})")
        return True

    def day(self, path: str, value: object) -> bool:
        """Check that *value* is a `datetime.date` (a calendar day, not a datetime)."""
        if isinstance(value, datetime) or not isinstance(value, date):
            return self.kind(path, f"must be a date (got {shown(value)})")
        return True

    def optional_day(self, path: str, value: object) -> bool:
        """Check that *value* is ``None`` or a `datetime.date`."""
        return value is None or self.day(path, value)

    def clock(self, path: str, value: object) -> bool:
        """Check that *value* is a `datetime.time` of day, without a time zone."""
        if not isinstance(value, time) or value.tzinfo is not None:
            message = f"must be a time of day like 09:30 (got {shown(value)})"
            return self.kind(path, message)
        return True

    def member(self, path: str, value: object, kind: type[enum.Enum]) -> bool:
        """Check that *value* is a member of the enumeration *kind*."""
        if not isinstance(value, kind):
            choices = ", ".join(repr(member.value) for member in kind)
            message = f"must be {a(kind.__name__)} ({choices}) (got {shown(value)})"
            return self.kind(path, message)
        return True

    def instance(self, path: str, value: object, kind: type) -> bool:
        """Check that *value* is an instance of *kind* (a member, for an enum)."""
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return self.member(path, value, kind)
        if not isinstance(value, kind):
            return self.kind(path, f"must be {a(kind.__name__)} (got {shown(value)})")
        return True

    def optional_instance(self, path: str, value: object, kind: type) -> bool:
        """Check that *value* is ``None`` or an instance of *kind*."""
        return value is None or self.instance(path, value, kind)

    def items(
        self,
        path: str,
        values: object,
        check: type | Callable[[str, object], bool],
        *,
        non_empty: bool = False,
    ) -> bool:
        """Check that *values* is a tuple whose every item passes *check*.

        Args:
            path: The path of the list.
            values: The value to check.
            check: A class, whose instances (or members, for an enumeration) the
                items must be, or a function of the item's path and the item.
            non_empty: Whether the list must have an item.
        """
        if not isinstance(values, tuple):
            return self.kind(path, f"must be a list (got {shown(values)})")
        if non_empty and not values:
            self.add(path, "must not be empty")
            return False
        if isinstance(check, type):
            kind = check
            if not issubclass(kind, enum.Enum) and all(
                isinstance(value, kind) for value in values
            ):
                return True  # the common case, without a path an item
            # Every item is checked, not only up to the first wrong one.
            found = [
                self.instance(f"{path}[{index}]", value, kind)
                for index, value in enumerate(values)
            ]
            return all(found)
        results = [
            check(f"{path}[{index}]", value) for index, value in enumerate(values)
        ]
        return all(results)

    def listed(self, path: str, values: object, what: str = "items") -> tuple[Any, ...]:
        """Read a list given as any iterable (not a string or a mapping) as a tuple.

        For a function's arguments, which may come as lists, tuples or generators:
        a generator is read once, here. Anything else records a problem and gives
        an empty tuple, so that the checks after it have nothing to trip over.

        Args:
            path: The argument's name.
            values: The argument.
            what: What the items are, for the message: ``"students' ids"``.
        """
        if isinstance(values, tuple):
            return values
        if _listable(values):
            try:
                return tuple(cast("Iterable[Any]", values))
            except Exception:  # an iterable that fails while read is no list
                pass
        self.kind(path, f"must be a list of {what} (got {shown(values)})")
        return ()

    def declared(self, instance: object) -> dict[str, bool]:
        """Check every field of *instance* that declares a `Rule`.

        Returns:
            Whether each such field passed, by name, for the rules that need it.
        """
        passed = {}
        for name, rule in rules_of(type(instance)):
            value = getattr(instance, name)
            if rule.optional and value is None:
                passed[name] = True
            elif rule.kind == "integer":
                passed[name] = self.integer(
                    name,
                    value,
                    minimum=None if rule.minimum is None else int(rule.minimum),
                    maximum=None if rule.maximum is None else int(rule.maximum),
                )
            else:
                passed[name] = self.number(
                    name,
                    value,
                    minimum=rule.minimum,
                    maximum=rule.maximum,
                    exclusive_minimum=rule.exclusive_minimum,
                    exclusive_maximum=rule.exclusive_maximum,
                )
        return passed

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


class Arguments:
    """Check a function's arguments; each check returns the argument, typed.

    Call the checks, then `done`, before using what they return: until `done` has
    passed, a returned value may be the wrong one (it is the argument as given).
    `done` raises `ArgumentTypeError` if an argument was of the wrong kind, and
    `InvalidDataError` if every argument was of the right kind but some value broke
    a rule; either lists every problem, each under the argument's name.

    Example:
        >>> def halve(score, *, parts):
        ...     check = Arguments()
        ...     score = check.number("score", score)
        ...     parts = check.integer("parts", parts, minimum=1)
        ...     check.done()
        ...     return score / 2, parts
        >>> halve(3, parts=2)
        (1.5, 2)
        >>> halve(None, parts=0)
        Traceback (most recent call last):
        ...
        selfassess.errors.ArgumentTypeError: 2 problems:
          score: must be a number (got None)
          parts: must be at least 1 (got 0)
    """

    def __init__(self) -> None:
        self.check = Checker(arguments=True)

    def wrong_kind(self, name: str, message: str) -> None:
        """Record that the argument *name* is not of a kind the function takes."""
        self.check.kind(name, message)

    def add(self, path: str, message: str) -> None:
        """Record a problem with the value of an argument (or of an item of it)."""
        self.check.add(path, message)

    def done(self) -> None:
        """Raise `ArgumentTypeError` or `InvalidDataError` if anything was recorded."""
        self.check.done()

    def number(
        self,
        name: str,
        value: object,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> float:
        """Check a finite number, optionally within bounds; return it as a float."""
        if not is_number(value):
            self.wrong_kind(name, f"must be a number (got {shown(value)})")
            return cast("float", value)
        if self.check.number(name, value, minimum=minimum, maximum=maximum):
            return float(cast("float", value)) or 0.0
        return cast("float", value)

    def optional_number(
        self,
        name: str,
        value: object,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> float | None:
        """Check ``None`` or a finite number within bounds."""
        if value is None:
            return None
        return self.number(name, value, minimum=minimum, maximum=maximum)

    def integer(
        self,
        name: str,
        value: object,
        *,
        minimum: int | None = None,
        maximum: int | None = MAX_COUNT,
    ) -> int:
        """Check a whole number within bounds (at most `MAX_COUNT` by default)."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_kind(name, f"must be a whole number (got {shown(value)})")
        else:
            self.check.integer(name, value, minimum=minimum, maximum=maximum)
        return cast("int", value)

    def optional_integer(
        self,
        name: str,
        value: object,
        *,
        minimum: int | None = None,
        maximum: int | None = MAX_COUNT,
    ) -> int | None:
        """Check ``None`` or a whole number within bounds."""
        if value is None:
            return None
        return self.integer(name, value, minimum=minimum, maximum=maximum)

    def boolean(self, name: str, value: object) -> bool:
        """Check ``True`` or ``False``."""
        if not isinstance(value, bool):
            self.wrong_kind(name, f"must be true or false (got {shown(value)})")
        return cast("bool", value)

    def text(self, name: str, value: object, *, empty: bool = False) -> str:
        """Check a string, non-empty unless *empty* is allowed."""
        if not isinstance(value, str):
            self.wrong_kind(name, f"must be a string (got {shown(value)})")
        else:
            self.check.text(name, value, empty=empty)
        return cast("str", value)

    def optional_text(self, name: str, value: object) -> str | None:
        """Check ``None`` or a non-empty string."""
        if value is None:
            return None
        return self.text(name, value)

    def day(self, name: str, value: object) -> date:
        """Check a `datetime.date` (a calendar day, not a datetime)."""
        if isinstance(value, datetime) or not isinstance(value, date):
            self.wrong_kind(name, f"must be a date (got {shown(value)})")
        return cast("date", value)

    def optional_day(self, name: str, value: object) -> date | None:
        """Check ``None`` or a `datetime.date`."""
        if value is None:
            return None
        return self.day(name, value)

    def clock(self, name: str, value: object) -> time:
        """Check a `datetime.time` of day without a time zone."""
        if not isinstance(value, time) or value.tzinfo is not None:
            message = f"must be a time of day like 09:30 (got {shown(value)})"
            self.wrong_kind(name, message)
        return cast("time", value)

    def member(self, name: str, value: object, kind: type[E]) -> E:
        """Check a member of the enumeration *kind*."""
        if not isinstance(value, kind):
            choices = ", ".join(repr(member.value) for member in kind)
            message = f"must be {a(kind.__name__)} ({choices}) (got {shown(value)})"
            self.wrong_kind(name, message)
        return cast("E", value)

    def instance(self, name: str, value: object, kind: type[T]) -> T:
        """Check an instance of *kind*."""
        if not isinstance(value, kind):
            message = f"must be {a(kind.__name__)} (got {shown(value)})"
            self.wrong_kind(name, message)
        return cast("T", value)

    def optional_instance(self, name: str, value: object, kind: type[T]) -> T | None:
        """Check ``None`` or an instance of *kind*."""
        if value is None:
            return None
        return self.instance(name, value, kind)

    def _listed(self, name: str, value: object, what: str) -> tuple[Any, ...] | None:
        """The items of a list argument, or ``None`` (recorded) if it is not one."""
        before = len(self.check.problems) + self.check.omitted
        found = self.check.listed(name, value, what)
        if len(self.check.problems) + self.check.omitted > before:
            return None
        return found

    def items(
        self, name: str, value: object, kind: type[T], *, non_empty: bool = False
    ) -> tuple[T, ...]:
        """Check a list (any iterable but a string or a mapping) of *kind*.

        The argument may be a generator: it is read once, here, and the items are
        returned as a tuple.
        """
        found = self._listed(name, value, _plural(kind))
        if found is None:
            return ()
        self.check.items(name, found, kind, non_empty=non_empty)
        return found

    def numbers(
        self,
        name: str,
        value: object,
        *,
        non_empty: bool = False,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> tuple[float, ...]:
        """Check a list of finite numbers within bounds; return them as floats."""
        found = self._listed(name, value, "numbers")
        if found is None:
            return ()
        if non_empty and not found:
            self.add(name, "must not be empty")
            return ()
        ok = True
        for index, item in enumerate(found):
            problem = number_problem(item, minimum, maximum)
            if problem is not None:
                self.add(f"{name}[{index}]", problem)
                ok = False
        if not ok:
            return ()
        return tuple(float(item) or 0.0 for item in found)

    def days(self, name: str, value: object) -> tuple[date, ...]:
        """Check a list (or a set) of `datetime.date` values."""
        if isinstance(value, (set, frozenset)):
            value = tuple(value)
        found = self._listed(name, value, "dates")
        if found is None:
            return ()
        self.check.items(name, found, self.check.day)
        return found


def _plural(kind: type) -> str:
    name = kind.__name__
    return f"{name} values" if issubclass(kind, enum.Enum) else f"{name} objects"
