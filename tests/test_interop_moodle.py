"""selfassess.interop.moodle: Moodle's rubric definitions, fillings and grades.

Payloads are shaped as Moodle's web services return them, field for field:

- ``core_grading_get_definitions`` (``core_grading_external::get_definitions`` and
  ``definition()`` in moodle/moodle ``grade/grading/externallib.php``): ``areas``,
  each with ``definitions``, each definition with ``id``, ``method``, ``name``,
  ``description``, ``status``, ``timecreated``... and, for a rubric, ``rubric``:
  ``{"rubric_criteria": [...]}`` as
  ``gradingform_rubric_controller::get_external_definition_details`` declares it in
  ``grade/grading/form/rubric/lib.php`` (criterion ``id``, ``sortorder``,
  ``description``, ``descriptionformat``, ``levels``; level ``id``, ``score``,
  ``definition``, ``definitionformat``). ``load_definition`` (same file) orders
  criteria by ``sortorder`` and levels by score, reversed when the rubric's option
  ``sortlevelsasc`` is off.
- ``core_grading_get_gradingform_instances`` (``get_gradingform_instances`` and
  ``grading_instance()`` in ``grade/grading/externallib.php``): ``instances``, each
  with ``id``, ``raterid``, ``itemid``, ``rawgrade``, ``status``, ``feedback``,
  ``feedbackformat``, ``timemodified`` and ``rubric``: ``{"criteria": [...]}`` as
  ``get_external_instance_filling_details`` declares it (``id``, ``criterionid``,
  ``levelid``, ``remark``, ``remarkformat``).
- Grades: ``gradingform_rubric_instance::get_grade`` in
  ``grade/grading/form/rubric/lib.php`` with its "lockzeropoints" branch (Moodle 3.2
  on; the branch as copied line for line by gradingform_erubric and
  gradingform_frubric), and the Behat features
  ``grade/grading/form/rubric/tests/behat/grade_calculation.feature`` and
  ``negative_points.feature``, whose grades are Moodle's own.
"""

from __future__ import annotations

import copy
import json
import math
import time
from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Role
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.interop import moodle
from selfassess.rubrics import Assessment, CriterionScore, Rubric, Score
from selfassess.serialize import from_dict, to_dict

from strategies import json_values

DAY = date(2026, 10, 2)

Payload = dict[str, Any]


def _definition(criteria: list[Payload], **fields: Any) -> Payload:
    """One definition as core_grading_get_definitions lists it in an area."""
    return {
        "id": 7,
        "method": "rubric",
        "name": "Essay rubric",
        "description": "<p>For the persuasive essay.</p>",
        "descriptionformat": 1,
        "status": 20,  # gradingform_controller::DEFINITION_STATUS_READY
        "copiedfromid": None,
        "timecreated": 1790000000,
        "usercreated": 2,
        "timemodified": 1790000000,
        "usermodified": 2,
        "timecopied": 0,
        "rubric": {"rubric_criteria": criteria},
        **fields,
    }


def _level(id: int, score: float, definition: str) -> Payload:
    return {
        "id": id,
        "score": score,
        "definition": definition,
        "definitionformat": 1,
    }


# A core_grading_get_definitions response for an assignment's "submissions" area.
# Criterion 11 has a -2 level ("negative_points.feature": Moodle allows negative
# scores) and two levels of 2 points; criterion 12 lists its levels highest first,
# as load_definition gives them when "sortlevelsasc" is off.
GET_DEFINITIONS: Payload = {
    "areas": [
        {
            "cmid": 41,
            "contextid": 95,
            "component": "mod_assign",
            "areaname": "submissions",
            "activemethod": "rubric",
            "definitions": [
                _definition(
                    [
                        {
                            "id": 11,
                            "sortorder": 1,
                            "description": "Argument",
                            "descriptionformat": 1,
                            "levels": [
                                _level(101, -2.0, "Copied work"),
                                _level(102, 0.0, "No claim"),
                                _level(103, 2.0, "A claim with one reason"),
                                _level(104, 2.0, "A claim with one example"),
                                _level(105, 4.0, "A claim with reasons and evidence"),
                            ],
                        },
                        {
                            "id": 12,
                            "sortorder": 2,
                            "description": "Presentation",
                            "descriptionformat": 1,
                            "levels": [
                                _level(204, 3.0, "Clear and engaging"),
                                _level(203, 2.0, "Clear order"),
                                _level(202, 1.0, "Some order"),
                                _level(201, 0.0, "Hard to follow"),
                            ],
                        },
                    ]
                )
            ],
        }
    ],
    "warnings": [],
}
DEFINITION = GET_DEFINITIONS["areas"][0]["definitions"][0]


