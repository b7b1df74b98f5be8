"""Roll-ups and calibration on a Dask dataframe: the same columnar code, a partition each.

A Dask frame is split into partitions that the workers hold. `rollup` needs every row
of a (student, standard) together, and `calibrate` every rating of a group and both
ratings of every pair, so the rows are first *shuffled*: moved between partitions by
a hash of the student (or of the grouping columns), so that each student's rows
live in one partition. Each partition is then an ordinary pandas frame holding whole
groups, and runs the eager code (``_rollup._rollup_coded`` and ``framed``,
``_calibrate.calibrate_eager``) unchanged: the numbers are those of the in-memory
functions, to the last bit. Only the columns the function reads are shuffled: a
researcher's table often has many more.

Nothing is computed here: the functions build the graph (with the result's columns
and dtypes given as ``meta``, worked out from the frame's own dtypes on zero rows)
and return a lazy Dask frame; the researcher's ``.compute()`` or ``.to_parquet()``
runs it on the workers.

A bad cell is found on a worker, in one partition. So that its row number means
something, every row is numbered before the shuffle, in the order of the frame's
partitions (a cumulative count, as ``frame.compute()`` would number its rows), and
a problem's ``rows[12]`` is that number: the row's position in the whole frame.

Dask is never imported here: a Dask frame exists only once ``dask.dataframe`` is
imported, so `is_dask` looks it up in `sys.modules`, and the eager path pays
nothing for it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from typing import Any

from selfassess._validate import Arguments, shown
from selfassess.errors import ArgumentTypeError, InvalidDataError, Problem
from selfassess.mastery import MasteryPolicy
from selfassess.mastery._rollup import _checked_policies
from selfassess.tables._calibrate import Settings, _read, calibrate_eager
from selfassess.tables._deps import np, nw
from selfassess.tables._reading import read_evidence_columns
from selfassess.tables._rollup import ROLLUP_KINDS, _rollup_coded, framed

__all__ = ["ROW_COLUMN", "dask_calibrate", "dask_rollup", "is_dask"]

ROW_COLUMN = "__selfassess_row"
"""The column that numbers the rows before a shuffle (underscores added until it
is not one of the frame's own columns)."""

_ROWS = re.compile(r"rows\[(\d+)\]")
_APART = "must be the same as in the other rating of its pair, "


def is_dask(frame: object) -> bool:
    """Whether *frame* is a Dask dataframe (or narwhals' lazy frame of one).

    Dask is not imported: if ``dask.dataframe`` is not already in `sys.modules`, no
    Dask frame can exist, and the answer is no.
    """
    module: Any = sys.modules.get("dask.dataframe")
    if module is None:
        return False
    return isinstance(_native(frame), module.DataFrame)


def _native(frame: Any) -> Any:
    """The Dask frame itself, from narwhals' lazy frame of one or as it is."""
    return frame.to_native() if isinstance(frame, nw.LazyFrame) else frame


def _empty_like(frame: Any) -> Any:
    """A pandas frame of no rows with *frame*'s columns and dtypes (its ``meta``)."""
    pandas: Any = nw.Implementation.PANDAS.to_native_namespace()
    return pandas.DataFrame(
        {
            name: pandas.Series([], dtype=dtype)
            for name, dtype in zip(frame.columns, frame.dtypes, strict=True)
        }
    )


def _reading(frame: Any, names: Any) -> Any:
    """*frame* with only the columns of *names* it has, in its own order."""
    wanted = set(names)
    return frame[[name for name in frame.columns if name in wanted]]


def _row_column(frame: Any) -> str:
    """A name for the row numbers that is none of the frame's columns."""
    name = ROW_COLUMN
    present = set(frame.columns)
    while name in present:
        name += "_"
    return name


def _numbered(frame: Any, row: str) -> Any:
    """*frame* with column *row* numbering its rows 0, 1, 2, ... across partitions.

    A cumulative count: each partition counts its own rows, then adds the total of
    the partitions before it, a short chain of small tasks.
    """
    ones = frame.assign(**{row: 1})
    return ones.assign(**{row: ones[row].cumsum() - 1})


def _in_order(part: Any, row: str) -> tuple[Any, Any]:
    """A shuffled partition back in the frame's order, and its rows' numbers.

    A shuffle leaves rows in no particular order; in the frame's order, a
    partition's groups and problems come out the same on every run.
    """
    numbers = part[row].to_numpy()
    order = np.argsort(numbers, kind="stable")
    return part.iloc[order], numbers[order]


def _renumbered_path(text: str, numbers: Any) -> str:
    """A path ``rows[i]...`` with *i* (a position in a partition) made the frame's."""
    found = _ROWS.match(text)
    if found is None:
        return text
    return f"rows[{int(numbers[int(found[1])])}]{text[found.end() :]}"


def _renumbered(
    error: InvalidDataError, numbers: Any, messages: tuple[str, ...] = ()
) -> InvalidDataError:
    """*error* with each ``rows[i]`` of a partition as the row's number in the frame.

    A message that starts with one of *messages* followed by ``rows[j]`` names
    another row (the earlier of two repeated ratings, a pair's other rating): that
    number is renumbered too. Only there: the rest of a message may quote a cell,
    which is the researcher's text.
    """
    problems = []
    for problem in error.problems:
        message = problem.message
        for start in messages:
            if message.startswith(start):
                head = len(start)
                message = message[:head] + _renumbered_path(message[head:], numbers)
                break
        problems.append(Problem(_renumbered_path(problem.path, numbers), message))
    return InvalidDataError(problems, omitted=error.omitted)


# The roll-up.


def _rollup_partition(
    part: Any,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy],
    columns: Mapping[str, str],
    row: str,
) -> Any:
    """Roll up one partition holding every row of its students (on a worker)."""
    part, numbers = _in_order(part, row)
    try:
        read = read_evidence_columns(part, columns)
        data = _rollup_coded(read, policy, policies, columns["score"])
    except InvalidDataError as error:
        raise _renumbered(error, numbers) from None
    return framed(nw.from_native(part, eager_only=True), data, ROLLUP_KINDS)


