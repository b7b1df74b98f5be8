"""Hypothesis strategies for every public type of selfassess.conference."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

import selfassess as sa
from selfassess import conference as cf

__all__ = ["STRATEGIES"]

from strategies import days, identifiers, texts, unique_ids

roles = st.sampled_from(sa.Role)
small_texts = st.text(max_size=20)

leveled_texts = st.builds(
    cf.LeveledText, level=st.sampled_from(cf.Proficiency), text=texts
)


@st.composite
def prompts(draw: st.DrawFn) -> cf.Prompt:
    """Prompts with at most one wording per proficiency level."""
    levels = draw(st.lists(st.sampled_from(cf.Proficiency), unique=True, max_size=3))
    return cf.Prompt(
        id=draw(identifiers),
        purpose=draw(st.sampled_from(cf.PromptPurpose)),
        text=draw(texts),
        asker=draw(roles),
        leveled=[cf.LeveledText(level=level, text=draw(texts)) for level in levels],
        visual_scale=draw(st.none() | st.just("three-faces") | identifiers),
    )


@st.composite
def prompt_banks(draw: st.DrawFn) -> cf.PromptBank:
    """Banks whose prompts have distinct ids."""
    ids = draw(st.lists(identifiers, unique=True, max_size=4))
    return cf.PromptBank(
        prompts=[attrs.evolve(draw(prompts()), id=prompt_id) for prompt_id in ids]
    )


def links(student: st.SearchStrategy[str] = identifiers) -> st.SearchStrategy[Any]:
    """Links to objects of a student drawn from *student*."""
    return st.builds(
        cf.Link,
        kind=st.sampled_from(cf.LinkKind),
        ref=identifiers,
        student=student,
        label=small_texts,
    )


def agenda_items(
    student: st.SearchStrategy[str] = identifiers,
    speakers: st.SearchStrategy[sa.Role] = roles,
    max_minutes: int = 30,
) -> st.SearchStrategy[Any]:
    """Items whose links are distinct and belong to a student from *student*."""
    return st.builds(
        cf.AgendaItem,
        title=texts,
        minutes=st.integers(min_value=1, max_value=max_minutes),
        speaker=speakers,
        prompts=st.lists(prompts(), max_size=2),
        links=st.lists(links(student), max_size=3, unique_by=lambda link: link.key),
        student_says=small_texts,
        reason=small_texts,
    ).flatmap(
        # A private item (the student away) is never the student's to speak.
        lambda item: (
            st.just(item)
            if item.speaker is sa.Role.STUDENT
            else st.builds(attrs.evolve, st.just(item), private=st.booleans())
        )
    )


@st.composite
def participants(draw: st.DrawFn, student: str) -> list[sa.Person]:
    """The student (first, with the student role) and others with distinct ids."""
    others = draw(
        st.lists(identifiers.filter(lambda i: i != student), unique=True, max_size=3)
    )
    people = [sa.Person(id=student, name=draw(texts), role=sa.Role.STUDENT)]
    people += [
        sa.Person(id=person_id, name=draw(texts), role=draw(roles))
        for person_id in others
    ]
    return draw(st.permutations(people))


@st.composite
def agendas(draw: st.DrawFn) -> cf.Agenda:
    """Valid agendas: items that fit, speakers present, links to the student's data."""
    student = draw(identifiers)
    people = draw(participants(student))
    present = sorted({person.role for person in people}, key=lambda role: role.value)
    count = draw(st.integers(min_value=0, max_value=5))
    items = [
        draw(agenda_items(st.just(student), st.sampled_from(present), 10))
        for _ in range(count)
    ]
    total = sum(item.minutes for item in items)
    slot = total + draw(st.integers(min_value=0 if total else 1, max_value=10))
    return cf.Agenda(
        kind=draw(st.sampled_from(cf.ConferenceKind)),
        student=student,
        participants=people,
        leader=draw(st.sampled_from(people)).id,
        facilitator=draw(st.none() | st.sampled_from([p.id for p in people])),
        slot_minutes=slot,
        items=items,
        title=draw(small_texts),
        afterwards=draw(st.lists(texts, max_size=2)),
        language=draw(st.sampled_from(["en", "es", "ar", "vi"])),
    )


