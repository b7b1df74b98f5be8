"""Open edX ORA2 (Open Response Assessment): rubrics and assessments.

An LMS developer passes what ORA2 holds, never a file or a URL:

- `read_rubric` reads a rubric from the block's XML text (a ``<rubric>`` element,
  or the whole ``<openassessment>`` block) or from ORA2's rubric dict (the block's
  ``{"criteria": [...]}`` or a serialized ``Rubric`` model, as in an assessment's
  ``rubric``) into a `selfassess.rubrics.Rubric`;
- `read_assessment` reads a self, peer or staff assessment, as ORA2's
  ``full_assessment_dict`` gives it, into a `selfassess.rubrics.Assessment` whose
  total is ORA2's ``points_earned``.

How ORA2's rubric maps onto the model:

- each criterion, in ``order_num`` (in the XML, in document order), is a
  `~selfassess.rubrics.Criterion` whose id is its ``name`` (ORA2 identifies
  criteria by name), whose title is its ``label`` (the name when it has none) and
  whose description is its ``prompt``;
- each option is a `~selfassess.rubrics.Descriptor`, lowest points first, whose id
  is its ``name``, whose title is its ``label`` (the name when it has none), whose
  description is its ``explanation`` and whose points are its ``points``; points
  may repeat;
- a criterion without options takes written feedback only: it is feedback-only
  and not required, because ORA2 stores an empty feedback on it when an assessment
  gives none (``AssessmentPart.create_from_option_names``); a rubric whose criteria
  all lack options is feedback-only.

Names, labels and texts are read without the spaces around them, as ORA2's
serializers store them. The XML is parsed with the standard library's expat, and a
document with a document type declaration (``<!DOCTYPE``), which is where entities
are declared, is refused before anything in it is expanded: no entity expansion,
no external entity, no DTD.

Sources, in openedx/edx-ora2: ``openassessment/xblock/utils/xml.py``
(``parse_rubric_xml``, ``_parse_criteria_xml``, ``_parse_options_xml``,
``serialize_rubric``), ``openassessment/xblock/utils/validation.py``
(``validate_rubric``), ``openassessment/xblock/utils/defaults.py``
(``DEFAULT_RUBRIC_CRITERIA``), ``openassessment/assessment/models/base.py``
(``Rubric``, ``Criterion``, ``CriterionOption``, ``AssessmentPart``, their fields
and ``points_possible``), ``openassessment/assessment/serializers/base.py``
(``RubricSerializer``, ``full_assessment_dict``) and
``openassessment/assessment/score_type_constants.py``.

Edge: uses the standard library, the core and `selfassess.rubrics`; no other
interop module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from selfassess._people import Role
from selfassess._validate import Arguments, shown, text_problem
from selfassess.errors import InvalidDataError
from selfassess.interop._payload import Payload, join
from selfassess.rubrics import Assessment, Criterion, Descriptor, Rating, Rubric

__all__ = ["DEFAULT_ID", "DEFAULT_TITLE", "read_assessment", "read_rubric"]

DEFAULT_ID = "ora2-rubric"
"""The id of a rubric read without one (XML without ``url_name``, a block's dict)."""

DEFAULT_TITLE = "Open Response Assessment"
"""The title of a rubric read without one, which is ORA2's own default block title."""

_FEEDBACK = ("optional", "disabled", "required")
_ROLES = {"SE": Role.STUDENT, "PE": Role.PEER, "ST": Role.TEACHER}
_NAME_LENGTH = 100
"""ORA2 keeps names and labels in ``CharField(max_length=100)``."""
_TEXT_LENGTH = 10_000
"""ORA2 keeps prompts and explanations in ``TextField(max_length=10000)``."""
_MOST_POINTS = 2_147_483_647
"""ORA2 keeps an option's points in a ``PositiveIntegerField``."""
_WHOLE = re.compile(r"[+-]?[0-9]+")
_LARGEST_ID = 2**63 - 1


class _RefusedError(Exception):
    """A document type declaration, refused while the XML is parsed."""


class _Option(NamedTuple):
    path: str
    name: str
    label: str | None
    explanation: str
    points: int | None
    order: float


class _Criterion(NamedTuple):
    path: str
    name: str
    label: str | None
    prompt: str
    feedback: object
    options: list[_Option]
    given: int | None
    """How many options the payload gives, read or not; ``None`` if unreadable."""
    order: float


def _refuse(*_: object) -> None:
    raise _RefusedError


def _refuse_external(*_: object) -> int:
    raise _RefusedError


def _parse(source: str | bytes) -> Element:
    """Parse XML text safely: refuse a DTD before anything is declared or expanded.

    Expat reports ``<!DOCTYPE`` before it reads the declarations inside it, so
    refusing it there stops a billion-laughs document and an external entity
    before a single entity is defined; without a DTD, the only entities are XML's
    five predefined ones, and any other reference is a syntax error.
    """
    if isinstance(source, str):
        try:
            data = source.encode("utf-8")
        except UnicodeEncodeError:
            message = (
                "must be text that can be written as UTF-8 (it has a lone surrogate)"
            )
            raise InvalidDataError.single("", message) from None
        parser = expat.ParserCreate(encoding="utf-8")
    else:
        data = source
        parser = expat.ParserCreate()
    builder = TreeBuilder()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except _RefusedError:
        message = (
            "must not declare a document type (<!DOCTYPE ...>): entities and DTDs "
            "are refused, so that nothing is expanded or fetched"
        )
        raise InvalidDataError.single("", message) from None
    except expat.ExpatError as error:
        reason = expat.ErrorString(error.code)
        message = (
            f"must be well-formed XML ({reason} at line {error.lineno}, "
            f"column {error.offset + 1})"
        )
        raise InvalidDataError.single("", message) from None
    except (LookupError, ValueError):
        # An encoding Python does not know, or one expat cannot read (multi-byte,
        # or a codec that is not a text encoding at all).
        message = "must be XML in an encoding expat reads, such as UTF-8"
        raise InvalidDataError.single("", message) from None
    return builder.close()


def _child_text(
    payload: Payload, path: str, element: Element, tag: str, *, required: bool
) -> str | None:
    """The text of the first child *tag*, as ORA2's ``_safe_get_text`` reads it."""
    child = element.find(tag)
    if child is None:
        if required:
            payload.add(join(path, tag), "is missing")
        return None
    return child.text or ""


def _xml_options(payload: Payload, path: str, element: Element) -> list[_Option]:
    """The options read from the ``<option>`` children, each problem recorded."""
    options = []
    for index, option in enumerate(element.findall("option")):
        option_path = join(path, f"option[{index}]")
        points: int | None = None
        raw = option.get("points")
        if raw is None:
            payload.add(join(option_path, "points"), "is missing")
        elif not _WHOLE.fullmatch(raw.strip()):
            message = f"must be a whole number of points (got {shown(raw)})"
            payload.add(join(option_path, "points"), message)
        elif len(raw.strip()) > 20:
            message = f"must be from 0 to {_MOST_POINTS:,} (got {shown(raw)})"
            payload.add(join(option_path, "points"), message)
        else:
            points = int(raw.strip())
        name = _child_text(payload, option_path, option, "name", required=True)
        label = _child_text(payload, option_path, option, "label", required=False)
        explanation = _child_text(
            payload, option_path, option, "explanation", required=True
        )
        if name is not None and explanation is not None:
            options.append(
                _Option(option_path, name, label, explanation, points, index)
            )
    return options


def _xml_criteria(payload: Payload, path: str, rubric: Element) -> list[_Criterion]:
    criteria = []
    for index, criterion in enumerate(rubric.findall("criterion")):
        criterion_path = join(path, f"criterion[{index}]")
        name = _child_text(payload, criterion_path, criterion, "name", required=True)
        label = _child_text(payload, criterion_path, criterion, "label", required=False)
        prompt = _child_text(
            payload, criterion_path, criterion, "prompt", required=True
        )
        feedback = criterion.get("feedback", "disabled")
        options = _xml_options(payload, criterion_path, criterion)
        given = len(criterion.findall("option"))
        if name is not None and prompt is not None:
            criteria.append(
                _Criterion(
                    criterion_path, name, label, prompt, feedback, options, given, index
                )
            )
    return criteria


class _Read(NamedTuple):
    """What a reader found: the criteria, where they are, and the rubric's own data."""

    path: str
    criteria: list[_Criterion]
    id: str | None
    title: str | None
    description: str


def _read_xml(payload: Payload, source: str | bytes) -> _Read:
    root = _parse(source)
    if root.tag == "openassessment":
        rubric = root.find("rubric")
        title = _child_text(payload, "openassessment", root, "title", required=False)
        prompts = [
            (element.findtext("description") or "").strip()
            for element in root.findall("prompts/prompt")
        ]
        legacy = root.findtext("prompt") or root.findtext("rubric/prompt") or ""
        description = "\n\n".join(prompts) if prompts else legacy.strip()
        if rubric is None:
            payload.add("openassessment.rubric", "is missing")
            return _Read("openassessment.rubric", [], None, None, "")
        path = "openassessment.rubric"
        id = root.get("url_name")
        title = title.strip() if title else None
        return _Read(path, _xml_criteria(payload, path, rubric), id, title, description)
    if root.tag != "rubric":
        message = (
            f"must be a <rubric> or an <openassessment> element (got <{root.tag}>)"
        )
        payload.add(root.tag, message)
        return _Read(root.tag, [], None, None, "")
    description = (root.findtext("prompt") or "").strip()
    return _Read(
        "rubric", _xml_criteria(payload, "rubric", root), None, None, description
    )


def _text(
    payload: Payload,
    path: str,
    data: Mapping[str, Any],
    key: str,
    *,
    required: bool,
    null: bool = False,
) -> str | None:
    """A string at *key*, valid Unicode (``None`` allowed with *null*)."""
    value = payload.text(path, data, key, required=required, null=null)
    if value is not None:
        problem = text_problem(value, empty=True)
        if problem is not None:
            payload.add(join(path, key), problem)
            return None
    return value


def _listed(
    payload: Payload, path: str, data: Mapping[str, Any], key: str
) -> Sequence[Any] | None:
    """The list at *key*: a problem if it is missing or not a list."""
    if key not in data:
        payload.add(join(path, key), "is missing")
        return None
    return payload.items(join(path, key), data[key])


def _order(payload: Payload, path: str, data: Mapping[str, Any], index: int) -> float:
    """An ``order_num``; missing, it is 0, as ORA2's ``_sort_by_order_num`` takes it."""
    value = data.get("order_num", 0)
    if isinstance(value, bool) or not isinstance(value, int):
        message = f"must be a whole number (got {shown(value)})"
        payload.add(join(path, "order_num"), message)
        return index
    return value


def _points(payload: Payload, path: str, option: Mapping[str, Any]) -> int | None:
    value = payload.number(path, option, "points")
    if value is None:
        return None
    if not value.is_integer():
        message = f"must be a whole number of points (got {shown(option['points'])})"
        payload.add(join(path, "points"), message)
        return None
    return int(value)


def _dict_options(
    payload: Payload, path: str, criterion: Mapping[str, Any]
) -> tuple[list[_Option], int | None]:
    """The options read, and how many the payload gives (``None`` if no list)."""
    options_path = join(path, "options")
    found = _listed(payload, path, criterion, "options")
    options: list[_Option] = []
    for index, item in enumerate(found or ()):
        option_path = join(options_path, index)
        option = payload.mapping(option_path, item)
        if option is None:
            continue
        name = _text(payload, option_path, option, "name", required=True)
        label = _text(payload, option_path, option, "label", required=False)
        explanation = _text(payload, option_path, option, "explanation", required=False)
        points = _points(payload, option_path, option)
        order = _order(payload, option_path, option, index)
        if name is not None:
            options.append(
                _Option(option_path, name, label, explanation or "", points, order)
            )
    return options, None if found is None else len(found)


def _read_dict(payload: Payload, source: Mapping[str, Any]) -> _Read:
    found = _listed(payload, "", source, "criteria")
    criteria = []
    for index, item in enumerate(found or ()):
        criterion_path = join("criteria", index)
        criterion = payload.mapping(criterion_path, item)
        if criterion is None:
            continue
        name = _text(payload, criterion_path, criterion, "name", required=True)
        label = _text(payload, criterion_path, criterion, "label", required=False)
        prompt = _text(payload, criterion_path, criterion, "prompt", required=True)
        # A serialized Rubric model has no "feedback": it is the block's setting.
        feedback = criterion.get("feedback")
        order = _order(payload, criterion_path, criterion, index)
        options, given = _dict_options(payload, criterion_path, criterion)
        if name is not None and prompt is not None:
            criteria.append(
                _Criterion(
                    criterion_path, name, label, prompt, feedback, options, given, order
                )
            )
    id = None
    if "id" in source:
        id = _identifier(payload, "", source, "id")
    return _Read("criteria", criteria, id, None, _dict_prompts(payload, source))


def _dict_prompts(payload: Payload, source: Mapping[str, Any]) -> str:
    """The rubric's prompts: ``prompts`` (a list of descriptions) or ``prompt``."""
    if "prompts" not in source:
        return _text(payload, "", source, "prompt", required=False) or ""
    texts = []
    for index, item in enumerate(payload.items("prompts", source["prompts"]) or ()):
        prompt = payload.mapping(join("prompts", index), item)
        if prompt is not None:
            found = _text(
                payload, join("prompts", index), prompt, "description", required=True
            )
            texts.append((found or "").strip())
    return "\n\n".join(texts)


def _identifier(
    payload: Payload, path: str, data: Mapping[str, Any], key: str
) -> str | None:
    """An id: text, or a whole number of at most 64 bits."""
    value: object = data.get(key)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and abs(value) > _LARGEST_ID
    ):
        payload.add(join(path, key), f"must be an id (got {shown(value)})")
        return None
    return payload.identifier(path, data, key)


