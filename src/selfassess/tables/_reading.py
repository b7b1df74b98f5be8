"""Reading a frame of evidence: every cell checked, column by column.

`read_evidence_columns` turns any frame narwhals supports into `EvidenceColumns`,
checking each column with array operations and reporting every bad cell as
``rows[12].score: ...`` (the row's place in the frame, the frame's own column name),
in the order of the rows, up to `selfassess.errors.MAX_PROBLEMS`, then a count.
`build_like` gives results back as a frame of the caller's library.
"""

from __future__ import annotations

import importlib
import math
import numbers
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, timezone
from typing import Any

from selfassess._evidence import EvidenceKind
from selfassess._validate import MAX_COUNT, shown, text_problem
from selfassess.errors import MAX_PROBLEMS, ArgumentTypeError, InvalidDataError, Problem
from selfassess.tables._columns import KINDS, EvidenceColumns, day_number
from selfassess.tables._deps import np, nw

__all__ = [
    "EVIDENCE_FIELDS",
    "Cells",
    "build_like",
    "column_names",
    "eager",
    "factorize_column",
    "read_evidence_columns",
]

EVIDENCE_FIELDS = (
    "student",
    "standard",
    "score",
    "assessed_on",
    "kind",
    "due_on",
    "submitted_on",
    "source",
    "excused",
    "attempt",
    "assessed_at",
    "sequence",
)
"""The fields of `selfassess.Evidence`, which are the default column names."""

_REQUIRED = frozenset({"student", "standard", "score", "assessed_on"})
_DAY_US = 86_400_000_000
_EPOCH_DATE = date(1970, 1, 1)
_FIRST_DAY = date.min.toordinal() - _EPOCH_DATE.toordinal()
_LAST_DAY = date.max.toordinal() - _EPOCH_DATE.toordinal()
_MAX_ATTEMPT = 1000
_KIND_VALUES = {kind.value: code for code, kind in enumerate(KINDS)}
_KINDS_SHOWN = ", ".join(shown(kind.value) for kind in EvidenceKind)


def eager(frame: Any, *, name: str = "frame") -> Any:
    """The frame as an eager narwhals frame; a wrong kind of value is refused."""
    if isinstance(frame, nw.DataFrame):
        return frame
    try:
        return nw.from_native(frame, eager_only=True)
    except TypeError:
        raise ArgumentTypeError(
            [
                Problem(
                    name,
                    "must be a dataframe of a library narwhals supports, such as pandas, "
                    f"polars or PyArrow (got {shown(type(frame).__name__)})",
                )
            ]
        ) from None


def column_names(
    columns: Mapping[str, object], fields: tuple[str, ...] = EVIDENCE_FIELDS
) -> dict[str, str]:
    """Each field's column name: its own name unless *columns* maps it to another.

    Raises:
        ArgumentTypeError: If a key of *columns* is not one of *fields*, or a value
            is not a string.
    """
    problems = []
    for field, name in columns.items():
        if field not in fields:
            problems.append(
                Problem(
                    field,
                    "is not a column this function reads; the columns are "
                    + ", ".join(fields),
                )
            )
        elif not isinstance(name, str) or not name:
            problems.append(
                Problem(field, f"must be the frame's column name (got {shown(name)})")
            )
    if problems:
        raise ArgumentTypeError(problems)
    return {field: str(columns.get(field, field)) for field in fields}


