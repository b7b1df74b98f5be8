# ruff: noqa: RUF001
# (ORA2's own test scenarios name criteria and options in look-alike letters, on
# purpose; they are copied as they are.)
"""selfassess.interop.ora2: Open edX ORA2 rubrics (XML or dict) and assessments.

Payloads are shaped as ORA2 writes and returns them (openedx/edx-ora2):

- the block's XML: ``serialize_rubric`` and ``_serialize_criteria`` /
  ``_serialize_options`` write it, and ``parse_rubric_xml``, ``_parse_criteria_xml``
  and ``_parse_options_xml`` read it (``openassessment/xblock/utils/xml.py``):
  ``<criterion feedback="optional|required">`` (no attribute when disabled) with
  ``<name>``, ``<label>``, ``<prompt>`` and ``<option points="N">`` with
  ``<name>``, ``<label>``, ``<explanation>``; the test scenarios
  ``openassessment/xblock/test/data/feedback_per_criterion.xml`` (options highest
  first, no labels, names in other scripts) and ``feedback_only_criterion_staff.xml``
  (a rubric of one criterion without options) are copied below;
- the block's rubric dict: ``DEFAULT_RUBRIC_CRITERIA`` in
  ``openassessment/xblock/utils/defaults.py``, copied below;
- the serialized rubric model: ``RubricSerializer``, ``CriterionSerializer`` and
  ``CriterionOptionSerializer`` in ``openassessment/assessment/serializers/base.py``
  (``id``, ``content_hash``, ``structure_hash``, ``criteria`` with ``order_num``,
  ``name``, ``label``, ``prompt``, ``options``, ``points_possible``), and
  ``points_possible`` as ``Rubric.points_possible`` and
  ``Criterion.points_possible`` compute it in
  ``openassessment/assessment/models/base.py``;
- assessments: ``full_assessment_dict`` in
  ``openassessment/assessment/serializers/base.py``, rebuilt by ``full_assessment``
  below line by line (the option dict of a part points back at its criterion dict,
  so the dict is circular); score types from
  ``openassessment/assessment/score_type_constants.py``; feedback-only parts as
  ``AssessmentPart.create_from_option_names`` in ``models/base.py`` stores them;
- the rules ORA2 enforces: ``validate_rubric`` in
  ``openassessment/xblock/utils/validation.py`` (unique option names, feedback
  required on a criterion without options) and the serializers' fields (names
  required, points whole and not negative).
"""

from __future__ import annotations

import copy
import json
import math
import time
from datetime import date, datetime, timezone
from typing import Any
from xml.etree import ElementTree

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess import Role
from selfassess.errors import ArgumentTypeError, InvalidDataError
from selfassess.interop import ora2
from selfassess.rubrics import Assessment, Rubric
from selfassess.serialize import from_dict, to_dict

from strategies import json_values

Payload = dict[str, Any]

# DEFAULT_RUBRIC_CRITERIA (defaults.py), with a third criterion that takes written
# feedback only, as validation.py allows when its feedback is "required".
CRITERIA: list[Payload] = [
    {
        "name": "Ideas",
        "label": "Ideas",
        "prompt": "Determine if there is a unifying theme or main idea.",
        "order_num": 0,
        "feedback": "optional",
        "options": [
            {
                "order_num": 0,
                "points": 0,
                "name": "Poor",
                "label": "Poor",
                "explanation": "Difficult for the reader to discern the main idea.  "
                "Too brief or too repetitive to establish or maintain a focus.",
            },
            {
                "order_num": 1,
                "points": 3,
                "name": "Fair",
                "label": "Fair",
                "explanation": "Presents a unifying theme or main idea, but may "
                "include minor tangents.  Stays somewhat focused on topic and task.",
            },
            {
                "order_num": 2,
                "points": 5,
                "name": "Good",
                "label": "Good",
                "explanation": "Presents a unifying theme or main idea without going "
                "off on tangents.  Stays completely focused on topic and task.",
            },
        ],
    },
    {
        "name": "Content",
        "label": "Content",
        "prompt": "Assess the content of the submission",
        "order_num": 1,
        "options": [
            {
                "order_num": 0,
                "points": 0,
                "name": "Poor",
                "label": "Poor",
                "explanation": "Includes little information with few or no details "
                "or unrelated details.  Unsuccessful in attempts to explore any "
                "facets of the topic.",
            },
            {
                "order_num": 1,
                "points": 1,
                "name": "Fair",
                "label": "Fair",
                "explanation": "Includes little information and few or no details.  "
                "Explores only one or two facets of the topic.",
            },
            {
                "order_num": 2,
                "points": 3,
                "name": "Good",
                "label": "Good",
                "explanation": "Includes sufficient information and supporting "
                "details. (Details may not be fully developed; ideas may be "
                "listed.)  Explores some facets of the topic.",
            },
            {
                "order_num": 3,
                "points": 5,
                "name": "Excellent",
                "label": "Excellent",
                "explanation": "Includes in-depth information and exceptional "
                "supporting details that are fully developed.  Explores all facets "
                "of the topic.",
            },
        ],
    },
    {
        "name": "Reflection",
        "label": "What would you change next time?",
        "prompt": "Tell the writer one thing to keep and one to change.",
        "order_num": 2,
        "feedback": "required",
        "options": [],
    },
]

# The block's rubric dict, as the XBlock hands it on (create_rubric_dict: prompts
# and criteria).
BLOCK_DICT: Payload = {
    "prompts": [{"description": "Censorship in the Libraries"}],
    "criteria": CRITERIA,
}


