"""selfassess.conference records: attendance, notes, follow-ups, rehearsal, surveys."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Person, Role
from selfassess.conference import (
    POST_CONFERENCE_QUESTIONS,
    STUDENT_LED_SECOND,
    Agenda,
    ConferenceKind,
    ConferenceRecord,
    FollowUp,
    Link,
    LinkKind,
    RehearsalScript,
    Survey,
    SurveyAnswer,
    family_participation,
    record_from_agenda,
    rehearsal_script,
    school_days_after,
    summarize_survey,
)
from selfassess.errors import InvalidDataError

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
    """The rate is in [0, 1] and counts the records with a family member."""
    result = family_participation(records)
    assert result.with_family == sum(r.family_attended for r in records)
    assert result.rate is None or 0 <= result.rate <= 1


def test_rehearsal_script_in_the_students_voice() -> None:
    """The script says each item in the first person, with the data to bring."""
    script = rehearsal_script(_agenda())
    assert (
        script.lines[0].text
        == "Hello, I am Ana. Thank you for coming to my conference."
    )
    assert script.lines[1].text == (
        "First I will show you how far I have come on each goal, "
        "with my fraction bars and my work."
    )
    assert script.lines[1].bring == ("Fluency goal", "fraction bar g1")
    assert script.lines[-2].text.startswith("Last I will")
    assert sum(line.minutes for line in script.lines) == _agenda().total_minutes


@given(STRATEGIES[Agenda])
def test_rehearsal_script_of_every_agenda(agenda: Agenda) -> None:
    """Every agenda gives a script: greeting, one line per item, thanks."""
    script = rehearsal_script(agenda)
    assert isinstance(script, RehearsalScript)
    assert len(script.lines) == len(agenda.items) + 2
    assert all(" I will " in line.text for line in script.lines[1:-1])
    assert [line.minutes for line in script.lines[1:-1]] == [
        item.minutes for item in agenda.items
    ]


def test_rehearsal_script_refuses_what_is_not_an_agenda() -> None:
    """Only an agenda can be rehearsed."""
    with pytest.raises(InvalidDataError, match=r"^agenda: must be an Agenda"):
        rehearsal_script("agenda")  # type: ignore[arg-type]


def test_survey_summary() -> None:
    """Counts per rating, the mean and the share agreeing, per question."""
    survey = Survey(
        questions=POST_CONFERENCE_QUESTIONS,
        answers=[
            SurveyAnswer(respondent="mom", question="explained", rating=5),
            SurveyAnswer(respondent="dad", question="explained", rating=4),
            SurveyAnswer(
                respondent="gran", question="explained", rating=2, comment="Too short"
            ),
            SurveyAnswer(respondent="mom", question="help-home", comment="Send a list"),
        ],
    )
    summary = summarize_survey(survey)
    assert summary.respondents == 3
    explained, _, help_home, *_ = summary.questions
    assert explained.counts == (0, 1, 0, 1, 1)
    assert explained.mean == pytest.approx(11 / 3)
    assert explained.agree == pytest.approx(2 / 3)
    assert explained.comments == ("Too short",)
    assert (help_home.rated, help_home.mean, help_home.agree) == (0, None, None)
    assert help_home.comments == ("Send a list",)


def test_survey_rules() -> None:
    """Answers to unknown questions, repeats and ratings off the scale are refused."""
    with pytest.raises(InvalidDataError) as caught:
        Survey(
            questions=POST_CONFERENCE_QUESTIONS,
            answers=[
                SurveyAnswer(respondent="mom", question="explained", rating=5),
                SurveyAnswer(respondent="mom", question="explained", rating=4),
                SurveyAnswer(respondent="mom", question="nope", rating=4),
            ],
        )
    assert [str(p) for p in caught.value.problems] == [
        "answers[1]: respondent and question ('mom', 'explained') is already used at answers[0]",
        "answers[2].question: must be the id of a question of the survey (got 'nope')",
    ]
    with pytest.raises(
        InvalidDataError, match=r"^rating: must be at most 5 \(got 6\)$"
    ):
        SurveyAnswer(respondent="mom", question="explained", rating=6)


@given(STRATEGIES[Survey])
def test_survey_summaries_add_up(survey: Survey) -> None:
    """Each question's counts add up to its ratings; means lie on the scale."""
    summary = summarize_survey(survey)
    for question, result in zip(survey.questions, summary.questions, strict=True):
        ratings = [
            a.rating
            for a in survey.answers
            if a.question == question.id and a.rating is not None
        ]
        assert result.rated == len(ratings) == sum(result.counts)
        assert result.mean is None or 1 <= result.mean <= 5


def test_record_from_agenda_refuses_bad_arguments() -> None:
    """Not an agenda, or a single id for the absent list, raise InvalidDataError."""
    with pytest.raises(InvalidDataError, match=r"^agenda: must be an Agenda"):
        record_from_agenda("agenda", held_on=HELD)  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"^absent: must be a list"):
        record_from_agenda(_agenda(), held_on=HELD, absent="ana-mom")
