"""selfassess.interop.case: a 1EdTech CASE CFPackage read as a Framework.

Sources of the payloads and rules, cited beside each test:

- [CASE-1.0]: the CASE 1.0 CFPackage JSON schema, as OpenSALT ships it:
  opensalt/opensalt ``core/config/schema/case-v1p0-cfpackage-schema.json``.
- [CASE-1.1]: the CASE 1.1 CFPackage JSON schema ("1EdTech Final Release JSON Schema
  Binding", getCFPackage): opensalt/opensalt
  ``core/config/schema/case-v1p1-cfpackage-schema.json``; the 1.1 guide is
  https://www.imsglobal.org/spec/CASE/v1p1/impl/.
- [OPENSALT-TREE]: how OpenSALT draws a package's tree (isChildOf outside any
  association group, children by sequenceNumber, then listEnumeration, then
  humanCodingScheme compared numerically, orphans listed last): opensalt/opensalt
  ``core/assets/js/cftree/view-documentclass.js``, ``createTree``.
- [OPENSALT-SEQ]: opensalt/opensalt ``core/tests/_data/SequenceNumberFramework.json``
  and ``core/tests/Acceptance/features/framework/organization_editor/
  sequence_number.feature`` ("SNT.2" is the first item of the tree).
- [OPENSALT-TYPE]: opensalt/opensalt ``core/tests/_data/ItemTypeTestFramework.json``.
- [OPENSALT-ORDER]: opensalt/opensalt ``core/tests/Support/Data/Ordering.json`` (the
  ACT Holistic Framework, Math: no sequenceNumber, items listed by string order).
- [CASE-ITEMS]: Common Good Learning Tools' "CASE Items" page
  (http://alabamastandards.org): "in many frameworks, organizational branches do not
  have human-readable codes"; the item types are the framework author's vocabulary.
- [CCSS]: the Common Core State Standards for Mathematics, grade 4, Number and
  Operations - Fractions (the statements are quoted from it; the identifiers here are
  made up, in the lowercase UUID form both schemas require).
- [CANVAS-OUTCOME]: Canvas's Outcome object, ``vendor_guid``: "A custom GUID for the
  learning standard" (https://developerdocs.instructure.com/services/canvas/
  file.all_resources/outcomes), and instructure/canvas-lms ``doc/api/outcomes_csv.md``
  (a vendor_guid "cannot contain spaces").
- [CASE-NETWORK-URL]: Google Classroom's ``CaseGuid``: the item's identifier is the
  last segment of its CASE Network URL
  (https://developers.google.com/workspace/classroom/reference/rest/v1/CaseGuid).
"""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fuzz import FUZZ, check_error, check_value, mutated
from selfassess import Framework
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.interop.case import (
    CaseAssociation,
    find_standard,
    read_associations,
    read_framework,
)

from strategies import frameworks

HOST = "https://case.example.org"
CHANGED = "2024-05-01T12:00:00+00:00"


# --------------------------------------------------------------------------------------
# Payloads
# --------------------------------------------------------------------------------------


def _uri(identifier: str) -> str:
    return f"{HOST}/uri/{identifier}"


