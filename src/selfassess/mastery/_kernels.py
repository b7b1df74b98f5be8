"""The mastery kernels: one rule each, from a list of scores to one number.

Scores are chronological, oldest first. Every kernel returns ``None`` when there are
no scores (or, for the rules that wait for enough evidence, not enough yet) and an
unrounded value otherwise; rounding and clamping to a scale belong to the policy
that calls them (`selfassess.mastery.MasteryPolicy`).

The public kernels check their input and raise `~selfassess.errors.InvalidDataError`
for anything that is not a finite number. The private ``_`` versions skip the check;
the policies call them on scores that `selfassess.Evidence` has already checked.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Literal, Protocol

from selfassess._numbers import mean_of
from selfassess._validate import Arguments, Checker, shown
from selfassess.errors import InvalidDataError

__all__ = [
    "average",
    "bkt_posterior",
    "decaying_average",
    "highest",
    "latest",
    "median",
    "mode",
    "n_mastery",
    "power_law",
    "recent_average",
    "streak",
    "weighted_average",
]


def _scores(scores: Iterable[float], path: str = "scores") -> list[float]:
    """Return the scores as floats, or raise listing every one that is not finite.

    Not a list at all is the caller's mistake (`ArgumentTypeError`); an item that is
    not a finite number is bad data (`InvalidDataError`, with its index).
    """
    check = Arguments()
    found = check.numbers(path, scores)
    check.done()
    return list(found)


def _fraction(name: str, value: object, *, open_ends: bool = False) -> float:
    """Check that a rate or weight lies in [0, 1] (or (0, 1) with *open_ends*)."""
    check = Arguments()
    found = check.number(name, value, minimum=0.0, maximum=1.0)
    check.done()
    if open_ends and found in (0, 1):
        message = f"must be strictly between 0 and 1 (got {shown(value)})"
        raise InvalidDataError.single(name, message)
    return found


def _count(name: str, value: object) -> int:
    check = Arguments()
    found = check.integer(name, value, minimum=1)
    check.done()
    return found


def _threshold(value: object) -> float:
    check = Arguments()
    found = check.number("threshold", value)
    check.done()
    return found


# The unchecked kernels. Each takes its parameters first and the scores last (any
# iterable of floats, oldest first, read once), so that a policy binds the
# parameters once with `functools.partial` and hands each group's scores over as
# they are read: the kernels that need a list build it, the others need none.


def _average(scores: Iterable[float]) -> float | None:
    values = list(scores)
    return mean_of(values) if values else None


def _latest(scores: Iterable[float]) -> float | None:
    values = list(scores)
    return values[-1] if values else None


def _highest(scores: Iterable[float]) -> float | None:
    return max(scores, default=None)


def _median(scores: Iterable[float]) -> float | None:
    ordered = sorted(scores)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return ordered[middle - 1] / 2 + ordered[middle] / 2


def _mode(scores: Iterable[float]) -> float | None:
    values = list(scores)
    if not values:
        return None
    counts = Counter(values)
    most = max(counts.values())
    # A tie goes to the most recent of the tied values: the first from the newest.
    return next(score for score in reversed(values) if counts[score] == most)


def _recent_average(n: int, scores: Iterable[float]) -> float | None:
    return _average(list(scores)[-n:])


def _decaying_average(weight: float, scores: Iterable[float]) -> float | None:
    # PowerSchool's decaying average and Canvas's newer one: x1 = s1,
    # xk = weight * sk + (1 - weight) * x(k-1), written here alone.
    running = None
    rest = 1 - weight
    for score in scores:
        running = score if running is None else weight * score + rest * running
    return running


def _decaying_step(weight: float, running: float, score: float) -> float:
    """The decaying average one score on: the rule on (running value, new score)."""
    found = _decaying_average(weight, (running, score))
    assert found is not None  # for mypy: two scores always give a value
    return found


def _weighted_average(weight: float, scores: Iterable[float]) -> float | None:
    # Canvas's older "decaying average": weight * last + (1 - weight) * mean(rest).
    values = list(scores)
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    before = mean_of(values[:-1])
    return weight * values[-1] + (1 - weight) * before


def _n_mastery(n: int, threshold: float, scores: Iterable[float]) -> float | None:
    # Canvas's "n number of times": nothing until n scores reach mastery, then the
    # mean of the scores at or above it.
    met = [score for score in scores if score >= threshold]
    if len(met) < n:
        return None
    return mean_of(met)


def _streak(n: int, threshold: float, scores: Iterable[float]) -> float | None:
    # The mean of the latest run of n scores in a row at or above the threshold:
    # one pass finds where that run ends, then one mean.
    values = list(scores)
    run = 0
    end = None
    for index, score in enumerate(values):
        run = run + 1 if score >= threshold else 0
        if run >= n:
            end = index + 1
    if end is None:
        return None
    return mean_of(values[end - n : end])


def _power_law(at: str, floor: float | None, scores: Iterable[float]) -> float | None:
    # Marzano (2006): least squares on ln s = ln a + b ln t, t = 1..k.
    values = list(scores)
    if not values:
        return None
    logs = []
    for index, score in enumerate(values):
        used = score if floor is None else max(score, floor)
        if used <= 0:
            message = (
                "must be greater than 0 for a power law, or give floor= "
                f"(got {shown(score)})"
            )
            raise InvalidDataError.single(f"scores[{index}]", message)
        logs.append(math.log(used))
    if len(values) == 1:  # checked like the others first: DESIGN's rule holds for one
        return values[0]
    k = len(values)
    times = [math.log(t) for t in range(1, k + 1)]
    mean_x = math.fsum(times) / k
    mean_y = math.fsum(logs) / k
    sxx = math.fsum((x - mean_x) ** 2 for x in times)
    sxy = math.fsum(
        (x - mean_x) * (y - mean_y) for x, y in zip(times, logs, strict=True)
    )
    slope = sxy / sxx
    intercept = mean_y - slope * mean_x
    t = k if at == "last" else k + 1
    try:
        return math.exp(intercept + slope * math.log(t))
    except OverflowError:
        message = "must be fitted by a power law whose value is a finite number"
        raise InvalidDataError.single("scores", message) from None


def _bkt_step(
    known: float,
    correct: bool,
    *,
    learn: float,
    guess: float,
    slip: float,
    forget: float,
) -> float:
    # Corbett & Anderson 1995: condition P(L) on the observation (Bayes), then apply
    # the learning (and, if given, forgetting) transition.
    if correct:
        hit = known * (1 - slip)
        posterior = hit / (hit + (1 - known) * guess)
    else:
        miss = known * slip
        posterior = miss / (miss + (1 - known) * (1 - guess))
    return posterior * (1 - forget) + (1 - posterior) * learn


class _BktRates(Protocol):
    """The rates of Bayesian Knowledge Tracing, as `BktParameters` holds them."""

    @property
    def learn(self) -> float: ...
    @property
    def guess(self) -> float: ...
    @property
    def slip(self) -> float: ...
    @property
    def forget(self) -> float: ...


def _bkt_scores(
    known: float, rates: _BktRates, threshold: float, scores: Iterable[float]
) -> float:
    """P(L) from *known* (the prior, or a value so far) after the scores.

    A score at or above *threshold* is a correct answer.
    """
    learn, guess, slip, forget = rates.learn, rates.guess, rates.slip, rates.forget
    for score in scores:
        known = _bkt_step(
            known,
            score >= threshold,
            learn=learn,
            guess=guess,
            slip=slip,
            forget=forget,
        )
    return known


# The public kernels.


def average(scores: Iterable[float]) -> float | None:
    """Return the arithmetic mean of the scores (Canvas and PowerSchool "average").

    Args:
        scores: The scores, oldest first.

    Returns:
        The mean, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number.

    Example:
        >>> round(average([1, 4, 2, 3, 5, 3, 6]), 2)
        3.43
    """
    return _average(_scores(scores))


def latest(scores: Iterable[float]) -> float | None:
    """Return the most recent score (Canvas and PowerSchool "most recent").

    Args:
        scores: The scores, oldest first.

    Returns:
        The last score, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number.

    Example:
        >>> latest([2, 4, 3])
        3.0
    """
    return _latest(_scores(scores))


def highest(scores: Iterable[float]) -> float | None:
    """Return the highest score (Canvas and PowerSchool "highest score").

    Args:
        scores: The scores, oldest first.

    Returns:
        The maximum, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number.

    Example:
        >>> highest([2, 4, 3])
        4.0
    """
    return _highest(_scores(scores))


def mode(scores: Iterable[float]) -> float | None:
    """Return the most frequent score; a tie goes to the most recent of the tied values.

    PowerSchool offers the mode as a mastery calculation; gradebooks differ on ties.
    Here the tie goes to whichever of the tied values occurred last, because recent
    evidence says more about what the student can do now.

    Args:
        scores: The scores, oldest first.

    Returns:
        The mode, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number.

    Example:
        >>> mode([3, 2, 2, 3, 4])
        3.0
    """
    return _mode(_scores(scores))


def median(scores: Iterable[float]) -> float | None:
    """Return the median: the middle score, or the mean of the two middle ones.

    Args:
        scores: The scores, in any order.

    Returns:
        The median, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number.

    Example:
        >>> median([1, 4, 2, 3])
        2.5
    """
    return _median(_scores(scores))


def decaying_average(scores: Iterable[float], weight: float = 0.65) -> float | None:
    """Return the recursive decaying average (PowerSchool; Canvas's newer method).

    x1 = s1; xk = weight * sk + (1 - weight) * x(k-1). Each new score takes *weight*
    of the result and the running value the rest, so old scores fade geometrically.

    Args:
        scores: The scores, oldest first.
        weight: The share of the newest score, from 0 to 1 (Canvas's default 65 %).

    Returns:
        The running value after the last score, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number or *weight* is outside
            [0, 1].

    Example:
        >>> round(decaying_average([1, 2, 3, 4]), 6)
        3.484625
    """
    values = _scores(scores)
    return _decaying_average(_fraction("weight", weight), values)


def weighted_average(scores: Iterable[float], weight: float = 0.65) -> float | None:
    """Return Canvas's older "decaying average": the last score against the rest.

    weight * last + (1 - weight) * mean(all but last); one score gives that score.

    Args:
        scores: The scores, oldest first.
        weight: The share of the last score, from 0 to 1 (Canvas's default 65 %).

    Returns:
        The weighted value, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number or *weight* is outside
            [0, 1].

    Example:
        >>> round(weighted_average([1, 2, 3, 4]), 6)
        3.3
    """
    values = _scores(scores)
    return _weighted_average(_fraction("weight", weight), values)


def n_mastery(
    scores: Iterable[float], n: int = 5, threshold: float = 3.0
) -> float | None:
    """Return Canvas's "n number of times": the mean of the scores at mastery.

    ``None`` until at least *n* scores are at or above *threshold*; then the mean of
    all the scores at or above it (scores below it never count).

    Args:
        scores: The scores, in any order.
        n: How many scores must reach the threshold; at least 1.
        threshold: The mastery threshold.

    Returns:
        The mean of the scores at or above the threshold, or ``None``.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score or the threshold is not a finite number, or *n*
            is not a whole number of at least 1.

    Example:
        Canvas's own example, scores 1, 4, 2, 3, 5, 3, 6 with mastery at 3:

        >>> n_mastery([1, 4, 2, 3, 5, 3, 6], n=5, threshold=3)
        4.2
    """
    values = _scores(scores)
    return _n_mastery(_count("n", n), _threshold(threshold), values)


def recent_average(scores: Iterable[float], n: int = 3) -> float | None:
    """Return the mean of the *n* most recent scores (all of them if fewer).

    Args:
        scores: The scores, oldest first.
        n: How many of the newest scores to average; at least 1.

    Returns:
        The mean of the last *n* scores, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score is not a finite number or *n* is not a whole
            number of at least 1.

    Example:
        >>> recent_average([1, 2, 3, 4], n=2)
        3.5
    """
    values = _scores(scores)
    return _recent_average(_count("n", n), values)


def streak(scores: Iterable[float], n: int = 3, threshold: float = 3.0) -> float | None:
    """Return the mean of the latest run of *n* scores in a row at the threshold.

    The streak rule: a standard is mastered once the student scores at or above
    *threshold* *n* times in a row. The value is the mean of the most recent such
    run of *n* consecutive scores; ``None`` while no such run exists.

    Args:
        scores: The scores, oldest first.
        n: How many scores in a row must reach the threshold; at least 1.
        threshold: The mastery threshold.

    Returns:
        The mean of the latest qualifying run, or ``None``.

    Raises:
        ArgumentTypeError: If *scores* is not a list, or a parameter is not of
            its kind (a number, a whole number).
        InvalidDataError: If a score or the threshold is not a finite number, or *n*
            is not a whole number of at least 1.

    Example:
        >>> streak([3, 4, 2, 3, 3, 4, 1], n=3, threshold=3)
        3.3333333333333335
        >>> streak([3, 4, 2, 3], n=3, threshold=3) is None
        True
    """
    values = _scores(scores)
    return _streak(_count("n", n), _threshold(threshold), values)


def power_law(
    scores: Iterable[float],
    at: Literal["last", "next"] = "last",
    *,
    floor: float | None = None,
) -> float | None:
    """Return Marzano's power-law estimate of the current (or next) score.

    A least-squares fit of ln s = ln a + b ln t over t = 1..k (Marzano 2006,
    "Classroom Assessment and Grading That Work"); the result is the fitted a * k^b
    (``at="last"``, the score the trend says the student has reached) or
    a * (k+1)^b (``at="next"``, the score it predicts for the next attempt). One
    score gives that score. The fitted value is a trend, so unlike the other kernels
    it can lie outside the range of the scores; the policy clamps it to its scale.

    Args:
        scores: The scores, oldest first; each must be above 0 unless *floor* is
            given.
        at: ``"last"`` for the k-th attempt, ``"next"`` for attempt k+1.
        floor: If given (above 0), every score below it is raised to it before the
            logarithm, so that zeros can be fitted.

    Returns:
        The fitted value, or ``None`` for no scores.

    Raises:
        ArgumentTypeError: If *scores* is not a list, *at* not a string or *floor*
            not a number.
        InvalidDataError: (a `ValueError`) If a score is not a finite number, a score
            is at or below 0 with no *floor*, *floor* is not above 0, *at* is
            neither ``"last"`` nor ``"next"``, or the fitted value overflows.

    Example:
        >>> round(power_law([1, 2, 3, 4]), 4), round(power_law([1, 2, 3, 4], at="next"), 4)
        (4.0, 5.0)
    """
    values = _scores(scores)
    check = Checker(arguments=True)
    if not isinstance(at, str):
        check.kind("at", f"must be 'last' or 'next' (got {shown(at)})")
    elif at not in ("last", "next"):
        check.add("at", f"must be 'last' or 'next' (got {shown(at)})")
    if floor is not None and check.number("floor", floor) and floor <= 0:
        check.add("floor", f"must be greater than 0 (got {shown(floor)})")
    check.done()
    return _power_law(at, None if floor is None else float(floor), values)


def bkt_posterior(  # noqa: PLR0917  # positional, as the public API contract fixes it
    correct: Iterable[bool],
    prior: float,
    learn: float,
    guess: float,
    slip: float,
    forget: float = 0.0,
) -> float:
    """Return P(L), the probability the skill is known, after Bayesian Knowledge Tracing.

    Corbett & Anderson (1995), "Knowledge tracing". For each observation, P(L) is
    conditioned on it: a correct answer gives P(L)(1-slip) / (P(L)(1-slip) +
    (1-P(L)) guess), a wrong one P(L) slip / (P(L) slip + (1-P(L))(1-guess)); then
    the transition P(L) = post (1-forget) + (1-post) learn is applied.

    Args:
        correct: The observations, oldest first: ``True`` (or 1) for correct,
            ``False`` (or 0) for wrong.
        prior: P(L0), known before any observation; in [0, 1].
        learn: P(T), learning at each opportunity; in [0, 1].
        guess: P(G), a correct answer without the skill; strictly between 0 and 1.
        slip: P(S), a wrong answer with the skill; strictly between 0 and 1.
        forget: P(F), forgetting at each opportunity; in [0, 1]; 0 in classic BKT.

    Returns:
        P(L) after the last observation; *prior* when there are none.

    Raises:
        ArgumentTypeError: If *correct* is not a list or a probability not a
            number.
        InvalidDataError: If a probability is out of range or an observation is
            neither a boolean nor 0 or 1.

    Example:
        >>> round(bkt_posterior([1, 1, 0, 1], prior=0.3, learn=0.2, guess=0.15, slip=0.1), 4)
        0.9688
    """
    known = _fraction("prior", prior)
    rates = {
        "learn": _fraction("learn", learn),
        "guess": _fraction("guess", guess, open_ends=True),
        "slip": _fraction("slip", slip, open_ends=True),
        "forget": _fraction("forget", forget),
    }
    check = Checker(arguments=True)
    observations = check.listed("correct", correct, "true or false")
    for index, value in enumerate(observations):
        # True or False, or the ints 1 and 0 an export writes for them; never a
        # float, and never anything whose == could be asked.
        if not isinstance(value, int) or value not in (0, 1):
            message = f"must be true or false (got {shown(value)})"
            check.add(f"correct[{index}]", message)
    check.done()
    for value in observations:
        known = _bkt_step(known, bool(value), **rates)
    return known
