"""How sure a calibration statistic is: standard errors and confidence intervals.

Two methods, each where it is established:

- Cohen's kappa, weighted or not, has a large-sample standard error (Fleiss, Cohen
  and Everitt 1969), and its interval is the estimate plus or minus a normal
  quantile times that error: `kappa_interval`.
- Every statistic of `Calibration` has a percentile bootstrap interval (Efron and
  Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13): resample the pairs
  with replacement, compute the statistic on each resample, and take the quantiles
  of the results: `bootstrap_interval`. The random numbers come from the caller's
  ``random.Random``, so the same seed gives the same interval.
"""

from __future__ import annotations

import enum
import math
import statistics
from collections.abc import Iterable
from typing import Literal

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Checker, integer_field, number_field, shown
from selfassess.errors import ArgumentTypeError, InvalidDataError, Problem
from selfassess.rubrics._agreement import (
    STATISTICS,
    Weights,
    as_float,
    kappa,
    kappa_variance,
)
from selfassess.rubrics._ratings import Paired
from selfassess.rubrics._resample import RandomSource, multinomial, percentile

__all__ = [
    "ConfidenceInterval",
    "IntervalMethod",
    "Statistic",
    "bootstrap",
    "bootstrap_interval",
    "check_confidence",
    "check_resampling",
    "kappa_interval",
    "kappa_weights",
    "large_sample",
]

KappaWeights = Literal["unweighted", "linear", "quadratic"]
Statistic = Literal[
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
]


class IntervalMethod(enum.Enum):
    """How a confidence interval was computed."""

    LARGE_SAMPLE = "large_sample"
    """The estimate plus or minus a normal quantile times its large-sample
    standard error."""
    PERCENTILE_BOOTSTRAP = "percentile_bootstrap"
    """The quantiles of the statistic over resamples of the pairs, drawn with
    replacement."""


@attrs.frozen(kw_only=True)
class ConfidenceInterval:
    """A statistic with its standard error and a confidence interval.

    Attributes:
        estimate: The statistic computed on the data.
        low: The interval's lower end.
        high: The interval's upper end, at least *low*. A large-sample interval is
            symmetric around the estimate and not cut to the statistic's range (a
            kappa's may pass 1): it says how precise the estimate is. A percentile
            bootstrap interval stays within the values the statistic takes, and
            need not hold the estimate.
        standard_error: The large-sample standard error, or the standard
            deviation of the statistic over the resamples; at least 0.
        confidence: The share of intervals built this way expected to hold the
            true value, such as 0.95; strictly between 0 and 1.
        method: How the interval was computed.
        resamples: How many bootstrap resamples (at least 2); 0 for a
            large-sample interval.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    estimate: float = number_field()
    low: float = number_field()
    high: float = number_field()
    standard_error: float = number_field(minimum=0)
    confidence: float = number_field(
        minimum=0, maximum=1, exclusive_minimum=True, exclusive_maximum=True
    )
    method: IntervalMethod
    resamples: int = integer_field(minimum=None, default=0)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        valid = check.declared(self)
        if valid["low"] and valid["high"] and self.high < self.low:
            check.add(
                "high", f"must be at least low ({self.low:g}) (got {self.high:g})"
            )
        if check.member("method", self.method, IntervalMethod) and valid["resamples"]:
            if self.method is IntervalMethod.LARGE_SAMPLE:
                if self.resamples != 0:
                    check.add(
                        "resamples",
                        f"must be 0 for a large-sample interval (got {shown(self.resamples)})",
                    )
                if not check.problems and not self.low <= self.estimate <= self.high:
                    check.add(
                        "estimate",
                        f"must be within low and high ({self.low:g} to {self.high:g}) "
                        f"for a large-sample interval (got {self.estimate:g})",
                    )
            elif self.resamples < 2:
                check.add(
                    "resamples",
                    f"must be at least 2 for a bootstrap interval (got {shown(self.resamples)})",
                )
        check.done()


def kappa_weights(weights: object) -> Weights:
    """The disagreement weights named by `weighted_kappa`'s *weights*.

    Raises:
        InvalidDataError: If *weights* is not one of the three names.
    """
    if not isinstance(weights, str):
        message = (
            f"must be 'unweighted', 'linear' or 'quadratic' (got {shown(weights)})"
        )
        raise ArgumentTypeError([Problem("weights", message)])
    if weights == "unweighted":
        return "identity"
    if weights == "linear":
        return "linear"
    if weights == "quadratic":
        return "quadratic"
    message = f"must be 'unweighted', 'linear' or 'quadratic' (got {shown(weights)})"
    raise InvalidDataError.single("weights", message)


def check_confidence(confidence: object) -> float:
    """Check a confidence level: a number strictly between 0 and 1.

    Raises:
        ArgumentTypeError: If it is not a number.
        InvalidDataError: If it is not strictly between 0 and 1.
    """
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
        message = f"must be a number between 0 and 1 (got {shown(confidence)})"
        raise ArgumentTypeError([Problem("confidence", message)])
    if not 0 < confidence < 1:
        message = f"must be strictly between 0 and 1 (got {shown(confidence)})"
        raise InvalidDataError.single("confidence", message)
    return float(confidence)


MAX_RESAMPLES = 100_000
"""The most resamples a bootstrap takes: far beyond the 1,000 to 2,000 that a
percentile interval needs (Efron and Tibshirani 1993, section 13.3)."""


def check_resampling(rng: object, resamples: object) -> int:
    """Check a bootstrap's random source and number of resamples.

    Raises:
        ArgumentTypeError: If *rng* has no ``random()`` method (it must be a
            ``random.Random``, seeded by the caller) or *resamples* is not a whole
            number.
        InvalidDataError: If *resamples* is below 2 or above `MAX_RESAMPLES`.
    """
    found = []
    if not isinstance(rng, RandomSource):
        found.append(
            Problem(
                "rng",
                f"must be a random.Random, seeded by the caller (got {shown(rng)})",
            )
        )
    if isinstance(resamples, bool) or not isinstance(resamples, int):
        found.append(
            Problem("resamples", f"must be a whole number (got {shown(resamples)})")
        )
    if found:
        raise ArgumentTypeError(found)
    assert isinstance(resamples, int)  # for mypy: checked above
    if not 2 <= resamples <= MAX_RESAMPLES:
        message = f"must be from 2 to {MAX_RESAMPLES:,} (got {shown(resamples)})"
        raise InvalidDataError.single("resamples", message)
    return resamples


def large_sample(
    paired: Paired, weights: Weights, confidence: float
) -> ConfidenceInterval:
    """Cohen's (weighted) kappa with its Fleiss-Cohen-Everitt interval."""
    assert paired.positions is not None  # for mypy: kappa needs categories
    cells = [
        (i, j, count)
        for (i, j), count in zip(paired.positions, paired.counts, strict=True)
    ]
    estimate = float(kappa(cells, weights))
    error = math.sqrt(kappa_variance(cells, paired.k, weights))
    # The normal quantile: 1.96 for 95 %.
    z = statistics.NormalDist().inv_cdf(0.5 + confidence / 2)
    return ConfidenceInterval(
        estimate=estimate,
        low=estimate - z * error,
        high=estimate + z * error,
        standard_error=error,
        confidence=confidence,
        method=IntervalMethod.LARGE_SAMPLE,
    )


