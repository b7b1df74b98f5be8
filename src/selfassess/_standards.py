"""Standards and what students are learning: frameworks, learning intentions, criteria.

A `Framework` is a district's or a state's standards for a subject: domains, the
standards within them (some marked as power standards) and, optionally, the skills a
standard breaks into. Every domain, standard and skill has an id unique in the whole
framework and a short code (``4.NF.1``) unique too, so both can be looked up.

A `LearningIntention` is what a class is learning in a lesson or unit ("We are learning
to compare fractions"), with the `SuccessCriterion` statements a student judges their
work against ("I can ...") and the standards it is aligned to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import NotFoundError

__all__ = [
    "Domain",
    "Framework",
    "LearningIntention",
    "Skill",
    "Standard",
    "SuccessCriterion",
]


@attrs.frozen(kw_only=True)
class Skill:
    """A skill a standard breaks into.

    Attributes:
        id: Unique in the framework.
        code: A short code, unique in the framework, such as ``"4.NF.1.a"``.
        statement: What the skill is.

    Raises:
        InvalidDataError: If the id or code is empty or padded, or the statement empty.
    """

    id: str
    code: str
    statement: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("statement", self.statement)
        check.done()


@attrs.frozen(kw_only=True)
class Standard:
    """A standard: what a student should know or be able to do.

    Attributes:
        id: Unique in the framework.
        code: A short code, unique in the framework, such as ``"4.NF.1"``.
        statement: The standard's text.
        power: Whether it is a power standard: one the school puts first because
            later learning depends on it.
        skills: The skills it breaks into, if the framework lists them.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    id: str
    code: str
    statement: str
    power: bool = False
    skills: tuple[Skill, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("statement", self.statement)
        check.boolean("power", self.power)
        check.items("skills", self.skills, Skill)
        check.done()


@attrs.frozen(kw_only=True)
class Domain:
    """A group of related standards, such as "Number and Operations: Fractions".

    Attributes:
        id: Unique in the framework.
        code: A short code, unique in the framework, such as ``"4.NF"``.
        title: The domain's name.
        standards: Its standards, in the framework's order; at least one.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    id: str
    code: str
    title: str
    standards: tuple[Standard, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("title", self.title)
        check.items(
            "standards",
            self.standards,
            Standard,
            non_empty=True,
        )
        check.done()


@attrs.frozen(kw_only=True)
class Framework:
    """A set of standards for a subject, grouped into domains.

    Ids are unique across all domains, standards and skills of the framework, and so
    are codes, so that `Framework.standard` and `Framework.by_code` find exactly one thing.

    Attributes:
        id: A short identifier, such as ``"ccss-math-4"``.
        title: The name shown to people.
        subject: The subject, such as ``"math"``; may be empty.
        domains: The domains, in order; at least one.

    Raises:
        InvalidDataError: If a field breaks its rule or an id or code repeats.

    Example:
        >>> from selfassess import Domain, Framework, Standard
        >>> fractions = Domain(id="nf", code="4.NF", title="Fractions", standards=[
        ...     Standard(id="nf1", code="4.NF.1", statement="Explain equivalent fractions.",
        ...              power=True),
        ...     Standard(id="nf2", code="4.NF.2", statement="Compare two fractions."),
        ... ])
        >>> framework = Framework(id="math-4", title="Grade 4 math", domains=[fractions])
        >>> framework.by_code("4.NF.2").id
        'nf2'
        >>> [standard.code for standard in framework.power_standards]
        ['4.NF.1']
    """

    id: str
    title: str
    subject: str = ""
    domains: tuple[Domain, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("title", self.title)
        check.text("subject", self.subject, empty=True)
        if check.items(
            "domains",
            self.domains,
            Domain,
            non_empty=True,
        ):
            self._check_unique(check)
        check.done()

    def _paths(self) -> Iterator[tuple[str, Domain | Standard | Skill]]:
        for d, domain in enumerate(self.domains):
            yield f"domains[{d}]", domain
            for s, standard in enumerate(domain.standards):
                yield f"domains[{d}].standards[{s}]", standard
                for k, skill in enumerate(standard.skills):
                    yield f"domains[{d}].standards[{s}].skills[{k}]", skill

    def _check_unique(self, check: Checker) -> None:
        for field in ("id", "code"):
            seen: dict[str, str] = {}
            for path, item in self._paths():
                value = getattr(item, field)
                if value in seen:
                    check.add(
                        f"{path}.{field}",
                        f"{field} {shown(value)} is already used at {seen[value]}",
                    )
                else:
                    seen[value] = path

    @property
    def standards(self) -> tuple[Standard, ...]:
        """Every standard, domain by domain, in order."""
        return tuple(s for domain in self.domains for s in domain.standards)

    @property
    def power_standards(self) -> tuple[Standard, ...]:
        """The power standards, in order."""
        return tuple(s for s in self.standards if s.power)

    def standard(self, id: str) -> Standard:
        """Return the standard with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If the framework has no standard with this id.
        """
        check = Arguments()
        check.text("id", id, empty=True)
        check.done()
        for standard in self.standards:
            if standard.id == id:
                return standard
        message = (
            f"the framework {shown(self.id)} has no standard with the id {shown(id)}"
        )
        raise NotFoundError(message, key=id)

    def by_code(self, code: str) -> Standard:
        """Return the standard with this code, such as ``"4.NF.1"``.

        Raises:
            ArgumentTypeError: If *code* is not a string.
            NotFoundError: If the framework has no standard with this code.
        """
        check = Arguments()
        check.text("code", code, empty=True)
        check.done()
        for standard in self.standards:
            if standard.code == code:
                return standard
        message = f"the framework {shown(self.id)} has no standard with the code {shown(code)}"
        raise NotFoundError(message, key=code)

    def domain_of(self, standard_id: str) -> Domain:
        """Return the domain a standard belongs to.

        Raises:
            ArgumentTypeError: If *standard_id* is not a string.
            NotFoundError: If the framework has no standard with this id.
        """
        check = Arguments()
        check.text("standard_id", standard_id, empty=True)
        check.done()
        for domain in self.domains:
            if any(standard.id == standard_id for standard in domain.standards):
                return domain
        message = f"the framework {shown(self.id)} has no standard with the id {shown(standard_id)}"
        raise NotFoundError(message, key=standard_id)

    def __contains__(self, standard_id: object) -> bool:
        if not isinstance(standard_id, str):
            return False
        return any(standard.id == standard_id for standard in self.standards)

    def check_standards(
        self, standard_ids: Iterable[str], path: str = "standards"
    ) -> None:
        """Check that every id names a standard of this framework.

        Args:
            standard_ids: The ids to check, in order.
            path: The path to report problems under, such as ``"standards"``.

        Raises:
            ArgumentTypeError: If *standard_ids* is not a list or *path* not a string.
            InvalidDataError: Listing every id that is not a standard here, with its
                index.
        """
        arguments = Arguments()
        given = arguments.items("standard_ids", standard_ids, str)
        path = arguments.text("path", path, empty=True)
        arguments.done()
        known = {standard.id for standard in self.standards}
        check = Checker(arguments=True)
        for index, standard_id in enumerate(given):
            if standard_id not in known:
                check.add(
                    f"{path}[{index}]",
                    f"must be the id of a standard of {shown(self.id)} (got {shown(standard_id)})",
                )
        check.done()


@attrs.frozen(kw_only=True)
class SuccessCriterion:
    """One success criterion: what a student can check their work against.

    Attributes:
        id: Unique within its learning intention.
        statement: An "I can ..." statement, such as ``"I can explain why 1/2 = 2/4"``.

    Raises:
        InvalidDataError: If the id or statement is empty.
    """

    id: str
    statement: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("statement", self.statement)
        check.done()


@attrs.frozen(kw_only=True)
class LearningIntention:
    """What a class is learning, the criteria that show it, and its standards.

    Attributes:
        id: A short identifier.
        statement: The intention, such as ``"We are learning to compare fractions"``.
        success_criteria: What success looks like, as "I can ..." statements; at
            least one; ids unique.
        standards: The ids of the standards it is aligned to. Use
            `Framework.check_standards` to check them against a framework.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    id: str
    statement: str
    success_criteria: tuple[SuccessCriterion, ...] = attrs.field(converter=to_tuple)
    standards: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("statement", self.statement)
        if check.items(
            "success_criteria",
            self.success_criteria,
            SuccessCriterion,
            non_empty=True,
        ):
            check.unique(
                "success_criteria",
                self.success_criteria,
                lambda criterion: criterion.id,
                "id",
            )
        if check.items("standards", self.standards, check.identifier):
            check.unique("standards", self.standards, lambda s: s, "standard")
        check.done()

    def criterion(self, id: str) -> SuccessCriterion:
        """Return the success criterion with this id.

        Raises:
            ArgumentTypeError: If *id* is not a string.
            NotFoundError: If there is none.
        """
        check = Arguments()
        check.text("id", id, empty=True)
        check.done()
        for criterion in self.success_criteria:
            if criterion.id == id:
                return criterion
        message = f"the learning intention {shown(self.id)} has no success criterion with the id {shown(id)}"
        raise NotFoundError(message, key=id)
