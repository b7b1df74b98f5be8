"""The people around a student's learning, and the roles they speak in."""

from __future__ import annotations

import enum

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Checker

__all__ = ["Person", "Role"]


class Role(enum.Enum):
    """The part a person plays in a student's learning and conferences."""

    STUDENT = "student"
    """The learner, who judges their own work and, in a student-led conference, leads."""
    TEACHER = "teacher"
    """The classroom teacher, who assesses, facilitates and plans."""
    FAMILY = "family"
    """A parent, guardian or other family member."""
    PEER = "peer"
    """A classmate who rates work or tutors."""
    SPECIALIST = "specialist"
    """A special-education teacher, English-language specialist, counsellor or
    interpreter."""


@attrs.frozen(kw_only=True)
class Person:
    """Someone who takes part: a student, a teacher, a family member and so on.

    Attributes:
        id: A short identifier, unique among the people a tool works with.
        name: The name shown to people.
        role: Their role.
        language: The language they prefer to speak at conferences, as a tag such as
            ``"es"``; ``None`` when it is the school's language.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    id: str
    name: str
    role: Role
    language: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("name", self.name)
        check.member("role", self.role, Role)
        check.optional_identifier("language", self.language)
        check.done()
