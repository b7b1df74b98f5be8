"""Standards: frameworks with unique ids and codes, lookups, learning intentions."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from selfassess import (
    Cluster,
    Domain,
    Framework,
    LearningIntention,
    Skill,
    Standard,
    SuccessCriterion,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.serialize import from_dict, to_dict

from strategies import frameworks


def _framework() -> Framework:
    return Framework(
        id="math-4",
        title="Grade 4 math",
        subject="math",
        domains=[
            Domain(
                id="nf",
                code="4.NF",
                title="Number and Operations: Fractions",
                standards=[
                    Standard(
                        id="nf1",
                        code="4.NF.1",
                        statement="Explain why a fraction a/b is equivalent to (n*a)/(n*b).",
                        power=True,
                        skills=[
                            Skill(
                                id="nf1a",
                                code="4.NF.1.a",
                                statement="Use visual models.",
                            )
                        ],
                    ),
                    Standard(
                        id="nf2", code="4.NF.2", statement="Compare two fractions."
                    ),
                ],
            ),
            Domain(
                id="oa",
                code="4.OA",
                title="Operations and Algebraic Thinking",
                standards=[
                    Standard(
                        id="oa1",
                        code="4.OA.1",
                        statement="Interpret a multiplication equation as a comparison.",
                        power=True,
                    )
                ],
            ),
        ],
    )


def test_lookups() -> None:
    """Standards are found by id and by code; power standards listed in order."""
    framework = _framework()
    assert framework.standard("nf2").code == "4.NF.2"
    assert framework.by_code("4.OA.1").id == "oa1"
    assert [s.id for s in framework.power_standards] == ["nf1", "oa1"]
    assert framework.domain_of("nf2").code == "4.NF"
    assert "nf1" in framework
    assert "nf1a" not in framework
    with pytest.raises(
        NotFoundError,
        match=r"^the framework 'math-4' has no standard with the id 'zz'$",
    ) as caught:
        framework.standard("zz")
    assert caught.value.key == "zz"
    assert isinstance(caught.value, KeyError)
    with pytest.raises(NotFoundError, match=r"has no standard with the code '4.NF.9'"):
        framework.by_code("4.NF.9")
    with pytest.raises(NotFoundError, match=r"has no standard with the id 'nf1a'"):
        framework.domain_of("nf1a")
    with pytest.raises(ArgumentTypeError, match=r"^id: must be a string \(got None\)$"):
        framework.standard(None)  # type: ignore[arg-type]
    assert None not in framework


def test_ids_and_codes_are_unique_across_the_framework() -> None:
    """A skill cannot reuse a domain's id; two standards cannot share a code."""
    with pytest.raises(InvalidDataError) as caught:
        Framework(
            id="f",
            title="F",
            domains=[
                Domain(
                    id="d",
                    code="D",
                    title="D",
                    standards=[
                        Standard(
                            id="s1",
                            code="S",
                            statement="x",
                            skills=[Skill(id="d", code="K", statement="k")],
                        ),
                        Standard(id="s2", code="S", statement="y"),
                    ],
                )
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "domains[0].standards[0].skills[0].id: id 'd' is already used at domains[0]",
        "domains[0].standards[1].code: code 'S' is already used at domains[0].standards[0]",
    ]


def test_a_domain_needs_standards_and_a_framework_domains() -> None:
    """Empty groupings are refused."""
    with pytest.raises(InvalidDataError, match=r"^standards: must not be empty$"):
        Domain(id="d", code="D", title="D", standards=[])
    with pytest.raises(InvalidDataError, match=r"^domains: must not be empty$"):
        Framework(id="f", title="F", domains=())


def test_check_standards_reports_every_unknown_id() -> None:
    """Alignment to a framework is checked id by id."""
    framework = _framework()
    framework.check_standards(["nf1", "oa1"])
    with pytest.raises(InvalidDataError) as caught:
        framework.check_standards(["nf1", "zz", "nf1a"], path="intention.standards")
    assert [problem.path for problem in caught.value.problems] == [
        "intention.standards[1]",
        "intention.standards[2]",
    ]


def test_learning_intention() -> None:
    """An intention has "I can" criteria with unique ids, and aligned standards."""
    intention = LearningIntention(
        id="compare",
        statement="We are learning to compare fractions.",
        success_criteria=[
            SuccessCriterion(
                id="bench", statement="I can compare using 1/2 as a benchmark."
            ),
            SuccessCriterion(
                id="common", statement="I can compare by finding a common denominator."
            ),
        ],
        standards=["nf2"],
    )
    assert intention.criterion("common").statement.startswith("I can")
    with pytest.raises(
        NotFoundError, match=r"has no success criterion with the id 'nope'"
    ):
        intention.criterion("nope")
    with pytest.raises(InvalidDataError) as caught:
        LearningIntention(
            id="x",
            statement="",
            success_criteria=[
                SuccessCriterion(id="a", statement="I can."),
                SuccessCriterion(id="a", statement="I can too."),
            ],
            standards=["nf2", "nf2"],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "statement: must not be empty (got '')",
        "success_criteria[1]: id 'a' is already used at success_criteria[0]",
        "standards[1]: standard 'nf2' is already used at standards[0]",
    ]
    with pytest.raises(
        InvalidDataError, match=r"^success_criteria: must not be empty$"
    ):
        LearningIntention(id="x", statement="We are learning.", success_criteria=[])


@given(framework=frameworks())
def test_every_standard_can_be_found(framework: Framework) -> None:
    """Get and by_code find each standard, and domain_of its domain."""
    for domain in framework.domains:
        for standard in domain.standards:
            assert framework.standard(standard.id) is standard
            assert framework.by_code(standard.code) is standard
            assert framework.domain_of(standard.id) is domain


# --------------------------------------------------------------------------------------
# Clusters and URIs: the level between domain and standard, and where each one lives
# --------------------------------------------------------------------------------------


def _clustered() -> Framework:
    """Grade 4 fractions as Common Core groups them: domain 4.NF, clusters A and B."""
    return Framework(
        id="math-4",
        title="Grade 4 math",
        domains=[
            Domain(
                id="nf",
                code="4.NF",
                title="Number and Operations: Fractions",
                standards=[
                    Standard(
                        id="nf1", code="4.NF.A.1", statement="Explain.", cluster="nf-a"
                    ),
                    Standard(
                        id="nf2", code="4.NF.A.2", statement="Compare.", cluster="nf-a"
                    ),
                    Standard(
                        id="nf3",
                        code="4.NF.B.3",
                        statement="Add and subtract.",
                        cluster="nf-b",
                        uri="https://case.example.org/uri/nf3",
                    ),
                ],
                clusters=[
                    Cluster(id="nf-a", code="4.NF.A", title="Equivalence and ordering"),
                    Cluster(
                        id="nf-b",
                        code="4.NF.B",
                        title="Build fractions from unit fractions",
                        uri="https://case.example.org/uri/nf-b",
                    ),
                ],
            ),
            Domain(
                id="oa",
                code="4.OA",
                title="Operations and Algebraic Thinking",
                standards=[Standard(id="oa1", code="4.OA.1", statement="Multiply.")],
            ),
        ],
    )


def test_a_standard_names_its_cluster() -> None:
    """cluster_of finds a standard's cluster, None for one in none."""
    framework = _clustered()
    cluster = framework.cluster_of("nf2")
    assert cluster is not None
    assert cluster.code == "4.NF.A"
    assert framework.cluster_of("oa1") is None
    assert framework.by_code("4.NF.B.3").uri == "https://case.example.org/uri/nf3"
    with pytest.raises(NotFoundError, match=r"has no standard with the id 'nf-a'"):
        framework.cluster_of("nf-a")
    with pytest.raises(ArgumentTypeError, match=r"^standard_id: must be a string"):
        framework.cluster_of(None)  # type: ignore[arg-type]


def test_a_domain_checks_its_clusters() -> None:
    """A standard names only a cluster of its domain; every cluster is named."""
    with pytest.raises(InvalidDataError) as caught:
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[
                Standard(id="nf1", code="4.NF.1", statement="x", cluster="nf-z"),
            ],
            clusters=[
                Cluster(id="nf-a", code="4.NF.A", title="A"),
                Cluster(id="nf-a", code="4.NF.B", title="B"),
            ],
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "clusters[1]: id 'nf-a' is already used at clusters[0]",
        "standards[0].cluster: must be the id of a cluster of this domain (got 'nf-z')",
        "clusters[0]: no standard of the domain is in the cluster 'nf-a'",
        "clusters[1]: no standard of the domain is in the cluster 'nf-a'",
    ]
    with pytest.raises(InvalidDataError) as unnamed:
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[Standard(id="nf1", code="4.NF.1", statement="x", cluster="z")],
            clusters=[Cluster(id="nf-a", code="4.NF.A", title="A")],
        )
    assert [str(problem) for problem in unnamed.value.problems] == [
        "standards[0].cluster: must be the id of a cluster of this domain (got 'z')",
        "clusters[0]: no standard of the domain is in the cluster 'nf-a'",
    ]
    with pytest.raises(InvalidDataError, match=r"^clusters\[0\]: must be a Cluster"):
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[Standard(id="nf1", code="4.NF.1", statement="x")],
            clusters=["nf-a"],
        )


