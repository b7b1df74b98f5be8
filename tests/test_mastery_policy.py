"""selfassess.mastery policies: what counts, the order, the rule, bands and traces."""

from __future__ import annotations

import copy
import math
import pickle
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Band, Evidence, EvidenceKind
from selfassess.errors import InvalidDataError
from selfassess.mastery import (
    BktParameters,
    EvidenceDate,
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
    _policy,
    rollup,
)
from strategies_mastery import group_evidence, policies, usable

from strategies import STRATEGIES

START = date(2026, 9, 1)


def rows(*scores: float, student: str = "ana", standard: str = "nf1") -> list[Evidence]:
    """Formative evidence a week apart, oldest first."""
    return [
        Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=START + timedelta(weeks=index),
        )
        for index, score in enumerate(scores)
    ]


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
    estimate = MasteryPolicy().estimate(rows(1, 4, 4))
    assert estimate.value == 3.63
    assert estimate.band is Band.MASTERED
    assert estimate.count == 3
    assert estimate.scores == (1.0, 4.0, 4.0)
    trace = estimate.trace
    assert "65 % of the newest score 4 + 35 % of the running value 2.95 = 3.63" in trace
    assert "2026-09-01" in trace
    assert "Band: mastered (at or above 3)" in trace


def test_self_peer_pre_assessment_and_excused_do_not_count() -> None:
    """By default only teacher-side evidence counts, and excused evidence never."""
    counted = rows(2)
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
    early, late = rows(4, 1)
    early = attrs.evolve(early, due_on=date(2026, 9, 20))
    late = attrs.evolve(late, due_on=date(2026, 9, 2))
    by_assessed = MasteryPolicy(method=MasteryMethod.LATEST).estimate([early, late])
    by_due = MasteryPolicy(
        method=MasteryMethod.LATEST, order_by=EvidenceDate.DUE
    ).estimate([early, late])
    assert by_assessed.value == 1.0
    assert by_due.value == 4.0


def test_ties_keep_the_order_given() -> None:
    """Evidence on the same day keeps the order it was given in (a stable sort)."""
    first, second = rows(1, 4)
    second = attrs.evolve(second, assessed_on=first.assessed_on)
    policy = MasteryPolicy(method=MasteryMethod.LATEST)
    assert policy.estimate([first, second]).value == 4.0
    assert policy.estimate([second, first]).value == 1.0


def test_retakes() -> None:
    """A retake replaces the first attempt (latest) or the better attempt stays."""
    first, retake, other = rows(3, 2, 4)
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
    assert policy.estimate(rows(2.675)).value == 2.68
    assert attrs.evolve(policy, decimals=0).estimate(rows(2.5)).value == 3.0
    assert attrs.evolve(policy, decimals=None).estimate(rows(2.675)).value == 2.675


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
    """Every value rounds as Decimal's ROUND_HALF_UP on its digits, sign of 0 kept.

    The fast path (floor, then divide) and the slow one (Decimal at a tie) must
    both agree with the contract; the second strategy makes ties such as 2.675.
    """
    policy = MasteryPolicy(method=MasteryMethod.LATEST, decimals=decimals, clamp=False)
    rounded, _ = policy._judge()(value, 1)
    assert repr(rounded) == repr(_half_up(value, decimals))