class Cells:
    """The bad cells of a frame, kept as arrays of rows and reported in row order.

    Each report is the rows (positions) of one column that break one rule, and a
    function that writes the message for one of them: only the messages of the
    problems kept are written, so a million bad cells cost a few arrays.
    """

    def __init__(self, order: tuple[str, ...]) -> None:
        self._order = {name: place for place, name in enumerate(order)}
        self._found: list[tuple[Any, int, str, Callable[[int], str]]] = []
        self._columns: list[Problem] = []

    def column(self, name: str, message: str) -> None:
        """A problem with a whole column (missing, or of the wrong type)."""
        self._columns.append(Problem(f"columns[{shown(name)}]", message))

    def add(self, name: str, rows: Any, message: Callable[[int], str]) -> None:
        """The rows (a boolean mask or positions) where column *name* breaks a rule."""
        positions = np.flatnonzero(rows) if rows.dtype == bool else rows
        if len(positions):
            self._found.append((positions, self._order[name], name, message))

    def each(self, name: str, messages: dict[int, str]) -> None:
        """Rows of column *name* that break a rule, each with its own message."""
        if messages:
            rows = np.fromiter(messages, np.int64, len(messages))
            self.add(name, rows, messages.__getitem__)

    def done(self) -> None:
        """Raise every problem found, column problems first, then cells by row."""
        if not self._columns and not self._found:
            return
        problems = list(self._columns)
        total = len(problems) + sum(len(found[0]) for found in self._found)
        if self._found:
            rows = np.concatenate([found[0] for found in self._found])
            which = np.concatenate(
                [np.full(len(found[0]), at) for at, found in enumerate(self._found)]
            )
            places = np.concatenate(
                [np.full(len(found[0]), found[1]) for found in self._found]
            )
            order = np.lexsort((places, rows))[: max(0, MAX_PROBLEMS - len(problems))]
            for at in order.tolist():
                _, _, name, message = self._found[which[at]]
                row = int(rows[at])
                problems.append(Problem(f"rows[{row}].{name}", message(row)))
        raise InvalidDataError(problems, omitted=total - len(problems))


def _kind_name(dtype: Any) -> str:
    return f"a column of {dtype}"


def _is_text(dtype: Any) -> bool:
    return dtype in (nw.String, nw.Categorical, nw.Enum)


def _objects(series: Any) -> Any:
    """A column's values as a NumPy array of Python objects (None where null)."""
    values = series.to_numpy().astype(object)  # a copy: the frame's may be read-only
    values[series.is_null().to_numpy()] = None
    return values


def _empty(series: Any) -> bool:
    """Whether every cell is null (or there are none): a column of no type to check."""
    return bool(series.null_count() == len(series))


