"""Every picture and form of selfassess.render, rendered in headless Chromium.

Each case of ``tests/render_cases_*.py`` is shown in the machine's Chromium (Debian's
``chromium`` package, driven by Playwright) and must: look as its reviewed image in
``docs/gallery/images`` does, within a tolerance; keep every element inside its
picture and the page (at 100 % and at 200 %); print to its number of pages on Letter
and on A4; pass axe-core's automated accessibility rules; and show hostile text as
text, running nothing.

``pytest --render-update`` writes the images afresh (review them, then commit) and
the gallery page with them. Where Chromium or Playwright is missing, every test here
skips with one loud message; ``python3 dev.py test`` installs both where it can.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from test_render_contract import A4_RULE, LETTER_RULE

from render_support import HOSTILE, IMAGES, Case, all_cases

pytestmark = pytest.mark.browser

CASES = all_cases()

# Chromium as a root process on a machine with no network: no sandbox, and none
# of its background connections (each would be refused, loudly).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--font-render-hinting=none",
)

LETTER = {"width": 816, "height": 1056}
"""A Letter page at 96 CSS px an inch: the width a form is shown at."""

# The screenshot compared with the reviewed one, in grey levels 0 to 255: the mean
# difference, and the share of pixels that differ by more than a faint line does.
MEAN_TOLERANCE = 2.5
PIXEL_TOLERANCE = 48
SHARE_TOLERANCE = 0.01


def chromium() -> str | None:
    """The Chromium to drive: $SELFASSESS_CHROMIUM, else Debian's on the PATH."""
    return os.environ.get("SELFASSESS_CHROMIUM") or shutil.which("chromium")


def _missing() -> str | None:
    try:
        import PIL  # noqa: F401
        import playwright.sync_api  # noqa: F401
        from axe_playwright_python.sync_playwright import Axe  # noqa: F401
    except ImportError as error:
        return (
            f"the browser tests need {error.name} (the 'browser' dependency group: "
            "pip install --group browser)"
        )
    if chromium() is None:
        return (
            "the browser tests need Chromium: Debian's 'chromium' package "
            "(apt-get install chromium), or SELFASSESS_CHROMIUM naming a Chromium"
        )
    return None


MISSING = _missing()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    if MISSING:
        pytest.skip(f"BROWSER TESTS NOT RUN: {MISSING}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=chromium(), args=list(CHROMIUM_ARGS)
        )
        yield launched
        launched.close()


def document(case: Case, text: str) -> str:
    """The page a case is shown on: a form as it is, a picture in a column."""
    if case.kind == "html":
        return text
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>A picture</title><style>body{margin:0;background:#fff}"
        f"main{{width:{case.width}px}}main svg{{display:block;width:100%;height:auto}}"
        "h1{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
        f"</style></head><body><main><h1>A picture</h1>{text}</main></body></html>"
    )


def viewport(case: Case) -> dict[str, int]:
    return LETTER if case.kind == "html" else {"width": case.width, "height": 400}