def _checked(
    payload: Payload, path: str, value: str, limit: int, *, empty: bool = True
) -> str:
    """*value* without the spaces around it; a problem if empty or too long."""
    text = value.strip()
    if not empty and not text:
        payload.add(path, f"must not be empty (got {shown(value)})")
    elif len(text) > limit:
        message = (
            f"must be at most {limit:,} characters, as ORA2 keeps it "
            f"(got {len(text):,})"
        )
        payload.add(path, message)
    return text


class _Clean(NamedTuple):
    """A criterion or an option checked, its texts without surrounding spaces."""

    name: str
    label: str
    text: str
    points: int
    options: list[_Clean]


def _clean_option(payload: Payload, option: _Option, seen: dict[str, str]) -> _Clean:
    path = option.path
    name = _checked(payload, join(path, "name"), option.name, _NAME_LENGTH, empty=False)
    label = option.label
    if label is not None:
        label = _checked(payload, join(path, "label"), label, _NAME_LENGTH)
    explanation = _checked(
        payload, join(path, "explanation"), option.explanation, _TEXT_LENGTH
    )
    if option.points is not None and not 0 <= option.points <= _MOST_POINTS:
        message = f"must be from 0 to {_MOST_POINTS:,} (got {option.points:,})"
        payload.add(join(path, "points"), message)
    if name and name in seen:
        # validate_rubric: "Options in '...' have duplicate name(s)".
        message = (
            f"must be unique in the criterion (got {shown(name)} again, "
            f"first at {seen[name]})"
        )
        payload.add(join(path, "name"), message)
    elif name:
        seen[name] = path
    return _Clean(name, label or name, explanation, option.points or 0, [])


