"""The planner: one student's data in, a conference agenda that points at it out.

A teacher with five minutes for a student wants to spend them where they matter most,
without leaving out what the practice requires. The planner reads what selfassess
knows about the student (their self-assessment beside the teacher's, their mastery
per standard now and at the last conference, their goals and how the data on them is
going, groups and tutors, accommodations) and builds an
`~selfassess.conference.Agenda` on the conference kind's template.

The rules, in order:

1. Every required item of the template whose speaker is present is on the agenda,
   in the template's order, at its default minutes
   (its ``required`` flag); the
   template's last such item closes the agenda (the data review closes with
   scheduling the next check-in, a student-led conference with the student's
   questions).
2. The data items are ranked by leverage, highest first (the order of the data
   review and goal-setting conference's practice): the largest gaps between the
   student's rating and the teacher's, one item each; standards mastered since the
   last conference; a quick check on the standards nearest mastery (power
   standards first, as `selfassess.mastery.quick_checks` orders them); goals whose
   data says to change something (IEP goals first); what still feels hard and who
   can help (groups, peer tutors, accommodations).
3. A data item that stands for a template item (the quick check, what still feels
   hard, the celebration of progress in the data review) takes that item's place;
   it costs no minutes when that item is required. These come first, as they are
   the agenda the practice runs; the others are taken in rank order while their default minutes fit in the minutes the required items leave,
   and sit just after the template item that wants their kind of link (a gap beside
   the self-assessment form, the report cards or the review of goals), never after
   the closing item.
4. A data item with no minutes left still gets discussed: its links and reason go
   onto the agenda's template item that wants that kind of link.
5. Minutes still left go to the template's other items, in its order, while they
   fit; then every item's minutes are stretched or shrunk in proportion to fill the
   slot exactly (`selfassess.conference.allocate_minutes`).

Each item speaks in its speaker's voice: where the student leads, a gap is the
student's ("My rating and my teacher's"), its reason in plain third person; where
the teacher leads, it is the teacher's ("Your rating and mine"), with the
comparison's talking point. With ``focus=True`` (for a student who does better with
fewer things at once) at most two data items are kept and no optional template item
is added; the required items stay. With ``private_time=True`` the family's private
time with the teacher closes the slot. Same data in, same agenda out.

Words for a child and a family: every text the planner writes is in the family's
``language``, worded for the student's English ``proficiency``; a standard is named
by its statement (the link keeps its code, for the teacher); in a conference a
family takes part in, a rating is named in the scale's family words ("on track")
rather than the teacher's label ("Proficient").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from selfassess import (
    CANVAS_DEFAULT,
    EMERGING_TO_EXTENDING,
    FOUR_POINT,
    THREE_FACES,
    TRAFFIC_LIGHT,
    Band,
    Framework,
    Person,
    Role,
    Scale,
)
from selfassess._proficiency import Proficiency, WidaLevel, proficiency_argument
from selfassess._validate import MAX_MINUTES, Arguments, Checker, shown
from selfassess.conference._agenda import (
    Agenda,
    AgendaItem,
    ConferenceKind,
    Link,
    LinkKind,
)
from selfassess.conference._builtin_templates import (
    DATA_REVIEW_CONFERENCE,
    in_language,
    template_for,
)
from selfassess.conference._prompts import PROMPT_BANK
from selfassess.conference._templates import (
    PRIVATE_TIME_MINUTES,
    Template,
    agenda_item,
    allocate_minutes,
    check_private_time,
    choose_leaders,
    private_time_item,
)
from selfassess.errors import InvalidDataError, NotFoundError
from selfassess.goals import Decision, Goal, GoalStatus, ProgressReport
from selfassess.language import Catalog, catalog_for, level_words
from selfassess.mastery import (
    InterventionGroup,
    MasteryEstimate,
    TutorMatch,
    quick_checks,
)
from selfassess.rubrics import (
    Comparison,
    CriterionComparison,
    TalkingPoint,
    TalkingPointKind,
)

__all__ = ["plan_conference"]

_FOCUS_ITEMS = 2
"""How many data items a focused agenda keeps (besides the required items)."""

_PRACTICE = DATA_REVIEW_CONFERENCE
"""The template whose items the planner fills with the data: its ranking follows the
data review and goal-setting conference's practice."""

