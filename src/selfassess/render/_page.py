"""The HTML page every form and every page of pictures is written in.

A page is a standalone HTML5 document: ``lang`` and ``dir`` set, a title, its own
CSS (no external stylesheet, font or script), and print rules for US Letter or A4.
A form meant as one sheet of paper fits one printed page of either size.
"""

from __future__ import annotations

import enum

from selfassess.language import Catalog
from selfassess.render._markup import element, escape
from selfassess.render._palette import INK, MUTED, PAPER
from selfassess.render._svg import FONT

__all__ = ["BASE_CSS", "RIGHT_TO_LEFT", "Paper", "direction_of", "page"]


class Paper(enum.Enum):
    """The paper a form is printed on."""

    LETTER = "letter"
    """US Letter, 8.5 x 11 in."""
    A4 = "a4"
    """ISO A4, 210 x 297 mm."""


BASE_CSS = f"""
*, *::before, *::after {{ box-sizing: border-box; }}
html {{ color: {INK}; background: {PAPER}; font-family: {FONT}; font-size: 12pt;
  line-height: 1.35; }}
body {{ margin: 0 auto; padding: 16px; max-width: 8.5in; overflow-wrap: anywhere; }}
h1 {{ font-size: 1.45rem; margin: 0 0 .4rem; }}
h2 {{ font-size: 1.15rem; margin: .9rem 0 .35rem; }}
h3 {{ font-size: 1rem; margin: .7rem 0 .3rem; }}
p {{ margin: .3rem 0; }}
table {{ border-collapse: collapse; width: 100%; margin: .3rem 0; }}
th, td {{ border: 1px solid {MUTED}; padding: .2rem .35rem; text-align: start;
  vertical-align: top; }}
th {{ background: #f3f4f6; }}
.muted {{ color: {MUTED}; }}
.write {{ display: block; width: 100%; min-height: 1.7rem; border: 0;
  border-bottom: 1px solid {INK}; font: inherit; color: {INK}; background: transparent; }}
textarea.write {{ min-height: 3.2rem; resize: none;
  background: repeating-linear-gradient(transparent 0 1.55rem, {MUTED} 1.55rem 1.6rem); }}
label {{ display: block; font-weight: 600; margin-top: .35rem; }}
figure {{ margin: .5rem 0; }}
figure svg {{ width: 100%; height: auto; max-width: 100%; }}
figcaption {{ color: {MUTED}; font-size: .9rem; }}
.sheet {{ break-inside: avoid; }}
.sr-only {{ position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }}
@media print {{
  body {{ padding: 0; max-width: none; }}
  a {{ color: {INK}; text-decoration: none; }}
}}
"""
"""The CSS every page starts from."""

RIGHT_TO_LEFT = frozenset(
    {"ar", "ckb", "dv", "fa", "he", "ps", "sd", "syr", "ug", "ur", "yi"}
)
"""The languages written right to left, by their primary subtag (``ar`` in ``ar-EG``)."""


def direction_of(lang: str) -> str:
    """Return the direction a language is written in: ``"rtl"`` or ``"ltr"``.

    Decided by the tag's primary subtag, whatever its case or its other subtags.

    Example:
        >>> direction_of("ar"), direction_of("he-IL"), direction_of("en-US")
        ('rtl', 'rtl', 'ltr')
    """
    primary = lang.replace("_", "-").split("-", 1)[0].lower()
    return "rtl" if primary in RIGHT_TO_LEFT else "ltr"


_PAGE_RULES = {
    Paper.LETTER: "@page { size: letter; margin: 0.5in; }",
    Paper.A4: "@page { size: A4; margin: 12mm; }",
}


def page(
    *,
    title: str,
    body: str,
    lang: str | Catalog = "en",
    direction: str | None = None,
    paper: Paper = Paper.LETTER,
    css: str = "",
) -> str:
    r"""Return a standalone HTML5 page.

    Args:
        title: The page's title (escaped here).
        body: The page's content: markup already built and escaped.
        lang: The BCP 47 language of the page, or a `Catalog` (its language).
        direction: ``"ltr"`` or ``"rtl"``; by default the catalog's direction, or
            the direction the language *lang* is written in (`direction_of`).
        paper: The paper the print rules are set for.
        css: CSS of the page's own, after the base rules.

    Raises:
        TypeError: If *paper* is not a `Paper`.
        ValueError: If *direction* is neither ``"ltr"`` nor ``"rtl"``.

    Example:
        >>> html = page(title="Goals", body="<main><h1>Goals</h1></main>")
        >>> html.startswith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')
        True
        >>> '<html lang="ar" dir="rtl">' in page(title="Goals", body="", lang="ar")
        True
    """
    if isinstance(lang, Catalog):
        if direction is None:
            direction = lang.direction.value
        lang = lang.language
    if direction is None:
        direction = direction_of(lang)
    if direction not in ("ltr", "rtl"):
        message = f"direction must be 'ltr' or 'rtl' (got {direction!r})"
        raise ValueError(message)
    if not isinstance(paper, Paper):
        message = f"paper must be a Paper (got {type(paper).__name__})"
        raise TypeError(message)
    head = (
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        + element("title", None, escape(title))
        + element("style", None, BASE_CSS + _PAGE_RULES[paper] + css)
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}" dir="{direction}">'
        f"<head>{head}</head><body>{body}</body></html>\n"
    )
