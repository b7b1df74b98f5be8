"""1EdTech CASE packages: a framework of standards, and the links beside it.

A CASE ``CFPackage`` (Competencies and Academic Standards Exchange, versions 1.0 and
1.1) is one ``CFDocument``, its ``CFItems`` (domains, clusters, standards, their
components, and any other statement the publisher keeps) and its
``CFAssociations``. The items form a tree through the ``isChildOf`` associations:
the origin is the child, the destination its parent, and the items directly under
the document name the document as their parent. Every other association
(``exactMatchOf``, ``isRelatedTo``, ``isPeerOf``, ...) links two nodes, often across
frameworks.

- `read_framework` reads the tree as a `~selfassess.Framework`;
- `read_associations` returns the other associations, as `CaseAssociation` values;
- `find_standard` finds the standard a Canvas outcome's ``vendor_guid``, a CASE
  identifier or a CASE URI names.

How `read_framework` maps a package (sources: the CASE 1.0 and 1.1 CFPackage JSON
schemas as OpenSALT ships them, ``core/config/schema/case-v1p0-cfpackage-schema.json``
and ``case-v1p1-cfpackage-schema.json``, and OpenSALT's tree,
``core/assets/js/cftree/view-documentclass.js``):

- The framework is the document: its ``identifier`` is the framework's id, its
  ``title`` the title, its ``subject`` (a list, or in some 1.0 packages a string)
  the subject, joined with ", ".
- The tree is made of the ``isChildOf`` associations outside any association
  grouping (``CFAssociationGroupingURI``), whose origin is an item of the package
  and whose destination is the document or an item of the package, as OpenSALT
  draws its default tree. Children are ordered by ``sequenceNumber`` (those without
  one last), then by ``listEnumeration``, then by ``humanCodingScheme`` (numbers in
  both compared as numbers, so ``4.NF.2`` comes before ``4.NF.10``; those without
  one last), then by their place in ``CFItems``: OpenSALT's order, made total.
- Identifiers are matched without regard to case (CASE identifiers are UUIDs), and
  must be unique in the package, the document's included.
- An item with two parents is placed once, under the parent reached first. An item
  the tree does not reach (an orphan, or a loop of items) is read as a child of the
  document, after the others, as OpenSALT lists its orphaned items: each in the
  order of ``CFItems``, with the unreached items above it (the first of a loop
  taken first) and under it. No item is lost.
- Each item is a domain, a cluster, a standard or a skill. Its ``CFItemType`` says
  which when it names a level (`ITEM_TYPES`: ``Domain``, ``Cluster``, ``Standard``,
  ``Component``, compared without regard to case; ``CFItemTypeURI.title`` stands in
  for a missing ``CFItemType``). An item whose type names no level takes the level
  of its depth below the document, chosen by the depth of the deepest item: one
  level deep, standards; two, domains and standards; three, domains, standards and
  skills; four or more, domains, clusters, standards and skills. The *levels* and
  *item_types* arguments change either rule.
- The tree decides where a level can go: an item without children is a standard
  (or a skill, under a standard); everything under a standard is a skill of that
  standard, in tree order; under a domain, a domain is read as a cluster; under a
  cluster, everything is a standard of that cluster; a cluster or a standard
  directly under the document belongs to a domain standing for the document (its
  id and code are the document's identifier, its title the document's title).
- Every domain, cluster, standard and skill keeps the item's ``identifier`` as its
  id and the item's ``uri``; its code is the item's ``humanCodingScheme``. An item
  without one, or whose ``humanCodingScheme`` an item earlier in the tree already
  has (codes are unique in a framework), gets its identifier as its code. A
  standard's or a skill's text is the ``fullStatement``; a domain's or a
  cluster's title is the ``abbreviatedStatement`` when there is one, else the
  ``fullStatement``.

Fields a reader does not use (``lastChangeDateTime``, ``creator``, ``CFDefinitions``,
``CFRubrics``, ``extensions``, ...) are not checked.

Edge: uses the standard library and the core; nothing imports it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, Protocol, TypeVar, get_args

import attrs

from selfassess import Cluster, Domain, Framework, Skill, Standard
from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, integer_field, shown, text_problem
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.interop._payload import Payload, join

__all__ = [
    "CHILD_OF",
    "ITEM_TYPES",
    "CaseAssociation",
    "FrameworkLevel",
    "find_standard",
    "read_associations",
    "read_framework",
]

FrameworkLevel = Literal["domain", "cluster", "standard", "skill"]
"""A level of a `~selfassess.Framework`, highest first, as *levels* and *item_types*
name it."""

_LEVELS: tuple[FrameworkLevel, ...] = get_args(FrameworkLevel)

CHILD_OF = "isChildOf"
"""The ``associationType`` that builds the tree: the origin is the destination's
child."""

ITEM_TYPES: Mapping[str, FrameworkLevel] = MappingProxyType(
    {
        "domain": "domain",
        "cluster": "cluster",
        "standard": "standard",
        "component": "skill",
    }
)
"""The ``CFItemType`` values that name a level, lowercased: Common Core's domains,
clusters, standards and their lettered components (``4.NF.B.3.a``)."""

_INT32 = (-(2**31), 2**31 - 1)
"""The range of a ``sequenceNumber``: an int32 in both CASE schemas."""


# --------------------------------------------------------------------------------------
# The package, read and checked
# --------------------------------------------------------------------------------------


@attrs.frozen
class _Item:
    """A CFItem as read: only the fields a reader uses."""

    index: int
    id: str
    statement: str
    uri: str | None
    code: str | None
    type: str | None
    abbreviated: str | None
    enumeration: str | None

    @property
    def key(self) -> str:
        """The identifier as matched: CASE identifiers are UUIDs, in any case."""
        return self.id.casefold()


@attrs.frozen
class _Link:
    """A CFAssociation as read."""

    index: int
    id: str
    uri: str | None
    type: str
    origin: str
    origin_uri: str | None
    origin_title: str | None
    destination: str
    destination_uri: str | None
    destination_title: str | None
    sequence: int | None
    grouping: str | None


@attrs.frozen
class _Package:
    """A CFPackage as read and checked."""

    id: str
    uri: str | None
    title: str
    subject: str
    items: tuple[_Item, ...]
    links: tuple[_Link, ...]


def _text(
    p: Payload,
    path: str,
    data: Mapping[str, Any],
    key: str,
    *,
    required: bool = False,
    empty: bool = True,
) -> str | None:
    """A string at *key*, ``null`` taken as missing.

    A string with a lone surrogate is refused: no model can keep it.
    """
    if required and data.get(key, "") is None:
        p.add(join(path, key), "must be a string (got None)")
        return None
    value = p.text(path, data, key, required=required, empty=empty, null=True)
    if value is not None:
        problem = text_problem(value, empty=True)
        if problem is not None:
            p.add(join(path, key), problem)
            return None
    return value


def _stripped(p: Payload, path: str, data: Mapping[str, Any], key: str) -> str | None:
    """An optional string, without surrounding spaces; blank is ``None``."""
    value = _text(p, path, data, key)
    if value is None or not value.strip():
        return None
    return value.strip()


def _identifier(p: Payload, path: str, data: Mapping[str, Any], key: str) -> str | None:
    """A required identifier, without surrounding spaces."""
    value = p.identifier(path, data, key)
    if value is not None:
        problem = text_problem(value, empty=False)
        if problem is not None:
            p.add(join(path, key), problem)
            return None
    return value


def _object(
    p: Payload, path: str, data: Mapping[str, Any], key: str, *, required: bool
) -> Mapping[str, Any] | None:
    """An object at *key*; ``null`` is missing."""
    if data.get(key) is None:
        if required:
            found = "is missing" if key not in data else "must be an object (got None)"
            p.add(join(path, key), found)
        return None
    return p.mapping(join(path, key), data[key])


def _list(p: Payload, data: Mapping[str, Any], key: str) -> Sequence[Any]:
    """A list at *key*; missing or ``null`` is empty."""
    if data.get(key) is None:
        return ()
    return p.items(key, data[key]) or ()


def _subject(p: Payload, document: Mapping[str, Any]) -> str:
    """The document's subject: a list of strings (1.1), or a string (some 1.0)."""
    value = document.get("subject")
    if value is None or isinstance(value, str):
        return _stripped(p, "CFDocument", document, "subject") or ""
    names = p.items("CFDocument.subject", value)
    found = []
    for index, name in enumerate(names or ()):
        problem = text_problem(name, empty=True)
        if problem is not None:
            p.add(f"CFDocument.subject[{index}]", problem)
        elif name.strip():
            found.append(name.strip())
    return ", ".join(found)


