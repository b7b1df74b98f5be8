"""The planner: one student's data in, a conference agenda that points at it out.

A teacher with five minutes for a student wants to spend them where they matter most.
The planner reads what selfassess knows about the student (their self-assessment
beside the teacher's, their mastery per standard now and at the last conference, their
goals and how the data on them is going, groups and tutors, accommodations) and
builds an `~selfassess.conference.Agenda` whose items each discuss one piece of that data, say why they are
there, and fit the slot.

Items are ranked by leverage, highest first, in this order (the order of the data
review and goal-setting conference's practice):

1. the largest gaps between the student's rating and the teacher's, one item each,
   largest first: a student who misjudges their work cannot plan from it;
2. standards mastered since the last conference, in one item, to celebrate;
3. a quick check on the standards nearest mastery (power standards first);
4. goals whose data says to change something (IEP goals first, then the rest):
   the four-point or trend rule says "change instruction", or the goal is off track;
5. what still feels hard and who can help: the student's small groups, peer tutors
   and accommodations.

The conference always ends with scheduling the next check-in. Items are taken in rank
order while their default minutes fit. Time still left goes to the conference
template's other items (reviewing the work plan, say), in the template's order, at
their default minutes while they fit; the minutes left after that are shared among
all kept items in proportion to their defaults, so the agenda fills its slot. With
``focus=True`` (for a student who does better with fewer things at once) at most two
data items are kept and no template items are added, so each item gets more time.
Same data in, same agenda out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from selfassess import Band, Framework, Person, Role
from selfassess._validate import MAX_MINUTES, Arguments, Checker, shown
from selfassess.conference._agenda import (
    Agenda,
    AgendaItem,
    ConferenceKind,
    Link,
    LinkKind,
)
from selfassess.conference._builtin_templates import (
    DATA_REVIEW_CONFERENCE,
    template_for,
)
from selfassess.conference._prompts import PROMPT_BANK
from selfassess.conference._templates import (
    Template,
    agenda_item,
    allocate_minutes,
    choose_leaders,
)
from selfassess.goals import Decision, Goal, GoalStatus, ProgressReport
from selfassess.mastery import InterventionGroup, MasteryEstimate, TutorMatch
from selfassess.rubrics import Comparison

__all__ = ["plan_conference"]

_FOCUS_ITEMS = 2
"""How many data items a focused agenda keeps."""

_PRACTICE = DATA_REVIEW_CONFERENCE
"""The template whose items the planner fills with the data: its ranking follows the
data review and goal-setting conference's practice."""

# The keys of the practice's items that the planner fills with data or closes with.
_QUICK_CHECK = "quick-check"
_STILL_HARD = "still-hard"
_CHECK_IN = "check-in"


@attrs.frozen
class _Candidate:
    """An item the planner could put on the agenda, with its rank.

    ``key`` is the key of the template item it stands for, if any, so that the
    template's own copy of that item is not added again.
    """

    rank: tuple[int, int, float, str]
    item: AgendaItem
    key: str | None = None


def _prompts(*ids: str) -> list[object]:
    return [PROMPT_BANK.prompt(prompt_id) for prompt_id in ids]


def _code(framework: Framework | None, standard: str) -> str:
    if framework is not None and standard in framework:
        return framework.standard(standard).code
    return standard


def _power(framework: Framework | None, standard: str) -> bool:
    return (
        framework is not None
        and standard in framework
        and framework.standard(standard).power
    )


