"""selfassess.interop.canvas against Canvas's own payloads and Canvas's own numbers.

Every payload below is written field for field as Canvas's API gives it, and every
expected number is one that Canvas's source computes or its own specs assert, cited
beside the test. Sources, all in instructure/canvas-lms:

- Rubrics: ``app/controllers/rubrics_api_controller.rb`` (the Rubric,
  RubricCriterion, RubricRating and RubricAssessment models of the API docs),
  ``lib/api/v1/rubric.rb`` (``data`` always; ``criteria`` too with ``style=full``;
  an older copy sends ``criteria`` only), ``app/models/rubric.rb``
  (``generate_criteria``: ratings sorted highest first, a criterion's points its
  highest rating's, ``points_possible`` the sum of the criteria not
  ``ignore_for_scoring``, rounded to 4 decimals; ``RubricUniqueAlignments``: "This
  rubric has Outcomes aligned more than once"), ``app/views/shared/
  _rubric_criterion.html.erb`` (the blank criterion's ratings "Full Marks", id
  ``blank``, and "No Marks", id ``blank_2``).
- Rubric assessments: ``lib/api/v1/rubric_assessment.rb`` (the fields the API
  returns: no student, no date), ``app/models/rubric_assessment.rb`` (``score``
  rounded to 4 decimals; ``assessor_id`` required),
  ``app/models/rubric_association.rb`` (``assess``: how the endpoint's
  ``criterion_<id>`` entries become the stored ``data`` and ``score``),
  ``app/controllers/rubric_assessments_controller.rb`` (the endpoint's
  ``rubric_assessment[criterion_id][points]`` and ``[comments]``, "For each
  criterion_id, change the id by the criterion number"), and
  ``spec/graphql/mutations/set_rubric_self_assessment_spec.rb`` (the
  ``self_assessment`` assessment type).
- Outcomes: ``lib/api/v1/outcome.rb`` (the Outcome object; a null method is
  ``highest``), ``app/models/learning_outcome.rb`` (``default_rubric_criterion``:
  5, 3 and 0 points, mastery at 3; ``default_calculation_int``; the comment table
  of "User Facing Name" against "DB Value"), ``app/models/outcome_calculation_method.rb``
  (``CALCULATION_METHODS``, ``VALID_CALCULATION_INTS``), ``app/models/
  outcome_proficiency.rb`` (the default mastery scale and its colours),
  ``ui/shared/grading/CalculationMethodContent.js`` (the worked examples teachers
  see), ``app/models/rollup_score.rb`` and ``app/helpers/
  rollup_score_aggregator_helper.rb`` (the rules and the scaling),
  ``spec/lib/outcomes/result_analytics_spec.rb`` and
  ``spec/services/outcomes/student_outcome_rollup_calculation_service_spec.rb``
  (expected rollups).
- Outcome results: ``lib/api/v1/outcome_results.rb`` (``id``, ``score``,
  ``mastery``, ``possible``, ``percent``, ``submitted_or_assessed_at``, ``links``)
  and ``app/controllers/outcome_results_controller.rb`` (the response, its
  ``linked`` outcomes, the example time ``2013-02-01T00:00:00-06:00``).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Evidence, EvidenceKind, Role
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.interop.canvas import (
    CanvasResults,
    read_assessment,
    read_outcome_policy,
    read_results,
    read_rubric,
    write_assessment,
)
from selfassess.mastery import MasteryMethod, MasteryPolicy, rollup
from selfassess.rubrics import Assessment, Rating, Rubric, TalkingPointKind, compare

Payload = dict[str, Any]
DAY = date(2026, 10, 2)


def problems(error: pytest.ExceptionInfo[InvalidDataError]) -> list[str]:
    """The error's problems as ``path: message`` lines."""
    return [str(problem) for problem in error.value.problems]


# --------------------------------------------------------------------------------------
# Payloads
# --------------------------------------------------------------------------------------

# A rubric as GET /api/v1/courses/:course_id/rubrics/:id returns it (fields from
# API_ALLOWED_RUBRIC_OUTPUT_FIELDS in lib/api/v1/rubric.rb). Copied from
# tests/test_rubrics_platforms.py, whose notes it keeps: criterion and rating ids are
# what Rubric#unique_item_id makes, except the blank criterion's "blank" and
# "blank_2"; ratings are listed highest first; a criterion's points are its highest
# rating's; points_possible leaves out the ignore_for_scoring criterion (10 + 5 + 3 =
# 18, not 22); learning_outcome_id, mastery_points and ignore_for_scoring appear only
# on the outcome criterion (Rubric#generate_criteria).
CANVAS_RUBRIC: Payload = {
    "id": 3,
    "title": "Lab report",
    "context_id": 1,
    "context_type": "Course",
    "points_possible": 18.0,
    "reusable": False,
    "public": False,
    "read_only": False,
    "free_form_criterion_comments": False,
    "hide_score_total": False,
    "data": [
        {
            "id": "309_1033",
            "description": "Analysis",
            "long_description": "Explains what the data show.",
            "points": 10.0,
            "criterion_use_range": True,
            "ratings": [
                {
                    "id": "309_5001",
                    "criterion_id": "309_1033",
                    "description": "Thorough",
                    "long_description": "Every trend explained with the data.",
                    "points": 10.0,
                },
                {
                    "id": "309_5002",
                    "criterion_id": "309_1033",
                    "description": "Partial",
                    "long_description": "Some trends explained.",
                    "points": 5.0,
                },
                {
                    "id": "309_5003",
                    "criterion_id": "309_1033",
                    "description": "Missing",
                    "long_description": "",
                    "points": 0.0,
                },
            ],
        },
        {
            "id": "309_6312",
            "description": "Description of criterion",
            "long_description": "",
            "points": 5.0,
            "criterion_use_range": False,
            "ratings": [
                {
                    "id": "blank",
                    "criterion_id": "309_6312",
                    "description": "Full Marks",
                    "long_description": "",
                    "points": 5.0,
                },
                {
                    "id": "blank_2",
                    "criterion_id": "309_6312",
                    "description": "No Marks",
                    "long_description": "",
                    "points": 0.0,
                },
            ],
        },
        {
            "id": "309_7410",
            "description": "Citations",
            "long_description": "Sources cited in the text.",
            "points": 3.0,
            "criterion_use_range": False,
            "ratings": [
                {
                    "id": "309_7001",
                    "criterion_id": "309_7410",
                    "description": "All cited",
                    "long_description": "",
                    "points": 3.0,
                },
                {
                    "id": "309_7002",
                    "criterion_id": "309_7410",
                    "description": "Some cited",
                    "long_description": "",
                    "points": 1.0,
                },
                {
                    "id": "309_7003",
                    "criterion_id": "309_7410",
                    "description": "None cited",
                    "long_description": "",
                    "points": 0.0,
                },
            ],
        },
        {
            "id": "309_343",
            "description": "Scientific method",
            "long_description": "<p>Plans a fair test.</p>",
            "points": 4.0,
            "criterion_use_range": False,
            "learning_outcome_id": 42,
            "mastery_points": 3.0,
            "ignore_for_scoring": True,
            "ratings": [
                {
                    "id": f"309_800{n}",
                    "criterion_id": "309_343",
                    "description": title,
                    "long_description": "",
                    "points": float(points),
                }
                for n, (title, points) in enumerate(
                    [
                        ("Exceeds Mastery", 4),
                        ("Mastery", 3),
                        ("Near Mastery", 2),
                        ("Below Mastery", 1),
                        ("No Evidence", 0),
                    ],
                    start=1,
                )
            ],
        },
    ],
}