def _read_item(
    p: Payload, index: int, value: object, seen: dict[str, int]
) -> _Item | None:
    """A CFItem; its identifier is checked against those *seen* before it."""
    path = f"CFItems[{index}]"
    data = p.mapping(path, value)
    if data is None:
        return None
    identifier = _identifier(p, path, data, "identifier")
    if identifier is not None:
        earlier = seen.setdefault(identifier.casefold(), index)
        if earlier != index:
            where = "CFDocument" if earlier < 0 else f"CFItems[{earlier}]"
            p.add(
                f"{path}.identifier",
                f"identifier {shown(identifier)} is already used at {where}",
            )
    statement = _text(p, path, data, "fullStatement", required=True, empty=False)
    item_type = _stripped(p, path, data, "CFItemType")
    type_link = _object(p, path, data, "CFItemTypeURI", required=False)
    if type_link is not None:
        named = _stripped(p, join(path, "CFItemTypeURI"), type_link, "title")
        item_type = item_type or named
    uri = _stripped(p, path, data, "uri")
    code = _stripped(p, path, data, "humanCodingScheme")
    abbreviated = _stripped(p, path, data, "abbreviatedStatement")
    enumeration = _stripped(p, path, data, "listEnumeration")
    if identifier is None or statement is None:
        return None
    return _Item(
        index=index,
        id=identifier,
        statement=statement,
        uri=uri,
        code=code,
        type=item_type,
        abbreviated=abbreviated,
        enumeration=enumeration,
    )


