"""xAPI statements as evidence, and evidence as statements.

An xAPI statement says that an actor did something (a verb) to an object, with a
result and a timestamp; a Learning Record Store (LRS) keeps them. A statement whose
``result`` has a ``score`` is a piece of evidence: the actor is the student, the
object (an activity) is the standard or the assessment of it, the score is the
score, and the timestamp is when it was earned. `read_statements` reads them;
`write_statement` writes one piece of evidence as a statement. Sending and fetching
them is yours to do.

The rules held to, from the xAPI specification (version 1.0.3, Part Two, "Experience
API Data", https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md):

- a statement has an ``actor``, a ``verb`` and an ``object`` (2.2);
- an Agent is identified by exactly one of ``mbox`` (a ``mailto:`` IRI),
  ``mbox_sha1sum``, ``openid`` or ``account`` (with ``homePage`` and ``name``)
  (2.4.2.1, 2.4.2.3);
- a verb has an ``id``, an IRI (2.4.3); an activity has an ``id``, an IRI (2.4.4.1);
- a score's ``scaled`` is a decimal number from -1 to 1, ``raw`` one from ``min`` to
  ``max`` when they are given, ``min`` less than ``max`` (2.4.5.1); "scaled" and
  "raw" need not be related: scaling is left to communities of practice;
- a timestamp is ISO 8601, should include its time zone and keeps at least
  milliseconds (2.4.7, 4.5); an LRS sets it to the moment it stored the statement
  when it is left out;
- a statement with the verb ``http://adlnet.gov/expapi/verbs/voided`` voids the
  statement its object refers to (2.3.2).

The verb written is ADL's ``http://adlnet.gov/expapi/verbs/scored`` (ADL's verb
list, adlnet/xAPIWrapper ``verbs.js``; the xAPI SCORM profile uses it for a score);
ADL has no "assessed" verb.

Edge: uses the standard library and the layers below; nothing imports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal

from selfassess._evidence import Evidence, EvidenceKind
from selfassess._validate import Arguments, shown
from selfassess.errors import InvalidDataError
from selfassess.interop._payload import Payload, join

__all__ = ["SCORED", "VOIDED", "read_statements", "write_statement"]

SCORED = "http://adlnet.gov/expapi/verbs/scored"
"""ADL's verb for a score earned on an activity, the verb `write_statement` uses."""

VOIDED = "http://adlnet.gov/expapi/verbs/voided"
"""ADL's verb that voids another statement (xAPI 2.3.2)."""

_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
"""An Agent's inverse functional identifiers: exactly one is given."""

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
"""An IRI, as far as a reader can tell: a scheme, a colon, and no spaces."""

_TIMESTAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?",
    re.ASCII,
)
"""An ISO 8601 combined date and time in the extended format, with or without a time
zone: RFC 3339's ``Z`` and ``+05:30``, ISO 8601's ``+0530`` and ``+05``, seconds
and their fraction optional (ISO 8601's reduced precision)."""

_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


# --------------------------------------------------------------------------------------
# read_statements
# --------------------------------------------------------------------------------------


