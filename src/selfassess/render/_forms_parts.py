"""What every printable form is built from: lines to write on, faces, empty bars.

A form is a sheet of paper first: a line to write on is an ``<input>`` or a
``<textarea>`` with a border along its foot, labelled for a screen reader; what the
data already holds is printed as text instead. Faces and fraction bars are small
SVG pictures made by `document`, hidden from screen readers inside a label that
already names them.
"""

from __future__ import annotations

from datetime import date

from selfassess._proficiency import Proficiency, WidaLevel
from selfassess._scales import Level, Scale
from selfassess._supports import WritingSupports
from selfassess.conference._prompts import PROMPT_BANK
from selfassess.language import ENGLISH, Catalog
from selfassess.render import _scales
from selfassess.render._markup import element, escape, number, void
from selfassess.render._page import Paper, page
from selfassess.render._palette import INK, MUTED
from selfassess.render._svg import document

__all__ = [
    "FORM_CSS",
    "MOST_PARTS",
    "SUPPORTS_CSS",
    "empty_bar",
    "face",
    "field",
    "form_page",
    "header",
    "level_choice",
    "lines",
    "mouth",
    "points_choice",
    "prompt_text",
    "say",
    "supports_section",
    "table_head",
    "words",
]

MOST_PARTS = 20
"""The most parts an empty bar on paper has: more boxes than this are too small to
colour by hand."""

FORM_CSS = f"""
html {{ font-size: 10.5pt; line-height: 1.3; }}
h1 {{ font-size: 1.35rem; margin: 0 0 .2rem; }}
h2 {{ font-size: 1.08rem; margin: .55rem 0 .2rem; }}
label {{ margin-top: 0; }}
.write {{ min-height: 1.75rem; }}
textarea.write {{ min-height: 2.9rem; }}
.head {{ display: flex; gap: 1.2rem; align-items: flex-end; margin: .2rem 0 .4rem; }}
.head > div {{ flex: 1 1 0; display: flex; align-items: flex-end; gap: .35rem; }}
.head label, .head .name {{ flex: none; font-weight: 600; }}
.head .write, .head .filled {{ flex: 1 1 auto; }}
.filled {{ border-bottom: 1px solid {MUTED}; font-weight: 400; }}
.line {{ display: flex; align-items: flex-end; gap: .35rem; margin: .2rem 0; }}
.line > label, .line > .name {{ flex: none; font-weight: 600; }}
.line > .write, .line > .filled {{ flex: 1 1 auto; }}
.line > .filled {{ border-bottom: 0; }}
fieldset {{ border: 1px solid {MUTED}; border-radius: 4px; margin: .35rem 0;
  padding: .2rem .5rem .35rem; break-inside: avoid; }}
legend {{ font-weight: 700; padding: 0 .25rem; }}
.choices {{ display: flex; gap: .35rem; margin: .15rem 0; }}
.choices > label {{ flex: 1 1 0; display: flex; gap: .3rem; align-items: flex-start;
  font-weight: 400; border: 1px solid {MUTED}; border-radius: 4px; padding: .2rem .3rem; }}
.choices input {{ margin: .15rem 0 0; flex: none; width: 1rem; height: 1rem; }}
.choices b {{ display: block; }}
.choices .face {{ flex: none; width: 2.1rem; }}
.face svg {{ display: block; width: 100%; height: auto; }}
.bar {{ display: inline-block; vertical-align: middle; }}
.bar svg {{ display: block; width: 100%; height: auto; }}
.key {{ color: {MUTED}; font-size: .92rem; margin: .1rem 0 .3rem; }}
.help {{ border: 1px dashed {INK}; border-radius: 4px; padding: .2rem .5rem;
  margin: .3rem 0; break-inside: avoid; }}
.help ul {{ margin: .1rem 0; padding-inline-start: 1.1rem; }}
.bank {{ list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }}
.hint {{ color: {MUTED}; font-size: .92rem; font-weight: 400; }}
"""
"""The compact rules every form adds to the page's base CSS (10.5pt text)."""

