"""selfassess.mastery planning: quick checks, priorities, groups, tutors, growth."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Evidence
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.mastery import (
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    growth,
    intervention_groups,
    peer_tutors,
    priorities,
    quick_checks,
    rollup,
)
from strategies_mastery import weekly

START = date(2026, 9, 1)
LATEST = MasteryPolicy(method=MasteryMethod.LATEST)


def class_estimates(
    scores: dict[tuple[str, str], float],
) -> dict[tuple[str, str], MasteryEstimate]:
    """One latest score per (student, standard), rolled up."""
    rows = [
        Evidence(student=student, standard=standard, score=score, assessed_on=START)
        for (student, standard), score in scores.items()
    ]
    return rollup(rows, LATEST)


CLASS = class_estimates(
    {
        ("ana", "nf1"): 2.5,
        ("ben", "nf1"): 4,
        ("cy", "nf1"): 1,
        ("dee", "nf1"): 2.8,
        ("eli", "nf1"): 3,
        ("ana", "nf2"): 4,
        ("ben", "nf2"): 1.5,
        ("cy", "nf2"): 3,
    }
)


def test_quick_checks_for_near_mastery() -> None:
    """Near-mastery standards come closest first; a student filter applies."""
    found = quick_checks(CLASS)
    assert [(c.student, c.standard, c.gap) for c in found] == [
        ("dee", "nf1", 0.2),
        ("ana", "nf1", 0.5),
    ]
    assert [c.student for c in quick_checks(CLASS, student="ana")] == ["ana"]
    assert quick_checks(CLASS, student="ben") == ()


def test_priorities_power_first_then_most_missed() -> None:
    """A power standard comes first even when fewer students missed it."""
    assert [p.standard for p in priorities(CLASS)] == ["nf1", "nf2"]
    framework = sa.Framework(
        id="math",
        title="Math",
        domains=[
            sa.Domain(
                id="nf",
                code="NF",
                title="Fractions",
                standards=[
                    sa.Standard(id="nf1", code="NF.1", statement="Compare."),
                    sa.Standard(id="nf2", code="NF.2", statement="Add.", power=True),
                ],
            )
        ],
    )
    ranked = priorities(CLASS, framework)
    assert [(p.standard, p.power, p.not_mastered, p.students) for p in ranked] == [
        ("nf2", True, 1, 3),
        ("nf1", False, 3, 5),
    ]
    with pytest.raises(ArgumentTypeError, match=r"framework: must be a Framework"):
        priorities(CLASS, "math")  # type: ignore[arg-type]


def test_intervention_groups_split_evenly_by_need() -> None:
    """Three students in need with groups of two: sizes 2 and 1, lowest first."""
    groups = intervention_groups(CLASS, max_size=2)
    assert [(g.standard, g.students) for g in groups] == [
        ("nf1", ("cy", "ana")),
        ("nf1", ("dee",)),
        ("nf2", ("ben",)),
    ]
    with pytest.raises(InvalidDataError, match=r"max_size: must be at least 1"):
        intervention_groups(CLASS, max_size=0)


def test_peer_tutors_balance_the_load() -> None:
    """Tutees go to the least-loaded tutor; capacity leaves the rest unmatched."""
    matches = peer_tutors(CLASS)
    assert [(m.standard, m.tutor, m.tutee) for m in matches] == [
        ("nf1", "ben", "cy"),
        ("nf1", "eli", "ana"),
        ("nf1", "ben", "dee"),
        ("nf2", "ana", "ben"),
    ]
    limited = peer_tutors(CLASS, max_per_tutor=1)
    assert [(m.tutor, m.tutee) for m in limited if m.standard == "nf1"] == [
        ("ben", "cy"),
        ("eli", "ana"),
    ]
    with pytest.raises(InvalidDataError, match=r"max_per_tutor: must be at least 1"):
        peer_tutors(CLASS, max_per_tutor=0)


estimate_tables = st.dictionaries(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d", "e", "f"]), st.sampled_from(["x", "y"])
    ),
    st.floats(min_value=1, max_value=4),
    max_size=12,
).map(class_estimates)


@given(estimates=estimate_tables, limit=st.none() | st.integers(1, 3))
def test_tutoring_laws(
    estimates: dict[tuple[str, str], MasteryEstimate], limit: int | None
) -> None:
    """Tutors have mastered, tutees have not, loads balance and respect the limit."""
    matches = peer_tutors(estimates, max_per_tutor=limit)
    loads: dict[tuple[str, str], int] = {}
    for match in matches:
        assert estimates[match.tutor, match.standard].band is sa.Band.MASTERED
        assert estimates[match.tutee, match.standard].band in NEEDS
        key = (match.standard, match.tutor)
        loads[key] = loads.get(key, 0) + 1
    for standard in {s for _, s in estimates}:
        counts = [n for (s, _), n in loads.items() if s == standard]
        tutors = sum(
            1
            for (_, s), e in estimates.items()
            if s == standard and e.band is sa.Band.MASTERED
        )
        if counts and len(counts) == tutors:
            assert max(counts) - min(counts) <= 1
        if limit is not None and counts:
            assert max(counts) <= limit


NEEDS = (sa.Band.NEAR, sa.Band.NOT_YET)


def reference_peer_tutors(
    estimates: Mapping[tuple[str, str], MasteryEstimate],
    max_per_tutor: int | None = None,
) -> list[tuple[str, str, str]]:
    """The pairs as the rule first computed them: each tutee scans every tutor.

    Plain and quadratic: for each standard, the tutees (lowest value first, then
    id) go one by one to the first, in rank order (highest value, then id), of the
    tutors with the fewest tutees so far and room for one more.
    """
    tutors: dict[str, list[tuple[float, str]]] = {}
    tutees: dict[str, list[tuple[float, str]]] = {}
    for (student, standard), estimate in estimates.items():
        value = estimate.value if estimate.value is not None else float("-inf")
        if estimate.band is sa.Band.MASTERED:
            tutors.setdefault(standard, []).append((-value, student))
        elif estimate.band in NEEDS:
            tutees.setdefault(standard, []).append((value, student))
    pairs = []
    for standard in sorted(tutees):
        ranked = [student for _, student in sorted(tutors.get(standard, []))]
        load = dict.fromkeys(ranked, 0)
        for _, tutee in sorted(tutees[standard]):
            free = [
                tutor
                for tutor in ranked
                if tutor != tutee
                and (max_per_tutor is None or load[tutor] < max_per_tutor)
            ]
            if not free:
                continue
            tutor = min(free, key=lambda name: load[name])
            load[tutor] += 1
            pairs.append((standard, tutor, tutee))
    return pairs


@st.composite
def classes(draw: st.DrawFn) -> dict[tuple[str, str], MasteryEstimate]:
    """Many students on few standards, values with ties, some waiting for a value."""
    waiting = MasteryPolicy(method=MasteryMethod.N_MASTERY, n=2)
    estimates = {}
    keys = draw(
        st.lists(
            st.tuples(
                st.sampled_from([f"s{index}" for index in range(40)]),
                st.sampled_from(["x", "y", "z"]),
            ),
            unique=True,
            max_size=60,
        )
    )
    for student, standard in keys:
        policy = draw(st.sampled_from([LATEST, waiting]))
        scores = draw(st.lists(st.sampled_from([1, 2, 2.5, 3, 3.5, 4]), max_size=2))
        rows = weekly(*scores, student=student, standard=standard)
        estimates[student, standard] = policy.estimate(rows)
    return estimates


@given(estimates=classes(), limit=st.none() | st.integers(1, 4))
def test_peer_tutors_pairs_as_the_plain_rule_does(
    estimates: dict[tuple[str, str], MasteryEstimate], limit: int | None
) -> None:
    """The pairs are exactly those of the plain quadratic rule, in the same order."""
    found = [
        (m.standard, m.tutor, m.tutee)
        for m in peer_tutors(estimates, max_per_tutor=limit)
    ]
    assert found == reference_peer_tutors(estimates, limit)


@given(estimates=estimate_tables, size=st.integers(1, 4))
def test_groups_split_each_standard_in_order_of_need(
    estimates: dict[tuple[str, str], MasteryEstimate], size: int
) -> None:
    """Each standard's students in need, lowest first, cut into even groups of at most size."""
    groups = intervention_groups(estimates, max_size=size)
    needing: dict[str, list[tuple[float, str]]] = {}
    for (student, standard), estimate in estimates.items():
        if estimate.band in NEEDS:
            assert estimate.value is not None  # the latest score: always a value
            needing.setdefault(standard, []).append((estimate.value, student))
    standards = sorted(needing, key=lambda s: (-len(needing[s]), s))
    assert list(dict.fromkeys(g.standard for g in groups)) == standards
    for standard in standards:
        mine = [g.students for g in groups if g.standard == standard]
        ordered = tuple(student for _, student in sorted(needing[standard]))
        assert tuple(s for students in mine for s in students) == ordered
        assert len(mine) == -(-len(ordered) // size)  # as few groups as size allows
        sizes = [len(students) for students in mine]
        assert max(sizes) <= size
        assert max(sizes) - min(sizes) <= 1
        assert sizes == sorted(sizes, reverse=True)  # the larger groups first


def test_growth_between_two_dates() -> None:
    """The change per standard is the estimate at the second date minus the first."""
    rows = [
        Evidence(
            student="ana",
            standard="nf1",
            score=score,
            assessed_on=START + timedelta(weeks=week),
        )
        for week, score in enumerate([1, 2, 4])
    ] + [
        Evidence(
            student="ben",
            standard="nf1",
            score=3,
            assessed_on=START + timedelta(weeks=2),
        )
    ]
    found = growth(rows, START + timedelta(days=1), START + timedelta(weeks=3))
    assert [(g.student, g.before, g.after, g.change) for g in found] == [
        ("ana", 1.0, 3.18, 2.18),
        ("ben", None, 3.0, None),
    ]
    with pytest.raises(InvalidDataError, match=r"end: must not be before start"):
        growth(rows, START, START - timedelta(days=1))
    with pytest.raises(ArgumentTypeError, match=r"policy: must be a MasteryPolicy"):
        growth(rows, START, START, policy="latest")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"evidence: must be a list"):
        growth(3, START, START)  # type: ignore[arg-type]