def _node(
    p: Payload, path: str, data: Mapping[str, Any], key: str
) -> tuple[str, str | None, str | None] | None:
    """An association's end (``LinkGenURI``): identifier, uri and title."""
    link = _object(p, path, data, key, required=True)
    if link is None:
        return None
    where = join(path, key)
    identifier = _identifier(p, where, link, "identifier")
    uri = _stripped(p, where, link, "uri")
    title = _stripped(p, where, link, "title")
    if identifier is None:
        return None
    return identifier, uri, title


def _sequence(p: Payload, path: str, data: Mapping[str, Any]) -> int | None:
    value = data.get("sequenceNumber")
    if value is None:
        return None
    where = join(path, "sequenceNumber")
    if isinstance(value, bool) or not isinstance(value, int):
        p.add(where, f"must be a whole number (got {shown(value)})")
        return None
    low, high = _INT32
    if not low <= value <= high:
        p.add(where, f"must be a 32-bit whole number (got {shown(value)})")
        return None
    return value


def _read_link(p: Payload, index: int, value: object) -> _Link | None:
    path = f"CFAssociations[{index}]"
    data = p.mapping(path, value)
    if data is None:
        return None
    identifier = _identifier(p, path, data, "identifier")
    kind = _text(p, path, data, "associationType", required=True, empty=False)
    uri = _stripped(p, path, data, "uri")
    origin = _node(p, path, data, "originNodeURI")
    destination = _node(p, path, data, "destinationNodeURI")
    sequence = _sequence(p, path, data)
    grouping = None
    group = _object(p, path, data, "CFAssociationGroupingURI", required=False)
    if group is not None:
        grouping = _identifier(
            p, join(path, "CFAssociationGroupingURI"), group, "identifier"
        )
    if identifier is None or kind is None or origin is None or destination is None:
        return None
    return _Link(
        index=index,
        id=identifier,
        uri=uri,
        type=kind.strip(),
        origin=origin[0],
        origin_uri=origin[1],
        origin_title=origin[2],
        destination=destination[0],
        destination_uri=destination[1],
        destination_title=destination[2],
        sequence=sequence,
        grouping=grouping,
    )


def _read_package(package: object) -> _Package:
    """Read and check a CFPackage; raise every problem at once."""
    p = Payload()
    data = p.mapping("", package)
    if data is None:
        p.done()
    assert data is not None  # for mypy: done() raised otherwise
    document = _object(p, "", data, "CFDocument", required=True)
    identifier: str | None = None
    title: str | None = None
    uri: str | None = None
    subject = ""
    if document is not None:
        identifier = _identifier(p, "CFDocument", document, "identifier")
        title = _text(p, "CFDocument", document, "title", required=True, empty=False)
        uri = _stripped(p, "CFDocument", document, "uri")
        subject = _subject(p, document)
    # CASE identifiers are UUIDs: unique in any case, the document's included.
    seen = {} if identifier is None else {identifier.casefold(): -1}
    items = [_read_item(p, i, v, seen) for i, v in enumerate(_list(p, data, "CFItems"))]
    links = [
        _read_link(p, i, v) for i, v in enumerate(_list(p, data, "CFAssociations"))
    ]
    read = [item for item in items if item is not None]
    p.done()
    assert identifier is not None  # for mypy: done() raised otherwise
    assert title is not None
    return _Package(
        id=identifier,
        uri=uri,
        title=title,
        subject=subject,
        items=tuple(read),
        links=tuple(link for link in links if link is not None),
    )


# --------------------------------------------------------------------------------------
# The tree
# --------------------------------------------------------------------------------------

_NUMBER = re.compile(r"([0-9]+)")


def _natural(text: str | None) -> tuple[Any, ...]:
    """A sort key that compares the numbers in *text* as numbers; ``None`` last.

    A number is compared by its digits, not converted: a code may hold more digits
    than Python converts.
    """
    if text is None:
        return (1,)
    parts: list[tuple[Any, ...]] = []
    for part in _NUMBER.split(text):
        if _NUMBER.fullmatch(part):
            digits = part.lstrip("0") or "0"
            parts.append((0, len(digits), digits))
        elif part:
            parts.append((1, part.casefold()))
    return (0, tuple(parts))


