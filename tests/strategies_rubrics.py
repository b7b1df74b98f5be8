"""Hypothesis strategies for every public type of selfassess.rubrics; valid values only."""

from __future__ import annotations

import random
from datetime import date
from statistics import NormalDist
from typing import Any

import attrs
from hypothesis import strategies as st

import selfassess as sa
from selfassess import rubrics as rb

from strategies import identifiers, texts, unique_ids

__all__ = [
    "STRATEGIES",
    "assessments",
    "calibrations",
    "card_talking_points",
    "confidence_intervals",
    "pairs_of_assessments",
    "rubrics",
    "self_report_cards",
]

TWO_LEVELS = sa.Scale(
    id="can-do",
    name="Can do",
    levels=[
        sa.Level(points=0, label="Not yet"),
        sa.Level(points=1, label="I can", mastery=True),
    ],
)
RUBRIC_SCALES = [*sa.BUILTIN_SCALES, TWO_LEVELS]
notes = st.text(max_size=20)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


# Points of a criterion's own ratings: negative ones too (Moodle), halves and
# quarters, few enough values that equal points come up.
rating_points = st.sampled_from([-2, -1, 0, 0.5, 1, 2, 2.5, 3, 4, 5, 6, 10])


@st.composite
def _own_ratings(
    draw: st.DrawFn, kind: rb.RubricKind, use_range: bool, scored: bool
) -> list[rb.Descriptor]:
    """A criterion's own ratings, lowest first, some with ids and titles.

    Points never fall (rise, with a range), or there are none at all.
    """
    if kind is rb.RubricKind.SINGLE_POINT:
        count = 1
    elif kind is rb.RubricKind.CHECKLIST:
        count = 2
    else:
        count = draw(st.integers(min_value=1, max_value=5))
    points: list[float | None] = [None] * count
    if scored:
        if use_range:
            values = draw(
                st.lists(rating_points, min_size=count, max_size=count, unique=True)
            )
        else:
            values = draw(st.lists(rating_points, min_size=count, max_size=count))
        points = sorted(values)
    ids = draw(unique_ids(count))
    titles = draw(st.lists(texts, min_size=count, max_size=count))
    statements = st.lists(texts, max_size=2, unique=True)
    descriptors = []
    for index in range(count):
        title = titles[index] if draw(st.booleans()) or points[index] is None else ""
        descriptors.append(
            rb.Descriptor(
                title=title,
                description=draw(notes) if title or points[index] is not None else "x",
                can_do=draw(statements),
                points=points[index],
                id=ids[index] if draw(st.booleans()) else None,
            )
        )
    return descriptors


@st.composite
def _on_scale(
    draw: st.DrawFn, scale: sa.Scale, kind: rb.RubricKind, use_range: bool
) -> list[rb.Descriptor]:
    """Descriptors of some levels of a scale, lowest first.

    Maybe with points of their own, which keep the levels' order.
    """
    statements = st.lists(texts, max_size=2, unique=True)
    if kind is rb.RubricKind.SINGLE_POINT:
        level = scale.mastery_levels[0].points
        return [
            rb.Descriptor(level=level, description=draw(texts), can_do=draw(statements))
        ]
    if draw(st.booleans()):
        # Scale points, some levels described.
        chosen = draw(st.lists(st.sampled_from(scale.levels), unique=True, max_size=4))
        return [
            rb.Descriptor(
                level=level.points, description=draw(notes), can_do=draw(statements)
            )
            for level in sorted(chosen, key=lambda level: level.points)
        ]
    # Points of its own for every level, rising (or staying, without a range).
    descriptors = []
    previous: float | None = None
    for level in scale.levels:
        step = draw(
            st.sampled_from([0.5, 1, 2.5])
            if use_range
            else st.sampled_from([0, 0.5, 1, 2.5])
        )
        high = draw(rating_points) if previous is None else previous + step
        descriptors.append(
            rb.Descriptor(
                level=level.points,
                title=draw(st.sampled_from(["", level.label + "!"])),
                description=draw(notes),
                can_do=draw(statements),
                points=high,
                id=draw(st.none() | st.just(f"r{level.points:g}")),
            )
        )
        previous = high
    return descriptors


