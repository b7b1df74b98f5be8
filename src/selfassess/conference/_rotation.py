"""The rotation: which students to confer with next.

Students never conferenced come first, then those the longest since their last
conference, then those with the most need; the student id settles any tie.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, number_field

__all__ = ["RotationEntry", "rotation_order"]


@attrs.frozen(kw_only=True)
class RotationEntry:
    """A student's place in the conference rotation.

    Attributes:
        student: The student's id.
        last_conference: The day of their last conference; ``None`` if never.
        need: How much they need a conference, higher first (such as the number
            of standards below mastery); finite, at least 0.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    last_conference: date | None = None
    need: float = number_field(minimum=0, default=0.0)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.optional_day("last_conference", self.last_conference)
        check.declared(self)
        check.done()


def rotation_order(entries: Iterable[RotationEntry], *, as_of: date) -> tuple[str, ...]:
    """Order students for conferences: longest since the last one first, then most need.

    Students never conferenced come first; then the longest since their last
    conference; on a tie, the most need; then the student id, so the order is
    always the same for the same entries.

    Args:
        entries: One entry per student: a list or any other iterable.
        as_of: The day the rotation is for; no last conference may be after it.

    Returns:
        The students' ids, the next to confer with first.

    Raises:
        ArgumentTypeError: If *entries* is not a list (``None``, a number, a
            string, a mapping) or *as_of* is not a date.
        InvalidDataError: If an entry is not a `RotationEntry`, a student repeats,
            or a last conference is after *as_of*.

    Example:
        >>> from datetime import date
        >>> from selfassess.conference import RotationEntry, rotation_order
        >>> rotation_order([
        ...     RotationEntry(student="ana", last_conference=date(2026, 10, 1), need=1),
        ...     RotationEntry(student="ben", last_conference=date(2026, 9, 24)),
        ...     RotationEntry(student="cai", last_conference=date(2026, 10, 1), need=3),
        ...     RotationEntry(student="dee"),
        ... ], as_of=date(2026, 10, 5))
        ('dee', 'ben', 'cai', 'ana')
    """
    check = Arguments()
    given = check.items("entries", entries, RotationEntry)
    as_of = check.day("as_of", as_of)
    check.done()
    rules = Checker(arguments=True)
    if rules.unique("entries", given, lambda e: e.student, "student"):
        for index, entry in enumerate(given):
            if entry.last_conference is not None and entry.last_conference > as_of:
                rules.add(
                    f"entries[{index}].last_conference",
                    f"must not be after as_of ({as_of.isoformat()}) "
                    f"(got {entry.last_conference.isoformat()})",
                )
    rules.done()

    def key(entry: RotationEntry) -> tuple[int, int, float, str]:
        if entry.last_conference is None:
            return (0, 0, -entry.need, entry.student)
        since = (as_of - entry.last_conference).days
        return (1, -since, -entry.need, entry.student)

    return tuple(entry.student for entry in sorted(given, key=key))
