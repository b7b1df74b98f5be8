"""What the command line shows: the demo and the scales, as sections.

Pure like the rest of the library: each section is Markdown made by
`selfassess.render.markdown` (and the render edge's table functions) from values
computed on the sample class, with the pictures that go with it; the command line
(`selfassess.cli.main`) prints the Markdown, or one HTML page of it
(`selfassess.cli._page`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time

import attrs

from selfassess import BUILTIN_SCALES, Band, Role
from selfassess.cli._sample import AS_OF, SampleClass, sample_class
from selfassess.conference import (
    COLLABORATION_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    THREE_WAY_CONFERENCE,
    WORK_HABITS_CONFERENCE,
    Agenda,
    AvailableTime,
    ConferenceDay,
    ConferenceKind,
    FamilySchedule,
    Household,
    HouseholdChild,
    Link,
    LinkKind,
    RehearsalScript,
    RotationEntry,
    SelfPacedBlock,
    SignUpPlan,
    TeacherRoom,
    plan_block,
    plan_conference,
    rehearsal_script,
    rotation_order,
    schedule_families,
    school_days_after,
)
from selfassess.goals import BarComparison, FractionBar, GoalArea
from selfassess.mastery import (
    MasteryEstimate,
    MasteryPolicy,
    intervention_groups,
    peer_tutors,
    quick_checks,
    rollup,
)
from selfassess.render import (
    comparison_table,
    markdown,
    mastery_grid,
    mastery_table,
    svg,
)
from selfassess.render._conference_forms import day_in_words
from selfassess.render._markdown import inline
from selfassess.rubrics import COLLABORATION, Comparison, calibrate, compare

Estimates = Mapping[tuple[str, str], MasteryEstimate]

__all__ = [
    "Figure",
    "Section",
    "block_of",
    "conference_agendas",
    "demo_markdown",
    "demo_sections",
    "family_households",
    "family_schedule",
    "scales_markdown",
    "scales_sections",
    "student_led_script",
]


@attrs.frozen
class Figure:
    """A picture that goes with a section: a caption and how to draw it.

    Attributes:
        caption: What the picture shows, in words.
        draw: Returns the SVG picture.
    """

    caption: str
    draw: Callable[[], str]


@attrs.frozen
class Section:
    """A part of what the command line shows: Markdown, then its pictures."""

    markdown: str
    figures: tuple[Figure, ...] = ()


def _picture(value: object, **options: str) -> Callable[[], str]:
    """Draw *value* with `selfassess.render.svg`, when the page is made."""
    return lambda: svg(value, **options)


def scales_sections() -> tuple[Section, ...]:
    """Return every built-in scale as a section: its table and its picture."""
    heading = Section("## Built-in scales")
    return (
        heading,
        *(
            Section(
                markdown(scale),
                (Figure(f"The {scale.name} as a form shows it.", _picture(scale)),),
            )
            for scale in BUILTIN_SCALES
        ),
    )


def _joined(sections: tuple[Section, ...]) -> str:
    return "\n\n".join(section.markdown for section in sections) + "\n"


def scales_markdown() -> str:
    """Return every built-in scale as Markdown tables."""
    return _joined(scales_sections())


def _names(sample: SampleClass) -> dict[str, str]:
    return {person.id: person.name for person in sample.students}


def _codes(sample: SampleClass) -> dict[str, str]:
    return {standard.id: standard.code for standard in sample.framework.standards}


def _comparisons(sample: SampleClass) -> list[Comparison]:
    return [
        compare(mine, theirs)
        for mine, theirs in zip(
            sample.self_assessments, sample.teacher_assessments, strict=True
        )
    ]


def _self_assessment_section(sample: SampleClass) -> Section:
    comparisons = _comparisons(sample)
    self_levels: list[float] = []
    teacher_levels: list[float] = []
    for comparison in comparisons:
        own, theirs = comparison.paired_positions
        self_levels += own
        teacher_levels += theirs
    # Positions in each criterion's own ratings: the collaboration rubric's four.
    positions = range(len(COLLABORATION.criteria[0].descriptors))
    calibration = calibrate(self_levels, teacher_levels, positions)
    ana = comparisons[0]
    text = "\n".join(
        [
            "## 1. Self-assessment beside the teacher's",
            "",
            "Each student rated their own work on the fraction strips project against "
            "the collaboration rubric; Ms. Okafor rated the same work. Cells read "
            "*student / teacher* on the 4-point scale.",
            "",
            comparison_table(comparisons, names=_names(sample)),
            "",
            markdown(calibration),
            "",
            "Talking points for Ana's conference, largest gap first:",
            "",
            *(f"- {inline(point.text)}" for point in ana.talking_points),
        ]
    )
    figure = Figure(
        "Ana's ratings (filled circles) beside Ms. Okafor's (open squares).",
        _picture(ana, student_name=_names(sample)[ana.student]),
    )
    return Section(text, (figure,))


def _mastery_grid(sample: SampleClass, estimates: Estimates) -> Callable[[], str]:
    return lambda: mastery_grid(
        estimates, standards=sample.framework.standards, names=_names(sample)
    )


def _mastery_section(sample: SampleClass, estimates: Estimates) -> Section:
    names = _names(sample)
    codes = _codes(sample)
    first = estimates[("ana", "nf1")]
    checks = quick_checks(estimates, framework=sample.framework)
    policy = first.policy
    groups = intervention_groups(estimates, max_size=3)
    tutors = peer_tutors(estimates, max_per_tutor=2)
    text = "\n".join(
        [
            "## 2. Mastery per standard",
            "",
            "The big score broken into a mastery score per standard: the recursive "
            "decaying average (65 % of the newest score) on the 4-point scale, "
            "mastered from 3, near from 2. Bands: green mastered, yellow near, red "
            "not yet. A quick check is offered from "
            f"{policy.quick_check_from:g}, within half a level of mastery; "
            "passing it confirms mastery.",
            "",
            mastery_table(estimates, standards=sample.framework.standards, names=names),
            "",
            "How Ana's 4.NF.1 score was reached: " + markdown(first),
            "",
            "Quick checks offered (power standards first, then the closest): "
            + "; ".join(markdown(check, names=names, codes=codes) for check in checks)
            + ".",
            "Small groups (not yet at mastery, largest need first): "
            + "; ".join(markdown(group, names=names, codes=codes) for group in groups)
            + ".",
            "Peer tutors: "
            + "; ".join(markdown(match, names=names, codes=codes) for match in tutors)
            + ".",
        ]
    )
    figure = Figure(
        "Mastery per student and standard: each cell's band by colour, pattern "
        "and letter (M mastered, N near, X not yet).",
        _mastery_grid(sample, estimates),
    )
    return Section(text, (figure,))


def _goals_section(sample: SampleClass) -> Section:
    current = dict(sample.current)
    coloured = dict(sample.self_coloured)
    lines = [
        "## 3. Goals with fraction bars",
        "",
        "Ana coloured in a bar of four parts for each goal; the bar her data gives "
        "sits beside it (rounded down: a bar never claims more than the data shows).",
        "",
    ]
    figures = []
    for goal in sample.goals:
        lines.append(
            markdown(
                goal,
                current=current[goal.id],
                coloured=coloured[goal.id],
                parts=4,
                student_name="Ana",
            )
        )
        bars = BarComparison(
            student=FractionBar(parts=4, filled=coloured[goal.id]),
            data=goal.progress_bar(current[goal.id], parts=4),
        )
        figures.append(
            Figure(
                f"Ana's bar beside her data's, for: {goal.statement}",
                _picture(bars, student_name="Ana"),
            )
        )
    return Section("\n".join(lines), tuple(figures))


def _order(sample: SampleClass, estimates: Estimates) -> tuple[str, ...]:
    needs = {
        student: sum(
            1
            for (who, _), estimate in estimates.items()
            if who == student and estimate.band is not Band.MASTERED
        )
        for student in (person.id for person in sample.students)
    }
    return tuple(
        rotation_order(
            [
                RotationEntry(
                    student=student, last_conference=last, need=needs[student]
                )
                for student, last in sample.last_conference
            ],
            as_of=AS_OF,
        )
    )


def block_of(sample: SampleClass, estimates: Estimates) -> SelfPacedBlock:
    """Return the sample class's self-paced block, planned from its data.

    Each one-on-one slot holds the data-review agenda planned for its student, and
    lasts as long as that agenda.
    """
    order = _order(sample, estimates)
    group = intervention_groups(estimates, max_size=3)[0]
    tutors = peer_tutors(estimates, max_per_tutor=2)
    people = {person.id: person for person in sample.students}
    agendas = [
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student=student,
            participants=[people[student], sample.teacher],
            estimates=estimates,
            goals=[goal for goal in sample.goals if goal.student == student],
            tutors=tutors,
            framework=sample.framework,
        )
        for student in order[:3]
    ]
    return plan_block(
        day=AS_OF,
        starts=time(9, 0),
        teacher=sample.teacher.id,
        room="room-12",
        roster=[person.id for person in sample.students],
        conference_students=order[:3],
        group_standard=group.standard,
        group_students=group.students,
        agendas=agendas,
    )


def _block_section(sample: SampleClass, estimates: Estimates) -> Section:
    names = _names(sample)
    order = _order(sample, estimates)
    text = "\n".join(
        [
            "## 4. The self-paced block",
            "",
            f"{day_in_words(AS_OF)}, room 12. Conference order from the rotation "
            "(longest since the last conference, most need first): "
            + inline(", ".join(names[s] for s in order))
            + ".",
            "",
            markdown(block_of(sample, estimates), names=names, codes=_codes(sample)),
        ]
    )
    return Section(text)


def conference_agendas(sample: SampleClass, estimates: Estimates) -> tuple[Agenda, ...]:
    """Return Ana's agendas: two planned from her data, then the templates'.

    In order: the self-assessment and data-review conferences, the first and
    second student-led conferences, the three-way, collaboration and work-habits
    conferences.
    """
    ana = next(person for person in sample.students if person.id == "ana")
    family = sample.families[0]
    comparison = _comparisons(sample)[0]
    tutors = peer_tutors(estimates, max_per_tutor=2)
    with_teacher = [ana, sample.teacher]
    with_family = [ana, family, sample.teacher]
    current = dict(sample.current)

    def links(area: GoalArea | None) -> list[Link]:
        found = []
        for goal in sample.goals:
            if area is not None and goal.area is not area:
                continue
            bar = goal.progress_bar(current[goal.id], parts=4)
            found += [
                Link(
                    kind=LinkKind.GOAL, ref=goal.id, student="ana", label=goal.statement
                ),
                Link(
                    kind=LinkKind.FRACTION_BAR,
                    ref=goal.id,
                    student="ana",
                    label=f"fraction bar {bar.render(ascii=True)}",
                ),
            ]
        return found

    agendas = [
        plan_conference(
            ConferenceKind.SELF_ASSESSMENT,
            student="ana",
            participants=with_teacher,
            comparison=comparison,
            framework=sample.framework,
        ),
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=with_teacher,
            comparison=comparison,
            estimates=estimates,
            goals=sample.goals,
            tutors=tutors,
            framework=sample.framework,
        ),
        STUDENT_LED_FIRST.agenda(
            student="ana", participants=with_family, links=links(None)
        ),
    ]
    for template in (
        STUDENT_LED_SECOND,
        THREE_WAY_CONFERENCE,
        COLLABORATION_CONFERENCE,
        WORK_HABITS_CONFERENCE,
    ):
        family_there = (
            template.leader is Role.STUDENT or template is THREE_WAY_CONFERENCE
        )
        people = with_family if family_there else with_teacher
        area = None if family_there else GoalArea.WORK_HABITS
        agendas.append(
            template.agenda(student="ana", participants=people, links=links(area))
        )
    return tuple(agendas)


def student_led_script(sample: SampleClass, estimates: Estimates) -> RehearsalScript:
    """Return Ana's rehearsal script for her first student-led conference."""
    return rehearsal_script(conference_agendas(sample, estimates)[2])