def bootstrap(
    paired: Paired,
    names: Iterable[str],
    *,
    rng: RandomSource,
    resamples: int,
    confidence: float,
) -> dict[str, ConfidenceInterval]:
    """Percentile bootstrap intervals of the named statistics, from one set of resamples.

    Each resample draws the counts of the distinct pairs from the multinomial
    distribution of the data's own shares: the same as drawing the pairs one by
    one with replacement, in time that grows with the distinct pairs only.
    """
    functions = {name: STATISTICS[name][1] for name in names}
    draws: dict[str, list[float]] = {name: [] for name in functions}
    # The cells drawn in the order of their ratings, so that the draws do not
    # depend on the order the pairs came in.
    order = sorted(range(len(paired.keys)), key=paired.keys.__getitem__)
    weights = [paired.counts[cell] for cell in order]
    rank = [0] * len(order)
    for at, cell in enumerate(order):
        rank[cell] = at
    for _ in range(resamples):
        drawn = multinomial(rng, paired.n, weights)
        counts = [drawn[at] for at in rank]
        for name, function in functions.items():
            draws[name].append(as_float(function(paired, counts)))
    found = {}
    for name, function in functions.items():
        values = sorted(draws[name])
        found[name] = ConfidenceInterval(
            estimate=as_float(function(paired, paired.counts)),
            low=percentile(values, (1 - confidence) / 2),
            high=percentile(values, (1 + confidence) / 2),
            standard_error=statistics.stdev(values),
            confidence=confidence,
            method=IntervalMethod.PERCENTILE_BOOTSTRAP,
            resamples=resamples,
        )
    return found