# The keys of the template items that a data item stands for.
_QUICK_CHECK = "quick-check"
_STILL_HARD = "still-hard"
_REVIEW_DATA = "review-data"
_PRAISE = "praise-fix-errors"


@attrs.frozen
class _Candidate:
    """An item the planner could put on the agenda, with its rank.

    ``key`` is the key of the template item it stands for, if any: when the
    template has that item, the data goes onto it instead of a new item.
    """

    rank: tuple[int, int, float, str]
    item: AgendaItem
    key: str | None = None


def _prompts(*ids: str) -> list[object]:
    return [PROMPT_BANK.prompt(prompt_id) for prompt_id in ids]


_BUILT_IN_SCALES = (
    FOUR_POINT,
    CANVAS_DEFAULT,
    THREE_FACES,
    TRAFFIC_LIGHT,
    EMERGING_TO_EXTENDING,
)
"""The scales whose level labels a comparison's ratings may carry."""

_FAMILY_KINDS = frozenset(
    {
        ConferenceKind.STUDENT_LED_FIRST,
        ConferenceKind.STUDENT_LED_SECOND,
        ConferenceKind.THREE_WAY,
    }
)
"""The kinds of conference a family takes part in."""


def _code(framework: Framework | None, standard: str) -> str:
    """A standard's code, for the teacher's labels of the links."""
    if framework is not None and standard in framework:
        return framework.standard(standard).code
    return standard


def _rated_scale(comparison: Comparison) -> Scale | None:
    """The built-in scale whose level labels the comparison's ratings carry, if any."""
    rated = [row for row in comparison.criteria if row.self_level is not None]
    for scale in _BUILT_IN_SCALES:
        if rated and all(_on(scale, row) for row in rated):
            return scale
    return None


def _on(scale: Scale, row: CriterionComparison) -> bool:
    return any(
        level is not None
        and any(
            found.points == level and found.label == label for found in scale.levels
        )
        for level, label in (
            (row.self_level, row.self_label),
            (row.teacher_level, row.teacher_label),
        )
    )


@attrs.frozen
class _Words:
    """How the planner words what it writes: in a catalog, for a reader.

    The student's and the family's texts are in *catalog*'s language, at the
    student's English-language proficiency *level* (the leveled wording of a
    reason or of the student's words, for an English learner); a standard is
    named by its statement where the *framework* has it (a child and a family
    read words, not codes); a rating on a *scale* is named in the family's plain
    words ("on track") when *family* takes part, else by the scale's label.
    """

    catalog: Catalog
    level: Proficiency | None
    framework: Framework | None
    family: bool
    scale: Scale | None

    def text(self, key: str, **values: object) -> str:
        """A message, not leveled (a title, or part of a sentence)."""
        return self.catalog.text(key, level=None, **values)

    def leveled(self, key: str, **values: object) -> str:
        """A message at the reader's proficiency (a reason, the student's words)."""
        return self.catalog.text(key, level=self.level, **values)

    def standard(self, standard: str) -> str:
        """A standard as a child and a family read it: its statement, else its id."""
        if self.framework is None or standard not in self.framework:
            return standard
        statement = self.framework.standard(standard).statement.strip()
        return self.text(
            "agenda.standard.words", statement=statement.rstrip(".") or statement
        )

    def standards(self, standards: Iterable[str]) -> list[str]:
        return [self.standard(standard) for standard in standards]

    def levels(self, steps: int) -> str:
        count = abs(steps)
        if count == 1:
            return self.text("agenda.levels.one")
        if count == 2:  # languages with a dual, such as Arabic, word two apart
            return self.text("agenda.levels.two")
        return self.text("agenda.levels.many", count=count)

    def rating(self, level: float | None, label: str) -> str:
        """A rating's name: the scale level's words, or the teacher's label as given.

        A label the teacher wrote (a descriptor's own title, or points between
        levels) is the teacher's, as written.
        """
        if self.scale is None or level is None:
            return label
        try:
            found = self.scale.level(level)
        except NotFoundError:
            return label
        if found.label != label:
            return label
        return level_words(self.scale, found, language=self.catalog, family=self.family)

    def point(self, point: TalkingPoint, row: CriterionComparison | None) -> str:
        """A talking point in the language, at the level, with the ratings' words."""
        if row is not None and point.title is not None:
            point = attrs.evolve(
                point,
                self_label=self.rating(row.self_level, row.self_label),
                teacher_label=self.rating(row.teacher_level, row.teacher_label),
            )
        return point.text_in(language=self.catalog, level=self.level)


