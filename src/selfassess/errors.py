"""The exceptions selfassess raises, and the problems they carry.

Every exception the library raises on purpose derives from `SelfAssessError`. Bad
data, whether it comes through a constructor or through
`selfassess.serialize.from_dict`, raises `InvalidDataError`, which lists every problem
found with the path of the field it concerns::

    >>> from selfassess import Level
    >>> Level(points=float("nan"), label="")
    Traceback (most recent call last):
    ...
    selfassess.errors.InvalidDataError: 2 problems:
      points: must be finite (got nan)
      label: must not be empty (got '')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

__all__ = ["InvalidDataError", "Problem", "SelfAssessError"]


class SelfAssessError(Exception):
    """The root of every exception that selfassess raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with some data: where it is, and what is wrong.

    Attributes:
        path: Where the problem is, from the object or document checked, in the form
            ``criteria[2].levels[0].points``. Empty for the object as a whole.
        message: What is wrong, in the form ``must be finite (got nan)``.
    """

    path: str
    message: str

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
        """
        if not prefix:
            return self
        if not self.path:
            return Problem(prefix, self.message)
        separator = "" if self.path.startswith("[") else "."
        return Problem(f"{prefix}{separator}{self.path}", self.message)


def _problem(item: object) -> Problem:
    """A problem given to `InvalidDataError`, a plain message made one."""
    if isinstance(item, Problem):
        return item
    if isinstance(item, str):
        return Problem("", item or "is invalid")
    raise _not_problems(item)


def _not_problems(value: object) -> TypeError:
    return TypeError(
        "an InvalidDataError's problems must be Problem objects or strings "
        f"(got {value!r})"
    )


class InvalidDataError(SelfAssessError, ValueError):
    """Data that breaks a rule of the model: every problem found, each with its path.

    It is a `ValueError` too, so code that already catches `ValueError` keeps working.
    Code of your own can raise it with `Problem` objects, or with plain messages, as
    it would a `ValueError`: a message is a problem with the object as a whole.

        >>> error = InvalidDataError("the rubric has no criteria")
        >>> error.problems
        (Problem(path='', message='the rubric has no criteria'),)
        >>> print(error.under("rubrics[2]"))
        rubrics[2]: the rubric has no criteria

    Args:
        problems: The problems: `Problem` objects or messages, or one message. An
            empty message reads "is invalid", as does an error with no problems.

    Attributes:
        problems: Every problem found, in the order they were found; never empty.

    Raises:
        TypeError: If *problems* is neither a message nor a list of them, or a
            problem is neither a `Problem` nor a string (a mistake in the code that
            raises the error, not in its data).
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem | str] | str) -> None:
        if isinstance(problems, str):
            problems = (problems,)
        elif isinstance(problems, (bytes, bytearray, Mapping)) or not isinstance(
            problems, Iterable
        ):
            raise _not_problems(problems)
        found = tuple(map(_problem, problems))
        if not found:
            found = (Problem("", "is invalid"),)
        self.problems = found
        if len(found) == 1:
            message = str(found[0])
        else:
            lines = "\n".join(f"  {problem}" for problem in found)
            message = f"{len(found)} problems:\n{lines}"
        super().__init__(message)

    def __reduce__(
        self,
    ) -> tuple[type[InvalidDataError], tuple[object], dict[str, object]]:
        # Rebuilt from its problems: by default an exception is rebuilt from its
        # message, which would be read here as problems, one a character. Pickling
        # matters because an error raised in a worker process (multiprocessing,
        # joblib) reaches its parent that way; copying goes the same way.
        return (type(self), (self.problems,), self.__dict__)

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
        """
        return InvalidDataError(problem.under(prefix) for problem in self.problems)
