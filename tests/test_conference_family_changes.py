"""selfassess.conference family schedules as families change them: times, cancellations, no-shows."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    AppointmentStatus,
    AvailableTime,
    ConferenceDay,
    ConferenceKind,
    FamilySchedule,
    Household,
    HouseholdChild,
    SignUpPlan,
    TeacherRoom,
    schedule_families,
    template_for,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from strategies_conference import sign_ups

DAY = date(2026, 11, 18)


def _plan(ends: time = time(17, 0), **changes: object) -> SignUpPlan:
    fields: dict[str, object] = {
        "days": [ConferenceDay(day=DAY, starts=time(16, 0), ends=ends)],
        "teachers": [
            TeacherRoom(teacher="okafor", room="r12"),
            TeacherRoom(teacher="lin", room="r14"),
        ],
    }
    fields.update(changes)
    return SignUpPlan(**fields)  # type: ignore[arg-type]


def _household(
    hid: str,
    *children: tuple[str, str],
    available: list[AvailableTime] = (),  # type: ignore[assignment]
) -> Household:
    return Household(
        id=hid,
        name=f"The {hid} family",
        children=[HouseholdChild(student=s, teacher=t) for s, t in children],
        available=available,
    )


def _window(starts: time, ends: time, day: date = DAY) -> AvailableTime:
    return AvailableTime(day=day, starts=starts, ends=ends)


def _booked(schedule: FamilySchedule) -> list[tuple[str, str, str]]:
    return [
        (a.household, a.teacher, f"{a.starts:%H:%M}-{a.ends:%H:%M}")
        for a in schedule.booked
    ]


def test_a_student_led_slot_is_as_long_as_its_agenda() -> None:
    """Sign-up slots default to the kind's template: 25 minutes for a student-led one.

    The practice's student-led conference (the student leads, then Three Pluses
    and a Goal from student, family and teacher) takes the template's slot.
    """
    plan = _plan()
    assert plan.kind is ConferenceKind.STUDENT_LED_FIRST
    assert (
        plan.slot_minutes == template_for(ConferenceKind.STUDENT_LED_FIRST).slot_minutes
    )
    assert plan.slot_minutes == 25
    three_way = _plan(kind=ConferenceKind.THREE_WAY)
    assert three_way.slot_minutes == template_for(ConferenceKind.THREE_WAY).slot_minutes
    schedule = schedule_families([_household("h", ("s", "okafor"))], plan)
    assert schedule.appointments[0].ends - schedule.appointments[0].starts == (
        timedelta(minutes=25)
    )
    assert _plan(slot_minutes=30).slot_minutes == 30


def test_a_slot_shorter_than_the_agenda_is_refused() -> None:
    """A 15-minute slot cannot hold a 25-minute student-led agenda, so it is refused."""
    with pytest.raises(
        InvalidDataError,
        match=r"^slot_minutes: must be at least the 25 minutes of a "
        r"'student_led_first' conference's agenda \(got 15\)$",
    ):
        _plan(slot_minutes=15)
    with pytest.raises(InvalidDataError, match=r"^kind: must be"):
        _plan(kind="student_led_first")


def test_families_are_booked_within_their_times() -> None:
    """A family that can come only from 17:00 is booked then, though 16:00 is free."""
    late = _household("late", ("s1", "okafor"), available=[_window(time(17), time(18))])
    early = _household("early", ("s2", "okafor"))
    schedule = schedule_families([late, early], _plan(ends=time(19)))
    assert _booked(schedule) == [
        ("early", "okafor", "16:00-16:25"),
        ("late", "okafor", "17:00-17:25"),
    ]
    narrow = _household(
        "narrow", ("s3", "okafor"), available=[_window(time(16), time(16, 20))]
    )
    assert schedule_families([narrow], _plan()).waitlist == ("narrow",)


def test_siblings_keep_their_order_within_one_window() -> None:
    """Siblings meet their teachers in the order listed, back to back, inside a window."""
    family = _household(
        "garcia",
        ("ana", "lin"),
        ("luis", "okafor"),
        available=[_window(time(16), time(16, 20)), _window(time(17), time(18))],
    )
    schedule = schedule_families([family], _plan(ends=time(19)))
    assert _booked(schedule) == [
        ("garcia", "lin", "17:00-17:25"),
        ("garcia", "okafor", "17:30-17:55"),
    ]


def test_available_times_are_checked() -> None:
    """Times on a day without conferences, or overlapping, are refused with their path."""
    other_day = _household(
        "h",
        ("s", "okafor"),
        available=[_window(time(16), time(17), date(2026, 11, 19))],
    )
    with pytest.raises(
        InvalidDataError,
        match=r"^households\[0\]\.available\[0\]\.day: must be a conference day of the plan \(got 2026-11-19\)$",
    ):
        schedule_families([other_day], _plan())
    with pytest.raises(
        InvalidDataError, match=r"^available\[1\]: must not overlap available\[0\]"
    ):
        _household(
            "h",
            ("s", "okafor"),
            available=[_window(time(16), time(17)), _window(time(16, 30), time(18))],
        )
    with pytest.raises(InvalidDataError, match=r"^ends: must be after starts"):
        _window(time(17), time(16))


def _crowded() -> tuple[list[Household], SignUpPlan, FamilySchedule]:
    """Two slots with Okafor (16:00, 16:30); two families wait."""
    families = [
        _household("a", ("a1", "okafor")),
        _household("b", ("b1", "okafor")),
        _household("c", ("c1", "okafor"), ("c2", "lin")),
        _household("d", ("d1", "okafor")),
    ]
    plan = _plan()
    return families, plan, schedule_families(families, plan)


def test_a_cancelled_slot_goes_to_the_first_waiting_family_that_fits() -> None:
    """The Garcias cancel 16:30: the siblings cannot fit it, the next family can."""
    families, plan, schedule = _crowded()
    assert _booked(schedule) == [
        ("a", "okafor", "16:00-16:25"),
        ("b", "okafor", "16:30-16:55"),
    ]
    assert schedule.waitlist == ("c", "d")
    when = datetime(2026, 11, 10, 9, 0)
    after = schedule.cancel("b", plan=plan, households=families, at=when)
    assert _booked(after) == [
        ("a", "okafor", "16:00-16:25"),
        ("d", "okafor", "16:30-16:55"),
    ]
    assert after.waitlist == ("c",)
    (cancelled,) = [a for a in after.appointments if a.household == "b"]
    assert (cancelled.status, cancelled.changed_at) == (
        AppointmentStatus.CANCELLED,
        when,
    )
    assert [(r.household, r.send_at) for r in after.reminders] == [
        ("a", datetime(2026, 11, 16, 16, 0)),
        ("d", datetime(2026, 11, 16, 16, 30)),
    ]


def test_one_child_s_appointment_is_cancelled_alone() -> None:
    """Cancelling one child's conference keeps the sibling's."""
    family = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    schedule = schedule_families([family], _plan())
    after = schedule.cancel("garcia", plan=_plan(), households=[family], student="luis")
    assert [(a.student, a.status) for a in after.appointments] == [
        ("ana", AppointmentStatus.BOOKED),
        ("luis", AppointmentStatus.CANCELLED),
    ]


def test_a_rescheduled_family_moves_and_frees_its_slot() -> None:
    """A family that can no longer come at 16:00 moves to 17:30; a waiting family takes 16:00."""
    families = [
        _household("a", ("a1", "okafor")),
        _household("b", ("b1", "okafor")),
        _household("c", ("c1", "okafor")),
        _household("e", ("e1", "okafor"), available=[_window(time(16), time(16, 30))]),
    ]
    plan = _plan(ends=time(18))
    schedule = schedule_families(families, plan)
    assert schedule.waitlist == ("e",)
    after = schedule.reschedule(
        "a",
        plan=plan,
        households=families,
        available=[_window(time(17, 30), time(18))],
    )
    assert _booked(after) == [
        ("e", "okafor", "16:00-16:25"),
        ("b", "okafor", "16:30-16:55"),
        ("c", "okafor", "17:00-17:25"),
        ("a", "okafor", "17:30-17:55"),
    ]
    assert next(a.status for a in after.appointments if a.household == "a") is (
        AppointmentStatus.RESCHEDULED
    )
    assert after.waitlist == ()


def test_a_family_with_no_other_time_waits() -> None:
    """Rescheduled with no other time that fits, the family goes on the waitlist.

    Its 16:00 slot goes to the first waiting family that fits: the siblings meet
    Okafor at 16:00 and Lin at 16:30.
    """
    families, plan, schedule = _crowded()
    after = schedule.reschedule("a", plan=plan, households=families)
    assert _booked(after) == [
        ("c", "okafor", "16:00-16:25"),
        ("c", "lin", "16:30-16:55"),
        ("b", "okafor", "16:30-16:55"),
    ]
    assert after.waitlist == ("d", "a")


def test_a_missed_conference_is_offered_again() -> None:
    """A no-show keeps its slot in the record; the family is offered a later time."""
    family = _household("h", ("s", "okafor"))
    plan = _plan(ends=time(19))
    schedule = schedule_families([family], plan)
    missed = schedule.mark_no_show("h", at=datetime(2026, 11, 18, 16, 30))
    assert missed.appointments[0].status is AppointmentStatus.NO_SHOW
    assert missed.booked == ()
    offered = missed.reoffer(
        "h", plan=plan, households=[family], at=datetime(2026, 11, 18, 16, 40)
    )
    assert _booked(offered) == [("h", "okafor", "16:40-17:05")]
    assert [a.status for a in offered.appointments] == [
        AppointmentStatus.NO_SHOW,
        AppointmentStatus.BOOKED,
    ]
    # The reminder two days before is past: none is made.
    assert offered.reminders == ()
    held = offered.mark_held("h")
    assert [a.status for a in held.appointments][-1] is AppointmentStatus.HELD


def test_a_reoffer_that_fits_nowhere_puts_the_family_on_the_waitlist() -> None:
    """Offered again after the day is over, the family waits."""
    family = _household("h", ("s", "okafor"))
    plan = _plan()
    missed = schedule_families([family], plan).mark_no_show("h")
    offered = missed.reoffer(
        "h", plan=plan, households=[family], at=datetime(2026, 11, 19)
    )
    assert offered.waitlist == ("h",)
    with pytest.raises(
        InvalidDataError, match=r"^household: must have a child without"
    ):
        schedule_families([family], plan).reoffer("h", plan=plan, households=[family])


def test_changes_check_their_arguments() -> None:
    """Unknown families, missing households and arguments of the wrong kind are named."""
    families, plan, schedule = _crowded()
    with pytest.raises(
        NotFoundError, match=r"household 'zoe' has no booked appointment"
    ):
        schedule.cancel("zoe", plan=plan, households=families)
    with pytest.raises(NotFoundError, match=r"and student 'c1'"):
        schedule.mark_no_show("a", student="c1")
    with pytest.raises(
        InvalidDataError,
        match=r"households: must include the household 'c' on the waitlist",
    ):
        schedule.cancel("a", plan=plan, households=families[:2])
    with pytest.raises(ArgumentTypeError) as caught:
        schedule.cancel(1, plan=None, households=5, at="now")  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == [
        "household",
        "plan",
        "households",
        "at",
    ]
    with pytest.raises(ArgumentTypeError, match=r"^at: must be a date and time"):
        schedule.mark_held("a", at=date(2026, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(
        InvalidDataError, match=r"^available\[0\]\.day: must be a conference day"
    ):
        schedule.reschedule(
            "a",
            plan=plan,
            households=families,
            available=[_window(time(16), time(17), date(2026, 1, 1))],
        )


def _change(
    schedule: FamilySchedule,
    change: str,
    pick: int,
    households: list[Household],
    plan: SignUpPlan,
    *,
    one: bool = False,
) -> FamilySchedule:
    """The schedule after one change to the *pick*-th household it can apply to.

    With *one*, a cancellation, no-show or held conference is one child's.
    """
    ids = sorted({a.household for a in schedule.booked})
    if change == "reoffer":
        covered = {a.student for a in schedule.appointments if a.status.holds_slot}
        ids = [
            h.id
            for h in households
            if any(c.student not in covered for c in h.children)
        ]
    if not ids:
        return schedule
    household = ids[pick % len(ids)]
    # A change to one child leaves its siblings booked or held: it picks one of
    # the household's booked children.
    children = sorted(a.student for a in schedule.booked if a.household == household)
    student = children[pick // len(ids) % len(children)] if one and children else None
    if change == "cancel":
        return schedule.cancel(
            household, plan=plan, households=households, student=student
        )
    if change == "reschedule":
        return schedule.reschedule(household, plan=plan, households=households)
    if change == "no_show":
        return schedule.mark_no_show(household, student=student)
    if change == "reoffer":
        return schedule.reoffer(household, plan=plan, households=households)
    return schedule.mark_held(household, student=student)


_CHANGES = st.lists(
    st.tuples(
        st.sampled_from(["cancel", "reschedule", "no_show", "reoffer", "held"]),
        st.integers(0, 100),
        st.booleans(),
    ),
    max_size=8,
)


@given(sign_ups(), _CHANGES)
def test_no_change_ever_double_books_or_leaves_a_family_s_times(
    signed: tuple[list[Household], SignUpPlan],
    changes: list[tuple[str, int, bool]],
) -> None:
    """No change ever double books a slot or books one outside a family's times.

    After any cancellations, reschedulings, no-shows and offers, of a whole
    family or of one child while a sibling keeps a slot, every booked
    conference is in its family's times and the day's hours, as long as the
    kind's agenda, and no teacher, room, family or interpreter is booked twice.
    """
    households, plan = signed
    schedule = schedule_families(households, plan)
    for change, pick, one in changes:
        schedule = _change(schedule, change, pick, households, plan, one=one)
    _check_rules(schedule, households, plan)


_SIBLING_CHANGES = st.lists(
    st.tuples(
        st.sampled_from(["cancel", "no_show", "held"]),
        st.integers(0, 100),
        st.sampled_from(["reoffer", "reschedule"]),
    ),
    min_size=1,
    max_size=4,
)


@given(sign_ups(), _SIBLING_CHANGES)
def test_a_change_to_one_child_never_books_over_a_sibling(
    signed: tuple[list[Household], SignUpPlan],
    changes: list[tuple[str, int, str]],
) -> None:
    """A family offered again or moved while a sibling keeps a slot keeps the rules.

    One child's conference is cancelled, missed or held, then the family is
    offered a time again or moves: no conference of the family is booked over a
    sibling's booked or held one, and the waitlist holds each family once, only
    while it waits for a child.
    """
    households, plan = signed
    schedule = schedule_families(households, plan)
    for change, pick, then in changes:
        before = {a.household for a in schedule.booked}
        schedule = _change(schedule, change, pick, households, plan, one=True)
        ids = sorted(before)
        if not ids:
            break
        household = ids[pick % len(ids)]
        if then == "reschedule" and any(
            a.household == household for a in schedule.booked
        ):
            schedule = schedule.reschedule(household, plan=plan, households=households)
        elif then == "reoffer":
            covered = {a.student for a in schedule.appointments if a.status.holds_slot}
            family = next(h for h in households if h.id == household)
            if any(c.student not in covered for c in family.children):
                schedule = schedule.reoffer(household, plan=plan, households=households)
    _check_rules(schedule, households, plan)


def _check_rules(
    schedule: FamilySchedule, households: list[Household], plan: SignUpPlan
) -> None:
    """Assert the rules every schedule keeps, whatever changes made it."""
    by_id = {h.id: h for h in households}
    holding = [a for a in schedule.appointments if a.status.holds_slot]
    for first, second in itertools.combinations(holding, 2):
        apart = first.ends <= second.starts or second.ends <= first.starts
        for field in ("teacher", "household", "room"):
            if getattr(first, field) == getattr(second, field):
                assert apart, field
        if first.interpreter_language and (
            first.interpreter_language == second.interpreter_language
        ):
            assert apart
    days = {d.day: d for d in plan.days}
    assert plan.slot_minutes >= template_for(plan.kind).slot_minutes
    for appointment in holding:
        household = by_id[appointment.household]
        day = days[appointment.starts.date()]
        assert day.starts <= appointment.starts.time()
        assert appointment.ends.time() <= day.ends
        if household.available:
            assert any(
                w.span[0] <= appointment.starts and appointment.ends <= w.span[1]
                for w in household.available
            )
        extra = plan.interpreter_extra_minutes if household.needs_interpreter else 0
        assert appointment.ends - appointment.starts == timedelta(
            minutes=plan.slot_minutes + extra
        )
    covered = {a.student for a in holding}
    for waiting in schedule.waitlist:
        assert any(c.student not in covered for c in by_id[waiting].children)


def test_a_child_offered_again_waits_while_the_sibling_keeps_the_slot() -> None:
    """A family whose one child's conference was missed waits for that child only."""
    family = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    plan = _plan()
    schedule = schedule_families([family], plan).mark_no_show("garcia", student="ana")
    offered = schedule.reoffer(
        "garcia", plan=plan, households=[family], at=datetime(2026, 11, 18, 17)
    )
    assert offered.waitlist == ("garcia",)
    assert [a.student for a in offered.booked] == ["luis"]


