"""Calibration statistics: how well students' self-ratings match their teacher's.

Every function takes paired ratings: two sequences of equal length, the student's
ratings first and the teacher's second, one pair per piece of work (or per criterion
of it). `krippendorff_alpha` takes one sequence per rater instead, and allows missing
ratings. Lists, tuples, NumPy arrays and pandas Series all serve as sequences.

All arithmetic is exact: ratings are turned into `fractions.Fraction` (every float is
an exact binary fraction, so nothing is lost), and the result is rounded to a float
only at the end.

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
import numbers
from collections import Counter
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, Literal

import attrs

from selfassess._validate import Checker, shown, to_float
from selfassess.errors import InvalidDataError

__all__ = [
    "Calibration",
    "Estimation",
    "adjacent_agreement",
    "bias",
    "calibrate",
    "exact_agreement",
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


KappaWeights = Literal["unweighted", "linear", "quadratic"]
AlphaLevel = Literal["nominal", "ordinal", "interval"]


def _number(check: Checker, path: str, value: object) -> Fraction | None:
    # NumPy's and pandas' scalars (numpy.int64 and the like) register with the
    # numbers ABCs without being int or float: accept them as the numbers they are.
    if not isinstance(value, (bool, int, float)):
        if isinstance(value, numbers.Integral):
            value = int(value)
        elif isinstance(value, numbers.Real):
            value = float(value)
    if not check.number(path, value):
        return None
    assert isinstance(value, (int, float))  # for mypy: number() checked it
    return Fraction(value)


def _listed(check: Checker, path: str, values: object, what: str) -> list[Any] | None:
    """Return *values* as a list if it is a sequence of items; else record why not.

    Any iterable but a string, bytes or a mapping counts, so that NumPy arrays and
    pandas Series are accepted as they are.
    """
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        check.add(path, f"must be a sequence of {what} (got {shown(values)})")
        return None
    return list(values)


def _pairs(
    self_ratings: Iterable[float], teacher_ratings: Iterable[float]
) -> list[tuple[Fraction, Fraction]]:
    """Check paired ratings and return them as exact fractions."""
    check = Checker()
    mine_listed = _listed(check, "self_ratings", self_ratings, "ratings")
    theirs_listed = _listed(check, "teacher_ratings", teacher_ratings, "ratings")
    check.done()
    assert mine_listed is not None
    assert theirs_listed is not None
    self_ratings, teacher_ratings = mine_listed, theirs_listed
    if len(self_ratings) != len(teacher_ratings):
        message = (
            f"must have as many ratings as self_ratings ({len(self_ratings)}) "
            f"(got {len(teacher_ratings)})"
        )
        raise InvalidDataError.single("teacher_ratings", message)
    if not self_ratings:
        raise InvalidDataError.single("self_ratings", "must have at least one pair")
    pairs = []
    for index, (mine, theirs) in enumerate(
        zip(self_ratings, teacher_ratings, strict=True)
    ):
        a = _number(check, f"self_ratings[{index}]", mine)
        b = _number(check, f"teacher_ratings[{index}]", theirs)
        if a is not None and b is not None:
            pairs.append((a, b))
    check.done()
    return pairs


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
    pairs = _pairs(self_ratings, teacher_ratings)
    return float(Fraction(sum(a == b for a, b in pairs), len(pairs)))


def adjacent_agreement(
    self_ratings: Iterable[float], teacher_ratings: Iterable[float]
) -> float:
    """Return the share of pairs whose ratings are within one level of each other.

    Exact agreement counts as adjacent too, as in the rater-agreement literature
    ("exact plus adjacent agreement"). Ratings are taken to be level points one apart,
    as on a 4-point scale.

    Args:
        self_ratings: The student's ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.

    Returns:
        A share in [0, 1].

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, or a rating is not
            a finite number.

    Example:
        >>> adjacent_agreement([4, 2, 1], [3, 2, 3])
        0.6666666666666666
    """
    pairs = _pairs(self_ratings, teacher_ratings)
    return float(Fraction(sum(abs(a - b) <= 1 for a, b in pairs), len(pairs)))


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
    pairs = _pairs(self_ratings, teacher_ratings)
    return _as_float(sum((a - b for a, b in pairs), Fraction(0)) / len(pairs))


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
    pairs = _pairs(self_ratings, teacher_ratings)
    return _as_float(sum((abs(a - b) for a, b in pairs), Fraction(0)) / len(pairs))


def _as_float(mean: Fraction) -> float:
    """The exact mean as a float, or a clear error when no float can hold it."""
    try:
        return float(mean)
    except OverflowError:
        message = "must differ by amounts a float can hold (got a mean beyond 1.8e308)"
        raise InvalidDataError.single("self_ratings", message) from None


def _category_indexes(categories: Iterable[float]) -> dict[Fraction, int]:
    check = Checker()
    listed = _listed(check, "categories", categories, "levels")
    check.done()
    assert listed is not None  # for mypy: done() raised otherwise
    indexes: dict[Fraction, int] = {}
    for index, category in enumerate(listed):
        value = _number(check, f"categories[{index}]", category)
        if value is None:
            continue
        if value in indexes:
            check.add(
                f"categories[{index}]",
                f"category {shown(category)} is already used at categories[{indexes[value]}]",
            )
        else:
            indexes[value] = index
    if not check.problems and len(indexes) < 2:
        check.add("categories", f"must have at least 2 categories (got {len(indexes)})")
    check.done()
    return indexes


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
    levels still widen the linear and quadratic weights.

    When every rating of both raters is one and the same category, chance
    disagreement is zero and the formula is 0/0; the result is then 1.0, since the
    raters agree on every pair.

    Args:
        self_ratings: The student's ratings, each one of *categories*.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, in order (lowest first), at least two,
            no repeats; such as ``[1, 2, 3, 4]``.
        weights: ``"unweighted"``, ``"linear"`` (the default) or ``"quadratic"``.

    Returns:
        The kappa, 1 for perfect agreement, 0 for agreement no better than
        chance, negative for worse.

    Raises:
        InvalidDataError: If there are no pairs, the lengths differ, a rating or
            category is not a finite number, a rating is not one of the categories,
            the categories repeat or are fewer than two, or *weights* is unknown.

    Example:
        >>> self_ratings = [3, 2, 4, 3, 1, 2, 4, 3]
        >>> teacher_ratings = [2, 2, 3, 3, 1, 1, 4, 2]
        >>> round(weighted_kappa(self_ratings, teacher_ratings, [1, 2, 3, 4]), 3)
        0.568
        >>> round(weighted_kappa(self_ratings, teacher_ratings, [1, 2, 3, 4], "quadratic"), 3)
        0.765
    """
    if weights not in ("unweighted", "linear", "quadratic"):
        message = (
            f"must be 'unweighted', 'linear' or 'quadratic' (got {shown(weights)})"
        )
        raise InvalidDataError.single("weights", message)
    pairs = _pairs(self_ratings, teacher_ratings)
    indexes = _category_indexes(categories)
    check = Checker()
    known = ", ".join(f"{float(value):g}" for value in indexes)
    coded: list[tuple[int, int]] = []
    for number, (a, b) in enumerate(pairs):
        for name, value in (("self_ratings", a), ("teacher_ratings", b)):
            if value not in indexes:
                check.add(
                    f"{name}[{number}]",
                    f"must be one of the categories ({known}) (got {float(value):g})",
                )
        if a in indexes and b in indexes:
            coded.append((indexes[a], indexes[b]))
    check.done()

    k = len(indexes)

    def weight(i: int, j: int) -> Fraction:
        if weights == "unweighted":
            return Fraction(int(i != j))
        if weights == "linear":
            return Fraction(abs(i - j), k - 1)
        return Fraction((i - j) ** 2, (k - 1) ** 2)

    n = len(coded)
    observed = Counter(coded)
    rows = Counter(i for i, _ in coded)
    columns = Counter(j for _, j in coded)
    observed_disagreement = (
        sum((weight(i, j) * count for (i, j), count in observed.items()), Fraction(0))
        / n
    )
    expected_disagreement = sum(
        (weight(i, j) * rows[i] * columns[j] for i in rows for j in columns),
        Fraction(0),
    ) / (n * n)
    if expected_disagreement == 0:
        # Both raters used one and the same category throughout: they agree on
        # every pair, and there was no room for chance to do anything else.
        return 1.0
    return float(1 - observed_disagreement / expected_disagreement)


