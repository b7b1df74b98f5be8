"""The prompt bank: the practice's sentence stems by purpose, leveled for English learners.

A prompt is what someone says to open a part of a conference: "What were your
strengths? What specific skills did you show mastery of?". Each prompt has a purpose,
the role that asks it (the teacher, or a parent asking their child), simpler versions
for English learners at three proficiency levels, and optionally a visual scale the
student may point at instead of answering in words (`selfassess.THREE_FACES`).
"""

from __future__ import annotations

import enum

import attrs

from selfassess._people import Role
from selfassess._proficiency import (
    Proficiency,
    WidaLevel,
    levels_to_try,
    proficiency_argument,
)
from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import NotFoundError
from selfassess.language import ENGLISH, Catalog, catalog_for

__all__ = [
    "PROMPT_BANK",
    "LeveledText",
    "Proficiency",
    "Prompt",
    "PromptBank",
    "PromptPurpose",
    "WidaLevel",
]


class PromptPurpose(enum.Enum):
    """What a prompt is for: the part of the conversation it opens."""

    STRENGTHS = "strengths"
    """What the student does well, and the skills they mastered."""
    GROWTH = "growth"
    """How the work grew from then to now."""
    STRUGGLES = "struggles"
    """What was hard, and where the student got stuck."""
    PARTICIPATION = "participation"
    """How the student took part in class and in groups."""
    PRAISE = "praise"
    """Specific praise from the teacher or a parent."""
    NEXT_STEPS = "next_steps"
    """Steps to fix errors, or the remediation to try next."""
    SUPPORT = "support"
    """What help the student wants, and from whom (a group, a peer tutor)."""
    GOALS = "goals"
    """Setting or reviewing goals, such as Three Pluses and a Goal."""
    EVIDENCE = "evidence"
    """Showing the work that proves a claim, and the grade given to oneself."""
    COMPARISON = "comparison"
    """Setting the student's ratings beside the teacher's."""
    WORK_PLAN = "work_plan"
    """How the student prefers to work, and the plan to get there."""
    QUICK_CHECK = "quick_check"
    """Offering a quick assessment where a standard is near mastery."""
    COLLABORATION = "collaboration"
    """How a group shared the work, and the student's part in it."""
    WORK_HABITS = "work_habits"
    """Time on task and work habits."""
    STRATEGIES = "strategies"
    """What helps the student learn, at school and at home."""
    QUESTIONS = "questions"
    """Questions from anyone present."""


