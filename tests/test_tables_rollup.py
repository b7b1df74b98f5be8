"""selfassess.tables roll-up: the in-memory roll-up's numbers, to the last bit, on columns."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest

pytest.importorskip("narwhals")
np = pytest.importorskip("numpy")

import attrs  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import selfassess as sa  # noqa: E402
from selfassess import Evidence, EvidenceKind  # noqa: E402
from selfassess._numbers import mean_of  # noqa: E402
from selfassess.errors import ArgumentTypeError, InvalidDataError  # noqa: E402
from selfassess.mastery import (  # noqa: E402
    EvidenceDate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
    rollup,
)
from selfassess.mastery._estimate import judge  # noqa: E402
from selfassess.tables import _rollup  # noqa: E402
from selfassess.tables._columns import EvidenceColumns, from_evidence  # noqa: E402
from selfassess.tables._order import policy_order  # noqa: E402
from selfassess.tables._reading import EVIDENCE_FIELDS  # noqa: E402
from selfassess.tables._rollup import (  # noqa: E402
    BANDS,
    _rollup_eager,
    judge_columns,
    rollup_columns,
)
from selfassess.tables._rollup import rollup as rollup_frame  # noqa: E402
from strategies_mastery import policies, usable, weekly  # noqa: E402

FIELDS = EVIDENCE_FIELDS
SCHEMA = {
    "student": "String",
    "standard": "String",
    "score": "Float64",
    "assessed_on": "Date",
    "kind": "String",
    "due_on": "Date",
    "submitted_on": "Date",
    "source": "String",
    "excused": "Boolean",
    "attempt": "Int64",
    "assessed_at": "Datetime",
    "sequence": "Int64",
}

DAYS = (date(2026, 9, 1), date(2026, 9, 2), date(2026, 9, 8))
"""Few days, so that the rows of a group often share one."""
ZONES = tuple(timezone(timedelta(hours=hours)) for hours in (-6, -5, 0, 2, 14))
"""Offsets that put moments of one day on two UTC days, and one instant twice."""
STUDENTS = ("ana", "ben", "cy")
STANDARDS = ("nf1", "nf2", "oa1")


_ROW = st.fixed_dictionaries(
    {
        "student": st.sampled_from(STUDENTS),
        "standard": st.sampled_from(STANDARDS),
        "assessed_on": st.sampled_from(DAYS),
        "kind": st.sampled_from(EvidenceKind),
        "due_on": st.none() | st.sampled_from(DAYS),
        "submitted_on": st.none() | st.sampled_from(DAYS),
        "source": st.none() | st.sampled_from(["quiz-1", "quiz-2"]),
        "excused": st.sampled_from([False, False, False, True]),
        "attempt": st.integers(min_value=1, max_value=3),
        "sequence": st.none() | st.integers(min_value=0, max_value=1),
    }
)
"""A row's fields but its score and moment, drawn in one go."""
_CLOCK = st.none() | st.tuples(
    st.sampled_from([time(1), time(12), time(17), time(23, 30)]),
    st.sampled_from(ZONES),
)
_HOW = st.sampled_from(["new", "new", "copy", "one field"])
_FIELDS = st.sampled_from(
    sorted(
        {"student", "standard", "kind", "due_on", "submitted_on", "source"}
        | {"excused", "attempt", "sequence", "score", "assessed_at"}
    )
)


