"""selfassess.mastery near the line: the quick-check cut, confirmation, order, window.

The practice (DESIGN.md, "Data review and goal-setting conference"): the big score
of an assessment is broken into mastery scores per standard within 48 hours; power
standards first, then the most missed; offer a quick assessment where a standard
is near mastery.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Evidence, EvidenceKind
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.mastery import (
    AlignedAssessment,
    AnalysisWindow,
    AssessmentItem,
    MasteryMethod,
    MasteryPolicy,
    PercentCut,
    priorities,
    quick_checks,
    rollup,
)
from strategies_mastery import policies, usable

START = date(2026, 9, 1)
LATEST = MasteryPolicy(method=MasteryMethod.LATEST)
QUICK = EvidenceKind.QUICK_CHECK
FORMATIVE = EvidenceKind.FORMATIVE


def rows_of(
    scores: list[tuple[float, EvidenceKind]],
    student: str = "ana",
    standard: str = "nf1",
) -> list[Evidence]:
    """One student's scores on one standard, a week apart, oldest first."""
    return [
        Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=START + timedelta(weeks=week),
            kind=kind,
        )
        for week, (score, kind) in enumerate(scores)
    ]


FRAMEWORK = sa.Framework(
    id="math",
    title="Math",
    domains=[
        sa.Domain(
            id="nf",
            code="NF",
            title="Fractions",
            standards=[
                sa.Standard(id="nf1", code="NF.1", statement="Compare."),
                sa.Standard(id="nf2", code="NF.2", statement="Add.", power=True),
                sa.Standard(id="nf3", code="NF.3", statement="Order."),
            ],
        )
    ],
)


# Point 1: near mastery is a cut the teacher sets, half a level by default.


def test_a_full_level_below_mastery_is_not_offered_a_quick_check() -> None:
    """2.0 (a full level below mastery, still yellow) is retaught, 2.5 is checked.

    The practice offers a quick assessment where a standard is *near* mastery; by
    default near is within half a level of the mastery cut.
    """
    rows = rows_of([(2.0, FORMATIVE)], "ana") + rows_of([(2.5, FORMATIVE)], "ben")
    estimates = rollup(rows, LATEST)
    assert estimates["ana", "nf1"].band is sa.Band.NEAR  # the yellow band is kept
    assert LATEST.quick_check_from == 2.5
    assert [(c.student, c.gap) for c in quick_checks(estimates)] == [("ben", 0.5)]


def test_the_teacher_sets_the_quick_check_cut() -> None:
    """Within a whole level, 2.0 is offered one too; within 0, none is."""
    rows = rows_of([(2.0, FORMATIVE)], "ana") + rows_of([(2.5, FORMATIVE)], "ben")
    wide = attrs.evolve(LATEST, quick_check_within=1.0)
    assert [c.student for c in quick_checks(rollup(rows, wide))] == ["ben", "ana"]
    none = attrs.evolve(LATEST, quick_check_within=0.0)
    assert quick_checks(rollup(rows, none)) == ()
    with pytest.raises(InvalidDataError, match=r"quick_check_within"):
        MasteryPolicy(quick_check_within=-0.5)


def test_the_quick_check_cut_stays_within_the_values() -> None:
    """At most the mastery cut less the lowest value: else every value is offered."""
    assert MasteryPolicy(quick_check_within=2.0).quick_check_from == 1.0
    with pytest.raises(
        InvalidDataError, match=r"quick_check_within: must be at most 2, .* \(got 100\)"
    ):
        MasteryPolicy(quick_check_within=100)
    bkt = MasteryMethod.BKT
    assert MasteryPolicy(method=bkt, quick_check_within=0.95).quick_check_from == 0
    with pytest.raises(InvalidDataError, match=r"quick_check_within: must be at most"):
        MasteryPolicy(method=bkt, quick_check_within=1.0)
    cuts = sa.BandCuts(near=1.5, mastered=2.0)
    with pytest.raises(
        InvalidDataError, match=r"quick_check_within: must be at most 1"
    ):
        MasteryPolicy(cuts=cuts, quick_check_within=1.5)


def test_the_quick_check_cut_follows_the_bands() -> None:
    """By default half the near band: from 0.875 for BKT's 0.8 to 0.95."""
    assert MasteryPolicy(method=MasteryMethod.BKT).quick_check_from == pytest.approx(
        0.875
    )
    cuts = sa.BandCuts(mastered=3.5, near=2.5)
    assert MasteryPolicy(cuts=cuts).quick_check_from == 3.0


