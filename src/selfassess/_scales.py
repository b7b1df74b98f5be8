"""Rating scales: ordered levels, the levels that count as mastery, and bands.

A scale is what a rubric's levels, a mastery score and a student's self-rating are all
measured on. Its levels are strictly ordered by points. Continuous scores (a decaying
average of 2.7, say) are placed on the scale in two ways:

- `Scale.level_for` gives the level a score has reached (or the nearest level);
- `Scale.band` gives the colour band a teacher plans from: mastered (green), near
  (yellow), not yet (red), by the scale's `BandCuts`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import attrs

from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, number_field, shown, to_tuple
from selfassess.errors import NotFoundError

__all__ = [
    "CANVAS_DEFAULT",
    "EMERGING_TO_EXTENDING",
    "FOUR_POINT",
    "THREE_FACES",
    "TRAFFIC_LIGHT",
    "Band",
    "BandCuts",
    "Level",
    "LevelRule",
    "Scale",
]

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class Band(enum.Enum):
    """Where a mastery score stands, as a teacher colours it.

    The first three are decided by a scale's `BandCuts`; the fourth by a mastery
    policy when there are too few scores to judge.
    """

    MASTERED = "mastered"
    """At or above the mastery cut (green)."""
    NEAR = "near"
    """At or above the near cut, below mastery (yellow)."""
    NOT_YET = "not_yet"
    """Below the near cut (red)."""
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"
    """Too few scores to judge (grey)."""

    @property
    def colour(self) -> str:
        """The colour a data-review conference gives the band, as a word."""
        return _BAND_COLOURS[self]


_BAND_COLOURS = {
    Band.MASTERED: "green",
    Band.NEAR: "yellow",
    Band.NOT_YET: "red",
    Band.INSUFFICIENT_EVIDENCE: "grey",
}


class LevelRule(enum.Enum):
    """How `Scale.level_for` places a score that falls between two levels."""

    REACHED = "reached"
    """The highest level whose points are at or below the score.

    So 2.9 on a 4-point scale has reached 2, not 3. A score below the lowest level
    gets the lowest level."""
    NEAREST = "nearest"
    """The level whose points are closest to the score, halfway going up (2.5 is 3)."""


@attrs.frozen(kw_only=True)
class Level:
    """One level of a rating scale.

    Attributes:
        points: The level's value; finite. Levels of a scale are ordered by it.
        label: Its name, such as ``"Proficient"``.
        description: What work at this level looks like, in general terms.
        symbol: An optional symbol shown beside or instead of the label: a face for
            young learners and English learners, such as ``"🙂"``.
        colour: An optional colour for displays, as ``"#RRGGBB"``.
        mastery: Whether this level counts as mastery of a standard.
        family_label: The level's name in a family's plain words ("on track",
            "getting there"), shown beside the teacher's label to families and
            used by the planner in family conferences; ``None`` when the label
            is plain already.

    Raises:
        InvalidDataError: If points is not a finite number, the label is empty, or the
            colour is not of the form ``#RRGGBB``.
    """

    __repr__ = short_repr

    points: float = number_field()
    label: str
    description: str = ""
    symbol: str | None = None
    colour: str | None = None
    mastery: bool = False
    family_label: str | None = None

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.text("label", self.label)
        check.optional_text("family_label", self.family_label)
        check.text("description", self.description, empty=True)
        check.optional_text("symbol", self.symbol)
        if self.colour is not None and (
            not isinstance(self.colour, str) or not _COLOUR.fullmatch(self.colour)
        ):
            check.add(
                "colour", f"must be a colour like '#1a7f37' (got {shown(self.colour)})"
            )
        check.boolean("mastery", self.mastery)
        check.done()

    @property
    def family_words(self) -> str:
        """The level's name for a family, its family label or else its label.

        Example:
            >>> FOUR_POINT.levels[1].label, FOUR_POINT.levels[1].family_words
            ('Partially proficient', 'getting there')
        """
        return self.label if self.family_label is None else self.family_label

    def __str__(self) -> str:
        if self.symbol:
            return f"{self.symbol} {self.label} ({self.points:g})"
        return f"{self.label} ({self.points:g})"


@attrs.frozen(kw_only=True)
class BandCuts:
    """Cut points that put a continuous score into a band.

    A score at or above ``mastered`` is `Band.MASTERED`; at or above ``near`` (and
    below ``mastered``) is `Band.NEAR`; anything lower is `Band.NOT_YET`. Both cuts
    are the teacher's to set: nothing assumes "near" is half the mastery threshold.

    Attributes:
        mastered: The lowest score that counts as mastery.
        near: The lowest score that counts as near mastery; at most ``mastered``.
            Equal to ``mastered`` when a class uses no near band.

    Raises:
        InvalidDataError: If a cut is not finite or ``near`` exceeds ``mastered``.

    Example:
        >>> cuts = BandCuts(mastered=3.0, near=2.5)
        >>> [cuts.band(score).value for score in (3.0, 2.7, 2.4, None)]
        ['mastered', 'near', 'not_yet', 'insufficient_evidence']
    """

    __repr__ = short_repr

    mastered: float = number_field()
    near: float = number_field()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        cuts = check.declared(self)
        if cuts["mastered"] and cuts["near"] and self.near > self.mastered:
            check.add(
                "near",
                f"must be at most mastered ({self.mastered:g}) (got {self.near:g})",
            )
        check.done()

    def band(self, score: float | None) -> Band:
        """Return the band of *score*; ``None`` (no estimate) is insufficient evidence.

        Raises:
            ArgumentTypeError: If *score* is neither ``None`` nor a number.
            InvalidDataError: If *score* is not finite.
        """
        if score is None:
            return Band.INSUFFICIENT_EVIDENCE
        score = _score(score)
        if score >= self.mastered:
            return Band.MASTERED
        if score >= self.near:
            return Band.NEAR
        return Band.NOT_YET


def _score(score: object) -> float:
    check = Arguments()
    found = check.number("score", score)
    check.done()
    return found


def _default_cuts(levels: tuple[Level, ...]) -> BandCuts:
    """Mastery at the lowest mastery level; near at the level just below it."""
    ordered = [level for level in levels if isinstance(level, Level)]
    if not ordered:
        return BandCuts(mastered=0.0, near=0.0)
    ordered.sort(key=lambda level: level.points)
    index = next(
        (i for i, level in enumerate(ordered) if level.mastery), len(ordered) - 1
    )
    mastered = ordered[index].points
    near = ordered[index - 1].points if index > 0 else mastered
    return BandCuts(mastered=mastered, near=near)


@attrs.frozen(kw_only=True)
class Scale:
    """A rating scale: levels in strictly increasing order of points.

    Attributes:
        id: A short identifier, such as ``"four-point"``.
        name: The name shown to people.
        levels: The levels, lowest first; at least two; points strictly increasing;
            labels unique, ignoring case. The levels that count as mastery must be the top ones.
        cuts: Where the bands fall for continuous scores. By default mastery starts
            at the lowest mastery level and near mastery at the level below it.

    Raises:
        InvalidDataError: If any rule above is broken, listing every problem.

    Example:
        >>> from selfassess import FOUR_POINT
        >>> FOUR_POINT.level_for(2.9).label
        'Partially proficient'
        >>> FOUR_POINT.band(2.9).colour
        'yellow'
    """

    __repr__ = short_repr

    id: str
    name: str
    levels: tuple[Level, ...] = attrs.field(converter=to_tuple)
    cuts: BandCuts = attrs.field()

    @cuts.default
    def _cuts_from_levels(self) -> BandCuts:
        return _default_cuts(self.levels if isinstance(self.levels, tuple) else ())

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.text("name", self.name)
        if check.items("levels", self.levels, Level):
            self._check_levels(check)
        if check.instance("cuts", self.cuts, BandCuts) and not check.problems:
            low, high = self.minimum, self.maximum
            for name in ("near", "mastered"):
                value = getattr(self.cuts, name)
                if not low <= value <= high:
                    check.add(
                        f"cuts.{name}",
                        f"must be within the scale, {low:g} to {high:g} (got {value:g})",
                    )
        check.done()

    def _check_levels(self, check: Checker) -> None:
        levels = self.levels
        if len(levels) < 2:
            check.add("levels", f"must have at least 2 levels (got {len(levels)})")
            return
        for index in range(1, len(levels)):
            before, after = levels[index - 1].points, levels[index].points
            if after <= before:
                check.add(
                    f"levels[{index}].points",
                    "must be greater than the level before it, lowest first "
                    f"({before:g}) (got {after:g})",
                )
        check.unique(
            "levels", levels, lambda level: level.label.strip().casefold(), "label"
        )
        seen_mastery = False
        for index, level in enumerate(levels):
            if seen_mastery and not level.mastery:
                check.add(
                    f"levels[{index}].mastery",
                    "must be true: a level above a mastery level counts as mastery too",
                )
            seen_mastery = seen_mastery or level.mastery

    def __iter__(self) -> Iterator[Level]:
        return iter(self.levels)

    def __len__(self) -> int:
        return len(self.levels)

    @property
    def minimum(self) -> float:
        """The points of the lowest level."""
        return self.levels[0].points

    @property
    def maximum(self) -> float:
        """The points of the highest level."""
        return self.levels[-1].points

    @property
    def mastery_levels(self) -> tuple[Level, ...]:
        """The levels that count as mastery, lowest first (maybe none)."""
        return tuple(level for level in self.levels if level.mastery)

    def level(self, points: float) -> Level:
        """Return the level with exactly these points.

        Raises:
            ArgumentTypeError: If *points* is not a number.
            NotFoundError: If no level has these points.
        """
        check = Arguments()
        check.number("points", points)
        check.done()
        for level in self.levels:
            if level.points == points:
                return level
        known = ", ".join(f"{level.points:g}" for level in self.levels)
        message = (
            f"no level of the scale {shown(self.id)} has {shown(points)} points "
            f"(its levels have {known})"
        )
        raise NotFoundError(message, key=points)

    def level_named(self, label: str) -> Level:
        """Return the level with this label (case and surrounding spaces ignored).

        Raises:
            ArgumentTypeError: If *label* is not a string.
            NotFoundError: If no level has this label.

        Example:
            >>> from selfassess import FOUR_POINT
            >>> FOUR_POINT.level_named(" proficient ").points
            3.0
            >>> FOUR_POINT.level_named("Excellent")
            Traceback (most recent call last):
            ...
            selfassess.errors.NotFoundError: no level of the scale 'four-point' is labelled 'Excellent' (its labels: 'Not proficient', 'Partially proficient', 'Proficient', 'Advanced')
        """
        check = Arguments()
        check.text("label", label, empty=True)
        check.done()
        wanted = label.strip().casefold()
        for level in self.levels:
            if level.label.strip().casefold() == wanted:
                return level
        known = ", ".join(repr(level.label) for level in self.levels)
        message = (
            f"no level of the scale {shown(self.id)} is labelled {shown(label)} "
            f"(its labels: {known})"
        )
        raise NotFoundError(message, key=label)

    def level_for(self, score: float, rule: LevelRule = LevelRule.REACHED) -> Level:
        """Return the level a continuous score falls on, by *rule*.

        With `LevelRule.REACHED` (the default), the highest level whose points are at
        or below the score, so that a level is never claimed before it is reached; a
        score below the lowest level gets the lowest level. With `LevelRule.NEAREST`,
        the closest level, halfway going up. Scores above the top get the top level.

        Raises:
            ArgumentTypeError: If *score* is not a number or *rule* not a `LevelRule`.
            InvalidDataError: If *score* is not finite.

        Example:
            >>> from selfassess import FOUR_POINT, LevelRule
            >>> FOUR_POINT.level_for(2.5).points, FOUR_POINT.level_for(2.5, LevelRule.NEAREST).points
            (2.0, 3.0)
        """
        check = Arguments()
        score = check.number("score", score)
        check.member("rule", rule, LevelRule)
        check.done()
        if rule is LevelRule.NEAREST:
            best = self.levels[0]
            for level in self.levels[1:]:
                if abs(score - level.points) <= abs(score - best.points):
                    best = level
            return best
        reached = self.levels[0]
        for level in self.levels:
            if level.points <= score:
                reached = level
        return reached

    def band(self, score: float | None) -> Band:
        """Return the band of a continuous score by the scale's cuts.

        Raises:
            ArgumentTypeError: If *score* is neither ``None`` nor a number.
            InvalidDataError: If *score* is not finite.
        """
        return self.cuts.band(score)

    def clamp(self, score: float) -> float:
        """Return *score* limited to the scale's range.

        Raises:
            ArgumentTypeError: If *score* is not a number.
            InvalidDataError: If *score* is not finite.
        """
        return min(max(_score(score), self.minimum), self.maximum)

    def contains(self, score: float) -> bool:
        """Whether *score* is a finite number within the scale's range."""
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            return False
        return self.minimum <= score <= self.maximum


