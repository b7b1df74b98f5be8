"""Roll-up: every student's mastery of every standard in a table of evidence, fast.

`rollup` groups the rows by (student, standard) and gives each group exactly what
``policy.estimate(group)`` gives, through the same steps (`_estimate`). The result,
a read-only mapping, keeps the values in flat columns and builds each
`MasteryEstimate` when it is read. How fast, and why it is built this way:
``docs/performance.md``.
"""

from __future__ import annotations

import operator
from collections.abc import ItemsView, Iterable, Iterator, Mapping, ValuesView

import attrs

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._scales import Band
from selfassess._validate import Checker, shown
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.mastery._estimate import MasteryEstimate, build, judge, kernel_of
from selfassess.mastery._policy import MasteryPolicy, Retakes

__all__ = ["rollup"]


def rollup(
    evidence: Iterable[Evidence], policy: MasteryPolicy | None = None
) -> Mapping[tuple[str, str], MasteryEstimate]:
    """Estimate every student's mastery of every standard in a table of evidence.

    Rows are grouped by (student, standard); each group gives exactly what
    ``policy.estimate(group)`` gives. Rows that do not count (excused, or of a kind
    not counted) are skipped; a group with no counted rows still appears, with the
    band insufficient evidence.

    Built for large tables (see the performance page): every value and band is
    computed here, in one pass that groups the rows by student and then each
    student's rows by standard. The result keeps them in flat columns and builds a
    `MasteryEstimate` each time one is read, which costs no arithmetic; the trace is
    written only when asked for.

    Args:
        evidence: Any number of `selfassess.Evidence` rows, in any order.
        policy: The policy; the default `MasteryPolicy` if ``None``.

    Returns:
        A read-only mapping from ``(student, standard)`` to its estimate: students
        in order of first appearance, and each student's standards in order of
        first appearance. It compares equal to a dict of the same estimates. A
        missing key raises `~selfassess.errors.NotFoundError`, a `KeyError` (as a
        dict raises) whose message names the student and the standard.

    Raises:
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
    # One C-level pass over the row types first, so that the loops below (the part
    # that runs a million times) do nothing but group.
    if not set(map(type, rows)) <= {Evidence}:
        for index, item in enumerate(rows):
            if not isinstance(item, Evidence):
                message = f"must be an Evidence (got {shown(item)})"
                raise InvalidDataError.single(f"evidence[{index}]", message)
    return _RolledUp(policy, rows)


_attempt = operator.attrgetter("attempt")
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
        "_policy",
        "_raws",
        "_starts",
    )
    _policy: MasteryPolicy
    _index: dict[str, dict[str, int]]
    """Student, then standard, to the group's place in the columns."""
    _judgements: list[tuple[float | None, Band]]
    """Each group's value and band: one pair for all the groups of a raw value."""
    _raws: list[float | None]
    _evidence: list[Evidence]
    """Each group's counted evidence, in order, one group after the other."""
    _starts: list[int]
    """Where each group's evidence starts in ``_evidence``, and where the last ends."""

    def __init__(self, policy: MasteryPolicy, rows: list[Evidence]) -> None:
        by_student = _by_student(rows)
        kinds = policy.kinds
        sort_key = policy._sort_key(one_attempt=len(set(map(_attempt, rows))) <= 1)
        retaken = None if policy.retakes is Retakes.KEEP_ALL else policy._retaken
        kernel, score = kernel_of(policy), _score
        judged_once = judge(policy)
        # Scores on a scale of a few levels give few distinct raw values (at most
        # 4 + 16 + 64 + 256 + 1,024 for up to five scores on four levels, however
        # many students), so each is clamped, rounded and banded once, up to
        # _MAX_JUDGED of them. With enough scores, value and band depend on the
        # raw value alone, and equal raw values are the same plain float
        # (`to_float` makes every score one). A group with no value is judged each
        # time, and so is a zero, so that a -0.0 from the kernel is kept as 0.0.
        minimum_count = policy.minimum_count
        judged: dict[float, tuple[float | None, Band]] = {}
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
                for standard, group in _by_standard(items, kinds).items():
                    counted, count = group, len(group)
                    if count > 1:
                        group.sort(key=sort_key)
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
            self._policy,
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
