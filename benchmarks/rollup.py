"""Benchmark `selfassess.mastery.rollup` against pandas and NumPy on the same rows.

Run from the repository root with the development dependencies installed::

    python benchmarks/rollup.py            # 1,000,000 rows, as in docs/performance.md
    python benchmarks/rollup.py --quick    # 100,000 rows, for a quick look

It builds 10,000 students x 20 standards x 5 scores (the row count scales the number
of students), then times, from rows already in memory to the result:

- selfassess: ``rollup(evidence, MasteryPolicy())`` on `Evidence` objects;
- pandas: a ``groupby(...).apply`` of the same formula on a DataFrame;
- NumPy: a vectorized reference on arrays.

All three compute the recursive decaying average (weight 0.65) of each student's
scores on each standard in date order, rounded half up to 2 decimals; the script
checks that they agree. Times are CPU time of this process (`time.process_time`),
the best of ``--repeat`` runs for each of the three, pandas included, so that other
work on the machine counts as little as it can and no side is favoured. It also
times selfassess at 10,000 rows to check that the cost per row stays flat (and NumPy
at 10,000 rows, to show what the memory alone does to the cost a row). `rollup`
computes every value and band; each `MasteryEstimate` is built when it is read, so
the script also times reading all of them. Last, it prints what each target leaves
for a row beside what `rollup` costs a row when the whole table fits in the cache,
and times the memory alone: the two of `rollup`'s reads of each row that wait on
the memory (each row's student id in table order, then each row again in its
student's order), with no other work than keeping what they read. pandas and NumPy
are development-only dependencies.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import operator
import pstats
import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np
import pandas as pd

from selfassess import Evidence
from selfassess.mastery import MasteryPolicy, rollup

STANDARDS = 20
SCORES = 5
WEIGHT = 0.65


def make_rows(students: int, seed: int = 4) -> list[tuple[str, str, date, float]]:
    """(student, standard, day, score) rows, shuffled, as an LMS export gives them."""
    rng = random.Random(seed)
    days = [date(2026, 9, 1) + timedelta(weeks=week) for week in range(SCORES)]
    standards = [f"std-{number:02d}" for number in range(STANDARDS)]
    rows = [
        (f"s{student:06d}", standard, day, float(rng.randint(1, 4)))
        for student in range(students)
        for standard in standards
        for day in days
    ]
    rng.shuffle(rows)
    return rows


def to_evidence(rows: list[tuple[str, str, date, float]]) -> list[Evidence]:
    return [
        Evidence(student=student, standard=standard, score=score, assessed_on=day)
        for student, standard, day, score in rows
    ]


def round_half_up(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def decaying(scores: Any) -> float:
    """The same recursive formula as selfassess, on a pandas Series."""
    values = scores.to_numpy()
    running = values[0]
    for score in values[1:]:
        running = WEIGHT * score + (1 - WEIGHT) * running
    return round_half_up(float(running))


def with_pandas(frame: pd.DataFrame) -> pd.Series:
    ordered = frame.sort_values("day", kind="stable")
    return ordered.groupby(["student", "standard"], sort=False)["score"].apply(decaying)


def with_numpy(
    group: np.ndarray, day: np.ndarray, score: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return each group and its decaying average, rounded to 2 decimals.

    Vectorized: xk = sum_i c_i s_i with c = (1-w)^(k-1) for the first score and
    w (1-w)^(k-i) for the others, for groups of any size. The sum is in another
    order than the recursion, so it can differ in the last bits; the check compares
    it with the unrounded value.
    """
    order = np.lexsort((day, group))
    group, score = group[order], score[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, len(group)])
    position = np.arange(len(group)) - np.repeat(starts, sizes)
    from_end = np.repeat(sizes, sizes) - 1 - position
    coefficient = WEIGHT * (1 - WEIGHT) ** from_end
    coefficient[starts] = (1 - WEIGHT) ** (sizes - 1)
    values = np.add.reduceat(coefficient * score, starts)
    # Rounded half up on two decimals, as the policies do (up to the last bits).
    return group[starts], values, np.floor(values * 100 + 0.5) / 100