@st.composite
def evidence_tables(
    draw: st.DrawFn, scale: sa.Scale = sa.FOUR_POINT, max_size: int = 24
) -> list[Evidence]:
    """A table whose rows often tie, on every field the order reads.

    Scores are the scale's levels and halves, or any float a little beyond the
    scale (so that a mean rounds, and the exact sum must be shown); some rows are
    copies of others, or differ from one in one field only; some excused rows
    have no score.
    """
    low, high = scale.minimum, scale.maximum
    points = sorted({level.points for level in scale.levels} | {(low + high) / 2})
    scores = (
        st.sampled_from(points)
        if draw(st.booleans())
        else st.floats(min_value=low - 1, max_value=high + 1, allow_nan=False)
    )
    rows: list[Evidence] = []
    for _ in range(draw(st.integers(min_value=0, max_value=max_size))):
        fields: dict[str, Any] = draw(_ROW)
        fields["score"] = draw(scores)
        if fields["excused"] and draw(st.booleans()):
            fields["score"] = None
        clock = draw(_CLOCK)
        day = fields["assessed_on"]
        fields["assessed_at"] = (
            None if clock is None else datetime.combine(day, clock[0], tzinfo=clock[1])
        )
        how = draw(_HOW) if rows else "new"
        if how == "new":
            rows.append(Evidence(**fields))
            continue
        like = draw(st.sampled_from(rows))
        changed = {}
        if how == "one field":
            name = draw(_FIELDS)
            changed[name] = fields[name]
            if name == "assessed_at" and clock is not None:
                changed[name] = datetime.combine(
                    like.assessed_on, clock[0], tzinfo=clock[1]
                )
            if changed.get("score", like.score) is None and not changed.get(
                "excused", like.excused
            ):
                changed["score"] = points[0]  # only an excused row may have none
        rows.append(attrs.evolve(like, **changed))
    return rows


@st.composite
def settings(
    draw: st.DrawFn,
) -> tuple[MasteryPolicy, dict[str, MasteryPolicy], sa.Scale]:
    """A policy, maybe policies for some standards, and the scale they share."""
    scale = draw(st.just(sa.FOUR_POINT) | st.just(sa.CANVAS_DEFAULT))
    policy = usable(draw(policies(st.just(scale))))
    own = {
        standard: usable(draw(policies(st.just(scale))))
        for standard in draw(st.lists(st.sampled_from(STANDARDS), unique=True))
    }
    return policy, own, scale


def _plain(value: float | None) -> float | None:
    """A value as the in-memory roll-up gives it: NaN is ``None``."""
    if value is None or math.isnan(value):
        return None
    return float(value)


def _in_memory(
    rows: list[Evidence],
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None = None,
) -> list[tuple[Any, ...]]:
    """Each group's key, value, band, count and raw value, as the in-memory roll-up."""
    return [
        (key, repr(e.value), e.band, e.count, repr(e.raw))
        for key, e in rollup(rows, policy, policies=policies).items()
    ]


def _on_columns(
    rows: list[Evidence],
    policy: MasteryPolicy,
    policies: Mapping[str, MasteryPolicy] | None = None,
) -> list[tuple[Any, ...]]:
    """The same from the columns of the same rows."""
    columns = from_evidence(rows)
    rolled = rollup_columns(columns, policy, policies)
    return [
        (
            (columns.students[student], columns.standards[standard]),
            repr(_plain(value)),
            BANDS[band],
            int(count),
            repr(_plain(raw)),
        )
        for student, standard, value, band, count, raw in zip(
            rolled.student,
            rolled.standard,
            rolled.value.tolist(),
            rolled.band,
            rolled.count,
            rolled.raw.tolist(),
            strict=True,
        )
    ]


# The property: every number of the in-memory roll-up.


@given(table=evidence_tables(), chosen=settings())
def test_rollup_on_columns_equals_the_in_memory_rollup(
    table: list[Evidence],
    chosen: tuple[MasteryPolicy, dict[str, MasteryPolicy], sa.Scale],
) -> None:
    """Every group's value, band, count and raw value, in the same order, to the bit.

    Compared by repr, so that each float (the sign of a zero included) is the one
    the in-memory roll-up gives; any method, order, retake rule, rounding, clamp
    and minimum count, and a policy of their own for some standards.
    """
    policy, own, _ = chosen
    assert _on_columns(table, policy, own) == _in_memory(table, policy, own)


def _as(policy: MasteryPolicy, method: MasteryMethod) -> MasteryPolicy:
    """The policy with another method (cuts for BKT's probabilities dropped)."""
    bkt = MasteryMethod.BKT
    cuts = policy.cuts if (policy.method is bkt) == (method is bkt) else None
    # The quick-check margin drawn for the first method may not fit the new one.
    return usable(
        attrs.evolve(policy, method=method, cuts=cuts, quick_check_within=None)
    )


