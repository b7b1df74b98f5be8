"""selfassess.mastery kernels: formulas, worked examples, and their laws."""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.mastery import (
    average,
    bkt_posterior,
    decaying_average,
    highest,
    latest,
    median,
    mode,
    n_mastery,
    power_law,
    recent_average,
    streak,
    weighted_average,
)

CANVAS = [1, 4, 2, 3, 5, 3, 6]
"""Canvas's worked example in its outcome calculation documentation."""

score_lists = st.lists(
    st.floats(min_value=-50, max_value=50, allow_nan=False), min_size=1, max_size=12
)
weights = st.floats(min_value=0, max_value=1, allow_nan=False)

ALL_KERNELS = [
    average,
    latest,
    highest,
    mode,
    median,
    decaying_average,
    weighted_average,
    n_mastery,
    recent_average,
    streak,
    power_law,
]


def test_canvas_n_mastery_example() -> None:
    """Canvas: 1,4,2,3,5,3,6 with n=5 and mastery at 3 gives 4.2."""
    assert n_mastery(CANVAS, n=5, threshold=3) == pytest.approx(4.2)


def test_canvas_average_example() -> None:
    """Canvas: the average of 1,4,2,3,5,3,6 is 3.43 rounded."""
    result = average(CANVAS)
    assert result is not None
    assert round(result, 2) == 3.43


def test_decaying_average_example() -> None:
    """PowerSchool's recursive decaying average of 1,2,3,4 at 0.65 is 3.484625."""
    assert decaying_average([1, 2, 3, 4]) == pytest.approx(3.484625, abs=1e-12)


def test_weighted_average_example() -> None:
    """Canvas's older decaying average of 1,2,3,4 at 0.65 is 0.65*4 + 0.35*2 = 3.3."""
    assert weighted_average([1, 2, 3, 4]) == pytest.approx(3.3, abs=1e-12)


def test_bkt_example() -> None:
    """Corbett & Anderson BKT: prior .3, learn .2, guess .15, slip .1, 1,1,0,1 -> 0.9688."""
    result = bkt_posterior([1, 1, 0, 1], prior=0.3, learn=0.2, guess=0.15, slip=0.1)
    assert round(result, 4) == 0.9688


def test_bkt_first_step_by_hand() -> None:
    """One correct answer: Bayes' rule, then the learning transition."""
    posterior = 0.3 * 0.9 / (0.3 * 0.9 + 0.7 * 0.15)
    expected = posterior + (1 - posterior) * 0.2
    assert bkt_posterior([True], 0.3, 0.2, 0.15, 0.1) == pytest.approx(expected)


def test_bkt_forgetting_lowers_the_result() -> None:
    """With forgetting, the probability known ends lower than without."""
    plain = bkt_posterior([1, 1, 1], 0.3, 0.2, 0.15, 0.1)
    forgetful = bkt_posterior([1, 1, 1], 0.3, 0.2, 0.15, 0.1, forget=0.1)
    assert forgetful < plain


def test_bkt_no_observations_is_the_prior() -> None:
    """With no observations, P(L) is the prior."""
    assert bkt_posterior([], 0.3, 0.2, 0.15, 0.1) == 0.3


@pytest.mark.parametrize("kernel", ALL_KERNELS, ids=lambda kernel: kernel.__name__)
def test_no_scores_gives_none(kernel: object) -> None:
    """Every kernel returns None for no scores."""
    assert callable(kernel)
    assert kernel([]) is None


@pytest.mark.parametrize("kernel", ALL_KERNELS, ids=lambda kernel: kernel.__name__)
def test_bad_scores_are_reported_with_their_index(kernel: object) -> None:
    """A score that is not a finite number raises InvalidDataError naming it."""
    assert callable(kernel)
    with pytest.raises(InvalidDataError, match=r"scores\[1\]: must be finite"):
        kernel([3, math.nan])
    with pytest.raises(InvalidDataError, match=r"scores\[0\]: must be a number"):
        kernel(["3"])
    with pytest.raises(ArgumentTypeError, match=r"scores: must be a list"):
        kernel("34")


def test_simple_kernels() -> None:
    """Latest, highest, median and the recent average follow their definitions."""
    assert latest([2, 4, 3]) == 3.0
    assert highest([2, 4, 3]) == 4.0
    assert median([1, 4, 2, 3]) == 2.5
    assert median([5, 1, 3]) == 3.0
    assert recent_average([1, 2, 3, 4], n=2) == 3.5
    assert recent_average([4], n=3) == 4.0


def test_mode_tie_goes_to_the_most_recent() -> None:
    """Mode: 3 and 2 both occur twice; 3 came last, so it wins; reversed, 2 wins."""
    assert mode([3, 2, 2, 3, 4]) == 3.0
    assert mode([2, 3, 3, 2, 4]) == 2.0
    assert mode([1, 2, 2]) == 2.0


def test_n_mastery_waits_for_n_scores() -> None:
    """n-mastery is None until n scores reach the threshold."""
    assert n_mastery([3, 3, 3, 3, 1], n=5, threshold=3) is None
    assert n_mastery([3, 4], n=2, threshold=3) == 3.5


def test_streak_needs_consecutive_scores() -> None:
    """The streak counts only scores in a row, and takes the latest run."""
    assert streak([3, 4, 2, 3], n=3, threshold=3) is None
    assert streak([3, 3, 3, 1, 4, 4, 4], n=3) == 4.0
    assert streak([3, 4, 2, 3, 3, 4, 1], n=3) == pytest.approx(10 / 3)