def _siblings() -> tuple[Household, SignUpPlan, FamilySchedule]:
    """The Garcias: Ana with Okafor at 16:00, Luis with Lin at 16:30."""
    family = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    plan = _plan(ends=time(18))
    schedule = schedule_families([family], plan)
    assert _booked(schedule) == [
        ("garcia", "okafor", "16:00-16:25"),
        ("garcia", "lin", "16:30-16:55"),
    ]
    return family, plan, schedule


def _luis(schedule: FamilySchedule) -> str:
    (booked,) = [a for a in schedule.booked if a.student == "luis"]
    return f"{booked.starts:%H:%M}-{booked.ends:%H:%M}"


def test_a_child_offered_again_is_not_booked_over_the_sibling() -> None:
    """Offered again, one child's conference keeps clear of the sibling's.

    Lin is free at 16:00, but Ana's conference with Okafor holds the family then.
    """
    family, plan, schedule = _siblings()
    for changed in (
        schedule.mark_no_show("garcia", student="luis"),
        schedule.cancel("garcia", plan=plan, households=[family], student="luis"),
    ):
        offered = changed.reoffer("garcia", plan=plan, households=[family])
        assert _luis(offered) == "16:30-16:55"
        assert offered.waitlist == ()
    held = schedule.mark_held("garcia", student="ana").mark_no_show(
        "garcia", student="luis"
    )
    assert _luis(held.reoffer("garcia", plan=plan, households=[family])) == (
        "16:30-16:55"
    )


