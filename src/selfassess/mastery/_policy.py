"""Mastery policies: which evidence counts, in what order, by which rule, and the band.

A `MasteryPolicy` turns one student's evidence on one standard into a
`MasteryEstimate`: it drops excused evidence and the kinds that do not count, orders
the rest by the chosen date with a stable tie-break, applies the retake rule, runs
the kernel, rounds half up and clamps to the scale, then bands the value. `rollup`
does the same for any number of rows at once.
"""

from __future__ import annotations

import enum
import math
import operator
from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
    ValuesView,
)
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._scales import FOUR_POINT, Band, BandCuts, Scale
from selfassess._validate import Checker, shown, to_float, to_optional_float, to_tuple
from selfassess.errors import InvalidDataError
from selfassess.mastery import _kernels

__all__ = [
    "BktParameters",
    "EvidenceDate",
    "MasteryEstimate",
    "MasteryMethod",
    "MasteryPolicy",
    "Retakes",
    "rollup",
]


class MasteryMethod(enum.Enum):
    """The rule that turns a student's ordered scores on a standard into one value."""

    AVERAGE = "average"
    """The arithmetic mean (`selfassess.mastery.average`)."""
    LATEST = "latest"
    """The most recent score (`selfassess.mastery.latest`)."""
    HIGHEST = "highest"
    """The highest score (`selfassess.mastery.highest`)."""
    MODE = "mode"
    """The most frequent score, ties to the most recent (`selfassess.mastery.mode`)."""
    MEDIAN = "median"
    """The median (`selfassess.mastery.median`)."""
    RECENT_AVERAGE = "recent_average"
    """The mean of the ``n`` most recent scores (`selfassess.mastery.recent_average`)."""
    DECAYING_AVERAGE = "decaying_average"
    """The recursive decaying average, PowerSchool's and Canvas's newer method
    (`selfassess.mastery.decaying_average`)."""
    WEIGHTED_AVERAGE = "weighted_average"
    """Canvas's older "decaying average", the last score against the mean of the
    rest (`selfassess.mastery.weighted_average`)."""
    N_MASTERY = "n_mastery"
    """Canvas's "n number of times" (`selfassess.mastery.n_mastery`)."""
    STREAK = "streak"
    """At the threshold ``n`` times in a row (`selfassess.mastery.streak`)."""
    POWER_LAW = "power_law"
    """Marzano's power law at the last attempt (`selfassess.mastery.power_law`)."""
    POWER_LAW_NEXT = "power_law_next"
    """Marzano's power law predicting the next attempt."""
    BKT = "bkt"
    """Bayesian Knowledge Tracing on scores at or above the threshold as correct
    (`selfassess.mastery.bkt_posterior`); the value is a probability, 0 to 1."""


class EvidenceDate(enum.Enum):
    """Which date puts a student's evidence in order."""

    ASSESSED = "assessed"
    """The day the work was assessed (graded)."""
    DUE = "due"
    """The day the work was due; the assessed day where there is no due date."""
    SUBMITTED = "submitted"
    """The day the work was handed in; the assessed day where it is not known."""


class Retakes(enum.Enum):
    """What to do with several attempts at the same source (same ``source`` id)."""

    KEEP_ALL = "keep_all"
    """Every attempt counts, each in its place in time."""
    LATEST = "latest"
    """Only the latest attempt (highest ``attempt`` number) counts."""
    HIGHEST = "highest"
    """Only the attempt with the highest score counts (the earliest, on a tie)."""


_DEFAULT_KINDS = tuple(
    kind
    for kind in EvidenceKind
    if kind not in (EvidenceKind.SELF, EvidenceKind.PEER, EvidenceKind.PRE_ASSESSMENT)
)

_DEFAULT_N = {
    MasteryMethod.N_MASTERY: 5,
    MasteryMethod.RECENT_AVERAGE: 3,
    MasteryMethod.STREAK: 3,
}

_BKT_CUTS = BandCuts(mastered=0.95, near=0.8)


@attrs.frozen(kw_only=True)
class BktParameters:
    """The four (or five) parameters of Bayesian Knowledge Tracing.

    Corbett & Anderson (1995). The defaults are those of the worked example in the
    documentation, not fitted values: fit them to a class's data where possible.

    Attributes:
        prior: P(L0), known before any evidence; in [0, 1].
        learn: P(T), learning at each opportunity; in [0, 1].
        guess: P(G), at the threshold without the skill; strictly between 0 and 1.
        slip: P(S), below the threshold with the skill; strictly between 0 and 1.
        forget: P(F), forgetting at each opportunity; in [0, 1].

    Raises:
        InvalidDataError: If a probability is out of its range.
    """

    prior: float = attrs.field(default=0.3, converter=to_float)
    learn: float = attrs.field(default=0.2, converter=to_float)
    guess: float = attrs.field(default=0.15, converter=to_float)
    slip: float = attrs.field(default=0.1, converter=to_float)
    forget: float = attrs.field(default=0.0, converter=to_float)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        for name in ("prior", "learn", "forget"):
            check.number(name, getattr(self, name), minimum=0.0, maximum=1.0)
        for name in ("guess", "slip"):
            value = getattr(self, name)
            if check.number(name, value, minimum=0.0, maximum=1.0) and value in (0, 1):
                check.add(name, f"must be strictly between 0 and 1 (got {value!r})")
        check.done()


