"""selfassess.rubrics self-report cards: the template, entries, checks and pairs."""

from __future__ import annotations

import pytest
from hypothesis import given

import selfassess as sa
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.rubrics import (
    CardBenchmark,
    CardEntry,
    CardStandard,
    CardSubject,
    CardTalkingPoint,
    Descriptor,
    SelfReportCard,
    bias,
    self_report_card,
)
from strategies_rubrics import self_report_cards

FALL, WINTER, SUMMER = sa.TermName.FALL, sa.TermName.WINTER, sa.TermName.SUMMER


def test_template_has_the_practice_subjects_and_terms() -> None:
    """Reading, writing, math, social studies, science, work habits; fall to spring."""
    card = self_report_card("card", "ana")
    assert [subject.title for subject in card.subjects] == [
        "Reading",
        "Writing",
        "Math",
        "Social studies",
        "Science",
        "Work habits and social skills",
    ]
    assert card.terms == (FALL, WINTER, sa.TermName.SPRING)
    assert card.scale == sa.FOUR_POINT
    assert card.entries == ()
    for subject in card.subjects:
        for standard in subject.standards:
            assert [d.level for d in standard.descriptors] == [1, 2, 3, 4]
            assert len(standard.can_do) == 3


def test_entries_are_added_replaced_and_paired() -> None:
    """A later entry for the same standard and term replaces the earlier one."""
    card = self_report_card("card", "ana")
    card = card.with_entry(
        CardEntry(
            subject="math", standard="math-problem-solving", term=FALL, self_grade=4
        )
    )
    card = card.with_entry(
        CardEntry(
            subject="math",
            standard="math-problem-solving",
            term=FALL,
            self_grade=3,
            teacher_grade=2,
            rationale="I show my steps.",
        )
    )
    card = card.with_entry(
        CardEntry(
            subject="reading",
            standard="reading-comprehension",
            term=WINTER,
            self_grade=2,
            teacher_grade=3,
        )
    )
    entry = card.entry("math", "math-problem-solving", FALL)
    assert entry is not None
    assert entry.self_grade == 3
    assert card.entry("math", "math-problem-solving", WINTER) is None
    assert card.paired_grades(FALL) == ((3.0,), (2.0,))
    assert card.paired_grades() == ((3.0, 2.0), (2.0, 3.0))
    assert bias(*card.paired_grades()) == 0.0


