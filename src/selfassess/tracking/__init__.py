"""Students' own data: data trackers, time on task, and portfolios.

Practice layer: may use the core (`selfassess`) and the other practice packages,
never `selfassess.goals`, `selfassess.conference` or the edges.

- A `Tracker` is a student's self-reported record of an assignment's grades, with
  views by standard, domain and language domain, growth from the previous tracker,
  reduced trackers, the check against the gradebook, and conversion to evidence.
- An `IntervalPlan`, `OnTaskSession` and `OnTaskHistory` hold time-on-task self-ratings.
- A `VocabularyLog` holds a unit's academic words and a student's reports of using
  them in each language domain; `vocabulary_summaries` sums each word up.
- A `Portfolio` holds the artifacts a student selects, with reflections and status,
  and views for a conference and for the end-of-year portfolio party.
- A `PortfolioParty` holds that party's guests, the students who welcome them, and
  the adoptions of students whose family is absent.
"""

from selfassess.tracking._accuracy import (
    AccuracyReport,
    ClassAccuracy,
    ColumnAccuracy,
    Difference,
    DifferenceKind,
    GradebookEntry,
    class_accuracy,
    compare_with_gradebook,
)
from selfassess.tracking._ontask import (
    ON_TASK_FOUR,
    ON_TASK_SCALES,
    GrowthRule,
    Interval,
    IntervalPlan,
    OnTaskHistory,
    OnTaskSession,
    OnTaskSummary,
    WorkHabitFocus,
    WorkHabitGoal,
    summarize_on_task,
    work_times,
)
from selfassess.tracking._party import Adoption, PartyGuest, PortfolioParty
from selfassess.tracking._portfolio import (
    PROCESS_QUESTIONS,
    ArtifactStatus,
    GoalShowcase,
    Portfolio,
    PortfolioItem,
    Reflection,
    ReflectionAnswer,
    SelectionReason,
    TargetKind,
    TermProgress,
    conference_view,
    party_view,
)
from selfassess.tracking._tracker import (
    DomainSummary,
    Grade,
    GradeColumn,
    LanguageDomain,
    LanguageSummary,
    StandardChange,
    StandardSummary,
    Tracker,
    TrackerComparison,
    TrackerKind,
    TrackerRow,
    check_reduced,
    compare_trackers,
    domain_summaries,
    language_summaries,
    reduce_tracker,
    standard_summaries,
)
from selfassess.tracking._vocabulary import (
    VocabularyLog,
    VocabularySummary,
    VocabularyUse,
    VocabularyWord,
    vocabulary_summaries,
)

__all__ = [
    "ON_TASK_FOUR",
    "ON_TASK_SCALES",
    "PROCESS_QUESTIONS",
    "AccuracyReport",
    "Adoption",
    "ArtifactStatus",
    "ClassAccuracy",
    "ColumnAccuracy",
    "Difference",
    "DifferenceKind",
    "DomainSummary",
    "GoalShowcase",
    "Grade",
    "GradeColumn",
    "GradebookEntry",
    "GrowthRule",
    "Interval",
    "IntervalPlan",
    "LanguageDomain",
    "LanguageSummary",
    "OnTaskHistory",
    "OnTaskSession",
    "OnTaskSummary",
    "PartyGuest",
    "Portfolio",
    "PortfolioItem",
    "PortfolioParty",
    "Reflection",
    "ReflectionAnswer",
    "SelectionReason",
    "StandardChange",
    "StandardSummary",
    "TargetKind",
    "TermProgress",
    "Tracker",
    "TrackerComparison",
    "TrackerKind",
    "TrackerRow",
    "VocabularyLog",
    "VocabularySummary",
    "VocabularyUse",
    "VocabularyWord",
    "WorkHabitFocus",
    "WorkHabitGoal",
    "check_reduced",
    "class_accuracy",
    "compare_trackers",
    "compare_with_gradebook",
    "conference_view",
    "domain_summaries",
    "language_summaries",
    "party_view",
    "reduce_tracker",
    "standard_summaries",
    "summarize_on_task",
    "vocabulary_summaries",
    "work_times",
]