# Rubric assessments as the API returns them with style=full
# (lib/api/v1/rubric_assessment.rb): each data entry is what RubricAssociation#assess
# stores, and "score" the sum of the points of the criteria not ignored for scoring.
CANVAS_TEACHER: Payload = {
    "id": 71,
    "rubric_id": 3,
    "rubric_association_id": 2,
    "score": 12.25,
    "artifact_type": "Submission",
    "artifact_id": 5,
    "artifact_attempt": 1,
    "assessment_type": "grading",
    "assessor_id": 6,
    "data": [
        {
            # 5.25 on the range criterion: Canvas finds the 10-point rating.
            "id": "309_5001",
            "points": 5.25,
            "criterion_id": "309_1033",
            "learning_outcome_id": None,
            "description": "Thorough",
            "comments_enabled": True,
            "comments": "Two trends explained, the third only named.",
        },
        {
            "id": "blank",
            "points": 5.0,
            "criterion_id": "309_6312",
            "learning_outcome_id": None,
            "description": "Full Marks",
            "comments_enabled": True,
            "comments": "",
        },
        {
            # Free points: 2 is on no rating (3, 1, 0), so no rating id is stored and
            # the description is Canvas's "No details".
            "id": None,
            "points": 2.0,
            "criterion_id": "309_7410",
            "learning_outcome_id": None,
            "description": "No details",
            "comments_enabled": True,
            "comments": "Two of the three sources cited.",
        },
        {
            "id": "309_8002",
            "points": 3.0,
            "criterion_id": "309_343",
            "learning_outcome_id": 42,
            "ignore_for_scoring": True,
            "description": "Mastery",
            "comments_enabled": True,
            "comments": "",
        },
    ],
}

CANVAS_SELF: Payload = {
    **CANVAS_TEACHER,
    "id": 72,
    "score": 4.0,
    "assessment_type": "self_assessment",
    "assessor_id": 9,
    "data": [
        {
            "id": "309_5002",
            "points": 1.0,
            "criterion_id": "309_1033",
            "learning_outcome_id": None,
            "description": "Partial",
            "comments_enabled": True,
            "comments": "",
        },
        {
            "id": "blank_2",
            "points": 0.0,
            "criterion_id": "309_6312",
            "learning_outcome_id": None,
            "description": "No Marks",
            "comments_enabled": True,
            "comments": "",
        },
        {
            "id": "309_7001",
            "points": 3.0,
            "criterion_id": "309_7410",
            "learning_outcome_id": None,
            "description": "All cited",
            "comments_enabled": True,
            "comments": "I cited all three.",
        },
        {
            "id": "309_8001",
            "points": 4.0,
            "criterion_id": "309_343",
            "learning_outcome_id": 42,
            "ignore_for_scoring": True,
            "description": "Exceeds Mastery",
            "comments_enabled": True,
            "comments": "",
        },
    ],
}


def rubric_payload(**changes: Any) -> Payload:
    """A deep copy of the lab report rubric, with top-level changes."""
    return {**copy.deepcopy(CANVAS_RUBRIC), **changes}


def criterion_payload(index: int, **changes: Any) -> Payload:
    """A deep copy of one criterion of the lab report, with changes."""
    return {**copy.deepcopy(CANVAS_RUBRIC["data"][index]), **changes}


def read(payload: Mapping[str, Any], rubric: Rubric | None = None) -> Assessment:
    """A rubric assessment of the lab report, for the student "5"."""
    return read_assessment(
        payload,
        read_rubric(CANVAS_RUBRIC) if rubric is None else rubric,
        student="5",
        assessed_on=DAY,
    )


# --------------------------------------------------------------------------------------
# read_rubric
# --------------------------------------------------------------------------------------


def test_rubric_maximum_is_points_possible() -> None:
    """The maximum is Canvas's points_possible, 18: the outcome criterion is not counted."""
    rubric = read_rubric(CANVAS_RUBRIC)
    assert rubric.maximum == 18.0 == CANVAS_RUBRIC["points_possible"]
    assert (rubric.id, rubric.title, rubric.scale) == ("3", "Lab report", None)
    assert [c.id for c in rubric.criteria] == [c["id"] for c in CANVAS_RUBRIC["data"]]
    assert [c.id for c in rubric.counted_criteria] == [
        "309_1033",
        "309_6312",
        "309_7410",
    ]
    assert all(not criterion.required for criterion in rubric.criteria)


def test_rubric_ratings_are_read_lowest_first_with_their_ids() -> None:
    """Canvas's ratings, highest first, become descriptors lowest first, ids kept."""
    rubric = read_rubric(CANVAS_RUBRIC)
    for payload in CANVAS_RUBRIC["data"]:
        criterion = rubric.criterion(payload["id"])
        assert [
            (d.id, d.title, d.description, d.points) for d in criterion.descriptors
        ] == [
            (r["id"], r["description"], r["long_description"], r["points"])
            for r in reversed(payload["ratings"])
        ]
        assert criterion.title == payload["description"]
        assert criterion.description == payload["long_description"]
    default = rubric.criterion("309_6312")
    assert default.rating("blank").title == "Full Marks"
    assert default.rating("blank_2").title == "No Marks"


def test_rubric_keeps_ranges_outcomes_and_criteria_left_out() -> None:
    """criterion_use_range, ignore_for_scoring, learning_outcome_id and mastery_points."""
    rubric = read_rubric(CANVAS_RUBRIC)
    analysis, outcome = rubric.criterion("309_1033"), rubric.criterion("309_343")
    assert (analysis.use_range, analysis.counted, analysis.outcome) == (
        True,
        True,
        None,
    )
    assert (outcome.use_range, outcome.counted) == (False, False)
    assert (outcome.outcome, outcome.mastery_points, outcome.standards) == (
        "42",
        3.0,
        ("42",),
    )
    assert analysis.standards == ()


def test_rubric_criteria_key_of_style_full() -> None:
    """The older API sends the criteria as "criteria" only; the newer sends both."""
    only_criteria = rubric_payload(criteria=CANVAS_RUBRIC["data"])
    del only_criteria["data"]
    both = rubric_payload(criteria=copy.deepcopy(CANVAS_RUBRIC["data"]))
    assert read_rubric(only_criteria) == read_rubric(CANVAS_RUBRIC) == read_rubric(both)


def test_rubric_ratings_lowest_first_read_the_same() -> None:
    """Ratings are ordered by points: a payload listing them lowest first reads the same."""
    reordered = rubric_payload(
        data=[
            {**criterion, "ratings": list(reversed(criterion["ratings"]))}
            for criterion in copy.deepcopy(CANVAS_RUBRIC["data"])
        ]
    )
    assert read_rubric(reordered) == read_rubric(CANVAS_RUBRIC)


def test_rubric_points_possible_is_rounded_to_four_decimals() -> None:
    """Canvas stores points_possible rounded to 4 decimals (POINTS_POSSIBLE_PRECISION)."""
    third = {
        "description": "Part",
        "points": 0.33333,
        "ratings": [{"id": "r", "description": "Done", "points": 0.33333}],
    }
    payload = {
        "id": 1,
        "title": "Thirds",
        "points_possible": 1.0,
        "data": [{**third, "id": f"c{n}"} for n in range(3)],
    }
    assert read_rubric(payload).maximum == pytest.approx(0.99999)
    with pytest.raises(InvalidDataError) as error:
        read_rubric({**payload, "points_possible": 0.9999})
    assert problems(error) == [
        "points_possible: must be the sum of the points of the criteria not ignored "
        "for scoring, as Canvas computes it (0.99999) (got 0.9999)"
    ]


def test_rubric_refuses_points_possible_counting_the_ignored_criterion() -> None:
    """22 counts the ignore_for_scoring criterion, which Canvas leaves out of 18."""
    with pytest.raises(InvalidDataError) as error:
        read_rubric(rubric_payload(points_possible=22.0))
    assert problems(error) == [
        "points_possible: must be the sum of the points of the criteria not ignored "
        "for scoring, as Canvas computes it (18) (got 22)"
    ]


def test_rubric_refuses_an_outcome_aligned_twice() -> None:
    """Canvas's RubricUniqueAlignments: "This rubric has Outcomes aligned more than once"."""
    again = criterion_payload(3, id="309_344")
    with pytest.raises(InvalidDataError) as error:
        read_rubric(rubric_payload(data=[*CANVAS_RUBRIC["data"], again]))
    assert problems(error) == [
        "data[4].learning_outcome_id: must differ from data[3].learning_outcome_id: "
        "Canvas refuses a rubric that aligns an outcome more than once (got '42' again)"
    ]


