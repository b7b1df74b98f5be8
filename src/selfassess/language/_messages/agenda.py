"""Messages of the shipped catalogs: agenda.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.

The built-in templates' words are under ``agenda.template.<kind>``: the template's
``name``, and each item's ``title``, ``says`` (the student's words, which follow
"I will" in a rehearsal script) and ``without_family`` title, by the item's key.
In Spanish a student says "usted" to the teacher and "ustedes" to the family; in
Arabic the student speaks to the family in the plural.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

_QUESTIONS_TITLE = M(en="Questions", es="Preguntas", ar="الأسئلة")
_QUESTIONS_SAYS = M(
    en="answer your questions", es="responder sus preguntas", ar="أجيب عن أسئلتكم"
)
_SELF_REPORT_CARD = M(
    en="My self-report card", es="Mi boleta de autoevaluación", ar="بطاقة تقييمي الذاتي"
)
_TEACHER_STRENGTHS = M(
    en="Teacher's strengths and one goal",
    es="Las fortalezas que ve el maestro y una meta",
    ar="نقاط القوة التي يراها المعلّم وهدف واحد",
)
_SET_TOGETHER = M(
    en="Teacher's strengths, and one goal the student and teacher set together",
    es="Las fortalezas que ve el maestro, y una meta que el alumno y el maestro "
    "ponen juntos",
    ar="نقاط القوة التي يراها المعلّم، وهدف واحد يضعه الطالب والمعلّم معًا",
)

_T = "agenda.template."

MESSAGES: dict[str, M] = {
    # The built-in templates: the self-assessment conference (the teacher leads).
    _T + "self_assessment.afterwards.1": M(
        en="The teacher writes quick notes straight after.",
        es="El maestro toma notas breves justo después.",
        ar="يكتب المعلّم ملاحظات قصيرة بعد اللقاء مباشرة.",
    ),
    _T + "self_assessment.name": M(
        en="Self-assessment conference",
        es="Conferencia de autoevaluación",
        ar="لقاء التقييم الذاتي",
    ),
    _T + "self_assessment.form.title": M(
        en="The self-assessment form",
        es="La hoja de autoevaluación",
        ar="استمارة التقييم الذاتي",
    ),
    _T + "self_assessment.form.says": M(
        en="show you my self-assessment form",
        es="mostrarle mi hoja de autoevaluación",
        ar="أعرض عليك استمارة تقييمي الذاتي",
    ),
    _T + "self_assessment.successes-struggles.title": M(
        en="Successes, struggles and participation",
        es="Logros, dificultades y participación",
        ar="النجاحات والصعوبات والمشاركة",
    ),
    _T + "self_assessment.successes-struggles.says": M(
        en="tell you what went well, what was hard and how I took part",
        es="contarle qué me salió bien, qué me costó y cómo participé",
        ar="أخبرك بما نجح معي وما كان صعبًا وكيف شاركت",
    ),
    _T + "self_assessment.successes-struggles.says@beginning": M(
        en="tell you what was good and what was hard",
        es="decirle qué salió bien y qué fue difícil",
        ar="أقول لك ما كان جيدًا وما كان صعبًا",
    ),
    _T + "self_assessment.praise-fix-errors.title": M(
        en="Praise and steps to fix errors",
        es="Elogios y pasos para corregir errores",
        ar="الثناء وخطوات تصحيح الأخطاء",
    ),
    _T + "self_assessment.praise-fix-errors.says": M(
        en="hear what I did well and make a plan to fix my mistakes",
        es="escuchar qué hice bien y hacer un plan para corregir mis errores",
        ar="أستمع إلى ما أحسنت فيه وأضع خطة لتصحيح أخطائي",
    ),
    _T + "self_assessment.praise-fix-errors.says@beginning": M(
        en="hear what I did well and fix my mistakes",
        es="escuchar qué hice bien y corregir mis errores",
        ar="أستمع إلى ما أحسنت فيه وأصحّح أخطائي",
    ),
    # The first student-led conference (the student leads, the family listens).
    _T + "student_led_first.afterwards.1": M(
        en="The student keeps the Three Pluses and a Goal sheets.",
        es="El alumno se queda con las hojas de «Tres logros y una meta».",
        ar="يحتفظ الطالب بأوراق «ثلاث نقاط قوة وهدف واحد».",
    ),
    _T + "student_led_first.name": M(
        en="Student-led conference (first of the year)",
        es="Conferencia dirigida por el alumno (la primera del año)",
        ar="اللقاء الذي يقوده الطالب (الأول في العام)",
    ),
    _T + "student_led_first.self-report-card.title": _SELF_REPORT_CARD,
    _T + "student_led_first.self-report-card.says": M(
        en="show you my self-report card and the grades I gave myself",
        es="mostrarles mi boleta de autoevaluación y las notas que me puse",
        ar="أعرض عليكم بطاقة تقييمي الذاتي والدرجات التي أعطيتها لنفسي",
    ),
    _T + "student_led_first.self-report-card.says@beginning": M(
        en="show you my report card and my grades",
        es="mostrarles mi boleta y mis notas",
        ar="أعرض عليكم بطاقتي ودرجاتي",
    ),
    _T + "student_led_first.teacher-report-card.title": M(
        en="The teacher's report card beside it",
        es="La boleta del maestro, al lado de la mía",
        ar="بطاقة المعلّم بجانب بطاقتي",
    ),
    _T + "student_led_first.teacher-report-card.says": M(
        en="compare my report card with my teacher's",
        es="comparar mi boleta con la de mi maestro",
        ar="أقارن بطاقتي ببطاقة معلّمي",
    ),
    _T + "student_led_first.three-pluses.title": M(
        en="Three Pluses and a Goal",
        es="Tres logros y una meta",
        ar="ثلاث نقاط قوة وهدف واحد",
    ),
    _T + "student_led_first.three-pluses.says": M(
        en="tell you three things I do well and one goal",
        es="contarles tres cosas que hago bien y una meta",
        ar="أخبركم بثلاثة أشياء أُحسنها وبهدف واحد",
    ),
    _T + "student_led_first.family-strengths-goal.title": M(
        en="Family's strengths and one goal",
        es="Las fortalezas que ve la familia y una meta",
        ar="نقاط القوة التي تراها الأسرة وهدف واحد",
    ),
    _T + "student_led_first.family-strengths-goal.says": M(
        en="listen to the strengths you see in me and one goal you have for me",
        es="escuchar las fortalezas que ustedes ven en mí y una meta que tienen "
        "para mí",
        ar="أستمع إلى نقاط القوة التي ترونها فيّ وإلى هدف واحد تضعونه لي",
    ),
    _T + "student_led_first.family-strengths-goal.says@beginning": M(
        en="listen to what you like about my work and one goal for me",
        es="escuchar qué les gusta de mi trabajo y una meta para mí",
        ar="أستمع إلى ما يعجبكم في عملي وإلى هدف واحد لي",
    ),
    _T + "student_led_first.teacher-strengths-goal.title": _TEACHER_STRENGTHS,
    _T + "student_led_first.teacher-strengths-goal.says": M(
        en="listen to the strengths my teacher sees and one goal for me",
        es="escuchar las fortalezas que ve mi maestro y una meta para mí",
        ar="أستمع إلى نقاط القوة التي يراها معلّمي وإلى هدف واحد لي",
    ),
    _T + "student_led_first.teacher-strengths-goal.without_family": _SET_TOGETHER,
    _T + "student_led_first.questions.title": _QUESTIONS_TITLE,
    _T + "student_led_first.questions.says": _QUESTIONS_SAYS,
    # The second student-led conference: goals shown with fraction bars.
    _T + "student_led_second.afterwards.1": M(
        en="The student files the self-evaluation in the portfolio.",
        es="El alumno guarda su autoevaluación en su portafolio.",
        ar="يضع الطالب تقييمه الذاتي في ملف أعماله.",
    ),
    _T + "student_led_second.name": M(
        en="Student-led conference (second of the year)",
        es="Conferencia dirigida por el alumno (la segunda del año)",
        ar="اللقاء الذي يقوده الطالب (الثاني في العام)",
    ),
    _T + "student_led_second.goal-self-evaluation.title": M(
        en="Self-evaluation of my goals",
        es="Cómo voy con mis metas",
        ar="تقييمي الذاتي لأهدافي",
    ),
    _T + "student_led_second.goal-self-evaluation.says": M(
        en="show you how far I have come on each goal, with my fraction bars and "
        "my work",
        es="mostrarles cuánto he avanzado en cada meta, con mis barras de "
        "fracciones y mis trabajos",
        ar="أعرض عليكم كم تقدّمت في كل هدف، بأشرطة الكسور وبأعمالي",
    ),
    _T + "student_led_second.goal-self-evaluation.says@beginning": M(
        en="show you my goals, my bars and my work",
        es="mostrarles mis metas, mis barras y mis trabajos",
        ar="أعرض عليكم أهدافي وأشرطتي وأعمالي",
    ),
    _T + "student_led_second.self-report-card.title": _SELF_REPORT_CARD,
    _T + "student_led_second.self-report-card.says": M(
        en="show you my self-report card and how I grew",
        es="mostrarles mi boleta de autoevaluación y cuánto he crecido",
        ar="أعرض عليكم بطاقة تقييمي الذاتي وكيف تطوّرت",
    ),
    _T + "student_led_second.next-three-pluses.title": M(
        en="The next Three Pluses and a Goal",
        es="Los próximos tres logros y una meta",
        ar="النقاط الثلاث التالية والهدف الجديد",
    ),
    _T + "student_led_second.next-three-pluses.says": M(
        en="tell you three things I do well and my next goal",
        es="contarles tres cosas que hago bien y mi próxima meta",
        ar="أخبركم بثلاثة أشياء أُحسنها وبهدفي التالي",
    ),
    _T + "student_led_second.family-strengths-goal.title": M(
        en="Family's strengths and new goal",
        es="Las fortalezas que ve la familia y una meta nueva",
        ar="نقاط القوة التي تراها الأسرة وهدف جديد",
    ),
    _T + "student_led_second.family-strengths-goal.says": M(
        en="listen to the strengths you see in me now and the new goal you have for me",
        es="escuchar las fortalezas que ustedes ven en mí ahora y la meta nueva "
        "que tienen para mí",
        ar="أستمع إلى نقاط القوة التي ترونها فيّ الآن وإلى الهدف الجديد الذي تضعونه لي",
    ),
    _T + "student_led_second.family-strengths-goal.says@beginning": M(
        en="listen to what you like about my work and my new goal",
        es="escuchar qué les gusta de mi trabajo y mi meta nueva",
        ar="أستمع إلى ما يعجبكم في عملي وإلى هدفي الجديد",
    ),
    _T + "student_led_second.teacher-strengths-goal.title": _TEACHER_STRENGTHS,
    _T + "student_led_second.teacher-strengths-goal.says": M(
        en="listen to how my teacher sees my goals, the strengths my teacher sees "
        "and one goal for me",
        es="escuchar cómo ve mi maestro mis metas, las fortalezas que ve en mí y "
        "una meta para mí",
        ar="أستمع إلى رأي معلّمي في أهدافي، وإلى نقاط القوة التي يراها، وإلى هدف "
        "واحد لي",
    ),
    _T + "student_led_second.teacher-strengths-goal.says@beginning": M(
        en="listen to my teacher talk about my goals and my work",
        es="escuchar a mi maestro hablar de mis metas y mi trabajo",
        ar="أستمع إلى معلّمي يتحدّث عن أهدافي وعملي",
    ),
    _T + "student_led_second.teacher-strengths-goal.without_family": _SET_TOGETHER,
    _T + "student_led_second.questions.title": _QUESTIONS_TITLE,
    _T + "student_led_second.questions.says": _QUESTIONS_SAYS,
    # The data review and goal-setting conference (one-on-one with the teacher).
    _T + "data_review.name": M(
        en="Data review and goal-setting conference",
        es="Conferencia para revisar resultados y fijar metas",
        ar="لقاء مراجعة النتائج ووضع الأهداف",
    ),
    _T + "data_review.review-goals.title": M(
        en="Review goals against the teacher's analysis",
        es="Revisar las metas con el análisis del maestro",
        ar="مراجعة الأهداف مع تحليل المعلّم",
    ),
    _T + "data_review.review-goals.says": M(
        en="show you my goals and compare them with your analysis",
        es="mostrarle mis metas y compararlas con su análisis",
        ar="أعرض عليك أهدافي وأقارنها بتحليلك",
    ),
    _T + "data_review.review-goals.says@beginning": M(
        en="show you my goals",
        es="mostrarle mis metas",
        ar="أعرض عليك أهدافي",
    ),
    _T + "data_review.work-plan.title": M(
        en="Review the work plan",
        es="Revisar el plan de trabajo",
        ar="مراجعة خطة العمل",
    ),
    _T + "data_review.work-plan.says": M(
        en="tell you how my work plan is going",
        es="contarle cómo va mi plan de trabajo",
        ar="أخبرك كيف تسير خطة عملي",
    ),
    _T + "data_review.review-data.title": M(
        en="Review data and celebrate progress",
        es="Revisar los resultados y celebrar el progreso",
        ar="مراجعة النتائج والاحتفال بالتقدّم",
    ),
    _T + "data_review.review-data.says": M(
        en="look at my data and celebrate my progress",
        es="mirar mis resultados y celebrar mi progreso",
        ar="أنظر في نتائجي وأحتفل بتقدّمي",
    ),
    _T + "data_review.quick-check.title": M(
        en="Quick check where a standard is near mastery",
        es="Prueba rápida de un estándar casi dominado",
        ar="اختبار سريع في معيار قريب من الإتقان",
    ),
    _T + "data_review.quick-check.says": M(
        en="try a quick check on a standard I am close to mastering",
        es="hacer una prueba rápida de un estándar que casi domino",
        ar="أجرّب اختبارًا سريعًا في معيار أوشك على إتقانه",
    ),
    _T + "data_review.quick-check.says@beginning": M(
        en="try a short test on something I almost know",
        es="hacer una prueba corta de algo que casi sé",
        ar="أجرّب اختبارًا قصيرًا في شيء أكاد أعرفه",
    ),
    _T + "data_review.still-hard.title": M(
        en="What still feels hard, and who can help",
        es="Lo que todavía cuesta, y quién puede ayudar",
        ar="ما زال صعبًا، ومن يمكنه المساعدة",
    ),
    _T + "data_review.still-hard.says": M(
        en="tell you what still feels hard and choose a group or a peer to help",
        es="contarle qué todavía me cuesta y elegir un grupo o un compañero que "
        "me ayude",
        ar="أخبرك بما زال صعبًا عليّ وأختار مجموعة أو زميلًا يساعدني",
    ),
    _T + "data_review.still-hard.says@beginning": M(
        en="tell you what is hard and choose who can help me",
        es="decirle qué me cuesta y elegir quién me ayuda",
        ar="أقول لك ما هو صعب وأختار من يساعدني",
    ),
    _T + "data_review.check-in.title": M(
        en="Schedule the next check-in",
        es="Fijar la próxima reunión de seguimiento",
        ar="تحديد موعد اللقاء القادم",
    ),
    _T + "data_review.check-in.says": M(
        en="choose the day of our next check-in",
        es="elegir el día de nuestra próxima reunión",
        ar="أختار يوم لقائنا القادم",
    ),
    # The three-way conference: student, family and teacher.
    _T + "three_way.name": M(
        en="Three-way conference",
        es="Conferencia entre alumno, familia y maestro",
        ar="اللقاء الثلاثي: الطالب والأسرة والمعلّم",
    ),
    _T + "three_way.introduction.title": M(
        en="Introduction", es="Presentación", ar="التعارف"
    ),
    _T + "three_way.introduction.says": M(
        en="introduce everyone", es="presentar a todos", ar="أعرّف الجميع ببعضهم"
    ),
    _T + "three_way.work-samples.title": M(
        en="Work samples", es="Muestras de trabajo", ar="نماذج من الأعمال"
    ),
    _T + "three_way.work-samples.says": M(
        en="show you samples of my work",
        es="mostrarles algunos de mis trabajos",
        ar="أعرض عليكم نماذج من أعمالي",
    ),
    _T + "three_way.goals.title": M(en="My goals", es="Mis metas", ar="أهدافي"),
    _T + "three_way.goals.says": M(
        en="tell you about my goals",
        es="contarles sobre mis metas",
        ar="أحدّثكم عن أهدافي",
    ),
    _T + "three_way.strategies-school.title": M(
        en="Strategies at school",
        es="Lo que ayuda en la escuela",
        ar="ما يساعد في المدرسة",
    ),
    _T + "three_way.strategies-school.says": M(
        en="talk about what helps me learn at school",
        es="hablar de lo que me ayuda a aprender en la escuela",
        ar="أتحدّث عمّا يساعدني على التعلّم في المدرسة",
    ),
    _T + "three_way.strategies-home.title": M(
        en="Strategies at home", es="Lo que ayuda en casa", ar="ما يساعد في البيت"
    ),
    _T + "three_way.strategies-home.says": M(
        en="talk about what helps me learn at home",
        es="hablar de lo que me ayuda a aprender en casa",
        ar="أتحدّث عمّا يساعدني على التعلّم في البيت",
    ),
    _T + "three_way.questions.title": _QUESTIONS_TITLE,
    _T + "three_way.questions.says": _QUESTIONS_SAYS,
    # The collaboration conference.
    _T + "collaboration.name": M(
        en="Collaboration conference",
        es="Conferencia sobre el trabajo en grupo",
        ar="لقاء العمل الجماعي",
    ),
    _T + "collaboration.group-work.title": M(
        en="How the group worked", es="Cómo trabajó el grupo", ar="كيف عملت المجموعة"
    ),
    _T + "collaboration.group-work.says": M(
        en="tell you how my group shared the work",
        es="contarle cómo se repartió el trabajo mi grupo",
        ar="أخبرك كيف تقاسمت مجموعتي العمل",
    ),
    _T + "collaboration.my-part.title": M(en="My part", es="Mi parte", ar="دوري"),
    _T + "collaboration.my-part.says": M(
        en="tell you what my part was",
        es="contarle cuál fue mi parte",
        ar="أخبرك بما كان دوري",
    ),
    _T + "collaboration.praise.title": M(en="Praise", es="Elogios", ar="الثناء"),
    _T + "collaboration.praise.says": M(
        en="hear what you noticed I did well",
        es="escuchar lo que usted vio que hice bien",
        ar="أستمع إلى ملاحظاتك عمّا أحسنت فيه",
    ),
    _T + "collaboration.collaboration-goal.title": M(
        en="A collaboration goal",
        es="Una meta para trabajar en grupo",
        ar="هدف للعمل الجماعي",
    ),
    _T + "collaboration.collaboration-goal.says": M(
        en="set a goal for working with my group",
        es="ponerme una meta para trabajar con mi grupo",
        ar="أضع هدفًا للعمل مع مجموعتي",
    ),
    # The work-habits conference.
    _T + "work_habits.name": M(
        en="Work-habits conference",
        es="Conferencia sobre hábitos de trabajo",
        ar="لقاء عادات العمل",
    ),
    _T + "work_habits.on-task-ratings.title": M(
        en="My time-on-task ratings",
        es="Cómo califiqué mi tiempo de trabajo",
        ar="تقييمي لوقت تركيزي في العمل",
    ),
    _T + "work_habits.on-task-ratings.says": M(
        en="show you how I rated my time on task",
        es="mostrarle cómo califiqué mi concentración en el trabajo",
        ar="أعرض عليك كيف قيّمت وقت تركيزي في العمل",
    ),
    _T + "work_habits.on-task-ratings.says@beginning": M(
        en="show you my work-time faces",
        es="mostrarle mis caritas del tiempo de trabajo",
        ar="أعرض عليك وجوه وقت عملي",
    ),
    _T + "work_habits.helped-hindered.title": M(
        en="What helped and what got in the way",
        es="Qué me ayudó y qué me estorbó",
        ar="ما ساعدني وما أعاقني",
    ),
    _T + "work_habits.helped-hindered.says": M(
        en="tell you what helped me focus and what got in the way",
        es="contarle qué me ayudó a concentrarme y qué me distrajo",
        ar="أخبرك بما ساعدني على التركيز وما أعاقني",
    ),
    _T + "work_habits.next-interval.title": M(
        en="The next interval",
        es="El próximo rato de trabajo",
        ar="فترة العمل التالية",
    ),
    _T + "work_habits.next-interval.says": M(
        en="agree how long my next work interval will be",
        es="acordar cuánto durará mi próximo rato de trabajo",
        ar="نتّفق على مدة فترة عملي التالية",
    ),
    _T + "work_habits.work-habit-goal.title": M(
        en="A work-habit goal",
        es="Una meta de hábitos de trabajo",
        ar="هدف لعادات العمل",
    ),
    _T + "work_habits.work-habit-goal.says": M(
        en="set a work-habit goal",
        es="ponerme una meta de hábitos de trabajo",
        ar="أضع هدفًا لعادات عملي",
    ),
    # The agenda as a whole, and the family's private time.
    "agenda.planned_title": M(
        en="{name}: planned from the data",
        es="{name}: planificada con los resultados",
        ar="{name}: خُطِّط له بناءً على النتائج",
    ),
    "agenda.private_time.title": M(
        en="Private time with the family",
        es="Tiempo a solas con la familia",
        ar="وقت خاص مع الأسرة",
    ),
    # Words the planner puts together: a standard named by its statement, a list
    # of standards or of offers, and a distance in levels.
    "agenda.standard.words": M(
        en="“{statement}”", es="«{statement}»", ar="«{statement}»"
    ),
    "agenda.list.semicolon": M(en="; ", es="; ", ar="؛ "),
    "agenda.levels.one": M(en="1 level", es="1 nivel", ar="مستوى واحد"),
    "agenda.levels.two": M(en="2 levels", es="2 niveles", ar="مستويان"),
    "agenda.levels.many": M(
        en="{count} levels", es="{count} niveles", ar="{count} مستويات"
    ),
    # A gap between the student's rating and the teacher's.
    "agenda.gap.title.student": M(
        en="My rating and my teacher's: {criterion}",
        es="Mi calificación y la de mi maestro: {criterion}",
        ar="تقييمي وتقييم معلّمي: {criterion}",
    ),
    "agenda.gap.title.teacher": M(
        en="Your rating and mine: {criterion}",
        es="Tu calificación y la mía: {criterion}",
        ar="تقييمك وتقييمي: {criterion}",
    ),
    "agenda.gap.reason.student": M(
        en="{criterion}: the student's rating is {self_label} and the teacher's "
        "{teacher_label}, {levels} apart",
        es="{criterion}: el alumno se calificó «{self_label}» y el maestro "
        "«{teacher_label}», con {levels} de diferencia",
        ar="{criterion}: تقييم الطالب لنفسه «{self_label}» وتقييم المعلّم "
        "«{teacher_label}»، والفرق بينهما {levels}",
    ),
    "agenda.gap.reason.student@beginning": M(
        en="{criterion}: student says {self_label}. Teacher says {teacher_label}.",
        es="{criterion}: el alumno dice «{self_label}». El maestro dice "
        "«{teacher_label}».",
        ar="{criterion}: الطالب يقول «{self_label}». المعلّم يقول «{teacher_label}».",
    ),
    "agenda.gap.reason.student@intermediate": M(
        en="{criterion}: the student chose {self_label}. The teacher chose "
        "{teacher_label}. That is {levels} apart.",
        es="{criterion}: el alumno eligió «{self_label}». El maestro eligió "
        "«{teacher_label}». Hay {levels} de diferencia.",
        ar="{criterion}: اختار الطالب «{self_label}». اختار المعلّم "
        "«{teacher_label}». الفرق {levels}.",
    ),
    "agenda.gap.reason.higher": M(
        en="Largest gaps first: the student rated {criterion} {levels} higher "
        "than the teacher",
        es="Primero las diferencias más grandes: el alumno calificó "
        "{criterion} {levels} más alto que el maestro",
        ar="الفروق الأكبر أولًا: قيّم الطالب {criterion} أعلى من المعلّم بفرق {levels}",
    ),
    "agenda.gap.reason.higher@beginning": M(
        en="{criterion}: the student rated higher. The teacher rated lower.",
        es="{criterion}: el alumno puso más alto. El maestro puso más bajo.",
        ar="{criterion}: الطالب اختار أعلى. المعلّم اختار أقل.",
    ),
    "agenda.gap.reason.higher@intermediate": M(
        en="{criterion}: the student rated {levels} higher than the teacher.",
        es="{criterion}: el alumno calificó {levels} más alto que el maestro.",
        ar="{criterion}: قيّم الطالب أعلى من المعلّم بفرق {levels}.",
    ),
    "agenda.gap.reason.lower": M(
        en="Largest gaps first: the student rated {criterion} {levels} lower "
        "than the teacher",
        es="Primero las diferencias más grandes: el alumno calificó "
        "{criterion} {levels} más bajo que el maestro",
        ar="الفروق الأكبر أولًا: قيّم الطالب {criterion} أقل من المعلّم بفرق {levels}",
    ),
    "agenda.gap.reason.lower@beginning": M(
        en="{criterion}: the student rated lower. The teacher rated higher.",
        es="{criterion}: el alumno puso más bajo. El maestro puso más alto.",
        ar="{criterion}: الطالب اختار أقل. المعلّم اختار أعلى.",
    ),
    "agenda.gap.reason.lower@intermediate": M(
        en="{criterion}: the student rated {levels} lower than the teacher.",
        es="{criterion}: el alumno calificó {levels} más bajo que el maestro.",
        ar="{criterion}: قيّم الطالب أقل من المعلّم بفرق {levels}.",
    ),
    "agenda.gap.says": M(
        en="explain how I rated myself on {criterion}",
        es="explicar cómo me califiqué en {criterion}",
        ar="أشرح كيف قيّمت نفسي في {criterion}",
    ),
    "agenda.gap.says@beginning": M(
        en="show my rating for {criterion}",
        es="mostrar mi calificación en {criterion}",
        ar="أعرض تقييمي في {criterion}",
    ),
    "agenda.gap.says@intermediate": M(
        en="tell why I chose my rating for {criterion}",
        es="decir por qué elegí mi calificación en {criterion}",
        ar="أقول لماذا اخترت تقييمي في {criterion}",
    ),
    # Standards mastered since the last conference.
    "agenda.celebrate.title": M(
        en="Celebrate standards mastered since last time",
        es="Celebrar lo que domina desde la última vez",
        ar="الاحتفال بالمعايير التي أُتقنت منذ المرة الماضية",
    ),
    "agenda.celebrate.says": M(
        en="celebrate the standards I have mastered: {standards}",
        es="celebrar lo que ya domino: {standards}",
        ar="أحتفل بالمعايير التي أتقنتها: {standards}",
    ),
    "agenda.celebrate.says@beginning": M(
        en="celebrate what I can do now: {standards}",
        es="celebrar lo que ya sé hacer: {standards}",
        ar="أحتفل بما أستطيع فعله الآن: {standards}",
    ),
    "agenda.celebrate.says@intermediate": M(
        en="celebrate what I have learned: {standards}",
        es="celebrar lo que aprendí: {standards}",
        ar="أحتفل بما تعلّمته: {standards}",
    ),
    "agenda.celebrate.reason": M(
        en="Mastered since the last conference: {standards}",
        es="Lo domina desde la última conferencia: {standards}",
        ar="تمّ إتقانه منذ اللقاء الماضي: {standards}",
    ),
    "agenda.celebrate.reason@beginning": M(
        en="New! The student can do this now: {standards}",
        es="¡Nuevo! Ya sabe hacer esto: {standards}",
        ar="جديد! صار هذا ممكنًا الآن: {standards}",
    ),
    "agenda.celebrate.reason@intermediate": M(
        en="Learned since the last meeting: {standards}",
        es="Aprendido desde la última conferencia: {standards}",
        ar="تمّ تعلّمه منذ اللقاء الماضي: {standards}",
    ),
    # A quick check on the standards nearest mastery.
    "agenda.quick_check.says": M(
        en="try a quick check on {standards}",
        es="hacer una prueba rápida de {standards}",
        ar="أجرّب اختبارًا سريعًا في {standards}",
    ),
    "agenda.quick_check.says@beginning": M(
        en="try a short test on {standards}",
        es="hacer una prueba corta de {standards}",
        ar="أجرّب اختبارًا قصيرًا في {standards}",
    ),
    "agenda.quick_check.says@intermediate": M(
        en="do a short quiz on {standards}",
        es="hacer un examen corto de {standards}",
        ar="أحلّ اختبارًا قصيرًا في {standards}",
    ),
    "agenda.quick_check.reason": M(
        en="Near mastery, power standards and the closest first: {standards}",
        es="Casi lo domina (primero los estándares clave y los más cercanos): "
        "{standards}",
        ar="قريب من الإتقان (المعايير الأساسية والأقرب أولًا): {standards}",
    ),
    "agenda.quick_check.reason@beginning": M(
        en="Almost there: {standards}",
        es="Ya casi: {standards}",
        ar="على وشك الإتقان: {standards}",
    ),
    "agenda.quick_check.reason@intermediate": M(
        en="Close to mastery: {standards}",
        es="Está cerca de dominarlo: {standards}",
        ar="قريب من الإتقان: {standards}",
    ),
    # A goal whose data says to change something.
    "agenda.goal.title": M(
        en="Revisit goal: {goal}",
        es="Volver a la meta: {goal}",
        ar="العودة إلى الهدف: {goal}",
    ),
    "agenda.goal.title.iep": M(
        en="Revisit IEP goal: {goal}",
        es="Volver a la meta del plan educativo (IEP): {goal}",
        ar="العودة إلى هدف الخطة التعليمية الفردية: {goal}",
    ),
    "agenda.goal.says": M(
        en="talk about my goal: {goal}",
        es="hablar de mi meta: {goal}",
        ar="أتحدّث عن هدفي: {goal}",
    ),
    "agenda.goal.says@beginning": M(
        en="look at my goal: {goal}",
        es="mirar mi meta: {goal}",
        ar="أنظر إلى هدفي: {goal}",
    ),
    "agenda.goal.says@intermediate": M(
        en="talk about my goal and a new plan: {goal}",
        es="hablar de mi meta y de un plan nuevo: {goal}",
        ar="أتحدّث عن هدفي وعن خطة جديدة: {goal}",
    ),
    "agenda.goal.reason": M(
        en="The goal's data has stalled: {rule}",
        es="Los datos de esta meta se estancaron: {rule}",
        ar="توقّف التقدّم في هذا الهدف: {rule}",
    ),
    "agenda.goal.reason@beginning": M(
        en="This goal is stuck. Try a new plan.",
        es="Esta meta no avanza. Probemos un plan nuevo.",
        ar="هذا الهدف لا يتقدّم. لنجرّب خطة جديدة.",
    ),
    "agenda.goal.reason@intermediate": M(
        en="This goal is not moving: {rule}",
        es="Esta meta no avanza: {rule}",
        ar="هذا الهدف لا يتقدّم: {rule}",
    ),
    "agenda.goal.rule.four_point": M(
        en="the four-point rule says change instruction",
        es="la regla de los cuatro puntos dice que hay que cambiar la enseñanza",
        ar="قاعدة النقاط الأربع تقول إن علينا تغيير طريقة التعليم",
    ),
    "agenda.goal.rule.trend": M(
        en="the trend rule says change instruction",
        es="la regla de la tendencia dice que hay que cambiar la enseñanza",
        ar="قاعدة الاتجاه تقول إن علينا تغيير طريقة التعليم",
    ),
    "agenda.goal.rule.off_track": M(
        en="it is not on track to be met by its date",
        es="a este ritmo no se cumplirá a tiempo",
        ar="بهذا الإيقاع لن يتحقّق في موعده",
    ),
    # What still feels hard, and who can help.
    "agenda.help.says": M(
        en="tell you what still feels hard",
        es="contarle qué todavía me cuesta",
        ar="أخبرك بما زال صعبًا عليّ",
    ),
    "agenda.help.says@beginning": M(
        en="tell you what is hard for me",
        es="decirle qué me cuesta",
        ar="أقول لك ما هو صعب عليّ",
    ),
    "agenda.help.says@intermediate": M(
        en="tell you what is still hard for me",
        es="decirle qué todavía me cuesta",
        ar="أقول لك ما زال صعبًا عليّ",
    ),
    "agenda.help.says.offers": M(
        en="tell you what still feels hard: {offers}",
        es="contarle qué todavía me cuesta: {offers}",
        ar="أخبرك بما زال صعبًا عليّ: {offers}",
    ),
    "agenda.help.says.offers@beginning": M(
        en="tell you what is hard for me: {offers}",
        es="decirle qué me cuesta: {offers}",
        ar="أقول لك ما هو صعب عليّ: {offers}",
    ),
    "agenda.help.says.offers@intermediate": M(
        en="tell you what is still hard for me: {offers}",
        es="decirle qué todavía me cuesta: {offers}",
        ar="أقول لك ما زال صعبًا عليّ: {offers}",
    ),
    "agenda.help.offer.group": M(
        en="a small group on {standard}",
        es="un grupo pequeño sobre {standard}",
        ar="مجموعة صغيرة في {standard}",
    ),
    "agenda.help.offer.tutor": M(
        en="working with {tutor} on {standard}",
        es="trabajar con {tutor} en {standard}",
        ar="العمل مع {tutor} في {standard}",
    ),
    "agenda.help.reason": M(
        en="Help is ready: {offers}",
        es="Hay ayuda lista: {offers}",
        ar="المساعدة جاهزة: {offers}",
    ),
    "agenda.help.reason@beginning": M(
        en="Help is here: {offers}",
        es="Aquí hay ayuda: {offers}",
        ar="هذه هي المساعدة: {offers}",
    ),
    "agenda.help.reason@intermediate": M(
        en="Someone can help: {offers}",
        es="Alguien puede ayudar: {offers}",
        ar="هناك من يستطيع المساعدة: {offers}",
    ),
    "agenda.help.reason.group": M(
        en="small group on {standard}",
        es="grupo pequeño sobre {standard}",
        ar="مجموعة صغيرة في {standard}",
    ),
    "agenda.help.reason.tutor": M(
        en="peer tutor {tutor} on {standard}",
        es="compañero tutor {tutor} en {standard}",
        ar="الزميل المساعد {tutor} في {standard}",
    ),
    # The rehearsal script: the student's own lines.
    "agenda.rehearsal.hello": M(
        en="Hello, I am {name}. Thank you for coming to my conference.",
        es="Hola, soy {name}. Gracias por venir a mi conferencia.",
        ar="مرحبًا، أنا {name}. شكرًا لحضوركم لقائي.",
    ),
    "agenda.rehearsal.first": M(
        en="First I will {says}.", es="Primero voy a {says}.", ar="أولًا، سوف {says}."
    ),
    "agenda.rehearsal.next": M(
        en="Next I will {says}.",
        es="Después voy a {says}.",
        ar="بعد ذلك، سوف {says}.",
    ),
    "agenda.rehearsal.then": M(
        en="Then I will {says}.", es="Luego voy a {says}.", ar="ثم سوف {says}."
    ),
    "agenda.rehearsal.last": M(
        en="Last I will {says}.",
        es="Por último, voy a {says}.",
        ar="وأخيرًا، سوف {says}.",
    ),
    "agenda.rehearsal.talk_about": M(
        en="talk about {title}", es="hablar de {title}", ar="أتحدّث عن {title}"
    ),
    "agenda.rehearsal.thanks_listening": M(
        en="Thank you for listening to me.",
        es="Gracias por escucharme.",
        ar="شكرًا لاستماعكم إليّ.",
    ),
    "agenda.rehearsal.thanks_meeting": M(
        en="Thank you for meeting with me.",
        es="Gracias por reunirse conmigo.",
        ar="شكرًا على هذا اللقاء معي.",
    ),
}