def _gap_items(comparison: Comparison, student: str) -> list[_Candidate]:
    points = {point.criterion: point for point in comparison.talking_points}
    found = []
    for order, row in enumerate(comparison.criteria):
        if row.agrees:
            continue
        point = points.get(row.criterion)
        direction = "higher" if row.steps > 0 else "lower"
        reason = (
            f"Largest gaps first: the student rated {row.title.lower()} "
            f"{abs(row.steps)} level{'s' if abs(row.steps) > 1 else ''} {direction} "
            "than the teacher"
        )
        found.append(
            _Candidate(
                rank=(0, -abs(row.steps), float(order), row.criterion),
                item=AgendaItem(
                    title=f"Your rating and mine: {row.title}",
                    minutes=2,
                    speaker=Role.STUDENT,
                    prompts=_prompts("compare-ratings", "show-evidence"),
                    links=[
                        Link(
                            kind=LinkKind.COMPARISON,
                            ref=comparison.self_assessment,
                            student=student,
                            label=f"{row.title}: {row.self_label} / {row.teacher_label}",
                        )
                    ],
                    student_says=f"explain how I rated myself on {row.title.lower()}",
                    reason=point.text if point is not None else reason,
                ),
            )
        )
    return found


def _celebration(
    now: list[MasteryEstimate],
    earlier: Mapping[str, MasteryEstimate],
    student: str,
    framework: Framework | None,
) -> list[_Candidate]:
    newly = [
        estimate
        for estimate in now
        if estimate.band is Band.MASTERED
        and (
            str(estimate.standard) not in earlier
            or earlier[str(estimate.standard)].band is not Band.MASTERED
        )
    ]
    if not newly:
        return []
    codes = [_code(framework, str(estimate.standard)) for estimate in newly]
    return [
        _Candidate(
            rank=(1, 0, 0.0, ""),
            item=AgendaItem(
                title="Celebrate standards mastered since last time",
                minutes=1,
                speaker=Role.TEACHER,
                prompts=_prompts("praise", "growth"),
                links=[
                    Link(
                        kind=LinkKind.STANDARD_MASTERY,
                        ref=str(estimate.standard),
                        student=student,
                        label=f"{code} (mastered)",
                    )
                    for estimate, code in zip(newly, codes, strict=True)
                ],
                student_says="celebrate the standards I have mastered: "
                + ", ".join(codes),
                reason="Mastered since the last conference: " + ", ".join(codes),
            ),
        )
    ]


def _quick_check(
    now: list[MasteryEstimate], student: str, framework: Framework | None
) -> list[_Candidate]:
    near = [estimate for estimate in now if estimate.band is Band.NEAR]
    if not near:
        return []
    cut = {id(e): e.policy.band_cuts.mastered for e in near}
    near.sort(
        key=lambda e: (
            not _power(framework, str(e.standard)),
            cut[id(e)] - (e.value if e.value is not None else 0.0),
            str(e.standard),
        )
    )
    chosen = near[:2]
    codes = [_code(framework, str(estimate.standard)) for estimate in chosen]
    return [
        _Candidate(
            rank=(2, 0, 0.0, ""),
            key=_QUICK_CHECK,
            item=agenda_item(
                _PRACTICE.item(_QUICK_CHECK),
                links=[
                    Link(
                        kind=LinkKind.STANDARD_MASTERY,
                        ref=str(estimate.standard),
                        student=student,
                        label=_near(code, estimate.value),
                    )
                    for estimate, code in zip(chosen, codes, strict=True)
                ],
                student_says="try a quick check on " + " and ".join(codes),
                reason="Near mastery, power standards and the closest first: "
                + ", ".join(codes),
            ),
        )
    ]


def _near(code: str, value: float | None) -> str:
    """The label of a standard near mastery, with its value when it has one."""
    if value is None:
        return f"{code} (near mastery)"
    return f"{code} (near mastery, {value:g})"


def _stalled(report: ProgressReport) -> bool:
    return (
        report.four_point_rule is Decision.CHANGE_INSTRUCTION
        or report.trend_rule is Decision.CHANGE_INSTRUCTION
        or report.on_track is False
    )


