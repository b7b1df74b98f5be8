"""Fitting Bayesian Knowledge Tracing to a class's data: one set of parameters a skill.

`fit_bkt` reads a long table of evidence as the rest of `selfassess.tables` reads
it (one row a piece of evidence, every cell checked), keeps the scores a mastery
policy counts, turns each student's scores on a standard into a sequence of right
and wrong answers in the policy's order, and fits the parameters of Bayesian
Knowledge Tracing (Corbett & Anderson 1995) to each standard by
expectation-maximisation: the Baum-Welch algorithm (Rabiner 1989, "A tutorial on
hidden Markov models", section III.C) on BKT's hidden Markov model of two states,
unknown and known.

The model is the one `selfassess.mastery.bkt_posterior` runs: the first answer is
given in the known state with probability ``prior``; each answer is correct with
probability ``guess`` in the unknown state and ``1 - slip`` in the known one; after
each answer, an unknown skill becomes known with probability ``learn`` and a known
one unknown with probability ``forget`` (0 in classic BKT).

The E-step is the forward-backward pass, each step normalised (so it neither
underflows nor overflows on long sequences), computed a time step at a time over
every sequence at once: sequences are ordered longest first and laid out time step
by time step, so the sequences still running at a step are always the first ones
and no step pads. Every restart of every standard runs in the same arrays, each
with its own parameters; a run that has converged leaves them. The M-step is
Baum-Welch's, with guess and slip clipped to their bounds: the expected complete
log-likelihood is, for each of the two, a Bernoulli log-likelihood, concave with a
single maximum, so the value in the bounds nearest the unbounded maximum is the
maximum within them, and the log-likelihood still never decreases.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from selfassess._repr import short_repr
from selfassess._validate import (
    Arguments,
    Checker,
    integer_field,
    is_number,
    number_field,
    shown,
)
from selfassess.errors import InvalidDataError
from selfassess.mastery import BktParameters, MasteryPolicy
from selfassess.rubrics._resample import RandomSource
from selfassess.tables._columns import EvidenceColumns, ranked
from selfassess.tables._deps import np, nw
from selfassess.tables._reading import column_names, read_evidence_columns
from selfassess.tables._rollup import group_rows, kept_rows

__all__ = ["BktFit", "fit_bkt"]

_NEAREST = 1e-6
"""How near 0 or 1 a bound on guess or slip may come.

Nearer, one answer would all but decide a student's P(L), and the forward pass,
whose steps are at least the smallest chance of an answer, could underflow."""

_DEFAULT_BOUNDS = (0.0001, 0.9999)
"""The default bounds on guess and slip: free, but never 0 or 1."""

_MAX_RESTARTS = 1000
"""The most restarts a standard may take: each is a copy of its answers in memory."""

# The parameters of a run, as the columns of an array with a row a run.
_PRIOR, _LEARN, _GUESS, _SLIP, _FORGET = range(5)

# Where restarts start: uniform within these ranges, as pyBKT draws its starting
# points (pyBKT/generate/random_model_uni.py: learn below 0.4, guess below 0.4,
# slip below 0.3), kept off 0 so that no run starts on a boundary it cannot leave.
_START_PRIOR = (0.05, 0.95)
_START_LEARN = (0.01, 0.4)
_START_GUESS = (0.01, 0.4)
_START_SLIP = (0.01, 0.3)
_START_FORGET = (0.01, 0.2)

_TINY = float(np.finfo(np.float64).tiny)
"""A floor for the normalising sums of the backward pass, which are 0 only when the
state they would weigh cannot be reached: 0 / _TINY is 0, never NaN."""


@attrs.frozen(kw_only=True)
class BktFit:
    """The parameters of Bayesian Knowledge Tracing fitted to one standard, and how.

    Attributes:
        parameters: The fitted parameters, ready for
            ``MasteryPolicy(method=MasteryMethod.BKT, bkt=fit.parameters)``.
        log_likelihood: The log-likelihood of the standard's answers under
            *parameters* (natural logarithm); at most 0.
        iterations: How many expectation-maximisation steps the best restart took.
        converged: Whether the best restart stopped because the log-likelihood had
            stopped rising (within the tolerance), rather than at the most
            iterations allowed.
        students: How many students have counted scores on the standard (the
            sequences fitted).
        observations: How many counted scores there are on the standard (the
            answers fitted); at least *students*.
        restarts: How many starting points were tried; the best is kept.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    parameters: BktParameters
    log_likelihood: float = number_field(maximum=0)
    iterations: int = integer_field(minimum=0)
    converged: bool
    students: int = integer_field(minimum=1)
    observations: int = integer_field(minimum=1)
    restarts: int = integer_field(minimum=1)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.instance("parameters", self.parameters, BktParameters)
        valid = check.declared(self)
        check.boolean("converged", self.converged)
        if (
            valid["students"]
            and valid["observations"]
            and self.observations < self.students
        ):
            message = (
                "must be at least the number of students, each of whom has a "
                f"score (got {self.observations:,} for {self.students:,})"
            )
            check.add("observations", message)
        check.done()