def dask_rollup(
    frame: Any,
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None,
    columns: Mapping[str, str],
) -> Any:
    """Roll up a Dask frame of evidence, lazily: a Dask frame computed on the workers.

    The rows are numbered, shuffled by the student column so that each student's
    rows live in one partition, and each partition is rolled up by the eager
    code. The result's rows are those of the eager `selfassess.tables.rollup` on
    the same rows, with the same columns, dtypes and numbers; their order differs:
    within a partition, students by first appearance in the frame, but the
    partitions come in the order of the shuffle's hash. Sort the result (or set an
    index) where order matters.

    Args:
        frame: A Dask dataframe (or narwhals' lazy frame of one).
        policy: The policy of every standard without its own.
        policies: Some standards' own policies, by standard id, or ``None``.
        columns: Each `selfassess.Evidence` field's column name in *frame* (see
            ``_reading.column_names``).

    Returns:
        A lazy Dask dataframe; nothing is computed until the caller computes it.

    Raises:
        ArgumentTypeError: At once, if *policy* is not a `MasteryPolicy` or
            *policies* not a mapping of them.
        InvalidDataError: At once, if a column is missing or of the wrong type
            (seen in the frame's dtypes). When computed, if a cell is bad: the
            problems of the partition that raised first, each ``rows[12].score``
            with the row's position in the whole frame (in the order of its
            partitions); other partitions may hold more. If the power law meets a
            score at or below 0 with no floor, that score's cell, numbered so
            too (the first such group's, in that partition).
    """
    check = Arguments()
    check.instance("policy", policy, MasteryPolicy)
    check.done()
    chosen = _checked_policies(policies)
    frame = _native(frame)
    # Every column problem now, from the dtypes, before any work is sent out; the
    # roll-up of no rows is the result's meta.
    empty = _empty_like(frame)
    data = _rollup_coded(read_evidence_columns(empty, columns), policy, chosen, None)
    meta = framed(nw.from_native(empty, eager_only=True), data, ROLLUP_KINDS)
    frame = _reading(frame, columns.values())
    row = _row_column(frame)
    shuffled = _numbered(frame, row).shuffle(on=columns["student"], ignore_index=True)
    return shuffled.map_partitions(
        _rollup_partition, policy, chosen, dict(columns), row, meta=meta
    )


