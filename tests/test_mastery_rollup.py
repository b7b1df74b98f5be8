"""selfassess.mastery roll-up: a table of evidence, estimated group by group, read-only."""

from __future__ import annotations

import copy
import pickle
from datetime import date, timedelta
from typing import NamedTuple

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import Band, Evidence
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.mastery import (
    MasteryEstimate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
    rollup,
)
from strategies_mastery import group_evidence, policies, tied_evidence, usable, weekly

START = date(2026, 9, 1)


@given(data=st.data())
def test_rollup_equals_estimate_per_group(data: st.DataObject) -> None:
    """Rollup gives, for every (student, standard), what estimate gives its rows."""
    policy = usable(data.draw(policies()))
    groups = data.draw(st.lists(group_evidence(policy.scale, 4), max_size=4))
    table = [item for group in groups for item in group]
    table = data.draw(st.permutations(table))
    result = rollup(table, policy)
    assert set(result) == {(item.student, item.standard) for item in table}
    for (student, standard), estimate in result.items():
        mine = [
            item
            for item in table
            if (item.student, item.standard) == (student, standard)
        ]
        expected = policy.estimate(mine)
        assert estimate == expected
        # == takes 0.0 for -0.0: the sign of a zero must match too.
        assert repr((estimate.value, estimate.raw)) == repr(
            (expected.value, expected.raw)
        )


@given(
    data=st.data(),
    attempt=st.none() | st.integers(min_value=1, max_value=3),
    retakes=st.sampled_from(Retakes),
)
def test_rollup_orders_ties_like_estimate(
    data: st.DataObject, attempt: int | None, retakes: Retakes
) -> None:
    """Scores on the same day are in the order estimate gives them, retakes too.

    Rollup sorts a group by the day alone, and again by a faster key for ties only
    when two of its rows share a day; every row has the same attempt number
    (*attempt*), or attempts from 1 to 3 (``None``).
    """
    policy = MasteryPolicy(method=MasteryMethod.LATEST, retakes=retakes)
    table = [
        Evidence(
            student=data.draw(st.sampled_from(["ana", "ben"])),
            standard="nf1",
            score=data.draw(st.integers(1, 4)),
            assessed_on=data.draw(st.sampled_from([START, START + timedelta(days=1)])),
            attempt=attempt or data.draw(st.integers(1, 3)),
            source=data.draw(st.none() | st.just("quiz")),
        )
        for _ in range(data.draw(st.integers(0, 8)))
    ]
    result = rollup(table, policy)
    for (student, _), estimate in result.items():
        mine = [item for item in table if item.student == student]
        assert estimate == policy.estimate(mine)


def test_rollup_is_a_read_only_mapping() -> None:
    """Rollup's result reads like a dict of estimates, and compares equal to one."""
    table = [*weekly(2, 4), *weekly(3, student="ben"), *weekly(1, standard="nf2")]
    result = rollup(table)
    policy = MasteryPolicy()
    expected = {
        ("ana", "nf1"): policy.estimate(table[:2]),
        ("ben", "nf1"): policy.estimate(table[2:3]),
        ("ana", "nf2"): policy.estimate(table[3:]),
    }
    assert result == expected
    assert dict(result) == expected
    assert list(result.values()) == [result[key] for key in result]
    assert list(result.items()) == [(key, result[key]) for key in result]
    assert len(result.values()) == len(result.items()) == 3
    assert expected["ben", "nf1"] in result.values()
    assert (("ben", "nf1"), expected["ben", "nf1"]) in result.items()
    assert list(result) == [("ana", "nf1"), ("ana", "nf2"), ("ben", "nf1")]
    assert len(result) == 3
    assert ("ben", "nf1") in result
    assert ("ben", "nf2") not in result
    assert result.get(("ben", "nf2")) is None
    assert result["ana", "nf1"].evidence == tuple(table[:2])
    assert result["ana", "nf1"].trace == expected["ana", "nf1"].trace
    assert repr(result) == "<rollup: 3 estimates>"
    assert repr(rollup(table[:1])) == "<rollup: 1 estimate>"
    assert rollup([]) == {}
    assert "ana" not in result  # type: ignore[comparison-overlap]
    assert ("ana", "nf1", "x") not in result  # type: ignore[comparison-overlap]

    class Key(NamedTuple):
        student: str
        standard: str

    assert result[Key("ana", "nf1")] == expected["ana", "nf1"]
    for missing in [("ben", "nf2"), ("cy", "nf1"), ("ana",), "ana"]:
        with pytest.raises(KeyError):
            result[missing]  # type: ignore[index]
    with pytest.raises(TypeError):
        result["ana", "nf1"] = expected["ana", "nf1"]  # type: ignore[index]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_rollup_survives_pickling_and_copying(protocol: int) -> None:
    """A roll-up pickles under every protocol (a worker process can return one)."""
    table = [*weekly(2, 4), *weekly(3, student="ben"), *weekly(1, standard="nf2")]
    result = rollup(table)
    for again in [
        pickle.loads(pickle.dumps(result, protocol)),
        copy.copy(result),
        copy.deepcopy(result),
    ]:
        assert type(again) is type(result)
        assert again == result
        assert list(again) == list(result)
        assert again["ana", "nf1"].trace == result["ana", "nf1"].trace


