"""Evidence of learning: scores on standards, and the artifacts that show the work.

`Evidence` is one student's score on one standard, from one piece of assessment, on
one day. It is the row every mastery calculation reads. An `Artifact` is a piece of
work kept in a portfolio, which can stand as evidence for several standards and goals.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Checker, integer_field, number_field, shown, to_tuple

__all__ = ["Artifact", "Evidence", "EvidenceKind"]


class EvidenceKind(enum.Enum):
    """Where a score comes from. Mastery policies choose which kinds count."""

    PRE_ASSESSMENT = "pre_assessment"
    """Before teaching, to see where to start; excluded from mastery by default."""
    FORMATIVE = "formative"
    """During learning, such as classwork, partner and independent work, homework."""
    SUMMATIVE = "summative"
    """At the end of a unit."""
    QUICK_CHECK = "quick_check"
    """A short check offered when a standard is near mastery."""
    OBSERVATION = "observation"
    """The teacher watching the student work."""
    SELF = "self"
    """The student's rating of their own work; kept apart from mastery by default."""
    PEER = "peer"
    """A classmate's rating; kept apart from mastery by default."""
    TEACHER = "teacher"
    """A teacher's judgement not tied to one assessment, such as a rubric score."""


@attrs.frozen(kw_only=True)
class Evidence:
    """One student's score on one standard, with when and how it was earned.

    Attributes:
        student: The student's id.
        standard: The standard's id.
        score: The score, on the scale of the policy that reads it; finite. An int,
            or a number of another type (such as NumPy's ``int64`` or ``float32``),
            is kept as a plain float; a bool is refused. ``None`` only on excused
            evidence: an excused piece of work has no score, and never counts.
        assessed_on: The day the work was assessed (graded).
        kind: Where the score comes from.
        due_on: The day the work was due, if it had a due date.
        submitted_on: The day the student handed it in, if known.
        source: The id of the assessment or artifact the score comes from.
        excused: Whether the student was excused; excused evidence never counts.
        attempt: Which attempt at the same source this is: 1 for the first, 2 for
            the first retake, and so on, up to 1,000 (more retakes than any class
            offers).
        assessed_at: The moment it was assessed, with its time zone (Canvas's
            ``submitted_or_assessed_at``), if known; on the day ``assessed_on`` in
            its own time zone. Orders the scores of one day.
        sequence: A number that orders scores with the same day and moment (an
            export's row number, a statement's stored order), if known; 0 or more.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from datetime import date, datetime
        >>> from selfassess import Evidence, EvidenceKind
        >>> Evidence(student="ana", standard="4.NF.1", score=3,
        ...          assessed_on=date(2026, 10, 2), kind=EvidenceKind.SUMMATIVE).score
        3.0
    """

    __repr__ = short_repr

    student: str
    standard: str
    score: float | None = number_field(optional=True)
    assessed_on: date
    kind: EvidenceKind = EvidenceKind.FORMATIVE
    due_on: date | None = None
    submitted_on: date | None = None
    source: str | None = None
    excused: bool = False
    attempt: int = integer_field(minimum=1, maximum=1000, default=1)
    assessed_at: datetime | None = None
    sequence: int | None = integer_field(minimum=0, optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.identifier("standard", self.standard)
        if check.declared(self)["score"] and self.score is None and not self.excused:
            check.add(
                "score",
                "must be a number; only excused evidence may have none (got None)",
            )
        day_ok = check.day("assessed_on", self.assessed_on)
        if self.assessed_at is not None:
            if (
                not isinstance(self.assessed_at, datetime)
                or self.assessed_at.utcoffset() is None
            ):
                check.kind(
                    "assessed_at",
                    "must be a datetime with a time zone "
                    f"(got {shown(self.assessed_at)})",
                )
            elif day_ok and self.assessed_at.date() != self.assessed_on:
                check.add(
                    "assessed_at",
                    f"must fall on assessed_on ({self.assessed_on.isoformat()}) in its "
                    f"own time zone (got {self.assessed_at.isoformat()})",
                )
        check.member("kind", self.kind, EvidenceKind)
        check.optional_day("due_on", self.due_on)
        check.optional_day("submitted_on", self.submitted_on)
        check.optional_identifier("source", self.source)
        check.boolean("excused", self.excused)
        check.done()


@attrs.frozen(kw_only=True)
class Artifact:
    """A piece of a student's work kept as evidence: a portfolio item.

    The work itself stays where it is; ``reference`` only names it (a URI or an LMS
    id). One artifact can stand as evidence for several standards and goals.

    Attributes:
        id: A short identifier.
        student: The id of the student whose work it is.
        title: What the work is, such as ``"Fraction strips poster"``.
        created_on: The day the work was made or handed in.
        reference: Where the work is, as a URI or an LMS id; never loaded.
        description: A longer description.
        standards: The ids of the standards it is evidence for.
        goals: The ids of the goals it is evidence for.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    student: str
    title: str
    created_on: date
    reference: str | None = None
    description: str = ""
    standards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    goals: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("student", self.student)
        check.text("title", self.title)
        check.day("created_on", self.created_on)
        check.optional_identifier("reference", self.reference)
        check.text("description", self.description, empty=True)
        for field in ("standards", "goals"):
            values = getattr(self, field)
            if check.items(field, values, check.identifier):
                check.unique(field, values, lambda value: value, "id")
        check.done()
