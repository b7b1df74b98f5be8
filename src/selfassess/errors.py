"""The exceptions selfassess raises, and the problems they carry.

Every exception the library raises on purpose derives from `SelfAssessError`, and
each says whose fault it is:

- `InvalidDataError` (also a `ValueError`): data that breaks a rule of the model,
  whether it comes through a constructor, through
  `selfassess.serialize.from_dict` or as a function's argument. It lists every
  problem found with the path of the field it concerns::

    >>> from selfassess import Level
    >>> Level(points=float("nan"), label="")
    Traceback (most recent call last):
    ...
    selfassess.errors.InvalidDataError: 2 problems:
      points: must be finite (got nan)
      label: must not be empty (got '')

- `ArgumentTypeError` (also a `TypeError`): a function or method was called with an
  argument of a kind it does not take, such as ``None`` where it takes a list: a
  mistake in the calling code rather than in the data.
- `NotFoundError` (also a `KeyError`, so a `LookupError`): an id, code or name that
  is not there, asked of a method that looks one thing up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from selfassess import _repr, _shown

__all__ = [
    "MAX_PROBLEMS",
    "ArgumentTypeError",
    "InvalidDataError",
    "NotFoundError",
    "Problem",
    "SelfAssessError",
]

MAX_PROBLEMS = 1000
"""How many problems an error keeps; the rest are counted, not kept.

A list of three million wrong rows would otherwise hold three million problems in
memory to report what the first thousand already show."""


class SelfAssessError(Exception):
    """The root of every exception that selfassess raises on purpose."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: object) -> bool:
    """Whether *value* is a string that can be written as UTF-8."""
    return isinstance(value, str) and (value.isascii() or not _SURROGATE.search(value))


@attrs.frozen
class Problem:
    """One thing wrong with some data: where it is, and what is wrong.

    Attributes:
        path: Where the problem is, from the object or document checked, in the form
            ``criteria[2].levels[0].points``. Empty for the object as a whole.
        message: What is wrong, in the form ``must be finite (got nan)``.

    Raises:
        InvalidDataError: If the path or the message is not a string (or holds a
            lone surrogate, which cannot be written as UTF-8), or the message is
            empty.
    """

    __repr__ = _repr.short_repr

    path: str
    message: str

    def __attrs_post_init__(self) -> None:
        found = []
        if not _text(self.path):
            message = f"must be a string of valid text (got {_shown.shown(self.path)})"
            found.append(Problem("path", message))
        if not _text(self.message) or not self.message:
            shown = _shown.shown(self.message)
            message = f"must be a non-empty string of valid text (got {shown})"
            found.append(Problem("message", message))
        if found:
            raise InvalidDataError(found)

    def __str__(self) -> str:
        if not self.path:
            return self.message
        return f"{self.path}: {self.message}"

    def under(self, prefix: str) -> Problem:
        """Return this problem as seen from a containing object.

        Args:
            prefix: The path of the contained object within its container, such as
                ``levels[2]``. An empty prefix leaves the path as it is.

        Returns:
            A problem whose path starts with *prefix*.

        Raises:
            ArgumentTypeError: If *prefix* is not a string.
        """
        _check_prefix(prefix)
        if not prefix:
            return self
        if not self.path:
            return Problem(prefix, self.message)
        separator = "" if self.path.startswith("[") else "."
        return Problem(f"{prefix}{separator}{self.path}", self.message)


def _check_prefix(prefix: object) -> None:
    if not isinstance(prefix, str):
        message = f"must be a string (got {_shown.shown(prefix)})"
        raise ArgumentTypeError([Problem("prefix", message)])


def _problem(item: object) -> Problem:
    """A problem given to an error, a plain message made one."""
    if isinstance(item, Problem):
        return item
    if isinstance(item, str):
        return Problem("", item or "is invalid")
    raise _not_problems(item)


def _not_problems(value: object) -> TypeError:
    return TypeError(
        "an error's problems must be Problem objects or strings "
        f"(got {_shown.shown(value)})"
    )


def _grammar(count: int) -> str:
    return f"{count:,} problem" + ("" if count == 1 else "s")


class _ProblemsError(SelfAssessError):
    """An error that carries problems with paths: the shared machinery."""

    problems: tuple[Problem, ...]
    omitted: int

    def __init__(
        self, problems: Iterable[Problem | str] | str, *, omitted: int = 0
    ) -> None:
        if isinstance(problems, str):
            problems = (problems,)
        elif isinstance(problems, (bytes, bytearray, Mapping)) or not isinstance(
            problems, Iterable
        ):
            raise _not_problems(problems)
        if isinstance(omitted, bool) or not isinstance(omitted, int) or omitted < 0:
            message = f"omitted must be a whole number of at least 0 (got {omitted!r})"
            raise TypeError(message)
        kept: list[Problem] = []
        for item in problems:
            problem = _problem(item)
            if len(kept) < MAX_PROBLEMS:
                kept.append(problem)
            else:
                omitted += 1
        if not kept:
            kept.append(Problem("", "is invalid"))
        self.problems = tuple(kept)
        self.omitted = omitted
        super().__init__(self._message())

    def _message(self) -> str:
        found = self.problems
        if len(found) == 1 and not self.omitted:
            return str(found[0])
        lines = "\n".join(f"  {problem}" for problem in found)
        if not self.omitted:
            return f"{len(found)} problems:\n{lines}"
        total = len(found) + self.omitted
        return (
            f"{_grammar(total)}, the first {len(found):,} listed:\n{lines}\n"
            f"  ... and {_grammar(self.omitted)} more"
        )

    def __reduce__(
        self,
    ) -> tuple[object, tuple[object, tuple[Problem, ...], int], dict[str, object]]:
        # Rebuilt from its problems: by default an exception is rebuilt from its
        # message, which would be read here as problems, one a character. Pickling
        # matters because an error raised in a worker process (multiprocessing,
        # joblib) reaches its parent that way; copying goes the same way.
        return (_rebuild, (type(self), self.problems, self.omitted), self.__dict__)

    @property
    def paths(self) -> tuple[str, ...]:
        """The path of each problem kept, in order."""
        return tuple(problem.path for problem in self.problems)


