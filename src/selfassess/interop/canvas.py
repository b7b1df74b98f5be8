"""Canvas LMS: rubrics, rubric assessments, outcome policies and outcome results.

Each function takes the decoded JSON of one Canvas API response (never a URL, never
a file) and gives back selfassess's own models, or the reverse:

- `read_rubric`: a Rubric (Rubrics API) as a `selfassess.rubrics.Rubric`;
- `read_assessment`: a RubricAssessment as a `selfassess.rubrics.Assessment`;
- `write_assessment`: an `~selfassess.rubrics.Assessment` as the body Canvas's rubric-assessment
  endpoint takes;
- `read_outcome_policy`: an Outcome's calculation method as a
  `selfassess.mastery.MasteryPolicy` on the outcome's own scale;
- `read_results`: an ``outcome_results`` response as `selfassess.Evidence`, with
  the policies of the outcomes linked to it.

A payload Canvas itself would store is read faithfully; one it refuses, or one
that disagrees with itself (a ``points_possible`` that is not the sum of the
criteria, a ``score`` that is not the sum of the points), raises
`~selfassess.errors.InvalidDataError` with the payload's own paths
(``data[2].ratings[0].points``).

Sources, in instructure/canvas-lms: ``app/controllers/rubrics_api_controller.rb``
and ``lib/api/v1/rubric.rb`` (the Rubric object, ``data`` and ``criteria``),
``app/models/rubric.rb`` (``generate_criteria``, ``total_points_from_criteria``,
``RubricUniqueAlignments``), ``lib/api/v1/rubric_assessment.rb`` and
``app/models/rubric_assessment.rb`` (the RubricAssessment object),
``app/controllers/rubric_assessments_controller.rb`` and
``app/models/rubric_association.rb`` (``assess``: the endpoint's
``rubric_assessment[criterion_<id>][points]``, ``[rating_id]`` and ``[comments]``),
``lib/api/v1/outcome.rb``, ``app/models/learning_outcome.rb`` and
``app/models/outcome_calculation_method.rb`` (calculation methods and their
values), ``app/models/rollup_score.rb`` and
``app/helpers/rollup_score_aggregator_helper.rb`` (how Canvas rolls results up,
and scales a result's score), ``lib/api/v1/outcome_results.rb`` and
``app/controllers/outcome_results_controller.rb`` (the OutcomeResult object).

Edge: uses the standard library, the core, `selfassess.rubrics` and
`selfassess.mastery`; no other interop module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, tzinfo
from functools import partial
from types import MappingProxyType
from typing import Any

import attrs

from selfassess import BandCuts, Evidence, EvidenceKind, Level, Role, Scale
from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import InvalidDataError
from selfassess.interop._payload import Payload, join
from selfassess.mastery import MasteryMethod, MasteryPolicy
from selfassess.rubrics import Assessment, Criterion, Descriptor, Rating, Rubric

__all__ = [
    "CanvasResults",
    "read_assessment",
    "read_outcome_policy",
    "read_results",
    "read_rubric",
    "write_assessment",
]

_PRECISION = 4
"""Canvas rounds a rubric's ``points_possible`` and an assessment's ``score`` to 4
decimals (``Rubric::POINTS_POSSIBLE_PRECISION``)."""

_CRITERION_KEY = "criterion_"
"""The endpoint names each criterion's fields ``criterion_<criterion id>``."""


# --------------------------------------------------------------------------------------
# Model errors, seen from the payload
# --------------------------------------------------------------------------------------

_HEAD = re.compile(r"^([A-Za-z_]\w*)(?:\[(\d+)\])?(?:\.(.*))?$")


def _head(path: str) -> tuple[str, int | None, str]:
    """The first name of a model path, its index if any, and the rest."""
    found = _HEAD.match(path)
    if found is None:
        return path, None, ""
    name, index, rest = found.groups()
    return name, None if index is None else int(index), rest or ""


def _absorb(p: Payload, error: InvalidDataError, where: Callable[[str], str]) -> None:
    """Record a model's problems at the payload's paths that *where* gives."""
    for problem in error.problems:
        p.add(where(problem.path), problem.message)


def _count(p: Payload) -> int:
    """How many problems *p* has recorded so far."""
    return len(p.check.problems) + p.check.omitted


def _list(
    p: Payload, path: str, data: Mapping[str, Any], key: str
) -> Sequence[Any] | None:
    """The list at *key*: one problem if it is missing, one if it is not a list."""
    if key not in data:
        p.field(path, data, key)
        return None
    return p.items(join(path, key), data[key])


def _object(
    p: Payload, path: str, data: Mapping[str, Any], key: str
) -> Mapping[str, Any] | None:
    """The object at *key*: one problem if it is missing, one if it is not one."""
    if key not in data:
        p.field(path, data, key)
        return None
    return p.mapping(join(path, key), data[key])


def _under(where: Callable[[str], str], prefix: str, path: str) -> str:
    """Where a problem of an item lies, seen as the item at *prefix* of a list."""
    return where(f"{prefix}.{path}" if path else prefix)


_CRITERION_FIELDS = {
    "id": "id",
    "title": "description",
    "description": "long_description",
    "use_range": "criterion_use_range",
    "counted": "ignore_for_scoring",
    "outcome": "learning_outcome_id",
    "standards": "learning_outcome_id",
    "mastery_points": "mastery_points",
}
_RATING_FIELDS = {
    "title": "description",
    "description": "long_description",
    "points": "points",
    "id": "id",
}


def _rating_path(base: str, path: str) -> str:
    """The payload path of a `Descriptor` problem, for the rating at *base*."""
    name, _, _ = _head(path)
    return join(base, _RATING_FIELDS.get(name, name)) if path else base


def _criterion_path(base: str, path: str, order: Sequence[int]) -> str:
    """The payload path of a `Criterion` problem, for the criterion at *base*.

    *order* gives the payload's index of each descriptor, lowest first.
    """
    name, index, rest = _head(path)
    if name == "descriptors":
        if index is None or index >= len(order):
            return join(base, "ratings")
        return _rating_path(join(join(base, "ratings"), order[index]), rest)
    return join(base, _CRITERION_FIELDS.get(name, name)) if path else base


# --------------------------------------------------------------------------------------
# Rubrics
# --------------------------------------------------------------------------------------


@attrs.frozen
class _Parsed:
    """One criterion of the payload, read and checked, before it is built."""

    path: str
    fields: dict[str, Any]
    ratings: list[dict[str, Any]]

    @property
    def order(self) -> list[int]:
        """The payload's indexes of the ratings, lowest points first.

        Canvas lists ratings highest first (ties by description); reading them by
        points, lowest first, undoes that order exactly, and accepts either order.
        """
        return sorted(
            range(len(self.ratings)), key=lambda j: (self.ratings[j]["points"], -j)
        )


