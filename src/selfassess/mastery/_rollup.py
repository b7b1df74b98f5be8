"""Roll-up: every student's mastery of every standard in a table of evidence, fast.

`rollup` groups the rows by (student, standard) and gives each group exactly what
``policy.estimate(group)`` gives, through the same steps (`_estimate`). The result,
a read-only mapping, keeps the values in flat columns and builds each
`MasteryEstimate` when it is read. How fast, and why it is built this way:
``docs/performance.md``.
"""

from __future__ import annotations

import operator
from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    Mapping,
    ValuesView,
)
from functools import partial
from typing import Any

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._scales import Band
from selfassess._validate import Checker, shown
from selfassess.errors import (
    ArgumentTypeError,
    InvalidDataError,
    NotFoundError,
    Problem,
)
from selfassess.mastery._estimate import (
    MasteryEstimate,
    build,
    confirmer,
    judge,
    kernel_of,
)
from selfassess.mastery._policy import MasteryPolicy, Retakes

__all__ = ["rollup"]


def rollup(
    evidence: Iterable[Evidence],
    policy: MasteryPolicy | None = None,
    *,
    policies: Mapping[str, MasteryPolicy] | None = None,
) -> Mapping[tuple[str, str], MasteryEstimate]:
    """Estimate every student's mastery of every standard in a table of evidence.

    Rows are grouped by (student, standard); each group gives exactly what
    ``policy.estimate(group)`` gives, with the policy of its standard. Rows that do
    not count (excused, or of a kind not counted) are skipped; a group with no
    counted rows still appears, with the band insufficient evidence. The rows may
    come in any order: the same rows in another order give the same roll-up (see
    the policy's ``order_by`` for how scores of the same day are ordered).

    Built for large tables (see the performance page): every value and band is
    computed here, in one pass that groups the rows by student and then each
    student's rows by standard. The result keeps them in flat columns and builds a
    `MasteryEstimate` each time one is read, which costs no arithmetic; the trace is
    written only when asked for.

    Args:
        evidence: Any number of `selfassess.Evidence` rows, in any order.
        policy: The policy; the default `MasteryPolicy` if ``None``. With
            *policies*, the policy of every standard not in it.
        policies: A policy for some standards, by standard id, as Canvas sets a
            method for each outcome: each standard in it is estimated by its own
            policy, every other standard by *policy*. The same as one roll-up for
            each policy, on the rows of its standards, put together.

    Returns:
        A read-only mapping from ``(student, standard)`` to its estimate: students
        in order of first appearance, and each student's standards in order of
        first appearance. It compares equal to a dict of the same estimates. A
        missing key raises `~selfassess.errors.NotFoundError`, a `KeyError` (as a
        dict raises) whose message names the student and the standard.

    Raises:
        ArgumentTypeError: If *evidence* is not a list of rows, *policy* is not a
            `MasteryPolicy`, *policies* is not a mapping, or a key of it is not a
            standard id (a string) or a value not a `MasteryPolicy`.
        InvalidDataError: If a row is not `selfassess.Evidence`, or the power law
            meets a score at or below 0 with no floor.

    Example:
        >>> from datetime import date
        >>> from selfassess import Evidence
        >>> rows = [Evidence(student=s, standard="nf1", score=x, assessed_on=date(2026, 9, d))
        ...         for s, x, d in [("ana", 2, 1), ("ben", 4, 1), ("ana", 4, 8)]]
        >>> estimates = rollup(rows)
        >>> {key: e.value for key, e in estimates.items()}
        {('ana', 'nf1'): 3.3, ('ben', 'nf1'): 4.0}
        >>> estimates["ana", "nf1"].count
        2

        A standard with a policy of its own (here the latest score):

        >>> from selfassess.mastery import MasteryMethod
        >>> rows += [Evidence(student="ana", standard="nf2", score=x,
        ...                   assessed_on=date(2026, 9, d)) for x, d in [(2, 1), (4, 8)]]
        >>> latest = MasteryPolicy(method=MasteryMethod.LATEST)
        >>> estimates = rollup(rows, policies={"nf2": latest})
        >>> estimates["ana", "nf1"].value, estimates["ana", "nf2"].value
        (3.3, 4.0)
    """
    if policy is None:
        policy = MasteryPolicy()
    check = Checker(arguments=True)
    check.instance("policy", policy, MasteryPolicy)
    rows = (
        evidence
        if type(evidence) is list
        else list(check.listed("evidence", evidence, "Evidence"))
    )
    check.done()
    by_standard = _checked_policies(policies)
    # One C-level pass over the row types first, so that the loops below (the part
    # that runs a million times) do nothing but group.
    if not set(map(type, rows)) <= {Evidence}:
        for index, item in enumerate(rows):
            if not isinstance(item, Evidence):
                message = f"must be an Evidence (got {shown(item)})"
                raise InvalidDataError.single(f"evidence[{index}]", message)
    return _RolledUp(policy, rows, by_standard)


