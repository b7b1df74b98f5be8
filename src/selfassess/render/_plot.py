"""Pieces the plotted pictures share: rules across a plot, a series' line, axis text.

Example:
    >>> across(10, 90, 40, {"stroke": GRID})
    '<line x1="10" x2="90" y1="40" y2="40" stroke="#d0d7de"/>'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from selfassess.render._markup import void
from selfassess.render._palette import MUTED
from selfassess.render._svg import label

__all__ = ["GRID", "across", "axis_label", "note", "polyline", "share"]

GRID = "#d0d7de"
"""The colour of a plot's grid lines (not text: it needs no contrast)."""


def across(x1: float, x2: float, y: float, style: Mapping[str, str | float]) -> str:
    """Return a horizontal line at *y* from *x1* to *x2*, drawn in *style*."""
    return void("line", {"x1": x1, "x2": x2, "y1": y, "y2": y, **style})


def polyline(
    points: Sequence[tuple[float, float]],
    colour: str,
    *,
    dash: str | None = None,
    width: float = 1.5,
) -> str:
    """Return a series' line through *points*, or ``""`` for fewer than two."""
    if len(points) < 2:
        return ""
    return void(
        "polyline",
        {
            "points": " ".join(f"{x:.2f},{y:.2f}" for x, y in points),
            "fill": "none",
            "stroke": colour,
            "stroke-width": width,
            "stroke-dasharray": dash,
        },
    )


def axis_label(x: float, y: float, text: str) -> str:
    """Return a small muted label centred on *x*: a day or a value under an axis."""
    return label(x, y, text, size=10, anchor="middle", colour=MUTED)


def note(x: float, y: float, text: str) -> str:
    """Return a small muted line of text from *x*: a key or a note under a plot."""
    return label(x, y, text, size=10, colour=MUTED)


def share(start: float, value: float, end: float) -> float:
    """Return how far *value* lies from *start* toward *end*: 0 to 1, any finite floats.

    Each is halved first (which changes no digit but for the tiniest floats,
    taken whole) and the share is taken before it is scaled to the picture, so
    that no difference and no product overflows. No range at all gives 0.

    Example:
        >>> share(0, 5, 10), share(4, 3, 0), share(-1.7e308, 0, 1.7e308), share(0, 5e-324, 5e-324)
        (0.5, 0.25, 0.5, 1.0)
    """
    span = end / 2 - start / 2
    if span == 0:
        whole = end - start
        return (value - start) / whole if whole else 0.0
    return (value / 2 - start / 2) / span
