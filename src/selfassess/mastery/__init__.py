"""Mastery per standard: the kernels, policies, breakdowns and groupings.

The kernels (`average`, `decaying_average`, `power_law`, ...) turn a list of scores
into one number; a `MasteryPolicy` chooses the evidence and the rule and explains
each `MasteryEstimate`; `rollup` estimates a whole table. `AlignedAssessment` breaks
an assessment's score into scores per standard; the planning helpers suggest quick
checks, priorities, small groups and peer tutors; `GradeTable` and `domain_mastery`
report upward.

Practice layer: may use the core (`selfassess`), never `selfassess.goals`,
`selfassess.conference` or the edges.
"""

from selfassess.mastery._breakdown import (
    AlignedAssessment,
    AnalysisWindow,
    AssessmentItem,
    DataAnalysis,
    PercentCut,
    StandardScore,
)
from selfassess.mastery._estimate import MasteryEstimate
from selfassess.mastery._kernels import (
    average,
    bkt_posterior,
    decaying_average,
    highest,
    latest,
    median,
    mode,
    n_mastery,
    power_law,
    recent_average,
    streak,
    weighted_average,
)
from selfassess.mastery._methods import MasteryMethod
from selfassess.mastery._planning import (
    Growth,
    InterventionGroup,
    Priority,
    QuickCheck,
    TutorMatch,
    growth,
    intervention_groups,
    peer_tutors,
    priorities,
    quick_checks,
)
from selfassess.mastery._policy import (
    BktParameters,
    EvidenceDate,
    MasteryPolicy,
    Retakes,
)
from selfassess.mastery._reporting import (
    DomainMastery,
    DomainRule,
    GradeRule,
    GradeTable,
    ReportGrade,
    domain_mastery,
)
from selfassess.mastery._rollup import rollup

__all__ = [
    "AlignedAssessment",
    "AnalysisWindow",
    "AssessmentItem",
    "BktParameters",
    "DataAnalysis",
    "DomainMastery",
    "DomainRule",
    "EvidenceDate",
    "GradeRule",
    "GradeTable",
    "Growth",
    "InterventionGroup",
    "MasteryEstimate",
    "MasteryMethod",
    "MasteryPolicy",
    "PercentCut",
    "Priority",
    "QuickCheck",
    "ReportGrade",
    "Retakes",
    "StandardScore",
    "TutorMatch",
    "average",
    "bkt_posterior",
    "decaying_average",
    "domain_mastery",
    "growth",
    "highest",
    "intervention_groups",
    "latest",
    "median",
    "mode",
    "n_mastery",
    "peer_tutors",
    "power_law",
    "priorities",
    "quick_checks",
    "recent_average",
    "rollup",
    "streak",
    "weighted_average",
]