def read_statements(
    statements: Sequence[Any] | Mapping[str, Any],
    *,
    student_of: Callable[[Mapping[str, Any]], str | None] | None = None,
    standard_of: Callable[[str], str | None] | None = None,
    score_from: Literal["raw", "scaled"] = "raw",
    minimum: float | None = None,
    maximum: float | None = None,
    kind: EvidenceKind = EvidenceKind.FORMATIVE,
) -> tuple[Evidence, ...]:
    """Read scored xAPI statements as evidence: one piece for each scored statement.

    The student is the actor's ``account`` ``name`` by default (else the address of
    its ``mbox``, else its ``openid`` or ``mbox_sha1sum``); pass *student_of* to map
    the actor to your own student ids. The standard is the activity's ``id`` by
    default; pass *standard_of* to map it. The score is the ``raw`` score, or with
    ``score_from="scaled"`` the ``scaled`` score placed on the scale from *minimum*
    to *maximum* (``minimum + scaled * (maximum - minimum)``). The statement's
    ``timestamp`` (or, without one, its ``stored``) is kept as ``assessed_at`` with
    its own offset, and its day there as ``assessed_on``; a timestamp without a
    time zone, which xAPI allows, gives ``assessed_on`` only.

    Statements without a score (``experienced``, ``completed`` without a score) are
    not evidence and are skipped, as are those for which *student_of* or
    *standard_of* returns ``None``, and those voided by a ``voided`` statement in
    the list.

    Args:
        statements: The statements, decoded from JSON: a list, or the
            ``StatementResult`` an LRS returns (``{"statements": [...],
            "more": ...}``).
        student_of: A function of the actor (its dict) that gives the student's
            id, or ``None`` to skip the statement (a teacher's). A
            ``LookupError`` it raises (an actor missing from your mapping) is
            reported as a problem with the statement.
        standard_of: A function of the activity's id that gives the standard's id,
            or ``None`` to skip the statement (an activity aligned to no standard).
            A ``LookupError`` it raises is reported as a problem with the statement.
        score_from: ``"raw"`` to read ``result.score.raw`` as it is; ``"scaled"``
            to place ``result.score.scaled`` (0 to 1) on the scale from *minimum* to
            *maximum*.
        minimum: The bottom of the scale, with ``score_from="scaled"``.
        maximum: The top of the scale, with ``score_from="scaled"``.
        kind: The kind of every piece of evidence; formative by default.

    Returns:
        The evidence, in the order of the statements, each with the statement's
        ``id`` as its ``source`` and its position in the list as its
        ``sequence`` (so that scores of one moment keep their order).

    Raises:
        ArgumentTypeError: If an argument other than *statements* is of the wrong
            type.
        InvalidDataError: If a statement breaks a rule of xAPI (see the module's
            description), a scored statement's object is not an activity, its
            score has no ``raw`` (or no ``scaled``, with ``score_from="scaled"``),
            a ``scaled`` score is below 0 where a scale is asked for, the
            timestamp is no ISO 8601 moment, or a mapping finds no id, listing
            every problem with its path in the payload
            (``[2].result.score.scaled``, or ``statements[2]...`` in a
            ``StatementResult``).

    Example:
        >>> from selfassess.interop.xapi import read_statements
        >>> [evidence] = read_statements([{
        ...     "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        ...     "actor": {"account": {"homePage": "https://lms.example.edu",
        ...                           "name": "ana"}},
        ...     "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
        ...     "object": {"id": "https://standards.example.edu/4.NF.1"},
        ...     "result": {"score": {"raw": 3, "min": 1, "max": 4}},
        ...     "timestamp": "2026-10-02T09:30:00.000-05:00",
        ... }])
        >>> evidence.student, evidence.standard, evidence.score
        ('ana', 'https://standards.example.edu/4.NF.1', 3.0)
        >>> evidence.assessed_on, evidence.assessed_at.isoformat()
        (datetime.date(2026, 10, 2), '2026-10-02T09:30:00-05:00')
    """
    scale = _check_reading(
        score_from=score_from,
        minimum=minimum,
        maximum=maximum,
        kind=kind,
        student_of=student_of,
        standard_of=standard_of,
    )
    payload = Payload()
    items, prefix = _statements(payload, statements)
    voided: set[str] = set()
    found: list[tuple[Evidence, str | None]] = []
    for index, item in enumerate(items):
        path = f"{prefix}[{index}]"
        statement = payload.mapping(path, item)
        if statement is None:
            continue
        reader = _Reader(
            payload,
            path,
            statement,
            scale=scale,
            student_of=student_of,
            standard_of=standard_of,
        )
        target = reader.voided()
        if target is not None:
            voided.add(target)
            continue
        evidence = reader.evidence(kind, index)
        if evidence is not None:
            found.append((evidence, evidence.source))
    payload.done()
    return tuple(evidence for evidence, id in found if id is None or id not in voided)


