"""Hypothesis strategies for a unit's academic vocabulary in selfassess.tracking.

Merged into `strategies.STRATEGIES` automatically.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

import selfassess as sa
from selfassess import tracking as tr

from strategies import days, identifiers, texts

__all__ = ["STRATEGIES", "vocabulary_logs", "vocabulary_uses", "vocabulary_words"]

words = st.from_regex(r"[a-zA-Z][a-zA-Z -]{0,14}[a-zA-Z]", fullmatch=True)
"""Academic words and phrases: letters, maybe spaces or hyphens inside."""

log_scales = st.sampled_from([sa.THREE_FACES, sa.FOUR_POINT])

vocabulary_words = st.builds(
    tr.VocabularyWord,
    word=words,
    meaning=st.none() | texts,
    domain=st.none() | st.sampled_from(tr.LanguageDomain),
)


def vocabulary_uses(
    word: st.SearchStrategy[str] = words, scale: sa.Scale = sa.THREE_FACES
) -> st.SearchStrategy[tr.VocabularyUse]:
    """A report of using *word*, its rating (if any) on *scale*."""
    return st.builds(
        tr.VocabularyUse,
        word=word,
        used_on=days,
        domain=st.sampled_from(tr.LanguageDomain),
        times=st.integers(min_value=1, max_value=20),
        rating=st.none() | st.sampled_from([level.points for level in scale.levels]),
        evidence=st.none() | texts,
    )


@st.composite
def vocabulary_logs(draw: st.DrawFn, *, min_words: int = 0) -> tr.VocabularyLog:
    """Logs of distinct words (case aside) and uses of them, cased as the student wrote."""
    listed = draw(
        st.lists(
            vocabulary_words,
            min_size=min_words,
            max_size=5,
            unique_by=lambda w: w.word.casefold(),
        )
    )
    scale = draw(log_scales)
    uses = []
    if listed:
        spelled = st.sampled_from([item.word for item in listed]).flatmap(
            lambda word: st.sampled_from([word, word.upper(), word.capitalize()])
        )
        uses = draw(st.lists(vocabulary_uses(spelled, scale), max_size=8))
    return tr.VocabularyLog(
        unit=draw(identifiers),
        student=draw(identifiers),
        words=listed,
        uses=uses,
        scale=scale,
    )


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    tr.VocabularyWord: vocabulary_words,
    tr.VocabularyUse: vocabulary_uses(),
    tr.VocabularyLog: vocabulary_logs(),
    tr.VocabularySummary: vocabulary_logs(min_words=1).flatmap(
        lambda log: st.sampled_from(tr.vocabulary_summaries(log))
    ),
}
