"""Mastery per standard: the kernels, policies, breakdowns and groupings.

Practice layer: may use the core (`selfassess`), never `selfassess.goals`,
`selfassess.conference` or the edges.
"""

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
from selfassess.mastery._policy import (
    BktParameters,
    EvidenceDate,
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
    rollup,
)

__all__ = [
    "BktParameters",
    "EvidenceDate",
    "MasteryEstimate",
    "MasteryMethod",
    "MasteryPolicy",
    "Retakes",
    "average",
    "bkt_posterior",
    "decaying_average",
    "highest",
    "latest",
    "median",
    "mode",
    "n_mastery",
    "power_law",
    "recent_average",
    "rollup",
    "streak",
    "weighted_average",
]