def _criteria_key(p: Payload, data: Mapping[str, Any]) -> str | None:
    """``data`` (always sent) or ``criteria`` (sent too with ``style=full``)."""
    has_data = data.get("data") is not None
    has_criteria = data.get("criteria") is not None
    if has_data and has_criteria and data["data"] != data["criteria"]:
        p.add(
            "criteria",
            "must be the same list as data: Canvas sends the rubric's criteria under "
            "both keys (criteria only with style=full)",
        )
    if has_data:
        return "data"
    if has_criteria:
        return "criteria"
    p.add(
        "data",
        "is missing: Canvas's Rubrics API gives the criteria as data (and as "
        "criteria with style=full)",
    )
    return None


def _parse_rating(p: Payload, path: str, item: object) -> dict[str, Any] | None:
    rating = p.mapping(path, item)
    if rating is None:
        return None
    return {
        "id": p.identifier(path, rating, "id", required=False, null=True),
        "title": p.text(path, rating, "description", required=False, null=True) or "",
        "description": p.text(
            path, rating, "long_description", required=False, null=True
        )
        or "",
        "points": p.number(path, rating, "points"),
    }


def _parse_criterion(p: Payload, path: str, item: object) -> _Parsed | None:
    criterion = p.mapping(path, item)
    if criterion is None:
        return None
    before = _count(p)
    fields = {
        "id": p.identifier(path, criterion, "id"),
        "title": p.text(path, criterion, "description", empty=False),
        "description": p.text(
            path, criterion, "long_description", required=False, null=True
        )
        or "",
        "points": p.number(path, criterion, "points", required=False, null=True),
        "use_range": p.boolean(path, criterion, "criterion_use_range"),
        "counted": not p.boolean(path, criterion, "ignore_for_scoring"),
        "outcome": p.identifier(
            path, criterion, "learning_outcome_id", required=False, null=True
        ),
        "mastery_points": p.number(
            path, criterion, "mastery_points", required=False, null=True
        ),
    }
    where = join(path, "ratings")
    items = _list(p, path, criterion, "ratings")
    if items is None:
        return None
    if not items:
        p.add(
            where,
            "must have at least one rating: a criterion without ratings cannot be "
            "rated (Canvas gives it 0 points)",
        )
        return None
    ratings = [
        _parse_rating(p, join(where, j), rating) for j, rating in enumerate(items)
    ]
    found = [rating for rating in ratings if rating is not None]
    if _count(p) != before:
        return None
    return _Parsed(path=path, fields=fields, ratings=found)


def _check_criteria(p: Payload, parsed: list[_Parsed]) -> None:
    """Canvas's rules on the criteria together, and on each criterion's points."""
    seen: dict[str, dict[str, str]] = {"id": {}, "outcome": {}}
    for item in parsed:
        for name, field, reason in (
            ("id", "id", "a rubric's criterion ids are unique"),
            (
                "outcome",
                "learning_outcome_id",
                "Canvas refuses a rubric that aligns an outcome more than once",
            ),
        ):
            value = item.fields[name]
            if value is None:
                continue
            first = seen[name].setdefault(value, item.path)
            if first != item.path:
                p.add(
                    join(item.path, field),
                    f"must differ from {first}.{field}: {reason} "
                    f"(got {shown(value)} again)",
                )
        given = item.fields["points"]
        if given is not None and item.ratings:
            highest = max(rating["points"] for rating in item.ratings)
            if given != highest:
                p.add(
                    join(item.path, "points"),
                    "must be the points of the criterion's highest rating, as Canvas "
                    f"makes them ({highest:g}) (got {given:g})",
                )


def _build_criterion(p: Payload, item: _Parsed) -> Criterion | None:
    """The criterion, ratings lowest first; problems recorded at the payload's paths."""
    order = item.order
    descriptors = []
    for j in order:
        base = join(join(item.path, "ratings"), j)
        try:
            descriptors.append(Descriptor(**item.ratings[j]))
        except InvalidDataError as error:
            _absorb(p, error, partial(_rating_path, base))
    if len(descriptors) != len(order):
        return None
    fields = {name: value for name, value in item.fields.items() if name != "points"}
    outcome = fields["outcome"]
    try:
        return Criterion(
            **fields,
            descriptors=descriptors,
            standards=() if outcome is None else (outcome,),
            # Canvas lets a rater leave any criterion out (RubricAssociation#assess
            # skips a criterion the assessment does not send).
            required=False,
        )
    except InvalidDataError as error:
        _absorb(p, error, lambda path: _criterion_path(item.path, path, order))
        return None


def read_rubric(rubric: Mapping[str, Any]) -> Rubric:
    """Read a Canvas rubric, as the Rubrics API gives it, into a `~selfassess.rubrics.Rubric`.

    Each Canvas criterion becomes a `~selfassess.rubrics.Criterion`: its ``id``;
    its ``description`` as the title and ``long_description`` as the description;
    ``criterion_use_range`` as ``use_range``; ``ignore_for_scoring`` as
    ``counted=False``; ``learning_outcome_id`` as ``outcome`` and as its one
    standard, so that a rating on it is evidence of the outcome; ``mastery_points``.
    Its ratings become its descriptors, lowest first (Canvas lists them highest
    first), each with its ``id``, ``description`` as the title, ``long_description``
    as the description, and ``points``. Every criterion is optional, as Canvas lets
    a rater leave any out. The rubric has no scale: its criteria are rated on their
    own ratings.

    Args:
        rubric: The Rubric object (``GET /api/v1/courses/:course_id/rubrics/:id``):
            ``id``, ``title``, ``points_possible`` and the criteria as ``data`` or,
            with ``style=full``, as ``criteria`` too.

    Returns:
        The rubric, whose `~selfassess.rubrics.Rubric.maximum` is Canvas's
        ``points_possible``.

    Raises:
        InvalidDataError: If the payload is not a Canvas rubric, breaks a rule
            Canvas keeps (a title; each outcome aligned once; a criterion's points
            those of its highest rating; ``points_possible`` the sum of the points
            of the criteria not ignored for scoring, to 4 decimals) or one of
            selfassess's (at least one criterion, each with at least one rating; no
            two ratings of equal points on a criterion with ranges), each problem at
            its path in the payload.

    Example:
        >>> payload = {
        ...     "id": 3, "title": "Lab report", "points_possible": 5.0,
        ...     "data": [{"id": "309_6312", "description": "Neatness", "points": 5.0,
        ...               "ratings": [
        ...                   {"id": "blank", "description": "Full Marks", "points": 5.0},
        ...                   {"id": "blank_2", "description": "No Marks", "points": 0.0},
        ...               ]}],
        ... }
        >>> rubric = read_rubric(payload)
        >>> rubric.maximum, [d.title for d in rubric.criterion("309_6312").descriptors]
        (5.0, ['No Marks', 'Full Marks'])
        >>> read_rubric({**payload, "points_possible": 10})
        Traceback (most recent call last):
        ...
        selfassess.errors.InvalidDataError: points_possible: must be the sum of the points of the criteria not ignored for scoring, as Canvas computes it (5) (got 10)
    """
    p = Payload()
    data = p.mapping("", rubric)
    if data is None:
        p.done()
        raise AssertionError  # pragma: no cover  # done() raised
    id = p.identifier("", data, "id")
    title = p.text("", data, "title", empty=False)
    points_possible = p.number("", data, "points_possible", required=False, null=True)
    key = _criteria_key(p, data)
    parsed: list[_Parsed] = []
    if key is not None:
        items = p.items(key, data[key])
        if items is not None and not items:
            p.add(key, "must have at least one criterion (got none)")
        for index, item in enumerate(items or ()):
            found = _parse_criterion(p, join(key, index), item)
            if found is not None:
                parsed.append(found)
        _check_criteria(p, parsed)
    built = [_build_criterion(p, item) for item in parsed]
    criteria = [criterion for criterion in built if criterion is not None]
    if not p.ok or id is None or title is None or key is None:
        p.done()
        raise AssertionError  # pragma: no cover  # done() raised

    def where(path: str) -> str:
        name, index, rest = _head(path)
        if name != "criteria":
            return path
        if index is None or index >= len(parsed):
            return key
        return _criterion_path(parsed[index].path, rest, parsed[index].order)

    try:
        read = Rubric(id=id, title=title, scale=None, criteria=criteria)
    except InvalidDataError as error:
        _absorb(p, error, where)
        p.done()
        raise AssertionError from error  # pragma: no cover  # done() raised
    if points_possible is not None:
        maximum = read.maximum
        # Canvas stores the sum rounded to 4 decimals (Rubric#generate_criteria).
        if round(maximum, _PRECISION) != round(points_possible, _PRECISION):
            p.add(
                "points_possible",
                "must be the sum of the points of the criteria not ignored for "
                f"scoring, as Canvas computes it ({maximum:g}) "
                f"(got {points_possible:g})",
            )
    p.done()
    return read


