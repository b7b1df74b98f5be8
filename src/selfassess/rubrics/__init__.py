"""Rubrics, self-assessment forms, self-report cards and calibration statistics.

Practice layer: may use the core (`selfassess`), never `selfassess.goals`,
`selfassess.conference` or the edges.
"""

__all__: list[str] = []
