# صفحات المدرّبين والمديرين: قائمة الدفعات، وصفحة الدفعة (جدول المتدربين، والأعضاء، والجدول
# الزمني، والاستيراد، والإعدادات، والأرشفة)، وسجل المتدرب، وقائمة المراجعة.

cohorts-trainees = { $count ->
    [zero] لا متدربين
    [one] متدرب واحد
    [two] متدربان
    [few] { $count } متدربين
    [many] { $count } متدربًا
   *[other] { $count } متدرب
}

cohorts-settings = إعدادات الدفعة
cohorts-name = الاسم
cohorts-starts-on = تاريخ البدء
cohorts-ends-on = تاريخ الانتهاء
cohorts-save-settings = حفظ الإعدادات

cohorts-dates-range = من { $start } إلى { $end }
cohorts-dates-from = ابتداءً من { $start }
cohorts-dates-until = حتى { $end }
cohorts-dates-none = لم تُحدَّد تواريخ
cohorts-whole-curriculum = المنهج بأكمله
cohorts-none = لا يوجد
cohorts-about = البرنامج: { $programme } · { $dates } · تتبع { $content } · المدرّبون: { $instructors }

cohorts-cohort-title = الدفعة
cohorts-previous = → السابق
cohorts-next = التالي ←
cohorts-pages = الصفحات
cohorts-archived-note = هذه الدفعة مؤرشفة: إنها للقراءة فقط، ولا تزال محتسبة في أرقام برنامجها.
cohorts-sort-filter = الترتيب والتصفية
cohorts-find = بحث
cohorts-find-placeholder = الاسم، المؤسسة، البلد
cohorts-sort = ترتيب
cohorts-by-name = حسب الاسم
cohorts-by-progress = حسب التقدم
cohorts-by-activity = حسب آخر نشاط
cohorts-module = الوحدة
cohorts-all-modules = كل الوحدات
cohorts-show = عرض
cohorts-page-of = الصفحة { $page } من { $pages }
cohorts-download-csv = تنزيل الجدول بصيغة CSV
cohorts-col-trainee = المتدرب
cohorts-col-done = المنجز
cohorts-column-lesson = الدرس { $number }: { $title }
cohorts-column-lab = المختبر { $number }: { $title }
cohorts-invite-codes = رموز الدعوة لهذه الدفعة

cohorts-enrol-title = إضافة متدرب لديه حساب
cohorts-enrol-add = إضافة إلى هذه الدفعة

cohorts-withdrawn-title = المنسحبون
cohorts-withdrawn-note = يبقى عملهم محفوظًا، ولم يعودوا محتسبين ضمن المسجلين.
cohorts-withdrawn-on = { $name } ({ $username })، تاريخ الانسحاب { $day }
cohorts-enrol-again = إعادة التسجيل

cohorts-schedule-title = الجدول الزمني
cohorts-schedule-note = تُفتح الوحدة التي لها تاريخ لمتدربي هذه الدفعة في ذلك اليوم، والوحدة التي بلا تاريخ مفتوحة منذ البداية.
cohorts-opens-on = تاريخ الفتح
cohorts-module-opens-on = تاريخ فتح { $module }
cohorts-save = حفظ

cohorts-archive-title = الأرشفة
cohorts-archive-note = الدفعة المؤرشفة للقراءة فقط: لا تغييرات ولا دعوات ولا استيراد. يواصل متدربوها التعلم، وتبقى أرقامها في لوحة معلومات البرنامج.
cohorts-archive = أرشفة الدفعة
cohorts-unarchive = إعادة تفعيل الدفعة

cohorts-import-title = استيراد المتدربين من ملف CSV
cohorts-import-preview = معاينة: { $rows }، { $problems }
cohorts-import-rows = { $count ->
    [zero] لا صفوف جاهزة
    [one] صف واحد جاهز
    [two] صفان جاهزان
    [few] { $count } صفوف جاهزة
    [many] { $count } صفًا جاهزًا
   *[other] { $count } صف جاهز
}
cohorts-import-problems = { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلةً
   *[other] { $count } مشكلة
}
cohorts-import-blocked = لا يُستورد شيء ما دامت في أي صف مشكلة. أصلح الملف ثم عاينه مرة أخرى.
cohorts-line = السطر
cohorts-country = البلد
cohorts-job = الوظيفة
cohorts-import-passwords-note = يُنشئ الاستيراد الحسابات ويُنزّل ملفًا بكلمات مرورها الأولى. أعطِ كل متدرب كلمة مروره: لا تُحفظ كلمات المرور ولا تُعرض في أي مكان آخر.
cohorts-import-button = { $count ->
    [zero] لا يوجد متدربون للاستيراد
    [one] استيراد متدرب واحد وتنزيل كلمة مروره
    [two] استيراد متدربَين وتنزيل كلمتي مرورهما
    [few] استيراد { $count } متدربين وتنزيل كلمات مرورهم
    [many] استيراد { $count } متدربًا وتنزيل كلمات مرورهم
   *[other] استيراد { $count } متدرب وتنزيل كلمات مرورهم
}
cohorts-cancel = إلغاء
cohorts-import-help = الصق محتوى الملف. يسمّي سطره الأول الأعمدة: name, username, email, organisation, country, role, gender (العمود name، والعمود username أو email، إلزامية؛ وcountry رمز من حرفين مثل KE).
cohorts-csv = CSV
cohorts-preview = معاينة

cohorts-trainee-title = المتدرب
cohorts-not-given = غير مذكور
cohorts-temporary-password = كلمة مرور مؤقتة، صالحة حتى أول استخدام:
cohorts-temporary-password-give = أعطها للمتدرب على انفراد؛ وسيختار كلمة مروره عند تسجيل دخوله التالي.
cohorts-manage = الإدارة
cohorts-reset-password = إعادة تعيين كلمة المرور
cohorts-move-to = النقل إلى
cohorts-move = نقل
cohorts-withdraw = سحب من الدفعة
cohorts-withdraw-note = يبقى عمل المتدرب المنسحب محفوظًا، ولم يعد محتسبًا ضمن المسجلين.
cohorts-last-active = آخر نشاط
cohorts-never = أبدًا
cohorts-progress = التقدم
cohorts-lesson-or-lab = الدرس أو المختبر
cohorts-finished = تاريخ الإنجاز
cohorts-score = الدرجة
cohorts-prerequisites = المتطلبات السابقة
cohorts-waive = السماح له بالبدء الآن
cohorts-not-done-yet = لم تُنجز بعد
cohorts-submissions = الإجابات المرسلة
cohorts-when-utc = الوقت (UTC)
cohorts-question = السؤال
cohorts-answer = الإجابة
cohorts-verdict = النتيجة
cohorts-verdict-correct = صحيحة
cohorts-verdict-wrong = خاطئة
cohorts-verdict-review = قيد المراجعة

reviews-title = إجابات للمراجعة
reviews-empty = لا شيء بانتظار المراجعة.
reviews-sent = أُرسلت في { $when } UTC
reviews-comment = تعليق للمتدرب
reviews-accept = قبول
reviews-return = إعادة مع تعليق