def serialize_xml(criteria: list[Payload], root: str = "rubric") -> str:
    """The rubric as ORA2's ``_serialize_criteria`` writes it.

    Criteria and options sorted by ``order_num``; a criterion's ``feedback``
    attribute only when "optional" or "required"; ``points`` an attribute.
    """
    rubric = ElementTree.Element(root)
    for criterion in sorted(criteria, key=lambda c: c.get("order_num", 0)):
        element = ElementTree.SubElement(rubric, "criterion")
        ElementTree.SubElement(element, "name").text = str(criterion["name"])
        label = str(criterion.get("label", criterion["name"]))
        ElementTree.SubElement(element, "label").text = label
        ElementTree.SubElement(element, "prompt").text = str(criterion["prompt"])
        if criterion.get("feedback") in ("optional", "required"):
            element.set("feedback", criterion["feedback"])
        for option in sorted(criterion["options"], key=lambda o: o.get("order_num", 0)):
            option_element = ElementTree.SubElement(element, "option")
            option_element.set("points", str(option.get("points", 0)))
            ElementTree.SubElement(option_element, "name").text = str(option["name"])
            option_label = str(option.get("label", option["name"]))
            ElementTree.SubElement(option_element, "label").text = option_label
            explanation = str(option.get("explanation", ""))
            ElementTree.SubElement(option_element, "explanation").text = explanation
    return ElementTree.tostring(rubric, encoding="unicode")


# The same rubric in a whole block's OLX, as an LMS developer exports it.
BLOCK_XML = f"""<openassessment url_name="censorship-essay" submission_due="2029-01-01T00:00">
    <title>Censorship essay</title>
    <prompts>
        <prompt>
            <description>Censorship in the Libraries</description>
        </prompt>
    </prompts>
    {serialize_xml(CRITERIA)}
    <assessments>
        <assessment name="self-assessment" />
        <assessment name="peer-assessment" must_grade="5" must_be_graded_by="3" />
    </assessments>
</openassessment>"""

# openassessment/xblock/test/data/feedback_per_criterion.xml: options highest points
# first, no labels, names in other scripts.
FEEDBACK_PER_CRITERION_XML = """<openassessment>
    <title>Open Assessment Test</title>
    <prompt>
        Given the state of the world today, what do you think should be done to
        combat poverty? Please answer in a short essay of 200-300 words.
    </prompt>
    <rubric>
        <prompt>Read for conciseness, clarity of thought, and form.</prompt>
        <criterion feedback="optional">
            <name>𝓒𝓸𝓷𝓬𝓲𝓼𝓮</name>
            <prompt>How concise is it?</prompt>
            <option points="3">
                <name>ﻉซƈﻉɭɭﻉกՇ</name>
                <explanation>Extremely concise</explanation>
            </option>
            <option points="2">
                <name>Ġööḋ</name>
                <explanation>Concise</explanation>
            </option>
            <option points="1">
                <name>ק๏๏г</name>
                <explanation>Wordy</explanation>
            </option>
        </criterion>
        <criterion feedback="optional">
            <name>Form</name>
            <prompt>How well-formed is it?</prompt>
            <option points="3">
                <name>Good</name>
                <explanation>Good</explanation>
            </option>
            <option points="2">
                <name>Fair</name>
                <explanation>Fair</explanation>
            </option>
            <option points="1">
                <name>Poor</name>
                <explanation>Poor</explanation>
            </option>
        </criterion>
    </rubric>
    <assessments>
        <assessment name="peer-assessment" must_grade="2" must_be_graded_by="2" />
        <assessment name="self-assessment" />
    </assessments>
</openassessment>
"""

# openassessment/xblock/test/data/feedback_only_criterion_staff.xml.
FEEDBACK_ONLY_STAFF_XML = """<openassessment>
    <title>Feedback only criterion</title>
    <prompts>
        <prompt>
            <description>Given the state of the world today, what do you think should be done to combat poverty?</description>
        </prompt>
        <prompt>
            <description>Given the state of the world today, what do you think should be done to combat pollution?</description>
        </prompt>
    </prompts>
    <rubric>
        <criterion feedback="required">
            <name>vocabulary</name>
            <prompt>This criterion accepts only written feedback, so it has no options</prompt>
        </criterion>
    </rubric>
    <assessments>
        <assessment name="staff-assessment" required="true"/>
    </assessments>
</openassessment>
"""


def points_possible(criteria: list[Payload]) -> int:
    """``Rubric.points_possible``: each criterion's best option, 0 without options."""
    return sum(
        max((option["points"] for option in criterion["options"]), default=0)
        for criterion in criteria
    )


def serialized_rubric(criteria: list[Payload], id: int = 3) -> Payload:
    """A rubric as ``RubricSerializer`` gives it: no feedback, computed points."""
    return {
        "id": id,
        "content_hash": "3f4c9dfb0b0b2d4a1e5ad2b1e4bd0a6c5f1b9f21",
        "structure_hash": "a1d3c6a5f2e0b7c9d8e4f1a2b3c4d5e6f7a8b9c0",
        "criteria": [
            {
                "order_num": criterion["order_num"],
                "name": criterion["name"],
                "label": criterion["label"],
                "prompt": criterion["prompt"],
                "options": [
                    {
                        key: option[key]
                        for key in (
                            "order_num",
                            "points",
                            "name",
                            "label",
                            "explanation",
                        )
                    }
                    for option in criterion["options"]
                ],
                "points_possible": max(
                    (option["points"] for option in criterion["options"]), default=0
                ),
            }
            for criterion in criteria
        ],
        "points_possible": points_possible(criteria),
    }


SERIALIZED = serialized_rubric(CRITERIA)
SCORED_AT = datetime(2026, 10, 2, 23, 30, tzinfo=timezone.utc)


