"""Hypothesis strategies for the public types of selfassess.mastery."""

from __future__ import annotations

import enum
from typing import Any

import attrs
from hypothesis import strategies as st

import selfassess as sa
from selfassess import mastery as m

from strategies import days, evidence, identifiers, scales

__all__ = ["STRATEGIES", "group_evidence", "policies"]

unit = st.floats(min_value=0, max_value=1, allow_nan=False)
open_unit = st.floats(min_value=0.01, max_value=0.99, allow_nan=False)

bkt_parameters = st.builds(
    m.BktParameters,
    prior=unit,
    learn=unit,
    guess=open_unit,
    slip=open_unit,
    forget=unit,
)


@st.composite
def policies(
    draw: st.DrawFn, scale: st.SearchStrategy[sa.Scale] | None = None
) -> m.MasteryPolicy:
    """Valid policies: any method, cuts within the scale (or 0 to 1 for BKT)."""
    chosen = draw(scale if scale is not None else (st.just(sa.FOUR_POINT) | scales()))
    method = draw(st.sampled_from(m.MasteryMethod))
    low, high = (
        (0.0, 1.0)
        if method is m.MasteryMethod.BKT
        else (
            chosen.minimum,
            chosen.maximum,
        )
    )
    cuts = None
    if draw(st.booleans()):
        near, mastered = sorted(
            draw(st.floats(min_value=low, max_value=high, allow_nan=False))
            for _ in range(2)
        )
        cuts = sa.BandCuts(near=near, mastered=mastered)
    return m.MasteryPolicy(
        method=method,
        weight=draw(unit),
        n=draw(st.none() | st.integers(min_value=1, max_value=6)),
        threshold=draw(
            st.none() | st.floats(min_value=chosen.minimum, max_value=chosen.maximum)
        ),
        floor=draw(st.none() | st.floats(min_value=0.01, max_value=10)),
        bkt=draw(bkt_parameters),
        scale=chosen,
        cuts=cuts,
        minimum_count=draw(st.integers(min_value=1, max_value=4)),
        kinds=draw(
            st.lists(st.sampled_from(sa.EvidenceKind), unique=True, max_size=8)
            | st.just(list(m.MasteryPolicy().kinds))
        ),
        order_by=draw(st.sampled_from(m.EvidenceDate)),
        retakes=draw(st.sampled_from(m.Retakes)),
        decimals=draw(st.none() | st.integers(min_value=0, max_value=4)),
        clamp=draw(st.booleans()),
    )


@st.composite
def group_evidence(
    draw: st.DrawFn, scale: sa.Scale | None = None, max_size: int = 8
) -> list[sa.Evidence]:
    """Evidence rows for one student on one standard, scores within *scale*."""
    student, standard = draw(identifiers), draw(identifiers)
    rows = draw(st.lists(evidence, max_size=max_size))
    built = []
    for row in rows:
        score = row.score
        if scale is not None:
            score = draw(st.floats(min_value=scale.minimum, max_value=scale.maximum))
        built.append(
            attrs.evolve(
                row,
                student=student,
                standard=standard,
                score=score,
                source=draw(st.none() | st.sampled_from(["quiz-1", "quiz-2"])),
                assessed_on=draw(days),
            )
        )
    return built


def usable(policy: m.MasteryPolicy) -> m.MasteryPolicy:
    """The policy with a floor for the power law, so any score can be fitted."""
    if policy.floor is None and policy.method in (
        m.MasteryMethod.POWER_LAW,
        m.MasteryMethod.POWER_LAW_NEXT,
    ):
        return attrs.evolve(policy, floor=0.5)
    return policy


@st.composite
def estimates(draw: st.DrawFn) -> m.MasteryEstimate:
    """Estimates as a policy makes them from one group's evidence."""
    policy = usable(draw(policies()))
    return policy.estimate(draw(group_evidence(policy.scale)))


def _enum(kind: type[enum.Enum]) -> st.SearchStrategy[Any]:
    return st.sampled_from(kind)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    m.BktParameters: bkt_parameters,
    m.EvidenceDate: _enum(m.EvidenceDate),
    m.MasteryEstimate: estimates(),
    m.MasteryMethod: _enum(m.MasteryMethod),
    m.MasteryPolicy: policies(),
    m.Retakes: _enum(m.Retakes),
}
"""The strategy for each public type of selfassess.mastery."""