def _goal_items(
    goals: list[Goal], reports: Mapping[str, ProgressReport], student: str
) -> list[_Candidate]:
    found = []
    for order, goal in enumerate(goals):
        report = reports.get(goal.id)
        if (
            goal.status is not GoalStatus.ACTIVE
            or report is None
            or not _stalled(report)
        ):
            continue
        kind = LinkKind.IEP_GOAL if goal.iep else LinkKind.GOAL
        rule = (
            "the four-point rule says change instruction"
            if report.four_point_rule is Decision.CHANGE_INSTRUCTION
            else "the trend rule says change instruction"
            if report.trend_rule is Decision.CHANGE_INSTRUCTION
            else "it is not on track to be met by its date"
        )
        found.append(
            _Candidate(
                rank=(3, 0 if goal.iep else 1, float(order), goal.id),
                item=AgendaItem(
                    title=f"Revisit {'IEP ' if goal.iep else ''}goal: {goal.statement}",
                    minutes=2,
                    speaker=Role.STUDENT,
                    prompts=_prompts("goal-progress", "help-more"),
                    links=[
                        Link(
                            kind=kind,
                            ref=goal.id,
                            student=student,
                            label=goal.statement,
                        )
                    ],
                    student_says=f"talk about my goal: {goal.statement}",
                    reason=f"The goal's data has stalled: {rule}",
                ),
            )
        )
    return found


def _help_item(
    student: str,
    groups: list[InterventionGroup],
    tutors: list[TutorMatch],
    accommodations: list[str],
    framework: Framework | None,
) -> list[_Candidate]:
    # (standard, label, the offer in the student's words); a tutor only where the
    # student has no group on that standard already.
    offers: list[tuple[str, str, str]] = []
    for group in groups:
        if student in group.students:
            code = _code(framework, group.standard)
            offers.append(
                (group.standard, f"small group on {code}", f"a small group on {code}")
            )
    offered = {standard for standard, _, _ in offers}
    for match in tutors:
        if match.tutee == student and match.standard not in offered:
            offered.add(match.standard)
            code = _code(framework, match.standard)
            offers.append(
                (
                    match.standard,
                    f"peer tutor {match.tutor} on {code}",
                    f"working with {match.tutor} on {code}",
                )
            )
    links = [
        Link(kind=LinkKind.GROUP, ref=standard, student=student, label=label)
        for standard, label, _ in offers
    ]
    said = [words for _, _, words in offers]
    for accommodation in accommodations:
        links.append(
            Link(
                kind=LinkKind.ACCOMMODATION,
                ref=accommodation,
                student=student,
                label=accommodation,
            )
        )
    if not links:
        return []
    return [
        _Candidate(
            rank=(4, 0, 0.0, ""),
            key=_STILL_HARD,
            item=agenda_item(
                _PRACTICE.item(_STILL_HARD),
                links=links,
                student_says="tell you what still feels hard"
                + (": " + " and ".join(said) if said else ""),
                reason="Help is ready: " + "; ".join(link.label for link in links),
            ),
        )
    ]


def _estimates(
    check: Arguments, name: str, value: object
) -> dict[tuple[str, str], MasteryEstimate]:
    """A mapping of estimates by (student, standard), as rollup returns; ``None``: none.

    A value that is not a mapping is the caller's mistake; a key that is not a pair
    of ids, or a value that is not an estimate, is bad data, reported with its key.
    """
    if value is None:
        return {}
    wrong = (
        f"must be a mapping from (student, standard) to MasteryEstimate, as rollup "
        f"returns (got {shown(value)})"
    )
    if not isinstance(value, Mapping):
        check.wrong_kind(name, wrong)
        return {}
    try:
        pairs = list(value.items())
    except Exception:  # a mapping that fails while read is no mapping of estimates
        check.wrong_kind(name, wrong)
        return {}
    found: dict[tuple[str, str], MasteryEstimate] = {}
    for key, estimate in pairs:
        path = f"{name}[{shown(key)}]"
        if not (
            isinstance(key, tuple)
            and len(key) == 2  # a pair: student and standard
            and all(isinstance(part, str) for part in key)
        ):
            check.add(path, f"must be keyed by (student, standard) (got {shown(key)})")
        elif not isinstance(estimate, MasteryEstimate):
            check.add(path, f"must be a MasteryEstimate (got {shown(estimate)})")
        else:
            found[key] = estimate
    return found