def _instance(fillings: list[tuple[int, int, str]], **fields: Any) -> Payload:
    """One instance as core_grading_get_gradingform_instances lists it."""
    return {
        "id": 31,
        "raterid": 2,
        "itemid": 58,
        "rawgrade": "57.14286",
        "status": 1,  # gradingform_instance::INSTANCE_STATUS_ACTIVE
        "feedback": "<p>A strong example; say more about why.</p>",
        "feedbackformat": 1,
        "timemodified": 1790003600,
        "rubric": {
            "criteria": [
                {
                    "id": number,
                    "criterionid": criterion,
                    "levelid": level,
                    "remark": remark,
                    "remarkformat": 1,
                }
                for number, (criterion, level, remark) in enumerate(fillings, start=1)
            ]
        },
        **fields,
    }


GET_INSTANCES: Payload = {
    "instances": [_instance([(11, 104, "Good example."), (12, 203, "")])],
    "warnings": [],
}
INSTANCE = GET_INSTANCES["instances"][0]


def _read(instance: Payload, rubric: Rubric, **options: Any) -> Assessment:
    return moodle.read_filling(
        instance, rubric, student="ana", assessed_on=DAY, **options
    )


# --------------------------------------------------------------------------------------
# Moodle's own arithmetic, for the tests to compare with
# --------------------------------------------------------------------------------------


def min_max_score(definition: Payload) -> tuple[float, float]:
    """``get_min_max_score``: each criterion's lowest and highest level score, added."""
    low = high = 0.0
    for criterion in definition["rubric"]["rubric_criteria"]:
        scores = sorted(level["score"] for level in criterion["levels"])
        low += scores[0]
        high += scores[-1]
    return low, high


def curscore(definition: Payload, instance: Payload) -> float:
    """``get_grade``'s curscore: the chosen levels' scores, added in the fillings' order."""
    scores = {
        level["id"]: level["score"]
        for criterion in definition["rubric"]["rubric_criteria"]
        for level in criterion["levels"]
    }
    total = 0.0
    for record in instance["rubric"]["criteria"]:
        total += scores[record["levelid"]]
    return total


def php_round(value: float) -> float:
    """PHP's ``round($value)`` (``_php_math_round`` before PHP 8.4), in floats.

    PHP first rounds the value to 15 significant digits ("pre-rounding"), then to a
    whole number, halves away from zero: so 2.4999999999999996 rounds to 3.
    """

    def helper(number: float) -> float:
        return math.floor(number + 0.5) if number >= 0 else math.ceil(number - 0.5)

    if value == 0 or not math.isfinite(value):
        return value
    precision_places = 14 - math.floor(math.log10(abs(value)))
    if 0 < precision_places < 15:
        pre = helper(value * 10.0**precision_places)
        return helper(pre / 10.0**precision_places)
    return helper(value)


def php_get_grade(
    definition: Payload,
    instance: Payload,
    mingrade: float,
    maxgrade: float,
    *,
    lockzeropoints: bool,
    allowdecimals: bool,
) -> float | None:
    """``gradingform_rubric_instance::get_grade``, line by line, in PHP's floats.

    ``None`` where Moodle returns -1 (no grade).
    """
    minscore, maxscore = min_max_score(definition)
    if maxscore <= minscore:
        return None
    score = curscore(definition, instance)
    if lockzeropoints:
        grade = max(mingrade, score / maxscore * maxgrade)
        return grade if allowdecimals else php_round(grade)
    gradeoffset = (score - minscore) / (maxscore - minscore) * (maxgrade - mingrade)
    return (gradeoffset if allowdecimals else php_round(gradeoffset)) + mingrade


def _levels(*scores: Sequence[float]) -> Payload:
    """A definition with a criterion per list of level scores.

    As the Behat step "I define the following rubric" makes them: "Criterion n",
    "Level nm".
    """
    return _definition(
        [
            {
                "id": number,
                "sortorder": number,
                "description": f"Criterion {number}",
                "descriptionformat": 1,
                "levels": [
                    _level(number * 100 + place, float(score), f"Level {number}{place}")
                    for place, score in enumerate(levels, start=1)
                ],
            }
            for number, levels in enumerate(scores, start=1)
        ]
    )


def _fill(definition: Payload, *scores: float) -> Payload:
    """An instance choosing, on each criterion, the first level with this score.

    As the Behat step "I grade by filling the rubric with" does.
    """
    criteria = definition["rubric"]["rubric_criteria"]
    return _instance(
        [
            (
                criterion["id"],
                next(lv["id"] for lv in criterion["levels"] if lv["score"] == score),
                "",
            )
            for criterion, score in zip(criteria, scores, strict=True)
        ]
    )


