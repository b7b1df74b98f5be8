"""selfassess.tables.fit_bkt: BKT's parameters fitted by EM, checked against hmmlearn.

The model fitted is the one `selfassess.mastery.bkt_posterior` runs (Corbett &
Anderson 1995, "Knowledge tracing: Modeling the acquisition of procedural
knowledge"): a hidden Markov model of two states, unknown (0) and known (1), with
start (1 - prior, prior), transitions [[1 - learn, learn], [forget, 1 - forget]]
and P(correct | state) = (guess, 1 - slip). Fitting it is Baum-Welch (Rabiner
1989, "A tutorial on hidden Markov models and selected applications in speech
recognition", section III.C), which hmmlearn's ``CategoricalHMM`` runs on the same
model with the whole transition matrix free.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import pytest

pytest.importorskip("narwhals")
np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
hmm = pytest.importorskip("hmmlearn.hmm")

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from selfassess import Evidence, EvidenceKind  # noqa: E402
from selfassess.errors import ArgumentTypeError, InvalidDataError  # noqa: E402
from selfassess.mastery import (  # noqa: E402
    BktParameters,
    EvidenceDate,
    MasteryMethod,
    MasteryPolicy,
    Retakes,
    bkt_posterior,
    rollup,
)
from selfassess.tables import _bkt  # noqa: E402
from selfassess.tables._bkt import BktFit, fit_bkt  # noqa: E402

FREE = (1e-6, 1 - 1e-6)
"""Bounds on guess and slip that never bind on the data here."""

DEFAULT = _bkt._DEFAULT_BOUNDS
FIRST_DAY = date(2026, 9, 1)


# Simulating a class, and the data in the layouts the tests need.


def simulate(
    rng: Any,
    students: int,
    opportunities: int,
    rates: tuple[float, float, float, float, float],
) -> Any:
    """Each student's answers, a row a student, from BKT's model (Corbett & Anderson).

    Known at the first opportunity with probability prior; at each one, correct
    with probability 1 - slip if known, guess if not; then learn (or forget).
    """
    prior, learn, guess, slip, forget = rates
    known = rng.random(students) < prior
    answers = np.empty((students, opportunities), dtype=bool)
    for step in range(opportunities):
        answers[:, step] = rng.random(students) < np.where(known, 1 - slip, guess)
        draw = rng.random(students)
        known = np.where(known, draw >= forget, draw < learn)
    return answers


def frame_of(answers: Any, standard: str = "4.NF.1", **names: str) -> Any:
    """A long pandas frame of the answers: 4 for a correct one, 1 for a wrong one.

    One row a score, a week apart, students named ``s0000``, ``s0001``, ...
    """
    students, opportunities = answers.shape
    name = np.repeat([f"s{index:04d}" for index in range(students)], opportunities)
    weeks = np.tile(np.arange(opportunities), students)
    return pd.DataFrame(
        {
            names.get("student", "student"): name,
            names.get("standard", "standard"): standard,
            names.get("score", "score"): np.where(answers.ravel(), 4.0, 1.0),
            names.get("assessed_on", "assessed_on"): pd.Timestamp(FIRST_DAY)
            + pd.to_timedelta(weeks * 7, unit="D"),
        }
    )


def skill_of(answers: Any) -> _bkt._Skill:
    """The answers (a row a student) as one skill's sequences, end to end."""
    students, opportunities = answers.shape
    return _bkt._Skill(answers.ravel(), np.full(students, opportunities))


def em(
    skills: list[_bkt._Skill],
    starts: Any,
    skill_of_run: Any = None,
    *,
    fit_forget: bool = False,
    guess_bounds: tuple[float, float] = FREE,
    slip_bounds: tuple[float, float] = FREE,
    max_iterations: int = 30,
    tolerance: float = -math.inf,
) -> _bkt._Runs:
    """`_bkt._em` with free bounds and a fixed number of iterations by default."""
    starts = np.atleast_2d(np.asarray(starts, dtype=float))
    if skill_of_run is None:
        skill_of_run = np.zeros(len(starts), dtype=np.intp)
    return _bkt._em(
        skills,
        starts,
        np.asarray(skill_of_run),
        fit_forget=fit_forget,
        guess_bounds=guess_bounds,
        slip_bounds=slip_bounds,
        max_iterations=max_iterations,
        tolerance=tolerance,
    )


# (a) Known parameters recovered.

TRUE = (0.3, 0.15, 0.2, 0.1, 0.0)

SPREAD = {"prior": 0.012, "learn": 0.0042, "guess": 0.0049, "slip": 0.0019}
"""The standard deviation of each fitted parameter over 40 data sets simulated as in
`test_recovers_known_parameters` (seeds 0 to 39, 2,000 students x 20 opportunities,
three restarts, tolerance 1e-9), measured when this test was written. The sampling
error of the data, not the fit, sets how near a fit can come."""


def test_recovers_known_parameters() -> None:
    """2,000 students x 20 opportunities: each parameter within 5 of its spreads."""
    rng = np.random.default_rng(20261201)
    frame = frame_of(simulate(rng, 2000, 20, TRUE))
    fit = fit_bkt(frame, rng=np.random.default_rng(1))["4.NF.1"]
    found = fit.parameters
    for name, spread in SPREAD.items():
        expected = TRUE[("prior", "learn", "guess", "slip").index(name)]
        assert abs(getattr(found, name) - expected) < 5 * spread, name
    assert found.forget == 0.0
    assert (fit.students, fit.observations, fit.restarts) == (2000, 40000, 5)
    assert fit.converged
    assert 1 <= fit.iterations < 300


