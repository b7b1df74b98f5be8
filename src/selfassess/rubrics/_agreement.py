"""The arithmetic of the calibration statistics, on tallies of distinct pairs.

The kernels take *cells*: ``(x, y, count)`` triples, one per distinct pair of
ratings with how often it occurs, where ``x`` and ``y`` are integers (a rating's
position among the categories, or its value made an exact integer by
`selfassess.rubrics._ratings.scaled`); `alpha` takes units of any number of
ratings. Everything is exact integer or `Fraction` arithmetic, and costs time in the
number of distinct pairs and values, never in their square: the sums over every
pair of categories or values that the textbook formulas write out are taken in
closed form, over sorted values with running sums.

`STATISTICS` names each statistic of `Calibration` and computes it from a
`selfassess.rubrics._ratings.Paired` and a count for each of its distinct pairs:
the data's own, or a bootstrap resample's.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Literal, cast

from selfassess.errors import InvalidDataError
from selfassess.rubrics._ratings import Number, Paired

__all__ = [
    "STATISTICS",
    "AlphaLevel",
    "Cell",
    "Weights",
    "adjacent_share",
    "alpha",
    "as_float",
    "exact_share",
    "gwet",
    "kappa",
    "kappa_variance",
    "marginals",
    "mean_absolute",
    "mean_difference",
    "ordinal_alpha",
    "spread",
]

Cell = tuple[int, int, int]
Weights = Literal["identity", "linear", "quadratic"]
"""Disagreement ``d(i, j)`` between positions: ``i != j``, ``|i - j|`` or
``(i - j) ** 2``; the agreement weights are ``1 - d / d_max``."""


def as_float(value: Fraction) -> float:
    """The exact result as a float, or a clear error when no float can hold it.

    Only means of differences can get there: ratings near the largest float whose
    differences are beyond it.
    """
    try:
        return float(value)
    except OverflowError:
        message = "must differ by amounts a float can hold (got a mean beyond 1.8e308)"
        raise InvalidDataError.single("self_ratings", message) from None


def _distance(i: int, j: int, weights: Weights) -> int:
    if weights == "identity":
        return int(i != j)
    if weights == "linear":
        return abs(i - j)
    return (i - j) ** 2


def _largest(k: int, weights: Weights) -> int:
    """The largest disagreement between two of *k* positions."""
    return _distance(0, k - 1, weights)


def marginals(cells: Iterable[Cell]) -> tuple[int, Counter[int], Counter[int]]:
    """The number of pairs, and the count of each position for each rater."""
    rows: Counter[int] = Counter()
    columns: Counter[int] = Counter()
    for i, j, count in cells:
        rows[i] += count
        columns[j] += count
    return sum(rows.values()), rows, columns


def spread(
    weights: Weights, marginal: Mapping[int, int], queries: Iterable[int]
) -> dict[int, int]:
    """For each position *q* in *queries*: the sum of ``count * d(q, j)`` over *marginal*.

    The sum over every pair of categories, taken in closed form: for identity
    weights ``total - count(q)``; for quadratic ones from the first two moments; for
    linear ones from running sums over the sorted positions, split at *q*.
    """
    total = sum(marginal.values())
    if weights == "identity":
        return {q: total - marginal.get(q, 0) for q in queries}
    if weights == "quadratic":
        first = sum(j * count for j, count in marginal.items())
        second = sum(j * j * count for j, count in marginal.items())
        return {q: total * q * q - 2 * q * first + second for q in queries}
    positions = sorted(marginal)
    counts = [0]
    sums = [0]
    for j in positions:
        counts.append(counts[-1] + marginal[j])
        sums.append(sums[-1] + j * marginal[j])
    found = {}
    for q in queries:
        at = bisect.bisect_right(positions, q)
        below, below_sum = counts[at], sums[at]
        above, above_sum = total - below, sums[-1] - below_sum
        found[q] = q * below - below_sum + above_sum - q * above
    return found


def _observed(cells: Sequence[Cell], weights: Weights) -> int:
    return sum(count * _distance(i, j, weights) for i, j, count in cells)


def kappa(cells: Sequence[Cell], weights: Weights) -> Fraction:
    """Cohen's kappa (1960; weighted, 1968) of a tally of category positions.

    With ``O`` the observed disagreement ``sum(count * d(i, j))`` and ``E`` the
    disagreement expected from the two marginals, ``sum(r[i] * s[j] * d(i, j))``
    over every pair of categories, ``kappa = 1 - n * O / E``: the same as
    ``1 - sum(w * o) / sum(w * e)`` over proportions, the scale of the weights
    cancelling out. ``E == 0`` (one category throughout) gives 1.
    """
    n, rows, columns = marginals(cells)
    expected = sum(rows[i] * away for i, away in spread(weights, columns, rows).items())
    if expected == 0:
        return Fraction(1)
    return Fraction(expected - n * _observed(cells, weights), expected)


def kappa_variance(cells: Sequence[Cell], k: int, weights: Weights) -> Fraction:
    """The large-sample variance of Cohen's (weighted) kappa.

    Fleiss, Cohen and Everitt (1969), "Large sample standard errors of kappa and
    weighted kappa", Psychological Bulletin 72(5):323-327, the variance for an
    estimate (not under the hypothesis of no agreement): with agreement weights
    ``w``, proportions ``p``, ``p_o = sum(p * w)``, ``p_e = sum(p_i. p_.j w)``,
    ``w_i. = sum_j p_.j w_ij`` and ``w_.j = sum_i p_i. w_ij``::

        var = (sum(p_ij [w_ij (1 - p_e) - (w_i. + w_.j)(1 - p_o)]^2)
               - (p_o p_e - 2 p_e + p_o)^2) / (n (1 - p_e)^4)

    Multiplied out over integer agreement weights ``A = d_max - d`` (each term
    below is ``n^2 d_max^2`` times the one above), with ``a_i = sum_j s_j A_ij``,
    ``b_j = sum_i r_i A_ij``, ``O`` and ``E`` as for `kappa`, it is exactly
    ``n (n sum(c X^2) - sum(c X)^2) / E^4`` for ``X_ij = A_ij E - (a_i + b_j) O``.
    Zero when ``E == 0`` (one category throughout: every resample is the same).
    """
    n, rows, columns = marginals(cells)
    largest = _largest(k, weights)
    row_spread = spread(weights, columns, rows)
    column_spread = spread(weights, rows, columns)
    expected = sum(rows[i] * away for i, away in row_spread.items())
    if expected == 0:
        return Fraction(0)
    observed = _observed(cells, weights)
    full = n * largest
    total = 0
    squares = 0
    for i, j, count in cells:
        agreement = largest - _distance(i, j, weights)
        x = (
            agreement * expected
            - (2 * full - row_spread[i] - column_spread[j]) * observed
        )
        total += count * x
        squares += count * x * x
    return Fraction(n * (n * squares - total * total), expected**4)


def _total_weight(k: int, weights: Weights) -> Fraction:
    """Gwet's T_w, the sum of the agreement weights over every pair of categories.

    In closed form: the disagreements of *k* positions add up to ``k^2 - k``
    (identity), ``(k^3 - k) / 3`` (linear) and ``k^2 (k^2 - 1) / 6`` (quadratic).
    """
    largest = _largest(k, weights)
    if weights == "identity":
        disagreement = k * k - k
    elif weights == "linear":
        disagreement = (k**3 - k) // 3
    else:
        disagreement = k * k * (k * k - 1) // 6
    return k * k - Fraction(disagreement, largest)


def gwet(cells: Sequence[Cell], k: int, weights: Weights) -> Fraction:
    """Gwet's AC1 (identity weights) or AC2 (linear or quadratic) of a tally.

    Gwet (2008, "Computing inter-rater reliability and its variance in the presence
    of high agreement", Br J Math Stat Psychol 61:29-48; 2014, Handbook of
    Inter-Rater Reliability, 4th ed., ch. 3): with agreement weights ``w``, the
    weighted observed agreement ``p_a = sum(p_ij w_ij)``, the mean share of each
    category over both raters ``pi_c = (p_c. + p_.c) / 2`` and the sum ``T_w`` of
    the weights::

        p_e = T_w / (k (k - 1)) * sum(pi_c (1 - pi_c))
        AC = (p_a - p_e) / (1 - p_e)

    ``p_e`` is below 1 for any *k* of at least 2, so AC is always defined.
    """
    n, rows, columns = marginals(cells)
    largest = _largest(k, weights)
    agreement = 1 - Fraction(_observed(cells, weights), n * largest)
    shares = sum(
        (rows.get(c, 0) + columns.get(c, 0)) ** 2 for c in rows.keys() | columns.keys()
    )
    dispersion = 1 - Fraction(shares, 4 * n * n)  # sum(pi_c (1 - pi_c))
    chance = _total_weight(k, weights) / (k * (k - 1)) * dispersion
    return (agreement - chance) / (1 - chance)


AlphaLevel = Literal["nominal", "ordinal", "interval"]


def alpha(
    units: Iterable[tuple[Sequence[Number | None], int]], level: AlphaLevel
) -> Fraction | None:
    """Krippendorff's alpha from a tally of units; ``None`` if no unit is pairable.

    Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability"): with the
    coincidences ``o[c][k]`` (a unit of ``m`` pairable values adds ``1 / (m - 1)``
    for each ordered pair of its values from different raters), the value totals
    ``n[c]`` and ``n = sum(n[c])``::

        alpha = 1 - (n - 1) * sum(o[c][k] d[c][k]) / sum(n[c] n[k] d[c][k])

    Both sums are taken in closed form. For a squared difference
    ``d[c][k] = (t(c) - t(k))^2`` a unit's share is ``(2 m sum(t^2) - 2 sum(t)^2)
    / (m - 1)`` and the expected sum ``2 n sum(n[c] t(c)^2) - 2 sum(n[c] t(c))^2``:
    at the interval level ``t`` is the value itself; at the ordinal level
    Krippendorff's ``d[c][k] = (sum of n[g] for g from c to k - (n[c] + n[k]) / 2)^2``
    is ``(M(k) - M(c))^2`` for the mid-rank ``M(c) = n[g < c] + n[c] / 2``, so ``t``
    is ``2 M``, an integer. At the nominal level, a unit's share is
    ``(m^2 - sum of its counts^2) / (m - 1)`` and the expected sum
    ``n^2 - sum(n[c]^2)``. One value throughout (expected 0) gives 1.

    Args:
        units: Each unit's ratings (``None`` for none), with how many units have
            exactly those. At the interval level they must be integers (see
            `selfassess.rubrics._ratings.scaled`), so that sums are exact; the other
            levels only compare them.
        level: ``"nominal"``, ``"ordinal"`` or ``"interval"``.
    """
    pairable, totals = _pairable(units)
    if not pairable:
        return None
    n = sum(totals.values())
    if level == "nominal":
        observed, expected = _nominal(pairable, totals)
    else:
        if level == "ordinal":
            position: dict[Number, int] = {}
            below = 0
            for value, times in sorted(totals.items()):
                position[value] = 2 * below + times
                below += times
        else:
            position = {value: int(value) for value in totals}
        observed, expected = _squared(pairable, totals, position)
    if expected == 0:
        return Fraction(1)
    return 1 - (n - 1) * observed / expected


def _pairable(
    units: Iterable[tuple[Sequence[Number | None], int]],
) -> tuple[list[tuple[Sequence[Number], int]], Counter[Number]]:
    """The units with at least two ratings (``None`` left out), and value totals."""
    pairable: list[tuple[Sequence[Number], int]] = []
    totals: dict[Number, int] = {}
    for unit, count in units:
        values: Sequence[Number]
        if None in unit:
            values = [value for value in unit if value is not None]
        else:
            values = cast(Sequence[Number], unit)  # no None in it
        if len(values) < 2:
            continue
        pairable.append((values, count))
        for value in values:
            totals[value] = totals.get(value, 0) + count
    return pairable, Counter(totals)


def _by_size(shares: Iterable[tuple[int, int]]) -> Fraction:
    """The sum of each unit's disagreement over ``m - 1``, one Fraction a size."""
    by_size: Counter[int] = Counter()
    for m, share in shares:
        by_size[m] += share
    return sum((Fraction(total, m - 1) for m, total in by_size.items()), Fraction(0))


