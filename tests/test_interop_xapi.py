"""selfassess.interop.xapi: scored xAPI statements as evidence, and evidence as statements.

Sources (cited again beside each test), all from the xAPI specification 1.0.3,
adlnet/xAPI-Spec ``xAPI-Data.md``:

- 2.2 "Formatting Requirements": a statement uses "actor", "verb" and "object"; the
  LRS rejects strings where numbers are required;
- 2.3.2 "Voiding": a statement with the verb ``http://adlnet.gov/expapi/verbs/voided``
  whose object is a StatementRef voids that statement;
- 2.4.2 "Actor": an Agent is identified by exactly one inverse functional
  identifier (``mbox``, a ``mailto:`` IRI; ``mbox_sha1sum``; ``openid``;
  ``account`` with ``homePage`` and ``name``); a Group is a collection of Agents;
- 2.4.3 "Verb" and 2.4.4 "Object": ids are IRIs; an object's ``objectType`` is
  "Activity" unless given;
- 2.4.5.1 "Score": ``scaled`` "Decimal number between -1 and 1, inclusive",
  ``raw`` "Decimal number between min and max (if present, otherwise unrestricted),
  inclusive", ``min`` "Decimal number less than max (if present)", ``max``
  "Decimal number greater than min (if present)"; "scaled" and "raw" need not be
  related;
- 2.4.7 "Timestamp" and 4.5 "ISO 8601 Timestamps": ISO 8601, "SHOULD* include the
  time zone", at least millisecond precision; when left out the LRS sets it to the
  "stored" moment;
- Appendix A, "Example Statements": the simple statement (no result), the
  "attempted" statement with ``"result": {"score": {"scaled": 0.95}, ...}`` and
  ``"timestamp": "2015-12-18T12:17:00+00:00"``, and the long example
  (``"timestamp": "2013-05-18T05:32:34.804+00:00"``, ``account`` actors).

The verb ``http://adlnet.gov/expapi/verbs/scored`` is ADL's (adlnet/xAPIWrapper
``verbs.js``), as the xAPI SCORM profile uses it for scores
(adlnet/xAPI-SCORM-Profile ``document-schemas/scorm.profile.score.schema.json``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Evidence, EvidenceKind
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.interop.xapi import SCORED, VOIDED, read_statements, write_statement

from strategies import identifiers

HOME = "https://lms.example.edu"
STANDARD = "https://standards.example.edu/ccss/4.NF.1"

# Appendix A's first example: a statement with no result, so no score.
SIMPLE: Mapping[str, Any] = {
    "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
    "timestamp": "2015-11-18T12:17:00+00:00",
    "actor": {
        "objectType": "Agent",
        "name": "Project Tin Can API",
        "mbox": "mailto:user@example.com",
    },
    "verb": {
        "id": "http://example.com/xapi/verbs#sent-a-statement",
        "display": {"en-US": "sent"},
    },
    "object": {
        "id": "http://example.com/xapi/activity/simplestatement",
        "definition": {
            "name": {"en-US": "simple statement"},
            "description": {"en-US": "A simple Experience API statement."},
        },
    },
}

# Appendix A's second example: "attempted", a scaled score only.
ATTEMPTED: Mapping[str, Any] = {
    "id": "7ccd3322-e1a5-411a-a67d-6a735c76f119",
    "timestamp": "2015-12-18T12:17:00+00:00",
    "actor": {
        "objectType": "Agent",
        "name": "Example Learner",
        "mbox": "mailto:example.learner@adlnet.gov",
    },
    "verb": {
        "id": "http://adlnet.gov/expapi/verbs/attempted",
        "display": {"en-US": "attempted"},
    },
    "object": {
        "id": "http://example.adlnet.gov/xapi/example/simpleCBT",
        "definition": {
            "name": {"en-US": "simple CBT course"},
            "description": {"en-US": "A fictitious example CBT course."},
        },
    },
    "result": {
        "score": {"scaled": 0.95},
        "success": True,
        "completion": True,
        "duration": "PT1234S",
    },
}

# A quiz on a standard, scored by an LMS that identifies students by account (as the
# long example of Appendix A does), with every part of the score, as an LRS returns
# it (with "stored", "authority" and "version").
SCORED_QUIZ: Mapping[str, Any] = {
    "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
    "actor": {
        "objectType": "Agent",
        "name": "Ana Lima",
        "account": {"homePage": HOME, "name": "ana"},
    },
    "verb": {"id": SCORED, "display": {"en-US": "scored"}},
    "object": {
        "objectType": "Activity",
        "id": STANDARD,
        "definition": {
            "name": {"en-US": "Equivalent fractions"},
            "type": "http://adlnet.gov/expapi/activities/assessment",
        },
    },
    "result": {
        "score": {"scaled": 0.75, "raw": 3, "min": 0, "max": 4},
        "success": True,
        "completion": True,
    },
    "context": {"platform": "Example LMS", "language": "en-US"},
    "timestamp": "2026-10-02T09:30:00.804-05:00",
    "stored": "2026-10-02T14:30:01.120+00:00",
    "authority": {
        "objectType": "Agent",
        "account": {"homePage": "http://cloud.scorm.com/", "name": "anonymous"},
    },
    "version": "1.0.0",
}


def _quiz(**changes: Any) -> dict[str, Any]:
    statement = copy.deepcopy(dict(SCORED_QUIZ))
    statement.update(changes)
    return statement


# --------------------------------------------------------------------------------------
# read_statements
# --------------------------------------------------------------------------------------


def test_a_scored_statement_is_evidence() -> None:
    """Actor's account name, activity id, raw score, timestamp with its own offset."""
    [evidence] = read_statements([SCORED_QUIZ])
    assert (evidence.student, evidence.standard, evidence.score) == (
        "ana",
        STANDARD,
        3.0,
    )
    assert evidence.assessed_at == datetime(
        2026, 10, 2, 9, 30, 0, 804000, tzinfo=timezone(timedelta(hours=-5))
    )
    assert evidence.assessed_at.utcoffset() == timedelta(hours=-5)
    assert evidence.assessed_on == date(2026, 10, 2)
    assert evidence.source == "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"
    assert (evidence.kind, evidence.sequence) == (EvidenceKind.FORMATIVE, 0)


