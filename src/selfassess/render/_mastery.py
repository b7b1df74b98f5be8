"""Mastery pictures: the class grid, one estimate over time, one test broken down.

A data-review conference colours each standard green, yellow or red (mastered, near
mastery, not yet). Here each colour also carries its band's letter (M, N, X, ?) and
pattern, so that a grid reads in greyscale and to a reader who cannot tell red from
green; every number a picture shows is also said in its text alternative.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping, Sequence

from selfassess import Band, Framework, Standard
from selfassess.mastery import AlignedAssessment, MasteryEstimate, StandardScore
from selfassess.mastery._methods import METHODS
from selfassess.mastery._rollup import _RolledUp
from selfassess.render import _options
from selfassess.render._dispatch import svg
from selfassess.render._markup import void
from selfassess.render._palette import BAND_STYLES, INK, MUTED, PAPER
from selfassess.render._plot import GRID, across, axis_label, note, polyline, share
from selfassess.render._svg import (
    BANDS,
    band_cell,
    document,
    label,
    shorten,
    text_width,
)
from selfassess.render._words import counted, fixed, short_day

__all__ = ["mastery_grid", "score_breakdown", "student_rows"]

Estimates = Mapping[tuple[str, str], MasteryEstimate]

_BAND_ORDER = (Band.MASTERED, Band.NEAR, Band.NOT_YET, Band.INSUFFICIENT_EVIDENCE)
_BLANK = "\u2013"
"""What an empty cell shows (an en dash)."""
_LARGEST = sys.float_info.max
_MOST_DESCRIBED = 12
"""The most student rows a grid's text alternative reads out, one by one."""


def band_legend(x: float, y: float, width: float) -> tuple[str, float]:
    """Return a legend of the four bands from (x, y), wrapped to *width*, and its height.

    Each entry is a swatch (the band's fill, pattern and letter) and its label.
    """
    parts: list[str] = []
    left, top = x, y
    for band in _BAND_ORDER:
        style = BAND_STYLES[band]
        need = 26 + text_width(style.label, 11) + 14
        if left > x and left + need > x + width:
            left, top = x, top + 24
        parts.append(band_cell(left, top, 24, 20, band, "", ids=BANDS, size=11))
        parts.append(label(left + 30, top + 14, style.label, size=11))
        left += need
    return "".join(parts), top + 24 - y


# The class grid.


def _standard_index(standards: object) -> list[Standard]:
    if standards is None:
        return []
    if isinstance(standards, Framework):
        return list(standards.standards)
    return list(_options.values("standards", standards, Standard))


def student_rows(found: Iterable[str], names: Mapping[str, str]) -> list[str]:
    """Return the students a class's grid or table has a row for, in order.

    The named students first, in the order of *names* (one without an estimate
    gets a row of empty cells: the names are the class list), then every other
    student *found* in the estimates, sorted by id.

    Example:
        >>> student_rows(["ana", "zoe", "ben"], {"ben": "Ben", "cy": "Cy"})
        ['ben', 'cy', 'ana', 'zoe']
    """
    named = list(names)
    listed = set(named)
    return named + sorted({student for student in found if student not in listed})