@st.composite
def _criterion(
    draw: st.DrawFn,
    id: str,
    scale: sa.Scale | None,
    kind: rb.RubricKind,
    feedback_only: bool,
) -> rb.Criterion:
    common: dict[str, Any] = {
        "id": id,
        "title": draw(texts),
        "success_criterion": draw(
            st.none() | st.builds(sa.SuccessCriterion, id=identifiers, statement=texts)
        ),
        "weight": draw(st.floats(min_value=0.1, max_value=10)),
        "required": draw(st.booleans()),
        "outcome": draw(st.none() | identifiers),
    }
    if feedback_only:
        return rb.Criterion(**common, feedback_only=True)
    own = scale is None or kind is rb.RubricKind.CHECKLIST or draw(st.booleans())
    scored = not own or draw(st.integers(min_value=0, max_value=4)) > 0
    use_range = scored and draw(st.booleans())
    if own:
        descriptors = draw(_own_ratings(kind, use_range, scored))
    else:
        assert scale is not None
        descriptors = draw(_on_scale(scale, kind, use_range))
    points = [d.points for d in descriptors if d.points is not None]
    mastery_points = (
        draw(st.none() | st.sampled_from(points)) if scored and points else None
    )
    return rb.Criterion(
        **common,
        standards=draw(st.lists(identifiers, max_size=3, unique=True))
        if scored
        else [],
        descriptors=descriptors,
        use_range=use_range,
        counted=draw(st.integers(min_value=0, max_value=3)) > 0,
        mastery_points=mastery_points,
    )


@st.composite
def rubrics(draw: st.DrawFn) -> rb.Rubric:
    """Rubrics of every kind, valid by construction.

    Criteria on the scale or with ratings of their own, scored or not, with
    ranges, ids, equal and negative points.
    """
    kind = draw(st.sampled_from(rb.RubricKind))
    feedback_only = (
        kind is rb.RubricKind.ANALYTIC
        and draw(st.integers(min_value=0, max_value=9)) == 0
    )
    scale: sa.Scale | None
    if kind is rb.RubricKind.CHECKLIST:
        scale = draw(st.sampled_from([TWO_LEVELS, None]))
    else:
        scale = draw(st.sampled_from([*RUBRIC_SCALES, None]))
    count = draw(st.integers(min_value=1, max_value=4))
    ids = draw(unique_ids(count))
    if feedback_only:
        flags = [True] * count
    elif kind is rb.RubricKind.HOLISTIC:
        scored = draw(st.integers(min_value=0, max_value=count - 1))
        flags = [index != scored for index in range(count)]
    else:
        flags = [draw(st.integers(min_value=0, max_value=4)) == 0 for _ in ids]
        flags[draw(st.integers(min_value=0, max_value=count - 1))] = False
    criteria = [
        draw(_criterion(id, scale, kind, flag))
        for id, flag in zip(ids, flags, strict=True)
    ]
    return rb.Rubric(
        id=draw(identifiers),
        title=draw(texts),
        kind=kind,
        scale=scale,
        criteria=criteria,
        description=draw(notes),
        feedback_only=feedback_only,
    )


@st.composite
def _rating(draw: st.DrawFn, rubric: rb.Rubric, criterion: rb.Criterion) -> rb.Rating:
    extra: dict[str, Any] = {
        "rationale": draw(notes),
        "evidence": draw(st.lists(identifiers, max_size=2, unique=True)),
        "can_do": draw(
            st.lists(st.sampled_from(criterion.can_do), max_size=2, unique=True)
            if criterion.can_do
            else st.just([])
        ),
        "comment": draw(notes),
        "glows": draw(notes),
        "grows": draw(notes),
    }
    if criterion.feedback_only:
        extra["comment"] = draw(texts)
        return rb.Rating(criterion=criterion.id, **extra)
    index = draw(st.integers(min_value=0, max_value=len(criterion.descriptors) - 1))
    chosen = criterion.descriptors[index]
    ways = []
    if chosen.id is not None:
        ways.append("id")
    if chosen.level is not None:
        ways.append("level")
    scored = criterion.points_range is not None
    if scored and len(criterion.positions_of(chosen.points or 0.0)) == 1:
        ways.append("points")
    if scored:
        ways.append("free")
    if not ways:
        # Unscored, without ids or levels: only equal... never drawn, ids exist.
        ways.append("id")
    way = draw(st.sampled_from(ways))
    override = None
    if scored and way in {"id", "level"} and draw(st.integers(0, 3)) == 0:
        override = draw(rating_points)
    if way == "id":
        if chosen.id is None:
            return draw(_rating(rubric, attrs.evolve(criterion, feedback_only=False)))
        return rb.Rating(
            criterion=criterion.id, descriptor=chosen.id, points=override, **extra
        )
    if way == "level":
        return rb.Rating(
            criterion=criterion.id, level=chosen.level, points=override, **extra
        )
    if way == "points":
        return rb.Rating(criterion=criterion.id, points=chosen.points, **extra)
    # Free points: any that do not match two ratings of equal points.
    free = st.floats(min_value=-10, max_value=20) | rating_points
    return rb.Rating(
        criterion=criterion.id,
        points=draw(free.filter(lambda p: len(criterion.positions_of(p)) <= 1)),
        **extra,
    )


