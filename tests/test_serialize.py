"""selfassess.serialize: every model round-trips; bad data gives every problem's path."""

from __future__ import annotations

import copy
import enum
import json
import math
import pickle
from datetime import date, datetime, time
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import rubrics as rb
from selfassess.errors import InvalidDataError
from selfassess.serialize import SCHEMA_VERSION, from_dict, to_dict

from strategies import STRATEGIES, json_values

MODELS = sorted(
    (kind for kind in STRATEGIES if attrs.has(kind)), key=lambda kind: kind.__name__
)


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@given(data=st.data())
def test_round_trip(kind: type, data: st.DataObject) -> None:
    """from_dict(cls, to_dict(x)) == x, also after a trip through JSON text.

    Pickling, under every protocol, and copying give x back too: a researcher's
    worker processes (multiprocessing, joblib) pickle what they are given.
    """
    value = data.draw(STRATEGIES[kind])
    plain = to_dict(value)
    assert plain["schema_version"] == SCHEMA_VERSION
    assert from_dict(kind, plain) == value
    assert from_dict(kind, json.loads(json.dumps(plain))) == value
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(value, protocol))
        assert type(again) is kind
        assert again == value
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


def _outcome(kind: type, data: Any) -> object:
    """The model from_dict builds, or the InvalidDataError it raises; nothing else."""
    try:
        return from_dict(kind, data)
    except InvalidDataError as error:
        return error


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@given(junk=json_values)
def test_random_data_raises_only_invalid_data_error(kind: type, junk: Any) -> None:
    """Whatever JSON-like data from_dict is given, it builds a model or says why."""
    outcome = _outcome(kind, junk)
    assert isinstance(outcome, kind) or (
        isinstance(outcome, InvalidDataError) and outcome.problems
    )


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        found = [path] if path else []
        for key, item in value.items():
            found += _leaf_paths(item, (*path, key))
        return found
    if isinstance(value, list):
        found = [path]
        for index, item in enumerate(value):
            found += _leaf_paths(item, (*path, index))
        return found
    return [path]


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@given(data=st.data())
def test_corrupted_documents_raise_only_invalid_data_error(
    kind: type, data: st.DataObject
) -> None:
    """One field of a valid document replaced by junk: a model, or problems with paths."""
    plain = to_dict(data.draw(STRATEGIES[kind]))
    del plain["schema_version"]
    path = data.draw(st.sampled_from(_leaf_paths(plain)))
    corrupted = _replace(plain, path, data.draw(json_values))
    outcome = _outcome(kind, corrupted)
    assert isinstance(outcome, kind) or (
        isinstance(outcome, InvalidDataError)
        and all(problem.message for problem in outcome.problems)
    )


def test_problems_are_collected_with_paths() -> None:
    """Every problem in a document is reported, each under its own path."""
    plain = to_dict(sa.FOUR_POINT)
    plain["levels"][0]["extra"] = 1
    del plain["levels"][1]["label"]
    plain["levels"][2]["points"] = math.nan
    plain["cuts"]["near"] = "x"
    with pytest.raises(InvalidDataError) as caught:
        from_dict(sa.Scale, plain)
    assert [str(problem) for problem in caught.value.problems] == [
        "levels[0].extra: is not a field of Level",
        "levels[1].label: is required",
        "levels[2].points: must be finite (got nan)",
        "cuts.near: must be a number (got 'x')",
    ]


def test_type_problems_and_rule_problems_are_reported_together() -> None:
    """A mistyped field does not hide a broken rule on another field."""
    with pytest.raises(InvalidDataError) as caught:
        from_dict(sa.Level, {"points": "three", "label": " ", "colour": "green"})
    assert [str(problem) for problem in caught.value.problems] == [
        "points: must be a number (got 'three')",
        "label: must not be empty (got ' ')",
        "colour: must be a colour like '#1a7f37' (got 'green')",
    ]


