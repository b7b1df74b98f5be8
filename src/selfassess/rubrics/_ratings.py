"""Paired ratings and rater tables, checked and tallied for the calibration statistics.

The statistics only ever need how many times each pair of ratings occurs (each
unit's ratings, for Krippendorff's alpha), so the ratings are tallied once, with
`collections.Counter` at the speed of C, and every later step works on the distinct
pairs: a class or a district on a 4-point scale has at most 16 of them, whatever
the number of pairs.

Checking follows the same idea. When every rating is a plain int or float (or a
NumPy or pandas scalar, turned into one), only the distinct values are checked for
being finite; the slower item-by-item pass runs only when something is wrong, to
report every bad rating with its path, in order.

Ratings are exact: `scaled` turns the distinct values into integers over one common
power of two (every float is a binary fraction), so sums and products are exact
integer arithmetic and a result is rounded to a float once, at the end.
"""

from __future__ import annotations

import math
import numbers
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import Any, NoReturn

from selfassess._validate import Checker, shown
from selfassess.errors import InvalidDataError

__all__ = [
    "Number",
    "Paired",
    "category_index",
    "listed",
    "pair_tally",
    "positions",
    "scaled",
    "unit_tally",
]

Number = int | float
_FLOAT_MAX = sys.float_info.max
_PLAIN: frozenset[type] = frozenset({int, float})
_PLAIN_OR_NONE: frozenset[type] = frozenset({int, float, type(None)})


def listed(check: Checker, path: str, values: object, what: str) -> list[Any] | None:
    """Return *values* as a list if it is a sequence of items; else record why not.

    Any iterable but a string, bytes or a mapping counts, so that NumPy arrays and
    pandas Series are accepted as they are.
    """
    before = len(check.problems) + check.omitted
    found = check.listed(path, values, what)
    if len(check.problems) + check.omitted > before:
        return None
    return list(found)


def _converter(kind: type) -> type | None:
    """How to turn a value of this type into a plain int or float, if it is a number.

    NumPy's and pandas' scalars (numpy.int64 and the like) register with the numbers
    ABCs without being int or float: they are the numbers they say they are.
    """
    if issubclass(kind, bool):
        return None
    if issubclass(kind, numbers.Integral):
        return int
    if issubclass(kind, numbers.Real):
        return float
    return None


def _plain(values: list[Any], allowed: frozenset[type]) -> list[Any] | None:
    """The values as plain ints and floats (and ``None`` if allowed), or ``None``.

    ``None`` means that some value is of a type that is not a number: the caller
    then checks item by item, to say which.
    """
    kinds = set(map(type, values))
    if kinds <= allowed:
        return values
    converters: dict[type, type | None] = {}
    for kind in kinds:
        if kind in allowed:
            converters[kind] = None
            continue
        converter = _converter(kind)
        if converter is None:
            return None
        converters[kind] = converter
    plain = []
    for value in values:
        converter = converters[type(value)]
        plain.append(value if converter is None else converter(value))
    return plain


def _all_finite(values: Iterable[Number]) -> bool:
    """Whether every plain int or float is a finite number that a float can hold.

    Mapped over the distinct values, the check runs at the speed of C. An int
    beyond the largest float is refused, as `Checker.number` refuses it.
    """
    distinct = set(values)
    try:
        if not all(map(math.isfinite, distinct)):
            return False
    except OverflowError:  # an int too large to be turned into a float
        return False
    return not distinct or (
        min(distinct) >= -_FLOAT_MAX and max(distinct) <= _FLOAT_MAX
    )


def _number(check: Checker, path: str, value: object) -> Number | None:
    """One rating checked item by item: the plain number, or ``None`` and a problem."""
    if not isinstance(value, (bool, int, float)):
        converter = _converter(type(value))
        if converter is not None:
            value = converter(value)
    if not check.number(path, value):
        return None
    assert isinstance(value, (int, float))  # for mypy: number() checked it
    return value


def _refuse(check: Checker) -> NoReturn:
    """Raise the problems found by the item-by-item pass that the fast one asked for.

    The fast pass only asks when it found something wrong, so there always are.
    """
    check.done()
    raise AssertionError("a bad rating was not found")  # pragma: no cover - see above


