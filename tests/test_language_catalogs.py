"""The catalogs: every message in every shipped language, and a school's checked whole.

A family reads what selfassess writes in their language only if every message is
translated and each translation fills the same blanks as the English; these tests
enumerate every message and fail on a missing one or a placeholder that differs.
"""

from __future__ import annotations

import ast
import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import FOUR_POINT, Level, Scale
from selfassess.conference import Proficiency, WidaLevel
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.language import (
    ARABIC,
    ENGLISH,
    SHIPPED,
    SPANISH,
    Catalog,
    Direction,
    _formats,
    catalog_for,
    english_messages,
    level_words,
    message_ids,
    placeholders,
    scale_name,
)
from selfassess.language._messages import MESSAGES
from selfassess.serialize import from_dict, to_dict
from strategies_language import catalogs

from source import modules

ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")


@pytest.mark.parametrize("catalog", SHIPPED, ids=lambda c: c.language)
@pytest.mark.parametrize("key", message_ids())
def test_every_shipped_language_has_every_message_with_the_english_blanks(
    catalog: Catalog, key: str
) -> None:
    """Each message, leveled wordings too, in each shipped language, same blanks."""
    assert catalog.has(key), f"{catalog.language} lacks {key}"
    text = catalog.messages[key]
    assert text.strip(), key
    english = placeholders(ENGLISH.messages[key.split("@", maxsplit=1)[0]])
    if "@" in key:
        assert placeholders(text) <= english | placeholders(ENGLISH.messages[key])
    else:
        assert placeholders(text) == english


@pytest.mark.parametrize("key", message_ids())
def test_the_arabic_catalog_is_written_in_arabic(key: str) -> None:
    """An Arabic message has Arabic letters unless it is only blanks and marks."""
    text = ARABIC.messages[key]
    words = re.sub(r"\{\w+\}", "", text)
    if re.search(r"[A-Za-z]{3,}", words) and not ARABIC_LETTERS.search(words):
        pytest.fail(f"{key} reads as English: {text!r}")


@pytest.mark.parametrize("key", message_ids(leveled=False))
def test_spanish_is_written_not_copied(key: str) -> None:
    """A Spanish message differs from the English unless it is a name or a mark."""
    english, spanish = ENGLISH.messages[key], SPANISH.messages[key]
    words = re.sub(r"\{\w+\}|[^A-Za-z]", "", english)
    if len(words) > 6 and spanish == english and not key.endswith(".name"):
        pytest.fail(f"{key} is the English: {english!r}")


def test_a_missing_message_and_a_changed_blank_are_reported_with_their_paths() -> None:
    """A school's catalog lacking a message, or with another blank, is refused."""
    data = to_dict(SPANISH)
    data.update(language="vi", name="Tiếng Việt")
    del data["messages"]["base.list.separator"]
    data["messages"]["base.work_times"] = "{count} trong {tong} giờ làm việc của em"
    data["messages"]["base.not.a.message"] = "?"
    data["messages"]["base.list.and"] = "{first} và {last"
    with pytest.raises(InvalidDataError) as caught:
        from_dict(Catalog, data)
    problems = {problem.path: problem.message for problem in caught.value.problems}
    assert problems["messages.base.list.separator"] == "is missing"
    assert "{count}, {total}" in problems["messages.base.work_times"]
    assert "{tong}" in problems["messages.base.work_times"]
    assert problems["messages.base.not.a.message"] == (
        "is not a message selfassess writes"
    )
    assert "braces" in problems["messages.base.list.and"]


def test_a_leveled_wording_may_be_left_out_but_not_add_blanks() -> None:
    """A school may leave out learners' wordings; one it writes keeps to the blanks."""
    leveled = [key for key in message_ids() if "@" in key]
    if not leveled:
        pytest.skip("no leveled wording in the catalogs")
    messages = {k: v for k, v in SPANISH.messages.items() if "@" not in k}
    Catalog(language="vi", name="Tiếng Việt", messages=messages)
    messages[leveled[0]] = "{nobody} here"
    with pytest.raises(InvalidDataError, match=re.escape("{nobody}")):
        Catalog(language="vi", name="Tiếng Việt", messages=messages)