def _child_order(pair: tuple[_Link, _Item]) -> tuple[Any, ...]:
    """OpenSALT's order of siblings, with a last rule that makes it total."""
    link, item = pair
    return (
        link.sequence is None,
        link.sequence or 0,
        _natural(item.enumeration),
        _natural(item.code),
        item.index,
        link.index,
    )


@attrs.define
class _Tree:
    """The items placed under a root, each once: children in order, and depths."""

    root: str
    children: dict[str, list[_Item]]
    depth: dict[str, int]

    def kids(self, key: str) -> list[_Item]:
        return self.children.get(key, [])


def _tree(package: _Package, root: str) -> _Tree:
    """Place every item reachable from *root* (a key) once, in pre-order.

    From the document, every item not reached is then placed under the document,
    each with the items under it, in the order of ``CFItems``.
    """
    items = {item.key: item for item in package.items}
    document = package.id.casefold()
    edges: dict[str, list[tuple[_Link, _Item]]] = {}
    parent_of: dict[str, str] = {}
    for link in package.links:
        child = items.get(link.origin.casefold())
        parent = link.destination.casefold()
        if (
            link.type != CHILD_OF
            or link.grouping is not None
            or child is None
            or (parent != document and parent not in items)
            or parent == child.key
        ):
            continue
        edges.setdefault(parent, []).append((link, child))
        parent_of.setdefault(child.key, parent)
    for pairs in edges.values():
        pairs.sort(key=_child_order)
    tree = _Tree(root=root, children={}, depth={root: 0})

    def place(parent: str, top: _Item) -> None:
        stack = [(parent, top)]
        while stack:
            above, item = stack.pop()
            if item.key in tree.depth:
                continue  # placed already, under a parent reached first
            tree.depth[item.key] = tree.depth[above] + 1
            tree.children.setdefault(above, []).append(item)
            stack.extend(
                (item.key, kid) for _, kid in reversed(edges.get(item.key, []))
            )

    for _, child in edges.get(root, []):
        place(root, child)
    if root == document:
        for item in package.items:
            if item.key in tree.depth:
                continue
            place(root, _highest(item, parent_of, items, tree))
    return tree


def _highest(
    item: _Item, parent_of: Mapping[str, str], items: Mapping[str, _Item], tree: _Tree
) -> _Item:
    """The highest unplaced item above *item*; *item* itself if it is in a loop."""
    top, climbed = item, [item.key]
    while (up := parent_of.get(top.key)) is not None and up in items:
        if up in tree.depth:
            break
        if up in climbed:
            # A loop: start from the item taken first, unless the loop is above it.
            return item if up == item.key else items[up]
        top = items[up]
        climbed.append(up)
    return top


# --------------------------------------------------------------------------------------
# Levels and the framework
# --------------------------------------------------------------------------------------


def _depth_levels(height: int) -> tuple[FrameworkLevel, ...]:
    """The level of each depth below the root, for a tree *height* levels deep."""
    if height <= 1:
        return ("standard",)
    if height == 2:
        return ("domain", "standard")
    if height == 3:
        return ("domain", "standard", "skill")
    return ("domain", "cluster", "standard", "skill")


@attrs.define
class _StandardDraft:
    item: _Item
    code: str
    cluster: str | None
    skills: list[Skill] = attrs.Factory(list)

    def build(self) -> Standard:
        return Standard(
            id=self.item.id,
            code=self.code,
            statement=self.item.statement,
            skills=self.skills,
            cluster=self.cluster,
            uri=self.item.uri,
        )


@attrs.define
class _DomainDraft:
    id: str
    code: str
    title: str
    uri: str | None
    clusters: list[Cluster] = attrs.Factory(list)
    standards: list[_StandardDraft] = attrs.Factory(list)

    def build(self) -> Domain:
        return Domain(
            id=self.id,
            code=self.code,
            title=self.title,
            standards=[draft.build() for draft in self.standards],
            clusters=self.clusters,
            uri=self.uri,
        )


def _title(item: _Item) -> str:
    return item.abbreviated or item.statement


