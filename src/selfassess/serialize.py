"""Models to JSON-compatible dicts and back, unchanged.

Every selfassess model turns into plain data that `json.dumps` accepts, and back into
an equal model::

    >>> from selfassess import FOUR_POINT, Scale
    >>> from selfassess.serialize import from_dict, to_dict
    >>> data = to_dict(FOUR_POINT)
    >>> data["schema_version"], data["levels"][2]["label"]
    (2, 'Proficient')
    >>> from_dict(Scale, data) == FOUR_POINT
    True

The rules of the plain data:

- a model is a dict of its fields, by name; a top-level document also carries
  ``"schema_version"`` (`SCHEMA_VERSION`); it may be left out when reading, and
  documents of every earlier version are read too (`from_dict` says how);
- tuples are lists; enumerations are their values (``"formative"``);
- dates, times and datetimes are ISO 8601 strings (``"2026-09-01"``);
- fractions are strings (``"3/4"``);
- unknown keys are an error, so that a misspelt field is never silently dropped.

`from_dict` checks everything and raises one `~selfassess.errors.InvalidDataError` listing every problem
with its path, such as ``levels[2].points: must be finite (got nan)``.
"""

from __future__ import annotations

import enum
import functools
import re
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from fractions import Fraction
from typing import Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

import attrs
import cattrs

# Modules, not names, so that this public module exports only its own names.
from selfassess import _validate, errors

__all__ = ["SCHEMA_VERSION", "from_dict", "json_schema", "to_dict"]

_T = TypeVar("_T")

SCHEMA_VERSION = 2
"""The version of the plain-data format, written as ``"schema_version"`` on top-level
documents. It changes only when a document written before could be read wrongly.

Version 2 gave each rubric criterion its own ratings: a descriptor's
``min_points`` (version 1) became the criterion's ``use_range``."""

_VERSIONS = (1, 2)

_converter = cattrs.Converter(
    forbid_extra_keys=True,
    unstruct_collection_overrides={tuple: list},
)


def _fail(message: str) -> errors.InvalidDataError:
    return errors.InvalidDataError.single("", message)


# Leaves: strict, so that 5 never becomes "5" and "true" never becomes True.


def _structure_str(value: object, _: type) -> str:
    problem = _validate.text_problem(value, empty=True)
    if problem is not None:
        raise _fail(problem)
    return cast("str", value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _fail(f"must be true or false (got {_validate.shown(value)})")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"must be a whole number (got {_validate.shown(value)})")
    return value


_FLOAT_MAX = sys.float_info.max


def _structure_float(value: object, _: type) -> float:
    if not _validate.is_number(value):
        raise _fail(f"must be a number (got {_validate.shown(value)})")
    if isinstance(value, int) and not -_FLOAT_MAX <= value <= _FLOAT_MAX:
        message = f"must be a number within float range (got {_validate.shown(value)})"
        raise _fail(message)
    return float(cast("float", value))


_Iso = TypeVar("_Iso", date, datetime, time)
_Leaf = TypeVar("_Leaf", str, int, float)

# The ISO 8601 forms every supported Python reads alike: date.fromisoformat and
# friends read more on 3.11 and later ("20260901", "2026-W01-1"), so what they are
# given is first held to the extended forms that isoformat() writes. Digits are
# ASCII digits: \d would let other scripts' digits through.
_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
_TIME = (
    "[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]{3}(?:[0-9]{3})?)?)?"
    "(?:Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]{6})?)?)?"
)
_ISO_FORMS: dict[type, re.Pattern[str]] = {
    date: re.compile(_DATE),
    time: re.compile(_TIME),
    datetime: re.compile(f"{_DATE}(?:[T ]{_TIME})?"),
}


def _iso_parser(kind: type[_Iso], example: str) -> Callable[[object, type], _Iso]:
    form = _ISO_FORMS[kind]

    def structure(value: object, _: type) -> _Iso:
        if type(value) is kind:
            return value
        if isinstance(value, str) and form.fullmatch(value):
            text = value[:-1] + "+00:00" if value.endswith("Z") else value
            try:
                return kind.fromisoformat(text)
            except ValueError:  # the right form, but no such day or hour
                pass
        raise _fail(
            f"must be an ISO {kind.__name__} like {example!r} (got {_validate.shown(value)})"
        )

    return structure


# A whole number or a ratio of them, or a decimal: never an exponent, which could
# ask for a number of a billion digits ("1e-1000000000").
_FRACTION = re.compile(r"[+-]?[0-9]{1,50}(?:[.][0-9]{1,50}|/[0-9]{1,50})?")


