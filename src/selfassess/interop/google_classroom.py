"""Google Classroom rubrics and rubric grades: read them, and write a rubric back.

Classroom keeps at most one rubric on a piece of course work
(``courses.courseWork.rubrics``): criteria, each with levels that have a title, a
description and, on a scored rubric, points. A student's submission
(``courses.courseWork.studentSubmissions``) carries the teacher's rubric grades twice:
``draftRubricGrades`` while grading and ``assignedRubricGrades`` once returned, each a
map from criterion id to a ``RubricGrade`` (``criterionId``, ``levelId``, ``points``).

Classroom's own rules ("Rubrics structure and known limitations",
https://developers.google.com/classroom/rubrics/limitations, and the REST reference
of ``Rubric``, ``Criterion`` and ``Level``), which the readers and the writer here
hold to:

- a rubric has at least one criterion and at most 50; a criterion has at least one
  level and at most 10;
- the levels of a rubric are all scored (they have ``points``) or all unscored (no
  ``points``; ``null`` is not accepted);
- the scored levels of a criterion have distinct points, sorted increasing or
  decreasing (`read_rubric` takes them in any order; `write_rubric` writes them
  lowest or highest first); a rubric cannot be one criterion with one level of 0
  points;
- a level without points must have a title;
- a teacher may grade only some criteria, give a criterion points other than its
  levels', or give points without choosing a level: the rubric guides the grade
  and does not limit it.

Classroom documents no limit on the length of a title or a description, so none is
checked here.

How the models map (see `selfassess.rubrics`): a Classroom criterion is a
`~selfassess.rubrics.Criterion` (id, title, description), optional (``required`` is
false, since a teacher may leave it ungraded); a level is a
`~selfassess.rubrics.Descriptor` (id, title, description, points); the rubric has no
scale (``scale=None``); a rubric grade is a `~selfassess.rubrics.Rating` naming the
level by its id, with the points given kept as given.

Edge: uses the standard library and the layers below; nothing imports it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from selfassess._people import Role
from selfassess._validate import Arguments, Checker, shown
from selfassess.errors import InvalidDataError, Problem
from selfassess.interop._payload import Payload, join
from selfassess.rubrics import Assessment, Criterion, Descriptor, Rating, Rubric

__all__ = [
    "MAX_CRITERIA",
    "MAX_LEVELS",
    "read_grades",
    "read_rubric",
    "write_rubric",
]

MAX_CRITERIA = 50
"""The most criteria a Classroom rubric can have (Classroom's limitations page)."""

MAX_LEVELS = 10
"""The most levels ("performance levels") a Classroom criterion can have."""

_DEFAULT_TITLE = "Google Classroom rubric"
"""The title a rubric read from Classroom gets, since Classroom's rubric has none."""


# --------------------------------------------------------------------------------------
# read_rubric
# --------------------------------------------------------------------------------------


class _Level(NamedTuple):
    """A level as read, with its path, before the criterion orders its levels."""

    path: str
    id: str | None
    title: str
    description: str
    points: float | None
    scored: bool


def read_rubric(
    rubric: Mapping[str, Any],
    *,
    id: str | None = None,
    title: str = _DEFAULT_TITLE,
    best_first: bool = False,
) -> Rubric:
    """Read a Classroom course work rubric as a `~selfassess.rubrics.Rubric`.

    Every criterion becomes an optional criterion (a Classroom teacher may leave any
    ungraded) with one descriptor for each of its levels, and the rubric has no
    scale. The levels of a scored criterion are put lowest points first, whatever
    order Classroom lists them in, so that the rubric's
    `~selfassess.rubrics.Rubric.maximum` is Classroom's total points. Unscored
    levels have no points to order them by: they are kept in the order given,
    which must then be lowest first, or best first with *best_first* (Classroom
    shows unscored levels in the order the teacher wrote them, and a teacher cannot
    re-sort them).

    Args:
        rubric: The ``Rubric`` resource, decoded from JSON, as
            ``courses.courseWork.rubrics.get`` returns it. Fields Classroom sets
            alone (``courseId``, ``courseWorkId``, ``creationTime``,
            ``updateTime``, ``previewVersion``) are not read.
        id: The rubric's id, for a rubric without one (a body written for
            ``create``); otherwise Classroom's ``id`` is kept.
        title: The rubric's title: Classroom's rubric has none (the course work
            has one; pass it).
        best_first: Whether the levels of an unscored rubric are listed best
            first, so that they are reversed; scored levels are ordered by points
            either way.

    Returns:
        The rubric, with every criterion's and level's Classroom id kept.

    Raises:
        ArgumentTypeError: If *id*, *title* or *best_first* is of the wrong type.
        InvalidDataError: If the payload breaks a rule Classroom holds to (see the
            module's description), or a value is missing or of the wrong type,
            listing every problem with its path in the payload
            (``criteria[2].levels[0].points``).

    Example:
        >>> from selfassess.interop.google_classroom import read_rubric
        >>> rubric = read_rubric({
        ...     "id": "rubric-7",
        ...     "criteria": [{
        ...         "id": "c1", "title": "Thesis", "description": "States a claim.",
        ...         "levels": [
        ...             {"id": "l3", "title": "Strong", "points": 6},
        ...             {"id": "l2", "title": "Developing", "points": 3},
        ...             {"id": "l1", "title": "Missing", "points": 0},
        ...         ],
        ...     }],
        ... }, title="Essay")
        >>> [(d.title, d.points) for d in rubric.criterion("c1").descriptors]
        [('Missing', 0.0), ('Developing', 3.0), ('Strong', 6.0)]
        >>> rubric.maximum
        6.0
    """
    arguments = Arguments()
    arguments.optional_text("id", id)
    arguments.text("title", title)
    arguments.boolean("best_first", best_first)
    arguments.done()
    payload = Payload()
    data = payload.mapping("", rubric)
    if data is None:
        payload.done()
    assert data is not None  # for mypy: done() raised otherwise
    rubric_id = id
    if rubric_id is None:
        if "id" in data:
            rubric_id = payload.identifier("", data, "id")
        else:
            payload.add(
                "id",
                "is missing: give id= to read a rubric Classroom has not stored yet",
            )
    raw = _listed(payload, "", data, "criteria")
    criteria: list[_Criterion] = []
    if raw is not None:
        _check_count(
            payload, "criteria", len(raw), ("criterion", "criteria"), MAX_CRITERIA
        )
        for index, item in enumerate(raw):
            found = _read_criterion(payload, f"criteria[{index}]", item)
            if found is not None:
                criteria.append(found)
    _check_unique(payload, [(c.path, c.id) for c in criteria], "criteria")
    _check_scoring(payload, [level for c in criteria for level in c.levels])
    if len(criteria) == 1:
        _check_lone_zero(payload, criteria[0].levels)
    payload.done()
    assert rubric_id is not None  # for mypy: done() raised otherwise
    return Rubric(
        id=rubric_id,
        title=title,
        scale=None,
        criteria=[criterion.build(best_first) for criterion in criteria],
    )


def _listed(
    payload: Payload, path: str, data: Mapping[str, Any], key: str
) -> Sequence[Any] | None:
    """The list at *key*: missing or not a list is one problem, not two."""
    if key not in data:
        payload.add(join(path, key), "is missing")
        return None
    return payload.items(join(path, key), data[key])


def _check_count(
    payload: Payload, path: str, count: int, what: tuple[str, str], most: int
) -> None:
    """At least one, and at most *most*, of *what* (singular, plural) at *path*."""
    one, many = what
    if count == 0:
        payload.add(path, f"must have at least one {one} (got none)")
    elif count > most:
        payload.add(path, f"must have at most {most} {many} in Classroom (got {count})")


def _read_levels(
    payload: Payload, path: str, criterion: Mapping[str, Any]
) -> list[_Level]:
    levels_path = join(path, "levels")
    raw = _listed(payload, path, criterion, "levels")
    if raw is None:
        return []
    _check_count(payload, levels_path, len(raw), ("level", "levels"), MAX_LEVELS)
    levels = []
    for index, item in enumerate(raw):
        level_path = f"{levels_path}[{index}]"
        found = payload.mapping(level_path, item)
        if found is None:
            continue
        level_id = payload.identifier(level_path, found, "id", required=False)
        title = payload.text(level_path, found, "title", required=False) or ""
        description = (
            payload.text(level_path, found, "description", required=False) or ""
        )
        # Classroom accepts no null points: a level without points leaves them out.
        points = payload.number(level_path, found, "points", required=False)
        scored = "points" in found
        wrong_kind = not isinstance(found.get("title"), (str, type(None)))
        if not scored and not title.strip() and not wrong_kind:
            payload.add(
                join(level_path, "title"),
                "must be set on a level without points, as Classroom requires "
                f"(got {shown(found.get('title'))})",
            )
        levels.append(_Level(level_path, level_id, title, description, points, scored))
    return levels


def _check_scoring(payload: Payload, levels: list[_Level]) -> None:
    """All levels scored or all unscored, as most of them are (the first, on a tie)."""
    if not levels:
        return
    with_points = sum(level.scored for level in levels)
    scored = with_points * 2 > len(levels) or (
        with_points * 2 == len(levels) and levels[0].scored
    )
    model = next(level for level in levels if level.scored == scored)
    for level in levels:
        if level.scored == scored:
            continue
        if scored:
            message = (
                "is missing: every level of a scored Classroom rubric has points "
                f"({model.path} has some)"
            )
        else:
            got = "" if level.points is None else f" (got {level.points:g})"
            message = (
                "must be left out: no level of an unscored Classroom rubric has "
                f"points ({model.path} has none){got}"
            )
        payload.add(join(level.path, "points"), message)


def _check_lone_zero(payload: Payload, levels: list[_Level]) -> None:
    """Classroom refuses a rubric of one criterion with one level of 0 points."""
    if len(levels) == 1 and levels[0].scored and levels[0].points == 0:
        payload.add(
            join(levels[0].path, "points"),
            "must not be 0 on the only level of the only criterion: Classroom "
            "refuses such a rubric (got 0)",
        )


class _Criterion(NamedTuple):
    """A criterion as read, with its path, built into a model once all is checked."""

    path: str
    id: str | None
    title: str | None
    description: str
    levels: list[_Level]

    def build(self, best_first: bool) -> Criterion:
        """The criterion, its levels lowest first (call only when all is checked)."""
        assert self.id is not None  # for mypy: checked before
        assert self.title is not None
        levels = self.levels
        if levels and all(level.points is not None for level in levels):
            # Lowest first, whatever order Classroom gives (it allows either).
            ordered = sorted(levels, key=lambda level: level.points or 0.0)
        else:
            ordered = list(reversed(levels)) if best_first else list(levels)
        return Criterion(
            id=self.id,
            title=self.title,
            description=self.description,
            required=False,
            descriptors=[
                Descriptor(
                    title=level.title,
                    description=level.description,
                    points=level.points,
                    id=level.id,
                )
                for level in ordered
            ],
        )


def _read_criterion(payload: Payload, path: str, item: object) -> _Criterion | None:
    criterion = payload.mapping(path, item)
    if criterion is None:
        return None
    criterion_id = payload.identifier(path, criterion, "id")
    title = payload.text(path, criterion, "title", empty=False)
    description = payload.text(path, criterion, "description", required=False) or ""
    levels = _read_levels(payload, path, criterion)
    _check_unique(payload, [(level.path, level.id) for level in levels], "levels")
    seen: dict[float, str] = {}
    for level in levels:
        if level.points is None:
            continue
        if level.points in seen:
            payload.add(
                join(level.path, "points"),
                "must differ from the points of every other level of the "
                f"criterion, as Classroom requires ({seen[level.points]} has "
                f"{level.points:g} too)",
            )
        else:
            seen[level.points] = level.path
    return _Criterion(path, criterion_id, title, description, levels)


def _check_unique(
    payload: Payload, ids: Sequence[tuple[str, str | None]], what: str
) -> None:
    """Report each id used again among the criteria, or a criterion's levels."""
    seen: dict[str, str] = {}
    for where, found in ids:
        if found is None:
            continue
        if found in seen:
            payload.add(
                join(where, "id"),
                f"must be unique among the {what}: {shown(found)} is already the id "
                f"of {seen[found]}",
            )
        else:
            seen[found] = where


# --------------------------------------------------------------------------------------
# read_grades
# --------------------------------------------------------------------------------------

_RATING_PATH = re.compile(r"ratings\[(\d+)\](?:\.(\w+))?(.*)")
_GRADE_FIELDS = {
    "descriptor": "levelId",
    "points": "points",
    "criterion": "criterionId",
}


def read_grades(
    submission: Mapping[str, Any],
    rubric: Rubric,
    *,
    assessed_on: date,
    rater: str,
    draft: bool = False,
    id: str | None = None,
    student: str | None = None,
) -> Assessment:
    """Read a student submission's rubric grades as a teacher's assessment.

    Each ``RubricGrade`` becomes a `~selfassess.rubrics.Rating` of its criterion:
    the level chosen by its ``levelId``, and the ``points`` given kept as given,
    even off the level's own points (a teacher's 6.5 on a 6-point level) or without
    a level. Criteria left ungraded are left unrated, as Classroom allows.

    Args:
        submission: The ``StudentSubmission`` resource, decoded from JSON, as
            ``courses.courseWork.studentSubmissions.get`` returns it.
        rubric: The rubric graded, as `read_rubric` read it from the course work.
        assessed_on: The day the grades were given: a submission does not say.
        rater: The id of the teacher who graded.
        draft: Whether to read ``draftRubricGrades`` (the grades while grading)
            rather than ``assignedRubricGrades`` (the grades returned).
        id: The assessment's id; the submission's ``id`` by default.
        student: The student's id; the submission's ``userId`` by default.

    Returns:
        The assessment, role `selfassess.Role.TEACHER`, its ratings in the rubric's
        order; ``score().total`` is the sum of the points given.

    Raises:
        ArgumentTypeError: If an argument other than *submission* is of the wrong
            type.
        InvalidDataError: If the submission is for another rubric (``rubricId``),
            a grade names a criterion or a level the rubric does not have, gives
            points on an unscored criterion or neither a level nor points, or a
            value is missing or of the wrong type, listing every problem with its
            path in the payload (``assignedRubricGrades.c1.levelId``).

    Example:
        >>> from datetime import date
        >>> from selfassess.interop.google_classroom import read_grades, read_rubric
        >>> rubric = read_rubric({"id": "rubric-7", "criteria": [
        ...     {"id": "c1", "title": "Thesis", "levels": [
        ...         {"id": "l1", "title": "Missing", "points": 0},
        ...         {"id": "l2", "title": "Strong", "points": 6}]},
        ...     {"id": "c2", "title": "Sources", "levels": [
        ...         {"id": "l3", "title": "Few", "points": 1},
        ...         {"id": "l4", "title": "Many", "points": 4}]},
        ... ]})
        >>> submission = {
        ...     "id": "Cg4I", "userId": "ana", "rubricId": "rubric-7",
        ...     "assignedRubricGrades": {
        ...         "c1": {"criterionId": "c1", "levelId": "l2", "points": 6.5},
        ...         "c2": {"criterionId": "c2", "points": 2},
        ...     },
        ... }
        >>> assessment = read_grades(
        ...     submission, rubric, assessed_on=date(2026, 10, 2), rater="okafor")
        >>> score = assessment.score()
        >>> score.total, score.maximum, [row.as_given for row in score.criteria]
        (8.5, 10.0, [True, True])
    """
    arguments = Arguments()
    arguments.instance("rubric", rubric, Rubric)
    arguments.day("assessed_on", assessed_on)
    arguments.text("rater", rater)
    arguments.boolean("draft", draft)
    arguments.optional_text("id", id)
    arguments.optional_text("student", student)
    arguments.done()
    payload = Payload()
    data = payload.mapping("", submission)
    if data is None:
        payload.done()
    assert data is not None  # for mypy: done() raised otherwise
    key = "draftRubricGrades" if draft else "assignedRubricGrades"
    assessment_id = id if id is not None else payload.identifier("", data, "id")
    student_id = (
        student if student is not None else payload.identifier("", data, "userId")
    )
    rubric_id = payload.identifier("", data, "rubricId", required=False)
    if rubric_id is not None and rubric_id != rubric.id:
        payload.add(
            "rubricId",
            f"must be the id of the rubric given ({shown(rubric.id)}) "
            f"(got {shown(rubric_id)})",
        )
    # Classroom leaves the map out when no grade has been set.
    grades = payload.mapping(key, data[key]) if key in data else {}
    order = {criterion.id: index for index, criterion in enumerate(rubric.criteria)}
    rated: list[tuple[int, str, Rating]] = []
    for name, grade in (grades or {}).items():
        found = _read_grade(payload, join(key, name), name, grade, rubric)
        if found is not None:
            rated.append((order[name], join(key, name), found))
    payload.done()
    assert assessment_id is not None  # for mypy: done() raised otherwise
    assert student_id is not None
    rated.sort(key=lambda item: item[0])
    paths = [path for _, path, _ in rated]
    try:
        return Assessment(
            id=assessment_id,
            rubric=rubric,
            student=student_id,
            rater=rater,
            role=Role.TEACHER,
            assessed_on=assessed_on,
            ratings=[rating for _, _, rating in rated],
        )
    except InvalidDataError as error:
        raise _in_payload(error, paths, key) from None


def _read_grade(
    payload: Payload, path: str, name: str, grade: object, rubric: Rubric
) -> Rating | None:
    """One ``RubricGrade``, checked against the rubric; ``None`` if it is wrong."""
    before = len(payload.check.problems) + payload.check.omitted
    found = payload.mapping(path, grade)
    if found is None:
        return None
    criterion_id = payload.identifier(path, found, "criterionId", required=False)
    if criterion_id is not None and criterion_id != name:
        payload.add(
            join(path, "criterionId"),
            f"must be the criterion id the grade is filed under ({shown(name)}) "
            f"(got {shown(criterion_id)})",
        )
    level = payload.text(path, found, "levelId", required=False)
    level = level or None  # Classroom: "If empty, no level was selected."
    points = payload.number(path, found, "points", required=False)
    criteria = {criterion.id: criterion for criterion in rubric.criteria}
    criterion = criteria.get(name)
    if criterion is None:
        known = ", ".join(shown(c.id) for c in rubric.criteria)
        payload.add(path, f"must be filed under a criterion id of the rubric ({known})")
    else:
        _check_choice(payload, path, criterion, level, points)
    if len(payload.check.problems) + payload.check.omitted > before:
        return None
    return Rating(criterion=name, descriptor=level, points=points)


def _check_choice(
    payload: Payload,
    path: str,
    criterion: Criterion,
    level: str | None,
    points: float | None,
) -> None:
    ids = [d.id for d in criterion.descriptors if d.id is not None]
    if level is not None and level not in ids:
        listed = ", ".join(shown(found) for found in ids) or "none has an id"
        payload.add(
            join(path, "levelId"),
            f"must be the id of a level of {shown(criterion.id)} ({listed}) "
            f"(got {shown(level)})",
        )
    if points is not None and criterion.points_range is None:
        payload.add(
            join(path, "points"),
            f"must be left out: the levels of {shown(criterion.id)} have no points "
            f"(got {points:g})",
        )
    if level is None and points is None:
        payload.add(path, "must give a levelId or points (got neither)")


def _in_payload(
    error: InvalidDataError, paths: list[str], key: str
) -> InvalidDataError:
    """The assessment's problems at the paths of the grades that caused them."""
    problems = []
    for problem in error.problems:
        match = _RATING_PATH.fullmatch(problem.path)
        if match is not None and int(match[1]) < len(paths):
            where = paths[int(match[1])]
            field = match[2]
            if field is not None:
                where = join(where, _GRADE_FIELDS.get(field, field)) + match[3]
        elif problem.path == "ratings":
            where = key
        else:
            where = problem.path
        problems.append(Problem(where, problem.message))
    return InvalidDataError(problems, omitted=error.omitted)


# --------------------------------------------------------------------------------------
# write_rubric
# --------------------------------------------------------------------------------------


def write_rubric(
    rubric: Rubric, *, ids: bool = False, best_first: bool = False
) -> dict[str, Any]:
    """Write a rubric as a Classroom ``Rubric`` body, refusing what Classroom refuses.

    Each criterion becomes a Classroom criterion (``title``, ``description``,
    ``levels``), each of its descriptors a level (``title``, ``description``, and
    ``points`` on a scored rubric), lowest first unless *best_first*. A criterion
    rated on the rubric's scale is written with its levels' titles and points; the
    scale itself is not kept. Classroom has no place for a rubric's title, kind or
    description, a criterion's standards, success criterion or can-do statements,
    nor for whether a criterion is required: these are not written, and
    `read_rubric` reads every criterion back as optional.

    Args:
        rubric: The rubric to write.
        ids: Whether to write the criteria's and levels' ids: yes to update a rubric
            read from Classroom (``patch`` with ``updateMask=criteria``: an id
            Classroom gave is an edit), no to create one (Classroom gives the ids,
            and refuses ids it does not know).
        best_first: Whether to list each criterion's levels best first, as many
            Classroom rubrics are; Classroom accepts either order.

    Returns:
        The body, ``{"criteria": [...]}``, ready to encode as JSON.

    Raises:
        ArgumentTypeError: If an argument is of the wrong type.
        InvalidDataError: If Classroom would refuse the rubric or could not hold it,
            listing every problem with its path in the rubric
            (``criteria[2].descriptors[0].points``): more than 50 criteria or more
            than 10 levels on one; a feedback-only criterion (Classroom rates every
            criterion on levels); scored and unscored criteria together; two levels
            of a criterion with equal points; a level without points and without a
            title; one criterion with one level of 0 points; a criterion with a
            range of points, left out of the total, or weighted (Classroom has
            none of these).

    Example:
        >>> from selfassess.interop.google_classroom import write_rubric
        >>> from selfassess.rubrics import Criterion, Descriptor, Rubric
        >>> rubric = Rubric(id="r1", title="Poster", scale=None, criteria=[
        ...     Criterion(id="neat", title="Neatness", descriptors=[
        ...         Descriptor(title="Messy", points=0),
        ...         Descriptor(title="Neat", description="Easy to read.", points=2),
        ...     ]),
        ... ])
        >>> write_rubric(rubric)
        {'criteria': [{'title': 'Neatness', 'description': '', 'levels': [{'title': 'Messy', 'description': '', 'points': 0.0}, {'title': 'Neat', 'description': 'Easy to read.', 'points': 2.0}]}]}
    """
    arguments = Arguments()
    arguments.instance("rubric", rubric, Rubric)
    arguments.boolean("ids", ids)
    arguments.boolean("best_first", best_first)
    arguments.done()
    check = Checker()
    criteria = rubric.criteria
    if len(criteria) > MAX_CRITERIA:
        check.add(
            "criteria",
            f"must have at most {MAX_CRITERIA} criteria in Classroom "
            f"(got {len(criteria)})",
        )
    first_scored: tuple[str, bool] | None = None
    for index, criterion in enumerate(criteria):
        path = f"criteria[{index}]"
        if not _writable(check, path, criterion):
            continue
        scored = criterion.points_range is not None
        if first_scored is None:
            first_scored = (path, scored)
        elif scored != first_scored[1]:
            wanted = (
                f"must all have points, as the levels of {first_scored[0]} do"
                if first_scored[1]
                else f"must have no points, as the levels of {first_scored[0]} have none"
            )
            check.add(
                f"{path}.descriptors",
                f"{wanted}: a Classroom rubric is scored throughout or unscored "
                "throughout",
            )
        _check_levels(check, path, criterion, scored)
    if len(criteria) == 1 and len(criteria[0].descriptors) == 1:
        only = criteria[0].descriptors[0]
        if only.points == 0:
            check.add(
                "criteria[0].descriptors[0].points",
                "must not be 0 on the only level of the only criterion: Classroom "
                "refuses such a rubric (got 0)",
            )
    check.done()
    return {
        "criteria": [_written(criterion, ids, best_first) for criterion in criteria]
    }


def _writable(check: Checker, path: str, criterion: Criterion) -> bool:
    """Whether the criterion has levels Classroom can hold; report what it cannot."""
    if criterion.feedback_only:
        check.add(
            f"{path}.feedback_only",
            "must be false: Classroom rates every criterion on levels (got True)",
        )
        return False
    if criterion.use_range:
        check.add(
            f"{path}.use_range",
            "must be false: Classroom's levels are worth their points, not a range "
            "(got True)",
        )
    if not criterion.counted:
        check.add(
            f"{path}.counted",
            "must be true: Classroom counts every criterion in the total (got False)",
        )
    if criterion.weight != 1:
        check.add(
            f"{path}.weight",
            f"must be 1: Classroom does not weight criteria (got {criterion.weight:g})",
        )
    count = len(criterion.descriptors)
    if count > MAX_LEVELS:
        check.add(
            f"{path}.descriptors",
            f"must have at most {MAX_LEVELS} levels in Classroom (got {count})",
        )
    return True


def _check_levels(
    check: Checker, path: str, criterion: Criterion, scored: bool
) -> None:
    seen: dict[float, int] = {}
    for index, descriptor in enumerate(criterion.descriptors):
        where = f"{path}.descriptors[{index}]"
        if scored:
            assert descriptor.points is not None  # for mypy: points_range checked
            if descriptor.points in seen:
                check.add(
                    f"{where}.points",
                    "must differ from the points of every other level of the "
                    f"criterion, as Classroom requires (descriptors[{seen[descriptor.points]}] "
                    f"has {descriptor.points:g} too)",
                )
            else:
                seen[descriptor.points] = index
        elif not descriptor.title.strip():
            check.add(
                f"{where}.title",
                "must not be empty on a level without points: Classroom requires a "
                f"title there (got {shown(descriptor.title)})",
            )


def _written(criterion: Criterion, ids: bool, best_first: bool) -> dict[str, Any]:
    levels = []
    for descriptor in criterion.descriptors:
        level: dict[str, Any] = {}
        if ids and descriptor.id is not None:
            level["id"] = descriptor.id
        level["title"] = descriptor.title
        level["description"] = descriptor.description
        if descriptor.points is not None:
            level["points"] = descriptor.points
        levels.append(level)
    if best_first:
        levels.reverse()
    written: dict[str, Any] = {}
    if ids:
        written["id"] = criterion.id
    written["title"] = criterion.title
    written["description"] = criterion.description
    written["levels"] = levels
    return written
