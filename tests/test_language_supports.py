"""English-learner supports: word banks, vocabulary, the four domains, work times.

Writing supports on goals and reflections, academic vocabulary, the conference's
four language domains, and on-task goals in a child's words.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Person, Role
from selfassess import tracking as tr
from selfassess.conference import (
    STUDENT_LED_FIRST,
    ConferenceKind,
    ConferenceOutcome,
    ConferenceRecord,
    DomainRating,
    record_from_agenda,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.goals import Goal
from selfassess.language import ARABIC, SPANISH, message_ids
from selfassess.serialize import from_dict, to_dict
from strategies_conference_records import records_with_domains
from strategies_tracking import histories
from strategies_tracking_vocabulary import vocabulary_logs

D = tr.LanguageDomain
SUPPORTS = sa.WritingSupports(
    word_bank=["numerator", "denominator"],
    sentence_starters=["My goal is to ... by ..."],
    exemplars=["My goal is to compare fractions by drawing bars, by Friday."],
)
ANA = Person(id="ana", name="Ana", role=Role.STUDENT)
OKAFOR = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
HELD = date(2027, 3, 10)


def paths(error: InvalidDataError) -> list[str]:
    return [problem.path for problem in error.problems]


# Writing supports on a goal and a reflection.


def test_a_goal_carries_its_writing_supports_through_a_round_trip() -> None:
    """Word banks, starters and exemplars are offered with a goal.

    The practice: a student sets goals in their own words; an English learner gets
    words to use.
    """
    goal = Goal(
        id="g1", student="ana", statement="Compare fractions", supports=SUPPORTS
    )
    assert goal.supports.word_bank == ("numerator", "denominator")
    assert from_dict(Goal, to_dict(goal)) == goal
    assert not Goal(id="g2", student="ana", statement="Read").supports


def test_a_reflection_carries_its_writing_supports_through_a_round_trip() -> None:
    """A portfolio reflection offers the same supports, and keeps them when saved."""
    reflection = tr.Reflection(text="I drew bars.", supports=SUPPORTS)
    assert reflection.supports.sentence_starters == ("My goal is to ... by ...",)
    assert from_dict(tr.Reflection, to_dict(reflection)) == reflection
    assert not tr.Reflection().supports


def test_supports_of_the_wrong_kind_are_refused_with_their_path() -> None:
    """A word list where the supports go is named by its field."""
    with pytest.raises(InvalidDataError) as caught:
        Goal(id="g", student="ana", statement="Read", supports=["word"])  # type: ignore[arg-type]
    assert paths(caught.value) == ["supports"]
    with pytest.raises(InvalidDataError) as caught:
        tr.Reflection(supports="words")  # type: ignore[arg-type]
    assert paths(caught.value) == ["supports"]


# Academic vocabulary.


def use(
    word: str, day: int, domain: tr.LanguageDomain, **more: object
) -> tr.VocabularyUse:
    return tr.VocabularyUse(
        word=word, used_on=date(2026, 10, day), domain=domain, **more
    )


WORDS = [tr.VocabularyWord(word="numerator"), tr.VocabularyWord(word="denominator")]


def test_uses_of_words_the_unit_does_not_list_are_refused_with_paths() -> None:
    """Every use names a word of the unit; repeated words and off-scale ratings too."""
    with pytest.raises(InvalidDataError) as caught:
        tr.VocabularyLog(
            unit="fractions",
            student="ana",
            words=[*WORDS, tr.VocabularyWord(word="Numerator")],
            uses=[
                use("numerator", 12, D.READING),
                use("fraction", 13, D.WRITING),
                use("denominator", 14, D.SPEAKING, rating=7),
            ],
        )
    assert paths(caught.value) == ["words[2]", "uses[1].word", "uses[2].rating"]
    assert "'fraction'" in str(caught.value)


def test_a_use_counts_at_least_once() -> None:
    """An "I used it" count is at least one."""
    with pytest.raises(InvalidDataError, match=r"times: must be at least 1"):
        use("numerator", 12, D.READING, times=0)


def test_summaries_say_how_often_where_and_when_each_word_was_used() -> None:
    """A word is tracked like a language domain: uses, domains, first and last day."""
    log = tr.VocabularyLog(
        unit="fractions",
        student="ana",
        words=WORDS,
        uses=[
            use("Numerator", 15, D.LISTENING, rating=3),
            use("numerator", 12, D.READING, times=2, rating=1),
            use("numerator", 13, D.WRITING),
            use("numerator", 14, D.SPEAKING),
            use("denominator", 14, D.SPEAKING, times=3),
        ],
    )
    numerator, denominator = tr.vocabulary_summaries(log)
    assert (numerator.word, numerator.uses, numerator.reports) == ("numerator", 5, 4)
    assert numerator.domains == tuple(D)
    assert numerator.all_domains
    assert numerator.missing_domains == ()
    assert (numerator.first_used, numerator.last_used) == (
        date(2026, 10, 12),
        date(2026, 10, 15),
    )
    assert numerator.mean_rating == 2
    assert denominator.domains == (D.SPEAKING,)
    assert not denominator.all_domains
    assert denominator.missing_domains == (D.READING, D.WRITING, D.LISTENING)
    assert denominator.mean_rating is None


@given(vocabulary_logs())
def test_summaries_account_for_every_use(log: tr.VocabularyLog) -> None:
    """One summary per listed word; together they count every use once."""
    summaries = tr.vocabulary_summaries(log)
    assert [s.word for s in summaries] == [w.word for w in log.words]
    assert sum(s.uses for s in summaries) == sum(u.times for u in log.uses)
    assert sum(s.reports for s in summaries) == len(log.uses)
    for summary in summaries:
        assert summary.all_domains == (set(summary.domains) == set(D))
        assert set(summary.domains) | set(summary.missing_domains) == set(D)
        assert (summary.first_used is None) == (summary.reports == 0)
        if summary.first_used is not None and summary.last_used is not None:
            assert summary.first_used <= summary.last_used
    assert from_dict(tr.VocabularyLog, to_dict(log)) == log


def test_vocabulary_summaries_refuse_what_is_not_a_log() -> None:
    """A list of uses is not a log."""
    with pytest.raises(ArgumentTypeError, match=r"^log: must be a VocabularyLog"):
        tr.vocabulary_summaries([])  # type: ignore[arg-type]


# The self-assessment conference's four language domains.


def ratings(*domains: tr.LanguageDomain, rating: float = 3) -> list[DomainRating]:
    return [DomainRating(domain=domain, rating=rating) for domain in domains]


def record(**more: object) -> ConferenceRecord:
    return ConferenceRecord(
        kind=ConferenceKind.SELF_ASSESSMENT,
        student="ana",
        held_on=HELD,
        attended=[ANA, OKAFOR],
        **more,  # type: ignore[arg-type]
    )


def test_an_english_learners_conference_records_all_four_domains() -> None:
    """An English learner's conference keeps a rating in each of the four domains.

    The practice: the self-assessment conference of an English learner covers
    reading, writing, speaking and listening.
    """
    kept = record(
        language_domains=[
            DomainRating(
                domain=D.SPEAKING, rating=2, teacher_rating=3, note="Explains steps"
            ),
            *ratings(D.READING, D.WRITING, D.LISTENING),
        ]
    )
    speaking = kept.domain_rating(D.SPEAKING)
    assert speaking is not None
    assert speaking.teacher_rating == 3
    assert from_dict(ConferenceRecord, to_dict(kept)) == kept
    assert record().domain_rating(D.READING) is None


def test_some_domains_without_the_others_are_refused() -> None:
    """All four are recorded when any is; each once; ratings on the scale."""
    with pytest.raises(InvalidDataError) as caught:
        record(language_domains=ratings(D.READING, D.READING, D.WRITING))
    assert paths(caught.value) == ["language_domains[1]", "language_domains"]
    assert "missing 'speaking', 'listening'" in str(caught.value)
    with pytest.raises(InvalidDataError) as caught:
        record(language_domains=ratings(*D, rating=5))
    assert paths(caught.value) == [f"language_domains[{i}].rating" for i in range(4)]


def test_a_conference_not_held_rates_no_domain() -> None:
    """A student-led conference without its student rated nothing."""
    with pytest.raises(InvalidDataError) as caught:
        ConferenceRecord(
            kind=ConferenceKind.STUDENT_LED_FIRST,
            student="ana",
            held_on=HELD,
            attended=[OKAFOR],
            outcome=ConferenceOutcome.STUDENT_ABSENT,
            language_domains=ratings(*D),
        )
    assert paths(caught.value) == ["language_domains"]


def test_record_from_agenda_keeps_the_domains_on_their_scale() -> None:
    """The record started from an agenda keeps the ratings, on the faces if chosen."""
    agenda = STUDENT_LED_FIRST.agenda(student="ana", participants=[ANA, OKAFOR])
    kept = record_from_agenda(
        agenda,
        held_on=HELD,
        language_domains=ratings(*D, rating=1),
        domain_scale=sa.THREE_FACES,
    )
    assert [r.domain for r in kept.language_domains] == list(D)
    assert kept.domain_scale == sa.THREE_FACES
    with pytest.raises(ArgumentTypeError, match=r"language_domains: must be a list"):
        record_from_agenda(agenda, held_on=HELD, language_domains="reading")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"must rate all four domains"):
        record_from_agenda(agenda, held_on=HELD, language_domains=ratings(D.READING))


@given(records_with_domains())
def test_every_record_rates_none_or_all_four_domains(kept: ConferenceRecord) -> None:
    """A record's domains are all four, once each, or none."""
    domains = [r.domain for r in kept.language_domains]
    assert sorted(d.value for d in domains) in ([], sorted(d.value for d in D))
    assert not domains or kept.held
    if domains:
        dropped = attrs.evolve(kept.language_domains[0], domain=domains[1])
        with pytest.raises(InvalidDataError):
            attrs.evolve(kept, language_domains=[dropped, *kept.language_domains[1:]])