def _round_half_up(value: float, decimals: int) -> float:
    """Round half up on the decimal digits shown, so 2.675 is 2.68 (not 2.67).

    Away from a tie, ``floor(value * 10**decimals + 0.5) / 10**decimals`` gives the
    same float as the built-in `round` (both are the float nearest the correctly
    rounded decimal), only faster; near a tie, the decimal digits of the shortest
    repr decide.
    """
    scale = 10**decimals
    scaled = value * scale
    # Below 2**31 the product is within 2**-22 of the exact one, so a fractional
    # part more than 1e-6 from one half decides the digit as the exact value would.
    if -2147483648.0 < scaled < 2147483648.0:
        whole = math.floor(scaled)
        if abs(scaled - whole - 0.5) > 1e-6:
            if scaled - whole > 0.5:
                whole += 1
            # 0 keeps the sign of the value (-0.001 rounds to -0.0, as round does).
            return whole / scale if whole else round(value, decimals)
    elif not -1e15 < value < 1e15:  # no digits left after the point to round
        return value
    elif abs(scaled - math.floor(scaled) - 0.5) > 1e-6:
        return round(value, decimals)
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


@attrs.frozen(kw_only=True)
class MasteryPolicy:
    """How a class turns evidence into mastery: the rule, what counts, and the bands.

    The default is the recursive decaying average with weight 0.65 on the 4-point
    scale, mastery at 3 and near mastery from 2 (`selfassess.FOUR_POINT`'s cuts).

    Attributes:
        method: The rule.
        weight: The share of the newest score for the decaying and weighted averages;
            in [0, 1].
        n: The count for n-mastery, the recent average and the streak; ``None`` for
            the method's usual one (5 for n-mastery, 3 for the others).
        threshold: The score that counts as reaching mastery for n-mastery, the
            streak and BKT; ``None`` for the mastery cut of the scale.
        floor: For the power law: scores below it are raised to it, so that zeros
            can be fitted; ``None`` refuses scores at or below 0.
        bkt: The parameters of Bayesian Knowledge Tracing.
        scale: The scale the scores are on.
        cuts: The band cut points; ``None`` for the scale's own (for BKT, whose
            value is a probability: mastered from 0.95, near from 0.8).
        minimum_count: The fewest scores that can be judged; with fewer the band is
            insufficient evidence. At least 1.
        kinds: The kinds of evidence that count. By default every kind except the
            student's and peers' ratings and pre-assessments.
        order_by: Which date orders the evidence; ties keep the assessed date, then
            the attempt number, then the order given.
        retakes: What to do with several attempts at one source.
        decimals: Round the value half up to this many decimals; ``None`` for no
            rounding.
        clamp: Limit the value to the scale's range (not for BKT).

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from datetime import date
        >>> from selfassess import Evidence
        >>> rows = [Evidence(student="ana", standard="nf1", score=score,
        ...                  assessed_on=date(2026, 9, day))
        ...         for day, score in [(1, 1), (8, 2), (15, 3), (22, 4)]]
        >>> estimate = MasteryPolicy().estimate(rows)
        >>> estimate.value, estimate.band.value, estimate.count
        (3.48, 'mastered', 4)
    """

    method: MasteryMethod = MasteryMethod.DECAYING_AVERAGE
    weight: float = attrs.field(default=0.65, converter=to_float)
    n: int | None = None
    threshold: float | None = attrs.field(default=None, converter=to_optional_float)
    floor: float | None = attrs.field(default=None, converter=to_optional_float)
    bkt: BktParameters = attrs.field(factory=BktParameters)
    scale: Scale = FOUR_POINT
    cuts: BandCuts | None = None
    minimum_count: int = 1
    kinds: tuple[EvidenceKind, ...] = attrs.field(
        default=_DEFAULT_KINDS, converter=to_tuple
    )
    order_by: EvidenceDate = EvidenceDate.ASSESSED
    retakes: Retakes = Retakes.KEEP_ALL
    decimals: int | None = 2
    clamp: bool = True

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("method", self.method, MasteryMethod)
        check.number("weight", self.weight, minimum=0.0, maximum=1.0)
        if self.n is not None:
            check.integer("n", self.n, minimum=1)
        if self.threshold is not None:
            check.number("threshold", self.threshold)
        if (
            self.floor is not None
            and check.number("floor", self.floor)
            and self.floor <= 0
        ):
            check.add("floor", f"must be greater than 0 (got {self.floor!r})")
        check.instance("bkt", self.bkt, BktParameters)
        scale_ok = check.instance("scale", self.scale, Scale)
        if (
            self.cuts is not None
            and check.instance("cuts", self.cuts, BandCuts)
            and scale_ok
            and self.method is not MasteryMethod.BKT
        ):
            low, high = self.scale.minimum, self.scale.maximum
            for name in ("near", "mastered"):
                value = getattr(self.cuts, name)
                if not low <= value <= high:
                    check.add(
                        f"cuts.{name}",
                        f"must be within the scale, {low:g} to {high:g} (got {value:g})",
                    )
        if isinstance(self.cuts, BandCuts) and self.method is MasteryMethod.BKT:
            for name in ("near", "mastered"):
                check.number(
                    f"cuts.{name}", getattr(self.cuts, name), minimum=0, maximum=1
                )
        check.integer("minimum_count", self.minimum_count, minimum=1)
        if check.items(
            "kinds", self.kinds, lambda p, v: check.member(p, v, EvidenceKind)
        ):
            check.unique("kinds", self.kinds, lambda kind: kind, "kind")
        check.member("order_by", self.order_by, EvidenceDate)
        check.member("retakes", self.retakes, Retakes)
        if self.decimals is not None:
            check.integer("decimals", self.decimals)
            if isinstance(self.decimals, int) and not 0 <= self.decimals <= 10:
                check.add("decimals", f"must be from 0 to 10 (got {self.decimals})")
        check.boolean("clamp", self.clamp)
        check.done()

    # Derived settings.

    @property
    def band_cuts(self) -> BandCuts:
        """The cut points in use, the policy's own or else the scale's (or BKT's)."""
        if self.cuts is not None:
            return self.cuts
        if self.method is MasteryMethod.BKT:
            return _BKT_CUTS
        return self.scale.cuts

    @property
    def mastery_threshold(self) -> float:
        """The score that counts as reaching mastery, the threshold or else the cut."""
        if self.threshold is not None:
            return self.threshold
        return self.scale.cuts.mastered

    @property
    def count_parameter(self) -> int:
        """The ``n`` in use for n-mastery, the recent average and the streak."""
        if self.n is not None:
            return self.n
        return _DEFAULT_N.get(self.method, 3)

    # Evidence selection.

    def counts(self, item: Evidence) -> bool:
        """Whether one piece of evidence counts: of a counted kind and not excused.

        Raises:
            InvalidDataError: If *item* is not `selfassess.Evidence`.
        """
        if not isinstance(item, Evidence):
            message = f"must be an Evidence (got {shown(item)})"
            raise InvalidDataError.single("item", message)
        return not item.excused and item.kind in self.kinds

    def _date(self, item: Evidence) -> date:
        if self.order_by is EvidenceDate.DUE and item.due_on is not None:
            return item.due_on
        if self.order_by is EvidenceDate.SUBMITTED and item.submitted_on is not None:
            return item.submitted_on
        return item.assessed_on

    def _key(self, item: Evidence) -> tuple[date, date, int]:
        return (self._date(item), item.assessed_on, item.attempt)

    def _sort_key(self, *, one_attempt: bool = False) -> Callable[[Evidence], Any]:
        """Return the key that orders evidence.

        The chosen date, then the assessed date, then the attempt; for the assessed
        date, a C-level getter that gives the same order faster. With
        *one_attempt* (every piece of evidence has the same attempt number), the
        assessed date alone gives that order, and sorts in half the time.
        """
        if self.order_by is EvidenceDate.ASSESSED:
            if one_attempt:
                return operator.attrgetter("assessed_on")
            return operator.attrgetter("assessed_on", "attempt")
        return self._key

    def _retaken(self, items: list[Evidence]) -> list[Evidence]:
        """Apply the retake rule to ordered evidence."""
        kept: dict[str, Evidence] = {}
        for item in items:
            if item.source is None:
                continue
            best = kept.get(item.source)
            if best is None or self._better(item, best):
                kept[item.source] = item
        return [
            item for item in items if item.source is None or kept[item.source] is item
        ]

    def _better(self, item: Evidence, best: Evidence) -> bool:
        """Whether *item* (later in order) replaces *best* under the retake rule."""
        if self.retakes is Retakes.LATEST:
            return item.attempt >= best.attempt
        return item.score > best.score

    # The computation.

    def _raw(self, scores: Sequence[float]) -> float | None:
        """Run the kernel on ordered scores: unrounded, unclamped."""
        return _KERNELS[self.method](self, scores)

    def _bkt(self, known: float, scores: Iterable[float]) -> float:
        bkt, threshold = self.bkt, self.mastery_threshold
        for score in scores:
            known = _kernels._bkt_step(
                known,
                score >= threshold,
                learn=bkt.learn,
                guess=bkt.guess,
                slip=bkt.slip,
                forget=bkt.forget,
            )
        return known

    def _estimator(
        self,
    ) -> Callable[[str | None, str | None, list[Evidence]], MasteryEstimate]:
        """Return the function that estimates one group from all its evidence.

        `estimate`, `rollup` and `MasteryEstimate.update` all go through it, so they
        agree by construction. Everything that does not depend on the group (the
        kinds, the sort key, the kernel, the cuts) is looked up once here, because
        `rollup` calls the function once for each of possibly hundreds of thousands
        of groups.
        """
        # A tuple, not a set: enum members hash in Python code, but compare by
        # identity in C.
        kinds = self.kinds
        sort_key = self._sort_key()
        retaken = None if self.retakes is Retakes.KEEP_ALL else self._retaken
        compute = self._computer()
        finish = self._finisher()

        def estimate(
            student: str | None, standard: str | None, items: list[Evidence]
        ) -> MasteryEstimate:
            counted = [
                item for item in items if not item.excused and item.kind in kinds
            ]
            counted.sort(key=sort_key)
            if retaken is not None:
                counted = retaken(counted)
            try:
                raw = compute(counted)
            except InvalidDataError as error:
                raise error.under(f"evidence[{student!r}, {standard!r}]") from None
            return finish(student, standard, counted, raw)

        return estimate

    def _computer(self) -> Callable[[list[Evidence]], float | None]:
        """Return the kernel as a function of the ordered evidence."""
        if self.method is MasteryMethod.DECAYING_AVERAGE:
            weight = self.weight
            rest = 1 - weight

            def decaying(counted: list[Evidence]) -> float | None:
                # The default method, inlined: the same arithmetic, in the same
                # order, as _kernels._decaying_average.
                if not counted:
                    return None
                raw = counted[0].score
                for item in counted[1:]:
                    raw = weight * item.score + rest * raw
                return raw

            return decaying
        kernel = _KERNELS[self.method]
        score_of = operator.attrgetter("score")
        policy = self

        def general(counted: list[Evidence]) -> float | None:
            return kernel(policy, list(map(score_of, counted)))

        return general

    def _judge(self) -> Callable[[float | None, int], tuple[float | None, Band]]:
        """Return the function that clamps and rounds a raw value, then bands it.

        It takes the kernel's raw value and how many scores counted, and gives the
        value and the band.
        """
        clamp = self.clamp and self.method is not MasteryMethod.BKT
        low, high = self.scale.minimum, self.scale.maximum
        decimals, minimum_count = self.decimals, self.minimum_count
        cuts = self.band_cuts
        mastered, near = cuts.mastered, cuts.near
        insufficient, not_yet = Band.INSUFFICIENT_EVIDENCE, Band.NOT_YET
        near_band, mastered_band = Band.NEAR, Band.MASTERED
        round_half_up = _round_half_up

        def judge(raw: float | None, count: int) -> tuple[float | None, Band]:
            value = raw
            if value is not None:
                if clamp:
                    value = low if value < low else high if value > high else value
                if decimals is not None:
                    value = round_half_up(value, decimals)
            if count < minimum_count:
                return value, insufficient
            if value is None or value < near:
                return value, not_yet
            return value, near_band if value < mastered else mastered_band

        return judge

    def _finisher(
        self,
    ) -> Callable[
        [str | None, str | None, list[Evidence], float | None], MasteryEstimate
    ]:
        """Return the function that judges a raw value and builds the estimate."""
        judge = self._judge()
        policy = self

        def finish(
            student: str | None,
            standard: str | None,
            counted: list[Evidence],
            raw: float | None,
        ) -> MasteryEstimate:
            value, band = judge(raw, len(counted))
            return _build(
                policy,
                student,
                standard,
                value=value,
                band=band,
                raw=raw,
                evidence=tuple(counted),
            )

        return finish

    def estimate(self, evidence: Iterable[Evidence]) -> MasteryEstimate:
        """Estimate one student's mastery of one standard from their evidence.

        Args:
            evidence: The student's evidence on the standard, in any order. Evidence
                that does not count (excused, or of a kind not counted) is skipped.

        Returns:
            The estimate, with its value, band, count and trace.

        Raises:
            InvalidDataError: If an item is not `selfassess.Evidence`, the items are
                for more than one student or standard, or the power law meets a
                score at or below 0 with no floor.
        """
        items = _checked_evidence(evidence)
        student = items[0].student if items else None
        standard = items[0].standard if items else None
        check = Checker()
        for index, item in enumerate(items):
            if (item.student, item.standard) != (student, standard):
                check.add(
                    f"evidence[{index}]",
                    f"must be for student {student!r} and standard {standard!r} "
                    f"like evidence[0] (got {item.student!r}, {item.standard!r})",
                )
        check.done()
        return self._estimator()(student, standard, items)


