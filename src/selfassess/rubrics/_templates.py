"""Built-in rubrics from the practice: ready to use, or to copy and change.

Each is an ordinary `Rubric`; change one with `attrs.evolve`.
"""

from __future__ import annotations

from selfassess._scales import FOUR_POINT, Scale
from selfassess._standards import LearningIntention
from selfassess._validate import Checker
from selfassess.rubrics._rubric import Criterion, Descriptor, Rubric, RubricKind

__all__ = ["COLLABORATION", "learning_target_form"]


def _levels(*rows: tuple[str, tuple[str, ...]]) -> tuple[Descriptor, ...]:
    """Descriptors for levels 1 to 4 of the 4-point scale, lowest first."""
    return tuple(
        Descriptor(level=points, description=text, can_do=can_do)
        for points, (text, can_do) in enumerate(rows, start=1)
    )


COLLABORATION = Rubric(
    id="collaboration",
    title="Collaboration self-assessment",
    description=(
        "A student rates their own part in group work after a project, on the "
        "4-point scale; the teacher rates the same work for the conference."
    ),
    kind=RubricKind.ANALYTIC,
    scale=FOUR_POINT,
    criteria=(
        Criterion(
            id="participation",
            title="Participation",
            descriptors=_levels(
                ("I rarely joined in the group's work.", ()),
                ("I joined in when someone asked me to.", ("I joined in when asked.",)),
                (
                    "I took part in every task and stayed on task.",
                    ("I took part in every task.", "I stayed on task."),
                ),
                (
                    "I took part in every task and helped others join in.",
                    ("I helped others join in.",),
                ),
            ),
        ),
        Criterion(
            id="collaboration",
            title="Collaboration",
            descriptors=_levels(
                ("I mostly worked alone.", ()),
                ("I worked with others on some tasks.", ("I worked with a partner.",)),
                (
                    "I listened to others and we decided together.",
                    ("I listened to others' ideas.", "We made decisions together."),
                ),
                (
                    "I helped the group settle disagreements and share the work.",
                    ("I helped us settle disagreements.",),
                ),
            ),
        ),
        Criterion(
            id="contributions",
            title="Contributions",
            descriptors=_levels(
                ("I did not add ideas or work yet.", ()),
                ("I added some ideas or some work.", ("I added an idea.",)),
                (
                    "I did my share of the work and added useful ideas.",
                    ("I did my share of the work.", "I added useful ideas."),
                ),
                (
                    "My ideas and work made the project better for everyone.",
                    ("My ideas improved our project.",),
                ),
            ),
        ),
        Criterion(
            id="communication",
            title="Communication",
            descriptors=_levels(
                ("I found it hard to share my thinking.", ()),
                ("I shared my thinking when asked.", ("I shared when asked.",)),
                (
                    "I explained my thinking clearly and kindly.",
                    ("I explained my thinking.", "I spoke kindly."),
                ),
                (
                    "I explained clearly and asked questions that helped us.",
                    ("I asked questions that helped the group.",),
                ),
            ),
        ),
    ),
)
"""The collaboration self-assessment: participation, collaboration, contributions and
communication, each on the 4-point scale with "I can" statements per level."""


def learning_target_form(
    intention: LearningIntention, scale: Scale = FOUR_POINT
) -> Rubric:
    """Return the self-assessment form for one learning target.

    The form a student fills before a self-assessment conference: how far they got
    with each success criterion (their successes), what they struggled with (a
    comment), and how they took part. Each success-criterion row is aligned to the
    learning intention's standards.

    Args:
        intention: The learning target, with its success criteria.
        scale: The scale to rate on; the 4-point scale by default.

    Returns:
        An analytic rubric with id ``"form-<intention id>"``: one scored criterion
        per success criterion (ids as the success criteria's), a feedback-only
        ``"struggles"`` criterion and a scored ``"participation"`` criterion.

    Raises:
        InvalidDataError: If *intention* is not a `selfassess.LearningIntention`,
            *scale* not a `selfassess.Scale` with points of at least 0, or a success
            criterion's id is ``"struggles"`` or ``"participation"``.

    Example:
        >>> from selfassess import LearningIntention, SuccessCriterion
        >>> target = LearningIntention(
        ...     id="compare", statement="We are learning to compare fractions",
        ...     success_criteria=[SuccessCriterion(id="benchmark",
        ...         statement="I can compare fractions to 1/2")])
        >>> [c.id for c in learning_target_form(target).criteria]
        ['benchmark', 'struggles', 'participation']
    """
    check = Checker(arguments=True)
    check.instance("intention", intention, LearningIntention)
    check.instance("scale", scale, Scale)
    check.done()
    criteria = [
        Criterion(
            id=criterion.id,
            title=criterion.statement,
            success_criterion=criterion,
            standards=intention.standards,
        )
        for criterion in intention.success_criteria
    ]
    criteria.append(
        Criterion(
            id="struggles",
            title="What I struggled with, and what I will do about it",
            feedback_only=True,
        )
    )
    criteria.append(
        Criterion(
            id="participation",
            title="How I took part in the lessons",
        )
    )
    return Rubric(
        id=f"form-{intention.id}",
        title=intention.statement,
        description="Self-assessment form for one learning target.",
        scale=scale,
        criteria=criteria,
    )
