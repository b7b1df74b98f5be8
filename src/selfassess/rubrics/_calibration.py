"""Calibration statistics: how well students' self-ratings match their teacher's.

Every function takes paired ratings: two sequences of equal length, the student's
ratings first and the teacher's second, one pair per piece of work (or per criterion
of it). `krippendorff_alpha` takes one sequence per rater instead, and allows missing
ratings. Lists, tuples, NumPy arrays and pandas Series all serve as sequences.

All arithmetic is exact: each distinct rating is made an integer over a common
power of two (every float is an exact binary fraction, so nothing is lost), the
ratings are tallied into distinct pairs, and the result is rounded to a float only
at the end. The cost grows with the number of pairs (tallied at the speed of C) and
of distinct values, never with their square: a district's million pairs on a
4-point scale are 16 distinct pairs.

Categories, where a statistic takes them, are every level of the scale in order,
lowest first, rising: they give the weights of kappa and of Gwet's AC2 and the
neighbours of adjacent agreement.

Degenerate input has a defined result or a clear error, never a `ZeroDivisionError`:

- no pairs, sequences of different lengths, or a rating that is not a finite number
  raise `InvalidDataError`;
- a kappa or alpha whose chance disagreement is zero (every rating is one and the same
  value, so there is nothing to agree on by chance or otherwise) is 1.0: the raters
  agree on every pair. Krippendorff calls alpha undefined there; a researcher who
  wants to leave such groups out can test for a single value first.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import Any, Literal, cast

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Checker, integer_field, number_field, shown
from selfassess.errors import InvalidDataError
from selfassess.rubrics._agreement import (
    STATISTICS,
    AlphaLevel,
    Weights,
    adjacent_share,
    alpha,
    as_float,
    exact_share,
    gwet,
    kappa,
    mean_absolute,
    mean_difference,
)
from selfassess.rubrics._ratings import Number, Paired, listed, scaled, unit_tally
from selfassess.rubrics._resample import RandomSource
from selfassess.rubrics._uncertainty import (
    ConfidenceInterval,
    KappaWeights,
    bootstrap,
    check_confidence,
    check_resampling,
    kappa_weights,
    large_sample,
)

__all__ = [
    "Calibration",
    "Estimation",
    "adjacent_agreement",
    "bias",
    "calibrate",
    "exact_agreement",
    "gwet_ac",
    "krippendorff_alpha",
    "mean_absolute_difference",
    "weighted_kappa",
]


class Estimation(enum.Enum):
    """How a student's rating stands against the teacher's: over, under or matched."""

    OVER = "over"
    """The student rated higher than the teacher, an over-estimate."""
    UNDER = "under"
    """The student rated lower, "harder on themselves" than their work shows."""
    MATCHED = "matched"
    """Both gave the same level (or, on average, no bias)."""


GwetWeights = Literal["identity", "linear", "quadratic"]


def _cells(paired: Paired) -> list[tuple[int, int, int]]:
    assert paired.positions is not None  # for mypy: categories were given
    return [
        (i, j, count)
        for (i, j), count in zip(paired.positions, paired.counts, strict=True)
    ]


def exact_agreement(
    self_ratings: Iterable[float], teacher_ratings: Iterable[float]
) -> float:
    """Return the share of pairs where the student and the teacher gave the same rating.

    Args:
        self_ratings: The student's ratings, one per piece of work.
        teacher_ratings: The teacher's ratings of the same work, in the same order.

    Returns:
        A share in [0, 1].

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, or a rating is not
            a finite number.

    Example:
        >>> exact_agreement([3, 2, 4, 3], [2, 2, 3, 3])
        0.5
    """
    paired = Paired(self_ratings, teacher_ratings)
    return float(exact_share(paired, paired.counts))


def adjacent_agreement(
    self_ratings: Iterable[float],
    teacher_ratings: Iterable[float],
    categories: Iterable[float] | None = None,
) -> float:
    """Return the share of pairs whose ratings are at most one level apart.

    Exact agreement counts as adjacent too, as in the rater-agreement literature
    ("exact plus adjacent agreement"). With *categories*, adjacent means
    neighbouring categories in their order, whatever their points: on a 0, 2, 4, 6
    scale, 4 and 6 are adjacent. Without, ratings are taken to be level points one
    apart, as on a 4-point scale.

    Args:
        self_ratings: The student's ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, lowest first, as for
            `weighted_kappa`; or ``None`` for levels one point apart.

    Returns:
        A share in [0, 1].

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, a rating is not
            a finite number, or, with categories, as `weighted_kappa` does.

    Example:
        >>> adjacent_agreement([4, 2, 1], [3, 2, 3])
        0.6666666666666666
        >>> adjacent_agreement([10, 8, 5], [8, 5, 2], [2, 5, 8, 10])
        1.0
    """
    paired = Paired(self_ratings, teacher_ratings, categories)
    return float(adjacent_share(paired, paired.counts))


def bias(self_ratings: Iterable[float], teacher_ratings: Iterable[float]) -> float:
    """Return the mean of self minus teacher: positive when students over-estimate.

    A negative bias is the student who is "harder on themselves" than the teacher.

    Args:
        self_ratings: The student's ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.

    Returns:
        The mean difference, in the ratings' points.

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, or a rating is not
            a finite number.

    Example:
        >>> bias([3, 2, 4, 3, 1, 2, 4, 3], [2, 2, 3, 3, 1, 1, 4, 2])
        0.5
    """
    paired = Paired(self_ratings, teacher_ratings)
    return as_float(mean_difference(paired, paired.counts))


def mean_absolute_difference(
    self_ratings: Iterable[float], teacher_ratings: Iterable[float]
) -> float:
    """Return the mean of the absolute differences between self and teacher ratings.

    Unlike `bias`, over- and under-estimates do not cancel out.

    Args:
        self_ratings: The student's ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.

    Returns:
        The mean absolute difference, at least 0, in the ratings' points.

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, or a rating is not
            a finite number.

    Example:
        >>> mean_absolute_difference([4, 1], [3, 2])
        1.0
    """
    paired = Paired(self_ratings, teacher_ratings)
    return as_float(mean_absolute(paired, paired.counts))


def weighted_kappa(
    self_ratings: Iterable[float],
    teacher_ratings: Iterable[float],
    categories: Iterable[float],
    weights: KappaWeights = "linear",
) -> float:
    """Return Cohen's kappa between self and teacher ratings, weighted or not.

    Cohen (1960; weighted, 1968): with the observed proportions ``o[i][j]`` of pairs
    rated category *i* by the student and *j* by the teacher, the proportions expected
    by chance ``e[i][j] = row[i] * column[j]`` from the two raters' marginals, and
    disagreement weights ``w[i][j]``::

        kappa = 1 - sum(w * o) / sum(w * e)

    The weights use the categories' positions in *categories* (as scikit-learn's
    ``cohen_kappa_score`` does), with *k* categories:

    - ``"unweighted"``: 0 on the diagonal, 1 elsewhere (plain Cohen's kappa);
    - ``"linear"``: ``|i - j| / (k - 1)``;
    - ``"quadratic"``: ``(i - j)**2 / (k - 1)**2``.

    Every category in *categories* counts, used or not, so that a scale's unused
    levels still widen the linear and quadratic weights. The sum over every pair of
    categories is taken in closed form, so a scale of thousands of levels (percent
    or decimal scores) costs no more than its ratings.

    When every rating of both raters is one and the same category, chance
    disagreement is zero and the formula is 0/0; the result is then 1.0, since the
    raters agree on every pair.

    Args:
        self_ratings: The student's ratings, each one of *categories*.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, in order (lowest first, each greater
            than the one before), at least two; such as ``[1, 2, 3, 4]``.
        weights: ``"unweighted"``, ``"linear"`` (the default) or ``"quadratic"``.

    Returns:
        The kappa, 1 for perfect agreement, 0 for agreement no better than
        chance, negative for worse.

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, a rating or
            category is not a finite number, a rating is not one of the categories,
            the categories repeat, do not rise or are fewer than two, or *weights*
            is unknown.

    Example:
        >>> self_ratings = [3, 2, 4, 3, 1, 2, 4, 3]
        >>> teacher_ratings = [2, 2, 3, 3, 1, 1, 4, 2]
        >>> round(weighted_kappa(self_ratings, teacher_ratings, [1, 2, 3, 4]), 3)
        0.568
        >>> round(weighted_kappa(self_ratings, teacher_ratings, [1, 2, 3, 4], "quadratic"), 3)
        0.765
    """
    chosen = kappa_weights(weights)
    paired = Paired(self_ratings, teacher_ratings, categories)
    return float(kappa(_cells(paired), chosen))


def gwet_ac(
    self_ratings: Iterable[float],
    teacher_ratings: Iterable[float],
    categories: Iterable[float],
    weights: GwetWeights = "identity",
) -> float:
    """Return Gwet's AC1 (identity weights) or AC2 (linear or quadratic weights).

    Gwet (2008, "Computing inter-rater reliability and its variance in the presence
    of high agreement", British Journal of Mathematical and Statistical Psychology
    61:29-48; 2014, "Handbook of Inter-Rater Reliability", 4th ed., ch. 3). With
    agreement weights ``w`` (1 on the diagonal), the weighted observed agreement
    ``p_a = sum(p[i][j] * w[i][j])``, each category's mean share over both raters
    ``pi[c] = (row[c] + column[c]) / 2``, *k* categories and ``T_w`` the sum of the
    weights over every pair of categories::

        p_e = T_w / (k * (k - 1)) * sum(pi[c] * (1 - pi[c]))
        AC = (p_a - p_e) / (1 - p_e)

    The agreement weights are 1 minus `weighted_kappa`'s: ``"identity"`` (1 on the
    diagonal, 0 elsewhere; AC1), ``"linear"`` (``1 - |i - j| / (k - 1)``) and
    ``"quadratic"`` (``1 - (i - j)**2 / (k - 1)**2``), over the categories'
    positions, as the ``irrCAC`` package weighs a contingency table.

    Unlike kappa, AC1 does not collapse when nearly every rating is the same level
    (the "high agreement, low kappa" paradox of Feinstein and Cicchetti 1990): its
    chance agreement shrinks as one category comes to dominate, where kappa's grows.
    AC is always defined; one category throughout gives 1.0.

    Args:
        self_ratings: The student's ratings, each one of *categories*.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, lowest first, as for
            `weighted_kappa`; every one counts, used or not.
        weights: ``"identity"`` (the default, AC1), ``"linear"`` or
            ``"quadratic"`` (AC2).

    Returns:
        The coefficient, 1 for perfect agreement, 0 for agreement no better than
        chance.

    Raises:
        InvalidDataError: As `weighted_kappa` does, or if *weights* is unknown.

    Example:
        >>> self_ratings = [3, 2, 4, 3, 1, 2, 4, 3]
        >>> teacher_ratings = [2, 2, 3, 3, 1, 1, 4, 2]
        >>> round(gwet_ac(self_ratings, teacher_ratings, [1, 2, 3, 4]), 3)
        0.338
        >>> round(gwet_ac(self_ratings, teacher_ratings, [1, 2, 3, 4], "quadratic"), 3)
        0.81
    """
    if not isinstance(weights, str) or weights not in (
        "identity",
        "linear",
        "quadratic",
    ):
        message = f"must be 'identity', 'linear' or 'quadratic' (got {shown(weights)})"
        raise InvalidDataError.single("weights", message)
    paired = Paired(self_ratings, teacher_ratings, categories)
    return float(gwet(_cells(paired), paired.k, weights))


def krippendorff_alpha(
    ratings: Iterable[Iterable[float | None]],
    level: AlphaLevel = "ordinal",
) -> float:
    """Return Krippendorff's alpha for any number of raters, allowing missing ratings.

    Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability"): from the
    coincidence matrix ``o[c][k]`` (each unit with ``m`` pairable values adds
    ``1 / (m - 1)`` for every ordered pair of its values from different raters), the
    value totals ``n[c]`` and their sum ``n``::

        alpha = 1 - (n - 1) * sum(o[c][k] * d[c][k]) / sum(n[c] * n[k] * d[c][k])

    with the squared difference ``d`` of the level of measurement:

    - ``"nominal"``: 0 for equal values, 1 otherwise;
    - ``"ordinal"`` (the default, for rubric levels): ``(sum of n[g] for g from c to
      k - (n[c] + n[k]) / 2) ** 2``, over the values that occur;
    - ``"interval"``: ``(c - k) ** 2``.

    The sums over every pair of values are taken in closed form (the ordinal
    difference is the squared difference of the values' mid-ranks), so thousands of
    distinct values, as percent or decimal scores have, cost no more than their
    sorting.

    Units rated by fewer than two raters are not pairable and are left out. When every
    pairable value is the same, the formula is 0/0 and the result is 1.0.

    Args:
        ratings: One sequence per rater (at least two), each over the same units in
            the same order; ``None`` where a rater gave no rating. NaN is refused
            rather than taken as missing, so that a broken value is never
            silently dropped: turn a NumPy array's NaN into ``None`` first.
        level: ``"nominal"``, ``"ordinal"`` or ``"interval"``.

    Returns:
        The alpha, 1 for perfect agreement, 0 for agreement no better than chance.

    Raises:
        InvalidDataError: If there are fewer than two raters, the raters rate different
            numbers of units, a rating is neither ``None`` nor a finite number, no
            unit has two ratings, or *level* is unknown.

    Example:
        >>> self_ratings = [3, 2, 4, 3, 1, 2, 4, 3]
        >>> teacher_ratings = [2, 2, 3, 3, 1, 1, 4, 2]
        >>> round(krippendorff_alpha([self_ratings, teacher_ratings]), 3)
        0.757
    """
    if not isinstance(level, str) or level not in ("nominal", "ordinal", "interval"):
        message = f"must be 'nominal', 'ordinal' or 'interval' (got {shown(level)})"
        raise InvalidDataError.single("level", message)
    tally = unit_tally(ratings)
    units: Iterable[tuple[Sequence[Number | None], int]] = tally.items()
    if level == "interval":
        # Differences of values need them exact: integers over a power of two. The
        # other levels only compare values, which the values themselves do.
        values = set(chain.from_iterable(tally))
        values.discard(None)
        exact, shift = scaled(values)  # type: ignore[arg-type]  # None taken out
        if shift or set(map(type, chain.from_iterable(tally))) - {int, type(None)}:
            # None, for a missing rating, is not a key: get gives None again.
            get = cast(Callable[[Number | None], int | None], exact.get)
            units = ((tuple(map(get, unit)), count) for unit, count in tally.items())
    found = alpha(units, level)
    if found is None:
        message = "must have at least one unit rated by two raters"
        raise InvalidDataError.single("ratings", message)
    return float(found)


_INTERVALS = (
    "kappa",
    "linear_kappa",
    "quadratic_kappa",
    "bias",
    "ordinal_alpha",
    "ac1",
    "linear_ac2",
    "quadratic_ac2",
)
"""The statistics of `Calibration` that can carry an interval."""

_BOOTSTRAPPED = ("bias", "ordinal_alpha", "ac1", "linear_ac2", "quadratic_ac2")
"""The ones `calibrate` gives a percentile bootstrap interval when given a source
of random numbers."""


@attrs.frozen(kw_only=True)
class Calibration:
    """Every calibration statistic of one set of paired ratings, as one value.

    Build it with `calibrate`. Each field is the function of the same name (the
    kappas are `weighted_kappa` with the weights named, the alpha is
    `krippendorff_alpha` at the ordinal level, the ACs are `gwet_ac`). Documents
    written before Gwet's coefficients and the intervals existed still load: those
    fields are then ``None``.

    Attributes:
        pairs: How many pairs of ratings; at least 1.
        exact_agreement: The share of pairs with the same rating, in [0, 1].
        adjacent_agreement: The share in neighbouring categories or the same, in
            [0, 1], at least exact.
        bias: The mean of self minus teacher; positive is over-estimation.
        mean_absolute_difference: The mean gap's size; at least ``abs(bias)``.
        kappa: Cohen's unweighted kappa; at most 1.
        linear_kappa: Cohen's kappa with linear weights; at most 1.
        quadratic_kappa: Cohen's kappa with quadratic weights; at most 1.
        ordinal_alpha: Krippendorff's ordinal alpha; at most 1.
        ac1: Gwet's AC1; at most 1.
        linear_ac2: Gwet's AC2 with linear weights; at most 1.
        quadratic_ac2: Gwet's AC2 with quadratic weights; at most 1.
        kappa_interval: The unweighted kappa's large-sample interval
            (`kappa_interval`).
        linear_kappa_interval: The linear kappa's.
        quadratic_kappa_interval: The quadratic kappa's.
        bias_interval: The bias's percentile bootstrap interval
            (`bootstrap_interval`), if a source of random numbers was given.
        ordinal_alpha_interval: The ordinal alpha's, likewise.
        ac1_interval: AC1's, likewise.
        linear_ac2_interval: The linear AC2's, likewise.
        quadratic_ac2_interval: The quadratic AC2's, likewise.

    Raises:
        InvalidDataError: If a number is not finite or outside its range, or an
            interval is not about its statistic's value.
    """

    __repr__ = short_repr

    pairs: int = integer_field(minimum=1)
    exact_agreement: float = number_field(minimum=0, maximum=1)
    adjacent_agreement: float = number_field(minimum=0, maximum=1)
    bias: float = number_field()
    mean_absolute_difference: float = number_field()
    kappa: float = number_field(maximum=1)
    linear_kappa: float = number_field(maximum=1)
    quadratic_kappa: float = number_field(maximum=1)
    ordinal_alpha: float = number_field(maximum=1)
    ac1: float | None = number_field(maximum=1, optional=True, default=None)
    linear_ac2: float | None = number_field(maximum=1, optional=True, default=None)
    quadratic_ac2: float | None = number_field(maximum=1, optional=True, default=None)
    kappa_interval: ConfidenceInterval | None = None
    linear_kappa_interval: ConfidenceInterval | None = None
    quadratic_kappa_interval: ConfidenceInterval | None = None
    bias_interval: ConfidenceInterval | None = None
    ordinal_alpha_interval: ConfidenceInterval | None = None
    ac1_interval: ConfidenceInterval | None = None
    linear_ac2_interval: ConfidenceInterval | None = None
    quadratic_ac2_interval: ConfidenceInterval | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        valid = check.declared(self)
        # The bounds that follow from another field, once both passed their own.
        if valid["exact_agreement"] and valid["adjacent_agreement"]:
            check.number(
                "adjacent_agreement",
                self.adjacent_agreement,
                minimum=self.exact_agreement,
            )
        if valid["bias"] and valid["mean_absolute_difference"]:
            check.number(
                "mean_absolute_difference",
                self.mean_absolute_difference,
                minimum=abs(self.bias),
            )
        for name in _INTERVALS:
            path = f"{name}_interval"
            interval = getattr(self, path)
            if interval is None or not check.instance(
                path, interval, ConfidenceInterval
            ):
                continue
            value = getattr(self, name)
            if not valid[name]:
                continue  # its own problem is reported
            if value is None:
                check.add(path, f"must be left out where {name} is (got an interval)")
            elif interval.estimate != value:
                check.add(
                    f"{path}.estimate",
                    f"must be {name} ({shown(value)}) (got {shown(interval.estimate)})",
                )
        check.done()

    @property
    def estimation(self) -> Estimation:
        """Whether the students over-estimate, under-estimate, or neither, on average."""
        if self.bias > 0:
            return Estimation.OVER
        if self.bias < 0:
            return Estimation.UNDER
        return Estimation.MATCHED


def calibrate(
    self_ratings: Iterable[float],
    teacher_ratings: Iterable[float],
    categories: Iterable[float],
    *,
    rng: RandomSource | None = None,
    resamples: int = 1000,
    confidence: float = 0.95,
) -> Calibration:
    """Return every calibration statistic of paired self and teacher ratings.

    The ratings are checked and tallied once, and every statistic is computed from
    the tally: a million pairs on a 4-point scale take a fraction of a second.
    Adjacent agreement counts neighbouring categories in their order. The three
    kappas come with their large-sample intervals (`kappa_interval`). Given *rng*,
    a ``random.Random`` the caller seeded, the bias, the ordinal alpha, AC1 and the
    two AC2s also get percentile bootstrap intervals, all from the same
    *resamples* resamples (`bootstrap_interval`); the same seed gives the same
    intervals.

    Args:
        self_ratings: The students' ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, lowest first, as for `weighted_kappa`.
        rng: A source of random numbers for the bootstrap intervals, or ``None``
            (the default) for none.
        resamples: How many bootstrap resamples, with *rng*; at least 2.
        confidence: The confidence level of every interval, strictly between 0
            and 1.

    Returns:
        The statistics, as one value that serializes.

    Raises:
        InvalidDataError: As `weighted_kappa` does; if *resamples* is below 2 or
            *confidence* is not strictly between 0 and 1.
        ArgumentTypeError: If *rng* is not a source of random numbers, *resamples*
            not a whole number or *confidence* not a number.

    Example:
        >>> result = calibrate([3, 2, 4, 3, 1, 2, 4, 3], [2, 2, 3, 3, 1, 1, 4, 2],
        ...                    [1, 2, 3, 4])
        >>> result.bias, result.estimation.value, round(result.quadratic_kappa, 3)
        (0.5, 'over', 0.765)
        >>> round(result.ac1, 3), round(result.quadratic_kappa_interval.low, 3)
        (0.338, 0.546)
    """
    check = Checker(arguments=True)
    mine = listed(check, "self_ratings", self_ratings, "ratings")
    theirs = listed(check, "teacher_ratings", teacher_ratings, "ratings")
    levels = listed(check, "categories", categories, "levels")
    check.done()
    level = check_confidence(confidence)
    count = check_resampling(rng, resamples) if rng is not None else 0
    paired = Paired(mine, theirs, levels)
    fields: dict[str, Any] = {
        name: as_float(function(paired, paired.counts))
        for name, (_, function) in STATISTICS.items()
    }
    kappas: dict[str, Weights] = {
        "kappa": "identity",
        "linear_kappa": "linear",
        "quadratic_kappa": "quadratic",
    }
    intervals = {
        name: large_sample(paired, weights, level) for name, weights in kappas.items()
    }
    if rng is not None:
        intervals.update(
            bootstrap(paired, _BOOTSTRAPPED, rng=rng, resamples=count, confidence=level)
        )
    fields.update(
        (f"{name}_interval", interval) for name, interval in intervals.items()
    )
    return Calibration(pairs=paired.n, **fields)
