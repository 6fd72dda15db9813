# تمارين المحاكاة على الطاولة (لوحة تحكم الميسِّر، وصفحة الفريق، وتقرير ما بعد التمرين)
# والامتحانات المحددة المدة. الأوقات بتوقيت UTC.

field-exam = الامتحان
field-opens = وقت الفتح
field-closes = وقت الإغلاق
field-run = جلسة التمرين
field-inject = المُحفِّز
field-team = الفريق
field-points = النقاط
field-note = الملاحظة
missing-exam = الامتحان المحدد المدة `{ $id }`
missing-exercise = التمرين `{ $id }`
missing-run = جلسة التمرين { $id }
missing-team = الفريق { $id }
missing-inject = المُحفِّز `{ $id }`
missing-answer = الإجابة { $id }
invalid-exam-not-open = هذا الامتحان غير مفتوح لدفعتك الآن؛ اسأل مدرّبك متى يُفتح
invalid-exam-not-started = ابدأ الامتحان أولًا: يبدأ توقيته عندما تضغط «بدء الامتحان»
invalid-exam-over = انتهى وقت هذا الامتحان في { $time } (UTC)؛ لا تُحتسب الإجابات المرسلة بعد ذلك
invalid-window-order = يجب أن يكون وقت الإغلاق بعد وقت الفتح
invalid-team-taken = في هذه الجلسة فريق اسمه «{ $name }» بالفعل؛ اختر اسمًا آخر
invalid-team-name = أعطِ الفريق اسمًا من 1 إلى 60 حرفًا
invalid-run-closed = هذا التمرين مغلق؛ لا يمكن تغيير أي شيء فيه الآن
invalid-run-state = حالة التمرين لا تسمح بهذا الإجراء؛ أعد تحميل لوحة التحكم
invalid-run-not-started = لم يبدأ التمرين بعد
invalid-nothing-to-release = نُشر هذا المُحفِّز من قبل، أو لم يبقَ أي مُحفِّز للنشر
invalid-exercise-role = هذا الدور ليس من أدوار التمرين
invalid-score-checked = تُقيَّم يدويًا إجابات النص الحر فقط؛ أما الإجابات الأخرى فتُصحَّح وتُقيَّم تلقائيًا
invalid-points = أعطِ عددًا من النقاط بين 0 و{ $count }، نقطة واحدة لكل معيار من معايير سلّم التقييم تستوفيه الإجابة
invalid-note = اكتب ملاحظة من 1 إلى 2000 حرف
invalid-answer-empty = اكتب إجابة الفريق أولًا
csv-team = الفريق
csv-inject = المُحفِّز
csv-released = وقت النشر (UTC)
csv-author = المُرسِل
csv-answered = وقت الإرسال (UTC)
csv-minutes-after = الدقائق بعد النشر
csv-correct = صحيحة
csv-points = النقاط
csv-yes = نعم
csv-no = لا

