"""Filled rubrics: one rater's assessment of one piece of work, its score, its evidence.

An `Assessment` carries the `Rubric` it fills, so that it is checked against it when
it is built (every required criterion rated, ratings and levels that exist, points
only where the ratings have points) and can be scored, compared and turned into
evidence on its own. Points given are kept as given, even beyond the ratings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._people import Role
from selfassess._repr import short_repr
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import InvalidDataError
from selfassess.rubrics._rubric import Criterion, Descriptor, Rubric, RubricKind

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

    Name the rating chosen by its ``descriptor`` id, its scale ``level`` or its
    ``points``; a feedback-only criterion takes none of them, but a ``comment``,
    and an optional criterion may take a comment alone (it is then not rated).
    Points given beside a named rating are kept as given, even off the rating's
    points (a Classroom teacher's 6.5 on a 6-point level); points alone may fall
    between or beyond the ratings (Canvas's free points) and are kept as given.

    Attributes:
        criterion: The id of the criterion rated.
        level: The points of the scale level chosen, such as ``3.0``.
        points: The points given on the criterion; any finite number.
        descriptor: The id of the criterion's rating chosen.
        rationale: Why, in the rater's words ("I shared two ideas and listened").
        evidence: Ids of the artifacts that show it; no repeats.
        can_do: The "I can" statements of the criterion the rater ticked.
        comment: A comment; required on a feedback-only criterion.
        glows: On a single-point rubric: where the work goes beyond the criterion.
        grows: On a single-point rubric: what is not there yet.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    criterion: str
    level: float | None = number_field(optional=True, default=None)
    points: float | None = number_field(optional=True, default=None)
    descriptor: str | None = None
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
        check.optional_identifier("descriptor", self.descriptor)
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
            rubric (an unknown criterion, rating id or level, points that match
            two ratings of equal points, points on a criterion without points, a
            missing required criterion, a can-do statement the criterion does not
            have, a feedback-only criterion without comment).
    """

    __repr__ = short_repr

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
            for name in ("level", "points", "descriptor"):
                value = getattr(rating, name)
                if value is not None:
                    check.add(
                        f"{path}.{name}",
                        "must be left out on a feedback-only criterion "
                        f"(got {shown(value)})",
                    )
            if not rating.comment.strip():
                check.add(
                    f"{path}.comment", "must not be empty on a feedback-only criterion"
                )
            return
        if rating.points is not None and criterion.points_range is None:
            check.add(
                f"{path}.points",
                f"must be left out: the ratings of {shown(criterion.id)} have no "
                f"points (got {rating.points:g})",
            )
            return
        _choose(check, path, rating, criterion)

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

    def _given(self, criterion_id: str) -> tuple[Criterion, Rating] | None:
        criterion = self.rubric.criterion(criterion_id)
        rating = self.rating(criterion_id)
        if rating is None or criterion.feedback_only:
            return None
        return criterion, rating

    def descriptor(self, criterion_id: str) -> Descriptor | None:
        """Return the rating (descriptor) chosen on a criterion.

        Returns:
            The descriptor named by id or level, or holding the points given;
            ``None`` if the criterion was not rated, is feedback-only, or was given
            free points that no rating holds.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        given = self._given(criterion_id)
        if given is None:
            return None
        criterion, rating = given
        chosen = _choose(Checker(), "", rating, criterion)
        return None if chosen is None else criterion.descriptors[chosen]

    def position(self, criterion_id: str) -> int | None:
        """Return the position of the rating given, in the criterion's order.

        0 is the lowest rating. Free points that no rating holds are placed by
        `Criterion.placed` (the rating above them, or the top one).

        Returns:
            The position, or ``None`` if the criterion was not rated (or only
            commented on) or is feedback-only.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        given = self._given(criterion_id)
        if given is None:
            return None
        criterion, rating = given
        chosen = _choose(Checker(), "", rating, criterion)
        if chosen is not None:
            return chosen
        if rating.points is None:
            return None  # a comment alone
        return criterion.placed(rating.points)

    def level(self, criterion_id: str) -> float | None:
        """Return the scale level of the rating given on a criterion.

        Returns:
            The level's points, or ``None`` if the criterion was not rated, is
            feedback-only, or is rated on its own ratings (no scale level).

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        position = self.position(criterion_id)
        if position is None:
            return None
        return self.rubric.criterion(criterion_id).descriptors[position].level

    def points(self, criterion_id: str) -> float | None:
        """Return the points earned on a criterion.

        Points given are kept as given; a rating named without points earns its
        rating's points.

        Returns:
            The points, or ``None`` if not rated, feedback-only or without points.

        Raises:
            ArgumentTypeError: If *criterion_id* is not a string.
            NotFoundError: If the rubric has no criterion with this id.
        """
        given = self._given(criterion_id)
        if given is None:
            return None
        criterion, rating = given
        if rating.points is not None:
            return rating.points
        position = self.position(criterion_id)
        if position is None:
            return None  # a comment alone
        return criterion.descriptors[position].points

    def score(self) -> Score:
        """Return the assessment's total, maximum, percent and weighted scores.

        Every rated criterion with points has a row; only the counted ones count,
        in the total and in the maximum alike, so that an optional criterion left
        out does not lower the percent.

        Returns:
            The score, with a row per rated criterion that has points.

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
            points = self.points(criterion.id)
            position = self.position(criterion.id)
            if points is None or position is None:
                continue
            chosen = self.descriptor(criterion.id)
            placed = criterion.descriptors[position]
            low, high = _bounds(criterion)
            rows.append(
                CriterionScore(
                    criterion=criterion.id,
                    rating=None if chosen is None else chosen.label,
                    level=placed.level,
                    points=points,
                    minimum=low,
                    maximum=high,
                    weight=criterion.weight,
                    counted=criterion.counted,
                    as_given=chosen is None or not _holds(criterion, position, points),
                )
            )
        return Score(
            assessment=self.id,
            rubric=self.rubric.id,
            kind=self.rubric.kind,
            criteria=rows,
            level=_overall_level(self.rubric, rows),
        )


