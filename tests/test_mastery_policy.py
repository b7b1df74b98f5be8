"""selfassess.mastery policies: what counts, the order, the rule, bands and traces."""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Band, Evidence, EvidenceKind
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.mastery import (
    BktParameters,
    EvidenceDate,
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
    rollup,
)
from selfassess.serialize import to_dict
from strategies_mastery import group_evidence, policies, usable, weekly

from strategies import STRATEGIES

START = date(2026, 9, 1)


def test_strategies_are_merged() -> None:
    """The package's strategies are part of the shared registry."""
    assert MasteryPolicy in STRATEGIES


def test_default_policy() -> None:
    """The default is the 0.65 decaying average on the 4-point scale, mastery at 3."""
    policy = MasteryPolicy()
    assert policy.method is MasteryMethod.DECAYING_AVERAGE
    assert policy.weight == 0.65
    assert policy.scale == sa.FOUR_POINT
    assert policy.band_cuts == sa.FOUR_POINT.cuts
    assert policy.mastery_threshold == 3.0
    assert EvidenceKind.SELF not in policy.kinds
    assert EvidenceKind.PEER not in policy.kinds
    assert EvidenceKind.PRE_ASSESSMENT not in policy.kinds


def test_decaying_average_estimate_and_trace() -> None:
    """1, 4, 4: the trace shows each step in plain words, as documented."""
    estimate = MasteryPolicy().estimate(weekly(1, 4, 4))
    assert estimate.value == 3.63
    assert estimate.band is Band.MASTERED
    assert estimate.count == 3
    assert estimate.scores == (1.0, 4.0, 4.0)
    trace = estimate.trace
    assert "65 % of the newest score 4 + 35 % of the running value 2.95 = 3.63" in trace
    assert "2026-09-01" in trace
    assert "Band: mastered (at or above 3)" in trace


def test_trace_numbers_round_half_up_like_the_value() -> None:
    """A trace writes 2.675 as 2.68, as the value is rounded, not 2.67 as a float prints."""
    estimate = MasteryPolicy(method=MasteryMethod.LATEST).estimate(weekly(2.675))
    assert estimate.value == 2.68
    assert estimate.trace.splitlines()[1:4] == [
        "1 score counted, in order of the assessed date: 2.68 (2026-09-01).",
        "The most recent score is 2.68.",
        "Rounded half up to 2 decimals: 2.68.",
    ]


def test_self_peer_pre_assessment_and_excused_do_not_count() -> None:
    """By default only teacher-side evidence counts, and excused evidence never."""
    counted = weekly(2)
    others = [
        attrs.evolve(counted[0], kind=kind, score=4)
        for kind in (EvidenceKind.SELF, EvidenceKind.PEER, EvidenceKind.PRE_ASSESSMENT)
    ]
    excused = attrs.evolve(counted[0], excused=True, score=4)
    estimate = MasteryPolicy().estimate([*counted, *others, excused])
    assert estimate.count == 1
    assert estimate.value == 2.0
    with_self = MasteryPolicy(kinds=[EvidenceKind.FORMATIVE, EvidenceKind.SELF])
    assert with_self.estimate([*counted, *others]).count == 2


def test_order_by_due_date() -> None:
    """Ordered by due date, work graded late still takes its place in time."""
    early, late = weekly(4, 1)
    early = attrs.evolve(early, due_on=date(2026, 9, 20))
    late = attrs.evolve(late, due_on=date(2026, 9, 2))
    by_assessed = MasteryPolicy(method=MasteryMethod.LATEST).estimate([early, late])
    by_due = MasteryPolicy(
        method=MasteryMethod.LATEST, order_by=EvidenceDate.DUE
    ).estimate([early, late])
    assert by_assessed.value == 1.0
    assert by_due.value == 4.0


def test_ties_never_depend_on_the_order_given() -> None:
    """Evidence on the same day is in the same order however it is given."""
    first, second = weekly(1, 4)
    second = attrs.evolve(second, assessed_on=first.assessed_on)
    policy = MasteryPolicy(method=MasteryMethod.LATEST)
    assert policy.estimate([first, second]).value == 4.0
    assert policy.estimate([second, first]).value == 4.0


def test_retakes() -> None:
    """A retake replaces the first attempt (latest) or the better attempt stays."""
    first, retake, other = weekly(3, 2, 4)
    first = attrs.evolve(first, source="quiz")
    retake = attrs.evolve(retake, source="quiz", attempt=2)
    items = [first, retake, other]
    keep = MasteryPolicy(method=MasteryMethod.AVERAGE)
    assert keep.estimate(items).count == 3
    latest = attrs.evolve(keep, retakes=Retakes.LATEST).estimate(items)
    assert latest.scores == (2.0, 4.0)
    best = attrs.evolve(keep, retakes=Retakes.HIGHEST).estimate(items)
    assert best.scores == (3.0, 4.0)


