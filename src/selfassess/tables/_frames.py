"""Every selfassess result as a flat frame, and the two steps of a research export.

`to_frame` dispatches on the type of the values (`functools.singledispatch`) to a
*layout*: the natural unit of a row (an estimate, a comparison's criterion, a
schedule's slot) and the columns, each a scalar of one fixed type. A layout is
written once a type, mostly derived from the model's own fields, so a column keeps
its field's name and its type, and the frame's dtypes are the same for zero rows
as for a million.

`pseudonymize` and `suppress` are the two steps a district takes before data
leaves it (FERPA's de-identification: replace direct identifiers with keyed
pseudonyms; suppress small cells). `to_frame` takes both as arguments; the
functions here also take the native frames of the other tables functions.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import hmac
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal, cast

import attrs

from selfassess import conference as cf
from selfassess import goals as gl
from selfassess import mastery as ms
from selfassess import rubrics as rb
from selfassess import tracking as tr
from selfassess._evidence import Evidence
from selfassess._repr import short_repr
from selfassess._validate import Arguments, shown
from selfassess.errors import ArgumentTypeError, InvalidDataError, Problem
from selfassess.tables._deps import nw

__all__ = [
    "CALIBRATION",
    "Column",
    "Layout",
    "build",
    "checked_key",
    "layout_of",
    "pseudonymize",
    "pseudonyms",
    "suppress",
    "to_frame",
]

Kind = Literal[
    "str", "int", "float", "bool", "date", "datetime", "instant", "time", "duration"
]
"""A column's type: text, a whole number, a float, true or false, a calendar day,
a naive date and time, an instant (a date and time with a zone, kept in UTC), a
time of day, or a duration."""

SEPARATOR = "; "
"""What joins the items of a tuple written as text (a group's members)."""

MINIMUM_KEY_BYTES = 16
"""The shortest pseudonym key taken: 128 bits, the floor NIST SP 800-107 sets for
an HMAC key's security strength."""

Backend = Literal["pandas", "polars", "pyarrow"]
BACKENDS: tuple[str, ...] = ("pandas", "polars", "pyarrow")


@attrs.frozen
class Column:
    """One column of a layout: its name, its type, and how a row unit gives it.

    Attributes:
        name: The column's name.
        kind: Its type.
        get: The cell of one unit (a scalar, or a tuple if *joined*).
        nullable: Whether a cell can be missing.
        ids: Whether the cells are student ids (pseudonymized on export).
        joined: Whether *get* gives a tuple, written as text joined by `SEPARATOR`.
    """

    __repr__ = short_repr

    name: str
    kind: Kind
    get: Callable[[Any], Any]
    nullable: bool = False
    ids: bool = False
    joined: bool = False


@attrs.frozen
class Layout:
    """How the values of one type become rows.

    Attributes:
        of: The type.
        columns: The columns, in order: for a group summary, the group's keys,
            then its count, then ``suppressed``, then its figures.
        units: The row units of one value (the value itself, or its parts).
        count: The column counting a group summary's members, or ``None`` if the
            rows are not group summaries.
    """

    __repr__ = short_repr

    of: type
    columns: tuple[Column, ...]
    units: Callable[[Any], Iterable[Any]]
    count: str | None = None


def _itself(value: Any) -> tuple[Any]:
    return (value,)


def _same(unit: Any) -> Any:
    return unit


# Column kinds of the Python types the models' fields hold.
_KINDS: dict[Any, Kind] = {
    str: "str",
    bool: "bool",
    int: "int",
    float: "float",
    Fraction: "float",
    dt.date: "date",
    dt.datetime: "datetime",
    dt.time: "time",
    dt.timedelta: "duration",
}

STUDENT_FIELDS = frozenset(
    {"student", "students", "tutor", "tutee", "leader", "facilitator"}
)
"""The text fields that may hold a student's id: pseudonymized on export. A
conference's leader or facilitator is the student at a student-led conference."""


def _optional(hint: Any) -> tuple[Any, bool]:
    """The type inside ``X | None`` and whether ``None`` was allowed."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(inner) == 1:
            return inner[0], True
    return hint, False


def _step(get: Callable[[Any], Any], name: str) -> Callable[[Any], Any]:
    """The attribute *name* of what *get* gives; ``None`` if that is ``None``."""

    def getter(unit: Any) -> Any:
        value = get(unit)
        return None if value is None else getattr(value, name)

    return getter


def _mapped(get: Callable[[Any], Any], function: Callable[[Any], Any]) -> Any:
    def getter(unit: Any) -> Any:
        value = get(unit)
        return None if value is None else function(value)

    return getter


def _enum_kind(kind: type[enum.Enum]) -> Kind:
    return "int" if all(isinstance(member.value, int) for member in kind) else "str"


def _value(member: enum.Enum) -> Any:
    return member.value


def _text(item: Any) -> str:
    """One item of a tuple written as joined text."""
    if isinstance(item, enum.Enum):
        return str(item.value)
    if isinstance(item, dt.date):
        return item.isoformat()
    return str(item)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc)


def fields(
    cls: type,
    get: Callable[[Any], Any] = _same,
    *,
    prefix: str = "",
    nullable: bool = False,
    skip: Iterable[str] = (),
    instants: Iterable[str] = (),
) -> list[Column]:
    """The columns of an attrs class's fields, read through *get*.

    A scalar field is one column; an enum, its ``.value``; a nested model, its own
    columns with ``<field>_`` before their names; a tuple of scalars, text joined by
    `SEPARATOR`; a tuple of models, its length as ``<field>_count``.
    """
    hints = typing.get_type_hints(cls)
    left_out = set(skip)
    zoned = set(instants)
    columns: list[Column] = []
    for field in attrs.fields(cls):
        if field.name in left_out:
            continue
        hint, optional = _optional(hints[field.name])
        name = prefix + field.name
        getter = _step(get, field.name)
        maybe = optional or nullable
        if hint in _KINDS:
            kind = _KINDS[hint]
            if field.name in zoned:
                kind, getter = "instant", _mapped(getter, _utc)
            ids = field.name in STUDENT_FIELDS and hint is str
            columns.append(Column(name, kind, getter, nullable=maybe, ids=ids))
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            columns.append(
                Column(name, _enum_kind(hint), _mapped(getter, _value), nullable=maybe)
            )
        elif isinstance(hint, type) and attrs.has(hint):
            columns += fields(hint, getter, prefix=f"{name}_", nullable=maybe)
        elif typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            if isinstance(item, type) and attrs.has(item):
                columns.append(Column(f"{name}_count", "int", _mapped(getter, len)))
            else:
                ids = field.name in STUDENT_FIELDS and item is str
                columns.append(Column(name, "str", getter, ids=ids, joined=True))
        else:  # pragma: no cover - a layout written for a field it cannot hold
            message = f"no column type for {cls.__name__}.{field.name} ({hint!r})"
            raise AssertionError(message)
    return columns


def _layout(
    of: type,
    columns: Iterable[Column],
    units: Callable[[Any], Iterable[Any]] = _itself,
    count: str | None = None,
) -> Layout:
    """A layout of columns.

    For a group summary, ``suppressed`` goes after the count, and every figure
    after it may be nulled, so every one is nullable.
    """
    found = list(columns)
    if count is not None:
        at = next(i for i, column in enumerate(found) if column.name == count)
        figures = [attrs.evolve(column, nullable=True) for column in found[at + 1 :]]
        flag = Column("suppressed", "bool", lambda unit: False)
        found = [*found[: at + 1], flag, *figures]
    return Layout(of=of, columns=tuple(found), units=units, count=count)


def _first(get: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda unit: get(unit[0])


def _second(get: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda unit: get(unit[1])


def _on(part: Callable[[Callable[[Any], Any]], Callable[[Any], Any]]) -> Any:
    """Columns of a part of a (parent, child) unit: their getters read that part."""

    def moved(columns: Iterable[Column]) -> list[Column]:
        return [attrs.evolve(column, get=part(column.get)) for column in columns]

    return moved


_parent, _child = _on(_first), _on(_second)


def _exploded(
    children: Callable[[Any], Iterable[Any]],
) -> Callable[[Any], Iterator[tuple[Any, Any]]]:
    """The units of a value with parts: one ``(value, part)`` a part."""

    def units(value: Any) -> Iterator[tuple[Any, Any]]:
        return ((value, child) for child in children(value))

    return units


def _property(
    name: str, kind: Kind, *, nullable: bool = False, column: str | None = None
) -> Column:
    """A column of a property; an enum's ``.value``."""

    def getter(unit: Any) -> Any:
        value = getattr(unit, name)
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, Fraction):
            return float(value)
        return value

    return Column(column or name, kind, getter, nullable=nullable)