def test_assessed_on_is_the_day_in_the_timestamps_own_zone() -> None:
    """01:30 in India is the day before in UTC: assessed_on keeps India's day.

    Source: xAPI 4.5, "the LRS MAY return the Timestamp using a different timezone
    ... so long as the point in time referenced is not affected": the offset given
    is the one the work was done in.
    """
    [evidence] = read_statements([_quiz(timestamp="2026-10-02T01:30:00+05:30")])
    assert evidence.assessed_on == date(2026, 10, 2)
    assert evidence.assessed_at is not None
    assert evidence.assessed_at.astimezone(timezone.utc).date() == date(2026, 10, 1)


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        # The forms of the AGS and xAPI examples, and ISO 8601's basic offsets.
        ("2013-05-18T05:32:34.804+00:00", datetime(2013, 5, 18, 5, 32, 34, 804000)),
        ("2013-05-18T05:32:34.804Z", datetime(2013, 5, 18, 5, 32, 34, 804000)),
        ("2013-05-18T05:32:34.804+00", datetime(2013, 5, 18, 5, 32, 34, 804000)),
        ("2013-05-18T05:32:34+0000", datetime(2013, 5, 18, 5, 32, 34)),
        ("2013-05-18T05:32:34.123456789Z", datetime(2013, 5, 18, 5, 32, 34, 123456)),
        # ISO 8601's reduced precision (no seconds) and its decimal comma.
        ("2013-05-18T05:32Z", datetime(2013, 5, 18, 5, 32)),
        ("2013-05-18T05:32:34,5Z", datetime(2013, 5, 18, 5, 32, 34, 500000)),
    ],
)
def test_timestamps_in_every_form_the_examples_use(text: str, moment: datetime) -> None:
    """RFC 3339 and ISO 8601 forms; digits beyond the microsecond are dropped.

    Source: xAPI 4.5 ("formatted according to ISO 8601", "SHOULD* be expressed
    using the format described in RFC 3339"); AGS 2.0's examples of valid
    timestamps (``+00:00``, ``Z``, ``+00``).
    """
    [evidence] = read_statements([_quiz(timestamp=text)])
    assert evidence.assessed_at == moment.replace(tzinfo=timezone.utc)


