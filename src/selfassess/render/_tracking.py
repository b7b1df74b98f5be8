"""Tracking pictures: time on task over a day and over days, and growth over a year.

A student's own ratings are filled circles joined by a solid line; the teacher's
are open squares joined by a dashed line, so that the two read apart without
colour. Growth from fall to spring is a dumbbell per standard or goal: an open
circle where it began, a filled one where it ended, a line between (the filled
circle is the end, whichever way the line runs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from selfassess import FOUR_POINT, Scale
from selfassess.mastery import Growth
from selfassess.render import _options
from selfassess.render._dispatch import svg
from selfassess.render._markup import void
from selfassess.render._palette import INK, MUTED, PAPER, SELF, TEACHER
from selfassess.render._plot import GRID, across, axis_label, note, polyline, share
from selfassess.render._rubrics import self_mark, series_legend, teacher_mark
from selfassess.render._svg import document, label, shorten, text_width
from selfassess.render._words import fixed, short_day
from selfassess.tracking import (
    OnTaskHistory,
    OnTaskSession,
    StandardChange,
    TermProgress,
    TrackerComparison,
)

__all__ = ["growth_chart"]

_WIDTH = 640.0
_TOP = 64.0
"""Where a plot of ratings begins, below its title and legend."""


def _percent(share: float | None) -> str:
    return "none" if share is None else f"{fixed(100 * share, 0)} %"


def _self_and_teacher(
    *,
    heading: str,
    who: str,
    left: float,
    plot_height: float,
    grid: Sequence[tuple[float, str]],
    cut: float,
    points: Sequence[tuple[float | None, float | None, str]],
    widest: str,
    empty: str,
    key: str,
) -> tuple[list[str], float]:
    """The plot of a student's ratings beside the teacher's, and its height.

    Args:
        heading: The picture's title, written at its top.
        who: The student's name, for the legend.
        left: Where the plot begins, after the grid's labels.
        plot_height: The plot's height, from `_TOP`.
        grid: Each grid line's y and its label.
        cut: The y of the long-dashed line (on task from there).
        points: At each step, the student's y, the teacher's y (``None`` where not
            rated) and the text under the axis.
        widest: The widest text under the axis, to space those shown.
        empty: What the plot says when there is no step.
        key: The note under the plot.
    """
    plot_width = _WIDTH - left - 16
    body = [
        label(12, 22, shorten(heading, 72), size=13, weight="600"),
        series_legend(12, 44, f"{shorten(who, 24)} (self)", "teacher"),
    ]
    for y, text in grid:
        body.append(across(left, left + plot_width, y, {"stroke": GRID}))
        body.append(text)
    style = {"stroke": INK, "stroke-dasharray": "8 4"}
    body.append(across(left, left + plot_width, cut, style))
    step = plot_width / max(len(points), 1)
    every = max(1, int(text_width(widest, 10) / step) + 1)
    mine: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    marks: list[str] = []
    for index, (own, other, text) in enumerate(points):
        x = left + step * (index + 0.5)
        if own is not None:
            mine.append((x - 4, own))
            marks.append(self_mark(x - 4, own))
        if other is not None:
            theirs.append((x + 4, other))
            marks.append(teacher_mark(x + 4, other, 5))
        if index % every == 0:
            body.append(axis_label(x, _TOP + plot_height + 18, text))
    body += [
        polyline(theirs, TEACHER, dash="5 3"),
        polyline(mine, SELF),
        *marks,
    ]
    if not points:
        middle = _TOP + plot_height / 2
        body.append(label(left + 10, middle, empty, size=12, colour=MUTED))
    height = _TOP + plot_height + 44
    body.append(note(left, height - 8, key))
    return body, height


def _svg_session(
    session: OnTaskSession,
    *,
    student_name: str | None = None,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Draw one session: each interval's self-rating, and the teacher's beside it.

    Args:
        session: The session.
        student_name: The student's display name (the id by default).
        title: The picture's title.
        lang: The language of the picture's text.

    Raises:
        TypeError: If an option has the wrong type.
        ValueError: If a text option is blank.
    """
    language = _options.lang(lang)
    who = _options.given_text("student_name", student_name, session.student)
    heading = _options.given_text(
        "title", title, f"{who}: on task, {short_day(session.held_on)}"
    )
    scale = session.scale
    levels = sorted(scale.levels, key=lambda level: level.points)
    names = [shorten(level.label, 20) for level in levels]
    left = 12 + max(text_width(n, 11) for n in names) + 10
    plot_height = 150.0
    low, high = levels[0].points, levels[-1].points

    def y_of(value: float) -> float:
        return _TOP + plot_height * share(high, value, low)

    body, height = _self_and_teacher(
        heading=heading,
        who=who,
        left=left,
        plot_height=plot_height,
        grid=[
            (y, label(left - 6, y + 4, text, size=11, anchor="end"))
            for y, text in zip(
                (y_of(level.points) for level in levels), names, strict=True
            )
        ],
        cut=y_of(scale.cuts.mastered) + 0.0,
        points=[
            (
                y_of(i.rating),
                None if i.teacher_rating is None else y_of(i.teacher_rating),
                f"{i.minutes} min",
            )
            for i in session.intervals
        ],
        widest="10 min",
        empty="No interval rated yet",
        key="Long dashes: on task from here. Intervals in order.",
    )
    paired = [i for i in session.intervals if i.teacher_rating is not None]
    agree = sum(
        (i.rating >= scale.cuts.mastered) == (i.teacher_rating >= scale.cuts.mastered)
        for i in paired
        if i.teacher_rating is not None
    )
    desc = [
        f"{heading}: {len(session.intervals)} intervals, {session.minutes} minutes; "
        f"{sum(session.on_task)} rated on task ({_percent(session.on_task_share)}). "
        f"The teacher rated {len(paired)}; they agree on on task or not for {agree}."
    ]
    desc += [
        f"Interval {n} ({i.minutes} min): self {scale.level(i.rating).label}"
        + (
            ""
            if i.teacher_rating is None
            else f", teacher {scale.level(i.teacher_rating).label}"
        )
        + "."
        for n, i in enumerate(session.intervals, start=1)
    ]
    return document(
        width=_WIDTH, height=height, title=heading, desc=desc, body=body, lang=language
    )


