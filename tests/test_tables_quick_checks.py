"""selfassess.tables: a passing quick check confirms mastery on columns as in memory.

The practice (DESIGN.md, "Data review and goal-setting conference") offers a quick
assessment where a standard is near mastery; the rule that a passing one confirms
mastery gives the same values and bands on a frame as the in-memory roll-up.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import attrs
import pytest

pytest.importorskip("narwhals")
pytest.importorskip("numpy")

from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Evidence, EvidenceKind
from selfassess.mastery import MasteryPolicy, Retakes
from selfassess.tables._columns import from_evidence
from selfassess.tables._rollup import BANDS, rollup_columns
from selfassess.tables._series import series_columns
from strategies_mastery import policies, usable
from test_tables_rollup import _in_memory, _on_columns

START = date(2026, 9, 1)
QUICK = EvidenceKind.QUICK_CHECK
_KINDS = st.sampled_from([EvidenceKind.FORMATIVE, QUICK, QUICK])
_SCORES = st.sampled_from([1.0, 2.0, 2.5, 3.0, 3.0, 4.0])


@st.composite
def quick_tables(draw: st.DrawFn) -> list[Evidence]:
    """Tables where quick checks are common, some of them retakes of one source."""
    rows = []
    for day in range(draw(st.integers(min_value=0, max_value=14))):
        rows.append(
            Evidence(
                student=draw(st.sampled_from(["ana", "ben"])),
                standard=draw(st.sampled_from(["nf1", "nf2"])),
                score=draw(_SCORES),
                kind=draw(_KINDS),
                assessed_on=START + timedelta(days=draw(st.integers(0, day))),
                source=draw(st.none() | st.just("check-1")),
                attempt=draw(st.integers(min_value=1, max_value=2)),
            )
        )
    return rows


@st.composite
def confirming(draw: st.DrawFn) -> MasteryPolicy:
    """Any policy on the 4-point scale, the rule on."""
    policy = usable(draw(policies(st.just(sa.FOUR_POINT))))
    return attrs.evolve(policy, confirm_with_quick_check=True)


@given(table=quick_tables(), policy=confirming())
def test_rollup_on_columns_confirms_as_in_memory(
    table: list[Evidence], policy: MasteryPolicy
) -> None:
    """Every group's value, band, count and raw value, to the bit."""
    assert _on_columns(table, policy) == _in_memory(table, policy)


@given(table=quick_tables(), policy=confirming(), other=confirming())
def test_policies_by_standard_confirm_as_in_memory(
    table: list[Evidence], policy: MasteryPolicy, other: MasteryPolicy
) -> None:
    """A standard's own policy applies its own rule."""
    own = {"nf2": other}
    assert _on_columns(table, policy, own) == _in_memory(table, policy, own)


@given(table=quick_tables(), policy=confirming())
def test_each_step_confirms_as_the_estimate_so_far(
    table: list[Evidence], policy: MasteryPolicy
) -> None:
    """Step k of a series is ``policy.estimate`` of the group's first k rows."""
    columns = from_evidence(table)
    found = series_columns(columns, policy)
    at = 0
    for key, estimate in _in_memory_groups(table, policy):
        for step in range(1, len(estimate) + 1):
            expected = policy.estimate(estimate[:step])
            student = columns.students[found.student[at]]
            standard = columns.standards[found.standard[at]]
            assert (student, standard) == key
            value = float(found.value[at])
            assert (None if math.isnan(value) else value) == expected.value
            assert BANDS[found.band[at]] is expected.band
            at += 1
    assert at == len(found.step)


def _in_memory_groups(
    table: list[Evidence], policy: MasteryPolicy
) -> list[tuple[tuple[str, str], list[Evidence]]]:
    """Each group's counted rows in the policy's order, groups as the roll-up's keys."""
    groups = []
    for key in sa.mastery.rollup(table, policy):
        rows = [
            row
            for row in table
            if (row.student, row.standard) == key
            and not row.excused
            and row.kind in policy.kinds
        ]
        groups.append((key, sorted(rows, key=policy._key)))
    return groups


def test_a_frame_confirms_the_issue_s_example() -> None:
    """2.65 then a quick check of 3: mastered at 3 on columns too; 2.88 without."""
    rows = [
        Evidence(
            student="ana",
            standard="nf1",
            score=score,
            kind=kind,
            assessed_on=START + timedelta(weeks=week),
        )
        for week, (score, kind) in enumerate(
            [(2.0, EvidenceKind.FORMATIVE), (3.0, EvidenceKind.FORMATIVE), (3.0, QUICK)]
        )
    ]
    rolled = rollup_columns(from_evidence(rows), MasteryPolicy())
    assert (float(rolled.value[0]), BANDS[rolled.band[0]]) == (3.0, sa.Band.MASTERED)
    off = MasteryPolicy(confirm_with_quick_check=False, retakes=Retakes.KEEP_ALL)
    rolled = rollup_columns(from_evidence(rows), off)
    assert (float(rolled.value[0]), BANDS[rolled.band[0]]) == (2.88, sa.Band.NEAR)
