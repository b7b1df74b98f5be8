"""Rubrics: criteria rated on the levels of a scale, with descriptors and points.

A rubric has a kind (analytic, holistic, single-point, checklist), a core
`selfassess.Scale` whose levels every criterion is rated on, and criteria. Each
criterion describes what work at a level looks like, lists "I can" statements per
level, and may give a level its own points or a range of points, as Canvas's "range"
ratings and Open edX ORA options do. Feedback-only criteria carry no points and ask
for a comment instead.

How the models map onto LMS rubrics:

- Canvas: a rubric's ``criteria`` are Canvas criteria; each `Descriptor` is a Canvas
  rating (``description`` is the rating's long description, ``points`` its points, and
  ``min_points`` the lower end when "use range" is on); a feedback-only criterion is
  a criterion with points off.
- Moodle: a rubric's criteria are Moodle criteria and each `Descriptor` a level with
  its score; Moodle's two ways of turning the total into a grade are
  `Score.rescale` with and without ``lock_zero``.
- Open edX ORA: each criterion is an ORA criterion, each `Descriptor` an option with
  its points; a feedback-only criterion is a criterion with feedback required and no
  options.
"""

from __future__ import annotations

import enum

import attrs

from selfassess._scales import FOUR_POINT, Level, Scale
from selfassess._standards import SuccessCriterion
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import InvalidDataError, NotFoundError

__all__ = ["Criterion", "Descriptor", "Rubric", "RubricKind"]


class RubricKind(enum.Enum):
    """The shape of a rubric."""

    ANALYTIC = "analytic"
    """Several criteria, each rated on every level of the scale."""
    HOLISTIC = "holistic"
    """One overall judgement, so exactly one scored criterion."""
    SINGLE_POINT = "single_point"
    """One "proficient" descriptor per criterion, with "glows" (beyond it) and
    "grows" (not yet) written beside it."""
    CHECKLIST = "checklist"
    """Can-do items, each ticked or not, so a scale of exactly two levels."""


@attrs.frozen(kw_only=True)
class Descriptor:
    """What work at one level of one criterion looks like, and what it earns.

    Attributes:
        level: The points of the scale level it describes, such as ``3.0``.
        description: "What a 3 looks like" for this criterion.
        can_do: "I can" statements a student ticks at this level; no repeats.
        points: The points the level earns on this criterion; by default the level's
            own points on the scale. Finite, at least 0.
        min_points: The lowest points of the level's range, when a score anywhere
            from ``min_points`` to ``points`` may be given (Canvas's range ratings);
            ``None`` for a level worth exactly ``points``. At least 0.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    level: float = number_field()
    description: str = ""
    can_do: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    points: float | None = number_field(minimum=0, optional=True, default=None)
    min_points: float | None = number_field(minimum=0, optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        valid = check.declared(self)
        check.text("description", self.description, empty=True)
        if check.items("can_do", self.can_do, check.text):
            check.unique("can_do", self.can_do, lambda text: text, "statement")
        if (
            valid["points"]
            and valid["min_points"]
            and self.points is not None
            and self.min_points is not None
            and self.min_points > self.points
        ):
            check.add(
                "min_points",
                f"must be at most points ({self.points:g}) (got {self.min_points:g})",
            )
        check.done()


@attrs.frozen(kw_only=True)
class Criterion:
    """One row of a rubric: what is judged, and what each level of it looks like.

    Attributes:
        id: Unique in the rubric.
        title: What is judged, such as ``"Participation"``.
        success_criterion: The success criterion it checks, if any.
        standards: The ids of the standards it is aligned to; no repeats. A rating
            on this criterion becomes evidence for each of them.
        weight: How much it counts in a weighted total; finite, greater than 0.
        descriptors: A descriptor per level, in the scale's order (levels left out
            have no description and earn their scale points).
        feedback_only: Whether it takes a comment instead of a level: no points,
            no descriptors, and a comment required in every rating of it.
        required: Whether every assessment must rate it.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    id: str
    title: str
    success_criterion: SuccessCriterion | None = None
    standards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    weight: float = number_field(minimum=0, exclusive_minimum=True, default=1.0)
    descriptors: tuple[Descriptor, ...] = attrs.field(default=(), converter=to_tuple)
    feedback_only: bool = False
    required: bool = True

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("title", self.title)
        if self.success_criterion is not None:
            check.instance(
                "success_criterion", self.success_criterion, SuccessCriterion
            )
        if check.items("standards", self.standards, check.identifier):
            check.unique("standards", self.standards, lambda s: s, "standard")
        check.declared(self)
        described = check.items("descriptors", self.descriptors, Descriptor)
        if described:
            check.unique("descriptors", self.descriptors, lambda d: d.level, "level")
        feedback = check.boolean("feedback_only", self.feedback_only)
        check.boolean("required", self.required)
        if feedback and described and self.feedback_only and self.descriptors:
            check.add(
                "descriptors",
                "must be empty for a feedback-only criterion "
                f"(got {len(self.descriptors)})",
            )
        check.done()

    def descriptor(self, level: float) -> Descriptor | None:
        """Return the descriptor of the level with these points, if there is one.

        Raises:
            ArgumentTypeError: If *level* is not a number.
        """
        check = Checker(arguments=True)
        check.number("level", level)
        check.done()
        for descriptor in self.descriptors:
            if descriptor.level == level:
                return descriptor
        return None

    @property
    def can_do(self) -> tuple[str, ...]:
        """Every "I can" statement of every level, lowest level first."""
        return tuple(text for d in self.descriptors for text in d.can_do)


