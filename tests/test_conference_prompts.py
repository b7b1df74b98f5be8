"""selfassess.conference prompts: stems by purpose, leveled for English learners."""

from __future__ import annotations

import pytest
from hypothesis import assume, given

from selfassess import THREE_FACES, Role
from selfassess.conference import (
    PROMPT_BANK,
    LeveledText,
    Proficiency,
    Prompt,
    PromptBank,
    PromptPurpose,
)
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from strategies_conference import prompt_banks, prompts

from strategies import identifiers


def test_the_practice_stems_are_in_the_bank() -> None:
    """The self-assessment conference's stems are there, as the practice words them."""
    texts = {prompt.text for prompt in PROMPT_BANK.prompts}
    assert (
        "What were your strengths? What specific skills did you show mastery of?"
        in texts
    )
    assert "How can I help you more?" in texts
    assert any(
        text.startswith("Did you show growth from then to now?") for text in texts
    )


def test_every_prompt_has_three_levels() -> None:
    """Every built-in prompt has a simpler wording at each of three levels."""
    assert len(Proficiency) >= 3
    for prompt in PROMPT_BANK.prompts:
        assert {item.level for item in prompt.leveled} == set(Proficiency), prompt.id
        assert len({item.text for item in prompt.leveled} | {prompt.text}) >= 2


def test_visual_scales_name_a_built_in_scale() -> None:
    """Prompts with a visual option point at the three faces."""
    visual = [p for p in PROMPT_BANK.prompts if p.visual_scale is not None]
    assert visual
    assert {p.visual_scale for p in visual} == {THREE_FACES.id}


def test_a_parent_has_prompts_to_ask() -> None:
    """Prompts a parent can ask their child are asked by the family role."""
    asked = PROMPT_BANK.asked_by(Role.FAMILY)
    assert "How can I help you at home?" in {p.text for p in asked}
    assert all(p.asker is Role.FAMILY for p in asked)


def test_every_purpose_has_a_prompt() -> None:
    """The bank covers every purpose."""
    for purpose in PromptPurpose:
        assert PROMPT_BANK.by_purpose(purpose), purpose


def test_text_for_falls_back_to_a_simpler_level() -> None:
    """A missing level takes the nearest simpler wording, else a harder one, else the text."""
    prompt = Prompt(
        id="p",
        purpose=PromptPurpose.GOALS,
        text="What is your goal?",
        leveled=[LeveledText(level=Proficiency.INTERMEDIATE, text="Your goal?")],
    )
    assert prompt.text_for(None) == "What is your goal?"
    assert prompt.text_for(Proficiency.ADVANCED) == "Your goal?"
    assert prompt.text_for(Proficiency.BEGINNING) == "Your goal?"
    bare = Prompt(id="q", purpose=PromptPurpose.GOALS, text="Goal?")
    assert bare.text_for(Proficiency.BEGINNING) == "Goal?"


@given(prompts())
def test_text_for_is_a_wording_of_the_prompt(prompt: Prompt) -> None:
    """Whatever the level, the wording is the prompt's own or one of its leveled ones."""
    wordings = {prompt.text} | {item.text for item in prompt.leveled}
    for level in [None, *Proficiency]:
        assert prompt.text_for(level) in wordings


def test_bank_ids_are_unique() -> None:
    """Two prompts with one id in a bank are refused with the repeat's path."""
    prompt = PROMPT_BANK.prompt("strengths")
    with pytest.raises(
        InvalidDataError, match=r"prompts\[1\]: id 'strengths' is already used"
    ):
        PromptBank(prompts=[prompt, prompt])


def test_a_prompt_is_found_by_its_id() -> None:
    """prompt() returns the prompt whose id is asked for, from any bank."""
    assert PROMPT_BANK.prompt("help-more").text == "How can I help you more?"
    assert [PROMPT_BANK.prompt(p.id) for p in PROMPT_BANK.prompts] == list(
        PROMPT_BANK.prompts
    )


@given(prompt_banks(), identifiers)
def test_an_unknown_prompt_id_is_not_found(bank: PromptBank, prompt_id: str) -> None:
    """An id no prompt has raises NotFoundError, a KeyError naming the id."""
    assume(prompt_id not in {prompt.id for prompt in bank.prompts})
    with pytest.raises(KeyError) as caught:
        bank.prompt(prompt_id)
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.key == prompt_id
    assert str(caught.value) == f"no prompt in the bank has the id {prompt_id!r}"


def test_a_level_repeats_is_refused() -> None:
    """A prompt has at most one wording per level."""
    twice = [LeveledText(level=Proficiency.BEGINNING, text="A")] * 2
    with pytest.raises(InvalidDataError, match=r"leveled\[1\]: level 'beginning'"):
        Prompt(id="p", purpose=PromptPurpose.GOALS, text="T", leveled=twice)


def test_text_for_refuses_an_unknown_level() -> None:
    """A level that is not a Proficiency is the caller's mistake."""
    with pytest.raises(
        ArgumentTypeError, match=r"^level: must be a Proficiency, a WidaLevel or None"
    ):
        PROMPT_BANK.prompt("strengths").text_for("beginning")  # type: ignore[arg-type]


def test_lookups_refuse_arguments_of_the_wrong_kind() -> None:
    """An id that is not a string, a purpose or a role of the wrong kind, is named."""
    with pytest.raises(ArgumentTypeError, match=r"^prompt_id: must be a string"):
        PROMPT_BANK.prompt(None)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^purpose: must be a PromptPurpose"):
        PROMPT_BANK.by_purpose("goals")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^role: must be a Role"):
        PROMPT_BANK.asked_by("family")  # type: ignore[arg-type]
    assert PromptBank(prompts=[]).by_purpose(PromptPurpose.GOALS) == ()