def _clean_criterion(
    payload: Payload, criterion: _Criterion, seen: dict[str, str]
) -> _Clean:
    path = criterion.path
    name = _checked(
        payload, join(path, "name"), criterion.name, _NAME_LENGTH, empty=False
    )
    label = criterion.label
    if label is not None:
        label = _checked(payload, join(path, "label"), label, _NAME_LENGTH)
    # ORA2's serializer keeps a criterion's prompt, and refuses it blank.
    prompt = _checked(
        payload, join(path, "prompt"), criterion.prompt, _TEXT_LENGTH, empty=False
    )
    feedback = criterion.feedback
    if feedback is not None and feedback not in _FEEDBACK:
        message = (
            f"must be 'optional', 'disabled' or 'required' (got {shown(feedback)})"
        )
        payload.add(join(path, "feedback"), message)
    elif feedback is not None and criterion.given == 0 and feedback != "required":
        # validate_rubric: "Criteria with no options must require written feedback."
        message = (
            "must be 'required' on a criterion without options, which takes written "
            f"feedback only (got {shown(feedback)})"
        )
        payload.add(join(path, "feedback"), message)
    if name and name in seen:
        # ORA2 identifies criteria by name: two criteria of one name are one.
        message = (
            f"must be unique in the rubric (got {shown(name)} again, "
            f"first at {seen[name]})"
        )
        payload.add(join(path, "name"), message)
    elif name:
        seen[name] = path
    names: dict[str, str] = {}
    ordered = sorted(criterion.options, key=lambda option: option.order)
    options = [_clean_option(payload, option, names) for option in ordered]
    return _Clean(name, label or name, prompt, 0, options)