def _gap_items(
    comparison: Comparison, student: str, words: _Words, *, student_leads: bool
) -> list[_Candidate]:
    """One item per criterion the student and the teacher rated apart.

    Where the student leads (a student-led conference, the family listening), the
    item is the student's, spoken by the student: its title and reason say what
    each rated, in plain third person. Where the teacher leads, the teacher speaks
    it, with the comparison's talking point addressed to the student.
    """
    points = {point.criterion: point for point in comparison.talking_points}
    found = []
    for order, row in enumerate(comparison.criteria):
        if row.agrees:
            continue
        point = points.get(row.criterion)
        direction = "higher" if row.steps > 0 else "lower"
        levels = words.levels(row.steps)
        if student_leads:
            title = words.text("agenda.gap.title.student", criterion=row.title)
            reason = words.leveled(
                "agenda.gap.reason.student",
                criterion=row.title,
                self_label=words.rating(row.self_level, row.self_label),
                teacher_label=words.rating(row.teacher_level, row.teacher_label),
                levels=levels,
            )
        else:
            title = words.text("agenda.gap.title.teacher", criterion=row.title)
            reason = (
                words.point(point, row)
                if point is not None
                else words.leveled(
                    f"agenda.gap.reason.{direction}",
                    criterion=row.title.lower(),
                    levels=levels,
                )
            )
        found.append(
            _Candidate(
                rank=(0, -abs(row.steps), float(order), row.criterion),
                item=AgendaItem(
                    title=title,
                    minutes=2,
                    speaker=Role.STUDENT if student_leads else Role.TEACHER,
                    prompts=_prompts("compare-ratings", "show-evidence"),
                    links=[
                        Link(
                            kind=LinkKind.COMPARISON,
                            ref=comparison.self_assessment,
                            student=student,
                            label=f"{row.title}: "
                            f"{words.rating(row.self_level, row.self_label)} / "
                            f"{words.rating(row.teacher_level, row.teacher_label)}",
                        )
                    ],
                    student_says=words.leveled(
                        "agenda.gap.says", criterion=row.title.lower()
                    ),
                    reason=reason,
                ),
            )
        )
    return found


def _praise(comparison: Comparison, student: str, words: _Words) -> list[_Candidate]:
    """The praise and the steps to fix errors the comparison points at.

    The practice asks the teacher to praise the student's efforts and the successes
    the student noted, and to support steps to fix errors: the strengths the
    student and the teacher both see, and the criteria both place below mastery.
    """
    rows = {row.criterion: row for row in comparison.criteria}
    texts = [
        words.point(point, rows.get(point.criterion))
        for kind in (TalkingPointKind.PRAISE, TalkingPointKind.NEXT_STEP)
        for point in comparison.talking_points
        if point.kind is kind
    ]
    if not texts:
        return []
    strengths = [
        row.title for row in comparison.criteria if row.agrees and row.strength
    ]
    steps = [
        row.title for row in comparison.criteria if row.agrees and not row.strength
    ]
    label = "; ".join(
        part
        for part in (
            "strengths: " + ", ".join(strengths) if strengths else "",
            "next steps: " + ", ".join(steps) if steps else "",
        )
        if part
    )
    return [
        _Candidate(
            rank=(-1, 0, 0.0, ""),
            key=_PRAISE,
            item=AgendaItem(
                title=words.text(
                    "agenda.template.self_assessment.praise-fix-errors.title"
                ),
                minutes=1,
                speaker=Role.TEACHER,
                links=[
                    Link(
                        kind=LinkKind.COMPARISON,
                        ref=comparison.self_assessment,
                        student=student,
                        label=label,
                    )
                ],
                reason=" ".join(texts),
            ),
        )
    ]


