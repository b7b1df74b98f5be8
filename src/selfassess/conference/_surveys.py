"""Post-conference surveys: statements answered on a five-point agreement scale.

Families and students answer a few statements after a conference, from 1 (strongly
disagree) to 5 (strongly agree); `summarize_survey` sums them up question by
question.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from selfassess._people import Role
from selfassess._repr import short_repr
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.language import Catalog, catalog_for

__all__ = [
    "POST_CONFERENCE_QUESTIONS",
    "QuestionSummary",
    "Survey",
    "SurveyAnswer",
    "SurveyQuestion",
    "SurveySummary",
    "post_conference_questions",
    "summarize_survey",
]


@attrs.frozen(kw_only=True)
class SurveyQuestion:
    """A statement of a post-conference survey, answered on a five-point scale.

    Ratings: 1 strongly disagree, 2 disagree, 3 neither, 4 agree, 5 strongly agree
    (a five-point Likert scale).

    Attributes:
        id: A short identifier, unique in its survey.
        text: The statement, such as ``"My child explained their learning to me."``.
        asked_of: The role it is asked of.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    text: str
    asked_of: Role = Role.FAMILY

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("text", self.text)
        check.member("asked_of", self.asked_of, Role)
        check.done()

    def text_in(
        self, language: str | Catalog | None = None, *, catalogs: Iterable[Catalog] = ()
    ) -> str:
        """Return the statement in a language.

        A built-in statement (one of
        ``POST_CONFERENCE_QUESTIONS``, unchanged) is written
        in the language's catalog; a school's own statement stays as written,
        whatever the language.

        Args:
            language: A language tag or a `~selfassess.language.Catalog`;
                ``None`` for English.
            catalogs: A school's own catalogs, looked at before the shipped ones.

        Returns:
            The statement.

        Raises:
            ArgumentTypeError: If *language* or *catalogs* is of the wrong kind.
            NotFoundError: If no catalog has the language.

        Example:
            >>> POST_CONFERENCE_QUESTIONS[2].text_in("es")
            'Sé cómo puedo ayudar en casa.'
            >>> SurveyQuestion(id="snack", text="The snacks were good.").text_in("es")
            'The snacks were good.'
        """
        catalog = catalog_for(language, catalogs=catalogs)
        if self in POST_CONFERENCE_QUESTIONS:
            return catalog.text(f"family.survey.{self.id}")
        return self.text


