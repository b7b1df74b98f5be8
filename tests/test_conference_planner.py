"""The planner: one student's data in, an agenda ranked by leverage that fits its slot."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Band, Domain, Evidence, Framework, Person, Role, Standard
from selfassess.conference import (
    DATA_REVIEW_CONFERENCE,
    ConferenceKind,
    LinkKind,
    plan_conference,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.goals import Decision, Goal, ProgressReport
from selfassess.mastery import MasteryEstimate, MasteryPolicy, peer_tutors, rollup
from selfassess.rubrics import COLLABORATION, Assessment, Comparison, Rating, compare

PEOPLE = [
    Person(id="ana", name="Ana", role=Role.STUDENT),
    Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER),
]
FRAMEWORK = Framework(
    id="math-4",
    title="Grade 4 math",
    domains=[
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[
                Standard(id="nf1", code="4.NF.1", statement="Equivalent fractions."),
                Standard(
                    id="nf2", code="4.NF.2", statement="Compare fractions.", power=True
                ),
            ],
        ),
        Domain(
            id="oa",
            code="4.OA",
            title="Operations",
            standards=[Standard(id="oa1", code="4.OA.1", statement="Comparisons.")],
        ),
    ],
)


def _assessment(
    id: str, rater: str, role: Role, levels: list[int], student: str = "ana"
) -> Assessment:
    return Assessment(
        id=id,
        rubric=COLLABORATION,
        student=student,
        rater=rater,
        role=role,
        assessed_on=date(2026, 10, 2),
        ratings=[
            Rating(criterion=criterion.id, level=level)
            for criterion, level in zip(COLLABORATION.criteria, levels, strict=True)
        ],
    )


def _comparison(
    self_levels: list[int], teacher_levels: list[int], student: str = "ana"
) -> Comparison:
    return compare(
        _assessment(f"{student}-self", student, Role.STUDENT, self_levels, student),
        _assessment(
            f"{student}-teacher", "okafor", Role.TEACHER, teacher_levels, student
        ),
    )


def _evidence(rows: list[tuple[str, str, list[float]]]) -> list[Evidence]:
    return [
        Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=date(2026, 9, 1 + 7 * i),
        )
        for student, standard, scores in rows
        for i, score in enumerate(scores)
    ]


ROWS = [
    ("ana", "nf1", [2, 3, 3]),
    ("ana", "nf2", [1, 2, 3, 2.5]),
    ("ana", "oa1", [1, 1, 2]),
    ("ben", "oa1", [3, 4, 4]),
]
ESTIMATES = rollup(_evidence(ROWS), MasteryPolicy())


def test_items_are_ranked_by_leverage_and_fill_the_slot() -> None:
    """Gaps largest first, then the quick check, then help; the check-in closes."""
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        comparison=_comparison([2, 4, 3, 3], [3, 2, 3, 3]),
        estimates=ESTIMATES,
        tutors=peer_tutors(ESTIMATES),
        accommodations=["extra time"],
        framework=FRAMEWORK,
    )
    assert [item.title for item in agenda.items] == [
        "Your rating and mine: Collaboration",
        "Your rating and mine: Participation",
        "Quick check where a standard is near mastery",
        "What still feels hard, and who can help",
        "Review the work plan",
        "Schedule the next check-in",
    ]
    assert (
        agenda.total_minutes
        == agenda.slot_minutes
        == DATA_REVIEW_CONFERENCE.slot_minutes
    )
    assert all(item.reason for item in agenda.items[:4])
    assert not agenda.items[4].reason  # from the template, to fill the time
    # A power standard comes first among those near mastery (4.NF.2 before 4.NF.1).
    quick = agenda.items[2]
    assert [link.ref for link in quick.links] == ["nf2", "nf1"]
    assert quick.links[0].label == "4.NF.2 (near mastery, 2.51)"
    helpers = {link.kind: link.label for link in agenda.items[3].links}
    assert helpers == {
        LinkKind.GROUP: "peer tutor ben on 4.OA.1",
        LinkKind.ACCOMMODATION: "extra time",
    }
    assert "harder on yourself" in agenda.items[1].reason


def test_planned_items_take_their_title_and_prompts_from_the_template() -> None:
    """The quick check, the help and the check-in are the data review template's items."""
    agenda = plan_conference(
        ConferenceKind.SELF_ASSESSMENT,
        student="ana",
        participants=PEOPLE,
        estimates=ESTIMATES,
        accommodations=["extra time"],
        focus=True,
    )
    for item, key in zip(
        agenda.items, ["quick-check", "still-hard", "check-in"], strict=True
    ):
        source = DATA_REVIEW_CONFERENCE.item(key)
        assert (item.title, item.speaker, item.prompts) == (
            source.title,
            source.speaker,
            source.prompts,
        )


