"""Portfolios: the pieces of work a student selects, with reflections and status.

A portfolio item is a core `selfassess.Artifact` (the work, named by a reference
string and never loaded) with what the portfolio adds: the student's reflection
(including process questions), why it was chosen (a successful or a challenging
piece), its status (draft, selected, presented), and the id of the rubric assessment
it carries. A portfolio is told which standards and goals it serves, and refuses an
artifact that points anywhere else. Two views read it: what to show for each goal at
a conference, and the fall-to-spring progress shown at the end-of-year portfolio
party (the party itself, with its guests, is `PortfolioParty`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._evidence import Artifact
from selfassess._numbers import mean
from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Scale
from selfassess._supports import WritingSupports
from selfassess._terms import SchoolYear, Term, TermName
from selfassess._validate import (
    Checker,
    number_field,
    shown,
    to_tuple,
)
from selfassess.errors import NotFoundError

__all__ = [
    "PROCESS_QUESTIONS",
    "ArtifactStatus",
    "GoalShowcase",
    "Portfolio",
    "PortfolioItem",
    "Reflection",
    "ReflectionAnswer",
    "SelectionReason",
    "TargetKind",
    "TermProgress",
    "conference_view",
    "party_view",
]

PROCESS_QUESTIONS: tuple[str, ...] = (
    "Explain the steps you took to prepare and execute your project.",
    "What was the hardest part, and how did you work through it?",
    "What would you do differently next time?",
    "Which standard or goal does this piece show, and how?",
)
"""Process questions a reflection can answer, starting with the practice's own
"explain the steps you took to prepare and execute your project"."""


class ArtifactStatus(enum.Enum):
    """Where a portfolio item stands."""

    DRAFT = "draft"
    """Kept, not yet chosen for the portfolio."""
    SELECTED = "selected"
    """Chosen by the student for the portfolio."""
    PRESENTED = "presented"
    """Shown at a conference or the portfolio party."""


class SelectionReason(enum.Enum):
    """Why the student chose a piece."""

    SUCCESSFUL = "successful"
    """A piece the student is proud of."""
    CHALLENGING = "challenging"
    """A piece that was hard, and shows the struggle and what was learnt."""


@attrs.frozen(kw_only=True)
class ReflectionAnswer:
    """The student's answer to one reflection question.

    Attributes:
        question: The question, such as one of `PROCESS_QUESTIONS`.
        answer: The student's answer.

    Raises:
        InvalidDataError: If the question or the answer is empty.
    """

    __repr__ = short_repr

    question: str
    answer: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("question", self.question)
        check.text("answer", self.answer)
        check.done()


@attrs.frozen(kw_only=True)
class Reflection:
    """A student's reflection on a piece of work.

    Attributes:
        text: What the student wrote about the piece, in their own words.
        answers: Their answers to process questions; each question once.
        supports: The word bank, sentence starters and exemplar reflections a
            teacher offers with the reflection, such as for an English learner or
            a student who struggles with written expression; none by default.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    text: str = ""
    answers: tuple[ReflectionAnswer, ...] = attrs.field(default=(), converter=to_tuple)
    supports: WritingSupports = attrs.field(factory=WritingSupports)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("text", self.text, empty=True)
        if check.items(
            "answers",
            self.answers,
            ReflectionAnswer,
        ):
            check.unique(
                "answers",
                self.answers,
                lambda a: a.question.strip().casefold(),
                "question",
            )
        check.instance("supports", self.supports, WritingSupports)
        check.done()


