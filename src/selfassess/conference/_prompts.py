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
from selfassess._proficiency import Proficiency, WidaLevel, levels_to_try
from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown, to_tuple
from selfassess.errors import ArgumentTypeError, NotFoundError, Problem

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

    def text_for(self, level: Proficiency | WidaLevel | None = None) -> str:
        """Return the wording for a proficiency level.

        Args:
            level: The student's English-language proficiency, as a band or one of
                WIDA's six levels, or ``None`` for a student fluent in the language
                of the class.

        Returns:
            The leveled wording for *level* if the prompt has one; otherwise the
            wording of the nearest simpler level it has; otherwise its own text.

        Raises:
            ArgumentTypeError: If *level* is neither ``None``, a `Proficiency` nor
                a `WidaLevel`.
        """
        if level is None:
            return self.text
        if not isinstance(level, (Proficiency, WidaLevel)):
            message = f"must be a Proficiency, a WidaLevel or None (got {shown(level)})"
            raise ArgumentTypeError([Problem("level", message)])
        band = level.proficiency if isinstance(level, WidaLevel) else level
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


def _prompt(  # noqa: PLR0917 (a row of the bank reads best positionally)
    prompt_id: str,
    purpose: PromptPurpose,
    text: str,
    beginning: str,
    intermediate: str,
    advanced: str,
    *,
    asker: Role = Role.TEACHER,
    visual: bool = False,
) -> Prompt:
    return Prompt(
        id=prompt_id,
        purpose=purpose,
        text=text,
        asker=asker,
        leveled=(
            LeveledText(level=Proficiency.BEGINNING, text=beginning),
            LeveledText(level=Proficiency.INTERMEDIATE, text=intermediate),
            LeveledText(level=Proficiency.ADVANCED, text=advanced),
        ),
        visual_scale="three-faces" if visual else None,
    )


_P = PromptPurpose