def _nominal(
    pairable: list[tuple[Sequence[Number], int]], totals: Counter[Number]
) -> tuple[Fraction, int]:
    """Observed and expected disagreement where any two different values differ by 1."""
    observed = _by_size(
        (
            len(values),
            count
            * (
                len(values) ** 2
                - sum(times * times for times in Counter(values).values())
            ),
        )
        for values, count in pairable
    )
    n = sum(totals.values())
    return observed, n * n - sum(times * times for times in totals.values())


def _squared(
    pairable: list[tuple[Sequence[Number], int]],
    totals: Counter[Number],
    position: dict[Number, int],
) -> tuple[Fraction, int]:
    """Observed and expected disagreement for squared differences of *position*."""
    pairs = 0  # the units of two ratings, the most common, summed apart and faster
    larger = []
    for values, count in pairable:
        if len(values) == 2:
            # 2 m sum(t^2) - 2 sum(t)^2 is 2 (t1 - t2)^2 for two values.
            gap = position[values[0]] - position[values[1]]
            pairs += count * gap * gap
            continue
        points = [position[value] for value in values]
        first = sum(points)
        second = sum(point * point for point in points)
        m = len(points)
        larger.append((m, count * (2 * m * second - 2 * first * first)))
    observed = 2 * pairs + _by_size(larger)
    n = sum(totals.values())
    first = sum(position[value] * times for value, times in totals.items())
    second = sum(position[value] ** 2 * times for value, times in totals.items())
    return observed, 2 * n * second - 2 * first * first


