"""selfassess.interop.google_classroom: Classroom rubrics and rubric grades, read and written.

The payloads below are written the way Classroom's REST API returns and takes them,
field names exactly as Classroom has them. Sources (cited again beside each test):

- REST reference, ``courses.courseWork.rubrics``
  (https://developers.google.com/classroom/reference/rest/v1/courses.courseWork.rubrics):
  ``Rubric`` (``courseId``, ``courseWorkId``, ``id``, ``creationTime``,
  ``updateTime``, ``criteria``, ``previewVersion``, ``sourceSpreadsheetId``),
  ``Criterion`` (``id``, ``title``, ``description``, ``levels``) and ``Level``
  (``id``, ``title``, ``description``, ``points``: "If set, all levels within the
  rubric must specify points and the value must be distinct across all levels
  within a single criterion. 0 is distinct from no points."; ``title``: "If the
  level has no points set, title must be set.").
- REST reference, ``courses.courseWork.studentSubmissions``
  (https://developers.google.com/classroom/reference/rest/v1/courses.courseWork.studentSubmissions):
  ``draftRubricGrades`` and ``assignedRubricGrades``, maps of criterion id to
  ``RubricGrade`` (``criterionId``, ``levelId``: "If empty, no level was
  selected.", ``points``: "If unset, no points were set for this criterion.").
- "Rubrics structure and known limitations"
  (https://developers.google.com/classroom/rubrics/limitations): at least one
  criterion, at most 50; at least one level, at most 10; levels all scored or all
  unscored; scored levels of a criterion with unique points, sorted increasing or
  decreasing; "a rubric can't have a single criteria with a single level that is 0
  points"; unscored levels leave points out, "null values are not accepted"; a
  teacher may override a criterion's points, grade only some criteria, or give
  points without a level.
- "Get started with rubrics" (https://developers.google.com/classroom/rubrics/getting-started):
  the example rubric (Argument, Spelling, Grammar, levels highest first) created
  without ids and returned with ids; the update rules (criteria and levels without
  an id are additions; unknown ids are errors); "Teachers are able to re-sort
  criteria and scored levels (but not unscored levels) in the UI"; the rubric
  grades: ``levelId`` absent when the teacher gave points without a level, and only
  the criteria graded present.

The scored and unscored rubrics and the 6.5-point override are the ones
tests/test_rubrics_platforms.py maps by hand (copied here, not imported).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Role
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.interop.google_classroom import (
    MAX_CRITERIA,
    MAX_LEVELS,
    read_grades,
    read_rubric,
    write_rubric,
)
from selfassess.rubrics import Criterion, Descriptor, Rubric

from strategies import identifiers, texts

Payload = Mapping[str, Any]

DAY = date(2026, 10, 2)

# The rubric of "Get started with rubrics", as ``rubrics.create`` takes it: no ids
# (Classroom gives them), levels highest first.
GUIDE_CREATE_BODY: Payload = {
    "criteria": [
        {
            "title": "Argument",
            "description": "How well structured your argument is.",
            "levels": [
                {
                    "title": "Convincing",
                    "description": "A compelling case is made.",
                    "points": 30,
                },
                {
                    "title": "Passable",
                    "description": "Missing some evidence.",
                    "points": 20,
                },
                {
                    "title": "Needs Work",
                    "description": "Not enough strong evidence..",
                    "points": 0,
                },
            ],
        },
        {
            "title": "Spelling",
            "description": "How well you spelled all the words.",
            "levels": [
                {"title": "Perfect", "description": "No mistakes.", "points": 20},
                {"title": "Great", "description": "A mistake or two.", "points": 15},
                {"title": "Needs Work", "description": "Many mistakes.", "points": 5},
            ],
        },
        {
            "title": "Grammar",
            "description": "How grammatically correct your sentences are.",
            "levels": [
                {"title": "Perfect", "description": "No mistakes.", "points": 20},
                {"title": "Great", "description": "A mistake or two.", "points": 15},
                {"title": "Needs Work", "description": "Many mistakes.", "points": 5},
            ],
        },
    ]
}


def _guide_rubric() -> dict[str, Any]:
    """The guide's rubric as ``rubrics.get`` returns it: with the ids Classroom gave.

    The first criterion's ids are the guide's own ("NkEyMdMyMzM2Nxkw", ...); the
    others follow the same pattern.
    """
    rubric = copy.deepcopy(dict(GUIDE_CREATE_BODY))
    rubric.update(
        {
            "courseId": "5231",
            "courseWorkId": "7712",
            "id": "NkEyMdMyMzM2Nxkv",
            "creationTime": "2026-09-28T15:01:23.045Z",
            "updateTime": "2026-09-28T15:01:23.045Z",
        }
    )
    ids = iter(f"NkEyMdMyMzM2Nx{n:02d}" for n in range(100))
    for number, criterion in enumerate(rubric["criteria"]):
        criterion["id"] = "NkEyMdMyMzM2Nxkw" if number == 0 else next(ids)
        for index, level in enumerate(criterion["levels"]):
            level["id"] = (
                ["NkEyMdMyMzM2Nxkx", "NkEyMdMyMzM2Nxky", "NkEyMdMyMzM2Nxkz"][index]
                if number == 0
                else next(ids)
            )
    return rubric


# An unscored rubric: levels without "points", criteria of one level allowed.
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
            "id": "c-order",
            "title": "Organization",
            "description": "Ideas in an order a reader can follow.",
            "levels": [
                {"id": "l-order-1", "title": "Beginning", "description": "A list."},
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

# A scored rubric: the first criterion's levels go up, the second's down.
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


def _submission(rubric_id: str = "rubric-scored", **grades: Payload) -> dict[str, Any]:
    """A StudentSubmission (fields of the REST reference) with rubric grades."""
    return {
        "courseId": "5231",
        "courseWorkId": "7711",
        "id": "Cg4ICDE4MTI",
        "userId": "104938416752",
        "creationTime": "2026-09-29T10:00:00.000Z",
        "updateTime": "2026-10-02T14:00:00.000Z",
        "state": "RETURNED",
        "late": False,
        "draftGrade": 8.5,
        "assignedGrade": 8.5,
        "rubricId": rubric_id,
        "alternateLink": "https://classroom.google.com/c/NTIzMQ/a/NzcxMQ/submissions/by-status/and-sort-first-name/student/MTA0OTM4NDE2NzUy",
        "courseWorkType": "ASSIGNMENT",
        "assignmentSubmission": {},
        **grades,
    }


def _paths(error: pytest.ExceptionInfo[InvalidDataError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


# --------------------------------------------------------------------------------------
# read_rubric
# --------------------------------------------------------------------------------------


def test_read_rubric_orders_scored_levels_lowest_first() -> None:
    """The guide's rubric, highest first in Classroom, is read lowest first; 30+20+20.

    Source: "Get started with rubrics" (the rubric and the ids Classroom returns).
    """
    payload = _guide_rubric()
    rubric = read_rubric(payload, title="Romeo and Juliet analysis.")
    assert (rubric.id, rubric.title, rubric.scale) == (
        "NkEyMdMyMzM2Nxkv",
        "Romeo and Juliet analysis.",
        None,
    )
    argument = rubric.criterion("NkEyMdMyMzM2Nxkw")
    assert argument.title == "Argument"
    assert argument.description == "How well structured your argument is."
    assert [(d.id, d.title, d.points) for d in argument.descriptors] == [
        ("NkEyMdMyMzM2Nxkz", "Needs Work", 0.0),
        ("NkEyMdMyMzM2Nxky", "Passable", 20.0),
        ("NkEyMdMyMzM2Nxkx", "Convincing", 30.0),
    ]
    assert argument.descriptors[2].description == "A compelling case is made."
    assert rubric.maximum == 70.0
    assert rubric.minimum == 10.0
    # A teacher may grade only some criteria (limitations page): none is required.
    assert [c.required for c in rubric.criteria] == [False, False, False]


def test_read_rubric_takes_levels_in_any_order() -> None:
    """Scored levels listed in no order of points still come out lowest first."""
    payload = copy.deepcopy(dict(CLASSROOM_SCORED))
    levels = payload["criteria"][0]["levels"]
    payload["criteria"][0]["levels"] = [levels[2], levels[0], levels[1]]
    rubric = read_rubric(payload)
    assert [d.id for d in rubric.criterion("c-thesis").descriptors] == [
        "l-thesis-0",
        "l-thesis-3",
        "l-thesis-6",
    ]
    assert [d.points for d in rubric.criterion("c-sources").descriptors] == [0, 2, 4]
    assert rubric.maximum == 10.0


def test_read_rubric_keeps_unscored_levels_in_the_order_given() -> None:
    """Unscored levels have no points to sort by: kept as given, or reversed on demand.

    Source: getting-started guide, "Teachers are able to re-sort criteria and
    scored levels (but not unscored levels) in the UI".
    """
    rubric = read_rubric(CLASSROOM_UNSCORED)
    order = rubric.criterion("c-order")
    assert [d.title for d in order.descriptors] == ["Beginning", "Developing", "Secure"]
    assert [d.points for d in order.descriptors] == [None, None, None]
    assert rubric.maximum == 0.0
    assert rubric.scored_criteria == ()
    best_first = read_rubric(CLASSROOM_UNSCORED, best_first=True)
    assert [d.title for d in best_first.criterion("c-order").descriptors] == [
        "Secure",
        "Developing",
        "Beginning",
    ]


def test_read_rubric_of_a_create_body_needs_an_id() -> None:
    """A body without Classroom's ids (a create body) has no rubric or criterion ids."""
    with pytest.raises(InvalidDataError) as raised:
        read_rubric(GUIDE_CREATE_BODY)
    assert _paths(raised) == [
        "id",
        "criteria[0].id",
        "criteria[1].id",
        "criteria[2].id",
    ]
    assert str(raised.value.problems[0]) == (
        "id: is missing: give id= to read a rubric Classroom has not stored yet"
    )


