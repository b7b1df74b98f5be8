"""Portfolios: items with reflections and status, known targets, and their views."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given

import selfassess as sa
from selfassess import tracking as tr
from selfassess.errors import ArgumentTypeError, InvalidDataError, NotFoundError
from selfassess.serialize import from_dict, to_dict
from strategies_tracking import portfolios

YEAR = sa.SchoolYear(
    label="2026-27",
    terms=[
        sa.Term(
            name=sa.TermName.FALL,
            starts_on=date(2026, 8, 24),
            ends_on=date(2026, 12, 18),
        ),
        sa.Term(
            name=sa.TermName.SPRING,
            starts_on=date(2027, 1, 5),
            ends_on=date(2027, 6, 11),
        ),
    ],
)


def artifact(
    artifact_id: str, made: date, *, standards: list[str], goals: list[str]
) -> sa.Artifact:
    return sa.Artifact(
        id=artifact_id,
        student="ana",
        title=f"Work {artifact_id}",
        created_on=made,
        reference=f"canvas:submission/{artifact_id}",
        standards=standards,
        goals=goals,
    )


STEPS = tr.ReflectionAnswer(
    question=tr.PROCESS_QUESTIONS[0],
    answer="I measured the strips, folded them, then labelled each part.",
)
POSTER = tr.PortfolioItem(
    artifact=artifact("poster", date(2026, 10, 14), standards=["nf1"], goals=["g1"]),
    reflection=tr.Reflection(text="I am proud of the labels.", answers=[STEPS]),
    status=tr.ArtifactStatus.PRESENTED,
    selected_as=tr.SelectionReason.SUCCESSFUL,
    assessment="rubric-assessment-17",
    score=2,
    selected_on=date(2026, 10, 20),
    presented_on=date(2026, 11, 3),
)
QUIZ = tr.PortfolioItem(
    artifact=artifact(
        "quiz", date(2026, 11, 2), standards=["nf1", "nf2"], goals=["g1"]
    ),
    status=tr.ArtifactStatus.SELECTED,
    selected_as=tr.SelectionReason.CHALLENGING,
    score=1,
)
ESSAY = tr.PortfolioItem(
    artifact=artifact("essay", date(2027, 3, 1), standards=["nf1"], goals=["g1", "g2"]),
    status=tr.ArtifactStatus.SELECTED,
    selected_as=tr.SelectionReason.SUCCESSFUL,
    score=4,
)
DRAFT = tr.PortfolioItem(
    artifact=artifact("draft", date(2027, 4, 1), standards=["nf2"], goals=["g2"]),
    score=3,
)
PORTFOLIO = tr.Portfolio(
    id="ana-2026",
    student="ana",
    items=[POSTER, QUIZ, ESSAY, DRAFT],
    standards=["nf1", "nf2"],
    goals=["g1", "g2", "g3"],
)


def test_an_artifact_pointing_at_an_unknown_goal_is_refused_with_its_path() -> None:
    """Goals and standards the portfolio was not told about are named by path."""
    stray = attrs.evolve(
        QUIZ,
        artifact=artifact(
            "stray", date(2026, 11, 2), standards=["rl1"], goals=["g1", "g9"]
        ),
    )
    with pytest.raises(InvalidDataError) as caught:
        attrs.evolve(PORTFOLIO, items=[POSTER, stray])
    assert [str(p) for p in caught.value.problems] == [
        "items[1].artifact.standards[0]: must be a standard of the portfolio "
        "('nf1', 'nf2') (got 'rl1')",
        "items[1].artifact.goals[1]: must be a goal of the portfolio "
        "('g1', 'g2', 'g3') (got 'g9')",
    ]


def test_an_unknown_goal_is_refused_from_a_document() -> None:
    """from_dict reports the same path for an unknown goal."""
    plain = to_dict(PORTFOLIO)
    plain["items"][2]["artifact"]["goals"] = ["g1", "g-unknown"]
    with pytest.raises(
        InvalidDataError, match=r"^items\[2\]\.artifact\.goals\[1\]: must be a goal"
    ):
        from_dict(tr.Portfolio, plain)


def test_portfolio_rules() -> None:
    """Artifacts are the student's, each once, with scores within the scale."""
    theirs = attrs.evolve(POSTER, artifact=attrs.evolve(POSTER.artifact, student="ben"))
    with pytest.raises(InvalidDataError) as caught:
        attrs.evolve(PORTFOLIO, items=[theirs, POSTER, attrs.evolve(QUIZ, score=5)])
    assert [str(p) for p in caught.value.problems] == [
        "items[1]: artifact 'poster' is already used at items[0]",
        "items[0].artifact.student: must be the portfolio's student ('ana') (got 'ben')",
        "items[2].score: must be within the scale 'four-point', 1 to 4 (got 5.0)",
    ]


