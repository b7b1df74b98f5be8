"""Students' own data: data trackers, time on task, and portfolios.

Practice layer: may use the core (`selfassess`) and the other practice packages,
never `selfassess.goals`, `selfassess.conference` or the edges.
"""

__all__: list[str] = []