# --------------------------------------------------------------------------------------
# Rubric assessments
# --------------------------------------------------------------------------------------

_ROLES: Mapping[str, Role] = MappingProxyType(
    {
        "self_assessment": Role.STUDENT,
        "peer_review": Role.PEER,
        "grading": Role.TEACHER,
        # A moderated assignment's provisional grader is a teacher or a TA.
        "provisional_grade": Role.TEACHER,
    }
)
"""Canvas's ``assessment_type`` values and the rater's role each says."""

_TYPES: Mapping[Role, str] = MappingProxyType(
    {
        Role.STUDENT: "self_assessment",
        Role.PEER: "peer_review",
        Role.TEACHER: "grading",
    }
)
"""The ``assessment_type`` written for each role Canvas has."""


@attrs.frozen
class _Entry:
    """One criterion's entry of an assessment payload, read."""

    path: str
    criterion_path: str
    rating_key: str
    criterion: str
    points: float | None
    rating: str | None
    comment: str

    @property
    def empty(self) -> bool:
        """Whether it holds nothing: no points, no rating, no comment."""
        return self.points is None and self.rating is None and not self.comment


def _rating_id(p: Payload, path: str, data: Mapping[str, Any], key: str) -> str | None:
    """A rating id, where ``""`` (a form's empty field) is no id, as ``null`` is."""
    if data.get(key) == "":
        return None
    found: str | None = p.identifier(path, data, key, required=False, null=True)
    return found


def _entry(
    p: Payload,
    path: str,
    data: Mapping[str, Any],
    *,
    criterion: str | None,
    criterion_path: str,
    rating_key: str,
) -> _Entry | None:
    points = p.number(path, data, "points", required=False, null=True)
    rating = _rating_id(p, path, data, rating_key)
    comment = p.text(path, data, "comments", required=False, null=True) or ""
    if criterion is None:
        return None
    return _Entry(path, criterion_path, rating_key, criterion, points, rating, comment)


def _api_entries(p: Payload, data: Mapping[str, Any]) -> list[_Entry]:
    """The entries of a RubricAssessment's ``data`` (``style=full``)."""
    if data.get("data") is None:
        p.add(
            "data",
            "is missing: ask Canvas for the assessment with style=full, which sends "
            "each criterion's points, rating id and comments as data",
        )
        return []
    items = p.items("data", data["data"])
    entries = []
    seen: dict[str, str] = {}
    for index, item in enumerate(items or ()):
        path = join("data", index)
        found = p.mapping(path, item)
        if found is None:
            continue
        criterion = p.identifier(path, found, "criterion_id")
        if criterion is not None:
            first = seen.setdefault(criterion, path)
            if first != path:
                p.add(
                    join(path, "criterion_id"),
                    f"must differ from {first}.criterion_id: Canvas keeps one entry a "
                    f"criterion (got {shown(criterion)} again)",
                )
        entry = _entry(
            p,
            path,
            found,
            criterion=criterion,
            criterion_path=join(path, "criterion_id"),
            rating_key="id",
        )
        if entry is not None:
            entries.append(entry)
    return entries


def _form_entries(p: Payload, body: Mapping[str, Any]) -> list[_Entry]:
    """The entries of the endpoint's body: ``criterion_<id>`` keys."""
    entries = []
    for key, value in body.items():
        if not isinstance(key, str) or not key.startswith(_CRITERION_KEY):
            continue  # user_id, assessment_type: read by the caller; others ignored
        path = join("rubric_assessment", key)
        found = p.mapping(path, value)
        criterion = key[len(_CRITERION_KEY) :].strip()
        if not criterion:
            p.add(path, "must name a criterion after 'criterion_' (got none)")
        if found is None:
            continue
        entry = _entry(
            p,
            path,
            found,
            criterion=criterion or None,
            criterion_path=path,
            rating_key="rating_id",
        )
        if entry is not None:
            entries.append(entry)
    return entries


def _assessment_where(
    entries: Sequence[_Entry], root: str, rater_path: str
) -> Callable[[str], str]:
    """Where the problems of a built `~selfassess.rubrics.Assessment` lie in the payload."""
    fields = {"points": "points", "comment": "comments"}

    def where(path: str) -> str:
        name, index, rest = _head(path)
        if name == "rater":
            return rater_path
        if name != "ratings":
            return path
        if index is None or index >= len(entries):
            return root
        entry = entries[index]
        field, _, _ = _head(rest)
        if field == "criterion":
            return entry.criterion_path
        if field == "descriptor":
            return join(entry.path, entry.rating_key)
        return join(entry.path, fields.get(field, field)) if rest else entry.path

    return where


