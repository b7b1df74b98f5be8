"""Moodle rubrics: definitions and fillings from the web services, and Moodle's grade.

An LMS developer calls Moodle's web services and passes the decoded JSON here:

- `read_rubric` reads a rubric definition, as ``core_grading_get_definitions``
  returns it (one item of ``areas[].definitions``, or its ``rubric`` part), into a
  `selfassess.rubrics.Rubric`;
- `read_filling` reads one grading instance, as
  ``core_grading_get_gradingform_instances`` returns it (one item of
  ``instances``, or its ``rubric`` part), into a `selfassess.rubrics.Assessment` of
  that rubric;
- `grade` turns the assessment's score into the grade Moodle gives, with or
  without the rubric's "lock zero points" option.

How Moodle's rubric maps onto the model:

- each criterion of ``rubric_criteria``, in ``sortorder``, is a
  `~selfassess.rubrics.Criterion` whose id is the criterion's ``id`` and whose
  title is its ``description``; every criterion is required, as Moodle grades only
  a rubric with every criterion filled;
- each level is a `~selfassess.rubrics.Descriptor`, lowest score first, whose
  description is the level's ``definition``, whose points are its ``score``
  (negative scores and equal scores allowed) and whose id is the level's ``id``;
  Moodle levels have no title;
- each filling (``criterionid``, ``levelid``, ``remark``) is a
  `~selfassess.rubrics.Rating` naming the level by its id, with the remark as its
  comment; the instance's ``feedback`` is the assessment's comment.

Texts are kept as Moodle sends them: the web services format them as HTML unless the
call asks for raw text (``moodlewssettingraw``).

Sources, in moodle/moodle: ``grade/grading/externallib.php`` (``get_definitions``,
``get_gradingform_instances`` and the structures they return),
``grade/grading/form/rubric/lib.php`` (``get_external_definition_details``,
``get_external_instance_filling_details``, ``load_definition``,
``get_min_max_score``, ``gradingform_rubric_instance::validate_grading_element``
and ``get_grade``), ``grade/grading/form/rubric/rubriceditor.php`` (what the rubric
editor refuses) and the Behat features
``grade/grading/form/rubric/tests/behat/grade_calculation.feature`` and
``negative_points.feature``.

Edge: uses the standard library, the core and `selfassess.rubrics`; no other
interop module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import Any, NamedTuple

from selfassess._people import Role
from selfassess._validate import Arguments, shown, text_problem
from selfassess.errors import InvalidDataError
from selfassess.interop._payload import Payload, join
from selfassess.rubrics import Assessment, Criterion, Descriptor, Rating, Rubric, Score

__all__ = ["grade", "read_filling", "read_rubric"]

_LARGEST_ID = 2**63 - 1
"""Moodle's ids are database ids (BIGINT): no id is larger."""


class _Level(NamedTuple):
    id: str
    score: float
    definition: str


class _Criterion(NamedTuple):
    path: str
    id: str
    sortorder: int
    description: str
    levels: list[_Level]


def _id(payload: Payload, path: str, data: Mapping[str, Any], key: str) -> str | None:
    """A Moodle id (``PARAM_INT``): a whole number, or its text."""
    value: object = data.get(key)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and not 0 <= value <= _LARGEST_ID
    ):
        message = f"must be a Moodle id, from 0 to {_LARGEST_ID} (got {shown(value)})"
        payload.add(join(path, key), message)
        return None
    return payload.identifier(path, data, key)


def _listed(
    payload: Payload, path: str, data: Mapping[str, Any], key: str
) -> Sequence[Any] | None:
    """The list at *key*: a problem if it is missing or not a list."""
    if key not in data:
        payload.add(join(path, key), "is missing")
        return None
    return payload.items(join(path, key), data[key])


