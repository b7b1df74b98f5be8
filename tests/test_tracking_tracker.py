"""Data trackers: rows and grades on a scale, views, growth, reduced trackers, evidence."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfassess as sa
from selfassess import tracking as tr
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.serialize import from_dict, to_dict
from strategies_tracking import tracker_rows, trackers

from strategies import identifiers

DAY = date(2026, 9, 8)
PRE, CW, HW, SUM = (
    tr.GradeColumn.PRE_ASSESSMENT,
    tr.GradeColumn.CLASSWORK,
    tr.GradeColumn.HOMEWORK,
    tr.GradeColumn.SUMMATIVE,
)


def grade(column: tr.GradeColumn, score: float, day: date = DAY) -> tr.Grade:
    return tr.Grade(column=column, score=score, graded_on=day)


def row(
    row_id: str,
    standards: list[str],
    *grades: tr.Grade,
    practice: bool = False,
    language_domain: tr.LanguageDomain | None = None,
) -> tr.TrackerRow:
    return tr.TrackerRow(
        id=row_id,
        name=f"Assignment {row_id}",
        standards=standards,
        grades=list(grades),
        practice=practice,
        language_domain=language_domain,
    )


def tracker(*rows: tr.TrackerRow, **fields: object) -> tr.Tracker:
    values: dict[str, object] = {
        "id": "ana-math",
        "student": "ana",
        "subject": "math",
        "rows": list(rows),
    }
    values.update(fields)
    return tr.Tracker(**values)  # type: ignore[arg-type]


UNIT = tracker(
    row("pre", ["nf1", "nf2"], grade(PRE, 1)),
    row("cw1", ["nf1"], grade(CW, 2), grade(HW, 3)),
    row("quiz", ["nf1"], grade(PRE, 2), grade(SUM, 3)),
    row("test", ["nf2"], grade(PRE, 1), grade(SUM, 4)),
    row("sample", ["nf1"], grade(SUM, 1), practice=True),
)


def add_practice(base: tr.Tracker, extra: list[tr.TrackerRow]) -> tr.Tracker:
    taken = {r.id for r in base.rows}
    fresh = [
        attrs.evolve(r, id=f"practice-{i}", practice=True)
        for i, r in enumerate(extra)
        if f"practice-{i}" not in taken
    ]
    return attrs.evolve(base, rows=[*base.rows, *fresh])


# Validation


def test_a_formative_grade_outside_the_scale_is_refused_with_its_path() -> None:
    """A formative grade of 5 on the 4-point scale is named by row and grade."""
    with pytest.raises(
        InvalidDataError,
        match=r"^rows\[1\]\.grades\[1\]\.score: must be within the scale "
        r"'four-point', 1 to 4 \(got 5\.0\)$",
    ):
        tracker(
            row("a", ["nf1"], grade(CW, 2)),
            row("b", ["nf1"], grade(CW, 3), grade(HW, 5)),
        )


def test_a_grade_outside_the_scale_is_refused_from_a_document() -> None:
    """from_dict reports the same path for a grade outside the scale."""
    plain = to_dict(UNIT)
    plain["rows"][1]["grades"][0]["score"] = 0
    with pytest.raises(
        InvalidDataError, match=r"rows\[1\]\.grades\[0\]\.score: must be within"
    ):
        from_dict(tr.Tracker, plain)


def test_a_grade_on_another_scale_is_accepted_within_it() -> None:
    """The tracker's own scale decides: 0 is a grade on Canvas's scale."""
    made = tracker(row("a", ["nf1"], grade(CW, 0)), scale=sa.CANVAS_DEFAULT)
    assert made.rows[0].grades[0].score == 0.0


def test_row_rules() -> None:
    """A row needs standards, each once, and at most one grade per column."""
    with pytest.raises(InvalidDataError) as caught:
        tr.TrackerRow(
            id=" x",
            name="",
            standards=["nf1", "nf1"],
            grades=[grade(CW, 2), grade(CW, 3)],
        )
    assert [str(p) for p in caught.value.problems] == [
        "id: must not start or end with spaces (got ' x')",
        "name: must not be empty (got '')",
        "standards[1]: id 'nf1' is already used at standards[0]",
        "grades[1]: column 'classwork' is already used at grades[0]",
    ]
    with pytest.raises(InvalidDataError, match=r"^standards: must not be empty$"):
        tr.TrackerRow(id="x", name="X", standards=[])


def test_tracker_rules() -> None:
    """Row ids are unique, and a language tracker's rows name their domain."""
    with pytest.raises(InvalidDataError) as caught:
        tracker(
            row("a", ["r1"], language_domain=tr.LanguageDomain.READING),
            row("a", ["r1"]),
            row("p", ["r1"], practice=True),
            kind=tr.TrackerKind.LANGUAGE,
        )
    assert [str(p) for p in caught.value.problems] == [
        "rows[1]: id 'a' is already used at rows[0]",
        "rows[1].language_domain: must be set on a language-proficiency tracker (got None)",
    ]