@attrs.frozen(kw_only=True)
class SurveyAnswer:
    """One person's answer to one survey question.

    Attributes:
        respondent: The id of the person answering.
        question: The question's id.
        rating: From 1 (strongly disagree) to 5 (strongly agree); ``None`` when
            the person only commented.
        comment: A comment; may be empty.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    respondent: str
    question: str
    rating: int | None = integer_field(
        minimum=1, maximum=5, optional=True, default=None
    )
    comment: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("respondent", self.respondent)
        check.identifier("question", self.question)
        check.declared(self)
        check.text("comment", self.comment, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class Survey:
    """A post-conference survey: its questions and the answers given.

    The rules: question ids are unique; every answer is to one of the questions;
    nobody answers a question twice.

    Attributes:
        questions: The questions, in order.
        answers: The answers.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path.
    """

    __repr__ = short_repr

    questions: tuple[SurveyQuestion, ...] = attrs.field(converter=to_tuple)
    answers: tuple[SurveyAnswer, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        questions_ok = check.items(
            "questions",
            self.questions,
            lambda p, v: check.instance(p, v, SurveyQuestion),
            non_empty=True,
        ) and check.unique("questions", self.questions, lambda q: q.id, "id")
        answers_ok = check.items(
            "answers", self.answers, lambda p, v: check.instance(p, v, SurveyAnswer)
        )
        if answers_ok:
            check.unique(
                "answers",
                self.answers,
                lambda a: (a.respondent, a.question),
                "respondent and question",
            )
            if questions_ok:
                known = {question.id for question in self.questions}
                for index, answer in enumerate(self.answers):
                    if answer.question not in known:
                        check.add(
                            f"answers[{index}].question",
                            f"must be the id of a question of the survey "
                            f"(got {shown(answer.question)})",
                        )
        check.done()


@attrs.frozen(kw_only=True)
class QuestionSummary:
    """The answers to one survey question, summarised.

    Attributes:
        question: The question's id.
        rated: How many answers gave a rating; at most a billion, like every count
            the library keeps (a district's families are far fewer).
        counts: How many ratings of 1, 2, 3, 4 and 5, in that order; each at most
            a billion.
        mean: The mean rating, from 1 to 5; ``None`` when nobody rated.
        agree: The share of ratings of 4 or 5, from 0 to 1; ``None`` when nobody
            rated.
        comments: The comments given, in order.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    question: str
    rated: int = integer_field()
    counts: tuple[int, ...] = attrs.field(converter=to_tuple)
    mean: float | None = number_field(minimum=1, maximum=5, optional=True)
    agree: float | None = number_field(minimum=0, maximum=1, optional=True)
    comments: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("question", self.question)
        rated_ok = check.declared(self)["rated"]
        if check.items(
            "counts", self.counts, lambda p, v: check.integer(p, v, minimum=0)
        ):
            if len(self.counts) != 5:
                check.add("counts", f"must have 5 counts (got {len(self.counts)})")
            elif rated_ok and sum(self.counts) != self.rated:
                check.add(
                    "counts",
                    f"must add up to rated ({self.rated}) (got {sum(self.counts)})",
                )
        check.items("comments", self.comments, check.text)
        check.done()


@attrs.frozen(kw_only=True)
class SurveySummary:
    """A survey's answers summarised, question by question.

    Attributes:
        respondents: How many different people answered; at most a billion, like
            every count the library keeps.
        questions: One summary per question, in the survey's order.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    respondents: int = integer_field()
    questions: tuple[QuestionSummary, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.items("questions", self.questions, QuestionSummary)
        check.done()


def summarize_survey(survey: Survey) -> SurveySummary:
    """Summarise a survey: per question, the counts, mean and share agreeing.

    Args:
        survey: The survey and its answers.

    Returns:
        The summary; a question nobody rated has ``None`` as its mean and share.

    Raises:
        ArgumentTypeError: If *survey* is not a `Survey`.

    Example:
        >>> from selfassess.conference import (POST_CONFERENCE_QUESTIONS, Survey,
        ...     SurveyAnswer, summarize_survey)
        >>> survey = Survey(questions=POST_CONFERENCE_QUESTIONS, answers=[
        ...     SurveyAnswer(respondent="mom", question="explained", rating=5),
        ...     SurveyAnswer(respondent="dad", question="explained", rating=3,
        ...                  comment="More time please"),
        ... ])
        >>> first = summarize_survey(survey).questions[0]
        >>> first.counts, first.mean, first.agree, first.comments
        ((0, 0, 1, 0, 1), 4.0, 0.5, ('More time please',))
    """
    check = Arguments()
    survey = check.instance("survey", survey, Survey)
    check.done()
    by_question: dict[str, list[SurveyAnswer]] = {}
    for answer in survey.answers:
        by_question.setdefault(answer.question, []).append(answer)
    summaries = []
    for question in survey.questions:
        answers = by_question.get(question.id, [])
        ratings = [a.rating for a in answers if a.rating is not None]
        counts = tuple(ratings.count(value) for value in range(1, 6))
        summaries.append(
            QuestionSummary(
                question=question.id,
                rated=len(ratings),
                counts=counts,
                mean=sum(ratings) / len(ratings) if ratings else None,
                agree=(
                    sum(rating >= 4 for rating in ratings) / len(ratings)
                    if ratings
                    else None
                ),
                comments=tuple(a.comment for a in answers if a.comment.strip()),
            )
        )
    return SurveySummary(
        respondents=len({answer.respondent for answer in survey.answers}),
        questions=summaries,
    )


POST_CONFERENCE_QUESTIONS: tuple[SurveyQuestion, ...] = (
    SurveyQuestion(id="explained", text="My child explained their learning to me."),
    SurveyQuestion(
        id="understand", text="I understand my child's strengths and next goal."
    ),
    SurveyQuestion(id="help-home", text="I know how I can help at home."),
    SurveyQuestion(id="again", text="I would like a conference like this again."),
    SurveyQuestion(
        id="student-confident",
        text="I felt ready to lead my conference.",
        asked_of=Role.STUDENT,
    ),
    SurveyQuestion(
        id="student-goal",
        text="I know what my next goal is and how to reach it.",
        asked_of=Role.STUDENT,
    ),
)
"""Default post-conference survey statements, for families and for students."""


def post_conference_questions(
    language: str | Catalog | None = None, *, catalogs: Iterable[Catalog] = ()
) -> tuple[SurveyQuestion, ...]:
    """Return the built-in post-conference statements written in a language.

    The same questions as ``POST_CONFERENCE_QUESTIONS``,
    with the same ids (so answers in every language are summarised together),
    each statement in the language's catalog.

    Args:
        language: A language tag or a `~selfassess.language.Catalog`; ``None``
            for English.
        catalogs: A school's own catalogs, looked at before the shipped ones.

    Returns:
        The questions, in the order of
        ``POST_CONFERENCE_QUESTIONS``.

    Raises:
        ArgumentTypeError: If *language* or *catalogs* is of the wrong kind.
        NotFoundError: If no catalog has the language.

    Example:
        >>> [q.text for q in post_conference_questions("es")][:1]
        ['Mi hijo o hija me explicó lo que está aprendiendo.']
        >>> post_conference_questions() == POST_CONFERENCE_QUESTIONS
        True
    """
    catalog = catalog_for(language, catalogs=catalogs)
    return tuple(
        attrs.evolve(question, text=question.text_in(catalog))
        for question in POST_CONFERENCE_QUESTIONS
    )
