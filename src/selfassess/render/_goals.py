"""Goals drawn: fraction bars, a student's goals, progress monitoring and attainment.

At the second student-led conference a student colours in a fraction bar for each
goal and shows the work that proves it; the bar the data gives sits beside it, and a
student who coloured more than the data shows has a talking point, not a mistake.
Goals monitored with data (curriculum-based measurement) are drawn as the practice
graphs them: the points, the aimline from the baseline to the target, the trend line
and what the decision rules say (Fuchs, Fuchs & Hamlett; Hosp, Hosp & Howell 2007).
Goal attainment scaling is a ladder of five levels, -2 to +2 (Kiresuk & Sherman 1968).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

import attrs

from selfassess.goals import (
    AttainmentLevel,
    BarComparison,
    Decision,
    FractionBar,
    Goal,
    ProgressMonitor,
)
from selfassess.render import _options
from selfassess.render._dispatch import markdown, svg
from selfassess.render._markdown import inline
from selfassess.render._markup import number, void
from selfassess.render._palette import INK, MUTED, PAPER, SELF, TEACHER
from selfassess.render._plot import GRID, share
from selfassess.render._scales import wrap
from selfassess.render._svg import document, label, shorten, text_width
from selfassess.render._words import short_day

__all__ = ["bar_elements", "goals_picture"]

_WIDTH = 640.0
_EDGE = 16.0
_BAR_HEIGHT = 30.0
_ROW = 40.0
_MOST_FRACTION = "1000/1000"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _name(student_name: object) -> str:
    name = _options.optional_text("student_name", student_name)
    return "The student" if name is None or not name.strip() else name.strip()


def _tick(cx: float, cy: float, size: float) -> str:
    """A check mark, white on a filled part, so filled parts read in greyscale."""
    half = size / 2
    path = (
        f"M{number(cx - half)} {number(cy)} "
        f"L{number(cx - half * 0.3)} {number(cy + half * 0.7)} "
        f"L{number(cx + half)} {number(cy - half * 0.7)}"
    )
    return void(
        "path",
        {
            "d": path,
            "fill": "none",
            "stroke": PAPER,
            "stroke-width": max(1.2, size / 5),
            "stroke-linecap": "round",
            "stroke-linejoin": "round",
        },
    )


def bar_elements(
    bar: FractionBar,
    *,
    x: float,
    y: float,
    width: float,
    height: float = _BAR_HEIGHT,
    colour: str = SELF,
) -> tuple[str, ...]:
    """Return the SVG elements of a fraction bar: its parts, filled ones ticked.

    Filled parts are *colour* with a white check mark (when a part is wide enough
    to hold one), empty parts are white, so the bar reads in greyscale. A bar of
    more parts than fit at 3 units a part is drawn as one filled span and one
    empty span.

    Args:
        bar: The bar.
        x: Its left edge.
        y: Its top edge.
        width: Its width; every bar of a picture gets the same width, so that their
            fractions compare by length.
        height: Its height.
        colour: The filled parts' colour; a palette colour white reads on.

    Returns:
        The elements, drawn inside the box given.

    Example:
        >>> parts = bar_elements(FractionBar(4, 3), x=0, y=0, width=100)
        >>> sum(part.startswith("<rect") for part in parts), sum(part.startswith("<path") for part in parts)
        (5, 3)
    """
    part = width / bar.parts
    body: list[str] = []
    if part < 3:
        spans = (
            (x, bar.filled * part, colour),
            (x + bar.filled * part, bar.empty * part, PAPER),
        )
        for left, span, fill in spans:
            if span > 0:
                body.append(
                    void(
                        "rect",
                        {
                            "x": left,
                            "y": y,
                            "width": span,
                            "height": height,
                            "fill": fill,
                        },
                    )
                )
    else:
        mark = min(part * 0.5, height * 0.5)
        for index in range(bar.parts):
            filled = index < bar.filled
            left = x + index * part
            body.append(
                void(
                    "rect",
                    {
                        "x": left,
                        "y": y,
                        "width": part,
                        "height": height,
                        "fill": colour if filled else PAPER,
                        "stroke": PAPER if filled else MUTED,
                        "stroke-width": 1.0,
                    },
                )
            )
            if filled and mark >= 5:
                body.append(_tick(left + part / 2, y + height / 2, mark))
    body.append(
        void(
            "rect",
            {
                "x": x,
                "y": y,
                "width": width,
                "height": height,
                "fill": "none",
                "stroke": INK,
                "stroke-width": 1.5,
            },
        )
    )
    return tuple(body)


def _bar_words(bar: FractionBar) -> str:
    return f"{bar.filled} of {bar.parts} parts ({bar.filled}/{bar.parts})"


def _verdict(comparison: BarComparison, name: str) -> str:
    """What the two bars say, as the demo's goals section says it."""
    if comparison.agrees:
        return "They agree."
    if comparison.difference > 0:
        return f"{name} coloured more than the data shows: a talking point."
    return f"{name} coloured less than the data shows: worth asking why."


