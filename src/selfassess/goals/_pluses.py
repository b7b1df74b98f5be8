"""Three Pluses and a Goal: strengths and one goal each, from student, parent, teacher.

At a student-led conference the student writes three strengths (the pluses) and one
goal; the parent writes strengths and ONE goal; the teacher writes strengths and a
goal. A conference is still held when no parent comes, so the parent's part may be
missing. The form produces the goals the conference agreed on.
"""

from __future__ import annotations

from datetime import date

import attrs

from selfassess._people import Role
from selfassess._repr import short_repr
from selfassess._validate import Checker, shown, to_tuple
from selfassess.goals._goals import Goal

__all__ = ["PlusesSection", "ThreePlusesAndAGoal"]


@attrs.frozen(kw_only=True)
class PlusesSection:
    """One person's part of Three Pluses and a Goal: strengths, and ONE goal.

    Attributes:
        author: Who wrote it: `~selfassess.Role.STUDENT`, `~selfassess.Role.FAMILY`
            (a parent) or `~selfassess.Role.TEACHER`.
        strengths: The strengths (pluses) they see, each non-empty; at least one.
        goal: The one goal they write; its ``owner`` is the author.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    author: Role
    strengths: tuple[str, ...] = attrs.field(converter=to_tuple)
    goal: Goal

    def __attrs_post_init__(self) -> None:
        check = Checker()
        author = check.member("author", self.author, Role)
        if author and self.author not in _AUTHORS:
            names = ", ".join(repr(role.value) for role in _AUTHORS)
            check.add(
                "author", f"must be one of {names} (got {shown(self.author.value)})"
            )
            author = False
        check.items(
            "strengths",
            self.strengths,
            check.text,
            non_empty=True,
        )
        if (
            check.instance("goal", self.goal, Goal)
            and author
            and self.goal.owner is not self.author
        ):
            check.add(
                "goal.owner",
                f"must be the section's author ({shown(self.author.value)}) "
                f"(got {shown(self.goal.owner.value)})",
            )
        check.done()


_AUTHORS = (Role.STUDENT, Role.FAMILY, Role.TEACHER)
_STUDENT_PLUSES = 3


@attrs.frozen(kw_only=True)
class ThreePlusesAndAGoal:
    """The Three Pluses and a Goal form of one student-led conference.

    Attributes:
        student: The id of the student.
        written_on: The day of the conference.
        from_student: The student's part: exactly three strengths and one goal.
        from_parent: The parent's part: strengths and ONE goal; ``None`` when no
            parent came.
        from_teacher: The teacher's part: strengths and a goal; ``None`` if not yet
            written.

    Raises:
        InvalidDataError: If a section has the wrong author, the student's part does
            not have exactly three strengths, a goal is for another student, or two
            goals share an id; every problem is listed with its path.

    Example:
        >>> from selfassess import Role
        >>> from datetime import date
        >>> form = ThreePlusesAndAGoal(
        ...     student="ana", written_on=date(2026, 10, 22),
        ...     from_student=PlusesSection(
        ...         author=Role.STUDENT,
        ...         strengths=["I explain my thinking", "I help my group", "I read every night"],
        ...         goal=Goal(id="ana-s", student="ana", statement="Learn my times tables to 12")),
        ...     from_parent=PlusesSection(
        ...         author=Role.FAMILY, strengths=["She is curious"],
        ...         goal=Goal(id="ana-p", student="ana", owner=Role.FAMILY,
        ...                   statement="Finish homework before dinner")),
        ... )
        >>> [goal.id for goal in form.goals]
        ['ana-s', 'ana-p']
    """

    __repr__ = short_repr

    student: str
    written_on: date
    from_student: PlusesSection
    from_parent: PlusesSection | None = None
    from_teacher: PlusesSection | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        student_ok = check.identifier("student", self.student)
        check.day("written_on", self.written_on)
        goals: list[tuple[str, Goal]] = []
        for field, role in (
            ("from_student", Role.STUDENT),
            ("from_parent", Role.FAMILY),
            ("from_teacher", Role.TEACHER),
        ):
            section = getattr(self, field)
            if section is None and field != "from_student":
                continue
            if not check.instance(field, section, PlusesSection):
                continue
            if section.author is not role:
                check.add(
                    f"{field}.author",
                    f"must be {shown(role.value)} (got {shown(section.author.value)})",
                )
            if student_ok and section.goal.student != self.student:
                check.add(
                    f"{field}.goal.student",
                    f"must be the form's student ({shown(self.student)}) "
                    f"(got {shown(section.goal.student)})",
                )
            goals.append((f"{field}.goal.id", section.goal))
        section = self.from_student
        if isinstance(section, PlusesSection) and len(section.strengths) != (
            _STUDENT_PLUSES
        ):
            where = (
                f"from_student.strengths[{_STUDENT_PLUSES}]"
                if len(section.strengths) > _STUDENT_PLUSES
                else "from_student.strengths"
            )
            check.add(
                where,
                f"must be exactly {_STUDENT_PLUSES} strengths "
                f"(got {len(section.strengths)})",
            )
        seen: dict[str, str] = {}
        for path, goal in goals:
            if goal.id in seen:
                check.add(
                    path, f"id {shown(goal.id)} is already used at {seen[goal.id]}"
                )
            else:
                seen[goal.id] = path
        check.done()

    @property
    def sections(self) -> tuple[PlusesSection, ...]:
        """The sections written, in the order student, parent, teacher."""
        found = (self.from_student, self.from_parent, self.from_teacher)
        return tuple(section for section in found if section is not None)

    @property
    def goals(self) -> tuple[Goal, ...]:
        """The goals the form produces, one per section, student first."""
        return tuple(section.goal for section in self.sections)