def test_read_rubric_reports_a_string_where_points_go() -> None:
    """Points given as text are refused at the payload's own path."""
    payload = copy.deepcopy(dict(CLASSROOM_SCORED))
    payload["criteria"][1]["levels"][2]["points"] = "0"
    with pytest.raises(InvalidDataError) as raised:
        read_rubric(payload)
    assert [str(problem) for problem in raised.value.problems] == [
        "criteria[1].levels[2].points: must be a number (got '0')"
    ]


@pytest.mark.parametrize(
    ("change", "paths"),
    [
        # Levels all scored or all unscored (limitations page).
        (
            lambda p: p["criteria"][1]["levels"][0].pop("points"),
            ["criteria[1].levels[0].points"],
        ),
        # Unique points within a criterion (REST reference, Level.points).
        (
            lambda p: p["criteria"][0]["levels"][2].update(points=3),
            ["criteria[0].levels[2].points"],
        ),
        # "Null values are not accepted" (limitations page).
        (
            lambda p: p["criteria"][0]["levels"][1].update(points=None),
            ["criteria[0].levels[1].points"],
        ),
        # A criterion has at least one level (limitations page).
        (lambda p: p["criteria"][0].update(levels=[]), ["criteria[0].levels"]),
        # A rubric has at least one criterion (limitations page).
        (lambda p: p.update(criteria=[]), ["criteria"]),
        (lambda p: p.pop("criteria"), ["criteria"]),
        (lambda p: p["criteria"][0].pop("levels"), ["criteria[0].levels"]),
        # At most 10 levels per criterion (limitations page).
        (
            lambda p: p["criteria"][0].update(
                levels=[
                    {"id": f"l{n}", "title": f"L{n}", "points": n} for n in range(11)
                ]
            ),
            ["criteria[0].levels"],
        ),
        # Ids: criteria unique in the rubric, levels unique in their criterion.
        (
            lambda p: p["criteria"][1].update(id="c-thesis"),
            ["criteria[1].id"],
        ),
        (
            lambda p: p["criteria"][1]["levels"][1].update(id="l-sources-4"),
            ["criteria[1].levels[1].id"],
        ),
        # A criterion needs a title for selfassess (and Classroom's editor).
        (lambda p: p["criteria"][0].pop("title"), ["criteria[0].title"]),
        (lambda p: p["criteria"][0].update(levels="none"), ["criteria[0].levels"]),
        (lambda p: p["criteria"].append(7), ["criteria[2]"]),
    ],
)
def test_read_rubric_refuses_what_classroom_refuses(
    change: Any, paths: list[str]
) -> None:
    """Each rule of Classroom's rubrics is reported at the payload's own path."""
    payload = copy.deepcopy(dict(CLASSROOM_SCORED))
    change(payload)
    with pytest.raises(InvalidDataError) as raised:
        read_rubric(payload)
    assert _paths(raised) == paths


