"""Markup built safely: every text escaped, every attribute quoted.

Pictures and forms are strings of SVG and HTML. Everything they show that came from
data (a student's name, a criterion's title, a goal's statement) passes through
`escape`, so a student named ``</svg><script>`` is drawn as that name. Characters
XML cannot hold (control characters, lone surrogates) become U+FFFD, so that the
string stays a well-formed document whatever the data held.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

__all__ = ["Attributes", "element", "escape", "joined", "number", "void"]

Attributes = Mapping[str, "str | float | int | bool | None"]
"""An element's attributes: `None` or `False` leaves one out, `True` writes it bare."""

# Characters XML 1.0 does not allow, and the noncharacters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.:-]*\Z")


def escape(text: object) -> str:
    r"""Return *text* as character data safe in SVG and HTML, quotes included.

    Example:
        >>> escape('</svg><script>alert("hi")</script>')
        '&lt;/svg&gt;&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;'
        >>> escape("a\x00b") == "a\ufffdb"
        True
    """
    value = _NOT_XML.sub("\ufffd", str(text))
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def number(value: float, places: int = 2) -> str:
    """Return a coordinate or length briefly: ``12``, ``12.5``, never ``nan``.

    Example:
        >>> number(12.0), number(12.504), number(1 / 3, 3)
        ('12', '12.5', '0.333')
    """
    if not math.isfinite(value):
        message = f"a coordinate must be finite (got {value!r})"
        raise ValueError(message)
    text = f"{round(value, places):.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _attributes(attributes: Attributes) -> str:
    parts = []
    for name, value in attributes.items():
        if not _NAME.match(name):  # names are the renderer's own, never data
            message = f"not an attribute name: {name!r}"
            raise ValueError(message)
        if value is None or value is False:
            continue
        if value is True:
            parts.append(f" {name}")
        elif isinstance(value, float):
            parts.append(f' {name}="{number(value)}"')
        else:
            parts.append(f' {name}="{escape(value)}"')
    return "".join(parts)


def element(tag: str, attributes: Attributes | None = None, *children: str) -> str:
    """Return ``<tag ...>children</tag>``; the children are markup already built.

    Text from data goes in through `escape` (or `element`'s own callers do so).

    Example:
        >>> element("text", {"x": 4.0, "y": 10.25}, escape("Ana & Bo"))
        '<text x="4" y="10.25">Ana &amp; Bo</text>'
    """
    if not _NAME.match(tag):
        message = f"not an element name: {tag!r}"
        raise ValueError(message)
    return f"<{tag}{_attributes(attributes or {})}>{''.join(children)}</{tag}>"


def void(tag: str, attributes: Attributes | None = None) -> str:
    """Return an empty element: ``<rect .../>`` (valid in SVG and in HTML5).

    Example:
        >>> void("rect", {"width": 10, "height": 4, "fill": "#fff"})
        '<rect width="10" height="4" fill="#fff"/>'
    """
    if not _NAME.match(tag):
        message = f"not an element name: {tag!r}"
        raise ValueError(message)
    return f"<{tag}{_attributes(attributes or {})}/>"


def joined(parts: Iterable[str]) -> str:
    """Return markup parts as one string."""
    return "".join(parts)
