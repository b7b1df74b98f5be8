"""selfassess.rubrics self-report cards: the template, entries, checks and pairs."""

from __future__ import annotations

import pytest
from hypothesis import given

import selfassess as sa
from selfassess.errors import InvalidDataError
from selfassess.rubrics import (
    CardEntry,
    CardStandard,
    CardSubject,
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
