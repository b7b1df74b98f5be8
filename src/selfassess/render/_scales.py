"""Rating scales drawn as the strip a form shows: one box per level, faces for children.

A self-assessment form asks a student to choose a level: a box per level with its
label and its symbol. Young learners and English learners rate with smiley faces
(the practice's "three faces" scale: not yet, getting there, got it), so a scale
whose levels are faces gets faces drawn as SVG paths (a circle, two eyes and a mouth
that smiles, stays straight or frowns), which read whatever fonts the reader has.
`rating_strip` returns the strip's elements and size, so that a printable form can
inline it; `svg` of a `Scale` is the strip as a standalone picture.
"""

from __future__ import annotations

import math

import attrs

from selfassess import Level, Scale
from selfassess.language import ENGLISH, Catalog, level_words, scale_name
from selfassess.render import _options
from selfassess.render._dispatch import svg
from selfassess.render._markup import number, void
from selfassess.render._palette import INK, MUTED, PAPER, SELF
from selfassess.render._svg import document, label, shorten, text_width

__all__ = ["RatingStrip", "expression", "rating_strip"]

_SMILES = frozenset({"🙂", "😀", "😃", "😄", "😁", "😊", "☺", "☺️"})
_STRAIGHT = frozenset({"😐", "😑", "😶"})
_FROWNS = frozenset({"🙁", "☹", "☹️", "😞", "😟", "😢", "😕"})

_GAP = 8.0
_PAD = 10.0
_LABEL = 12.0
_SMALL = 10.5
_FACE = 18.0  # a face's radius
_LAMP = 11.0  # a coloured lamp's radius
_MOST_BOX = 180.0
_LEAST_BOX = 56.0


