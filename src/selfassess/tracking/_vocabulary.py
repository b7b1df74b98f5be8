"""Academic vocabulary: the words a unit targets, and the student's own report of using them.

English learners track their language domains (reading, writing, speaking,
listening) like any subject; a unit's academic words are tracked the same way. A
teacher lists the words a unit targets (`VocabularyWord`); the student reports each
time they used one (`VocabularyUse`): the day, the domain they used it in, how many
times ("I used it"), maybe a self-rating of how well, and maybe the evidence (the
sentence they wrote, the page of their notebook). A `VocabularyLog` holds both and
refuses a use of a word the unit does not list; `vocabulary_summaries` sums each word
up: how often, in which domains, first and last use, and whether the student has
used it in all four domains.
"""

from __future__ import annotations

from datetime import date

import attrs

from selfassess._numbers import mean_of
from selfassess._repr import short_repr
from selfassess._scales import THREE_FACES, Scale
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.tracking._tracker import LanguageDomain

__all__ = [
    "VocabularyLog",
    "VocabularySummary",
    "VocabularyUse",
    "VocabularyWord",
    "vocabulary_summaries",
]


def _key(word: str) -> str:
    # A word is the same word whatever its case or surrounding spaces: a student
    # who reports "Numerator" used the unit's "numerator".
    return word.strip().casefold()


@attrs.frozen(kw_only=True)
class VocabularyWord:
    """One academic word a unit targets.

    Attributes:
        word: The word or phrase, such as ``"denominator"`` or ``"equivalent
            fraction"``.
        meaning: What it means, in words the student knows, if the teacher gives it.
        domain: The language domain the unit practises it in, if one (a word to
            use when writing, say); ``None`` for any.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    word: str
    meaning: str | None = None
    domain: LanguageDomain | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("word", self.word)
        check.optional_text("meaning", self.meaning)
        if self.domain is not None:
            check.member("domain", self.domain, LanguageDomain)
        check.done()


@attrs.frozen(kw_only=True)
class VocabularyUse:
    """The student's own report of using a unit's word.

    Attributes:
        word: The word used, as the unit lists it (case aside).
        used_on: The day it was used.
        domain: Where it was used: reading, writing, speaking or listening.
        times: How many times the student used it that day ("I used it"); at
            least 1.
        rating: The student's self-rating of how well they used it, the points of
            a level of the log's scale, if they gave one.
        evidence: Where the use can be seen, such as the sentence written or a
            reference to a notebook page, if any.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    word: str
    used_on: date
    domain: LanguageDomain
    times: int = integer_field(minimum=1, default=1)
    rating: float | None = number_field(optional=True, default=None)
    evidence: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("word", self.word)
        check.day("used_on", self.used_on)
        check.member("domain", self.domain, LanguageDomain)
        check.declared(self)
        check.optional_text("evidence", self.evidence)
        check.done()


@attrs.frozen(kw_only=True)
class VocabularyLog:
    """A unit's academic words and one student's reports of using them.

    The rules: each word listed once (case aside); every use names a listed word;
    every rating is the points of a level of ``scale``.

    Attributes:
        unit: The unit's id.
        student: The student's id.
        words: The words the unit targets, in the order the teacher lists them.
        uses: The student's reports of using them, in any order.
        scale: The scale the self-ratings of uses are on; the three faces by
            default, which a beginning English learner can read.

    Raises:
        InvalidDataError: If a rule is broken, listing every problem with its path,
            such as ``uses[2].word: must be a word of the unit ...``.

    Example:
        >>> from datetime import date
        >>> from selfassess.tracking import LanguageDomain
        >>> log = VocabularyLog(unit="fractions", student="ana",
        ...     words=[VocabularyWord(word="denominator")],
        ...     uses=[VocabularyUse(word="Denominator", used_on=date(2026, 10, 12),
        ...                         domain=LanguageDomain.SPEAKING)])
        >>> log.uses[0].word
        'Denominator'
    """

    __repr__ = short_repr

    unit: str
    student: str
    words: tuple[VocabularyWord, ...] = attrs.field(converter=to_tuple)
    uses: tuple[VocabularyUse, ...] = attrs.field(default=(), converter=to_tuple)
    scale: Scale = THREE_FACES

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("unit", self.unit)
        check.identifier("student", self.student)
        scale_ok = check.instance("scale", self.scale, Scale)
        words_ok = check.items("words", self.words, VocabularyWord)
        if words_ok:
            check.unique("words", self.words, lambda item: _key(item.word), "word")
        if check.items("uses", self.uses, VocabularyUse):
            listed = {_key(item.word) for item in self.words} if words_ok else None
            points = {level.points for level in self.scale.levels} if scale_ok else None
            for index, use in enumerate(self.uses):
                if listed is not None and _key(use.word) not in listed:
                    known = ", ".join(shown(item.word) for item in self.words)
                    check.add(
                        f"uses[{index}].word",
                        f"must be a word of the unit ({known or 'none listed'}) "
                        f"(got {shown(use.word)})",
                    )
                rating = use.rating
                if points is not None and rating is not None and rating not in points:
                    allowed = ", ".join(f"{p:g}" for p in sorted(points))
                    check.add(
                        f"uses[{index}].rating",
                        f"must be the points of a level of {shown(self.scale.id)} "
                        f"({allowed}) (got {shown(rating)})",
                    )
        check.done()


