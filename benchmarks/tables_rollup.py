"""Benchmark `selfassess.tables.rollup` on a frame of a million rows, side by side.

Run from the repository root with the development dependencies installed::

    python benchmarks/tables_rollup.py             # 1,000,000 rows
    python benchmarks/tables_rollup.py --quick     # 100,000 rows, for a quick look
    python benchmarks/tables_rollup.py --profile   # and where rollup's time goes

It builds a pandas frame of 10,000 students x 20 standards x 5 scores (string ids,
dates as ``datetime64``, scores 1 to 4, the rows shuffled with a fixed seed), then
times, from the frame to a frame of results, in one run:

- ``rollup``: `selfassess.tables.rollup` with the default policy (the recursive
  decaying average, 0.65, rounded to 2 decimals and banded), every cell checked;
- a NumPy reference doing the same work from the same columns: the ids factorized
  (with pandas' ``factorize``, the hash table ``rollup`` reads a pandas frame
  with), the rows ordered by ``np.lexsort`` on group and day, the closed-form
  weights w(1-w)^(n-k) (the first score's (1-w)^(n-1)) summed by
  ``np.add.reduceat``, rounded half up, banded, and a pandas frame of the same
  columns built (target: ``rollup`` at most 1.5x its time);
- pandas ``groupby().apply()`` of the same formula (target: ``rollup`` at least
  20x faster);
- ``rollup`` from a polars frame of the same rows;
- ``rollup`` at 10,000 rows (100 students), for the cost a row (target: at a
  million rows, at most 1.3x that at 10,000);
- `selfassess.tables.evidence`, the check of every cell alone (target: at most
  2x ``rollup``'s time: checking the rows costs no more than twice rolling them
  up);
- the peak memory ``rollup`` needs beyond the frame, in a fresh process: traced
  by `tracemalloc` (NumPy's and Python's allocations, an array of zeros counted
  whole though the system gives it no memory until written) and, on Linux, the
  rise of the process's resident memory, its peak reset just before (every
  allocation, Arrow's too), against the frame's own memory (target: at most 2x).

Every time is CPU time of this process (`time.process_time`), the best of
``--repeat`` runs, the four timed at a million rows run in turn in each round, so
that a change in the machine's load touches each alike (pandas' slow
``groupby().apply()`` runs ``--slow-repeat`` times); the script checks that the
three agree before it prints anything. pandas,
polars and NumPy are development-only dependencies; the library itself reads the
frame through narwhals.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import gc
import io
import pstats
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import polars as pl

from selfassess import tables
from selfassess.mastery import MasteryPolicy
from selfassess.tables._rollup import rollup

STANDARDS = 20
SCORES = 5
WEIGHT = 0.65


def make_frame(students: int, seed: int = 4) -> pd.DataFrame:
    """(student, standard, score, assessed_on) rows, shuffled, as an LMS export."""
    rng = np.random.default_rng(seed)
    count = students * STANDARDS * SCORES
    place = np.arange(count)
    student = place // (STANDARDS * SCORES)
    standard = place // SCORES % STANDARDS
    week = place % SCORES
    ids = np.array([f"s{number:06d}" for number in range(students)], dtype=object)
    names = np.array([f"std-{number:02d}" for number in range(STANDARDS)], dtype=object)
    days = np.datetime64("2026-09-01") + 7 * week
    frame = pd.DataFrame(
        {
            "student": pd.Series(ids[student], dtype="str"),
            "standard": pd.Series(names[standard], dtype="str"),
            "score": rng.integers(1, 5, count).astype(np.float64),
            "assessed_on": days.astype("datetime64[ns]"),
        }
    )
    return frame.iloc[rng.permutation(count)].reset_index(drop=True)


def with_numpy(frame: pd.DataFrame) -> pd.DataFrame:
    """The decaying average of every group, from the frame's columns, vectorized.

    Closed form: xk = sum_i c_i s_i with c = (1-w)^(k-1) for the first score and
    w (1-w)^(k-i) for the others. The sum is in another order than the recursion,
    so it can differ from it in the last bits; the check compares it with the
    unrounded value.
    """
    student, students = pd.factorize(frame["student"])
    standard, standards = pd.factorize(frame["standard"])
    day = frame["assessed_on"].to_numpy().astype("datetime64[D]").astype(np.int64)
    score = frame["score"].to_numpy(dtype=np.float64)
    group = student.astype(np.int64) * len(standards) + standard
    order = np.lexsort((day, group))
    group, score = group[order], score[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, len(group)])
    position = np.arange(len(group)) - np.repeat(starts, sizes)
    from_end = np.repeat(sizes, sizes) - 1 - position
    coefficient = WEIGHT * (1 - WEIGHT) ** from_end
    coefficient[starts] = (1 - WEIGHT) ** (sizes - 1)
    raw = np.add.reduceat(coefficient * score, starts)
    value = np.floor(raw * 100 + 0.5) / 100
    band = np.select(
        [value >= 3, value >= 2], ["mastered", "near"], default="not_yet"
    ).astype(object)
    keys = group[starts]
    zeros = np.zeros(len(starts), dtype=np.int64)
    return pd.DataFrame(
        {
            "student": pd.Series(np.asarray(students)[keys // len(standards)]),
            "standard": pd.Series(np.asarray(standards)[keys % len(standards)]),
            "value": value,
            "band": pd.Series(band, dtype="str"),
            "count": sizes,
            "raw": raw,
            "rows": sizes,
            "excused": zeros,
            "not_counted": zeros,
            "retakes": zeros,
        }
    )


def round_half_up(value: float) -> float:
    return float(np.floor(value * 100 + 0.5) / 100)


def decaying(scores: pd.Series) -> float:
    """The same recursive formula as selfassess, on a pandas Series."""
    values = scores.to_numpy()
    running = values[0]
    for score in values[1:]:
        running = WEIGHT * score + (1 - WEIGHT) * running
    return round_half_up(float(running))


def with_pandas(frame: pd.DataFrame) -> pd.Series:
    ordered = frame.sort_values("assessed_on", kind="stable")
    by = ordered.groupby(["student", "standard"], sort=False)["score"]
    return by.apply(decaying)


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def in_turns(
    functions: list[Callable[[], Any]], repeat: int
) -> list[tuple[float, Any]]:
    """Each function's best time and result, the functions run in turn each round."""
    best = [float("inf")] * len(functions)
    results: list[Any] = [None] * len(functions)
    for _ in range(repeat):
        for at, function in enumerate(functions):
            gc.collect()
            start = time.process_time()
            results[at] = function()
            best[at] = min(best[at], time.process_time() - start)
    return list(zip(best, results, strict=True))