# --------------------------------------------------------------------------------------
# read_rubric
# --------------------------------------------------------------------------------------


def test_read_rubric_keeps_every_level_lowest_first() -> None:
    """Negative and equal levels are kept; levels listed highest first are sorted."""
    rubric = moodle.read_rubric(DEFINITION)
    assert (rubric.id, rubric.title, rubric.scale) == ("7", "Essay rubric", None)
    assert rubric.description == "<p>For the persuasive essay.</p>"
    assert [c.id for c in rubric.criteria] == ["11", "12"]
    assert [c.title for c in rubric.criteria] == ["Argument", "Presentation"]
    argument = rubric.criterion("11")
    assert [d.points for d in argument.descriptors] == [-2.0, 0.0, 2.0, 2.0, 4.0]
    assert [d.id for d in argument.descriptors] == ["101", "102", "103", "104", "105"]
    assert argument.descriptors[3].description == "A claim with one example"
    assert argument.descriptors[3].label == "A claim with one example"
    presentation = rubric.criterion("12")
    assert [d.id for d in presentation.descriptors] == ["201", "202", "203", "204"]
    assert all(c.required for c in rubric.criteria)


def test_read_rubric_minimum_and_maximum_are_get_min_max_score() -> None:
    """Rubric.minimum and maximum are Moodle's minscore and maxscore: -2 and 7."""
    rubric = moodle.read_rubric(DEFINITION)
    assert (rubric.minimum, rubric.maximum) == (-2.0, 7.0)
    assert (rubric.minimum, rubric.maximum) == min_max_score(DEFINITION)


def test_read_rubric_orders_criteria_by_sortorder() -> None:
    """Criteria listed out of order are put in sortorder, as load_definition does."""
    criteria = DEFINITION["rubric"]["rubric_criteria"]
    shuffled = _definition([criteria[1], criteria[0]])
    assert moodle.read_rubric(shuffled) == moodle.read_rubric(DEFINITION)
    assert [c.id for c in moodle.read_rubric(shuffled).criteria] == ["11", "12"]


def test_read_rubric_takes_the_rubric_part_with_an_id_and_title() -> None:
    """The definition's ``rubric`` part alone reads the same with id= and title=."""
    part = moodle.read_rubric(DEFINITION["rubric"], id="7", title="Essay rubric")
    whole = moodle.read_rubric(DEFINITION)
    assert part.criteria == whole.criteria
    assert (part.id, part.title, part.description) == ("7", "Essay rubric", "")
    renamed = moodle.read_rubric(DEFINITION, id="essay", title="Persuasive essay")
    assert (renamed.id, renamed.title) == ("essay", "Persuasive essay")


def test_read_rubric_part_without_id_or_title_is_refused() -> None:
    """Without its definition, the rubric part has no id or name: both are asked for."""
    with pytest.raises(InvalidDataError) as raised:
        moodle.read_rubric(DEFINITION["rubric"])
    assert raised.value.paths == ("id", "name")