def test_a_rescheduled_child_is_not_booked_over_the_sibling_s_held_conference() -> None:
    """Ana's conference took place at 16:00; Luis moves, but not on top of it."""
    family, plan, schedule = _siblings()
    moved = schedule.mark_held("garcia", student="ana").reschedule(
        "garcia", plan=plan, households=[family]
    )
    assert _luis(moved) == "16:55-17:20"
    assert [a.student for a in moved.booked] == ["luis"]


def test_a_waiting_family_is_not_booked_over_its_own_conference() -> None:
    """A freed 16:00 slot with Lin is no use to a family already with Okafor then."""
    family = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    other = _household("x", ("x1", "lin"))
    families = [family, other]
    plan = _plan(ends=time(18))
    schedule = schedule_families(families, plan)
    assert ("x", "lin", "16:00-16:25") in _booked(schedule)
    waiting = schedule.mark_no_show("garcia", student="luis").reoffer(
        "garcia", plan=plan, households=families, at=datetime(2026, 11, 18, 17, 40)
    )
    assert waiting.waitlist == ("garcia",)
    after = waiting.cancel("x", plan=plan, households=families)
    assert _luis(after) == "16:30-16:55"
    assert after.waitlist == ()


def test_a_waiting_family_that_cancels_is_not_booked_straight_back() -> None:
    """A family waiting for one child that cancels another does not get it back."""
    family = _household("garcia", ("ana", "okafor"), ("luis", "lin"))
    plan = _plan(ends=time(18))
    schedule = schedule_families([family], plan)
    waiting = schedule.mark_no_show("garcia", student="luis").reoffer(
        "garcia", plan=plan, households=[family], at=datetime(2026, 11, 18, 17, 40)
    )
    assert waiting.waitlist == ("garcia",)
    after = waiting.cancel("garcia", student="ana", plan=plan, households=[family])
    assert after.booked == ()
    assert after.waitlist == ("garcia",)


