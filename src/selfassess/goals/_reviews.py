"""Goal reviews at a term's end: fraction bars, artifacts, comments and the next goal.

At the end of each term a student re-examines each goal: colours a fraction bar for
how much progress they have made, shows the portfolio artifacts that prove the work
(or says honestly that there was little), hears the parent's and teacher's comments,
and sets the next goal. A `GoalReview` is one goal's review; a `TermReview` holds a
whole term's, with the goals and artifacts they refer to, and checks that every
reference is sound.
"""

from __future__ import annotations

from datetime import date

import attrs

from selfassess._evidence import Artifact
from selfassess._repr import short_repr
from selfassess._terms import Term
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import NotFoundError
from selfassess.goals._bars import BarComparison, FractionBar
from selfassess.goals._feedback import FeedbackLoop
from selfassess.goals._gas import AttainmentLevel
from selfassess.goals._goals import Goal, GoalStatus

__all__ = ["GoalReview", "TermReview"]


@attrs.frozen(kw_only=True)
class GoalReview:
    """One goal's review at a term's end.

    Attributes:
        goal: The id of the goal reviewed.
        student_bar: The fraction bar the student coloured in.
        data_bar: The bar the data gives, if the goal has data (see
            `Goal.progress_bar`).
        artifacts: The ids of the portfolio artifacts that prove the work; no
            repeats.
        evidence_note: What the student says about the evidence; required when no
            artifact is given, as the honest note that there was little.
        parent_comment: The parent's comment; may be empty.
        teacher_comment: The teacher's comment; may be empty.
        outcome: Where the goal stands after the review, if decided.
        attainment: How far the goal was attained, on the five levels of goal
            attainment scaling, if scored (see `gas_t_score`).
        next_goal: The id of the goal that follows from this one, if any; not the
            goal itself.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    goal: str
    student_bar: FractionBar
    data_bar: FractionBar | None = None
    artifacts: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    evidence_note: str = ""
    parent_comment: str = ""
    teacher_comment: str = ""
    outcome: GoalStatus | None = None
    attainment: AttainmentLevel | None = None
    next_goal: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        goal_ok = check.identifier("goal", self.goal)
        check.instance("student_bar", self.student_bar, FractionBar)
        if self.data_bar is not None:
            check.instance("data_bar", self.data_bar, FractionBar)
        artifacts_ok = check.items("artifacts", self.artifacts, check.identifier)
        if artifacts_ok:
            check.unique("artifacts", self.artifacts, lambda value: value, "id")
        if (
            check.text("evidence_note", self.evidence_note, empty=True)
            and artifacts_ok
            and not self.artifacts
            and not self.evidence_note.strip()
        ):
            check.add(
                "evidence_note",
                "must say what the evidence is when no artifact shows the work",
            )
        check.text("parent_comment", self.parent_comment, empty=True)
        check.text("teacher_comment", self.teacher_comment, empty=True)
        if self.outcome is not None:
            check.member("outcome", self.outcome, GoalStatus)
        if self.attainment is not None:
            check.member("attainment", self.attainment, AttainmentLevel)
        if (
            check.optional_identifier("next_goal", self.next_goal)
            and goal_ok
            and self.next_goal is not None
            and self.next_goal == self.goal
        ):
            check.add(
                "next_goal", f"must not be the goal reviewed (got {shown(self.goal)})"
            )
        check.done()

    @property
    def comparison(self) -> BarComparison | None:
        """The student's bar beside the data's; ``None`` without a data bar."""
        if self.data_bar is None:
            return None
        return BarComparison(student=self.student_bar, data=self.data_bar)


@attrs.frozen(kw_only=True)
class TermReview:
    """A whole term's goal reviews for one student, with what they refer to.

    Attributes:
        student: The id of the student.
        term: The term reviewed.
        reviewed_on: The day of the review, such as the day of the conference.
        goals: The goals reviewed, and any next goals the reviews name; all the
            student's; ids unique.
        reviews: One review per goal reviewed; each names a goal in ``goals``.
        artifacts: The artifacts the reviews and loops cite; all the student's;
            ids unique.
        loops: The student-to-self feedback loops of the term, whose work and
            revised work are artifacts given; all the student's; ids unique. A goal
            set to close a gap (``Goal.closes_gap``) names one of them.

    Raises:
        InvalidDataError: If a review names a goal or an artifact that is not
            given, a goal names a feedback loop that is not given, a loop's work is
            not an artifact given, a goal, artifact or loop is another student's,
            or an id repeats; every problem is listed with its path.

    Example:
        >>> from datetime import date
        >>> from selfassess import Artifact, Term, TermName
        >>> winter = Term(name=TermName.WINTER, starts_on=date(2026, 11, 30),
        ...               ends_on=date(2027, 3, 5))
        >>> review = TermReview(
        ...     student="ana", term=winter, reviewed_on=date(2027, 3, 3),
        ...     goals=[Goal(id="g1", student="ana", statement="Learn my times tables")],
        ...     artifacts=[Artifact(id="a1", student="ana", title="Times-table quiz",
        ...                         created_on=date(2027, 2, 20))],
        ...     reviews=[GoalReview(goal="g1", student_bar=FractionBar(4, 3),
        ...                         artifacts=["a1"])],
        ... )
        >>> print(review.render())
        Learn my times tables  ▰▰▰▱ 3/4  evidence: Times-table quiz
    """

    __repr__ = short_repr

    student: str
    term: Term
    reviewed_on: date
    goals: tuple[Goal, ...] = attrs.field(converter=to_tuple)
    reviews: tuple[GoalReview, ...] = attrs.field(converter=to_tuple)
    artifacts: tuple[Artifact, ...] = attrs.field(default=(), converter=to_tuple)
    loops: tuple[FeedbackLoop, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        student = check.identifier("student", self.student)
        check.instance("term", self.term, Term)
        check.day("reviewed_on", self.reviewed_on)
        goals_ok = check.items(
            "goals", self.goals, lambda p, v: check.instance(p, v, Goal)
        )
        if goals_ok:
            check.unique("goals", self.goals, lambda goal: goal.id, "id")
        artifacts_ok = check.items(
            "artifacts", self.artifacts, lambda p, v: check.instance(p, v, Artifact)
        )
        if artifacts_ok:
            check.unique("artifacts", self.artifacts, lambda item: item.id, "id")
        loops_ok = check.items("loops", self.loops, FeedbackLoop)
        if loops_ok:
            check.unique("loops", self.loops, lambda loop: loop.id, "id")
        if student:
            self._check_owners(
                check, goals_ok=goals_ok, artifacts_ok=artifacts_ok, loops_ok=loops_ok
            )
        if goals_ok and artifacts_ok and loops_ok:
            self._check_loops(check)
        if (
            check.items(
                "reviews", self.reviews, lambda p, v: check.instance(p, v, GoalReview)
            )
            and goals_ok
            and artifacts_ok
        ):
            self._check_reviews(check)
        check.done()

    def _check_loops(self, check: Checker) -> None:
        loop_ids = {loop.id for loop in self.loops}
        for index, goal in enumerate(self.goals):
            if goal.closes_gap is not None and goal.closes_gap not in loop_ids:
                check.add(
                    f"goals[{index}].closes_gap",
                    f"must be the id of a feedback loop given "
                    f"(got {shown(goal.closes_gap)})",
                )
        artifact_ids = {item.id for item in self.artifacts}
        for index, loop in enumerate(self.loops):
            for field in ("work", "revised_work"):
                value = getattr(loop, field)
                if value is not None and value not in artifact_ids:
                    check.add(
                        f"loops[{index}].{field}",
                        f"must be the id of an artifact given (got {shown(value)})",
                    )

    def _check_owners(
        self, check: Checker, *, goals_ok: bool, artifacts_ok: bool, loops_ok: bool
    ) -> None:
        owners: list[tuple[str, str]] = []
        if goals_ok:
            owners += [
                (f"goals[{i}]", goal.student) for i, goal in enumerate(self.goals)
            ]
        if artifacts_ok:
            owners += [
                (f"artifacts[{i}]", item.student)
                for i, item in enumerate(self.artifacts)
            ]
        if loops_ok:
            owners += [
                (f"loops[{i}]", loop.student) for i, loop in enumerate(self.loops)
            ]
        for path, owner in owners:
            if owner != self.student:
                check.add(
                    f"{path}.student",
                    f"must be the review's student ({shown(self.student)}) (got {shown(owner)})",
                )

    def _check_reviews(self, check: Checker) -> None:
        goal_ids = {goal.id for goal in self.goals}
        artifact_ids = {item.id for item in self.artifacts}
        check.unique("reviews", self.reviews, lambda review: review.goal, "goal")
        for index, review in enumerate(self.reviews):
            path = f"reviews[{index}]"
            if review.goal not in goal_ids:
                check.add(
                    f"{path}.goal",
                    f"must be the id of a goal given (got {shown(review.goal)})",
                )
            if review.next_goal is not None and review.next_goal not in goal_ids:
                check.add(
                    f"{path}.next_goal",
                    f"must be the id of a goal given (got {shown(review.next_goal)})",
                )
            for position, artifact in enumerate(review.artifacts):
                if artifact not in artifact_ids:
                    check.add(
                        f"{path}.artifacts[{position}]",
                        f"must be the id of an artifact given (got {shown(artifact)})",
                    )

    def goal(self, id: str) -> Goal:
        """Return the goal with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If no goal given has this id (a `KeyError`).
        """
        check = Arguments()
        check.text("id", id, empty=True)
        check.done()
        for goal in self.goals:
            if goal.id == id:
                return goal
        message = f"the term review of {shown(self.student)} has no goal {shown(id)}"
        raise NotFoundError(message, key=id)

    def artifact(self, id: str) -> Artifact:
        """Return the artifact with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If no artifact given has this id (a `KeyError`).
        """
        check = Arguments()
        check.text("id", id, empty=True)
        check.done()
        for item in self.artifacts:
            if item.id == id:
                return item
        message = (
            f"the term review of {shown(self.student)} has no artifact {shown(id)}"
        )
        raise NotFoundError(message, key=id)

    def loop(self, id: str) -> FeedbackLoop:
        """Return the feedback loop with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If no loop given has this id (a `KeyError`).
        """
        check = Arguments()
        check.text("id", id, empty=True)
        check.done()
        for loop in self.loops:
            if loop.id == id:
                return loop
        message = (
            f"the term review of {shown(self.student)} has no feedback loop {shown(id)}"
        )
        raise NotFoundError(message, key=id)

    def review_of(self, goal: str) -> GoalReview | None:
        """Return the review of the goal with this id, or ``None`` if it has none.

        A goal may be given without a review (a next goal, say), so finding none is
        an answer, not an error.

        Raises:
            ArgumentTypeError: If *goal* is not a string.
        """
        check = Arguments()
        check.text("goal", goal, empty=True)
        check.done()
        for review in self.reviews:
            if review.goal == goal:
                return review
        return None

    @property
    def next_goals(self) -> tuple[Goal, ...]:
        """The goals the reviews name as next goals, in the order of the reviews."""
        return tuple(
            self.goal(review.next_goal)
            for review in self.reviews
            if review.next_goal is not None
        )

    @property
    def overall(self) -> FractionBar | None:
        """The mean of the students' bars, each goal counting the same, exactly.

        ``None`` when there are no reviews. See `FractionBar.mean`: exact whenever a
        bar of at most 1,000 parts can show it, else rounded down onto 1,000 parts.
        """
        if not self.reviews:
            return None
        return FractionBar.mean(review.student_bar for review in self.reviews)

    @property
    def attainment_levels(self) -> tuple[AttainmentLevel, ...]:
        """The attainment level of each review that scored one, in order.

        What `gas_t_score` takes (Kiresuk & Sherman 1968): the term's goal
        attainment T-score is ``gas_t_score(review.attainment_levels)``, with
        weights and a correlation of your choosing. Empty when no review scored
        attainment.
        """
        return tuple(r.attainment for r in self.reviews if r.attainment is not None)

    def render(self, *, ascii: bool = False) -> str:
        """Draw the reviews as text, one line per goal.

        Each line has the goal's statement, the student's bar, the data's bar when
        there is one, and the artifacts' titles or the evidence note.

        Raises:
            ArgumentTypeError: If *ascii* is not ``True`` or ``False``.
        """
        check = Arguments()
        check.boolean("ascii", ascii)
        check.done()
        lines = []
        for review in self.reviews:
            parts = [
                _one_line(self.goal(review.goal).statement),
                review.student_bar.render(ascii=ascii),
            ]
            if review.data_bar is not None:
                parts.append(f"data {review.data_bar.render(ascii=ascii)}")
            if review.artifacts:
                titles = ", ".join(
                    _one_line(self.artifact(a).title) for a in review.artifacts
                )
                parts.append(f"evidence: {titles}")
            else:
                parts.append(f"note: {_one_line(review.evidence_note)}")
            lines.append("  ".join(parts))
        return "\n".join(lines)


def _one_line(text: str) -> str:
    """Collapse runs of whitespace, line breaks included, to single spaces."""
    return " ".join(text.split())