def test_read_rubric_round_trips_through_json() -> None:
    """to_dict and from_dict, through JSON, give the read rubric back unchanged."""
    rubric = moodle.read_rubric(DEFINITION)
    again = from_dict(Rubric, json.loads(json.dumps(to_dict(rubric))))
    assert again == rubric


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["rubric"]["rubric_criteria"][1]["levels"][0].update(score="3"),
            "rubric.rubric_criteria[1].levels[0].score",
            "must be a number (got '3')",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0]["levels"][2].update(score=None),
            "rubric.rubric_criteria[0].levels[2].score",
            "must be a number (got None)",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0]["levels"][1].pop("id"),
            "rubric.rubric_criteria[0].levels[1].id",
            "is missing",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0]["levels"][1].update(id=101),
            "rubric.rubric_criteria[0].levels[1].id",
            "must be unique in the criterion (got '101' again, first at levels[0])",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][1].update(id=11),
            "rubric.rubric_criteria[1].id",
            "must be unique in the rubric (got '11' again, first at rubric_criteria[0])",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][1].update(levels=[]),
            "rubric.rubric_criteria[1].levels",
            "must have at least one level (got none)",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][1].pop("levels"),
            "rubric.rubric_criteria[1].levels",
            "is missing",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0].update(description=" "),
            "rubric.rubric_criteria[0].description",
            "must not be empty: a criterion needs a description (got ' ')",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0].update(description=None),
            "rubric.rubric_criteria[0].description",
            "must be a string (got None)",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0].pop("description"),
            "rubric.rubric_criteria[0].description",
            "is missing",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0].update(sortorder="1"),
            "rubric.rubric_criteria[0].sortorder",
            "must be a whole number (got '1')",
        ),
        (
            lambda d: d["rubric"]["rubric_criteria"][0].update(id=10**30),
            "rubric.rubric_criteria[0].id",
            f"must be a Moodle id, from 0 to {2**63 - 1} (got {10**30})",
        ),
        (
            lambda d: d["rubric"].update(rubric_criteria=[]),
            "rubric.rubric_criteria",
            "must have at least one criterion (got none)",
        ),
        (
            lambda d: d["rubric"].update(rubric_criteria={"11": {}}),
            "rubric.rubric_criteria",
            "must be a list (got {'11': {}})",
        ),
        (
            lambda d: d.update(method="guide"),
            "method",
            "must be 'rubric' to read a rubric (got 'guide')",
        ),
        (lambda d: d.update(name=""), "name", "must be a non-empty string (got '')"),
        (
            lambda d: d.update(name=None),
            "name",
            "must be a non-empty string (got None)",
        ),
    ],
)
def test_read_rubric_bad_definition_names_the_payload_path(
    change: Any, path: str, message: str
) -> None:
    """Each refused definition is reported at its own path in the payload."""
    definition = json.loads(json.dumps(DEFINITION))
    change(definition)
    with pytest.raises(InvalidDataError) as raised:
        moodle.read_rubric(definition)
    assert [(p.path, p.message) for p in raised.value.problems] == [(path, message)]


def test_read_rubric_reports_every_problem_at_once() -> None:
    """Two bad levels in two criteria are both reported, in payload order."""
    definition = json.loads(json.dumps(DEFINITION))
    definition["rubric"]["rubric_criteria"][0]["levels"][0]["score"] = "x"
    definition["rubric"]["rubric_criteria"][1]["levels"][3]["score"] = math.inf
    with pytest.raises(InvalidDataError) as raised:
        moodle.read_rubric(definition)
    assert raised.value.paths == (
        "rubric.rubric_criteria[0].levels[0].score",
        "rubric.rubric_criteria[1].levels[3].score",
    )


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"definition": None}, "definition"),
        ({"definition": [DEFINITION]}, "definition"),
        ({"definition": DEFINITION, "id": 7}, "id"),
        ({"definition": DEFINITION, "title": None, "id": b"7"}, "id"),
    ],
)
def test_read_rubric_wrong_argument_types(arguments: Payload, path: str) -> None:
    """A definition that is not a dict, or an id that is not text, is the caller's."""
    definition = arguments.pop("definition")
    with pytest.raises(ArgumentTypeError) as raised:
        moodle.read_rubric(definition, **arguments)
    assert raised.value.paths == (path,)


# --------------------------------------------------------------------------------------
# read_filling
# --------------------------------------------------------------------------------------


def test_read_filling_total_is_moodle_curscore() -> None:
    """A filling by level ids totals the chosen levels' scores: 2 + 2 = 4."""
    rubric = moodle.read_rubric(DEFINITION)
    filled = _read(INSTANCE, rubric)
    assert (filled.id, filled.rater, filled.student) == ("31", "2", "ana")
    assert (filled.role, filled.assessed_on) == (Role.TEACHER, DAY)
    assert filled.comment == "<p>A strong example; say more about why.</p>"
    score = filled.score()
    assert score.total == 4.0
    assert score.total == curscore(DEFINITION, INSTANCE)
    assert (score.minimum, score.maximum) == (-2.0, 7.0)
    chosen = filled.descriptor("11")
    assert chosen is not None
    assert (chosen.id, chosen.points) == ("104", 2.0)  # not the other 2-point level
    argument = filled.rating("11")
    assert argument is not None
    assert argument.comment == "Good example."


def test_read_filling_rawgrade_is_moodle_grade() -> None:
    """The instance's rawgrade, 57.14286, is grade() on a point grade out of 100.

    With lock zero (Moodle's default): 4 / 7 * 100 = 57.142857..., which Moodle
    stores with five decimals.
    """
    rubric = moodle.read_rubric(DEFINITION)
    score = _read(INSTANCE, rubric).score()
    found = moodle.grade(score, grade_min=0, grade_max=100)
    assert round(found, 5) == float(INSTANCE["rawgrade"])


