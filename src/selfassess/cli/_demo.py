"""What the command line shows, as Markdown strings: the demo and the scales.

Pure like the rest of the library: the command line (`selfassess.cli.main`) prints
what these return.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time

from selfassess import BUILTIN_SCALES, Band, Role, Scale
from selfassess._numbers import round_half_up
from selfassess._words import percent
from selfassess.cli._sample import AS_OF, SampleClass, sample_class
from selfassess.conference import (
    COLLABORATION_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    THREE_WAY_CONFERENCE,
    WORK_HABITS_CONFERENCE,
    Agenda,
    ConferenceKind,
    Link,
    LinkKind,
    RotationEntry,
    SegmentKind,
    plan_block,
    plan_conference,
    rehearsal_script,
    rotation_order,
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
from selfassess.rubrics import COLLABORATION, calibrate, compare

Estimates = Mapping[tuple[str, str], MasteryEstimate]

__all__ = ["demo_markdown", "scales_markdown"]


def _scale_table(scale: Scale) -> list[str]:
    lines = [
        f"### {scale.name} (`{scale.id}`)",
        "",
        "| points | level | mastery | description |",
        "|---:|---|:---:|---|",
    ]
    for level in reversed(scale.levels):
        name = f"{level.symbol} {level.label}" if level.symbol else level.label
        tick = "yes" if level.mastery else ""
        lines.append(f"| {level.points:g} | {name} | {tick} | {level.description} |")
    lines += [
        "",
        f"Bands: mastered from {scale.cuts.mastered:g}, near mastery from "
        f"{scale.cuts.near:g}, not yet below.",
        "",
    ]
    return lines


def scales_markdown() -> str:
    """Return every built-in scale as Markdown tables."""
    lines = ["## Built-in scales", ""]
    for scale in BUILTIN_SCALES:
        lines += _scale_table(scale)
    return "\n".join(lines)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def _day(day: date) -> str:
    """A day in words, the same whatever the machine's locale."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _fixed(value: float, *, sign: bool = False) -> str:
    """Two decimals, rounded half up as the library's policies round."""
    return f"{round_half_up(value, 2):{'+' if sign else ''}.2f}"


def _self_assessment_section(sample: SampleClass) -> list[str]:
    titles = [criterion.title for criterion in COLLABORATION.criteria]
    lines = [
        "## 1. Self-assessment beside the teacher's",
        "",
        "Each student rated their own work on the fraction strips project against the "
        "collaboration rubric; Ms. Okafor rated the same work. Cells read "
        "*student / teacher* on the 4-point scale.",
        "",
        "| student | " + " | ".join(titles) + " | bias |",
        "|---|" + "---|" * len(titles) + "---:|",
    ]
    self_levels: list[float] = []
    teacher_levels: list[float] = []
    names = {person.id: person.name for person in sample.students}
    comparisons = [
        compare(mine, theirs)
        for mine, theirs in zip(
            sample.self_assessments, sample.teacher_assessments, strict=True
        )
    ]
    for comparison in comparisons:
        cells = [
            f"{row.self_points or 0:g} / {row.teacher_points or 0:g}"
            for row in comparison.criteria
        ]
        bias = comparison.bias or 0.0
        lines.append(
            f"| {names[comparison.student]} | "
            + " | ".join(cells)
            + f" | {_fixed(bias, sign=True)} |"
        )
        own, theirs = comparison.paired_positions
        self_levels += own
        teacher_levels += theirs
    # Positions in each criterion's own ratings: the collaboration rubric's four.
    positions = range(len(COLLABORATION.criteria[0].descriptors))
    calibration = calibrate(self_levels, teacher_levels, positions)
    lines += [
        "",
        f"Class calibration over {calibration.pairs} paired ratings: exact agreement "
        f"{percent(calibration.exact_agreement, places=0)}, within one level "
        f"{percent(calibration.adjacent_agreement, places=0)}, bias {_fixed(calibration.bias, sign=True)} "
        "(positive: students rate themselves higher), quadratic weighted kappa "
        f"{_fixed(calibration.quadratic_kappa)}, Krippendorff's ordinal alpha "
        f"{_fixed(calibration.ordinal_alpha)}.",
        "",
        "Talking points for Ana's conference, largest gap first:",
        "",
    ]
    lines += [f"- {point.text}" for point in comparisons[0].talking_points]
    return [*lines, ""]


