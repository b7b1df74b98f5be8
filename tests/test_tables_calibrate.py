"""`selfassess.tables.calibrate`: a long table of ratings, the in-memory numbers a group."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

import pytest

np = pytest.importorskip("numpy")
nw = pytest.importorskip("narwhals")
pd = pytest.importorskip("pandas")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from selfassess.errors import (  # noqa: E402
    MAX_PROBLEMS,
    ArgumentTypeError,
    InvalidDataError,
)
from selfassess.rubrics import calibrate as in_memory  # noqa: E402
from selfassess.tables._calibrate import (  # noqa: E402
    calibrate,
    calibrate_eager,
    settings,
)
from selfassess.tables._frames import suppress, to_frame  # noqa: E402

FOUR = [1, 2, 3, 4]
COLUMNS = ("student", "criterion", "occasion", "klass", "role", "score")


def native(rows: Sequence[dict[str, Any]], backend: str, columns: Sequence[str]) -> Any:
    """The rows as a frame of *backend*'s library (skipped if it is not installed)."""
    module = pytest.importorskip(backend)
    data = {name: [row[name] for row in rows] for name in columns}
    if backend == "pandas":
        return module.DataFrame(data, columns=list(columns))
    if backend == "polars":
        return module.DataFrame(data, strict=False)
    return module.table(data)


def records(frame: Any) -> list[dict[str, Any]]:
    """A native frame's rows as dicts, every kind of missing value as ``None``."""
    rows = nw.from_native(frame, eager_only=True).rows(named=True)
    return [{name: _plain(value) for name, value in row.items()} for row in rows]


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


@st.composite
def rating_tables(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[float]]:
    """Ratings of a few students on a few criteria and occasions, in any order.

    Each (student, criterion, occasion) has a self-rating, a teacher's, both or
    neither; a student's class is fixed, so both ratings of a pair share it.
    """
    categories = draw(
        st.sampled_from([FOUR, [0, 1, 2], [0.5, 1.5, 2.5, 3.5, 10.0], [1, 2]])
    )
    students = [f"s{number}" for number in range(draw(st.integers(1, 5)))]
    klass = {student: draw(st.sampled_from(["A", "B"])) for student in students}
    rows = []
    for student in students:
        for criterion in range(draw(st.integers(0, 4))):
            for occasion in range(draw(st.integers(1, 2))):
                for role in ("student", "teacher"):
                    if draw(st.integers(0, 5)) == 0:
                        continue  # not rated (yet) by this role
                    rows.append(
                        {
                            "student": student,
                            "criterion": f"c{criterion}",
                            "occasion": occasion,
                            "klass": klass[student],
                            "role": role,
                            "score": draw(st.sampled_from(categories)),
                        }
                    )
    return draw(st.permutations(rows)), categories


def groups_of(
    rows: Sequence[dict[str, Any]], by: Sequence[str], on: Sequence[str]
) -> dict[tuple[Any, ...], tuple[list[float], list[float], Counter[str]]]:
    """Each group's pairs, self then teacher, and its unpaired ratings per role.

    Groups in order of their first row, pairs in order of the self-rating's row.
    """
    found: dict[tuple[Any, ...], tuple[list[float], list[float], Counter[str]]] = {}
    ratings: dict[tuple[Any, ...], dict[str, float]] = {}
    for row in rows:
        found.setdefault(tuple(row[name] for name in by), ([], [], Counter()))
        ratings.setdefault(tuple(row[name] for name in on), {})[row["role"]] = row[
            "score"
        ]
    for row in rows:
        key = tuple(row[name] for name in on)
        mine, theirs, unpaired = found[tuple(row[name] for name in by)]
        both = ratings[key]
        if len(both) == 2 and row["role"] == "student":
            mine.append(both["student"])
            theirs.append(both["teacher"])
        elif len(both) == 1:
            unpaired[row["role"]] += 1
    return found


GROUPINGS = [None, "student", ("klass",), ("klass", "student"), "criterion"]