template_items = st.builds(
    cf.TemplateItem,
    title=texts,
    minutes=st.integers(min_value=1, max_value=10),
    speaker=roles,
    prompts=st.lists(prompts(), max_size=2),
    wants=st.lists(st.sampled_from(cf.LinkKind), unique=True, max_size=3),
    student_says=small_texts,
    key=st.none() | identifiers,
    required=st.booleans(),
    without_family=small_texts,
)


@st.composite
def templates(draw: st.DrawFn) -> cf.Template:
    """Templates whose items fit their slot; sometimes a built-in one."""
    if draw(st.booleans()):
        return draw(st.sampled_from(cf.TEMPLATES))
    items = draw(
        st.lists(
            template_items,
            min_size=1,
            max_size=5,
            # Keys are unique in a template; items without one are many.
            unique_by=lambda item: item.key if item.key is not None else object(),
        )
    )
    total = sum(item.minutes for item in items)
    return cf.Template(
        kind=draw(st.sampled_from(cf.ConferenceKind)),
        name=draw(texts),
        slot_minutes=total + draw(st.integers(min_value=0, max_value=10)),
        leader=draw(roles),
        items=items,
        facilitator=draw(st.none() | roles),
        afterwards=draw(st.lists(texts, max_size=2)),
        source=draw(small_texts),
    )


# Schedules ---------------------------------------------------------------------------

clock_times = st.times()
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))


@st.composite
def spans(draw: st.DrawFn) -> tuple[time, time]:
    """Two distinct times of day, in order."""
    first, second = sorted(
        draw(st.lists(clock_times, min_size=2, max_size=2, unique=True))
    )
    return first, second


@st.composite
def block_segments(draw: st.DrawFn) -> cf.BlockSegment:
    """Segments with an end after their start."""
    starts, ends = draw(spans())
    return cf.BlockSegment(
        kind=draw(st.sampled_from(cf.SegmentKind)),
        starts=starts,
        ends=ends,
        standard=draw(st.none() | identifiers),
        students=draw(st.lists(identifiers, unique=True, max_size=3)),
    )


@st.composite
def block_conferences(draw: st.DrawFn) -> cf.BlockConference:
    """Conferences with an end after their start; some hold an agenda of their length."""
    starts, ends = draw(spans())
    conference = cf.BlockConference(
        student=draw(identifiers),
        starts=starts,
        ends=ends,
        kind=draw(st.sampled_from(cf.ConferenceKind)),
    )
    if conference.minutes >= 1 and draw(st.booleans()):
        student = sa.Person(id=conference.student, name="S", role=sa.Role.STUDENT)
        agenda = cf.Agenda(
            kind=conference.kind,
            student=conference.student,
            participants=[student],
            leader=conference.student,
            slot_minutes=conference.minutes,
            items=[],
            title=draw(small_texts),
        )
        conference = attrs.evolve(conference, agenda=agenda)
    return conference


@st.composite
def self_paced_blocks(draw: st.DrawFn) -> cf.SelfPacedBlock:
    """Blocks laid out by plan_block from a roster."""
    roster = draw(st.lists(identifiers, unique=True, min_size=1, max_size=8))
    return cf.plan_block(
        day=draw(days),
        starts=time(draw(st.integers(7, 15)), draw(st.integers(0, 59))),
        teacher=draw(identifiers),
        room=draw(identifiers),
        roster=roster,
        conference_students=draw(
            st.lists(st.sampled_from(roster), unique=True, max_size=4)
        ),
        group_standard=draw(st.none() | identifiers),
        group_students=draw(st.lists(st.sampled_from(roster), unique=True, max_size=4)),
        launch_minutes=draw(st.integers(1, 15)),
        group_minutes=draw(st.integers(0, 30)),
        conference_minutes=draw(st.none() | st.integers(1, 10)),
        kind=draw(st.sampled_from(cf.ConferenceKind)),
    )