def test_rounding_is_half_up() -> None:
    """2.675 rounds to 2.68 (not the 2.67 of binary floats); decimals=None keeps it."""
    policy = MasteryPolicy(method=MasteryMethod.LATEST)
    assert policy.estimate(weekly(2.675)).value == 2.68
    assert attrs.evolve(policy, decimals=0).estimate(weekly(2.5)).value == 3.0
    assert attrs.evolve(policy, decimals=None).estimate(weekly(2.675)).value == 2.675


def _half_up(value: float, decimals: int) -> float:
    """Round the decimal digits a float shows, half up: the policies' contract."""
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


@given(
    value=st.floats(min_value=-1e6, max_value=1e6)
    | st.builds(
        lambda whole, decimals: whole / 10 ** (decimals + 1),
        st.integers(-(10**6), 10**6).map(lambda n: n * 10 + 5),
        st.integers(0, 4),
    ),
    decimals=st.integers(0, 4),
)
def test_rounding_matches_decimal_half_up(value: float, decimals: int) -> None:
    """Every value rounds as Decimal's ROUND_HALF_UP on its digits; a zero is 0.0.

    The fast path (floor, then divide) and the slow one (Decimal at a tie) must
    both agree with the contract; the second strategy makes ties such as 2.675. A
    small negative value rounds to zero, written 0.0 as every zero of a model is,
    by estimate and roll-up alike.
    """
    policy = MasteryPolicy(method=MasteryMethod.LATEST, decimals=decimals, clamp=False)
    expected = repr(_half_up(value, decimals) + 0.0)  # -0.0 + 0.0 is 0.0
    assert repr(policy.estimate(weekly(value)).value) == expected
    assert repr(rollup(weekly(value), policy)["ana", "nf1"].value) == expected


def test_clamping_to_the_scale() -> None:
    """The power law can predict beyond the scale; the policy clamps unless told not to."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW_NEXT)
    estimate = policy.estimate(weekly(1, 2, 3, 4))
    assert estimate.value == 4.0
    assert estimate.raw == pytest.approx(5.0)
    assert "Clamped to the scale" in estimate.trace
    assert attrs.evolve(policy, clamp=False).estimate(weekly(1, 2, 3, 4)).value == 5.0


def test_bands_and_cut_overrides() -> None:
    """The scale's cuts band by default; a policy's own cuts replace them."""
    assert MasteryPolicy().estimate(weekly(2.5)).band is Band.NEAR
    strict = MasteryPolicy(cuts=sa.BandCuts(mastered=3.5, near=3.0))
    assert strict.estimate(weekly(3.2)).band is Band.NEAR
    assert strict.estimate(weekly(2.9)).band is Band.NOT_YET


def test_insufficient_evidence() -> None:
    """Fewer scores than the minimum, or none, is insufficient evidence."""
    policy = MasteryPolicy(minimum_count=3)
    short = policy.estimate(weekly(4, 4))
    assert short.band is Band.INSUFFICIENT_EVIDENCE
    assert short.value == 4.0
    assert "2 of the 3 scores needed" in short.trace
    empty = policy.estimate([])
    assert (empty.value, empty.band, empty.count) == (
        None,
        Band.INSUFFICIENT_EVIDENCE,
        0,
    )
    assert "No evidence counted" in empty.trace


def test_waiting_rules_are_not_yet() -> None:
    """n-mastery without enough scores at the threshold: no value, band not yet."""
    estimate = MasteryPolicy(method=MasteryMethod.N_MASTERY).estimate(weekly(3, 1, 4))
    assert estimate.value is None
    assert estimate.band is Band.NOT_YET
    assert "2 of the 5 scores needed at or above 3" in estimate.trace


def test_canvas_example_through_a_policy() -> None:
    """Canvas's 1,4,2,3,5,3,6: n-mastery 4.2 and average 3.43 on its default scale."""
    canvas = MasteryPolicy(scale=sa.CANVAS_DEFAULT)
    scores = weekly(1, 4, 2, 3, 5, 3, 6)
    unclamped = attrs.evolve(canvas, clamp=False)
    n_mastery = attrs.evolve(unclamped, method=MasteryMethod.N_MASTERY)
    assert n_mastery.estimate(scores).value == 4.2
    assert (
        attrs.evolve(canvas, method=MasteryMethod.AVERAGE).estimate(scores).value
        == 3.43
    )


