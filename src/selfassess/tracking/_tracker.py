"""The self-reported data tracker: a student's own record of their grades.

A student keeps one tracker per subject (or domain): a row per assignment with the
standards it covers, the pre-assessment grade, the formative grades by type, the
summative grade, a reflection and a standards-based goal. The figures here (views by
standard, domain and language domain, growth, comparisons between trackers) all
leave practice rows out, and all read the grades of the tracker's own scale.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._numbers import mean
from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Scale
from selfassess._standards import Framework
from selfassess._validate import (
    Checker,
    number_field,
    shown,
    to_tuple,
)
from selfassess.errors import NotFoundError

__all__ = [
    "DomainSummary",
    "Grade",
    "GradeColumn",
    "LanguageDomain",
    "LanguageSummary",
    "StandardChange",
    "StandardSummary",
    "Tracker",
    "TrackerComparison",
    "TrackerKind",
    "TrackerRow",
    "check_reduced",
    "compare_trackers",
    "domain_summaries",
    "language_summaries",
    "reduce_tracker",
    "standard_summaries",
]


class GradeColumn(enum.Enum):
    """A grade column of the tracker: the pre-assessment, a formative type, the summative.

    The formative columns are the types of work the practice names: classwork,
    partner work, independent work, homework and online practice.
    """

    PRE_ASSESSMENT = "pre_assessment"
    """Before teaching, to see where the student starts."""
    CLASSWORK = "classwork"
    """Formative, work done in class."""
    PARTNER = "partner"
    """Formative, work done with a partner."""
    INDEPENDENT = "independent"
    """Formative, work done alone."""
    HOMEWORK = "homework"
    """Formative, work done at home."""
    ONLINE_PRACTICE = "online_practice"
    """Formative, an online practice program's score."""
    SUMMATIVE = "summative"
    """At the end of the unit."""

    @property
    def formative(self) -> bool:
        """Whether this is one of the formative columns."""
        return self not in (GradeColumn.PRE_ASSESSMENT, GradeColumn.SUMMATIVE)

    @property
    def evidence_kind(self) -> EvidenceKind:
        """The kind of `selfassess.Evidence` a grade in this column becomes."""
        if self is GradeColumn.PRE_ASSESSMENT:
            return EvidenceKind.PRE_ASSESSMENT
        if self is GradeColumn.SUMMATIVE:
            return EvidenceKind.SUMMATIVE
        return EvidenceKind.FORMATIVE


class LanguageDomain(enum.Enum):
    """A domain of English-language proficiency, for English learners' trackers."""

    READING = "reading"
    """Reading."""
    SPEAKING = "speaking"
    """Speaking."""
    WRITING = "writing"
    """Writing."""
    LISTENING = "listening"
    """Listening."""


class TrackerKind(enum.Enum):
    """What a tracker is for."""

    SUBJECT = "subject"
    """A tracker for a subject or a domain, with every assignment of the unit."""
    REDUCED = "reduced"
    """A reduced, pre-written tracker for a student with a lighter load, with only
    the assignments the student is expected to complete."""
    LANGUAGE = "language"
    """An English learner's language-proficiency tracker, where every row (but
    practice rows) names its language domain."""