@given(
    table=rating_tables(),
    by=st.sampled_from(GROUPINGS),
    occasions=st.booleans(),
    backend=st.sampled_from(["pandas", "polars", "pyarrow"]),
)
def test_each_group_has_the_in_memory_statistics(
    table: tuple[list[dict[str, Any]], list[float]],
    by: str | tuple[str, ...] | None,
    occasions: bool,
    backend: str,
) -> None:
    """Every group's row holds exactly `rubrics.calibrate`'s numbers on its pairs.

    Compared with ``==``: the same tally, the same exact arithmetic. The pairs
    here come from a plain dict of ratings, not from the tables code.
    """
    rows, categories = table
    on = ("student", "criterion", "occasion") if occasions else ("student", "criterion")
    if not occasions:  # one occasion only, so that each key is rated once a role
        rows = [row for row in rows if row["occasion"] == 0]
    grouping = () if by is None else (by,) if isinstance(by, str) else by
    result = records(
        calibrate(native(rows, backend, COLUMNS), categories=categories, by=by, on=on)
    )
    expected = groups_of(rows, grouping, on)
    if by is None:
        expected = expected or {(): ([], [], Counter())}
    assert [tuple(row[name] for name in grouping) for row in result] == list(expected)
    for row, (mine, theirs, unpaired) in zip(result, expected.values(), strict=True):
        assert row["pairs"] == len(mine)
        assert row["unpaired_self"] == unpaired["student"]
        assert row["unpaired_teacher"] == unpaired["teacher"]
        assert row["suppressed"] is False
        if not mine:
            assert (row["kappa"], row["bias"]) == (None, None)
            continue
        wanted = records(to_frame([in_memory(mine, theirs, categories)]))[0]
        assert {name: row[name] for name in wanted} == wanted


@given(table=rating_tables(), seed=st.integers(0, 2**32), minimum=st.integers(1, 4))
def test_bootstrap_draws_group_after_group(
    table: tuple[list[dict[str, Any]], list[float]], seed: int, minimum: int
) -> None:
    """With a seeded source, each group's bootstrap intervals are the in-memory ones.

    Drawn from one generator over the groups in row order; groups without
    statistics (suppressed, or no pairs) draw nothing.
    """
    rows = [row for row in table[0] if row["occasion"] == 0]
    categories = table[1]
    frame = native(rows, "pandas", COLUMNS)
    result = records(
        calibrate(
            frame,
            categories=categories,
            by="student",
            rng=random.Random(seed),
            resamples=10,
            minimum_count=minimum,
        )
    )
    source = random.Random(seed)
    expected = groups_of(rows, ("student",), ("student", "criterion"))
    for row, (mine, theirs, _) in zip(result, expected.values(), strict=True):
        assert row["suppressed"] is (len(mine) < minimum)
        if row["suppressed"] or not mine:
            assert (row["bias_low"], row["kappa"]) == (None, None)
            continue
        found = in_memory(mine, theirs, categories, rng=source, resamples=10)
        wanted = records(to_frame([found]))[0]
        assert {name: row[name] for name in wanted} == wanted
        assert row["ac1_resamples"] == 10


@given(table=rating_tables(), minimum=st.integers(1, 6))
def test_minimum_count_is_suppress_on_the_result(
    table: tuple[list[dict[str, Any]], list[float]], minimum: int
) -> None:
    """Suppressing in calibrate gives what `suppress` gives on its full result."""
    rows = [row for row in table[0] if row["occasion"] == 0]
    frame = native(rows, "polars", COLUMNS)
    full = calibrate(frame, categories=table[1], by="student")
    hidden = calibrate(frame, categories=table[1], by="student", minimum_count=minimum)
    assert records(hidden) == records(suppress(full, minimum_count=minimum))
    for row in records(hidden):
        assert row["suppressed"] is (row["pairs"] < minimum)
        if row["suppressed"]:
            assert all(
                row[name] is None
                for name in list(row)[list(row).index("suppressed") + 1 :]
            )


def test_worked_example() -> None:
    """The documented example: eight pairs, bias +0.5, quadratic kappa 0.765."""
    mine, theirs = [3, 2, 4, 3, 1, 2, 4, 3], [2, 2, 3, 3, 1, 1, 4, 2]
    rows = [
        {"student": "ana", "criterion": f"c{at}", "role": role, "score": score}
        for at, pair in enumerate(zip(mine, theirs, strict=True))
        for role, score in zip(("student", "teacher"), pair, strict=True)
    ]
    columns = ("student", "criterion", "role", "score")
    (row,) = records(calibrate(native(rows, "pandas", columns), categories=FOUR))
    assert row["pairs"] == 8
    assert row["bias"] == 0.5
    assert row["estimation"] == "over"
    assert round(row["quadratic_kappa"], 3) == 0.765
    assert round(row["quadratic_kappa_low"], 3) == 0.546
    assert row["kappa_method"] == "large_sample"
    assert row["bias_low"] is None  # no bootstrap without a random source


