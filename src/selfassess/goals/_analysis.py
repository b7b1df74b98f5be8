"""A student's goals set beside the teacher's analysis of the same data.

In a data-review conference the first item is "review goals against your analysis":
the student has set goals from their own look at the data, the teacher has broken
the same assessment into mastery per standard, power standards first, then the
most missed. `compare_goals` says, standard by standard and in plain words, where
the two agree and where they differ.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from selfassess._repr import short_repr
from selfassess._scales import Band
from selfassess._standards import Framework
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.goals._goals import Goal, GoalStatus
from selfassess.mastery import MasteryEstimate

__all__ = ["GoalComparison", "GoalMatch", "GoalStandardMatch", "compare_goals"]


class GoalMatch(enum.Enum):
    """How a standard stands between a student's goals and the teacher's analysis."""

    AGREE = "agree"
    """A goal works on it and the analysis puts it first."""
    ANALYSIS_ONLY = "analysis_only"
    """The analysis puts it first, but no goal works on it."""
    GOAL_ONLY = "goal_only"
    """A goal works on it, but the analysis does not put it first."""


_BAND_WORDS = {
    Band.MASTERED: "mastered",
    Band.NEAR: "near mastery",
    Band.NOT_YET: "not yet mastered",
    Band.INSUFFICIENT_EVIDENCE: "too little evidence to judge",
}


@attrs.frozen(kw_only=True)
class GoalStandardMatch:
    """One standard, as the student's goals and the teacher's analysis see it.

    Attributes:
        standard: The standard's id.
        match: Whether the goals and the analysis agree on it.
        band: The student's mastery band on it in the analysis; ``None`` when the
            analysis has no estimate for it.
        power: Whether it is a power standard.
        goals: The ids of the goals that work on it; none exactly when the
            analysis alone names it; no repeats.
        message: What the match means, in plain words.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    match: GoalMatch
    band: Band | None = None
    power: bool = False
    goals: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    message: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        match_ok = check.member("match", self.match, GoalMatch)
        if self.band is not None:
            check.member("band", self.band, Band)
        check.boolean("power", self.power)
        if check.items("goals", self.goals, check.identifier):
            check.unique("goals", self.goals, lambda value: value, "id")
            if match_ok and (self.match is GoalMatch.ANALYSIS_ONLY) == bool(self.goals):
                check.add(
                    "goals",
                    "must be empty exactly when the match is 'analysis_only' "
                    f"(got {len(self.goals)} for {shown(self.match.value)})",
                )
        check.text("message", self.message)
        check.done()


@attrs.frozen(kw_only=True)
class GoalComparison:
    """A student's goals beside the teacher's analysis: what agrees, what differs.

    Attributes:
        student: The id of the student.
        priorities: The standards the analysis puts first for the student, first
            first; no repeats.
        matches: One per standard that either side names: the analysis's
            priorities in order, then the standards only the goals name, in the
            order of the goals; standards unique.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    priorities: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    matches: tuple[GoalStandardMatch, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        if check.items("priorities", self.priorities, check.identifier):
            check.unique("priorities", self.priorities, lambda value: value, "id")
        if check.items("matches", self.matches, GoalStandardMatch):
            check.unique("matches", self.matches, lambda m: m.standard, "standard")
        check.done()

    def _standards(self, match: GoalMatch) -> tuple[str, ...]:
        return tuple(m.standard for m in self.matches if m.match is match)

    @property
    def agree(self) -> tuple[str, ...]:
        """The standards a goal works on that the analysis puts first too."""
        return self._standards(GoalMatch.AGREE)

    @property
    def analysis_only(self) -> tuple[str, ...]:
        """The standards the analysis puts first that no goal works on."""
        return self._standards(GoalMatch.ANALYSIS_ONLY)

    @property
    def goal_only(self) -> tuple[str, ...]:
        """The standards goals work on that the analysis does not put first."""
        return self._standards(GoalMatch.GOAL_ONLY)

    @property
    def messages(self) -> tuple[str, ...]:
        """Every match's message, in order."""
        return tuple(m.message for m in self.matches)


