"""Goals: Three Pluses and a Goal, fraction bars, reviews and progress monitoring.

Planning layer: may use the core and the practice packages, never
`selfassess.conference` or the edges.
"""

from selfassess.goals._bars import BarComparison, FractionBar
from selfassess.goals._gas import AttainmentLevel, gas_t_score
from selfassess.goals._goals import (
    Goal,
    GoalArea,
    GoalStatus,
    GoalSuggestion,
    SmartCheck,
    SmartHint,
    SmartPart,
    smart_check,
    suggest_goals,
)
from selfassess.goals._monitoring import (
    DataPoint,
    Decision,
    ProgressLine,
    ProgressMonitor,
    ProgressReport,
)
from selfassess.goals._plans import Activity, ActivityKind, WorkPlan, WorkPreference
from selfassess.goals._pluses import PlusesSection, ThreePlusesAndAGoal
from selfassess.goals._reviews import GoalReview, TermReview

__all__ = [
    "Activity",
    "ActivityKind",
    "AttainmentLevel",
    "BarComparison",
    "DataPoint",
    "Decision",
    "FractionBar",
    "Goal",
    "GoalArea",
    "GoalReview",
    "GoalStatus",
    "GoalSuggestion",
    "PlusesSection",
    "ProgressLine",
    "ProgressMonitor",
    "ProgressReport",
    "SmartCheck",
    "SmartHint",
    "SmartPart",
    "TermReview",
    "ThreePlusesAndAGoal",
    "WorkPlan",
    "WorkPreference",
    "gas_t_score",
    "smart_check",
    "suggest_goals",
]
