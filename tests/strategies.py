"""A Hypothesis strategy for every public type of selfassess.

Every public model and enumeration has an entry in `STRATEGIES`; a test checks that
none is missing, so a new public type cannot ship without one. The core's strategies
are here; each package's are in ``strategies_<package>.py`` beside this file and are
merged into `STRATEGIES` at the end of this module. Strategies build valid
values only: invalid data is made by the tests from valid data.
"""

from __future__ import annotations

import importlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import selfassess as sa
from selfassess import Cluster, errors

__all__ = ["STRATEGIES", "identifiers", "json_values", "moments", "texts"]

identifiers = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,11}", fullmatch=True)
"""Ids and codes: non-empty, no surrounding spaces."""

texts = st.text(min_size=1, max_size=30).filter(lambda text: text.strip() != "")
"""Names, labels and statements: non-empty."""

optional_texts = st.none() | texts
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
scores = st.floats(min_value=-100, max_value=100, allow_nan=False)
colours = st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
"""Anything `json.loads` could return (and NaN and infinities, which it also can)."""


def unique_ids(count: int) -> st.SearchStrategy[list[str]]:
    """Exactly *count* distinct identifiers."""
    return st.lists(identifiers, min_size=count, max_size=count, unique=True)


levels = st.builds(
    sa.Level,
    points=scores,
    label=texts,
    description=st.text(max_size=30),
    symbol=optional_texts,
    colour=st.none() | colours,
    mastery=st.booleans(),
    family_label=optional_texts,
)


@st.composite
def scales(draw: st.DrawFn) -> sa.Scale:
    """Scales with strictly increasing points, unique labels, mastery at the top."""
    count = draw(st.integers(min_value=2, max_value=6))
    points = sorted(draw(st.lists(scores, min_size=count, max_size=count, unique=True)))
    labels = draw(
        st.lists(
            texts,
            min_size=count,
            max_size=count,
            unique_by=lambda label: label.strip().casefold(),
        )
    )
    first_mastery = draw(st.integers(min_value=0, max_value=count))
    built = [
        sa.Level(
            points=point,
            label=label,
            description=draw(st.text(max_size=20)),
            symbol=draw(optional_texts),
            colour=draw(st.none() | colours),
            mastery=index >= first_mastery,
            family_label=draw(optional_texts),
        )
        for index, (point, label) in enumerate(zip(points, labels, strict=True))
    ]
    if draw(st.booleans()):
        return sa.Scale(id=draw(identifiers), name=draw(texts), levels=built)
    low, high = points[0], points[-1]
    cut_values = sorted(
        draw(st.floats(min_value=low, max_value=high, allow_nan=False))
        for _ in range(2)
    )
    cuts = sa.BandCuts(near=cut_values[0], mastered=cut_values[1])
    return sa.Scale(id=draw(identifiers), name=draw(texts), levels=built, cuts=cuts)


@st.composite
def band_cuts(draw: st.DrawFn) -> sa.BandCuts:
    """Cuts with near at or below mastered."""
    near, mastered = sorted([draw(scores), draw(scores)])
    return sa.BandCuts(mastered=mastered, near=near)


uris = st.none() | identifiers.map(lambda key: f"https://case.example.org/uri/{key}")
"""A published item's URI, or none."""

skills = st.builds(
    sa.Skill, id=identifiers, code=identifiers, statement=texts, uri=uris
)


@st.composite
def frameworks(draw: st.DrawFn) -> sa.Framework:
    """Frameworks whose ids and codes are unique across every level.

    A domain has up to two clusters; each is named by a standard of the domain, and
    the other standards name one of them or none.
    """
    shape = draw(
        st.lists(
            st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=3),
            min_size=1,
            max_size=3,
        )
    )
    clustered = [
        draw(st.integers(min_value=0, max_value=min(2, len(standards))))
        for standards in shape
    ]
    count = sum(1 + len(standards) + sum(standards) for standards in shape)
    count += sum(clustered)
    ids = iter(draw(unique_ids(count)))
    codes = iter(draw(unique_ids(count)))
    domains = []
    for standards, cluster_count in zip(shape, clustered, strict=True):
        domain_id, domain_code = next(ids), next(codes)
        clusters = [
            Cluster(id=next(ids), code=next(codes), title=draw(texts), uri=draw(uris))
            for _ in range(cluster_count)
        ]
        choices = [None, *(cluster.id for cluster in clusters)]
        built = []
        for index, skill_count in enumerate(standards):
            standard_id, standard_code = next(ids), next(codes)
            built.append(
                sa.Standard(
                    id=standard_id,
                    code=standard_code,
                    statement=draw(texts),
                    power=draw(st.booleans()),
                    skills=[
                        sa.Skill(
                            id=next(ids),
                            code=next(codes),
                            statement=draw(texts),
                            uri=draw(uris),
                        )
                        for _ in range(skill_count)
                    ],
                    cluster=clusters[index].id
                    if index < cluster_count
                    else draw(st.sampled_from(choices)),
                    uri=draw(uris),
                )
            )
        domains.append(
            sa.Domain(
                id=domain_id,
                code=domain_code,
                title=draw(texts),
                standards=built,
                clusters=clusters,
                uri=draw(uris),
            )
        )
    return sa.Framework(
        id=draw(identifiers),
        title=draw(texts),
        subject=draw(st.text(max_size=10)),
        domains=domains,
    )


@st.composite
def standards(draw: st.DrawFn) -> sa.Standard:
    """A standard with skills of distinct ids."""
    return draw(frameworks()).domains[0].standards[0]