# The calibration statistics, as `Calibration` holds them; the tables' calibrate
# writes exactly these columns after its own.

_STATISTICS = (
    "exact_agreement",
    "adjacent_agreement",
    "bias",
    "mean_absolute_difference",
    "kappa",
    "linear_kappa",
    "quadratic_kappa",
    "ordinal_alpha",
    "ac1",
    "linear_ac2",
    "quadratic_ac2",
)
_INTERVALS = (
    "kappa",
    "linear_kappa",
    "quadratic_kappa",
    "bias",
    "ordinal_alpha",
    "ac1",
    "linear_ac2",
    "quadratic_ac2",
)
_INTERVAL_PARTS: tuple[tuple[str, Kind], ...] = (
    ("low", "float"),
    ("high", "float"),
    ("standard_error", "float"),
    ("confidence", "float"),
    ("method", "str"),
    ("resamples", "int"),
)


def _calibration_columns() -> list[Column]:
    columns = [Column("pairs", "int", _step(_same, "pairs"))]
    columns += [
        Column(name, "float", _step(_same, name), nullable=True) for name in _STATISTICS
    ]
    columns.append(_property("estimation", "str", nullable=True))
    for name in _INTERVALS:
        interval = _step(_same, f"{name}_interval")
        for part, kind in _INTERVAL_PARTS:
            getter = _step(interval, part)
            if part == "method":
                getter = _mapped(getter, _value)
            columns.append(Column(f"{name}_{part}", kind, getter, nullable=True))
    return columns


CALIBRATION = _layout(rb.Calibration, _calibration_columns(), count="pairs")
"""A `selfassess.rubrics.Calibration` as one row: ``pairs``, ``suppressed``, the
statistics, ``estimation``, and each interval as ``<statistic>_low``, ``_high``,
``_standard_error``, ``_confidence``, ``_method`` and ``_resamples`` (its estimate
is the statistic itself)."""