def test_item_status_rules() -> None:
    """Selected items say why; drafts have no selection day; only presented ones are shown."""
    made = POSTER.artifact
    with pytest.raises(InvalidDataError) as caught:
        tr.PortfolioItem(
            artifact=made,
            status=tr.ArtifactStatus.SELECTED,
            presented_on=date(2026, 11, 1),
        )
    assert [p.path for p in caught.value.problems] == ["selected_as", "presented_on"]
    with pytest.raises(
        InvalidDataError, match=r"^selected_on: must be None for a draft$"
    ):
        tr.PortfolioItem(artifact=made, selected_on=date(2026, 10, 20))


def test_item_date_rules() -> None:
    """An item is not chosen before it is made, nor shown before it is chosen."""
    with pytest.raises(InvalidDataError) as caught:
        attrs.evolve(
            POSTER, selected_on=date(2026, 10, 1), presented_on=date(2026, 9, 30)
        )
    assert [str(p) for p in caught.value.problems] == [
        "selected_on: must not be before the artifact was made (2026-10-14) (got 2026-10-01)",
        "presented_on: must not be before the artifact was made (2026-10-14) (got 2026-09-30)",
        "presented_on: must not be before selected_on (2026-10-01) (got 2026-09-30)",
    ]


def test_reflection_questions_are_asked_once() -> None:
    """The same process question, whatever its case, is answered once."""
    with pytest.raises(InvalidDataError, match=r"^answers\[1\]: question"):
        tr.Reflection(
            answers=[STEPS, attrs.evolve(STEPS, question=STEPS.question.upper())]
        )
    assert tr.PROCESS_QUESTIONS[0] == (
        "Explain the steps you took to prepare and execute your project."
    )


def test_conference_view_shows_each_goal() -> None:
    """Every goal, even an empty one; successful and challenging apart; no drafts."""
    g1, g2, g3 = tr.conference_view(PORTFOLIO)
    assert (g1.goal, g1.successful, g1.challenging) == (
        "g1",
        ("essay", "poster"),
        ("quiz",),
    )
    assert (g2.successful, g2.challenging) == (("essay",), ())
    assert g3.empty
    assert not g1.empty


def test_party_view_from_fall_to_spring() -> None:
    """Per standard, then per goal: the fall and spring pieces and the change.

    The draft made in the spring is not shown (see the test below).
    """
    lines = tr.party_view(PORTFOLIO, YEAR)
    summary = [
        (
            line.kind.value,
            line.target,
            line.start_artifacts,
            line.end_artifacts,
            line.change,
        )
        for line in lines
    ]
    assert summary == [
        ("standard", "nf1", ("poster", "quiz"), ("essay",), 2.5),
        ("standard", "nf2", ("quiz",), (), None),
        ("goal", "g1", ("poster", "quiz"), ("essay",), 2.5),
        ("goal", "g2", (), ("essay",), None),
        ("goal", "g3", (), (), None),
    ]
    assert (lines[0].start_score, lines[0].end_score) == (1.5, 4.0)


