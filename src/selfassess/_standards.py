"""Standards and what students are learning: frameworks, learning intentions, criteria.

A `Framework` is a district's or a state's standards for a subject: domains, the
standards within them (some marked as power standards) and, optionally, the clusters
that group a domain's standards and the skills a standard breaks into. Every domain,
cluster, standard and skill has an id unique in the whole framework and a short code
(``4.NF.1``) unique too, so both can be looked up. A framework read from a published
source (a 1EdTech CASE package) also keeps each one's URI.

A `LearningIntention` is what a class is learning in a lesson or unit ("We are learning
to compare fractions"), with the `SuccessCriterion` statements a student judges their
work against ("I can ...") and the standards it is aligned to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import NotFoundError

__all__ = [
    "Cluster",
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
        uri: Where the publisher of the framework keeps it, such as a CASE item's
            ``uri``; ``None`` if not known.

    Raises:
        InvalidDataError: If the id, code or URI is empty or padded, or the
            statement empty.
    """

    __repr__ = short_repr

    id: str
    code: str
    statement: str
    uri: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("statement", self.statement)
        check.optional_identifier("uri", self.uri)
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
        cluster: The id of the cluster of its domain it belongs to, if the
            framework groups the domain's standards into clusters.
        uri: Where the publisher of the framework keeps it, such as a CASE item's
            ``uri``; ``None`` if not known.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    code: str
    statement: str
    power: bool = False
    skills: tuple[Skill, ...] = attrs.field(default=(), converter=to_tuple)
    cluster: str | None = None
    uri: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("statement", self.statement)
        check.boolean("power", self.power)
        check.items("skills", self.skills, Skill)
        check.optional_identifier("cluster", self.cluster)
        check.optional_identifier("uri", self.uri)
        check.done()


@attrs.frozen(kw_only=True)
class Cluster:
    """A group of closely related standards within a domain.

    Common Core's domains group their standards into clusters, such as "Extend
    understanding of fraction equivalence and ordering" (``4.NF.A``) in the domain
    Number and Operations: Fractions. A cluster holds no standards itself: each
    standard names its cluster (``Standard.cluster``), so the domain's list of
    standards stays the one list, in order.

    Attributes:
        id: Unique in the framework.
        code: A short code, unique in the framework, such as ``"4.NF.A"``.
        title: What the cluster's standards are about.
        uri: Where the publisher of the framework keeps it, such as a CASE item's
            ``uri``; ``None`` if not known.

    Raises:
        InvalidDataError: If the id, code or URI is empty or padded, or the title
            empty.

    Example:
        >>> from selfassess import Domain, Framework, Standard
        >>> from selfassess import Cluster
        >>> fractions = Domain(id="nf", code="4.NF", title="Fractions", standards=[
        ...     Standard(id="nf1", code="4.NF.A.1", statement="Explain equivalence.",
        ...              cluster="nf-a"),
        ...     Standard(id="nf3", code="4.NF.B.3", statement="Add and subtract.",
        ...              cluster="nf-b"),
        ... ], clusters=[
        ...     Cluster(id="nf-a", code="4.NF.A", title="Equivalence and ordering"),
        ...     Cluster(id="nf-b", code="4.NF.B", title="Fractions from unit fractions"),
        ... ])
        >>> framework = Framework(id="math-4", title="Grade 4 math", domains=[fractions])
        >>> framework.cluster_of("nf3").code
        '4.NF.B'
    """

    __repr__ = short_repr

    id: str
    code: str
    title: str
    uri: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("title", self.title)
        check.optional_identifier("uri", self.uri)
        check.done()


@attrs.frozen(kw_only=True)
class Domain:
    """A group of related standards, such as "Number and Operations: Fractions".

    Attributes:
        id: Unique in the framework.
        code: A short code, unique in the framework, such as ``"4.NF"``.
        title: The domain's name.
        standards: Its standards, in the framework's order; at least one.
        clusters: The clusters its standards are grouped into, in order, if the
            framework has clusters; ids unique. Each cluster is named by at least
            one of the domain's standards, and a standard may name only a cluster
            of its own domain.
        uri: Where the publisher of the framework keeps it, such as a CASE item's
            ``uri``; ``None`` if not known.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    code: str
    title: str
    standards: tuple[Standard, ...] = attrs.field(converter=to_tuple)
    clusters: tuple[Cluster, ...] = attrs.field(default=(), converter=to_tuple)
    uri: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("code", self.code)
        check.text("title", self.title)
        standards_ok = check.items(
            "standards",
            self.standards,
            Standard,
            non_empty=True,
        )
        if check.items("clusters", self.clusters, Cluster):
            check.unique("clusters", self.clusters, lambda cluster: cluster.id, "id")
            if standards_ok:
                self._check_clusters(check)
        check.optional_identifier("uri", self.uri)
        check.done()

    def _check_clusters(self, check: Checker) -> None:
        """Each standard names a cluster of this domain; each cluster is named."""
        known = {cluster.id for cluster in self.clusters}
        named: set[str] = set()
        for index, standard in enumerate(self.standards):
            if standard.cluster is None:
                continue
            named.add(standard.cluster)
            if standard.cluster not in known:
                check.add(
                    f"standards[{index}].cluster",
                    "must be the id of a cluster of this domain "
                    f"(got {shown(standard.cluster)})",
                )
        for index, cluster in enumerate(self.clusters):
            if cluster.id not in named:
                check.add(
                    f"clusters[{index}]",
                    f"no standard of the domain is in the cluster {shown(cluster.id)}",
                )


@attrs.frozen(kw_only=True)
class Framework:
    """A set of standards for a subject, grouped into domains.

    Ids are unique across all domains, clusters, standards and skills of the
    framework, and so are codes, so that `Framework.standard` and `Framework.by_code`
    find exactly one thing.

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

    __repr__ = short_repr

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

    def _paths(self) -> Iterator[tuple[str, Domain | Cluster | Standard | Skill]]:
        for d, domain in enumerate(self.domains):
            yield f"domains[{d}]", domain
            for c, cluster in enumerate(domain.clusters):
                yield f"domains[{d}].clusters[{c}]", cluster
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

    def cluster_of(self, standard_id: str) -> Cluster | None:
        """Return the cluster a standard belongs to, or ``None`` if it is in none.

        Raises:
            ArgumentTypeError: If *standard_id* is not a string.
            NotFoundError: If the framework has no standard with this id.
        """
        domain = self.domain_of(standard_id)
        standard = next(s for s in domain.standards if s.id == standard_id)
        for cluster in domain.clusters:
            if cluster.id == standard.cluster:
                return cluster
        return None

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

    __repr__ = short_repr

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

    __repr__ = short_repr

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
