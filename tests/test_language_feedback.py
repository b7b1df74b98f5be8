"""Talking points in a family's or a student's language, leveled by WIDA level.

The talking points are the feedback itself: a self-assessment conference talks over
where the student's ratings and the teacher's differ, and a student-led conference
over a self-report card's grade that does not follow its "can do" statements
(DESIGN.md, "The classroom practice it models"). An English learner needs them in
simpler words, a family in its language, and a child reads a standard by its words.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.language import ENGLISH, Proficiency, WidaLevel, english_messages
from selfassess.rubrics import (
    COLLABORATION,
    Assessment,
    CardEntry,
    CardTalkingPoint,
    Comparison,
    Rating,
    SelfReportCard,
    TalkingPoint,
    TalkingPointKind,
    compare,
    self_report_card,
)
from selfassess.serialize import from_dict, to_dict
from strategies_rubrics import card_talking_points, pairs_of_assessments

FALL = sa.TermName.FALL
MATH = "math-problem-solving"
LEVEL_2 = "I can solve a problem with a model."
LEVEL_3 = "I can solve problems and show my steps."
STATEMENT = "I can solve problems and explain my thinking."


def _filled(id: str, role: sa.Role, levels: list[int]) -> Assessment:
    return Assessment(
        id=id,
        rubric=COLLABORATION,
        student="ana",
        rater="ana" if role is sa.Role.STUDENT else "okafor",
        role=role,
        assessed_on=date(2026, 10, 2),
        ratings=[
            Rating(criterion=criterion.id, level=level)
            for criterion, level in zip(COLLABORATION.criteria, levels, strict=True)
        ],
    )


MINE = _filled("s1", sa.Role.STUDENT, [1, 4, 4, 2])
THEIRS = _filled("t1", sa.Role.TEACHER, [3, 3, 4, 2])
"""Harder on themselves, an over-estimate, a shared strength, a shared next step."""


def _card(grade: float, *can_do: str) -> SelfReportCard:
    return self_report_card("card", "ana").with_entry(
        CardEntry(
            subject="math", standard=MATH, term=FALL, can_do=can_do, self_grade=grade
        )
    )


CARD_POINTS = (
    _card(4, LEVEL_2).talking_points()[0],  # above
    _card(2, LEVEL_2, LEVEL_3).talking_points()[0],  # below
    _card(3).talking_points()[0],  # nothing highlighted
)


def test_the_comparison_writes_every_kind_of_point() -> None:
    """The fixtures cover every kind of talking point."""
    kinds = {point.kind for point in compare(MINE, THEIRS).talking_points}
    assert kinds == set(TalkingPointKind)


def test_every_kind_of_point_has_simpler_english_and_translations() -> None:
    """Every talking point's message has beginning and intermediate wordings."""
    messages = english_messages()
    keys = [f"feedback.compare.{kind.value}" for kind in TalkingPointKind]
    keys += ["feedback.card.none", "feedback.card.above", "feedback.card.below"]
    for key in keys:
        for band in ("beginning", "intermediate"):
            leveled = messages[f"{key}@{band}"]
            assert len(leveled) < len(messages[key]), key
            assert leveled.count(".") + leveled.count("!") + leveled.count("?") <= 3


@pytest.mark.parametrize("language", [None, "en", "es", "ar"])
def test_an_emerging_student_gets_the_beginning_wording(language: str | None) -> None:
    """WIDA levels 1-2 read the simplest wording of every talking point.

    Before, a talking point had one wording and no ``text_in``.
    """
    for point in [*compare(MINE, THEIRS).talking_points, *CARD_POINTS]:
        beginning = point.text_in(language=language, level=Proficiency.BEGINNING)
        for wida in (WidaLevel.ENTERING, WidaLevel.EMERGING):
            assert point.text_in(language=language, level=wida) == beginning
        full = point.text_in(language=language)
        assert beginning != full
        assert len(beginning) < len(full)


def test_leveled_english_of_a_comparison() -> None:
    """The simplest wording keeps the teacher's words and says one thing."""
    points = {p.kind: p for p in compare(MINE, THEIRS).talking_points}
    praise = points[TalkingPointKind.PRAISE]
    assert praise.text_in(level=WidaLevel.EMERGING) == (
        f"{praise.title}: you are good at this. Well done!"
    )
    harder = points[TalkingPointKind.HARDER_ON_THEMSELVES]
    assert harder.text_in(level=WidaLevel.DEVELOPING) == (
        f"{harder.title}: you said {harder.self_label}. Your work shows "
        f"{harder.teacher_label}. What did you do well?"
    )


def test_the_comparison_in_spanish_and_arabic_in_one_call() -> None:
    """``compare(..., language=, level=)`` writes every point in that language."""
    spanish = compare(MINE, THEIRS, language="es")
    arabic = compare(MINE, THEIRS, language="ar", level=WidaLevel.EMERGING)
    english = compare(MINE, THEIRS)
    for es, ar, en in zip(
        spanish.talking_points,
        arabic.talking_points,
        english.talking_points,
        strict=True,
    ):
        assert es.text == en.text_in(language="es")
        assert ar.text == en.text_in(language="ar", level=WidaLevel.EMERGING)
        assert es.text != en.text
        assert en.title is not None
        assert es.text.startswith(en.title)  # the teacher's words, as written
        assert any("\u0600" <= char <= "\u06ff" for char in ar.text)
    praise = next(
        p for p in spanish.talking_points if p.kind is TalkingPointKind.PRAISE
    )
    assert praise.text.endswith("¡Muy bien!")