def _read_estimates(
    check: Checker, estimates: Mapping[Any, Any], student: str
) -> dict[str, MasteryEstimate]:
    """The student's estimates by standard; every bad key or value is recorded."""
    try:
        pairs = list(estimates.items())
    except Exception:  # a mapping that fails while read is no table of estimates
        check.kind(
            "estimates", f"must be a mapping that can be read (got {shown(estimates)})"
        )
        return {}
    found: dict[str, MasteryEstimate] = {}
    for key, estimate in pairs:
        path = f"estimates[{shown(key)}]"
        if not (
            isinstance(key, tuple)
            and len(key) == 2  # (student, standard)
            and all(isinstance(part, str) for part in key)
        ):
            check.add(path, "must be keyed by a (student, standard) pair of ids")
            continue
        if not isinstance(estimate, MasteryEstimate):
            check.add(path, f"must be a MasteryEstimate (got {shown(estimate)})")
            continue
        if key[0] == student:
            found[key[1]] = estimate
    return found


_WORKING = (GoalStatus.ACTIVE, GoalStatus.CARRIED_OVER)
"""The goals a student is working on: a goal met, not met or dropped is done with."""


def _priority_order(student: dict[str, MasteryEstimate], power: set[str]) -> list[str]:
    """The student's standards not mastered: power first, then furthest from mastery.

    Furthest means the largest gap to each estimate's own mastery cut, as
    `selfassess.mastery.priorities` orders one student's standards.
    """
    wanted = {Band.NOT_YET, Band.NEAR}
    chosen = [s for s, estimate in student.items() if estimate.band in wanted]

    def gap(standard: str) -> float:
        estimate = student[standard]
        if estimate.value is None:
            return 0.0
        return estimate.policy.band_cuts.mastered - estimate.value

    return sorted(chosen, key=lambda s: (s not in power, -gap(s), s))


