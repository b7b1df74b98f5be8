"""Planning from mastery: quick checks, priorities, small groups, peer tutors, growth.

A data-review conference plans from the class's mastery estimates (the mapping
`selfassess.mastery.rollup` returns): offer a quick assessment where a standard is
near mastery; put power standards first, then the most-missed; gather students who
are not yet there into small groups; pair them with classmates who have mastered
the standard; and see how far each has grown.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

import attrs

from selfassess._evidence import Evidence
from selfassess._numbers import round_half_up
from selfassess._repr import short_repr
from selfassess._scales import Band
from selfassess._standards import Framework
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.errors import ArgumentTypeError, Problem
from selfassess.mastery._estimate import MasteryEstimate
from selfassess.mastery._policy import MasteryPolicy
from selfassess.mastery._rollup import rollup

__all__ = [
    "Growth",
    "InterventionGroup",
    "Priority",
    "QuickCheck",
    "TutorMatch",
    "growth",
    "intervention_groups",
    "peer_tutors",
    "priorities",
    "quick_checks",
]

Estimates = Mapping[tuple[str, str], MasteryEstimate]
_NEEDS = (Band.NEAR, Band.NOT_YET)


def _checked(estimates: object) -> Iterator[tuple[str, str, MasteryEstimate]]:
    """The estimates as (student, standard, estimate), then every problem found.

    A generator: each estimate goes to the caller as it is read, and none is kept,
    so a roll-up's mapping, which builds each estimate when it is read, is walked
    without holding them all (which the garbage collector would walk again and
    again). The problems are raised once every estimate has been read, before the
    caller returns anything.
    """
    if not isinstance(estimates, Mapping):
        message = (
            "must be a mapping from (student, standard) to MasteryEstimate, as "
            f"rollup returns (got {shown(estimates)})"
        )
        raise ArgumentTypeError([Problem("estimates", message)])
    check = Checker()
    for key, estimate in estimates.items():
        if not (
            isinstance(key, tuple)
            and len(key) == 2
            and all(isinstance(part, str) for part in key)
        ):
            check.add(
                f"estimates[{shown(key)}]", "must be keyed by (student, standard)"
            )
        elif isinstance(estimate, MasteryEstimate):  # the path is built on failure
            yield key[0], key[1], estimate
        else:
            check.instance(f"estimates[{shown(key)}]", estimate, MasteryEstimate)
    check.done()


def _value(estimate: MasteryEstimate) -> float:
    return estimate.value if estimate.value is not None else float("-inf")


@attrs.frozen(kw_only=True)
class QuickCheck:
    """A standard near mastery for a student: offer a quick assessment.

    Attributes:
        student: The student's id.
        standard: The standard's id.
        value: The student's current mastery value.
        gap: How far the value is below the mastery cut; at least 0.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    standard: str
    value: float = number_field()
    gap: float = number_field(minimum=0)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.identifier("standard", self.standard)
        check.declared(self)
        check.done()


def quick_checks(
    estimates: Estimates,
    student: str | None = None,
    framework: Framework | None = None,
) -> tuple[QuickCheck, ...]:
    """List the standards near mastery, where a quick assessment could confirm it.

    The data-review conference offers a quick check where a standard is near
    mastery. Near is the teacher's cut, the policy's
    `MasteryPolicy.quick_check_from`: by default within half a level of mastery
    (from 2.5 with mastery at 3), so a student a full level below (2.0, still
    yellow) is retaught rather than checked. An estimate is offered one when its
    value is at or above that cut and below the mastery cut, with enough evidence
    to be judged. Power standards come first, then the closest to the mastery cut.

    Args:
        estimates: Estimates by (student, standard), as `rollup` returns them.
        student: Only this student's standards; ``None`` for the whole class.
        framework: The framework that marks power standards, which come first;
            ``None`` for none.

    Returns:
        One `QuickCheck` per estimate within the quick-check cut: power standards
        first, then smallest gap first (then by student and standard).

    Raises:
        ArgumentTypeError: If *estimates* is not a mapping, *framework* is
            neither ``None`` nor a `selfassess.Framework`, or *student* is
            neither ``None`` nor a string.
        InvalidDataError: If a key of *estimates* is not a (student, standard)
            pair or a value not a `MasteryEstimate`.
    """
    arguments = Arguments()
    arguments.optional_text("student", student)
    arguments.done()
    check = Checker(arguments=True)
    check.optional_instance("framework", framework, Framework)
    check.done()
    power = (
        {standard.id for standard in framework.power_standards}
        if framework is not None
        else set()
    )
    found = []
    for who, standard, estimate in _checked(estimates):
        if student is not None and who != student:
            continue
        value, policy = estimate.value, estimate.policy
        if (
            estimate.band not in _NEEDS
            or value is None
            or value < policy.quick_check_from
        ):
            continue
        gap = max(0.0, policy.band_cuts.mastered - value)
        if estimate.policy.decimals is not None:
            gap = round_half_up(gap, estimate.policy.decimals)
        found.append(QuickCheck(student=who, standard=standard, value=value, gap=gap))
    found.sort(
        key=lambda check: (
            check.standard not in power,
            check.gap,
            check.student,
            check.standard,
        )
    )
    return tuple(found)