@attrs.frozen(kw_only=True)
class PortfolioItem:
    """One artifact in a portfolio, with the student's reflection and its status.

    Attributes:
        artifact: The work: its id, student, title, day, reference, standards, goals.
        reflection: The student's reflection.
        status: Draft, selected or presented.
        selected_as: Why the student chose it: required once it is selected or
            presented.
        assessment: The id of the rubric assessment the work carries, if any.
        score: The score that assessment gave the work, on the portfolio's scale,
            if known; the portfolio party's progress reads it.
        selected_on: The day the student chose it; not for drafts.
        presented_on: The day it was shown; only for presented items.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    artifact: Artifact
    reflection: Reflection = Reflection()
    status: ArtifactStatus = ArtifactStatus.DRAFT
    selected_as: SelectionReason | None = None
    assessment: str | None = None
    score: float | None = number_field(optional=True, default=None)
    selected_on: date | None = None
    presented_on: date | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        artifact_ok = check.instance("artifact", self.artifact, Artifact)
        check.instance("reflection", self.reflection, Reflection)
        status_ok = check.member("status", self.status, ArtifactStatus)
        if self.selected_as is not None:
            check.member("selected_as", self.selected_as, SelectionReason)
        check.optional_identifier("assessment", self.assessment)
        check.declared(self)
        selected_ok = check.optional_day("selected_on", self.selected_on)
        presented_ok = check.optional_day("presented_on", self.presented_on)
        if status_ok:
            self._check_status(
                check, selected_ok=selected_ok, presented_ok=presented_ok
            )
        if selected_ok and presented_ok and artifact_ok:
            self._check_days(check)
        check.done()

    def _check_status(
        self, check: Checker, *, selected_ok: bool, presented_ok: bool
    ) -> None:
        # A day that is not a day has its own problem; the status adds none to it.
        if self.status is ArtifactStatus.DRAFT:
            if selected_ok and self.selected_on is not None:
                check.add("selected_on", "must be None for a draft")
        elif self.selected_as is None:
            check.add(
                "selected_as",
                f"must be 'successful' or 'challenging' for a {self.status.value} "
                "item (got None)",
            )
        if (
            presented_ok
            and self.status is not ArtifactStatus.PRESENTED
            and self.presented_on is not None
        ):
            check.add(
                "presented_on",
                f"must be None unless presented (status is {shown(self.status.value)})",
            )

    def _check_days(self, check: Checker) -> None:
        made = self.artifact.created_on
        for field in ("selected_on", "presented_on"):
            day = getattr(self, field)
            if day is not None and day < made:
                check.add(
                    field,
                    f"must not be before the artifact was made ({made.isoformat()}) "
                    f"(got {day.isoformat()})",
                )
        if (
            self.selected_on is not None
            and self.presented_on is not None
            and self.presented_on < self.selected_on
        ):
            check.add(
                "presented_on",
                f"must not be before selected_on ({self.selected_on.isoformat()}) "
                f"(got {self.presented_on.isoformat()})",
            )

    @property
    def shown(self) -> bool:
        """Whether the item is selected or presented (not a draft)."""
        return self.status is not ArtifactStatus.DRAFT


@attrs.frozen(kw_only=True)
class Portfolio:
    """A student's portfolio: the items, and the standards and goals it serves.

    Attributes:
        id: A short identifier.
        student: The student's id; every artifact must be theirs.
        items: The items, in order; artifact ids unique.
        standards: The ids of the standards the portfolio serves; each artifact's
            standards must be among them.
        goals: The ids of the student's goals; each artifact's goals must be among
            them.
        scale: The scale of the items' scores.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem, such as
            ``items[0].artifact.goals[1]: must be a goal of the portfolio
            ('g-fractions') (got 'g-unknown')``.

    Example:
        >>> from datetime import date
        >>> from selfassess import Artifact
        >>> poster = Artifact(id="poster", student="ana", title="Fraction strips poster",
        ...                   created_on=date(2026, 10, 14), goals=["g-art"])
        >>> Portfolio(id="p", student="ana", goals=["g-fractions"],
        ...           items=[PortfolioItem(artifact=poster)])
        Traceback (most recent call last):
        ...
        selfassess.errors.InvalidDataError: items[0].artifact.goals[0]: must be a goal of the portfolio ('g-fractions') (got 'g-art')
    """

    __repr__ = short_repr

    id: str
    student: str
    items: tuple[PortfolioItem, ...] = attrs.field(default=(), converter=to_tuple)
    standards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    goals: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    scale: Scale = FOUR_POINT

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        student_ok = check.identifier("student", self.student)
        known_ok = True
        for field in ("standards", "goals"):
            values = getattr(self, field)
            if check.items(field, values, check.identifier):
                check.unique(field, values, lambda value: value, "id")
            else:
                known_ok = False
        scale_ok = check.instance("scale", self.scale, Scale)
        if check.items("items", self.items, PortfolioItem):
            check.unique("items", self.items, lambda item: item.artifact.id, "artifact")
            if known_ok and scale_ok and student_ok:
                for index, item in enumerate(self.items):
                    self._check_item(check, f"items[{index}]", item)
        check.done()

    def _check_item(self, check: Checker, path: str, item: PortfolioItem) -> None:
        artifact = item.artifact
        if artifact.student != self.student:
            check.add(
                f"{path}.artifact.student",
                f"must be the portfolio's student ({shown(self.student)}) "
                f"(got {shown(artifact.student)})",
            )
        for field, what in (("standards", "standard"), ("goals", "goal")):
            known = getattr(self, field)
            listed = ", ".join(repr(value) for value in known) or "none"
            for index, value in enumerate(getattr(artifact, field)):
                if value not in known:
                    check.add(
                        f"{path}.artifact.{field}[{index}]",
                        f"must be a {what} of the portfolio ({listed}) "
                        f"(got {shown(value)})",
                    )
        if item.score is not None and not self.scale.contains(item.score):
            check.add(
                f"{path}.score",
                f"must be within the scale {shown(self.scale.id)}, {self.scale.minimum:g} "
                f"to {self.scale.maximum:g} (got {shown(item.score)})",
            )

    def item(self, artifact_id: str) -> PortfolioItem:
        """Return the item whose artifact has this id.

        Raises:
            ArgumentTypeError: If *artifact_id* is not a string.
            NotFoundError: If no item has this artifact.
        """
        check = Checker(arguments=True)
        check.text("artifact_id", artifact_id, empty=True)
        check.done()
        for item in self.items:
            if item.artifact.id == artifact_id:
                return item
        message = f"the portfolio {shown(self.id)} has no artifact with the id {shown(artifact_id)}"
        raise NotFoundError(message, key=artifact_id)


@attrs.frozen(kw_only=True)
class GoalShowcase:
    """What a student shows for one goal at a conference.

    Attributes:
        goal: The goal's id.
        successful: The ids of the selected or presented artifacts chosen as
            successful pieces, newest first.
        challenging: The ids of those chosen as challenging pieces, newest first.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    goal: str
    successful: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    challenging: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("goal", self.goal)
        check.items("successful", self.successful, check.identifier)
        check.items("challenging", self.challenging, check.identifier)
        check.done()

    @property
    def empty(self) -> bool:
        """Whether there is nothing to show for the goal yet."""
        return not self.successful and not self.challenging