def read_assessment(
    rubric_assessment: Mapping[str, Any],
    rubric: Rubric,
    *,
    student: str,
    assessed_on: date,
    id: str | None = None,
    rater: str | None = None,
) -> Assessment:
    """Read a Canvas rubric assessment into an `~selfassess.rubrics.Assessment` of *rubric*.

    Reads the RubricAssessment object (with ``style=full``, which sends ``data``),
    or the body that Canvas's rubric-assessment endpoint takes (what
    `write_assessment` writes). Each entry keeps the rating ``id`` (``rating_id`` in
    the body), the ``points`` and the ``comments`` as given, so free points (points
    without a rating id) stay what was typed, and a comment alone stays a comment on
    an unrated criterion. An entry with none of them is left out. The role comes
    from ``assessment_type`` (``self_assessment``: `~selfassess.Role.STUDENT`;
    ``peer_review``: `~selfassess.Role.PEER`; ``grading`` and
    ``provisional_grade``: `~selfassess.Role.TEACHER`), the rater from
    ``assessor_id``.

    A Canvas assessment names neither its student (the submission's owner) nor its
    day: both are arguments.

    Args:
        rubric_assessment: The RubricAssessment object, or the endpoint's body
            ``{"rubric_assessment": {...}}``.
        rubric: The rubric it fills, as `read_rubric` read it.
        student: The id of the student whose work was assessed.
        assessed_on: The day it was filled in.
        id: The assessment's id; by default the payload's ``id``. Needed for the
            endpoint's body, which has none.
        rater: The rater's id; by default the payload's ``assessor_id``, or for a
            self-assessment without one, the student. Needed for a peer review or a
            grading given as the endpoint's body.

    Returns:
        The assessment, whose ``score().total`` is Canvas's ``score``.

    Raises:
        ArgumentTypeError: If an argument other than the payload is of the wrong
            kind, or *id* or *rater* is needed and not given.
        InvalidDataError: If the payload is not a Canvas rubric assessment, names a
            criterion or a rating *rubric* does not have, gives a ``score`` that is
            not the sum of the points of the criteria that count (to 4 decimals),
            or has an unknown ``assessment_type``, each problem at its path in the
            payload.

    Example:
        >>> from datetime import date
        >>> rubric = read_rubric({"id": 3, "title": "Lab report", "data": [
        ...     {"id": "309_6312", "description": "Neatness", "ratings": [
        ...         {"id": "blank", "description": "Full Marks", "points": 5.0},
        ...         {"id": "blank_2", "description": "No Marks", "points": 0.0}]}]})
        >>> mine = read_assessment(
        ...     {"id": 72, "assessment_type": "self_assessment", "assessor_id": 9,
        ...      "score": 5.0, "data": [{"criterion_id": "309_6312", "id": "blank",
        ...                              "points": 5.0, "comments": "Neat!"}]},
        ...     rubric, student="9", assessed_on=date(2026, 10, 2))
        >>> mine.role.value, mine.rater, mine.score().total, mine.ratings[0].comment
        ('student', '9', 5.0, 'Neat!')
    """
    check = Arguments()
    check.instance("rubric", rubric, Rubric)
    check.text("student", student)
    check.day("assessed_on", assessed_on)
    check.optional_text("id", id)
    check.optional_text("rater", rater)
    check.done()
    p = Payload()
    data = p.mapping("", rubric_assessment)
    if data is None:
        p.done()
        raise AssertionError  # pragma: no cover  # done() raised
    body = data.get("rubric_assessment") if "data" not in data else None
    if body is not None:
        return _read_body(
            p,
            body,
            rubric=rubric,
            student=student,
            assessed_on=assessed_on,
            id=id,
            rater=rater,
        )
    role = _role(p, "", data)
    found_id = id if id is not None else p.identifier("", data, "id")
    rater_path = "assessor_id"
    if rater is not None:
        found_rater: str | None = rater
        rater_path = "rater"
    elif data.get("assessor_id") is None and role is Role.STUDENT:
        found_rater = student
    else:
        found_rater = p.identifier("", data, "assessor_id")
    rubric_id = p.identifier("", data, "rubric_id", required=False, null=True)
    if rubric_id is not None and rubric_id != rubric.id:
        p.add(
            "rubric_id",
            f"must be the id of the rubric given ({shown(rubric.id)}) "
            f"(got {shown(rubric_id)})",
        )
    score = p.number("", data, "score", required=False, null=True)
    entries = _api_entries(p, data)
    if not p.ok or role is None or found_id is None or found_rater is None:
        p.done()
        raise AssertionError  # pragma: no cover  # done() raised
    read = _build_assessment(
        p,
        entries,
        root="data",
        rater_path=rater_path,
        fields={
            "id": found_id,
            "rubric": rubric,
            "student": student,
            "rater": found_rater,
            "role": role,
            "assessed_on": assessed_on,
        },
    )
    total = read.score().total
    # Canvas's score is the sum of the points of the criteria not ignored for
    # scoring, null when none has points, rounded to 4 decimals
    # (RubricAssociation#assess, RubricAssessment#score).
    expected = 0.0 if score is None else score
    if round(total, _PRECISION) != round(expected, _PRECISION):
        p.add(
            "score",
            "must be the sum of the points given on the criteria that count, as "
            f"Canvas computes it ({total:g}) (got {shown(score)})",
        )
    p.done()
    return read


def _role(p: Payload, path: str, data: Mapping[str, Any]) -> Role | None:
    kind = p.text(path, data, "assessment_type", empty=False)
    if kind is None:
        return None
    role = _ROLES.get(kind)
    if role is None:
        known = ", ".join(shown(name) for name in _ROLES)
        p.add(
            join(path, "assessment_type"), f"must be one of {known} (got {shown(kind)})"
        )
    return role


def _read_body(
    p: Payload,
    value: object,
    *,
    rubric: Rubric,
    student: str,
    assessed_on: date,
    id: str | None,
    rater: str | None,
) -> Assessment:
    """Read the endpoint's body, ``{"rubric_assessment": {...}}``."""
    body = p.mapping("rubric_assessment", value)
    if body is None:
        p.done()
        raise AssertionError  # pragma: no cover  # done() raised
    role = _role(p, "rubric_assessment", body)
    user = p.identifier("rubric_assessment", body, "user_id", required=False, null=True)
    if user is not None and user != student:
        p.add(
            "rubric_assessment.user_id",
            f"must be the student given ({shown(student)}) (got {shown(user)})",
        )
    entries = _form_entries(p, body)
    arguments = Arguments()
    if id is None:
        arguments.wrong_kind(
            "id",
            "must be given: the body Canvas's rubric-assessment endpoint takes has no "
            "assessment id (got None)",
        )
    if rater is None and role is not None and role is not Role.STUDENT:
        arguments.wrong_kind(
            "rater",
            "must be given for a peer review or a grading: the endpoint's body has no "
            "assessor_id (got None)",
        )
    arguments.done()
    if not p.ok or role is None or id is None:
        p.done()
        raise AssertionError  # pragma: no cover  # done() raised
    read = _build_assessment(
        p,
        entries,
        root="rubric_assessment",
        rater_path="rater",
        fields={
            "id": id,
            "rubric": rubric,
            "student": student,
            "rater": student if rater is None else rater,
            "role": role,
            "assessed_on": assessed_on,
        },
    )
    p.done()
    return read