def _as_objects(values: Any) -> Any:
    """A list of values as a NumPy array of Python objects."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _native_codes(series: Any) -> tuple[Any, Any | None]:
    """Integer codes of a column's values (equal values, equal codes), -1 where null.

    Each library's own hash table does it (pandas's ``factorize``, PyArrow's
    ``dictionary_encode``, polars's categoricals), far faster than Python's;
    any other library's values go through a dict. pandas and PyArrow number the
    values in order of first appearance and give them too (as Python objects);
    polars does neither, and its values are ``None``.
    """
    native = series.to_native()
    implementation = series.implementation
    if implementation.is_pandas_like():
        module = implementation.to_native_namespace()
        try:
            codes, uniques = module.factorize(native)
        except TypeError:  # a cell that cannot be hashed (a list, a dict)
            return _dict_codes(_objects(series))
        values = _as_objects(list(uniques))
        return np.asarray(codes, dtype=np.int64), values
    if implementation.is_pyarrow():
        pc = importlib.import_module("pyarrow.compute")  # the frame's own library
        array = native.combine_chunks()
        if hasattr(array, "dictionary_decode"):
            # Already encoded, in its dictionary's order: encoded again, afresh.
            array = array.dictionary_decode()
        encoded = pc.dictionary_encode(array)
        codes = np.asarray(pc.fill_null(encoded.indices, -1), dtype=np.int64)
        return codes, _as_objects(encoded.dictionary.to_pylist())
    if implementation.is_polars():
        module = implementation.to_native_namespace()
        physical = native.cast(module.String).cast(module.Categorical).to_physical()
        return physical.fill_null(-1).to_numpy().astype(np.int64), None
    return _dict_codes(_objects(series))


_UNHASHABLE = object()
"""Marks the key of a cell that cannot be hashed (keyed by its repr instead)."""


def _dict_codes(values: Any) -> tuple[Any, Any]:
    """Codes in order of first appearance (-1 where None), and the values, by dict.

    A cell that cannot be hashed (a list, a dict) is keyed by its repr, so that it
    is reported as the value it is, not taken for another.
    """
    code_of: dict[Any, int] = {}
    distinct: list[Any] = []
    codes = np.empty(len(values), dtype=np.int64)
    for row, value in enumerate(values.tolist()):
        if value is None:
            codes[row] = -1
            continue
        try:
            code = code_of.get(value)
            key = value
        except TypeError:
            key = (_UNHASHABLE, repr(value))
            code = code_of.get(key)
        if code is None:
            code = code_of[key] = len(distinct)
            distinct.append(value)
        codes[row] = code
    return codes, _as_objects(distinct)


def factorize_column(series: Any) -> tuple[Any, Any]:
    """A column's codes in order of first appearance (-1 where null), and its values.

    The values are the distinct non-null cells by code, as Python objects (an object
    array). Where the library does not give them in that order, the codes are
    renumbered and the values read from the column at each one's first row.
    """
    codes, known = _native_codes(series)
    if known is not None:
        return codes, known
    # polars numbers categories across the whole process: made 0, 1, ... first.
    present, codes = np.unique(codes, return_inverse=True)
    codes = codes.reshape(-1) - int(present[0] < 0) if len(present) else codes
    count = int(codes.max(initial=-1)) + 1
    first = np.full(count + 1, len(codes), dtype=np.int64)
    # Written from the last row back, so each code keeps its first row; nulls
    # (-1) land in the spare last place.
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1, dtype=np.int64)
    first = first[:count]
    order = np.argsort(first, kind="stable")
    renumber = np.empty(count + 1, dtype=np.int64)
    renumber[order] = np.arange(count, dtype=np.int64)
    renumber[count] = -1
    rows = first[order]
    distinct = np.empty(count, dtype=object)
    if count:
        picked = (
            series.to_frame()
            .with_row_index("_row")
            .filter(nw.col("_row").is_in(rows.tolist()))
        )
        values = _objects(picked[series.name])
        # The rows come back in frame order, which is the order of first appearance.
        distinct[:] = values.tolist()
    return renumber[codes], distinct


def _ids(
    series: Any, name: str, cells: Cells, *, required: bool
) -> tuple[Any, Any] | None:
    """An id column: text (or whole numbers, read as their digits), checked by value.

    Returns the codes (in order of first appearance, -1 where unknown) and the ids by
    code. Each distinct id is checked once, and its problem reported at every row.
    """
    count = len(series)
    if _empty(series):
        if required:
            cells.add(
                name,
                np.ones(count, dtype=bool),
                lambda row: "must not be empty (got None)",
            )
        return np.full(count, -1, dtype=np.int64), np.empty(0, dtype=object)
    dtype = series.dtype
    if not (_is_text(dtype) or dtype == nw.Object or dtype.is_integer()):
        cells.column(name, f"must hold text ids (got {_kind_name(dtype)})")
        return None
    codes, distinct = factorize_column(series)
    if required:
        cells.add(name, codes < 0, lambda row: "must not be empty (got None)")
    if dtype.is_integer():
        distinct[:] = [str(value) for value in distinct.tolist()]
        return codes, distinct
    wrong = np.zeros(len(distinct), dtype=bool)
    messages: dict[int, str] = {}
    for code, value in enumerate(distinct.tolist()):
        problem = text_problem(value, empty=False)
        if problem is None and value != value.strip():
            problem = f"must not start or end with spaces (got {shown(value)})"
        if problem is not None:
            wrong[code] = True
            messages[code] = problem
    if wrong.any():
        bad = np.zeros(len(codes), dtype=bool)
        bad[codes >= 0] = wrong[codes[codes >= 0]]
        cells.add(name, bad, lambda row: messages[int(codes[row])])
    return codes, distinct


def _as_float(value: Any) -> float:
    """A real number as a float; an int beyond float range as infinity (refused)."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _numbers(series: Any, name: str, cells: Cells) -> tuple[Any, Any] | None:
    """A number column as float64 (NaN where null), and where it is null."""
    if _empty(series):
        return np.full(len(series), np.nan), np.ones(len(series), dtype=bool)
    dtype = series.dtype
    null = series.is_null().to_numpy()
    if dtype == nw.Boolean:
        cells.column(
            name, "must hold numbers, not true and false (got a column of Boolean)"
        )
        return None
    reported = None  # the cells already reported as not numbers
    if dtype.is_numeric():
        values = series.cast(nw.Float64).to_numpy().astype(np.float64, copy=False)
    elif dtype == nw.Object:
        objects = _objects(series)
        values = np.full(len(objects), np.nan)
        wrong: dict[int, str] = {}
        for row, value in enumerate(objects.tolist()):
            if value is None:
                continue
            if isinstance(value, numbers.Real) and not isinstance(
                value, (bool, np.bool_)
            ):
                values[row] = _as_float(value)
            else:
                wrong[row] = f"must be a number (got {shown(value)})"
        cells.each(name, wrong)
        reported = np.fromiter(wrong, np.int64, len(wrong))
    else:
        cells.column(name, f"must hold numbers (got {_kind_name(dtype)})")
        return None
    if null.any():  # else the column's own array, not a copy of it
        values = np.where(null, np.nan, values)
    infinite = ~null & ~np.isfinite(values)
    if reported is not None:
        infinite[reported] = False  # not a number: said once, not as not finite
    cells.add(
        name, infinite, lambda row: f"must be finite (got {shown(float(values[row]))})"
    )
    return values, null