def compare_goals(
    goals: Sequence[Goal],
    estimates: Mapping[tuple[str, str], MasteryEstimate],
    *,
    student: str,
    framework: Framework | None = None,
    limit: int | None = None,
) -> GoalComparison:
    """Set a student's goals beside the teacher's analysis of the same data.

    The analysis is the student's mastery estimates, as `selfassess.mastery.rollup`
    gives them: the standards the student has not mastered, power standards first,
    then the furthest from mastery (not yet before near, then the lowest value),
    then by id; the first *limit* of them are its priorities. A goal "works on" the
    standards it names (its ``standards``). Each standard either side names gets a
    `GoalStandardMatch` saying, in plain words, whether the two agree.

    Args:
        goals: The student's goals; all of them the student's. Only the goals
            still worked on (active or carried over) count as working on a
            standard.
        estimates: Mastery estimates by (student, standard); other students'
            rows are left out.
        student: The id of the student.
        framework: The framework that marks power standards and gives their
            codes; ``None`` for no power standards, naming standards by id.
        limit: How many standards the analysis puts first; ``None`` for every
            standard not mastered.

    Returns:
        The comparison.

    Raises:
        ArgumentTypeError: If *goals* is not a list of goals, *estimates* not a
            mapping, *student* not a string, *framework* neither ``None`` nor a
            `~selfassess.Framework`, or *limit* neither ``None`` nor a whole number.
        InvalidDataError: If a goal is another student's, a key of *estimates*
            is not a (student, standard) pair or a value not a
            `~selfassess.mastery.MasteryEstimate`, or *limit* is below 0.

    Example:
        >>> from selfassess import Domain, Evidence, Framework, Standard
        >>> from selfassess.mastery import MasteryPolicy, rollup
        >>> from datetime import date
        >>> math4 = Framework(id="m4", title="Math 4", domains=[Domain(
        ...     id="nf", code="4.NF", title="Fractions", standards=[
        ...         Standard(id="nf1", code="4.NF.1", statement="Equivalence"),
        ...         Standard(id="nf2", code="4.NF.2", statement="Compare", power=True),
        ...         Standard(id="nf3", code="4.NF.3", statement="Add"),
        ...     ])])
        >>> rows = [Evidence(student="ana", standard=s, score=v,
        ...                  assessed_on=date(2026, 10, 5))
        ...         for s, v in [("nf1", 1), ("nf2", 1), ("nf3", 4)]]
        >>> goals = [Goal(id="g1", student="ana", statement="Add fractions well",
        ...               standards=["nf3"]),
        ...          Goal(id="g2", student="ana", statement="Compare fractions",
        ...               standards=["nf2"])]
        >>> result = compare_goals(goals, rollup(rows, MasteryPolicy()),
        ...                        student="ana", framework=math4)
        >>> result.agree, result.analysis_only, result.goal_only
        (('nf2',), ('nf1',), ('nf3',))
        >>> for message in result.messages:
        ...     print(message)
        4.NF.2: your goal works on it, and the analysis puts it first (a power standard, not yet mastered).
        4.NF.1: the analysis puts it first (not yet mastered), but no goal works on it yet.
        4.NF.3: your goal works on it, but the analysis shows it mastered already.
    """
    arguments = Arguments()
    given = arguments.items("goals", goals, Goal)
    if not isinstance(estimates, Mapping):
        arguments.wrong_kind(
            "estimates",
            "must be a mapping of (student, standard) pairs to mastery estimates "
            f"(got {shown(estimates)})",
        )
    name = arguments.text("student", student)
    chosen = arguments.optional_instance("framework", framework, Framework)
    top = arguments.optional_integer("limit", limit, minimum=0)
    arguments.done()
    check = Checker(arguments=True)
    for index, goal in enumerate(given):
        if goal.student != name:
            check.add(
                f"goals[{index}].student",
                f"must be the student compared ({shown(name)}) (got {shown(goal.student)})",
            )
    mine = _read_estimates(check, estimates, name)
    check.done()
    known = {s.id: s for s in chosen.standards} if chosen is not None else {}
    power = {s.id for s in chosen.power_standards} if chosen is not None else set()
    ordered = _priority_order(mine, power)
    priorities = tuple(ordered if top is None else ordered[:top])
    working: dict[str, list[str]] = {}
    for goal in given:
        if goal.status not in _WORKING:
            continue
        for standard in goal.standards:
            ids = working.setdefault(standard, [])
            if goal.id not in ids:
                ids.append(goal.id)
    first = set(priorities)
    order = [*priorities, *(s for s in working if s not in first)]
    matches = []
    for standard in order:
        estimate = mine.get(standard)
        band = estimate.band if estimate is not None else None
        if standard not in first:
            kind = GoalMatch.GOAL_ONLY
        elif standard in working:
            kind = GoalMatch.AGREE
        else:
            kind = GoalMatch.ANALYSIS_ONLY
        label = known[standard].code if standard in known else standard
        matches.append(
            GoalStandardMatch(
                standard=standard,
                match=kind,
                band=band,
                power=standard in power,
                goals=working.get(standard, ()),
                message=_message(label, kind, band, power=standard in power),
            )
        )
    return GoalComparison(student=name, priorities=priorities, matches=matches)


def _message(label: str, kind: GoalMatch, band: Band | None, *, power: bool) -> str:
    """What a match means, in words a student and a teacher share."""
    why = ", ".join(
        [*(["a power standard"] if power else []), _BAND_WORDS[band]]
        if band is not None
        else []
    )
    if kind is GoalMatch.AGREE:
        return (
            f"{label}: your goal works on it, and the analysis puts it first ({why})."
        )
    if kind is GoalMatch.ANALYSIS_ONLY:
        return (
            f"{label}: the analysis puts it first ({why}), but no goal works on it yet."
        )
    if band is None:
        return (
            f"{label}: your goal works on it, but the analysis has no data on it yet."
        )
    if band is Band.MASTERED:
        return f"{label}: your goal works on it, but the analysis shows it mastered already."
    if band is Band.INSUFFICIENT_EVIDENCE:
        return (
            f"{label}: your goal works on it, but the analysis has too little "
            "evidence on it to judge yet."
        )
    return (
        f"{label}: your goal works on it; the analysis shows it {why}, "
        "but puts other standards first."
    )