def test_entries_are_checked_against_the_card() -> None:
    """Unknown subjects, standards, terms, levels and statements are all reported."""
    card = self_report_card("card", "ana")
    with pytest.raises(InvalidDataError) as caught:
        SelfReportCard(
            id="card",
            student="ana",
            subjects=card.subjects,
            entries=[
                CardEntry(subject="art", standard="x", term=FALL),
                CardEntry(subject="math", standard="x", term=FALL),
                CardEntry(
                    subject="math",
                    standard="math-problem-solving",
                    term=SUMMER,
                    self_grade=5,
                    can_do=["I can fly."],
                ),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "entries[0].subject: must be the id of a subject of the card (got 'art')",
        "entries[1].standard: must be the id of a standard of 'math' (got 'x')",
        "entries[2].term: must be a term of the card (got 'summer')",
        "entries[2].self_grade: must be the points of a level of 'four-point' (got 5)",
        "entries[2].can_do[0]: must be a can-do statement of 'math-problem-solving' "
        "(got 'I can fly.')",
    ]
    with pytest.raises(
        InvalidDataError,
        match=r"entries\[1\]: subject, standard and term \('math', 's', 'fall'\) is "
        r"already used at entries\[0\]",
    ):
        SelfReportCard(
            id="card",
            student="ana",
            subjects=[
                CardSubject(
                    id="math",
                    title="Math",
                    standards=[CardStandard(id="s", statement="S")],
                )
            ],
            entries=[
                CardEntry(subject="math", standard="s", term=FALL),
                CardEntry(subject="math", standard="s", term=FALL, self_grade=2),
            ],
        )
    with pytest.raises(InvalidDataError, match=r"^standards: must not be empty$"):
        CardSubject(id="math", title="Math", standards=[])


@given(card=self_report_cards())
def test_paired_grades_are_equal_length_and_on_the_scale(card: SelfReportCard) -> None:
    """Paired grades line up, one pair per entry with both grades, all on the scale."""
    mine, theirs = card.paired_grades()
    assert len(mine) == len(theirs)
    both = [
        e
        for e in card.entries
        if e.self_grade is not None and e.teacher_grade is not None
    ]
    assert len(mine) == len(both)
    levels = {level.points for level in card.scale.levels}
    assert set(mine) | set(theirs) <= levels
    assert sum(len(card.paired_grades(term)[0]) for term in card.terms) == len(mine)


MATH = "math-problem-solving"
LEVEL_2 = "I can solve a problem with a model."
LEVEL_3 = "I can solve problems and show my steps."
LEVEL_4 = "I can solve problems more than one way and explain why."


def _graded(grade: float, *can_do: str, term: sa.TermName = FALL) -> SelfReportCard:
    return self_report_card("card", "ana").with_entry(
        CardEntry(
            subject="math",
            standard=MATH,
            term=term,
            can_do=list(can_do),
            self_grade=grade,
        )
    )


def test_a_grade_above_the_highlighted_statements_is_a_talking_point() -> None:
    """A 4 with only a level-2 statement highlighted is flagged, not refused.

    The practice: the self-report card's grade follows its criteria (the 4-point
    descriptors and "can do" statements the student highlights); a mismatch is for
    the student-led conference to talk over, and the student's grade stands.
    """
    card = _graded(4, LEVEL_2)
    assert card.entry("math", MATH, FALL) is not None  # accepted, grade kept
    (point,) = card.talking_points()
    assert (point.subject, point.standard, point.term) == ("math", MATH, FALL)
    assert (point.self_grade, point.can_do_level) == (4.0, 2.0)
    assert point.above
    assert "4 (Advanced)" in point.message
    assert "level 2 (Partially proficient)" in point.message


def test_a_grade_below_the_highlighted_statements_is_a_talking_point_too() -> None:
    """A 2 beside a level-3 statement: the highlights show more than the grade."""
    (point,) = _graded(2, LEVEL_2, LEVEL_3).talking_points()
    assert (point.self_grade, point.can_do_level) == (2.0, 3.0)
    assert not point.above
    assert "could the grade go up?" in point.message


def test_grades_that_follow_the_highlights_give_no_talking_point() -> None:
    """The highest highlighted level counts; the lowest level needs no statement."""
    assert _graded(4, LEVEL_2, LEVEL_4).talking_points() == ()
    assert _graded(3, LEVEL_3).talking_points() == ()
    assert _graded(1).talking_points() == ()
    ungraded = self_report_card("card", "ana").with_entry(
        CardEntry(subject="math", standard=MATH, term=FALL, can_do=[LEVEL_4])
    )
    assert ungraded.talking_points() == ()


def test_a_grade_with_nothing_highlighted_is_a_talking_point() -> None:
    """A 3 with no statement highlighted has nothing on the card behind it."""
    (point,) = _graded(3).talking_points()
    assert point.can_do_level is None
    assert point.above
    assert "highlighted no can-do statement" in point.message


def test_talking_points_by_term() -> None:
    """Only the term asked for; a term that is not a TermName is refused."""
    card = _graded(4, LEVEL_2).with_entry(
        CardEntry(subject="math", standard=MATH, term=WINTER, self_grade=2)
    )
    assert [p.term for p in card.talking_points()] == [FALL, WINTER]
    assert [p.term for p in card.talking_points(WINTER)] == [WINTER]
    with pytest.raises(ArgumentTypeError, match="term: must be a TermName"):
        card.talking_points("fall")  # type: ignore[arg-type]


def test_a_talking_point_is_a_mismatch() -> None:
    """A talking point whose level equals the grade is no talking point."""
    with pytest.raises(InvalidDataError, match="can_do_level: must differ from"):
        CardTalkingPoint(
            subject="math",
            standard=MATH,
            term=FALL,
            self_grade=3,
            can_do_level=3,
            message="x",
        )


@given(card=self_report_cards())
def test_talking_points_are_the_grades_that_differ_from_the_highlights(
    card: SelfReportCard,
) -> None:
    """One point per graded entry whose grade differs from its highest highlight."""
    lowest = min(level.points for level in card.scale.levels)
    expected = []
    for entry in card.entries:
        if entry.self_grade is None:
            continue
        subject = card.subject(entry.subject)
        assert subject is not None
        standard = subject.standard(entry.standard)
        assert standard is not None
        levels = [
            d.level
            for d in standard.descriptors_in(entry.term)
            if set(d.can_do) & set(entry.can_do)
        ]
        highest = max(levels, default=None)
        if highest is None and entry.self_grade == lowest:
            continue
        if highest != entry.self_grade:
            expected.append((entry.subject, entry.standard, entry.term, highest))
    points = card.talking_points()
    assert [(p.subject, p.standard, p.term, p.can_do_level) for p in points] == expected
    for point in points:
        assert f"{point.self_grade:g}" in point.message


def _by_term(**statements: str) -> CardStandard:
    return CardStandard(
        id="nf",
        statement="I can work with fractions.",
        benchmarks=[
            CardBenchmark(
                term=sa.TermName(term),
                descriptors=[Descriptor(level=3, can_do=[text])],
            )
            for term, text in statements.items()
        ],
    )


def _card(standard: CardStandard, terms: list[sa.TermName]) -> SelfReportCard:
    return self_report_card(
        "card",
        "ana",
        subjects=[CardSubject(id="math", title="Math", standards=[standard])],
        terms=terms,
    )


def test_the_card_takes_the_terms_benchmarks() -> None:
    """Each term's entry is checked against that term's "can do" statements.

    The practice: the self-report card holds the district's standards per subject
    and term, and the standards change from fall to winter to spring.
    """
    standard = _by_term(
        fall="I can name unit fractions.",
        winter="I can compare fractions.",
        spring="I can add fractions.",
    )
    assert standard.can_do_in(WINTER) == ("I can compare fractions.",)
    card = _card(standard, [FALL, WINTER, sa.TermName.SPRING])
    card = card.with_entry(
        CardEntry(
            subject="math",
            standard="nf",
            term=WINTER,
            can_do=["I can compare fractions."],
            self_grade=3,
        )
    )
    assert card.talking_points() == ()
    with pytest.raises(
        InvalidDataError,
        match=r"entries\[1\]\.can_do\[0\]: must be a can-do statement of 'nf' in "
        r"spring \(got 'I can compare fractions\.'\)",
    ):
        card.with_entry(
            CardEntry(
                subject="math",
                standard="nf",
                term=sa.TermName.SPRING,
                can_do=["I can compare fractions."],
            )
        )


def test_year_round_statements_hold_in_every_benchmarked_term() -> None:
    """The year's descriptors join each term's, level by level, year's first."""
    standard = CardStandard(
        id="nf",
        statement="I can work with fractions.",
        descriptors=[
            Descriptor(level=2, can_do=["I can explain my thinking."]),
            Descriptor(level=3, can_do=["I can check my answer."]),
        ],
        benchmarks=[
            CardBenchmark(
                term=term,
                descriptors=[
                    Descriptor(level=3, can_do=[text, "I can check my answer."])
                ],
            )
            for term, text in [
                (FALL, "I can name unit fractions."),
                (WINTER, "I can compare fractions."),
            ]
        ],
    )
    assert [(d.level, d.can_do) for d in standard.descriptors_in(FALL)] == [
        (2.0, ("I can explain my thinking.",)),
        (3.0, ("I can check my answer.", "I can name unit fractions.")),
    ]
    assert standard.can_do_in(WINTER) == (
        "I can explain my thinking.",
        "I can check my answer.",
        "I can compare fractions.",
    )
    card = _card(standard, [FALL, WINTER]).with_entry(
        CardEntry(
            subject="math",
            standard="nf",
            term=FALL,
            can_do=["I can explain my thinking."],
            self_grade=3,
        )
    )
    [point] = card.talking_points()
    assert (point.can_do_level, point.self_grade) == (2.0, 3.0)


def test_a_term_without_a_benchmark_is_refused_with_its_path() -> None:
    """A standard with benchmarks needs one for every term of its card."""
    standard = _by_term(fall="I can name unit fractions.")
    assert _card(standard, [FALL]).terms == (FALL,)
    with pytest.raises(InvalidDataError) as caught:
        _card(standard, [FALL, WINTER, sa.TermName.SPRING])
    assert [str(problem) for problem in caught.value.problems] == [
        "subjects[0].standards[0].benchmarks: must have a benchmark for every term "
        "of the card: none for winter, spring (got fall)"
    ]
    with pytest.raises(NotFoundError, match="'nf' has no benchmark for the winter"):
        standard.descriptors_in(WINTER)
    assert standard.benchmark(WINTER) is None


def test_benchmarks_are_checked() -> None:
    """One benchmark per term; its levels are levels of the card's scale."""
    with pytest.raises(InvalidDataError, match=r"benchmarks\[1\]: term 'fall'"):
        CardStandard(
            id="nf",
            statement="S",
            benchmarks=[
                CardBenchmark(term=FALL, descriptors=[]),
                CardBenchmark(term=FALL, descriptors=[]),
            ],
        )
    with pytest.raises(InvalidDataError, match=r"descriptors\[0\]\.level: must be"):
        CardBenchmark(term=FALL, descriptors=[Descriptor(description="x")])
    standard = CardStandard(
        id="nf",
        statement="S",
        benchmarks=[CardBenchmark(term=FALL, descriptors=[Descriptor(level=7)])],
    )
    with pytest.raises(
        InvalidDataError,
        match=r"subjects\[0\]\.standards\[0\]\.benchmarks\[0\]\.descriptors"
        r"\[0\]\.level: must be the points of a level of 'four-point' \(got 7\)",
    ):
        _card(standard, [FALL])


def test_the_printed_card_shows_the_terms_statements() -> None:
    """The self-report card form lists the chosen term's benchmark statements."""
    from selfassess.render import self_report_card_form

    standard = _by_term(fall="I can name unit fractions.", winter="I can compare.")
    card = _card(standard, [FALL, WINTER])
    page = self_report_card_form(card, term=WINTER)
    assert "I can compare." in page
    assert "I can name unit fractions." not in page