def _item(
    identifier: str,
    statement: str,
    *,
    code: str | None = None,
    kind: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    """A CFItem as a CASE 1.1 provider serves it [CASE-1.1] (CFPckgItemDType)."""
    item: dict[str, Any] = {
        "identifier": identifier,
        "uri": _uri(identifier),
        "fullStatement": statement,
        "lastChangeDateTime": CHANGED,
        "language": "en",
        "educationLevel": ["04"],
    }
    if code is not None:
        item["humanCodingScheme"] = code
    if kind is not None:
        item["CFItemType"] = kind
        item["CFItemTypeURI"] = {
            "title": kind,
            "identifier": f"00000000-0000-4000-8000-{len(kind):012d}",
            "uri": _uri(f"type-{kind.lower()}"),
        }
    item.update(more)
    return item


def _link(
    identifier: str,
    kind: str,
    origin: dict[str, Any],
    destination: dict[str, Any],
    sequence: int | None = None,
) -> dict[str, Any]:
    """A CFAssociation [CASE-1.1] (CFPckgAssociationDType).

    Its origin and destination are LinkGenURI objects (title, identifier, uri).
    """
    link: dict[str, Any] = {
        "identifier": identifier,
        "uri": _uri(identifier),
        "associationType": kind,
        "lastChangeDateTime": CHANGED,
        "originNodeURI": origin,
        "destinationNodeURI": destination,
    }
    if sequence is not None:
        link["sequenceNumber"] = sequence
    return link


def _node(node: dict[str, Any]) -> dict[str, Any]:
    """The LinkGenURI of an item or a document."""
    title = node.get("humanCodingScheme") or node.get("title") or node["fullStatement"]
    return {"title": title, "identifier": node["identifier"], "uri": node["uri"]}


def _child(
    identifier: str, child: dict[str, Any], parent: dict[str, Any], sequence: int | None
) -> dict[str, Any]:
    return _link(identifier, "isChildOf", _node(child), _node(parent), sequence)


DOCUMENT: dict[str, Any] = {
    "identifier": "5c0f3a52-6b1e-4f0a-9d7e-0a4c2b1e9f01",
    "uri": _uri("5c0f3a52-6b1e-4f0a-9d7e-0a4c2b1e9f01"),
    "creator": "Example School District",
    "title": "Grade 4 Mathematics",
    "lastChangeDateTime": CHANGED,
    "caseVersion": "1.1",
    "frameworkType": "Standards",
    "subject": ["Math"],
    "language": "en",
    "adoptionStatus": "Adopted",
}

NF = _item(
    "7a1b2c3d-0001-4a5b-8c6d-000000000001",
    "Number and Operations\u2014Fractions",
    code="4.NF",
    kind="Domain",
    listEnumeration="1",
)
NF_A = _item(
    "7a1b2c3d-0002-4a5b-8c6d-000000000002",
    "Extend understanding of fraction equivalence and ordering.",
    code="4.NF.A",
    kind="Cluster",
)
NF_A_1 = _item(
    "7a1b2c3d-0003-4a5b-8c6d-000000000003",
    "Explain why a fraction a/b is equivalent to a fraction (n \u00d7 a)/(n \u00d7 b) "
    "by using visual fraction models, with attention to how the number and size of "
    "the parts differ even though the two fractions themselves are the same size. "
    "Use this principle to recognize and generate equivalent fractions.",
    code="4.NF.A.1",
    kind="Standard",
)
NF_A_2 = _item(
    "7a1b2c3d-0004-4a5b-8c6d-000000000004",
    "Compare two fractions with different numerators and different denominators, "
    "e.g., by creating common denominators or numerators, or by comparing to a "
    "benchmark fraction such as 1/2.",
    code="4.NF.A.2",
    kind="Standard",
)
NF_B = _item(
    "7a1b2c3d-0005-4a5b-8c6d-000000000005",
    "Build fractions from unit fractions by applying and extending previous "
    "understandings of operations on whole numbers.",
    code="4.NF.B",
    kind="Cluster",
)
NF_B_3 = _item(
    "7a1b2c3d-0006-4a5b-8c6d-000000000006",
    "Understand a fraction a/b with a > 1 as a sum of fractions 1/b.",
    code="4.NF.B.3",
    kind="Standard",
)
NF_B_3_A = _item(
    "7a1b2c3d-0007-4a5b-8c6d-000000000007",
    "Understand addition and subtraction of fractions as joining and separating "
    "parts referring to the same whole.",
    code="4.NF.B.3.a",
    kind="Component",
    listEnumeration="a",
)
NF_B_3_B = _item(
    "7a1b2c3d-0008-4a5b-8c6d-000000000008",
    "Decompose a fraction into a sum of fractions with the same denominator in more "
    "than one way, recording each decomposition by an equation.",
    code="4.NF.B.3.b",
    kind="Component",
    listEnumeration="b",
)
NF_C = _item(
    "7a1b2c3d-0009-4a5b-8c6d-000000000009",
    "Understand decimal notation for fractions, and compare decimal fractions.",
    code="4.NF.C",
    kind="Cluster",
)
NF_C_5 = _item(
    "7a1b2c3d-000a-4a5b-8c6d-00000000000a",
    "Express a fraction with denominator 10 as an equivalent fraction with "
    "denominator 100, and use this technique to add two fractions with respective "
    "denominators 10 and 100.",
    code="4.NF.C.5",
    kind="Standard",
)
STATE_4_NF_2 = {
    "title": "MA.4.NF.2",
    "identifier": "e2b1c6d4-4f1a-4c2e-9b1d-3f0e5a6b7c8d",
    "uri": "https://state.example.gov/uri/e2b1c6d4-4f1a-4c2e-9b1d-3f0e5a6b7c8d",
}


def grade_4() -> dict[str, Any]:
    """Grade 4 fractions with clusters, in CASE 1.1 shape [CASE-1.1], [CCSS].

    The items are listed, and the associations given, out of order: the tree's
    order comes from ``sequenceNumber`` alone. Beside the tree: an ``exactMatchOf``
    to a state's standard, an ``isRelatedTo`` between two standards, and an
    extension type (CASE 1.1 allows ``ext:`` types).
    """
    return {
        "CFDocument": copy.deepcopy(DOCUMENT),
        "CFItems": copy.deepcopy(
            [NF_C_5, NF_B_3_B, NF_A_2, NF, NF_B, NF_A_1, NF_C, NF_B_3_A, NF_A, NF_B_3]
        ),
        "CFAssociations": [
            _child("a0000000-0000-4000-8000-000000000001", NF, DOCUMENT, 1),
            _child("a0000000-0000-4000-8000-000000000004", NF_C, NF, 3),
            _child("a0000000-0000-4000-8000-000000000002", NF_A, NF, 1),
            _child("a0000000-0000-4000-8000-000000000003", NF_B, NF, 2),
            _child("a0000000-0000-4000-8000-000000000006", NF_A_2, NF_A, 2),
            _child("a0000000-0000-4000-8000-000000000005", NF_A_1, NF_A, 1),
            _child("a0000000-0000-4000-8000-000000000007", NF_B_3, NF_B, 1),
            _child("a0000000-0000-4000-8000-000000000009", NF_B_3_B, NF_B_3, 2),
            _child("a0000000-0000-4000-8000-000000000008", NF_B_3_A, NF_B_3, 1),
            _child("a0000000-0000-4000-8000-00000000000a", NF_C_5, NF_C, 1),
            _link(
                "a0000000-0000-4000-8000-00000000000b",
                "exactMatchOf",
                _node(NF_A_2),
                STATE_4_NF_2,
            ),
            _link(
                "a0000000-0000-4000-8000-00000000000c",
                "isRelatedTo",
                _node(NF_C_5),
                _node(NF_A_1),
            ),
            _link(
                "a0000000-0000-4000-8000-00000000000d",
                "ext:isPrerequisiteFor",
                _node(NF_A_1),
                _node(NF_A_2),
            ),
        ],
        "CFDefinitions": {
            "CFItemTypes": [
                {
                    "identifier": f"00000000-0000-4000-8000-{len(kind):012d}",
                    "uri": _uri(f"type-{kind.lower()}"),
                    "title": kind,
                    "description": kind,
                    "hierarchyCode": str(number),
                    "lastChangeDateTime": CHANGED,
                }
                for number, kind in enumerate(
                    ["Domain", "Cluster", "Standard", "Component"], start=1
                )
            ]
        },
    }


def _paths(raised: pytest.ExceptionInfo[InvalidDataError]) -> list[str]:
    return [str(problem) for problem in raised.value.problems]


# --------------------------------------------------------------------------------------
# read_framework: the tree
# --------------------------------------------------------------------------------------


def test_grade_4_fractions_keep_their_clusters() -> None:
    """Domain > Cluster > Standard > Component, typed, become the four levels.

    Sources: [CASE-1.1] (CFItemType, humanCodingScheme, isChildOf with
    sequenceNumber), [CCSS] for the clusters 4.NF.A, 4.NF.B and 4.NF.C.
    """
    framework = read_framework(grade_4())
    assert (framework.id, framework.title, framework.subject) == (
        DOCUMENT["identifier"],
        "Grade 4 Mathematics",
        "Math",
    )
    [domain] = framework.domains
    assert (domain.id, domain.code, domain.title, domain.uri) == (
        NF["identifier"],
        "4.NF",
        "Number and Operations\u2014Fractions",
        NF["uri"],
    )
    assert [(c.code, c.title) for c in domain.clusters] == [
        ("4.NF.A", NF_A["fullStatement"]),
        ("4.NF.B", NF_B["fullStatement"]),
        ("4.NF.C", NF_C["fullStatement"]),
    ]
    assert [(s.code, framework.cluster_of(s.id).code) for s in domain.standards] == [  # type: ignore[union-attr]
        ("4.NF.A.1", "4.NF.A"),
        ("4.NF.A.2", "4.NF.A"),
        ("4.NF.B.3", "4.NF.B"),
        ("4.NF.C.5", "4.NF.C"),
    ]
    standard = framework.by_code("4.NF.B.3")
    assert standard.id == NF_B_3["identifier"]
    assert standard.uri == NF_B_3["uri"]
    assert standard.statement == NF_B_3["fullStatement"]
    assert [(k.code, k.id, k.uri) for k in standard.skills] == [
        ("4.NF.B.3.a", NF_B_3_A["identifier"], NF_B_3_A["uri"]),
        ("4.NF.B.3.b", NF_B_3_B["identifier"], NF_B_3_B["uri"]),
    ]
    assert not any(s.power for s in framework.standards)


def test_a_case_1_0_package_reads_alike() -> None:
    """CASE 1.0 shapes read the same [CASE-1.0].

    A subject as a string, CFDocumentURI on items and associations, a null
    CFAssociationGroupingURI and licenseURI, educationLevel as a string.
    """
    package = grade_4()
    document = package["CFDocument"]
    del document["caseVersion"], document["frameworkType"]
    document["subject"] = "Math"
    document["licenseURI"] = None
    link = {k: document[k] for k in ("identifier", "uri", "title")}
    for item in package["CFItems"]:
        item["CFDocumentURI"] = link
        item["educationLevel"] = "04"
    for association in package["CFAssociations"]:
        association["CFDocumentURI"] = link
        association["CFAssociationGroupingURI"] = None
    assert read_framework(package) == read_framework(grade_4())


def test_sequence_number_orders_siblings() -> None:
    """OpenSALT's sequence-number test package: "SNT.2" (sequenceNumber 1) is first.

    Source: [OPENSALT-SEQ], the file verbatim. Its two items sit directly under the
    document, so they are standards of a domain standing for the document.
    """
    package = {
        "CFDocument": {
            "uri": "http://server/ims/case/v1p0/CFDocuments/d0000000-0000-0000-0000-000000000000",
            "identifier": "d0000000-0000-0000-0000-000000000000",
            "lastChangeDateTime": "2017-11-03T23:00:33+00:00",
            "creator": "OpenSALT Testing",
            "title": "Sequence Number Test",
        },
        "CFItems": [
            {
                "uri": "http://server/ims/case/v1p0/CFItems/e144c2e6-c0ea-11e7-95f7-5d664f4d8844",
                "identifier": "e144c2e6-c0ea-11e7-95f7-5d664f4d8844",
                "lastChangeDateTime": "2017-11-03T23:02:07+00:00",
                "humanCodingScheme": "SNT.1",
                "fullStatement": "First Added Item",
            },
            {
                "uri": "http://server/ims/case/v1p0/CFItems/ea98ab46-c0ea-11e7-820f-a71b35976453",
                "identifier": "ea98ab46-c0ea-11e7-820f-a71b35976453",
                "lastChangeDateTime": "2017-11-03T23:02:07+00:00",
                "humanCodingScheme": "SNT.2",
                "fullStatement": "Second added item, but should be first",
            },
        ],
        "CFAssociations": [
            {
                "uri": "http://server/ims/case/v1p0/CFAssociations/0434307a-c0eb-11e7-bad9-1f2b8d8c4f6f",
                "identifier": "0434307a-c0eb-11e7-bad9-1f2b8d8c4f6f",
                "lastChangeDateTime": "2017-11-03T23:02:07+00:00",
                "originNodeURI": {
                    "title": "SNT.1",
                    "identifier": "e144c2e6-c0ea-11e7-95f7-5d664f4d8844",
                    "uri": "http://server/ims/case/v1p0/CFItems/e144c2e6-c0ea-11e7-95f7-5d664f4d8844",
                },
                "associationType": "isChildOf",
                "destinationNodeURI": {
                    "title": "Sequence Number Test",
                    "identifier": "d0000000-0000-0000-0000-000000000000",
                    "uri": "http://server/ims/case/v1p0/CFDocuments/d0000000-0000-0000-0000-000000000000",
                },
                "sequenceNumber": 2,
            },
            {
                "uri": "http://server/ims/case/v1p0/CFAssociations/ea98af74-c0ea-11e7-aa16-9fb3d6294ee4",
                "identifier": "ea98af74-c0ea-11e7-aa16-9fb3d6294ee4",
                "lastChangeDateTime": "2017-11-03T23:02:07+00:00",
                "originNodeURI": {
                    "title": "SNT.2",
                    "identifier": "ea98ab46-c0ea-11e7-820f-a71b35976453",
                    "uri": "http://server/ims/case/v1p0/CFItems/ea98ab46-c0ea-11e7-820f-a71b35976453",
                },
                "associationType": "isChildOf",
                "destinationNodeURI": {
                    "title": "Sequence Number Test",
                    "identifier": "d0000000-0000-0000-0000-000000000000",
                    "uri": "http://server/ims/case/v1p0/CFDocuments/d0000000-0000-0000-0000-000000000000",
                },
                "sequenceNumber": 1,
            },
        ],
        "CFDefinitions": {
            "CFConcepts": [],
            "CFSubjects": [],
            "CFLicenses": [],
            "CFItemTypes": [],
            "CFAssociationGroupings": [],
        },
    }
    framework = read_framework(package)
    [domain] = framework.domains
    assert (domain.id, domain.title) == (
        "d0000000-0000-0000-0000-000000000000",
        "Sequence Number Test",
    )
    assert [s.code for s in domain.standards] == ["SNT.2", "SNT.1"]
    assert domain.uri == package["CFDocument"]["uri"]  # type: ignore[index]
    assert read_associations(package) == ()


def test_a_standard_typed_item_under_the_document() -> None:
    """OpenSALT's item-type test package: one item of type Standard, no code.

    Source: [OPENSALT-TYPE], the file verbatim (no humanCodingScheme, no
    sequenceNumber): the standard's code is its identifier.
    """
    package = {
        "CFDocument": {
            "uri": "https://server/ims/case/v1p0/CFDocuments/d0000000-0000-0000-0000-000000000000",
            "identifier": "d0000000-0000-0000-0000-000000000000",
            "lastChangeDateTime": "2017-09-22T23:13:54+00:00",
            "creator": "OpenSALT Testing",
            "title": "Item Type Test",
            "adoptionStatus": "Draft",
        },
        "CFItems": [
            {
                "uri": "https://server/ims/case/v1p0/CFItems/00000000-0000-0000-0000-000000000001",
                "identifier": "00000000-0000-0000-0000-000000000001",
                "lastChangeDateTime": "2017-09-22T23:15:13+00:00",
                "fullStatement": "Item 1",
                "CFItemType": "Standard",
                "CFItemTypeURI": {
                    "title": "Standard",
                    "identifier": "b0000000-0000-0000-0000-000000000000",
                    "uri": "https://server/ims/case/v1p0/CFDocuments/b0000000-0000-0000-0000-000000000000",
                },
            }
        ],
        "CFAssociations": [
            {
                "uri": "https://server/ims/case/v1p0/CFAssociations/a0000000-0000-0000-0000-000000000001",
                "identifier": "a0000000-0000-0000-0000-000000000001",
                "lastChangeDateTime": "2017-09-22T23:14:07+00:00",
                "originNodeURI": {
                    "title": "Item 1",
                    "identifier": "00000000-0000-0000-0000-000000000001",
                    "uri": "https://server/ims/case/v1p0/CFItems/00000000-0000-0000-0000-000000000001",
                },
                "associationType": "isChildOf",
                "destinationNodeURI": {
                    "title": "Item Type Test",
                    "identifier": "d0000000-0000-0000-0000-000000000000",
                    "uri": "https://server/ims/case/v1p0/CFDocuments/d0000000-0000-0000-0000-000000000000",
                },
            }
        ],
        "CFDefinitions": {
            "CFConcepts": [],
            "CFSubjects": [],
            "CFLicenses": [],
            "CFItemTypes": [
                {
                    "uri": "https://server/ims/case/v1p0/CFItemTypes/b0000000-0000-0000-0000-000000000000",
                    "identifier": "b0000000-0000-0000-0000-000000000000",
                    "lastChangeDateTime": "2018-01-31T19:51:09+00:00",
                    "title": "Standard",
                    "description": "Standard",
                    "typeCode": "Standard",
                    "hierarchyCode": "1",
                }
            ],
            "CFAssociationGroupings": [],
        },
    }
    framework = read_framework(package)
    [standard] = framework.standards
    assert (standard.id, standard.code, standard.statement) == (
        "00000000-0000-0000-0000-000000000001",
        "00000000-0000-0000-0000-000000000001",
        "Item 1",
    )
    # CFItemTypeURI's title stands in for a missing CFItemType: "Domain" here makes
    # the lone item... still a standard, since an item without children is one.
    del package["CFItems"][0]["CFItemType"]  # type: ignore[index]
    package["CFItems"][0]["CFItemTypeURI"]["title"] = "Domain"  # type: ignore[index]
    assert read_framework(package).standards == (standard,)


def _act_item(
    identifier: str, code: str, statement: str, short: str | None
) -> dict[str, Any]:
    """An item of OpenSALT's Ordering.json, CASE 1.0 [OPENSALT-ORDER]."""
    base = "http://localhost:3000/ims/case/v1p0"
    item: dict[str, Any] = {
        "uri": f"{base}/CFItems/{identifier}",
        "identifier": identifier,
        "lastChangeDateTime": "2017-10-18T15:02:46+00:00",
        "CFDocumentURI": {
            "title": "ACT Holistic Framework, Math",
            "identifier": "a33fc64e-5c40-11e7-82c4-3d54268aa9ee",
            "uri": f"{base}/CFDocuments/a33fc64e-5c40-11e7-82c4-3d54268aa9ee",
        },
        "humanCodingScheme": code,
        "fullStatement": statement,
    }
    if short is not None:
        item["abbreviatedStatement"] = short
    return item


def _act_child(
    identifier: str, child: dict[str, Any], parent: dict[str, Any]
) -> dict[str, Any]:
    base = "http://localhost:3000/ims/case/v1p0"
    return {
        "uri": f"{base}/CFAssociations/{identifier}",
        "identifier": identifier,
        "lastChangeDateTime": "2017-10-18T15:07:29+00:00",
        "CFDocumentURI": child["CFDocumentURI"],
        "originNodeURI": {
            "title": child["humanCodingScheme"],
            "identifier": child["identifier"],
            "uri": child["uri"],
        },
        "associationType": "isChildOf",
        "destinationNodeURI": {
            "title": parent.get("humanCodingScheme", parent.get("title")),
            "identifier": parent["identifier"],
            "uri": parent["uri"],
        },
    }


def test_without_sequence_numbers_codes_are_ordered_as_numbers() -> None:
    """Siblings without sequenceNumber follow humanCodingScheme, numbers as numbers.

    Source: an excerpt of [OPENSALT-ORDER], fields and identifiers as in the file,
    which lists its items in string order (L1.1, L1.10, L1.2) and its associations
    in yet another; OpenSALT's tree sorts them L1.1, L1.2, L1.3, L1.10
    [OPENSALT-TREE]. Five levels deep and untyped: domain, cluster, standard, then
    skills, the deeper ones flattened into the standard in tree order. A domain's
    or a cluster's title is its abbreviatedStatement.
    """
    base = "http://localhost:3000/ims/case/v1p0"
    document = {
        "uri": f"{base}/CFDocuments/a33fc64e-5c40-11e7-82c4-3d54268aa9ee",
        "identifier": "a33fc64e-5c40-11e7-82c4-3d54268aa9ee",
        "lastChangeDateTime": "2017-10-18T15:02:46+00:00",
        "CFPackageURI": {
            "title": "ACT Holistic Framework, Math",
            "identifier": "a33fc64e-5c40-11e7-82c4-3d54268aa9ee",
            "uri": f"{base}/CFPackages/a33fc64e-5c40-11e7-82c4-3d54268aa9ee",
        },
        "creator": "ACT, Inc.",
        "title": "ACT Holistic Framework, Math",
        "description": "",
    }
    gm = _act_item(
        "3d8cdec5-83d6-49b4-9300-91a824c59758",
        "H.A.MATH.GM",
        "Properties and measurements of and relationships among two?- and "
        "three-dimensional shapes",
        "Geometry and Measurement",
    )
    pf = _act_item(
        "9d8d5691-3c65-4f95-af82-858844732458",
        "H.A.MATH.GM.PF",
        "Understanding properties of and relationships among shapes that are "
        "contained in a plane",
        "Plane Figures",
    )
    fp = _act_item(
        "8a1a1f29-6764-4227-bba3-809b4dac11d8",
        "H.A.MATH.GM.PF.2DFP",
        "Understanding properties of and relationships among 2-D figures",
        "2-D Figures and Their Properties",
    )
    l1 = _act_item(
        "43bf51d6-3d92-4170-9531-df56731a1b6d",
        "H.A.MATH.GM.PF.2DFP.L1",
        "Recognize attributes of and name basic 2-D figures",
        "Level 1",
    )
    l1_1 = _act_item(
        "caa3c8f2-14ea-4b3f-853e-68b61f9befd5",
        "H.A.MATH.GM.PF.2DFP.L1.1",
        "Differentiate between straight and curved lines",
        None,
    )
    l1_10 = _act_item(
        "3fb22997-3bd9-471f-aa2c-2fa35ac35414",
        "H.A.MATH.GM.PF.2DFP.L1.10",
        "Differentiate between open and closed figures",
        None,
    )
    l1_2 = _act_item(
        "b9038c92-ecac-4a3e-a4a4-300eb2875e83",
        "H.A.MATH.GM.PF.2DFP.L1.2",
        "Identify defining attributes of 2-D shapes (e.g., number of sides, open "
        "or closed sides)",
        None,
    )
    l1_3 = _act_item(
        "401e9d6d-1f89-443a-9cd2-845df6cc9815",
        "H.A.MATH.GM.PF.2DFP.L1.3",
        "Describe basic shapes (e.g., triangle, square, rectangle, circle) in terms "
        "of common objects (e.g., sandwich cut on the diagonal, face of a cube)",
        None,
    )
    package = {
        "CFDocument": document,
        "CFItems": [gm, pf, fp, l1, l1_1, l1_10, l1_2, l1_3],
        "CFAssociations": [
            _act_child("6667866c-b415-11e7-a2d3-31b52d3214c8", gm, document),
            _act_child("66678838-b415-11e7-b672-ff136f5f4f99", pf, gm),
            _act_child("6667895a-b415-11e7-a56e-955d596d5015", fp, pf),
            _act_child("66678a36-b415-11e7-aa6c-3b66448bcee1", l1, fp),
            _act_child("66678b62-b415-11e7-9cb7-e1f6b5dc4da4", l1_1, l1),
            _act_child("66678c3e-b415-11e7-81b0-19ca2e7f5954", l1_10, l1),
            _act_child("66678d06-b415-11e7-a7b2-81e6fbc73ea7", l1_3, l1),
            _act_child("666792ba-b415-11e7-a0d6-316167889909", l1_2, l1),
        ],
        "CFDefinitions": {
            "CFConcepts": [],
            "CFSubjects": [],
            "CFLicenses": [],
            "CFItemTypes": [],
            "CFAssociationGroupings": [],
        },
    }
    framework = read_framework(package)
    [domain] = framework.domains
    assert (domain.code, domain.title) == ("H.A.MATH.GM", "Geometry and Measurement")
    assert [(c.code, c.title) for c in domain.clusters] == [
        ("H.A.MATH.GM.PF", "Plane Figures")
    ]
    [standard] = domain.standards
    assert (standard.code, standard.cluster) == (
        "H.A.MATH.GM.PF.2DFP",
        pf["identifier"],
    )
    assert standard.statement == fp["fullStatement"]  # a statement is never shortened
    assert [skill.code.rsplit(".", 2)[-2:] for skill in standard.skills] == [
        ["2DFP", "L1"],
        ["L1", "1"],
        ["L1", "2"],
        ["L1", "3"],
        ["L1", "10"],
    ]


def test_items_without_a_code_take_their_identifier() -> None:
    """No humanCodingScheme, a blank one, or one already taken: the identifier.

    Sources: [CASE-1.1] (humanCodingScheme is optional), [CASE-ITEMS]
    (organizational branches often have none). A repeated code cannot be a
    Framework's code, so the second item in tree order gets its identifier.
    """
    strand = _item("11111111-0000-4000-8000-000000000001", "Fractions")
    blank = _item(
        "11111111-0000-4000-8000-000000000002", "Compare fractions.", code=" "
    )
    first = _item("11111111-0000-4000-8000-000000000003", "Add fractions.", code="F.1")
    again = _item("11111111-0000-4000-8000-000000000004", "Subtract.", code=" F.1 ")
    package = {
        "CFDocument": copy.deepcopy(DOCUMENT),
        "CFItems": [again, first, blank, strand],
        "CFAssociations": [
            _child("b1111111-0000-4000-8000-000000000001", strand, DOCUMENT, 1),
            _child("b1111111-0000-4000-8000-000000000002", blank, strand, 1),
            _child("b1111111-0000-4000-8000-000000000003", first, strand, 2),
            _child("b1111111-0000-4000-8000-000000000004", again, strand, 3),
        ],
    }
    framework = read_framework(package)
    [domain] = framework.domains
    assert domain.code == strand["identifier"]
    assert [s.code for s in domain.standards] == [
        blank["identifier"],
        "F.1",
        again["identifier"],
    ]


def _grade(identifier: str, name: str) -> dict[str, Any]:
    """A grade-level item, as K-12 packages group their domains [CASE-ITEMS]."""
    return _item(identifier, name, kind="Grade Level")


def test_root_reads_one_grade_of_a_larger_package() -> None:
    """root= reads the subtree of one item, such as a grade level, as the framework.

    Sources: [CASE-ITEMS] ("Grade Level" items, without codes, group a K-12
    framework's domains); [CCSS] for 3.NF and 4.NF.
    """
    grade_3 = _grade("22222222-0000-4000-8000-000000000003", "Grade 3")
    grade_4_item = _grade("22222222-0000-4000-8000-000000000004", "Grade 4")
    nf_3 = _item(
        "22222222-0000-4000-8000-000000000031",
        "Number and Operations\u2014Fractions",
        code="3.NF",
        kind="Domain",
    )
    nf_3_a_1 = _item(
        "22222222-0000-4000-8000-000000000032",
        "Understand a fraction 1/b as the quantity formed by 1 part when a whole is "
        "partitioned into b equal parts.",
        code="3.NF.A.1",
        kind="Standard",
    )
    package = grade_4()
    package["CFItems"] += [grade_3, grade_4_item, nf_3, nf_3_a_1]
    links = package["CFAssociations"]
    links[0] = _child("c2222222-0000-4000-8000-000000000001", NF, grade_4_item, 1)
    links += [
        _child("c2222222-0000-4000-8000-000000000002", grade_3, DOCUMENT, 3),
        _child("c2222222-0000-4000-8000-000000000003", grade_4_item, DOCUMENT, 4),
        _child("c2222222-0000-4000-8000-000000000004", nf_3, grade_3, 1),
        _child("c2222222-0000-4000-8000-000000000005", nf_3_a_1, nf_3, 1),
    ]
    fourth = read_framework(package, root=grade_4_item["identifier"].upper())
    assert (fourth.id, fourth.title) == (
        grade_4_item["identifier"],
        "Grade 4 Mathematics: Grade 4",
    )
    assert fourth == attrs.evolve(
        read_framework(grade_4()), id=fourth.id, title=fourth.title
    )
    # The whole document: the grade levels are the domains, and everything is kept.
    whole = read_framework(package, root=DOCUMENT["identifier"])
    assert whole == read_framework(package)
    assert [d.title for d in whole.domains] == ["Grade 3", "Grade 4"]
    with pytest.raises(
        NotFoundError, match=r"^the package has no CFItem with the identifier 'nope'$"
    ) as missing:
        read_framework(package, root="nope")
    assert missing.value.key == "nope"


def test_item_types_and_levels_choose_the_levels() -> None:
    """A state's own item types, and levels by depth for untyped items.

    Source: [CASE-ITEMS]: the vocabulary of item types is the author's ("Strand",
    "Benchmark", ...), and a type may be left out.
    """
    strand = _item(
        "33333333-0000-4000-8000-000000000001", "Fractions", code="F", kind="Strand"
    )
    group = _item("33333333-0000-4000-8000-000000000002", "Equivalence", code="F.A")
    benchmark = _item(
        "33333333-0000-4000-8000-000000000003",
        "Explain equivalence.",
        code="F.A.1",
        kind="Benchmark",
    )
    indicator = _item(
        "33333333-0000-4000-8000-000000000004",
        "Use area models.",
        code="F.A.1.a",
        kind="INDICATOR",
    )
    package = {
        "CFDocument": copy.deepcopy(DOCUMENT),
        "CFItems": [strand, group, benchmark, indicator],
        "CFAssociations": [
            _child("d3333333-0000-4000-8000-000000000001", strand, DOCUMENT, 1),
            _child("d3333333-0000-4000-8000-000000000002", group, strand, 1),
            _child("d3333333-0000-4000-8000-000000000003", benchmark, group, 1),
            _child("d3333333-0000-4000-8000-000000000004", indicator, benchmark, 1),
        ],
    }
    # By depth (four levels): domain, cluster, standard, skill.
    by_depth = read_framework(package)
    assert by_depth.domains[0].clusters[0].code == "F.A"
    assert by_depth.by_code("F.A.1").skills[0].code == "F.A.1.a"
    # Typed: the untyped group sits at depth 2, read as a standard by levels=.
    typed = read_framework(
        package,
        item_types={"strand": "domain", "Benchmark": "skill", "Indicator": "skill"},
        levels=("domain", "standard"),
    )
    [standard] = typed.standards
    assert (standard.code, [k.code for k in standard.skills]) == (
        "F.A",
        ["F.A.1", "F.A.1.a"],
    )
    assert typed.domains[0].clusters == ()


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (1, "standard"),
        (2, "domain > standard"),
        (3, "domain > standard > skill"),
        (4, "domain > cluster > standard > skill"),
        (6, "domain > cluster > standard > skill > skill > skill"),
    ],
)
def test_untyped_levels_follow_the_depth(depth: int, expected: str) -> None:
    """Untyped items, one chain *depth* deep: the default levels by depth."""
    chain = [
        _item(f"44444444-0000-4000-8000-{n:012d}", f"Item {n}", code=f"L{n}")
        for n in range(1, depth + 1)
    ]
    parents = [DOCUMENT, *chain]
    package = {
        "CFDocument": copy.deepcopy(DOCUMENT),
        "CFItems": chain,
        "CFAssociations": [
            _child(f"e4444444-0000-4000-8000-{n:012d}", item, parents[n], 1)
            for n, item in enumerate(chain)
        ],
    }
    framework = read_framework(package)
    found = []
    for domain in framework.domains:
        if domain.code != DOCUMENT["identifier"]:
            found.append("domain")
        found += ["cluster"] * len(domain.clusters)
        for standard in domain.standards:
            found += ["standard"] + ["skill"] * len(standard.skills)
    assert " > ".join(found) == expected


