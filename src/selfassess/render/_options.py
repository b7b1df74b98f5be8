"""The options every renderer takes, checked alike and with the same messages.

Each check returns the option's value, ready to use, or raises: `TypeError` when
the option has the wrong type, naming the option and the type it got, and
`ValueError` when its type is right but its value is not, naming the value.

Example:
    >>> whole("parts", 4, 1, 20), text("lang", "en")
    (4, 'en')
    >>> number("width", "wide")
    Traceback (most recent call last):
    ...
    TypeError: width must be a number (got str)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TypeVar

from selfassess._scales import Scale
from selfassess.language import ENGLISH, Catalog, catalog_for
from selfassess.render._page import Paper, direction_of

__all__ = [
    "catalog",
    "direction",
    "flag",
    "given_text",
    "instance",
    "lang",
    "names",
    "number",
    "optional_instance",
    "optional_text",
    "page_options",
    "paper",
    "scale",
    "text",
    "texts",
    "values",
    "whole",
]

T = TypeVar("T")


def _kind(value: object) -> str:
    return type(value).__name__


def _a(kind: type[object]) -> str:
    """The type's name after "a" or "an": ``a Scale``, ``an AlignedAssessment``."""
    name = kind.__name__
    return f"{'an' if name[0] in 'AEIOUaeiou' else 'a'} {name}"