def fit_bkt(
    frame: Any,
    *,
    threshold: float | None = None,
    restarts: int = 5,
    rng: np.random.Generator | RandomSource,
    policy: MasteryPolicy | None = None,
    forget: bool = False,
    guess_bounds: tuple[float, float] = _DEFAULT_BOUNDS,
    slip_bounds: tuple[float, float] = _DEFAULT_BOUNDS,
    max_iterations: int = 300,
    tolerance: float = 1e-8,
    **columns: str,
) -> Mapping[str, BktFit]:
    """Fit Bayesian Knowledge Tracing to each standard of a long table of evidence.

    Each row of *frame* is one piece of evidence, with a column for each field of
    `selfassess.Evidence` it gives (``student``, ``standard``, ``score`` and
    ``assessed_on`` at least; a missing optional column is unknown in every row),
    every cell checked as `selfassess.tables.evidence` checks it. The answers are
    the scores *policy* counts, as `selfassess.tables.rollup` counts them: excused
    rows and rows of a kind not in its ``kinds`` (by default self and peer ratings
    and pre-assessments) are left out, and its retake rule keeps one attempt at a
    source where it says so. Each student's answers on a standard are put in the
    policy's order: by its date, then, for scores of one day, by the rule for ties
    of `selfassess.mastery.MasteryPolicy` (the moment assessed, the sequence
    number, the attempt, the kind, the score, ...), which never depends on the
    order of the rows; give ``assessed_at`` or ``sequence`` to order the scores of
    one day as they were given. A score at or above *threshold* is a correct
    answer, as `selfassess.mastery.MasteryPolicy` reads it with the BKT method.

    Each standard is fitted on its own by expectation-maximisation (Baum-Welch)
    from *restarts* starting points drawn from *rng*; the fit with the highest
    log-likelihood is kept (the first drawn, on a tie). Prior, learn, guess and
    slip are fitted; forget stays 0 unless *forget* is true. A standard none of
    whose scores count has no fit.

    A run stops when an iteration raises the log-likelihood by at most *tolerance*
    a score (the mean log-likelihood of a score rises by at most *tolerance*), or
    after *max_iterations*. Guess and slip never leave their bounds: bounds such as
    ``guess_bounds=(0.0001, 0.3)`` and ``slip_bounds=(0.0001, 0.1)``, as BKT studies
    often use, keep a fit from the degenerate models where a student who knows the
    skill answers worse than one who does not (Baker, Corbett & Aleven 2008, "More
    accurate student modeling through contextual estimation of slip and guess
    probabilities in Bayesian Knowledge Tracing"). Equal bounds fix the value.

    The data may leave a parameter undecided, and a fit never gives NaN for it:
    where no student has two scores on a standard, learn (and forget) keep their
    starting values, which the data cannot move; where every answer is right (or
    every one wrong), the fit runs toward the bounds (prior toward 1, slip toward
    its lower bound, or the reverse), and a teacher should read such a fit as "not
    enough evidence" rather than as a model of the class.

    The same frame and the same seed give the same fits, whatever the order of its
    rows: starting points are drawn standard by standard, in the order of their
    ids, five numbers for each restart.

    Args:
        frame: A long table of evidence: a pandas, polars or PyArrow data frame,
            or any frame narwhals reads; a lazy frame (polars, Dask) is collected,
            since a fit needs every row.
        threshold: The score from which an answer is correct; ``None`` (the
            default) for the policy's (`selfassess.mastery.MasteryPolicy.mastery_threshold`:
            its ``threshold``, else its scale's mastery cut, 3 on the 4-point
            scale), as the policy's BKT reads its scores.
        restarts: How many starting points to try for each standard; from 1 to
            1,000.
        rng: The random source of the starting points, seeded by the caller: a
            NumPy ``Generator`` (``numpy.random.default_rng(seed)``), or a
            ``random.Random`` as the rest of the library takes (four of its
            draws seed a ``Generator``).
        policy: The policy whose kinds count, whose retake rule applies and whose
            order orders each student's scores; its method is not used. ``None``
            for the default `selfassess.mastery.MasteryPolicy`: not excused, not
            self or peer ratings or pre-assessments, every attempt, ordered by the
            assessed date and the rule for ties.
        forget: Whether to fit forget too; otherwise it is 0.
        guess_bounds: The lowest and highest guess allowed, each between 0.000001
            and 0.999999, the lowest first.
        slip_bounds: The lowest and highest slip allowed, likewise.
        max_iterations: The most expectation-maximisation steps a run may take;
            at least 1.
        tolerance: The rise of the mean log-likelihood of a score below which a
            run has converged; 0 or more (0 runs until it stops rising at all).
        **columns: The frame's own names for the fields, by field name
            (``student="name", score="mark"``); a field not given is read from the
            column of its own name. A datetime column of days is read as its day
            in its own time zone.

    Returns:
        The fit of each standard with a counted score, by its id, in the order of
        the ids.

    Raises:
        ArgumentTypeError: If *frame* is not a data frame, an argument is not of
            its kind (*rng* not a NumPy ``Generator``, *policy* not a
            `selfassess.mastery.MasteryPolicy`, a bound not a pair of numbers),
            or a keyword is not a field of `selfassess.Evidence` (or its value
            not a column name).
        InvalidDataError: If an argument is out of range, the frame names two
            columns alike, a column is missing or of the wrong type
            (``columns['score']``), or a cell breaks its field's rule, every
            problem with its path: ``rows[12].score``, the row's place in the
            frame and the frame's name of its column.

    Example:
        Six students' scores on one standard, five weeks, slip at most 0.1:

        >>> from datetime import date
        >>> import numpy as np
        >>> import pandas as pd
        >>> from selfassess.mastery import MasteryMethod, MasteryPolicy, bkt_posterior
        >>> scores = {"ana": [1, 2, 3, 4, 4], "ben": [2, 3, 2, 3, 4],
        ...           "cy": [1, 1, 2, 3, 3], "dee": [3, 4, 4, 3, 4],
        ...           "eli": [2, 2, 2, 3, 2], "fay": [1, 3, 3, 4, 3]}
        >>> frame = pd.DataFrame({
        ...     "name": [name for name in scores for _ in range(5)],
        ...     "standard": "4.NF.1",
        ...     "score": [score for row in scores.values() for score in row],
        ...     "assessed_on": [date(2026, 9, day) for day in (1, 8, 15, 22, 29)] * 6,
        ... })
        >>> fits = fit_bkt(frame, rng=np.random.default_rng(7),
        ...                slip_bounds=(0.0001, 0.1), student="name")
        >>> fit = fits["4.NF.1"]
        >>> fit.students, fit.observations, fit.converged
        (6, 30, True)
        >>> bkt = fit.parameters
        >>> round(bkt.prior, 2), round(bkt.learn, 2), round(bkt.guess, 2), bkt.slip
        (0.14, 0.45, 0.1, 0.1)
        >>> round(bkt_posterior([0, 1, 0], bkt.prior, bkt.learn, bkt.guess, bkt.slip), 2)
        0.8
        >>> policy = MasteryPolicy(method=MasteryMethod.BKT, bkt=bkt)

        The same seed gives the same fits; a self-rating does not count:

        >>> rated = pd.concat([frame.assign(kind="formative"), pd.DataFrame({
        ...     "name": ["ana"], "standard": "4.NF.1", "score": [4],
        ...     "assessed_on": [date(2026, 9, 2)], "kind": "self"})])
        >>> fit_bkt(rated, rng=np.random.default_rng(7),
        ...         slip_bounds=(0.0001, 0.1), student="name") == fits
        True
    """
    if policy is None:
        policy = MasteryPolicy()
    check = Arguments()
    if threshold is not None:
        threshold = check.number("threshold", threshold)
    restarts = check.integer("restarts", restarts, minimum=1, maximum=_MAX_RESTARTS)
    source = rng if isinstance(rng, np.random.Generator) else None
    if source is None and callable(getattr(rng, "random", None)):
        # A random.Random (the rest of the library's source): four draws of 53
        # bits seed a Generator, so the same seed gives the same fits.
        source = np.random.default_rng([int(rng.random() * 2**53) for _ in range(4)])
    elif source is None:
        message = (
            "must be a NumPy Generator, such as numpy.random.default_rng(seed), or "
            f"a random.Random (got {shown(rng)})"
        )
        check.wrong_kind("rng", message)
    check.instance("policy", policy, MasteryPolicy)
    forget = check.boolean("forget", forget)
    guesses = _bounds(check, "guess_bounds", guess_bounds)
    slips = _bounds(check, "slip_bounds", slip_bounds)
    max_iterations = check.integer("max_iterations", max_iterations, minimum=1)
    tolerance = check.number("tolerance", tolerance, minimum=0)
    check.done()
    table = read_evidence_columns(_eager(frame), column_names(columns))
    rows = _counted(table, policy)
    correct_from = policy.mastery_threshold if threshold is None else threshold
    skills, ids = _skills(table, rows, table.score[rows] >= correct_from)
    if not skills:
        return {}
    assert source is not None  # for mypy: check.done() raised otherwise
    starts = _starts(source, len(skills), restarts, guesses, slips, fit_forget=forget)
    runs = _em(
        skills,
        starts,
        np.repeat(np.arange(len(skills)), restarts),
        fit_forget=forget,
        guess_bounds=guesses,
        slip_bounds=slips,
        max_iterations=max_iterations,
        tolerance=tolerance,
    )
    fits = {}
    for index, (skill, standard) in enumerate(zip(skills, ids, strict=True)):
        first = index * restarts
        best = first + int(np.argmax(runs.log_likelihood[first : first + restarts]))
        fits[standard] = _fit(runs, best, skill, restarts)
    return fits