def test_recovers_forgetting_when_asked() -> None:
    """With forget fitted, a class that forgets at 5 % is found to (spread 0.002)."""
    rates = (0.3, 0.15, 0.2, 0.1, 0.05)
    rng = np.random.default_rng(20261202)
    frame = frame_of(simulate(rng, 2000, 20, rates))
    fits = fit_bkt(frame, rng=np.random.default_rng(2), forget=True, restarts=2)
    found = fits["4.NF.1"].parameters
    # Spreads over 30 simulated data sets: prior 0.013, learn 0.0036, guess 0.0051,
    # slip 0.0028, forget 0.0020; 5 of each.
    assert abs(found.prior - 0.3) < 0.065
    assert abs(found.learn - 0.15) < 0.018
    assert abs(found.guess - 0.2) < 0.026
    assert abs(found.slip - 0.1) < 0.014
    assert abs(found.forget - 0.05) < 0.01


# (b) The same fit as hmmlearn's CategoricalHMM.


def hmmlearn_fit(
    answers: Any, lengths: Any, start: Any, iterations: int, implementation: str
) -> Any:
    """Run hmmlearn's Baum-Welch from BKT's *start*, for exactly *iterations* steps.

    Set up from hmmlearn 0.3.3's source (hmmlearn/hmm.py, ``CategoricalHMM``;
    hmmlearn/base.py, ``BaseHMM.fit`` and ``ConvergenceMonitor``): two states and
    two symbols (0 wrong, 1 right); ``init_params=""`` keeps the starting point
    given here rather than a random one; ``params="ste"`` re-estimates the start,
    the whole transition matrix and the emissions, with the default Dirichlet
    priors of 1 (so the M-step is the maximum-likelihood one); ``tol=-inf`` never
    stops early, so ``fit`` takes exactly ``n_iter`` steps. A transition that
    starts at 0 stays 0 under Baum-Welch (its expected count is 0), so forget 0
    stays 0. ``monitor_.history`` holds the log-likelihood before each M-step.
    """
    prior, learn, guess, slip, forget = start
    model = hmm.CategoricalHMM(
        n_components=2,
        n_features=2,
        init_params="",
        params="ste",
        n_iter=iterations,
        tol=-np.inf,
        implementation=implementation,
    )
    model.startprob_ = np.array([1 - prior, prior])
    model.transmat_ = np.array([[1 - learn, learn], [forget, 1 - forget]])
    model.emissionprob_ = np.array([[1 - guess, guess], [slip, 1 - slip]])
    model.fit(answers.astype(np.int64).reshape(-1, 1), lengths)
    return model


def rates_of(model: Any) -> Any:
    """An hmmlearn model's parameters as BKT's prior, learn, guess, slip, forget."""
    return np.array(
        [
            model.startprob_[1],
            model.transmat_[0, 1],
            model.emissionprob_[0, 1],
            model.emissionprob_[1, 0],
            model.transmat_[1, 0],
        ]
    )


@pytest.mark.parametrize(
    ("fit_forget", "implementation"),
    [(False, "scaling"), (True, "scaling"), (True, "log")],
    ids=["classic", "forget", "forget-log"],
)
def test_same_fit_as_hmmlearn(fit_forget: bool, implementation: str) -> None:
    """After the same 25 steps from one start: the same parameters and likelihoods."""
    rng = np.random.default_rng(7)
    answers = simulate(rng, 250, 15, (0.35, 0.12, 0.22, 0.08, 0.04))
    # Sequences of unequal length, as a class's are: each student stops somewhere.
    lengths = rng.integers(1, 16, size=250)
    kept = np.arange(15) < lengths[:, None]
    skill = _bkt._Skill(answers[kept], lengths)
    start = (0.5, 0.1, 0.3, 0.2, 0.1 if fit_forget else 0.0)
    runs = em([skill], start, fit_forget=fit_forget, max_iterations=25)
    model = hmmlearn_fit(skill.correct, lengths, start, 25, implementation)
    assert runs.iterations[0] == 25
    assert runs.rates[0] == pytest.approx(rates_of(model), abs=1e-8)
    if not fit_forget:
        assert model.transmat_[1, 0] == 0.0
        assert runs.rates[0, _bkt._FORGET] == 0.0
    # Before each M-step, then after the last one.
    history = np.array(runs.history)[:, 0]
    assert history[:25] == pytest.approx(model.monitor_.history, rel=1e-10)
    final = model.score(skill.correct.astype(np.int64).reshape(-1, 1), lengths)
    assert runs.log_likelihood[0] == pytest.approx(final, rel=1e-10)


def test_fit_bkt_matches_hmmlearn_from_its_drawn_start() -> None:
    """fit_bkt with one restart equals hmmlearn from the start it drew, step for step."""
    rng = np.random.default_rng(8)
    answers = simulate(rng, 300, 12, (0.4, 0.2, 0.25, 0.1, 0.0))
    start = _bkt._starts(
        np.random.default_rng(99), 1, 1, DEFAULT, DEFAULT, fit_forget=False
    )[0]
    fit = fit_bkt(
        frame_of(answers),
        rng=np.random.default_rng(99),
        restarts=1,
        max_iterations=12,
        tolerance=0.0,
    )["4.NF.1"]
    assert (fit.iterations, fit.converged) == (12, False)
    model = hmmlearn_fit(answers.ravel(), np.full(300, 12), start, 12, "scaling")
    found = fit.parameters
    assert [found.prior, found.learn, found.guess, found.slip, found.forget] == (
        pytest.approx(rates_of(model).tolist(), abs=1e-8)
    )
    final = model.score(answers.ravel().astype(np.int64).reshape(-1, 1), [12] * 300)
    assert fit.log_likelihood == pytest.approx(final, rel=1e-10)