SUPPORTS_CSS = """
.help h3 { font-size: .95rem; margin: .25rem 0 .1rem; }
.help blockquote { margin: .1rem 0 .25rem; padding-inline-start: .6rem;
  border-inline-start: 3px solid #d1d5db; font-style: italic; }
"""
"""The rules a form adds when it prints a teacher's writing supports."""


def words(text: str) -> str:
    """Return text from data as markup (escaped)."""
    return escape(text)


def say(text: str) -> str:
    """Return a catalog's text as element content: ``&``, ``<`` and ``>`` escaped.

    Quotes are kept as they are (they need no escaping between tags), so that a
    form reads "Teacher's grade" in its source as on paper.

    Example:
        >>> say("Teacher's <grade> & more")
        "Teacher's &lt;grade&gt; &amp; more"
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def field(
    id: str, name: str, value: str | None = None, *, rows: int = 1, hint: str = ""
) -> str:
    """Return a labelled line to write on, or the value printed where it is given.

    Args:
        id: The input's id, unique on the page.
        name: The visible label, such as ``"Why I chose this"``.
        value: What the data already says; ``None`` or blank for an empty line.
        rows: How many lines to write on (a textarea from 2).
        hint: A muted prompt shown after the label.
    """
    shown = element("span", {"class": "hint"}, " " + escape(hint)) if hint else ""
    if value is not None and value.strip():
        return element(
            "div",
            {"class": "line"},
            element("span", {"class": "name"}, escape(name) + ":" + shown),
            element("span", {"class": "filled"}, escape(value)),
        )
    label = element("label", {"for": id}, escape(name) + ":" + shown)
    if rows > 1:
        box = element("textarea", {"id": id, "class": "write", "rows": rows})
        return element("div", {"class": "sheet"}, label, box)
    box = void("input", {"id": id, "class": "write", "type": "text"})
    return element("div", {"class": "line"}, label, box)


def header(
    prefix: str,
    student_name: str | None,
    on: date | None,
    *,
    name: str | None = None,
    catalog: Catalog = ENGLISH,
) -> str:
    """Return the name and date lines at the top of a form.

    Args:
        prefix: The form's id prefix.
        student_name: The student's name, printed if given; else a line to write on.
        on: The day, printed if given; else a line to write on.
        name: The label of the name line; "Name" in the catalog's language if
            ``None``.
        catalog: The language of the labels.
    """
    day = on.isoformat() if on is not None else None
    label = catalog.text("forms.name") if name is None else name
    return element(
        "div",
        {"class": "head"},
        field(f"{prefix}-name", label, student_name),
        field(f"{prefix}-date", catalog.text("forms.date"), day),
    )


def mouth(scale: Scale, index: int) -> float:
    """Return the curve of the face drawn for a level: -1 a frown to 1 a smile.

    From the level's symbol where it is a face (such as the three faces'), else from
    its place on the scale, lowest a frown, highest a smile.

    Example:
        >>> from selfassess import FOUR_POINT, THREE_FACES
        >>> [mouth(THREE_FACES, i) for i in range(3)]
        [-1.0, 0.0, 1.0]
        >>> [round(mouth(FOUR_POINT, i), 2) for i in range(4)]
        [-1.0, -0.33, 0.33, 1.0]
    """
    return _scales.mouth(scale.levels[index], index, len(scale.levels))


def face(
    level: Level,
    curve: float,
    *,
    lang: str = "en",
    catalog: Catalog = ENGLISH,
    label: str | None = None,
) -> str:
    """Return a face to circle for a level, as a small SVG picture.

    The picture is hidden from screen readers: the label it sits in names the level.
    Its description says the face as the rating strip does (`_scales.expression`),
    in the catalog's language; *label* is the level's name to say (its own label
    if ``None``).

    Example:
        >>> from selfassess import FOUR_POINT
        >>> [
        ...     "frowns" in face(level, mouth(FOUR_POINT, rank))
        ...     for rank, level in enumerate(FOUR_POINT.levels)
        ... ]
        [True, True, False, False]
    """
    said = _scales.expression(curve)
    name = level.label if label is None else label
    edge, middle = 27 - 2 * curve, 27 + 8 * curve
    body = (
        void(
            "circle",
            {
                "cx": 20,
                "cy": 20,
                "r": 17,
                "fill": "#fff7d6",
                "stroke": INK,
                "stroke-width": 2,
            },
        ),
        void("circle", {"cx": 14, "cy": 16, "r": 2.2, "fill": INK}),
        void("circle", {"cx": 26, "cy": 16, "r": 2.2, "fill": INK}),
        void(
            "path",
            {
                "d": f"M12 {number(edge)} Q20 {number(middle)} 28 {number(edge)}",
                "fill": "none",
                "stroke": INK,
                "stroke-width": 2.2,
                "stroke-linecap": "round",
            },
        ),
    )
    picture = document(
        width=40,
        height=40,
        title=catalog.text("forms.face.title", label=name),
        desc=catalog.text(f"forms.face.{said}", label=name, points=f"{level.points:g}"),
        body=body,
        lang=lang,
    )
    return element("span", {"class": "face", "aria-hidden": "true"}, picture)


def empty_bar(parts: int, *, lang: str = "en", catalog: Catalog = ENGLISH) -> str:
    """Return an empty fraction bar of *parts* equal boxes to colour, as SVG.

    The practice's goal fraction bar: the student colours one part for each step
    made toward the goal (a bar drawn empty on paper).

    Example:
        >>> picture = empty_bar(4)
        >>> picture.count('class="part"')
        4
        >>> "4 equal parts" in picture
        True
    """
    width, height, top = 320.0, 34.0, 4.0
    step = width / parts
    boxes = [
        void(
            "rect",
            {
                "class": "part",
                "x": 2 + index * step,
                "y": top,
                "width": step,
                "height": height,
                "fill": "#ffffff",
                "stroke": INK,
                "stroke-width": 1.5,
            },
        )
        for index in range(parts)
    ]
    picture = document(
        width=width + 4,
        height=height + 2 * top,
        title=catalog.text("forms.bar.title", parts=parts),
        desc=catalog.text("forms.bar.desc", parts=parts),
        body=boxes,
        lang=lang,
    )
    return element("span", {"class": "bar"}, picture)


def _radio(id: str, group: str, value: str, *, checked: bool) -> str:
    return void(
        "input",
        {"type": "radio", "id": id, "name": group, "value": value, "checked": checked},
    )


def level_choice(
    id: str,
    group: str,
    value: str,
    *,
    text: str,
    detail: str = "",
    picture: str = "",
    checked: bool = False,
    hidden: str = "",
) -> str:
    """Return one level to tick: a radio input inside its label.

    Args:
        id: The input's id.
        group: The radio group's name (one choice per group).
        value: The input's value, such as the level's points.
        text: The level's name, shown in bold.
        detail: What work at the level looks like, shown below the name.
        picture: A face or symbol shown beside it (hidden from screen readers).
        checked: Whether the data already chose it.
        hidden: Words a screen reader hears before the name only (``sr-only``).
    """
    said = element("span", {"class": "sr-only"}, escape(hidden)) if hidden else ""
    described = element("span", None, escape(detail)) if detail else ""
    return element(
        "label",
        {"for": id},
        _radio(id, group, value, checked=checked),
        picture,
        element("span", None, said + element("b", None, escape(text)) + described),
    )


def table_head(*columns: str | tuple[str, str]) -> str:
    """Return a table's ``<thead>``: one ``<th scope=col>`` a column, in order.

    Args:
        columns: Each column's heading (markup), or its heading and its class.

    Example:
        >>> table_head(("#", "num"), "Item")
        '<thead><tr><th scope="col" class="num">#</th><th scope="col">Item</th></tr></thead>'
    """
    cells = []
    for column in columns:
        text, kind = column if isinstance(column, tuple) else (column, None)
        cells.append(element("th", {"scope": "col", "class": kind}, text))
    return element("thead", None, element("tr", None, *cells))


def points_choice(
    id: str,
    group: str,
    level: Level,
    *,
    checked: bool,
    picture: str = "",
    label: str | None = None,
) -> str:
    """Return one level to circle by its points: a radio input inside its label.

    The label shows the points (and *picture*, such as a face); a screen reader
    also hears the level's name.

    Args:
        id: The input's id.
        group: The radio group's name (one choice per group).
        level: The level.
        checked: Whether the data already chose it.
        picture: A face shown before the points (hidden from screen readers).
        label: The level's name a screen reader hears; its own label if ``None``.
    """
    name = level.label if label is None else label
    return element(
        "label",
        {"for": id},
        _radio(id, group, f"{level.points:g}", checked=checked),
        picture,
        f"{level.points:g}",
        element("span", {"class": "sr-only"}, " " + escape(name)),
    )


def form_page(
    *,
    title: str,
    body: str,
    lang: str | Catalog,
    paper: Paper,
    css: str = "",
    direction: str | None = None,
) -> str:
    """Return the form as a page: ``<main>`` around the body, the form's CSS added.

    *lang* and *direction* are the page's (see `page`): a form in Arabic is laid
    out right to left.
    """
    return page(
        title=title,
        body=element("main", None, body),
        lang=lang,
        direction=direction,
        paper=paper,
        css=FORM_CSS + css,
    )


def lines(catalog: Catalog, key: str) -> tuple[str, ...]:
    """Return a list message of the catalog: one item a line, blank lines left out.

    Example:
        >>> lines(ENGLISH, "forms.starters.beginning")[0]
        'I can ...'
    """
    return tuple(
        line.strip() for line in catalog.text(key).splitlines() if line.strip()
    )


def prompt_text(
    prompt_id: str, level: Proficiency | WidaLevel | None, catalog: Catalog
) -> str:
    """Return a prompt of the prompt bank for a student at *level*, in a language.

    The bank's wording (`selfassess.conference.Prompt.text_for`), from the catalog.
    """
    return PROMPT_BANK.prompt(prompt_id).text_for(level, language=catalog)


def supports_section(
    supports: WritingSupports | None, catalog: Catalog = ENGLISH
) -> str:
    """Return a teacher's writing supports as a boxed section, or ``""`` for none.

    The word bank under "Words you can use", the sentence starters under "Sentence
    starters" and each exemplar under "An example", headed in the catalog's
    language; the supports themselves are the teacher's words, printed as written
    (escaped).

    Args:
        supports: The supports; ``None`` or empty for none.
        catalog: The language of the headings.

    Example:
        >>> from selfassess import WritingSupports
        >>> part = supports_section(WritingSupports(word_bank=["<sum>"]))
        >>> "Words you can use" in part, "&lt;sum&gt;" in part
        (True, True)
    """
    if supports is None or not supports:
        return ""
    parts = []
    lists = (
        ("forms.supports.words", supports.word_bank, "bank"),
        ("forms.supports.starters", supports.sentence_starters, None),
    )
    for heading, items, kind in lists:
        if items:
            parts.append(element("h3", None, say(catalog.text(heading))))
            parts.append(
                element(
                    "ul",
                    {"class": kind},
                    *(element("li", None, escape(item)) for item in items),
                )
            )
    for exemplar in supports.exemplars:
        parts.append(element("h3", None, say(catalog.text("forms.supports.example"))))
        parts.append(element("blockquote", None, escape(exemplar)))
    return element(
        "section",
        {"class": "help", "aria-label": catalog.text("forms.supports.label")},
        *parts,
    )
