"""Hypothesis strategies for the portfolio party of selfassess.tracking.

They build valid parties only: welcomers are the party's students, each adopted
student's family is absent, and each adopter is an adult guest.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

import selfassess as sa
from selfassess import tracking as tr

from strategies import days, identifiers, texts, unique_ids

__all__ = ["STRATEGIES", "parties"]

_ADULTS = [sa.Role.FAMILY, sa.Role.TEACHER, sa.Role.SPECIALIST]
# Only a family member, or a sibling who is a student, is a student's family.
_FAMILY = [sa.Role.FAMILY, sa.Role.STUDENT]


@st.composite
def party_guests(draw: st.DrawFn) -> tr.PartyGuest:
    """Guests of any role; only a family member or a student sibling is family."""
    role = draw(st.sampled_from(sa.Role))
    return tr.PartyGuest(
        person=sa.Person(id=draw(identifiers), name=draw(texts), role=role),
        family_of=draw(st.lists(identifiers, unique=True, max_size=2))
        if role in _FAMILY
        else [],
    )


adoptions = st.builds(tr.Adoption, student=identifiers, adopter=identifiers)


@st.composite
def parties(draw: st.DrawFn) -> tr.PortfolioParty:
    """Parties whose guests, welcomers and adoptions agree with their students."""
    ids = draw(unique_ids(draw(st.integers(min_value=1, max_value=9))))
    split = draw(st.integers(min_value=1, max_value=len(ids)))
    students, guest_ids = ids[:split], ids[split:]
    guests = []
    for guest_id in guest_ids:
        role = draw(st.sampled_from(sa.Role))
        family_of = (
            draw(st.lists(st.sampled_from(students), unique=True, max_size=2))
            if role in _FAMILY
            else []
        )
        guests.append(
            tr.PartyGuest(
                person=sa.Person(id=guest_id, name=draw(texts), role=role),
                family_of=family_of,
            )
        )
    present = {student for guest in guests for student in guest.family_of}
    adults = [g.person.id for g in guests if g.person.role in _ADULTS]
    absent = [student for student in students if student not in present]
    adopted = draw(st.lists(st.sampled_from(absent), unique=True)) if absent else []
    return tr.PortfolioParty(
        held_on=draw(days),
        students=students,
        guests=guests,
        welcomers=draw(st.lists(st.sampled_from(students), unique=True, max_size=3)),
        adoptions=[
            tr.Adoption(student=student, adopter=draw(st.sampled_from(adults)))
            for student in (adopted if adults else [])
        ],
    )


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    tr.Adoption: adoptions,
    tr.PartyGuest: party_guests(),
    tr.PortfolioParty: parties(),
}