rotation_entries = st.builds(
    cf.RotationEntry,
    student=identifiers,
    last_conference=st.none() | days,
    need=st.floats(min_value=0, max_value=20, allow_nan=False),
)


@st.composite
def conference_breaks(draw: st.DrawFn) -> cf.ConferenceBreak:
    """Breaks with an end after their start."""
    starts, ends = draw(spans())
    return cf.ConferenceBreak(starts=starts, ends=ends, label=draw(small_texts))


def _at(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@st.composite
def conference_days(draw: st.DrawFn) -> cf.ConferenceDay:
    """Afternoons and evenings of conferences, with up to two breaks inside."""
    opens = draw(st.integers(12 * 60, 16 * 60))
    closes = opens + draw(st.integers(30, 5 * 60))
    pauses = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(st.integers(opens, closes - 5))
        end = draw(st.integers(start + 5, min(closes, start + 45)))
        pauses.append(
            cf.ConferenceBreak(
                starts=_at(start), ends=_at(end), label=draw(small_texts)
            )
        )
    return cf.ConferenceDay(
        day=draw(days), starts=_at(opens), ends=_at(closes), breaks=pauses
    )


teacher_rooms = st.builds(cf.TeacherRoom, teacher=identifiers, room=identifiers)


@st.composite
def sign_up_plans(draw: st.DrawFn) -> cf.SignUpPlan:
    """Plans over distinct days and distinct teachers (rooms may be shared)."""
    count = draw(st.integers(1, 3))
    plan_days = draw(
        st.lists(conference_days(), min_size=1, max_size=2, unique_by=lambda d: d.day)
    )
    teachers = draw(unique_ids(count))
    rooms = draw(st.lists(identifiers, min_size=count, max_size=count))
    kind = draw(st.sampled_from(cf.ConferenceKind))
    return cf.SignUpPlan(
        days=plan_days,
        teachers=[
            cf.TeacherRoom(teacher=teacher, room=room)
            for teacher, room in zip(teachers, rooms, strict=True)
        ],
        kind=kind,
        slot_minutes=cf.template_for(kind).slot_minutes + draw(st.integers(0, 10)),
        passing_minutes=draw(st.integers(0, 10)),
        interpreter_extra_minutes=draw(st.integers(0, 15)),
        reminder_minutes=draw(
            st.lists(st.integers(1, 3 * 24 * 60), unique=True, max_size=3)
        ),
    )


household_children = st.builds(
    cf.HouseholdChild, student=identifiers, teacher=identifiers
)
languages = st.sampled_from(["es", "vi", "ar"])


@st.composite
def available_times(
    draw: st.DrawFn, on: list[date] | None = None
) -> list[cf.AvailableTime]:
    """Up to three windows, none overlapping, on the days *on* (any, if ``None``).

    Given an empty list of days, no windows: the household can come any time.
    """
    if on is not None and not on:
        return []
    found: list[cf.AvailableTime] = []
    for _ in range(draw(st.integers(0, 3))):
        day = draw(st.sampled_from(on) if on else days)
        opens = draw(st.integers(12 * 60, 20 * 60))
        closes = opens + draw(st.integers(15, 150))
        window = cf.AvailableTime(day=day, starts=_at(opens), ends=_at(closes))
        if all(
            other.day != day
            or other.ends <= window.starts
            or window.ends <= other.starts
            for other in found
        ):
            found.append(window)
    return found


@st.composite
def households(
    draw: st.DrawFn,
    teachers: list[str] | None = None,
    students: list[str] | None = None,
    on: list[date] | None = None,
) -> cf.Household:
    """Households with one to three children; an interpreter implies a language."""
    teacher = st.sampled_from(teachers) if teachers else identifiers
    names = (
        students
        if students is not None
        else draw(st.lists(identifiers, unique=True, min_size=1, max_size=3))
    )
    interpreter = draw(st.booleans())
    language = draw(languages) if interpreter else draw(st.none() | languages)
    return cf.Household(
        id=draw(identifiers),
        name=draw(texts),
        children=[
            cf.HouseholdChild(student=student, teacher=draw(teacher))
            for student in names
        ],
        language=language,
        needs_interpreter=interpreter,
        available=draw(available_times(on)),
    )


@st.composite
def sign_ups(draw: st.DrawFn) -> tuple[list[cf.Household], cf.SignUpPlan]:
    """A plan and households signing up for it: ids and students distinct."""
    plan = draw(sign_up_plans())
    teachers = [entry.teacher for entry in plan.teachers]
    count = draw(st.integers(0, 8))
    ids = draw(unique_ids(count))
    sizes = [draw(st.integers(1, 3)) for _ in range(count)]
    students = iter(draw(unique_ids(sum(sizes))))
    found = []
    plan_days = [day.day for day in plan.days] if draw(st.booleans()) else []
    for household_id, size in zip(ids, sizes, strict=True):
        names = [next(students) for _ in range(size)]
        family = draw(households(teachers, names, plan_days))
        found.append(attrs.evolve(family, id=household_id))
    return found, plan


@st.composite
def short_conference_days(draw: st.DrawFn) -> cf.ConferenceDay:
    """Days of 20 minutes to two and a half hours, breaks anywhere inside."""
    opens = draw(st.integers(8 * 60, 18 * 60))
    closes = opens + draw(st.integers(20, 150))
    pauses = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(st.integers(opens, closes - 1))
        end = draw(st.integers(start + 1, min(closes, start + 40)))
        pauses.append(cf.ConferenceBreak(starts=_at(start), ends=_at(end)))
    return cf.ConferenceDay(
        day=draw(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))),
        starts=_at(opens),
        ends=_at(closes),
        breaks=pauses,
    )


