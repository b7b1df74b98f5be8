"""Gallery cases of the printable forms: each one sheet of Letter and of A4."""

from __future__ import annotations

from datetime import date

import attrs

from selfassess import THREE_FACES, LearningIntention, Role, SuccessCriterion, TermName
from selfassess.cli._sample import sample_class
from selfassess.conference import Proficiency
from selfassess.goals import Goal, PlusesSection, ThreePlusesAndAGoal
from selfassess.render import html
from selfassess.render._forms import (
    on_task_chart,
    self_evaluation_sheet,
)
from selfassess.rubrics import (
    COLLABORATION,
    CardEntry,
    Rubric,
    SelfReportCard,
    learning_target_form,
    self_report_card,
)
from selfassess.tracking import (
    ON_TASK_FOUR,
    Grade,
    GradeColumn,
    GrowthRule,
    Interval,
    IntervalPlan,
    LanguageDomain,
    OnTaskSession,
    Tracker,
    TrackerKind,
    TrackerRow,
    reduce_tracker,
)

from render_support import Case

__all__ = [
    "CASES",
    "collaboration",
    "compare_target",
    "language_tracker",
    "math_tracker",
    "on_task_session",
    "pluses",
    "report_card",
]


def _name(student: str, hostile: str | None) -> str:
    if hostile is not None:
        return hostile
    return next(p.name for p in sample_class().students if p.id == student)


def collaboration(hostile: str | None = None) -> Rubric:
    """The collaboration rubric; every title and description hostile if asked."""
    if hostile is None:
        return COLLABORATION
    return attrs.evolve(
        COLLABORATION,
        title=hostile,
        criteria=[
            attrs.evolve(
                criterion,
                title=hostile,
                description=hostile,
                descriptors=[
                    attrs.evolve(d, title=hostile, description=hostile)
                    for d in criterion.descriptors
                ],
            )
            for criterion in COLLABORATION.criteria
        ],
    )


def compare_target(hostile: str | None = None) -> LearningIntention:
    """The sample class's learning target on comparing fractions (4.NF.2)."""
    said = (
        (
            "We are learning to compare fractions",
            "I can compare a fraction to 1/2",
            "I can find a common denominator",
            "I can explain my answer with a model",
        )
        if hostile is None
        else (hostile,) * 4
    )
    return LearningIntention(
        id="compare",
        statement=said[0],
        standards=["nf2"],
        success_criteria=[
            SuccessCriterion(id="benchmark", statement=said[1]),
            SuccessCriterion(id="common", statement=said[2]),
            SuccessCriterion(id="model", statement=said[3]),
        ],
    )


def report_card(hostile: str | None = None) -> SelfReportCard:
    """Ana's self-report card, with her fall entry in math filled in."""
    card = self_report_card("ana-2026", "ana")
    return card.with_entry(
        CardEntry(
            subject="math",
            standard="math-problem-solving",
            term=TermName.FALL,
            can_do=[
                "I can solve a problem with a model.",
                "I can solve problems and show my steps.",
            ],
            self_grade=3,
            rationale=hostile or "I showed my steps on every problem in the unit test.",
            teacher_grade=3,
        )
    )


def pluses(hostile: str | None = None) -> ThreePlusesAndAGoal:
    """Ana's Three Pluses and a Goal: her part and her mother's; the teacher's to write."""

    def text(said: str) -> str:
        return hostile if hostile is not None else said

    return ThreePlusesAndAGoal(
        student="ana",
        written_on=date(2026, 10, 22),
        from_student=PlusesSection(
            author=Role.STUDENT,
            strengths=[
                text("I explain my thinking with fraction strips."),
                text("I help my group get started."),
                text("I read every night."),
            ],
            goal=Goal(
                id="ana-s",
                student="ana",
                statement=text("Compare fractions with different denominators."),
            ),
        ),
        from_parent=PlusesSection(
            author=Role.FAMILY,
            strengths=[text("She is curious and asks good questions.")],
            goal=Goal(
                id="ana-p",
                student="ana",
                owner=Role.FAMILY,
                statement=text("Finish homework before dinner."),
            ),
        ),
    )


def _goals(hostile: str | None) -> tuple[Goal, ...]:
    goals = sample_class().goals
    if hostile is None:
        return goals
    return tuple(attrs.evolve(g, statement=hostile, measure=hostile) for g in goals)


_DAY = date(2026, 9, 8)


def _grades(*pairs: tuple[GradeColumn, float]) -> list[Grade]:
    return [
        Grade(column=column, score=score, graded_on=_DAY) for column, score in pairs
    ]


def math_tracker(hostile: str | None = None) -> Tracker:
    """Ana's fractions tracker: a practice row, two graded rows, two to come."""

    def text(said: str) -> str:
        return hostile if hostile is not None else said

    c = GradeColumn
    rows = [
        TrackerRow(
            id="practice",
            name=text("Sample: warm-up"),
            standards=["nf1"],
            practice=True,
            grades=_grades((c.CLASSWORK, 3)),
            reflection=text("This is how to fill a row."),
        ),
        TrackerRow(
            id="equivalent",
            name=text("Equivalent fractions"),
            description=text("Fraction strips and a quiz"),
            standards=["nf1"],
            grades=_grades(
                (c.PRE_ASSESSMENT, 1),
                (c.CLASSWORK, 2),
                (c.PARTNER, 3),
                (c.HOMEWORK, 3),
                (c.SUMMATIVE, 3),
            ),
            pre_learning_goal=text("Learn why 1/2 = 2/4."),
            reflection=text("Strips helped me see it."),
            goal=text("Explain it without strips."),
        ),
        TrackerRow(
            id="compare",
            name=text("Comparing fractions"),
            description=text("Benchmarks and common denominators"),
            standards=["nf2"],
            grades=_grades(
                (c.PRE_ASSESSMENT, 1), (c.INDEPENDENT, 2), (c.ONLINE_PRACTICE, 2)
            ),
            pre_learning_goal=text("Use 1/2 as a benchmark."),
        ),
        TrackerRow(id="add", name=text("Adding fractions"), standards=["nf3"]),
        TrackerRow(
            id="subtract", name=text("Subtracting fractions"), standards=["nf3"]
        ),
    ]
    return Tracker(id="ana-math", student="ana", subject=text("math"), rows=rows)


