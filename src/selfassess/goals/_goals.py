"""Goals: who set them, what they aim at, how they are measured, and when they are due.

A student sets goals before learning and re-examines them at the end of each term; a
parent and a teacher each write one at a student-led conference; in a data-review
conference goals come from the standards not yet mastered; students with IEPs have
goals monitored with data. All of them are a `Goal`. `smart_check` says, in words a
student can act on, what a goal still lacks; `suggest_goals` proposes goals from a
table of mastery bands, power standards first.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs

from selfassess._people import Role
from selfassess._repr import short_repr
from selfassess._scales import Band
from selfassess._standards import Framework
from selfassess._supports import WritingSupports
from selfassess._validate import Arguments, Checker, number_field, shown, to_tuple
from selfassess.goals._bars import MAX_PARTS, FractionBar

__all__ = [
    "Goal",
    "GoalArea",
    "GoalStatus",
    "GoalSuggestion",
    "SmartCheck",
    "SmartHint",
    "SmartPart",
    "smart_check",
    "suggest_goals",
]

_OWNERS = (Role.STUDENT, Role.FAMILY, Role.TEACHER, Role.SPECIALIST)


class GoalArea(enum.Enum):
    """What a goal is about."""

    ACADEMIC = "academic"
    """Learning in a subject, usually tied to standards or success criteria."""
    WORK_HABITS = "work_habits"
    """Work habits and social skills, such as staying on task or asking for help."""
    PERSONAL = "personal"
    """Anything else the student cares about, such as reading for pleasure."""


class GoalStatus(enum.Enum):
    """Where a goal stands."""

    ACTIVE = "active"
    """Being worked on."""
    MET = "met"
    """Reached."""
    NOT_MET = "not_met"
    """Not reached by its due date, and not carried over."""
    CARRIED_OVER = "carried_over"
    """Not reached yet, and carried over to the next term."""
    DROPPED = "dropped"
    """Given up, for example because it no longer fits."""


@attrs.frozen(kw_only=True)
class Goal:
    """A goal for one student's learning, set by the student or by someone else.

    Attributes:
        id: A short identifier.
        student: The id of the student the goal is for.
        statement: The goal in words, such as ``"Read 70 words a minute"``.
        owner: Who set it: the student, a parent (`~selfassess.Role.FAMILY`), the
            teacher, or a specialist (such as an IEP case manager); not a peer.
        area: What it is about.
        standards: The ids of the standards it works toward; no repeats.
        success_criteria: The ids of the success criteria it works toward; no
            repeats.
        measure: How progress is measured, such as ``"words read correctly in one
            minute"``.
        baseline: Where the student started on the measure; finite.
        target: Where the goal is on the measure; finite. It may be below the
            baseline, for a goal such as fewer errors per page.
        starts_on: The day work on the goal starts.
        due_on: The day it is due; not before ``starts_on``.
        status: Where it stands.
        iep: Whether it is a goal of the student's IEP (individualized education
            program), monitored with data.
        closes_gap: The id of the `FeedbackLoop` whose gap the goal was set to
            close, if any; checked against the loops given where goals are
            gathered (`TermReview`).
        supports: The word bank, sentence starters and exemplar goals a teacher
            offers the student who writes the goal, such as an English learner or
            a student who struggles with written expression; none by default.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from datetime import date
        >>> goal = Goal(id="g1", student="ana", statement="Read 70 words a minute",
        ...             measure="words read correctly in one minute",
        ...             baseline=52, target=70, due_on=date(2027, 1, 29))
        >>> goal.progress_bar(64, parts=3)
        FractionBar(parts=3, filled=2)
    """

    __repr__ = short_repr

    id: str
    student: str
    statement: str
    owner: Role = Role.STUDENT
    area: GoalArea = GoalArea.ACADEMIC
    standards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    success_criteria: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    measure: str | None = None
    baseline: float | None = number_field(optional=True, default=None)
    target: float | None = number_field(optional=True, default=None)
    starts_on: date | None = None
    due_on: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    iep: bool = False
    closes_gap: str | None = None
    supports: WritingSupports = attrs.field(factory=WritingSupports)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("student", self.student)
        check.text("statement", self.statement)
        if check.member("owner", self.owner, Role) and self.owner not in _OWNERS:
            names = ", ".join(repr(role.value) for role in _OWNERS)
            check.add(
                "owner", f"must be one of {names} (got {shown(self.owner.value)})"
            )
        check.member("area", self.area, GoalArea)
        for field in ("standards", "success_criteria"):
            values = getattr(self, field)
            if check.items(field, values, check.identifier):
                check.unique(field, values, lambda value: value, "id")
        check.optional_text("measure", self.measure)
        check.declared(self)
        days = check.optional_day("starts_on", self.starts_on) & check.optional_day(
            "due_on", self.due_on
        )
        if (
            days
            and self.starts_on is not None
            and self.due_on is not None
            and self.due_on < self.starts_on
        ):
            check.add(
                "due_on",
                f"must not be before starts_on ({self.starts_on.isoformat()}) "
                f"(got {self.due_on.isoformat()})",
            )
        check.member("status", self.status, GoalStatus)
        check.boolean("iep", self.iep)
        check.optional_identifier("closes_gap", self.closes_gap)
        check.instance("supports", self.supports, WritingSupports)
        check.done()

    @property
    def rising(self) -> bool | None:
        """Whether a higher value on the measure is progress; ``None`` if unknown.

        Known when both ``baseline`` and ``target`` are given and differ: a target
        above the baseline rises, one below it falls (fewer errors, say).
        """
        if self.baseline is None or self.target is None:
            return None
        if self.target == self.baseline:
            return None
        return self.target > self.baseline

    def progress_bar(self, current: float, parts: int = 4) -> FractionBar:
        """Return the bar the data gives: from the baseline to *current*, toward the target.

        See `FractionBar.from_progress`: whole parts only, never over-claiming.

        Args:
            current: The student's value on the measure now.
            parts: How many parts the bar has.

        Returns:
            The bar.

        Raises:
            ArgumentTypeError: If *current* is not a number or *parts* is not a
                whole number.
            InvalidDataError: If the goal has no baseline or no target, *current*
                is not finite, or *parts* is not from 1 to 1,000.
        """
        arguments = Arguments()
        arguments.number("current", current)
        arguments.integer("parts", parts, minimum=1, maximum=MAX_PARTS)
        arguments.done()
        check = Checker(arguments=True)
        if self.baseline is None:
            check.add("baseline", "must be set to draw a bar from data")
        if self.target is None:
            check.add("target", "must be set to draw a bar from data")
        check.done()
        assert self.baseline is not None  # checked above
        assert self.target is not None
        return FractionBar.from_progress(self.baseline, current, self.target, parts)


class SmartPart(enum.Enum):
    """The five parts of a SMART goal (Doran 1981).

    Specific, measurable, achievable, relevant and time-bound.
    """

    SPECIFIC = "specific"
    """Says exactly what the student will do."""
    MEASURABLE = "measurable"
    """Says how progress is measured, where it starts and where it should get to."""
    ACHIEVABLE = "achievable"
    """Asks for a change the student can make in the time."""
    RELEVANT = "relevant"
    """Is tied to what the student is learning."""
    TIME_BOUND = "time_bound"
    """Has a date."""


@attrs.frozen(kw_only=True)
class SmartHint:
    """One thing a goal still lacks, said so a student can act on it.

    Attributes:
        part: Which part of SMART it concerns.
        message: What to do, such as ``"add a date"``.

    Raises:
        InvalidDataError: If a field breaks its rule.
    """

    __repr__ = short_repr

    part: SmartPart
    message: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("part", self.part, SmartPart)
        check.text("message", self.message)
        check.done()


@attrs.frozen(kw_only=True)
class SmartCheck:
    """What a goal lacks to be SMART: hints to act on, not a pass or fail.

    Attributes:
        goal: The id of the goal checked.
        hints: What to do, in the order of SMART; empty when nothing is missing.

    Raises:
        InvalidDataError: If a field breaks its rule.
    """

    __repr__ = short_repr

    goal: str
    hints: tuple[SmartHint, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("goal", self.goal)
        check.items("hints", self.hints, lambda p, v: check.instance(p, v, SmartHint))
        check.done()

    @property
    def complete(self) -> bool:
        """Whether nothing is missing."""
        return not self.hints

    @property
    def messages(self) -> tuple[str, ...]:
        """The hints' messages, in order."""
        return tuple(hint.message for hint in self.hints)

    @property
    def missing(self) -> tuple[SmartPart, ...]:
        """The parts of SMART that have a hint, each once, in order."""
        return tuple(
            part for part in SmartPart if any(h.part is part for h in self.hints)
        )


