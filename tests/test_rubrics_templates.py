"""selfassess.rubrics templates: the learning-target form and the collaboration rubric."""

from __future__ import annotations

import pytest

import selfassess as sa
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.rubrics import COLLABORATION, learning_target_form

TARGET = sa.LearningIntention(
    id="compare",
    statement="We are learning to compare fractions",
    success_criteria=[
        sa.SuccessCriterion(id="benchmark", statement="I can compare fractions to 1/2"),
        sa.SuccessCriterion(id="common", statement="I can use a common denominator"),
    ],
    standards=["nf2"],
)


def test_form_has_successes_struggles_and_participation() -> None:
    """One row per success criterion, a struggles comment, and participation."""
    form = learning_target_form(TARGET)
    assert form.id == "form-compare"
    assert [c.id for c in form.criteria] == [
        "benchmark",
        "common",
        "struggles",
        "participation",
    ]
    assert form.criterion("struggles").feedback_only
    assert form.criterion("benchmark").success_criterion == TARGET.success_criteria[0]
    assert form.criterion("common").standards == ("nf2",)
    assert form.standards == ("nf2",)
    assert learning_target_form(TARGET, sa.THREE_FACES).scale == sa.THREE_FACES


def test_form_refuses_what_is_not_a_target_or_clashing_ids() -> None:
    """A non-intention, or a success criterion named like a fixed row, raises."""
    with pytest.raises(
        ArgumentTypeError, match=r"^intention: must be a LearningIntention"
    ):
        learning_target_form("compare")  # type: ignore[arg-type]
    clashing = sa.LearningIntention(
        id="x",
        statement="We are learning",
        success_criteria=[sa.SuccessCriterion(id="struggles", statement="I can")],
    )
    with pytest.raises(
        InvalidDataError, match=r"criteria\[1\]: id 'struggles' is already used"
    ):
        learning_target_form(clashing)


def test_collaboration_can_do_statements() -> None:
    """Each criterion of the collaboration rubric lists "I can" statements above level 1."""
    for criterion in COLLABORATION.criteria:
        assert criterion.descriptor(1) is not None
        for level in (2, 3, 4):
            descriptor = criterion.descriptor(level)
            assert descriptor is not None
            assert descriptor.can_do