def _fit(runs: _Runs, best: int, skill: _Skill, restarts: int) -> BktFit:
    """The `BktFit` of run *best* of a standard."""
    prior, learn, guess, slip, forget = (float(value) for value in runs.rates[best])
    return BktFit(
        parameters=BktParameters(
            prior=prior, learn=learn, guess=guess, slip=slip, forget=forget
        ),
        # The log-likelihood of answers is below 0; rounding never makes it more.
        log_likelihood=min(float(runs.log_likelihood[best]), 0.0),
        iterations=int(runs.iterations[best]),
        converged=bool(runs.converged[best]),
        students=int(skill.lengths.size),
        observations=int(skill.correct.size),
        restarts=restarts,
    )


def _bounds(check: Arguments, name: str, value: object) -> tuple[float, float]:
    """Check a pair of bounds on a probability: lowest first, near 0 and 1 at most."""
    if (
        not isinstance(value, Sequence)
        or isinstance(value, str)
        or len(value) != 2
        or not all(is_number(item) for item in value)
    ):
        message = f"must be a pair of numbers, the lowest first (got {shown(value)})"
        check.wrong_kind(name, message)
        return _DEFAULT_BOUNDS
    low, high = (
        check.number(f"{name}[{index}]", item, minimum=_NEAREST, maximum=1 - _NEAREST)
        for index, item in enumerate(value)
    )
    inside = all(_NEAREST <= item <= 1 - _NEAREST for item in (low, high))
    if inside and low > high:
        message = f"must be at most {name}[1] (got {low:g} > {high:g})"
        check.add(f"{name}[0]", message)
    return low, high


