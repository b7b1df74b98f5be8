"""Show results in Jupyter as pictures and compact tables: an IPython extension.

``%load_ext selfassess.render`` registers display formatters with the running
IPython: the main results then show as a picture (``image/svg+xml``, drawn by
`selfassess.render.svg`) or as a compact table (``text/html``), and everything
else as its short ``repr``. The models know nothing of this: nothing below an edge
imports one, so the edge tells IPython how to show them instead.

- A picture: a fraction bar, a comparison of fraction bars, a scale, a
  self-versus-teacher comparison, a calibration, and every other type
  `selfassess.render.svg` draws when the extension is loaded.
- A compact table, the picture above it where there is one: a mastery estimate
  (with how its value was reached, folded), a roll-up (the first rows; the grid
  of bands while it is small, up to `GRID_LIMIT` estimates, as the table and as
  the picture alike), a conference agenda.

The formatters look the picture up when a value is shown, so a picture registered
after loading shows too. Where `selfassess.render.svg` has no picture for a value
(it raises `TypeError`) the formatter gives nothing, and IPython shows the value's
``repr``. ``%unload_ext selfassess.render`` takes the formatters away again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from selfassess._scales import Band, Scale
from selfassess.conference import Agenda
from selfassess.goals import BarComparison, FractionBar
from selfassess.mastery import MasteryEstimate
from selfassess.mastery._rollup import _RolledUp
from selfassess.render._dispatch import svg
from selfassess.render._markup import element, escape, number
from selfassess.rubrics import Calibration, Comparison

__all__ = [
    "GRID_LIMIT",
    "ROW_LIMIT",
    "TABLES",
    "load_ipython_extension",
    "picture",
    "table",
    "unload_ipython_extension",
]

SVG = "image/svg+xml"
HTML = "text/html"

PICTURES: tuple[type, ...] = (
    FractionBar,
    BarComparison,
    Scale,
    Comparison,
    Calibration,
    MasteryEstimate,
    _RolledUp,
)
"""The main results shown as a picture, drawn or not yet (then shown as a repr)."""

TABLES: tuple[type, ...] = (MasteryEstimate, _RolledUp, Agenda)
"""The results shown as a compact HTML table, with their picture where there is one."""

ROW_LIMIT = 20
"""The most estimates a roll-up's table lists; a last row says how many are left."""

GRID_LIMIT = 400
"""The most estimates a roll-up's grid of bands is drawn for, in its table or alone."""


class Formatter(Protocol):
    """What the extension needs of one of IPython's display formatters."""

    def for_type(
        self, typ: type, func: Callable[[Any], str | None] | None = None
    ) -> object:
        """Register *func* for *typ* and return the old one; no *func*: look up."""

    def pop(self, typ: type, default: object = None) -> object:
        """Remove what is registered for *typ*."""


class DisplayFormatter(Protocol):
    """What the extension needs of IPython's display formatter."""

    @property
    def formatters(self) -> Mapping[str, Formatter]:
        """The formatters by MIME type."""


class Shell(Protocol):
    """What the extension needs of the running IPython."""

    @property
    def display_formatter(self) -> DisplayFormatter:
        """The object that turns a value into a MIME bundle."""


def load_ipython_extension(ipython: Shell) -> None:
    """Show the main results in IPython and Jupyter as pictures and compact tables.

    IPython calls this on ``%load_ext selfassess.render``. Loading twice does what
    loading once does.

    Args:
        ipython: The running IPython shell (``get_ipython()``).

    Example:
        In a notebook cell::

            %load_ext selfassess.render
    """
    formatters = ipython.display_formatter.formatters
    for kind in _picture_types():
        formatters[SVG].for_type(kind, picture)
    for kind in TABLES:
        formatters[HTML].for_type(kind, table)


def unload_ipython_extension(ipython: Shell) -> None:
    """Take away the formatters `load_ipython_extension` registered.

    IPython calls this on ``%unload_ext selfassess.render``. A formatter registered
    since by someone else for the same type is left alone.

    Args:
        ipython: The running IPython shell (``get_ipython()``).
    """
    formatters = ipython.display_formatter.formatters
    for mime, kinds, ours in (
        (SVG, _picture_types(), picture),
        (HTML, TABLES, table),
    ):
        for kind in kinds:
            if formatters[mime].for_type(kind) is ours:
                formatters[mime].pop(kind, None)