def _build(criterion: _Clean) -> Criterion:
    """The model of a checked criterion: its options lowest points first."""
    return Criterion(
        id=criterion.name,
        title=criterion.label,
        description=criterion.text,
        feedback_only=not criterion.options,
        required=bool(criterion.options),
        descriptors=[
            Descriptor(
                title=option.label,
                description=option.text,
                points=option.points,
                id=option.name,
            )
            for option in sorted(criterion.options, key=lambda o: o.points)
        ],
    )


def read_rubric(
    source: str | bytes | Mapping[str, Any],
    *,
    id: str | None = None,
    title: str | None = None,
) -> Rubric:
    """Read an ORA2 rubric from the block's XML text or from ORA2's rubric dict.

    The XML is a ``<rubric>`` element, or a whole ``<openassessment>`` block: each
    ``<criterion feedback="optional|required|disabled">`` has a ``<name>``, an
    optional ``<label>``, a ``<prompt>`` and its ``<option points="N">`` elements,
    each with a ``<name>``, an optional ``<label>`` and an ``<explanation>``. The
    dict has the same fields in a ``criteria`` list, each criterion and option
    with its ``order_num``. A criterion without options takes written feedback
    only; ORA2 requires its ``feedback`` to be ``required``, except in a dict
    without ``feedback`` (a serialized ``Rubric`` model has none). The rubric's
    `~selfassess.rubrics.Rubric.maximum` is ORA2's ``points_possible``: each
    criterion's best option, 0 for one without options.

    The XML is parsed safely: a document with a ``<!DOCTYPE`` is refused before
    anything in it is read, so no entity is expanded and nothing is fetched.

    Args:
        source: The XML text (a string, or bytes in the encoding they declare), or
            the rubric dict.
        id: The rubric's id; by default the block's ``url_name`` (XML), the
            serialized rubric's ``id`` (dict), or `DEFAULT_ID`.
        title: The rubric's title; by default the block's ``<title>``, or
            `DEFAULT_TITLE`.

    Returns:
        The rubric, without a scale (``scale=None``), its criteria in ORA2's order,
        each criterion's options lowest points first.

    Raises:
        ArgumentTypeError: If *source* is neither text, bytes nor a mapping, or
            *id* or *title* is not a string.
        InvalidDataError: If the rubric is not one ORA2 accepts, listing every
            problem at its path in the payload (such as
            ``rubric.criterion[1].option[0].points`` in the XML, or
            ``criteria[1].options[0].points`` in a dict): XML that is not
            well-formed or declares a document type, no criteria, a missing name,
            prompt, explanation or points, points that are not a whole number from
            0 up, an option name that repeats in its criterion, a criterion name
            that repeats, a criterion without options whose feedback is not
            required.

    Example:
        >>> from selfassess.interop import ora2
        >>> rubric = ora2.read_rubric('''
        ... <rubric>
        ...   <criterion feedback="optional">
        ...     <name>Ideas</name>
        ...     <prompt>Is there a main idea?</prompt>
        ...     <option points="0">
        ...       <name>Poor</name><explanation>No theme.</explanation>
        ...     </option>
        ...     <option points="5">
        ...       <name>Good</name><explanation>One clear theme.</explanation>
        ...     </option>
        ...   </criterion>
        ...   <criterion feedback="required">
        ...     <name>Advice</name>
        ...     <prompt>One thing to change next time.</prompt>
        ...   </criterion>
        ... </rubric>''')
        >>> rubric.maximum, [c.feedback_only for c in rubric.criteria]
        (5.0, [False, True])
        >>> [d.id for d in rubric.criterion("Ideas").descriptors]
        ['Poor', 'Good']
    """
    arguments = Arguments()
    if not isinstance(source, (str, bytes, Mapping)):
        message = (
            f"must be the rubric's XML text or ORA2's rubric dict (got {shown(source)})"
        )
        arguments.wrong_kind("source", message)
    arguments.optional_text("id", id)
    arguments.optional_text("title", title)
    arguments.done()
    payload = Payload()
    if isinstance(source, Mapping):
        read = _read_dict(payload, source)
    else:
        read = _read_xml(payload, source)
    ordered = sorted(read.criteria, key=lambda criterion: criterion.order)
    seen: dict[str, str] = {}
    checked = [_clean_criterion(payload, criterion, seen) for criterion in ordered]
    if payload.ok and not checked:
        payload.add(read.path, "must have at least one criterion (got none)")
    payload.done()
    criteria = [_build(criterion) for criterion in checked]
    return Rubric(
        id=id or (read.id or "").strip() or DEFAULT_ID,
        title=title or read.title or DEFAULT_TITLE,
        scale=None,
        description=read.description,
        criteria=criteria,
        feedback_only=all(criterion.feedback_only for criterion in criteria),
    )