def test_rubric_reports_every_problem_at_its_payload_path() -> None:
    """Bad values are listed together, each at its path in the payload."""
    analysis = criterion_payload(0, points=12.0)
    analysis["ratings"][1]["points"] = "5"
    neat = criterion_payload(1, description="")
    neat["ratings"][0]["id"] = ["blank"]
    cites = criterion_payload(2, ratings=[], criterion_use_range="no")
    with pytest.raises(InvalidDataError) as error:
        read_rubric(rubric_payload(title=None, data=[analysis, neat, cites, 7]))
    assert problems(error) == [
        "title: must be a non-empty string (got None)",
        "data[0].ratings[1].points: must be a number (got '5')",
        "data[1].description: must be a non-empty string (got '')",
        "data[1].ratings[0].id: must be an id (got ['blank'])",
        "data[2].criterion_use_range: must be true or false (got 'no')",
        "data[2].ratings: must have at least one rating: a criterion without ratings "
        "cannot be rated (Canvas gives it 0 points)",
        "data[3]: must be an object (got 7)",
    ]


def test_rubric_refuses_criterion_points_that_are_not_its_highest_rating() -> None:
    """Canvas makes a criterion's points its highest rating's (generate_criteria)."""
    with pytest.raises(InvalidDataError) as error:
        read_rubric(rubric_payload(data=[criterion_payload(0, points=12.0)]))
    assert problems(error)[0] == (
        "data[0].points: must be the points of the criterion's highest rating, as "
        "Canvas makes them (10) (got 12)"
    )


def test_rubric_refuses_equal_points_on_a_range_criterion() -> None:
    """A range needs each rating above the one below: the model's rule, at Canvas's path."""
    analysis = criterion_payload(0)
    analysis["ratings"][1]["points"] = 10.0
    with pytest.raises(InvalidDataError) as error:
        read_rubric(rubric_payload(points_possible=10.0, data=[analysis]))
    assert problems(error) == [
        "data[0].ratings[0].points: must be more than the points of the rating below "
        "it on a criterion with a range (10) (got 10)"
    ]


def test_rubric_refuses_duplicate_criterion_ids_and_missing_criteria() -> None:
    """Criterion ids are unique (Rubric#unique_item_id); the criteria must be there."""
    with pytest.raises(InvalidDataError) as error:
        read_rubric(
            rubric_payload(points_possible=20.0, data=[criterion_payload(0)] * 2)
        )
    assert problems(error) == [
        "data[1].id: must differ from data[0].id: a rubric's criterion ids are unique "
        "(got '309_1033' again)"
    ]
    without = rubric_payload()
    del without["data"]
    with pytest.raises(InvalidDataError) as error:
        read_rubric(without)
    assert problems(error) == [
        "data: is missing: Canvas's Rubrics API gives the criteria as data (and as "
        "criteria with style=full)"
    ]
    with pytest.raises(InvalidDataError, match=r"^data: must have at least one"):
        read_rubric(rubric_payload(data=[]))
    with pytest.raises(InvalidDataError, match=r"^payload: must be an object"):
        read_rubric([CANVAS_RUBRIC])  # type: ignore[arg-type]


def test_rubric_refuses_data_and_criteria_that_differ() -> None:
    """With style=full Canvas sends the same list twice; two lists are not a rubric."""
    with pytest.raises(InvalidDataError) as error:
        read_rubric(rubric_payload(criteria=CANVAS_RUBRIC["data"][:1]))
    assert problems(error) == [
        "criteria: must be the same list as data: Canvas sends the rubric's criteria "
        "under both keys (criteria only with style=full)"
    ]


@st.composite
def canvas_rubrics(draw: st.DrawFn) -> Payload:
    """A rubric as Rubric#generate_criteria stores it: ratings highest first, ids kept."""
    criteria = []
    for index in range(draw(st.integers(1, 4))):
        quarters = draw(
            st.lists(st.integers(0, 80), min_size=1, max_size=5, unique=True)
        )
        points = sorted((quarter / 4 for quarter in quarters), reverse=True)
        criterion: Payload = {
            "id": f"7_{index}",
            "description": draw(st.sampled_from(["Ideas", "Voice", "Evidence"])),
            "long_description": "",
            "points": points[0],
            "criterion_use_range": draw(st.booleans()),
            "ratings": [
                {
                    "id": f"7_{index}_{n}",
                    "criterion_id": f"7_{index}",
                    "description": f"Rating {n}",
                    "long_description": "",
                    "points": value,
                }
                for n, value in enumerate(points)
            ],
        }
        if draw(st.booleans()):
            criterion.update(
                learning_outcome_id=100 + index,
                mastery_points=points[0],
                ignore_for_scoring=draw(st.booleans()),
            )
        criteria.append(criterion)
    total = sum(c["points"] for c in criteria if not c.get("ignore_for_scoring"))
    return {
        "id": 7,
        "title": "Essay",
        "points_possible": round(total, 4),
        "data": criteria,
    }


@given(canvas_rubrics())
def test_any_canvas_rubric_reads_with_its_points_possible(payload: Payload) -> None:
    """Every rubric Canvas stores reads, its maximum its points_possible, its ratings kept."""
    rubric = read_rubric(payload)
    assert rubric.maximum == payload["points_possible"]
    for criterion, stored in zip(rubric.criteria, payload["data"], strict=True):
        assert [d.id for d in criterion.descriptors] == [
            r["id"] for r in reversed(stored["ratings"])
        ]
        assert criterion.counted is not stored.get("ignore_for_scoring", False)


# --------------------------------------------------------------------------------------
# read_assessment
# --------------------------------------------------------------------------------------


def test_teacher_assessment_total_is_canvas_score() -> None:
    """The grading assessment: role teacher, rater the assessor, total 12.25 as Canvas's."""
    teacher = read(CANVAS_TEACHER)
    assert (teacher.id, teacher.student, teacher.rater) == ("71", "5", "6")
    assert (teacher.role, teacher.assessed_on) == (Role.TEACHER, DAY)
    score = teacher.score()
    assert score.total == 12.25 == CANVAS_TEACHER["score"]
    assert score.maximum == 18.0
    rows = {row.criterion: row for row in score.criteria}
    assert (rows["309_1033"].rating, rows["309_1033"].points) == ("Thorough", 5.25)
    assert (rows["309_7410"].rating, rows["309_7410"].points) == (None, 2.0)
    assert rows["309_343"].counted is False


def test_free_points_keep_no_rating_id() -> None:
    """Free points are stored without a rating id (RubricAssociation#assess) and stay so."""
    teacher = read(CANVAS_TEACHER)
    assert teacher.rating("309_7410") == Rating(
        criterion="309_7410", points=2.0, comment="Two of the three sources cited."
    )
    assert teacher.rating("309_1033") == Rating(
        criterion="309_1033",
        descriptor="309_5001",
        points=5.25,
        comment="Two trends explained, the third only named.",
    )


def test_self_assessment_is_the_students_own() -> None:
    """assessment_type self_assessment: role student; total 1 + 0 + 3, as Canvas's 4."""
    mine = read_assessment(
        CANVAS_SELF, read_rubric(CANVAS_RUBRIC), student="9", assessed_on=DAY
    )
    assert (mine.role, mine.rater, mine.student) == (Role.STUDENT, "9", "9")
    assert mine.is_self_assessment
    assert mine.score().total == 4.0 == CANVAS_SELF["score"]


@pytest.mark.parametrize(
    ("kind", "role"),
    [
        ("self_assessment", Role.STUDENT),
        ("peer_review", Role.PEER),
        ("grading", Role.TEACHER),
        ("provisional_grade", Role.TEACHER),
    ],
)
def test_assessment_type_gives_the_role(kind: str, role: Role) -> None:
    """Canvas's four assessment types (rubrics_api_controller.rb, the self-assessment spec)."""
    assert read({**CANVAS_TEACHER, "assessment_type": kind}).role is role