@st.composite
def domains(draw: st.DrawFn) -> sa.Domain:
    """A domain taken from a valid framework."""
    return draw(frameworks()).domains[0]


@st.composite
def clusters(draw: st.DrawFn) -> Cluster:
    """A cluster taken from a valid framework that has one."""
    framework = draw(frameworks().filter(lambda f: f.domains[0].clusters))
    return framework.domains[0].clusters[0]


success_criteria = st.builds(sa.SuccessCriterion, id=identifiers, statement=texts)


@st.composite
def learning_intentions(draw: st.DrawFn) -> sa.LearningIntention:
    """Intentions with one to four criteria of distinct ids."""
    count = draw(st.integers(min_value=1, max_value=4))
    criteria = [
        sa.SuccessCriterion(id=criterion_id, statement=draw(texts))
        for criterion_id in draw(unique_ids(count))
    ]
    return sa.LearningIntention(
        id=draw(identifiers),
        statement=draw(texts),
        success_criteria=criteria,
        standards=draw(st.lists(identifiers, max_size=3, unique=True)),
    )


offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
"""Fixed UTC offsets, in whole minutes, as far as `datetime.timezone` goes."""


@st.composite
def moments(draw: st.DrawFn, day: date) -> datetime:
    """A timezone-aware moment on *day* in its own time zone."""
    return datetime.combine(day, draw(st.times()), tzinfo=draw(offsets))


@st.composite
def evidence_rows(draw: st.DrawFn) -> sa.Evidence:
    """Evidence, with a moment on its assessed day, or a sequence number, or neither.

    Excused evidence has a score or none.
    """
    day = draw(days)
    excused = draw(st.booleans())
    return sa.Evidence(
        student=draw(identifiers),
        standard=draw(identifiers),
        # Excused work may have no score.
        score=draw(st.none() | scores) if excused else draw(scores),
        assessed_on=day,
        kind=draw(st.sampled_from(sa.EvidenceKind)),
        due_on=draw(st.none() | days),
        submitted_on=draw(st.none() | days),
        source=draw(st.none() | identifiers),
        excused=excused,
        attempt=draw(st.integers(min_value=1, max_value=5)),
        assessed_at=draw(st.none() | moments(day)),
        sequence=draw(st.none() | st.integers(min_value=0, max_value=10**6)),
    )


evidence = evidence_rows()

artifacts = st.builds(
    sa.Artifact,
    id=identifiers,
    student=identifiers,
    title=texts,
    created_on=days,
    reference=st.none() | identifiers,
    description=st.text(max_size=30),
    standards=st.lists(identifiers, max_size=3, unique=True),
    goals=st.lists(identifiers, max_size=3, unique=True),
)

people = st.builds(
    sa.Person,
    id=identifiers,
    name=texts,
    role=st.sampled_from(sa.Role),
    language=st.none() | st.sampled_from(["en", "es", "vi", "ar", "zh-Hant"]),
)


@st.composite
def terms(draw: st.DrawFn) -> sa.Term:
    """A term of up to a year."""
    start = draw(days)
    length = draw(st.integers(min_value=0, max_value=365))
    return sa.Term(
        name=draw(st.sampled_from(sa.TermName)),
        starts_on=start,
        ends_on=start + timedelta(days=length),
    )


@st.composite
def school_years(draw: st.DrawFn) -> sa.SchoolYear:
    """Years with terms in order, separated by breaks, names distinct."""
    names = draw(st.permutations(list(sa.TermName)))
    count = draw(st.integers(min_value=1, max_value=len(names)))
    day = draw(days)
    built = []
    for name in names[:count]:
        end = day + timedelta(days=draw(st.integers(min_value=0, max_value=120)))
        built.append(sa.Term(name=name, starts_on=day, ends_on=end))
        day = end + timedelta(days=draw(st.integers(min_value=1, max_value=30)))
    return sa.SchoolYear(label=draw(texts), terms=built)


problems = st.builds(errors.Problem, path=st.text(max_size=20), message=texts)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    sa.Artifact: artifacts,
    sa.Band: st.sampled_from(sa.Band),
    sa.BandCuts: band_cuts(),
    Cluster: clusters(),
    sa.Domain: domains(),
    sa.Evidence: evidence,
    sa.EvidenceKind: st.sampled_from(sa.EvidenceKind),
    sa.Framework: frameworks(),
    sa.LearningIntention: learning_intentions(),
    sa.Level: levels,
    sa.LevelRule: st.sampled_from(sa.LevelRule),
    sa.Person: people,
    sa.Problem: problems,
    sa.Role: st.sampled_from(sa.Role),
    sa.Scale: scales(),
    sa.SchoolYear: school_years(),
    sa.Skill: skills,
    sa.Standard: standards(),
    sa.SuccessCriterion: success_criteria,
    sa.Term: terms(),
    sa.TermName: st.sampled_from(sa.TermName),
}
"""The strategy for each public type, keyed by the type."""


def _merge_package_strategies() -> None:
    """Add the strategies of each practice, planning and meeting package.

    Each package keeps its strategies in ``tests/strategies_<package>.py`` with a
    ``STRATEGIES`` dict of its own; they are merged here so that `STRATEGIES` covers
    every public type, and the test that checks coverage sees them all.
    """
    folder = Path(__file__).parent
    for path in sorted(folder.glob("strategies_*.py")):
        module = importlib.import_module(path.stem)
        STRATEGIES.update(module.STRATEGIES)


_merge_package_strategies()