def _picture_types() -> tuple[type, ...]:
    """The main results, then every other type `svg` draws now, each once."""
    found = dict.fromkeys(PICTURES)
    for kind in svg.registry:
        if kind is not object and isinstance(kind, type):
            found.setdefault(kind)
    return tuple(found)


def picture(value: object) -> str | None:
    """Return *value*'s SVG picture, or ``None`` where there is none to draw.

    ``None`` tells IPython to show the value another way (its ``repr``). A
    roll-up of more than `GRID_LIMIT` estimates has none either: its grid would
    be megabytes in the notebook, and its table shows the first rows.
    """
    if isinstance(value, _RolledUp) and len(value) > GRID_LIMIT:
        return None
    try:
        return svg(value)
    except TypeError:
        return None


_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>\s*")


def _inline(value: object) -> str:
    """The picture as HTML can hold it (no XML declaration), or nothing."""
    drawn = picture(value)
    return "" if drawn is None else _DECLARATION.sub("", drawn)


def table(value: object) -> str | None:
    """Return a compact HTML table of *value*, or ``None`` for a value it has none for.

    An estimate, a roll-up or an agenda: every text escaped, no script and no style
    of its own, so that the notebook's own look applies.
    """
    if isinstance(value, MasteryEstimate):
        return _estimate_table(value)
    if isinstance(value, _RolledUp):
        return _rollup_table(value)
    if isinstance(value, Agenda):
        return _agenda_table(value)
    return None


def _cells(tag: str, texts: Iterable[object]) -> str:
    return element("tr", None, *(element(tag, None, escape(text)) for text in texts))


def _grid(caption: str, head: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    return element(
        "table",
        None,
        element("caption", None, escape(caption)),
        element("thead", None, _cells("th", head)),
        element("tbody", None, *(_cells("td", row) for row in rows)),
    )


def _value(value: float | None) -> str:
    return "\N{EM DASH}" if value is None else number(value, 2)


def _band(band: Band) -> str:
    return band.value.replace("_", " ")


_ESTIMATE_HEAD = ("student", "standard", "value", "band", "count")


def _estimate_row(estimate: MasteryEstimate) -> tuple[object, ...]:
    return (
        estimate.student or "\N{EM DASH}",
        estimate.standard or "\N{EM DASH}",
        _value(estimate.value),
        _band(estimate.band),
        estimate.count,
    )


def _estimate_table(estimate: MasteryEstimate) -> str:
    policy = estimate.policy
    caption = (
        f"Mastery estimate ({policy.method.value.replace('_', ' ')}, "
        f"scale {policy.scale.id})"
    )
    how = element(
        "details",
        None,
        element("summary", None, "How the value was reached"),
        element("p", None, escape(estimate.trace)),
    )
    body = _grid(caption, _ESTIMATE_HEAD, [_estimate_row(estimate)])
    return element("div", {"class": "selfassess"}, _inline(estimate), body, how)


def _rollup_table(estimates: _RolledUp) -> str:
    size = len(estimates)
    students = len({student for student, _ in estimates})
    standards = len({standard for _, standard in estimates})
    caption = (
        f"Mastery roll-up: {size:,} estimates, {students:,} students, "
        f"{standards:,} standards"
    )
    rows: list[tuple[object, ...]] = []
    for count, key in enumerate(sorted(estimates)):
        if count == ROW_LIMIT:
            rows.append(
                (f"\N{HORIZONTAL ELLIPSIS} {size - ROW_LIMIT:,} more", "", "", "", "")
            )
            break
        rows.append(_estimate_row(estimates[key]))
    drawn = _inline(estimates) if size <= GRID_LIMIT else ""
    return element(
        "div",
        {"class": "selfassess"},
        drawn,
        _grid(caption, _ESTIMATE_HEAD, rows),
    )


def _agenda_table(agenda: Agenda) -> str:
    used = sum(item.minutes for item in agenda.items)
    name = agenda.title or agenda.kind.value.replace("_", " ")
    caption = f"{name}: {agenda.student}, {used} of {agenda.slot_minutes} minutes"
    rows: list[tuple[object, ...]] = [
        (item.minutes, item.speaker.value.replace("_", " "), item.title)
        for item in agenda.items
    ]
    rows += [("after", "", text) for text in agenda.afterwards]
    return element(
        "div",
        {"class": "selfassess"},
        _grid(caption, ("minutes", "speaker", "item"), rows),
    )
