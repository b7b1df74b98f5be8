"""Hypothesis strategies for the public types of selfassess.mastery."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import attrs
from hypothesis import strategies as st

import selfassess as sa
from selfassess import mastery as m

from strategies import days, evidence, identifiers, moments, scales, texts

__all__ = [
    "STRATEGIES",
    "group_evidence",
    "policies",
    "tied_evidence",
    "usable",
    "weekly",
]

unit = st.floats(min_value=0, max_value=1, allow_nan=False)
open_unit = st.floats(min_value=0.01, max_value=0.99, allow_nan=False)

bkt_parameters = st.builds(
    m.BktParameters,
    prior=unit,
    learn=unit,
    guess=open_unit,
    slip=open_unit,
    forget=unit,
)


@st.composite
def policies(
    draw: st.DrawFn, scale: st.SearchStrategy[sa.Scale] | None = None
) -> m.MasteryPolicy:
    """Valid policies: any method, cuts within the scale (or 0 to 1 for BKT)."""
    chosen = draw(scale if scale is not None else (st.just(sa.FOUR_POINT) | scales()))
    method = draw(st.sampled_from(m.MasteryMethod))
    low, high = (
        (0.0, 1.0)
        if method is m.MasteryMethod.BKT
        else (
            chosen.minimum,
            chosen.maximum,
        )
    )
    cuts = None
    if draw(st.booleans()):
        near, mastered = sorted(
            draw(st.floats(min_value=low, max_value=high, allow_nan=False))
            for _ in range(2)
        )
        cuts = sa.BandCuts(near=near, mastered=mastered)
    policy = m.MasteryPolicy(
        method=method,
        weight=draw(unit),
        n=draw(st.none() | st.integers(min_value=1, max_value=6)),
        threshold=draw(
            st.none() | st.floats(min_value=chosen.minimum, max_value=chosen.maximum)
        ),
        floor=draw(st.none() | st.floats(min_value=0.01, max_value=10)),
        bkt=draw(bkt_parameters),
        scale=chosen,
        cuts=cuts,
        minimum_count=draw(st.integers(min_value=1, max_value=4)),
        kinds=draw(
            st.lists(st.sampled_from(sa.EvidenceKind), unique=True, max_size=8)
            | st.just(list(m.MasteryPolicy().kinds))
        ),
        order_by=draw(st.sampled_from(m.EvidenceDate)),
        retakes=draw(st.sampled_from(m.Retakes)),
        decimals=draw(st.none() | st.integers(min_value=0, max_value=4)),
        clamp=draw(st.booleans()),
        confirm_with_quick_check=draw(st.booleans()),
    )
    # At most the mastery cut less the lowest value (the scale's, or 0 for BKT).
    widest = min(2.0, policy.band_cuts.mastered - low)
    within = draw(st.none() | st.floats(min_value=0, max_value=widest))
    return attrs.evolve(policy, quick_check_within=within)


@st.composite
def group_evidence(
    draw: st.DrawFn, scale: sa.Scale | None = None, max_size: int = 8
) -> list[sa.Evidence]:
    """Evidence rows for one student on one standard, scores within *scale*."""
    student, standard = draw(identifiers), draw(identifiers)
    rows = draw(st.lists(evidence, max_size=max_size))
    built = []
    for row in rows:
        score = row.score
        if scale is not None:
            score = draw(st.floats(min_value=scale.minimum, max_value=scale.maximum))
        day = draw(days)
        built.append(
            attrs.evolve(
                row,
                student=student,
                standard=standard,
                score=score,
                source=draw(st.none() | st.sampled_from(["quiz-1", "quiz-2"])),
                assessed_on=day,
                assessed_at=draw(st.none() | moments(day)),
            )
        )
    return built


TIE_DAYS = (date(2026, 9, 1), date(2026, 9, 2))
"""Two days, so that the rows of a tied table often share one."""
TIE_ZONES = tuple(timezone(timedelta(hours=hours)) for hours in (-6, -5, 0, 2, 14))
"""Offsets that put moments of one day on two UTC days, and one instant twice."""


@st.composite
def tied_moments(draw: st.DrawFn, day: date) -> datetime:
    """A moment on *day* from a few times in a few zones: equal instants are common.

    Noon at UTC-05:00 and 17:00 at UTC+00:00 are one instant; 23:30 at UTC-06:00
    is on the next day in UTC, 01:00 at UTC+14:00 on the day before.
    """
    clock = draw(st.sampled_from([time(1), time(12), time(17), time(23, 30)]))
    return datetime.combine(day, clock, tzinfo=draw(st.sampled_from(TIE_ZONES)))


@st.composite
def tied_evidence(
    draw: st.DrawFn,
    scale: sa.Scale | None = None,
    students: tuple[str, ...] = ("ana", "ben"),
    standards: tuple[str, ...] = ("nf1", "nf2"),
    max_size: int = 10,
) -> list[sa.Evidence]:
    """A table whose rows often tie: few days, moments, numbers, scores and sources.

    Rows equal in every field are common too, and so are rows of one day that
    differ in one field only, so that each step of the rule for ties is reached.
    Scores are levels of *scale* (the 4-point scale by default).
    """
    chosen = scale if scale is not None else sa.FOUR_POINT
    points = [level.points for level in chosen.levels]
    kinds = [sa.EvidenceKind.FORMATIVE, sa.EvidenceKind.SUMMATIVE, sa.EvidenceKind.SELF]
    rows: list[sa.Evidence] = []
    for _ in range(draw(st.integers(min_value=0, max_value=max_size))):
        day = draw(st.sampled_from(TIE_DAYS))
        fields: dict[str, Any] = {
            "student": draw(st.sampled_from(students)),
            "standard": draw(st.sampled_from(standards)),
            "score": draw(st.sampled_from(points)),
            "assessed_on": day,
            "kind": draw(st.sampled_from(kinds)),
            "due_on": draw(st.none() | st.sampled_from(TIE_DAYS)),
            "submitted_on": draw(st.none() | st.sampled_from(TIE_DAYS)),
            "source": draw(st.none() | st.sampled_from(["quiz-1", "quiz-2"])),
            "excused": draw(st.booleans()),
            "attempt": draw(st.integers(min_value=1, max_value=2)),
            "assessed_at": draw(st.none() | tied_moments(day)),
            "sequence": draw(st.none() | st.integers(min_value=0, max_value=1)),
        }
        how = draw(st.sampled_from(["new", "copy", "one field"])) if rows else "new"
        if how == "new":
            rows.append(sa.Evidence(**fields))
            continue
        # A row like one already drawn: equal (another object), or with one
        # field drawn anew, so that rows tie up to that field.
        like = draw(st.sampled_from(rows))
        changed = {}
        if how == "one field":
            name = draw(st.sampled_from(sorted(set(fields) - {"assessed_on"})))
            changed[name] = fields[name]
            if name == "assessed_at" and fields[name] is not None:
                changed[name] = fields[name].replace(
                    year=like.assessed_on.year,
                    month=like.assessed_on.month,
                    day=like.assessed_on.day,
                )
        rows.append(attrs.evolve(like, **changed))
    return rows


def weekly(
    *scores: float, student: str = "ana", standard: str = "nf1"
) -> list[sa.Evidence]:
    """Formative evidence a week apart from 1 September 2026, oldest first."""
    return [
        sa.Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=date(2026, 9, 1) + timedelta(weeks=index),
        )
        for index, score in enumerate(scores)
    ]


def usable(policy: m.MasteryPolicy) -> m.MasteryPolicy:
    """The policy with a floor for the power law, so any score can be fitted."""
    if policy.floor is None and policy.method in (
        m.MasteryMethod.POWER_LAW,
        m.MasteryMethod.POWER_LAW_NEXT,
    ):
        return attrs.evolve(policy, floor=0.5)
    return policy


@st.composite
def estimates(draw: st.DrawFn) -> m.MasteryEstimate:
    """Estimates as a policy makes them from one group's evidence."""
    policy = usable(draw(policies()))
    return policy.estimate(draw(group_evidence(policy.scale)))


