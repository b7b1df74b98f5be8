"""Sphinx configuration: MyST Markdown, autodoc for hand-picked names, furo."""

import selfassess

project = "selfassess"
author = "The selfassess maintainers"
copyright = "2026, The selfassess maintainers"
release = selfassess.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Broken references fail the build (the build runs with -W).
nitpicky = True
default_role = "py:obj"
# The standard library has no inventory here (the build is offline), so its names
# are not links; everything of selfassess's own must resolve.
nitpick_ignore_regex = [
    ("py:.*", r"(datetime|fractions|enum|collections\.abc|typing)\..*"),
    # The tables edge's libraries, whose own docs are not at hand offline.
    ("py:.*", r"(numpy|narwhals)\..*"),
    # Private types in a public signature (the columns an EvidenceRows reads).
    ("py:.*", r"selfassess\.tables\._\w+\.\w+"),
    # The shape of the IPython shell the notebook extension is given (a Protocol).
    ("py:.*", r"selfassess\.render\._notebook\.Shell"),
    (
        "py:.*",
        r"(date|time|datetime|Fraction|Enum|Iterable|Iterator|Mapping|Sequence|Any|T)",
    ),
    (
        "py:.*",
        r"(ValueError|TypeError|KeyError|Exception|object|type|str|int|float|bool|None|dict|tuple|list)",
    ),
    ("py:.*", r"(attrs|json)\..*"),
    # Type variables in signatures, such as from_dict's class argument.
    ("py:class", r"selfassess\..*\._?T"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"exclude-members": "__init__, __new__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
napoleon_type_aliases = {
    "InvalidDataError": "~selfassess.errors.InvalidDataError",
}

html_theme = "furo"
html_title = "selfassess"
