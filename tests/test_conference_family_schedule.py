"""selfassess.conference family schedules: no teacher, family or room booked twice."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    Appointment,
    ConferenceBreak,
    ConferenceDay,
    FamilySchedule,
    Household,
    HouseholdChild,
    SignUpPlan,
    TeacherRoom,
    schedule_families,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.serialize import from_dict, to_dict
from strategies_conference import crowded_sign_ups, sign_ups


def _plan(**changes: object) -> SignUpPlan:
    fields: dict[str, object] = {
        "days": [
            ConferenceDay(
                day=date(2026, 11, 18),
                starts=time(16, 0),
                ends=time(19, 0),
                breaks=[
                    ConferenceBreak(
                        starts=time(17, 30), ends=time(17, 50), label="Dinner"
                    )
                ],
            )
        ],
        "teachers": [
            TeacherRoom(teacher="okafor", room="r12"),
            TeacherRoom(teacher="lin", room="r14"),
        ],
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
    """A household with two children meets both teachers, one after the other.

    Each slot is the 25 minutes of a student-led conference's agenda.
    """
    garcia = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    schedule = schedule_families([garcia], _plan())
    first, second = schedule.for_household("garcia")
    assert (first.teacher, first.starts, first.ends) == (
        "okafor",
        datetime(2026, 11, 18, 16, 0),
        datetime(2026, 11, 18, 16, 25),
    )
    assert (second.teacher, second.starts) == ("lin", datetime(2026, 11, 18, 16, 30))


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
        ("b", time(16, 0), time(16, 35)),
        ("d", time(16, 40), time(17, 15)),
    ]
    spanish = schedule.for_household("c")[0]
    assert spanish.starts.time() == time(16, 0)
    plain = schedule.for_household("a")[0]
    assert plain.starts.time() == time(16, 40)
    assert plain.ends - plain.starts == timedelta(minutes=25)


def test_breaks_are_kept_and_late_families_wait() -> None:
    """No conference crosses a break; who fits nowhere is on the waitlist."""
    signed_up = [_household(f"h{n}", (f"s{n}", "okafor")) for n in range(7)]
    schedule = schedule_families(signed_up, _plan())
    times = [a.starts.time() for a in schedule.for_teacher("okafor")]
    assert times == [
        time(16, 0),
        time(16, 30),
        time(17, 0),
        time(17, 50),
        time(18, 20),
    ]
    assert schedule.waitlist == ("h5", "h6")


def test_one_reminder_two_days_before() -> None:
    """Reminders are data: by default one, two days before; others may be asked for.

    The practice sends families a reminder "a couple of days prior".
    """
    schedule = schedule_families([_household("h", ("s", "okafor"))], _plan())
    assert [r.send_at for r in schedule.reminders] == [datetime(2026, 11, 16, 16, 0)]
    custom = schedule_families(
        [_household("h", ("s", "okafor"))], _plan(reminder_minutes=[2880, 60])
    )
    assert [r.send_at for r in custom.reminders] == [
        datetime(2026, 11, 16, 16, 0),
        datetime(2026, 11, 18, 15, 0),
    ]


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


@pytest.mark.parametrize("households", [5, None, "h", {"h": 1}])
def test_households_that_are_not_a_list_are_named(households: object) -> None:
    """Households of the wrong kind raise ArgumentTypeError, never a bare TypeError."""
    with pytest.raises(
        ArgumentTypeError, match=r"^households: must be a list of Household objects"
    ):
        schedule_families(households, _plan())  # type: ignore[arg-type]


def test_a_plan_of_the_wrong_kind_is_named() -> None:
    """A plan that is not a SignUpPlan raises ArgumentTypeError naming it."""
    with pytest.raises(ArgumentTypeError, match=r"^plan: must be a SignUpPlan"):
        schedule_families([_household("h", ("s", "okafor"))], {"days": []})  # type: ignore[arg-type]
    schedule = schedule_families(iter([_household("h", ("s", "okafor"))]), _plan())
    assert [a.household for a in schedule.appointments] == ["h"]


@pytest.mark.parametrize("day", [date.min, date(1, 1, 2), date(9999, 12, 30), date.max])
def test_days_at_the_calendar_s_ends_are_bad_data(day: date) -> None:
    """A day whose reminders or passing time fall off the calendar is refused clearly."""
    plan = _plan(days=[ConferenceDay(day=day, starts=time(0, 0), ends=time(2, 0))])
    with pytest.raises(
        InvalidDataError,
        match=r"^plan\.days\[0\]\.day: must be far enough from the calendar's ends "
        rf"\(0001-01-01, 9999-12-31\) for its reminders and passing time "
        rf"\(got {day.isoformat()}\)$",
    ):
        schedule_families([_household("h", ("s", "okafor"))], plan)


def test_days_near_the_calendar_s_ends_are_scheduled() -> None:
    """A day that leaves room for its reminders and passing time is scheduled."""
    for day in (date(1, 1, 3), date(9999, 12, 28)):
        plan = _plan(
            days=[ConferenceDay(day=day, starts=time(0, 0), ends=time(2, 0))],
            reminder_minutes=[60],
        )
        schedule = schedule_families([_household("h", ("s", "okafor"))], plan)
        assert schedule.appointments[0].starts == datetime.combine(day, time(0, 0))
        assert schedule.reminders[0].send_at.date() == day - timedelta(days=1)


def test_plan_minutes_are_bounded() -> None:
    """Slots past a day, reminders past a month, and 401-digit minutes are refused."""
    with pytest.raises(InvalidDataError) as caught:
        _plan(
            slot_minutes=10**400,
            passing_minutes=24 * 60 + 1,
            interpreter_extra_minutes=-1,
            reminder_minutes=[31 * 24 * 60 + 1, 0],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "slot_minutes: must be at most 1,440 (got <a whole number of 401 digits>)",
        "passing_minutes: must be at most 1,440 (got 1441)",
        "interpreter_extra_minutes: must be at least 0 (got -1)",
        "reminder_minutes[0]: must be at most 44,640 (got 44641)",
        "reminder_minutes[1]: must be at least 1 (got 0)",
    ]
    assert _plan(reminder_minutes=[31 * 24 * 60]).reminder_minutes == (44640,)


def test_a_schedule_of_the_wrong_kind_checks_no_rule_across_fields() -> None:
    """Appointments that are not a list are reported alone, not read for the waitlist."""
    with pytest.raises(InvalidDataError) as caught:
        FamilySchedule(appointments=None, waitlist=["h"])  # type: ignore[arg-type]
    assert [str(problem) for problem in caught.value.problems] == [
        "appointments: must be a list (got None)"
    ]


def test_lookups_of_a_schedule_check_their_ids() -> None:
    """Looking up by an id that is not a string is named; an unknown id finds none."""
    schedule = schedule_families([_household("h", ("s", "okafor"))], _plan())
    assert schedule.for_household("nobody") == ()
    assert len(schedule.for_teacher("okafor")) == 1
    with pytest.raises(ArgumentTypeError, match=r"^household: must be a string"):
        schedule.for_household(None)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^teacher: must be a string"):
        schedule.for_teacher(1)  # type: ignore[arg-type]
    assert _plan().room_of("lin") == "r14"
    assert _plan().room_of("nobody") is None
    with pytest.raises(ArgumentTypeError, match=r"^teacher: must be a string"):
        _plan().room_of(["lin"])  # type: ignore[arg-type]


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
        match=r"^appointments\[1\]: teacher 'okafor' is already booked from 16:00 to 16:25 at appointments\[0\]$",
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


# The placement as it was first written, kept as a plain reference. Each household
# tries, day after day, every moment when a break, a conference ends or one of its
# available times starts (less whole steps for the children before), and checks a
# run there against every conference already booked that day and its available
# times: simple to read, and slow for thousands of households. schedule_families
# must give exactly the schedules it gives.


def _reference_overlaps(
    first: tuple[datetime, datetime], second: tuple[datetime, datetime], gap: int = 0
) -> bool:
    margin = timedelta(minutes=gap)
    return first[0] < second[1] + margin and second[0] < first[1] + margin


def _reference_order(households: list[Household]) -> list[Household]:
    languages: list[str | None] = []
    for household in households:
        if household.needs_interpreter and household.language not in languages:
            languages.append(household.language)
    grouped = [
        household
        for language in languages
        for household in households
        if household.needs_interpreter and household.language == language
    ]
    return grouped + [h for h in households if not h.needs_interpreter]


def _reference_fits(
    run: list[Appointment],
    *,
    opens: datetime,
    closes: datetime,
    pauses: list[tuple[datetime, datetime]],
    booked: list[Appointment],
    gap: int,
    windows: list[tuple[datetime, datetime]],
) -> bool:
    for appointment in run:
        if appointment.starts < opens or appointment.ends > closes:
            return False
        if windows and not any(
            starts <= appointment.starts and appointment.ends <= ends
            for starts, ends in windows
        ):
            return False
        if any(_reference_overlaps(appointment.span, pause) for pause in pauses):
            return False
        for other in booked:
            shares = (
                other.teacher == appointment.teacher
                or other.room == appointment.room
                or other.household == appointment.household
                or (
                    appointment.interpreter_language is not None
                    and other.interpreter_language == appointment.interpreter_language
                )
            )
            if shares and _reference_overlaps(appointment.span, other.span, gap):
                return False
    return True


def _reference_place(
    household: Household, plan: SignUpPlan, booked: list[Appointment]
) -> list[Appointment] | None:
    length = plan.slot_minutes + (
        plan.interpreter_extra_minutes if household.needs_interpreter else 0
    )
    language = household.language if household.needs_interpreter else None
    step = timedelta(minutes=length + plan.passing_minutes)
    gap = plan.passing_minutes
    for conference_day in plan.days:
        opens = datetime.combine(conference_day.day, conference_day.starts)
        closes = datetime.combine(conference_day.day, conference_day.ends)
        pauses = [
            (
                datetime.combine(conference_day.day, pause.starts),
                datetime.combine(conference_day.day, pause.ends),
            )
            for pause in conference_day.breaks
        ]
        same_day = [a for a in booked if a.starts.date() == conference_day.day]
        windows = [w.span for w in household.available if w.day == conference_day.day]
        if household.available and not windows:
            continue
        freed = (
            {ends for _, ends in pauses}
            | {a.ends + timedelta(minutes=gap) for a in same_day}
            | {starts for starts, _ in windows}
        )
        candidates = sorted(
            {opens}
            | {
                moment_free - number * step
                for moment_free in freed
                for number in range(len(household.children))
                if moment_free - number * step >= opens
            }
        )
        for first in candidates:
            run = []
            for number, child in enumerate(household.children):
                starts = first + number * step
                room = plan.room_of(child.teacher)
                assert room is not None
                run.append(
                    Appointment(
                        household=household.id,
                        student=child.student,
                        teacher=child.teacher,
                        room=room,
                        starts=starts,
                        ends=starts + timedelta(minutes=length),
                        interpreter_language=language,
                    )
                )
            if _reference_fits(
                run,
                opens=opens,
                closes=closes,
                pauses=pauses,
                booked=same_day,
                gap=gap,
                windows=windows,
            ):
                return run
    return None


def reference_schedule(
    households: list[Household], plan: SignUpPlan
) -> tuple[tuple[Appointment, ...], tuple[str, ...]]:
    """The appointments, in order of time, and the waitlist, as first computed."""
    booked: list[Appointment] = []
    waiting: set[str] = set()
    for household in _reference_order(households):
        found = _reference_place(household, plan, booked)
        if found is None:
            waiting.add(household.id)
        else:
            booked += found
    appointments = sorted(booked, key=lambda a: (a.starts, a.teacher, a.household))
    return tuple(appointments), tuple(h.id for h in households if h.id in waiting)


@given(crowded_sign_ups() | sign_ups())
def test_schedules_are_those_of_the_reference_placement(
    signed: tuple[list[Household], SignUpPlan],
) -> None:
    """Every household gets the very slots, or the waitlist, the first placement gave."""
    households, plan = signed
    schedule = schedule_families(households, plan)
    assert (schedule.appointments, schedule.waitlist) == reference_schedule(
        households, plan
    )


def test_the_reference_places_a_crowded_evening_by_hand() -> None:
    """The reference itself, worked by hand: interpreters first, siblings back to back.

    The Spanish-speaking family meets Lin 16:00-16:35. Lin is free again at 16:40
    (5 minutes' passing time), so the siblings start with Okafor at 16:10 to meet
    Lin at 16:40; Okafor is then free for the last family at 16:40.
    """
    signed_up = [
        _household("a", ("a1", "okafor"), ("a2", "lin")),
        _household("b", ("b1", "lin"), language="es"),
        _household("c", ("c1", "okafor")),
    ]
    appointments, waitlist = reference_schedule(signed_up, _plan())
    assert [
        (a.household, a.teacher, f"{a.starts:%H:%M}-{a.ends:%H:%M}")
        for a in appointments
    ] == [
        ("b", "lin", "16:00-16:35"),
        ("a", "okafor", "16:10-16:35"),
        ("a", "lin", "16:40-17:05"),
        ("c", "okafor", "16:40-17:05"),
    ]
    assert waitlist == ()


def _reference_double_bookings(appointments: list[Appointment]) -> list[str]:
    """Every pair checked, later against earlier: the report as first written."""
    found = []
    for index, appointment in enumerate(appointments):
        for other in range(index):
            earlier = appointments[other]
            if not _reference_overlaps(appointment.span, earlier.span):
                continue
            for field in ("teacher", "household", "room"):
                value = getattr(appointment, field)
                if value == getattr(earlier, field):
                    found.append(
                        f"appointments[{index}]: {field} {value!r} is already booked "
                        f"from {earlier.starts:%H:%M} to {earlier.ends:%H:%M} "
                        f"at appointments[{other}]"
                    )
    return found


@st.composite
def _crowded_appointments(draw: st.DrawFn) -> list[Appointment]:
    """Appointments within one hour, among few teachers, households and rooms."""
    found = []
    for _ in range(draw(st.integers(0, 12))):
        starts = datetime(2026, 11, 18, 16) + timedelta(
            minutes=draw(st.integers(0, 60))
        )
        found.append(
            Appointment(
                household=draw(st.sampled_from(["h1", "h2", "h3"])),
                student=draw(st.sampled_from(["s1", "s2"])),
                teacher=draw(st.sampled_from(["okafor", "lin"])),
                room=draw(st.sampled_from(["r12", "r14", "r16"])),
                starts=starts,
                ends=starts + timedelta(minutes=draw(st.integers(1, 30))),
            )
        )
    return found


@given(_crowded_appointments())
def test_double_bookings_are_all_reported_in_order(
    appointments: list[Appointment],
) -> None:
    """Each clash is reported once, by later then earlier appointment, as pair by pair."""
    expected = _reference_double_bookings(appointments)
    if not expected:
        assert FamilySchedule(appointments=appointments).appointments == tuple(
            appointments
        )
        return
    with pytest.raises(InvalidDataError) as caught:
        FamilySchedule(appointments=appointments)
    assert [str(problem) for problem in caught.value.problems] == expected
