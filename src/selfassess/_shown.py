"""Show any value in an error message, briefly, without ever failing.

An error message quotes the value it refuses: ``must be finite (got nan)``. The
value may be anything a caller or a document holds: an integer of five thousand
digits (whose ``repr`` Python refuses), a list nested a thousand deep (whose
``repr`` overflows the stack), an object whose ``__repr__`` raises, or one whose
``repr`` names a memory address that changes from run to run. `shown` bounds the
length and the depth of what it writes, names the type where it cannot write the
value, and leaves addresses out, so that showing a value never fails and the same
value always reads the same.
"""

from __future__ import annotations

import math
import re

__all__ = ["LIMIT", "shown"]

LIMIT = 60
"""The longest a value is shown, in characters, "..." included."""

_DEPTH = 3
_ITEMS = 6
_DIGITS = 40
_ADDRESS = re.compile(r" (?:object )?at 0x[0-9a-fA-F]+")


def shown(value: object, limit: int = LIMIT) -> str:
    """Return a short, safe ``repr`` of *value* for an error message.

    Strings, numbers, lists, tuples and dicts read as Python writes them, cut to
    *limit* characters; anything else reads as its ``repr`` without memory
    addresses, or as its type's name where its ``repr`` fails.

    Example:
        >>> shown("2 Oct"), shown(float("nan")), shown([1, [2, [3, [4, [5]]]]])
        ("'2 Oct'", 'nan', '[1, [2, [3, [...]]]]')
        >>> shown(10**5000)
        '<a whole number of 5,001 digits>'
    """
    try:
        text = _show(value, _DEPTH)
    except Exception:  # a hostile value: its type still says what it was
        text = _type_name(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def _type_name(value: object) -> str:
    try:
        name = type(value).__name__
    except Exception:  # pragma: no cover - type() always has a name
        name = "object"
    return f"<{name}>"


def _show(value: object, depth: int) -> str:
    # The builtin types are written by their own methods, not the value's: a
    # subclass may have a __repr__ of its own that fails.
    if value is None or isinstance(value, bool):
        text = "True" if value is True else "False" if value is False else "None"
    elif isinstance(value, str):
        text = repr(str.__str__(value)[: LIMIT + 2])
    elif isinstance(value, int):
        text = _whole(int(value))
    elif isinstance(value, float):
        text = float.__repr__(float(value))
    elif isinstance(value, (bytes, bytearray)):
        text = repr(bytes(value[: LIMIT + 2]))
    elif isinstance(value, (list, tuple, set, frozenset, dict)):
        text = _container(value, depth)
    else:
        text = _other(value)
    return text


def _whole(value: int) -> str:
    if value.bit_length() <= _DIGITS * 3:  # short enough to write out
        return int.__repr__(value)
    size = abs(value)
    digits = math.floor(math.log10(size)) + 1
    if size < 10 ** (digits - 1):  # log10 rounded up to a power of ten
        digits -= 1
    sign = "a negative" if value < 0 else "a"
    return f"<{sign} whole number of {digits:,} digits>"


def _container(
    value: list[object]
    | tuple[object, ...]
    | set[object]
    | frozenset[object]
    | dict[object, object],
    depth: int,
) -> str:
    if isinstance(value, dict):
        left, right = "{", "}"
    elif isinstance(value, list):
        left, right = "[", "]"
    elif isinstance(value, tuple):
        left, right = "(", ")"
    else:
        left, right = "{", "}"
        if not value:
            return "set()" if isinstance(value, set) else "frozenset()"
    size = len(value)
    if not size:
        return left + right
    if depth <= 0:
        return f"{left}...{right}"
    pieces = []
    for count, item in enumerate(value):
        if count == _ITEMS:
            pieces.append("...")
            break
        shown_item = _show(item, depth - 1)
        if isinstance(value, dict):
            shown_item += f": {_show(dict.__getitem__(value, item), depth - 1)}"
        pieces.append(shown_item)
    trail = "," if isinstance(value, tuple) and size == 1 else ""
    return left + ", ".join(pieces) + trail + right


def _other(value: object) -> str:
    text = repr(value)
    if not isinstance(text, str):  # pragma: no cover - repr() checks this itself
        return _type_name(value)
    text = _ADDRESS.sub("", text)
    return text[: LIMIT + 2]