COLLECT = True
"""Whether the garbage collector runs during the timed runs (``--no-gc`` turns it
off, to measure how much of the time it takes)."""


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        if not COLLECT:
            gc.disable()
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
        gc.enable()
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 rows")
    parser.add_argument("--profile", action="store_true", help="profile rollup")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--no-gc", action="store_true", help="turn the garbage collector off"
    )
    arguments = parser.parse_args()
    global COLLECT  # noqa: PLW0603  # a switch for this script's own timing only
    COLLECT = not arguments.no_gc
    students = 1_000 if arguments.quick else 10_000
    policy = MasteryPolicy()

    rows = make_rows(students)
    evidence = to_evidence(rows)
    frame = pd.DataFrame(rows, columns=["student", "standard", "day", "score"])
    keys, group, day, score = to_arrays(rows)
    count = len(rows)

    seconds, result = timed(lambda: rollup(evidence, policy), arguments.repeat)
    # rollup computes every value; each MasteryEstimate is built when read. Time
    # reading them all too, so that the figure with them is on record.
    read_seconds, _ = timed(lambda: sum(1 for _ in result.values()), arguments.repeat)
    small = make_rows(100)
    small_evidence = to_evidence(small)
    small_seconds, _ = timed(lambda: rollup(small_evidence, policy), 20)
    pandas_seconds, by_pandas = timed(lambda: with_pandas(frame), arguments.repeat)
    numpy_seconds, (numpy_groups, numpy_raw, _) = timed(
        lambda: with_numpy(group, day, score), arguments.repeat
    )
    # NumPy's own cost a row at 10,000 rows, to see what the memory alone does.
    small_arrays = (group[group < 2_000], day[group < 2_000], score[group < 2_000])
    small_numpy_seconds, _ = timed(lambda: with_numpy(*small_arrays), 20)

    # The three agree.
    ours = {key: estimate.value for key, estimate in result.items()}
    assert ours == {key: float(value) for key, value in by_pandas.items()}
    by_key = keys
    assert all(
        abs(result[by_key[g]].raw - float(v)) < 1e-9  # type: ignore[operator]
        for g, v in zip(numpy_groups, numpy_raw, strict=True)
    )

    per_row = seconds / count * 1e9
    small_per_row = small_seconds / len(small) * 1e9
    numpy_ratio = (numpy_seconds / count) / (small_numpy_seconds / len(small_arrays[0]))
    print(f"rows: {count:,}; groups: {len(result):,}")
    print(f"selfassess rollup:      {seconds:8.3f} s  ({per_row:6.0f} ns a row)")
    print(f"  then reading every estimate: {read_seconds:8.3f} s")
    print(f"pandas groupby-apply:   {pandas_seconds:8.3f} s")
    print(f"NumPy vectorized:       {numpy_seconds:8.3f} s")
    print(
        f"selfassess at {len(small):,} rows: {small_seconds:8.4f} s "
        f"({small_per_row:6.0f} ns a row)"
    )
    print(f"faster than pandas:     {pandas_seconds / seconds:8.1f} x (target >= 5)")
    print(
        f"  counting the reading:  {pandas_seconds / (seconds + read_seconds):8.1f} x"
    )
    print(f"slower than NumPy:      {seconds / numpy_seconds:8.1f} x (target <= 3)")
    print(f"cost a row, large/small:{per_row / small_per_row:8.2f} (target <= 1.3)")
    print(f"  NumPy's, for scale:   {numpy_ratio:8.2f}")
    print("what each target leaves a row, against selfassess at 10,000 rows:")
    print(f"  pandas' 5x:           {pandas_seconds / 5 / count * 1e9:8.0f} ns")
    print(f"  NumPy's 3x:           {numpy_seconds * 3 / count * 1e9:8.0f} ns")
    print(f"  selfassess in cache:  {small_per_row:8.0f} ns")
    print_memory_alone(evidence, arguments.repeat)

    if arguments.profile:
        print(profiled(lambda: rollup(evidence, policy)))


def to_arrays(
    rows: list[tuple[str, str, date, float]],
) -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray, np.ndarray]:
    """The groups in order, and a group number, day and score array for NumPy."""
    keys = {
        key: index
        for index, key in enumerate(
            dict.fromkeys((student, standard) for student, standard, _, _ in rows)
        )
    }
    group = np.array([keys[(s, t)] for s, t, _, _ in rows], dtype=np.int64)
    day = np.array([d.toordinal() for _, _, d, _ in rows], dtype=np.int64)
    score = np.array([x for _, _, _, x in rows], dtype=np.float64)
    return list(keys), group, day, score


def print_memory_alone(evidence: list[Evidence], repeat: int) -> None:
    """Time the two of `rollup`'s reads of each row that wait on the memory, alone.

    First each row's student id, in the order of the table (the id is a string
    object of its own, elsewhere in memory); then each row again, its standard
    read, student by student (rows in an order unlike the one they sit in memory).
    """
    student, standard = operator.attrgetter("student"), operator.attrgetter("standard")
    ids_seconds, _ = timed(lambda: list(map(student, evidence)), repeat)
    by_student: dict[str, list[Evidence]] = {}
    for item in evidence:
        by_student.setdefault(item.student, []).append(item)
    rows_seconds, _ = timed(
        lambda: [list(map(standard, items)) for items in by_student.values()], repeat
    )
    print("the memory alone, with no other work:")
    print(f"  reading each row's student id, in table order:  {ids_seconds:6.3f} s")
    print(f"  reading each row again, in its student's order: {rows_seconds:6.3f} s")


def profiled(function: Callable[[], Any]) -> str:
    """A cProfile of one call, the 12 functions with the most time of their own."""
    profiler = cProfile.Profile()
    profiler.enable()
    function()
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
    return text.getvalue()


if __name__ == "__main__":
    main()