# On-task goals in a child's words.

PLAN = tr.IntervalPlan(start_minutes=10, maximum_minutes=30)


def raising_history() -> tr.OnTaskHistory:
    # Ratings 3, 3, 1, 2, 4: 3 of 5 on task, so the goal aims for 7 in 10; no
    # three on task in a row, so the intervals stay at 10 minutes.
    day = tr.OnTaskSession(
        id="mon",
        student="ana",
        held_on=date(2026, 10, 12),
        intervals=[tr.Interval(minutes=10, rating=r) for r in (3, 3, 1, 2, 4)],
    )
    return tr.OnTaskHistory(student="ana", plan=PLAN, sessions=[day])


@pytest.mark.parametrize(
    ("language", "statement"),
    [
        (None, "I will be on task in 7 of my 10 work times (10 minutes each)."),
        (
            "es",
            "Voy a trabajar en mi tarea en 7 de mis 10 momentos de trabajo "
            "(de 10 minutos cada uno).",
        ),
        (
            ARABIC,
            "سأحافظ على انتباهي لعملي في 7 من 10 من أوقات عملي (مدة كل منها 10 دقيقة).",
        ),
    ],
)
def test_a_childs_on_task_goal_reads_as_work_times(
    language: str | None, statement: str
) -> None:
    """A child's on-task goal counts work times, in their language; never a percent.

    The practice's work-habit goal is the child's own: "7 of my 10 work times",
    not "70 % of my intervals"; the teacher keeps the share.
    """
    summary = tr.summarize_on_task(raising_history(), language=language)
    assert summary.goal.statement == statement
    assert summary.goal.target_share == pytest.approx(0.7)
    assert summary.latest_share == pytest.approx(0.6)


