"""selfassess.tables series: each group's estimate after each piece of evidence, or by date."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

import pytest

pytest.importorskip("narwhals")
np = pytest.importorskip("numpy")

import attrs  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import selfassess as sa  # noqa: E402
from selfassess import Evidence  # noqa: E402
from selfassess.errors import ArgumentTypeError, InvalidDataError  # noqa: E402
from selfassess.mastery import (  # noqa: E402
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
)
from selfassess.tables import _series  # noqa: E402
from selfassess.tables._columns import EPOCH_DAY, day_number, from_evidence  # noqa: E402
from selfassess.tables._rollup import BANDS  # noqa: E402
from selfassess.tables._series import series, series_columns  # noqa: E402
from strategies_mastery import policies, weekly  # noqa: E402
from test_tables_rollup import (  # noqa: E402
    DAYS,
    LIBRARIES,
    evidence_tables,
    frame_of,
    held,
    rows_of,
    settings,
    usable,
)

Chosen = tuple[MasteryPolicy, dict[str, MasteryPolicy], sa.Scale]


def _groups(
    rows: list[Evidence], policy: MasteryPolicy, own: Mapping[str, MasteryPolicy]
) -> list[tuple[tuple[str, str], MasteryPolicy, list[Evidence]]]:
    """Each group's key, policy and rows, groups as `selfassess.mastery.rollup` keys them."""
    by_student: dict[str, dict[str, list[Evidence]]] = {}
    for row in rows:
        by_student.setdefault(row.student, {}).setdefault(row.standard, []).append(row)
    return [
        ((student, standard), own.get(standard, policy), mine)
        for student, standards in by_student.items()
        for standard, mine in standards.items()
    ]


def _seen(estimate: MasteryEstimate) -> tuple[str, Any, int]:
    return (repr(estimate.value), estimate.band, estimate.count)


def _got(found: Any, at: int) -> tuple[str, Any, int]:
    value = float(found.value[at])
    return (
        repr(None if math.isnan(value) else value),
        BANDS[found.band[at]],
        int(found.count[at]),
    )


def _key(columns: Any, found: Any, at: int) -> tuple[str, str]:
    return (
        columns.students[found.student[at]],
        columns.standards[found.standard[at]],
    )


@given(table=evidence_tables(), chosen=settings())
def test_each_step_is_the_estimate_of_the_evidence_so_far(
    table: list[Evidence], chosen: Chosen
) -> None:
    """Step k of a group is ``policy.estimate`` of its first k counted rows, in order.

    Value, band and count (retakes applied to those rows alone), the step's date
    by the policy's order, for every method, order, retake rule and policy of a
    standard's own.
    """
    policy, own, _ = chosen
    columns = from_evidence(table)
    found = series_columns(columns, policy, own)
    at = 0
    for key, theirs, mine in _groups(table, policy, own):
        counted = sorted(
            (row for row in mine if not row.excused and row.kind in theirs.kinds),
            key=theirs._key,
        )
        for step in range(1, len(counted) + 1):
            assert _key(columns, found, at) == key
            assert int(found.step[at]) == step
            assert int(found.day[at]) == day_number(theirs._date(counted[step - 1]))
            assert _got(found, at) == _seen(theirs.estimate(counted[:step]))
            at += 1
    assert at == len(found.step)


@given(
    table=evidence_tables(),
    chosen=settings(),
    days=st.lists(
        st.sampled_from(DAYS).map(lambda day: day + timedelta(days=1))
        | st.sampled_from(DAYS)
        | st.just(date(2026, 8, 31)),
        max_size=4,
    ),
)
def test_each_date_is_the_estimate_of_the_evidence_by_then(
    table: list[Evidence], chosen: Chosen, days: list[date]
) -> None:
    """On each date, ``policy.estimate`` of the rows dated (by its order) on or before.

    Every group has a row for every date, in the order given; before any
    evidence, count 0 and insufficient evidence (the prior's value for BKT).
    """
    policy, own, _ = chosen
    columns = from_evidence(table)
    found = series_columns(columns, policy, own, at=[day_number(d) for d in days])
    at = 0
    for key, theirs, mine in _groups(table, policy, own):
        for day in days:
            assert _key(columns, found, at) == key
            assert int(found.day[at]) == day_number(day)
            by_then = [row for row in mine if theirs._date(row) <= day]
            assert _got(found, at) == _seen(theirs.estimate(by_then))
            at += 1
    assert at == len(found.step)


@given(data=st.data())
def test_every_method_over_time(data: st.DataObject) -> None:
    """Each method in turn, with and without retakes to fold, step by step."""
    scale = data.draw(st.just(sa.FOUR_POINT) | st.just(sa.CANVAS_DEFAULT))
    drawn = data.draw(policies(st.just(scale)))
    table = data.draw(evidence_tables(scale, max_size=16))
    for method in MasteryMethod:
        bkt = MasteryMethod.BKT
        cuts = drawn.cuts if (drawn.method is bkt) == (method is bkt) else None
        policy = usable(
            attrs.evolve(drawn, method=method, cuts=cuts, quick_check_within=None)
        )
        columns = from_evidence(table)
        found = series_columns(columns, policy)
        at = 0
        for _, _, mine in _groups(table, policy, {}):
            counted = sorted(
                (row for row in mine if policy.counts(row)), key=policy._key
            )
            for step in range(1, len(counted) + 1):
                expected = _seen(policy.estimate(counted[:step]))
                assert _got(found, at) == expected, method
                at += 1


