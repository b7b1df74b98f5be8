"""Dataframes in and out: evidence, roll-ups and calibration on columns, at scale.

A researcher's data is a long table. Every function here takes a frame of any
library narwhals supports (pandas, polars, PyArrow; Dask where said) and gives back
a frame of the same library, computed on columns with NumPy, never one object a row:

- `evidence`: the rows as `selfassess.Evidence`, every bad cell reported with its
  row and column;
- `rollup`: mastery of every (student, standard), the same numbers as
  `selfassess.mastery.rollup`, with how many rows each left out and why;
- `series`: mastery over time, each (student, standard)'s estimate after each
  piece of evidence or on given days, a long table to plot;
- `calibrate`: self and teacher ratings paired from a long table, the statistics
  of `selfassess.rubrics.calibrate` for each group;
- `to_frame`: any selfassess result as a flat frame, and, for research exports,
  `pseudonymize` (keyed pseudonyms for student ids) and `suppress` (the figures of
  small groups withheld);
- `fit_bkt`: Bayesian Knowledge Tracing's parameters fitted to each standard (EM,
  bounds on guess and slip, restarts from a seeded `numpy.random.Generator`), ready
  for a `selfassess.mastery.MasteryPolicy`.

Edge, with the extra ``tables`` (narwhals and NumPy); ``dask`` for Dask frames.
Nothing imports it.
"""

from selfassess.tables import _deps  # noqa: F401  # the extra's check, first
from selfassess.tables._bkt import BktFit, fit_bkt
from selfassess.tables._calibrate import calibrate
from selfassess.tables._frames import pseudonymize, suppress, to_frame
from selfassess.tables._rollup import rollup
from selfassess.tables._rows import EvidenceRows, evidence
from selfassess.tables._series import series

__all__ = [
    "BktFit",
    "EvidenceRows",
    "calibrate",
    "evidence",
    "fit_bkt",
    "pseudonymize",
    "rollup",
    "series",
    "suppress",
    "to_frame",
]