def test_clamping_to_the_scale() -> None:
    """The power law can predict beyond the scale; the policy clamps unless told not to."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW_NEXT)
    estimate = policy.estimate(rows(1, 2, 3, 4))
    assert estimate.value == 4.0
    assert estimate.raw == pytest.approx(5.0)
    assert "Clamped to the scale" in estimate.trace
    assert attrs.evolve(policy, clamp=False).estimate(rows(1, 2, 3, 4)).value == 5.0


def test_bands_and_cut_overrides() -> None:
    """The scale's cuts band by default; a policy's own cuts replace them."""
    assert MasteryPolicy().estimate(rows(2.5)).band is Band.NEAR
    strict = MasteryPolicy(cuts=sa.BandCuts(mastered=3.5, near=3.0))
    assert strict.estimate(rows(3.2)).band is Band.NEAR
    assert strict.estimate(rows(2.9)).band is Band.NOT_YET


def test_insufficient_evidence() -> None:
    """Fewer scores than the minimum, or none, is insufficient evidence."""
    policy = MasteryPolicy(minimum_count=3)
    short = policy.estimate(rows(4, 4))
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
    estimate = MasteryPolicy(method=MasteryMethod.N_MASTERY).estimate(rows(3, 1, 4))
    assert estimate.value is None
    assert estimate.band is Band.NOT_YET
    assert "2 of the 5 scores needed at or above 3" in estimate.trace


def test_canvas_example_through_a_policy() -> None:
    """Canvas's 1,4,2,3,5,3,6: n-mastery 4.2 and average 3.43 on its default scale."""
    canvas = MasteryPolicy(scale=sa.CANVAS_DEFAULT)
    scores = rows(1, 4, 2, 3, 5, 3, 6)
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
    estimate = policy.estimate(rows(3, 4, 2, 3))
    assert estimate.value == 0.9688
    assert estimate.band is Band.MASTERED
    assert "P(known) starts at the prior 0.3" in estimate.trace


def test_estimate_refuses_mixed_groups_and_junk() -> None:
    """Evidence for two students, or something that is not evidence, is refused."""
    with pytest.raises(InvalidDataError, match=r"evidence\[1\]: must be for student"):
        MasteryPolicy().estimate([*rows(3), *rows(2, student="ben")])
    with pytest.raises(InvalidDataError, match=r"evidence\[0\]: must be an Evidence"):
        MasteryPolicy().estimate([3])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"evidence: must be a list"):
        MasteryPolicy().estimate(5)  # type: ignore[arg-type]


def test_power_law_zero_without_floor() -> None:
    """The power law on a score of 0 with no floor says which group and score."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    with pytest.raises(InvalidDataError, match=r"scores\[0\]: must be greater than 0"):
        policy.estimate(rows(0, 2))
    assert attrs.evolve(policy, floor=0.5).estimate(rows(0, 2)).value is not None


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
        "cuts.mastered",
        "minimum_count",
        "kinds[1]",
        "decimals",
    ]
    with pytest.raises(InvalidDataError, match=r"slip: must be strictly between"):
        BktParameters(slip=1)
    with pytest.raises(InvalidDataError, match=r"cuts.mastered: must be at most 1"):
        MasteryPolicy(method=MasteryMethod.BKT, cuts=sa.BandCuts(mastered=3, near=2))


def test_update_refuses_another_group() -> None:
    """An update with another student's evidence is refused."""
    estimate = MasteryPolicy().estimate(rows(3))
    with pytest.raises(InvalidDataError, match=r"new_evidence: must be for student"):
        estimate.update(rows(3, student="ben")[0])
    with pytest.raises(InvalidDataError, match=r"new_evidence: must be an Evidence"):
        estimate.update(3)  # type: ignore[arg-type]


def test_update_ignores_evidence_that_does_not_count() -> None:
    """A self-rating does not change the estimate."""
    estimate = MasteryPolicy().estimate(rows(3))
    rating = attrs.evolve(rows(1)[0], kind=EvidenceKind.SELF)
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
    items = rows(*scores)
    estimate = policy.estimate(items[:1])
    for item in items[1:]:
        estimate = estimate.update(item)
    assert estimate == policy.estimate(items)


@given(data=st.data())
def test_rollup_equals_estimate_per_group(data: st.DataObject) -> None:
    """Rollup gives, for every (student, standard), what estimate gives its rows."""
    policy = usable(data.draw(policies()))
    groups = data.draw(st.lists(group_evidence(policy.scale, 4), max_size=4))
    table = [item for group in groups for item in group]
    table = data.draw(st.permutations(table))
    result = rollup(table, policy)
    assert set(result) == {(item.student, item.standard) for item in table}
    for (student, standard), estimate in result.items():
        mine = [
            item
            for item in table
            if (item.student, item.standard) == (student, standard)
        ]
        expected = policy.estimate(mine)
        assert estimate == expected
        # == takes 0.0 for -0.0: the sign of a zero must match too.
        assert repr((estimate.value, estimate.raw)) == repr(
            (expected.value, expected.raw)
        )