def test_a_school_catalog_round_trips_and_is_found_by_its_tag() -> None:
    """Plain data in, the same catalog out; a lookup finds it before the shipped."""
    data = {**to_dict(ENGLISH), "language": "vi", "name": "Tiếng Việt"}
    data["messages"] = {**data["messages"], "base.list.and": "{first} và {last}"}
    school = from_dict(Catalog, data)
    assert from_dict(Catalog, to_dict(school)) == school
    assert catalog_for("vi-VN", catalogs=[school]) is school
    assert school.and_list(["đọc", "viết"]) == "đọc và viết"


@given(catalogs())
def test_drawn_catalogs_round_trip(catalog: Catalog) -> None:
    """Any valid catalog survives plain data unchanged."""
    assert from_dict(Catalog, to_dict(catalog)) == catalog


def test_bad_language_tags_and_kinds_are_refused() -> None:
    """A catalog's tag must be a language tag; messages must be a mapping."""
    with pytest.raises(InvalidDataError, match="language tag"):
        Catalog(language="not a tag", name="x", messages=dict(ENGLISH.messages))
    with pytest.raises(InvalidDataError):
        Catalog(language="vi", name="x", messages=["base.list.and"])  # type: ignore[arg-type]


def test_lookup_by_tag_primary_subtag_and_default() -> None:
    """Tags find the catalog of their language; an unknown one is an error."""
    assert catalog_for(None) is ENGLISH
    assert catalog_for("es-419") is SPANISH
    assert catalog_for("ar_EG") is ARABIC
    assert catalog_for(SPANISH) is SPANISH
    assert catalog_for("so", default=ENGLISH) is ENGLISH
    with pytest.raises(NotFoundError, match="'so'"):
        catalog_for("so")
    with pytest.raises(ArgumentTypeError):
        catalog_for(3)  # type: ignore[arg-type]


def test_arabic_is_right_to_left_and_the_others_left_to_right() -> None:
    """Arabic pages must say dir="rtl"; the catalog carries the direction."""
    assert ARABIC.direction is Direction.RTL
    assert ARABIC.rtl
    assert SPANISH.direction is ENGLISH.direction is Direction.LTR


def test_text_fills_its_blanks_and_refuses_unknown_ids_and_missing_values() -> None:
    """Messages are looked up by id and every blank must be given."""
    assert ENGLISH.text("base.work_times", count=8, total=10) == (
        "8 of my 10 work times"
    )
    with pytest.raises(NotFoundError):
        ENGLISH.text("base.nothing")
    with pytest.raises(InvalidDataError, match=re.escape("{total}")):
        ENGLISH.text("base.work_times", count=8)


def test_a_leveled_wording_is_chosen_by_band_or_wida_level() -> None:
    """Levels 1-2 read the beginning wording, 3-4 the intermediate one; fluent the own."""
    leveled = sorted(
        {key.split("@")[0] for key in message_ids() if "@beginning" in key}
    )
    if not leveled:
        pytest.skip("no leveled wording in the catalogs")
    key = leveled[0]
    values = dict.fromkeys(placeholders(ENGLISH.messages[key]), "x")
    beginning = ENGLISH.messages[f"{key}@beginning"].format_map(values)
    assert ENGLISH.text(key, level=WidaLevel.EMERGING, **values) == beginning
    assert ENGLISH.text(key, level=WidaLevel.ENTERING, **values) == beginning
    assert ENGLISH.text(key, level=Proficiency.BEGINNING, **values) == beginning
    assert ENGLISH.text(key, **values) == ENGLISH.messages[key].format_map(values)
    with pytest.raises(ArgumentTypeError):
        ENGLISH.text(key, level=2, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("level", "band"),
    [
        (WidaLevel.ENTERING, Proficiency.BEGINNING),
        (WidaLevel.EMERGING, Proficiency.BEGINNING),
        (WidaLevel.DEVELOPING, Proficiency.INTERMEDIATE),
        (WidaLevel.EXPANDING, Proficiency.INTERMEDIATE),
        (WidaLevel.BRIDGING, Proficiency.ADVANCED),
        (WidaLevel.REACHING, Proficiency.ADVANCED),
    ],
)
def test_wida_levels_map_to_the_three_bands(
    level: WidaLevel, band: Proficiency
) -> None:
    """WIDA's six levels, Entering to Reaching, in three bands of two."""
    assert level.proficiency is band


