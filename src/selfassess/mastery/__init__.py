"""Mastery per standard: the kernels, policies, breakdowns and groupings.

Practice layer: may use the core (`selfassess`), never `selfassess.goals`,
`selfassess.conference` or the edges.
"""

__all__: list[str] = []
