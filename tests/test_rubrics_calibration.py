"""selfassess.rubrics calibration statistics: worked examples, laws, cross-checks.

The statistics are checked against the published worked examples of their sources,
against scikit-learn and the krippendorff package where installed, and against the
implementation they replaced (kept below as a plain reference: tables of Fractions
over every pair of values), which they must match exactly.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Sequence
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.rubrics import (
    Calibration,
    ConfidenceInterval,
    Estimation,
    IntervalMethod,
    adjacent_agreement,
    bias,
    bootstrap_interval,
    calibrate,
    exact_agreement,
    gwet_ac,
    kappa_interval,
    krippendorff_alpha,
    mean_absolute_difference,
    weighted_kappa,
)
from selfassess.rubrics._resample import binomial, multinomial, percentile
from selfassess.serialize import from_dict, to_dict

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
    with pytest.raises(ArgumentTypeError, match=r"^self_ratings: must be a list"):
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
    with pytest.raises(ArgumentTypeError, match=r"^weights: must be 'unweighted'"):
        weighted_kappa([1], [1], FOUR, None)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^categories: must be a list"):
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
    with pytest.raises(InvalidDataError, match=r"^ratings\[0\]: must be a list"):
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
        "kappa: must be at most 1 (got 2.0)",
        "adjacent_agreement: must be at least 0.5 (got 0.25)",
        "mean_absolute_difference: must be at least 0.5 (got 0.1)",
    ]
    with pytest.raises(ArgumentTypeError, match=r"^categories: must be a list"):
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
        lambda: gwet_ac(mine, theirs, categories),  # type: ignore[arg-type]
        lambda: adjacent_agreement(mine, theirs, categories),  # type: ignore[arg-type]
        lambda: kappa_interval(mine, theirs, categories).standard_error,  # type: ignore[arg-type]
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


# The implementation before the closed forms, kept as a plain reference: every
# statistic from Fractions, over a table of every pair of categories or values.


def _reference_kappa(
    mine: Sequence[float],
    theirs: Sequence[float],
    categories: Sequence[float],
    weights: str,
) -> float:
    """Cohen's kappa over a k x k table of Fraction weights."""
    index = {Fraction(value): position for position, value in enumerate(categories)}
    k = len(index)

    def weight(i: int, j: int) -> Fraction:
        if weights == "unweighted":
            return Fraction(int(i != j))
        if weights == "linear":
            return Fraction(abs(i - j), k - 1)
        return Fraction((i - j) ** 2, (k - 1) ** 2)

    coded = [
        (index[Fraction(a)], index[Fraction(b)])
        for a, b in zip(mine, theirs, strict=True)
    ]
    n = len(coded)
    rows = Counter(i for i, _ in coded)
    columns = Counter(j for _, j in coded)
    observed = sum((weight(i, j) for i, j in coded), Fraction(0)) / n
    expected = sum(
        (weight(i, j) * rows[i] * columns[j] for i in range(k) for j in range(k)),
        Fraction(0),
    ) / (n * n)
    if expected == 0:
        return 1.0
    return float(1 - observed / expected)


def _reference_alpha(table: Sequence[Sequence[float | None]], level: str) -> float:
    """Krippendorff's alpha from the coincidence matrix and a V x V table of deltas."""
    units = [
        [Fraction(value) for value in unit if value is not None]
        for unit in zip(*table, strict=True)
    ]
    coincidence: Counter[tuple[Fraction, Fraction]] = Counter()
    for values in units:
        if len(values) < 2:
            continue
        share = Fraction(1, len(values) - 1)
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidence[c, k] += share  # type: ignore[assignment]
    frequency: Counter[Fraction] = Counter()
    for (c, _), count in coincidence.items():
        frequency[c] += count  # type: ignore[assignment]
    n = sum(frequency.values(), Fraction(0))
    values = sorted(frequency)

    def delta(c: Fraction, k: Fraction) -> Fraction:
        if level == "nominal":
            return Fraction(int(c != k))
        if level == "interval":
            return (c - k) ** 2
        low, high = sorted((values.index(c), values.index(k)))
        between = sum((frequency[values[g]] for g in range(low, high + 1)), Fraction(0))
        return (between - (frequency[c] + frequency[k]) / 2) ** 2

    observed = sum(
        (count * delta(c, k) for (c, k), count in coincidence.items()), Fraction(0)
    )
    expected = sum(
        (frequency[c] * frequency[k] * delta(c, k) for c in values for k in values),
        Fraction(0),
    )
    if expected == 0:
        return 1.0
    return float(1 - (n - 1) * observed / expected)