@st.composite
def crowded_sign_ups(draw: st.DrawFn) -> tuple[list[cf.Household], cf.SignUpPlan]:
    """More families than short days hold: shared rooms, interpreters, a waitlist.

    Teachers may share a room, siblings may share a teacher, and the days come in
    any order, so that every rule of the placement is put to work.
    """
    count = draw(st.integers(1, 4))
    teachers = [f"t{number}" for number in range(count)]
    rooms = draw(
        st.lists(st.sampled_from(["r1", "r2", "r3"]), min_size=count, max_size=count)
    )
    kind = draw(st.sampled_from(cf.ConferenceKind))
    plan = cf.SignUpPlan(
        days=draw(
            st.lists(
                short_conference_days(),
                min_size=1,
                max_size=4,
                unique_by=lambda d: d.day,
            )
        ),
        teachers=[
            cf.TeacherRoom(teacher=teacher, room=room)
            for teacher, room in zip(teachers, rooms, strict=True)
        ],
        kind=kind,
        slot_minutes=cf.template_for(kind).slot_minutes + draw(st.integers(0, 5)),
        passing_minutes=draw(st.integers(0, 10)),
        interpreter_extra_minutes=draw(st.integers(0, 15)),
        reminder_minutes=[60],
    )
    found = []
    student = 0
    for number in range(draw(st.integers(0, 30))):
        children = []
        for _ in range(draw(st.integers(1, 3))):
            children.append(
                cf.HouseholdChild(
                    student=f"s{student}", teacher=draw(st.sampled_from(teachers))
                )
            )
            student += 1
        interpreter = draw(st.integers(0, 3)) == 0
        found.append(
            cf.Household(
                id=f"h{number}",
                name=f"Family {number}",
                children=children,
                language=draw(st.sampled_from(["es", "vi"])) if interpreter else None,
                needs_interpreter=interpreter,
            )
        )
    return found, plan


@st.composite
def appointments(draw: st.DrawFn) -> cf.Appointment:
    """Appointments of 5 to 60 minutes."""
    starts = draw(moments)
    return cf.Appointment(
        household=draw(identifiers),
        student=draw(identifiers),
        teacher=draw(identifiers),
        room=draw(identifiers),
        starts=starts,
        ends=starts + timedelta(minutes=draw(st.integers(5, 60))),
        interpreter_language=draw(st.none() | languages),
        status=draw(st.sampled_from(cf.AppointmentStatus)),
        changed_at=draw(st.none() | moments),
    )