def full_assessment(
    score_type: str,
    selected: dict[str, str | None],
    feedback: dict[str, str],
    *,
    scorer_id: str = "3c5b41a2e1f94d7c8a0b6e2d9f1c4a77",
    overall: str = "",
    id: int = 12,
) -> Payload:
    """``full_assessment_dict`` for an assessment choosing these options.

    As serializers/base.py builds it: the AssessmentSerializer's fields, the
    rubric, a part per criterion in ``order_num`` (its criterion dict, the option
    dict with ``criterion`` pointing back at it, its feedback), ``points_earned``
    (the options' points, 0 for a part without option), ``points_possible`` and
    ``id``. ``scored_at`` is a datetime: the serializer keeps it so
    (``DateTimeField(format=None)``).
    """
    rubric_dict = copy.deepcopy(SERIALIZED)
    parts = []
    for criterion in sorted(rubric_dict["criteria"], key=lambda c: c["order_num"]):
        name = criterion["name"]
        if name not in selected and name not in feedback:
            continue
        criterion_dict = dict(rubric_dict["criteria"][criterion["order_num"]])
        options_dict = None
        if selected.get(name) is not None:
            options_dict = next(
                option
                for option in criterion_dict["options"]
                if option["name"] == selected[name]
            )
            options_dict["criterion"] = criterion_dict
        parts.append(
            {
                "option": options_dict,
                "criterion": criterion_dict,
                "feedback": feedback.get(name, ""),
            }
        )
    return {
        "submission_uuid": "4f7ad2a0-43b8-11f1-9d0e-0242ac130003",
        "rubric": rubric_dict,
        "scored_at": SCORED_AT,
        "scorer_id": scorer_id,
        "score_type": score_type,
        "feedback": overall,
        "parts": parts,
        "points_earned": sum(
            part["option"]["points"] if part["option"] is not None else 0
            for part in parts
        ),
        "points_possible": rubric_dict["points_possible"],
        "id": id,
    }


def _plain(value: Any) -> Any:
    """A copy without an option's ``criterion``, the dict's one circular key."""
    if isinstance(value, dict):
        return {
            key: _plain(item)
            for key, item in value.items()
            if not (key == "criterion" and "points" in value)
        }
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def as_json(assessment: Payload) -> Payload:
    """The assessment as JSON gives it: not circular, ``scored_at`` in ISO 8601.

    DRF's JSON encoder writes a UTC time with a "Z".
    """
    flat = _plain(assessment)
    flat["scored_at"] = assessment["scored_at"].isoformat().replace("+00:00", "Z")
    return json.loads(json.dumps(flat))


SELF = full_assessment(
    "SE",
    {"Ideas": "Fair", "Content": "Excellent"},
    {
        "Ideas": "My theme drifts in the middle.",
        "Reflection": "Keep the opening story; add a second source.",
    },
    overall="I think that this response... is my best yet.",
)
PEER = full_assessment(
    "PE",
    {"Ideas": "Good", "Content": "Good"},
    {"Reflection": "Keep the story; cut the last paragraph."},
    scorer_id="9a0e77c1b5d84b3f9e2a6c1d0f8b7e65",
    id=13,
)
STAFF = full_assessment(
    "ST",
    {"Ideas": "Good", "Content": "Fair"},
    {"Reflection": ""},
    scorer_id="staff-4",
    id=14,
)


def _read(assessment: Payload, **options: Any) -> Assessment:
    return ora2.read_assessment(
        assessment, ora2.read_rubric(assessment["rubric"]), student="ana", **options
    )


# --------------------------------------------------------------------------------------
# read_rubric
# --------------------------------------------------------------------------------------


def test_read_rubric_from_the_block_xml() -> None:
    """The block's OLX: criteria by name, labels as titles, options lowest first."""
    rubric = ora2.read_rubric(BLOCK_XML)
    assert (rubric.id, rubric.title, rubric.scale) == (
        "censorship-essay",
        "Censorship essay",
        None,
    )
    assert rubric.description == "Censorship in the Libraries"
    assert [c.id for c in rubric.criteria] == ["Ideas", "Content", "Reflection"]
    reflection = rubric.criterion("Reflection")
    assert reflection.title == "What would you change next time?"
    assert reflection.description == CRITERIA[2]["prompt"]
    assert (reflection.feedback_only, reflection.required) == (True, False)
    content = rubric.criterion("Content")
    assert [d.id for d in content.descriptors] == ["Poor", "Fair", "Good", "Excellent"]
    assert [d.points for d in content.descriptors] == [0, 1, 3, 5]
    assert (
        content.descriptors[3].description == CRITERIA[1]["options"][3]["explanation"]
    )
    assert content.required


def test_read_rubric_maximum_is_points_possible() -> None:
    """points_possible is 5 + 5 + 0: the criterion without options has no points."""
    rubric = ora2.read_rubric(BLOCK_XML)
    assert rubric.maximum == 10.0
    assert rubric.maximum == points_possible(CRITERIA)
    assert rubric.maximum == SERIALIZED["points_possible"]


def test_xml_dict_and_serialized_model_read_the_same_criteria() -> None:
    """The block's XML, the block's dict and the serialized model: one rubric."""
    from_xml = ora2.read_rubric(BLOCK_XML)
    from_dict_ = ora2.read_rubric(BLOCK_DICT)
    from_model = ora2.read_rubric(SERIALIZED)
    assert from_xml.criteria == from_dict_.criteria == from_model.criteria
    assert (from_dict_.id, from_dict_.title) == (ora2.DEFAULT_ID, ora2.DEFAULT_TITLE)
    assert from_dict_.description == "Censorship in the Libraries"
    assert (from_model.id, from_model.description) == ("3", "")


def test_read_rubric_options_highest_first_and_without_labels() -> None:
    """feedback_per_criterion.xml: options sorted lowest first; names as titles."""
    rubric = ora2.read_rubric(FEEDBACK_PER_CRITERION_XML)
    assert (rubric.id, rubric.title) == (ora2.DEFAULT_ID, "Open Assessment Test")
    concise = rubric.criterion("𝓒𝓸𝓷𝓬𝓲𝓼𝓮")
    assert [d.id for d in concise.descriptors] == ["ק๏๏г", "Ġööḋ", "ﻉซƈﻉɭɭﻉกՇ"]
    assert [d.title for d in concise.descriptors] == ["ק๏๏г", "Ġööḋ", "ﻉซƈﻉɭɭﻉกՇ"]
    assert concise.title == "𝓒𝓸𝓷𝓬𝓲𝓼𝓮"
    assert rubric.maximum == 6.0
    assert rubric.description.startswith("Given the state of the world today")