@pytest.fixture
def shown(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A page of the browser showing the case named by the test's parameter."""
    case = CASES[request.node.callspec.params["name"]]
    context = browser.new_context(viewport=viewport(case), device_scale_factor=1)
    page = context.new_page()
    page.set_content(document(case, case.make(None)))
    yield page
    context.close()


names = pytest.mark.parametrize("name", sorted(CASES))

OVERFLOW = """() => {
  const found = [];
  for (const svg of document.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    for (const el of svg.querySelectorAll('*')) {
      if (!(el instanceof SVGGraphicsElement) || el.closest('defs')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.top < box.top - 1 ||
          r.right > box.right + 1 || r.bottom > box.bottom + 1)
        found.push(`<${el.tagName}> "${(el.textContent || '').slice(0, 40)}" leaves its picture`);
    }
  }
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1)
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 1)
      found.push(`<${el.tagName}> "${(el.textContent || '').slice(0, 40)}" ends at ${Math.round(r.right)} > ${width}`);
  }
  return found;
}"""


def grey(png: bytes) -> Any:
    from PIL import Image

    return Image.open(io.BytesIO(png)).convert("L")


def small_png(png: bytes) -> bytes:
    """The screenshot as a small PNG: grey levels kept, colours to a palette."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(
        out, format="PNG", optimize=True
    )
    return out.getvalue()


def difference(actual: Any, reference: Any) -> tuple[float, float]:
    """The mean grey difference, and the share of pixels that differ visibly."""
    from PIL import ImageChops

    diff = ImageChops.difference(actual, reference)
    histogram = diff.histogram()
    total = sum(histogram)
    mean = sum(level * count for level, count in enumerate(histogram)) / total
    share = sum(histogram[PIXEL_TOLERANCE + 1 :]) / total
    return mean, share


@names
def test_looks_as_reviewed(
    name: str, shown: Any, request: pytest.FixtureRequest
) -> None:
    """The rendering matches its reviewed image in the gallery, within a tolerance."""
    case = CASES[name]
    target = shown.locator("main") if case.kind == "svg" else shown
    if case.kind == "svg":
        png = target.screenshot(animations="disabled")
    elif case.top:
        clip = {"x": 0, "y": 0, "width": LETTER["width"], "height": case.top}
        png = shown.screenshot(full_page=True, clip=clip, animations="disabled")
    else:
        png = shown.screenshot(full_page=True, animations="disabled")
    path = IMAGES / f"{name}.png"
    if request.config.getoption("--render-update"):
        IMAGES.mkdir(parents=True, exist_ok=True)
        path.write_bytes(small_png(png))
        return
    assert path.exists(), (
        f"no reviewed image for {name}: run pytest --render-update, look at "
        f"{path}, and commit it"
    )
    actual, reference = grey(png), grey(path.read_bytes())
    assert actual.size == reference.size, (
        f"{name} is {actual.size} px, its reviewed image {reference.size} px"
    )
    mean, share = difference(actual, reference)
    said = f"{name} differs from {path.name}: mean {mean:.2f} grey levels, "
    said += f"{share:.2%} of pixels visibly"
    assert mean <= MEAN_TOLERANCE, said
    assert share <= SHARE_TOLERANCE, said


@names
def test_nothing_overflows(name: str, shown: Any) -> None:
    """No element leaves its picture, and the page never scrolls sideways."""
    assert shown.evaluate(OVERFLOW) == []


@names
def test_readable_at_200_percent(name: str, browser: Any) -> None:
    """At 200 % zoom (half the CSS width, twice the pixels) nothing overflows."""
    case = CASES[name]
    size = viewport(case)
    context = browser.new_context(
        viewport={"width": size["width"] // 2, "height": size["height"] // 2},
        device_scale_factor=2,
    )
    try:
        page = context.new_page()
        text = document(case, case.make(None))
        if case.kind == "svg":
            text = text.replace(f"width:{case.width}px", "width:100%")
        page.set_content(text)
        assert page.evaluate(OVERFLOW) == []
    finally:
        context.close()


@names
def test_accessible(name: str, shown: Any) -> None:
    """axe-core finds no violation of its rules (WCAG 2 A and AA among them)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(shown)
    found = [
        f"{violation['id']}: {violation['help']} "
        f"({[node['target'] for node in violation['nodes']][:3]})"
        for violation in results.response["violations"]
    ]
    assert found == []


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.mark.parametrize(
    "name", sorted(name for name, case in CASES.items() if case.pages)
)
@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_prints_to_its_pages(name: str, paper: str, shown: Any) -> None:
    """A printable form prints to its number of pages, on Letter and on A4.

    On A4, the page carries A4's page rule, as ``paper=Paper.A4`` writes it (the
    contract tests check that the paper changes nothing else).
    """
    if paper == "A4":
        text = CASES[name].make(None)
        shown.set_content(text.replace(LETTER_RULE, A4_RULE))
    pdf = shown.pdf(prefer_css_page_size=True)
    size = shown.evaluate("() => getComputedStyle(document.documentElement).width")
    assert size  # the page was laid out
    assert page_count(pdf) == CASES[name].pages


@pytest.mark.parametrize(
    "name", sorted(name for name, case in CASES.items() if case.hostile)
)
def test_hostile_text_is_text(name: str, browser: Any) -> None:
    """Markup in the data shows as the text it is: no script runs, no element made."""
    case = CASES[name]
    context = browser.new_context(viewport=viewport(case))
    try:
        page = context.new_page()
        page.set_content(document(case, case.make(HOSTILE)))
        assert page.evaluate("() => window.__pwned") is None
        assert page.evaluate("() => document.querySelectorAll('script').length") == 0
        assert page.evaluate("() => document.querySelectorAll('b[onload]').length") == 0
        assert HOSTILE in page.evaluate("() => document.documentElement.textContent")
    finally:
        context.close()
