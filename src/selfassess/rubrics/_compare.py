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

from selfassess._validate import (
    MAX_COUNT,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.rubrics._assessment import Assessment
from selfassess.rubrics._calibration import Estimation

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

    Attributes:
        criterion: The criterion's id.
        title: The criterion's title.
        self_level: The points of the level the student gave.
        teacher_level: The points of the level the teacher gave.
        self_label: That level's label.
        teacher_label: That level's label.
        gap: The student's level minus the teacher's, in points; positive is an
            over-estimate.
        steps: The same in levels of the scale (``-1``: one level lower).
        strength: Whether the teacher's level is a mastery level.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    criterion: str
    title: str
    self_level: float = number_field()
    teacher_level: float = number_field()
    self_label: str
    teacher_label: str
    gap: float = number_field()
    steps: int = integer_field(minimum=-MAX_COUNT)
    strength: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("criterion", self.criterion)
        check.text("title", self.title)
        valid = check.declared(self)
        check.text("self_label", self.self_label)
        check.text("teacher_label", self.teacher_label)
        gap = valid["gap"]
        if gap and valid["self_level"] and valid["teacher_level"]:
            expected = self.self_level - self.teacher_level
            if self.gap != expected:
                check.add(
                    "gap",
                    f"must be self_level minus teacher_level ({expected:g}) "
                    f"(got {self.gap:g})",
                )
        # The sign of steps is checked against a gap that passed its own check:
        # a gap of the wrong type must not make a valid steps look wrong too.
        if valid["steps"] and gap:
            sign = (self.gap > 0) - (self.gap < 0)
            if (self.steps > 0) - (self.steps < 0) != sign:
                check.add(
                    "steps",
                    f"must have the sign of gap ({self.gap:g}) (got {self.steps})",
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
        """Whether both gave the same level."""
        return self.steps == 0

    @property
    def adjacent(self) -> bool:
        """Whether the two levels are at most one level apart."""
        return abs(self.steps) <= 1


@attrs.frozen(kw_only=True)
class TalkingPoint:
    """Something to talk about at the conference, about one criterion.

    Attributes:
        kind: What it is about.
        criterion: The criterion's id.
        steps: The gap in levels (student minus teacher); 0 when they agree.
        text: The point in plain words, addressed to the student.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    kind: TalkingPointKind
    criterion: str
    steps: int = integer_field(minimum=-MAX_COUNT)
    text: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, TalkingPointKind)
        check.identifier("criterion", self.criterion)
        check.declared(self)
        check.text("text", self.text)
        check.done()


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
    def paired_levels(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The student's levels and the teacher's, row by row.

        Pool them over a class's comparisons for `calibrate` and the other
        calibration statistics.
        """
        return (
            tuple(row.self_level for row in self.criteria),
            tuple(row.teacher_level for row in self.criteria),
        )

    @property
    def exact_agreement(self) -> float | None:
        """The share of criteria where both gave the same level, or ``None`` if none."""
        if not self.criteria:
            return None
        return float(
            Fraction(sum(row.agrees for row in self.criteria), len(self.criteria))
        )

    @property
    def bias(self) -> float | None:
        """The mean gap in points, positive for over-estimation; ``None`` if none."""
        if not self.criteria:
            return None
        total = sum((Fraction(row.gap) for row in self.criteria), Fraction(0))
        return float(total / len(self.criteria))


def _point(row: CriterionComparison) -> TalkingPoint:
    mine = f"{row.self_label} ({row.self_level:g})"
    theirs = f"{row.teacher_label} ({row.teacher_level:g})"
    if row.steps < 0:
        kind = TalkingPointKind.HARDER_ON_THEMSELVES
        text = (
            f"{row.title}: you rated yourself {mine}, and your work shows {theirs}. "
            "You are harder on yourself than your work shows: what did you do "
            "that meets the higher level?"
        )
    elif row.steps > 0:
        kind = TalkingPointKind.OVERESTIMATE
        text = (
            f"{row.title}: you rated yourself {mine}, and I see {theirs}. "
            "Let's look at the work against the criterion together: what would "
            "show the higher level?"
        )
    elif row.strength:
        kind = TalkingPointKind.PRAISE
        text = f"{row.title}: we agree this is a strength, at {theirs}. Well done!"
    else:
        kind = TalkingPointKind.NEXT_STEP
        text = (
            f"{row.title}: we agree you are at {theirs}. What is one step to "
            "the next level?"
        )
    return TalkingPoint(kind=kind, criterion=row.criterion, steps=row.steps, text=text)


_ORDER = {
    TalkingPointKind.HARDER_ON_THEMSELVES: 0,
    TalkingPointKind.OVERESTIMATE: 0,
    TalkingPointKind.PRAISE: 1,
    TalkingPointKind.NEXT_STEP: 2,
}


def _levels(assessment: Assessment) -> dict[str, float]:
    """The level given on each rated criterion, by the criterion's id.

    A rating given by its level is read directly; one given by points only is
    found through `Assessment.level`, as it always was (a lookup that grows with
    the rubric); a feedback-only rating has none.
    """
    found = {}
    for rating in assessment.ratings:
        if rating.level is not None:
            found[rating.criterion] = rating.level
        elif rating.points is not None:
            level = assessment.level(rating.criterion)
            if level is not None:
                found[rating.criterion] = level
    return found


def compare(self_assessment: Assessment, teacher_assessment: Assessment) -> Comparison:
    """Set a student's self-assessment beside the teacher's assessment of the work.

    Both must fill the same rubric for the same student. Usually the first is the
    student's own (`Role.STUDENT <selfassess.Role.STUDENT>`) and the second the
    teacher's; any two assessments can be compared, such as a peer's with the
    student's. Only scored criteria rated in both appear.

    Args:
        self_assessment: The student's assessment of their work.
        teacher_assessment: The teacher's assessment of the same work.

    Returns:
        The comparison, with a row per criterion and the conference's talking
        points, largest gap first.

    Raises:
        InvalidDataError: If either is not an `Assessment`, the rubrics differ or
            the students differ.

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
    scale = self_assessment.rubric.scale
    # Looked up in dicts built once, so that the cost grows with the criteria, not
    # with their square.
    levels = {
        level.points: (number, level) for number, level in enumerate(scale.levels)
    }
    given = _levels(self_assessment), _levels(teacher_assessment)
    rows = []
    for criterion in self_assessment.rubric.scored_criteria:
        mine = given[0].get(criterion.id)
        theirs = given[1].get(criterion.id)
        if mine is None or theirs is None:
            continue
        (mine_index, mine_level), (theirs_index, theirs_level) = (
            levels[mine],
            levels[theirs],
        )
        rows.append(
            CriterionComparison(
                criterion=criterion.id,
                title=criterion.title,
                self_level=mine,
                teacher_level=theirs,
                self_label=mine_level.label,
                teacher_label=theirs_level.label,
                gap=mine - theirs,
                steps=mine_index - theirs_index,
                strength=theirs_level.mastery,
            )
        )
    points = [_point(row) for row in rows]
    points.sort(key=lambda point: (_ORDER[point.kind], -abs(point.steps)))
    return Comparison(
        student=self_assessment.student,
        rubric=self_assessment.rubric.id,
        self_assessment=self_assessment.id,
        teacher_assessment=teacher_assessment.id,
        criteria=rows,
        talking_points=points,
    )