_MIN_WORDS = 4
"""A statement shorter than this many words rarely says what the student will do."""


def smart_check(goal: Goal, as_of: date | None = None) -> SmartCheck:
    """Say what a goal still lacks to be SMART, in words a student can act on.

    SMART goals are specific, measurable, achievable, relevant and time-bound (Doran
    1981). The checks are plain and mechanical, so that a student can fix each one:

    - specific: the statement has at least four words ("say exactly what you will
      do");
    - measurable: a measure ("say how you will measure it"), a baseline ("say where
      you are starting from") and a target ("say what number you are aiming for");
    - achievable: the target differs from the baseline ("choose a target that is a
      step on from where you are now");
    - relevant: an academic goal names a standard or a success criterion ("link it
      to a standard or an I-can statement you are working on");
    - time-bound: a due date ("add a date"), not already past on *as_of* for an
      active goal ("choose a new date: this one has passed").

    Args:
        goal: The goal to check.
        as_of: The day of the check, to notice a due date already past; ``None``
            skips that check.

    Returns:
        The hints, in the order of SMART.

    Raises:
        ArgumentTypeError: If *goal* is not a `Goal` or *as_of* is neither
            ``None`` nor a date.

    Example:
        >>> check = smart_check(Goal(id="g1", student="ana", statement="Get better at fractions"))
        >>> for message in check.messages:
        ...     print(message)
        say how you will measure it
        say where you are starting from
        say what number you are aiming for
        link it to a standard or an I-can statement you are working on
        add a date
    """
    check = Arguments()
    check.instance("goal", goal, Goal)
    check.optional_day("as_of", as_of)
    check.done()
    hints: list[SmartHint] = []

    def hint(part: SmartPart, message: str) -> None:
        hints.append(SmartHint(part=part, message=message))

    if len(goal.statement.split()) < _MIN_WORDS:
        hint(SmartPart.SPECIFIC, "say exactly what you will do")
    if goal.measure is None:
        hint(SmartPart.MEASURABLE, "say how you will measure it")
    if goal.baseline is None:
        hint(SmartPart.MEASURABLE, "say where you are starting from")
    if goal.target is None:
        hint(SmartPart.MEASURABLE, "say what number you are aiming for")
    if goal.baseline is not None and goal.baseline == goal.target:
        hint(
            SmartPart.ACHIEVABLE,
            "choose a target that is a step on from where you are now",
        )
    if goal.area is GoalArea.ACADEMIC and not (goal.standards or goal.success_criteria):
        hint(
            SmartPart.RELEVANT,
            "link it to a standard or an I-can statement you are working on",
        )
    if goal.due_on is None:
        hint(SmartPart.TIME_BOUND, "add a date")
    elif as_of is not None and goal.status is GoalStatus.ACTIVE and goal.due_on < as_of:
        hint(SmartPart.TIME_BOUND, "choose a new date: this one has passed")
    return SmartCheck(goal=goal.id, hints=hints)


