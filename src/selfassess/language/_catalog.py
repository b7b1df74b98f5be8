"""Catalogs: every message selfassess writes for a student or a family, in one language.

A `Catalog` holds one language's wording of every message, by id, and writes its
dates, times, numbers and lists as that language does. selfassess ships English,
Spanish and Arabic; a school supplies another as plain data, checked on reading for
missing messages and for placeholders that differ from the English.
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from types import MappingProxyType

import attrs

from selfassess._proficiency import (
    Proficiency,
    WidaLevel,
    proficiency_argument,
)
from selfassess._repr import short_repr
from selfassess._validate import Arguments, Checker, shown
from selfassess.errors import NotFoundError
from selfassess.language import _formats
from selfassess.language._messages import MESSAGES

__all__ = [
    "ARABIC",
    "ENGLISH",
    "SHIPPED",
    "SPANISH",
    "Catalog",
    "Direction",
    "catalog_for",
    "english_messages",
    "message_ids",
    "placeholders",
]

_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_LEVEL_MARK = "@"


class Direction(enum.Enum):
    """The direction a language is written in."""

    LTR = "ltr"
    """Left to right, as English and Spanish."""
    RTL = "rtl"
    """Right to left, as Arabic."""


def placeholders(text: str) -> frozenset[str]:
    """Return the names of the ``{placeholders}`` in a message's text.

    Raises:
        ValueError: If the text's braces do not pair (write ``{{`` for a brace).

    Example:
        >>> sorted(placeholders("{count} of my {total} work times"))
        ['count', 'total']
    """
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(text) if name is not None
    )


def _base(key: str) -> str:
    return key.split(_LEVEL_MARK, 1)[0]


def _is_leveled(key: str) -> bool:
    return _LEVEL_MARK in key


_ENGLISH_TEXT: Mapping[str, str] = MappingProxyType(
    {key: message.en for key, message in MESSAGES.items()}
)
_BASE_IDS = tuple(sorted(key for key in _ENGLISH_TEXT if not _is_leveled(key)))
_LEVELED_IDS = frozenset(key for key in _ENGLISH_TEXT if _is_leveled(key))


_LEVEL_SUFFIXES = frozenset(f"{_LEVEL_MARK}{band.value}" for band in Proficiency)


def _known(key: str) -> bool:
    """Whether *key* is a message id, or a leveled wording of one (any band)."""
    if not _is_leveled(key):
        return key in _ENGLISH_TEXT
    base = _base(key)
    return base in _ENGLISH_TEXT and key[len(base) :] in _LEVEL_SUFFIXES


def message_ids(*, leveled: bool = True) -> tuple[str, ...]:
    """Return the id of every message, sorted.

    Args:
        leveled: Whether to include the leveled wordings for English learners
            (ids such as ``"agenda.quick_check.reason@beginning"``).

    Example:
        >>> ids = message_ids()
        >>> "base.work_times" in ids, set(message_ids(leveled=False)) <= set(ids)
        (True, True)
    """
    return tuple(sorted(_ENGLISH_TEXT)) if leveled else _BASE_IDS


def english_messages() -> dict[str, str]:
    """Return every message's English wording by id: a translator's starting point.

    A new dict, safe to change; give it to a translator, replace each text, and read
    the result back with ``selfassess.serialize.from_dict(Catalog, ...)``.

    Example:
        >>> english_messages()["base.work_times"]
        '{count} of my {total} work times'
    """
    return dict(_ENGLISH_TEXT)


class _Messages(Mapping[str, str]):
    """A catalog's messages: a read-only copy that pickles, as a model must."""

    __slots__ = ("_texts",)

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"<{len(self._texts)} messages>"

    def __reduce__(self) -> tuple[object, tuple[dict[str, str]]]:
        return (_Messages, (dict(self._texts),))


def _frozen_messages(value: object) -> object:
    """A mapping of messages, copied and made read-only; anything else as given."""
    if isinstance(value, Mapping):
        try:
            return _Messages(dict(value.items()))
        except Exception:  # a mapping that fails while read is reported by the check
            return value
    return value


