"""The trace: how an estimate's value was reached, in plain words.

Written from the stored evidence only when someone asks for it (never for the
groups of a roll-up): which scores counted, in what order, the arithmetic of the
method one line a step, then the clamping, the rounding and the band. Each method's
step writer takes the policy's parameters the method reads (as its kernel does),
then the scores and the kernel's value; the table of methods says which writer is
whose. Numbers are written as everywhere in the library (`selfassess._words`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from selfassess._numbers import mean_of
from selfassess._scales import Band
from selfassess._validate import shown
from selfassess._words import number, percent
from selfassess.mastery import _kernels

if TYPE_CHECKING:
    from selfassess._evidence import Evidence
    from selfassess.mastery._estimate import MasteryEstimate
    from selfassess.mastery._methods import Method
    from selfassess.mastery._policy import BktParameters, MasteryPolicy

__all__ = ["explain"]


def _sum(scores: Sequence[float]) -> str:
    return " + ".join(number(score) for score in scores)


# The step writers, one for each method or family of methods. The value they are
# given is the kernel's, never None: the trace says "no value yet" from the scores
# for the rules that wait.


def average_steps(scores: Sequence[float], raw: float | None) -> list[str]:
    """The sum and the division."""
    return [f"({_sum(scores)}) / {len(scores)} = {number(_value(raw))}"]


def latest_steps(scores: Sequence[float], raw: float | None) -> list[str]:
    """The most recent score."""
    return [f"The most recent score is {number(_value(raw))}."]


def highest_steps(scores: Sequence[float], raw: float | None) -> list[str]:
    """The highest score."""
    return [f"The highest score is {number(_value(raw))}."]


def mode_steps(scores: Sequence[float], raw: float | None) -> list[str]:
    """How often the most frequent scores occur, and how a tie was broken."""
    counts: dict[float, int] = {}
    for score in scores:
        counts[score] = counts.get(score, 0) + 1
    most = max(counts.values())
    tied = sorted(score for score, count in counts.items() if count == most)
    times = "time" if most == 1 else "times"
    if len(tied) == 1:
        return [
            f"{number(_value(raw))} occurs {most} {times}, more than any other score."
        ]
    names = ", ".join(number(score) for score in tied)
    return [
        f"{names} each occur {most} {times}; the tie goes to the most recent of "
        f"them, {number(_value(raw))}."
    ]


def median_steps(scores: Sequence[float], raw: float | None) -> list[str]:
    """The scores in order of size, and the middle."""
    ordered = ", ".join(number(score) for score in sorted(scores))
    return [f"In order of size: {ordered}; the median is {number(_value(raw))}."]


def recent_steps(n: int, scores: Sequence[float], raw: float | None) -> list[str]:
    """The most recent scores, summed and divided."""
    recent = scores[-n:]
    return [
        f"The {len(recent)} most recent: ({_sum(recent)}) / {len(recent)} = "
        f"{number(_value(raw))}"
    ]


def decaying_steps(
    weight: float, scores: Sequence[float], raw: float | None
) -> list[str]:
    """Each new score's share against the running value's, one line a score."""
    running = scores[0]
    steps = [f"The first score {number(running)} starts the running value."]
    for score in scores[1:]:
        new = _kernels._decaying_step(weight, running, score)
        steps.append(
            f"{percent(weight)} of the newest score {number(score)} + "
            f"{percent(1 - weight)} of the running value {number(running)} = "
            f"{number(new)}"
        )
        running = new
    return steps


def weighted_steps(
    weight: float, scores: Sequence[float], raw: float | None
) -> list[str]:
    """The last score's share against the mean of the earlier ones."""
    if len(scores) == 1:
        return [f"One score: {number(scores[0])}."]
    return [
        f"{percent(weight)} of the last score {number(scores[-1])} + "
        f"{percent(1 - weight)} of the mean of the earlier scores "
        f"{number(mean_of(scores[:-1]))} = {number(_value(raw))}"
    ]


def n_mastery_steps(
    n: int, threshold: float, scores: Sequence[float], raw: float | None
) -> list[str]:
    """How many scores reached the threshold, and their mean once there are enough."""
    met = [score for score in scores if score >= threshold]
    if raw is None:
        return [
            f"{len(met)} of the {n} scores needed at or above {number(threshold)}: "
            "no value yet."
        ]
    return [
        f"Scores at or above {number(threshold)}: {len(met)} (at least {n} needed): "
        f"({_sum(met)}) / {len(met)} = {number(raw)}"
    ]


