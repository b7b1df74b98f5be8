"""The planner: one student's data in, an agenda ranked by leverage that fits its slot."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Band, Domain, Evidence, Framework, Person, Role, Standard
from selfassess.conference import (
    DATA_REVIEW_CONFERENCE,
    Agenda,
    ConferenceKind,
    LinkKind,
    Template,
    plan_conference,
    template_for,
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
    """Gaps largest first, then the quick check, then help, each in its place.

    The practice's one-on-one agenda: review goals against the teacher's analysis,
    the work plan, data and celebration, a quick check near mastery, what still
    feels hard with a group or a peer tutor, the next check-in.
    """
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        slot_minutes=14,
        comparison=_comparison([2, 4, 3, 3], [3, 2, 3, 3]),
        estimates=ESTIMATES,
        tutors=peer_tutors(ESTIMATES),
        accommodations=["extra time"],
        framework=FRAMEWORK,
    )
    assert [(item.title, item.minutes) for item in agenda.items] == [
        ("Review goals against the teacher's analysis", 2),
        ("Your rating and mine: Collaboration", 2),
        ("Your rating and mine: Participation", 2),
        ("Review the work plan", 1),
        ("Review data and celebrate progress", 2),
        ("Quick check where a standard is near mastery", 2),
        ("What still feels hard, and who can help", 2),
        ("Schedule the next check-in", 1),
    ]
    assert agenda.total_minutes == agenda.slot_minutes == 14
    planned = [index for index, item in enumerate(agenda.items) if item.reason]
    assert planned == [1, 2, 5, 6]
    # A power standard comes first among those near mastery (4.NF.2 before 4.NF.1).
    quick = agenda.items[5]
    assert [link.ref for link in quick.links] == ["nf2", "nf1"]
    assert quick.links[0].label == "4.NF.2 (near mastery, 2.51)"
    helpers = {link.kind: link.label for link in agenda.items[6].links}
    assert helpers == {
        LinkKind.GROUP: "peer tutor ben on 4.OA.1",
        LinkKind.ACCOMMODATION: "extra time",
    }
    assert "harder on yourself" in agenda.items[2].reason


def test_planned_items_take_their_title_and_prompts_from_the_template() -> None:
    """The quick check and the help are the data review template's own items."""
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        estimates=ESTIMATES,
        accommodations=["extra time"],
        focus=True,
    )
    planned = [item for item in agenda.items if item.reason]
    for item, key in zip(planned, ["quick-check", "still-hard"], strict=True):
        source = DATA_REVIEW_CONFERENCE.item(key)
        assert (item.title, item.speaker, item.prompts) == (
            source.title,
            source.speaker,
            source.prompts,
        )


def test_celebrates_standards_mastered_since_the_last_conference() -> None:
    """A standard mastered since the last conference is celebrated in the data review.

    The practice: review data and celebrate progress; the celebration is that
    item's, so it costs no extra minutes.
    """
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
    review = agenda.items[2]
    assert review.title == "Review data and celebrate progress"
    assert review.links[0].label == "4.NF.1 (mastered)"
    # The family and the child read the standard's statement; the link keeps the code.
    assert review.reason == "Mastered since the last conference: “Equivalent fractions”"
    already = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        estimates=now,
        earlier=now,
    )
    assert not any(item.reason for item in already.items)  # nothing new to say
    assert [item.title for item in already.items] == [
        item.title for item in DATA_REVIEW_CONFERENCE.items
    ]


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
        slot_minutes=12,  # two minutes more than the practice's items need
        goals=goals,
        progress=reports,
    )
    planned = [item for item in agenda.items if item.reason]
    assert [item.links[0].ref for item in planned] == ["g-iep", "g-read"]
    # Beside the review of goals, which opens the conference.
    assert agenda.items[0].title == "Review goals against the teacher's analysis"
    assert agenda.items[1:3] == tuple(planned)
    assert agenda.items[1].links[0].kind is LinkKind.IEP_GOAL
    assert (
        agenda.items[1].reason
        == "The goal's data has stalled: the trend rule says change instruction"
    )


