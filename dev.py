"""Set up and run selfassess on a machine that has only Python.

    python3 dev.py demo    # create .venv, install selfassess, run the demo
    python3 dev.py test    # create .venv, install the tools, run every check
    python3 dev.py fuzz    # a long run of the fuzz harness (see --examples)

``test`` is what CI runs (``.ci/run`` calls it): ruff, mypy --strict, the tests with
their doctests (every extra installed), the browser tests in headless Chromium
(Debian's package, installed where missing and allowed), a short run on a local
Dask cluster, the docs' examples, the docs build with warnings as errors, the
changelog fragments, then a wheel is built, installed into a fresh environment and tested there, on
every Python from 3.10 to 3.13 that pyenv has on this machine (all at once, each
printing its log when done): with every extra on this Python, without any on the
others.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENVS = ROOT / ".venvs"
DIST = ROOT / "dist"
SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
PIP_WITH_GROUPS = "pip>=25.1"  # the first pip that reads [dependency-groups]
# The examples of a page share one namespace and run in order, so they run in a
# pytest of their own, not spread over pytest-xdist's workers.
EXAMPLES = ("-p", "no:xdist", "docs", "README.md")
EXTRAS = "tables,dask,language"  # every extra: CI tests the edges that need them


def say(message: str) -> None:
    """Print a step's title so that a long log can be followed."""
    print(f"\n==> {message}", flush=True)


class CommandError(Exception):
    """A quiet command failed: its exit code and the log up to and including it."""

    def __init__(self, code: int, log: str) -> None:
        super().__init__(code)
        self.code = code
        self.log = log


def run(
    *command: str | Path,
    env: dict[str, str] | None = None,
    log: list[str] | None = None,
) -> None:
    """Run a command in the project's folder; stop everything if it fails.

    With *log*, the command runs quietly: its output goes into *log*, and a failure
    raises `CommandError` instead of ending the program.
    """
    shown = " ".join(str(part) for part in command)
    arguments = [str(part) for part in command]
    environment = {**os.environ, **(env or {})}
    if log is None:
        print(f"$ {shown}", flush=True)
        result = subprocess.run(arguments, cwd=ROOT, env=environment, check=False)
        if result.returncode != 0:
            print(f"\nFAILED ({result.returncode}): {shown}", flush=True)
            sys.exit(result.returncode)
        return
    log.append(f"$ {shown}")
    quiet = subprocess.run(
        arguments,
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        check=False,
    )
    log.append(quiet.stdout.rstrip())
    if quiet.returncode != 0:
        log.append(f"\nFAILED ({quiet.returncode}): {shown}")
        raise CommandError(quiet.returncode, "\n".join(log))


def python_in(venv: Path) -> Path:
    """The interpreter of a virtual environment."""
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def make_venv(
    venv: Path,
    interpreter: str | Path = sys.executable,
    *,
    fresh: bool,
    log: list[str] | None = None,
) -> Path:
    """Create a virtual environment with a pip that reads dependency groups."""
    if fresh and venv.exists():
        shutil.rmtree(venv)
    if not python_in(venv).exists():
        run(interpreter, "-m", "venv", venv, log=log)
    python = python_in(venv)
    run(
        python, "-m", "pip", "install", "--quiet", "--upgrade", PIP_WITH_GROUPS, log=log
    )
    return python


def development_environment() -> Path:
    """.venv with the development tools and selfassess, every extra, editable."""
    python = make_venv(VENV, fresh=False)
    install = ("install", "--quiet", "--group", "dev", "-e", f".[{EXTRAS}]")
    run(python, "-m", "pip", *install)
    return python