def test_english_is_unchanged_without_a_language() -> None:
    """No language, no level: the same English as before, word for word."""
    points = {p.kind: p for p in compare(MINE, THEIRS).talking_points}
    praise = points[TalkingPointKind.PRAISE]
    assert praise.text == (
        f"{praise.title}: we agree this is a strength, at {praise.teacher_label}. "
        "Well done!"
    )
    for point in points.values():
        assert point.text_in() == point.text
        assert point.text_in(language="en") == point.text
    above = CARD_POINTS[0]
    assert above.message == (
        f'Math, "{STATEMENT}" (fall): you gave yourself 4 (Advanced), but the '
        "highest can-do statement you highlighted is at level 2 (Partially "
        "proficient). Which statements does your work show?"
    )
    for point in CARD_POINTS:
        assert point.text_in() == point.message
        assert point.text_in(language=ENGLISH) == point.message


def test_a_card_point_in_spanish_and_arabic() -> None:
    """The term and the built-in scale's labels are translated.

    The standard's statement, the teacher's words, stays as written.
    """
    above = CARD_POINTS[0]
    spanish = above.text_in(language="es")
    assert spanish.startswith(f"Math, «{STATEMENT}» (otoño): te pusiste 4 (Avanzado)")
    assert "2 (Parcialmente competente)" in spanish
    arabic = above.text_in(language="ar")
    assert "الخريف" in arabic
    assert "متقدّم" in arabic
    assert STATEMENT in arabic
    card = _card(4, LEVEL_2)
    (in_one_call,) = card.talking_points(language="es", level=WidaLevel.ENTERING)
    assert in_one_call.message == above.text_in(
        language="es", level=Proficiency.BEGINNING
    )
    assert (
        in_one_call.message
        == f"«{STATEMENT}»: te pusiste 4 (Avanzado). Muéstrame el trabajo."
    )


def test_a_card_point_names_the_standard_by_its_words_at_every_level() -> None:
    """A child reads a standard by its statement, never by its code."""
    for point in CARD_POINTS:
        for language in (None, "es", "ar"):
            for level in (None, *Proficiency):
                text = point.text_in(language=language, level=level)
                assert STATEMENT in text
                assert MATH not in text


def test_a_point_written_by_hand_is_given_as_written() -> None:
    """A point a user wrote with only its text has no words to write it again from."""
    own = TalkingPoint(
        kind=TalkingPointKind.PRAISE, criterion="voice", steps=0, text="Great voice!"
    )
    assert own.text_in(language="es", level=WidaLevel.ENTERING) == "Great voice!"
    card_own = CardTalkingPoint(
        subject="math", standard="nf", term=FALL, self_grade=4, message="Look again."
    )
    assert card_own.text_in(language="ar", level=Proficiency.BEGINNING) == "Look again."


def test_a_points_words_go_together() -> None:
    """A point with some of its words but not all is refused, naming what is missing."""
    with pytest.raises(InvalidDataError, match=r"self_label: must be given with title"):
        TalkingPoint(
            kind=TalkingPointKind.PRAISE,
            criterion="voice",
            steps=0,
            text="Voice: well done!",
            title="Voice",
        )
    with pytest.raises(InvalidDataError, match=r"scale: must be given with"):
        attrs.evolve(CARD_POINTS[0], scale=None)


def test_text_in_refuses_arguments_of_the_wrong_kind() -> None:
    """A level that is not a proficiency, or an unknown language, is named."""
    point = compare(MINE, THEIRS).talking_points[0]
    for item in (point, CARD_POINTS[0]):
        with pytest.raises(ArgumentTypeError, match=r"^level: must be a Proficiency"):
            item.text_in(level="beginning")  # type: ignore[arg-type]
        with pytest.raises(ArgumentTypeError, match=r"^language: "):
            item.text_in(language=2)  # type: ignore[arg-type]
        with pytest.raises(NotFoundError, match="no catalog has the language"):
            item.text_in(language="xx")
    with pytest.raises(ArgumentTypeError, match=r"^level: "):
        compare(MINE, THEIRS, level=2)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^level: "):
        _card(4, LEVEL_2).talking_points(level="x")  # type: ignore[arg-type]


def test_points_round_trip_and_still_translate() -> None:
    """A point read back from a document keeps its words, and so its languages."""
    comparison = compare(MINE, THEIRS)
    again = from_dict(Comparison, to_dict(comparison))
    assert again == comparison
    for before, after in zip(
        comparison.talking_points, again.talking_points, strict=True
    ):
        assert after.text_in(language="ar") == before.text_in(language="ar")
    for point in CARD_POINTS:
        read = from_dict(CardTalkingPoint, to_dict(point))
        assert read == point
        assert read.text_in(language="es", level=WidaLevel.BRIDGING) == (
            point.text_in(language="es", level=WidaLevel.BRIDGING)
        )


@given(
    pairs_of_assessments(),
    st.sampled_from([None, "es", "ar"]),
    st.sampled_from([None, *WidaLevel]),
)
def test_text_in_is_what_compare_writes(
    pair: tuple[Assessment, Assessment],
    language: str | None,
    level: WidaLevel | None,
) -> None:
    """A point's ``text_in`` is the text ``compare`` writes for that language."""
    english = compare(*pair)
    asked = compare(*pair, language=language, level=level)
    for point, written in zip(
        english.talking_points, asked.talking_points, strict=True
    ):
        assert point.text_in(language=language, level=level) == written.text


@given(card_talking_points(), st.sampled_from([None, "es", "ar"]))
def test_any_card_point_has_a_text_in_every_language(
    point: CardTalkingPoint, language: str | None
) -> None:
    """Every point, with its words or without, reads in every shipped language."""
    for level in (None, *Proficiency):
        text = point.text_in(language=language, level=level)
        assert text
        if point.statement is None:
            assert text == point.message
        elif level is not None or language is not None:
            assert point.statement in text
