"""Goals: validation, the SMART check's hints, and suggestions from mastery bands."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Band, Domain, Framework, Role, Standard
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import (
    FractionBar,
    Goal,
    GoalArea,
    GoalStatus,
    GoalSuggestion,
    SmartPart,
    smart_check,
    suggest_goals,
)

from strategies import STRATEGIES

MATH4 = Framework(
    id="math-4",
    title="Grade 4 math",
    domains=[
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[
                Standard(id="nf1", code="4.NF.1", statement="Explain equivalence."),
                Standard(id="nf2", code="4.NF.2", statement="Compare.", power=True),
                Standard(id="nf3", code="4.NF.3", statement="Add and subtract."),
            ],
        ),
        Domain(
            id="oa",
            code="4.OA",
            title="Operations",
            standards=[
                Standard(id="oa1", code="4.OA.1", statement="Multiply.", power=True),
                Standard(id="oa2", code="4.OA.2", statement="Word problems."),
            ],
        ),
    ],
)

SMART = Goal(
    id="g1",
    student="ana",
    statement="Read 70 words correctly in one minute",
    measure="words read correctly in one minute",
    baseline=52,
    target=70,
    standards=["rf4"],
    starts_on=date(2026, 9, 14),
    due_on=date(2027, 1, 29),
)


def test_defaults() -> None:
    """A goal is the student's own, academic, active and not an IEP goal by default."""
    goal = Goal(id="g", student="ana", statement="Read more")
    assert goal.owner is Role.STUDENT
    assert goal.area is GoalArea.ACADEMIC
    assert goal.status is GoalStatus.ACTIVE
    assert not goal.iep
    assert goal.rising is None


def test_bad_goal_lists_every_problem() -> None:
    """A due date before the start, a peer owner and repeats are reported together."""
    with pytest.raises(InvalidDataError) as caught:
        Goal(
            id=" g",
            student="ana",
            statement="",
            owner=Role.PEER,
            standards=["nf1", "nf1"],
            baseline=float("inf"),
            starts_on=date(2026, 9, 14),
            due_on=date(2026, 9, 1),
        )
    assert [str(p) for p in caught.value.problems] == [
        "id: must not start or end with spaces (got ' g')",
        "statement: must not be empty (got '')",
        "owner: must be one of 'student', 'family', 'teacher', 'specialist' "
        "(got 'peer')",
        "standards[1]: id 'nf1' is already used at standards[0]",
        "baseline: must be finite (got inf)",
        "due_on: must not be before starts_on (2026-09-14) (got 2026-09-01)",
    ]


def test_progress_bar_from_the_goal() -> None:
    """The goal's data bar runs from its baseline to its target; both are needed."""
    assert SMART.progress_bar(64, parts=3) == FractionBar(3, 2)
    assert SMART.rising is True
    with pytest.raises(InvalidDataError, match=r"^baseline: must be set"):
        attrs.evolve(SMART, baseline=None).progress_bar(60)


def test_smart_goal_has_no_hints() -> None:
    """A goal with every part of SMART gets no hints."""
    check = smart_check(SMART, as_of=date(2026, 10, 1))
    assert check.complete
    assert check.hints == ()
    assert check.goal == "g1"


def test_vague_goal_gets_a_hint_for_each_missing_part() -> None:
    """Each missing part gets a hint a student can act on, in SMART's order."""
    check = smart_check(Goal(id="g", student="ana", statement="Be better"))
    assert check.messages == (
        "say exactly what you will do",
        "say how you will measure it",
        "say where you are starting from",
        "say what number you are aiming for",
        "link it to a standard or an I-can statement you are working on",
        "add a date",
    )
    assert check.missing == (
        SmartPart.SPECIFIC,
        SmartPart.MEASURABLE,
        SmartPart.RELEVANT,
        SmartPart.TIME_BOUND,
    )
    assert not check.complete


