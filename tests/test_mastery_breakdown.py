"""selfassess.mastery breakdowns: an assessment's score broken into standards."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Band, EvidenceKind
from selfassess.errors import InvalidDataError
from selfassess.mastery import AlignedAssessment, AssessmentItem, PercentCut

from strategies import STRATEGIES

CUTS = [
    PercentCut(percent=0, points=1),
    PercentCut(percent=50, points=2),
    PercentCut(percent=70, points=3),
    PercentCut(percent=90, points=4),
]


def unit_test() -> AlignedAssessment:
    """Three items over two standards, the middle one aligned to both."""
    return AlignedAssessment(
        id="unit-3",
        items=[
            AssessmentItem(id="q1", standards=["nf1"], points=2),
            AssessmentItem(id="q2", standards=["nf1", "nf2"], points=2),
            AssessmentItem(id="q3", standards=["nf2"], points=4),
        ],
        cuts=CUTS,
    )


def test_breakdown_by_standard() -> None:
    """An item aligned to two standards counts for both; percent goes to a level."""
    rows = unit_test().breakdown({"q1": 2, "q2": 1, "q3": 2})
    assert [(r.standard, r.earned, r.possible) for r in rows] == [
        ("nf1", 3.0, 4.0),
        ("nf2", 3.0, 6.0),
    ]
    assert [(r.percent, r.points, r.band) for r in rows] == [
        (75.0, 3.0, Band.MASTERED),
        (50.0, 2.0, Band.NEAR),
    ]
    assert rows[1].items == ("q2", "q3")


def test_missing_items_count_as_zero() -> None:
    """An item with no score is a blank answer: 0 points earned."""
    rows = unit_test().breakdown({})
    assert [(r.percent, r.points, r.band) for r in rows] == [
        (0.0, 1.0, Band.NOT_YET),
        (0.0, 1.0, Band.NOT_YET),
    ]


def test_level_for_cut_points() -> None:
    """A cut's percent is the lowest that reaches its level."""
    test = unit_test()
    assert [test.level_for(p) for p in (0, 49.9, 50, 69.99, 70, 90, 100)] == [
        1.0,
        1.0,
        2.0,
        2.0,
        3.0,
        4.0,
        4.0,
    ]
    with pytest.raises(InvalidDataError, match=r"percent: must be at most 100"):
        test.level_for(101)


def test_evidence_from_a_breakdown() -> None:
    """The breakdown becomes summative evidence per standard, sourced to the test."""
    rows = unit_test().evidence("ana", {"q1": 2, "q2": 2, "q3": 4}, date(2026, 10, 2))
    assert [(e.standard, e.score, e.source, e.kind) for e in rows] == [
        ("nf1", 4.0, "unit-3", EvidenceKind.SUMMATIVE),
        ("nf2", 4.0, "unit-3", EvidenceKind.SUMMATIVE),
    ]


def test_bad_scores_are_reported() -> None:
    """Unknown items and scores out of range are reported together."""
    with pytest.raises(InvalidDataError) as caught:
        unit_test().breakdown({"q1": 3, "q9": 1, "q3": -1})
    assert [str(problem) for problem in caught.value.problems] == [
        "scores['q1']: must be at most 2 (got 3)",
        "scores['q9']: must be the id of an item of the assessment",
        "scores['q3']: must be at least 0 (got -1)",
    ]
    with pytest.raises(InvalidDataError, match=r"scores: must be a mapping"):
        unit_test().breakdown([1, 2])  # type: ignore[arg-type]


def test_assessment_rules() -> None:
    """Cuts must start at 0 %, rise with the levels, and name levels of the scale."""
    with pytest.raises(InvalidDataError) as caught:
        AlignedAssessment(
            id="t",
            items=[
                AssessmentItem(id="q", standards=["a"]),
                AssessmentItem(id="q", standards=["b"]),
            ],
            cuts=[
                PercentCut(percent=10, points=1),
                PercentCut(percent=5, points=2.5),
            ],
        )
    assert [problem.path for problem in caught.value.problems] == [
        "items[1]",
        "cuts[0].percent",
        "cuts[1].points",
        "cuts[1]",
    ]
    with pytest.raises(InvalidDataError, match=r"standards: must not be empty"):
        AssessmentItem(id="q", standards=[])
    with pytest.raises(InvalidDataError, match=r"points: must be greater than 0"):
        AssessmentItem(id="q", standards=["a"], points=0)


@given(data=st.data())
def test_breakdown_percentages_and_levels(data: st.DataObject) -> None:
    """Each standard's points, percent, level and band, worked out item by item.

    Computed here from the items and the cuts alone: each item counts fully for
    every standard it is aligned to, the percent is earned over possible, and the
    level is that of the last cut whose percent the standard reaches.
    """
    test = data.draw(STRATEGIES[AlignedAssessment])
    scores = {
        item.id: data.draw(st.floats(min_value=0, max_value=item.points))
        for item in test.items
        if data.draw(st.booleans())  # an item left out is a blank answer
    }
    earned: dict[str, list[float]] = {}
    possible: dict[str, list[float]] = {}
    for item in test.items:
        for standard in item.standards:
            earned.setdefault(standard, []).append(scores.get(item.id, 0.0))
            possible.setdefault(standard, []).append(item.points)
    rows = test.breakdown(scores)
    assert [row.standard for row in rows] == list(earned)
    for row in rows:
        got, out_of = math.fsum(earned[row.standard]), math.fsum(possible[row.standard])
        assert row.earned == pytest.approx(got)
        assert row.possible == pytest.approx(out_of)
        assert row.percent == pytest.approx(min(100.0, 100 * got / out_of))
        # The level of the percent as computed, at a cut's edge as anywhere else.
        reached = [cut.points for cut in test.cuts if row.percent >= cut.percent]
        assert row.points == reached[-1]
        assert row.band is test.scale.band(reached[-1])
        assert row.items == tuple(
            item.id for item in test.items if row.standard in item.standards
        )


def test_default_scale_is_four_point() -> None:
    """Without a scale, the 4-point scale is used."""
    assert unit_test().scale == sa.FOUR_POINT
