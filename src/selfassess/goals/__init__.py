"""Goals: Three Pluses and a Goal, fraction bars, reviews and progress monitoring.

Planning layer: may use the core and the practice packages, never
`selfassess.conference` or the edges.
"""

__all__: list[str] = []