def test_read_filling_takes_the_filling_part() -> None:
    """The instance's ``rubric`` part alone reads with id= and rater=."""
    rubric = moodle.read_rubric(DEFINITION)
    part = _read(INSTANCE["rubric"], rubric, id="31", rater="2")
    whole = _read(INSTANCE, rubric)
    assert part.ratings == whole.ratings
    assert (part.id, part.rater, part.comment) == ("31", "2", "")
    with pytest.raises(InvalidDataError) as raised:
        _read(INSTANCE["rubric"], rubric)
    assert raised.value.paths == ("id", "raterid")


def test_read_filling_as_self_assessment() -> None:
    """A rubric a student filled about their own work is a self-assessment."""
    rubric = moodle.read_rubric(DEFINITION)
    mine = _read(INSTANCE, rubric, rater="ana", role=Role.STUDENT, id="self-31")
    assert mine.is_self_assessment
    assert (mine.rater, mine.id) == ("ana", "self-31")


def test_read_filling_null_remark_and_feedback_are_empty() -> None:
    """``remark`` and ``feedback`` are optional in the web service: null reads as ''."""
    rubric = moodle.read_rubric(DEFINITION)
    instance = _instance([(11, 101, None), (12, 201, None)], feedback=None)
    filled = _read(instance, rubric)
    assert filled.comment == ""
    assert all(rating.comment == "" for rating in filled.ratings)
    assert filled.score().total == -2.0


@pytest.mark.parametrize(
    ("fillings", "path", "message"),
    [
        (
            [(11, 104, ""), (12, 299, "")],
            "rubric.criteria[1].levelid",
            "must be the id of a level of the criterion '12' (201, 202, 203, 204) "
            "(got '299')",
        ),
        (
            [(11, 203, ""), (12, 203, "")],
            "rubric.criteria[0].levelid",
            "must be the id of a level of the criterion '11' (101, 102, 103, 104, 105) "
            "(got '203')",
        ),
        (
            [(11, 104, ""), (12, 203, ""), (13, 301, "")],
            "rubric.criteria[2].criterionid",
            "must be the id of a criterion of the rubric (11, 12) (got '13')",
        ),
        (
            [(11, 104, "")],
            "rubric.criteria",
            "must fill the criterion '12' (rubric criteria[1]): Moodle grades only a "
            "rubric with every criterion filled",
        ),
        (
            [(11, 104, ""), (12, 203, ""), (11, 105, "")],
            "rubric.criteria[2].criterionid",
            "must fill each criterion once (got '11' again, first at criteria[0])",
        ),
        (
            [(11, 104, ""), (12, None, "")],
            "rubric.criteria[1].levelid",
            "must be an id (got None)",
        ),
        (
            [(11, 104, 5), (12, 203, "")],
            "rubric.criteria[0].remark",
            "must be a string (got 5)",
        ),
    ],
)
def test_read_filling_bad_filling_names_the_payload_path(
    fillings: list[tuple[Any, Any, Any]], path: str, message: str
) -> None:
    """Each filling that does not fit the rubric is reported at its own path."""
    rubric = moodle.read_rubric(DEFINITION)
    with pytest.raises(InvalidDataError) as raised:
        _read(_instance(fillings), rubric)
    assert [(p.path, p.message) for p in raised.value.problems] == [(path, message)]


def test_read_filling_criteria_not_a_list_is_refused() -> None:
    """A filling keyed by criterion id (PHP's array) is not the web service's list."""
    rubric = moodle.read_rubric(DEFINITION)
    instance = _instance([])
    instance["rubric"]["criteria"] = {"11": {"criterionid": 11, "levelid": 104}}
    with pytest.raises(InvalidDataError) as raised:
        _read(instance, rubric)
    assert raised.value.paths == ("rubric.criteria",)


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"instance": None}, "instance"),
        ({"rubric": DEFINITION}, "rubric"),
        ({"student": 5}, "student"),
        ({"assessed_on": "2026-10-02"}, "assessed_on"),
        ({"role": "teacher"}, "role"),
        ({"rater": 2}, "rater"),
    ],
)
def test_read_filling_wrong_argument_types(arguments: Payload, path: str) -> None:
    """Each argument of the wrong type is named."""
    call: Payload = {
        "instance": INSTANCE,
        "rubric": moodle.read_rubric(DEFINITION),
        "student": "ana",
        "assessed_on": DAY,
        **arguments,
    }
    instance, rubric = call.pop("instance"), call.pop("rubric")
    with pytest.raises(ArgumentTypeError) as raised:
        moodle.read_filling(instance, rubric, **call)
    assert raised.value.paths == (path,)


# --------------------------------------------------------------------------------------
# grade: Moodle's own numbers
# --------------------------------------------------------------------------------------

