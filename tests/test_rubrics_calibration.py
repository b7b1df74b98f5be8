"""selfassess.rubrics calibration statistics: worked examples, laws, cross-checks."""

from __future__ import annotations

import math
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.errors import InvalidDataError
from selfassess.rubrics import (
    Estimation,
    adjacent_agreement,
    bias,
    calibrate,
    exact_agreement,
    krippendorff_alpha,
    mean_absolute_difference,
    weighted_kappa,
)

# The documented worked example of the calibration statistics: eight pieces of work, rated by the student
# and by the teacher on the 4-point scale.
SELF = [3, 2, 4, 3, 1, 2, 4, 3]
TEACHER = [2, 2, 3, 3, 1, 1, 4, 2]
FOUR = [1, 2, 3, 4]


def test_worked_example_agreement_and_bias() -> None:
    """Bias +0.5, exact 50 %, adjacent 100 %, mean absolute difference 0.5."""
    assert bias(SELF, TEACHER) == 0.5
    assert exact_agreement(SELF, TEACHER) == 0.5
    assert adjacent_agreement(SELF, TEACHER) == 1.0
    assert mean_absolute_difference(SELF, TEACHER) == 0.5


@pytest.mark.parametrize(
    ("weights", "expected"),
    [("unweighted", 0.333), ("linear", 0.568), ("quadratic", 0.765)],
)
def test_worked_example_kappa(weights: str, expected: float) -> None:
    """Cohen's kappa of the worked example: 0.333, 0.568 (linear), 0.765 (quadratic)."""
    kappa = weighted_kappa(SELF, TEACHER, FOUR, weights)  # type: ignore[arg-type]
    assert round(kappa, 3) == expected


def test_worked_example_kappa_exact_fractions() -> None:
    """The kappas are the exact fractions 1/3, 21/37 and 13/17."""
    assert weighted_kappa(SELF, TEACHER, FOUR, "unweighted") == 1 / 3
    assert weighted_kappa(SELF, TEACHER, FOUR, "linear") == 21 / 37
    assert weighted_kappa(SELF, TEACHER, FOUR, "quadratic") == 13 / 17


def test_worked_example_alpha() -> None:
    """Krippendorff's ordinal alpha of the worked example is 0.757."""
    assert round(krippendorff_alpha([SELF, TEACHER], "ordinal"), 3) == 0.757


def test_krippendorff_reliability_data() -> None:
    """Krippendorff (2011) reliability data, four raters with gaps: nominal 0.743."""
    missing = None
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, missing, missing, missing],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, missing, 3],
        [missing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, missing],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, missing],
    ]
    assert round(krippendorff_alpha(data, "nominal"), 3) == 0.743
    assert round(krippendorff_alpha(data, "ordinal"), 3) == 0.815
    assert round(krippendorff_alpha(data, "interval"), 3) == 0.849


def test_unused_categories_still_count() -> None:
    """An unused middle level widens the distances: the full category list counts."""
    mine, theirs = [1, 2, 4, 2, 4], [2, 4, 4, 1, 2]
    used_only = weighted_kappa(mine, theirs, [1, 2, 4], "linear")
    full = weighted_kappa(mine, theirs, FOUR, "linear")
    assert used_only != pytest.approx(full)
    metrics = pytest.importorskip("sklearn.metrics")
    assert full == pytest.approx(
        metrics.cohen_kappa_score(mine, theirs, labels=FOUR, weights="linear")
    )


levels = st.integers(min_value=1, max_value=4)


@st.composite
def paired(draw: st.DrawFn) -> tuple[list[int], list[int]]:
    """Equal-length, non-empty self and teacher ratings on a 4-point scale."""
    size = draw(st.integers(min_value=1, max_value=30))
    mine = draw(st.lists(levels, min_size=size, max_size=size))
    theirs = draw(st.lists(levels, min_size=size, max_size=size))
    return mine, theirs


