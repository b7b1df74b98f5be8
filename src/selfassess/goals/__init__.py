"""Goals: Three Pluses and a Goal, fraction bars, reviews and progress monitoring.

Also student-to-self feedback (`FeedbackLoop`: work judged against the success
criteria, an action, the revised work judged again) and a student's goals set
beside the teacher's analysis (`compare_goals`).

Planning layer: may use the core and the practice packages, never
`selfassess.conference` or the edges.
"""

from selfassess.goals._analysis import (
    GoalComparison,
    GoalMatch,
    GoalStandardMatch,
    compare_goals,
)
from selfassess.goals._bars import BarComparison, FractionBar
from selfassess.goals._feedback import CriterionJudgement, FeedbackLoop
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
    "CriterionJudgement",
    "DataPoint",
    "Decision",
    "FeedbackLoop",
    "FractionBar",
    "Goal",
    "GoalArea",
    "GoalComparison",
    "GoalMatch",
    "GoalReview",
    "GoalStandardMatch",
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
    "compare_goals",
    "gas_t_score",
    "smart_check",
    "suggest_goals",
]