@given(
    scores=st.lists(
        st.tuples(st.sampled_from(["ana", "ben", "cy"]), st.floats(1, 4)),
        max_size=8,
    ),
    policy=policies(st.just(sa.FOUR_POINT)),
)
def test_quick_checks_offer_only_standards_within_the_cut_below_mastery(
    scores: list[tuple[str, float]], policy: MasteryPolicy
) -> None:
    """Every offer is within the teacher's cut and below mastery; none is missed."""
    policy = usable(policy)
    rows = [
        Evidence(student=who, standard="nf1", score=score, assessed_on=START)
        for who, score in scores
    ]
    estimates = rollup(rows, policy)
    offered = {check.student for check in quick_checks(estimates)}
    for (student, _), estimate in estimates.items():
        within = (
            estimate.value is not None
            and estimate.band in (sa.Band.NEAR, sa.Band.NOT_YET)
            and policy.quick_check_from <= estimate.value < policy.band_cuts.mastered
        )
        assert (student in offered) == within


def test_quick_checks_put_power_standards_first() -> None:
    """A power standard's check comes before a closer one on another standard."""
    rows = rows_of([(2.9, FORMATIVE)], standard="nf1") + rows_of(
        [(2.6, FORMATIVE)], standard="nf2"
    )
    estimates = rollup(rows, LATEST)
    assert [c.standard for c in quick_checks(estimates)] == ["nf1", "nf2"]
    ranked = quick_checks(estimates, student="ana", framework=FRAMEWORK)
    assert [c.standard for c in ranked] == ["nf2", "nf1"]
    with pytest.raises(ArgumentTypeError, match=r"framework: must be a Framework"):
        quick_checks(estimates, framework="math")  # type: ignore[arg-type]


# Point 2: a passing quick check confirms mastery, under a rule in the trace.


NEAR_THEN_CHECK = rows_of([(2.0, FORMATIVE), (3.0, FORMATIVE), (3.0, QUICK)])
"""2.65 (near, within half a level), then a quick check of 3."""


def test_a_passing_quick_check_confirms_mastery() -> None:
    """The practice's quick assessment confirms mastery: mastered, at the cut.

    Under the default decaying average the value alone is 2.88 (yellow), so the
    check would confirm nothing; the rule raises it to the cut, and says so.
    """
    estimate = MasteryPolicy().estimate(NEAR_THEN_CHECK)
    assert (estimate.value, estimate.band, estimate.raw) == (
        3.0,
        sa.Band.MASTERED,
        pytest.approx(2.8775),
    )
    last = estimate.trace.splitlines()[-1]
    assert "confirmed by a quick check" in last
    assert "confirm_with_quick_check" in last
    assert "2.65" in last
    assert "from 2.5" in last
    assert "2.88" in last
    assert rollup(NEAR_THEN_CHECK)["ana", "nf1"] == estimate
    assert MasteryPolicy().estimate(NEAR_THEN_CHECK[:2]).update(NEAR_THEN_CHECK[2]) == (
        estimate
    )


def test_the_rule_can_be_turned_off() -> None:
    """Without the rule the value alone decides, and the trace says the rule is off."""
    policy = MasteryPolicy(confirm_with_quick_check=False)
    estimate = policy.estimate(NEAR_THEN_CHECK)
    assert (estimate.value, estimate.band) == (2.88, sa.Band.NEAR)
    assert "which is off" in estimate.trace


def test_a_check_after_a_full_level_below_confirms_nothing() -> None:
    """From 2.0, a quick check of 3 gives 2.65: near, and the trace says why."""
    estimate = MasteryPolicy().estimate(rows_of([(2.0, FORMATIVE), (3.0, QUICK)]))
    assert (estimate.value, estimate.band) == (2.65, sa.Band.NEAR)
    assert "below the quick-check cut 2.5" in estimate.trace
    assert estimate.trace.splitlines()[-1].startswith("Band: near")


def test_a_check_with_no_value_before_it_says_so() -> None:
    """No earlier value: the trace says there is none to confirm, in plain words."""
    policy = MasteryPolicy(method=MasteryMethod.N_MASTERY)
    estimate = policy.estimate(rows_of([(3.0, QUICK)]))
    assert estimate.band is sa.Band.NOT_YET
    assert "there is no value before it to confirm" in estimate.trace
    assert "was no value" not in estimate.trace
    assert "quick-check cut" not in estimate.trace


def test_a_failed_quick_check_confirms_nothing() -> None:
    """A quick check below the mastery cut is one more score."""
    estimate = MasteryPolicy().estimate(
        rows_of([(3.0, FORMATIVE), (2.5, FORMATIVE), (2.0, QUICK)])
    )
    assert estimate.band is sa.Band.NEAR
    assert "does not confirm mastery" in estimate.trace