@st.composite
def assessments(
    draw: st.DrawFn,
    rubric: rb.Rubric | None = None,
    student: str | None = None,
    role: sa.Role | None = None,
) -> rb.Assessment:
    """A filled rubric: every required criterion rated, optional ones maybe."""
    rubric = rubric if rubric is not None else draw(rubrics())
    ratings = [
        draw(_rating(rubric, criterion))
        for criterion in rubric.criteria
        if criterion.required or draw(st.booleans())
    ]
    ratings = draw(st.permutations(ratings))
    return rb.Assessment(
        id=draw(identifiers),
        rubric=rubric,
        student=student if student is not None else draw(identifiers),
        rater=draw(identifiers),
        role=role if role is not None else draw(st.sampled_from(sa.Role)),
        assessed_on=draw(days),
        work=draw(st.none() | identifiers),
        ratings=ratings,
        comment=draw(notes),
    )


@st.composite
def pairs_of_assessments(draw: st.DrawFn) -> tuple[rb.Assessment, rb.Assessment]:
    """A student's self-assessment and a teacher's, on one rubric."""
    rubric = draw(rubrics())
    student = draw(identifiers)
    mine = draw(assessments(rubric, student, sa.Role.STUDENT))
    theirs = draw(assessments(rubric, student, sa.Role.TEACHER))
    return mine, theirs


@st.composite
def criterion_comparisons(draw: st.DrawFn) -> rb.CriterionComparison:
    """A row of a comparison.

    On a built-in scale, on ratings of a criterion's own with points, or on
    unscored ratings.
    """
    scale = draw(st.sampled_from(sa.BUILTIN_SCALES))
    mine = draw(st.integers(min_value=0, max_value=len(scale) - 1))
    theirs = draw(st.integers(min_value=0, max_value=len(scale) - 1))
    shape = draw(st.sampled_from(["scale", "points", "unscored"]))
    levels: tuple[float | None, float | None] = (None, None)
    points: tuple[float | None, float | None] = (None, None)
    if shape == "scale":
        levels = scale.levels[mine].points, scale.levels[theirs].points
        points = levels
    elif shape == "points":
        points = draw(rating_points), draw(rating_points)
    gap = None
    if points[0] is not None and points[1] is not None:
        gap = points[0] - points[1]
    return rb.CriterionComparison(
        criterion=draw(identifiers),
        title=draw(texts),
        self_label=scale.levels[mine].label,
        teacher_label=scale.levels[theirs].label,
        self_position=mine,
        teacher_position=theirs,
        self_level=levels[0],
        teacher_level=levels[1],
        self_points=points[0],
        teacher_points=points[1],
        gap=gap,
        steps=mine - theirs,
        strength=scale.levels[theirs].mastery,
    )


@st.composite
def criterion_scores(draw: st.DrawFn) -> rb.CriterionScore:
    """A criterion's score: within its range, or free points beyond it."""
    low = draw(st.floats(min_value=-20, max_value=50))
    high = low + draw(st.floats(min_value=0, max_value=50))
    as_given = draw(st.booleans())
    points = draw(
        st.floats(min_value=-100, max_value=100)
        if as_given
        else st.floats(min_value=low, max_value=high)
    )
    return rb.CriterionScore(
        criterion=draw(identifiers),
        rating=draw(st.none() | texts),
        level=draw(st.none() | st.floats(min_value=0, max_value=10)),
        points=points,
        minimum=low,
        maximum=high,
        weight=draw(st.floats(min_value=0.1, max_value=10)),
        counted=draw(st.booleans()),
        as_given=as_given,
    )


@st.composite
def card_descriptors(
    draw: st.DrawFn, scale: sa.Scale = sa.FOUR_POINT
) -> list[rb.Descriptor]:
    """Descriptors on some levels of *scale*, lowest first, statements unique."""
    chosen = draw(st.lists(st.sampled_from(scale.levels), unique=True, max_size=4))
    statements = iter(draw(st.lists(texts, min_size=8, max_size=8, unique=True)))
    return [
        rb.Descriptor(
            level=level.points,
            description=draw(notes),
            can_do=[next(statements) for _ in range(draw(st.integers(0, 2)))],
        )
        for level in sorted(chosen, key=lambda level: level.points)
    ]


