"""selfassess.mastery reporting: report-card grades and domain roll-ups."""

from __future__ import annotations

from datetime import date

import pytest

import selfassess as sa
from selfassess import Band, Evidence
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.mastery import (
    DomainRule,
    GradeRule,
    GradeTable,
    MasteryMethod,
    MasteryPolicy,
    domain_mastery,
    rollup,
)

TABLE = GradeTable(
    rules=[
        GradeRule(label="A", minimum=3.5, lowest=3, percent=95),
        GradeRule(label="B", minimum=3.0, percent=85),
        GradeRule(label="C", minimum=2.5, percent=75),
    ],
    otherwise="D",
    otherwise_percent=65,
    insufficient="NE",
)

DOMAIN = sa.Domain(
    id="nf",
    code="NF",
    title="Fractions",
    standards=[
        sa.Standard(id="nf1", code="NF.1", statement="Compare."),
        sa.Standard(id="nf2", code="NF.2", statement="Add."),
        sa.Standard(id="nf3", code="NF.3", statement="Multiply."),
    ],
)


def estimates(**scores: float) -> dict[tuple[str, str], object]:
    """Ana's latest score on each standard named."""
    rows = [
        Evidence(
            student="ana", standard=standard, score=score, assessed_on=date(2026, 9, 1)
        )
        for standard, score in scores.items()
    ]
    return dict(rollup(rows, MasteryPolicy(method=MasteryMethod.LATEST)))


def test_an_a_needs_no_level_below_three() -> None:
    """Average 3.5 with a 2.5 is not an A: the A rule also needs no value below 3."""
    assert TABLE.grade_values([4, 4, 2.5]).label == "B"
    grade = TABLE.grade_values([4, 3.5, 3])
    assert (grade.label, grade.percent, grade.average, grade.lowest) == (
        "A",
        95,
        3.5,
        3,
    )
    assert TABLE.grade_values([1, 2]).label == "D"
    assert TABLE.grade_values([1, 2]).percent == 65


def test_insufficient_evidence_grade() -> None:
    """With no judged standard, the grade is the insufficient label."""
    grade = TABLE.grade_values([None])
    assert (grade.label, grade.insufficient, grade.count) == ("NE", True, 0)
    thin = MasteryPolicy(minimum_count=2).estimate(
        [Evidence(student="ana", standard="nf1", score=4, assessed_on=date(2026, 9, 1))]
    )
    assert TABLE.grade(thin).insufficient


def test_grade_from_estimates() -> None:
    """A subject's grade comes from its standards' estimates."""
    found = estimates(nf1=4, nf2=3)
    assert TABLE.grade(found.values()).label == "A"  # type: ignore[arg-type]
    with pytest.raises(
        InvalidDataError, match=r"estimates\[0\]: must be a MasteryEstimate"
    ):
        TABLE.grade([3])  # type: ignore[list-item]
    with pytest.raises(InvalidDataError, match=r"values\[1\]: must be finite"):
        TABLE.grade_values([3, float("nan")])


def test_grade_table_rules() -> None:
    """Rules need unique labels; a table needs at least one."""
    with pytest.raises(
        InvalidDataError, match=r"rules\[1\]: label 'A' is already used"
    ):
        GradeTable(
            rules=[GradeRule(label="A", minimum=3), GradeRule(label="A", minimum=2)]
        )
    with pytest.raises(InvalidDataError, match=r"rules: must not be empty"):
        GradeTable(rules=[])


@pytest.mark.parametrize(
    ("rule", "scores", "band", "value"),
    [
        (DomainRule.ALL_MASTERED, {"nf1": 4, "nf2": 3, "nf3": 3}, Band.MASTERED, 1.0),
        (DomainRule.ALL_MASTERED, {"nf1": 4, "nf2": 2, "nf3": 3}, Band.NEAR, 2 / 3),
        (DomainRule.ALL_MASTERED, {"nf1": 4, "nf2": 1}, Band.NOT_YET, 0.5),
        (DomainRule.SHARE, {"nf1": 4, "nf2": 1, "nf3": 3}, Band.NOT_YET, 2 / 3),
        (DomainRule.POINTS, {"nf1": 4, "nf2": 2, "nf3": 3}, Band.MASTERED, 3.0),
        (DomainRule.POINTS, {"nf1": 1, "nf2": 3}, Band.NEAR, 2.0),
    ],
)
def test_domain_rollups(
    rule: DomainRule, scores: dict[str, float], band: Band, value: float
) -> None:
    """A domain is mastered by all its standards, a share of them, or mean points."""
    found = domain_mastery(estimates(**scores), "ana", DOMAIN, rule=rule, share=0.75)  # type: ignore[arg-type]
    assert found.band is band
    assert found.value == pytest.approx(value)
    assert found.standards == len(scores)


def test_domain_without_evidence() -> None:
    """No estimate for any of the domain's standards: insufficient evidence."""
    found = domain_mastery({}, "ana", DOMAIN)
    assert (found.band, found.value, found.standards) == (
        Band.INSUFFICIENT_EVIDENCE,
        None,
        0,
    )
    with pytest.raises(InvalidDataError, match=r"share: must be greater than 0"):
        domain_mastery({}, "ana", DOMAIN, share=0)
    with pytest.raises(ArgumentTypeError, match=r"domain: must be a Domain"):
        domain_mastery({}, "ana", "nf")  # type: ignore[arg-type]
