"""selfassess.interop.lti: scores for the LTI Assignment and Grade Services.

Sources (cited again beside each test):

- 1EdTech LTI Assignment and Grade Services 2.0, "Score publish service"
  (https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service): the example
  score ``{"timestamp": "2017-04-16T18:54:36.736+00:00", "scoreGiven": 83,
  "scoreMaximum": 100, "comment": "This is exceptional work.", "activityProgress":
  "Completed", "gradingProgress": "FullyGraded", "userId": "5323497"}`` and its
  "PendingManual" example without a score; "scoreGiven and scoreMaximum" (scoreGiven
  at least 0, scoreMaximum the denominator and present with it, scoreGiven above
  scoreMaximum valid); "userId"; "activityProgress" and "gradingProgress" (their
  five values each); "timestamp" ("MUST be formatted using ISO 8601 with a
  sub-second precision"); "comment" (plain text; a score without one clears it).
- Canvas's Score API (https://developerdocs.instructure.com/services/canvas/file.all_resources/score):
  the same fields, "Maximum possible score for this result; it must be present if
  scoreGiven is present."
- Canvas's rubric total: instructure/canvas-lms ``app/models/rubric.rb``,
  ``total_points_from_criteria``, leaves out the criteria ``ignore_for_scoring``;
  the Canvas-like rubric below is built by hand with such a criterion
  (``counted=False``), as tests/test_rubrics_platforms.py maps Canvas's.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Evidence, Role
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.interop.lti import (
    ACTIVITY_PROGRESS,
    GRADING_PROGRESS,
    write_score,
)
from selfassess.mastery import MasteryMethod, MasteryPolicy
from selfassess.rubrics import (
    Assessment,
    Criterion,
    CriterionScore,
    Descriptor,
    Rating,
    Rubric,
    Score,
)

UTC = timezone.utc
SPEC_MOMENT = datetime(2017, 4, 16, 18, 54, 36, 736000, tzinfo=UTC)
"""The moment of the specification's example score, "2017-04-16T18:54:36.736+00:00"."""

DAY = date(2026, 10, 2)


def _canvas_like_rubric() -> Rubric:
    """A lab report rubric as Canvas has it: 10 + 5 + 4 counted, a 4-point outcome not.

    Canvas's points_possible is 19 (total_points_from_criteria leaves the
    ignore_for_scoring criterion out), although the criteria add up to 23.
    """

    def ratings(prefix: str, points: list[float]) -> list[Descriptor]:
        return [
            Descriptor(title=f"{points_:g} points", points=points_, id=f"{prefix}_{n}")
            for n, points_ in enumerate(points)
        ]

    return Rubric(
        id="901",
        title="Lab report",
        scale=None,
        criteria=[
            Criterion(
                id="_4821",
                title="Data analysis",
                descriptors=ratings("a", [0, 5, 10]),
                required=False,
            ),
            Criterion(
                id="_4822",
                title="Description of criterion",
                descriptors=ratings("b", [0, 5]),
                required=False,
            ),
            Criterion(
                id="_4823",
                title="Citations",
                descriptors=ratings("c", [0, 2, 4]),
                required=False,
            ),
            Criterion(
                id="_4824",
                title="Scientific method",
                descriptors=ratings("d", [0, 1, 2, 3, 4]),
                required=False,
                counted=False,
                outcome="42",
                mastery_points=3,
            ),
        ],
    )


def _assessment(rubric: Rubric, chosen: dict[str, str]) -> Assessment:
    return Assessment(
        id="71",
        rubric=rubric,
        student="ana",
        rater="okafor",
        role=Role.TEACHER,
        assessed_on=DAY,
        ratings=[Rating(criterion=c, descriptor=d) for c, d in chosen.items()],
    )