def test_bkt_policy_is_a_probability() -> None:
    """BKT reads scores at the threshold as correct; its value is a probability."""
    policy = MasteryPolicy(method=MasteryMethod.BKT, decimals=4)
    estimate = policy.estimate(weekly(3, 4, 2, 3))
    assert estimate.value == 0.9688
    assert estimate.band is Band.MASTERED
    assert "P(known) starts at the prior 0.3" in estimate.trace


def test_estimate_refuses_mixed_groups_and_junk() -> None:
    """Evidence for two students, or something that is not evidence, is refused."""
    with pytest.raises(InvalidDataError, match=r"evidence\[1\]: must be for student"):
        MasteryPolicy().estimate([*weekly(3), *weekly(2, student="ben")])
    with pytest.raises(InvalidDataError, match=r"evidence\[0\]: must be an Evidence"):
        MasteryPolicy().estimate([3])  # type: ignore[list-item]
    with pytest.raises(ArgumentTypeError, match=r"evidence: must be a list"):
        MasteryPolicy().estimate(5)  # type: ignore[arg-type]


def test_power_law_zero_without_floor() -> None:
    """The power law on a score of 0 with no floor says which group and score."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    with pytest.raises(InvalidDataError, match=r"scores\[0\]: must be greater than 0"):
        policy.estimate(weekly(0, 2))
    assert attrs.evolve(policy, floor=0.5).estimate(weekly(0, 2)).value is not None


def test_policy_checks_every_field() -> None:
    """A bad policy lists every problem with its field."""
    with pytest.raises(InvalidDataError) as caught:
        MasteryPolicy(
            weight=2,
            n=0,
            floor=-1,
            minimum_count=0,
            cuts=sa.BandCuts(mastered=9, near=1),
            kinds=[EvidenceKind.SELF, EvidenceKind.SELF],
            decimals=11,
        )
    assert [problem.path for problem in caught.value.problems] == [
        "weight",
        "n",
        "floor",
        "minimum_count",
        "decimals",
        "cuts.mastered",
        "kinds[1]",
    ]
    with pytest.raises(InvalidDataError, match=r"slip: must be strictly between"):
        BktParameters(slip=1)
    with pytest.raises(InvalidDataError, match=r"cuts.mastered: must be at most 1"):
        MasteryPolicy(method=MasteryMethod.BKT, cuts=sa.BandCuts(mastered=3, near=2))


def test_update_refuses_another_group() -> None:
    """An update with another student's evidence is refused."""
    estimate = MasteryPolicy().estimate(weekly(3))
    with pytest.raises(InvalidDataError, match=r"new_evidence: must be for student"):
        estimate.update(weekly(3, student="ben")[0])
    with pytest.raises(ArgumentTypeError, match=r"new_evidence: must be an Evidence"):
        estimate.update(3)  # type: ignore[arg-type]


def test_update_ignores_evidence_that_does_not_count() -> None:
    """A self-rating does not change the estimate."""
    estimate = MasteryPolicy().estimate(weekly(3))
    rating = attrs.evolve(weekly(1)[0], kind=EvidenceKind.SELF)
    assert estimate.update(rating) is estimate


@given(data=st.data())
def test_update_equals_recomputation(data: st.DataObject) -> None:
    """estimate(old).update(new) == estimate(old + [new]), whatever the policy."""
    policy = usable(data.draw(policies()))
    items = data.draw(group_evidence(policy.scale))
    if not items:
        return
    *old, new = items
    expected = policy.estimate(items)
    assert policy.estimate(old).update(new) == expected


@given(data=st.data())
def test_incremental_update_in_order(data: st.DataObject) -> None:
    """Appending evidence in date order, one by one, equals estimating all at once."""
    method = data.draw(
        st.sampled_from(
            [
                MasteryMethod.DECAYING_AVERAGE,
                MasteryMethod.LATEST,
                MasteryMethod.HIGHEST,
                MasteryMethod.BKT,
            ]
        )
    )
    policy = MasteryPolicy(method=method, decimals=None)
    scores = data.draw(st.lists(st.floats(1, 4), min_size=1, max_size=10))
    items = weekly(*scores)
    estimate = policy.estimate(items[:1])
    for item in items[1:]:
        estimate = estimate.update(item)
    assert estimate == policy.estimate(items)


def test_a_value_rounded_to_zero_is_written_as_zero() -> None:
    """A negative raw value that rounds to zero is stored and written as 0.0, never -0.0."""
    scale = sa.Scale(
        id="around-zero",
        name="Around zero",
        levels=[
            sa.Level(points=-2, label="Below"),
            sa.Level(points=0, label="At"),
            sa.Level(points=2, label="Above", mastery=True),
        ],
    )
    policy = MasteryPolicy(method=MasteryMethod.LATEST, scale=scale)
    table = weekly(-0.001)
    for estimate in (policy.estimate(table), rollup(table, policy)["ana", "nf1"]):
        assert repr(estimate.value) == "0.0"
        assert estimate.raw == -0.001
        assert repr(to_dict(estimate)["value"]) == "0.0"


