"""Small helpers the tracking modules share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from selfassess._validate import Checker


def as_list(values: Iterable[Any], path: str, what: str = "items") -> list[Any]:
    """Return *values* as a list, or raise `ArgumentTypeError` at *path*.

    A string or a mapping is iterable but never meant as a list of items here; a
    generator is read once.
    """
    check = Checker(arguments=True)
    found = check.listed(path, values, what)
    check.done()
    return list(found)