def test_lists_are_joined_as_each_language_joins_them() -> None:
    """Lists read "a, b and c", "a, b y c", and with Arabic's comma and و."""
    assert ENGLISH.and_list(["a", "b", "c"]) == "a, b and c"
    assert SPANISH.and_list(["a", "b", "c"]) == "a, b y c"
    assert ARABIC.and_list(["أ", "ب", "ج"]) == "أ، ب وج"
    assert ENGLISH.and_list(["a"]) == "a"
    assert ENGLISH.and_list([]) == ""


def test_dates_and_times_follow_cldr_with_babel() -> None:
    """With Babel, CLDR's words: "lunes, 12 de octubre de 2026", Arabic's month."""
    pytest.importorskip("babel")
    day = date(2026, 10, 12)
    assert SPANISH.date(day) == "lunes, 12 de octubre de 2026"
    assert "أكتوبر" in ARABIC.date(day)
    assert SPANISH.time(datetime(2026, 10, 12, 16, 15)) == "16:15"
    assert SPANISH.number(2.5) == "2,5"
    assert ENGLISH.date(day) == "Monday 12 October 2026"


def test_without_babel_dates_fall_back_to_iso_and_english_is_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The documented fallback: ISO days, the 24-hour clock, English numbers."""
    monkeypatch.setattr(_formats, "_babel", lambda: None)
    day = date(2026, 10, 12)
    assert SPANISH.date(day) == "2026-10-12"
    assert ARABIC.time(datetime(2026, 10, 12, 16, 5)) == "16:05"
    assert SPANISH.number(2.5) == "2.5"
    assert ENGLISH.date(day) == "Monday 12 October 2026"
    assert ENGLISH.time(datetime(2026, 10, 12, 16, 15)) == "4:15 pm"
    assert not _formats.babel_available()


def test_built_in_scales_read_in_family_words_in_each_language() -> None:
    """Families see "on track" / "va por buen camino" beside the teacher's label."""
    assert level_words(FOUR_POINT, 3) == "Proficient"
    assert level_words(FOUR_POINT, 3, family=True) == "on track"
    assert level_words(FOUR_POINT, 2, family=True, language="es") == "va avanzando"
    assert (
        level_words(FOUR_POINT, 2, family=True, language="ar") == "في الطريق إلى الهدف"
    )
    assert (
        scale_name(FOUR_POINT, language="ar")
        == ARABIC.messages["scale.four-point.name"]
    )


def test_a_teachers_own_scale_keeps_the_teachers_words() -> None:
    """A scale the teacher wrote is not translated: its words are the teacher's."""
    own = Scale(
        id="four-point",
        name="Mi escala",
        levels=[
            Level(points=1, label="Todavía no", family_label="empezando"),
            Level(points=2, label="Lo logré", mastery=True),
        ],
    )
    assert level_words(own, 1, family=True, language="ar") == "empezando"
    assert level_words(own, 2, family=True, language="ar") == "Lo logré"
    assert scale_name(own, language="ar") == "Mi escala"


def _message_ids_used_in_the_source() -> list[tuple[str, int, str]]:
    found = []
    for name, _, tree in modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "text"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and re.fullmatch(r"[a-z_]+(\.[\w-]+)+", node.args[0].value)
            ):
                found.append((name, node.lineno, node.args[0].value))
    return found


def test_every_message_id_the_source_names_is_in_the_catalogs() -> None:
    """A typo in an id would raise only when that text is written; catch it here."""
    used = _message_ids_used_in_the_source()
    assert used, "the source names no message"
    unknown = [
        f"{name}:{line}: {key}" for name, line, key in used if key not in MESSAGES
    ]
    assert unknown == []


def test_english_messages_is_a_fresh_copy_for_a_translator() -> None:
    """Changing the copy changes nothing shipped."""
    copy = english_messages()
    copy["base.work_times"] = "changed"
    assert ENGLISH.messages["base.work_times"] == "{count} of my {total} work times"


@given(st.sampled_from(message_ids(leveled=False)))
def test_each_message_fills_in_each_language(key: str) -> None:
    """Every message can be written in every shipped language with its blanks given."""
    values = dict.fromkeys(placeholders(ENGLISH.messages[key]), "X")
    for catalog in SHIPPED:
        assert catalog.text(key, **values)


