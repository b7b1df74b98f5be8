"""Hypothesis strategies for every public type of selfassess.conference."""

from __future__ import annotations

import enum
from typing import Any

import attrs
from hypothesis import strategies as st

import selfassess as sa
from selfassess import conference as cf

__all__ = ["STRATEGIES"]

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {}
"""The strategy for each public type of selfassess.conference.

Defined before `strategies` is imported and filled at the end, so that a test may
import this module first: `strategies` then merges it while it is still empty, and
the end of this module adds its entries to `strategies.STRATEGIES` itself."""

import strategies  # noqa: E402 (see STRATEGIES above)
from strategies import identifiers, texts  # noqa: E402 (see STRATEGIES above)


def _enum(kind: type[enum.Enum]) -> st.SearchStrategy[Any]:
    return st.sampled_from(kind)


roles = st.sampled_from(sa.Role)
small_texts = st.text(max_size=20)

leveled_texts = st.builds(
    cf.LeveledText, level=st.sampled_from(cf.Proficiency), text=texts
)


@st.composite
def prompts(draw: st.DrawFn) -> cf.Prompt:
    """Prompts with at most one wording per proficiency level."""
    levels = draw(st.lists(st.sampled_from(cf.Proficiency), unique=True, max_size=3))
    return cf.Prompt(
        id=draw(identifiers),
        purpose=draw(st.sampled_from(cf.PromptPurpose)),
        text=draw(texts),
        asker=draw(roles),
        leveled=[cf.LeveledText(level=level, text=draw(texts)) for level in levels],
        visual_scale=draw(st.none() | st.just("three-faces") | identifiers),
    )


@st.composite
def prompt_banks(draw: st.DrawFn) -> cf.PromptBank:
    """Banks whose prompts have distinct ids."""
    ids = draw(st.lists(identifiers, unique=True, max_size=4))
    return cf.PromptBank(
        prompts=[attrs.evolve(draw(prompts()), id=prompt_id) for prompt_id in ids]
    )


def links(student: st.SearchStrategy[str] = identifiers) -> st.SearchStrategy[Any]:
    """Links to objects of a student drawn from *student*."""
    return st.builds(
        cf.Link,
        kind=st.sampled_from(cf.LinkKind),
        ref=identifiers,
        student=student,
        label=small_texts,
    )


def agenda_items(
    student: st.SearchStrategy[str] = identifiers,
    speakers: st.SearchStrategy[sa.Role] = roles,
    max_minutes: int = 30,
) -> st.SearchStrategy[Any]:
    """Items whose links are distinct and belong to a student from *student*."""
    return st.builds(
        cf.AgendaItem,
        title=texts,
        minutes=st.integers(min_value=1, max_value=max_minutes),
        speaker=speakers,
        prompts=st.lists(prompts(), max_size=2),
        links=st.lists(links(student), max_size=3, unique_by=lambda link: link.key),
        student_says=small_texts,
    )


@st.composite
def participants(draw: st.DrawFn, student: str) -> list[sa.Person]:
    """The student (first, with the student role) and others with distinct ids."""
    others = draw(
        st.lists(identifiers.filter(lambda i: i != student), unique=True, max_size=3)
    )
    people = [sa.Person(id=student, name=draw(texts), role=sa.Role.STUDENT)]
    people += [
        sa.Person(id=person_id, name=draw(texts), role=draw(roles))
        for person_id in others
    ]
    return draw(st.permutations(people))


@st.composite
def agendas(draw: st.DrawFn) -> cf.Agenda:
    """Valid agendas: items that fit, speakers present, links to the student's data."""
    student = draw(identifiers)
    people = draw(participants(student))
    present = sorted({person.role for person in people}, key=lambda role: role.value)
    count = draw(st.integers(min_value=0, max_value=5))
    items = [
        draw(agenda_items(st.just(student), st.sampled_from(present), 10))
        for _ in range(count)
    ]
    total = sum(item.minutes for item in items)
    slot = total + draw(st.integers(min_value=0 if total else 1, max_value=10))
    return cf.Agenda(
        kind=draw(st.sampled_from(cf.ConferenceKind)),
        student=student,
        participants=people,
        leader=draw(st.sampled_from(people)).id,
        facilitator=draw(st.none() | st.sampled_from([p.id for p in people])),
        slot_minutes=slot,
        items=items,
        title=draw(small_texts),
        afterwards=draw(st.lists(texts, max_size=2)),
    )


template_items = st.builds(
    cf.TemplateItem,
    title=texts,
    minutes=st.integers(min_value=1, max_value=10),
    speaker=roles,
    prompts=st.lists(prompts(), max_size=2),
    wants=st.lists(st.sampled_from(cf.LinkKind), unique=True, max_size=3),
    student_says=small_texts,
)


@st.composite
def templates(draw: st.DrawFn) -> cf.Template:
    """Templates whose items fit their slot; sometimes a built-in one."""
    if draw(st.booleans()):
        return draw(st.sampled_from(cf.TEMPLATES))
    items = draw(st.lists(template_items, min_size=1, max_size=5))
    total = sum(item.minutes for item in items)
    return cf.Template(
        kind=draw(st.sampled_from(cf.ConferenceKind)),
        name=draw(texts),
        slot_minutes=total + draw(st.integers(min_value=0, max_value=10)),
        leader=draw(roles),
        items=items,
        facilitator=draw(st.none() | roles),
        afterwards=draw(st.lists(texts, max_size=2)),
        source=draw(small_texts),
    )


STRATEGIES.update(
    {
        cf.Agenda: agendas(),
        cf.AgendaItem: agenda_items(),
        cf.ConferenceKind: _enum(cf.ConferenceKind),
        cf.LeveledText: leveled_texts,
        cf.Link: links(),
        cf.LinkKind: _enum(cf.LinkKind),
        cf.Proficiency: _enum(cf.Proficiency),
        cf.Prompt: prompts(),
        cf.PromptBank: prompt_banks(),
        cf.PromptPurpose: _enum(cf.PromptPurpose),
        cf.Template: templates(),
        cf.TemplateItem: template_items,
    }
)
strategies.STRATEGIES.update(STRATEGIES)
