"""Messages of the shipped catalogs: family.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.

The family area holds what a family reads (the appointment note, reminders, the
letter home, the post-conference survey) and the fixed words of the agenda and
the rehearsal script.
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # The kinds of conference and the roles, as forms name them.
    "family.kind.self_assessment": M(
        en="self assessment", es="autoevaluación", ar="التقييم الذاتي"
    ),
    "family.kind.student_led_first": M(
        en="student led first",
        es="primera conferencia dirigida por el alumno",
        ar="اللقاء الأول الذي يقوده الطالب",
    ),
    "family.kind.student_led_second": M(
        en="student led second",
        es="segunda conferencia dirigida por el alumno",
        ar="اللقاء الثاني الذي يقوده الطالب",
    ),
    "family.kind.data_review": M(
        en="data review", es="revisión de resultados", ar="مراجعة النتائج"
    ),
    "family.kind.three_way": M(
        en="three way",
        es="conferencia de tres (alumno, familia y maestro)",
        ar="لقاء ثلاثي (الطالب والأسرة والمعلّم)",
    ),
    "family.kind.collaboration": M(
        en="collaboration", es="trabajo en grupo", ar="العمل في مجموعة"
    ),
    "family.kind.work_habits": M(
        en="work habits", es="hábitos de trabajo", ar="عادات العمل"
    ),
    "family.role.student": M(en="student", es="alumno", ar="الطالب"),
    "family.role.teacher": M(en="teacher", es="maestro", ar="المعلّم"),
    "family.role.family": M(en="family", es="familia", ar="الأسرة"),
    "family.role.peer": M(en="peer", es="compañero", ar="الزميل"),
    "family.role.specialist": M(en="specialist", es="especialista", ar="الأخصائي"),
    # The agenda on paper.
    "family.agenda.student": M(en="Student:", es="Alumno:", ar="الطالب:"),
    "family.agenda.led_by": M(en="Led by:", es="Dirige:", ar="بقيادة:"),
    "family.agenda.facilitated_by": M(
        en="Facilitated by:", es="Acompaña:", ar="بمساعدة:"
    ),
    "family.agenda.slot": M(
        en="Slot: {minutes} minutes",
        es="Tiempo: {minutes} minutos",
        ar="المدة: {minutes} دقيقة",
    ),
    "family.agenda.why": M(en="Why:", es="Por qué:", ar="السبب:"),
    "family.agenda.data": M(
        en="Data to look at", es="Qué vamos a mirar", ar="ما سننظر إليه"
    ),
    "family.agenda.item_done": M(
        en="Item {number} done: {title}",
        es="Punto {number} hecho: {title}",
        ar="تمّ البند {number}: {title}",
    ),
    "family.agenda.total": M(en="Total", es="Total", ar="المجموع"),
    "family.agenda.minutes": M(
        en="{minutes} min", es="{minutes} min", ar="{minutes} د"
    ),
    "family.agenda.number": M(en="#", es="N.º", ar="رقم"),
    "family.agenda.item": M(en="Item", es="Punto", ar="البند"),
    "family.agenda.speaker": M(en="Speaker", es="Quién habla", ar="من يتحدث"),
    "family.agenda.minutes_heading": M(en="Minutes", es="Minutos", ar="الدقائق"),
    "family.agenda.done": M(en="Done", es="Hecho", ar="تمّ"),
    "family.agenda.caption": M(
        en="{count} items, {total} of {slot} minutes",
        es="{count} puntos, {total} de {slot} minutos",
        ar="عدد البنود: {count}، {total} من {slot} دقيقة",
    ),
    "family.agenda.spare": M(
        en=" ({spare} to spare)",
        es=" (sobran {spare})",
        ar=" (يبقى {spare})",
    ),
    "family.agenda.taking_part": M(
        en="Taking part:", es="Participan:", ar="المشاركون:"
    ),
    "family.agenda.afterwards": M(en="Afterwards", es="Después", ar="بعد اللقاء"),
    "family.agenda.notes": M(en="Notes", es="Notas", ar="ملاحظات"),
    "family.agenda.private": M(
        en="Private: the student steps out for this part.",
        es="En privado: el alumno sale un momento durante esta parte.",
        ar="على انفراد: يخرج الطالب قليلًا في هذا الجزء.",
    ),
    "family.agenda.heading": M(
        en="{title} ({minutes} minutes, led by {leader})",
        es="{title} ({minutes} minutos, dirige {leader})",
        ar="{title} ({minutes} دقيقة، بقيادة {leader})",
    ),
    "family.agenda.item_facts": M(
        en="{minutes} min, {speaker}",
        es="{minutes} min, {speaker}",
        ar="{minutes} د، {speaker}",
    ),
    "family.agenda.item_private": M(
        en="private: the student steps out",
        es="en privado: el alumno sale un momento",
        ar="على انفراد: يخرج الطالب قليلًا",
    ),
    "family.agenda.afterwards_line": M(
        en="Afterwards: {things}", es="Después: {things}", ar="بعد اللقاء: {things}"
    ),
    "family.agenda.total_line": M(
        en="Total: {total} of {slot} minutes.",
        es="Total: {total} de {slot} minutos.",
        ar="المجموع: {total} من {slot} دقيقة.",
    ),
    # The rehearsal script on paper.
    "family.script.title": M(
        en="My rehearsal script", es="Mi guion para practicar", ar="نصّي للتدريب"
    ),
    "family.script.page_title": M(
        en="Rehearsal script: {student}",
        es="Guion para practicar: {student}",
        ar="نص التدريب: {student}",
    ),
    "family.script.conference": M(
        en="Conference: {kind}", es="Conferencia: {kind}", ar="اللقاء: {kind}"
    ),
    "family.script.about": M(
        en="About {minutes} minutes",
        es="Unos {minutes} minutos",
        ar="حوالي {minutes} دقيقة",
    ),
    "family.script.how": M(
        en="Read each line aloud. Tick a box each time you practise it. "
        "Have the things under a line ready before the conference.",
        es="Lee cada línea en voz alta. Marca una casilla cada vez que la "
        "practiques. Antes de la conferencia, prepara lo que está debajo de "
        "cada línea.",
        ar="اقرأ كل سطر بصوت عالٍ. ضع علامة في مربع كلما تدرّبت عليه. "
        "وقبل اللقاء، جهّز ما هو مكتوب تحت كل سطر.",
    ),
    "family.script.caption": M(
        en="{count} lines, {total} minutes",
        es="{count} líneas, {total} minutos",
        ar="عدد الأسطر: {count}، {total} دقيقة",
    ),
    "family.script.say": M(
        en="What I will say", es="Lo que voy a decir", ar="ما سأقوله"
    ),
    "family.script.practised": M(en="Practised", es="Practicado", ar="تدرّبت"),
    "family.script.practice": M(
        en="Line {number}, practice {round}",
        es="Línea {number}, práctica {round}",
        ar="السطر {number}، التدريب {round}",
    ),
    "family.script.remember": M(
        en="What I want to remember",
        es="Lo que quiero recordar",
        ar="ما أريد أن أتذكّره",
    ),
    # The family's appointment note and its reminders.
    "family.note.title": M(
        en="Your family conference",
        es="Su conferencia con la escuela",
        ar="لقاؤكم مع المدرسة",
    ),
    "family.note.page_title": M(
        en="Family conference: {student}, {day}",
        es="Conferencia con la familia: {student}, {day}",
        ar="لقاء الأسرة: {student}، {day}",
    ),
    "family.note.when": M(
        en="{day}, {start} to {end} ({minutes} minutes)",
        es="{day}, de {start} a {end} ({minutes} minutos)",
        ar="{day}، من {start} إلى {end} ({minutes} دقيقة)",
    ),
    "family.note.where": M(en="Where", es="Dónde", ar="المكان"),
    "family.note.teacher": M(en="Teacher", es="Maestro", ar="المعلّم"),
    "family.note.about": M(en="About", es="Sobre", ar="عن"),
    "family.note.for": M(en="For", es="Para", ar="إلى"),
    "family.note.interpreter": M(en="Interpreter", es="Intérprete", ar="المترجم"),
    "family.note.interpreter_present": M(
        en="present (language: {language})",
        es="estará presente (idioma: {language})",
        ar="سيكون حاضرًا (اللغة: {language})",
    ),
    "family.note.bring": M(en="Please bring", es="Por favor, traiga", ar="يرجى إحضار"),
    "family.note.bring_questions": M(
        en="Questions you would like to ask about {student}'s learning.",
        es="Las preguntas que quiera hacer sobre el aprendizaje de {student}.",
        ar="الأسئلة التي تودّون طرحها عن تعلّم {student}.",
    ),
    "family.note.bring_home": M(
        en="One thing {student} does well at home, and one thing you would like "
        "to work on.",
        es="Algo que {student} hace bien en casa y algo que le gustaría mejorar.",
        ar="نقطة قوة واحدة لدى {student} في البيت، وأمر واحد تودّون العمل عليه.",
    ),
    "family.note.reminder": M(en="Reminder", es="Recordatorio", ar="تذكير"),
    "family.note.also_sent": M(
        en="We will also send this reminder {ahead} before.",
        es="También le enviaremos este recordatorio {ahead} antes.",
        ar="سنرسل لكم هذا التذكير أيضًا قبل اللقاء بـ{ahead}.",
    ),
    "family.note.cannot_come": M(
        en="Cannot come?", es="¿No puede venir?", ar="لا تستطيعون الحضور؟"
    ),
    "family.note.other_time": M(
        en="Write a time that suits you better, and send this note back:",
        es="Escriba una hora que le convenga más y devuélvanos esta nota:",
        ar="اكتبوا وقتًا يناسبكم أكثر، وأعيدوا إلينا هذه الورقة:",
    ),
    "family.note.cancelled": M(
        en="This conference was cancelled.",
        es="Esta conferencia se canceló.",
        ar="أُلغي هذا اللقاء.",
    ),
    "family.note.rescheduled": M(
        en="This conference was moved to another time: your new note has it.",
        es="Esta conferencia cambió de hora. La nueva nota le indica cuándo es.",
        ar="نُقل هذا اللقاء إلى وقت آخر، وتجدون الموعد الجديد في الورقة الجديدة.",
    ),
    "family.note.no_show": M(
        en="We missed you at this conference. We will offer you another time.",
        es="Sentimos que no pudiera venir a esta conferencia. Le ofreceremos otra hora.",
        ar="افتقدناكم في هذا اللقاء، وسنعرض عليكم موعدًا آخر.",
    ),
    "family.ahead.day": M(en="1 day", es="1 día", ar="يوم واحد"),
    "family.ahead.days": M(en="{count} days", es="{count} días", ar="{count} أيام"),
    "family.ahead.hour": M(en="1 hour", es="1 hora", ar="ساعة واحدة"),
    "family.ahead.hours": M(en="{count} hours", es="{count} horas", ar="{count} ساعات"),
    "family.ahead.minutes": M(
        en="{count} minutes", es="{count} minutos", ar="{count} دقيقة"
    ),
    "family.reminder": M(
        en="Reminder: your conference with {teacher} about {student} is on {day} "
        "at {time}, in {room}. Please arrive a few minutes early.",
        es="Recordatorio: su conferencia con {teacher} sobre {student} es el {day} "
        "a las {time}, en {room}. Por favor, llegue unos minutos antes.",
        ar="تذكير: لقاؤكم مع {teacher} عن {student} يوم {day}، الساعة {time}، "
        "في {room}. نرجو أن تحضروا قبل الموعد ببضع دقائق.",
    ),
    # The letter home about the student-led conference.
    "family.letter.title": M(
        en="{student} will lead the conference",
        es="{student} va a dirigir la conferencia",
        ar="لقاء بقيادة {student}",
    ),
    "family.letter.greeting": M(
        en="Dear family,", es="Estimada familia:", ar="الأسرة الكريمة،"
    ),
    "family.letter.invite": M(
        en="You are warmly invited to a conference about {student}'s learning. "
        "This conference is different: {student} leads it, and you and the "
        "teacher listen.",
        es="Le invitamos con mucho gusto a una conferencia sobre el aprendizaje "
        "de {student}. Esta conferencia es diferente: la dirige {student}, y "
        "usted y el maestro escuchan.",
        ar="يسعدنا أن ندعوكم إلى لقاء عن تعلّم {student}. هذا اللقاء مختلف: "
        "سيكون بقيادة {student}، وتستمعون أنتم والمعلّم.",
    ),
    "family.letter.student_part": M(
        en="{student} will show you some work, tell you what went well and what "
        "is still hard, and share goals for the next weeks. {student} has "
        "practised for this at school.",
        es="{student} le va a mostrar algunos trabajos, contarle qué salió bien "
        "y qué todavía le cuesta, y explicarle sus metas para las próximas "
        "semanas. {student} lo ha practicado en la escuela.",
        ar="ستشاهدون في اللقاء بعض أعمال {student}، وستعرفون ما نجح وما زال "
        "صعبًا، والأهداف للأسابيع القادمة. وقد خصّصنا لـ{student} وقتًا في "
        "المدرسة للتدرّب على ذلك.",
    ),
    "family.letter.family_part": M(
        en="Your part is simple: listen, ask questions, and praise the specific "
        "things you see. At the end, please help {student} choose one goal, and "
        "think about how you can help at home.",
        es="Su parte es sencilla: escuche, haga preguntas y elogie las cosas "
        "concretas que vea. Al final, por favor ayude a {student} a elegir una "
        "meta y piense cómo puede apoyar en casa.",
        ar="دوركم بسيط: استمعوا، واسألوا، وامدحوا أشياء محددة ترونها. وفي "
        "النهاية، ساعدوا {student} على اختيار هدف واحد، وفكّروا كيف يمكنكم "
        "المساعدة في البيت.",
    ),
    "family.letter.length": M(
        en="The conference takes about {minutes} minutes.",
        es="La conferencia dura unos {minutes} minutos.",
        ar="يستغرق اللقاء حوالي {minutes} دقيقة.",
    ),
    "family.letter.when": M(
        en="Your time is {day}, from {start} to {end}, in {room}, with {teacher}.",
        es="Su cita es el {day}, de {start} a {end}, en {room}, con {teacher}.",
        ar="موعدكم يوم {day}، من {start} إلى {end}، في {room}، مع {teacher}.",
    ),
    "family.letter.bring": M(
        en="Please bring your questions, and one thing {student} does well at home.",
        es="Por favor, traiga sus preguntas y cuéntenos algo que {student} hace bien en casa.",
        ar="نرجو أن تُحضروا أسئلتكم، وأن تخبرونا بنقطة قوة لدى {student} في البيت.",
    ),
    "family.letter.interpreter": M(
        en="Would you like an interpreter? Please tell {teacher} or the school "
        "office, and we will arrange one.",
        es="¿Quiere un intérprete? Avise a {teacher} o a la oficina de la "
        "escuela y se lo conseguimos.",
        ar="هل تحتاجون إلى مترجم؟ أخبروا {teacher} أو إدارة المدرسة، وسنوفّره لكم.",
    ),
    "family.letter.interpreter_booked": M(
        en="An interpreter ({language}) will be with you at the conference.",
        es="Un intérprete ({language}) estará con usted en la conferencia.",
        ar="سيكون معكم مترجم ({language}) في اللقاء.",
    ),
    "family.letter.closing": M(
        en="Thank you. We look forward to seeing you.",
        es="Muchas gracias. Será un gusto verle.",
        ar="شكرًا لكم، ونتطلّع إلى لقائكم.",
    ),
    "family.letter.the_teacher": M(en="the teacher", es="su maestro", ar="المعلّم"),
    "family.letter.your_child": M(en="your child", es="su hijo o hija", ar="طفلكم"),
    # The post-conference survey's built-in statements.
    "family.survey.explained": M(
        en="My child explained their learning to me.",
        es="Mi hijo o hija me explicó lo que está aprendiendo.",
        ar="شرح لي طفلي ما يتعلّمه.",
    ),
    "family.survey.understand": M(
        en="I understand my child's strengths and next goal.",
        es="Entiendo las fortalezas de mi hijo o hija y cuál es su próxima meta.",
        ar="أفهم نقاط قوة طفلي وهدفه القادم.",
    ),
    "family.survey.help-home": M(
        en="I know how I can help at home.",
        es="Sé cómo puedo ayudar en casa.",
        ar="أعرف كيف أساعد في البيت.",
    ),
    "family.survey.again": M(
        en="I would like a conference like this again.",
        es="Me gustaría tener otra conferencia como esta.",
        ar="أودّ أن يتكرّر لقاء مثل هذا.",
    ),
    "family.survey.student-confident": M(
        en="I felt ready to lead my conference.",
        es="Me sentí con confianza para dirigir mi conferencia.",
        ar="شعرت بالاستعداد لقيادة لقائي.",
    ),
    "family.survey.student-goal": M(
        en="I know what my next goal is and how to reach it.",
        es="Sé cuál es mi próxima meta y cómo lograrla.",
        ar="أعرف هدفي القادم وكيف أصل إليه.",
    ),
}