def chromium_for_browser_tests() -> None:
    """Debian's Chromium for the browser tests: installed where missing and allowed.

    Where it cannot be installed (no apt-get, not root, no package), the browser
    tests skip and say so loudly; everything else still runs.
    """
    if os.environ.get("SELFASSESS_CHROMIUM") or shutil.which("chromium"):
        return
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if shutil.which("apt-get") is None or not root:
        print(
            "!!! Chromium is missing and apt-get cannot install it here (it needs "
            "apt-get, run as root): the browser tests will skip. "
            "Install Debian's chromium package to run them.",
            flush=True,
        )
        return
    quiet = {"DEBIAN_FRONTEND": "noninteractive"}
    # DejaVu is the font the gallery's reviewed images were taken with.
    install = ("apt-get", "install", "-y", "-q", "chromium", "fonts-dejavu-core")
    log: list[str] = []
    try:
        run(*install, env=quiet, log=log)
    except CommandError:
        try:  # the package lists may be stale or absent on a fresh machine
            run("apt-get", "update", "-q", env=quiet, log=log)
            run(*install, env=quiet, log=log)
        except CommandError as failure:
            print(failure.log, flush=True)
            print("!!! Chromium could not be installed: the browser tests will skip.")
            return
    print(f"installed {shutil.which('chromium')}", flush=True)


def demo() -> None:
    """Install selfassess into .venv and run the demo."""
    python = make_venv(VENV, fresh=False)
    run(python, "-m", "pip", "install", "--quiet", "-e", ".")
    run(python, "-m", "selfassess", "demo")


def other_pythons() -> list[Path]:
    """The pyenv interpreters for the supported versions other than this one."""
    current = f"{sys.version_info.major}.{sys.version_info.minor}"
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = []
    for version in SUPPORTED:
        if version == current:
            continue
        candidates = sorted(glob.glob(str(root / f"{version}.*" / "bin" / "python3")))
        if candidates:
            found.append(Path(candidates[-1]))
        else:
            print(f"(no Python {version} under {root}: skipped)", flush=True)
    return found


def test_wheel(
    wheel: Path, interpreter: str | Path, name: str, workers: int, *, extras: bool
) -> str:
    """Install the wheel into a fresh environment and run the tests against it.

    With *extras*, the wheel comes with every extra and the libraries the edges'
    tests compare against; without, alone, so that the core is tested as it is
    installed with no extra (the edges' tests then skip, saying why). Runs quietly
    and returns the log, so that several Pythons can run at once; raises
    `CommandError` (with the log) at the first step that fails.
    """
    log: list[str] = []
    python = make_venv(VENVS / name, interpreter, fresh=True, log=log)
    if extras:
        requirement = f"selfassess[{EXTRAS}] @ {wheel.resolve().as_uri()}"
        groups = ("--group", "test", "--group", "crosscheck")
        run(python, "-m", "pip", "install", "--quiet", requirement, *groups, log=log)
    else:
        run(
            python, "-m", "pip", "install", "--quiet", wheel, "--group", "test", log=log
        )
    # The tests must exercise the installed wheel, not the source tree.
    run(
        python,
        "-c",
        "import selfassess, sys; "
        "assert 'site-packages' in selfassess.__file__, selfassess.__file__; "
        "print('testing', selfassess.__file__, 'on Python', sys.version.split()[0])",
        log=log,
    )
    run(
        python,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        f"--numprocesses={workers}",
        "-m",
        # a cluster's workers and the browser, once, in the development environment
        "not cluster and not browser",
        "tests",
        # `test` runs the thorough search once, under coverage; each Python then
        # runs every test with few examples, the fuzz harness's slice included.
        env={"HYPOTHESIS_PROFILE": "matrix", "SELFASSESS_FUZZ_EXAMPLES": "3"},
        log=log,
    )
    run(python, "-m", "pytest", "-p", "no:cacheprovider", *EXAMPLES, log=log)
    return "\n".join(log)


def test_wheels(wheel: Path) -> None:
    """Test the wheel on this Python and every other one found, all at once.

    Each Python's checks run quietly in a thread of their own (the work is in the
    processes they start); their logs are printed in order once all are done.
    """
    # This Python with every extra; every other one without any, as a school's
    # plain install is.
    jobs: list[tuple[str | Path, str]] = [(sys.executable, "wheel")]
    jobs += [(found, f"wheel-{found.parent.parent.name}") for found in other_pythons()]
    # The cores, shared out: 0 runs a job's tests in its own pytest process.
    workers = (os.cpu_count() or 1) // len(jobs)
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [
            pool.submit(
                test_wheel, wheel, interpreter, name, workers, extras=name == "wheel"
            )
            for interpreter, name in jobs
        ]
    failed = 0
    for (interpreter, _), future in zip(jobs, futures, strict=True):
        say(f"The wheel, installed fresh, on {interpreter}")
        try:
            print(future.result(), flush=True)
        except CommandError as failure:
            print(failure.log, flush=True)
            failed = failed or failure.code
        except Exception:  # report it, and still print the other logs
            traceback.print_exc()
            failed = failed or 1
    if failed:
        sys.exit(failed)