FOUR_POINT = Scale(
    id="four-point",
    name="4-point proficiency scale",
    levels=(
        Level(
            points=1,
            label="Not proficient",
            description="Not yet able to show the standard, even with help.",
            colour="#cf222e",
            family_label="just starting",
        ),
        Level(
            points=2,
            label="Partially proficient",
            description="Shows parts of the standard, or all of it with help.",
            colour="#d4a72c",
            family_label="getting there",
        ),
        Level(
            points=3,
            label="Proficient",
            description="Shows the standard independently: the goal.",
            colour="#1a7f37",
            mastery=True,
            family_label="on track",
        ),
        Level(
            points=4,
            label="Advanced",
            description="Applies the standard in new or more complex situations.",
            colour="#0969da",
            mastery=True,
            family_label="going beyond",
        ),
    ),
)
"""The student-led conference's 4-point rubric: 4 advanced, 3 proficient, 2 partially
proficient, 1 not proficient; mastery at 3, near mastery from 2."""

CANVAS_DEFAULT = Scale(
    id="canvas-default",
    name="Canvas default outcome scale",
    levels=(
        Level(
            points=0,
            label="No evidence",
            colour="#8c959f",
            family_label="no work to look at yet",
        ),
        Level(
            points=1,
            label="Below mastery",
            colour="#cf222e",
            family_label="just starting",
        ),
        Level(
            points=2,
            label="Near mastery",
            colour="#d4a72c",
            family_label="getting there",
        ),
        Level(
            points=3,
            label="Meets mastery",
            colour="#1a7f37",
            mastery=True,
            family_label="on track",
        ),
        Level(
            points=4,
            label="Exceeds mastery",
            colour="#0969da",
            mastery=True,
            family_label="going beyond",
        ),
    ),
)
"""Canvas's default five-level outcome scale: 4 exceeds mastery, 3 meets mastery,
2 near mastery, 1 below mastery, 0 no evidence; mastery at 3."""