@given(pair=paired(), weights=st.sampled_from(["unweighted", "linear", "quadratic"]))
def test_kappa_is_symmetric(pair: tuple[list[int], list[int]], weights: str) -> None:
    """Swapping the two raters leaves kappa unchanged."""
    mine, theirs = pair
    assert weighted_kappa(mine, theirs, FOUR, weights) == weighted_kappa(  # type: ignore[arg-type]
        theirs,
        mine,
        FOUR,
        weights,  # type: ignore[arg-type]
    )


@given(
    ratings=st.lists(levels, min_size=1, max_size=30),
    weights=st.sampled_from(["unweighted", "linear", "quadratic"]),
)
def test_kappa_is_one_for_identical_ratings(ratings: list[int], weights: str) -> None:
    """A student who rates exactly as the teacher does has kappa 1."""
    assert weighted_kappa(ratings, ratings, FOUR, weights) == 1.0  # type: ignore[arg-type]


@given(pair=paired())
def test_agreements_are_shares(pair: tuple[list[int], list[int]]) -> None:
    """Agreement is between 0 and 1, and adjacent agreement is at least exact."""
    mine, theirs = pair
    exact = exact_agreement(mine, theirs)
    adjacent = adjacent_agreement(mine, theirs)
    assert 0 <= exact <= adjacent <= 1


@given(pair=paired())
def test_bias_is_antisymmetric_and_bounded(pair: tuple[list[int], list[int]]) -> None:
    """Swapping raters negates bias; |bias| never exceeds the mean absolute difference."""
    mine, theirs = pair
    assert bias(mine, theirs) == -bias(theirs, mine)
    assert abs(bias(mine, theirs)) <= mean_absolute_difference(mine, theirs)


@given(pair=paired())
def test_alpha_matches_itself_with_raters_swapped(
    pair: tuple[list[int], list[int]],
) -> None:
    """Alpha does not depend on the order of the raters, and is at most 1."""
    mine, theirs = pair
    for level in ("nominal", "ordinal", "interval"):
        alpha = krippendorff_alpha([mine, theirs], level)  # type: ignore[arg-type]
        assert alpha == krippendorff_alpha([theirs, mine], level)  # type: ignore[arg-type]
        assert alpha <= 1


@given(pair=paired(), weights=st.sampled_from(["linear", "quadratic", "unweighted"]))
def test_kappa_matches_scikit_learn(
    pair: tuple[list[int], list[int]], weights: str
) -> None:
    """Cohen's kappa agrees with scikit-learn's cohen_kappa_score on random ratings."""
    metrics = pytest.importorskip("sklearn.metrics")
    mine, theirs = pair
    ours = weighted_kappa(mine, theirs, FOUR, weights)  # type: ignore[arg-type]
    if len(set(mine) | set(theirs)) == 1:
        return  # scikit-learn gives nan (0/0) where we give the documented 1.0
    theirs_kappa = metrics.cohen_kappa_score(
        mine,
        theirs,
        labels=FOUR,
        weights=None if weights == "unweighted" else weights,
    )
    assert ours == pytest.approx(theirs_kappa, abs=1e-9)


@st.composite
def rater_tables(draw: st.DrawFn) -> list[list[int | None]]:
    """Two to four raters over the same units, some ratings missing."""
    raters = draw(st.integers(min_value=2, max_value=4))
    units = draw(st.integers(min_value=1, max_value=15))
    cell = st.none() | st.integers(min_value=1, max_value=5)
    return [draw(st.lists(cell, min_size=units, max_size=units)) for _ in range(raters)]


@given(table=rater_tables(), level=st.sampled_from(["nominal", "ordinal", "interval"]))
def test_alpha_matches_the_krippendorff_package(
    table: list[list[int | None]], level: str
) -> None:
    """Krippendorff's alpha agrees with the krippendorff package on random tables."""
    krippendorff = pytest.importorskip("krippendorff")
    np = pytest.importorskip("numpy")
    pairable = [
        values
        for values in zip(*table, strict=True)
        if sum(value is not None for value in values) >= 2
    ]
    distinct = {value for values in pairable for value in values if value is not None}
    if len(distinct) < 2:
        return  # the package refuses a single value; we give the documented 1.0
    ours = krippendorff_alpha(table, level)  # type: ignore[arg-type]
    data = np.array(
        [[np.nan if value is None else value for value in row] for row in table],
        dtype=float,
    )
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
    assert ours == pytest.approx(expected, abs=1e-9)


