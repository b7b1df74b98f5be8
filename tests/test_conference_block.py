"""selfassess.conference self-paced blocks: a launch, a small group, then conferences."""

from __future__ import annotations

import itertools
from datetime import date, time

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess.conference import (
    Agenda,
    AgendaItem,
    BlockConference,
    BlockSegment,
    ConferenceKind,
    SegmentKind,
    SelfPacedBlock,
    plan_block,
    template_for,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError
from strategies_conference import self_paced_blocks

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
        conference_minutes=5,
    )


def _agenda(
    student: str, minutes: int, kind: ConferenceKind = ConferenceKind.DATA_REVIEW
) -> Agenda:
    """An agenda for a slot of *minutes*, with one item filling it."""
    return Agenda(
        kind=kind,
        student=student,
        participants=[
            sa.Person(id=student, name=student.title(), role=sa.Role.STUDENT),
            sa.Person(id="okafor", name="Ms Okafor", role=sa.Role.TEACHER),
        ],
        leader="okafor",
        slot_minutes=minutes,
        items=[
            AgendaItem(
                title="Review data and celebrate progress",
                minutes=minutes,
                speaker=sa.Role.TEACHER,
            )
        ],
    )


def test_the_practice_block() -> None:
    """9:00-9:10 launch, 9:10-9:30 small group, 9:30-9:45 three five-minute conferences.

    The practice's example block, asked for with five-minute conferences.
    """
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


def test_plan_block_refuses_a_string_for_a_list() -> None:
    """A single id where a list is expected is refused, not split into letters."""
    with pytest.raises(
        ArgumentTypeError, match=r"^conference_students: must be a list of student ids"
    ):
        plan_block(
            day=DAY,
            starts=time(9, 0),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            conference_students="ana",
        )


def test_plan_block_refuses_a_roster_that_is_not_a_list() -> None:
    """A roster of the wrong kind is named; a generator is read like a list."""
    for roster in (5, None, {"ana": 1}):
        with pytest.raises(ArgumentTypeError, match=r"^roster: must be a list"):
            plan_block(
                day=DAY,
                starts=time(9, 0),
                teacher="okafor",
                room="r12",
                roster=roster,  # type: ignore[arg-type]
                conference_students=["ana"],
            )
    block = plan_block(
        day=DAY,
        starts=time(9, 0),
        teacher="okafor",
        room="r12",
        roster=iter(ROSTER),
        conference_students=(s for s in ["ana", "ben"]),
    )
    assert block.roster == tuple(ROSTER)
    assert [c.student for c in block.conferences] == ["ana", "ben"]


def test_plan_block_names_every_argument_of_the_wrong_kind() -> None:
    """Every argument of the wrong kind is reported at once, each by name."""
    with pytest.raises(ArgumentTypeError) as caught:
        plan_block(
            day="2026-10-06",  # type: ignore[arg-type]
            starts=9,  # type: ignore[arg-type]
            teacher=None,  # type: ignore[arg-type]
            room="r12",
            roster=ROSTER,
            conference_students=["ana"],
            group_standard=2,  # type: ignore[arg-type]
            launch_minutes="10",  # type: ignore[arg-type]
            kind="data_review",  # type: ignore[arg-type]
        )
    assert [problem.path for problem in caught.value.problems] == [
        "day",
        "starts",
        "teacher",
        "group_standard",
        "launch_minutes",
        "kind",
    ]


def test_plan_block_bounds_its_lengths() -> None:
    """A length beyond a day, even of 401 digits, is bad data, never an overflow."""
    for minutes in (24 * 60 + 1, 10**400):
        with pytest.raises(
            InvalidDataError, match=r"^conference_minutes: must be at most 1,440"
        ):
            plan_block(
                day=DAY,
                starts=time(9, 0),
                teacher="okafor",
                room="r12",
                roster=ROSTER,
                conference_students=["ana"],
                conference_minutes=minutes,
            )
    with pytest.raises(InvalidDataError, match=r"^roster\[1\]: must be a string"):
        plan_block(
            day=DAY,
            starts=time(9, 0),
            teacher="okafor",
            room="r12",
            roster=["ana", 7],  # type: ignore[list-item]
            conference_students=["ana"],
        )


