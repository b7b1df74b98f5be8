"""Rubrics, self-assessment forms, self-report cards and calibration statistics.

- `Rubric`, `Criterion`, `Descriptor`: rubrics of four kinds on a core scale, with
  built-ins (`COLLABORATION`, `learning_target_form`);
- `Assessment`, `Rating`: a filled rubric, checked against it; `Assessment.score`
  and `to_evidence` for scores and evidence per standard;
- `SelfReportCard` and `self_report_card`: the student-led conference's self-report
  card, with per-term `CardBenchmark` values and `CardTalkingPoint` values where a
  grade does not follow the highlighted statements;
- `compare`: a self-assessment beside the teacher's, with talking points;
- `calibrate` and the calibration statistics over many paired ratings (agreement,
  bias, Cohen's kappa, Krippendorff's alpha, Gwet's AC1 and AC2), with
  `kappa_interval` and `bootstrap_interval` for how sure each one is.

Practice layer: may use the core (`selfassess`), never `selfassess.goals`,
`selfassess.conference` or the edges.
"""

from selfassess.rubrics._assessment import (
    Assessment,
    CriterionScore,
    Rating,
    Score,
    to_evidence,
)
from selfassess.rubrics._calibration import (
    Calibration,
    Estimation,
    adjacent_agreement,
    bias,
    calibrate,
    exact_agreement,
    gwet_ac,
    krippendorff_alpha,
    mean_absolute_difference,
    weighted_kappa,
)
from selfassess.rubrics._compare import (
    Comparison,
    CriterionComparison,
    TalkingPoint,
    TalkingPointKind,
    compare,
)
from selfassess.rubrics._report_card import (
    CardBenchmark,
    CardEntry,
    CardStandard,
    CardSubject,
    CardTalkingPoint,
    SelfReportCard,
    self_report_card,
)
from selfassess.rubrics._resample import RandomSource
from selfassess.rubrics._rubric import Criterion, Descriptor, Rubric, RubricKind
from selfassess.rubrics._templates import COLLABORATION, learning_target_form
from selfassess.rubrics._uncertainty import (
    ConfidenceInterval,
    IntervalMethod,
    bootstrap_interval,
    kappa_interval,
)

__all__ = [
    "COLLABORATION",
    "Assessment",
    "Calibration",
    "CardBenchmark",
    "CardEntry",
    "CardStandard",
    "CardSubject",
    "CardTalkingPoint",
    "Comparison",
    "ConfidenceInterval",
    "Criterion",
    "CriterionComparison",
    "CriterionScore",
    "Descriptor",
    "Estimation",
    "IntervalMethod",
    "RandomSource",
    "Rating",
    "Rubric",
    "RubricKind",
    "Score",
    "SelfReportCard",
    "TalkingPoint",
    "TalkingPointKind",
    "adjacent_agreement",
    "bias",
    "bootstrap_interval",
    "calibrate",
    "compare",
    "exact_agreement",
    "gwet_ac",
    "kappa_interval",
    "krippendorff_alpha",
    "learning_target_form",
    "mean_absolute_difference",
    "self_report_card",
    "to_evidence",
    "weighted_kappa",
]