def test_celebrates_standards_mastered_since_the_last_conference() -> None:
    """A standard mastered now but not at the last conference gets celebrated."""
    earlier = rollup(_evidence([("ana", "nf1", [2])]), MasteryPolicy())
    now = rollup(_evidence([("ana", "nf1", [2, 4, 4])]), MasteryPolicy())
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        estimates=now,
        earlier=earlier,
        framework=FRAMEWORK,
    )
    assert agenda.items[0].title == "Celebrate standards mastered since last time"
    assert agenda.items[0].links[0].label == "4.NF.1 (mastered)"
    already = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        estimates=now,
        earlier=now,
    )
    assert (
        already.items[0].title == DATA_REVIEW_CONFERENCE.items[0].title
    )  # nothing new: the template


def test_stalled_goals_are_revisited_iep_first() -> None:
    """Goals whose rules say change instruction come back, IEP goals before others."""
    goals = [
        Goal(id="g-read", student="ana", statement="Read 90 words a minute"),
        Goal(id="g-iep", student="ana", statement="Write 3 sentences", iep=True),
        Goal(id="g-fine", student="ana", statement="Finish homework"),
    ]
    reports = [
        ProgressReport(
            goal="g-read", points=7, four_point_rule=Decision.CHANGE_INSTRUCTION
        ),
        ProgressReport(goal="g-iep", points=8, trend_rule=Decision.CHANGE_INSTRUCTION),
        ProgressReport(
            goal="g-fine", points=8, four_point_rule=Decision.CONTINUE, on_track=True
        ),
    ]
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        goals=goals,
        progress=reports,
    )
    planned = [item for item in agenda.items if item.reason]
    assert [item.links[0].ref for item in planned] == ["g-iep", "g-read"]
    assert agenda.items[:2] == tuple(planned)
    assert agenda.items[0].links[0].kind is LinkKind.IEP_GOAL
    assert (
        agenda.items[0].reason
        == "The goal's data has stalled: the trend rule says change instruction"
    )


def test_focus_keeps_two_items_with_more_time_each() -> None:
    """Quality over quantity: at most two data items, sharing the whole slot."""
    data = {
        "comparison": _comparison([1, 4, 1, 4], [3, 2, 3, 2]),
        "estimates": ESTIMATES,
        "tutors": peer_tutors(ESTIMATES),
    }
    full = plan_conference(
        ConferenceKind.DATA_REVIEW, student="ana", participants=PEOPLE, **data
    )
    focused = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        focus=True,
        **data,
    )
    assert len(full.items) > 3
    assert len(focused.items) == 3
    assert focused.items[0].minutes > full.items[0].minutes
    assert focused.total_minutes == focused.slot_minutes


def test_short_slots_keep_the_highest_leverage_item() -> None:
    """A two-minute slot holds the top item and the check-in, one minute each."""
    agenda = plan_conference(
        ConferenceKind.SELF_ASSESSMENT,
        student="ana",
        participants=PEOPLE,
        slot_minutes=2,
        comparison=_comparison([1, 3, 3, 3], [3, 3, 3, 3]),
        estimates=ESTIMATES,
    )
    assert [(item.title, item.minutes) for item in agenda.items] == [
        ("Your rating and mine: Participation", 1),
        ("Schedule the next check-in", 1),
    ]


def test_bad_inputs_are_refused_with_paths() -> None:
    """Another student's comparison, a wrong mapping or a one-minute slot is refused."""
    with pytest.raises(
        InvalidDataError,
        match=r"comparison\.student: must be the planned student 'ana' \(got 'ben'\)",
    ):
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE,
            comparison=_comparison([2, 2, 2, 2], [3, 3, 3, 3], student="ben"),
        )
    with pytest.raises(ArgumentTypeError) as caught:
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE,
            estimates=[1, 2],  # type: ignore[arg-type]
            goals=["g1"],  # type: ignore[list-item]
        )
    assert [problem.path for problem in caught.value.problems] == [
        "estimates",
        "goals[0]",
    ]
    with pytest.raises(
        InvalidDataError, match=r"slot_minutes: must be at least 2 \(got 1\)"
    ):
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE,
            slot_minutes=1,
            accommodations=["extra time"],
        )