def test_single_value_gives_one() -> None:
    """One category used by both raters throughout: kappa and alpha are defined as 1."""
    assert weighted_kappa([2, 2, 2], [2, 2, 2], FOUR) == 1.0
    assert krippendorff_alpha([[2, 2, 2], [2, 2, None]]) == 1.0


def test_disagreement_with_one_category_each_is_defined() -> None:
    """Each rater using a single, different category gives a number, not an error."""
    kappa = weighted_kappa([1, 1], [2, 2], FOUR)
    assert math.isfinite(kappa)
    assert kappa <= 0


@pytest.mark.parametrize(
    "statistic",
    [exact_agreement, adjacent_agreement, bias, mean_absolute_difference],
)
def test_degenerate_pairs_raise(statistic: object) -> None:
    """No pairs, unequal lengths or a non-number rating raise InvalidDataError."""
    assert callable(statistic)
    with pytest.raises(
        InvalidDataError, match=r"^self_ratings: must have at least one pair$"
    ):
        statistic([], [])
    with pytest.raises(
        InvalidDataError,
        match=r"^teacher_ratings: must have as many ratings as self_ratings \(2\) \(got 1\)$",
    ):
        statistic([1, 2], [1])
    with pytest.raises(InvalidDataError) as caught:
        statistic([1, math.nan], ["3", 2])
    assert [str(problem) for problem in caught.value.problems] == [
        "teacher_ratings[0]: must be a number (got '3')",
        "self_ratings[1]: must be finite (got nan)",
    ]
    with pytest.raises(InvalidDataError, match=r"^self_ratings: must be a sequence"):
        statistic("3241", [3, 2, 4, 1])


def test_kappa_rejects_bad_categories_and_weights() -> None:
    """Ratings outside the categories, repeated or too few categories, unknown weights."""
    with pytest.raises(
        InvalidDataError,
        match=r"^self_ratings\[1\]: must be one of the categories \(1, 2, 3, 4\) \(got 5\)$",
    ):
        weighted_kappa([1, 5], [1, 2], FOUR)
    with pytest.raises(
        InvalidDataError,
        match=r"categories\[2\]: category 2 is already used at categories\[1\]",
    ):
        weighted_kappa([1], [1], [1, 2, 2])
    with pytest.raises(InvalidDataError, match=r"^categories: must have at least 2"):
        weighted_kappa([1], [1], [1])
    with pytest.raises(InvalidDataError, match=r"^weights: must be 'unweighted'"):
        weighted_kappa([1], [1], FOUR, "cubic")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"^categories: must be a sequence"):
        weighted_kappa([1], [1], 4)  # type: ignore[arg-type]


def test_alpha_rejects_bad_tables() -> None:
    """Too few raters, ragged tables, junk ratings, no pairable unit, unknown level."""
    with pytest.raises(
        InvalidDataError, match=r"^ratings: must have at least 2 raters \(got 1\)$"
    ):
        krippendorff_alpha([[1, 2]])
    with pytest.raises(
        InvalidDataError,
        match=r"^ratings\[1\]: must rate as many units as ratings\[0\] \(2\) \(got 1\)$",
    ):
        krippendorff_alpha([[1, 2], [1]])
    with pytest.raises(InvalidDataError, match=r"^ratings\[1\]\[0\]: must be finite"):
        krippendorff_alpha([[1, 2], [math.inf, 2]])
    with pytest.raises(
        InvalidDataError,
        match=r"^ratings: must have at least one unit rated by two raters$",
    ):
        krippendorff_alpha([[1, None], [None, 2]])
    with pytest.raises(InvalidDataError, match=r"^level: must be 'nominal'"):
        krippendorff_alpha([[1], [1]], "ratio")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"^ratings\[0\]: must be a sequence"):
        krippendorff_alpha([3, [1]])  # type: ignore[list-item]


