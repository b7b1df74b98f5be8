"""The mastery methods, and one table of what the library knows of each.

`MasteryMethod` names the rules a `MasteryPolicy` can use. `METHODS` gives each one
entry: its name in words, its kernel, the policy's settings the kernel reads, how
its trace writes the arithmetic, whether it can carry a value on one score at a
time, and whether its value is a probability rather than a score on the scale.
Adding a method is one member of the enum, its kernel (`_kernels`), its step writer
(`_trace`) and one entry here; the policies, the estimates, the roll-up and the
trace read everything else from the entry.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from selfassess._repr import short_repr
from selfassess._scales import BandCuts
from selfassess.mastery import _kernels, _trace

if TYPE_CHECKING:
    from selfassess.mastery._policy import BktParameters, MasteryPolicy

__all__ = ["METHODS", "PROBABILITY_CUTS", "MasteryMethod", "Method"]


class MasteryMethod(enum.Enum):
    """The rule that turns a student's ordered scores on a standard into one value."""

    AVERAGE = "average"
    """The arithmetic mean (`selfassess.mastery.average`)."""
    LATEST = "latest"
    """The most recent score (`selfassess.mastery.latest`)."""
    HIGHEST = "highest"
    """The highest score (`selfassess.mastery.highest`)."""
    MODE = "mode"
    """The most frequent score, ties to the most recent (`selfassess.mastery.mode`)."""
    MEDIAN = "median"
    """The median (`selfassess.mastery.median`)."""
    RECENT_AVERAGE = "recent_average"
    """The mean of the ``n`` most recent scores (`selfassess.mastery.recent_average`)."""
    DECAYING_AVERAGE = "decaying_average"
    """The recursive decaying average, PowerSchool's and Canvas's newer method
    (`selfassess.mastery.decaying_average`)."""
    WEIGHTED_AVERAGE = "weighted_average"
    """Canvas's older "decaying average", the last score against the mean of the
    rest (`selfassess.mastery.weighted_average`)."""
    N_MASTERY = "n_mastery"
    """Canvas's "n number of times" (`selfassess.mastery.n_mastery`)."""
    STREAK = "streak"
    """At the threshold ``n`` times in a row (`selfassess.mastery.streak`)."""
    POWER_LAW = "power_law"
    """Marzano's power law at the last attempt (`selfassess.mastery.power_law`)."""
    POWER_LAW_NEXT = "power_law_next"
    """Marzano's power law predicting the next attempt."""
    BKT = "bkt"
    """Bayesian Knowledge Tracing on scores at or above the threshold as correct
    (`selfassess.mastery.bkt_posterior`); the value is a probability, 0 to 1."""


PROBABILITY_CUTS = BandCuts(mastered=0.95, near=0.8)
"""The band cuts of a method whose value is a probability (BKT), where the policy
gives none: mastered from 0.95, near from 0.8."""


@attrs.frozen(kw_only=True)
class Method:
    """What the library knows of one mastery method: one entry of `METHODS`.

    Attributes:
        name: The method in words, the first line of its trace.
        kernel: The unchecked kernel (`selfassess.mastery._kernels`), called with
            the values of ``parameters``, then the ordered scores (any iterable);
            it returns the raw value, or ``None``.
        steps: Writes the arithmetic in words (`selfassess.mastery._trace`), called
            with the values of ``parameters``, then the scores and the kernel's
            value on them.
        parameters: The names of the policy's settings the kernel reads, in the
            order it takes them (`MasteryPolicy` attributes and properties).
        resume: Carries a value on by one more score in O(1) arithmetic, giving
            exactly what the kernel gives on all the scores; called with the values
            of ``parameters``, then the value so far and the new score. ``None``
            where the value needs every score again.
        usual_n: The ``n`` in use when the policy gives none.
        probability: Whether the value is a probability from 0 to 1 rather than a
            score on the scale: it is then never clamped to the scale, and banded
            by `PROBABILITY_CUTS` unless the policy gives cuts, from 0 to 1.
    """

    __repr__ = short_repr

    name: str
    kernel: Callable[..., float | None]
    steps: Callable[..., list[str]]
    parameters: tuple[str, ...] = ()
    resume: Callable[..., float] | None = None
    usual_n: int = 3
    probability: bool = False

    def arguments(self, policy: MasteryPolicy) -> tuple[Any, ...]:
        """The values of the settings the method reads, from *policy*, in order."""
        return tuple(getattr(policy, name) for name in self.parameters)