def test_cluster_ids_and_codes_are_unique_across_the_framework() -> None:
    """A cluster cannot take a standard's code or another domain's id."""
    framework = _clustered()
    nf, oa = framework.domains
    clash = attrs.evolve(
        nf, clusters=[attrs.evolve(nf.clusters[0], code="4.NF.A.1"), nf.clusters[1]]
    )
    with pytest.raises(InvalidDataError) as caught:
        Framework(id="f", title="F", domains=[clash, attrs.evolve(oa, id="nf-b")])
    assert [str(problem) for problem in caught.value.problems] == [
        "domains[1].id: id 'nf-b' is already used at domains[0].clusters[1]",
        "domains[0].standards[0].code: code '4.NF.A.1' is already used at "
        "domains[0].clusters[0]",
    ]


def test_uris_and_cluster_ids_must_be_identifiers() -> None:
    """A URI or a cluster id is None or a non-empty string without padding."""
    with pytest.raises(InvalidDataError) as caught:
        Standard(id="s", code="S", statement="x", cluster=" a", uri="")
    assert [str(problem) for problem in caught.value.problems] == [
        "cluster: must not start or end with spaces (got ' a')",
        "uri: must not be empty (got '')",
    ]
    with pytest.raises(InvalidDataError, match=r"^uri: must be a string \(got 3\)$"):
        Skill(id="k", code="K", statement="x", uri=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError) as cluster:
        Cluster(id="", code="C", title=" ", uri="u ")
    assert [problem.path for problem in cluster.value.problems] == [
        "id",
        "title",
        "uri",
    ]


