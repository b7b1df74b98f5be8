"""Messages of the shipped catalogs: base.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # Lists: "a, b and c". The separator goes between all but the last two.
    "base.list.separator": M(en=", ", es=", ", ar="، "),
    "base.list.and": M(
        en="{first} and {last}", es="{first} y {last}", ar="{first} و{last}"
    ),
    # A share of a child's work times, in words a child reads (never "80 %").
    "base.work_times": M(
        en="{count} of my {total} work times",
        es="{count} de mis {total} momentos de trabajo",
        ar="{count} من {total} من أوقات عملي",
    ),
    # The built-in scales: their names, and each level's label, family label and
    # description (see selfassess.language.level_words).
    "scale.four-point.name": M(
        en="4-point proficiency scale",
        es="Escala de competencia de 4 niveles",
        ar="مقياس الإتقان ذو المستويات الأربعة",
    ),
    "scale.four-point.1.label": M(
        en="Not proficient", es="No competente", ar="غير متمكّن"
    ),
    "scale.four-point.1.family": M(
        en="just starting", es="está empezando", ar="في البداية"
    ),
    "scale.four-point.1.description": M(
        en="Not yet able to show the standard, even with help.",
        es="Todavía no puede mostrar el estándar, ni siquiera con ayuda.",
        ar="لا يستطيع بعدُ إظهار المعيار، حتى مع المساعدة.",
    ),
    "scale.four-point.2.label": M(
        en="Partially proficient", es="Parcialmente competente", ar="متمكّن جزئيًا"
    ),
    "scale.four-point.2.family": M(
        en="getting there", es="va avanzando", ar="في الطريق إلى الهدف"
    ),
    "scale.four-point.2.description": M(
        en="Shows parts of the standard, or all of it with help.",
        es="Muestra partes del estándar, o todo el estándar con ayuda.",
        ar="يُظهر أجزاء من المعيار، أو المعيار كلّه بمساعدة.",
    ),
    "scale.four-point.3.label": M(en="Proficient", es="Competente", ar="متمكّن"),
    "scale.four-point.3.family": M(
        en="on track", es="va por buen camino", ar="على المسار الصحيح"
    ),
    "scale.four-point.3.description": M(
        en="Shows the standard independently: the goal.",
        es="Muestra el estándar sin ayuda: esa es la meta.",
        ar="يُظهر المعيار بمفرده: وهذا هو الهدف.",
    ),
    "scale.four-point.4.label": M(en="Advanced", es="Avanzado", ar="متقدّم"),
    "scale.four-point.4.family": M(
        en="going beyond", es="va más allá", ar="فوق المطلوب"
    ),
    "scale.four-point.4.description": M(
        en="Applies the standard in new or more complex situations.",
        es="Aplica el estándar en situaciones nuevas o más complejas.",
        ar="يطبّق المعيار في مواقف جديدة أو أكثر تعقيدًا.",
    ),
    "scale.canvas-default.name": M(
        en="Canvas default outcome scale",
        es="Escala de resultados predeterminada de Canvas",
        ar="مقياس النتائج الافتراضي في Canvas",
    ),
    "scale.canvas-default.0.label": M(
        en="No evidence", es="Sin evidencia", ar="لا يوجد دليل"
    ),
    "scale.canvas-default.0.family": M(
        en="no work to look at yet",
        es="todavía no hay trabajos para ver",
        ar="لا توجد أعمال نطّلع عليها بعد",
    ),
    "scale.canvas-default.1.label": M(
        en="Below mastery", es="Por debajo del dominio", ar="دون مستوى الإتقان"
    ),
    "scale.canvas-default.1.family": M(
        en="just starting", es="está empezando", ar="في البداية"
    ),
    "scale.canvas-default.2.label": M(
        en="Near mastery", es="Cerca del dominio", ar="قريب من الإتقان"
    ),
    "scale.canvas-default.2.family": M(
        en="getting there", es="va avanzando", ar="في الطريق إلى الهدف"
    ),
    "scale.canvas-default.3.label": M(
        en="Meets mastery", es="Alcanza el dominio", ar="يحقّق الإتقان"
    ),
    "scale.canvas-default.3.family": M(
        en="on track", es="va por buen camino", ar="على المسار الصحيح"
    ),
    "scale.canvas-default.4.label": M(
        en="Exceeds mastery", es="Supera el dominio", ar="يتجاوز الإتقان"
    ),
    "scale.canvas-default.4.family": M(
        en="going beyond", es="va más allá", ar="فوق المطلوب"
    ),
    "scale.three-faces.name": M(en="Three faces", es="Tres caritas", ar="ثلاثة وجوه"),
    "scale.three-faces.1.label": M(en="Not yet", es="Todavía no", ar="ليس بعد"),
    "scale.three-faces.1.description": M(
        en="I can't do it yet.",
        es="Todavía no puedo hacerlo.",
        ar="لا أستطيع فعله بعد.",
    ),
    "scale.three-faces.2.label": M(en="Getting there", es="Ya casi", ar="أقترب"),
    "scale.three-faces.2.description": M(
        en="I can do it with help.",
        es="Puedo hacerlo con ayuda.",
        ar="أستطيع فعله بمساعدة.",
    ),
    "scale.three-faces.3.label": M(en="Got it", es="¡Lo logré!", ar="أتقنته"),
    "scale.three-faces.3.description": M(
        en="I can do it by myself.",
        es="Puedo hacerlo sin ayuda.",
        ar="أستطيع فعله بنفسي.",
    ),
    "scale.traffic-light.name": M(en="Traffic light", es="Semáforo", ar="إشارة المرور"),
    "scale.traffic-light.1.label": M(en="Red", es="Rojo", ar="أحمر"),
    "scale.traffic-light.1.family": M(
        en="needs help", es="necesita ayuda", ar="بحاجة إلى مساعدة"
    ),
    "scale.traffic-light.1.description": M(
        en="I need help.", es="Necesito ayuda.", ar="أحتاج إلى مساعدة."
    ),
    "scale.traffic-light.2.label": M(en="Yellow", es="Amarillo", ar="أصفر"),
    "scale.traffic-light.2.family": M(
        en="getting there", es="va avanzando", ar="في الطريق إلى الهدف"
    ),
    "scale.traffic-light.2.description": M(
        en="I am getting there.", es="Ya casi lo logro.", ar="أقترب من الهدف."
    ),
    "scale.traffic-light.3.label": M(en="Green", es="Verde", ar="أخضر"),
    "scale.traffic-light.3.family": M(
        en="on track", es="va por buen camino", ar="على المسار الصحيح"
    ),
    "scale.traffic-light.3.description": M(
        en="I have got it.", es="¡Ya lo logré!", ar="لقد أتقنته."
    ),
    "scale.emerging-extending.name": M(
        en="Emerging, developing, proficient, extending",
        es="Inicial, en desarrollo, competente, ampliando",
        ar="ناشئ، نامٍ، متمكّن، متوسّع",
    ),
    "scale.emerging-extending.1.label": M(en="Emerging", es="Inicial", ar="ناشئ"),
    "scale.emerging-extending.1.family": M(
        en="just starting", es="está empezando", ar="في البداية"
    ),
    "scale.emerging-extending.1.description": M(
        en="Beginning to show the skill.",
        es="Empieza a mostrar la habilidad.",
        ar="يبدأ في إظهار المهارة.",
    ),
    "scale.emerging-extending.2.label": M(
        en="Developing", es="En desarrollo", ar="نامٍ"
    ),
    "scale.emerging-extending.2.family": M(
        en="getting there", es="va avanzando", ar="في الطريق إلى الهدف"
    ),
    "scale.emerging-extending.2.description": M(
        en="Shows the skill with support.",
        es="Muestra la habilidad con apoyo.",
        ar="يُظهر المهارة بدعم.",
    ),
    "scale.emerging-extending.3.label": M(en="Proficient", es="Competente", ar="متمكّن"),
    "scale.emerging-extending.3.family": M(
        en="on track", es="va por buen camino", ar="على المسار الصحيح"
    ),
    "scale.emerging-extending.3.description": M(
        en="Shows the skill independently.",
        es="Muestra la habilidad sin ayuda.",
        ar="يُظهر المهارة باستقلالية.",
    ),
    "scale.emerging-extending.4.label": M(en="Extending", es="Ampliando", ar="متوسّع"),
    "scale.emerging-extending.4.family": M(
        en="going beyond", es="va más allá", ar="فوق المطلوب"
    ),
    "scale.emerging-extending.4.description": M(
        en="Extends the skill to new situations.",
        es="Lleva la habilidad a situaciones nuevas.",
        ar="ينقل المهارة إلى مواقف جديدة.",
    ),
    # The on-task self-rating scale of selfassess.tracking (ON_TASK_FOUR).
    "scale.on-task-four.name": M(
        en="On-task self-rating",
        es="Mi autoevaluación de concentración",
        ar="تقييمي الذاتي لتركيزي في العمل",
    ),
    "scale.on-task-four.1.label": M(en="Off task", es="Me distraje", ar="تشتُّت"),
    "scale.on-task-four.1.description": M(
        en="I was off task most of the time.",
        es="Me distraje casi todo el tiempo.",
        ar="تشتّت انتباهي معظم الوقت.",
    ),
    "scale.on-task-four.2.label": M(
        en="Sometimes on task", es="A veces me concentré", ar="تركيز أحيانًا"
    ),
    "scale.on-task-four.2.description": M(
        en="I was on task some of the time.",
        es="Me concentré parte del tiempo.",
        ar="ركّزت بعض الوقت.",
    ),
    "scale.on-task-four.3.label": M(
        en="Mostly on task", es="Casi siempre me concentré", ar="تركيز معظم الوقت"
    ),
    "scale.on-task-four.3.description": M(
        en="I was on task most of the time.",
        es="Me concentré casi todo el tiempo.",
        ar="ركّزت معظم الوقت.",
    ),
    "scale.on-task-four.4.label": M(en="On task", es="Me concentré", ar="تركيز تام"),
    "scale.on-task-four.4.description": M(
        en="I was on task the whole time.",
        es="Me concentré todo el tiempo.",
        ar="ركّزت طوال الوقت.",
    ),
}