def reference_streak(scores: list[float], n: int, threshold: float) -> float | None:
    """The streak as first written: the mean of every qualifying run, keeping the last.

    Plain, and quadratic in a long run: a mean of n scores at each score of it.
    """
    run = 0
    found = None
    for index, score in enumerate(scores):
        run = run + 1 if score >= threshold else 0
        if run >= n:
            found = statistics.fmean(scores[index - n + 1 : index + 1])
    return found


@given(
    scores=st.lists(st.sampled_from([1.0, 2.0, 2.5, 3.0, 3.5, 4.0]), max_size=30),
    n=st.integers(1, 6),
    threshold=st.sampled_from([2.0, 3.0, 3.5]),
)
def test_streak_is_the_plain_rule(
    scores: list[float], n: int, threshold: float
) -> None:
    """The streak is the mean of the latest run, as the plain rule finds it."""
    expected = reference_streak(scores, n, threshold)
    found = streak(scores, n=n, threshold=threshold)
    if expected is None:
        assert found is None
    else:
        assert found == pytest.approx(expected)


def test_power_law_fits_exact_curves() -> None:
    """Scores on an exact power curve are fitted exactly: 2 t^0.5 at t = 4 and 5."""
    scores = [2 * t**0.5 for t in range(1, 5)]
    assert power_law(scores) == pytest.approx(4.0)
    assert power_law(scores, at="next") == pytest.approx(2 * 5**0.5)
    assert power_law([3.0]) == 3.0


def test_power_law_refuses_zero_without_a_floor() -> None:
    """A score of 0 cannot be logged: an error (a ValueError), unless floor= is given."""
    with pytest.raises(ValueError, match=r"scores\[0\]: must be greater than 0"):
        power_law([0, 2, 3])
    assert power_law([0, 2, 3], floor=0.5) == power_law([0.5, 2, 3])
    with pytest.raises(InvalidDataError, match=r"floor: must be greater than 0"):
        power_law([1, 2], floor=0)
    with pytest.raises(InvalidDataError, match=r"at: must be 'last' or 'next'"):
        power_law([1, 2], at="first")  # type: ignore[arg-type]


def test_parameters_are_checked() -> None:
    """Weights, counts and probabilities out of range raise InvalidDataError."""
    with pytest.raises(InvalidDataError, match=r"weight: must be at most 1"):
        decaying_average([1, 2], weight=1.5)
    with pytest.raises(InvalidDataError, match=r"n: must be at least 1"):
        n_mastery([1, 2], n=0)
    with pytest.raises(InvalidDataError, match=r"threshold: must be finite"):
        streak([1, 2], threshold=math.inf)
    with pytest.raises(InvalidDataError, match=r"guess: must be strictly between"):
        bkt_posterior([1], 0.3, 0.2, 0.0, 0.1)
    with pytest.raises(InvalidDataError, match=r"correct\[1\]: must be true or false"):
        bkt_posterior([1, 2], 0.3, 0.2, 0.1, 0.1)
    with pytest.raises(ArgumentTypeError, match=r"correct: must be a list"):
        bkt_posterior(None, 0.3, 0.2, 0.1, 0.1)  # type: ignore[arg-type]


@given(scores=score_lists, weight=weights, n=st.integers(1, 6))
def test_results_lie_within_the_scores(
    scores: list[float], weight: float, n: int
) -> None:
    """Every kernel but the power law gives a value within [min, max] of the scores."""
    low, high = min(scores), max(scores)
    results = [
        average(scores),
        latest(scores),
        highest(scores),
        mode(scores),
        median(scores),
        decaying_average(scores, weight),
        weighted_average(scores, weight),
        recent_average(scores, n),
        n_mastery(scores, n, threshold=0),
        streak(scores, n, threshold=0),
    ]
    for result in results:
        if result is not None:
            assert low - 1e-9 <= result <= high + 1e-9


@given(scores=score_lists, data=st.data())
def test_order_independent_methods_ignore_order(
    scores: list[float], data: st.DataObject
) -> None:
    """Average, highest, median and n-mastery do not depend on the order of scores."""
    shuffled = data.draw(st.permutations(scores))
    assert average(shuffled) == pytest.approx(average(scores))
    assert highest(shuffled) == highest(scores)
    assert median(shuffled) == median(scores)
    before, after = n_mastery(scores, 2, 0), n_mastery(shuffled, 2, 0)
    assert (before is None) == (after is None)
    if before is not None:
        assert after == pytest.approx(before)


@given(scores=score_lists)
def test_average_and_median_match_statistics(scores: list[float]) -> None:
    """The mean and median agree with the standard library's."""
    assert average(scores) == pytest.approx(statistics.fmean(scores))
    assert median(scores) == pytest.approx(statistics.median(scores))


@given(
    correct=st.lists(st.booleans(), max_size=10),
    prior=weights,
    learn=weights,
    guess=st.floats(0.01, 0.99),
    slip=st.floats(0.01, 0.99),
)
def test_bkt_is_a_probability(
    correct: list[bool], prior: float, learn: float, guess: float, slip: float
) -> None:
    """BKT always returns a probability."""
    result = bkt_posterior(correct, prior, learn, guess, slip)
    assert 0 - 1e-12 <= result <= 1 + 1e-12


@pytest.mark.parametrize("score", [0, -1])
def test_power_law_refuses_a_single_score_at_or_below_zero(score: float) -> None:
    """One score is that score, but DESIGN's rule (a score <= 0 raises) holds for it too."""
    with pytest.raises(ValueError, match=r"scores\[0\]: must be greater than 0"):
        power_law([score])
    assert power_law([score], floor=0.5) == score