def test_against_scikit_learn_and_krippendorff() -> None:
    """The kappas and the ordinal alpha of each group are the reference libraries'.

    scikit-learn's ``cohen_kappa_score`` (Cohen 1960, 1968, with the
    category labels given; scikit-learn docs, sklearn.metrics.cohen_kappa_score)
    and the ``krippendorff`` package's ``alpha`` at the ordinal level
    (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
    """
    metrics = pytest.importorskip("sklearn.metrics")
    krippendorff = pytest.importorskip("krippendorff")
    generator = np.random.default_rng(3)
    rows = []
    for student in range(4):
        for criterion in range(30):
            teacher = int(generator.integers(1, 5))
            mine = int(np.clip(teacher + generator.integers(-1, 2), 1, 4))
            rows += [
                {
                    "student": f"s{student}",
                    "criterion": criterion,
                    "role": "student",
                    "score": mine,
                },
                {
                    "student": f"s{student}",
                    "criterion": criterion,
                    "role": "teacher",
                    "score": teacher,
                },
            ]
    frame = native(rows, "pyarrow", ("student", "criterion", "role", "score"))
    result = records(calibrate(frame, categories=FOUR, by="student"))
    for row in result:
        mine = [
            r["score"]
            for r in rows
            if r["student"] == row["student"] and r["role"] == "student"
        ]
        theirs = [
            r["score"]
            for r in rows
            if r["student"] == row["student"] and r["role"] == "teacher"
        ]
        for name, weights in (
            ("kappa", None),
            ("linear_kappa", "linear"),
            ("quadratic_kappa", "quadratic"),
        ):
            expected = metrics.cohen_kappa_score(
                mine, theirs, labels=FOUR, weights=weights
            )
            assert row[name] == pytest.approx(expected, abs=1e-12)
        alpha = krippendorff.alpha(
            reliability_data=np.array([mine, theirs]),
            level_of_measurement="ordinal",
            value_domain=FOUR,
        )
        assert row["ordinal_alpha"] == pytest.approx(alpha, abs=1e-12)


PAIR = [
    {"learner": "ana", "item": "c1", "rater": "self", "rating": 3, "class": 7},
    {"learner": "ana", "item": "c1", "rater": "teacher", "rating": 2, "class": 7},
    {"learner": "ben", "item": "c1", "rater": "self", "rating": 4, "class": 8},
]
OWN = ("learner", "item", "rater", "rating", "class")
MAPPED = {"student": "learner", "criterion": "item", "role": "rater", "score": "rating"}


@pytest.mark.parametrize("backend", ["pandas", "polars", "pyarrow"])
def test_own_column_names_and_roles(backend: str) -> None:
    """The frame's own names and role values, mapped.

    The by column keeps its name and its dtype; a group with no pairs has null
    statistics.
    """
    frame = native(PAIR, backend, OWN)
    result = calibrate(
        frame, categories=FOUR, by="class", roles=("self", "teacher"), **MAPPED
    )
    found = nw.from_native(result, eager_only=True)
    assert found.columns[:5] == [
        "class",
        "unpaired_self",
        "unpaired_teacher",
        "pairs",
        "suppressed",
    ]
    assert (
        found.schema["class"] == nw.from_native(frame, eager_only=True).schema["class"]
    )
    first, second = records(result)
    assert (first["class"], first["pairs"], first["bias"]) == (7, 1, 1.0)
    assert (second["class"], second["pairs"], second["unpaired_self"]) == (8, 0, 1)
    assert (second["bias"], second["estimation"]) == (None, None)
    assert type(result).__module__.split(".")[0] == backend


def test_by_names_a_default_column_mapped() -> None:
    """``by="student"`` with ``student="learner"`` groups on the frame's "learner"."""
    result = calibrate(
        native(PAIR, "pandas", OWN),
        categories=FOUR,
        by="student",
        roles=("self", "teacher"),
        **MAPPED,
    )
    assert list(result["learner"]) == ["ana", "ben"]


