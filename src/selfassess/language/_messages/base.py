"""Messages of the shipped catalogs: base.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # Lists: "a, b and c". The separator goes between all but the last two.
    "base.list.separator": M(en=", ", es=", ", ar="، "),
    "base.list.and": M(
        en="{first} and {last}", es="{first} y {last}", ar="{first} و{last}"
    ),
    # A share of a child's work times, in words a child reads (never "80 %").
    "base.work_times": M(
        en="{count} of my {total} work times",
        es="{count} de mis {total} momentos de trabajo",
        ar="{count} من {total} من أوقات عملي",
    ),
}