def _day(payload: Payload, data: Mapping[str, Any]) -> date | None:
    """The day of ``scored_at``: a datetime, or its ISO 8601 text, in its own offset."""
    value = payload.field("", data, "scored_at")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
    if "scored_at" in data:
        message = (
            "must be a date and time, such as '2026-10-02T14:30:00Z', or give "
            f"assessed_on= (got {shown(value)})"
        )
        payload.add("scored_at", message)
    return None


class _Chosen(NamedTuple):
    rating: Rating | None
    points: float


def _part(
    payload: Payload,
    path: str,
    part: Mapping[str, Any],
    criterion: Criterion,
) -> _Chosen:
    """The rating one part gives its criterion, and the points it earns."""
    feedback = _text(payload, path, part, "feedback", required=False, null=True) or ""
    option_path = join(path, "option")
    option = part.get("option")
    if criterion.feedback_only:
        if option is not None:
            message = (
                f"must be null: the criterion {shown(criterion.id)} has no options, "
                f"only written feedback (got {shown(option)})"
            )
            payload.add(option_path, message)
        if not feedback.strip():
            if criterion.required:
                message = (
                    f"must not be empty: the criterion {shown(criterion.id)} takes "
                    "written feedback only"
                )
                payload.add(join(path, "feedback"), message)
            return _Chosen(None, 0)
        return _Chosen(Rating(criterion=criterion.id, comment=feedback), 0)
    found = payload.mapping(option_path, option) if option is not None else None
    if option is None:
        message = (
            f"must name the option chosen on the criterion {shown(criterion.id)} "
            "(got None)"
        )
        payload.add(option_path, message)
    if found is None:
        return _Chosen(None, 0)
    name = payload.text(option_path, found, "name")
    if name is None:
        return _Chosen(None, 0)
    names = [d.id for d in criterion.descriptors if d.id is not None]
    chosen = next((d for d in criterion.descriptors if d.id == name.strip()), None)
    if chosen is None:
        message = (
            f"must be the name of an option of the criterion {shown(criterion.id)} "
            f"({', '.join(shown(n) for n in names)}) (got {shown(name)})"
        )
        payload.add(join(option_path, "name"), message)
        return _Chosen(None, 0)
    points = chosen.points or 0.0
    if "points" in found:
        given = payload.number(option_path, found, "points")
        if given is not None and given != points:
            message = (
                f"must be the points of the option {shown(name.strip())} in the rubric "
                f"({points:g}) (got {given:g}): is it the rubric assessed?"
            )
            payload.add(join(option_path, "points"), message)
    rating = Rating(criterion=criterion.id, descriptor=chosen.id, comment=feedback)
    return _Chosen(rating, points)