def test_the_default_contract_is_kept() -> None:
    """The decaying average (0.65) on the 4-point scale with mastery at 3."""
    policy = MasteryPolicy()
    assert (policy.method, policy.weight, policy.scale) == (
        MasteryMethod.DECAYING_AVERAGE,
        0.65,
        sa.FOUR_POINT,
    )
    assert policy.band_cuts.mastered == 3
    assert policy.confirm_with_quick_check is True


_KINDS = st.sampled_from([FORMATIVE, FORMATIVE, QUICK, EvidenceKind.SUMMATIVE])
_SCORES = st.sampled_from([1.0, 2.0, 2.5, 3.0, 3.5, 4.0])


@given(
    scores=st.lists(st.tuples(_SCORES, _KINDS), min_size=1, max_size=6),
    check=st.sampled_from([3.0, 3.5, 4.0]),
    method=st.sampled_from(MasteryMethod),
)
def test_a_passing_check_after_a_near_estimate_gives_mastered(
    scores: list[tuple[float, EvidenceKind]], check: float, method: MasteryMethod
) -> None:
    """Near enough before, passing check last: mastered, and the trace names the rule."""
    policy = usable(MasteryPolicy(method=method))
    before = policy.estimate(rows_of(scores))
    rows = rows_of([*scores, (check, QUICK)])
    after = policy.estimate(rows)
    assert rollup(rows, policy)["ana", "nf1"] == after
    if (
        check >= policy.quick_check_pass
        and before.value is not None
        and before.value >= policy.quick_check_from
    ):
        assert after.band is sa.Band.MASTERED
        assert after.value is not None
        assert after.value >= policy.band_cuts.mastered
        last = after.trace.splitlines()[-1]
        assert "confirmed by a quick check" in last or last.startswith(
            "Band: mastered (at or above"  # mastered by the value alone
        )
    elif after.band is not sa.Band.MASTERED:
        assert "confirmed by a quick check" not in after.trace


@given(
    tables=st.lists(
        st.tuples(st.sampled_from(["ana", "ben"]), st.sampled_from(["nf1", "nf2"])),
        max_size=12,
    ),
    scores=st.lists(st.tuples(_SCORES, _KINDS), min_size=12, max_size=12),
    policy=policies(st.just(sa.FOUR_POINT)),
)
def test_rollup_is_the_estimate_of_each_pair_with_quick_checks(
    tables: list[tuple[str, str]],
    scores: list[tuple[float, EvidenceKind]],
    policy: MasteryPolicy,
) -> None:
    """A roll-up gives each (student, standard) what ``policy.estimate`` gives."""
    policy = usable(policy)
    rows = [
        Evidence(
            student=student,
            standard=standard,
            score=score,
            kind=kind,
            assessed_on=START + timedelta(days=day),
        )
        for day, ((student, standard), (score, kind)) in enumerate(
            zip(tables, scores, strict=False)
        )
    ]
    for (student, standard), estimate in rollup(rows, policy).items():
        mine = [r for r in rows if (r.student, r.standard) == (student, standard)]
        assert policy.estimate(mine) == estimate


# Point 3: power standards first, then the most missed, per student.


def test_priorities_per_student_power_first_then_furthest_below() -> None:
    """Each student's own order: power first, then the largest gap, then the id.

    The class's order (most students missing) differs from a student's own.
    """
    rows = (
        rows_of([(2.5, FORMATIVE)], "ana", "nf1")
        + rows_of([(3.5, FORMATIVE)], "ana", "nf2")
        + rows_of([(1.0, FORMATIVE)], "ana", "nf3")
        + rows_of([(1.0, FORMATIVE)], "ben", "nf1")
        + rows_of([(2.0, FORMATIVE)], "ben", "nf3")
    )
    estimates = rollup(rows, LATEST)
    ana = priorities(estimates, FRAMEWORK, student="ana")
    assert [(p.standard, p.power, p.gap, p.not_mastered) for p in ana] == [
        ("nf2", True, 0.0, 0),
        ("nf3", False, 2.0, 1),
        ("nf1", False, 0.5, 1),
    ]
    ben = priorities(estimates, student="ben")
    assert [(p.standard, p.gap) for p in ben] == [("nf1", 2.0), ("nf3", 1.0)]
    assert priorities(estimates, student="cy") == ()
    with pytest.raises(ArgumentTypeError, match=r"student"):
        priorities(estimates, student=3)  # type: ignore[arg-type]