def test_a_waiting_family_rescheduled_is_on_the_waitlist_once() -> None:
    """Rescheduled with no time left, a family already waiting keeps its place."""
    family, plan, schedule = _siblings()
    late = datetime(2026, 11, 18, 17, 56)
    waiting = schedule.mark_no_show("garcia", student="luis").reoffer(
        "garcia", plan=plan, households=[family], at=late
    )
    assert waiting.waitlist == ("garcia",)
    after = waiting.reschedule("garcia", plan=plan, households=[family], at=late)
    assert after.waitlist == ("garcia",)
    assert after.booked == ()


def test_a_waiting_family_rescheduled_in_full_leaves_the_waitlist() -> None:
    """Rescheduled with every child booked, a family no longer waits."""
    family, plan, schedule = _siblings()
    waiting = schedule.mark_no_show("garcia", student="luis").reoffer(
        "garcia", plan=plan, households=[family], at=datetime(2026, 11, 18, 17, 56)
    )
    after = waiting.reschedule("garcia", plan=plan, households=[family])
    assert [(a.student, f"{a.starts:%H:%M}") for a in after.booked] == [
        ("ana", "16:25"),
        ("luis", "16:55"),
    ]
    assert after.waitlist == ()


def test_a_conference_is_not_missed_or_held_before_it_starts() -> None:
    """A no-show or a conference held is recorded at or after its start."""
    _, _, schedule = _siblings()
    starts = schedule.booked[0].starts
    for mark in (schedule.mark_no_show, schedule.mark_held):
        with pytest.raises(InvalidDataError, match=r"^at: must be at or after"):
            mark(
                "garcia", student=schedule.booked[0].student, at=starts.replace(hour=9)
            )
        marked = mark("garcia", student=schedule.booked[0].student, at=starts)
        assert marked.appointments[0].changed_at == starts