def _whole(
    series: Any,
    name: str,
    cells: Cells,
    *,
    low: int,
    high: int,
    required: bool = False,
) -> tuple[Any, Any] | None:
    """A whole-number column as int64 (0 where null), and where it is known."""
    read = _numbers(series, name, cells)
    if read is None:
        return None
    values, null = read
    if required:
        cells.add(name, null, lambda row: "must be a whole number (got None)")
    finite = np.isfinite(values)
    whole = finite & (np.floor(values) == values)
    cells.add(
        name,
        finite & ~whole,
        lambda row: f"must be a whole number (got {shown(float(values[row]))})",
    )
    too_low = whole & (values < low)
    cells.add(
        name,
        too_low,
        lambda row: f"must be at least {low:,} (got {int(values[row])})",
    )
    too_high = whole & (values > high)
    cells.add(
        name,
        too_high,
        lambda row: f"must be at most {high:,} (got {int(values[row])})",
    )
    fine = whole & ~too_low & ~too_high
    return np.where(fine, values, 0).astype(np.int64), fine


def _pandas_zoned(series: Any) -> tuple[Any, Any] | None:
    """A pandas column of datetimes with a time zone, as UTC and as wall clock.

    narwhals reads some zones' columns (those with an underscore in their name,
    such as America/New_York) as of an unknown type; pandas converts them itself.
    ``None`` for any other column.
    """
    if not series.implementation.is_pandas_like():
        return None
    native = series.to_native()
    module = series.implementation.to_native_namespace()
    if not isinstance(native.dtype, module.DatetimeTZDtype):
        return None
    utc = nw.from_native(native.dt.tz_convert("UTC"), series_only=True)
    wall = nw.from_native(native.dt.tz_localize(None), series_only=True)
    return utc, wall


