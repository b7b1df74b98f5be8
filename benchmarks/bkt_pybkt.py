"""Compare `selfassess.tables.fit_bkt` with pyBKT on the same simulated class.

pyBKT 1.4.3 (the BKT library most researchers know) cannot be installed beside the
project's environment: it needs NumPy below 2 and a scikit-learn that still has
what it imports. So the comparison runs in two environments, the data passing
between them in a JSON file:

1. In an environment where pyBKT works, simulate the data and fit it with pyBKT::

       ~/.pyenv/versions/3.10.13/bin/python3 -m venv .venvs/pybkt
       .venvs/pybkt/bin/pip install pyBKT==1.4.3 "numpy<2" "scikit-learn<1.6" "pandas<2.3"
       .venvs/pybkt/bin/python benchmarks/bkt_pybkt.py --pybkt > pybkt.json

   This prints the simulated answers, the true parameters, pyBKT's fitted ones,
   its CPU time and the versions used, as JSON. selfassess is not imported.

2. In the development environment, fit the same answers with ``fit_bkt`` and
   compare::

       python benchmarks/bkt_pybkt.py --compare pybkt.json

   For each skill it prints the true parameters, pyBKT's, selfassess's and their
   differences, the log-likelihood of the answers under each fit (both computed by
   selfassess's forward pass, so that they compare), and the CPU time of each.
   Then it runs EM on to a tolerance of 1e-12 twice, from pyBKT's fit and afresh
   with ``fit_bkt``, and prints how far apart the two maxima are.

The class: ``--students`` students (2,000) on ``--skills`` skills (3), each
student answering between 5 and ``--opportunities`` (20) times a skill, simulated
from BKT's model (Corbett & Anderson 1995) with a seeded NumPy ``Generator``.
Both libraries fit prior, learn, guess and slip (forget fixed at 0) from 5 random
starting points; pyBKT with its defaults (at most 100 EM steps, stopping when the
log-likelihood rises by at most 0.005, one process), selfassess with its own
(at most 300 steps, stopping when the mean log-likelihood of an answer rises by at
most 1e-8). Times are CPU time of the process (`time.process_time`), one run.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from importlib import metadata

import numpy as np
import pandas as pd

TRUE = {
    "A": {"prior": 0.3, "learn": 0.15, "guess": 0.2, "slip": 0.1},
    "B": {"prior": 0.5, "learn": 0.05, "guess": 0.25, "slip": 0.15},
    "C": {"prior": 0.2, "learn": 0.3, "guess": 0.15, "slip": 0.05},
    "D": {"prior": 0.1, "learn": 0.1, "guess": 0.3, "slip": 0.2},
}
NAMES = ("prior", "learn", "guess", "slip", "forget")


def simulate(
    rng: np.random.Generator, students: int, opportunities: int, rates: dict[str, float]
) -> tuple[list[int], str]:
    """Each student's answers on one skill: their lengths, and the answers as 0/1."""
    known = rng.random(students) < rates["prior"]
    answers = np.empty((students, opportunities), dtype=bool)
    for step in range(opportunities):
        chance = np.where(known, 1 - rates["slip"], rates["guess"])
        answers[:, step] = rng.random(students) < chance
        known |= rng.random(students) < rates["learn"]
    lengths = rng.integers(5, opportunities + 1, size=students)
    kept = answers[np.arange(opportunities) < lengths[:, None]]
    return lengths.tolist(), "".join("1" if answer else "0" for answer in kept)


