"""A student's self-assessment set beside the teacher's, criterion by criterion.

The comparison is what a self-assessment or student-led conference talks about:
where the student and the teacher agree, where the student over-estimates, and where
they are "harder on themselves" than their work shows. Its talking points put the
largest gaps first, then praise where both see a strength, then next steps where
both see one.
"""

from __future__ import annotations

import enum
from fractions import Fraction

import attrs

from selfassess._proficiency import Proficiency, WidaLevel, proficiency_argument
from selfassess._repr import short_repr
from selfassess._validate import (
    MAX_COUNT,
    Arguments,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.language import Catalog, catalog_for
from selfassess.rubrics._assessment import Assessment
from selfassess.rubrics._calibration import Estimation
from selfassess.rubrics._rubric import Criterion, Rubric, points_text

__all__ = [
    "Comparison",
    "CriterionComparison",
    "TalkingPoint",
    "TalkingPointKind",
    "compare",
]


class TalkingPointKind(enum.Enum):
    """What a conference talking point is about."""

    HARDER_ON_THEMSELVES = "harder_on_themselves"
    """The student rated lower than the teacher; show them the evidence of more."""
    OVERESTIMATE = "overestimate"
    """The student rated higher; look at the work against the criterion together."""
    PRAISE = "praise"
    """Both agree on a strength, a mastery level; celebrate it."""
    NEXT_STEP = "next_step"
    """Both agree on a level below mastery; plan the next step."""


@attrs.frozen(kw_only=True)
class CriterionComparison:
    """One criterion, as the student and the teacher rated it.

    Positions count the criterion's own ratings from 0 (its lowest), so that
    criteria with different points or numbers of ratings compare and pool alike.

    Attributes:
        criterion: The criterion's id.
        title: The criterion's title.
        self_label: The name of the rating the student gave (free points: the
            points).
        teacher_label: The name of the rating the teacher gave.
        self_position: The position of the student's rating; ``None`` only in a
            comparison read from a document of schema version 1.
        teacher_position: The position of the teacher's rating; likewise.
        self_level: The scale level of the student's rating, if it is on a scale.
        teacher_level: The scale level of the teacher's rating, if on a scale.
        self_points: The points the student gave, if the criterion has points.
        teacher_points: The points the teacher gave, if it has points.
        gap: The student's points minus the teacher's (their levels, where there
            are no points); positive is an over-estimate; ``None`` without either.
        steps: The student's position minus the teacher's (``-1``: one rating
            lower).
        strength: Whether the teacher's rating shows mastery.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    criterion: str
    title: str
    self_label: str
    teacher_label: str
    self_position: int | None = integer_field(minimum=0, optional=True, default=None)
    teacher_position: int | None = integer_field(minimum=0, optional=True, default=None)
    self_level: float | None = number_field(optional=True, default=None)
    teacher_level: float | None = number_field(optional=True, default=None)
    self_points: float | None = number_field(optional=True, default=None)
    teacher_points: float | None = number_field(optional=True, default=None)
    gap: float | None = number_field(optional=True, default=None)
    steps: int = integer_field(minimum=-MAX_COUNT)
    strength: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("criterion", self.criterion)
        check.text("title", self.title)
        valid = check.declared(self)
        check.text("self_label", self.self_label)
        check.text("teacher_label", self.teacher_label)
        numbers = (
            "gap",
            "self_points",
            "teacher_points",
            "self_level",
            "teacher_level",
        )
        if all(valid[name] for name in numbers):
            expected = _gap(self)
            if self.gap != expected:
                check.add(
                    "gap",
                    "must be self_points minus teacher_points, or self_level minus "
                    f"teacher_level without points ({shown(expected)}) "
                    f"(got {shown(self.gap)})",
                )
        if (
            valid["steps"]
            and valid["self_position"]
            and valid["teacher_position"]
            and self.self_position is not None
            and self.teacher_position is not None
            and self.steps != self.self_position - self.teacher_position
        ):
            check.add(
                "steps",
                "must be self_position minus teacher_position "
                f"({self.self_position - self.teacher_position}) (got {self.steps})",
            )
        check.boolean("strength", self.strength)
        check.done()

    @property
    def estimation(self) -> Estimation:
        """Whether the student over- or under-estimated, or matched the teacher."""
        if self.steps > 0:
            return Estimation.OVER
        if self.steps < 0:
            return Estimation.UNDER
        return Estimation.MATCHED

    @property
    def agrees(self) -> bool:
        """Whether both gave the same rating."""
        return self.steps == 0

    @property
    def adjacent(self) -> bool:
        """Whether the two ratings are at most one apart in the criterion's order."""
        return abs(self.steps) <= 1


def _gap(row: CriterionComparison | tuple[_Given, _Given]) -> float | None:
    if isinstance(row, tuple):
        mine, theirs = row
        points = mine.points, theirs.points
        levels = mine.level, theirs.level
    else:
        points = row.self_points, row.teacher_points
        levels = row.self_level, row.teacher_level
    if points[0] is not None and points[1] is not None:
        return points[0] - points[1]
    if levels[0] is not None and levels[1] is not None:
        return levels[0] - levels[1]
    return None


_WORDS = ("title", "self_label", "teacher_label")
"""A talking point's words, from which `TalkingPoint.text_in` writes it again."""


@attrs.frozen(kw_only=True)
class TalkingPoint:
    """Something to talk about at the conference, about one criterion.

    A point `compare` writes keeps the words it was written from (the criterion's
    title and the two ratings' labels, the teacher's words), so that `text_in`
    can write it again in a family's language or in simpler English for an
    English learner. A point written by hand, with only ``text``, is given as
    written.

    Attributes:
        kind: What it is about.
        criterion: The criterion's id.
        steps: The gap in levels (student minus teacher); 0 when they agree.
        text: The point in plain words, addressed to the student: in English
            unless `compare` was asked for another language or level.
        title: The criterion's title, as the rubric gives it; ``None`` for a point
            written by hand. The three words go together: all or none.
        self_label: The label of the student's rating, as the rubric gives it.
        teacher_label: The label of the teacher's rating, as the rubric gives it.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    kind: TalkingPointKind
    criterion: str
    steps: int = integer_field(minimum=-MAX_COUNT)
    text: str
    title: str | None = None
    self_label: str | None = None
    teacher_label: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, TalkingPointKind)
        check.identifier("criterion", self.criterion)
        check.declared(self)
        check.text("text", self.text)
        given = [name for name in _WORDS if getattr(self, name) is not None]
        for name in given:
            check.text(name, getattr(self, name))
        if given and len(given) < len(_WORDS):
            missing = ", ".join(name for name in _WORDS if name not in given)
            check.add(
                missing.split(", ")[0],
                f"must be given with {', '.join(given)}: a point's words go "
                f"together (missing {missing})",
            )
        check.done()

    def text_in(
        self,
        *,
        language: str | Catalog | None = None,
        level: Proficiency | WidaLevel | None = None,
    ) -> str:
        """Return the point in a language, worded for a proficiency level.

        The criterion's title and the ratings' labels are the teacher's words and
        stay as written; the sentence around them is the catalog's.

        Args:
            language: A language tag, a `~selfassess.language.Catalog`, or
                ``None`` for English.
            level: The student's English-language proficiency, as a band or one
                of WIDA's six levels (levels 1-2 read the simplest wording), or
                ``None`` for the point's own wording.

        Returns:
            The point in *language* at *level*; ``text`` itself when both are
            ``None``, or when the point was written by hand (it has no ``title``).

        Raises:
            ArgumentTypeError: If *language* or *level* is of the wrong kind.
            NotFoundError: If no catalog has *language*.

        Example:
            >>> from selfassess.language import WidaLevel
            >>> point = TalkingPoint(kind=TalkingPointKind.PRAISE, criterion="voice",
            ...     steps=0, text="Voice: well done!", title="Voice",
            ...     self_label="Strong", teacher_label="Strong")
            >>> point.text_in(language="es")
            'Voice: estamos de acuerdo en que es un punto fuerte (Strong). ¡Muy bien!'
            >>> point.text_in(level=WidaLevel.EMERGING)
            'Voice: you are good at this. Well done!'
        """
        check = Arguments()
        band = proficiency_argument(check, "level", level)
        check.done()
        catalog = catalog_for(language)
        if (language is None and band is None) or self.title is None:
            return self.text
        return _worded(
            catalog,
            band,
            self.kind,
            title=self.title,
            mine=self.self_label or "",
            theirs=self.teacher_label or "",
        )


def _worded(
    catalog: Catalog,
    band: Proficiency | None,
    kind: TalkingPointKind,
    **words: str,
) -> str:
    """A talking point of *kind* in the catalog's language, at a proficiency."""
    return catalog.text(f"feedback.compare.{kind.value}", level=band, **words)


@attrs.frozen(kw_only=True)
class Comparison:
    """A self-assessment beside the teacher's assessment of the same work.

    Identified by the student and the two assessments' ids, so that a conference
    record can refer to it.

    Attributes:
        student: The student's id.
        rubric: The id of the rubric both filled.
        self_assessment: The id of the student's assessment.
        teacher_assessment: The id of the teacher's assessment.
        criteria: A row per scored criterion both rated, in the rubric's order.
        talking_points: Largest gaps first (ties in the rubric's order), then
            praise for shared strengths, then shared next steps.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    rubric: str
    self_assessment: str
    teacher_assessment: str
    criteria: tuple[CriterionComparison, ...] = attrs.field(converter=to_tuple)
    talking_points: tuple[TalkingPoint, ...] = attrs.field(
        default=(), converter=to_tuple
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        for name in ("student", "rubric", "self_assessment", "teacher_assessment"):
            check.identifier(name, getattr(self, name))
        if check.items(
            "criteria",
            self.criteria,
            CriterionComparison,
        ):
            check.unique("criteria", self.criteria, lambda c: c.criterion, "criterion")
        check.items(
            "talking_points",
            self.talking_points,
            TalkingPoint,
        )
        check.done()

    @property
    def gaps(self) -> tuple[CriterionComparison, ...]:
        """The criteria where the two levels differ, largest gap first."""
        return tuple(
            sorted(
                (row for row in self.criteria if not row.agrees),
                key=lambda row: -abs(row.steps),
            )
        )

    @property
    def paired_positions(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The student's rating positions and the teacher's, row by row.

        Positions are in each criterion's own order (0 its lowest rating), so
        that criteria with different points pool correctly: pool them over a
        class's comparisons for `calibrate` and the other calibration statistics,
        with categories ``range(n)`` for the most ratings ``n`` of a criterion.

        Raises:
            InvalidDataError: If a row has no positions (a comparison read from a
                document of schema version 1: compare the assessments again).
        """
        check = Checker()
        for index, row in enumerate(self.criteria):
            if row.self_position is None or row.teacher_position is None:
                check.add(
                    f"criteria[{index}]",
                    "must have self_position and teacher_position: compare the "
                    "assessments again to have them",
                )
        check.done()
        return (
            tuple(row.self_position or 0 for row in self.criteria),
            tuple(row.teacher_position or 0 for row in self.criteria),
        )

    @property
    def exact_agreement(self) -> float | None:
        """The share of criteria where both gave the same rating, or ``None`` if none."""
        if not self.criteria:
            return None
        return float(
            Fraction(sum(row.agrees for row in self.criteria), len(self.criteria))
        )

    @property
    def bias(self) -> float | None:
        """The mean of the steps, in ratings; positive for over-estimation.

        Counted in each criterion's own ratings, so that a criterion worth 10
        points weighs no more than one worth 4; ``None`` if there are no criteria.
        """
        if not self.criteria:
            return None
        return float(
            Fraction(sum(row.steps for row in self.criteria), len(self.criteria))
        )


def _point(
    row: CriterionComparison, catalog: Catalog, band: Proficiency | None
) -> TalkingPoint:
    if row.steps < 0:
        kind = TalkingPointKind.HARDER_ON_THEMSELVES
    elif row.steps > 0:
        kind = TalkingPointKind.OVERESTIMATE
    elif row.strength:
        kind = TalkingPointKind.PRAISE
    else:
        kind = TalkingPointKind.NEXT_STEP
    words = {
        "title": row.title,
        "self_label": row.self_label,
        "teacher_label": row.teacher_label,
    }
    text = _worded(
        catalog,
        band,
        kind,
        title=row.title,
        mine=row.self_label,
        theirs=row.teacher_label,
    )
    return TalkingPoint(
        kind=kind, criterion=row.criterion, steps=row.steps, text=text, **words
    )


_ORDER = {
    TalkingPointKind.HARDER_ON_THEMSELVES: 0,
    TalkingPointKind.OVERESTIMATE: 0,
    TalkingPointKind.PRAISE: 1,
    TalkingPointKind.NEXT_STEP: 2,
}


@attrs.frozen
class _Given:
    """One rater's rating of one criterion, as a comparison row shows it."""

    position: int
    label: str
    level: float | None
    points: float | None


def _given(assessment: Assessment, criterion: Criterion) -> _Given | None:
    position = assessment.position(criterion.id)
    if position is None:
        return None
    chosen = assessment.descriptor(criterion.id)
    points = assessment.points(criterion.id)
    placed = criterion.descriptors[position]
    if chosen is None:
        assert points is not None  # for mypy: free points have points
        label = points_text(points)
    elif points is not None and points != chosen.points and chosen.points is not None:
        label = f"{chosen.label} ({points_text(points)})"
    else:
        label = chosen.label
    return _Given(position=position, label=label, level=placed.level, points=points)


def _strength(rubric: Rubric, criterion: Criterion, given: _Given) -> bool:
    """Whether a rating shows mastery.

    By the criterion's mastery points, else by its scale level, else by being the
    criterion's top rating.
    """
    if criterion.mastery_points is not None and given.points is not None:
        return given.points >= criterion.mastery_points
    if given.level is not None and rubric.scale is not None:
        return rubric.scale.level(given.level).mastery
    return given.position == len(criterion.descriptors) - 1


def compare(
    self_assessment: Assessment,
    teacher_assessment: Assessment,
    *,
    language: str | Catalog | None = None,
    level: Proficiency | WidaLevel | None = None,
) -> Comparison:
    """Set a student's self-assessment beside the teacher's assessment of the work.

    Both must fill the same rubric for the same student. Usually the first is the
    student's own (`Role.STUDENT <selfassess.Role.STUDENT>`) and the second the
    teacher's; any two assessments can be compared, such as a peer's with the
    student's. Only criteria rated in both appear (not feedback-only ones), each in
    its own ratings' order.

    Args:
        self_assessment: The student's assessment of their work.
        teacher_assessment: The teacher's assessment of the same work.
        language: The language of the talking points' ``text``: a tag, a
            `~selfassess.language.Catalog`, or ``None`` for English.
        level: The student's English-language proficiency, as a band or one of
            WIDA's six levels (levels 1-2 read the simplest wording), or ``None``
            for the full wording.

    Returns:
        The comparison, with a row per criterion and the conference's talking
        points, largest gap first. Each point keeps its words, so that
        `TalkingPoint.text_in` gives it in another language or level too.

    Raises:
        InvalidDataError: If either is not an `Assessment`, the rubrics differ or
            the students differ.
        ArgumentTypeError: If *language* or *level* is of the wrong kind.
        NotFoundError: If no catalog has *language*.

    Example:
        >>> from datetime import date
        >>> from selfassess import Role
        >>> from selfassess.rubrics import COLLABORATION, Assessment, Rating, compare
        >>> def filled(id, rater, role, levels):
        ...     return Assessment(id=id, rubric=COLLABORATION, student="ana", rater=rater,
        ...         role=role, assessed_on=date(2026, 10, 2), ratings=[
        ...         Rating(criterion=c.id, level=level)
        ...         for c, level in zip(COLLABORATION.criteria, levels)])
        >>> mine = filled("self-1", "ana", Role.STUDENT, [2, 3, 3, 4])
        >>> theirs = filled("teacher-1", "okafor", Role.TEACHER, [3, 3, 2, 4])
        >>> [point.kind.value for point in compare(mine, theirs).talking_points]
        ['harder_on_themselves', 'overestimate', 'praise', 'praise']
    """
    check = Checker(arguments=True)
    ok = check.instance("self_assessment", self_assessment, Assessment) & (
        check.instance("teacher_assessment", teacher_assessment, Assessment)
    )
    check.done()
    assert ok  # for mypy: done() raised otherwise
    words = Arguments()
    band = proficiency_argument(words, "level", level)
    words.done()
    catalog = catalog_for(language)
    if teacher_assessment.rubric != self_assessment.rubric:
        check.add(
            "teacher_assessment.rubric",
            f"must be the rubric of the self-assessment ({shown(self_assessment.rubric.id)}) "
            f"(got {shown(teacher_assessment.rubric.id)})",
        )
    if teacher_assessment.student != self_assessment.student:
        check.add(
            "teacher_assessment.student",
            f"must be the student of the self-assessment ({shown(self_assessment.student)}) "
            f"(got {shown(teacher_assessment.student)})",
        )
    check.done()
    rubric = self_assessment.rubric
    rows = []
    for criterion in rubric.rated_criteria:
        mine = _given(self_assessment, criterion)
        theirs = _given(teacher_assessment, criterion)
        if mine is None or theirs is None:
            continue
        rows.append(
            CriterionComparison(
                criterion=criterion.id,
                title=criterion.title,
                self_label=mine.label,
                teacher_label=theirs.label,
                self_position=mine.position,
                teacher_position=theirs.position,
                self_level=mine.level,
                teacher_level=theirs.level,
                self_points=mine.points,
                teacher_points=theirs.points,
                gap=_gap((mine, theirs)),
                steps=mine.position - theirs.position,
                strength=_strength(rubric, criterion, theirs),
            )
        )
    points = [_point(row, catalog, band) for row in rows]
    points.sort(key=lambda point: (_ORDER[point.kind], -abs(point.steps)))
    return Comparison(
        student=self_assessment.student,
        rubric=self_assessment.rubric.id,
        self_assessment=self_assessment.id,
        teacher_assessment=teacher_assessment.id,
        criteria=rows,
        talking_points=points,
    )