def _estimate_columns() -> list[Column]:
    columns = fields(ms.MasteryEstimate, skip=("policy", "evidence"))
    columns.append(_property("count", "int"))
    method = _step(_step(_same, "policy"), "method")
    columns.append(Column("method", "str", _mapped(method, _value)))
    return columns


def _comparison_columns() -> list[Column]:
    return [
        *_parent(fields(rb.Comparison, skip=("criteria", "talking_points"))),
        *_child(_criterion_comparison_columns()),
    ]


def _criterion_comparison_columns() -> list[Column]:
    return [
        *fields(rb.CriterionComparison),
        _property("estimation", "str"),
        _property("agrees", "bool"),
        _property("adjacent", "bool"),
    ]


def _score_columns() -> list[Column]:
    return [
        *fields(rb.Score),
        _property("total", "float"),
        _property("minimum", "float"),
        _property("maximum", "float"),
        _property("percent", "float", nullable=True),
        _property("weighted_percent", "float", nullable=True),
    ]


def _report_card_columns() -> list[Column]:
    return [
        Column("card", "str", lambda unit: unit[0].id),
        *_parent(
            fields(rb.SelfReportCard, skip=("id", "scale", "subjects", "entries"))
        ),
        *_child(fields(rb.CardEntry)),
    ]


def _tracker_comparison_columns() -> list[Column]:
    return [
        Column("tracker", "str", lambda unit: unit[0].current),
        Column("previous_tracker", "str", lambda unit: unit[0].previous),
        *_child(fields(tr.StandardChange)),
        *_parent(
            [
                Column(
                    "previous_score",
                    "float",
                    _step(_same, "previous_score"),
                    nullable=True,
                ),
                Column(
                    "current_score",
                    "float",
                    _step(_same, "current_score"),
                    nullable=True,
                ),
                Column("score_change", "float", _step(_same, "change"), nullable=True),
            ]
        ),
    ]


def _block_units(block: cf.SelfPacedBlock) -> list[tuple[Any, Any]]:
    """A block's slots, segments and conferences, by when they start."""
    slots: list[tuple[Any, Any]] = [(block, part) for part in block.segments]
    slots += [(block, part) for part in block.conferences]
    slots.sort(
        key=lambda unit: (unit[1].starts, isinstance(unit[1], cf.BlockConference))
    )
    return slots


def _block_columns() -> list[Column]:
    def slot(unit: Any) -> str:
        return "conference" if isinstance(unit[1], cf.BlockConference) else "segment"

    def standard(unit: Any) -> Any:
        return getattr(unit[1], "standard", None)

    def students(unit: Any) -> tuple[str, ...]:
        part = unit[1]
        if isinstance(part, cf.BlockConference):
            return (part.student,)
        return tuple(part.students)

    return [
        *_parent(fields(cf.SelfPacedBlock, skip=("roster", "segments", "conferences"))),
        Column("slot", "str", slot),
        Column("kind", "str", lambda unit: unit[1].kind.value),
        Column("starts", "time", lambda unit: unit[1].starts),
        Column("ends", "time", lambda unit: unit[1].ends),
        Column("standard", "str", standard, nullable=True),
        Column("students", "str", students, ids=True, joined=True),
    ]


def _agenda_columns() -> list[Column]:
    agenda = fields(cf.Agenda, skip=("participants", "items", "title", "afterwards"))
    return [
        *_parent(agenda),
        Column("agenda_title", "str", lambda unit: unit[0].title),
        Column("participants_count", "int", lambda unit: len(unit[0].participants)),
        *_child(fields(cf.AgendaItem)),
    ]


def _survey_columns() -> list[Column]:
    return [
        Column("question", "str", lambda unit: unit[1].question),
        Column("respondents", "int", lambda unit: unit[0].respondents),
        *_child(fields(cf.QuestionSummary, skip=("question",))),
    ]


def _term_review_columns() -> list[Column]:
    return [
        *_parent(fields(gl.TermReview, skip=("goals", "reviews", "artifacts"))),
        *_child(fields(gl.GoalReview)),
    ]


def _work_plan_columns() -> list[Column]:
    return [
        *_parent(fields(gl.WorkPlan, skip=("activities",))),
        *_child(fields(gl.Activity, prefix="activity_")),
    ]


def _fraction(name: str) -> Column:
    return Column(
        f"{name}_fraction",
        "float",
        _mapped(_step(_same, name), lambda bar: float(bar.fraction)),
        nullable=name == "data_bar",
    )


