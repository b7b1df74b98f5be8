"""Layers: each package imports only from its own layer's rules (docs/reference/layers.md).

The rule, as the layer table says it: a package imports the core and the layers below
its own, never one above; packages of one layer never import each other; nothing
imports an edge, and edges do not import each other, except the command line, which
may use them all.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from source import PACKAGE, imported, modules

LAYERS = ("core", "practice", "planning", "meeting", "edges")
"""The layers, lowest first."""

PACKAGES = {
    "language": "core",
    "rubrics": "practice",
    "mastery": "practice",
    "tracking": "practice",
    "goals": "planning",
    "conference": "meeting",
    "interop": "edges",
    "tables": "edges",
    "render": "edges",
    "cli": "edges",
}
"""The layer of each subpackage; the modules directly under selfassess are the core."""

COMMAND_LINE = {"cli", "__main__"}
"""The edge that may use every other edge: the command line."""

LAYERS_PAGE = Path(__file__).parent.parent / "docs" / "reference" / "layers.md"


def package(module: str) -> str:
    """The package a dotted module name belongs to: ``"core"`` for the top level.

    `selfassess.language` is core too: every layer writes its texts through it.
    """
    parts = module.split(".")
    if len(parts) == 1 or (parts[1] not in PACKAGES and parts[1] != "__main__"):
        return "core"
    if PACKAGES.get(parts[1]) == "core":
        return "core"
    return parts[1]


def layer(module: str) -> str:
    """The layer of a dotted module name inside selfassess."""
    name = package(module)
    if name == "__main__":
        return "edges"
    return "core" if name == "core" else PACKAGES[name]


def broken_rules(module: str, tree: ast.Module, is_package: bool) -> list[str]:
    """The imports of *module* that break the layer rule, as ``line: target``."""
    own_package, own_layer = package(module), layer(module)
    found = []
    for line, target in imported(tree, module, is_package):
        if target.split(".")[0] != "selfassess":
            continue
        their_package, their_layer = package(target), layer(target)
        if their_package == own_package:
            continue
        above = LAYERS.index(their_layer) > LAYERS.index(own_layer)
        same = their_layer == own_layer and their_layer != "core"
        if (above or same) and own_package not in COMMAND_LINE:
            found.append(f"{line}: {target}")
    return found


MODULES = [(name, tree, path.name == "__init__.py") for name, path, tree in modules()]


@pytest.mark.parametrize(
    ("name", "tree", "is_package"), MODULES, ids=[name for name, _, _ in MODULES]
)
def test_imports_keep_to_the_layers(
    name: str, tree: ast.Module, is_package: bool
) -> None:
    """The module imports only its own package, the core and the layers below."""
    assert broken_rules(name, tree, is_package) == []


def test_every_subpackage_has_a_layer() -> None:
    """A new subpackage cannot escape the rule: it must be given a layer here."""
    found = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert found == set(PACKAGES)


def test_the_layers_page_says_the_same() -> None:
    """docs/reference/layers.md places every package where the guard does."""
    if not LAYERS_PAGE.is_file():
        pytest.skip("the docs are not shipped in the wheel")
    rows = {
        match[1]: set(re.findall(r"`selfassess\.(\w+)`", match[2]))
        for match in re.finditer(
            r"^\| (\w+) \| (.*?) \|", LAYERS_PAGE.read_text(), re.M
        )
        if match[1] in LAYERS
    }
    for name, placed in PACKAGES.items():
        assert name in rows[placed], f"{name} is not in the {placed} row"


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        (
            "selfassess._scales",
            "from selfassess.mastery import rollup",
            ["1: selfassess.mastery"],
        ),
        (
            "selfassess.mastery._kernels",
            "from ..goals import FractionBar",
            ["1: selfassess.goals"],
        ),
        (
            "selfassess.goals",
            "from . import _bars\nimport selfassess.conference",
            ["2: selfassess.conference"],
        ),
        (
            "selfassess.conference._x",
            "from selfassess import cli",
            ["1: selfassess.cli"],
        ),
        (
            "selfassess.tracking._x",
            "from selfassess.mastery import rollup",
            ["1: selfassess.mastery"],
        ),
        (
            "selfassess.rubrics._x",
            "from ..tracking._tracker import Tracker",
            ["1: selfassess.tracking._tracker"],
        ),
    ],
)
def test_the_guard_catches_broken_rules(
    module: str, source: str, expected: list[str]
) -> None:
    """Imports upward and across one layer, absolute or relative, are caught."""
    is_package = module == "selfassess.goals"
    found = broken_rules(module, ast.parse(source), is_package)
    wanted = {item.split(": ")[1] for item in expected}
    assert [item for item in found if item.split(": ")[1] in wanted] == expected


def test_allowed_imports_pass() -> None:
    """Downward imports, the core's own, and the command line's use of all pass."""
    meeting = "from selfassess.goals import FractionBar\nfrom selfassess import Scale\nfrom ..mastery import rollup"
    assert (
        broken_rules("selfassess.conference._planner", ast.parse(meeting), False) == []
    )
    core = "from selfassess._validate import Checker\nfrom selfassess import errors"
    assert broken_rules("selfassess.serialize", ast.parse(core), False) == []
    everything = (
        "from selfassess.conference import plan_block\nfrom selfassess.cli import main"
    )
    assert broken_rules("selfassess.cli._demo", ast.parse(everything), False) == []
    assert broken_rules("selfassess.__main__", ast.parse(everything), False) == []