def test_compare_self_assessment_with_the_teachers() -> None:
    """The student's ratings beside the teacher's, named as Canvas names them."""
    rubric = read_rubric(CANVAS_RUBRIC)
    mine = read_assessment(CANVAS_SELF, rubric, student="5", assessed_on=DAY)
    theirs = read(CANVAS_TEACHER, rubric)
    comparison = compare(mine, theirs)
    rows = {row.criterion: row for row in comparison.criteria}
    assert (rows["309_6312"].self_label, rows["309_6312"].teacher_label) == (
        "No Marks",
        "Full Marks",
    )
    kinds = {point.criterion: point.kind for point in comparison.talking_points}
    assert kinds["309_6312"] is TalkingPointKind.HARDER_ON_THEMSELVES
    assert kinds["309_343"] is TalkingPointKind.OVERESTIMATE


def test_comment_without_points_keeps_the_zero_rating_canvas_stores() -> None:
    """A comment sent without points: Canvas matches nil.to_f, 0, to the 0-point rating.

    RubricAssociation#assess compares each rating's points with
    ``rating[:points].to_f``, which is 0 for no points, so the stored entry names
    "None cited" but has no points; the score leaves it out, and so does the total.
    """
    entry = {
        "id": "309_7003",
        "criterion_id": "309_7410",
        "learning_outcome_id": None,
        "description": "None cited",
        "comments_enabled": True,
        "comments": "Cite the second source, then I will score this.",
    }
    payload = {
        **CANVAS_TEACHER,
        "score": 10.25,
        "data": [*CANVAS_TEACHER["data"][:2], entry],
    }
    teacher = read(payload)
    assert teacher.score().total == 10.25
    kept = teacher.rating("309_7410")
    assert kept is not None
    assert (kept.descriptor, kept.points, kept.comment) == (
        "309_7003",
        None,
        entry["comments"],
    )


def test_comment_alone_and_empty_entries() -> None:
    """An entry with only a comment is kept unrated; one with nothing is left out."""
    comment = {
        "id": None,
        "criterion_id": "309_1033",
        "comments": "See me.",
        "description": "No details",
    }
    empty = {
        "id": "",
        "criterion_id": "309_6312",
        "comments": None,
        "description": "No details",
    }
    teacher = read({**CANVAS_TEACHER, "score": None, "data": [comment, empty]})
    assert teacher.ratings == (Rating(criterion="309_1033", comment="See me."),)
    assert teacher.score().total == 0.0


def test_assessment_refuses_a_score_canvas_would_not_compute() -> None:
    """Canvas's score is the sum of the counted criteria's points, to 4 decimals."""
    with pytest.raises(InvalidDataError) as error:
        read({**CANVAS_TEACHER, "score": 15.25})  # 12.25 + the outcome criterion's 3
    assert problems(error) == [
        "score: must be the sum of the points given on the criteria that count, as "
        "Canvas computes it (12.25) (got 15.25)"
    ]
    assert read({**CANVAS_TEACHER, "score": 12.25004}).score().total == 12.25


def test_assessment_reports_every_problem_at_its_payload_path() -> None:
    """Unknown ratings and criteria, wrong types and repeats, each at its path."""
    data = copy.deepcopy(CANVAS_TEACHER["data"])
    data[0]["id"] = "309_9999"
    data[1]["criterion_id"] = "309_0000"
    data[2]["points"] = "2"
    data[3]["comments"] = 3
    with pytest.raises(InvalidDataError) as error:
        read({**CANVAS_TEACHER, "assessment_type": "self", "data": data})
    assert problems(error) == [
        "assessment_type: must be one of 'self_assessment', 'peer_review', "
        "'grading', 'provisional_grade' (got 'self')",
        "data[2].points: must be a number (got '2')",
        "data[3].comments: must be a string (got 3)",
    ]
    with pytest.raises(InvalidDataError) as error:
        read({**CANVAS_TEACHER, "score": 5.0, "data": data[:2]})
    assert problems(error) == [
        "data[0].id: must be the id of a rating of '309_1033' ('309_5003', "
        "'309_5002', '309_5001') (got '309_9999')",
        "data[1].criterion_id: must be the id of a criterion of '3' (got '309_0000')",
    ]


def test_assessment_refuses_repeats_other_rubrics_and_missing_fields() -> None:
    """One entry a criterion; the rubric's own id; data only with style=full."""
    first = CANVAS_TEACHER["data"][0]
    with pytest.raises(InvalidDataError) as error:
        read({**CANVAS_TEACHER, "rubric_id": 4, "data": [first, first]})
    assert problems(error) == [
        "rubric_id: must be the id of the rubric given ('3') (got '4')",
        "data[1].criterion_id: must differ from data[0].criterion_id: Canvas keeps "
        "one entry a criterion (got '309_1033' again)",
    ]
    without = {
        key: value
        for key, value in CANVAS_TEACHER.items()
        if key not in ("data", "assessor_id", "id")
    }
    with pytest.raises(InvalidDataError) as error:
        read(without)
    assert problems(error) == [
        "id: is missing",
        "assessor_id: is missing",
        "data: is missing: ask Canvas for the assessment with style=full, which "
        "sends each criterion's points, rating id and comments as data",
    ]


def test_assessment_arguments_of_the_wrong_kind() -> None:
    """The rubric, the student and the day are the caller's; a wrong one is a TypeError."""
    rubric = read_rubric(CANVAS_RUBRIC)
    with pytest.raises(ArgumentTypeError) as error:
        read_assessment(
            CANVAS_TEACHER, CANVAS_RUBRIC, student=5, assessed_on=datetime(2026, 10, 2)
        )  # type: ignore[arg-type]
    assert [p.path for p in error.value.problems] == [
        "rubric",
        "student",
        "assessed_on",
    ]
    with pytest.raises(InvalidDataError, match=r"^payload: must be an object"):
        read_assessment([], rubric, student="5", assessed_on=DAY)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# write_assessment
# --------------------------------------------------------------------------------------


def test_write_gives_the_endpoints_criterion_keys() -> None:
    """rubric_assessment[criterion_<id>][points], [rating_id], [comments] (the controller)."""
    assert write_assessment(read(CANVAS_TEACHER)) == {
        "rubric_assessment": {
            "user_id": "5",
            "assessment_type": "grading",
            "criterion_309_1033": {
                "points": 5.25,
                "rating_id": "309_5001",
                "comments": "Two trends explained, the third only named.",
            },
            "criterion_309_6312": {"points": 5.0, "rating_id": "blank"},
            "criterion_309_7410": {
                "points": 2.0,
                "comments": "Two of the three sources cited.",
            },
            "criterion_309_343": {"points": 3.0, "rating_id": "309_8002"},
        }
    }


def test_write_then_read_gives_the_assessment_back() -> None:
    """The body reads back into the same assessment, given the id and rater it lacks."""
    rubric = read_rubric(CANVAS_RUBRIC)
    teacher = read(CANVAS_TEACHER, rubric)
    body = write_assessment(teacher)
    assert (
        read_assessment(body, rubric, student="5", assessed_on=DAY, id="71", rater="6")
        == teacher
    )
    mine = read_assessment(CANVAS_SELF, rubric, student="9", assessed_on=DAY)
    assert (
        read_assessment(
            write_assessment(mine), rubric, student="9", assessed_on=DAY, id="72"
        )
        == mine
    )


def test_write_sends_a_named_ratings_points() -> None:
    """Canvas scores a criterion only when points are sent, so a rating's points go too."""
    rubric = read_rubric(CANVAS_RUBRIC)
    mine = Assessment(
        id="72",
        rubric=rubric,
        student="9",
        rater="9",
        role=Role.STUDENT,
        assessed_on=DAY,
        ratings=[Rating(criterion="309_1033", descriptor="309_5002")],
    )
    body = write_assessment(mine)
    assert body["rubric_assessment"]["criterion_309_1033"] == {
        "points": 5.0,
        "rating_id": "309_5002",
    }
    back = read_assessment(body, rubric, student="9", assessed_on=DAY, id="72")
    assert back.score().total == mine.score().total == 5.0