def _build_assessment(
    p: Payload,
    entries: Sequence[_Entry],
    *,
    root: str,
    rater_path: str,
    fields: Mapping[str, Any],
) -> Assessment:
    """The assessment of the entries that hold something; problems at their paths."""
    kept = [entry for entry in entries if not entry.empty]
    ratings = []
    for entry in kept:
        try:
            ratings.append(
                Rating(
                    criterion=entry.criterion,
                    descriptor=entry.rating,
                    points=entry.points,
                    comment=entry.comment,
                )
            )
        except InvalidDataError as error:
            where = _assessment_where([entry], root, rater_path)
            _absorb(p, error, partial(_under, where, "ratings[0]"))
    if len(ratings) != len(kept):
        p.done()
    try:
        return Assessment(**fields, ratings=ratings)
    except InvalidDataError as error:
        _absorb(p, error, _assessment_where(kept, root, rater_path))
        p.done()
        raise AssertionError from error  # pragma: no cover  # done() raised


def write_assessment(assessment: Assessment) -> dict[str, Any]:
    """Write an `~selfassess.rubrics.Assessment` as the body Canvas's rubric-assessment endpoint takes.

    The body of ``POST /api/v1/courses/:course_id/rubric_associations/
    :rubric_association_id/rubric_assessments`` (and of its ``PUT``):
    ``{"rubric_assessment": {"user_id": ..., "assessment_type": ...,
    "criterion_<id>": {"points": ..., "rating_id": ..., "comments": ...}}}``, one
    ``criterion_<id>`` a rating, in the assessment's order. Points given are written
    as given; a rating named without points is written with its rating's points,
    because Canvas scores only a criterion sent with points. The student is the
    ``user_id``; the role gives the ``assessment_type``. The assessment's id, day and
    rater are not in the body: Canvas takes them from the URL and the signed-in user.

    Args:
        assessment: The assessment, of a rubric read by `read_rubric` (its criterion
            and rating ids are Canvas's).

    Returns:
        The body, JSON-compatible; `read_assessment` reads it back.

    Raises:
        ArgumentTypeError: If *assessment* is not an `~selfassess.rubrics.Assessment`.
        InvalidDataError: If it holds what a Canvas rubric assessment cannot: a
            rater whose role Canvas has no assessment type for (a family member, a
            specialist), an overall comment, or on a rating a scale level, a
            rationale, evidence, can-do statements, glows or grows, each problem at
            its path in the assessment.

    Example:
        >>> from datetime import date
        >>> rubric = read_rubric({"id": 3, "title": "Lab report", "data": [
        ...     {"id": "309_6312", "description": "Neatness", "ratings": [
        ...         {"id": "blank", "description": "Full Marks", "points": 5.0},
        ...         {"id": "blank_2", "description": "No Marks", "points": 0.0}]}]})
        >>> mine = Assessment(id="72", rubric=rubric, student="9", rater="9",
        ...     role=Role.STUDENT, assessed_on=date(2026, 10, 2),
        ...     ratings=[Rating(criterion="309_6312", descriptor="blank")])
        >>> write_assessment(mine)
        {'rubric_assessment': {'user_id': '9', 'assessment_type': 'self_assessment', 'criterion_309_6312': {'points': 5.0, 'rating_id': 'blank'}}}
    """
    arguments = Arguments()
    arguments.instance("assessment", assessment, Assessment)
    arguments.done()
    check = Checker()
    kind = _TYPES.get(assessment.role)
    if kind is None:
        known = ", ".join(f"{role.value!r} ({name})" for role, name in _TYPES.items())
        check.add(
            "role",
            f"must be a role Canvas has an assessment type for: {known} "
            f"(got {assessment.role.value!r})",
        )
    if assessment.comment.strip():
        check.add(
            "comment",
            "must be empty: a Canvas rubric assessment has no overall comment (post "
            "it as a submission comment)",
        )
    body: dict[str, Any] = {"user_id": assessment.student, "assessment_type": kind}
    for index, rating in enumerate(assessment.ratings):
        path = f"ratings[{index}]"
        if rating.level is not None:
            check.add(
                f"{path}.level",
                "must be left out: Canvas names a rating by its id or its points, "
                f"not by a scale level (got {rating.level:g})",
            )
        for name in ("rationale", "evidence", "can_do", "glows", "grows"):
            if getattr(rating, name):
                check.add(
                    f"{path}.{name}",
                    "must be empty: a Canvas rubric assessment keeps only points, a "
                    "rating id and comments on a criterion",
                )
        entry: dict[str, Any] = {}
        points = rating.points
        if points is None and rating.descriptor is not None:
            points = assessment.points(rating.criterion)
        if points is not None:
            entry["points"] = points
        if rating.descriptor is not None:
            entry["rating_id"] = rating.descriptor
        if rating.comment:
            entry["comments"] = rating.comment
        body[_CRITERION_KEY + rating.criterion] = entry
    check.done()
    return {"rubric_assessment": body}


# --------------------------------------------------------------------------------------
# Outcomes: calculation methods and their scales
# --------------------------------------------------------------------------------------


@attrs.frozen
class _Method:
    """What selfassess knows of one of Canvas's ``calculation_method`` values."""

    method: MasteryMethod
    values: tuple[int, int] | None
    """The ``calculation_int`` values Canvas allows, inclusive; ``None``: none."""
    default: int | None
    """The ``calculation_int`` Canvas uses when none is given."""


_METHODS: Mapping[str, _Method] = MappingProxyType(
    {
        # The OLDER rule, whatever its name says: the last score against the mean of
        # the others (RollupScore#decaying_average_set). Shown as "Decaying Average"
        # without the "Outcomes New Decaying Average Calculation Method" feature
        # flag, and as "Weighted Average" with it.
        "decaying_average": _Method(MasteryMethod.WEIGHTED_AVERAGE, (1, 99), 65),
        "weighted_average": _Method(MasteryMethod.WEIGHTED_AVERAGE, (1, 99), 65),
        # The recursive rule (RollupScore#standard_decaying_average), shown as
        # "Decaying Average" with the feature flag.
        "standard_decaying_average": _Method(
            MasteryMethod.DECAYING_AVERAGE, (50, 99), 65
        ),
        "n_mastery": _Method(MasteryMethod.N_MASTERY, (1, 10), 5),
        "highest": _Method(MasteryMethod.HIGHEST, None, None),
        "latest": _Method(MasteryMethod.LATEST, None, None),
        "average": _Method(MasteryMethod.AVERAGE, None, None),
    }
)
"""Canvas's calculation methods (OutcomeCalculationMethod::CALCULATION_METHODS and
VALID_CALCULATION_INTS; the defaults of LearningOutcome#default_calculation_int)."""