def traced_peak(function: Callable[[], Any]) -> int:
    """The most memory `tracemalloc` saw allocated at once during one call."""
    gc.collect()
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _status(field: str) -> int | None:
    """A field of /proc/self/status in bytes (Linux), or ``None`` elsewhere."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    return None


def resident_peak(function: Callable[[], Any]) -> int | None:
    """How far the resident memory rose above its level before one call (Linux).

    Freed heap memory is handed back to the system first (glibc's
    ``malloc_trim``), so that the call cannot reuse pages already counted, and the
    process's peak resident size is reset (``clear_refs`` 5), so that the peak
    read afterwards is this call's alone.
    """
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None
    before = _status("VmRSS")
    function()
    peak = _status("VmHWM")
    if before is None or peak is None:
        return None
    return peak - before


def memory_child(students: int) -> None:
    """In a fresh process: the frame's memory, and rollup's traced and resident peaks."""
    frame = make_frame(students)
    policy = MasteryPolicy()
    resident = resident_peak(lambda: rollup(frame, policy))
    traced = traced_peak(lambda: rollup(frame, policy))
    frame_bytes = int(frame.memory_usage(deep=True).sum())
    print(frame_bytes, traced, -1 if resident is None else resident)


def memory(students: int) -> tuple[int, int, int | None]:
    """`memory_child`'s figures, measured in a process of their own."""
    script = [sys.executable, __file__, "--memory-child", str(students)]
    found = subprocess.run(script, capture_output=True, text=True, check=True)
    frame_bytes, traced, resident = map(int, found.stdout.split())
    return frame_bytes, traced, None if resident < 0 else resident


def profiled(function: Callable[[], Any]) -> str:
    """A cProfile of one call, the 20 functions with the most time, in all."""
    profiler = cProfile.Profile()
    profiler.enable()
    function()
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(20)
    return text.getvalue()