def test_smart_check_notices_a_target_that_is_the_baseline() -> None:
    """A target equal to the baseline asks for a step on."""
    check = smart_check(attrs.evolve(SMART, target=52))
    assert check.missing == (SmartPart.ACHIEVABLE,)


def test_smart_check_notices_a_past_date() -> None:
    """An active goal whose date has passed asks for a new date; a met one does not."""
    late = date(2027, 2, 1)
    assert smart_check(SMART, as_of=late).messages == (
        "choose a new date: this one has passed",
    )
    met = attrs.evolve(SMART, status=GoalStatus.MET)
    assert smart_check(met, as_of=late).complete


def test_work_habit_goals_need_no_standard() -> None:
    """Only academic goals are asked to link a standard."""
    habit = attrs.evolve(SMART, standards=(), area=GoalArea.WORK_HABITS)
    assert smart_check(habit).complete


@given(goal=STRATEGIES[Goal])
def test_smart_check_hints_match_what_is_missing(goal: Goal) -> None:
    """A measurable hint appears exactly when a measure, baseline or target is missing."""
    check = smart_check(goal)
    lacks = goal.measure is None or goal.baseline is None or goal.target is None
    assert (SmartPart.MEASURABLE in check.missing) == lacks
    assert (SmartPart.TIME_BOUND in check.missing) == (goal.due_on is None)


def test_smart_check_refuses_what_is_not_a_goal() -> None:
    """Passing something else than a goal, or a day, is the caller's mistake."""
    with pytest.raises(ArgumentTypeError, match=r"^goal: must be a Goal"):
        smart_check("read more")  # type: ignore[arg-type]
    goal = Goal(id="g1", student="ana", statement="Read more")
    with pytest.raises(ArgumentTypeError, match=r"^as_of: must be a date"):
        smart_check(goal, as_of="2026-10-01")  # type: ignore[arg-type]


def test_progress_bar_checks_its_arguments_first() -> None:
    """A current value or parts of the wrong kind name the argument."""
    goal = Goal(id="g1", student="ana", statement="Read", baseline=52, target=70)
    with pytest.raises(ArgumentTypeError) as caught:
        goal.progress_bar("64", parts=None)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [
        "current: must be a number (got '64')",
        "parts: must be a whole number (got None)",
    ]
    with pytest.raises(InvalidDataError, match=r"^current: must be finite"):
        goal.progress_bar(float("nan"))
    with pytest.raises(InvalidDataError, match=r"^parts: must be at most 1,000"):
        goal.progress_bar(64, parts=10**7)
    unmeasured = Goal(id="g2", student="ana", statement="Read")
    with pytest.raises(
        InvalidDataError, match=r"^2 problems:\n  baseline: must be set"
    ):
        unmeasured.progress_bar(64)