def _unit_values(
    ratings: Iterable[Iterable[float | None]],
) -> list[list[Fraction]]:
    """Check the rater-by-unit table and return, per unit, its values (no gaps)."""
    check = Checker()
    raters = _listed(check, "ratings", ratings, "raters")
    check.done()
    assert raters is not None  # for mypy: done() raised otherwise
    if len(raters) < 2:
        check.add("ratings", f"must have at least 2 raters (got {len(raters)})")
        check.done()
    rows = [
        _listed(check, f"ratings[{index}]", rater, "ratings")
        for index, rater in enumerate(raters)
    ]
    check.done()
    table_rows = [row for row in rows if row is not None]
    units = len(table_rows[0])
    for index, rater in enumerate(table_rows[1:], start=1):
        if len(rater) != units:
            check.add(
                f"ratings[{index}]",
                f"must rate as many units as ratings[0] ({units}) (got {len(rater)})",
            )
    check.done()
    table: list[list[Fraction]] = [[] for _ in range(units)]
    for r, rater in enumerate(table_rows):
        for u, value in enumerate(rater):
            if value is None:
                continue
            exact = _number(check, f"ratings[{r}][{u}]", value)
            if exact is not None:
                table[u].append(exact)
    check.done()
    return table


def _delta_squared(
    level: AlphaLevel, frequency: dict[Fraction, Fraction]
) -> dict[tuple[Fraction, Fraction], Fraction]:
    """Krippendorff's difference function for each ordered pair of values."""
    values = sorted(frequency)
    deltas: dict[tuple[Fraction, Fraction], Fraction] = {}
    for i, c in enumerate(values):
        for j, k in enumerate(values):
            if level == "nominal":
                delta = Fraction(int(c != k))
            elif level == "interval":
                delta = (c - k) ** 2
            else:
                # Ordinal: (sum of n_g for g from c to k, minus (n_c + n_k) / 2) squared.
                low, high = min(i, j), max(i, j)
                between = sum(
                    (frequency[values[g]] for g in range(low, high + 1)), Fraction(0)
                )
                delta = (between - (frequency[c] + frequency[k]) / 2) ** 2
            deltas[c, k] = delta
    return deltas


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
    if level not in ("nominal", "ordinal", "interval"):
        message = f"must be 'nominal', 'ordinal' or 'interval' (got {shown(level)})"
        raise InvalidDataError.single("level", message)
    table = [values for values in _unit_values(ratings) if len(values) >= 2]
    if not table:
        message = "must have at least one unit rated by two raters"
        raise InvalidDataError.single("ratings", message)
    coincidence: dict[tuple[Fraction, Fraction], Fraction] = {}
    for values in table:
        share = Fraction(1, len(values) - 1)
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidence[c, k] = coincidence.get((c, k), Fraction(0)) + share
    frequency: dict[Fraction, Fraction] = {}
    for (c, _), count in coincidence.items():
        frequency[c] = frequency.get(c, Fraction(0)) + count
    n = sum(frequency.values(), Fraction(0))
    deltas = _delta_squared(level, frequency)
    observed = sum(
        (count * deltas[pair] for pair, count in coincidence.items()), Fraction(0)
    )
    expected = sum(
        (
            frequency[c] * frequency[k] * deltas[c, k]
            for c in frequency
            for k in frequency
        ),
        Fraction(0),
    )
    if expected == 0:
        return 1.0  # a single value throughout: complete agreement (0/0 by formula)
    return float(1 - (n - 1) * observed / expected)