def test_focus_keeps_two_items_with_more_time_each() -> None:
    """Quality over quantity: at most two data items, the required items stay."""
    data = {
        "comparison": _comparison([1, 4, 1, 4], [3, 2, 3, 2]),
        "estimates": ESTIMATES,
        "tutors": peer_tutors(ESTIMATES),
        "slot_minutes": 20,
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
    assert len(full.items) == 10
    # The practice's items stay; of the data, only the quick check (the
    # practice's own item) and the largest gap keep items of their own.
    assert [(item.title, item.minutes) for item in focused.items] == [
        ("Review goals against the teacher's analysis", 4),
        ("Your rating and mine: Participation", 3),
        ("Review the work plan", 2),
        ("Review data and celebrate progress", 3),
        ("Quick check where a standard is near mastery", 3),
        ("What still feels hard, and who can help", 3),
        ("Schedule the next check-in", 2),
    ]
    assert focused.items[0].minutes > full.items[0].minutes


def test_short_slots_keep_every_required_item() -> None:
    """A three-minute self-assessment keeps its three parts; the gap joins the form.

    The practice: the form, successes and struggles, praise and steps to fix
    errors. A gap with no minutes of its own is discussed on the form.
    """
    agenda = plan_conference(
        ConferenceKind.SELF_ASSESSMENT,
        student="ana",
        participants=PEOPLE,
        slot_minutes=3,
        comparison=_comparison([1, 3, 3, 3], [3, 3, 3, 3]),
        estimates=ESTIMATES,
    )
    assert [(item.title, item.minutes) for item in agenda.items] == [
        ("The self-assessment form", 1),
        ("Successes, struggles and participation", 1),
        ("Praise and steps to fix errors", 1),
    ]
    assert [link.label for link in agenda.items[0].links] == [
        "Participation: Not proficient / Proficient"
    ]
    assert "harder on yourself" in agenda.items[0].reason


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
        InvalidDataError,
        match=r"^slot_minutes: must be at least 5, one minute for each item the "
        r"practice requires \(got 2\)$",
    ):
        plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=PEOPLE,
            slot_minutes=2,
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
            private_time=1,  # type: ignore[arg-type]
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
        "private_time",
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


def test_an_estimate_near_mastery_without_a_value_is_not_offered_a_check() -> None:
    """An estimate in the near band without a value is not near any cut: no check.

    Which standards are near mastery is `quick_checks`'s to say, as the teacher's
    policy sets it; an estimate without a value cannot be within a cut.
    """
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
    assert agenda.links == ()


def test_a_full_level_below_mastery_is_not_offered_a_quick_check() -> None:
    """A score of exactly 2 is a level below mastery; 2.5 is near and is offered one.

    The practice offers a quick assessment where a standard is near mastery; the
    teacher's policy sets how near (by default within half a level).
    """
    estimates = rollup(
        _evidence([("ana", "nf1", [2]), ("ana", "nf2", [2.5])]), MasteryPolicy()
    )
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        estimates=estimates,
        framework=FRAMEWORK,
    )
    assert [link.ref for link in agenda.links] == ["nf2"]


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


MOM = Person(id="ana-mom", name="Ana's mother", role=Role.FAMILY)
FAMILY = [*PEOPLE, MOM]


def _titles(agenda: Agenda) -> list[tuple[str, int]]:
    return [(item.title, item.minutes) for item in agenda.items]


@pytest.mark.parametrize(
    ("self_levels", "teacher_levels"),
    [([2, 4, 3, 3], [3, 2, 3, 3]), ([1, 4, 1, 4], [3, 2, 3, 2])],
)
def test_a_student_led_conference_keeps_every_part(
    self_levels: list[int], teacher_levels: list[int]
) -> None:
    """With the family and two or four gaps, no one's part is dropped.

    The practice: the student leads, then the family and then the teacher each
    give strengths and ONE goal; the conference ends with the student's questions.
    The gaps are discussed beside the report cards, in plain third person.
    """
    agenda = plan_conference(
        ConferenceKind.STUDENT_LED_FIRST,
        student="ana",
        participants=FAMILY,
        comparison=_comparison(self_levels, teacher_levels),
    )
    assert _titles(agenda) == [
        ("My self-report card", 6),
        ("The teacher's report card beside it", 5),
        ("Three Pluses and a Goal", 5),
        ("Family's strengths and one goal", 4),
        ("Teacher's strengths and one goal", 4),
        ("Questions", 1),
    ]
    cards = agenda.items[1]
    assert {link.kind for link in cards.links} == {LinkKind.COMPARISON}
    assert "the student's rating is" in cards.reason
    assert not any("you rated" in item.reason for item in agenda.items)
    assert not any("check-in" in item.title for item in agenda.items)


