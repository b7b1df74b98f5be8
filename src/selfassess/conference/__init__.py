"""Conferences: agendas, templates, prompts, the planner, schedules and records.

Meeting layer: may use every layer below it, never the edges.
"""

__all__: list[str] = []