# Reading the frame, and the rows that count.


def _eager(frame: object) -> Any:
    """*frame* as an eager narwhals frame, a lazy one collected.

    Anything narwhals does not read is given back as it is, for
    `selfassess.tables._reading.read_evidence_columns` to refuse.
    """
    try:
        found = nw.from_native(frame)  # type: ignore[call-overload]  # any frame
    except TypeError:
        return frame
    except nw.exceptions.DuplicateError:
        message = "must not give two columns the same name"
        raise InvalidDataError.single("frame", message) from None
    return found.collect() if isinstance(found, nw.LazyFrame) else found


def _counted(table: EvidenceColumns, policy: MasteryPolicy) -> Any:
    """The rows *policy* counts, each (student, standard)'s in the policy's order.

    As `selfassess.tables.rollup` counts them: not excused, of a kind the policy
    counts, and kept by its retake rule.
    """
    grouped = group_rows(table, policy, {})
    kept = kept_rows(table, grouped.sequence, grouped.counted, grouped.retake)
    return grouped.sequence[kept]


# From rows to sequences.


class _Skill(NamedTuple):
    """One standard's answers: each student's in order, end to end, and how many."""

    correct: Any  # bool, the answers of each student in turn
    lengths: Any  # int, each student's number of answers, each at least 1