@attrs.frozen
class _Outcome:
    """An outcome read: its policy, and the points Canvas scales results to."""

    id: str
    policy: MasteryPolicy
    points_possible: float
    mastery_points: float


def _calculation_int(
    p: Payload, path: str, data: Mapping[str, Any], name: str, method: _Method
) -> int | None:
    """The ``calculation_int``, checked against what Canvas allows for the method."""
    value = p.number(path, data, "calculation_int", required=False, null=True)
    where = join(path, "calculation_int")
    if method.values is None:
        if value is not None:
            p.add(
                where,
                f"must be null for {shown(name)}: Canvas uses no calculation value "
                f"with it (got {value:g})",
            )
        return None
    if value is None:
        return method.default
    low, high = method.values
    if value != int(value) or not low <= value <= high:
        p.add(
            where,
            f"must be a whole number from {low} to {high} for {shown(name)}, as "
            f"Canvas allows (got {value:g})",
        )
        return None
    return int(value)


@attrs.frozen
class _OutcomeRating:
    """One rating of an outcome, read, with its index in the payload."""

    index: int
    label: str
    points: float
    colour: str | None


def _outcome_ratings(
    p: Payload, where: str, items: Sequence[Any]
) -> list[_OutcomeRating]:
    """The ratings, in the payload's order; problems recorded at their paths."""
    before = _count(p)
    ratings = []
    for j, item in enumerate(items):
        path = join(where, j)
        rating = p.mapping(path, item)
        if rating is None:
            continue
        label = p.text(path, rating, "description", empty=False)
        points = p.number(path, rating, "points")
        colour = p.text(path, rating, "color", required=False, null=True)
        if colour is not None and not re.fullmatch(r"#?[0-9A-Fa-f]{6}", colour):
            p.add(
                join(path, "color"),
                "must be six hexadecimal digits, as Canvas keeps a rating's colour "
                f"(got {shown(colour)})",
            )
        elif label is not None and points is not None:
            ratings.append(
                _OutcomeRating(
                    j,
                    label,
                    points,
                    None if colour is None else "#" + colour.lstrip("#"),
                )
            )
    if len(items) < 2:
        p.add(where, f"must have at least 2 ratings to make a scale (got {len(items)})")
    seen: dict[str, dict[object, int]] = {"points": {}, "description": {}}
    for read in ratings:
        j = read.index
        for field, key, what in (
            ("points", read.points, f"points (got {read.points:g} again)"),
            (
                "description",
                read.label.strip().casefold(),
                f"names (got {shown(read.label)} again)",
            ),
        ):
            first = seen[field].setdefault(key, j)
            if first != j:
                p.add(
                    join(join(where, j), field),
                    f"must differ from {where}[{first}].{field}: the levels of a "
                    f"scale have distinct {what}",
                )
    return ratings if _count(p) == before else []


def _ratings_scale(
    p: Payload,
    path: str,
    ratings: Sequence[_OutcomeRating],
    *,
    id: str,
    title: str | None,
    mastery_points: float,
) -> Scale | None:
    """The outcome's ratings as a scale: levels lowest first, mastery from the cut."""
    ordered = sorted(ratings, key=lambda rating: rating.points)
    low, high = ordered[0].points, ordered[-1].points
    if not low <= mastery_points <= high:
        p.add(
            join(path, "mastery_points"),
            f"must be within the ratings' points, {low:g} to {high:g} "
            f"(got {mastery_points:g})",
        )
        return None
    below = [rating.points for rating in ordered if rating.points < mastery_points]
    levels = [
        Level(
            points=rating.points,
            label=rating.label,
            colour=rating.colour,
            mastery=rating.points >= mastery_points,
        )
        for rating in ordered
    ]
    try:
        return Scale(
            id=f"canvas-outcome-{id}",
            name=title or f"Canvas outcome {id}",
            levels=levels,
            # Mastery from mastery_points, even between two ratings; near mastery
            # from the rating below it.
            cuts=BandCuts(
                mastered=mastery_points, near=below[-1] if below else mastery_points
            ),
        )
    except InvalidDataError as error:  # pragma: no cover  # each rule checked above
        _absorb(p, error, partial(join, path))
        return None


def _outcome(p: Payload, path: str, value: object) -> _Outcome | None:
    """One Outcome object, read and checked; ``None`` (problems recorded) if not."""
    data = p.mapping(path, value)
    if data is None:
        return None
    id = p.identifier(path, data, "id")
    title = p.text(path, data, "title", required=False, null=True)
    # lib/api/v1/outcome.rb: "existing outcomes that have a nil calculation method
    # should be handled as highest".
    name = (
        p.text(path, data, "calculation_method", required=False, null=True) or "highest"
    )
    method = _METHODS.get(name)
    if method is None:
        known = ", ".join(shown(found) for found in _METHODS)
        p.add(
            join(path, "calculation_method"),
            f"must be one of Canvas's calculation methods: {known} (got {shown(name)})",
        )
    value_int = (
        None if method is None else _calculation_int(p, path, data, name, method)
    )
    mastery_points = p.number(path, data, "mastery_points")
    points_possible = p.number(path, data, "points_possible", required=False, null=True)
    where = join(path, "ratings")
    items = _list(p, path, data, "ratings")
    ratings = _outcome_ratings(p, where, items) if items is not None else []
    if not ratings or method is None or id is None or mastery_points is None:
        return None
    if method.values is not None and value_int is None:
        return None
    scale = _ratings_scale(
        p, path, ratings, id=id, title=title, mastery_points=mastery_points
    )
    if scale is None:
        return None
    if points_possible is not None and points_possible != scale.maximum:
        p.add(
            join(path, "points_possible"),
            "must be the points of the outcome's highest rating, as Canvas makes "
            f"them ({scale.maximum:g}) (got {points_possible:g})",
        )
        return None
    averaging = method.method in (
        MasteryMethod.DECAYING_AVERAGE,
        MasteryMethod.WEIGHTED_AVERAGE,
    )
    policy = MasteryPolicy(
        method=method.method,
        # calculation_int is a percent: 65 is a weight of 0.65.
        weight=value_int / 100 if averaging and value_int is not None else 0.65,
        n=value_int if method.method is MasteryMethod.N_MASTERY else None,
        scale=scale,
        # Canvas rounds a rollup to 2 decimals (RollupScore::PRECISION) and never
        # limits it to the scale (a score above the top rating stays).
        decimals=2,
        clamp=False,
    )
    return _Outcome(
        id=id,
        policy=policy,
        points_possible=scale.maximum if points_possible is None else points_possible,
        mastery_points=mastery_points,
    )


