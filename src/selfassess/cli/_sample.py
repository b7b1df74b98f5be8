"""A sample class, shipped as Python data, for the demo and for trying things out.

Ms. Okafor's fourth-grade math class, five weeks into the year: a fractions unit with
three standards, four students' collaboration self-assessments beside the teacher's,
scores per standard, goals, and the family members who come to conferences. Part of
the command-line edge: it uses every layer of the library.
"""

from __future__ import annotations

from datetime import date

import attrs

from selfassess import Domain, Evidence, EvidenceKind, Framework, Person, Role, Standard
from selfassess.goals import Goal, GoalArea
from selfassess.rubrics import COLLABORATION, Assessment, Rating

AS_OF = date(2026, 10, 5)
"""The day the demo is run "as of": the sample's data stops here."""


@attrs.frozen(kw_only=True)
class SampleClass:
    """Everything the demo shows, as values."""

    teacher: Person
    students: tuple[Person, ...]
    families: tuple[Person, ...]
    framework: Framework
    self_assessments: tuple[Assessment, ...]
    teacher_assessments: tuple[Assessment, ...]
    evidence: tuple[Evidence, ...]
    goals: tuple[Goal, ...]
    current: tuple[tuple[str, float], ...]
    """Each goal's current value, by goal id, as the student's data shows it."""
    self_coloured: tuple[tuple[str, int], ...]
    """How many of four parts each student coloured in for their goal, by goal id."""
    last_conference: tuple[tuple[str, date | None], ...]
    """Each student's last conference, for the rotation."""


def _framework() -> Framework:
    return Framework(
        id="math-4",
        title="Grade 4 mathematics",
        subject="math",
        domains=[
            Domain(
                id="nf",
                code="4.NF",
                title="Number and Operations: Fractions",
                standards=[
                    Standard(
                        id="nf1",
                        code="4.NF.1",
                        power=True,
                        statement="Explain why a fraction a/b is equivalent to (n*a)/(n*b).",
                    ),
                    Standard(
                        id="nf2",
                        code="4.NF.2",
                        statement="Compare two fractions with different numerators "
                        "and denominators.",
                    ),
                    Standard(
                        id="nf3",
                        code="4.NF.3",
                        statement="Add and subtract fractions with like denominators.",
                    ),
                ],
            )
        ],
    )


# Collaboration rubric levels (participation, collaboration, contributions,
# communication): the student's own, then the teacher's.
_RATINGS: dict[str, tuple[list[int], list[int]]] = {
    "ana": ([2, 4, 3, 3], [3, 2, 3, 3]),
    "ben": ([4, 4, 3, 4], [4, 3, 3, 4]),
    "caro": ([2, 2, 1, 2], [3, 3, 2, 3]),
    "dev": ([3, 3, 3, 2], [3, 3, 3, 2]),
}

# Scores per standard, oldest first, a week apart from 7 September.
_SCORES: dict[str, dict[str, list[float]]] = {
    "ana": {"nf1": [2, 3, 3], "nf2": [1, 2, 3, 2.5], "nf3": [1, 1, 2]},
    "ben": {"nf1": [3, 4, 4], "nf2": [3, 3, 4], "nf3": [3, 4, 3]},
    "caro": {"nf1": [1, 2, 2], "nf2": [1, 1, 2], "nf3": [2, 2, 3]},
    "dev": {"nf1": [2, 2, 3], "nf2": [2, 3, 3], "nf3": [1, 2, 2]},
}


def _assessment(student: str, rater: str, role: Role, levels: list[int]) -> Assessment:
    return Assessment(
        id=f"{student}-{'self' if role is Role.STUDENT else 'teacher'}-collab",
        rubric=COLLABORATION,
        student=student,
        rater=rater,
        role=role,
        assessed_on=date(2026, 10, 2),
        work="fraction-strips-project",
        ratings=[
            Rating(criterion=criterion.id, level=level)
            for criterion, level in zip(COLLABORATION.criteria, levels, strict=True)
        ],
    )


def sample_class() -> SampleClass:
    """Return the sample class."""
    teacher = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
    students = (
        Person(id="ana", name="Ana Díaz", role=Role.STUDENT),
        Person(id="ben", name="Ben Clarke", role=Role.STUDENT),
        Person(id="caro", name="Caro Nguyen", role=Role.STUDENT, language="vi"),
        Person(id="dev", name="Dev Patel", role=Role.STUDENT),
    )
    families = (
        Person(id="rosa", name="Rosa Díaz", role=Role.FAMILY, language="es"),
        Person(id="minh", name="Minh Nguyen", role=Role.FAMILY, language="vi"),
    )
    evidence = tuple(
        Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=date(2026, 9, 7 + 7 * week),
            kind=EvidenceKind.SUMMATIVE
            if week == len(scores) - 1
            else EvidenceKind.FORMATIVE,
            source=f"{standard}-week-{week + 1}",
        )
        for student, by_standard in _SCORES.items()
        for standard, scores in by_standard.items()
        for week, score in enumerate(scores)
    )
    goals = (
        Goal(
            id="ana-compare",
            student="ana",
            statement="I will compare fractions with different denominators using benchmarks.",
            standards=["nf2"],
            measure="score on 4.NF.2 checks",
            baseline=1,
            target=3,
            starts_on=date(2026, 9, 7),
            due_on=date(2026, 11, 20),
        ),
        Goal(
            id="ana-share",
            student="ana",
            statement="I will let every group member share before I add my idea.",
            area=GoalArea.WORK_HABITS,
            measure="times I waited, out of 5 group sessions",
            baseline=1,
            target=5,
            starts_on=date(2026, 9, 7),
            due_on=date(2026, 11, 20),
        ),
    )
    return SampleClass(
        teacher=teacher,
        students=students,
        families=families,
        framework=_framework(),
        self_assessments=tuple(
            _assessment(s, s, Role.STUDENT, own) for s, (own, _) in _RATINGS.items()
        ),
        teacher_assessments=tuple(
            _assessment(s, teacher.id, Role.TEACHER, theirs)
            for s, (_, theirs) in _RATINGS.items()
        ),
        evidence=evidence,
        goals=goals,
        current=(("ana-compare", 2.5), ("ana-share", 3)),
        self_coloured=(("ana-compare", 3), ("ana-share", 3)),
        last_conference=(
            ("ana", date(2026, 9, 14)),
            ("ben", date(2026, 9, 28)),
            ("caro", None),
            ("dev", date(2026, 9, 21)),
        ),
    )
