"""Rubric pictures: a student's self-assessment beside the teacher's, and calibration.

The student's series is always a filled circle in `SELF`, the teacher's an open
square in `TEACHER`, and a legend names both shapes: the shapes, not the colours,
tell the two apart. A class's calibration is drawn as the self x teacher table of
counts that agreement statistics are computed from (Cohen 1960), with the figures
written beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from selfassess.render import _options
from selfassess.render._dispatch import svg
from selfassess.render._markup import void
from selfassess.render._palette import INK, MUTED, PAPER, SELF, TEACHER
from selfassess.render._plot import GRID, across, axis_label, note
from selfassess.render._svg import document, label, shorten, text_width
from selfassess.render._words import fixed
from selfassess.rubrics import Calibration, Comparison, calibrate

__all__ = ["calibration_picture"]


def self_mark(x: float, y: float, size: float = 5) -> str:
    """Return the student's mark: a filled circle in `SELF`."""
    return void("circle", {"cx": x, "cy": y, "r": size, "fill": SELF})


def teacher_mark(x: float, y: float, size: float = 7) -> str:
    """Return the teacher's mark: an open square in `TEACHER`."""
    return void(
        "rect",
        {
            "x": x - size,
            "y": y - size,
            "width": 2 * size,
            "height": 2 * size,
            "fill": "none",
            "stroke": TEACHER,
            "stroke-width": 2,
        },
    )


def series_legend(x: float, y: float, mine: str, theirs: str) -> str:
    """Return the legend of the two series: the circle, then the square."""
    return (
        self_mark(x + 6, y - 4)
        + label(x + 16, y, mine, size=11)
        + teacher_mark(x + 30 + text_width(mine, 11), y - 4, 6)
        + label(x + 42 + text_width(mine, 11), y, theirs, size=11)
    )


def _axis_labels(comparison: Comparison, count: int) -> list[str]:
    """The name of each position where every row agrees on it, else its number."""
    found: dict[int, set[str]] = {}
    for row in comparison.criteria:
        for position, name in (
            (row.self_position, row.self_label),
            (row.teacher_position, row.teacher_label),
        ):
            if position is not None:
                found.setdefault(position, set()).add(name)
    return [
        next(iter(found[p])) if len(found.get(p, ())) == 1 else f"level {p + 1}"
        for p in range(count)
    ]


def _step_words(steps: int) -> str:
    if steps > 0:
        return f"+{steps} over"
    if steps < 0:
        return f"{steps} under"
    return "agree"