@given(data=st.data())
def test_values_lie_within_the_scores(data: st.DataObject) -> None:
    """Unclamped, unrounded values lie within the scores (power law and BKT aside)."""
    method = data.draw(
        st.sampled_from(
            [
                m
                for m in MasteryMethod
                if m
                not in (
                    MasteryMethod.POWER_LAW,
                    MasteryMethod.POWER_LAW_NEXT,
                    MasteryMethod.BKT,
                )
            ]
        )
    )
    policy = MasteryPolicy(method=method, decimals=None, clamp=False)
    items = data.draw(group_evidence())
    estimate = policy.estimate(items)
    if estimate.value is not None:
        scores = estimate.scores
        assert min(scores) - 1e-9 <= estimate.value <= max(scores) + 1e-9


@given(data=st.data())
def test_order_independent_methods_ignore_row_order(data: st.DataObject) -> None:
    """Average, highest, median and n-mastery give the same value however rows come."""
    method = data.draw(
        st.sampled_from(
            [
                MasteryMethod.AVERAGE,
                MasteryMethod.HIGHEST,
                MasteryMethod.MEDIAN,
                MasteryMethod.N_MASTERY,
            ]
        )
    )
    policy = MasteryPolicy(method=method, scale=sa.CANVAS_DEFAULT)
    items = data.draw(group_evidence(sa.CANVAS_DEFAULT))
    shuffled = data.draw(st.permutations(items))
    assert policy.estimate(shuffled).value == policy.estimate(items).value


@given(data=st.data())
def test_every_trace_ends_with_the_band(data: st.DataObject) -> None:
    """Every estimate explains itself, ending with its band."""
    policy = usable(data.draw(policies()))
    estimate = policy.estimate(data.draw(group_evidence(policy.scale)))
    last = estimate.trace.splitlines()[-1]
    assert last.startswith(("Band:", "No evidence counted"))


def test_estimate_checks_its_fields() -> None:
    """An estimate built by hand is checked like any model."""
    with pytest.raises(InvalidDataError, match=r"value: must be finite"):
        MasteryEstimate(
            student="ana",
            standard="nf1",
            value=math.nan,
            band=Band.NEAR,
            raw=None,
            policy=MasteryPolicy(),
            evidence=[],
        )


def test_counts_checks_its_argument() -> None:
    """A policy says whether evidence counts, and refuses anything else."""
    policy = MasteryPolicy()
    assert policy.counts(weekly(3)[0])
    assert not policy.counts(attrs.evolve(weekly(3)[0], excused=True))
    with pytest.raises(ArgumentTypeError, match=r"item: must be an Evidence"):
        policy.counts("row")  # type: ignore[arg-type]


@pytest.mark.parametrize("method", list(MasteryMethod), ids=lambda m: m.value)
@pytest.mark.parametrize(
    "scores", [(1e308, 1e308, -1e308), (1.7e308, 1.7e308), (5e-324, 1e308)]
)
def test_extreme_scores_give_a_value_or_say_why(
    method: MasteryMethod, scores: tuple[float, ...]
) -> None:
    """Scores near the float limits never crash: a finite value or InvalidDataError."""
    policy = MasteryPolicy(method=method, clamp=False, floor=0.5)
    outcome = _outcome(policy, weekly(*scores))
    if isinstance(outcome, InvalidDataError):
        paths = [problem.path for problem in outcome.problems]
        assert all(path.startswith("evidence['ana', 'nf1'].scores") for path in paths)
    else:
        assert outcome.value is None or math.isfinite(outcome.value)
        assert outcome.trace


def _outcome(
    policy: MasteryPolicy, items: list[Evidence]
) -> MasteryEstimate | InvalidDataError:
    """The estimate, or the InvalidDataError raised instead; nothing else."""
    try:
        return policy.estimate(items)
    except InvalidDataError as error:
        return error


def test_a_weight_given_as_a_percent_is_explained() -> None:
    """65 where 0.65 is meant (Canvas's calculation_int is a percent) says so."""
    with pytest.raises(InvalidDataError) as caught:
        MasteryPolicy(weight=65)
    assert [str(problem) for problem in caught.value.problems] == [
        "weight: must be at most 1 (got 65.0): a share, not a percent; 65 % is 0.65, "
        "as Canvas's calculation_int 65 means",
    ]
    with pytest.raises(InvalidDataError) as caught:
        MasteryPolicy(weight=1.5)
    assert [str(problem) for problem in caught.value.problems] == [
        "weight: must be at most 1 (got 1.5)"
    ]
