"""Mastery policies: which evidence counts, in what order, by which method, and the band.

A `MasteryPolicy` is a class's settings: the method (`MasteryMethod`, with its
parameters), the kinds of evidence that count, the date that orders them, what to do
with retakes, the scale, the cut points, the rounding and the clamping. It checks
them, says what follows from them (the cut points and ``n`` in use), and chooses and
orders a student's evidence. `MasteryPolicy.estimate` turns one student's evidence
on one standard into a `MasteryEstimate`; `rollup` does it for a whole table.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._scales import FOUR_POINT, BandCuts, Scale
from selfassess._validate import Checker, integer_field, number_field, shown, to_tuple
from selfassess.mastery._methods import METHODS, PROBABILITY_CUTS, MasteryMethod

if TYPE_CHECKING:
    from selfassess.mastery._estimate import MasteryEstimate

__all__ = ["BktParameters", "EvidenceDate", "MasteryPolicy", "Retakes"]


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

    prior: float = number_field(minimum=0, maximum=1, default=0.3)
    learn: float = number_field(minimum=0, maximum=1, default=0.2)
    guess: float = number_field(
        minimum=0,
        maximum=1,
        exclusive_minimum=True,
        exclusive_maximum=True,
        default=0.15,
    )
    slip: float = number_field(
        minimum=0,
        maximum=1,
        exclusive_minimum=True,
        exclusive_maximum=True,
        default=0.1,
    )
    forget: float = number_field(minimum=0, maximum=1, default=0.0)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class MasteryPolicy:
    """How a class turns evidence into mastery: the rule, what counts, and the bands.

    The default is the recursive decaying average with weight 0.65 on the 4-point
    scale, mastery at 3 and near mastery from 2 (`selfassess.FOUR_POINT`'s cuts).

    Attributes:
        method: The rule.
        weight: The share of the newest score for the decaying and weighted averages;
            in [0, 1].
        n: The count for n-mastery, the recent average and the streak, at least 1;
            ``None`` for the method's usual one (5 for n-mastery, 3 for the
            others).
        threshold: The score that counts as reaching mastery for n-mastery, the
            streak and BKT; ``None`` for the mastery cut of the scale.
        floor: For the power law: scores below it are raised to it, so that zeros
            can be fitted; greater than 0. ``None`` refuses scores at or below 0.
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
        decimals: Round the value half up to this many decimals, from 0 to 10;
            ``None`` for no rounding.
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
    weight: float = number_field(minimum=0, maximum=1, default=0.65)
    n: int | None = integer_field(minimum=1, optional=True, default=None)
    threshold: float | None = number_field(optional=True, default=None)
    floor: float | None = number_field(
        minimum=0, exclusive_minimum=True, optional=True, default=None
    )
    bkt: BktParameters = attrs.field(factory=BktParameters)
    scale: Scale = FOUR_POINT
    cuts: BandCuts | None = None
    minimum_count: int = integer_field(minimum=1, default=1)
    kinds: tuple[EvidenceKind, ...] = attrs.field(
        default=_DEFAULT_KINDS, converter=to_tuple
    )
    order_by: EvidenceDate = EvidenceDate.ASSESSED
    retakes: Retakes = Retakes.KEEP_ALL
    decimals: int | None = integer_field(maximum=10, optional=True, default=2)
    clamp: bool = True

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("method", self.method, MasteryMethod)
        check.declared(self)
        check.instance("bkt", self.bkt, BktParameters)
        scale_ok = check.instance("scale", self.scale, Scale)
        if self.cuts is not None and check.instance("cuts", self.cuts, BandCuts):
            self._check_cuts(check, scale_ok=scale_ok)
        if check.items(
            "kinds", self.kinds, lambda p, v: check.member(p, v, EvidenceKind)
        ):
            check.unique("kinds", self.kinds, lambda kind: kind, "kind")
        check.member("order_by", self.order_by, EvidenceDate)
        check.member("retakes", self.retakes, Retakes)
        check.boolean("clamp", self.clamp)
        check.done()

    def _check_cuts(self, check: Checker, *, scale_ok: bool) -> None:
        """Check the cut points against the range of the method's values.

        A probability (BKT) is cut within 0 to 1; any other value within the scale.
        """
        method = (
            METHODS.get(self.method) if isinstance(self.method, MasteryMethod) else None
        )
        assert self.cuts is not None  # for mypy: the caller checked it
        for name in ("near", "mastered"):
            value = getattr(self.cuts, name)
            if method is not None and method.probability:
                check.number(f"cuts.{name}", value, minimum=0, maximum=1)
            elif scale_ok:
                low, high = self.scale.minimum, self.scale.maximum
                if not low <= value <= high:
                    check.add(
                        f"cuts.{name}",
                        f"must be within the scale, {low:g} to {high:g} (got {value:g})",
                    )

    # Derived settings.

    @property
    def band_cuts(self) -> BandCuts:
        """The cut points in use, which are the policy's own or else the scale's.

        A method whose value is a probability (BKT) is cut at 0.95 and 0.8 unless
        the policy gives its own.
        """
        if self.cuts is not None:
            return self.cuts
        if METHODS[self.method].probability:
            return PROBABILITY_CUTS
        return self.scale.cuts

    @property
    def mastery_threshold(self) -> float:
        """The score that counts as reaching mastery, the threshold or else the cut."""
        if self.threshold is not None:
            return self.threshold
        return self.scale.cuts.mastered

    @property
    def count_parameter(self) -> int:
        """The ``n`` in use for n-mastery, the recent average and the streak.

        The policy's own, else the method's usual one: 5 for n-mastery (Canvas's
        default), 3 for the others.
        """
        if self.n is not None:
            return self.n
        return METHODS[self.method].usual_n

    # Evidence selection.

    def counts(self, item: Evidence) -> bool:
        """Whether one piece of evidence counts: of a counted kind and not excused.

        Raises:
            InvalidDataError: If *item* is not `selfassess.Evidence`.
        """
        check = Checker(arguments=True)
        check.instance("item", item, Evidence)
        check.done()
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

    # Estimating.

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
        # Here rather than at the top: an estimate holds the policy that made it,
        # so its module imports this one.
        from selfassess.mastery._estimate import estimator  # noqa: PLC0415

        items = _checked_evidence(evidence)
        student = items[0].student if items else None
        standard = items[0].standard if items else None
        check = Checker(arguments=True)
        for index, item in enumerate(items):
            if (item.student, item.standard) != (student, standard):
                check.add(
                    f"evidence[{index}]",
                    f"must be for student {shown(student)} and standard {shown(standard)} "
                    f"like evidence[0] (got {shown(item.student)}, {shown(item.standard)})",
                )
        check.done()
        return estimator(self)(student, standard, items)


def _checked_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    arguments = Checker(arguments=True)
    items = list(arguments.listed("evidence", evidence, "Evidence"))
    arguments.done()
    check = Checker()
    for index, item in enumerate(items):
        check.instance(f"evidence[{index}]", item, Evidence)
    check.done()
    return items
