"""Self-report cards: the student grades themselves on the report card's standards.

At a student-led conference the student shares a self-report card: the district's
standards per subject and term, each with the 4-point descriptors (4 advanced,
3 proficient, 2 partially proficient, 1 not proficient) and "can do" statements.
The student highlights what they can do and writes their own grade with a rationale;
the teacher's report-card grade is set beside it.

The standards change by term: a standard may carry a `CardBenchmark` per term (fall,
winter, spring), whose "can do" statements are the ones the student highlights that
term. The grade is meant to follow the card's criteria: `SelfReportCard.talking_points`
names each entry whose grade differs from the highest level the student highlighted,
as something to talk about (the student's grade stands).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import attrs

from selfassess._proficiency import Proficiency, WidaLevel, proficiency_argument
from selfassess._repr import short_repr
from selfassess._scales import FOUR_POINT, Scale
from selfassess._terms import TermName
from selfassess._validate import Arguments, Checker, number_field, shown, to_tuple
from selfassess.errors import NotFoundError
from selfassess.language import Catalog, catalog_for, level_words
from selfassess.rubrics._rubric import Descriptor

__all__ = [
    "CardBenchmark",
    "CardEntry",
    "CardStandard",
    "CardSubject",
    "CardTalkingPoint",
    "SelfReportCard",
    "self_report_card",
]


def _check_descriptors(
    check: Checker, path: str, descriptors: tuple[Descriptor, ...]
) -> None:
    """Each descriptor describes a level of the card's scale, no level twice."""
    if check.items(path, descriptors, Descriptor):
        for index, descriptor in enumerate(descriptors):
            if descriptor.level is None:
                check.add(
                    f"{path}[{index}].level",
                    "must be the points of a level of the card's scale (got None)",
                )
        check.unique(path, descriptors, lambda d: d.level, "level")


@attrs.frozen(kw_only=True)
class CardBenchmark:
    """What a card standard asks for in one term: its levels and "can do" statements.

    A district's standards change through the year: what "proficient" means in
    fall is not what it means in spring. A benchmark holds one term's descriptors.

    Attributes:
        term: The term it is for.
        descriptors: What work at each level looks like that term, with "can do"
            statements; levels of the card's scale, no repeats.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    term: TermName
    descriptors: tuple[Descriptor, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("term", self.term, TermName)
        _check_descriptors(check, "descriptors", self.descriptors)
        check.done()

    @property
    def can_do(self) -> tuple[str, ...]:
        """Every "can do" statement of the term, lowest level first."""
        return tuple(text for d in self.descriptors for text in d.can_do)


@attrs.frozen(kw_only=True)
class CardStandard:
    """A standard on a self-report card, with what each level of it looks like.

    A standard whose benchmarks change by term gives a `CardBenchmark` for each
    term of the card; its ``descriptors`` then hold only what stays the same all
    year (they may be empty), and each term's descriptors are both together (see
    `descriptors_in`).

    Attributes:
        id: The standard's id, unique within its subject.
        statement: The standard as the student reads it ("I can ...").
        descriptors: What work at each level looks like, with "can do"
            statements, in every term without a benchmark of its own; levels of
            the card's scale, no repeats.
        benchmarks: The term's own descriptors, one per term at most. A standard
            with benchmarks must have one for every term of its card.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> from selfassess import TermName
        >>> from selfassess.rubrics import CardBenchmark, Descriptor
        >>> standard = CardStandard(id="nf", statement="I can work with fractions.",
        ...     benchmarks=[
        ...         CardBenchmark(term=TermName.FALL, descriptors=[
        ...             Descriptor(level=3, can_do=["I can name unit fractions."])]),
        ...         CardBenchmark(term=TermName.SPRING, descriptors=[
        ...             Descriptor(level=3, can_do=["I can add fractions."])]),
        ...     ])
        >>> standard.can_do_in(TermName.SPRING)
        ('I can add fractions.',)
    """

    __repr__ = short_repr

    id: str
    statement: str
    descriptors: tuple[Descriptor, ...] = attrs.field(default=(), converter=to_tuple)
    benchmarks: tuple[CardBenchmark, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("statement", self.statement)
        _check_descriptors(check, "descriptors", self.descriptors)
        if check.items("benchmarks", self.benchmarks, CardBenchmark):
            check.unique("benchmarks", self.benchmarks, lambda b: b.term.value, "term")
        check.done()

    @property
    def can_do(self) -> tuple[str, ...]:
        """Every "can do" statement of every level, lowest level first.

        The statements of ``descriptors``, the same in every term; see `can_do_in`
        for one term's.
        """
        return tuple(text for d in self.descriptors for text in d.can_do)

    def benchmark(self, term: TermName) -> CardBenchmark | None:
        """Return the term's benchmark, or ``None`` if the standard has none for it.

        Raises:
            ArgumentTypeError: If *term* is not a `selfassess.TermName`.
        """
        check = Arguments()
        check.member("term", term, TermName)
        check.done()
        return next((b for b in self.benchmarks if b.term is term), None)

    def descriptors_in(self, term: TermName) -> tuple[Descriptor, ...]:
        """Return what each level looks like in *term*.

        Without benchmarks, the year's ``descriptors``, as given; with a
        benchmark and no year-round descriptors, the benchmark's, as given. With
        both, the year's merged with the term's benchmark, level by level, lowest
        level first: a level's "can do" statements are the year's then the
        term's (each once), and its title, description and points the term's
        where it gives them.

        Raises:
            ArgumentTypeError: If *term* is not a `selfassess.TermName`.
            NotFoundError: If the standard has benchmarks but none for *term*.
        """
        found = self.benchmark(term)
        if found is not None:
            if not self.descriptors:
                return found.descriptors
            return _merged(self.descriptors, found.descriptors)
        if self.benchmarks:
            have = ", ".join(b.term.value for b in self.benchmarks)
            message = (
                f"the standard {shown(self.id)} has no benchmark for the "
                f"{term.value} term (it has {have})"
            )
            raise NotFoundError(message, key=term)
        return self.descriptors

    def can_do_in(self, term: TermName) -> tuple[str, ...]:
        """Return the "can do" statements of *term*, in `descriptors_in`'s order.

        Raises:
            ArgumentTypeError: If *term* is not a `selfassess.TermName`.
            NotFoundError: If the standard has benchmarks but none for *term*.
        """
        return tuple(text for d in self.descriptors_in(term) for text in d.can_do)


def _merged(
    year: tuple[Descriptor, ...], term: tuple[Descriptor, ...]
) -> tuple[Descriptor, ...]:
    """The year-round descriptors and a term's, one per level, lowest level first."""
    by_level = {d.level: d for d in year}
    for own in term:
        both = by_level.get(own.level)
        if both is None:
            by_level[own.level] = own
            continue
        by_level[own.level] = attrs.evolve(
            own,
            title=own.title or both.title,
            description=own.description or both.description,
            can_do=tuple(dict.fromkeys((*both.can_do, *own.can_do))),
            points=both.points if own.points is None else own.points,
            id=both.id if own.id is None else own.id,
        )
    return tuple(sorted(by_level.values(), key=lambda d: cast("float", d.level)))


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


