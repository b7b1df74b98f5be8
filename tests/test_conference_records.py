"""selfassess.conference records: attendance, notes, follow-ups, family participation."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Person, Role
from selfassess.conference import (
    STUDENT_LED_SECOND,
    Agenda,
    ConferenceKind,
    ConferenceRecord,
    FollowUp,
    Link,
    LinkKind,
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
    """The rate is the records with a family member over all records, as a Fraction."""
    result = family_participation(records)
    attended = [r for r in records if r.family_attended]
    assert result.conferences == len(records)
    assert result.with_family == len(attended)
    if records:
        assert result.rate == float(Fraction(len(attended), len(records)))
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
        )
    assert [problem.path for problem in caught.value.problems] == [
        "held_on",
        "absent",
        "notes",
        "goals_agreed",
        "follow_ups",
        "next_check_in",
        "private_time_requested",
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