def _bounds(criterion: Criterion) -> tuple[float, float]:
    found = criterion.points_range
    assert found is not None  # for mypy: scored criteria only
    return found


def _holds(criterion: Criterion, position: int, points: float) -> bool:
    """Whether the points are the rating's own, or in its range."""
    return position in criterion.positions_of(points) or (
        criterion.descriptors[position].points == points
    )


def _choose(
    check: Checker, path: str, rating: Rating, criterion: Criterion
) -> int | None:
    """The position of the rating a judgement names, reporting what does not fit.

    By id first, then by scale level, then by the points given (the one rating
    holding them; ``None`` for free points no rating holds).
    """
    descriptors = criterion.descriptors
    if rating.descriptor is not None:
        found = [i for i, d in enumerate(descriptors) if d.id == rating.descriptor]
        if not found:
            ids = ", ".join(shown(d.id) for d in descriptors if d.id is not None)
            check.add(
                f"{path}.descriptor",
                f"must be the id of a rating of {shown(criterion.id)} "
                f"({ids or 'none has an id'}) (got {shown(rating.descriptor)})",
            )
        elif rating.level is not None and descriptors[found[0]].level != rating.level:
            check.add(
                f"{path}.level",
                f"must be the level of the rating {shown(rating.descriptor)} "
                f"({shown(descriptors[found[0]].level)}) (got {rating.level:g})",
            )
            found = []
    elif rating.level is not None:
        found = [i for i, d in enumerate(descriptors) if d.level == rating.level]
        if not found:
            levels = ", ".join(
                f"{d.level:g}" for d in descriptors if d.level is not None
            )
            check.add(
                f"{path}.level",
                f"must be the points of a level {shown(criterion.id)} is rated on "
                f"({levels or 'it has its own ratings: name one by its descriptor id'}) "
                f"(got {rating.level:g})",
            )
    elif rating.points is not None:
        found = list(criterion.positions_of(rating.points))
        if len(found) > 1:
            titles = ", ".join(shown(descriptors[index].label) for index in found)
            check.add(
                f"{path}.points",
                f"must name one rating: {rating.points:g} points are worth {titles} "
                f"on {shown(criterion.id)}; give the rating's descriptor id",
            )
            found = []
    else:
        found = []
        # A comment alone on an optional criterion is kept, and the criterion
        # left unrated, as Canvas keeps a comment without points.
        if criterion.required or not rating.comment.strip():
            check.add(
                f"{path}.descriptor",
                "must be given, or a level or points (got none of them); a "
                "comment alone is kept only on an optional criterion",
            )
    return found[0] if found else None


