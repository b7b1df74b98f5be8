"""Calibration statistics from a long table of ratings, one row a group.

The frame holds one rating a row: who was rated (``student``), on what
(``criterion``), the level given (``score``) and by whom (``role``: the student's
self-rating or the teacher's). The two ratings of the same student and criterion
are a pair. Every group's pairs are tallied at once, in NumPy, into a count for
each (self, teacher) pair of categories, one ``np.bincount`` over
``group * k * k + self * k + teacher``; each group's statistics are then computed
from its tally by the very functions `selfassess.rubrics.calibrate` computes them
with, so the numbers are the same, to the last bit.

`calibrate_eager` is the whole computation on one eager frame holding whole
groups, so that a distributed path can run it on each partition; `calibrate`
checks the arguments and dispatches.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, shown
from selfassess.errors import MAX_PROBLEMS, ArgumentTypeError, InvalidDataError, Problem
from selfassess.rubrics import Calibration
from selfassess.rubrics._agreement import STATISTICS, Weights, as_float
from selfassess.rubrics._calibration import _BOOTSTRAPPED
from selfassess.rubrics._ratings import Number, Paired, category_index, scaled
from selfassess.rubrics._resample import RandomSource
from selfassess.rubrics._uncertainty import (
    bootstrap,
    check_confidence,
    check_resampling,
    large_sample,
)
from selfassess.tables._deps import np, nw
from selfassess.tables._frames import CALIBRATION, Data, build

__all__ = ["Settings", "calibrate", "calibrate_eager", "settings"]

DEFAULTS = ("student", "criterion", "score", "role")
"""The default column names, which ``**columns`` maps to the frame's own."""

UNPAIRED = ("unpaired_self", "unpaired_teacher")
"""The result's columns counting the ratings with no partner, per role."""

_KAPPAS: dict[str, Weights] = {
    "kappa": "identity",
    "linear_kappa": "linear",
    "quadratic_kappa": "quadratic",
}


@attrs.frozen(kw_only=True)
class Settings:
    """Everything `calibrate_eager` needs besides the frame, checked once.

    Attributes:
        on: The frame's columns that pair two ratings.
        score: The frame's column of levels.
        role: The frame's column of who rated.
        by: The frame's columns of the groups; empty for one group.
        roles: The role values of the self-rating and of the teacher's.
        categories: The scale's levels, lowest first.
        rng: The source of random numbers for the bootstrap, or ``None``.
        resamples: How many bootstrap resamples.
        confidence: The intervals' confidence level.
        minimum_count: The fewest pairs a group's statistics are shown for, or
            ``None``.
    """

    __repr__ = short_repr

    on: tuple[str, ...]
    score: str
    role: str
    by: tuple[str, ...]
    roles: tuple[Any, Any]
    categories: tuple[Number, ...]
    rng: RandomSource | None
    resamples: int
    confidence: float
    minimum_count: int | None

    @property
    def read(self) -> tuple[str, ...]:
        """Every column read, each once, in the order problems are reported."""
        names = [*self.on, *self.by, self.role, self.score]
        return tuple(dict.fromkeys(names))