def _raise_bad(check: Checker, named: Sequence[tuple[str, list[Any]]]) -> NoReturn:
    """Check the ratings of *named* lists item by item, index first; then raise."""
    for index, values in enumerate(zip(*(items for _, items in named), strict=True)):
        for (name, _), value in zip(named, values, strict=True):
            _number(check, f"{name}[{index}]", value)
    _refuse(check)


def pair_tally(
    self_ratings: object, teacher_ratings: object
) -> tuple[Counter[tuple[Number, Number]], list[Any], list[Any]]:
    """Check paired ratings; return how often each pair occurs, and the two lists.

    Raises:
        InvalidDataError: If either is not a sequence, the lengths differ, there are
            no pairs, or a rating is not a finite number (every one, with its path).
    """
    check = Checker(arguments=True)
    mine = listed(check, "self_ratings", self_ratings, "ratings")
    theirs = listed(check, "teacher_ratings", teacher_ratings, "ratings")
    check.done()
    assert mine is not None  # for mypy: done() raised otherwise
    assert theirs is not None
    if len(mine) != len(theirs):
        message = (
            f"must have as many ratings as self_ratings ({len(mine)}) "
            f"(got {len(theirs)})"
        )
        raise InvalidDataError.single("teacher_ratings", message)
    if not mine:
        raise InvalidDataError.single("self_ratings", "must have at least one pair")
    plain_mine = _plain(mine, _PLAIN)
    plain_theirs = _plain(theirs, _PLAIN)
    if plain_mine is not None and plain_theirs is not None:
        tally = Counter(zip(plain_mine, plain_theirs, strict=True))
        if _all_finite(chain.from_iterable(tally)):
            return tally, plain_mine, plain_theirs
    _raise_bad(check, [("self_ratings", mine), ("teacher_ratings", theirs)])


def category_index(categories: object) -> dict[Number, int]:
    """Check the categories; return each one's position, lowest first.

    Categories are the levels of a scale in order, lowest first (DESIGN.md): at least
    two, no repeats, each greater than the one before.

    Raises:
        InvalidDataError: If *categories* is not a sequence of finite numbers, has
            fewer than two, repeats one or does not rise.
    """
    check = Checker(arguments=True)
    values = listed(check, "categories", categories, "levels")
    check.done()
    assert values is not None  # for mypy: done() raised otherwise
    index: dict[Number, int] = {}
    previous: tuple[int, Number] | None = None
    for position, category in enumerate(values):
        path = f"categories[{position}]"
        value = _number(check, path, category)
        if value is None:
            continue
        if value in index:
            check.add(
                path,
                f"category {shown(category)} is already used at "
                f"categories[{index[value]}]",
            )
            continue
        if previous is not None and value < previous[1]:
            # Positions give the weights of kappa and AC2 and the neighbours of
            # adjacent agreement: categories out of order would silently change them.
            check.add(
                path,
                f"must be greater than categories[{previous[0]}] "
                f"({previous[1]:g}): categories rise from the lowest "
                f"(got {shown(category)})",
            )
        index[value] = len(index)
        previous = (position, value)
    if not check.problems and len(index) < 2:
        check.add("categories", f"must have at least 2 categories (got {len(index)})")
    check.done()
    return index


def positions(
    tally: Mapping[tuple[Number, Number], int],
    index: Mapping[Number, int],
    mine: list[Any],
    theirs: list[Any],
) -> list[tuple[int, int]]:
    """Each distinct pair of the tally as its two positions among the categories.

    Raises:
        InvalidDataError: If a rating is not one of the categories (every one, with
            its path, found in *mine* and *theirs*).
    """
    try:
        return [(index[a], index[b]) for a, b in tally]
    except KeyError:
        pass
    check = Checker(arguments=True)
    known = ", ".join(f"{float(value):g}" for value in index)
    for position, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        for name, value in (("self_ratings", a), ("teacher_ratings", b)):
            if value not in index:
                check.add(
                    f"{name}[{position}]",
                    f"must be one of the categories ({known}) (got {float(value):g})",
                )
    _refuse(check)


