"""Numbers in plain words: how every text the library writes shows a number.

One way for all of them, so a trace, a goal and a summary never print the same
share as "65 %", "65%" and "65.0 %".
"""

from __future__ import annotations

from selfassess._numbers import round_half_up

__all__ = ["number", "percent"]


def number(value: float, places: int = 2) -> str:
    """A number as a person writes it: at most *places* decimals, no trailing zeros.

    Rounded half up, as a teacher rounds (2.675 is "2.68"), never "-0".

    Example:
        >>> number(2.5), number(2.675), number(3.0), number(-0.001)
        ('2.5', '2.68', '3', '0')
    """
    rounded = round_half_up(value, places)
    text = (
        f"{rounded:.{places}f}".rstrip("0").rstrip(".") if places else f"{rounded:.0f}"
    )
    return "0" if text == "-0" else text


def percent(share: float, places: int = 1) -> str:
    """A share from 0 to 1 as a percentage with a space before the sign: "65 %".

    Example:
        >>> percent(0.65), percent(0.8), percent(1 / 3), percent(0.125, places=0)
        ('65 %', '80 %', '33.3 %', '13 %')
    """
    return f"{number(share * 100, places)} %"