def _layouts() -> list[Layout]:
    """Every layout, one a type: the table `to_frame`'s docstring shows."""
    return [
        # mastery
        _layout(ms.MasteryEstimate, _estimate_columns()),
        _layout(ms.Growth, fields(ms.Growth)),
        _layout(ms.QuickCheck, fields(ms.QuickCheck)),
        _layout(
            ms.Priority,
            [
                *fields(ms.Priority, skip=("not_mastered", "students", "gap")),
                *reversed(fields(ms.Priority, skip=("standard", "power", "gap"))),
                *fields(
                    ms.Priority, skip=("standard", "power", "not_mastered", "students")
                ),
            ],
            count="students",
        ),
        _layout(
            ms.InterventionGroup,
            [
                *fields(ms.InterventionGroup),
                Column("size", "int", lambda unit: len(unit.students)),
            ],
        ),
        _layout(ms.TutorMatch, fields(ms.TutorMatch)),
        _layout(ms.DomainMastery, fields(ms.DomainMastery)),
        _layout(ms.ReportGrade, fields(ms.ReportGrade)),
        _layout(ms.StandardScore, fields(ms.StandardScore)),
        # rubrics
        CALIBRATION,
        _layout(rb.ConfidenceInterval, fields(rb.ConfidenceInterval)),
        _layout(
            rb.Comparison,
            _comparison_columns(),
            _exploded(lambda value: value.criteria),
        ),
        _layout(rb.CriterionComparison, _criterion_comparison_columns()),
        _layout(rb.Score, _score_columns()),
        _layout(rb.CriterionScore, fields(rb.CriterionScore)),
        _layout(
            rb.SelfReportCard,
            _report_card_columns(),
            _exploded(lambda value: value.entries),
        ),
        _layout(rb.CardEntry, fields(rb.CardEntry)),
        # tracking
        _layout(tr.OnTaskSummary, fields(tr.OnTaskSummary)),
        _layout(tr.StandardSummary, fields(tr.StandardSummary)),
        _layout(tr.DomainSummary, fields(tr.DomainSummary)),
        _layout(tr.LanguageSummary, fields(tr.LanguageSummary)),
        _layout(
            tr.TrackerComparison,
            _tracker_comparison_columns(),
            _exploded(lambda value: value.standards),
        ),
        _layout(tr.StandardChange, fields(tr.StandardChange)),
        _layout(
            tr.AccuracyReport,
            [
                *fields(tr.AccuracyReport),
                _property("checked", "int"),
                _property("matched", "int"),
                _property("accuracy", "float", nullable=True),
            ],
        ),
        _layout(
            tr.ClassAccuracy,
            [*fields(tr.ClassAccuracy), _property("accuracy", "float", nullable=True)],
            count="trackers",
        ),
        _layout(
            tr.ColumnAccuracy,
            [*fields(tr.ColumnAccuracy), _property("accuracy", "float", nullable=True)],
            count="checked",
        ),
        _layout(tr.Difference, fields(tr.Difference)),
        _layout(tr.TermProgress, fields(tr.TermProgress)),
        # conference
        _layout(
            cf.FamilySchedule,
            fields(cf.Appointment),
            lambda value: value.appointments,
        ),
        _layout(cf.Appointment, fields(cf.Appointment)),
        _layout(cf.Reminder, fields(cf.Reminder)),
        _layout(cf.SelfPacedBlock, _block_columns(), _block_units),
        _layout(cf.BlockSegment, fields(cf.BlockSegment)),
        _layout(
            cf.BlockConference,
            [
                *fields(cf.BlockConference, skip=("agenda",)),
                Column(
                    "agenda_title",
                    "str",
                    lambda unit: None if unit.agenda is None else unit.agenda.title,
                    nullable=True,
                ),
            ],
        ),
        _layout(cf.Agenda, _agenda_columns(), _exploded(lambda value: value.items)),
        _layout(
            cf.ConferenceRecord,
            [*fields(cf.ConferenceRecord), _property("family_attended", "bool")],
        ),
        _layout(cf.RotationEntry, fields(cf.RotationEntry)),
        _layout(
            cf.SurveySummary,
            _survey_columns(),
            _exploded(lambda value: value.questions),
            count="rated",
        ),
        _layout(cf.QuestionSummary, fields(cf.QuestionSummary), count="rated"),
        _layout(
            cf.FamilyParticipation,
            fields(cf.FamilyParticipation),
            count="conferences",
        ),
        # goals
        _layout(gl.Goal, fields(gl.Goal)),
        _layout(gl.ProgressReport, fields(gl.ProgressReport)),
        _layout(
            gl.GoalReview,
            [*fields(gl.GoalReview), _fraction("student_bar"), _fraction("data_bar")],
        ),
        _layout(
            gl.TermReview,
            _term_review_columns(),
            _exploded(lambda value: value.reviews),
        ),
        _layout(gl.GoalSuggestion, fields(gl.GoalSuggestion)),
        _layout(
            gl.BarComparison,
            [
                *fields(gl.BarComparison),
                _property("difference", "float"),
                _property("agrees", "bool"),
            ],
        ),
        _layout(
            gl.WorkPlan,
            _work_plan_columns(),
            _exploded(lambda value: value.activities),
        ),
        # core
        _layout(Evidence, fields(Evidence, instants=("assessed_at",))),
    ]


LAYOUTS: dict[type, Layout] = {layout.of: layout for layout in _layouts()}
"""The layout of each type `to_frame` flattens."""


def _names() -> str:
    return ", ".join(sorted(kind.__name__ for kind in LAYOUTS))


@functools.singledispatch
def layout_of(value: object) -> Layout:
    """The layout of one value's type.

    Raises:
        ArgumentTypeError: If the type is not one `to_frame` flattens.
    """
    message = f"must be a selfassess result that to_frame flattens ({_names()}) (got {shown(value)})"
    raise ArgumentTypeError([Problem("values", message)])


def _constant(layout: Layout, value: object) -> Layout:
    return layout


for _kind, _found in LAYOUTS.items():
    layout_of.register(_kind, functools.partial(_constant, _found))