def _ratings(
    payload: Payload, assessment: Mapping[str, Any], rubric: Rubric
) -> tuple[list[Rating], float]:
    found = _listed(payload, "", assessment, "parts")
    known = {criterion.id: criterion for criterion in rubric.criteria}
    ratings = []
    earned = 0.0
    seen: dict[str, int] = {}
    unread = False  # a part whose criterion is unknown: do not ask for the missing
    for index, item in enumerate(found or ()):
        path = join("parts", index)
        part = payload.mapping(path, item)
        criterion_path = join(path, "criterion")
        if part is not None and "criterion" not in part:
            payload.add(criterion_path, "is missing")
            part = None
        about = (
            None if part is None else payload.mapping(criterion_path, part["criterion"])
        )
        name = None if about is None else payload.text(criterion_path, about, "name")
        if part is None or name is None:
            unread = True
            continue
        criterion = known.get(name.strip())
        if criterion is None:
            listed = ", ".join(shown(c.id) for c in rubric.criteria)
            message = (
                f"must be the name of a criterion of the rubric ({listed}) "
                f"(got {shown(name)})"
            )
            payload.add(join(criterion_path, "name"), message)
            continue
        if criterion.id in seen:
            message = (
                f"must assess each criterion once (got {shown(criterion.id)} again, "
                f"first at parts[{seen[criterion.id]}])"
            )
            payload.add(join(criterion_path, "name"), message)
            continue
        seen[criterion.id] = index
        chosen = _part(payload, path, part, criterion)
        earned += chosen.points
        if chosen.rating is not None:
            ratings.append(chosen.rating)
    if found is not None and not unread:
        for number, criterion in enumerate(rubric.criteria):
            if criterion.required and criterion.id not in seen:
                message = (
                    f"must assess the criterion {shown(criterion.id)} (rubric "
                    f"criteria[{number}]): ORA2 needs an option chosen on every "
                    "criterion that has options"
                )
                payload.add("parts", message)
    return ratings, earned