# (c) Bounds.


def test_bounds_hold_and_bind_where_the_data_push_past_them() -> None:
    """A class that guesses at 40 % and slips at 25 %: guess and slip stop at 0.3, 0.1."""
    rng = np.random.default_rng(11)
    frame = frame_of(simulate(rng, 1000, 12, (0.3, 0.15, 0.4, 0.25, 0.0)))
    free = fit_bkt(frame, rng=np.random.default_rng(3))["4.NF.1"]
    bound = fit_bkt(
        frame,
        rng=np.random.default_rng(3),
        guess_bounds=(0.0001, 0.3),
        slip_bounds=(0.0001, 0.1),
    )["4.NF.1"]
    assert free.parameters.guess > 0.33
    assert free.parameters.slip > 0.2
    assert 0.0001 <= bound.parameters.guess <= 0.3
    assert bound.parameters.slip == 0.1
    # The bounded fit gives up likelihood for its bounds, never gains any.
    assert bound.log_likelihood < free.log_likelihood


def test_equal_bounds_fix_a_parameter() -> None:
    """guess_bounds=(0.2, 0.2) fixes guess at 0.2; the others are still fitted."""
    rng = np.random.default_rng(12)
    frame = frame_of(simulate(rng, 300, 10, (0.3, 0.15, 0.2, 0.1, 0.0)))
    fit = fit_bkt(frame, rng=np.random.default_rng(4), guess_bounds=(0.2, 0.2))
    assert fit["4.NF.1"].parameters.guess == 0.2
    assert fit["4.NF.1"].parameters.slip != DEFAULT[0]


@given(
    low=st.floats(min_value=1e-6, max_value=0.5),
    width=st.floats(min_value=0, max_value=0.4999),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_starting_points_lie_within_the_bounds(
    low: float, width: float, seed: int
) -> None:
    """Every restart starts with guess and slip in their bounds, the rest in (0, 1)."""
    bounds = (low, low + width)
    starts = _bkt._starts(
        np.random.default_rng(seed), 2, 3, bounds, bounds, fit_forget=True
    )
    assert starts.shape == (6, 5)
    assert np.all((bounds[0] <= starts[:, 2:4]) & (starts[:, 2:4] <= bounds[1]))
    assert np.all((starts > 0) & (starts < 1))


# (d) The same seed, the same fit.


def test_same_seed_same_fits_and_more_restarts_never_worse() -> None:
    """A seed gives the same fits; the first of 5 restarts is the start of 1."""
    rng = np.random.default_rng(13)
    frame = pd.concat(
        [
            frame_of(simulate(rng, 60, 8, (0.3, 0.2, 0.2, 0.1, 0.0)), "a"),
            frame_of(simulate(rng, 60, 8, (0.5, 0.1, 0.3, 0.15, 0.0)), "b"),
        ]
    )
    once = fit_bkt(frame, rng=np.random.default_rng(5))
    assert fit_bkt(frame, rng=np.random.default_rng(5)) == once
    assert list(once) == ["a", "b"]
    other = _bkt._starts(
        np.random.default_rng(6), 2, 5, DEFAULT, DEFAULT, fit_forget=False
    )
    assert not np.array_equal(
        other,
        _bkt._starts(
            np.random.default_rng(5), 2, 5, DEFAULT, DEFAULT, fit_forget=False
        ),
    )
    single = fit_bkt(frame, rng=np.random.default_rng(5), restarts=1)
    assert single["a"].restarts == 1
    assert once["a"].log_likelihood >= single["a"].log_likelihood


def test_a_standard_fits_alike_with_or_without_the_standards_after_it() -> None:
    """The first standard's draws never depend on how many standards follow it."""
    rng = np.random.default_rng(14)
    first = frame_of(simulate(rng, 50, 6, TRUE), "a")
    second = frame_of(simulate(rng, 50, 6, TRUE), "b")
    both = fit_bkt(pd.concat([first, second]), rng=np.random.default_rng(8))
    assert fit_bkt(first, rng=np.random.default_rng(8)) == {"a": both["a"]}


# (e) The fitted parameters in the mastery policy.


def test_fitted_parameters_plug_into_the_policy_and_the_rollup() -> None:
    """MasteryPolicy(method=BKT, bkt=fit.parameters) estimates as bkt_posterior does."""
    rng = np.random.default_rng(15)
    answers = simulate(rng, 200, 8, TRUE)
    frame = frame_of(answers)
    fits = fit_bkt(frame, rng=np.random.default_rng(9))
    bkt = fits["4.NF.1"].parameters
    policy = MasteryPolicy(method=MasteryMethod.BKT, bkt=bkt)
    rows = [
        Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=day.date(),
        )
        for student, standard, score, day in frame.itertuples(index=False)
    ]
    estimates = rollup(rows, policies={"4.NF.1": policy})
    for index in (0, 1, 57, 199):
        expected = bkt_posterior(
            answers[index].tolist(), bkt.prior, bkt.learn, bkt.guess, bkt.slip
        )
        estimate = estimates[f"s{index:04d}", "4.NF.1"]
        assert estimate.value == round(expected, 2)
        assert estimate.count == 8


