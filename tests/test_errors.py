"""The exception root, InvalidDataError's problems, and their messages."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from selfassess.errors import InvalidDataError, Problem, SelfAssessError


def test_hierarchy() -> None:
    """InvalidDataError is a SelfAssessError and a ValueError."""
    assert issubclass(InvalidDataError, SelfAssessError)
    assert issubclass(InvalidDataError, ValueError)


def test_message_lists_every_problem() -> None:
    """One problem reads as itself; several are counted and listed."""
    one = InvalidDataError([Problem("points", "must be finite (got nan)")])
    assert str(one) == "points: must be finite (got nan)"
    two = InvalidDataError(
        [Problem("a", "must be x (got 1)"), Problem("", "must be a mapping (got 1)")]
    )
    assert (
        str(two) == "2 problems:\n  a: must be x (got 1)\n  must be a mapping (got 1)"
    )


def test_paths_nest() -> None:
    """Problems seen from a container gain its path, with dots or brackets."""
    error = InvalidDataError(
        [Problem("points", "bad"), Problem("[2]", "bad"), Problem("", "bad")]
    )
    assert [p.path for p in error.under("levels[0]").problems] == [
        "levels[0].points",
        "levels[0][2]",
        "levels[0]",
    ]
    assert error.under("").problems == error.problems


def test_no_problems_still_says_something() -> None:
    """An error built without problems still carries one."""
    with pytest.raises(InvalidDataError, match=r"^is invalid$"):
        raise InvalidDataError([])


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_survives_pickling_and_copying(protocol: int) -> None:
    """An error from a worker process reaches its parent whole, notes included.

    Rebuilt from its message, as exceptions are by default, its message would list
    each character as a problem ("35 problems: e v i d ...").
    """
    error = InvalidDataError([Problem("score", "must be finite"), Problem("", "bad")])
    # What add_note (Python 3.11 and later) does.
    error.__notes__ = ["while reading row 3"]
    for again in [
        pickle.loads(pickle.dumps(error, protocol)),
        copy.copy(error),
        copy.deepcopy(error),
    ]:
        assert type(again) is InvalidDataError
        assert again.problems == error.problems
        assert str(again) == str(error) == "2 problems:\n  score: must be finite\n  bad"
        assert again.args == error.args
        assert again.__notes__ == ["while reading row 3"]


def test_plain_messages_are_problems_of_the_whole() -> None:
    """Raised as a ValueError would be, with a message, it keeps the message whole.

    Before, a message was read as problems, one a character ("26 problems: t h e
    ..."), and `under` then failed on them.
    """
    error = InvalidDataError("the rubric has no criteria")
    assert error.problems == (Problem("", "the rubric has no criteria"),)
    assert str(error) == "the rubric has no criteria"
    assert str(error.under("rubrics[2]")) == "rubrics[2]: the rubric has no criteria"
    mixed = InvalidDataError([Problem("points", "must be finite"), "is too long"])
    assert mixed.problems == (
        Problem("points", "must be finite"),
        Problem("", "is too long"),
    )
    assert str(InvalidDataError("")) == "is invalid"


@pytest.mark.parametrize("item", [3, None, b"bytes", ("points", "bad")])
def test_other_problems_are_refused(item: object) -> None:
    """Anything else given as a problem is a mistake in the raising code: TypeError."""
    with pytest.raises(TypeError, match=r"must be Problem objects or strings \(got "):
        InvalidDataError([Problem("a", "bad"), item])  # type: ignore[list-item]


@pytest.mark.parametrize("problems", [b"bad", {"points": "bad"}, 3, None])
def test_other_arguments_are_refused_whole(problems: object) -> None:
    """Bytes, a mapping or a non-iterable is refused as it was given, not by parts."""
    with pytest.raises(TypeError, match=rf"\(got {re.escape(repr(problems))}\)$"):
        InvalidDataError(problems)  # type: ignore[arg-type]