def test_two_parents_orphans_and_loops_lose_no_item() -> None:
    """An item with two parents is placed once; orphans and loops go last.

    Sources: [OPENSALT-TREE] (orphaned items are listed after the tree);
    [CASE-1.1] (nothing forbids an item two isChildOf associations).
    """
    package = grade_4()
    orphan = _item(
        "55555555-0000-4000-8000-000000000001",
        "An orphan.",
        code="X.1",
        kind="Standard",
    )
    loop_a = _item(
        "55555555-0000-4000-8000-000000000002", "Loop A.", code="Y.A", kind="Standard"
    )
    loop_b = _item(
        "55555555-0000-4000-8000-000000000003", "Loop B.", code="Y.B", kind="Component"
    )
    # Listed before its parent, the orphan: it still goes under it.
    stray = _item(
        "55555555-0000-4000-8000-000000000004",
        "A part.",
        code="X.1.a",
        kind="Component",
    )
    package["CFItems"] += [stray, orphan, loop_a, loop_b]
    package["CFAssociations"] += [
        # 4.NF.A.1 also under 4.NF.C: it stays under 4.NF.A, reached first.
        _child("f5555555-0000-4000-8000-000000000001", NF_A_1, NF_C, 1),
        _child("f5555555-0000-4000-8000-000000000002", loop_a, loop_b, 1),
        _child("f5555555-0000-4000-8000-000000000003", loop_b, loop_a, 1),
        _child("f5555555-0000-4000-8000-000000000006", stray, orphan, 1),
        # A child of itself, and a child of something not in the package.
        _child("f5555555-0000-4000-8000-000000000004", orphan, orphan, 1),
        _link(
            "f5555555-0000-4000-8000-000000000005",
            "isChildOf",
            _node(orphan),
            STATE_4_NF_2,
            1,
        ),
    ]
    framework = read_framework(package)
    assert framework.cluster_of(NF_A_1["identifier"]).code == "4.NF.A"  # type: ignore[union-attr]
    assert [s.code for s in framework.standards] == [
        "4.NF.A.1",
        "4.NF.A.2",
        "4.NF.B.3",
        "4.NF.C.5",
        "X.1",
        "Y.A",
    ]
    assert [k.code for k in framework.by_code("Y.A").skills] == ["Y.B"]
    assert [k.code for k in framework.by_code("X.1").skills] == ["X.1.a"]
    assert framework.domains[-1].id == DOCUMENT["identifier"]