def _registered(kind: type) -> Layout | None:
    """The layout registered for *kind* (or a base of it), or ``None``."""
    implementation = layout_of.dispatch(kind)
    if implementation is layout_of.dispatch(object):
        return None
    found: Layout = implementation(None)
    return found


# Building a native frame of one library from columns of Python values.


def _dtype(kind: Kind) -> Any:
    if kind == "instant":
        return nw.Datetime("us", "UTC")
    if kind == "datetime":
        return nw.Datetime("us")
    if kind == "duration":
        return nw.Duration("us")
    return {
        "str": nw.String(),
        "int": nw.Int64(),
        "float": nw.Float64(),
        "bool": nw.Boolean(),
        "date": nw.Date(),
        "time": nw.Time(),
    }[kind]


_PANDAS_DTYPES: dict[Kind, tuple[str, str]] = {
    "int": ("int64", "Int64"),
    "float": ("float64", "float64"),
    "bool": ("bool", "boolean"),
    "date": ("datetime64[s]", "datetime64[s]"),
    "datetime": ("datetime64[us]", "datetime64[us]"),
    "instant": ("datetime64[us, UTC]", "datetime64[us, UTC]"),
    "time": ("object", "object"),
    "duration": ("timedelta64[us]", "timedelta64[us]"),
}
"""Each kind's pandas dtype, without and with missing cells: NumPy's where it
holds them, pandas' nullable ones for whole numbers and booleans. pandas has no
calendar-day type without PyArrow, so a day is a ``datetime64[s]`` at midnight."""

Data = list[tuple[str, Kind, bool, list[Any]]]
"""Columns to build: name, kind, whether nullable, and the cells."""


def _pandas(data: Data) -> Any:
    pd: Any = nw.Implementation.PANDAS.to_native_namespace()
    text = "str" if int(pd.__version__.split(".")[0]) >= 3 else "object"
    series = {}
    for name, kind, nullable, cells in data:
        dtype = text if kind == "str" else _PANDAS_DTYPES[kind][nullable]
        series[name] = pd.Series(cells, dtype=dtype)
    return pd.DataFrame(series, index=pd.RangeIndex(len(data[0][3]) if data else 0))


def build(data: Data, backend: Any) -> Any:
    """A narwhals eager frame of *backend*'s library holding *data*, dtypes fixed.

    *backend* is a name (``"pandas"``, ``"polars"``, ``"pyarrow"``) or a narwhals
    `Implementation`.
    """
    implementation = nw.Implementation.from_backend(backend)
    if implementation is nw.Implementation.PANDAS:
        return nw.from_native(_pandas(data), eager_only=True)
    return nw.from_dict(
        {name: cells for name, _, _, cells in data},
        schema={name: _dtype(kind) for name, kind, _, _ in data},
        backend=cast(Any, implementation),
    )


# Research exports: keyed pseudonyms and small-cell suppression.


def checked_key(key: object, name: str = "pseudonym_key") -> bytes:
    """Check a pseudonym key: bytes, at least `MINIMUM_KEY_BYTES` long.

    Raises:
        ArgumentTypeError: If it is not bytes (text is refused: a password is not
            a key).
        InvalidDataError: If it is shorter than `MINIMUM_KEY_BYTES`.
    """
    if not isinstance(key, (bytes, bytearray)):
        message = (
            f"must be bytes, such as 32 random bytes kept secret by the district "
            f"(got {shown(key) if not isinstance(key, str) else 'text'})"
        )
        raise ArgumentTypeError([Problem(name, message)])
    if len(key) < MINIMUM_KEY_BYTES:
        message = (
            f"must be at least {MINIMUM_KEY_BYTES} bytes, better 32 random ones "
            f"(got {len(key)})"
        )
        raise InvalidDataError.single(name, message)
    return bytes(key)


def pseudonyms(key: bytes) -> Callable[[Any], Any]:
    """The function that gives an id its pseudonym under *key*; ``None`` stays.

    The pseudonym is the whole HMAC-SHA256 of the id's UTF-8 text, in hex (64
    characters). Each distinct id is computed once.
    """
    memo: dict[Any, str] = {}

    def pseudonym(value: Any) -> Any:
        if value is None:
            return None
        text = value if isinstance(value, str) else str(value)
        found = memo.get(text)
        if found is None:
            found = hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
            memo[text] = found
        return found

    return pseudonym


def _cells(
    layout: Layout,
    units: Sequence[Any],
    key: bytes | None,
    minimum_count: int | None,
) -> Data:
    """The layout's cells for the units: pseudonymized, joined, suppressed."""
    pseudonym = pseudonyms(key) if key is not None else None
    small: list[bool] | None = None
    if layout.count is not None:
        counts = next(
            column for column in layout.columns if column.name == layout.count
        )
        tallies = list(map(counts.get, units))
        small = [
            minimum_count is not None and tally < minimum_count for tally in tallies
        ]
    data: Data = []
    after_count = False
    for column in layout.columns:
        if column.name == "suppressed" and small is not None:
            data.append((column.name, "bool", False, list(small)))
            after_count = True
            continue
        cells = list(map(column.get, units))
        if pseudonym is not None and column.ids:
            if column.joined:
                cells = [tuple(map(pseudonym, items)) for items in cells]
            else:
                cells = list(map(pseudonym, cells))
        if column.joined:
            cells = [SEPARATOR.join(map(_text, items)) for items in cells]
        if after_count and small is not None and minimum_count is not None:
            cells = [
                None if hidden else cell
                for cell, hidden in zip(cells, small, strict=True)
            ]
        data.append((column.name, column.kind, column.nullable, cells))
    return data


