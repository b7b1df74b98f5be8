"""The IPython extension shows the main results as pictures and compact tables."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import selfassess as sa
from selfassess import conference, goals, mastery
from selfassess.render import _notebook as notebook
from selfassess.render import svg

from strategies import STRATEGIES


class FakeFormatter:
    """One display formatter, as IPython's: ``for_type`` and ``pop`` on a dict."""

    def __init__(self) -> None:
        self.type_printers: dict[type, Callable[[Any], str | None]] = {}

    def for_type(
        self, typ: type, func: Callable[[Any], str | None] | None = None
    ) -> object:
        old = self.type_printers.get(typ)
        if func is not None:
            self.type_printers[typ] = func
        return old

    def pop(self, typ: type, default: object = None) -> object:
        return self.type_printers.pop(typ, default)


class FakeDisplay:
    """IPython's display formatter: the formatters by MIME type."""

    def __init__(self) -> None:
        self.formatters = {
            notebook.SVG: FakeFormatter(),
            notebook.HTML: FakeFormatter(),
        }


class FakeShell:
    """The running IPython, as far as the extension looks."""

    def __init__(self) -> None:
        self.display_formatter = FakeDisplay()

    def printers(self, mime: str) -> dict[type, Callable[[Any], str | None]]:
        return self.display_formatter.formatters[mime].type_printers


def _rows(students: int = 2, standards: int = 2) -> list[sa.Evidence]:
    return [
        sa.Evidence(
            student=f"s{student}",
            standard=f"nf{standard}",
            score=score,
            assessed_on=date(2026, 9, day),
        )
        for student in range(students)
        for standard in range(standards)
        for score, day in ((2, 1), (3, 8))
    ]


def _well_formed(markup: str) -> ET.Element:
    return ET.fromstring(markup)


def test_loading_registers_pictures_and_tables_by_type() -> None:
    """Every main result gets the picture formatter; three get a table too."""
    shell = FakeShell()
    notebook.load_ipython_extension(shell)
    pictures = shell.printers(notebook.SVG)
    tables = shell.printers(notebook.HTML)
    for kind in notebook.PICTURES:
        assert pictures[kind] is notebook.picture
    assert set(tables) == set(notebook.TABLES)
    assert all(function is notebook.table for function in tables.values())
    assert {
        goals.FractionBar,
        goals.BarComparison,
        sa.Scale,
        mastery.MasteryEstimate,
        conference.Agenda,
    } <= set(pictures) | set(tables)


def test_every_drawable_type_is_registered_too() -> None:
    """A type the svg function draws when loading shows as a picture as well."""
    shell = FakeShell()
    notebook.load_ipython_extension(shell)
    drawn = {kind for kind in svg.registry if kind is not object}
    assert drawn <= set(shell.printers(notebook.SVG))


def test_loading_twice_is_loading_once() -> None:
    """A second %load_ext changes nothing."""
    once, twice = FakeShell(), FakeShell()
    notebook.load_ipython_extension(once)
    notebook.load_ipython_extension(twice)
    notebook.load_ipython_extension(twice)
    for mime in (notebook.SVG, notebook.HTML):
        assert once.printers(mime) == twice.printers(mime)


def test_unloading_takes_away_only_its_own() -> None:
    """%unload_ext removes the extension's formatters, not one registered since."""
    shell = FakeShell()
    notebook.load_ipython_extension(shell)

    def someone_elses(value: object) -> str:
        return "<p>mine</p>"

    shell.display_formatter.formatters[notebook.HTML].for_type(
        conference.Agenda, someone_elses
    )
    notebook.unload_ipython_extension(shell)
    assert shell.printers(notebook.SVG) == {}
    assert shell.printers(notebook.HTML) == {conference.Agenda: someone_elses}


def test_a_picture_is_the_svg_function_s() -> None:
    """The picture formatter gives exactly what selfassess.render.svg draws."""
    bar = goals.FractionBar(parts=5, filled=3)
    assert notebook.picture(bar) == svg(bar)
    _well_formed(notebook.picture(sa.FOUR_POINT) or "")


def test_no_picture_gives_none_so_ipython_shows_the_repr() -> None:
    """Where svg raises TypeError the formatter gives None, never an error."""
    assert notebook.picture(3) is None
    assert (
        notebook.picture(sa.Person(id="ana", name="Ana", role=sa.Role.STUDENT)) is None
    )
    assert notebook.table(sa.FOUR_POINT) is None


def test_an_estimate_shows_as_a_table_with_its_picture_and_trace() -> None:
    """One row (who, what, value, band, count), the picture, the trace folded."""
    estimate = mastery.MasteryPolicy().estimate(_rows(1, 1))
    markup = notebook.table(estimate)
    assert markup is not None
    root = _well_formed(markup)
    cells = [cell.text for cell in root.iter("td")]
    assert cells == ["s0", "nf0", "2.65", "near", "2"]
    assert (
        root.find("svg") is not None
        or root.find("{http://www.w3.org/2000/svg}svg") is not None
    )
    assert "How the value was reached" in markup
    assert "<script" not in markup


def test_a_rollup_lists_its_first_rows_and_says_how_many_more() -> None:
    """A large roll-up: ROW_LIMIT rows, a last row with the rest, no grid."""
    estimates = mastery.rollup(_rows(30, 20))
    assert len(estimates) > notebook.GRID_LIMIT
    markup = notebook.table(estimates)
    assert markup is not None
    root = _well_formed(markup)
    rows = root.findall(".//tbody/tr")
    assert len(rows) == notebook.ROW_LIMIT + 1
    assert f"{len(estimates) - notebook.ROW_LIMIT:,} more" in markup
    assert "<svg" not in markup
    assert "600 estimates, 30 students, 20 standards" in markup