scale_values = st.lists(
    st.one_of(
        st.integers(min_value=-50, max_value=50),
        st.integers(min_value=0, max_value=1000).map(lambda tenths: tenths / 10),
        st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_subnormal=True),
    ),
    min_size=2,
    max_size=8,
    unique_by=float,
).map(sorted)
"""Rising categories: small whole numbers, decimals such as percent scores, any float."""


@st.composite
def rated(draw: st.DrawFn) -> tuple[list[float], list[float], list[float]]:
    """Paired ratings on rising categories, some unused; the categories last."""
    categories = draw(scale_values)
    size = draw(st.integers(min_value=1, max_value=25))
    # A level may come as an int or as the equal float (3 beside 3.0), as levels
    # read from two sources do.
    level = st.sampled_from(categories).flatmap(
        lambda value: st.just(value) | st.just(float(value))
    )
    mine = draw(st.lists(level, min_size=size, max_size=size))
    theirs = draw(st.lists(level, min_size=size, max_size=size))
    return mine, theirs, categories


weight_names = st.sampled_from(["unweighted", "linear", "quadratic"])


@given(data=rated(), weights=weight_names)
def test_kappa_matches_the_reference(
    data: tuple[list[float], list[float], list[float]], weights: str
) -> None:
    """Weighted kappa in closed form equals, to the last bit, the k x k table's."""
    mine, theirs, categories = data
    assert weighted_kappa(mine, theirs, categories, weights) == _reference_kappa(  # type: ignore[arg-type]
        mine, theirs, categories, weights
    )


@st.composite
def value_tables(draw: st.DrawFn) -> list[list[float | None]]:
    """Two to four raters over the same units, decimal or whole ratings, gaps."""
    raters = draw(st.integers(min_value=2, max_value=4))
    units = draw(st.integers(min_value=1, max_value=12))
    values = draw(scale_values)
    cell = st.none() | st.sampled_from(values) | st.floats(-1e3, 1e3)
    return [draw(st.lists(cell, min_size=units, max_size=units)) for _ in range(raters)]


@given(table=value_tables(), level=st.sampled_from(["nominal", "ordinal", "interval"]))
def test_alpha_matches_the_reference(
    table: list[list[float | None]], level: str
) -> None:
    """Alpha in closed form equals, to the last bit, the coincidence matrix's."""
    pairable = any(
        sum(v is not None for v in unit) >= 2 for unit in zip(*table, strict=True)
    )
    if not pairable:
        with pytest.raises(InvalidDataError, match="at least one unit rated by two"):
            krippendorff_alpha(table, level)  # type: ignore[arg-type]
        return
    assert krippendorff_alpha(table, level) == _reference_alpha(table, level)  # type: ignore[arg-type]


@given(data=rated())
def test_simple_statistics_match_exact_arithmetic(
    data: tuple[list[float], list[float], list[float]],
) -> None:
    """Agreement, bias and mean absolute difference equal their exact Fraction values."""
    mine, theirs, _ = data
    exact = [Fraction(a) - Fraction(b) for a, b in zip(mine, theirs, strict=True)]
    n = len(exact)
    assert exact_agreement(mine, theirs) == float(Fraction(exact.count(0), n))
    assert adjacent_agreement(mine, theirs) == float(
        Fraction(sum(abs(d) <= 1 for d in exact), n)
    )
    assert bias(mine, theirs) == float(sum(exact, Fraction(0)) / n)
    assert mean_absolute_difference(mine, theirs) == float(
        sum((abs(d) for d in exact), Fraction(0)) / n
    )


@given(
    values=st.lists(
        st.floats(min_value=0, max_value=100, allow_nan=False), min_size=4, max_size=60
    ),
    level=st.sampled_from(["ordinal", "interval"]),
)
def test_alpha_on_decimal_scores_matches_the_krippendorff_package(
    values: list[float], level: str
) -> None:
    """On percent scores with many distinct values alpha agrees with the package."""
    krippendorff = pytest.importorskip("krippendorff")
    np = pytest.importorskip("numpy")
    half = len(values) // 2
    table = [values[:half], values[half : 2 * half]]
    if len(set(table[0]) | set(table[1])) < 2:
        return  # the package refuses a single value; we give the documented 1.0
    expected = krippendorff.alpha(
        reliability_data=np.array(table, dtype=float), level_of_measurement=level
    )
    assert krippendorff_alpha(table, level) == pytest.approx(expected, abs=1e-9)  # type: ignore[arg-type]