def test_a_timestamp_without_a_time_zone_gives_the_day_only() -> None:
    """A timestamp without a zone (xAPI allows it) gives the day and no moment.

    Source: xAPI 4.5, "A Timestamp SHOULD* include the time zone."
    """
    [evidence] = read_statements([_quiz(timestamp="2026-10-02T23:30:00.000")])
    assert evidence.assessed_on == date(2026, 10, 2)
    assert evidence.assessed_at is None


def test_stored_stands_in_for_a_missing_timestamp() -> None:
    """Without "timestamp" the LRS's "stored" moment is the one used (xAPI 2.4.7)."""
    statement = _quiz()
    del statement["timestamp"]
    [evidence] = read_statements([statement])
    assert evidence.assessed_at == datetime(
        2026, 10, 2, 14, 30, 1, 120000, tzinfo=timezone.utc
    )


def test_statements_without_a_score_are_skipped() -> None:
    """Appendix A's simple statement has no result: it is no evidence."""
    assert read_statements([SIMPLE]) == ()
    found = read_statements([SIMPLE, SCORED_QUIZ])
    assert [evidence.sequence for evidence in found] == [1]


def test_a_statement_result_of_an_lrs_is_read_too() -> None:
    """GET /statements returns {"statements": [...], "more": ...}: read its list.

    Source: xAPI Part Three, 2.1.3 "StatementResult".
    """
    result = {"statements": [SIMPLE, SCORED_QUIZ], "more": ""}
    [evidence] = read_statements(result)
    assert evidence.student == "ana"
    with pytest.raises(InvalidDataError) as raised:
        read_statements({"statements": [_quiz(result={"score": {"raw": "3"}})]})
    assert raised.value.paths == ("statements[0].result.score.raw",)


def test_scaled_scores_are_placed_on_the_scale_given() -> None:
    """Appendix A's scaled 0.95, on the 4-point scale: 1 + 0.95 * 3 = 3.85."""
    [evidence] = read_statements([ATTEMPTED], score_from="scaled", minimum=1, maximum=4)
    assert evidence.score == pytest.approx(3.85)
    assert evidence.student == "example.learner@adlnet.gov"
    assert evidence.assessed_at == datetime(2015, 12, 18, 12, 17, tzinfo=timezone.utc)


def test_reading_raw_scores_reports_a_statement_with_a_scaled_score_only() -> None:
    """Raw and scaled need not be related (xAPI 2.4.5.1): no raw is not made up."""
    with pytest.raises(InvalidDataError) as raised:
        read_statements([ATTEMPTED])
    assert [str(problem) for problem in raised.value.problems] == [
        "[0].result.score.raw: is missing: read scaled scores with "
        "score_from='scaled' and a scale (minimum, maximum)"
    ]


def test_a_negative_scaled_score_has_no_place_on_a_scale() -> None:
    """Scaled may be negative (xAPI allows -1 to 1); below 0 it is off every scale."""
    statement = _quiz(result={"score": {"scaled": -0.5}})
    with pytest.raises(InvalidDataError) as raised:
        read_statements([statement], score_from="scaled", minimum=1, maximum=4)
    assert raised.value.paths == ("[0].result.score.scaled",)


def test_mappings_give_your_own_ids() -> None:
    """student_of and standard_of map the actor and the activity; None skips."""
    codes = {STANDARD: "4.NF.1"}
    ids = {"mailto:example.learner@adlnet.gov": "s-104"}
    teacher = _quiz(actor={"mbox": "mailto:okafor@example.edu"})
    found = read_statements(
        [SCORED_QUIZ, teacher],
        student_of=lambda actor: (
            actor["account"]["name"] if "account" in actor else ids.get(actor["mbox"])
        ),
        standard_of=codes.get,
    )
    assert [(e.student, e.standard) for e in found] == [("ana", "4.NF.1")]
    unaligned = read_statements([SCORED_QUIZ], standard_of=lambda activity: None)
    assert unaligned == ()


def test_a_mapping_that_finds_no_id_is_reported() -> None:
    """A KeyError from a mapping is a problem with the statement, not a crash."""
    with pytest.raises(InvalidDataError) as raised:
        read_statements([SCORED_QUIZ], standard_of={}.__getitem__)
    assert [str(problem) for problem in raised.value.problems] == [
        f"[0].object.id: has no id in the mapping given (KeyError: '{STANDARD}')"
    ]