def _days(series: Any, name: str, cells: Cells) -> tuple[Any, Any] | None:
    """A date column (or datetimes, read as their day in their own time zone)."""
    if _empty(series):
        return np.zeros(len(series), dtype=np.int64), np.zeros(len(series), dtype=bool)
    dtype = series.dtype
    null = series.is_null().to_numpy()
    zoned = _pandas_zoned(series) if dtype == nw.Unknown else None
    if zoned is not None:
        series, dtype = zoned[1], zoned[1].dtype  # its day in its own zone
    if dtype == nw.Date:
        # Days since 1970-01-01, as every library stores a date; NaN where null.
        days = series.cast(nw.Int32()).to_numpy()
        values = (np.where(null, 0, days) if null.any() else days).astype(np.int64)
    elif dtype == nw.Datetime:
        wall = series if dtype.time_zone is None else series.dt.replace_time_zone(None)
        micros = wall.dt.timestamp("us").to_numpy()
        if null.any():
            micros = np.where(null, 0, micros)
        values = np.floor_divide(micros, _DAY_US).astype(np.int64, copy=False)
    elif dtype == nw.Object:
        objects = _objects(series)
        if set(map(type, objects.tolist())) <= {date, type(None)}:
            # Dates and nulls only, as pandas keeps ``.dt.date``: their ordinals.
            objects[null] = _EPOCH_DATE
            ordinals = np.fromiter(map(date.toordinal, objects.tolist()), np.int64)
            return ordinals - _EPOCH_DATE.toordinal(), ~null
        values = np.zeros(len(null), dtype=np.int64)
        wrong: dict[int, str] = {}
        for row, value in enumerate(objects.tolist()):
            if isinstance(value, datetime):
                values[row] = day_number(value.date())
            elif isinstance(value, date):
                values[row] = day_number(value)
            elif value is not None:
                wrong[row] = f"must be a date (got {shown(value)})"
        cells.each(name, wrong)
    else:
        hint = ": parse the text as dates first" if _is_text(dtype) else ""
        cells.column(name, f"must hold dates (got {_kind_name(dtype)}){hint}")
        return None
    values = np.where(null, 0, values)
    beyond = ~null & ((values < _FIRST_DAY) | (values > _LAST_DAY))
    cells.add(
        name,
        beyond,
        lambda row: (
            "must be a date from 0001-01-01 to 9999-12-31 "
            f"(got {int(values[row]):,} days from 1970-01-01)"
        ),
    )
    return np.where(beyond, 0, values), ~null


def _moments(series: Any, name: str, cells: Cells) -> tuple[Any, Any, Any] | None:
    """Moments with a time zone: the instant and the offset in microseconds."""
    if _empty(series):
        zeros = np.zeros(len(series), dtype=np.int64)
        return zeros, zeros, np.zeros(len(series), dtype=bool)
    dtype = series.dtype
    null = series.is_null().to_numpy()
    zoned = _pandas_zoned(series) if dtype == nw.Unknown else None
    if zoned is not None:
        instant = np.where(null, 0, zoned[0].dt.timestamp("us").to_numpy())
        wall = zoned[1].dt.timestamp("us").to_numpy()
        offset = np.where(null, 0, wall) - instant
        return instant.astype(np.int64), offset.astype(np.int64), ~null
    if dtype == nw.Datetime and dtype.time_zone is not None:
        instant = np.where(null, 0, series.dt.timestamp("us").to_numpy())
        wall = series.dt.replace_time_zone(None).dt.timestamp("us").to_numpy()
        offset = np.where(null, 0, wall) - instant
        return instant.astype(np.int64), offset.astype(np.int64), ~null
    if dtype == nw.Object:
        instant = np.zeros(len(null), dtype=np.int64)
        offset = np.zeros(len(null), dtype=np.int64)
        epoch = datetime(1970, 1, 1)
        one = timedelta(microseconds=1)
        wrong: dict[int, str] = {}
        for row, value in enumerate(_objects(series).tolist()):
            if value is None:
                continue
            shift = value.utcoffset() if isinstance(value, datetime) else None
            if shift is None:
                wrong[row] = f"must be a datetime with a time zone (got {shown(value)})"
                null[row] = True
                continue
            wall = value.replace(tzinfo=None)
            instant[row] = (wall - shift - epoch) // one
            offset[row] = shift // one
        cells.each(name, wrong)
        return instant, offset, ~null
    got = "datetimes without one" if dtype == nw.Datetime else _kind_name(dtype)
    cells.column(name, f"must hold datetimes with a time zone (got {got})")
    return None


