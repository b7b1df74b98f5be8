"""An estimate of one student's mastery of one standard, and how a policy makes one.

A policy makes an estimate in five steps: it keeps the evidence that counts, orders
it by the chosen date (ties: the rule of `MasteryPolicy.order_by`, which never
depends on the order the evidence was given in), applies the retake rule, runs the
method's kernel on the scores, then clamps and rounds the value and bands it.
`MasteryPolicy.estimate`, `MasteryEstimate.update` and `rollup` all take these
steps through the functions here, so they agree by construction. Each function
looks up once what does not depend on the group (the kinds, the sort key, the
kernel and its parameters, the cuts), because a roll-up calls the result once for
each of possibly hundreds of thousands of groups.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from functools import partial
from typing import cast

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._numbers import round_half_up
from selfassess._repr import short_repr_of
from selfassess._scales import Band
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import InvalidDataError
from selfassess.mastery._methods import METHODS
from selfassess.mastery._policy import MasteryPolicy, Retakes
from selfassess.mastery._trace import explain

__all__ = ["MasteryEstimate"]


@attrs.frozen(kw_only=True)
class MasteryEstimate:
    """One student's mastery of one standard: the value, its band, and how it came.

    Attributes:
        student: The student's id; ``None`` when estimated from no evidence.
        standard: The standard's id; ``None`` when estimated from no evidence.
        value: The value on the policy's scale, rounded and clamped as the policy
            says (for BKT, the probability the standard is known); ``None`` when
            there is no evidence or the rule waits for more (n-mastery, streak).
        band: Mastered, near, not yet, or insufficient evidence.
        raw: The kernel's value before clamping and rounding: the running value an
            update continues from.
        policy: The policy that made the estimate.
        evidence: The evidence that counted, in the order the rule read it.

    Raises:
        InvalidDataError: If a field has the wrong type.
    """

    __repr__ = short_repr_of("student", "standard", "value", "band", "count")

    student: str | None
    standard: str | None
    value: float | None = number_field(optional=True)
    band: Band
    raw: float | None = number_field(optional=True)
    policy: MasteryPolicy
    evidence: tuple[Evidence, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.optional_identifier("student", self.student)
        check.optional_identifier("standard", self.standard)
        check.declared(self)
        check.member("band", self.band, Band)
        check.instance("policy", self.policy, MasteryPolicy)
        check.items(
            "evidence", self.evidence, lambda p, v: check.instance(p, v, Evidence)
        )
        check.done()

    @property
    def count(self) -> int:
        """How many scores counted."""
        return len(self.evidence)

    @property
    def scores(self) -> tuple[float, ...]:
        """The scores that counted, in the order the rule read them."""
        # Counted evidence is never excused, so always has a score.
        return tuple(cast(float, item.score) for item in self.evidence)

    @property
    def trace(self) -> str:
        """How the value was reached, in plain words.

        Which scores counted, in what order, with what weights, then the rounding
        and the band. Written when asked for, from the stored evidence.
        """
        return explain(self, METHODS[self.policy.method])

    def update(self, new_evidence: Evidence) -> MasteryEstimate:
        """Return the estimate with one more piece of evidence, as if recomputed.

        For the decaying average, the latest and highest score and BKT, when the new
        evidence comes after all the counted evidence in the policy's order (and
        is not a retake that the policy would fold), the running value continues in
        O(1) arithmetic (the stored evidence is still extended by one, a copy of
        references); otherwise the estimate is recomputed from the stored evidence.
        Either way the result equals
        ``policy.estimate(old_evidence + [new_evidence])``.

        Args:
            new_evidence: The new evidence, for the same student and standard.

        Returns:
            The new estimate (this one unchanged if the evidence does not count).

        Raises:
            InvalidDataError: If *new_evidence* is not `selfassess.Evidence`, or is
                for another student or standard.
        """
        policy = self.policy
        check = Checker(arguments=True)
        if check.instance("new_evidence", new_evidence, Evidence) and (
            self.student is not None
            and (new_evidence.student, new_evidence.standard)
            != (self.student, self.standard)
        ):
            check.add(
                "new_evidence",
                f"must be for student {shown(self.student)} and standard "
                f"{shown(self.standard)} (got {shown(new_evidence.student)}, "
                f"{shown(new_evidence.standard)})",
            )
        check.done()
        student, standard = new_evidence.student, new_evidence.standard
        if not policy.counts(new_evidence):
            if self.student is None:  # estimated from nothing: now it has a name
                return attrs.evolve(self, student=student, standard=standard)
            return self
        items = [*self.evidence, new_evidence]
        in_order = not self.evidence or policy._key(self.evidence[-1]) <= policy._key(
            new_evidence
        )
        no_retake = (
            policy.retakes is Retakes.KEEP_ALL
            or new_evidence.source is None
            or all(item.source != new_evidence.source for item in self.evidence)
        )
        method = METHODS[policy.method]
        if (
            method.resume is not None
            and in_order
            and no_retake
            and self.evidence
            and self.raw is not None
        ):
            raw = method.resume(*method.arguments(policy), self.raw, new_evidence.score)
            return finisher(policy)(student, standard, items, raw)
        return estimator(policy)(student, standard, items)


def _setter(name: str) -> Callable[[MasteryEstimate, object], None]:
    """The slot's own setter: it skips the frozen class's ``__setattr__``."""
    slot = MasteryEstimate.__dict__[name]
    setter: Callable[[MasteryEstimate, object], None] = slot.__set__
    return setter


_new = object.__new__
_set_student, _set_standard, _set_value, _set_band, _set_raw = map(
    _setter, ("student", "standard", "value", "band", "raw")
)
_set_policy, _set_evidence = _setter("policy"), _setter("evidence")


def build(
    policy: MasteryPolicy,
    student: str | None,
    standard: str | None,
    *,
    value: float | None,
    band: Band,
    raw: float | None,
    evidence: tuple[Evidence, ...],
) -> MasteryEstimate:
    """Build an estimate without checking its fields again.

    The fields come from checked evidence and a checked policy, so they are set
    directly: `rollup` builds one estimate for each group it is asked for.
    """
    result: MasteryEstimate = _new(MasteryEstimate)
    _set_student(result, student)
    _set_standard(result, standard)
    _set_value(result, value)
    _set_band(result, band)
    _set_raw(result, raw)
    _set_policy(result, policy)
    _set_evidence(result, evidence)
    return result


# The steps, as functions of a policy.

_score = operator.attrgetter("score")


def kernel_of(policy: MasteryPolicy) -> Callable[[Iterable[float]], float | None]:
    """The policy's kernel with its parameters bound: a function of the scores.

    The scores go in as they are read (a map over the evidence), never as a list
    built for the purpose; the kernels that need one build it.
    """
    method = METHODS[policy.method]
    return partial(method.kernel, *method.arguments(policy))


def judge(
    policy: MasteryPolicy,
) -> Callable[[float | None, int], tuple[float | None, Band]]:
    """The function that clamps and rounds a raw value, then bands it.

    It takes the kernel's raw value and how many scores counted, and gives the
    value and the band.
    """
    clamp = policy.clamp and not METHODS[policy.method].probability
    low, high = policy.scale.minimum, policy.scale.maximum
    decimals, minimum_count = policy.decimals, policy.minimum_count
    cuts = policy.band_cuts
    mastered, near = cuts.mastered, cuts.near
    insufficient, not_yet = Band.INSUFFICIENT_EVIDENCE, Band.NOT_YET
    near_band, mastered_band = Band.NEAR, Band.MASTERED

    def judged(raw: float | None, count: int) -> tuple[float | None, Band]:
        value = raw
        if value is not None:
            if clamp:
                value = low if value < low else high if value > high else value
            if decimals is not None:
                value = round_half_up(value, decimals)
            # A small negative value rounds to -0.0; stored as 0.0, as the model
            # stores every zero, so that it is written alike.
            value += 0.0
        if count < minimum_count:
            return value, insufficient
        if value is None or value < near:
            return value, not_yet
        return value, near_band if value < mastered else mastered_band

    return judged


Confirm = Callable[
    [list[Evidence], float | None, Band], tuple[float | None, Band] | None
]


def value_before(policy: MasteryPolicy, counted: list[Evidence]) -> float | None:
    """The value of the counted evidence but the last: what a quick check confirms.

    The method's kernel on the scores before the last one, as the rule reads
    them (retakes applied), clamped and rounded as the policy says; ``None``
    with no earlier score or no value yet.
    """
    if len(counted) < 2:  # a score before the last
        return None
    raw = kernel_of(policy)(map(_score, counted[:-1]))
    return judge(policy)(raw, len(counted) - 1)[0]


def confirmer(policy: MasteryPolicy) -> Confirm | None:
    """The rule that a passing quick check confirms mastery, or ``None`` if off.

    The function takes the counted evidence (in order), the judged value and the
    band, and gives the confirmed value and band, or ``None`` when the rule does
    not apply: the band is near or not yet, the last counted evidence is a quick
    check scored at or above `MasteryPolicy.quick_check_pass`, and the value of
    the evidence before it is at or above `MasteryPolicy.quick_check_from`. The
    band becomes mastered and the value is raised to the mastery cut.
    """
    if not policy.confirm_with_quick_check:
        return None
    passing, start = policy.quick_check_pass, policy.quick_check_from
    mastered = policy.band_cuts.mastered
    open_bands = (Band.NEAR, Band.NOT_YET)
    quick = EvidenceKind.QUICK_CHECK

    def confirm(
        counted: list[Evidence], value: float | None, band: Band
    ) -> tuple[float | None, Band] | None:
        if band not in open_bands or value is None or not counted:
            return None
        last = counted[-1]
        if last.kind is not quick or cast(float, last.score) < passing:
            return None
        before = value_before(policy, counted)
        if before is None or before < start:
            return None
        return max(value, mastered), Band.MASTERED

    return confirm


def finisher(
    policy: MasteryPolicy,
) -> Callable[[str | None, str | None, list[Evidence], float | None], MasteryEstimate]:
    """The function that judges a raw value and builds the estimate.

    A passing quick check confirms mastery as `confirmer` says.
    """
    judged = judge(policy)
    confirm = confirmer(policy)

    def finish(
        student: str | None,
        standard: str | None,
        counted: list[Evidence],
        raw: float | None,
    ) -> MasteryEstimate:
        if raw is not None:
            raw += 0.0  # -0.0 stored as 0.0, as the model stores it
        value, band = judged(raw, len(counted))
        if confirm is not None:
            confirmed = confirm(counted, value, band)
            if confirmed is not None:
                value, band = confirmed
        return build(
            policy,
            student,
            standard,
            value=value,
            band=band,
            raw=raw,
            evidence=tuple(counted),
        )

    return finish


def estimator(
    policy: MasteryPolicy,
) -> Callable[[str | None, str | None, list[Evidence]], MasteryEstimate]:
    """The function that estimates one group from all its evidence."""
    # A tuple, not a set: enum members hash in Python code, but compare by
    # identity in C.
    kinds = policy.kinds
    # The total key: one group's order. A roll-up takes faster keys that give
    # the same order (`MasteryPolicy._ordering`).
    sort_key = policy._key
    retaken = None if policy.retakes is Retakes.KEEP_ALL else policy._retaken
    kernel = kernel_of(policy)
    finish = finisher(policy)

    def estimate(
        student: str | None, standard: str | None, items: list[Evidence]
    ) -> MasteryEstimate:
        counted = [item for item in items if not item.excused and item.kind in kinds]
        counted.sort(key=sort_key)
        if retaken is not None:
            counted = retaken(counted)
        try:
            raw = kernel(map(_score, counted))
        except InvalidDataError as error:
            raise error.under(
                f"evidence[{shown(student)}, {shown(standard)}]"
            ) from None
        return finish(student, standard, counted, raw)

    return estimate