# (f) Properties of the EM on small random data.


@st.composite
def small_skills(draw: st.DrawFn) -> _bkt._Skill:
    """A few students' answers, one to eight each."""
    lengths = draw(st.lists(st.integers(1, 8), min_size=1, max_size=6))
    answers = draw(
        st.lists(st.booleans(), min_size=sum(lengths), max_size=sum(lengths))
    )
    return _bkt._Skill(np.array(answers, dtype=bool), np.array(lengths))


@st.composite
def starts_and_bounds(
    draw: st.DrawFn,
) -> tuple[tuple[float, ...], tuple[float, float], tuple[float, float]]:
    """A starting point anywhere (0 and 1 included where allowed), and bounds."""
    bounds = []
    for _ in range(2):
        low = draw(st.floats(min_value=1e-6, max_value=1 - 1e-6))
        high = draw(st.floats(min_value=low, max_value=1 - 1e-6))
        bounds.append((low, high))
    (guess_low, guess_high), (slip_low, slip_high) = bounds
    start = (
        draw(st.floats(min_value=0, max_value=1)),
        draw(st.floats(min_value=0, max_value=1)),
        draw(st.floats(min_value=guess_low, max_value=guess_high)),
        draw(st.floats(min_value=slip_low, max_value=slip_high)),
        draw(st.floats(min_value=0, max_value=1)),
    )
    return start, bounds[0], bounds[1]


def never_falls(history: Any) -> bool:
    """Whether a log-likelihood trace never decreases, beyond rounding."""
    steps = np.diff(history)
    return bool(np.all(steps >= -1e-9 * (1 + np.abs(history[:-1]))))


@given(skill=small_skills(), drawn=starts_and_bounds(), fit_forget=st.booleans())
def test_log_likelihood_never_decreases(
    skill: _bkt._Skill, drawn: Any, fit_forget: bool
) -> None:
    """Each EM step raises the log-likelihood or keeps it, bounds or none.

    Without bounds this is EM's theorem (Dempster, Laird & Rubin 1977); with them
    the M-step still maximises the expected log-likelihood within the bounds, each
    of guess and slip being a concave Bernoulli term, so it is a generalised EM.
    """
    start, guess_bounds, slip_bounds = drawn
    if not fit_forget:
        start = (*start[:4], 0.0)
    free = em([skill], start, fit_forget=fit_forget, max_iterations=20)
    assert never_falls(np.array(free.history)[:, 0])
    bound = em(
        [skill],
        start,
        fit_forget=fit_forget,
        guess_bounds=guess_bounds,
        slip_bounds=slip_bounds,
        max_iterations=20,
    )
    history = np.array(bound.history)[:, 0]
    assert never_falls(history)
    assert np.all(np.isfinite(history))
    assert np.all(history <= 1e-12)


@given(skill=small_skills(), drawn=starts_and_bounds(), fit_forget=st.booleans())
def test_fitted_parameters_are_always_valid(
    skill: _bkt._Skill, drawn: Any, fit_forget: bool
) -> None:
    """Whatever the data and start: no NaN, bounds kept, a BktFit that builds."""
    start, guess_bounds, slip_bounds = drawn
    if not fit_forget:
        start = (*start[:4], 0.0)
    runs = em(
        [skill],
        start,
        fit_forget=fit_forget,
        guess_bounds=guess_bounds,
        slip_bounds=slip_bounds,
        max_iterations=15,
        tolerance=0.0,
    )
    prior, learn, guess, slip, forget = runs.rates[0].tolist()
    assert guess_bounds[0] <= guess <= guess_bounds[1]
    assert slip_bounds[0] <= slip <= slip_bounds[1]
    assert forget == 0.0 or fit_forget
    fit = _bkt._fit(runs, 0, skill, 1)
    assert fit.parameters == BktParameters(
        prior=prior, learn=learn, guess=guess, slip=slip, forget=forget
    )
    assert math.isfinite(fit.log_likelihood)


def kernel_log_likelihood(answers: list[bool], rates: tuple[float, ...]) -> float:
    """The log-likelihood of one student's answers by the in-memory BKT kernel.

    The chance of each answer given those before it: P(L) after them, from
    `bkt_posterior`, then P(correct) = P(L) (1 - slip) + (1 - P(L)) guess.
    """
    prior, learn, guess, slip, forget = rates
    total = 0.0
    for step, answer in enumerate(answers):
        known = bkt_posterior(answers[:step], prior, learn, guess, slip, forget)
        right = known * (1 - slip) + (1 - known) * guess
        total += math.log(right if answer else 1 - right)
    return total


def exact_log_likelihood(answers: list[bool], rates: tuple[float, ...]) -> float:
    """The log-likelihood of one student's answers, in exact rational arithmetic.

    The same steps as `kernel_log_likelihood` (Corbett & Anderson 1995), on
    fractions: the reference where a float P(L) near 1 cannot hold 1 - P(L) to
    more than a few digits (a P(L) of 1 - 2.5e-13 keeps four).
    """
    prior, learn, guess, slip, forget = (Fraction(rate) for rate in rates)
    known, chance = prior, Fraction(1)
    for answer in answers:
        right = known * (1 - slip) + (1 - known) * guess
        chance *= right if answer else 1 - right
        if chance == 0:
            return -math.inf
        posterior = known * (1 - slip) / right if answer else known * slip / (1 - right)
        known = posterior * (1 - forget) + (1 - posterior) * learn
    return math.log(chance)


