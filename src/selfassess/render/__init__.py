"""Pictures, printable forms and Markdown: the practice drawn and put on paper.

Three entry points, dispatched on the value's type (`functools.singledispatch`):

- `svg` (value, **options): a standalone SVG picture: a ``viewBox`` and no fixed
  size, ``role="img"``, a ``<title>`` and a ``<desc>`` that says the numbers;
  colour never the only signal; every text escaped; no script, no external
  reference;
- `html` (value, **options): a standalone HTML5 page: a printable form where the
  practice has one (the self-assessment form, the self-report card, the Three
  Pluses and a Goal sheet, a data tracker, an agenda ...), or a page holding the
  value's picture;
- `markdown` (value, **options): what the demo prints, as Markdown.

Anything else raises a `TypeError` that names the types each can draw. What is
drawn from several values at once (a class's mastery grid, a page of goals, a
self-evaluation sheet) has a function of its own.

In a notebook, ``%load_ext selfassess.render`` displays the main results as
pictures and compact tables.

Edge: uses the standard library and every layer below; nothing imports it.
"""

from __future__ import annotations

from selfassess.render import _conference_forms  # noqa: F401  (registers forms)
from selfassess.render._dispatch import html, markdown, svg
from selfassess.render._forms import (
    goal_card,
    on_task_chart,
    self_assessment_form,
    self_evaluation_sheet,
    self_report_card_form,
    three_pluses_form,
    tracker_sheet,
)
from selfassess.render._goals import goals_picture
from selfassess.render._markdown import comparison_table, mastery_table
from selfassess.render._mastery import mastery_grid, score_breakdown
from selfassess.render._notebook import (
    load_ipython_extension,
    unload_ipython_extension,
)
from selfassess.render._page import Paper
from selfassess.render._rubrics import calibration_picture
from selfassess.render._tracking import growth_chart

__all__ = [
    "Paper",
    "calibration_picture",
    "comparison_table",
    "goal_card",
    "goals_picture",
    "growth_chart",
    "html",
    "load_ipython_extension",
    "markdown",
    "mastery_grid",
    "mastery_table",
    "on_task_chart",
    "score_breakdown",
    "self_assessment_form",
    "self_evaluation_sheet",
    "self_report_card_form",
    "svg",
    "three_pluses_form",
    "tracker_sheet",
    "unload_ipython_extension",
]