def test_estimates_must_come_from_rollup() -> None:
    """A mapping of something else is refused with its key."""
    with pytest.raises(ArgumentTypeError, match=r"estimates: must be a mapping"):
        quick_checks([])  # type: ignore[arg-type]
    with pytest.raises(
        InvalidDataError, match=r"must be keyed by \(student, standard\)"
    ):
        priorities({"ana": CLASS["ana", "nf1"]})  # type: ignore[dict-item]
    with pytest.raises(InvalidDataError, match=r"must be a MasteryEstimate"):
        peer_tutors({("ana", "nf1"): 3})  # type: ignore[dict-item]


class _RepeatedKeys(Mapping[tuple[str, str], MasteryEstimate]):
    """A mapping whose items repeat a key, as a hand-written Mapping can."""

    def __init__(self, items: list[tuple[tuple[str, str], MasteryEstimate]]) -> None:
        self._items = items

    def __getitem__(self, key: tuple[str, str]) -> MasteryEstimate:
        return next(estimate for found, estimate in self._items if found == key)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter([key for key, _ in self._items])

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> Any:
        return list(self._items)


@given(
    items=st.lists(
        st.tuples(
            st.tuples(st.sampled_from(["ana", "ben", "cy", "dee"]), st.just("x")),
            st.sampled_from([1, 2, 3.5, 4]).map(
                lambda score: LATEST.estimate(weekly(score, standard="x"))
            ),
        ),
        max_size=10,
    ),
    limit=st.none() | st.integers(1, 3),
)
def test_peer_tutors_never_pair_a_student_with_themself(
    items: list[tuple[tuple[str, str], MasteryEstimate]], limit: int | None
) -> None:
    """Keys repeated: nobody tutors themself, one tutor listed twice is one tutor.

    The pairs are still the plain rule's, which counts each tutor's load by name.
    """
    estimates = _RepeatedKeys(items)
    found = [
        (m.standard, m.tutor, m.tutee)
        for m in peer_tutors(estimates, max_per_tutor=limit)
    ]
    assert found == reference_peer_tutors(estimates, limit)
    assert all(tutor != tutee for _, tutor, tutee in found)