@given(skill=small_skills(), drawn=starts_and_bounds())
@example(  # a P(L) of 1 - 2.5e-13 after two right answers: the kernel's 1 - P(L)
    skill=_bkt._Skill(
        correct=np.array([False, False, True, True, False, False, False]),
        lengths=np.array([1, 5, 1]),
    ),
    drawn=((0.0, 0.5, 1e-06, 1e-06, 0.0), (1e-06, 0.5), (1e-06, 0.5)),
)
def test_log_likelihood_is_the_kernels(skill: _bkt._Skill, drawn: Any) -> None:
    """The E-step's log-likelihood is BKT's, student by student.

    Equal to the exact one to 1e-9, and to the in-memory kernel's within what a
    float P(L) near 1 keeps (its 1 - P(L) can lose all but four digits).
    """
    rates = drawn[0]
    batch = _bkt._batch([skill], np.array([0]))
    sums = _bkt._estep(batch, np.array([rates]))
    ends = np.cumsum(skill.lengths)
    answers = [
        skill.correct[end - length : end].tolist()
        for end, length in zip(ends, skill.lengths, strict=True)
    ]
    exact = sum(exact_log_likelihood(each, rates) for each in answers)
    kernel = sum(kernel_log_likelihood(each, rates) for each in answers)
    assert sums[0, _bkt._LOGLIKE] == pytest.approx(exact, rel=1e-9, abs=1e-9)
    assert sums[0, _bkt._LOGLIKE] == pytest.approx(kernel, rel=1e-4, abs=1e-9)