# grade_calculation.feature: levels 20/25/40/50, 20/25/30 and 10/20, filled at 25, 20
# and 10 (total 55 of 50 to 100). A point grade keeps decimals (mod_assign sets
# "allow decimals" for a grade above 0); "Test scale 1" (Disappointing, Good, Very
# good, Excellent) is grades 1 to 4 without decimals, its item the grade.
FEATURE_SCALE = ("Disappointing", "Good", "Very good", "Excellent")


@pytest.mark.parametrize(
    ("grade", "lockzeropoints", "studentgrade"),
    [
        (100, True, "55.00"),
        (70, True, "38.50"),
        ("Test scale 1", True, "Good"),
        (100, False, "10.00"),
        (70, False, "7.00"),
        ("Test scale 1", False, "Disappointing"),
    ],
)
def test_grade_calculation_feature(
    grade: int | str, lockzeropoints: bool, studentgrade: str
) -> None:
    """grade_calculation.feature's six examples give Moodle's grades."""
    definition = _levels([20, 25, 40, 50], [20, 25, 30], [10, 20])
    rubric = moodle.read_rubric(definition)
    score = _read(_fill(definition, 25, 20, 10), rubric).score()
    assert (score.total, score.minimum, score.maximum) == (55.0, 50.0, 100.0)
    if isinstance(grade, int):
        found = moodle.grade(
            score, grade_min=0, grade_max=grade, lock_zero=lockzeropoints
        )
        assert f"{found:.2f}" == studentgrade
    else:
        found = moodle.grade(
            score, grade_min=1, grade_max=4, lock_zero=lockzeropoints, decimals=False
        )
        assert found.is_integer()
        assert FEATURE_SCALE[int(found) - 1] == studentgrade


@pytest.mark.parametrize(
    ("chosen", "total", "studentgrade"),
    [
        ((25, 30, 10), 65.0, "65.00"),
        ((25, -20, 10), 15.0, "15.00"),
        ((-11, -20, 10), -21.0, "0.00"),
    ],
)
def test_negative_points_feature(
    chosen: tuple[float, float, float], total: float, studentgrade: str
) -> None:
    """negative_points.feature: levels of -11 and -20, lock zero (the default).

    The total may be below zero (-21); the grade is never below the grade
    minimum, and never shows a "-".
    """
    definition = _levels([-11, 25, 40, 50], [-20, 25, 30], [10, 20])
    rubric = moodle.read_rubric(definition)
    assert (rubric.minimum, rubric.maximum) == (-21.0, 100.0)
    score = _read(_fill(definition, *chosen), rubric).score()
    assert score.total == total
    found = moodle.grade(score, grade_min=0, grade_max=100)
    assert f"{found:.2f}" == studentgrade
    assert "-" not in f"{found:.2f}"


def test_lock_zero_does_not_stretch_grades_from_one() -> None:
    """Two criteria at 2 of 0-4, grades 1 to 4: lock zero gives 2.0, without 2.5."""
    definition = _levels(range(5), range(5))
    score = _read(_fill(definition, 2, 2), moodle.read_rubric(definition)).score()
    assert moodle.grade(score, grade_min=1, grade_max=4) == 2.0
    assert moodle.grade(score, grade_min=1, grade_max=4, lock_zero=False) == 2.5


def test_grade_rounds_as_php_does_on_decimal_scores() -> None:
    """Levels of 0.1 and 0.7, the 0.7 chosen, a 4-item scale: 3.5 rounds up to 4.

    In PHP's floats, 0.7 / (0.1 + 0.7) * 4 is exactly 3.5, and round() gives 4,
    the scale's fourth item. Read as binary fractions, the scores would give
    3.4999... and round down to 3.
    """
    definition = _levels([0, 0.1], [0, 0.7])
    instance = _fill(definition, 0, 0.7)
    score = _read(instance, moodle.read_rubric(definition)).score()
    found = moodle.grade(score, grade_min=1, grade_max=4, decimals=False)
    expected = php_get_grade(
        definition, instance, 1, 4, lockzeropoints=True, allowdecimals=False
    )
    assert found == expected == 4.0


def test_score_rescale_rounds_decimal_scores_as_moodle() -> None:
    """Score.rescale, which grade() does not use, agrees with Moodle here too."""
    definition = _levels([0, 0.1], [0, 0.7])
    score = _read(_fill(definition, 0, 0.7), moodle.read_rubric(definition)).score()
    assert score.rescale(1, 4, lock_zero=True, decimals=False) == 4.0


