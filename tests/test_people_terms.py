"""People, roles, terms and school years."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given

from selfassess import Person, Role, SchoolYear, Term, TermName
from selfassess.errors import InvalidDataError, NotFoundError

from strategies import school_years, terms


def test_person() -> None:
    """A person has a role and, optionally, the language they prefer."""
    parent = Person(id="p1", name="Rosa Díaz", role=Role.FAMILY, language="es")
    assert parent.role is Role.FAMILY
    with pytest.raises(
        InvalidDataError,
        match=r"^role: must be a Role \('student', 'teacher', 'family', 'peer', 'specialist'\) \(got 'parent'\)$",
    ):
        Person(id="p1", name="Rosa", role="parent")  # type: ignore[arg-type]


def test_term_dates() -> None:
    """A term ends on or after its start; both days belong to it."""
    fall = Term(
        name=TermName.FALL, starts_on=date(2026, 8, 24), ends_on=date(2026, 11, 20)
    )
    assert date(2026, 8, 24) in fall
    assert date(2026, 11, 20) in fall
    assert date(2026, 11, 21) not in fall
    assert fall.days == 89
    with pytest.raises(
        InvalidDataError,
        match=r"^ends_on: must not be before starts_on \(2026-08-24\) \(got 2026-08-23\)$",
    ):
        Term(name=TermName.FALL, starts_on=date(2026, 8, 24), ends_on=date(2026, 8, 23))


def test_school_year_terms_do_not_overlap_or_repeat() -> None:
    """Terms come in order, apart, each name once."""
    fall = Term(
        name=TermName.FALL, starts_on=date(2026, 8, 24), ends_on=date(2026, 11, 20)
    )
    overlapping = Term(
        name=TermName.WINTER, starts_on=date(2026, 11, 20), ends_on=date(2027, 3, 1)
    )
    with pytest.raises(
        InvalidDataError,
        match=r"^terms\[1\]\.starts_on: must be after the term before it ends",
    ):
        SchoolYear(label="2026-27", terms=[fall, overlapping])
    again = Term(
        name=TermName.FALL, starts_on=date(2027, 1, 4), ends_on=date(2027, 3, 1)
    )
    with pytest.raises(
        InvalidDataError,
        match=r"^terms\[1\]: term 'fall' is already used at terms\[0\]$",
    ):
        SchoolYear(label="2026-27", terms=[fall, again])
    year = SchoolYear(label="2026-27", terms=[fall])
    assert year.term(TermName.FALL) is fall
    with pytest.raises(
        NotFoundError, match=r"^the school year '2026-27' has no spring term$"
    ):
        year.term(TermName.SPRING)


@given(year=school_years())
def test_each_day_of_a_term_finds_that_term(year: SchoolYear) -> None:
    """term_on finds the term for its first and last day."""
    for term in year.terms:
        assert year.term_on(term.starts_on) is term
        assert year.term_on(term.ends_on) is term


@given(term=terms())
def test_term_length(term: Term) -> None:
    """A term spans at least one day."""
    assert term.days >= 1