def test_prefixes_are_rolled_up_a_chunk_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chunks of a few rows give what one chunk gives: the same table, row for row."""
    rows = [
        *weekly(1, 2, 3, 4, 3, 2),
        *weekly(4, 4, 1, student="ben"),
        *weekly(2, standard="nf2"),
    ]
    policy = MasteryPolicy(method=MasteryMethod.MEDIAN)
    whole = series_columns(from_evidence(rows), policy)
    monkeypatch.setattr(_series, "_CHUNK", 4)
    chunked = series_columns(from_evidence(rows), policy)
    for name in ("student", "standard", "step", "day", "value", "band", "count"):
        assert getattr(chunked, name).tolist() == getattr(whole, name).tolist()
    assert whole.value.tolist() == [1.0, 1.5, 2.0, 2.5, 3.0, 2.5, 2.0, 4.0, 4.0, 4.0]


def test_a_retake_replaces_an_attempt_from_its_own_step_on() -> None:
    """Latest attempt rule: 1, then its retake 4, then 2 from another source.

    After the retake the first attempt no longer counts: the count stays 1.
    """
    rows = [
        attrs.evolve(row, source=source, attempt=attempt)
        for row, (source, attempt) in zip(
            weekly(1, 4, 2), [("quiz", 1), ("quiz", 2), ("test", 1)], strict=True
        )
    ]
    policy = MasteryPolicy(method=MasteryMethod.AVERAGE, retakes=Retakes.LATEST)
    found = series_columns(from_evidence(rows), policy)
    assert found.value.tolist() == [1.0, 4.0, 3.0]
    assert found.count.tolist() == [1, 1, 2]


# Through frames.


@given(
    table=evidence_tables(max_size=16),
    chosen=settings(),
    library=st.sampled_from(LIBRARIES),
)
def test_a_frame_gives_the_estimates_over_time(
    table: list[Evidence], chosen: Chosen, library: str
) -> None:
    """pandas, polars and PyArrow: step, date, value, band and count of every step."""
    policy, own, _ = chosen
    rows = held(table, library)
    frame = frame_of(rows, library)
    result = series(frame, policy, policies=own)
    assert type(result) is type(frame)
    columns = from_evidence(rows)
    found = series_columns(columns, policy, own)
    expected = [
        (
            *_key(columns, found, at),
            int(found.step[at]),
            EPOCH_DAY + timedelta(days=int(found.day[at])),
            _got(found, at)[0],
            BANDS[found.band[at]].value,
            int(found.count[at]),
        )
        for at in range(len(found.step))
    ]
    names = ("student", "standard", "step", "assessed_on", "value", "band", "count")
    got = [
        (*row[:3], _day(row[3]), repr(row[4]), *row[5:])
        for row in rows_of(result, names)
    ]
    assert got == expected


def _day(value: Any) -> date:
    """A frame's date cell (a `date`, or pandas' midnight `Timestamp`) as a `date`."""
    return value.date() if hasattr(value, "date") else value


def test_dates_through_a_frame() -> None:
    """Rows by date, in the order given, ``as_of`` in place of the step and its date."""
    pl = pytest.importorskip("polars")
    rows = [*weekly(1, 2, 3, 4), *weekly(3, student="ben")]
    days = [date(2026, 9, 10), date(2026, 8, 1)]
    result = series(frame_of(rows, "polars"), at=days)
    assert isinstance(result, pl.DataFrame)
    assert result.columns == ["student", "standard", "as_of", "value", "band", "count"]
    assert rows_of(result, tuple(result.columns)) == [
        ("ana", "nf1", days[0], 1.65, "not_yet", 2),
        ("ana", "nf1", days[1], None, "insufficient_evidence", 0),
        ("ben", "nf1", days[0], 3.0, "mastered", 1),
        ("ben", "nf1", days[1], None, "insufficient_evidence", 0),
    ]


def test_series_arguments_are_checked() -> None:
    """Dates must be dates; the rest as the roll-up checks it."""
    frame = frame_of(weekly(1, 2), "polars")
    with pytest.raises(ArgumentTypeError, match=r"at: must be a list"):
        series(frame, at=date(2026, 9, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"at\[1\]: must be a date"):
        series(frame, at=[date(2026, 9, 1), "2026-09-02"])  # type: ignore[list-item]
    with pytest.raises(ArgumentTypeError, match=r"policy: must be a MasteryPolicy"):
        series(frame, "latest")  # type: ignore[arg-type]
    power = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    zero = frame_of([*weekly(2), *weekly(0, student="ben")], "polars")
    with pytest.raises(InvalidDataError, match=r"rows\[1\]\.score: must be greater"):
        series(zero, power)
