"""How each of the library's heavier functions grows: two sizes ten times apart.

Run from the repository root with the development dependencies installed::

    python benchmarks/growth.py            # the sizes in docs/performance.md
    python benchmarks/growth.py --quick    # sizes ten times smaller, for a quick look

For each function that once grew faster than its input (quadratic or cubic), it
times the function at a size and at ten times that size, and prints both times and
the growth exponent ``log(t2 / t1) / log(10)``: 1 when the time grows as the input
does, 2 when it grows with the input's square. The target is at most 1.2 for each.
The sizes are those a school or a researcher reaches and that once took seconds
to minutes (400 distinct values took 37 s at the ordinal level, 10,000 students on
a standard 9.9 s). Larger sizes outgrow the processor's caches: at 10,000 ->
100,000 distinct values the memory alone grows with an exponent of about 1.4 on
the development machine, and every function that reads its values once grows with
it (see docs/performance.md).
Times are CPU time of this process (`time.process_time`), the best of ``--repeat``
runs, so that other work on the machine counts as little as it can. The garbage
collector runs as it does in a program; with ``--no-gc`` it is paused while each
call runs, as `timeit` does, which takes out what the collector's walks over the
objects already in memory add at the larger size.

The functions, each on data a school or a researcher could have:

- `krippendorff_alpha`, ordinal and interval, on two raters' scores in percent with
  three decimals (every score a distinct value);
- for scale, the memory alone: sorting that many distinct values and reading a dict
  of them in that order (no target: its exponent is what the machine's caches add to
  any linear algorithm at those sizes);
- `weighted_kappa`, linear weights, by the number of categories;
- `calibrate`, by the number of paired ratings;
- `compare`, by the number of criteria of a rubric;
- `schedule_families`, by the number of households signing up;
- `peer_tutors`, by the number of students of one standard;
- `from_dict` on a list of wrong items (every item refused), by the number of
  items, with the peak memory it takes (`tracemalloc`) beside the time: an error
  keeps `selfassess.errors.MAX_PROBLEMS` problems and a count of the rest.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any

import calibration
import conference_schedule

from selfassess import Evidence
from selfassess.conference import schedule_families
from selfassess.errors import InvalidDataError
from selfassess.mastery import MasteryPolicy, peer_tutors, rollup
from selfassess.rubrics import (
    calibrate,
    compare,
    krippendorff_alpha,
    weighted_kappa,
)
from selfassess.serialize import from_dict
from selfassess.tracking import Tracker

TARGET = 1.2
FLOOR = "  the memory alone"
"""A reference, not a function of the library: sorting the distinct values and
reading a dict of them in that order, the least an exact statistic over them does.
Its exponent is what the machine's memory adds to a linear algorithm at those sizes."""