def _celebration(
    now: list[MasteryEstimate],
    earlier: Mapping[str, MasteryEstimate],
    student: str,
    words: _Words,
) -> list[_Candidate]:
    newly = [
        estimate
        for estimate in now
        if estimate.band is Band.MASTERED
        and (
            str(estimate.standard) not in earlier
            or earlier[str(estimate.standard)].band is not Band.MASTERED
        )
    ]
    if not newly:
        return []
    codes = [_code(words.framework, str(estimate.standard)) for estimate in newly]
    named = words.text("base.list.separator").join(
        words.standards(str(estimate.standard) for estimate in newly)
    )
    return [
        _Candidate(
            rank=(1, 0, 0.0, ""),
            key=_REVIEW_DATA,
            item=AgendaItem(
                title=words.text("agenda.celebrate.title"),
                minutes=1,
                speaker=Role.TEACHER,
                prompts=_prompts("praise", "growth"),
                links=[
                    Link(
                        kind=LinkKind.STANDARD_MASTERY,
                        ref=str(estimate.standard),
                        student=student,
                        label=f"{code} (mastered)",
                    )
                    for estimate, code in zip(newly, codes, strict=True)
                ],
                student_says=words.leveled("agenda.celebrate.says", standards=named),
                reason=words.leveled("agenda.celebrate.reason", standards=named),
            ),
        )
    ]


def _quick_check(
    now: Mapping[tuple[str, str], MasteryEstimate],
    student: str,
    words: _Words,
    practice: Template,
) -> list[_Candidate]:
    """A quick check on the two standards nearest mastery, power standards first.

    Which standards are near, and their order, are `selfassess.mastery.quick_checks`'s.
    """
    chosen = quick_checks(now, student=student, framework=words.framework)[:2]
    if not chosen:
        return []
    codes = [_code(words.framework, check.standard) for check in chosen]
    named = words.standards(check.standard for check in chosen)
    return [
        _Candidate(
            rank=(2, 0, 0.0, ""),
            key=_QUICK_CHECK,
            item=agenda_item(
                practice.item(_QUICK_CHECK),
                links=[
                    Link(
                        kind=LinkKind.STANDARD_MASTERY,
                        ref=check.standard,
                        student=student,
                        label=f"{code} (near mastery, {check.value:g})",
                    )
                    for check, code in zip(chosen, codes, strict=True)
                ],
                student_says=words.leveled(
                    "agenda.quick_check.says",
                    standards=words.catalog.and_list(named),
                ),
                reason=words.leveled(
                    "agenda.quick_check.reason",
                    standards=words.text("base.list.separator").join(named),
                ),
            ),
        )
    ]


def _stalled(report: ProgressReport) -> bool:
    return (
        report.four_point_rule is Decision.CHANGE_INSTRUCTION
        or report.trend_rule is Decision.CHANGE_INSTRUCTION
        or report.on_track is False
    )


def _goal_items(
    goals: list[Goal],
    reports: Mapping[str, ProgressReport],
    student: str,
    words: _Words,
) -> list[_Candidate]:
    found = []
    for order, goal in enumerate(goals):
        report = reports.get(goal.id)
        if (
            goal.status is not GoalStatus.ACTIVE
            or report is None
            or not _stalled(report)
        ):
            continue
        kind = LinkKind.IEP_GOAL if goal.iep else LinkKind.GOAL
        rule = words.text(
            "agenda.goal.rule.four_point"
            if report.four_point_rule is Decision.CHANGE_INSTRUCTION
            else "agenda.goal.rule.trend"
            if report.trend_rule is Decision.CHANGE_INSTRUCTION
            else "agenda.goal.rule.off_track"
        )
        found.append(
            _Candidate(
                rank=(3, 0 if goal.iep else 1, float(order), goal.id),
                item=AgendaItem(
                    title=words.text(
                        "agenda.goal.title.iep" if goal.iep else "agenda.goal.title",
                        goal=goal.statement,
                    ),
                    minutes=2,
                    speaker=Role.STUDENT,
                    prompts=_prompts("goal-progress", "help-more"),
                    links=[
                        Link(
                            kind=kind,
                            ref=goal.id,
                            student=student,
                            label=goal.statement,
                        )
                    ],
                    student_says=words.leveled("agenda.goal.says", goal=goal.statement),
                    reason=words.leveled("agenda.goal.reason", rule=rule),
                ),
            )
        )
    return found