def test_a_voided_statement_is_not_evidence() -> None:
    """A "voided" statement naming another by id removes it (xAPI 2.3.2)."""
    voiding = {
        "actor": {"mbox": "mailto:okafor@example.edu"},
        "verb": {"id": VOIDED, "display": {"en-US": "voided"}},
        "object": {"objectType": "StatementRef", "id": SCORED_QUIZ["id"]},
    }
    assert read_statements([SCORED_QUIZ, voiding]) == ()
    assert len(read_statements([SCORED_QUIZ, ATTEMPTED, voiding], score_from="scaled",
                               minimum=0, maximum=1)) == 1  # fmt: skip


def test_kind_is_given_to_every_piece_of_evidence() -> None:
    """A quiz scored by a machine may be a quick check, a summative test, ..."""
    [evidence] = read_statements([SCORED_QUIZ], kind=EvidenceKind.QUICK_CHECK)
    assert evidence.kind is EvidenceKind.QUICK_CHECK


@pytest.mark.parametrize(
    ("statement", "problems"),
    [
        (
            _quiz(result={"score": {"scaled": 1.5, "raw": 3}}),
            ["[0].result.score.scaled: must be between -1 and 1 (got 1.5)"],
        ),
        (
            _quiz(result={"score": {"raw": 5, "min": 0, "max": 4}}),
            ["[0].result.score.raw: must be at most max (4) (got 5)"],
        ),
        (
            _quiz(result={"score": {"raw": -1, "min": 0, "max": 4}}),
            ["[0].result.score.raw: must be at least min (0) (got -1)"],
        ),
        (
            _quiz(result={"score": {"raw": 3, "min": 4, "max": 1}}),
            ["[0].result.score.min: must be less than max (1) (got 4)"],
        ),
        (
            _quiz(result={"score": {"raw": 3, "min": 3, "max": 3}}),
            ["[0].result.score.min: must be less than max (3) (got 3)"],
        ),
        (
            _quiz(result={"score": {"raw": "3"}}),
            ["[0].result.score.raw: must be a number (got '3')"],
        ),
        (
            _quiz(result={"score": None}),
            ["[0].result.score: must be an object (got None)"],
        ),
        (
            _quiz(actor={"objectType": "Group", "member": []}),
            [
                "[0].actor.objectType: must be 'Agent': a group's score is no one "
                "student's evidence (got 'Group')"
            ],
        ),
        (
            _quiz(actor={"mbox": "mailto:ana@example.edu", "openid": "http://a.id/"}),
            [
                "[0].actor: must be identified by exactly one of mbox, mbox_sha1sum, "
                "openid and account (got mbox, openid)"
            ],
        ),
        (
            _quiz(actor={"name": "Ana"}),
            [
                "[0].actor: must be identified by exactly one of mbox, mbox_sha1sum, "
                "openid and account (got none)"
            ],
        ),
        (
            _quiz(actor={"mbox": "ana@example.edu"}),
            ["[0].actor.mbox: must be a mailto: IRI (got 'ana@example.edu')"],
        ),
        (
            _quiz(actor={"account": {"homePage": HOME}}),
            ["[0].actor.account.name: is missing"],
        ),
        (
            _quiz(verb={"display": {"en-US": "scored"}}),
            ["[0].verb.id: is missing"],
        ),
        (
            _quiz(object={"objectType": "StatementRef", "id": SIMPLE["id"]}),
            [
                "[0].object.objectType: must be 'Activity' for a score to be "
                "evidence of a standard (got 'StatementRef')"
            ],
        ),
        (
            _quiz(object={"id": "4.NF.1"}),
            ["[0].object.id: must be an IRI, with a scheme (got '4.NF.1')"],
        ),
        (
            _quiz(timestamp="2026-10-02"),
            [
                "[0].timestamp: must be an ISO 8601 date and time like "
                "'2026-10-02T09:30:00.000Z' (got '2026-10-02')"
            ],
        ),
        (
            _quiz(timestamp="2026-02-30T10:00:00Z"),
            [
                "[0].timestamp: must be an ISO 8601 date and time like "
                "'2026-10-02T09:30:00.000Z' (got '2026-02-30T10:00:00Z')"
            ],
        ),
        (
            {key: value for key, value in SCORED_QUIZ.items() if key != "actor"},
            ["[0].actor: is missing"],
        ),
        (
            _quiz(result=[3]),
            ["[0].result: must be an object (got [3])"],
        ),
    ],
)
def test_read_statements_refuses_what_xapi_refuses(
    statement: Mapping[str, Any], problems: list[str]
) -> None:
    """Each rule of xAPI is reported at the statement's own path."""
    with pytest.raises(InvalidDataError) as raised:
        read_statements([statement])
    assert [str(problem) for problem in raised.value.problems] == problems


