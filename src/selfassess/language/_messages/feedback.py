"""Messages of the shipped catalogs: feedback (the talking points).

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.

Talking points speak to the child ("tú"; the singular in Arabic). A criterion's
title, a standard's statement, a subject's title and a rubric's rating labels are
the teacher's words and are put in as written. Leveled wordings are short, one idea
each, in everyday words.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # A self-assessment beside the teacher's: {title} is the criterion's, {mine}
    # and {theirs} the labels of the student's and the teacher's ratings.
    "feedback.compare.harder_on_themselves": M(
        en=(
            "{title}: you rated yourself {mine}, and your work shows {theirs}. "
            "You are harder on yourself than your work shows: what did you do "
            "that meets the higher rating?"
        ),
        es=(
            "{title}: te pusiste «{mine}», y tu trabajo muestra «{theirs}». Eres "
            "más exigente contigo de lo que muestra tu trabajo: ¿qué hiciste que "
            "merece el nivel más alto?"
        ),
        ar=(
            "{title}: قيّمت نفسك «{mine}»، وعملك يُظهر «{theirs}». أنت أقسى على "
            "نفسك مما يُظهره عملك: ما الذي فعلته ويستحق التقدير الأعلى؟"
        ),
    ),
    "feedback.compare.harder_on_themselves@beginning": M(
        en="{title}: your work shows {theirs}. That is better than you said!",
        es="{title}: tu trabajo muestra «{theirs}». ¡Es mejor de lo que dijiste!",
        ar="{title}: عملك يُظهر «{theirs}». هذا أفضل مما قلت!",
    ),
    "feedback.compare.harder_on_themselves@intermediate": M(
        en="{title}: you said {mine}. Your work shows {theirs}. What did you do well?",
        es="{title}: dijiste «{mine}». Tu trabajo muestra «{theirs}». ¿Qué hiciste bien?",
        ar="{title}: قلت «{mine}». عملك يُظهر «{theirs}». ما الذي أحسنت فيه؟",
    ),
    "feedback.compare.overestimate": M(
        en=(
            "{title}: you rated yourself {mine}, and I see {theirs}. Let's look at "
            "the work against the criterion together: what would show the higher "
            "rating?"
        ),
        es=(
            "{title}: te pusiste «{mine}», y yo veo «{theirs}». Vamos a mirar tú y yo el "
            "trabajo y el criterio: ¿qué mostraría el nivel más alto?"
        ),
        ar=(
            "{title}: قيّمت نفسك «{mine}»، وأنا أرى «{theirs}». لننظر معًا في العمل "
            "ونقارنه بالمعيار: ما الذي يُظهر التقدير الأعلى؟"
        ),
    ),
    "feedback.compare.overestimate@beginning": M(
        en="{title}: I see {theirs}. Let's look at your work together.",
        es="{title}: yo veo «{theirs}». Vamos a mirar tu trabajo tú y yo.",
        ar="{title}: أنا أرى «{theirs}». لننظر في عملك معًا.",
    ),
    "feedback.compare.overestimate@intermediate": M(
        en="{title}: you said {mine}. I see {theirs}. Let's look at your work together.",
        es="{title}: dijiste «{mine}». Yo veo «{theirs}». Vamos a mirar tu trabajo tú y yo.",
        ar="{title}: قلت «{mine}». أنا أرى «{theirs}». لننظر في عملك معًا.",
    ),
    "feedback.compare.praise": M(
        en="{title}: we agree this is a strength, at {theirs}. Well done!",
        es="{title}: estamos de acuerdo en que es un punto fuerte ({theirs}). ¡Muy bien!",
        ar="{title}: نتفق على أن هذه نقطة قوة ({theirs}). أحسنت!",
    ),
    "feedback.compare.praise@beginning": M(
        en="{title}: you are good at this. Well done!",
        es="{title}: esto lo haces bien. ¡Muy bien!",
        ar="{title}: هذه من نقاط قوتك. أحسنت!",
    ),
    "feedback.compare.praise@intermediate": M(
        en="{title}: we both say {theirs}. You are good at this!",
        es="{title}: tú y yo decimos «{theirs}». ¡Esto lo haces bien!",
        ar="{title}: أنت وأنا نقول «{theirs}». هذه من نقاط قوتك!",
    ),
    "feedback.compare.next_step": M(
        en="{title}: we agree you are at {theirs}. What is one step to the next rating?",
        es="{title}: estamos de acuerdo en que estás en el nivel «{theirs}». ¿Qué paso puedes dar para llegar al siguiente?",
        ar="{title}: نتفق على أنك في مستوى «{theirs}». ما خطوة واحدة نحو المستوى التالي؟",
    ),
    "feedback.compare.next_step@beginning": M(
        en="{title}: you are at {theirs}. What is next?",
        es="{title}: estás en el nivel «{theirs}». ¿Qué sigue?",
        ar="{title}: أنت في مستوى «{theirs}». ما الخطوة التالية؟",
    ),
    "feedback.compare.next_step@intermediate": M(
        en="{title}: we both say {theirs}. What is one next step?",
        es="{title}: tú y yo decimos «{theirs}». ¿Cuál es el siguiente paso?",
        ar="{title}: أنت وأنا نقول «{theirs}». ما الخطوة التالية؟",
    ),
    # A self-report card's grade that does not follow the highlighted "can do"
    # statements: {subject} is the subject's title, {statement} the standard's
    # words, {term} the term, {grade} and {highest} levels ("4 (Advanced)").
    "feedback.card.none": M(
        en=(
            '{subject}, "{statement}" ({term}): you gave yourself {grade}, but '
            "highlighted no can-do statement. Which statements does your work show?"
        ),
        es=(
            "{subject}, «{statement}» ({term}): te pusiste {grade}, pero no marcaste "
            "ninguna frase de «puedo». ¿Qué frases muestra tu trabajo?"
        ),
        ar=(
            "{subject}، «{statement}» ({term}): أعطيت نفسك {grade}، لكنك لم تحدّد أي "
            "عبارة «أستطيع». ما العبارات التي يُظهرها عملك؟"
        ),
    ),
    "feedback.card.none@beginning": M(
        en='"{statement}": you gave yourself {grade}. Mark what you can do.',
        es="«{statement}»: te pusiste {grade}. Marca lo que puedes hacer.",
        ar="«{statement}»: أعطيت نفسك {grade}. حدّد ما تستطيع فعله.",
    ),
    "feedback.card.none@intermediate": M(
        en='"{statement}": you gave yourself {grade}. Which "I can" sentences show it?',
        es="«{statement}»: te pusiste {grade}. ¿Qué frases de «puedo» lo muestran?",
        ar="«{statement}»: أعطيت نفسك {grade}. ما عبارات «أستطيع» التي تُظهر ذلك؟",
    ),
    "feedback.card.above": M(
        en=(
            '{subject}, "{statement}" ({term}): you gave yourself {grade}, but the '
            "highest can-do statement you highlighted is at level {highest}. "
            "Which statements does your work show?"
        ),
        es=(
            "{subject}, «{statement}» ({term}): te pusiste {grade}, pero la frase de "
            "«puedo» más alta que marcaste es del nivel {highest}. ¿Qué frases "
            "muestra tu trabajo?"
        ),
        ar=(
            "{subject}، «{statement}» ({term}): أعطيت نفسك {grade}، لكن أعلى عبارة "
            "«أستطيع» حدّدتها في المستوى {highest}. ما العبارات التي يُظهرها عملك؟"
        ),
    ),
    "feedback.card.above@beginning": M(
        en='"{statement}": you gave yourself {grade}. Show me the work.',
        es="«{statement}»: te pusiste {grade}. Muéstrame el trabajo.",
        ar="«{statement}»: أعطيت نفسك {grade}. أرِني العمل.",
    ),
    "feedback.card.above@intermediate": M(
        en='"{statement}": you gave yourself {grade}. You marked level {highest}. Show me more work.',
        es="«{statement}»: te pusiste {grade}. Marcaste el nivel {highest}. Muéstrame más trabajo.",
        ar="«{statement}»: أعطيت نفسك {grade}. حدّدت المستوى {highest}. أرِني عملًا أكثر.",
    ),
    "feedback.card.below": M(
        en=(
            '{subject}, "{statement}" ({term}): you gave yourself {grade}, but the '
            "highest can-do statement you highlighted is at level {highest}. "
            "Your highlights show more than your grade: could the grade go up?"
        ),
        es=(
            "{subject}, «{statement}» ({term}): te pusiste {grade}, pero la frase de "
            "«puedo» más alta que marcaste es del nivel {highest}. Lo que marcaste "
            "muestra más que tu nota: ¿podría subir la nota?"
        ),
        ar=(
            "{subject}، «{statement}» ({term}): أعطيت نفسك {grade}، لكن أعلى عبارة "
            "«أستطيع» حدّدتها في المستوى {highest}. ما حدّدته يُظهر أكثر من درجتك: "
            "هل يمكن رفع درجتك؟"
        ),
    ),
    "feedback.card.below@beginning": M(
        en='"{statement}": you can do more than {grade}!',
        es="«{statement}»: ¡puedes hacer más que {grade}!",
        ar="«{statement}»: بإمكانك أكثر من {grade}!",
    ),
    "feedback.card.below@intermediate": M(
        en='"{statement}": you marked level {highest}. Is your grade too low?',
        es="«{statement}»: marcaste el nivel {highest}. ¿Tu nota es muy baja?",
        ar="«{statement}»: حدّدت المستوى {highest}. هل درجتك منخفضة جدًا؟",
    ),
    # A level of the card's scale: its points and its label.
    "feedback.card.level": M(
        en="{points} ({label})", es="{points} ({label})", ar="{points} ({label})"
    ),
    # The terms of a card.
    "feedback.term.fall": M(en="fall", es="otoño", ar="الخريف"),
    "feedback.term.winter": M(en="winter", es="invierno", ar="الشتاء"),
    "feedback.term.spring": M(en="spring", es="primavera", ar="الربيع"),
    "feedback.term.summer": M(en="summer", es="verano", ar="الصيف"),
}