def language_tracker(hostile: str | None = None) -> Tracker:
    """Caro's language-proficiency tracker: a row per language domain."""

    def text(said: str) -> str:
        return hostile if hostile is not None else said

    c = GradeColumn
    return Tracker(
        id="caro-ela",
        student="caro",
        subject=text("English language development"),
        kind=TrackerKind.LANGUAGE,
        rows=[
            TrackerRow(
                id="retell",
                name=text("Retell a story"),
                standards=["el-speak"],
                language_domain=LanguageDomain.SPEAKING,
                grades=_grades((c.PRE_ASSESSMENT, 1), (c.PARTNER, 2)),
                reflection=text("I used first, next, last."),
            ),
            TrackerRow(
                id="read-aloud",
                name=text("Listen to a read-aloud"),
                standards=["el-listen"],
                language_domain=LanguageDomain.LISTENING,
                grades=_grades((c.CLASSWORK, 2)),
            ),
            TrackerRow(
                id="journal",
                name=text("Math journal"),
                standards=["el-write"],
                language_domain=LanguageDomain.WRITING,
            ),
            TrackerRow(
                id="word-problem",
                name=text("Read a word problem"),
                standards=["el-read"],
                language_domain=LanguageDomain.READING,
            ),
        ],
    )


def on_task_session(hostile: str | None = None) -> OnTaskSession:
    """Dev's morning session: four intervals rated, two by the teacher too."""

    def note(said: str) -> str:
        return hostile if hostile is not None else said

    return OnTaskSession(
        id="dev-1006",
        student="dev",
        held_on=date(2026, 10, 6),
        scale=ON_TASK_FOUR,
        intervals=[
            Interval(
                minutes=5, rating=3, teacher_rating=3, note=note("Fraction strips")
            ),
            Interval(minutes=5, rating=4, note=note("Fraction strips")),
            Interval(minutes=5, rating=2, teacher_rating=2, note=note("Word problems")),
            Interval(minutes=5, rating=3, note=""),
        ],
    )


_PLAN = IntervalPlan(
    start_minutes=5, maximum_minutes=30, growth=GrowthRule(after=3, add_minutes=5)
)

CASES: dict[str, Case] = {
    "form-self-assessment": Case(
        kind="html",
        title="Self-assessment form: collaboration rubric",
        pages=1,
        make=lambda h: html(
            collaboration(h), student_name=_name("ana", h), on=date(2026, 10, 2)
        ),
    ),
    "form-self-assessment-faces": Case(
        kind="html",
        title="Self-assessment form: learning target, three faces, beginning English",
        pages=1,
        make=lambda h: html(
            learning_target_form(compare_target(h), scale=THREE_FACES),
            scale=THREE_FACES,
            proficiency=Proficiency.BEGINNING,
            student_name=_name("caro", h),
        ),
    ),
    "form-self-report-card": Case(
        kind="html",
        title="Self-report card: fall term",
        pages=1,
        make=lambda h: html(report_card(h), student_name=_name("ana", h)),
    ),
    "form-three-pluses": Case(
        kind="html",
        title="Three Pluses and a Goal",
        pages=1,
        make=lambda h: html(pluses(h), student_name=_name("ana", h)),
    ),
    "form-self-evaluation": Case(
        kind="html",
        title="Self-evaluation sheet with empty fraction bars",
        pages=1,
        make=lambda h: self_evaluation_sheet(
            _goals(h), parts=4, student_name=_name("ana", h)
        ),
    ),
    "form-goal-card": Case(
        kind="html",
        title="Goal card for the corner of the desk",
        pages=1,
        make=lambda h: html(
            _goals(h)[0],
            steps=[h or "Practise with fraction strips", h or "Use 1/2 as a benchmark"],
            student_name=_name("ana", h),
        ),
    ),
    "form-tracker": Case(
        kind="html",
        title="Data tracker sheet",
        pages=1,
        make=lambda h: html(math_tracker(h), student_name=_name("ana", h)),
    ),
    "form-tracker-reduced": Case(
        kind="html",
        title="Reduced data tracker sheet",
        pages=1,
        make=lambda h: html(
            reduce_tracker(
                math_tracker(h), ["equivalent", "add"], id="caro-math", student="caro"
            ),
            student_name=_name("caro", h),
        ),
    ),
    "form-tracker-language": Case(
        kind="html",
        title="Language-domain data tracker sheet",
        pages=1,
        make=lambda h: html(language_tracker(h), student_name=_name("caro", h)),
    ),
    "form-on-task-plan": Case(
        kind="html",
        title="On-task tracking chart from an interval plan",
        pages=1,
        make=lambda h: html(_PLAN, intervals=8, student_name=_name("dev", h)),
    ),
    "form-on-task-session": Case(
        kind="html",
        title="On-task tracking chart of a session",
        pages=1,
        make=lambda h: on_task_chart(
            on_task_session(h), intervals=6, student_name=_name("dev", h)
        ),
    ),
}
"""The forms' gallery cases."""
