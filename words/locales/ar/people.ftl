# الصفحات المتعلقة بالأشخاص: دليل الحسابات وصفحة الحساب ورموز الدعوة (admin.rs)؛ حساب
# الشخص نفسه (account.rs)؛ سجل المتدرب (record.rs)؛ سجل التدقيق (audit.rs).

## دليل الحسابات

admin-find-label = البحث عن الحسابات
admin-find = بحث
admin-find-placeholder = الاسم، اسم المستخدم، المؤسسة
admin-role = الدور
admin-cohort = الدفعة
admin-any = الكل
admin-show = عرض
admin-count = { $count ->
    [zero] لا توجد حسابات · الصفحة { $page } من { $pages }
    [one] حساب واحد · الصفحة { $page } من { $pages }
    [two] حسابان · الصفحة { $page } من { $pages }
    [few] { $count } حسابات · الصفحة { $page } من { $pages }
    [many] { $count } حسابًا · الصفحة { $page } من { $pages }
   *[other] { $count } حساب · الصفحة { $page } من { $pages }
}
admin-name = الاسم
admin-last-active = آخر نشاط
admin-status = الحالة
admin-never = لم ينشط بعد
admin-active = نشط
admin-disabled = معطّل
admin-pages = الصفحات
admin-previous = → السابق
admin-next = التالي ←
admin-add-title = إضافة حساب
admin-add = إضافة الحساب

## صفحة الحساب، للمسؤولين

admin-account-title = الحساب
admin-created = تاريخ الإنشاء
admin-country = البلد
admin-none = لا شيء
admin-not-given = غير محدد
admin-temporary = كلمة مرور مؤقتة، صالحة حتى أول استخدام لها:
admin-temporary-give = سلّمها إلى الشخص على انفراد. وسيختار كلمة مروره الخاصة عند تسجيل دخوله التالي.
admin-temporary-waiting = توجد كلمة مرور مؤقتة بانتظار تغييرها.
admin-reset = إعادة تعيين كلمة المرور
admin-reset-note = تُنهي إعادة التعيين جلسات الشخص وتمنحه كلمة مرور مؤقتة تظهر هنا.
admin-access = الوصول
admin-enable = تفعيل الحساب
admin-disable = تعطيل الحساب
admin-change-role = تغيير الدور
admin-erase-title = المحو
admin-erase-note = يزيل المحو نهائيًا اسم الشخص واسم المستخدم الخاص به وبريده الإلكتروني وإجاباته المكتوبة. وتبقى درجاته ضمن أرقام البرنامج، دون اسم.
admin-erase-confirm = لديّ طلب من الشخص بمحو حسابه
admin-erase = محو الحساب

## رموز الدعوة

admin-invites-title = رموز الدعوة
admin-invites-intro-opens = يفتح المتدرب الصفحة
admin-invites-intro-types = ويكتب الرمز لإنشاء حساب في الدفعة.
admin-invites-trainees = { $count ->
    [zero] لا يوجد متدربون
    [one] متدرب واحد
    [two] متدربان
    [few] { $count } متدربين
    [many] { $count } متدربًا
   *[other] { $count } متدرب
}
admin-invites-usage = استُخدم { $uses } من { $max } · صالح حتى { $day }
admin-invites-revoke = إلغاء
admin-invites-days = مدة الصلاحية (بالأيام)
admin-invites-uses = عدد الاستخدامات
admin-invites-new = رمز دعوة جديد

## حساب الشخص نفسه