@given(
    data=st.data(),
    attempt=st.none() | st.integers(min_value=1, max_value=3),
    retakes=st.sampled_from(Retakes),
)
def test_rollup_orders_ties_like_estimate(
    data: st.DataObject, attempt: int | None, retakes: Retakes
) -> None:
    """Scores on the same day keep the attempt order, then the order given.

    Rollup sorts by the day alone when every row has the same attempt number
    (*attempt*), and by day and attempt otherwise (``None``: attempts from 1 to 3).
    """
    policy = MasteryPolicy(method=MasteryMethod.LATEST, retakes=retakes)
    table = [
        Evidence(
            student=data.draw(st.sampled_from(["ana", "ben"])),
            standard="nf1",
            score=data.draw(st.integers(1, 4)),
            assessed_on=data.draw(st.sampled_from([START, START + timedelta(days=1)])),
            attempt=attempt or data.draw(st.integers(1, 3)),
            source=data.draw(st.none() | st.just("quiz")),
        )
        for _ in range(data.draw(st.integers(0, 8)))
    ]
    result = rollup(table, policy)
    for (student, _), estimate in result.items():
        mine = [item for item in table if item.student == student]
        assert estimate == policy.estimate(mine)


def test_rollup_is_a_read_only_mapping() -> None:
    """Rollup's result reads like a dict of estimates, and compares equal to one."""
    table = [*rows(2, 4), *rows(3, student="ben"), *rows(1, standard="nf2")]
    result = rollup(table)
    policy = MasteryPolicy()
    expected = {
        ("ana", "nf1"): policy.estimate(table[:2]),
        ("ben", "nf1"): policy.estimate(table[2:3]),
        ("ana", "nf2"): policy.estimate(table[3:]),
    }
    assert result == expected
    assert dict(result) == expected
    assert list(result.values()) == [result[key] for key in result]
    assert list(result.items()) == [(key, result[key]) for key in result]
    assert len(result.values()) == len(result.items()) == 3
    assert expected["ben", "nf1"] in result.values()
    assert (("ben", "nf1"), expected["ben", "nf1"]) in result.items()
    assert list(result) == [("ana", "nf1"), ("ana", "nf2"), ("ben", "nf1")]
    assert len(result) == 3
    assert ("ben", "nf1") in result
    assert ("ben", "nf2") not in result
    assert result.get(("ben", "nf2")) is None
    assert result["ana", "nf1"].evidence == tuple(table[:2])
    assert result["ana", "nf1"].trace == expected["ana", "nf1"].trace
    assert repr(result) == "<rollup: 3 estimates>"
    assert repr(rollup(table[:1])) == "<rollup: 1 estimate>"
    assert rollup([]) == {}
    assert "ana" not in result  # type: ignore[comparison-overlap]
    assert ("ana", "nf1", "x") not in result  # type: ignore[comparison-overlap]

    class Key(NamedTuple):
        student: str
        standard: str

    assert result[Key("ana", "nf1")] == expected["ana", "nf1"]
    for missing in [("ben", "nf2"), ("cy", "nf1"), ("ana",), "ana"]:
        with pytest.raises(KeyError):
            result[missing]  # type: ignore[index]
    with pytest.raises(TypeError):
        result["ana", "nf1"] = expected["ana", "nf1"]  # type: ignore[index]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_rollup_survives_pickling_and_copying(protocol: int) -> None:
    """A roll-up pickles under every protocol (a worker process can return one)."""
    table = [*rows(2, 4), *rows(3, student="ben"), *rows(1, standard="nf2")]
    result = rollup(table)
    for again in [
        pickle.loads(pickle.dumps(result, protocol)),
        copy.copy(result),
        copy.deepcopy(result),
    ]:
        assert type(again) is type(result)
        assert again == result
        assert list(again) == list(result)
        assert again["ana", "nf1"].trace == result["ana", "nf1"].trace


def test_estimates_built_for_speed_equal_checked_ones() -> None:
    """Estimates built without checks have every field, as the checked class does."""
    estimate = rollup(rows(2, 4))["ana", "nf1"]
    fields = {
        field.name: getattr(estimate, field.name)
        for field in attrs.fields(MasteryEstimate)
    }
    assert MasteryEstimate(**fields) == estimate


