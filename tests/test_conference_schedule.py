"""selfassess.conference schedules: no teacher, family or room is booked twice at once."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    Appointment,
    BlockConference,
    ConferenceBreak,
    ConferenceDay,
    FamilySchedule,
    Household,
    HouseholdChild,
    RotationEntry,
    SelfPacedBlock,
    SignUpPlan,
    TeacherRoom,
    plan_block,
    rotation_order,
    schedule_families,
    school_days_after,
)
from selfassess.errors import InvalidDataError
from selfassess.serialize import from_dict, to_dict
from strategies_conference import rotation_entries, self_paced_blocks, sign_ups

DAY = date(2026, 10, 6)
ROSTER = ["ana", "ben", "cai", "dee", "eli"]


def _block() -> SelfPacedBlock:
    return plan_block(
        day=DAY,
        starts=time(9, 0),
        teacher="okafor",
        room="r12",
        roster=ROSTER,
        group_standard="nf2",
        group_students=["ben", "dee"],
        conference_students=["ana", "cai", "eli"],
    )


def test_the_practice_block() -> None:
    """9:00-9:10 launch, 9:10-9:30 small group, 9:30-9:45 three five-minute conferences."""
    block = _block()
    assert [(s.starts, s.ends) for s in block.segments] == [
        (time(9, 0), time(9, 10)),
        (time(9, 10), time(9, 30)),
        (time(9, 30), time(9, 45)),
    ]
    assert block.segments[1].standard == "nf2"
    assert [(c.student, c.starts, c.ends) for c in block.conferences] == [
        ("ana", time(9, 30), time(9, 35)),
        ("cai", time(9, 35), time(9, 40)),
        ("eli", time(9, 40), time(9, 45)),
    ]


def test_a_student_absent_from_the_roster_is_refused() -> None:
    """Students named in a group or a conference must be on the roster."""
    with pytest.raises(InvalidDataError) as caught:
        plan_block(
            day=DAY,
            starts=time(9, 0),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            group_students=["zoe"],
            conference_students=["ana", "yan"],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "segments[1].students[0]: must be on the roster (got 'zoe')",
        "conferences[1].student: must be on the roster (got 'yan')",
    ]


def test_two_conferences_for_one_teacher_at_once_are_refused() -> None:
    """Overlapping conferences in a block would book the teacher twice."""
    block = _block()
    clash = BlockConference(student="ben", starts=time(9, 32), ends=time(9, 37))
    with pytest.raises(
        InvalidDataError,
        match=r"conferences\[3\]: must not overlap conferences\[0\]: teacher 'okafor' is already booked from 09:30:00 to 09:35:00",
    ):
        attrs.evolve(block, conferences=[*block.conferences, clash])


def test_conferences_fall_within_a_conferences_segment() -> None:
    """A conference during the launch is refused."""
    block = _block()
    early = BlockConference(student="ben", starts=time(9, 0), ends=time(9, 5))
    with pytest.raises(InvalidDataError, match=r"conferences\[0\]: must fall within"):
        attrs.evolve(block, conferences=[early])


def test_a_block_past_midnight_is_refused() -> None:
    """A block that would run into the next day is refused, naming the length."""
    with pytest.raises(
        InvalidDataError, match=r"^launch_minutes: must end before midnight"
    ):
        plan_block(
            day=DAY,
            starts=time(23, 55),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            conference_students=[],
        )


@given(self_paced_blocks())
def test_blocks_never_double_book(block: SelfPacedBlock) -> None:
    """No two conferences of a block overlap and each is inside its segment."""
    for first, second in itertools.combinations(block.conferences, 2):
        assert first.ends <= second.starts or second.ends <= first.starts
    assert len({c.student for c in block.conferences}) == len(block.conferences)


def test_rotation_longest_since_then_most_need() -> None:
    """Never conferenced first; then longest since the last; then most need; then id."""
    entries = [
        RotationEntry(student="ana", last_conference=date(2026, 10, 1), need=1),
        RotationEntry(student="ben", last_conference=date(2026, 9, 24)),
        RotationEntry(student="cai", last_conference=date(2026, 10, 1), need=3),
        RotationEntry(student="dee"),
        RotationEntry(student="abe"),
    ]
    assert rotation_order(entries, as_of=date(2026, 10, 5)) == (
        "abe",
        "dee",
        "ben",
        "cai",
        "ana",
    )


@given(
    st.lists(rotation_entries, unique_by=lambda e: e.student, max_size=8), st.randoms()
)
def test_rotation_is_deterministic(
    entries: list[RotationEntry], random: object
) -> None:
    """The order does not depend on the order of the entries."""
    as_of = max(
        [e.last_conference for e in entries if e.last_conference] + [date(2000, 1, 1)]
    )
    shuffled = list(entries)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert rotation_order(entries, as_of=as_of) == rotation_order(shuffled, as_of=as_of)
    assert sorted(rotation_order(entries, as_of=as_of)) == sorted(
        e.student for e in entries
    )


def test_rotation_refuses_a_future_conference() -> None:
    """A last conference after as_of is refused with its path."""
    with pytest.raises(
        InvalidDataError,
        match=r"^entries\[0\]\.last_conference: must not be after as_of",
    ):
        rotation_order(
            [RotationEntry(student="ana", last_conference=date(2026, 10, 9))],
            as_of=date(2026, 10, 5),
        )


def test_school_days_after_skips_weekends_and_holidays() -> None:
    """Friday plus two school days is Tuesday; a holiday Monday pushes it to Wednesday."""
    friday = date(2026, 10, 9)
    assert school_days_after(friday, school_days=2) == date(2026, 10, 13)
    assert school_days_after(
        friday, school_days=2, holidays=[date(2026, 10, 12)]
    ) == date(2026, 10, 14)
    with pytest.raises(InvalidDataError, match=r"^school_days: must be at least 1"):
        school_days_after(friday, school_days=0)


@given(
    after=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    school_days=st.integers(min_value=1, max_value=30),
    holidays=st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 3, 1))),
)
def test_school_days_after_is_a_school_day(
    after: date, school_days: int, holidays: list[date]
) -> None:
    """The day found is a weekday, not a holiday, exactly that many school days later."""
    found = school_days_after(after, school_days=school_days, holidays=holidays)
    assert found.weekday() < 5
    assert found not in holidays
    between = [after + timedelta(days=n) for n in range(1, (found - after).days + 1)]
    assert sum(d.weekday() < 5 and d not in holidays for d in between) == school_days


def _plan(**changes: object) -> SignUpPlan:
    fields: dict[str, object] = {
        "days": [
            ConferenceDay(
                day=date(2026, 11, 18),
                starts=time(16, 0),
                ends=time(18, 0),
                breaks=[
                    ConferenceBreak(
                        starts=time(17, 0), ends=time(17, 20), label="Dinner"
                    )
                ],
            )
        ],
        "teachers": [
            TeacherRoom(teacher="okafor", room="r12"),
            TeacherRoom(teacher="lin", room="r14"),
        ],
        "slot_minutes": 15,
        "passing_minutes": 5,
        "interpreter_extra_minutes": 10,
    }
    fields.update(changes)
    return SignUpPlan(**fields)  # type: ignore[arg-type]


def _household(
    hid: str, *children: tuple[str, str], language: str | None = None
) -> Household:
    return Household(
        id=hid,
        name=f"The {hid} family",
        children=[HouseholdChild(student=s, teacher=t) for s, t in children],
        language=language,
        needs_interpreter=language is not None,
    )


def test_siblings_get_back_to_back_slots_with_different_teachers() -> None:
    """A household with two children meets both teachers, one after the other."""
    garcia = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    schedule = schedule_families([garcia], _plan())
    first, second = schedule.for_household("garcia")
    assert (first.teacher, first.starts, first.ends) == (
        "okafor",
        datetime(2026, 11, 18, 16, 0),
        datetime(2026, 11, 18, 16, 15),
    )
    assert (second.teacher, second.starts) == ("lin", datetime(2026, 11, 18, 16, 20))


def test_interpreter_families_are_grouped_by_language_with_longer_slots() -> None:
    """Families needing an interpreter come first, by language, 10 minutes longer."""
    signed_up = [
        _household("a", ("a1", "okafor")),
        _household("b", ("b1", "okafor"), language="vi"),
        _household("c", ("c1", "lin"), language="es"),
        _household("d", ("d1", "lin"), language="vi"),
    ]
    schedule = schedule_families(signed_up, _plan())
    vi = [a for a in schedule.appointments if a.interpreter_language == "vi"]
    assert [(a.household, a.starts.time(), a.ends.time()) for a in vi] == [
        ("b", time(16, 0), time(16, 25)),
        ("d", time(16, 30), time(16, 55)),
    ]
    spanish = schedule.for_household("c")[0]
    assert spanish.starts.time() == time(16, 0)
    plain = schedule.for_household("a")[0]
    assert plain.starts.time() == time(16, 30)
    assert plain.ends - plain.starts == timedelta(minutes=15)


def test_breaks_are_kept_and_late_families_wait() -> None:
    """No conference crosses a break; who fits nowhere is on the waitlist."""
    signed_up = [_household(f"h{n}", (f"s{n}", "okafor")) for n in range(7)]
    schedule = schedule_families(signed_up, _plan())
    times = [a.starts.time() for a in schedule.for_teacher("okafor")]
    assert times == [
        time(16, 0),
        time(16, 20),
        time(16, 40),
        time(17, 20),
        time(17, 40),
    ]
    assert schedule.waitlist == ("h5", "h6")


def test_reminders_24_hours_and_1_hour_before() -> None:
    """Reminders are data: one a day before and one an hour before, by default."""
    schedule = schedule_families([_household("h", ("s", "okafor"))], _plan())
    assert [r.send_at for r in schedule.reminders] == [
        datetime(2026, 11, 17, 16, 0),
        datetime(2026, 11, 18, 15, 0),
    ]
    custom = schedule_families(
        [_household("h", ("s", "okafor"))], _plan(reminder_minutes=[30])
    )
    assert [r.send_at for r in custom.reminders] == [datetime(2026, 11, 18, 15, 30)]


def test_schedule_input_is_checked() -> None:
    """Unknown teachers, repeated ids and students in two households are reported."""
    with pytest.raises(InvalidDataError) as caught:
        schedule_families(
            [
                _household("h", ("s", "nobody")),
                _household("h", ("s", "okafor")),
            ],
            _plan(),
        )
    assert [str(p) for p in caught.value.problems] == [
        "households[1]: id 'h' is already used at households[0]"
    ]
    with pytest.raises(InvalidDataError) as caught:
        schedule_families(
            [_household("h", ("s", "nobody")), _household("k", ("s", "okafor"))],
            _plan(),
        )
    assert [str(p) for p in caught.value.problems] == [
        "households[0].children[0].teacher: must be a teacher of the plan (got 'nobody')",
        "households[1].children[0].student: student 's' is already in households[0]",
    ]


def test_a_schedule_with_a_teacher_booked_twice_is_refused() -> None:
    """Two conferences for one teacher at once are refused, from a document too."""
    schedule = schedule_families(
        [_household("a", ("a1", "okafor")), _household("b", ("b1", "okafor"))], _plan()
    )
    plain = to_dict(schedule)
    plain["appointments"][1]["starts"] = "2026-11-18T16:05:00"
    plain["appointments"][1]["ends"] = "2026-11-18T16:20:00"
    plain["appointments"][1]["room"] = "r99"
    with pytest.raises(
        InvalidDataError,
        match=r"^appointments\[1\]: teacher 'okafor' is already booked from 16:00 to 16:15 at appointments\[0\]$",
    ):
        from_dict(FamilySchedule, plain)


def test_interpreter_needs_a_language() -> None:
    """A household needing an interpreter must say which language."""
    with pytest.raises(
        InvalidDataError, match=r"^language: must be given when an interpreter"
    ):
        Household(
            id="h",
            name="H",
            children=[HouseholdChild(student="s", teacher="t")],
            needs_interpreter=True,
        )


def test_times_must_be_naive() -> None:
    """Aware datetimes are refused rather than compared with naive ones."""
    from datetime import timezone

    with pytest.raises(
        InvalidDataError, match=r"^starts: must be a date and time without a time zone"
    ):
        Appointment(
            household="h",
            student="s",
            teacher="t",
            room="r",
            starts=datetime(2026, 1, 1, 9, tzinfo=timezone.utc),
            ends=datetime(2026, 1, 1, 10),
        )


@given(sign_ups())
def test_family_schedules_never_double_book(
    signed: tuple[list[Household], SignUpPlan],
) -> None:
    """No teacher, household, room or interpreter language has overlapping conferences."""
    households, plan = signed
    schedule = schedule_families(households, plan)
    for first, second in itertools.combinations(schedule.appointments, 2):
        apart = first.ends <= second.starts or second.ends <= first.starts
        for field in ("teacher", "household", "room"):
            if getattr(first, field) == getattr(second, field):
                assert apart, field
        if first.interpreter_language and (
            first.interpreter_language == second.interpreter_language
        ):
            assert apart
    booked = {a.household for a in schedule.appointments}
    assert booked.isdisjoint(schedule.waitlist)
    assert booked | set(schedule.waitlist) == {h.id for h in households}


@given(sign_ups())
def test_family_schedules_keep_the_rules_of_the_plan(
    signed: tuple[list[Household], SignUpPlan],
) -> None:
    """Slots fall in the day's hours, miss the breaks, run back to back and last right."""
    households, plan = signed
    schedule = schedule_families(households, plan)
    days = {d.day: d for d in plan.days}
    by_id = {h.id: h for h in households}
    for appointment in schedule.appointments:
        day = days[appointment.starts.date()]
        assert day.starts <= appointment.starts.time()
        assert appointment.ends.time() <= day.ends
        for pause in day.breaks:
            assert (
                appointment.ends.time() <= pause.starts
                or pause.ends <= appointment.starts.time()
            )
        household = by_id[appointment.household]
        extra = plan.interpreter_extra_minutes if household.needs_interpreter else 0
        assert appointment.ends - appointment.starts == timedelta(
            minutes=plan.slot_minutes + extra
        )
    for household in households:
        run = schedule.for_household(household.id)
        if run:
            assert [a.student for a in run] == [c.student for c in household.children]
            for first, second in itertools.pairwise(run):
                assert second.starts - first.ends == timedelta(
                    minutes=plan.passing_minutes
                )
    assert schedule_families(households, plan) == schedule


def test_rotation_checks_as_of_first() -> None:
    """An as_of that is not a date is reported, not compared."""
    with pytest.raises(InvalidDataError, match=r"^as_of: must be a date"):
        rotation_order(
            [RotationEntry(student="ana", last_conference=date(2026, 10, 1))],
            as_of="2026-10-05",  # type: ignore[arg-type]
        )


def test_plan_block_refuses_a_string_for_a_list() -> None:
    """A single id where a list is expected is refused, not split into letters."""
    with pytest.raises(InvalidDataError, match=r"^conference_students: must be a list"):
        plan_block(
            day=DAY,
            starts=time(9, 0),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            conference_students="ana",
        )
