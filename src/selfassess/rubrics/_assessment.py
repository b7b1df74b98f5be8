"""Filled rubrics: one rater's assessment of one piece of work, its score, its evidence.

An `Assessment` carries the `Rubric` it fills, so that it is checked against it when
it is built (every required criterion rated, levels that exist, points within their
range) and can be scored, compared and turned into evidence on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._people import Role
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import InvalidDataError
from selfassess.rubrics._rubric import Criterion, Rubric, RubricKind

__all__ = [
    "Assessment",
    "CriterionScore",
    "Rating",
    "Score",
    "to_evidence",
]


def _texts(check: Checker, path: str, values: object) -> None:
    if check.items(path, values, check.text):
        assert isinstance(values, tuple)  # for mypy: items() checked it
        check.unique(path, values, lambda text: text, "statement")


@attrs.frozen(kw_only=True)
class Rating:
    """One rater's judgement on one criterion of a rubric.

    Give the ``level`` (the points of a scale level), the ``points`` (anywhere in a
    level's points or range), or both; a feedback-only criterion takes neither, but a
    ``comment``.

    Attributes:
        criterion: The id of the criterion rated.
        level: The points of the scale level chosen, such as ``3.0``.
        points: The points given on the criterion, when they differ from the
            level's own points (within a range) or when no level is given.
        rationale: Why, in the rater's words ("I shared two ideas and listened").
        evidence: Ids of the artifacts that show it; no repeats.
        can_do: The "I can" statements of the criterion the rater ticked.
        comment: A comment; required on a feedback-only criterion.
        glows: On a single-point rubric: where the work goes beyond the criterion.
        grows: On a single-point rubric: what is not there yet.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    criterion: str
    level: float | None = number_field(optional=True, default=None)
    points: float | None = number_field(minimum=0, optional=True, default=None)
    rationale: str = ""
    evidence: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    can_do: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    comment: str = ""
    glows: str = ""
    grows: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("criterion", self.criterion)
        check.declared(self)
        for name in ("rationale", "comment", "glows", "grows"):
            check.text(name, getattr(self, name), empty=True)
        if check.items("evidence", self.evidence, check.identifier):
            check.unique("evidence", self.evidence, lambda id: id, "artifact")
        _texts(check, "can_do", self.can_do)
        check.done()


@attrs.frozen(kw_only=True)
class Assessment:
    """A filled rubric: one rater's assessment of one student's piece of work.

    A self-assessment is one whose rater is the student (``role``
    `selfassess.Role.STUDENT`); a peer's has `selfassess.Role.PEER`, a parent's
    `selfassess.Role.FAMILY`.

    Attributes:
        id: A short identifier.
        rubric: The rubric filled in.
        student: The id of the student whose work it is.
        rater: The id of the person who rated it (the student's own for a
            self-assessment).
        role: The rater's role.
        assessed_on: The day it was filled in.
        work: The id of the artifact assessed, if it is kept.
        ratings: One rating per criterion rated, in any order; every required
            criterion rated; no criterion twice.
        comment: An overall comment.

    Raises:
        InvalidDataError: If a field breaks its rule or a rating does not fit the
            rubric (an unknown criterion, a level not on the scale, points outside
            the level's range, a missing required criterion, a can-do statement the
            criterion does not have, a feedback-only criterion without comment).
    """

    id: str
    rubric: Rubric
    student: str
    rater: str
    role: Role
    assessed_on: date
    work: str | None = None
    ratings: tuple[Rating, ...] = attrs.field(converter=to_tuple)
    comment: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        rubric_ok = check.instance("rubric", self.rubric, Rubric)
        check.identifier("student", self.student)
        check.identifier("rater", self.rater)
        check.member("role", self.role, Role)
        check.day("assessed_on", self.assessed_on)
        check.optional_identifier("work", self.work)
        check.text("comment", self.comment, empty=True)
        ratings_ok = check.items("ratings", self.ratings, Rating)
        if ratings_ok:
            check.unique("ratings", self.ratings, lambda r: r.criterion, "criterion")
        if rubric_ok and ratings_ok:
            self._check_against_rubric(check)
        check.done()

    def _check_against_rubric(self, check: Checker) -> None:
        rubric = self.rubric
        known = {criterion.id: criterion for criterion in rubric.criteria}
        rated = {rating.criterion for rating in self.ratings}
        for index, criterion in enumerate(rubric.criteria):
            if criterion.required and criterion.id not in rated:
                check.add(
                    "ratings",
                    f"must rate the required criterion {shown(criterion.id)} "
                    f"(rubric criteria[{index}])",
                )
        for index, rating in enumerate(self.ratings):
            path = f"ratings[{index}]"
            found = known.get(rating.criterion)
            if found is None:
                check.add(
                    f"{path}.criterion",
                    f"must be the id of a criterion of {shown(rubric.id)} "
                    f"(got {shown(rating.criterion)})",
                )
            else:
                self._check_rating(check, path, rating, found)

    def _check_rating(
        self, check: Checker, path: str, rating: Rating, criterion: Criterion
    ) -> None:
        statements = set(criterion.can_do)
        for number, text in enumerate(rating.can_do):
            if text not in statements:
                check.add(
                    f"{path}.can_do[{number}]",
                    f"must be a can-do statement of {shown(criterion.id)} "
                    f"(got {shown(text)})",
                )
        if criterion.feedback_only:
            for name in ("level", "points"):
                if getattr(rating, name) is not None:
                    check.add(
                        f"{path}.{name}",
                        "must be left out on a feedback-only criterion "
                        f"(got {getattr(rating, name):g})",
                    )
            if not rating.comment.strip():
                check.add(
                    f"{path}.comment", "must not be empty on a feedback-only criterion"
                )
            return
        if rating.level is None and rating.points is None:
            check.add(f"{path}.level", "must be given, or points (got neither)")
            return
        scale = self.rubric.scale
        if rating.level is not None and rating.level not in {
            level.points for level in scale.levels
        }:
            listed = ", ".join(f"{level.points:g}" for level in scale.levels)
            check.add(
                f"{path}.level",
                f"must be the points of a level of {shown(scale.id)} "
                f"({listed}) (got {rating.level:g})",
            )
            return
        if rating.points is not None:
            self._check_points(check, path, rating)

    def _check_points(self, check: Checker, path: str, rating: Rating) -> None:
        assert rating.points is not None  # for mypy: the caller checked it
        rubric = self.rubric
        if rating.level is not None:
            low, high = rubric.level_points(rating.criterion, rating.level)
            if not low <= rating.points <= high:
                within = f"{high:g}" if low == high else f"{low:g} to {high:g}"
                check.add(
                    f"{path}.points",
                    f"must be within the points of level {rating.level:g} "
                    f"({within}) (got {rating.points:g})",
                )
        elif rubric.level_of_points(rating.criterion, rating.points) is None:
            low, high = rubric.points_range(rating.criterion)
            check.add(
                f"{path}.points",
                f"must be the points or within the range of a level of "
                f"{shown(rating.criterion)} ({low:g} to {high:g}) (got {rating.points:g})",
            )

    @property
    def is_self_assessment(self) -> bool:
        """Whether the student rated their own work."""
        return self.role is Role.STUDENT

    def rating(self, criterion_id: str) -> Rating | None:
        """Return the rating of a criterion, or ``None`` if it was not rated.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
        """
        check = Checker(arguments=True)
        check.text("criterion_id", criterion_id, empty=True)
        check.done()
        for rating in self.ratings:
            if rating.criterion == criterion_id:
                return rating
        return None

    def level(self, criterion_id: str) -> float | None:
        """Return the scale level given on a criterion, found from points if needed.

        Returns:
            The level's points, or ``None`` if the criterion was not rated or is
            feedback-only.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        criterion = self.rubric.criterion(criterion_id)
        rating = self.rating(criterion_id)
        if rating is None or criterion.feedback_only:
            return None
        if rating.level is not None:
            return rating.level
        assert rating.points is not None  # for mypy: checked when built
        found = self.rubric.level_of_points(criterion_id, rating.points)
        assert found is not None  # for mypy: checked when built
        return found.points

    def points(self, criterion_id: str) -> float | None:
        """Return the points earned on a criterion.

        A rating with a level and no points earns the level's top points.

        Returns:
            The points, or ``None`` if not rated or feedback-only.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        level = self.level(criterion_id)
        if level is None:
            return None
        rating = self.rating(criterion_id)
        assert rating is not None  # for mypy: level() found it
        if rating.points is not None:
            return rating.points
        return self.rubric.level_points(criterion_id, level)[1]

    def score(self) -> Score:
        """Return the assessment's total, maximum, percent and weighted scores.

        Only the scored criteria that were rated count, in the total and in the
        maximum alike, so that an optional criterion left out does not lower the
        percent.

        Returns:
            The score, with a row per rated scored criterion.

        Example:
            >>> from datetime import date
            >>> from selfassess import Role
            >>> from selfassess.rubrics import COLLABORATION, Assessment, Rating
            >>> mine = Assessment(
            ...     id="a1", rubric=COLLABORATION, student="ana", rater="ana",
            ...     role=Role.STUDENT, assessed_on=date(2026, 10, 2),
            ...     ratings=[Rating(criterion=c.id, level=3) for c in COLLABORATION.criteria],
            ... )
            >>> score = mine.score()
            >>> score.total, score.maximum, score.percent
            (12.0, 16.0, 75.0)
        """
        rows = []
        for criterion in self.rubric.scored_criteria:
            level = self.level(criterion.id)
            points = self.points(criterion.id)
            if level is None or points is None:
                continue
            low, high = self.rubric.points_range(criterion.id)
            rows.append(
                CriterionScore(
                    criterion=criterion.id,
                    level=level,
                    points=points,
                    minimum=low,
                    maximum=high,
                    weight=criterion.weight,
                )
            )
        return Score(
            assessment=self.id,
            rubric=self.rubric.id,
            kind=self.rubric.kind,
            criteria=rows,
            level=_overall_level(self.rubric, rows),
        )


def _overall_level(rubric: Rubric, rows: list[CriterionScore]) -> float | None:
    """Return the level of a holistic rubric, or the level the weighted mean reached.

    The mean is placed on the scale by `selfassess.LevelRule.REACHED`.
    """
    if not rows:
        return None
    if rubric.kind is RubricKind.HOLISTIC:
        return rows[0].level
    weights = sum((Fraction(row.weight) for row in rows), Fraction(0))
    mean = (
        sum((Fraction(row.weight) * Fraction(row.level) for row in rows), Fraction(0))
        / weights
    )
    return rubric.scale.level_for(float(mean)).points


@attrs.frozen(kw_only=True)
class CriterionScore:
    """The score on one criterion of an assessment.

    Attributes:
        criterion: The criterion's id.
        level: The points of the scale level given.
        points: The points earned.
        minimum: The fewest points the criterion can earn; at least 0.
        maximum: The most points the criterion can earn; at least ``minimum``.
        weight: The criterion's weight; greater than 0.

    Raises:
        InvalidDataError: If a number is not finite, the points are outside
            [minimum, maximum] or the weight is not greater than 0.
    """

    criterion: str
    level: float = number_field()
    points: float = number_field()
    minimum: float = number_field(minimum=0)
    maximum: float = number_field()
    weight: float = number_field(minimum=0, exclusive_minimum=True, default=1.0)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("criterion", self.criterion)
        valid = check.declared(self)
        if valid["minimum"] and valid["maximum"]:
            if self.maximum < self.minimum:
                check.add(
                    "maximum",
                    f"must be at least minimum ({self.minimum:g}) (got {self.maximum:g})",
                )
            elif valid["points"]:
                check.number(
                    "points", self.points, minimum=self.minimum, maximum=self.maximum
                )
        check.done()


def _sum(
    rows: tuple[CriterionScore, ...], value: Callable[[CriterionScore], float]
) -> Fraction:
    return sum((Fraction(value(row)) for row in rows), Fraction(0))


@attrs.frozen(kw_only=True)
class Score:
    """An assessment's score: per criterion, in total, as a percent and weighted.

    Attributes:
        assessment: The id of the assessment scored.
        rubric: The id of its rubric.
        kind: The rubric's kind.
        criteria: A row per rated scored criterion, in the rubric's order.
        level: The holistic level: on a holistic rubric the level given; otherwise
            the scale level reached by the weighted mean of the levels given.
            ``None`` when nothing was scored.

    Raises:
        InvalidDataError: If a field breaks its rule or criteria repeat.
    """

    assessment: str
    rubric: str
    kind: RubricKind = RubricKind.ANALYTIC
    criteria: tuple[CriterionScore, ...] = attrs.field(converter=to_tuple)
    level: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("assessment", self.assessment)
        check.identifier("rubric", self.rubric)
        check.member("kind", self.kind, RubricKind)
        if check.items("criteria", self.criteria, CriterionScore):
            check.unique("criteria", self.criteria, lambda c: c.criterion, "criterion")
        check.declared(self)
        check.done()

    @property
    def total(self) -> float:
        """The points earned, summed over the rated criteria."""
        return float(_sum(self.criteria, lambda row: row.points))

    @property
    def minimum(self) -> float:
        """The fewest points the rated criteria could have earned."""
        return float(_sum(self.criteria, lambda row: row.minimum))

    @property
    def maximum(self) -> float:
        """The most points the rated criteria could have earned."""
        return float(_sum(self.criteria, lambda row: row.maximum))

    @property
    def percent(self) -> float | None:
        """The total as a percent of the maximum (Canvas's rubric percent).

        ``None`` when the maximum is 0 (nothing scored).
        """
        maximum = _sum(self.criteria, lambda row: row.maximum)
        if maximum == 0:
            return None
        return float(_sum(self.criteria, lambda row: row.points) * 100 / maximum)

    @property
    def weighted_percent(self) -> float | None:
        """The weighted total as a percent of the weighted maximum.

        Each criterion counts its points times its weight: sum(w * points) /
        sum(w * maximum). ``None`` when the weighted maximum is 0.
        """
        # Both sides exactly: a float product weight * maximum could round down and
        # put a full score above 100 %.
        maximum = sum(
            (Fraction(row.weight) * Fraction(row.maximum) for row in self.criteria),
            Fraction(0),
        )
        if maximum == 0:
            return None
        earned = sum(
            (Fraction(row.weight) * Fraction(row.points) for row in self.criteria),
            Fraction(0),
        )
        return float(earned * 100 / maximum)

    def rescale(
        self,
        grade_min: float = 0.0,
        grade_max: float = 100.0,
        *,
        lock_zero: bool = False,
    ) -> float:
        """Return the total as a grade between *grade_min* and *grade_max*, as Moodle does.

        Moodle's rubric grading (Moodle docs, "Rubrics", grade calculation): by
        default the rubric's range is stretched onto the grade range,
        ``(total - minimum) / (maximum - minimum)``, so that the lowest levels
        everywhere give *grade_min*. With ``lock_zero`` (Moodle's "When converting
        rubric score to points/scale assume that minimum number of points is 0")
        the total is taken from zero, ``total / maximum``.

        Args:
            grade_min: The lowest grade.
            grade_max: The highest grade; greater than *grade_min*.
            lock_zero: Whether to count from zero points rather than the minimum.

        Returns:
            The grade, within [grade_min, grade_max].

        Raises:
            InvalidDataError: If the grades are not finite or in order, or nothing was
                scored so the rubric has no range.

        Example:
            >>> from selfassess.rubrics import CriterionScore, Score
            >>> score = Score(assessment="a1", rubric="r", criteria=[
            ...     CriterionScore(criterion="c1", level=3, points=3, minimum=1, maximum=4),
            ...     CriterionScore(criterion="c2", level=2, points=2, minimum=1, maximum=4),
            ... ])
            >>> score.rescale(0, 100), score.rescale(0, 100, lock_zero=True)
            (50.0, 62.5)
        """
        check = Checker(arguments=True)
        ok = check.number("grade_min", grade_min) & check.number("grade_max", grade_max)
        check.boolean("lock_zero", lock_zero)
        if ok and grade_max <= grade_min:
            check.add(
                "grade_max",
                f"must be greater than grade_min ({grade_min:g}) (got {grade_max:g})",
            )
        check.done()
        low = Fraction(0) if lock_zero else _sum(self.criteria, lambda r: r.minimum)
        high = _sum(self.criteria, lambda r: r.maximum)
        if high <= low:
            message = "must have a scored criterion with a range of points to rescale"
            raise InvalidDataError.single("criteria", message)
        share = (_sum(self.criteria, lambda r: r.points) - low) / (high - low)
        grade = Fraction(grade_min) + share * (
            Fraction(grade_max) - Fraction(grade_min)
        )
        return float(grade)


_EVIDENCE_KIND = {
    Role.STUDENT: EvidenceKind.SELF,
    Role.PEER: EvidenceKind.PEER,
}


def to_evidence(
    assessment: Assessment, kind: EvidenceKind = EvidenceKind.TEACHER
) -> tuple[Evidence, ...]:
    """Return one piece of evidence per standard the rated criteria are aligned to.

    The score is the level given on the scale (not the criterion's points), so that
    mastery is computed on the scale's levels. When several rated criteria are
    aligned to one standard, the score is their weighted mean level.

    A self-assessment's evidence is of kind `selfassess.EvidenceKind.SELF` and a peer's of kind
    `selfassess.EvidenceKind.PEER`, whatever *kind* says, so that mastery policies keep them
    apart unless asked; a teacher's or a specialist's is of *kind*.

    Args:
        assessment: The assessment to convert.
        kind: The kind of a teacher's or specialist's evidence, such as
            `selfassess.EvidenceKind.SUMMATIVE`; `selfassess.EvidenceKind.TEACHER` by default.

    Returns:
        The evidence, one per standard, in the order the rubric first names them;
        its ``source`` is the assessment's id.

    Raises:
        ArgumentTypeError: If *assessment* is not an `Assessment` or *kind* not a
            `selfassess.EvidenceKind`.
        InvalidDataError: If the rater is a family member (a parent's view is not
            evidence of learning).
    """
    arguments = Checker(arguments=True)
    arguments.instance("assessment", assessment, Assessment)
    arguments.member("kind", kind, EvidenceKind)
    arguments.done()
    check = Checker(arguments=True)
    if assessment.role is Role.FAMILY:
        check.add(
            "assessment.role",
            "must be student, teacher, peer or specialist to give evidence "
            "(got 'family')",
        )
    check.done()
    chosen = _EVIDENCE_KIND.get(assessment.role, kind)
    totals: dict[str, tuple[Fraction, Fraction]] = {}
    for criterion in assessment.rubric.scored_criteria:
        level = assessment.level(criterion.id)
        if level is None:
            continue
        for standard in criterion.standards:
            weighted, weights = totals.get(standard, (Fraction(0), Fraction(0)))
            weight = Fraction(criterion.weight)
            totals[standard] = (weighted + weight * Fraction(level), weights + weight)
    return tuple(
        Evidence(
            student=assessment.student,
            standard=standard,
            score=float(weighted / weights),
            assessed_on=assessment.assessed_on,
            kind=chosen,
            source=assessment.id,
        )
        for standard, (weighted, weights) in totals.items()
    )