def test_read_rubric_refuses_more_than_fifty_criteria() -> None:
    """Up to 50 criteria per rubric (limitations page); 51 is refused."""
    criteria = [
        {"id": f"c{n}", "title": f"C{n}", "levels": [{"id": "l", "title": "Done"}]}
        for n in range(MAX_CRITERIA + 1)
    ]
    with pytest.raises(InvalidDataError) as raised:
        read_rubric({"id": "r", "criteria": criteria})
    assert [str(problem) for problem in raised.value.problems] == [
        "criteria: must have at most 50 criteria in Classroom (got 51)"
    ]
    assert read_rubric({"id": "r", "criteria": criteria[:50]}).criteria[49].id == "c49"


def test_read_rubric_refuses_an_unscored_level_without_a_title() -> None:
    """A level without points needs a title (REST reference, Level.title)."""
    payload = copy.deepcopy(dict(CLASSROOM_UNSCORED))
    payload["criteria"][1]["levels"][1]["title"] = ""
    with pytest.raises(InvalidDataError) as raised:
        read_rubric(payload)
    assert _paths(raised) == ["criteria[1].levels[1].title"]


def test_read_rubric_refuses_points_on_one_level_of_an_unscored_rubric() -> None:
    """One scored level among unscored ones is the one reported (most are unscored)."""
    payload = copy.deepcopy(dict(CLASSROOM_UNSCORED))
    payload["criteria"][1]["levels"][2]["points"] = 3
    with pytest.raises(InvalidDataError) as raised:
        read_rubric(payload)
    assert [str(problem) for problem in raised.value.problems] == [
        "criteria[1].levels[2].points: must be left out: no level of an unscored "
        "Classroom rubric has points (criteria[0].levels[0] has none) (got 3)"
    ]