@attrs.frozen(kw_only=True)
class Grade:
    """One grade the student recorded: which column, the score, and when.

    Attributes:
        column: The column the grade belongs in.
        score: The score, on the tracker's scale; finite (the tracker checks the range).
        graded_on: The day the work was graded.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    column: GradeColumn
    score: float = number_field()
    graded_on: date

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("column", self.column, GradeColumn)
        check.declared(self)
        check.day("graded_on", self.graded_on)
        check.done()


@attrs.frozen(kw_only=True)
class TrackerRow:
    """One assignment on a tracker, with the grades and words the student wrote.

    Attributes:
        id: The assignment's id, unique on the tracker.
        name: The assignment's name.
        description: What the assignment is.
        standards: The ids of the standards it covers; at least one, each once.
        grades: The grades recorded, at most one per column.
        pre_learning_goal: The goal the student wrote after the pre-assessment.
        reflection: The student's reflection on the work.
        goal: The student's standards-based goal.
        language_domain: The language domain the row practises, for an English
            learner's designated rows; ``None`` otherwise.
        practice: Whether this is a sample row for learning to use the tracker.
            Practice rows never count in any figure, nor become evidence.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    name: str
    standards: tuple[str, ...] = attrs.field(converter=to_tuple)
    description: str = ""
    grades: tuple[Grade, ...] = attrs.field(default=(), converter=to_tuple)
    pre_learning_goal: str = ""
    reflection: str = ""
    goal: str = ""
    language_domain: LanguageDomain | None = None
    practice: bool = False

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("name", self.name)
        if check.items("standards", self.standards, check.identifier, non_empty=True):
            check.unique("standards", self.standards, lambda value: value, "id")
        check.text("description", self.description, empty=True)
        if check.items("grades", self.grades, Grade):
            check.unique("grades", self.grades, lambda g: g.column.value, "column")
        for field in ("pre_learning_goal", "reflection", "goal"):
            check.text(field, getattr(self, field), empty=True)
        if self.language_domain is not None:
            check.member("language_domain", self.language_domain, LanguageDomain)
        check.boolean("practice", self.practice)
        check.done()

    def grade(self, column: GradeColumn) -> Grade | None:
        """Return the grade in *column*, or ``None`` if none is recorded."""
        return next((grade for grade in self.grades if grade.column is column), None)

    @property
    def pre_assessment(self) -> Grade | None:
        """The pre-assessment grade, if recorded."""
        return self.grade(GradeColumn.PRE_ASSESSMENT)

    @property
    def formative(self) -> tuple[Grade, ...]:
        """The formative grades, in the order recorded."""
        return tuple(grade for grade in self.grades if grade.column.formative)

    @property
    def summative(self) -> Grade | None:
        """The summative grade, if recorded."""
        return self.grade(GradeColumn.SUMMATIVE)


