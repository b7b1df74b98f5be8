"""Families' languages: every text for a student or a family, in their language.

selfassess writes many texts that reach a student or a family: prompts, talking
points, the planner's reasons and item titles, rehearsal scripts, surveys,
reminders, the letter home and the appointment note, scale labels and the words on
forms. Each is a message with an id, and a `Catalog` holds one language's wording
of every message. English, Spanish (`SPANISH`) and Arabic (`ARABIC`, right to left)
are shipped, written for families as a bilingual teacher writes to them; a school
supplies another language as plain data::

    from selfassess.serialize import from_dict
    vietnamese = from_dict(Catalog, data)   # checked: no message missing

The language is always an argument or a field (``language="es"``,
``Household.language``), never a global switch or the machine's locale.

Dates, times and numbers follow the language's conventions through Babel, the
``language`` extra; without it, other languages than English fall back to ISO 8601
days, the 24-hour clock and English numbers.

Example:
    >>> from selfassess.language import ARABIC, SPANISH, catalog_for
    >>> SPANISH.text("base.work_times", count=8, total=10)
    '8 de mis 10 momentos de trabajo'
    >>> ARABIC.direction.value, catalog_for("es-MX") is SPANISH
    ('rtl', True)
"""

from __future__ import annotations

from selfassess._proficiency import Proficiency, WidaLevel
from selfassess.language._catalog import (
    ARABIC,
    ENGLISH,
    SHIPPED,
    SPANISH,
    Catalog,
    Direction,
    catalog_for,
    english_messages,
    message_ids,
    placeholders,
)
from selfassess.language._formats import babel_available
from selfassess.language._scales import level_words, scale_name

__all__ = [
    "ARABIC",
    "ENGLISH",
    "SHIPPED",
    "SPANISH",
    "Catalog",
    "Direction",
    "Proficiency",
    "WidaLevel",
    "babel_available",
    "catalog_for",
    "english_messages",
    "level_words",
    "message_ids",
    "placeholders",
    "scale_name",
]
