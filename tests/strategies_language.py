"""Strategies for `selfassess.language` and the writing supports of the core."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

import selfassess as sa
from selfassess import language
from selfassess.conference import WidaLevel

from strategies import texts

__all__ = ["STRATEGIES", "catalogs", "writing_supports"]

_TAGS = st.sampled_from(["vi", "pt-BR", "so", "zh-Hant", "ht", "uk", "fr-CA"])


@st.composite
def catalogs(draw: st.DrawFn) -> language.Catalog:
    """A school's catalog: every message, each with its English placeholders.

    Most messages are a shipped language's; some are rewritten around the same
    placeholders, and some leveled wordings are left out (as a school may).
    """
    base = draw(st.sampled_from(language.SHIPPED))
    messages = dict(base.messages)
    keys = sorted(messages)
    for key in draw(st.lists(st.sampled_from(keys), max_size=6, unique=True)):
        names = sorted(language.placeholders(language.english_messages()[key]))
        words = draw(texts).replace("{", "(").replace("}", ")")
        messages[key] = " ".join([words, *("{" + name + "}" for name in names)])
    leveled = [key for key in keys if "@" in key]
    if leveled:
        for key in draw(st.lists(st.sampled_from(leveled), max_size=3, unique=True)):
            del messages[key]
    return language.Catalog(
        language=draw(_TAGS),
        name=draw(texts),
        direction=draw(st.sampled_from(language.Direction)),
        messages=messages,
    )


_supports_items = st.lists(texts, max_size=4, unique_by=lambda t: t.strip().casefold())

writing_supports = st.builds(
    sa.WritingSupports,
    word_bank=_supports_items,
    sentence_starters=_supports_items,
    exemplars=_supports_items,
)

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    language.Catalog: catalogs(),
    language.Direction: st.sampled_from(language.Direction),
    WidaLevel: st.sampled_from(WidaLevel),
    sa.WritingSupports: writing_supports,
}