def read_outcome_policy(outcome: Mapping[str, Any]) -> MasteryPolicy:
    """Read a Canvas outcome's calculation method as a `~selfassess.mastery.MasteryPolicy` on its scale.

    Canvas's API values are not its screen labels, and one name changed meaning.
    Read by the rule each computes (``app/models/rollup_score.rb``):

    - ``decaying_average``: the weighted average (`~selfassess.mastery.MasteryMethod.WEIGHTED_AVERAGE`:
      the newest score against the mean of the others), Canvas's older rule, shown
      as "Decaying Average", or as "Weighted Average" once Canvas's new decaying
      average is turned on;
    - ``weighted_average``: the weighted average too;
    - ``standard_decaying_average``: the recursive decaying average
      (`~selfassess.mastery.MasteryMethod.DECAYING_AVERAGE`), shown as "Decaying Average" with the new
      feature;
    - ``n_mastery``: n-mastery ("n Number of Times");
    - ``highest``, ``latest``, ``average``: the highest score, the latest ("Most
      Recent Score"), the average.

    ``calculation_int`` is a percent for the averages (65 is a weight of 0.65 on the
    newest score) and the count for n-mastery; when it is left out, Canvas's
    default (65, or 5). A missing method is ``highest``, as Canvas reads it. The
    scale has a level per rating (``description``, ``points``, and ``color`` when
    given), mastery from ``mastery_points``; the policy rounds to 2 decimals and
    does not clamp, as Canvas's rollups do.

    Args:
        outcome: The Outcome object (``GET /api/v1/outcomes/:id``, or one of the
            ``linked.outcomes`` of an outcome results response).

    Returns:
        The policy.

    Raises:
        InvalidDataError: If the payload is not a Canvas outcome, its
            ``calculation_method`` is unknown, its ``calculation_int`` is not one
            Canvas allows for the method (1 to 99 for the weighted averages, 50 to
            99 for ``standard_decaying_average``, 1 to 10 for ``n_mastery``, none
            for the others), or its ratings cannot make a scale (fewer than two,
            equal points or names, ``mastery_points`` outside them,
            ``points_possible`` not the highest rating's), each problem at its path
            in the payload.

    Example:
        >>> from datetime import date
        >>> from selfassess import Evidence
        >>> outcome = {"id": 42, "title": "Fractions", "mastery_points": 3,
        ...            "points_possible": 4, "calculation_method": "decaying_average",
        ...            "calculation_int": 65, "ratings": [
        ...                {"description": "Exceeds Mastery", "points": 4},
        ...                {"description": "Mastery", "points": 3},
        ...                {"description": "Near Mastery", "points": 2},
        ...                {"description": "Below Mastery", "points": 1}]}
        >>> policy = read_outcome_policy(outcome)
        >>> policy.method.value, policy.weight
        ('weighted_average', 0.65)
        >>> rows = [Evidence(student="ana", standard="42", score=score,
        ...                  assessed_on=date(2026, 9, day))
        ...         for day, score in [(1, 2), (8, 3), (15, 3)]]
        >>> policy.estimate(rows).value
        2.83
        >>> read_outcome_policy({**outcome, "calculation_method": "standard_decaying_average"}).estimate(rows).value
        2.88
    """
    p = Payload()
    found = _outcome(p, "", outcome)
    p.done()
    assert found is not None  # for mypy: done() raised otherwise
    return found.policy


# --------------------------------------------------------------------------------------
# Outcome results
# --------------------------------------------------------------------------------------


class _Policies(Mapping[str, MasteryPolicy]):
    """A read-only mapping of policies by outcome id, which pickles and copies."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, MasteryPolicy]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> MasteryPolicy:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[type[_Policies], tuple[dict[str, MasteryPolicy]]]:
        return (_Policies, (self._data,))


def _policies(value: Mapping[str, MasteryPolicy]) -> Mapping[str, MasteryPolicy]:
    """A read-only copy of the policies, by outcome id."""
    if isinstance(value, Mapping):
        return _Policies(value)
    return value  # reported by the check


@attrs.frozen(kw_only=True)
class CanvasResults:
    """Canvas outcome results as evidence, with the policies of their outcomes.

    Attributes:
        evidence: One `selfassess.Evidence` per scored result, in the response's
            order: the student (``links.user``), the standard (the outcome's id,
            ``links.learning_outcome``), the score as Canvas scales it, the moment
            (``submitted_or_assessed_at``) and its day, the source
            (``links.alignment``), and the position in the response as
            ``sequence``.
        policies: The policy of each outcome given (linked to the response, or
            passed in), by outcome id, as `read_outcome_policy` reads it.

    Raises:
        InvalidDataError: If a field has the wrong type.

    Example:
        >>> results = read_results([])
        >>> results.evidence, dict(results.policies)
        ((), {})
    """

    __repr__ = short_repr

    evidence: tuple[Evidence, ...] = attrs.field(converter=to_tuple)
    policies: Mapping[str, MasteryPolicy] = attrs.field(converter=_policies, hash=False)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.items("evidence", self.evidence, Evidence)
        if check.instance("policies", self.policies, Mapping):
            for key, policy in self.policies.items():
                check.identifier(f"policies[{key!r}]", key)
                check.instance(f"policies[{key!r}]", policy, MasteryPolicy)
        check.done()


def _moment(
    p: Payload, path: str, data: Mapping[str, Any], tz: tzinfo | None
) -> datetime | None:
    """``submitted_or_assessed_at``, with its offset or in the caller's time zone."""
    text = p.text(path, data, "submitted_or_assessed_at", empty=False)
    if text is None:
        return None
    where = join(path, "submitted_or_assessed_at")
    stripped = text.strip()
    # Python 3.10 reads no "Z": it is UTC, "+00:00", on every version.
    if stripped.endswith(("Z", "z")):
        stripped = stripped[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(stripped)
    except ValueError:
        p.add(
            where,
            "must be an ISO 8601 date and time, like '2013-02-01T00:00:00-06:00' "
            f"(got {shown(text)})",
        )
        return None
    if moment.utcoffset() is None:
        p.add(
            where,
            "must give its offset from UTC, like 'Z' or '-06:00', as Canvas does "
            f"(got {shown(text)})",
        )
        return None
    if tz is None:
        return moment
    try:
        return moment.astimezone(tz)
    except OverflowError:
        p.add(
            join(path, "submitted_or_assessed_at"),
            f"must be a moment that falls within the calendar in the time zone "
            f"given (got {shown(text)})",
        )
        return None


def _score(
    p: Payload,
    path: str,
    score: float | None,
    percent: float | None,
    outcome: _Outcome | None,
) -> float | None:
    """The result's score as Canvas's rollups read it; ``None`` if it has none.

    RollupScoreAggregatorHelper#result_score: a result with a ``percent`` counts
    that share of the outcome's points (of its mastery points if it has no points),
    so a 10-point quiz bank scores on the outcome's 4-point scale; without a
    percent, the result's own score.
    """
    if percent is not None and outcome is not None:
        possible = (
            outcome.points_possible
            if outcome.points_possible > 0
            else outcome.mastery_points
        )
        return percent * possible
    if score is None and percent is not None:
        p.add(
            join(path, "percent"),
            "needs its outcome's points to give a score, as Canvas scales it: ask for "
            "include[]=outcomes, or pass the outcome in outcomes=",
        )
    return score


_EVIDENCE_FIELDS = {
    "student": "links.user",
    "standard": "links.learning_outcome",
    "source": "links.alignment",
    "assessed_at": "submitted_or_assessed_at",
    "assessed_on": "submitted_or_assessed_at",
}


def _result(
    p: Payload,
    path: str,
    value: object,
    *,
    index: int,
    outcomes: Mapping[str, _Outcome],
    tz: tzinfo | None,
    kind: EvidenceKind,
) -> Evidence | None:
    data = p.mapping(path, value)
    if data is None:
        return None
    links_path = join(path, "links")
    links = _object(p, path, data, "links")
    if links is None:
        return None
    student = p.identifier(links_path, links, "user")
    standard = p.identifier(links_path, links, "learning_outcome")
    source = p.identifier(links_path, links, "alignment", required=False, null=True)
    moment = _moment(p, path, data, tz)
    given = p.number(path, data, "score", required=False, null=True)
    percent = p.number(path, data, "percent", required=False, null=True)
    if standard is None:
        return None
    score = _score(p, path, given, percent, outcomes.get(standard))
    if student is None or moment is None or score is None:
        return None
    try:
        return Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=moment.date(),
            assessed_at=moment,
            kind=kind,
            source=source,
            sequence=index,
        )
    except InvalidDataError as error:  # pragma: no cover  # each field read above
        _absorb(p, error, lambda found: join(path, _EVIDENCE_FIELDS.get(found, found)))
        return None