def _check_reading(
    *,
    score_from: object,
    minimum: object,
    maximum: object,
    kind: object,
    student_of: object,
    standard_of: object,
) -> tuple[float, float] | None:
    """Check read_statements's keyword arguments; the scale, for scaled scores."""
    arguments = Arguments()
    arguments.text("score_from", score_from)
    low = arguments.optional_number("minimum", minimum)
    high = arguments.optional_number("maximum", maximum)
    arguments.member("kind", kind, EvidenceKind)
    for name, value in (("student_of", student_of), ("standard_of", standard_of)):
        if value is not None and not callable(value):
            arguments.wrong_kind(name, f"must be a function (got {shown(value)})")
    if arguments.check.wrong_kind:  # stop before reading a value of the wrong kind
        arguments.done()
    if score_from not in ("raw", "scaled"):
        arguments.add(
            "score_from", f"must be 'raw' or 'scaled' (got {shown(score_from)})"
        )
    elif score_from == "raw" and (low is not None or high is not None):
        arguments.add(
            "minimum" if low is not None else "maximum",
            "must be left out with score_from='raw': a raw score is read as it is",
        )
    elif score_from == "scaled":
        if low is None or high is None:
            arguments.add(
                "minimum" if low is None else "maximum",
                "must be given with score_from='scaled': the scale to place scaled "
                "scores on",
            )
        elif high <= low:
            arguments.add(
                "maximum",
                f"must be greater than minimum ({low:g}) (got {high:g})",
            )
    arguments.done()
    if score_from == "scaled":
        assert low is not None  # for mypy: checked above
        assert high is not None
        return low, high
    return None


def _statements(payload: Payload, statements: object) -> tuple[Sequence[Any], str]:
    """The list of statements, and the path prefix of their items."""
    if isinstance(statements, Mapping):
        if "statements" not in statements:
            payload.add(
                "statements",
                "is missing: give a list of statements, or the StatementResult "
                "of an LRS",
            )
            return (), "statements"
        items = payload.items("statements", statements["statements"])
        return items or (), "statements"
    items = payload.items("", statements)
    return items or (), ""


