# الكلمات التي يصادفها كل زائر ومتعلم: الترويسة والتذييل، وتسجيل الدخول والانضمام،
# والفهرس، والمسارات، والوحدات، والدروس، والمختبرات، والمسرد.

brand-tagline = Kujenga — تدريب مفتوح لبناء القدرات الوطنية في الأمن السيبراني
nav-account = الحساب
nav-catalog = الفهرس
nav-cohorts = الدفعات
nav-reviews = المراجعات
nav-invites = الدعوات
nav-programmes = البرامج
nav-accounts = الحسابات
nav-audit = سجل التدقيق
nav-record = سجلّي
nav-language = اللغة
nav-breadcrumb = مسار التنقل
nav-pager = السابق والتالي
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
role-trainee = متدرب
role-instructor = مدرّب
role-manager = مدير البرنامج
role-admin = مسؤول

sign-in-title = تسجيل الدخول
field-username = اسم المستخدم
field-password = كلمة المرور
sign-in-new-trainee = متدرب جديد ولديك رمز دعوة؟
sign-in-create-account = أنشئ حسابك

join-title = الانضمام إلى دفعة
join-intro = يعطيك مدربك رمز دعوة يضيف حسابك الجديد إلى دفعته.
field-invite-code = رمز الدعوة
field-your-name = اسمك
field-new-password = كلمة المرور ({ $count } حرفًا على الأقل)
join-create = إنشاء الحساب
profile-legend = عن عملك (اختياري: يستخدم برنامجك هذه البيانات في تقاريره دون ذكر الأسماء أبدًا)
field-email = البريد الإلكتروني
field-organisation = المؤسسة
field-country = البلد (رمز من حرفين، مثل KE أو GH أو LK)
field-job = طبيعة عملك
field-gender = الجنس
not-given = (غير محدد)

not-found-title = الصفحة غير موجودة
not-found-go = الانتقال إلى الفهرس

catalog-title = الفهرس
catalog-start-here = ابدأ من هنا: { $title }
catalog-continue = تابع من حيث توقفت: { $title }
catalog-intro = ثلاثة مسارات لفرق الأمن السيبراني الوطنية وأفراد الشرطة وأعضاء النيابة العامة والقضاة ومحللي الأدلة الجنائية الرقمية.
catalog-sign-in-to-record = لحفظ تقدمك والعمل على المختبرات.
catalog-your-cohort = منهج دفعتك
catalog-also = أيضًا في Kujenga
track-modules = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدة
   *[other] { $count } وحدة
}
progress-done = أُنجز { $done } من { $total } ({ $percent }%)

track-title = المسار
track-glossary-link = مسرد هذا المسار
module-title = الوحدة
kind-lesson = درس
kind-lab = مختبر
item-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
item-done = ✓ مكتمل
item-opens = يُتاح في { $day }
item-after = بعد { $titles }
trainer-notes = ملاحظات للمدربين
trainer-notes-who = تظهر للمدربين والمسؤولين فقط.
glossary-title = المسرد
glossary-of = المسرد: { $title }

item-about-minutes = { $count ->
    [zero] حوالي { $count } دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $count } دقائق
    [many] حوالي { $count } دقيقة
   *[other] حوالي { $count } دقيقة
}
item-objectives = ما ستتمكن من القيام به
item-sources = المصادر
item-sign-in-to-record = لحفظ تقدمك.
item-score = النتيجة: { $score }
item-finished = مكتمل ✓
item-next = التالي:
item-files = ملفاتك
item-files-yours = أُنشئت هذه الملفات لك خصيصًا، ولدى المتعلمين الآخرين ملفات مختلفة. تحقق من كل ملف تنزّله بمطابقته مع بصمة SHA-256 الخاصة به.
item-file-bytes = { $count ->
    [zero] { $count } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $count } بايتات
    [many] { $count } بايت
   *[other] { $count } بايت
}
item-sign-in-for-files = للحصول على ملفاتك الخاصة بهذا المختبر.
item-questions-lab = الأسئلة
item-questions-lesson = اختبر فهمك
item-sign-in-to-answer = للإجابة.
lock-opens-on = تُفتح هذه الوحدة لدفعتك في { $day }. يمكنك قراءتها الآن، أما الإجابات فتُحتسب اعتبارًا من ذلك اليوم.
lock-finish-first = أكمل هذه أولًا:
lock-waiver = يمكن لمدربك أيضًا أن يسمح لك بدراستها الآن.
translation-missing = لم تُترجم هذه الصفحة إلى لغتك بعد، وإليك نسختها الإنجليزية.
translation-outdated = تستند هذه الترجمة إلى نسخة سابقة من الصفحة الإنجليزية.
glossary-source = المصدر: { $source }
