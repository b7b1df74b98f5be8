"""Benchmark the calibration statistics of `selfassess.rubrics` against NumPy and co.

Run from the repository root with the development dependencies installed::

    python benchmarks/calibration.py            # 10,000 and 100,000 pairs
    python benchmarks/calibration.py --quick    # 1,000 and 10,000 pairs

It prints three things, all measured in the same run:

1. `calibrate`'s cost a pair on a class's and a district's worth of paired ratings
   on a 4-point scale (students' and teacher's, the student off by a level now and
   then), beside the same statistics computed by scikit-learn's
   ``cohen_kappa_score`` (the three kappas), ``krippendorff.alpha`` (ordinal alpha)
   and NumPy (agreement, bias, mean absolute difference, Gwet's AC1 and AC2) on the
   same data, held as NumPy arrays ready for them. The script checks that all agree.
   A reference that is not installed is skipped, and the script says so.
2. The cost of the bootstrap intervals `calibrate` adds when given a random source.
3. How each function's time grows when its input grows ten times: the growth
   exponent ``log(t2 / t1) / log(10)`` (1 is linear, 2 quadratic) of `calibrate`
   (pairs), `krippendorff_alpha` at the ordinal and interval levels (1,000 and
   10,000 distinct decimal scores, as percent scores with one and two decimals
   have), `weighted_kappa` (categories, with ten pairs a category) and `compare`
   (criteria of one rubric). For scale, it also times the memory alone: sorting
   the distinct values and reading a dict of them in that order.

Times are CPU time of this process (`time.process_time`), the best of ``--repeat``
runs, so that other work on the machine counts as little as it can.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import math
import random
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from types import ModuleType
from typing import Any

import selfassess as sa
from selfassess.rubrics import (
    Assessment,
    Criterion,
    Rating,
    Rubric,
    RubricKind,
    calibrate,
    compare,
    krippendorff_alpha,
    weighted_kappa,
)

FOUR = [1, 2, 3, 4]


def optional(name: str) -> ModuleType | None:
    """The module, or ``None`` (said aloud) if it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        print(f"({name} is not installed: its reference is skipped)")
        return None


np = optional("numpy")
metrics = optional("sklearn.metrics")
krippendorff = optional("krippendorff")


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The best CPU time of *repeat* runs, and the last run's result."""
    best, result = math.inf, None
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def growth(small: float, large: float) -> float:
    """The growth exponent of a time over an input ten times larger."""
    return math.log(large / small) / math.log(10)


def rubric_pairs(count: int, seed: int = 14) -> tuple[list[int], list[int]]:
    """Self and teacher ratings on a 4-point scale, the student now and then off."""
    rng = random.Random(seed)
    teacher = [rng.choice([1, 2, 2, 3, 3, 3, 4, 4]) for _ in range(count)]
    mine = [
        min(4, max(1, level + rng.choice([-1, 0, 0, 0, 1, 1]))) for level in teacher
    ]
    return mine, teacher


def with_references(mine: Any, theirs: Any) -> dict[str, float]:
    """The statistics of `calibrate` from scikit-learn, krippendorff and NumPy."""
    assert np is not None
    found: dict[str, float] = {}
    gaps = mine - theirs
    found["exact_agreement"] = float(np.mean(gaps == 0))
    found["adjacent_agreement"] = float(np.mean(np.abs(gaps) <= 1))
    found["bias"] = float(np.mean(gaps))
    found["mean_absolute_difference"] = float(np.mean(np.abs(gaps)))
    if metrics is not None:
        for name, weights in (
            ("kappa", None),
            ("linear_kappa", "linear"),
            ("quadratic_kappa", "quadratic"),
        ):
            found[name] = float(
                metrics.cohen_kappa_score(mine, theirs, labels=FOUR, weights=weights)
            )
    if krippendorff is not None:
        found["ordinal_alpha"] = float(
            krippendorff.alpha(
                reliability_data=np.vstack([mine, theirs]),
                level_of_measurement="ordinal",
            )
        )
    # Gwet's AC1 and AC2 (Gwet 2014, ch. 3) from the 4 x 4 table.
    k = len(FOUR)
    table = np.bincount((mine - 1) * k + (theirs - 1), minlength=k * k).reshape(k, k)
    p = table / table.sum()
    pi = (p.sum(axis=1) + p.sum(axis=0)) / 2
    positions = np.arange(k)
    for name, distance in (
        ("ac1", (positions[:, None] != positions[None, :]).astype(float)),
        ("linear_ac2", np.abs(positions[:, None] - positions[None, :]) / (k - 1)),
        (
            "quadratic_ac2",
            (positions[:, None] - positions[None, :]) ** 2 / (k - 1) ** 2,
        ),
    ):
        weights = 1 - distance
        agreement = float((p * weights).sum())
        chance = weights.sum() / (k * (k - 1)) * float((pi * (1 - pi)).sum())
        found[name] = (agreement - chance) / (1 - chance)
    return found


def print_calibrate(sizes: tuple[int, int], repeat: int) -> list[float]:
    """Time calibrate beside the references at both sizes; return its two times."""
    times = []
    print("calibrate, a 4-point scale, cost a pair (best of", repeat, "runs):")
    for count in sizes:
        mine, theirs = rubric_pairs(count)
        seconds, result = timed(partial(calibrate, mine, theirs, FOUR), repeat)
        times.append(seconds)
        line = f"  {count:>9,} pairs: selfassess {seconds / count * 1e6:7.2f} us"
        if np is not None:
            arrays = np.array(mine), np.array(theirs)
            reference_seconds, reference = timed(
                partial(with_references, *arrays), repeat
            )
            for name, value in reference.items():
                assert abs(getattr(result, name) - value) < 1e-9, (name, value)
            line += (
                f"   references {reference_seconds / count * 1e6:7.2f} us"
                f"   ratio {seconds / reference_seconds:5.2f}"
            )
        print(line)
    print("  (references: scikit-learn's three kappas, krippendorff's ordinal alpha,")
    print("   NumPy's agreement, bias, difference and Gwet's AC1 and AC2, on arrays;")
    print("   the values agree with calibrate's to 1e-9)")
    return times