account-title = حسابك
account-signed-in-as = مسجّل الدخول باسم { $username } · { $role }
account-saved-password = حُفظت كلمة مرورك الجديدة، وسُجّل خروجك من جلساتك الأخرى.
account-saved-details = حُفظت بياناتك.
account-reset = أعاد مدرّبك أو أحد المسؤولين تعيين كلمة مرورك. اختر كلمة مرور جديدة للمتابعة.
account-password-title = تغيير كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = { $count ->
    [zero] كلمة المرور الجديدة ({ $count } حرف على الأقل؛ من السهل تذكّر جملة قصيرة)
    [one] كلمة المرور الجديدة (حرف واحد على الأقل؛ من السهل تذكّر جملة قصيرة)
    [two] كلمة المرور الجديدة (حرفان على الأقل؛ من السهل تذكّر جملة قصيرة)
    [few] كلمة المرور الجديدة ({ $count } أحرف على الأقل؛ من السهل تذكّر جملة قصيرة)
    [many] كلمة المرور الجديدة ({ $count } حرفًا على الأقل؛ من السهل تذكّر جملة قصيرة)
   *[other] كلمة المرور الجديدة ({ $count } حرف على الأقل؛ من السهل تذكّر جملة قصيرة)
}
account-change-password = تغيير كلمة المرور
account-password-note = يؤدي تغيير كلمة مرورك إلى تسجيل خروجك من كل الأماكن الأخرى.
account-details = بياناتك
account-language = لغة الصفحات
account-language-browser = (لغة المتصفح)
account-save = حفظ بياناتك
account-record-link = سجلّك وكل بياناتك

## سجل المتدرب

record-title = سجلّك
record-intro = كل ما يحتفظ به Kujenga عنك:
record-json = نزّله بصيغة JSON
record-or = أو
record-csv = كجدول بيانات (CSV)
record-name = الاسم
record-country = البلد
record-none = لا شيء
record-not-given = غير محدد
record-finished = { $count ->
    [zero] المُنجز: { $done } من { $count } من الدروس والمختبرات
    [one] المُنجز: { $done } من درس أو مختبر واحد
    [two] المُنجز: { $done } من { $count } من الدروس والمختبرات
    [few] المُنجز: { $done } من { $count } دروس ومختبرات
    [many] المُنجز: { $done } من { $count } درسًا ومختبرًا
   *[other] المُنجز: { $done } من { $count } من الدروس والمختبرات
}
record-item = الدرس أو المختبر
record-finished-on = تاريخ الإنجاز
record-score = الدرجة
record-reviews = مراجعات إجاباتك المكتوبة
record-none-yet = لا توجد بعد.
record-state-pending = بانتظار مدرّبك
record-state-accepted = مقبولة
record-state-returned = أُعيدت إليك
record-review = { $item } ({ $question }): { $state }
record-review-comment = { $item } ({ $question }): { $state }: «{ $comment }»
record-answers = إجاباتك
record-when = التاريخ (UTC)
record-question = السؤال
record-answer = الإجابة
record-result = النتيجة
record-verdict-correct = صحيحة
record-verdict-wrong = خاطئة
record-verdict-review = قيد المراجعة

## سجل التدقيق

audit-title = سجل التدقيق
audit-whole = السجل كاملًا.
audit-part = جزء السجل الخاص ببرامجك.
audit-never-written = لا تُدوَّن فيه أبدًا كلمات المرور ولا الرموز ولا مفاتيح الإجابات.
audit-filter = تصفية السجل
audit-who = مَن
audit-who-placeholder = اسم المستخدم
audit-what = الإجراء
audit-anything = أي إجراء
audit-from = من
audit-to = إلى
audit-show = عرض
audit-count = { $count ->
    [zero] لا توجد صفوف · الصفحة { $page } من { $pages }
    [one] صف واحد · الصفحة { $page } من { $pages }
    [two] صفّان · الصفحة { $page } من { $pages }
    [few] { $count } صفوف · الصفحة { $page } من { $pages }
    [many] { $count } صفًا · الصفحة { $page } من { $pages }
   *[other] { $count } صف · الصفحة { $page } من { $pages }
}
audit-csv = تنزيل بصيغة CSV
audit-when = التاريخ (UTC)
audit-object = الهدف
audit-change = التغيير
audit-pages = الصفحات
audit-newer = → الأحدث
audit-older = الأقدم ←