nav-exercises = التمارين
exercises-title = التمارين والامتحانات
exercises-runs = جلسات التمارين
exercises-no-runs = لم يُجرَ أي تمرين مع هذه الدفعة بعد.
exercises-new = إجراء تمرين
exercises-exercise = التمرين
exercises-offer = { $title } ({ $track }، المدة بالدقائق: { $minutes }، عدد المُحفِّزات: { $injects })
exercises-create = إنشاء الجلسة
exercises-console = لوحة التحكم
exercises-report = تقرير ما بعد التمرين
exercises-exams = الامتحانات المحددة المدة
exercises-no-exams = لا يتضمن المنهج أي امتحان محدد المدة.
exercises-window = مفتوح من { $opens } إلى { $closes }.
exercises-no-window = غير مفتوح لهذه الدفعة.
exercises-limit = { $minutes ->
    [zero] { $minutes } دقيقة لكل محاولة
    [one] دقيقة واحدة لكل محاولة
    [two] دقيقتان لكل محاولة
    [few] { $minutes } دقائق لكل محاولة
    [many] { $minutes } دقيقة لكل محاولة
   *[other] { $minutes } دقيقة لكل محاولة
}
exercises-opens = وقت الفتح (UTC)
exercises-closes = وقت الإغلاق (UTC)
exercises-set-window = تحديد فترة الفتح
run-ready = تشكيل الفرق
run-running = جارٍ
run-paused = متوقف مؤقتًا
run-closed = مغلق
console-title = لوحة تحكم الميسِّر
console-clock = { $state } · الدقيقة { $minutes } من { $planned }
console-start = بدء
console-pause = إيقاف مؤقت
console-resume = استئناف
console-release-next = نشر المُحفِّز التالي الآن
console-close = إغلاق التمرين
console-release = نشر الآن
console-hold = حجب
console-teams = الفرق
console-no-teams = لا يوجد فريق بعد: شكّل فريقًا واحدًا على الأقل قبل البدء.
console-team-name = اسم الفريق
console-add-team = تشكيل الفريق
console-trainee = المتدرب
console-role = الدور
console-no-role = (بلا دور)
console-assign = إضافة إلى الفريق
console-timeline = التسلسل الزمني
console-at = الدقيقة { $minute }
console-released = نُشر في { $time }
console-released-by-hand = نُشر يدويًا في { $time }
console-held = محجوب: لا يُنشر إلا عندما تنشره أنت
console-due = موعده الدقيقة { $minute }
console-expected = الإجراءات المتوقعة
console-sources = المصادر
console-rubric = سلّم التقييم (نقطة واحدة لكل معيار)
console-no-answer = لا توجد إجابة بعد.
console-score = النقاط
console-save-score = حفظ التقييم
console-right = صحيحة
console-wrong = خاطئة
console-unscored = لم تُقيَّم بعد
console-answer-by = { $author }، { $time }
console-after = { $minutes ->
    [zero] بعد { $minutes } دقيقة من النشر
    [one] بعد دقيقة واحدة من النشر
    [two] بعد دقيقتين من النشر
    [few] بعد { $minutes } دقائق من النشر
    [many] بعد { $minutes } دقيقة من النشر
   *[other] بعد { $minutes } دقيقة من النشر
}
console-notes = الملاحظات
console-note-on = بشأن
console-whole-run = التمرين بأكمله
console-add-note = إضافة الملاحظة
console-scenario = السيناريو
console-debrief = دليل جلسة استخلاص الدروس
console-reload = أعد تحميل الصفحة لترى أحدث إجابات الفرق.
team-title = التمرين
team-yours = فريقك: { $team }
team-roles = الأدوار
team-members = الأعضاء
team-waiting = لا يوجد مُحفِّز بعد. تظهر المُحفِّزات الجديدة في هذه الصفحة: أعد تحميلها لتراها.
team-news = وصلت مُحفِّزات جديدة.
team-show = عرضها
team-files = ملفات فريقك
team-send = إرسال إجابة الفريق
team-answered = إجابة فريقك ({ $author }، { $time }):
team-ready = لم يبدأ التمرين بعد.
team-paused = أوقف الميسِّر التمرين مؤقتًا.
team-closed = التمرين مغلق. يدير ميسِّرك جلسة استخلاص الدروس.
team-none = لست عضوًا في فريق أي تمرين.
team-list = تمارينك
report-title = تقرير ما بعد التمرين
report-print = اطبع هذه الصفحة، أو نزّل الإجابات في جدول بيانات:
report-csv = CSV
report-started = بدأ في { $time }
report-closed = أُغلق في { $time }
report-scores = النتائج
report-score = { $team }: النقاط { $score } من { $most }
report-responses = الإجابات
exam-timed = { $minutes ->
    [zero] امتحان محدد المدة: { $minutes } دقيقة. يبدأ توقيتك عندما تضغط «بدء الامتحان»؛ لا يمكن إيقافه مؤقتًا ولا إعادة تشغيله، ويمكن إرسال كل إجابة مرة واحدة فقط.
    [one] امتحان محدد المدة: دقيقة واحدة. يبدأ توقيتك عندما تضغط «بدء الامتحان»؛ لا يمكن إيقافه مؤقتًا ولا إعادة تشغيله، ويمكن إرسال كل إجابة مرة واحدة فقط.
    [two] امتحان محدد المدة: دقيقتان. يبدأ توقيتك عندما تضغط «بدء الامتحان»؛ لا يمكن إيقافه مؤقتًا ولا إعادة تشغيله، ويمكن إرسال كل إجابة مرة واحدة فقط.
    [few] امتحان محدد المدة: { $minutes } دقائق. يبدأ توقيتك عندما تضغط «بدء الامتحان»؛ لا يمكن إيقافه مؤقتًا ولا إعادة تشغيله، ويمكن إرسال كل إجابة مرة واحدة فقط.
    [many] امتحان محدد المدة: { $minutes } دقيقة. يبدأ توقيتك عندما تضغط «بدء الامتحان»؛ لا يمكن إيقافه مؤقتًا ولا إعادة تشغيله، ويمكن إرسال كل إجابة مرة واحدة فقط.
   *[other] امتحان محدد المدة: { $minutes } دقيقة. يبدأ توقيتك عندما تضغط «بدء الامتحان»؛ لا يمكن إيقافه مؤقتًا ولا إعادة تشغيله، ويمكن إرسال كل إجابة مرة واحدة فقط.
}
exam-start = بدء الامتحان
exam-open-until = مفتوح حتى { $time }.
exam-not-open = هذا الامتحان غير مفتوح لدفعتك الآن.
exam-opens-at = يُفتح في { $time }.
exam-running = { $minutes ->
    [zero] تُقبل الإجابات حتى { $time }: لم تبقَ أي دقيقة.
    [one] تُقبل الإجابات حتى { $time }: بقيت دقيقة واحدة.
    [two] تُقبل الإجابات حتى { $time }: بقيت دقيقتان.
    [few] تُقبل الإجابات حتى { $time }: بقيت { $minutes } دقائق.
    [many] تُقبل الإجابات حتى { $time }: بقيت { $minutes } دقيقة.
   *[other] تُقبل الإجابات حتى { $time }: بقيت { $minutes } دقيقة.
}
exam-over = انتهى وقت هذا الامتحان في { $time }. تظهر الشروح بعد انتهاء فترة فتح الامتحان.
