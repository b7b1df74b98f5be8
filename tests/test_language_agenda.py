"""The agenda in the family's language and in plain words: planner, templates, script."""

from __future__ import annotations

import re
from datetime import date

import attrs
import pytest

from selfassess import (
    FOUR_POINT,
    Domain,
    Evidence,
    Framework,
    Person,
    Role,
    Standard,
)
from selfassess.conference import (
    STUDENT_LED_FIRST,
    TEMPLATES,
    Agenda,
    ConferenceKind,
    Proficiency,
    WidaLevel,
    plan_conference,
    rehearsal_script,
)
from selfassess.conference._builtin_templates import in_language
from selfassess.errors import ArgumentTypeError, NotFoundError
from selfassess.goals import Decision, Goal, ProgressReport
from selfassess.language import ARABIC, ENGLISH, SPANISH
from selfassess.mastery import (
    MasteryPolicy,
    intervention_groups,
    peer_tutors,
    rollup,
)
from selfassess.rubrics import COLLABORATION, Assessment, Comparison, Rating, compare

ANA = Person(id="ana", name="Ana", role=Role.STUDENT)
TEACHER = Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)
FATHER = Person(id="ana-dad", name="Ana's father", role=Role.FAMILY)
TEACHER_ONLY = [ANA, TEACHER]
WITH_FAMILY = [ANA, TEACHER, FATHER]

FRAMEWORK = Framework(
    id="math-4",
    title="Grade 4 math",
    domains=[
        Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[
                Standard(
                    id="nf1",
                    code="4.NF.1",
                    statement="Explain why two fractions are equivalent.",
                ),
                Standard(
                    id="nf2",
                    code="4.NF.2",
                    statement="Compare two fractions.",
                    power=True,
                ),
            ],
        ),
        Domain(
            id="oa",
            code="4.OA",
            title="Operations",
            standards=[
                Standard(id="oa1", code="4.OA.1", statement="Read a multiplication.")
            ],
        ),
    ],
)
CODE = re.compile(r"\b\d\.[A-Z]{2,3}(\.\d+)?\b")
"""A standard's code, such as 4.NF.1: never alone in a child's or family's text."""


def _evidence(rows: list[tuple[str, str, list[float]]]) -> list[Evidence]:
    return [
        Evidence(
            student=student,
            standard=standard,
            score=score,
            assessed_on=date(2026, 9, 1 + 7 * i),
        )
        for student, standard, scores in rows
        for i, score in enumerate(scores)
    ]


ESTIMATES = rollup(
    _evidence(
        [
            ("ana", "nf1", [2, 3, 3]),
            ("ana", "nf2", [1, 2, 3, 2.5]),
            ("ana", "oa1", [1, 1, 2]),
            ("ben", "oa1", [3, 4, 4]),
            ("cal", "nf2", [1, 1, 1]),
            ("ana", "nf9", [1, 2, 1]),
        ]
    ),
    MasteryPolicy(),
)
EARLIER = rollup(_evidence([("ana", "nf1", [2])]), MasteryPolicy())
NOW = rollup(_evidence([("ana", "nf1", [2, 4, 4])]), MasteryPolicy())


def _comparison(mine: list[int], theirs: list[int]) -> Comparison:
    def filled(id: str, rater: str, role: Role, levels: list[int]) -> Assessment:
        return Assessment(
            id=id,
            rubric=COLLABORATION,
            student="ana",
            rater=rater,
            role=role,
            assessed_on=date(2026, 10, 2),
            ratings=[
                Rating(criterion=criterion.id, level=level)
                for criterion, level in zip(COLLABORATION.criteria, levels, strict=True)
            ],
        )

    return compare(
        filled("ana-self", "ana", Role.STUDENT, mine),
        filled("ana-teacher", "okafor", Role.TEACHER, theirs),
    )


GAPS = _comparison([2, 4, 3, 3], [3, 2, 3, 3])


def _texts(agenda: Agenda) -> list[str]:
    """Every text of the agenda a student or a family reads or hears."""
    return [
        text
        for item in agenda.items
        for text in (item.title, item.reason, item.student_says)
        if text
    ]


def _student_led(language: str | None = None, **more: object) -> Agenda:
    return plan_conference(
        ConferenceKind.STUDENT_LED_FIRST,
        student="ana",
        participants=WITH_FAMILY,
        slot_minutes=30,
        comparison=GAPS,
        language=language,
        **more,  # type: ignore[arg-type]
    )


