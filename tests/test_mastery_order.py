"""selfassess.mastery order: a student's scores in an order that never depends on the rows'."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Evidence, EvidenceKind
from selfassess.mastery import (
    EvidenceDate,
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    rollup,
)
from strategies_mastery import policies, tied_evidence, usable

SEP_1, SEP_2 = date(2026, 9, 1), date(2026, 9, 2)
UTC = timezone.utc
CHICAGO_SUMMER = timezone(timedelta(hours=-5))
MOUNTAIN = timezone(timedelta(hours=-6))
KIRIBATI = timezone(timedelta(hours=14))


def _row(score: float, day: date = SEP_1, **fields: object) -> Evidence:
    return Evidence(
        student="ana",
        standard="nf1",
        score=score,
        assessed_on=day,
        **fields,  # type: ignore[arg-type]
    )


def _latest(rows: list[Evidence], **settings: object) -> list[float]:
    """The scores in the order the latest-score rule reads them, both ways round."""
    policy = MasteryPolicy(method=MasteryMethod.LATEST, **settings)  # type: ignore[arg-type]
    forward = policy.estimate(rows).scores
    assert policy.estimate(rows[::-1]).scores == forward
    assert rollup(rows[::-1], policy)["ana", "nf1"].scores == forward
    return list(forward)


def _same(first: MasteryEstimate, second: MasteryEstimate) -> None:
    """Two estimates alike in every way a user can see: fields, signs and trace."""
    assert first == second
    assert repr((first.value, first.raw)) == repr((second.value, second.raw))
    assert [repr(item) for item in first.evidence] == [
        repr(item) for item in second.evidence
    ]
    assert first.trace == second.trace


# The worked example of the changelog.


def test_two_scores_on_one_day_give_one_value_in_either_order() -> None:
    """2 on 1 September, then 4 and 1 on 8 September: 3.07 whichever comes first.

    Ordered by the day alone, with ties in the order given, the rows as given
    gave 1.8 (not yet) and the same rows reversed 3.07 (mastered). The lower
    score of one day now comes first, so both give 3.07.
    """
    rows = [_row(2), _row(4, date(2026, 9, 8)), _row(1, date(2026, 9, 8))]
    policy = MasteryPolicy()
    for order in (rows, rows[::-1]):
        estimate = policy.estimate(order)
        assert estimate.value == 3.07
        assert estimate.scores == (2.0, 1.0, 4.0)
        assert rollup(order)["ana", "nf1"] == estimate


# The rule, step by step.


def test_a_moment_orders_the_scores_of_one_day() -> None:
    """A row without a moment comes first; then the moments, as instants."""
    rows = [
        _row(4, assessed_at=datetime(2026, 9, 1, 10, tzinfo=UTC)),
        _row(3, assessed_at=datetime(2026, 9, 1, 8, tzinfo=UTC)),
        _row(1),
    ]
    assert _latest(rows) == [1.0, 3.0, 4.0]


def test_moments_compare_as_instants_across_time_zones() -> None:
    """08:00 at UTC-06:00 is 14:00 UTC: after 10:00 at UTC+00:00 on the same day."""
    rows = [
        _row(4, assessed_at=datetime(2026, 9, 1, 8, tzinfo=MOUNTAIN)),
        _row(1, assessed_at=datetime(2026, 9, 1, 10, tzinfo=UTC)),
    ]
    assert _latest(rows) == [1.0, 4.0]


def test_the_day_comes_before_the_moment() -> None:
    """Days first, each in its own zone: an earlier instant on a later day is later.

    23:30 on 1 September at UTC-06:00 is 05:30 UTC on 2 September; 01:00 on
    2 September at UTC+14:00 is 11:00 UTC on 1 September, earlier, but on the
    later day. 09:00 UTC on 2 September, the same UTC day as the first, is later
    than it on both counts.
    """
    evening_at = datetime(2026, 9, 1, 23, 30, tzinfo=MOUNTAIN)
    kiribati_at = datetime(2026, 9, 2, 1, tzinfo=KIRIBATI)
    morning_at = datetime(2026, 9, 2, 9, tzinfo=UTC)
    assert kiribati_at < evening_at < morning_at
    assert evening_at.astimezone(UTC).date() == morning_at.date()
    late_evening = _row(1, SEP_1, assessed_at=evening_at)
    kiribati = _row(4, SEP_2, assessed_at=kiribati_at)
    morning = _row(3, SEP_2, assessed_at=morning_at)
    assert _latest([kiribati, late_evening]) == [1.0, 4.0]
    assert _latest([morning, late_evening]) == [1.0, 3.0]
    assert _latest([morning, kiribati, late_evening]) == [1.0, 4.0, 3.0]


def test_one_instant_in_two_zones_is_ordered_by_its_offset() -> None:
    """Noon at UTC-05:00 and 17:00 at UTC+00:00 are one instant: the lower offset first.

    The two rows are equal as evidence (datetimes compare as instants), but they
    are written differently, so their order is fixed too.
    """
    utc = _row(3, assessed_at=datetime(2026, 9, 1, 17, tzinfo=UTC))
    chicago = _row(3, assessed_at=datetime(2026, 9, 1, 12, tzinfo=CHICAGO_SUMMER))
    assert utc == chicago
    policy = MasteryPolicy()
    for rows in ([utc, chicago], [chicago, utc]):
        for estimate in (policy.estimate(rows), rollup(rows)["ana", "nf1"]):
            assert [repr(item) for item in estimate.evidence] == [
                repr(chicago),
                repr(utc),
            ]


def test_the_repeated_hour_of_a_clock_change_is_in_order() -> None:
    """01:30 CDT comes before 01:15 CST on the night clocks go back in Chicago.

    Python compares two datetimes of the same zone by their clock times, which
    puts 01:15 (the second time round) first; the rule compares instants.
    """
    try:
        chicago = ZoneInfo("America/Chicago")
    except ZoneInfoNotFoundError:  # pragma: no cover - no time zone database
        pytest.skip("no time zone database")
    night = date(2026, 11, 1)
    first = datetime(2026, 11, 1, 1, 30, tzinfo=chicago)  # 06:30 UTC
    second = datetime(2026, 11, 1, 1, 15, fold=1, tzinfo=chicago)  # 07:15 UTC
    assert second < first  # by the clock
    rows = [_row(4, night, assessed_at=first), _row(1, night, assessed_at=second)]
    assert _latest(rows) == [4.0, 1.0]


def test_then_the_sequence_number_then_the_attempt() -> None:
    """A row without a sequence number first; then the numbers; then the attempt."""
    rows = [
        _row(4, sequence=7),
        _row(3, sequence=2),
        _row(1),
        _row(2, sequence=2, attempt=2),
    ]
    assert _latest(rows) == [1.0, 3.0, 2.0, 4.0]


def test_then_the_kind_then_the_score() -> None:
    """Formative before summative; then the lower score first."""
    rows = [
        _row(2, kind=EvidenceKind.SUMMATIVE),
        _row(4),
        _row(1),
    ]
    assert _latest(rows) == [1.0, 4.0, 2.0]


def test_then_the_source_and_the_dates() -> None:
    """Rows equal up to the source, due or submitted date: without one first."""
    policy = MasteryPolicy(method=MasteryMethod.LATEST)
    base = _row(3)
    cases: list[tuple[str, list[Any]]] = [
        ("source", ["quiz-2", None, "quiz-1"]),
        ("due_on", [SEP_2, None, SEP_1]),
        ("submitted_on", [SEP_2, None, SEP_1]),
    ]
    for field, values in cases:
        rows = [attrs.evolve(base, **{field: value}) for value in values]
        expected = (rows[1], rows[2], rows[0])
        assert policy.estimate(rows).evidence == expected
        assert policy.estimate(rows[::-1]).evidence == expected
        assert rollup(rows, policy)["ana", "nf1"].evidence == expected


def test_another_date_orders_first_then_the_assessed_date() -> None:
    """By due date, rows due the same day go by the assessed date, then the moment."""
    rows = [
        _row(4, SEP_2, due_on=SEP_1),
        _row(3, SEP_1, due_on=SEP_1, assessed_at=datetime(2026, 9, 1, 9, tzinfo=UTC)),
        _row(1, SEP_1, due_on=SEP_1),
    ]
    assert _latest(rows, order_by=EvidenceDate.DUE) == [1.0, 3.0, 4.0]


def test_the_trace_says_how_scores_of_one_day_were_ordered() -> None:
    """Moments and sequence numbers are written, and the rule when a day has two."""
    rows = [
        _row(4, assessed_at=datetime(2026, 9, 1, 9, 30, tzinfo=UTC), sequence=3),
        _row(1),
        _row(2, SEP_2),
    ]
    lines = MasteryPolicy().estimate(rows).trace.splitlines()
    assert lines[1] == (
        "3 scores counted, in order of the assessed date: 1 (2026-09-01), "
        "4 (2026-09-01 09:30:00+00:00, sequence 3), 2 (2026-09-02)."
    )
    assert lines[2] == (
        "Scores on the same date are in order of the time assessed (scores without "
        "one first), the sequence number (likewise), the attempt, the kind "
        "(pre-assessment, formative, summative, quick check, observation, self, "
        "peer, teacher), then the score (lowest first)."
    )
    by_due = MasteryPolicy(order_by=EvidenceDate.DUE)
    due = [attrs.evolve(rows[0], due_on=SEP_2)]
    assert by_due.estimate(due).trace.splitlines()[1] == (
        "1 score counted, in order of the due date: 4 (2026-09-02, assessed "
        "2026-09-01 09:30:00+00:00, sequence 3)."
    )
    days_apart = MasteryPolicy().estimate(rows[1:]).trace
    assert "Scores on the same date" not in days_apart


# Any order of the rows gives the same result.


@given(data=st.data())
def test_rollup_of_rows_in_any_order_is_the_same(data: st.DataObject) -> None:
    """The same rows shuffled, reversed or sorted give the same roll-up, traces too."""
    policy = usable(data.draw(policies()))
    table = data.draw(tied_evidence(policy.scale))
    shuffled = data.draw(st.permutations(table))
    ordered = sorted(table, key=policy._key)
    expected = rollup(ordered, policy)
    for rows in (shuffled, table[::-1]):
        result = rollup(rows, policy)
        assert dict(result) == dict(expected)
        for key, estimate in result.items():
            _same(estimate, expected[key])


@given(data=st.data())
def test_estimate_of_rows_in_any_order_is_the_same(data: st.DataObject) -> None:
    """One group's rows in any order give the same estimate, equal to the roll-up's."""
    policy = usable(data.draw(policies()))
    table = data.draw(
        tied_evidence(policy.scale, students=("ana",), standards=("nf1",))
    )
    shuffled = data.draw(st.permutations(table))
    expected = policy.estimate(table)
    _same(policy.estimate(shuffled), expected)
    _same(policy.estimate(table[::-1]), expected)
    if table:
        _same(rollup(shuffled, policy)["ana", "nf1"], expected)


@st.composite
def packed_groups(draw: st.DrawFn, *, moments: bool) -> list[Evidence]:
    """One group's rows, each field from a few values, so that rows often tie.

    Each field draws from a pool of values chosen for the whole group: one value,
    two, or two and ``None``. A ``None`` against a value makes the faster key give
    way to the total one, so groups without any are drawn too.
    """
    noon = datetime.combine(SEP_1, time(12), tzinfo=CHICAGO_SUMMER)
    choices: dict[str, tuple[object, ...]] = {
        "score": (1.0, 2.0),
        "assessed_on": (SEP_1, SEP_2),
        "sequence": (0, 1, None),
        "attempt": (1, 2),
        "kind": (EvidenceKind.FORMATIVE, EvidenceKind.SUMMATIVE),
        "source": ("quiz-1", "quiz-2", None),
        "due_on": (SEP_1, SEP_2, None),
        "submitted_on": (SEP_1, SEP_2, None),
        "assessed_at": (noon, noon.astimezone(UTC), None) if moments else (None,),
    }
    pools = {
        name: draw(st.sampled_from([values[:1], values[:2], values]))
        for name, values in choices.items()
    }
    if pools["assessed_on"] != (SEP_1,):
        pools["assessed_at"] = (None,)  # the moments are on 1 September
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=10))):
        fields = {name: draw(st.sampled_from(pool)) for name, pool in pools.items()}
        rows.append(Evidence(student="ana", standard="nf1", **fields))  # type: ignore[arg-type]
    return rows


@pytest.mark.parametrize("moments", [False, True])
@pytest.mark.parametrize("order_by", list(EvidenceDate), ids=lambda d: d.value)
@given(data=st.data())
def test_the_fast_keys_give_the_order_of_the_total_key(
    data: st.DataObject, order_by: EvidenceDate, moments: bool
) -> None:
    """Sorting as a roll-up does (by day, then the faster key for ties) orders as the key."""
    policy = MasteryPolicy(order_by=order_by)
    table = data.draw(packed_groups(moments=moments))
    order = policy._ordering(moments=moments)
    group = data.draw(st.permutations(table))
    group.sort(key=order.first)
    if len(set(map(order.first, group))) < len(group):
        try:
            group.sort(key=order.ties)
        except TypeError:
            group.sort(key=order.total)
    assert list(map(policy._key, group)) == sorted(map(policy._key, table))
    # What makes it so: each comparison the faster key can make, it makes as
    # the total key does.
    for first, second in itertools.product(table, repeat=2):
        fast, slow = (
            (order.ties(first), order.ties(second)),
            (
                order.total(first),
                order.total(second),
            ),
        )
        assert (fast[0] == fast[1]) is (slow[0] == slow[1])
        try:
            earlier = fast[0] < fast[1]
        except TypeError:
            continue
        assert earlier is (slow[0] < slow[1])


@given(data=st.data())
def test_update_equals_recomputation_with_ties(data: st.DataObject) -> None:
    """estimate(old).update(new) == estimate(old + [new]) when rows share a day."""
    policy = usable(data.draw(policies()))
    items = data.draw(
        tied_evidence(policy.scale, students=("ana",), standards=("nf1",), max_size=6)
    )
    if not items:
        return
    *old, new = items
    _same(policy.estimate(old).update(new), policy.estimate(items))


def test_a_table_with_moments_orders_every_group() -> None:
    """A moment on one row of the table changes no other group's order."""
    rows = [
        _row(4),
        _row(1),
        Evidence(
            student="ben",
            standard="nf1",
            score=2,
            assessed_on=SEP_1,
            assessed_at=datetime(2026, 9, 1, 9, tzinfo=UTC),
        ),
    ]
    policy = MasteryPolicy(method=MasteryMethod.LATEST)
    for order in (rows, rows[::-1]):
        result = rollup(order, policy)
        assert result["ana", "nf1"].scores == (1.0, 4.0)
        assert result["ben", "nf1"].scores == (2.0,)
