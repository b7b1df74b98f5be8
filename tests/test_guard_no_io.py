"""No I/O in the library: no module but the command-line edge touches the world."""

from __future__ import annotations

import ast

import pytest

from source import EDGE_FILES, PACKAGE, modules

FORBIDDEN_MODULES = {
    "asyncio", "ftplib", "glob", "http", "io", "logging", "multiprocessing", "os",
    "pathlib", "pickle", "random", "requests", "secrets", "select", "selectors",
    "shelve", "shutil", "signal", "smtplib", "socket", "sqlite3", "ssl",
    "subprocess", "tempfile", "threading", "time", "urllib", "uuid", "webbrowser",
}  # fmt: skip
"""Modules that open files or sockets, start processes, read the clock or draw random
numbers. `datetime` is allowed: its types are values; reading the clock is caught
below."""

FORBIDDEN_NAMES = {"open", "print", "input", "breakpoint", "exec", "eval", "__import__"}
FORBIDDEN_SYS = {"stdin", "stdout", "stderr", "argv", "exit", "environ"}
CLOCK_METHODS = {"today", "now", "utcnow"}


def violations(tree: ast.Module) -> list[str]:
    """Every I/O a module's syntax tree would do, as ``line: what``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: import {alias.name}"
                for alias in node.names
                if alias.name.split(".")[0] in FORBIDDEN_MODULES
            ]
        elif isinstance(node, ast.ImportFrom):
            root = (node.module or "").split(".")[0]
            if node.level == 0 and root in FORBIDDEN_MODULES:
                found.append(f"{node.lineno}: from {node.module} import ...")
            if node.level == 0 and root == "sys":
                found += [
                    f"{node.lineno}: from sys import {alias.name}"
                    for alias in node.names
                    if alias.name in FORBIDDEN_SYS
                ]
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            found.append(f"{node.lineno}: {node.id}")
        elif isinstance(node, ast.Attribute):
            if node.attr in CLOCK_METHODS:
                found.append(f"{node.lineno}: .{node.attr} reads the clock")
            elif (
                isinstance(node.value, ast.Name)
                and node.value.id == "sys"
                and node.attr in FORBIDDEN_SYS
            ):
                found.append(f"{node.lineno}: sys.{node.attr}")
    return found


LIBRARY = [
    (name, tree)
    for name, path, tree in modules()
    if path.relative_to(PACKAGE).as_posix() not in EDGE_FILES
]


@pytest.mark.parametrize(("name", "tree"), LIBRARY, ids=[name for name, _ in LIBRARY])
def test_module_does_no_io(name: str, tree: ast.Module) -> None:
    """The module imports no I/O module, opens and prints nothing, reads no clock."""
    assert violations(tree) == []


def test_the_library_is_checked() -> None:
    """The guard sees the whole package, not an empty list."""
    names = {name for name, _ in LIBRARY}
    assert {"selfassess", "selfassess._scales", "selfassess.serialize"} <= names
    assert {"selfassess.cli._demo", "selfassess.cli._sample"} <= names
    assert "selfassess.cli" not in names


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import os", "1: import os"),
        ("import os.path", "1: import os.path"),
        ("from pathlib import Path", "1: from pathlib import ..."),
        ("from time import monotonic", "1: from time import ..."),
        ("import random", "1: import random"),
        ("with open('x') as f: pass", "1: open"),
        ("print('hi')", "1: print"),
        ("import sys\nsys.stdout.write('x')", "2: sys.stdout"),
        ("from sys import argv", "1: from sys import argv"),
        ("from datetime import date\nx = date.today()", "2: .today reads the clock"),
        ("import datetime\nx = datetime.datetime.now()", "2: .now reads the clock"),
    ],
)
def test_the_guard_catches_io(source: str, expected: str) -> None:
    """Each kind of I/O is caught, so the guard can fail."""
    assert expected in violations(ast.parse(source))


def test_the_guard_allows_values() -> None:
    """Date and time values, fractions and sys.version_info are not I/O."""
    source = "from datetime import date, time\nimport sys\nx = sys.version_info\n"
    assert violations(ast.parse(source)) == []