@attrs.frozen(kw_only=True)
class Rubric:
    """A rubric: criteria rated on the levels of one scale.

    Attributes:
        id: A short identifier.
        title: The name shown to people.
        kind: Its shape; analytic by default.
        scale: The scale every criterion is rated on; its levels' points are at
            least 0.
        criteria: The criteria, in order; at least one; ids unique.
        description: What it is for, for whom.
        feedback_only: Whether it only collects comments. If false (the default),
            at least one criterion is scored; if true, none is.

    Rules by kind: a holistic rubric has exactly one scored criterion; a single-point
    rubric describes each scored criterion at one level only, a mastery level of the
    scale; a checklist is rated on a scale of exactly two levels.

    Every scored criterion's levels earn strictly increasing points (a level's
    range lies above the points of the level below), so that a score tells its
    level.

    Raises:
        InvalidDataError: If any rule above is broken, listing every problem.

    Example:
        >>> from selfassess.rubrics import Criterion, Descriptor, Rubric
        >>> rubric = Rubric(id="poster", title="Fraction poster", criteria=[
        ...     Criterion(id="accuracy", title="Accuracy", descriptors=[
        ...         Descriptor(level=3, description="Every fraction is right."),
        ...     ]),
        ...     Criterion(id="notes", title="Notes", feedback_only=True),
        ... ])
        >>> rubric.maximum, [c.id for c in rubric.scored_criteria]
        (4.0, ['accuracy'])
    """

    id: str
    title: str
    kind: RubricKind = RubricKind.ANALYTIC
    scale: Scale = FOUR_POINT
    criteria: tuple[Criterion, ...] = attrs.field(converter=to_tuple)
    description: str = ""
    feedback_only: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("title", self.title)
        kind_ok = check.member("kind", self.kind, RubricKind)
        scale_ok = check.instance("scale", self.scale, Scale)
        if scale_ok and self.scale.minimum < 0:
            check.add(
                "scale.levels[0].points",
                f"must be at least 0 for a rubric (got {self.scale.minimum:g})",
            )
        criteria_ok = check.items(
            "criteria",
            self.criteria,
            Criterion,
            non_empty=True,
        )
        check.text("description", self.description, empty=True)
        feedback_ok = check.boolean("feedback_only", self.feedback_only)
        if criteria_ok:
            check.unique("criteria", self.criteria, lambda c: c.id, "id")
            if feedback_ok:
                self._check_scored(check)
        if criteria_ok and scale_ok:
            for index, criterion in enumerate(self.criteria):
                self._check_criterion(check, f"criteria[{index}]", criterion)
        if criteria_ok and scale_ok and kind_ok:
            self._check_kind(check)
        check.done()

    def _check_scored(self, check: Checker) -> None:
        scored = [c for c in self.criteria if not c.feedback_only]
        if self.feedback_only and scored:
            index = self.criteria.index(scored[0])
            check.add(
                f"criteria[{index}].feedback_only",
                "must be true in a feedback-only rubric (got False)",
            )
        if not self.feedback_only and not scored:
            check.add(
                "criteria",
                "must have at least one scored criterion unless the rubric is "
                "feedback-only",
            )

    def _check_criterion(self, check: Checker, path: str, criterion: Criterion) -> None:
        known = {level.points for level in self.scale.levels}
        listed = ", ".join(f"{level.points:g}" for level in self.scale.levels)
        for index, descriptor in enumerate(criterion.descriptors):
            if descriptor.level not in known:
                check.add(
                    f"{path}.descriptors[{index}].level",
                    f"must be the points of a level of {shown(self.scale.id)} ({listed}) "
                    f"(got {descriptor.level:g})",
                )
        if criterion.feedback_only or any(
            d.level not in known for d in criterion.descriptors
        ):
            return
        previous: float | None = None
        for level in self.scale.levels:
            low, high = _range(criterion, level)
            described = criterion.descriptor(level.points)
            where = (
                f"{path}.descriptors[{criterion.descriptors.index(described)}]"
                if described is not None
                else f"{path}.descriptors"
            )
            if low > high:
                check.add(
                    f"{where}.min_points",
                    f"must be at most the level's points ({high:g}) (got {low:g})",
                )
            if previous is not None and low <= previous:
                field = "min_points" if low != high else "points"
                target = f"{where}.{field}" if described is not None else where
                check.add(
                    target,
                    f"must give level {level.points:g} more points than the level "
                    f"below ({previous:g}) (got {low:g})",
                )
            previous = high

    def _check_kind(self, check: Checker) -> None:
        scored = [
            (index, c) for index, c in enumerate(self.criteria) if not c.feedback_only
        ]
        if self.kind is RubricKind.HOLISTIC and len(scored) != 1:
            check.add(
                "criteria",
                "must have exactly one scored criterion in a holistic rubric "
                f"(got {len(scored)})",
            )
        elif self.kind is RubricKind.CHECKLIST and len(self.scale.levels) != 2:
            check.add(
                "scale.levels",
                "must have exactly 2 levels in a checklist "
                f"(got {len(self.scale.levels)})",
            )
        elif self.kind is RubricKind.SINGLE_POINT:
            mastery = {level.points for level in self.scale.mastery_levels}
            for index, criterion in scored:
                if len(criterion.descriptors) != 1:
                    check.add(
                        f"criteria[{index}].descriptors",
                        "must have exactly one descriptor in a single-point rubric "
                        f"(got {len(criterion.descriptors)})",
                    )
                elif criterion.descriptors[0].level not in mastery:
                    check.add(
                        f"criteria[{index}].descriptors[0].level",
                        "must be a mastery level of the scale in a single-point "
                        f"rubric (got {criterion.descriptors[0].level:g})",
                    )

    @property
    def scored_criteria(self) -> tuple[Criterion, ...]:
        """The criteria that are rated on the scale, in order."""
        return tuple(c for c in self.criteria if not c.feedback_only)

    @property
    def standards(self) -> tuple[str, ...]:
        """The ids of every standard a criterion is aligned to, first seen first."""
        seen: dict[str, None] = {}
        for criterion in self.criteria:
            for standard in criterion.standards:
                seen.setdefault(standard, None)
        return tuple(seen)

    @property
    def maximum(self) -> float:
        """The most points the scored criteria can earn together."""
        return sum(self.points_range(c.id)[1] for c in self.scored_criteria)

    @property
    def minimum(self) -> float:
        """The fewest points the scored criteria can earn together."""
        return sum(self.points_range(c.id)[0] for c in self.scored_criteria)

    def criterion(self, id: str) -> Criterion:
        """Return the criterion with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        check = Checker(arguments=True)
        check.text("id", id, empty=True)
        check.done()
        for criterion in self.criteria:
            if criterion.id == id:
                return criterion
        message = (
            f"the rubric {shown(self.id)} has no criterion with the id {shown(id)}"
        )
        raise NotFoundError(message, key=id)

    def level_points(self, criterion_id: str, level: float) -> tuple[float, float]:
        """Return the lowest and highest points a level earns on a criterion.

        Both are the same unless the level has a range.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string or *level* not a
                number.
            NotFoundError: If there is no such criterion or level.
            InvalidDataError: If the criterion is feedback-only.
        """
        check = Checker(arguments=True)
        check.number("level", level)
        check.done()
        criterion = self._scored(criterion_id)
        return _range(criterion, self.scale.level(level))

    def points_range(self, criterion_id: str) -> tuple[float, float]:
        """Return the fewest and the most points a criterion can earn.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If there is no such criterion.
            InvalidDataError: If the criterion is feedback-only.
        """
        criterion = self._scored(criterion_id)
        return (
            _range(criterion, self.scale.levels[0])[0],
            _range(criterion, self.scale.levels[-1])[1],
        )

    def level_of_points(self, criterion_id: str, points: float) -> Level | None:
        """Return the level whose points or range hold *points* on a criterion.

        Returns:
            The level, or ``None`` if no level's points or range hold them.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string or *points* not a
                number.
            NotFoundError: If there is no such criterion.
            InvalidDataError: If the criterion is feedback-only.
        """
        check = Checker(arguments=True)
        check.number("points", points)
        check.done()
        criterion = self._scored(criterion_id)
        for level in self.scale.levels:
            low, high = _range(criterion, level)
            if low <= points <= high:
                return level
        return None

    def _scored(self, criterion_id: str) -> Criterion:
        criterion = self.criterion(criterion_id)
        if criterion.feedback_only:
            message = f"must be a scored criterion (got the feedback-only {shown(criterion_id)})"
            raise InvalidDataError.single("criterion_id", message)
        return criterion


def _range(criterion: Criterion, level: Level) -> tuple[float, float]:
    """The points a level earns on a criterion: its descriptor's, or the scale's."""
    descriptor = criterion.descriptor(level.points)
    high = level.points
    if descriptor is not None and descriptor.points is not None:
        high = descriptor.points
    low = high
    if descriptor is not None and descriptor.min_points is not None:
        low = descriptor.min_points
    return low, high