def _verdict_after_colon(comparison: BarComparison, name: str) -> str:
    """The verdict as it reads after a colon: "they agree", not "They agree"."""
    verdict = _verdict(comparison, name)
    return "they agree." if comparison.agrees else verdict


def _series_mark(x: float, cy: float, *, student: bool) -> str:
    """The row's shape: the student's filled circle, or the data's filled square."""
    if student:
        return void("circle", {"cx": x + 5, "cy": cy, "r": 5.0, "fill": SELF})
    return void(
        "rect", {"x": x, "y": cy - 5, "width": 10.0, "height": 10.0, "fill": MUTED}
    )


def _bar_row(
    bar: FractionBar,
    *,
    who: str,
    y: float,
    label_width: float,
    student: bool,
) -> list[str]:
    """One labelled bar across the picture: shape, who, the bar and its fraction."""
    fraction = f"{bar.filled}/{bar.parts}"
    fraction_width = text_width(_MOST_FRACTION, 16) + 8
    bar_x = _EDGE + 16 + label_width + 8
    bar_width = _WIDTH - _EDGE - fraction_width - bar_x
    middle = y + _BAR_HEIGHT / 2
    return [
        _series_mark(_EDGE, middle, student=student),
        label(_EDGE + 16, middle + 4.5, who, size=13, weight="600"),
        *bar_elements(
            bar, x=bar_x, y=y, width=bar_width, colour=SELF if student else MUTED
        ),
        label(
            _WIDTH - _EDGE, middle + 6, fraction, size=16, anchor="end", weight="700"
        ),
    ]


def _who(name: str, most: int = 18) -> str:
    return shorten(name, most)


@svg.register
def _fraction_bar_svg(
    bar: FractionBar, *, student_name: str | None = None, lang: str = "en"
) -> str:
    """Return a fraction bar as a picture: its parts, filled ones ticked, "3/4"."""
    language = _options.lang(lang)
    name = _options.optional_text("student_name", student_name)
    who = (
        "Bar"
        if name is None or not name.strip()
        else f"{_possessive(name.strip())} bar"
    )
    shown = _who(who, 24)
    body = _bar_row(
        bar, who=shown, y=_EDGE, label_width=text_width(shown, 13), student=True
    )
    return document(
        width=_WIDTH,
        height=_EDGE * 2 + _BAR_HEIGHT,
        title=f"Fraction bar {bar.filled}/{bar.parts}",
        desc=f"{who}: {_bar_words(bar)} filled.",
        body=body,
        lang=language,
    )


def _comparison_rows(
    comparison: BarComparison, name: str, y: float
) -> tuple[list[str], float]:
    """The student's row, the data's row and the verdict, from *y*; and the new y."""
    who = _who(name)
    width = max(text_width(who, 13), text_width("Data", 13))
    body = _bar_row(comparison.student, who=who, y=y, label_width=width, student=True)
    y += _ROW
    body += _bar_row(comparison.data, who="Data", y=y, label_width=width, student=False)
    y += _BAR_HEIGHT + 20
    verdict = _verdict(comparison, who)
    most = math.floor((_WIDTH - 2 * _EDGE) / text_width("M", 12))
    body.append(label(_EDGE, y, shorten(verdict, most), size=12, weight="600"))
    return body, y


@svg.register
def _comparison_svg(
    comparison: BarComparison, *, student_name: str | None = None, lang: str = "en"
) -> str:
    """Return the student's bar beside the data's, with what they say together."""
    language = _options.lang(lang)
    name = _name(student_name)
    body, bottom = _comparison_rows(comparison, name, _EDGE)
    desc = (
        f"{name} coloured {_bar_words(comparison.student)}; "
        f"the data gives {_bar_words(comparison.data)}. {_verdict(comparison, name)}"
    )
    return document(
        width=_WIDTH,
        height=bottom + _EDGE,
        title=f"{_possessive(name)} bar beside the data's bar",
        desc=desc,
        body=body,
        lang=language,
    )


@markdown.register
def _fraction_bar_markdown(
    bar: FractionBar, *, student_name: str | None = None, lang: str = "en"
) -> str:
    """Return a bar as Markdown: ``Ana's bar `▰▰▰▱ 3/4` ``."""
    _options.lang(lang)
    name = _options.optional_text("student_name", student_name)
    if name is None or not name.strip():
        return f"`{bar.render()}`"
    return f"{inline(_possessive(name.strip()))} bar `{bar.render()}`"


