"""selfassess.conference records: attendance, notes, follow-ups, family participation."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Person, Role
from selfassess.conference import (
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    Agenda,
    ConferenceKind,
    ConferenceOutcome,
    ConferenceRecord,
    FollowUp,
    Link,
    LinkKind,
    Template,
    family_participation,
    record_from_agenda,
    school_days_after,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError

from strategies import STRATEGIES

ANA = Person(id="ana", name="Ana", role=Role.STUDENT)
OKAFOR = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
MOM = Person(id="ana-mom", name="Ana's mother", role=Role.FAMILY)
HELD = date(2027, 3, 10)
GOAL = Link(kind=LinkKind.GOAL, ref="g1", student="ana", label="Fluency goal")
BAR = Link(kind=LinkKind.FRACTION_BAR, ref="g1", student="ana")


def _agenda() -> Agenda:
    return STUDENT_LED_SECOND.agenda(
        student="ana", participants=[ANA, OKAFOR, MOM], links=[GOAL, BAR]
    )


def test_a_conference_is_held_when_no_parent_comes() -> None:
    """The record of a conference without a family member is valid and says so."""
    record = record_from_agenda(_agenda(), held_on=HELD, absent=["ana-mom"])
    assert not record.family_attended
    assert [p.id for p in record.attended] == ["ana", "okafor"]
    assert record.discussed == (GOAL, BAR)


def test_record_from_agenda_keeps_everything_agreed() -> None:
    """Notes, goals, follow-ups, the next check-in and private time are kept."""
    check_in = school_days_after(HELD, school_days=10)
    record = record_from_agenda(
        _agenda(),
        held_on=HELD,
        notes=["Explained fraction bars clearly."],
        goals_agreed=["Read 20 minutes each night."],
        follow_ups=[
            FollowUp(owner=Role.FAMILY, action="Sign the reading log", due_on=check_in)
        ],
        next_check_in=check_in,
        private_time_requested=True,
    )
    assert record.family_attended
    assert record.private_time_requested
    assert record.next_check_in == date(2027, 3, 24)


def test_record_rules_are_all_reported() -> None:
    """No teacher, private time without family, early dates, other students' data."""
    with pytest.raises(InvalidDataError) as caught:
        ConferenceRecord(
            kind=ConferenceKind.THREE_WAY,
            student="ana",
            held_on=HELD,
            attended=[ANA],
            follow_ups=[
                FollowUp(owner=Role.STUDENT, action="Retake", due_on=date(2027, 3, 1))
            ],
            next_check_in=HELD,
            private_time_requested=True,
            discussed=[Link(kind=LinkKind.GOAL, ref="g1", student="ben")],
        )
    assert [str(p) for p in caught.value.problems] == [
        "attended: must include a teacher (got none)",
        "private_time_requested: must be false when no family member attended (got True)",
        "next_check_in: must be after held_on (2027-03-10) (got 2027-03-10)",
        "follow_ups[0].due_on: must not be before held_on (2027-03-10) (got 2027-03-01)",
        "discussed[0].student: must be the record's student 'ana' (got 'ben')",
    ]


def test_absent_must_be_a_participant() -> None:
    """Marking someone absent who was not invited is refused with its path."""
    with pytest.raises(
        InvalidDataError,
        match=r"^absent\[0\]: must be a participant's id \(got 'zed'\)$",
    ):
        record_from_agenda(_agenda(), held_on=HELD, absent=["zed"])


def test_family_participation_rate() -> None:
    """The share of conferences a family member attended; None for none held."""
    with_mom = record_from_agenda(_agenda(), held_on=HELD)
    without = record_from_agenda(_agenda(), held_on=HELD, absent=["ana-mom"])
    result = family_participation([with_mom, without, with_mom, with_mom])
    assert (result.conferences, result.with_family, result.rate) == (4, 3, 0.75)
    assert family_participation([]).rate is None


@given(st.lists(STRATEGIES[ConferenceRecord], max_size=4))
def test_participation_rate_is_a_share(records: list[ConferenceRecord]) -> None:
    """The rate is the held records with a family member over those held.

    Records not held are counted apart, never as a family's absence.
    """
    result = family_participation(records)
    held = [r for r in records if r.held]
    attended = [r for r in held if r.family_attended]
    assert result.conferences == len(held)
    assert result.with_family == len(attended)
    assert result.not_held == len(records) - len(held)
    if held:
        assert result.rate == float(Fraction(len(attended), len(held)))
    else:
        assert result.rate is None


