"""The fuzz harness: hostile documents and arguments, and what may come out of them.

selfassess promises that bad data raises a deliberate error (`SelfAssessError` and
its subclasses) with a clear message, and that nothing else escapes: no bare
`KeyError`, `TypeError`, `OverflowError` or `RecursionError`, no message carrying an
internal exception's text or a memory address. This module makes bad data three ways
and checks each outcome:

- documents: a valid document of every public model (from `tests/strategies.py`),
  mutated by dropping, adding and retyping keys, and by putting the values that
  broke the library before (`NASTY_JSON`) anywhere in it, given to `from_dict`;
- constructor calls: the fields of a valid model, some replaced by hostile Python
  values (`NASTY`: objects whose ``repr``, ``==`` or ``hash`` raise, generators,
  huge numbers, nested lists, dates at the calendar's ends);
- function calls: every public function and method, with arguments drawn from their
  annotations, some replaced by hostile values.

`tests/test_fuzz.py` runs a bounded slice of it on every run of the suite. A longer
run is one command, ``python3 dev.py fuzz`` (see its ``--examples``).
"""

from __future__ import annotations

import collections.abc
import enum
import importlib
import inspect
import json
import math
import os
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from selfassess.errors import MAX_PROBLEMS, InvalidDataError, SelfAssessError
from selfassess.serialize import from_dict, to_dict

from strategies import STRATEGIES, json_values

# Hypothesis prints the values of a failing example with repr(), which Python refuses
# for an int of over 4,300 digits; lift that limit so that a failure can be shown.
# The library must not depend on it: every message is checked for its length below,
# and tests/test_fuzz.py runs the repros again under the default limit.
sys.set_int_max_str_digits(0)

EXAMPLES = int(os.environ.get("SELFASSESS_FUZZ_EXAMPLES", "15"))
"""Examples a fuzz target runs: a slice on every run, many more in a long run."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

PUBLIC_MODULES = (
    "selfassess",
    "selfassess.errors",
    "selfassess.serialize",
    "selfassess.rubrics",
    "selfassess.mastery",
    "selfassess.tracking",
    "selfassess.goals",
    "selfassess.conference",
)


def deep(depth: int) -> list[Any]:
    """A list nested *depth* deep: ``[[[...]]]``."""
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


NASTY_JSON: tuple[Any, ...] = (
    10**5000,
    -(10**5000),
    10**400,
    -(10**400),
    2**63,
    deep(1000),
    {"a": deep(1000)},
    math.nan,
    math.inf,
    -math.inf,
    -0.0,
    1e308,
    5e-324,
    "\ud800",
    "a\udfffb",
    "",
    " ",
    "\x00",
    "x" * 5000,
    "20260901",
    "2026-W01-1",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
    "2026-09-01T25:00",
    "1e-1000000000",
    "3/0",
    True,
    False,
    None,
    1.0,
    0,
    -1,
    [],
    {},
    [None],
    [{}],
    {"schema_version": 1},
    [1, 2, 3],
)
"""Values a JSON document can hold that broke the library before, or nearly."""


class _Printable:
    """Hypothesis can print it in a failing example, though the library cannot."""

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}()")


class Hostile(_Printable):
    """An object whose every special method raises."""

    def __repr__(self) -> str:
        raise ValueError("no repr")

    def __str__(self) -> str:
        raise ValueError("no str")

    def __eq__(self, other: object) -> bool:
        raise ValueError("no ==")

    def __hash__(self) -> int:
        raise ValueError("no hash")

    def __bool__(self) -> bool:
        raise ValueError("no bool")

    def __lt__(self, other: object) -> bool:
        raise ValueError("no <")


class HostileList(_Printable, list[Any]):
    """A list whose iteration raises half way."""

    def __iter__(self) -> Iterator[Any]:
        yield 1
        raise ValueError("no more")


class Recursive(_Printable):
    """An object whose ``repr`` recurses without end."""

    def __repr__(self) -> str:
        return repr(self)


def _generator() -> Iterator[int]:
    yield 1


NASTY: tuple[Any, ...] = (
    *NASTY_JSON,
    object(),
    b"bytes",
    bytearray(b"x"),
    {1, 2},
    frozenset(),
    (1,),
    1j,
    Fraction(1, 3),
    date.min,
    date.max,
    date(9999, 12, 30),
    datetime.min,
    datetime.max,
    datetime(2026, 9, 1, 9, 30),
    time.max,
    time(9, 30),
    timedelta(days=1),
    str,
    len,
    enum.Enum,
    math.pi,
    -(2**1000),
)
"""Values a Python caller can pass: everything in `NASTY_JSON` and worse (and the
hostile objects of `hostile`).

