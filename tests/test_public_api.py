"""The public API: each package's __all__ is exactly what it exports, all documented."""

from __future__ import annotations
import __future__

import enum
import importlib
import importlib.util
import inspect
import types
from pathlib import Path
from typing import Any

import attrs
import pytest

from selfassess._validate import to_float, to_optional_float

from strategies import STRATEGIES

PUBLIC_MODULES = [
    "selfassess",
    "selfassess.errors",
    "selfassess.serialize",
    "selfassess.rubrics",
    "selfassess.mastery",
    "selfassess.tracking",
    "selfassess.goals",
    "selfassess.conference",
    "selfassess.interop.canvas",
    "selfassess.interop.moodle",
    "selfassess.interop.ora2",
    "selfassess.interop.google_classroom",
    "selfassess.interop.case",
    "selfassess.interop.lti",
    "selfassess.interop.xapi",
    "selfassess.render",
]
EXTRA_MODULES = {"selfassess.tables": ("narwhals", "numpy")}
"""The edges that need an extra, and the libraries it brings: tested where installed."""
PUBLIC_MODULES += [
    name
    for name, needs in EXTRA_MODULES.items()
    if all(importlib.util.find_spec(library) is not None for library in needs)
]
EDGES = ("selfassess.interop.", "selfassess.tables", "selfassess.render")
REFERENCE = Path(__file__).parent.parent / "docs" / "reference"


def _alias(value: object) -> bool:
    """Whether *value* is a typing alias (``Literal[...]``), which names no module."""
    return (
        type(value).__module__ == "typing"
        and getattr(value, "__origin__", None) is not None
    )


def exported(module: types.ModuleType) -> set[str]:
    """The public names a module really offers: its own objects, not its imports."""
    names = set()
    for name, value in vars(module).items():
        if name.startswith("_") and name != "__version__":
            continue
        if isinstance(value, (types.ModuleType, __future__._Feature)):
            continue
        # Imported helpers (classes, functions, typing's special forms) carry the
        # module they come from; plain constants such as ints carry none.
        origin = getattr(value, "__module__", None)
        if _alias(value) and module.__name__.startswith(EDGES):
            names.add(name)  # an edge's own Literal alias, such as FrameworkLevel
            continue
        if isinstance(origin, str) and not origin.startswith("selfassess"):
            continue
        # An edge's module imports the models it builds from the layers below:
        # those are the lower layers' names, not its own.
        if (
            module.__name__.startswith(EDGES)
            and isinstance(origin, str)
            and not origin.startswith(f"{module.__name__}.")
            and origin != module.__name__
            and not _alias(value)
        ):
            continue
        if name in {"T"} or type(value).__name__ == "TypeVar":
            continue
        names.add(name)
    return names


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_matches_exports(name: str) -> None:
    """__all__ lists exactly the public names, with no duplicates."""
    module = importlib.import_module(name)
    assert sorted(module.__all__) == sorted(set(module.__all__))
    assert set(module.__all__) == exported(module)


def _public() -> list[tuple[str, str, object]]:
    found = []
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        found += [(name, attr, getattr(module, attr)) for attr in module.__all__]
    return found


@pytest.mark.parametrize(
    ("module", "name", "value"),
    _public(),
    ids=[f"{module}.{name}" for module, name, _ in _public()],
)
def test_public_names_are_documented(module: str, name: str, value: object) -> None:
    """Every class and function has its own docstring; every name is in the reference."""
    if inspect.isclass(value) or inspect.isfunction(value):
        assert value.__doc__, f"{module}.{name} has no docstring"
    if REFERENCE.is_dir():  # the docs are not shipped in the wheel
        text = "\n".join(
            path.read_text(encoding="utf-8") for path in REFERENCE.rglob("*.md")
        )
        assert f"{module}.{name}" in text or name == "__version__", (
            f"{module}.{name} is not in docs/reference"
        )


def test_every_public_type_has_a_strategy() -> None:
    """tests/strategies.py covers every public model and enumeration."""
    public_types = {
        value
        for _, _, value in _public()
        if inspect.isclass(value) and (attrs.has(value) or issubclass(value, enum.Enum))
    }
    assert public_types - set(STRATEGIES) == set()


def test_py_typed_is_shipped() -> None:
    """The package carries py.typed, so type checkers read its annotations."""
    import selfassess

    assert (Path(selfassess.__file__).parent / "py.typed").is_file()


def _number_fields() -> list[tuple[str, attrs.Attribute[Any]]]:
    found = []
    for module, name, value in _public():
        if inspect.isclass(value) and attrs.has(value):
            attrs.resolve_types(value)
            found += [
                (f"{module}.{name}.{field.name}", field)
                for field in attrs.fields(value)
                if field.type in (float, float | None)
            ]
    return found


NUMBER_FIELDS = _number_fields()


def test_number_fields_are_found() -> None:
    """The test below has fields to check: were none found, pytest would skip it."""
    assert len(NUMBER_FIELDS) > 50


@pytest.mark.parametrize(
    ("path", "field"), NUMBER_FIELDS, ids=[path for path, _ in NUMBER_FIELDS]
)
def test_number_fields_store_plain_floats(
    path: str, field: attrs.Attribute[Any]
) -> None:
    """Every float field turns an int or a NumPy float into a plain float.

    So that equal numbers compare, print and serialize alike in every model, not
    only in some (`to_float` says why).
    """
    wanted = to_optional_float if field.type == float | None else to_float
    assert field.converter is wanted, f"{path} has no {wanted.__name__} converter"