def check(result: pd.DataFrame, reference: pd.DataFrame, by_pandas: pd.Series) -> None:
    """The three agree: the same groups and values (raw values within 1e-9)."""
    mine = result.set_index(["student", "standard"])
    theirs = reference.set_index(["student", "standard"]).loc[mine.index]
    assert np.allclose(mine["raw"], theirs["raw"], rtol=0, atol=1e-9)
    assert (mine["count"] == theirs["count"]).all()
    assert (mine["band"] == theirs["band"]).all() or _near_ties(mine, theirs)
    expected = by_pandas.loc[mine.index]
    assert (mine["value"].to_numpy() == expected.to_numpy()).all()


def _near_ties(mine: pd.DataFrame, theirs: pd.DataFrame) -> bool:
    """Whether the bands differ only where the closed form rounds a tie otherwise."""
    differ = mine["band"] != theirs["band"]
    return bool(((mine["value"] - theirs["value"]).abs()[differ] <= 0.01).all())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 rows")
    parser.add_argument("--profile", action="store_true", help="profile rollup")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--slow-repeat", type=int, default=2)
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.memory_child:
        memory_child(arguments.memory_child)
        return
    students = 1_000 if arguments.quick else 10_000
    policy = MasteryPolicy()

    frame = make_frame(students)
    polars_frame = pl.from_pandas(frame)
    small = make_frame(100, seed=5)
    count = len(frame)
    repeat, slow = arguments.repeat, arguments.slow_repeat

    # In turns, so that a change in the machine's load touches every one alike.
    timings = in_turns(
        [
            lambda: rollup(frame, policy),
            lambda: with_numpy(frame),
            lambda: rollup(polars_frame, policy),
            lambda: tables.evidence(frame),
        ],
        repeat,
    )
    (seconds, result), (numpy_seconds, reference) = timings[0], timings[1]
    (polars_seconds, from_polars), (check_seconds, _) = timings[2], timings[3]
    pandas_seconds, by_pandas = timed(lambda: with_pandas(frame), slow)
    small_seconds, _ = timed(lambda: rollup(small, policy), 20 * repeat)
    check(result, reference, by_pandas)
    assert from_polars.to_pandas().equals(result.astype(from_polars.to_pandas().dtypes))

    frame_bytes, traced, resident = memory(students)

    per_row = seconds / count * 1e9
    small_per_row = small_seconds / len(small) * 1e9
    print(f"rows: {count:,}; groups: {len(result):,}; best of {repeat} runs")
    print(f"(pandas groupby-apply: best of {slow}; at 10,000 rows: of {20 * repeat})")
    print()
    print(f"{'':34}{'seconds':>9}{'ns a row':>10}")
    rows = [
        ("tables.rollup, pandas frame", seconds),
        ("NumPy reference", numpy_seconds),
        ("pandas groupby-apply", pandas_seconds),
        ("tables.rollup, polars frame", polars_seconds),
        ("tables.evidence (the check)", check_seconds),
    ]
    for name, taken in rows:
        print(f"{name:34}{taken:9.3f}{taken / count * 1e9:10.0f}")
    print(
        f"{'tables.rollup at 10,000 rows':34}{small_seconds:9.4f}{small_per_row:10.0f}"
    )
    print()
    print(f"{'ratio':48}{'measured':>9}  target")
    ratios = [
        ("(a) rollup / NumPy reference", seconds / numpy_seconds, "<= 1.5"),
        ("(b) pandas groupby-apply / rollup", pandas_seconds / seconds, ">= 20"),
        ("(c) rollup from polars / from pandas", polars_seconds / seconds, ""),
        ("(d) cost a row, 1,000,000 / 10,000 rows", per_row / small_per_row, "<= 1.3"),
        ("    tables.evidence / rollup", check_seconds / seconds, "<= 2"),
        ("(e) peak traced / frame memory", traced / frame_bytes, "<= 2"),
    ]
    if resident is not None:
        ratios.append(
            ("    peak resident rise / frame memory", resident / frame_bytes, "<= 2")
        )
    for name, ratio, target in ratios:
        print(f"{name:48}{ratio:9.2f}  {target}")
    print()
    print(f"frame memory (pandas, deep): {frame_bytes / 2**20:8.1f} MiB")
    print(f"peak traced by tracemalloc:  {traced / 2**20:8.1f} MiB")
    if resident is not None:
        print(f"peak resident rise:          {resident / 2**20:8.1f} MiB")

    if arguments.profile:
        print(profiled(lambda: rollup(frame, policy)))


if __name__ == "__main__":
    sys.exit(main())
