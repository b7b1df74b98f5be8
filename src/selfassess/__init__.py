"""selfassess: a typed, pure-Python model of student self-assessment.

The top level holds the core vocabulary every other part speaks: rating scales and
their bands, standards and learning intentions, evidence and artifacts, people and
terms. The practice lives in the subpackages: `selfassess.rubrics`,
`selfassess.mastery`, `selfassess.tracking`, `selfassess.goals` and
`selfassess.conference`. Nothing here does any I/O: values in, values out.
"""

from selfassess._evidence import Artifact, Evidence, EvidenceKind
from selfassess._people import Person, Role
from selfassess._scales import (
    CANVAS_DEFAULT,
    EMERGING_TO_EXTENDING,
    FOUR_POINT,
    THREE_FACES,
    TRAFFIC_LIGHT,
    Band,
    BandCuts,
    Level,
    LevelRule,
    Scale,
)
from selfassess._standards import (
    Cluster,
    Domain,
    Framework,
    LearningIntention,
    Skill,
    Standard,
    SuccessCriterion,
)
from selfassess._supports import WritingSupports
from selfassess._terms import SchoolYear, Term, TermName
from selfassess._version import __version__
from selfassess.errors import InvalidDataError, Problem, SelfAssessError

BUILTIN_SCALES: tuple[Scale, ...] = (
    FOUR_POINT,
    CANVAS_DEFAULT,
    THREE_FACES,
    TRAFFIC_LIGHT,
    EMERGING_TO_EXTENDING,
)
"""Every built-in scale, in the order the docs list them."""

__all__ = [
    "BUILTIN_SCALES",
    "CANVAS_DEFAULT",
    "EMERGING_TO_EXTENDING",
    "FOUR_POINT",
    "THREE_FACES",
    "TRAFFIC_LIGHT",
    "Artifact",
    "Band",
    "BandCuts",
    "Cluster",
    "Domain",
    "Evidence",
    "EvidenceKind",
    "Framework",
    "InvalidDataError",
    "LearningIntention",
    "Level",
    "LevelRule",
    "Person",
    "Problem",
    "Role",
    "Scale",
    "SchoolYear",
    "SelfAssessError",
    "Skill",
    "Standard",
    "SuccessCriterion",
    "Term",
    "TermName",
    "WritingSupports",
    "__version__",
]