def test_grade_rules() -> None:
    """A grade needs a column, a finite score and a day."""
    with pytest.raises(InvalidDataError) as caught:
        tr.Grade(column="homework", score=float("nan"), graded_on="2026-09-08")  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["column", "score", "graded_on"]


def test_row_lookups() -> None:
    """A row's grades are found by column; the tracker's rows by id."""
    quiz = UNIT.row("quiz")
    assert quiz.pre_assessment == grade(PRE, 2)
    assert quiz.summative == grade(SUM, 3)
    assert UNIT.row("cw1").formative == (grade(CW, 2), grade(HW, 3))
    assert UNIT.row("cw1").summative is None
    with pytest.raises(
        NotFoundError, match=r"^the tracker 'ana-math' has no row with the id 'nope'$"
    ):
        UNIT.row("nope")


# Evidence


def test_rows_become_evidence_by_column() -> None:
    """Pre-assessment, formative and summative grades become evidence of that kind."""
    kinds = [(e.source, e.standard, e.kind, e.score) for e in UNIT.evidence()]
    k = sa.EvidenceKind
    assert kinds == [
        ("pre", "nf1", k.PRE_ASSESSMENT, 1.0),
        ("pre", "nf2", k.PRE_ASSESSMENT, 1.0),
        ("cw1", "nf1", k.FORMATIVE, 2.0),
        ("cw1", "nf1", k.FORMATIVE, 3.0),
        ("quiz", "nf1", k.PRE_ASSESSMENT, 2.0),
        ("quiz", "nf1", k.SUMMATIVE, 3.0),
        ("test", "nf2", k.PRE_ASSESSMENT, 1.0),
        ("test", "nf2", k.SUMMATIVE, 4.0),
    ]
    assert {e.student for e in UNIT.evidence()} == {"ana"}


@pytest.mark.parametrize("column", list(tr.GradeColumn))
def test_every_column_has_an_evidence_kind(column: tr.GradeColumn) -> None:
    """Only the pre-assessment and summative columns are not formative."""
    expected = {
        PRE: sa.EvidenceKind.PRE_ASSESSMENT,
        SUM: sa.EvidenceKind.SUMMATIVE,
    }.get(column, sa.EvidenceKind.FORMATIVE)
    assert column.evidence_kind is expected
    assert column.formative == (expected is sa.EvidenceKind.FORMATIVE)


@given(trackers())
def test_evidence_counts_every_grade_of_counted_rows(made: tr.Tracker) -> None:
    """One evidence row per grade and standard of each row that is not practice."""
    expected = sum(len(r.grades) * len(r.standards) for r in made.counted_rows)
    assert len(made.evidence()) == expected
    assert all(e.source in {r.id for r in made.counted_rows} for e in made.evidence())


# Views


def test_standard_summaries() -> None:
    """Means per column; growth over rows with both; score from the summative."""
    nf1, nf2 = tr.standard_summaries(UNIT)
    assert nf1 == tr.StandardSummary(
        standard="nf1",
        rows=["pre", "cw1", "quiz"],
        pre=1.5,
        formative=2.5,
        summative=3.0,
        growth=1.0,
        score=3.0,
    )
    assert (nf2.pre, nf2.summative, nf2.growth, nf2.score) == (1.0, 4.0, 3.0, 4.0)


def test_score_falls_back_to_the_formative_mean() -> None:
    """Before the summative, a standard's score is its formative mean."""
    (summary,) = tr.standard_summaries(
        tracker(row("a", ["nf1"], grade(CW, 2), grade(HW, 3)))
    )
    assert (summary.score, summary.growth, summary.summative) == (2.5, None, None)


FRACTIONS = sa.Framework(
    id="math-4",
    title="Grade 4 math",
    domains=[
        sa.Domain(
            id="oa",
            code="4.OA",
            title="Operations",
            standards=[sa.Standard(id="oa1", code="4.OA.1", statement="Multiply.")],
        ),
        sa.Domain(
            id="nf",
            code="4.NF",
            title="Fractions",
            standards=[
                sa.Standard(id="nf1", code="4.NF.1", statement="Equivalent fractions."),
                sa.Standard(id="nf2", code="4.NF.2", statement="Compare fractions."),
            ],
        ),
    ],
)


