"""Fraction bars: exact fractions, progress that never over-claims, text renderings."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import BarComparison, FractionBar
from selfassess.goals._bars import MAX_PARTS

from strategies import STRATEGIES

fraction_bars = STRATEGIES[FractionBar]

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
parts = st.integers(min_value=1, max_value=40)


def test_fraction_is_exact() -> None:
    """The fraction is a Fraction of filled over parts."""
    bar = FractionBar(4, 3)
    assert bar.fraction == Fraction(3, 4)
    assert isinstance(bar.fraction, Fraction)
    assert FractionBar(parts=6, filled=2).fraction == Fraction(1, 3)


@pytest.mark.parametrize(
    ("parts", "filled", "message"),
    [
        (0, 0, r"^parts: must be at least 1 \(got 0\)$"),
        (4, 5, r"^filled: must be at most parts \(4\) \(got 5\)$"),
        (4, -1, r"^filled: must be at least 0 \(got -1\)$"),
        (4.0, 1, r"^parts: must be a whole number \(got 4\.0\)$"),
        (True, 1, r"^parts: must be a whole number \(got True\)$"),
        (1001, 1, r"^parts: must be at most 1,000 \(got 1001\)$"),
        (10**7, 0, r"^parts: must be at most 1,000 \(got 10000000\)$"),
    ],
)
def test_bad_bars_are_refused(parts: object, filled: object, message: str) -> None:
    """A bar of 0 parts, or more filled parts than parts, cannot be built."""
    with pytest.raises(InvalidDataError, match=message):
        FractionBar(parts, filled)  # type: ignore[arg-type]


@given(bar=fraction_bars)
def test_fraction_is_between_0_and_1(bar: FractionBar) -> None:
    """Every bar's fraction is from 0 to 1."""
    assert 0 <= bar.fraction <= 1


def test_from_progress_examples() -> None:
    """Rising and falling targets fill the whole parts reached, rounded down."""
    assert FractionBar.from_progress(40, 58, 64, 4) == FractionBar(4, 3)
    assert FractionBar.from_progress(40, 63.9, 64, 4) == FractionBar(4, 3)
    assert FractionBar.from_progress(40, 64, 64, 4) == FractionBar(4, 4)
    assert FractionBar.from_progress(40, 90, 64, 4) == FractionBar(4, 4)
    assert FractionBar.from_progress(40, 30, 64, 4) == FractionBar(4, 0)
    # Errors per page: from 12 down to 2, now at 7, is half way.
    assert FractionBar.from_progress(12, 7, 2, 4) == FractionBar(4, 2)
    assert FractionBar.from_progress(12, 15, 2, 4) == FractionBar(4, 0)


def test_from_progress_when_baseline_is_target() -> None:
    """With nothing to cover, the bar is full at the target and empty elsewhere."""
    assert FractionBar.from_progress(5, 5, 5, 3) == FractionBar(3, 3)
    assert FractionBar.from_progress(5, 6, 5, 3) == FractionBar(3, 0)
    assert FractionBar.from_progress(5, 4, 5, 3) == FractionBar(3, 0)


def test_from_progress_is_exact_for_floats() -> None:
    """Floats are read as the decimals they show: 70 % of the way is 7 of 10 parts."""
    assert FractionBar.from_progress(0.0, 0.3, 0.3, 10) == FractionBar(10, 10)
    assert FractionBar.from_progress(0, 0.7, 1, 10).filled == 7  # binary 0.7 < 7/10
    assert FractionBar.from_progress(0, 0.3, 0.9, 3).filled == 1
    assert FractionBar.from_progress(0, 0.69999, 1, 10).filled == 6  # never rounds up


def test_from_progress_refuses_bad_input() -> None:
    """Non-finite values and bad parts are all reported together, as bad data."""
    with pytest.raises(InvalidDataError) as caught:
        FractionBar.from_progress(math.nan, math.inf, 10**400, 0)
    assert [str(p) for p in caught.value.problems] == [
        "baseline: must be finite (got nan)",
        "current: must be finite (got inf)",
        "target: must be a number within float range (got <a whole number of 401 digits>)",
        "parts: must be at least 1 (got 0)",
    ]