@given(histories(), st.sampled_from([None, "es", "ar"]))
def test_no_percentage_reaches_a_child(
    history: tr.OnTaskHistory, language: str | None
) -> None:
    """Whatever the data, the goal's statement counts work times, never a percent."""
    statement = tr.summarize_on_task(history, language=language).goal.statement
    assert "%" not in statement


@given(st.fractions(min_value=0, max_value=1, max_denominator=40))
def test_work_times_never_ask_for_less_than_the_share(share: Fraction) -> None:
    """A count of work times is the share exactly, or just above it; tenths by ten."""
    count, total = tr.work_times(float(share))
    assert 0 <= count <= total
    assert 1 <= total <= 20
    assert Fraction(count, total) >= share - Fraction(1, 10**9)
    if (share * 10).denominator == 1:
        assert (count, total) == (share * 10, 10)


def test_summary_refuses_a_language_of_the_wrong_kind_or_unknown() -> None:
    """A language is a tag, a catalog or None; a tag no catalog has is not found."""
    with pytest.raises(ArgumentTypeError, match=r"^language: must be a language tag"):
        tr.summarize_on_task(raising_history(), language=3)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        tr.summarize_on_task(raising_history(), language="xx")


def test_the_supports_messages_are_translated() -> None:
    """Every supports message has its own Spanish and Arabic wording."""
    ids = [key for key in message_ids() if key.startswith("supports.")]
    assert ids
    for catalog in (SPANISH, ARABIC):
        assert all(catalog.has(key) for key in ids)
    letters = [SPANISH.text(f"supports.domain.{domain.value}.letter") for domain in D]
    assert len(set(letters)) == 4
