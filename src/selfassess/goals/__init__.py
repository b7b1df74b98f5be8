"""Goals: Three Pluses and a Goal, fraction bars, reviews and progress monitoring.

Planning layer: may use the core and the practice packages, never
`selfassess.conference` or the edges.
"""

from selfassess.goals._bars import BarComparison, FractionBar
from selfassess.goals._gas import AttainmentLevel, gas_t_score

__all__ = [
    "AttainmentLevel",
    "BarComparison",
    "FractionBar",
    "gas_t_score",
]