@attrs.frozen(kw_only=True)
class GoalSuggestion:
    """A goal proposed from a mastery table: a standard not yet mastered.

    Attributes:
        standard: The id of the standard.
        code: Its code, such as ``"4.NF.1"``.
        statement: A goal statement, such as ``"Reach mastery of 4.NF.1: Explain
            equivalent fractions."``.
        band: The band the student is in on it: not yet or near.
        power: Whether it is a power standard.

    Raises:
        InvalidDataError: If a field breaks its rule.
    """

    __repr__ = short_repr

    standard: str
    code: str
    statement: str
    band: Band
    power: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        check.identifier("code", self.code)
        check.text("statement", self.statement)
        if check.member("band", self.band, Band) and self.band not in (
            Band.NOT_YET,
            Band.NEAR,
        ):
            check.add(
                "band", f"must be 'not_yet' or 'near' (got {shown(self.band.value)})"
            )
        check.boolean("power", self.power)
        check.done()

    def to_goal(
        self,
        *,
        id: str,
        student: str,
        owner: Role = Role.STUDENT,
        starts_on: date | None = None,
        due_on: date | None = None,
    ) -> Goal:
        """Return the suggestion as an academic goal linked to its standard.

        Raises:
            ArgumentTypeError: If *id* or *student* is not a string, *owner* is not
                a `~selfassess.Role`, or *starts_on* or *due_on* is neither
                ``None`` nor a date.
            InvalidDataError: If a field of the goal breaks its rule (such as a due
                date before the start, or an owner who is a peer).
        """
        check = Arguments()
        check.text("id", id, empty=True)
        check.text("student", student, empty=True)
        check.member("owner", owner, Role)
        check.optional_day("starts_on", starts_on)
        check.optional_day("due_on", due_on)
        check.done()
        return Goal(
            id=id,
            student=student,
            statement=self.statement,
            owner=owner,
            area=GoalArea.ACADEMIC,
            standards=(self.standard,),
            starts_on=starts_on,
            due_on=due_on,
        )


