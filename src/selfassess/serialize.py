"""Models to JSON-compatible dicts and back, unchanged.

Every selfassess model turns into plain data that `json.dumps` accepts, and back into
an equal model::

    >>> from selfassess import FOUR_POINT, Scale
    >>> from selfassess.serialize import from_dict, to_dict
    >>> data = to_dict(FOUR_POINT)
    >>> data["schema_version"], data["levels"][2]["label"]
    (1, 'Proficient')
    >>> from_dict(Scale, data) == FOUR_POINT
    True

The rules of the plain data:

- a model is a dict of its fields, by name; a top-level document also carries
  ``"schema_version"`` (`SCHEMA_VERSION`); it may be left out when reading;
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
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from fractions import Fraction
from typing import Any, TypeVar, cast, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    IterableValidationError,
)

# Modules, not names, so that this public module exports only its own names.
from selfassess import _validate, errors

__all__ = ["SCHEMA_VERSION", "from_dict", "to_dict"]

_T = TypeVar("_T")

SCHEMA_VERSION = 1
"""The version of the plain-data format, written as ``"schema_version"`` on top-level
documents. It changes only when a document written before could be read wrongly."""

_converter = cattrs.Converter(
    forbid_extra_keys=True,
    detailed_validation=True,
    unstruct_collection_overrides={tuple: list},
)


def _fail(message: str) -> errors.InvalidDataError:
    return errors.InvalidDataError.single("", message)


# Leaves: strict, so that 5 never becomes "5" and "true" never becomes True.


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _fail(f"must be a string (got {_validate.shown(value)})")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _fail(f"must be true or false (got {_validate.shown(value)})")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"must be a whole number (got {_validate.shown(value)})")
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(f"must be a number (got {_validate.shown(value)})")
    return float(value)


_Iso = TypeVar("_Iso", date, datetime, time)
_Leaf = TypeVar("_Leaf", str, int, float)


def _iso_parser(kind: type[_Iso], example: str) -> Callable[[object, type], _Iso]:
    def structure(value: object, _: type) -> _Iso:
        if type(value) is kind:
            return value
        if isinstance(value, str):
            try:
                return kind.fromisoformat(value)
            except ValueError:
                pass
        raise _fail(
            f"must be an ISO {kind.__name__} like {example!r} (got {_validate.shown(value)})"
        )

    return structure


def _structure_fraction(value: object, _: type) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, str):
        try:
            return Fraction(value)
        except (ValueError, ZeroDivisionError):
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
        # bool is an int: True must not find a member whose value is 1.
        if not isinstance(value, bool):
            try:
                return by_value[value]
            except (KeyError, TypeError):
                pass
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


def _is_homogeneous_tuple(kind: object) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(kind: Any) -> Callable[[object, type], tuple[Any, ...]]:
    structure_items = homogenous_tuple_structure_factory(kind, _converter)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise _fail(f"must be a list (got {_validate.shown(value)})")
        return structure_items(value, kind)  # type: ignore[no-any-return]

    return structure


def _field_of(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def _model_hook(kind: type[_T]) -> Callable[[object, type], _T]:
    """Structure a model field by field, then let its constructor check the rules.

    cattrs' generated functions stop before the constructor when a field has the wrong
    type, so the model's own rules (finite points, unique ids) would go unreported.
    Here a field that fails to structure is passed on raw: the constructor checks every
    field and the cross-field rules, and its report on an already-failed field is
    dropped, so every problem appears once.
    """
    hints = get_type_hints(kind)
    fields = [
        (field.name, field.alias, hints[field.name], field.default is attrs.NOTHING)
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", kind))
        if field.init
    ]
    known = {name for name, _, _, _ in fields}
    name = kind.__name__

    def structure(value: object, _: type) -> _T:
        if not isinstance(value, Mapping):
            raise _fail(
                f"must be an object with the fields of {name} (got {_validate.shown(value)})"
            )
        problems = [
            errors.Problem(str(key), f"is not a field of {name}")
            for key in value
            if key not in known
        ]
        arguments: dict[str, Any] = {}
        failed: set[str] = set()
        complete = True
        for field, alias, annotation, required in fields:
            if field not in value:
                if required:
                    problems.append(errors.Problem(field, "is required"))
                    complete = False
                continue
            raw = value[field]
            try:
                arguments[alias] = _converter.structure(raw, annotation)
            except Exception as error:  # reported with its path, never raw
                problems += _problems(error, field)
                failed.add(field)
                arguments[alias] = raw
        if complete:
            try:
                model = kind(**arguments)
            except errors.InvalidDataError as error:
                problems += [
                    p for p in error.problems if _field_of(p.path) not in failed
                ]
            except Exception:  # a raw value the rules could not read: already reported
                pass
            else:
                if not problems:
                    return model
        raise errors.InvalidDataError(problems)

    return structure


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
_converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
_converter.register_structure_hook_factory(attrs.has, _model_hook)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _problems(error: BaseException, path: str) -> list[errors.Problem]:
    """Flatten a structuring failure into problems, each with its full path.

    Models raise `InvalidDataError` themselves (see `_model_hook`); cattrs' tuple
    hooks gather their items' failures in an `IterableValidationError`, whose notes
    give each failure's index.
    """
    if isinstance(error, errors.InvalidDataError):
        return [problem.under(path) for problem in error.problems]
    if isinstance(error, IterableValidationError):
        found: list[errors.Problem] = []
        with_notes, without = error.group_exceptions()
        for inner, iterable_note in with_notes:
            index = iterable_note.index
            step = f"[{index}]" if isinstance(index, int) else f"[{index!r}]"
            found += _problems(inner, path + step)
        for inner in without:
            found += _problems(inner, path)
        return found
    # Anything else is a defect in a hook; still report it with its path, not raw.
    return [errors.Problem(path, f"is invalid ({type(error).__name__}: {error})")]


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
            `SCHEMA_VERSION`.

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
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        message = f"must be {SCHEMA_VERSION} (got {_validate.shown(version)})"
        raise errors.InvalidDataError.single("schema_version", message)
    try:
        return _converter.structure(fields, cls)
    except errors.InvalidDataError:
        raise
    except Exception as error:  # every structuring failure becomes InvalidDataError
        raise errors.InvalidDataError(_problems(error, "")) from error