class _Builder:
    """Place the items of a tree into domains, clusters, standards and skills."""

    def __init__(
        self,
        tree: _Tree,
        types: Mapping[str, FrameworkLevel],
        levels: tuple[FrameworkLevel, ...],
        home: tuple[str, str | None, str, str | None],
    ) -> None:
        self.tree = tree
        self.types = types
        self.levels = levels
        self.home = home  # the root's id, code, title and uri: the home domain's
        self.codes: set[str] = set()
        self.domains: list[_DomainDraft] = []
        self.home_domain: _DomainDraft | None = None

    def code(self, identifier: str, code: str | None) -> str:
        """The code: the humanCodingScheme if still free, else the identifier."""
        for candidate in (code, identifier):
            if candidate is not None and candidate not in self.codes:
                self.codes.add(candidate)
                return candidate
        number = 2
        while f"{identifier}-{number}" in self.codes:
            number += 1
        self.codes.add(f"{identifier}-{number}")
        return f"{identifier}-{number}"

    def wanted(self, item: _Item) -> FrameworkLevel:
        if item.type is not None:
            found = self.types.get(item.type.casefold())
            if found is not None:
                return found
        depth = self.tree.depth[item.key]
        return self.levels[depth - 1] if depth <= len(self.levels) else "skill"

    def home_domain_draft(self) -> _DomainDraft:
        if self.home_domain is None:
            identifier, code, title, uri = self.home
            self.home_domain = _DomainDraft(
                id=identifier, code=self.code(identifier, code), title=title, uri=uri
            )
            self.domains.append(self.home_domain)
        return self.home_domain

    def build(self) -> list[Domain]:
        # A container: ("domain", draft, None), ("cluster", draft, cluster id),
        # ("standard", standard draft, None), or ("root", None, None).
        stack: list[tuple[_Item, tuple[str, Any, str | None]]] = [
            (item, ("root", None, None))
            for item in reversed(self.tree.kids(self.tree.root))
        ]
        while stack:
            item, container = stack.pop()
            inner = self.place(item, container)
            stack.extend((kid, inner) for kid in reversed(self.tree.kids(item.key)))
        return [draft.build() for draft in self.domains]

    def place(
        self, item: _Item, container: tuple[str, Any, str | None]
    ) -> tuple[str, Any, str | None]:
        """Place *item* in *container*; return the container of its children."""
        kind, draft, cluster = container
        if kind == "standard":
            draft.skills.append(
                Skill(
                    id=item.id,
                    code=self.code(item.id, item.code),
                    statement=item.statement,
                    uri=item.uri,
                )
            )
            return container
        level = self.wanted(item)
        if not self.tree.kids(item.key) and level in ("domain", "cluster"):
            level = "standard"  # an item without children is a standard
        if kind == "root":
            if level == "domain":
                domain = _DomainDraft(
                    id=item.id,
                    code=self.code(item.id, item.code),
                    title=_title(item),
                    uri=item.uri,
                )
                self.domains.append(domain)
                return ("domain", domain, None)
            kind, draft = "domain", self.home_domain_draft()
        if kind == "domain" and level in ("domain", "cluster"):
            draft.clusters.append(
                Cluster(
                    id=item.id,
                    code=self.code(item.id, item.code),
                    title=_title(item),
                    uri=item.uri,
                )
            )
            return ("cluster", draft, item.id)
        standard = _StandardDraft(
            item=item, code=self.code(item.id, item.code), cluster=cluster
        )
        draft.standards.append(standard)
        return ("standard", standard, None)


def _check_types(arguments: Arguments, item_types: object) -> dict[str, FrameworkLevel]:
    """The item types given, lowercased, over the defaults."""
    types = dict(ITEM_TYPES)
    if item_types is None:
        return types
    if not isinstance(item_types, Mapping):
        message = (
            f"must be a mapping of CFItemType to a level (got {shown(item_types)})"
        )
        arguments.wrong_kind("item_types", message)
        return types
    for name, level in item_types.items():
        where = f"item_types[{shown(name)}]"
        if not isinstance(name, str) or not name.strip():
            arguments.add(where, "must be keyed by a CFItemType, a non-empty string")
        elif level not in _LEVELS:
            arguments.add(where, f"must be one of {_choices()} (got {shown(level)})")
        else:
            types[name.strip().casefold()] = level
    return types


def _check_levels(arguments: Arguments, levels: object) -> tuple[FrameworkLevel, ...]:
    """The levels by depth, if given: a non-empty list of level names."""
    if levels is None:
        return ()
    before = len(arguments.check.problems)
    given = arguments.check.listed("levels", levels, "levels")
    if not given and len(arguments.check.problems) == before:
        arguments.add("levels", "must not be empty")
    for index, level in enumerate(given):
        if level not in _LEVELS:
            arguments.add(
                f"levels[{index}]", f"must be one of {_choices()} (got {shown(level)})"
            )
    return tuple(given)


def _choices() -> str:
    return ", ".join(repr(level) for level in _LEVELS)