def test_to_goal_checks_its_arguments() -> None:
    """Arguments of the wrong kind name themselves; rules of the goal still apply."""
    suggestion = GoalSuggestion(
        standard="nf1", code="4.NF.1", statement="Reach mastery", band=Band.NEAR
    )
    with pytest.raises(ArgumentTypeError) as caught:
        suggestion.to_goal(id=1, student=None, owner="student")  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [
        "id: must be a string (got 1)",
        "student: must be a string (got None)",
        "owner: must be a Role ('student', 'teacher', 'family', 'peer', "
        "'specialist') (got 'student')",
    ]
    with pytest.raises(ArgumentTypeError, match=r"^due_on: must be a date"):
        suggestion.to_goal(id="g", student="ana", due_on="2027-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r"^owner: must be one of"):
        suggestion.to_goal(id="g", student="ana", owner=Role.PEER)


def test_suggestions_put_power_standards_first() -> None:
    """Power standards first, red before yellow, then the framework's order."""
    bands = {
        "nf1": Band.NOT_YET,
        "nf2": Band.NEAR,
        "nf3": Band.MASTERED,
        "oa1": Band.NOT_YET,
        "oa2": Band.INSUFFICIENT_EVIDENCE,
    }
    suggestions = suggest_goals(bands, MATH4)
    assert [s.code for s in suggestions] == ["4.OA.1", "4.NF.2", "4.NF.1"]
    assert [s.power for s in suggestions] == [True, True, False]
    assert suggestions[0].statement == "Reach mastery of 4.OA.1: Multiply."
    only_red = suggest_goals(bands, MATH4, include_near=False)
    assert [s.code for s in only_red] == ["4.OA.1", "4.NF.1"]
    assert [s.code for s in suggest_goals(bands, MATH4, limit=1)] == ["4.OA.1"]


def test_suggestion_becomes_a_goal() -> None:
    """A suggestion turns into an academic goal linked to its standard."""
    suggestion = suggest_goals({"nf1": Band.NOT_YET}, MATH4)[0]
    goal = suggestion.to_goal(id="ana-nf1", student="ana", due_on=date(2026, 12, 18))
    assert goal.standards == ("nf1",)
    assert goal.area is GoalArea.ACADEMIC
    assert goal.statement == suggestion.statement


def test_suggestions_refuse_unknown_standards_and_bad_bands() -> None:
    """Unknown standards and values that are not bands are reported with their keys."""
    with pytest.raises(InvalidDataError) as caught:
        suggest_goals({"xx": Band.NOT_YET, "nf1": "red"}, MATH4, limit=-1)  # type: ignore[dict-item]
    assert [str(p) for p in caught.value.problems] == [
        "limit: must be at least 0 (got -1)",
    ]
    with pytest.raises(InvalidDataError) as caught:
        suggest_goals({"xx": Band.NOT_YET, "nf1": "red"}, MATH4)  # type: ignore[dict-item]
    assert [str(p) for p in caught.value.problems] == [
        "bands['xx']: must be a standard of 'math-4'",
        "bands['nf1']: must be a Band ('mastered', 'near', 'not_yet', "
        "'insufficient_evidence') (got 'red')",
    ]


@given(
    bands=st.dictionaries(
        st.sampled_from([s.id for s in MATH4.standards]), st.sampled_from(Band)
    )
)
def test_suggestions_are_exactly_the_standards_not_yet_mastered(
    bands: dict[str, Band],
) -> None:
    """Every not-yet or near standard is suggested once, power standards first."""
    suggestions = suggest_goals(bands, MATH4)
    expected = {sid for sid, band in bands.items() if band in (Band.NOT_YET, Band.NEAR)}
    assert [s.standard for s in suggestions if s.standard in expected] == [
        s.standard for s in suggestions
    ]
    assert {s.standard for s in suggestions} == expected
    powers = [s.power for s in suggestions]
    assert powers == sorted(powers, reverse=True)


def test_suggestion_band_must_be_red_or_yellow() -> None:
    """A mastered standard is no suggestion."""
    with pytest.raises(InvalidDataError, match=r"^band: must be 'not_yet' or 'near'"):
        GoalSuggestion(
            standard="nf1", code="4.NF.1", statement="Go", band=Band.MASTERED
        )


def test_suggest_goals_checks_its_arguments() -> None:
    """Arguments of the wrong kind are named; a key that is no standard is bad data."""
    with pytest.raises(ArgumentTypeError) as caught:
        suggest_goals(None, "math-4", include_near=1, limit="2")  # type: ignore[arg-type]
    assert [problem.path for problem in caught.value.problems] == [
        "bands",
        "framework",
        "include_near",
        "limit",
    ]
    with pytest.raises(InvalidDataError) as caught:
        suggest_goals({1: Band.NEAR, "nf1": "red"}, MATH4)  # type: ignore[dict-item]
    assert [str(problem) for problem in caught.value.problems] == [
        "bands[1]: must be a standard of 'math-4'",
        "bands['nf1']: must be a Band ('mastered', 'near', 'not_yet', "
        "'insufficient_evidence') (got 'red')",
    ]
