"""The roll-up on columns: every (student, standard) of a table, with NumPy.

`rollup` gives, for a frame, the numbers `selfassess.mastery.rollup` gives for the
same rows as `selfassess.Evidence`: the same value, band, count and raw value, to
the last bit, never one Python object a row. The steps are the in-memory ones on
arrays:

1. group the rows by (student, standard), keep those that count, and order them
   (`selfassess.tables._order`);
2. apply the retake rule, one sort over the rows with a source;
3. run each method on all the groups at once (a table, `_KERNELS`): the recursive
   rules (decaying average, BKT) position by position over every group, which is
   the in-memory arithmetic step for step; the others with sorts and reductions;
4. clamp, round and band (`judge_columns`), as `selfassess.mastery._estimate.judge`:
   the quick path of `selfassess._numbers.round_half_up` on arrays, and the rule
   itself for a value near a decimal tie, once for each distinct one.

Exactness is kept where NumPy could round differently from the in-memory kernels:
a mean there is `math.fsum` then a division, and NumPy's sum equals that only when
no addition rounds. Each mean here is summed with error-free transformations
(Knuth's TwoSum) into a sum and an error term; when the error terms add up without
rounding, their sum and the sum are the exact total, and adding them rounds it
once, as ``fsum`` does. A group where that cannot be shown, a group far longer
than the others, and the power law (whose logarithms NumPy may round differently
from `math.log`) take the in-memory kernel on that group's scores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple, TypeAlias

import attrs

from selfassess._evidence import EvidenceKind
from selfassess._numbers import mean_of, round_half_up
from selfassess._scales import Band
from selfassess._validate import Arguments, shown
from selfassess.errors import ArgumentTypeError, InvalidDataError, Problem
from selfassess.mastery import MasteryMethod, MasteryPolicy, Retakes
from selfassess.mastery._estimate import kernel_of
from selfassess.mastery._methods import METHODS
from selfassess.mastery._rollup import _checked_policies
from selfassess.tables._columns import KINDS, EvidenceColumns
from selfassess.tables._deps import np, nw
from selfassess.tables._frames import Kind, build
from selfassess.tables._order import made_one, ordered_keys, policy_dates, sorted_by
from selfassess.tables._reading import column_names, read_evidence_columns

__all__ = [
    "BANDS",
    "ROLLUP_KINDS",
    "Grouped",
    "RolledUp",
    "confirm_columns",
    "decoded",
    "framed",
    "group_rows",
    "judge_columns",
    "kept_rows",
    "raise_first",
    "raw_values",
    "rollup",
    "rollup_columns",
    "running_values",
]

Array: TypeAlias = "np.ndarray[Any, Any]"

BANDS: tuple[Band, ...] = tuple(Band)
"""The bands by code: a band's code is its place here."""
_BAND_VALUES = np.array([band.value for band in BANDS], dtype=object)
_MASTERED, _NEAR, _NOT_YET, _INSUFFICIENT = (
    BANDS.index(band)
    for band in (Band.MASTERED, Band.NEAR, Band.NOT_YET, Band.INSUFFICIENT_EVIDENCE)
)

_SHORT = 64
"""Positions every group is walked through, however few groups are that long."""
_WIDE = 64
"""Past `_SHORT` positions, how many groups a position must still have to be walked
through with arrays; longer groups take the in-memory kernel, one at a time, so
that one group of a million rows costs one Python loop, not a million steps."""
_HUGE = 2.0**1000
"""A running sum beyond this might make `math.fsum` overflow where the sum here
does not: such a group takes the in-memory mean."""


# Groups as segments of an array: group g holds the rows starts[g] to
# starts[g] + lengths[g] - 1, one group after the other, some maybe empty.


def _starts(lengths: Array) -> Array:
    return np.cumsum(lengths) - lengths


def _positions(lengths: Array) -> Array:
    """Each row's place in its group (0 for the first)."""
    places: Array = np.arange(int(lengths.sum()), dtype=np.int64)
    places -= np.repeat(_starts(lengths), lengths)
    return places


def _walk(lengths: Array) -> tuple[Iterator[tuple[Array, Array]], Array]:
    """The steps of a walk position by position, and the groups left out of it.

    Step *k* gives the groups with a row at position *k* and those rows, made as
    the walk reaches it. The walk covers every position up to `_SHORT`, and
    further while `_WIDE` groups are still that long; the groups longer than that
    are left out (for the in-memory kernel), so that the number of steps never
    grows with one long group.
    """
    count = len(lengths)
    if count == 0:
        return iter(()), np.zeros(0, dtype=np.int64)
    longest_first = np.argsort(-lengths, kind="stable")
    descending = lengths[longest_first]
    reach = max(_SHORT, int(descending[_WIDE - 1]) if count >= _WIDE else 0)
    reach = min(reach, int(descending[0]))
    left_out = int(np.count_nonzero(descending > reach))
    # How many groups are longer than k, for each position k walked.
    deep = np.searchsorted(-descending, -np.arange(reach), side="left").tolist()
    starts = _starts(lengths)

    def steps() -> Iterator[tuple[Array, Array]]:
        for position in range(reach):
            active = longest_first[left_out : deep[position]]
            yield active, starts[active] + position

    return steps(), longest_first[:left_out]


class _Raw(NamedTuple):
    raw: Array
    known: Array
    errors: dict[int, InvalidDataError]


