"""The demo in a family's language: what Ana and the Díaz family read.

``python -m selfassess demo --language es`` (or ``ar``) shows the parts of the demo
that reach a student or a family, written by selfassess in that language: the
letter home, the family's appointment note, the agenda Ana leads (planned from her
data, naming standards by their words and her ratings in the family's words), her
rehearsal script, the talking points of her self-assessment (and the same for an
English learner at WIDA level 2), and the questions the family answers after the
conference. With ``--format html`` the page says its ``lang`` and ``dir``.
"""

from __future__ import annotations

import attrs

from selfassess import FOUR_POINT, Role
from selfassess.cli._demo import (
    Section,
    _comparisons,
    family_households,
    family_schedule,
)
from selfassess.cli._sample import sample_class
from selfassess.conference import (
    POST_CONFERENCE_QUESTIONS,
    ConferenceKind,
    WidaLevel,
    family_letter,
    plan_conference,
    rehearsal_script,
)
from selfassess.language import Catalog, catalog_for, level_words
from selfassess.mastery import MasteryPolicy, rollup
from selfassess.render import markdown
from selfassess.render._markdown import inline

__all__ = ["family_sections"]


def family_sections(language: str | Catalog) -> tuple[Section, ...]:
    """Return the demo's student- and family-facing parts in *language*.

    Raises:
        NotFoundError: If no catalog has the language.
    """
    catalog = catalog_for(language)
    sample = sample_class()
    estimates = rollup(sample.evidence, MasteryPolicy())
    ana = next(person for person in sample.students if person.id == "ana")
    family = sample.families[0]
    names = {person.id: person.name.split()[0] for person in sample.students}
    names[sample.teacher.id] = sample.teacher.name
    schedule = family_schedule(sample)
    # The Díaz family, speaking the demo's language: an interpreter of it, or
    # none in English.
    english = catalog.language == "en"
    household = attrs.evolve(
        next(h for h in family_households(sample) if h.id == "diaz"),
        language=None if english else catalog.language,
        needs_interpreter=not english,
    )
    appointment = attrs.evolve(
        schedule.for_household("diaz")[0],
        interpreter_language=None if english else catalog.language,
    )
    comparison = _comparisons(sample)[0]
    agenda = plan_conference(
        ConferenceKind.STUDENT_LED_FIRST,
        student="ana",
        participants=[ana, family, sample.teacher],
        comparison=comparison,
        estimates=estimates,
        goals=sample.goals,
        framework=sample.framework,
        language=catalog,
    )
    script = rehearsal_script(agenda, language=catalog)
    letter = family_letter(
        household,
        appointment=appointment,
        names=names,
        school="Lincoln Elementary",
        language=catalog,
    )
    student = names["ana"]

    def heading(text: str) -> str:
        return "## " + inline(text)

    intro = "\n".join(
        [
            "# " + inline(catalog.text("demo.title", student=student)),
            "",
            inline(catalog.text("demo.intro", language=catalog.name)),
        ]
    )
    rows = {row.criterion: row for row in comparison.criteria}

    def rating(points: float | None, label: str) -> str:
        # The sample rubric rates on the 4-point scale: its labels in the language.
        found = [level for level in FOUR_POINT.levels if level.points == points]
        if not found or found[0].label != label:
            return label
        return level_words(FOUR_POINT, found[0], language=catalog)

    said = []
    for point in comparison.talking_points:
        row = rows.get(point.criterion)
        if row is not None and point.title is not None:
            point = attrs.evolve(  # noqa: PLW2901 - the point, its labels in words
                point,
                self_label=rating(row.self_level, row.self_label),
                teacher_label=rating(row.teacher_level, row.teacher_label),
            )
        said.append(point)
    points = [point.text_in(language=catalog) for point in said]
    simpler = [
        point.text_in(language=catalog, level=WidaLevel.EMERGING) for point in said
    ]
    talking = "\n".join(
        [
            heading(catalog.text("demo.talking_points", student=student)),
            "",
            *(f"- {inline(text)}" for text in points),
            "",
            "### " + inline(catalog.text("demo.talking_points.level", number=2)),
            "",
            *(f"- {inline(text)}" for text in simpler),
        ]
    )
    survey = "\n".join(
        [
            heading(catalog.text("demo.survey")),
            "",
            *(
                f"{number}. {inline(question.text_in(catalog))}"
                for number, question in enumerate(
                    (q for q in POST_CONFERENCE_QUESTIONS if q.asked_of is Role.FAMILY),
                    start=1,
                )
            ),
        ]
    )
    return (
        Section(intro),
        Section(
            "\n".join(
                [
                    heading(catalog.text("demo.letter")),
                    "",
                    markdown(letter, lang=catalog),
                ]
            )
        ),
        Section(
            "\n".join(
                [
                    heading(catalog.text("demo.note")),
                    "",
                    markdown(appointment, lang=catalog, names=names),
                ]
            )
        ),
        Section(
            "\n".join(
                [
                    heading(catalog.text("demo.agenda", student=student)),
                    "",
                    markdown(agenda, lang=catalog),
                ]
            )
        ),
        Section(
            "\n".join(
                [
                    heading(catalog.text("demo.script", student=student)),
                    "",
                    markdown(script, lang=catalog),
                ]
            )
        ),
        Section(talking),
        Section(survey),
    )
