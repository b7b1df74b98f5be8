"""A scale's words in a language: its name, and each level's labels and description.

The built-in scales are translated in the shipped catalogs (and must be in a
school's); a teacher's own scale is the teacher's words, shown as written.
"""

from __future__ import annotations

from selfassess._scales import Level, Scale
from selfassess._validate import Arguments
from selfassess.errors import NotFoundError
from selfassess.language._catalog import ENGLISH, Catalog, catalog_for

_ENGLISH = ENGLISH.messages

__all__ = ["level_words", "scale_name"]


def _built_in(scale: Scale) -> bool:
    """Whether *scale* is one of selfassess's own, unchanged: its words are in the catalogs.

    A scale is known by its id and its English words: the catalogs hold the name
    and each level's label of every scale selfassess ships (the core's, and the
    on-task scale of `selfassess.tracking`), and a scale whose words differ from
    them is a teacher's own, shown as written.
    """
    prefix = f"scale.{scale.id}"
    if _ENGLISH.get(f"{prefix}.name") != scale.name:
        return False
    for level in scale.levels:
        key = f"{prefix}.{level.points:g}"
        if _ENGLISH.get(f"{key}.label") != level.label:
            return False
        if (level.family_label is not None) != (f"{key}.family" in _ENGLISH) or (
            level.family_label is not None
            and _ENGLISH[f"{key}.family"] != level.family_label
        ):
            return False
        if (
            level.description
            and _ENGLISH.get(f"{key}.description") != level.description
        ):
            return False
    return True


def scale_name(scale: Scale, *, language: str | Catalog | None = None) -> str:
    """Return a scale's name in a language.

    Example:
        >>> from selfassess import FOUR_POINT
        >>> scale_name(FOUR_POINT, language="es")
        'Escala de competencia de 4 niveles'
    """
    check = Arguments()
    check.instance("scale", scale, Scale)
    check.done()
    catalog = catalog_for(language)
    if not _built_in(scale):
        return scale.name
    return catalog.text(f"scale.{scale.id}.name")


def level_words(
    scale: Scale,
    level: Level | float,
    *,
    language: str | Catalog | None = None,
    family: bool = False,
    description: bool = False,
) -> str:
    """Return a level's words in a language: its label, family label or description.

    Args:
        scale: The scale the level belongs to.
        level: The level, or its points.
        language: A language tag, a `Catalog`, or ``None`` for English.
        family: Whether to give the family's plain words ("on track") rather than
            the teacher's label ("Proficient").
        description: Whether to give the level's description instead.

    Returns:
        For a built-in scale, the catalog's wording; for a teacher's own scale, the
        level's own words (its family label falling back to its label).

    Raises:
        NotFoundError: If the scale has no level of those points, or no catalog
            has the language.

    Example:
        >>> from selfassess import FOUR_POINT
        >>> level_words(FOUR_POINT, 2, family=True)
        'getting there'
        >>> level_words(FOUR_POINT, 3, language="es", family=True)
        'va por buen camino'
        >>> level_words(FOUR_POINT, 3, language="ar")
        'متمكّن'
    """
    check = Arguments()
    check.instance("scale", scale, Scale)
    check.boolean("family", family)
    check.boolean("description", description)
    check.done()
    catalog = catalog_for(language)
    found = scale.level(level.points if isinstance(level, Level) else level)
    if isinstance(level, Level) and level != found:
        message = f"is not a level of the scale {scale.id!r} (got {level.label!r})"
        raise NotFoundError(message, key=level.label)
    own = (
        found.description
        if description
        else found.family_words
        if family
        else found.label
    )
    if not _built_in(scale):
        return own
    key = f"scale.{scale.id}.{found.points:g}"
    part = "description" if description else "family" if family else "label"
    if part == "family" and found.family_label is None:
        part = "label"
    if part == "description" and not found.description:
        return own
    return catalog.text(f"{key}.{part}")