def test_score_maximum_leaves_out_a_criterion_not_counted() -> None:
    """The maximum is 19, not 23: Canvas's ignore_for_scoring criterion is left out.

    Source: canvas-lms app/models/rubric.rb total_points_from_criteria; AGS 2.0
    "scoreGiven and scoreMaximum".
    """
    rubric = _canvas_like_rubric()
    assert sum(c.points_range[1] for c in rubric.criteria if c.points_range) == 23
    assessment = _assessment(
        rubric, {"_4821": "a_1", "_4822": "b_1", "_4823": "c_2", "_4824": "d_4"}
    )
    written = write_score(assessment.score(), user_id="5323497", timestamp=SPEC_MOMENT)
    assert written["scoreMaximum"] == 19.0
    assert written["scoreMaximum"] == rubric.maximum
    # 5 + 5 + 4 counted; the 4 on the outcome criterion is not.
    assert written["scoreGiven"] == 14.0


def test_write_score_has_the_shape_of_the_specifications_example() -> None:
    """The spec's example score, field by field, timestamp to the millisecond.

    Source: AGS 2.0, "Example application/vnd.ims.lis.v1.score+json representation".
    """
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=83, minimum=0, maximum=100)],
    )
    written = write_score(
        score,
        user_id="5323497",
        timestamp=SPEC_MOMENT,
        comment="This is exceptional work.",
    )
    assert written == {
        "timestamp": "2017-04-16T18:54:36.736+00:00",
        "scoreGiven": 83,
        "scoreMaximum": 100,
        "comment": "This is exceptional work.",
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "userId": "5323497",
    }
    assert list(written) == [
        "timestamp",
        "scoreGiven",
        "scoreMaximum",
        "comment",
        "activityProgress",
        "gradingProgress",
        "userId",
    ]
    assert json.loads(json.dumps(written)) == written


def test_timestamp_keeps_its_offset_and_sub_second_precision() -> None:
    """ISO 8601 with sub-second precision: milliseconds, microseconds when given.

    Source: AGS 2.0, "timestamp".
    """
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=3, minimum=0, maximum=4)],
    )
    chicago = timezone(timedelta(hours=-5))
    on_the_second = write_score(
        score, user_id="u1", timestamp=datetime(2026, 10, 2, 9, 30, tzinfo=chicago)
    )
    assert on_the_second["timestamp"] == "2026-10-02T09:30:00.000-05:00"
    fine = write_score(
        score,
        user_id="u1",
        timestamp=datetime(2026, 10, 2, 9, 30, 0, 123456, tzinfo=chicago),
    )
    assert fine["timestamp"] == "2026-10-02T09:30:00.123456-05:00"


def test_write_score_refuses_a_timestamp_without_a_time_zone() -> None:
    """A naive datetime is no moment: refused as the caller's mistake."""
    score = Score(assessment="a1", rubric="r1", criteria=[])
    with pytest.raises(ArgumentTypeError) as raised:
        write_score(score, user_id="u1", timestamp=datetime(2026, 10, 2, 9, 30))
    assert raised.value.paths == ("timestamp",)
    with pytest.raises(ArgumentTypeError) as day:
        write_score(score, user_id="u1", timestamp=DAY)  # type: ignore[arg-type]
    assert day.value.paths == ("timestamp",)


def test_a_score_above_its_maximum_is_kept() -> None:
    """A teacher's 6.5 on a 6-point level gives scoreGiven 6.5 of 6 (extra credit).

    Source: AGS 2.0, "The platform MUST support scoreGiven higher than
    scoreMaximum".
    """
    rubric = Rubric(
        id="r",
        title="Lab",
        scale=None,
        criteria=[
            Criterion(
                id="m",
                title="Method",
                descriptors=[
                    Descriptor(title="Missing", points=0, id="m1"),
                    Descriptor(title="Complete", points=6, id="m3"),
                ],
            )
        ],
    )
    assessment = Assessment(
        id="gc-2",
        rubric=rubric,
        student="ana",
        rater="okafor",
        role=Role.TEACHER,
        assessed_on=DAY,
        ratings=[Rating(criterion="m", descriptor="m3", points=6.5)],
    )
    written = write_score(assessment.score(), user_id="u1", timestamp=SPEC_MOMENT)
    assert (written["scoreGiven"], written["scoreMaximum"]) == (6.5, 6.0)