def test_rules_across_items_are_reported_from_documents() -> None:
    """Rules that span items (order, uniqueness) are reported with item paths."""
    plain = to_dict(sa.FOUR_POINT)
    plain["levels"][3]["points"] = 2
    plain["levels"][3]["label"] = "proficient"
    with pytest.raises(InvalidDataError, match=r"levels\[3\]\.points: must be greater"):
        from_dict(sa.Scale, plain)
    with pytest.raises(
        InvalidDataError,
        match=r"levels\[3\]: label 'proficient' is already used at levels\[2\]",
    ):
        from_dict(sa.Scale, plain)


def test_plain_values() -> None:
    """Dates are ISO strings, enums their values, tuples lists."""
    item = sa.Evidence(
        student="ana",
        standard="nf1",
        score=3,
        assessed_on=date(2026, 10, 2),
        kind=sa.EvidenceKind.QUICK_CHECK,
    )
    plain = to_dict(item)
    assert plain["assessed_on"] == "2026-10-02"
    assert plain["kind"] == "quick_check"
    assert plain["score"] == 3.0
    assert isinstance(to_dict(sa.FOUR_POINT)["levels"], list)
    assert list(plain) == [
        "schema_version",
        "student",
        "standard",
        "score",
        "assessed_on",
        "kind",
        "due_on",
        "submitted_on",
        "source",
        "excused",
        "attempt",
        "assessed_at",
        "sequence",
    ]


def test_schema_version_may_be_left_out_but_not_wrong() -> None:
    """A missing schema_version reads as the current one; an unknown one is refused."""
    plain = to_dict(sa.FOUR_POINT)
    assert plain["schema_version"] == SCHEMA_VERSION == 2
    del plain["schema_version"]
    assert from_dict(sa.Scale, plain) == sa.FOUR_POINT
    assert from_dict(sa.Scale, {**plain, "schema_version": 1}) == sa.FOUR_POINT
    with pytest.raises(
        InvalidDataError, match=r"^schema_version: must be 1 or 2 \(got 3\)$"
    ):
        from_dict(sa.Scale, {**plain, "schema_version": 3})
    with pytest.raises(InvalidDataError, match="schema_version: must be 1 or 2"):
        from_dict(sa.Scale, {**plain, "schema_version": True})


# A rubric and a teacher's assessment as version 1 of the format wrote them: every
# criterion rated on the scale's levels, and a level's range given by the
# descriptor's min_points.
VERSION_1_ASSESSMENT = {
    "schema_version": 1,
    "id": "a1",
    "rubric": {
        "id": "poster",
        "title": "Fraction poster",
        "kind": "analytic",
        "scale": to_dict(sa.FOUR_POINT) | {"schema_version": None},
        "criteria": [
            {
                "id": "accuracy",
                "title": "Accuracy",
                "success_criterion": None,
                "standards": ["nf1"],
                "weight": 1.0,
                "descriptors": [
                    {
                        "level": 1.0,
                        "description": "",
                        "can_do": [],
                        "points": 0.0,
                        "min_points": None,
                    },
                    {
                        "level": 2.0,
                        "description": "Some",
                        "can_do": [],
                        "points": 4.0,
                        "min_points": 1.0,
                    },
                    {
                        "level": 3.0,
                        "description": "Most",
                        "can_do": [],
                        "points": 8.0,
                        "min_points": 5.0,
                    },
                    {
                        "level": 4.0,
                        "description": "All",
                        "can_do": [],
                        "points": 10.0,
                        "min_points": 9.0,
                    },
                ],
                "feedback_only": False,
                "required": True,
            },
            {
                "id": "voice",
                "title": "Voice",
                "success_criterion": None,
                "standards": [],
                "weight": 2.0,
                "descriptors": [
                    {
                        "level": 3.0,
                        "description": "Clear",
                        "can_do": [],
                        "points": None,
                        "min_points": None,
                    },
                ],
                "feedback_only": False,
                "required": True,
            },
        ],
        "description": "",
        "feedback_only": False,
    },
    "student": "ana",
    "rater": "okafor",
    "role": "teacher",
    "assessed_on": "2026-10-02",
    "work": None,
    "ratings": [
        {
            "criterion": "accuracy",
            "level": None,
            "points": 6.5,
            "rationale": "",
            "evidence": [],
            "can_do": [],
            "comment": "",
            "glows": "",
            "grows": "",
        },
        {
            "criterion": "voice",
            "level": 3.0,
            "points": None,
            "rationale": "",
            "evidence": [],
            "can_do": [],
            "comment": "",
            "glows": "",
            "grows": "",
        },
    ],
    "comment": "",
}
del VERSION_1_ASSESSMENT["rubric"]["scale"]["schema_version"]  # type: ignore[index]


