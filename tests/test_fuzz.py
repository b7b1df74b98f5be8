"""Fuzzing: hostile documents, constructors and calls give a value or a deliberate error.

Never anything else; see tests/fuzz.py for how the hostile data is made.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fuzz
from fuzz import (
    FUZZ,
    NASTY,
    Hostile,
    bound_target,
    call_arguments,
    check_error,
    check_model_error,
    deep,
    functions,
    init_arguments,
    models,
    mutated,
    nasty,
    outcome,
)
from selfassess import FOUR_POINT, Artifact, Level
from selfassess.errors import Problem, SelfAssessError
from selfassess.goals import FractionBar
from selfassess.serialize import from_dict, to_dict
from selfassess.tracking import PortfolioItem

from strategies import STRATEGIES

MODELS = [kind for kind in models() if kind in STRATEGIES]
FUNCTIONS = functions()


def test_the_harness_sees_the_whole_library() -> None:
    """Every public model and many functions and methods are fuzzed, not a few."""
    assert len(MODELS) == len(models()) > 100
    assert len(FUNCTIONS) > 120


@FUZZ
@given(data=st.data())
def test_a_mutation_of_a_document_holding_a_deep_value(data: st.DataObject) -> None:
    """The harness mutates a document that an earlier mutation made 1,000 deep."""
    document = {"student": "ana", "scores": [1, deep(1000)]}
    data.draw(mutated(document))  # a RecursionError here was once blamed on from_dict
    paths = fuzz._paths(document)
    assert ("scores", 1) in paths
    assert max(len(path) for path in paths) == fuzz.MUTATION_DEPTH


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@FUZZ
@given(data=st.data())
def test_mutated_documents(kind: type, data: st.DataObject) -> None:
    """A valid document with keys dropped, added and retyped: a model or problems."""
    document = to_dict(data.draw(STRATEGIES[kind]))
    if data.draw(st.booleans()):
        del document["schema_version"]
    changed = data.draw(mutated(document))  # drawn first: the harness's own work
    outcome(lambda: from_dict(kind, changed))


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
@FUZZ
@given(data=st.data())
def test_hostile_constructor_arguments(kind: type, data: st.DataObject) -> None:
    """A valid model's fields, one or two made hostile: a model or InvalidDataError."""
    arguments = init_arguments(data.draw(STRATEGIES[kind]))
    for name in data.draw(
        st.sets(st.sampled_from(sorted(arguments)), min_size=1, max_size=2)
    ):
        arguments[name] = data.draw(nasty)
    try:
        value = kind(**arguments)
    except Exception as error:
        check_model_error(error)
    else:
        outcome(lambda: value)


@pytest.mark.parametrize(
    ("name", "function"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS]
)
@FUZZ
@given(data=st.data())
def test_hostile_function_arguments(
    name: str, function: Any, data: st.DataObject
) -> None:
    """Arguments drawn from the annotations, some hostile: a value or a deliberate error."""
    target = bound_target(data.draw, name, function)
    hostile = data.draw(st.booleans())
    positional, keywords = data.draw(call_arguments(target, hostile))
    outcome(lambda: target(*positional, **keywords))


@pytest.mark.parametrize("value", NASTY, ids=lambda value: type(value).__name__)
def test_every_nasty_value_is_refused_by_from_dict_whole(value: object) -> None:
    """Each nasty value, given as a whole document, is refused cleanly."""
    kind = MODELS[0]
    try:
        from_dict(kind, value)
    except Exception as error:
        check_error(error)
    else:  # pragma: no cover - no nasty value is a valid document
        pytest.fail(f"{value!r} was read as a {kind.__name__}")


def test_signatures_are_readable() -> None:
    """Every fuzzed function has a signature the harness can read."""
    for name, function in FUNCTIONS:
        assert inspect.signature(function), name


def deep_list(depth: int) -> list[object]:
    """A list nested *depth* deep."""
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


ARTIFACT = Artifact(id="a1", student="ana", title="Poster", created_on=date(2026, 9, 1))

REPROS = [
    lambda: from_dict(Level, 10**5000),
    lambda: from_dict(Level, deep_list(1000)),
    lambda: from_dict(Level, {"schema_version": deep_list(1000)}),
    lambda: Level(points=1.0, label=deep_list(1000)),
    lambda: from_dict(FractionBar, {"parts": 4, "filled": -(10**5000)}),
    lambda: Level(points=10**400, label="x"),
    lambda: FOUR_POINT.level_for(10**400),
    lambda: Problem(path=None, message=None),  # type: ignore[arg-type]
    lambda: PortfolioItem(artifact=ARTIFACT, presented_on=Hostile()),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("repro", REPROS, ids=range(len(REPROS)))
def test_repros_under_the_default_int_limit(repro: Callable[[], object]) -> None:
    """Each value that once broke the library gives a clean error as Python ships."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(4300)  # the default, which tests/fuzz.py lifts
    try:
        with pytest.raises(SelfAssessError) as caught:
            repro()
        check_error(caught.value)
    finally:
        sys.set_int_max_str_digits(limit)
