"""Self-report cards: the student grades themselves on the report card's standards.

At a student-led conference the student shares a self-report card: the district's
standards per subject and term, each with the 4-point descriptors (4 advanced,
3 proficient, 2 partially proficient, 1 not proficient) and "can do" statements.
The student highlights what they can do and writes their own grade with a rationale;
the teacher's report-card grade is set beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Scale
from selfassess._terms import TermName
from selfassess._validate import Checker, number_field, shown, to_tuple
from selfassess.errors import NotFoundError
from selfassess.rubrics._rubric import Descriptor

__all__ = [
    "CardEntry",
    "CardStandard",
    "CardSubject",
    "SelfReportCard",
    "self_report_card",
]


@attrs.frozen(kw_only=True)
class CardStandard:
    """A standard on a self-report card, with what each level of it looks like.

    Attributes:
        id: The standard's id, unique within its subject.
        statement: The standard as the student reads it ("I can ...").
        descriptors: What work at each level looks like, with "can do"
            statements; levels of the card's scale, no repeats.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    statement: str
    descriptors: tuple[Descriptor, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("statement", self.statement)
        if check.items(
            "descriptors",
            self.descriptors,
            Descriptor,
        ):
            for index, descriptor in enumerate(self.descriptors):
                if descriptor.level is None:
                    check.add(
                        f"descriptors[{index}].level",
                        "must be the points of a level of the card's scale (got None)",
                    )
            check.unique("descriptors", self.descriptors, lambda d: d.level, "level")
        check.done()

    @property
    def can_do(self) -> tuple[str, ...]:
        """Every "can do" statement of every level, lowest level first."""
        return tuple(text for d in self.descriptors for text in d.can_do)


@attrs.frozen(kw_only=True)
class CardSubject:
    """A subject of a self-report card and its standards.

    Attributes:
        id: Unique on the card, such as ``"math"``.
        title: The subject's name, such as ``"Work habits and social skills"``.
        standards: Its standards, at least one, ids unique.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    title: str
    standards: tuple[CardStandard, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("title", self.title)
        if check.items(
            "standards",
            self.standards,
            CardStandard,
            non_empty=True,
        ):
            check.unique("standards", self.standards, lambda s: s.id, "id")
        check.done()

    def standard(self, id: str) -> CardStandard | None:
        """Return the standard with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If the subject has no standard with this id.
        """
        check = Checker(arguments=True)
        check.text("id", id, empty=True)
        check.done()
        found = next((s for s in self.standards if s.id == id), None)
        if found is None:
            message = (
                f"the subject {shown(self.id)} has no standard with the id {shown(id)}"
            )
            raise NotFoundError(message, key=id)
        return found


@attrs.frozen(kw_only=True)
class CardEntry:
    """The student's own grade on one standard in one term, and the teacher's.

    Attributes:
        subject: The subject's id.
        standard: The standard's id within the subject.
        term: The term.
        can_do: The "can do" statements the student highlighted.
        self_grade: The student's own grade, the points of a level of the card's
            scale; ``None`` until given.
        rationale: Why, in the student's words.
        teacher_grade: The teacher's report-card grade on the same scale, if given.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    subject: str
    standard: str
    term: TermName
    can_do: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    self_grade: float | None = number_field(optional=True, default=None)
    rationale: str = ""
    teacher_grade: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("subject", self.subject)
        check.identifier("standard", self.standard)
        check.member("term", self.term, TermName)
        if check.items("can_do", self.can_do, check.text):
            check.unique("can_do", self.can_do, lambda text: text, "statement")
        check.declared(self)
        check.text("rationale", self.rationale, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class SelfReportCard:
    """A student's self-report card: subjects x terms x standards, self and teacher.

    Attributes:
        id: A short identifier.
        student: The student's id.
        scale: The scale grades are given on; the 4-point scale by default.
        terms: The terms the card covers, in order; no repeats.
        subjects: The subjects, ids unique.
        entries: The grades given so far, at most one per subject, standard and
            term; each on a subject, standard and term of the card, with grades on
            the scale and highlighted statements of its standard.

    Raises:
        InvalidDataError: If any rule above is broken, listing every problem.
    """

    __repr__ = short_repr

    id: str
    student: str
    scale: Scale = FOUR_POINT
    terms: tuple[TermName, ...] = attrs.field(
        default=(TermName.FALL, TermName.WINTER, TermName.SPRING), converter=to_tuple
    )
    subjects: tuple[CardSubject, ...] = attrs.field(converter=to_tuple)
    entries: tuple[CardEntry, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("student", self.student)
        scale_ok = check.instance("scale", self.scale, Scale)
        if check.items("terms", self.terms, TermName):
            check.unique("terms", self.terms, lambda term: term, "term")
        subjects_ok = check.items(
            "subjects",
            self.subjects,
            CardSubject,
            non_empty=True,
        )
        if subjects_ok:
            check.unique("subjects", self.subjects, lambda s: s.id, "id")
        entries_ok = check.items("entries", self.entries, CardEntry)
        if entries_ok:
            check.unique(
                "entries",
                self.entries,
                lambda e: (e.subject, e.standard, e.term.value),
                "subject, standard and term",
            )
        if scale_ok and subjects_ok and not check.problems:
            self._check_levels(check)
            if entries_ok:
                for index, entry in enumerate(self.entries):
                    self._check_entry(check, f"entries[{index}]", entry)
        check.done()

    def _check_levels(self, check: Checker) -> None:
        known = {level.points for level in self.scale.levels}
        for s, subject in enumerate(self.subjects):
            for t, standard in enumerate(subject.standards):
                for d, descriptor in enumerate(standard.descriptors):
                    if descriptor.level not in known:
                        check.add(
                            f"subjects[{s}].standards[{t}].descriptors[{d}].level",
                            f"must be the points of a level of {shown(self.scale.id)} "
                            f"(got {descriptor.level:g})",
                        )

    def _check_entry(self, check: Checker, path: str, entry: CardEntry) -> None:
        subject = next((s for s in self.subjects if s.id == entry.subject), None)
        if subject is None:
            check.add(
                f"{path}.subject",
                f"must be the id of a subject of the card (got {shown(entry.subject)})",
            )
            return
        standard = next((s for s in subject.standards if s.id == entry.standard), None)
        if standard is None:
            check.add(
                f"{path}.standard",
                f"must be the id of a standard of {shown(subject.id)} "
                f"(got {shown(entry.standard)})",
            )
            return
        if entry.term not in self.terms:
            check.add(
                f"{path}.term",
                f"must be a term of the card (got {shown(entry.term.value)})",
            )
        known = {level.points for level in self.scale.levels}
        for name in ("self_grade", "teacher_grade"):
            grade = getattr(entry, name)
            if grade is not None and grade not in known:
                check.add(
                    f"{path}.{name}",
                    f"must be the points of a level of {shown(self.scale.id)} "
                    f"(got {grade:g})",
                )
        statements = set(standard.can_do)
        for number, text in enumerate(entry.can_do):
            if text not in statements:
                check.add(
                    f"{path}.can_do[{number}]",
                    f"must be a can-do statement of {shown(standard.id)} (got {shown(text)})",
                )

    def subject(self, id: str) -> CardSubject | None:
        """Return the subject with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If the card has no subject with this id.
        """
        check = Checker(arguments=True)
        check.text("id", id, empty=True)
        check.done()
        found = next((s for s in self.subjects if s.id == id), None)
        if found is None:
            message = (
                f"the card {shown(self.id)} has no subject with the id {shown(id)}"
            )
            raise NotFoundError(message, key=id)
        return found

    def entry(self, subject: str, standard: str, term: TermName) -> CardEntry | None:
        """Return the entry for a subject, standard and term, or ``None``.

        ``None`` means the student has not filled that entry in yet.

        Raises:
            ArgumentTypeError: If *subject* or *standard* is not a string, or *term*
                not a `selfassess.TermName`.
        """
        check = Checker(arguments=True)
        check.text("subject", subject, empty=True)
        check.text("standard", standard, empty=True)
        check.member("term", term, TermName)
        check.done()
        return next(
            (
                e
                for e in self.entries
                if (e.subject, e.standard, e.term) == (subject, standard, term)
            ),
            None,
        )

    def with_entry(self, entry: CardEntry) -> SelfReportCard:
        """Return a copy with *entry* added, replacing any for the same standard and term.

        Raises:
            ArgumentTypeError: If *entry* is not a `CardEntry`.
            InvalidDataError: If the entry does not fit the card.
        """
        check = Checker(arguments=True)
        check.instance("entry", entry, CardEntry)
        check.done()
        kept = [
            e
            for e in self.entries
            if (e.subject, e.standard, e.term)
            != (entry.subject, entry.standard, entry.term)
        ]
        return attrs.evolve(self, entries=[*kept, entry])

    def paired_grades(
        self, term: TermName | None = None
    ) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """Return the student's and the teacher's grades where both are given.

        Ready for the calibration statistics, such as `exact_agreement` and `bias`.

        Args:
            term: Only this term's entries; every term by default.

        Returns:
            The student's grades and the teacher's, in the order of the entries.

        Raises:
            ArgumentTypeError: If *term* is neither ``None`` nor a
                `selfassess.TermName`.
        """
        check = Checker(arguments=True)
        check.optional_instance("term", term, TermName)
        check.done()
        mine: list[float] = []
        theirs: list[float] = []
        for e in self.entries:
            if term is not None and e.term is not term:
                continue
            if e.self_grade is not None and e.teacher_grade is not None:
                mine.append(e.self_grade)
                theirs.append(e.teacher_grade)
        return tuple(mine), tuple(theirs)


def _standard(id: str, statement: str, can_do: Sequence[str]) -> CardStandard:
    """A standard with the 4-point descriptors of the student-led conference."""
    texts = (
        "I cannot do this yet, even with help.",
        "I can do parts of this, or all of it with help.",
        "I can do this on my own.",
        "I can do this in new or harder situations and teach it to others.",
    )
    return CardStandard(
        id=id,
        statement=statement,
        descriptors=[
            Descriptor(
                level=points,
                description=text,
                can_do=[can_do[points - 2]] if points >= 2 else [],
            )
            for points, text in enumerate(texts, start=1)
        ],
    )


_SUBJECTS = (
    CardSubject(
        id="reading",
        title="Reading",
        standards=[
            _standard(
                "reading-comprehension",
                "I can understand and retell what I read.",
                (
                    "I can retell the beginning, middle and end.",
                    "I can find the main idea and details.",
                    "I can compare ideas across two texts.",
                ),
            )
        ],
    ),
    CardSubject(
        id="writing",
        title="Writing",
        standards=[
            _standard(
                "writing-organization",
                "I can write organized pieces for a purpose.",
                (
                    "I can write sentences about one topic.",
                    "I can write paragraphs with a beginning, middle and end.",
                    "I can choose words and structure for my reader.",
                ),
            )
        ],
    ),
    CardSubject(
        id="math",
        title="Math",
        standards=[
            _standard(
                "math-problem-solving",
                "I can solve problems and explain my thinking.",
                (
                    "I can solve a problem with a model.",
                    "I can solve problems and show my steps.",
                    "I can solve problems more than one way and explain why.",
                ),
            )
        ],
    ),
    CardSubject(
        id="social-studies",
        title="Social studies",
        standards=[
            _standard(
                "social-studies-inquiry",
                "I can ask questions and find answers about people and places.",
                (
                    "I can ask a question about the past.",
                    "I can use sources to answer questions.",
                    "I can compare points of view from different sources.",
                ),
            )
        ],
    ),
    CardSubject(
        id="science",
        title="Science",
        standards=[
            _standard(
                "science-investigation",
                "I can plan and carry out investigations.",
                (
                    "I can make observations.",
                    "I can carry out a fair test and record data.",
                    "I can explain what my data shows and what to test next.",
                ),
            )
        ],
    ),
    CardSubject(
        id="work-habits",
        title="Work habits and social skills",
        standards=[
            _standard(
                "work-habits",
                "I can manage my work and my time.",
                (
                    "I can start my work when asked.",
                    "I can finish my work on time.",
                    "I can plan my work and help others plan theirs.",
                ),
            ),
            _standard(
                "social-skills",
                "I can work and play well with others.",
                (
                    "I can take turns.",
                    "I can listen and respond kindly.",
                    "I can help the group solve problems.",
                ),
            ),
        ],
    ),
)


def self_report_card(
    id: str,
    student: str,
    subjects: Sequence[CardSubject] | None = None,
    terms: Sequence[TermName] = (TermName.FALL, TermName.WINTER, TermName.SPRING),
) -> SelfReportCard:
    """Return a blank 4-point self-report card for a student.

    By default it has the practice's subjects (reading, writing, math, social
    studies, science, work habits and social skills), each with a sample standard
    and its 4-point descriptors and "can do" statements, for fall, winter and
    spring. Pass a district's own subjects instead.

    Args:
        id: The card's id.
        student: The student's id.
        subjects: The subjects and standards; the practice's six by default.
        terms: The terms, in order.

    Returns:
        A card on `selfassess.FOUR_POINT` with no entries yet.

    Raises:
        ArgumentTypeError: If *subjects* or *terms* is not a list.
        InvalidDataError: If a value breaks a rule of `SelfReportCard`.

    Example:
        >>> from selfassess import TermName
        >>> from selfassess.rubrics import CardEntry, self_report_card
        >>> card = self_report_card("ana-2026", "ana")
        >>> [subject.id for subject in card.subjects][:3]
        ['reading', 'writing', 'math']
        >>> card = card.with_entry(CardEntry(
        ...     subject="math", standard="math-problem-solving", term=TermName.FALL,
        ...     can_do=["I can solve problems and show my steps."], self_grade=3,
        ...     rationale="I showed my steps on every problem.", teacher_grade=3))
        >>> card.paired_grades(TermName.FALL)
        ((3.0,), (3.0,))
    """
    check = Checker(arguments=True)
    given_terms = check.listed("terms", terms, "terms")
    given_subjects = (
        _SUBJECTS
        if subjects is None
        else check.listed("subjects", subjects, "subjects")
    )
    check.done()
    return SelfReportCard(
        id=id,
        student=student,
        scale=FOUR_POINT,
        terms=given_terms,
        subjects=given_subjects,
    )