def plan_conference(
    kind: ConferenceKind,
    *,
    student: str,
    participants: Iterable[Person],
    slot_minutes: int | None = None,
    comparison: Comparison | None = None,
    estimates: Mapping[tuple[str, str], MasteryEstimate] | None = None,
    earlier: Mapping[tuple[str, str], MasteryEstimate] | None = None,
    goals: Iterable[Goal] = (),
    progress: Iterable[ProgressReport] = (),
    groups: Iterable[InterventionGroup] = (),
    tutors: Iterable[TutorMatch] = (),
    accommodations: Iterable[str] = (),
    framework: Framework | None = None,
    focus: bool = False,
) -> Agenda:
    """Build a conference agenda from one student's data, highest leverage first.

    See the module's rules: gaps between self and teacher ratings, standards mastered
    since last time, a quick check near mastery, stalled goals, then groups, tutors
    and accommodations; scheduling the next check-in closes it. When the data gives
    nothing to discuss, the agenda is the conference kind's template.

    Args:
        kind: The kind of conference; its template gives the slot and who leads.
        student: The student's id; a participant with the student role.
        participants: Everyone taking part.
        slot_minutes: The slot's length; by default the template's.
        comparison: The student's latest self-assessment beside the teacher's.
        estimates: Mastery estimates now, as `selfassess.mastery.rollup` returns
            them; other students' are ignored.
        earlier: Estimates at the last conference, to find what was mastered since.
        goals: The student's goals.
        progress: Progress-monitoring reports of those goals.
        groups: Small groups, as `selfassess.mastery.intervention_groups` makes them.
        tutors: Peer-tutor matches, as `selfassess.mastery.peer_tutors` makes them.
        accommodations: The student's accommodations, such as ``"extra time"``.
        framework: The standards, for codes and power standards.
        focus: Keep at most two data items, for a student who needs fewer things.

    Returns:
        The agenda. Items planned from the data carry a ``reason``; items added from
        the template and the closing check-in do not.

    Raises:
        ArgumentTypeError: If an argument is not of the kind it takes: *kind* not a
            `ConferenceKind`, *student* not a string, a list (*participants*,
            *goals*, *progress*, *groups*, *tutors*, *accommodations*) not a list,
            *estimates* or *earlier* neither ``None`` nor a mapping, *comparison*
            or *framework* neither ``None`` nor of its class, *slot_minutes*
            neither ``None`` nor a whole number, or *focus* not ``True`` or
            ``False``.
        InvalidDataError: If an item of a list or of a mapping is not of its
            kind, the student's id is empty, the comparison is another student's,
            the slot is too short for one data item and the check-in or longer
            than a day, or the agenda breaks a rule of `Agenda` (such as no
            teacher present).

    Example:
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import ConferenceKind, plan_conference
        >>> people = [Person(id="ana", name="Ana", role=Role.STUDENT),
        ...           Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)]
        >>> agenda = plan_conference(ConferenceKind.DATA_REVIEW, student="ana",
        ...                          participants=people, accommodations=["extra time"])
        >>> for item in agenda.items:
        ...     print(item.minutes, item.title + (" (planned)" if item.reason else ""))
        2 What still feels hard, and who can help (planned)
        2 Review goals against the teacher's analysis
        1 Review the work plan
        2 Review data and celebrate progress
        2 Quick check where a standard is near mastery
        1 Schedule the next check-in
    """
    check = Arguments()
    kind = check.member("kind", kind, ConferenceKind)
    check.text("student", student, empty=True)
    people = check.items("participants", participants, Person)
    check.optional_integer("slot_minutes", slot_minutes, maximum=MAX_MINUTES)
    comparison = check.optional_instance("comparison", comparison, Comparison)
    now_map = _estimates(check, "estimates", estimates)
    earlier_map = _estimates(check, "earlier", earlier)
    goal_list = check.items("goals", goals, Goal)
    report_list = check.items("progress", progress, ProgressReport)
    group_list = check.items("groups", groups, InterventionGroup)
    tutor_list = check.items("tutors", tutors, TutorMatch)
    accommodation_list = check.check.listed(
        "accommodations", accommodations, "accommodations"
    )
    check.check.items("accommodations", accommodation_list, check.check.identifier)
    framework = check.optional_instance("framework", framework, Framework)
    check.boolean("focus", focus)
    check.done()
    rules = Checker(arguments=True)
    if rules.identifier("student", student) and (
        comparison is not None and comparison.student != student
    ):
        rules.add(
            "comparison.student",
            f"must be the planned student {shown(student)} "
            f"(got {shown(comparison.student)})",
        )
    rules.done()
    now = [e for (who, _), e in now_map.items() if who == student]
    before = {
        str(e.standard): e for (who, _), e in earlier_map.items() if who == student
    }
    mine = [goal for goal in goal_list if goal.student == student]
    reports = {report.goal: report for report in report_list}

    candidates: list[_Candidate] = []
    if comparison is not None:
        candidates += _gap_items(comparison, student)
    candidates += _celebration(now, before, student, framework)
    candidates += _quick_check(now, student, framework)
    candidates += _goal_items(mine, reports, student)
    candidates += _help_item(
        student, list(group_list), list(tutor_list), list(accommodation_list), framework
    )
    candidates.sort(key=lambda candidate: candidate.rank)

    template = template_for(kind)
    slot = template.slot_minutes if slot_minutes is None else slot_minutes
    if not candidates:
        return template.agenda(student=student, participants=people, slot_minutes=slot)
    rules = Checker(arguments=True)
    # One minute at least for a data item, and the check-in's minutes.
    rules.integer("slot_minutes", slot, minimum=1 + _PRACTICE.item(_CHECK_IN).minutes)
    rules.done()

    items = _fit(candidates, template, people, slot, focus=focus)

    leader, facilitator = choose_leaders(template, people)
    return Agenda(
        kind=kind,
        student=student,
        participants=people,
        leader=leader,
        facilitator=facilitator,
        slot_minutes=slot,
        items=items,
        title=f"{template.name}: planned from the data",
        afterwards=template.afterwards,
    )