def read_results(
    outcome_results: Mapping[str, Any] | Sequence[Any],
    *,
    outcomes: Iterable[Mapping[str, Any]] = (),
    tz: tzinfo | None = None,
    kind: EvidenceKind = EvidenceKind.FORMATIVE,
) -> CanvasResults:
    """Read Canvas outcome results as evidence, with their outcomes' policies.

    One `selfassess.Evidence` per result that has a score: the student from
    ``links.user``, the standard from ``links.learning_outcome`` (the outcome's id),
    the alignment (``links.alignment``) as the source, the result's position in the
    response as ``sequence``. The score is Canvas's, scaled as its rollups scale
    it: ``percent`` times the outcome's ``points_possible`` (its ``mastery_points``
    when it has none), so that every score of an outcome is on its scale; a result
    without ``percent`` keeps its ``score``, and a result with neither is left out,
    as Canvas's rollups leave it out. ``submitted_or_assessed_at`` is kept as
    ``assessed_at``, with the offset Canvas gives (UTC, written ``Z``), or in the
    time zone *tz*; its day there is ``assessed_on``.

    Without the outcome of a result (a bare list, or a response fetched without
    ``include[]=outcomes``, and no *outcomes*), a result with a ``score`` keeps it
    as given, which is Canvas's number only when the alignment's points are the
    outcome's (as on a rubric criterion aligned to it).

    Args:
        outcome_results: The response of ``GET /api/v1/courses/:course_id/
            outcome_results`` (``{"outcome_results": [...], "linked": {"outcomes":
            [...]}}``), or its list of results.
        outcomes: Outcome objects to use besides those linked to the response; one
            given here is used instead of a linked one with the same id.
        tz: The school's time zone, so that each result falls on the school's day
            (an evening's work in Denver is the next day in UTC); ``None`` keeps the
            offset Canvas gives.
        kind: The kind of every piece of evidence.

    Returns:
        The evidence, and a policy for every outcome given.

    Raises:
        ArgumentTypeError: If *outcomes* is not a list, *tz* not a `datetime.tzinfo`
            or *kind* not an `~selfassess.EvidenceKind`.
        InvalidDataError: If the payload is not an outcome results response or a
            list of results, a result lacks its student, its outcome or its moment
            (an ISO 8601 time with an offset), or an outcome cannot be read (see
            `read_outcome_policy`), each problem at its path in the payload (an
            outcome passed in at ``outcomes[i]``).

    Example:
        >>> from datetime import timedelta, timezone
        >>> response = {
        ...     "outcome_results": [{
        ...         "id": 1, "score": 6.0, "percent": 0.6, "possible": 10.0,
        ...         "submitted_or_assessed_at": "2026-10-02T03:30:00Z",
        ...         "links": {"user": "9", "learning_outcome": "42",
        ...                   "alignment": "assignment_5"}}],
        ...     "linked": {"outcomes": [{
        ...         "id": 42, "title": "Fractions", "points_possible": 5,
        ...         "mastery_points": 3, "calculation_method": "highest",
        ...         "ratings": [{"description": "Meets", "points": 5},
        ...                     {"description": "Not yet", "points": 0}]}]},
        ... }
        >>> results = read_results(response, tz=timezone(timedelta(hours=-6)))
        >>> [(e.student, e.standard, e.score, e.assessed_on.isoformat()) for e in results.evidence]
        [('9', '42', 3.0, '2026-10-01')]
        >>> results.policies["42"].method.value
        'highest'
    """
    arguments = Arguments()
    given = arguments.check.listed("outcomes", outcomes, "Canvas outcomes")
    if tz is not None and not isinstance(tz, tzinfo):
        arguments.wrong_kind(
            "tz", f"must be a datetime.tzinfo or None (got {shown(tz)})"
        )
    arguments.member("kind", kind, EvidenceKind)
    arguments.done()
    p = Payload()
    if isinstance(outcome_results, Mapping):
        root = "outcome_results"
        items = _list(p, "", outcome_results, root)
        linked_value = outcome_results.get("linked")
        linked = None if linked_value is None else p.mapping("linked", linked_value)
        linked_outcomes = (
            None
            if linked is None or linked.get("outcomes") is None
            else p.items("linked.outcomes", linked["outcomes"])
        )
    else:
        root = ""
        items = p.items(root, outcome_results)
        linked_outcomes = None
    known: dict[str, _Outcome] = {}
    for sources, base in ((linked_outcomes, "linked.outcomes"), (given, "outcomes")):
        for index, value in enumerate(sources or ()):
            found = _outcome(p, join(base, index), value)
            if found is not None:
                known[found.id] = found
    evidence = []
    for index, value in enumerate(items or ()):
        found_evidence = _result(
            p,
            join(root, index),
            value,
            index=index,
            outcomes=known,
            tz=tz,
            kind=kind,
        )
        if found_evidence is not None:
            evidence.append(found_evidence)
    p.done()
    return CanvasResults(
        evidence=evidence,
        policies={id: outcome.policy for id, outcome in known.items()},
    )