def _flags(series: Any, name: str, cells: Cells) -> Any | None:
    """A true-or-false column; a missing cell is a problem."""
    if _empty(series):
        null = np.ones(len(series), dtype=bool)
        cells.add(name, null, lambda row: "must be true or false (got None)")
        return ~null
    dtype = series.dtype
    if dtype == nw.Boolean:
        null = series.is_null().to_numpy()
        # Nulls filled first: pandas's NA cannot be compared.
        values = series.fill_null(value=False).to_numpy().astype(bool)
    elif dtype == nw.Object:
        objects = _objects(series)
        values = np.zeros(len(objects), dtype=bool)
        null = np.zeros(len(objects), dtype=bool)
        wrong: dict[int, str] = {}
        for row, value in enumerate(objects.tolist()):
            if isinstance(value, (bool, np.bool_)):
                values[row] = bool(value)
            elif value is not None:
                wrong[row] = f"must be true or false (got {shown(value)})"
            else:
                null[row] = True
        cells.each(name, wrong)
    else:
        cells.column(name, f"must hold true or false (got {_kind_name(dtype)})")
        return None
    cells.add(name, null, lambda row: "must be true or false (got None)")
    return values.astype(bool)


def _kinds(series: Any, name: str, cells: Cells) -> Any | None:
    """A kind column: each cell one of `selfassess.EvidenceKind`'s values (or members)."""
    count = len(series)
    dtype = series.dtype
    if _empty(series):
        kinds = np.full(count, -1, dtype=np.int64)
        codes, distinct = kinds, np.empty(0, dtype=object)
    elif not (_is_text(dtype) or dtype == nw.Object):
        cells.column(name, f"must hold kinds of evidence (got {_kind_name(dtype)})")
        return None
    else:
        codes, distinct = factorize_column(series)
        kind_of = np.array(
            [_kind_code(value) for value in distinct.tolist()] + [-1], dtype=np.int64
        )
        kinds = kind_of[codes]  # a null's code, -1, takes the last place: not a kind
    cells.add(
        name,
        kinds < 0,
        lambda row: (
            f"must be one of {_KINDS_SHOWN} "
            f"(got {shown(distinct[codes[row]] if codes[row] >= 0 else None)})"
        ),
    )
    return np.where(kinds < 0, 1, kinds).astype(np.int8)


def _kind_code(value: object) -> int:
    """A kind's place in `selfassess.EvidenceKind`, from its value or itself; -1 if none."""
    if isinstance(value, EvidenceKind):
        return KINDS.index(value)
    return _KIND_VALUES.get(value, -1) if isinstance(value, str) else -1


def _moment(instant: int, offset: int) -> str:
    """A moment, from its instant and offset in microseconds, as ISO 8601 text."""
    zone = timezone(timedelta(microseconds=offset))
    moment = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(microseconds=instant)
    return moment.astimezone(zone).isoformat()


def _across(
    columns: Mapping[str, str],
    cells: Cells,
    *,
    score: Any,
    excused: Any,
    assessed: Any,
    moment: Any,
    timed: bool,
) -> None:
    """The rules between columns: a score unless excused, a moment on its day."""
    col = columns.__getitem__
    if score is not None and excused is not None:
        _, null = score
        cells.add(
            col("score"),
            null & ~excused,
            lambda row: (
                "must be a number; only excused evidence may have none (got None)"
            ),
        )
    if assessed is not None and moment is not None and timed:
        instant, offset, known = moment
        local_day = np.floor_divide(instant + offset, _DAY_US)
        days, _ = assessed
        wrong = known & assessed[1] & (local_day != days)
        cells.add(
            col("assessed_at"),
            wrong,
            lambda row: (
                f"must fall on {col('assessed_on')} "
                f"({date.fromordinal(int(days[row]) + 719_163).isoformat()}) in its own "
                f"time zone (got {_moment(int(instant[row]), int(offset[row]))})"
            ),
        )
    if assessed is not None:
        cells.add(
            col("assessed_on"), ~assessed[1], lambda row: "must be a date (got None)"
        )