def test_domain_summaries() -> None:
    """Only touched domains, in the framework's order; score is the standards' mean."""
    (nf,) = tr.domain_summaries(UNIT, FRACTIONS)
    assert nf.domain == "nf"
    assert [s.standard for s in nf.standards] == ["nf1", "nf2"]
    assert nf.score == 3.5


def test_domain_summaries_refuse_unknown_standards() -> None:
    """A counted row naming a standard outside the framework is reported by path."""
    made = tracker(row("a", ["nf1", "rl1"]), row("p", ["zz"], practice=True))
    with pytest.raises(
        InvalidDataError,
        match=r"^rows\[0\]\.standards\[1\]: must be a standard of 'math-4' \(got 'rl1'\)$",
    ):
        tr.domain_summaries(made, FRACTIONS)


def test_language_summaries() -> None:
    """Designated rows are summed up per language domain, in the domains' order."""
    made = tracker(
        row(
            "w1",
            ["eld1"],
            grade(PRE, 1),
            grade(SUM, 3),
            language_domain=tr.LanguageDomain.WRITING,
        ),
        row("r1", ["eld2"], grade(CW, 2), language_domain=tr.LanguageDomain.READING),
        row("m1", ["nf1"], grade(CW, 4)),
    )
    reading, writing = tr.language_summaries(made)
    assert (reading.language_domain, reading.rows, reading.score) == (
        tr.LanguageDomain.READING,
        ("r1",),
        2.0,
    )
    assert (writing.growth, writing.score) == (2.0, 3.0)


# Growth between trackers


def test_compare_trackers() -> None:
    """Per-standard change from the previous tracker, overall over shared standards."""
    before = tracker(
        row("q", ["nf1"], grade(SUM, 2)),
        row("r", ["oa1"], grade(SUM, 3)),
        id="ana-math-1",
    )
    comparison = tr.compare_trackers(UNIT, before)
    assert [
        (c.standard, c.previous, c.current, c.change) for c in comparison.standards
    ] == [
        ("nf1", 2.0, 3.0, 1.0),
        ("nf2", None, 4.0, None),
        ("oa1", 3.0, None, None),
    ]
    assert (comparison.previous_score, comparison.current_score, comparison.change) == (
        2.0,
        3.0,
        1.0,
    )


def test_compare_trackers_needs_the_same_student_and_scale() -> None:
    """Trackers of another student or on another scale are not compared."""
    other = tracker(id="ben-math", student="ben", scale=sa.CANVAS_DEFAULT)
    with pytest.raises(InvalidDataError) as caught:
        tr.compare_trackers(UNIT, other)
    assert [p.path for p in caught.value.problems] == [
        "previous.student",
        "previous.scale",
    ]


@given(trackers())
def test_growth_of_a_tracker_against_itself_is_zero(made: tr.Tracker) -> None:
    """Every standard scored shows a change of 0, and so does the whole tracker."""
    comparison = tr.compare_trackers(made, made)
    for change in comparison.standards:
        assert change.change == (None if change.current is None else 0.0)
    has_score = any(c.current is not None for c in comparison.standards)
    assert comparison.change == (0.0 if has_score else None)


# Practice rows


@given(
    base=trackers(practice=False),
    extra=st.lists(tracker_rows(practice=True), max_size=3),
)
def test_practice_rows_never_change_a_figure(
    base: tr.Tracker, extra: list[tr.TrackerRow]
) -> None:
    """Adding practice rows leaves every view, growth figure and evidence unchanged."""
    scale_ok = [r for r in extra if all(base.scale.contains(g.score) for g in r.grades)]
    more = add_practice(base, scale_ok)
    assert tr.standard_summaries(more) == tr.standard_summaries(base)
    assert tr.language_summaries(more) == tr.language_summaries(base)
    assert more.evidence() == base.evidence()
    assert more.outstanding() == base.outstanding()
    assert tr.compare_trackers(more, base).change in (0.0, None)
    assert tr.compare_trackers(more, more) == tr.compare_trackers(base, base)


def test_practice_rows_are_left_out_of_the_worked_unit() -> None:
    """The sample row's summative grade of 1 does not pull nf1 down."""
    assert tr.standard_summaries(UNIT)[0].summative == 3.0
    assert "sample" not in {e.source for e in UNIT.evidence()}


# Reduced trackers