class _Reader:
    """Reads one statement, recording its problems at their paths."""

    def __init__(
        self,
        payload: Payload,
        path: str,
        statement: Mapping[str, Any],
        *,
        scale: tuple[float, float] | None,
        student_of: Callable[[Mapping[str, Any]], str | None] | None,
        standard_of: Callable[[str], str | None] | None,
    ) -> None:
        self.payload = payload
        self.path = path
        self.statement = statement
        self.scale = scale
        self.student_of = student_of
        self.standard_of = standard_of

    def voided(self) -> str | None:
        """The id of the statement this one voids, if it is a voiding statement."""
        verb = self.statement.get("verb")
        if not isinstance(verb, Mapping) or verb.get("id") != VOIDED:
            return None
        target = self.statement.get("object")
        path = join(self.path, "object")
        found = self.payload.mapping(path, target)
        if found is None:
            return None
        if found.get("objectType") != "StatementRef":
            self.payload.add(
                join(path, "objectType"),
                "must be 'StatementRef' in a voiding statement "
                f"(got {shown(found.get('objectType'))})",
            )
        return self.payload.identifier(path, found, "id")

    def evidence(self, kind: EvidenceKind, index: int) -> Evidence | None:
        """The statement as evidence, or ``None`` (problems recorded, or no score)."""
        payload, path, statement = self.payload, self.path, self.statement
        result = statement.get("result")
        if result is None:
            return None  # no result, no score: not evidence
        if (
            payload.mapping(join(path, "result"), result) is None
            or "score" not in result
        ):
            return None
        before = self._count()
        statement_id = payload.identifier(path, statement, "id", required=False)
        actor = self._actor()
        self._verb()
        activity = self._activity()
        score = self._score()
        moment = self._moment()
        if self._count() > before or score is None:
            return None
        assert actor is not None  # for mypy: a problem was recorded otherwise
        assert activity is not None
        assert moment is not None
        student = self._mapped("actor", self.student_of, actor, _student(actor))
        standard = self._mapped("object.id", self.standard_of, activity, activity)
        if student is None or standard is None:
            return None
        day, at = moment
        try:
            return Evidence(
                student=student,
                standard=standard,
                score=score,
                assessed_on=day,
                kind=kind,
                source=statement_id,
                assessed_at=at,
                sequence=index,
            )
        except InvalidDataError as error:
            fields = {"student": "actor", "standard": "object.id", "source": "id"}
            for problem in error.problems:
                where = fields.get(problem.path.split(".")[0], "")
                payload.add(join(path, where) if where else path, problem.message)
            return None

    def _part(self, name: str) -> Mapping[str, Any] | None:
        """The statement's actor, verb or object: required, an object."""
        if name not in self.statement:
            self.payload.add(join(self.path, name), "is missing")
            return None
        return self.payload.mapping(join(self.path, name), self.statement[name])

    def _count(self) -> int:
        return len(self.payload.check.problems) + self.payload.check.omitted

    def _actor(self) -> Mapping[str, Any] | None:
        payload = self.payload
        path = join(self.path, "actor")
        actor = self._part("actor")
        if actor is None:
            return None
        kind = actor.get("objectType", "Agent")
        if kind != "Agent":
            payload.add(
                join(path, "objectType"),
                "must be 'Agent': a group's score is no one student's evidence "
                f"(got {shown(kind)})",
            )
            return None
        given = [name for name in _IFIS if name in actor]
        if len(given) != 1:
            listed = ", ".join(given) if given else "none"
            payload.add(
                path,
                "must be identified by exactly one of mbox, mbox_sha1sum, openid "
                f"and account (got {listed})",
            )
            return None
        before = self._count()
        name = given[0]
        if name == "account":
            account = payload.mapping(join(path, "account"), actor["account"])
            if account is not None:
                payload.text(join(path, "account"), account, "homePage", empty=False)
                payload.text(join(path, "account"), account, "name", empty=False)
        else:
            value = payload.text(path, actor, name, empty=False)
            if name == "mbox" and value is not None and not value.startswith("mailto:"):
                payload.add(
                    join(path, "mbox"),
                    f"must be a mailto: IRI (got {shown(value)})",
                )
        return actor if self._count() == before else None

    def _verb(self) -> None:
        payload = self.payload
        path = join(self.path, "verb")
        verb = self._part("verb")
        if verb is not None:
            _iri(payload, path, verb, "id")

    def _activity(self) -> str | None:
        """The activity's id; a problem if the object is not an activity."""
        payload = self.payload
        path = join(self.path, "object")
        found = self._part("object")
        if found is None:
            return None
        kind = found.get("objectType", "Activity")
        if kind != "Activity":
            payload.add(
                join(path, "objectType"),
                "must be 'Activity' for a score to be evidence of a standard "
                f"(got {shown(kind)})",
            )
            return None
        return _iri(payload, path, found, "id")

    def _score(self) -> float | None:
        """The score on the scale asked for; ``None`` without a score (or a problem)."""
        payload = self.payload
        result = self.statement["result"]  # a mapping with a score: checked
        path = join(self.path, "result.score")
        score = payload.mapping(path, result["score"])
        if score is None:
            return None
        values = {
            name: payload.number(path, score, name, required=False)
            for name in ("scaled", "raw", "min", "max")
        }
        scaled, raw, low, high = (values[n] for n in ("scaled", "raw", "min", "max"))
        if scaled is not None and not -1 <= scaled <= 1:
            payload.add(
                join(path, "scaled"), f"must be between -1 and 1 (got {scaled:g})"
            )
        if low is not None and high is not None and low >= high:
            payload.add(
                join(path, "min"), f"must be less than max ({high:g}) (got {low:g})"
            )
        elif raw is not None:
            if low is not None and raw < low:
                payload.add(
                    join(path, "raw"), f"must be at least min ({low:g}) (got {raw:g})"
                )
            if high is not None and raw > high:
                payload.add(
                    join(path, "raw"), f"must be at most max ({high:g}) (got {raw:g})"
                )
        if self.scale is None:
            if raw is None and "raw" not in score:
                payload.add(
                    join(path, "raw"),
                    "is missing: read scaled scores with score_from='scaled' and a "
                    "scale (minimum, maximum)",
                )
            return raw
        if scaled is None:
            if "scaled" not in score:
                payload.add(join(path, "scaled"), "is missing (score_from='scaled')")
            return None
        if scaled < 0:
            payload.add(
                join(path, "scaled"),
                f"must be at least 0 to be placed on a scale (got {scaled:g})",
            )
            return None
        bottom, top = self.scale
        return bottom + scaled * (top - bottom)

    def _moment(self) -> tuple[date, datetime | None] | None:
        """The day, and the moment if the timestamp has a time zone."""
        payload, path, statement = self.payload, self.path, self.statement
        name = (
            "timestamp"
            if "timestamp" in statement or "stored" not in statement
            else "stored"
        )
        text = payload.text(path, statement, name, empty=False)
        if text is None:
            return None
        found = _parse_timestamp(text)
        if found is None:
            payload.add(
                join(path, name),
                "must be an ISO 8601 date and time like "
                f"'2026-10-02T09:30:00.000Z' (got {shown(text)})",
            )
        return found

    def _mapped(
        self,
        where: str,
        mapping: Callable[[Any], str | None] | None,
        value: Any,
        default: str,
    ) -> str | None:
        """The id a caller's mapping gives (or the default), reporting a miss."""
        if mapping is None:
            return default
        try:
            found = mapping(value)
        except LookupError as error:
            self.payload.add(
                join(self.path, where),
                f"has no id in the mapping given ({type(error).__name__}: {error})",
            )
            return None
        if found is not None and not isinstance(found, str):
            self.payload.add(
                join(self.path, where),
                f"was mapped to {shown(found)}: the mapping must give a string or None",
            )
            return None
        return found


