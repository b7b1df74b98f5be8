"""selfassess.goals.compare_goals: a student's goals beside the teacher's analysis."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Band, BandCuts, Domain, Evidence, Framework, Standard
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import (
    Goal,
    GoalComparison,
    GoalMatch,
    GoalStandardMatch,
    GoalStatus,
    compare_goals,
)
from selfassess.mastery import MasteryPolicy, priorities, rollup

MATH4 = Framework(
    id="m4",
    title="Math 4",
    domains=[
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[
                Standard(id="nf1", code="4.NF.1", statement="Equivalence"),
                Standard(id="nf2", code="4.NF.2", statement="Compare", power=True),
                Standard(id="nf3", code="4.NF.3", statement="Add"),
                Standard(id="nf4", code="4.NF.4", statement="Multiply"),
            ],
        )
    ],
)


def _estimates(scores: dict[tuple[str, str], float]) -> dict:  # type: ignore[type-arg]
    rows = [
        Evidence(student=s, standard=t, score=v, assessed_on=date(2026, 10, 5))
        for (s, t), v in scores.items()
    ]
    return dict(rollup(rows, MasteryPolicy()))


ESTIMATES = _estimates(
    {
        ("ana", "nf1"): 1,
        ("ana", "nf2"): 1,
        ("ana", "nf3"): 4,
        ("ana", "nf4"): 1.5,
        ("ben", "nf3"): 1,
    }
)


def _goal(id: str, *standards: str, student: str = "ana") -> Goal:
    return Goal(id=id, student=student, statement=f"Goal {id}", standards=standards)


def test_goals_are_set_beside_the_analysis_in_plain_words() -> None:
    """What agrees, what only the analysis names, what only the goals name.

    The practice (data-review conference): the one-on-one agenda opens with
    "review goals against your analysis"; the analysis puts power standards
    first, then the most missed, for that student.
    """
    result = compare_goals(
        [_goal("g1", "nf3"), _goal("g2", "nf2", "nf3")],
        ESTIMATES,
        student="ana",
        framework=MATH4,
    )
    assert result.priorities == ("nf2", "nf1", "nf4")
    assert result.agree == ("nf2",)
    assert result.analysis_only == ("nf1", "nf4")
    assert result.goal_only == ("nf3",)
    nf3 = result.matches[-1]
    assert (nf3.goals, nf3.band, nf3.power) == (("g1", "g2"), Band.MASTERED, False)
    assert result.messages[0] == (
        "4.NF.2: your goal works on it, and the analysis puts it first "
        "(a power standard, not yet mastered)."
    )
    assert result.messages[-1] == (
        "4.NF.3: your goal works on it, but the analysis shows it mastered already."
    )


def test_the_analysis_is_the_students_own() -> None:
    """Another student's estimates do not make the student's priorities."""
    result = compare_goals([], ESTIMATES, student="ben")
    assert result.priorities == ("nf3",)
    assert result.analysis_only == ("nf3",)
    assert "no goal works on it yet" in result.messages[0]


def test_the_first_few_and_standards_without_data() -> None:
    """With a limit the rest are not first; a goal on a standard with no data says so."""
    result = compare_goals(
        [_goal("g1", "nf4"), _goal("g2", "x9")],
        ESTIMATES,
        student="ana",
        framework=MATH4,
        limit=2,
    )
    assert result.priorities == ("nf2", "nf1")
    assert result.goal_only == ("nf4", "x9")
    assert "puts other standards first" in result.messages[2]
    assert result.messages[3] == (
        "x9: your goal works on it, but the analysis has no data on it yet."
    )


def test_arguments_are_checked() -> None:
    """Wrong kinds are the caller's; another student's goal and bad rows are data."""
    with pytest.raises(ArgumentTypeError, match="estimates: must be a mapping"):
        compare_goals([], [], student="ana")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="goals: must be a list"):
        compare_goals(None, {}, student="ana")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError) as caught:
        compare_goals(
            [_goal("g1", "nf1", student="ben")],
            {"nf1": 3, ("ana", "nf2"): 3},  # type: ignore[dict-item]
            student="ana",
            limit=-1,
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "limit: must be at least 0 (got -1)",
    ]
    with pytest.raises(InvalidDataError) as caught:
        compare_goals(
            [_goal("g1", "nf1", student="ben")],
            {"nf1": 3, ("ana", "nf2"): 3},  # type: ignore[dict-item]
            student="ana",
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "goals[0].student: must be the student compared ('ana') (got 'ben')",
        "estimates['nf1']: must be keyed by a (student, standard) pair of ids",
        "estimates[('ana', 'nf2')]: must be a MasteryEstimate (got 3)",
    ]


def test_a_match_has_goals_unless_the_analysis_alone_names_it() -> None:
    """An 'analysis_only' match names no goal; the others name at least one."""
    with pytest.raises(InvalidDataError, match="goals: must be empty exactly when"):
        GoalStandardMatch(
            standard="nf1", match=GoalMatch.ANALYSIS_ONLY, goals=["g1"], message="x"
        )
    with pytest.raises(InvalidDataError, match="goals: must be empty exactly when"):
        GoalStandardMatch(standard="nf1", match=GoalMatch.AGREE, message="x")
    with pytest.raises(InvalidDataError, match=r"matches\[1\]: standard 'nf1'"):
        GoalComparison(
            student="ana",
            matches=[
                GoalStandardMatch(
                    standard="nf1", match=GoalMatch.ANALYSIS_ONLY, message="x"
                ),
                GoalStandardMatch(
                    standard="nf1", match=GoalMatch.ANALYSIS_ONLY, message="x"
                ),
            ],
        )


scores = st.sampled_from([1, 1.5, 2, 2.5, 3, 3.5, 4])


@given(
    table=st.dictionaries(st.sampled_from(["nf1", "nf2", "nf3", "nf4"]), scores),
    named=st.lists(
        st.lists(st.sampled_from(["nf1", "nf2", "nf3", "nf4", "x9"]), unique=True),
        max_size=3,
    ),
    limit=st.none() | st.integers(0, 4),
)
def test_every_standard_lands_in_exactly_one_place(
    table: dict[str, float], named: list[list[str]], limit: int | None
) -> None:
    """Agree, analysis-only and goal-only split the standards either side names."""
    estimates = _estimates({("ana", s): v for s, v in table.items()})
    goals = [_goal(f"g{i}", *standards) for i, standards in enumerate(named)]
    result = compare_goals(
        goals, estimates, student="ana", framework=MATH4, limit=limit
    )
    in_goals = {s for standards in named for s in standards}
    first = set(result.priorities)
    assert set(result.agree) == first & in_goals
    assert set(result.analysis_only) == first - in_goals
    assert set(result.goal_only) == in_goals - first
    assert len(result.matches) == len(first | in_goals)
    power = [s for s in result.priorities if s == "nf2"]
    assert result.priorities[: len(power)] == tuple(power)  # power standards first
    for standard in result.priorities:
        assert estimates[("ana", standard)].band in (Band.NOT_YET, Band.NEAR)


def test_goals_no_longer_worked_on_do_not_count() -> None:
    """A goal met, not met or dropped no longer works on its standard."""
    dropped = attrs.evolve(_goal("g1", "nf1"), status=GoalStatus.DROPPED)
    result = compare_goals([dropped], ESTIMATES, student="ana", framework=MATH4)
    assert "nf1" not in result.agree
    assert "nf1" in result.analysis_only
    active = compare_goals([_goal("g1", "nf1")], ESTIMATES, student="ana")
    assert "nf1" in active.agree


def test_the_analysis_orders_by_each_standards_own_cut() -> None:
    """Furthest from mastery is the largest gap to the standard's own mastery cut.

    The same order as `selfassess.mastery.priorities` for one student.
    """
    rows = [
        Evidence(student="ana", standard=s, score=v, assessed_on=date(2026, 10, 5))
        for s, v in [("nf1", 1.9), ("nf3", 1.6)]
    ]
    strict = MasteryPolicy(cuts=BandCuts(near=1.0, mastered=3.5))
    estimates = rollup(rows, MasteryPolicy(), policies={"nf3": strict})
    result = compare_goals([], estimates, student="ana")
    assert result.priorities == ("nf3", "nf1")  # gaps 1.9 and 1.1
    assert [p.standard for p in priorities(estimates, student="ana")] == [
        "nf3",
        "nf1",
    ]
