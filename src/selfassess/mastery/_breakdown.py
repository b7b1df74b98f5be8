"""Breaking an assessment's big score into a mastery score per standard.

In a data-review conference the big score of a test ("31 out of 40") is broken into
smaller mastery scores, one per standard the test covered, each coloured green,
yellow or red. An `AlignedAssessment` says which items are aligned to which
standards (one item may count for several) and how a percentage becomes a level of
the scale (`PercentCut`); `AlignedAssessment.breakdown` does the breaking. The practice does it within 48
hours of the assessment: `AlignedAssessment.analysis` gives the breakdown with
its `AnalysisWindow`, when the assessment was taken and when the analysis is due.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Band, Scale
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import InvalidDataError

__all__ = [
    "AlignedAssessment",
    "AnalysisWindow",
    "AssessmentItem",
    "DataAnalysis",
    "PercentCut",
    "StandardScore",
]


@attrs.frozen(kw_only=True)
class AssessmentItem:
    """One item (question, task) of an assessment and the standards it counts for.

    Attributes:
        id: The item's id, unique in its assessment.
        standards: The ids of the standards it is aligned to; at least one, no
            repeats. An item aligned to two standards counts fully for each.
        points: The points it is worth; above 0.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    standards: tuple[str, ...] = attrs.field(converter=to_tuple)
    points: float = number_field(minimum=0, exclusive_minimum=True, default=1.0)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        if check.items("standards", self.standards, check.identifier, non_empty=True):
            check.unique("standards", self.standards, lambda value: value, "id")
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class PercentCut:
    """From this percentage up, a standard's score is this level of the scale.

    Attributes:
        percent: The lowest percentage, 0 to 100, that reaches the level.
        points: The points of the level on the assessment's scale.

    Raises:
        InvalidDataError: If the percentage is outside 0 to 100 or not finite.
    """

    __repr__ = short_repr

    percent: float = number_field(minimum=0, maximum=100)
    points: float = number_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class StandardScore:
    """One standard's share of an assessment: points, percentage, level and band.

    Attributes:
        standard: The standard's id.
        earned: The points earned on the items aligned to it; at least 0.
        possible: The points possible on those items; above 0.
        percent: ``earned / possible`` as a percentage, 0 to 100.
        points: The level of the scale the percentage reaches, by the cuts.
        band: The band of that level on the scale.
        items: The ids of the items that counted, in the assessment's order.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    earned: float = number_field(minimum=0)
    possible: float = number_field(minimum=0, exclusive_minimum=True)
    percent: float = number_field(minimum=0, maximum=100)
    points: float = number_field()
    band: Band
    items: tuple[str, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        check.declared(self)
        check.member("band", self.band, Band)
        check.items("items", self.items, check.identifier)
        check.done()


_MAX_HOURS = 24 * 31
"""The longest an analysis window may be, in hours: 31 days (744 hours).