def _mastery_section(sample: SampleClass, estimates: Estimates) -> list[str]:
    standards = sample.framework.standards
    lines = [
        "## 2. Mastery per standard",
        "",
        "The big score broken into a mastery score per standard: the recursive decaying "
        "average (65 % of the newest score) on the 4-point scale, mastered from 3, near "
        "from 2. Bands: green mastered, yellow near, red not yet.",
        "",
        "| student | "
        + " | ".join(s.code + (" (power)" if s.power else "") for s in standards)
        + " |",
        "|---|" + "---|" * len(standards),
    ]
    for person in sample.students:
        cells = []
        for standard in standards:
            estimate = estimates[(person.id, standard.id)]
            cells.append(f"{estimate.value:.2f} {estimate.band.colour}")
        lines.append(f"| {person.name} | " + " | ".join(cells) + " |")
    first = estimates[("ana", "nf1")]
    lines += [
        "",
        "How Ana's 4.NF.1 score was reached:",
        "",
        "```text",
        first.trace,
        "```",
        "",
    ]
    codes = {standard.id: standard.code for standard in standards}
    names = {person.id: person.name for person in sample.students}
    checks = quick_checks(estimates)
    lines.append(
        "Quick checks offered (near mastery, closest first): "
        + "; ".join(
            f"{names[check.student]} on {codes[check.standard]}" for check in checks
        )
        + "."
    )
    groups = intervention_groups(estimates, max_size=3)
    lines.append(
        "Small groups (not yet at mastery, largest need first): "
        + "; ".join(
            f"{codes[group.standard]}: " + ", ".join(names[s] for s in group.students)
            for group in groups
        )
        + "."
    )
    tutors = peer_tutors(estimates, max_per_tutor=2)
    lines.append(
        "Peer tutors: "
        + "; ".join(
            f"{names[match.tutor]} helps {names[match.tutee]} on {codes[match.standard]}"
            for match in tutors
        )
        + "."
    )
    return [*lines, ""]


def _goals_section(sample: SampleClass) -> list[str]:
    current = dict(sample.current)
    coloured = dict(sample.self_coloured)
    lines = [
        "## 3. Goals with fraction bars",
        "",
        "Ana coloured in a bar of four parts for each goal; the bar her data gives "
        "sits beside it (rounded down: a bar never claims more than the data shows).",
        "",
    ]
    for goal in sample.goals:
        data_bar = goal.progress_bar(current[goal.id], parts=4)
        comparison = BarComparison(
            student=FractionBar(parts=4, filled=coloured[goal.id]), data=data_bar
        )
        verdict = (
            "they agree"
            if comparison.agrees
            else "Ana coloured more than her data shows: a talking point"
        )
        lines += [
            f"- **{goal.statement}** ({goal.measure}: from {goal.baseline:g} toward "
            f"{goal.target:g}, now {current[goal.id]:g})",
            f"  - Ana's bar `{comparison.student.render()}`, the data's bar "
            f"`{comparison.data.render()}`: {verdict}.",
        ]
    return [*lines, ""]


def _block_section(sample: SampleClass, estimates: Estimates) -> list[str]:
    needs = {
        student: sum(
            1
            for (who, _), estimate in estimates.items()
            if who == student and estimate.band is not Band.MASTERED
        )
        for student in (person.id for person in sample.students)
    }
    order = rotation_order(
        [
            RotationEntry(student=student, last_conference=last, need=needs[student])
            for student, last in sample.last_conference
        ],
        as_of=AS_OF,
    )
    group = intervention_groups(estimates, max_size=3)[0]
    block = plan_block(
        day=AS_OF,
        starts=time(9, 0),
        teacher=sample.teacher.id,
        room="room-12",
        roster=[person.id for person in sample.students],
        conference_students=order[:3],
        group_standard=group.standard,
        group_students=group.students,
    )
    codes = {standard.id: standard.code for standard in sample.framework.standards}
    names = {person.id: person.name for person in sample.students}
    lines = [
        "## 4. The self-paced block",
        "",
        f"{_day(AS_OF)}, room 12. Conference order from the rotation "
        "(longest since the last conference, most need first): "
        + ", ".join(names[s] for s in order)
        + ".",
        "",
        "| time | what | who |",
        "|---|---|---|",
    ]
    for segment in block.segments:
        what = segment.kind.value.replace("_", " ")
        if segment.standard:
            what += f" on {codes[segment.standard]}"
        who = ", ".join(names[s] for s in segment.students) or (
            "the whole class"
            if segment.kind is SegmentKind.LAUNCH
            else "the class, in stations"
        )
        lines.append(
            f"| {segment.starts:%H:%M}-{segment.ends:%H:%M} | {what} | {who} |"
        )
    lines += [
        f"| {c.starts:%H:%M}-{c.ends:%H:%M} | {c.kind.value.replace('_', ' ')} conference "
        f"| {names[c.student]} |"
        for c in block.conferences
    ]
    return [*lines, ""]


