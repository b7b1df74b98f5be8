"""The tables edge's extra: the core never needs it, and its absence is said plainly."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_core_and_the_practice_import_without_the_extras() -> None:
    """Importing every package but the tables edge loads neither NumPy nor narwhals."""
    result = _run(
        """
        import sys
        import selfassess, selfassess.rubrics, selfassess.mastery, selfassess.tracking
        import selfassess.goals, selfassess.conference, selfassess.serialize
        import selfassess.interop.canvas, selfassess.interop.xapi, selfassess.cli
        loaded = sorted({"numpy", "narwhals", "pandas", "dask"} & set(sys.modules))
        print(loaded)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_the_extra_the_error_names_it() -> None:
    """With narwhals or NumPy missing, the ImportError says which extra to install."""
    for missing in ("narwhals", "numpy"):
        result = _run(
            f"""
            import sys
            sys.modules[{missing!r}] = None  # as if it were not installed
            try:
                import selfassess.tables
            except ImportError as error:
                print(error)
            else:
                print("imported")
            """
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == (
            "selfassess.tables needs the 'tables' extra (narwhals and NumPy): "
            "pip install 'selfassess[tables]'"
        )