def kappa_interval(
    self_ratings: Iterable[float],
    teacher_ratings: Iterable[float],
    categories: Iterable[float],
    weights: KappaWeights = "linear",
    *,
    confidence: float = 0.95,
) -> ConfidenceInterval:
    """Return Cohen's kappa with its large-sample standard error and interval.

    Fleiss, Cohen and Everitt (1969), "Large sample standard errors of kappa and
    weighted kappa", Psychological Bulletin 72(5):323-327: the standard error of an
    estimated kappa, weighted or not (not the one under the hypothesis of no
    agreement, which is for testing kappa against 0). The interval is the estimate
    plus or minus the normal quantile of *confidence* times that error (1.96 for
    95 %); it is symmetric and may pass 1. It assumes the pieces of work were
    sampled independently and is trustworthy from a few dozen pairs; for fewer,
    prefer `bootstrap_interval`.

    Args:
        self_ratings: The students' ratings, each one of *categories*.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, lowest first, as for
            `weighted_kappa`.
        weights: ``"unweighted"``, ``"linear"`` (the default) or ``"quadratic"``.
        confidence: The interval's confidence level, strictly between 0 and 1.

    Returns:
        The kappa (the same as `weighted_kappa`'s), its standard error and the
        interval. One category used throughout has kappa 1 and a standard error
        of 0.

    Raises:
        InvalidDataError: As `weighted_kappa` does, or if *confidence* is not
            strictly between 0 and 1.
        ArgumentTypeError: If *confidence* is not a number.

    Example:
        >>> result = kappa_interval([3, 2, 4, 3, 1, 2, 4, 3], [2, 2, 3, 3, 1, 1, 4, 2],
        ...                         [1, 2, 3, 4], "quadratic")
        >>> round(result.estimate, 3), round(result.standard_error, 3)
        (0.765, 0.112)
        >>> round(result.low, 3), round(result.high, 3)
        (0.546, 0.984)
    """
    chosen = kappa_weights(weights)
    level = check_confidence(confidence)
    paired = Paired(self_ratings, teacher_ratings, categories)
    return large_sample(paired, chosen, level)


def bootstrap_interval(
    self_ratings: Iterable[float],
    teacher_ratings: Iterable[float],
    *,
    statistic: Statistic,
    rng: RandomSource,
    categories: Iterable[float] | None = None,
    resamples: int = 1000,
    confidence: float = 0.95,
) -> ConfidenceInterval:
    """Return a statistic with its percentile bootstrap interval.

    The pairs are resampled with replacement *resamples* times (each resample as
    many pairs as the data), the statistic is computed on each, and the interval
    runs between the quantiles ``(1 - confidence) / 2`` and ``(1 + confidence) / 2``
    of the results, interpolated linearly as NumPy's ``percentile`` does (Efron and
    Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13). The standard error
    is the results' standard deviation. A piece of work is the unit resampled, so the
    interval assumes the pieces were sampled independently; Krippendorff's own
    bootstrap for alpha (Hayes and Krippendorff 2007) resamples differently and can
    give another interval.

    Every draw comes from *rng*'s ``random()``: the same seed and the same data
    give the same interval, whatever the order of the pairs. The cost grows with
    the number of distinct pairs, not of pairs: a class or a district on a 4-point
    scale has at most 16.

    Args:
        self_ratings: The students' ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        statistic: The name of a statistic of `Calibration`: ``"bias"``,
            ``"exact_agreement"``, ``"adjacent_agreement"``,
            ``"mean_absolute_difference"``, ``"kappa"``, ``"linear_kappa"``,
            ``"quadratic_kappa"``, ``"ordinal_alpha"``, ``"ac1"``,
            ``"linear_ac2"`` or ``"quadratic_ac2"``.
        rng: A ``random.Random`` the caller created and seeded.
        categories: Every level of the scale, lowest first; needed by the kappas
            and Gwet's coefficients, and making adjacent agreement count
            neighbouring categories.
        resamples: How many resamples; at least 2, and 1,000 or more for a 95 %
            interval.
        confidence: The interval's confidence level, strictly between 0 and 1.

    Returns:
        The statistic on the data, with the interval and the resamples' standard
        deviation.

    Raises:
        InvalidDataError: As the statistic does; if *statistic* is unknown, needs
            categories that were not given, *resamples* is below 2 or *confidence*
            is not strictly between 0 and 1.
        ArgumentTypeError: If *rng* is not a random source, *resamples* not a
            whole number or *confidence* not a number.

    Example:
        >>> import random
        >>> result = bootstrap_interval([3, 2, 4, 3, 1, 2, 4, 3], [2, 2, 3, 3, 1, 1, 4, 2],
        ...                             statistic="bias", rng=random.Random(2026))
        >>> result.estimate, result.resamples, result.method.value
        (0.5, 1000, 'percentile_bootstrap')
        >>> result.low, result.high
        (0.125, 0.875)
    """
    check = Checker(arguments=True)
    if not isinstance(statistic, str):
        names = ", ".join(repr(name) for name in STATISTICS)
        check.kind("statistic", f"must be one of {names} (got {shown(statistic)})")
    elif statistic not in STATISTICS:
        names = ", ".join(repr(name) for name in STATISTICS)
        check.add("statistic", f"must be one of {names} (got {shown(statistic)})")
    elif STATISTICS[statistic][0] and categories is None:
        check.add("categories", f"must be given for {shown(statistic)}")
    check.done()
    level = check_confidence(confidence)
    count = check_resampling(rng, resamples)
    paired = Paired(self_ratings, teacher_ratings, categories)
    return bootstrap(paired, [statistic], rng=rng, resamples=count, confidence=level)[
        statistic
    ]