def test_read_rubric_of_feedback_only_criteria() -> None:
    """feedback_only_criterion_staff.xml: a rubric that only takes written feedback."""
    rubric = ora2.read_rubric(FEEDBACK_ONLY_STAFF_XML)
    assert rubric.feedback_only
    assert rubric.maximum == 0.0
    assert rubric.criterion("vocabulary").feedback_only
    assert rubric.description.count("Given the state") == 2


def test_read_rubric_rubric_element_and_overrides() -> None:
    """A bare <rubric> reads with its legacy <prompt>; id= and title= override."""
    xml = serialize_xml(CRITERIA).replace(
        "<rubric>", "<rubric><prompt> Read for clarity. </prompt>", 1
    )
    rubric = ora2.read_rubric(xml, id="essay", title="Essay")
    assert (rubric.id, rubric.title, rubric.description) == (
        "essay",
        "Essay",
        "Read for clarity.",
    )
    assert rubric.criteria == ora2.read_rubric(BLOCK_DICT).criteria


def test_read_rubric_trims_texts_as_ora2_stores_them() -> None:
    """Spaces around names and texts go, as ORA2's serializers store them."""
    xml = """<rubric><criterion feedback="optional">
        <name>
            Ideas
        </name>
        <prompt>
            Is there a main idea?
        </prompt>
        <option points=" 2 "><name> Good </name><explanation>
            One theme.
        </explanation></option>
    </criterion></rubric>"""
    criterion = ora2.read_rubric(xml).criterion("Ideas")
    assert (criterion.title, criterion.description) == (
        "Ideas",
        "Is there a main idea?",
    )
    assert criterion.descriptors[0].id == "Good"
    assert criterion.descriptors[0].description == "One theme."
    assert criterion.descriptors[0].points == 2


def test_read_rubric_keeps_xml_predefined_entities() -> None:
    """The five predefined entities and character references are read as text."""
    xml = serialize_xml(
        [{**CRITERIA[0], "name": "Q&A <1>", "prompt": 'Quotes "\'" & é'}]
    )
    assert "&amp;" in xml
    criterion = ora2.read_rubric(xml).criteria[0]
    assert (criterion.id, criterion.description) == ("Q&A <1>", 'Quotes "\'" & é')
    numeric = ora2.read_rubric(xml.replace("é", "&#233;"))
    assert numeric.criteria[0].description == 'Quotes "\'" & é'


def test_read_rubric_bytes_in_their_declared_encoding() -> None:
    """Bytes are read in the encoding they declare; text ignores the declaration."""
    text = '<?xml version="1.0" encoding="ISO-8859-1"?>' + serialize_xml(
        [{**CRITERIA[0], "prompt": "Thème clair ?"}]
    )
    from_bytes = ora2.read_rubric(text.encode("iso-8859-1"))
    from_text = ora2.read_rubric(text)
    assert from_bytes.criteria[0].description == "Thème clair ?"
    assert from_text.criteria == from_bytes.criteria


def test_read_rubric_round_trips_through_json() -> None:
    """to_dict and from_dict, through JSON, give the read rubric back unchanged."""
    for source in (BLOCK_XML, FEEDBACK_PER_CRITERION_XML, FEEDBACK_ONLY_STAFF_XML):
        rubric = ora2.read_rubric(source)
        assert from_dict(Rubric, json.loads(json.dumps(to_dict(rubric)))) == rubric