def _checked_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    if isinstance(evidence, (str, bytes, Mapping)) or not isinstance(
        evidence, Iterable
    ):
        message = f"must be a list of Evidence (got {shown(evidence)})"
        raise InvalidDataError.single("evidence", message)
    items = list(evidence)
    check = Checker()
    for index, item in enumerate(items):
        check.instance(f"evidence[{index}]", item, Evidence)
    check.done()
    return items


def _power_law_at(at: str) -> Callable[[MasteryPolicy, Sequence[float]], float | None]:
    def kernel(policy: MasteryPolicy, scores: Sequence[float]) -> float | None:
        return _kernels._power_law(scores, at, policy.floor)

    return kernel


_KERNELS: dict[
    MasteryMethod, Callable[[MasteryPolicy, Sequence[float]], float | None]
] = {
    MasteryMethod.AVERAGE: lambda policy, scores: _kernels._average(scores),
    MasteryMethod.LATEST: lambda policy, scores: scores[-1] if scores else None,
    MasteryMethod.HIGHEST: lambda policy, scores: max(scores) if scores else None,
    MasteryMethod.MODE: lambda policy, scores: _kernels._mode(scores),
    MasteryMethod.MEDIAN: lambda policy, scores: _kernels._median(scores),
    MasteryMethod.RECENT_AVERAGE: lambda policy, scores: _kernels._recent_average(
        scores, policy.count_parameter
    ),
    MasteryMethod.DECAYING_AVERAGE: lambda policy, scores: _kernels._decaying_average(
        scores, policy.weight
    ),
    MasteryMethod.WEIGHTED_AVERAGE: lambda policy, scores: _kernels._weighted_average(
        scores, policy.weight
    ),
    MasteryMethod.N_MASTERY: lambda policy, scores: _kernels._n_mastery(
        scores, policy.count_parameter, policy.mastery_threshold
    ),
    MasteryMethod.STREAK: lambda policy, scores: _kernels._streak(
        scores, policy.count_parameter, policy.mastery_threshold
    ),
    MasteryMethod.POWER_LAW: _power_law_at("last"),
    MasteryMethod.POWER_LAW_NEXT: _power_law_at("next"),
    MasteryMethod.BKT: lambda policy, scores: policy._bkt(policy.bkt.prior, scores),
}
"""Each method's kernel, called with the policy (for its parameters) and the scores."""


