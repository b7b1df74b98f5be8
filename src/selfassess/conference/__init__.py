"""Conferences: agendas, templates, prompts, schedules and records.

Meeting layer: may use every layer below it, never the edges.
"""

from selfassess.conference._agenda import (
    Agenda,
    AgendaItem,
    ConferenceKind,
    Link,
    LinkKind,
)
from selfassess.conference._prompts import (
    PROMPT_BANK,
    LeveledText,
    Proficiency,
    Prompt,
    PromptBank,
    PromptPurpose,
)
from selfassess.conference._templates import (
    COLLABORATION_CONFERENCE,
    DATA_REVIEW_CONFERENCE,
    SELF_ASSESSMENT_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    TEMPLATES,
    THREE_WAY_CONFERENCE,
    WORK_HABITS_CONFERENCE,
    Template,
    TemplateItem,
    allocate_minutes,
    template_for,
)

__all__ = [
    "COLLABORATION_CONFERENCE",
    "DATA_REVIEW_CONFERENCE",
    "PROMPT_BANK",
    "SELF_ASSESSMENT_CONFERENCE",
    "STUDENT_LED_FIRST",
    "STUDENT_LED_SECOND",
    "TEMPLATES",
    "THREE_WAY_CONFERENCE",
    "WORK_HABITS_CONFERENCE",
    "Agenda",
    "AgendaItem",
    "ConferenceKind",
    "LeveledText",
    "Link",
    "LinkKind",
    "Proficiency",
    "Prompt",
    "PromptBank",
    "PromptPurpose",
    "Template",
    "TemplateItem",
    "allocate_minutes",
    "template_for",
]