def test_party_view_leaves_drafts_out() -> None:
    """A draft is not shown at the party, nor counted in its scores.

    The practice: the student selects the pieces for the portfolio; at the party
    they show that selected work, fall beside spring, not what they kept aside.
    """
    nf2 = tr.party_view(PORTFOLIO, YEAR)[1]
    assert "draft" not in nf2.end_artifacts
    assert nf2.end_score is None
    chosen = attrs.evolve(
        DRAFT,
        status=tr.ArtifactStatus.SELECTED,
        selected_as=tr.SelectionReason.SUCCESSFUL,
    )
    shown = attrs.evolve(PORTFOLIO, items=[POSTER, QUIZ, ESSAY, chosen])
    assert tr.party_view(shown, YEAR)[1].end_artifacts == ("draft",)


@given(portfolios())
def test_party_view_shows_every_chosen_piece_and_no_draft(
    portfolio: tr.Portfolio,
) -> None:
    """Over a year that holds every day: each target's pieces are its chosen ones."""
    year = sa.SchoolYear(
        label="all",
        terms=[
            sa.Term(
                name=sa.TermName.FALL,
                starts_on=date(2000, 1, 1),
                ends_on=date(2050, 6, 30),
            ),
            sa.Term(
                name=sa.TermName.SPRING,
                starts_on=date(2050, 7, 1),
                ends_on=date(2101, 1, 1),
            ),
        ],
    )
    drafts = {item.artifact.id for item in portfolio.items if not item.shown}
    for line in tr.party_view(portfolio, year):
        field = "standards" if line.kind is tr.TargetKind.STANDARD else "goals"
        chosen = {
            item.artifact.id
            for item in portfolio.items
            if item.shown and line.target in getattr(item.artifact, field)
        }
        shown = set(line.start_artifacts) | set(line.end_artifacts)
        assert not shown & drafts
        assert shown == chosen


def test_party_view_needs_both_terms() -> None:
    """A year without the start or end term is refused, naming the argument."""
    with pytest.raises(
        InvalidDataError, match=r"^end: must be a term of '2026-27' \(got 'winter'\)$"
    ):
        tr.party_view(PORTFOLIO, YEAR, end=sa.TermName.WINTER)
    with pytest.raises(ArgumentTypeError, match=r"^year: must be a SchoolYear"):
        tr.party_view(PORTFOLIO, None)  # type: ignore[arg-type]


def test_item_lookup() -> None:
    """Items are found by their artifact's id."""
    assert PORTFOLIO.item("quiz") is QUIZ
    with pytest.raises(
        NotFoundError,
        match=r"^the portfolio 'ana-2026' has no artifact with the id 'nope'$",
    ):
        PORTFOLIO.item("nope")


@given(portfolios())
def test_conference_view_shows_only_selected_work_for_its_goal(
    portfolio: tr.Portfolio,
) -> None:
    """Each shown artifact serves the goal and is not a draft; every goal is listed."""
    views = tr.conference_view(portfolio)
    assert [view.goal for view in views] == list(portfolio.goals)
    for view in views:
        for artifact_id in (*view.successful, *view.challenging):
            item = portfolio.item(artifact_id)
            assert item.shown
            assert view.goal in item.artifact.goals


@pytest.mark.parametrize("value", [0, "", "2026-09-02"])
def test_a_day_that_is_not_a_day_is_one_problem(value: object) -> None:
    """A presented_on that is not a date is reported once, not again for the status."""
    artifact = sa.Artifact(
        id="a", student="ana", title="Fractions poster", created_on=date(2026, 9, 1)
    )
    with pytest.raises(InvalidDataError) as caught:
        tr.PortfolioItem(artifact=artifact, presented_on=value)  # type: ignore[arg-type]
    assert [problem.path for problem in caught.value.problems] == ["presented_on"]
    assert caught.value.problems[0].message.startswith("must be a date")
    with pytest.raises(InvalidDataError) as caught:
        tr.PortfolioItem(artifact=artifact, selected_on=value)  # type: ignore[arg-type]
    assert [problem.path for problem in caught.value.problems] == ["selected_on"]