def test_write_refuses_what_canvas_cannot_hold() -> None:
    """No overall comment, no scale level, no rationale; no family or specialist rater."""
    rubric = read_rubric(CANVAS_RUBRIC)
    mine = Assessment(
        id="72",
        rubric=rubric,
        student="9",
        rater="9",
        role=Role.FAMILY,
        assessed_on=DAY,
        comment="Proud of this.",
        ratings=[
            Rating(criterion="309_6312", descriptor="blank", rationale="It is neat."),
            Rating(criterion="309_7410", points=3, can_do=[], glows="All three."),
        ],
    )
    with pytest.raises(InvalidDataError) as error:
        write_assessment(mine)
    assert problems(error) == [
        "role: must be a role Canvas has an assessment type for: 'student' "
        "(self_assessment), 'peer' (peer_review), 'teacher' (grading) (got 'family')",
        "comment: must be empty: a Canvas rubric assessment has no overall comment "
        "(post it as a submission comment)",
        "ratings[0].rationale: must be empty: a Canvas rubric assessment keeps only "
        "points, a rating id and comments on a criterion",
        "ratings[1].glows: must be empty: a Canvas rubric assessment keeps only "
        "points, a rating id and comments on a criterion",
    ]
    with pytest.raises(ArgumentTypeError, match=r"^assessment: must be an Assessment"):
        write_assessment(CANVAS_TEACHER)  # type: ignore[arg-type]


def test_read_body_needs_the_id_and_a_graders_id() -> None:
    """The endpoint's body has no assessment id and no assessor: the caller gives them."""
    rubric = read_rubric(CANVAS_RUBRIC)
    body = write_assessment(read(CANVAS_TEACHER, rubric))
    with pytest.raises(ArgumentTypeError) as error:
        read_assessment(body, rubric, student="5", assessed_on=DAY)
    assert [p.path for p in error.value.problems] == ["id", "rater"]
    with pytest.raises(InvalidDataError) as error:
        read_assessment(body, rubric, student="6", assessed_on=DAY, id="71", rater="6")
    assert problems(error) == [
        "rubric_assessment.user_id: must be the student given ('6') (got '5')"
    ]
    body["rubric_assessment"]["criterion_309_1033"]["rating_id"] = "nope"
    with pytest.raises(InvalidDataError) as error:
        read_assessment(body, rubric, student="5", assessed_on=DAY, id="71", rater="6")
    assert problems(error) == [
        "rubric_assessment.criterion_309_1033.rating_id: must be the id of a rating "
        "of '309_1033' ('309_5003', '309_5002', '309_5001') (got 'nope')"
    ]


def canvas_assess(rubric: Payload, body: Payload) -> Payload:
    """RubricAssociation#assess, line by line: the stored data and score of a body.

    For each criterion of the rubric sent as ``criterion_<id>``: the rating id sent,
    the points (an outcome criterion's limited to its points, as assessment_points
    does without the outcome_extra_credit flag), the score summed over the criteria
    not ignored for scoring, then the first rating, highest first, whose points are
    these (``nil.to_f`` is 0) or, with a range, whose range holds them fills the id.
    """
    sent = body["rubric_assessment"]
    data = []
    score = None
    for criterion in rubric["data"]:
        entry = sent.get(f"criterion_{criterion['id']}")
        if entry is None:
            continue
        rating: Payload = {"id": entry.get("rating_id")}
        has_score = entry.get("points") is not None
        if has_score:
            points = float(entry["points"])
            if criterion.get("learning_outcome_id") is not None:
                points = min(criterion["points"], points)
            rating["points"] = points
        rating["criterion_id"] = criterion["id"]
        if criterion.get("ignore_for_scoring"):
            rating["ignore_for_scoring"] = True
        elif has_score:
            score = (score or 0) + rating["points"]
        rating["comments"] = entry.get("comments")
        given = rating.get("points") or 0.0
        ratings = criterion["ratings"]
        for index, option in enumerate(ratings):
            below = ratings[index + 1]["points"] if index + 1 < len(ratings) else 0.0
            if abs(option["points"] - given) < 2.220446049250313e-16 or (
                criterion["criterion_use_range"]
                and option["points"] > given
                and below < given
            ):
                rating["id"] = rating["id"] or option["id"]
        data.append(rating)
    return {
        "id": 1,
        "assessment_type": sent["assessment_type"],
        "assessor_id": 6,
        "score": None if score is None else round(score, 4),
        "data": data,
    }


@st.composite
def canvas_assessments(draw: st.DrawFn) -> Assessment:
    """An assessment Canvas can hold: rating ids with points, free points, comments."""
    rubric = read_rubric(draw(canvas_rubrics()))
    role = draw(st.sampled_from([Role.STUDENT, Role.PEER, Role.TEACHER]))
    ratings = []
    for criterion in rubric.criteria:
        form = draw(
            st.sampled_from(["none", "rating", "override", "points", "comment"])
        )
        comment = draw(st.sampled_from(["", "Good start.", "Cite one more source."]))
        descriptor = draw(st.sampled_from(criterion.descriptors))
        points = draw(st.integers(0, 100)) / 4
        if form == "rating":
            ratings.append(
                Rating(
                    criterion=criterion.id,
                    descriptor=descriptor.id,
                    points=descriptor.points,
                    comment=comment,
                )
            )
        elif form == "override":
            ratings.append(
                Rating(
                    criterion=criterion.id,
                    descriptor=descriptor.id,
                    points=points,
                    comment=comment,
                )
            )
        elif form == "points" and len(criterion.positions_of(points)) <= 1:
            ratings.append(
                Rating(criterion=criterion.id, points=points, comment=comment)
            )
        elif form == "comment" and comment:
            ratings.append(Rating(criterion=criterion.id, comment=comment))
    return Assessment(
        id="a1",
        rubric=rubric,
        student="9",
        rater="9" if role is Role.STUDENT else "6",
        role=role,
        assessed_on=DAY,
        ratings=ratings,
    )


@given(canvas_assessments())
def test_read_of_write_is_the_assessment(assessment: Assessment) -> None:
    """read_assessment(write_assessment(x)) == x for every assessment Canvas can hold."""
    body = write_assessment(assessment)
    back = read_assessment(
        body,
        assessment.rubric,
        student=assessment.student,
        assessed_on=assessment.assessed_on,
        id=assessment.id,
        rater=assessment.rater,
    )
    assert back == assessment


@given(canvas_rubrics(), st.data())
def test_total_is_the_score_canvas_stores(
    payload: Payload, data: st.DataObject
) -> None:
    """What Canvas stores from a body (RubricAssociation#assess) totals to its score."""
    rubric = read_rubric(payload)
    body: Payload = {
        "rubric_assessment": {"user_id": "9", "assessment_type": "grading"}
    }
    for criterion in payload["data"]:
        choice = data.draw(st.sampled_from(["skip", "rating", "points", "comment"]))
        rating = data.draw(st.sampled_from(criterion["ratings"]))
        if choice == "rating":
            body["rubric_assessment"][f"criterion_{criterion['id']}"] = {
                "points": rating["points"],
                "rating_id": rating["id"],
            }
        elif choice == "points":
            body["rubric_assessment"][f"criterion_{criterion['id']}"] = {
                "points": data.draw(st.integers(0, 100)) / 4
            }
        elif choice == "comment":
            body["rubric_assessment"][f"criterion_{criterion['id']}"] = {
                "comments": "See me."
            }
    stored = canvas_assess(payload, body)
    read_back = read_assessment(stored, rubric, student="9", assessed_on=DAY)
    assert read_back.score().total == (stored["score"] or 0.0)


# --------------------------------------------------------------------------------------
# read_outcome_policy
# --------------------------------------------------------------------------------------

# LearningOutcome.default_rubric_criterion (app/models/learning_outcome.rb): the
# ratings of an outcome created without its own, mastery at 3 of 5.
DEFAULT_RATINGS = [
    {"description": "Exceeds Expectations", "points": 5.0},
    {"description": "Meets Expectations", "points": 3.0},
    {"description": "Does Not Meet Expectations", "points": 0.0},
]