@attrs.frozen(kw_only=True)
class Tracker:
    """A student's data tracker for one subject or domain.

    Attributes:
        id: A short identifier.
        student: The student's id.
        subject: The subject, such as ``"math"``.
        rows: The assignments, in order; ids unique.
        scale: The scale every grade is on; each grade must lie within it.
        domain: The domain the tracker is for, when a subject has one per domain.
        kind: What the tracker is for: a subject, a reduced load, or language
            proficiency (where every row but practice rows names its language domain).
        based_on: For a reduced tracker, the id of the full tracker it was cut from.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem, such as
            ``rows[1].grades[0].score: must be within the scale 'four-point', 1 to 4
            (got 5.0)``.

    Example:
        >>> from datetime import date
        >>> from selfassess.tracking import Grade, GradeColumn, Tracker, TrackerRow
        >>> row = TrackerRow(id="quiz-1", name="Equivalent fractions quiz",
        ...     standards=["nf1"], grades=[
        ...         Grade(column=GradeColumn.PRE_ASSESSMENT, score=1, graded_on=date(2026, 9, 8)),
        ...         Grade(column=GradeColumn.SUMMATIVE, score=3, graded_on=date(2026, 10, 2)),
        ...     ])
        >>> tracker = Tracker(id="ana-math", student="ana", subject="math", rows=[row])
        >>> [(item.kind.value, item.score) for item in tracker.evidence()]
        [('pre_assessment', 1.0), ('summative', 3.0)]
    """

    __repr__ = short_repr

    id: str
    student: str
    subject: str
    rows: tuple[TrackerRow, ...] = attrs.field(converter=to_tuple)
    scale: Scale = FOUR_POINT
    domain: str | None = None
    kind: TrackerKind = TrackerKind.SUBJECT
    based_on: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("student", self.student)
        check.text("subject", self.subject)
        scale_ok = check.instance("scale", self.scale, Scale)
        check.optional_identifier("domain", self.domain)
        kind_ok = check.member("kind", self.kind, TrackerKind)
        check.optional_identifier("based_on", self.based_on)
        if check.items("rows", self.rows, TrackerRow):
            check.unique("rows", self.rows, lambda row: row.id, "id")
            if scale_ok:
                self._check_scores(check)
            if kind_ok and self.kind is TrackerKind.LANGUAGE:
                for index, row in enumerate(self.rows):
                    if row.language_domain is None and not row.practice:
                        check.add(
                            f"rows[{index}].language_domain",
                            "must be set on a language-proficiency tracker (got None)",
                        )
        check.done()

    def _check_scores(self, check: Checker) -> None:
        for r, row in enumerate(self.rows):
            for g, grade in enumerate(row.grades):
                if not self.scale.contains(grade.score):
                    check.add(
                        f"rows[{r}].grades[{g}].score",
                        _outside(self.scale, grade.score),
                    )

    @property
    def counted_rows(self) -> tuple[TrackerRow, ...]:
        """The rows that count, which are every row but practice rows."""
        return tuple(row for row in self.rows if not row.practice)

    def row(self, row_id: str) -> TrackerRow:
        """Return the row with this id.

        Raises:
            ArgumentTypeError: If *row_id* is not a string.
            NotFoundError: If the tracker has no row with this id.
        """
        check = Checker(arguments=True)
        check.text("row_id", row_id, empty=True)
        check.done()
        for row in self.rows:
            if row.id == row_id:
                return row
        message = f"the tracker {shown(self.id)} has no row with the id {shown(row_id)}"
        raise NotFoundError(message, key=row_id)

    def with_row(self, row: TrackerRow) -> Tracker:
        """Return the tracker with *row* in place of the row with its id, or added.

        Trackers are values: this is how a student's new entry is recorded.

        Raises:
            ArgumentTypeError: If *row* is not a `TrackerRow`.
            InvalidDataError: If the new tracker breaks a rule (a grade outside the
                scale, say).
        """
        check = Checker(arguments=True)
        check.instance("row", row, TrackerRow)
        check.done()
        if any(existing.id == row.id for existing in self.rows):
            rows = [
                row if existing.id == row.id else existing for existing in self.rows
            ]
        else:
            rows = [*self.rows, row]
        return attrs.evolve(self, rows=rows)

    def with_grade(self, row_id: str, grade: Grade) -> Tracker:
        """Return the tracker with *grade* recorded on a row, replacing its column's.

        Raises:
            ArgumentTypeError: If *row_id* is not a string or *grade* not a `Grade`.
            NotFoundError: If the tracker has no row with this id.
            InvalidDataError: If the grade lies outside the tracker's scale
                (reported with its path, such as ``rows[2].grades[0].score``).

        Example:
            >>> from datetime import date
            >>> from selfassess.tracking import Grade, GradeColumn, Tracker, TrackerRow
            >>> tracker = Tracker(id="t", student="ana", subject="math", rows=[
            ...     TrackerRow(id="hw1", name="Homework 1", standards=["nf1"])])
            >>> tracker = tracker.with_grade("hw1", Grade(
            ...     column=GradeColumn.HOMEWORK, score=3, graded_on=date(2026, 9, 9)))
            >>> tracker.row("hw1").grade(GradeColumn.HOMEWORK).score
            3.0
        """
        check = Checker(arguments=True)
        check.text("row_id", row_id, empty=True)
        check.instance("grade", grade, Grade)
        check.done()
        row = self.row(row_id)
        kept = [g for g in row.grades if g.column is not grade.column]
        return self.with_row(attrs.evolve(row, grades=[*kept, grade]))

    def outstanding(self) -> tuple[TrackerRow, ...]:
        """Return the rows (not practice) that still have no summative grade.

        On a reduced tracker these are only the assignments the student is
        expected to complete: nothing else is asked of them.
        """
        return tuple(row for row in self.counted_rows if row.summative is None)

    def evidence(self) -> tuple[Evidence, ...]:
        """Return every grade of every counted row as evidence, one per standard.

        The kind follows the column (`GradeColumn.evidence_kind`): the pre-assessment
        becomes `selfassess.EvidenceKind.PRE_ASSESSMENT`, the formative columns
        `~selfassess.EvidenceKind.FORMATIVE`, the summative
        `~selfassess.EvidenceKind.SUMMATIVE`. The source is the row's id; the score
        is on the tracker's scale. Practice rows give none.

        Returns:
            The evidence, row by row, grade by grade, standard by standard.
        """
        return tuple(
            Evidence(
                student=self.student,
                standard=standard,
                score=grade.score,
                assessed_on=grade.graded_on,
                kind=grade.column.evidence_kind,
                source=row.id,
            )
            for row in self.counted_rows
            for grade in row.grades
            for standard in row.standards
        )


