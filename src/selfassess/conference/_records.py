"""Records of what happened: attendance, notes, goals, follow-ups, surveys, rehearsal.

A `ConferenceRecord` is kept for every conference held, whoever came: the practice
holds a student-led conference even when no parent comes. `family_participation`
turns records into the share of conferences a family attended. `rehearsal_script`
turns an agenda into what the student will say, in their own voice, to rehearse
before. Post-conference surveys are answered on a five-point agreement scale and
summarised with `summarize_survey`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._people import Person, Role
from selfassess._validate import Checker, shown, to_optional_float, to_tuple
from selfassess.conference._agenda import Agenda, ConferenceKind, Link
from selfassess.errors import InvalidDataError

__all__ = [
    "POST_CONFERENCE_QUESTIONS",
    "ConferenceRecord",
    "FamilyParticipation",
    "FollowUp",
    "QuestionSummary",
    "RehearsalScript",
    "ScriptLine",
    "Survey",
    "SurveyAnswer",
    "SurveyQuestion",
    "SurveySummary",
    "family_participation",
    "record_from_agenda",
    "rehearsal_script",
    "summarize_survey",
]


@attrs.frozen(kw_only=True)
class FollowUp:
    """Something to do after a conference, and who does it.

    Attributes:
        owner: The role that does it: the student, the teacher, the family ...
        action: What to do, such as ``"Join the Tuesday small group on 4.NF.2"``.
        due_on: When it is due, if it has a day.
        done: Whether it is done.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    owner: Role
    action: str
    due_on: date | None = None
    done: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("owner", self.owner, Role)
        check.text("action", self.action)
        check.optional_day("due_on", self.due_on)
        check.boolean("done", self.done)
        check.done()