# OutcomeProficiency.default_ratings (app/models/outcome_proficiency.rb), as the
# Outcome object gives them with account-level mastery scales (ratings_hash).
PROFICIENCY_RATINGS = [
    {
        "description": "Exceeds Mastery",
        "points": 4,
        "mastery": False,
        "color": "008EE2",
    },
    {"description": "Mastery", "points": 3, "mastery": True, "color": "00AC18"},
    {"description": "Near Mastery", "points": 2, "mastery": False, "color": "FAB901"},
    {"description": "Below Mastery", "points": 1, "mastery": False, "color": "D97900"},
    {"description": "No Evidence", "points": 0, "mastery": False, "color": "EE0612"},
]


def outcome(
    method: str | None = "decaying_average",
    calculation_int: int | None = 65,
    *,
    id: int = 80,
    ratings: Sequence[Mapping[str, Any]] = DEFAULT_RATINGS,
    **changes: Any,
) -> Payload:
    """An Outcome object as lib/api/v1/outcome.rb writes it (outcome_json, full style)."""
    payload: Payload = {
        "id": id,
        "context_type": "Course",
        "context_id": 1,
        "vendor_guid": None,
        "display_name": None,
        "title": "o1",
        "url": f"/api/v1/outcomes/{id}",
        "can_edit": True,
        "has_updateable_rubrics": False,
        "description": "<p>Adds fractions with unlike denominators.</p>",
        "calculation_method": method,
        "points_possible": max(float(r["points"]) for r in ratings),
        "mastery_points": 3.0,
        "ratings": [dict(rating) for rating in ratings],
        "assessed": True,
    }
    if calculation_int is not None:
        payload["calculation_int"] = calculation_int
    payload.update(changes)
    return payload


def value_of(policy: MasteryPolicy, scores: Sequence[float]) -> float | None:
    """The policy's value on scores given oldest first, a day apart."""
    rows = [
        Evidence(
            student="10",
            standard="80",
            score=score,
            assessed_on=date(2026, 9, 1) + timedelta(days=n),
        )
        for n, score in enumerate(scores)
    ]
    return policy.estimate(rows).value


EXAMPLE = [1, 4, 2, 3, 5, 3, 6, 1, 4, 2, 3, 5, 3, 6]
"""CalculationMethodContent#exampleScoreIntegers: the scores of Canvas's worked examples."""


def test_the_trap_decaying_average_is_canvas_older_weighted_rule() -> None:
    """The API's decaying_average is the weighted rule: 2.83 and 5.03, not 2.88 and 5.1.

    Canvas's teachers see "Decaying Average" 65/35 on the example scores give 5.03
    (ui/shared/grading/CalculationMethodContent.js, WeightedAverage on all fourteen);
    the recursive rule on them gives 5.1. On 2, 3, 3: 0.65 * 3 + 0.35 * 2.5 = 2.825,
    2.83, where the recursive rule gives 2.8775, 2.88.
    """
    policy = read_outcome_policy(outcome("decaying_average", 65))
    assert policy.method is MasteryMethod.WEIGHTED_AVERAGE
    assert value_of(policy, [2, 3, 3]) == 2.83
    assert value_of(policy, EXAMPLE) == 5.03
    by_name = MasteryPolicy(
        method=MasteryMethod.DECAYING_AVERAGE,
        weight=0.65,
        scale=policy.scale,
        clamp=False,
    )
    assert value_of(by_name, [2, 3, 3]) == 2.88
    assert value_of(by_name, EXAMPLE) == 5.1


def test_standard_decaying_average_is_the_recursive_rule() -> None:
    """standard_decaying_average 65 on the first seven example scores: 5.1 on screen."""
    policy = read_outcome_policy(outcome("standard_decaying_average", 65))
    assert (policy.method, policy.weight) == (MasteryMethod.DECAYING_AVERAGE, 0.65)
    assert (
        value_of(policy, EXAMPLE[:7]) == 5.1
    )  # CalculationMethodContent#decayingAverage
    assert value_of(policy, [2, 3, 3]) == 2.88


def test_weighted_average_is_the_older_rule_by_its_new_name() -> None:
    """weighted_average is what decaying_average always meant (learning_outcome.rb)."""
    policy = read_outcome_policy(outcome("weighted_average", 65))
    assert policy.method is MasteryMethod.WEIGHTED_AVERAGE
    assert value_of(policy, EXAMPLE) == 5.03


@pytest.mark.parametrize(
    ("method", "calculation_int", "scores", "shown"),
    [
        # CalculationMethodContent#nMastery: the scores at or above mastery (3),
        # averaged once there are n of them: 42 / 10.
        ("n_mastery", 5, EXAMPLE, 4.2),
        ("n_mastery", 10, EXAMPLE, 4.2),
        # latest: "exampleScores" the first four, the result the last of them.
        ("latest", None, EXAMPLE[:4], 3.0),
        # highest: the individual outcome's example, all fourteen.
        ("highest", None, EXAMPLE, 6.0),
        # highest: a course's example, the first four.
        ("highest", None, EXAMPLE[:4], 4.0),
        # average: the first seven, 24 / 7.
        ("average", None, EXAMPLE[:7], 3.43),
    ],
)
def test_canvas_worked_examples(
    method: str, calculation_int: int | None, scores: list[int], shown: float
) -> None:
    """The examples Canvas shows teachers (ui/shared/grading/CalculationMethodContent.js)."""
    policy = read_outcome_policy(outcome(method, calculation_int))
    assert value_of(policy, scores) == shown


def test_n_mastery_waits_for_n_scores_at_mastery() -> None:
    """NMastery#value is "N/A" until n scores reach mastery: 11 of the example is none."""
    policy = read_outcome_policy(outcome("n_mastery", 10))
    assert value_of(policy, EXAMPLE[:13]) is None  # nine at mastery


def test_calculation_int_is_a_percent_or_a_count() -> None:
    """65 is a weight of 0.65; n_mastery's value is n; left out, Canvas's defaults."""
    assert read_outcome_policy(outcome("decaying_average", 75)).weight == 0.75
    assert read_outcome_policy(outcome("n_mastery", 3)).n == 3
    # LearningOutcome#default_calculation_int: 65 for the averages, 5 for n_mastery.
    assert (
        read_outcome_policy(outcome("standard_decaying_average", None)).weight == 0.65
    )
    assert read_outcome_policy(outcome("n_mastery", None)).n == 5
    # lib/api/v1/outcome.rb: a nil method "should be handled as highest".
    assert read_outcome_policy(outcome(None, None)).method is MasteryMethod.HIGHEST


def test_outcome_scale_from_its_ratings() -> None:
    """A level per rating, lowest first; mastery from mastery_points; colours kept."""
    policy = read_outcome_policy(
        outcome("highest", None, ratings=PROFICIENCY_RATINGS, points_possible=4)
    )
    scale = policy.scale
    assert [(level.points, level.label, level.mastery) for level in scale.levels] == [
        (0.0, "No Evidence", False),
        (1.0, "Below Mastery", False),
        (2.0, "Near Mastery", False),
        (3.0, "Mastery", True),
        (4.0, "Exceeds Mastery", True),
    ]
    assert scale.levels[3].colour == "#00AC18"
    assert (scale.cuts.mastered, scale.cuts.near) == (3.0, 2.0)
    assert (scale.id, scale.name) == ("canvas-outcome-80", "o1")
    assert (policy.decimals, policy.clamp) == (2, False)


def test_outcome_mastery_between_ratings() -> None:
    """Mastery at 4 on ratings 5, 3, 0: the cut is 4, the 5-point rating the mastery level."""
    policy = read_outcome_policy(outcome("highest", None, mastery_points=4.0))
    assert (policy.scale.cuts.mastered, policy.scale.cuts.near) == (4.0, 3.0)
    assert [level.mastery for level in policy.scale.levels] == [False, False, True]
    assert (
        policy.estimate(
            [Evidence(student="10", standard="80", score=4, assessed_on=DAY)]
        ).band.value
        == "mastered"
    )