def test_documents_without_clusters_or_uris_still_read() -> None:
    """A framework written before clusters and URIs existed reads unchanged."""
    old = {
        "schema_version": 2,
        "id": "math-4",
        "title": "Grade 4 math",
        "subject": "math",
        "domains": [
            {
                "id": "nf",
                "code": "4.NF",
                "title": "Fractions",
                "standards": [
                    {
                        "id": "nf1",
                        "code": "4.NF.1",
                        "statement": "Explain.",
                        "power": True,
                        "skills": [
                            {"id": "k", "code": "4.NF.1.a", "statement": "Use models."}
                        ],
                    }
                ],
            }
        ],
    }
    framework = from_dict(Framework, old)
    standard = framework.standard("nf1")
    assert (standard.cluster, standard.uri, standard.skills[0].uri) == (
        None,
        None,
        None,
    )
    assert framework.domains[0].clusters == ()
    assert framework.cluster_of("nf1") is None


@given(framework=frameworks())
def test_clustered_frameworks_round_trip(framework: Framework) -> None:
    """Clusters and URIs survive to_dict and from_dict; each standard's cluster is found."""
    assert from_dict(Framework, to_dict(framework)) == framework
    for domain in framework.domains:
        for standard in domain.standards:
            cluster = framework.cluster_of(standard.id)
            assert (None if cluster is None else cluster.id) == standard.cluster
            assert cluster is None or cluster in domain.clusters