@st.composite
def card_benchmarks(
    draw: st.DrawFn,
    scale: sa.Scale = sa.FOUR_POINT,
    term: sa.TermName | None = None,
) -> rb.CardBenchmark:
    """One term's descriptors; the term may be fixed."""
    return rb.CardBenchmark(
        term=draw(st.sampled_from(sa.TermName)) if term is None else term,
        descriptors=draw(card_descriptors(scale)),
    )


@st.composite
def card_standards(
    draw: st.DrawFn,
    scale: sa.Scale = sa.FOUR_POINT,
    terms: tuple[sa.TermName, ...] | None = None,
) -> rb.CardStandard:
    """A card standard with descriptors on some levels of *scale*.

    Some have benchmarks by term: with *terms* given, one for each of them (and
    perhaps one more), as a card requires.
    """
    benchmarks: list[rb.CardBenchmark] = []
    if draw(st.booleans()):
        if terms is None:
            wanted = draw(
                st.lists(st.sampled_from(sa.TermName), unique=True, max_size=3)
            )
        else:
            extra = [term for term in sa.TermName if term not in terms]
            more = (
                st.lists(st.sampled_from(extra), max_size=1) if extra else st.just([])
            )
            wanted = [*terms, *draw(more)]
        benchmarks = [draw(card_benchmarks(scale, term)) for term in wanted]
    return rb.CardStandard(
        id=draw(identifiers),
        statement=draw(texts),
        descriptors=draw(card_descriptors(scale)),
        benchmarks=benchmarks,
    )


@st.composite
def card_subjects(
    draw: st.DrawFn,
    scale: sa.Scale = sa.FOUR_POINT,
    terms: tuple[sa.TermName, ...] | None = None,
) -> rb.CardSubject:
    """A subject with one to three standards of distinct ids."""
    standards = draw(
        st.lists(
            card_standards(scale, terms),
            min_size=1,
            max_size=3,
            unique_by=lambda s: s.id,
        )
    )
    return rb.CardSubject(id=draw(identifiers), title=draw(texts), standards=standards)


@st.composite
def self_report_cards(draw: st.DrawFn) -> rb.SelfReportCard:
    """A card with entries on its own subjects, standards, terms and levels."""
    scale = draw(st.sampled_from(RUBRIC_SCALES))
    terms = tuple(
        draw(
            st.lists(st.sampled_from(sa.TermName), min_size=1, max_size=4, unique=True)
        )
    )
    subjects = draw(
        st.lists(
            card_subjects(scale, terms),
            min_size=1,
            max_size=3,
            unique_by=lambda s: s.id,
        )
    )
    grades = st.none() | st.sampled_from([level.points for level in scale.levels])
    slots = [
        (subject, standard, term)
        for subject in subjects
        for standard in subject.standards
        for term in terms
    ]
    chosen = draw(st.lists(st.sampled_from(slots), unique=True, max_size=6))
    entries = [
        rb.CardEntry(
            subject=subject.id,
            standard=standard.id,
            term=term,
            can_do=draw(
                st.lists(
                    st.sampled_from(standard.can_do_in(term)), unique=True, max_size=2
                )
                if standard.can_do_in(term)
                else st.just([])
            ),
            self_grade=draw(grades),
            rationale=draw(notes),
            teacher_grade=draw(grades),
        )
        for subject, standard, term in chosen
    ]
    return rb.SelfReportCard(
        id=draw(identifiers),
        student=draw(identifiers),
        scale=scale,
        terms=terms,
        subjects=subjects,
        entries=entries,
    )


@st.composite
def card_talking_points(draw: st.DrawFn) -> rb.CardTalkingPoint:
    """A talking point whose highlighted level, if any, differs from the grade."""
    grade, level = draw(
        st.lists(st.sampled_from([1, 2, 3, 4]), min_size=2, max_size=2, unique=True)
    )
    return rb.CardTalkingPoint(
        subject=draw(identifiers),
        standard=draw(identifiers),
        term=draw(st.sampled_from(sa.TermName)),
        self_grade=grade,
        can_do_level=draw(st.none() | st.just(level)),
        message=draw(texts),
        **draw(
            st.just({})
            | st.fixed_dictionaries(
                {
                    "subject_title": texts,
                    "statement": texts,
                    "scale": st.sampled_from([sa.FOUR_POINT, TWO_LEVELS]),
                }
            )
        ),
    )


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
shares = st.floats(min_value=0.01, max_value=0.999)


