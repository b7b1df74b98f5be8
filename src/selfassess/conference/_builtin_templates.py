"""The practice's conferences as built-in templates: items, default minutes, prompts.

One template per `ConferenceKind`, each with the items, time boxes, speakers and
sentence stems of the practice it comes from (its ``source``), gathered in
`TEMPLATES` and looked up with `template_for`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from selfassess._people import Role
from selfassess._proficiency import Proficiency, WidaLevel
from selfassess._validate import Arguments
from selfassess.conference._agenda import ConferenceKind, LinkKind
from selfassess.conference._prompts import PROMPT_BANK
from selfassess.conference._templates import Template, TemplateItem
from selfassess.language import Catalog

__all__ = [
    "COLLABORATION_CONFERENCE",
    "DATA_REVIEW_CONFERENCE",
    "SELF_ASSESSMENT_CONFERENCE",
    "STUDENT_LED_FIRST",
    "STUDENT_LED_SECOND",
    "TEMPLATES",
    "THREE_WAY_CONFERENCE",
    "WORK_HABITS_CONFERENCE",
    "template_for",
]


def _item(  # noqa: PLR0917 (a row of a template reads best positionally)
    key: str,
    title: str,
    minutes: int,
    speaker: Role,
    prompts: Sequence[str] = (),
    wants: Sequence[LinkKind] = (),
    says: str = "",
    *,
    required: bool = False,
    without_family: str = "",
) -> TemplateItem:
    return TemplateItem(
        title=title,
        minutes=minutes,
        speaker=speaker,
        prompts=[PROMPT_BANK.prompt(prompt_id) for prompt_id in prompts],
        wants=wants,
        student_says=says,
        key=key,
        required=required,
        without_family=without_family,
    )


_STUDENT_QUESTIONS = _item(
    "questions",
    "Questions",
    1,
    Role.STUDENT,
    ["questions"],
    (),
    "answer your questions",
    required=True,
)
"""The student's questions, which close both student-led conferences."""

_SET_TOGETHER = "Teacher's strengths, and one goal the student and teacher set together"
"""The teacher's part when no family comes: the conference is still held, and the
student and the teacher set the goal together."""


_S, _T, _F = Role.STUDENT, Role.TEACHER, Role.FAMILY
_L = LinkKind

SELF_ASSESSMENT_CONFERENCE = Template(
    kind=ConferenceKind.SELF_ASSESSMENT,
    name="Self-assessment conference",
    slot_minutes=5,
    leader=_T,
    items=(
        _item(
            "form",
            "The self-assessment form",
            1,
            _S,
            ["self-grade"],
            [_L.SELF_ASSESSMENT, _L.COMPARISON],
            "show you my self-assessment form",
            required=True,
        ),
        _item(
            "successes-struggles",
            "Successes, struggles and participation",
            2,
            _S,
            ["strengths", "struggles", "participation"],
            [_L.STANDARD_MASTERY, _L.ARTIFACT],
            "tell you what went well, what was hard and how I took part",
            required=True,
        ),
        _item(
            "praise-fix-errors",
            "Praise and steps to fix errors",
            2,
            _T,
            ["praise", "fix-errors", "help-more"],
            [_L.EVIDENCE, _L.GROUP],
            "hear what I did well and make a plan to fix my mistakes",
            required=True,
        ),
    ),
    afterwards=("The teacher writes quick notes straight after.",),
    source="Self-assessment conference, 3-5 minutes, while the class works in stations",
)
"""The self-assessment conference: 5 minutes (it runs 3-5), one student."""

STUDENT_LED_FIRST = Template(
    kind=ConferenceKind.STUDENT_LED_FIRST,
    name="Student-led conference (first of the year)",
    slot_minutes=25,
    leader=_S,
    facilitator=_T,
    items=(
        _item(
            "self-report-card",
            "My self-report card",
            6,
            _S,
            ["self-grade", "strengths"],
            [_L.SELF_REPORT_CARD, _L.ARTIFACT],
            "show you my self-report card and the grades I gave myself",
            required=True,
        ),
        _item(
            "teacher-report-card",
            "The teacher's report card beside it",
            5,
            _T,
            ["compare-ratings"],
            [_L.REPORT_CARD, _L.COMPARISON],
            "compare my report card with my teacher's",
            required=True,
        ),
        _item(
            "three-pluses",
            "Three Pluses and a Goal",
            5,
            _S,
            ["three-pluses"],
            [_L.THREE_PLUSES, _L.GOAL],
            "tell you three things I do well and one goal",
            required=True,
        ),
        _item(
            "family-strengths-goal",
            "Family's strengths and one goal",
            4,
            _F,
            ["parent-strengths-goal", "parent-proud"],
            (),
            "listen to the strengths you see in me and one goal you have for me",
            required=True,
        ),
        _item(
            "teacher-strengths-goal",
            "Teacher's strengths and one goal",
            4,
            _T,
            ["teacher-strengths-goal"],
            (),
            "listen to the strengths my teacher sees and one goal for me",
            required=True,
            without_family=_SET_TOGETHER,
        ),
        _STUDENT_QUESTIONS,
    ),
    afterwards=("The student keeps the Three Pluses and a Goal sheets.",),
    source="Student-led conference, first of two a year",
)
"""The first student-led conference: 25 minutes; the student leads, the teacher
facilitates."""

