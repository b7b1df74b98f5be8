"""LTI Assignment and Grade Services: a score for a platform's gradebook.

A tool sends a student's score to an LTI platform (Canvas, Moodle, Brightspace,
Blackboard, ...) by POSTing a score (media type
``application/vnd.ims.lis.v1.score+json``) to a line item's ``/scores`` endpoint.
`write_score` builds that score from an assessment's `~selfassess.rubrics.Score` or
from a `~selfassess.mastery.MasteryEstimate`; sending it is yours to do.

The rules it holds to, from the 1EdTech LTI Assignment and Grade Services
specification, version 2.0, "Score publish service"
(https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service):

- ``scoreGiven`` is a number of at least 0; ``scoreMaximum`` is the denominator and
  must be present with it (and, being a denominator, above 0); a ``scoreGiven``
  above ``scoreMaximum`` is valid (extra credit); without ``scoreGiven`` the
  platform clears the score it holds;
- ``userId`` must be present: the LTI user id of the student (the launch's
  ``sub``);
- ``activityProgress`` is one of ``Initialized``, ``Started``, ``InProgress``,
  ``Submitted``, ``Completed``;
- ``gradingProgress`` is one of ``FullyGraded``, ``Pending``, ``PendingManual``,
  ``Failed``, ``NotReady``; a platform may ignore a score that is not
  ``FullyGraded``;
- ``timestamp`` must be present, in ISO 8601 with sub-second precision, strictly
  increasing from one score of a student on a line item to the next;
- ``comment`` is plain text, seen by the student and the teachers; a score without
  one clears the platform's comment.

Edge: uses the standard library and the layers below; nothing imports it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from selfassess._validate import Arguments, shown
from selfassess.mastery import MasteryEstimate, MasteryMethod
from selfassess.rubrics import Score

__all__ = [
    "ACTIVITY_PROGRESS",
    "GRADING_PROGRESS",
    "ActivityProgress",
    "GradingProgress",
    "write_score",
]

ActivityProgress = Literal[
    "Initialized", "Started", "InProgress", "Submitted", "Completed"
]
"""The values of a score's ``activityProgress``, as the specification spells them."""

GradingProgress = Literal[
    "FullyGraded", "Pending", "PendingManual", "Failed", "NotReady"
]
"""The values of a score's ``gradingProgress``, as the specification spells them."""

ACTIVITY_PROGRESS: tuple[str, ...] = (
    "Initialized",
    "Started",
    "InProgress",
    "Submitted",
    "Completed",
)
"""Every value ``activityProgress`` may take (AGS 2.0, "activityProgress")."""

GRADING_PROGRESS: tuple[str, ...] = (
    "FullyGraded",
    "Pending",
    "PendingManual",
    "Failed",
    "NotReady",
)
"""Every value ``gradingProgress`` may take (AGS 2.0, "gradingProgress")."""


