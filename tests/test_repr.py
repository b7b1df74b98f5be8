"""Every model's repr is one short line that names it, the same for equal values."""

from __future__ import annotations

import copy
import re
from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import selfassess as sa
from selfassess import goals, mastery, rubrics
from selfassess._repr import CAP, identity, short_repr, short_repr_of
from selfassess.serialize import from_dict, to_dict

from strategies import STRATEGIES

MODELS = sorted(
    (kind for kind in STRATEGIES if attrs.has(kind)), key=lambda kind: kind.__name__
)


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
# A repr has few paths to cover, and there are some 200 models: 20 examples each
# find what 100 would, in a fifth of the time.
@settings(max_examples=20)
@given(data=st.data())
def test_repr_is_short_and_names_the_model(kind: type, data: st.DataObject) -> None:
    """At most CAP characters, one line, the class's name first, no memory address.

    An equal value built again (copied, or read back from its dict) reads the same.
    """
    value = data.draw(STRATEGIES[kind])
    text = repr(value)
    assert len(text) <= CAP
    assert text.startswith(f"{kind.__name__}(")
    assert text.endswith(")")
    assert "\n" not in text
    assert not re.search(r" at 0x[0-9a-fA-F]+", text)
    assert repr(copy.deepcopy(value)) == text
    assert repr(from_dict(kind, to_dict(value))) == text


@pytest.mark.parametrize("kind", MODELS, ids=lambda kind: kind.__name__)
def test_equality_and_hashing_stay_attrs_own(kind: type) -> None:
    """The repr is the only method replaced: attrs still writes __eq__ and __hash__."""
    assert "__eq__" in vars(kind)
    assert "__hash__" in vars(kind)
    assert "__repr__" in vars(kind)


def _rows() -> list[sa.Evidence]:
    return [
        sa.Evidence(
            student="ana", standard="nf1", score=score, assessed_on=date(2024, 9, day)
        )
        for score, day in ((2, 1), (3, 2), (3, 3), (4, 4))
    ]


def test_an_estimate_leaves_its_policy_and_evidence_out() -> None:
    """An estimate reads as who, what, the value, the band and how many scores."""
    estimate = mastery.MasteryPolicy().estimate(_rows())
    assert repr(estimate) == (
        "MasteryEstimate(student='ana', standard='nf1', value=3.61, band=MASTERED,"
        " count=4)"
    )
    empty = mastery.MasteryPolicy().estimate([])
    assert repr(empty) == "MasteryEstimate(band=INSUFFICIENT_EVIDENCE, count=0)"


def test_a_model_with_an_id_leads_with_it_and_counts_its_collections() -> None:
    """The id comes first, unnamed; a tuple of models reads as its size."""
    assert repr(sa.FOUR_POINT) == (
        "Scale('four-point', name='4-point proficiency scale', levels=<4 items>,"
        " cuts=BandCuts(mastered=3.0, near=2.0))"
    )
    assert identity(sa.FOUR_POINT) == "Scale('four-point')"


def test_defaults_are_left_out_and_dates_read_as_iso() -> None:
    """A field at its default is not written; a date reads as 2024-09-01."""
    assert repr(_rows()[0]) == (
        "Evidence(student='ana', standard='nf1', score=2.0, assessed_on=2024-09-01)"
    )
    assert repr(mastery.MasteryPolicy()) == "MasteryPolicy()"
    assert (
        repr(goals.FractionBar(parts=5, filled=3)) == "FractionBar(parts=5, filled=3)"
    )


def test_a_nested_model_reads_as_its_identity() -> None:
    """A nested model with an id reads as that id, not as all its fields."""
    rubric = rubrics.Rubric(
        id="essay",
        title="Essay",
        scale=sa.TRAFFIC_LIGHT,
        criteria=[rubrics.Criterion(id="claim", title="Claim")],
    )
    text = repr(rubric)
    assert text.startswith("Rubric('essay', title='Essay',")
    assert f"scale=Scale({sa.TRAFFIC_LIGHT.id!r})" in text
    assert "criteria=<1 item>" in text
    assert sa.TRAFFIC_LIGHT.levels[0].label not in text


def test_a_long_repr_is_cut_between_fields() -> None:
    """Past CAP characters the fields stop, and ``...`` says that more were left."""

    @attrs.frozen
    class Wide:
        __repr__ = short_repr

        a: str
        b: str
        c: str
        d: str
        e: str
        f: str

    text = repr(Wide(*(letter * 60 for letter in "abcdef")))
    assert len(text) <= CAP
    assert text.endswith(", ...)")
    assert text.startswith("Wide(a='aaaa")


def test_chosen_fields_may_be_properties() -> None:
    """short_repr_of shows the names it is given, properties too, skipping None."""

    @attrs.frozen
    class Bar:
        __repr__ = short_repr_of("parts", "share", "note")

        parts: int
        note: str | None = None

        @property
        def share(self) -> float:
            return 1 / self.parts

    assert repr(Bar(3)) == "Bar(parts=3, share=0.3333)"
    assert repr(Bar(3, "x")) == "Bar(parts=3, share=0.3333, note='x')"