# --------------------------------------------------------------------------------------
# Safe XML
# --------------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rubric [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rubric><criterion feedback="required"><name>&lol9;</name><prompt>p</prompt></criterion></rubric>
"""

DOCTYPE_REFUSED = (
    "must not declare a document type (<!DOCTYPE ...>): entities and DTDs are "
    "refused, so that nothing is expanded or fetched"
)


def test_billion_laughs_is_refused_quickly() -> None:
    """A billion-laughs document is refused before one entity is expanded."""
    start = time.perf_counter()
    with pytest.raises(InvalidDataError) as raised:
        ora2.read_rubric(BILLION_LAUGHS)
    assert time.perf_counter() - start < 0.5
    assert [(p.path, p.message) for p in raised.value.problems] == [
        ("", DOCTYPE_REFUSED)
    ]


@pytest.mark.parametrize(
    "document",
    [
        # An external entity: would read a file of the machine.
        '<!DOCTYPE rubric [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        '<rubric><criterion feedback="required"><name>&secret;</name>'
        "<prompt>p</prompt></criterion></rubric>",
        # An external DTD: would be fetched from the network.
        '<!DOCTYPE rubric SYSTEM "http://example.com/rubric.dtd">'
        "<rubric><criterion><name>n</name><prompt>p</prompt></criterion></rubric>",
        # A parameter entity, expanded inside the DTD itself.
        '<!DOCTYPE rubric [<!ENTITY % remote SYSTEM "http://example.com/x.dtd"> '
        "%remote;]><rubric/>",
        # An empty internal subset: still a document type, still refused.
        "<!DOCTYPE rubric []><rubric/>",
    ],
    ids=["external-entity", "external-dtd", "parameter-entity", "empty-doctype"],
)
def test_document_types_are_refused(document: str) -> None:
    """Any <!DOCTYPE> is refused: no external entity, no DTD, nothing fetched."""
    start = time.perf_counter()
    for source in (document, document.encode("utf-8")):
        with pytest.raises(InvalidDataError) as raised:
            ora2.read_rubric(source)
        assert raised.value.paths == ("",)
        assert str(raised.value) == DOCTYPE_REFUSED
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            "<rubric><criterion><name>&secret;</name></criterion></rubric>",
            "must be well-formed XML (undefined entity at line 1, column 26)",
        ),
        (
            "<rubric><criterion></rubric>",
            "must be well-formed XML (mismatched tag at line 1, column 22)",
        ),
        ("", "must be well-formed XML (no element found at line 1, column 1)"),
        (
            "<rubric/><rubric/>",
            "must be well-formed XML (junk after document element at line 1, "
            "column 10)",
        ),
        (
            "\ud800<rubric/>",
            "must be text that can be written as UTF-8 (it has a lone surrogate)",
        ),
    ],
)
def test_malformed_xml_is_refused(document: str, message: str) -> None:
    """XML that is not well-formed is bad data, never a bare ParseError."""
    with pytest.raises(InvalidDataError) as raised:
        ora2.read_rubric(document)
    assert [(p.path, p.message) for p in raised.value.problems] == [("", message)]


# --------------------------------------------------------------------------------------
# read_rubric: what ORA2 refuses
# --------------------------------------------------------------------------------------

_OPTION = (
    '<option points="{points}"><name>{name}</name><explanation>e</explanation></option>'
)


def _xml(*criteria: str) -> str:
    return "<rubric>" + "".join(criteria) + "</rubric>"


def _criterion_xml(name: str, *options: str, feedback: str = "optional") -> str:
    attribute = f' feedback="{feedback}"' if feedback else ""
    return (
        f"<criterion{attribute}><name>{name}</name><prompt>p</prompt>"
        + "".join(options)
        + "</criterion>"
    )


GOOD = _OPTION.format(points=1, name="Good")
POOR = _OPTION.format(points=0, name="Poor")


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [
        (
            _xml(
                _criterion_xml("A", POOR, GOOD),
                _criterion_xml("B", _OPTION.format(points="1.5", name="x")),
            ),
            "rubric.criterion[1].option[0].points",
            "must be a whole number of points (got '1.5')",
        ),
        (
            _xml(_criterion_xml("A", POOR, _OPTION.format(points="-1", name="x"))),
            "rubric.criterion[0].option[1].points",
            "must be from 0 to 2,147,483,647 (got -1)",
        ),
        (
            _xml(_criterion_xml("A", "<option><name>x</name><explanation/></option>")),
            "rubric.criterion[0].option[0].points",
            "is missing",
        ),
        (
            _xml(_criterion_xml("A", '<option points="1"><name>x</name></option>')),
            "rubric.criterion[0].option[0].explanation",
            "is missing",
        ),
        (
            _xml(_criterion_xml("A", POOR, _OPTION.format(points=3, name="Poor"))),
            "rubric.criterion[0].option[1].name",
            "must be unique in the criterion (got 'Poor' again, first at "
            "rubric.criterion[0].option[0])",
        ),
        (
            _xml(_criterion_xml("A", POOR), _criterion_xml(" A ", GOOD)),
            "rubric.criterion[1].name",
            "must be unique in the rubric (got 'A' again, first at rubric.criterion[0])",
        ),
        (
            _xml(_criterion_xml("A", POOR), _criterion_xml("B", feedback="optional")),
            "rubric.criterion[1].feedback",
            "must be 'required' on a criterion without options, which takes written "
            "feedback only (got 'optional')",
        ),
        (
            _xml(_criterion_xml("A", POOR), _criterion_xml("B", feedback="")),
            "rubric.criterion[1].feedback",
            "must be 'required' on a criterion without options, which takes written "
            "feedback only (got 'disabled')",
        ),
        (
            _xml(_criterion_xml("A", POOR, feedback="sometimes")),
            "rubric.criterion[0].feedback",
            "must be 'optional', 'disabled' or 'required' (got 'sometimes')",
        ),
        (
            _xml("<criterion><prompt>p</prompt></criterion>"),
            "rubric.criterion[0].name",
            "is missing",
        ),
        (
            _xml(
                '<criterion feedback="required"><name>A</name><prompt> </prompt>'
                "</criterion>"
            ),
            "rubric.criterion[0].prompt",
            "must not be empty (got ' ')",
        ),
        (
            _xml(_criterion_xml("x" * 101, POOR)),
            "rubric.criterion[0].name",
            "must be at most 100 characters, as ORA2 keeps it (got 101)",
        ),
        (
            "<rubric><prompt>p</prompt></rubric>",
            "rubric",
            "must have at least one criterion (got none)",
        ),
        (
            "<openassessment><title>t</title></openassessment>",
            "openassessment.rubric",
            "is missing",
        ),
        (
            "<problem><rubric/></problem>",
            "problem",
            "must be a <rubric> or an <openassessment> element (got <problem>)",
        ),
    ],
)
def test_read_rubric_bad_xml_names_the_element(
    document: str, path: str, message: str
) -> None:
    """Each rubric ORA2 refuses is reported at its element or attribute."""
    with pytest.raises(InvalidDataError) as raised:
        ora2.read_rubric(document)
    assert [(p.path, p.message) for p in raised.value.problems] == [(path, message)]


def _with(change: Any) -> Payload:
    payload = copy.deepcopy(BLOCK_DICT)
    change(payload)
    return payload


@pytest.mark.parametrize(
    ("payload", "path", "message"),
    [
        (
            _with(lambda d: d["criteria"][1]["options"][2].update(points="3")),
            "criteria[1].options[2].points",
            "must be a number (got '3')",
        ),
        (
            _with(lambda d: d["criteria"][1]["options"][2].update(points=2.5)),
            "criteria[1].options[2].points",
            "must be a whole number of points (got 2.5)",
        ),
        (
            _with(lambda d: d["criteria"][0]["options"][0].pop("name")),
            "criteria[0].options[0].name",
            "is missing",
        ),
        (
            _with(lambda d: d["criteria"][0].pop("options")),
            "criteria[0].options",
            "is missing",
        ),
        (
            _with(lambda d: d["criteria"][0].update(order_num="0")),
            "criteria[0].order_num",
            "must be a whole number (got '0')",
        ),
        (
            _with(lambda d: d["criteria"][2].update(feedback="optional")),
            "criteria[2].feedback",
            "must be 'required' on a criterion without options, which takes written "
            "feedback only (got 'optional')",
        ),
        (
            _with(lambda d: d["criteria"][0].update(name="")),
            "criteria[0].name",
            "must not be empty (got '')",
        ),
        (
            _with(lambda d: d["criteria"][0].update(label=None)),
            "criteria[0].label",
            "must be a string (got None)",
        ),
        (
            _with(lambda d: d["criteria"][1].update(name="Ideas")),
            "criteria[1].name",
            "must be unique in the rubric (got 'Ideas' again, first at criteria[0])",
        ),
        (
            _with(lambda d: d.update(criteria=[])),
            "criteria",
            "must have at least one criterion (got none)",
        ),
        (_with(lambda d: d.pop("criteria")), "criteria", "is missing"),
        (
            _with(lambda d: d["prompts"][0].update(description=7)),
            "prompts[0].description",
            "must be a string (got 7)",
        ),
    ],
)
def test_read_rubric_bad_dict_names_the_path(
    payload: Payload, path: str, message: str
) -> None:
    """Each rubric dict ORA2 refuses is reported at its own path."""
    with pytest.raises(InvalidDataError) as raised:
        ora2.read_rubric(payload)
    assert [(p.path, p.message) for p in raised.value.problems] == [(path, message)]


def test_serialized_model_without_feedback_keeps_feedback_only_criteria() -> None:
    """A serialized Rubric model has no "feedback": it is read as ORA2 stored it.

    A criterion without options there is feedback-only.
    """
    assert "feedback" not in SERIALIZED["criteria"][2]
    rubric = ora2.read_rubric(SERIALIZED)
    assert rubric.criterion("Reflection").feedback_only


@pytest.mark.parametrize(
    ("source", "options", "path"),
    [
        (None, {}, "source"),
        (["<rubric/>"], {}, "source"),
        (BLOCK_XML, {"id": 3}, "id"),
        (BLOCK_XML, {"title": b"Essay"}, "title"),
    ],
)
def test_read_rubric_wrong_argument_types(
    source: Any, options: Payload, path: str
) -> None:
    """A source that is neither XML text nor a dict is the caller's mistake."""
    with pytest.raises(ArgumentTypeError) as raised:
        ora2.read_rubric(source, **options)
    assert raised.value.paths == (path,)