@pytest.mark.parametrize("backend", ["pandas", "polars", "pyarrow"])
def test_empty_frames(backend: str) -> None:
    """No rows: one group without pairs for the whole table; no groups by student.

    The dtypes are those of a full result.
    """
    columns = ("student", "criterion", "role", "score")
    empty = (
        nw.from_native(native([], backend, columns), eager_only=True)
        .with_columns(
            nw.col("student", "criterion", "role").cast(nw.String()),
            nw.col("score").cast(nw.Int64()),
        )
        .to_native()
    )
    whole = records(calibrate(empty, categories=FOUR))
    assert [(row["pairs"], row["kappa"]) for row in whole] == [(0, None)]
    rows = [{"student": "ana", "criterion": "c", "role": "student", "score": 1}]
    none = nw.from_native(
        calibrate(empty, categories=FOUR, by="student"), eager_only=True
    )
    some = nw.from_native(
        calibrate(native(rows, backend, columns), categories=FOUR, by="student"),
        eager_only=True,
    )
    assert len(none) == 0
    assert none.columns == some.columns
    assert none.schema == some.schema


def test_lazy_polars_comes_back_lazy() -> None:
    """A polars LazyFrame is collected, calibrated, and given back lazy."""
    pl = pytest.importorskip("polars")
    frame = native(PAIR, "polars", OWN).lazy()
    result = calibrate(frame, categories=FOUR, roles=("self", "teacher"), **MAPPED)
    assert isinstance(result, pl.LazyFrame)
    assert result.collect()["pairs"].to_list() == [1]


def problems(error: pytest.ExceptionInfo[InvalidDataError]) -> list[str]:
    return [str(problem) for problem in error.value.problems]


def test_every_bad_cell_with_its_row_and_column() -> None:
    """Every bad cell, reported as ``rows[i].<the frame's column>``, by row.

    Missing cells, unknown roles and scores, repeated ratings and pairs split
    between groups.
    """
    rows = [
        {"learner": "ana", "item": "c1", "rater": "self", "rating": 3, "class": 7},
        {"learner": "ana", "item": "c1", "rater": "teacher", "rating": 2, "class": 8},
        {"learner": "ana", "item": "c1", "rater": "self", "rating": 3, "class": 7},
        {"learner": "ben", "item": "c1", "rater": "parent", "rating": 5, "class": 7},
        {"learner": None, "item": "c2", "rater": "self", "rating": 2.5, "class": 7},
    ]
    with pytest.raises(InvalidDataError) as error:
        calibrate(
            native(rows, "pandas", OWN),
            categories=FOUR,
            by="class",
            roles=("self", "teacher"),
            **MAPPED,
        )
    assert problems(error) == [
        "rows[1].class: must be the same as in the other rating of its pair, "
        "rows[2] (7) (got 8)",
        "rows[2].rater: must not repeat the 'self' rating of rows[0] "
        "(the same learner and item)",
        "rows[3].rater: must be 'self' or 'teacher' (got 'parent')",
        "rows[3].rating: must be one of the categories (1, 2, 3, 4) (got 5.0)",
        "rows[4].learner: must not be missing",
        "rows[4].rating: must be one of the categories (1, 2, 3, 4) (got 2.5)",
    ]


def test_scores_that_are_not_numbers() -> None:
    """Text and booleans are not levels, even where they look like one."""
    rows = [
        {"student": "ana", "criterion": "c1", "role": "student", "score": "3"},
        {"student": "ana", "criterion": "c1", "role": "teacher", "score": True},
    ]
    frame = pd.DataFrame(rows, dtype=object)
    with pytest.raises(InvalidDataError) as error:
        calibrate(frame, categories=FOUR)
    assert problems(error) == [
        "rows[0].score: must be one of the categories (1, 2, 3, 4) (got '3')",
        "rows[1].score: must be one of the categories (1, 2, 3, 4) (got True)",
    ]