def _range(minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return f"from {minimum:g} to {maximum:g}"
    if minimum is not None:
        return f"at least {minimum:g}"
    return f"at most {maximum:g}"


def text(name: str, value: object) -> str:
    """Return the text option *value*.

    Raises:
        TypeError: If *value* is not a string.
    """
    if not isinstance(value, str):
        message = f"{name} must be a str (got {_kind(value)})"
        raise TypeError(message)
    return value


def optional_text(name: str, value: object) -> str | None:
    """Return the optional text option *value*: a string or ``None``.

    Raises:
        TypeError: If *value* is neither ``None`` nor a string.
    """
    if value is None or isinstance(value, str):
        return value
    message = f"{name} must be a str or None (got {_kind(value)})"
    raise TypeError(message)


def given_text(name: str, value: object, default: str) -> str:
    """Return the optional text option *value*, or *default* for ``None``.

    Raises:
        TypeError: If *value* is neither ``None`` nor a string.
        ValueError: If it is a blank string.

    Example:
        >>> given_text("title", None, "Mastery by standard")
        'Mastery by standard'
    """
    found = optional_text(name, value)
    if found is None:
        return default
    if not found.strip():
        message = f"{name} must not be blank (got {found!r})"
        raise ValueError(message)
    return found


def flag(name: str, value: object) -> bool:
    """Return the option *value*, ``True`` or ``False``.

    Raises:
        TypeError: If *value* is not a bool.
    """
    if not isinstance(value, bool):
        message = f"{name} must be True or False (got {_kind(value)})"
        raise TypeError(message)
    return value


def number(
    name: str,
    value: object,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
) -> float:
    """Return the number option *value*: finite, and within the bounds given.

    Raises:
        TypeError: If *value* is not an int or a float (a bool is not a number).
        ValueError: If it is not finite or lies outside the bounds.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        message = f"{name} must be a number (got {_kind(value)})"
        raise TypeError(message)
    if not math.isfinite(value):
        message = f"{name} must be finite (got {value!r})"
        raise ValueError(message)
    if (minimum is not None and value < minimum) or (
        maximum is not None and value > maximum
    ):
        message = f"{name} must be {_range(minimum, maximum)} (got {value!r})"
        raise ValueError(message)
    return float(value)


def whole(name: str, value: object, minimum: int, maximum: int | None = None) -> int:
    """Return the whole-number option *value*, from *minimum* (to *maximum*).

    Raises:
        TypeError: If *value* is not an int (a bool is not one).
        ValueError: If it lies outside the bounds.

    Example:
        >>> whole("level", 7, 1, 6)
        Traceback (most recent call last):
        ...
        ValueError: level must be from 1 to 6 (got 7)
    """
    if isinstance(value, bool) or not isinstance(value, int):
        message = f"{name} must be an int (got {_kind(value)})"
        raise TypeError(message)
    if value < minimum or (maximum is not None and value > maximum):
        message = f"{name} must be {_range(minimum, maximum)} (got {value})"
        raise ValueError(message)
    return value


def names(value: object, name: str = "names") -> dict[str, str]:
    """Return the display names by id (``None``: none).

    Raises:
        TypeError: If *value* is not a mapping of strings to strings.
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        message = f"{name} must be a mapping of ids to names (got {_kind(value)})"
        raise TypeError(message)
    for key, shown in value.items():
        if not isinstance(key, str) or not isinstance(shown, str):
            message = (
                f"{name} must map str ids to str names "
                f"(got {_kind(key)}: {_kind(shown)})"
            )
            raise TypeError(message)
    return dict(value)


def lang(value: object) -> str:
    """Return the language tag of the option *value*: a tag, or a catalog's tag.

    Raises:
        TypeError: If *value* is neither a string nor a `Catalog`.
        ValueError: If it is an empty tag or one holding a space.

    Example:
        >>> from selfassess.language import SPANISH
        >>> lang("es-MX"), lang(SPANISH)
        ('es-MX', 'es')
    """
    if isinstance(value, Catalog):
        return value.language
    if not isinstance(value, str):
        message = (
            f"lang must be a str (got {_kind(value)}): a language tag or a Catalog"
        )
        raise TypeError(message)
    if not value or any(character.isspace() for character in value):
        message = f"lang must be a language tag such as 'en' (got {value!r})"
        raise ValueError(message)
    return value


def catalog(value: object) -> Catalog:
    """Return the catalog whose words a page in the language *value* is written in.

    A `Catalog` is itself; a tag finds the shipped catalog of that language (or of
    its primary language: ``"es-MX"`` is Spanish). A tag no catalog has keeps the
    English words, while the page still says the language it was given.

    Raises:
        TypeError: If *value* is neither a string nor a `Catalog`.
        ValueError: If it is an empty tag or one holding a space.

    Example:
        >>> catalog("es-MX").language, catalog("vi").language
        ('es', 'en')
    """
    if isinstance(value, Catalog):
        return value
    return catalog_for(lang(value), default=ENGLISH)


def direction(value: object) -> str:
    """Return the direction of a page in the language *value*: ``"ltr"`` or ``"rtl"``.

    A catalog's own direction; for a tag, the direction its language is written in.

    Raises:
        TypeError: If *value* is neither a string nor a `Catalog`.
        ValueError: If it is an empty tag or one holding a space.

    Example:
        >>> direction("ar"), direction("es")
        ('rtl', 'ltr')
    """
    if isinstance(value, Catalog):
        return value.direction.value
    return direction_of(lang(value))


def paper(value: object) -> Paper:
    """Return the `Paper` a form is printed on.

    Raises:
        TypeError: If *value* is not a `Paper`.
    """
    if not isinstance(value, Paper):
        message = f"paper must be a Paper, such as Paper.A4 (got {_kind(value)})"
        raise TypeError(message)
    return value


def page_options(lang_: object, paper_: object) -> tuple[str, Paper]:
    """Return the options every page and form takes: its language tag and its paper.

    The language may be a tag or a `Catalog` (see `catalog` and `direction` for
    the words and the direction it gives the page).

    Raises:
        TypeError: If *lang_* is neither a string nor a `Catalog`, or *paper_*
            not a `Paper`.
        ValueError: If *lang_* is not a language tag.
    """
    return lang(lang_), paper(paper_)


def instance(name: str, value: object, kind: type[T]) -> T:
    """Return the option *value*, an instance of *kind*.

    Raises:
        TypeError: If *value* is not one.
    """
    if not isinstance(value, kind):
        message = f"{name} must be {_a(kind)} (got {_kind(value)})"
        raise TypeError(message)
    return value


def optional_instance(name: str, value: object, kind: type[T]) -> T | None:
    """Return the option *value*, an instance of *kind* or ``None``.

    Raises:
        TypeError: If *value* is neither.
    """
    if value is None or isinstance(value, kind):
        return value
    message = f"{name} must be {_a(kind)} or None (got {_kind(value)})"
    raise TypeError(message)


def scale(value: object, name: str = "scale") -> Scale:
    """Return the `Scale` option *value*.

    Raises:
        TypeError: If *value* is not a `Scale`.
    """
    return instance(name, value, Scale)


def values(name: str, value: object, kind: type[T], *, least: int = 0) -> tuple[T, ...]:
    """Return the items of the option *value*, a list of *kind*, at least *least*.

    Raises:
        TypeError: If *value* is a string, a mapping or no iterable, or holds
            something other than *kind*.
        ValueError: If it holds fewer than *least* items.
    """
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        message = f"{name} must be a sequence of {kind.__name__} (got {_kind(value)})"
        raise TypeError(message)
    found = tuple(value)
    for index, item in enumerate(found):
        if not isinstance(item, kind):
            message = f"{name}[{index}] must be {_a(kind)} (got {_kind(item)})"
            raise TypeError(message)
    if len(found) < least:
        count = "one" if least == 1 else str(least)
        message = (
            f"{name} must hold at least {count} {kind.__name__} "
            f"(got {len(found) or 'none'})"
        )
        raise ValueError(message)
    return found


def texts(name: str, value: object) -> tuple[str, ...]:
    """Return the option *value*, a sequence of strings (``None``: none).

    Raises:
        TypeError: If *value* is a string or holds something other than strings.
    """
    if value is None:
        return ()
    return values(name, value, str)
