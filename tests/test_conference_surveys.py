"""selfassess.conference surveys: five-point agreement, summarised per question."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given

from selfassess.conference import (
    POST_CONFERENCE_QUESTIONS,
    Survey,
    SurveyAnswer,
    summarize_survey,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError

from strategies import STRATEGIES


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


def test_summarize_survey_needs_a_survey() -> None:
    """What is not a survey is the caller's mistake, named."""
    with pytest.raises(ArgumentTypeError, match=r"^survey: must be a Survey"):
        summarize_survey(POST_CONFERENCE_QUESTIONS)  # type: ignore[arg-type]


@given(STRATEGIES[Survey])
def test_survey_summaries_add_up(survey: Survey) -> None:
    """Each question's counts add up to its ratings; the mean is theirs, exactly."""
    summary = summarize_survey(survey)
    for question, result in zip(survey.questions, summary.questions, strict=True):
        ratings = [
            a.rating
            for a in survey.answers
            if a.question == question.id and a.rating is not None
        ]
        assert result.rated == len(ratings) == sum(result.counts)
        if ratings:
            assert result.mean == pytest.approx(
                float(Fraction(sum(ratings), len(ratings)))
            )
            assert result.counts == tuple(ratings.count(r) for r in range(1, 6))
        else:
            assert result.mean is None


def _reference_summary(survey: Survey) -> list[tuple[object, ...]]:
    """Each question's answers found by a pass over all answers, as first written."""
    found = []
    for question in survey.questions:
        answers = [a for a in survey.answers if a.question == question.id]
        ratings = [a.rating for a in answers if a.rating is not None]
        found.append(
            (
                question.id,
                len(ratings),
                tuple(ratings.count(value) for value in range(1, 6)),
                sum(ratings) / len(ratings) if ratings else None,
                sum(r >= 4 for r in ratings) / len(ratings) if ratings else None,
                tuple(a.comment for a in answers if a.comment.strip()),
            )
        )
    return found


@given(STRATEGIES[Survey])
def test_survey_summaries_are_those_of_a_pass_per_question(survey: Survey) -> None:
    """Grouping the answers once gives each question the same summary as before."""
    summary = summarize_survey(survey)
    assert [
        (q.question, q.rated, q.counts, q.mean, q.agree, q.comments)
        for q in summary.questions
    ] == _reference_summary(survey)
