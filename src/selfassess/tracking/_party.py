"""The portfolio party: the guests, the students who welcome them, and adoptions.

At the end of the year the students show their portfolios to guests: their
families and other adults of the school. Some students welcome the guests at the
door. A student whose family cannot come is "adopted" for the party by a guest or
another adult, who walks through the portfolio with them, so that no student
presents to nobody. What each student shows is `party_view`'s fall-to-spring
progress.
"""

from __future__ import annotations

from datetime import date

import attrs

from selfassess._people import Person, Role
from selfassess._repr import short_repr
from selfassess._validate import Checker, shown, to_tuple

__all__ = ["Adoption", "PartyGuest", "PortfolioParty"]

# A student or a peer does not adopt a classmate: an adult does.
_NOT_ADULTS = frozenset({Role.STUDENT, Role.PEER})

# Who may be a student's family: a family member, or a sibling who is a student
# (a child, who does not adopt). A teacher, a specialist or a classmate is not.
_FAMILY = frozenset({Role.FAMILY, Role.STUDENT})


@attrs.frozen(kw_only=True)
class PartyGuest:
    """A guest at the portfolio party, and the students whose family they are.

    Attributes:
        person: The guest: a family member, or another adult of the school (a
            teacher, a specialist ...).
        family_of: The ids of the students whose family the guest is, such as
            two siblings in the class; empty for a guest who is no student's
            family. Only a family member (`selfassess.Role.FAMILY`) or a sibling
            who is a student (`selfassess.Role.STUDENT`) is family: a teacher,
            a specialist or a peer is not.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    person: Person
    family_of: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        person_ok = check.instance("person", self.person, Person)
        family_ok = check.items("family_of", self.family_of, check.identifier)
        if family_ok:
            check.unique("family_of", self.family_of, lambda value: value, "student")
        role = self.person.role if person_ok else None
        if (
            family_ok
            and self.family_of
            and isinstance(role, Role)
            and role not in _FAMILY
        ):
            check.add(
                "family_of",
                f"must be empty for a guest who is not family (role {role.value!r})",
            )
        check.done()


@attrs.frozen(kw_only=True)
class Adoption:
    """A student whose family is absent, adopted for the party by an adult guest.

    Attributes:
        student: The id of the adopted student.
        adopter: The id of the guest who adopts them.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    adopter: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("student", self.student)
        check.identifier("adopter", self.adopter)
        check.done()


@attrs.frozen(kw_only=True)
class PortfolioParty:
    """The end-of-year portfolio party: who presents, who came, who welcomes whom.

    The rules: the students are unique; the guests are unique, none of them a
    student of the party, and each is family only of the party's students; the
    welcomers are students of the party, each once; an adopted student is a
    student of the party whose family is absent, adopted once, by a guest who is
    an adult (not a student or a peer).

    Attributes:
        held_on: The day of the party.
        students: The ids of the students who present their portfolios.
        guests: The guests who came.
        welcomers: The ids of the students who welcome the guests at the door.
        adoptions: The students whose family is absent, each with the guest who
            adopts them for the party.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path,
            such as ``adoptions[0].student: must be a student whose family is
            absent (got 'ana')``.

    Example:
        >>> from datetime import date
        >>> from selfassess import Person, Role
        >>> mom = Person(id="ana-mom", name="Ana's mother", role=Role.FAMILY)
        >>> coach = Person(id="coach", name="Coach Lee", role=Role.TEACHER)
        >>> party = PortfolioParty(
        ...     held_on=date(2027, 6, 4), students=["ana", "ben", "cy"],
        ...     guests=[PartyGuest(person=mom, family_of=["ana"]), PartyGuest(person=coach)],
        ...     welcomers=["ana"], adoptions=[Adoption(student="ben", adopter="coach")])
        >>> party.families_absent, party.unadopted
        (('ben', 'cy'), ('cy',))
    """

    __repr__ = short_repr

    held_on: date
    students: tuple[str, ...] = attrs.field(converter=to_tuple)
    guests: tuple[PartyGuest, ...] = attrs.field(default=(), converter=to_tuple)
    welcomers: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    adoptions: tuple[Adoption, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.day("held_on", self.held_on)
        students_ok = check.items(
            "students", self.students, check.identifier
        ) and check.unique("students", self.students, lambda value: value, "student")
        guests_ok = check.items("guests", self.guests, PartyGuest) and check.unique(
            "guests", self.guests, lambda guest: guest.person.id, "id"
        )
        welcomers_ok = check.items(
            "welcomers", self.welcomers, check.identifier
        ) and check.unique("welcomers", self.welcomers, lambda value: value, "student")
        adoptions_ok = check.items(
            "adoptions", self.adoptions, Adoption
        ) and check.unique(
            "adoptions", self.adoptions, lambda adoption: adoption.student, "student"
        )
        if not students_ok:
            check.done()
            return
        if guests_ok:
            self._check_guests(check)
        if welcomers_ok:
            for index, student in enumerate(self.welcomers):
                self._check_student(check, f"welcomers[{index}]", student)
        if adoptions_ok and guests_ok:
            self._check_adoptions(check)
        check.done()

    def _check_student(self, check: Checker, path: str, student: str) -> bool:
        if student in self.students:
            return True
        check.add(path, f"must be a student of the party (got {shown(student)})")
        return False

    def _check_guests(self, check: Checker) -> None:
        for index, guest in enumerate(self.guests):
            if guest.person.id in self.students:
                check.add(
                    f"guests[{index}].person.id",
                    f"must not be a student of the party (got {shown(guest.person.id)})",
                )
            for number, student in enumerate(guest.family_of):
                self._check_student(
                    check, f"guests[{index}].family_of[{number}]", student
                )

    def _check_adoptions(self, check: Checker) -> None:
        guests = {guest.person.id: guest.person for guest in self.guests}
        absent = set(self.families_absent)
        for index, adoption in enumerate(self.adoptions):
            path = f"adoptions[{index}]"
            if self._check_student(check, f"{path}.student", adoption.student) and (
                adoption.student not in absent
            ):
                check.add(
                    f"{path}.student",
                    "must be a student whose family is absent "
                    f"(got {shown(adoption.student)})",
                )
            adopter = guests.get(adoption.adopter)
            if adopter is None:
                check.add(
                    f"{path}.adopter",
                    f"must be the id of a guest (got {shown(adoption.adopter)})",
                )
            elif adopter.role in _NOT_ADULTS:
                check.add(
                    f"{path}.adopter",
                    f"must be an adult guest, not a {adopter.role.value} "
                    f"(got {shown(adoption.adopter)})",
                )

    @property
    def families_absent(self) -> tuple[str, ...]:
        """The students no family member came for, in the party's order."""
        present = {student for guest in self.guests for student in guest.family_of}
        return tuple(student for student in self.students if student not in present)

    @property
    def unadopted(self) -> tuple[str, ...]:
        """The students whose family is absent and whom no guest adopts yet."""
        adopted = {adoption.student for adoption in self.adoptions}
        return tuple(
            student for student in self.families_absent if student not in adopted
        )

    def adopter_of(self, student: str) -> str | None:
        """Return the id of the guest who adopts *student*; ``None`` for none.

        Raises:
            ArgumentTypeError: If *student* is not a string.
        """
        check = Checker(arguments=True)
        check.text("student", student, empty=True)
        check.done()
        return next((a.adopter for a in self.adoptions if a.student == student), None)