def test_rollup_says_which_group_fails() -> None:
    """An error in one group names the group."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    table = [*rows(2, 3), *rows(0, 2, student="ben")]
    with pytest.raises(
        InvalidDataError, match=r"evidence\['ben', 'nf1'\]\.scores\[0\]: must be"
    ):
        rollup(table, policy)


@pytest.mark.parametrize("few_first", [True, False])
def test_rollup_bands_a_repeated_value_by_its_own_count(few_first: bool) -> None:
    """Equal raw values either side of the minimum count get bands of their own."""
    policy = MasteryPolicy(minimum_count=3)
    few, enough = rows(3, student="ben"), rows(3, 3, 3)
    result = rollup([*few, *enough] if few_first else [*enough, *few], policy)
    assert result["ben", "nf1"].band is Band.INSUFFICIENT_EVIDENCE
    assert result["ana", "nf1"].band is Band.MASTERED
    assert result["ben", "nf1"].value == result["ana", "nf1"].value == 3.0


def test_rollup_writes_every_zero_as_zero() -> None:
    """0.0 and -0.0 are equal, so a value is never -0.0: it would dump differently."""
    policy = MasteryPolicy(scale=sa.CANVAS_DEFAULT)
    table = [*rows(-0.0), *rows(0.0, student="ben"), *rows(-0.0, student="cy")]
    values = [repr(e.value) for e in rollup(table, policy).values()]
    assert values == ["0.0", "0.0", "0.0"]
    assert values == [repr(policy.estimate([item]).value) for item in table]


def test_rollup_past_its_memory_of_judged_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once it remembers as many raw values as it may, rollup judges the rest anew."""
    judged: list[float | None] = []
    judge_for = MasteryPolicy._judge

    def recording(policy: MasteryPolicy) -> Callable[..., tuple[float | None, Band]]:
        judge = judge_for(policy)

        def recorded(raw: float | None, count: int) -> tuple[float | None, Band]:
            judged.append(raw)
            return judge(raw, count)

        return recorded

    monkeypatch.setattr(MasteryPolicy, "_judge", recording)
    monkeypatch.setattr(_policy, "_MAX_JUDGED", 1)
    table = [
        *rows(2, 4),
        *rows(3, student="ben"),
        *rows(2, 4, student="cy"),
        *rows(3, student="di"),
        *rows(1, student="ed"),
    ]
    result = rollup(table)
    # ana's 3.3 is remembered and serves cy; ben's 3.0 is not, so di's is judged too.
    assert [round(raw, 2) for raw in judged if raw is not None] == [3.3, 3.0, 3.0, 1.0]
    assert [e.value for e in result.values()] == [3.3, 3.0, 3.3, 3.0, 1.0]
    assert result == {
        (s, "nf1"): MasteryPolicy().estimate(r for r in table if r.student == s)
        for s in ("ana", "ben", "cy", "di", "ed")
    }


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


def test_rollup_defaults_and_errors() -> None:
    """Rollup uses the default policy, keeps empty groups, refuses junk rows."""
    table = [*rows(2, 4), *rows(3, student="ben"), *rows(4, student="cy")]
    table[-1] = attrs.evolve(table[-1], excused=True)
    result = rollup(table)
    assert result["ana", "nf1"].value == 3.3
    assert result["cy", "nf1"].band is Band.INSUFFICIENT_EVIDENCE
    assert list(result) == [("ana", "nf1"), ("ben", "nf1"), ("cy", "nf1")]
    with pytest.raises(InvalidDataError, match=r"evidence\[1\]: must be an Evidence"):
        rollup([table[0], "row"])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"policy: must be a MasteryPolicy"):
        rollup(table, "fast")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"evidence: must be a list"):
        rollup(None)  # type: ignore[arg-type]


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
    assert policy.counts(rows(3)[0])
    assert not policy.counts(attrs.evolve(rows(3)[0], excused=True))
    with pytest.raises(InvalidDataError, match=r"item: must be an Evidence"):
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
    outcome = _outcome(policy, rows(*scores))
    if isinstance(outcome, InvalidDataError):
        assert outcome.problems
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
