"""selfassess.tables on Dask: lazy frames, shuffled by student, the eager numbers."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

pytest.importorskip("narwhals")
np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import attrs  # noqa: E402
import narwhals as nw  # noqa: E402

from selfassess import EvidenceKind  # noqa: E402
from selfassess.errors import ArgumentTypeError, InvalidDataError, Problem  # noqa: E402
from selfassess.mastery import (  # noqa: E402
    MasteryMethod,
    MasteryPolicy,
    Retakes,
)
from selfassess.mastery import rollup as rollup_in_memory  # noqa: E402
from selfassess.tables import _dask, evidence  # noqa: E402
from selfassess.tables import rollup as table_rollup  # noqa: E402
from selfassess.tables._calibrate import Settings, calibrate_eager, settings  # noqa: E402
from selfassess.tables._dask import dask_calibrate, dask_rollup, is_dask  # noqa: E402
from selfassess.tables._reading import column_names, read_evidence_columns  # noqa: E402
from selfassess.tables._rollup import _rollup_coded  # noqa: E402

KEY = ["student", "standard"]
COLUMNS = column_names({})
POLICY = MasteryPolicy()
KINDS = [kind.value for kind in EvidenceKind]


@pytest.fixture(autouse=True)
def _synchronous(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test but the cluster's runs its graphs in this process, one task at a time."""
    if request.node.get_closest_marker("cluster"):
        yield
        return
    with dask.config.set(scheduler="synchronous"):
        yield