def _grid_keys(
    estimates: Estimates, known: list[Standard], names: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    students: dict[str, None] = {}
    seen: dict[str, None] = {}
    for key in estimates:
        if not (
            isinstance(key, tuple)
            and len(key) == 2
            and all(isinstance(part, str) for part in key)
        ):
            message = f"estimates must be keyed by (student, standard) (got {key!r})"
            raise TypeError(message)
        value = estimates[key]
        if not isinstance(value, MasteryEstimate):
            message = (
                f"estimates must hold MasteryEstimate (got {type(value).__name__})"
            )
            raise TypeError(message)
        students.setdefault(key[0])
        seen.setdefault(key[1])
    order = [standard.id for standard in known]
    order += [standard for standard in seen if standard not in set(order)]
    return student_rows(students, names), order


def _value_text(estimate: MasteryEstimate | None, places: int) -> str:
    if estimate is None:
        return "no estimate"
    if estimate.value is None:
        return f"no value yet, {BAND_STYLES[estimate.band].label}"
    return f"{fixed(estimate.value, places)} {BAND_STYLES[estimate.band].label}"


def _grid_desc(
    estimates: Estimates,
    *,
    heading: str,
    students: list[str],
    columns: list[str],
    codes: Mapping[str, str],
    power: set[str],
    people: Mapping[str, str],
    decimals: int,
) -> list[str]:
    counts = dict.fromkeys(_BAND_ORDER, 0)
    for estimate in estimates.values():
        counts[estimate.band] += 1
    total = sum(counts.values())
    desc = [
        f"{heading}: {counted(len(students), 'student')} by "
        f"{counted(len(columns), 'standard')}, {counted(total, 'estimate')}: "
        + ", ".join(f"{counts[b]} {BAND_STYLES[b].label}" for b in _BAND_ORDER)
        + "."
    ]
    if power:
        desc.append(
            "Power standards: "
            + ", ".join(codes[s] for s in columns if s in power)
            + "."
        )
    for student in students[:_MOST_DESCRIBED]:
        cells = [
            f"{codes[s]} {_value_text(estimates.get((student, s)), decimals)}"
            for s in columns
        ]
        desc.append(f"{people.get(student, student)}: " + "; ".join(cells) + ".")
    if len(students) > _MOST_DESCRIBED:
        desc.append(f"And {counted(len(students) - _MOST_DESCRIBED, 'more student')}.")
    return desc


def mastery_grid(
    estimates: Estimates,
    *,
    standards: Framework | Iterable[Standard] | None = None,
    names: Mapping[str, str] | None = None,
    decimals: int = 2,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Return the class's mastery grid: a row per student, a column per standard.

    Each cell is filled green, yellow, red or grey by its band, with the band's
    letter and pattern as the second signal, and shows the value. Power standards
    are starred, with "(power)" under the code. The data-review grid of
    standards-based grading (Marzano; Canvas's Learning Mastery Gradebook).

    Args:
        estimates: The mapping `selfassess.mastery.rollup` returns, from
            ``(student, standard)`` to its `selfassess.mastery.MasteryEstimate`.
        standards: The framework, or its standards, for codes, power standards
            and the column order; standards without an estimate show empty cells.
        names: Display names by student id (the id if absent). The rows list
            the named students first, in this order (the class list: one without
            an estimate gets empty cells), then the others, sorted by id.
        decimals: Decimals of the values shown, 0 to 4.
        title: The picture's title; "Mastery by standard" by default.
        lang: The language of the picture's text.

    Returns:
        The SVG picture.

    Raises:
        TypeError: If *estimates* is not a mapping of (student, standard) pairs to
            `selfassess.mastery.MasteryEstimate`, or an option has the wrong type.
        ValueError: If *decimals* is outside 0 to 4, or *lang* or *title* is blank.

    Example:
        >>> from datetime import date
        >>> from selfassess import Evidence
        >>> from selfassess.mastery import rollup
        >>> rows = [Evidence(student="ana", standard="nf1", score=3, assessed_on=date(2026, 9, 7))]
        >>> "1 mastered" in mastery_grid(rollup(rows))
        True
    """
    if not isinstance(estimates, Mapping):
        message = f"estimates must be a mapping (got {type(estimates).__name__})"
        raise TypeError(message)
    language = _options.lang(lang)
    heading = _options.given_text("title", title, "Mastery by standard")
    people = _options.names(names)
    decimals = _options.whole("decimals", decimals, 0, 4)
    known = _standard_index(standards)
    by_id = {standard.id: standard for standard in known}
    students, columns = _grid_keys(estimates, known, people)
    codes = {s: by_id[s].code if s in by_id else s for s in columns}
    power = {s for s in columns if s in by_id and by_id[s].power}
    shown_names = [shorten(people.get(s, s), 26) for s in students]
    heads = [shorten(codes[s], 14) + (" ★" if s in power else "") for s in columns]

    name_width = max([text_width(n, 12) for n in shown_names] + [60.0]) + 16
    cell = max(
        [text_width(h, 12) + 14 for h in heads] + [text_width("0.00 M", 12) + 20]
    )
    cell = max(cell, text_width("0" * (decimals + 2) + " M", 12) + 20)
    row_height, head_height, top = 30.0, 42.0, 10.0
    width = max(12 + name_width + cell * len(columns) + 12, 420.0)
    grid_top = top + head_height
    body: list[str] = []
    for index, standard in enumerate(columns):
        x = 12 + name_width + index * cell + cell / 2
        body.append(
            label(x, top + 16, heads[index], size=12, anchor="middle", weight="600")
        )
        if standard in power:
            body.append(
                label(x, top + 32, "(power)", size=10, anchor="middle", colour=MUTED)
            )
    for row, student in enumerate(students):
        y = grid_top + row * row_height
        body.append(label(12, y + row_height / 2 + 4, shown_names[row], size=12))
        for index, standard in enumerate(columns):
            x = 12 + name_width + index * cell
            estimate = estimates.get((student, standard))
            if estimate is None:
                body.append(
                    void(
                        "rect",
                        {
                            "x": x + 1,
                            "y": y + 1,
                            "width": cell - 2,
                            "height": row_height - 2,
                            "fill": PAPER,
                            "stroke": MUTED,
                            "stroke-dasharray": "3 3",
                        },
                    )
                )
                body.append(
                    label(
                        x + cell / 2,
                        y + row_height / 2 + 4,
                        _BLANK,
                        size=12,
                        anchor="middle",
                        colour=MUTED,
                    )
                )
                continue
            text = _BLANK if estimate.value is None else fixed(estimate.value, decimals)
            body.append(
                band_cell(
                    x, y, cell, row_height, estimate.band, text, ids=BANDS, size=12
                )
            )
    legend_top = grid_top + len(students) * row_height + 14
    legend, legend_height = band_legend(12, legend_top, width - 24)
    body.append(legend)
    height = legend_top + legend_height + 8

    desc = _grid_desc(
        estimates,
        heading=heading,
        students=students,
        columns=columns,
        codes=codes,
        power=power,
        people=people,
        decimals=decimals,
    )
    return document(
        width=width,
        height=height,
        title=heading,
        desc=desc,
        body=body,
        lang=language,
        bands=True,
    )


# A roll-up (the mapping `selfassess.mastery.rollup` returns) is drawn as its grid.
svg.register(_RolledUp, mastery_grid)


# One estimate over time.


def _value_range(estimate: MasteryEstimate) -> tuple[float, float]:
    scale = estimate.policy.scale
    low, high = scale.minimum, scale.maximum
    if METHODS[estimate.policy.method].probability:
        low, high = min(low, 0.0), max(high, 1.0)
    values = [
        *estimate.scores,
        *([estimate.value] if estimate.value is not None else []),
    ]
    low = min([low, *values])
    high = max([high, *values])
    if high <= low:  # widened by one, or by a millionth where one is lost
        widen = max(1.0, abs(low) * 1e-6)
        low, high = (
            (low, low + widen) if low + widen <= _LARGEST else (low - widen, low)
        )
    return low, high


def _ticks(estimate: MasteryEstimate, low: float, high: float) -> list[float]:
    points = sorted({level.points for level in estimate.policy.scale.levels})
    ticks = [p for p in points if low <= p <= high]
    if len(ticks) > 8 or len(ticks) < 2:
        if math.isfinite(high - low):
            ticks = [low + (high - low) * step / 4 for step in range(5)]
        else:  # values of opposite signs near the largest float: halved first
            ticks = [
                2 * (low / 2 + (high / 2 - low / 2) * step / 4) for step in range(5)
            ]
    return ticks


def _estimate_desc(
    estimate: MasteryEstimate, who: str, what: str, cuts: tuple[float, float]
) -> list[str]:
    method = METHODS[estimate.policy.method].name
    scores = [
        f"{fixed(score)} on {short_day(item.assessed_on)}"
        for score, item in zip(estimate.scores, estimate.evidence, strict=True)
    ]
    desc = [
        f"{who}'s mastery of {what}: {estimate.count} scores counted"
        + (": " + ", ".join(scores) if scores else "")
        + "."
    ]
    if estimate.value is None:
        desc.append(
            f"No value yet ({method}); band {BAND_STYLES[estimate.band].label}."
        )
    else:
        desc.append(
            f"Estimate {fixed(estimate.value)} by the {method}, "
            f"band {BAND_STYLES[estimate.band].label}."
        )
    desc.append(
        f"Mastered from {fixed(cuts[0])} (long dashes), near mastery from "
        f"{fixed(cuts[1])} (short dashes)."
    )
    return desc


def _svg_estimate(
    estimate: MasteryEstimate,
    *,
    student_name: str | None = None,
    standard: Standard | None = None,
    width: float = 640,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Draw one estimate: its scores in order, the estimate, its band and the cuts.

    Args:
        estimate: The estimate.
        student_name: The student's display name (the id by default).
        standard: The standard, for its code (the id by default).
        width: The picture's width, 400 to 2000 user units.
        title: The picture's title.
        lang: The language of the picture's text.

    Raises:
        TypeError: If an option has the wrong type.
        ValueError: If *width* is out of range or a text option is blank.
    """
    language = _options.lang(lang)
    total_width = _options.number("width", width, minimum=400, maximum=2000)
    who = _options.given_text(
        "student_name", student_name, estimate.student or "no student"
    )
    known = _options.optional_instance("standard", standard, Standard)
    what = known.code if known is not None else estimate.standard or "no standard"
    heading = _options.given_text("title", title, f"{who}: {what}")
    cuts_in_use = estimate.policy.band_cuts
    cuts = (cuts_in_use.mastered, cuts_in_use.near)
    low, high = _value_range(estimate)
    left, right, top, bottom = 44.0, 124.0, 40.0, 52.0
    plot_height = 200.0
    height = top + plot_height + bottom
    plot_width = total_width - left - right

    def y_of(value: float) -> float:
        return top + plot_height * share(high, value, low)

    body = [
        label(
            12,
            22,
            shorten(heading, int((total_width - 24) / (0.65 * 13))),
            size=13,
            weight="600",
        ),
    ]
    for tick in _ticks(estimate, low, high):
        y = y_of(tick)
        body.append(
            across(left, left + plot_width, y, {"stroke": GRID, "stroke-width": 1})
        )
        body.append(
            label(left - 6, y + 4, f"{tick:g}", size=11, anchor="end", colour=MUTED)
        )
    for value, dash, words in ((cuts[0], "8 4", "mastered"), (cuts[1], "2 3", "near")):
        if low <= value <= high:
            y = y_of(value)
            cut: dict[str, str | float] = {
                "stroke": INK,
                "stroke-width": 1.2,
                "stroke-dasharray": dash,
            }
            body.append(across(left, left + plot_width, y, cut))
            body.append(note(left + plot_width + 6, y + 4, f"{words} {value:g}"))
    count = estimate.count
    step = plot_width / max(count, 1)
    every = max(1, math.ceil(text_width("Sep 30", 10) / step))
    points: list[tuple[float, float]] = []
    for index, (score, item) in enumerate(
        zip(estimate.scores, estimate.evidence, strict=True)
    ):
        x = left + step * (index + 0.5)
        y = y_of(score)
        points.append((x, y))
        body.append(void("circle", {"cx": x, "cy": y, "r": 4.5, "fill": INK}))
        if step >= 30:
            body.append(label(x, y - 9, f"{score:g}", size=10, anchor="middle"))
        if index % every == 0:
            day = short_day(item.assessed_on)
            body.append(axis_label(x, top + plot_height + 16, day))
    if len(points) > 1:
        body.insert(1, polyline(points, MUTED, width=1))
    if not count:
        body.append(
            label(
                left + plot_width / 2,
                top + plot_height / 2,
                "No scores counted yet",
                size=12,
                anchor="middle",
                colour=MUTED,
            )
        )
    if estimate.value is not None:
        y = y_of(estimate.value)
        thick: dict[str, str | float] = {"stroke": INK, "stroke-width": 3}
        body.append(across(left, left + plot_width, y, thick))
    tag = _BLANK if estimate.value is None else fixed(estimate.value)
    body.append(note(left + plot_width + 6, top + plot_height + 16, "estimate"))
    body.append(
        band_cell(
            left + plot_width + 6,
            top + plot_height + 22,
            right - 14,
            24,
            estimate.band,
            tag,
            ids=BANDS,
            size=12,
        )
    )
    key = "score (dots, oldest first); estimate: thick line"
    body.append(note(left, height - 8, key))
    return document(
        width=total_width,
        height=height,
        title=heading,
        desc=_estimate_desc(estimate, who, what, cuts),
        body=body,
        lang=language,
        bands=True,
    )


svg.register(MasteryEstimate, _svg_estimate)


# One assessment broken into standards.


def _breakdown_desc(
    rows: Sequence[StandardScore],
    *,
    who: str,
    test: str,
    earned: float,
    possible: float,
    codes: Mapping[str, str],
) -> list[str]:
    desc = [
        f"{who}'s {test}: {earned:g} of {possible:g} points "
        f"({fixed(100 * earned / possible, 0)} %), broken into {len(rows)} standards."
    ]
    desc += [
        f"{codes.get(row.standard, row.standard)}: {row.earned:g} of {row.possible:g} "
        f"points, {fixed(row.percent, 0)} %, level {row.points:g}, "
        f"{BAND_STYLES[row.band].label}."
        for row in rows
    ]
    return desc


def score_breakdown(
    assessment: AlignedAssessment,
    scores: Mapping[str, float],
    *,
    student_name: str | None = None,
    standards: Framework | Iterable[Standard] | None = None,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Return one assessment's big score broken into a bar per standard.

    The data-review conference's view: "31 out of 40" becomes a percentage and a
    level per standard, each coloured by its band (with its letter and pattern);
    the percent cut points are drawn as dashed ticks on every bar.

    Args:
        assessment: The assessment, its items aligned to standards.
        scores: The points the student earned on each item, by item id.
        student_name: The student's display name ("The student" by default).
        standards: The framework, or its standards, for codes.
        title: The picture's title.
        lang: The language of the picture's text.

    Returns:
        The SVG picture.

    Raises:
        TypeError: If *assessment* is not an `selfassess.mastery.AlignedAssessment` or an option has
            the wrong type.
        ValueError: If a text option is blank.
        selfassess.errors.InvalidDataError: If *scores* does not fit the assessment.
    """
    _options.instance("assessment", assessment, AlignedAssessment)
    language = _options.lang(lang)
    who = _options.given_text("student_name", student_name, "The student")
    heading = _options.given_text("title", title, f"{who}: {assessment.id} by standard")
    rows = assessment.breakdown(scores)
    codes = {s.id: s.code for s in _standard_index(standards)}
    earned = float(sum(float(scores.get(item.id, 0.0)) for item in assessment.items))
    possible = float(sum(item.points for item in assessment.items))
    labels = [shorten(codes.get(row.standard, row.standard), 16) for row in rows]
    label_width = (
        max([text_width(text, 12) for text in labels] + [text_width("Whole", 12)]) + 18
    )
    width = 640.0
    bar_left = 12 + label_width
    bar_width = width - bar_left - 210
    row_height = 40.0
    body = [
        label(12, 22, shorten(heading, 72), size=13, weight="600"),
        label(12, 52, "Whole", size=12, weight="600"),
        void(
            "rect",
            {
                "x": bar_left,
                "y": 38,
                "width": bar_width,
                "height": 20,
                "fill": PAPER,
                "stroke": INK,
            },
        ),
        void(
            "rect",
            {
                "x": bar_left,
                "y": 38,
                "width": bar_width * earned / possible,
                "height": 20,
                "fill": MUTED,
            },
        ),
        label(
            bar_left + bar_width + 8,
            53,
            f"{earned:g} / {possible:g} ({fixed(100 * earned / possible, 0)} %)",
            size=12,
        ),
    ]
    for index, row in enumerate(rows):
        y = 76 + index * row_height
        body.append(label(12, y + 18, labels[index], size=12))
        body.append(
            void(
                "rect",
                {
                    "x": bar_left,
                    "y": y + 4,
                    "width": bar_width,
                    "height": 20,
                    "fill": PAPER,
                    "stroke": INK,
                },
            )
        )
        filled = bar_width * row.percent / 100
        if filled > 0:
            body.append(band_cell(bar_left, y + 4, filled, 20, row.band, "", ids=BANDS))
        for cut in assessment.cuts[1:]:
            x = bar_left + bar_width * cut.percent / 100
            body.append(
                void(
                    "line",
                    {
                        "x1": x,
                        "x2": x,
                        "y1": y,
                        "y2": y + 28,
                        "stroke": INK,
                        "stroke-dasharray": "3 2",
                    },
                )
            )
        body.append(
            label(
                bar_left + bar_width + 8,
                y + 18,
                f"{row.earned:g}/{row.possible:g} · {fixed(row.percent, 0)} %",
                size=11,
            )
        )
        body.append(
            band_cell(
                width - 70,
                y + 2,
                58,
                24,
                row.band,
                f"{row.points:g}",
                ids=BANDS,
                size=12,
            )
        )
    legend_top = 76 + len(rows) * row_height + 4
    ticks = "Dashed ticks: the percent cut points " + ", ".join(
        f"{c.percent:g} % for {c.points:g}" for c in assessment.cuts[1:]
    )
    body.append(label(12, legend_top + 8, shorten(ticks, 94), size=10, colour=MUTED))
    legend, legend_height = band_legend(12, legend_top + 18, width - 24)
    body.append(legend)
    return document(
        width=width,
        height=legend_top + 18 + legend_height + 8,
        title=heading,
        desc=_breakdown_desc(
            rows,
            who=who,
            test=assessment.id,
            earned=earned,
            possible=possible,
            codes=codes,
        ),
        body=body,
        lang=language,
        bands=True,
    )