@st.composite
def confidence_intervals(draw: st.DrawFn) -> rb.ConfidenceInterval:
    """An interval of either method: symmetric around its estimate or not."""
    method = draw(st.sampled_from(rb.IntervalMethod))
    estimate = draw(finite)
    error = draw(st.floats(min_value=0, max_value=1e3))
    confidence = draw(shares)
    if method is rb.IntervalMethod.LARGE_SAMPLE:
        z = NormalDist().inv_cdf(0.5 + confidence / 2)
        return rb.ConfidenceInterval(
            estimate=estimate,
            low=estimate - z * error,
            high=estimate + z * error,
            standard_error=error,
            confidence=confidence,
            method=method,
        )
    low, high = sorted(draw(st.lists(finite, min_size=2, max_size=2)))
    return rb.ConfidenceInterval(
        estimate=estimate,
        low=low,
        high=high,
        standard_error=error,
        confidence=confidence,
        method=method,
        resamples=draw(st.integers(min_value=2, max_value=10_000)),
    )


@st.composite
def calibrations(draw: st.DrawFn) -> rb.Calibration:
    """What calibrate gives, with or without bootstrap intervals, or an older shape.

    Older documents have no AC or intervals; they load with those fields ``None``.
    """
    size = draw(st.integers(min_value=1, max_value=20))
    pair = st.lists(st.integers(1, 4), min_size=size, max_size=size)
    mine, theirs = draw(pair), draw(pair)
    rng = draw(st.none() | st.integers(min_value=0).map(random.Random))
    result = rb.calibrate(mine, theirs, [1, 2, 3, 4], rng=rng, resamples=20)
    if draw(st.booleans()):
        return result
    dropped = {
        field.name: None
        for field in attrs.fields(rb.Calibration)
        if field.default is None
    }
    return attrs.evolve(result, **dropped)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    rb.Assessment: assessments(),
    rb.Calibration: calibrations(),
    rb.CardEntry: self_report_cards().flatmap(
        lambda card: (
            st.sampled_from(card.entries)
            if card.entries
            else st.just(rb.CardEntry(subject="s", standard="t", term=sa.TermName.FALL))
        )
    ),
    rb.CardBenchmark: card_benchmarks(),
    rb.CardStandard: card_standards(),
    rb.CardSubject: card_subjects(),
    rb.CardTalkingPoint: card_talking_points(),
    rb.Comparison: pairs_of_assessments().map(lambda pair: rb.compare(*pair)),
    rb.ConfidenceInterval: confidence_intervals(),
    rb.Criterion: rubrics().flatmap(lambda rubric: st.sampled_from(rubric.criteria)),
    rb.CriterionComparison: criterion_comparisons(),
    rb.CriterionScore: criterion_scores(),
    rb.Descriptor: rubrics().flatmap(
        lambda rubric: st.sampled_from(
            [d for c in rubric.criteria for d in c.descriptors]
            or [rb.Descriptor(level=1)]
        )
    ),
    rb.Estimation: st.sampled_from(rb.Estimation),
    rb.IntervalMethod: st.sampled_from(rb.IntervalMethod),
    rb.Rating: assessments().flatmap(
        lambda item: (
            st.sampled_from(item.ratings)
            if item.ratings
            else st.just(rb.Rating(criterion="c", level=1))
        )
    ),
    rb.Rubric: rubrics(),
    rb.RubricKind: st.sampled_from(rb.RubricKind),
    rb.Score: assessments().map(lambda item: item.score()),
    rb.SelfReportCard: self_report_cards(),
    rb.TalkingPoint: st.builds(
        rb.TalkingPoint,
        kind=st.sampled_from(rb.TalkingPointKind),
        criterion=identifiers,
        steps=st.integers(min_value=-4, max_value=4),
        text=texts,
    ).flatmap(
        lambda point: (
            st.just(point)
            | st.builds(
                attrs.evolve,
                st.just(point),
                title=texts,
                self_label=texts,
                teacher_label=texts,
            )
        )
    ),
    rb.TalkingPointKind: st.sampled_from(rb.TalkingPointKind),
}
"""The strategy for each public type of selfassess.rubrics."""