def _names(check: Arguments, name: str, value: object) -> tuple[str, ...]:
    """A column name or a sequence of them, as a tuple."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (bytes, Mapping)) or not isinstance(value, Iterable):
        check.wrong_kind(name, f"must be a column name or names (got {shown(value)})")
        return ()
    found = tuple(value)
    for at, item in enumerate(found):
        if not isinstance(item, str):
            check.wrong_kind(name, f"must be column names (got {shown(item)})")
        elif item in found[:at]:
            check.add(f"{name}[{at}]", f"must not repeat a column (got {shown(item)})")
    return found


def settings(
    *,
    categories: object,
    by: object,
    on: object,
    roles: object,
    rng: object,
    resamples: object,
    confidence: object,
    minimum_count: object,
    columns: Mapping[str, object],
) -> Settings:
    """Check `calibrate`'s arguments; return them as `Settings`.

    Raises:
        ArgumentTypeError: If an argument is of the wrong kind.
        InvalidDataError: If a value breaks a rule (see `calibrate`).
    """
    check = Arguments()
    pairing = _names(check, "on", on)
    if not pairing and not check.check.problems:
        check.add("on", "must name at least one column")
    grouping = () if by is None else _names(check, "by", by)
    if isinstance(roles, (str, bytes)) or not isinstance(roles, Sequence):
        check.wrong_kind("roles", f"must be two role values (got {shown(roles)})")
    elif len(roles) != 2 or roles[0] == roles[1]:
        check.add("roles", f"must be two different role values (got {shown(roles)})")
    minimum = check.optional_integer("minimum_count", minimum_count, minimum=1)
    used = {*pairing, *grouping, "score", "role"}
    for name, value in columns.items():
        if name not in used:
            message = (
                f"is not a column calibrate reads ({', '.join(sorted(used))}): "
                f"name the frame's columns for those"
            )
            check.add(name, message)
        elif not isinstance(value, str):
            check.wrong_kind(name, f"must be a column name (got {shown(value)})")
    check.done()

    def named(name: str) -> str:
        return str(columns.get(name, name))

    score, role = named("score"), named("role")
    if score == role:
        check.add("role", f"must not be the score column (got {shown(role)})")
    for name, found in (("on", pairing), ("by", grouping)):
        for at, item in enumerate(found):
            if named(item) in (score, role):
                check.add(
                    f"{name}[{at}]",
                    f"must not be the score or the role column (got {shown(item)})",
                )
    clash = {*UNPAIRED, *(column.name for column in CALIBRATION.columns)}
    for at, item in enumerate(grouping):
        if named(item) in clash:
            check.add(
                f"by[{at}]",
                f"must not have the name of a result column (got {shown(named(item))})",
            )
    check.done()
    levels = category_index(categories)
    level = check_confidence(confidence)
    count = check_resampling(rng, resamples) if rng is not None else 0
    assert isinstance(roles, Sequence)  # for mypy: checked above
    return Settings(
        on=tuple(map(named, pairing)),
        score=score,
        role=role,
        by=tuple(map(named, grouping)),
        roles=(roles[0], roles[1]),
        categories=tuple(levels),
        rng=cast("RandomSource | None", rng),
        resamples=count,
        confidence=level,
        minimum_count=minimum,
    )


# Columns as codes.


@attrs.frozen
class _Unhashable:
    """The dict key of a cell that is not a value (a list): its type and text.

    Equal to no cell, so it groups only with cells that read the same; a cell
    whose ``repr`` fails has a key of its own, its identity.
    """

    kind: type
    text: str | int


def _key(cell: object) -> object:
    """The cell itself as a dict key, or, if it cannot be one, its `_Unhashable`."""
    try:
        hash(cell)
    except TypeError:
        try:
            text: str | int = repr(cell)
        except Exception:  # a hostile cell: only itself is the same
            text = id(cell)
        return _Unhashable(type(cell), text)
    return cell


def _is_value(value: object) -> bool:
    """Whether a cell is a value to compare: one a dict can hold, not a list."""
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _factorize(values: Any, missing: Any = None) -> tuple[Any, list[Any]]:
    """Codes for *values* (int64, in order of first appearance), and the values.

    NumPy's own types are sorted by ``np.unique``; anything else (text in an object
    array, mixed types) is looked up in a dict, which needs only equality. The
    cells of the mask *missing* are ``None`` there: a missing value such as
    ``pd.NA`` has no truth value to compare with. A cell that cannot be a key (a
    list) is looked up by its `_Unhashable` key; every other cell keeps its own.
    """
    if values.dtype.kind in "biufmMU":
        distinct, first, inverse = np.unique(
            values, return_index=True, return_inverse=True
        )
        order = np.argsort(first, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order), dtype=np.int64)
        return rank[inverse.reshape(-1)], distinct[order].tolist()
    cells = values.tolist()
    if missing is not None:
        for at in np.flatnonzero(missing).tolist():
            cells[at] = None
    try:
        # Both at the speed of C: the distinct values in order, then each code.
        index = {value: at for at, value in enumerate(dict.fromkeys(cells))}
        codes = np.fromiter(
            map(index.__getitem__, cells), dtype=np.int64, count=len(cells)
        )
    except TypeError:  # a cell that is not a value (a list): its key, cell by cell
        keys = list(map(_key, cells))
        seen: dict[object, Any] = {}
        for key, cell in zip(keys, cells, strict=True):
            seen.setdefault(key, cell)
        index = {key: at for at, key in enumerate(seen)}
        codes = np.fromiter(
            map(index.__getitem__, keys), dtype=np.int64, count=len(keys)
        )
        return codes, list(seen.values())
    return codes, list(index)


def _combined(codes: Sequence[Any], length: int) -> tuple[Any, int]:
    """One code for each combination of several columns' codes, and how many.

    No columns make one combination: every row in it.
    """
    if not codes:
        return np.zeros(length, dtype=np.int64), 1
    combined = codes[0]
    for more in codes[1:]:
        # Both are below the number of rows, so their product fits in an int64.
        combined, _ = _factorize(combined * (int(more.max(initial=-1)) + 1) + more)
    return combined, int(combined.max(initial=-1)) + 1


# Checking the cells: every problem with its row and the frame's column.


@attrs.frozen
class _Problems:
    """Bad cells found by one check: their rows and how to say each one."""

    rows: Any
    order: int
    say: Callable[[int], tuple[str, str]]


def _raise(found: list[_Problems], first_row: int) -> None:
    """Raise every problem, in row order, up to `MAX_PROBLEMS`; count the rest."""
    total = sum(len(item.rows) for item in found)
    if not total:
        return
    rows = np.concatenate([item.rows for item in found])
    which = np.concatenate(
        [np.full(len(item.rows), at, dtype=np.int64) for at, item in enumerate(found)]
    )
    orders = np.array([item.order for item in found], dtype=np.int64)[which]
    picked = np.lexsort((orders, rows))[:MAX_PROBLEMS]
    problems = []
    for at in picked.tolist():
        row = int(rows[at])
        column, message = found[int(which[at])].say(row)
        path = f"rows[{row + first_row}]" + (f".{column}" if column else "")
        problems.append(Problem(path, message))
    raise InvalidDataError(problems, omitted=total - len(problems))


def _choices(values: Sequence[Any]) -> str:
    """Values as a list in words: 1, 2, 3 or 4."""
    shown_values = [shown(value) for value in values]
    if len(shown_values) == 1:
        return shown_values[0]
    return f"{', '.join(shown_values[:-1])} or {shown_values[-1]}"


def _number(value: object) -> float | None:
    """A cell's value as a float if it is a number (not a boolean), else ``None``.

    NumPy's scalars count: they register with the numbers ABCs. A number beyond
    the largest float (a whole number of 400 digits) is none of the categories,
    which are floats.
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        return None
    try:
        return float(value)
    except OverflowError:
        return None