STUDENT_LED_SECOND = Template(
    kind=ConferenceKind.STUDENT_LED_SECOND,
    name="Student-led conference (second of the year)",
    slot_minutes=25,
    leader=_S,
    facilitator=_T,
    items=(
        _item(
            "goal-self-evaluation",
            "Self-evaluation of my goals",
            8,
            _S,
            ["goal-progress", "show-evidence"],
            [_L.GOAL, _L.FRACTION_BAR, _L.ARTIFACT],
            "show you how far I have come on each goal, with my fraction bars and my work",
            required=True,
        ),
        _item(
            "self-report-card",
            "My self-report card",
            5,
            _S,
            ["self-grade", "growth"],
            [_L.SELF_REPORT_CARD, _L.REPORT_CARD, _L.COMPARISON],
            "show you my self-report card and how I grew",
            required=True,
        ),
        _item(
            "next-three-pluses",
            "The next Three Pluses and a Goal",
            4,
            _S,
            ["three-pluses", "next-goal"],
            [_L.THREE_PLUSES],
            "tell you three things I do well and my next goal",
            required=True,
        ),
        _item(
            "family-strengths-goal",
            "Family's strengths and new goal",
            3,
            _F,
            ["parent-strengths-goal", "parent-proud"],
            (),
            "listen to the strengths you see in me now and the new goal you have for me",
            required=True,
        ),
        _item(
            "teacher-strengths-goal",
            "Teacher's strengths and one goal",
            4,
            _T,
            ["teacher-strengths-goal", "goal-progress"],
            (),
            "listen to how my teacher sees my goals, the strengths my teacher sees "
            "and one goal for me",
            required=True,
            without_family=_SET_TOGETHER,
        ),
        _STUDENT_QUESTIONS,
    ),
    afterwards=("The student files the self-evaluation in the portfolio.",),
    source="Student-led conference, second of two a year",
)
"""The second student-led conference: 25 minutes; goals shown with fraction bars."""

DATA_REVIEW_CONFERENCE = Template(
    kind=ConferenceKind.DATA_REVIEW,
    name="Data review and goal-setting conference",
    slot_minutes=10,
    leader=_T,
    items=(
        _item(
            "review-goals",
            "Review goals against the teacher's analysis",
            2,
            _S,
            ["goal-progress", "compare-ratings"],
            [_L.GOAL, _L.IEP_GOAL, _L.FRACTION_BAR, _L.COMPARISON],
            "show you my goals and compare them with your analysis",
            required=True,
        ),
        _item(
            "work-plan",
            "Review the work plan",
            1,
            _S,
            ["work-plan"],
            [_L.WORK_PLAN],
            "tell you how my work plan is going",
            required=True,
        ),
        _item(
            "review-data",
            "Review data and celebrate progress",
            2,
            _T,
            ["growth", "praise"],
            [_L.STANDARD_MASTERY, _L.TRACKER],
            "look at my data and celebrate my progress",
            required=True,
        ),
        _item(
            "quick-check",
            "Quick check where a standard is near mastery",
            2,
            _T,
            ["quick-check"],
            [_L.EVIDENCE],
            "try a quick check on a standard I am close to mastering",
        ),
        _item(
            "still-hard",
            "What still feels hard, and who can help",
            2,
            _S,
            ["still-hard", "help-more"],
            [_L.GROUP, _L.IEP_GOAL, _L.ACCOMMODATION],
            "tell you what still feels hard and choose a group or a peer to help",
            required=True,
        ),
        _item(
            "check-in",
            "Schedule the next check-in",
            1,
            _T,
            (),
            (),
            "choose the day of our next check-in",
            required=True,
        ),
    ),
    source="Data review and goal-setting conference in a mastery-based class",
)
"""The data review and goal-setting conference: 10 minutes, one-on-one."""

