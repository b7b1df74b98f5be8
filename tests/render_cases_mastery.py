"""Gallery cases of the mastery, rubric and tracking pictures."""

from __future__ import annotations

from datetime import date

import attrs

from selfassess import Artifact, SchoolYear, Standard, Term, TermName
from selfassess.cli._sample import SampleClass, sample_class
from selfassess.mastery import (
    AlignedAssessment,
    AssessmentItem,
    MasteryEstimate,
    MasteryPolicy,
    PercentCut,
    growth,
    rollup,
)
from selfassess.render import svg
from selfassess.render._mastery import mastery_grid, score_breakdown
from selfassess.render._rubrics import calibration_picture
from selfassess.render._tracking import growth_chart
from selfassess.rubrics import COLLABORATION, Comparison, calibrate, compare
from selfassess.tracking import (
    Interval,
    IntervalPlan,
    OnTaskHistory,
    OnTaskSession,
    Portfolio,
    PortfolioItem,
    compare_trackers,
    party_view,
)

from render_cases_forms import math_tracker
from render_support import Case


def _sample(hostile: str | None) -> tuple[SampleClass, dict[str, str], list[Standard]]:
    """The sample class, its names, and its standards (hostile codes if asked)."""
    sample = sample_class()
    names = {person.id: person.name for person in sample.students}
    standards = list(sample.framework.standards)
    if hostile is not None:
        names = {key: f"{value} {hostile}" for key, value in names.items()}
        standards = [attrs.evolve(s, code=f"{s.code}{hostile}") for s in standards]
    return sample, names, standards


def _estimates(sample: SampleClass) -> dict[tuple[str, str], MasteryEstimate]:
    return dict(rollup(sample.evidence, MasteryPolicy()))


def _grid(hostile: str | None) -> str:
    sample, names, standards = _sample(hostile)
    return svg(
        rollup(sample.evidence, MasteryPolicy()), standards=standards, names=names
    )


def _grid_large(hostile: str | None) -> str:
    sample, names, standards = _sample(hostile)
    estimates = _estimates(sample)
    grown: dict[tuple[str, str], MasteryEstimate] = {}
    for copy in range(6):
        for (student, standard), estimate in estimates.items():
            grown[f"{student}{copy}", standard] = estimate
    many = {f"{key}{copy}": f"{value} {copy + 1}" for key, value in names.items()
            for copy in range(6)}  # fmt: skip
    return mastery_grid(grown, standards=standards, names=many, decimals=1)


def _estimate(hostile: str | None) -> str:
    sample, names, standards = _sample(hostile)
    estimate = _estimates(sample)["ana", "nf2"]
    return svg(estimate, student_name=names["ana"], standard=standards[1])


def _estimate_empty(hostile: str | None) -> str:
    estimate = MasteryPolicy().estimate([])
    return svg(estimate, student_name=hostile)


_TEST = AlignedAssessment(
    id="unit-3-test",
    items=[
        AssessmentItem(id="q1", standards=["nf1"], points=4),
        AssessmentItem(id="q2", standards=["nf1", "nf2"], points=4),
        AssessmentItem(id="q3", standards=["nf2"], points=8),
        AssessmentItem(id="q4", standards=["nf3"], points=12),
        AssessmentItem(id="q5", standards=["nf3"], points=12),
    ],
    cuts=[
        PercentCut(percent=0, points=1),
        PercentCut(percent=50, points=2),
        PercentCut(percent=70, points=3),
        PercentCut(percent=90, points=4),
    ],
)


def _breakdown(hostile: str | None) -> str:
    _, names, standards = _sample(hostile)
    return score_breakdown(
        _TEST,
        {"q1": 4, "q2": 3, "q3": 4, "q4": 11, "q5": 9},
        student_name=names["ana"],
        standards=standards,
    )