def test_adjacent_counts_neighbouring_categories() -> None:
    """Every pair one category apart on a 2, 5, 8, 10 scale is adjacent, not 0 %."""
    mine, theirs, scale = [10, 8, 5], [8, 5, 2], [2, 5, 8, 10]
    assert adjacent_agreement(mine, theirs, scale) == 1.0
    assert calibrate(mine, theirs, scale).adjacent_agreement == 1.0
    # Two categories apart is not adjacent, however few points that is.
    assert adjacent_agreement([10, 2], [5, 5], [2, 5, 8, 10]) == 0.5
    # Without categories, levels are points one apart, as before.
    assert adjacent_agreement(mine, theirs) == 0.0


@given(data=rated())
def test_adjacency_depends_on_positions_only(
    data: tuple[list[float], list[float], list[float]],
) -> None:
    """With categories, adjacent agreement is that of their positions one apart."""
    mine, theirs, categories = data
    position = {value: index for index, value in enumerate(categories)}
    assert adjacent_agreement(mine, theirs, categories) == adjacent_agreement(
        [position[value] for value in mine], [position[value] for value in theirs]
    )
    assert calibrate(mine, theirs, categories).adjacent_agreement == (
        adjacent_agreement(mine, theirs, categories)
    )


def test_whole_floats_beside_ints_count_as_the_same_levels() -> None:
    """Ratings of 3 and 3.0 mixed (levels read from two sources) give exact results."""
    mine = [3, 2.0, 4, 3.0, 1, 2, 4.0, 3]
    theirs = [2.0, 2, 3, 3, 1.0, 1, 4, 2]
    assert bias(mine, theirs) == 0.5
    assert mean_absolute_difference(mine, theirs) == 0.5
    assert calibrate(mine, theirs, FOUR) == calibrate(SELF, TEACHER, FOUR)
    assert krippendorff_alpha([mine, theirs], "interval") == krippendorff_alpha(
        [SELF, TEACHER], "interval"
    )


@pytest.mark.parametrize(
    "statistic",
    [
        lambda categories: weighted_kappa(SELF, TEACHER, categories),
        lambda categories: gwet_ac(SELF, TEACHER, categories),
        lambda categories: adjacent_agreement(SELF, TEACHER, categories),
        lambda categories: kappa_interval(SELF, TEACHER, categories),
        lambda categories: calibrate(SELF, TEACHER, categories),
    ],
    ids=[
        "weighted_kappa",
        "gwet_ac",
        "adjacent_agreement",
        "kappa_interval",
        "calibrate",
    ],
)
def test_categories_must_rise(statistic: Callable[[list[int]], object]) -> None:
    """Categories out of order are refused instead of silently changing the weights."""
    with pytest.raises(InvalidDataError) as caught:
        statistic([2, 4, 1, 3])
    assert [str(problem) for problem in caught.value.problems] == [
        "categories[2]: must be greater than categories[1] (4): "
        "categories rise from the lowest (got 1)"
    ]
    with pytest.raises(InvalidDataError) as caught:
        statistic([4, 3, 2, 1])
    assert caught.value.paths == ("categories[1]", "categories[2]", "categories[3]")


# Gwet's coefficients, against the outputs the irrCAC package documents for the
# datasets of Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed.


def _expand(table: list[list[int]]) -> tuple[list[int], list[int]]:
    """The pairs of a contingency table (rows: the first rater), categories 1..k."""
    mine: list[int] = []
    theirs: list[int] = []
    for i, row in enumerate(table, start=1):
        for j, count in enumerate(row, start=1):
            mine += [i] * count
            theirs += [j] * count
    return mine, theirs


# irrCAC's cont3x3abstractors: 100 pregnancies classified by two abstractors
# (Gwet 2014); the R package's README and weighting vignette print the values.
ABSTRACTORS = _expand([[13, 0, 0], [0, 20, 7], [0, 4, 56]])
# irrCAC's cont4x4diagnosis: 223 patients, clinical against research diagnosis.
DIAGNOSIS = _expand([[40, 4, 4, 17], [6, 25, 2, 13], [4, 1, 21, 12], [15, 5, 9, 45]])