def _backend(check: Arguments, backend: object) -> str:
    if not isinstance(backend, str):
        check.wrong_kind(
            "backend", f"must be 'pandas', 'polars' or 'pyarrow' (got {shown(backend)})"
        )
    elif backend not in BACKENDS:
        check.add(
            "backend", f"must be 'pandas', 'polars' or 'pyarrow' (got {shown(backend)})"
        )
    return str(backend)


def _minimum(check: Arguments, minimum_count: object) -> int | None:
    return check.optional_integer("minimum_count", minimum_count, minimum=1)


def to_frame(
    values: Any,
    *,
    backend: Backend = "pandas",
    of: type | None = None,
    pseudonym_key: bytes | None = None,
    minimum_count: int | None = None,
) -> Any:
    """Return any selfassess result, or many of one type, as a flat frame.

    One row per natural unit, every cell a scalar: enums as their ``.value``,
    dates as dates (``datetime64[s]`` in pandas, which has no calendar-day type
    without PyArrow), times of day as times (objects in pandas), an
    `selfassess.Evidence`'s ``assessed_at`` in UTC, a nested
    model as its fields with ``<field>_`` before their names, a tuple of ids or
    words as text joined by ``"; "``, a tuple of models as its length
    (``<field>_count``). Columns keep the fields' names and have the same dtypes
    for zero rows as for many.

    ===========================================  ===================================
    values (in ``selfassess.<package>``)         one row per; columns beyond fields
    ===========================================  ===================================
    ``mastery.MasteryEstimate``, ``rollup``'s    (student, standard): ``value``,
    mapping                                      ``band``, ``raw``, ``count``,
                                                 ``method``
    ``mastery.Growth``, ``QuickCheck``,          the value: its fields
    ``TutorMatch``, ``DomainMastery``,
    ``ReportGrade``, ``StandardScore``
    ``mastery.Priority``                         standard; count ``students``
    ``mastery.InterventionGroup``                group: ``students`` joined, ``size``
    ``rubrics.Calibration``                      calibration: ``pairs``, the
                                                 statistics, ``estimation``, each
                                                 interval as ``<statistic>_low``,
                                                 ``_high``, ``_standard_error``,
                                                 ``_confidence``, ``_method``,
                                                 ``_resamples``; count ``pairs``
    ``rubrics.Comparison``                       criterion, after the comparison's
                                                 ids; ``estimation``, ``agrees``,
                                                 ``adjacent``
    ``rubrics.CriterionComparison``              criterion, likewise
    ``rubrics.Score``                            score: ``total``, ``minimum``,
                                                 ``maximum``, ``percent``,
                                                 ``weighted_percent``,
                                                 ``criteria_count``
    ``rubrics.SelfReportCard``                   entry, after ``card`` and
                                                 ``student``
    ``rubrics.ConfidenceInterval``,              the value
    ``CriterionScore``, ``CardEntry``
    ``tracking.OnTaskSummary``                   summary, its goal as ``goal_*``
    ``tracking.StandardSummary``,                summary
    ``DomainSummary``, ``LanguageSummary``
    ``tracking.TrackerComparison``               standard, after ``tracker`` and
                                                 ``previous_tracker``; then
                                                 ``previous_score``,
                                                 ``current_score``,
                                                 ``score_change``
    ``tracking.AccuracyReport``                  report: ``checked``, ``matched``,
                                                 ``accuracy``
    ``tracking.ClassAccuracy``                   class; count ``trackers``
    ``tracking.ColumnAccuracy``                  column; count ``checked``
    ``tracking.StandardChange``,                 the value
    ``Difference``, ``TermProgress``
    ``conference.FamilySchedule``                appointment
    ``conference.SelfPacedBlock``                slot, by start: ``slot``
                                                 (``"segment"`` or
                                                 ``"conference"``), ``kind``,
                                                 ``students`` joined
    ``conference.Agenda``                        item, after the agenda's fields
                                                 and ``agenda_title``
    ``conference.SurveySummary``                 question: ``respondents``; count
                                                 ``rated``
    ``conference.QuestionSummary``               question; count ``rated``
    ``conference.FamilyParticipation``           summary; count ``conferences``
    ``conference.ConferenceRecord``              record: ``family_attended``
    ``conference.Appointment``, ``Reminder``,    the value
    ``BlockSegment``, ``RotationEntry``
    ``conference.BlockConference``               the value, its agenda as
                                                 ``agenda_title``
    ``goals.GoalReview``                         review: ``student_bar_fraction``,
                                                 ``data_bar_fraction``
    ``goals.TermReview``                         goal review, after the student,
                                                 the term and the day
    ``goals.WorkPlan``                           activity, as ``activity_*``
    ``goals.BarComparison``                      comparison: ``difference``,
                                                 ``agrees``
    ``goals.Goal``, ``ProgressReport``,          the value
    ``GoalSuggestion``
    ``selfassess.Evidence``                      evidence row
    ===========================================  ===================================

    A group summary (a row with a count) has, after its keys and its count, a
    ``suppressed`` column, then its figures.

    Args:
        values: One result; an iterable of results of one type; or a mapping
            whose values are results, as `selfassess.mastery.rollup` gives.
        backend: The frame's library: ``"pandas"`` (the default), ``"polars"``
            or ``"pyarrow"``.
        of: The type of the values, for an empty input: its columns. Without it,
            an empty input that is not a mapping gives a frame with no columns
            (an empty mapping is taken as `selfassess.mastery.rollup`'s).
        pseudonym_key: A secret key (bytes, at least 16 long) to replace every
            student id with its keyed pseudonym, as `selfassess.tables.pseudonymize` does: in every
            column that may hold one (``student``, ``students``, ``tutor``,
            ``tutee``, ``leader``, ``facilitator``), ids joined in text one by
            one. Free text (notes, rationales) and other ids are kept as they
            are.
        minimum_count: Group summaries of fewer members than this have their
            figures null and ``suppressed`` true, as `selfassess.tables.suppress` does; only for
            types with a count (see the table).

    Returns:
        A native frame of *backend*'s library.

    Raises:
        ArgumentTypeError: If *values* holds something that is not a result this
            function flattens (the message lists the types), results of more than
            one type, or an argument is of the wrong kind.
        InvalidDataError: If *backend* is unknown, *pseudonym_key* is too short,
            *minimum_count* is below 1 or given for a type with no count.

    Example:
        >>> from selfassess.mastery import Growth
        >>> frame = to_frame([Growth(student="ana", standard="RL.1", before=2.0,
        ...                         after=3.0, change=1.0)])
        >>> frame.to_dict("records")
        [{'student': 'ana', 'standard': 'RL.1', 'before': 2.0, 'after': 3.0, 'change': 1.0}]
        >>> to_frame([], of=Growth, backend="polars").columns
        ['student', 'standard', 'before', 'after', 'change']
    """
    check = Arguments()
    chosen = _backend(check, backend)
    minimum = _minimum(check, minimum_count)
    wanted = _registered(of) if isinstance(of, type) else None
    if of is not None and wanted is None:
        check.wrong_kind(
            "of",
            f"must be a type that to_frame flattens ({_names()}) (got {shown(of)})",
        )
    check.done()
    key = None if pseudonym_key is None else checked_key(pseudonym_key)
    items = _items(values)
    if items:
        layouts = {type(item): _registered(type(item)) for item in items}
        unknown = [kind for kind, found in layouts.items() if found is None]
        if unknown:
            layout_of(next(item for item in items if type(item) in unknown))
        distinct = {found.of for found in layouts.values() if found is not None}
        if len(distinct) > 1:
            names = ", ".join(sorted(kind.__name__ for kind in distinct))
            message = f"must all be of one type (got {names})"
            raise ArgumentTypeError([Problem("values", message)])
        layout = layout_of(items[0])
        if wanted is not None and layout.of is not wanted.of:
            message = (
                f"must be {wanted.of.__name__} values, as of says "
                f"(got {layout.of.__name__})"
            )
            raise ArgumentTypeError([Problem("values", message)])
    elif wanted is not None:
        layout = wanted
    elif isinstance(values, Mapping):
        layout = LAYOUTS[ms.MasteryEstimate]
    else:
        return build([], chosen).to_native()
    if minimum is not None and layout.count is None:
        message = (
            f"applies to group summaries with a count; {layout.of.__name__} rows "
            f"have none to suppress"
        )
        raise InvalidDataError.single("minimum_count", message)
    units = [unit for item in items for unit in layout.units(item)]
    return build(_cells(layout, units, key, minimum), chosen).to_native()