def test_read_rubric_refuses_a_lone_level_of_zero_points() -> None:
    """One criterion with one level of 0 points is refused (limitations page)."""
    lone = {"id": "r", "criteria": [{"id": "c", "title": "Done", "levels": [
        {"id": "l", "title": "Yes", "points": 0}]}]}  # fmt: skip
    with pytest.raises(InvalidDataError) as raised:
        read_rubric(lone)
    assert _paths(raised) == ["criteria[0].levels[0].points"]
    lone["criteria"][0]["levels"][0]["points"] = 1
    assert read_rubric(lone).maximum == 1.0


def test_read_rubric_checks_its_arguments() -> None:
    """Arguments of the wrong type are the caller's mistake: ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError) as raised:
        read_rubric(CLASSROOM_SCORED, title=None, best_first="yes")  # type: ignore[arg-type]
    assert raised.value.paths == ("title", "best_first")
    with pytest.raises(InvalidDataError) as not_an_object:
        read_rubric(["criteria"])  # type: ignore[arg-type]
    assert not_an_object.value.paths == ("payload",)


# --------------------------------------------------------------------------------------
# read_grades
# --------------------------------------------------------------------------------------


def test_read_grades_keeps_a_teachers_override() -> None:
    """A teacher's 6.5 on the 6-point level is kept: the total is 6.5 + 2 = 8.5.

    Source: limitations page, "Override the points for a criterion, irrespective of
    the points available in the criterion's levels".
    """
    rubric = read_rubric(CLASSROOM_SCORED)
    submission = _submission(
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
        }
    )
    assessment = read_grades(submission, rubric, assessed_on=DAY, rater="okafor")
    assert (assessment.id, assessment.student, assessment.rater) == (
        "Cg4ICDE4MTI",
        "104938416752",
        "okafor",
    )
    assert assessment.role is Role.TEACHER
    score = assessment.score()
    rows = {row.criterion: row for row in score.criteria}
    thesis = rows["c-thesis"]
    assert (thesis.rating, thesis.points, thesis.as_given) == ("Strong", 6.5, True)
    assert (rows["c-sources"].points, rows["c-sources"].as_given) == (2.0, False)
    assert score.total == 8.5 == submission["assignedGrade"]
    assert score.maximum == 10.0


def test_read_grades_chooses_draft_or_assigned() -> None:
    """draft=True reads draftRubricGrades; the default reads assignedRubricGrades."""
    rubric = read_rubric(CLASSROOM_SCORED)
    submission = _submission(
        draftRubricGrades={
            "c-thesis": {
                "criterionId": "c-thesis",
                "levelId": "l-thesis-3",
                "points": 3,
            }
        },
        assignedRubricGrades={
            "c-thesis": {
                "criterionId": "c-thesis",
                "levelId": "l-thesis-6",
                "points": 6,
            }
        },
    )
    assigned = read_grades(submission, rubric, assessed_on=DAY, rater="okafor")
    draft = read_grades(submission, rubric, assessed_on=DAY, rater="okafor", draft=True)
    assert assigned.score().total == 6.0
    assert draft.score().total == 3.0
    assert draft.descriptor("c-thesis") == rubric.criterion("c-thesis").descriptors[1]


def test_read_grades_points_without_a_level_are_free_points() -> None:
    """A grade with points and no levelId (the teacher chose no level) is kept as given.

    Source: getting-started guide, "If the teacher did not choose a level, but still
    assigned points for the criterion, this field isn't present."
    """
    rubric = read_rubric(CLASSROOM_SCORED)
    submission = _submission(
        draftRubricGrades={
            "c-thesis": {
                "criterionId": "c-thesis",
                "levelId": "l-thesis-3",
                "points": 3,
            },
            "c-sources": {"criterionId": "c-sources", "points": 1},
        }
    )
    score = read_grades(
        submission, rubric, assessed_on=DAY, rater="okafor", draft=True
    ).score()
    rows = {row.criterion: row for row in score.criteria}
    assert (rows["c-sources"].rating, rows["c-sources"].points) == (None, 1.0)
    assert rows["c-sources"].as_given is True
    assert score.total == 4.0


def test_read_grades_leaves_ungraded_criteria_unrated() -> None:
    """Only graded criteria are in the map; no map at all is an assessment of nothing.

    Source: REST reference, draftRubricGrades: "This map is empty if ... no grades
    have been set on any criteria. Entries are only populated for grades that have
    been set."
    """
    rubric = read_rubric(CLASSROOM_UNSCORED)
    submission = _submission(
        "rubric-unscored",
        assignedRubricGrades={
            "c-order": {"criterionId": "c-order", "levelId": "l-order-2"},
        },
    )
    assessment = read_grades(submission, rubric, assessed_on=DAY, rater="okafor")
    assert [rating.criterion for rating in assessment.ratings] == ["c-order"]
    assert assessment.descriptor("c-evidence") is None
    chosen = assessment.descriptor("c-order")
    assert chosen is not None
    assert chosen.title == "Developing"
    nothing = read_grades(
        _submission("rubric-unscored"), rubric, assessed_on=DAY, rater="okafor"
    )
    assert nothing.ratings == ()


def test_read_grades_puts_ratings_in_the_rubrics_order() -> None:
    """A JSON map has no order to rely on: the ratings follow the rubric's criteria."""
    rubric = read_rubric(CLASSROOM_SCORED)
    submission = _submission(
        assignedRubricGrades={
            "c-sources": {"criterionId": "c-sources", "levelId": "l-sources-0"},
            "c-thesis": {"criterionId": "c-thesis", "levelId": "l-thesis-0"},
        }
    )
    assessment = read_grades(submission, rubric, assessed_on=DAY, rater="okafor")
    assert [rating.criterion for rating in assessment.ratings] == [
        "c-thesis",
        "c-sources",
    ]