def _tracker_growth(hostile: str | None) -> str:
    """Ana's fractions tracker against her previous one, a level lower throughout."""
    current = math_tracker(hostile)
    previous = attrs.evolve(
        current,
        id="fractions-before",
        rows=[
            attrs.evolve(
                row,
                grades=[
                    attrs.evolve(grade, score=max(1.0, (grade.score or 1.0) - 1))
                    for grade in row.grades
                ],
            )
            for row in current.rows
        ],
    )
    codes = {"nf1": "4.NF.1", "nf2": "4.NF.2", "nf3": "4.NF.3"}
    title = hostile or "Ana's fractions tracker against her previous one"
    return svg(compare_trackers(current, previous), names=codes, title=title)


CASES: dict[str, Case] = {
    "mastery-grid": Case(kind="svg", make=_grid, title="Mastery grid of the class"),
    "mastery-grid-large": Case(
        kind="svg", make=_grid_large, title="Mastery grid of 24 students"
    ),
    "mastery-estimate": Case(
        kind="svg", make=_estimate, title="One mastery estimate over time"
    ),
    "mastery-estimate-empty": Case(
        kind="svg", make=_estimate_empty, title="An estimate from no evidence"
    ),
    "mastery-breakdown": Case(
        kind="svg", make=_breakdown, title="A test broken into standards"
    ),
}


def _comparisons(hostile: str | None) -> list[Comparison]:
    sample = sample_class()
    found = []
    for own, other in zip(
        sample.self_assessments, sample.teacher_assessments, strict=True
    ):
        mine, theirs = own, other
        if hostile is not None:
            rubric = attrs.evolve(
                mine.rubric,
                criteria=[
                    attrs.evolve(c, title=f"{c.title} {hostile}")
                    for c in mine.rubric.criteria
                ],
            )
            mine = attrs.evolve(mine, rubric=rubric)
            theirs = attrs.evolve(theirs, rubric=rubric)
        found.append(compare(mine, theirs))
    return found


def _comparison(hostile: str | None) -> str:
    _, names, _ = _sample(hostile)
    return svg(_comparisons(hostile)[0], student_name=names["ana"])


def _pooled(hostile: str | None) -> tuple[list[int], list[int]]:
    mine: list[int] = []
    theirs: list[int] = []
    for comparison in _comparisons(hostile):
        own, other = comparison.paired_positions
        mine += own
        theirs += other
    return mine, theirs


_LEVELS = [d.label for d in COLLABORATION.criteria[0].descriptors]


def _calibration(hostile: str | None) -> str:
    mine, theirs = _pooled(hostile)
    return svg(calibrate(mine, theirs, range(4)), title=hostile)


def _calibration_grid(hostile: str | None) -> str:
    mine, theirs = _pooled(hostile)
    labels = _LEVELS if hostile is None else [f"{n}{hostile}" for n in _LEVELS]
    return calibration_picture(mine, theirs, range(4), labels=labels, title=hostile)


CASES |= {
    "rubrics-comparison": Case(
        kind="svg", make=_comparison, title="Self beside teacher, per criterion"
    ),
    "rubrics-calibration": Case(
        kind="svg", make=_calibration, title="The class's calibration figures"
    ),
    "rubrics-calibration-grid": Case(
        kind="svg", make=_calibration_grid, title="Self x teacher counts, with figures"
    ),
}


def _session(
    day: int, ratings: list[tuple[int, int | None]], note: str
) -> OnTaskSession:
    minutes = [5, 5, 10, 10, 10, 15]
    return OnTaskSession(
        id=f"ana-{day}",
        student="ana",
        held_on=date(2026, 9, day),
        intervals=[
            Interval(minutes=m, rating=own, teacher_rating=other, note=note)
            for m, (own, other) in zip(minutes, ratings, strict=False)
        ],
    )


