"""Run the examples in the README and docs/ as tests, with Sybil.

In Markdown, a ```` ```python ```` block of ``>>>`` lines is a doctest and any other
```` ```python ```` block is run as it stands; the blocks of one page share a namespace,
in order, so a tutorial reads and runs top to bottom.
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser

pytest_collect_file = Sybil(
    parsers=[
        DocTestDirectiveParser(optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        SkipParser(),
    ],
    patterns=["*.md"],
    excludes=["CHANGELOG.md", "changelog.d/*"],
).pytest()
