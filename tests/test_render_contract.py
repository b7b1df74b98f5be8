"""The render contract, checked on every case without a browser.

Every picture is a standalone, accessible, safe SVG document and every page a
standalone, safe HTML5 page (tests/render_support.py says what that means); hostile
text in the data is escaped; the same value always renders the same; the palette's
text colours reach 4.5:1; anything without a renderer is refused naming those there
are; and the gallery page shows every case.
"""

from __future__ import annotations

from typing import Any

import pytest

from selfassess import Band, render
from selfassess.render._page import _PAGE_RULES
from selfassess.render._palette import (
    BAND_STYLES,
    INK,
    MUTED,
    PAPER,
    SELF,
    TEACHER,
    contrast,
)
from selfassess.rubrics import COLLABORATION

from render_support import (
    A4_RULE,
    GALLERY,
    HOSTILE,
    IMAGES,
    LETTER_RULE,
    all_cases,
    check_html,
    check_svg,
    gallery_page,
    shown_text,
)

CASES = all_cases()
names = pytest.mark.parametrize("name", sorted(CASES))


@names
def test_case_is_standalone_and_safe(name: str) -> None:
    """Each case's sample renders to a valid, standalone, accessible document."""
    case = CASES[name]
    text = case.make(None)
    if case.kind == "svg":
        check_svg(text)
    else:
        check_html(text)


@pytest.mark.parametrize(
    "name", sorted(name for name, case in CASES.items() if case.hostile)
)
def test_hostile_text_is_escaped(name: str) -> None:
    """Markup in every free-text field is written as text, never as markup."""
    case = CASES[name]
    text = case.make(HOSTILE)
    if case.kind == "svg":
        check_svg(text)
    else:
        check_html(text)
    assert "<script" not in text
    assert HOSTILE in shown_text(text)


@names
def test_rendering_is_deterministic(name: str) -> None:
    """The same value renders to the same string, every time."""
    case = CASES[name]
    assert case.make(None) == case.make(None)


@pytest.mark.parametrize("band", list(Band))
def test_band_text_contrast(band: Band) -> None:
    """Text on each band's fill reaches WCAG 2's 4.5:1, and each band has a letter."""
    style = BAND_STYLES[band]
    assert contrast(style.ink, style.fill) >= 4.5
    assert style.letter
    assert len({s.letter for s in BAND_STYLES.values()}) == len(BAND_STYLES)


@pytest.mark.parametrize("colour", [INK, MUTED, SELF, TEACHER])
def test_text_colours_contrast(colour: str) -> None:
    """Every text colour of the palette reaches 4.5:1 on the paper."""
    assert contrast(colour, PAPER) >= 4.5


def test_contrast_worked_example() -> None:
    """WCAG 2.x's own extremes: black on white is 21:1, a colour on itself 1:1."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    # WebAIM's contrast checker gives #767676 on white 4.54:1, the lightest grey
    # that passes AA.
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("function", [render.svg, render.html, render.markdown])
def test_anything_else_is_refused_naming_the_types(function: object) -> None:
    """A value with no renderer raises TypeError naming the types there are."""
    with pytest.raises(TypeError, match=r"cannot draw a value of type int; it draws: "):
        function(42)  # type: ignore[operator]


def test_gallery_page_is_current(request: pytest.FixtureRequest) -> None:
    """The gallery page shows every case, and an image of each is in the repo."""
    page = GALLERY / "index.md"
    expected = gallery_page(CASES) + "\n"
    if request.config.getoption("--render-update"):
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(expected, encoding="utf-8")
        for stale in IMAGES.glob("*.png"):
            if stale.stem not in CASES:
                stale.unlink()
    assert page.read_text(encoding="utf-8") == expected, (
        "the gallery page is out of date: run pytest --render-update"
    )
    assert sorted(p.stem for p in IMAGES.glob("*.png")) == sorted(CASES)


def test_every_type_drawn_has_a_case() -> None:
    """Each type svg() or html() is registered for is drawn by some gallery case.

    Every registered renderer is wrapped to note its type while the cases are
    made, then put back.
    """
    drawn: set[type] = set()
    registered = [
        (function, kind, implementation)
        for function in (render.svg, render.html)
        for kind, implementation in function.registry.items()
        if kind is not object
    ]

    def noting(kind: type, implementation: Any) -> Any:
        def note(value: object, **options: Any) -> Any:
            drawn.add(kind)
            return implementation(value, **options)

        return note

    try:
        for function, kind, implementation in registered:
            function.register(kind, noting(kind, implementation))
        for case in CASES.values():
            case.make(None)
    finally:
        for function, kind, implementation in registered:
            function.register(kind, implementation)
    assert render.svg.registry[registered[0][1]] is registered[0][2]  # put back
    missing = {kind.__name__ for _, kind, _ in registered} - {
        kind.__name__ for kind in drawn
    }
    assert missing == set()


@pytest.mark.parametrize(
    "name", sorted(name for name, case in CASES.items() if case.pages)
)
def test_a_form_holds_the_letter_print_rule(name: str) -> None:
    """A form to print carries Letter's page rule once (the browser tests swap A4's in)."""
    assert CASES[name].make(None).count(LETTER_RULE) == 1


def test_paper_changes_only_the_page_rule() -> None:
    """A form on A4 is the form on Letter with A4's page rule in place of Letter's."""
    letter = render.html(COLLABORATION, student_name="Ana")
    a4 = render.html(COLLABORATION, student_name="Ana", paper=render.Paper.A4)
    assert a4 == letter.replace(LETTER_RULE, A4_RULE)
    assert _PAGE_RULES == {render.Paper.LETTER: LETTER_RULE, render.Paper.A4: A4_RULE}