def test_a_small_rollup_shows_its_grid_above_the_table() -> None:
    """A few estimates: the grid of bands, then every row."""
    estimates = mastery.rollup(_rows())
    markup = notebook.table(estimates)
    assert markup is not None
    assert markup.index("<svg") < markup.index("<table")
    assert len(_well_formed(markup).findall(".//tbody/tr")) == len(estimates)


@settings(max_examples=20)
@given(agenda=STRATEGIES[conference.Agenda])
def test_an_agenda_shows_its_items_escaped(agenda: conference.Agenda) -> None:
    """Each item is a row of minutes, speaker and title; every text is escaped."""
    hostile = attrs.evolve(agenda, title="</table><script>alert(1)</script>")
    markup = notebook.table(hostile)
    assert markup is not None
    root = _well_formed(markup)
    assert len(root.findall(".//tbody/tr")) == len(agenda.items) + len(
        agenda.afterwards
    )
    assert "<script" not in markup
    assert "&lt;script&gt;" in markup


@given(data=st.data())
@settings(max_examples=10)
def test_every_registered_table_is_well_formed(data: st.DataObject) -> None:
    """Whatever the estimate, its table parses as XML: nothing unescaped leaks."""
    estimate = data.draw(STRATEGIES[mastery.MasteryEstimate])
    _well_formed(notebook.table(estimate) or "")


# With IPython itself, where it is installed.


@pytest.fixture
def shell() -> Any:
    interactiveshell = pytest.importorskip("IPython.core.interactiveshell")
    config = pytest.importorskip("traitlets.config").Config()
    config.HistoryManager.enabled = False  # no history file on disk
    ipython = interactiveshell.InteractiveShell.instance(config=config)
    yield ipython
    notebook.unload_ipython_extension(ipython)


def test_ipython_displays_the_picture_and_the_table(shell: Any) -> None:
    """IPython's mime bundle holds the SVG picture and the HTML table."""
    estimate = mastery.MasteryPolicy().estimate(_rows(1, 1))
    notebook.load_ipython_extension(shell)
    data, _ = shell.display_formatter.format(estimate)
    assert set(data) == {"text/plain", notebook.SVG, notebook.HTML}
    assert data[notebook.SVG] == svg(estimate)
    assert data["text/plain"] == repr(estimate)
    bar, _ = shell.display_formatter.format(goals.FractionBar(parts=4, filled=1))
    assert set(bar) == {"text/plain", notebook.SVG}


def test_ipython_falls_back_to_the_repr(shell: Any) -> None:
    """A value with no picture, or any value once unloaded, shows as its repr."""
    notebook.load_ipython_extension(shell)
    person = sa.Person(id="ana", name="Ana", role=sa.Role.STUDENT)
    data, _ = shell.display_formatter.format(person)
    assert data == {"text/plain": repr(person)}
    notebook.unload_ipython_extension(shell)
    data, _ = shell.display_formatter.format(sa.FOUR_POINT)
    assert data == {"text/plain": repr(sa.FOUR_POINT)}


def test_load_ext_finds_the_extension(shell: Any) -> None:
    """``%load_ext selfassess.render`` loads it; ``%unload_ext`` takes it away."""
    shell.extension_manager.load_extension("selfassess.render")
    try:
        data, _ = shell.display_formatter.format(sa.FOUR_POINT)
        assert notebook.SVG in data
    finally:
        shell.extension_manager.unload_extension("selfassess.render")
    data, _ = shell.display_formatter.format(sa.FOUR_POINT)
    assert notebook.SVG not in data


def _bundle(shell: FakeShell, value: object) -> dict[str, str]:
    """The MIME bundle the loaded formatters give *value*, as IPython builds it."""
    found: dict[str, str] = {}
    for mime in (notebook.SVG, notebook.HTML):
        printer = shell.printers(mime).get(type(value))
        shown = None if printer is None else printer(value)
        if shown is not None:
            found[mime] = shown
    return found


def test_a_large_rollup_s_bundle_stays_small() -> None:
    """A 200 x 100 roll-up: no grid picture in any MIME type, the bundle stays small."""
    estimates = mastery.rollup(_rows(200, 100))
    assert len(estimates) == 20_000
    shell = FakeShell()
    notebook.load_ipython_extension(shell)
    bundle = _bundle(shell, estimates)
    assert set(bundle) == {notebook.HTML}
    assert notebook.picture(estimates) is None
    assert sum(len(text) for text in bundle.values()) < 20_000
    assert "20,000 estimates, 200 students, 100 standards" in bundle[notebook.HTML]


def test_a_rollup_at_the_grid_limit_keeps_its_picture() -> None:
    """Up to GRID_LIMIT estimates the roll-up shows as its grid, alone or above its table."""
    estimates = mastery.rollup(_rows(20, 20))
    assert len(estimates) == notebook.GRID_LIMIT
    shell = FakeShell()
    notebook.load_ipython_extension(shell)
    bundle = _bundle(shell, estimates)
    assert bundle[notebook.SVG] == svg(estimates)
    assert "<svg" in bundle[notebook.HTML]