# The statistics of `Calibration`, by name, each from a `Paired` and a count for
# each of its distinct pairs (the data's own counts, or a bootstrap resample's).

Counts = Sequence[int]


def _cells(pairs: Sequence[tuple[int, int]], counts: Counts) -> list[Cell]:
    return [(x, y, count) for (x, y), count in zip(pairs, counts, strict=True) if count]


def _positions(paired: Paired) -> list[tuple[int, int]]:
    assert paired.positions is not None  # for mypy: the table says it needs them
    return paired.positions


def exact_share(paired: Paired, counts: Counts) -> Fraction:
    """The share of pairs with the same rating."""
    same = sum(c for (x, y), c in zip(paired.points, counts, strict=True) if x == y)
    return Fraction(same, sum(counts))


def adjacent_share(paired: Paired, counts: Counts) -> Fraction:
    """The share of pairs at most one level apart: neighbouring categories if given.

    Without categories, ratings are points one apart, as on a 4-point scale.
    """
    if paired.positions is not None:
        pairs, within = paired.positions, 1
    else:
        pairs, within = paired.points, 1 << paired.shift
    close = sum(
        c for (x, y), c in zip(pairs, counts, strict=True) if abs(x - y) <= within
    )
    return Fraction(close, sum(counts))


def mean_difference(paired: Paired, counts: Counts) -> Fraction:
    """The mean of self minus teacher, in the ratings' points."""
    total = sum(c * (x - y) for (x, y), c in zip(paired.points, counts, strict=True))
    return Fraction(total, sum(counts) << paired.shift)