def test_a_spanish_familys_student_led_agenda_is_in_spanish() -> None:
    """Titles, reasons and the student's words come out in Spanish.

    The practice: the student leads the conference for the family; a family is
    invited, and spoken to, in its own language.
    """
    agenda = _student_led("es")
    assert [item.title for item in agenda.items] == [
        "Mi boleta de autoevaluación",
        "La boleta del maestro, al lado de la mía",
        "Mi calificación y la de mi maestro: Collaboration",
        "Mi calificación y la de mi maestro: Participation",
        "Tres logros y una meta",
        "Las fortalezas que ve la familia y una meta",
        "Las fortalezas que ve el maestro y una meta",
        "Preguntas",
    ]
    gap = agenda.items[2]
    assert gap.reason == (
        "Collaboration: el alumno se calificó «va más allá» y el maestro "
        "«va avanzando», con 2 niveles de diferencia"
    )
    assert gap.student_says == "explicar cómo me califiqué en collaboration"
    assert agenda.items[0].student_says == (
        "mostrarles mi boleta de autoevaluación y las notas que me puse"
    )
    assert agenda.title == (
        "Conferencia dirigida por el alumno (la primera del año): planificada con "
        "los resultados"
    )
    english = _student_led()
    for spanish, source in zip(_texts(agenda), _texts(english), strict=True):
        assert spanish != source


def test_an_arabic_familys_agenda_is_in_arabic() -> None:
    """An Arabic-speaking family's agenda and script are in Arabic, the catalog rtl."""
    agenda = _student_led("ar")
    arabic = re.compile(r"[\u0600-\u06FF]")
    for text in _texts(agenda):
        assert arabic.search(text), text
    assert agenda.items[0].title == "بطاقة تقييمي الذاتي"
    assert agenda.items[-1].student_says == "أجيب عن أسئلتكم"
    script = rehearsal_script(agenda, language=ARABIC)
    assert script.lines[0].text == "مرحبًا، أنا Ana. شكرًا لحضوركم لقائي."
    assert script.lines[1].text == (
        "أولًا، سوف أعرض عليكم بطاقة تقييمي الذاتي والدرجات التي أعطيتها لنفسي."
    )
    assert ARABIC.rtl


def test_the_rehearsal_script_is_in_the_familys_language() -> None:
    """The student rehearses the script in the language the family will hear.

    The practice: scripts and rehearsal before a student-led conference.
    """
    script = rehearsal_script(_student_led("es"), language="es")
    assert script.lines[0].text == "Hola, soy Ana. Gracias por venir a mi conferencia."
    assert script.lines[1].text == (
        "Primero voy a mostrarles mi boleta de autoevaluación y las notas que me puse."
    )
    assert script.lines[2].text == (
        "Después voy a comparar mi boleta con la de mi maestro."
    )
    assert script.lines[3].text == (
        "Luego voy a explicar cómo me califiqué en collaboration."
    )
    assert script.lines[-2].text == "Por último, voy a responder sus preguntas."
    assert script.lines[-1].text == "Gracias por escucharme."
    english = rehearsal_script(_student_led())
    assert english.lines[1].text.startswith("First I will show you")


def test_a_level_two_learner_gets_the_beginning_wording_everywhere() -> None:
    """An English learner at WIDA level 2 reads the simplest wording of every reason.

    The practice: feedback an English learner can understand; WIDA's levels 1-2
    read the beginning wording.
    """
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        slot_minutes=20,
        comparison=GAPS,
        estimates=ESTIMATES,
        earlier=EARLIER,
        tutors=peer_tutors(ESTIMATES),
        goals=[Goal(id="g1", student="ana", statement="Read 90 words a minute")],
        progress=[
            ProgressReport(
                goal="g1", points=7, four_point_rule=Decision.CHANGE_INSTRUCTION
            )
        ],
        framework=FRAMEWORK,
        proficiency=WidaLevel.EMERGING,
    )
    by_title = {item.title: item for item in agenda.items}
    quick = by_title["Quick check where a standard is near mastery"]
    assert quick.reason == (
        "Almost there: “Compare two fractions”, “Explain why two fractions are "
        "equivalent”"
    )
    assert quick.student_says == (
        "try a short test on “Compare two fractions” and “Explain why two "
        "fractions are equivalent”"
    )
    hard = by_title["What still feels hard, and who can help"]
    assert hard.reason.startswith("Help is here: ")
    assert hard.student_says.startswith("tell you what is hard for me: ")
    goal = by_title["Revisit goal: Read 90 words a minute"]
    assert goal.reason == "This goal is stuck. Try a new plan."
    assert goal.student_says == "look at my goal: Read 90 words a minute"
    gap = by_title["Your rating and mine: Collaboration"]
    assert gap.student_says == "show my rating for collaboration"
    # The comparison's talking point, at the same level, is the rubrics' own.
    point = GAPS.talking_points[0]
    assert gap.reason == point.text_in(level=WidaLevel.EMERGING) != point.text
    # Level 2 is the beginning band: the same agenda as for that band.
    assert agenda == plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        slot_minutes=20,
        comparison=GAPS,
        estimates=ESTIMATES,
        earlier=EARLIER,
        tutors=peer_tutors(ESTIMATES),
        goals=[Goal(id="g1", student="ana", statement="Read 90 words a minute")],
        progress=[
            ProgressReport(
                goal="g1", points=7, four_point_rule=Decision.CHANGE_INSTRUCTION
            )
        ],
        framework=FRAMEWORK,
        proficiency=Proficiency.BEGINNING,
    )