def _in_memory(
    policy: MasteryPolicy, scores: Array, lengths: Array, groups: Array, into: _Raw
) -> _Raw:
    """Run the in-memory kernel on the scores of each of *groups*, into *into*."""
    kernel = kernel_of(policy)
    starts = _starts(lengths)
    for group in groups.tolist():
        start = int(starts[group])
        try:
            value = kernel(scores[start : start + int(lengths[group])].tolist())
        except InvalidDataError as error:
            into.errors[group] = error
            continue
        into.known[group] = value is not None
        into.raw[group] = np.nan if value is None else value
    return into


def _means(scores: Array, lengths: Array) -> Array:
    """Each group's `selfassess._numbers.mean_of`, to the last bit; NaN if empty.

    The sum and its error terms are carried position by position (TwoSum, Knuth
    1969): the sum ``s`` and the error terms' sum ``e`` together are the exact
    total as long as no error term was rounded when added, which the same
    transformation tells; then ``s + e`` rounds the exact total once, as
    `math.fsum` does. Other groups take ``mean_of`` itself.
    """
    count = len(lengths)
    total = np.zeros(count)
    error = np.zeros(count)
    exact = np.ones(count, dtype=bool)
    steps, left_out = _walk(lengths)
    with np.errstate(all="ignore"):
        for active, rows in steps:
            score, before = scores[rows], total[active]
            after = before + score
            part = after - before
            rounded = (before - (after - part)) + (score - part)
            low = error[active]
            low_after = low + rounded
            part = low_after - low
            lost = (low - (low_after - part)) + (rounded - part)
            total[active] = after
            error[active] = low_after
            exact[active] &= (lost == 0) & (np.abs(after) < _HUGE)
        total += error
        means = total / lengths
    exact[left_out] = False
    starts = _starts(lengths)
    for group in np.flatnonzero(~exact & (lengths > 0)).tolist():
        start = int(starts[group])
        means[group] = mean_of(scores[start : start + int(lengths[group])].tolist())
    means[lengths == 0] = np.nan
    return means


# The methods on columns: each takes the scores of every group (in the policy's
# order, retakes applied), the groups' lengths and the policy, and gives each
# group's raw value (NaN for none), whether it has one, and the in-memory errors
# of the groups that raised one.


def _empty(lengths: Array) -> tuple[Array, Array]:
    return np.full(len(lengths), np.nan), lengths > 0