def _items(values: object) -> list[Any]:
    """The results in *values*: itself, a mapping's values, or an iterable's items."""
    if _registered(type(values)) is not None:
        return [values]
    if isinstance(values, Mapping):
        return list(values.values())
    if isinstance(values, (str, bytes, bytearray)) or not isinstance(values, Iterable):
        layout_of(values)
    assert isinstance(values, Iterable)  # for mypy: layout_of raised otherwise
    return list(values)


def _eager(frame: object, name: str = "frame") -> Any:
    """A native eager frame as a narwhals one; anything else is the caller's mistake."""
    try:
        return nw.from_native(frame, eager_only=True)
    except TypeError:
        message = (
            "must be a pandas, polars or PyArrow data frame "
            f"(got {shown(type(frame).__name__)})"
        )
        raise ArgumentTypeError([Problem(name, message)]) from None


def _column_names(
    check: Arguments, name: str, columns: object, frame: Any
) -> tuple[str, ...]:
    """Check a tuple of the frame's column names (or one name)."""
    if isinstance(columns, str):
        columns = (columns,)
    if isinstance(columns, (bytes, Mapping)) or not isinstance(columns, Iterable):
        check.wrong_kind(name, f"must be column names (got {shown(columns)})")
        return ()
    found = tuple(columns)
    present = set(frame.columns)
    for at, column in enumerate(found):
        if not isinstance(column, str):
            check.wrong_kind(name, f"must be column names (got {shown(column)})")
        elif column not in present:
            check.add(
                f"{name}[{at}]",
                f"must be a column of the frame ({', '.join(map(repr, frame.columns))})"
                f" (got {shown(column)})",
            )
    return found


