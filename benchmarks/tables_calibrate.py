"""Benchmark `selfassess.tables.calibrate` by student against NumPy and co.

Run from the repository root with the development dependencies installed::

    python benchmarks/tables_calibrate.py            # 1,000,000 pairs
    python benchmarks/tables_calibrate.py --quick    # 100,000 pairs

It builds a long table of ratings as an LMS export gives it: 10,000 students x 100
criteria-occasions (1,000 students with ``--quick``), each rated by the student
and by the teacher on a 4-point scale (the student off by a level now and then),
two rows a pair, seeded and shuffled, in a pandas DataFrame. Then it times, in the
same run, from that frame to one row of statistics a student:

- selfassess: ``tables.calibrate(frame, categories=[1, 2, 3, 4], by="student")``,
  which also gives the three kappas' large-sample intervals;
- the reference: pandas pairs the two ratings (a merge on student and criterion)
  and splits the pairs by student, then for each student scikit-learn's
  ``cohen_kappa_score`` (unweighted, linear, quadratic), ``krippendorff.alpha``
  (ordinal) and NumPy (exact and adjacent agreement, bias, mean absolute
  difference, Gwet's AC1 and AC2 from the 4 x 4 table).

The script checks that both agree (to 1e-9) on every student, and prints both
times and their ratio (the target: selfassess at most 2x the reference). Times are
CPU time of this process (`time.process_time`), the best of ``--repeat`` runs of
each. pandas, scikit-learn and krippendorff are development-only dependencies.
"""

from __future__ import annotations

import argparse
import gc
import math
import time
from collections.abc import Callable
from typing import Any

import krippendorff
import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score

from selfassess import tables

FOUR = [1, 2, 3, 4]
CRITERIA = 100


def make_frame(students: int, seed: int = 7) -> pd.DataFrame:
    """Two rows a pair (the student's rating and the teacher's), shuffled."""
    rng = np.random.default_rng(seed)
    count = students * CRITERIA
    teacher = rng.choice([1, 2, 2, 3, 3, 3, 4, 4], size=count)
    mine = np.clip(teacher + rng.choice([-1, 0, 0, 0, 1, 1], size=count), 1, 4)
    ids = np.array([f"s{number:06d}" for number in range(students)], dtype=object)
    student = np.repeat(ids, CRITERIA)
    criterion = np.array([f"c{number:03d}" for number in range(CRITERIA)], dtype=object)
    criteria = np.tile(criterion, students)
    frame = pd.DataFrame(
        {
            "student": np.concatenate([student, student]),
            "criterion": np.concatenate([criteria, criteria]),
            "role": np.repeat(np.array(["student", "teacher"], dtype=object), count),
            "score": np.concatenate([mine, teacher]),
        }
    )
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def gwet(table: np.ndarray, weights: np.ndarray) -> float:
    """Gwet's AC from a k x k table of counts (Gwet 2014, Handbook, ch. 3)."""
    k = len(table)
    p = table / table.sum()
    pi = (p.sum(axis=1) + p.sum(axis=0)) / 2
    agreement = float((p * weights).sum())
    chance = weights.sum() / (k * (k - 1)) * float((pi * (1 - pi)).sum())
    return (agreement - chance) / (1 - chance)


POSITIONS = np.arange(len(FOUR))
AGREEMENT_WEIGHTS = {
    "ac1": (POSITIONS[:, None] == POSITIONS[None, :]).astype(float),
    "linear_ac2": 1 - np.abs(POSITIONS[:, None] - POSITIONS[None, :]) / 3,
    "quadratic_ac2": 1 - (POSITIONS[:, None] - POSITIONS[None, :]) ** 2 / 9,
}


def one_student(mine: np.ndarray, theirs: np.ndarray) -> dict[str, float]:
    """Every statistic of one student's pairs, from the reference libraries."""
    gaps = mine - theirs
    found = {
        "pairs": float(len(mine)),
        "exact_agreement": float(np.mean(gaps == 0)),
        "adjacent_agreement": float(np.mean(np.abs(gaps) <= 1)),
        "bias": float(np.mean(gaps)),
        "mean_absolute_difference": float(np.mean(np.abs(gaps))),
    }
    for name, weights in (
        ("kappa", None),
        ("linear_kappa", "linear"),
        ("quadratic_kappa", "quadratic"),
    ):
        found[name] = float(
            cohen_kappa_score(mine, theirs, labels=FOUR, weights=weights)
        )
    found["ordinal_alpha"] = float(
        krippendorff.alpha(
            reliability_data=np.vstack([mine, theirs]),
            level_of_measurement="ordinal",
            value_domain=FOUR,
        )
    )
    table = np.bincount((mine - 1) * 4 + (theirs - 1), minlength=16).reshape(4, 4)
    for name, weights in AGREEMENT_WEIGHTS.items():
        found[name] = gwet(table, weights)
    return found


def reference(frame: pd.DataFrame) -> dict[str, dict[str, float]]:
    """Pair the ratings with pandas, split by student, compute each student's."""
    mine = frame[frame["role"] == "student"]
    theirs = frame[frame["role"] == "teacher"]
    pairs = mine.merge(
        theirs, on=["student", "criterion"], suffixes=("_self", "_teacher")
    )
    pairs = pairs.sort_values("student", kind="stable")
    students = pairs["student"].to_numpy()
    starts = np.flatnonzero(np.r_[True, students[1:] != students[:-1]])
    selves = np.split(pairs["score_self"].to_numpy(), starts[1:])
    teachers = np.split(pairs["score_teacher"].to_numpy(), starts[1:])
    return {
        students[start]: one_student(a, b)
        for start, a, b in zip(starts, selves, teachers, strict=True)
    }


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The best CPU time of *repeat* runs, and the last run's result."""
    best, result = math.inf, None
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def check(result: pd.DataFrame, expected: dict[str, dict[str, float]]) -> None:
    """Every student's statistics agree with the reference's to 1e-9."""
    assert len(result) == len(expected), (len(result), len(expected))
    for row in result.to_dict("records"):
        for name, value in expected[row["student"]].items():
            assert abs(row[name] - value) < 1e-9, (row["student"], name, value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 pairs")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    students = 1_000 if arguments.quick else 10_000
    frame = make_frame(students)
    pairs = students * CRITERIA
    print(
        f"{pairs:,} pairs ({len(frame):,} rows), {students:,} students x "
        f"{CRITERIA} criteria, 4-point scale; CPU time, best of {arguments.repeat}:"
    )
    ours, result = timed(
        lambda: tables.calibrate(frame, categories=FOUR, by="student"),
        arguments.repeat,
    )
    theirs, expected = timed(lambda: reference(frame), arguments.repeat)
    check(result, expected)
    print(f"  selfassess tables.calibrate(by='student') {ours:8.2f} s")
    print(f"  pandas + scikit-learn + krippendorff      {theirs:8.2f} s")
    print(f"  ratio (target at most 2)                  {ours / theirs:8.2f}")
    print("  (every student's statistics agree to 1e-9)")


if __name__ == "__main__":
    main()