def write_score(
    score: Score | MasteryEstimate,
    *,
    user_id: str,
    timestamp: datetime,
    activity_progress: ActivityProgress = "Completed",
    grading_progress: GradingProgress | None = None,
    comment: str | None = None,
    maximum: float | None = None,
) -> dict[str, Any]:
    """Build an LTI Assignment and Grade Services score.

    From an assessment's score, ``scoreGiven`` is its
    `~selfassess.rubrics.Score.total` and ``scoreMaximum`` its
    `~selfassess.rubrics.Score.maximum`: both count only the criteria counted in
    the total (a Canvas criterion "ignored for scoring" is in neither), and only
    those rated, as the score's percent does. From a mastery estimate,
    ``scoreGiven`` is its value and ``scoreMaximum`` the top of its policy's scale
    (1 for Bayesian Knowledge Tracing, whose value is a probability); an estimate
    without a value (too little evidence for the rule) gives a score without
    ``scoreGiven``, which clears the platform's score for now, ``Pending`` by
    default. The platform usually rescales the score to its line item's maximum.

    Args:
        score: The assessment's score (`~selfassess.rubrics.Assessment.score`), or
            a student's mastery estimate on one standard.
        user_id: The student's LTI user id (the ``sub`` of their launch).
        timestamp: When the score was made, with its time zone; each score sent
            for a student and a line item must be later than the one before.
        activity_progress: Where the student is in the activity; ``Completed`` by
            default.
        grading_progress: Where the grading is; by default ``FullyGraded`` when
            there is a score, ``Pending`` when there is none.
        comment: A plain-text comment for the student and the teachers; ``None``
            leaves ``comment`` out, which clears the platform's comment.
        maximum: The ``scoreMaximum`` to send instead of the score's own maximum,
            such as the rubric's `~selfassess.rubrics.Rubric.maximum` when some
            optional criteria were left unrated; above 0.

    Returns:
        The score, a dict ready to encode as JSON, its keys in the specification's
        order: ``timestamp``, ``scoreGiven``, ``scoreMaximum``, ``comment``,
        ``activityProgress``, ``gradingProgress``, ``userId``.

    Raises:
        ArgumentTypeError: If an argument is of the wrong type, or *timestamp* has
            no time zone.
        InvalidDataError: If the specification refuses the score: a total or value
            below 0, a maximum of 0 or less (an unscored rubric, or nothing rated),
            an ``activityProgress`` or ``gradingProgress`` it does not name, or an
            empty *user_id*.

    Example:
        >>> from datetime import datetime, timezone
        >>> from selfassess.interop.lti import write_score
        >>> from selfassess.rubrics import CriterionScore, Score
        >>> score = Score(assessment="a1", rubric="r1", criteria=[
        ...     CriterionScore(criterion="c1", points=8, minimum=0, maximum=10),
        ...     CriterionScore(criterion="c2", points=3, minimum=0, maximum=4,
        ...                    counted=False),
        ... ])
        >>> write_score(score, user_id="5323497",
        ...             timestamp=datetime(2026, 10, 2, 15, 1, 23, tzinfo=timezone.utc))
        {'timestamp': '2026-10-02T15:01:23.000+00:00', 'scoreGiven': 8.0, 'scoreMaximum': 10.0, 'activityProgress': 'Completed', 'gradingProgress': 'FullyGraded', 'userId': '5323497'}
    """
    arguments = Arguments()
    is_score = isinstance(score, Score)
    if not is_score and not isinstance(score, MasteryEstimate):
        arguments.wrong_kind(
            "score", f"must be a Score or a MasteryEstimate (got {shown(score)})"
        )
    arguments.text("user_id", user_id)
    offset = timestamp.utcoffset() if isinstance(timestamp, datetime) else None
    if offset is None:
        arguments.wrong_kind(
            "timestamp",
            f"must be a datetime with a time zone (got {shown(timestamp)})",
        )
    elif offset.total_seconds() % 60:
        # ISO 8601 and RFC 3339 write an offset in hours and minutes only.
        arguments.add(
            "timestamp",
            f"must have a time zone offset in whole minutes (got {shown(timestamp)})",
        )
    arguments.text("activity_progress", activity_progress)
    if grading_progress is not None:
        arguments.text("grading_progress", grading_progress)
    if comment is not None:
        arguments.text("comment", comment, empty=True)
    if maximum is not None:
        arguments.number("maximum", maximum, minimum=0)
    if arguments.check.wrong_kind:  # stop before reading a value of the wrong kind
        arguments.done()
    given, own_maximum, path = _given(score)
    denominator = own_maximum if maximum is None else float(maximum)
    if given is not None and given < 0:
        arguments.add(
            path,
            f"must be at least 0: AGS's scoreGiven is never negative (got {given:g})",
        )
    if given is not None and denominator <= 0:
        # The score's own maximum is 0 on an unscored rubric, or with nothing rated.
        where, what = (
            ("maximum", "be") if maximum is not None else ("score", "have a maximum")
        )
        arguments.add(
            where,
            f"must {what} above 0: AGS's scoreMaximum is the denominator of "
            f"scoreGiven (got {denominator:g})",
        )
    _check_member(arguments, "activity_progress", activity_progress, ACTIVITY_PROGRESS)
    progress = grading_progress or ("FullyGraded" if given is not None else "Pending")
    _check_member(arguments, "grading_progress", progress, GRADING_PROGRESS)
    arguments.done()
    written: dict[str, Any] = {"timestamp": _timestamp(timestamp)}
    if given is not None:
        written["scoreGiven"] = given
        written["scoreMaximum"] = denominator
    if comment is not None:
        written["comment"] = comment
    written["activityProgress"] = activity_progress
    written["gradingProgress"] = progress
    written["userId"] = user_id
    return written


def _given(score: Score | MasteryEstimate) -> tuple[float | None, float, str]:
    """The score given, its maximum, and the path of the value, from either kind."""
    if isinstance(score, Score):
        return score.total, score.maximum, "score.total"
    policy = score.policy
    top = 1.0 if policy.method is MasteryMethod.BKT else policy.scale.maximum
    return score.value, top, "score.value"


def _check_member(
    arguments: Arguments, name: str, value: str, allowed: tuple[str, ...]
) -> None:
    if value not in allowed:
        listed = ", ".join(repr(item) for item in allowed)
        arguments.add(name, f"must be one of {listed} (got {shown(value)})")


def _timestamp(moment: datetime) -> str:
    """ISO 8601 with sub-second precision: milliseconds, or microseconds if given."""
    spec = "milliseconds" if moment.microsecond % 1000 == 0 else "microseconds"
    return moment.isoformat(timespec=spec)