@given(data=st.data())
def test_every_method_equals_its_in_memory_kernel(data: st.DataObject) -> None:
    """Each method in turn, with the same settings, on one table of tied rows."""
    scale = data.draw(st.just(sa.FOUR_POINT) | st.just(sa.CANVAS_DEFAULT))
    drawn = data.draw(policies(st.just(scale)))
    table = data.draw(evidence_tables(scale))
    for method in MasteryMethod:
        policy = _as(drawn, method)
        assert _on_columns(table, policy) == _in_memory(table, policy), method


@given(table=evidence_tables(), chosen=settings())
def test_rows_left_out_are_counted_by_reason(
    table: list[Evidence],
    chosen: tuple[MasteryPolicy, dict[str, MasteryPolicy], sa.Scale],
) -> None:
    """Rows, excused, not counted and retakes: each group's rows, each once.

    Counted directly from the rows: excused rows; rows not excused of a kind the
    standard's policy does not count; counted rows the retake rule left out.
    """
    policy, own, _ = chosen
    out = _rollup_eager(from_evidence(table), policy, own)
    estimates = rollup(table, policy, policies=own)
    for at, (key, estimate) in enumerate(estimates.items()):
        mine = [row for row in table if (row.student, row.standard) == key]
        theirs = own.get(key[1], policy)
        excused = sum(row.excused for row in mine)
        not_counted = sum(
            not row.excused and row.kind not in theirs.kinds for row in mine
        )
        counted = len(mine) - excused - not_counted
        assert (out["student"][at], out["standard"][at]) == key
        assert out["band"][at] == estimate.band.value
        assert out["rows"][at] == len(mine)
        assert out["excused"][at] == excused
        assert out["not_counted"][at] == not_counted
        assert out["retakes"][at] == counted - estimate.count
        assert out["count"][at] == estimate.count
    assert sorted(out) == sorted(
        [
            "student",
            "standard",
            "value",
            "band",
            "count",
            "raw",
            "rows",
            "excused",
            "not_counted",
            "retakes",
        ]
    )


# Through frames.


def held(rows: list[Evidence], library: str) -> list[Evidence]:
    """The rows as a frame of *library* holds them.

    pandas keeps each moment with its own offset, in a column of objects; polars
    and PyArrow keep one time zone a column, so there a moment is in UTC, and one
    on another day in UTC than in its own zone is left out.
    """
    if library == "pandas":
        return rows
    kept = []
    for row in rows:
        moment = row.assessed_at
        if moment is not None:
            moment = moment.astimezone(timezone.utc)
            if moment.date() != row.assessed_on:
                moment = None
        kept.append(attrs.evolve(row, assessed_at=moment))
    return kept


def frame_of(rows: list[Evidence], library: str) -> Any:
    """The rows (as `held` gives them) as a frame of *library*, a column a field."""
    data: dict[str, list[Any]] = {
        field: [getattr(row, field) for row in rows] for field in FIELDS
    }
    data["kind"] = [kind.value for kind in data["kind"]]
    if library == "pandas":
        pd = pytest.importorskip("pandas")
        return pd.DataFrame(
            {name: pd.Series(values, dtype=object) for name, values in data.items()}
        )
    pl = pytest.importorskip("polars")
    schema = {
        name: pl.Datetime("us", "UTC") if kind == "Datetime" else getattr(pl, kind)
        for name, kind in SCHEMA.items()
    }
    frame = pl.DataFrame(data, schema=schema)
    if library == "pyarrow":
        pytest.importorskip("pyarrow")
        return frame.to_arrow()
    return frame