def _require_portfolio(portfolio: object) -> None:
    check = Checker(arguments=True)
    check.instance("portfolio", portfolio, Portfolio)
    check.done()


def _newest_first(items: Iterable[PortfolioItem]) -> list[PortfolioItem]:
    # Stable: items made on the same day keep the portfolio's order.
    return sorted(items, key=lambda item: item.artifact.created_on, reverse=True)


def conference_view(portfolio: Portfolio) -> tuple[GoalShowcase, ...]:
    """Return what to show for each of the student's goals at a conference.

    Every goal of the portfolio is listed, in order, even with nothing to show yet
    (so the gap shows too). For each, the selected and presented artifacts that are
    evidence for it, successful and challenging pieces apart, newest first. Drafts
    are not shown.

    Args:
        portfolio: The student's portfolio.

    Returns:
        One showcase per goal.

    Raises:
        ArgumentTypeError: If *portfolio* is not a `Portfolio`.
    """
    _require_portfolio(portfolio)
    found = []
    for goal in portfolio.goals:
        items = _newest_first(
            item
            for item in portfolio.items
            if item.shown and goal in item.artifact.goals
        )
        found.append(
            GoalShowcase(
                goal=goal,
                successful=[
                    item.artifact.id
                    for item in items
                    if item.selected_as is SelectionReason.SUCCESSFUL
                ],
                challenging=[
                    item.artifact.id
                    for item in items
                    if item.selected_as is SelectionReason.CHALLENGING
                ],
            )
        )
    return tuple(found)


