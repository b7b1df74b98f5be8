"""English-language proficiency: the bands wordings are written for, WIDA's levels.

Schools record WIDA's six levels of English-language proficiency. A leveled wording is written for one of three bands, as many state frameworks group
WIDA's six levels: beginning (levels 1-2, Entering and Emerging), intermediate (3-4,
Developing and Expanding) and advanced (5-6, Bridging and Reaching). A school may
record either; every function that takes a proficiency takes both.
"""

from __future__ import annotations

import enum

from selfassess._validate import Arguments, shown

__all__ = ["Proficiency", "WidaLevel", "levels_to_try", "proficiency_argument"]


class Proficiency(enum.Enum):
    """An English learner's proficiency band, for choosing a wording.

    Three bands, as many state English-language-proficiency frameworks group
    WIDA's six levels (`WidaLevel`): beginning (levels 1-2), intermediate (3-4),
    advanced (5-6).
    """

    BEGINNING = "beginning"
    """Single words, gestures and pointing; short questions with a visual."""
    INTERMEDIATE = "intermediate"
    """Short sentences; simple questions, one idea each."""
    ADVANCED = "advanced"
    """Near the everyday language of the class; a few words made simpler."""


class WidaLevel(enum.Enum):
    """One of WIDA's six levels of English-language proficiency.

    Its value is the level's number; `proficiency` is the band its wording is
    written for, the simplest (`Proficiency.BEGINNING`) for levels 1 and 2.

    Example:
        >>> WidaLevel.EMERGING.value, WidaLevel.EMERGING.proficiency
        (2, <Proficiency.BEGINNING: 'beginning'>)
        >>> [level.proficiency.value for level in WidaLevel]
        ['beginning', 'beginning', 'intermediate', 'intermediate', 'advanced', 'advanced']
    """

    ENTERING = 1
    """Level 1, pictures, gestures and single words."""
    EMERGING = 2
    """Level 2, phrases and short, patterned sentences."""
    DEVELOPING = 3
    """Level 3, simple and expanded sentences."""
    EXPANDING = 4
    """Level 4, sentences of varying length and some complexity."""
    BRIDGING = 5
    """Level 5, a range of sentences near those of fluent peers."""
    REACHING = 6
    """Level 6, the language of the class at grade level."""

    @property
    def proficiency(self) -> Proficiency:
        """The band whose wording this level reads, the simplest for levels 1-2."""
        return (
            Proficiency.BEGINNING,
            Proficiency.INTERMEDIATE,
            Proficiency.ADVANCED,
        )[(self.value - 1) // 2]


def band_of(level: Proficiency | WidaLevel | None) -> Proficiency | None:
    """The band of a proficiency given either way; ``None`` for a fluent student."""
    return level.proficiency if isinstance(level, WidaLevel) else level


def proficiency_argument(
    check: Arguments, name: str, value: object
) -> Proficiency | None:
    """Check an argument that is a `Proficiency`, a `WidaLevel` or ``None``.

    Returns the band (``None`` for a fluent student); a value of another kind is
    recorded on *check* as the caller's mistake.
    """
    if value is None or isinstance(value, Proficiency):
        return value
    if isinstance(value, WidaLevel):
        return value.proficiency
    check.wrong_kind(
        name, f"must be a Proficiency, a WidaLevel or None (got {shown(value)})"
    )
    return None


def levels_to_try(level: Proficiency) -> list[Proficiency]:
    """The bands whose wording suits a student at *level*, best first.

    The band itself, then simpler ones (a simpler wording is understood by a more
    proficient student), then harder ones.

    Example:
        >>> [band.value for band in levels_to_try(Proficiency.INTERMEDIATE)]
        ['intermediate', 'beginning', 'advanced']
    """
    order = list(Proficiency)
    start = order.index(level)
    return [*reversed(order[: start + 1]), *order[start + 1 :]]