def test_a_student_voices_their_own_gaps() -> None:
    """Where the student leads, a gap is the student's item, never the teacher's words.

    The practice: in a student-led conference the student leads, the family
    listening; the teacher's talking point is not addressed to the student there.
    """
    agenda = plan_conference(
        ConferenceKind.STUDENT_LED_SECOND,
        student="ana",
        participants=FAMILY,
        slot_minutes=30,
        comparison=_comparison([2, 4, 3, 3], [3, 2, 3, 3]),
    )
    gaps = [item for item in agenda.items if item.reason]
    assert [item.title for item in gaps] == [
        "My rating and my teacher's: Collaboration",
        "My rating and my teacher's: Participation",
    ]
    # The family listens: the ratings are named in the family's plain words.
    assert gaps[0].reason == (
        "Collaboration: the student's rating is going beyond and the teacher's "
        "getting there, 2 levels apart"
    )
    assert all(item.speaker is Role.STUDENT for item in gaps)
    # Beside the self-report card, which sets the teacher's report card beside it.
    titles = [item.title for item in agenda.items]
    assert titles.index(gaps[0].title) == titles.index("My self-report card") + 1
    assert titles[-1] == "Questions"
    teacher_led = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        comparison=_comparison([2, 4, 3, 3], [3, 2, 3, 3]),
    )
    assert teacher_led.items[1].title == "Your rating and mine: Collaboration"
    # The teacher's words, spoken by the teacher who leads.
    assert teacher_led.items[1].speaker is Role.TEACHER


def test_a_self_assessment_conference_praises_and_plans_fixes() -> None:
    """Planned from a comparison, it keeps the successes, the praise and the fixes.

    The practice: the conversation covers successes, struggles and participation,
    praise, and steps to fix errors; the teacher praises the student's efforts and
    the successes the student noted.
    """
    agenda = plan_conference(
        ConferenceKind.SELF_ASSESSMENT,
        student="ana",
        participants=PEOPLE,
        comparison=_comparison([2, 4, 3, 3], [3, 2, 3, 3]),
        estimates=ESTIMATES,
    )
    assert _titles(agenda) == [
        ("The self-assessment form", 1),
        ("Successes, struggles and participation", 2),
        ("Praise and steps to fix errors", 2),
    ]
    form, successes, praise = agenda.items
    assert [link.label for link in form.links] == [
        "Collaboration: Advanced / Partially proficient; "
        "Participation: Partially proficient / Proficient"
    ]
    assert [link.ref for link in successes.links] == ["nf1", "nf2"]
    assert praise.links[0].label == "strengths: Contributions, Communication"
    assert "we agree this is a strength" in praise.reason


def test_a_data_review_in_ten_minutes_follows_the_practice() -> None:
    """With a rubric comparison, the practice's agenda stays whole; the gaps join it.

    The practice's one-on-one agenda: review goals against the teacher's
    analysis, review the work plan, review data and celebrate progress, (a quick
    check where a standard is near mastery), what still feels hard and who can
    help, schedule the next check-in. The gaps are discussed with the goals.
    """
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=PEOPLE,
        slot_minutes=10,
        comparison=_comparison([1, 4, 1, 4], [3, 2, 3, 2]),
    )
    assert _titles(agenda) == [
        ("Review goals against the teacher's analysis", 2),
        ("Your rating and mine: Participation", 2),
        ("Review the work plan", 1),
        ("Review data and celebrate progress", 2),
        ("What still feels hard, and who can help", 2),
        ("Schedule the next check-in", 1),
    ]
    # The three gaps without minutes of their own are reviewed with the goals.
    assert [link.label for link in agenda.items[0].links] == [
        "Collaboration: Advanced / Partially proficient; "
        "Contributions: Not proficient / Proficient; "
        "Communication: Advanced / Partially proficient"
    ]


def test_without_the_family_the_goal_is_set_together() -> None:
    """A conference held without the family keeps the teacher's part, set together.

    The practice: a conference is still held when no parent comes; the student
    and the teacher then set the goal together.
    """
    agenda = plan_conference(
        ConferenceKind.STUDENT_LED_FIRST,
        student="ana",
        participants=PEOPLE,
        comparison=_comparison([2, 4, 3, 3], [3, 2, 3, 3]),
    )
    titles = [item.title for item in agenda.items]
    assert all(item.speaker is not Role.FAMILY for item in agenda.items)
    assert (
        "Teacher's strengths, and one goal the student and teacher set together"
        in titles
    )
    assert agenda.total_minutes == agenda.slot_minutes == 25
    assert titles[-1] == "Questions"


