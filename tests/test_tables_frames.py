"""`selfassess.tables.to_frame`, `pseudonymize` and `suppress`: results as flat frames."""

from __future__ import annotations

import hashlib
import hmac
import math
import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest

np = pytest.importorskip("numpy")
nw = pytest.importorskip("narwhals")
pd = pytest.importorskip("pandas")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import selfassess as sa  # noqa: E402
from selfassess import conference as cf  # noqa: E402
from selfassess import goals as gl  # noqa: E402
from selfassess import mastery as ms  # noqa: E402
from selfassess import rubrics as rb  # noqa: E402
from selfassess.errors import ArgumentTypeError, InvalidDataError  # noqa: E402
from selfassess.tables._calibrate import calibrate  # noqa: E402
from selfassess.tables._frames import (  # noqa: E402
    LAYOUTS,
    pseudonymize,
    suppress,
    to_frame,
)
from strategies_goals import goal_values  # noqa: E402
from strategies_rubrics import assessments, rubrics  # noqa: E402

from strategies import STRATEGIES, identifiers  # noqa: E402

BACKENDS = ["pandas", "polars", "pyarrow"]
KEY = bytes(range(32))
HEX = re.compile(r"[0-9a-f]{64}")


def frame_of(native: Any) -> Any:
    return nw.from_native(native, eager_only=True)


def records(native: Any) -> list[dict[str, Any]]:
    """A native frame's rows as dicts, every missing value as ``None``."""
    rows = frame_of(native).rows(named=True)
    return [{name: _plain(value) for name, value in row.items()} for row in rows]


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def dtypes(native: Any) -> Any:
    """What a frame's columns hold: pandas' own dtypes, else narwhals' schema.

    narwhals reads an empty object column of pandas as text, a full one as objects.
    """
    if isinstance(native, pd.DataFrame):
        return list(native.dtypes.astype(str).items())
    return frame_of(native).schema


TYPES = sorted(LAYOUTS, key=lambda kind: kind.__name__)


@pytest.mark.parametrize("kind", TYPES, ids=[kind.__name__ for kind in TYPES])
@settings(max_examples=4)  # the strategies of the largest models are slow to draw
@given(data=st.data())
def test_every_type_keeps_its_columns_and_dtypes(
    kind: type, data: st.DataObject
) -> None:
    """Any values of a type give its layout's columns, one row a unit.

    With the dtypes of an empty frame of that type, in every library.
    Pseudonymized, only the id columns change: their cells become HMACs in hex,
    item by item.
    """
    backend = data.draw(st.sampled_from(BACKENDS), label="backend")
    pytest.importorskip(backend)
    values = data.draw(st.lists(STRATEGIES[kind], max_size=2), label="values")
    layout = LAYOUTS[kind]
    full = to_frame(values, backend=backend, of=kind)
    empty = to_frame([], backend=backend, of=kind)
    assert frame_of(full).columns == [column.name for column in layout.columns]
    assert len(frame_of(full)) == sum(
        len(list(layout.units(value))) for value in values
    )
    assert dtypes(full) == dtypes(empty)
    assert type(full).__module__.split(".")[0] == backend
    hidden = records(to_frame(values, backend=backend, pseudonym_key=KEY))
    ids = {column.name for column in layout.columns if column.ids}
    for before, after in zip(records(full), hidden, strict=True):
        for name, value in before.items():
            if name not in ids or value is None or value == "":
                assert after[name] == value
            else:
                assert after[name] == "; ".join(map(pseudonym, value.split("; ")))


def test_the_docstring_names_every_type() -> None:
    """The table in to_frame's docstring lists every type it flattens."""
    assert to_frame.__doc__ is not None
    for kind in LAYOUTS:
        assert f"``{kind.__name__}``" in to_frame.__doc__ or (
            f".{kind.__name__}``" in to_frame.__doc__
        ), kind