def read_evidence_columns(frame: Any, columns: Mapping[str, str]) -> EvidenceColumns:
    """Read and check a frame of evidence, every cell, into `EvidenceColumns`.

    Args:
        frame: Any frame narwhals supports (eager).
        columns: Each `selfassess.Evidence` field's column name (`column_names`).

    Raises:
        InvalidDataError: Listing every bad cell and every missing or mistyped
            column.
    """
    data = eager(frame)
    present = set(data.columns)
    cells = Cells(tuple(columns[field] for field in EVIDENCE_FIELDS))
    count = len(data)
    series: dict[str, Any] = {}
    for field in EVIDENCE_FIELDS:
        name = columns[field]
        if name in present:
            series[field] = data[name]
        elif field in _REQUIRED:
            hint = "" if name != field else f"; name yours with {field}='...'"
            cells.column(
                name, f"is missing: the frame has no column {shown(name)}{hint}"
            )
    if any(field not in series for field in _REQUIRED):
        cells.done()
    col = columns.__getitem__
    student = _ids(series["student"], col("student"), cells, required=True)
    standard = _ids(series["standard"], col("standard"), cells, required=True)
    score = _numbers(series["score"], col("score"), cells)
    assessed = _days(series["assessed_on"], col("assessed_on"), cells)
    # A column the frame does not have costs nothing: one value, seen at every row
    # (a read-only view; nothing writes into the columns).
    none = np.broadcast_to(np.False_, (count,))
    zeros = np.broadcast_to(np.int64(0), (count,))

    def optional(field: str, read: Callable[..., Any], default: Any) -> Any:
        if field not in series:
            return default
        return read(series[field], col(field), cells)

    kind = optional("kind", _kinds, np.broadcast_to(np.int8(1), (count,)))
    excused = optional("excused", _flags, none)
    attempt = optional(
        "attempt",
        lambda s, n, c: _whole(s, n, c, low=1, high=_MAX_ATTEMPT, required=True),
        (np.broadcast_to(np.int64(1), (count,)), np.broadcast_to(np.True_, (count,))),
    )
    sequence = optional(
        "sequence",
        lambda s, n, c: _whole(s, n, c, low=0, high=MAX_COUNT),
        (zeros, none),
    )
    due = optional("due_on", _days, (zeros, none))
    submitted = optional("submitted_on", _days, (zeros, none))
    source = optional(
        "source",
        lambda s, n, c: _ids(s, n, c, required=False),
        (np.broadcast_to(np.int64(-1), (count,)), np.empty(0, dtype=object)),
    )
    moment = optional("assessed_at", _moments, (zeros, zeros, none))
    _across(
        columns,
        cells,
        score=score,
        excused=excused,
        assessed=assessed,
        moment=moment,
        timed="assessed_at" in series,
    )
    cells.done()
    # Every column was read (a column problem raised above).
    assert student is not None
    assert standard is not None
    assert score is not None
    assert assessed is not None
    assert source is not None
    assert moment is not None
    source_code, sources = _ranked(*source)
    return EvidenceColumns(
        rows=np.arange(count, dtype=np.int64),
        student=student[0],
        students=student[1],
        standard=standard[0],
        standards=standard[1],
        score=score[0],
        assessed_on=assessed[0],
        kind=kind,
        excused=excused,
        attempt=attempt[0],
        due_on=due[0],
        due_known=due[1],
        submitted_on=submitted[0],
        submitted_known=submitted[1],
        source=source_code,
        source_known=source[0] >= 0,
        sources=sources,
        moment=moment[0],
        offset=moment[1],
        moment_known=moment[2],
        sequence=sequence[0],
        sequence_known=sequence[1],
    )


def _ranked(codes: Any, distinct: Any) -> tuple[Any, Any]:
    """Codes renumbered as ranks in sorted order (0 where unknown), the ids sorted."""
    order = sorted(range(len(distinct)), key=distinct.__getitem__)
    rank = np.zeros(len(distinct) + 1, dtype=np.int64)
    rank[order] = np.arange(len(distinct), dtype=np.int64)
    return rank[codes], distinct[order] if order else distinct


def build_like(frame: Any, data: Mapping[str, Any]) -> Any:
    """A native frame of the same library as *frame*, with the columns of *data*."""
    implementation = eager(frame).implementation
    return nw.from_dict(dict(data), backend=implementation).to_native()