def evidence_table(students: int = 60, rows: int = 1500, seed: int = 7) -> Any:
    """A seeded table of evidence whose rows often tie on the fields the order reads.

    Few days, so a group's rows share one; kinds the policy leaves out; excused rows
    (some with no score); sources with several attempts, for the retake rules; copies
    of rows.
    """
    rng = np.random.default_rng(seed)
    excused = rng.random(rows) < 0.1
    score = rng.choice([1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 1.7], rows)
    score[excused & (rng.random(rows) < 0.5)] = np.nan
    source = rng.choice(["quiz-1", "quiz-2", "exit"], rows).astype(object)
    source[rng.random(rows) < 0.4] = None
    due = pd.Series(
        pd.to_datetime("2026-09-01")
        + pd.to_timedelta(rng.integers(0, 9, rows), unit="D")
    )
    due[rng.random(rows) < 0.5] = pd.NaT
    frame = pd.DataFrame(
        {
            "student": [f"s{i:03d}" for i in rng.integers(0, students, rows)],
            "standard": rng.choice(["nf1", "nf2", "oa1", "rl2"], rows),
            "score": score,
            "assessed_on": pd.to_datetime("2026-09-01")
            + pd.to_timedelta(rng.integers(0, 9, rows), unit="D"),
            "kind": rng.choice(KINDS, rows),
            "excused": excused,
            "attempt": rng.integers(1, 4, rows),
            "source": source,
            "due_on": due,
        }
    )
    copies = frame.iloc[rng.integers(0, rows, rows // 10)]
    return pd.concat([frame, copies], ignore_index=True)


def in_order(frame: Any, by: list[str]) -> Any:
    """A result sorted by its keys, numbered from 0: a shuffle's order left out."""
    return frame.sort_values(by).reset_index(drop=True)


def eager_rollup(
    frame: Any, policy: MasteryPolicy = POLICY, policies: Any = None, **columns: str
) -> Any:
    """The eager roll-up of a pandas frame: `selfassess.tables.rollup`'s own."""
    return table_rollup(frame, policy, policies=policies, **columns)


def ratings_table(students: int = 40, seed: int = 3) -> Any:
    """A seeded long table of self and teacher ratings, some unpaired, shuffled."""
    rng = np.random.default_rng(seed)
    found = [
        {
            "class": f"k{student % 3}",
            "student": f"s{student:02d}",
            "criterion": f"c{criterion}",
            "role": role,
            "score": int(rng.integers(1, 5)),
        }
        for student in range(students)
        for criterion in range(4)
        for role in ("student", "teacher")
        if rng.random() < 0.9
    ]
    frame = pd.DataFrame(found)
    return frame.sample(frac=1, random_state=seed).reset_index(drop=True)


def chosen(by: Any = None, **more: Any) -> Settings:
    """`calibrate`'s checked arguments, on the 4-point scale."""
    arguments: dict[str, Any] = {
        "categories": [1, 2, 3, 4],
        "by": by,
        "on": ("student", "criterion"),
        "roles": ("student", "teacher"),
        "rng": None,
        "resamples": 1000,
        "confidence": 0.95,
        "minimum_count": None,
        "columns": {},
    }
    arguments.update(more)
    return settings(**arguments)


def eager_calibrate(frame: Any, settings_: Settings) -> Any:
    return calibrate_eager(
        nw.from_native(frame, eager_only=True), settings_
    ).to_native()


def raised(run: Any) -> InvalidDataError:
    """The error that *run* raises."""
    with pytest.raises(InvalidDataError) as caught:
        run()
    return caught.value


# Telling a Dask frame.


def test_is_dask_tells_dask_frames_from_others() -> None:
    """A Dask frame, and narwhals' lazy frame of one, are Dask; nothing else is."""
    pandas_frame = pd.DataFrame({"student": ["ana"], "score": [3.0]})
    frame = dd.from_pandas(pandas_frame, npartitions=1)
    assert is_dask(frame)
    with warnings.catch_warnings():  # narwhals moves Dask to a plugin, and says so
        warnings.simplefilter("ignore", FutureWarning)
        assert is_dask(nw.from_native(frame))
    assert not is_dask(pandas_frame)
    assert not is_dask(frame["score"])  # a Dask series is not a frame
    assert not is_dask(nw.from_native(pandas_frame))
    assert not is_dask(None)


def test_is_dask_never_imports_dask() -> None:
    """Asking about a pandas frame leaves Dask unimported: the eager path pays nothing."""
    code = """
        import sys
        import pandas as pd
        from selfassess.tables._dask import is_dask
        print(is_dask(pd.DataFrame({"a": [1]})), "dask" in sys.modules)
        """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False"


# The roll-up.


@pytest.mark.parametrize("partitions", [1, 4, 7])
def test_rollup_gives_the_eager_rows(partitions: int) -> None:
    """Shuffled by student, every partition's roll-up makes the eager one, exactly."""
    table = evidence_table()
    frame = dd.from_pandas(table, npartitions=partitions)
    result = dask_rollup(frame, POLICY, None, COLUMNS)
    assert is_dask(result)
    computed = result.compute()
    expected = eager_rollup(frame.compute())
    assert len(expected) > 200
    pd.testing.assert_frame_equal(in_order(computed, KEY), in_order(expected, KEY))
    assert result.dtypes.to_dict() == expected.dtypes.to_dict()


def test_rollup_with_policies_and_retakes_gives_the_eager_rows() -> None:
    """Each standard's own policy and the retake rules hold on every partition."""
    table = evidence_table(seed=11)
    policy = attrs.evolve(POLICY, method=MasteryMethod.AVERAGE, retakes=Retakes.LATEST)
    policies = {"nf2": attrs.evolve(POLICY, retakes=Retakes.HIGHEST)}
    frame = dd.from_pandas(table, npartitions=5)
    computed = dask_rollup(frame, policy, policies, COLUMNS).compute()
    expected = eager_rollup(frame.compute(), policy, policies)
    assert (expected["retakes"] > 0).any()
    assert (expected["not_counted"] > 0).any()
    pd.testing.assert_frame_equal(in_order(computed, KEY), in_order(expected, KEY))


def test_rollup_gives_the_in_memory_numbers() -> None:
    """Value, band and count are those of `selfassess.mastery.rollup` on the rows."""
    table = evidence_table(students=12, rows=300)
    frame = dd.from_pandas(table, npartitions=3)
    computed = dask_rollup(frame, POLICY, None, COLUMNS).compute()
    estimates = rollup_in_memory(evidence(table), POLICY)
    assert len(computed) == len(estimates)
    for row in computed.itertuples():
        estimate = estimates[row.student, row.standard]
        value = np.nan if estimate.value is None else estimate.value
        assert (row.value, row.band, row.count) == pytest.approx(
            (value, estimate.band.value, estimate.count), nan_ok=True, abs=0
        )


def test_rollup_of_the_frames_own_column_names() -> None:
    """Columns named the frame's way are read through the mapping, as eagerly."""
    table = evidence_table(rows=400).rename(columns={"student": "sid", "score": "pts"})
    columns = column_names({"student": "sid", "score": "pts"})
    frame = dd.from_pandas(table, npartitions=3)
    computed = dask_rollup(frame, POLICY, None, columns).compute()
    expected = eager_rollup(table, student="sid", score="pts")
    pd.testing.assert_frame_equal(in_order(computed, KEY), in_order(expected, KEY))


def test_rollup_of_few_students_leaves_partitions_empty() -> None:
    """Partitions the shuffle leaves empty give no rows, and the dtypes hold."""
    table = evidence_table(students=2, rows=100)
    frame = dd.from_pandas(table, npartitions=6)
    result = dask_rollup(frame, POLICY, None, COLUMNS)
    sizes = [len(part) for part in result.partitions]
    assert 0 in sizes
    assert sum(sizes) == len(eager_rollup(table))
    assert result.compute().dtypes.to_dict() == result.dtypes.to_dict()


def test_a_row_column_of_the_frames_own_is_kept_apart() -> None:
    """A frame that has a column named as the row numbers still rolls up."""
    table = evidence_table(rows=300)
    table[_dask.ROW_COLUMN] = "the researcher's"
    frame = dd.from_pandas(table, npartitions=3)
    computed = dask_rollup(frame, POLICY, None, COLUMNS).compute()
    expected = eager_rollup(table)
    pd.testing.assert_frame_equal(in_order(computed, KEY), in_order(expected, KEY))


def test_only_the_columns_read_are_shuffled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A researcher's other columns stay behind: the workers see only those read."""
    seen: list[list[str]] = []

    def recorded(frame: Any, columns: Any) -> Any:
        seen.append(list(frame.columns))
        return read_evidence_columns(frame, columns)

    table = evidence_table(rows=300)
    table["notes"] = "a long comment the roll-up never reads"
    monkeypatch.setattr(_dask, "read_evidence_columns", recorded)
    frame = dd.from_pandas(table, npartitions=3)
    computed = dask_rollup(frame, POLICY, None, COLUMNS).compute()
    assert len(seen) == 1 + 3  # the meta, then each partition
    assert all("notes" not in columns for columns in seen[1:])
    assert "notes" in seen[0]  # the meta: the frame's own dtypes, every column
    expected = eager_rollup(table)
    pd.testing.assert_frame_equal(in_order(computed, KEY), in_order(expected, KEY))


def test_narwhals_lazy_frame_of_dask_gives_a_dask_frame() -> None:
    """Narwhals' wrapper of a Dask frame is unwrapped: the result is a Dask frame."""
    table = evidence_table(rows=200)
    frame = dd.from_pandas(table, npartitions=2)
    with warnings.catch_warnings():  # narwhals moves Dask to a plugin, and says so
        warnings.simplefilter("ignore", FutureWarning)
        wrapped = nw.from_native(frame)
    result = dask_rollup(wrapped, POLICY, None, COLUMNS)
    assert isinstance(result, dd.DataFrame)
    pd.testing.assert_frame_equal(
        in_order(result.compute(), KEY), in_order(eager_rollup(table), KEY)
    )


def _counting_scheduler(calls: list[int]) -> Any:
    def scheduler(graph: Any, keys: Any, **options: Any) -> Any:
        calls.append(1)
        return dask.get(graph, keys, **options)

    return scheduler


def test_rollup_computes_nothing_until_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No task runs and no row is rolled up before ``.compute()``: the meta is given."""
    calls: list[int] = []
    sizes: list[int] = []

    def counted(columns: Any, *args: Any) -> Any:
        sizes.append(len(columns))
        return _rollup_coded(columns, *args)

    monkeypatch.setattr(_dask, "_rollup_coded", counted)
    frame = dd.from_pandas(evidence_table(rows=300), npartitions=3)
    with dask.config.set(scheduler=_counting_scheduler(calls)):
        result = dask_rollup(frame, POLICY, None, COLUMNS)
        assert calls == []
        assert sizes == [0]  # the meta: the roll-up of no rows
        computed = result.compute()
    assert calls == [1]
    assert sum(sizes) == 330  # every row, once
    assert len(computed) > 0


# Errors.


def test_invalid_data_error_pickles_whole() -> None:
    """An error raised on a worker process reaches the caller with every problem."""
    error = InvalidDataError(
        [Problem("rows[12].score", "must be finite (got inf)"), "is invalid"],
        omitted=3,
    )
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InvalidDataError
    assert again.problems == error.problems
    assert again.omitted == 3
    assert str(again) == str(error)


def test_a_bad_cell_names_its_row_in_the_whole_frame() -> None:
    """Bad cells raise when computed, each row numbered in the frame, as eagerly."""
    table = evidence_table(rows=600)
    planted = {
        "rows[70].score": np.inf,
        "rows[350].kind": "quiz",
        "rows[590].attempt": 0,
    }
    for path, value in planted.items():
        row, column = path[len("rows[") :].split("].")
        table.loc[int(row), column] = value
    frame = dd.from_pandas(table, npartitions=4)
    result = dask_rollup(frame, POLICY, None, COLUMNS)  # lazy: nothing raised yet
    lazily = raised(result.compute)
    eagerly = raised(lambda: eager_rollup(frame.compute()))
    assert eagerly.paths == tuple(planted)
    # The problems of the partition that raised: some of the eager ones, in order.
    assert lazily.problems
    assert list(lazily.problems) == [
        problem for problem in eagerly.problems if problem in lazily.problems
    ]


def test_bad_cells_of_one_student_are_all_reported() -> None:
    """A student's bad cells live in one partition and come out together, in order."""
    table = evidence_table(rows=600)
    mine = table.index[table["student"] == table.loc[0, "student"]]
    assert len(mine) >= 3
    table.loc[mine[0], "score"] = -np.inf
    table.loc[mine[1], "kind"] = "quiz"
    table.loc[mine[2], "assessed_on"] = pd.NaT
    frame = dd.from_pandas(table, npartitions=4)
    lazily = raised(dask_rollup(frame, POLICY, None, COLUMNS).compute)
    eagerly = raised(lambda: eager_rollup(frame.compute()))
    assert lazily.problems == eagerly.problems
    assert lazily.paths == (
        f"rows[{mine[0]}].score",
        f"rows[{mine[1]}].kind",
        f"rows[{mine[2]}].assessed_on",
    )


def test_a_missing_column_is_refused_at_once() -> None:
    """Column problems are seen in the frame's dtypes, before any graph is run."""
    table = evidence_table(rows=50).drop(columns=["score", "standard"])
    frame = dd.from_pandas(table, npartitions=2)
    lazily = raised(lambda: dask_rollup(frame, POLICY, None, COLUMNS))
    eagerly = raised(lambda: eager_rollup(frame.compute()))
    assert lazily.problems == eagerly.problems
    assert lazily.paths == ("columns['standard']", "columns['score']")


def test_a_wrong_policy_is_refused_at_once() -> None:
    """A policy that is not one, or policies that are not a mapping, raise at once."""
    frame = dd.from_pandas(evidence_table(rows=50), npartitions=2)
    with pytest.raises(ArgumentTypeError, match="policy"):
        dask_rollup(frame, "decaying", None, COLUMNS)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        dask_rollup(frame, POLICY, ["nf1"], COLUMNS)  # type: ignore[arg-type]


def test_a_power_law_error_names_its_row_in_the_whole_frame() -> None:
    """A score at or below 0 under the power law raises as the eager roll-up does."""
    table = evidence_table(students=5, rows=200)
    table["kind"] = "formative"
    table["excused"] = False
    table["source"] = None
    table["score"] = table["score"].fillna(2.0)
    table.loc[150, "score"] = 0.0
    policy = attrs.evolve(POLICY, method=MasteryMethod.POWER_LAW)
    frame = dd.from_pandas(table, npartitions=3)
    lazily = raised(dask_rollup(frame, policy, None, COLUMNS).compute)
    eagerly = raised(lambda: eager_rollup(table, policy))
    assert lazily.problems == eagerly.problems
    assert lazily.paths == ("rows[150].score",)


# Calibration.


@pytest.mark.parametrize(
    "by", [None, "student", "class", ("class", "student"), "criterion"]
)
def test_calibrate_gives_the_eager_rows(by: Any) -> None:
    """Groups whole in a partition give the eager statistics, exactly."""
    frame = dd.from_pandas(ratings_table(), npartitions=4)
    settings_ = chosen(by)
    result = dask_calibrate(frame, settings_)
    assert is_dask(result)
    computed = result.compute()
    expected = eager_calibrate(frame.compute(), settings_)
    keys = list(settings_.by)
    if keys:
        computed, expected = in_order(computed, keys), in_order(expected, keys)
    else:
        assert result.npartitions == 1
        computed = computed.reset_index(drop=True)
    assert len(expected) == (1 if by is None else len(computed))
    pd.testing.assert_frame_equal(computed, expected)
    assert result.dtypes.to_dict() == expected.dtypes.to_dict()


def test_calibrate_refuses_a_random_source() -> None:
    """The bootstrap's draws would depend on the partitions: refused at once."""
    import random

    frame = dd.from_pandas(ratings_table(), npartitions=2)
    settings_ = chosen("student", rng=random.Random(1), resamples=50)
    with pytest.raises(ArgumentTypeError, match="rng"):
        dask_calibrate(frame, settings_)


def test_calibrate_refuses_a_missing_column_at_once() -> None:
    """A column not in the frame raises before any graph is run."""
    frame = dd.from_pandas(ratings_table().drop(columns=["role"]), npartitions=2)
    settings_ = chosen("student")
    lazily = raised(lambda: dask_calibrate(frame, settings_))
    eagerly = raised(lambda: eager_calibrate(frame.compute(), settings_))
    assert lazily.problems == eagerly.problems


@pytest.mark.parametrize("by", ["class", "student", None])
def test_calibrate_errors_name_rows_of_the_whole_frame(by: Any) -> None:
    """A repeated rating and a pair split between groups are found as eagerly.

    Both name another row in their message; it is numbered in the whole frame too.
    With ``by="class"``, no grouping column pairs the ratings: a pair split
    between two classes is still found, by the check shuffled on the pairs.
    """
    table = ratings_table()
    pairs = table.groupby(["student", "criterion"])["role"].transform("size") == 2
    teacher = table.index[pairs & (table["role"] == "teacher")]
    table.loc[teacher[0], "class"] = "k9"
    again = table.index[(table["student"] == "s07") & (table["role"] == "student")]
    table = pd.concat([table, table.loc[[again[0]]]], ignore_index=True)
    frame = dd.from_pandas(table, npartitions=4)
    settings_ = chosen(by)
    lazily = raised(dask_calibrate(frame, settings_).compute)
    eagerly = raised(lambda: eager_calibrate(frame.compute(), settings_))
    assert set(lazily.problems) <= set(eagerly.problems)
    assert any("rows[" in problem.message for problem in lazily.problems)
    if by is None:  # one partition: every problem
        assert lazily.problems == eagerly.problems
    if by == "class":
        assert f"rows[{teacher[0]}].class" in eagerly.paths


def test_a_pair_split_between_groups_is_found_on_a_dask_frame() -> None:
    """Shuffled by class alone, the two ratings of a pair could miss each other.

    A pair whose teacher rating names another class would land in two partitions,
    each seeing an unpaired rating, and no error; the check shuffled on the pairs
    finds it, as the eager function does.
    """
    table = ratings_table()
    pairs = table.groupby(["student", "criterion"])["role"].transform("size") == 2
    teacher = table.index[pairs & (table["role"] == "teacher")]
    frame = dd.from_pandas(table, npartitions=4)
    # A class that the shuffle by class sends to another partition than the
    # pair's own class: there, without the check, no partition would see both.
    names = [table.loc[teacher[3], "class"], *(f"x{n}" for n in range(20))]
    probe = dd.from_pandas(pd.DataFrame({"class": names}), npartitions=1)
    probe = probe.astype({"class": frame.dtypes["class"]})
    partition_of = {
        name: at
        for at, part in enumerate(probe.shuffle(on="class", npartitions=4).partitions)
        for name in part.compute()["class"]
    }
    other = next(name for name in names if partition_of[name] != partition_of[names[0]])
    table.loc[teacher[3], "class"] = other
    frame = dd.from_pandas(table, npartitions=4)
    settings_ = chosen("class")
    lazily = raised(dask_calibrate(frame, settings_).compute)
    eagerly = raised(lambda: eager_calibrate(frame.compute(), settings_))
    assert lazily.problems == eagerly.problems
    assert lazily.paths == (f"rows[{teacher[3]}].class",)


def test_calibrate_computes_nothing_until_asked() -> None:
    """No task runs before ``.compute()``."""
    calls: list[int] = []
    frame = dd.from_pandas(ratings_table(), npartitions=3)
    with dask.config.set(scheduler=_counting_scheduler(calls)):
        result = dask_calibrate(frame, chosen("class"))
        assert calls == []
        result.compute()
    assert calls == [1]


# The public functions.


def test_the_public_functions_give_back_dask_frames() -> None:
    """`selfassess.tables.rollup` and `calibrate` on a Dask frame stay lazy."""
    from selfassess import tables

    table = evidence_table(rows=300)
    frame = dd.from_pandas(table, npartitions=3)
    result = tables.rollup(frame)
    assert is_dask(result)
    expected = tables.rollup(table)
    pd.testing.assert_frame_equal(
        in_order(result.compute(), KEY), in_order(expected, KEY)
    )
    ratings = dd.from_pandas(ratings_table(), npartitions=3)
    calibrated = tables.calibrate(ratings, categories=[1, 2, 3, 4], by="student")
    assert is_dask(calibrated)
    assert len(calibrated.compute()) == 40


# On a real cluster.


@pytest.mark.cluster
def test_on_a_cluster_of_worker_processes() -> None:
    """Two worker processes give the eager numbers, and a bad cell's error intact."""
    table = evidence_table(rows=2000)
    ratings = ratings_table()
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster),
    ):
        frame = dd.from_pandas(table, npartitions=4)
        computed = dask_rollup(frame, POLICY, None, COLUMNS).compute()
        pd.testing.assert_frame_equal(
            in_order(computed, KEY), in_order(eager_rollup(table), KEY)
        )
        settings_ = chosen("student")
        rated = dd.from_pandas(ratings, npartitions=3)
        calibrated = dask_calibrate(rated, settings_).compute()
        expected = eager_calibrate(rated.compute(), settings_)
        pd.testing.assert_frame_equal(
            in_order(calibrated, ["student"]), in_order(expected, ["student"])
        )
        bad = table.copy()
        bad.loc[1234, "score"] = np.nan
        bad.loc[1234, "excused"] = False
        error = raised(
            dask_rollup(
                dd.from_pandas(bad, npartitions=4), POLICY, None, COLUMNS
            ).compute
        )
    assert type(error) is InvalidDataError
    assert error.problems == (
        Problem(
            "rows[1234].score",
            "must be a number; only excused evidence may have none (got None)",
        ),
    )


def test_a_series_is_not_computed_on_dask() -> None:
    """`series` refuses a Dask frame at once, saying to compute it first."""
    from selfassess import tables

    frame = dd.from_pandas(
        pd.DataFrame(
            {
                "student": ["ana"],
                "standard": ["nf1"],
                "score": [3.0],
                "assessed_on": [date(2026, 9, 1)],
            }
        ),
        npartitions=1,
    )
    with pytest.raises(ArgumentTypeError) as caught:
        tables.series(frame)
    assert "call .compute() on a Dask frame first" in str(caught.value)
