"""Every message selfassess writes for a student or a family, by area.

`MESSAGES` joins the areas; an id may be in one area only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from selfassess.language._messages import (
    agenda,
    base,
    demo,
    family,
    feedback,
    forms,
    prompts,
    supports,
)
from selfassess.language._messages._message import Message

__all__ = ["MESSAGES", "Message"]


def _joined() -> dict[str, Message]:
    joined: dict[str, Message] = {}
    for area in (base, prompts, feedback, agenda, family, forms, supports, demo):
        for key, message in area.MESSAGES.items():
            if key in joined:  # pragma: no cover - a mistake in the catalogs' source
                raise RuntimeError(f"message {key!r} is in two areas")
            joined[key] = message
    return joined


MESSAGES: Mapping[str, Message] = MappingProxyType(_joined())
"""Every message id, with its wording in each shipped language."""