def test_a_document_of_version_1_still_loads() -> None:
    """Version 1's min_points become the criterion's range; scores stay the same."""
    before = copy.deepcopy(VERSION_1_ASSESSMENT)
    assessment = from_dict(rb.Assessment, VERSION_1_ASSESSMENT)
    assert before == VERSION_1_ASSESSMENT  # the caller's data is left as it was
    accuracy = assessment.rubric.criterion("accuracy")
    assert accuracy.use_range
    assert [(d.title, d.points) for d in accuracy.descriptors] == [
        ("Not proficient", 0.0),
        ("Partially proficient", 4.0),
        ("Proficient", 8.0),
        ("Advanced", 10.0),
    ]
    assert assessment.level("accuracy") == 3.0
    assert assessment.level("voice") == 3.0
    score = assessment.score()
    assert (score.total, score.maximum, score.minimum) == (9.5, 14.0, 1.0)
    # Read back in the current version, unchanged.
    current = to_dict(assessment)
    assert current["schema_version"] == 2
    assert from_dict(rb.Assessment, current) == assessment


def test_a_document_of_the_current_version_loads_as_written() -> None:
    """A version-2 document written by hand, with ratings of a criterion's own."""
    document = {
        "schema_version": 2,
        "id": "lab",
        "title": "Lab",
        "scale": None,
        "criteria": [
            {
                "id": "method",
                "title": "Method",
                "use_range": True,
                "counted": False,
                "outcome": "canvas-outcome-7",
                "mastery_points": 5,
                "descriptors": [
                    {"title": "Beginning", "points": 0, "id": "r1"},
                    {"title": "Exceeds", "points": 10, "id": "r2"},
                ],
            },
            {
                "id": "notes",
                "title": "Notes",
                "descriptors": [{"title": "Seen", "id": "n1"}],
            },
        ],
    }
    rubric = from_dict(rb.Rubric, document)
    method = rubric.criterion("method")
    assert (method.use_range, method.counted, method.outcome) == (
        True,
        False,
        "canvas-outcome-7",
    )
    assert method.positions_of(5.25) == (1,)
    assert rubric.maximum == 0.0
    assert from_dict(rb.Rubric, to_dict(rubric)) == rubric


def test_version_1_is_read_without_recursion() -> None:
    """A deeply nested version-1 document is refused with a path, not a crash."""
    deep: object = {"x": 1}
    for _ in range(50_000):
        deep = [deep]
    with pytest.raises(InvalidDataError):
        from_dict(
            rb.Rubric, {"schema_version": 1, "id": "r", "title": "R", "criteria": deep}
        )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], r"^must be an object with the fields of Level \(got \[\]\)$"),
        ({"points": True, "label": "x"}, r"^points: must be a number \(got True\)$"),
        ({"points": 1, "label": 5}, r"^label: must be a string \(got 5\)$"),
        (
            {"points": 1, "label": "x", "mastery": "yes"},
            r"mastery: must be true or false",
        ),
    ],
)
def test_leaves_are_strict(data: object, message: str) -> None:
    """Nothing is coerced: 5 is not "5", "yes" is not True, True is not 1."""
    with pytest.raises(InvalidDataError, match=message):
        from_dict(sa.Level, data)


