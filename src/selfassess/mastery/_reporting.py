"""From mastery per standard to a report card, and from standards to their domain.

Schools that grade by standards still often owe a letter or a percentage. A
`GradeTable` converts a standard's or a subject's mastery into one by rules such as
"an A needs an average of at least 3.5 and no standard below 3". `domain_mastery`
rolls a domain up from its standards: all mastered, a share of them, or the mean of
their points.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping

import attrs

from selfassess._numbers import mean_of
from selfassess._repr import short_repr
from selfassess._scales import Band, BandCuts
from selfassess._standards import Domain
from selfassess._validate import Checker, integer_field, number_field, shown, to_tuple
from selfassess.mastery._estimate import MasteryEstimate

__all__ = [
    "DomainMastery",
    "DomainRule",
    "GradeRule",
    "GradeTable",
    "ReportGrade",
    "domain_mastery",
]


def _estimates(estimates: object, path: str = "estimates") -> list[MasteryEstimate]:
    if isinstance(estimates, MasteryEstimate):
        return [estimates]
    arguments = Checker(arguments=True)
    found = list(arguments.listed(path, estimates, "MasteryEstimate objects"))
    arguments.done()
    check = Checker()
    for index, estimate in enumerate(found):
        check.instance(f"{path}[{index}]", estimate, MasteryEstimate)
    check.done()
    return found


@attrs.frozen(kw_only=True)
class GradeRule:
    """One row of a grade table: the label and what it takes.

    Attributes:
        label: The grade, such as ``"A"`` or ``"Meets"``.
        minimum: The lowest average of the standards' values that earns it.
        lowest: If given, no standard may be below it: ``lowest=3`` on the 4-point
            scale says "no level 1 or 2".
        percent: The percentage to report for this grade, from 0 to 100, if the
            school reports one.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    label: str
    minimum: float = number_field()
    lowest: float | None = number_field(optional=True, default=None)
    percent: float | None = number_field(
        minimum=0, maximum=100, optional=True, default=None
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("label", self.label)
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class ReportGrade:
    """A report-card grade and what it was computed from.

    Attributes:
        label: The grade; the table's ``insufficient`` label when there was too
            little evidence.
        percent: The percentage reported with it, if the table gives one.
        average: The average of the standards' values; ``None`` if none had one.
        lowest: The lowest of them; ``None`` if none had one.
        count: How many standards had a value.
        insufficient: Whether there was too little evidence to grade.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    label: str
    percent: float | None = number_field(optional=True)
    average: float | None = number_field(optional=True)
    lowest: float | None = number_field(optional=True)
    count: int = integer_field()
    insufficient: bool

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("label", self.label)
        check.declared(self)
        check.boolean("insufficient", self.insufficient)
        check.done()


@attrs.frozen(kw_only=True)
class GradeTable:
    """Rules that turn mastery into a report-card letter or percentage.

    The rules are tried in order, best grade first; the first whose conditions
    hold gives the grade, and ``otherwise`` applies when none does.

    Attributes:
        rules: The rules, best first; at least one; labels unique.
        otherwise: The label when no rule applies, such as ``"F"``.
        otherwise_percent: The percentage reported with it, if any; at least 0.
        insufficient: The label when there is too little evidence, such as
            ``"I"`` (incomplete) or ``"NE"`` (no evidence).
        minimum_count: The fewest standards with a value (and enough evidence)
            needed to grade; at least 1.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> table = GradeTable(rules=[
        ...     GradeRule(label="A", minimum=3.5, lowest=3, percent=95),
        ...     GradeRule(label="B", minimum=3.0, percent=85),
        ...     GradeRule(label="C", minimum=2.5, percent=75),
        ... ], otherwise="D", otherwise_percent=65)
        >>> table.grade_values([4, 4, 2.5]).label, table.grade_values([4, 3.5, 3]).label
        ('B', 'A')
    """

    __repr__ = short_repr

    rules: tuple[GradeRule, ...] = attrs.field(converter=to_tuple)
    otherwise: str = "F"
    otherwise_percent: float | None = number_field(
        minimum=0, optional=True, default=None
    )
    insufficient: str = "I"
    minimum_count: int = integer_field(minimum=1, default=1)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        if check.items(
            "rules",
            self.rules,
            lambda p, v: check.instance(p, v, GradeRule),
            non_empty=True,
        ):
            check.unique("rules", self.rules, lambda rule: rule.label, "label")
        check.text("otherwise", self.otherwise)
        check.declared(self)
        check.text("insufficient", self.insufficient)
        check.done()

    def grade_values(self, values: Iterable[float]) -> ReportGrade:
        """Grade plain values, one per standard (``None`` for no value).

        Raises:
            ArgumentTypeError: If *values* is not a list.
            InvalidDataError: If a value is neither ``None`` nor a finite number.
        """
        check = Checker(arguments=True)
        given = check.listed("values", values, "numbers")
        for index, value in enumerate(given):
            if value is not None:
                check.number(f"values[{index}]", value)
        check.done()
        present = [float(value) for value in given if value is not None]
        if len(present) < self.minimum_count:
            return ReportGrade(
                label=self.insufficient,
                percent=None,
                average=None,
                lowest=None,
                count=len(present),
                insufficient=True,
            )
        average = mean_of(present)
        lowest = min(present)
        label, percent = self.otherwise, self.otherwise_percent
        for rule in self.rules:
            if average >= rule.minimum and (
                rule.lowest is None or lowest >= rule.lowest
            ):
                label, percent = rule.label, rule.percent
                break
        return ReportGrade(
            label=label,
            percent=percent,
            average=average,
            lowest=lowest,
            count=len(present),
            insufficient=False,
        )

    def grade(self, estimates: Iterable[MasteryEstimate]) -> ReportGrade:
        """Grade a standard (one estimate) or a subject (its standards' estimates).

        Estimates with insufficient evidence or no value do not count; with fewer
        than ``minimum_count`` left, the grade is the ``insufficient`` label.

        Args:
            estimates: One `MasteryEstimate`, or several.

        Returns:
            The grade, with the average and lowest value it came from.

        Raises:
            InvalidDataError: If an item is not a `MasteryEstimate`.
        """
        return self.grade_values(
            [
                estimate.value
                for estimate in _estimates(estimates)
                if estimate.band is not Band.INSUFFICIENT_EVIDENCE
                and estimate.value is not None
            ]
        )


class DomainRule(enum.Enum):
    """How a domain's mastery is rolled up from its standards'."""

    ALL_MASTERED = "all_mastered"
    """Mastered only when every standard is; near when every one is at least near."""
    SHARE = "share"
    """Mastered when at least a share of the standards are mastered."""
    POINTS = "points"
    """The mean of the standards' values, banded by the cuts."""


@attrs.frozen(kw_only=True)
class DomainMastery:
    """One student's mastery of a domain, rolled up from its standards.

    Attributes:
        domain: The domain's id.
        student: The student's id.
        rule: The roll-up rule.
        value: The share of standards mastered (all mastered, share), or the mean of
            their values (points); ``None`` with no evidence.
        band: The domain's band.
        standards: How many of the domain's standards had enough evidence.
        mastered: How many of them are mastered.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    domain: str
    student: str
    rule: DomainRule
    value: float | None = number_field(optional=True)
    band: Band
    standards: int = integer_field()
    mastered: int = integer_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("domain", self.domain)
        check.identifier("student", self.student)
        check.member("rule", self.rule, DomainRule)
        check.declared(self)
        check.member("band", self.band, Band)
        check.done()


def domain_mastery(
    estimates: Mapping[tuple[str, str], MasteryEstimate],
    student: str,
    domain: Domain,
    *,
    rule: DomainRule = DomainRule.ALL_MASTERED,
    share: float = 0.8,
    cuts: BandCuts | None = None,
) -> DomainMastery:
    """Roll one student's mastery of a domain up from its standards.

    Standards with no estimate, or insufficient evidence, are left out; with none
    left the band is insufficient evidence. ``ALL_MASTERED``: mastered when every
    standard is, near when every one is at least near, else not yet.
    ``SHARE``: mastered when at least *share* of them are mastered, near when at
    least *share* are at least near. ``POINTS``: the mean of the values, banded by
    *cuts* (by default the cuts of the first estimate's policy).

    Args:
        estimates: Estimates by (student, standard), as `rollup` returns them.
        student: The student's id.
        domain: The domain, whose standards are rolled up.
        rule: The roll-up rule.
        share: For ``SHARE``, the share of standards needed; in (0, 1].
        cuts: For ``POINTS``, the band cuts; ``None`` for the policy's.

    Returns:
        The domain's mastery.

    Raises:
        InvalidDataError: If *estimates* is not a mapping of estimates, *domain*
            is not a `selfassess.Domain`, or *share* is outside (0, 1].
    """
    check = Checker(arguments=True)
    if not isinstance(estimates, Mapping):
        check.kind(
            "estimates",
            f"must be a mapping, as rollup returns (got {shown(estimates)})",
        )
    check.instance("domain", domain, Domain)
    check.identifier("student", student)
    check.member("rule", rule, DomainRule)
    if check.number("share", share, maximum=1.0) and share <= 0:
        check.add("share", f"must be greater than 0 (got {shown(share)})")
    if cuts is not None:
        check.instance("cuts", cuts, BandCuts)
    check.done()
    found = _estimates(
        [
            estimates[key]
            for key in ((student, standard.id) for standard in domain.standards)
            if key in estimates
        ]
    )
    judged = [
        estimate
        for estimate in found
        if estimate.band is not Band.INSUFFICIENT_EVIDENCE
    ]
    mastered = sum(estimate.band is Band.MASTERED for estimate in judged)
    at_least_near = sum(
        estimate.band in (Band.MASTERED, Band.NEAR) for estimate in judged
    )
    count = len(judged)
    value: float | None = None
    band = Band.INSUFFICIENT_EVIDENCE
    if count and rule is DomainRule.POINTS:
        values = [e.value for e in judged if e.value is not None]
        if values:
            value = mean_of(values)
            band = (cuts or judged[0].policy.band_cuts).band(value)
        else:
            band = Band.NOT_YET
    elif count:
        value = mastered / count
        needed = count if rule is DomainRule.ALL_MASTERED else share * count
        if mastered >= needed:
            band = Band.MASTERED
        elif at_least_near >= needed:
            band = Band.NEAR
        else:
            band = Band.NOT_YET
    return DomainMastery(
        domain=domain.id,
        student=student,
        rule=rule,
        value=value,
        band=band,
        standards=count,
        mastered=mastered,
    )