def _agreement_weights(k: int, weights: str) -> list[list[Fraction]]:
    """Gwet's agreement weights over positions, the k x k matrix written out."""
    if weights == "identity":
        return [[Fraction(int(i == j)) for j in range(k)] for i in range(k)]
    if weights == "linear":
        return [[1 - Fraction(abs(i - j), k - 1) for j in range(k)] for i in range(k)]
    return [
        [1 - Fraction((i - j) ** 2, (k - 1) ** 2) for j in range(k)] for i in range(k)
    ]


def _proportions(
    mine: Sequence[float], theirs: Sequence[float], categories: Sequence[float]
) -> tuple[list[list[Fraction]], list[Fraction], list[Fraction]]:
    """The k x k table of proportions and the two raters' marginal proportions."""
    index = {value: position for position, value in enumerate(categories)}
    k, n = len(categories), len(mine)
    table = [[Fraction(0)] * k for _ in range(k)]
    for a, b in zip(mine, theirs, strict=True):
        table[index[a]][index[b]] += Fraction(1, n)
    rows = [sum(row, Fraction(0)) for row in table]
    columns = [sum((row[j] for row in table), Fraction(0)) for j in range(k)]
    return table, rows, columns


def _reference_gwet(
    mine: Sequence[float],
    theirs: Sequence[float],
    categories: Sequence[float],
    weights: str,
) -> float:
    """Gwet's AC, straight from the formula of the Handbook (2014, ch. 3)."""
    k = len(categories)
    w = _agreement_weights(k, weights)
    p, rows, columns = _proportions(mine, theirs, categories)
    agreement = sum(
        (p[i][j] * w[i][j] for i in range(k) for j in range(k)), Fraction(0)
    )
    pi = [(rows[c] + columns[c]) / 2 for c in range(k)]
    total = sum((sum(row, Fraction(0)) for row in w), Fraction(0))
    chance = total / (k * (k - 1)) * sum((x * (1 - x) for x in pi), Fraction(0))
    return float((agreement - chance) / (1 - chance))


gwet_weights = st.sampled_from(["identity", "linear", "quadratic"])


def test_gwet_matches_irrcac_on_the_abstractors_table() -> None:
    """AC1 0.8493305, AC2 0.9402369 (quadratic) and 0.900 (linear), as irrCAC prints."""
    mine, theirs = ABSTRACTORS
    assert round(gwet_ac(mine, theirs, [1, 2, 3]), 7) == 0.8493305
    assert round(gwet_ac(mine, theirs, [1, 2, 3], "quadratic"), 7) == 0.9402369
    assert round(gwet_ac(mine, theirs, [1, 2, 3], "linear"), 3) == 0.900


def test_gwet_matches_irrcac_on_the_diagnosis_table() -> None:
    """AC1 0.456, linear AC2 0.377 and quadratic AC2 0.299 on 223 patients."""
    mine, theirs = DIAGNOSIS
    found = [
        round(gwet_ac(mine, theirs, [1, 2, 3, 4], w), 3)
        for w in ("identity", "linear", "quadratic")
    ]  # type: ignore[arg-type]
    assert found == [0.456, 0.377, 0.299]


@given(data=rated(), weights=gwet_weights)
def test_gwet_matches_the_reference(
    data: tuple[list[float], list[float], list[float]], weights: str
) -> None:
    """Gwet's AC in closed form equals the formula over the full weight matrix."""
    mine, theirs, categories = data
    assert gwet_ac(mine, theirs, categories, weights) == _reference_gwet(  # type: ignore[arg-type]
        mine, theirs, categories, weights
    )


@given(data=rated(), weights=gwet_weights)
def test_gwet_is_symmetric_and_at_most_one(
    data: tuple[list[float], list[float], list[float]], weights: str
) -> None:
    """Swapping the raters leaves AC unchanged; it is at most 1, and 1 for one rater twice."""
    mine, theirs, categories = data
    found = gwet_ac(mine, theirs, categories, weights)  # type: ignore[arg-type]
    assert found == gwet_ac(theirs, mine, categories, weights)  # type: ignore[arg-type]
    assert found <= 1
    assert gwet_ac(mine, mine, categories, weights) == 1.0  # type: ignore[arg-type]


