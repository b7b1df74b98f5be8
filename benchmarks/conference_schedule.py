"""Time `selfassess.conference.schedule_families` at two sizes ten times apart.

Run from the repository root::

    python benchmarks/conference_schedule.py                  # 500 and 5,000 households
    python benchmarks/conference_schedule.py --small 1000     # 1,000 and 10,000
    python benchmarks/conference_schedule.py --grow teachers  # more teachers, not days

A school signs households up in a random order: six in ten have one child at the
school, three in ten two, one in ten three, each child with one of the teachers; one
household in ten needs an interpreter (Spanish, Vietnamese or Arabic). Conference
days run 16:00-20:00 with a 20-minute break; slots are 15 minutes, 5 minutes apart,
10 minutes longer through an interpreter. With ``--grow days`` (the default) there
are 30 teachers and one conference day per 100 households, so each teacher's evenings
fill one after the other; with ``--grow teachers`` there are 5 days and one teacher
per 16 households. Either way the larger size has ten times the households and ten
times the room for them.

It prints the CPU time of this process (`time.process_time`, the best of
``--repeat`` runs, so that other work on the machine counts as little as it can) for
each size, how many households were placed and waited, and the growth exponent
log(t2 / t1) / log(10): 1 when the time grows as the households do, 2 when it grows
with their square. ``--check`` first compares the schedule of the small size with
the plain reference placement kept in the tests.
"""

from __future__ import annotations

import argparse
import importlib
import math
import random
import sys
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

from selfassess.conference import (
    ConferenceBreak,
    ConferenceDay,
    FamilySchedule,
    Household,
    HouseholdChild,
    SignUpPlan,
    TeacherRoom,
    schedule_families,
)

LANGUAGES = ("es", "vi", "ar")


def sign_ups(
    households: int, *, grow: str, seed: int = 14
) -> tuple[list[Household], SignUpPlan]:
    """The households, in sign-up order, and a plan with room for them."""
    rng = random.Random(seed)
    if grow == "days":
        teachers, days = 30, max(1, households // 100)
    else:
        teachers, days = max(1, households // 16), 5
    plan = SignUpPlan(
        days=[
            ConferenceDay(
                day=date(2026, 11, 2) + timedelta(days=number),
                starts=clock(16),
                ends=clock(20),
                breaks=[ConferenceBreak(starts=clock(18), ends=clock(18, 20))],
            )
            for number in range(days)
        ],
        teachers=[
            TeacherRoom(teacher=f"t{number}", room=f"r{number}")
            for number in range(teachers)
        ],
    )
    found = []
    student = 0
    for number in range(households):
        children = []
        for _ in range(rng.choices((1, 2, 3), weights=(6, 3, 1))[0]):
            children.append(
                HouseholdChild(
                    student=f"s{student}", teacher=f"t{rng.randrange(teachers)}"
                )
            )
            student += 1
        language = rng.choice(LANGUAGES) if rng.random() < 0.1 else None
        found.append(
            Household(
                id=f"h{number}",
                name=f"Family {number}",
                children=children,
                language=language,
                needs_interpreter=language is not None,
            )
        )
    return found, plan


def best_time(
    households: list[Household], plan: SignUpPlan, repeat: int
) -> tuple[float, FamilySchedule]:
    """The least CPU time of *repeat* runs, and the schedule."""
    best = math.inf
    schedule = None
    for _ in range(repeat):
        started = time.process_time()
        schedule = schedule_families(households, plan)
        best = min(best, time.process_time() - started)
    assert schedule is not None
    return best, schedule


def check(households: list[Household], plan: SignUpPlan) -> None:
    """Compare the schedule with the reference placement of the tests."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    importlib.import_module("strategies")  # the tests' strategies load first
    tests = importlib.import_module("test_conference_family_schedule")
    schedule = schedule_families(households, plan)
    if (schedule.appointments, schedule.waitlist) != tests.reference_schedule(
        households, plan
    ):
        message = "schedule_families differs from the reference placement"
        raise SystemExit(message)
    print(f"{len(households):,} households: the same schedule as the reference")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--grow", choices=("days", "teachers"), default="days")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check", action="store_true")
    arguments = parser.parse_args()
    sizes = (arguments.small, 10 * arguments.small)
    if arguments.check:
        check(*sign_ups(sizes[0], grow=arguments.grow))
    times = []
    for size in sizes:
        households, plan = sign_ups(size, grow=arguments.grow)
        seconds, schedule = best_time(households, plan, arguments.repeat)
        times.append(seconds)
        print(
            f"{size:>7,} households, {len(plan.days)} days, {len(plan.teachers)} "
            f"teachers: {seconds:8.3f} s  ({len(schedule.appointments):,} "
            f"appointments, {len(schedule.waitlist):,} waiting)"
        )
    exponent = math.log(times[1] / times[0]) / math.log(10)
    print(f"growth exponent log(t2/t1)/log(10): {exponent:.2f}")


if __name__ == "__main__":
    main()