_BAND_ORDER = {Band.NOT_YET: 0, Band.NEAR: 1}


def _pairs(check: Checker, mapping: Mapping[Any, Any]) -> list[tuple[object, object]]:
    """The items of a mapping, or none (with a problem) if reading them fails."""
    try:
        return list(mapping.items())
    except Exception:  # a mapping that fails while read is no mapping of bands
        message = f"must be a mapping that can be read (got {shown(mapping)})"
        check.kind("bands", message)
        return []


def suggest_goals(
    bands: Mapping[str, Band],
    framework: Framework,
    *,
    include_near: bool = True,
    limit: int | None = None,
) -> tuple[GoalSuggestion, ...]:
    """Suggest goals from a mastery table: standards not yet mastered, power first.

    As in a data-review conference: power standards come first, then the standards
    furthest from mastery (red before yellow), then the framework's order. Mastered
    standards, standards with too little evidence and standards missing from
    *bands* give no suggestion. Any source of bands can feed it, such as mastery
    estimates or a teacher's own table.

    Args:
        bands: The band of each standard, by standard id.
        framework: The framework the standards belong to, for power standards,
            codes, statements and order.
        include_near: Whether standards near mastery (yellow) are suggested too,
            after the not-yet ones (red) of the same kind.
        limit: At most this many suggestions; ``None`` for all.

    Returns:
        The suggestions, best first.

    Raises:
        ArgumentTypeError: If *bands* is not a mapping, *framework* is not a
            `~selfassess.Framework`, *include_near* is not ``True`` or ``False``, or
            *limit* is neither ``None`` nor a whole number.
        InvalidDataError: If a key of *bands* is not the id of a standard of the
            framework, a value is not a `~selfassess.Band`, or *limit* is below 0.

    Example:
        >>> from selfassess import Band, Domain, Framework, Standard
        >>> math4 = Framework(id="m4", title="Math 4", domains=[Domain(
        ...     id="nf", code="4.NF", title="Fractions", standards=[
        ...         Standard(id="nf1", code="4.NF.1", statement="Explain equivalent fractions."),
        ...         Standard(id="nf2", code="4.NF.2", statement="Compare fractions.", power=True),
        ...         Standard(id="nf3", code="4.NF.3", statement="Add fractions."),
        ...     ])])
        >>> bands = {"nf1": Band.NOT_YET, "nf2": Band.NEAR, "nf3": Band.MASTERED}
        >>> [s.code for s in suggest_goals(bands, math4)]
        ['4.NF.2', '4.NF.1']
    """
    check = Checker(arguments=True)
    if not isinstance(bands, Mapping):
        check.kind(
            "bands", f"must be a mapping of standard ids to bands (got {shown(bands)})"
        )
    check.instance("framework", framework, Framework)
    check.boolean("include_near", include_near)
    check.optional_integer("limit", limit, minimum=0)
    check.done()
    known = {standard.id: standard for standard in framework.standards}
    for key, band in _pairs(check, bands):
        path = f"bands[{shown(key)}]"
        if not isinstance(key, str) or key not in known:
            check.add(
                path,
                f"must be a standard of {shown(framework.id)}",
            )
        check.member(path, band, Band)
    check.done()
    wanted = {Band.NOT_YET, Band.NEAR} if include_near else {Band.NOT_YET}
    order = {standard.id: index for index, standard in enumerate(framework.standards)}
    chosen = sorted(
        (sid for sid, band in bands.items() if band in wanted),
        key=lambda sid: (not known[sid].power, _BAND_ORDER[bands[sid]], order[sid]),
    )
    suggestions = tuple(
        GoalSuggestion(
            standard=sid,
            code=known[sid].code,
            statement=f"Reach mastery of {known[sid].code}: {known[sid].statement}",
            band=bands[sid],
            power=known[sid].power,
        )
        for sid in chosen
    )
    return suggestions if limit is None else suggestions[:limit]