def _skills(
    table: EvidenceColumns, rows: Any, correct: Any
) -> tuple[list[_Skill], list[str]]:
    """Each standard's sequences, standards and students in order of id.

    *rows* are the counted rows, each (student, standard)'s in the policy's order,
    and *correct* whether each is a correct answer. Ordering by id rather than by
    first appearance keeps a fit the same whatever the order of the frame's rows.
    """
    if not len(rows):
        return [], []
    standard_rank, standard_ids = ranked(
        table.standards, np.ones(len(table.standards), dtype=bool)
    )
    student_rank, _ = ranked(table.students, np.ones(len(table.students), dtype=bool))
    standard = standard_rank[table.standard[rows]]
    student = student_rank[table.student[rows]]
    # The place in *rows* last: each student's answers keep the policy's order.
    order = np.lexsort((np.arange(len(rows)), student, standard))
    standard, student, correct = standard[order], student[order], correct[order]
    present, standard = np.unique(standard, return_inverse=True)
    standard = standard.reshape(-1)
    ids = [str(standard_id) for standard_id in standard_ids[present].tolist()]
    starts = np.flatnonzero(
        np.concatenate(
            ([True], (standard[1:] != standard[:-1]) | (student[1:] != student[:-1]))
        )
    )
    lengths = np.diff(np.append(starts, correct.size))
    answers = np.searchsorted(standard, np.arange(len(ids) + 1))
    sequences = np.searchsorted(standard[starts], np.arange(len(ids) + 1))
    skills = [
        _Skill(
            correct[answers[index] : answers[index + 1]],
            lengths[sequences[index] : sequences[index + 1]],
        )
        for index in range(len(ids))
    ]
    return skills, ids


def _start_range(
    usual: tuple[float, float], bounds: tuple[float, float]
) -> tuple[float, float]:
    """Where a bounded parameter starts: its usual range within its bounds.

    Where the bounds leave none of the usual range, the nearest bound.
    """
    low = min(max(bounds[0], usual[0]), bounds[1])
    return low, max(min(bounds[1], usual[1]), low)


def _starts(
    rng: np.random.Generator,
    skills: int,
    restarts: int,
    guess_bounds: tuple[float, float],
    slip_bounds: tuple[float, float],
    *,
    fit_forget: bool,
) -> Any:
    """The starting points of every run, drawn from *rng*: a row a run.

    Skill by skill, restart by restart, five numbers each (forget is drawn even
    when it is not fitted, so that the other starting points are the same either
    way): the first skill's draws never depend on how many skills follow.
    """
    ranges = (
        _START_PRIOR,
        _START_LEARN,
        _start_range(_START_GUESS, guess_bounds),
        _start_range(_START_SLIP, slip_bounds),
        _START_FORGET,
    )
    low, high = np.array(ranges).T
    drawn = rng.uniform(low, high, size=(skills, restarts, 5)).reshape(-1, 5)
    if not fit_forget:
        drawn[:, _FORGET] = 0.0
    return drawn


# Expectation-maximisation, every run at once.


class _Batch(NamedTuple):
    """The sequences of some runs, longest first, laid out time step by time step.

    Step ``t`` of the sequences still running at it is
    ``correct[offsets[t] : offsets[t] + running[t]]``, in the same order at every
    step: the sequences running at a step are the first ``running[t]``.
    """

    correct: Any  # bool: step 0 of every sequence, then step 1 of those running...
    offsets: list[int]  # where each step starts in `correct`
    running: list[int]  # how many sequences run at each step
    run: Any  # int: the run (a row of the rates) of each sequence


