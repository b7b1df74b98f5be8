"""selfassess.serialize.json_schema: the shape of every document, derived from the models.

Checked with the `jsonschema` package both ways: every document `to_dict` writes is
valid under its schema, and every document the schema refuses, `from_dict` refuses
too (the schema is never stricter than the models).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from fuzz import FUZZ, models, mutated
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
    with pytest.raises(InvalidDataError):
        from_dict(kind, document)


def test_a_schema_by_hand() -> None:
    """The schema of Evidence, read as a teacher's export tool would."""
    schema = json_schema(sa.Evidence)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["student", "standard", "score", "assessed_on"]
    properties = schema["properties"]
    assert properties["schema_version"] == {"const": 1}
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


def test_only_models_have_schemas() -> None:
    """Anything but a model class is the caller's mistake: ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError, match=r"^cls: must be a selfassess model"):
        json_schema(dict)
    with pytest.raises(ArgumentTypeError):
        json_schema(sa.FOUR_POINT)  # type: ignore[arg-type]