Not among them: a ``str`` or ``int`` subclass whose own ``==`` or ``hash`` raises. It
passes every check of its type, as it should, and then fails in the caller's own
hands; no library can keep a broken string from being broken.
"""

nasty_json = st.sampled_from(NASTY_JSON) | json_values
# Objects that fail when hashed, compared or shown are made afresh for each example,
# never sampled from a list: Hypothesis itself hashes what it samples. A generator
# too: one shared would be spent by the first example.
hostile = st.sampled_from(
    [Hostile, Recursive, lambda: HostileList([1, 2]), _generator]
).map(lambda make: make())
nasty = st.sampled_from(NASTY) | json_values | hostile

# Fragments of exception text and of reprs that must never reach a message.
_LEAKS = re.compile(
    r"0x[0-9a-fA-F]{4,}|Traceback|Error:|Exception:|\bobject at\b|"
    r"RecursionError|OverflowError|KeyError|AttributeError"
)


# The public surface ---------------------------------------------------------------


def public_names() -> list[tuple[str, str, Any]]:
    """Every public name: its module, its name and its value."""
    found = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        found += [(module_name, name, getattr(module, name)) for name in module.__all__]
    return found


def models() -> list[type]:
    """Every public model class, by name."""
    return sorted(
        {
            value
            for _, _, value in public_names()
            if inspect.isclass(value) and attrs.has(value)
        },
        key=lambda kind: (kind.__module__, kind.__name__),
    )


def functions() -> list[tuple[str, Callable[..., Any]]]:
    """Every public function, and every public method of a public class, by name.

    A method is listed with its class, as ``Scale.level_for``; it is called on a
    value drawn from the class's strategy (or on the class, for a class method).
    """
    found: dict[str, Callable[..., Any]] = {}
    for module_name, name, value in public_names():
        if module_name == "selfassess.serialize":
            continue  # to_dict and from_dict are fuzzed through documents
        if inspect.isfunction(value):
            found[f"{module_name}.{name}"] = value
        elif inspect.isclass(value) and value in STRATEGIES:
            for attribute, member in vars(value).items():
                if attribute.startswith("_") or isinstance(member, property):
                    continue
                if isinstance(
                    member, (classmethod, staticmethod)
                ) or inspect.isfunction(member):
                    found[f"{module_name}.{name}.{attribute}"] = getattr(
                        value, attribute
                    )
    return sorted(found.items())


# Checking what comes out ----------------------------------------------------------


def check_error(error: BaseException) -> None:
    """A deliberate error, whose message and problems read cleanly."""
    assert isinstance(error, SelfAssessError), (
        f"{type(error).__name__} escaped: {error!r}"[:500]
    )
    text = str(error)
    assert text, "an error without a message"
    problems = getattr(error, "problems", ())
    assert len(problems) <= MAX_PROBLEMS
    for problem in problems:
        assert isinstance(problem.path, str)
        assert isinstance(problem.message, str)
        assert problem.message, f"an empty message at {problem.path!r}"
        assert not _LEAKS.search(problem.message), problem.message
        assert len(problem.message) < 2000, problem.message[:200]
    if not problems:
        assert not _LEAKS.search(text), text


def check_value(value: object) -> None:
    """A value the library made: it prints, and a model dumps to JSON text and back."""
    repr(value)
    str(value)
    if attrs.has(type(value)) and type(value) in STRATEGIES:
        plain = to_dict(value)
        text = json.dumps(plain, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
        assert from_dict(type(value), json.loads(text)) == value


def check_model_error(error: BaseException) -> None:
    """A constructor's error: only ever `InvalidDataError`, reading cleanly."""
    assert isinstance(error, InvalidDataError), (
        f"{type(error).__name__} escaped: {error!r}"[:500]
    )
    check_error(error)


def outcome(call: Callable[[], object]) -> None:
    """Call, and check that a value or a deliberate error comes out."""
    try:
        value = call()
    except RecursionError as error:  # pragma: no cover - reported, never expected
        raise AssertionError(f"RecursionError escaped: {error}") from None
    except Exception as error:
        check_error(error)
    else:
        check_value(value)


# Documents ------------------------------------------------------------------------