def wrap(text: str, size: float, width: float, lines: int = 2) -> tuple[str, ...]:
    """Return *text* in at most *lines* lines that fit *width* at *size*.

    Words move to the next line whole; a word too long for a line is cut; text left
    over after the last line is marked with an ellipsis.

    Example:
        >>> wrap("Partially proficient", 12, 100)
        ('Partially', 'proficient')
        >>> wrap("one two three four", 10, 40, lines=1)
        ('one…',)
    """
    most = max(1, math.floor(width / text_width("M", size) + 1e-9))
    words = text.split()
    found: list[str] = []
    current = ""
    for whole in words:
        word = whole
        while len(word) > most:  # a word longer than a line is cut over lines
            if current:
                found.append(current)
                current = ""
            found.append(word[:most])
            word = word[most:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= most:
            current = f"{current} {word}"
        else:
            found.append(current)
            current = word
    if current or not found:
        found.append(current)
    if len(found) > lines:
        found = found[:lines]
        last = found[-1]
        found[-1] = (last if len(last) < most else last[: most - 1]) + "…"
    return tuple(found)


def mouth(level: Level, rank: int, count: int) -> float:
    """How much a face smiles: 1 a smile, 0 straight, -1 a frown.

    A known face symbol says it; otherwise the level's rank does, from a frown at the
    lowest level to a smile at the highest.
    """
    symbol = (level.symbol or "").strip()
    if symbol in _SMILES:
        return 1.0
    if symbol in _STRAIGHT:
        return 0.0
    if symbol in _FROWNS:
        return -1.0
    return -1.0 + 2.0 * rank / (count - 1)


def expression(curve: float) -> str:
    """Return how a face whose mouth bends by *curve* reads: a smile, straight, a frown.

    The strip and the forms say a face alike. *curve* is rounded first, so that a
    level's rank gives the same word on either side of the middle (a 4-level
    scale's second face frowns as much as its third smiles).

    Example:
        >>> [expression(c) for c in (-1.0, -1 + 2 / 3, 0.0, -1 + 4 / 3, 1.0)]
        ['frown', 'frown', 'straight', 'smile', 'smile']
    """
    rounded = round(curve, 9)
    if rounded > 0.3:
        return "smile"
    if rounded < -0.3:
        return "frown"
    return "straight"


def _mouth_words(curve: float, catalog: Catalog) -> str:
    return catalog.text(f"forms.strip.{expression(curve)}")


def face(cx: float, cy: float, radius: float, curve: float) -> str:
    """Return a simple face: a circle, two eyes and a mouth that bends by *curve*.

    *curve* runs from -1 (a frown) through 0 (a straight mouth) to 1 (a smile).

    Example:
        >>> face(20, 20, 18, 1.0).count("<circle")
        3
    """
    eye_dx, eye_y = radius * 0.36, cy - radius * 0.25
    half = radius * 0.45
    # The corners sit a little lower for a frown, so that it stays inside the face.
    corners = cy + radius * (0.38 if curve >= 0 else 0.5)
    bend = corners + curve * radius * 0.3
    mouth = (
        f"M{number(cx - half)} {number(corners)} "
        f"Q{number(cx)} {number(bend)} {number(cx + half)} {number(corners)}"
    )
    return "".join(
        (
            void(
                "circle",
                {
                    "cx": float(cx),
                    "cy": float(cy),
                    "r": float(radius),
                    "fill": "#fff8c5",
                    "stroke": INK,
                    "stroke-width": 1.6,
                },
            ),
            void(
                "circle",
                {"cx": cx - eye_dx, "cy": eye_y, "r": radius * 0.1, "fill": INK},
            ),
            void(
                "circle",
                {"cx": cx + eye_dx, "cy": eye_y, "r": radius * 0.1, "fill": INK},
            ),
            void(
                "path",
                {
                    "d": mouth,
                    "fill": "none",
                    "stroke": INK,
                    "stroke-width": 1.8,
                    "stroke-linecap": "round",
                },
            ),
        )
    )


@attrs.frozen(kw_only=True)
class RatingStrip:
    """A scale's rating strip, ready to place in a picture or a printable form.

    Attributes:
        body: The strip's SVG elements, drawn from (0, 0).
        width: Its width in user units.
        height: Its height in user units.
        desc: The strip in words (each level, and the chosen one), for a ``<desc>``.
    """

    body: tuple[str, ...]
    width: float
    height: float
    desc: str


def _level_words(
    level: Level, label: str, curve: float | None, catalog: Catalog
) -> str:
    words = f"{level.points:g} {label}"
    if curve is not None:
        return f"{words} ({_mouth_words(curve, catalog)})"
    if level.symbol:
        return f"{words} ({level.symbol})"
    return words


def _mark(
    level: Level, curve: float | None, centre: float, middle: float, inner: float
) -> str:
    """A level's face, its colour's lamp, or its symbol as text (or nothing)."""
    if curve is not None:
        return face(centre, middle, _FACE, curve)
    if level.colour is not None:
        return void(
            "circle",
            {
                "cx": centre,
                "cy": middle,
                "r": _LAMP,
                "fill": level.colour,
                "stroke": INK,
                "stroke-width": 1.2,
            },
        )
    if level.symbol:
        most = max(1, math.floor(inner / text_width("M", 16)))
        return label(
            centre, middle + 6, shorten(level.symbol, most), size=16, anchor="middle"
        )
    return ""


def rating_strip(
    scale: Scale,
    *,
    selected: float | None = None,
    faces: bool | None = None,
    width: float | None = None,
    language: str | Catalog | None = None,
) -> RatingStrip:
    """Return the rating strip of *scale*: one box per level, its label and symbol.

    Levels whose symbols are faces (🙁 😐 🙂) are drawn as faces; a level with a
    colour gets a lamp of that colour (its label says the colour's meaning, so colour
    is never the only signal); any other symbol is shown as text.

    Args:
        scale: The scale.
        selected: The points of the level a student chose, marked with a ring and the
            word "chosen"; ``None`` for a blank strip.
        faces: Whether to draw faces: ``None`` draws them when every level's symbol
            is a face; ``True`` draws them for every level (a frown at the lowest, a
            smile at the highest, unless a symbol says otherwise).
        width: The strip's width in user units, to fit a form's column; ``None``
            sizes the boxes to their labels.
        language: The language of its words: a language tag or a
            `selfassess.language.Catalog` (a built-in scale's labels are
            translated, a teacher's own scale's kept as written); ``None`` for
            English.

    Returns:
        The strip's elements, size and description.

    Raises:
        TypeError: If *scale* is not a `Scale` or an option has the wrong type.
        ValueError: If *selected* is not the points of one of the scale's levels,
            or *width* leaves less than 56 units a box.

    Example:
        >>> from selfassess import THREE_FACES
        >>> strip = rating_strip(THREE_FACES, selected=3)
        >>> strip.desc
        'Three faces, 3 levels: 1 Not yet (a frowning face); 2 Getting there (a straight face); 3 Got it (a smiling face). Chosen: 3 Got it.'
    """
    _options.scale(scale)
    catalog = ENGLISH if language is None else _options.catalog(language)
    chosen = None if selected is None else _options.number("selected", selected)
    if faces is not None:
        _options.flag("faces", faces)
    levels = scale.levels
    count = len(levels)
    names = [level_words(scale, level, language=catalog) for level in levels]
    if chosen is not None and all(level.points != chosen for level in levels):
        known = ", ".join(f"{level.points:g}" for level in levels)
        message = f"selected must be the points of a level ({known}) (got {chosen:g})"
        raise ValueError(message)
    draw_faces = (
        faces
        if faces is not None
        else all(
            (level.symbol or "").strip() in _SMILES | _STRAIGHT | _FROWNS
            for level in levels
        )
    )
    if width is None:
        longest = max(
            text_width(word, _LABEL) for name in names for word in name.split()
        )
        box = min(max(longest + 2 * _PAD, _LEAST_BOX, 2 * _FACE + 2 * _PAD), _MOST_BOX)
        total = count * box + (count + 1) * _GAP
    else:
        total = _options.number("width", width)
        box = (total - (count + 1) * _GAP) / count
        if box < _LEAST_BOX:
            message = (
                f"width must leave at least {_LEAST_BOX:g} units a box "
                f"({count} levels need {count * _LEAST_BOX + (count + 1) * _GAP:g}) "
                f"(got {total:g})"
            )
            raise ValueError(message)
    inner = box - 2 * _PAD
    labels = [wrap(name, _LABEL, inner) for name in names]
    lines = max(len(found) for found in labels)
    mark = 2 * _FACE + 6  # room for a face, a lamp or a symbol
    box_height = _PAD + mark + lines * (_LABEL + 3) + _SMALL + 8 + _PAD
    height = _GAP + box_height + (_SMALL + 12 if chosen is not None else 0) + _GAP
    body: list[str] = []
    words: list[str] = []
    chosen_words = ""
    for rank, (level, shown) in enumerate(zip(levels, labels, strict=True)):
        x = _GAP + rank * (box + _GAP)
        y = _GAP
        centre = x + box / 2
        is_chosen = chosen is not None and level.points == chosen
        body.append(
            void(
                "rect",
                {
                    "x": x,
                    "y": y,
                    "width": box,
                    "height": box_height,
                    "rx": 6.0,
                    "fill": PAPER,
                    "stroke": SELF if is_chosen else MUTED,
                    "stroke-width": 3.5 if is_chosen else 1.2,
                    "class": "chosen" if is_chosen else None,
                },
            )
        )
        curve = mouth(level, rank, count) if draw_faces else None
        body.append(_mark(level, curve, centre, y + _PAD + mark / 2, inner))
        text_y = y + _PAD + mark + _LABEL
        for line in shown:
            body.append(
                label(centre, text_y, line, size=_LABEL, anchor="middle", weight="600")
            )
            text_y += _LABEL + 3
        body.append(
            label(
                centre,
                y + box_height - _PAD,
                f"{level.points:g}",
                size=_SMALL,
                anchor="middle",
                colour=MUTED,
            )
        )
        if is_chosen:
            body.append(
                label(
                    centre,
                    y + box_height + _SMALL + 6,
                    catalog.text("forms.strip.chosen"),
                    size=_SMALL,
                    anchor="middle",
                    weight="600",
                    colour=SELF,
                )
            )
            said = f"{level.points:g} {names[rank]}"
            chosen_words = " " + catalog.text("forms.strip.chosen_said", label=said)
        words.append(_level_words(level, names[rank], curve, catalog))
    desc = (
        catalog.text(
            "forms.strip.desc",
            scale=scale_name(scale, language=catalog),
            count=count,
            levels="; ".join(words),
        )
        + chosen_words
    )
    return RatingStrip(body=tuple(body), width=total, height=height, desc=desc)


@svg.register
def _scale_svg(
    scale: Scale,
    *,
    selected: float | None = None,
    faces: bool | None = None,
    width: float | None = None,
    lang: str | Catalog = "en",
) -> str:
    """Return the scale's rating strip as a picture (see `rating_strip`)."""
    language = _options.lang(lang)
    catalog = _options.catalog(lang)
    strip = rating_strip(
        scale, selected=selected, faces=faces, width=width, language=catalog
    )
    return document(
        width=strip.width,
        height=strip.height,
        title=catalog.text(
            "forms.strip.title", scale=scale_name(scale, language=catalog)
        ),
        desc=strip.desc,
        body=strip.body,
        lang=language,
    )