def test_a_grouped_is_child_of_is_not_the_tree() -> None:
    """An isChildOf inside a CFAssociationGrouping draws another tree: not read.

    Source: [OPENSALT-TREE] (the default tree takes associations of no group);
    [CASE-1.1] (CFAssociationGroupingURI).
    """
    package = grade_4()
    grouping = {
        "title": "Alternate order",
        "identifier": "66666666-0000-4000-8000-000000000001",
        "uri": _uri("66666666-0000-4000-8000-000000000001"),
    }
    moved = _child("f6666666-0000-4000-8000-000000000001", NF_C_5, NF_A, 0)
    moved["CFAssociationGroupingURI"] = grouping
    package["CFAssociations"].append(moved)
    assert read_framework(package) == read_framework(grade_4())
    [kept] = read_associations(package, types=["isChildOf"])[-1:]
    assert (kept.grouping, kept.sequence) == (grouping["identifier"], 0)


# --------------------------------------------------------------------------------------
# read_associations
# --------------------------------------------------------------------------------------


def test_other_associations_are_kept_beside_the_framework() -> None:
    """Every association but isChildOf, as given, in the package's order.

    Sources: [CASE-1.0] (associationType enumeration), [CASE-1.1] (adds
    isTranslationOf and ``ext:`` types; LinkGenURI).
    """
    links = read_associations(grade_4())
    assert links == (
        CaseAssociation(
            id="a0000000-0000-4000-8000-00000000000b",
            type="exactMatchOf",
            origin=NF_A_2["identifier"],
            destination=STATE_4_NF_2["identifier"],
            origin_uri=NF_A_2["uri"],
            destination_uri=STATE_4_NF_2["uri"],
            origin_title="4.NF.A.2",
            destination_title="MA.4.NF.2",
            uri=_uri("a0000000-0000-4000-8000-00000000000b"),
        ),
        CaseAssociation(
            id="a0000000-0000-4000-8000-00000000000c",
            type="isRelatedTo",
            origin=NF_C_5["identifier"],
            destination=NF_A_1["identifier"],
            origin_uri=NF_C_5["uri"],
            destination_uri=NF_A_1["uri"],
            origin_title="4.NF.C.5",
            destination_title="4.NF.A.1",
            uri=_uri("a0000000-0000-4000-8000-00000000000c"),
        ),
        CaseAssociation(
            id="a0000000-0000-4000-8000-00000000000d",
            type="ext:isPrerequisiteFor",
            origin=NF_A_1["identifier"],
            destination=NF_A_2["identifier"],
            origin_uri=NF_A_1["uri"],
            destination_uri=NF_A_2["uri"],
            origin_title="4.NF.A.1",
            destination_title="4.NF.A.2",
            uri=_uri("a0000000-0000-4000-8000-00000000000d"),
        ),
    )
    framework = read_framework(grade_4())
    related = read_associations(grade_4(), types=["isRelatedTo", "isPeerOf"])
    assert [
        find_standard(link.destination, framework=framework).code for link in related
    ] == ["4.NF.A.1"]
    tree = read_associations(grade_4(), types=("isChildOf",))
    assert [(link.type, link.sequence) for link in tree][:2] == [
        ("isChildOf", 1),
        ("isChildOf", 3),
    ]
    assert read_associations(grade_4(), types=[]) == ()