def test_outcome_refuses_unknown_methods_and_values_canvas_refuses() -> None:
    """CALCULATION_METHODS and VALID_CALCULATION_INTS (outcome_calculation_method.rb)."""
    with pytest.raises(InvalidDataError) as error:
        read_outcome_policy(outcome("power_law", None))
    assert problems(error) == [
        "calculation_method: must be one of Canvas's calculation methods: "
        "'decaying_average', 'weighted_average', 'standard_decaying_average', "
        "'n_mastery', 'highest', 'latest', 'average' (got 'power_law')"
    ]
    for method, value, allowed in [
        ("standard_decaying_average", 49, "from 50 to 99"),
        ("decaying_average", 100, "from 1 to 99"),
        ("weighted_average", 0, "from 1 to 99"),
        ("n_mastery", 11, "from 1 to 10"),
    ]:
        with pytest.raises(InvalidDataError) as error:
            read_outcome_policy(outcome(method, value))
        assert problems(error) == [
            f"calculation_int: must be a whole number {allowed} for {method!r}, as "
            f"Canvas allows (got {value})"
        ]
    with pytest.raises(InvalidDataError) as error:
        read_outcome_policy(outcome("highest", 3))
    assert problems(error) == [
        "calculation_int: must be null for 'highest': Canvas uses no calculation "
        "value with it (got 3)"
    ]


def test_outcome_refuses_ratings_that_make_no_scale() -> None:
    """Each rating problem at its path: too few, equal points or names, a bad colour."""
    twice = [
        *PROFICIENCY_RATINGS[:2],
        {**PROFICIENCY_RATINGS[2], "points": 3},
        {**PROFICIENCY_RATINGS[3], "description": "mastery"},
    ]
    with pytest.raises(InvalidDataError) as error:
        read_outcome_policy(outcome("highest", None, ratings=twice))
    assert problems(error) == [
        "ratings[2].points: must differ from ratings[1].points: the levels of a "
        "scale have distinct points (got 3 again)",
        "ratings[3].description: must differ from ratings[1].description: the "
        "levels of a scale have distinct names (got 'mastery' again)",
    ]
    with pytest.raises(InvalidDataError) as error:
        read_outcome_policy(
            outcome(
                "highest",
                None,
                ratings=[{"description": "Done", "points": 1, "color": "green"}],
            )
        )
    assert problems(error) == [
        "ratings[0].color: must be six hexadecimal digits, as Canvas keeps a "
        "rating's colour (got 'green')",
        "ratings: must have at least 2 ratings to make a scale (got 1)",
    ]
    with pytest.raises(InvalidDataError) as error:
        read_outcome_policy(outcome("highest", None, mastery_points=6.0))
    assert problems(error) == [
        "mastery_points: must be within the ratings' points, 0 to 5 (got 6)"
    ]
    with pytest.raises(InvalidDataError) as error:
        read_outcome_policy(outcome("highest", None, points_possible=4.0))
    assert problems(error) == [
        "points_possible: must be the points of the outcome's highest rating, as "
        "Canvas makes them (5) (got 4)"
    ]
    with pytest.raises(InvalidDataError, match=r"^mastery_points: is missing"):
        read_outcome_policy(
            {key: v for key, v in outcome().items() if key != "mastery_points"}
        )


# --------------------------------------------------------------------------------------
# read_results
# --------------------------------------------------------------------------------------


def result(
    score: float | None,
    day: int,
    *,
    user: str = "10",
    outcome_id: int = 80,
    possible: float = 5.0,
    id: int = 1,
) -> Payload:
    """An OutcomeResult as outcome_result_json writes it (lib/api/v1/outcome_results.rb).

    ``percent`` is LearningOutcomeResult#percentage: score / possible.
    """
    return {
        "id": id,
        "score": score,
        "mastery": None if score is None else score >= 3,
        "possible": possible,
        "percent": None if score is None else score / possible,
        "submitted_or_assessed_at": f"2026-09-{day:02d}T15:00:00Z",
        "links": {
            "user": user,
            "learning_outcome": str(outcome_id),
            "alignment": f"assignment_{id}",
        },
    }


def response(results: Sequence[Payload], *outcomes: Payload) -> Payload:
    """The outcome_results response, with include[]=outcomes."""
    return {"outcome_results": list(results), "linked": {"outcomes": list(outcomes)}}


def canvas_rollup(
    linked: Payload, scores: Sequence[float | None], *, user: str = "10"
) -> float | None:
    """The value selfassess rolls up from results given oldest first, a day apart."""
    found = read_results(
        response(
            [
                result(score, day, id=day, user=user, outcome_id=linked["id"])
                for day, score in enumerate(scores, start=1)
            ],
            linked,
        )
    )
    outcome_id = str(linked["id"])
    return rollup(found.evidence, found.policies[outcome_id])[user, outcome_id].value


@pytest.mark.parametrize(
    ("method", "calculation_int", "scores", "expected"),
    [
        # "with highest calculation method": [1, 2, 3, 4, 5] -> 5.
        ("highest", None, [1, 2, 3, 4, 5], 5.0),
        # "with latest calculation method": [1, 2, 4, 5, 3] -> 3.
        ("latest", None, [1, 2, 4, 5, 3], 3.0),
        # "with average calculation method": -> 3.0.
        ("average", None, [1, 2, 3, 4, 5], 3.0),
        # "with decaying average calculation method" (the flag off): "Legacy
        # decaying average: (5 * 0.65) + ((1+2+3+4)/4 * 0.35)" -> 4.13.
        ("decaying_average", 65, [1, 2, 3, 4, 5], 4.13),
        # "with standard_decaying_average calculation method": "[1,2] -> 1.65,
        # [1.65,3] -> 2.5275, [2.5275,4] -> 3.485, [3.485,5] -> 4.47".
        ("standard_decaying_average", 65, [1, 2, 3, 4, 5], 4.47),
        # "with n_mastery calculation method": 3 mastery scores [3, 4, 5] -> 4.
        ("n_mastery", 3, [1, 2, 3, 4, 5], 4.0),
        # "with n_mastery insufficient attempts": no rollup.
        ("n_mastery", 4, [1, 2, 3, 4, 5], None),
    ],
)
def test_rollup_service_spec(
    method: str,
    calculation_int: int | None,
    scores: list[float],
    expected: float | None,
) -> None:
    """spec/services/outcomes/student_outcome_rollup_calculation_service_spec.rb, "calculation scenarios"."""
    linked = outcome(
        method,
        calculation_int,
        ratings=[
            {"points": 5, "description": "Exceeds"},
            {"points": 3, "description": "Meets"},
            {"points": 0, "description": "Does Not Meet"},
        ],
    )
    assert canvas_rollup(linked, scores) == expected


@pytest.mark.parametrize(
    ("method", "calculation_int", "scores", "expected"),
    [
        # "properly calculates results when method is decaying average": one 3.0 ->
        # 3.0; [4, 5, 1, 3] submitted time - i days, so 3, 1, 5, 4 -> 3.75.
        ("decaying_average", 75, [3.0], 3.0),
        ("decaying_average", 75, [3, 1, 5, 4], 3.75),
        # "properly sorts results when there is no submitted_at time": 2, 3 -> 2.65.
        ("decaying_average", 65, [2, 3], 2.65),
        # "rounds results for decaying average and n_mastery methods".
        ("decaying_average", 65, [2.123], 2.12),
        ("n_mastery", 3, [3, 4, 3], 3.33),
        # "... New standard_decaying_average method when feature_flag is ON".
        ("standard_decaying_average", 65, [3.0], 3.0),
        ("standard_decaying_average", 65, [2, 3, 4], 3.53),
        # "... OLD decaying_average method when feature_flag is OFF".
        ("decaying_average", 65, [2, 3, 4], 3.48),
        # "... a result has a score of nil when method is standard_decaying_average".
        ("standard_decaying_average", 65, [2, 3, None, 4], 3.53),
        # "properly calculates results when method is n# of scores for mastery".
        ("n_mastery", 3, [3, 1], None),
        ("n_mastery", 3, [3, 1, 2], None),
        ("n_mastery", 3, [4, 5, 1, 3, 2, 3], 3.75),
        ("n_mastery", 1, [1, 2], None),
        ("n_mastery", 1, [1, 2, 3], 3.0),
        ("n_mastery", 1, [1, 2, 3, 4], 3.5),
        # "does not error out and correctly averages when a result has a score of nil".
        ("n_mastery", 3, [4, 5, 1, 3, None, 3], 3.75),
        # "returns maximum score when highest score method is selected".
        ("highest", None, [3, 1], 3.0),
        # "correctly handles users with the same name": calculation_int nil, so 65.
        ("decaying_average", None, [5, 4], 4.35),
        ("decaying_average", None, [3, 2], 2.35),
    ],
)
def test_result_analytics_spec(
    method: str,
    calculation_int: int | None,
    scores: list[float | None],
    expected: float | None,
) -> None:
    """spec/lib/outcomes/result_analytics_spec.rb, "#mastery calculation" and "#outcome_results_rollups"."""
    assert canvas_rollup(outcome(method, calculation_int), scores) == expected