# Calibration.


def _messages(chosen: Settings) -> tuple[str, ...]:
    """The beginnings of `calibrate`'s messages that name another row."""
    repeats = tuple(
        f"must not repeat the {shown(role)} rating of " for role in chosen.roles
    )
    return (*repeats, _APART)


def _calibrate_partition(part: Any, chosen: Settings, row: str) -> Any:
    """Calibrate one partition holding whole groups and pairs (on a worker)."""
    part, numbers = _in_order(part, row)
    try:
        result = calibrate_eager(nw.from_native(part, eager_only=True), chosen)
    except InvalidDataError as error:
        raise _renumbered(error, numbers, _messages(chosen)) from None
    return result.to_native()


def _check_partition(part: Any, chosen: Settings, row: str) -> Any:
    """Check the ratings of one partition holding whole pairs; give it back as is."""
    ordered, numbers = _in_order(part, row)
    try:
        _read(nw.from_native(ordered, eager_only=True), chosen, 0)
    except InvalidDataError as error:
        raise _renumbered(error, numbers, _messages(chosen)) from None
    return part


def dask_calibrate(frame: Any, chosen: Settings) -> Any:
    """Calibrate a Dask frame of ratings, lazily: a Dask frame computed on the workers.

    Each partition must hold whole groups (for the statistics) and whole pairs
    (so that a rating given twice, or a pair split between two groups, is found
    as the eager `selfassess.tables.calibrate` finds it). So the rows are shuffled
    by the grouping columns that also pair the ratings (``by="student"`` with the
    default *on*: by student), which keeps both whole. When no grouping column
    pairs the ratings (``by="class"``), the rows are shuffled twice: by the pairing
    columns to check every pair, then by the grouping columns. With no *by*, the
    whole table is one group and is calibrated in one partition, on one worker.

    The result has the eager function's columns, dtypes and numbers; its rows come
    in the order of the partitions, each partition's groups in the order of their
    first rating in the frame.

    Args:
        frame: A Dask dataframe (or narwhals' lazy frame of one).
        chosen: The checked arguments (``_calibrate.settings``).

    Returns:
        A lazy Dask dataframe; nothing is computed until the caller computes it.

    Raises:
        ArgumentTypeError: At once, if *chosen* has a random source: each
            partition would draw from its own copy of it, so the intervals would
            depend on the partitions. Compute the frame first, or calibrate without
            the bootstrap.
        InvalidDataError: At once, if a column is missing. When computed, as the
            eager function does, for the partition that raised first, each
            ``rows[12]`` the row's position in the whole frame.
    """
    if chosen.rng is not None:
        message = (
            "must be None for a Dask frame: each partition would draw from its "
            "own copy, so the intervals would depend on the partitions; compute "
            "the frame first to bootstrap it"
        )
        raise ArgumentTypeError([Problem("rng", message)])
    frame = _native(frame)
    empty = nw.from_native(_empty_like(frame), eager_only=True)
    # A missing column now, before any work is sent out; the calibration of no
    # rows (one row for the whole table when there is no grouping) gives the meta.
    meta = calibrate_eager(empty, chosen).to_native().iloc[:0]
    frame = _reading(frame, chosen.read)
    if not chosen.by:
        whole = frame.repartition(npartitions=1)
        row = _row_column(frame)
        return _numbered(whole, row).map_partitions(
            _calibrate_partition, chosen, row, meta=meta
        )
    row = _row_column(frame)
    numbered = _numbered(frame, row)
    both = [name for name in chosen.by if name in chosen.on]
    if not both:
        numbered = numbered.shuffle(on=list(chosen.on), ignore_index=True)
        numbered = numbered.map_partitions(
            _check_partition, chosen, row, meta=_empty_like(numbered)
        )
    shuffled = numbered.shuffle(on=both or list(chosen.by), ignore_index=True)
    return shuffled.map_partitions(_calibrate_partition, chosen, row, meta=meta)