def test() -> None:
    """Run every check CI runs."""
    started = time.monotonic()
    say("Development environment (.venv)")
    python = development_environment()

    say("Lint: ruff")
    run(python, "-m", "ruff", "check", ".")
    run(python, "-m", "ruff", "format", "--check", ".")

    say("Types: mypy --strict over src/")
    run(python, "-m", "mypy")

    say("Tests and doctests, on every core, with branch coverage (profile 'ci')")
    run(
        python,
        "-m",
        "pytest",
        "--numprocesses=auto",
        "--cov=selfassess",
        "--cov-branch",
        "--cov-report=term-missing:skip-covered",
        "--cov-fail-under=90",
        "-m",
        "not cluster and not browser",
        "tests",
        "src",
        env={"HYPOTHESIS_PROFILE": "ci"},
    )
    say("Browser tests: every picture and form in headless Chromium")
    chromium_for_browser_tests()
    run(python, "-m", "pytest", "--numprocesses=2", "-m", "browser", "tests")
    say("A short run on a local Dask cluster of worker processes")
    run(python, "-m", "pytest", "-p", "no:xdist", "-m", "cluster", "tests")
    say("The examples of the README and the docs, page by page, in order")
    run(python, "-m", "pytest", *EXAMPLES)

    say("Docs: Sphinx, warnings as errors, broken references fail")
    shutil.rmtree(ROOT / "docs" / "_build", ignore_errors=True)
    run(
        python,
        "-m",
        "sphinx",
        "-W",
        "--keep-going",
        "-n",
        "-q",
        "-b",
        "html",
        "docs",
        "docs/_build/html",
    )

    say("Changelog: the fragments render")
    run(python, "-m", "towncrier", "build", "--draft", "--version", "next")

    say("Build the wheel")
    shutil.rmtree(DIST, ignore_errors=True)
    run(python, "-m", "build", "--wheel", "--outdir", DIST)
    wheels = sorted(DIST.glob("selfassess-*.whl"))
    if len(wheels) != 1:
        print(f"expected one wheel in {DIST}, found {wheels}")
        sys.exit(1)

    test_wheels(wheels[0])

    minutes = (time.monotonic() - started) / 60
    say(f"All checks passed in {minutes:.1f} minutes")


def fuzz(examples: int) -> None:
    """Run the fuzz harness long: *examples* for each model and each function.

    Every run of the tests runs a slice of it (a few examples a target); this gives
    each of the ~120 models *examples* mutated documents and as many hostile
    constructor calls, and each of the ~140 functions as many hostile calls: 850
    examples make about 100,000 documents.
    """
    started = time.monotonic()
    python = development_environment()
    say(f"The fuzz harness, {examples:,} examples a target")
    run(
        python,
        "-m",
        "pytest",
        "--numprocesses=auto",
        "-p",
        "no:cacheprovider",
        "tests/test_fuzz.py",
        "tests/test_schema.py",
        env={"SELFASSESS_FUZZ_EXAMPLES": str(examples), "HYPOTHESIS_PROFILE": "ci"},
    )
    minutes = (time.monotonic() - started) / 60
    say(f"The fuzz harness found nothing in {minutes:.1f} minutes")


def main() -> None:
    """Parse the command and run it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["demo", "test", "fuzz"])
    parser.add_argument(
        "--examples",
        type=int,
        default=850,
        help="fuzz: examples for each model and function (850: ~100,000 documents)",
    )
    arguments = parser.parse_args()
    if arguments.command == "demo":
        demo()
    elif arguments.command == "fuzz":
        fuzz(arguments.examples)
    else:
        test()


if __name__ == "__main__":
    main()