def _text(
    payload: Payload,
    path: str,
    data: Mapping[str, Any],
    key: str,
    *,
    required: bool,
    null: bool = True,
) -> str | None:
    """A text, valid Unicode; ``null`` allowed unless *null* is false.

    Moodle's optional texts (``VALUE_OPTIONAL``) may be missing or ``null``.
    """
    value = payload.text(path, data, key, required=required, null=null)
    if value is not None:
        problem = text_problem(value, empty=True)
        if problem is not None:
            payload.add(join(path, key), problem)
            return None
    return value


def _rubric_part(
    payload: Payload, definition: Mapping[str, Any]
) -> tuple[str, Mapping[str, Any] | None]:
    """The path and the value of the ``rubric`` part of a definition, or itself."""
    if "rubric" not in definition:
        return "", definition
    method = definition.get("method", "rubric")
    if method != "rubric":
        message = f"must be 'rubric' to read a rubric (got {shown(method)})"
        payload.add("method", message)
    return "rubric", payload.mapping("rubric", definition["rubric"])


def _levels(payload: Payload, path: str, criterion: Mapping[str, Any]) -> list[_Level]:
    levels_path = join(path, "levels")
    found = _listed(payload, path, criterion, "levels")
    if found is None:
        return []
    if not found:
        payload.add(levels_path, "must have at least one level (got none)")
        return []
    levels = []
    seen: dict[str, int] = {}
    for index, item in enumerate(found):
        level_path = join(levels_path, index)
        level = payload.mapping(level_path, item)
        if level is None:
            continue
        id = _id(payload, level_path, level, "id")
        score = payload.number(level_path, level, "score")
        definition = _text(payload, level_path, level, "definition", required=False)
        if id is not None and id in seen:
            message = (
                f"must be unique in the criterion (got {shown(id)} again, "
                f"first at levels[{seen[id]}])"
            )
            payload.add(join(level_path, "id"), message)
        elif id is not None:
            seen[id] = index
        if id is not None and score is not None:
            levels.append(_Level(id, score, definition or ""))
    return levels


def _criteria(payload: Payload, path: str, part: Mapping[str, Any]) -> list[_Criterion]:
    criteria_path = join(path, "rubric_criteria")
    found = _listed(payload, path, part, "rubric_criteria")
    if found is None:
        return []
    if not found:
        payload.add(criteria_path, "must have at least one criterion (got none)")
        return []
    criteria = []
    seen: dict[str, int] = {}
    for index, item in enumerate(found):
        criterion_path = join(criteria_path, index)
        criterion = payload.mapping(criterion_path, item)
        if criterion is None:
            continue
        id = _id(payload, criterion_path, criterion, "id")
        sortorder = payload.field(criterion_path, criterion, "sortorder")
        if sortorder is not None and (
            isinstance(sortorder, bool) or not isinstance(sortorder, int)
        ):
            message = f"must be a whole number (got {shown(sortorder)})"
            payload.add(join(criterion_path, "sortorder"), message)
            sortorder = None
        description = _text(
            payload, criterion_path, criterion, "description", required=True, null=False
        )
        if description is not None and not description.strip():
            # Moodle's rubric editor refuses a criterion without a description.
            message = (
                "must not be empty: a criterion needs a description "
                f"(got {shown(description)})"
            )
            payload.add(join(criterion_path, "description"), message)
            description = None
        levels = _levels(payload, criterion_path, criterion)
        if id is not None and id in seen:
            message = (
                f"must be unique in the rubric (got {shown(id)} again, "
                f"first at rubric_criteria[{seen[id]}])"
            )
            payload.add(join(criterion_path, "id"), message)
        elif id is not None:
            seen[id] = index
        if id is not None and sortorder is not None and description is not None:
            criteria.append(
                _Criterion(criterion_path, id, sortorder, description, levels)
            )
    return criteria


