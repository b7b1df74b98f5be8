"""`selfassess.tables.evidence`: a frame's rows as Evidence, every cell checked."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("narwhals")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from selfassess import Evidence, EvidenceKind, tables  # noqa: E402
from selfassess.errors import (  # noqa: E402
    MAX_PROBLEMS,
    ArgumentTypeError,
    InvalidDataError,
)

from strategies import evidence_rows  # noqa: E402

DAY = date(2026, 9, 1)
FIELDS = [
    "student",
    "standard",
    "score",
    "assessed_on",
    "kind",
    "due_on",
    "submitted_on",
    "source",
    "excused",
    "attempt",
    "sequence",
]


def _columns(rows: list[Evidence]) -> dict[str, list[Any]]:
    """The rows as columns of plain values (kinds as their values)."""
    data: dict[str, list[Any]] = {field: [] for field in FIELDS}
    for row in rows:
        for field in FIELDS:
            value = getattr(row, field)
            data[field].append(value.value if field == "kind" else value)
    return data


def _problems(caught: pytest.ExceptionInfo[InvalidDataError]) -> list[str]:
    return [str(problem) for problem in caught.value.problems]


@given(st.lists(evidence_rows(), max_size=12))
def test_a_pandas_frame_gives_back_its_rows(rows: list[Evidence]) -> None:
    """Every field of every row, as `Evidence` holds it, moments included.

    pandas keeps each moment's own offset in a column of objects, so the rows come
    back equal, moments and all.
    """
    data: dict[str, Any] = _columns(rows)
    data["assessed_at"] = pd.Series([row.assessed_at for row in rows], dtype=object)
    frame = pd.DataFrame(
        {name: pd.Series(values, dtype=object) for name, values in data.items()}
    )
    read = tables.evidence(frame)
    assert len(read) == len(rows)
    assert list(read) == rows
    for mine, theirs in zip(read, rows, strict=True):
        if theirs.assessed_at is not None:
            assert mine.assessed_at is not None
            assert mine.assessed_at.utcoffset() == theirs.assessed_at.utcoffset()


@pytest.mark.parametrize("library", ["polars", "pyarrow"])
@given(rows=st.lists(evidence_rows(), max_size=12))
def test_typed_frames_give_back_their_rows(library: str, rows: list[Evidence]) -> None:
    """Typed columns of polars and PyArrow (with nulls) read as the same rows.

    Their datetime columns hold one time zone a column, so the moments go in as
    UTC: the rows come back equal (a moment compares as its instant).
    """
    data: dict[str, Any] = _columns(rows)
    data["assessed_at"] = [
        None if row.assessed_at is None else row.assessed_at.astimezone(timezone.utc)
        for row in rows
    ]
    # A moment that falls on another day in UTC than in its own zone is left out
    # here: in UTC it is on another day, as the check says (tested below).
    kept = [
        index
        for index, row in enumerate(rows)
        if row.assessed_at is None
        or row.assessed_at.astimezone(timezone.utc).date() == row.assessed_on
    ]
    data = {name: [values[index] for index in kept] for name, values in data.items()}
    schema = {
        "student": pl.String,
        "standard": pl.String,
        "score": pl.Float64,
        "assessed_on": pl.Date,
        "kind": pl.String,
        "due_on": pl.Date,
        "submitted_on": pl.Date,
        "source": pl.String,
        "excused": pl.Boolean,
        "attempt": pl.Int64,
        "sequence": pl.Int64,
        "assessed_at": pl.Datetime("us", "UTC"),
    }
    frame = pl.DataFrame(data, schema=schema)
    native = frame if library == "polars" else frame.to_arrow()
    assert list(tables.evidence(native)) == [rows[index] for index in kept]


def test_numbers_of_every_numpy_type() -> None:
    """Scores of any numeric dtype are the numbers they hold; ids may be numbers.

    NumPy's int64, int8, uint16 and float32 columns, pandas's nullable Int64 and
    Float64 with missing scores on excused rows, and a column of whole numbers as
    student ids (read as their digits).
    """
    for dtype in ("int64", "int8", "uint16", "float32", "Int64", "Float64"):
        frame = pd.DataFrame(
            {
                "student": pd.Series([1001, 1002], dtype="int64"),
                "standard": pd.Series(["nf1", "nf1"], dtype="category"),
                "score": pd.Series([3, 2], dtype=dtype),
                "assessed_on": [DAY, DAY],
                "attempt": pd.Series([1, 2], dtype="int32"),
            }
        )
        rows = list(tables.evidence(frame))
        assert [(row.student, row.score, row.attempt) for row in rows] == [
            ("1001", 3.0, 1),
            ("1002", 2.0, 2),
        ], dtype
        assert all(type(row.score) is float for row in rows)
    nullable = pd.DataFrame(
        {
            "student": ["ana", "ben"],
            "standard": ["nf1", "nf1"],
            "score": pd.Series([None, 3], dtype="Int64"),
            "assessed_on": [DAY, DAY],
            "excused": [True, False],
        }
    )
    assert [row.score for row in tables.evidence(nullable)] == [None, 3.0]


def test_a_column_of_flags_is_not_scores() -> None:
    """A bool score column is a mistake (flags read as scores): refused whole."""
    frame = pl.DataFrame(
        {
            "student": ["ana"],
            "standard": ["nf1"],
            "score": [True],
            "assessed_on": [DAY],
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "columns['score']: must hold numbers, not true and false "
        "(got a column of Boolean)"
    ]


def test_every_bad_cell_with_its_row_and_the_frame_s_own_column() -> None:
    """Each bad cell once, in row order, under the frame's own column names."""
    frame = pl.DataFrame(
        {
            "learner": ["ana", "", None, "dee"],
            "standard": ["nf1", "nf1", " nf2", "nf2"],
            "points": [float("inf"), None, 2.5, float("nan")],
            "day": [DAY, None, DAY, DAY],
            "kind": ["formative", "quiz", None, "summative"],
            "attempt": [1, 0, 2, 1001],
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame, student="learner", score="points", assessed_on="day")
    assert _problems(caught) == [
        "rows[0].points: must be finite (got inf)",
        "rows[1].learner: must not be empty (got '')",
        "rows[1].points: must be a number; only excused evidence may have none "
        "(got None)",
        "rows[1].day: must be a date (got None)",
        "rows[1].kind: must be one of 'pre_assessment', 'formative', 'summative', "
        "'quick_check', 'observation', 'self', 'peer', 'teacher' (got 'quiz')",
        "rows[1].attempt: must be at least 1 (got 0)",
        "rows[2].learner: must not be empty (got None)",
        "rows[2].standard: must not start or end with spaces (got ' nf2')",
        "rows[2].kind: must be one of 'pre_assessment', 'formative', 'summative', "
        "'quick_check', 'observation', 'self', 'peer', 'teacher' (got None)",
        "rows[3].points: must be finite (got nan)",
        "rows[3].attempt: must be at most 1,000 (got 1001)",
    ]


def test_problems_stop_at_the_cap_then_are_counted() -> None:
    """A million bad cells are reported as the first ones and a count of the rest."""
    count = MAX_PROBLEMS + 250
    frame = pd.DataFrame(
        {
            "student": ["ana"] * count,
            "standard": ["nf1"] * count,
            "score": np.full(count, np.inf),
            "assessed_on": [DAY] * count,
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS
    assert caught.value.omitted == 250
    assert problems[0].path == "rows[0].score"
    assert problems[-1].path == f"rows[{MAX_PROBLEMS - 1}].score"


def test_missing_and_mistyped_columns() -> None:
    """A missing column is named, with the keyword that would name the frame's own."""
    frame = pd.DataFrame(
        {"student": ["ana"], "score": ["3"], "assessed_on": ["2026-09-01"]}
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "columns['standard']: is missing: the frame has no column 'standard'; "
        "name yours with standard='...'",
    ]
    frame["standard"] = "nf1"
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "columns['score']: must hold numbers (got a column of String)",
        "columns['assessed_on']: must hold dates (got a column of String): parse "
        "the text as dates first",
    ]


def test_datetimes_are_read_as_their_day_in_their_own_zone() -> None:
    """A datetime column gives each row its day where it was assessed."""
    zone = timezone(timedelta(hours=-5))
    late = datetime(2026, 9, 1, 22, 30, tzinfo=zone)  # 03:30 the next day in UTC
    frame = pd.DataFrame(
        {
            "student": ["ana", "ana"],
            "standard": ["nf1", "nf1"],
            "score": [3, 2],
            "assessed_on": pd.to_datetime([late, late]).tz_convert("America/Bogota"),
            "assessed_at": pd.to_datetime([late, late]).tz_convert("America/Bogota"),
        }
    )
    rows = list(tables.evidence(frame))
    assert [row.assessed_on for row in rows] == [DAY, DAY]
    assert [row.assessed_at for row in rows] == [late, late]
    assert rows[0].assessed_at is not None
    assert rows[0].assessed_at.utcoffset() == timedelta(hours=-5)


def test_a_moment_must_fall_on_its_day() -> None:
    """As `Evidence` checks it: a moment on another day than ``assessed_on``."""
    moment = datetime(2026, 9, 2, 9, tzinfo=timezone.utc)
    frame = pd.DataFrame(
        {
            "student": ["ana"],
            "standard": ["nf1"],
            "score": [3],
            "assessed_on": [DAY],
            "when": pd.to_datetime([moment]),
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame, assessed_at="when")
    assert _problems(caught) == [
        "rows[0].when: must fall on assessed_on (2026-09-01) in its own time zone "
        "(got 2026-09-02T09:00:00+00:00)"
    ]
    naive = frame.assign(when=pd.to_datetime(["2026-09-01 09:00"]))
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(naive, assessed_at="when")
    assert _problems(caught) == [
        "columns['when']: must hold datetimes with a time zone (got datetimes "
        "without one)"
    ]


def test_the_arguments_are_checked() -> None:
    """Not a frame, or a keyword that is not a field: the caller's mistake."""
    with pytest.raises(ArgumentTypeError) as caught:
        tables.evidence([{"student": "ana"}])
    assert "must be a dataframe" in str(caught.value)
    frame = pd.DataFrame({"student": ["ana"]})
    with pytest.raises(ArgumentTypeError) as caught:
        tables.evidence(frame, learner="student")
    assert str(caught.value.problems[0]).startswith(
        "learner: is not a column this function reads"
    )


def test_the_rows_are_a_read_only_sequence() -> None:
    """Indexing from either end, slices, and an index out of range."""
    frame = pd.DataFrame(
        {
            "student": ["ana", "ben", "cy"],
            "standard": ["nf1"] * 3,
            "score": [1, 2, 3],
            "assessed_on": [DAY] * 3,
            "kind": ["formative", "summative", "quick_check"],
        }
    )
    rows = tables.evidence(frame)
    assert repr(rows) == "<evidence: 3 rows>"
    assert rows[-1].student == "cy"
    assert [row.kind for row in rows[:2]] == [
        EvidenceKind.FORMATIVE,
        EvidenceKind.SUMMATIVE,
    ]
    with pytest.raises(IndexError):
        rows[3]
    assert rows.index(rows[1]) == 1


def test_a_cell_that_is_not_a_number_is_said_once() -> None:
    """In a column of mixed objects, text or a bool is not a number: one problem."""
    frame = pd.DataFrame(
        {
            "student": ["ana", "ben", "cy"],
            "standard": ["nf1"] * 3,
            "score": pd.Series(["3", True, 2], dtype=object),
            "assessed_on": [DAY] * 3,
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "rows[0].score: must be a number (got '3')",
        "rows[1].score: must be a number (got True)",
    ]


def test_pandas_nullable_types_with_missing_cells() -> None:
    """NA in a pandas flag or id column is a missing cell, said as such."""
    frame = pd.DataFrame(
        {
            "student": pd.array(["ana", None, "cy"], dtype="string"),
            "standard": ["nf1"] * 3,
            "score": pd.array([3, 2, None], dtype="Int64"),
            "assessed_on": [DAY] * 3,
            "excused": pd.array([False, None, True], dtype="boolean"),
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "rows[1].student: must not be empty (got None)",
        "rows[1].excused: must be true or false (got None)",
    ]


def test_cells_that_cannot_be_hashed_are_not_ids() -> None:
    """A list or a dict in an id column (from JSON, say) is reported, not a crash."""
    frame = pd.DataFrame(
        {
            "student": pd.Series(["ana", ["ben"], {"id": 3}], dtype=object),
            "standard": ["nf1"] * 3,
            "score": [3, 2, 1],
            "assessed_on": [DAY] * 3,
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "rows[1].student: must be a string (got ['ben'])",
        "rows[2].student: must be a string (got {'id': 3})",
    ]


def test_whole_numbers_and_days_within_what_evidence_takes() -> None:
    """A sequence number past Evidence's bound, a day past 9999: refused per cell."""
    frame = pl.DataFrame(
        {
            "student": ["ana", "ben"],
            "standard": ["nf1", "nf1"],
            "score": [3.0, 2.0],
            "assessed_on": [DAY, date(9999, 12, 31)],
            "sequence": [10**9 + 1, 5],
        }
    ).with_columns(
        assessed_on=pl.when(pl.col("student") == "ben")
        .then(pl.col("assessed_on").cast(pl.Int32) + 1)
        .otherwise(pl.col("assessed_on").cast(pl.Int32))
        .cast(pl.Date)
    )
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame)
    assert _problems(caught) == [
        "rows[0].sequence: must be at most 1,000,000,000 (got 1000000001)",
        "rows[1].assessed_on: must be a date from 0001-01-01 to 9999-12-31 "
        "(got 2,932,897 days from 1970-01-01)",
    ]


def test_zones_of_every_name() -> None:
    """Datetimes of pandas in America/New_York (a zone narwhals cannot name) read."""
    moments = [
        datetime(2026, 11, 1, 1, 30, tzinfo=timezone(timedelta(hours=-4))),
        datetime(2026, 11, 1, 1, 30, tzinfo=timezone(timedelta(hours=-5))),
    ]  # the repeated hour when daylight saving time ends
    zoned = pd.to_datetime(moments, utc=True).tz_convert("America/New_York")
    frame = pd.DataFrame(
        {
            "student": ["ana", "ana"],
            "standard": ["nf1", "nf1"],
            "score": [1, 2],
            "assessed_on": zoned,
            "assessed_at": zoned,
        }
    )
    rows = list(tables.evidence(frame))
    assert [row.assessed_on for row in rows] == [date(2026, 11, 1)] * 2
    assert [row.assessed_at for row in rows] == moments
    assert [row.assessed_at.utcoffset() for row in rows if row.assessed_at] == [
        timedelta(hours=-4),
        timedelta(hours=-5),
    ]


def test_dictionary_columns_keep_the_order_of_first_appearance() -> None:
    """A PyArrow dictionary column's groups come in the rows' order, as in memory."""
    students = pa.DictionaryArray.from_arrays(
        pa.array([2, 1, 2], type=pa.int32()), pa.array(["ana", "ben", "cy", "dee"])
    )
    frame = pa.table(
        {
            "student": students,
            "standard": ["nf1"] * 3,
            "score": [3.0, 2.0, 1.0],
            "assessed_on": [DAY] * 3,
        }
    )
    result = tables.rollup(frame)
    assert result.column("student").to_pylist() == ["cy", "ben"]


def test_kinds_as_members_or_values_and_one_problem_a_cell() -> None:
    """EvidenceKind members are kinds; a kind with spaces is one problem."""
    frame = pd.DataFrame(
        {
            "student": ["ana", "ben"],
            "standard": ["nf1", "nf1"],
            "score": [3, 2],
            "assessed_on": [DAY, DAY],
            "kind": pd.Series([EvidenceKind.SUMMATIVE, "formative"], dtype=object),
        }
    )
    assert [row.kind for row in tables.evidence(frame)] == [
        EvidenceKind.SUMMATIVE,
        EvidenceKind.FORMATIVE,
    ]
    with pytest.raises(InvalidDataError) as caught:
        tables.evidence(frame.assign(kind=[" summative", "formative"]))
    assert _problems(caught) == [
        "rows[0].kind: must be one of 'pre_assessment', 'formative', 'summative', "
        "'quick_check', 'observation', 'self', 'peer', 'teacher' (got ' summative')"
    ]