def _check_points(
    payload: Payload, assessment: Mapping[str, Any], earned: float, rubric: Rubric
) -> None:
    given = payload.number("", assessment, "points_earned")
    if payload.ok and given is not None and given != earned:
        message = (
            f"must be the sum of the chosen options' points ({earned:g}) "
            f"(got {given:g})"
        )
        payload.add("points_earned", message)
    possible = payload.number("", assessment, "points_possible")
    if possible is not None and possible != rubric.maximum:
        message = (
            f"must be the rubric's points possible ({rubric.maximum:g}) "
            f"(got {possible:g}): is it the rubric assessed?"
        )
        payload.add("points_possible", message)


def read_assessment(
    assessment: Mapping[str, Any],
    rubric: Rubric,
    *,
    student: str,
    assessed_on: date | None = None,
    rater: str | None = None,
    id: str | None = None,
) -> Assessment:
    """Read an ORA2 assessment, as ``full_assessment_dict`` gives it.

    The dict has ``score_type`` (``"SE"`` self, ``"PE"`` peer, ``"ST"`` staff),
    ``scorer_id``, ``scored_at``, ``feedback`` (overall), ``parts`` (each with its
    ``criterion``, the ``option`` chosen or ``null`` on a criterion without options,
    and its ``feedback``), ``points_earned`` and ``points_possible``. The
    assessment's total is ORA2's ``points_earned``, the sum of the chosen options'
    points, and both numbers are checked against the rubric.

    Args:
        assessment: The assessment dict (its ``scored_at`` a datetime, or its ISO
            8601 text once encoded as JSON).
        rubric: The rubric assessed, read with `read_rubric` (from the dict's own
            ``rubric``, or from the block).
        student: The id of the student whose submission was assessed.
        assessed_on: The day it was assessed; by default the day of ``scored_at``
            in the offset it is written in (UTC, in ORA2).
        rater: Who assessed it; by default the student for a self-assessment and
            the ``scorer_id`` (an anonymous id) for a peer's or the staff's.
        id: The assessment's id; by default the dict's ``id``.

    Returns:
        The assessment, of role `selfassess.Role.STUDENT` for a self-assessment,
        `selfassess.Role.PEER` for a peer's and `selfassess.Role.TEACHER` for the
        staff's; a rating per part (a part with empty feedback on a criterion
        without options gives none); the overall feedback as its comment and the
        ``submission_uuid`` as its work.

    Raises:
        ArgumentTypeError: If an argument is of the wrong type.
        InvalidDataError: If the assessment does not fit the rubric or ORA2's
            rules, listing every problem at its path in the payload (such as
            ``parts[1].option.name``): an unknown score type, criterion or option,
            a criterion assessed twice, a criterion with options left without one,
            option points, ``points_earned`` or ``points_possible`` that are not
            the rubric's; or if it has no id and none is given.

    Example:
        >>> from selfassess.interop import ora2
        >>> rubric = ora2.read_rubric({"criteria": [
        ...     {"order_num": 0, "name": "Ideas", "label": "Ideas",
        ...      "prompt": "Is there a main idea?", "feedback": "optional",
        ...      "options": [
        ...          {"order_num": 0, "points": 0, "name": "Poor", "label": "Poor",
        ...           "explanation": "No theme."},
        ...          {"order_num": 1, "points": 5, "name": "Good", "label": "Good",
        ...           "explanation": "One clear theme."},
        ...      ]},
        ... ]})
        >>> mine = ora2.read_assessment({
        ...     "id": 12, "score_type": "SE", "scorer_id": "5f1c",
        ...     "scored_at": "2026-10-02T14:30:00Z", "feedback": "",
        ...     "parts": [{"criterion": {"name": "Ideas"},
        ...                "option": {"name": "Good", "points": 5},
        ...                "feedback": "My theme holds."}],
        ...     "points_earned": 5, "points_possible": 5,
        ... }, rubric, student="ana")
        >>> mine.role.value, mine.rater, mine.assessed_on, mine.score().total
        ('student', 'ana', datetime.date(2026, 10, 2), 5.0)
    """
    arguments = Arguments()
    if not isinstance(assessment, Mapping):
        arguments.wrong_kind(
            "assessment", f"must be a mapping (a dict) (got {shown(assessment)})"
        )
    arguments.instance("rubric", rubric, Rubric)
    arguments.text("student", student)
    arguments.optional_day("assessed_on", assessed_on)
    arguments.optional_text("rater", rater)
    arguments.optional_text("id", id)
    arguments.done()
    payload = Payload()
    kind = payload.text("", assessment, "score_type")
    role = None if kind is None else _ROLES.get(kind)
    if kind is not None and role is None:
        message = (
            f"must be 'SE' (self), 'PE' (peer) or 'ST' (staff) (got {shown(kind)})"
        )
        payload.add("score_type", message)
    scorer = _identifier(payload, "", assessment, "scorer_id")
    ratings, earned = _ratings(payload, assessment, rubric)
    _check_points(payload, assessment, earned, rubric)
    day = assessed_on if assessed_on is not None else _day(payload, assessment)
    if id is None:
        id = _identifier(payload, "", assessment, "id") if "id" in assessment else None
        if "id" not in assessment:
            payload.add("id", "is missing: give id= for an assessment without its id")
    work = None
    if assessment.get("submission_uuid") is not None:
        work = _identifier(payload, "", assessment, "submission_uuid")
    comment = _text(payload, "", assessment, "feedback", required=False, null=True)
    payload.done()
    assert role is not None  # for mypy: done() raised otherwise
    assert scorer is not None
    assert day is not None
    assert id is not None
    if rater is None:
        rater = student if role is Role.STUDENT else scorer
    return Assessment(
        id=id,
        rubric=rubric,
        student=student,
        rater=rater,
        role=role,
        assessed_on=day,
        work=work,
        ratings=ratings,
        comment=comment or "",
    )