svg.register(OnTaskSession, _svg_session)


def _teacher_share(session: OnTaskSession) -> float | None:
    rated = [
        i.teacher_rating for i in session.intervals if i.teacher_rating is not None
    ]
    if not rated:
        return None
    return sum(r >= session.scale.cuts.mastered for r in rated) / len(rated)


def _svg_history(
    history: OnTaskHistory,
    *,
    student_name: str | None = None,
    target_share: float = 0.8,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Draw the share of intervals on task, session by session, self and teacher.

    Args:
        history: The student's sessions.
        student_name: The student's display name (the id by default).
        target_share: The share the dashed target line is drawn at, in (0, 1]
            (80 %, the common criterion of classroom behaviour goals).
        title: The picture's title.
        lang: The language of the picture's text.

    Raises:
        TypeError: If an option has the wrong type.
        ValueError: If *target_share* is outside (0, 1] or a text option is blank.
    """
    language = _options.lang(lang)
    who = _options.given_text("student_name", student_name, history.student)
    target = _options.number("target_share", target_share, minimum=0, maximum=1)
    if target == 0:
        message = "target_share must be above 0 (got 0)"
        raise ValueError(message)
    heading = _options.given_text("title", title, f"{who}: time on task over the days")
    left, plot_height = 48.0, 160.0

    def y_of(share: float) -> float:
        return _TOP + plot_height * (1 - share)

    words = []
    points: list[tuple[float | None, float | None, str]] = []
    for session in history.sessions:
        own, other = session.on_task_share, _teacher_share(session)
        points.append(
            (
                None if own is None else y_of(own),
                None if other is None else y_of(other),
                short_day(session.held_on),
            )
        )
        words.append(
            f"{short_day(session.held_on)}: self {_percent(own)} of "
            f"{len(session.intervals)} intervals, teacher {_percent(other)}"
        )
    body, height = _self_and_teacher(
        heading=heading,
        who=who,
        left=left,
        plot_height=plot_height,
        grid=[
            (y, label(left - 6, y + 4, text, size=10, anchor="end", colour=MUTED))
            for y, text in (
                (y_of(share), f"{share * 100:g} %") for share in (0, 0.25, 0.5, 0.75, 1)
            )
        ],
        cut=y_of(target),
        points=points,
        widest="Sep 30",
        empty="No session yet",
        key=f"Share of intervals on task. Long dashes: the target, {_percent(target)}. "
        f"Next interval: {history.next_minutes()} min.",
    )
    desc = [
        f"{heading}: {len(history.sessions)} sessions; target {_percent(target)}; "
        f"next interval {history.next_minutes()} minutes.",
        *[f"{w}." for w in words[:20]],
    ]
    if len(words) > 20:
        desc.append(f"And {len(words) - 20} more sessions.")
    return document(
        width=_WIDTH, height=height, title=heading, desc=desc, body=body, lang=language
    )


svg.register(OnTaskHistory, _svg_history)


Line = TermProgress | StandardChange | Growth


def _ends(
    line: object, names: Mapping[str, str]
) -> tuple[str, float | None, float | None]:
    if isinstance(line, TermProgress):
        return names.get(line.target, line.target), line.start_score, line.end_score
    if isinstance(line, StandardChange):
        return names.get(line.standard, line.standard), line.previous, line.current
    if isinstance(line, Growth):
        who = names.get(line.student, line.student)
        return (
            f"{who}: {names.get(line.standard, line.standard)}",
            line.before,
            line.after,
        )
    message = (
        "lines must hold TermProgress, StandardChange or Growth "
        f"(got {type(line).__name__})"
    )
    raise TypeError(message)


def growth_chart(
    lines: Iterable[Line],
    *,
    names: Mapping[str, str] | None = None,
    start_label: str = "fall",
    end_label: str = "spring",
    scale: Scale = FOUR_POINT,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Return a dumbbell chart: each standard or goal from its start to its end value.

    The portfolio party's view of the year (`selfassess.tracking.party_view`), a
    tracker against the previous one (`selfassess.tracking.StandardChange`), or mastery growth between
    two dates (`selfassess.mastery.Growth`): an open circle at the start, a filled
    circle at the end, a line between them, and the change written at the right
    (signed: ``+1.00`` up, ``-0.50`` down).

    Args:
        lines: `selfassess.tracking.TermProgress`, `selfassess.tracking.StandardChange` or `selfassess.mastery.Growth` values.
        names: Display names by id (standards, goals, students).
        start_label: What the start is called ("fall").
        end_label: What the end is called ("spring").
        scale: The scale of the values, for the axis (widened to hold every value).
        title: The picture's title.
        lang: The language of the picture's text.

    Returns:
        The SVG picture.

    Raises:
        TypeError: If a line is of another type, or an option has the wrong type.
        ValueError: If a text option is blank.
    """
    language = _options.lang(lang)
    known = _options.names(names)
    start = _options.given_text("start_label", start_label, "fall")
    end = _options.given_text("end_label", end_label, "spring")
    scale = _options.scale(scale)
    heading = _options.given_text("title", title, f"Growth from {start} to {end}")
    if isinstance(lines, (str, bytes)) or not isinstance(lines, Iterable):
        message = f"lines must be a sequence (got {type(lines).__name__})"
        raise TypeError(message)
    rows = [_ends(line, known) for line in lines]
    values = [v for _, a, b in rows for v in (a, b) if v is not None]
    low = min([scale.minimum, *values])
    high = max([scale.maximum, *values])
    texts = [shorten(text, 28) for text, _, _ in rows]
    width = 640.0
    left = 12 + max([text_width(t, 12) for t in texts] + [60.0]) + 16
    right = 90.0
    plot_width = width - left - right
    top, row_height = 64.0, 30.0

    def x_of(value: float) -> float:
        return left + plot_width * share(low, value, high)

    body = [
        label(12, 22, shorten(heading, 72), size=13, weight="600"),
        void(
            "circle",
            {
                "cx": 18,
                "cy": 40,
                "r": 5,
                "fill": PAPER,
                "stroke": INK,
                "stroke-width": 2,
            },
        ),
        label(28, 44, shorten(start, 20), size=11),
        void(
            "circle",
            {
                "cx": 48 + text_width(shorten(start, 20), 11),
                "cy": 40,
                "r": 5,
                "fill": INK,
            },
        ),
        label(58 + text_width(shorten(start, 20), 11), 44, shorten(end, 20), size=11),
    ]
    bottom = top + row_height * max(len(rows), 1)
    for level in scale.levels:
        x = x_of(level.points)
        body.append(
            void(
                "line", {"x1": x, "x2": x, "y1": top - 6, "y2": bottom, "stroke": GRID}
            )
        )
        body.append(axis_label(x, bottom + 16, f"{level.points:g}"))
    body.append(
        label(width - 12, top - 8, "change", size=10, anchor="end", colour=MUTED)
    )
    desc = [
        f"{heading}: {len(rows)} lines on a scale of {scale.minimum:g} to {scale.maximum:g}."
    ]
    for index, (text, before, after) in enumerate(rows):
        y = top + row_height * (index + 0.5)
        body.append(label(12, y + 4, texts[index], size=12))
        if before is not None and after is not None and before != after:
            joining: dict[str, str | float] = {"stroke": INK, "stroke-width": 2}
            body.append(across(x_of(before), x_of(after), y, joining))
        if before is not None:
            body.append(
                void(
                    "circle",
                    {
                        "cx": x_of(before),
                        "cy": y,
                        "r": 6,
                        "fill": PAPER,
                        "stroke": INK,
                        "stroke-width": 2,
                    },
                )
            )
        if after is not None:
            body.append(
                void("circle", {"cx": x_of(after), "cy": y, "r": 4.5, "fill": INK})
            )
        change = (
            "\u2013"
            if before is None or after is None
            else fixed(after - before, sign=True)
        )
        body.append(
            label(width - 12, y + 4, change, size=12, anchor="end", weight="600")
        )
        first = "none" if before is None else fixed(before)
        last = "none" if after is None else fixed(after)
        if index < 30:
            desc.append(f"{text}: {start} {first}, {end} {last}, change {change}.")
    if len(rows) > 30:
        desc.append(f"And {len(rows) - 30} more lines.")
    if not rows:
        body.append(
            label(left, top + 18, "Nothing to compare yet", size=12, colour=MUTED)
        )
    return document(
        width=width,
        height=bottom + 28,
        title=heading,
        desc=desc,
        body=body,
        lang=language,
    )


def _svg_tracker_comparison(
    comparison: TrackerComparison,
    *,
    names: Mapping[str, str] | None = None,
    scale: Scale = FOUR_POINT,
    title: str | None = None,
    lang: str = "en",
) -> str:
    """Draw a tracker against the previous one: a dumbbell per standard."""
    return growth_chart(
        comparison.standards,
        names=names,
        start_label="previous",
        end_label="this tracker",
        scale=scale,
        title=f"{comparison.current} against {comparison.previous}"
        if title is None
        else title,
        lang=lang,
    )


svg.register(TrackerComparison, _svg_tracker_comparison)