@st.composite
def reminders(draw: st.DrawFn) -> cf.Reminder:
    """Reminders sent before their conference."""
    starts = draw(moments)
    return cf.Reminder(
        household=draw(identifiers),
        student=draw(identifiers),
        conference_starts=starts,
        send_at=starts - timedelta(minutes=draw(st.integers(1, 3 * 24 * 60))),
    )


@st.composite
def family_schedules(draw: st.DrawFn) -> cf.FamilySchedule:
    """Schedules made by schedule_families, then changed as families do."""
    found, plan = draw(sign_ups())
    schedule = cf.schedule_families(found, plan)
    for _ in range(draw(st.integers(0, 2))):
        if not schedule.booked:
            break
        household = draw(st.sampled_from(schedule.booked)).household
        change = draw(st.sampled_from(["cancel", "reschedule", "no_show", "held"]))
        if change == "cancel":
            schedule = schedule.cancel(household, plan=plan, households=found)
        elif change == "reschedule":
            schedule = schedule.reschedule(household, plan=plan, households=found)
        elif change == "no_show":
            schedule = schedule.mark_no_show(household)
            schedule = schedule.reoffer(household, plan=plan, households=found)
        else:
            schedule = schedule.mark_held(household)
    return schedule


# Records -------------------------------------------------------------------------------

follow_ups = st.builds(
    cf.FollowUp,
    owner=roles,
    action=texts,
    due_on=st.none() | days,
    done=st.booleans(),
)


@st.composite
def conference_records(draw: st.DrawFn) -> cf.ConferenceRecord:
    """Records with a teacher present, check-ins and due days after the conference.

    A held student-led record has its student there; one not held has not, with no
    goals or data, and maybe a later day it is rescheduled to; some joined remotely.
    """
    student = draw(identifiers)
    held_on = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 1, 1)))
    kind = draw(st.sampled_from(cf.ConferenceKind))
    outcome = draw(st.sampled_from(cf.ConferenceOutcome))
    held = outcome is cf.ConferenceOutcome.HELD
    ids = [i for i in draw(unique_ids(draw(st.integers(2, 5)))) if i != student][:4]
    attended = [sa.Person(id=ids[0], name=draw(texts), role=sa.Role.TEACHER)] + [
        sa.Person(id=person_id, name=draw(texts), role=draw(roles))
        for person_id in ids[1:]
    ]
    led = kind in (
        cf.ConferenceKind.STUDENT_LED_FIRST,
        cf.ConferenceKind.STUDENT_LED_SECOND,
    )
    if held and (led or draw(st.booleans())):
        attended.append(sa.Person(id=student, name=draw(texts), role=sa.Role.STUDENT))
    family = any(person.role is sa.Role.FAMILY for person in attended)
    later_days = st.dates(
        min_value=held_on + timedelta(days=1), max_value=date(2100, 1, 1)
    )
    return cf.ConferenceRecord(
        outcome=outcome,
        rescheduled_to=None if held else draw(st.none() | later_days),
        remote=draw(
            st.lists(st.sampled_from([p.id for p in attended]), unique=True, max_size=2)
        ),
        kind=kind,
        student=student,
        held_on=held_on,
        attended=draw(st.permutations(attended)),
        notes=draw(st.lists(texts, max_size=2)),
        goals_agreed=draw(st.lists(texts, max_size=2 if held else 0)),
        follow_ups=[
            attrs.evolve(follow_up, due_on=draw(st.none() | later_days))
            for follow_up in draw(st.lists(follow_ups, max_size=2))
        ],
        next_check_in=draw(st.none() | later_days),
        private_time_requested=family and draw(st.booleans()),
        discussed=draw(
            st.lists(
                links(st.just(student)),
                max_size=3 if held else 0,
                unique_by=lambda link: link.key,
            )
        ),
    )