def test_read_grades_takes_its_ids_from_arguments_when_given() -> None:
    """id= and student= replace the submission's id and userId."""
    rubric = read_rubric(CLASSROOM_SCORED)
    assessment = read_grades(
        _submission(), rubric, assessed_on=DAY, rater="okafor", id="a-1", student="ana"
    )
    assert (assessment.id, assessment.student) == ("a-1", "ana")


def test_read_grades_reports_every_bad_grade_at_its_path() -> None:
    """Unknown criteria and levels, mismatched ids, points where none go: all at once."""
    rubric = read_rubric(CLASSROOM_SCORED)
    unscored = read_rubric(CLASSROOM_UNSCORED)
    submission = _submission(
        "rubric-other",
        assignedRubricGrades={
            "c-thesis": {"criterionId": "c-sources", "levelId": "l-thesis-9"},
            "c-missing": {"criterionId": "c-missing", "points": 1},
            "c-sources": {"criterionId": "c-sources", "levelId": ""},
        },
    )
    with pytest.raises(InvalidDataError) as raised:
        read_grades(submission, rubric, assessed_on=DAY, rater="okafor")
    assert [str(problem) for problem in raised.value.problems] == [
        "rubricId: must be the id of the rubric given ('rubric-scored') "
        "(got 'rubric-other')",
        "assignedRubricGrades.c-thesis.criterionId: must be the criterion id the "
        "grade is filed under ('c-thesis') (got 'c-sources')",
        "assignedRubricGrades.c-thesis.levelId: must be the id of a level of "
        "'c-thesis' ('l-thesis-0', 'l-thesis-3', 'l-thesis-6') (got 'l-thesis-9')",
        "assignedRubricGrades.c-missing: must be filed under a criterion id of the "
        "rubric ('c-thesis', 'c-sources')",
        "assignedRubricGrades.c-sources: must give a levelId or points (got neither)",
    ]
    on_unscored = _submission(
        "rubric-unscored",
        draftRubricGrades={
            "c-order": {"criterionId": "c-order", "levelId": "l-order-1", "points": 1}
        },
    )
    with pytest.raises(InvalidDataError) as points:
        read_grades(on_unscored, unscored, assessed_on=DAY, rater="okafor", draft=True)
    assert points.value.paths == ("draftRubricGrades.c-order.points",)


