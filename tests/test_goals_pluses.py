"""Three Pluses and a Goal: three strengths and one goal from the student, and more."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given

from selfassess import Role
from selfassess.errors import InvalidDataError
from selfassess.goals import Goal, PlusesSection, ThreePlusesAndAGoal

from strategies import STRATEGIES


def section(role: Role, goal_id: str, strengths: int = 1) -> PlusesSection:
    return PlusesSection(
        author=role,
        strengths=[f"strength {n}" for n in range(strengths)],
        goal=Goal(id=goal_id, student="ana", owner=role, statement="Read every night"),
    )


STUDENT = section(Role.STUDENT, "s", strengths=3)


def test_goals_come_one_per_section() -> None:
    """The form produces the student's, parent's and teacher's goals in that order."""
    form = ThreePlusesAndAGoal(
        student="ana",
        written_on=date(2026, 10, 22),
        from_student=STUDENT,
        from_parent=section(Role.FAMILY, "p"),
        from_teacher=section(Role.TEACHER, "t", strengths=2),
    )
    assert [goal.id for goal in form.goals] == ["s", "p", "t"]
    assert [goal.owner for goal in form.goals] == [
        Role.STUDENT,
        Role.FAMILY,
        Role.TEACHER,
    ]


def test_a_conference_without_a_parent() -> None:
    """The parent's part may be missing: a conference is held when no parent comes."""
    form = ThreePlusesAndAGoal(
        student="ana", written_on=date(2026, 10, 22), from_student=STUDENT
    )
    assert [goal.id for goal in form.goals] == ["s"]
    assert form.sections == (STUDENT,)


def test_a_fourth_plus_is_refused() -> None:
    """The student writes exactly three strengths: a fourth is reported at its index."""
    with pytest.raises(
        InvalidDataError,
        match=r"^from_student\.strengths\[3\]: must be exactly 3 strengths \(got 4\)$",
    ):
        ThreePlusesAndAGoal(
            student="ana",
            written_on=date(2026, 10, 22),
            from_student=section(Role.STUDENT, "s", strengths=4),
        )
    with pytest.raises(
        InvalidDataError,
        match=r"^from_student\.strengths: must be exactly 3 strengths \(got 2\)$",
    ):
        ThreePlusesAndAGoal(
            student="ana",
            written_on=date(2026, 10, 22),
            from_student=section(Role.STUDENT, "s", strengths=2),
        )


def test_sections_in_the_wrong_place_and_repeated_ids() -> None:
    """Wrong authors, another student's goal and a repeated goal id are all reported."""
    teacher = section(Role.TEACHER, "s")
    other = attrs.evolve(
        section(Role.FAMILY, "p"),
        goal=Goal(id="p", student="ben", owner=Role.FAMILY, statement="Sleep early"),
    )
    with pytest.raises(InvalidDataError) as caught:
        ThreePlusesAndAGoal(
            student="ana",
            written_on=date(2026, 10, 22),
            from_student=STUDENT,
            from_parent=other,
            from_teacher=attrs.evolve(teacher, author=Role.TEACHER),
        )
    assert [str(p) for p in caught.value.problems] == [
        "from_parent.goal.student: must be the form's student ('ana') (got 'ben')",
        "from_teacher.goal.id: id 's' is already used at from_student.goal.id",
    ]
    with pytest.raises(
        InvalidDataError,
        match=r"^from_parent\.author: must be 'family' \(got 'teacher'\)$",
    ):
        ThreePlusesAndAGoal(
            student="ana",
            written_on=date(2026, 10, 22),
            from_student=STUDENT,
            from_parent=section(Role.TEACHER, "p"),
        )


def test_section_rules() -> None:
    """A section needs a strength, an author allowed to write one, and its own goal."""
    with pytest.raises(InvalidDataError) as caught:
        PlusesSection(
            author=Role.PEER,
            strengths=["Kind", " "],
            goal=Goal(id="g", student="ana", statement="Read"),
        )
    assert [str(p) for p in caught.value.problems] == [
        "author: must be one of 'student', 'family', 'teacher' (got 'peer')",
        "strengths[1]: must not be empty (got ' ')",
    ]
    with pytest.raises(InvalidDataError, match=r"^strengths: must not be empty$"):
        PlusesSection(
            author=Role.STUDENT,
            strengths=[],
            goal=Goal(id="g", student="ana", statement="Read"),
        )
    with pytest.raises(
        InvalidDataError,
        match=r"^goal\.owner: must be the section's author \('family'\) \(got 'student'\)$",
    ):
        PlusesSection(
            author=Role.FAMILY,
            strengths=["Kind"],
            goal=Goal(id="g", student="ana", statement="Read"),
        )


@given(form=STRATEGIES[ThreePlusesAndAGoal])
def test_every_goal_is_for_the_student_and_owned_by_its_author(
    form: ThreePlusesAndAGoal,
) -> None:
    """Each goal the form produces is the student's and owned by its section's author."""
    assert len(form.goals) == len(form.sections)
    assert len(form.from_student.strengths) == 3
    for part, goal in zip(form.sections, form.goals, strict=True):
        assert goal.student == form.student
        assert goal.owner is part.author
    assert len({goal.id for goal in form.goals}) == len(form.goals)


def test_a_fourth_plus_in_a_document_is_reported_with_its_path() -> None:
    """Plain data with four pluses is refused by from_dict, at the extra plus."""
    from selfassess.serialize import from_dict, to_dict

    form = ThreePlusesAndAGoal(
        student="ana", written_on=date(2026, 10, 22), from_student=STUDENT
    )
    data = to_dict(form)
    data["from_student"]["strengths"].append("I am tidy")
    with pytest.raises(
        InvalidDataError,
        match=r"^from_student\.strengths\[3\]: must be exactly 3 strengths \(got 4\)$",
    ):
        from_dict(ThreePlusesAndAGoal, data)
    assert from_dict(ThreePlusesAndAGoal, to_dict(form)) == form