def test_problems_are_capped_then_counted() -> None:
    """A million bad rows report the first `MAX_PROBLEMS` and count the rest."""
    count = MAX_PROBLEMS + 500
    frame = pd.DataFrame(
        {
            "student": [f"s{n}" for n in range(count)],
            "criterion": ["c"] * count,
            "role": ["student"] * count,
            "score": [9] * count,
        }
    )
    with pytest.raises(InvalidDataError) as error:
        calibrate(frame, categories=FOUR)
    assert len(error.value.problems) == MAX_PROBLEMS
    assert error.value.omitted == 500
    assert error.value.problems[0].path == "rows[0].score"
    assert error.value.problems[-1].path == f"rows[{MAX_PROBLEMS - 1}].score"


def test_missing_columns_are_named() -> None:
    """Every column read that the frame lacks, as columns[<the frame's name>]."""
    frame = pd.DataFrame({"student": ["a"], "score": [1]})
    with pytest.raises(InvalidDataError) as error:
        calibrate(frame, categories=FOUR, role="rater")
    assert problems(error) == [
        "columns['criterion']: is missing: the frame has no column 'criterion'; "
        "name yours with criterion='...'",
        "columns['rater']: is missing: the frame has no column 'rater'",
    ]


@pytest.mark.parametrize(
    ("arguments", "error", "path"),
    [
        ({"categories": [1, 1]}, InvalidDataError, "categories[1]"),
        ({"categories": [2]}, InvalidDataError, "categories"),
        ({"by": "score"}, InvalidDataError, "by[0]"),
        ({"by": "pairs"}, InvalidDataError, "by[0]"),
        ({"on": ()}, InvalidDataError, "on"),
        ({"on": ("student", "student")}, InvalidDataError, "on[1]"),
        ({"on": 3}, ArgumentTypeError, "on"),
        ({"roles": ("a", "a")}, InvalidDataError, "roles"),
        ({"roles": "ab"}, ArgumentTypeError, "roles"),
        ({"standard": "x"}, InvalidDataError, "standard"),
        ({"score": 3}, ArgumentTypeError, "score"),
        ({"minimum_count": 0}, InvalidDataError, "minimum_count"),
        ({"rng": 3}, ArgumentTypeError, "rng"),
        ({"rng": random.Random(1), "resamples": 1}, InvalidDataError, "resamples"),
        ({"confidence": 1.0}, InvalidDataError, "confidence"),
    ],
)
def test_bad_arguments(
    arguments: dict[str, Any], error: type[Exception], path: str
) -> None:
    """Each bad argument raises the library's error, naming the argument."""
    frame = pd.DataFrame(
        {"student": ["a"], "criterion": ["c"], "role": ["student"], "score": [1]}
    )
    chosen = {"categories": FOUR, **arguments}
    with pytest.raises(error) as raised:
        calibrate(frame, **chosen)
    assert path in [problem.path for problem in raised.value.problems]  # type: ignore[attr-defined]


def test_not_a_frame() -> None:
    """A list is not a frame: the caller's mistake."""
    with pytest.raises(ArgumentTypeError, match="frame: must be a pandas"):
        calibrate([{"student": "a"}], categories=FOUR)


def test_a_partition_names_the_rows_of_the_whole() -> None:
    """The eager entry point numbers a partition's rows from *first_row*."""
    chosen = settings(
        categories=FOUR,
        by="student",
        on=("student", "criterion"),
        roles=("student", "teacher"),
        rng=None,
        resamples=1000,
        confidence=0.95,
        minimum_count=None,
        columns={},
    )
    frame = nw.from_native(
        pd.DataFrame(
            {"student": ["a"], "criterion": ["c"], "role": ["x"], "score": [1]}
        ),
        eager_only=True,
    )
    with pytest.raises(InvalidDataError, match=r"rows\[500\]\.role"):
        calibrate_eager(frame, chosen, first_row=500)


def test_categories_too_far_apart_fail_the_table() -> None:
    """A mean difference beyond the largest float fails in memory, and here.

    The categories are named, since every group shares them.
    """
    rows = [
        {"student": "a", "criterion": "c", "role": "student", "score": 1e308},
        {"student": "a", "criterion": "c", "role": "teacher", "score": -1e308},
    ]
    with pytest.raises(InvalidDataError):
        in_memory([1e308], [-1e308], [-1e308, 1e308])
    with pytest.raises(InvalidDataError, match="categories: must differ"):
        calibrate(pd.DataFrame(rows), categories=[-1e308, 1e308])