def _batch(skills: Sequence[_Skill], skill_of_run: Any) -> _Batch:
    """Lay out the sequences of each run's skill (a copy for each run) by step."""
    pieces = [skills[skill] for skill in skill_of_run.tolist()]
    lengths = np.concatenate([piece.lengths for piece in pieces])
    answers = np.concatenate([piece.correct for piece in pieces])
    run = np.repeat(np.arange(len(pieces)), [piece.lengths.size for piece in pieces])
    order = np.argsort(-lengths, kind="stable")
    place = np.empty(lengths.size, dtype=np.intp)
    place[order] = np.arange(lengths.size)
    steps = int(lengths.max())
    running = lengths.size - np.cumsum(np.bincount(lengths, minlength=steps + 1))
    running = running[:steps]
    offsets = np.concatenate(([0], np.cumsum(running)[:-1]))
    begins = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    step = np.arange(answers.size) - np.repeat(begins, lengths)
    correct = np.empty(answers.size, dtype=bool)
    correct[offsets[step] + np.repeat(place, lengths)] = answers
    return _Batch(correct, offsets.tolist(), running.tolist(), run[order])


# The statistics the E-step sums for each run, as the columns of its result.
(
    _LOGLIKE,
    _FIRST_KNOWN,
    _UNKNOWN,
    _UNKNOWN_RIGHT,
    _KNOWN,
    _KNOWN_WRONG,
    _STAY_UNKNOWN,
    _LEARNED,
    _FORGOT,
    _STAY_KNOWN,
) = range(10)


class _Chances(NamedTuple):
    """The rates of each sequence's run, and their complements, a column each."""

    prior: Any
    learn: Any
    forget: Any
    stay_unknown: Any
    stay_known: Any
    right_unknown: Any  # guess
    wrong_unknown: Any
    right_known: Any  # 1 - slip
    wrong_known: Any  # slip


def _chances(batch: _Batch, rates: Any) -> _Chances:
    run = batch.run
    learn, forget = rates[run, _LEARN], rates[run, _FORGET]
    guess, slip = rates[run, _GUESS], rates[run, _SLIP]
    return _Chances(
        rates[run, _PRIOR], learn, forget, 1 - learn, 1 - forget,
        guess, 1 - guess, 1 - slip, slip,
    )  # fmt: skip


def _estep(batch: _Batch, rates: Any) -> Any:
    """The forward-backward pass over a batch: each run's sums, a row a run.

    Rabiner (1989), section III.C, each step normalised: the forward pass keeps
    P(state | answers so far) and the log of each answer's probability given
    those before it (their sum is the log-likelihood); the backward pass keeps
    P(answers after | state), normalised to sum to 1, which the posteriors
    (gamma) and the expected transitions (xi) only need up to a factor.
    """
    chances = _chances(batch, rates)
    sums = np.zeros((10, batch.run.size))
    unknown, known = _forward(batch, chances, sums)
    _backward(batch, chances, unknown, known, sums)
    runs = len(rates)
    return np.stack(
        [np.bincount(batch.run, weights=row, minlength=runs) for row in sums], axis=1
    )


def _forward(batch: _Batch, chances: _Chances, sums: Any) -> tuple[Any, Any]:
    """P(unknown) and P(known) at each step given the answers up to it.

    Adds the log of each answer's probability given those before it to the
    log-likelihood of its sequence.
    """
    correct, offsets, running = batch.correct, batch.offsets, batch.running
    unknown = np.empty(correct.size)
    known = np.empty(correct.size)
    to_unknown, to_known = 1 - chances.prior, chances.prior
    for step, (count, here) in enumerate(zip(running, offsets, strict=True)):
        if step:
            before = offsets[step - 1]
            was_unknown = unknown[before : before + count]
            was_known = known[before : before + count]
            to_unknown = (
                was_unknown * chances.stay_unknown[:count]
                + was_known * chances.forget[:count]
            )
            to_known = (
                was_unknown * chances.learn[:count]
                + was_known * chances.stay_known[:count]
            )
        answer = correct[here : here + count]
        in_unknown = to_unknown * np.where(
            answer, chances.right_unknown[:count], chances.wrong_unknown[:count]
        )
        in_known = to_known * np.where(
            answer, chances.right_known[:count], chances.wrong_known[:count]
        )
        # At least the smallest chance of an answer: never 0 (see _NEAREST).
        total = in_unknown + in_known
        unknown[here : here + count] = in_unknown / total
        known[here : here + count] = in_known / total
        sums[_LOGLIKE, :count] += np.log(total)
    return unknown, known


