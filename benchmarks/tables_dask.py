"""Benchmark `selfassess.tables.rollup` on Dask: 1 worker process against 2.

Run from the repository root with the ``dask`` extra and PyArrow installed::

    python benchmarks/tables_dask.py            # 4,000,000 rows
    python benchmarks/tables_dask.py --quick    # 400,000 rows, for a quick look

It builds 40,000 students x 20 standards x 5 scores (seeded; string ids), in the
order an LMS exports them (one assessment round after the other, so each student's
rows are spread over every file), and writes them to a temporary folder of Parquet
files: the benchmark's own I/O, as a researcher's would be. Then, for 1 worker
process and for 2 (a `distributed.LocalCluster` with ``processes=True`` and one
thread a worker, started afresh for each run), it times the whole pipeline from the
files to the result in the client's memory: ``dask.dataframe.read_parquet``, the
roll-up (the shuffle by student, then each partition's columnar roll-up) and
``.compute()``. It prints the wall times, the speed-up and the peak memory of each
worker process (its peak resident set, ``VmHWM`` on Linux, read in the worker once
the run is done; each run has new workers, so that is the run's peak) and the CPU time
each worker spent, and checks that both runs give the rows of the same roll-up
without Dask (the files read whole by pandas, timed too). Starting the cluster is
not timed.

The speed-up is bounded by the machine's cores, which the script prints: on 2
cores, the client, the scheduler and two workers share them. On a machine shared
with other work the wall times vary from run to run; the CPU time a worker is the
steadier figure (``--repeat 3`` keeps the best of three runs of each).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, LocalCluster

from selfassess import tables

STANDARDS = 20
SCORES = 5
FILES = 20


def write_table(folder: Path, students: int, seed: int = 4) -> int:
    """Write students x STANDARDS x SCORES rows as FILES Parquet files; the row count.

    Rows come one assessment round after the other; within a round, in a seeded
    random order of (student, standard).
    """
    rng = np.random.default_rng(seed)
    student_ids = pa.array([f"s{number:06d}" for number in range(students)])
    standard_ids = pa.array([f"std-{number:02d}" for number in range(STANDARDS)])
    pairs = students * STANDARDS
    first_day = np.datetime64("2026-09-01")
    parts = []
    for round_ in range(SCORES):
        order = rng.permutation(pairs)
        parts.append(
            {
                "student": order // STANDARDS,
                "standard": order % STANDARDS,
                "score": rng.integers(1, 9, pairs) / 2,  # 0.5 to 4 by halves
                "assessed_on": first_day + 7 * round_ + rng.integers(0, 3, pairs),
            }
        )
    columns = {
        name: np.concatenate([part[name] for part in parts]) for name in parts[0]
    }
    rows = len(columns["score"])
    bounds = np.linspace(0, rows, FILES + 1).astype(np.int64)
    for number, (start, stop) in enumerate(itertools.pairwise(bounds)):
        piece = slice(int(start), int(stop))
        table = pa.table(
            {
                "student": pa.DictionaryArray.from_arrays(
                    pa.array(columns["student"][piece]), student_ids
                ).cast(pa.string()),
                "standard": pa.DictionaryArray.from_arrays(
                    pa.array(columns["standard"][piece]), standard_ids
                ).cast(pa.string()),
                "score": pa.array(columns["score"][piece]),
                "assessed_on": pa.array(
                    columns["assessed_on"][piece].astype("datetime64[D]")
                ),
            }
        )
        pq.write_table(table, folder / f"part-{number:03d}.parquet")
    return rows


def _worker_usage() -> tuple[int, float]:
    """This process's peak resident set in bytes, and its CPU seconds so far.

    On Linux the peak is ``VmHWM`` of ``/proc/self/status``: the high-water mark of
    this process's own memory. ``ru_maxrss`` would not do: Linux keeps it across
    the ``exec`` that starts a worker, so a worker would report at least the
    memory of the process it was started from.
    """
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024, cpu
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return peak, cpu


def _rows_after_shuffle(folder: Path) -> int:
    """Read and shuffle by student, and no more: what the shuffle alone costs."""
    frame = dd.read_parquet(str(folder))
    return int(frame.shuffle(on="student").map_partitions(len).sum().compute())


def run(folder: Path, workers: int) -> dict[str, Any]:
    """Roll up the folder on a fresh cluster of *workers* processes.

    Returns the wall time and the client's CPU time, each worker's peak memory and
    CPU seconds, the result, and the wall time of reading and shuffling alone (on
    a second fresh cluster, so that the first run's peak memory is its own).
    """
    found: dict[str, Any] = {}
    for step in ("rollup", "shuffle"):
        with (
            LocalCluster(
                n_workers=workers,
                processes=True,
                threads_per_worker=1,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            before = client.run(_worker_usage)
            started, client_cpu = time.perf_counter(), time.process_time()
            if step == "rollup":
                frame = dd.read_parquet(str(folder))
                found["result"] = tables.rollup(frame).compute()
                found["client"] = time.process_time() - client_cpu
            else:
                found["shuffled"] = _rows_after_shuffle(folder)
            found[step] = time.perf_counter() - started
            if step == "rollup":
                after = client.run(_worker_usage)
                found["peaks"] = sorted(peak for peak, _ in after.values())
                found["cpu"] = sorted(
                    after[name][1] - before[name][1] for name in after
                )
    return found


def in_memory(folder: Path) -> tuple[float, float, Any]:
    """The same roll-up without Dask: the files read whole by pandas, in this process.

    Returns the wall time, the CPU time and the result.
    """
    started, cpu = time.perf_counter(), time.process_time()
    result = tables.rollup(pd.read_parquet(folder))
    return time.perf_counter() - started, time.process_time() - cpu, result


def _sorted(frame: Any) -> Any:
    return frame.sort_values(["student", "standard"]).reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="400,000 rows")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of each, the best kept"
    )
    arguments = parser.parse_args()
    students = 4_000 if arguments.quick else 40_000
    method = dask.config.get("dataframe.shuffle.method", None) or "p2p, the default"
    print(
        f"cores: {os.cpu_count()}: the client, the scheduler and the workers share "
        f"them, so 2 workers cannot run more than 2x as fast (shuffle: {method})"
    )
    print(
        f"Python {sys.version.split()[0]}, dask {dask.__version__}, "
        f"pandas {pd.__version__}, NumPy {np.__version__}"
    )
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "evidence"
        folder.mkdir()
        rows = write_table(folder, students)
        size = sum(path.stat().st_size for path in folder.iterdir())
        print(
            f"{rows:,} rows ({students:,} students x {STANDARDS} standards x "
            f"{SCORES} scores) in {FILES} Parquet files, {size / 2**20:.0f} MiB"
        )
        wall, cpu, expected = min(
            (in_memory(folder) for _ in range(arguments.repeat)),
            key=lambda found: found[0],
        )
        print(
            f"no Dask (pandas reads the files whole, one process): {wall:6.1f} s "
            f"wall, {cpu:.1f} s CPU"
        )
        times = {}
        for workers in (1, 2):
            found = min(
                (run(folder, workers) for _ in range(arguments.repeat)),
                key=lambda each: each["rollup"],
            )
            times[workers] = found["rollup"]
            assert found["shuffled"] == rows
            pd.testing.assert_frame_equal(_sorted(found["result"]), _sorted(expected))
            peaks = ", ".join(f"{peak / 2**20:,.0f} MiB" for peak in found["peaks"])
            used = ", ".join(f"{seconds:.1f} s" for seconds in found["cpu"])
            print(
                f"{workers} worker process{'es' if workers > 1 else ' '}: "
                f"{found['rollup']:6.1f} s wall ({rows / found['rollup']:,.0f} rows/s;"
                f" reading and shuffling alone: {found['shuffle']:.1f} s); "
                f"CPU a worker: {used}, the client: {found['client']:.1f} s; "
                f"peak memory a worker: {peaks}"
            )
    print(
        f"speed-up with 2 workers: {times[1] / times[2]:.2f}x; "
        f"{students * STANDARDS:,} (student, standard) rows, the same from each "
        "run as without Dask"
    )


if __name__ == "__main__":
    main()