def _iri(payload: Payload, path: str, data: Mapping[str, Any], key: str) -> str | None:
    value = payload.text(path, data, key, empty=False)
    if value is not None and not _IRI.fullmatch(value):
        payload.add(
            join(path, key), f"must be an IRI, with a scheme (got {shown(value)})"
        )
        return None
    return value


def _student(actor: Mapping[str, Any]) -> str:
    """The student's id by default: the account's name, the mbox's address, ..."""
    if "account" in actor:
        return str(actor["account"]["name"])
    if "mbox" in actor:
        return str(actor["mbox"]).removeprefix("mailto:")
    if "openid" in actor:
        return str(actor["openid"])
    return str(actor["mbox_sha1sum"])


def _parse_timestamp(text: str) -> tuple[date, datetime | None] | None:
    """The day and the moment of an ISO 8601 timestamp; ``None`` if it is not one.

    Without a time zone there is no moment, only the day as written. Digits of a
    second beyond the microsecond are dropped (xAPI keeps milliseconds).
    """
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute = (int(match[n]) for n in range(1, 6))
    second = int(match[6] or 0)
    micro = int((match[7] or "0")[:6].ljust(6, "0"))
    zone: timezone | None = None
    if match[8]:
        zone = timezone.utc
    elif match[9]:
        hours, minutes = int(match[10]), int(match[11] or 0)
        if hours > 23 or minutes > 59:
            return None
        offset = timedelta(hours=hours, minutes=minutes)
        zone = timezone(-offset if match[9] == "-" else offset)
    try:
        moment = datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)
    except ValueError:  # no such day or time: 2026-02-30, 24:00, a leap second
        return None
    return moment.date(), (moment if zone is not None else None)


# --------------------------------------------------------------------------------------
# write_statement
# --------------------------------------------------------------------------------------