THREE_WAY_CONFERENCE = Template(
    kind=ConferenceKind.THREE_WAY,
    name="Three-way conference",
    slot_minutes=20,
    leader=_T,
    items=(
        _item("introduction", "Introduction", 2, _S, (), (), "introduce everyone"),
        _item(
            "work-samples",
            "Work samples",
            6,
            _S,
            ["show-evidence", "parent-show"],
            [_L.ARTIFACT],
            "show you samples of my work",
            required=True,
        ),
        _item(
            "goals",
            "My goals",
            4,
            _S,
            ["goal-progress", "next-goal"],
            [_L.GOAL, _L.FRACTION_BAR],
            "tell you about my goals",
            required=True,
        ),
        _item(
            "strategies-school",
            "Strategies at school",
            3,
            _T,
            ["strategies-school"],
            [_L.ACCOMMODATION],
            "talk about what helps me learn at school",
            required=True,
        ),
        _item(
            "strategies-home",
            "Strategies at home",
            3,
            _F,
            ["parent-help"],
            (),
            "talk about what helps me learn at home",
            required=True,
        ),
        _item(
            "questions",
            "Questions",
            2,
            _F,
            ["questions"],
            (),
            "answer your questions",
            required=True,
        ),
    ),
    source="Three-way conference: student, family and teacher",
)
"""The three-way conference: 20 minutes."""

COLLABORATION_CONFERENCE = Template(
    kind=ConferenceKind.COLLABORATION,
    name="Collaboration conference",
    slot_minutes=5,
    leader=_T,
    items=(
        _item(
            "group-work",
            "How the group worked",
            2,
            _S,
            ["collaboration"],
            (),
            "tell you how my group shared the work",
            required=True,
        ),
        _item(
            "my-part",
            "My part",
            1,
            _S,
            ["participation"],
            (),
            "tell you what my part was",
        ),
        _item(
            "praise",
            "Praise",
            1,
            _T,
            ["praise"],
            (),
            "hear what you noticed I did well",
            required=True,
        ),
        _item(
            "collaboration-goal",
            "A collaboration goal",
            1,
            _S,
            ["next-goal"],
            [_L.GOAL],
            "set a goal for working with my group",
            required=True,
        ),
    ),
    source="Collaboration conference",
)
"""A 5-minute conference on working with a group."""

WORK_HABITS_CONFERENCE = Template(
    kind=ConferenceKind.WORK_HABITS,
    name="Work-habits conference",
    slot_minutes=5,
    leader=_T,
    items=(
        _item(
            "on-task-ratings",
            "My time-on-task ratings",
            2,
            _S,
            ["time-on-task"],
            [_L.ON_TASK, _L.TRACKER],
            "show you how I rated my time on task",
            required=True,
        ),
        _item(
            "helped-hindered",
            "What helped and what got in the way",
            1,
            _S,
            ["struggles"],
            (),
            "tell you what helped me focus and what got in the way",
        ),
        _item(
            "next-interval",
            "The next interval",
            1,
            _T,
            ["help-more"],
            (),
            "agree how long my next work interval will be",
            required=True,
        ),
        _item(
            "work-habit-goal",
            "A work-habit goal",
            1,
            _S,
            ["next-goal"],
            [_L.GOAL],
            "set a work-habit goal",
            required=True,
        ),
    ),
    source="Time on task: intervals of 5-10 minutes growing toward 30-60",
)
"""A 5-minute conference on time on task and work habits."""

TEMPLATES: tuple[Template, ...] = (
    SELF_ASSESSMENT_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    DATA_REVIEW_CONFERENCE,
    THREE_WAY_CONFERENCE,
    COLLABORATION_CONFERENCE,
    WORK_HABITS_CONFERENCE,
)
"""Every built-in template, one per `ConferenceKind`, in that enumeration's order."""


def template_for(kind: ConferenceKind) -> Template:
    """Return the built-in template for a kind of conference.

    Every kind has one, so a `ConferenceKind` always finds its template.

    Raises:
        ArgumentTypeError: If *kind* is not a `ConferenceKind`.
    """
    check = Arguments()
    kind = check.member("kind", kind, ConferenceKind)
    check.done()
    return next(template for template in TEMPLATES if template.kind is kind)


def in_language(
    template: Template,
    catalog: Catalog,
    *,
    level: Proficiency | WidaLevel | None = None,
) -> Template:
    """A template with the words it gives a student or a family in a language.

    A built-in template (equal to the one of its kind in `TEMPLATES`) takes its
    name, what happens afterwards, and each item's title, ``without_family`` title and student's words,
    from the catalog; the student's words at *level*, for an English learner. A
    teacher's own template is the teacher's words, and comes back as written.
    """
    if template_for(template.kind) != template:
        return template
    kind = f"agenda.template.{template.kind.value}"
    items = []
    for item in template.items:
        base = f"{kind}.{item.key}"
        items.append(
            attrs.evolve(
                item,
                title=catalog.text(f"{base}.title"),
                student_says=catalog.text(f"{base}.says", level=level)
                if item.student_says
                else "",
                without_family=catalog.text(f"{base}.without_family")
                if item.without_family
                else "",
            )
        )
    afterwards = [
        catalog.text(f"{kind}.afterwards.{number}")
        for number in range(1, len(template.afterwards) + 1)
    ]
    return attrs.evolve(
        template,
        name=catalog.text(f"{kind}.name"),
        items=items,
        afterwards=afterwards,
    )
