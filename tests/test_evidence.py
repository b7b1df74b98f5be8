"""Evidence rows and artifacts: validated values that mastery and portfolios read."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from selfassess import Artifact, Evidence, EvidenceKind
from selfassess.errors import InvalidDataError
from selfassess.mastery import MasteryMethod, MasteryPolicy


def test_defaults() -> None:
    """A first attempt at formative work, not excused, unless said otherwise."""
    item = Evidence(
        student="ana", standard="nf1", score=2.5, assessed_on=date(2026, 9, 30)
    )
    assert item.kind is EvidenceKind.FORMATIVE
    assert item.attempt == 1
    assert not item.excused
    assert item.due_on is None
    assert item.submitted_on is None
    assert item.source is None


class NumpyLikeFloat(float):
    """A float of another type that prints as NumPy 2's ``np.float64`` does."""

    def __repr__(self) -> str:
        return f"np.float64({float.__repr__(self)})"


@pytest.mark.parametrize(
    ("score", "rounded"), [(3, 3.0), (NumpyLikeFloat(2.675), 2.68), (2.675, 2.68)]
)
def test_a_score_is_kept_as_a_plain_float(score: float, rounded: float) -> None:
    """Ints and floats of other types (such as NumPy's) become plain floats.

    So equal scores print, serialize and round alike: 2.675 rounds half up to 2.68,
    which needs the decimal digits of the float's own repr.
    """
    item = Evidence(
        student="ana", standard="nf1", score=score, assessed_on=date(2026, 9, 30)
    )
    assert type(item.score) is float
    assert repr(item.score) == repr(float(score))
    latest = MasteryPolicy(method=MasteryMethod.LATEST)
    assert latest.estimate([item]).value == rounded


def test_numpy_scalars_are_plain_numbers() -> None:
    """NumPy's integers and floats of any width are read as the numbers they hold.

    A row read from a dataframe brings NumPy scalars: ``int64`` scores and
    attempts, ``float32`` scores. A NumPy ``bool_`` is a mistake (a column of
    flags read as scores) and is refused, as a bool is.
    """
    np = pytest.importorskip("numpy")
    day = date(2026, 9, 30)
    for score in (np.int64(3), np.int8(3), np.uint16(3), np.float32(3.0)):
        item = Evidence(
            student="ana",
            standard="nf1",
            score=score,
            assessed_on=day,
            attempt=np.int64(2),
            sequence=np.uint32(7),
        )
        assert (type(item.score), item.score) == (float, 3.0)
        assert (type(item.attempt), item.attempt) == (int, 2)
        assert (type(item.sequence), item.sequence) == (int, 7)
    assert Evidence(
        student="ana", standard="nf1", score=np.float32(0.1), assessed_on=day
    ).score == float(np.float32(0.1))
    with pytest.raises(InvalidDataError) as caught:
        Evidence(
            student="ana",
            standard="nf1",
            score=np.bool_(True),
            assessed_on=day,
            attempt=np.float64(2.0),
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "score: must be a number (got np.True_)",
        "attempt: must be a whole number (got 2.0)",
    ]


def test_only_excused_evidence_may_have_no_score() -> None:
    """Excused work has no score to invent; any other evidence must have one."""
    day = date(2026, 9, 30)
    excused = Evidence(
        student="ana", standard="nf1", score=None, assessed_on=day, excused=True
    )
    assert excused.score is None
    policy = MasteryPolicy()
    assert not policy.counts(excused)
    estimate = policy.estimate([excused])
    assert (estimate.value, estimate.count) == (None, 0)
    with pytest.raises(InvalidDataError) as caught:
        Evidence(student="ana", standard="nf1", score=None, assessed_on=day)
    assert [str(problem) for problem in caught.value.problems] == [
        "score: must be a number; only excused evidence may have none (got None)"
    ]


def test_every_problem_is_listed() -> None:
    """Each broken field is reported under its own name."""
    with pytest.raises(InvalidDataError) as caught:
        Evidence(
            student="",
            standard="nf1",
            score=math.inf,
            assessed_on=datetime(2026, 9, 30, 10, 0),  # a datetime is not a day
            kind="formative",  # type: ignore[arg-type]
            attempt=0,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "student: must not be empty (got '')",
        "score: must be finite (got inf)",
        "attempt: must be at least 1 (got 0)",
        "assessed_on: must be a date (got datetime.datetime(2026, 9, 30, 10, 0))",
        "kind: must be an EvidenceKind ('pre_assessment', 'formative', 'summative', "
        "'quick_check', 'observation', 'self', 'peer', 'teacher') (got 'formative')",
    ]


def test_artifact_serves_several_standards_and_goals() -> None:
    """One artifact can stand for several standards and goals, each named once."""
    poster = Artifact(
        id="poster",
        student="ana",
        title="Fraction strips poster",
        created_on=date(2026, 10, 14),
        reference="canvas:submission/8812",
        standards=["nf1", "nf2"],
        goals=["g-fractions"],
    )
    assert poster.standards == ("nf1", "nf2")
    with pytest.raises(
        InvalidDataError,
        match=r"^standards\[1\]: id 'nf1' is already used at standards\[0\]$",
    ):
        Artifact(
            id="p",
            student="ana",
            title="P",
            created_on=date(2026, 1, 1),
            standards=["nf1", "nf1"],
        )
