"""Student-to-self feedback: judge the work against the criteria, act, judge it again.

The practice: with a learning intention and its success criteria in front of them,
students judge where a piece of their work is against each criterion, plan what to
do to close the gap, revise the work, and judge the revision the same way. The
before and after pair is the evidence of the effect. A `FeedbackLoop` holds the
whole cycle; a goal set to close the gap names it (``Goal.closes_gap``).
"""

from __future__ import annotations

from datetime import date

import attrs

from selfassess._repr import short_repr
from selfassess._standards import LearningIntention
from selfassess._validate import Checker, shown, to_tuple
from selfassess.goals._bars import FractionBar

__all__ = ["CriterionJudgement", "FeedbackLoop"]


@attrs.frozen(kw_only=True)
class CriterionJudgement:
    """A student's judgement of their own work against one success criterion.

    Attributes:
        criterion: The id of the success criterion.
        met: Whether the student judges that the work meets it.
        note: What the student sees in the work, in their words; may be empty.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    criterion: str
    met: bool
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("criterion", self.criterion)
        check.boolean("met", self.met)
        check.text("note", self.note, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class FeedbackLoop:
    """One cycle of student-to-self feedback on a piece of work, before and after.

    The student judges the work against every success criterion of the learning
    intention, plans an action to close the gap (the criteria not met yet), revises
    the work, and judges the revision against the same criteria. The two
    judgements side by side are the evidence of the effect.

    Attributes:
        id: A short identifier; goals set to close the gap name it.
        student: The id of the student whose work it is.
        intention: The learning intention and its success criteria.
        work: The id of the piece of work judged first (an `~selfassess.Artifact`
            id, or the id of the work in the school's system; a
            `~selfassess.goals.TermReview` holding the loop needs it to be one
            of its artifacts, and so its revised work).
        judged_on: The day the student judged it.
        judgement: The student's judgement of the work against each success
            criterion of the intention, each exactly once.
        action: What the student plans to do to close the gap.
        revised_work: The id of the revised work, once there is one; not ``work``.
        revised_on: The day the revision was judged, if known; needs
            ``revised_work`` and is not before ``judged_on``.
        revised_judgement: The judgement of the revised work against each success
            criterion, each exactly once; empty until the revision is judged, and
            only with ``revised_work``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from datetime import date
        >>> from selfassess import LearningIntention, SuccessCriterion
        >>> intention = LearningIntention(
        ...     id="li-fractions", statement="We are learning to compare fractions",
        ...     success_criteria=[
        ...         SuccessCriterion(id="sc1", statement="I can use a model"),
        ...         SuccessCriterion(id="sc2", statement="I can explain my answer"),
        ...     ])
        >>> loop = FeedbackLoop(
        ...     id="loop-1", student="ana", intention=intention,
        ...     work="draft-1", judged_on=date(2026, 10, 5),
        ...     judgement=[CriterionJudgement(criterion="sc1", met=True),
        ...                CriterionJudgement(criterion="sc2", met=False)],
        ...     action="Write a because sentence for each comparison",
        ...     revised_work="draft-2", revised_on=date(2026, 10, 7),
        ...     revised_judgement=[CriterionJudgement(criterion="sc1", met=True),
        ...                        CriterionJudgement(criterion="sc2", met=True)])
        >>> loop.gap, loop.closed
        (('sc2',), ('sc2',))
        >>> loop.bar_before, loop.bar_after
        (FractionBar(parts=2, filled=1), FractionBar(parts=2, filled=2))
        >>> print(loop.effect)
        Before: 1 of 2 success criteria met. After: 2 of 2. Now met: I can explain my answer.
    """

    __repr__ = short_repr

    id: str
    student: str
    intention: LearningIntention
    work: str
    judged_on: date
    judgement: tuple[CriterionJudgement, ...] = attrs.field(converter=to_tuple)
    action: str
    revised_work: str | None = None
    revised_on: date | None = None
    revised_judgement: tuple[CriterionJudgement, ...] = attrs.field(
        default=(), converter=to_tuple
    )

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("student", self.student)
        intention_ok = check.instance("intention", self.intention, LearningIntention)
        work_ok = check.identifier("work", self.work)
        judged_ok = check.day("judged_on", self.judged_on)
        check.text("action", self.action)
        revised_ok = check.optional_identifier("revised_work", self.revised_work)
        if (
            work_ok
            and revised_ok
            and self.revised_work is not None
            and self.revised_work == self.work
        ):
            check.add(
                "revised_work",
                f"must not be the work judged first (got {shown(self.revised_work)})",
            )
        if check.optional_day("revised_on", self.revised_on) and (
            self.revised_on is not None
        ):
            if revised_ok and self.revised_work is None:
                check.add("revised_on", "needs the revised work (revised_work)")
            elif judged_ok and self.revised_on < self.judged_on:
                check.add(
                    "revised_on",
                    f"must not be before judged_on ({self.judged_on.isoformat()}) "
                    f"(got {self.revised_on.isoformat()})",
                )
        ids = (
            tuple(c.id for c in self.intention.success_criteria)
            if intention_ok
            else None
        )
        self._check_judgement(check, "judgement", self.judgement, ids, required=True)
        if (
            self._check_judgement(
                check, "revised_judgement", self.revised_judgement, ids, required=False
            )
            and self.revised_judgement
            and revised_ok
            and self.revised_work is None
        ):
            check.add(
                "revised_judgement",
                "must be empty until there is revised work (revised_work) to judge",
            )
        check.done()

    @staticmethod
    def _check_judgement(
        check: Checker,
        path: str,
        judgement: tuple[CriterionJudgement, ...],
        ids: tuple[str, ...] | None,
        *,
        required: bool,
    ) -> bool:
        if not check.items(path, judgement, CriterionJudgement):
            return False
        if not judgement and not required:
            return True
        ok = check.unique(path, judgement, lambda j: j.criterion, "criterion")
        if ids is None:
            return ok
        known = set(ids)
        for index, item in enumerate(judgement):
            if item.criterion not in known:
                check.add(
                    f"{path}[{index}].criterion",
                    f"must be the id of a success criterion of the intention "
                    f"(got {shown(item.criterion)})",
                )
                ok = False
        judged = {item.criterion for item in judgement}
        missing = [criterion for criterion in ids if criterion not in judged]
        if missing:
            names = ", ".join(shown(criterion) for criterion in missing)
            check.add(path, f"must judge every success criterion: missing {names}")
            ok = False
        return ok

    def _met(self, judgement: tuple[CriterionJudgement, ...]) -> tuple[str, ...]:
        met = {item.criterion for item in judgement if item.met}
        return tuple(c.id for c in self.intention.success_criteria if c.id in met)

    @property
    def revised(self) -> bool:
        """Whether the revised work has been judged."""
        return bool(self.revised_judgement)

    @property
    def met_before(self) -> tuple[str, ...]:
        """The criteria the first work meets, in the intention's order."""
        return self._met(self.judgement)

    @property
    def met_after(self) -> tuple[str, ...] | None:
        """The criteria the revised work meets; ``None`` until it is judged."""
        return self._met(self.revised_judgement) if self.revised else None

    @property
    def gap(self) -> tuple[str, ...]:
        """The criteria the first work does not meet yet, the gap to close."""
        met = set(self.met_before)
        return tuple(c.id for c in self.intention.success_criteria if c.id not in met)

    @property
    def closed(self) -> tuple[str, ...]:
        """The criteria of the gap the revised work meets; empty until judged."""
        after = set(self.met_after or ())
        return tuple(criterion for criterion in self.gap if criterion in after)

    @property
    def slipped(self) -> tuple[str, ...]:
        """The criteria met before that the revised work no longer meets."""
        if self.met_after is None:
            return ()
        after = set(self.met_after)
        return tuple(c for c in self.met_before if c not in after)

    @property
    def bar_before(self) -> FractionBar:
        """A bar of one part per success criterion, those met before coloured."""
        return FractionBar(len(self.intention.success_criteria), len(self.met_before))

    @property
    def bar_after(self) -> FractionBar | None:
        """The same bar for the revised work; ``None`` until it is judged."""
        if self.met_after is None:
            return None
        return FractionBar(len(self.intention.success_criteria), len(self.met_after))

    @property
    def effect(self) -> str:
        """The before and after in plain words, naming what changed."""
        total = len(self.intention.success_criteria)
        before = f"Before: {len(self.met_before)} of {total} success criteria met."
        if self.met_after is None:
            return f"{before} The revised work is not judged yet."
        words = [before, f"After: {len(self.met_after)} of {total}."]
        statements = {c.id: c.statement for c in self.intention.success_criteria}
        if self.closed:
            words.append(
                "Now met: " + "; ".join(statements[c] for c in self.closed) + "."
            )
        if self.slipped:
            words.append(
                "No longer met: " + "; ".join(statements[c] for c in self.slipped) + "."
            )
        if not self.closed and not self.slipped:
            words.append("No change yet.")
        return " ".join(words)