def _checked_policies(policies: object) -> dict[str, MasteryPolicy]:
    """The policies by standard as a dict, checked; empty for ``None``.

    Raises:
        ArgumentTypeError: If *policies* is not a mapping, or a key of it is not a
            string or a value not a `MasteryPolicy`, naming each.
    """
    if policies is None:
        return {}
    if not isinstance(policies, Mapping):
        message = (
            "must be a mapping from standard ids to MasteryPolicy "
            f"(got {shown(policies)})"
        )
        raise ArgumentTypeError([Problem("policies", message)])
    check = Checker(arguments=True)
    checked: dict[str, MasteryPolicy] = {}
    for standard, chosen in policies.items():
        path = f"policies[{shown(standard)}]"
        if not isinstance(standard, str):
            check.add(
                path, f"the key must be a standard id, a string (got {shown(standard)})"
            )
        elif check.instance(path, chosen, MasteryPolicy):
            checked[standard] = chosen
    if check.problems:
        raise ArgumentTypeError(check.problems, omitted=check.omitted)
    return checked


_assessed_at = operator.attrgetter("assessed_at")
_QUICK_CHECK = EvidenceKind.QUICK_CHECK
_score = operator.attrgetter("score")
_MAX_JUDGED = 4096
"""How many raw values a roll-up remembers the judgement of: scores on a fine
scale (percentages, say) give a new raw value almost every time, and the memory
should not grow with them."""


def _by_student(rows: list[Evidence]) -> dict[str, list[Evidence]]:
    """Each student's rows, students in order of first appearance."""
    # dict.get on a plain dict, not a defaultdict: the interpreter specialises a
    # plain dict's lookups, and this loop runs once a row.
    by_student: dict[str, list[Evidence]] = {}
    find = by_student.get
    for item in rows:
        student = item.student
        items = find(student)
        if items is None:
            by_student[student] = [item]
        else:
            items.append(item)
    return by_student


def _by_standard(
    items: list[Evidence], kinds: tuple[EvidenceKind, ...]
) -> dict[str, list[Evidence]]:
    """One student's counted rows on each standard, in order of first appearance.

    A standard none of whose rows count still gets a list, an empty one.
    """
    groups: dict[str, list[Evidence]] = {}
    find = groups.get
    for item in items:
        group = find(item.standard)
        if group is None:
            group = groups[item.standard] = []
        if not item.excused and item.kind in kinds:
            group.append(item)
    return groups


def _by_standard_each(
    items: list[Evidence],
    kinds: tuple[EvidenceKind, ...],
    plans: dict[str, _Plan],
) -> dict[str, list[Evidence]]:
    """As `_by_standard`, each standard with the kinds of its own plan, if it has one.

    *kinds* are those of the standards without a plan.
    """
    groups: dict[str, list[Evidence]] = {}
    counted: dict[str, tuple[EvidenceKind, ...]] = {}
    for item in items:
        standard = item.standard
        group = groups.get(standard)
        if group is None:
            group = groups[standard] = []
            plan = plans.get(standard)
            counted[standard] = kinds if plan is None else plan.settings[0]
        if not item.excused and item.kind in counted[standard]:
            group.append(item)
    return groups


class _Plan:
    """What a roll-up looks up once for a policy: its kinds, keys, kernel and judge.

    One for each policy of a roll-up, with its own memory of judged raw values.
    """

    __slots__ = ("settings",)

    def __init__(self, policy: MasteryPolicy, *, moments: bool) -> None:
        order = policy._ordering(moments=moments)
        retaken = None if policy.retakes is Retakes.KEEP_ALL else policy._retaken
        judged: dict[float, tuple[float | None, Band]] = {}
        self.settings = (
            policy.kinds,
            order.first,
            order.ties,
            order.total,
            retaken,
            kernel_of(policy),
            judge(policy),
            policy.minimum_count,
            judged,
            confirmer(policy),
        )


def _plans(
    policy: MasteryPolicy, policies: dict[str, MasteryPolicy], *, moments: bool
) -> tuple[_Plan, dict[str, _Plan] | None]:
    """The plan of the default policy, and of each standard with its own, if any.

    Standards with the same policy (the same object) share one plan.
    """
    default = _Plan(policy, moments=moments)
    if not policies:
        return default, None
    plans = {}
    shared = {id(policy): default}
    for standard, chosen in policies.items():
        plan = shared.get(id(chosen))
        if plan is None:
            plan = shared[id(chosen)] = _Plan(chosen, moments=moments)
        plans[standard] = plan
    return default, plans