@markdown.register
def _comparison_markdown(
    comparison: BarComparison, *, student_name: str | None = None, lang: str = "en"
) -> str:
    """Return both bars as the demo says them, with the verdict."""
    _options.lang(lang)
    name = _name(student_name)
    verdict = _verdict_after_colon(comparison, name)
    return (
        f"{inline(_possessive(name))} bar `{comparison.student.render()}`, "
        f"the data's bar `{comparison.data.render()}`: {inline(verdict)}"
    )


def _check_bars(current: object, coloured: object, parts: object) -> None:
    """Check the options of a goal's bars."""
    if current is not None:
        _options.number("current", current)
    count = _options.whole("parts", parts, 1)
    if coloured is not None and _options.whole("coloured", coloured, 0) > count:
        message = f"coloured must be from 0 to parts ({count}) (got {coloured})"
        raise ValueError(message)


@markdown.register
def _goal_markdown(
    value: Goal,
    *,
    current: float | None = None,
    coloured: int | None = None,
    parts: int = 4,
    student_name: str | None = None,
    lang: str = "en",
) -> str:
    """A goal as a list item, with the student's bar and the data's beside it.

    The verdict is the picture's (`_verdict`): they agree, or the student coloured
    more (a talking point) or less (worth asking why) than the data shows.
    """
    _options.lang(lang)
    _check_bars(current, coloured, parts)
    name = _name(student_name)
    whose = inline(_possessive(name))
    details = []
    if value.measure:
        details.append(inline(value.measure))
    if value.baseline is not None and value.target is not None:
        details.append(f"from {value.baseline:g} toward {value.target:g}")
    if current is not None:
        details.append(f"now {current:g}")
    head = f"- **{inline(value.statement)}**"
    if details:
        head += f" ({details[0]}" + (": " if len(details) > 1 else "")
        head += ", ".join(details[1:]) + ")"
    lines = [head]
    if current is not None and value.baseline is not None and value.target is not None:
        data_bar = value.progress_bar(current, parts=parts)
        if coloured is None:
            lines.append(f"  - The data's bar `{data_bar.render()}`.")
        else:
            comparison = BarComparison(
                student=FractionBar(parts=parts, filled=coloured), data=data_bar
            )
            lines.append(
                f"  - {whose} bar `{comparison.student.render()}`, the data's bar "
                f"`{comparison.data.render()}`: {inline(_verdict_after_colon(comparison, name))}"
            )
    elif coloured is not None:
        lines.append(
            f"  - {whose} bar `{FractionBar(parts=parts, filled=coloured).render()}`."
        )
    return "\n".join(lines)


def _goal_mapping(
    name: str, values: object, ids: set[str], *, whole: bool
) -> dict[str, float]:
    """Check a mapping of goal id to a number: known ids, numbers of the right kind."""
    if not isinstance(values, Mapping):
        message = f"{name} must be a mapping of goal id to a number (got {type(values).__name__})"
        raise TypeError(message)
    found: dict[str, float] = {}
    for key, value in values.items():
        if key not in ids:
            message = f"{name} names a goal that is not given (got {key!r})"
            raise ValueError(message)
        option = f"{name}[{key!r}]"
        found[key] = (
            _options.whole(option, value, 0)
            if whole
            else _options.number(option, value)
        )
    return found


def _measure_line(goal: Goal, current: float | None) -> str:
    parts = []
    if goal.baseline is not None:
        parts.append(f"from {goal.baseline:g}")
    if goal.target is not None:
        parts.append(f"toward {goal.target:g}")
    if current is not None:
        parts.append(f"now {current:g}")
    numbers = ", ".join(parts)
    if goal.measure and numbers:
        return f"{goal.measure}: {numbers}"
    return goal.measure or numbers


def _goal_bars(
    goal: Goal, own: FractionBar | None, data: FractionBar | None, name: str, y: float
) -> tuple[list[str], float, list[str]]:
    """A goal's bars from *y*: the student's, the data's, and what they say together."""
    who = _who(name)
    width = max(text_width(who, 13), text_width("Data", 13))
    if own is not None and data is not None:
        comparison = BarComparison(student=own, data=data)
        rows, y = _comparison_rows(comparison, name, y)
        return (
            rows,
            y,
            [
                f"{name} coloured {_bar_words(own)}; the data gives {_bar_words(data)}.",
                _verdict(comparison, name),
            ],
        )
    body: list[str] = []
    words: list[str] = []
    if own is not None:
        body += _bar_row(own, who=who, y=y, label_width=width, student=True)
        y += _ROW
        words.append(f"{name} coloured {_bar_words(own)}.")
    if data is not None:
        body += _bar_row(data, who="Data", y=y, label_width=width, student=False)
        return body, y + _BAR_HEIGHT, [*words, f"The data gives {_bar_words(data)}."]
    y += 14
    missing = "No data bar yet: it needs a baseline, a target and a current value."
    body.append(label(_EDGE, y, missing, size=11, colour=MUTED))
    return body, y, [*words, "No data bar yet."]