def _backward(
    batch: _Batch, chances: _Chances, unknown: Any, known: Any, sums: Any
) -> None:
    """Sum the posteriors of the states and the expected transitions.

    Keeps P(answers after the step | state), normalised; a sequence's last step
    has nothing after it: (1, 1), normalised (0.5, 0.5). A normalising sum is 0
    only for a state that cannot be reached; `_TINY` keeps its share 0, not NaN.
    """
    correct, offsets, running = batch.correct, batch.offsets, batch.running
    after_unknown = np.full(batch.run.size, 0.5)
    after_known = np.full(batch.run.size, 0.5)
    for step in range(len(running) - 1, -1, -1):
        count, here = running[step], offsets[step]
        now_unknown = unknown[here : here + count]
        now_known = known[here : here + count]
        if step + 1 < len(running):
            _transitions(
                batch,
                chances,
                step,
                now=(now_unknown, now_known),
                after=(after_unknown, after_known),
                sums=sums,
            )
        posterior_unknown = now_unknown * after_unknown[:count]
        posterior_known = now_known * after_known[:count]
        scale = np.maximum(posterior_unknown + posterior_known, _TINY)
        posterior_unknown /= scale
        posterior_known /= scale
        answer = correct[here : here + count]
        sums[_UNKNOWN, :count] += posterior_unknown
        sums[_UNKNOWN_RIGHT, :count] += np.where(answer, posterior_unknown, 0.0)
        sums[_KNOWN, :count] += posterior_known
        sums[_KNOWN_WRONG, :count] += np.where(answer, 0.0, posterior_known)
    sums[_FIRST_KNOWN] = posterior_known


def _transitions(
    batch: _Batch,
    chances: _Chances,
    step: int,
    *,
    now: tuple[Any, Any],
    after: tuple[Any, Any],
    sums: Any,
) -> None:
    """Sum the expected transitions from *step* to the next; move *after* back one.

    *after* holds P(answers after the next step | state at it), normalised; on
    return, P(answers after *step* | state at it), normalised.
    """
    going, later = batch.running[step + 1], batch.offsets[step + 1]
    after_unknown, after_known = after
    now_unknown, now_known = now
    answer = batch.correct[later : later + going]
    # The chance of the next answer and all after it, from each state next.
    next_unknown = after_unknown[:going] * np.where(
        answer, chances.right_unknown[:going], chances.wrong_unknown[:going]
    )
    next_known = after_known[:going] * np.where(
        answer, chances.right_known[:going], chances.wrong_known[:going]
    )
    stayed = chances.stay_unknown[:going] * next_unknown
    learned = chances.learn[:going] * next_known
    forgot = chances.forget[:going] * next_unknown
    kept = chances.stay_known[:going] * next_known
    from_unknown = stayed + learned
    from_known = forgot + kept
    were_unknown = now_unknown[:going]
    were_known = now_known[:going]
    whole = np.maximum(were_unknown * from_unknown + were_known * from_known, _TINY)
    sums[_STAY_UNKNOWN, :going] += were_unknown * stayed / whole
    sums[_LEARNED, :going] += were_unknown * learned / whole
    sums[_FORGOT, :going] += were_known * forgot / whole
    sums[_STAY_KNOWN, :going] += were_known * kept / whole
    scale = np.maximum(from_unknown + from_known, _TINY)
    after_unknown[:going] = from_unknown / scale
    after_known[:going] = from_known / scale


def _ratio(numerator: Any, denominator: Any, otherwise: Any) -> Any:
    """Divide *numerator* by *denominator*, or give *otherwise* where the denominator is 0."""
    return np.divide(
        numerator, denominator, out=otherwise.copy(), where=denominator > 0
    )