@given(data=st.data())
def test_estimates_built_for_speed_equal_checked_ones(data: st.DataObject) -> None:
    """Estimates built without checks hold what the checked class would make of them.

    Compared by repr, so that each float, the sign of a zero included, is the one
    the checked class stores.
    """
    policy = usable(data.draw(policies()))
    table = data.draw(group_evidence(policy.scale))
    built = [policy.estimate(table), *rollup(table, policy).values()]
    for estimate in built:
        fields = {
            field.name: getattr(estimate, field.name)
            for field in attrs.fields(MasteryEstimate)
        }
        assert repr(MasteryEstimate(**fields)) == repr(estimate)


def test_rollup_cannot_be_changed() -> None:
    """Assigning or deleting any attribute of a roll-up raises, as on a frozen model."""
    result = rollup(weekly(2, 4))
    before = dict(result)
    for name in ("_judgements", "_index", "_policy", "_starts", "values", "anything"):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(result, name, [])
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(result, name)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.__setstate__({"_judgements": []})
    again = pickle.loads(pickle.dumps(result))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        again._judgements = []
    assert result == before
    assert list(result.items()) == list(before.items())


def test_a_missing_key_says_which_estimate_is_missing() -> None:
    """A key with no estimate raises NotFoundError, a KeyError naming what is missing."""
    result = rollup(weekly(3, student="ben", standard="4.NF.1"))
    with pytest.raises(NotFoundError) as caught:
        result["ana", "4.NF.1"]
    assert str(caught.value) == "no estimate for student 'ana' on standard '4.NF.1'"
    assert caught.value.key == ("ana", "4.NF.1")
    assert isinstance(caught.value, KeyError)
    with pytest.raises(NotFoundError) as caught:
        result["ben"]  # type: ignore[index]
    assert str(caught.value) == (
        "no estimate for 'ben': a key is a (student, standard) pair"
    )
    assert result.get(("ana", "4.NF.1")) is None
    assert result["ben", "4.NF.1"].value == 3.0


def test_rollup_says_which_group_fails() -> None:
    """An error in one group names the group."""
    policy = MasteryPolicy(method=MasteryMethod.POWER_LAW, scale=sa.CANVAS_DEFAULT)
    table = [*weekly(2, 3), *weekly(0, 2, student="ben")]
    with pytest.raises(
        InvalidDataError, match=r"evidence\['ben', 'nf1'\]\.scores\[0\]: must be"
    ):
        rollup(table, policy)


@pytest.mark.parametrize("few_first", [True, False])
def test_rollup_bands_a_repeated_value_by_its_own_count(few_first: bool) -> None:
    """Equal raw values either side of the minimum count get bands of their own."""
    policy = MasteryPolicy(minimum_count=3)
    few, enough = weekly(3, student="ben"), weekly(3, 3, 3)
    result = rollup([*few, *enough] if few_first else [*enough, *few], policy)
    assert result["ben", "nf1"].band is Band.INSUFFICIENT_EVIDENCE
    assert result["ana", "nf1"].band is Band.MASTERED
    assert result["ben", "nf1"].value == result["ana", "nf1"].value == 3.0


def test_rollup_writes_every_zero_as_zero() -> None:
    """0.0 and -0.0 are equal, so a value is never -0.0: it would dump differently."""
    policy = MasteryPolicy(scale=sa.CANVAS_DEFAULT)
    table = [*weekly(-0.0), *weekly(0.0, student="ben"), *weekly(-0.0, student="cy")]
    values = [repr(e.value) for e in rollup(table, policy).values()]
    assert values == ["0.0", "0.0", "0.0"]
    assert values == [repr(policy.estimate([item]).value) for item in table]


def test_rollup_judges_past_its_memory_of_raw_values() -> None:
    """Past the raw values a roll-up remembers the judgement of, each is judged right.

    A roll-up clamps, rounds and bands each distinct raw value once and remembers
    the result for up to 4,096 of them: here 6,000 distinct scores, then the first
    thousand again (remembered), then a thousand new ones (judged anew), with
    minimum counts either side of each group's count.
    """
    policy = MasteryPolicy(method=MasteryMethod.LATEST, decimals=4, minimum_count=2)
    scores = [1 + 3 * index / 7000 for index in range(7000)]
    table = []
    for index, score in enumerate(scores[:6000] + scores[:1000] + scores[6000:]):
        student = f"s{index}"
        table += weekly(score, student=student)
        if index % 3:  # two scores: enough to be judged; one in three has one
            table += weekly(score, student=student)
    result = rollup(table, policy)
    assert len(result) == 8000
    by_student: dict[str, list[Evidence]] = {}
    for item in table:
        by_student.setdefault(item.student, []).append(item)
    for student, mine in by_student.items():
        assert result[student, "nf1"] == policy.estimate(mine)