def test_read_statements_reports_every_statement_at_once() -> None:
    """Problems of several statements come together, each at its index."""
    with pytest.raises(InvalidDataError) as raised:
        read_statements(
            [
                SCORED_QUIZ,
                _quiz(result={"score": {"scaled": 2, "raw": 3}}),
                "not a statement",
                _quiz(timestamp=None),
            ]
        )
    assert raised.value.paths == ("[1].result.score.scaled", "[2]", "[3].timestamp")


def test_read_statements_checks_its_arguments() -> None:
    """A scale is needed for scaled scores, and left out for raw ones."""
    with pytest.raises(InvalidDataError) as scaled:
        read_statements([ATTEMPTED], score_from="scaled", minimum=1)
    assert scaled.value.paths == ("maximum",)
    with pytest.raises(InvalidDataError) as raw:
        read_statements([SCORED_QUIZ], minimum=1, maximum=4)
    assert raw.value.paths == ("minimum",)
    with pytest.raises(InvalidDataError) as upside_down:
        read_statements([ATTEMPTED], score_from="scaled", minimum=4, maximum=1)
    assert upside_down.value.paths == ("maximum",)
    with pytest.raises(ArgumentTypeError) as kinds:
        read_statements([SCORED_QUIZ], student_of="name", kind="quiz")  # type: ignore[arg-type]
    assert kinds.value.paths == ("kind", "student_of")
    with pytest.raises(InvalidDataError) as not_a_list:
        read_statements("statements")  # type: ignore[arg-type]
    assert not_a_list.value.paths == ("payload",)
    with pytest.raises(InvalidDataError) as no_list:
        read_statements({"more": ""})
    assert [str(problem) for problem in no_list.value.problems] == [
        "statements: is missing: give a list of statements, or the StatementResult "
        "of an LRS"
    ]


# --------------------------------------------------------------------------------------
# write_statement
# --------------------------------------------------------------------------------------

CHICAGO = timezone(timedelta(hours=-5))


def _evidence(**changes: Any) -> Evidence:
    fields: dict[str, Any] = {
        "student": "ana",
        "standard": STANDARD,
        "score": 3,
        "assessed_on": date(2026, 10, 2),
        "assessed_at": datetime(2026, 10, 2, 9, 30, 0, 804000, tzinfo=CHICAGO),
    }
    fields.update(changes)
    return Evidence(**fields)


def test_write_statement_writes_actor_verb_object_score_and_timestamp() -> None:
    """The statement has the parts xAPI requires, in its own forms."""
    statement = write_statement(
        _evidence(),
        home_page=HOME,
        minimum=0,
        maximum=4,
        statement_id="6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
    )
    assert statement == {
        "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
        "actor": {"objectType": "Agent", "account": {"homePage": HOME, "name": "ana"}},
        "verb": {"id": SCORED, "display": {"en-US": "scored"}},
        "object": {"objectType": "Activity", "id": STANDARD},
        "result": {"score": {"scaled": 0.75, "raw": 3.0, "min": 0.0, "max": 4.0}},
        "timestamp": "2026-10-02T09:30:00.804-05:00",
    }
    assert json.loads(json.dumps(statement)) == statement


def test_write_statement_without_a_scale_writes_the_raw_score_only() -> None:
    """Without min and max there is no scaled score to compute (xAPI 2.4.5.1)."""
    statement = write_statement(_evidence(score=-2.5), home_page=HOME)
    assert statement["result"] == {"score": {"raw": -2.5}}
    assert "id" not in statement