@given(
    skills=st.lists(small_skills(), min_size=1, max_size=3),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_runs_together_are_runs_alone(skills: list[_bkt._Skill], seed: int) -> None:
    """Runs sharing a batch end where each ends alone, to the last bit."""
    restarts = 2
    starts = _bkt._starts(
        np.random.default_rng(seed), len(skills), restarts, DEFAULT, DEFAULT,
        fit_forget=True,
    )  # fmt: skip
    skill_of_run = np.repeat(np.arange(len(skills)), restarts)
    options: dict[str, Any] = {
        "fit_forget": True,
        "max_iterations": 12,
        # Loose, so that runs stop at different steps and the batch is laid out
        # again without them.
        "tolerance": 1e-3,
        "guess_bounds": DEFAULT,
        "slip_bounds": DEFAULT,
    }
    together = em(skills, starts, skill_of_run, **options)
    for run, skill in enumerate(skill_of_run.tolist()):
        alone = em([skills[skill]], starts[run], **options)
        assert together.iterations[run] == alone.iterations[0]
        assert together.converged[run] == alone.converged[0]
        assert together.log_likelihood[run] == alone.log_likelihood[0]
        assert np.array_equal(together.rates[run], alone.rates[0])


# Degenerate data: valid fits, no NaN, no warning (warnings are errors here).


@pytest.mark.parametrize(
    "scores",
    [
        pytest.param([[4]], id="one score"),
        pytest.param([[4], [1], [4]], id="one score each"),
        pytest.param([[4, 4, 4], [4, 4]], id="all right"),
        pytest.param([[1, 1, 1], [1, 2]], id="all wrong"),
    ],
)
def test_degenerate_data_give_valid_fits(scores: list[list[float]]) -> None:
    """One score, all right or all wrong: a valid fit, toward the bounds."""
    frame = pd.DataFrame(
        [
            (f"s{student}", "a", score, FIRST_DAY + timedelta(days=step))
            for student, row in enumerate(scores)
            for step, score in enumerate(row)
        ],
        columns=["student", "standard", "score", "assessed_on"],
    )
    fit = fit_bkt(frame, rng=np.random.default_rng(0))["a"]
    assert math.isfinite(fit.log_likelihood)
    assert (fit.students, fit.observations) == (
        len(scores),
        sum(len(row) for row in scores),
    )
    found = fit.parameters
    if all(score >= 3 for row in scores for score in row) and len(scores) > 1:
        assert fit.log_likelihood > -0.01  # every answer all but certain
    if all(len(row) == 1 for row in scores):
        # No student has a second score: learn keeps its (drawn) start.
        start = _bkt._starts(
            np.random.default_rng(0), 1, 5, DEFAULT, DEFAULT, fit_forget=False
        )
        assert found.learn in start[:, _bkt._LEARN].tolist()


def test_empty_frame_fits_nothing() -> None:
    """No rows, no standards: an empty mapping."""
    frame = pd.DataFrame(
        {
            "student": pd.Series([], dtype=str),
            "standard": pd.Series([], dtype=str),
            "score": pd.Series([], dtype=float),
            "assessed_on": pd.Series([], dtype="datetime64[us]"),
        }
    )
    assert fit_bkt(frame, rng=np.random.default_rng(0)) == {}


# Order: the policy's, whatever the order of the frame's rows.


def test_rows_in_any_order_fit_alike_and_same_day_follows_the_policy() -> None:
    """Shuffled rows give the same fits; scores of one day follow the policy's ties."""
    rng = np.random.default_rng(16)
    answers = simulate(rng, 40, 6, TRUE)
    frame = frame_of(answers)
    fits = fit_bkt(frame, rng=np.random.default_rng(1))
    shuffled = frame.sample(frac=1.0, random_state=3)
    assert fit_bkt(shuffled, rng=np.random.default_rng(1)) == fits
    # All on one day: the rule for ties orders them, lowest score first, whatever
    # the frame's order.
    same_day = frame.assign(assessed_on=pd.Timestamp(FIRST_DAY))
    lowest_first = fit_bkt(
        frame_of(np.sort(answers, axis=1)), rng=np.random.default_rng(1)
    )
    assert fit_bkt(same_day, rng=np.random.default_rng(1)) == lowest_first
    assert fit_bkt(same_day.iloc[::-1], rng=np.random.default_rng(1)) == lowest_first
    assert lowest_first != fits
    # A sequence number orders the scores of one day as they were given.
    weeks = np.tile(np.arange(6), 40)
    numbered = same_day.assign(sequence=weeks).iloc[::-1]
    assert fit_bkt(numbered, rng=np.random.default_rng(1)) == fits


def test_the_policy_s_order_by_chooses_the_date() -> None:
    """order_by=DUE orders each student's scores by the due day where there is one."""
    rng = np.random.default_rng(20)
    answers = simulate(rng, 40, 6, TRUE)
    fits = fit_bkt(frame_of(answers), rng=np.random.default_rng(1))
    # Assessed in reverse, due in the order the answers were given.
    frame = frame_of(answers[:, ::-1])
    frame["due_on"] = frame["assessed_on"].iloc[::-1].to_numpy()
    assert fit_bkt(frame, rng=np.random.default_rng(1)) != fits
    by_due = MasteryPolicy(order_by=EvidenceDate.DUE)
    assert fit_bkt(frame, rng=np.random.default_rng(1), policy=by_due) == fits


# The rows a policy counts.


def export() -> Any:
    """A researcher's export, the scores under ``points``, with rows that do not count.

    300 formative scores, then an excused row with no score, a self-rating, a
    pre-assessment and a peer rating.
    """
    rng = np.random.default_rng(21)
    frame = frame_of(simulate(rng, 50, 6, TRUE), score="points").assign(
        kind="formative", excused=False
    )
    extra = pd.DataFrame(
        {
            "student": ["s0000", "s0001", "s0002", "s0003"],
            "standard": "4.NF.1",
            "points": [None, 4.0, 1.0, 4.0],
            "assessed_on": pd.Timestamp(FIRST_DAY)
            + pd.to_timedelta([3, 3, 3, 10], unit="D"),
            "kind": ["formative", "self", "pre_assessment", "peer"],
            "excused": [True, False, False, False],
        }
    )
    return pd.concat([frame, extra], ignore_index=True)


def test_excused_rows_and_ratings_are_left_out() -> None:
    """An excused row with no score, self and peer ratings, a pre-assessment: none count."""
    frame = export()
    counted = frame.iloc[:300]
    assert frame["points"].isna().sum() == 1  # at rows[300]
    fits = fit_bkt(frame, rng=np.random.default_rng(5), score="points")
    alone = fit_bkt(
        counted[["student", "standard", "points", "assessed_on"]],
        rng=np.random.default_rng(5),
        score="points",
    )
    assert fits == alone
    assert fits["4.NF.1"].observations == 300


def test_a_policy_with_other_kinds_counts_them() -> None:
    """kinds=every kind counts the ratings too: as if they were formative scores."""
    frame = export()
    rated = frame[~frame["excused"]]
    every = MasteryPolicy(kinds=tuple(EvidenceKind))
    fits = fit_bkt(rated, rng=np.random.default_rng(5), policy=every, score="points")
    formative = rated.assign(kind="formative")
    assert fits == fit_bkt(formative, rng=np.random.default_rng(5), score="points")
    assert fits["4.NF.1"].observations == 303
    only_ratings = MasteryPolicy(kinds=(EvidenceKind.SELF, EvidenceKind.PEER))
    ratings = fit_bkt(
        frame, rng=np.random.default_rng(5), policy=only_ratings, score="points"
    )
    assert (ratings["4.NF.1"].students, ratings["4.NF.1"].observations) == (2, 2)


def test_the_retake_rule_keeps_one_attempt_at_a_source() -> None:
    """Retakes.LATEST counts the latest attempt at a quiz; KEEP_ALL counts both."""
    rng = np.random.default_rng(22)
    frame = frame_of(simulate(rng, 30, 4, TRUE))
    retake = frame.iloc[[0]].assign(
        score=1.0, assessed_on=pd.Timestamp(FIRST_DAY) + pd.Timedelta(days=2)
    )
    quiz = pd.concat([frame, retake], ignore_index=True).assign(source=None, attempt=1)
    quiz.loc[[0, len(frame)], "source"] = "quiz-1"
    quiz.loc[len(frame), "attempt"] = 2
    latest = MasteryPolicy(retakes=Retakes.LATEST)
    kept = fit_bkt(quiz, rng=np.random.default_rng(6), policy=latest)
    without_first = quiz.drop(index=0)
    assert kept == fit_bkt(without_first, rng=np.random.default_rng(6))
    assert kept["4.NF.1"].observations == 120
    every = fit_bkt(quiz, rng=np.random.default_rng(6))
    assert every["4.NF.1"].observations == 121


def test_a_standard_with_nothing_counted_has_no_fit() -> None:
    """A standard whose every row is excused is left out of the fits."""
    rng = np.random.default_rng(23)
    fitted = frame_of(simulate(rng, 20, 4, TRUE), "a").assign(excused=False)
    excused = frame_of(simulate(rng, 20, 4, TRUE), "b").assign(excused=True, score=None)
    fits = fit_bkt(pd.concat([fitted, excused]), rng=np.random.default_rng(7))
    assert list(fits) == ["a"]
    assert fits == fit_bkt(fitted, rng=np.random.default_rng(7))


# Reading the frame: backends, names, and every bad cell.


def test_frames_of_every_library_fit_alike() -> None:
    """pandas, polars (eager and lazy) and PyArrow: the same fits."""
    rng = np.random.default_rng(17)
    frame = frame_of(simulate(rng, 30, 5, TRUE))
    frame["assessed_on"] = frame["assessed_on"].dt.date  # Python dates: object
    expected = fit_bkt(frame, rng=np.random.default_rng(2))
    frames = []
    polars = pytest.importorskip("polars")
    frames += [polars.from_pandas(frame), polars.from_pandas(frame).lazy()]
    pyarrow = pytest.importorskip("pyarrow")
    frames.append(pyarrow.Table.from_pandas(frame, preserve_index=False))
    for other in frames:
        assert fit_bkt(other, rng=np.random.default_rng(2)) == expected


def test_columns_take_the_frames_own_names() -> None:
    """student="name", score="mark": the frame's names read as Evidence's."""
    rng = np.random.default_rng(18)
    answers = simulate(rng, 30, 5, TRUE)
    ours = fit_bkt(frame_of(answers), rng=np.random.default_rng(3))
    theirs = frame_of(answers, student="name", score="mark", assessed_on="day")
    fits = fit_bkt(
        theirs,
        rng=np.random.default_rng(3),
        student="name",
        score="mark",
        assessed_on="day",
    )
    assert fits == ours


def test_threshold_decides_what_is_correct() -> None:
    """A score at the threshold is correct, one below it wrong."""
    frame = frame_of(simulate(np.random.default_rng(19), 40, 5, TRUE))
    lowered = frame.assign(score=np.where(frame["score"] == 4.0, 2.5, 1.0))
    expected = fit_bkt(frame, rng=np.random.default_rng(4))
    assert fit_bkt(lowered, rng=np.random.default_rng(4), threshold=2.5) == expected
    assert fit_bkt(lowered, rng=np.random.default_rng(4)) != expected


def test_the_threshold_is_the_policy_s_unless_given() -> None:
    """By default a score is correct from the policy's mastery threshold."""
    frame = frame_of(simulate(np.random.default_rng(19), 40, 5, TRUE))
    lowered = frame.assign(score=np.where(frame["score"] == 4.0, 2.5, 1.0))
    expected = fit_bkt(frame, rng=np.random.default_rng(4))
    policy = MasteryPolicy(threshold=2.5)
    assert fit_bkt(lowered, rng=np.random.default_rng(4), policy=policy) == expected


def test_a_seeded_random_random_serves_as_the_source() -> None:
    """A random.Random, as the rest of the library takes: the same seed, the same fits."""
    import random  # the caller's source, seeded here

    frame = frame_of(simulate(np.random.default_rng(19), 40, 5, TRUE))
    first = fit_bkt(frame, rng=random.Random(8))
    assert fit_bkt(frame, rng=random.Random(8)) == first
    # One step from one start: where the start was drawn shows in the fit.
    once = {"restarts": 1, "max_iterations": 1}
    assert fit_bkt(frame, rng=random.Random(8), **once) != fit_bkt(
        frame, rng=random.Random(9), **once
    )


def bad_frame() -> Any:
    return pd.DataFrame(
        {
            "name": ["ana", "ben", None, " cy", "dee"],
            "standard": ["a", "a", "a", "a", 7],
            "mark": [3.0, float("nan"), 2.0, float("inf"), 1.0],
            "day": [FIRST_DAY, "2026-09-02", FIRST_DAY, FIRST_DAY, None],
        }
    )


def test_every_bad_cell_is_reported_with_its_row_and_column() -> None:
    """Paths name the row and the frame's own column: rows[1].mark."""
    with pytest.raises(InvalidDataError) as caught:
        fit_bkt(
            bad_frame(),
            rng=np.random.default_rng(0),
            student="name",
            score="mark",
            assessed_on="day",
        )
    assert [str(problem) for problem in caught.value.problems] == [
        "rows[1].mark: must be a number; only excused evidence may have none "
        "(got None)",
        "rows[1].day: must be a date (got '2026-09-02')",
        "rows[2].name: must not be empty (got None)",
        "rows[3].name: must not start or end with spaces (got ' cy')",
        "rows[3].mark: must be finite (got inf)",
        "rows[4].standard: must be a string (got 7)",
        "rows[4].day: must be a date (got None)",
    ]


def test_many_bad_cells_are_counted_past_the_first_thousand() -> None:
    """A column of 1,500 bad scores: 1,000 listed, 500 counted."""
    frame = pd.DataFrame(
        {
            "student": ["ana"] * 1500,
            "standard": "a",
            "score": float("nan"),
            "assessed_on": pd.Timestamp(FIRST_DAY),
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        fit_bkt(frame, rng=np.random.default_rng(0))
    assert len(caught.value.problems) == 1000
    assert caught.value.omitted == 500
    assert caught.value.problems[-1].path == "rows[999].score"


def test_scores_of_any_kind_are_checked_one_by_one() -> None:
    """A column of mixed objects: each score that is not a finite number is named."""
    frame = pd.DataFrame(
        {
            "student": ["ana", "ben", "cy", "dee"],
            "standard": "a",
            "score": pd.Series([3, "3", True, 10**400], dtype=object),
            "assessed_on": pd.Timestamp(FIRST_DAY),
        }
    )
    with pytest.raises(InvalidDataError) as caught:
        fit_bkt(frame, rng=np.random.default_rng(0))
    assert set(caught.value.paths) == {
        "rows[1].score",
        "rows[2].score",
        "rows[3].score",
    }
    messages = {str(problem) for problem in caught.value.problems}
    assert {
        "rows[1].score: must be a number (got '3')",
        "rows[2].score: must be a number (got True)",
        "rows[3].score: must be finite (got inf)",
    } <= messages


def test_two_columns_of_one_name_are_refused() -> None:
    """A frame that names two columns alike is bad data, not a crash."""
    frame = pd.DataFrame(
        [["ana", "a", 3, pd.Timestamp(FIRST_DAY), 4]],
        columns=["student", "standard", "score", "assessed_on", "score"],
    )
    with pytest.raises(InvalidDataError, match="frame: must not give two columns"):
        fit_bkt(frame, rng=np.random.default_rng(0))


def test_missing_columns_are_named() -> None:
    """Each missing column is named as the frame would have it."""
    frame = pd.DataFrame({"student": ["ana"], "standard": ["a"], "score": [3]})
    with pytest.raises(InvalidDataError) as caught:
        fit_bkt(frame, rng=np.random.default_rng(0), score="mark")
    assert [str(problem) for problem in caught.value.problems] == [
        "columns['mark']: is missing: the frame has no column 'mark'",
        "columns['assessed_on']: is missing: the frame has no column "
        "'assessed_on'; name yours with assessed_on='...'",
    ]


def test_mistyped_columns_are_named() -> None:
    """A column of the wrong type is named with what it holds."""
    frame = frame_of(simulate(np.random.default_rng(0), 3, 2, TRUE)).assign(
        score="3", kind=1.5
    )
    with pytest.raises(InvalidDataError) as caught:
        fit_bkt(frame, rng=np.random.default_rng(0))
    assert [str(problem) for problem in caught.value.problems] == [
        "columns['score']: must hold numbers (got a column of String)",
        "columns['kind']: must hold kinds of evidence (got a column of Float64)",
    ]


@pytest.mark.parametrize(
    ("arguments", "error", "path"),
    [
        ({"rng": 7}, ArgumentTypeError, "rng"),
        ({"rng": None}, ArgumentTypeError, "rng"),
        ({"restarts": 0}, InvalidDataError, "restarts"),
        ({"restarts": 1001}, InvalidDataError, "restarts"),
        ({"restarts": 2.0}, ArgumentTypeError, "restarts"),
        ({"threshold": float("nan")}, InvalidDataError, "threshold"),
        ({"forget": 1}, ArgumentTypeError, "forget"),
        ({"guess_bounds": 0.3}, ArgumentTypeError, "guess_bounds"),
        ({"guess_bounds": (0.1, 0.2, 0.3)}, ArgumentTypeError, "guess_bounds"),
        ({"guess_bounds": (0.3, 0.1)}, InvalidDataError, "guess_bounds[0]"),
        ({"slip_bounds": (0.0, 0.1)}, InvalidDataError, "slip_bounds[0]"),
        ({"slip_bounds": (0.1, 1.0)}, InvalidDataError, "slip_bounds[1]"),
        ({"max_iterations": 0}, InvalidDataError, "max_iterations"),
        ({"tolerance": -1.0}, InvalidDataError, "tolerance"),
        ({"studnet": "name"}, ArgumentTypeError, "studnet"),
        ({"student": 3}, ArgumentTypeError, "student"),
        ({"policy": "latest"}, ArgumentTypeError, "policy"),
    ],
)
def test_arguments_are_checked(
    arguments: dict[str, Any], error: type[Exception], path: str
) -> None:
    """A wrong kind of argument is a TypeError; a bad value, bad data."""
    given_arguments: dict[str, Any] = {"rng": np.random.default_rng(0), **arguments}
    frame = frame_of(simulate(np.random.default_rng(0), 3, 2, TRUE))
    with pytest.raises(error) as caught:
        fit_bkt(frame, **given_arguments)
    assert type(caught.value) is error
    assert path in caught.value.paths  # type: ignore[attr-defined]


def test_a_frame_is_required() -> None:
    """A list of rows is not a frame: ArgumentTypeError naming the frame."""
    with pytest.raises(ArgumentTypeError, match="frame: must be a dataframe"):
        fit_bkt([("ana", "a", 3, FIRST_DAY)], rng=np.random.default_rng(0))


# BktFit itself.


def test_bkt_fit_cannot_be_built_invalid() -> None:
    """Counts, a log-likelihood above 0 and a non-boolean are refused, all at once."""
    with pytest.raises(InvalidDataError) as caught:
        BktFit(
            parameters=BktParameters(),
            log_likelihood=0.5,
            iterations=-1,
            converged="yes",  # type: ignore[arg-type]
            students=3,
            observations=2,
            restarts=0,
        )
    assert set(caught.value.paths) == {
        "log_likelihood",
        "iterations",
        "converged",
        "observations",
        "restarts",
    }
    with pytest.raises(InvalidDataError, match="parameters"):
        BktFit(
            parameters=None,  # type: ignore[arg-type]
            log_likelihood=-1.0,
            iterations=1,
            converged=True,
            students=1,
            observations=1,
            restarts=1,
        )