def mean_absolute(paired: Paired, counts: Counts) -> Fraction:
    """The mean absolute difference between self and teacher, in points."""
    total = sum(c * abs(x - y) for (x, y), c in zip(paired.points, counts, strict=True))
    return Fraction(total, sum(counts) << paired.shift)


def ordinal_alpha(paired: Paired, counts: Counts) -> Fraction:
    """Krippendorff's ordinal alpha of the two raters; each pair is a unit."""
    units = (((x, y), c) for (x, y), c in zip(paired.points, counts, strict=True) if c)
    found = alpha(units, "ordinal")
    assert found is not None  # for mypy: every pair is a pairable unit
    return found


def _kappa_of(weights: Weights) -> Callable[[Paired, Counts], Fraction]:
    def statistic(paired: Paired, counts: Counts) -> Fraction:
        return kappa(_cells(_positions(paired), counts), weights)

    return statistic


def _gwet_of(weights: Weights) -> Callable[[Paired, Counts], Fraction]:
    def statistic(paired: Paired, counts: Counts) -> Fraction:
        return gwet(_cells(_positions(paired), counts), paired.k, weights)

    return statistic


STATISTICS: dict[str, tuple[bool, Callable[[Paired, Counts], Fraction]]] = {
    "exact_agreement": (False, exact_share),
    "adjacent_agreement": (False, adjacent_share),
    "bias": (False, mean_difference),
    "mean_absolute_difference": (False, mean_absolute),
    "kappa": (True, _kappa_of("identity")),
    "linear_kappa": (True, _kappa_of("linear")),
    "quadratic_kappa": (True, _kappa_of("quadratic")),
    "ordinal_alpha": (False, ordinal_alpha),
    "ac1": (True, _gwet_of("identity")),
    "linear_ac2": (True, _gwet_of("linear")),
    "quadratic_ac2": (True, _gwet_of("quadratic")),
}
"""Each statistic of `Calibration` by its field's name: whether it needs the
categories, and how it is computed."""