def test_read_grades_reports_a_required_criterion_at_the_grades() -> None:
    """A rubric of your own may require a criterion: its absence is the map's problem."""
    required = Rubric(
        id="rubric-scored",
        title="Essay",
        scale=None,
        criteria=[
            Criterion(
                id="c-thesis",
                title="Thesis",
                descriptors=[
                    Descriptor(title="Missing", points=0, id="l-thesis-0"),
                    Descriptor(title="Strong", points=6, id="l-thesis-6"),
                ],
            )
        ],
    )
    with pytest.raises(InvalidDataError) as raised:
        read_grades(_submission(), required, assessed_on=DAY, rater="okafor")
    assert raised.value.paths == ("assignedRubricGrades",)


def test_read_grades_reports_missing_and_wrong_fields() -> None:
    """A submission without id or userId, with grades that are not objects."""
    rubric = read_rubric(CLASSROOM_SCORED)
    submission = _submission(assignedRubricGrades={"c-thesis": [6]})
    del submission["id"], submission["userId"]
    with pytest.raises(InvalidDataError) as raised:
        read_grades(submission, rubric, assessed_on=DAY, rater="okafor")
    assert raised.value.paths == ("id", "userId", "assignedRubricGrades.c-thesis")
    with pytest.raises(InvalidDataError) as not_a_map:
        read_grades(
            _submission(assignedRubricGrades=[]), rubric, assessed_on=DAY, rater="t"
        )
    assert not_a_map.value.paths == ("assignedRubricGrades",)


def test_read_grades_checks_its_arguments() -> None:
    """A rubric that is not a Rubric, a day that is not a date: ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError) as raised:
        read_grades(
            _submission(),
            CLASSROOM_SCORED,  # type: ignore[arg-type]
            assessed_on="2026-10-02",  # type: ignore[arg-type]
            rater="okafor",
        )
    assert raised.value.paths == ("rubric", "assessed_on")


# --------------------------------------------------------------------------------------
# write_rubric
# --------------------------------------------------------------------------------------


def test_write_rubric_gives_back_the_guides_create_body() -> None:
    """The guide's rubric, read and written best first without ids, is its create body."""
    rubric = read_rubric(_guide_rubric())
    written = write_rubric(rubric, best_first=True)
    assert written == GUIDE_CREATE_BODY
    assert json.loads(json.dumps(written)) == written


