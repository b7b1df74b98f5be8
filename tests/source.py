"""Reading the library's own source, for the guards that check it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import selfassess

PACKAGE = Path(selfassess.__file__).parent
"""The installed package's folder: the source tree, or the wheel under test."""

EDGE_FILES = {"cli/__init__.py", "__main__.py"}
"""The command line's entry points, by their path inside the package: the only
modules allowed to do I/O."""


def module_name(path: Path) -> str:
    """The dotted name of a module file under `PACKAGE`."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> Iterator[tuple[str, Path, ast.Module]]:
    """Every module of the package: its dotted name, its path and its syntax tree."""
    for path in sorted(PACKAGE.rglob("*.py")):
        yield module_name(path), path, ast.parse(path.read_text(encoding="utf-8"))


def imported(
    tree: ast.Module, module: str, is_package: bool
) -> Iterator[tuple[int, str]]:
    """Every module *tree* imports, with its line, relative imports resolved."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}"