def _svg_comparison(
    comparison: Comparison,
    *,
    student_name: str | None = None,
    positions: int | None = None,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Draw a self-assessment beside the teacher's, one row per criterion.

    Args:
        comparison: The comparison.
        student_name: The student's display name (the id by default).
        positions: How many ratings each criterion has (the highest rating given
            plus one by default); at least that many.
        title: The picture's title.
        lang: The language of the picture's text.

    Raises:
        TypeError: If an option has the wrong type.
        ValueError: If *positions* is fewer than the ratings given, or a text
            option is blank.
    """
    language = _options.lang(lang)
    who = _options.given_text("student_name", student_name, comparison.student)
    heading = _options.given_text(
        "title", title, f"{who}: self-assessment beside the teacher's"
    )
    given = [
        p
        for row in comparison.criteria
        for p in (row.self_position, row.teacher_position)
        if p is not None
    ]
    least = max(given, default=0) + 1
    count = (
        max(least, 2)
        if positions is None
        else _options.whole("positions", positions, least, 12)
    )
    width = 640.0
    titles = [shorten(row.title, 26) for row in comparison.criteria]
    left = 12 + max([text_width(t, 12) for t in titles] + [60.0]) + 12
    right = 84.0
    column = (width - left - right) / count
    heads = [
        shorten(text, max(3, int(column / 6.5)))
        for text in _axis_labels(comparison, count)
    ]
    top, row_height = 74.0, 34.0
    body = [
        label(12, 22, shorten(heading, 72), size=13, weight="600"),
        series_legend(12, 44, f"{shorten(who, 24)} (self)", "teacher"),
    ]
    for p, text in enumerate(heads):
        body.append(axis_label(left + column * (p + 0.5), top - 6, text))
    body.append(label(width - 12, top - 6, "gap", size=10, anchor="end", colour=MUTED))
    for index, row in enumerate(comparison.criteria):
        y = top + row_height * index + row_height / 2
        body.append(across(left, width - right, y, {"stroke": GRID}))
        body.append(label(12, y + 4, titles[index], size=12))
        xs = [
            None if p is None else left + column * (p + 0.5)
            for p in (row.self_position, row.teacher_position)
        ]
        if xs[0] is not None and xs[1] is not None and xs[0] != xs[1]:
            body.append(across(xs[0], xs[1], y, {"stroke": INK, "stroke-width": 2}))
        if xs[1] is not None:
            body.append(teacher_mark(xs[1], y))
        if xs[0] is not None:
            body.append(self_mark(xs[0], y))
        body.append(
            label(width - 12, y + 4, _step_words(row.steps), size=11, anchor="end")
        )
    height = top + row_height * max(len(comparison.criteria), 1) + 12
    if not comparison.criteria:
        body.append(
            label(left, top + 20, "No criterion rated by both", size=12, colour=MUTED)
        )
    desc = [
        f"{heading}: {len(comparison.criteria)} criteria"
        + (
            f", {sum(r.agrees for r in comparison.criteria)} agree, bias "
            f"{fixed(comparison.bias or 0.0, sign=True)} levels"
            if comparison.criteria
            else ""
        )
        + "."
    ]
    desc += [
        f"{row.title}: self {row.self_label}, teacher {row.teacher_label} "
        f"({_step_words(row.steps)})."
        for row in comparison.criteria
    ]
    return document(
        width=width, height=height, title=heading, desc=desc, body=body, lang=language
    )


svg.register(Comparison, _svg_comparison)


def _figures(calibration: Calibration) -> list[tuple[str, str]]:
    """The figures in words and numbers, those the calibration has."""
    found = [
        ("pairs", f"{calibration.pairs}"),
        ("exact agreement", f"{fixed(100 * calibration.exact_agreement, 0)} %"),
        ("within one level", f"{fixed(100 * calibration.adjacent_agreement, 0)} %"),
        ("bias (self - teacher)", fixed(calibration.bias, sign=True)),
        ("mean gap", fixed(calibration.mean_absolute_difference)),
        ("kappa", fixed(calibration.kappa)),
        ("quadratic kappa", fixed(calibration.quadratic_kappa)),
        ("ordinal alpha", fixed(calibration.ordinal_alpha)),
    ]
    if calibration.ac1 is not None:
        found.append(("Gwet's AC1", fixed(calibration.ac1)))
    return found


def _estimation_words(calibration: Calibration) -> str:
    if calibration.bias > 0:
        return "students rate themselves higher than the teacher, on average"
    if calibration.bias < 0:
        return "students rate themselves lower than the teacher, on average"
    return "no bias on average"


def _figure_lines(calibration: Calibration, x: float, y: float) -> str:
    parts = []
    for index, (name, value) in enumerate(_figures(calibration)):
        parts.append(label(x, y + 20 * index, name, size=12))
        parts.append(
            label(x + 196, y + 20 * index, value, size=12, anchor="end", weight="600")
        )
    return "".join(parts)


def _svg_calibration(
    calibration: Calibration, *, title: str | None = None, lang: str = "en"
) -> str:
    """Draw a class's calibration figures as a labelled table of numbers.

    Args:
        calibration: The calibration.
        title: The picture's title.
        lang: The language of the picture's text.

    Raises:
        TypeError: If an option has the wrong type.
        ValueError: If a text option is blank.
    """
    language = _options.lang(lang)
    heading = _options.given_text("title", title, "Calibration: self beside teacher")
    lines = _figures(calibration)
    width = 320.0
    body = [
        label(12, 22, shorten(heading, 36), size=13, weight="600"),
        _figure_lines(calibration, 12, 48),
        note(
            12,
            48 + 20 * len(lines) + 4,
            shorten(_estimation_words(calibration), 44),
        ),
    ]
    desc = [
        f"{heading}: "
        + "; ".join(f"{n} {v}" for n, v in lines)
        + "; "
        + _estimation_words(calibration)
        + "."
    ]
    return document(
        width=width,
        height=48 + 20 * len(lines) + 18,
        title=heading,
        desc=desc,
        body=body,
        lang=language,
    )


svg.register(Calibration, _svg_calibration)


def _level_names(labels: object, categories: Sequence[float]) -> list[str]:
    if labels is None:
        return [f"{c:g}" for c in categories]
    names = list(_options.texts("labels", labels))
    if len(names) != len(categories):
        message = f"labels must name each of the {len(categories)} positions (got {len(names)})"
        raise ValueError(message)
    return names


def calibration_picture(
    self_levels: Iterable[float],
    teacher_levels: Iterable[float],
    positions: Iterable[float],
    *,
    labels: Sequence[str] | None = None,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Return the class's self x teacher table of counts, with the calibration figures.

    Each cell holds how many pairs the student rated at its row's level and the
    teacher at its column's, written as a number and drawn as a circle whose area
    grows with the count; the diagonal (the same level) is outlined. Beside it, the
    figures of `selfassess.rubrics.calibrate`: exact and adjacent agreement, the
    bias, kappa and Krippendorff's ordinal alpha.

    Args:
        self_levels: The students' ratings (positions or points), pooled.
        teacher_levels: The teacher's ratings of the same work, in the same order.
        positions: Every level, lowest first (the categories of `selfassess.rubrics.calibrate`).
        labels: A name for each level (its number by default).
        title: The picture's title.
        lang: The language of the picture's text.

    Returns:
        The SVG picture.

    Raises:
        TypeError: If *labels* is not a list of strings, or an option has the
            wrong type.
        ValueError: If *labels* does not name every level, or a text option is
            blank.
        selfassess.errors.InvalidDataError: As `selfassess.rubrics.calibrate`.

    Example:
        >>> picture = calibration_picture([3, 2, 4, 3], [2, 2, 3, 3], [1, 2, 3, 4])
        >>> "exact agreement 50 %" in picture
        True
    """
    language = _options.lang(lang)
    heading = _options.given_text("title", title, "Calibration: self beside teacher")
    mine, theirs, categories = list(self_levels), list(teacher_levels), list(positions)
    calibration = calibrate(mine, theirs, categories)
    names = [shorten(n, 18) for n in _level_names(labels, categories)]
    counts = Counter(zip(mine, theirs, strict=True))
    largest = max(counts.values())
    k = len(categories)
    cell = min(64.0, 256.0 / k)
    row_head = max([text_width(n, 11) for n in names] + [30.0]) + 10
    grid_left, grid_top = 12 + 18 + row_head, 74.0
    column_heads = [shorten(n, max(2, int(cell / 6.5))) for n in names]
    body = [
        label(12, 22, shorten(heading, 72), size=13, weight="600"),
        label(
            grid_left + cell * k / 2,
            44,
            "teacher's rating",
            size=11,
            anchor="middle",
            colour=MUTED,
        ),
    ]
    for j, text in enumerate(column_heads):
        body.append(
            label(
                grid_left + cell * (j + 0.5),
                grid_top - 8,
                text,
                size=10,
                anchor="middle",
            )
        )
    for i in range(k):
        row = k - 1 - i  # the highest level on top
        y = grid_top + cell * i
        body.append(
            label(grid_left - 6, y + cell / 2 + 4, names[row], size=11, anchor="end")
        )
        for j in range(k):
            x = grid_left + cell * j
            same = row == j
            body.append(
                void(
                    "rect",
                    {
                        "x": x,
                        "y": y,
                        "width": cell,
                        "height": cell,
                        "fill": PAPER,
                        "stroke": INK if same else GRID,
                        "stroke-width": 2 if same else 1,
                    },
                )
            )
            count = counts.get((categories[row], categories[j]), 0)
            if count:
                radius = (cell / 2 - 4) * (count / largest) ** 0.5
                body.append(
                    void(
                        "circle",
                        {
                            "cx": x + cell / 2,
                            "cy": y + cell / 2,
                            "r": radius,
                            "fill": "#c8d9ee",
                        },
                    )
                )
                body.append(
                    label(
                        x + cell / 2,
                        y + cell / 2 + 4,
                        f"{count}",
                        size=11,
                        anchor="middle",
                        weight="600",
                    )
                )
    grid_bottom = grid_top + cell * k
    middle = grid_top + cell * k / 2
    body.append(
        f'<text x="18" y="{middle:.2f}" font-size="11" text-anchor="middle" fill="{MUTED}" '
        f'transform="rotate(-90 18 {middle:.2f})">self-rating</text>'
    )
    figures_left = max(grid_left + cell * k + 28, 400.0)
    width = figures_left + 210
    body.append(_figure_lines(calibration, figures_left, grid_top + 4))
    notes_top = max(grid_bottom, grid_top + 20 * len(_figures(calibration))) + 20
    key = "Outlined: the same level. Above it: students rated higher."
    body.append(note(12, notes_top, key))
    cells = "; ".join(
        f"self {n1}, teacher {n2}: {counts[a, b]}"
        for a, n1 in zip(categories, _level_names(labels, categories), strict=True)
        for b, n2 in zip(categories, _level_names(labels, categories), strict=True)
        if counts.get((a, b))
    )
    desc = [
        f"{heading}: {calibration.pairs} pairs of ratings on {k} levels.",
        "; ".join(f"{n} {v}" for n, v in _figures(calibration)[1:])
        + "; "
        + _estimation_words(calibration)
        + ".",
        f"Counts: {cells}.",
    ]
    return document(
        width=width,
        height=notes_top + 10,
        title=heading,
        desc=desc,
        body=body,
        lang=language,
    )
