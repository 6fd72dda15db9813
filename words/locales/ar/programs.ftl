# صفحات مديري البرامج والمسؤولين: قائمة البرامج، وإعداد البرامج والدفعات، ولوحة المعلومات
# الخاصة بكل برنامج.

programs-none = لا يوجد أي برنامج بعد.
programs-programme = البرنامج
programs-trainees = المتدربون
programs-managers = المديرون
programs-new-programme = برنامج جديد
programs-name = الاسم
programs-manager = المدير
programs-later = (لاحقًا)
programs-create-programme = إنشاء البرنامج
programs-managers-note = يحتفظ المدير المُزال بحسابه ولا يعود يرى البرنامج.
programs-add-manager = إضافة المدير
programs-remove-manager = إزالة المدير
programs-archive-title = أرشفة برنامج
programs-archive-note = البرنامج المؤرشف ودفعاته للقراءة فقط، وتبقى محتسبة في لوحة المعلومات.
programs-archive = أرشفة
programs-bring-back = استعادة
programs-rename-title = إعادة تسمية برنامج
programs-new-name = الاسم الجديد
programs-rename = إعادة التسمية
programs-new-cohort = دفعة جديدة
programs-starts-on = تاريخ البدء
programs-ends-on = تاريخ الانتهاء
programs-create-cohort = إنشاء الدفعة
programs-add-instructor-title = إضافة مدرّب إلى دفعة
programs-cohort = الدفعة
programs-add-instructor = إضافة المدرّب
programs-curriculum = المنهج (إن لم تحدد شيئًا: المنهج كله)

programs-dashboard-title = لوحة المعلومات
programs-as-of = الأرقام حتى { $time } بالتوقيت العالمي (UTC).
programs-filters = عوامل التصفية
programs-country = البلد
programs-all = الكل
programs-apply = تطبيق
programs-clear = مسح
programs-headline-enrolled = { $count ->
    [zero] مسجّل
    [one] مسجّل
    [two] مسجّلان
    [few] مسجّلين
    [many] مسجّلًا
   *[other] مسجّل
}
programs-headline-active = { $count ->
    [zero] نشط خلال آخر 14 يومًا
    [one] نشط خلال آخر 14 يومًا
    [two] نشطان خلال آخر 14 يومًا
    [few] نشطين خلال آخر 14 يومًا
    [many] نشطًا خلال آخر 14 يومًا
   *[other] نشط خلال آخر 14 يومًا
}
programs-headline-completion = نسبة الإكمال
programs-headline-lab-score = متوسط درجات المختبرات
programs-csv = تنزيل بصيغة CSV
programs-weeks-title = الإكمالات في كل أسبوع
programs-completion-title = الإكمال حسب المسار والوحدة
programs-track-or-module = المسار أو الوحدة
programs-learners = المتعلمون
programs-finished = أنهوا
programs-completion = الإكمال
programs-funnel-title = قمع الوحدات
programs-labs-title = المختبرات
programs-average-score = متوسط الدرجة
programs-exports = ملفات CSV المتاحة للتصدير: { $tables }.
programs-by-cohort = حسب الدفعة
programs-by-organisation = حسب المؤسسة
programs-by-country = حسب البلد
programs-by-gender = حسب الجنس
programs-enrolled = المسجّلون
programs-active = النشطون (14 يومًا)
programs-lab-score = درجة المختبرات

programs-weeks-summary = الإكمالات في كل أسبوع من { $from } إلى { $to }: { $counts }.
programs-week-bar = { $count ->
    [zero] أسبوع { $week }: لا إكمالات
    [one] أسبوع { $week }: إكمال واحد
    [two] أسبوع { $week }: إكمالان
    [few] أسبوع { $week }: { $count } إكمالات
    [many] أسبوع { $week }: { $count } إكمالًا
   *[other] أسبوع { $week }: { $count } إكمال
}
programs-numbers = الأرقام
programs-week-starting = بداية الأسبوع
programs-completions = الإكمالات
programs-cumulative = المجموع التراكمي
programs-funnel-summary = المتعلمون الذين أنهوا كل وحدة. { $steps }
programs-funnel-bar = { $count ->
    [zero] { $module }: لم يُنهها أي متعلم
    [one] { $module }: أنهاها متعلم واحد
    [two] { $module }: أنهاها متعلمان
    [few] { $module }: أنهاها { $count } متعلمين
    [many] { $module }: أنهاها { $count } متعلمًا
   *[other] { $module }: أنهاها { $count } متعلم
}
