"""selfassess.mastery methods: a policy computes each one as its public kernel does."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import EvidenceKind
from selfassess.errors import InvalidDataError
from selfassess.mastery import (
    MasteryMethod,
    MasteryPolicy,
    average,
    bkt_posterior,
    decaying_average,
    highest,
    latest,
    median,
    mode,
    n_mastery,
    power_law,
    recent_average,
    streak,
    weighted_average,
)
from strategies_mastery import policies, weekly

Kernel = Callable[[MasteryPolicy, list[float]], float | None]

PUBLIC_KERNELS: dict[MasteryMethod, Kernel] = {
    MasteryMethod.AVERAGE: lambda policy, scores: average(scores),
    MasteryMethod.LATEST: lambda policy, scores: latest(scores),
    MasteryMethod.HIGHEST: lambda policy, scores: highest(scores),
    MasteryMethod.MODE: lambda policy, scores: mode(scores),
    MasteryMethod.MEDIAN: lambda policy, scores: median(scores),
    MasteryMethod.RECENT_AVERAGE: lambda policy, scores: recent_average(
        scores, n=policy.count_parameter
    ),
    MasteryMethod.DECAYING_AVERAGE: lambda policy, scores: decaying_average(
        scores, weight=policy.weight
    ),
    MasteryMethod.WEIGHTED_AVERAGE: lambda policy, scores: weighted_average(
        scores, weight=policy.weight
    ),
    MasteryMethod.N_MASTERY: lambda policy, scores: n_mastery(
        scores, n=policy.count_parameter, threshold=policy.mastery_threshold
    ),
    MasteryMethod.STREAK: lambda policy, scores: streak(
        scores, n=policy.count_parameter, threshold=policy.mastery_threshold
    ),
    MasteryMethod.POWER_LAW: lambda policy, scores: power_law(
        scores, at="last", floor=policy.floor
    ),
    MasteryMethod.POWER_LAW_NEXT: lambda policy, scores: power_law(
        scores, at="next", floor=policy.floor
    ),
    MasteryMethod.BKT: lambda policy, scores: bkt_posterior(
        [score >= policy.mastery_threshold for score in scores],
        prior=policy.bkt.prior,
        learn=policy.bkt.learn,
        guess=policy.bkt.guess,
        slip=policy.bkt.slip,
        forget=policy.bkt.forget,
    ),
}
"""Each method as the public kernel it names, given the policy's parameters."""


def test_every_method_is_checked_against_a_public_kernel() -> None:
    """No method of the enum is missing from the comparison below."""
    assert set(PUBLIC_KERNELS) == set(MasteryMethod)


@pytest.mark.parametrize("method", list(MasteryMethod), ids=lambda m: m.value)
@given(data=st.data())
def test_policy_raw_value_is_the_public_kernel(
    method: MasteryMethod, data: st.DataObject
) -> None:
    """A policy's raw value is its method's public kernel on the same scores.

    Whatever the policy's weight, n, threshold, floor and BKT parameters, each
    passed to the kernel as the policy reads it; exactly, to the last bit. Where
    the kernel refuses the scores (the power law on a score at or below 0 with no
    floor), the policy refuses them too, naming the same score within the group.
    """
    policy = attrs.evolve(
        data.draw(policies()),
        method=method,
        cuts=None,
        kinds=[EvidenceKind.FORMATIVE],
        quick_check_within=None,  # a margin drawn for another method may not fit
    )
    scale = policy.scale
    scores = data.draw(
        st.lists(
            st.floats(min_value=scale.minimum, max_value=scale.maximum), max_size=9
        )
    )
    expected = _value_or_error(lambda: PUBLIC_KERNELS[method](policy, scores))
    found = _value_or_error(lambda: policy.estimate(weekly(*scores)).raw)
    if isinstance(expected, InvalidDataError):
        assert isinstance(found, InvalidDataError)
        assert [problem.path for problem in found.problems] == [
            f"evidence['ana', 'nf1'].{problem.path}" for problem in expected.problems
        ]
    else:
        assert found == expected


def _value_or_error(
    compute: Callable[[], float | None],
) -> float | InvalidDataError | None:
    """The value computed, or the InvalidDataError raised instead; nothing else."""
    try:
        return compute()
    except InvalidDataError as error:
        return error