def test_write_statement_takes_an_actor_activity_verb_and_timestamp() -> None:
    """An Agent by mbox, an activity of your own, another verb, a timestamp given."""
    statement = write_statement(
        _evidence(assessed_at=None),
        actor={"objectType": "Agent", "mbox": "mailto:ana@example.edu"},
        activity="https://lms.example.edu/quizzes/17",
        verb="http://adlnet.gov/expapi/verbs/passed",
        timestamp=datetime(2026, 10, 2, 14, 30, tzinfo=timezone.utc),
    )
    assert statement["actor"] == {
        "objectType": "Agent",
        "mbox": "mailto:ana@example.edu",
    }
    assert statement["object"]["id"] == "https://lms.example.edu/quizzes/17"
    assert statement["verb"] == {"id": "http://adlnet.gov/expapi/verbs/passed"}
    assert statement["timestamp"] == "2026-10-02T14:30:00.000+00:00"


@pytest.mark.parametrize(
    ("evidence", "arguments", "paths"),
    [
        (_evidence(excused=True), {"home_page": HOME}, ["evidence.excused"]),
        (_evidence(), {}, ["home_page"]),
        (
            _evidence(),
            {"home_page": HOME, "actor": {"mbox": "mailto:ana@example.edu"}},
            ["home_page"],
        ),
        (
            _evidence(),
            {"actor": {"mbox": "mailto:a@example.edu", "openid": "http://a.id/"}},
            ["actor"],
        ),
        (_evidence(standard="4.NF.1"), {"home_page": HOME}, ["evidence.standard"]),
        (_evidence(), {"home_page": HOME, "activity": "quiz 17"}, ["activity"]),
        (_evidence(), {"home_page": HOME, "verb": "scored"}, ["verb"]),
        (_evidence(), {"home_page": HOME, "minimum": 0}, ["maximum"]),
        (_evidence(), {"home_page": HOME, "minimum": 4, "maximum": 1}, ["maximum"]),
        (
            _evidence(score=5),
            {"home_page": HOME, "minimum": 1, "maximum": 4},
            ["evidence.score"],
        ),
        (_evidence(assessed_at=None), {"home_page": HOME}, ["evidence.assessed_at"]),
        (_evidence(), {"home_page": HOME, "statement_id": "17"}, ["statement_id"]),
    ],
)
def test_write_statement_refuses_what_xapi_refuses(
    evidence: Evidence, arguments: dict[str, Any], paths: list[str]
) -> None:
    """Each refusal is reported under the argument (or the evidence's field) at fault."""
    with pytest.raises(InvalidDataError) as raised:
        write_statement(evidence, **arguments)
    assert list(raised.value.paths) == paths


def test_write_statement_refuses_a_timestamp_without_a_time_zone() -> None:
    """A naive timestamp is the caller's mistake: ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError) as raised:
        write_statement(
            _evidence(assessed_at=None),
            home_page=HOME,
            timestamp=datetime(2026, 10, 2, 9, 30),
        )
    assert raised.value.paths == ("timestamp",)


# --------------------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------------------

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)


@st.composite
def evidence_with_moments(draw: st.DrawFn) -> Evidence:
    """Evidence a statement can carry: an IRI standard, a moment with its zone."""
    moment = draw(moments)
    return Evidence(
        student=draw(identifiers),
        standard="https://standards.example.edu/" + draw(identifiers),
        score=draw(st.floats(min_value=1, max_value=4, allow_nan=False)),
        assessed_on=moment.date(),
        kind=draw(st.sampled_from(EvidenceKind)),
        assessed_at=moment,
    )


@given(evidence_with_moments())
def test_read_statements_undoes_write_statement(evidence: Evidence) -> None:
    """Evidence written and read back, through JSON, is the same evidence."""
    statement = json.loads(json.dumps(write_statement(evidence, home_page=HOME)))
    [again] = read_statements([statement], kind=evidence.kind)
    assert again == attrs.evolve(evidence, sequence=0)
    assert again.assessed_at is not None
    assert again.assessed_at.utcoffset() == evidence.assessed_at.utcoffset()  # type: ignore[union-attr]


@given(evidence_with_moments())
def test_scaled_scores_round_trip_on_the_same_scale(evidence: Evidence) -> None:
    """Written with a scale and read as scaled on it, the score comes back."""
    statement = write_statement(evidence, home_page=HOME, minimum=1, maximum=4)
    assert -1 <= statement["result"]["score"]["scaled"] <= 1
    [again] = read_statements([statement], score_from="scaled", minimum=1, maximum=4)
    assert again.score == pytest.approx(evidence.score)