def read_rubric(
    definition: Mapping[str, Any], *, id: str | None = None, title: str | None = None
) -> Rubric:
    """Read a Moodle rubric definition from ``core_grading_get_definitions``.

    Criteria are kept in Moodle's ``sortorder``, each with every level, lowest score
    first (Moodle loads them ordered by score; a rubric shown highest first is the
    same rubric). Negative scores and equal scores on two levels are kept, so the
    rubric's `~selfassess.rubrics.Rubric.minimum` and
    `~selfassess.rubrics.Rubric.maximum` are Moodle's ``minscore`` and ``maxscore``
    (``get_min_max_score``).

    Args:
        definition: One definition of a grading area (``areas[i].definitions[j]``,
            with its ``method``, ``id``, ``name`` and ``rubric``), or its ``rubric``
            part alone (``{"rubric_criteria": [...]}``).
        id: The rubric's id; by default the definition's ``id``.
        title: The rubric's title; by default the definition's ``name``.

    Returns:
        The rubric, without a scale (``scale=None``), every criterion rated on its
        own levels.

    Raises:
        ArgumentTypeError: If *definition* is not a mapping, or *id* or *title*
            not a string.
        InvalidDataError: If the definition is not a rubric Moodle would keep,
            listing every problem at its path in the payload (such as
            ``rubric.rubric_criteria[2].levels[0].score``): a method other than
            ``rubric``, no criteria, a criterion without levels or description, a
            score that is not a number, an id that repeats; or if it has no id or
            name and none is given.

    Example:
        >>> from selfassess.interop import moodle
        >>> rubric = moodle.read_rubric({
        ...     "id": 7, "method": "rubric", "name": "Essay",
        ...     "rubric": {"rubric_criteria": [
        ...         {"id": 11, "sortorder": 1, "description": "Argument", "levels": [
        ...             {"id": 102, "score": 4, "definition": "Reasons and evidence"},
        ...             {"id": 101, "score": 0, "definition": "No claim"},
        ...         ]},
        ...     ]},
        ... })
        >>> rubric.id, rubric.title, rubric.maximum
        ('7', 'Essay', 4.0)
        >>> [d.id for d in rubric.criterion("11").descriptors]
        ['101', '102']
    """
    arguments = Arguments()
    if not isinstance(definition, Mapping):
        arguments.wrong_kind(
            "definition", f"must be a mapping (a dict) (got {shown(definition)})"
        )
    arguments.optional_text("id", id)
    arguments.optional_text("title", title)
    arguments.done()
    payload = Payload()
    path, part = _rubric_part(payload, definition)
    criteria = [] if part is None else _criteria(payload, path, part)
    if id is None:
        id = _id(payload, "", definition, "id") if "id" in definition else None
        if "id" not in definition:
            payload.add(
                "id", "is missing: give id= for a rubric without its definition"
            )
    if title is None:
        if "name" not in definition:
            message = "is missing: give title= for a rubric without its definition"
            payload.add("name", message)
        else:
            title = payload.text("", definition, "name", empty=False)
            if title is not None and text_problem(title, empty=False) is not None:
                payload.add("name", str(text_problem(title, empty=False)))
                title = None
    description = None
    if path:
        description = _text(payload, "", definition, "description", required=False)
    payload.done()
    assert id is not None  # for mypy: done() raised otherwise
    assert title is not None
    ordered = sorted(criteria, key=lambda criterion: criterion.sortorder)
    return Rubric(
        id=id,
        title=title,
        scale=None,
        description=description or "",
        criteria=[
            Criterion(
                id=criterion.id,
                title=criterion.description,
                descriptors=[
                    Descriptor(
                        description=level.definition, points=level.score, id=level.id
                    )
                    for level in sorted(criterion.levels, key=lambda lv: lv.score)
                ],
            )
            for criterion in ordered
        ],
    )


def _filling_part(
    payload: Payload, instance: Mapping[str, Any]
) -> tuple[str, Mapping[str, Any] | None]:
    """The path and the value of the ``rubric`` part of an instance, or itself."""
    if "rubric" not in instance:
        return "", instance
    return "rubric", payload.mapping("rubric", instance["rubric"])