class Paired:
    """Checked paired ratings, as the distinct pairs and their counts.

    Attributes:
        n: How many pairs.
        keys: The distinct pairs of ratings, in the order first seen.
        counts: How many times each distinct pair occurs.
        points: Each distinct pair's two ratings as exact integers, the ratings
            times ``2 ** shift``.
        shift: The power of two of *points*.
        positions: Each distinct pair's two positions among the categories, or
            ``None`` if no categories were given.
        k: How many categories; 0 if none were given.
    """

    def __init__(
        self,
        self_ratings: object,
        teacher_ratings: object,
        categories: object = None,
    ) -> None:
        tally, mine, theirs = pair_tally(self_ratings, teacher_ratings)
        self.n = len(mine)
        self.keys = list(tally)
        self.counts = list(tally.values())
        ratings = list(chain.from_iterable(self.keys))
        exact, self.shift = scaled(ratings)
        # Whole numbers as ints need no mapping; a float equal to one (3.0 beside 3)
        # shares its key in a set, so the types are read from every rating.
        if set(map(type, ratings)) == {int}:
            self.points: list[tuple[int, int]] = self.keys  # type: ignore[assignment]
        else:
            self.points = [(exact[a], exact[b]) for a, b in self.keys]
        self.positions: list[tuple[int, int]] | None = None
        self.k = 0
        if categories is not None:
            index = category_index(categories)
            self.positions = positions(tally, index, mine, theirs)
            self.k = len(index)


def unit_tally(ratings: object) -> Counter[tuple[Number | None, ...]]:
    """Check a rater-by-unit table; return how often each unit's ratings occur.

    Each key holds one unit's ratings, rater by rater, ``None`` where a rater gave
    none.

    Raises:
        InvalidDataError: If *ratings* is not a sequence of at least two sequences
            of equal length, or a rating is neither ``None`` nor a finite number.
    """
    check = Checker(arguments=True)
    raters = listed(check, "ratings", ratings, "raters")
    check.done()
    assert raters is not None  # for mypy: done() raised otherwise
    if len(raters) < 2:
        check.add("ratings", f"must have at least 2 raters (got {len(raters)})")
        check.done()
    rows = [
        listed(check, f"ratings[{number}]", rater, "ratings")
        for number, rater in enumerate(raters)
    ]
    check.done()
    table = [row for row in rows if row is not None]
    units = len(table[0])
    for number, rater in enumerate(table[1:], start=1):
        if len(rater) != units:
            check.add(
                f"ratings[{number}]",
                f"must rate as many units as ratings[0] ({units}) (got {len(rater)})",
            )
    check.done()
    plain = [_plain(row, _PLAIN_OR_NONE) for row in table]
    if all(row is not None for row in plain):
        tally: Counter[tuple[Number | None, ...]] = Counter(zip(*plain, strict=True))
        values = set(chain.from_iterable(tally))
        values.discard(None)
        if _all_finite(values):  # type: ignore[arg-type]  # None taken out
            return tally
    for number, rater in enumerate(table):
        for unit, value in enumerate(rater):
            if value is not None:
                _number(check, f"ratings[{number}][{unit}]", value)
    _refuse(check)


def scaled(values: Iterable[Number]) -> tuple[dict[Number, int], int]:
    """Each value as an exact integer over a common power of two, and that power.

    Every float is an integer times a power of two; with *shift* the largest power
    of two any value's denominator needs, ``value * 2**shift`` is an integer for
    every value, so sums, differences and squares of the values are exact in integer
    arithmetic. Whole numbers need no shift at all.
    """
    distinct = set(values)
    shift = 0
    ratios: dict[Number, tuple[int, int]] = {}
    for value in distinct:
        if type(value) is int:
            continue
        numerator, denominator = value.as_integer_ratio()
        ratios[value] = (numerator, denominator.bit_length() - 1)
        shift = max(shift, denominator.bit_length() - 1)
    exact: dict[Number, int] = {}
    for value in distinct:
        if value in ratios:
            numerator, power = ratios[value]
            exact[value] = numerator << (shift - power)
        else:
            exact[value] = int(value) << shift
    return exact, shift