class TargetKind(enum.Enum):
    """What a line of progress is about."""

    STANDARD = "standard"
    """A standard."""
    GOAL = "goal"
    """A goal."""


@attrs.frozen(kw_only=True)
class TermProgress:
    """Progress on one standard or goal from one term to another, by artifacts.

    Attributes:
        kind: Whether ``target`` is a standard or a goal.
        target: The standard's or goal's id.
        start_artifacts: The ids of the artifacts for it made in the first term.
        end_artifacts: The ids of those made in the last term.
        start_score: The mean score of the first term's scored artifacts, or ``None``.
        end_score: The mean score of the last term's scored artifacts, or ``None``.
        change: ``end_score - start_score`` when both are known, else ``None``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    kind: TargetKind
    target: str
    start_artifacts: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    end_artifacts: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    start_score: float | None = number_field(optional=True, default=None)
    end_score: float | None = number_field(optional=True, default=None)
    change: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, TargetKind)
        check.identifier("target", self.target)
        check.items("start_artifacts", self.start_artifacts, check.identifier)
        check.items("end_artifacts", self.end_artifacts, check.identifier)
        check.declared(self)
        check.done()


def _term(year: SchoolYear, name: TermName) -> Term | None:
    return next((term for term in year.terms if term.name is name), None)


def _in_term(items: Iterable[PortfolioItem], term: Term) -> list[PortfolioItem]:
    return [item for item in items if item.artifact.created_on in term]


def _mean_score(items: Iterable[PortfolioItem]) -> float | None:
    return mean(item.score for item in items if item.score is not None)


def party_view(
    portfolio: Portfolio,
    year: SchoolYear,
    *,
    start: TermName = TermName.FALL,
    end: TermName = TermName.SPRING,
) -> tuple[TermProgress, ...]:
    """Return the fall-to-spring progress of each standard and goal, for the party.

    For each standard of the portfolio, then each goal, the selected and presented
    artifacts made in the *start* term and in the *end* term (by the day each was
    made), their mean scores, and the change between them. Drafts are not shown:
    the party shows the work the student chose, as `conference_view` does.

    Args:
        portfolio: The student's portfolio.
        year: The school year, which must have both terms.
        start: The term progress is measured from; fall by default.
        end: The term progress is measured to; spring by default.

    Returns:
        One line per standard, then one per goal, in the portfolio's order.

    Raises:
        ArgumentTypeError: If *portfolio* is not a `Portfolio`, *year* not a
            `selfassess.SchoolYear`, or *start* or *end* not a `selfassess.TermName`.
        InvalidDataError: If *year* lacks one of the terms (``start`` or ``end``).
    """
    check = Checker(arguments=True)
    check.instance("portfolio", portfolio, Portfolio)
    check.instance("year", year, SchoolYear)
    check.member("start", start, TermName)
    check.member("end", end, TermName)
    check.done()
    terms = []
    for name, value in (("start", start), ("end", end)):
        if check.member(name, value, TermName):
            term = _term(year, value)
            if term is None:
                check.add(
                    name,
                    f"must be a term of {shown(year.label)} (got {shown(value.value)})",
                )
            terms.append(term)
    check.done()
    first, last = terms
    assert first is not None  # for mypy: checked above
    assert last is not None
    found = []
    targets = [(TargetKind.STANDARD, s) for s in portfolio.standards] + [
        (TargetKind.GOAL, g) for g in portfolio.goals
    ]
    for kind, target in targets:
        field = "standards" if kind is TargetKind.STANDARD else "goals"
        serving = [
            item
            for item in portfolio.items
            if item.shown and target in getattr(item.artifact, field)
        ]
        before, after = _in_term(serving, first), _in_term(serving, last)
        start_score, end_score = _mean_score(before), _mean_score(after)
        found.append(
            TermProgress(
                kind=kind,
                target=target,
                start_artifacts=[item.artifact.id for item in before],
                end_artifacts=[item.artifact.id for item in after],
                start_score=start_score,
                end_score=end_score,
                change=None
                if start_score is None or end_score is None
                else end_score - start_score,
            )
        )
    return tuple(found)