def _history(hostile: str | None) -> OnTaskHistory:
    note = hostile or "fraction strips"
    days = [
        (8, [(2, 2), (3, 2), (3, 3), (2, None), (4, 3)]),
        (10, [(3, 3), (3, 3), (2, 2), (4, 3), (3, None), (3, 3)]),
        (15, [(3, None), (4, 4), (3, 3), (3, 2), (4, 4), (4, 3)]),
        (17, [(4, 3), (3, 3), (4, 4), (3, 3), (4, 4), (4, 4)]),
    ]
    return OnTaskHistory(
        student="ana",
        plan=IntervalPlan(start_minutes=5, maximum_minutes=30),
        sessions=[_session(day, ratings, note) for day, ratings in days],
    )


def _on_task_session(hostile: str | None) -> str:
    _, names, _ = _sample(hostile)
    return svg(_history(hostile).sessions[0], student_name=names["ana"])


def _on_task_history(hostile: str | None) -> str:
    _, names, _ = _sample(hostile)
    return svg(_history(hostile), student_name=names["ana"])


_YEAR = SchoolYear(
    label="2026-27",
    terms=[
        Term(
            name=TermName.FALL, starts_on=date(2026, 8, 24), ends_on=date(2026, 11, 20)
        ),
        Term(
            name=TermName.WINTER, starts_on=date(2026, 11, 30), ends_on=date(2027, 3, 5)
        ),
        Term(
            name=TermName.SPRING, starts_on=date(2027, 3, 15), ends_on=date(2027, 6, 11)
        ),
    ],
)


def _portfolio(hostile: str | None) -> Portfolio:
    made = [
        ("strips", "nf1", "ana-compare", date(2026, 9, 20), 2.0),
        ("number-line", "nf2", "ana-compare", date(2026, 10, 12), 1.5),
        ("sums", "nf3", None, date(2026, 10, 30), 1.0),
        ("recipe", "nf1", None, date(2027, 4, 2), 3.5),
        ("benchmarks", "nf2", "ana-compare", date(2027, 4, 20), 3.0),
        ("pizza-sums", "nf3", "ana-share", date(2027, 5, 6), 3.0),
    ]
    items = [
        PortfolioItem(
            artifact=Artifact(
                id=key,
                student="ana",
                title=f"{key.replace('-', ' ').title()}{hostile or ''}",
                created_on=day,
                standards=[standard],
                goals=[goal] if goal else [],
            ),
            score=score,
        )
        for key, standard, goal, day, score in made
    ]
    return Portfolio(
        id="ana-portfolio",
        student="ana",
        items=items,
        standards=["nf1", "nf2", "nf3"],
        goals=["ana-compare", "ana-share"],
    )


def _growth(hostile: str | None) -> str:
    sample, _, standards = _sample(hostile)
    names = {s.id: s.code for s in standards}
    for goal in sample.goals:
        names[goal.id] = goal.statement + (hostile or "")
    return growth_chart(party_view(_portfolio(hostile), _YEAR), names=names)


def _growth_mastery(hostile: str | None) -> str:
    sample, names, standards = _sample(hostile)
    names |= {s.id: s.code for s in standards}
    lines = growth(sample.evidence, date(2026, 9, 14), date(2026, 10, 5))
    return growth_chart(
        lines, names=names, start_label="Sep 14", end_label="Oct 5", title=hostile
    )


CASES |= {
    "tracking-on-task-session": Case(
        kind="svg", make=_on_task_session, title="On task over one session"
    ),
    "tracking-on-task-history": Case(
        kind="svg", make=_on_task_history, title="On task over the days"
    ),
    "tracking-growth-party": Case(
        kind="svg", make=_growth, title="Fall to spring, for the portfolio party"
    ),
    "tracking-growth-mastery": Case(
        kind="svg", make=_growth_mastery, title="Mastery growth between two dates"
    ),
    "tracking-growth-tracker": Case(
        kind="svg",
        make=_tracker_growth,
        title="A tracker against the previous one, standard by standard",
    ),
}