@attrs.frozen(kw_only=True)
class Priority:
    """A standard's place in the plan: power standards first, then the most missed.

    Attributes:
        standard: The standard's id.
        power: Whether it is a power standard.
        not_mastered: How many students are near or not yet at mastery.
        students: How many students have an estimate on it.
        gap: For one student's ordering, how far the student's value is below
            the mastery cut (0 at or above it); ``None`` for the class's
            ordering, or when the student has no value yet.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    power: bool
    not_mastered: int = integer_field()
    students: int = integer_field()
    gap: float | None = number_field(minimum=0, optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        check.boolean("power", self.power)
        check.declared(self)
        check.done()


def priorities(
    estimates: Estimates,
    framework: Framework | None = None,
    student: str | None = None,
) -> tuple[Priority, ...]:
    """Order the standards for reteaching: power standards first, then most missed.

    The data-review practice: power standards (the ones later learning depends on)
    come first, then the most missed. For the class, the most missed are the
    standards the most students have not mastered; for one student (*student*),
    the standards that student is furthest below mastery on, so that each
    student's conference starts where that student most needs it.

    Args:
        estimates: Estimates by (student, standard), as `rollup` returns them.
        framework: The framework that marks power standards; ``None`` for none.
        student: Order only this student's standards, by their gap to mastery;
            ``None`` for the class.

    Returns:
        For the class, one `Priority` per standard in the estimates: power first,
        then by the number of students not at mastery (most first), then by
        standard id. For one student, one `Priority` per standard the student
        has an estimate on: power first, then those not mastered, largest gap
        first (standards with no value yet after those with one), then the
        mastered, then by standard id.

    Raises:
        ArgumentTypeError: If *estimates* is not a mapping, *framework* is
            neither ``None`` nor a `selfassess.Framework`, or *student* is
            neither ``None`` nor a string.
        InvalidDataError: If a key of *estimates* is not a (student, standard)
            pair or a value not a `MasteryEstimate`.

    Example:
        >>> from datetime import date
        >>> from selfassess import Evidence
        >>> rows = [Evidence(student=s, standard=k, score=x, assessed_on=date(2026, 9, 1))
        ...         for s, k, x in [("ana", "nf1", 2), ("ana", "nf2", 1),
        ...                         ("ben", "nf1", 1), ("ben", "nf2", 4)]]
        >>> [p.standard for p in priorities(rollup(rows), student="ana")]
        ['nf2', 'nf1']
        >>> [p.standard for p in priorities(rollup(rows), student="ben")]
        ['nf1', 'nf2']
    """
    arguments = Arguments()
    arguments.optional_text("student", student)
    arguments.done()
    check = Checker(arguments=True)
    check.optional_instance("framework", framework, Framework)
    check.done()
    power = (
        {standard.id for standard in framework.power_standards}
        if framework is not None
        else set()
    )
    if student is not None:
        return _student_priorities(estimates, power, student)
    missed: dict[str, int] = {}
    seen: dict[str, int] = {}
    for _, standard, estimate in _checked(estimates):
        seen[standard] = seen.get(standard, 0) + 1
        missed[standard] = missed.get(standard, 0) + (estimate.band in _NEEDS)
    ordered = sorted(seen, key=lambda s: (s not in power, -missed[s], s))
    return tuple(
        Priority(
            standard=standard,
            power=standard in power,
            not_mastered=missed[standard],
            students=seen[standard],
        )
        for standard in ordered
    )


def _student_priorities(
    estimates: Estimates, power: set[str], student: str
) -> tuple[Priority, ...]:
    """One student's standards: power first, then the most missed, then the id.

    The most missed: those not mastered, largest gap first (no value yet after
    those with one), then the mastered.
    """
    found: dict[str, Priority] = {}
    for who, standard, estimate in _checked(estimates):
        if who != student:
            continue
        gap = None
        if estimate.value is not None:
            gap = max(0.0, estimate.policy.band_cuts.mastered - estimate.value)
            if estimate.policy.decimals is not None:
                gap = round_half_up(gap, estimate.policy.decimals)
        found[standard] = Priority(
            standard=standard,
            power=standard in power,
            not_mastered=int(estimate.band in _NEEDS),
            students=1,
            gap=gap,
        )
    ordered = sorted(
        found.values(),
        key=lambda p: (
            not p.power,
            p.not_mastered == 0,
            p.gap is None,
            -(p.gap or 0.0),
            p.standard,
        ),
    )
    return tuple(ordered)


@attrs.frozen(kw_only=True)
class InterventionGroup:
    """A small group of students working on one standard they have not mastered.

    Attributes:
        standard: The standard's id.
        students: The students' ids, greatest need (lowest value) first; at least
            one, no repeats.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    students: tuple[str, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        if check.items("students", self.students, check.identifier, non_empty=True):
            check.unique("students", self.students, lambda value: value, "id")
        check.done()


def intervention_groups(
    estimates: Estimates, max_size: int = 5
) -> tuple[InterventionGroup, ...]:
    """Gather students who have not mastered the same standard into small groups.

    Students near or not yet at mastery on a standard are ordered by need (lowest
    value first) and split into as few groups as *max_size* allows, of sizes as
    even as possible, so that the students in a group are at similar places.
    Students with insufficient evidence are left out: assess them first.

    Args:
        estimates: Estimates by (student, standard), as `rollup` returns them.
        max_size: The largest group; at least 1.

    Returns:
        The groups, largest need first. Standards with the most students not at
        mastery come first (then by standard id), and within a standard the group
        with the lowest values.

    Raises:
        ArgumentTypeError: If *estimates* is not a mapping or *max_size* not a
            whole number.
        InvalidDataError: If *max_size* is less than 1, a key of *estimates* is
            not a (student, standard) pair or a value not a `MasteryEstimate`.
    """
    check = Checker(arguments=True)
    check.integer("max_size", max_size, minimum=1)
    check.done()
    needing: dict[str, list[tuple[float, str]]] = {}
    for student, standard, estimate in _checked(estimates):
        if estimate.band in _NEEDS:
            needing.setdefault(standard, []).append((_value(estimate), student))
    groups = []
    for standard in sorted(needing, key=lambda s: (-len(needing[s]), s)):
        students = [student for _, student in sorted(needing[standard])]
        count = -(-len(students) // max_size)  # ceiling division
        size, extra = divmod(len(students), count)
        start = 0
        for index in range(count):
            end = start + size + (1 if index < extra else 0)
            groups.append(
                InterventionGroup(standard=standard, students=students[start:end])
            )
            start = end
    return tuple(groups)


@attrs.frozen(kw_only=True)
class TutorMatch:
    """A student who has mastered a standard, paired with one who has not.

    Attributes:
        standard: The standard's id.
        tutor: The id of the student who has mastered it.
        tutee: The id of the student who has not; never the tutor.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    tutor: str
    tutee: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        ok = check.identifier("tutor", self.tutor) & check.identifier(
            "tutee", self.tutee
        )
        if ok and self.tutor == self.tutee:
            check.add("tutee", f"must not be the tutor (got {shown(self.tutee)})")
        check.done()


def peer_tutors(
    estimates: Estimates, max_per_tutor: int | None = None
) -> tuple[TutorMatch, ...]:
    """Pair students who have not mastered a standard with classmates who have.

    For each standard, the students in need (near or not yet, lowest value first)
    are given in turn to the tutor with the fewest tutees so far (ties to the
    highest value, then the id), so that tutors share the work evenly. A student is
    never their own tutor. With *max_per_tutor*, students beyond the tutors'
    capacity get no tutor (suggest a small group instead).

    Args:
        estimates: Estimates by (student, standard), as `rollup` returns them.
        max_per_tutor: The most tutees one tutor takes on one standard; ``None``
            for no limit.

    Returns:
        The pairs, by standard id, then in the order assigned.

    Raises:
        ArgumentTypeError: If *estimates* is not a mapping or *max_per_tutor*
            neither ``None`` nor a whole number.
        InvalidDataError: If *max_per_tutor* is less than 1, a key of *estimates*
            is not a (student, standard) pair or a value not a `MasteryEstimate`.
    """
    if max_per_tutor is not None:
        check = Checker(arguments=True)
        check.integer("max_per_tutor", max_per_tutor, minimum=1)
        check.done()
    tutors: dict[str, list[tuple[float, str]]] = {}
    tutees: dict[str, list[tuple[float, str]]] = {}
    for student, standard, estimate in _checked(estimates):
        if estimate.band is Band.MASTERED:
            tutors.setdefault(standard, []).append((-_value(estimate), student))
        elif estimate.band in _NEEDS:
            tutees.setdefault(standard, []).append((_value(estimate), student))
    matches = []
    for standard in sorted(tutees):
        # A student listed twice (a mapping whose keys repeat) is one tutor.
        ranked = list(
            dict.fromkeys(student for _, student in sorted(tutors.get(standard, [])))
        )
        for tutor, tutee in _assigned(ranked, sorted(tutees[standard]), max_per_tutor):
            matches.append(TutorMatch(standard=standard, tutor=tutor, tutee=tutee))
    return tuple(matches)


def _assigned(
    ranked: list[str], tutees: list[tuple[float, str]], max_per_tutor: int | None
) -> Iterator[tuple[str, str]]:
    """Give each tutee in turn to the least-loaded tutor, ties to the best ranked.

    When no tutee is also a tutor (always, unless a mapping's keys repeat), this
    is a round: the best ranked tutor, the next, ... the last, then the best again,
    until each has *max_per_tutor* tutees; so the tutees are dealt out in one pass.
    Otherwise a heap of (load, rank, tutor) keeps the least-loaded tutor at its
    top, so each tutee costs a logarithm of the number of tutors. A tutor at
    capacity at the top means every tutor is. Nobody tutors themself: a tutee who
    is also a tutor is set aside from the top while their tutor is chosen.
    """
    if not ranked:
        return
    if set(ranked).isdisjoint(tutee for _, tutee in tutees):
        dealt = len(tutees)
        if max_per_tutor is not None:
            dealt = min(dealt, max_per_tutor * len(ranked))
        for index in range(dealt):
            yield ranked[index % len(ranked)], tutees[index][1]
        return
    heap = [(0, rank, tutor) for rank, tutor in enumerate(ranked)]  # already a heap
    for _, tutee in tutees:
        aside = []
        while heap and heap[0][2] == tutee:
            aside.append(heapq.heappop(heap))
        if heap and (max_per_tutor is None or heap[0][0] < max_per_tutor):
            load, rank, tutor = heap[0]
            heapq.heapreplace(heap, (load + 1, rank, tutor))
            yield tutor, tutee
        for entry in aside:
            heapq.heappush(heap, entry)


@attrs.frozen(kw_only=True)
class Growth:
    """How a student's mastery of a standard changed between two dates.

    Attributes:
        student: The student's id.
        standard: The standard's id.
        before: The value on the first date; ``None`` if there was no value yet.
        after: The value on the second date; ``None`` if there is none.
        change: ``after - before``, rounded as the policy rounds; ``None`` unless
            both values exist.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    standard: str
    before: float | None = number_field(optional=True)
    after: float | None = number_field(optional=True)
    change: float | None = number_field(optional=True)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.identifier("standard", self.standard)
        check.declared(self)
        check.done()


def growth(
    evidence: Iterable[Evidence],
    start: date,
    end: date,
    policy: MasteryPolicy | None = None,
) -> tuple[Growth, ...]:
    """Compare every student's mastery of every standard on two dates.

    The value on a date is the policy's estimate from the evidence dated on or
    before it (by the policy's ordering date). Growth from one tracker to the next,
    or from the first conference to the second.

    Args:
        evidence: The evidence rows, in any order.
        start: The first date.
        end: The second date; not before *start*.
        policy: The policy; the default `MasteryPolicy` if ``None``.

    Returns:
        One `Growth` per (student, standard) with evidence by *end*, by student
        then standard.

    Raises:
        InvalidDataError: If a row is not `selfassess.Evidence`, a date is not a
            date, or *end* is before *start*.
    """
    check = Checker(arguments=True)
    if check.day("start", start) & check.day("end", end) and end < start:
        check.add("end", f"must not be before start ({start}) (got {end})")
    chosen = MasteryPolicy() if policy is None else policy
    check.instance("policy", chosen, MasteryPolicy)
    rows = list(check.listed("evidence", evidence, "Evidence"))
    check.done()
    # Rows that are not evidence are kept, so that rollup reports them by index.
    before = rollup(
        [r for r in rows if not isinstance(r, Evidence) or chosen._date(r) <= start],
        chosen,
    )
    after = rollup(
        [r for r in rows if not isinstance(r, Evidence) or chosen._date(r) <= end],
        chosen,
    )
    results = []
    for key in sorted(after):
        then = before.get(key)
        old = then.value if then is not None else None
        new = after[key].value
        change = None
        if old is not None and new is not None:
            change = new - old
            if chosen.decimals is not None:
                change = round_half_up(change, chosen.decimals)
        results.append(
            Growth(
                student=key[0], standard=key[1], before=old, after=new, change=change
            )
        )
    return tuple(results)