def test_write_rubric_writes_ids_for_an_update() -> None:
    """With ids=True, Classroom's ids go back, so that a patch edits, not adds.

    Source: getting-started guide, "Update a rubric": criteria or levels with an
    existing id and modified data are edits; without an id, additions.
    """
    payload = _guide_rubric()
    written = write_rubric(read_rubric(payload), ids=True, best_first=True)
    assert written["criteria"] == payload["criteria"]
    lowest_first = write_rubric(read_rubric(payload), ids=True)
    assert [level["points"] for level in lowest_first["criteria"][0]["levels"]] == [
        0,
        20,
        30,
    ]


def test_write_rubric_writes_unscored_levels_without_points() -> None:
    """An unscored rubric's levels have no points key at all (null is refused)."""
    written = write_rubric(read_rubric(CLASSROOM_UNSCORED), ids=True)
    assert written["criteria"] == CLASSROOM_UNSCORED["criteria"]
    assert all(
        "points" not in level
        for criterion in written["criteria"]
        for level in criterion["levels"]
    )


def _criterion(index: int, points: list[float | None], **fields: Any) -> Criterion:
    return Criterion(
        id=f"c{index}",
        title=f"Criterion {index}",
        descriptors=[
            Descriptor(title=f"Level {n}", points=value)
            for n, value in enumerate(points)
        ],
        **fields,
    )


@pytest.mark.parametrize(
    ("criteria", "paths"),
    [
        # At most 50 criteria (limitations page).
        (
            [_criterion(n, [0, 1]) for n in range(MAX_CRITERIA + 1)],
            ["criteria"],
        ),
        # At most 10 levels a criterion (limitations page).
        ([_criterion(0, list(range(MAX_LEVELS + 1)))], ["criteria[0].descriptors"]),
        # Equal points on two levels: selfassess allows them (Moodle), Classroom not.
        ([_criterion(0, [0, 2, 2])], ["criteria[0].descriptors[2].points"]),
        # Scored and unscored together (limitations page).
        (
            [_criterion(0, [0, 1]), _criterion(1, [None, None])],
            ["criteria[1].descriptors"],
        ),
        # "A rubric can't have a single criteria with a single level that is 0".
        ([_criterion(0, [0])], ["criteria[0].descriptors[0].points"]),
        # What Classroom cannot hold: feedback-only, ranges, uncounted, weights.
        (
            [
                _criterion(0, [0, 1]),
                Criterion(id="n", title="Notes", feedback_only=True),
            ],
            ["criteria[1].feedback_only"],
        ),
        ([_criterion(0, [0, 1], use_range=True)], ["criteria[0].use_range"]),
        (
            [_criterion(0, [0, 1]), _criterion(1, [0, 4], counted=False)],
            ["criteria[1].counted"],
        ),
        ([_criterion(0, [0, 1], weight=2)], ["criteria[0].weight"]),
    ],
)
def test_write_rubric_refuses_what_classroom_refuses(
    criteria: list[Criterion], paths: list[str]
) -> None:
    """Each limit is reported with its path in the rubric."""
    rubric = Rubric(id="r", title="Rubric", scale=None, criteria=criteria)
    with pytest.raises(InvalidDataError) as raised:
        write_rubric(rubric)
    assert _paths(raised) == paths


def test_write_rubric_refuses_an_unscored_level_without_a_title() -> None:
    """A descriptor named by its description only cannot be an unscored level."""
    rubric = Rubric(id="r", title="Rubric", scale=None, criteria=[
        Criterion(id="c", title="Voice", descriptors=[
            Descriptor(title="Not yet"), Descriptor(description="Sounds like me.")])])  # fmt: skip
    with pytest.raises(InvalidDataError) as raised:
        write_rubric(rubric)
    assert [str(problem) for problem in raised.value.problems] == [
        "criteria[0].descriptors[1].title: must not be empty on a level without "
        "points: Classroom requires a title there (got '')"
    ]