def _conference_section(sample: SampleClass, estimates: Estimates) -> Section:
    agendas = conference_agendas(sample, estimates)
    script = rehearsal_script(agendas[2])
    text = "\n".join(
        [
            "## 5. Ana's conferences",
            "",
            "The self-assessment and data-review agendas are planned from Ana's data "
            "(each planned item says why it is there); the others follow the "
            "practice's templates, with Ana's goals linked where an item discusses "
            "them.",
            "",
            *(markdown(agenda) + "\n" for agenda in agendas),
            "### Ana's rehearsal script for her student-led conference",
            "",
            markdown(script),
            "",
            f"Next check-in: {day_in_words(school_days_after(AS_OF))} "
            "(five school days on).",
        ]
    )
    return Section(text)


EVENING = date(2026, 10, 15)
"""The student-led conferences' evening."""


def family_households(sample: SampleClass) -> tuple[Household, ...]:
    """Return the families signing up for the student-led conferences' evening.

    The Díaz family speaks Spanish, needs an interpreter and can come from five
    o'clock; every other student's family signs up with no constraint.
    """
    return (
        Household(
            id="diaz",
            name="The Díaz family",
            language="es",
            needs_interpreter=True,
            children=[HouseholdChild(student="ana", teacher=sample.teacher.id)],
            available=[
                AvailableTime(day=EVENING, starts=time(17, 0), ends=time(19, 0))
            ],
        ),
        *(
            Household(
                id=f"{student.id}-family",
                name=f"{student.name.split()[-1]} family",
                children=[
                    HouseholdChild(student=student.id, teacher=sample.teacher.id)
                ],
            )
            for student in sample.students
            if student.id != "ana"
        ),
    )