def test_a_case_association_cannot_be_built_invalid() -> None:
    """Identifiers and URIs non-empty and unpadded, a 32-bit sequence [CASE-1.1]."""
    with pytest.raises(InvalidDataError) as raised:
        CaseAssociation(
            id="",
            type="exactMatchOf",
            origin=" x",
            destination="y",
            origin_title="",
            sequence=2**31,
            grouping="",
        )
    assert [p.path for p in raised.value.problems] == [
        "id",
        "origin",
        "grouping",
        "origin_title",
        "sequence",
    ]
    assert CaseAssociation(
        id="a", type="precedes", origin="x", destination="y", sequence=-(2**31)
    ).sequence == -(2**31)


# --------------------------------------------------------------------------------------
# find_standard
# --------------------------------------------------------------------------------------


def test_a_canvas_outcome_finds_its_standard() -> None:
    """A Canvas outcome's vendor_guid, in any case, finds the standard.

    Sources: [CANVAS-OUTCOME] (the Outcome object and its vendor_guid);
    [CASE-NETWORK-URL] (a CASE Network URL ends with the item's identifier).
    """
    framework = read_framework(grade_4())
    outcome = {
        "id": 1,
        "url": "/api/v1/outcomes/1",
        "context_id": 1,
        "context_type": "Account",
        "title": "4.NF.A.2 Compare fractions",
        "display_name": "4.NF.A.2",
        "vendor_guid": NF_A_2["identifier"].upper(),
        "points_possible": 4,
        "mastery_points": 3,
        "calculation_method": "decaying_average",
        "calculation_int": 65,
    }
    identifier = NF_A_2["identifier"]
    assert find_standard(outcome, framework=framework).code == "4.NF.A.2"
    assert find_standard(f" {identifier} ", framework=framework).code == "4.NF.A.2"
    assert find_standard(NF_A_2["uri"], framework=framework).code == "4.NF.A.2"
    network = f"https://casenetwork.1edtech.org/{DOCUMENT['identifier']}/{identifier}"
    assert find_standard(network, framework=framework).code == "4.NF.A.2"
    assert (
        find_standard(f"{network}/?view=1#top", framework=framework).code == "4.NF.A.2"
    )
    link = {"title": "4.NF.A.2", "identifier": identifier, "uri": "elsewhere"}
    assert find_standard(link, framework=framework).code == "4.NF.A.2"
    assert find_standard({"uri": NF_A_2["uri"]}, framework=framework).code == "4.NF.A.2"