def test_grade_rounds_halves_away_from_zero() -> None:
    """PHP rounds 2.5 to 3 and 0.5 to 1, where Python's round() gives 2 and 0."""
    definition = _levels([0, 1, 2, 3, 4], [0, 2, 4, 6])
    rubric = moodle.read_rubric(definition)
    score = _read(_fill(definition, 1, 4), rubric).score()  # 5 of 10
    assert moodle.grade(score, grade_min=0, grade_max=5, decimals=False) == 3.0
    assert moodle.grade(score, grade_min=0, grade_max=1, decimals=False) == 1.0
    assert round(2.5) == 2  # the rounding grade() must not use


@pytest.mark.parametrize(
    ("levels", "lock_zero", "message"),
    [
        (
            ([2, 2], [1, 1]),
            False,
            "must have more points at most than at least: Moodle gives no grade when "
            "maxscore (3) is not above minscore (3)",
        ),
        (
            ([2, 2], [1, 1]),
            True,
            "must have more points at most than at least: Moodle gives no grade when "
            "maxscore (3) is not above minscore (3)",
        ),
        (
            ([-3, -1], [-2, 0]),
            True,
            "must have a maximum above 0 to count from zero points: Moodle's rubric "
            "editor refuses a rubric whose maxscore is -1",
        ),
    ],
)
def test_grade_refuses_where_moodle_gives_no_grade(
    levels: tuple[list[int], list[int]], lock_zero: bool, message: str
) -> None:
    """get_grade returns -1 when maxscore <= minscore; grade() raises instead."""
    definition = _levels(*levels)
    instance = _fill(definition, levels[0][0], levels[1][0])
    score = _read(instance, moodle.read_rubric(definition)).score()
    with pytest.raises(InvalidDataError) as raised:
        moodle.grade(score, grade_min=0, grade_max=100, lock_zero=lock_zero)
    assert [(p.path, p.message) for p in raised.value.problems] == [("score", message)]
    if levels[0][0] == levels[0][1]:
        moodle_grade = php_get_grade(
            definition, instance, 0, 100, lockzeropoints=lock_zero, allowdecimals=True
        )
        assert moodle_grade is None


@pytest.mark.parametrize(
    ("arguments", "error", "path"),
    [
        ({"score": None}, ArgumentTypeError, "score"),
        ({"grade_min": "0"}, ArgumentTypeError, "grade_min"),
        ({"grade_max": None}, ArgumentTypeError, "grade_max"),
        ({"lock_zero": 1}, ArgumentTypeError, "lock_zero"),
        ({"decimals": "no"}, ArgumentTypeError, "decimals"),
        ({"grade_max": 0}, InvalidDataError, "grade_max"),
        ({"grade_min": math.nan}, InvalidDataError, "grade_min"),
    ],
)
def test_grade_wrong_arguments(
    arguments: Payload, error: type[Exception], path: str
) -> None:
    """Wrong types are the caller's; grades out of order or not finite are bad data."""
    rubric = moodle.read_rubric(DEFINITION)
    call: Payload = {
        "score": _read(INSTANCE, rubric).score(),
        "grade_min": 0,
        "grade_max": 100,
        **arguments,
    }
    score = call.pop("score")
    with pytest.raises(error) as raised:
        moodle.grade(score, **call)
    assert raised.value.paths == (path,)  # type: ignore[attr-defined]


def test_grade_leaves_uncounted_rows_out() -> None:
    """A row not counted (never in Moodle, possible in a Score) is left out."""
    score = Score(
        assessment="a",
        rubric="r",
        criteria=[
            CriterionScore(criterion="c1", points=3, minimum=0, maximum=4),
            CriterionScore(
                criterion="c2", points=0, minimum=0, maximum=4, counted=False
            ),
        ],
    )
    assert moodle.grade(score, grade_min=0, grade_max=100) == 75.0


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------

# Scores as Moodle's editor takes them (a number with up to two decimals here),
# negative ones allowed; a criterion has one level or more.
_scores = st.integers(min_value=-500, max_value=2000).map(lambda n: n / 100)
_criteria = st.lists(
    st.lists(_scores, min_size=1, max_size=5, unique=True),
    min_size=1,
    max_size=5,
)


@st.composite
def _filled(draw: st.DrawFn) -> tuple[Payload, Payload]:
    scores = draw(_criteria)
    definition = _levels(*scores)
    chosen = [draw(st.sampled_from(levels)) for levels in scores]
    return definition, _fill(definition, *chosen)


@given(_filled())
def test_read_rubric_and_filling_keep_moodle_sums(
    filled: tuple[Payload, Payload],
) -> None:
    """For any rubric and filling: minscore, maxscore and curscore are Moodle's."""
    definition, instance = filled
    rubric = moodle.read_rubric(definition)
    score = _read(instance, rubric).score()
    low, high = min_max_score(definition)
    assert rubric.minimum == pytest.approx(low)
    assert rubric.maximum == pytest.approx(high)
    assert score.total == pytest.approx(curscore(definition, instance))
    assert from_dict(Rubric, json.loads(json.dumps(to_dict(rubric)))) == rubric