def test_record_from_agenda_refuses_bad_arguments() -> None:
    """Not an agenda, or a single id for the absent list, raise ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError, match=r"^agenda: must be an Agenda"):
        record_from_agenda("agenda", held_on=HELD)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^absent: must be a list"):
        record_from_agenda(_agenda(), held_on=HELD, absent="ana-mom")


def test_record_from_agenda_names_every_argument_of_the_wrong_kind() -> None:
    """Every argument of the wrong kind is reported at once, by name."""
    with pytest.raises(ArgumentTypeError) as caught:
        record_from_agenda(
            _agenda(),
            held_on="2027-03-10",  # type: ignore[arg-type]
            absent=None,  # type: ignore[arg-type]
            notes="Explained the bars.",
            goals_agreed=5,  # type: ignore[arg-type]
            follow_ups={"owner": "family"},  # type: ignore[arg-type]
            next_check_in=HELD.isoformat(),  # type: ignore[arg-type]
            private_time_requested="no",  # type: ignore[arg-type]
            remote="ana-mom",
            rescheduled_to=HELD.isoformat(),  # type: ignore[arg-type]
        )
    assert [problem.path for problem in caught.value.problems] == [
        "held_on",
        "absent",
        "notes",
        "goals_agreed",
        "follow_ups",
        "next_check_in",
        "private_time_requested",
        "remote",
        "rescheduled_to",
    ]


def test_record_from_agenda_reads_any_iterable() -> None:
    """Generators are read like lists; a bad item is named by its path."""
    record = record_from_agenda(
        _agenda(),
        held_on=HELD,
        absent=iter(["ana-mom"]),
        notes=(note for note in ["Explained the bars."]),
    )
    assert record.notes == ("Explained the bars.",)
    assert not record.family_attended
    with pytest.raises(InvalidDataError, match=r"^absent\[0\]: must be a participant"):
        record_from_agenda(_agenda(), held_on=HELD, absent=[7])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"^notes\[0\]: must be a string"):
        record_from_agenda(_agenda(), held_on=HELD, notes=[None])  # type: ignore[list-item]


@pytest.mark.parametrize("records", [5, None, "records"])
def test_family_participation_refuses_what_is_not_a_list(records: object) -> None:
    """Records that are not a list raise ArgumentTypeError naming them."""
    with pytest.raises(
        ArgumentTypeError, match=r"^records: must be a list of ConferenceRecord objects"
    ):
        family_participation(records)  # type: ignore[arg-type]


# The day itself: who came, who joined remotely, and a conference not held ----------


@pytest.mark.parametrize("template", [STUDENT_LED_FIRST, STUDENT_LED_SECOND])
def test_a_student_led_conference_without_its_student_is_not_held(
    template: Template,
) -> None:
    """The student leads a student-led conference: without them it is not held.

    The practice: the student leads the conference, with scripts and rehearsal
    before; a conference is still held when no parent comes, but not without the
    student who leads it, so it is rescheduled.
    """
    agenda = template.agenda(student="ana", participants=[ANA, OKAFOR, MOM])
    record = record_from_agenda(
        agenda, held_on=HELD, absent=["ana"], notes=["Ana was ill."]
    )
    assert not record.held
    assert record.outcome is ConferenceOutcome.STUDENT_ABSENT
    assert record.needs_rescheduling
    assert record.discussed == ()
    assert record.goal_setters == ()
    moved = record_from_agenda(
        agenda, held_on=HELD, absent=["ana"], rescheduled_to=date(2027, 3, 12)
    )
    assert moved.rescheduled_to == date(2027, 3, 12)
    assert not moved.needs_rescheduling


def test_a_conference_not_held_agrees_no_goals() -> None:
    """No goals are agreed at a conference that was not held."""
    with pytest.raises(
        InvalidDataError,
        match=r"^goals_agreed: must be empty for a conference not held",
    ):
        record_from_agenda(
            _agenda(), held_on=HELD, absent=["ana"], goals_agreed=["Read more."]
        )


def test_a_held_student_led_record_has_its_student() -> None:
    """A record cannot say a student-led conference was held without its student."""
    with pytest.raises(InvalidDataError) as caught:
        ConferenceRecord(
            kind=ConferenceKind.STUDENT_LED_FIRST,
            student="ana",
            held_on=HELD,
            attended=[OKAFOR, MOM],
            rescheduled_to=date(2027, 3, 12),
        )
    assert [str(p) for p in caught.value.problems] == [
        "attended: must include the student 'ana', who leads a held student-led "
        "conference (got none)",
        "rescheduled_to: must be None for a held conference (got 2027-03-12)",
    ]


def test_a_record_not_held_is_consistent() -> None:
    """Not held: the student absent, nothing discussed, rescheduled to a later day."""
    with pytest.raises(InvalidDataError) as caught:
        ConferenceRecord(
            kind=ConferenceKind.STUDENT_LED_SECOND,
            student="ana",
            held_on=HELD,
            attended=[ANA, OKAFOR],
            discussed=[GOAL],
            outcome=ConferenceOutcome.STUDENT_ABSENT,
            rescheduled_to=HELD,
        )
    assert [str(p) for p in caught.value.problems] == [
        "attended: must not include the student 'ana' when the outcome is "
        "'student_absent'",
        "discussed: must be empty for a conference not held (got 1)",
        "rescheduled_to: must be after held_on (2027-03-10) (got 2027-03-10)",
    ]


def test_a_conference_without_the_family_is_held_and_the_goals_are_set_together() -> (
    None
):
    """No parent came: the conference is held; the student and teacher set the goals.

    The practice: a conference is still held when no parent comes.
    """
    record = record_from_agenda(
        _agenda(), held_on=HELD, absent=["ana-mom"], goals_agreed=["Read nightly."]
    )
    assert record.held
    assert not record.family_attended
    assert record.goals_agreed == ("Read nightly.",)
    assert record.goal_setters == (Role.STUDENT, Role.TEACHER)
    with_mom = record_from_agenda(_agenda(), held_on=HELD)
    assert with_mom.goal_setters == (Role.STUDENT, Role.FAMILY, Role.TEACHER)


def test_a_conference_not_held_is_no_familys_absence() -> None:
    """Participation counts the conferences held; one not held is counted apart."""
    held = record_from_agenda(_agenda(), held_on=HELD)
    not_held = record_from_agenda(_agenda(), held_on=HELD, absent=["ana"])
    result = family_participation([held, not_held])
    assert (result.conferences, result.with_family, result.rate) == (1, 1, 1.0)
    assert result.not_held == 1
    assert family_participation([not_held]).rate is None


def test_a_parent_on_a_video_call_attended_remotely() -> None:
    """A parent who joins remotely is recorded as remote and counts as attending."""
    record = record_from_agenda(_agenda(), held_on=HELD, remote=["ana-mom"])
    assert record.remote == ("ana-mom",)
    assert record.family_attended
    assert [p.id for p in record.attended] == ["ana", "okafor", "ana-mom"]
    assert family_participation([record]).with_family == 1


def test_remote_participants_are_participants_who_came() -> None:
    """A remote id must be a participant's, and not absent; in a record, someone there."""
    with pytest.raises(InvalidDataError) as caught:
        record_from_agenda(
            _agenda(), held_on=HELD, absent=["ana-mom"], remote=["ana-mom", "zed"]
        )
    assert [str(p) for p in caught.value.problems] == [
        "remote[0]: must not be absent too (got 'ana-mom')",
        "remote[1]: must be a participant's id (got 'zed')",
    ]
    with pytest.raises(
        InvalidDataError,
        match=r"^remote\[0\]: must be the id of someone who attended \(got 'zed'\)$",
    ):
        ConferenceRecord(
            kind=ConferenceKind.THREE_WAY,
            student="ana",
            held_on=HELD,
            attended=[ANA, OKAFOR],
            remote=["zed"],
        )