def _structure_fraction(value: object, _: type) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, str) and _FRACTION.fullmatch(value):
        try:
            return Fraction(value)
        except ZeroDivisionError:
            pass
    raise _fail(f"must be a fraction like '3/4' (got {_validate.shown(value)})")


def _unstructure_fraction(value: Fraction) -> str:
    return str(value)


def _unstructure_iso(value: date | time) -> str:
    return value.isoformat()


def _is_enum(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


@functools.cache
def _enum_hook(kind: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    by_value = {member.value: member for member in kind}
    choices = ", ".join(repr(value) for value in by_value)

    def structure(value: object, _: type) -> enum.Enum:
        if isinstance(value, kind):
            return value
        # Only the plain types enumeration values have here, so that an unhashable
        # or hostile value is never hashed, and True never finds a member 1.
        if type(value) in (str, int, float):
            found = by_value.get(value)
            if found is not None:
                return found
        raise _fail(f"must be one of {choices} (got {_validate.shown(value)})")

    return structure


def _enums_first(
    structure: Callable[[object, type], _Leaf],
) -> Callable[[object, type], _Leaf | enum.Enum]:
    """Send IntEnum and str-based enum fields to the enum hook.

    cattrs finds a hook registered for ``int`` or ``str`` by subclass, so without this
    an IntEnum field would be read as a bare int and fail its model's check.
    """

    def hook(value: object, kind: type) -> _Leaf | enum.Enum:
        if _is_enum(kind):
            return _enum_hook(kind)(value, kind)
        return structure(value, kind)

    return hook


def _is_optional(kind: object) -> bool:
    origin = get_origin(kind)
    return origin in (Union, types.UnionType) and type(None) in get_args(kind)


def _optional_hook(kind: Any) -> Callable[[object, type], object]:
    others = [arg for arg in get_args(kind) if arg is not type(None)]
    inner: Any = others[0] if len(others) == 1 else Union[tuple(others)]  # noqa: UP007

    def structure(value: object, _: type) -> object:
        if value is None:
            return None
        return _converter.structure(value, inner)

    return structure


def _is_homogeneous_tuple(kind: object) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(kind: Any) -> Callable[[object, type], tuple[Any, ...]]:
    """Read a list item by item, keeping every item's problems under its index.

    Written here rather than taken from cattrs so that a list of a million wrong
    items keeps `errors.MAX_PROBLEMS` problems and a count, not a million
    exceptions with their tracebacks.
    """
    item_kind = get_args(kind)[0]
    structure_item = _converter.get_structure_hook(item_kind)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise _fail(f"must be a list (got {_validate.shown(value)})")
        items = []
        check = _validate.Checker()
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_kind))
            except errors.InvalidDataError as error:
                check.absorb(error, f"[{index}]")
        check.done()
        return tuple(items)

    return structure


def _is_text_mapping(kind: object) -> bool:
    args = get_args(kind)
    return get_origin(kind) in (Mapping, dict) and len(args) == 2 and args[0] is str


def _mapping_hook(kind: Any) -> Callable[[object, type], dict[str, Any]]:
    """Read an object of values by text key, each value's problems under its key."""
    value_kind = get_args(kind)[1]
    structure_value = _converter.get_structure_hook(value_kind)

    def structure(value: object, _: type) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise _fail(f"must be an object (got {_validate.shown(value)})")
        found: dict[str, Any] = {}
        check = _validate.Checker()
        for key, item in value.items():
            where = f"[{_validate.shown(key)}]"
            if not isinstance(key, str):
                check.add(where, f"must be a text key (got {_validate.shown(key)})")
                continue
            try:
                found[key] = structure_value(item, value_kind)
            except errors.InvalidDataError as error:
                check.absorb(error, where)
        check.done()
        return found

    return structure