def test_from_progress_refuses_arguments_of_the_wrong_kind() -> None:
    """A value that is not a number is the caller's mistake: ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError) as caught:
        FractionBar.from_progress(0, "9", 10, 4.0)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [
        "current: must be a number (got '9')",
        "parts: must be a whole number (got 4.0)",
    ]
    with pytest.raises(InvalidDataError, match=r"^parts: must be at most 1,000"):
        FractionBar.from_progress(0, 5, 10, parts=1001)


@given(baseline=finite, target=finite, low=finite, high=finite, parts=parts)
def test_from_progress_is_monotone(
    baseline: float, target: float, low: float, high: float, parts: int
) -> None:
    """More progress toward the target never gives a bar with fewer filled parts."""
    assume(baseline != target)
    low, high = sorted((low, high))
    below = FractionBar.from_progress(baseline, low, target, parts)
    above = FractionBar.from_progress(baseline, high, target, parts)
    if target > baseline:
        assert below.filled <= above.filled
    else:
        assert below.filled >= above.filled


@given(baseline=finite, current=finite, target=finite, parts=parts)
def test_from_progress_never_over_claims(
    baseline: float, current: float, target: float, parts: int
) -> None:
    """The bar's fraction never exceeds the share of the way actually covered."""
    bar = FractionBar.from_progress(baseline, current, target, parts)
    assert 0 <= bar.filled <= bar.parts == parts
    if baseline != target:
        share = (Fraction(current) - Fraction(baseline)) / (
            Fraction(target) - Fraction(baseline)
        )
        assert bar.fraction <= max(share, Fraction(0))
        assert bar.fraction > min(share, Fraction(1)) - Fraction(1, parts)


def test_joining_bars_is_exact() -> None:
    """Joined end to end, parts and filled parts add."""
    joined = FractionBar(4, 3) + FractionBar(2, 1)
    assert joined == FractionBar(6, 4)
    assert joined.fraction == Fraction(2, 3)
    with pytest.raises(TypeError):
        _ = FractionBar(4, 3) + 1  # type: ignore[operator]


@given(bars=st.lists(fraction_bars, min_size=1, max_size=5))
def test_mean_is_exact(bars: list[FractionBar]) -> None:
    """The mean bar shows the mean of the fractions exactly where 1,000 parts can."""
    expected = sum((bar.fraction for bar in bars), Fraction(0)) / len(bars)
    mean = FractionBar.mean(bars)
    assert mean.parts <= MAX_PARTS
    if expected.denominator > MAX_PARTS:  # rounded down onto 1,000 parts
        assert mean == FractionBar(MAX_PARTS, math.floor(expected * MAX_PARTS))
    else:
        assert mean.fraction == expected


def test_mean_keeps_its_parts_while_they_fit() -> None:
    """Below the bound the mean has lcm times count parts; beyond it, the fewest."""
    assert FractionBar.mean([FractionBar(2, 1), FractionBar(3, 2)]) == FractionBar(
        12, 7
    )
    # 997 and 991 parts: 2 * 997 * 991 parts unreduced, 1/2 exactly.
    halves = [FractionBar(997, 0), FractionBar(991, 991)]
    assert FractionBar.mean(halves) == FractionBar(2, 1)


def test_mean_beyond_the_bound_is_rounded_down_onto_the_bound() -> None:
    """A mean no bar of at most 1,000 parts can show is drawn on 1,000, rounded down."""
    bars = [FractionBar(5, 1), FractionBar(7, 1), FractionBar(11, 1)]
    # (1/5 + 1/7 + 1/11) / 3 = 167/1155 = 0.14458..., so 144 of 1,000 parts.
    assert FractionBar.mean(bars) == FractionBar(1000, 144)
    assert FractionBar.mean(bar.in_parts(10) for bar in bars) == FractionBar(30, 3)


def test_mean_of_nothing_is_refused() -> None:
    """The mean of no bars is not defined; what is not a list of bars is refused."""
    with pytest.raises(InvalidDataError, match=r"^bars: must not be empty$"):
        FractionBar.mean([])
    with pytest.raises(InvalidDataError, match=r"bars\[1\]: must be a FractionBar"):
        FractionBar.mean([FractionBar(2, 1), Fraction(1, 2)])  # type: ignore[list-item]
    with pytest.raises(
        ArgumentTypeError, match=r"^bars: must be a list of FractionBar objects"
    ):
        FractionBar.mean(FractionBar(2, 1))  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^bars: must be a list"):
        FractionBar.mean(None)  # type: ignore[arg-type]


