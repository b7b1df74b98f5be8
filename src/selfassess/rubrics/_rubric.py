"""Rubrics: criteria, each with its own ratings (descriptors), their points and ids.

A rubric has a kind (analytic, holistic, single-point, checklist) and criteria. Each
criterion is rated on its own ratings, its `Descriptor` values, lowest first: a title,
what work at that rating looks like, its points and the platform's id. A criterion
may instead take its ratings from the rubric's `selfassess.Scale` (the 4-point
self-report card rubric, the faces scale): give no descriptors, or descriptors that
only describe some levels of the scale, and the rubric fills in the rest.

What the platforms allow is allowed here: one rating or many, a different number on
each criterion, equal points on two ratings (Moodle, Open edX ORA), negative points
(Moodle), ratings without points (Google Classroom's unscored rubrics), ranges of
points (Canvas's "use range"), and criteria rated but left out of the total
(Canvas's ``ignore_for_scoring``).

How the models map onto the platforms' rubrics:

- Canvas: each criterion is a Canvas criterion, each `Descriptor` a rating (title:
  its ``description``; description: its ``long_description``; its ``points`` and
  ``id``), listed lowest first where Canvas lists highest first;
  ``criterion_use_range`` is `Criterion.use_range`, ``ignore_for_scoring`` is
  ``counted=False``, ``learning_outcome_id`` is `Criterion.outcome` and
  ``mastery_points`` is `Criterion.mastery_points`.
- Moodle: each criterion is a Moodle criterion, each `Descriptor` a level (its
  definition as the description, its score as the points, its id); Moodle's two
  ways of turning the total into a grade are `Score.rescale` with and without
  ``lock_zero``.
- Open edX ORA: each criterion is an ORA criterion, each `Descriptor` an option (its
  label as the title, its explanation as the description, its points, its name as
  the id); a criterion with feedback and no options is feedback-only.
- Google Classroom: each criterion is a Classroom criterion, each `Descriptor` a
  level (title, description, points, id); an unscored rubric's levels have no
  points.
"""

from __future__ import annotations

import enum

import attrs

from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Scale
from selfassess._standards import SuccessCriterion
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import InvalidDataError, NotFoundError

__all__ = ["Criterion", "Descriptor", "Rubric", "RubricKind"]


class RubricKind(enum.Enum):
    """The shape of a rubric."""

    ANALYTIC = "analytic"
    """Several criteria, each rated on its own ratings."""
    HOLISTIC = "holistic"
    """One overall judgement, so exactly one rated criterion."""
    SINGLE_POINT = "single_point"
    """One "proficient" descriptor per criterion, with "glows" (beyond it) and
    "grows" (not yet) written beside it."""
    CHECKLIST = "checklist"
    """Can-do items, each ticked or not, so exactly two ratings per criterion."""