def test_plan_block_on_the_calendar_s_last_day() -> None:
    """A block on 9999-12-31 is laid out; one past midnight is refused, not overflowed."""
    block = plan_block(
        day=date.max,
        starts=time(23, 0),
        teacher="okafor",
        room="r12",
        roster=ROSTER,
        conference_students=["ana"],
    )
    assert block.conferences[0].ends == time(23, 40)
    with pytest.raises(InvalidDataError, match=r"^conference_minutes: must end before"):
        plan_block(
            day=date.max,
            starts=time(23, 50),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            conference_students=["ana"],
            launch_minutes=0,
            group_minutes=0,
            conference_minutes=15,
        )


def _reference_conference_problems(
    block_conferences: list[BlockConference],
) -> list[str]:
    """Every conference checked against its segment, then every earlier one, as first written."""
    found = []
    for index, conference in enumerate(block_conferences):
        if not (time(9, 0) <= conference.starts and conference.ends <= time(10, 0)):
            found.append(
                f"conferences[{index}]: must fall within a conferences segment "
                f"(got {conference.starts.isoformat()}-{conference.ends.isoformat()})"
            )
        for other in range(index):
            earlier = block_conferences[other]
            if conference.starts < earlier.ends and earlier.starts < conference.ends:
                found.append(
                    f"conferences[{index}]: must not overlap conferences[{other}]: "
                    f"teacher 'okafor' is already booked from "
                    f"{earlier.starts.isoformat()} to {earlier.ends.isoformat()}"
                )
    return found


