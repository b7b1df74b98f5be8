"""Short, useful reprs for the models: what a value is, at a glance, in one line.

attrs writes every field of a model, nested models in full, so the repr of one
mastery estimate repeats its policy and the whole scale: thousands of characters.
A model here reads in one line of at most `CAP` characters instead:

- a model with an ``id`` leads with it: ``Scale('four-point', name=...)``;
- a field left at its default is left out; numbers read briefly (``2.88``), dates
  as ISO dates, members of an enumeration by their name (``band=NEAR``);
- a nested model reads as its identity: ``Scale('four-point')`` when it has an
  ``id``, its own short repr when that is short, else ``<MasteryPolicy>``;
- a collection reads as its size (``criteria=<4 items>``), or in full when it is a
  short tuple of plain values (``standards=('nf1', 'nf2')``);
- what does not fit in `CAP` characters ends with ``...``, cut between fields.

A model opts in with one line in its body, ``__repr__ = short_repr`` (attrs keeps
a ``__repr__`` the class defines), or names the fields worth showing, properties
included: ``__repr__ = short_repr_of("student", "standard", "value", "band",
"count")``. Equal values read the same, but for what equality overlooks and a
reader should see: an instant written in two time zones keeps its offset. The
repr is for people; ``eval(repr(x))`` is not expected to work. Equality and
hashing stay attrs' own.
"""

from __future__ import annotations

import datetime
import enum
import fractions
import math
from collections.abc import Callable, Collection, Mapping
from typing import Any, cast

import attrs

from selfassess._shown import shown

__all__ = ["CAP", "short_repr", "short_repr_of"]

CAP = 200
"""The longest a model's repr is, in characters, "..." included."""

_TEXT = 40  # the longest a text field is shown, quotes and "..." included
_NESTED = 48  # the longest a nested model without an id is shown in full
_TUPLE = 48  # the longest a tuple of plain values is shown in full


def short_repr(self: object) -> str:
    """Return a model's short repr: its fields that differ from their defaults.

    Example:
        >>> import selfassess as sa
        >>> sa.BandCuts(mastered=3.0, near=2.5)
        BandCuts(mastered=3.0, near=2.5)
    """
    return _written(self, _own_fields(self), depth=1)


def short_repr_of(*names: str) -> Callable[[object], str]:
    """Return a ``__repr__`` that shows the fields or properties *names*, in order.

    A name whose value is ``None`` is left out; the model's ``id``, if it has one,
    still leads.

    Example:
        >>> from selfassess.mastery import MasteryPolicy
        >>> import selfassess as sa
        >>> from datetime import date
        >>> MasteryPolicy().estimate([sa.Evidence(
        ...     student="ana", standard="nf1", score=3, assessed_on=date(2024, 9, 2))])
        MasteryEstimate(student='ana', standard='nf1', value=3.0, band=MASTERED, count=1)
    """

    def chosen_repr(self: object) -> str:
        chosen = [(name, getattr(self, name)) for name in names if name != "id"]
        return _written(
            self, [(name, value) for name, value in chosen if value is not None], 1
        )

    return chosen_repr


def identity(value: object) -> str:
    """Return how a model reads inside another: its id, or a short repr, or its name.

    Example:
        >>> import selfassess as sa
        >>> identity(sa.FOUR_POINT)
        "Scale('four-point')"
    """
    name = type(value).__name__
    key = getattr(value, "id", None) if attrs.has(type(value)) else None
    if isinstance(key, str):
        return f"{name}({shown(key, _TEXT)})"
    text = _written(value, _own_fields(value), depth=0)
    return text if len(text) <= _NESTED else f"<{name}>"


def _own_fields(model: object) -> list[tuple[str, object]]:
    """The fields of *model* that differ from their defaults, ``id`` aside."""
    found = []
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(model))):
        if field.name == "id" or field.name.startswith("_") or not field.repr:
            continue
        value = getattr(model, field.name)
        if not _at_default(field, value):
            found.append((field.name, value))
    return found


def _at_default(field: attrs.Attribute[Any], value: object) -> bool:
    default: Any = field.default
    if default is attrs.NOTHING:
        return False
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return False
        default = default.factory()
    try:
        return bool(value == default)
    except Exception:  # an odd comparison: show the value rather than guess
        return False


def _written(model: object, fields: list[tuple[str, object]], depth: int) -> str:
    """``Name('id', field=value, ...)``, cut to `CAP` characters between fields."""
    name = type(model).__name__
    parts = []
    key = getattr(model, "id", None) if attrs.has(type(model)) else None
    if key is not None:
        parts.append(_value(key, depth))
    parts += [f"{field}={_value(value, depth)}" for field, value in fields]
    text = f"{name}({', '.join(parts)})"
    if len(text) <= CAP:
        return text
    kept: list[str] = []
    room = CAP - len(name) - len("(, ...)")
    for part in parts:
        if len(part) + 2 > room:
            break
        kept.append(part)
        room -= len(part) + 2
    return f"{name}({', '.join([*kept, '...'])})"


def _value(value: object, depth: int) -> str:
    """One field's value, briefly; the same for values equal in all they show."""
    if value is None or isinstance(value, (bool, int, str)):
        text = shown(value, _TEXT)
    elif isinstance(value, float):
        text = _number(value)
    elif isinstance(value, enum.Enum):
        text = value.name
    elif isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        text = _moment(value)
    elif isinstance(value, fractions.Fraction):
        text = str(value)
    elif attrs.has(type(value)):
        key = getattr(value, "id", None)
        if depth > 0 or isinstance(key, str):
            text = identity(value)
        else:
            text = f"<{type(value).__name__}>"
    elif isinstance(value, (Collection, Mapping)):
        text = _collection(value)
    else:
        text = shown(value, _TEXT)
    return text


def _moment(value: datetime.date | datetime.time | datetime.timedelta) -> str:
    """A date or a time in ISO form; a moment with the offset it was written with."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def _collection(value: Collection[object]) -> str:
    """A short tuple of plain values in full; any other collection as its size."""
    if isinstance(value, tuple) and all(_plain(item) for item in value):
        text = shown(tuple(_normal(item) for item in value), _TUPLE)
        if not text.endswith("..."):
            return text
    size = len(value)
    if isinstance(value, Mapping):
        return "{}" if not size else f"<{size} {'entry' if size == 1 else 'entries'}>"
    if not size:
        return "()"
    return f"<{size} {'item' if size == 1 else 'items'}>"


def _plain(value: object) -> bool:
    return value is None or isinstance(value, (bool, int, float, str))


def _normal(value: object) -> object:
    """A plain value as it reads: ``-0.0`` as ``0.0``, which it equals."""
    if isinstance(value, float) and value == 0:
        return 0.0
    return value


def _number(value: float) -> str:
    """A float to four decimals at most: ``2.88``, ``3.0``, ``0.6667``, ``1e-05``."""
    if not math.isfinite(value):
        return float.__repr__(value)
    if value == 0:
        return "0.0"
    if not 1e-3 <= abs(value) < 1e15:
        return f"{value:.4g}"
    text = f"{value:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text
