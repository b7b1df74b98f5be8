"""Writing supports: the word bank, sentence starters and exemplars a teacher offers.

English learners, and students who struggle with written expression, answer a
self-assessment, a reflection or a goal better with words to copy, a sentence to
start from, and an example of a good answer. `WritingSupports` holds them; forms,
reflections and goals carry it.
"""

from __future__ import annotations

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Checker, to_tuple

__all__ = ["WritingSupports"]


@attrs.frozen(kw_only=True)
class WritingSupports:
    """The words, sentence starters and exemplar answers offered with a question.

    Attributes:
        word_bank: Words the student may copy, such as the unit's vocabulary.
        sentence_starters: Openings of sentences to finish, such as
            ``"I know I can ... because ..."``.
        exemplars: Example answers a teacher can offer, to show what a good
            answer looks like (never to copy).

    Raises:
        InvalidDataError: If an item is empty or repeats, listing every problem.

    Example:
        >>> supports = WritingSupports(
        ...     word_bank=["numerator", "denominator"],
        ...     sentence_starters=["I compared ... by ..."],
        ... )
        >>> supports.word_bank, bool(supports), bool(WritingSupports())
        (('numerator', 'denominator'), True, False)
    """

    __repr__ = short_repr

    word_bank: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    sentence_starters: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    exemplars: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        for name, what in (
            ("word_bank", "word"),
            ("sentence_starters", "starter"),
            ("exemplars", "exemplar"),
        ):
            values = getattr(self, name)
            if check.items(name, values, check.text):
                check.unique(name, values, lambda text: text.strip().casefold(), what)
        check.done()

    def __bool__(self) -> bool:
        """Whether any support is offered."""
        return bool(self.word_bank or self.sentence_starters or self.exemplars)