The practice gives the analysis 48 hours; a month is far beyond any window it
keeps, and a bound keeps `AnalysisWindow.due_at` within the calendar.
"""


def _aware(check: Checker, path: str, value: object) -> bool:
    """Check that *value* is a datetime with a time zone."""
    if isinstance(value, datetime) and value.utcoffset() is not None:
        return True
    check.kind(path, f"must be a datetime with a time zone (got {shown(value)})")
    return False


@attrs.frozen(kw_only=True)
class AnalysisWindow:
    """When an assessment was taken, and when the analysis of its data is due.

    The practice breaks an assessment's big score into mastery scores per
    standard within 48 hours, while the students still remember the work. The
    times are timezone-aware; the time now is always an argument.

    Attributes:
        assessed_at: When the assessment was taken, with a time zone.
        hours: How many hours the analysis may take; above 0 and at most
            744 (31 days), 48 by default.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem, or
            if the analysis would be due after the last moment a datetime can
            hold (an *assessed_at* at the very end of the calendar).

    Example:
        >>> from datetime import datetime, timezone
        >>> window = AnalysisWindow(
        ...     assessed_at=datetime(2026, 10, 5, 9, 0, tzinfo=timezone.utc))
        >>> window.due_at.isoformat()
        '2026-10-07T09:00:00+00:00'
        >>> window.overdue(datetime(2026, 10, 6, 15, 0, tzinfo=timezone.utc))
        False
        >>> window.hours_left(datetime(2026, 10, 6, 15, 0, tzinfo=timezone.utc))
        18.0
    """

    __repr__ = short_repr

    assessed_at: datetime
    hours: float = number_field(
        minimum=0, maximum=_MAX_HOURS, exclusive_minimum=True, default=48.0
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        aware = _aware(check, "assessed_at", self.assessed_at)
        passed = check.declared(self)
        if aware and passed["hours"]:
            try:
                self.due_at  # noqa: B018 - computed only to see that it can be
            except OverflowError:
                check.add(
                    "assessed_at",
                    f"is too late for an analysis due {self.hours:g} hours"
                    " after it: the due time is past the end of the calendar",
                )
        check.done()

    @property
    def due_at(self) -> datetime:
        """The moment the analysis is due, *hours* after the assessment, in its time zone."""
        return self.assessed_at + timedelta(hours=self.hours)

    def _now(self, now: datetime) -> datetime:
        check = Checker(arguments=True)
        _aware(check, "now", now)
        check.done()
        return now

    def overdue(self, now: datetime) -> bool:
        """Whether the analysis is late at *now*: after `due_at`.

        Raises:
            ArgumentTypeError: If *now* is not a datetime with a time zone.
        """
        return self._now(now) > self.due_at

    def hours_left(self, now: datetime) -> float:
        """How many hours are left at *now* before `due_at`; below 0 when late.

        Raises:
            ArgumentTypeError: If *now* is not a datetime with a time zone.
        """
        return (self.due_at - self._now(now)).total_seconds() / 3600


@attrs.frozen(kw_only=True)
class DataAnalysis:
    """An assessment's big score broken into mastery scores, with its window.

    Attributes:
        assessment: The assessment's id.
        student: The student's id; ``None`` for an analysis not of one student.
        scores: One score per standard, as `AlignedAssessment.breakdown` gives.
        window: When the assessment was taken and the analysis is due.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    assessment: str
    student: str | None = None
    scores: tuple[StandardScore, ...] = attrs.field(converter=to_tuple)
    window: AnalysisWindow

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("assessment", self.assessment)
        check.optional_identifier("student", self.student)
        check.items(
            "scores", self.scores, lambda p, v: check.instance(p, v, StandardScore)
        )
        check.instance("window", self.window, AnalysisWindow)
        check.done()