@given(STRATEGIES[ConferenceRecord])
def test_record_rules_hold_for_every_record(record: ConferenceRecord) -> None:
    """Held student-led records have their student; remote people attended."""
    there = {person.id for person in record.attended}
    assert set(record.remote) <= there
    if record.held:
        assert record.rescheduled_to is None
        if record.kind in (
            ConferenceKind.STUDENT_LED_FIRST,
            ConferenceKind.STUDENT_LED_SECOND,
        ):
            assert record.student in there
            assert record.goal_setters[0] is Role.STUDENT
        assert Role.TEACHER in record.goal_setters
    else:
        assert record.student not in there
        assert record.goals_agreed == record.discussed == record.goal_setters == ()
        assert record.needs_rescheduling is (record.rescheduled_to is None)


@given(STRATEGIES[Agenda], st.data())
def test_record_from_agenda_holds_a_student_led_conference_only_with_its_student(
    agenda: Agenda, data: st.DataObject
) -> None:
    """Whoever is absent, a student-led record is held exactly when the student came."""
    ids = [person.id for person in agenda.participants]
    absent = data.draw(st.lists(st.sampled_from(ids), unique=True))
    remote = data.draw(
        st.lists(
            st.sampled_from([i for i in ids if i not in absent] or ids), unique=True
        )
    )
    remote = [i for i in remote if i not in absent]
    teachers = {p.id for p in agenda.participants if p.role is Role.TEACHER}
    if not teachers - set(absent):
        return  # a record needs a teacher there
    record = record_from_agenda(agenda, held_on=HELD, absent=absent, remote=remote)
    led = agenda.kind in (
        ConferenceKind.STUDENT_LED_FIRST,
        ConferenceKind.STUDENT_LED_SECOND,
    )
    assert record.held is not (led and agenda.student in absent)
    assert record.remote == tuple(remote)
    assert [p.id for p in record.attended] == [i for i in ids if i not in absent]