def _ratings(
    payload: Payload, path: str, part: Mapping[str, Any], rubric: Rubric
) -> list[Rating]:
    criteria_path = join(path, "criteria")
    found = _listed(payload, path, part, "criteria")
    if found is None:
        return []
    known = {criterion.id: criterion for criterion in rubric.criteria}
    listed = ", ".join(criterion.id for criterion in rubric.criteria)
    ratings = []
    seen: dict[str, int] = {}
    for index, item in enumerate(found):
        record_path = join(criteria_path, index)
        record = payload.mapping(record_path, item)
        if record is None:
            continue
        criterion_id = _id(payload, record_path, record, "criterionid")
        level_id = _id(payload, record_path, record, "levelid")
        remark = _text(payload, record_path, record, "remark", required=False)
        criterion = None if criterion_id is None else known.get(criterion_id)
        if criterion_id is not None and criterion is None:
            message = (
                f"must be the id of a criterion of the rubric ({listed}) "
                f"(got {shown(criterion_id)})"
            )
            payload.add(join(record_path, "criterionid"), message)
        elif criterion_id is not None and criterion_id in seen:
            message = (
                f"must fill each criterion once (got {shown(criterion_id)} again, "
                f"first at criteria[{seen[criterion_id]}])"
            )
            payload.add(join(record_path, "criterionid"), message)
            criterion = None
        elif criterion_id is not None:
            seen[criterion_id] = index
        if criterion is None or level_id is None:
            continue
        levels = [d.id for d in criterion.descriptors if d.id is not None]
        if level_id not in levels:
            message = (
                f"must be the id of a level of the criterion {shown(criterion.id)} "
                f"({', '.join(levels) or 'it has none'}) (got {shown(level_id)})"
            )
            payload.add(join(record_path, "levelid"), message)
            continue
        ratings.append(
            Rating(criterion=criterion.id, descriptor=level_id, comment=remark or "")
        )
    for number, criterion in enumerate(rubric.criteria):
        if criterion.required and criterion.id not in seen:
            # Moodle grades only a rubric with every criterion filled
            # (gradingform_rubric_instance::validate_grading_element).
            message = (
                f"must fill the criterion {shown(criterion.id)} "
                f"(rubric criteria[{number}]): Moodle grades only a rubric with every "
                "criterion filled"
            )
            payload.add(criteria_path, message)
    return ratings


