"""Colours and second signals: what every picture draws a band or a series with.

Colour is never the only signal: each band also has a letter (M, N, X, ?) and a
pattern, so a grid reads in greyscale and to a reader who cannot tell red from
green. Every colour that text sits on reaches WCAG 2's 4.5:1 contrast with that
text (a test checks each pair with `contrast`).
"""

from __future__ import annotations

import attrs

from selfassess import Band

__all__ = [
    "BAND_STYLES",
    "INK",
    "MUTED",
    "PAPER",
    "SELF",
    "TEACHER",
    "BandStyle",
    "contrast",
    "luminance",
]

INK = "#1f2328"
"""Text and lines."""
MUTED = "#57606a"
"""Secondary text, gridlines' labels: 6.4:1 on white."""
PAPER = "#ffffff"
"""The background."""
SELF = "#0550ae"
"""The student's own series (dark blue, drawn with filled circles)."""
TEACHER = "#953800"
"""The teacher's series (dark orange, drawn with open squares)."""


@attrs.frozen
class BandStyle:
    """How a band is drawn: a fill, the text on it, a letter and a pattern.

    Attributes:
        fill: The cell's colour.
        ink: The colour of text on the fill (at least 4.5:1 against it).
        letter: The second signal, printed in the cell.
        label: The band in words, for text alternatives and legends.
        pattern: The id of the SVG pattern that marks the band in greyscale, or
            ``None`` for a plain fill.
    """

    fill: str
    ink: str
    letter: str
    label: str
    pattern: str | None


BAND_STYLES = {
    Band.MASTERED: BandStyle("#b4e5c0", INK, "M", "mastered (green)", None),
    Band.NEAR: BandStyle("#fbe38e", INK, "N", "near mastery (yellow)", "dots"),
    Band.NOT_YET: BandStyle("#f8c4c4", INK, "X", "not yet (red)", "stripes"),
    Band.INSUFFICIENT_EVIDENCE: BandStyle(
        "#e6e8eb", INK, "?", "too few scores (grey)", "cross"
    ),
}
"""Each band's style: light fills with dark text, a letter and a pattern."""


def luminance(colour: str) -> float:
    """Return the relative luminance of a ``#rrggbb`` colour (WCAG 2.x).

    Example:
        >>> luminance("#ffffff"), luminance("#000000")
        (1.0, 0.0)
    """
    if len(colour) != 7 or colour[0] != "#":
        message = f"colour must be #rrggbb (got {colour!r})"
        raise ValueError(message)
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG 2.x contrast ratio of two colours, from 1 to 21.

    Example:
        >>> round(contrast("#000000", "#ffffff"), 1)
        21.0
    """
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