@attrs.frozen
class _Read:
    """The frame's cells as codes, every one checked."""

    key: Any  # the pairing key's code, row by row
    role: Any  # 0 for the self-rating, 1 for the teacher's
    level: Any  # the score's position among the categories
    group: Any  # the group's code
    groups: int
    first: Any  # each group's first row


def _cells(
    frame: Any, chosen: Settings
) -> tuple[dict[str, Any], dict[str, list[Any]], dict[str, Any], list[_Problems]]:
    """Every column read as codes and distinct values; where cells are missing.

    Raises:
        InvalidDataError: If a column is not in the frame.
    """
    present = set(frame.columns)
    missing = [
        Problem(
            f"columns[{shown(name)}]",
            f"is missing: the frame has no column {shown(name)}"
            + (f"; name yours with {name}='...'" if name in DEFAULTS else ""),
        )
        for name in chosen.read
        if name not in present
    ]
    if missing:
        raise InvalidDataError(missing)
    null: dict[str, Any] = {}
    codes: dict[str, Any] = {}
    distinct: dict[str, list[Any]] = {}
    found = []
    for at, name in enumerate(chosen.read):
        series = frame.get_column(name)
        empty = null[name] = series.is_null().to_numpy().astype(bool)
        if empty.any():
            found.append(
                _Problems(np.flatnonzero(empty), at, _said(name, "must not be missing"))
            )
        codes[name], distinct[name] = _factorize(series.to_numpy(), empty)
    return codes, distinct, null, found


def _said(column: str, message: str) -> Callable[[int], tuple[str, str]]:
    """The same problem for every row."""

    def say(row: int) -> tuple[str, str]:
        return column, message

    return say


def _got(
    column: str, rule: str, values: list[Any], codes: Any
) -> Callable[[int], tuple[str, str]]:
    """A rule broken by a row's own value."""

    def say(row: int) -> tuple[str, str]:
        return column, f"{rule} (got {shown(values[codes[row]])})"

    return say