def streak_steps(
    n: int, threshold: float, scores: Sequence[float], raw: float | None
) -> list[str]:
    """The latest run at the threshold, or that there is none yet."""
    if raw is None:
        return [
            f"No {n} scores in a row at or above {number(threshold)} yet: no value."
        ]
    return [
        f"The latest {n} scores in a row at or above {number(threshold)} average "
        f"{number(raw)}."
    ]


def power_steps(
    at: str, floor: float | None, scores: Sequence[float], raw: float | None
) -> list[str]:
    """The fit, and the fitted curve at the last or the next attempt."""
    if len(scores) == 1:
        return [f"One score: {number(scores[0])}."]
    k = len(scores)
    attempt = k if at == "last" else k + 1
    raised = ""
    if floor is not None:
        raised = f", scores below {number(floor)} raised to it"
    return [
        f"Least-squares fit of ln(score) on ln(attempt) over attempts 1 to {k}"
        f"{raised}; the fitted curve at attempt {attempt} is {number(_value(raw))}."
    ]


def bkt_steps(
    bkt: BktParameters, threshold: float, scores: Sequence[float], raw: float | None
) -> list[str]:
    """P(known) from the prior, one line a score."""
    known = bkt.prior
    steps = [
        f"P(known) starts at the prior {number(known, 4)} "
        f"(learn {number(bkt.learn, 4)}, guess {number(bkt.guess, 4)}, "
        f"slip {number(bkt.slip, 4)}, forget {number(bkt.forget, 4)})."
    ]
    for score in scores:
        after = _kernels._bkt_scores(known, bkt, threshold, (score,))
        where = "at or above" if score >= threshold else "below"
        steps.append(
            f"Score {number(score)} is {where} {number(threshold)}: "
            f"P(known) {number(known, 4)} -> {number(after, 4)}"
        )
        known = after
    return steps


def _ties(policy: MasteryPolicy) -> str:
    """How scores of one date are ordered, in words (`MasteryPolicy.order_by`)."""
    # By the value: this module cannot import the policy's, which imports it.
    assessed = "" if policy.order_by.value == "assessed" else "the assessed date, "
    return (
        f"Scores on the same date are in order of {assessed}the time assessed "
        "(scores without one first), the sequence number (likewise), the attempt, "
        "the kind (pre-assessment, formative, summative, quick check, observation, "
        "self, peer, teacher), then the score (lowest first)."
    )


def _placed(policy: MasteryPolicy, item: Evidence) -> str:
    """A score and its place in time: the date, and the moment and sequence if any.

    ``3 (2026-09-01 09:30:00+00:00, sequence 4)``; for another date than the
    assessed one, the moment is written whole: ``3 (2026-09-20, assessed
    2026-09-01 09:30:00+00:00)``.
    """
    day = policy._date(item)
    placed = f"{number(cast(float, item.score))} ({day.isoformat()}"  # counted: scored
    moment = item.assessed_at
    if moment is not None:
        if day == moment.date():
            placed += f" {moment.timetz().isoformat()}"
        else:
            placed += f", assessed {moment.isoformat(sep=' ')}"
    if item.sequence is not None:
        placed += f", sequence {item.sequence}"
    return placed + ")"


def _value(raw: float | None) -> float:
    """The kernel's value, which the methods that never wait always have."""
    assert raw is not None  # for mypy: these methods give a value for any scores
    return raw


def explain(estimate: MasteryEstimate, method: Method) -> str:
    """Write an estimate's trace: the method, the scores, each step, the band.

    Args:
        estimate: The estimate.
        method: The entry of its policy's method in the table of methods.

    Returns:
        The trace, one line a step.
    """
    policy, evidence = estimate.policy, estimate.evidence
    name = method.name
    if "weight" in method.parameters:
        name += f" (weight {number(policy.weight)})"
    lines = [f"{name}."]
    if not evidence:
        lines.append("No evidence counted: insufficient evidence.")
        return "\n".join(lines)
    dates = ", ".join(_placed(policy, item) for item in evidence)
    lines.append(
        f"{len(evidence)} score{'s' if len(evidence) != 1 else ''} counted, in order "
        f"of the {policy.order_by.value} date: {dates}."
    )
    if len({policy._date(item) for item in evidence}) < len(evidence):
        lines.append(_ties(policy))
    scores = [item.score for item in evidence]
    arguments = method.arguments(policy)
    # From the scores, as the steps are, whatever value the estimate was given.
    lines += method.steps(*arguments, scores, method.kernel(*arguments, scores))
    lines += _judgement(estimate, method)
    return "\n".join(lines)