THREE_FACES = Scale(
    id="three-faces",
    name="Three faces",
    levels=(
        Level(points=1, label="Not yet", symbol="🙁", description="I can't do it yet."),
        Level(
            points=2,
            label="Getting there",
            symbol="😐",
            description="I can do it with help.",
        ),
        Level(
            points=3,
            label="Got it",
            symbol="🙂",
            description="I can do it by myself.",
            mastery=True,
        ),
    ),
)
"""A visual scale for young learners and English learners: three faces; mastery at
the smile."""

TRAFFIC_LIGHT = Scale(
    id="traffic-light",
    name="Traffic light",
    levels=(
        Level(
            points=1,
            label="Red",
            description="I need help.",
            colour="#cf222e",
            family_label="needs help",
        ),
        Level(
            points=2,
            label="Yellow",
            description="I am getting there.",
            colour="#d4a72c",
            family_label="getting there",
        ),
        Level(
            points=3,
            label="Green",
            description="I have got it.",
            colour="#1a7f37",
            mastery=True,
            family_label="on track",
        ),
    ),
)
"""A three-colour scale for quick checks and data-review conferences; mastery at
green."""

EMERGING_TO_EXTENDING = Scale(
    id="emerging-extending",
    name="Emerging, developing, proficient, extending",
    levels=(
        Level(
            points=1,
            label="Emerging",
            description="Beginning to show the skill.",
            family_label="just starting",
        ),
        Level(
            points=2,
            label="Developing",
            description="Shows the skill with support.",
            family_label="getting there",
        ),
        Level(
            points=3,
            label="Proficient",
            description="Shows the skill independently.",
            mastery=True,
            family_label="on track",
        ),
        Level(
            points=4,
            label="Extending",
            description="Extends the skill to new situations.",
            mastery=True,
            family_label="going beyond",
        ),
    ),
)
"""The Emerging / Developing / Proficient / Extending scale; mastery at proficient."""