def test_an_advanced_student_reads_the_own_wording_unless_one_is_written() -> None:
    """WIDA 5-6 read the class's wording; levels 3-4 fall back to the simpler one."""
    bases = sorted(
        key.split("@")[0]
        for key in message_ids()
        if key.endswith("@beginning")
        and not ENGLISH.has(key.replace("@beginning", "@advanced"))
        and not ENGLISH.has(key.replace("@beginning", "@intermediate"))
    )
    if not bases:
        pytest.skip("every leveled message has an intermediate or advanced wording")
    key = bases[0]
    values = dict.fromkeys(placeholders(ENGLISH.messages[key]), "x")
    own = ENGLISH.messages[key].format_map(values)
    beginning = ENGLISH.messages[f"{key}@beginning"].format_map(values)
    assert ENGLISH.text(key, level=WidaLevel.BRIDGING, **values) == own
    assert ENGLISH.text(key, level=Proficiency.ADVANCED, **values) == own
    assert ENGLISH.text(key, level=WidaLevel.DEVELOPING, **values) == beginning


@pytest.mark.parametrize(
    "bad", ["{count:x} {total}", "{count!r} {total}", "{count:{total}}"]
)
def test_a_placeholder_with_a_format_or_conversion_is_refused(bad: str) -> None:
    """Only plain blanks: a format spec would fail or pad when the text is written."""
    messages = {**english_messages(), "base.work_times": bad}
    with pytest.raises(InvalidDataError, match="plain"):
        Catalog(language="vi", name="Tiếng Việt", messages=messages)


def test_a_mapping_that_fails_when_read_is_reported() -> None:
    """A messages mapping whose reading raises is bad data, not its own error."""

    class Broken(dict):  # type: ignore[type-arg]
        def items(self):  # type: ignore[no-untyped-def]
            raise RuntimeError("no")

    with pytest.raises(InvalidDataError, match="can be read"):
        Catalog(language="vi", name="x", messages=Broken())


@pytest.mark.parametrize(
    "call",
    [
        lambda: ENGLISH.text(["a"]),  # type: ignore[arg-type]
        lambda: SPANISH.date(None),  # type: ignore[arg-type]
        lambda: SPANISH.date(datetime(2026, 1, 1)),
        lambda: SPANISH.time(None),  # type: ignore[arg-type]
        lambda: SPANISH.number("x"),  # type: ignore[arg-type]
        lambda: SPANISH.and_list([1]),  # type: ignore[list-item]
        lambda: scale_name(
            Scale(id="own", name="Own", levels=FOUR_POINT.levels), language=3
        ),  # type: ignore[arg-type]
    ],
)
def test_catalog_methods_refuse_wrong_kinds(call: object) -> None:
    """Wrong kinds are the caller's mistake: an ArgumentTypeError, not a crash."""
    with pytest.raises((ArgumentTypeError, InvalidDataError)):
        call()  # type: ignore[operator]


def test_a_level_of_another_scale_is_not_found() -> None:
    """level_words looks the level up on the scale it is given."""
    from selfassess import THREE_FACES

    with pytest.raises(NotFoundError):
        level_words(FOUR_POINT, THREE_FACES.levels[0])
    with pytest.raises(NotFoundError):
        scale_name(THREE_FACES, language="zz")


def test_a_leveled_wording_never_falls_back_to_a_harder_one() -> None:
    """A school catalog with only an advanced wording gives a beginner the own one."""
    key = sorted(k.split("@")[0] for k in message_ids() if k.endswith("@beginning"))[0]
    messages = {
        k: v for k, v in ENGLISH.messages.items() if not k.startswith(key + "@")
    }
    messages[key + "@advanced"] = "Advanced wording."
    school = Catalog(language="vi", name="Tiếng Việt", messages=messages)
    values = dict.fromkeys(placeholders(ENGLISH.messages[key]), "x")
    own = ENGLISH.messages[key].format_map(values)
    assert school.text(key, level=WidaLevel.ENTERING, **values) == own
    assert school.text(key, level=WidaLevel.REACHING, **values) == "Advanced wording."