def _field_of(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


class _Missing:
    """Stands in for a field a document lacks or gives wrong, so the rules still run."""

    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


def _key_path(key: object) -> str:
    return key if isinstance(key, str) else _validate.shown(key)


def _model_hook(kind: type[_T]) -> Callable[[object, type], _T]:
    """Structure a model field by field, then let its constructor check the rules.

    A field that fails to structure, or a required field that is missing, is passed
    to the constructor as a stand-in: the constructor checks every other field and
    the rules across fields, its report on the stand-in is dropped, and so every
    problem of the document appears, once.
    """
    hints = get_type_hints(kind)
    fields = [
        (
            field.name,
            field.alias,
            _converter.get_structure_hook(hints[field.name]),
            hints[field.name],
            field.default is attrs.NOTHING,
        )
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", kind))
        if field.init
    ]
    known = {name for name, *_ in fields}
    # Problems are listed in the order of the fields, as a reader goes down them.
    order = {field: index for index, (field, *_) in enumerate(fields)}
    name = kind.__name__

    def structure(value: object, _: type) -> _T:
        if not isinstance(value, Mapping):
            raise _fail(
                f"must be an object with the fields of {name} (got {_validate.shown(value)})"
            )
        check = _validate.Checker()
        for key in value:
            if key not in known:
                check.add(_key_path(key), f"is not a field of {name}")
        arguments: dict[str, Any] = {}
        reported: set[str] = set()
        for field, alias, hook, annotation, required in fields:
            if field in value:
                raw = value[field]
                try:
                    arguments[alias] = hook(raw, annotation)
                except errors.InvalidDataError as error:
                    check.absorb(error, field)
                    reported.add(field)
                    arguments[alias] = _MISSING
            elif required:
                check.add(field, "is required")
                reported.add(field)
                arguments[alias] = _MISSING
        model = _build(kind, arguments, check, reported)
        if model is not None:
            return model
        check.problems.sort(key=lambda problem: order.get(_field_of(problem.path), -1))
        raise check.error()

    return structure


def _build(
    kind: type[_T],
    arguments: dict[str, Any],
    check: _validate.Checker,
    reported: set[str],
) -> _T | None:
    """Call the model's constructor; add its problems to those of the fields.

    Returns the model if it has no problem at all, else ``None``.
    """
    try:
        model = kind(**arguments)
    except errors.InvalidDataError as error:
        for problem in error.problems:
            if _field_of(problem.path) not in reported:
                check.add(problem.path, problem.message)
        check.omitted += error.omitted
    except Exception:
        # The rules met a value they could not read. It was reported already (it is
        # a field that failed or is missing); if not, this is a defect in the
        # model, and it must not pass for bad data.
        if not check.problems:
            raise
    else:
        if not check.problems:
            return model
    return None


_converter.register_structure_hook(str, _enums_first(_structure_str))
_converter.register_structure_hook(bool, _structure_bool)
_converter.register_structure_hook(int, _enums_first(_structure_int))
_converter.register_structure_hook(float, _enums_first(_structure_float))
_converter.register_structure_hook(date, _iso_parser(date, "2026-09-01"))
_converter.register_structure_hook(
    datetime, _iso_parser(datetime, "2026-09-01T09:30:00")
)
_converter.register_structure_hook(time, _iso_parser(time, "09:30"))
_converter.register_structure_hook(Fraction, _structure_fraction)
_converter.register_unstructure_hook(date, _unstructure_iso)
_converter.register_unstructure_hook(datetime, _unstructure_iso)
_converter.register_unstructure_hook(time, _unstructure_iso)
_converter.register_unstructure_hook(Fraction, _unstructure_fraction)
_converter.register_structure_hook_factory(_is_enum, _enum_hook)
_converter.register_structure_hook_factory(_is_optional, _optional_hook)
_converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
_converter.register_structure_hook_factory(_is_text_mapping, _mapping_hook)
_converter.register_structure_hook_factory(attrs.has, _model_hook)


def _is_model_class(kind: object) -> bool:
    return isinstance(kind, type) and attrs.has(kind)


def to_dict(obj: object) -> dict[str, Any]:
    """Return a model as a JSON-compatible dict, with ``"schema_version"`` first.

    Args:
        obj: Any selfassess model (an attrs class instance).

    Returns:
        A new dict of plain values (dicts, lists, strings, numbers, booleans and
        None) that `json.dumps` accepts.

    Raises:
        InvalidDataError: If *obj* is not a model.
    """
    if not _is_model_class(type(obj)):
        raise _fail(f"must be a selfassess model (got {_validate.shown(obj)})")
    data = _converter.unstructure(obj)
    return {"schema_version": SCHEMA_VERSION, **data}


def from_dict(cls: type[_T], data: object) -> _T:
    """Build a model from plain data, checking everything.

    Args:
        cls: The model class to build, such as `selfassess.Scale`.
        data: A mapping as `to_dict` returns it (or as parsed from JSON). The
            ``"schema_version"`` key may be left out; if present it must be
            `SCHEMA_VERSION` or an earlier version (1), whose documents are read
            as the current version says them.

    Returns:
        The model, equal to the one the data was made from.

    Raises:
        InvalidDataError: Listing every problem found, each with its path, such as
            ``levels[2].points: must be finite (got nan)``.

    Example:
        >>> from selfassess import Level
        >>> from selfassess.serialize import from_dict
        >>> from_dict(Level, {"points": "three", "label": "Proficient", "colour": "green"})
        Traceback (most recent call last):
        ...
        selfassess.errors.InvalidDataError: 2 problems:
          points: must be a number (got 'three')
          colour: must be a colour like '#1a7f37' (got 'green')
    """
    if not _is_model_class(cls):
        raise _fail(f"must be a selfassess model class (got {_validate.shown(cls)})")
    if not isinstance(data, Mapping):
        raise _fail(
            f"must be an object with the fields of {cls.__name__} (got {_validate.shown(data)})"
        )
    fields = dict(data)
    version = fields.pop("schema_version", SCHEMA_VERSION)
    # Exactly the int: 1.0 and True are equal to 1, but no writer of this format
    # writes them, and a document that says them says something else.
    if type(version) is not int or version not in _VERSIONS:
        listed = " or ".join(str(known) for known in _VERSIONS)
        message = f"must be {listed} (got {_validate.shown(version)})"
        raise errors.InvalidDataError.single("schema_version", message)
    if version == 1:
        fields = _from_version_1(fields)
    return _converter.structure(fields, cls)


def _from_version_1(fields: dict[str, Any]) -> dict[str, Any]:
    """A version-1 document as version 2 says it.

    In version 1 a rubric's descriptor could give ``min_points``, the low end of
    its level's range. In version 2 a criterion with ``use_range`` has ranges on
    every rating, each from the rating below: so a criterion any of whose
    descriptors gave ``min_points`` uses ranges, and ``min_points`` goes. Every
    score version 1 accepted is still accepted, in the same level. Anything that
    is not a descriptor list is left to `from_dict` to check.
    """
    top: dict[str, Any] = dict(fields)
    # Walked with a stack, not recursion: a document may nest deeper than Python
    # recurses. Every dict and list on the way is copied before it is changed, so
    # that the caller's data stays as it was.
    stack: list[dict[str, Any] | list[object]] = [top]
    # Each of the caller's containers is copied once: one met again (a document
    # that holds itself) is left as it is, for from_dict to refuse.
    seen: set[int] = {id(fields)}
    while stack:
        node = stack.pop()
        keys: Iterable[Any] = (
            node.keys() if isinstance(node, dict) else range(len(node))
        )
        for key in list(keys):
            value = node[key]
            if not isinstance(value, (Mapping, list, tuple)) or id(value) in seen:
                continue
            seen.add(id(value))
            copy: dict[str, Any] | list[object] = (
                dict(value) if isinstance(value, Mapping) else list(value)
            )
            node[key] = copy
            stack.append(copy)
        if isinstance(node, dict) and isinstance(node.get("descriptors"), list):
            _descriptors_of_version_1(node)
    return top


def _descriptors_of_version_1(owner: dict[str, Any]) -> None:
    ranged = False
    descriptors = owner["descriptors"]  # a copy already: the walk made it
    for index, item in enumerate(descriptors):
        if isinstance(item, Mapping) and "min_points" in item:
            plain = dict(item)
            ranged = plain.pop("min_points") is not None or ranged
            descriptors[index] = plain
    # A self-report card's standard has descriptors but no ranges to keep.
    if ranged and "statement" not in owner:
        owner.setdefault("use_range", True)


# The schema of the documents: derived from the models' annotations and declared rules.

_JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ISO_SCHEMAS: dict[type, dict[str, Any]] = {
    date: {"type": "string", "format": "date", "pattern": f"^{_DATE}$"},
    time: {"type": "string", "pattern": f"^{_TIME}$"},
    datetime: {"type": "string", "pattern": f"^{_DATE}(?:[T ]{_TIME})?$"},
}
_LEAF_SCHEMAS: dict[type, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    # "integer" in JSON Schema takes 1.0 too, which from_dict refuses: the schema
    # may be looser than the models, never stricter.
    int: {"type": "integer"},
    float: {"type": "number"},
    Fraction: {
        "anyOf": [
            {"type": "integer"},
            {"type": "string", "pattern": f"^{_FRACTION.pattern}$"},
        ]
    },
}


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the documents `to_dict` writes.

    Derived from the model, not written by hand: its fields' types, which are
    required, the values of its enumerations, the forms of its dates, and the
    bounds of its number fields (``minimum``, or ``exclusiveMinimum`` for a bound
    left out, and likewise at the top). A document the schema refuses is refused by
    `from_dict` too; the models check more than a schema can say (points in
    order, ids unique, a bound set by another field), so not every document the
    schema takes is a valid one.
    Nested models are in ``$defs``, by class name.

    Args:
        cls: A model class, such as `selfassess.Scale`.

    Returns:
        The schema, as plain data that `json.dumps` accepts.

    Raises:
        ArgumentTypeError: If *cls* is not a model class.

    Example:
        >>> from selfassess import Level
        >>> from selfassess.serialize import json_schema
        >>> schema = json_schema(Level)
        >>> schema["required"], schema["properties"]["points"]
        (['points', 'label'], {'type': 'number'})
    """
    if not _is_model_class(cls):
        message = f"must be a selfassess model class (got {_validate.shown(cls)})"
        raise errors.ArgumentTypeError([errors.Problem("cls", message)])
    definitions: dict[str, Any] = {}
    top = _model_schema(cls, definitions, top=True)
    definitions.pop(cls.__name__, None)
    schema: dict[str, Any] = {"$schema": _JSON_SCHEMA_DIALECT, **top}
    if definitions:
        schema["$defs"] = dict(sorted(definitions.items()))
    return schema


def _model_schema(
    kind: type[Any], definitions: dict[str, Any], *, top: bool = False
) -> dict[str, Any]:
    """The schema of one model, its nested models added to *definitions*."""
    definitions[kind.__name__] = {}  # taken, so that a model can nest itself
    hints = get_type_hints(kind)
    rules = dict(_validate.rules_of(kind))
    properties: dict[str, Any] = {}
    if top:
        properties["schema_version"] = {"const": SCHEMA_VERSION}
    required = []
    for field in attrs.fields(kind):
        if not field.init:
            continue
        found = _type_schema(hints[field.name], definitions)
        rule = rules.get(field.name)
        if rule is not None:
            found = _with_rule(found, rule)
        properties[field.name] = found
        if field.default is attrs.NOTHING:
            required.append(field.name)
    summary = (kind.__doc__ or "").strip().split("\n")[0]
    schema = {
        "title": kind.__name__,
        "description": summary,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    definitions[kind.__name__] = schema
    return schema


def _with_rule(schema: dict[str, Any], rule: _validate.Rule) -> dict[str, Any]:
    """The schema of a number with a declared rule's bounds, inclusive or not."""
    bounds: dict[str, Any] = {}
    if rule.minimum is not None:
        key = "exclusiveMinimum" if rule.exclusive_minimum else "minimum"
        bounds[key] = rule.minimum
    if rule.maximum is not None:
        key = "exclusiveMaximum" if rule.exclusive_maximum else "maximum"
        bounds[key] = rule.maximum
    if "anyOf" in schema:  # an optional number: bound the number, not the null
        return {
            "anyOf": [
                {**part, **bounds} if part.get("type") != "null" else part
                for part in schema["anyOf"]
            ]
        }
    return {**schema, **bounds}


def _container_schema(kind: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    """The schema of a tuple of items (a list) or a mapping by text key (an object)."""
    if _is_homogeneous_tuple(kind):
        return {"type": "array", "items": _type_schema(get_args(kind)[0], definitions)}
    values = _type_schema(get_args(kind)[1], definitions)
    return {"type": "object", "additionalProperties": values}


def _type_schema(kind: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    """The schema of a field's annotation."""
    if _is_enum(kind):
        return {"enum": [member.value for member in kind]}
    if kind in _LEAF_SCHEMAS:
        return dict(_LEAF_SCHEMAS[kind])
    if kind in _ISO_SCHEMAS:
        return dict(_ISO_SCHEMAS[kind])
    if _is_optional(kind):
        others = [arg for arg in get_args(kind) if arg is not type(None)]
        parts = [_type_schema(arg, definitions) for arg in others]
        return {"anyOf": [*parts, {"type": "null"}]}
    if _is_homogeneous_tuple(kind) or _is_text_mapping(kind):
        return _container_schema(kind, definitions)
    if _is_model_class(kind):
        if kind.__name__ not in definitions:
            _model_schema(kind, definitions)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    message = f"has no JSON Schema for the annotation {kind!r}"  # pragma: no cover
    raise TypeError(message)  # pragma: no cover - every model's fields are covered