@attrs.frozen(kw_only=True)
class Descriptor:
    """One rating of a criterion: its title, what work at it looks like, its points.

    A descriptor that gives a ``level`` describes that level of the rubric's scale;
    the rubric fills in its title and points from the level when they are left out.
    One without a level is a rating of the criterion's own.

    Attributes:
        level: The points of the scale level it describes, such as ``3.0``; ``None``
            for a rating of the criterion's own.
        title: The rating's name, such as ``"Full Marks"`` or ``"Proficient"``.
        description: What work at this rating looks like.
        can_do: "I can" statements a student ticks at this rating; no repeats.
        points: The points the rating earns; any finite number (Moodle allows
            negative ones). ``None`` for a rating without points (an unscored
            rubric) or, with a ``level``, the level's own points.
        id: The platform's id of the rating, kept so that what is read can be
            written back; unique in its criterion.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    level: float | None = number_field(optional=True, default=None)
    title: str = ""
    description: str = ""
    can_do: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    points: float | None = number_field(optional=True, default=None)
    id: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.text("title", self.title, empty=True)
        check.text("description", self.description, empty=True)
        if check.items("can_do", self.can_do, check.text):
            check.unique("can_do", self.can_do, lambda text: text, "statement")
        check.optional_identifier("id", self.id)
        check.done()

    @property
    def label(self) -> str:
        """How the rating is named to people.

        Its title, else its description, else its points.
        """
        if self.title.strip():
            return self.title
        if self.description.strip():
            return self.description
        if self.points is not None:
            return points_text(self.points)
        return f"level {self.level:g}" if self.level is not None else "a rating"


@attrs.frozen(kw_only=True)
class Criterion:
    """One row of a rubric: what is judged, and the ratings it is judged on.

    Attributes:
        id: Unique in the rubric; a platform's criterion id fits.
        title: What is judged, such as ``"Participation"``.
        description: More about what is judged (Canvas's ``long_description``,
            an ORA prompt, a Classroom criterion's description).
        success_criterion: The success criterion it checks, if any.
        standards: The ids of the standards it is aligned to; no repeats. A rating
            on this criterion becomes evidence for each of them.
        weight: How much it counts in a weighted total; finite, greater than 0.
        descriptors: Its ratings, lowest first. Either each gives a ``level`` of the
            rubric's scale (or there are none), and the criterion is rated on the
            scale, described where a descriptor says how; or none gives a level,
            and these are the criterion's own ratings, at least one.
        feedback_only: Whether it takes a comment instead of a rating: no
            descriptors, and a comment required in every rating of it.
        required: Whether every assessment must rate it.
        use_range: Whether a rating covers a range of points, as Canvas's "use
            range": each rating covers the points above the rating below it, up to
            and including its own; the lowest everything up to its own.
        counted: Whether its points count in the total. A criterion rated but not
            counted is Canvas's ``ignore_for_scoring``.
        outcome: The id of the platform's outcome it is aligned to, if any.
        mastery_points: The points at or above which a rating shows mastery
            (Canvas's outcome criteria), if set.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    title: str
    description: str = ""
    success_criterion: SuccessCriterion | None = None
    standards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    weight: float = number_field(minimum=0, exclusive_minimum=True, default=1.0)
    descriptors: tuple[Descriptor, ...] = attrs.field(default=(), converter=to_tuple)
    feedback_only: bool = False
    required: bool = True
    use_range: bool = False
    counted: bool = True
    outcome: str | None = None
    mastery_points: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("title", self.title)
        check.text("description", self.description, empty=True)
        if self.success_criterion is not None:
            check.instance(
                "success_criterion", self.success_criterion, SuccessCriterion
            )
        if check.items("standards", self.standards, check.identifier):
            check.unique("standards", self.standards, lambda s: s, "standard")
        check.declared(self)
        described = check.items("descriptors", self.descriptors, Descriptor)
        feedback = check.boolean("feedback_only", self.feedback_only)
        for name in ("required", "use_range", "counted"):
            check.boolean(name, getattr(self, name))
        check.optional_identifier("outcome", self.outcome)
        if described:
            self._check_descriptors(check)
        if feedback and described and self.feedback_only and self.descriptors:
            check.add(
                "descriptors",
                "must be empty for a feedback-only criterion "
                f"(got {len(self.descriptors)})",
            )
        if feedback and self.feedback_only:
            if self.mastery_points is not None:
                check.add(
                    "mastery_points",
                    "must be left out on a feedback-only criterion "
                    f"(got {shown(self.mastery_points)})",
                )
            if self.use_range is True:
                check.add(
                    "use_range", "must be false on a feedback-only criterion (got True)"
                )
        check.done()

    def _check_descriptors(self, check: Checker) -> None:
        descriptors = self.descriptors
        on_scale = [d.level is not None for d in descriptors]
        if any(on_scale) and not all(on_scale):
            index = on_scale.index(False)
            check.add(
                f"descriptors[{index}].level",
                "must be given on every descriptor or on none: the others describe "
                "levels of the rubric's scale (got None)",
            )
            return
        if all(on_scale):
            check.unique("descriptors", descriptors, lambda d: d.level, "level")
        ids = [(index, d.id) for index, d in enumerate(descriptors) if d.id is not None]
        seen: set[str] = set()
        for index, id in ids:
            if id in seen:
                check.add(
                    f"descriptors[{index}].id",
                    f"must be unique in the criterion (got {shown(id)} again)",
                )
            seen.add(id)
        if descriptors and not all(on_scale):
            self._check_own(check)

    def _check_own(self, check: Checker) -> None:
        """The rules of a criterion's own ratings (the scale's are the rubric's)."""
        descriptors = self.descriptors
        for index, descriptor in enumerate(descriptors):
            if not (
                descriptor.title.strip()
                or descriptor.description.strip()
                or descriptor.points is not None
            ):
                check.add(
                    f"descriptors[{index}]",
                    "must have a title, a description or points, so that the rating "
                    "can be told from the others",
                )
        scored = [d.points is not None for d in descriptors]
        if any(scored) and not all(scored):
            index = scored.index(False)
            check.add(
                f"descriptors[{index}].points",
                "must be given on every rating of the criterion or on none (got None)",
            )
            return
        check_points(check, "descriptors", self, [d.points for d in descriptors])

    @property
    def on_scale(self) -> bool:
        """Whether it is rated on the rubric's scale (its descriptors give levels)."""
        return all(d.level is not None for d in self.descriptors)

    @property
    def scored(self) -> bool:
        """Whether its ratings have points (a rubric fills in a scale's points)."""
        return not self.feedback_only and all(
            d.points is not None or d.level is not None for d in self.descriptors
        )

    def descriptor(self, level: float) -> Descriptor | None:
        """Return the descriptor of the scale level with these points, if any.

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

    def rating(self, id: str) -> Descriptor:
        """Return the rating (descriptor) with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If no rating of the criterion has this id.
        """
        check = Checker(arguments=True)
        check.text("id", id, empty=True)
        check.done()
        for descriptor in self.descriptors:
            if descriptor.id == id:
                return descriptor
        message = (
            f"the criterion {shown(self.id)} has no rating with the id {shown(id)}"
        )
        raise NotFoundError(message, key=id)

    @property
    def can_do(self) -> tuple[str, ...]:
        """Every "I can" statement of every rating, lowest first."""
        return tuple(text for d in self.descriptors for text in d.can_do)

    @property
    def points_range(self) -> tuple[float, float] | None:
        """The fewest and the most points its ratings earn; ``None`` without points.

        On a rubric's criterion, the scale's points are filled in.
        """
        points = [d.points for d in self.descriptors if d.points is not None]
        if self.feedback_only or not points or len(points) != len(self.descriptors):
            return None
        return min(points), max(points)

    def positions_of(self, points: float) -> tuple[int, ...]:
        """Return the positions (0 lowest) of the ratings that hold these points.

        With ``use_range``, the one rating whose range holds them, as Canvas finds it
        (the lowest rating whose points are at least these: 5.25 on ratings 0, 5
        and 10 is the 10); without, every rating worth exactly these points. None
        when the points are above every rating's, or between ratings.

        Raises:
            ArgumentTypeError: If *points* is not a number.
        """
        check = Checker(arguments=True)
        check.number("points", points)
        check.done()
        if self.use_range:
            for index, descriptor in enumerate(self.descriptors):
                if descriptor.points is not None and points <= descriptor.points:
                    return (index,)
            return ()
        return tuple(
            index for index, d in enumerate(self.descriptors) if d.points == points
        )

    def placed(self, points: float) -> int:
        """Return the position of the rating points fall in, when they are free.

        Points on a rating, or in its range, give that rating (the lowest of
        equal ones). Other points are placed as a scale places a score
        (`selfassess.LevelRule.REACHED`): at the highest rating they reach, so
        that no rating is claimed before it is earned; points below every rating
        at the lowest, above every rating at the top one.

        Raises:
            ArgumentTypeError: If *points* is not a number.
            InvalidDataError: If the criterion's ratings have no points.
        """
        held = self.positions_of(points)
        if self.points_range is None:
            message = f"must be a criterion with points (got {shown(self.id)})"
            raise InvalidDataError.single("criterion", message)
        if held:
            return held[0]
        worth = [d.points or 0.0 for d in self.descriptors]  # all given: checked
        reached = 0
        for index, value in enumerate(worth):
            if worth[reached] < value <= points:
                reached = index
        return reached


def points_text(points: float) -> str:
    """Points in words: ``"1 point"``, ``"6.5 points"``."""
    return f"{points:g} point" if points == 1 else f"{points:g} points"


def check_points(
    check: Checker, path: str, criterion: Criterion, points: list[float | None]
) -> None:
    """Check that ratings' points do not fall going up (rise, with a range)."""
    if any(value is None for value in points):
        if criterion.use_range:
            check.add(
                "use_range",
                "must be false on a criterion whose ratings have no points (got True)",
            )
        return
    for index in range(1, len(points)):
        before, after = points[index - 1], points[index]
        assert before is not None
        assert after is not None
        if after < before:
            check.add(
                f"{path}[{index}].points",
                "must be at least the points of the rating below it, lowest first "
                f"({before:g}) (got {after:g})",
            )
        elif criterion.use_range and after == before:
            check.add(
                f"{path}[{index}].points",
                "must be more than the points of the rating below it on a criterion "
                f"with a range ({before:g}) (got {after:g})",
            )


@attrs.frozen(kw_only=True)
class Rubric:
    """A rubric: criteria, each rated on its own ratings or on the rubric's scale.

    Attributes:
        id: A short identifier; a platform's rubric id fits.
        title: The name shown to people.
        kind: Its shape; analytic by default.
        scale: The scale that criteria without ratings of their own are rated on,
            and that a rubric's overall level is placed on; the 4-point scale by
            default, or ``None``.
        criteria: The criteria, in order; at least one; ids unique. A criterion on
            the scale is kept with every level of it as a descriptor, lowest first,
            each with the title and points of its level unless it gave its own.
        description: What it is for, for whom.
        feedback_only: Whether it only collects comments. If false (the default),
            at least one criterion is rated; if true, none is.

    Rules by kind: a holistic rubric has exactly one rated criterion; a single-point
    rubric describes each rated criterion at one rating only (its only descriptor,
    or on the scale at most one level with a description or can-do statements, a
    mastery level); a checklist's rated criteria have exactly two ratings each.

    A criterion on the scale is filled in once, when the rubric is built: a rubric
    evolved onto another scale keeps the titles and points already filled in, so
    build it from the criteria as first written to change its scale.

    A criterion's ratings never lose points going up (equal points are allowed; with
    a range, each rating has more than the one below). The rubric's `maximum` and
    `minimum` add up the counted criteria's most and fewest points.

    Raises:
        InvalidDataError: If any rule above is broken, listing every problem.

    Example:
        >>> from selfassess.rubrics import Criterion, Descriptor, Rubric
        >>> rubric = Rubric(id="poster", title="Fraction poster", criteria=[
        ...     Criterion(id="accuracy", title="Accuracy", descriptors=[
        ...         Descriptor(level=3, description="Every fraction is right."),
        ...     ]),
        ...     Criterion(id="neatness", title="Neatness", descriptors=[
        ...         Descriptor(title="No Marks", points=0),
        ...         Descriptor(title="Full Marks", points=5),
        ...     ]),
        ...     Criterion(id="notes", title="Notes", feedback_only=True),
        ... ])
        >>> rubric.maximum, [c.id for c in rubric.scored_criteria]
        (9.0, ['accuracy', 'neatness'])
        >>> [d.title for d in rubric.criterion("accuracy").descriptors]
        ['Not proficient', 'Partially proficient', 'Proficient', 'Advanced']
    """

    __repr__ = short_repr

    id: str
    title: str
    kind: RubricKind = RubricKind.ANALYTIC
    scale: Scale | None = FOUR_POINT
    criteria: tuple[Criterion, ...] = attrs.field(converter=to_tuple)
    description: str = ""
    feedback_only: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("title", self.title)
        kind_ok = check.member("kind", self.kind, RubricKind)
        scale_ok = self.scale is None or check.instance("scale", self.scale, Scale)
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
                self._check_rated(check)
        if criteria_ok and scale_ok:
            for index, criterion in enumerate(self.criteria):
                self._check_criterion(check, f"criteria[{index}]", criterion)
        if criteria_ok and scale_ok and kind_ok:
            self._check_kind(check)
        check.done()
        # The criteria on the scale are kept whole: every level a descriptor, with
        # its title and points, so that every reader sees a criterion's ratings.
        object.__setattr__(
            self, "criteria", tuple(self._filled(c) for c in self.criteria)
        )

    def _filled(self, criterion: Criterion) -> Criterion:
        if criterion.feedback_only or not criterion.on_scale or self.scale is None:
            return criterion
        given = {d.level: d for d in criterion.descriptors}
        descriptors = []
        for level in self.scale.levels:
            found = given.get(level.points)
            if found is None:
                found = Descriptor(level=level.points)
            descriptors.append(
                attrs.evolve(
                    found,
                    title=found.title or level.label,
                    points=level.points if found.points is None else found.points,
                )
            )
        filled = tuple(descriptors)
        if filled == criterion.descriptors:
            return criterion
        return attrs.evolve(criterion, descriptors=filled)

    def _check_rated(self, check: Checker) -> None:
        rated = [c for c in self.criteria if not c.feedback_only]
        if self.feedback_only and rated:
            index = self.criteria.index(rated[0])
            check.add(
                f"criteria[{index}].feedback_only",
                "must be true in a feedback-only rubric (got False)",
            )
        if not self.feedback_only and not rated:
            check.add(
                "criteria",
                "must have at least one rated criterion unless the rubric is "
                "feedback-only",
            )

    def _check_criterion(self, check: Checker, path: str, criterion: Criterion) -> None:
        if criterion.feedback_only:
            return
        if criterion.on_scale:
            self._check_on_scale(check, path, criterion)
        elif criterion.standards and criterion.points_range is None:
            check.add(
                f"{path}.standards",
                "must be empty on a criterion whose ratings have neither points nor "
                "levels: a rating on it is no evidence of a standard "
                f"(got {len(criterion.standards)})",
            )
        if criterion.mastery_points is not None and not criterion.scored:
            check.add(
                f"{path}.mastery_points",
                "must be left out on a criterion whose ratings have no points "
                f"(got {criterion.mastery_points:g})",
            )

    def _check_on_scale(self, check: Checker, path: str, criterion: Criterion) -> None:
        if self.scale is None:
            check.add(
                f"{path}.descriptors",
                "must be the criterion's own ratings, without levels: the rubric "
                "has no scale",
            )
            return
        levels = {level.points: level for level in self.scale.levels}
        listed = ", ".join(f"{level.points:g}" for level in self.scale.levels)
        unknown = False
        for index, descriptor in enumerate(criterion.descriptors):
            if descriptor.level not in levels:
                unknown = True
                assert descriptor.level is not None  # for mypy: on_scale
                check.add(
                    f"{path}.descriptors[{index}].level",
                    f"must be the points of a level of {shown(self.scale.id)} ({listed}) "
                    f"(got {descriptor.level:g})",
                )
        if unknown:
            return
        by_level = {d.level: d for d in criterion.descriptors}
        points: list[float | None] = []
        for level in self.scale.levels:
            found = by_level.get(level.points)
            points.append(
                level.points if found is None or found.points is None else found.points
            )
        # A problem is reported at the descriptor that gave the points, if one did.
        problems = Checker()
        check_points(problems, "levels", criterion, points)
        order = {level.points: index for index, level in enumerate(self.scale.levels)}
        index_of = {
            order[d.level]: number
            for number, d in enumerate(criterion.descriptors)
            if d.level is not None
        }
        for problem in problems.problems:
            where = problem.path.removeprefix("levels[").split("]", 1)
            level_index = int(where[0]) if where[0].isdigit() else -1
            number = index_of.get(level_index)
            target = (
                f"{path}.descriptors[{number}].points"
                if number is not None
                else f"{path}.descriptors"
            )
            check.add(target, problem.message)

    def _check_kind(self, check: Checker) -> None:
        rated = [
            (index, c) for index, c in enumerate(self.criteria) if not c.feedback_only
        ]
        if self.kind is RubricKind.HOLISTIC and len(rated) != 1:
            check.add(
                "criteria",
                "must have exactly one rated criterion in a holistic rubric "
                f"(got {len(rated)})",
            )
        elif self.kind is RubricKind.CHECKLIST:
            for index, criterion in rated:
                count = (
                    len(self.scale.levels)
                    if criterion.on_scale and self.scale is not None
                    else len(criterion.descriptors)
                )
                if count != 2:
                    check.add(
                        f"criteria[{index}].descriptors",
                        f"must give exactly 2 ratings in a checklist (got {count})",
                    )
        elif self.kind is RubricKind.SINGLE_POINT:
            mastery = (
                {level.points for level in self.scale.mastery_levels}
                if self.scale is not None
                else set()
            )
            for index, criterion in rated:
                self._check_single_point(check, index, criterion, mastery)

    def _check_single_point(
        self, check: Checker, index: int, criterion: Criterion, mastery: set[float]
    ) -> None:
        """One rating described: the criterion's only one, or one level of the scale.

        On the scale, the levels without a description or can-do statements are the
        ones the rubric fills in, so the rule holds as well before as after.
        """
        path = f"criteria[{index}].descriptors"
        if not criterion.on_scale:
            if len(criterion.descriptors) != 1:
                check.add(
                    path,
                    "must have exactly one descriptor in a single-point rubric "
                    f"(got {len(criterion.descriptors)})",
                )
            return
        described = [
            (number, d)
            for number, d in enumerate(criterion.descriptors)
            if d.description.strip() or d.can_do
        ]
        if len(described) > 1:
            check.add(
                path,
                "must describe one level only in a single-point rubric, with a "
                f"description or can-do statements (got {len(described)})",
            )
            return
        if not described:
            return
        number, descriptor = described[0]
        if descriptor.level not in mastery:
            assert descriptor.level is not None  # for mypy: on_scale
            check.add(
                f"{path}[{number}].level",
                "must be a mastery level of the scale in a single-point "
                f"rubric (got {descriptor.level:g})",
            )

    @property
    def rated_criteria(self) -> tuple[Criterion, ...]:
        """The criteria rated on ratings (not feedback-only), in order."""
        return tuple(c for c in self.criteria if not c.feedback_only)

    @property
    def scored_criteria(self) -> tuple[Criterion, ...]:
        """The rated criteria whose ratings have points, in order."""
        return tuple(c for c in self.criteria if c.points_range is not None)

    @property
    def counted_criteria(self) -> tuple[Criterion, ...]:
        """The scored criteria whose points count in the total, in order."""
        return tuple(c for c in self.scored_criteria if c.counted)

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
        """The most points the counted criteria can earn together.

        Canvas's ``points_possible``; 0 on a rubric without points.
        """
        return float(sum(_bounds(c)[1] for c in self.counted_criteria))

    @property
    def minimum(self) -> float:
        """The fewest points the counted criteria can earn together."""
        return float(sum(_bounds(c)[0] for c in self.counted_criteria))

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

    def points_range(self, criterion_id: str) -> tuple[float, float]:
        """Return the fewest and the most points a criterion can earn.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If there is no such criterion.
            InvalidDataError: If the criterion's ratings have no points.
        """
        criterion = self.criterion(criterion_id)
        found = criterion.points_range
        if found is None:
            message = (
                f"must be a criterion with points (got {shown(criterion_id)}, "
                "whose ratings have none)"
            )
            raise InvalidDataError.single("criterion_id", message)
        return found


def _bounds(criterion: Criterion) -> tuple[float, float]:
    found = criterion.points_range
    assert found is not None  # for mypy: only scored criteria are asked
    return found