def test_find_standard_says_what_else_a_reference_names() -> None:
    """A domain's, a cluster's or a skill's identifier is not a standard's."""
    framework = read_framework(grade_4())
    cases = [
        (NF["identifier"], "it names the domain '4.NF'"),
        (NF_B["identifier"].upper(), "it names the cluster '4.NF.B'"),
        (NF_B_3_B["uri"], "it names the skill '4.NF.B.3.b' of the standard '4.NF.B.3'"),
    ]
    for reference, says in cases:
        with pytest.raises(NotFoundError) as raised:
            find_standard(reference, framework=framework)
        assert str(raised.value) == (
            f"the framework {DOCUMENT['identifier']!r} has no standard "
            f"{reference!r}: {says}"
        )
        assert raised.value.key == reference
    with pytest.raises(NotFoundError, match=r"has no standard 'customid9000'$"):
        find_standard({"vendor_guid": "customid9000"}, framework=framework)


def test_find_standard_checks_its_arguments() -> None:
    """A reference of the wrong kind, or one that names nothing, is refused."""
    framework = read_framework(grade_4())
    with pytest.raises(ArgumentTypeError) as wrong:
        find_standard(42, framework="framework")  # type: ignore[arg-type]
    assert wrong.value.paths == ("reference", "framework")
    with pytest.raises(
        InvalidDataError, match=r"^reference: must not be empty \(got ' '\)$"
    ):
        find_standard(" ", framework=framework)
    with pytest.raises(InvalidDataError, match=r"^reference: must have a vendor_guid"):
        find_standard({"id": 1, "vendor_guid": None}, framework=framework)