def _overall_level(rubric: Rubric, rows: list[CriterionScore]) -> float | None:
    """Return the level of a holistic rubric, or the level the weighted mean reached.

    The mean is placed on the scale by `selfassess.LevelRule.REACHED`; ``None``
    when a row has no scale level or the rubric has no scale.
    """
    rows = [row for row in rows if row.counted]
    if not rows:
        return None
    if rubric.kind is RubricKind.HOLISTIC:
        return rows[0].level
    levels = [row.level for row in rows]
    if rubric.scale is None or any(level is None for level in levels):
        return None
    weights = sum((Fraction(row.weight) for row in rows), Fraction(0))
    mean = (
        sum(
            (
                Fraction(row.weight) * Fraction(level or 0)
                for row, level in zip(rows, levels, strict=False)
            ),
            Fraction(0),
        )
        / weights
    )
    return rubric.scale.level_for(float(mean)).points


@attrs.frozen(kw_only=True)
class CriterionScore:
    """The score on one criterion of an assessment.

    Attributes:
        criterion: The criterion's id.
        rating: The name (`Descriptor.label`) of the rating chosen; ``None`` for
            free points that no rating holds.
        level: The scale level of the rating chosen or, for free points, of the
            rating they are placed in; ``None`` off the scale.
        points: The points earned, as given.
        minimum: The fewest points the criterion's ratings earn.
        maximum: The most points the criterion's ratings earn; at least
            ``minimum``. Points given may lie beyond both.
        weight: The criterion's weight; greater than 0.
        counted: Whether the points count in the total.
        as_given: Whether the points are not the chosen rating's own (nor in its
            range): free points or a rater's override, shown as given.

    Raises:
        InvalidDataError: If a number is not finite, the maximum is below the
            minimum or the weight is not greater than 0.
    """

    __repr__ = short_repr

    criterion: str
    rating: str | None = None
    level: float | None = number_field(optional=True, default=None)
    points: float = number_field()
    minimum: float = number_field()
    maximum: float = number_field()
    weight: float = number_field(minimum=0, exclusive_minimum=True, default=1.0)
    counted: bool = True
    as_given: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("criterion", self.criterion)
        if self.rating is not None:
            check.text("rating", self.rating)
        valid = check.declared(self)
        check.boolean("counted", self.counted)
        check.boolean("as_given", self.as_given)
        if valid["minimum"] and valid["maximum"] and self.maximum < self.minimum:
            check.add(
                "maximum",
                f"must be at least minimum ({self.minimum:g}) (got {self.maximum:g})",
            )
        check.done()


def _decimal(value: float) -> Fraction:
    """A float read as the decimal it prints as.

    0.7 is 7/10, not the binary fraction nearest it, so that 0.7 of 0.8 points is
    exactly 7/8, as a teacher (and Moodle's rounding) means it.
    """
    return Fraction(repr(float(value)))


