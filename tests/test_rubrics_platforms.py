"""selfassess.rubrics against the platforms' own rubrics: Canvas, Moodle, Open edX, Classroom.

Each test builds a `Rubric` and its assessments from a payload written the way the
platform documents or stores it (field names exactly as the platform has them), with
the small mappings below standing in for the platform readers that come later. It then
checks that the rubric's maximum and each assessment's total are the platform's own
numbers: the ones the platform's source computes, or shows in its own tests.

Sources, read for the shapes and the arithmetic (repository and path, or page):

- Canvas: instructure/canvas-lms ``app/controllers/rubrics_api_controller.rb`` (the
  Rubrics API models ``Rubric``, ``RubricCriterion``, ``RubricRating`` and
  ``RubricAssessment``), ``lib/api/v1/rubric.rb`` and ``lib/api/v1/rubric_assessment.rb``
  (what the API returns: ``data``, ``points_possible``, ``score``),
  ``app/models/rubric.rb`` (``generate_criteria``, ``criterion_rating`` and
  ``total_points_from_criteria``, which leaves out ``ignore_for_scoring`` criteria),
  ``app/models/rubric_association.rb`` (``assess``: how an assessment's ``data`` and
  ``score`` are made, and how points find their rating, range or not),
  ``app/views/shared/_rubric_criterion.html.erb`` (the blank criterion "Description
  of criterion" with the ratings "Full Marks", id ``blank``, and "No Marks", id
  ``blank_2``) and ``ui/shared/rubrics/react/RubricAssessment/utils/rubricUtils.ts``
  (``findCriterionMatchingRatingIndex``).
- Moodle: moodle/moodle ``grade/grading/form/rubric/db/install.xml`` (the tables
  ``gradingform_rubric_criteria``, ``gradingform_rubric_levels`` and
  ``gradingform_rubric_fillings``), ``grade/grading/form/rubric/lib.php``
  (``get_external_definition_details``, ``get_min_max_score`` and
  ``gradingform_rubric_instance::get_grade``, with and without the "lockzeropoints"
  option added in Moodle 3.2; the older copy of lib.php read here predates that
  option, so its two branches were checked against plugins that copy get_grade, such
  as gradingform_frubric), and the Behat features
  ``grade/grading/form/rubric/tests/behat/grade_calculation.feature`` and
  ``negative_points.feature``, whose grades the tests below take as Moodle's own.
- Open edX ORA2: openedx/edx-ora2 ``openassessment/xblock/defaults.py``
  (``DEFAULT_RUBRIC_CRITERIA``), ``openassessment/xblock/schema.py`` (the editor's
  criterion and option fields), ``openassessment/xblock/utils/validation.py``
  (formerly ``openassessment/xblock/validation.py``: "Criteria with no options must
  require written feedback") and ``openassessment/assessment/models/base.py``
  (``Criterion.points_possible``, ``Rubric.points_possible``,
  ``AssessmentPart.points_earned``, ``Assessment.points_earned``).
- Google Classroom: https://developers.google.com/classroom/reference/rest/v1/courses.courseWork.rubrics
  (``Rubric``, ``Criterion``, ``Level``),
  https://developers.google.com/classroom/reference/rest/v1/courses.courseWork.studentSubmissions
  (``StudentSubmission.draftRubricGrades`` and ``assignedRubricGrades``, maps of
  criterion id to ``RubricGrade``) and https://developers.google.com/classroom/rubrics/limitations
  (levels all scored or all unscored; scored levels of a criterion have distinct
  points, sorted up or down; a teacher may override a criterion's points, or give
  points without a level, or grade only some criteria).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from selfassess import Role
from selfassess.errors import InvalidDataError
from selfassess.rubrics import (
    Assessment,
    Criterion,
    Descriptor,
    Rating,
    Rubric,
    TalkingPointKind,
    compare,
)
from selfassess.serialize import from_dict, to_dict

DAY = date(2026, 10, 2)

Payload = Mapping[str, Any]


def _assessment(
    id: str,
    rubric: Rubric,
    ratings: Iterable[Rating],
    *,
    role: Role = Role.TEACHER,
    student: str = "ana",
    rater: str = "okafor",
) -> Assessment:
    return Assessment(
        id=id,
        rubric=rubric,
        student=student,
        rater=student if role is Role.STUDENT else rater,
        role=role,
        assessed_on=DAY,
        ratings=list(ratings),
    )


def _php_round(value: float) -> float:
    """PHP's ``round($value, 0)``: to the nearest whole number, halves away from 0."""
    return math.copysign(math.floor(abs(value) + 0.5), value)


# --------------------------------------------------------------------------------------
# Canvas
# --------------------------------------------------------------------------------------

# A rubric as the Rubrics API returns it (GET /api/v1/courses/:course_id/rubrics/:id,
# fields from API_ALLOWED_RUBRIC_OUTPUT_FIELDS in lib/api/v1/rubric.rb). Criteria and
# rating ids are what Rubric#unique_item_id makes ("<rubric id>_<random>"), except the
# blank criterion's ratings, which keep the ids "blank" and "blank_2" that the rubric
# editor's template row gives them (app/views/shared/_rubric_criterion.html.erb).
# Ratings are listed highest first, as Rubric#generate_criteria sorts them; a
# criterion's "points" is its highest rating's. "points_possible" is
# Rubric#total_points_from_criteria: the criteria's points, without the
# ignore_for_scoring one (10 + 5 + 3 = 18, not 22).
#
# Equal points: Canvas is said to refuse two ratings of equal points on one
# criterion when a rubric is imported, but the copies of its CSV import read here
# (app/models/rubric_import.rb, RubricCSVImporter) and of its criterion editor
# (ui/shared/rubrics/react/RubricForm/CriterionModal.tsx) have no such check, and
# RubricImport.template_file itself gives "Criteria 2" two ratings of 1 point. Where
# equal points do occur and an assessment gives points alone,
# RubricAssociation#assess picks the first rating with those points, highest first;
# selfassess asks for the rating's id instead. None of the criteria below has equal
# points, so the difference does not arise here.
CANVAS_RUBRIC: Payload = {
    "id": 3,
    "title": "Lab report",
    "context_id": 1,
    "context_type": "Course",
    "points_possible": 18.0,
    "reusable": False,
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
            # An outcome criterion: Rubric#generate_criteria sets learning_outcome_id,
            # mastery_points and ignore_for_scoring only on these. The ratings are
            # the default outcome proficiency scale.
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
                    "id": "309_8001",
                    "criterion_id": "309_343",
                    "description": "Exceeds Mastery",
                    "long_description": "",
                    "points": 4.0,
                },
                {
                    "id": "309_8002",
                    "criterion_id": "309_343",
                    "description": "Mastery",
                    "long_description": "",
                    "points": 3.0,
                },
                {
                    "id": "309_8003",
                    "criterion_id": "309_343",
                    "description": "Near Mastery",
                    "long_description": "",
                    "points": 2.0,
                },
                {
                    "id": "309_8004",
                    "criterion_id": "309_343",
                    "description": "Below Mastery",
                    "long_description": "",
                    "points": 1.0,
                },
                {
                    "id": "309_8005",
                    "criterion_id": "309_343",
                    "description": "No Evidence",
                    "long_description": "",
                    "points": 0.0,
                },
            ],
        },
    ],
}