def _message_problem(key: str, text: str) -> str | None:
    """What is wrong with a message's placeholders, against the English."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as error:
        return f"must be a message with paired braces ({error}; write {{{{ for a brace)"
    names = frozenset(name for _, name, _, _ in fields if name is not None)
    for _, name, spec, conversion in fields:
        if name is not None and (spec or conversion or not name.isidentifier()):
            return (
                f"must write each placeholder as a plain {{name}}, with no format or "
                f"conversion (got {{{name}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}})"
            )
    if _is_leveled(key):
        expected = placeholders(_ENGLISH_TEXT[_base(key)])
        extra = names - expected
        if extra:
            return (
                f"must use only the placeholders of the English "
                f"({_names(expected)}) (got {_names(extra)} as well)"
            )
        return None
    expected = placeholders(_ENGLISH_TEXT[key])
    if names != expected:
        return (
            f"must have the placeholders of the English ({_names(expected)}) "
            f"(got {_names(names)})"
        )
    return None


def _names(names: Iterable[str]) -> str:
    listed = sorted(names)
    return ", ".join("{" + name + "}" for name in listed) if listed else "none"


@attrs.frozen(kw_only=True)
class Catalog:
    """Every message for students and families in one language.

    Built from plain data (``selfassess.serialize.from_dict(Catalog, data)``), a
    catalog is checked whole: every message selfassess writes must be there (the
    leveled wordings for English learners may be left out, and then the message's
    own wording is used, or written for any message and band), each with the
    placeholders of its English wording, and no message selfassess does not write.

    Attributes:
        language: The language's BCP 47 tag, such as ``"es"`` or ``"vi"``.
        name: The language's name in itself, such as ``"Español"``.
        direction: The direction the language is written in.
        messages: Each message's wording, by id (see `message_ids`); placeholders
            as ``{name}``, a brace as ``{{``.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem, each
            message's under ``messages.<id>``.

    Example:
        >>> from selfassess.language import SPANISH
        >>> SPANISH.text("base.work_times", count=8, total=10)
        '8 de mis 10 momentos de trabajo'
    """

    __repr__ = short_repr

    language: str
    name: str
    direction: Direction = Direction.LTR
    messages: Mapping[str, str] = attrs.field(converter=_frozen_messages, eq=False)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        if check.identifier("language", self.language) and not _TAG.fullmatch(
            self.language
        ):
            check.add(
                "language",
                f"must be a language tag such as 'es' or 'pt-BR' (got {shown(self.language)})",
            )
        check.text("name", self.name)
        check.member("direction", self.direction, Direction)
        if not isinstance(self.messages, _Messages):
            check.kind(
                "messages",
                "must be a mapping of message id to text that can be read "
                f"(got {shown(self.messages)})",
            )
            check.done()
            return
        for key, text in self.messages.items():
            path = (
                f"messages.{key}" if isinstance(key, str) else f"messages[{shown(key)}]"
            )
            if not isinstance(key, str) or not _known(key):
                check.add(path, "is not a message selfassess writes")
            elif check.text(path, text):
                problem = _message_problem(key, text)
                if problem is not None:
                    check.add(path, problem)
        for key in _BASE_IDS:
            if key not in self.messages:
                check.add(f"messages.{key}", "is missing")
        check.done()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalog):
            return NotImplemented
        return (
            self.language,
            self.name,
            self.direction,
            dict(self.messages),
        ) == (other.language, other.name, other.direction, dict(other.messages))

    def __hash__(self) -> int:
        return hash((self.language, self.name, self.direction))

    def text(
        self,
        key: str,
        /,
        *,
        level: Proficiency | WidaLevel | None = None,
        **values: object,
    ) -> str:
        """Return a message in this language, its placeholders filled.

        Args:
            key: The message's id.
            level: The reader's English-language proficiency: the wording written
                for that band (WIDA levels 1-2 the simplest) if the catalog has one,
                else (below the advanced band) the nearest simpler one, else the
                message's own wording.
            **values: The value of each placeholder.

        Raises:
            NotFoundError: If no message has the id *key*.
            ArgumentTypeError: If *level* is not a proficiency.
            InvalidDataError: If a placeholder of the message has no value.

        Example:
            >>> from selfassess.language import ENGLISH
            >>> ENGLISH.text("base.work_times", count=8, total=10)
            '8 of my 10 work times'
        """
        check = Arguments()
        check.text("key", key)
        band = proficiency_argument(check, "level", level)
        check.done()
        if key not in _ENGLISH_TEXT or _is_leveled(key):
            raise NotFoundError(f"no message has the id {key!r}", key=key)
        chosen = self.messages.get(key, _ENGLISH_TEXT[key])
        if band is not None:
            # The band's own wording, else a simpler one (never a harder one); an
            # advanced student (WIDA 5-6) reads the class's own wording unless one
            # is written for them.
            order = list(Proficiency)
            tried = (
                [band]
                if band is Proficiency.ADVANCED
                else order[: order.index(band) + 1][::-1]
            )
            for candidate in tried:
                leveled = self.messages.get(f"{key}{_LEVEL_MARK}{candidate.value}")
                if leveled is not None:
                    chosen = leveled
                    break
        missing = placeholders(chosen) - values.keys()
        if missing:
            check.add(key, f"needs a value for {_names(missing)}")
            check.done()
        return chosen.format_map(values)

    def has(self, key: str) -> bool:
        """Whether the catalog has its own wording for the message *key*."""
        return key in self.messages

    @property
    def rtl(self) -> bool:
        """Whether the language is written right to left."""
        return self.direction is Direction.RTL

    def date(self, day: date) -> str:
        """Return a day in full, as the language writes it.

        English is written as the rest of selfassess writes it ("Monday 12 October
        2026"); other languages as CLDR says, through Babel where the ``language``
        extra is installed ("lunes, 12 de octubre de 2026"), else as ISO 8601
        ("2026-10-12"), which every reader can read.
        """
        check = Arguments()
        check.day("day", day)
        check.done()
        return _formats.long_date(day, self.language)

    def time(self, moment: datetime) -> str:
        """Return a time of day as the language writes it ("4:15 pm", "16:15").

        Without Babel, languages but English write the 24-hour clock.
        """
        check = Arguments()
        check.instance("moment", moment, datetime)
        check.done()
        return _formats.clock_time(moment, self.language)

    def number(self, value: float, places: int = 2) -> str:
        """Return a number as the language writes it ("2.5", "2,5").

        Without Babel, languages but English write it as English does.
        """
        check = Arguments()
        check.number("value", value)
        check.integer("places", places, minimum=0, maximum=12)
        check.done()
        return _formats.decimal(value, self.language, places)

    def and_list(self, items: Iterable[str]) -> str:
        """Return items joined as the language lists them ("a, b and c").

        Example:
            >>> from selfassess.language import SPANISH
            >>> SPANISH.and_list(["leer", "escribir", "hablar"])
            'leer, escribir y hablar'
        """
        check = Arguments()
        listed = list(check.items("items", items, str))
        check.done()
        if len(listed) <= 1:
            return "".join(listed)
        separator = self.text("base.list.separator")
        return self.text(
            "base.list.and", first=separator.join(listed[:-1]), last=listed[-1]
        )


def _shipped(language: str, name: str, column: str, direction: Direction) -> Catalog:
    return Catalog(
        language=language,
        name=name,
        direction=direction,
        messages={key: getattr(message, column) for key, message in MESSAGES.items()},
    )


ENGLISH = _shipped("en", "English", "en", Direction.LTR)
"""The English catalog: the wording every other catalog translates."""
SPANISH = _shipped("es", "Español", "es", Direction.LTR)
"""The Spanish catalog, written for families as a bilingual teacher writes to them."""
ARABIC = _shipped("ar", "العربية", "ar", Direction.RTL)
"""The Arabic catalog, right to left, written for families."""
SHIPPED: tuple[Catalog, ...] = (ENGLISH, SPANISH, ARABIC)
"""The catalogs selfassess ships."""


def _normal(tag: str) -> str:
    return tag.replace("_", "-").lower()


def catalog_for(
    language: str | Catalog | None = None,
    *,
    catalogs: Iterable[Catalog] = (),
    default: Catalog | None = None,
) -> Catalog:
    """Return the catalog for a language: a tag, a catalog, or ``None`` for English.

    A tag finds the catalog of that tag, else of its primary language (``"es-MX"``
    finds Spanish); a school's *catalogs* are looked at before the shipped ones.

    Args:
        language: A BCP 47 tag, a `Catalog` (returned as it is), or ``None``.
        catalogs: A school's own catalogs, looked at first.
        default: The catalog to return when none has the language, such as
            `ENGLISH` for a family whose language no catalog has yet; without it,
            no catalog is an error.

    Raises:
        NotFoundError: If no catalog has the language and no *default* is given.
        ArgumentTypeError: If *language* is not a tag, a catalog or ``None``.

    Example:
        >>> catalog_for("es-MX").name, catalog_for(None).language
        ('Español', 'en')
        >>> catalog_for("vi", default=ENGLISH).language
        'en'
    """
    check = Arguments()
    if language is not None and not isinstance(language, (str, Catalog)):
        check.wrong_kind(
            "language",
            f"must be a language tag, a Catalog or None (got {shown(language)})",
        )
    found = check.items("catalogs", catalogs, Catalog)
    check.optional_instance("default", default, Catalog)
    check.done()
    if language is None:
        return ENGLISH
    if isinstance(language, Catalog):
        return language
    candidates = [*found, *SHIPPED]
    wanted = _normal(language)
    for tag in (wanted, wanted.split("-", 1)[0]):
        for item in candidates:
            if _normal(item.language) == tag:
                return item
    if default is not None:
        return default
    known = ", ".join(sorted({item.language for item in candidates}))
    raise NotFoundError(
        f"no catalog has the language {language!r} (there are: {known}); a school "
        "can supply its own as a Catalog",
        key=language,
    )
