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
from selfassess.conference._block import (
    BlockConference,
    BlockSegment,
    SegmentKind,
    SelfPacedBlock,
    plan_block,
)
from selfassess.conference._builtin_templates import (
    COLLABORATION_CONFERENCE,
    DATA_REVIEW_CONFERENCE,
    SELF_ASSESSMENT_CONFERENCE,
    STUDENT_LED_FIRST,
    STUDENT_LED_SECOND,
    TEMPLATES,
    THREE_WAY_CONFERENCE,
    WORK_HABITS_CONFERENCE,
    template_for,
)
from selfassess.conference._check_in import school_days_after
from selfassess.conference._family_schedule import (
    Appointment,
    AppointmentStatus,
    FamilySchedule,
    Reminder,
    schedule_families,
)
from selfassess.conference._letter import FamilyLetter, family_letter
from selfassess.conference._planner import plan_conference
from selfassess.conference._prompts import (
    PROMPT_BANK,
    LeveledText,
    Proficiency,
    Prompt,
    PromptBank,
    PromptPurpose,
    WidaLevel,
)
from selfassess.conference._records import (
    ConferenceOutcome,
    ConferenceRecord,
    DomainRating,
    FamilyParticipation,
    FollowUp,
    family_participation,
    record_from_agenda,
)
from selfassess.conference._rehearsal import (
    RehearsalScript,
    ScriptLine,
    rehearsal_script,
)
from selfassess.conference._rotation import RotationEntry, rotation_order
from selfassess.conference._signup import (
    AvailableTime,
    ConferenceBreak,
    ConferenceDay,
    Household,
    HouseholdChild,
    SignUpPlan,
    TeacherRoom,
)
from selfassess.conference._surveys import (
    POST_CONFERENCE_QUESTIONS,
    QuestionSummary,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveySummary,
    post_conference_questions,
    summarize_survey,
)
from selfassess.conference._templates import Template, TemplateItem, allocate_minutes

__all__ = [
    "COLLABORATION_CONFERENCE",
    "DATA_REVIEW_CONFERENCE",
    "POST_CONFERENCE_QUESTIONS",
    "PROMPT_BANK",
    "SELF_ASSESSMENT_CONFERENCE",
    "STUDENT_LED_FIRST",
    "STUDENT_LED_SECOND",
    "TEMPLATES",
    "THREE_WAY_CONFERENCE",
    "WORK_HABITS_CONFERENCE",
    "Agenda",
    "AgendaItem",
    "Appointment",
    "AppointmentStatus",
    "AvailableTime",
    "BlockConference",
    "BlockSegment",
    "ConferenceBreak",
    "ConferenceDay",
    "ConferenceKind",
    "ConferenceOutcome",
    "ConferenceRecord",
    "DomainRating",
    "FamilyLetter",
    "FamilyParticipation",
    "FamilySchedule",
    "FollowUp",
    "Household",
    "HouseholdChild",
    "LeveledText",
    "Link",
    "LinkKind",
    "Proficiency",
    "Prompt",
    "PromptBank",
    "PromptPurpose",
    "QuestionSummary",
    "RehearsalScript",
    "Reminder",
    "RotationEntry",
    "ScriptLine",
    "SegmentKind",
    "SelfPacedBlock",
    "SignUpPlan",
    "Survey",
    "SurveyAnswer",
    "SurveyQuestion",
    "SurveySummary",
    "TeacherRoom",
    "Template",
    "TemplateItem",
    "WidaLevel",
    "allocate_minutes",
    "family_letter",
    "family_participation",
    "plan_block",
    "plan_conference",
    "post_conference_questions",
    "record_from_agenda",
    "rehearsal_script",
    "rotation_order",
    "schedule_families",
    "school_days_after",
    "summarize_survey",
    "template_for",
]