def _rebuild(
    kind: type[_ProblemsError], problems: tuple[Problem, ...], omitted: int
) -> _ProblemsError:
    """An error of *kind* again, from what `_ProblemsError.__reduce__` kept."""
    return kind(problems, omitted=omitted)


class InvalidDataError(_ProblemsError, ValueError):
    """Data that breaks a rule of the model: every problem found, each with its path.

    It is a `ValueError` too, so code that already catches `ValueError` keeps working.
    Code of your own can raise it with `Problem` objects, or with plain messages, as
    it would a `ValueError`: a message is a problem with the object as a whole.

        >>> error = InvalidDataError("the rubric has no criteria")
        >>> error.problems
        (Problem(path='', message='the rubric has no criteria'),)
        >>> print(error.under("rubrics[2]"))
        rubrics[2]: the rubric has no criteria

    At most `MAX_PROBLEMS` problems are kept; the rest are counted in ``omitted``
    and the message says how many there were in all.

    Args:
        problems: The problems: `Problem` objects or messages, or one message. An
            empty message reads "is invalid", as does an error with no problems.
        omitted: How many more problems were found and not kept.

    Attributes:
        problems: The problems found, in the order they were found; never empty.
        omitted: How many more were found beyond those kept; usually 0.

    Raises:
        TypeError: If *problems* is neither a message nor a list of them, or a
            problem is neither a `Problem` nor a string (a mistake in the code that
            raises the error, not in its data).
    """

    @classmethod
    def single(cls, path: str, message: str) -> InvalidDataError:
        """Build the error for one problem.

        Args:
            path: The path of the field, such as ``levels[0].points``.
            message: What is wrong, such as ``must be finite (got nan)``.

        Returns:
            An error carrying that one problem.
        """
        return cls([Problem(path, message)])

    def under(self, prefix: str) -> InvalidDataError:
        """Return the same problems as seen from a containing object.

        Args:
            prefix: The path of the contained object within its container.

        Returns:
            A new error whose problems' paths start with *prefix*.

        Raises:
            ArgumentTypeError: If *prefix* is not a string.
        """
        _check_prefix(prefix)
        return InvalidDataError(
            (problem.under(prefix) for problem in self.problems), omitted=self.omitted
        )


class ArgumentTypeError(_ProblemsError, TypeError):
    """A function was given an argument of a kind it does not take.

    A mistake in the calling code, such as ``None`` or a number where a list of
    students is taken, rather than in the data: it is a `TypeError` too. Each
    problem's path is the argument's name::

        >>> raise ArgumentTypeError([Problem("entries", "must be a list (got None)")])
        Traceback (most recent call last):
        ...
        selfassess.errors.ArgumentTypeError: entries: must be a list (got None)

    Args:
        problems: The problems, as for `InvalidDataError`.
        omitted: How many more problems were found and not kept.

    Attributes:
        problems: The problems found; never empty.
        omitted: How many more were found beyond those kept; usually 0.

    Raises:
        TypeError: If the problems are not problems (see `InvalidDataError`).
    """


class NotFoundError(SelfAssessError, KeyError):
    """A lookup found nothing: no standard with that id, no level with that label.

    Methods that look up one thing (`selfassess.Framework.standard`,
    `selfassess.Scale.level_named`, ...) raise it; it is a `KeyError`, and so a
    `LookupError`, as a mapping's lookup would raise. Unlike a bare `KeyError`, its
    message reads as a sentence:

        >>> error = NotFoundError("no standard has the id '4.NF.9'", key="4.NF.9")
        >>> str(error), error.key, isinstance(error, LookupError)
        ("no standard has the id '4.NF.9'", '4.NF.9', True)

    Args:
        message: What was looked for and not found.
        key: The key looked up, for a program to read.

    Attributes:
        key: The key looked up.
    """

    def __init__(self, message: str, *, key: object = None) -> None:
        super().__init__(message)
        self.key = key

    def __str__(self) -> str:
        # KeyError shows its argument's repr ("'no level ...'"); this is a sentence.
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[object, tuple[object], dict[str, object]]:
        return (type(self), (self.args[0] if self.args else "",), self.__dict__)
