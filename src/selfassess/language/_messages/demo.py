"""Messages of the shipped catalogs: demo.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # python -m selfassess demo --language es|ar: the parts a family reads.
    "demo.title": M(
        en="{student}'s student-led conference: what her family reads",
        es="La conferencia dirigida por {student}: lo que lee su familia",
        ar="اللقاء الذي تقوده {student}: ما تقرؤه أسرتها",
    ),
    "demo.intro": M(
        en="Everything below was written by selfassess in {language} from the sample class's data. The teacher's own words (the criteria, the goals, the standards' statements) stay as the teacher wrote them.",
        es="Todo lo que sigue lo escribió selfassess en {language} a partir de los datos de la clase de ejemplo. Las palabras de la maestra (los criterios, las metas, los enunciados de los estándares) quedan tal como ella las escribió.",
        ar="كتب selfassess كل ما يلي باللغة {language} من بيانات الصف النموذجي. أما كلمات المعلمة نفسها (المعايير والأهداف ونصوص معايير التعلّم) فتبقى كما كتبتها.",
    ),
    "demo.letter": M(
        en="The letter home", es="La carta para la familia", ar="الرسالة إلى الأسرة"
    ),
    "demo.note": M(
        en="The family's appointment note",
        es="La nota de la cita para la familia",
        ar="بطاقة الموعد للأسرة",
    ),
    "demo.agenda": M(
        en="The agenda {student} leads",
        es="La agenda que dirige {student}",
        ar="جدول الأعمال الذي تقوده {student}",
    ),
    "demo.script": M(
        en="{student}'s rehearsal script",
        es="El guion de práctica de {student}",
        ar="نص التدريب الخاص بـ{student}",
    ),
    "demo.talking_points": M(
        en="Talking points from {student}'s self-assessment",
        es="Puntos para conversar sobre la autoevaluación de {student}",
        ar="نقاط للحديث عن التقييم الذاتي لـ{student}",
    ),
    "demo.talking_points.level": M(
        en="The same, for an English learner at WIDA level {number}",
        es="Lo mismo, para un estudiante de inglés en el nivel {number} de WIDA",
        ar="النقاط نفسها لمتعلّم للغة الإنجليزية في المستوى {number} من WIDA",
    ),
    "demo.survey": M(
        en="After the conference: questions for the family",
        es="Después de la conferencia: preguntas para la familia",
        ar="بعد اللقاء: أسئلة للأسرة",
    ),
}