def read_framework(
    package: Mapping[str, Any],
    *,
    root: str | None = None,
    item_types: Mapping[str, FrameworkLevel] | None = None,
    levels: Sequence[FrameworkLevel] | None = None,
) -> Framework:
    """Read a CASE package as a framework: domains, clusters, standards and skills.

    The document is the framework; the ``isChildOf`` tree gives its domains,
    clusters, standards and skills, each keeping the item's ``identifier`` as its id
    and its ``uri``, so that `find_standard` finds the standard a Canvas outcome's
    ``vendor_guid`` names. The module's description gives every rule.

    Args:
        package: The ``CFPackage``, decoded from JSON, as a CASE provider's
            ``/ims/case/v1p0/CFPackages/{sourcedId}`` (or ``v1p1``) returns it.
        root: The identifier of an item to read as the framework instead of the
            whole document, such as a grade level of a K-12 package. The
            framework then has that item's identifier as its id, and the document's
            title followed by the item's as its title.
        item_types: ``CFItemType`` values that name a level, added to `ITEM_TYPES`
            (and replacing one of the same name), such as ``{"Strand": "domain",
            "Benchmark": "standard"}``. Names are compared without regard to case.
        levels: The level of the items at each depth below the root, for items
            whose type names no level, such as ``("domain", "cluster",
            "standard")``; items deeper than the last are skills. By default, the
            depth of the deepest item chooses (see the module's description).

    Returns:
        The framework, with the document's identifier as its id.

    Raises:
        ArgumentTypeError: If *root*, *item_types* or *levels* is of the wrong kind.
        InvalidDataError: If the package is not a ``CFPackage`` this reader can
            read, listing every problem with its path in the package
            (``CFItems[2].fullStatement: must be a string (got None)``): a value
            missing or of the wrong type, an identifier used twice, no item under
            the document (or the root). Also if *item_types* or *levels* names a
            level that does not exist.
        NotFoundError: If the package has no item with the identifier *root*.

    Example:
        >>> from selfassess.interop.case import read_framework
        >>> doc = {"identifier": "d1", "title": "Grade 4 math"}
        >>> def item(id, code, text, kind):
        ...     return {"identifier": id, "humanCodingScheme": code,
        ...             "fullStatement": text, "CFItemType": kind}
        >>> def child(id, parent, number):
        ...     return {"identifier": f"a-{id}", "associationType": "isChildOf",
        ...             "originNodeURI": {"identifier": id},
        ...             "destinationNodeURI": {"identifier": parent},
        ...             "sequenceNumber": number}
        >>> framework = read_framework({
        ...     "CFDocument": doc,
        ...     "CFItems": [
        ...         item("nf", "4.NF", "Number and Operations: Fractions", "Domain"),
        ...         item("nf-a", "4.NF.A", "Extend understanding of fraction "
        ...              "equivalence and ordering.", "Cluster"),
        ...         item("nf2", "4.NF.A.2", "Compare two fractions.", "Standard"),
        ...         item("nf1", "4.NF.A.1", "Explain equivalent fractions.", "Standard"),
        ...     ],
        ...     "CFAssociations": [
        ...         child("nf", "d1", 1), child("nf-a", "nf", 1),
        ...         child("nf2", "nf-a", 2), child("nf1", "nf-a", 1),
        ...     ],
        ... })
        >>> [standard.code for standard in framework.standards]
        ['4.NF.A.1', '4.NF.A.2']
        >>> framework.cluster_of("nf2").code
        '4.NF.A'
    """
    arguments = Arguments()
    root = arguments.optional_text("root", root)
    types = _check_types(arguments, item_types)
    by_depth = _check_levels(arguments, levels)
    arguments.done()
    read = _read_package(package)
    title = read.title
    home: tuple[str, str | None, str, str | None] = (read.id, None, title, read.uri)
    key, where = read.id.casefold(), "CFItems"
    if root is not None and root.strip().casefold() != key:
        found = [item for item in read.items if item.key == root.strip().casefold()]
        if not found:
            message = f"the package has no CFItem with the identifier {shown(root)}"
            raise NotFoundError(message, key=root)
        top = found[0]
        key, where = top.key, f"CFItems[{top.index}]"
        title = f"{read.title}: {_title(top)}"
        home = (top.id, top.code, _title(top), top.uri)
    tree = _tree(read, key)
    if not tree.kids(key):
        message = "has no item under it: a framework needs at least one standard"
        raise InvalidDataError.single(where, message)
    height = max(tree.depth.values())
    builder = _Builder(tree, types, by_depth or _depth_levels(height), home)
    return Framework(
        id=home[0], title=title, subject=read.subject, domains=builder.build()
    )