@st.composite
def _crowded_conferences(draw: st.DrawFn) -> list[BlockConference]:
    """Conferences of students on the roster around a 9:00-10:00 segment, often clashing."""
    found = []
    for student in draw(st.lists(st.sampled_from(ROSTER), unique=True)):
        starts = draw(st.integers(8 * 60 + 50, 10 * 60 + 5))
        ends = starts + draw(st.integers(1, 15))
        found.append(
            BlockConference(
                student=student,
                starts=time(starts // 60, starts % 60),
                ends=time(ends // 60, ends % 60),
            )
        )
    return found


@given(_crowded_conferences())
def test_block_problems_are_those_of_every_pair(
    block_conferences: list[BlockConference],
) -> None:
    """Each conference outside its segment or overlapping an earlier one is reported, in order."""
    segment = BlockSegment(
        kind=SegmentKind.CONFERENCES, starts=time(9, 0), ends=time(10, 0)
    )
    expected = _reference_conference_problems(block_conferences)
    fields = {
        "day": DAY,
        "teacher": "okafor",
        "room": "r12",
        "roster": ROSTER,
        "segments": [segment],
        "conferences": block_conferences,
    }
    if not expected:
        assert SelfPacedBlock(**fields).conferences == tuple(block_conferences)  # type: ignore[arg-type]
        return
    with pytest.raises(InvalidDataError) as caught:
        SelfPacedBlock(**fields)  # type: ignore[arg-type]
    assert [str(problem) for problem in caught.value.problems] == expected


class _Unprintable:
    """A value whose repr fails, as a caller's broken object might."""

    def __repr__(self) -> str:
        raise ValueError("no repr")


def test_a_clash_is_reported_whatever_the_teacher_is() -> None:
    """Overlapping conferences under a teacher of the wrong kind are both reported."""
    block = _block()
    clash = [
        block.conferences[0],
        attrs.evolve(block.conferences[1], starts=time(9, 32), ends=time(9, 37)),
    ]
    with pytest.raises(InvalidDataError) as caught:
        attrs.evolve(block, teacher=_Unprintable(), conferences=clash)
    assert [str(problem) for problem in caught.value.problems] == [
        "teacher: must be a string (got <_Unprintable>)",
        "conferences[1]: must not overlap conferences[0]: teacher <_Unprintable> is "
        "already booked from 09:30:00 to 09:35:00",
    ]


def test_a_data_review_takes_its_template_s_minutes() -> None:
    """Without a length, a data review lasts the 10 minutes its agenda is planned for.

    The practice's one-on-one data review agenda has six items (review goals,
    the work plan, data and progress, a quick assessment, what feels hard, the
    next check-in); the planner makes it for the template's slot, and the block
    books that slot, never a shorter one.
    """
    block = plan_block(
        day=DAY,
        starts=time(9, 0),
        teacher="okafor",
        room="r12",
        roster=ROSTER,
        conference_students=["ana", "cai"],
    )
    slot = template_for(ConferenceKind.DATA_REVIEW).slot_minutes
    assert [c.minutes for c in block.conferences] == [slot, slot]
    assert block.conferences[0].starts == time(9, 30)
    assert block.segments[-1].ends == time(9, 30 + 2 * slot)


def test_conferences_last_as_long_as_their_agendas() -> None:
    """Each conference holds its agenda and is exactly as long as its slot."""
    agendas = [_agenda("ana", 10), _agenda("cai", 5)]
    block = plan_block(
        day=DAY,
        starts=time(9, 0),
        teacher="okafor",
        room="r12",
        roster=ROSTER,
        conference_students=["ana", "cai", "eli"],
        conference_minutes=None,
        agendas=agendas,
    )
    assert [(c.student, c.starts, c.ends) for c in block.conferences] == [
        ("ana", time(9, 30), time(9, 40)),
        ("cai", time(9, 40), time(9, 45)),
        ("eli", time(9, 45), time(9, 55)),
    ]
    assert [c.agenda for c in block.conferences] == [*agendas, None]


def test_a_conference_refuses_an_agenda_that_does_not_fit_its_slot() -> None:
    """A 5-minute slot beside a 10-minute agenda is refused, as is another's agenda."""
    with pytest.raises(InvalidDataError) as caught:
        BlockConference(
            student="ana",
            starts=time(9, 35),
            ends=time(9, 40),
            agenda=_agenda("ben", 10, ConferenceKind.SELF_ASSESSMENT),
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "agenda.student: must be the conference's student 'ana' (got 'ben')",
        "agenda.kind: must be the conference's kind 'data_review' "
        "(got 'self_assessment')",
        "agenda.slot_minutes: must equal the conference's 5 minutes (got 10)",
    ]
    with pytest.raises(InvalidDataError, match=r"^agenda: must be an Agenda"):
        BlockConference(student="ana", starts=time(9), ends=time(9, 5), agenda="x")  # type: ignore[arg-type]


def test_plan_block_refuses_agendas_that_disagree_with_it() -> None:
    """Agendas of other minutes, another kind, or no conference of theirs are refused."""
    with pytest.raises(InvalidDataError) as caught:
        plan_block(
            day=DAY,
            starts=time(9, 0),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            conference_students=["ana", "cai"],
            conference_minutes=5,
            agendas=[
                _agenda("ana", 10),
                _agenda("ben", 5),
                _agenda("cai", 5, ConferenceKind.WORK_HABITS),
                _agenda("cai", 5),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "agendas[0].slot_minutes: must equal conference_minutes (5) (got 10)",
        "agendas[1].student: must be one of conference_students (got 'ben')",
        "agendas[2].kind: must be the block's kind 'data_review' (got 'work_habits')",
        "agendas[3].student: must have one agenda: 'cai' already has one",
    ]
    with pytest.raises(InvalidDataError, match=r"^agendas\[0\]: must be an Agenda"):
        plan_block(
            day=DAY,
            starts=time(9, 0),
            teacher="okafor",
            room="r12",
            roster=ROSTER,
            conference_students=["ana"],
            agendas=[{"student": "ana"}],  # type: ignore[list-item]
        )


@st.composite
def _blocks_with_agendas(draw: st.DrawFn) -> tuple[SelfPacedBlock, int | None]:
    """Blocks planned with agendas of any minutes for some students, or a length."""
    kind = draw(st.sampled_from(ConferenceKind))
    chosen = draw(st.lists(st.sampled_from(ROSTER), unique=True, max_size=4))
    minutes = draw(st.none() | st.integers(1, 30))
    agendas = [
        _agenda(student, minutes or draw(st.integers(1, 30)), kind)
        for student in chosen
        if draw(st.booleans())
    ]
    block = plan_block(
        day=DAY,
        starts=time(9, 0),
        teacher="okafor",
        room="r12",
        roster=ROSTER,
        conference_students=chosen,
        conference_minutes=minutes,
        kind=kind,
        agendas=agendas,
    )
    return block, minutes


@given(_blocks_with_agendas())
def test_every_slot_agrees_with_its_agenda(
    planned: tuple[SelfPacedBlock, int | None],
) -> None:
    """A slot is as long as its agenda, or the length asked, or the kind's template."""
    block, minutes = planned
    for conference in block.conferences:
        if conference.agenda is not None:
            assert conference.minutes == conference.agenda.slot_minutes
        elif minutes is not None:
            assert conference.minutes == minutes
        else:
            assert conference.minutes == template_for(conference.kind).slot_minutes
    for first, second in itertools.pairwise(block.conferences):
        assert first.ends == second.starts