@attrs.frozen(kw_only=True)
class ConferenceRecord:
    """What happened at one conference.

    The rules: at least one teacher attended, everyone once; a parent's request for
    private time needs a family member present; the next check-in and every
    follow-up's due day come after the conference.

    Attributes:
        kind: The kind of conference.
        student: The id of the student it was about.
        held_on: The day it was held.
        attended: Who attended. A conference is still held when no parent comes.
        notes: The teacher's quick notes, made straight after.
        goals_agreed: The goals agreed, in words.
        follow_ups: What is to be done next, and by whom.
        next_check_in: The day of the next check-in, if one was set.
        private_time_requested: Whether a parent asked for time with the teacher
            without the student.
        discussed: Links to the data discussed.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path.
    """

    kind: ConferenceKind
    student: str
    held_on: date
    attended: tuple[Person, ...] = attrs.field(converter=to_tuple)
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    goals_agreed: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    follow_ups: tuple[FollowUp, ...] = attrs.field(default=(), converter=to_tuple)
    next_check_in: date | None = None
    private_time_requested: bool = False
    discussed: tuple[Link, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("kind", self.kind, ConferenceKind)
        student_ok = check.identifier("student", self.student)
        day_ok = check.day("held_on", self.held_on)
        people_ok = check.items(
            "attended",
            self.attended,
            lambda p, v: check.instance(p, v, Person),
            non_empty=True,
        ) and check.unique("attended", self.attended, lambda p: p.id, "id")
        check.items("notes", self.notes, check.text)
        check.items("goals_agreed", self.goals_agreed, check.text)
        follow_ok = check.items(
            "follow_ups", self.follow_ups, lambda p, v: check.instance(p, v, FollowUp)
        )
        check_in_ok = check.optional_day("next_check_in", self.next_check_in)
        private_ok = check.boolean(
            "private_time_requested", self.private_time_requested
        )
        links_ok = check.items(
            "discussed", self.discussed, lambda p, v: check.instance(p, v, Link)
        )
        if people_ok:
            roles = {person.role for person in self.attended}
            if Role.TEACHER not in roles:
                check.add("attended", "must include a teacher (got none)")
            if private_ok and self.private_time_requested and Role.FAMILY not in roles:
                check.add(
                    "private_time_requested",
                    "must be false when no family member attended (got True)",
                )
        if day_ok:
            if (
                check_in_ok
                and self.next_check_in is not None
                and self.next_check_in <= self.held_on
            ):
                check.add(
                    "next_check_in",
                    f"must be after held_on ({self.held_on.isoformat()}) "
                    f"(got {self.next_check_in.isoformat()})",
                )
            if follow_ok:
                for index, follow_up in enumerate(self.follow_ups):
                    if follow_up.due_on is not None and follow_up.due_on < self.held_on:
                        check.add(
                            f"follow_ups[{index}].due_on",
                            f"must not be before held_on ({self.held_on.isoformat()}) "
                            f"(got {follow_up.due_on.isoformat()})",
                        )
        if links_ok and student_ok:
            for index, link in enumerate(self.discussed):
                if link.student != self.student:
                    check.add(
                        f"discussed[{index}].student",
                        f"must be the record's student {self.student!r} "
                        f"(got {shown(link.student)})",
                    )
        check.done()

    @property
    def family_attended(self) -> bool:
        """Whether a family member attended."""
        return any(person.role is Role.FAMILY for person in self.attended)


def record_from_agenda(
    agenda: Agenda,
    *,
    held_on: date,
    absent: Iterable[str] = (),
    notes: Iterable[str] = (),
    goals_agreed: Iterable[str] = (),
    follow_ups: Iterable[FollowUp] = (),
    next_check_in: date | None = None,
    private_time_requested: bool = False,
) -> ConferenceRecord:
    """Start the record of a conference from its agenda.

    Everyone on the agenda attended except those *absent*; the data discussed is
    the agenda's links.

    Args:
        agenda: The conference's agenda.
        held_on: The day it was held.
        absent: The ids of the participants who did not come.
        notes: The teacher's quick notes.
        goals_agreed: The goals agreed.
        follow_ups: What is to be done next.
        next_check_in: The day of the next check-in (see `next_check_in`).
        private_time_requested: Whether a parent asked for private time.

    Returns:
        The record.

    Raises:
        InvalidDataError: If *agenda* is not an `Agenda`, an id in *absent* is not
            a participant, or the record breaks a rule of `ConferenceRecord`.
    """
    if not isinstance(agenda, Agenda):
        message = f"must be an Agenda (got {shown(agenda)})"
        raise InvalidDataError.single("agenda", message)
    if isinstance(absent, str):
        message = f"must be a list of participant ids (got {shown(absent)})"
        raise InvalidDataError.single("absent", message)
    missing = tuple(absent)
    known = {person.id for person in agenda.participants}
    check = Checker()
    for index, person_id in enumerate(missing):
        if person_id not in known:
            check.add(
                f"absent[{index}]",
                f"must be a participant's id (got {shown(person_id)})",
            )
    check.done()
    return ConferenceRecord(
        kind=agenda.kind,
        student=agenda.student,
        held_on=held_on,
        attended=[p for p in agenda.participants if p.id not in set(missing)],
        notes=tuple(notes),
        goals_agreed=tuple(goals_agreed),
        follow_ups=tuple(follow_ups),
        next_check_in=next_check_in,
        private_time_requested=private_time_requested,
        discussed=agenda.links,
    )


@attrs.frozen(kw_only=True)
class FamilyParticipation:
    """How many conferences a family member attended.

    Attributes:
        conferences: The number of conferences held.
        with_family: How many of them a family member attended.
        rate: ``with_family / conferences``; ``None`` when no conference was held.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    conferences: int
    with_family: int
    rate: float | None = attrs.field(converter=to_optional_float)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        count_ok = check.integer("conferences", self.conferences, minimum=0)
        with_ok = check.integer("with_family", self.with_family, minimum=0)
        if count_ok and with_ok and self.with_family > self.conferences:
            check.add(
                "with_family",
                f"must be at most conferences ({self.conferences}) (got {self.with_family})",
            )
        if self.rate is not None:
            check.number("rate", self.rate, minimum=0, maximum=1)
        check.done()


def family_participation(records: Iterable[ConferenceRecord]) -> FamilyParticipation:
    """Return the share of conferences that a family member attended.

    Args:
        records: The records of the conferences held, of any kinds a tool chooses
            (such as the student-led conferences of a term).

    Returns:
        The count of conferences, the count with a family member present, and
        their ratio; the ratio is ``None`` for no records.

    Raises:
        InvalidDataError: If an item is not a `ConferenceRecord`.

    Example:
        >>> from datetime import date
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import ConferenceKind, ConferenceRecord, family_participation
        >>> teacher = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
        >>> mom = Person(id="mom", name="Ana's mother", role=Role.FAMILY)
        >>> held = [ConferenceRecord(kind=ConferenceKind.STUDENT_LED_FIRST, student=s,
        ...     held_on=date(2026, 11, 18), attended=people)
        ...     for s, people in [("ana", [teacher, mom]), ("ben", [teacher])]]
        >>> family_participation(held).rate
        0.5
    """
    given = tuple(records)
    check = Checker()
    check.items("records", given, lambda p, v: check.instance(p, v, ConferenceRecord))
    check.done()
    with_family = sum(record.family_attended for record in given)
    rate = with_family / len(given) if given else None
    return FamilyParticipation(
        conferences=len(given), with_family=with_family, rate=rate
    )


# Rehearsal -----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ScriptLine:
    """One line of a rehearsal script, in the student's voice.

    Attributes:
        text: What the student will say, such as ``"First I will show you my
            self-report card."``.
        minutes: The minutes the agenda gives that part; 0 for the opening and
            closing lines.
        bring: The labels of the data to have ready for that part.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    text: str
    minutes: int = 0
    bring: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("text", self.text)
        check.integer("minutes", self.minutes, minimum=0)
        check.items("bring", self.bring, check.text)
        check.done()


@attrs.frozen(kw_only=True)
class RehearsalScript:
    """What a student will say at their conference, to rehearse before it.

    Attributes:
        student: The student's id.
        kind: The kind of conference.
        lines: The lines, in order.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    student: str
    kind: ConferenceKind
    lines: tuple[ScriptLine, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.member("kind", self.kind, ConferenceKind)
        check.items(
            "lines",
            self.lines,
            lambda p, v: check.instance(p, v, ScriptLine),
            non_empty=True,
        )
        check.done()

    @property
    def text(self) -> str:
        """The whole script, one line per paragraph."""
        return "\n\n".join(line.text for line in self.lines)


def _connective(index: int, count: int) -> str:
    if index == 0:
        return "First"
    if index == count - 1:
        return "Last"
    return "Next" if index % 2 else "Then"


def _phrase(title: str, says: str) -> str:
    if says.strip():
        return says.strip().rstrip(".")
    return f"talk about {title[:1].lower()}{title[1:]}".rstrip(".")


def _label(link: Link) -> str:
    return link.label.strip() or f"{link.kind.value.replace('_', ' ')} {link.ref}"


def rehearsal_script(agenda: Agenda) -> RehearsalScript:
    """Build the student's rehearsal script from an agenda, in their own voice.

    The student greets everyone, then says each item in order ("First I will show
    you my self-report card and the grades I gave myself.", "Next I will ...",
    "Last I will ..."), then thanks everyone. Each item uses its ``student_says``,
    or "talk about" and its title. Student-led conferences are rehearsed with a
    script before (the practice's scripts and rehearsal).

    Args:
        agenda: The conference's agenda.

    Returns:
        The script, with the minutes of each part and the data to bring.

    Raises:
        InvalidDataError: If *agenda* is not an `Agenda`.

    Example:
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import STUDENT_LED_FIRST, rehearsal_script
        >>> agenda = STUDENT_LED_FIRST.agenda(student="ana", participants=[
        ...     Person(id="ana", name="Ana", role=Role.STUDENT),
        ...     Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)])
        >>> print(rehearsal_script(agenda).text)
        Hello, I am Ana. Thank you for coming to my conference.
        <BLANKLINE>
        First I will show you my self-report card and the grades I gave myself.
        <BLANKLINE>
        Next I will compare my report card with my teacher's.
        <BLANKLINE>
        Then I will tell you three things I do well and one goal.
        <BLANKLINE>
        Next I will listen to the strengths my teacher sees and one goal for me.
        <BLANKLINE>
        Last I will answer your questions.
        <BLANKLINE>
        Thank you for listening to me.
    """
    if not isinstance(agenda, Agenda):
        message = f"must be an Agenda (got {shown(agenda)})"
        raise InvalidDataError.single("agenda", message)
    name = agenda.participant(agenda.student).name
    lines = [
        ScriptLine(text=f"Hello, I am {name}. Thank you for coming to my conference.")
    ]
    count = len(agenda.items)
    for index, item in enumerate(agenda.items):
        lines.append(
            ScriptLine(
                text=f"{_connective(index, count)} I will "
                f"{_phrase(item.title, item.student_says)}.",
                minutes=item.minutes,
                bring=[_label(link) for link in item.links],
            )
        )
    lines.append(ScriptLine(text="Thank you for listening to me."))
    return RehearsalScript(student=agenda.student, kind=agenda.kind, lines=lines)


# Surveys -------------------------------------------------------------------------------


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

    id: str
    text: str
    asked_of: Role = Role.FAMILY

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("text", self.text)
        check.member("asked_of", self.asked_of, Role)
        check.done()


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

    respondent: str
    question: str
    rating: int | None = None
    comment: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("respondent", self.respondent)
        check.identifier("question", self.question)
        if (
            self.rating is not None
            and check.integer("rating", self.rating, minimum=1)
            and self.rating > 5
        ):
            check.add("rating", f"must be at most 5 (got {self.rating})")
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
        rated: How many answers gave a rating.
        counts: How many ratings of 1, 2, 3, 4 and 5, in that order.
        mean: The mean rating; ``None`` when nobody rated.
        agree: The share of ratings of 4 or 5; ``None`` when nobody rated.
        comments: The comments given, in order.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    question: str
    rated: int
    counts: tuple[int, ...] = attrs.field(converter=to_tuple)
    mean: float | None = attrs.field(converter=to_optional_float)
    agree: float | None = attrs.field(converter=to_optional_float)
    comments: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("question", self.question)
        rated_ok = check.integer("rated", self.rated, minimum=0)
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
        if self.mean is not None:
            check.number("mean", self.mean, minimum=1, maximum=5)
        if self.agree is not None:
            check.number("agree", self.agree, minimum=0, maximum=1)
        check.items("comments", self.comments, check.text)
        check.done()


@attrs.frozen(kw_only=True)
class SurveySummary:
    """A survey's answers summarised, question by question.

    Attributes:
        respondents: How many different people answered.
        questions: One summary per question, in the survey's order.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    respondents: int
    questions: tuple[QuestionSummary, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.integer("respondents", self.respondents, minimum=0)
        check.items(
            "questions",
            self.questions,
            lambda p, v: check.instance(p, v, QuestionSummary),
        )
        check.done()


def summarize_survey(survey: Survey) -> SurveySummary:
    """Summarise a survey: per question, the counts, mean and share agreeing.

    Args:
        survey: The survey and its answers.

    Returns:
        The summary; a question nobody rated has ``None`` as its mean and share.

    Raises:
        InvalidDataError: If *survey* is not a `Survey`.

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
    if not isinstance(survey, Survey):
        message = f"must be a Survey (got {shown(survey)})"
        raise InvalidDataError.single("survey", message)
    summaries = []
    for question in survey.questions:
        answers = [a for a in survey.answers if a.question == question.id]
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
