"""Rubrics, self-assessment forms, self-report cards and calibration statistics.

Practice layer: may use the core (`selfassess`), never `selfassess.goals`,
`selfassess.conference` or the edges.
"""

from selfassess.rubrics._calibration import (
    adjacent_agreement,
    bias,
    exact_agreement,
    krippendorff_alpha,
    mean_absolute_difference,
    weighted_kappa,
)

__all__ = [
    "adjacent_agreement",
    "bias",
    "exact_agreement",
    "krippendorff_alpha",
    "mean_absolute_difference",
    "weighted_kappa",
]