def _outside(scale: Scale, score: float) -> str:
    return (
        f"must be within the scale {shown(scale.id)}, {scale.minimum:g} to "
        f"{scale.maximum:g} (got {shown(score)})"
    )


@attrs.frozen(kw_only=True)
class StandardSummary:
    """The figures of one standard on a tracker, from its counted rows.

    Attributes:
        standard: The standard's id.
        rows: The ids of the counted rows that cover it, in order.
        pre: The mean pre-assessment grade, or ``None`` if none.
        formative: The mean of every formative grade, or ``None`` if none.
        summative: The mean summative grade, or ``None`` if none.
        growth: The mean of summative minus pre-assessment over the rows that have
            both, or ``None`` if no row has both.
        score: The standard's figure: the mean summative grade if there is one,
            else the mean formative grade, else ``None``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    rows: tuple[str, ...] = attrs.field(converter=to_tuple)
    pre: float | None = number_field(optional=True, default=None)
    formative: float | None = number_field(optional=True, default=None)
    summative: float | None = number_field(optional=True, default=None)
    growth: float | None = number_field(optional=True, default=None)
    score: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        check.items("rows", self.rows, check.identifier)
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class LanguageSummary:
    """The figures of one language domain on a tracker, from its designated rows.

    The figures follow the same rules as `StandardSummary`.

    Attributes:
        language_domain: The language domain.
        rows: The ids of the counted rows designated for it, in order.
        pre: The mean pre-assessment grade, or ``None``.
        formative: The mean formative grade, or ``None``.
        summative: The mean summative grade, or ``None``.
        growth: The mean of summative minus pre-assessment over rows with both.
        score: The mean summative grade if any, else the mean formative grade.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    language_domain: LanguageDomain
    rows: tuple[str, ...] = attrs.field(converter=to_tuple)
    pre: float | None = number_field(optional=True, default=None)
    formative: float | None = number_field(optional=True, default=None)
    summative: float | None = number_field(optional=True, default=None)
    growth: float | None = number_field(optional=True, default=None)
    score: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("language_domain", self.language_domain, LanguageDomain)
        check.items("rows", self.rows, check.identifier)
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class DomainSummary:
    """The figures of one domain of a framework: its standards' summaries.

    Attributes:
        domain: The domain's id.
        standards: The summary of each of its standards the tracker covers, in the
            framework's order.
        score: The mean of the standards' scores, or ``None`` if none has one.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    domain: str
    standards: tuple[StandardSummary, ...] = attrs.field(converter=to_tuple)
    score: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("domain", self.domain)
        check.items(
            "standards",
            self.standards,
            StandardSummary,
        )
        check.declared(self)
        check.done()


def _figures(rows: list[TrackerRow]) -> dict[str, float | None]:
    pre = [row.pre_assessment for row in rows]
    summative = [row.summative for row in rows]
    mean_summative = mean(grade.score for grade in summative if grade is not None)
    mean_formative = mean(grade.score for row in rows for grade in row.formative)
    return {
        "pre": mean(grade.score for grade in pre if grade is not None),
        "formative": mean_formative,
        "summative": mean_summative,
        "growth": mean(
            after.score - before.score
            for before, after in zip(pre, summative, strict=True)
            if before is not None and after is not None
        ),
        "score": mean_summative if mean_summative is not None else mean_formative,
    }


def _require_tracker(tracker: object, path: str = "tracker") -> None:
    check = Checker(arguments=True)
    check.instance(path, tracker, Tracker)
    check.done()


def standard_summaries(tracker: Tracker) -> tuple[StandardSummary, ...]:
    """Return the figures of each standard the tracker's counted rows cover.

    Standards come in the order they first appear on the tracker. For each, the
    pre-assessment, formative and summative means over the rows covering it; the
    growth from pre-assessment to summative (the mean of the differences, over rows
    that have both, so that a missing pre-assessment cannot pass for growth); and
    the standard's score (the summative mean, else the formative mean). Practice rows
    are left out.

    Args:
        tracker: The tracker.

    Returns:
        One summary per standard.

    Raises:
        ArgumentTypeError: If *tracker* is not a `Tracker`.

    Example:
        >>> from datetime import date
        >>> from selfassess.tracking import (
        ...     Grade, GradeColumn, Tracker, TrackerRow, standard_summaries)
        >>> day = date(2026, 10, 2)
        >>> rows = [TrackerRow(id=name, name=name, standards=["nf1"], grades=[
        ...     Grade(column=GradeColumn.PRE_ASSESSMENT, score=pre, graded_on=day),
        ...     Grade(column=GradeColumn.SUMMATIVE, score=post, graded_on=day)])
        ...     for name, pre, post in [("a", 1, 3), ("b", 2, 4)]]
        >>> summary, = standard_summaries(
        ...     Tracker(id="t", student="ana", subject="math", rows=rows))
        >>> summary.pre, summary.summative, summary.growth
        (1.5, 3.5, 2.0)
    """
    _require_tracker(tracker)
    covering: dict[str, list[TrackerRow]] = {}
    for row in tracker.counted_rows:
        for standard in row.standards:
            covering.setdefault(standard, []).append(row)
    return tuple(
        StandardSummary(
            standard=standard, rows=[row.id for row in rows], **_figures(rows)
        )
        for standard, rows in covering.items()
    )


def domain_summaries(
    tracker: Tracker, framework: Framework
) -> tuple[DomainSummary, ...]:
    """Return the figures of the tracker grouped by the framework's domains.

    Only domains with at least one standard on the tracker are listed, in the
    framework's order; their standards too. A domain's score is the mean of its
    standards' scores.

    Args:
        tracker: The tracker.
        framework: The standards framework the tracker's standards belong to.

    Returns:
        One summary per domain the tracker touches.

    Raises:
        InvalidDataError: If a counted row names a standard the framework does not
            have, with its path such as ``rows[2].standards[0]``.
    """
    arguments = Checker(arguments=True)
    arguments.instance("tracker", tracker, Tracker)
    arguments.instance("framework", framework, Framework)
    arguments.done()
    check = Checker(arguments=True)
    for index, row in enumerate(tracker.rows):
        if row.practice:
            continue
        for s, standard in enumerate(row.standards):
            if standard not in framework:
                check.add(
                    f"rows[{index}].standards[{s}]",
                    f"must be a standard of {shown(framework.id)} (got {shown(standard)})",
                )
    check.done()
    by_standard = {summary.standard: summary for summary in standard_summaries(tracker)}
    found = []
    for domain in framework.domains:
        summaries = [by_standard[s.id] for s in domain.standards if s.id in by_standard]
        if summaries:
            score = mean(s.score for s in summaries if s.score is not None)
            found.append(
                DomainSummary(domain=domain.id, standards=summaries, score=score)
            )
    return tuple(found)


def language_summaries(tracker: Tracker) -> tuple[LanguageSummary, ...]:
    """Return the figures of each language domain with designated counted rows.

    Works on a language-proficiency tracker and on a subject tracker with designated
    rows alike. The domains come in the order reading, speaking, writing, listening;
    figures follow the rules of `standard_summaries`.

    Args:
        tracker: The tracker.

    Returns:
        One summary per language domain that has at least one counted row.

    Raises:
        ArgumentTypeError: If *tracker* is not a `Tracker`.
    """
    _require_tracker(tracker)
    found = []
    for language_domain in LanguageDomain:
        rows = [
            row
            for row in tracker.counted_rows
            if row.language_domain is language_domain
        ]
        if rows:
            found.append(
                LanguageSummary(
                    language_domain=language_domain,
                    rows=[row.id for row in rows],
                    **_figures(rows),
                )
            )
    return tuple(found)


@attrs.frozen(kw_only=True)
class StandardChange:
    """How one standard's score moved from the previous tracker to this one.

    Attributes:
        standard: The standard's id.
        previous: Its score on the previous tracker, or ``None``.
        current: Its score on this tracker, or ``None``.
        change: ``current - previous`` when both are known, else ``None``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    standard: str
    previous: float | None = number_field(optional=True, default=None)
    current: float | None = number_field(optional=True, default=None)
    change: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("standard", self.standard)
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class TrackerComparison:
    """A tracker set against the student's previous one: growth per standard.

    Attributes:
        current: The id of this tracker.
        previous: The id of the previous tracker.
        standards: Each standard on either tracker: first this tracker's, in order,
            then those only on the previous one.
        previous_score: The mean previous score over the standards scored on both.
        current_score: The mean current score over the same standards.
        change: ``current_score - previous_score``; ``None`` when no standard is
            scored on both.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    current: str
    previous: str
    standards: tuple[StandardChange, ...] = attrs.field(converter=to_tuple)
    previous_score: float | None = number_field(optional=True, default=None)
    current_score: float | None = number_field(optional=True, default=None)
    change: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("current", self.current)
        check.identifier("previous", self.previous)
        if check.items(
            "standards",
            self.standards,
            StandardChange,
        ):
            check.unique("standards", self.standards, lambda s: s.standard, "standard")
        check.declared(self)
        check.done()


def compare_trackers(current: Tracker, previous: Tracker) -> TrackerComparison:
    """Set a tracker against the student's previous one: growth per standard.

    A standard's score on each tracker is the one `standard_summaries` gives (the
    summative mean, else the formative mean). The change is this tracker's score
    minus the previous one's; the overall figures average the standards scored on
    both, so a tracker compared with itself shows no growth.

    Args:
        current: This tracker.
        previous: The student's previous tracker, on the same scale.

    Returns:
        The comparison.

    Raises:
        InvalidDataError: If the trackers belong to different students
            (``previous.student``) or use different scales (``previous.scale``).
    """
    arguments = Checker(arguments=True)
    arguments.instance("current", current, Tracker)
    arguments.instance("previous", previous, Tracker)
    arguments.done()
    check = Checker(arguments=True)
    if previous.student != current.student:
        check.add(
            "previous.student",
            f"must be the same student as current ({shown(current.student)}) "
            f"(got {shown(previous.student)})",
        )
    if previous.scale != current.scale:
        check.add(
            "previous.scale",
            f"must be the same scale as current ({shown(current.scale.id)}) "
            f"(got {shown(previous.scale.id)})",
        )
    check.done()
    now = {s.standard: s.score for s in standard_summaries(current)}
    before = {s.standard: s.score for s in standard_summaries(previous)}
    changes = []
    for standard in [*now, *(s for s in before if s not in now)]:
        new, old = now.get(standard), before.get(standard)
        change = None if new is None or old is None else new - old
        changes.append(
            StandardChange(standard=standard, previous=old, current=new, change=change)
        )
    both = [c for c in changes if c.change is not None]
    previous_score = mean(c.previous for c in both if c.previous is not None)
    current_score = mean(c.current for c in both if c.current is not None)
    change = (
        None
        if previous_score is None or current_score is None
        else current_score - previous_score
    )
    return TrackerComparison(
        current=current.id,
        previous=previous.id,
        standards=changes,
        previous_score=previous_score,
        current_score=current_score,
        change=change,
    )


def reduce_tracker(
    full: Tracker, keep: Iterable[str], *, id: str, student: str
) -> Tracker:
    """Cut a reduced, pre-written tracker from a class's full tracker.

    The reduced tracker holds only the assignments the student is expected to
    complete, in the full tracker's order, with their names, descriptions, standards
    and language domains written in, and no grades or words of the student's yet.
    Practice rows of the full tracker are kept too, so the student can learn to use
    the tracker the same way as the class.

    Args:
        full: The class's full tracker, as the teacher wrote it.
        keep: The ids of the assignments the student is expected to complete.
        id: The reduced tracker's id.
        student: The student's id.

    Returns:
        A tracker of kind `TrackerKind.REDUCED`, ``based_on`` the full tracker.

    Raises:
        InvalidDataError: If an id in *keep* is not a counted row of *full*, with its
            path such as ``keep[1]``, or if *keep* is empty or not a list.
    """
    arguments = Checker(arguments=True)
    arguments.instance("full", full, Tracker)
    wanted = arguments.listed("keep", keep, "row ids")
    arguments.text("id", id)
    arguments.text("student", student)
    arguments.done()
    known = {row.id for row in full.counted_rows}
    check = Checker(arguments=True)
    if not wanted:
        check.add("keep", "must not be empty")
    for index, row_id in enumerate(wanted):
        if not isinstance(row_id, str):
            check.add(f"keep[{index}]", f"must be a string (got {shown(row_id)})")
        elif row_id not in known:
            check.add(
                f"keep[{index}]",
                f"must be the id of an assignment of {shown(full.id)} (got {shown(row_id)})",
            )
    check.done()
    rows = [
        TrackerRow(
            id=row.id,
            name=row.name,
            description=row.description,
            standards=row.standards,
            language_domain=row.language_domain,
            practice=row.practice,
            grades=row.grades if row.practice else (),
            reflection=row.reflection if row.practice else "",
        )
        for row in full.rows
        if row.practice or row.id in wanted
    ]
    return Tracker(
        id=id,
        student=student,
        subject=full.subject,
        domain=full.domain,
        scale=full.scale,
        rows=rows,
        kind=TrackerKind.REDUCED,
        based_on=full.id,
    )


def check_reduced(reduced: Tracker, full: Tracker) -> None:
    """Check that a reduced tracker asks nothing of the student beyond the full one.

    Every counted row of the reduced tracker must be an assignment of the full
    tracker, with the same name and standards: the student is asked for no work the
    class was not given, and the work is described as the class's is.

    Args:
        reduced: The student's reduced tracker.
        full: The class's full tracker.

    Raises:
        InvalidDataError: Listing every problem, such as
            ``rows[2].id: must be an assignment of 'math-unit-3' (got 'extra')``, or
            ``kind`` / ``based_on`` when the tracker is not a reduced tracker of
            *full*.
    """
    arguments = Checker(arguments=True)
    arguments.instance("reduced", reduced, Tracker)
    arguments.instance("full", full, Tracker)
    arguments.done()
    check = Checker(arguments=True)
    if reduced.kind is not TrackerKind.REDUCED:
        check.add("kind", f"must be 'reduced' (got {shown(reduced.kind.value)})")
    if reduced.based_on != full.id:
        check.add(
            "based_on", f"must be {shown(full.id)} (got {shown(reduced.based_on)})"
        )
    by_id = {row.id: row for row in full.counted_rows}
    for index, row in enumerate(reduced.rows):
        if row.practice:
            continue
        model = by_id.get(row.id)
        if model is None:
            check.add(
                f"rows[{index}].id",
                f"must be an assignment of {shown(full.id)} (got {shown(row.id)})",
            )
            continue
        if row.name != model.name:
            check.add(
                f"rows[{index}].name",
                f"must be {shown(model.name)} as on {shown(full.id)} (got {shown(row.name)})",
            )
        if row.standards != model.standards:
            check.add(
                f"rows[{index}].standards",
                f"must be {shown(list(model.standards))} as on {shown(full.id)} "
                f"(got {shown(list(row.standards))})",
            )
    check.done()
