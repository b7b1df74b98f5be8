"""Fraction bars: how much of a goal a student has coloured in, as an exact fraction.

At the second student-led conference of the year a student "colours in a fraction bar
for each goal: how much progress they've made", and shows portfolio artifacts to prove
it. A `FractionBar` is that bar: a number of equal parts and how many are filled. Its
`FractionBar.fraction` is an exact `fractions.Fraction`, so that bars of different
parts combine without rounding. `FractionBar.from_progress` colours a bar from data
(a baseline, the current value and the target) and never claims more than the data
shows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from fractions import Fraction

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, integer_field, shown
from selfassess.errors import InvalidDataError

__all__ = ["BarComparison", "FractionBar"]

MAX_PARTS = 1000
"""The most parts a fraction bar may have.

A student colours the bar by hand, part by part: the practice's bars have a few
parts (4, 5, 10), and no one colours a thousand. The bound keeps a drawn bar a
short line of text and the arithmetic of bars quick."""

_FILLED, _EMPTY = "▰", "▱"
_ASCII_FILLED, _ASCII_EMPTY = "#", "-"


def _share(check: Arguments, value: object) -> Fraction | None:
    """*value* as an exact share from 0 to 1, or ``None`` with the problem recorded.

    A float is read as the decimal it shows (see `_decimal`); an int of any size is
    compared as it is, never turned into a float that could overflow.
    """
    if isinstance(value, bool) or not isinstance(value, (Fraction, int, float)):
        message = f"must be a fraction from 0 to 1 (got {shown(value)})"
        check.wrong_kind("fraction", message)
        return None
    if isinstance(value, float) and not math.isfinite(value):
        check.add("fraction", f"must be from 0 to 1 (got {shown(value)})")
        return None
    share = _decimal(value) if isinstance(value, float) else Fraction(value)
    if not 0 <= share <= 1:
        check.add("fraction", f"must be from 0 to 1 (got {shown(value)})")
        return None
    return share


def _decimal(value: float) -> Fraction:
    """A number as an exact fraction, a float read as the decimal it shows.

    0.7 is seven tenths here, not the binary float just below it, which would cost
    a student at 70 % one part of a ten-part bar. The floor that follows still never
    claims more than the number as written.
    """
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


@attrs.frozen
class FractionBar:
    """A bar of equal parts, some of them filled: progress toward a goal.

    Two bars are equal when they have the same parts and the same filled parts; a
    bar of 2 parts with 1 filled and a bar of 4 parts with 2 filled are different
    bars with the same `fraction`.

    Attributes:
        parts: How many equal parts the bar has; from 1 to 1,000, since a bar a
            student colours by hand has few parts (4, 5, 10).
        filled: How many of them are filled; 0 to ``parts``.

    Raises:
        InvalidDataError: If ``parts`` is not a whole number from 1 to 1,000, or
            ``filled`` is not a whole number from 0 to ``parts``.

    Example:
        >>> bar = FractionBar(parts=4, filled=3)
        >>> bar.fraction
        Fraction(3, 4)
        >>> str(bar)
        '▰▰▰▱ 3/4'
        >>> bar.render(ascii=True)
        '[###-] 3/4'
    """

    __repr__ = short_repr

    # Positional as well as by keyword, as the contract reads: FractionBar(4, 3).
    parts: int = integer_field(minimum=1, maximum=MAX_PARTS)
    filled: int = integer_field(maximum=MAX_PARTS)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        counts = check.declared(self)
        if counts["parts"] and counts["filled"] and self.filled > self.parts:
            check.add(
                "filled", f"must be at most parts ({self.parts}) (got {self.filled})"
            )
        check.done()

    @property
    def fraction(self) -> Fraction:
        """The filled share of the bar, ``filled / parts`` exactly, from 0 to 1."""
        return Fraction(self.filled, self.parts)

    @property
    def empty(self) -> int:
        """How many parts are not filled."""
        return self.parts - self.filled

    @property
    def is_full(self) -> bool:
        """Whether every part is filled."""
        return self.filled == self.parts

    @classmethod
    def from_progress(
        cls, baseline: float, current: float, target: float, parts: int
    ) -> FractionBar:
        """Colour a bar from data, rounding down to whole parts so it never over-claims.

        The share of the way from *baseline* to *target* that *current* has come is
        ``(current - baseline) / (target - baseline)``, computed exactly; the bar fills
        the whole parts that share covers (rounded down), clamped to 0..parts. A
        target below the baseline (fewer errors per page, say) works the same way:
        coming down is progress. When the baseline is the target there is no distance
        to cover: the bar is full if *current* is at the target, and empty otherwise,
        since the data cannot tell which way is better.

        Args:
            baseline: Where the student started; finite.
            current: Where the student is now; finite.
            target: Where the goal is; finite.
            parts: How many parts the bar has; from 1 to 1,000.

        Returns:
            The bar the data gives.

        Raises:
            ArgumentTypeError: If a value is not a number or *parts* is not a whole
                number.
            InvalidDataError: If a value is not finite or *parts* is not from 1 to
                1,000.

        Example:
            >>> FractionBar.from_progress(baseline=40, current=58, target=64, parts=4)
            FractionBar(parts=4, filled=3)
            >>> FractionBar.from_progress(baseline=12, current=7, target=2, parts=4)
            FractionBar(parts=4, filled=2)
        """
        check = Arguments()
        check.number("baseline", baseline)
        check.number("current", current)
        check.number("target", target)
        check.integer("parts", parts, minimum=1, maximum=MAX_PARTS)
        check.done()
        start, now, goal = _decimal(baseline), _decimal(current), _decimal(target)
        if goal == start:
            return cls(parts, parts if now == goal else 0)
        share = (now - start) / (goal - start)
        filled = math.floor(share * parts)
        return cls(parts, min(max(filled, 0), parts))

    @classmethod
    def from_fraction(cls, fraction: Fraction | float, parts: int) -> FractionBar:
        """Return a bar of *parts* parts filled as far as *fraction*, rounding down.

        Args:
            fraction: A share from 0 to 1: a `fractions.Fraction`, an int or a
                float; a float is read as the decimal it shows.
            parts: How many parts the bar has; from 1 to 1,000.

        Returns:
            The bar with the most filled parts that does not exceed *fraction*.

        Raises:
            ArgumentTypeError: If *fraction* is not a number or *parts* is not a
                whole number.
            InvalidDataError: If *fraction* is not from 0 to 1 or *parts* is not
                from 1 to 1,000.

        Example:
            >>> FractionBar.from_fraction(Fraction(2, 3), parts=4)
            FractionBar(parts=4, filled=2)
        """
        check = Arguments()
        share = _share(check, fraction)
        check.integer("parts", parts, minimum=1, maximum=MAX_PARTS)
        check.done()
        assert share is not None  # for mypy: _share() recorded a problem otherwise
        return cls(parts, math.floor(share * parts))

    def in_parts(self, parts: int) -> FractionBar:
        """Return the same progress on a bar of *parts* parts, rounding down.

        Exact when *parts* is a multiple of the reduced denominator (3/4 on 8 parts
        is 6/8); otherwise the filled parts round down, so the new bar never claims
        more than this one.

        Raises:
            ArgumentTypeError: If *parts* is not a whole number.
            InvalidDataError: If *parts* is not from 1 to 1,000.

        Example:
            >>> FractionBar(4, 3).in_parts(8), FractionBar(4, 3).in_parts(3)
            (FractionBar(parts=8, filled=6), FractionBar(parts=3, filled=2))
        """
        return FractionBar.from_fraction(self.fraction, parts)

    def reduced(self) -> FractionBar:
        """Return the bar with the fewest parts that shows the same fraction exactly.

        Example:
            >>> FractionBar(8, 6).reduced()
            FractionBar(parts=4, filled=3)
        """
        fraction = self.fraction
        return FractionBar(fraction.denominator, fraction.numerator)

    def __add__(self, other: object) -> FractionBar:
        """Join two bars end to end: parts add and filled parts add, exactly.

        Joining weighs each bar by its parts. To give each goal the same weight,
        use `FractionBar.mean`.

        Raises:
            InvalidDataError: If the joined bar would have more than 1,000 parts.
        """
        if not isinstance(other, FractionBar):
            return NotImplemented
        parts = self.parts + other.parts
        if parts > MAX_PARTS:
            message = (
                f"the joined bar would have {parts:,} parts, more than a bar may "
                f"have ({MAX_PARTS:,})"
            )
            raise InvalidDataError(message)
        return FractionBar(parts, self.filled + other.filled)

    @staticmethod
    def mean(bars: Iterable[FractionBar]) -> FractionBar:
        """Return the average progress of several bars, each counting the same, exactly.

        The result has as many parts as the least common multiple of the bars' parts
        times their number, so no share is rounded: the mean of 1/2 and 2/3 is a
        bar of 12 parts with 7 filled. Call `FractionBar.reduced` for the fewest parts.
        When that many parts would be more than a bar may have (1,000), the result
        is the bar with the fewest parts that shows the mean exactly; and when even
        that is too many (bars of 7, 11 and 13 parts), the mean on 1,000 parts,
        rounded down, so that it never claims more than the bars show.

        Args:
            bars: At least one bar: a list or any other iterable.

        Returns:
            A bar whose fraction is the mean of the bars' fractions.

        Raises:
            ArgumentTypeError: If *bars* is not a list (a string, a mapping or
                ``None``, say).
            InvalidDataError: If there are no bars or an item is not a bar.

        Example:
            >>> FractionBar.mean([FractionBar(2, 1), FractionBar(3, 2)])
            FractionBar(parts=12, filled=7)
        """
        check = Arguments()
        items = check.items("bars", bars, FractionBar, non_empty=True)
        check.done()
        common = math.lcm(*(bar.parts for bar in items))
        filled = sum(bar.filled * (common // bar.parts) for bar in items)
        parts = common * len(items)
        if parts <= MAX_PARTS:
            return FractionBar(parts, filled)
        share = Fraction(filled, parts)
        if share.denominator > MAX_PARTS:
            return FractionBar(MAX_PARTS, math.floor(share * MAX_PARTS))
        return FractionBar(share.denominator, share.numerator)

    def render(self, *, ascii: bool = False, label: bool = True) -> str:
        """Draw the bar as text, for terminals and notebooks.

        Args:
            ascii: Draw with ``#`` and ``-`` in brackets instead of ``▰`` and ``▱``,
                for terminals without those characters.
            label: Add the fraction as ``filled/parts`` after the bar.

        Returns:
            Such as ``"▰▰▰▱ 3/4"``, or ``"[###-] 3/4"`` in ASCII.

        Raises:
            ArgumentTypeError: If *ascii* or *label* is not ``True`` or ``False``.
        """
        check = Arguments()
        check.boolean("ascii", ascii)
        check.boolean("label", label)
        check.done()
        if ascii:
            drawn = f"[{_ASCII_FILLED * self.filled}{_ASCII_EMPTY * self.empty}]"
        else:
            drawn = _FILLED * self.filled + _EMPTY * self.empty
        return f"{drawn} {self.filled}/{self.parts}" if label else drawn

    def __str__(self) -> str:
        return self.render()


@attrs.frozen(kw_only=True)
class BarComparison:
    """A student's self-coloured bar set beside the bar the data gives.

    Attributes:
        student: The bar the student coloured in.
        data: The bar the data gives, such as from `FractionBar.from_progress`.

    Raises:
        InvalidDataError: If either is not a `FractionBar`.

    Example:
        >>> side = BarComparison(student=FractionBar(4, 3), data=FractionBar(4, 2))
        >>> print(side.render())
        student ▰▰▰▱ 3/4
        data    ▰▰▱▱ 2/4
        >>> side.difference
        Fraction(1, 4)
    """

    __repr__ = short_repr

    student: FractionBar
    data: FractionBar

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.instance("student", self.student, FractionBar)
        check.instance("data", self.data, FractionBar)
        check.done()

    @property
    def difference(self) -> Fraction:
        """The student's fraction minus the data's, above 0 when the student claims more."""
        return self.student.fraction - self.data.fraction

    @property
    def agrees(self) -> bool:
        """Whether both bars show the same fraction."""
        return self.difference == 0

    def render(self, *, ascii: bool = False) -> str:
        """Draw both bars, one line each, labelled ``student`` and ``data``.

        Raises:
            ArgumentTypeError: If *ascii* is not ``True`` or ``False``.
        """
        return (
            f"student {self.student.render(ascii=ascii)}\n"
            f"data    {self.data.render(ascii=ascii)}"
        )