def test_rollup_defaults_and_errors() -> None:
    """Rollup uses the default policy, keeps empty groups, refuses junk rows."""
    table = [*weekly(2, 4), *weekly(3, student="ben"), *weekly(4, student="cy")]
    table[-1] = attrs.evolve(table[-1], excused=True)
    result = rollup(table)
    assert result["ana", "nf1"].value == 3.3
    assert result["cy", "nf1"].band is Band.INSUFFICIENT_EVIDENCE
    assert list(result) == [("ana", "nf1"), ("ben", "nf1"), ("cy", "nf1")]
    with pytest.raises(InvalidDataError, match=r"evidence\[1\]: must be an Evidence"):
        rollup([table[0], "row"])  # type: ignore[list-item]
    with pytest.raises(ArgumentTypeError, match=r"policy: must be a MasteryPolicy"):
        rollup(table, "fast")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"evidence: must be a list"):
        rollup(None)  # type: ignore[arg-type]


# Policies by standard.


@given(data=st.data())
def test_policies_by_standard_equal_a_rollup_for_each(data: st.DataObject) -> None:
    """A roll-up with a policy for some standards is the roll-ups of each, together.

    Each standard in *policies* is estimated by its own policy, the others by
    *policy*: the same estimates as one roll-up for each policy, on the rows of
    its standards.
    """
    scale = data.draw(st.just(sa.FOUR_POINT) | st.just(sa.CANVAS_DEFAULT))
    default, own, other = (usable(data.draw(policies(st.just(scale)))) for _ in "abc")
    table = data.draw(
        tied_evidence(scale, standards=("nf1", "nf2", "nf3"), max_size=12)
    )
    table = data.draw(st.permutations(table))
    by_standard = {"nf2": own, "nf3": other, "unused": own}
    result = rollup(table, default, policies=by_standard)
    expected: dict[tuple[str, str], MasteryEstimate] = {}
    for standard, chosen in [("nf1", default), ("nf2", own), ("nf3", other)]:
        rows = [item for item in table if item.standard == standard]
        expected.update(rollup(rows, chosen))
    assert dict(result) == expected
    for key, estimate in result.items():
        assert estimate.policy is by_standard.get(key[1], default)
        assert estimate.trace == expected[key].trace
    assert list(result) == list(rollup(table, default))
    assert rollup(table, default, policies={}) == rollup(table, default)


def test_a_standard_can_count_other_kinds() -> None:
    """A standard's own policy chooses its kinds: here self-ratings count on nf2."""
    table = [
        *weekly(2, 4),
        *weekly(1, 3, standard="nf2"),
        attrs.evolve(weekly(4, standard="nf2")[0], kind=sa.EvidenceKind.SELF),
        attrs.evolve(weekly(1)[0], kind=sa.EvidenceKind.SELF),
    ]
    with_self = MasteryPolicy(
        method=MasteryMethod.AVERAGE,
        kinds=[sa.EvidenceKind.FORMATIVE, sa.EvidenceKind.SELF],
    )
    result = rollup(table, policies={"nf2": with_self})
    assert result["ana", "nf1"].count == 2
    assert result["ana", "nf1"].value == 3.3  # the self-rating of 1 left out
    assert result["ana", "nf2"].count == 3
    assert result["ana", "nf2"].value == 2.67  # (1 + 3 + 4) / 3
    assert result["ana", "nf2"].policy is with_self
    assert result["ana", "nf1"].policy == MasteryPolicy()


def test_policies_by_standard_survive_pickling() -> None:
    """A roll-up keeps each standard's policy through a pickle."""
    latest = MasteryPolicy(method=MasteryMethod.LATEST)
    result = rollup(
        [*weekly(2, 4), *weekly(4, 1, standard="nf2")], policies={"nf2": latest}
    )
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert again["ana", "nf2"].policy == latest
    assert again["ana", "nf2"].value == 1.0


def test_policies_by_standard_are_checked() -> None:
    """A mapping of standard ids to policies, or an ArgumentTypeError naming the entry."""
    table = weekly(2, 4)
    with pytest.raises(ArgumentTypeError) as caught:
        rollup(table, policies=[MasteryPolicy()])  # type: ignore[arg-type]
    assert str(caught.value).startswith(
        "policies: must be a mapping from standard ids to MasteryPolicy (got"
    )
    with pytest.raises(ArgumentTypeError) as caught:
        rollup(
            table,
            policies={"4.NF.1": "latest", 3: MasteryPolicy(), "nf1": MasteryPolicy()},  # type: ignore[dict-item]
        )
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("policies['4.NF.1']", "must be a MasteryPolicy (got 'latest')"),
        ("policies[3]", "the key must be a standard id, a string (got 3)"),
    ]
    assert isinstance(caught.value, TypeError)