@attrs.frozen(kw_only=True)
class VocabularySummary:
    """How a student has used one of a unit's words.

    Attributes:
        word: The word, as the unit lists it.
        uses: How many times the student reported using it, all reports together.
        reports: How many reports name it.
        domains: The domains it was used in, in the order reading, speaking,
            writing, listening (that of `LanguageDomain`); no repeats.
        first_used: The day of its first reported use, or ``None`` if never used.
        last_used: The day of its latest reported use, or ``None``.
        mean_rating: The mean of the self-ratings given with its uses, or ``None``
            if none was given.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    word: str
    uses: int = integer_field(default=0)
    reports: int = integer_field(default=0)
    domains: tuple[LanguageDomain, ...] = attrs.field(default=(), converter=to_tuple)
    first_used: date | None = None
    last_used: date | None = None
    mean_rating: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("word", self.word)
        counts = check.declared(self)
        if counts["uses"] and counts["reports"] and self.uses < self.reports:
            check.add(
                "uses",
                f"must be at least reports ({self.reports}) (got {self.uses})",
            )
        if check.items("domains", self.domains, LanguageDomain):
            check.unique("domains", self.domains, lambda domain: domain, "domain")
        days_ok = check.optional_day("first_used", self.first_used) & (
            check.optional_day("last_used", self.last_used)
        )
        if (
            days_ok
            and self.first_used is not None
            and self.last_used is not None
            and self.last_used < self.first_used
        ):
            check.add(
                "last_used",
                f"must not be before first_used ({self.first_used.isoformat()}) "
                f"(got {self.last_used.isoformat()})",
            )
        check.done()

    @property
    def all_domains(self) -> bool:
        """Whether the word was used in all four domains (read, written, spoken, heard)."""
        return len(set(self.domains)) == len(LanguageDomain)

    @property
    def missing_domains(self) -> tuple[LanguageDomain, ...]:
        """The domains the word is still to be used in, in `LanguageDomain` order."""
        return tuple(domain for domain in LanguageDomain if domain not in self.domains)


def vocabulary_summaries(log: VocabularyLog) -> tuple[VocabularySummary, ...]:
    """Return how the student used each of a unit's words, in the unit's order.

    Every listed word has a summary, used or not: a word never used is the one to
    practise next. A word's uses add up the reports' ``times``; its domains are
    those of its reports, in the order of `LanguageDomain`; its first and last use
    are the earliest and the latest report's days.

    Args:
        log: The unit's words and the student's reports.

    Returns:
        One summary per word of the unit.

    Raises:
        ArgumentTypeError: If *log* is not a `VocabularyLog`.

    Example:
        >>> from datetime import date
        >>> from selfassess.tracking import LanguageDomain as D
        >>> log = VocabularyLog(unit="fractions", student="ana",
        ...     words=[VocabularyWord(word="numerator"),
        ...            VocabularyWord(word="denominator")],
        ...     uses=[VocabularyUse(word="numerator", used_on=date(2026, 10, d),
        ...                         domain=domain, times=2)
        ...           for d, domain in [(12, D.READING), (13, D.WRITING),
        ...                             (14, D.SPEAKING), (15, D.LISTENING)]])
        >>> numerator, denominator = vocabulary_summaries(log)
        >>> numerator.uses, numerator.all_domains, numerator.last_used.day
        (8, True, 15)
        >>> denominator.uses, [d.value for d in denominator.missing_domains]
        (0, ['reading', 'speaking', 'writing', 'listening'])
    """
    check = Arguments()
    given = check.instance("log", log, VocabularyLog)
    check.done()
    found = []
    for item in given.words:
        uses = [use for use in given.uses if _key(use.word) == _key(item.word)]
        days = [use.used_on for use in uses]
        used_in = {use.domain for use in uses}
        ratings = [use.rating for use in uses if use.rating is not None]
        found.append(
            VocabularySummary(
                word=item.word,
                uses=sum(use.times for use in uses),
                reports=len(uses),
                domains=[domain for domain in LanguageDomain if domain in used_in],
                first_used=min(days) if days else None,
                last_used=max(days) if days else None,
                mean_rating=mean_of(ratings) if ratings else None,
            )
        )
    return tuple(found)