_INCREMENTAL = frozenset(
    {
        MasteryMethod.DECAYING_AVERAGE,
        MasteryMethod.LATEST,
        MasteryMethod.HIGHEST,
        MasteryMethod.BKT,
    }
)


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

    student: str | None
    standard: str | None
    value: float | None = attrs.field(converter=to_optional_float)
    band: Band
    raw: float | None = attrs.field(converter=to_optional_float)
    policy: MasteryPolicy
    evidence: tuple[Evidence, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.optional_identifier("student", self.student)
        check.optional_identifier("standard", self.standard)
        if self.value is not None:
            check.number("value", self.value)
        check.member("band", self.band, Band)
        if self.raw is not None:
            check.number("raw", self.raw)
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
        return tuple(item.score for item in self.evidence)

    @property
    def trace(self) -> str:
        """How the value was reached, in plain words.

        Which scores counted, in what order, with what weights, then the rounding
        and the band. Written when asked for, from the stored evidence.
        """
        return _explain(self)

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
        check = Checker()
        if check.instance("new_evidence", new_evidence, Evidence) and (
            self.student is not None
            and (new_evidence.student, new_evidence.standard)
            != (self.student, self.standard)
        ):
            check.add(
                "new_evidence",
                f"must be for student {self.student!r} and standard "
                f"{self.standard!r} (got {new_evidence.student!r}, "
                f"{new_evidence.standard!r})",
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
        if policy.method in _INCREMENTAL and in_order and no_retake and self.evidence:
            raw = _continue(policy, self.raw, new_evidence.score)
            return policy._finisher()(student, standard, items, raw)
        return policy._estimator()(student, standard, items)


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


def _build(
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


def _continue(policy: MasteryPolicy, raw: float | None, score: float) -> float:
    """One step of an incremental method, the same arithmetic as the kernel's."""
    assert raw is not None  # for mypy: these methods have a value once they have scores
    method = policy.method
    if method is MasteryMethod.DECAYING_AVERAGE:
        return policy.weight * score + (1 - policy.weight) * raw
    if method is MasteryMethod.LATEST:
        return score
    if method is MasteryMethod.HIGHEST:
        return max(raw, score)
    return policy._bkt(raw, (score,))


def rollup(
    evidence: Iterable[Evidence], policy: MasteryPolicy | None = None
) -> Mapping[tuple[str, str], MasteryEstimate]:
    """Estimate every student's mastery of every standard in a table of evidence.

    Rows are grouped by (student, standard); each group gives exactly what
    ``policy.estimate(group)`` gives. Rows that do not count (excused, or of a kind
    not counted) are skipped; a group with no counted rows still appears, with the
    band insufficient evidence.

    Built for large tables (see the performance page): every value and band is
    computed here, in one pass that groups the rows by student and then each
    student's rows by standard. The result keeps them in flat columns and builds a
    `MasteryEstimate` each time one is read, which costs no arithmetic; the trace is
    written only when asked for.

    Args:
        evidence: Any number of `selfassess.Evidence` rows, in any order.
        policy: The policy; the default `MasteryPolicy` if ``None``.

    Returns:
        A read-only mapping from ``(student, standard)`` to its estimate: students
        in order of first appearance, and each student's standards in order of
        first appearance. It compares equal to a dict of the same estimates; a
        missing key raises `KeyError`, as a dict does.

    Raises:
        InvalidDataError: If a row is not `selfassess.Evidence`, or the power law
            meets a score at or below 0 with no floor.

    Example:
        >>> from datetime import date
        >>> from selfassess import Evidence
        >>> rows = [Evidence(student=s, standard="nf1", score=x, assessed_on=date(2026, 9, d))
        ...         for s, x, d in [("ana", 2, 1), ("ben", 4, 1), ("ana", 4, 8)]]
        >>> estimates = rollup(rows)
        >>> {key: e.value for key, e in estimates.items()}
        {('ana', 'nf1'): 3.3, ('ben', 'nf1'): 4.0}
        >>> estimates["ana", "nf1"].count
        2
    """
    if policy is None:
        policy = MasteryPolicy()
    elif not isinstance(policy, MasteryPolicy):
        message = f"must be a MasteryPolicy (got {shown(policy)})"
        raise InvalidDataError.single("policy", message)
    if isinstance(evidence, (str, bytes, Mapping)) or not isinstance(
        evidence, Iterable
    ):
        message = f"must be a list of Evidence (got {shown(evidence)})"
        raise InvalidDataError.single("evidence", message)
    rows = evidence if type(evidence) is list else list(evidence)
    # One C-level pass over the row types first, so that the loops below (the part
    # that runs a million times) do nothing but group.
    if not set(map(type, rows)) <= {Evidence}:
        for index, item in enumerate(rows):
            if not isinstance(item, Evidence):
                message = f"must be an Evidence (got {shown(item)})"
                raise InvalidDataError.single(f"evidence[{index}]", message)
    return _RolledUp(policy, rows)


_attempt = operator.attrgetter("attempt")
_MAX_JUDGED = 4096
"""How many raw values a roll-up remembers the judgement of: scores on a fine
scale (percentages, say) give a new raw value almost every time, and the memory
should not grow with them."""


def _by_student(rows: list[Evidence]) -> dict[str, list[Evidence]]:
    """Each student's rows, students in order of first appearance."""
    by_student: dict[str, list[Evidence]] = {}
    find = by_student.get
    for item in rows:
        student = item.student
        items = find(student)
        if items is None:
            by_student[student] = [item]
        else:
            items.append(item)
    return by_student


def _by_standard(
    items: list[Evidence], kinds: tuple[EvidenceKind, ...]
) -> dict[str, list[Evidence]]:
    """One student's counted rows on each standard, in order of first appearance.

    A standard none of whose rows count still gets a list, an empty one.
    """
    groups: dict[str, list[Evidence]] = {}
    find = groups.get
    for item in items:
        group = find(item.standard)
        if group is None:
            group = groups[item.standard] = []
        if not item.excused and item.kind in kinds:
            group.append(item)
    return groups


class _RolledUp(Mapping[tuple[str, str], MasteryEstimate]):
    """The estimates of a roll-up, kept in flat columns.

    Grouping a shuffled table touches the rows in random order, so the work is done
    student by student: one pass puts each row in its student's list (10,000 lists
    for 10,000 students, rather than one for each of 200,000 groups), then each
    student's rows, now few enough to stay in the processor's cache, are grouped by
    standard, ordered and computed; each distinct raw value is clamped, rounded and
    banded once. What is kept is an index (by student, then standard) and five flat
    lists (values, raw values, bands, the counted evidence end to end, and where
    each group's evidence starts), so that a large roll-up leaves few objects for
    the garbage collector to walk; each `MasteryEstimate` is built when it is read.
    """

    __slots__ = (
        "_bands",
        "_evidence",
        "_index",
        "_policy",
        "_raws",
        "_starts",
        "_values",
    )

    def __init__(self, policy: MasteryPolicy, rows: list[Evidence]) -> None:
        by_student = _by_student(rows)
        kinds = policy.kinds
        sort_key = policy._sort_key(one_attempt=len(set(map(_attempt, rows))) <= 1)
        retaken = None if policy.retakes is Retakes.KEEP_ALL else policy._retaken
        compute = policy._computer()
        judge = policy._judge()
        # Scores on a scale of a few levels give few distinct raw values (at most
        # 4 + 16 + 64 + 256 + 1,024 for up to five scores on four levels, however
        # many students), so each is clamped, rounded and banded once, up to
        # _MAX_JUDGED of them. With enough scores, value and band depend on the
        # raw value alone, and equal raw values are the same plain float
        # (`to_float` makes every score one), with one exception: 0.0 and -0.0
        # are the same key but keep their own signs, so a zero is judged each
        # time, as is a group with no value.
        minimum_count = policy.minimum_count
        judged: dict[float, tuple[float | None, Band]] = {}
        # Student, then standard, to the group's place in the columns.
        index: dict[str, dict[str, int]] = {}
        values: list[float | None] = []
        raws: list[float | None] = []
        bands: list[Band] = []
        evidence: list[Evidence] = []
        starts = [0]
        keep, keep_value, keep_raw = evidence.extend, values.append, raws.append
        keep_band, keep_start = bands.append, starts.append
        student = standard = ""
        try:
            for student, items in by_student.items():
                places = index[student] = {}
                for standard, group in _by_standard(items, kinds).items():
                    counted = group
                    if len(group) > 1:
                        group.sort(key=sort_key)
                        if retaken is not None:
                            counted = retaken(group)
                    raw = compute(counted)
                    count = len(counted)
                    if raw and count >= minimum_count:
                        judgement = judged.get(raw)
                        if judgement is None:
                            judgement = judge(raw, count)
                            if len(judged) < _MAX_JUDGED:
                                judged[raw] = judgement
                        value, band = judgement
                    else:
                        value, band = judge(raw, count)
                    places[standard] = len(values)
                    keep_value(value)
                    keep_raw(raw)
                    keep_band(band)
                    keep(counted)
                    keep_start(len(evidence))
        except InvalidDataError as error:
            raise error.under(f"evidence[{student!r}, {standard!r}]") from None
        self._policy = policy
        self._index = index
        self._values = values
        self._raws = raws
        self._bands = bands
        self._evidence = evidence
        self._starts = starts

    def _place(self, key: object) -> int | None:
        """The place of a ``(student, standard)`` key in the columns, if it is one."""
        if isinstance(key, tuple) and len(key) == 2:
            places = self._index.get(key[0])
            if places is not None:
                return places.get(key[1])
        return None

    def _estimate_at(self, student: str, standard: str, at: int) -> MasteryEstimate:
        """The estimate kept at place *at* in the columns."""
        starts = self._starts
        return _build(
            self._policy,
            student,
            standard,
            value=self._values[at],
            band=self._bands[at],
            raw=self._raws[at],
            evidence=tuple(self._evidence[starts[at] : starts[at + 1]]),
        )

    def __getitem__(self, key: tuple[str, str]) -> MasteryEstimate:
        at = self._place(key)
        if at is None:
            raise KeyError(key)
        return self._estimate_at(key[0], key[1], at)

    def __contains__(self, key: object) -> bool:
        return self._place(key) is not None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for student, places in self._index.items():
            for standard in places:
                yield student, standard

    def _estimates(self) -> Iterator[MasteryEstimate]:
        """Every estimate, in the order of the keys, read straight from the columns.

        The same as ``self[key]`` for each key, without looking each key up: the
        keys come in the order of the columns.
        """
        estimate_at, at = self._estimate_at, 0
        for student, places in self._index.items():
            for standard in places:
                yield estimate_at(student, standard, at)
                at += 1

    def values(self) -> ValuesView[MasteryEstimate]:
        return _Values(self)

    def items(self) -> ItemsView[tuple[str, str], MasteryEstimate]:
        return _Items(self)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        groups = len(self._values)
        return f"<rollup: {groups} estimate{'s' if groups != 1 else ''}>"

    # Its state, said outright: without it, a class with __slots__ cannot be
    # pickled with protocols 0 and 1. By name, so that a pickle never puts a value
    # in another slot.
    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in _RolledUp.__slots__}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)


class _Values(ValuesView[MasteryEstimate]):
    """A roll-up's estimates, walked without looking each key up again."""

    __slots__ = ()
    _mapping: _RolledUp

    def __iter__(self) -> Iterator[MasteryEstimate]:
        return self._mapping._estimates()


class _Items(ItemsView[tuple[str, str], MasteryEstimate]):
    """A roll-up's keys and estimates, walked without looking each key up again."""

    __slots__ = ()
    _mapping: _RolledUp

    def __iter__(self) -> Iterator[tuple[tuple[str, str], MasteryEstimate]]:
        return zip(self._mapping, self._mapping._estimates(), strict=True)


# The trace: written from the stored evidence only when someone asks for it.


def _n(value: float, places: int = 2) -> str:
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _percent(weight: float) -> str:
    return f"{_n(weight * 100, 1)} %"


def _sum(scores: Sequence[float]) -> str:
    return " + ".join(_n(score) for score in scores)


_NAMES = {
    MasteryMethod.AVERAGE: "Average",
    MasteryMethod.LATEST: "Most recent score",
    MasteryMethod.HIGHEST: "Highest score",
    MasteryMethod.MODE: "Mode (most frequent score)",
    MasteryMethod.MEDIAN: "Median",
    MasteryMethod.RECENT_AVERAGE: "Average of the most recent scores",
    MasteryMethod.DECAYING_AVERAGE: "Decaying average",
    MasteryMethod.WEIGHTED_AVERAGE: "Weighted average (Canvas's older decaying average)",
    MasteryMethod.N_MASTERY: "n number of times",
    MasteryMethod.STREAK: "Streak",
    MasteryMethod.POWER_LAW: "Power law, at the last attempt",
    MasteryMethod.POWER_LAW_NEXT: "Power law, predicting the next attempt",
    MasteryMethod.BKT: "Bayesian Knowledge Tracing",
}


def _decaying_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    w, running = policy.weight, scores[0]
    steps = [f"The first score {_n(running)} starts the running value."]
    for score in scores[1:]:
        new = w * score + (1 - w) * running
        steps.append(
            f"{_percent(w)} of the newest score {_n(score)} + "
            f"{_percent(1 - w)} of the running value {_n(running)} = {_n(new)}"
        )
        running = new
    return steps


def _average_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    return [f"({_sum(scores)}) / {len(scores)} = {_n(_mean(scores))}"]


def _latest_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    return [f"The most recent score is {_n(scores[-1])}."]


def _highest_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    return [f"The highest score is {_n(max(scores))}."]


def _mode_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    counts: dict[float, int] = {}
    for score in scores:
        counts[score] = counts.get(score, 0) + 1
    most = max(counts.values())
    tied = sorted(score for score, count in counts.items() if count == most)
    found = _kernels._mode(scores)
    assert found is not None  # for mypy: there are scores here
    times = "time" if most == 1 else "times"
    if len(tied) == 1:
        return [f"{_n(found)} occurs {most} {times}, more than any other score."]
    names = ", ".join(_n(score) for score in tied)
    return [
        f"{names} each occur {most} {times}; the tie goes to the most recent of "
        f"them, {_n(found)}."
    ]


def _median_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    found = _kernels._median(scores)
    assert found is not None  # for mypy: there are scores here
    ordered = ", ".join(_n(score) for score in sorted(scores))
    return [f"In order of size: {ordered}; the median is {_n(found)}."]


def _recent_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    recent = scores[-policy.count_parameter :]
    return [
        f"The {len(recent)} most recent: ({_sum(recent)}) / {len(recent)} = "
        f"{_n(_mean(recent))}"
    ]


def _weighted_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    if len(scores) == 1:
        return [f"One score: {_n(scores[0])}."]
    w, before = policy.weight, _mean(scores[:-1])
    return [
        f"{_percent(w)} of the last score {_n(scores[-1])} + "
        f"{_percent(1 - w)} of the mean of the earlier scores {_n(before)} "
        f"= {_n(w * scores[-1] + (1 - w) * before)}"
    ]


def _n_mastery_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    n, threshold = policy.count_parameter, policy.mastery_threshold
    met = [score for score in scores if score >= threshold]
    if len(met) < n:
        return [
            f"{len(met)} of the {n} scores needed at or above {_n(threshold)}: "
            "no value yet."
        ]
    return [
        f"Scores at or above {_n(threshold)}: {len(met)} (at least {n} needed): "
        f"({_sum(met)}) / {len(met)} = {_n(_mean(met))}"
    ]


def _streak_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    n, threshold = policy.count_parameter, policy.mastery_threshold
    found = _kernels._streak(scores, n, threshold)
    if found is None:
        return [f"No {n} scores in a row at or above {_n(threshold)} yet: no value."]
    return [
        f"The latest {n} scores in a row at or above {_n(threshold)} average "
        f"{_n(found)}."
    ]


def _bkt_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    bkt, threshold = policy.bkt, policy.mastery_threshold
    known = bkt.prior
    steps = [
        f"P(known) starts at the prior {_n(known, 4)} (learn {_n(bkt.learn, 4)}, "
        f"guess {_n(bkt.guess, 4)}, slip {_n(bkt.slip, 4)}, "
        f"forget {_n(bkt.forget, 4)})."
    ]
    for score in scores:
        correct = score >= threshold
        after = policy._bkt(known, (score,))
        where = "at or above" if correct else "below"
        steps.append(
            f"Score {_n(score)} is {where} {_n(threshold)}: "
            f"P(known) {_n(known, 4)} -> {_n(after, 4)}"
        )
        known = after
    return steps


def _power_steps(policy: MasteryPolicy, scores: Sequence[float]) -> list[str]:
    if len(scores) == 1:
        return [f"One score: {_n(scores[0])}."]
    raw = policy._raw(scores)
    assert raw is not None  # for mypy: there are scores here
    k = len(scores)
    at = k if policy.method is MasteryMethod.POWER_LAW else k + 1
    floor = ""
    if policy.floor is not None:
        floor = f", scores below {_n(policy.floor)} raised to it"
    return [
        f"Least-squares fit of ln(score) on ln(attempt) over attempts 1 to {k}"
        f"{floor}; the fitted curve at attempt {at} is {_n(raw)}."
    ]


_STEPS: dict[MasteryMethod, Callable[[MasteryPolicy, Sequence[float]], list[str]]] = {
    MasteryMethod.AVERAGE: _average_steps,
    MasteryMethod.LATEST: _latest_steps,
    MasteryMethod.HIGHEST: _highest_steps,
    MasteryMethod.MODE: _mode_steps,
    MasteryMethod.MEDIAN: _median_steps,
    MasteryMethod.RECENT_AVERAGE: _recent_steps,
    MasteryMethod.DECAYING_AVERAGE: _decaying_steps,
    MasteryMethod.WEIGHTED_AVERAGE: _weighted_steps,
    MasteryMethod.N_MASTERY: _n_mastery_steps,
    MasteryMethod.STREAK: _streak_steps,
    MasteryMethod.POWER_LAW: _power_steps,
    MasteryMethod.POWER_LAW_NEXT: _power_steps,
    MasteryMethod.BKT: _bkt_steps,
}
"""The arithmetic of each rule on the scores, one line a step."""


def _mean(scores: Sequence[float]) -> float:
    """The mean of some scores (never empty here)."""
    mean = _kernels._average(scores)
    assert mean is not None  # for mypy: callers pass scores
    return mean


def _explain(estimate: MasteryEstimate) -> str:
    policy, evidence = estimate.policy, estimate.evidence
    name = _NAMES[policy.method]
    if policy.method in (
        MasteryMethod.DECAYING_AVERAGE,
        MasteryMethod.WEIGHTED_AVERAGE,
    ):
        name += f" (weight {_n(policy.weight)})"
    lines = [f"{name}."]
    if not evidence:
        lines.append("No evidence counted: insufficient evidence.")
        return "\n".join(lines)
    dates = ", ".join(
        f"{_n(item.score)} ({policy._date(item).isoformat()})" for item in evidence
    )
    lines.append(
        f"{len(evidence)} score{'s' if len(evidence) != 1 else ''} counted, in order "
        f"of the {policy.order_by.value} date: {dates}."
    )
    lines += _STEPS[policy.method](policy, [item.score for item in evidence])
    raw, value = estimate.raw, estimate.value
    if raw is not None and value is not None:
        clamped = raw
        if policy.clamp and policy.method is not MasteryMethod.BKT:
            clamped = min(max(raw, policy.scale.minimum), policy.scale.maximum)
            if clamped != raw:
                lines.append(
                    f"Clamped to the scale, {_n(policy.scale.minimum)} to "
                    f"{_n(policy.scale.maximum)}: {_n(clamped, 4)}."
                )
        if policy.decimals is not None:
            lines.append(f"Rounded half up to {policy.decimals} decimals: {value!r}.")
    cuts = policy.band_cuts
    band = estimate.band
    if band is Band.INSUFFICIENT_EVIDENCE:
        lines.append(
            f"Band: insufficient evidence ({len(evidence)} of the "
            f"{policy.minimum_count} scores needed)."
        )
    elif band is Band.MASTERED:
        lines.append(f"Band: mastered (at or above {_n(cuts.mastered)}).")
    elif band is Band.NEAR:
        lines.append(
            f"Band: near mastery (from {_n(cuts.near)}, below {_n(cuts.mastered)})."
        )
    elif value is None:
        lines.append("Band: not yet (the rule has no value yet).")
    else:
        lines.append(f"Band: not yet (below {_n(cuts.near)}).")
    return "\n".join(lines)