def test_rollup_mapping_one_row_an_estimate() -> None:
    """The mapping of rollup: one row per (student, standard) with its estimate's figures."""
    day = date(2026, 9, 1)
    evidence = [
        sa.Evidence(student=s, standard=t, score=n, assessed_on=day + timedelta(n))
        for s in ("ana", "ben")
        for t in ("RL.1", "RL.2")
        for n in (2.0, 3.0, 4.0)
    ]
    mapping = ms.rollup(evidence)
    rows = records(to_frame(mapping, backend="polars"))
    assert [(row["student"], row["standard"]) for row in rows] == list(mapping)
    for row, estimate in zip(rows, mapping.values(), strict=True):
        assert row["value"] == estimate.value
        assert row["band"] == estimate.band.value
        assert row["count"] == estimate.count == 3
        assert row["method"] == "decaying_average"
    empty = frame_of(to_frame({}, backend="polars"))
    assert empty.columns == list(frame_of(to_frame(mapping, backend="polars")).columns)


def test_a_calibration_has_calibrate_s_columns() -> None:
    """A Calibration's row is the figures tables.calibrate writes for a group."""
    result = rb.calibrate([3, 2, 4, 3], [2, 2, 3, 3], [1, 2, 3, 4])
    (row,) = records(to_frame(result))
    assert (row["pairs"], row["suppressed"]) == (4, False)
    assert row["bias"] == result.bias
    assert row["kappa_low"] == result.kappa_interval.low  # type: ignore[union-attr]
    assert row["kappa_method"] == "large_sample"
    assert row["bias_low"] is None
    frame = pd.DataFrame(
        {
            "student": ["a"] * 8,
            "criterion": [1, 1, 2, 2, 3, 3, 4, 4],
            "role": ["student", "teacher"] * 4,
            "score": [3, 2, 2, 2, 4, 3, 3, 3],
        }
    )
    table = calibrate(frame, categories=[1, 2, 3, 4])
    columns = list(table.columns)
    assert columns[columns.index("pairs") :] == list(to_frame(result).columns)
    assert records(table)[0] == {"unpaired_self": 0, "unpaired_teacher": 0, **row}


def test_minimum_count_suppresses_small_calibrations() -> None:
    """Figures of a calibration of fewer pairs than the minimum are null."""
    small = rb.calibrate([3, 2], [2, 2], [1, 2, 3, 4])
    large = rb.calibrate([3, 2, 4, 3], [2, 2, 3, 3], [1, 2, 3, 4])
    first, second = records(to_frame([small, large], minimum_count=3))
    assert (first["pairs"], first["suppressed"]) == (2, True)
    assert all(
        value is None
        for name, value in first.items()
        if name not in ("pairs", "suppressed")
    )
    assert (second["suppressed"], second["bias"]) == (False, large.bias)


def test_minimum_count_needs_a_count() -> None:
    """Rows of one student each have no small cell to hide."""
    growth = ms.Growth(
        student="ana", standard="RL.1", before=1.0, after=2.0, change=1.0
    )
    with pytest.raises(
        InvalidDataError, match="minimum_count: applies to group summaries"
    ):
        to_frame([growth], minimum_count=5)


def test_comparison_one_row_a_criterion() -> None:
    """A comparison's rows are its criteria, after the comparison's ids."""
    rubric = rb.COLLABORATION

    def filled(id: str, role: sa.Role, levels: list[int]) -> rb.Assessment:
        return rb.Assessment(
            id=id,
            rubric=rubric,
            student="ana",
            rater=id,
            role=role,
            assessed_on=date(2026, 10, 2),
            ratings=[
                rb.Rating(criterion=criterion.id, level=level)
                for criterion, level in zip(rubric.criteria, levels, strict=False)
            ],
        )

    count = len(rubric.criteria)
    comparison = rb.compare(
        filled("self", sa.Role.STUDENT, [4] * count),
        filled("teacher", sa.Role.TEACHER, [3] * count),
    )
    rows = records(to_frame(comparison))
    assert len(rows) == len(comparison.criteria) == count
    assert {row["student"] for row in rows} == {"ana"}
    assert [row["criterion"] for row in rows] == [
        c.criterion for c in comparison.criteria
    ]
    assert {row["estimation"] for row in rows} == {"over"}


