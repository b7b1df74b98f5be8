"""Standards: frameworks with unique ids and codes, lookups, learning intentions."""

from __future__ import annotations

import pytest
from hypothesis import given

from selfassess import (
    Domain,
    Framework,
    LearningIntention,
    Skill,
    Standard,
    SuccessCriterion,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError

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