def test_arguments_of_the_wrong_kind_are_named() -> None:
    """Every argument of the wrong kind is reported at once, each by its name."""
    with pytest.raises(ArgumentTypeError) as caught:
        plan_conference(
            "data_review",  # type: ignore[arg-type]
            student=5,  # type: ignore[arg-type]
            participants=None,  # type: ignore[arg-type]
            slot_minutes="10",  # type: ignore[arg-type]
            comparison="c1",  # type: ignore[arg-type]
            earlier=5,  # type: ignore[arg-type]
            goals=7,  # type: ignore[arg-type]
            progress="report",  # type: ignore[arg-type]
            groups={},  # type: ignore[arg-type]
            tutors=None,  # type: ignore[arg-type]
            accommodations="extra time",
            framework="math-4",  # type: ignore[arg-type]
            focus="yes",  # type: ignore[arg-type]
        )
    assert [problem.path for problem in caught.value.problems] == [
        "kind",
        "student",
        "participants",
        "slot_minutes",
        "comparison",
        "earlier",
        "goals",
        "progress",
        "groups",
        "tutors",
        "accommodations",
        "framework",
        "focus",
    ]


def test_estimates_are_keyed_by_student_and_standard() -> None:
    """A key that is not a (student, standard) pair is bad data, named by its key."""
    estimate = next(iter(ESTIMATES.values()))
    with pytest.raises(InvalidDataError) as caught:
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE,
            estimates={"ana": estimate, ("ana", "nf1"): "mastered"},  # type: ignore[dict-item]
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "estimates['ana']: must be keyed by (student, standard) (got 'ana')",
        "estimates[('ana', 'nf1')]: must be a MasteryEstimate (got 'mastered')",
    ]


def test_lists_may_be_any_iterable() -> None:
    """Generators of participants and accommodations give the same agenda as lists."""
    listed = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        accommodations=["extra time"],
    )
    generated = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=iter(PEOPLE),
        accommodations=(a for a in ["extra time"]),
    )
    assert generated == listed


def test_an_estimate_near_mastery_without_a_value_is_planned() -> None:
    """A near-mastery estimate without a value gets a quick check, labelled without it."""
    estimate = MasteryEstimate(
        student="ana",
        standard="nf1",
        value=None,
        band=Band.NEAR,
        raw=None,
        policy=MasteryPolicy(),
        evidence=(),
    )
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        estimates={("ana", "nf1"): estimate},
    )
    labels = [link.label for link in agenda.links]
    assert "nf1 (near mastery)" in labels


def test_a_slot_longer_than_a_day_is_refused() -> None:
    """A slot of more than a day, even of 401 digits, is bad data, never an overflow."""
    with pytest.raises(InvalidDataError, match=r"^slot_minutes: must be at most 1,440"):
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE,
            slot_minutes=10**400,
        )


def test_no_teacher_means_no_conference() -> None:
    """A data review needs the teacher who leads it."""
    with pytest.raises(
        InvalidDataError, match="must include someone with the teacher role"
    ):
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE[:1],
            accommodations=["extra time"],
        )


levels = st.lists(st.integers(min_value=1, max_value=4), min_size=4, max_size=4)


@given(
    self_levels=levels,
    teacher_levels=levels,
    slot=st.integers(min_value=2, max_value=30),
    focus=st.booleans(),
    kind=st.sampled_from([ConferenceKind.DATA_REVIEW, ConferenceKind.SELF_ASSESSMENT]),
    use_tutors=st.booleans(),
)
def test_the_plan_is_deterministic_and_fits(
    *,
    self_levels: list[int],
    teacher_levels: list[int],
    slot: int,
    focus: bool,
    kind: ConferenceKind,
    use_tutors: bool,
) -> None:
    """The same data always gives the same agenda, within its slot, about this student."""
    data = {
        "comparison": _comparison(self_levels, teacher_levels),
        "estimates": ESTIMATES,
        "tutors": peer_tutors(ESTIMATES) if use_tutors else (),
        "framework": FRAMEWORK,
        "focus": focus,
        "slot_minutes": slot,
    }
    first = plan_conference(kind, student="ana", participants=PEOPLE, **data)
    second = plan_conference(kind, student="ana", participants=PEOPLE, **data)
    assert first == second
    assert first.total_minutes <= slot
    assert all(link.student == "ana" for link in first.links)
    data_items = [item for item in first.items if item.reason]
    if focus:
        assert len(data_items) <= 2
