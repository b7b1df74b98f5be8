"""Mastery over time: every (student, standard)'s estimate after each piece of evidence.

A researcher plotting growth wants a long table: for each student and standard,
the estimate as it stood after each piece of evidence (or on given dates), one row
each. `series` gives it, every row equal to what the policy's ``estimate`` gives on
the evidence up to that point, retakes applied to that evidence alone.

Two ways to the same numbers, chosen group by group:

- the methods that carry a value one score at a time (latest, highest, decaying
  average, BKT) walk each group once, keeping the value after every score
  (`selfassess.tables._rollup.running_values`), where no retake can take an
  earlier score back;
- every other method, and a group whose retakes replace earlier attempts, is
  rolled up once for each point in time, on the evidence up to it: each prefix
  becomes a group of its own, and the roll-up's methods run on all of them at
  once. This costs the square of a group's length in rows (fifteen for five
  scores); the rows are handled a few million at a time.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeAlias

import attrs

from selfassess._validate import Arguments, shown
from selfassess.errors import ArgumentTypeError, InvalidDataError, Problem
from selfassess.mastery import MasteryMethod, MasteryPolicy, Retakes
from selfassess.mastery._methods import METHODS
from selfassess.mastery._rollup import _checked_policies
from selfassess.tables._columns import EvidenceColumns, day_number
from selfassess.tables._deps import np, nw
from selfassess.tables._frames import Kind
from selfassess.tables._reading import column_names, read_evidence_columns
from selfassess.tables._rollup import (
    _BAND_VALUES,
    _NEAR,
    _NOT_YET,
    _QUICK_CHECK,
    Grouped,
    _eager,
    _frame,
    _positions,
    _starts,
    confirm_columns,
    decoded,
    framed,
    group_rows,
    judge_columns,
    kept_rows,
    raise_first,
    raw_values,
    running_values,
)

__all__ = ["AS_OF_KINDS", "STEP_KINDS", "OverTime", "series", "series_columns"]

Array: TypeAlias = "np.ndarray[Any, Any]"

_CHUNK = 1 << 22
"""How many rows of prefixes are rolled up at once, at most (but one prefix may be
longer): a few tens of megabytes of arrays."""


@attrs.frozen(kw_only=True, eq=False)
class OverTime:
    """Estimates over time as arrays: one entry a group and a point in time.

    Entries come group by group in the order of `selfassess.mastery.rollup`'s
    keys, and in each group step by step (or date by date, in the order given).

    Attributes:
        student, standard: The group's codes.
        step: After how many of the group's counted rows (1 for the first); for
            dates, how many counted rows fall on or before the date.
        day: The day (a day number): the step's row's date by the policy's
            order, or the date asked for.
        value: The value (NaN for none).
        band: The band's code (a place in `selfassess.tables._rollup.BANDS`).
        count: How many scores counted (retakes applied).
    """

    student: Any
    standard: Any
    step: Any
    day: Any
    value: Any
    band: Any
    count: Any


def series_columns(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None = None,
    *,
    at: Iterable[int] | None = None,
    score_column: str | None = None,
) -> OverTime:
    """Each group's estimate after each counted row, or on each of the days *at*.

    Args:
        columns: The table.
        policy: The policy of every standard without its own.
        policies: Some standards' own policies, by standard id.
        at: Day numbers; ``None`` for a step after each counted row.
        score_column: As for `selfassess.tables._rollup.rollup_columns`.

    Raises:
        ArgumentTypeError: If *policies* is not a mapping of standard ids to
            policies.
        InvalidDataError: If the power law meets a score at or below 0 with no
            floor (the first group, in the roll-up's order, that does).
    """
    grouped = group_rows(columns, policy, _checked_policies(policies))
    counted, out = grouped.counted, grouped.out
    starts = _starts(counted)
    rows_dates = grouped.dates[grouped.sequence]
    if at is None:
        group = np.repeat(out, counted[out])
        step = _positions(counted[out]) + 1
        day = rows_dates[starts[group] + step - 1]
    else:
        days = np.fromiter(at, np.int64)
        group = np.repeat(out, len(days))
        day = np.tile(days, len(out))
        step = _on_or_before(rows_dates, counted, group, day)
    value = np.full(len(group), np.nan)
    band = np.zeros(len(group), dtype=np.int8)
    count = np.zeros(len(group), dtype=np.int64)
    errors: dict[int, tuple[InvalidDataError, Array]] = {}
    for place, chosen in enumerate(grouped.plans):
        mine = grouped.plan[group] == place
        if not mine.any():
            continue
        requests = np.flatnonzero(mine)
        raw, known, kept = _estimated(
            columns, grouped, chosen, group[requests], step[requests], errors=errors
        )
        count[requests] = kept
        value[requests], band[requests] = _confirmed(
            columns,
            grouped,
            chosen,
            (group[requests], step[requests]),
            judge_columns(raw, known, kept, chosen),
        )
    raise_first(grouped, columns, errors, score_column)
    return OverTime(
        student=grouped.student[group],
        standard=grouped.standard[group],
        step=step,
        day=day,
        value=value,
        band=band,
        count=count,
    )


def _confirmed(
    columns: EvidenceColumns,
    grouped: Grouped,
    policy: MasteryPolicy,
    requests: tuple[Array, Array],
    judged: tuple[Array, Array],
) -> tuple[Array, Array]:
    """The requests' values and bands, a passing quick check confirming mastery.

    As `selfassess.tables._rollup.confirm_columns` on each request's own rows
    (its group's first *step* counted rows, retakes applied to them alone), for
    the requests that could be confirmed: open bands, at least two rows, and a
    quick check among them.
    """
    (group, step), (value, band) = requests, judged
    if not policy.confirm_with_quick_check or len(group) == 0:
        return value, band
    sequence = grouped.sequence
    quick = np.flatnonzero(columns.kind[sequence] == _QUICK_CHECK)
    with np.errstate(invalid="ignore"):
        possible = (
            ((band == _NEAR) | (band == _NOT_YET)) & ~np.isnan(value) & (step >= 2)
        )
    if len(quick) == 0 or not possible.any():
        return value, band
    # The first quick check of each group, as a step: requests before it have none.
    first = np.full(len(grouped.counted), np.iinfo(np.int64).max)
    of_group = np.repeat(np.arange(len(grouped.counted)), grouped.counted)[quick]
    np.minimum.at(first, of_group, quick - _starts(grouped.counted)[of_group] + 1)
    chosen = np.flatnonzero(possible & (step >= first[group]))
    if len(chosen) == 0:
        return value, band
    lengths = step[chosen]
    places = np.repeat(_starts(grouped.counted)[group[chosen]], lengths)
    places += _positions(lengths)
    rows = sequence[places]
    kept = kept_rows(columns, rows, lengths, grouped.retake[places])
    request = np.repeat(np.arange(len(chosen), dtype=np.int64), lengths)[kept]
    counts = np.bincount(request, minlength=len(chosen)).astype(np.int64)
    found_value, found_band = confirm_columns(
        columns, rows[kept], counts, (value[chosen], band[chosen]), policy
    )
    value, band = value.copy(), band.copy()
    value[chosen], band[chosen] = found_value, found_band
    return value, band


def _on_or_before(dates: Array, counted: Array, group: Array, day: Array) -> Array:
    """How many of each group's counted rows fall on or before each day.

    *dates* are the counted rows' dates, group after group, each group's in order
    (the policy's date comes first in its order).
    """
    if len(dates) == 0:
        return np.zeros(len(group), dtype=np.int64)
    low = min(int(dates.min()), int(day.min()) if len(day) else 0)
    high = max(int(dates.max()), int(day.max()) if len(day) else 0)
    width = high - low + 1
    # One sorted key: the group, then the date.
    keys = np.repeat(np.arange(len(counted), dtype=np.int64), counted) * width
    keys += dates - low
    asked = group * width + (day - low)
    found: Array = np.searchsorted(keys, asked, side="right") - _starts(counted)[group]
    return found


def _estimated(
    columns: EvidenceColumns,
    grouped: Grouped,
    policy: MasteryPolicy,
    group: Array,
    step: Array,
    *,
    errors: dict[int, tuple[InvalidDataError, Array]],
) -> tuple[Array, Array, Array]:
    """The raw value, whether there is one, and the count, of each request.

    A request is a group and a step: the estimate from the group's first *step*
    counted rows in order. Errors of the power law go into *errors*, by group.
    """
    raw = np.full(len(group), np.nan)
    known = np.zeros(len(group), dtype=bool)
    count = step.copy()
    walked = METHODS[policy.method].resume is not None
    if walked and policy.retakes is not Retakes.KEEP_ALL:
        walked_groups = ~_retaken_groups(columns, grouped)
        walk = walked_groups[group]
    else:
        walk = np.full(len(group), walked)
    if walk.any():
        ahead = np.flatnonzero(walk)
        raw[ahead], known[ahead] = _walked(
            columns, grouped, policy, group[ahead], step[ahead]
        )
    rest = np.flatnonzero(~walk)
    for chunk in _chunks(step[rest]):
        requests = rest[chunk]
        found, has, kept = _prefixes(
            columns, grouped, policy, group[requests], step[requests], errors=errors
        )
        raw[requests], known[requests], count[requests] = found, has, kept
    return raw, known, count


def _retaken_groups(columns: EvidenceColumns, grouped: Grouped) -> Array:
    """Which groups have two counted rows with one source: a retake to fold."""
    sequence = grouped.sequence
    sourced = columns.source_known[sequence]
    group = np.repeat(np.arange(len(grouped.counted)), grouped.counted)[sourced]
    key = group * (len(columns.sources) + 1) + columns.source[sequence][sourced]
    key.sort()
    repeated = key[1:][key[1:] == key[:-1]] // (len(columns.sources) + 1)
    found = np.zeros(len(grouped.counted), dtype=bool)
    found[repeated] = True
    return found


def _walked(
    columns: EvidenceColumns,
    grouped: Grouped,
    policy: MasteryPolicy,
    group: Array,
    step: Array,
) -> tuple[Array, Array]:
    """Requests answered from one walk of their groups, value after value."""
    groups = np.unique(group)
    lengths = grouped.counted[groups]
    places = np.repeat(_starts(grouped.counted)[groups], lengths) + _positions(lengths)
    scores = columns.score[grouped.sequence[places]]
    scores += 0.0  # -0.0 is 0.0, as `Evidence` keeps it
    values = running_values(scores, lengths, policy)
    local = np.searchsorted(groups, group)
    at = _starts(lengths)[local] + step - 1
    some = step > 0
    raw = np.full(len(group), np.nan)
    raw[some] = values[at[some]]
    known = some.copy()
    if policy.method is MasteryMethod.BKT:  # no observations: the prior
        raw[~some] = policy.bkt.prior
        known[:] = True
    return raw + 0.0, known


def _chunks(steps: Array) -> list[Array]:
    """Consecutive runs of requests whose prefixes add up to about `_CHUNK` rows."""
    if len(steps) == 0:
        return []
    total = np.cumsum(steps)
    cuts = np.searchsorted(total, np.arange(_CHUNK, int(total[-1]), _CHUNK), "right")
    edges = np.unique(np.concatenate(([0], cuts, [len(steps)])))
    return [np.arange(a, b) for a, b in itertools.pairwise(edges.tolist())]


def _prefixes(
    columns: EvidenceColumns,
    grouped: Grouped,
    policy: MasteryPolicy,
    group: Array,
    step: Array,
    *,
    errors: dict[int, tuple[InvalidDataError, Array]],
) -> tuple[Array, Array, Array]:
    """Requests rolled up each as a group of its own: its group's first rows."""
    places = np.repeat(_starts(grouped.counted)[group], step) + _positions(step)
    rows = grouped.sequence[places]
    kept = kept_rows(columns, rows, step, grouped.retake[places])
    final = rows[kept]
    request = np.repeat(np.arange(len(step), dtype=np.int64), step)[kept]
    count = np.bincount(request, minlength=len(step)).astype(np.int64)
    scores = columns.score[final]
    scores += 0.0  # -0.0 is 0.0, as `Evidence` keeps it
    raw, known, failed = raw_values(scores, count, policy)
    starts = _starts(count)
    for local, error in failed.items():
        start = int(starts[local])
        errors.setdefault(
            int(group[local]), (error, final[start : start + int(count[local])])
        )
    return raw, known, count


STEP_KINDS: tuple[tuple[str, Kind], ...] = (
    ("student", "str"),
    ("standard", "str"),
    ("step", "int"),
    ("assessed_on", "date"),
    ("value", "float"),
    ("band", "str"),
    ("count", "int"),
)
"""The columns of a series step by step, and their kinds, in order."""

AS_OF_KINDS: tuple[tuple[str, Kind], ...] = (
    ("student", "str"),
    ("standard", "str"),
    ("as_of", "date"),
    ("value", "float"),
    ("band", "str"),
    ("count", "int"),
)
"""The columns of a series on given dates, and their kinds, in order."""


def _series_coded(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None,
    at: Iterable[int] | None,
    score_column: str | None,
) -> dict[str, Any]:
    """The series' output columns by name, text as ``(codes, values)``."""
    found = series_columns(columns, policy, policies, at=at, score_column=score_column)
    data: dict[str, Any] = {
        "student": (found.student, columns.students),
        "standard": (found.standard, columns.standards),
    }
    day = found.day.astype("datetime64[D]")
    if at is None:
        data |= {"step": found.step, "assessed_on": day}
    else:
        data["as_of"] = day
    data |= {
        "value": found.value,
        "band": (found.band, _BAND_VALUES),
        "count": found.count,
    }
    return data


def _series_eager(
    columns: EvidenceColumns,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None = None,
    *,
    at: Iterable[int] | None = None,
    score_column: str | None = None,
) -> dict[str, Array]:
    """The series' output columns, from a table in memory, by name.

    The frame-independent part of `series`, as `_rollup_eager` is the roll-up's:
    ids as strings, days as ``datetime64[D]``, the band as its value, a missing
    value as NaN; the columns of `STEP_KINDS`, or of `AS_OF_KINDS` with *at*.
    """
    return decoded(_series_coded(columns, policy, policies, at, score_column))


def series(
    frame: Any,
    policy: MasteryPolicy | None = None,
    *,
    policies: Mapping[str, MasteryPolicy] | None = None,
    at: Iterable[date] | None = None,
    **columns: str,
) -> Any:
    """Mastery over time: each (student, standard)'s estimate after each piece of evidence.

    A long table a researcher can plot. Without *at*, one row for each counted
    piece of evidence of each group: ``student``, ``standard``, ``step`` (1, 2,
    ...), ``assessed_on`` (that evidence's date by the policy's ``order_by``),
    ``value`` (null where there is none), ``band`` and ``count``, the estimate
    from the group's evidence up to and including that one, in the policy's
    order. With *at*, one row for each group and each date instead, with
    ``as_of`` in place of ``step`` and ``assessed_on``: the estimate from the
    evidence whose date (by the policy's order) is on or before it; before any,
    no value (the prior, for BKT), count 0 and insufficient evidence.

    Every row equals ``policy.estimate(evidence)`` on that evidence, in value,
    band and count: retakes are applied to it alone (a retake replaces an
    earlier attempt from its own step on). Groups come in the order of
    `selfassess.tables.rollup`'s rows; a group none of whose evidence counts
    has no step (but a row for each date of *at*).

    Args:
        frame: A pandas, polars or PyArrow frame of evidence, as for
            `selfassess.tables.rollup`; a lazy polars frame is collected and the
            result given back lazy.
        policy: The policy; the default `selfassess.mastery.MasteryPolicy` if
            ``None``; with *policies*, of every standard not in it.
        policies: A policy for some standards, by standard id.
        at: Dates (`datetime.date`), in the order the rows should have them;
            ``None`` for a row after each piece of evidence.
        **columns: The frame's own names for the fields, by field name.

    Returns:
        A native frame of *frame*'s library.

    Raises:
        ArgumentTypeError: If *frame* is not a frame, an argument is not of its
            kind (as for `selfassess.tables.rollup`), or *at* is not a list.
        InvalidDataError: If a date of *at* is not a `datetime.date`, or as
            `selfassess.tables.rollup` raises.

    Example:
        >>> import pandas as pd
        >>> from datetime import date
        >>> frame = pd.DataFrame({
        ...     "student": ["ana"] * 4,
        ...     "standard": ["nf1"] * 4,
        ...     "score": [1, 2, 3, 4],
        ...     "assessed_on": pd.to_datetime(["2026-09-01", "2026-09-08",
        ...                                    "2026-09-15", "2026-09-22"]),
        ... })
        >>> series(frame)[["step", "assessed_on", "value", "band", "count"]]
           step assessed_on  value      band  count
        0     1  2026-09-01   1.00   not_yet      1
        1     2  2026-09-08   1.65   not_yet      2
        2     3  2026-09-15   2.53      near      3
        3     4  2026-09-22   3.48  mastered      4
        >>> series(frame, at=[date(2026, 8, 31), date(2026, 9, 10)])[["as_of", "value", "count"]]
               as_of  value  count
        0 2026-08-31    NaN      0
        1 2026-09-10   1.65      2
    """
    if policy is None:
        policy = MasteryPolicy()
    check = Arguments()
    check.instance("policy", policy, MasteryPolicy)
    days = None if at is None else check.days("at", at)
    check.done()
    chosen = _checked_policies(policies)
    names = column_names(columns)
    # Here rather than at the top: the Dask path imports the roll-up's module.
    from selfassess.tables import _dask  # noqa: PLC0415

    found = None if _dask.is_dask(frame) else _frame(frame)
    if found is None or (
        isinstance(found, nw.LazyFrame) and not found.implementation.is_polars()
    ):
        message = (
            "must be a pandas, polars or PyArrow frame (or a polars LazyFrame): a "
            "series is computed on one machine; call .compute() on a Dask frame "
            f"first (got {shown(type(frame).__name__)})"
        )
        raise ArgumentTypeError([Problem("frame", message)])
    data = read_evidence_columns(_eager(found), names)
    result = _series_coded(
        data,
        policy,
        chosen,
        None if days is None else [day_number(day) for day in days],
        names["score"],
    )
    return framed(found, result, STEP_KINDS if days is None else AS_OF_KINDS)