# --------------------------------------------------------------------------------------
# read_assessment
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "role", "rater", "earned"),
    [
        (SELF, Role.STUDENT, "ana", 8),
        (PEER, Role.PEER, "9a0e77c1b5d84b3f9e2a6c1d0f8b7e65", 8),
        (STAFF, Role.TEACHER, "staff-4", 6),
    ],
    ids=["SE", "PE", "ST"],
)
def test_read_assessment_total_is_points_earned(
    payload: Payload, role: Role, rater: str, earned: int
) -> None:
    """Self 3 + 5, peer 5 + 3, staff 5 + 1: the total is ORA2's points_earned."""
    assessment = _read(payload)
    assert (assessment.role, assessment.rater, assessment.student) == (
        role,
        rater,
        "ana",
    )
    score = assessment.score()
    assert score.total == earned
    assert score.total == payload["points_earned"]
    assert score.maximum == payload["points_possible"] == 10
    assert assessment.id == str(payload["id"])
    assert assessment.work == "4f7ad2a0-43b8-11f1-9d0e-0242ac130003"
    assert assessment.assessed_on == date(2026, 10, 2)


def test_read_assessment_keeps_feedback() -> None:
    """Criterion feedback becomes the ratings' comments, overall feedback the comment."""
    mine = _read(SELF)
    assert mine.comment == "I think that this response... is my best yet."
    ideas, reflection = mine.rating("Ideas"), mine.rating("Reflection")
    assert ideas is not None
    assert reflection is not None
    assert ideas.comment == "My theme drifts in the middle."
    assert reflection.comment == "Keep the opening story; add a second source."
    assert reflection.descriptor is None
    chosen = mine.descriptor("Content")
    assert chosen is not None
    assert (chosen.id, chosen.points) == ("Excellent", 5)


def test_read_assessment_empty_feedback_only_part_leaves_it_unrated() -> None:
    """ORA2 stores "" on a feedback-only criterion given none: no rating is made."""
    staff = _read(STAFF)
    assert staff.rating("Reflection") is None
    assert [row.criterion for row in staff.score().criteria] == ["Ideas", "Content"]


def test_read_assessment_from_json() -> None:
    """Through JSON (no circular option, scored_at as ISO 8601 with Z): the same."""
    flat = as_json(PEER)
    assert _read(flat) == _read(PEER)


def test_read_assessment_day_is_scored_at_as_written() -> None:
    """23:30 UTC on 2 October is 2 October; assessed_on= gives the teacher's day."""
    late = _read(SELF)
    assert late.assessed_on == date(2026, 10, 2)
    local = _read(SELF, assessed_on=date(2026, 10, 3), rater="ana-2", id="self-12")
    assert (local.assessed_on, local.rater, local.id) == (
        date(2026, 10, 3),
        "ana-2",
        "self-12",
    )
    offset = {**as_json(SELF), "scored_at": "2026-10-03T01:30:00+02:00"}
    assert _read(offset).assessed_on == date(2026, 10, 3)


def test_read_assessment_against_the_block_rubric() -> None:
    """The rubric read from the block's XML fits the assessment as well."""
    rubric = ora2.read_rubric(BLOCK_XML)
    assessment = ora2.read_assessment(SELF, rubric, student="ana")
    assert assessment.score().total == 8


def _broken(payload: Payload, change: Any) -> Payload:
    broken = as_json(payload)
    change(broken)
    return broken


