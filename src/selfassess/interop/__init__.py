"""The platforms' payloads: read them into selfassess models, and write them back.

One module a platform, each pure (a payload is the decoded JSON, or the XML text,
never a file or a URL):

- `selfassess.interop.canvas`: rubrics, rubric assessments, outcome policies and
  outcome results;
- `selfassess.interop.moodle`: rubric definitions, fillings, and Moodle's grade;
- `selfassess.interop.ora2`: Open edX ORA2 rubrics (XML or dict) and assessments;
- `selfassess.interop.google_classroom`: rubrics and rubric grades;
- `selfassess.interop.case`: 1EdTech CASE frameworks;
- `selfassess.interop.lti`: LTI Assignment and Grade Services scores;
- `selfassess.interop.xapi`: xAPI statements as evidence, and evidence as statements.

Every reader takes the platform's payload as its first argument. A payload the
platform accepts is read faithfully (no invented levels, no lost criteria); one it
refuses raises `selfassess.errors.InvalidDataError` with the payload's own path
(``data[2].ratings[0].points``).

Edge: uses the standard library and every layer below; nothing imports it.
"""

__all__: list[str] = []