def read_filling(
    instance: Mapping[str, Any],
    rubric: Rubric,
    *,
    student: str,
    assessed_on: date,
    rater: str | None = None,
    role: Role = Role.TEACHER,
    id: str | None = None,
) -> Assessment:
    """Read a Moodle rubric filling from ``core_grading_get_gradingform_instances``.

    Each filling names its criterion and the level chosen by their ids; the
    assessment's total is the sum of the chosen levels' scores, Moodle's
    ``curscore``.

    Args:
        instance: One grading instance (``instances[i]``, with its ``id``,
            ``raterid``, ``feedback`` and ``rubric``), or its ``rubric`` part alone
            (``{"criteria": [...]}``).
        rubric: The rubric read from the definition the instance fills, with
            `read_rubric`.
        student: The id of the student whose work was graded (Moodle's instance
            names the graded item, ``itemid``, not the student).
        assessed_on: The day it was graded.
        rater: Who filled it; by default the instance's ``raterid``.
        role: The rater's role; a teacher by default. A rubric a student filled
            about their own work is a self-assessment: `selfassess.Role.STUDENT`.
        id: The assessment's id; by default the instance's ``id``.

    Returns:
        The assessment, one rating per filling, with the instance's ``feedback``
        as its comment.

    Raises:
        ArgumentTypeError: If an argument is of the wrong type.
        InvalidDataError: If the filling does not fit the rubric, listing every
            problem at its path in the payload (such as
            ``rubric.criteria[1].levelid``): a criterion or a level the rubric does
            not have, a criterion filled twice or not at all; or if it has no id or
            rater and none is given; or if *student* is empty.

    Example:
        >>> from datetime import date
        >>> from selfassess.interop import moodle
        >>> rubric = moodle.read_rubric({"rubric_criteria": [
        ...     {"id": 11, "sortorder": 1, "description": "Argument", "levels": [
        ...         {"id": 101, "score": 0, "definition": "No claim"},
        ...         {"id": 102, "score": 4, "definition": "Reasons and evidence"},
        ...     ]},
        ... ]}, id="essay", title="Essay")
        >>> filled = moodle.read_filling(
        ...     {"id": 31, "raterid": 2, "feedback": "", "rubric": {"criteria": [
        ...         {"id": 1, "criterionid": 11, "levelid": 102, "remark": "Clear."},
        ...     ]}},
        ...     rubric, student="ana", assessed_on=date(2026, 10, 2),
        ... )
        >>> filled.id, filled.rater, filled.score().total
        ('31', '2', 4.0)
    """
    arguments = Arguments()
    if not isinstance(instance, Mapping):
        arguments.wrong_kind(
            "instance", f"must be a mapping (a dict) (got {shown(instance)})"
        )
    arguments.instance("rubric", rubric, Rubric)
    arguments.text("student", student)
    arguments.day("assessed_on", assessed_on)
    arguments.optional_text("rater", rater)
    arguments.member("role", role, Role)
    arguments.optional_text("id", id)
    arguments.done()
    payload = Payload()
    path, part = _filling_part(payload, instance)
    ratings = [] if part is None else _ratings(payload, path, part, rubric)
    if id is None:
        id = _id(payload, "", instance, "id") if "id" in instance else None
        if "id" not in instance:
            payload.add("id", "is missing: give id= for a filling without its instance")
    if rater is None:
        rater = _id(payload, "", instance, "raterid") if "raterid" in instance else None
        if "raterid" not in instance:
            message = "is missing: give rater= for a filling without its instance"
            payload.add("raterid", message)
    comment = None
    if path:
        comment = _text(payload, "", instance, "feedback", required=False)
    payload.done()
    assert id is not None  # for mypy: done() raised otherwise
    assert rater is not None
    return Assessment(
        id=id,
        rubric=rubric,
        student=student,
        rater=rater,
        role=role,
        assessed_on=assessed_on,
        ratings=ratings,
        comment=comment or "",
    )


def _decimal(value: float) -> Fraction:
    """The decimal number a float stands for, exactly: 0.1 is 1/10.

    Moodle keeps scores and grades as decimals in its database (``NUMBER(10,5)``),
    and PHP's ``round`` rounds a float as the decimal it stands for, so 0.7 / 0.8 * 4
    is 3.5 and rounds to 4. Reading each float as the binary fraction it holds
    instead would make that 3.4999... and round it to 3.
    """
    return Fraction(repr(float(value)))


def _php_round(value: Fraction) -> Fraction:
    """PHP's ``round($value, 0)``: to the nearest whole number, halves away from 0."""
    whole = (abs(value) * 2 + 1) // 2
    return Fraction(whole if value >= 0 else -whole)


def _sum(values: Sequence[float]) -> Fraction:
    return sum((_decimal(value) for value in values), Fraction(0))


