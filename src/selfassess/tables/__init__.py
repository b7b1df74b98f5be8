"""Dataframes in and out: evidence, roll-ups and calibration on columns, at scale.

A researcher's data is a long table. Every function here takes a frame of any
library narwhals supports (pandas, polars, PyArrow; Dask where said) and gives back
a frame of the same library, computed on columns with NumPy, never one object a row:

- `evidence`: the rows as `selfassess.Evidence`, every bad cell reported with its
  row and column;
- `rollup`: mastery of every (student, standard), the same numbers as
  `selfassess.mastery.rollup`;
- `calibrate`: self and teacher ratings paired from a long table, the statistics
  of `selfassess.rubrics.calibrate` for each group;
- `to_frame`: any selfassess result as a flat frame.

Edge, with the extra ``tables`` (narwhals and NumPy); ``dask`` for Dask frames.
Nothing imports it.
"""

from selfassess.tables import _deps  # noqa: F401  # the extra's check, first
from selfassess.tables._rows import EvidenceRows, evidence

__all__ = ["EvidenceRows", "evidence"]
