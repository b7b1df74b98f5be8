"""Terms of a school year: fall, winter and spring, with their dates."""

from __future__ import annotations

import enum
from datetime import date, datetime

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import NotFoundError

__all__ = ["SchoolYear", "Term", "TermName"]


class TermName(enum.Enum):
    """The name of a term. Self-report cards and goal reviews are kept per term."""

    FALL = "fall"
    """The first term."""
    WINTER = "winter"
    """The second term."""
    SPRING = "spring"
    """The third term."""
    SUMMER = "summer"
    """A summer session, where a school has one."""


@attrs.frozen(kw_only=True)
class Term:
    """One term, from its first day to its last, both included.

    Attributes:
        name: Which term it is.
        starts_on: Its first day.
        ends_on: Its last day; not before ``starts_on``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    name: TermName
    starts_on: date
    ends_on: date

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("name", self.name, TermName)
        days = check.day("starts_on", self.starts_on) & check.day(
            "ends_on", self.ends_on
        )
        if days and self.ends_on < self.starts_on:
            check.add(
                "ends_on",
                f"must not be before starts_on ({self.starts_on.isoformat()}) "
                f"(got {self.ends_on.isoformat()})",
            )
        check.done()

    def __contains__(self, day: object) -> bool:
        # A datetime is a date too, but Python refuses to compare the two.
        if not isinstance(day, date) or isinstance(day, datetime):
            return False
        return self.starts_on <= day <= self.ends_on

    @property
    def days(self) -> int:
        """How many calendar days the term spans, both ends included."""
        return (self.ends_on - self.starts_on).days + 1


@attrs.frozen(kw_only=True)
class SchoolYear:
    """A school year: its terms in order, none overlapping and no name twice.

    Attributes:
        label: The year's name, such as ``"2026-27"``.
        terms: Its terms, in calendar order; at least one.

    Raises:
        InvalidDataError: If the terms overlap, are out of order or repeat a name.

    Example:
        >>> from datetime import date
        >>> from selfassess import SchoolYear, Term, TermName
        >>> year = SchoolYear(label="2026-27", terms=[
        ...     Term(name=TermName.FALL, starts_on=date(2026, 8, 24),
        ...          ends_on=date(2026, 11, 20)),
        ...     Term(name=TermName.WINTER, starts_on=date(2026, 11, 30),
        ...          ends_on=date(2027, 3, 5)),
        ... ])
        >>> year.term_on(date(2026, 12, 1)).name.value
        'winter'
        >>> year.term_on(date(2026, 11, 25)) is None
        True
    """

    __repr__ = short_repr

    label: str
    terms: tuple[Term, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.text("label", self.label)
        if check.items("terms", self.terms, Term, non_empty=True):
            check.unique("terms", self.terms, lambda term: term.name.value, "term")
            for index in range(1, len(self.terms)):
                before, term = self.terms[index - 1], self.terms[index]
                if term.starts_on <= before.ends_on:
                    check.add(
                        f"terms[{index}].starts_on",
                        f"must be after the term before it ends "
                        f"({before.ends_on.isoformat()}) "
                        f"(got {term.starts_on.isoformat()})",
                    )
        check.done()

    def term_on(self, day: date) -> Term | None:
        """Return the term that *day* falls in, or ``None`` between terms.

        Raises:
            ArgumentTypeError: If *day* is not a date.
        """
        check = Arguments()
        check.day("day", day)
        check.done()
        for term in self.terms:
            if day in term:
                return term
        return None

    def term(self, name: TermName) -> Term:
        """Return the term with this name.

        Raises:
            ArgumentTypeError: If *name* is not a `TermName`.
            NotFoundError: If the year has no such term.
        """
        check = Arguments()
        check.member("name", name, TermName)
        check.done()
        for term in self.terms:
            if term.name is name:
                return term
        message = f"the school year {shown(self.label)} has no {name.value} term"
        raise NotFoundError(message, key=name)
