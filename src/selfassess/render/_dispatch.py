"""The three entry points, dispatched on the value's type.

Each module of the edge registers what it draws (``@svg.register``); anything else
raises a `TypeError` that names the types the function can draw. A value with a
picture but no page of its own gets a page holding its picture from `html`.
"""

from __future__ import annotations

import functools
import html as _html
import re
from typing import Any

from selfassess.render import _options
from selfassess.render._markup import element, escape
from selfassess.render._page import Paper, page

__all__ = ["drawable", "html", "markdown", "svg"]


def drawable(function: Any) -> tuple[str, ...]:
    """Return the names of the public types *function* is registered for, sorted.

    A private type registered (the mapping `selfassess.mastery.rollup` returns) is
    left out: its public name is the function that makes it.
    """
    return tuple(
        sorted(
            kind.__name__
            for kind in function.registry
            if kind is not object and not kind.__name__.startswith("_")
        )
    )


def _public_name(value: object) -> str:
    """The name of the value's type, or of its first public base for a private one."""
    for kind in type(value).__mro__:
        if not kind.__name__.startswith("_"):
            return kind.__name__
    return "object"  # pragma: no cover  (object itself is public)


def _refuse(function: str, value: object, kinds: tuple[str, ...]) -> TypeError:
    names = ", ".join(kinds) if kinds else "nothing yet"
    message = (
        f"{function}() cannot draw a value of type {_public_name(value)}; "
        f"it draws: {names}"
    )
    return TypeError(message)


@functools.singledispatch
def svg(value: object, **options: Any) -> str:
    """Return *value* as a standalone, accessible SVG picture.

    Raises:
        TypeError: If there is no picture for the value's type (the message names
            the types there are), or an option is not one the picture takes.
        ValueError: If an option's value is out of range.
    """
    raise _refuse("svg", value, drawable(svg))


_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


@functools.singledispatch
def html(value: object, **options: Any) -> str:
    """Return *value* as a standalone HTML page: a printable form, or its picture.

    Raises:
        TypeError: If there is neither a page nor a picture for the value's type
            (the message names the types there are), an option is not one the
            page takes, or *paper* is not a `Paper`.
        ValueError: If an option's value is out of range, or *lang* is not a
            language tag.
    """
    if svg.dispatch(type(value)) is svg.dispatch(object):
        raise _refuse("html", value, tuple(sorted({*drawable(html), *drawable(svg)})))
    language, paper = _options.page_options(
        options.pop("lang", "en"), options.pop("paper", Paper.LETTER)
    )
    picture = svg(value, lang=language, **options)
    found = _TITLE.search(picture)
    title = _html.unescape(found.group(1)) if found else type(value).__name__
    body = element(
        "main",
        None,
        element("h1", None, escape(title)),
        element("figure", None, picture),
    )
    return page(title=title, body=body, lang=language, paper=paper)


@functools.singledispatch
def markdown(value: object, **options: Any) -> str:
    """Return *value* as Markdown: a table, a list or a paragraph.

    Raises:
        TypeError: If there is no Markdown for the value's type (the message names
            the types there are), or an option is not one it takes.
    """
    raise _refuse("markdown", value, drawable(markdown))