def test_peer_tutors_set_a_tutee_who_tutors_aside() -> None:
    """Ana, mastered and not yet on one standard, is tutored by Ben, not by herself."""
    estimates = _RepeatedKeys(
        [
            (("ana", "x"), LATEST.estimate(weekly(4, student="ana", standard="x"))),
            (("ana", "x"), LATEST.estimate(weekly(1, student="ana", standard="x"))),
            (("ben", "x"), LATEST.estimate(weekly(3.5, student="ben", standard="x"))),
            (("cy", "x"), LATEST.estimate(weekly(2, student="cy", standard="x"))),
        ]
    )
    found = [(m.tutor, m.tutee) for m in peer_tutors(estimates)]
    assert found == [("ben", "ana"), ("ana", "cy")]


@pytest.mark.parametrize(
    "planner", [quick_checks, priorities, intervention_groups, peer_tutors]
)
def test_a_wrong_estimate_among_good_ones_is_refused_by_every_planner(
    planner: Any,
) -> None:
    """Read one at a time, a wrong estimate among good ones is still refused by key.

    Every planner reads the mapping to its end before it returns anything.
    """
    mixed: dict[Any, Any] = {
        **dict(CLASS),
        ("zed", "nf1"): 3,
        "yan": CLASS["ana", "nf1"],
    }
    with pytest.raises(InvalidDataError) as caught:
        planner(mixed)
    assert [problem.path for problem in caught.value.problems] == [
        "estimates[('zed', 'nf1')]",
        "estimates['yan']",
    ]


def test_quick_checks_refuse_a_student_that_is_not_text() -> None:
    """The student to filter by is a string, checked before any is compared.

    Found by the fuzz harness: an argument whose ``==`` raised escaped as its own
    error.
    """

    class Hostile:
        def __eq__(self, other: object) -> bool:
            raise ValueError("no ==")

        __hash__ = object.__hash__

    with pytest.raises(ArgumentTypeError, match=r"student: must be a string"):
        quick_checks(CLASS, student=Hostile())  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"student: must be a string"):
        quick_checks(CLASS, student=3)  # type: ignore[arg-type]