def _help_item(
    student: str,
    groups: list[InterventionGroup],
    tutors: list[TutorMatch],
    accommodations: list[str],
    *,
    words: _Words,
    practice: Template,
) -> list[_Candidate]:
    # (standard, the teacher's label, the offer in the reason, the offer in the
    # student's words); a tutor only where the student has no group on that
    # standard already.
    offers: list[tuple[str, str, str, str]] = []
    for group in groups:
        if student in group.students:
            code = _code(words.framework, group.standard)
            named = words.standard(group.standard)
            offers.append(
                (
                    group.standard,
                    f"small group on {code}",
                    words.text("agenda.help.reason.group", standard=named),
                    words.text("agenda.help.offer.group", standard=named),
                )
            )
    offered = {offer[0] for offer in offers}
    for match in tutors:
        if match.tutee == student and match.standard not in offered:
            offered.add(match.standard)
            code = _code(words.framework, match.standard)
            named = words.standard(match.standard)
            offers.append(
                (
                    match.standard,
                    f"peer tutor {match.tutor} on {code}",
                    words.text(
                        "agenda.help.reason.tutor", tutor=match.tutor, standard=named
                    ),
                    words.text(
                        "agenda.help.offer.tutor", tutor=match.tutor, standard=named
                    ),
                )
            )
    links = [
        Link(kind=LinkKind.GROUP, ref=standard, student=student, label=label)
        for standard, label, _, _ in offers
    ]
    helps = [help_ for _, _, help_, _ in offers]
    said = [words_ for _, _, _, words_ in offers]
    for accommodation in accommodations:
        links.append(
            Link(
                kind=LinkKind.ACCOMMODATION,
                ref=accommodation,
                student=student,
                label=accommodation,
            )
        )
        helps.append(accommodation)
    if not links:
        return []
    return [
        _Candidate(
            rank=(4, 0, 0.0, ""),
            key=_STILL_HARD,
            item=agenda_item(
                practice.item(_STILL_HARD),
                links=links,
                student_says=words.leveled(
                    "agenda.help.says.offers",
                    offers=words.catalog.and_list(said),
                )
                if said
                else words.leveled("agenda.help.says"),
                reason=words.leveled(
                    "agenda.help.reason",
                    offers=words.text("agenda.list.semicolon").join(helps),
                ),
            ),
        )
    ]


def _estimates(
    check: Arguments, name: str, value: object
) -> dict[tuple[str, str], MasteryEstimate]:
    """A mapping of estimates by (student, standard), as rollup returns; ``None``: none.

    A value that is not a mapping is the caller's mistake; a key that is not a pair
    of ids, or a value that is not an estimate, is bad data, reported with its key.
    """
    if value is None:
        return {}
    wrong = (
        f"must be a mapping from (student, standard) to MasteryEstimate, as rollup "
        f"returns (got {shown(value)})"
    )
    if not isinstance(value, Mapping):
        check.wrong_kind(name, wrong)
        return {}
    try:
        pairs = list(value.items())
    except Exception:  # a mapping that fails while read is no mapping of estimates
        check.wrong_kind(name, wrong)
        return {}
    found: dict[tuple[str, str], MasteryEstimate] = {}
    for key, estimate in pairs:
        path = f"{name}[{shown(key)}]"
        if not (
            isinstance(key, tuple)
            and len(key) == 2  # a pair: student and standard
            and all(isinstance(part, str) for part in key)
        ):
            check.add(path, f"must be keyed by (student, standard) (got {shown(key)})")
        elif not isinstance(estimate, MasteryEstimate):
            check.add(path, f"must be a MasteryEstimate (got {shown(estimate)})")
        else:
            found[key] = estimate
    return found