def pseudonymize(
    frame: Any, *, key: bytes, columns: str | Iterable[str] = ("student",)
) -> Any:
    """Return the frame with each id in *columns* replaced by its keyed pseudonym.

    The pseudonym of an id is HMAC-SHA256 (RFC 2104) of its UTF-8 text under the
    key, as 64 hex characters: the same id and key always give the same pseudonym,
    so tables exported apart still join, and without the key no one can compute
    it from a guessed id, as they could an unkeyed hash. The whole digest is kept:
    a pseudonym is a join key, and a truncated one could give two students the
    same pseudonym and silently merge their data. An id that is not text (a whole
    number) is written as text first; a missing one stays missing. The column
    becomes text.

    Args:
        frame: A pandas, polars or PyArrow data frame, such as the other tables
            functions give.
        key: The secret key, bytes, at least 16 long (32 random bytes, such as
            ``secrets.token_bytes(32)`` gives, kept by the district).
        columns: The columns holding student ids; ``("student",)`` by default.

    Returns:
        A new frame of the same library; *frame* is unchanged.

    Raises:
        ArgumentTypeError: If *frame* is not a data frame, *key* is not bytes or
            *columns* not column names.
        InvalidDataError: If *key* is shorter than 16 bytes or a column is not in
            the frame.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"student": ["ana", "ben", "ana"], "score": [3, 2, 4]})
        >>> out = pseudonymize(frame, key=bytes(range(32)))
        >>> out["student"].str.len().tolist(), out["student"][0] == out["student"][2]
        ([64, 64, 64], True)
    """
    secret = checked_key(key, "key")
    found = _eager(frame)
    check = Arguments()
    names = _column_names(check, "columns", columns, found)
    check.done()
    pseudonym = pseudonyms(secret)
    replaced = []
    for name in names:
        series = found.get_column(name)
        cells = series.to_list()
        missing = series.is_null().to_list()
        replaced.append(
            nw.new_series(
                name,
                [
                    None if empty else pseudonym(cell)
                    for cell, empty in zip(cells, missing, strict=True)
                ],
                nw.String(),
                backend=found.implementation,
            )
        )
    return nw.maybe_reset_index(found).with_columns(*replaced).to_native()


def suppress(
    frame: Any,
    *,
    minimum_count: int,
    count: str = "pairs",
    columns: str | Iterable[str] | None = None,
) -> Any:
    """Return the frame with the figures of small groups null, and ``suppressed``.

    Small-cell suppression, as districts practise it under FERPA (and the NCES
    guidance on statistical disclosure): a group of fewer than *minimum_count*
    members has its figures withheld, so that no one student's ratings can be read
    back from a class's statistics. The count itself and the group's keys stay,
    and a boolean ``suppressed`` column says which rows were withheld; a row
    already marked ``suppressed`` stays so, its figures withheld too.

    Args:
        frame: A pandas, polars or PyArrow data frame (or a lazy one), such as
            `selfassess.tables.calibrate` gives.
        minimum_count: The smallest group whose figures are shown; at least 1.
        count: The column counting each group's members: ``"pairs"`` by default.
        columns: The figures to null; by default every column after *count*
            (the tables functions and `to_frame` put a group's keys and count
            first, then ``suppressed``, then its figures).

    Returns:
        A new frame of the same library. In pandas, a column of whole numbers or
        booleans that gets a null becomes pandas' nullable dtype.

    Raises:
        ArgumentTypeError: If *frame* is not a data frame or an argument is of the
            wrong kind.
        InvalidDataError: If *minimum_count* is below 1 or a column is not in the
            frame.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"class": ["A", "B"], "pairs": [4, 40],
        ...                       "kappa": [0.2, 0.6]})
        >>> suppress(frame, minimum_count=10).to_dict("records")
        [{'class': 'A', 'pairs': 4, 'suppressed': True, 'kappa': nan}, {'class': 'B', 'pairs': 40, 'suppressed': False, 'kappa': 0.6}]
    """
    try:
        found = nw.from_native(frame)
    except TypeError:
        message = f"must be a data frame (got {shown(type(frame).__name__)})"
        raise ArgumentTypeError([Problem("frame", message)]) from None
    check = Arguments()
    minimum = check.integer("minimum_count", minimum_count, minimum=1)
    counted = _column_names(check, "count", count, found)
    chosen = (
        None if columns is None else _column_names(check, "columns", columns, found)
    )
    check.done()
    names = list(found.columns)
    if chosen is None:
        at = names.index(counted[0])
        chosen = tuple(name for name in names[at + 1 :] if name != "suppressed")
    native = found.to_native()
    if found.implementation is nw.Implementation.PANDAS:
        # NumPy's integers and booleans hold no null: pandas' nullable ones do.
        native = native.astype(
            {
                name: "Int64" if native[name].dtype.kind in "iu" else "boolean"
                for name in chosen
                if native[name].dtype.kind in "iub"
            }
        )
        found = nw.from_native(native)
    hidden = nw.col(counted[0]) < minimum
    if "suppressed" in names:
        hidden = hidden | nw.col("suppressed").fill_null(value=False)
    result = found.with_columns(
        *[nw.when(~hidden).then(nw.col(name)).alias(name) for name in chosen],
        hidden.alias("suppressed"),
    )
    if "suppressed" not in names:
        at = names.index(counted[0]) + 1
        result = result.select(*names[:at], "suppressed", *names[at:])
    return result.to_native()