def test_write_rubric_writes_a_scale_criterion_with_its_levels_points() -> None:
    """A criterion on the 4-point scale is written with the scale's titles and points."""
    from selfassess.rubrics import COLLABORATION

    written = write_rubric(COLLABORATION)
    first = written["criteria"][0]["levels"]
    assert [(level["title"], level["points"]) for level in first] == [
        ("Not proficient", 1.0),
        ("Partially proficient", 2.0),
        ("Proficient", 3.0),
        ("Advanced", 4.0),
    ]


def test_write_rubric_checks_its_arguments() -> None:
    """A payload instead of a Rubric is the caller's mistake."""
    with pytest.raises(ArgumentTypeError) as raised:
        write_rubric(CLASSROOM_SCORED, ids=1)  # type: ignore[arg-type]
    assert raised.value.paths == ("rubric", "ids")


# --------------------------------------------------------------------------------------
# Round trips over the rubrics Classroom accepts
# --------------------------------------------------------------------------------------

finite_points = st.floats(
    min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False
)


@st.composite
def classroom_rubrics(draw: st.DrawFn) -> Rubric:
    """A rubric Classroom accepts and selfassess reads back as it is.

    No scale, every criterion optional (as read_rubric reads them), 1 to 10 levels,
    all scored (distinct points, lowest first) or all unscored (with titles).
    """
    scored = draw(st.booleans())
    count = draw(st.integers(min_value=1, max_value=4))
    criterion_ids = draw(
        st.lists(identifiers, min_size=count, max_size=count, unique=True)
    )
    criteria = []
    for criterion_id in criterion_ids:
        size = draw(st.integers(min_value=1, max_value=MAX_LEVELS))
        level_ids = draw(
            st.lists(identifiers, min_size=size, max_size=size, unique=True)
        )
        keep_ids = draw(st.lists(st.booleans(), min_size=size, max_size=size))
        if scored:
            points: list[float | None] = sorted(
                draw(st.lists(finite_points, min_size=size, max_size=size, unique=True))
            )
            titles = draw(st.lists(st.text(max_size=12), min_size=size, max_size=size))
        else:
            points = [None] * size
            titles = draw(st.lists(texts, min_size=size, max_size=size))
        descriptions = draw(
            st.lists(st.text(max_size=12), min_size=size, max_size=size)
        )
        criteria.append(
            Criterion(
                id=criterion_id,
                title=draw(texts),
                description=draw(st.text(max_size=12)),
                required=False,
                descriptors=[
                    Descriptor(
                        title=titles[n],
                        description=descriptions[n],
                        points=points[n],
                        id=level_ids[n] if keep_ids[n] else None,
                    )
                    for n in range(size)
                ],
            )
        )
    lone = criteria[0].descriptors
    if count == 1 and len(lone) == 1 and lone[0].points == 0:
        criteria[0] = Criterion(
            id=criteria[0].id,
            title=criteria[0].title,
            required=False,
            descriptors=[Descriptor(title="Done", points=1)],
        )
    return Rubric(
        id=draw(identifiers), title=draw(texts), scale=None, criteria=criteria
    )


@given(classroom_rubrics(), st.booleans())
def test_read_rubric_undoes_write_rubric(rubric: Rubric, best_first: bool) -> None:
    """read_rubric(write_rubric(r)) == r, through JSON, in either order of levels."""
    written = json.loads(
        json.dumps(write_rubric(rubric, ids=True, best_first=best_first))
    )
    again = read_rubric(
        written, id=rubric.id, title=rubric.title, best_first=best_first
    )
    assert again == rubric
    assert again.maximum == rubric.maximum


@given(classroom_rubrics())
def test_write_rubric_for_create_has_no_ids(rubric: Rubric) -> None:
    """Without ids=True no "id" is written, which is what rubrics.create takes."""
    text = json.dumps(write_rubric(rubric))
    written = json.loads(text)
    assert all("id" not in criterion for criterion in written["criteria"])
    assert all(
        "id" not in level
        for criterion in written["criteria"]
        for level in criterion["levels"]
    )
    assert len(written["criteria"]) == len(rubric.criteria)