def test_a_student_led_gap_is_worded_for_a_level_two_learner() -> None:
    """The student's own gap item, read by a beginner, is one short idea a sentence."""
    agenda = _student_led(proficiency=WidaLevel.ENTERING)
    assert agenda.items[2].reason == (
        "Collaboration: student says going beyond. Teacher says getting there."
    )
    intermediate = _student_led(proficiency=WidaLevel.EXPANDING)
    assert intermediate.items[2].reason == (
        "Collaboration: the student chose going beyond. The teacher chose getting "
        "there. That is 2 levels apart."
    )


@pytest.mark.parametrize("language", [None, "es", "ar"])
def test_standards_reach_the_child_and_the_family_as_words(
    language: str | None,
) -> None:
    """No title, reason or student's line names a standard by its code alone.

    The practice: success criteria and "I can" statements a student judges
    themselves against; a fourth grader and her father read words, not 4.NF.1.
    The links keep the code, for the teacher.
    """
    data: dict[str, object] = {
        "estimates": ESTIMATES,
        "tutors": peer_tutors(ESTIMATES),
        "groups": intervention_groups(ESTIMATES),
        "framework": FRAMEWORK,
        "language": language,
        "slot_minutes": 20,
    }
    quick = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        **data,  # type: ignore[arg-type]
    )
    celebrated = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=WITH_FAMILY,
        estimates=NOW,
        earlier=EARLIER,
        framework=FRAMEWORK,
        language=language,
    )
    for agenda in (quick, celebrated):
        texts = _texts(agenda)
        assert [text for text in texts if CODE.search(text)] == []
        assert any(
            link.label.startswith("4.") for i in agenda.items for link in i.links
        )
    words = " ".join(_texts(quick) + _texts(celebrated))
    assert "Compare two fractions" in words
    assert "Explain why two fractions are equivalent" in words
    assert "Read a multiplication" in words  # the tutor's and the group's standard


def test_without_a_framework_the_standard_keeps_its_id() -> None:
    """Only the id is known without the framework, and the agenda says it."""
    agenda = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        estimates=ESTIMATES,
    )
    quick = agenda.items[3]
    assert quick.student_says == "try a quick check on nf1 and nf2"
    assert quick.reason == (
        "Near mastery, power standards and the closest first: nf1, nf2"
    )


def test_a_family_hears_plain_labels_and_a_teacher_the_scales_own() -> None:
    """In a conference a family takes part in, ratings are named in plain words.

    The practice: a parent should understand the report without jargon ("on
    track", "getting there"); a conference between the teacher and the student
    keeps the teacher's labels.
    """
    student_led = _student_led()
    assert "going beyond" in student_led.items[2].reason
    assert "getting there" in student_led.items[2].reason
    assert "Advanced" not in student_led.items[2].reason
    alone = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        comparison=GAPS,
    )
    with_father = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=WITH_FAMILY,
        comparison=GAPS,
    )
    assert "Partially proficient" in alone.items[1].reason
    assert alone.items[1].reason == GAPS.talking_points[0].text
    assert "getting there" in with_father.items[1].reason
    assert "Partially proficient" not in with_father.items[1].reason
    spanish = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        comparison=GAPS,
        language="es",
    )
    assert "Parcialmente competente" in spanish.items[1].reason


def test_a_teachers_own_scale_gives_its_own_family_words() -> None:
    """With the rubric's scale given, its levels' own family labels are used."""
    ours = attrs.evolve(
        FOUR_POINT,
        id="our-four",
        levels=[
            attrs.evolve(level, family_label=f"our {level.points:g}")
            for level in FOUR_POINT.levels
        ],
    )
    agenda = _student_led(scale=ours)
    assert agenda.items[2].reason == (
        "Collaboration: the student's rating is our 4 and the teacher's our 2, "
        "2 levels apart"
    )