def _then_latest(latest: float, score: float) -> float:
    """The most recent score, one score on: the new one."""
    return score


def _then_highest(highest: float, score: float) -> float:
    """The highest score, one score on."""
    return max(highest, score)


def _bkt(bkt: BktParameters, threshold: float, scores: Iterable[float]) -> float:
    """BKT from the prior (Corbett & Anderson 1995), a score at the threshold correct."""
    return _kernels._bkt_scores(bkt.prior, bkt, threshold, scores)


def _then_bkt(
    bkt: BktParameters, threshold: float, known: float, score: float
) -> float:
    """BKT one score on: the same rule, from the probability so far."""
    return _kernels._bkt_scores(known, bkt, threshold, (score,))


_COUNT = ("count_parameter", "mastery_threshold")

METHODS: Mapping[MasteryMethod, Method] = MappingProxyType(
    {
        MasteryMethod.AVERAGE: Method(
            name="Average",
            kernel=_kernels._average,
            steps=_trace.average_steps,
        ),
        MasteryMethod.LATEST: Method(
            name="Most recent score",
            kernel=_kernels._latest,
            steps=_trace.latest_steps,
            resume=_then_latest,
        ),
        MasteryMethod.HIGHEST: Method(
            name="Highest score",
            kernel=_kernels._highest,
            steps=_trace.highest_steps,
            resume=_then_highest,
        ),
        MasteryMethod.MODE: Method(
            name="Mode (most frequent score)",
            kernel=_kernels._mode,
            steps=_trace.mode_steps,
        ),
        MasteryMethod.MEDIAN: Method(
            name="Median",
            kernel=_kernels._median,
            steps=_trace.median_steps,
        ),
        MasteryMethod.RECENT_AVERAGE: Method(
            name="Average of the most recent scores",
            kernel=_kernels._recent_average,
            steps=_trace.recent_steps,
            parameters=("count_parameter",),
        ),
        MasteryMethod.DECAYING_AVERAGE: Method(
            name="Decaying average",
            kernel=_kernels._decaying_average,
            steps=_trace.decaying_steps,
            parameters=("weight",),
            resume=_kernels._decaying_step,
        ),
        MasteryMethod.WEIGHTED_AVERAGE: Method(
            name="Weighted average (Canvas's older decaying average)",
            kernel=_kernels._weighted_average,
            steps=_trace.weighted_steps,
            parameters=("weight",),
        ),
        MasteryMethod.N_MASTERY: Method(
            name="n number of times",
            kernel=_kernels._n_mastery,
            steps=_trace.n_mastery_steps,
            parameters=_COUNT,
            usual_n=5,
        ),
        MasteryMethod.STREAK: Method(
            name="Streak",
            kernel=_kernels._streak,
            steps=_trace.streak_steps,
            parameters=_COUNT,
        ),
        MasteryMethod.POWER_LAW: Method(
            name="Power law, at the last attempt",
            kernel=partial(_kernels._power_law, "last"),
            steps=partial(_trace.power_steps, "last"),
            parameters=("floor",),
        ),
        MasteryMethod.POWER_LAW_NEXT: Method(
            name="Power law, predicting the next attempt",
            kernel=partial(_kernels._power_law, "next"),
            steps=partial(_trace.power_steps, "next"),
            parameters=("floor",),
        ),
        MasteryMethod.BKT: Method(
            name="Bayesian Knowledge Tracing",
            kernel=_bkt,
            steps=_trace.bkt_steps,
            parameters=("bkt", "mastery_threshold"),
            resume=_then_bkt,
            probability=True,
        ),
    }
)
"""Each method's one entry: its name, kernel, parameters, trace and properties."""
