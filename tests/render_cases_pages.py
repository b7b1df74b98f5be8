"""Gallery cases for a picture given a page of its own by `render.html`."""

from __future__ import annotations

from selfassess import render
from selfassess.goals import BarComparison, FractionBar

from render_support import Case


def _bars(hostile: str | None) -> str:
    comparison = BarComparison(
        student=FractionBar(parts=4, filled=3), data=FractionBar(parts=4, filled=2)
    )
    return render.html(comparison, student_name=hostile or "Ana Díaz")


CASES = {
    "page-bar-comparison": Case(
        kind="html",
        make=_bars,
        title="A student's bar beside the data's, on a page to print",
        pages=1,
    ),
}
