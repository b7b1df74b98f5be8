"""Drawing bootstrap resamples of a tally from a caller's ``random.Random``.

Resampling *n* pairs with replacement from a tally of distinct pairs is drawing the
counts of the distinct pairs from a multinomial distribution; drawn as a chain of
binomials, a resample costs time in the number of distinct pairs (16 on a 4-point
scale), not in *n*. ``random.Random.binomialvariate`` exists from Python 3.12 only, so
the binomial draws are written here, from the random numbers of the caller's
generator: the library never creates a generator nor reads another source.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

__all__ = ["RandomSource", "binomial", "multinomial", "percentile"]


@runtime_checkable
class RandomSource(Protocol):
    """A source of random numbers, such as a ``random.Random`` the caller seeded.

    The bootstrap asks it for uniform draws in [0, 1) with its ``random()`` method,
    and for nothing else: any ``random.Random`` serves, seeded by the caller, so that
    the same seed gives the same result. The library never creates one.
    """

    def random(self) -> float:
        """Return the next float, uniform in [0, 1)."""


# Below this mean, draw by counting geometric gaps between successes; above it, by
# Hörmann's transformed rejection, which needs a mean of at least 10.
_SMALL_MEAN = 10.0


def binomial(rng: RandomSource, n: int, p: float) -> int:
    """Draw the number of successes in *n* trials of probability *p*.

    For a small mean, the second waiting-time method (Devroye 1986, Non-Uniform
    Random Variate Generation, X.4.3): the gaps between successes are geometric.
    Otherwise Hörmann's BTRS (1993, "The generation of binomial random variates",
    Journal of Statistical Computation and Simulation 46:101-110), transformed
    rejection with a squeeze; both exact.
    """
    if n <= 0 or p <= 0.0:
        return 0
    if p >= 1.0:
        return n
    if p > 0.5:
        return n - binomial(rng, n, 1.0 - p)
    if n * p < _SMALL_MEAN:
        return _by_waiting_times(rng, n, p)
    return _btrs(rng, n, p)


def _by_waiting_times(rng: RandomSource, n: int, p: float) -> int:
    log_q = math.log1p(-p)
    successes = 0
    trial = 0  # the trial of the last success, from 1
    while True:
        # 1 - random() is in (0, 1], so its log is finite; the gap is geometric.
        gap = math.log(1.0 - rng.random()) / log_q
        if gap >= n - trial:
            return successes
        trial += int(gap) + 1
        successes += 1


def _btrs(rng: RandomSource, n: int, p: float) -> int:
    q = 1.0 - p
    spq = math.sqrt(n * p * q)
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    v_r = 0.92 - 4.2 / b
    alpha = (2.83 + 5.1 / b) * spq
    lpq = math.log(p / q)
    m = math.floor((n + 1) * p)
    h = math.lgamma(m + 1) + math.lgamma(n - m + 1)
    while True:
        u = rng.random() - 0.5
        v = rng.random()
        us = 0.5 - abs(u)
        if us == 0.0:
            continue
        k = math.floor((2.0 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        if us >= 0.07 and v <= v_r:
            return k
        v *= alpha / (a / (us * us) + b)
        if v <= 0.0:
            return k
        if (
            math.log(v)
            <= h - math.lgamma(k + 1) - math.lgamma(n - k + 1) + (k - m) * lpq
        ):
            return k


def multinomial(rng: RandomSource, n: int, weights: Sequence[int]) -> list[int]:
    """Draw how many of *n* draws fall in each cell, cells chosen by their weight.

    As a chain of binomials: the first cell's count among *n* draws, then the
    second's among those left with the first cell's weight taken out, and so on.
    """
    counts = []
    left = n
    weight_left = sum(weights)
    for weight in weights[:-1]:
        drawn = binomial(rng, left, weight / weight_left) if left else 0
        counts.append(drawn)
        left -= drawn
        weight_left -= weight
    counts.append(left)
    return counts


def percentile(ordered: Sequence[float], share: float) -> float:
    """The *share* quantile of sorted values, interpolated linearly.

    The definition of NumPy's default and R's type 7: at position
    ``(len - 1) * share``, between the two values around it.
    """
    at = (len(ordered) - 1) * share
    low = math.floor(at)
    if low + 1 >= len(ordered):
        return ordered[-1]
    return ordered[low] + (at - low) * (ordered[low + 1] - ordered[low])
