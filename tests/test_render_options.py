"""The option checks every renderer shares: the value back, or a clear error."""

from __future__ import annotations

from datetime import date

import pytest

from selfassess import THREE_FACES
from selfassess.render import _options
from selfassess.render._page import Paper
from selfassess.render._words import day_in_words, fixed, short_day


def test_good_options_come_back_ready_to_use() -> None:
    """Each check returns the option's value (a number as a float)."""
    assert _options.lang("en-GB") == "en-GB"
    assert _options.paper(Paper.A4) is Paper.A4
    assert _options.page_options("es", Paper.LETTER) == ("es", Paper.LETTER)
    assert _options.number("width", 640, minimum=400, maximum=2000) == 640.0
    assert _options.whole("parts", 4, 1) == 4
    assert _options.flag("faces", False) is False
    assert _options.given_text("title", None, "Default") == "Default"
    assert _options.optional_text("student_name", None) is None
    assert _options.names(None) == {}
    assert _options.scale(THREE_FACES) is THREE_FACES
    assert _options.texts("bring", None) == ()
    assert _options.values("labels", ["a", "b"], str) == ("a", "b")


@pytest.mark.parametrize(
    ("check", "error", "message"),
    [
        (lambda: _options.lang(3), TypeError, r"lang must be a str \(got int\)"),
        (lambda: _options.lang("en US"), ValueError, "lang must be a language tag"),
        (lambda: _options.paper("a4"), TypeError, r"paper must be a Paper"),
        (lambda: _options.number("w", True), TypeError, r"w must be a number \(got bool\)"),
        (lambda: _options.number("w", float("inf")), ValueError, "w must be finite"),
        (lambda: _options.number("w", 5, minimum=10), ValueError, r"w must be at least 10 \(got 5\)"),
        (lambda: _options.whole("n", 2.0, 1, 9), TypeError, r"n must be an int \(got float\)"),
        (lambda: _options.whole("n", 0, 1, 9), ValueError, r"n must be from 1 to 9 \(got 0\)"),
        (lambda: _options.flag("f", 1), TypeError, r"f must be True or False \(got int\)"),
        (lambda: _options.given_text("t", " ", "x"), ValueError, "t must not be blank"),
        (lambda: _options.optional_text("t", 1), TypeError, r"t must be a str or None \(got int\)"),
        (lambda: _options.names({"a": 1}), TypeError, r"names must map str ids to str names \(got str: int\)"),
        (lambda: _options.optional_instance("on", "x", date), TypeError, r"on must be a date or None \(got str\)"),
        (lambda: _options.values("xs", "ab", str), TypeError, r"xs must be a sequence of str \(got str\)"),
        (lambda: _options.values("xs", [], str, least=1), ValueError, r"xs must hold at least one str \(got none\)"),
    ],
)  # fmt: skip
def test_bad_options_are_refused_naming_the_option(
    check: object, error: type[Exception], message: str
) -> None:
    """Wrong types raise TypeError naming the type, bad values ValueError."""
    with pytest.raises(error, match=message):
        check()  # type: ignore[operator]


def test_days_and_numbers_read_the_same_everywhere() -> None:
    """Days are spelled out whatever the locale; no number is written "-0.00"."""
    assert short_day(date(2026, 9, 7)) == "Sep 7"
    assert short_day(date(2026, 9, 7), year=True) == "Sep 7, 2026"
    assert day_in_words(date(2026, 10, 5)) == "Monday 5 October 2026"
    assert fixed(-0.001, sign=True) == "+0.00"