def _sum(
    rows: tuple[CriterionScore, ...], value: Callable[[CriterionScore], float]
) -> Fraction:
    return sum((_decimal(value(row)) for row in rows if row.counted), Fraction(0))


def _finite(value: Fraction) -> float:
    """An exact sum as a float, or a clear error when no float can hold it."""
    try:
        return float(value)
    except OverflowError:
        message = "must add up to a number a float can hold (the sum is beyond 1.8e308)"
        raise InvalidDataError.single("criteria", message) from None


def _php_round(value: Fraction) -> Fraction:
    """PHP's ``round($value, 0)``: to the nearest whole number, halves away from 0."""
    whole = (abs(value) * 2 + 1) // 2
    return Fraction(whole if value >= 0 else -whole)


@attrs.frozen(kw_only=True)
class Score:
    """An assessment's score: per criterion, in total, as a percent and weighted.

    Attributes:
        assessment: The id of the assessment scored.
        rubric: The id of its rubric.
        kind: The rubric's kind.
        criteria: A row per rated criterion with points, in the rubric's order;
            the rows not counted are shown but left out of every total.
        level: The holistic level: on a holistic rubric the level given; otherwise
            the scale level reached by the weighted mean of the levels given on the
            counted criteria. ``None`` when nothing counted was scored or the
            ratings are off the scale.

    Raises:
        InvalidDataError: If a field breaks its rule or criteria repeat.
    """

    __repr__ = short_repr

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
        """The points earned, summed over the counted criteria."""
        return _finite(_sum(self.criteria, lambda row: row.points))

    @property
    def minimum(self) -> float:
        """The fewest points the counted criteria could have earned."""
        return _finite(_sum(self.criteria, lambda row: row.minimum))

    @property
    def maximum(self) -> float:
        """The most points the counted criteria could have earned."""
        return _finite(_sum(self.criteria, lambda row: row.maximum))

    @property
    def percent(self) -> float | None:
        """The total as a percent of the maximum (Canvas's rubric percent).

        ``None`` when the maximum is 0 or less (nothing scored, or only negative
        points, of which a percent means nothing).
        """
        maximum = _sum(self.criteria, lambda row: row.maximum)
        if maximum <= 0:
            return None
        return _finite(_sum(self.criteria, lambda row: row.points) * 100 / maximum)

    @property
    def weighted_percent(self) -> float | None:
        """The weighted total as a percent of the weighted maximum.

        Each counted criterion counts its points times its weight: sum(w * points)
        / sum(w * maximum). ``None`` when the weighted maximum is 0 or less.
        """
        # Both sides exactly: a float product weight * maximum could round down and
        # put a full score above 100 %.
        counted = [row for row in self.criteria if row.counted]
        maximum = sum(
            (_decimal(row.weight) * _decimal(row.maximum) for row in counted),
            Fraction(0),
        )
        if maximum <= 0:
            return None
        earned = sum(
            (_decimal(row.weight) * _decimal(row.points) for row in counted),
            Fraction(0),
        )
        return _finite(earned * 100 / maximum)

    def rescale(
        self,
        grade_min: float = 0.0,
        grade_max: float = 100.0,
        *,
        lock_zero: bool = False,
        decimals: bool = True,
    ) -> float:
        """Return the total as a grade between *grade_min* and *grade_max*, as Moodle does.

        Moodle's rubric grade (``gradingform_rubric_instance::get_grade`` in
        grade/grading/form/rubric/lib.php), with minscore and maxscore the sums
        of the criteria's fewest and most points:

        - by default, the rubric's range stretched onto the grade range:
          ``(total - minimum) / (maximum - minimum) * (grade_max - grade_min)``,
          rounded when *decimals* is false, plus *grade_min*;
        - with ``lock_zero`` (Moodle's "When converting rubric score to
          points/scale assume that minimum number of points is 0"):
          ``max(grade_min, total / maximum * grade_max)``, rounded when *decimals*
          is false. A grade range that does not start at 0 is not stretched:
          two criteria at 2 of 4 on grades 1 to 4 give 2.0.

        Rounding is PHP's ``round``: halves away from zero.

        Args:
            grade_min: The lowest grade.
            grade_max: The highest grade; greater than *grade_min*.
            lock_zero: Whether to count from zero points rather than the minimum.
            decimals: Whether the grade keeps its decimals (Moodle's "allow
                decimals" of the grade item); rounded to a whole number if not.

        Returns:
            The grade; within the grades unless points were given beyond the
            ratings (free points, or below the lowest rating of a range).

        Raises:
            ArgumentTypeError: If an argument is of the wrong type.
            InvalidDataError: If the grades are not finite or in order, or the
                counted criteria have no range of points (Moodle gives no grade
                when the maximum is not above the minimum), or with ``lock_zero``
                a maximum of 0 or less.

        Example:
            >>> from selfassess.rubrics import CriterionScore, Score
            >>> score = Score(assessment="a1", rubric="r", criteria=[
            ...     CriterionScore(criterion="c1", level=2, points=2, minimum=0, maximum=4),
            ...     CriterionScore(criterion="c2", level=2, points=2, minimum=0, maximum=4),
            ... ])
            >>> score.rescale(1, 4, lock_zero=True), score.rescale(1, 4)
            (2.0, 2.5)
        """
        check = Checker(arguments=True)
        ok = check.number("grade_min", grade_min) & check.number("grade_max", grade_max)
        check.boolean("lock_zero", lock_zero)
        check.boolean("decimals", decimals)
        if ok and grade_max <= grade_min:
            check.add(
                "grade_max",
                f"must be greater than grade_min ({grade_min:g}) (got {grade_max:g})",
            )
        check.done()
        low = _sum(self.criteria, lambda r: r.minimum)
        high = _sum(self.criteria, lambda r: r.maximum)
        # Moodle gives no grade when maxscore <= minscore, with or without lock
        # zero; with it, a maximum of 0 or less would divide by it.
        if high <= low or (lock_zero and high <= 0):
            message = (
                "must have a counted criterion with a range of points to rescale"
                if high <= low
                else f"must have a maximum above 0 to count from zero (got {float(high):g})"
            )
            raise InvalidDataError.single("criteria", message)
        if lock_zero:
            low = Fraction(0)
        total = _sum(self.criteria, lambda r: r.points)
        bottom, top = _decimal(grade_min), _decimal(grade_max)
        if lock_zero:
            grade = max(bottom, total / high * top)
            return _finite(grade if decimals else _php_round(grade))
        offset = (total - low) / (high - low) * (top - bottom)
        return _finite((offset if decimals else _php_round(offset)) + bottom)


_EVIDENCE_KIND = {
    Role.STUDENT: EvidenceKind.SELF,
    Role.PEER: EvidenceKind.PEER,
}


def to_evidence(
    assessment: Assessment, kind: EvidenceKind = EvidenceKind.TEACHER
) -> tuple[Evidence, ...]:
    """Return one piece of evidence per standard the rated criteria are aligned to.

    The score is the scale level of the rating given (not the criterion's points),
    so that mastery is computed on the scale's levels; on a criterion with ratings
    of its own, off the scale, it is the points given (a Canvas outcome criterion's
    points are on its outcome's scale). When several rated criteria are aligned
    to one standard, the score is their weighted mean. Criteria not counted in the
    total still give evidence.

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
    for criterion in assessment.rubric.rated_criteria:
        if not criterion.standards:
            continue
        score = assessment.level(criterion.id)
        if score is None:
            score = assessment.points(criterion.id)
        if score is None:
            continue
        for standard in criterion.standards:
            weighted, weights = totals.get(standard, (Fraction(0), Fraction(0)))
            weight = Fraction(criterion.weight)
            totals[standard] = (weighted + weight * Fraction(score), weights + weight)
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