def _average(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    return _Raw(_means(scores, lengths), lengths > 0, {})


def _latest(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    raw[known] = scores[(np.cumsum(lengths) - 1)[known]]
    return _Raw(raw, known, {})


def _highest(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    if len(scores):
        raw[known] = np.maximum.reduceat(scores, _starts(lengths)[known])
    return _Raw(raw, known, {})


def _group_of_rows(lengths: Array) -> Array:
    return np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)


def _median(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    by_size = scores[np.lexsort((scores, _group_of_rows(lengths)))]
    middle = _starts(lengths) + lengths // 2
    odd = known & (lengths % 2 == 1)
    even = known & ~odd
    raw[odd] = by_size[middle[odd]]
    # As the in-memory kernel: each half, then the sum (no overflow).
    raw[even] = by_size[middle[even] - 1] / 2 + by_size[middle[even]] / 2
    return _Raw(raw, known, {})


def _mode(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    if not len(scores):
        return _Raw(raw, known, {})
    group, position = _group_of_rows(lengths), _positions(lengths)
    # Runs of one value in one group, each value's rows oldest first.
    order = np.lexsort((position, scores, group))
    value, in_group = scores[order], group[order]
    ends = np.flatnonzero(
        np.concatenate(
            (
                (in_group[1:] != in_group[:-1]) | (value[1:] != value[:-1]),
                [True],
            )
        )
    )
    times = np.diff(np.concatenate(([-1], ends)))
    last_seen, run_group = position[order][ends], in_group[ends]
    # The most frequent value; a tie to the one seen last (Counter, reversed).
    best = np.lexsort((last_seen, times, run_group))
    chosen = best[np.concatenate((run_group[best][1:] != run_group[best][:-1], [True]))]
    raw[run_group[chosen]] = value[ends[chosen]]
    return _Raw(raw, known, {})


def _recent_average(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    n = policy.count_parameter
    recent = _positions(lengths) >= np.repeat(lengths, lengths) - n
    return _Raw(_means(scores[recent], np.minimum(lengths, n)), lengths > 0, {})


def _decaying_average(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    raw[known] = _carried(scores, lengths, policy, None)[known]
    return _Raw(raw, known, {})


def _weighted_average(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    weight = policy.weight
    before_last = _positions(lengths) < np.repeat(lengths, lengths) - 1
    before = _means(scores[before_last], np.maximum(lengths - 1, 0))
    last = scores[(np.cumsum(lengths) - 1)[known]]
    raw[known] = np.where(
        lengths[known] == 1, last, weight * last + (1 - weight) * before[known]
    )
    return _Raw(raw, known, {})


def _n_mastery(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    met = scores >= policy.mastery_threshold
    times = np.bincount(_group_of_rows(lengths)[met], minlength=len(lengths))
    raw = _means(scores[met], times)
    known = times >= policy.count_parameter
    raw[~known] = np.nan
    return _Raw(raw, known, {})


def _streak(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    raw, known = _empty(lengths)
    n = policy.count_parameter
    if not len(scores):
        return _Raw(raw, known, {})
    place = np.arange(len(scores), dtype=np.int64)
    starts = _starts(lengths)
    # The run at each row: rows since the last below the threshold (or the start).
    below = np.where(scores >= policy.mastery_threshold, -1, place)
    broken = np.maximum(np.maximum.accumulate(below), np.repeat(starts, lengths) - 1)
    ends = np.where(place - broken >= n, place, -1)
    nonempty = lengths > 0
    last_end = np.full(len(lengths), -1, dtype=np.int64)
    last_end[nonempty] = np.maximum.reduceat(ends, starts[nonempty])
    known = last_end >= 0
    window = np.repeat(last_end[known] - n + 1, n) + np.tile(
        np.arange(n, dtype=np.int64), int(known.sum())
    )
    raw[known] = _means(scores[window], np.full(int(known.sum()), n))
    return _Raw(raw, known, {})


def _power_law(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    # math.log, not np.log, whose last bit may differ: the in-memory kernel,
    # group by group.
    raw, known = _empty(lengths)
    groups = np.flatnonzero(lengths > 0)
    return _in_memory(policy, scores, lengths, groups, _Raw(raw, known, {}))


def _bkt(scores: Array, lengths: Array, policy: MasteryPolicy) -> _Raw:
    # No observations: the prior, which the walk starts from.
    raw = _carried(scores, lengths, policy, None)
    return _Raw(raw, np.ones(len(lengths), dtype=bool), {})


def _decaying_step(policy: MasteryPolicy) -> Callable[[Array, Array], Array]:
    weight = policy.weight
    rest = 1 - weight  # as the kernel: the same float, once

    def step(running: Array, score: Array) -> Array:
        found: Array = weight * score + rest * running
        return found

    return step


def _bkt_step(policy: MasteryPolicy) -> Callable[[Array, Array], Array]:
    # Corbett & Anderson 1995, as _kernels._bkt_step, for many groups at once.
    bkt, threshold = policy.bkt, policy.mastery_threshold
    learn, guess, slip, forget = bkt.learn, bkt.guess, bkt.slip, bkt.forget

    def step(known: Array, score: Array) -> Array:
        with np.errstate(all="ignore"):  # the branch not taken may divide by 0
            hit = known * (1 - slip)
            miss = known * slip
            posterior = np.where(
                score >= threshold,
                hit / (hit + (1 - known) * guess),
                miss / (miss + (1 - known) * (1 - guess)),
            )
            found: Array = posterior * (1 - forget) + (1 - posterior) * learn
        return found

    return step


def _highest_step(policy: MasteryPolicy) -> Callable[[Array, Array], Array]:
    return np.maximum


_STEPS: Mapping[
    MasteryMethod, Callable[[MasteryPolicy], Callable[[Array, Array], Array]]
] = {
    MasteryMethod.DECAYING_AVERAGE: _decaying_step,
    MasteryMethod.BKT: _bkt_step,
    MasteryMethod.HIGHEST: _highest_step,
}
"""The step of each method that carries a value on one score at a time."""


def running_values(scores: Array, lengths: Array, policy: MasteryPolicy) -> Array:
    """The raw value after each score, for a method that carries one score by score.

    For the latest score, the highest, the decaying average and BKT (the methods
    with a ``resume`` in `selfassess.mastery._methods.METHODS`): the value at each
    row is what the in-memory kernel gives on the group's scores up to it. Every
    group is walked position by position, the kernel's own arithmetic on arrays;
    a group left out of the walk (`_walk`) takes the method's own ``resume``.

    Args:
        scores: Every group's scores in order, one group after the other.
        lengths: How many scores each group has.
        policy: The policy; its method must be one of the four.
    """
    if policy.method is MasteryMethod.LATEST:
        latest: Array = scores.copy()
        return latest
    values = np.empty(len(scores))
    _carried(scores, lengths, policy, values)
    return values


def _carried(
    scores: Array, lengths: Array, policy: MasteryPolicy, values: Array | None
) -> Array:
    """Each group's value after its last score (its first value if it has none).

    The walk of `running_values`; each value on the way goes into *values* too,
    unless it is ``None``. A group without scores keeps its first value: NaN, or
    BKT's prior.
    """
    method = policy.method
    step = _STEPS[method](policy)
    bkt = method is MasteryMethod.BKT
    running = np.full(len(lengths), policy.bkt.prior if bkt else np.nan)
    steps, left_out = _walk(lengths)
    for position, (active, rows) in enumerate(steps):
        score = scores[rows]
        found = score if position == 0 and not bkt else step(running[active], score)
        running[active] = found
        if values is not None:
            values[rows] = found
    entry = METHODS[method]
    resume = entry.resume
    assert resume is not None  # for mypy: each of the four has one
    arguments = entry.arguments(policy)
    starts = _starts(lengths)
    for group in left_out.tolist():
        start = int(starts[group])
        value: float | None = policy.bkt.prior if bkt else None
        for place, score in enumerate(scores[start : start + lengths[group]].tolist()):
            value = score if value is None else resume(*arguments, value, score)
            if values is not None:
                values[start + place] = value
        running[group] = np.nan if value is None else value
    return running


_KERNELS: Mapping[MasteryMethod, Callable[[Array, Array, MasteryPolicy], _Raw]] = {
    MasteryMethod.AVERAGE: _average,
    MasteryMethod.LATEST: _latest,
    MasteryMethod.HIGHEST: _highest,
    MasteryMethod.MODE: _mode,
    MasteryMethod.MEDIAN: _median,
    MasteryMethod.RECENT_AVERAGE: _recent_average,
    MasteryMethod.DECAYING_AVERAGE: _decaying_average,
    MasteryMethod.WEIGHTED_AVERAGE: _weighted_average,
    MasteryMethod.N_MASTERY: _n_mastery,
    MasteryMethod.STREAK: _streak,
    MasteryMethod.POWER_LAW: _power_law,
    MasteryMethod.POWER_LAW_NEXT: _power_law,
    MasteryMethod.BKT: _bkt,
}
"""Each method on columns: the same raw values as its in-memory kernel."""


def raw_values(
    scores: Array, lengths: Array, policy: MasteryPolicy
) -> tuple[Array, Array, dict[int, InvalidDataError]]:
    """Each group's raw value by the policy's method, as its in-memory kernel gives it.

    Args:
        scores: Every group's counted scores in the policy's order (retakes
            applied), one group after the other (float64).
        lengths: How many scores each group has (some maybe none).
        policy: The policy.

    Returns:
        The raw values (NaN where the kernel gives ``None``), whether each group
        has one, and the error the in-memory kernel raised on each group that
        raised one (the power law on a score at or below 0 with no floor).
    """
    found = _KERNELS[policy.method](scores, lengths, policy)
    raw = found.raw + 0.0  # -0.0 kept as 0.0, as the in-memory roll-up keeps it
    raw[~found.known] = np.nan
    return raw, found.known, found.errors


# Clamping, rounding and banding.


def _rounded(values: Array, decimals: int, known: Array) -> Array:
    """`selfassess._numbers.round_half_up` on every known value, to the last bit.

    Its quick path (``floor(value * 10**decimals + 0.5)``, away from a decimal
    tie and within 2**31) as arrays; every other value through it, one by one.
    """
    scale = float(10**decimals)
    with np.errstate(all="ignore"):
        scaled = values * scale
        whole = np.floor(scaled)
        fraction = scaled - whole
        quick = (
            known
            & (scaled > -2147483648.0)
            & (scaled < 2147483648.0)
            & (np.abs(fraction - 0.5) > 1e-6)
        )
        whole += fraction > 0.5
        # A zero rounds to 0.0 (the in-memory rule keeps the sign of the value,
        # and the judge then adds 0.0).
        rounded = np.where(whole != 0, whole / scale, 0.0)
    slow = np.flatnonzero(known & ~quick)
    if len(slow):
        # Near a decimal tie (or beyond the quick range): the rule itself, once
        # for each distinct value.
        distinct, where = np.unique(values[slow], return_inverse=True)
        done = [round_half_up(value, decimals) for value in distinct.tolist()]
        rounded[slow] = np.array(done, dtype=np.float64)[where.reshape(-1)]
    rounded[~known] = np.nan
    return rounded


def judge_columns(
    raw: Array, known: Array, counts: Array, policy: MasteryPolicy
) -> tuple[Array, Array]:
    """Clamp, round and band every group, as ``selfassess.mastery._estimate.judge``.

    Args:
        raw: The raw values (any float where *known* is ``False``).
        known: Whether each group has a raw value.
        counts: How many scores counted in each group.
        policy: The policy.

    Returns:
        The values (NaN for none) and the bands' codes (places in `BANDS`).
    """
    value = np.where(known, raw, np.nan)
    if policy.clamp and not METHODS[policy.method].probability:
        low, high = policy.scale.minimum, policy.scale.maximum
        value = np.where(value < low, low, np.where(value > high, high, value))
    if policy.decimals is not None:
        value = _rounded(value, policy.decimals, known)
    value += 0.0  # -0.0 stored as 0.0
    cuts = policy.band_cuts
    band = np.full(len(raw), _MASTERED, dtype=np.int8)
    with np.errstate(invalid="ignore"):
        band[value < cuts.mastered] = _NEAR
        band[(value < cuts.near) | ~known] = _NOT_YET
    band[counts < policy.minimum_count] = _INSUFFICIENT
    return value, band


_QUICK_CHECK = KINDS.index(EvidenceKind.QUICK_CHECK)


def confirm_columns(
    columns: EvidenceColumns,
    rows: Array,
    lengths: Array,
    judged: tuple[Array, Array],
    policy: MasteryPolicy,
) -> tuple[Array, Array]:
    """Apply the rule that a passing quick check confirms mastery, to every group.

    As ``selfassess.mastery._estimate.confirmer``: a group near or not yet at
    mastery whose last counted row is a quick check at or above
    `MasteryPolicy.quick_check_pass`, and whose value from the rows before it is
    at or above `MasteryPolicy.quick_check_from`, is mastered, its value raised
    to the mastery cut.

    Args:
        columns: The table.
        rows: The counted rows (row numbers), retakes applied, group after group.
        lengths: How many rows each group has.
        judged: Each group's judged value (NaN for none) and band's code, as
            `judge_columns` gives them.
        policy: The policy of every group.

    Returns:
        The values and the bands' codes, confirmed where the rule says.
    """
    value, band = judged
    if not policy.confirm_with_quick_check or len(lengths) == 0:
        return value, band
    with np.errstate(invalid="ignore"):
        open_band = ((band == _NEAR) | (band == _NOT_YET)) & ~np.isnan(value)
    candidates = np.flatnonzero(open_band & (lengths >= 2))
    if len(candidates) == 0:
        return value, band
    starts = _starts(lengths)[candidates]
    last = rows[starts + lengths[candidates] - 1]
    passing = (columns.kind[last] == _QUICK_CHECK) & (
        columns.score[last] >= policy.quick_check_pass
    )
    candidates, starts = candidates[passing], starts[passing]
    if len(candidates) == 0:
        return value, band
    before = lengths[candidates] - 1
    scores = columns.score[rows[np.repeat(starts, before) + _positions(before)]]
    scores += 0.0  # -0.0 is 0.0, as `Evidence` keeps it
    raw, known, _ = raw_values(scores, before, policy)
    earlier, _ = judge_columns(raw, known, before, policy)
    with np.errstate(invalid="ignore"):
        confirmed = candidates[known & (earlier >= policy.quick_check_from)]
    value, band = value.copy(), band.copy()
    value[confirmed] = np.maximum(value[confirmed], policy.band_cuts.mastered)
    band[confirmed] = _MASTERED
    return value, band


# Grouping and ordering.

_KEEP_ALL, _LATEST, _HIGHEST = 0, 1, 2
_RETAKE_CODES = {Retakes.KEEP_ALL: _KEEP_ALL, Retakes.LATEST: _LATEST}


@attrs.frozen(kw_only=True, eq=False)
class Grouped:
    """A table's rows by group, and each group's counted rows in its policy's order.

    Groups are numbered in order of (student code, standard code); ``out`` puts
    them in the order of `selfassess.mastery.rollup`'s keys.

    Attributes:
        plans: The distinct policies: the default first, then each standard's own.
        out: The groups in the roll-up's order: students by first appearance, then
            each student's standards by first appearance.
        student, standard: Each group's codes.
        plan: Each group's policy, as its place in ``plans``.
        rows: How many rows each group has.
        excused: How many of them are excused.
        counted: How many count (not excused, of a counted kind).
        sequence: The counted rows (row numbers in the table), group after group,
            each group's in its policy's order.
        dates: Every row's date by its policy (a day number).
        retake: The retake rule of each of ``sequence``'s rows (0 keep all, 1
            latest, 2 highest).
    """

    plans: tuple[MasteryPolicy, ...]
    out: Any
    student: Any
    standard: Any
    plan: Any
    rows: Any
    excused: Any
    counted: Any
    sequence: Any
    dates: Any
    retake: Any


def _plans(
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy],
    standards: Array,
) -> tuple[tuple[MasteryPolicy, ...], Array]:
    """The distinct policies, and each standard code's place among them.

    Standards with the same policy (the same object) share one place, as the
    in-memory roll-up shares one plan.
    """
    plans = [policy]
    place_of = {id(policy): 0}
    of_standard = np.zeros(len(standards), dtype=np.int64)
    if policies:
        for code, standard in enumerate(standards.tolist()):
            chosen = policies.get(standard)
            if chosen is None:
                continue
            place = place_of.get(id(chosen))
            if place is None:
                place = place_of[id(chosen)] = len(plans)
                plans.append(chosen)
            of_standard[code] = place
    return tuple(plans), of_standard


def group_rows(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy],
) -> Grouped:
    """Group the rows, keep those that count, and put each group in its policy's order.

    Args:
        columns: The table.
        policy: The policy of every standard not in *policies*.
        policies: Some standards' own policies, by standard id (checked).
    """
    count = len(columns)
    plans, plan_of_standard = _plans(policy, policies, columns.standards)
    one = len(plans) == 1
    # Each row's policy (as a place in plans), read only with several.
    row_plan: Array = (
        plan_of_standard[columns.standard] if not one else plan_of_standard
    )
    counts_kind = np.array(
        [[kind in chosen.kinds for kind in KINDS] for chosen in plans], dtype=bool
    )
    counted = ~columns.excused & (
        counts_kind[0][columns.kind] if one else counts_kind[row_plan, columns.kind]
    )
    dates = policy_dates(columns, policy.order_by)
    for place, chosen in enumerate(plans[1:], start=1):
        if chosen.order_by is not policy.order_by:
            theirs = policy_dates(columns, chosen.order_by)
            dates = np.where(row_plan == place, theirs, dates)
    every = bool(counted.all())
    # Counted rows first in each group, in the policy's order.
    keys = [
        (columns.student, len(columns.students)),
        (columns.standard, len(columns.standards)),
    ]
    if not every:
        keys.append(((~counted).view(np.int8), 2))
    order, ranked = ordered_keys(columns, keys, dates, ties=None if every else counted)
    if ranked is None:  # pragma: no cover - see ordered_keys
        ranked = made_one(keys[:2])[order] * (1 if every else 2)
    placed = ranked if every else ranked // 2  # each row's pair, in order
    starts = np.flatnonzero(
        np.concatenate(([True], placed[1:] != placed[:-1]))
        if count
        else np.zeros(0, bool)
    )
    del placed, ranked  # the memory back: the groups are found
    rows = np.diff(np.concatenate((starts, [count])))
    first_row = np.minimum.reduceat(order, starts) if count else starts
    head = order[starts]
    student = columns.student[head]
    out, _ = sorted_by(
        student * max(count, 1) + first_row, len(columns.students) * max(count, 1)
    )
    if every:
        sequence, counted_in_group = order, rows
    else:
        in_counted = counted[order]
        counted_in_group = np.add.reduceat(in_counted, starts, dtype=np.int64)
        sequence = order[in_counted]
    if columns.excused.any():
        excused = np.add.reduceat(columns.excused[order], starts, dtype=np.int64)
    else:
        excused = np.zeros(len(starts), dtype=np.int64)
    retake_of_plan = np.array(
        [_RETAKE_CODES.get(chosen.retakes, _HIGHEST) for chosen in plans],
        dtype=np.int8,
    )
    if one:
        group_plan = np.zeros(len(starts), dtype=np.int64)
        retake = np.broadcast_to(retake_of_plan[0], len(sequence))  # no memory
    else:
        group_plan = row_plan[head]
        retake = retake_of_plan[row_plan[sequence]]
    return Grouped(
        plans=plans,
        out=out,
        student=student,
        standard=columns.standard[head],
        plan=group_plan,
        rows=rows,
        excused=excused,
        counted=counted_in_group,
        sequence=sequence,
        dates=dates,
        retake=retake,
    )


def kept_rows(
    columns: EvidenceColumns, rows: Array, lengths: Array, retake: Array
) -> Array:
    """Which of the ordered counted rows the retake rule keeps, as a mask.

    As ``MasteryPolicy._retaken``: of the rows of one group with one source, the
    latest rule keeps the highest attempt (the last in order on a tie), the
    highest rule the highest score (the first in order on a tie); rows without a
    source are all kept.

    Args:
        columns: The table.
        rows: The counted rows (row numbers), group after group, each in order.
        lengths: How many rows each group has.
        retake: Each row's rule (0 keep all, 1 latest, 2 highest).
    """
    kept = np.ones(len(rows), dtype=bool)
    if not retake.any():  # every rule keeps all
        return kept
    candidates = np.flatnonzero((retake != _KEEP_ALL) & columns.source_known[rows])
    if len(candidates) == 0:
        return kept
    row = rows[candidates]
    group = _group_of_rows(lengths)[candidates]
    source = columns.source[row]
    latest = retake[candidates] == _LATEST
    best = np.where(latest, columns.attempt[row], columns.score[row])
    later = np.where(latest, candidates, -candidates)
    order = np.lexsort((later, best, source, group))
    group, source = group[order], source[order]
    last = np.concatenate(
        ((group[1:] != group[:-1]) | (source[1:] != source[:-1]), [True])
    )
    kept[candidates] = False
    kept[candidates[order[last]]] = True
    return kept


_SCORE_AT = re.compile(r"scores\[(\d+)\]")


def raise_first(
    grouped: Grouped,
    columns: EvidenceColumns,
    errors: Mapping[int, tuple[InvalidDataError, Array]],
    score_column: str | None = None,
) -> None:
    """Raise the error of the first group (in the roll-up's order) that has one.

    As the in-memory roll-up, which stops at it: under the path
    ``evidence['ana', 'nf1']``, or, with *score_column*, a problem with one score
    under the path of its cell in the frame, ``rows[12].score``.

    Args:
        grouped: The groups.
        columns: The table.
        errors: Each failing group's error, and the rows (row numbers) whose
            scores the kernel read, in its order.
        score_column: The frame's name of the score column, or ``None``.
    """
    if not errors:
        return
    rank = np.empty(len(grouped.out), dtype=np.int64)
    rank[grouped.out] = np.arange(len(grouped.out))
    group = min(errors, key=lambda found: int(rank[found]))
    error, rows = errors[group]
    student = columns.students[grouped.student[group]]
    standard = columns.standards[grouped.standard[group]]
    under = f"evidence[{shown(student)}, {shown(standard)}]"
    problems = []
    for problem in error.problems:
        found = _SCORE_AT.fullmatch(problem.path)
        if score_column is not None and found is not None:
            row = int(columns.rows[rows[int(found.group(1))]])
            problems.append(Problem(f"rows[{row}].{score_column}", problem.message))
        else:
            problems.append(problem.under(under))
    raise InvalidDataError(problems, omitted=error.omitted) from None


# The roll-up.


@attrs.frozen(kw_only=True, eq=False)
class RolledUp:
    """A roll-up as arrays, one entry a (student, standard), in the roll-up's order.

    Attributes:
        student, standard: The group's codes (in the table's ``students`` and
            ``standards``).
        value: The value (NaN for none).
        band: The band's code (its place in `BANDS`).
        count: How many scores counted.
        raw: The kernel's value before clamping and rounding (NaN for none).
        rows: How many rows the group has in the table.
        excused: How many of them are excused.
        not_counted: How many are of a kind the policy does not count (and not
            excused).
        retakes: How many counted rows the retake rule left out.
    """

    student: Any
    standard: Any
    value: Any
    band: Any
    count: Any
    raw: Any
    rows: Any
    excused: Any
    not_counted: Any
    retakes: Any


def rollup_columns(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None = None,
    *,
    score_column: str | None = None,
) -> RolledUp:
    """Roll a table of evidence up, as `selfassess.mastery.rollup` does its rows.

    Args:
        columns: The table.
        policy: The policy of every standard without its own.
        policies: Some standards' own policies, by standard id.
        score_column: The frame's name of the score column, for an error's path
            (see `raise_first`); ``None`` for the in-memory roll-up's paths.

    Returns:
        The roll-up's arrays, in the order of the in-memory roll-up's keys.

    Raises:
        ArgumentTypeError: If *policies* is not a mapping of standard ids to
            policies.
        InvalidDataError: If the power law meets a score at or below 0 with no
            floor (the first such group's error, as the in-memory roll-up).
    """
    grouped = group_rows(columns, policy, _checked_policies(policies))
    groups = len(grouped.out)
    kept = kept_rows(columns, grouped.sequence, grouped.counted, grouped.retake)
    if kept.all():
        final, count = grouped.sequence, grouped.counted
        final_group = None
    else:
        final = grouped.sequence[kept]
        final_group = _group_of_rows(grouped.counted)[kept]
        count = np.bincount(final_group, minlength=groups).astype(np.int64)
    scores = columns.score[final]
    scores += 0.0  # a -0.0 read from a frame is 0.0, as `Evidence` keeps it
    errors: dict[int, tuple[InvalidDataError, Array]] = {}

    def failed(at: Array, found: dict[int, InvalidDataError]) -> None:
        starts = _starts(count)
        for local, error in found.items():
            group = int(at[local])
            start = int(starts[group])
            errors[group] = (error, final[start : start + int(count[group])])

    if len(grouped.plans) == 1:
        raw, known, found = raw_values(scores, count, policy)
        del scores  # no longer needed: the memory back before the output is built
        failed(np.arange(groups), found)
        value, band = judge_columns(raw, known, count, policy)
        value, band = confirm_columns(columns, final, count, (value, band), policy)
    else:
        value = np.full(groups, np.nan)
        band = np.zeros(groups, dtype=np.int8)
        raw = np.full(groups, np.nan)
        if final_group is None:
            final_group = _group_of_rows(count)
        for place, chosen in enumerate(grouped.plans):
            mine = grouped.plan == place
            if not mine.any():
                continue
            lengths = count[mine]
            found_raw, known, found = raw_values(
                scores[mine[final_group]], lengths, chosen
            )
            failed(np.flatnonzero(mine), found)
            judged = judge_columns(found_raw, known, lengths, chosen)
            value[mine], band[mine] = confirm_columns(
                columns, final[mine[final_group]], lengths, judged, chosen
            )
            raw[mine] = found_raw
    raise_first(grouped, columns, errors, score_column)
    out = grouped.out
    return RolledUp(
        student=grouped.student[out],
        standard=grouped.standard[out],
        value=value[out],
        band=band[out],
        count=count[out],
        raw=raw[out],
        rows=grouped.rows[out],
        excused=grouped.excused[out],
        not_counted=(grouped.rows - grouped.excused - grouped.counted)[out],
        retakes=(grouped.counted - count)[out],
    )


def _rollup_coded(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None,
    score_column: str | None,
) -> dict[str, Any]:
    """The roll-up's output columns by name, text as codes and their values.

    Each text column (ids, the band) is ``(codes, values)``: its cells are
    ``values[codes]``, made by `framed` in the frame's own library.
    """
    rolled = rollup_columns(columns, policy, policies, score_column=score_column)
    return {
        "student": (rolled.student, columns.students),
        "standard": (rolled.standard, columns.standards),
        "value": rolled.value,
        "band": (rolled.band, _BAND_VALUES),
        "count": rolled.count,
        "raw": rolled.raw,
        "rows": rolled.rows,
        "excused": rolled.excused,
        "not_counted": rolled.not_counted,
        "retakes": rolled.retakes,
    }


def decoded(data: Mapping[str, Any]) -> dict[str, Array]:
    """Output columns with the text columns' cells spelled out, as object arrays."""
    return {
        name: values[1][values[0]] if isinstance(values, tuple) else values
        for name, values in data.items()
    }


def _rollup_eager(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None = None,
    *,
    score_column: str | None = None,
) -> dict[str, Array]:
    """The roll-up's output columns, from a table in memory, by name.

    The frame-independent part of `rollup`: ids as strings, the band as its
    ``value``, a missing value as NaN. A partition of a distributed frame that
    holds every row of its groups can be rolled up by it alone. *score_column*
    as for `rollup_columns`.
    """
    return decoded(_rollup_coded(columns, policy, policies, score_column))


ROLLUP_KINDS: tuple[tuple[str, Kind], ...] = (
    ("student", "str"),
    ("standard", "str"),
    ("value", "float"),
    ("band", "str"),
    ("count", "int"),
    ("raw", "float"),
    ("rows", "int"),
    ("excused", "int"),
    ("not_counted", "int"),
    ("retakes", "int"),
)
"""The roll-up's columns and their kinds, in order."""


def framed(
    frame: Any, data: Mapping[str, Any], kinds: tuple[tuple[str, Kind], ...]
) -> Any:
    """A result's columns as a frame of *frame*'s library, dtypes fixed.

    The dtypes are those of `selfassess.tables._frames.build`, however many rows;
    a missing float (NaN here) is null in libraries that tell the two apart. A
    text column given as ``(codes, values)`` is made by taking the cells from its
    few values in the library itself, not from a Python string a row. *frame* is
    a narwhals frame, eager or lazy (the result is lazy too).
    """
    implementation = frame.implementation
    built = build(
        [
            (name, kind, False, data[name])
            for name, kind in kinds
            if not isinstance(data[name], tuple)
        ],
        implementation,
    )
    taken = [
        nw.new_series(name, data[name][1], nw.String(), backend=implementation)[
            data[name][0]
        ]
        for name, _ in kinds
        if isinstance(data[name], tuple)
    ]
    if taken:
        built = built.with_columns(*taken).select([name for name, _ in kinds])
    floats = [name for name, kind in kinds if kind == "float"]
    if floats:
        built = built.with_columns(nw.col(*floats).fill_nan(None))
    if isinstance(frame, nw.LazyFrame):
        built = built.lazy(backend=implementation)
    return built.to_native()


def rollup(
    frame: Any,
    policy: MasteryPolicy | None = None,
    *,
    policies: Mapping[str, MasteryPolicy] | None = None,
    **columns: str,
) -> Any:
    """Roll a frame of evidence up: one row a (student, standard), the in-memory numbers.

    Each row of *frame* is one piece of evidence, with a column for each field of
    `selfassess.Evidence` it gives (``student``, ``standard``, ``score`` and
    ``assessed_on`` at least; a missing optional column is unknown in every
    row). Every cell is checked first, as `selfassess.tables.evidence` checks
    it. The result has one row a (student, standard), in the order of
    `selfassess.mastery.rollup`'s keys (students by first appearance, then each
    student's standards by first appearance), with the same value, band, count
    and raw value as `selfassess.mastery.rollup` on the same rows, to the last
    bit, computed on columns.

    Its columns: ``student``, ``standard``, ``value`` (null where there is
    none), ``band`` (the `selfassess.Band`'s value, such as ``"mastered"``),
    ``count`` (the scores that counted), ``raw`` (the method's value before
    clamping and rounding), then why rows did not count: ``rows`` (the group's
    rows in *frame*), ``excused``, ``not_counted`` (of a kind the policy does not
    count) and ``retakes`` (attempts the retake rule left out). So "47 rows in
    the export, 41 counted" explains itself: ``rows = count + excused +
    not_counted + retakes``.

    Args:
        frame: A pandas, polars or PyArrow frame; a lazy polars frame is
            collected and the result given back lazy; a Dask frame gives a lazy
            Dask frame, computed on the workers, each student's rows together
            (the same rows, in another order: sort it where order matters).
        policy: The policy; the default `selfassess.mastery.MasteryPolicy` if
            ``None``. With *policies*, the policy of every standard not in it.
        policies: A policy for some standards, by standard id, as for
            `selfassess.mastery.rollup`.
        **columns: The frame's own names for the fields, by field name
            (``student="student_id", score="points"``); a field not given is read
            from the column of its own name.

    Returns:
        A native frame of *frame*'s library.

    Raises:
        ArgumentTypeError: If *frame* is not a frame, *policy* not a
            `selfassess.mastery.MasteryPolicy`, *policies* not a mapping of
            standard ids to policies, or a keyword not a field of
            `selfassess.Evidence` (or its value not a column name).
        InvalidDataError: If a column is missing or of the wrong type, or a cell
            breaks its field's rule, every problem with its path
            (``rows[12].score``: the row's place in the frame, the frame's column
            name); or if the power law meets a score at or below 0 with no floor
            (the cell of the first group, in the result's order, that has one).

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({
        ...     "student": ["ana", "ben", "ana", "ana"],
        ...     "standard": ["nf1"] * 4,
        ...     "points": [2, 4, 4, 3],
        ...     "assessed_on": pd.to_datetime(["2026-09-01", "2026-09-01",
        ...                                    "2026-09-08", "2026-09-08"]),
        ...     "excused": [False, False, False, True],
        ... })
        >>> result = rollup(frame, score="points")
        >>> result[["student", "value", "band", "count", "rows", "excused"]]
          student  value      band  count  rows  excused
        0     ana    3.3  mastered      2     3        1
        1     ben    4.0  mastered      1     1        0
    """
    if policy is None:
        policy = MasteryPolicy()
    check = Arguments()
    check.instance("policy", policy, MasteryPolicy)
    check.done()
    chosen = _checked_policies(policies)
    names = column_names(columns)
    # Here rather than at the top: the Dask path imports this module.
    from selfassess.tables import _dask  # noqa: PLC0415

    if _dask.is_dask(frame):
        return _dask.dask_rollup(frame, policy, chosen, names)
    found = _frame(frame)
    rolled = _rollup_coded(
        read_evidence_columns(_eager(found), names),  # freed once rolled up
        policy,
        chosen,
        names["score"],
    )
    return framed(found, rolled, ROLLUP_KINDS)


def _frame(frame: Any) -> Any:
    """*frame* as a narwhals frame, eager or lazy; anything else refused."""
    try:
        return nw.from_native(frame)
    except TypeError:
        message = (
            "must be a dataframe of a library narwhals supports, such as pandas, "
            f"polars or PyArrow (got {shown(type(frame).__name__)})"
        )
        raise ArgumentTypeError([Problem("frame", message)]) from None


def _eager(frame: Any) -> Any:
    """The eager frame: a lazy one collected."""
    return frame.collect() if isinstance(frame, nw.LazyFrame) else frame
