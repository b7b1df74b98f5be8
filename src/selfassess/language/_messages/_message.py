"""One message of the shipped catalogs: its English, Spanish and Arabic wording.

The three are written side by side so that a reader of one sees the others, and so
that a message cannot be added in English alone: every area module maps a message
id to a `Message`, and the shipped catalogs are read from these columns.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Message"]


class Message(NamedTuple):
    """A message in each shipped language; placeholders as ``{name}``."""

    en: str
    es: str
    ar: str