@given(
    _filled(),
    st.sampled_from([(0, 100), (0, 70), (0, 10), (1, 4), (1, 7), (0, 1)]),
    st.booleans(),
    st.booleans(),
)
def test_grade_is_php_get_grade(
    filled: tuple[Payload, Payload],
    grades: tuple[int, int],
    lock_zero: bool,
    decimals: bool,
) -> None:
    """grade() is get_grade computed in PHP's floats and rounded by PHP's round()."""
    definition, instance = filled
    score = _read(instance, moodle.read_rubric(definition)).score()
    _, high = min_max_score(definition)
    # With zero locked and a top score of 0, get_grade divides by zero (PHP 8
    # throws DivisionByZeroError): no grade, which grade() refuses to invent.
    expected = (
        None
        if lock_zero and high <= 0
        else php_get_grade(
            definition,
            instance,
            *grades,
            lockzeropoints=lock_zero,
            allowdecimals=decimals,
        )
    )
    if expected is None or (lock_zero and high <= 0):
        with pytest.raises(InvalidDataError):
            moodle.grade(
                score,
                grade_min=grades[0],
                grade_max=grades[1],
                lock_zero=lock_zero,
                decimals=decimals,
            )
        return
    found = moodle.grade(
        score,
        grade_min=grades[0],
        grade_max=grades[1],
        lock_zero=lock_zero,
        decimals=decimals,
    )
    if decimals:
        assert found == pytest.approx(expected, rel=1e-12, abs=1e-9)
    else:
        assert found == expected


def test_grade_is_exact_on_decimals() -> None:
    """The grade is the exact decimal result, made a float once: 400 / 7."""
    definition = _levels([0, 0.5, 4], [0, 3])
    score = _read(_fill(definition, 4, 0), moodle.read_rubric(definition)).score()
    found = moodle.grade(score, grade_min=0, grade_max=100)
    assert found == float(Fraction(400, 7))


def test_read_rubric_of_many_criteria_is_quick() -> None:
    """A rubric of 300 criteria of 10 levels each reads in well under a second."""
    definition = _levels(*[range(10)] * 300)
    start = time.perf_counter()
    rubric = moodle.read_rubric(definition)
    assert time.perf_counter() - start < 1.0
    assert rubric.maximum == 2700.0


# --------------------------------------------------------------------------------------
# Hostile payloads
# --------------------------------------------------------------------------------------

HOSTILE: tuple[Any, ...] = (
    10**5000,
    -(10**400),
    2**63,
    -1,
    1.5,
    math.nan,
    math.inf,
    "\ud800",
    "",
    " ",
    "x" * 5000,
    None,
    True,
    [],
    {},
    [None],
    {"a": [[[[[]]]]]},
)
"""Values a decoded payload may hold where it should not."""


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value inside a decoded payload."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


def _mutated(payload: Payload, data: st.DataObject) -> Payload:
    """The payload with one value replaced by a hostile one, or one key dropped."""
    mutated = copy.deepcopy(payload)
    *parent_path, last = data.draw(st.sampled_from(_places(payload)[1:]))
    parent = mutated
    for key in parent_path:
        parent = parent[key]
    if isinstance(parent, dict) and data.draw(st.booleans()):
        del parent[last]
    else:
        parent[last] = data.draw(st.sampled_from(HOSTILE) | json_values)
    return mutated


def _deliberate(error: BaseException) -> None:
    assert isinstance(error, (InvalidDataError, ArgumentTypeError)), repr(error)[:300]
    assert str(error)
    for problem in error.problems:
        assert problem.message
        assert " at 0x" not in problem.message


@given(st.data())
def test_hostile_definition_raises_only_invalid_data(data: st.DataObject) -> None:
    """Any value anywhere in a definition: a rubric, or InvalidDataError."""
    definition = _mutated(DEFINITION, data)
    try:
        moodle.read_rubric(definition)
    except Exception as error:  # what escapes is what the test checks
        _deliberate(error)


@given(st.data())
def test_hostile_instance_raises_only_invalid_data(data: st.DataObject) -> None:
    """Any value anywhere in an instance: an assessment, or InvalidDataError."""
    rubric = moodle.read_rubric(DEFINITION)
    instance = _mutated(INSTANCE, data)
    try:
        _read(instance, rubric)
    except Exception as error:  # what escapes is what the test checks
        _deliberate(error)
