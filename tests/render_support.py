"""What every render test shares: the gallery's Case, hostile text, the checks.

The checks are what any picture or page must pass without a browser. Each ``tests/render_cases_<area>.py`` defines ``CASES: dict[str, Case]``. The
browser tests (tests/test_render_browser.py) render every case in headless
Chromium; the contract tests (tests/test_render_contract.py) check every case's
markup here, with no browser.
"""

from __future__ import annotations

import html.parser
import importlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import attrs

HOSTILE = "</svg></title><script>window.__pwned=1</script><b onload=x>&amp;'\""
"""Text a hostile or unlucky data set may hold: it must render as this text."""

SVG_NS = "{http://www.w3.org/2000/svg}"

LETTER_RULE = "@page { size: letter; margin: 0.5in; }"
"""The print rule of a page for US Letter, as `selfassess.render.html` writes it."""
A4_RULE = "@page { size: A4; margin: 12mm; }"
"""The print rule of a page for A4, as ``paper=Paper.A4`` writes it."""


@attrs.frozen(kw_only=True)
class Case:
    """One artefact the gallery shows and the browser tests render.

    Attributes:
        kind: ``"svg"`` for a picture, ``"html"`` for a page or form.
        make: Builds the artefact. Called with ``None`` for the gallery's sample,
            or with a hostile string to put into every free-text field the value
            holds (names, titles, statements, notes).
        title: What the gallery calls it.
        pages: For a printable form, the number of pages it prints to on Letter and
            on A4; ``None`` for a page that is not a sheet of paper.
        width: The CSS width (px) a picture is shown at in the browser tests.
        top: For a long page, the height (CSS px) of its top that the reviewed
            image keeps and the browser tests compare; ``None`` for the whole.
        hostile: Whether *make* takes hostile text; ``False`` only for a page of
            fixed sample data (the demo), which has no field to put it in.
    """

    kind: Literal["svg", "html"]
    make: Callable[[str | None], str]
    title: str
    pages: int | None = None
    width: int = 640
    top: int | None = None
    hostile: bool = True


def check_svg(text: str) -> ET.Element:
    """Assert *text* is a standalone, accessible, safe SVG picture; return its root."""
    root = ET.fromstring(text)  # well-formed XML, or this raises
    assert root.tag == f"{SVG_NS}svg", root.tag
    assert root.get("role") == "img"
    box = root.get("viewBox")
    assert box is not None
    assert len(box.split()) == 4, box
    assert root.get("width") is None
    assert root.get("height") is None
    children = list(root)
    assert children[0].tag == f"{SVG_NS}title"
    assert (children[0].text or "").strip()
    assert children[1].tag == f"{SVG_NS}desc"
    assert (children[1].text or "").strip()
    for node in root.iter():
        assert node.tag != f"{SVG_NS}script", "a picture holds a script"
        assert node.tag != f"{SVG_NS}foreignObject"
        for name, value in node.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name}"
            if name.endswith("href"):
                assert value.startswith("#"), f"external reference {value}"
            assert "javascript:" not in value.lower()
            if "url(" in value:
                assert re.fullmatch(r"url\(#[\w-]+\)", value), value
    return root


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_html(text: str) -> list[tuple[str, dict[str, str | None]]]:
    """Assert *text* is a standalone, safe HTML5 page; return its start tags."""
    assert text.startswith("<!DOCTYPE html>"), text[:40]
    parser = _Page()
    parser.feed(text)
    tags = parser.tags
    names = [tag for tag, _ in tags]
    assert names[0] == "html", names[0]
    assert tags[0][1].get("lang"), tags[0]
    assert tags[0][1].get("dir") in ("ltr", "rtl")
    assert "title" in names
    assert "script" not in names, "a page holds a script"
    for tag, attributes in tags:
        assert tag not in ("link", "iframe", "object", "embed", "base"), tag
        for name, value in attributes.items():
            assert not name.startswith("on"), f"event handler {name} on {tag}"
            if name in ("src", "href", "action") and value is not None:
                assert value.startswith("#"), f"external reference {value}"
    # Every input is labelled: by a <label for=...>, aria-label or aria-labelledby.
    labelled = {a.get("for") for t, a in tags if t == "label"}
    for tag, attributes in tags:
        if (
            tag in ("input", "textarea", "select")
            and attributes.get("type") != "hidden"
        ):
            assert (
                attributes.get("id") in labelled
                or attributes.get("aria-label")
                or attributes.get("aria-labelledby")
            ), f"an unlabelled {tag}: {attributes}"
    return tags


def shown_text(text: str) -> str:
    """Return the text a page or picture shows (entities decoded), joined."""
    parser = _Page()
    parser.feed(text)
    return "".join(parser.text)


TESTS = Path(__file__).parent
GALLERY = TESTS.parent / "docs" / "gallery"
"""The gallery page and its images (the reviewed references of the browser tests)."""
IMAGES = GALLERY / "images"


def all_cases() -> dict[str, Case]:
    """Return every case of every ``tests/render_cases_<area>.py``, by name."""
    found: dict[str, Case] = {}
    for path in sorted(TESTS.glob("render_cases_*.py")):
        module = importlib.import_module(path.stem)
        for name, case in module.CASES.items():
            assert name not in found, f"two cases are named {name!r}"
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), name
            found[name] = case
    return found


def gallery_page(cases: dict[str, Case]) -> str:
    """Return the gallery page's Markdown: every case's image, by area."""
    lines = [
        "# Gallery",
        "",
        "Every picture and form `selfassess.render` draws, as headless Chromium shows",
        "it. These images are the references the browser tests compare each rendering",
        "with; the page is written from the test cases, so it shows every one.",
        "",
        "Pictures (`render.svg`) are shown at a column's width; forms and pages",
        "(`render.html`) at the width of a sheet of Letter paper.",
        "",
    ]
    areas: dict[str, list[str]] = {}
    for name in cases:
        areas.setdefault(name.split("-")[0], []).append(name)
    for area in sorted(areas):
        lines += [f"## {AREAS.get(area, area.capitalize())}", ""]
        for name in areas[area]:
            case = cases[name]
            kind = "picture" if case.kind == "svg" else "page"
            pages = (
                f", {case.pages} printed page"
                if case.pages == 1
                else (f", {case.pages} printed pages" if case.pages else "")
            )
            lines += [
                f"### {case.title}",
                "",
                f"`{name}` ({kind}{pages})",
                "",
                f"![{case.title}](images/{name}.png)",
                "",
            ]
    return "\n".join(lines)


AREAS = {
    "conference": "Conferences",
    "demo": "The demo page",
    "form": "Printable forms",
    "goals": "Goals and progress",
    "mastery": "Mastery",
    "page": "A picture on a page of its own",
    "rubrics": "Self beside teacher",
    "scale": "Rating scales",
    "tracking": "Tracking",
}
"""The gallery's section for each case-name prefix."""