def test_prevalence_paradox_kappa_low_ac1_high() -> None:
    """On a skewed table kappa is below 0 where 94 % agree; AC1 stays near agreement.

    125 pieces of work on a "not yet" (0) / "I can" (1) scale: both say "I can" on
    118, the student alone on 5, the teacher alone on 2, both "not yet" on none: the
    "high agreement, low kappa" paradox (Feinstein and Cicchetti 1990; Gwet 2008).
    By hand: kappa = (118 * 125 - 14770) / (15625 - 14770) = -4/171, and AC1 with
    pi = 243/250 and 7/250 is (59000 - 3402) / (62500 - 3402) = 55598/59098.
    """
    mine = [1] * 118 + [1] * 5 + [0] * 2
    theirs = [1] * 118 + [0] * 5 + [1] * 2
    assert exact_agreement(mine, theirs) == 0.944
    assert weighted_kappa(mine, theirs, [0, 1], "unweighted") == float(
        Fraction(-4, 171)
    )
    assert gwet_ac(mine, theirs, [0, 1]) == float(Fraction(55598, 59098))
    assert calibrate(mine, theirs, [0, 1]).ac1 == float(Fraction(55598, 59098))


def test_gwet_rejects_unknown_weights() -> None:
    """Weights other than identity, linear and quadratic are refused, by name."""
    with pytest.raises(InvalidDataError, match=r"^weights: must be 'identity'"):
        gwet_ac(SELF, TEACHER, FOUR, "unweighted")  # type: ignore[arg-type]


# The large-sample standard error of kappa (Fleiss, Cohen and Everitt 1969).


def _reference_kappa_error(
    mine: Sequence[float],
    theirs: Sequence[float],
    categories: Sequence[float],
    weights: str,
) -> float:
    """Fleiss, Cohen and Everitt's (1969) standard error, over the k x k table."""
    k, n = len(categories), len(mine)
    w = _agreement_weights(k, weights)
    p, rows, columns = _proportions(mine, theirs, categories)
    cells = [(i, j) for i in range(k) for j in range(k)]
    observed = sum((p[i][j] * w[i][j] for i, j in cells), Fraction(0))
    expected = sum((rows[i] * columns[j] * w[i][j] for i, j in cells), Fraction(0))
    if expected == 1:
        return 0.0
    row_mean = [
        sum((columns[j] * w[i][j] for j in range(k)), Fraction(0)) for i in range(k)
    ]
    column_mean = [
        sum((rows[i] * w[i][j] for i in range(k)), Fraction(0)) for j in range(k)
    ]
    total = sum(
        (
            p[i][j]
            * (
                w[i][j] * (1 - expected)
                - (row_mean[i] + column_mean[j]) * (1 - observed)
            )
            ** 2
            for i, j in cells
        ),
        Fraction(0),
    )
    variance = (total - (observed * expected - 2 * expected + observed) ** 2) / (
        n * (1 - expected) ** 4
    )
    return math.sqrt(variance)


def test_kappa_error_matches_irrcac_on_the_abstractors_table() -> None:
    """Kappa 0.7964094 (SE 0.05891072) and quadratic 0.8921569 (SE 0.03535151).

    irrCAC's kappa2.table computes Fleiss, Cohen and Everitt's (1969) variance (Gwet
    2014, ch. 2); its README and weighting vignette print these for the table.
    """
    mine, theirs = ABSTRACTORS
    plain = kappa_interval(mine, theirs, [1, 2, 3], "unweighted")
    assert round(plain.estimate, 7) == 0.7964094
    assert round(plain.standard_error, 8) == 0.05891072
    squared = kappa_interval(mine, theirs, [1, 2, 3], "quadratic")
    assert round(squared.estimate, 7) == 0.8921569
    assert round(squared.standard_error, 8) == 0.03535151


@given(data=rated(), weights=weight_names)
def test_kappa_error_matches_the_reference(
    data: tuple[list[float], list[float], list[float]], weights: str
) -> None:
    """The closed-form standard error equals Fleiss-Cohen-Everitt's over the table."""
    mine, theirs, categories = data
    found = kappa_interval(mine, theirs, categories, weights)  # type: ignore[arg-type]
    gwet_name = "identity" if weights == "unweighted" else weights
    expected = _reference_kappa_error(mine, theirs, categories, gwet_name)
    assert found.standard_error == pytest.approx(expected, rel=1e-12, abs=1e-15)
    assert found.estimate == weighted_kappa(mine, theirs, categories, weights)  # type: ignore[arg-type]