# --------------------------------------------------------------------------------------
# Associations
# --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CaseAssociation:
    """One CASE association: how one node (an item, a document) relates to another.

    Kept as the package gives it, so that an alignment across frameworks
    (``exactMatchOf`` a state's standard), a relation (``isRelatedTo``), an order
    (``precedes``) or a replacement (``replacedBy``) is not lost when the tree is
    read as a framework. Use `find_standard` to turn an end into a standard.

    Attributes:
        id: The association's ``identifier``.
        type: The ``associationType`` as given: ``"isChildOf"``, ``"isPeerOf"``,
            ``"isPartOf"``, ``"exactMatchOf"``, ``"precedes"``, ``"isRelatedTo"``,
            ``"replacedBy"``, ``"exemplar"``, ``"hasSkillLevel"``, CASE 1.1's
            ``"isTranslationOf"``, or an extension (``"ext:..."``).
        origin: The identifier of the origin node (``originNodeURI.identifier``).
        destination: The identifier of the destination node.
        origin_uri: The origin node's URI, if given.
        destination_uri: The destination node's URI, if given.
        origin_title: The origin node's title, if given (often its code).
        destination_title: The destination node's title, if given.
        sequence: The ``sequenceNumber``, if given: a 32-bit whole number.
        grouping: The identifier of its ``CFAssociationGroupingURI``, if any.
        uri: The association's own ``uri``, if given.

    Raises:
        InvalidDataError: If an identifier or URI is empty or padded, a title empty,
            or the sequence not a 32-bit whole number, listing every problem.

    Example:
        >>> from selfassess.interop.case import CaseAssociation
        >>> link = CaseAssociation(id="a1", type="exactMatchOf", origin="nf1",
        ...                        destination="ccss-4-nf-a-1")
        >>> link.type, link.sequence
        ('exactMatchOf', None)
    """

    __repr__ = short_repr

    id: str
    type: str
    origin: str
    destination: str
    origin_uri: str | None = None
    destination_uri: str | None = None
    origin_title: str | None = None
    destination_title: str | None = None
    sequence: int | None = integer_field(
        minimum=_INT32[0], maximum=_INT32[1], optional=True, default=None
    )
    grouping: str | None = None
    uri: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        for name in ("id", "type", "origin", "destination"):
            check.identifier(name, getattr(self, name))
        for name in ("origin_uri", "destination_uri", "grouping", "uri"):
            check.optional_identifier(name, getattr(self, name))
        for name in ("origin_title", "destination_title"):
            check.optional_text(name, getattr(self, name))
        check.declared(self)
        check.done()


def read_associations(
    package: Mapping[str, Any], *, types: Sequence[str] | None = None
) -> tuple[CaseAssociation, ...]:
    """Return a CASE package's associations, those the framework does not hold.

    `read_framework` keeps the tree of ``isChildOf`` associations as the
    framework's structure; this returns the others, in the package's order, so
    that alignments and relations are kept beside the framework.

    Args:
        package: The ``CFPackage``, decoded from JSON (see `read_framework`).
        types: The ``associationType`` values to return, such as
            ``["exactMatchOf"]``; by default every type but ``isChildOf``. Give
            ``["isChildOf"]`` to see the tree's own links.

    Returns:
        The associations, in the order of ``CFAssociations``.

    Raises:
        ArgumentTypeError: If *types* is not a list of strings.
        InvalidDataError: If the package is not a ``CFPackage`` this module can
            read, listing every problem with its path (as `read_framework` does).

    Example:
        >>> from selfassess.interop.case import read_associations
        >>> links = read_associations({
        ...     "CFDocument": {"identifier": "d1", "title": "District math 4"},
        ...     "CFItems": [{"identifier": "s1", "fullStatement": "Compare fractions."}],
        ...     "CFAssociations": [
        ...         {"identifier": "a1", "associationType": "isChildOf",
        ...          "originNodeURI": {"identifier": "s1"},
        ...          "destinationNodeURI": {"identifier": "d1"}},
        ...         {"identifier": "a2", "associationType": "exactMatchOf",
        ...          "originNodeURI": {"identifier": "s1", "title": "M4.2"},
        ...          "destinationNodeURI": {"identifier": "ccss-nf-2",
        ...                                 "title": "4.NF.A.2"}},
        ...     ],
        ... })
        >>> [(link.type, link.destination_title) for link in links]
        [('exactMatchOf', '4.NF.A.2')]
    """
    arguments = Arguments()
    wanted: frozenset[str] | None = None
    if types is not None:
        given = arguments.check.listed("types", types, "association types")
        for index, name in enumerate(given):
            if not isinstance(name, str):
                arguments.add(
                    f"types[{index}]", f"must be a string (got {shown(name)})"
                )
        wanted = frozenset(name for name in given if isinstance(name, str))
    arguments.done()
    read = _read_package(package)
    return tuple(
        CaseAssociation(
            id=link.id,
            type=link.type,
            origin=link.origin,
            destination=link.destination,
            origin_uri=link.origin_uri,
            destination_uri=link.destination_uri,
            origin_title=link.origin_title,
            destination_title=link.destination_title,
            sequence=link.sequence,
            grouping=link.grouping,
            uri=link.uri,
        )
        for link in read.links
        if (link.type != CHILD_OF if wanted is None else link.type in wanted)
    )


# --------------------------------------------------------------------------------------
# Finding a standard
# --------------------------------------------------------------------------------------

_REFERENCE_KEYS = ("vendor_guid", "identifier", "uri")
_LONGEST_REFERENCE = 300
"""The longest reference a message quotes whole: a long URI, not a pasted page."""