def test_private_time_closes_the_slot() -> None:
    """A family may ask for private time: one private item, at the end, in the slot.

    The practice: parents may ask for private time with the teacher.
    """
    agenda = plan_conference(
        ConferenceKind.STUDENT_LED_FIRST,
        student="ana",
        participants=FAMILY,
        private_time=True,
    )
    assert agenda.total_minutes == agenda.slot_minutes == 25
    last = agenda.items[-1]
    assert (last.title, last.speaker, last.private) == (
        "Private time with the family",
        Role.FAMILY,
        True,
    )
    assert not any(item.private for item in agenda.items[:-1])
    assert agenda.items[-2].title == "Questions"
    with pytest.raises(
        InvalidDataError, match=r"^private_time: needs a participant with the family"
    ):
        plan_conference(
            ConferenceKind.STUDENT_LED_FIRST,
            student="ana",
            participants=PEOPLE,
            private_time=True,
        )


def _closing(template: Template, roles: set[Role]) -> str:
    return [item.title for item in template.items if item.speaker in roles][-1]


@given(
    kind=st.sampled_from(ConferenceKind),
    self_levels=st.lists(st.integers(min_value=1, max_value=4), min_size=4, max_size=4),
    teacher_levels=st.lists(
        st.integers(min_value=1, max_value=4), min_size=4, max_size=4
    ),
    with_comparison=st.booleans(),
    with_family=st.booleans(),
    # Seven minutes at least: the student-led conference's six required items and
    # the family's private time, a minute each (a shorter slot is refused).
    slot=st.none() | st.integers(min_value=7, max_value=60),
    focus=st.booleans(),
    private_time=st.booleans(),
    use_tutors=st.booleans(),
    use_goals=st.booleans(),
)
def test_every_required_item_is_planned_and_the_minutes_add_up(
    *,
    kind: ConferenceKind,
    self_levels: list[int],
    teacher_levels: list[int],
    with_comparison: bool,
    with_family: bool,
    slot: int | None,
    focus: bool,
    private_time: bool,
    use_tutors: bool,
    use_goals: bool,
) -> None:
    """Whatever the kind, people and data: the required items, the slot, the closing.

    Every required item whose speaker is present is on the agenda in the
    template's order, the minutes add up to the slot exactly, the template's own
    item closes it (before any private time), and the plan is deterministic.
    """
    people = FAMILY if with_family else PEOPLE
    goals = [Goal(id="g1", student="ana", statement="Read 90 words a minute")]
    reports = [ProgressReport(goal="g1", points=7, on_track=False)]
    data: dict[str, object] = {
        "comparison": _comparison(self_levels, teacher_levels)
        if with_comparison
        else None,
        "estimates": ESTIMATES,
        "tutors": peer_tutors(ESTIMATES) if use_tutors else (),
        "goals": goals if use_goals else (),
        "progress": reports if use_goals else (),
        "accommodations": ["extra time"],
        "framework": FRAMEWORK,
        "focus": focus,
        "slot_minutes": slot,
        "private_time": private_time and with_family,
    }
    first = plan_conference(kind, student="ana", participants=people, **data)  # type: ignore[arg-type]
    assert first == plan_conference(kind, student="ana", participants=people, **data)  # type: ignore[arg-type]
    template = template_for(kind)
    roles = {person.role for person in people}
    assert first.total_minutes == first.slot_minutes
    required = [
        item.without_family if not with_family and item.without_family else item.title
        for item in template.items
        if item.required and item.speaker in roles
    ]
    titles = [item.title for item in first.items if not item.private]
    assert [title for title in titles if title in required] == required
    last = template.items[
        max(i for i, item in enumerate(template.items) if item.speaker in roles)
    ]
    closing = (
        last.without_family if not with_family and last.without_family else last.title
    )
    assert titles[-1] == closing == _closing_title(template, roles, with_family)
    assert all(link.student == "ana" for link in first.links)
    extra = [item for item in first.items if item.reason and item.title not in required]
    if focus:
        assert len(extra) <= 2
    assert [item.private for item in first.items].count(True) == (
        1 if private_time and with_family else 0
    )


def _closing_title(template: Template, roles: set[Role], family: bool) -> str:
    title = _closing(template, roles)
    item = next(item for item in template.items if item.title == title)
    return item.without_family if not family and item.without_family else title
