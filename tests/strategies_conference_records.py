"""Hypothesis strategies for the new public types of conference records.

Merged into `strategies.STRATEGIES` automatically; the records themselves are
built in ``strategies_conference.py``, and given language-domain ratings here.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

import selfassess as sa
from selfassess import conference as cf
from selfassess import tracking as tr
from strategies_conference import conference_records

from strategies import texts

__all__ = ["STRATEGIES", "domain_ratings", "records_with_domains"]

domain_scales = st.sampled_from([sa.FOUR_POINT, sa.THREE_FACES])


def domain_ratings(
    scale: sa.Scale = sa.FOUR_POINT, domain: tr.LanguageDomain | None = None
) -> st.SearchStrategy[cf.DomainRating]:
    """A self-rating in one domain on *scale*, maybe with the teacher's and a note."""
    points = st.sampled_from([level.points for level in scale.levels])
    return st.builds(
        cf.DomainRating,
        domain=st.sampled_from(tr.LanguageDomain)
        if domain is None
        else st.just(domain),
        rating=points,
        teacher_rating=st.none() | points,
        note=st.just("") | texts,
    )


@st.composite
def records_with_domains(draw: st.DrawFn) -> cf.ConferenceRecord:
    """Records of `strategies_conference`, a held one maybe with all four domains rated.

    The four ratings come in any order, on the 4-point scale or the three faces.
    """
    record = draw(conference_records())
    scale = draw(domain_scales)
    if not record.held or not draw(st.booleans()):
        return attrs.evolve(record, domain_scale=scale)
    ratings = [draw(domain_ratings(scale, domain)) for domain in tr.LanguageDomain]
    return attrs.evolve(
        record, language_domains=draw(st.permutations(ratings)), domain_scale=scale
    )


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    cf.ConferenceOutcome: st.sampled_from(cf.ConferenceOutcome),
    cf.ConferenceRecord: records_with_domains(),
    cf.DomainRating: domain_ratings(),
}