@st.composite
def family_participations(draw: st.DrawFn) -> cf.FamilyParticipation:
    """Counts with the family count at most the total, and their ratio."""
    conferences = draw(st.integers(0, 200))
    with_family = draw(st.integers(0, conferences))
    return cf.FamilyParticipation(
        conferences=conferences,
        with_family=with_family,
        rate=with_family / conferences if conferences else None,
        not_held=draw(st.integers(0, 20)),
    )


script_lines = st.builds(
    cf.ScriptLine,
    text=texts,
    minutes=st.integers(0, 30),
    bring=st.lists(texts, max_size=2),
)
rehearsal_scripts = st.builds(
    cf.RehearsalScript,
    student=identifiers,
    kind=st.sampled_from(cf.ConferenceKind),
    lines=st.lists(script_lines, min_size=1, max_size=4),
    language=st.sampled_from(["en", "es", "ar", "vi"]),
)
survey_questions = st.builds(
    cf.SurveyQuestion, id=identifiers, text=texts, asked_of=roles
)
survey_answers = st.builds(
    cf.SurveyAnswer,
    respondent=identifiers,
    question=identifiers,
    rating=st.none() | st.integers(1, 5),
    comment=small_texts,
)


@st.composite
def surveys(draw: st.DrawFn) -> cf.Survey:
    """Surveys whose answers are to their questions, one per respondent and question."""
    questions = draw(
        st.lists(survey_questions, min_size=1, max_size=4, unique_by=lambda q: q.id)
    )
    respondents = draw(st.lists(identifiers, unique=True, max_size=4))
    answers = [
        cf.SurveyAnswer(
            respondent=respondent,
            question=question.id,
            rating=draw(st.none() | st.integers(1, 5)),
            comment=draw(small_texts),
        )
        for respondent in respondents
        for question in questions
        if draw(st.booleans())
    ]
    return cf.Survey(questions=questions, answers=answers)


survey_summaries = surveys().map(cf.summarize_survey)
question_summaries = survey_summaries.flatmap(
    lambda summary: st.sampled_from(summary.questions)
)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    cf.Agenda: agendas(),
    cf.ConferenceRecord: conference_records(),
    cf.FamilyParticipation: family_participations(),
    cf.FollowUp: follow_ups,
    cf.QuestionSummary: question_summaries,
    cf.RehearsalScript: rehearsal_scripts,
    cf.ScriptLine: script_lines,
    cf.Survey: surveys(),
    cf.SurveyAnswer: survey_answers,
    cf.SurveyQuestion: survey_questions,
    cf.SurveySummary: survey_summaries,
    cf.Appointment: appointments(),
    cf.AppointmentStatus: st.sampled_from(cf.AppointmentStatus),
    cf.AvailableTime: available_times().filter(bool).map(lambda found: found[0]),
    cf.BlockConference: block_conferences(),
    cf.BlockSegment: block_segments(),
    cf.ConferenceBreak: conference_breaks(),
    cf.ConferenceDay: conference_days(),
    cf.FamilySchedule: family_schedules(),
    cf.Household: households(),
    cf.HouseholdChild: household_children,
    cf.Reminder: reminders(),
    cf.RotationEntry: rotation_entries,
    cf.SegmentKind: st.sampled_from(cf.SegmentKind),
    cf.SelfPacedBlock: self_paced_blocks(),
    cf.SignUpPlan: sign_up_plans(),
    cf.TeacherRoom: teacher_rooms,
    cf.AgendaItem: agenda_items(),
    cf.ConferenceKind: st.sampled_from(cf.ConferenceKind),
    cf.LeveledText: leveled_texts,
    cf.Link: links(),
    cf.LinkKind: st.sampled_from(cf.LinkKind),
    cf.Proficiency: st.sampled_from(cf.Proficiency),
    cf.Prompt: prompts(),
    cf.PromptBank: prompt_banks(),
    cf.PromptPurpose: st.sampled_from(cf.PromptPurpose),
    cf.Template: templates(),
    cf.TemplateItem: template_items,
}
"""The strategy for each public type of selfassess.conference."""