def test_kappa_interval_is_the_estimate_plus_or_minus_z_errors() -> None:
    """At 95 % the interval is kappa plus or minus 1.96 standard errors; wider at 99 %."""
    found = kappa_interval(SELF, TEACHER, FOUR, "quadratic")
    assert found.method is IntervalMethod.LARGE_SAMPLE
    assert found.confidence == 0.95
    assert found.low == pytest.approx(found.estimate - 1.959964 * found.standard_error)
    assert found.high == pytest.approx(found.estimate + 1.959964 * found.standard_error)
    wider = kappa_interval(SELF, TEACHER, FOUR, "quadratic", confidence=0.99)
    assert wider.low < found.low < found.high < wider.high


def test_kappa_interval_of_one_category_throughout() -> None:
    """One category used by both raters: kappa 1 with a standard error of 0."""
    found = kappa_interval([2, 2, 2], [2, 2, 2], FOUR)
    assert (found.estimate, found.standard_error, found.low, found.high) == (1, 0, 1, 1)


# Percentile bootstrap intervals.


def test_bootstrap_is_reproducible_and_ignores_the_order_of_pairs() -> None:
    """The same seed gives the same interval, whatever the order of the pairs."""
    pairs = list(zip(SELF * 5, TEACHER * 5, strict=True))
    first = bootstrap_interval(
        [a for a, _ in pairs],
        [b for _, b in pairs],
        statistic="quadratic_ac2",
        categories=FOUR,
        rng=random.Random(7),
    )
    random.Random(1).shuffle(pairs)
    again = bootstrap_interval(
        [a for a, _ in pairs],
        [b for _, b in pairs],
        statistic="quadratic_ac2",
        categories=FOUR,
        rng=random.Random(7),
    )
    assert first == again
    other = bootstrap_interval(
        SELF * 5,
        TEACHER * 5,
        statistic="quadratic_ac2",
        categories=FOUR,
        rng=random.Random(8),
    )
    assert other.estimate == first.estimate
    assert (other.low, other.high) != (first.low, first.high)


def test_bootstrap_error_of_bias_is_the_standard_error_of_a_mean() -> None:
    """For bias the bootstrap's standard error is close to sd / sqrt(n), as theory says.

    Resampling pairs is drawing the counts of the distinct pairs from a multinomial;
    were the draws wrong, the spread of the resampled means would be too.
    """
    rng = random.Random(11)
    mine = [rng.randint(1, 4) for _ in range(400)]
    theirs = [min(4, max(1, a + rng.choice([-1, 0, 0, 1]))) for a in mine]
    found = bootstrap_interval(
        mine, theirs, statistic="bias", rng=random.Random(3), resamples=2000
    )
    gaps = [a - b for a, b in zip(mine, theirs, strict=True)]
    mean = sum(gaps) / len(gaps)
    error = math.sqrt(sum((g - mean) ** 2 for g in gaps) / len(gaps)) / math.sqrt(
        len(gaps)
    )
    assert found.estimate == bias(mine, theirs)
    assert found.standard_error == pytest.approx(error, rel=0.1)
    assert found.low == pytest.approx(mean - 1.96 * error, abs=0.25 * error)
    assert found.high == pytest.approx(mean + 1.96 * error, abs=0.25 * error)


@pytest.mark.parametrize(
    "statistic",
    [
        "exact_agreement",
        "adjacent_agreement",
        "bias",
        "mean_absolute_difference",
        "kappa",
        "linear_kappa",
        "quadratic_kappa",
        "ordinal_alpha",
        "ac1",
        "linear_ac2",
        "quadratic_ac2",
    ],
)
def test_bootstrap_estimate_is_the_statistic(statistic: str) -> None:
    """Every statistic of Calibration can be bootstrapped; its estimate is the field."""
    found = bootstrap_interval(
        SELF,
        TEACHER,
        statistic=statistic,
        categories=FOUR,  # type: ignore[arg-type]
        rng=random.Random(5),
        resamples=50,
    )
    assert found.estimate == getattr(calibrate(SELF, TEACHER, FOUR), statistic)
    assert found.method is IntervalMethod.PERCENTILE_BOOTSTRAP
    assert found.resamples == 50


