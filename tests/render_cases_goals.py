"""Gallery cases of goals and scales: fraction bars, goals, monitoring, GAS, strips."""

from __future__ import annotations

from datetime import date, timedelta

import attrs

from selfassess import (
    CANVAS_DEFAULT,
    EMERGING_TO_EXTENDING,
    FOUR_POINT,
    THREE_FACES,
    TRAFFIC_LIGHT,
    Level,
    Scale,
)
from selfassess.cli._sample import sample_class
from selfassess.goals import (
    AttainmentLevel,
    BarComparison,
    DataPoint,
    FractionBar,
    Goal,
    ProgressMonitor,
)
from selfassess.render import svg
from selfassess.render._goals import goals_picture

from render_support import Case

WCPM = (41, 44, 42, 46, 45, 49, 50, 52)
"""Words read correctly in one minute, eight weekly probes."""


def _goals(hostile: str | None) -> tuple[Goal, ...]:
    goals = sample_class().goals
    if hostile is None:
        return goals
    return tuple(
        attrs.evolve(goal, statement=f"{hostile} {goal.statement}", measure=hostile)
        for goal in goals
    )


def _name(hostile: str | None) -> str:
    return "Ana" if hostile is None else hostile


def _fraction_bar(hostile: str | None) -> str:
    return svg(FractionBar(4, 3), student_name=_name(hostile))


def _comparison(hostile: str | None) -> str:
    sample = sample_class()
    goal = sample.goals[0]
    data = goal.progress_bar(dict(sample.current)[goal.id], parts=4)
    student = FractionBar(4, dict(sample.self_coloured)[goal.id])
    return svg(BarComparison(student=student, data=data), student_name=_name(hostile))


def _goals_page(hostile: str | None) -> str:
    sample = sample_class()
    return goals_picture(
        _goals(hostile),
        current=dict(sample.current),
        coloured=dict(sample.self_coloured),
        student_name=_name(hostile),
    )


def monitor() -> ProgressMonitor:
    """A reading goal monitored weekly: 8 probes, 70 words a minute by February."""
    start = date(2026, 9, 14)
    return ProgressMonitor(
        goal="ana-read-70",
        target=70,
        due_on=date(2027, 2, 1),
        points=[
            DataPoint(measured_on=start + timedelta(weeks=week), value=value)
            for week, value in enumerate(WCPM)
        ],
    )


def _monitor(hostile: str | None) -> str:
    return svg(
        monitor(),
        statement="Read 70 words a minute" if hostile is None else hostile,
        measure="words read correctly in one minute" if hostile is None else hostile,
        student_name=_name(hostile),
    )


def _attainment(hostile: str | None) -> str:
    descriptions = {
        -2: "Reads fewer than 45 words a minute",
        -1: "Reads 45 to 59 words a minute",
        0: "Reads 60 to 69 words a minute",
        1: "Reads 70 to 79 words a minute",
        2: "Reads 80 or more words a minute",
    }
    if hostile is not None:
        descriptions = {key: f"{hostile} {text}" for key, text in descriptions.items()}
    return svg(
        AttainmentLevel.MORE,
        statement="Read 70 words a minute by February" if hostile is None else hostile,
        descriptions=descriptions,
        student_name=_name(hostile),
    )


def _hostile_scale(scale: Scale, hostile: str | None) -> Scale:
    if hostile is None:
        return scale
    levels = [
        attrs.evolve(level, label=f"{hostile} {index}", description=hostile)
        for index, level in enumerate(scale.levels)
    ]
    return attrs.evolve(scale, name=hostile, levels=levels)


def _strip(scale: Scale, selected: float | None = None) -> Case:
    def make(hostile: str | None) -> str:
        return svg(_hostile_scale(scale, hostile), selected=selected)

    return Case(kind="svg", make=make, title=f"Rating strip: {scale.name}")


def _symbols(hostile: str | None) -> str:
    levels = (
        Level(points=1, label="Not yet", symbol="✗"),
        Level(points=2, label="Nearly", symbol="~"),
        Level(points=3, label="Yes", symbol=hostile or "✓", mastery=True),
    )
    return svg(Scale(id="ticks", name=hostile or "Ticks", levels=levels), selected=2)


CASES: dict[str, Case] = {
    "goals-fraction-bar": Case(
        kind="svg", make=_fraction_bar, title="A fraction bar, 3/4", width=640
    ),
    "goals-bar-comparison": Case(
        kind="svg",
        make=_comparison,
        title="A student's bar beside the data's bar",
    ),
    "goals-page": Case(
        kind="svg", make=_goals_page, title="A student's goals with fraction bars"
    ),
    "goals-progress-monitor": Case(
        kind="svg",
        make=_monitor,
        title="Progress monitoring: points, aimline, trend and decision",
    ),
    "goals-attainment": Case(
        kind="svg", make=_attainment, title="Goal attainment ladder, +1 reached"
    ),
    "scale-three-faces": _strip(THREE_FACES, selected=3),
    "scale-four-point": _strip(FOUR_POINT, selected=2),
    "scale-traffic-light": _strip(TRAFFIC_LIGHT),
    "scale-canvas-default": _strip(CANVAS_DEFAULT),
    "scale-emerging-extending": _strip(EMERGING_TO_EXTENDING, selected=4),
    "scale-symbols": Case(
        kind="svg", make=_symbols, title="Rating strip with text symbols"
    ),
}