@attrs.frozen(kw_only=True)
class Calibration:
    """Every calibration statistic of one set of paired ratings, as one value.

    Build it with `calibrate`. Each field is the function of the same name (the
    kappas are `weighted_kappa` with the weights named, the alpha is
    `krippendorff_alpha` at the ordinal level).

    Attributes:
        pairs: How many pairs of ratings; at least 1.
        exact_agreement: The share of pairs with the same rating, in [0, 1].
        adjacent_agreement: The share within one level, in [0, 1], at least exact.
        bias: The mean of self minus teacher; positive is over-estimation.
        mean_absolute_difference: The mean gap's size; at least ``abs(bias)``.
        kappa: Cohen's unweighted kappa; at most 1.
        linear_kappa: Cohen's kappa with linear weights; at most 1.
        quadratic_kappa: Cohen's kappa with quadratic weights; at most 1.
        ordinal_alpha: Krippendorff's ordinal alpha; at most 1.

    Raises:
        InvalidDataError: If a number is not finite or outside its range.
    """

    pairs: int
    exact_agreement: float = attrs.field(converter=to_float)
    adjacent_agreement: float = attrs.field(converter=to_float)
    bias: float = attrs.field(converter=to_float)
    mean_absolute_difference: float = attrs.field(converter=to_float)
    kappa: float = attrs.field(converter=to_float)
    linear_kappa: float = attrs.field(converter=to_float)
    quadratic_kappa: float = attrs.field(converter=to_float)
    ordinal_alpha: float = attrs.field(converter=to_float)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.integer("pairs", self.pairs, minimum=1)
        if check.number("exact_agreement", self.exact_agreement, minimum=0, maximum=1):
            check.number(
                "adjacent_agreement",
                self.adjacent_agreement,
                minimum=self.exact_agreement,
                maximum=1,
            )
        if check.number("bias", self.bias):
            check.number(
                "mean_absolute_difference",
                self.mean_absolute_difference,
                minimum=abs(self.bias),
            )
        for name in ("kappa", "linear_kappa", "quadratic_kappa", "ordinal_alpha"):
            check.number(name, getattr(self, name), maximum=1)
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
) -> Calibration:
    """Return every calibration statistic of paired self and teacher ratings.

    Args:
        self_ratings: The students' ratings.
        teacher_ratings: The teacher's ratings of the same work, in the same order.
        categories: Every level of the scale, lowest first, as for `weighted_kappa`.

    Returns:
        The statistics, as one value that serializes.

    Raises:
        InvalidDataError: As `weighted_kappa` does.

    Example:
        >>> result = calibrate([3, 2, 4, 3, 1, 2, 4, 3], [2, 2, 3, 3, 1, 1, 4, 2],
        ...                    [1, 2, 3, 4])
        >>> result.bias, result.estimation.value, round(result.quadratic_kappa, 3)
        (0.5, 'over', 0.765)
    """
    check = Checker()
    mine = _listed(check, "self_ratings", self_ratings, "ratings")
    theirs = _listed(check, "teacher_ratings", teacher_ratings, "ratings")
    levels = _listed(check, "categories", categories, "levels")
    check.done()
    assert mine is not None  # for mypy: done() raised otherwise
    assert theirs is not None
    assert levels is not None
    kappas = {
        weights: weighted_kappa(mine, theirs, levels, weights)
        for weights in ("unweighted", "linear", "quadratic")
    }
    return Calibration(
        pairs=len(mine),
        exact_agreement=exact_agreement(mine, theirs),
        adjacent_agreement=adjacent_agreement(mine, theirs),
        bias=bias(mine, theirs),
        mean_absolute_difference=mean_absolute_difference(mine, theirs),
        kappa=kappas["unweighted"],
        linear_kappa=kappas["linear"],
        quadratic_kappa=kappas["quadratic"],
        ordinal_alpha=krippendorff_alpha([mine, theirs], "ordinal"),
    )