def goals_picture(
    goals: Iterable[Goal],
    *,
    current: Mapping[str, float],
    coloured: Mapping[str, int] | None = None,
    parts: int = 4,
    student_name: str | None = None,
    lang: str = "en",
) -> str:
    """Return a page of a student's goals: each statement, its data bar and theirs.

    Each goal shows its statement, its measure (from the baseline toward the target,
    now the current value), the bar the data gives (`selfassess.goals.Goal.progress_bar`, rounded down
    so it never claims more than the data shows) and, where given, the bar the
    student coloured, with what the two say together, as at the second student-led
    conference.

    Args:
        goals: The goals, in the order drawn; at least one.
        current: Each goal's current value on its measure, by goal id. A goal
            without a current value, a baseline or a target has no data bar.
        coloured: How many parts the student coloured for each goal, by goal id.
        parts: How many parts each bar has; from 1 to 1000.
        student_name: The student's name, for the rows and the description.
        lang: The language of the picture's text.

    Returns:
        The picture, as a standalone SVG string.

    Raises:
        TypeError: If *goals* holds something other than goals, or an option has
            the wrong type.
        ValueError: If there are no goals, a mapping names a goal not given, a
            value is not finite, or a coloured count is not from 0 to *parts*.

    Example:
        >>> from selfassess.goals import Goal
        >>> goal = Goal(id="g1", student="ana", statement="Compare fractions",
        ...             measure="score on 4.NF.2 checks", baseline=1, target=3)
        >>> picture = goals_picture([goal], current={"g1": 2}, coloured={"g1": 3},
        ...                         student_name="Ana")
        >>> "Ana coloured 3 of 4 parts (3/4); the data gives 2 of 4 parts" in picture
        True
    """
    language = _options.lang(lang)
    listed = _options.values("goals", goals, Goal, least=1)
    count = _options.whole("parts", parts, 1, 1000)
    ids = {goal.id for goal in listed}
    now = _goal_mapping("current", current, ids, whole=False)
    given = {} if coloured is None else coloured
    chosen = _goal_mapping("coloured", given, ids, whole=True)
    for key, parts_coloured in chosen.items():
        if not 0 <= parts_coloured <= count:
            message = f"coloured[{key!r}] must be from 0 to parts ({count}) (got {parts_coloured:g})"
            raise ValueError(message)
    name = _name(student_name)
    line_most = math.floor((_WIDTH - 2 * _EDGE) / text_width("M", 11))
    body: list[str] = []
    desc: list[str] = [f"{len(listed)} goal{'s' if len(listed) != 1 else ''}."]
    y = _EDGE
    for index, goal in enumerate(listed, start=1):
        if index > 1:
            rule = f"M{number(_EDGE)} {number(y)}H{number(_WIDTH - _EDGE)}"
            body.append(void("path", {"d": rule, "stroke": MUTED}))
            y += 14
        for line in wrap(f"{index}. {goal.statement}", 13, _WIDTH - 2 * _EDGE):
            y += 15
            body.append(label(_EDGE, y, line, size=13, weight="700"))
        value = now.get(goal.id)
        measure = _measure_line(goal, value)
        sentence = [f"Goal {index}: {goal.statement}"]
        if measure:
            sentence.append(f"({measure}).")
            y += 16
            shown = shorten(measure, line_most)
            body.append(label(_EDGE, y, shown, size=11, colour=MUTED))
        data = None
        if value is not None and goal.baseline is not None and goal.target is not None:
            data = goal.progress_bar(value, parts=count)
        own = FractionBar(count, int(chosen[goal.id])) if goal.id in chosen else None
        rows, y, words = _goal_bars(goal, own, data, name, y + 10)
        body += rows
        desc.append(" ".join(sentence + words))
        y += 12
    title = "Goals" if student_name is None else f"{_possessive(name)} goals"
    return document(
        width=_WIDTH,
        height=y + 8,
        title=title,
        desc=desc,
        body=body,
        lang=language,
    )


# --- Progress monitoring -------------------------------------------------------

_DECISIONS = {
    Decision.CONTINUE: "continue as planned",
    Decision.CHANGE_INSTRUCTION: "change the instruction",
    Decision.RAISE_GOAL: "raise the goal",
    Decision.NOT_ENOUGH_DATA: "not enough data yet",
}
_AIM_DASH = "9 5"
_TREND_DASH = "1.5 4.5"
_PLOT_HEIGHT = 230.0
_LARGEST = sys.float_info.max