def print_bootstrap(sizes: tuple[int, int], repeat: int) -> list[float]:
    """Time calibrate with 1,000 bootstrap resamples at both sizes."""
    times = []
    print("calibrate with rng= (1,000 resamples for 5 intervals), whole call:")
    for count in sizes:
        mine, theirs = rubric_pairs(count)
        seconds, _ = timed(
            partial(calibrate, mine, theirs, FOUR, rng=random.Random(1)), repeat
        )
        times.append(seconds)
        print(f"  {count:>9,} pairs: {seconds:8.3f} s")
    return times


def decimal_table(units: int, seed: int = 15) -> list[list[float]]:
    """Two raters' scores with three decimals, every one distinct: 2 * units values.

    The two ratings of a unit are neighbours among the sorted values, so that the
    raters agree closely, as a student and a teacher scoring in percent would.
    """
    rng = random.Random(seed)
    values = sorted(value / 1000 for value in rng.sample(range(100_000), 2 * units))
    pairs = [(values[2 * unit + 1], values[2 * unit]) for unit in range(units)]
    rng.shuffle(pairs)
    return [[mine for mine, _ in pairs], [teacher for _, teacher in pairs]]


def memory_alone(table: list[list[float]]) -> int:
    """Sort the distinct values and read a dict of them in that order, nothing more.

    The least any exact ordinal statistic does with its values; its growth is what
    the memory of the machine adds to a linear algorithm at these sizes.
    """
    totals = dict.fromkeys(table[0] + table[1], 1)
    return sum(totals[value] for value in sorted(totals))


def build_comparison(criteria: int, seed: int = 16) -> tuple[Assessment, Assessment]:
    rng = random.Random(seed)
    rubric = Rubric(
        id="long",
        title="A long rubric",
        kind=RubricKind.ANALYTIC,
        scale=sa.FOUR_POINT,
        criteria=[
            Criterion(id=f"c{i}", title=f"Criterion {i}") for i in range(criteria)
        ],
    )

    def filled(id: str, role: sa.Role) -> Assessment:
        return Assessment(
            id=id,
            rubric=rubric,
            student="ana",
            rater=id,
            role=role,
            assessed_on=date(2026, 10, 2),
            ratings=[
                Rating(criterion=f"c{i}", level=rng.randint(1, 4))
                for i in range(criteria)
            ],
        )

    return filled("self", sa.Role.STUDENT), filled("teacher", sa.Role.TEACHER)


def print_growth(
    name: str, unit: str, small: int, large: int, times: tuple[float, float]
) -> None:
    print(
        f"  {name:<28} {small:>7,} -> {large:>8,} {unit:<16}"
        f"{times[0]:9.4f} s -> {times[1]:9.4f} s   exponent {growth(*times):5.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes ten times smaller")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    scale = 10 if arguments.quick else 1
    repeat = arguments.repeat
    sizes = (10_000 // scale, 100_000 // scale)

    calibrate_times = print_calibrate(sizes, repeat)
    print()
    bootstrap_times = print_bootstrap(sizes, repeat)
    print()
    print("growth when the input grows ten times (target: exponent at most 1.2):")
    print_growth("calibrate", "pairs", *sizes, (calibrate_times[0], calibrate_times[1]))
    print_growth(
        "calibrate with rng=", "pairs", *sizes, (bootstrap_times[0], bootstrap_times[1])
    )
    # Percent scores with one decimal have up to 1,001 distinct values; with two,
    # up to 10,001: the sizes where a table over every pair of values gave out.
    units = (500 // scale, 5_000 // scale)
    for level in ("ordinal", "interval"):
        found = [
            timed(partial(krippendorff_alpha, decimal_table(count), level), repeat)[0]
            for count in units
        ]
        print_growth(
            f"krippendorff_alpha {level}",
            "distinct values",
            2 * units[0],
            2 * units[1],
            (found[0], found[1]),
        )
    baseline = [
        timed(partial(memory_alone, decimal_table(count)), repeat)[0] for count in units
    ]
    print_growth(
        "  for scale, the memory alone",
        "distinct values",
        2 * units[0],
        2 * units[1],
        (baseline[0], baseline[1]),
    )
    kappa_times = []
    for k in (1_000 // scale, 10_000 // scale):
        rng = random.Random(k)
        levels = list(range(k))
        mine = [rng.randrange(k) for _ in range(10 * k)]
        theirs = [min(k - 1, max(0, x + rng.randint(-3, 3))) for x in mine]
        kappa_times.append(
            timed(partial(weighted_kappa, mine, theirs, levels, "linear"), repeat)[0]
        )
    print_growth(
        "weighted_kappa linear",
        "categories",
        1_000 // scale,
        10_000 // scale,
        (kappa_times[0], kappa_times[1]),
    )
    compare_times = []
    for criteria in (1_000 // scale, 10_000 // scale):
        mine_assessment, theirs_assessment = build_comparison(criteria)
        compare_times.append(
            timed(partial(compare, mine_assessment, theirs_assessment), repeat)[0]
        )
    print_growth(
        "compare",
        "criteria",
        1_000 // scale,
        10_000 // scale,
        (compare_times[0], compare_times[1]),
    )


if __name__ == "__main__":
    main()