@attrs.frozen(kw_only=True)
class LeveledText:
    """A prompt's wording for one English-language proficiency level.

    Attributes:
        level: The proficiency level it is written for.
        text: The wording, in simpler language than the prompt's own.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    level: Proficiency
    text: str

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("level", self.level, Proficiency)
        check.text("text", self.text)
        check.done()


@attrs.frozen(kw_only=True)
class Prompt:
    """A sentence stem that opens a part of a conference.

    Attributes:
        id: A short identifier, unique in its bank.
        purpose: What the prompt is for.
        text: The wording for a student fluent in the language of the class.
        asker: The role that asks it: the teacher, or a family member asking their
            child. A student-led conference's own stems are asked by the student.
        leveled: Simpler wordings for English learners, at most one per level.
        visual_scale: The id of a scale (such as ``"three-faces"``) the student may
            point at instead of answering in words; ``None`` when the prompt needs
            words.

    Raises:
        InvalidDataError: If a field breaks its rule or a level repeats.

    Example:
        >>> from selfassess.conference import PROMPT_BANK, Proficiency
        >>> prompt = PROMPT_BANK.prompt("strengths")
        >>> prompt.text
        'What were your strengths? What specific skills did you show mastery of?'
        >>> prompt.text_for(Proficiency.BEGINNING)
        'What can you do well? Show me.'
    """

    __repr__ = short_repr

    id: str
    purpose: PromptPurpose
    text: str
    asker: Role = Role.TEACHER
    leveled: tuple[LeveledText, ...] = attrs.field(default=(), converter=to_tuple)
    visual_scale: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.member("purpose", self.purpose, PromptPurpose)
        check.text("text", self.text)
        check.member("asker", self.asker, Role)
        if check.items(
            "leveled", self.leveled, lambda p, v: check.instance(p, v, LeveledText)
        ):
            check.unique(
                "leveled", self.leveled, lambda item: item.level.value, "level"
            )
        check.optional_identifier("visual_scale", self.visual_scale)
        check.done()

    def text_for(
        self,
        level: Proficiency | WidaLevel | None = None,
        *,
        language: str | Catalog | None = None,
    ) -> str:
        """Return the wording for a proficiency level, in a language.

        A prompt of `PROMPT_BANK` is written in every catalog, with its leveled
        wordings; a teacher's own prompt is the teacher's words, given as written
        whatever the language.

        Args:
            level: The student's English-language proficiency, as a band or one of
                WIDA's six levels (levels 1-2 read the simplest wording), or
                ``None`` for a student fluent in the language of the class.
            language: A language tag, a `~selfassess.language.Catalog`, or
                ``None`` for the prompt as it is written (English for the bank).

        Returns:
            The leveled wording for *level* if the prompt has one; otherwise the
            wording of the nearest simpler level it has; otherwise its own text.
            In *language* for a prompt of the bank.

        Raises:
            ArgumentTypeError: If *level* is neither ``None``, a `Proficiency` nor
                a `WidaLevel`, or *language* is not a tag, a catalog or ``None``.
            NotFoundError: If no catalog has *language*.

        Example:
            >>> from selfassess.conference import PROMPT_BANK, WidaLevel
            >>> prompt = PROMPT_BANK.prompt("help-more")
            >>> prompt.text_for(language="es")
            '¿Cómo te puedo ayudar más?'
            >>> prompt.text_for(WidaLevel.EMERGING, language="es")
            '¿Quieres ayuda? Señala: yo, un amigo, un grupo.'
        """
        check = Arguments()
        band = proficiency_argument(check, "level", level)
        check.done()
        if language is not None:
            catalog = catalog_for(language)
            if _BUILT_IN.get(self.id) == self:
                return catalog.text(f"{_MESSAGE}{self.id}", level=band)
        if band is None:
            return self.text
        by_level = {item.level: item.text for item in self.leveled}
        for candidate in levels_to_try(band):
            if candidate in by_level:
                return by_level[candidate]
        return self.text


@attrs.frozen(kw_only=True)
class PromptBank:
    """A set of prompts with unique ids, to look up by id, purpose or asker.

    Attributes:
        prompts: The prompts, in the order they are offered.

    Raises:
        InvalidDataError: If an item is not a `Prompt` or an id repeats.
    """

    __repr__ = short_repr

    prompts: tuple[Prompt, ...] = attrs.field(converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        if check.items(
            "prompts", self.prompts, lambda p, v: check.instance(p, v, Prompt)
        ):
            check.unique("prompts", self.prompts, lambda prompt: prompt.id, "id")
        check.done()

    def prompt(self, prompt_id: str) -> Prompt:
        """Return the prompt with this id.

        Args:
            prompt_id: The prompt's id, such as ``"strengths"``.

        Returns:
            The prompt.

        Raises:
            ArgumentTypeError: If *prompt_id* is not a string.
            NotFoundError: If the bank has no prompt with this id (a `KeyError`).

        Example:
            >>> from selfassess.conference import PROMPT_BANK
            >>> PROMPT_BANK.prompt("help-more").text
            'How can I help you more?'
            >>> PROMPT_BANK.prompt("help")
            Traceback (most recent call last):
            ...
            selfassess.errors.NotFoundError: no prompt in the bank has the id 'help'
        """
        check = Arguments()
        check.text("prompt_id", prompt_id, empty=True)
        check.done()
        for prompt in self.prompts:
            if prompt.id == prompt_id:
                return prompt
        message = f"no prompt in the bank has the id {shown(prompt_id)}"
        raise NotFoundError(message, key=prompt_id)

    def by_purpose(self, purpose: PromptPurpose) -> tuple[Prompt, ...]:
        """Return the prompts with this purpose, in the bank's order; maybe none.

        Raises:
            ArgumentTypeError: If *purpose* is not a `PromptPurpose`.
        """
        check = Arguments()
        check.member("purpose", purpose, PromptPurpose)
        check.done()
        return tuple(prompt for prompt in self.prompts if prompt.purpose is purpose)

    def asked_by(self, role: Role) -> tuple[Prompt, ...]:
        """Return the prompts this role asks, such as a parent's (`selfassess.Role.FAMILY`).

        Raises:
            ArgumentTypeError: If *role* is not a `~selfassess.Role`.
        """
        check = Arguments()
        check.member("role", role, Role)
        check.done()
        return tuple(prompt for prompt in self.prompts if prompt.asker is role)


_MESSAGE = "prompts."
"""The prefix of a bank prompt's message id in the catalogs."""


