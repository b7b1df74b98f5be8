"""Run the examples in the README and docs/ as tests, with Sybil.

In Markdown, a ```` ```python ```` block of ``>>>`` lines is a doctest and any other
```` ```python ```` block is run as it stands; the blocks of one page share a namespace,
in order, so a tutorial reads and runs top to bottom.

A page that needs libraries an extra brings (the tables pages: narwhals, NumPy,
pandas, Dask, matplotlib) starts with
``% skip: start if(missing("pandas", "matplotlib"), reason="...")``, so that
where they are not installed (the wheel tested without extras) it is skipped,
saying why, and everywhere else it runs.
"""

import importlib.util
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE
from typing import Any

from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser


def missing(*libraries: str) -> list[str]:
    """The libraries among *libraries* that are not installed."""
    return [name for name in libraries if importlib.util.find_spec(name) is None]


def _setup(namespace: dict[str, Any]) -> None:
    namespace["missing"] = missing
    if not missing("matplotlib"):
        import matplotlib  # noqa: PLC0415  # only where the docs' plots can run

        matplotlib.use("Agg")  # no screen: figures are drawn, never shown


pytest_collect_file = Sybil(
    parsers=[
        DocTestDirectiveParser(optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        SkipParser(),
    ],
    patterns=["*.md"],
    excludes=["CHANGELOG.md", "changelog.d/*"],
    setup=_setup,
).pytest()


def pytest_addoption(parser: Any) -> None:
    """``--render-update``: write the render gallery's reference images afresh."""
    parser.addoption(
        "--render-update",
        action="store_true",
        help="write docs/gallery's images and page from the render cases (review, "
        "then commit them)",
    )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say loudly when the browser tests could not run."""
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = {
        str(report.longrepr[2])
        for report in skipped
        if isinstance(report.longrepr, tuple)
        and "BROWSER TESTS NOT RUN" in str(report.longrepr[2])
    }
    for reason in sorted(reasons):
        terminalreporter.write_sep(
            "!", reason.removeprefix("Skipped: "), red=True, bold=True
        )