def run_pybkt(arguments: argparse.Namespace) -> None:
    """Simulate the class, fit it with pyBKT, print everything as JSON."""
    # Only in pyBKT's own environment, where selfassess is not installed.
    from pyBKT.models import Model  # noqa: PLC0415

    rng = np.random.default_rng(arguments.seed)
    skills = dict(list(TRUE.items())[: arguments.skills])
    data = {
        skill: simulate(rng, arguments.students, arguments.opportunities, rates)
        for skill, rates in skills.items()
    }
    rows = []
    for skill, (lengths, answers) in data.items():
        position = 0
        for student, length in enumerate(lengths):
            for answer in answers[position : position + length]:
                rows.append((len(rows), f"s{student:05d}", skill, int(answer)))
            position += length
    frame = pd.DataFrame(rows, columns=["order_id", "user_id", "skill_name", "correct"])
    model = Model(seed=arguments.seed, num_fits=5, parallel=False)
    start = time.process_time()
    model.fit(data=frame)
    seconds = time.process_time() - start
    table = model.params().reset_index()
    names = {"prior": "prior", "learns": "learn", "guesses": "guess", "slips": "slip"}
    names["forgets"] = "forget"
    fitted: dict[str, dict[str, float]] = {}
    for skill, param, value in table[["skill", "param", "value"]].itertuples(
        index=False
    ):
        fitted.setdefault(skill, {})[names[param]] = float(value)
    versions = {
        package: metadata.version(package)
        for package in ("pyBKT", "numpy", "scikit-learn", "pandas")
    }
    versions["python"] = platform.python_version()
    json.dump(
        {
            "versions": versions,
            "seed": arguments.seed,
            "students": arguments.students,
            "opportunities": arguments.opportunities,
            "true": skills,
            "data": {
                skill: {"lengths": lengths, "answers": answers}
                for skill, (lengths, answers) in data.items()
            },
            "pybkt": fitted,
            "pybkt_seconds": seconds,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


def compare(path: str) -> None:
    """Fit the answers in pyBKT's JSON with fit_bkt and print the differences."""
    # Only in the development environment, where pyBKT cannot be installed.
    from selfassess.tables import _bkt  # noqa: PLC0415
    from selfassess.tables._bkt import fit_bkt  # noqa: PLC0415

    with open(path, encoding="utf-8") as file:
        found = json.load(file)
    parts = []
    skills = {}
    for skill, data in found["data"].items():
        lengths = np.array(data["lengths"])
        answers = np.frombuffer(data["answers"].encode("ascii"), dtype=np.uint8) == 49
        skills[skill] = _bkt._Skill(answers, lengths)
        students = np.repeat(
            [f"s{index:05d}" for index in range(lengths.size)], lengths
        )
        step = np.arange(answers.size) - np.repeat(
            np.cumsum(lengths) - lengths, lengths
        )
        parts.append(
            pd.DataFrame(
                {
                    "student": students,
                    "standard": skill,
                    "score": answers.astype(float),
                    "assessed_on": pd.Timestamp("2026-09-01")
                    + pd.to_timedelta(step, unit="D"),
                }
            )
        )
    frame = pd.concat(parts, ignore_index=True)
    start = time.process_time()
    fits = fit_bkt(frame, threshold=1.0, rng=np.random.default_rng(found["seed"]))
    seconds = time.process_time() - start

    def log_likelihood(skill: str, rates: dict[str, float]) -> float:
        row = np.array([[rates.get(name, 0.0) for name in NAMES]])
        batch = _bkt._batch([skills[skill]], np.array([0]))
        return float(_bkt._estep(batch, row)[0, _bkt._LOGLIKE])

    print(f"pyBKT environment: {found['versions']}")
    print(
        f"{found['students']:,} students, up to {found['opportunities']} answers "
        f"a skill, {frame.shape[0]:,} answers in all, seed {found['seed']}"
    )
    worst = 0.0
    for skill, fit in fits.items():
        ours = {name: getattr(fit.parameters, name) for name in NAMES}
        theirs = found["pybkt"][skill]
        true = found["true"][skill]
        print(f"\nskill {skill}: {fit.iterations} steps, converged {fit.converged}")
        print(f"  {'':8}{'true':>9}{'pyBKT':>10}{'selfassess':>12}{'difference':>12}")
        for name in NAMES:
            difference = ours[name] - theirs[name]
            worst = max(worst, abs(difference))
            print(
                f"  {name:8}{true.get(name, 0.0):9.4f}{theirs[name]:10.5f}"
                f"{ours[name]:12.5f}{difference:12.2e}"
            )
        mine, pybkt = fit.log_likelihood, log_likelihood(skill, theirs)
        print(
            f"  log-likelihood: pyBKT {pybkt:.4f}, selfassess {mine:.4f} "
            f"(selfassess - pyBKT = {mine - pybkt:+.2e})"
        )
    print(f"\nlargest difference of a parameter: {worst:.2e}")
    print(
        f"CPU time: pyBKT {found['pybkt_seconds']:.2f} s, selfassess {seconds:.2f} s "
        f"({found['pybkt_seconds'] / seconds:.0f}x)"
    )
    # Both stop short of the maximum, each by its own rule. Run on to a tolerance
    # of 1e-12, from pyBKT's fit and by fit_bkt afresh: the same maximum?
    tight = fit_bkt(
        frame,
        threshold=1.0,
        rng=np.random.default_rng(found["seed"]),
        max_iterations=20000,
        tolerance=1e-12,
    )
    apart = 0.0
    for skill, fit in tight.items():
        start = [found["pybkt"][skill].get(name, 0.0) for name in NAMES]
        refined = _bkt._em(
            [skills[skill]],
            np.array([start]),
            np.array([0]),
            fit_forget=False,
            guess_bounds=_bkt._DEFAULT_BOUNDS,
            slip_bounds=_bkt._DEFAULT_BOUNDS,
            max_iterations=20000,
            tolerance=1e-12,
        )
        ours = [getattr(fit.parameters, name) for name in NAMES]
        apart = max(apart, float(np.max(np.abs(refined.rates[0] - ours))))
        print(
            f"skill {skill} to 1e-12: fit_bkt {fit.iterations} steps, from pyBKT's "
            f"fit {int(refined.iterations[0])} more; log-likelihood "
            f"{fit.log_likelihood:.6f} and {float(refined.log_likelihood[0]):.6f}"
        )
    print(f"largest difference of a parameter, both run on to 1e-12: {apart:.2e}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--pybkt", action="store_true", help="fit with pyBKT")
    mode.add_argument("--compare", metavar="JSON", help="pyBKT's output to compare")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--opportunities", type=int, default=20)
    parser.add_argument("--skills", type=int, default=3, choices=range(1, 5))
    arguments = parser.parse_args()
    if arguments.pybkt:
        run_pybkt(arguments)
    else:
        compare(arguments.compare)


if __name__ == "__main__":
    main()