def _agenda_lines(agenda: Agenda) -> list[str]:
    lines = [
        f"### {agenda.title} ({agenda.slot_minutes} minutes, led by "
        f"{agenda.participant(agenda.leader).name})",
        "",
    ]
    for number, item in enumerate(agenda.items, start=1):
        text = f"{number}. {item.title} ({item.minutes} min, {item.speaker.value})"
        if item.reason:
            text += f": {item.reason}"
        if item.links:
            text += (
                " [" + "; ".join(link.label or link.ref for link in item.links) + "]"
            )
        lines.append(text)
    if agenda.afterwards:
        lines.append(f"- Afterwards: {'; '.join(agenda.afterwards)}")
    return [*lines, ""]


def _conference_section(sample: SampleClass, estimates: Estimates) -> list[str]:
    ana = next(person for person in sample.students if person.id == "ana")
    family = sample.families[0]
    comparison = compare(sample.self_assessments[0], sample.teacher_assessments[0])
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

    lines = [
        "## 5. Ana's conferences",
        "",
        "The self-assessment and data-review agendas are planned from Ana's data "
        "(each planned item says why it is there); the others follow the practice's "
        "templates, with Ana's goals linked where an item discusses them.",
        "",
    ]
    lines += _agenda_lines(
        plan_conference(
            ConferenceKind.SELF_ASSESSMENT,
            student="ana",
            participants=with_teacher,
            comparison=comparison,
            framework=sample.framework,
        )
    )
    lines += _agenda_lines(
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=with_teacher,
            comparison=comparison,
            estimates=estimates,
            goals=sample.goals,
            tutors=tutors,
            framework=sample.framework,
        )
    )
    student_led = STUDENT_LED_FIRST.agenda(
        student="ana", participants=with_family, links=links(None)
    )
    for template in (
        STUDENT_LED_SECOND,
        THREE_WAY_CONFERENCE,
        COLLABORATION_CONFERENCE,
        WORK_HABITS_CONFERENCE,
    ):
        if template is STUDENT_LED_SECOND:
            lines += _agenda_lines(student_led)
        family_there = (
            template.leader is Role.STUDENT or template is THREE_WAY_CONFERENCE
        )
        people = with_family if family_there else with_teacher
        area = None if family_there else GoalArea.WORK_HABITS
        lines += _agenda_lines(
            template.agenda(student="ana", participants=people, links=links(area))
        )
    script = rehearsal_script(student_led)
    lines += [
        "### Ana's rehearsal script for her student-led conference",
        "",
        *[f"> {line.text}" for line in script.lines],
        "",
        f"Next check-in: {_day(school_days_after(AS_OF))} (five school days on).",
    ]
    return [*lines, ""]


def demo_markdown() -> str:
    """Return the demo: the practice end to end on the sample class, as Markdown."""
    sample = sample_class()
    estimates = rollup(sample.evidence, MasteryPolicy())
    lines = [
        f"# selfassess demo: {sample.teacher.name}'s grade 4 math class",
        "",
        f"As of {_day(AS_OF)}. Every figure below is computed by selfassess "
        "from the sample class's data, shipped with the package as Python values; "
        "nothing is read or written.",
        "",
    ]
    lines += _self_assessment_section(sample)
    lines += _mastery_section(sample, estimates)
    lines += _goals_section(sample)
    lines += _block_section(sample, estimates)
    lines += _conference_section(sample, estimates)
    return "\n".join(lines)