@pytest.mark.parametrize(
    ("payload", "path", "message"),
    [
        (
            _broken(SELF, lambda d: d.update(score_type="AI")),
            "score_type",
            "must be 'SE' (self), 'PE' (peer) or 'ST' (staff) (got 'AI')",
        ),
        (
            _broken(SELF, lambda d: d["parts"][0]["option"].update(name="Great")),
            "parts[0].option.name",
            "must be the name of an option of the criterion 'Ideas' ('Poor', 'Fair', "
            "'Good') (got 'Great')",
        ),
        (
            _broken(SELF, lambda d: d["parts"][0]["option"].update(points=4)),
            "parts[0].option.points",
            "must be the points of the option 'Fair' in the rubric (3) (got 4): is it "
            "the rubric assessed?",
        ),
        (
            _broken(SELF, lambda d: d["parts"][1].update(option=None)),
            "parts[1].option",
            "must name the option chosen on the criterion 'Content' (got None)",
        ),
        (
            _broken(SELF, lambda d: d["parts"][2].update(option={"name": "Good"})),
            "parts[2].option",
            "must be null: the criterion 'Reflection' has no options, only written "
            "feedback (got {'name': 'Good'})",
        ),
        (
            _broken(SELF, lambda d: d["parts"][2]["criterion"].update(name="Style")),
            "parts[2].criterion.name",
            "must be the name of a criterion of the rubric ('Ideas', 'Content', "
            "'Reflection') (got 'Style')",
        ),
        (
            _broken(SELF, lambda d: d["parts"].append(d["parts"][0])),
            "parts[3].criterion.name",
            "must assess each criterion once (got 'Ideas' again, first at parts[0])",
        ),
        (
            _broken(SELF, lambda d: d["parts"].pop(1)),
            "parts",
            "must assess the criterion 'Content' (rubric criteria[1]): ORA2 needs an "
            "option chosen on every criterion that has options",
        ),
        (
            _broken(SELF, lambda d: d.update(points_earned=9)),
            "points_earned",
            "must be the sum of the chosen options' points (8) (got 9)",
        ),
        (
            _broken(SELF, lambda d: d.update(points_possible=12)),
            "points_possible",
            "must be the rubric's points possible (10) (got 12): is it the rubric "
            "assessed?",
        ),
        (
            _broken(SELF, lambda d: d.update(points_earned="8")),
            "points_earned",
            "must be a number (got '8')",
        ),
        (
            _broken(SELF, lambda d: d.update(scored_at="yesterday")),
            "scored_at",
            "must be a date and time, such as '2026-10-02T14:30:00Z', or give "
            "assessed_on= (got 'yesterday')",
        ),
        (_broken(SELF, lambda d: d.pop("scorer_id")), "scorer_id", "is missing"),
        (
            _broken(SELF, lambda d: d.pop("id")),
            "id",
            "is missing: give id= for an assessment without its id",
        ),
        (
            _broken(SELF, lambda d: d["parts"][0].pop("criterion")),
            "parts[0].criterion",
            "is missing",
        ),
        (
            _broken(SELF, lambda d: d.update(parts={"Ideas": "Fair"})),
            "parts",
            "must be a list (got {'Ideas': 'Fair'})",
        ),
    ],
)
def test_read_assessment_bad_payload_names_the_path(
    payload: Payload, path: str, message: str
) -> None:
    """Each assessment that does not fit ORA2 or the rubric is reported at its path."""
    rubric = ora2.read_rubric(SERIALIZED)
    with pytest.raises(InvalidDataError) as raised:
        ora2.read_assessment(payload, rubric, student="ana")
    assert [(p.path, p.message) for p in raised.value.problems] == [(path, message)]


def test_read_assessment_required_feedback_on_a_stricter_rubric() -> None:
    """A rubric of the caller's that requires the feedback-only criterion refuses ""."""
    rubric = ora2.read_rubric(SERIALIZED)
    reflection = rubric.criterion("Reflection")
    strict = attrs.evolve(
        rubric,
        criteria=[
            attrs.evolve(c, required=True) if c.id == "Reflection" else c
            for c in rubric.criteria
        ],
    )
    assert strict.criterion("Reflection").required != reflection.required
    with pytest.raises(InvalidDataError) as raised:
        ora2.read_assessment(STAFF, strict, student="ana")
    assert raised.value.paths == ("parts[2].feedback",)


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"assessment": None}, "assessment"),
        ({"rubric": SERIALIZED}, "rubric"),
        ({"student": None}, "student"),
        ({"assessed_on": SCORED_AT}, "assessed_on"),
        ({"rater": 4}, "rater"),
        ({"id": 12}, "id"),
    ],
)
def test_read_assessment_wrong_argument_types(arguments: Payload, path: str) -> None:
    """Each argument of the wrong type is named."""
    call: Payload = {
        "assessment": SELF,
        "rubric": ora2.read_rubric(SERIALIZED),
        "student": "ana",
        **arguments,
    }
    assessment, rubric = call.pop("assessment"), call.pop("rubric")
    with pytest.raises(ArgumentTypeError) as raised:
        ora2.read_assessment(assessment, rubric, **call)
    assert raised.value.paths == (path,)


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------

_names = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Cn", "Co", "Zs", "Zl", "Zp")
    ),
    min_size=1,
    max_size=12,
)


@st.composite
def _criteria(draw: st.DrawFn) -> list[Payload]:
    """Rubric criteria as ORA2 accepts them: unique names, whole points from 0."""
    names = draw(st.lists(_names, min_size=1, max_size=4, unique=True))
    criteria = []
    for order, name in enumerate(names):
        option_names = draw(st.lists(_names, min_size=0, max_size=4, unique=True))
        options = [
            {
                "order_num": number,
                "points": draw(st.integers(min_value=0, max_value=10)),
                "name": option,
                "label": draw(st.sampled_from([option, f"{option} label"])),
                "explanation": draw(st.sampled_from(["", "Why this option."])),
            }
            for number, option in enumerate(option_names)
        ]
        criteria.append(
            {
                "order_num": order,
                "name": name,
                "label": draw(st.sampled_from([name, f"The {name}"])),
                "prompt": f"How is the {name}?",
                "feedback": "required"
                if not options
                else draw(st.sampled_from(["optional", "disabled", "required"])),
                "options": options,
            }
        )
    return criteria