def family_schedule(sample: SampleClass) -> FamilySchedule:
    """Return the families' appointments for the student-led conferences' evening.

    Each slot is as long as the first student-led conference's agenda; the Díaz
    family needs a Spanish interpreter and can come from five o'clock.
    """
    plan = SignUpPlan(
        days=[ConferenceDay(day=EVENING, starts=time(16, 0), ends=time(19, 0))],
        teachers=[TeacherRoom(teacher=sample.teacher.id, room="room-12")],
        kind=ConferenceKind.STUDENT_LED_FIRST,
        interpreter_extra_minutes=10,
    )
    return schedule_families(family_households(sample), plan)


def _families_section(sample: SampleClass) -> Section:
    names = _names(sample)
    schedule = family_schedule(sample)
    agenda = STUDENT_LED_FIRST.agenda(
        student="ana",
        participants=[
            next(p for p in sample.students if p.id == "ana"),
            sample.families[0],
            sample.teacher,
        ],
    )
    rows = [
        f"- {a.starts:%H:%M}-{a.ends:%H:%M}: {inline(names.get(a.student, a.student))}"
        + (
            f", with an interpreter ({a.interpreter_language})"
            if a.interpreter_language
            else ""
        )
        for a in schedule.appointments
    ]
    ana = next(r for r in schedule.reminders if r.student == "ana")
    waiting = ", ".join(schedule.waitlist) or "nobody"
    text = "\n".join(
        [
            "## 6. The families' evening",
            "",
            f"{day_in_words(EVENING)}, room 12. Each slot is as long as the "
            f"student-led agenda it holds ({agenda.slot_minutes} minutes; "
            "an interpreted one ten minutes longer); the Díaz family can come from "
            "five o'clock.",
            "",
            *rows,
            "",
            f"Waiting for a slot: {waiting}. The Díaz family's reminder goes out "
            f"{day_in_words(ana.send_at.date())} at {ana.send_at:%H:%M}, "
            "a couple of days before.",
        ]
    )
    return Section(text)


def demo_sections() -> tuple[Section, ...]:
    """Return the demo's sections: the practice end to end on the sample class."""
    sample = sample_class()
    estimates = rollup(sample.evidence, MasteryPolicy())
    intro = "\n".join(
        [
            f"# selfassess demo: {inline(sample.teacher.name)}'s grade 4 math class",
            "",
            f"As of {day_in_words(AS_OF)}. Every figure below is computed by "
            "selfassess from the sample class's data, shipped with the package as "
            "Python values; nothing is read or written.",
        ]
    )
    return (
        Section(intro),
        _self_assessment_section(sample),
        _mastery_section(sample, estimates),
        _goals_section(sample),
        _block_section(sample, estimates),
        _conference_section(sample, estimates),
        _families_section(sample),
    )


def demo_markdown() -> str:
    """Return the demo: the practice end to end on the sample class, as Markdown."""
    return _joined(demo_sections())
