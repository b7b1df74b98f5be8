"""The prompt bank in a family's or a student's language, leveled by WIDA level.

The practice's conferences open with the teacher's (or a parent's) stems: an English
learner needs them simpler, and a family speaking another language needs them in
that language (DESIGN.md, "The classroom practice it models": the self-assessment
and student-led conferences, with trackers for English learners).
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.conference import (
    PROMPT_BANK,
    LeveledText,
    Proficiency,
    Prompt,
    PromptPurpose,
    WidaLevel,
)
from selfassess.errors import ArgumentTypeError, NotFoundError
from selfassess.language import ARABIC, ENGLISH, SPANISH, Catalog, english_messages
from selfassess.serialize import from_dict, to_dict
from strategies_conference import prompts

BANK_IDS = [prompt.id for prompt in PROMPT_BANK.prompts]
LANGUAGES = ("es", "ar")


@pytest.mark.parametrize("prompt_id", BANK_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_prompt_of_the_bank_is_written_in_spanish_and_arabic_at_each_band(
    prompt_id: str, language: str
) -> None:
    """Each built-in prompt has its own wording, and one per band, in es and ar.

    Before, ``text_for`` took no language: every family got English.
    """
    prompt = PROMPT_BANK.prompt(prompt_id)
    catalog = SPANISH if language == "es" else ARABIC
    full = prompt.text_for(language=language)
    assert full == catalog.messages[f"prompts.{prompt_id}"]
    assert full != prompt.text
    for band in Proficiency:
        worded = prompt.text_for(band, language=language)
        assert worded == catalog.messages[f"prompts.{prompt_id}@{band.value}"]
        assert worded != prompt.text_for(band)
    if language == "ar":
        assert any("\u0600" <= char <= "\u06ff" for char in full)
    else:
        assert "¿" in full or "¡" in full or full.endswith((".", "..."))


def test_every_prompt_of_the_bank_has_three_english_bands_in_the_catalog() -> None:
    """The bank is read from the English catalog: the two cannot drift apart."""
    messages = english_messages()
    for prompt in PROMPT_BANK.prompts:
        assert messages[f"prompts.{prompt.id}"] == prompt.text
        for band in Proficiency:
            key = f"prompts.{prompt.id}@{band.value}"
            assert messages[key] == prompt.text_for(band)


@pytest.mark.parametrize("language", [None, "en", "es", "ar"])
def test_an_emerging_student_gets_the_beginning_wording(language: str | None) -> None:
    """WIDA levels 1-2 (Entering, Emerging) read the simplest wording, in any language."""
    for prompt in PROMPT_BANK.prompts:
        for wida in (WidaLevel.ENTERING, WidaLevel.EMERGING):
            assert prompt.text_for(wida, language=language) == prompt.text_for(
                Proficiency.BEGINNING, language=language
            )
        assert prompt.text_for(WidaLevel.EXPANDING, language=language) == (
            prompt.text_for(Proficiency.INTERMEDIATE, language=language)
        )
        assert prompt.text_for(WidaLevel.REACHING, language=language) == (
            prompt.text_for(Proficiency.ADVANCED, language=language)
        )
    strengths = PROMPT_BANK.prompt("strengths")
    assert strengths.text_for(WidaLevel.EMERGING) == "What can you do well? Show me."
    assert strengths.text_for(WidaLevel.EMERGING, language="es") == (
        "¿Qué haces bien? Muéstrame."
    )


def test_english_is_unchanged_without_a_language() -> None:
    """No language: the bank's English, as before."""
    strengths = PROMPT_BANK.prompt("strengths")
    assert strengths.text_for() == (
        "What were your strengths? What specific skills did you show mastery of?"
    )
    assert strengths.text_for(language="en") == strengths.text_for()
    assert strengths.text_for(language=ENGLISH) == strengths.text_for()
    assert strengths.text_for(Proficiency.INTERMEDIATE, language="en-US") == (
        "What did you do well? Which skill can you do now?"
    )


def test_a_teachers_own_prompt_stays_as_written_in_any_language() -> None:
    """A prompt the teacher wrote is the teacher's words, whatever the language."""
    own = Prompt(
        id="strengths",
        purpose=PromptPurpose.STRENGTHS,
        text="What went well this week?",
        leveled=[LeveledText(level=Proficiency.BEGINNING, text="Good this week?")],
    )
    assert own.text_for(language="es") == "What went well this week?"
    assert own.text_for(WidaLevel.EMERGING, language="ar") == "Good this week?"
    changed = attrs.evolve(PROMPT_BANK.prompt("strengths"), text="What went well?")
    assert changed.text_for(language="es") == "What went well?"


@given(prompts(), st.sampled_from([None, *Proficiency, *WidaLevel]))
def test_a_prompt_not_of_the_bank_reads_the_same_in_every_language(
    prompt: Prompt, level: Proficiency | WidaLevel | None
) -> None:
    """Only the bank's prompts are translated; any other is given as written."""
    for language in LANGUAGES:
        assert prompt.text_for(level, language=language) == prompt.text_for(level)


def test_a_schools_catalog_words_the_bank() -> None:
    """A school's own catalog gives the bank's prompts in its language."""
    messages = english_messages()
    messages["prompts.help-more"] = "Tôi có thể giúp em thêm như thế nào?"
    vietnamese = Catalog(language="vi", name="Tiếng Việt", messages=messages)
    prompt = PROMPT_BANK.prompt("help-more")
    assert prompt.text_for(language=vietnamese) == (
        "Tôi có thể giúp em thêm như thế nào?"
    )
    # Leveled wordings it leaves out fall back to its own wording.
    trimmed = {k: v for k, v in messages.items() if not k.startswith("prompts.help")}
    trimmed["prompts.help-more"] = messages["prompts.help-more"]
    lean = Catalog(language="vi", name="Tiếng Việt", messages=trimmed)
    assert prompt.text_for(WidaLevel.ENTERING, language=lean) == (
        "Tôi có thể giúp em thêm như thế nào?"
    )


def test_text_for_refuses_a_language_of_the_wrong_kind_or_unknown() -> None:
    """A language that is not a tag or a catalog, or no catalog has, is named."""
    prompt = PROMPT_BANK.prompt("strengths")
    with pytest.raises(ArgumentTypeError, match=r"^language: "):
        prompt.text_for(language=3)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no catalog has the language 'xx'"):
        prompt.text_for(language="xx")


def test_the_bank_round_trips() -> None:
    """The bank read back from a document still reads from the catalogs."""
    again = from_dict(type(PROMPT_BANK), to_dict(PROMPT_BANK))
    assert again == PROMPT_BANK
    assert again.prompt("questions").text_for(language="ar") == "ما أسئلتك؟"
