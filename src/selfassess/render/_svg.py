"""The SVG document every picture is drawn in, and what pictures share.

A picture is a standalone SVG string: a ``viewBox`` and no fixed pixel size (it
scales to its container, and stays sharp at 200 %), ``role="img"``, a ``<title>``
(its name) and a ``<desc>`` (the text alternative, which says the numbers), no
script and no reference outside itself. Patterns for the bands live in its own
``<defs>``, under ids unique to its content, so that several pictures can share a
page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from selfassess import Band
from selfassess.render._markup import element, escape, number, void
from selfassess.render._palette import BAND_STYLES, INK, PAPER

__all__ = [
    "BANDS",
    "FONT",
    "band_cell",
    "document",
    "label",
    "shorten",
    "text_width",
]

FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"
"""The font stack of every picture and form."""

_PATTERNS = {
    "dots": (
        '<pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse">'
        '<rect width="6" height="6" fill="{fill}"/>'
        '<circle cx="3" cy="3" r="1.1" fill="{ink}" fill-opacity="0.45"/></pattern>'
    ),
    "stripes": (
        '<pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="{fill}"/>'
        '<rect width="1.6" height="6" fill="{ink}" fill-opacity="0.4"/></pattern>'
    ),
    "cross": (
        '<pattern id="{id}" width="8" height="8" patternUnits="userSpaceOnUse">'
        '<rect width="8" height="8" fill="{fill}"/>'
        '<path d="M0 0L8 8M8 0L0 8" stroke="{ink}" stroke-opacity="0.3" '
        'stroke-width="0.8"/></pattern>'
    ),
}


def text_width(text: str, size: float) -> float:
    """Return a generous estimate of *text*'s width at *size* in a sans-serif font.

    Wide enough for the widest common letters, so a layout that leaves this much
    room does not overflow.

    Example:
        >>> text_width("Ana", 10)
        19.5
    """
    return 0.65 * size * len(text)


def shorten(text: str, most: int) -> str:
    """Return *text* cut to *most* characters, an ellipsis marking a cut.

    Example:
        >>> shorten("Collaboration and teamwork", 12)
        'Collaborati…'
    """
    if most < 1:
        message = f"most must be at least 1 (got {most})"
        raise ValueError(message)
    return text if len(text) <= most else text[: most - 1] + "…"


def label(
    x: float,
    y: float,
    text: str,
    *,
    size: float = 11,
    anchor: str = "start",
    weight: str | None = None,
    colour: str = INK,
) -> str:
    """Return a ``<text>`` element showing *text*, escaped."""
    return element(
        "text",
        {
            "x": float(x),
            "y": float(y),
            "font-size": float(size),
            "text-anchor": anchor,
            "font-weight": weight,
            "fill": colour,
        },
        escape(text),
    )


def band_cell(  # noqa: PLR0917  (a cell: where, how big, what)
    x: float,
    y: float,
    width: float,
    height: float,
    band: Band,
    text: str,
    *,
    ids: str,
    size: float = 11,
) -> str:
    """Return a cell filled as *band* (colour and pattern), with *text* and its letter.

    Pass ``ids=BANDS`` and ``bands=True`` to `document`, which gives the patterns
    an id prefix of the picture's own.
    """
    style = BAND_STYLES[band]
    fill = f"url(#{ids}-{style.pattern})" if style.pattern else style.fill
    return void(
        "rect",
        {
            "x": float(x),
            "y": float(y),
            "width": float(width),
            "height": float(height),
            "fill": fill,
            "stroke": PAPER,
            "stroke-width": 1.5,
        },
    ) + label(
        x + width / 2,
        y + height / 2 + size * 0.36,
        f"{text} {style.letter}".strip(),
        size=size,
        anchor="middle",
        weight="600",
        colour=style.ink,
    )


def _patterns(ids: str) -> str:
    defs = []
    for style in BAND_STYLES.values():
        if style.pattern:
            defs.append(
                _PATTERNS[style.pattern].format(
                    id=f"{ids}-{style.pattern}", fill=style.fill, ink=style.ink
                )
            )
    return "<defs>" + "".join(defs) + "</defs>"


def document(
    *,
    width: float,
    height: float,
    title: str,
    desc: str | Sequence[str],
    body: Iterable[str],
    lang: str = "en",
    bands: bool = False,
) -> str:
    """Return a standalone SVG picture of *width* x *height* user units.

    Args:
        width: The ``viewBox`` width.
        height: The ``viewBox`` height.
        title: The picture's name (its ``<title>``).
        desc: The text alternative (its ``<desc>``): a sentence, or sentences
            joined with spaces. It should say the numbers the picture shows.
        body: The picture's elements, built with `selfassess.render._markup`.
        lang: The language of its text.
        bands: Whether the body fills cells with `band_cell` (adds the patterns).

    Example:
        >>> picture = document(width=10, height=10, title="A", desc="B", body=[])
        >>> picture.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"')
        True
    """
    if not (width > 0 and height > 0):
        message = f"a picture needs a positive size (got {width} x {height})"
        raise ValueError(message)
    text = desc if isinstance(desc, str) else " ".join(desc)
    inner = "".join(body)
    digest = hashlib.sha1(
        (title + "\x00" + text + "\x00" + inner).encode("utf-8", "surrogatepass"),
        usedforsecurity=False,
    ).hexdigest()
    ids = f"sa{digest[:10]}"
    if bands:
        # Only the fill attributes `band_cell` writes: text from data has its
        # quotes escaped, so it can never hold ``fill="``.
        inner = inner.replace(f'fill="url(#{BANDS}-', f'fill="url(#{ids}-')
    parts = [
        element("title", None, escape(title)),
        element("desc", None, escape(text)),
    ]
    if bands:
        parts.append(_patterns(ids))
    parts.append(
        void("rect", {"width": float(width), "height": float(height), "fill": PAPER})
    )
    parts.append(inner)
    return element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": f"0 0 {number(width)} {number(height)}",
            "role": "img",
            "lang": lang,
            "font-family": FONT,
            "fill": INK,
            "class": "selfassess-picture",
        },
        *parts,
    )


BANDS = "BANDS"
"""The id prefix to pass `band_cell` (`document` makes it the picture's own)."""