def test_bootstrap_checks_its_arguments() -> None:
    """Unknown statistics, missing categories, a bad source or count are refused."""
    with pytest.raises(InvalidDataError, match=r"^statistic: must be one of 'exact"):
        bootstrap_interval(SELF, TEACHER, statistic="mean", rng=random.Random(1))  # type: ignore[arg-type]
    with pytest.raises(
        InvalidDataError, match=r"^categories: must be given for 'ac1'$"
    ):
        bootstrap_interval(SELF, TEACHER, statistic="ac1", rng=random.Random(1))
    with pytest.raises(ArgumentTypeError) as caught:
        bootstrap_interval(SELF, TEACHER, statistic="bias", rng=7, resamples=2.5)  # type: ignore[arg-type]
    assert [str(problem) for problem in caught.value.problems] == [
        "rng: must be a random.Random, seeded by the caller (got 7)",
        "resamples: must be a whole number (got 2.5)",
    ]
    with pytest.raises(
        InvalidDataError, match=r"^resamples: must be from 2 to 100,000 \(got 1\)$"
    ):
        bootstrap_interval(
            SELF, TEACHER, statistic="bias", rng=random.Random(1), resamples=1
        )
    with pytest.raises(
        InvalidDataError,
        match=r"^confidence: must be strictly between 0 and 1 \(got 95\)$",
    ):
        bootstrap_interval(
            SELF, TEACHER, statistic="bias", rng=random.Random(1), confidence=95
        )
    with pytest.raises(ArgumentTypeError, match=r"^confidence: must be a number"):
        kappa_interval(SELF, TEACHER, FOUR, confidence="95%")  # type: ignore[arg-type]


def test_calibrate_gives_intervals() -> None:
    """Kappa intervals always; with a seeded source, bootstrap intervals, the same each time."""
    plain = calibrate(SELF, TEACHER, FOUR)
    assert plain.quadratic_kappa_interval == kappa_interval(
        SELF, TEACHER, FOUR, "quadratic"
    )
    assert plain.kappa_interval == kappa_interval(SELF, TEACHER, FOUR, "unweighted")
    assert plain.bias_interval is None
    assert plain.quadratic_ac2_interval is None
    seeded = calibrate(SELF, TEACHER, FOUR, rng=random.Random(9), resamples=200)
    assert seeded == calibrate(SELF, TEACHER, FOUR, rng=random.Random(9), resamples=200)
    for name in ("bias", "ordinal_alpha", "ac1", "linear_ac2", "quadratic_ac2"):
        assert getattr(seeded, f"{name}_interval").resamples == 200
    # One set of resamples serves every statistic: each interval is the one
    # bootstrap_interval gives with the same seed.
    assert seeded.ordinal_alpha_interval == bootstrap_interval(
        SELF,
        TEACHER,
        statistic="ordinal_alpha",
        rng=random.Random(9),
        resamples=200,
    )


def test_calibration_intervals_must_be_about_their_statistic() -> None:
    """An interval whose estimate is not its statistic's value is refused."""
    good = calibrate(SELF, TEACHER, FOUR)
    assert good.kappa_interval is not None
    moved = attrs.evolve(good.kappa_interval, estimate=0.5, low=0.0, high=1.0)
    with pytest.raises(InvalidDataError) as caught:
        attrs.evolve(good, kappa_interval=moved, ac1=None)
    assert [str(problem) for problem in caught.value.problems] == [
        f"kappa_interval.estimate: must be kappa ({good.kappa!r}) (got 0.5)",
    ]
    bootstrapped = calibrate(SELF, TEACHER, FOUR, rng=random.Random(1), resamples=10)
    with pytest.raises(
        InvalidDataError, match=r"^ac1_interval: must be left out where ac1 is"
    ):
        attrs.evolve(bootstrapped, ac1=None)


def test_confidence_interval_checks_its_fields() -> None:
    """Reversed ends, a bad level or a resample count at odds with the method are refused."""
    with pytest.raises(InvalidDataError) as caught:
        ConfidenceInterval(
            estimate=0.5,
            low=0.6,
            high=0.4,
            standard_error=-1,
            confidence=1,
            method=IntervalMethod.PERCENTILE_BOOTSTRAP,
            resamples=1,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "standard_error: must be at least 0 (got -1.0)",
        "confidence: must be strictly between 0 and 1 (got 1.0)",
        "high: must be at least low (0.6) (got 0.4)",
        "resamples: must be at least 2 for a bootstrap interval (got 1)",
    ]
    with pytest.raises(InvalidDataError) as caught:
        ConfidenceInterval(
            estimate=0.9,
            low=0.1,
            high=0.5,
            standard_error=0.1,
            confidence=0.95,
            method=IntervalMethod.LARGE_SAMPLE,
            resamples=10,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "resamples: must be 0 for a large-sample interval (got 10)",
    ]