def test_a_block_one_row_a_slot_in_time_order() -> None:
    """A self-paced block's segments and conferences, by start."""
    block = cf.plan_block(
        day=date(2026, 10, 5),
        starts=time(9, 0),
        teacher="t1",
        room="r1",
        roster=["ana", "ben", "cy"],
        conference_students=["ana", "ben"],
        group_standard="RL.1",
        group_students=["cy"],
        launch_minutes=10,
        group_minutes=20,
        conference_minutes=5,
        kind=cf.ConferenceKind.DATA_REVIEW,
    )
    rows = records(to_frame(block, backend="pyarrow"))
    starts = [row["starts"] for row in rows]
    assert starts == sorted(starts)
    assert [row["students"] for row in rows if row["slot"] == "conference"] == [
        "ana",
        "ben",
    ]
    assert any(row["students"] == "cy" and row["standard"] == "RL.1" for row in rows)


def test_group_members_joined() -> None:
    """An intervention group's students as one text, and its size."""
    group = ms.InterventionGroup(standard="RL.1", students=("ana", "ben"))
    assert records(to_frame(group)) == [
        {"standard": "RL.1", "students": "ana; ben", "size": 2}
    ]


def test_evidence_moments_in_utc() -> None:
    """An instant with its own zone is written in UTC, the same instant."""
    moment = datetime(2026, 9, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    item = sa.Evidence(
        student="a",
        standard="s",
        score=3.0,
        assessed_on=date(2026, 9, 1),
        assessed_at=moment,
    )
    for backend in BACKENDS:
        (row,) = records(to_frame([item], backend=backend))
        found = row["assessed_at"]
        if isinstance(found, pd.Timestamp):
            found = found.to_pydatetime()
        assert found == moment


@pytest.mark.parametrize(
    ("values", "arguments", "error", "message"),
    [
        ([1, 2], {}, ArgumentTypeError, "values: must be a selfassess result"),
        ("ana", {}, ArgumentTypeError, "Growth"),
        (None, {}, ArgumentTypeError, "Calibration"),
        (
            [
                ms.QuickCheck(student="a", standard="s", value=2.0, gap=1.0),
                ms.Growth(
                    student="a", standard="s", before=None, after=None, change=None
                ),
            ],
            {},
            ArgumentTypeError,
            "must all be of one type",
        ),
        ([], {"backend": "excel"}, InvalidDataError, "backend: must be 'pandas'"),
        ([], {"backend": 3}, ArgumentTypeError, "backend"),
        ([], {"of": int}, ArgumentTypeError, "of: must be a type"),
        (
            [ms.QuickCheck(student="a", standard="s", value=2.0, gap=1.0)],
            {"of": ms.Growth},
            ArgumentTypeError,
            "must be Growth values, as of says",
        ),
        (
            [],
            {"pseudonym_key": "secret-password-1234"},
            ArgumentTypeError,
            "must be bytes",
        ),
        ([], {"pseudonym_key": b"short"}, InvalidDataError, "at least 16 bytes"),
        ([], {"minimum_count": 0}, InvalidDataError, "minimum_count"),
    ],
)
def test_errors(
    values: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    """Each mistake raises the library's error, never a bare TypeError."""
    with pytest.raises(error, match=message):
        to_frame(values, **arguments)


def test_empty_without_a_type_has_no_columns() -> None:
    """An empty list does not say its type: no columns unless ``of`` is given."""
    assert frame_of(to_frame([], backend="polars")).columns == []
    assert "gap" in frame_of(to_frame([], of=ms.QuickCheck)).columns


def pseudonym(value: str, key: bytes = KEY) -> str:
    """HMAC-SHA256 of the id's UTF-8 text (RFC 2104; Python's hmac docs), in hex."""
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


# Student ids no pseudonym, text or other id can contain: hex is lower case.
student_ids = st.from_regex(r"ZQX[G-Z]{5}", fullmatch=True)


@st.composite
def results_with_ids(  # noqa: PLR0911  # one return a kind of result
    draw: st.DrawFn,
) -> tuple[Any, set[str]]:
    """A result of some type holding student ids, and those ids."""
    ids = draw(st.lists(student_ids, min_size=3, max_size=5, unique=True))
    one, two, three = ids[:3]
    day = date(2026, 9, 1)
    choice = draw(st.integers(0, 11))
    if choice == 0:
        evidence = [
            sa.Evidence(student=s, standard="rl", score=3.0, assessed_on=day)
            for s in ids
        ]
        return ms.rollup(evidence), set(ids)
    if choice == 1:
        return [
            ms.Growth(student=s, standard="rl", before=1.0, after=2.0, change=1.0)
            for s in ids
        ], set(ids)
    if choice == 2:
        return ms.TutorMatch(standard="rl", tutor=one, tutee=two), {one, two}
    if choice == 3:
        return ms.InterventionGroup(standard="rl", students=ids), set(ids)
    if choice == 4:
        return [
            sa.Evidence(student=s, standard="rl", score=1.0, assessed_on=day)
            for s in ids
        ], set(ids)
    if choice == 5:
        rubric = draw(rubrics())
        mine = draw(assessments(rubric, one, sa.Role.STUDENT))
        theirs = draw(assessments(rubric, one, sa.Role.TEACHER))
        return rb.compare(mine, theirs), {one}
    if choice == 6:
        start = datetime(2026, 10, 1, 16, 0)
        return cf.Appointment(
            household="h",
            student=one,
            teacher="t",
            room="r",
            starts=start,
            ends=start + timedelta(minutes=15),
        ), {one}
    if choice == 7:
        block = cf.plan_block(
            day=day,
            starts=time(9, 0),
            teacher="t",
            room="r",
            roster=ids,
            conference_students=[one, two],
            group_standard="rl",
            group_students=[three],
            launch_minutes=10,
            group_minutes=20,
            conference_minutes=5,
            kind=cf.ConferenceKind.DATA_REVIEW,
        )
        return block, {one, two, three}
    if choice == 8:
        return draw(goal_values(student=one)), {one}
    if choice == 9:
        activity = gl.Activity(
            kind=gl.ActivityKind.PEER_TUTORING, description="practice", tutor=two
        )
        return gl.WorkPlan(goal="g", student=one, activities=[activity]), {one, two}
    if choice == 10:
        return [
            cf.RotationEntry(student=s, last_conference=None, need=1.0) for s in ids
        ], set(ids)
    return ms.DomainMastery(
        domain="d",
        student=one,
        rule=ms.DomainRule.ALL_MASTERED,
        value=None,
        band=sa.Band.NOT_YET,
        standards=2,
        mastered=0,
    ), {one}


@given(found=results_with_ids(), backend=st.sampled_from(BACKENDS))
def test_no_raw_id_survives_a_pseudonymized_frame(
    found: tuple[Any, set[str]], backend: str
) -> None:
    """With a key, no student id is left in any cell, not even inside a text.

    Each appears as its HMAC-SHA256 instead.
    """
    pytest.importorskip(backend)
    values, ids = found
    cells = [
        str(value)
        for row in records(to_frame(values, backend=backend, pseudonym_key=KEY))
        for value in row.values()
        if value is not None
    ]
    plain = [
        str(value)
        for row in records(to_frame(values, backend=backend))
        for value in row.values()
    ]
    for student in ids:
        assert not any(student in cell for cell in cells)
        if plain:  # a comparison may have no criteria, so no rows
            assert any(pseudonym(student) in cell for cell in cells)
            assert any(student in cell for cell in plain)  # so the test can fail


def test_pseudonymize_a_native_frame() -> None:
    """The same id and key give the same pseudonym; another key another.

    Missing ids stay missing; whole numbers are written as text first.
    """
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(
        {"student": ["ana", "ben", "ana", None], "tutor": [7, 7, 8, 9]}
    )
    out = pseudonymize(frame, key=KEY, columns=("student", "tutor"))
    assert isinstance(out, pl.DataFrame)
    assert out["student"].to_list() == [
        pseudonym("ana"),
        pseudonym("ben"),
        pseudonym("ana"),
        None,
    ]
    assert out["tutor"].to_list()[0] == pseudonym("7")
    other = pseudonymize(frame, key=bytes(32))
    assert other["student"][0] != out["student"][0]
    assert frame["student"][0] == "ana"  # unchanged


def test_pseudonymize_keeps_pandas_index_clean() -> None:
    """A pandas frame with its own index comes back with the same rows."""
    frame = pd.DataFrame(
        {"student": ["ana", "ben", None], "score": [3, 4, 5]}, index=[10, 20, 30]
    )
    out = pseudonymize(frame, key=KEY)
    assert list(out["student"][:2]) == [pseudonym("ana"), pseudonym("ben")]
    assert out["student"].isna().tolist() == [False, False, True]
    assert list(out["score"]) == [3, 4, 5]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"key": "a text password"}, ArgumentTypeError, "key: must be bytes"),
        ({"key": b"0123456789"}, InvalidDataError, "at least 16 bytes"),
        ({"key": KEY, "columns": ("learner",)}, InvalidDataError, r"columns\[0\]"),
        ({"key": KEY, "columns": 3}, ArgumentTypeError, "columns"),
    ],
)
def test_pseudonymize_errors(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    """Each mistake raises the library's error."""
    frame = pd.DataFrame({"student": ["ana"]})
    with pytest.raises(error, match=message):
        pseudonymize(frame, **arguments)
    with pytest.raises(ArgumentTypeError, match="frame: must be"):
        pseudonymize([1], key=KEY)


@pytest.mark.parametrize("backend", BACKENDS)
def test_suppress_a_native_frame(backend: str) -> None:
    """Figures after the count are nulled below the minimum; keys and count stay.

    A row already ``suppressed`` stays so, its figures hidden too.
    """
    module = pytest.importorskip(backend)
    data = {
        "class": ["A", "B", "C"],
        "pairs": [3, 30, 40],
        "suppressed": [False, False, True],
        "kappa": [0.1, 0.5, None],
        "resamples": [10, 20, 30],
    }
    frame = module.DataFrame(data) if backend != "pyarrow" else module.table(data)
    out = records(suppress(frame, minimum_count=10))
    # C was suppressed already: its figures are hidden too.
    assert [row["suppressed"] for row in out] == [True, False, True]
    assert [row["kappa"] for row in out] == [None, 0.5, None]
    assert [row["resamples"] for row in out] == [None, 20, None]
    assert [row["pairs"] for row in out] == [3, 30, 40]
    chosen = records(suppress(frame, minimum_count=10, columns="kappa"))
    assert [row["resamples"] for row in chosen] == [10, 20, 30]
    assert [row["kappa"] for row in chosen] == [None, 0.5, None]


def test_suppress_adds_the_flag_after_the_count() -> None:
    """Without a ``suppressed`` column, one is added right after the count.

    pandas whole numbers become nullable rather than floats.
    """
    frame = pd.DataFrame({"klass": ["A", "B"], "rated": [2, 9], "agree": [1, 7]})
    out = suppress(frame, minimum_count=5, count="rated")
    assert list(out.columns) == ["klass", "rated", "suppressed", "agree"]
    assert str(out["agree"].dtype) == "Int64"
    assert out["agree"].isna().tolist() == [True, False]


def test_suppress_a_lazy_frame() -> None:
    """A polars LazyFrame is suppressed lazily."""
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame({"pairs": [1, 20], "bias": [0.5, 0.25]}).lazy()
    out = suppress(frame, minimum_count=5)
    assert isinstance(out, pl.LazyFrame)
    assert out.collect()["bias"].to_list() == [None, 0.25]


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"minimum_count": 0}, InvalidDataError),
        ({"minimum_count": "5"}, ArgumentTypeError),
        ({"minimum_count": 5, "count": "n"}, InvalidDataError),
        ({"minimum_count": 5, "columns": ["nope"]}, InvalidDataError),
    ],
)
def test_suppress_errors(arguments: dict[str, Any], error: type[Exception]) -> None:
    """Each mistake raises the library's error."""
    with pytest.raises(error):
        suppress(pd.DataFrame({"pairs": [1], "bias": [0.5]}), **arguments)
    with pytest.raises(ArgumentTypeError, match="frame: must be"):
        suppress({"pairs": [1]}, minimum_count=2)


@given(values=st.lists(identifiers, max_size=5))
def test_pseudonyms_are_whole_digests(values: list[str]) -> None:
    """Every pseudonym is the 64 hex characters of the digest: no truncation."""
    out = pseudonymize(pd.DataFrame({"student": values}, dtype=object), key=KEY)
    assert all(HEX.fullmatch(cell) for cell in out["student"])
    assert list(out["student"]) == [pseudonym(value) for value in values]