def test_joined_bars_stay_within_the_bound() -> None:
    """Joining bars past 1,000 parts is refused with the parts it would need."""
    assert FractionBar(600, 300) + FractionBar(400, 100) == FractionBar(1000, 400)
    with pytest.raises(
        InvalidDataError,
        match=r"^the joined bar would have 1,200 parts, more than a bar may have "
        r"\(1,000\)$",
    ):
        FractionBar(600, 300) + FractionBar(600, 100)


@given(bar=fraction_bars, new_parts=parts)
def test_on_other_parts_never_over_claims(bar: FractionBar, new_parts: int) -> None:
    """Re-drawn on other parts, a bar rounds down and loses less than one part."""
    moved = bar.in_parts(new_parts)
    assert moved.parts == new_parts
    assert bar.fraction - Fraction(1, new_parts) < moved.fraction <= bar.fraction
    assert bar.reduced().fraction == bar.fraction


def test_from_fraction_refuses_shares_outside_0_to_1() -> None:
    """A share above 1 cannot be drawn."""
    with pytest.raises(InvalidDataError, match=r"fraction: must be from 0 to 1"):
        FractionBar.from_fraction(Fraction(5, 4), 4)


@pytest.mark.parametrize(
    "share", [10**400, -(10**400), math.inf, math.nan, 1.5, Fraction(-1, 3)]
)
def test_from_fraction_refuses_huge_and_endless_shares(share: object) -> None:
    """A share of any size outside 0..1 is bad data, never an OverflowError."""
    with pytest.raises(InvalidDataError, match=r"^fraction: must be from 0 to 1 \(got"):
        FractionBar.from_fraction(share, 4)  # type: ignore[arg-type]


@pytest.mark.parametrize("share", ["1/2", None, True, [0.5]])
def test_from_fraction_refuses_what_is_not_a_number(share: object) -> None:
    """A share that is not a number is the caller's mistake."""
    with pytest.raises(
        ArgumentTypeError, match=r"^fraction: must be a fraction from 0 to 1 \(got"
    ):
        FractionBar.from_fraction(share, 4)  # type: ignore[arg-type]


def test_from_fraction_reads_every_kind_of_share() -> None:
    """Fractions, ints and floats give the same bars as before."""
    assert FractionBar.from_fraction(1, 4) == FractionBar(4, 4)
    assert FractionBar.from_fraction(0.7, 10) == FractionBar(10, 7)
    assert FractionBar.from_fraction(Fraction(2, 3), parts=4) == FractionBar(4, 2)


def test_in_parts_checks_its_parts() -> None:
    """New parts that are not a whole number, or too many, are refused by name."""
    with pytest.raises(ArgumentTypeError, match=r"^parts: must be a whole number"):
        FractionBar(4, 3).in_parts("8")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"^parts: must be at most 1,000"):
        FractionBar(4, 3).in_parts(5000)


def test_renderings() -> None:
    """Unicode and ASCII renderings show the filled parts and the fraction."""
    assert str(FractionBar(4, 3)) == "▰▰▰▱ 3/4"
    assert FractionBar(4, 3).render(ascii=True) == "[###-] 3/4"
    assert FractionBar(3, 0).render(label=False) == "▱▱▱"
    with pytest.raises(ArgumentTypeError, match=r"^ascii: must be true or false"):
        FractionBar(4, 3).render(ascii="yes")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^label: must be true or false"):
        FractionBar(4, 3).render(label=None)  # type: ignore[arg-type]


def test_side_by_side() -> None:
    """A student's bar beside the data's shows who claims more."""
    side = BarComparison(student=FractionBar(4, 3), data=FractionBar(8, 6))
    assert side.agrees
    assert side.difference == 0
    assert side.render(ascii=True) == "student [###-] 3/4\ndata    [######--] 6/8"
    with pytest.raises(ArgumentTypeError, match=r"^ascii: must be true or false"):
        side.render(ascii="no")  # type: ignore[arg-type]
    over = BarComparison(student=FractionBar(4, 4), data=FractionBar(4, 2))
    assert over.difference == Fraction(1, 2)
    assert not over.agrees
    with pytest.raises(InvalidDataError, match=r"^data: must be a FractionBar"):
        BarComparison(student=FractionBar(4, 4), data=Fraction(1, 2))  # type: ignore[arg-type]