def _mapped(
    values: list[Any], codes: Any, missing: Any, function: Callable[[Any], int]
) -> Any:
    """Each row's value through *function*, computed once a distinct value.

    Only a present cell's own value is given to *function*: a missing cell, or one
    that is not a value (a list, which compares item by item), maps to -1.
    """
    present = np.zeros(len(values), dtype=bool)
    present[codes[~missing]] = True
    table = np.array(
        [
            function(value) if here and _is_value(value) else -1
            for value, here in zip(values, present.tolist(), strict=True)
        ],
        dtype=np.int64,
    )
    return table[codes] if len(codes) else np.zeros(0, dtype=np.int64)


def _repeats(
    chosen: Settings, slot: Any, rows: Any, role: Any, *, first_row: int, at: int
) -> list[_Problems]:
    """The ratings given twice: the same key and role as an earlier row."""
    ordered = rows[np.argsort(slot[rows], kind="stable")]
    repeat = np.flatnonzero(slot[ordered[1:]] == slot[ordered[:-1]]) + 1
    if not len(repeat):
        return []
    starts = np.flatnonzero(np.r_[True, slot[ordered[1:]] != slot[ordered[:-1]]])
    run = np.searchsorted(starts, repeat, side="right") - 1
    earlier = dict(
        zip(ordered[repeat].tolist(), ordered[starts[run]].tolist(), strict=True)
    )
    pairing = " and ".join(chosen.on)
    names = [f"{shown(value)} rating" for value in chosen.roles]

    def say(row: int) -> tuple[str, str]:
        return chosen.role, (
            f"must not repeat the {names[role[row]]} of rows"
            f"[{earlier[row] + first_row}] (the same {pairing})"
        )

    return [_Problems(np.array(sorted(earlier), dtype=np.int64), at, say)]


def _apart(
    name: str,
    codes: Any,
    values: list[Any],
    *,
    first_of: Any,
    second_of: Any,
    first_row: int,
    at: int,
) -> list[_Problems]:
    """The pairs whose two ratings are in different groups of the column *name*."""
    differ = codes[first_of] != codes[second_of]
    if not differ.any():
        return []
    partner = dict(
        zip(second_of[differ].tolist(), first_of[differ].tolist(), strict=True)
    )

    def say(row: int) -> tuple[str, str]:
        other = partner[row]
        return name, (
            f"must be the same as in the other rating of its pair, "
            f"rows[{other + first_row}] ({shown(values[codes[other]])}) "
            f"(got {shown(values[codes[row]])})"
        )

    return [_Problems(second_of[differ], at, say)]


def _partners(key: Any, role: Any, rows: Any) -> tuple[Any, Any]:
    """The self-rating's row and the teacher's of every key with both."""
    keys = int(key.max(initial=-1)) + 1
    self_at = np.full(keys, -1, dtype=np.int64)
    teacher_at = np.full(keys, -1, dtype=np.int64)
    mine, theirs = rows[role[rows] == 0], rows[role[rows] == 1]
    self_at[key[mine]] = mine
    teacher_at[key[theirs]] = theirs
    return self_at, teacher_at