item_lists = st.lists(
    st.builds(
        m.AssessmentItem,
        id=identifiers,
        standards=st.lists(identifiers, min_size=1, max_size=3, unique=True),
        points=st.floats(min_value=0.5, max_value=10),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda item: item.id,
)


@st.composite
def aligned_assessments(draw: st.DrawFn) -> m.AlignedAssessment:
    """Assessments with cuts at increasing percents for increasing levels."""
    scale = draw(st.just(sa.FOUR_POINT) | scales())
    levels = sorted(
        draw(
            st.lists(
                st.sampled_from([level.points for level in scale.levels]),
                min_size=1,
                unique=True,
            )
        )
    )
    percents = [
        0.0,
        *sorted(
            draw(
                st.lists(
                    st.floats(min_value=0.5, max_value=100),
                    min_size=len(levels) - 1,
                    max_size=len(levels) - 1,
                    unique=True,
                )
            )
        ),
    ]
    return m.AlignedAssessment(
        id=draw(identifiers),
        items=draw(item_lists),
        scale=scale,
        cuts=[
            m.PercentCut(percent=percent, points=points)
            for percent, points in zip(percents, levels, strict=True)
        ],
    )


@st.composite
def standard_scores(draw: st.DrawFn) -> m.StandardScore:
    """A standard's row of a breakdown, as an assessment gives it."""
    assessment = draw(aligned_assessments())
    scores = {
        item.id: draw(st.floats(min_value=0, max_value=item.points))
        for item in assessment.items
    }
    return assessment.breakdown(scores)[0]


finite = st.floats(min_value=-10, max_value=10, allow_nan=False)
optional_finite = st.none() | finite

quick_checks = st.builds(
    m.QuickCheck,
    student=identifiers,
    standard=identifiers,
    value=finite,
    gap=st.floats(min_value=0, max_value=5),
)
priorities = st.builds(
    m.Priority,
    standard=identifiers,
    power=st.booleans(),
    not_mastered=st.integers(min_value=0, max_value=40),
    students=st.integers(min_value=0, max_value=40),
    gap=st.none() | st.floats(min_value=0, max_value=5),
)
intervention_groups = st.builds(
    m.InterventionGroup,
    standard=identifiers,
    students=st.lists(identifiers, min_size=1, max_size=6, unique=True),
)


@st.composite
def tutor_matches(draw: st.DrawFn) -> m.TutorMatch:
    """A tutor and a different tutee."""
    tutor, tutee = draw(st.lists(identifiers, min_size=2, max_size=2, unique=True))
    return m.TutorMatch(standard=draw(identifiers), tutor=tutor, tutee=tutee)


growths = st.builds(
    m.Growth,
    student=identifiers,
    standard=identifiers,
    before=optional_finite,
    after=optional_finite,
    change=optional_finite,
)
grade_rules = st.builds(
    m.GradeRule,
    label=texts,
    minimum=finite,
    lowest=optional_finite,
    percent=st.none() | st.floats(min_value=0, max_value=100),
)
grade_tables = st.builds(
    m.GradeTable,
    rules=st.lists(grade_rules, min_size=1, max_size=4, unique_by=lambda r: r.label),
    otherwise=texts,
    otherwise_percent=st.none() | st.floats(min_value=0, max_value=100),
    insufficient=texts,
    minimum_count=st.integers(min_value=1, max_value=5),
)
report_grades = st.builds(
    m.ReportGrade,
    label=texts,
    percent=optional_finite,
    average=optional_finite,
    lowest=optional_finite,
    count=st.integers(min_value=0, max_value=20),
    insufficient=st.booleans(),
)
domain_masteries = st.builds(
    m.DomainMastery,
    domain=identifiers,
    student=identifiers,
    rule=st.sampled_from(m.DomainRule),
    value=optional_finite,
    band=st.sampled_from(sa.Band),
    standards=st.integers(min_value=0, max_value=20),
    mastered=st.integers(min_value=0, max_value=20),
)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    m.AlignedAssessment: aligned_assessments(),
    m.AssessmentItem: item_lists.map(lambda items: items[0]),
    m.DomainMastery: domain_masteries,
    m.DomainRule: st.sampled_from(m.DomainRule),
    m.GradeRule: grade_rules,
    m.GradeTable: grade_tables,
    m.Growth: growths,
    m.InterventionGroup: intervention_groups,
    m.PercentCut: st.builds(
        m.PercentCut, percent=st.floats(min_value=0, max_value=100), points=finite
    ),
    m.Priority: priorities,
    m.QuickCheck: quick_checks,
    m.ReportGrade: report_grades,
    m.StandardScore: standard_scores(),
    m.TutorMatch: tutor_matches(),
    m.BktParameters: bkt_parameters,
    m.EvidenceDate: st.sampled_from(m.EvidenceDate),
    m.MasteryEstimate: estimates(),
    m.MasteryMethod: st.sampled_from(m.MasteryMethod),
    m.MasteryPolicy: policies(),
    m.Retakes: st.sampled_from(m.Retakes),
}
"""The strategy for each public type of selfassess.mastery."""
