"""Layers: a lower layer never imports a higher one (DESIGN.md's table)."""

from __future__ import annotations

import ast

import pytest

from source import imported, modules

LAYERS = {"core": 0, "practice": 1, "planning": 2, "meeting": 3, "edges": 4}
PACKAGES = {
    "rubrics": "practice",
    "mastery": "practice",
    "tracking": "practice",
    "goals": "planning",
    "conference": "meeting",
    "render": "edges",
    "interop": "edges",
    "cli": "edges",
    "_sample": "edges",
    "__main__": "edges",
}


def layer(module: str) -> str:
    """The layer of a dotted module name inside selfassess."""
    parts = module.split(".")
    if len(parts) == 1:
        return "core"
    return PACKAGES.get(parts[1], "core")


def upward_imports(module: str, tree: ast.Module, is_package: bool) -> list[str]:
    """The imports of *module* that reach a higher layer, as ``line: target``."""
    own = LAYERS[layer(module)]
    return [
        f"{line}: {target}"
        for line, target in imported(tree, module, is_package)
        if target.split(".")[0] == "selfassess" and LAYERS[layer(target)] > own
    ]


MODULES = [(name, tree, path.name == "__init__.py") for name, path, tree in modules()]


@pytest.mark.parametrize(
    ("name", "tree", "is_package"), MODULES, ids=[name for name, _, _ in MODULES]
)
def test_no_upward_import(name: str, tree: ast.Module, is_package: bool) -> None:
    """The module imports only from its own layer or the layers below."""
    assert upward_imports(name, tree, is_package) == []


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
            "from selfassess import render",
            ["1: selfassess.render"],
        ),
    ],
)
def test_the_guard_catches_upward_imports(
    module: str, source: str, expected: list[str]
) -> None:
    """Absolute and relative imports into a higher layer are caught."""
    is_package = module == "selfassess.goals"
    found = upward_imports(module, ast.parse(source), is_package)
    assert [
        item
        for item in found
        if item.split(": ")[1] in {e.split(": ")[1] for e in expected}
    ] == expected


def test_downward_imports_are_allowed() -> None:
    """The meeting layer may use planning, practice and core."""
    source = "from selfassess.goals import FractionBar\nfrom selfassess import Scale\nfrom ..mastery import rollup"
    assert (
        upward_imports("selfassess.conference._planner", ast.parse(source), False) == []
    )