def test_results_scaled_to_the_outcome_as_canvas_scales_them() -> None:
    """Scaled as Canvas scales: 2 of 5 on a 4-point mastery scale is 0.4 * 4 = 1.6.

    student_outcome_rollup_calculation_service_spec.rb, "uses outcome proficiency
    for score scaling when feature is enabled": "(2/5) * 4 = 1.6".
    """
    linked = outcome("highest", None, ratings=PROFICIENCY_RATINGS, points_possible=4)
    found = read_results(response([result(2.0, 1)], linked))
    assert [row.score for row in found.evidence] == [1.6]
    assert rollup(found.evidence, found.policies["80"])["10", "80"].value == 1.6


def test_result_evidence_fields() -> None:
    """Student, outcome, alignment, moment and day, and the position in the response."""
    found = read_results(
        response([result(3.0, 1, id=7), result(4.0, 2, user="11", id=8)], outcome())
    )
    first, second = found.evidence
    assert first == Evidence(
        student="10",
        standard="80",
        score=3.0,
        assessed_on=date(2026, 9, 1),
        assessed_at=datetime(2026, 9, 1, 15, tzinfo=timezone.utc),
        kind=EvidenceKind.FORMATIVE,
        source="assignment_7",
        sequence=0,
    )
    assert (second.student, second.sequence) == ("11", 1)
    assert set(found.policies) == {"80"}


def test_result_moment_keeps_its_offset_or_takes_the_schools_zone() -> None:
    """Canvas's example time keeps its -06:00; in Denver an evening in UTC is the day before."""
    example = {
        **result(3.0, 1),
        "submitted_or_assessed_at": "2013-02-01T00:00:00-06:00",
    }
    late = {**result(3.0, 1), "submitted_or_assessed_at": "2026-10-02T03:30:00Z"}
    found = read_results([example, late])
    assert found.evidence[0].assessed_at == datetime(
        2013, 2, 1, tzinfo=timezone(timedelta(hours=-6))
    )
    assert found.evidence[0].assessed_on == date(2013, 2, 1)
    assert found.evidence[1].assessed_on == date(2026, 10, 2)
    denver = read_results([late], tz=ZoneInfo("America/Denver")).evidence[0]
    assert denver.assessed_on == date(2026, 10, 1)
    assert denver.assessed_at == datetime(
        2026, 10, 1, 21, 30, tzinfo=ZoneInfo("America/Denver")
    )


def test_a_moment_beyond_the_calendar_in_the_zone_given_is_refused() -> None:
    """The last hour of year 9999 at UTC is past the calendar's end five hours east."""
    edge = {**result(3.0, 1), "submitted_or_assessed_at": "9999-12-31T23:00:00+00:00"}
    with pytest.raises(InvalidDataError) as caught:
        read_results([edge], tz=timezone(timedelta(hours=5)))
    assert [problem.path for problem in caught.value.problems] == [
        "[0].submitted_or_assessed_at"
    ]


def test_results_without_their_outcome_keep_their_own_score() -> None:
    """A bare list has no outcomes: each score stays as given; outcomes= scales them."""
    quiz = result(6.0, 1, possible=10.0)
    assert [row.score for row in read_results([quiz]).evidence] == [6.0]
    scaled = read_results([quiz], outcomes=[outcome()])
    assert [row.score for row in scaled.evidence] == [3.0]
    assert set(scaled.policies) == {"80"}


def test_outcomes_argument_wins_over_a_linked_outcome() -> None:
    """An outcome passed in is used instead of the linked one with the same id."""
    found = read_results(
        response([result(3.0, 1)], outcome("highest", None)),
        outcomes=[outcome("latest", None)],
    )
    assert found.policies["80"].method is MasteryMethod.LATEST


def test_results_without_a_score_are_left_out() -> None:
    """Canvas's rollups leave out results with no score; so does the evidence."""
    found = read_results(response([result(None, 1), result(2.0, 2)], outcome()))
    assert [(row.score, row.sequence) for row in found.evidence] == [(2.0, 1)]


def test_results_report_every_problem_at_its_payload_path() -> None:
    """Each bad result, and each bad linked outcome, at its path in the response."""
    no_user = result(3.0, 1)
    del no_user["links"]["user"]
    naive = {**result(3.0, 2), "submitted_or_assessed_at": "2026-09-02T15:00:00"}
    garbled = {**result(3.0, 3), "submitted_or_assessed_at": "02/09/2026"}
    text = {**result(3.0, 4), "score": "3", "percent": None}
    percent_only = {**result(3.0, 5, outcome_id=81), "score": None}
    with pytest.raises(InvalidDataError) as error:
        read_results(
            response(
                [no_user, naive, garbled, text, percent_only, 5], outcome("average", 3)
            ),
        )
    assert problems(error) == [
        "linked.outcomes[0].calculation_int: must be null for 'average': Canvas uses "
        "no calculation value with it (got 3)",
        "outcome_results[0].links.user: is missing",
        "outcome_results[1].submitted_or_assessed_at: must give its offset from UTC, "
        "like 'Z' or '-06:00', as Canvas does (got '2026-09-02T15:00:00')",
        "outcome_results[2].submitted_or_assessed_at: must be an ISO 8601 date and "
        "time, like '2013-02-01T00:00:00-06:00' (got '02/09/2026')",
        "outcome_results[3].score: must be a number (got '3')",
        "outcome_results[4].percent: needs its outcome's points to give a score, as "
        "Canvas scales it: ask for include[]=outcomes, or pass the outcome in "
        "outcomes=",
        "outcome_results[5]: must be an object (got 5)",
    ]
    with pytest.raises(InvalidDataError) as error:
        read_results([result(3.0, 1)], outcomes=[outcome("decaying")])
    assert problems(error)[0].startswith(
        "outcomes[0].calculation_method: must be one of"
    )
    with pytest.raises(InvalidDataError, match=r"^outcome_results: is missing$"):
        read_results({"linked": {}})
    with pytest.raises(InvalidDataError, match=r"^\[0\]\.links: is missing$"):
        read_results([{"score": 1}])


def test_results_arguments_of_the_wrong_kind() -> None:
    """The time zone, the kind and the outcomes are the caller's; wrong ones are TypeErrors."""
    with pytest.raises(ArgumentTypeError) as error:
        read_results([], outcomes=5, tz="America/Denver", kind="formative")  # type: ignore[arg-type]
    assert [p.path for p in error.value.problems] == ["outcomes", "tz", "kind"]


def test_results_object() -> None:
    """Equal when read from equal payloads; hashable; the policies read-only."""
    payload = response([result(3.0, 1)], outcome())
    first, second = read_results(payload), read_results(copy.deepcopy(payload))
    assert first == second
    assert hash(first) == hash(second)
    with pytest.raises(TypeError):
        first.policies["81"] = MasteryPolicy()  # type: ignore[index]
    with pytest.raises(InvalidDataError, match=r"^evidence\[0\]: must be an Evidence"):
        CanvasResults(evidence=[1], policies={})