def rows_of(result: Any, names: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """A result frame's rows as tuples of plain values (null as ``None``)."""
    import narwhals as nw

    frame = nw.from_native(result, eager_only=True)
    columns = [frame[name].to_list() for name in names]
    return [
        tuple(None if isinstance(v, float) and math.isnan(v) else v for v in row)
        for row in zip(*columns, strict=True)
    ]


LIBRARIES = ("pandas", "polars", "pyarrow")


@given(
    table=evidence_tables(),
    chosen=settings(),
    library=st.sampled_from(LIBRARIES),
)
def test_a_frame_rolls_up_as_its_rows_do_in_memory(
    table: list[Evidence],
    chosen: tuple[MasteryPolicy, dict[str, MasteryPolicy], sa.Scale],
    library: str,
) -> None:
    """pandas, polars and PyArrow: the in-memory roll-up's numbers on the same rows.

    Each result row's value, band, count and raw value, in order; the result is
    a frame of the input's library.
    """
    policy, own, _ = chosen
    rows = held(table, library)
    frame = frame_of(rows, library)
    result = rollup_frame(frame, policy, policies=own)
    assert type(result) is type(frame)
    expected = [
        (*key, e.value, e.band.value, e.count, e.raw)
        for key, e in rollup(rows, policy, policies=own).items()
    ]
    names = ("student", "standard", "value", "band", "count", "raw")
    assert rows_of(result, names) == expected


def test_a_frame_s_own_column_names() -> None:
    """Columns named otherwise are named by keyword; the result keeps its own."""
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(
        {
            "learner": ["ana", "ana", "ben"],
            "outcome": ["nf1"] * 3,
            "points": [2.0, 4.0, 3.0],
            "day": [date(2026, 9, 1), date(2026, 9, 8), date(2026, 9, 1)],
        }
    )
    result = rollup_frame(
        frame, student="learner", standard="outcome", score="points", assessed_on="day"
    )
    assert rows_of(result, ("student", "standard", "value", "count")) == [
        ("ana", "nf1", 3.3, 2),
        ("ben", "nf1", 3.0, 1),
    ]
    assert result.columns == [
        "student",
        "standard",
        "value",
        "band",
        "count",
        "raw",
        "rows",
        "excused",
        "not_counted",
        "retakes",
    ]


def test_a_lazy_frame_gives_a_lazy_result() -> None:
    """A polars LazyFrame is collected, rolled up, and given back lazy."""
    pl = pytest.importorskip("polars")
    frame = frame_of(weekly(1, 2, 3, 4), "polars")
    result = rollup_frame(frame.lazy())
    assert isinstance(result, pl.LazyFrame)
    assert result.collect()["value"].to_list() == [3.48]


def test_a_dask_frame_gives_a_lazy_dask_frame() -> None:
    """A Dask frame is rolled up on the workers: the same rows, once computed."""
    pd = pytest.importorskip("pandas")
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    rows = [*weekly(1, 2, 3, 4), *weekly(3, student="ben"), *weekly(2, standard="nf2")]
    frame = pd.DataFrame(
        {
            "student": [row.student for row in rows],
            "standard": [row.standard for row in rows],
            "score": [row.score for row in rows],
            "assessed_on": pd.to_datetime([row.assessed_on for row in rows]),
        }
    )
    result = rollup_frame(dd.from_pandas(frame, npartitions=2))
    assert isinstance(result, dd.DataFrame)
    with dask.config.set(scheduler="synchronous"):
        computed = result.compute()
    eager = rollup_frame(frame)
    key = ["student", "standard"]
    assert isinstance(computed, pd.DataFrame)
    assert rows_of(computed.sort_values(key), tuple(eager.columns)) == rows_of(
        eager.sort_values(key), tuple(eager.columns)
    )


def test_a_missing_value_is_null() -> None:
    """No value (nothing counted) is null in polars and PyArrow, NaN in pandas."""
    rows = [*weekly(3, student="ben"), *weekly(2)]
    rows[0] = attrs.evolve(rows[0], excused=True)
    for library in LIBRARIES:
        result = rollup_frame(frame_of(rows, library))
        assert rows_of(result, ("value", "band")) == [
            (None, "insufficient_evidence"),
            (2.0, "near"),
        ]
    assert rollup_frame(frame_of(rows, "polars"))["value"].null_count() == 1


def test_frame_errors_name_the_cell() -> None:
    """A bad cell, or the power law's score of 0: the row and the frame's column."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "student": ["ana", "ben", "ben"],
            "standard": ["nf1"] * 3,
            "points": [2.0, 3.0, 0.0],
            "assessed_on": [date(2026, 9, 1)] * 2 + [date(2026, 9, 8)],
        }
    )
    power = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    with pytest.raises(InvalidDataError) as caught:
        rollup_frame(frame, power, score="points")
    assert [str(p) for p in caught.value.problems] == [
        "rows[2].points: must be greater than 0 for a power law, or give floor= "
        "(got 0.0)"
    ]
    frame.loc[1, "points"] = None
    with pytest.raises(InvalidDataError, match=r"rows\[1\]\.points: must be a number"):
        rollup_frame(frame, score="points")
    with pytest.raises(ArgumentTypeError, match=r"policy: must be a MasteryPolicy"):
        rollup_frame(frame, "latest", score="points")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"frame: must be a dataframe"):
        rollup_frame([1, 2])
    with pytest.raises(ArgumentTypeError, match=r"policies: must be a mapping"):
        rollup_frame(frame, policies=[power], score="points")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"learner: is not a column"):
        rollup_frame(frame, learner="student")


# The order.


@given(
    table=evidence_tables(max_size=30),
    order_by=st.sampled_from(EvidenceDate),
)
def test_policy_order_sorts_as_the_policy_key(
    table: list[Evidence], order_by: EvidenceDate
) -> None:
    """The permutation is a stable sort by group, then by ``policy._key``.

    Rows equal on every field of the key keep the table's order, so the two
    permutations are the same, not merely equivalent. Every row has a score here
    (``_key`` compares scores, and an excused row without one is never ordered
    by the in-memory rule).
    """
    scored = [
        attrs.evolve(row, score=1.0) if row.score is None else row for row in table
    ]
    policy = MasteryPolicy(order_by=order_by)
    columns = from_evidence(scored)
    expected = sorted(
        range(len(scored)),
        key=lambda at: (
            columns.student[at],
            columns.standard[at],
            policy._key(scored[at]),
        ),
    )
    assert policy_order(columns, policy).tolist() == expected


def test_policy_order_takes_the_moment_as_an_instant_then_its_offset() -> None:
    """Noon at UTC-05:00 after 11:00 at UTC, before noon at UTC; no moment first.

    17:00 at UTC and noon at UTC-05:00 are one instant: the smaller offset first.
    """
    day = date(2026, 9, 1)

    def at(hour: int, hours: int) -> datetime:
        return datetime.combine(
            day, time(hour), tzinfo=timezone(timedelta(hours=hours))
        )

    moments = [at(12, -5), at(12, 0), None, at(17, 0), at(11, 0)]
    rows = [
        Evidence(student="ana", standard="nf1", score=3, assessed_on=day, assessed_at=m)
        for m in moments
    ]
    assert policy_order(from_evidence(rows), MasteryPolicy()).tolist() == [
        2,
        4,
        1,
        0,
        3,
    ]


def test_policy_order_refuses_what_is_not_a_policy() -> None:
    """A policy of the wrong kind is the caller's mistake."""
    columns = from_evidence(weekly(1, 2))
    with pytest.raises(ArgumentTypeError, match=r"policy: must be a MasteryPolicy"):
        policy_order(columns, "latest")  # type: ignore[arg-type]


# Exactness where NumPy could round otherwise.


@given(
    st.lists(
        st.lists(
            st.floats(allow_nan=False, allow_infinity=False)
            | st.floats(min_value=-10, max_value=10)
            | st.sampled_from([0.1, 0.2, 0.3, 1e16, -1e16, 2.0**-60, 1e308]),
            max_size=8,
        ),
        max_size=6,
    )
)
def test_means_are_the_exactly_rounded_means(groups: list[list[float]]) -> None:
    """Each group's mean is `mean_of`'s, to the bit, for any finite floats.

    Huge and tiny values, cancelling values and sums that overflow included, so
    that both the shown-exact sum and the in-memory mean are reached.
    """
    scores = np.array([score for group in groups for score in group], dtype=float)
    lengths = np.array([len(group) for group in groups], dtype=np.int64)
    means = _rollup._means(scores, lengths)
    assert [repr(_plain(m)) for m in means.tolist()] == [
        repr(mean_of(group) if group else None) for group in groups
    ]


def test_a_mean_is_the_exact_sum_divided_not_the_running_sum() -> None:
    """0.1 + 0.2 + 0.3 is 0.6000000000000001 added in turn; the mean is 0.6 / 3."""
    means = _rollup._means(np.array([0.1, 0.2, 0.3]), np.array([3]))
    assert means.tolist() == [0.6 / 3] != [(0.1 + 0.2 + 0.3) / 3]
    assert mean_of([0.1, 0.2, 0.3]) == 0.6 / 3
    rows = [
        Evidence(student="ana", standard="nf1", score=s, assessed_on=date(2026, 9, d))
        for d, s in [(1, 0.1), (2, 0.2), (3, 0.3)]
    ]
    policy = MasteryPolicy(method=MasteryMethod.AVERAGE, decimals=None)
    assert rollup_columns(from_evidence(rows), policy).raw.tolist() == [0.6 / 3]


@given(
    raws=st.lists(
        st.floats(allow_nan=False, allow_infinity=False)
        | st.floats(min_value=-5, max_value=105)
        | st.integers(min_value=-4000, max_value=4000).map(lambda k: k / 1000 + 0.0005)
        | st.sampled_from([2.675, 1.005, 0.125, -0.125, 2.5, -0.0, 0.0, 1e15, 1e-300]),
        max_size=20,
    ),
    policy=policies(),
    decimals=st.none() | st.integers(min_value=0, max_value=10),
    counts=st.lists(st.integers(min_value=0, max_value=5), min_size=21, max_size=21),
)
def test_judging_columns_is_the_in_memory_judge(
    raws: list[float],
    policy: MasteryPolicy,
    decimals: int | None,
    counts: list[int],
) -> None:
    """Clamp, round half up and band every raw value as ``judge(policy)`` does.

    Decimal ties (2.675 is 2.68), values beyond the quick path's range, and
    values with too few scores, for every rounding, clamp, scale and cut.
    """
    policy = attrs.evolve(policy, decimals=decimals)
    judged = judge(policy)
    raw = np.array([*raws, 0.0], dtype=float)
    known = np.array([True] * len(raws) + [False])
    count = np.array(counts[: len(raws) + 1])
    value, band = judge_columns(raw, known, count, policy)
    got = [
        (repr(_plain(v)), BANDS[b]) for v, b in zip(value.tolist(), band, strict=True)
    ]
    nones: list[float | None] = [*raws, None]
    expected = [judged(r, c) for r, c in zip(nones, count.tolist(), strict=True)]
    assert got == [(repr(v), b) for v, b in expected]


# Worked examples.


def test_the_policy_example_decays_to_3_48_mastered() -> None:
    """1, 2, 3 and 4 a week apart: 3.48, mastered, from 4 scores (MasteryPolicy)."""
    out = _rollup_eager(from_evidence(weekly(1, 2, 3, 4)), MasteryPolicy())
    assert out["value"].tolist() == [3.48]
    assert out["band"].tolist() == ["mastered"]
    assert out["count"].tolist() == [4]


def test_the_rollup_example() -> None:
    """Ana 2 then 4 is 3.3, Ben's 4 is 4.0; nf2 by the latest score is 4.0."""
    rows = [
        Evidence(student=s, standard="nf1", score=x, assessed_on=date(2026, 9, d))
        for s, x, d in [("ana", 2, 1), ("ben", 4, 1), ("ana", 4, 8)]
    ]
    out = _rollup_eager(from_evidence(rows), MasteryPolicy())
    assert list(zip(out["student"], out["standard"], out["value"], strict=True)) == [
        ("ana", "nf1", 3.3),
        ("ben", "nf1", 4.0),
    ]
    rows += [
        Evidence(student="ana", standard="nf2", score=x, assessed_on=date(2026, 9, d))
        for x, d in [(2, 1), (4, 8)]
    ]
    latest = MasteryPolicy(method=MasteryMethod.LATEST)
    out = _rollup_eager(from_evidence(rows), MasteryPolicy(), {"nf2": latest})
    assert list(zip(out["student"], out["standard"], out["value"], strict=True)) == [
        ("ana", "nf1", 3.3),
        ("ana", "nf2", 4.0),
        ("ben", "nf1", 4.0),
    ]


def test_two_scores_on_one_day_give_one_value_in_either_order() -> None:
    """2 on 1 September, then 4 and 1 on 8 September: 3.07 whichever comes first."""
    rows = [
        Evidence(student="ana", standard="nf1", score=x, assessed_on=date(2026, 9, d))
        for x, d in [(2, 1), (4, 8), (1, 8)]
    ]
    for order in (rows, rows[::-1]):
        out = _rollup_eager(from_evidence(order), MasteryPolicy())
        assert out["value"].tolist() == [3.07]


def test_a_group_with_nothing_counted_is_kept() -> None:
    """Excused or not counted: the group is there, insufficient, with no value.

    Under BKT the value is the prior's, as the in-memory kernel gives it.
    """
    rows = weekly(3, 4, student="ben")
    rows[0] = attrs.evolve(rows[0], excused=True, score=None)
    rows[1] = attrs.evolve(rows[1], kind=EvidenceKind.SELF)
    out = _rollup_eager(from_evidence(rows), MasteryPolicy())
    assert np.isnan(out["value"]).tolist() == [True]
    assert out["band"].tolist() == ["insufficient_evidence"]
    assert (out["count"], out["excused"], out["not_counted"]) == ([0], [1], [1])
    bkt = MasteryPolicy(method=MasteryMethod.BKT)
    out = _rollup_eager(from_evidence(rows), bkt)
    assert out["value"].tolist() == [0.3]
    assert out["band"].tolist() == ["insufficient_evidence"]


def test_retakes_left_out_are_counted() -> None:
    """Three attempts at one quiz under the latest rule: one counts, two are left out."""
    rows = [
        attrs.evolve(row, source="quiz", attempt=attempt)
        for attempt, row in enumerate(weekly(1, 2, 4), start=1)
    ]
    policy = MasteryPolicy(retakes=Retakes.LATEST)
    out = _rollup_eager(from_evidence(rows), policy)
    assert (out["value"].tolist(), out["count"], out["retakes"]) == ([4.0], [1], [2])


def test_long_groups_take_the_in_memory_kernel() -> None:
    """Past the positions walked with arrays, groups get the in-memory kernel.

    Seventy groups of seventy scores, and one of three hundred: the walk goes to
    position 70 and leaves the longest out, every method the same to the bit.
    """
    rng = random.Random(7)
    start = date(2026, 1, 1)
    rows = [
        Evidence(
            student=f"s{group}",
            standard="nf1",
            score=rng.choice([1, 2, 3, 4, rng.uniform(0.5, 4)]),
            assessed_on=start + timedelta(days=day),
        )
        for group in range(71)
        for day in range(300 if group == 70 else 70)
    ]
    rng.shuffle(rows)
    for method in MasteryMethod:
        policy = MasteryPolicy(method=method, decimals=None)
        assert _on_columns(rows, policy) == _in_memory(rows, policy), method


# Errors.


def test_the_power_law_fails_as_the_in_memory_rollup() -> None:
    """A score of 0 with no floor: the same error, naming the first such group."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    table = [*weekly(2, 3), *weekly(0, 2, student="ben"), *weekly(0, student="cy")]
    with pytest.raises(InvalidDataError) as expected:
        rollup(table, policy)
    with pytest.raises(InvalidDataError) as caught:
        rollup_columns(from_evidence(table), policy)
    assert caught.value.problems == expected.value.problems
    assert str(caught.value).startswith("evidence['ben', 'nf1'].scores[0]: must be")


def test_policies_by_standard_are_checked() -> None:
    """A mapping of standard ids to policies, as the in-memory roll-up checks it."""
    columns = from_evidence(weekly(2, 4))
    with pytest.raises(ArgumentTypeError, match=r"policies: must be a mapping"):
        rollup_columns(columns, MasteryPolicy(), [MasteryPolicy()])  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"policies\['nf1'\]: must be a"):
        rollup_columns(columns, MasteryPolicy(), {"nf1": "latest"})  # type: ignore[dict-item]


def test_an_empty_table_rolls_up_to_nothing() -> None:
    """No rows, no groups: every column empty."""
    columns = from_evidence([])
    assert isinstance(columns, EvidenceColumns)
    out = _rollup_eager(columns, MasteryPolicy())
    assert {name: len(values) for name, values in out.items()} == dict.fromkeys(out, 0)