def test_write_score_refuses_a_negative_score() -> None:
    """Moodle allows negative points; AGS's scoreGiven is never below 0.

    Source: AGS 2.0, "All scoreGiven values MUST be positive numeric (including 0)".
    """
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=-2, minimum=-2, maximum=4)],
    )
    with pytest.raises(InvalidDataError) as raised:
        write_score(score, user_id="u1", timestamp=SPEC_MOMENT)
    assert [str(problem) for problem in raised.value.problems] == [
        "score.total: must be at least 0: AGS's scoreGiven is never negative (got -2)"
    ]


def test_write_score_refuses_a_maximum_of_zero() -> None:
    """An unscored rubric's score has a maximum of 0: no denominator, refused.

    Source: AGS 2.0, "scoreMaximum represents the denominator".
    """
    nothing = Score(assessment="a1", rubric="r1", criteria=[])
    with pytest.raises(InvalidDataError) as raised:
        write_score(nothing, user_id="u1", timestamp=SPEC_MOMENT)
    assert raised.value.paths == ("score",)
    with pytest.raises(InvalidDataError) as given_zero:
        write_score(nothing, user_id="u1", timestamp=SPEC_MOMENT, maximum=0)
    assert given_zero.value.paths == ("maximum",)


def test_maximum_replaces_the_scores_own() -> None:
    """maximum= sends the rubric's points possible when an optional criterion is unrated."""
    rubric = _canvas_like_rubric()
    partial = _assessment(rubric, {"_4821": "a_2", "_4822": "b_1"})
    assert partial.score().maximum == 15.0
    written = write_score(
        partial.score(), user_id="u1", timestamp=SPEC_MOMENT, maximum=rubric.maximum
    )
    assert (written["scoreGiven"], written["scoreMaximum"]) == (15.0, 19.0)


@pytest.mark.parametrize("progress", ACTIVITY_PROGRESS)
def test_every_activity_progress_is_accepted(progress: str) -> None:
    """The five values of activityProgress (AGS 2.0, "activityProgress")."""
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=1, minimum=0, maximum=1)],
    )
    written = write_score(
        score,
        user_id="u1",
        timestamp=SPEC_MOMENT,
        activity_progress=progress,  # type: ignore[arg-type]
    )
    assert written["activityProgress"] == progress


@pytest.mark.parametrize("progress", GRADING_PROGRESS)
def test_every_grading_progress_is_accepted(progress: str) -> None:
    """The five values of gradingProgress (AGS 2.0, "gradingProgress")."""
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=1, minimum=0, maximum=1)],
    )
    written = write_score(
        score,
        user_id="u1",
        timestamp=SPEC_MOMENT,
        grading_progress=progress,  # type: ignore[arg-type]
    )
    assert written["gradingProgress"] == progress


def test_write_score_refuses_values_the_specification_does_not_name() -> None:
    """Progress values out of the enumerations (case counts), an empty userId."""
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=1, minimum=0, maximum=1)],
    )
    with pytest.raises(InvalidDataError) as raised:
        write_score(
            score,
            user_id="",
            timestamp=SPEC_MOMENT,
            activity_progress="completed",  # type: ignore[arg-type]
            grading_progress="Graded",  # type: ignore[arg-type]
        )
    assert [str(problem) for problem in raised.value.problems] == [
        "user_id: must not be empty (got '')",
        "activity_progress: must be one of 'Initialized', 'Started', 'InProgress', "
        "'Submitted', 'Completed' (got 'completed')",
        "grading_progress: must be one of 'FullyGraded', 'Pending', 'PendingManual', "
        "'Failed', 'NotReady' (got 'Graded')",
    ]


def test_comment_left_out_when_not_given() -> None:
    """Without a comment the key is left out (which clears the platform's comment)."""
    score = Score(
        assessment="a1",
        rubric="r1",
        criteria=[CriterionScore(criterion="c1", points=1, minimum=0, maximum=1)],
    )
    assert "comment" not in write_score(score, user_id="u1", timestamp=SPEC_MOMENT)