@given(_criteria())
def test_xml_and_dict_agree(criteria: list[Payload]) -> None:
    """Any rubric ORA2 accepts reads the same from its XML as from its dict."""
    from_xml = ora2.read_rubric(serialize_xml(criteria))
    from_dict_ = ora2.read_rubric({"criteria": criteria})
    assert from_xml == from_dict_
    assert from_xml.maximum == points_possible(criteria)
    assert from_dict(Rubric, json.loads(json.dumps(to_dict(from_xml)))) == from_xml


@given(_criteria(), st.data())
def test_total_is_points_earned(criteria: list[Payload], data: st.DataObject) -> None:
    """Any assessment choosing an option per criterion totals ORA2's points_earned."""
    rubric_dict = serialized_rubric(criteria)
    parts = []
    for criterion in rubric_dict["criteria"]:
        option = (
            data.draw(st.sampled_from(criterion["options"]))
            if criterion["options"]
            else None
        )
        parts.append({"criterion": criterion, "option": option, "feedback": "Noted."})
    assessment = {
        "id": 1,
        "score_type": data.draw(st.sampled_from(["SE", "PE", "ST"])),
        "scorer_id": "scorer",
        "scored_at": SCORED_AT,
        "feedback": "",
        "parts": parts,
        "points_earned": sum(p["option"]["points"] for p in parts if p["option"]),
        "points_possible": rubric_dict["points_possible"],
    }
    read = ora2.read_assessment(assessment, ora2.read_rubric(rubric_dict), student="s")
    assert read.score().total == assessment["points_earned"]
    assert len(read.ratings) == len(criteria)


# --------------------------------------------------------------------------------------
# Hostile payloads
# --------------------------------------------------------------------------------------

HOSTILE: tuple[Any, ...] = (
    10**5000,
    -(10**400),
    2**63,
    -1,
    1.5,
    math.nan,
    math.inf,
    "\ud800",
    "",
    " ",
    "x" * 5000,
    None,
    True,
    [],
    {},
    [None],
    {"a": [[[[[]]]]]},
)
"""Values a decoded payload may hold where it should not."""

SNIPPETS = (
    "<",
    ">",
    "&",
    "&lol;",
    "&#0;",
    "&#x110000;",
    "]]>",
    "<!DOCTYPE x>",
    '<!ENTITY a "b">',
    "<?xml version='1.0'?>",
    "\x00",
    '<option points="99999999999999999999999">',
    '<option points="1"><name>n</name><explanation/></option>',
    "<criterion/>",
    "</criterion>",
    '<criterion feedback="required"><name>Ideas</name><prompt>p</prompt></criterion>',
    "<name></name>",
    "\ud800",
)
"""Text that, put anywhere in XML, breaks it or turns it into something else."""


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value inside a decoded payload."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


def _mutated(payload: Payload, data: st.DataObject) -> Payload:
    """The payload with one value replaced by a hostile one, or one key dropped."""
    mutated = copy.deepcopy(payload)
    *parent_path, last = data.draw(st.sampled_from(_places(payload)[1:]))
    parent = mutated
    for key in parent_path:
        parent = parent[key]
    if isinstance(parent, dict) and data.draw(st.booleans()):
        del parent[last]
    else:
        parent[last] = data.draw(st.sampled_from(HOSTILE) | json_values)
    return mutated


def _deliberate(error: BaseException) -> None:
    assert isinstance(error, (InvalidDataError, ArgumentTypeError)), repr(error)[:300]
    assert str(error)
    for problem in error.problems:
        assert problem.message
        assert " at 0x" not in problem.message


@given(st.data())
def test_hostile_rubric_dict_raises_only_invalid_data(data: st.DataObject) -> None:
    """Any value anywhere in a rubric dict: a rubric, or InvalidDataError."""
    payload = _mutated(data.draw(st.sampled_from([BLOCK_DICT, SERIALIZED])), data)
    try:
        ora2.read_rubric(payload)
    except Exception as error:  # what escapes is what the test checks
        _deliberate(error)


@given(st.data())
def test_hostile_xml_raises_only_invalid_data(data: st.DataObject) -> None:
    """Any snippet anywhere in the block's XML: a rubric, or InvalidDataError."""
    source = data.draw(st.sampled_from([BLOCK_XML, FEEDBACK_PER_CRITERION_XML]))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        at = data.draw(st.integers(min_value=0, max_value=len(source)))
        cut = data.draw(st.integers(min_value=0, max_value=20))
        snippet = data.draw(st.sampled_from(SNIPPETS) | st.text(max_size=5))
        source = source[:at] + snippet + source[at + cut :]
    try:
        ora2.read_rubric(source)
    except Exception as error:  # what escapes is what the test checks
        _deliberate(error)


@given(st.data())
def test_hostile_assessment_raises_only_invalid_data(data: st.DataObject) -> None:
    """Any value anywhere in an assessment: an assessment, or InvalidDataError."""
    rubric = ora2.read_rubric(SERIALIZED)
    payload = _mutated(as_json(data.draw(st.sampled_from([SELF, PEER, STAFF]))), data)
    try:
        ora2.read_assessment(payload, rubric, student="ana")
    except Exception as error:  # what escapes is what the test checks
        _deliberate(error)


@pytest.mark.parametrize("encoding", ["x-nope", "shift_jis", "idna", "rot13"])
def test_an_encoding_expat_cannot_read_is_refused(encoding: str) -> None:
    """Unknown, multi-byte and non-text codecs give InvalidDataError, nothing else."""
    source = f'<?xml version="1.0" encoding="{encoding}"?><rubric/>'.encode()
    with pytest.raises(InvalidDataError, match="must be XML in an encoding expat"):
        ora2.read_rubric(source)