def _break_ties(
    group: list[Evidence],
    ties: Callable[[Evidence], Any],
    total: Callable[[Evidence], Any],
) -> None:
    """Sort a group with two rows on one day by the rule for ties, in place.

    By *ties*, a faster key that gives the order of *total* unless it meets a
    ``None`` or a kind to compare, which raises `TypeError`: then by *total*.
    """
    try:
        group.sort(key=ties)
    except TypeError:
        group.sort(key=total)


class _RolledUp(Mapping[tuple[str, str], MasteryEstimate]):
    """The estimates of a roll-up, kept in flat columns; read-only, as a frozen model.

    Grouping a shuffled table touches the rows in random order, so the work is done
    student by student: one pass puts each row in its student's list (10,000 lists
    for 10,000 students, rather than one for each of 200,000 groups), then each
    student's rows, now few enough to stay in the processor's cache, are grouped by
    standard, ordered and computed; each distinct raw value is clamped, rounded and
    banded once. What is kept is an index (by student, then standard) and four flat
    lists (each group's value and band as one pair, its raw value, the counted
    evidence end to end, and where each group's evidence starts), so that a large
    roll-up leaves few objects for the garbage collector to walk; each
    `MasteryEstimate` is built when it is read.

    Assigning or deleting any attribute raises `attrs.exceptions.FrozenInstanceError`,
    as on a frozen model: the columns are set once, when it is built.
    """

    __slots__ = (
        "_evidence",
        "_index",
        "_judgements",
        "_policies",
        "_policy",
        "_raws",
        "_starts",
    )
    _policy: MasteryPolicy
    _policies: dict[str, MasteryPolicy]
    """The policy of each standard that has its own; the others have ``_policy``."""
    _index: dict[str, dict[str, int]]
    """Student, then standard, to the group's place in the columns."""
    _judgements: list[tuple[float | None, Band]]
    """Each group's value and band: one pair for all the groups of a raw value."""
    _raws: list[float | None]
    _evidence: list[Evidence]
    """Each group's counted evidence, in order, one group after the other."""
    _starts: list[int]
    """Where each group's evidence starts in ``_evidence``, and where the last ends."""

    def __init__(
        self,
        policy: MasteryPolicy,
        rows: list[Evidence],
        policies: dict[str, MasteryPolicy],
    ) -> None:
        by_student = _by_student(rows)
        # A moment on any row asks for the slower key on the groups with two rows
        # on one day; one C-level pass tells.
        moments = operator.countOf(map(_assessed_at, rows), None) != len(rows)
        default, plans = _plans(policy, policies, moments=moments)
        (
            kinds,
            first,
            ties,
            total,
            retaken,
            kernel,
            judged_once,
            minimum_count,
            judged,
            confirm,
        ) = default.settings
        by_standard = (
            partial(_by_standard, kinds=kinds)
            if plans is None
            else partial(_by_standard_each, kinds=kinds, plans=plans)
        )
        score = _score
        # Scores on a scale of a few levels give few distinct raw values (at most
        # 4 + 16 + 64 + 256 + 1,024 for up to five scores on four levels, however
        # many students), so each is clamped, rounded and banded once, up to
        # _MAX_JUDGED of them. With enough scores, value and band depend on the
        # raw value alone, and equal raw values are the same plain float
        # (`to_float` makes every score one). A group with no value is judged each
        # time, and so is a zero, so that a -0.0 from the kernel is kept as 0.0.
        # Student, then standard, to the group's place in the columns.
        index: dict[str, dict[str, int]] = {}
        judgements: list[tuple[float | None, Band]] = []
        raws: list[float | None] = []
        evidence: list[Evidence] = []
        starts = [0]
        keep, keep_judgement, keep_raw = evidence.extend, judgements.append, raws.append
        keep_start = starts.append
        at = end = 0  # the next group's place, and where its evidence will start
        student = standard = ""
        try:
            for student, items in by_student.items():
                places = index[student] = {}
                for standard, group in by_standard(items).items():
                    if plans is not None:  # the kinds were chosen in the grouping
                        (
                            _,
                            first,
                            ties,
                            total,
                            retaken,
                            kernel,
                            judged_once,
                            minimum_count,
                            judged,
                            confirm,
                        ) = plans.get(standard, default).settings
                    counted, count = group, len(group)
                    if count > 1:
                        # By the day, a C-level key; only a group with two rows
                        # on one day is sorted again by the rule for ties.
                        group.sort(key=first)
                        if len(set(map(first, group))) < count:
                            _break_ties(group, ties, total)
                        if retaken is not None:
                            counted = retaken(group)
                            count = len(counted)
                    raw = kernel(map(score, counted))
                    if raw and count >= minimum_count:
                        judgement = judged.get(raw)
                        if judgement is None:
                            judgement = judged_once(raw, count)
                            if len(judged) < _MAX_JUDGED:
                                judged[raw] = judgement
                    else:
                        if raw is not None:
                            raw += 0.0  # -0.0 kept as 0.0, as the model keeps it
                        judgement = judged_once(raw, count)
                    judgement = (
                        judgement
                        if confirm is None
                        or not count
                        or counted[-1].kind is not _QUICK_CHECK
                        else confirm(counted, *judgement) or judgement
                    )
                    places[standard] = at
                    at += 1
                    keep_judgement(judgement)
                    keep_raw(raw)
                    keep(counted)
                    end += count
                    keep_start(end)
        except InvalidDataError as error:
            raise error.under(
                f"evidence[{shown(student)}, {shown(standard)}]"
            ) from None
        columns = {
            "_policy": policy,
            "_policies": policies,
            "_index": index,
            "_judgements": judgements,
            "_raws": raws,
            "_evidence": evidence,
            "_starts": starts,
        }
        self.__setstate__(columns)

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def _place(self, key: object) -> int | None:
        """The place of a ``(student, standard)`` key in the columns, if it is one."""
        if isinstance(key, tuple) and len(key) == 2:
            places = self._index.get(key[0])
            if places is not None:
                return places.get(key[1])
        return None

    def _estimate_at(self, student: str, standard: str, at: int) -> MasteryEstimate:
        """The estimate kept at place *at* in the columns."""
        starts = self._starts
        value, band = self._judgements[at]
        return build(
            self._policies.get(standard, self._policy),
            student,
            standard,
            value=value,
            band=band,
            raw=self._raws[at],
            evidence=tuple(self._evidence[starts[at] : starts[at + 1]]),
        )

    def __getitem__(self, key: tuple[str, str]) -> MasteryEstimate:
        at = self._place(key)
        if at is None:
            raise _missing(key)
        return self._estimate_at(key[0], key[1], at)

    def __contains__(self, key: object) -> bool:
        return self._place(key) is not None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for student, places in self._index.items():
            for standard in places:
                yield student, standard

    def _estimates(self) -> Iterator[MasteryEstimate]:
        """Every estimate, in the order of the keys, read straight from the columns.

        The same as ``self[key]`` for each key, without looking each key up: the
        keys come in the order of the columns.
        """
        estimate_at, at = self._estimate_at, 0
        for student, places in self._index.items():
            for standard in places:
                yield estimate_at(student, standard, at)
                at += 1

    def values(self) -> ValuesView[MasteryEstimate]:
        return _Values(self)

    def items(self) -> ItemsView[tuple[str, str], MasteryEstimate]:
        return _Items(self)

    def __len__(self) -> int:
        return len(self._judgements)

    def __repr__(self) -> str:
        groups = len(self._judgements)
        return f"<rollup: {groups} estimate{'s' if groups != 1 else ''}>"

    # Its state, said outright: without it, a class with __slots__ cannot be
    # pickled with protocols 0 and 1. By name, so that a pickle never puts a value
    # in another slot; set past the refusal of __setattr__, as attrs sets the
    # fields of a frozen model, and only once: on a new, empty roll-up.
    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in _RolledUp.__slots__}

    def __setstate__(self, state: dict[str, object]) -> None:
        if hasattr(self, "_index"):
            raise attrs.exceptions.FrozenInstanceError
        for name, value in state.items():
            object.__setattr__(self, name, value)


def _missing(key: object) -> NotFoundError:
    """The error for a key a roll-up has no estimate for, in words."""
    if isinstance(key, tuple) and len(key) == 2:
        student, standard = key
        message = (
            f"no estimate for student {shown(student)} on standard {shown(standard)}"
        )
    else:
        message = f"no estimate for {shown(key)}: a key is a (student, standard) pair"
    return NotFoundError(message, key=key)


class _Values(ValuesView[MasteryEstimate]):
    """A roll-up's estimates, walked without looking each key up again."""

    __slots__ = ()
    _mapping: _RolledUp

    def __iter__(self) -> Iterator[MasteryEstimate]:
        return self._mapping._estimates()


class _Items(ItemsView[tuple[str, str], MasteryEstimate]):
    """A roll-up's keys and estimates, walked without looking each key up again."""

    __slots__ = ()
    _mapping: _RolledUp

    def __iter__(self) -> Iterator[tuple[tuple[str, str], MasteryEstimate]]:
        return zip(self._mapping, self._mapping._estimates(), strict=True)
