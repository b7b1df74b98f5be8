"""Reading a platform's payload with the payload's own paths in every error.

`Payload` walks decoded JSON (dicts, lists, strings, numbers, booleans, ``None``)
and records a problem for every value that is missing or of the wrong kind, at
its path in the payload (``data[2].ratings[0].points``), so that a reader reports
every problem at once, as `selfassess.serialize.from_dict` does.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from selfassess._validate import Checker, shown, text_problem

__all__ = ["Payload", "join"]

_ABSENT = object()
"""What a reader got for a key that is missing or an allowed null: nothing to read."""


def join(path: str, key: str | int) -> str:
    """The path of *key* inside *path*: ``data[2]`` or ``data.points``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class Payload:
    """A checker of one payload: read values, record problems, raise them all.

    Each reader returns the value if it is of the kind asked for, or ``None``
    (after recording the problem at its path). Call `done` at the end: it raises
    one `~selfassess.errors.InvalidDataError` listing every problem.
    """

    def __init__(self) -> None:
        self.check = Checker()
        # Paths already reported missing: reading them again as a list or an
        # object adds no second problem.
        self._missing: set[str] = set()

    def add(self, path: str, message: str) -> None:
        """Record a problem at *path*."""
        self.check.add(path, message)

    def done(self) -> None:
        """Raise every problem recorded, if any."""
        self.check.done()

    @property
    def ok(self) -> bool:
        """Whether no problem has been recorded."""
        return not self.check.problems

    def mapping(self, path: str, value: object) -> Mapping[str, Any] | None:
        """An object (a JSON dict)."""
        if isinstance(value, Mapping):
            return value
        if value is not None or path not in self._missing:
            self.add(path or "payload", f"must be an object (got {shown(value)})")
        return None

    def items(self, path: str, value: object) -> Sequence[Any] | None:
        """A list (a JSON array)."""
        if isinstance(value, (list, tuple)):
            return value
        if value is not None or path not in self._missing:
            self.add(path or "payload", f"must be a list (got {shown(value)})")
        return None

    def field(
        self, path: str, data: Mapping[str, Any], key: str, *, required: bool = True
    ) -> Any:
        """The value at *key*; a missing required key is a problem."""
        if key in data:
            return data[key]
        if required:
            self.add(join(path, key), "is missing")
            self._missing.add(join(path, key))
        return None

    def _given(
        self,
        path: str,
        data: Mapping[str, Any],
        key: str,
        *,
        required: bool,
        null: bool,
    ) -> Any:
        """The value at *key*, or `_ABSENT` when it is missing or an allowed null."""
        value = self.field(path, data, key, required=required)
        if value is None and (null or key not in data):
            return _ABSENT
        return value

    def text(
        self,
        path: str,
        data: Mapping[str, Any],
        key: str,
        *,
        required: bool = True,
        empty: bool = True,
        null: bool = False,
    ) -> str | None:
        """A string at *key* (``None`` allowed with *null*, or when not required)."""
        value = self._given(path, data, key, required=required, null=null)
        if value is _ABSENT:
            return None
        if not isinstance(value, str) or (not empty and not value.strip()):
            wanted = "a string" if empty else "a non-empty string"
            self.add(join(path, key), f"must be {wanted} (got {shown(value)})")
            return None
        problem = text_problem(value, empty=True)  # lone surrogates
        if problem is not None:
            self.add(join(path, key), problem)
            return None
        return value

    def identifier(
        self,
        path: str,
        data: Mapping[str, Any],
        key: str,
        *,
        required: bool = True,
        null: bool = False,
    ) -> str | None:
        """An id: a non-empty string, or a whole number (JSON ids often are), as text."""
        value = self._given(path, data, key, required=required, null=null)
        if value is _ABSENT:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.add(join(path, key), f"must be an id (got {shown(value)})")
            return None
        try:
            text = str(value).strip()
        except ValueError:  # an int too long for Python to print
            self.add(join(path, key), f"must be an id (got {shown(value)})")
            return None
        problem = text_problem(text, empty=True)
        if problem is not None:
            self.add(join(path, key), problem)
            return None
        if not text:
            self.add(join(path, key), f"must not be empty (got {shown(value)})")
            return None
        return text

    def number(
        self,
        path: str,
        data: Mapping[str, Any],
        key: str,
        *,
        required: bool = True,
        null: bool = False,
    ) -> float | None:
        """A finite number at *key* (never a string, never a boolean)."""
        value = self._given(path, data, key, required=required, null=null)
        if value is _ABSENT:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(join(path, key), f"must be a number (got {shown(value)})")
            return None
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            self.add(join(path, key), f"must be finite (got {shown(value)})")
            return None
        return number

    def boolean(
        self,
        path: str,
        data: Mapping[str, Any],
        key: str,
        *,
        default: bool = False,
    ) -> bool:
        """A boolean at *key*; missing or ``null`` is *default*."""
        value = data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(join(path, key), f"must be true or false (got {shown(value)})")
            return default
        return value