def test_numpy_arrays_and_scalars_are_accepted() -> None:
    """A researcher's NumPy arrays and pandas Series work as lists do."""
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    mine, theirs = np.array(SELF), pd.Series(TEACHER)
    assert bias(mine, theirs) == 0.5
    assert weighted_kappa(mine, theirs, np.arange(1, 5), "linear") == 21 / 37
    assert round(krippendorff_alpha(np.array([SELF, TEACHER])), 3) == 0.757
    with pytest.raises(InvalidDataError, match=r"^ratings\[1\]\[0\]: must be finite"):
        krippendorff_alpha(np.array([[1.0, 2.0], [np.nan, 2.0]]))


def test_calibrate_gathers_every_statistic() -> None:
    """Calibrate gives the worked example's statistics as one value."""
    result = calibrate(SELF, TEACHER, FOUR)
    assert result.pairs == 8
    assert (result.exact_agreement, result.adjacent_agreement) == (0.5, 1.0)
    assert (result.bias, result.mean_absolute_difference) == (0.5, 0.5)
    assert (result.kappa, result.linear_kappa, result.quadratic_kappa) == (
        1 / 3,
        21 / 37,
        13 / 17,
    )
    assert round(result.ordinal_alpha, 3) == 0.757
    assert result.estimation is Estimation.OVER
    assert calibrate(TEACHER, SELF, FOUR).estimation is Estimation.UNDER
    assert calibrate(SELF, SELF, FOUR).estimation is Estimation.MATCHED


def test_calibration_checks_its_numbers() -> None:
    """A calibration with impossible numbers is refused, every problem listed."""
    good = calibrate(SELF, TEACHER, FOUR)
    with pytest.raises(InvalidDataError) as caught:
        attrs.evolve(
            good,
            pairs=0,
            adjacent_agreement=0.25,
            mean_absolute_difference=0.1,
            kappa=2,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "pairs: must be at least 1 (got 0)",
        "adjacent_agreement: must be at least 0.5 (got 0.25)",
        "mean_absolute_difference: must be at least 0.5 (got 0.1)",
        "kappa: must be at most 1 (got 2.0)",
    ]
    with pytest.raises(InvalidDataError, match=r"^categories: must be a sequence"):
        calibrate(SELF, TEACHER, "1234")


def _outcome(call: Callable[[], float]) -> object:
    """The number a statistic returns, or the InvalidDataError it raises; nothing else."""
    try:
        return call()
    except InvalidDataError as error:
        return error


junk_ratings = st.lists(
    st.none()
    | st.integers(min_value=-3, max_value=6)
    | st.floats()
    | st.text(max_size=2),
    max_size=6,
)


@given(mine=junk_ratings, theirs=junk_ratings, categories=junk_ratings)
def test_any_input_gives_a_number_or_invalid_data_error(
    mine: list[object], theirs: list[object], categories: list[object]
) -> None:
    """Whatever is passed, each statistic returns a finite number or says why not."""
    calls = [
        lambda: exact_agreement(mine, theirs),  # type: ignore[arg-type]
        lambda: adjacent_agreement(mine, theirs),  # type: ignore[arg-type]
        lambda: bias(mine, theirs),  # type: ignore[arg-type]
        lambda: mean_absolute_difference(mine, theirs),  # type: ignore[arg-type]
        lambda: weighted_kappa(mine, theirs, categories),  # type: ignore[arg-type]
        lambda: krippendorff_alpha([mine, theirs, categories]),  # type: ignore[list-item]
    ]
    for call in calls:
        outcome = _outcome(call)
        if isinstance(outcome, InvalidDataError):
            assert outcome.problems
        else:
            assert isinstance(outcome, float)
            assert math.isfinite(outcome)


def test_differences_beyond_a_float_are_refused() -> None:
    """Finite ratings whose mean difference no float can hold give InvalidDataError."""
    with pytest.raises(
        InvalidDataError, match="must differ by amounts a float can hold"
    ):
        bias([1e308], [-1e308])
    with pytest.raises(
        InvalidDataError, match="must differ by amounts a float can hold"
    ):
        mean_absolute_difference([1e308], [-1e308])