def _prompt(
    prompt_id: str,
    purpose: PromptPurpose,
    *,
    asker: Role = Role.TEACHER,
    visual: bool = False,
) -> Prompt:
    """A prompt of the bank, its wordings read from the English catalog."""
    key = f"{_MESSAGE}{prompt_id}"
    return Prompt(
        id=prompt_id,
        purpose=purpose,
        text=ENGLISH.text(key),
        asker=asker,
        leveled=tuple(
            LeveledText(level=band, text=ENGLISH.messages[f"{key}@{band.value}"])
            for band in Proficiency
        ),
        visual_scale="three-faces" if visual else None,
    )


_P = PromptPurpose

PROMPT_BANK = PromptBank(
    prompts=(
        # Self-assessment conference stems (successes, struggles, participation,
        # praise, steps to fix errors), as the practice words them.
        _prompt("strengths", _P.STRENGTHS, visual=True),
        _prompt("growth", _P.GROWTH, visual=True),
        _prompt("struggles", _P.STRUGGLES, visual=True),
        _prompt("participation", _P.PARTICIPATION, visual=True),
        _prompt("praise", _P.PRAISE),
        _prompt("fix-errors", _P.NEXT_STEPS),
        _prompt("help-more", _P.SUPPORT),
        _prompt("still-hard", _P.SUPPORT, visual=True),
        # Goals: Three Pluses and a Goal, goal review with fraction bars.
        _prompt("three-pluses", _P.GOALS),
        _prompt("goal-progress", _P.GOALS, visual=True),
        _prompt("next-goal", _P.GOALS),
        _prompt("self-grade", _P.EVIDENCE, visual=True),
        _prompt("show-evidence", _P.EVIDENCE),
        _prompt("compare-ratings", _P.COMPARISON, visual=True),
        _prompt("work-plan", _P.WORK_PLAN, visual=True),
        _prompt("quick-check", _P.QUICK_CHECK),
        _prompt("collaboration", _P.COLLABORATION, visual=True),
        _prompt("time-on-task", _P.WORK_HABITS, visual=True),
        _prompt("strategies-school", _P.STRATEGIES),
        _prompt("questions", _P.QUESTIONS),
        # Prompts a parent can ask their child, and a parent's own strengths and
        # goal (student-led conference, Three Pluses and a Goal).
        _prompt("parent-proud", _P.STRENGTHS, asker=Role.FAMILY),
        _prompt("parent-hard", _P.STRUGGLES, asker=Role.FAMILY),
        _prompt("parent-help", _P.STRATEGIES, asker=Role.FAMILY),
        _prompt("parent-show", _P.EVIDENCE, asker=Role.FAMILY),
        _prompt("parent-strengths-goal", _P.GOALS, asker=Role.FAMILY),
        _prompt("teacher-strengths-goal", _P.GOALS),
    )
)
"""The practice's sentence stems, each with wordings for three proficiency levels.

Sources: the self-assessment conference stems ("What were your strengths? What
specific skills did you show mastery of?", "Did you show growth from then to now?",
"How can I help you more?"), the student-led conference's Three Pluses and a Goal,
the data review conference's agenda (quick checks, "what still feels hard").
Prompts a parent asks have ``asker`` `selfassess.Role.FAMILY`. Each is written in
every shipped language (see `Prompt.text_for`)."""

_BUILT_IN = {prompt.id: prompt for prompt in PROMPT_BANK.prompts}
"""The bank's prompts by id: a prompt equal to one of them reads from the catalogs."""