PROMPT_BANK = PromptBank(
    prompts=(
        # Self-assessment conference stems (successes, struggles, participation,
        # praise, steps to fix errors), as the practice words them.
        _prompt(
            "strengths",
            _P.STRENGTHS,
            "What were your strengths? What specific skills did you show mastery of?",
            "What can you do well? Show me.",
            "What did you do well? Which skill can you do now?",
            "What were your strengths? Which skills did you master?",
            visual=True,
        ),
        _prompt(
            "growth",
            _P.GROWTH,
            "Did you show growth from then to now? How do you know?",
            "Before and now: is it better? Point.",
            "Is your work better now than before? Show me.",
            "How did your work grow from then to now?",
            visual=True,
        ),
        _prompt(
            "struggles",
            _P.STRUGGLES,
            "What was hard for you? Where did you get stuck?",
            "What is hard? Show me.",
            "What was hard? Where did you stop?",
            "What was difficult, and where did you get stuck?",
            visual=True,
        ),
        _prompt(
            "participation",
            _P.PARTICIPATION,
            "How did you take part in class and in your group?",
            "Did you talk in class? Did you help your group?",
            "How did you help in class and in your group?",
            "How did you take part in class discussions and group work?",
            visual=True,
        ),
        _prompt(
            "praise",
            _P.PRAISE,
            "One thing you did really well was ... because ...",
            "Good job! You did ... well.",
            "You did ... well. It was good because ...",
            "Something you did really well was ... because ...",
        ),
        _prompt(
            "fix-errors",
            _P.NEXT_STEPS,
            "What steps will you take to fix this error?",
            "Let's fix it. First ... Then ...",
            "What will you do to fix this? What is first?",
            "Which steps will you take to correct this error?",
        ),
        _prompt(
            "help-more",
            _P.SUPPORT,
            "How can I help you more?",
            "Do you want help? Point: me, a friend, a group.",
            "How can I help you? What do you need?",
            "What could I do to help you more?",
        ),
        _prompt(
            "still-hard",
            _P.SUPPORT,
            "What still feels hard? Would a small group or a classmate who has mastered it help?",
            "What is still hard? Work with a friend? Yes or no.",
            "What is still hard? Do you want to work with a group or a friend?",
            "What still feels hard? Would a small group or a peer tutor help?",
            visual=True,
        ),
        # Goals: Three Pluses and a Goal, goal review with fraction bars.
        _prompt(
            "three-pluses",
            _P.GOALS,
            "What are three things you do well, and one goal for next time?",
            "Three good things. One goal.",
            "Tell me three things you do well and one goal.",
            "Name three strengths and one goal for next term.",
        ),
        _prompt(
            "goal-progress",
            _P.GOALS,
            "How much of your goal have you reached? Show me your fraction bar and your evidence.",
            "Your goal: how much? Colour the bar.",
            "How much of your goal did you do? Show your bar.",
            "How far have you come on your goal? Show your fraction bar and evidence.",
            visual=True,
        ),
        _prompt(
            "next-goal",
            _P.GOALS,
            "What is your next goal? How will you know you reached it?",
            "Next goal? Show me.",
            "What is your next goal? How will you know you did it?",
            "What is your next goal, and how will you measure it?",
        ),
        _prompt(
            "self-grade",
            _P.EVIDENCE,
            "What grade did you give yourself, and why? What work shows it?",
            "Your grade? Show me your work.",
            "What grade did you give? Why? Show me.",
            "Which grade did you give yourself, and what work shows it?",
            visual=True,
        ),
        _prompt(
            "show-evidence",
            _P.EVIDENCE,
            "Which piece of work shows that? Walk me through it.",
            "Show me the work.",
            "Which work shows this? Tell me about it.",
            "Which piece of work shows this? Explain it to me.",
        ),
        _prompt(
            "compare-ratings",
            _P.COMPARISON,
            "Where do your ratings and mine agree? Where do they differ, and why?",
            "Your score. My score. Same or different?",
            "Look at your score and my score. Are they the same? Why not?",
            "Where do our ratings agree, and why might they differ?",
            visual=True,
        ),
        _prompt(
            "work-plan",
            _P.WORK_PLAN,
            "How do you prefer to work: alone, with a partner or in a small group? How is your plan going?",
            "Work alone, with a friend, or a group? Point.",
            "How do you like to work? Is your plan working?",
            "How do you prefer to work, and how is your work plan going?",
            visual=True,
        ),
        _prompt(
            "quick-check",
            _P.QUICK_CHECK,
            "You are close to mastery on this standard. Do you want to show me with a quick check?",
            "Almost there! Try a short test?",
            "You are almost there. Do you want to try a quick check?",
            "You are near mastery. Would you like to try a quick check now?",
        ),
        _prompt(
            "collaboration",
            _P.COLLABORATION,
            "How did your group share the work? What was your part, and what would you change?",
            "Your group: good or not? Your job?",
            "How did your group work? What did you do?",
            "How did your group share the work, and what was your role?",
            visual=True,
        ),
        _prompt(
            "time-on-task",
            _P.WORK_HABITS,
            "How did you rate your time on task? What helped you stay focused?",
            "Did you work the whole time? Point.",
            "How well did you work? What helped you?",
            "How did you rate your time on task, and what helped you focus?",
            visual=True,
        ),
        _prompt(
            "strategies-school",
            _P.STRATEGIES,
            "What helps you learn at school?",
            "What helps you at school?",
            "What helps you learn in class?",
            "Which strategies help you learn at school?",
        ),
        _prompt(
            "questions",
            _P.QUESTIONS,
            "What questions do you have?",
            "Questions?",
            "Do you have a question?",
            "What questions do you have for us?",
        ),
        # Prompts a parent can ask their child, and a parent's own strengths and
        # goal (student-led conference, Three Pluses and a Goal).
        _prompt(
            "parent-proud",
            _P.STRENGTHS,
            "What are you most proud of? Why?",
            "What is your best work?",
            "What work are you proud of? Why?",
            "Which work are you most proud of, and why?",
            asker=Role.FAMILY,
        ),
        _prompt(
            "parent-hard",
            _P.STRUGGLES,
            "What has been hard for you, and what did you do about it?",
            "What is hard?",
            "What is hard for you? What did you do?",
            "What has been difficult, and how did you handle it?",
            asker=Role.FAMILY,
        ),
        _prompt(
            "parent-help",
            _P.STRATEGIES,
            "How can I help you at home?",
            "How can I help at home?",
            "What can we do at home to help you?",
            "What could we do at home to help you learn?",
            asker=Role.FAMILY,
        ),
        _prompt(
            "parent-show",
            _P.EVIDENCE,
            "Can you show me a piece of work you worked hard on?",
            "Show me your work.",
            "Show me work you worked hard on.",
            "Could you show me a piece of work you worked hard on?",
            asker=Role.FAMILY,
        ),
        _prompt(
            "parent-strengths-goal",
            _P.GOALS,
            "Strengths I see in you are ... One goal I have for you is ...",
            "You are good at ... Goal: ...",
            "You are good at ... My goal for you is ...",
            "Strengths I see are ... One goal for you is ...",
            asker=Role.FAMILY,
        ),
        _prompt(
            "teacher-strengths-goal",
            _P.GOALS,
            "Strengths I see in your work are ... One goal I have for you is ...",
            "You are good at ... Goal: ...",
            "You are good at ... My goal for you is ...",
            "Strengths I see are ... One goal for you is ...",
        ),
    )
)
"""The practice's sentence stems, each with wordings for three proficiency levels.

Sources: the self-assessment conference stems ("What were your strengths? What
specific skills did you show mastery of?", "Did you show growth from then to now?",
"How can I help you more?"), the student-led conference's Three Pluses and a Goal,
the data review conference's agenda (quick checks, "what still feels hard").
Prompts a parent asks have ``asker`` `selfassess.Role.FAMILY`."""