_CARD_WORDS = ("subject_title", "statement", "scale")
"""A card talking point's words, from which `CardTalkingPoint.text_in` writes it."""


@attrs.frozen(kw_only=True)
class CardTalkingPoint:
    """An entry whose grade differs from what the student highlighted: to talk over.

    The grade is meant to follow the card's criteria: a 4 with only a level-2
    "can do" statement highlighted, or a 2 beside a level-3 statement, is worth a
    conversation at the conference. It is not an error: the student's grade stands.

    A point `SelfReportCard.talking_points` writes keeps the words it was written
    from (the subject's title, the standard's statement and the card's scale), so
    that `text_in` can write it again in a family's language or in simpler English
    for an English learner. A point written by hand, with only ``message``, is
    given as written.

    Attributes:
        subject: The subject's id.
        standard: The standard's id within the subject.
        term: The term of the entry.
        self_grade: The student's own grade.
        can_do_level: The highest level among the statements the student
            highlighted; ``None`` when they highlighted none.
        message: The point in plain words, with both numbers: in English unless
            `SelfReportCard.talking_points` was asked for another language or
            level.
        subject_title: The subject's title, as the card gives it; ``None`` for a
            point written by hand. The three words go together: all or none.
        statement: The standard in words, as the card gives it ("I can ..."): a
            child reads the standard this way, never by its code.
        scale: The card's scale, whose labels name the grades.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    subject: str
    standard: str
    term: TermName
    self_grade: float = number_field()
    can_do_level: float | None = number_field(optional=True, default=None)
    message: str
    subject_title: str | None = None
    statement: str | None = None
    scale: Scale | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("subject", self.subject)
        check.identifier("standard", self.standard)
        check.member("term", self.term, TermName)
        valid = check.declared(self)
        if (
            valid["self_grade"]
            and valid["can_do_level"]
            and self.self_grade == self.can_do_level
        ):
            check.add(
                "can_do_level",
                f"must differ from self_grade: a talking point is a mismatch "
                f"(got {self.can_do_level:g})",
            )
        check.text("message", self.message)
        given = [name for name in _CARD_WORDS if getattr(self, name) is not None]
        for name in given:
            if name == "scale":
                check.instance(name, self.scale, Scale)
            else:
                check.text(name, getattr(self, name))
        if given and len(given) < len(_CARD_WORDS):
            missing = [name for name in _CARD_WORDS if name not in given]
            check.add(
                missing[0],
                f"must be given with {', '.join(given)}: a point's words go "
                f"together (missing {', '.join(missing)})",
            )
        check.done()

    @property
    def above(self) -> bool:
        """Whether the grade is above what the highlighted statements show."""
        return self.can_do_level is None or self.self_grade > self.can_do_level

    def text_in(
        self,
        *,
        language: str | Catalog | None = None,
        level: Proficiency | WidaLevel | None = None,
    ) -> str:
        """Return the point in a language, worded for a proficiency level.

        The subject's title and the standard's statement are the teacher's words
        and stay as written; the sentence, the term and a built-in scale's labels
        are the catalog's.

        Args:
            language: A language tag, a `~selfassess.language.Catalog`, or
                ``None`` for English.
            level: The student's English-language proficiency, as a band or one
                of WIDA's six levels (levels 1-2 read the simplest wording), or
                ``None`` for the point's own wording.

        Returns:
            The point in *language* at *level*; ``message`` itself when both are
            ``None``, or when the point was written by hand (it has no
            ``statement``).

        Raises:
            ArgumentTypeError: If *language* or *level* is of the wrong kind.
            NotFoundError: If no catalog has *language*.

        Example:
            >>> from selfassess import FOUR_POINT, TermName
            >>> from selfassess.language import WidaLevel
            >>> point = CardTalkingPoint(subject="math", standard="nf",
            ...     term=TermName.FALL, self_grade=4, can_do_level=2,
            ...     message="...", subject_title="Math",
            ...     statement="I can work with fractions.", scale=FOUR_POINT)
            >>> point.text_in(level=WidaLevel.EMERGING)
            '"I can work with fractions.": you gave yourself 4 (Advanced). Show me the work.'
            >>> point.text_in(language="es", level=WidaLevel.EMERGING)
            '«I can work with fractions.»: te pusiste 4 (Avanzado). Muéstrame el trabajo.'
        """
        check = Arguments()
        band = proficiency_argument(check, "level", level)
        check.done()
        catalog = catalog_for(language)
        if (
            (language is None and band is None)
            or self.subject_title is None
            or self.statement is None
            or self.scale is None
        ):
            return self.message
        return _card_text(
            catalog,
            band,
            subject_title=self.subject_title,
            statement=self.statement,
            scale=self.scale,
            term=self.term,
            grade=self.self_grade,
            highest=self.can_do_level,
        )


def _card_text(
    catalog: Catalog,
    band: Proficiency | None,
    *,
    subject_title: str,
    statement: str,
    scale: Scale,
    term: TermName,
    grade: float,
    highest: float | None,
) -> str:
    """A card talking point in the catalog's language, at a proficiency."""
    if highest is None:
        key = "feedback.card.none"
    elif grade > highest:
        key = "feedback.card.above"
    else:
        key = "feedback.card.below"
    return catalog.text(
        key,
        level=band,
        subject=subject_title,
        statement=statement,
        term=catalog.text(f"feedback.term.{term.value}"),
        grade=_named(catalog, scale, grade),
        highest="" if highest is None else _named(catalog, scale, highest),
    )


