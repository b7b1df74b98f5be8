"""Messages of the shipped catalogs: supports.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {}