@attrs.frozen(kw_only=True)
class AlignedAssessment:
    """An assessment whose items are aligned to standards, and its percent cuts.

    Attributes:
        id: The assessment's id; it becomes the ``source`` of the evidence made.
        items: The items; at least one; ids unique.
        scale: The scale the per-standard scores are on.
        cuts: Percent cut points, one per level used, lowest first: percentages
            strictly increasing with the levels' points, the first at 0 % so that
            every percentage has a level; each ``points`` a level of the scale.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> test = AlignedAssessment(
        ...     id="unit-3-test",
        ...     items=[AssessmentItem(id="q1", standards=["nf1"], points=2),
        ...            AssessmentItem(id="q2", standards=["nf1", "nf2"], points=2),
        ...            AssessmentItem(id="q3", standards=["nf2"], points=4)],
        ...     cuts=[PercentCut(percent=0, points=1), PercentCut(percent=50, points=2),
        ...           PercentCut(percent=70, points=3), PercentCut(percent=90, points=4)],
        ... )
        >>> for row in test.breakdown({"q1": 2, "q2": 1, "q3": 2}):
        ...     print(row.standard, row.percent, row.points, row.band.colour)
        nf1 75.0 3.0 green
        nf2 50.0 2.0 yellow
    """

    __repr__ = short_repr

    id: str
    items: tuple[AssessmentItem, ...] = attrs.field(converter=to_tuple)
    scale: Scale = FOUR_POINT
    cuts: tuple[PercentCut, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        if check.items(
            "items",
            self.items,
            lambda p, v: check.instance(p, v, AssessmentItem),
            non_empty=True,
        ):
            check.unique("items", self.items, lambda item: item.id, "id")
        scale_ok = check.instance("scale", self.scale, Scale)
        if (
            check.items(
                "cuts",
                self.cuts,
                lambda p, v: check.instance(p, v, PercentCut),
                non_empty=True,
            )
            and scale_ok
        ):
            self._check_cuts(check)
        check.done()

    def _check_cuts(self, check: Checker) -> None:
        known = {level.points for level in self.scale.levels}
        if self.cuts[0].percent != 0:
            check.add(
                "cuts[0].percent",
                f"must be 0, so that every percentage has a level (got {self.cuts[0].percent:g})",
            )
        for index, cut in enumerate(self.cuts):
            if cut.points not in known:
                check.add(
                    f"cuts[{index}].points",
                    f"must be the points of a level of {shown(self.scale.id)} (got {cut.points:g})",
                )
            if index:
                before = self.cuts[index - 1]
                if cut.percent <= before.percent or cut.points <= before.points:
                    check.add(
                        f"cuts[{index}]",
                        "must have a higher percent and a higher level than the cut "
                        f"before it (got {cut.percent:g} % for {cut.points:g} after "
                        f"{before.percent:g} % for {before.points:g})",
                    )

    @property
    def standards(self) -> tuple[str, ...]:
        """The standards the assessment covers, in order of first appearance."""
        return tuple(
            dict.fromkeys(
                standard for item in self.items for standard in item.standards
            )
        )

    def level_for(self, percent: float) -> float:
        """Return the points of the level a percentage reaches, by the cuts.

        Raises:
            InvalidDataError: If *percent* is not a number from 0 to 100.
        """
        check = Checker(arguments=True)
        check.number("percent", percent, minimum=0.0, maximum=100.0)
        check.done()
        reached = self.cuts[0].points
        for cut in self.cuts:
            if percent >= cut.percent:
                reached = cut.points
        return reached

    def breakdown(self, scores: Mapping[str, float]) -> tuple[StandardScore, ...]:
        """Break one student's item scores into a score per standard.

        For each standard: the points earned and possible on its items, the
        percentage, the level it reaches by the cuts, and that level's band. An item
        the student has no score for counts as 0 points earned (a blank answer).

        Args:
            scores: The points earned on each item, by item id; each from 0 to the
                item's points.

        Returns:
            One score per standard, in order of first appearance in the items.

        Raises:
            InvalidDataError: If *scores* is not a mapping, names an unknown item,
                or a score is not a number from 0 to the item's points.
        """
        if not isinstance(scores, Mapping):
            message = f"must be a mapping of item ids to points (got {shown(scores)})"
            raise InvalidDataError.single("scores", message)
        by_id = {item.id: item for item in self.items}
        check = Checker(arguments=True)
        for key, value in scores.items():
            item = by_id.get(key) if isinstance(key, str) else None
            if item is None:
                check.add(
                    f"scores[{shown(key)}]",
                    "must be the id of an item of the assessment",
                )
            else:
                check.number(
                    f"scores[{shown(key)}]", value, minimum=0.0, maximum=item.points
                )
        check.done()
        earned: dict[str, float] = {}
        possible: dict[str, float] = {}
        counted: dict[str, list[str]] = {}
        for item in self.items:
            got = float(scores.get(item.id, 0.0))
            for standard in item.standards:
                earned[standard] = earned.get(standard, 0.0) + got
                possible[standard] = possible.get(standard, 0.0) + item.points
                counted.setdefault(standard, []).append(item.id)
        results = []
        for standard, got in earned.items():
            percent = min(100.0, 100.0 * got / possible[standard])
            points = self.level_for(percent)
            results.append(
                StandardScore(
                    standard=standard,
                    earned=got,
                    possible=possible[standard],
                    percent=percent,
                    points=points,
                    band=self.scale.band(points),
                    items=counted[standard],
                )
            )
        return tuple(results)

    def analysis(
        self,
        scores: Mapping[str, float],
        assessed_at: datetime,
        *,
        student: str | None = None,
        hours: float = 48.0,
    ) -> DataAnalysis:
        """Break one student's item scores into a score per standard, with its window.

        As `breakdown`, and when the analysis is due: *hours* after the assessment
        (48 by default, as the practice asks).

        Args:
            scores: The points earned on each item, by item id.
            assessed_at: When the assessment was taken, with a time zone.
            student: The student's id, if any.
            hours: How many hours the analysis may take; above 0.

        Returns:
            A `DataAnalysis` with the scores per standard and the `AnalysisWindow`.

        Raises:
            InvalidDataError: As `breakdown`, or if a time, the hours or the
                student id is invalid.
        """
        window = AnalysisWindow(assessed_at=assessed_at, hours=hours)
        return DataAnalysis(
            assessment=self.id,
            student=student,
            scores=self.breakdown(scores),
            window=window,
        )

    def evidence(
        self,
        student: str,
        scores: Mapping[str, float],
        assessed_on: date,
        kind: EvidenceKind = EvidenceKind.SUMMATIVE,
        due_on: date | None = None,
    ) -> tuple[Evidence, ...]:
        """Turn one student's item scores into one piece of evidence per standard.

        The score of each is the level reached (`breakdown`); its ``source`` is the
        assessment's id, so that retakes of it can be told apart by a policy.

        Args:
            student: The student's id.
            scores: The points earned on each item, by item id.
            assessed_on: The day the assessment was graded.
            kind: The kind of evidence; summative by default.
            due_on: The day it was due, if any.

        Returns:
            One `selfassess.Evidence` per standard.

        Raises:
            InvalidDataError: As `breakdown`, or if the student id or a date is
                invalid.
        """
        return tuple(
            Evidence(
                student=student,
                standard=row.standard,
                score=row.points,
                assessed_on=assessed_on,
                kind=kind,
                due_on=due_on,
                source=self.id,
            )
            for row in self.breakdown(scores)
        )