def _read(frame: Any, chosen: Settings, first_row: int) -> _Read:
    """Read and check the frame's cells; raise every problem at once.

    Raises:
        InvalidDataError: If a column is missing, or a cell is missing, a role is
            not one of the two, a score is not one of the categories, a rating is
            given twice, or the two ratings of a pair are in different groups.
    """
    codes, distinct, null, found = _cells(frame, chosen)
    order = {name: at for at, name in enumerate(chosen.read)}
    length = len(frame)
    # Who rated: the self-rating (0), the teacher's (1), or neither (-1).
    first, second = chosen.roles
    role = _mapped(
        distinct[chosen.role],
        codes[chosen.role],
        null[chosen.role],
        lambda value: 0 if value == first else 1 if value == second else -1,
    )
    found.append(
        _Problems(
            np.flatnonzero((role < 0) & ~null[chosen.role]),
            order[chosen.role],
            _got(
                chosen.role,
                f"must be {_choices(chosen.roles)}",
                distinct[chosen.role],
                codes[chosen.role],
            ),
        )
    )
    # The level: the score's position among the categories, or -1.
    position = {value: at for at, value in enumerate(chosen.categories)}

    def level_of(value: Any) -> int:
        number = _number(value)
        return -1 if number is None else position.get(number, -1)

    level = _mapped(
        distinct[chosen.score], codes[chosen.score], null[chosen.score], level_of
    )
    known = ", ".join(f"{float(value):g}" for value in chosen.categories)
    found.append(
        _Problems(
            np.flatnonzero((level < 0) & ~null[chosen.score]),
            order[chosen.score],
            _got(
                chosen.score,
                f"must be one of the categories ({known})",
                distinct[chosen.score],
                codes[chosen.score],
            ),
        )
    )
    key, _ = _combined([codes[name] for name in chosen.on], length)
    group, groups = _combined([codes[name] for name in chosen.by], length)
    missing = np.logical_or.reduce([null[name] for name in chosen.read])
    rows = np.flatnonzero(~missing & (role >= 0))
    slot = key * 2 + np.maximum(role, 0)
    found += _repeats(
        chosen, slot, rows, role, first_row=first_row, at=order[chosen.role]
    )
    self_at, teacher_at = _partners(key, role, rows)
    both = (self_at >= 0) & (teacher_at >= 0)
    for name in chosen.by:
        if name not in chosen.on:
            found += _apart(
                name,
                codes[name],
                distinct[name],
                first_of=self_at[both],
                second_of=teacher_at[both],
                first_row=first_row,
                at=order[name],
            )
    _raise([item for item in found if len(item.rows)], first_row)
    # Each group's first row: codes are in order of first appearance.
    if chosen.by:
        order_of = np.argsort(group, kind="stable")
        starts = order_of[np.searchsorted(group[order_of], np.arange(groups))]
    else:
        groups, starts = 1, np.zeros(0, dtype=np.int64)
    return _Read(
        key=key, role=role, level=level, group=group, groups=groups, first=starts
    )


# The statistics of one group, from its tally.