MUTATION_DEPTH = 40
"""How deep a mutation reaches: a document's own nodes, not a nasty value's depths
(a mutation may already have put ``deep(1000)`` in it)."""


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every node of a plain document down to `MUTATION_DEPTH`."""
    found = [path]
    if len(path) >= MUTATION_DEPTH:
        return found
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """The document with the node at *path* replaced (a copy along the path)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _set(value[head], rest, new)}
    copied = list(value)
    copied[head] = _set(value[head], rest, new)
    return copied


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> Any:
    """A document with one to four mutations: keys dropped, added or retyped."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(_paths(document)))
        node = _get(document, path)
        choice = draw(st.integers(min_value=0, max_value=5))
        if choice == 0 and isinstance(node, dict) and node:  # drop a key
            key = draw(st.sampled_from(sorted(node, key=str)))
            new = {k: v for k, v in node.items() if k != key}
        elif choice == 1 and isinstance(node, dict):  # add a key
            key = draw(
                st.sampled_from(["extra", "schema_version", "", "id"])
                | st.text(max_size=5)
            )
            new = {**node, key: draw(nasty_json)}
        elif choice == 2 and isinstance(node, list) and node:  # repeat or drop an item
            index = draw(st.integers(min_value=0, max_value=len(node) - 1))
            if draw(st.booleans()):
                new = [*node, node[index]]
            else:
                new = node[:index] + node[index + 1 :]
        elif choice == 3:  # wrap in a list or an object
            new = draw(st.sampled_from([[node], {"value": node}]))
        else:  # retype
            new = draw(nasty_json)
        document = _set(document, path, new)
    return document


# Constructor calls ----------------------------------------------------------------


def init_arguments(value: object) -> dict[str, Any]:
    """The keyword arguments that would build *value* again."""
    return {
        field.alias: getattr(value, field.name)
        for field in attrs.fields(type(value))
        if field.init
    }


# Function calls -------------------------------------------------------------------

_SIMPLE: dict[Any, st.SearchStrategy[Any]] = {
    int: st.integers(min_value=-3, max_value=40),
    float: st.floats(min_value=-5, max_value=105, allow_nan=False),
    str: st.sampled_from(["ana", "ben", "4.NF.1", "nf1", "x", "Proficient"])
    | st.text(max_size=6),
    bool: st.booleans(),
    date: st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    datetime: st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)
    ),
    time: st.times(),
    Fraction: st.fractions(min_value=0, max_value=1, max_denominator=12),
    type(None): st.none(),
    object: json_values,
    Any: json_values,
}


_LISTS = (
    list,
    collections.abc.Iterable,
    collections.abc.Sequence,
    collections.abc.Collection,
    collections.abc.Set,
    set,
    frozenset,
)


def for_type(kind: Any) -> st.SearchStrategy[Any]:
    """Values of an annotation: small, valid of their type, not always of its rules."""
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    if kind in STRATEGIES:
        return STRATEGIES[kind]
    if inspect.isclass(kind) and issubclass(kind, enum.Enum):
        return st.sampled_from(list(kind))
    return _for_generic(typing.get_origin(kind), typing.get_args(kind))


def _for_generic(origin: Any, args: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    """Values of a generic annotation such as ``tuple[str, ...]`` or ``A | None``."""
    strategy: st.SearchStrategy[Any] = json_values
    if origin in (typing.Union, types.UnionType):
        strategy = st.one_of(*(for_type(arg) for arg in args))
    elif origin is typing.Literal:
        strategy = st.sampled_from(args)
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        strategy = st.lists(for_type(args[0]), max_size=4).map(tuple)
    elif origin is tuple:
        strategy = st.tuples(*(for_type(arg) for arg in args))
    elif origin in _LISTS:
        items = for_type(args[0]) if args else json_values
        strategy = st.lists(items, max_size=4) | st.lists(items, max_size=4).map(tuple)
    elif origin in (dict, collections.abc.Mapping):
        keys = for_type(args[0]) if args else json_values
        values = for_type(args[1]) if args else json_values
        strategy = st.dictionaries(keys, values, max_size=3)
    elif origin is collections.abc.Callable:
        strategy = st.just(lambda *args, **kwargs: None)
    return strategy


@st.composite
def call_arguments(
    draw: st.DrawFn, function: Callable[..., Any], hostile: bool
) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for *function* from its annotations; with *hostile*, some nasty."""
    signature = inspect.signature(function)
    try:
        hints = typing.get_type_hints(function)
    except Exception:  # pragma: no cover - every public function resolves its hints
        hints = {}
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    parameters = [
        parameter
        for parameter in signature.parameters.values()
        if parameter.name not in ("self", "cls")
        and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    ]
    spoiled = (
        draw(
            st.sets(
                st.sampled_from([p.name for p in parameters]), min_size=1, max_size=2
            )
        )
        if hostile and parameters
        else set()
    )
    for parameter in parameters:
        if parameter.name in spoiled:
            value = draw(nasty)
        elif parameter.default is not parameter.empty and draw(st.booleans()):
            continue
        else:
            value = draw(for_type(hints.get(parameter.name, Any)))
        if parameter.kind is parameter.KEYWORD_ONLY:
            keywords[parameter.name] = value
        else:
            positional.append(value)
    return positional, keywords


def bound_target(
    draw: st.DrawFn, name: str, function: Callable[..., Any]
) -> Callable[..., Any]:
    """The callable to fuzz: a function, or a method bound to a drawn value."""
    parts = name.split(".")
    owner = getattr(importlib.import_module(".".join(parts[:-2])), parts[-2], None)
    if inspect.isclass(owner) and inspect.ismethod(function):  # a class method
        return function
    if inspect.isclass(owner) and owner in STRATEGIES:
        member = inspect.getattr_static(owner, parts[-1])
        if isinstance(member, staticmethod):
            return function
        instance = draw(STRATEGIES[owner])
        return getattr(instance, parts[-1])
    return function


def module_of(value: object) -> str:
    """The public module a value comes from, for messages."""
    return getattr(value, "__module__", "?")


__all__ = [
    "EXAMPLES",
    "FUZZ",
    "NASTY",
    "NASTY_JSON",
    "bound_target",
    "call_arguments",
    "check_error",
    "check_model_error",
    "check_value",
    "deep",
    "functions",
    "init_arguments",
    "models",
    "mutated",
    "nasty",
    "nasty_json",
    "outcome",
]