def test_built_in_templates_speak_the_language_and_a_teachers_own_stays() -> None:
    """A built-in template's words are the catalog's; a teacher's own, as written."""
    spanish = STUDENT_LED_FIRST.agenda(
        student="ana", participants=TEACHER_ONLY, language="es", private_time=False
    )
    assert spanish.title == "Conferencia dirigida por el alumno (la primera del año)"
    # No family: the teacher's goal is set with the student, in Spanish too.
    assert spanish.items[-2].title == (
        "Las fortalezas que ve el maestro, y una meta que el alumno y el maestro "
        "ponen juntos"
    )
    ours = attrs.evolve(STUDENT_LED_FIRST, name="Our spring conference")
    kept = ours.agenda(student="ana", participants=WITH_FAMILY, language="es")
    assert kept.title == "Our spring conference"
    assert kept.items[0].title == "My self-report card"
    private = STUDENT_LED_FIRST.agenda(
        student="ana", participants=WITH_FAMILY, language="es", private_time=True
    )
    assert private.items[-1].title == "Tiempo a solas con la familia"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.kind.value)
def test_every_built_in_template_is_worded_in_each_shipped_language(
    template: object,
) -> None:
    """English gives the templates back unchanged; Spanish and Arabic word them all."""
    assert in_language(template, ENGLISH) == template  # type: ignore[arg-type]
    for catalog in (SPANISH, ARABIC):
        worded = in_language(template, catalog)  # type: ignore[arg-type]
        assert worded.name != template.name  # type: ignore[attr-defined]
        assert all(
            item.title != source.title
            for item, source in zip(worded.items, template.items, strict=True)  # type: ignore[attr-defined]
        )


def test_english_is_the_default_and_a_tag_or_catalog_alike() -> None:
    """No language is English; a tag and its catalog give the same agenda."""
    assert _student_led() == _student_led("en") == _student_led(ENGLISH)  # type: ignore[arg-type]
    assert _student_led("es-MX") == _student_led(SPANISH)  # type: ignore[arg-type]


def test_a_wrong_language_or_proficiency_is_refused() -> None:
    """A language no catalog has, or an argument of the wrong kind, is an error."""
    with pytest.raises(NotFoundError, match="no catalog has the language 'xx'"):
        _student_led("xx")
    with pytest.raises(ArgumentTypeError, match="language"):
        _student_led(5)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="proficiency"):
        _student_led(proficiency=2)
    with pytest.raises(ArgumentTypeError, match="scale"):
        _student_led(scale="four-point")
    with pytest.raises(ArgumentTypeError, match="language"):
        rehearsal_script(_student_led(), language=3)  # type: ignore[arg-type]


def test_an_advanced_learner_reads_the_fluent_wording() -> None:
    """WIDA levels 5-6 read the planner's own wording, not a simpler one."""
    data: dict[str, object] = {
        "estimates": ESTIMATES,
        "earlier": EARLIER,
        "tutors": peer_tutors(ESTIMATES),
        "framework": FRAMEWORK,
        "slot_minutes": 20,
    }
    fluent = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        **data,  # type: ignore[arg-type]
    )
    for level in (WidaLevel.BRIDGING, WidaLevel.REACHING, Proficiency.ADVANCED):
        assert fluent == plan_conference(
            ConferenceKind.DATA_REVIEW,
            student="ana",
            participants=TEACHER_ONLY,
            proficiency=level,
            **data,  # type: ignore[arg-type]
        )
    intermediate = plan_conference(
        ConferenceKind.DATA_REVIEW,
        student="ana",
        participants=TEACHER_ONLY,
        proficiency=WidaLevel.DEVELOPING,
        **data,  # type: ignore[arg-type]
    )
    assert intermediate.items[3].reason.startswith("Close to mastery: ")


def test_an_agenda_keeps_its_language_for_the_script_and_the_forms() -> None:
    """A Spanish agenda's script and pages are Spanish without being told again."""
    from selfassess import Person, Role
    from selfassess.conference import STUDENT_LED_FIRST, rehearsal_script
    from selfassess.errors import InvalidDataError
    from selfassess.render import html, markdown

    people = [
        Person(id="ana", name="Ana", role=Role.STUDENT),
        Person(id="rosa", name="Rosa", role=Role.FAMILY),
        Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER),
    ]
    agenda = STUDENT_LED_FIRST.agenda(student="ana", participants=people, language="ar")
    assert agenda.language == "ar"
    script = rehearsal_script(agenda)
    assert script.language == "ar"
    assert not any("I will" in line.text for line in script.lines)
    assert '<html lang="ar" dir="rtl">' in html(agenda)
    assert '<html lang="ar" dir="rtl">' in html(script)
    assert "minutes" not in markdown(agenda)
    with pytest.raises(InvalidDataError, match="agenda's language"):
        rehearsal_script(agenda, language="es")
    english = STUDENT_LED_FIRST.agenda(student="ana", participants=people)
    assert english.language == "en"
    assert rehearsal_script(english).lines[1].text.startswith("First I will")