def _paired(cells: Any, counts: Any, categories: Sequence[Number]) -> Paired:
    """The `Paired` that `selfassess.rubrics.calibrate` would build from these pairs.

    *cells* are the tally's nonzero cells (``self * k + teacher``), *counts* theirs.
    The distinct pairs come in another order (the statistics are exact sums, and
    the bootstrap sorts them) and hold the categories as the ratings; the points
    are the same exact integers, over the categories' common power of two.
    """
    k = len(categories)
    mine = (cells // k).tolist()
    theirs = (cells % k).tolist()
    exact, shift = scaled(categories)
    pairs = list(zip(mine, theirs, strict=True))
    paired: Paired = Paired.__new__(Paired)
    paired.n = int(counts.sum())
    paired.keys = [(categories[i], categories[j]) for i, j in pairs]
    paired.counts = counts.tolist()
    paired.points = [(exact[categories[i]], exact[categories[j]]) for i, j in pairs]
    paired.shift = shift
    paired.positions = pairs
    paired.k = k
    return paired


def _calibration(paired: Paired, chosen: Settings) -> Calibration:
    """`selfassess.rubrics.calibrate`'s result for these pairs, step by step."""
    fields: dict[str, Any] = {
        name: as_float(function(paired, paired.counts))
        for name, (_, function) in STATISTICS.items()
    }
    intervals = {
        name: large_sample(paired, weights, chosen.confidence)
        for name, weights in _KAPPAS.items()
    }
    if chosen.rng is not None:
        intervals.update(
            bootstrap(
                paired,
                _BOOTSTRAPPED,
                rng=chosen.rng,
                resamples=chosen.resamples,
                confidence=chosen.confidence,
            )
        )
    fields.update(
        (f"{name}_interval", interval) for name, interval in intervals.items()
    )
    return Calibration(pairs=paired.n, **fields)


def calibrate_eager(frame: Any, chosen: Settings, *, first_row: int = 0) -> Any:
    """Calibrate one eager narwhals frame holding whole groups; an eager result.

    The entry point for a partitioned path: each partition must hold every rating
    of its groups (both ratings of every pair), and gives its groups' rows in the
    order their first rating appears. With a random source, the groups draw from
    it in that order; a distributed path must keep it, or refuse a random source.

    Args:
        frame: A narwhals eager frame (pandas, polars, PyArrow).
        chosen: The checked arguments.
        first_row: The frame's first row's number in the whole table, so that a
            partition's problems name the rows of the whole.

    Returns:
        A narwhals eager frame of the same library: one row a group.

    Raises:
        InvalidDataError: As `calibrate` does.
    """
    read = _read(frame, chosen, first_row)
    k = len(chosen.categories)
    groups = read.groups
    rows = np.arange(len(read.key), dtype=np.int64)
    self_at, teacher_at = _partners(read.key, read.role, rows)
    both = (self_at >= 0) & (teacher_at >= 0)
    first_of, second_of = self_at[both], teacher_at[both]
    tally = np.bincount(
        read.group[first_of] * (k * k)
        + read.level[first_of] * k
        + read.level[second_of],
        minlength=groups * k * k,
    ).reshape(groups, k * k)
    pairs = tally.sum(axis=1)
    alone_self = self_at[(self_at >= 0) & (teacher_at < 0)]
    alone_teacher = teacher_at[(teacher_at >= 0) & (self_at < 0)]
    unpaired = [
        np.bincount(read.group[alone], minlength=groups)
        for alone in (alone_self, alone_teacher)
    ]
    minimum = chosen.minimum_count
    suppressed = (
        pairs < minimum if minimum is not None else np.zeros(groups, dtype=bool)
    )
    results: list[Calibration | None] = []
    for at in range(groups):
        if pairs[at] == 0 or suppressed[at]:
            results.append(None)
            continue
        cells = np.flatnonzero(tally[at])
        paired = _paired(cells, tally[at, cells], chosen.categories)
        try:
            results.append(_calibration(paired, chosen))
        except InvalidDataError as error:
            # Only a mean of differences beyond the largest float gets here: the
            # categories' fault, as in memory, so the whole table's.
            raise InvalidDataError(
                [Problem("categories", problem.message) for problem in error.problems]
            ) from None
    data: Data = [
        (UNPAIRED[0], "int", False, unpaired[0].tolist()),
        (UNPAIRED[1], "int", False, unpaired[1].tolist()),
        ("pairs", "int", False, pairs.tolist()),
        ("suppressed", "bool", False, suppressed.tolist()),
    ]
    for column in CALIBRATION.columns:
        if column.name in ("pairs", "suppressed"):
            continue
        cells_of = [None if found is None else column.get(found) for found in results]
        data.append((column.name, column.kind, column.nullable, cells_of))
    result = build(data, frame.implementation)
    if not chosen.by:
        return result
    keys = frame.select(*chosen.by)[read.first]
    return nw.concat([nw.maybe_reset_index(keys), result], how="horizontal")


def calibrate(
    frame: Any,
    *,
    categories: Iterable[float],
    by: str | Sequence[str] | None = None,
    on: str | Sequence[str] = ("student", "criterion"),
    roles: Sequence[Any] = ("student", "teacher"),
    rng: RandomSource | None = None,
    resamples: int = 1000,
    confidence: float = 0.95,
    minimum_count: int | None = None,
    **columns: str,
) -> Any:
    """Return the calibration statistics of a long table of ratings, one row a group.

    Each row of *frame* is one rating: the ``student`` rated, the ``criterion``,
    the ``score`` given and the ``role`` of who gave it (``"student"`` for the
    self-rating, ``"teacher"`` for the teacher's). The self-rating and the
    teacher's rating of the same student and criterion (the columns of *on*) are a
    pair; each group of *by* gets every statistic of `selfassess.rubrics.calibrate`
    on its pairs, the very same numbers, computed from a tally of each group's
    pairs of categories.

    The result has, in order: the *by* columns (the frame's own names and
    dtypes); ``unpaired_self`` and ``unpaired_teacher``, the ratings with no
    partner (a self-rating the teacher has not matched yet, or the reverse);
    ``pairs``; ``suppressed``; then every field of `selfassess.rubrics.Calibration`
    as `selfassess.tables.to_frame` writes one (each statistic, ``estimation``, and
    each interval as ``<statistic>_low``, ``_high``, ``_standard_error``,
    ``_confidence``, ``_method`` and ``_resamples``). Groups come in the order
    their first rating appears in *frame*; with no *by*, the whole table is one
    group, and one row, even when empty.

    A group with no pairs (every rating unpaired) cannot be calibrated:
    `selfassess.rubrics.calibrate` raises for no pairs, and here its statistics
    are null rather than the whole table failing. Every other group has them: one
    pair, or one category throughout, has defined statistics (a kappa or alpha
    with no chance disagreement is 1.0), as in memory.

    Args:
        frame: A pandas, polars or PyArrow data frame; a lazy polars frame is
            collected, calibrated and given back lazy; a Dask frame gives a lazy
            Dask frame computed on the workers (*rng* must then be ``None``).
        categories: Every level of the scale, lowest first, as for
            `selfassess.rubrics.weighted_kappa`; every score must be one of them.
        by: The column (or columns) of the groups, such as ``"student"`` or
            ``("class", "student")``; ``None`` (the default) for the whole table.
        on: The columns that make two ratings a pair: ``("student",
            "criterion")`` by default; add an occasion (``("student", "criterion",
            "occasion")``) when the same criterion is rated more than once.
        roles: The values of the role column for the self-rating and for the
            teacher's rating, in that order.
        rng: A ``random.Random`` the caller seeded, for the bootstrap intervals,
            or ``None`` for none. The groups draw from it one after the other, in
            the order of the result's rows (groups without statistics draw
            nothing), each as `selfassess.rubrics.calibrate` draws: the same seed
            gives each group the intervals of the in-memory function called on the
            groups in that order with the same generator.
        resamples: How many bootstrap resamples, with *rng*; at least 2.
        confidence: The confidence level of every interval.
        minimum_count: Groups with fewer pairs than this have their statistics
            null and ``suppressed`` true (small-cell suppression, as FERPA
            practice asks before a table leaves the district); ``None`` (the
            default) shows every group.
        **columns: The frame's own names for the columns read, by default name
            (``score="rating", role="rater"``), including the names in *on* and
            *by*. A name not given is the frame's own.

    Returns:
        A native frame of *frame*'s library, one row a group.

    Raises:
        ArgumentTypeError: If *frame* is not a data frame, an argument is of the
            wrong kind, or *rng* is given with a Dask frame.
        InvalidDataError: If a column is missing, or, with every problem's path
            as ``rows[12].score`` (the row's position in the frame and the
            frame's column name), a cell is missing, a role is not one of
            *roles*, a score is not one of *categories*, a rating is given twice
            for the same *on* columns and role, or the two ratings of a pair are
            in different groups; as `selfassess.rubrics.calibrate` does for its
            arguments, and for categories so far apart that a mean of their
            differences is beyond the largest float.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({
        ...     "student": ["ana"] * 4 + ["ben"] * 4,
        ...     "criterion": ["c1", "c1", "c2", "c2"] * 2,
        ...     "role": ["student", "teacher"] * 4,
        ...     "score": [3, 2, 4, 4, 2, 2, 1, 2],
        ... })
        >>> result = calibrate(frame, categories=[1, 2, 3, 4], by="student")
        >>> result[["student", "pairs", "bias", "exact_agreement"]]
          student  pairs  bias  exact_agreement
        0     ana      2   0.5              0.5
        1     ben      2  -0.5              0.5
    """
    # Here rather than at the top: the Dask path imports this module.
    from selfassess.tables import _dask  # noqa: PLC0415

    # Before narwhals, which warns when it wraps a Dask frame.
    on_dask = _dask.is_dask(frame)
    if not on_dask:
        try:
            found = nw.from_native(frame)
        except TypeError:
            message = (
                "must be a pandas, polars or PyArrow data frame "
                f"(got {shown(type(frame).__name__)})"
            )
            raise ArgumentTypeError([Problem("frame", message)]) from None
    chosen = settings(
        categories=categories,
        by=by,
        on=on,
        roles=roles,
        rng=rng,
        resamples=resamples,
        confidence=confidence,
        minimum_count=minimum_count,
        columns=columns,
    )
    if on_dask:
        return _dask.dask_calibrate(frame, chosen)
    if isinstance(found, nw.LazyFrame):
        # Collected whole: a distributed path calibrates each partition instead.
        eager = found.collect()
        return (
            calibrate_eager(eager, chosen)
            .lazy(backend=found.implementation)
            .to_native()
        )
    return calibrate_eager(found, chosen).to_native()