# Point 4: the data analysis's 48-hour window, as data.

UTC = timezone.utc
TAKEN = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)


def test_the_analysis_is_due_48_hours_after_the_assessment() -> None:
    """The practice breaks the big score into mastery scores within 48 hours."""
    window = AnalysisWindow(assessed_at=TAKEN)
    assert window.hours == 48
    assert window.due_at == datetime(2026, 10, 7, 9, 0, tzinfo=UTC)
    assert not window.overdue(TAKEN + timedelta(hours=48))
    assert window.overdue(TAKEN + timedelta(hours=48, seconds=1))
    assert window.hours_left(TAKEN + timedelta(hours=12)) == 36.0
    assert window.hours_left(TAKEN + timedelta(hours=50)) == -2.0
    shorter = AnalysisWindow(assessed_at=TAKEN, hours=24)
    assert shorter.overdue(TAKEN + timedelta(hours=25))


def test_the_window_takes_aware_times_only() -> None:
    """A time without a zone is refused, in the model and as the time now."""
    with pytest.raises(InvalidDataError, match=r"assessed_at: must be a datetime"):
        AnalysisWindow(assessed_at=datetime(2026, 10, 5, 9, 0))
    with pytest.raises(InvalidDataError, match=r"hours"):
        AnalysisWindow(assessed_at=TAKEN, hours=0)
    window = AnalysisWindow(assessed_at=TAKEN)
    with pytest.raises(ArgumentTypeError, match=r"now: must be a datetime"):
        window.overdue(datetime(2026, 10, 6))
    with pytest.raises(ArgumentTypeError, match=r"now"):
        window.hours_left("tomorrow")  # type: ignore[arg-type]


def test_the_window_is_bounded_so_its_due_time_can_be_computed() -> None:
    """At most 31 days, and due within the calendar: bad data, not OverflowError."""
    with pytest.raises(InvalidDataError, match=r"hours: must be at most 744"):
        AnalysisWindow(assessed_at=TAKEN, hours=1e12)
    longest = AnalysisWindow(assessed_at=TAKEN, hours=744)
    assert longest.due_at == TAKEN + timedelta(days=31)
    with pytest.raises(InvalidDataError, match=r"assessed_at: is too late"):
        AnalysisWindow(assessed_at=datetime(9999, 12, 31, tzinfo=UTC))
    with pytest.raises(InvalidDataError, match=r"assessed_at: is too late"):
        AnalysisWindow(assessed_at=datetime(9999, 12, 1, tzinfo=UTC), hours=744)
    last = AnalysisWindow(assessed_at=datetime(9999, 12, 29, tzinfo=UTC))
    assert not last.overdue(datetime(9999, 12, 30, tzinfo=UTC))


def test_the_breakdown_carries_its_window() -> None:
    """An assessment's analysis: the scores per standard and when it is due."""
    test = AlignedAssessment(
        id="unit-3",
        items=[
            AssessmentItem(id="q1", standards=["nf1"], points=2),
            AssessmentItem(id="q2", standards=["nf2"], points=2),
        ],
        cuts=[
            PercentCut(percent=0, points=1),
            PercentCut(percent=50, points=2),
            PercentCut(percent=75, points=3),
        ],
    )
    analysis = test.analysis({"q1": 2, "q2": 1}, TAKEN, student="ana")
    assert analysis.assessment == "unit-3"
    assert analysis.student == "ana"
    assert analysis.scores == test.breakdown({"q1": 2, "q2": 1})
    assert analysis.window.due_at == TAKEN + timedelta(hours=48)
    assert test.analysis({}, TAKEN, hours=24).window.hours == 24
    with pytest.raises(InvalidDataError, match=r"assessed_at"):
        test.analysis({}, datetime(2026, 10, 5))


def test_a_students_mastered_standards_come_after_those_not_mastered() -> None:
    """Not mastered first, those with no value yet among them; the mastered last.

    The practice: power standards first, then the most missed, for that student.
    """
    policy = MasteryPolicy(method=MasteryMethod.N_MASTERY, n=2)
    rows = (
        rows_of([(1.0, FORMATIVE)], "ana", "a")
        + rows_of([(4.0, FORMATIVE), (4.0, FORMATIVE)], "ana", "b")
        + rows_of([(2.5, FORMATIVE), (2.5, FORMATIVE)], "ana", "c")
    )
    order = priorities(rollup(rows, policy), student="ana")
    assert [p.standard for p in order][-1] == "b"
    assert [p.not_mastered for p in order] == [1, 1, 0]