def _nice_step(low: float, high: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about five intervals.

    The span is halved first where it is beyond the largest float (values of
    opposite signs near it); a range that is no range gets a step of 1.
    """
    span = high - low
    raw = span / 5 if math.isfinite(span) else (high / 2 - low / 2) / 2.5
    if not (raw > 0 and math.isfinite(raw)):
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 5.0):
        if raw <= factor * power:
            return factor * power
    return 10.0 * power


def _value_ticks(low: float, high: float) -> tuple[float, float, tuple[float, ...]]:
    """The axis's range, widened to round ticks, and the ticks.

    A flat range (every value the same) is widened by one, or by a millionth of
    the value where one is lost in its size. Near the largest float, where a
    round tick beyond the values does not exist, the range ends at the values.

    Example:
        >>> _value_ticks(0, 9)
        (0.0, 10.0, (0.0, 2.0, 4.0, 6.0, 8.0, 10.0))
        >>> _value_ticks(1e20, 1e20)
        (9.99999e+19, 1.000001e+20, (9.99999e+19, 9.999995e+19, 1e+20, 1.0000005e+20, 1.000001e+20))
    """
    if high - low < 1e-9 * max(1.0, abs(high)):
        widen = max(1.0, abs(high) * 1e-6)
        low, high = max(low - widen, -_LARGEST), min(high + widen, _LARGEST)
    step = _nice_step(low, high)
    first, last = math.floor(low / step), math.ceil(high / step)
    if not math.isfinite(first * step):
        first += 1
    if not math.isfinite(last * step):
        last -= 1
    ticks = tuple(index * step for index in range(first, last + 1))
    return min(first * step, low), max(last * step, high), ticks


def _value(value: float) -> str:
    return f"{value:.6g}"


def _tick_text(tick: float, ticks: tuple[float, ...]) -> str:
    """A tick's value, with the digits that tell it from its neighbours.

    Six significant digits, as every value of the graph is written, or more where
    the ticks are close beside their size (a flat range around 1e20).

    Example:
        >>> ticks = (9.99999e19, 9.999995e19, 1e20)
        >>> [_tick_text(tick, ticks) for tick in ticks]
        ['9.99999e+19', '9.999995e+19', '1e+20']
    """
    digits = 6
    if len(ticks) > 1:
        step = ticks[1] - ticks[0]
        ratio = max(abs(t) for t in ticks) / step if step > 0 else 0.0
        if 0 < ratio < 1e15:
            digits = max(digits, math.ceil(math.log10(ratio)) + 2)
    return f"{tick:.{digits}g}"


def _rate(value: float) -> str:
    """A change a week, signed: two decimals, or six digits for a huge one."""
    return f"{value:+.2f}" if abs(value) < 1e9 else f"{value:+.6g}"


@attrs.frozen(kw_only=True)
class _Plot:
    """Where the graph's days and values fall in the picture."""

    left: float
    right: float
    top: float
    bottom: float
    first: date
    days: int
    low: float
    high: float

    def x(self, day: date) -> float:
        return (
            self.left + (self.right - self.left) * (day - self.first).days / self.days
        )

    def y(self, value: float) -> float:
        return self.bottom - (self.bottom - self.top) * share(
            self.low, value, self.high
        )

    def line(self, start: tuple[date, float], end: tuple[date, float]) -> str:
        return (
            f"M{number(self.x(start[0]))} {number(self.y(start[1]))}"
            f"L{number(self.x(end[0]))} {number(self.y(end[1]))}"
        )


def _monitor_lines(
    monitor: ProgressMonitor,
) -> tuple[list[tuple[date, float]], list[tuple[date, float]]]:
    """The aimline's and the trend line's end points, as (day, value) pairs."""
    aim: list[tuple[date, float]] = []
    trend: list[tuple[date, float]] = []
    aimline, tukey = monitor.aimline, monitor.trend
    if aimline is not None:
        aim = [(aimline.origin, aimline.intercept), (monitor.due_on, monitor.target)]
    if tukey is not None:
        first, last = monitor.points[0].measured_on, monitor.points[-1].measured_on
        trend = [(first, tukey.value_on(first)), (last, tukey.value_on(last))]
    return aim, trend


def _star(cx: float, cy: float, radius: float = 7.0) -> str:
    """The target: a five-pointed star, open."""
    corners = []
    for index in range(10):
        angle = -math.pi / 2 + index * math.pi / 5
        reach = radius if index % 2 == 0 else radius * 0.45
        corners.append(
            f"{number(cx + reach * math.cos(angle))},"
            f"{number(cy + reach * math.sin(angle))}"
        )
    return void(
        "polygon",
        {
            "points": " ".join(corners),
            "fill": PAPER,
            "stroke": INK,
            "stroke-width": 1.6,
        },
    )


def _line_style(kind: str) -> dict[str, str | float]:
    """The aimline is dashed and dark; the trend line dotted, thicker and orange."""
    if kind == "aim":
        return {"stroke": INK, "stroke-width": 2.0, "stroke-dasharray": _AIM_DASH}
    return {
        "stroke": TEACHER,
        "stroke-width": 3.0,
        "stroke-dasharray": _TREND_DASH,
        "stroke-linecap": "round",
    }


def _legend(y: float) -> list[str]:
    """A row of legend items: a sample of each line or shape, and its words."""
    body: list[str] = []
    x = _EDGE
    for kind, words in (
        ("points", "data points"),
        ("aim", "aimline (dashed)"),
        ("trend", "trend line (dotted)"),
        ("target", "goal"),
    ):
        if kind == "points":
            body.append(
                void("circle", {"cx": x + 12, "cy": y - 4, "r": 4.5, "fill": SELF})
            )
        elif kind == "target":
            body.append(_star(x + 12, y - 4))
        else:
            sample = f"M{number(x)} {number(y - 4)}h26"
            body.append(
                void("path", {"d": sample, "fill": "none", **_line_style(kind)})
            )
        body.append(label(x + 32, y, words, size=11))
        x += 32 + text_width(words, 11) + 14
    return body


def _plot_for(monitor: ProgressMonitor, top: float) -> tuple[_Plot, tuple[float, ...]]:
    """The graph's frame: every point, line end and the target inside it."""
    aim, trend = _monitor_lines(monitor)
    days = [p.measured_on for p in monitor.points] + [monitor.due_on]
    first, last = min(days), max(days)
    if first == last:
        first -= timedelta(days=7)
    values = [p.value for p in monitor.points] + [monitor.target]
    values += [value for _, value in aim + trend]
    low, high, ticks = _value_ticks(min(values), max(values))
    left = _EDGE + max(text_width(_tick_text(t, ticks), 11) for t in ticks) + 8
    plot = _Plot(
        left=left,
        right=_WIDTH - _EDGE - 8,
        top=top,
        bottom=top + _PLOT_HEIGHT,
        first=first,
        days=(last - first).days,
        low=low,
        high=high,
    )
    return plot, ticks


def _axes(plot: _Plot, ticks: tuple[float, ...]) -> list[str]:
    """Gridlines with their values, the axes, and about six date ticks."""
    body: list[str] = []
    for tick in ticks:
        ty = plot.y(tick)
        grid = f"M{number(plot.left)} {number(ty)}H{number(plot.right)}"
        body.append(void("path", {"d": grid, "stroke": GRID}))
        text = _tick_text(tick, ticks)
        body.append(
            label(plot.left - 6, ty + 4, text, size=11, anchor="end", colour=MUTED)
        )
    frame = (
        f"M{number(plot.left)} {number(plot.top)}"
        f"V{number(plot.bottom)}H{number(plot.right)}"
    )
    body.append(void("path", {"d": frame, "stroke": INK, "fill": "none"}))
    steps = min(6, plot.days)
    for index in range(steps + 1):
        day = plot.first + timedelta(days=round(plot.days * index / steps))
        text = short_day(day, year=index in (0, steps))
        half = text_width(text, 10.5) / 2
        tx = min(max(plot.x(day), half + 2), _WIDTH - half - 2)
        mark = f"M{number(plot.x(day))} {number(plot.bottom)}v4"
        body.append(void("path", {"d": mark, "stroke": INK}))
        body.append(
            label(tx, plot.bottom + 17, text, size=10.5, anchor="middle", colour=MUTED)
        )
    return body


def _data(monitor: ProgressMonitor, plot: _Plot) -> list[str]:
    """The aimline, the trend line, the points joined, and the target's star."""
    body: list[str] = []
    aim, trend = _monitor_lines(monitor)
    for kind, ends in (("aim", aim), ("trend", trend)):
        if ends:
            style = _line_style(kind)
            body.append(
                void(
                    "path", {"d": plot.line(ends[0], ends[1]), "fill": "none", **style}
                )
            )
    points = monitor.points
    if len(points) > 1:
        joined = "L".join(
            f"{number(plot.x(p.measured_on))} {number(plot.y(p.value))}" for p in points
        )
        style = {"stroke": SELF, "stroke-width": 1.2, "fill": "none"}
        body.append(void("path", {"d": f"M{joined}", **style}))
    for point in points:
        centre = {"cx": plot.x(point.measured_on), "cy": plot.y(point.value)}
        body.append(void("circle", {**centre, "r": 4.5, "fill": SELF, "stroke": PAPER}))
    goal_x, goal_y = plot.x(monitor.due_on), plot.y(monitor.target)
    body.append(_star(goal_x, goal_y))
    text = f"goal {_value(monitor.target)}"
    text_x, anchor = goal_x - 10, "end"
    if text_x - text_width(text, 11) < plot.left:
        text_x, anchor = goal_x + 10, "start"
    # The label sits on the side the aimline does not come from.
    aim, _ = _monitor_lines(monitor)
    from_below = not aim or aim[0][1] <= monitor.target
    text_y = goal_y - 12 if from_below else goal_y + 20
    body.append(label(text_x, text_y, text, size=11, anchor=anchor, weight="600"))
    return body


def _monitor_words(monitor: ProgressMonitor) -> tuple[list[str], list[str], str]:
    """The rules' verdicts, facts about the data, and the desc's sentences on it."""
    report = monitor.report()
    count = len(monitor.points)
    need = (
        ""
        if count >= monitor.min_points
        else f" ({count} of {monitor.min_points} points)"
    )
    verdicts = [
        f"Four-point rule: {_DECISIONS[report.four_point_rule]}{need}.",
        f"Trend rule: {_DECISIONS[report.trend_rule]}{need}.",
    ]
    facts = []
    if report.rate_of_improvement is not None:
        facts.append(f"Rate of improvement: {_rate(report.rate_of_improvement)} a week")
    if report.projected_on is not None:
        facts.append(f"reaches the goal by {short_day(report.projected_on, year=True)}")
    listed = "; ".join(
        f"{short_day(p.measured_on, year=True)}: {_value(p.value)}"
        for p in monitor.points
    )
    desc = [
        f"{count} data point{'s' if count != 1 else ''}{': ' if listed else ''}{listed}."
    ]
    direction = "higher is better" if monitor.rising else "lower is better"
    desc.append(
        f"Goal: {_value(monitor.target)} by {short_day(monitor.due_on, year=True)} ({direction})."
    )
    if report.baseline is not None and report.aimline is not None:
        desc.append(
            f"Baseline {_value(report.baseline)}; the aimline (dashed) changes "
            f"{_rate(report.aimline.slope_per_week)} a week."
        )
    if report.trend is not None:
        desc.append(
            f"The trend line (dotted) changes {_rate(report.trend.slope_per_week)} a week."
        )
    fact = "; ".join(facts) + "." if facts else ""
    return verdicts, [*desc, *verdicts, fact], fact


def _goal_heading(statement: object, student_name: object, default: str) -> str:
    """The goal's statement (or *default*), after the student's name where given."""
    about = _options.optional_text("statement", statement)
    name = _options.optional_text("student_name", student_name)
    heading = about.strip() if about and about.strip() else default
    return f"{name.strip()}: {heading}" if name and name.strip() else heading


def _heading_lines(heading: str) -> tuple[list[str], float]:
    """The heading in bold lines that fit the picture, and the y of the last."""
    body: list[str] = []
    y = _EDGE
    for line in wrap(heading, 14, _WIDTH - 2 * _EDGE):
        y += 16
        body.append(label(_EDGE, y, line, size=14, weight="700"))
    return body, y


@svg.register
def _monitor_svg(
    monitor: ProgressMonitor,
    *,
    statement: str | None = None,
    measure: str | None = None,
    student_name: str | None = None,
    lang: str = "en",
) -> str:
    """Return a monitored goal's graph: points, aimline, trend line and the decision.

    The points are filled circles joined by a thin line; the aimline (from the
    baseline to the target on the due date) is dashed; the Tukey trend line is
    dotted; the target is an open star. Below, what the four-point rule and the
    trend rule say (Fuchs, Fuchs & Hamlett; Hosp, Hosp & Howell 2007).
    """
    language = _options.lang(lang)
    heading = _goal_heading(statement, student_name, f"Progress on goal {monitor.goal}")
    unit = _options.optional_text("measure", measure)
    body, y = _heading_lines(heading)
    if unit and unit.strip():
        y += 16
        most = math.floor((_WIDTH - 2 * _EDGE) / text_width("M", 11))
        body.append(label(_EDGE, y, shorten(unit.strip(), most), size=11, colour=MUTED))
    plot, ticks = _plot_for(monitor, y + 34)
    body += _axes(plot, ticks)
    body += _data(monitor, plot)
    y = plot.bottom + 40
    body += _legend(y)
    verdicts, desc, fact = _monitor_words(monitor)
    y += 6
    for verdict in verdicts:
        y += 20
        body.append(label(_EDGE, y, verdict, size=12, weight="600"))
    if fact:
        y += 18
        body.append(label(_EDGE, y, fact, size=11, colour=MUTED))
    measured = f" ({unit.strip()})" if unit and unit.strip() else ""
    return document(
        width=_WIDTH,
        height=y + _EDGE,
        title=f"Progress monitoring: {heading}",
        desc=[f"{heading}{measured}.", *desc],
        body=body,
        lang=language,
    )


# --- Goal attainment scaling ----------------------------------------------------

_ATTAINMENT_WORDS = {
    AttainmentLevel.MUCH_MORE: "Much more than expected",
    AttainmentLevel.MORE: "Somewhat more than expected",
    AttainmentLevel.EXPECTED: "The expected outcome",
    AttainmentLevel.LESS: "Somewhat less than expected",
    AttainmentLevel.MUCH_LESS: "Much less than expected",
}


def _signed(level: AttainmentLevel) -> str:
    return f"{level.value:+d}" if level.value else "0"


def _descriptions(values: object) -> dict[AttainmentLevel, str]:
    if values is None:
        return {}
    if not isinstance(values, Mapping):
        message = f"descriptions must be a mapping of level to text (got {type(values).__name__})"
        raise TypeError(message)
    found: dict[AttainmentLevel, str] = {}
    for key, text in values.items():
        if isinstance(key, AttainmentLevel):
            level = key
        elif isinstance(key, int) and not isinstance(key, bool) and -2 <= key <= 2:
            level = AttainmentLevel(key)
        else:
            message = (
                f"descriptions' keys must be attainment levels, -2 to 2 (got {key!r})"
            )
            raise ValueError(message)
        found[level] = _options.text(f"descriptions[{_signed(level)}]", text)
    return found


@svg.register
def _attainment_svg(
    level: AttainmentLevel,
    *,
    statement: str | None = None,
    descriptions: Mapping[AttainmentLevel | int, str] | None = None,
    student_name: str | None = None,
    lang: str = "en",
) -> str:
    """Return the goal attainment ladder, -2 to +2, with the level reached marked.

    The ladder of goal attainment scaling (Kiresuk & Sherman 1968): +2 much more than
    expected at the top, 0 the expected outcome, -2 much less at the bottom. The
    level reached is filled, ringed and says "reached". *descriptions* gives each
    level's outcome for this goal, as a teacher writes them when setting it.
    """
    language = _options.lang(lang)
    heading = _goal_heading(statement, student_name, "Goal attainment")
    words = _descriptions(descriptions)
    body, y = _heading_lines(heading)
    y += 12
    box = 46.0
    text_x = _EDGE + box + 12
    reached_width = text_width("◀ reached", 12) + 12
    text_room = _WIDTH - _EDGE - reached_width - text_x
    most = math.floor(text_room / text_width("M", 11))
    desc = [f"{heading}."]
    for rung in sorted(AttainmentLevel, key=lambda item: -item.value):
        detail = words.get(rung, "")
        height = 44.0 if detail else 32.0
        is_reached = rung is level
        body.append(
            void(
                "rect",
                {
                    "x": _EDGE,
                    "y": y,
                    "width": _WIDTH - 2 * _EDGE,
                    "height": height,
                    "rx": 4.0,
                    "fill": PAPER,
                    "stroke": SELF if is_reached else MUTED,
                    "stroke-width": 3.0 if is_reached else 1.0,
                },
            )
        )
        body.append(
            void(
                "rect",
                {
                    "x": _EDGE + 4,
                    "y": y + 4,
                    "width": box,
                    "height": height - 8,
                    "fill": SELF if is_reached else "#f6f8fa",
                },
            )
        )
        body.append(
            label(
                _EDGE + 4 + box / 2,
                y + height / 2 + 6,
                _signed(rung),
                size=16,
                anchor="middle",
                weight="700",
                colour=PAPER if is_reached else INK,
            )
        )
        body.append(
            label(text_x, y + 20, _ATTAINMENT_WORDS[rung], size=13, weight="600")
        )
        if detail:
            body.append(
                label(text_x, y + 36, shorten(detail, most), size=11, colour=MUTED)
            )
        if is_reached:
            body.append(
                label(
                    _WIDTH - _EDGE - 8,
                    y + 20,
                    "◀ reached",
                    size=12,
                    anchor="end",
                    weight="700",
                    colour=SELF,
                )
            )
        entry = f"{_signed(rung)} {_ATTAINMENT_WORDS[rung].lower()}"
        if detail:
            entry += f" ({detail})"
        if is_reached:
            entry += ": reached"
        desc.append(entry + ".")
        y += height + 6
    score = 50 + 10 * level.value  # one goal's T-score (Kiresuk & Sherman 1968)
    y += 14
    reached = f"Reached {_signed(level)}: {_ATTAINMENT_WORDS[level].lower()}; a T-score of {score} for this goal alone."
    body.append(label(_EDGE, y, reached, size=12, weight="600"))
    desc.append(reached)
    return document(
        width=_WIDTH,
        height=y + _EDGE,
        title=f"Goal attainment: {heading}",
        desc=desc,
        body=body,
        lang=language,
    )
