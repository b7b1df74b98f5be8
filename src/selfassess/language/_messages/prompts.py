"""Messages of the shipped catalogs: prompts.

Each id maps to its English, Spanish and Arabic wording (see `Message`). An id
ending in ``@beginning``, ``@intermediate`` or ``@advanced`` is the wording of
the message before the ``@`` for English learners at that proficiency.

``prompts.<id>`` is the prompt of that id in `selfassess.conference.PROMPT_BANK`,
which is built from the English column: the bank and the catalogs cannot drift.
Prompts a parent asks speak to their child ("tú"; the singular in Arabic).
"""

from __future__ import annotations

from selfassess.language._messages._message import Message as M

__all__ = ["MESSAGES"]

MESSAGES: dict[str, M] = {
    # Self-assessment conference stems.
    "prompts.strengths": M(
        en="What were your strengths? What specific skills did you show mastery of?",
        es="¿Cuáles fueron tus puntos fuertes? ¿Qué habilidades dominaste?",
        ar="ما نقاط قوتك؟ ما المهارات التي أتقنتها؟",
    ),
    "prompts.strengths@beginning": M(
        en="What can you do well? Show me.",
        es="¿Qué haces bien? Muéstrame.",
        ar="ماذا تُحسن؟ أرِني.",
    ),
    "prompts.strengths@intermediate": M(
        en="What did you do well? Which skill can you do now?",
        es="¿Qué hiciste bien? ¿Qué sabes hacer ahora?",
        ar="ما الذي أحسنت فيه؟ ما المهارة التي تستطيعها الآن؟",
    ),
    "prompts.strengths@advanced": M(
        en="What were your strengths? Which skills did you master?",
        es="¿Cuáles fueron tus puntos fuertes? ¿Qué habilidades dominaste?",
        ar="ما نقاط قوتك؟ ما المهارات التي أتقنتها؟",
    ),
    "prompts.growth": M(
        en="Did you show growth from then to now? How do you know?",
        es="¿Has mejorado desde entonces hasta ahora? ¿Cómo lo sabes?",
        ar="هل تحسّنت من ذلك الوقت إلى الآن؟ كيف تعرف ذلك؟",
    ),
    "prompts.growth@beginning": M(
        en="Before and now: is it better? Point.",
        es="Antes y ahora: ¿está mejor? Señala.",
        ar="قبلُ والآن: هل هو أفضل؟ أشِر.",
    ),
    "prompts.growth@intermediate": M(
        en="Is your work better now than before? Show me.",
        es="¿Tu trabajo está mejor ahora que antes? Muéstrame.",
        ar="هل عملك الآن أفضل من قبل؟ أرِني.",
    ),
    "prompts.growth@advanced": M(
        en="How did your work grow from then to now?",
        es="¿Cómo ha mejorado tu trabajo desde entonces hasta ahora?",
        ar="كيف تحسّن عملك من ذلك الوقت إلى الآن؟",
    ),
    "prompts.struggles": M(
        en="What was hard for you? Where did you get stuck?",
        es="¿Qué te resultó difícil? ¿Dónde te atascaste?",
        ar="ما الذي كان صعبًا عليك؟ أين تعثّرت؟",
    ),
    "prompts.struggles@beginning": M(
        en="What is hard? Show me.",
        es="¿Qué es difícil? Muéstrame.",
        ar="ما الصعب؟ أرِني.",
    ),
    "prompts.struggles@intermediate": M(
        en="What was hard? Where did you stop?",
        es="¿Qué fue difícil? ¿Dónde te detuviste?",
        ar="ما الذي كان صعبًا؟ أين توقفت؟",
    ),
    "prompts.struggles@advanced": M(
        en="What was difficult, and where did you get stuck?",
        es="¿Qué te costó y dónde te atascaste?",
        ar="ما الذي كان صعبًا، وأين تعثّرت؟",
    ),
    "prompts.participation": M(
        en="How did you take part in class and in your group?",
        es="¿Cómo participaste en la clase y en tu grupo?",
        ar="كيف شاركت في الصف وفي مجموعتك؟",
    ),
    "prompts.participation@beginning": M(
        en="Did you talk in class? Did you help your group?",
        es="¿Hablaste en clase? ¿Ayudaste a tu grupo?",
        ar="هل تكلمت في الصف؟ هل ساعدت مجموعتك؟",
    ),
    "prompts.participation@intermediate": M(
        en="How did you help in class and in your group?",
        es="¿Cómo ayudaste en la clase y en tu grupo?",
        ar="كيف ساعدت في الصف وفي مجموعتك؟",
    ),
    "prompts.participation@advanced": M(
        en="How did you take part in class discussions and group work?",
        es="¿Cómo participaste en las conversaciones de clase y en el trabajo en grupo?",
        ar="كيف شاركت في نقاشات الصف وفي العمل الجماعي؟",
    ),
    "prompts.praise": M(
        en="One thing you did really well was ... because ...",
        es="Algo que hiciste muy bien fue ... porque ...",
        ar="من أفضل ما فعلته ... لأن ...",
    ),
    "prompts.praise@beginning": M(
        en="Good job! You did ... well.",
        es="¡Muy bien! Hiciste bien ...",
        ar="أحسنت! أتقنت ...",
    ),
    "prompts.praise@intermediate": M(
        en="You did ... well. It was good because ...",
        es="Hiciste bien ... Estuvo bien porque ...",
        ar="أحسنت في ... وكان ذلك جيدًا لأن ...",
    ),
    "prompts.praise@advanced": M(
        en="Something you did really well was ... because ...",
        es="Algo que hiciste muy bien fue ... porque ...",
        ar="من أكثر ما أحسنت فيه ... لأن ...",
    ),
    "prompts.fix-errors": M(
        en="What steps will you take to fix this error?",
        es="¿Qué pasos vas a seguir para corregir este error?",
        ar="ما الخطوات التي ستتبعها لتصحيح هذا الخطأ؟",
    ),
    "prompts.fix-errors@beginning": M(
        en="Let's fix it. First ... Then ...",
        es="Vamos a arreglarlo. Primero ... Después ...",
        ar="لنصلحه. أولًا ... ثم ...",
    ),
    "prompts.fix-errors@intermediate": M(
        en="What will you do to fix this? What is first?",
        es="¿Qué vas a hacer para arreglarlo? ¿Qué haces primero?",
        ar="ماذا ستفعل لتصلح هذا؟ ما أول شيء؟",
    ),
    "prompts.fix-errors@advanced": M(
        en="Which steps will you take to correct this error?",
        es="¿Qué pasos vas a seguir para corregir este error?",
        ar="ما الخطوات التي ستتخذها لتصحيح هذا الخطأ؟",
    ),
    "prompts.help-more": M(
        en="How can I help you more?",
        es="¿Cómo te puedo ayudar más?",
        ar="كيف أستطيع أن أساعدك أكثر؟",
    ),
    "prompts.help-more@beginning": M(
        en="Do you want help? Point: me, a friend, a group.",
        es="¿Quieres ayuda? Señala: yo, un amigo, un grupo.",
        ar="هل تريد مساعدة؟ أشِر: أنا، صديق، مجموعة.",
    ),
    "prompts.help-more@intermediate": M(
        en="How can I help you? What do you need?",
        es="¿Cómo te puedo ayudar? ¿Qué necesitas?",
        ar="كيف أساعدك؟ ماذا تحتاج؟",
    ),
    "prompts.help-more@advanced": M(
        en="What could I do to help you more?",
        es="¿Qué podría hacer yo para ayudarte más?",
        ar="ماذا يمكنني أن أفعل لأساعدك أكثر؟",
    ),
    "prompts.still-hard": M(
        en="What still feels hard? Would a small group or a classmate who has mastered it help?",
        es="¿Qué te sigue costando? ¿Te ayudaría un grupo pequeño o un compañero que ya lo domina?",
        ar="ما الذي ما زال صعبًا عليك؟ هل تساعدك مجموعة صغيرة أو زميل أتقنه؟",
    ),
    "prompts.still-hard@beginning": M(
        en="What is still hard? Work with a friend? Yes or no.",
        es="¿Qué sigue siendo difícil? ¿Trabajar con un amigo? Sí o no.",
        ar="ما الذي ما زال صعبًا؟ تعمل مع صديق؟ نعم أو لا.",
    ),
    "prompts.still-hard@intermediate": M(
        en="What is still hard? Do you want to work with a group or a friend?",
        es="¿Qué sigue siendo difícil? ¿Quieres trabajar con un grupo o con un amigo?",
        ar="ما الذي ما زال صعبًا؟ هل تريد أن تعمل مع مجموعة أو مع صديق؟",
    ),
    "prompts.still-hard@advanced": M(
        en="What still feels hard? Would a small group or a peer tutor help?",
        es="¿Qué te sigue costando? ¿Te ayudaría un grupo pequeño o un compañero tutor?",
        ar="ما الذي ما زال صعبًا؟ هل تساعدك مجموعة صغيرة أو زميل يعلّمك؟",
    ),
    # Goals: Three Pluses and a Goal, goal review with fraction bars.
    "prompts.three-pluses": M(
        en="What are three things you do well, and one goal for next time?",
        es="¿Qué tres cosas haces bien y qué meta tienes para la próxima vez?",
        ar="ما ثلاثة أشياء تُحسنها، وما هدف واحد للمرة القادمة؟",
    ),
    "prompts.three-pluses@beginning": M(
        en="Three good things. One goal.",
        es="Tres cosas buenas. Una meta.",
        ar="ثلاثة أشياء جيدة. هدف واحد.",
    ),
    "prompts.three-pluses@intermediate": M(
        en="Tell me three things you do well and one goal.",
        es="Dime tres cosas que haces bien y una meta.",
        ar="قل لي ثلاثة أشياء تُحسنها وهدفًا واحدًا.",
    ),
    "prompts.three-pluses@advanced": M(
        en="Name three strengths and one goal for next term.",
        es="Di tres puntos fuertes y una meta para el próximo trimestre.",
        ar="اذكر ثلاث نقاط قوة وهدفًا واحدًا للفصل القادم.",
    ),
    "prompts.goal-progress": M(
        en="How much of your goal have you reached? Show me your fraction bar and your evidence.",
        es="¿Cuánto de tu meta has logrado? Muéstrame tu barra de fracciones y tus evidencias.",
        ar="كم حققت من هدفك؟ أرِني شريط الكسور وأدلّتك.",
    ),
    "prompts.goal-progress@beginning": M(
        en="Your goal: how much? Colour the bar.",
        es="Tu meta: ¿cuánto? Colorea la barra.",
        ar="هدفك: كم؟ لوّن الشريط.",
    ),
    "prompts.goal-progress@intermediate": M(
        en="How much of your goal did you do? Show your bar.",
        es="¿Cuánto de tu meta hiciste? Muestra tu barra.",
        ar="كم حققت من هدفك؟ أرِني شريطك.",
    ),
    "prompts.goal-progress@advanced": M(
        en="How far have you come on your goal? Show your fraction bar and evidence.",
        es="¿Cuánto has avanzado en tu meta? Muestra tu barra de fracciones y tus evidencias.",
        ar="إلى أين وصلت في هدفك؟ أرِني شريط الكسور وأدلّتك.",
    ),
    "prompts.next-goal": M(
        en="What is your next goal? How will you know you reached it?",
        es="¿Cuál es tu próxima meta? ¿Cómo sabrás que la lograste?",
        ar="ما هدفك القادم؟ كيف ستعرف أنك حققته؟",
    ),
    "prompts.next-goal@beginning": M(
        en="Next goal? Show me.",
        es="¿Próxima meta? Muéstrame.",
        ar="الهدف القادم؟ أرِني.",
    ),
    "prompts.next-goal@intermediate": M(
        en="What is your next goal? How will you know you did it?",
        es="¿Cuál es tu próxima meta? ¿Cómo sabrás que lo hiciste?",
        ar="ما هدفك القادم؟ كيف ستعرف أنك حققته؟",
    ),
    "prompts.next-goal@advanced": M(
        en="What is your next goal, and how will you measure it?",
        es="¿Cuál es tu próxima meta y cómo vas a medirla?",
        ar="ما هدفك القادم، وكيف ستقيسه؟",
    ),
    "prompts.self-grade": M(
        en="What grade did you give yourself, and why? What work shows it?",
        es="¿Qué nota te pusiste y por qué? ¿Qué trabajo lo muestra?",
        ar="ما الدرجة التي أعطيتها لنفسك، ولماذا؟ أي عمل يُظهر ذلك؟",
    ),
    "prompts.self-grade@beginning": M(
        en="Your grade? Show me your work.",
        es="¿Tu nota? Muéstrame tu trabajo.",
        ar="درجتك؟ أرِني عملك.",
    ),
    "prompts.self-grade@intermediate": M(
        en="What grade did you give? Why? Show me.",
        es="¿Qué nota te pusiste? ¿Por qué? Muéstrame.",
        ar="ما الدرجة التي أعطيتها؟ لماذا؟ أرِني.",
    ),
    "prompts.self-grade@advanced": M(
        en="Which grade did you give yourself, and what work shows it?",
        es="¿Qué nota te pusiste y qué trabajo lo muestra?",
        ar="ما الدرجة التي أعطيتها لنفسك، وأي عمل يُظهرها؟",
    ),
    "prompts.show-evidence": M(
        en="Which piece of work shows that? Walk me through it.",
        es="¿Qué trabajo lo muestra? Explícamelo paso a paso.",
        ar="أي عمل يُظهر ذلك؟ اشرحه لي خطوة خطوة.",
    ),
    "prompts.show-evidence@beginning": M(
        en="Show me the work.",
        es="Muéstrame el trabajo.",
        ar="أرِني العمل.",
    ),
    "prompts.show-evidence@intermediate": M(
        en="Which work shows this? Tell me about it.",
        es="¿Qué trabajo lo muestra? Cuéntame.",
        ar="أي عمل يُظهر هذا؟ حدّثني عنه.",
    ),
    "prompts.show-evidence@advanced": M(
        en="Which piece of work shows this? Explain it to me.",
        es="¿Qué trabajo lo muestra? Explícamelo.",
        ar="أي عمل يُظهر هذا؟ اشرحه لي.",
    ),
    "prompts.compare-ratings": M(
        en="Where do your ratings and mine agree? Where do they differ, and why?",
        es="¿En qué coinciden tus notas y las mías? ¿En qué son distintas y por qué?",
        ar="أين تتفق تقديراتك مع تقديراتي؟ وأين تختلف، ولماذا؟",
    ),
    "prompts.compare-ratings@beginning": M(
        en="Your score. My score. Same or different?",
        es="Tu nota. Mi nota. ¿Iguales o distintas?",
        ar="درجتك. درجتي. متشابهتان أم مختلفتان؟",
    ),
    "prompts.compare-ratings@intermediate": M(
        en="Look at your score and my score. Are they the same? Why not?",
        es="Mira tu nota y mi nota. ¿Son iguales? ¿Por qué no?",
        ar="انظر إلى درجتك ودرجتي. هل هما متشابهتان؟ لماذا لا؟",
    ),
    "prompts.compare-ratings@advanced": M(
        en="Where do our ratings agree, and why might they differ?",
        es="¿En qué coinciden nuestras notas y por qué podrían ser distintas?",
        ar="أين تتفق تقديراتنا، ولماذا قد تختلف؟",
    ),
    "prompts.work-plan": M(
        en="How do you prefer to work: alone, with a partner or in a small group? How is your plan going?",
        es="¿Cómo prefieres trabajar: por tu cuenta, con un compañero o en un grupo pequeño? ¿Cómo va tu plan?",
        ar="كيف تفضّل أن تعمل: وحدك، أم مع زميل، أم في مجموعة صغيرة؟ كيف تسير خطتك؟",
    ),
    "prompts.work-plan@beginning": M(
        en="Work alone, with a friend, or a group? Point.",
        es="¿Trabajar por tu cuenta, con un amigo o en grupo? Señala.",
        ar="تعمل وحدك، أم مع صديق، أم مع مجموعة؟ أشِر.",
    ),
    "prompts.work-plan@intermediate": M(
        en="How do you like to work? Is your plan working?",
        es="¿Cómo te gusta trabajar? ¿Te funciona tu plan?",
        ar="كيف تحب أن تعمل؟ هل خطتك ناجحة؟",
    ),
    "prompts.work-plan@advanced": M(
        en="How do you prefer to work, and how is your work plan going?",
        es="¿Cómo prefieres trabajar y cómo va tu plan de trabajo?",
        ar="كيف تفضّل أن تعمل، وكيف تسير خطة عملك؟",
    ),
    "prompts.quick-check": M(
        en="You are close to mastery on this standard. Do you want to show me with a quick check?",
        es="Ya casi dominas este estándar. ¿Quieres demostrármelo con una prueba rápida?",
        ar="اقتربت من إتقان هذا المعيار. هل تريد أن تُريني ذلك باختبار قصير؟",
    ),
    "prompts.quick-check@beginning": M(
        en="Almost there! Try a short test?",
        es="¡Ya casi! ¿Haces una prueba corta?",
        ar="أوشكت! هل تجرّب اختبارًا قصيرًا؟",
    ),
    "prompts.quick-check@intermediate": M(
        en="You are almost there. Do you want to try a quick check?",
        es="Ya casi lo tienes. ¿Quieres hacer una prueba rápida?",
        ar="أوشكت على الوصول. هل تريد أن تجرّب اختبارًا قصيرًا؟",
    ),
    "prompts.quick-check@advanced": M(
        en="You are near mastery. Would you like to try a quick check now?",
        es="Estás cerca de dominarlo. ¿Te gustaría hacer ahora una prueba rápida?",
        ar="اقتربت من الإتقان. هل تودّ أن تجرّب الآن اختبارًا قصيرًا؟",
    ),
    "prompts.collaboration": M(
        en="How did your group share the work? What was your part, and what would you change?",
        es="¿Cómo se repartió el trabajo tu grupo? ¿Qué parte hiciste tú y qué cambiarías?",
        ar="كيف تقاسمت مجموعتك العمل؟ ما دورك، وماذا ستغيّر؟",
    ),
    "prompts.collaboration@beginning": M(
        en="Your group: good or not? Your job?",
        es="Tu grupo: ¿bien o no? ¿Tu tarea?",
        ar="مجموعتك: جيدة أم لا؟ ما عملك؟",
    ),
    "prompts.collaboration@intermediate": M(
        en="How did your group work? What did you do?",
        es="¿Cómo trabajó tu grupo? ¿Qué hiciste tú?",
        ar="كيف عملت مجموعتك؟ ماذا فعلت أنت؟",
    ),
    "prompts.collaboration@advanced": M(
        en="How did your group share the work, and what was your role?",
        es="¿Cómo se repartió el trabajo tu grupo y cuál fue tu papel?",
        ar="كيف تقاسمت مجموعتك العمل، وما كان دورك؟",
    ),
    "prompts.time-on-task": M(
        en="How did you rate your time on task? What helped you stay focused?",
        es="¿Cómo valoraste tu tiempo de trabajo? ¿Qué te ayudó a concentrarte?",
        ar="كيف قيّمت وقت عملك؟ ما الذي ساعدك على التركيز؟",
    ),
    "prompts.time-on-task@beginning": M(
        en="Did you work the whole time? Point.",
        es="¿Trabajaste todo el tiempo? Señala.",
        ar="هل عملت طوال الوقت؟ أشِر.",
    ),
    "prompts.time-on-task@intermediate": M(
        en="How well did you work? What helped you?",
        es="¿Qué tal trabajaste? ¿Qué te ayudó?",
        ar="كيف كان عملك؟ ما الذي ساعدك؟",
    ),
    "prompts.time-on-task@advanced": M(
        en="How did you rate your time on task, and what helped you focus?",
        es="¿Cómo valoraste tu tiempo de trabajo y qué te ayudó a concentrarte?",
        ar="كيف قيّمت وقت عملك، وما الذي ساعدك على التركيز؟",
    ),
    "prompts.strategies-school": M(
        en="What helps you learn at school?",
        es="¿Qué te ayuda a aprender en la escuela?",
        ar="ما الذي يساعدك على التعلّم في المدرسة؟",
    ),
    "prompts.strategies-school@beginning": M(
        en="What helps you at school?",
        es="¿Qué te ayuda en la escuela?",
        ar="ما الذي يساعدك في المدرسة؟",
    ),
    "prompts.strategies-school@intermediate": M(
        en="What helps you learn in class?",
        es="¿Qué te ayuda a aprender en clase?",
        ar="ما الذي يساعدك على التعلّم في الصف؟",
    ),
    "prompts.strategies-school@advanced": M(
        en="Which strategies help you learn at school?",
        es="¿Qué estrategias te ayudan a aprender en la escuela?",
        ar="ما الطرق التي تساعدك على التعلّم في المدرسة؟",
    ),
    "prompts.questions": M(
        en="What questions do you have?",
        es="¿Qué preguntas tienes?",
        ar="ما أسئلتك؟",
    ),
    "prompts.questions@beginning": M(
        en="Questions?",
        es="¿Preguntas?",
        ar="أسئلة؟",
    ),
    "prompts.questions@intermediate": M(
        en="Do you have a question?",
        es="¿Tienes una pregunta?",
        ar="هل لديك سؤال؟",
    ),
    "prompts.questions@advanced": M(
        en="What questions do you have for us?",
        es="¿Qué preguntas tienes para nosotros?",
        ar="ما الأسئلة التي لديك لنا؟",
    ),
    # A parent asks their child; a parent's and a teacher's strengths and goal.
    "prompts.parent-proud": M(
        en="What are you most proud of? Why?",
        es="¿Qué es lo que más te enorgullece? ¿Por qué?",
        ar="ما أكثر شيء تفخر به؟ لماذا؟",
    ),
    "prompts.parent-proud@beginning": M(
        en="What is your best work?",
        es="¿Cuál es tu mejor trabajo?",
        ar="ما أفضل عمل لك؟",
    ),
    "prompts.parent-proud@intermediate": M(
        en="What work are you proud of? Why?",
        es="¿Qué trabajo te enorgullece? ¿Por qué?",
        ar="بأي عمل تفخر؟ لماذا؟",
    ),
    "prompts.parent-proud@advanced": M(
        en="Which work are you most proud of, and why?",
        es="¿Qué trabajo te enorgullece más y por qué?",
        ar="بأي عمل تفخر أكثر، ولماذا؟",
    ),
    "prompts.parent-hard": M(
        en="What has been hard for you, and what did you do about it?",
        es="¿Qué te ha resultado difícil y qué hiciste?",
        ar="ما الذي كان صعبًا عليك، وماذا فعلت حياله؟",
    ),
    "prompts.parent-hard@beginning": M(
        en="What is hard?",
        es="¿Qué es difícil?",
        ar="ما الصعب؟",
    ),
    "prompts.parent-hard@intermediate": M(
        en="What is hard for you? What did you do?",
        es="¿Qué es difícil para ti? ¿Qué hiciste?",
        ar="ما الصعب عليك؟ ماذا فعلت؟",
    ),
    "prompts.parent-hard@advanced": M(
        en="What has been difficult, and how did you handle it?",
        es="¿Qué te ha costado y cómo lo resolviste?",
        ar="ما الذي كان صعبًا، وكيف تعاملت معه؟",
    ),
    "prompts.parent-help": M(
        en="How can I help you at home?",
        es="¿Cómo te puedo ayudar en casa?",
        ar="كيف أستطيع أن أساعدك في البيت؟",
    ),
    "prompts.parent-help@beginning": M(
        en="How can I help at home?",
        es="¿Cómo te ayudo en casa?",
        ar="كيف أساعدك في البيت؟",
    ),
    "prompts.parent-help@intermediate": M(
        en="What can we do at home to help you?",
        es="¿Qué podemos hacer en casa para ayudarte?",
        ar="ماذا نستطيع أن نفعل في البيت لنساعدك؟",
    ),
    "prompts.parent-help@advanced": M(
        en="What could we do at home to help you learn?",
        es="¿Qué podríamos hacer en casa para ayudarte a aprender?",
        ar="ماذا يمكننا أن نفعل في البيت لنساعدك على التعلّم؟",
    ),
    "prompts.parent-show": M(
        en="Can you show me a piece of work you worked hard on?",
        es="¿Me enseñas un trabajo en el que te esforzaste mucho?",
        ar="هل تُريني عملًا بذلت فيه جهدًا كبيرًا؟",
    ),
    "prompts.parent-show@beginning": M(
        en="Show me your work.",
        es="Enséñame tu trabajo.",
        ar="أرِني عملك.",
    ),
    "prompts.parent-show@intermediate": M(
        en="Show me work you worked hard on.",
        es="Enséñame un trabajo en el que te esforzaste.",
        ar="أرِني عملًا اجتهدت فيه.",
    ),
    "prompts.parent-show@advanced": M(
        en="Could you show me a piece of work you worked hard on?",
        es="¿Podrías enseñarme un trabajo en el que te esforzaste mucho?",
        ar="هل يمكنك أن تُريني عملًا بذلت فيه جهدًا كبيرًا؟",
    ),
    "prompts.parent-strengths-goal": M(
        en="Strengths I see in you are ... One goal I have for you is ...",
        es="Los puntos fuertes que veo en ti son ... Una meta que tengo para ti es ...",
        ar="نقاط القوة التي أراها فيك هي ... وهدف أتمناه لك هو ...",
    ),
    "prompts.parent-strengths-goal@beginning": M(
        en="You are good at ... Goal: ...",
        es="Se te da bien ... Meta: ...",
        ar="من نقاط قوتك ... الهدف: ...",
    ),
    "prompts.parent-strengths-goal@intermediate": M(
        en="You are good at ... My goal for you is ...",
        es="Se te da bien ... Mi meta para ti es ...",
        ar="من نقاط قوتك ... هدفي لك هو ...",
    ),
    "prompts.parent-strengths-goal@advanced": M(
        en="Strengths I see are ... One goal for you is ...",
        es="Veo estos puntos fuertes: ... Una meta para ti es ...",
        ar="نقاط القوة التي أراها هي ... وهدف لك هو ...",
    ),
    "prompts.teacher-strengths-goal": M(
        en="Strengths I see in your work are ... One goal I have for you is ...",
        es="Los puntos fuertes que veo en tu trabajo son ... Una meta que tengo para ti es ...",
        ar="نقاط القوة التي أراها في عملك هي ... وهدف أضعه لك هو ...",
    ),
    "prompts.teacher-strengths-goal@beginning": M(
        en="You are good at ... Goal: ...",
        es="Se te da bien ... Meta: ...",
        ar="من نقاط قوتك ... الهدف: ...",
    ),
    "prompts.teacher-strengths-goal@intermediate": M(
        en="You are good at ... My goal for you is ...",
        es="Se te da bien ... Mi meta para ti es ...",
        ar="من نقاط قوتك ... هدفي لك هو ...",
    ),
    "prompts.teacher-strengths-goal@advanced": M(
        en="Strengths I see are ... One goal for you is ...",
        es="Veo estos puntos fuertes: ... Una meta para ti es ...",
        ar="نقاط القوة التي أراها هي ... وهدف لك هو ...",
    ),
}
