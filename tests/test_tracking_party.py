"""The portfolio party: guests, the students who welcome them, and adoptions."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given

import selfassess as sa
from selfassess import tracking as tr
from selfassess.errors import ArgumentTypeError, InvalidDataError
from strategies_tracking_party import parties

PARTY_DAY = date(2027, 6, 4)
MOM = tr.PartyGuest(
    person=sa.Person(id="ana-mom", name="Ana's mother", role=sa.Role.FAMILY),
    family_of=["ana"],
)
COACH = tr.PartyGuest(
    person=sa.Person(id="coach", name="Coach Lee", role=sa.Role.TEACHER)
)
SISTER = tr.PartyGuest(
    person=sa.Person(id="cy-sister", name="Cy's sister", role=sa.Role.STUDENT),
    family_of=["cy"],
)


def _party(**changes: object) -> tr.PortfolioParty:
    party = tr.PortfolioParty(
        held_on=PARTY_DAY,
        students=["ana", "ben", "cy", "dee"],
        guests=[MOM, COACH, SISTER],
        welcomers=["ana", "dee"],
        adoptions=[tr.Adoption(student="ben", adopter="coach")],
    )
    return attrs.evolve(party, **changes)  # type: ignore[arg-type]


def test_a_student_whose_family_is_absent_is_adopted_for_the_party() -> None:
    """Guests, welcomers, and an adult guest adopting a student with no family there.

    The practice: at the portfolio party every student shows their work to someone;
    a student whose family cannot come is adopted by a guest or another adult.
    """
    party = _party()
    assert party.families_absent == ("ben", "dee")
    assert party.unadopted == ("dee",)
    assert party.adopter_of("ben") == "coach"
    assert party.adopter_of("ana") is None
    assert party.welcomers == ("ana", "dee")


def test_every_party_rule_is_reported_with_its_path() -> None:
    """Only absent families' students are adopted, once, by an adult guest."""
    with pytest.raises(InvalidDataError) as caught:
        _party(
            guests=[
                MOM,
                COACH,
                SISTER,
                tr.PartyGuest(
                    person=sa.Person(id="ben", name="Ben", role=sa.Role.FAMILY),
                    family_of=["zed"],
                ),
            ],
            welcomers=["ana", "zed"],
            adoptions=[
                tr.Adoption(student="ana", adopter="coach"),
                tr.Adoption(student="dee", adopter="cy-sister"),
                tr.Adoption(student="dee", adopter="coach"),
                tr.Adoption(student="zed", adopter="nobody"),
            ],
        )
    assert [str(p) for p in caught.value.problems] == [
        "adoptions[2]: student 'dee' is already used at adoptions[1]",
        "guests[3].person.id: must not be a student of the party (got 'ben')",
        "guests[3].family_of[0]: must be a student of the party (got 'zed')",
        "welcomers[1]: must be a student of the party (got 'zed')",
    ]
    with pytest.raises(InvalidDataError) as caught:
        _party(
            adoptions=[
                tr.Adoption(student="ana", adopter="coach"),
                tr.Adoption(student="dee", adopter="cy-sister"),
                tr.Adoption(student="zed", adopter="nobody"),
            ],
        )
    assert [str(p) for p in caught.value.problems] == [
        "adoptions[0].student: must be a student whose family is absent (got 'ana')",
        "adoptions[1].adopter: must be an adult guest, not a student (got 'cy-sister')",
        "adoptions[2].student: must be a student of the party (got 'zed')",
        "adoptions[2].adopter: must be the id of a guest (got 'nobody')",
    ]


def test_only_family_is_anyones_family() -> None:
    """A teacher, specialist or peer guest is nobody's family: it would hide absence."""
    for role in (sa.Role.TEACHER, sa.Role.SPECIALIST, sa.Role.PEER):
        with pytest.raises(InvalidDataError) as caught:
            tr.PartyGuest(
                person=sa.Person(id="coach", name="Coach Lee", role=role),
                family_of=["ana"],
            )
        assert [str(p) for p in caught.value.problems] == [
            f"family_of: must be empty for a guest who is not family "
            f"(role {role.value!r})"
        ]
    assert _party().families_absent == ("ben", "dee")
    assert SISTER.family_of == ("cy",)  # a sibling who is a student is family


def test_a_party_has_its_students_once() -> None:
    """Students and guests are unique; a party without a list is refused."""
    with pytest.raises(InvalidDataError, match=r"^students\[1\]: student 'ana'"):
        _party(students=["ana", "ana"], welcomers=[], adoptions=[], guests=[])
    with pytest.raises(InvalidDataError, match=r"^guests\[1\]: id 'ana-mom'"):
        _party(guests=[MOM, MOM])
    with pytest.raises(ArgumentTypeError, match=r"^student: must be a string"):
        _party().adopter_of(7)  # type: ignore[arg-type]


@given(parties())
def test_every_absent_family_is_known_and_adoptions_cover_only_them(
    party: tr.PortfolioParty,
) -> None:
    """Absent families are exactly the students no guest is family of; adopted ⊆ them."""
    present = {s for guest in party.guests for s in guest.family_of}
    assert set(party.families_absent) == set(party.students) - present
    adopted = {adoption.student for adoption in party.adoptions}
    assert adopted <= set(party.families_absent)
    assert set(party.unadopted) == set(party.families_absent) - adopted
    for adoption in party.adoptions:
        assert party.adopter_of(adoption.student) == adoption.adopter


@given(parties())
def test_adopting_a_student_whose_family_came_is_refused(
    party: tr.PortfolioParty,
) -> None:
    """A student whose family came cannot be adopted."""
    came = [s for s in party.students if s not in party.families_absent]
    adults = [
        g.person.id
        for g in party.guests
        if g.person.role not in (sa.Role.STUDENT, sa.Role.PEER)
    ]
    if not came or not adults:
        return
    extra = tr.Adoption(student=came[0], adopter=adults[0])
    with pytest.raises(InvalidDataError, match="must be a student whose family"):
        attrs.evolve(party, adoptions=[*party.adoptions, extra])