def test_dates_enums_and_lists_are_checked() -> None:
    """Bad dates, unknown enum values and non-lists are reported with paths."""
    with pytest.raises(InvalidDataError) as caught:
        from_dict(
            sa.Evidence,
            {
                "student": "ana",
                "standard": "nf1",
                "score": 3,
                "assessed_on": "2 October",
                "kind": "homework",
                "attempt": 1.0,
            },
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "assessed_on: must be an ISO date like '2026-09-01' (got '2 October')",
        "kind: must be one of 'pre_assessment', 'formative', 'summative', "
        "'quick_check', 'observation', 'self', 'peer', 'teacher' (got 'homework')",
        "attempt: must be a whole number (got 1.0)",
    ]
    with pytest.raises(
        InvalidDataError, match=r"^standards: must be a list \(got 'nf1'\)$"
    ):
        from_dict(
            sa.Artifact,
            {
                "id": "a1",
                "student": "ana",
                "title": "Poster",
                "created_on": "2026-10-02",
                "standards": "nf1",
            },
        )


def test_not_a_model() -> None:
    """to_dict and from_dict refuse what is not a model, with InvalidDataError."""
    with pytest.raises(InvalidDataError, match="must be a selfassess model"):
        to_dict({"points": 1})
    with pytest.raises(InvalidDataError, match="must be a selfassess model class"):
        from_dict(dict, {})


class _Size(enum.IntEnum):
    SMALL = 1
    LARGE = 2


class _Tone(str, enum.Enum):
    WARM = "warm"


@attrs.frozen
class _Sized:
    """A test-only model with enumerations that are also ints and strings."""

    size: _Size
    tone: _Tone


def test_int_and_str_enumerations_round_trip() -> None:
    """An IntEnum or str-based enum comes back as its member, not a bare value."""
    value = _Sized(_Size.LARGE, _Tone.WARM)
    plain = to_dict(value)
    assert plain == {"schema_version": SCHEMA_VERSION, "size": 2, "tone": "warm"}
    back = from_dict(_Sized, plain)
    assert back.size is _Size.LARGE
    assert back.tone is _Tone.WARM
    with pytest.raises(
        InvalidDataError, match=r"^size: must be one of 1, 2 \(got 3\)$"
    ):
        from_dict(_Sized, {"size": 3, "tone": "warm"})


@attrs.frozen
class _Clock:
    """A test-only model with the plain types no core model has yet."""

    share: Fraction
    at: datetime
    starts: time


def test_fractions_times_and_datetimes() -> None:
    """Fractions are "3/4"; times and datetimes are ISO strings; both come back."""
    value = _Clock(Fraction(3, 4), datetime(2026, 9, 1, 9, 30), time(9, 10))
    plain = to_dict(value)
    assert plain == {
        "schema_version": SCHEMA_VERSION,
        "share": "3/4",
        "at": "2026-09-01T09:30:00",
        "starts": "09:10:00",
    }
    assert from_dict(_Clock, plain) == value
    with pytest.raises(InvalidDataError) as caught:
        from_dict(_Clock, {"share": "3/0", "at": "noon", "starts": 910})
    assert [problem.path for problem in caught.value.problems] == [
        "share",
        "at",
        "starts",
    ]
    assert from_dict(_Clock, {**plain, "share": 2}).share == 2


def test_version_1_documents_that_hold_themselves_or_tuples() -> None:
    """A document that holds itself is refused, not walked forever; tuples are read."""
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(InvalidDataError):
        from_dict(
            rb.Rubric, {"schema_version": 1, "id": "r", "title": "R", "criteria": loop}
        )
    document = copy.deepcopy(VERSION_1_ASSESSMENT["rubric"])
    assert isinstance(document, dict)
    document["schema_version"] = 1
    document["criteria"] = tuple(
        {**criterion, "descriptors": tuple(criterion["descriptors"])}
        for criterion in document["criteria"]
    )
    rubric = from_dict(rb.Rubric, document)
    assert rubric.criterion("accuracy").use_range


def test_a_version_1_single_point_rubric_still_loads() -> None:
    """Version 1 let a single-point descriptor name its level and nothing more."""
    rubric = from_dict(
        rb.Rubric,
        {
            "schema_version": 1,
            "id": "r",
            "title": "R",
            "kind": "single_point",
            "criteria": [
                {"id": "a", "title": "A", "descriptors": [{"level": 3, "can_do": []}]}
            ],
        },
    )
    assert [d.level for d in rubric.criterion("a").descriptors] == [1, 2, 3, 4]