def _fit(
    candidates: list[_Candidate],
    template: Template,
    people: tuple[Person, ...],
    slot: int,
    *,
    focus: bool,
) -> list[AgendaItem]:
    """Choose the items that fit the slot, in rank order, and share out the minutes."""
    closing = agenda_item(_PRACTICE.item(_CHECK_IN))
    budget = slot - closing.minutes  # the check-in takes the last minutes
    limit = _FOCUS_ITEMS if focus else len(candidates)
    chosen: list[_Candidate] = []
    used = 0
    for candidate in candidates:
        if len(chosen) == limit:
            break
        if used + candidate.item.minutes <= budget:
            chosen.append(candidate)
            used += candidate.item.minutes
    if not chosen:  # the first item alone is longer than the slot: shrink it
        first = candidates[0]
        chosen.append(
            attrs.evolve(first, item=attrs.evolve(first.item, minutes=budget))
        )
        used = budget
    kept = [candidate.item for candidate in chosen]
    if not focus:
        covered = {candidate.key for candidate in chosen if candidate.key is not None}
        kept += _fillers(template, people, covered, budget - used)
    weights = [item.minutes for item in kept]
    minutes = allocate_minutes(weights, budget)
    items = [
        attrs.evolve(item, minutes=count)
        for item, count in zip(kept, minutes, strict=True)
    ]
    items.append(closing)
    return items


def _fillers(
    template: Template, people: tuple[Person, ...], covered: set[str], spare: int
) -> list[AgendaItem]:
    """The template's other items that fit the spare minutes, in its order.

    An item the plan already covers (by its key) is left out, and so is the
    check-in, which always closes the plan.
    """
    present = {person.role for person in people}
    found = []
    for item in template.items:
        if item.key is not None and (item.key in covered or item.key == _CHECK_IN):
            continue
        if item.speaker in present and item.minutes <= spare:
            found.append(agenda_item(item))
            spare -= item.minutes
    return found
