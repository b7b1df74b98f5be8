"""Rating scales: ordered levels, the level lookup rule, bands and the built-ins."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Band, BandCuts, Level, LevelRule, Scale
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError

from strategies import band_cuts, scales


def _levels(*points: float) -> list[Level]:
    return [Level(points=p, label=f"L{p:g}") for p in points]


class TestBuiltins:
    def test_four_point_is_the_student_led_conference_rubric(self) -> None:
        """4 advanced, 3 proficient, 2 partially proficient, 1 not proficient; mastery at 3."""
        assert [(level.points, level.label) for level in sa.FOUR_POINT] == [
            (1, "Not proficient"),
            (2, "Partially proficient"),
            (3, "Proficient"),
            (4, "Advanced"),
        ]
        assert [level.points for level in sa.FOUR_POINT.mastery_levels] == [3, 4]
        assert sa.FOUR_POINT.cuts == BandCuts(mastered=3, near=2)

    def test_canvas_default(self) -> None:
        """Canvas's default: 4 exceeds, 3 meets mastery, 2 near, 1 below, 0 no evidence."""
        assert [level.points for level in sa.CANVAS_DEFAULT] == [0, 1, 2, 3, 4]
        assert sa.CANVAS_DEFAULT.level(0).label == "No evidence"
        assert sa.CANVAS_DEFAULT.level(2).label == "Near mastery"
        assert sa.CANVAS_DEFAULT.cuts == BandCuts(mastered=3, near=2)

    def test_visual_and_traffic_light_scales(self) -> None:
        """Three faces carry symbols; the traffic light is red, yellow, green."""
        assert all(level.symbol for level in sa.THREE_FACES)
        assert [level.label for level in sa.TRAFFIC_LIGHT] == ["Red", "Yellow", "Green"]
        assert sa.TRAFFIC_LIGHT.band(3).colour == "green"
        assert [level.label for level in sa.EMERGING_TO_EXTENDING] == [
            "Emerging",
            "Developing",
            "Proficient",
            "Extending",
        ]

    def test_every_builtin_is_listed_once(self) -> None:
        """BUILTIN_SCALES holds each built-in, ids distinct."""
        ids = [scale.id for scale in sa.BUILTIN_SCALES]
        assert len(ids) == len(set(ids)) == 5