def _judgement(estimate: MasteryEstimate, method: Method) -> list[str]:
    """The clamping, the rounding and the band, in words."""
    policy, raw, value = estimate.policy, estimate.raw, estimate.value
    confirmed = _confirmation(estimate) if estimate.band is Band.MASTERED else None
    if confirmed is not None:
        value = confirmed[1]  # the rounding gave this; the rule raised it
    lines = []
    if raw is not None and value is not None:
        if policy.clamp and not method.probability:
            low, high = policy.scale.minimum, policy.scale.maximum
            clamped = min(max(raw, low), high)
            if clamped != raw:
                lines.append(
                    f"Clamped to the scale, {number(low)} to {number(high)}: "
                    f"{number(clamped, 4)}."
                )
        if policy.decimals is not None:
            lines.append(
                f"Rounded half up to {policy.decimals} decimals: {shown(value)}."
            )
    lines += _band(estimate, value, confirmed)
    return lines


def _band(
    estimate: MasteryEstimate, value: float | None, confirmed: tuple[str, float] | None
) -> list[str]:
    """The band, in words, and what a latest quick check did to it."""
    policy, lines = estimate.policy, []
    cuts = policy.band_cuts
    band = estimate.band
    if band is Band.INSUFFICIENT_EVIDENCE:
        lines.append(
            f"Band: insufficient evidence ({estimate.count} of the "
            f"{policy.minimum_count} scores needed)."
        )
    elif band is Band.MASTERED:
        if confirmed is None:
            lines.append(f"Band: mastered (at or above {number(cuts.mastered)}).")
        else:
            lines.append(confirmed[0])
    elif band is Band.NEAR:
        lines.append(
            f"Band: near mastery (from {number(cuts.near)}, below {number(cuts.mastered)})."
        )
    elif value is None:
        lines.append("Band: not yet (the rule has no value yet).")
    else:
        lines.append(f"Band: not yet (below {number(cuts.near)}).")
    if band in (Band.NEAR, Band.NOT_YET):  # before the band: the trace ends with it
        lines[:0] = _unconfirmed(estimate)
    return lines


def _unconfirmed(estimate: MasteryEstimate) -> list[str]:
    """Why a latest quick check did not confirm mastery, if it is one; else nothing."""
    from selfassess._evidence import EvidenceKind  # noqa: PLC0415
    from selfassess.mastery._estimate import value_before  # noqa: PLC0415

    policy = estimate.policy
    if not estimate.evidence:
        return []
    last = estimate.evidence[-1]
    if last.kind is not EvidenceKind.QUICK_CHECK:
        return []
    score, passing = cast(float, last.score), policy.quick_check_pass
    if not policy.confirm_with_quick_check:
        return [
            "The latest score is a quick check; it confirms mastery only with the "
            "rule confirm_with_quick_check, which is off."
        ]
    if score < passing:
        return [
            f"The latest score, a quick check of {number(score)}, is below "
            f"{number(passing)}: it does not confirm mastery."
        ]
    before = value_before(policy, list(estimate.evidence))
    start = policy.quick_check_from
    if before is None:
        return [
            f"The latest score, a quick check of {number(score)}, is at or above "
            f"{number(passing)}, but there is no value before it to confirm: it "
            "does not confirm mastery."
        ]
    return [
        f"The latest score, a quick check of {number(score)}, is at or above "
        f"{number(passing)}, but the value before it was {number(before)}, below "
        f"the quick-check cut {number(start)}: it does not confirm mastery."
    ]


def _confirmation(estimate: MasteryEstimate) -> tuple[str, float] | None:
    """The words of a quick check's confirmation, and the value it raised.

    ``None`` when the value alone gives the band (or the rule is off).
    """
    # Here rather than at the top: the estimate's module imports this one.
    from selfassess.mastery._estimate import judge, value_before  # noqa: PLC0415

    policy = estimate.policy
    if not policy.confirm_with_quick_check or not estimate.evidence:
        return None
    counted = list(estimate.evidence)
    value, band = judge(policy)(estimate.raw, len(counted))
    if band is Band.MASTERED or value is None:
        return None
    before = value_before(policy, counted)
    last = counted[-1]
    mastered = policy.band_cuts.mastered
    start = policy.quick_check_from
    line = (
        "Band: mastered, confirmed by a quick check (the rule "
        "confirm_with_quick_check): the latest score, a quick check on "
        f"{policy._date(last).isoformat()}, is {number(cast(float, last.score))}, at "
        f"or above {number(policy.quick_check_pass)}; the value before it, "
        f"{number(_value(before))}, was within {number(mastered - start)} of the "
        f"mastery cut (from {number(start)}); so the value {number(value)} is "
        f"raised to the cut, {number(mastered)}."
    )
    return line, value