def write_statement(
    evidence: Evidence,
    *,
    home_page: str | None = None,
    actor: Mapping[str, Any] | None = None,
    activity: str | None = None,
    verb: str = SCORED,
    minimum: float | None = None,
    maximum: float | None = None,
    statement_id: str | None = None,
    timestamp: datetime | None = None,
) -> dict[str, Any]:
    """Write one piece of evidence as an xAPI statement of its score.

    The actor is the student: an ``account`` on *home_page* named with the
    evidence's ``student`` (what `read_statements` reads back by default), or the
    Agent *actor* you give. The object is the activity *activity*, by default the
    evidence's ``standard`` when that is an IRI. The result's score is the
    evidence's score as ``raw``; with the scale's *minimum* and *maximum*, they are
    written too, with ``scaled`` the score's place between them, from 0 to 1 (what
    `read_statements` with ``score_from="scaled"`` places back). The timestamp is
    the evidence's ``assessed_at`` (or *timestamp*), with its offset and at least
    milliseconds. The kind, the due and submitted days, the source and the attempt
    have no place in a statement and are not written.

    Args:
        evidence: The evidence to write; not excused.
        home_page: The home page of the system whose accounts the students' ids
            are (your LMS's address): the actor is ``{"account": {"homePage":
            home_page, "name": evidence.student}}``. Give this or *actor*.
        actor: The student as an xAPI Agent, to write as it is: exactly one of
            ``mbox``, ``mbox_sha1sum``, ``openid`` and ``account``.
        activity: The activity's id, an IRI; the evidence's standard by default.
        verb: The verb's id, an IRI; ADL's ``scored`` by default.
        minimum: The bottom of the scale the score is on, with *maximum*.
        maximum: The top of the scale the score is on; greater than *minimum*.
        statement_id: The statement's id, a UUID, if you give it one (the LRS
            gives one otherwise; a library with no randomness cannot).
        timestamp: When the score was earned, with its time zone, if the evidence
            has no ``assessed_at``.

    Returns:
        The statement, a dict ready to encode as JSON.

    Raises:
        ArgumentTypeError: If an argument is of the wrong type, or *timestamp* has
            no time zone.
        InvalidDataError: If xAPI would refuse the statement or it would say
            something else: excused evidence, neither or both of *home_page* and
            *actor*, an actor without exactly one identifier, an id that is no
            IRI (or no UUID), only one of *minimum* and *maximum*, a *minimum*
            not below *maximum*, a score outside them, or no timestamp.

    Example:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from selfassess import Evidence
        >>> from selfassess.interop.xapi import write_statement
        >>> evidence = Evidence(
        ...     student="ana", standard="https://standards.example.edu/4.NF.1",
        ...     score=3, assessed_on=date(2026, 10, 2),
        ...     assessed_at=datetime(2026, 10, 2, 9, 30,
        ...                          tzinfo=timezone(timedelta(hours=-5))))
        >>> statement = write_statement(
        ...     evidence, home_page="https://lms.example.edu", minimum=1, maximum=4)
        >>> statement["result"], statement["timestamp"]
        ({'score': {'scaled': 0.6666666666666666, 'raw': 3.0, 'min': 1.0, 'max': 4.0}}, '2026-10-02T09:30:00.000-05:00')
    """
    arguments = Arguments()
    arguments.instance("evidence", evidence, Evidence)
    for name, value in (
        ("home_page", home_page),
        ("activity", activity),
        ("statement_id", statement_id),
    ):
        arguments.optional_text(name, value)
    arguments.text("verb", verb)
    if actor is not None and not isinstance(actor, Mapping):
        arguments.wrong_kind("actor", f"must be a dict (got {shown(actor)})")
    low = arguments.optional_number("minimum", minimum)
    high = arguments.optional_number("maximum", maximum)
    if timestamp is not None:
        offset = timestamp.utcoffset() if isinstance(timestamp, datetime) else None
        if offset is None:
            arguments.wrong_kind(
                "timestamp",
                f"must be a datetime with a time zone (got {shown(timestamp)})",
            )
    if arguments.check.wrong_kind:  # stop before reading a value of the wrong kind
        arguments.done()
    written_actor = _actor_written(arguments, evidence, home_page, actor)
    object_id = activity if activity is not None else evidence.standard
    if not _IRI.fullmatch(object_id):
        name = "activity" if activity is not None else "evidence.standard"
        hint = "" if activity is not None else ", or give activity="
        arguments.add(
            name,
            f"must be an IRI to be the statement's activity id{hint} "
            f"(got {shown(object_id)})",
        )
    if not _IRI.fullmatch(verb):
        arguments.add("verb", f"must be an IRI (got {shown(verb)})")
    if statement_id is not None and not _UUID.fullmatch(statement_id):
        arguments.add(
            "statement_id",
            f"must be a UUID in its standard form (got {shown(statement_id)})",
        )
    if evidence.excused:
        arguments.add(
            "evidence.excused",
            "must be false: an excused score is no score, and xAPI has no excused "
            "result (got True)",
        )
    # Excused evidence is refused above; only it may have no score.
    score = _score_written(arguments, evidence.score or 0.0, low, high)
    moment = _moment_written(arguments, evidence, timestamp)
    arguments.done()
    assert moment is not None  # for mypy: done() raised otherwise
    statement: dict[str, Any] = {}
    if statement_id is not None:
        statement["id"] = statement_id
    statement["actor"] = written_actor
    statement["verb"] = (
        {"id": verb, "display": {"en-US": "scored"}} if verb == SCORED else {"id": verb}
    )
    statement["object"] = {"objectType": "Activity", "id": object_id}
    statement["result"] = {"score": score}
    statement["timestamp"] = moment
    return statement