class TestLevelLookup:
    @pytest.mark.parametrize(
        ("score", "reached", "nearest"),
        [
            (0.2, 1, 1),
            (1.0, 1, 1),
            (1.49, 1, 1),
            (1.5, 1, 2),
            (2.9, 2, 3),
            (3.0, 3, 3),
            (3.5, 3, 4),
            (9.0, 4, 4),
        ],
    )
    def test_rules(self, score: float, reached: float, nearest: float) -> None:
        """REACHED never claims a level early; NEAREST rounds, halfway up."""
        assert sa.FOUR_POINT.level_for(score).points == reached
        assert sa.FOUR_POINT.level_for(score, LevelRule.NEAREST).points == nearest

    @given(scale=scales(), score=st.floats(-200, 200))
    def test_reached_is_at_or_below_the_score(self, scale: Scale, score: float) -> None:
        """The reached level's points never exceed the score, unless it is the lowest."""
        level = scale.level_for(score)
        assert level in scale.levels
        assert level.points <= score or level == scale.levels[0]
        higher = [lv for lv in scale.levels if lv.points > level.points]
        assert all(lv.points > score for lv in higher)

    @given(scale=scales(), score=st.floats(-200, 200))
    def test_nearest_is_nearest(self, scale: Scale, score: float) -> None:
        """No level is closer to the score than the one NEAREST picks."""
        level = scale.level_for(score, LevelRule.NEAREST)
        distance = abs(score - level.points)
        assert all(abs(score - lv.points) >= distance for lv in scale.levels)

    def test_exact_and_named_lookups(self) -> None:
        """level() finds exact points; level_named() a label, ignoring case."""
        assert sa.FOUR_POINT.level(3).label == "Proficient"
        assert sa.FOUR_POINT.level_named("  advanced ").points == 4
        with pytest.raises(
            NotFoundError,
            match=r"^no level of the scale 'four-point' has 2.5 points \(its levels have 1, 2, 3, 4\)$",
        ):
            sa.FOUR_POINT.level(2.5)
        with pytest.raises(
            NotFoundError,
            match="no level of the scale 'four-point' is labelled 'Expert'",
        ):
            sa.FOUR_POINT.level_named("Expert")

    @pytest.mark.parametrize("bad", [math.nan, math.inf, 10**400])
    def test_scores_must_be_finite_numbers(self, bad: object) -> None:
        """A score that is not a finite float is bad data: InvalidDataError."""
        with pytest.raises(InvalidDataError, match=r"^score: must be"):
            sa.FOUR_POINT.level_for(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", ["3", None, True])
    def test_scores_must_be_numbers(self, bad: object) -> None:
        """A score that is not a number at all is the caller's mistake: a TypeError."""
        with pytest.raises(ArgumentTypeError, match=r"^score: must be a number"):
            sa.FOUR_POINT.level_for(bad)  # type: ignore[arg-type]
        if bad is not None:  # None is a band of its own: insufficient evidence
            with pytest.raises(TypeError):
                sa.FOUR_POINT.band(bad)  # type: ignore[arg-type]


class TestBands:
    def test_cuts_are_configurable(self) -> None:
        """Near mastery is wherever the teacher puts it, not half the threshold."""
        cuts = BandCuts(mastered=3.0, near=2.75)
        assert cuts.band(2.8) is Band.NEAR
        assert cuts.band(2.7) is Band.NOT_YET
        assert cuts.band(3.0) is Band.MASTERED
        assert cuts.band(None) is Band.INSUFFICIENT_EVIDENCE
        no_near = BandCuts(mastered=3.0, near=3.0)
        assert no_near.band(2.99) is Band.NOT_YET

    @given(cuts=band_cuts(), low=st.floats(-200, 200), high=st.floats(-200, 200))
    def test_bands_rise_with_the_score(
        self, cuts: BandCuts, low: float, high: float
    ) -> None:
        """A higher score never falls in a lower band."""
        order = [Band.NOT_YET, Band.NEAR, Band.MASTERED]
        low, high = sorted([low, high])
        assert order.index(cuts.band(low)) <= order.index(cuts.band(high))

    def test_colours(self) -> None:
        """Green, yellow, red and grey, as the data-review conference colours them."""
        assert [band.colour for band in Band] == ["green", "yellow", "red", "grey"]

    def test_near_above_mastered_is_refused(self) -> None:
        """Near mastery cannot start above mastery."""
        with pytest.raises(
            InvalidDataError,
            match=r"^near: must be at most mastered \(3\) \(got 3.5\)$",
        ):
            BandCuts(mastered=3, near=3.5)

    def test_cuts_must_lie_within_the_scale(self) -> None:
        """A cut outside the scale's range is refused with its path."""
        with pytest.raises(
            InvalidDataError,
            match=r"cuts\.mastered: must be within the scale, 1 to 4 \(got 5\)",
        ):
            Scale(
                id="s",
                name="S",
                levels=_levels(1, 2, 3, 4),
                cuts=BandCuts(mastered=5, near=2),
            )


class TestValidation:
    def test_every_problem_is_listed(self) -> None:
        """Unordered points, a repeated label and a gap in mastery: all reported."""
        levels = [
            Level(points=1, label="One", mastery=True),
            Level(points=1, label="one"),
            Level(points=3, label="Three", mastery=True),
        ]
        with pytest.raises(InvalidDataError) as caught:
            Scale(id=" s", name="", levels=levels)
        assert [str(problem) for problem in caught.value.problems] == [
            "id: must not start or end with spaces (got ' s')",
            "name: must not be empty (got '')",
            "levels[1].points: must be greater than the level before it, lowest first (1) (got 1)",
            "levels[1]: label 'one' is already used at levels[0]",
            "levels[1].mastery: must be true: a level above a mastery level counts as mastery too",
        ]

    def test_at_least_two_levels(self) -> None:
        """A one-level scale rates nothing."""
        with pytest.raises(
            InvalidDataError, match=r"levels: must have at least 2 levels \(got 1\)"
        ):
            Scale(id="s", name="S", levels=_levels(1))

    def test_levels_must_be_levels(self) -> None:
        """Items that are not Level are reported by index; a string is not a list."""
        with pytest.raises(
            InvalidDataError, match=r"levels\[1\]: must be a Level \(got 2\)"
        ):
            Scale(id="s", name="S", levels=[Level(points=1, label="a"), 2])  # type: ignore[list-item]
        with pytest.raises(
            InvalidDataError, match=r"levels: must be a list \(got 'ab'\)"
        ):
            Scale(id="s", name="S", levels="ab")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"points": math.nan}, r"points: must be finite \(got nan\)"),
            ({"points": "1"}, r"points: must be a number \(got '1'\)"),
            ({"label": ""}, r"label: must not be empty"),
            (
                {"colour": "red"},
                r"colour: must be a colour like '#1a7f37' \(got 'red'\)",
            ),
            ({"mastery": 1}, r"mastery: must be true or false \(got 1\)"),
        ],
    )
    def test_level_rules(self, kwargs: dict[str, object], message: str) -> None:
        """A level's points are finite, its label is text, its colour #RRGGBB."""
        arguments: dict[str, object] = {"points": 1, "label": "One", **kwargs}
        with pytest.raises(InvalidDataError, match=message):
            Level(**arguments)  # type: ignore[arg-type]

    def test_lists_become_tuples_and_ints_floats(self) -> None:
        """Lists are accepted and stored as tuples; whole-number points as floats."""
        scale = Scale(id="s", name="S", levels=_levels(1, 2))
        assert isinstance(scale.levels, tuple)
        assert isinstance(scale.levels[0].points, float)

    @given(scale=scales())
    def test_generated_scales_keep_their_invariants(self, scale: Scale) -> None:
        """Points strictly increase; mastery levels are the top ones; clamp stays in range."""
        points = [level.points for level in scale]
        assert points == sorted(set(points))
        flags = [level.mastery for level in scale]
        assert flags == sorted(flags)
        assert scale.minimum <= scale.clamp(1e6) == scale.maximum
        assert scale.clamp(-1e6) == scale.minimum
        assert scale.contains(scale.minimum)
        assert not scale.contains(math.nan)


def test_str_shows_symbol_label_and_points() -> None:
    """A level prints as its symbol, label and points."""
    assert str(sa.THREE_FACES.level(3)) == "🙂 Got it (3)"
    assert str(sa.FOUR_POINT.level(2)) == "Partially proficient (2)"