def _named(catalog: Catalog, scale: Scale, points: float) -> str:
    """A level by its points and its label: "4 (Advanced)"; points alone without one."""
    english = catalog.language.split("-", 1)[0].lower() == "en"
    shown_points = f"{points:g}" if english else catalog.number(points)
    if not any(level.points == points for level in scale.levels):
        return shown_points
    label = level_words(scale, points, language=catalog)
    if not label:
        return shown_points
    return catalog.text("feedback.card.level", points=shown_points, label=label)


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
                path = f"subjects[{s}].standards[{t}]"
                lists = [("descriptors", standard.descriptors)] + [
                    (f"benchmarks[{b}].descriptors", benchmark.descriptors)
                    for b, benchmark in enumerate(standard.benchmarks)
                ]
                for where, descriptors in lists:
                    for d, descriptor in enumerate(descriptors):
                        if descriptor.level not in known:
                            check.add(
                                f"{path}.{where}[{d}].level",
                                f"must be the points of a level of "
                                f"{shown(self.scale.id)} (got {descriptor.level:g})",
                            )
                if standard.benchmarks:
                    have = {b.term for b in standard.benchmarks}
                    missing = [term.value for term in self.terms if term not in have]
                    if missing:
                        listed = ", ".join(b.term.value for b in standard.benchmarks)
                        check.add(
                            f"{path}.benchmarks",
                            f"must have a benchmark for every term of the card: none "
                            f"for {', '.join(missing)} (got {listed})",
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
        if standard.benchmarks and standard.benchmark(entry.term) is None:
            return  # no statements to check against: reported at the term or benchmarks
        statements = set(standard.can_do_in(entry.term))
        when = f" in {entry.term.value}" if standard.benchmarks else ""
        for number, text in enumerate(entry.can_do):
            if text not in statements:
                check.add(
                    f"{path}.can_do[{number}]",
                    f"must be a can-do statement of {shown(standard.id)}{when} "
                    f"(got {shown(text)})",
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

    def talking_points(
        self,
        term: TermName | None = None,
        *,
        language: str | Catalog | None = None,
        level: Proficiency | WidaLevel | None = None,
    ) -> tuple[CardTalkingPoint, ...]:
        """Return a talking point for each grade that does not follow the highlights.

        The grade is meant to follow the card's criteria: an entry whose own grade
        differs from the highest level of the "can do" statements the student
        highlighted (in the entry's term) is something to talk about at the
        conference, higher or lower. A grade with no statement highlighted is one
        too, unless it is the lowest level of the scale (which needs no statement).
        Entries without a grade give none. The student's grade stands: these are
        questions, not corrections.

        Each point names the standard by its statement, the words a child reads,
        never by its code.

        Args:
            term: Only this term's entries; every term by default.
            language: The language of each point's ``message``: a tag, a
                `~selfassess.language.Catalog`, or ``None`` for English.
            level: The student's English-language proficiency, as a band or one
                of WIDA's six levels (levels 1-2 read the simplest wording), or
                ``None`` for the full wording.

        Returns:
            The talking points, in the order of the entries; each keeps its words,
            so that `CardTalkingPoint.text_in` gives it in another language too.

        Raises:
            ArgumentTypeError: If *term* is neither ``None`` nor a
                `selfassess.TermName`, or *language* or *level* is of the wrong
                kind.
            NotFoundError: If no catalog has *language*.

        Example:
            >>> from selfassess import TermName
            >>> card = self_report_card("ana-2026", "ana").with_entry(CardEntry(
            ...     subject="math", standard="math-problem-solving", term=TermName.FALL,
            ...     can_do=["I can solve a problem with a model."], self_grade=4))
            >>> point = card.talking_points()[0]
            >>> point.self_grade, point.can_do_level
            (4.0, 2.0)
            >>> print(point.message)  # doctest: +NORMALIZE_WHITESPACE
            Math, "I can solve problems and explain my thinking." (fall): you gave
            yourself 4 (Advanced), but the highest can-do statement you highlighted
            is at level 2 (Partially proficient). Which statements does your work
            show?
        """
        check = Arguments()
        check.optional_instance("term", term, TermName)
        band = proficiency_argument(check, "level", level)
        check.done()
        catalog = catalog_for(language)
        points: list[CardTalkingPoint] = []
        for entry in self.entries:
            if entry.self_grade is None or (
                term is not None and entry.term is not term
            ):
                continue
            subject = self.subject(entry.subject)
            assert subject is not None  # the card checked its entries
            standard = subject.standard(entry.standard)
            assert standard is not None
            highest = _highest_level(standard.descriptors_in(entry.term), entry.can_do)
            lowest = min(level.points for level in self.scale.levels)
            if highest == entry.self_grade or (
                highest is None and entry.self_grade == lowest
            ):
                continue
            points.append(
                CardTalkingPoint(
                    subject=entry.subject,
                    standard=entry.standard,
                    term=entry.term,
                    self_grade=entry.self_grade,
                    can_do_level=highest,
                    message=_card_text(
                        catalog,
                        band,
                        subject_title=subject.title,
                        statement=standard.statement,
                        scale=self.scale,
                        term=entry.term,
                        grade=entry.self_grade,
                        highest=highest,
                    ),
                    subject_title=subject.title,
                    statement=standard.statement,
                    scale=self.scale,
                )
            )
        return tuple(points)

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


def _highest_level(
    descriptors: tuple[Descriptor, ...], highlighted: tuple[str, ...]
) -> float | None:
    """The highest level with a highlighted statement; ``None`` if none is."""
    chosen = set(highlighted)
    levels = [
        d.level
        for d in descriptors
        if d.level is not None and chosen.intersection(d.can_do)
    ]
    return max(levels) if levels else None


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