def _mstep(
    sums: Any,
    rates: Any,
    sequences: Any,
    *,
    fit_forget: bool,
    guess_bounds: tuple[float, float],
    slip_bounds: tuple[float, float],
) -> Any:
    """Baum-Welch's new rates from the E-step's sums, guess and slip in bounds.

    A rate whose denominator is 0 (no transition out of a state, no answer given
    in it) is one the data say nothing of: it keeps its value.
    """
    new = rates.copy()
    new[:, _PRIOR] = np.clip(sums[:, _FIRST_KNOWN] / sequences, 0.0, 1.0)
    out_of_unknown = sums[:, _STAY_UNKNOWN] + sums[:, _LEARNED]
    new[:, _LEARN] = np.clip(
        _ratio(sums[:, _LEARNED], out_of_unknown, rates[:, _LEARN]), 0.0, 1.0
    )
    if fit_forget:
        out_of_known = sums[:, _FORGOT] + sums[:, _STAY_KNOWN]
        new[:, _FORGET] = np.clip(
            _ratio(sums[:, _FORGOT], out_of_known, rates[:, _FORGET]), 0.0, 1.0
        )
    guess = _ratio(sums[:, _UNKNOWN_RIGHT], sums[:, _UNKNOWN], rates[:, _GUESS])
    new[:, _GUESS] = np.clip(guess, *guess_bounds)
    slip = _ratio(sums[:, _KNOWN_WRONG], sums[:, _KNOWN], rates[:, _SLIP])
    new[:, _SLIP] = np.clip(slip, *slip_bounds)
    return new


class _Runs(NamedTuple):
    """Where each run ended, a row (or an item) a run."""

    rates: Any  # float (runs, 5): prior, learn, guess, slip, forget
    log_likelihood: Any  # float: the log-likelihood at those rates
    iterations: Any  # int: the M-steps taken
    converged: Any  # bool: stopped by the tolerance, not by the most iterations
    history: list[Any]  # the log-likelihood of every run after each M-step
    # (the first from the starting points), NaN for a run that had stopped


def _em(
    skills: Sequence[_Skill],
    starts: Any,
    skill_of_run: Any,
    *,
    fit_forget: bool,
    guess_bounds: tuple[float, float],
    slip_bounds: tuple[float, float],
    max_iterations: int,
    tolerance: float,
) -> _Runs:
    """Run expectation-maximisation from each starting point on its skill.

    Each run alternates the M-step and the E-step from its starting point, and
    stops after an iteration that raises its log-likelihood by at most
    *tolerance* an answer, or after *max_iterations*. The runs still going share
    one batch; it is laid out again without those that stop.

    Args:
        skills: The sequences of each skill.
        starts: The starting rates of each run, a row a run (see `_starts`).
        skill_of_run: The skill of each run.
        fit_forget: Whether forget is fitted; otherwise it keeps its start.
        guess_bounds: The bounds of guess.
        slip_bounds: The bounds of slip.
        max_iterations: The most M-steps a run takes.
        tolerance: The least rise of the log-likelihood an answer that goes on.
    """
    rates = np.array(starts, dtype=np.float64)
    skill_of_run = np.asarray(skill_of_run, dtype=np.intp)
    answers = np.array([skills[skill].correct.size for skill in skill_of_run.tolist()])
    sequences = np.array(
        [skills[skill].lengths.size for skill in skill_of_run.tolist()]
    )
    live = np.arange(len(rates))
    batch = _batch(skills, skill_of_run)
    sums = _estep(batch, rates)
    log_likelihood = sums[:, _LOGLIKE].copy()
    history = [log_likelihood.copy()]
    iterations = np.zeros(len(rates), dtype=np.intp)
    converged = np.zeros(len(rates), dtype=bool)
    for iteration in range(1, max_iterations + 1):
        rates[live] = _mstep(
            sums,
            rates[live],
            sequences[live],
            fit_forget=fit_forget,
            guess_bounds=guess_bounds,
            slip_bounds=slip_bounds,
        )
        sums = _estep(batch, rates[live])
        gain = sums[:, _LOGLIKE] - log_likelihood[live]
        log_likelihood[live] = sums[:, _LOGLIKE]
        iterations[live] = iteration
        row = np.full(len(rates), np.nan)
        row[live] = sums[:, _LOGLIKE]
        history.append(row)
        done = gain <= tolerance * answers[live]
        if done.any():
            converged[live[done]] = True
            live, sums = live[~done], sums[~done]
            if not live.size:
                break
            batch = _batch(skills, skill_of_run[live])
    return _Runs(rates, log_likelihood, iterations, converged, history)