# Rubric assessments as the API returns them with style=full (RubricAssessment with
# its "data", lib/api/v1/rubric_assessment.rb). Each data entry is what
# RubricAssociation#assess stores: the rating "id" (given, or found from the points),
# "points", "criterion_id", "learning_outcome_id", "description", "comments_enabled",
# "comments", and "ignore_for_scoring" on the outcome criterion. "score" is the sum
# of the points of the criteria not ignored for scoring.
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
    "id": 72,
    "rubric_id": 3,
    "rubric_association_id": 2,
    "score": 4.0,
    "artifact_type": "Submission",
    "artifact_id": 5,
    "artifact_attempt": 1,
    "assessment_type": "self_assessment",
    "assessor_id": 9,
    "data": [
        {
            # 1.0 on the range criterion: Canvas finds the 5-point rating.
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
            "comments": "",
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


def canvas_rubric(payload: Payload) -> Rubric:
    """A Canvas rubric (Rubrics API) as a selfassess rubric.

    Ratings are listed lowest first (Canvas lists them highest first): title from the
    rating's ``description``, description from its ``long_description``.
    """
    return Rubric(
        id=str(payload["id"]),
        title=payload["title"],
        scale=None,
        criteria=[canvas_criterion(criterion) for criterion in payload["data"]],
    )


def canvas_criterion(criterion: Payload) -> Criterion:
    """A Canvas criterion (one entry of a rubric's ``data``).

    Not required: RubricAssociation#assess skips a criterion the assessment leaves
    out, so a teacher may rate only some.
    """
    outcome = criterion.get("learning_outcome_id")
    return Criterion(
        id=criterion["id"],
        title=criterion["description"],
        required=False,
        descriptors=[
            Descriptor(
                title=rating["description"],
                description=rating["long_description"],
                points=rating["points"],
                id=rating["id"],
            )
            for rating in reversed(criterion["ratings"])
        ],
        use_range=bool(criterion.get("criterion_use_range")),
        counted=not criterion.get("ignore_for_scoring", False),
        outcome=None if outcome is None else str(outcome),
        mastery_points=criterion.get("mastery_points"),
    )


def canvas_assessment(
    payload: Payload, rubric: Rubric, *, role: Role = Role.TEACHER
) -> Assessment:
    """A Canvas rubric assessment (style=full) on its rubric.

    The rating named by ``id`` and the ``points`` given are both kept (Canvas keeps
    both); an entry without a rating id is free points.
    """
    return _assessment(
        str(payload["id"]),
        rubric,
        [
            Rating(
                criterion=entry["criterion_id"],
                descriptor=entry["id"],
                points=entry["points"],
                comment=entry["comments"] or "",
            )
            for entry in payload["data"]
        ],
        role=role,
    )


def canvas_server_rating_id(criterion: Payload, points: float) -> str | None:
    """The rating id RubricAssociation#assess stores for points given alone.

    Line by line from app/models/rubric_association.rb: the first rating, highest
    first, with these points, or (with a range) whose points are above them while
    the next rating's are below them (``nil.to_f`` is 0 for the last rating).
    """
    ratings = criterion["ratings"]
    found: str | None = None
    for index, rating in enumerate(ratings):
        below = ratings[index + 1]["points"] if index + 1 < len(ratings) else 0.0
        if abs(rating["points"] - points) < 2.220446049250313e-16 or (
            criterion["criterion_use_range"]
            and rating["points"] > points
            and below < points
        ):
            found = found or rating["id"]
    return found


def canvas_client_rating_index(criterion: Payload, points: float) -> int:
    """``findCriterionMatchingRatingIndex`` from rubricUtils.ts, on the highest-first list."""
    ratings = criterion["ratings"]
    if criterion["criterion_use_range"]:
        held = [i for i, rating in enumerate(ratings) if rating["points"] >= points]
        return held[-1] if held else -1
    exact = [i for i, rating in enumerate(ratings) if rating["points"] == points]
    return exact[0] if exact else -1


def test_canvas_rubric_maximum_is_points_possible() -> None:
    """Canvas's points_possible leaves out the ignore_for_scoring criterion: 18, not 22."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    assert rubric.maximum == 18.0
    assert rubric.maximum == CANVAS_RUBRIC["points_possible"]
    assert sum(c["points"] for c in CANVAS_RUBRIC["data"]) == 22.0
    assert rubric.minimum == 0.0
    assert [c.id for c in rubric.counted_criteria] == [
        "309_1033",
        "309_6312",
        "309_7410",
    ]
    for payload in CANVAS_RUBRIC["data"]:
        criterion = rubric.criterion(payload["id"])
        assert criterion.points_range == (0.0, payload["points"])


def test_canvas_criteria_keep_their_ratings_and_outcome() -> None:
    """The blank criterion keeps "Full Marks" and "No Marks"; the outcome criterion its outcome."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    default = rubric.criterion("309_6312")
    assert default.title == "Description of criterion"
    assert [(d.title, d.points, d.id) for d in default.descriptors] == [
        ("No Marks", 0.0, "blank_2"),
        ("Full Marks", 5.0, "blank"),
    ]
    assert default.rating("blank").title == "Full Marks"
    outcome = rubric.criterion("309_343")
    assert (outcome.outcome, outcome.mastery_points, outcome.counted) == (
        "42",
        3.0,
        False,
    )
    assert rubric.criterion("309_1033").use_range is True
    assert rubric.criterion("309_7410").use_range is False


@pytest.mark.parametrize(
    ("points", "title"),
    [
        (5.25, "Thorough"),
        (1.0, "Partial"),
        (0.5, "Partial"),
        (10.0, "Thorough"),
        (5.0, "Partial"),
        (0.0, "Missing"),
    ],
)
def test_canvas_range_points_land_in_canvas_rating(points: float, title: str) -> None:
    """Points alone on a range criterion land in the rating Canvas finds, server and client."""
    payload = CANVAS_RUBRIC["data"][0]
    rubric = canvas_rubric(CANVAS_RUBRIC)
    criterion = rubric.criterion("309_1033")
    (position,) = criterion.positions_of(points)
    chosen = criterion.descriptors[position]
    assert chosen.title == title
    assert chosen.id == canvas_server_rating_id(payload, points)
    client = canvas_client_rating_index(payload, points)
    assert payload["ratings"][client]["id"] == chosen.id
    others = [
        Rating(criterion="309_6312", descriptor="blank"),
        Rating(criterion="309_7410", descriptor="309_7001"),
        Rating(criterion="309_343", descriptor="309_8002"),
    ]
    filled = _assessment(
        "range", rubric, [Rating(criterion="309_1033", points=points), *others]
    )
    found = filled.descriptor("309_1033")
    assert found is not None
    assert found.title == title
    (row,) = [row for row in filled.score().criteria if row.criterion == "309_1033"]
    assert row.points == points
    assert row.rating == title
    assert row.as_given is False


def test_canvas_points_above_every_rating_are_free_points() -> None:
    """12 on the 10/5/0 range criterion is in no range: Canvas stores no rating id."""
    payload = CANVAS_RUBRIC["data"][0]
    criterion = canvas_rubric(CANVAS_RUBRIC).criterion("309_1033")
    assert criterion.positions_of(12.0) == ()
    assert canvas_server_rating_id(payload, 12.0) is None
    assert canvas_client_rating_index(payload, 12.0) == -1
    assert criterion.placed(12.0) == 2  # shown at the top rating


def test_canvas_partial_assessment_total_is_canvas_score() -> None:
    """A teacher who rates only two criteria: the total is Canvas's score, 5.25 + 5."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    partial = {**CANVAS_TEACHER, "score": 10.25, "data": CANVAS_TEACHER["data"][:2]}
    score = canvas_assessment(partial, rubric).score()
    assert score.total == 10.25
    assert score.total == partial["score"]
    assert [row.criterion for row in score.criteria] == ["309_1033", "309_6312"]
    assert rubric.maximum == CANVAS_RUBRIC["points_possible"]


def test_canvas_comment_only_entry_is_kept() -> None:
    """Canvas keeps a comment on a criterion given no points; the model should too."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    entry: Payload = {
        "id": None,
        "criterion_id": "309_7410",
        "learning_outcome_id": None,
        "description": "No details",
        "comments_enabled": True,
        "comments": "Cite the second source, then I will score this.",
    }
    filled = _assessment(
        "partial-2",
        rubric,
        [
            Rating(criterion="309_6312", descriptor="blank", points=5.0),
            Rating(criterion=entry["criterion_id"], comment=entry["comments"]),
        ],
    )
    kept = filled.rating("309_7410")
    assert kept is not None
    assert kept.comment == entry["comments"]
    assert filled.score().total == 5.0


def test_canvas_assessment_total_is_canvas_score() -> None:
    """An assessment's total is Canvas's score, with free points kept and the outcome left out."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    teacher = canvas_assessment(CANVAS_TEACHER, rubric)
    score = teacher.score()
    assert score.total == 12.25
    assert score.total == CANVAS_TEACHER["score"]
    assert score.maximum == 18.0
    assert score.percent == pytest.approx(12.25 * 100 / 18)
    rows = {row.criterion: row for row in score.criteria}
    assert (rows["309_1033"].rating, rows["309_1033"].points) == ("Thorough", 5.25)
    assert rows["309_1033"].as_given is False  # 5.25 is in the Thorough range
    assert (rows["309_6312"].rating, rows["309_6312"].points) == ("Full Marks", 5.0)
    free = rows["309_7410"]
    assert (free.rating, free.points, free.as_given) == (None, 2.0, True)
    outcome = rows["309_343"]
    assert (outcome.rating, outcome.points, outcome.counted) == ("Mastery", 3.0, False)
    # The free points are placed at the rating they reach, 1 point ("Some cited").
    assert teacher.position("309_7410") == 1
    assert teacher.rating("309_7410") == Rating(
        criterion="309_7410", points=2.0, comment="Two of the three sources cited."
    )


def test_canvas_self_assessment_total_is_canvas_score() -> None:
    """The student's self-assessment scores as Canvas does: 1 + 0 + 3, the outcome's 4 left out."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    mine = canvas_assessment(CANVAS_SELF, rubric, role=Role.STUDENT)
    assert mine.score().total == 4.0
    assert mine.score().total == CANVAS_SELF["score"]
    assert mine.descriptor("309_1033") == rubric.criterion("309_1033").rating(
        "309_5002"
    )


def test_canvas_score_matches_canvas_sum_of_counted_entries() -> None:
    """Canvas's score is the sum of the points of every entry not ignored for scoring."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    for payload in (CANVAS_TEACHER, CANVAS_SELF):
        canvas_sum = sum(
            entry["points"]
            for entry in payload["data"]
            if not entry.get("ignore_for_scoring")
        )
        assert canvas_sum == payload["score"]
        assert canvas_assessment(payload, rubric).score().total == canvas_sum


def test_compare_names_canvas_ratings_by_their_titles() -> None:
    """Talking points name Canvas ratings as Canvas does ("Full Marks"), never by level."""
    rubric = canvas_rubric(CANVAS_RUBRIC)
    mine = canvas_assessment(CANVAS_SELF, rubric, role=Role.STUDENT)
    theirs = canvas_assessment(CANVAS_TEACHER, rubric)
    comparison = compare(mine, theirs)
    texts = [point.text for point in comparison.talking_points]
    rows = {row.criterion: row for row in comparison.criteria}
    assert (rows["309_6312"].self_label, rows["309_6312"].teacher_label) == (
        "No Marks",
        "Full Marks",
    )
    assert rows["309_6312"].steps == -1
    assert rows["309_1033"].teacher_label == "Thorough (5.25 points)"
    assert rows["309_7410"].teacher_label == "2 points"
    assert (rows["309_343"].self_label, rows["309_343"].teacher_label) == (
        "Exceeds Mastery",
        "Mastery",
    )
    assert any("No Marks" in text and "Full Marks" in text for text in texts)
    for text in texts:
        assert "Level" not in text
        assert "level 5" not in text
        assert "(5)" not in text
    kinds = {point.criterion: point.kind for point in comparison.talking_points}
    assert kinds["309_6312"] is TalkingPointKind.HARDER_ON_THEMSELVES
    assert kinds["309_343"] is TalkingPointKind.OVERESTIMATE


# --------------------------------------------------------------------------------------
# Moodle
# --------------------------------------------------------------------------------------

# A rubric definition as core_grading_get_definitions gives it
# (gradingform_rubric_controller::get_external_definition_details): "rubric_criteria",
# each with "id", "sortorder", "description", "descriptionformat" and "levels", each
# level with "id", "score", "definition", "definitionformat". Moodle levels have no
# title of their own: the definition is what a teacher reads. Here one level is
# worth -2 (negative levels: negative_points.feature) and two levels are worth 2.
MOODLE_RUBRIC: Payload = {
    "rubric_criteria": [
        {
            "id": 11,
            "sortorder": 1,
            "description": "Argument",
            "descriptionformat": 1,
            "levels": [
                {
                    "id": 101,
                    "score": -2.0,
                    "definition": "Copied work",
                    "definitionformat": 1,
                },
                {
                    "id": 102,
                    "score": 0.0,
                    "definition": "No claim",
                    "definitionformat": 1,
                },
                {
                    "id": 103,
                    "score": 2.0,
                    "definition": "A claim with one reason",
                    "definitionformat": 1,
                },
                {
                    "id": 104,
                    "score": 2.0,
                    "definition": "A claim with one example",
                    "definitionformat": 1,
                },
                {
                    "id": 105,
                    "score": 4.0,
                    "definition": "A claim with reasons and evidence",
                    "definitionformat": 1,
                },
            ],
        },
        {
            "id": 12,
            "sortorder": 2,
            "description": "Presentation",
            "descriptionformat": 1,
            "levels": [
                {
                    "id": 201,
                    "score": 0.0,
                    "definition": "Hard to follow",
                    "definitionformat": 1,
                },
                {
                    "id": 202,
                    "score": 1.0,
                    "definition": "Some order",
                    "definitionformat": 1,
                },
                {
                    "id": 203,
                    "score": 2.0,
                    "definition": "Clear order",
                    "definitionformat": 1,
                },
                {
                    "id": 204,
                    "score": 3.0,
                    "definition": "Clear and engaging",
                    "definitionformat": 1,
                },
            ],
        },
    ]
}

# A filling as core_grading_get_gradingform_instances gives it: one record per
# criterion of gradingform_rubric_fillings ("id", "criterionid", "levelid",
# "remark", "remarkformat").
MOODLE_FILLING: Payload = {
    "criteria": [
        {
            "id": 1,
            "criterionid": 11,
            "levelid": 104,
            "remark": "Good example.",
            "remarkformat": 1,
        },
        {"id": 2, "criterionid": 12, "levelid": 203, "remark": "", "remarkformat": 1},
    ]
}


def moodle_rubric(id: str, payload: Payload) -> Rubric:
    """A Moodle rubric definition as a selfassess rubric.

    Criteria in ``sortorder``; levels lowest score first (Moodle loads them ordered
    by score), each level's definition as the rating's description.
    """
    criteria = sorted(payload["rubric_criteria"], key=lambda c: c["sortorder"])
    return Rubric(
        id=id,
        title="Moodle rubric",
        scale=None,
        criteria=[
            Criterion(
                id=str(criterion["id"]),
                title=criterion["description"],
                descriptors=[
                    Descriptor(
                        description=level["definition"],
                        points=level["score"],
                        id=str(level["id"]),
                    )
                    for level in sorted(criterion["levels"], key=lambda lv: lv["score"])
                ],
            )
            for criterion in criteria
        ],
    )


def moodle_filling(id: str, payload: Payload, rubric: Rubric) -> Assessment:
    """A Moodle filling: every criterion rated by its chosen level's id."""
    return _assessment(
        id,
        rubric,
        [
            Rating(
                criterion=str(record["criterionid"]),
                descriptor=str(record["levelid"]),
                comment=record["remark"],
            )
            for record in payload["criteria"]
        ],
    )


def moodle_scores(payload: Payload, filling: Payload) -> tuple[float, float, float]:
    """curscore, minscore and maxscore as lib.php computes them.

    ``get_min_max_score`` adds each criterion's lowest and highest level score;
    ``get_grade`` adds the score of each filling's level.
    """
    levels = {
        level["id"]: level["score"]
        for criterion in payload["rubric_criteria"]
        for level in criterion["levels"]
    }
    minscore = sum(
        min(level["score"] for level in criterion["levels"])
        for criterion in payload["rubric_criteria"]
    )
    maxscore = sum(
        max(level["score"] for level in criterion["levels"])
        for criterion in payload["rubric_criteria"]
    )
    curscore = sum(levels[record["levelid"]] for record in filling["criteria"])
    return curscore, minscore, maxscore


def moodle_get_grade(
    curscore: float,
    minscore: float,
    maxscore: float,
    mingrade: float,
    maxgrade: float,
    *,
    lockzeropoints: bool,
    allowdecimals: bool,
) -> float:
    """``gradingform_rubric_instance::get_grade``, line by line, in exact fractions."""
    if maxscore <= minscore:
        return -1.0
    cur, low, high = Fraction(curscore), Fraction(minscore), Fraction(maxscore)
    bottom, top = Fraction(mingrade), Fraction(maxgrade)
    if lockzeropoints:
        grade = max(bottom, cur / high * top)
        return float(grade) if allowdecimals else _php_round(float(grade))
    gradeoffset = (cur - low) / (high - low) * (top - bottom)
    rounded = float(gradeoffset) if allowdecimals else _php_round(float(gradeoffset))
    return rounded + float(bottom)


def _moodle_levels(*scores: Iterable[float]) -> Payload:
    """A definition with one criterion per list of level scores, ids counted up."""
    return {
        "rubric_criteria": [
            {
                "id": number,
                "sortorder": number,
                "description": f"Criterion {number}",
                "descriptionformat": 1,
                "levels": [
                    {
                        "id": number * 100 + place,
                        "score": float(score),
                        "definition": f"Level {number}{place}",
                        "definitionformat": 1,
                    }
                    for place, score in enumerate(levels, start=1)
                ],
            }
            for number, levels in enumerate(scores, start=1)
        ]
    }


def _moodle_fill(payload: Payload, *scores: float) -> Payload:
    """A filling choosing, on each criterion, the first level with this score."""
    return {
        "criteria": [
            {
                "id": index,
                "criterionid": criterion["id"],
                "levelid": next(
                    level["id"]
                    for level in criterion["levels"]
                    if level["score"] == score
                ),
                "remark": "",
                "remarkformat": 1,
            }
            for index, (criterion, score) in enumerate(
                zip(payload["rubric_criteria"], scores, strict=True), start=1
            )
        ]
    }


def test_moodle_rubric_keeps_negative_and_equal_levels() -> None:
    """A -2 level and two levels of 2 points are kept, in Moodle's score order."""
    rubric = moodle_rubric("essay", MOODLE_RUBRIC)
    argument = rubric.criterion("11")
    assert [d.points for d in argument.descriptors] == [-2.0, 0.0, 2.0, 2.0, 4.0]
    assert [d.id for d in argument.descriptors] == ["101", "102", "103", "104", "105"]
    assert argument.descriptors[3].label == "A claim with one example"
    assert rubric.minimum == -2.0
    assert rubric.maximum == 7.0
    _, minscore, maxscore = moodle_scores(MOODLE_RUBRIC, MOODLE_FILLING)
    assert (rubric.minimum, rubric.maximum) == (minscore, maxscore)


def test_moodle_filling_total_is_sum_of_level_scores() -> None:
    """A filling by level ids totals the chosen levels' scores: 2 + 2."""
    rubric = moodle_rubric("essay", MOODLE_RUBRIC)
    filling = moodle_filling("f1", MOODLE_FILLING, rubric)
    curscore, _, _ = moodle_scores(MOODLE_RUBRIC, MOODLE_FILLING)
    score = filling.score()
    assert score.total == 4.0
    assert score.total == curscore
    assert (score.minimum, score.maximum) == (-2.0, 7.0)
    descriptor = filling.descriptor("11")
    assert descriptor is not None
    assert descriptor.id == "104"
    assert descriptor.description == "A claim with one example"
    assert all(row.as_given is False for row in score.criteria)


@pytest.mark.parametrize(
    ("mingrade", "maxgrade", "lock_zero", "decimals", "expected"),
    [
        (0, 100, False, True, 600 / 9),  # (4 - -2) / (7 - -2) * 100
        (0, 100, False, False, 67.0),
        (0, 100, True, True, 400 / 7),  # 4 / 7 * 100
        (0, 100, True, False, 57.0),
        (1, 4, True, False, 2.0),  # max(1, 16 / 7 = 2.29) rounds to 2
        (1, 4, False, False, 3.0),  # round(6 / 9 * 3 = 2) + 1
    ],
)
def test_moodle_rescale_is_get_grade(
    mingrade: float, maxgrade: float, lock_zero: bool, decimals: bool, expected: float
) -> None:
    """Score.rescale gives Moodle's get_grade, with and without lock zero, rounded or not."""
    rubric = moodle_rubric("essay", MOODLE_RUBRIC)
    score = moodle_filling("f1", MOODLE_FILLING, rubric).score()
    grade = score.rescale(mingrade, maxgrade, lock_zero=lock_zero, decimals=decimals)
    moodle = moodle_get_grade(
        *moodle_scores(MOODLE_RUBRIC, MOODLE_FILLING),
        mingrade,
        maxgrade,
        lockzeropoints=lock_zero,
        allowdecimals=decimals,
    )
    assert grade == pytest.approx(expected)
    assert grade == pytest.approx(moodle)


def test_moodle_lock_zero_does_not_stretch_grades_from_one() -> None:
    """The issue's case: two criteria at 2 of 4, grades 1 to 4, lock zero: 2.0, not 2.5."""
    payload = _moodle_levels(range(5), range(5))
    filling_payload = _moodle_fill(payload, 2, 2)
    rubric = moodle_rubric("issue", payload)
    score = moodle_filling("f2", filling_payload, rubric).score()
    assert score.total == 4.0
    scores = moodle_scores(payload, filling_payload)
    assert score.rescale(1, 4, lock_zero=True) == 2.0
    assert (
        moodle_get_grade(*scores, 1, 4, lockzeropoints=True, allowdecimals=True) == 2.0
    )
    assert score.rescale(1, 4) == 2.5
    assert (
        moodle_get_grade(*scores, 1, 4, lockzeropoints=False, allowdecimals=True) == 2.5
    )


@pytest.mark.parametrize(
    ("grades", "lock_zero", "decimals", "shown"),
    [
        ((0, 100), True, True, 55.0),
        ((0, 70), True, True, 38.5),
        ((1, 4), True, False, 2.0),  # "Good", the second item of the scale
        ((0, 100), False, True, 10.0),
        ((0, 70), False, True, 7.0),
        ((1, 4), False, False, 1.0),  # "Disappointing", the first item
    ],
)
def test_moodle_grade_calculation_feature(
    grades: tuple[float, float], lock_zero: bool, decimals: bool, shown: float
) -> None:
    """grade_calculation.feature: levels 20-50, 20-30, 10-20 filled at 25, 20, 10.

    A point grade allows decimals; "Test scale 1" (four items, grades 1 to 4) does
    not, so its grade is rounded.
    """
    payload = _moodle_levels([20, 25, 40, 50], [20, 25, 30], [10, 20])
    rubric = moodle_rubric("feature", payload)
    score = moodle_filling("s1", _moodle_fill(payload, 25, 20, 10), rubric).score()
    assert (score.total, score.minimum, score.maximum) == (55.0, 50.0, 100.0)
    grade = score.rescale(*grades, lock_zero=lock_zero, decimals=decimals)
    assert grade == pytest.approx(shown)


@pytest.mark.parametrize(
    ("chosen", "total", "shown"),
    [
        ((25, 30, 10), 65.0, 65.0),
        ((25, -20, 10), 15.0, 15.0),
        ((-11, -20, 10), -21.0, 0.0),
    ],
)
def test_moodle_negative_points_feature(
    chosen: tuple[float, float, float], total: float, shown: float
) -> None:
    """negative_points.feature: levels of -11 and -20 points; lock zero, Moodle's default.

    The total may be negative (-21); the grade is never below the grade minimum, 0.
    """
    payload = _moodle_levels([-11, 25, 40, 50], [-20, 25, 30], [10, 20])
    rubric = moodle_rubric("negative", payload)
    score = moodle_filling("s", _moodle_fill(payload, *chosen), rubric).score()
    assert score.total == total
    assert (score.minimum, score.maximum) == (-21.0, 100.0)
    assert score.rescale(0, 100, lock_zero=True) == pytest.approx(shown)


def test_moodle_points_alone_between_equal_levels_is_refused() -> None:
    """Two levels worth 2: points alone name neither, so the rating must name the level id."""
    rubric = moodle_rubric("essay", MOODLE_RUBRIC)
    with pytest.raises(InvalidDataError) as raised:
        _assessment(
            "f3",
            rubric,
            [
                Rating(criterion="11", points=2.0),
                Rating(criterion="12", descriptor="203"),
            ],
        )
    assert raised.value.paths == ("ratings[0].points",)
    assert "A claim with one reason" in str(raised.value)
    named = _assessment(
        "f4",
        rubric,
        [
            Rating(criterion="11", descriptor="103"),
            Rating(criterion="12", descriptor="203"),
        ],
    )
    assert named.score().total == 4.0
    chosen = named.descriptor("11")
    assert chosen is not None
    assert chosen.id == "103"


# --------------------------------------------------------------------------------------
# Open edX ORA2
# --------------------------------------------------------------------------------------

# An ORA2 rubric as the XBlock holds it (its "rubric_criteria", the editor schema's
# "criteria"): the first two criteria are DEFAULT_RUBRIC_CRITERIA from defaults.py,
# the third is feedback-only, with no options and feedback "required", as
# validation.py demands. Option names are the ids ORA2 stores and selects by
# (Rubric.structure_hash_from_dict); labels are what a learner reads.
ORA_RUBRIC: Payload = {
    "prompts": [{"description": "Censorship in the Libraries"}],
    "feedbackprompt": "(Optional) What aspects of this response stood out to you?",
    "criteria": [
        {
            "order_num": 0,
            "name": "Ideas",
            "label": "Ideas",
            "prompt": "Determine if there is a unifying theme or main idea.",
            "feedback": "optional",
            "options": [
                {
                    "order_num": 0,
                    "points": 0,
                    "name": "Poor",
                    "label": "Poor",
                    "explanation": "Difficult for the reader to discern the main idea.",
                },
                {
                    "order_num": 1,
                    "points": 3,
                    "name": "Fair",
                    "label": "Fair",
                    "explanation": "Presents a unifying theme or main idea, but may "
                    "include minor tangents.",
                },
                {
                    "order_num": 2,
                    "points": 5,
                    "name": "Good",
                    "label": "Good",
                    "explanation": "Presents a unifying theme or main idea without "
                    "going off on tangents.",
                },
            ],
        },
        {
            "order_num": 1,
            "name": "Content",
            "label": "Content",
            "prompt": "Assess the content of the submission",
            "feedback": "disabled",
            "options": [
                {
                    "order_num": 0,
                    "points": 0,
                    "name": "Poor",
                    "label": "Poor",
                    "explanation": "Includes little information with few or no details.",
                },
                {
                    "order_num": 1,
                    "points": 1,
                    "name": "Fair",
                    "label": "Fair",
                    "explanation": "Includes little information and few or no details.",
                },
                {
                    "order_num": 2,
                    "points": 3,
                    "name": "Good",
                    "label": "Good",
                    "explanation": "Includes sufficient information and supporting "
                    "details.",
                },
                {
                    "order_num": 3,
                    "points": 5,
                    "name": "Excellent",
                    "label": "Excellent",
                    "explanation": "Includes in-depth information and exceptional "
                    "supporting details.",
                },
            ],
        },
        {
            "order_num": 2,
            "name": "Reflection",
            "label": "What would you change next time?",
            "prompt": "Tell the writer one thing to keep and one to change.",
            "feedback": "required",
            "options": [],
        },
    ],
}

# A self-assessment as the ORA2 assessment APIs take it: options_selected maps each
# criterion's name to the chosen option's name, criterion_feedback each criterion's
# name to its written feedback.
ORA_SELF: Payload = {
    "options_selected": {"Ideas": "Fair", "Content": "Excellent"},
    "criterion_feedback": {
        "Ideas": "My theme drifts in the middle.",
        "Reflection": "Keep the opening story; add a second source.",
    },
    "overall_feedback": "I think that this response...",
}

ORA_PEER: Payload = {
    "options_selected": {"Ideas": "Good", "Content": "Good"},
    "criterion_feedback": {"Reflection": "Keep the story; cut the last paragraph."},
    "overall_feedback": "",
}


def ora_rubric(payload: Payload) -> Rubric:
    """An ORA2 rubric as a selfassess rubric; an option's name is its rating's id."""
    return Rubric(
        id="ora-censorship",
        title="Censorship in the Libraries",
        scale=None,
        criteria=[
            Criterion(
                id=criterion["name"],
                title=criterion["label"],
                feedback_only=not criterion["options"],
                descriptors=[
                    Descriptor(
                        title=option["label"],
                        description=option["explanation"],
                        points=option["points"],
                        id=option["name"],
                    )
                    for option in sorted(
                        criterion["options"], key=lambda o: o["points"]
                    )
                ],
            )
            for criterion in sorted(payload["criteria"], key=lambda c: c["order_num"])
        ],
    )


def ora_assessment(
    id: str, payload: Payload, rubric: Rubric, *, role: Role = Role.TEACHER
) -> Assessment:
    """An ORA2 assessment (options_selected and criterion_feedback) on its rubric."""
    selected = payload["options_selected"]
    feedback = payload["criterion_feedback"]
    return _assessment(
        id,
        rubric,
        [
            Rating(
                criterion=criterion.id,
                descriptor=selected.get(criterion.id),
                comment=feedback.get(criterion.id, ""),
            )
            for criterion in rubric.criteria
        ],
        role=role,
    )


def ora_points_possible(payload: Payload) -> int:
    """Rubric.points_possible: each criterion's highest option, 0 without options."""
    return sum(
        max((option["points"] for option in criterion["options"]), default=0)
        for criterion in payload["criteria"]
    )


def ora_points_earned(rubric: Payload, assessment: Payload) -> int:
    """Assessment.points_earned: each part's option points, 0 for feedback only."""
    options = {
        (criterion["name"], option["name"]): option["points"]
        for criterion in rubric["criteria"]
        for option in criterion["options"]
    }
    return sum(
        options[(criterion, option)]
        for criterion, option in assessment["options_selected"].items()
    )


def test_ora_rubric_maximum_is_points_possible() -> None:
    """points_possible is 5 + 5 + 0: the feedback-only criterion has no points."""
    rubric = ora_rubric(ORA_RUBRIC)
    assert rubric.maximum == 10.0
    assert rubric.maximum == ora_points_possible(ORA_RUBRIC)
    assert [len(c.descriptors) for c in rubric.criteria] == [3, 4, 0]
    reflection = rubric.criterion("Reflection")
    assert reflection.feedback_only is True
    assert reflection.title == "What would you change next time?"
    assert [c.id for c in rubric.scored_criteria] == ["Ideas", "Content"]
    assert rubric.criterion("Content").rating("Excellent").label == "Excellent"


@pytest.mark.parametrize(
    ("payload", "role", "earned"),
    [(ORA_SELF, Role.STUDENT, 8), (ORA_PEER, Role.PEER, 8)],
)
def test_ora_points_earned(payload: Payload, role: Role, earned: int) -> None:
    """points_earned is the sum of the chosen options' points: 3 + 5, and 5 + 3."""
    rubric = ora_rubric(ORA_RUBRIC)
    assessment = ora_assessment("ora-1", payload, rubric, role=role)
    score = assessment.score()
    assert score.total == earned
    assert score.total == ora_points_earned(ORA_RUBRIC, payload)
    assert score.maximum == ora_points_possible(ORA_RUBRIC)
    assert [row.criterion for row in score.criteria] == ["Ideas", "Content"]
    reflection = assessment.rating("Reflection")
    assert reflection is not None
    assert reflection.comment == payload["criterion_feedback"]["Reflection"]


def test_ora_feedback_only_criterion_requires_feedback() -> None:
    """ORA2 requires written feedback on a criterion without options; so does the model."""
    rubric = ora_rubric(ORA_RUBRIC)
    silent = {**ORA_SELF, "criterion_feedback": {}}
    with pytest.raises(InvalidDataError) as raised:
        ora_assessment("ora-2", silent, rubric)
    assert raised.value.paths == ("ratings[2].comment",)


# --------------------------------------------------------------------------------------
# Google Classroom
# --------------------------------------------------------------------------------------

# An unscored Classroom rubric (courses.courseWork.rubrics): levels without "points",
# criteria of one level allowed ("a criterion must always have at least one level").
CLASSROOM_UNSCORED: Payload = {
    "courseId": "5231",
    "courseWorkId": "7710",
    "id": "rubric-unscored",
    "creationTime": "2026-09-28T15:01:23Z",
    "updateTime": "2026-09-28T15:01:23Z",
    "criteria": [
        {
            "id": "c-evidence",
            "title": "Used evidence",
            "description": "Backs each claim with something from the text.",
            "levels": [
                {
                    "id": "l-evidence",
                    "title": "Done",
                    "description": "Every claim has a quotation or a fact.",
                }
            ],
        },
        {
            "id": "c-voice",
            "title": "Own voice",
            "description": "Writes as themself.",
            "levels": [
                {
                    "id": "l-voice",
                    "title": "Done",
                    "description": "Sounds like me, not like the source.",
                }
            ],
        },
        {
            "id": "c-order",
            "title": "Organization",
            "description": "Ideas in an order a reader can follow.",
            "levels": [
                {
                    "id": "l-order-1",
                    "title": "Beginning",
                    "description": "A list of ideas.",
                },
                {
                    "id": "l-order-2",
                    "title": "Developing",
                    "description": "Some order.",
                },
                {
                    "id": "l-order-3",
                    "title": "Secure",
                    "description": "Each idea leads on.",
                },
            ],
        },
    ],
}

# A scored rubric: every level has points, distinct in a criterion, sorted up or
# down (the second criterion's levels go down, as Classroom allows).
CLASSROOM_SCORED: Payload = {
    "courseId": "5231",
    "courseWorkId": "7711",
    "id": "rubric-scored",
    "criteria": [
        {
            "id": "c-thesis",
            "title": "Thesis",
            "description": "States a position.",
            "levels": [
                {
                    "id": "l-thesis-0",
                    "title": "Missing",
                    "description": "",
                    "points": 0,
                },
                {
                    "id": "l-thesis-3",
                    "title": "Developing",
                    "description": "",
                    "points": 3,
                },
                {"id": "l-thesis-6", "title": "Strong", "description": "", "points": 6},
            ],
        },
        {
            "id": "c-sources",
            "title": "Sources",
            "description": "Uses reliable sources.",
            "levels": [
                {
                    "id": "l-sources-4",
                    "title": "Excellent",
                    "description": "",
                    "points": 4,
                },
                {"id": "l-sources-2", "title": "Good", "description": "", "points": 2},
                {
                    "id": "l-sources-0",
                    "title": "Not yet",
                    "description": "",
                    "points": 0,
                },
            ],
        },
    ],
}


def _submission(rubric_id: str, **grades: Payload) -> Payload:
    """A StudentSubmission with rubric grades (draftRubricGrades, assignedRubricGrades)."""
    return {
        "courseId": "5231",
        "courseWorkId": "7711",
        "id": "Cg4I",
        "userId": "ana",
        "state": "RETURNED",
        "rubricId": rubric_id,
        **grades,
    }


def classroom_rubric(payload: Payload) -> Rubric:
    """A Classroom rubric as a selfassess rubric: levels lowest points first.

    A Classroom teacher may grade only some criteria, so none is required.
    """
    criteria = []
    for criterion in payload["criteria"]:
        levels = criterion["levels"]
        if all("points" in level for level in levels):
            levels = sorted(levels, key=lambda level: level["points"])
        criteria.append(
            Criterion(
                id=criterion["id"],
                title=criterion["title"],
                required=False,
                descriptors=[
                    Descriptor(
                        title=level["title"],
                        description=level.get("description", ""),
                        points=level.get("points"),
                        id=level["id"],
                    )
                    for level in levels
                ],
            )
        )
    return Rubric(
        id=payload["id"], title="Classroom rubric", scale=None, criteria=criteria
    )


def classroom_assessment(
    id: str,
    grades: Mapping[str, Payload],
    rubric: Rubric,
    *,
    role: Role = Role.TEACHER,
) -> Assessment:
    """Rubric grades (``{criterionId: RubricGrade}``) as an assessment of the rubric."""
    return _assessment(
        id,
        rubric,
        [
            Rating(
                criterion=grade["criterionId"],
                descriptor=grade.get("levelId") or None,
                points=grade.get("points"),
            )
            for grade in grades.values()
        ],
        role=role,
    )


def test_classroom_unscored_rubric_has_no_maximum() -> None:
    """An unscored rubric has no points: maximum 0, a total of 0 and no percent."""
    rubric = classroom_rubric(CLASSROOM_UNSCORED)
    assert rubric.maximum == 0.0
    assert rubric.scored_criteria == ()
    assert [len(c.descriptors) for c in rubric.criteria] == [1, 1, 3]
    submission = _submission(
        "rubric-unscored",
        assignedRubricGrades={
            "c-evidence": {"criterionId": "c-evidence", "levelId": "l-evidence"},
            "c-order": {"criterionId": "c-order", "levelId": "l-order-2"},
        },
    )
    assessment = classroom_assessment(
        "sub-1", submission["assignedRubricGrades"], rubric
    )
    score = assessment.score()
    assert (score.total, score.maximum, score.percent) == (0.0, 0.0, None)
    assert score.criteria == ()
    chosen = assessment.descriptor("c-order")
    assert chosen is not None
    assert (chosen.title, chosen.points) == ("Developing", None)
    assert assessment.descriptor("c-voice") is None  # not graded, as Classroom allows


def test_classroom_unscored_grades_refuse_points() -> None:
    """Points on an unscored level are refused: Classroom's levels there have none."""
    rubric = classroom_rubric(CLASSROOM_UNSCORED)
    grades = {
        "c-evidence": {
            "criterionId": "c-evidence",
            "levelId": "l-evidence",
            "points": 1,
        }
    }
    with pytest.raises(InvalidDataError) as raised:
        classroom_assessment("sub-2", grades, rubric)
    assert raised.value.paths == ("ratings[0].points",)


def test_classroom_override_is_kept_as_given() -> None:
    """A teacher's 6.5 on the 6-point level is kept: the total is 6.5 + 2."""
    rubric = classroom_rubric(CLASSROOM_SCORED)
    assert rubric.maximum == 10.0
    assert [d.points for d in rubric.criterion("c-sources").descriptors] == [0, 2, 4]
    submission = _submission(
        "rubric-scored",
        assignedRubricGrades={
            "c-thesis": {
                "criterionId": "c-thesis",
                "levelId": "l-thesis-6",
                "points": 6.5,
            },
            "c-sources": {
                "criterionId": "c-sources",
                "levelId": "l-sources-2",
                "points": 2,
            },
        },
    )
    grades = submission["assignedRubricGrades"]
    score = classroom_assessment("sub-3", grades, rubric).score()
    rows = {row.criterion: row for row in score.criteria}
    thesis = rows["c-thesis"]
    assert (thesis.rating, thesis.points, thesis.as_given) == ("Strong", 6.5, True)
    assert (rows["c-sources"].points, rows["c-sources"].as_given) == (2.0, False)
    assert score.total == 8.5
    assert score.total == sum(grade["points"] for grade in grades.values())
    assert score.maximum == 10.0


def test_classroom_points_without_a_level_are_free_points() -> None:
    """A draft grade with points and no level (Classroom allows it) is kept as free points."""
    rubric = classroom_rubric(CLASSROOM_SCORED)
    submission = _submission(
        "rubric-scored",
        draftRubricGrades={
            "c-thesis": {
                "criterionId": "c-thesis",
                "levelId": "l-thesis-3",
                "points": 3,
            },
            "c-sources": {"criterionId": "c-sources", "points": 1},
        },
    )
    grades = submission["draftRubricGrades"]
    score = classroom_assessment("sub-4", grades, rubric).score()
    rows = {row.criterion: row for row in score.criteria}
    assert (rows["c-sources"].rating, rows["c-sources"].points) == (None, 1.0)
    assert rows["c-sources"].as_given is True
    assert score.total == 4.0
    assert score.total == sum(grade["points"] for grade in grades.values())


def test_compare_names_classroom_levels_by_their_titles() -> None:
    """On an unscored rubric too, talking points name the levels by their own titles."""
    rubric = classroom_rubric(CLASSROOM_UNSCORED)
    mine = classroom_assessment(
        "self-1",
        {
            "c-evidence": {"criterionId": "c-evidence", "levelId": "l-evidence"},
            "c-order": {"criterionId": "c-order", "levelId": "l-order-3"},
        },
        rubric,
        role=Role.STUDENT,
    )
    theirs = classroom_assessment(
        "teacher-1",
        {
            "c-evidence": {"criterionId": "c-evidence", "levelId": "l-evidence"},
            "c-order": {"criterionId": "c-order", "levelId": "l-order-2"},
        },
        rubric,
    )
    comparison = compare(mine, theirs)
    by_criterion = {point.criterion: point for point in comparison.talking_points}
    order = by_criterion["c-order"]
    assert order.kind is TalkingPointKind.OVERESTIMATE
    assert "Secure" in order.text
    assert "Developing" in order.text
    assert by_criterion["c-evidence"].kind is TalkingPointKind.PRAISE
    assert "at Done" in by_criterion["c-evidence"].text
    assert all("Level" not in point.text for point in comparison.talking_points)


# --------------------------------------------------------------------------------------
# Serialization
# --------------------------------------------------------------------------------------


def _all_rubrics() -> list[Rubric]:
    return [
        canvas_rubric(CANVAS_RUBRIC),
        moodle_rubric("essay", MOODLE_RUBRIC),
        ora_rubric(ORA_RUBRIC),
        classroom_rubric(CLASSROOM_UNSCORED),
        classroom_rubric(CLASSROOM_SCORED),
    ]


def _all_assessments() -> list[Assessment]:
    canvas = canvas_rubric(CANVAS_RUBRIC)
    moodle = moodle_rubric("essay", MOODLE_RUBRIC)
    ora = ora_rubric(ORA_RUBRIC)
    unscored = classroom_rubric(CLASSROOM_UNSCORED)
    scored = classroom_rubric(CLASSROOM_SCORED)
    return [
        canvas_assessment(CANVAS_TEACHER, canvas),
        canvas_assessment(CANVAS_SELF, canvas, role=Role.STUDENT),
        moodle_filling("f1", MOODLE_FILLING, moodle),
        ora_assessment("ora-1", ORA_SELF, ora, role=Role.STUDENT),
        classroom_assessment(
            "sub-1",
            {"c-order": {"criterionId": "c-order", "levelId": "l-order-2"}},
            unscored,
        ),
        classroom_assessment(
            "sub-3",
            {
                "c-thesis": {
                    "criterionId": "c-thesis",
                    "levelId": "l-thesis-6",
                    "points": 6.5,
                },
                "c-sources": {"criterionId": "c-sources", "points": 1},
            },
            scored,
        ),
    ]


@pytest.mark.parametrize("rubric", _all_rubrics(), ids=lambda rubric: rubric.id)
def test_platform_rubric_round_trips(rubric: Rubric) -> None:
    """to_dict and from_dict, through JSON, give each platform's rubric back unchanged."""
    data = json.loads(json.dumps(to_dict(rubric)))
    again = from_dict(Rubric, data)
    assert again == rubric
    assert again.maximum == rubric.maximum


@pytest.mark.parametrize(
    "assessment", _all_assessments(), ids=lambda assessment: assessment.id
)
def test_platform_assessment_round_trips(assessment: Assessment) -> None:
    """to_dict and from_dict, through JSON, give each assessment back with its score."""
    data = json.loads(json.dumps(to_dict(assessment)))
    again = from_dict(Assessment, data)
    assert again == assessment
    assert again.score() == assessment.score()
