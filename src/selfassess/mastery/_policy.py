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
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, BandCuts, Scale
from selfassess._validate import Checker, integer_field, number_field, shown, to_tuple
from selfassess.errors import Problem
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

    __repr__ = short_repr

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
    scale, mastery at 3 and near mastery from 2 (`selfassess.FOUR_POINT`'s cuts);
    a quick check is offered from 2.5 (within half a level of mastery), and a
    passing quick check there confirms mastery.

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
        order_by: Which date orders the evidence. Scores on the same date are
            ordered by a rule that never depends on the order the rows come in:
            the assessed date, then the moment assessed (as an instant; rows
            without one first), then the sequence number (rows without one
            first), then the attempt, then the kind (in the order `selfassess.EvidenceKind`
            lists them: pre-assessment, formative, summative, ...), then the
            score (lowest first), then the source id, the due date and the
            submitted date (rows without one first). Rows equal in all of these
            are equal evidence, so their order cannot change anything.
        retakes: What to do with several attempts at one source.
        decimals: Round the value half up to this many decimals, from 0 to 10;
            ``None`` for no rounding.
        clamp: Limit the value to the scale's range (not for BKT).
        quick_check_within: How far below the mastery cut a value may be and still
            be offered a quick check (`quick_checks`), at least 0 and at most the
            mastery cut less the lowest value (the scale's lowest point; 0 for
            BKT's probability), 2 on the 4-point scale; ``None`` for half the
            near band, which on the 4-point scale is half a level: a quick check
            from 2.5 (see `quick_check_from`).
        confirm_with_quick_check: Whether a passing quick check confirms mastery:
            when the latest counted evidence is a quick check
            (`selfassess.EvidenceKind.QUICK_CHECK`) scored at or above the
            mastery cut, and the value of the evidence before it was at or above
            `quick_check_from`, the band is mastered and the value is raised to
            the mastery cut (the raw value stays the method's). The trace says
            so, with the numbers.

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

    __repr__ = short_repr

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
    quick_check_within: float | None = number_field(
        minimum=0, optional=True, default=None
    )
    confirm_with_quick_check: bool = True

    def __attrs_post_init__(self) -> None:
        check = Checker()
        method_ok = check.member("method", self.method, MasteryMethod)
        valid = check.declared(self)
        weight = self.weight
        if (
            not valid["weight"]
            and isinstance(weight, float)
            and weight.is_integer()
            and 1 < weight <= 100  # a percent
        ):
            # Said in the same problem: 65 is a percent, where 0.65 is meant.
            for index, problem in enumerate(check.problems):
                if problem.path == "weight":
                    check.problems[index] = Problem(
                        "weight",
                        f"{problem.message}: a share, not a percent; {weight:g} % is "
                        f"{weight / 100:g}, as Canvas's calculation_int {weight:g} means",
                    )
        check.instance("bkt", self.bkt, BktParameters)
        scale_ok = check.instance("scale", self.scale, Scale)
        cuts_ok = self.cuts is None
        if self.cuts is not None and check.instance("cuts", self.cuts, BandCuts):
            before = len(check.problems) + check.omitted
            self._check_cuts(check, scale_ok=scale_ok)
            cuts_ok = len(check.problems) + check.omitted == before
        if method_ok and scale_ok and cuts_ok and valid["quick_check_within"]:
            self._check_quick_check_within(check)
        if check.items(
            "kinds", self.kinds, lambda p, v: check.member(p, v, EvidenceKind)
        ):
            check.unique("kinds", self.kinds, lambda kind: kind, "kind")
        check.member("order_by", self.order_by, EvidenceDate)
        check.member("retakes", self.retakes, Retakes)
        check.boolean("clamp", self.clamp)
        check.boolean("confirm_with_quick_check", self.confirm_with_quick_check)
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

    def _check_quick_check_within(self, check: Checker) -> None:
        """Check that the quick-check margin reaches no lower than the values can.

        The margin is at most the distance from the lowest value (the scale's
        lowest point; 0 for a probability, BKT) to the mastery cut: a wider one
        would offer every value a quick check.
        """
        within = self.quick_check_within
        if within is None:
            return
        low = 0.0 if METHODS[self.method].probability else self.scale.minimum
        mastered = self.band_cuts.mastered
        if within > mastered - low:
            check.add(
                "quick_check_within",
                f"must be at most {mastered - low:g}, the distance from the lowest "
                f"value {low:g} to the mastery cut {mastered:g} (got {within:g})",
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
    def quick_check_from(self) -> float:
        """The lowest value offered a quick check, the mastery cut less the margin.

        The margin is ``quick_check_within``, else half the near band (half a level
        on the 4-point scale: from 2.5 with mastery at 3 and near from 2; for BKT,
        from 0.875). A value from here up to (not including) the mastery cut is
        near enough for a quick check to confirm mastery.

        Example:
            >>> MasteryPolicy().quick_check_from
            2.5
            >>> MasteryPolicy(quick_check_within=1.0).quick_check_from
            2.0
        """
        cuts = self.band_cuts
        within = self.quick_check_within
        if within is None:
            within = (cuts.mastered - cuts.near) / 2
        return cuts.mastered - within

    @property
    def quick_check_pass(self) -> float:
        """The lowest quick-check score that passes, the score that shows mastery.

        The mastery cut of the bands, but for a method whose value is a
        probability (BKT), the score it counts as correct (`mastery_threshold`).
        """
        if METHODS[self.method].probability:
            return self.mastery_threshold
        return self.band_cuts.mastered

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

    def _key(self, item: Evidence) -> tuple[Any, ...]:
        """The place of one piece of evidence in the policy's order: a total key.

        The policy's date, the assessed date, the moment, the sequence number, the
        attempt, the kind (its place in `selfassess.EvidenceKind`), the score, the source,
        the due date and the submitted date. A field that may be missing is keyed
        as a tuple, ``()`` when it is (so that a missing value comes first, and
        ``None`` is never compared with a value). The moment is keyed as its
        instant (the time since 0001-01-01 in UTC, a `timedelta`, which cannot
        overflow as a `datetime` in UTC could), then its offset: aware datetimes
        compared directly ignore the offset when both have the same ``tzinfo``,
        which puts the repeated hour of a daylight saving change out of order. Two pieces of evidence with equal keys (on
        one student's standard, both counted) are equal evidence.
        """
        moment = item.assessed_at
        return (
            self._date(item),
            item.assessed_on,
            () if moment is None else _instant(moment),
            () if item.sequence is None else (item.sequence,),
            item.attempt,
            _KIND_ORDER[item.kind],
            item.score,
            () if item.source is None else (item.source,),
            () if item.due_on is None else (item.due_on,),
            () if item.submitted_on is None else (item.submitted_on,),
        )

    def _ordering(self, *, moments: bool = True) -> _Ordering:
        """Return the keys that put a group of evidence in the policy's order.

        Sort a group by ``first``; only if two of its items tie on it, sort it
        again by ``ties``, and if that raises `TypeError`, by ``total`` (the
        policy's `_key`). Each gives the order of `_key`:

        - ``first`` is the policy's date. When no two items share it, it alone
          decides the order. For the assessed date it is a C-level getter, which
          sorts several times faster than `_key`.
        - ``ties`` is, without *moments* (no evidence of the table has a moment)
          and for the assessed date, a C-level getter of the fields of `_key`
          as they are: the assessed date, the sequence number, the attempt, the
          kind, the score, the source, and the due and submitted dates. Two
          items equal in a field here are equal in it in `_key`, and the first
          field they differ in compares the same way in both, unless it holds a
          ``None`` or two kinds: comparing those raises `TypeError`. So a sort
          that does not raise makes the comparisons a sort by `_key` would make,
          with the same outcomes, and gives its order. Otherwise (a moment in
          the table, or another date) ``ties`` is `_key`.
        """
        total = self._key
        if self.order_by is not EvidenceDate.ASSESSED:
            return _Ordering(self._date, total, total)
        ties = total if moments else _TIES
        return _Ordering(_ASSESSED_ON, ties, total)

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
        # Both counted, so both scored: only excused evidence has no score.
        return cast(float, item.score) > cast(float, best.score)

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


class _Ordering(NamedTuple):
    """The keys that order a group of evidence: see `MasteryPolicy._ordering`."""

    first: Callable[[Evidence], Any]
    ties: Callable[[Evidence], Any]
    total: Callable[[Evidence], Any]


_ASSESSED_ON = operator.attrgetter("assessed_on")
_TIES = operator.attrgetter(
    "assessed_on",
    "sequence",
    "attempt",
    "kind",
    "score",
    "source",
    "due_on",
    "submitted_on",
)
_KIND_ORDER = {kind: place for place, kind in enumerate(EvidenceKind)}
_EPOCH = datetime(1, 1, 1)  # naive on purpose: a wall clock in UTC


def _instant(moment: datetime) -> tuple[timedelta, timedelta]:
    """An aware datetime as its instant (time since 0001-01-01 UTC), then its offset."""
    offset = moment.utcoffset()
    assert offset is not None  # for mypy: Evidence keeps aware datetimes only
    return moment.replace(tzinfo=None) - _EPOCH - offset, offset


def _checked_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    arguments = Checker(arguments=True)
    items = list(arguments.listed("evidence", evidence, "Evidence"))
    arguments.done()
    check = Checker()
    for index, item in enumerate(items):
        check.instance(f"evidence[{index}]", item, Evidence)
    check.done()
    return items