def test_documents_written_before_the_new_fields_still_load() -> None:
    """A Calibration saved before Gwet's coefficients and intervals loads, with None."""
    old = {
        "schema_version": 1,
        "pairs": 8,
        "exact_agreement": 0.5,
        "adjacent_agreement": 1.0,
        "bias": 0.5,
        "mean_absolute_difference": 0.5,
        "kappa": 1 / 3,
        "linear_kappa": 21 / 37,
        "quadratic_kappa": 13 / 17,
        "ordinal_alpha": 0.7567246835443038,
    }
    loaded = from_dict(Calibration, old)
    assert loaded.ac1 is None
    assert loaded.quadratic_kappa_interval is None
    assert loaded.quadratic_kappa == calibrate(SELF, TEACHER, FOUR).quadratic_kappa
    assert from_dict(Calibration, to_dict(loaded)) == loaded


# The binomial and multinomial draws behind the bootstrap.


@pytest.mark.parametrize(
    ("n", "p"),
    [(20, 0.2), (1000, 0.3), (50, 0.9), (10**6, 2e-6), (10**7, 0.45), (40, 0.5)],
)
def test_binomial_draws_have_the_binomial_mean_and_variance(n: int, p: float) -> None:
    """Waiting times, transformed rejection and the p > 1/2 mirror all draw Bin(n, p)."""
    rng = random.Random(n)
    draws = [binomial(rng, n, p) for _ in range(20_000)]
    assert all(0 <= draw <= n for draw in draws)
    mean = sum(draws) / len(draws)
    variance = sum((d - mean) ** 2 for d in draws) / (len(draws) - 1)
    assert abs(mean - n * p) < 4 * math.sqrt(n * p * (1 - p) / len(draws))
    assert variance == pytest.approx(n * p * (1 - p), rel=0.06)


@pytest.mark.parametrize(("n", "p"), [(30, 0.4), (25, 0.15)])
def test_binomial_draws_fit_the_binomial_distribution(n: int, p: float) -> None:
    """A chi-square test of 40,000 draws against the exact probabilities passes."""
    rng = random.Random(2026)
    counts = Counter(binomial(rng, n, p) for _ in range(40_000))
    expected = [
        40_000 * math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)
    ]
    # Pool the thin tails so that every cell expects at least 5.
    cells: list[tuple[float, int]] = []
    pooled_expected, pooled_count = 0.0, 0
    for k in range(n + 1):
        pooled_expected += expected[k]
        pooled_count += counts[k]
        if pooled_expected >= 5:
            cells.append((pooled_expected, pooled_count))
            pooled_expected, pooled_count = 0.0, 0
    chi2 = sum((count - exp) ** 2 / exp for exp, count in cells)
    freedom = len(cells) - 1
    # The 0.9999 quantile of chi-square (Wilson and Hilferty's approximation).
    bound = (
        freedom * (1 - 2 / (9 * freedom) + 3.719 * math.sqrt(2 / (9 * freedom))) ** 3
    )
    assert chi2 < bound


def test_multinomial_draws_keep_the_total_and_the_shares() -> None:
    """Each draw's counts add up to n; on average each cell gets its share."""
    rng = random.Random(4)
    weights = [50, 30, 15, 5]
    totals = [0, 0, 0, 0]
    for _ in range(2000):
        counts = multinomial(rng, 100, weights)
        assert sum(counts) == 100
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
    assert [round(t / 2000) for t in totals] == weights


@given(
    values=st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=50),
    share=st.floats(0, 1),
)
def test_percentile_interpolates_as_numpy_does(
    values: list[float], share: float
) -> None:
    """The quantile is NumPy's default, linear interpolation between order statistics."""
    np = pytest.importorskip("numpy")
    ordered = sorted(values)
    assert percentile(ordered, share) == pytest.approx(
        float(np.percentile(ordered, share * 100)), rel=1e-9, abs=1e-6
    )