def test_score_and_role_must_differ() -> None:
    """One column cannot be both the score and the role."""
    frame = pd.DataFrame({"student": ["a"], "criterion": ["c"], "x": [1]})
    with pytest.raises(InvalidDataError, match="role: must not be the score column"):
        calibrate(frame, categories=FOUR, score="x", role="x")


def _four_ratings(**columns: Any) -> Any:
    """Two students' pairs, with some columns replaced."""
    data: dict[str, Any] = {
        "student": ["ana", "ana", "ben", "ben"],
        "criterion": ["c1", "c1", "c1", "c1"],
        "klass": ["A", "A", "B", "B"],
        "role": ["student", "teacher", "student", "teacher"],
        "score": [1, 2, 3, 4],
    }
    data.update(columns)
    return pd.DataFrame(data)


NULLABLE = [
    ("role", pd.array(["student", "teacher", None, "teacher"], dtype="string")),
    ("role", pd.Series(["student", "teacher", pd.NA, "teacher"], dtype=object)),
    ("score", pd.array([1, 2, None, 4], dtype="Int64")),
    ("score", pd.array([1.0, 2.0, None, 4.0], dtype="Float64")),
    ("score", pd.Series([1, 2, pd.NA, 4], dtype=object)),
    ("student", pd.array(["ana", "ana", None, "ben"], dtype="string")),
    ("criterion", pd.array([1, 1, None, 1], dtype="Int64")),
    ("klass", pd.array(["A", "A", None, "B"], dtype="string")),
    ("klass", pd.array([1, 1, None, 2], dtype="Int64")),
]


@pytest.mark.parametrize(("column", "values"), NULLABLE)
def test_missing_values_of_nullable_dtypes(column: str, values: Any) -> None:
    """``pd.NA`` is a missing cell, never compared with a role or a category.

    In the role, the score, the pairing and the grouping columns alike.
    """
    frame = _four_ratings(**{column: values})
    with pytest.raises(InvalidDataError) as error:
        calibrate(frame, categories=FOUR, by="klass")
    assert problems(error) == [f"rows[2].{column}: must not be missing"]


def test_nullable_dtypes_without_missing_values() -> None:
    """Nullable dtypes with every cell present are read as the plain ones."""
    frame = _four_ratings(
        role=pd.array(["student", "teacher"] * 2, dtype="string"),
        score=pd.array([1, 2, 3, 4], dtype="Int64"),
        klass=pd.array(["A", "A", "B", "B"], dtype="string"),
    )
    plain = records(calibrate(_four_ratings(), categories=FOUR, by="klass"))
    assert records(calibrate(frame, categories=FOUR, by="klass")) == plain


def test_a_whole_number_beyond_floats_is_no_category() -> None:
    """A whole number too large for a float is none of the categories."""
    frame = _four_ratings(score=pd.Series([10**400, 2, 3, 4], dtype=object))
    with pytest.raises(InvalidDataError) as error:
        calibrate(frame, categories=FOUR)
    assert problems(error) == [
        "rows[0].score: must be one of the categories (1, 2, 3, 4) "
        "(got <a whole number of 401 digits>)"
    ]


def test_only_the_cells_that_are_not_values_are_reported() -> None:
    """A dict or a list in a column leaves the other cells their own values.

    The valid scores and roles beside them are not reported; the list in the
    role column is not compared with the roles item by item.
    """
    frame = _four_ratings(
        score=pd.Series([{"a": 1}, 2, 3, 4], dtype=object),
        role=pd.Series(
            ["student", "teacher", np.array(["student"]), "teacher"], dtype=object
        ),
    )
    with pytest.raises(InvalidDataError) as error:
        calibrate(frame, categories=FOUR)
    assert problems(error) == [
        "rows[0].score: must be one of the categories (1, 2, 3, 4) (got {'a': 1})",
        "rows[2].role: must be 'student' or 'teacher' "
        "(got array(['student'], dtype='<U7'))",
    ]


def test_lists_as_keys_pair_by_what_they_hold() -> None:
    """Pairing cells that are lists pair when they read the same; text stays text."""
    frame = _four_ratings(
        student=pd.Series([["ana"], ["ana"], "['ana']", "['ana']"], dtype=object)
    )
    (row,) = records(calibrate(frame, categories=FOUR))
    assert (row["pairs"], row["unpaired_self"], row["unpaired_teacher"]) == (2, 0, 0)