def plan_conference(
    kind: ConferenceKind,
    *,
    student: str,
    participants: Iterable[Person],
    slot_minutes: int | None = None,
    comparison: Comparison | None = None,
    estimates: Mapping[tuple[str, str], MasteryEstimate] | None = None,
    earlier: Mapping[tuple[str, str], MasteryEstimate] | None = None,
    goals: Iterable[Goal] = (),
    progress: Iterable[ProgressReport] = (),
    groups: Iterable[InterventionGroup] = (),
    tutors: Iterable[TutorMatch] = (),
    accommodations: Iterable[str] = (),
    framework: Framework | None = None,
    focus: bool = False,
    private_time: bool = False,
    language: str | Catalog | None = None,
    proficiency: Proficiency | WidaLevel | None = None,
    scale: Scale | None = None,
) -> Agenda:
    """Build a conference agenda from one student's data, keeping what the practice requires.

    See the module's rules: the template's required items always, in its order and
    closing it; then the data, highest leverage first (gaps between self and
    teacher ratings, standards mastered since last time, a quick check near
    mastery, stalled goals, then groups, tutors and accommodations) in the minutes
    left, each beside the template item it belongs with.

    Args:
        kind: The kind of conference; its template gives the items, the slot and
            who leads.
        student: The student's id; a participant with the student role.
        participants: Everyone taking part. Without a family member, the
            family's items are left out and the teacher's goal is set with the
            student.
        slot_minutes: The slot's length; by default the template's.
        comparison: The student's latest self-assessment beside the teacher's.
        estimates: Mastery estimates now, as `selfassess.mastery.rollup` returns
            them; other students' are ignored.
        earlier: Estimates at the last conference, to find what was mastered since.
        goals: The student's goals.
        progress: Progress-monitoring reports of those goals.
        groups: Small groups, as `selfassess.mastery.intervention_groups` makes them.
        tutors: Peer-tutor matches, as `selfassess.mastery.peer_tutors` makes them.
        accommodations: The student's accommodations, such as ``"extra time"``.
        framework: The standards, for their statements and power standards: a
            child and a family read a standard's statement, never its code alone
            (the links keep the code, for the teacher).
        focus: Keep at most two data items and no optional template item, for a
            student who needs fewer things; the required items stay.
        private_time: Whether the family asked for private time with the
            teacher: a private item (the student away) closes the slot.
        language: The language of the student and the family, a tag or a
            `~selfassess.language.Catalog`; ``None`` for English. Every title,
            reason and student's line the planner writes is in it; the teacher's
            own words (a criterion's title, a goal, a standard's statement) stay
            as written.
        proficiency: The student's English-language proficiency, as a band or one
            of WIDA's six levels: the reasons and the student's words take the
            wording written for it (levels 1 and 2 the simplest); ``None`` for a
            student fluent in English.
        scale: The scale the comparison's ratings are on (its rubric's scale),
            whose family words ("on track", "getting there") name a rating in a
            conference a family takes part in (one with a family member, a
            student-led or a three-way conference); by default the built-in
            scale whose labels the ratings carry, if any. A teacher-only
            conference names a rating by the scale's label.

    Returns:
        The agenda; its minutes add up to the slot. Items carrying data have a
        ``reason``; template items without data do not.

    Raises:
        ArgumentTypeError: If an argument is not of the kind it takes: *kind* not a
            `ConferenceKind`, *student* not a string, a list (*participants*,
            *goals*, *progress*, *groups*, *tutors*, *accommodations*) not a list,
            *estimates* or *earlier* neither ``None`` nor a mapping, *comparison*
            or *framework* neither ``None`` nor of its class, *slot_minutes*
            neither ``None`` nor a whole number, *focus* or *private_time* not
            ``True`` or ``False``, *language* neither a tag, a catalog nor
            ``None``, *proficiency* neither a proficiency nor ``None``, or *scale*
            neither a `~selfassess.Scale` nor ``None``.
        NotFoundError: If no catalog has *language*.
        InvalidDataError: If an item of a list or of a mapping is not of its
            kind, the student's id is empty, the comparison is another student's,
            private time is asked for with no family member, the slot is shorter
            than one minute for each required item or longer than a day, or the
            agenda breaks a rule of `Agenda` (such as no teacher present).

    Example:
        >>> from selfassess import Person, Role
        >>> from selfassess.conference import ConferenceKind, plan_conference
        >>> people = [Person(id="ana", name="Ana", role=Role.STUDENT),
        ...           Person(id="okafor", name="Ms. Okafor", role=Role.TEACHER)]
        >>> agenda = plan_conference(ConferenceKind.DATA_REVIEW, student="ana",
        ...                          participants=people, accommodations=["extra time"])
        >>> for item in agenda.items:
        ...     print(item.minutes, item.title + (" (planned)" if item.reason else ""))
        2 Review goals against the teacher's analysis
        1 Review the work plan
        2 Review data and celebrate progress
        2 Quick check where a standard is near mastery
        2 What still feels hard, and who can help (planned)
        1 Schedule the next check-in
    """
    check = Arguments()
    kind = check.member("kind", kind, ConferenceKind)
    check.text("student", student, empty=True)
    people = check.items("participants", participants, Person)
    check.optional_integer("slot_minutes", slot_minutes, maximum=MAX_MINUTES)
    comparison = check.optional_instance("comparison", comparison, Comparison)
    now_map = _estimates(check, "estimates", estimates)
    earlier_map = _estimates(check, "earlier", earlier)
    goal_list = check.items("goals", goals, Goal)
    report_list = check.items("progress", progress, ProgressReport)
    group_list = check.items("groups", groups, InterventionGroup)
    tutor_list = check.items("tutors", tutors, TutorMatch)
    accommodation_list = check.check.listed(
        "accommodations", accommodations, "accommodations"
    )
    check.check.items("accommodations", accommodation_list, check.check.identifier)
    framework = check.optional_instance("framework", framework, Framework)
    check.boolean("focus", focus)
    check.boolean("private_time", private_time)
    band = proficiency_argument(check, "proficiency", proficiency)
    scale = check.optional_instance("scale", scale, Scale)
    check.done()
    catalog = catalog_for(language)
    rules = Checker(arguments=True)
    if rules.identifier("student", student) and (
        comparison is not None and comparison.student != student
    ):
        rules.add(
            "comparison.student",
            f"must be the planned student {shown(student)} "
            f"(got {shown(comparison.student)})",
        )
    rules.done()
    check_private_time(people, private_time)
    template = in_language(template_for(kind), catalog, level=band)
    practice = in_language(_PRACTICE, catalog, level=band)
    leader, facilitator = choose_leaders(template, people)
    words = _Words(
        catalog=catalog,
        level=band,
        framework=framework,
        family=kind in _FAMILY_KINDS
        or any(person.role is Role.FAMILY for person in people),
        scale=scale
        if scale is not None or comparison is None
        else _rated_scale(comparison),
    )
    now = [e for (who, _), e in now_map.items() if who == student]
    mine_now = {key: e for key, e in now_map.items() if key[0] == student}
    before = {
        str(e.standard): e for (who, _), e in earlier_map.items() if who == student
    }
    mine = [goal for goal in goal_list if goal.student == student]
    reports = {report.goal: report for report in report_list}

    candidates: list[_Candidate] = []
    if comparison is not None:
        candidates += _gap_items(
            comparison, student, words, student_leads=template.leader is Role.STUDENT
        )
        if any(item.key == _PRAISE for item in template.items):
            candidates += _praise(comparison, student, words)
    candidates += _celebration(now, before, student, words)
    candidates += _quick_check(mine_now, student, words, practice)
    candidates += _goal_items(mine, reports, student, words)
    candidates += _help_item(
        student,
        list(group_list),
        list(tutor_list),
        list(accommodation_list),
        words=words,
        practice=practice,
    )
    # The practice's own items the data fills (a quick check, who can help) come
    # before the other data: they are the agenda the practice runs.
    keys = {item.key for item in template.items if item.key is not None}
    candidates.sort(key=lambda candidate: (candidate.key not in keys, candidate.rank))

    slot = template.slot_minutes if slot_minutes is None else slot_minutes
    items = _Plan(
        template, people, slot, private_time=private_time, catalog=catalog
    ).fit(candidates, focus=focus)
    return Agenda(
        kind=kind,
        student=student,
        participants=people,
        leader=leader,
        facilitator=facilitator,
        slot_minutes=slot,
        items=items,
        title=catalog.text("agenda.planned_title", name=template.name),
        afterwards=template.afterwards,
        language=catalog.language,
    )