def grade(
    score: Score,
    *,
    grade_min: float,
    grade_max: float,
    lock_zero: bool = True,
    decimals: bool = True,
) -> float:
    """Return the grade Moodle gives a rubric score (``get_grade``).

    With minscore, maxscore and curscore the sums of the criteria's fewest, most and
    earned points (``gradingform_rubric_instance::get_grade`` in
    grade/grading/form/rubric/lib.php):

    - with "lock zero points" (Moodle's default, *lock_zero*: "Calculate grade based
      on the rubric having a minimum score of 0"):
      ``max(grade_min, curscore / maxscore * grade_max)``, rounded unless
      *decimals*;
    - without it, the rubric's range stretched onto the grade range:
      ``(curscore - minscore) / (maxscore - minscore) * (grade_max - grade_min)``,
      rounded unless *decimals*, plus *grade_min*.

    Rounding is PHP's ``round``: to the nearest whole number, halves away from zero.
    Each number is read as the decimal Moodle stores, so that 3.5 computed from
    scores of 0.1 and 0.7 is 3.5 and rounds up, as in Moodle.

    A point grade out of 100 is ``grade_min=0, grade_max=100`` and keeps its
    decimals (Moodle's assignment allows them on point grades and shows two); a
    scale of four items is ``grade_min=1, grade_max=4, decimals=False``, and the
    grade is the number of the item, counted from 1.

    Args:
        score: The score of an assessment that rates every criterion, as Moodle's
            fillings do (`selfassess.rubrics.Assessment.score`).
        grade_min: The lowest grade: 0 for a point grade, 1 for a scale.
        grade_max: The highest grade: the maximum grade, or the number of the
            scale's items; greater than *grade_min*.
        lock_zero: Whether "lock zero points" is on.
        decimals: Whether the grade keeps its decimals.

    Returns:
        The grade; below *grade_min* or above *grade_max* only without lock zero
        on points given beyond the rubric's levels, which Moodle's fillings never
        give.

    Raises:
        ArgumentTypeError: If an argument is of the wrong type.
        InvalidDataError: If the grades are not finite or *grade_max* is not above
            *grade_min*; or if Moodle gives no grade: the score's most points are
            not above its fewest (``maxscore <= minscore``), or with lock zero they
            are 0 or less.

    Example:
        >>> from selfassess.interop import moodle
        >>> from selfassess.rubrics import CriterionScore, Score
        >>> score = Score(assessment="a1", rubric="r", criteria=[
        ...     CriterionScore(criterion="c1", points=25, minimum=20, maximum=50),
        ...     CriterionScore(criterion="c2", points=20, minimum=20, maximum=30),
        ...     CriterionScore(criterion="c3", points=10, minimum=10, maximum=20),
        ... ])
        >>> moodle.grade(score, grade_min=0, grade_max=100)
        55.0
        >>> moodle.grade(score, grade_min=0, grade_max=100, lock_zero=False)
        10.0
        >>> moodle.grade(score, grade_min=1, grade_max=4, decimals=False)
        2.0
    """
    arguments = Arguments()
    arguments.instance("score", score, Score)
    bottom = arguments.number("grade_min", grade_min)
    top = arguments.number("grade_max", grade_max)
    arguments.boolean("lock_zero", lock_zero)
    arguments.boolean("decimals", decimals)
    arguments.done()
    if top <= bottom:
        message = f"must be greater than grade_min ({bottom:g}) (got {top:g})"
        raise InvalidDataError.single("grade_max", message)
    rows = [row for row in score.criteria if row.counted]
    low = _sum([row.minimum for row in rows])
    high = _sum([row.maximum for row in rows])
    total = _sum([row.points for row in rows])
    if high <= low:
        message = (
            "must have more points at most than at least: Moodle gives no grade "
            f"when maxscore ({float(high):g}) is not above minscore ({float(low):g})"
        )
        raise InvalidDataError.single("score", message)
    if lock_zero and high <= 0:
        message = (
            "must have a maximum above 0 to count from zero points: Moodle's rubric "
            f"editor refuses a rubric whose maxscore is {float(high):g}"
        )
        raise InvalidDataError.single("score", message)
    least, most = _decimal(bottom), _decimal(top)
    if lock_zero:
        found = max(least, total / high * most)
        return float(found if decimals else _php_round(found))
    offset = (total - low) / (high - low) * (most - least)
    return float((offset if decimals else _php_round(offset)) + least)