def _evidence(*scores: float) -> list[Evidence]:
    return [
        Evidence(
            student="ana",
            standard="4.NF.1",
            score=value,
            assessed_on=date(2026, 9, 1 + n),
        )
        for n, value in enumerate(scores)
    ]


def test_a_mastery_estimate_is_sent_on_its_scale() -> None:
    """An estimate gives its value over its scale's top: 4 on the 4-point scale."""
    estimate = MasteryPolicy().estimate(_evidence(2, 3, 4))
    assert estimate.value is not None
    written = write_score(estimate, user_id="u1", timestamp=SPEC_MOMENT)
    assert (written["scoreGiven"], written["scoreMaximum"]) == (estimate.value, 4.0)
    assert written["gradingProgress"] == "FullyGraded"


def test_a_bkt_estimate_is_a_probability_out_of_one() -> None:
    """Bayesian Knowledge Tracing gives a probability: scoreMaximum is 1."""
    estimate = MasteryPolicy(method=MasteryMethod.BKT).estimate(_evidence(3, 4))
    written = write_score(estimate, user_id="u1", timestamp=SPEC_MOMENT)
    assert written["scoreMaximum"] == 1.0
    assert 0 <= written["scoreGiven"] <= 1


def test_an_estimate_without_a_value_sends_no_score() -> None:
    """n-mastery waits for more scores: no scoreGiven, gradingProgress Pending.

    Source: AGS 2.0, the "PendingManual" example (a score without scoreGiven) and
    "When scoreGiven is not present, ... the platform should clear any previous
    score".
    """
    estimate = MasteryPolicy(method=MasteryMethod.N_MASTERY).estimate(_evidence(3))
    assert estimate.value is None
    written = write_score(estimate, user_id="5323497", timestamp=SPEC_MOMENT)
    assert written == {
        "timestamp": "2017-04-16T18:54:36.736+00:00",
        "activityProgress": "Completed",
        "gradingProgress": "Pending",
        "userId": "5323497",
    }
    manual = write_score(
        estimate,
        user_id="5323497",
        timestamp=SPEC_MOMENT,
        grading_progress="PendingManual",
    )
    assert manual["gradingProgress"] == "PendingManual"


def test_write_score_checks_its_arguments() -> None:
    """Something other than a score or an estimate is the caller's mistake."""
    with pytest.raises(ArgumentTypeError) as raised:
        write_score(
            {"scoreGiven": 3},  # type: ignore[arg-type]
            user_id=5323497,  # type: ignore[arg-type]
            timestamp=SPEC_MOMENT,
        )
    assert raised.value.paths == ("score", "user_id")


rows = st.lists(
    st.tuples(
        st.floats(min_value=0, max_value=100, allow_nan=False),
        st.floats(min_value=0.5, max_value=100, allow_nan=False),
        st.booleans(),
    ),
    min_size=1,
    max_size=6,
)


@given(rows, st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_written_scores_are_the_scores_own_numbers(
    found: list[tuple[float, float, bool]], minutes: int
) -> None:
    """For any score with a counted criterion: total over maximum, through JSON."""
    criteria = [
        CriterionScore(
            criterion=f"c{n}", points=points, minimum=0, maximum=top, counted=counted
        )
        for n, (points, top, counted) in enumerate(found)
    ]
    criteria[0] = CriterionScore(
        criterion="c0", points=found[0][0], minimum=0, maximum=found[0][1]
    )
    score = Score(assessment="a1", rubric="r1", criteria=criteria)
    moment = datetime(2026, 10, 2, 12, tzinfo=timezone(timedelta(minutes=minutes)))
    written = json.loads(json.dumps(write_score(score, user_id="u1", timestamp=moment)))
    assert written["scoreGiven"] == score.total
    assert written["scoreMaximum"] == score.maximum
    assert datetime.fromisoformat(written["timestamp"]) == moment
