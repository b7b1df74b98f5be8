"""Goal attainment scaling: the T-score of Kiresuk and Sherman, corrected."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import AttainmentLevel, gas_t_score

goal_levels = st.lists(st.integers(min_value=-2, max_value=2), min_size=1, max_size=8)


def test_weighted_worked_example() -> None:
    """Turner-Stokes 2009's weighted example: six goals give 55.0."""
    levels = (-2, 0, -1, 2, 0, 1)
    weights = (3, 5, 1, 4, 2, 6)
    assert gas_t_score(levels, weights) == pytest.approx(55.0, abs=1e-12)


def test_unweighted_worked_example() -> None:
    """Three unweighted goals at +1, +1 and 0 give 59.13 (rho 0.3)."""
    assert round(gas_t_score((1, 1, 0)), 2) == 59.13


def test_all_expected_is_50() -> None:
    """Every goal at its expected level gives exactly 50."""
    assert gas_t_score([0, 0, 0, 0]) == 50.0
    assert gas_t_score([AttainmentLevel.EXPECTED], [2.5]) == 50.0


def test_rho_zero_is_the_plain_formula() -> None:
    """With rho 0 and one goal at +2, T is 50 + 10 * 2 = 70."""
    assert gas_t_score([2], rho=0) == pytest.approx(70.0)


@given(levels=goal_levels, weights=st.data())
def test_50_at_zero_and_rising_with_any_level(
    levels: list[int], weights: st.DataObject
) -> None:
    """T is 50 when all levels are 0 and rises when any one level rises."""
    ws = weights.draw(
        st.lists(
            st.floats(min_value=0.1, max_value=10),
            min_size=len(levels),
            max_size=len(levels),
        )
    )
    assert gas_t_score([0] * len(levels), ws) == pytest.approx(50.0)
    base = gas_t_score(levels, ws)
    for index, level in enumerate(levels):
        if level < 2:
            raised = [*levels]
            raised[index] = level + 1
            assert gas_t_score(raised, ws) > base


def test_levels_are_attainment_levels() -> None:
    """The enumeration's members are the five whole levels, -2 to 2."""
    assert [level.value for level in AttainmentLevel] == [-2, -1, 0, 1, 2]
    assert gas_t_score([AttainmentLevel.MORE, AttainmentLevel.MORE, 0]) == (
        gas_t_score([1, 1, 0])
    )


def test_bad_input_lists_every_problem() -> None:
    """Levels out of range, bad weights and rho are all reported with paths."""
    with pytest.raises(InvalidDataError) as caught:
        gas_t_score([3, 1.5, True], [1, 0, math.nan], rho=1.5)  # type: ignore[list-item]
    assert [str(p) for p in caught.value.problems] == [
        "levels[0]: must be a whole number from -2 to 2 (got 3)",
        "levels[1]: must be a whole number (got 1.5)",
        "levels[2]: must be a whole number (got True)",
        "weights[1]: must be more than 0 (got 0)",
        "weights[2]: must be finite (got nan)",
        "rho: must be at most 1 (got 1.5)",
    ]


def test_empty_and_mismatched_are_refused() -> None:
    """No goals, or weights not one per goal, are refused."""
    with pytest.raises(InvalidDataError, match=r"^levels: must not be empty$"):
        gas_t_score([])
    with pytest.raises(
        InvalidDataError,
        match=r"^weights: must be as many as the levels \(2\) \(got 3\)$",
    ):
        gas_t_score([1, 0], [1, 1, 1])


def test_extreme_weights_give_the_same_t_score() -> None:
    """T depends on the weights' ratios only, so huge or tiny weights cannot overflow."""
    expected = gas_t_score([2, 2])
    assert gas_t_score([2, 2], [1e200, 1e200]) == pytest.approx(expected)
    assert gas_t_score([2, 2], [1e-200, 1e-200]) == pytest.approx(expected)
    assert gas_t_score([2], [5e-324]) == pytest.approx(gas_t_score([2]))


def test_levels_may_come_from_any_iterable() -> None:
    """A generator of levels is read like a list; None is refused for the levels only."""
    assert gas_t_score(level for level in [1, 1, 0]) == gas_t_score([1, 1, 0])
    assert gas_t_score([1, 0], weights=iter([2, 1])) == gas_t_score([1, 0], [2, 1])
    with pytest.raises(ArgumentTypeError) as caught:
        gas_t_score(None)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [
        "levels: must be a list of attainment levels (got None)"
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("1, 0",), r"^levels: must be a list of attainment levels \(got '1, 0'\)$"),
        (({1: 2},), r"^levels: must be a list of attainment levels"),
        (([1, 0], 5), r"^weights: must be a list of weights \(got 5\)$"),
        (([1, 0], "12"), r"^weights: must be a list of weights"),
        (([1, 0], None, "0.3"), r"^rho: must be a number \(got '0.3'\)$"),
    ],
)
def test_arguments_of_the_wrong_kind_are_named(
    arguments: tuple[object, ...], message: str
) -> None:
    """Levels, weights or rho of the wrong kind raise ArgumentTypeError naming them."""
    with pytest.raises(ArgumentTypeError, match=message):
        gas_t_score(*arguments)  # type: ignore[arg-type]