def best(function: Callable[[], Any], repeat: int, *, collector: bool = True) -> float:
    """The least CPU time of *repeat* calls, in seconds.

    With *collector* false the garbage collector is paused while each call runs,
    as `timeit` does.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        if not collector:
            gc.disable()
        try:
            started = time.process_time()
            function()
            times.append(time.process_time() - started)
        finally:
            gc.enable()
    return min(times)


def exponent(small: float, large: float) -> float:
    """The growth exponent of two times at sizes ten times apart."""
    return math.log(max(large, 1e-9) / max(small, 1e-9)) / math.log(10)


def kappa_pairs(
    categories: int, seed: int = 3
) -> tuple[list[int], list[int], list[int]]:
    """Ten pairs a category, each rater near the other, on *categories* levels."""
    rng = random.Random(seed)
    levels = list(range(1, categories + 1))
    mine = [rng.choice(levels) for _ in range(10 * categories)]
    theirs = [min(categories, max(1, value + rng.randint(-1, 1))) for value in mine]
    return mine, theirs, levels


def one_standard_class(students: int, seed: int = 5) -> Any:
    """Estimates for one standard: half mastered, half near it or not yet."""
    rng = random.Random(seed)
    evidence = [
        Evidence(
            student=f"s{number}",
            standard="nf1",
            score=rng.choice([1.0, 2.0, 3.0, 4.0]),
            assessed_on=date(2026, 10, 2),
        )
        for number in range(students)
    ]
    return rollup(evidence, MasteryPolicy())


def wrong_rows(count: int) -> dict[str, Any]:
    """A tracker document whose every row is a number, not a row."""
    return {"id": "t", "student": "ana", "subject": "math", "rows": list(range(count))}


def refuse(document: dict[str, Any]) -> int:
    """Read the document, which is refused; return the problems it reported."""
    try:
        from_dict(Tracker, document)
    except InvalidDataError as error:
        return len(error.problems) + error.omitted
    message = "the document was read"
    raise AssertionError(message)


def peak_memory(function: Callable[[], Any]) -> int:
    """The peak of memory allocated while *function* runs, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def cases(scale: int) -> list[tuple[str, str, int, Callable[[int], Callable[[], Any]]]]:
    """Each function: its name, its unit, its smaller size, and a call at a size."""

    def alpha(level: str) -> Callable[[int], Callable[[], Any]]:
        def at(size: int) -> Callable[[], Any]:
            table = calibration.decimal_table(size // 2)
            return lambda: krippendorff_alpha(table, level)  # type: ignore[arg-type]

        return at

    def floor(size: int) -> Callable[[], Any]:
        table = calibration.decimal_table(size // 2)
        return lambda: calibration.memory_alone(table)

    def kappa(size: int) -> Callable[[], Any]:
        mine, theirs, levels = kappa_pairs(size)
        return lambda: weighted_kappa(mine, theirs, levels, "linear")

    def calibrated(size: int) -> Callable[[], Any]:
        mine, theirs = calibration.rubric_pairs(size)
        return lambda: calibrate(mine, theirs, [1, 2, 3, 4])

    def compared(size: int) -> Callable[[], Any]:
        mine, theirs = calibration.build_comparison(size)
        return lambda: compare(mine, theirs)

    def scheduled(size: int) -> Callable[[], Any]:
        households, plan = conference_schedule.sign_ups(size, grow="days")
        return lambda: schedule_families(households, plan)

    def tutored(size: int) -> Callable[[], Any]:
        estimates = one_standard_class(size)
        return lambda: peer_tutors(estimates)

    def refused(size: int) -> Callable[[], Any]:
        document = wrong_rows(size)
        return lambda: refuse(document)

    return [
        (
            "krippendorff_alpha, ordinal",
            "distinct values",
            1_000 // scale,
            alpha("ordinal"),
        ),
        (
            "krippendorff_alpha, interval",
            "distinct values",
            1_000 // scale,
            alpha("interval"),
        ),
        (FLOOR, "distinct values", 1_000 // scale, floor),
        ("weighted_kappa, linear", "categories", 500 // scale, kappa),
        ("calibrate", "pairs", 10_000 // scale, calibrated),
        ("compare", "criteria", 1_000 // scale, compared),
        ("schedule_families", "households", 500 // scale, scheduled),
        ("peer_tutors", "students", 10_000 // scale, tutored),
        ("from_dict, every item wrong", "items", 20_000 // scale, refused),
    ]


def main() -> None:
    """Time every case at two sizes and print the growth exponents."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes ten times smaller")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--no-gc",
        action="store_true",
        help="pause the garbage collector while each call runs, as timeit does",
    )
    arguments = parser.parse_args()
    scale = 10 if arguments.quick else 1
    collector = not arguments.no_gc
    print("garbage collector:", "running" if collector else "paused while timing")
    print(f"{'function':<30} {'size':>20}    {'time':>21}   exponent")
    worst = 0.0
    for name, unit, small, make in cases(scale):
        large = 10 * small
        times = (
            best(make(small), arguments.repeat, collector=collector),
            best(make(large), arguments.repeat, collector=collector),
        )
        found = exponent(*times)
        if name == FLOOR:
            flag = "   (for scale: no target)"
        else:
            worst = max(worst, found)
            flag = "" if found <= TARGET else "   over the target"
        print(
            f"{name:<30} {small:>7,} -> {large:>8,} {unit:<16}"
            f"{times[0]:8.4f} s -> {times[1]:8.4f} s   {found:5.2f}{flag}"
        )
        if name.startswith("from_dict"):
            memory = (peak_memory(make(small)), peak_memory(make(large)))
            print(
                f"{'  peak memory':<30} {'':>29}"
                f"{memory[0] / 2**20:8.2f} MiB -> {memory[1] / 2**20:6.2f} MiB "
                f"{exponent(*memory):5.2f}"
            )
    print(f"\nlargest exponent {worst:.2f} (target at most {TARGET})")


if __name__ == "__main__":
    main()