# --------------------------------------------------------------------------------------
# Bad payloads and arguments
# --------------------------------------------------------------------------------------


def test_every_problem_is_reported_at_its_path_in_the_package() -> None:
    """Missing and mistyped values, with the package's own paths [CASE-1.1]."""
    package = grade_4()
    del package["CFDocument"]["identifier"]
    package["CFDocument"]["title"] = ""
    package["CFDocument"]["subject"] = ["Math", 4]
    items = package["CFItems"]
    items[0]["identifier"] = items[1]["identifier"].upper()
    items[2]["fullStatement"] = None
    items[3]["humanCodingScheme"] = 4.1
    items[4]["CFItemTypeURI"] = "Cluster"
    items[5]["uri"] = ["x"]
    items[6] = "4.NF.B.3.a"
    links = package["CFAssociations"]
    del links[0]["associationType"]
    links[1]["originNodeURI"] = None
    links[2]["destinationNodeURI"]["identifier"] = ""
    links[3]["sequenceNumber"] = "2"
    links[4]["sequenceNumber"] = 2**31
    links[5]["sequenceNumber"] = True
    links[6]["CFAssociationGroupingURI"] = {"title": "No identifier"}
    links[7]["identifier"] = None
    with pytest.raises(InvalidDataError) as raised:
        read_framework(package)
    assert _paths(raised) == [
        "CFDocument.identifier: is missing",
        "CFDocument.title: must be a non-empty string (got '')",
        "CFDocument.subject[1]: must be a string (got 4)",
        f"CFItems[1].identifier: identifier {NF_B_3_B['identifier']!r} is already "
        "used at CFItems[0]",
        "CFItems[2].fullStatement: must be a string (got None)",
        "CFItems[3].humanCodingScheme: must be a string (got 4.1)",
        "CFItems[4].CFItemTypeURI: must be an object (got 'Cluster')",
        "CFItems[5].uri: must be a string (got ['x'])",
        "CFItems[6]: must be an object (got '4.NF.B.3.a')",
        "CFAssociations[0].associationType: is missing",
        "CFAssociations[1].originNodeURI: must be an object (got None)",
        "CFAssociations[2].destinationNodeURI.identifier: must not be empty (got '')",
        "CFAssociations[3].sequenceNumber: must be a whole number (got '2')",
        "CFAssociations[4].sequenceNumber: must be a 32-bit whole number (got 2147483648)",
        "CFAssociations[5].sequenceNumber: must be a whole number (got True)",
        "CFAssociations[6].CFAssociationGroupingURI.identifier: is missing",
        "CFAssociations[7].identifier: must be an id (got None)",
    ]
    # read_associations reads the same package, and reports the same problems.
    with pytest.raises(InvalidDataError) as again:
        read_associations(package)
    assert _paths(again) == _paths(raised)


def test_identifiers_are_unique_in_any_case() -> None:
    """Two items, or an item and the document, may not share an identifier.

    CASE identifiers are UUIDs [CASE-1.0], [CASE-1.1]; a UUID is the same in upper
    and lower case, so an association may name it either way.
    """
    package = grade_4()
    package["CFItems"][1]["identifier"] = package["CFItems"][0]["identifier"].upper()
    package["CFItems"][2]["identifier"] = DOCUMENT["identifier"]
    with pytest.raises(InvalidDataError) as raised:
        read_framework(package)
    assert _paths(raised) == [
        f"CFItems[1].identifier: identifier {NF_C_5['identifier'].upper()!r} is "
        "already used at CFItems[0]",
        f"CFItems[2].identifier: identifier {DOCUMENT['identifier']!r} is already "
        "used at CFDocument",
    ]


def test_the_package_itself_must_be_a_package() -> None:
    """Not an object, no CFDocument, lists that are not lists, nothing to read."""
    with pytest.raises(InvalidDataError) as not_object:
        read_framework(["CFDocument"])  # type: ignore[arg-type]
    assert _paths(not_object) == ["payload: must be an object (got ['CFDocument'])"]
    with pytest.raises(InvalidDataError) as empty:
        read_framework({"CFItems": {}, "CFAssociations": "none"})
    assert _paths(empty) == [
        "CFDocument: is missing",
        "CFItems: must be a list (got {})",
        "CFAssociations: must be a list (got 'none')",
    ]
    with pytest.raises(InvalidDataError) as nothing:
        read_framework({"CFDocument": DOCUMENT, "CFItems": None})
    assert _paths(nothing) == [
        "CFItems: has no item under it: a framework needs at least one standard"
    ]
    package = grade_4()
    with pytest.raises(InvalidDataError) as leaf:
        read_framework(package, root=NF_C_5["identifier"])
    assert _paths(leaf) == [
        "CFItems[0]: has no item under it: a framework needs at least one standard"
    ]
    surrogate = grade_4()
    surrogate["CFItems"][0]["fullStatement"] = "Express \ud800"
    with pytest.raises(
        InvalidDataError, match=r"^CFItems\[0\]\.fullStatement: must be valid Unicode"
    ):
        read_framework(surrogate)


