"""The command line's HTML: the demo's sections as one standalone page.

The sections' Markdown is the render edge's own, a small part of Markdown
(headings, paragraphs, tables, lists, block quotes, fenced code, ``**strong**``,
``*emphasis*``, ``code`` and backslash escapes): `to_html` turns that part into
HTML, every text escaped. Each section's pictures follow it, each in a
``<figure>`` with its caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selfassess.cli._demo import Section, demo_sections, scales_sections
from selfassess.cli._family import family_sections
from selfassess.language import Catalog, catalog_for
from selfassess.render._markup import element, escape
from selfassess.render._page import page

__all__ = ["demo_page", "family_page", "scales_page", "sections_page", "to_html"]

_INLINE = re.compile(
    r"\\(?P<escaped>[^\w\s])|(?P<ticks>`+)(?P<code>.+?)(?P=ticks)"
    r"|\*\*(?P<strong>.+?)\*\*|\*(?P<em>[^*\s](?:.*?[^*\s])?)\*"
)
_HEADING = re.compile(r"(#{1,6}) (.*)")
_NUMBERED = re.compile(r"\d+\. (.*)")
_FENCE = re.compile(r"(`{3,})(\w*)\s*")


def _inline(text: str) -> str:
    """Return Markdown inline text as HTML, escaped."""
    out = []
    end = 0
    for found in _INLINE.finditer(text):
        out.append(escape(text[end : found.start()]))
        end = found.end()
        if found.group("escaped") is not None:
            out.append(escape(found.group("escaped")))
        elif found.group("code") is not None:
            out.append(element("code", None, escape(found.group("code").strip())))
        elif found.group("strong") is not None:
            out.append(element("strong", None, _inline(found.group("strong"))))
        else:
            out.append(element("em", None, _inline(found.group("em"))))
    out.append(escape(text[end:]))
    return "".join(out)


def _cells(line: str) -> list[str]:
    """Split a table row on its unescaped pipes; the escapes are kept."""
    cells: list[str] = []
    current: list[str] = []
    index = 0
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        index += 1
    if "".join(current).strip():
        cells.append("".join(current).strip())
    return cells


def _align(rule: str) -> str | None:
    if rule.startswith(":") and rule.endswith(":"):
        return "text-align: center"
    if rule.endswith(":"):
        return "text-align: right"
    return None


def _table(lines: list[str]) -> str:
    header = _cells(lines[0])
    aligns = [_align(rule) for rule in _cells(lines[1])]
    head = element(
        "tr",
        None,
        *(
            element("th", {"scope": "col", "style": style}, _inline(text))
            for text, style in zip(header, aligns, strict=False)
        ),
    )
    rows = []
    for line in lines[2:]:
        cells = _cells(line)
        cells += [""] * (len(header) - len(cells))
        rows.append(
            element(
                "tr",
                None,
                *(
                    element(
                        "th" if index == 0 else "td",
                        {"scope": "row" if index == 0 else None, "style": style},
                        _inline(text),
                    )
                    for index, (text, style) in enumerate(
                        zip(cells, aligns, strict=False)
                    )
                ),
            )
        )
    return element(
        "table", None, element("thead", None, head), element("tbody", None, *rows)
    )


def _list(lines: list[str], ordered: bool) -> str:
    items: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("  - "):
            items[-1][1].append(line[4:])
            continue
        found = _NUMBERED.match(line) if ordered else None
        items.append((found.group(1) if found else line[2:], []))
    parts = []
    for text, nested in items:
        inner = _inline(text)
        if nested:
            inner += element(
                "ul", None, *(element("li", None, _inline(n)) for n in nested)
            )
        parts.append(element("li", None, inner))
    return element("ol" if ordered else "ul", None, *parts)


def _quote(lines: list[str]) -> str:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        text = line[1:].strip()
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    return element(
        "blockquote",
        None,
        *(element("p", None, _inline(" ".join(p))) for p in paragraphs if p),
    )


def _kind(line: str) -> str:
    if not line.strip():
        return "blank"
    if line.startswith("|"):
        return "table"
    if line.startswith(">"):
        return "quote"
    if line.startswith(("- ", "  - ")):
        return "bullets"
    if _NUMBERED.match(line):
        return "numbers"
    return "text"


def to_html(text: str) -> str:
    r"""Return the render edge's Markdown as HTML, every text escaped.

    Example:
        >>> to_html("## Goals\n\n| a | b |\n|---|---:|\n| x \\| y | 1 |")
        '<h2>Goals</h2><table><thead><tr><th scope="col">a</th><th scope="col" style="text-align: right">b</th></tr></thead><tbody><tr><th scope="row">x | y</th><td style="text-align: right">1</td></tr></tbody></table>'
    """
    lines = text.split("\n")
    out = []
    index = 0
    while index < len(lines):
        line = lines[index]
        fence = _FENCE.fullmatch(line)
        heading = _HEADING.fullmatch(line)
        if fence:
            end = index + 1
            while end < len(lines) and lines[end].strip() != fence.group(1):
                end += 1
            code = "\n".join(lines[index + 1 : end])
            out.append(element("pre", None, element("code", None, escape(code))))
            index = end + 1
            continue
        if heading:
            level = len(heading.group(1))
            out.append(element(f"h{level}", None, _inline(heading.group(2))))
            index += 1
            continue
        kind = _kind(line)
        end = index + 1
        if kind == "bullets" and line.startswith("  - "):
            kind = "text"
        while (
            kind != "blank"
            and end < len(lines)
            and not _FENCE.fullmatch(lines[end])
            and not _HEADING.fullmatch(lines[end])
            and (
                _kind(lines[end]) == kind
                or (kind == "bullets" and lines[end].startswith("  - "))
                or (kind == "quote" and lines[end].startswith(">"))
            )
        ):
            end += 1
        block = lines[index:end]
        if kind == "table":
            out.append(_table(block))
        elif kind == "quote":
            out.append(_quote(block))
        elif kind in ("bullets", "numbers"):
            out.append(_list(block, ordered=kind == "numbers"))
        elif kind == "text":
            out.append(element("p", None, _inline(" ".join(s.strip() for s in block))))
        index = end
    return "".join(out)


def _figures(section: Section) -> Iterable[str]:
    for figure in section.figures:
        yield element(
            "figure",
            None,
            figure.draw(),
            element("figcaption", None, escape(figure.caption)),
        )


def sections_page(
    title: str, sections: Iterable[Section], *, lang: str | Catalog = "en"
) -> str:
    """Return sections as one standalone HTML page: each one's text, then pictures."""
    body = "".join(
        element("section", None, to_html(section.markdown), *_figures(section))
        for section in sections
    )
    css = (
        "body { max-width: 60rem; } pre { white-space: pre-wrap; "
        "background: #f6f8fa; padding: .5rem; } "
        "blockquote { margin: .4rem 0; padding-left: .8rem; border-left: 3px solid; }"
        " figure svg { max-width: 42rem; }"
    )
    return page(title=title, body=element("main", None, body), lang=lang, css=css)


def demo_page() -> str:
    """Return the demo as one standalone HTML page, with its pictures."""
    return sections_page("selfassess demo", demo_sections())


def family_page(language: str | Catalog) -> str:
    """Return the demo's student- and family-facing parts in *language* as one page.

    The page says its language and direction: ``<html lang="ar" dir="rtl">`` for
    Arabic.
    """
    catalog = catalog_for(language)
    sample_title = catalog.text("demo.title", student="Ana")
    return sections_page(sample_title, family_sections(catalog), lang=catalog)


def scales_page() -> str:
    """Return the built-in scales as one standalone HTML page, with their pictures."""
    return sections_page("selfassess: built-in scales", scales_sections())