def _reference(arguments: Arguments, reference: object) -> str:
    """The identifier or URI a reference gives."""
    if isinstance(reference, str):
        if not reference.strip():
            arguments.add("reference", f"must not be empty (got {shown(reference)})")
        return reference.strip()
    if isinstance(reference, Mapping):
        for key in _REFERENCE_KEYS:
            value = reference.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        message = (
            "must have a vendor_guid (a Canvas outcome), an identifier or a uri "
            f"(got {shown(reference)})"
        )
        arguments.add("reference", message)
        return ""
    message = f"must be a string or an object such as a Canvas outcome (got {shown(reference)})"
    arguments.wrong_kind("reference", message)
    return ""


def _last_segment(text: str) -> str | None:
    """The last segment of a URI's path: where CASE URIs keep the identifier."""
    if "/" not in text:
        return None
    path = re.split(r"[?#]", text, maxsplit=1)[0].rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return last or None


def _matches(key: str, identifier: str, uri: str | None) -> int | None:
    """How well *key* names a node, best first; ``None`` if it does not.

    0: its id; 1: its id in another case; 2: its URI; 3: a URI ending in its id.
    """
    if identifier == key:
        return 0
    if identifier.casefold() == key.casefold():
        return 1
    if uri is not None and uri == key:
        return 2
    last = _last_segment(key)
    if last is not None and identifier.casefold() == last.casefold():
        return 3
    return None


class _Node(Protocol):
    """A domain, a cluster, a standard or a skill: what a reference can name."""

    @property
    def id(self) -> str: ...

    @property
    def uri(self) -> str | None: ...


_N = TypeVar("_N", bound=_Node)


def _best(key: str, nodes: Sequence[_N]) -> _N | None:
    """The node *key* names best, the first in order among equals."""
    ranked = [
        (rank, index)
        for index, node in enumerate(nodes)
        if (rank := _matches(key, node.id, node.uri)) is not None
    ]
    return nodes[min(ranked)[1]] if ranked else None


def find_standard(
    reference: str | Mapping[str, Any], *, framework: Framework
) -> Standard:
    """Find the standard a Canvas outcome, a CASE identifier or a CASE URI names.

    A standard read by `read_framework` has the CASE item's identifier as its id
    and keeps its URI. The reference is matched, in this order, against each
    standard's id; its id in any case (a GUID may come upper-case, as Academic
    Benchmarks writes them); its URI; and, for a URI, the last segment of its path
    (CASE URIs end with the identifier). The first match in the framework's order
    wins.

    Args:
        reference: An identifier or a URI; or an object that carries one: a
            Canvas outcome (its ``vendor_guid``), or a CASE link such as an
            association's ``destinationNodeURI`` (its ``identifier``, else its
            ``uri``).
        framework: The framework to look in.

    Returns:
        The standard.

    Raises:
        ArgumentTypeError: If *reference* is neither a string nor an object, or
            *framework* is not a `~selfassess.Framework`.
        InvalidDataError: If *reference* is empty, or an object without a
            ``vendor_guid``, an ``identifier`` or a ``uri``.
        NotFoundError: If no standard matches. The message says so when the
            reference names a domain, a cluster or a skill instead.

    Example:
        >>> from selfassess import Domain, Framework, Standard
        >>> from selfassess.interop.case import find_standard
        >>> framework = Framework(id="d1", title="Grade 4 math", domains=[
        ...     Domain(id="nf", code="4.NF", title="Fractions", standards=[
        ...         Standard(id="9e3f6c1a-0b7c-4d55-8a3e-1f2b3c4d5e6f",
        ...                  code="4.NF.A.1", statement="Explain equivalence.",
        ...                  uri="https://case.example.org/uri/9e3f6c1a-0b7c-4d55-8a3e-1f2b3c4d5e6f"),
        ...     ]),
        ... ])
        >>> outcome = {"id": 42, "title": "4.NF.A.1",
        ...            "vendor_guid": "9E3F6C1A-0B7C-4D55-8A3E-1F2B3C4D5E6F"}
        >>> find_standard(outcome, framework=framework).code
        '4.NF.A.1'
    """
    arguments = Arguments()
    key = _reference(arguments, reference)
    arguments.instance("framework", framework, Framework)
    arguments.done()
    found = _best(key, framework.standards)
    if found is not None:
        return found
    # A URI is longer than most values an error shows: show it whole, if sane.
    quoted = repr(key) if len(key) <= _LONGEST_REFERENCE else shown(key)
    message = f"the framework {shown(framework.id)} has no standard {quoted}"
    for domain in framework.domains:
        if _best(key, [domain]) is not None:
            message += f": it names the domain {shown(domain.code)}"
            break
        cluster = _best(key, domain.clusters)
        if cluster is not None:
            message += f": it names the cluster {shown(cluster.code)}"
            break
        skill = next(
            (
                (standard, skill)
                for standard in domain.standards
                if (skill := _best(key, standard.skills)) is not None
            ),
            None,
        )
        if skill is not None:
            message += (
                f": it names the skill {shown(skill[1].code)} "
                f"of the standard {shown(skill[0].code)}"
            )
            break
    raise NotFoundError(message, key=key)
