"""Messages of the shipped catalogs: forms.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.

The printable forms speak to the student ("you", "tú", the singular in Arabic).
A message that is a list (a word bank, sentence starters) holds one item a line.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # Lines every form has.
    "forms.name": M(en="Name", es="Nombre", ar="الاسم"),
    "forms.date": M(en="Date", es="Fecha", ar="التاريخ"),
    "forms.subject": M(en="Subject", es="Materia", ar="المادة"),
    # A face to circle, as a screen reader or a picture's title says it.
    "forms.face.title": M(en="{label} face", es="Carita: {label}", ar="وجه: {label}"),
    "forms.face.smile": M(
        en="A face that smiles, for the level {label} ({points}).",
        es="Una carita que sonríe, para el nivel {label} ({points}).",
        ar="وجه يبتسم، للمستوى {label} ({points}).",
    ),
    "forms.face.straight": M(
        en="A face that has a straight mouth, for the level {label} ({points}).",
        es="Una carita con la boca recta, para el nivel {label} ({points}).",
        ar="وجه فمه مستقيم، للمستوى {label} ({points}).",
    ),
    "forms.face.frown": M(
        en="A face that frowns, for the level {label} ({points}).",
        es="Una carita triste, para el nivel {label} ({points}).",
        ar="وجه عابس، للمستوى {label} ({points}).",
    ),
    # The empty fraction bar to colour.
    "forms.bar.title": M(
        en="Fraction bar of {parts} parts to colour",
        es="Barra de {parts} partes para colorear",
        ar="شريط من {parts} أجزاء للتلوين",
    ),
    "forms.bar.desc": M(
        en=(
            "An empty bar of {parts} equal parts; 0 of {parts} coloured. "
            "Colour one part for each step toward the goal."
        ),
        es=(
            "Una barra vacía de {parts} partes iguales; 0 de {parts} coloreadas. "
            "Colorea una parte por cada paso hacia la meta."
        ),
        ar=(
            "شريط فارغ من {parts} أجزاء متساوية؛ لم يُلوَّن أي جزء من {parts}. "
            "لوِّن جزءًا واحدًا عن كل خطوة نحو الهدف."
        ),
    ),
    # The self-assessment form.
    "forms.sa.title": M(
        en="Self-assessment: {title}",
        es="Autoevaluación: {title}",
        ar="التقييم الذاتي: {title}",
    ),
    "forms.sa.key.faces": M(
        en=(
            "Self-assessment. For each row, circle the face that matches your "
            "work, then say why."
        ),
        es=(
            "Autoevaluación. En cada fila, encierra en un círculo la carita que "
            "se parece a tu trabajo. Después di por qué."
        ),
        ar=(
            "التقييم الذاتي. في كل صف، ضع دائرة حول الوجه الذي يشبه عملك، ثم قل لماذا."
        ),
    ),
    "forms.sa.key.levels": M(
        en=(
            "Self-assessment. For each row, tick the level that matches your "
            "work, then say why."
        ),
        es=(
            "Autoevaluación. En cada fila, marca el nivel que se parece a tu "
            "trabajo. Después di por qué."
        ),
        ar="التقييم الذاتي. في كل صف، ضع علامة على المستوى الذي يشبه عملك، ثم قل لماذا.",
    ),
    "forms.sa.in_my_words": M(en="In my words", es="Con mis palabras", ar="بكلماتي"),
    "forms.sa.aim": M(en="Aim: {aim}", es="Meta: {aim}", ar="الهدف: {aim}"),
    "forms.why": M(
        en="Why I chose this", es="Por qué elegí esto", ar="لماذا اخترت هذا"
    ),
    "forms.why.short": M(en="Why", es="¿Por qué?", ar="لماذا؟"),
    "forms.why.hint.intermediate": M(
        en="I chose this because ...",
        es="Elegí esto porque ...",
        ar="اخترت هذا لأن ...",
    ),
    "forms.why.hint.beginning": M(
        en="I can ... / I need help ...",
        es="Yo puedo ... / Necesito ayuda ...",
        ar="أستطيع ... / أحتاج مساعدة ...",
    ),
    # The built-in help for English learners.
    "forms.help.heading": M(
        en="Words to help me", es="Palabras que me ayudan", ar="كلمات تساعدني"
    ),
    "forms.help.bank": M(en="Word bank", es="Banco de palabras", ar="بنك الكلمات"),
    "forms.help.starters": M(
        en="Sentence starters:",
        es="Para empezar una oración:",
        ar="بدايات الجمل:",
    ),
    "forms.word_bank.beginning": M(
        en="I can\nhelp\nalone\nfriend\ngroup\nlisten\nshare\nfinish\ntry\neasy\nhard",
        es=(
            "yo puedo\nayuda\nsin ayuda\namigo\ngrupo\nescuchar\ncompartir\nterminar"
            "\nintentar\nfácil\ndifícil"
        ),
        ar="\n".join(
            (
                "أستطيع",
                "مساعدة",
                "وحدي",
                "صديق",
                "مجموعة",
                "أستمع",
                "أشارك",
                "أُنهي",
                "أحاول",
                "سهل",
                "صعب",
            )
        ),
    ),
    "forms.word_bank.intermediate": M(
        en=(
            "because\nby myself\nwith help\npartner\nexplain\nlisten\nshare\nidea"
            "\npractice\nimprove\nnext time"
        ),
        es=(
            "porque\npor mi cuenta\ncon ayuda\ncompañero\nexplicar\nescuchar\ncompartir"
            "\nidea\npracticar\nmejorar\nla próxima vez"
        ),
        ar="\n".join(
            (
                "لأن",
                "بنفسي",
                "بمساعدة",
                "زميل",
                "أشرح",
                "أستمع",
                "أشارك",
                "فكرة",
                "أتدرّب",
                "أتحسّن",
                "في المرة القادمة",
            )
        ),
    ),
    "forms.starters.beginning": M(
        en="I can ...\nI need help with ...\nMy work shows ...",
        es="Yo puedo ...\nNecesito ayuda con ...\nMi trabajo muestra ...",
        ar="\n".join(
            (
                "أستطيع ...",
                "أحتاج مساعدة في ...",
                "عملي يُظهر ...",
            )
        ),
    ),
    "forms.starters.intermediate": M(
        en=(
            "I chose this level because ...\nI can ..., but I need help with ..."
            "\nOne thing I did well was ...\nNext time I will ..."
        ),
        es=(
            "Elegí este nivel porque ...\nPuedo ..., pero necesito ayuda con ..."
            "\nAlgo que hice bien fue ...\nLa próxima vez voy a ..."
        ),
        ar=(
            "اخترت هذا المستوى لأن ...\nأستطيع ...، لكني أحتاج مساعدة في ..."
            "\nشيء أحسنت فيه هو ...\nفي المرة القادمة سوف ..."
        ),
    ),
    # A teacher's writing supports, printed on a form.
    "forms.supports.label": M(
        en="Help with writing", es="Ayuda para escribir", ar="مساعدة في الكتابة"
    ),
    "forms.supports.words": M(
        en="Words you can use",
        es="Palabras que puedes usar",
        ar="كلمات يمكنك استخدامها",
    ),
    "forms.supports.starters": M(
        en="Sentence starters",
        es="Para empezar una oración",
        ar="بدايات الجمل",
    ),
    "forms.supports.example": M(en="An example", es="Un ejemplo", ar="مثال"),
    # The self-report card.
    "forms.term.fall": M(en="Fall", es="Otoño", ar="الخريف"),
    "forms.term.winter": M(en="Winter", es="Invierno", ar="الشتاء"),
    "forms.term.spring": M(en="Spring", es="Primavera", ar="الربيع"),
    "forms.term.summer": M(en="Summer", es="Verano", ar="الصيف"),
    "forms.card.title": M(
        en="Self-report card: {term} term",
        es="Mi boleta de autoevaluación: período de {term}",
        ar="بطاقة تقييمي الذاتي: فصل {term}",
    ),
    "forms.card.key": M(
        en="Tick each statement you can do. Circle your grade: {key}.",
        es="Marca cada frase que ya puedes hacer. Encierra en un círculo tu nota: {key}",
        ar="ضع علامة على كل عبارة تستطيع فعلها. ضع دائرة حول درجتك: {key}",
    ),
    "forms.card.caption": M(
        en="Standards, my grade and why",
        es="Estándares, mi nota y por qué",
        ar="المعايير ودرجتي ولماذا",
    ),
    "forms.card.can_do": M(
        en="What I can do (highlight)",
        es="Lo que puedo hacer (resáltalo)",
        ar="ما أستطيع فعله (ظلِّله)",
    ),
    "forms.card.grade": M(en="My grade", es="Mi nota", ar="درجتي"),
    "forms.card.why": M(
        en="Why I gave myself this grade",
        es="Por qué me di esta nota",
        ar="لماذا أعطيت نفسي هذه الدرجة",
    ),
    "forms.card.my_grade": M(
        en="My grade: {standard}", es="Mi nota: {standard}", ar="درجتي: {standard}"
    ),
    "forms.card.teacher_grade": M(
        en="Teacher's grade: {grade}",
        es="Nota del maestro: {grade}",
        ar="درجة المعلّم: {grade}",
    ),
    "forms.card.why_for": M(
        en="Why: {standard}", es="Por qué: {standard}", ar="لماذا: {standard}"
    ),
    # Three Pluses and a Goal.
    "forms.pluses.title": M(
        en="Three Pluses and a Goal",
        es="Tres logros y una meta",
        ar="ثلاث نقاط قوة وهدف واحد",
    ),
    "forms.pluses.student": M(en="Student", es="Alumno", ar="الطالب"),
    "forms.pluses.family": M(en="Family", es="Familia", ar="الأسرة"),
    "forms.pluses.teacher": M(en="Teacher", es="Maestro", ar="المعلّم"),
    "forms.pluses.plus": M(
        en="{who} plus {number}",
        es="{who}: logro {number}",
        ar="{who}: نقطة القوة {number}",
    ),
    "forms.goal": M(en="Goal", es="Meta", ar="الهدف"),
    # Goals: the self-evaluation sheet and the goal card.
    "forms.measure": M(
        en="Measure: {measure}.", es="Cómo se mide: {measure}", ar="القياس: {measure}"
    ),
    "forms.measure.range": M(
        en="From {start} to {target}.",
        es="De {start} a {target}.",
        ar="من {start} إلى {target}.",
    ),
    "forms.measure.by": M(en="By {day}.", es="Para el {day}.", ar="بحلول {day}."),
    "forms.sheet.title": M(
        en="My goals: self-evaluation",
        es="Mis metas: autoevaluación",
        ar="أهدافي: تقييم ذاتي",
    ),
    "forms.sheet.goal": M(
        en="Goal {number}: {statement}",
        es="Meta {number}: {statement}",
        ar="الهدف {number}: {statement}",
    ),
    "forms.sheet.colour": M(
        en="Colour the parts you have reached (of {count}):",
        es="Colorea las partes que ya lograste (de {count}):",
        ar="لوِّن الأجزاء التي وصلت إليها (من {count}):",
    ),
    "forms.sheet.did": M(en="What I did", es="Lo que hice", ar="ما فعلته"),
    "forms.sheet.next": M(en="What next", es="Qué sigue", ar="ماذا بعد"),
    "forms.goal_card.title": M(
        en="Goal card: {statement}",
        es="Tarjeta de mi meta: {statement}",
        ar="بطاقة الهدف: {statement}",
    ),
    "forms.goal_card.heading": M(en="My goal", es="Mi meta", ar="هدفي"),
    "forms.goal_card.steps": M(en="My steps", es="Mis pasos", ar="خطواتي"),
    "forms.goal_card.step": M(
        en="Step {number}", es="Paso {number}", ar="الخطوة {number}"
    ),
    "forms.goal_card.far": M(
        en="How far I am (colour the parts, of {count})",
        es="Cuánto he avanzado (colorea las partes, de {count})",
        ar="إلى أين وصلت (لوِّن الأجزاء، من {count})",
    ),
    # The data tracker.
    "forms.tracker.assignment": M(en="Assignment", es="Tarea", ar="المهمة"),
    "forms.tracker.standards": M(en="Standards", es="Estándares", ar="المعايير"),
    "forms.tracker.domain": M(
        en="Language domain", es="Área del idioma", ar="مهارة اللغة"
    ),
    "forms.tracker.pre_goal": M(
        en="Pre-learning goal",
        es="Meta antes de aprender",
        ar="هدف قبل التعلّم",
    ),
    "forms.tracker.reflection": M(en="Reflection", es="Reflexión", ar="تأمّل"),
    "forms.tracker.goal": M(en="My goal", es="Mi meta", ar="هدفي"),
    "forms.tracker.practice": M(en="practice", es="práctica", ar="تدريب"),
    "forms.tracker.grade.pre_assessment": M(
        en="Pre-assessment", es="Prueba inicial", ar="اختبار قبلي"
    ),
    "forms.tracker.grade.classwork": M(
        en="Classwork", es="Trabajo en clase", ar="عمل صفّي"
    ),
    "forms.tracker.grade.partner": M(
        en="Partner work", es="Trabajo en pareja", ar="عمل مع زميل"
    ),
    "forms.tracker.grade.independent": M(
        en="Independent", es="Trabajo individual", ar="عمل فردي"
    ),
    "forms.tracker.grade.homework": M(
        en="Homework", es="Tarea en casa", ar="واجب منزلي"
    ),
    "forms.tracker.grade.online_practice": M(
        en="Online practice", es="Práctica en línea", ar="تدريب على الإنترنت"
    ),
    "forms.tracker.grade.summative": M(
        en="Summative", es="Prueba final", ar="اختبار ختامي"
    ),
    "forms.tracker.domain.reading": M(en="reading", es="leer", ar="القراءة"),
    "forms.tracker.domain.speaking": M(en="speaking", es="hablar", ar="التحدث"),
    "forms.tracker.domain.writing": M(en="writing", es="escribir", ar="الكتابة"),
    "forms.tracker.domain.listening": M(en="listening", es="escuchar", ar="الاستماع"),
    "forms.tracker.kind.subject": M(
        en="Data tracker", es="Registro de mis datos", ar="سجل بياناتي"
    ),
    "forms.tracker.kind.reduced": M(
        en="Data tracker (reduced)",
        es="Registro de mis datos (reducido)",
        ar="سجل بياناتي (مختصر)",
    ),
    "forms.tracker.kind.language": M(
        en="Language data tracker",
        es="Registro de mis datos de idioma",
        ar="سجل بيانات اللغة",
    ),
    "forms.tracker.title": M(
        en="{kind}: {subject}", es="{kind}: {subject}", ar="{kind}: {subject}"
    ),
    "forms.tracker.note.subject": M(
        en="Write each grade when your work comes back.",
        es="Escribe cada nota cuando te devuelvan tu trabajo.",
        ar="اكتب كل درجة عندما يعود إليك عملك.",
    ),
    "forms.tracker.note.reduced": M(
        en=(
            "These are the assignments you are expected to complete. Write each "
            "grade when your work comes back."
        ),
        es=(
            "Estas son las tareas que debes terminar. Escribe cada nota cuando te "
            "devuelvan tu trabajo."
        ),
        ar="هذه هي المهام المطلوب منك إكمالها. اكتب كل درجة عندما يعود إليك عملك.",
    ),
    "forms.tracker.note.language": M(
        en=(
            "Each assignment practises a language domain: reading, speaking, "
            "writing or listening. Write each grade when your work comes back."
        ),
        es=(
            "Cada tarea practica un área del idioma: leer, hablar, escribir o "
            "escuchar. Escribe cada nota cuando te devuelvan tu trabajo."
        ),
        ar=(
            "كل مهمة تدرّبك على مهارة من مهارات اللغة: القراءة أو التحدث أو الكتابة "
            "أو الاستماع. اكتب كل درجة عندما يعود إليك عملك."
        ),
    ),
    "forms.tracker.grades": M(
        en="Grades on the {scale}: {key}.",
        es="Notas en la escala «{scale}»: {key}",
        ar="الدرجات على مقياس «{scale}»: {key}",
    ),
    # The on-task chart.
    "forms.ontask.title": M(
        en="On-task tracking chart",
        es="Tabla de concentración en la tarea",
        ar="جدول التركيز في العمل",
    ),
    "forms.ontask.start": M(
        en="Start with {minutes}-minute intervals.",
        es="Empieza con periodos de {minutes} minutos.",
        ar="ابدأ بفترات مدة كل منها {minutes} دقيقة.",
    ),
    "forms.ontask.grow.one": M(
        en="After {after} on-task interval in a row, add {add} minutes (up to {most}).",
        es=(
            "Después de {after} periodo de concentración, suma {add} minutos "
            "(hasta {most})."
        ),
        ar="بعد {after} فترة تركيز، أضف {add} دقائق (حتى {most}).",
    ),
    "forms.ontask.grow.many": M(
        en=(
            "After {after} on-task intervals in a row, add {add} minutes "
            "(up to {most})."
        ),
        es=(
            "Después de {after} periodos seguidos de concentración, suma {add} "
            "minutos (hasta {most})."
        ),
        ar="بعد {after} فترات تركيز متتالية، أضف {add} دقائق (حتى {most}).",
    ),
    "forms.ontask.back_off": M(
        en="After {count} off-task in a row, take {add} minutes off.",
        es="Después de {count} periodos seguidos sin concentración, quita {add} minutos.",
        ar="بعد {count} فترات تشتّت متتالية، اطرح {add} دقائق.",
    ),
    "forms.ontask.session": M(
        en="{count} intervals, {minutes} minutes.",
        es="{count} periodos, {minutes} minutos.",
        ar="{count} فترات، {minutes} دقيقة.",
    ),
    "forms.ontask.caption": M(
        en="My intervals and ratings",
        es="Mis periodos y mis puntajes",
        ar="فتراتي وتقييماتي",
    ),
    "forms.ontask.minutes": M(en="Minutes", es="Minutos", ar="الدقائق"),
    "forms.ontask.mine": M(
        en="My rating (circle)",
        es="Mi puntaje (enciérralo)",
        ar="تقييمي (ضع دائرة)",
    ),
    "forms.ontask.teacher": M(en="Teacher", es="Maestro", ar="المعلّم"),
    "forms.ontask.worked_on": M(
        en="What I worked on", es="En qué trabajé", ar="ما عملت عليه"
    ),
    "forms.ontask.minutes_for": M(
        en="Interval {number}: minutes",
        es="Periodo {number}: minutos",
        ar="الفترة {number}: الدقائق",
    ),
    "forms.ontask.worked_on_for": M(
        en="Interval {number}: what I worked on",
        es="Periodo {number}: en qué trabajé",
        ar="الفترة {number}: ما عملت عليه",
    ),
    "forms.ontask.mine_for": M(
        en="Interval {number}: my rating",
        es="Periodo {number}: mi puntaje",
        ar="الفترة {number}: تقييمي",
    ),
    "forms.ontask.teacher_for": M(
        en="Interval {number}: teacher's rating",
        es="Periodo {number}: puntaje del maestro",
        ar="الفترة {number}: تقييم المعلّم",
    ),
    # A scale's rating strip.
    "forms.strip.title": M(
        en="Rating scale: {scale}",
        es="Escala para puntuar: {scale}",
        ar="مقياس التقييم: {scale}",
    ),
    "forms.strip.desc": M(
        en="{scale}, {count} levels: {levels}.",
        es="{scale}, {count} niveles: {levels}",
        ar="{scale}، {count} مستويات: {levels}",
    ),
    "forms.strip.chosen": M(en="✓ chosen", es="✓ elegido", ar="✓ تم اختياره"),
    "forms.strip.chosen_said": M(
        en="Chosen: {label}.", es="Elegido: «{label}».", ar="المختار: «{label}»."
    ),
    "forms.strip.smile": M(
        en="a smiling face", es="una carita que sonríe", ar="وجه مبتسم"
    ),
    "forms.strip.straight": M(
        en="a straight face", es="una carita seria", ar="وجه محايد"
    ),
    "forms.strip.frown": M(en="a frowning face", es="una carita triste", ar="وجه عابس"),
}
