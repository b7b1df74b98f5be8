"""selfassess.serialize.json_schema: the shape of every document, derived from the models.

Checked with the `jsonschema` package both ways: every document `to_dict` writes is
valid under its schema, and every document the schema refuses, `from_dict` refuses
too (the schema is never stricter than the models).
"""

from __future__ import annotations

import json
import math
import typing
from collections.abc import Callable
from datetime import date
from typing import Any, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from fuzz import FUZZ, models, mutated
from selfassess import Role, conference, goals, mastery
from selfassess._validate import (
    RULE,
    Checker,
    Rule,
    integer_field,
    number_field,
    number_problem,
    rules_of,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.serialize import from_dict, json_schema, to_dict

from strategies import STRATEGIES

jsonschema = pytest.importorskip("jsonschema")

MODELS = [kind for kind in models() if kind in STRATEGIES]


def _validator(kind: type) -> Any:
    schema = json_schema(kind)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


VALIDATORS = {kind: _validator(kind) for kind in MODELS}


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
def test_every_schema_is_a_valid_schema(kind: type) -> None:
    """Each schema is valid draft 2020-12 and names its model."""
    schema = json_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == kind.__name__
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    json.dumps(schema)  # plain data


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@given(data=st.data())
def test_written_documents_are_valid(kind: type, data: st.DataObject) -> None:
    """Every document to_dict writes is valid under its model's schema."""
    document = json.loads(json.dumps(to_dict(data.draw(STRATEGIES[kind]))))
    errors = [error.message for error in VALIDATORS[kind].iter_errors(document)]
    assert errors == []


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@FUZZ
@given(data=st.data())
def test_what_the_schema_refuses_from_dict_refuses(
    kind: type, data: st.DataObject
) -> None:
    """A mutated document the schema refuses is refused by from_dict too."""
    document = data.draw(mutated(to_dict(data.draw(STRATEGIES[kind]))))
    try:
        text = json.dumps(document, allow_nan=False)
    except (ValueError, OverflowError):
        return  # not a JSON document: NaN, or a number JSON cannot carry
    document = json.loads(text)
    if VALIDATORS[kind].is_valid(document):
        return
    if isinstance(document, dict) and document.get("schema_version") == 1:
        # A document of the earlier version: the schema describes the current one,
        # and from_dict reads this one by upgrading it (tested in test_serialize).
        return
    with pytest.raises(InvalidDataError):
        from_dict(kind, document)


def test_a_schema_by_hand() -> None:
    """The schema of Evidence, read as a teacher's export tool would."""
    schema = json_schema(sa.Evidence)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["student", "standard", "score", "assessed_on"]
    properties = schema["properties"]
    assert properties["schema_version"] == {"const": 2}
    assert properties["assessed_on"]["format"] == "date"
    assert properties["kind"]["enum"][:2] == ["pre_assessment", "formative"]
    assert properties["due_on"]["anyOf"][1] == {"type": "null"}
    assert properties["attempt"]["minimum"] == 1


def test_declared_bounds_are_in_the_schema_and_enforced() -> None:
    """A field's declared bounds are in the schema, and the model refuses beyond them."""
    maximum = json_schema(sa.Evidence)["properties"]["attempt"]["maximum"]
    item = sa.Evidence(
        student="ana", standard="nf1", score=3, assessed_on=date(2026, 10, 2)
    )
    attrs.evolve(item, attempt=maximum)
    with pytest.raises(InvalidDataError, match=r"^attempt: must be at most"):
        attrs.evolve(item, attempt=maximum + 1)


NUMBERS = {int: "integer", float: "number"}
"""The number types of model fields, with the kind of rule each declares."""


def _number_type(annotation: object) -> tuple[type, bool] | None:
    """The number type of a field's annotation and whether None is allowed too."""
    for kind in NUMBERS:
        if annotation == kind:
            return kind, False
        if annotation == kind | None:
            return kind, True
    return None


def test_every_number_field_declares_its_rule() -> None:
    """Every int and float field of every public model declares a Rule of its type.

    So that its bounds are written once, checked by the model and said by the
    schema: a number field added without one fails here.
    """
    undeclared = []
    checked = 0
    for kind in models():
        hints = typing.get_type_hints(kind)
        for field in attrs.fields(kind):
            found = _number_type(hints[field.name])
            if found is None:
                continue
            checked += 1
            number, optional = found
            rule = field.metadata.get(RULE)
            where = f"{kind.__module__}.{kind.__name__}.{field.name}"
            if rule is None:
                undeclared.append(where)
                continue
            assert (rule.kind, rule.optional) == (NUMBERS[number], optional), where
    assert undeclared == []
    assert checked > 150  # the fields were found: 125 had no rule before


def _just_past(rule: Rule, side: str) -> float:
    """The value just past a rule's bound: the nearest one the rule refuses."""
    bound = cast("float", getattr(rule, side))
    exclusive = getattr(rule, f"exclusive_{side}")
    step = 1 if side == "maximum" else -1
    if rule.kind == "integer":
        return int(bound) + step
    return bound if exclusive else math.nextafter(bound, step * math.inf)


BROKEN_BOUNDS = [
    conference.AgendaItem(title="Welcome", minutes=2, speaker=Role.STUDENT),
    conference.SurveyAnswer(respondent="p1", question="q1", rating=4),
    conference.QuestionSummary(
        question="q1", rated=2, counts=[0, 0, 1, 1, 0], mean=3.5, agree=0.5
    ),
    goals.FractionBar(4, 3),
    goals.ProgressMonitor(goal="read-70", target=70, due_on=date(2027, 3, 1)),
    mastery.MasteryPolicy(n=3, floor=0.5),
    mastery.BktParameters(),
    mastery.PercentCut(percent=80, points=3),
    mastery.AssessmentItem(id="q1", standards=["nf1"], points=2),
]
"""Valid models, of conference, goals and mastery, whose bounds are broken below."""


@pytest.mark.parametrize("model", BROKEN_BOUNDS, ids=lambda model: type(model).__name__)
def test_a_declared_bound_broken_is_refused_by_the_schema_and_from_dict(
    model: object,
) -> None:
    """Each declared bound, passed by the least step, is refused both ways.

    The schema validator refuses the document and from_dict refuses it too, with
    the one problem at the field: the bound the schema says is the one enforced.
    """
    kind = type(model)
    document = json.loads(json.dumps(to_dict(model)))
    validator = _validator(kind)
    assert validator.is_valid(document)
    broken = []
    for name, rule in rules_of(kind):
        for side in ("minimum", "maximum"):
            if getattr(rule, side) is None:
                continue
            value = _just_past(rule, side)
            changed = json.loads(json.dumps({**document, name: value}))
            assert not validator.is_valid(changed), (name, value)
            with pytest.raises(InvalidDataError) as caught:
                from_dict(kind, changed)
            assert [problem.path for problem in caught.value.problems] == [name]
            assert caught.value.problems[0].message.startswith("must be ")
            broken.append(name)
    assert broken


@attrs.frozen(kw_only=True)
class _Bounded:
    """A model with every kind of declared bound, for the tests of Rule."""

    share: float = number_field(
        minimum=0, maximum=1, exclusive_minimum=True, exclusive_maximum=True
    )
    weight: float | None = number_field(
        minimum=0, exclusive_minimum=True, optional=True, default=None
    )
    below: float = number_field(
        minimum=-1, maximum=1, exclusive_maximum=True, default=0
    )
    free: float = number_field(default=0)
    count: int = integer_field(minimum=1, maximum=5, default=1)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.done()


def _problems(**fields: object) -> list[str]:
    with pytest.raises(InvalidDataError) as caught:
        _Bounded(**fields)  # type: ignore[arg-type]
    return [str(problem) for problem in caught.value.problems]


def test_exclusive_bounds_are_checked_with_their_own_words() -> None:
    """A bound left out is refused at the bound itself, in words that say so."""
    assert _Bounded(share=0.5, weight=1e-9, below=-1).below == -1.0
    assert _problems(share=0, weight=0, below=1) == [
        "share: must be strictly between 0 and 1 (got 0.0)",
        "weight: must be greater than 0 (got 0.0)",
        "below: must be less than 1 (got 1.0)",
    ]
    assert _problems(share=1, weight=-2.5, below=-1.5) == [
        "share: must be strictly between 0 and 1 (got 1.0)",
        "weight: must be greater than 0 (got -2.5)",
        "below: must be at least -1 (got -1.5)",
    ]
    assert _problems(share=-3, count=6, free=math.inf) == [
        "share: must be strictly between 0 and 1 (got -3.0)",
        "free: must be finite (got inf)",
        "count: must be at most 5 (got 6)",
    ]
    assert _problems(share="half") == ["share: must be a number (got 'half')"]


def test_one_exclusive_bound_leaves_the_other_inclusive() -> None:
    """number_problem words each bound by its own kind."""
    assert number_problem(0, 0, 1, exclusive_maximum=True) is None
    assert number_problem(1, 0, 1, exclusive_maximum=True) == (
        "must be less than 1 (got 1)"
    )
    assert number_problem(-1, 0, 1, exclusive_maximum=True) == (
        "must be at least 0 (got -1)"
    )
    assert number_problem(2, 0, 1, exclusive_minimum=True) == (
        "must be at most 1 (got 2)"
    )
    assert number_problem(
        0, 0, None, exclusive_minimum=True, exclusive_maximum=True
    ) == ("must be greater than 0 (got 0)")


def test_exclusive_bounds_are_in_the_schema() -> None:
    """The schema writes exclusiveMinimum and exclusiveMaximum, null left unbounded."""
    properties = json_schema(_Bounded)["properties"]
    assert properties["share"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "exclusiveMaximum": 1,
    }
    assert properties["weight"] == {
        "anyOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "null"}]
    }
    assert properties["below"] == {
        "type": "number",
        "minimum": -1,
        "exclusiveMaximum": 1,
    }
    assert properties["free"] == {"type": "number"}
    assert properties["count"] == {"type": "integer", "minimum": 1, "maximum": 5}
    validator = jsonschema.Draft202012Validator(json_schema(_Bounded))
    for document, valid in [
        ({"share": 0.5}, True),
        ({"share": 0}, False),
        ({"share": 1}, False),
        ({"share": 0.5, "weight": None}, True),
        ({"share": 0.5, "weight": 0}, False),
        ({"share": 0.5, "below": -1}, True),
        ({"share": 0.5, "below": 1}, False),
    ]:
        assert validator.is_valid(document) is valid, document
        if valid:
            from_dict(_Bounded, document)
        else:
            with pytest.raises(InvalidDataError):
                from_dict(_Bounded, document)


@pytest.mark.parametrize(
    "declare",
    [
        lambda: Rule("integer", 0, 1, exclusive_minimum=True),
        lambda: Rule("integer", 0, 1, exclusive_maximum=True),
        lambda: Rule("fraction", 0, 1),
    ],
)
def test_a_rule_no_check_could_keep_is_refused_where_declared(
    declare: Callable[[], Rule],
) -> None:
    """A whole number's bounds are inclusive, and a rule is of a number or a whole one."""
    with pytest.raises(ValueError, match=r"^a "):
        declare()


def test_only_models_have_schemas() -> None:
    """Anything but a model class is the caller's mistake: ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError, match=r"^cls: must be a selfassess model"):
        json_schema(dict)
    with pytest.raises(ArgumentTypeError):
        json_schema(sa.FOUR_POINT)  # type: ignore[arg-type]