def test_reduce_tracker_keeps_only_the_expected_assignments() -> None:
    """The reduced tracker is pre-written: rows kept, grades blank, practice kept."""
    reduced = tr.reduce_tracker(UNIT, ["quiz", "pre"], id="ben-math", student="ben")
    assert [r.id for r in reduced.rows] == ["pre", "quiz", "sample"]
    assert reduced.kind is tr.TrackerKind.REDUCED
    assert reduced.based_on == "ana-math"
    assert all(not r.grades for r in reduced.counted_rows)
    assert [r.id for r in reduced.outstanding()] == ["pre", "quiz"]
    tr.check_reduced(reduced, UNIT)


def test_reduce_tracker_refuses_unknown_assignments() -> None:
    """Keeping an assignment the class does not have, or none, is refused by path."""
    with pytest.raises(
        InvalidDataError, match=r"^keep\[1\]: must be the id of an assignment"
    ):
        tr.reduce_tracker(UNIT, ["quiz", "extra"], id="b", student="ben")
    with pytest.raises(InvalidDataError, match=r"^keep: must not be empty$"):
        tr.reduce_tracker(UNIT, [], id="b", student="ben")
    with pytest.raises(
        ArgumentTypeError, match=r"^keep: must be a list of row ids \(got 'quiz'\)$"
    ):
        tr.reduce_tracker(UNIT, "quiz", id="b", student="ben")


def test_check_reduced_finds_extra_work() -> None:
    """A reduced tracker asking for work the class was not given fails the check."""
    reduced = tr.reduce_tracker(UNIT, ["quiz"], id="ben-math", student="ben")
    changed = attrs.evolve(
        reduced,
        rows=[
            attrs.evolve(reduced.rows[0], name="Harder quiz", standards=["nf1", "nf2"]),
            row("extra", ["nf1"]),
            *reduced.rows[1:],
        ],
    )
    with pytest.raises(InvalidDataError) as caught:
        tr.check_reduced(changed, UNIT)
    assert [p.path for p in caught.value.problems] == [
        "rows[0].name",
        "rows[0].standards",
        "rows[1].id",
    ]
    with pytest.raises(InvalidDataError) as caught:
        tr.check_reduced(UNIT, UNIT)
    assert [p.path for p in caught.value.problems] == ["kind", "based_on"]


@given(made=trackers(), data=st.data())
def test_a_reduced_tracker_always_passes_its_check(
    made: tr.Tracker, data: st.DataObject
) -> None:
    """Whatever is kept, the reduced tracker asks only for kept, unchanged work."""
    counted = [r.id for r in made.counted_rows]
    if not counted:
        return
    keep = data.draw(st.lists(st.sampled_from(counted), min_size=1, unique=True))
    reduced = tr.reduce_tracker(made, keep, id="r", student=data.draw(identifiers))
    tr.check_reduced(reduced, made)
    assert {r.id for r in reduced.outstanding()} <= set(keep)


def test_functions_refuse_what_is_not_a_tracker() -> None:
    """A wrong argument is an ArgumentTypeError naming it, not an AttributeError."""
    with pytest.raises(ArgumentTypeError, match=r"^tracker: must be a Tracker"):
        tr.standard_summaries({"id": "x"})  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^framework: must be a Framework"):
        tr.domain_summaries(UNIT, None)  # type: ignore[arg-type]


# Recording


def test_with_grade_replaces_the_column_and_keeps_the_others() -> None:
    """A new homework grade replaces the old one; the classwork grade stays."""
    updated = UNIT.with_grade("cw1", grade(HW, 4))
    assert updated.row("cw1").grades == (grade(CW, 2), grade(HW, 4))
    assert [r.id for r in updated.rows] == [r.id for r in UNIT.rows]
    assert UNIT.row("cw1").grade(HW) == grade(HW, 3)  # the old value is unchanged


def test_with_row_replaces_by_id_or_adds() -> None:
    """A row with a known id takes its place; a new one goes at the end."""
    renamed = attrs.evolve(UNIT.row("quiz"), name="Quiz 1")
    assert UNIT.with_row(renamed).rows[2].name == "Quiz 1"
    assert UNIT.with_row(row("new", ["nf2"])).rows[-1].id == "new"


def test_recording_refuses_bad_values() -> None:
    """An unknown row, a wrong value or a grade outside the scale is refused."""
    with pytest.raises(NotFoundError, match=r"has no row with the id 'nope'"):
        UNIT.with_grade("nope", grade(HW, 2))
    with pytest.raises(ArgumentTypeError, match=r"^grade: must be a Grade"):
        UNIT.with_grade("cw1", 3)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^row: must be a TrackerRow"):
        UNIT.with_row({"id": "x"})  # type: ignore[arg-type]
    with pytest.raises(
        InvalidDataError, match=r"^rows\[1\]\.grades\[1\]\.score: must be within"
    ):
        UNIT.with_grade("cw1", grade(HW, 0))