def test_arguments_of_the_wrong_kind_are_the_callers_mistake() -> None:
    """root, item_types, levels and types are checked before the package."""
    with pytest.raises(ArgumentTypeError) as wrong:
        read_framework(grade_4(), root=3, item_types=["Domain"], levels="domain")  # type: ignore[arg-type]
    assert wrong.value.paths == ("root", "item_types", "levels")
    with pytest.raises(InvalidDataError) as values:
        read_framework(
            grade_4(),
            item_types={"Strand": "strand", "": "domain"},  # type: ignore[dict-item]
            levels=["domain", "unit"],  # type: ignore[list-item]
        )
    assert _paths(values) == [
        "item_types['Strand']: must be one of 'domain', 'cluster', 'standard', "
        "'skill' (got 'strand')",
        "item_types['']: must be keyed by a CFItemType, a non-empty string",
        "levels[1]: must be one of 'domain', 'cluster', 'standard', 'skill' (got 'unit')",
    ]
    with pytest.raises(InvalidDataError, match=r"^levels: must not be empty$"):
        read_framework(grade_4(), levels=[])
    with pytest.raises(ArgumentTypeError, match=r"^types: must be a list"):
        read_associations(grade_4(), types="exactMatchOf")
    with pytest.raises(
        InvalidDataError, match=r"^types\[0\]: must be a string \(got 1\)$"
    ):
        read_associations(grade_4(), types=[1])  # type: ignore[list-item]


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------


def _as_package(framework: Framework) -> tuple[dict[str, Any], Framework]:
    """Write a framework as a CASE package, typed; return it and what it reads as.

    Each domain's children are its standards in order, a cluster standing where its
    first standard stands, with all of its standards: the order a tree can hold.
    """
    document = {"identifier": framework.id, "uri": _uri(framework.id),
                "title": framework.title, "subject": [framework.subject],
                "creator": "Test", "lastChangeDateTime": CHANGED}  # fmt: skip
    items: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def add(
        node: Any, text: str, kind: str, parent: dict[str, Any], number: int
    ) -> dict[str, Any]:
        item = {"identifier": node.id, "fullStatement": text, "CFItemType": kind,
                "humanCodingScheme": node.code, "lastChangeDateTime": CHANGED}  # fmt: skip
        item["uri"] = node.uri if node.uri is not None else _uri(node.id)
        items.append(item)
        links.append(_child(f"link-{len(links)}", item, parent, number))
        return item

    domains = []
    for d, domain in enumerate(framework.domains):
        top = add(domain, domain.title, "Domain", document, d)
        order = []
        for standard in domain.standards:
            if standard.cluster is None:
                order.append(standard)
            elif all(s.cluster != standard.cluster for s in order):
                order += [s for s in domain.standards if s.cluster == standard.cluster]
        placed: dict[str | None, dict[str, Any]] = {None: top}
        counts: dict[str | None, int] = {}
        for cluster in domain.clusters:
            first = min(order.index(s) for s in order if s.cluster == cluster.id)
            placed[cluster.id] = add(cluster, cluster.title, "Cluster", top, first)
        for index, standard in enumerate(order):
            number = counts[standard.cluster] = counts.get(standard.cluster, -1) + 1
            parent = placed[standard.cluster]
            if standard.cluster is None:
                number = index  # beside the clusters, in the domain's order
            item = add(standard, standard.statement, "Standard", parent, number)
            for k, skill in enumerate(standard.skills):
                add(skill, skill.statement, "Component", item, k)
        domains.append(
            attrs.evolve(
                domain,
                standards=[attrs.evolve(s, power=False) for s in order],
                uri=domain.uri if domain.uri is not None else _uri(domain.id),
                clusters=[
                    attrs.evolve(c, uri=c.uri if c.uri is not None else _uri(c.id))
                    for c in domain.clusters
                ],
            )
        )
    expected = attrs.evolve(
        framework, subject=framework.subject.strip(), domains=domains
    )
    package = {"CFDocument": document, "CFItems": items, "CFAssociations": links}
    return package, expected


def _with_uris(framework: Framework) -> Framework:
    """Every standard and skill with the URI the package gives it."""

    def uri(node: Any) -> str:
        return node.uri if node.uri is not None else _uri(node.id)

    return attrs.evolve(
        framework,
        domains=[
            attrs.evolve(
                domain,
                standards=[
                    attrs.evolve(
                        s,
                        uri=uri(s),
                        skills=[attrs.evolve(k, uri=uri(k)) for k in s.skills],
                    )
                    for s in domain.standards
                ],
            )
            for domain in framework.domains
        ],
    )


@given(framework=frameworks(), data=st.data())
def test_a_framework_written_as_a_package_reads_back(
    framework: Framework, data: st.DataObject
) -> None:
    """Any framework, as a typed CASE package in any order, reads back the same.

    The items and the associations are shuffled: only sequenceNumber orders them.
    Each standard is found from its identifier in upper case and from its URI.
    """
    keys = [node_id.casefold() for node_id in _ids(framework)]
    assume(len(set(keys)) == len(keys) and framework.id.casefold() not in keys)
    package, expected = _as_package(framework)
    uris = [item["uri"] for item in package["CFItems"]]
    assume(len(set(uris)) == len(uris))  # as CASE URIs are: one a node
    package["CFItems"] = data.draw(st.permutations(package["CFItems"]))
    package["CFAssociations"] = data.draw(st.permutations(package["CFAssociations"]))
    read = read_framework(package)
    assert read == _with_uris(expected)
    for standard in read.standards:
        assert find_standard(standard.id.upper(), framework=read) is standard
        assert find_standard(standard.uri, framework=read) is standard  # type: ignore[arg-type]


def _ids(framework: Framework) -> list[str]:
    found = []
    for domain in framework.domains:
        found += [domain.id] + [c.id for c in domain.clusters]
        for standard in domain.standards:
            found += [standard.id] + [k.id for k in standard.skills]
    return found


@given(package=st.just(grade_4()), order=st.permutations(range(13)))
def test_the_order_of_the_payload_does_not_matter(
    package: dict[str, Any], order: list[int]
) -> None:
    """Shuffling CFAssociations leaves the framework and the links' set alone."""
    shuffled = copy.deepcopy(package)
    shuffled["CFAssociations"] = [package["CFAssociations"][i] for i in order]
    assert read_framework(shuffled) == read_framework(package)
    assert set(read_associations(shuffled)) == set(read_associations(package))


@FUZZ
@given(data=st.data())
def test_a_mutated_package_gives_a_framework_or_a_clean_error(
    data: st.DataObject,
) -> None:
    """Keys dropped, added or retyped anywhere: a framework, or InvalidDataError.

    Never a bare KeyError, TypeError or ValueError, nor an error without a path.
    """
    package = data.draw(mutated(grade_4()))
    for read in (read_framework, read_associations):
        try:
            value = read(package)
        except InvalidDataError as error:
            _check_paths(error)
        else:
            check_value(value)


def _check_paths(error: InvalidDataError) -> None:
    """A clean error, every problem at a path in the package."""
    check_error(error)
    assert all(problem.path for problem in error.problems), str(error)