def _actor_written(
    arguments: Arguments,
    evidence: Evidence,
    home_page: str | None,
    actor: Mapping[str, Any] | None,
) -> dict[str, Any]:
    if (home_page is None) == (actor is None):
        arguments.add(
            "home_page",
            "must be given, or actor, but not both: the student's account or Agent",
        )
        return {}
    if home_page is not None:
        if not _IRI.fullmatch(home_page):
            arguments.add(
                "home_page", f"must be an IRL, with a scheme (got {shown(home_page)})"
            )
        return {
            "objectType": "Agent",
            "account": {"homePage": home_page, "name": evidence.student},
        }
    assert actor is not None  # for mypy: one of the two is given
    given = [name for name in _IFIS if name in actor]
    if len(given) != 1 or actor.get("objectType", "Agent") != "Agent":
        listed = ", ".join(given) if given else "none"
        arguments.add(
            "actor",
            "must be an Agent identified by exactly one of mbox, mbox_sha1sum, "
            f"openid and account (got {listed})",
        )
    return dict(actor)


def _score_written(
    arguments: Arguments, raw: float, low: float | None, high: float | None
) -> dict[str, float]:
    if low is None and high is None:
        return {"raw": raw}
    if low is None or high is None:
        arguments.add(
            "minimum" if low is None else "maximum",
            "must be given with the other: a scale has a bottom and a top",
        )
        return {}
    if low >= high:
        arguments.add(
            "maximum", f"must be greater than minimum ({low:g}) (got {high:g})"
        )
        return {}
    if not low <= raw <= high:
        arguments.add(
            "evidence.score",
            f"must be between minimum and maximum ({low:g} and {high:g}) to be an "
            f"xAPI raw score (got {raw:g})",
        )
        return {}
    return {"scaled": (raw - low) / (high - low), "raw": raw, "min": low, "max": high}


def _moment_written(
    arguments: Arguments, evidence: Evidence, timestamp: datetime | None
) -> str | None:
    moment = timestamp if timestamp is not None else evidence.assessed_at
    if moment is None:
        arguments.add(
            "evidence.assessed_at",
            "must be given to write the statement's timestamp, or give timestamp=",
        )
        return None
    offset = moment.utcoffset()
    if offset is not None and offset.total_seconds() % 60:
        name = "timestamp" if timestamp is not None else "evidence.assessed_at"
        arguments.add(
            name, f"must have a time zone offset in whole minutes (got {shown(moment)})"
        )
        return None
    spec = "milliseconds" if moment.microsecond % 1000 == 0 else "microseconds"
    return moment.isoformat(timespec=spec)