def _merged_links(first: Iterable[Link], second: Iterable[Link]) -> list[Link]:
    """Both items' links, each object once: a repeated one joins its labels."""
    found: dict[tuple[LinkKind, str, str], Link] = {}
    for link in [*first, *second]:
        known = found.get(link.key)
        if known is None:
            found[link.key] = link
        elif link.label and link.label not in known.label.split("; "):
            label = f"{known.label}; {link.label}" if known.label else link.label
            found[link.key] = attrs.evolve(known, label=label)
    return list(found.values())


def _fold(item: AgendaItem, data: AgendaItem, *, words: bool = False) -> AgendaItem:
    """*item* discussing *data* too: its links and reason join the item's.

    With *words*, the data's words for the student replace the item's own.
    """
    reasons = [reason for reason in (item.reason, data.reason) if reason]
    return attrs.evolve(
        item,
        links=_merged_links(item.links, data.links),
        reason="; ".join(reasons),
        student_says=data.student_says
        if words and data.student_says
        else item.student_says,
    )


class _Plan:
    """One agenda in the making: the template's items on it, the data items beside."""

    def __init__(
        self,
        template: Template,
        people: tuple[Person, ...],
        slot: int,
        *,
        private_time: bool,
        catalog: Catalog,
    ) -> None:
        present = {person.role for person in people}
        self.catalog = catalog
        self.template = template
        self.slot = slot
        self.private_time = private_time
        self.family = Role.FAMILY in present
        # The template's items whose speaker is present, by their index.
        self.present = {
            index: item
            for index, item in enumerate(template.items)
            if item.speaker in present
        }
        self.by_key = {
            item.key: index
            for index, item in self.present.items()
            if item.key is not None
        }
        required = [index for index, item in self.present.items() if item.required]
        need = len(required) + (1 if private_time else 0)
        if slot < need:
            message = (
                f"must be at least {need}, one minute for each item the practice "
                f"requires (got {slot})"
            )
            raise InvalidDataError.single("slot_minutes", message)
        # The template's items on the agenda, by index: the required ones first.
        self.on_agenda = {
            index: agenda_item(self.present[index], family=self.family)
            for index in required
        }
        self.left = (
            slot
            - sum(self.present[index].minutes for index in required)
            - (PRIVATE_TIME_MINUTES if private_time else 0)
        )
        self.beside: list[AgendaItem] = []

    def fit(self, candidates: list[_Candidate], *, focus: bool) -> list[AgendaItem]:
        """Place the data items, fill the time left, and share out the slot."""
        limit = _FOCUS_ITEMS if focus else len(candidates)
        taken = 0
        spilled: list[AgendaItem] = []
        for candidate in candidates:
            index = self.by_key.get(candidate.key) if candidate.key else None
            if index is not None and index in self.on_agenda:
                # It stands for an item the agenda holds already: no minutes.
                self.on_agenda[index] = _fold(
                    self.on_agenda[index], candidate.item, words=True
                )
                continue
            if taken == limit:
                continue
            cost = (
                self.present[index].minutes
                if index is not None
                else candidate.item.minutes
            )
            if cost > self.left:
                spilled.append(candidate.item)
                continue
            self.left -= cost
            taken += 1
            if index is not None:
                self.on_agenda[index] = _fold(
                    agenda_item(self.present[index], family=self.family),
                    candidate.item,
                    words=True,
                )
            else:
                self.beside.append(candidate.item)
        if not focus:
            for index, item in self.present.items():
                if index not in self.on_agenda and item.minutes <= self.left:
                    self.on_agenda[index] = agenda_item(item, family=self.family)
                    self.left -= item.minutes
        for data in spilled:
            wanted = self._wanting(data)
            if wanted is not None:
                self.on_agenda[wanted] = _fold(self.on_agenda[wanted], data)
        return self._share(self._order())

    def _wanting(self, data: AgendaItem) -> int | None:
        """The first template item on the agenda that wants a link of *data*'s kinds."""
        kinds = {link.kind for link in data.links}
        return next(
            (
                index
                for index in sorted(self.on_agenda)
                if kinds & set(self.present[index].wants)
            ),
            None,
        )

    def _order(self) -> list[tuple[AgendaItem, int]]:
        """The items in order, each with its default minutes (its weight)."""
        indices = sorted(self.on_agenda)
        closing = indices[-1] if indices else None
        after: dict[int | None, list[AgendaItem]] = {}
        for data in self.beside:
            anchor = self._wanting(data)
            after.setdefault(None if anchor == closing else anchor, []).append(data)
        ordered: list[tuple[AgendaItem, int]] = []
        for index in indices:
            if index == closing:
                ordered += [(data, data.minutes) for data in after.pop(None, [])]
            ordered.append((self.on_agenda[index], self.present[index].minutes))
            ordered += [(data, data.minutes) for data in after.pop(index, [])]
        ordered += [(data, data.minutes) for data in after.pop(None, [])]
        if self.private_time:
            ordered.append(
                (private_time_item(catalog=self.catalog), PRIVATE_TIME_MINUTES)
            )
        return ordered

    def _share(self, ordered: list[tuple[AgendaItem, int]]) -> list[AgendaItem]:
        """Stretch or shrink the items' minutes to fill the slot exactly."""
        if not ordered:
            return []
        minutes = allocate_minutes([weight for _, weight in ordered], self.slot)
        return [
            attrs.evolve(item, minutes=count)
            for (item, _), count in zip(ordered, minutes, strict=True)
        ]
