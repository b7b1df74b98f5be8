"""Messages of the shipped catalogs: supports.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # A work-habit goal suggested from a child's on-task ratings, in the child's
    # own words. {work_times} is "8 of my 10 work times" (base.work_times): a
    # share reaches a child as a count, never as a percentage.
    "supports.on_task.start": M(
        en="I will rate how on task I was after every {minutes}-minute interval.",
        es=(
            "Después de cada momento de trabajo de {minutes} minutos, voy a marcar "
            "cuánto trabajé en mi tarea."
        ),
        ar="بعد كل وقت عمل مدته {minutes} دقيقة، سأقيّم مدى انتباهي لعملي.",
    ),
    "supports.on_task.raise": M(
        en="I will be on task in {work_times} ({minutes} minutes each).",
        es=(
            "Voy a trabajar en mi tarea en {work_times} "
            "(de {minutes} minutos cada uno)."
        ),
        ar="سأحافظ على انتباهي لعملي في {work_times} (مدة كل منها {minutes} دقيقة).",
    ),
    "supports.on_task.lengthen": M(
        en="I will stay on task for {minutes} minutes at a time in {work_times}.",
        es="Voy a trabajar en mi tarea {minutes} minutos seguidos en {work_times}.",
        ar="سأركّز في عملي {minutes} دقيقة متواصلة في {work_times}.",
    ),
    "supports.on_task.sustain": M(
        en=(
            "I will keep staying on task for {minutes} minutes at a time in "
            "{work_times}."
        ),
        es=(
            "Voy a seguir trabajando en mi tarea {minutes} minutos seguidos "
            "en {work_times}."
        ),
        ar="سأستمر في الانتباه لعملي {minutes} دقيقة متواصلة في {work_times}.",
    ),
    # The short letter that heads the column of a language domain on a narrow
    # sheet (a vocabulary log, a conference's four domains); the domains' names
    # are forms.tracker.domain.*. Spanish needs two letters where escribir and
    # escuchar share one.
    "supports.domain.reading.letter": M(en="R", es="L", ar="ق"),
    "supports.domain.writing.letter": M(en="W", es="Es", ar="ك"),
    "supports.domain.speaking.letter": M(en="S", es="H", ar="ح"),
    "supports.domain.listening.letter": M(en="L", es="Ec", ar="س"),
}
