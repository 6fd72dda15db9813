# كلمات بطاقة السؤال (أسئلة اختبار الفهم في الدروس وأسئلة المختبرات).

question-points = { $count ->
    [zero] { $count } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
question-score = { $earned }، والحد الأقصى { $total }
question-score-so-far = النتيجة حتى الآن: { $score }
question-attempts-left = { $count ->
    [zero] لم تتبقَّ أي محاولة
    [one] تبقّت محاولة واحدة
    [two] تبقّت محاولتان
    [few] تبقّت { $count } محاولات
    [many] تبقّت { $count } محاولة
   *[other] تبقّت { $count } محاولة
}
question-correct = ✓ إجابة صحيحة: { $earned }، والحد الأقصى { $total }.
question-no-attempts = ✗ استنفدت جميع المحاولات.
question-sent-for-review = أُرسلت إجابتك إلى مدربك لمراجعتها.
question-not-yet = ✗ الإجابة غير صحيحة بعد. حاول مرة أخرى.
question-hint = تلميح:
question-given = إجابتك:
question-instructor = مدربك:
question-field = إجابتك
question-field-with-form = إجابتك ({ $form })
question-check = التحقق من الإجابة
question-take-hint = عرض تلميح (التكلفة: { $cost })
form-number = عدد
form-order = أحرف بالترتيب، مثلًا C, A, B
form-ip = عنوان IP، أو شبكة مثل 198.51.100.0/24
form-hash = بصمة بالنظام الست عشري
form-timestamp = وقت بتوقيت UTC، بالصيغة YYYY-MM-DD HH:MM:SS
form-date = تاريخ، بالصيغة YYYY-MM-DD
form-article = مادة، مثلًا Art 18(1)(b)
form-articles = مواد مفصولة بفواصل، مثلًا Art 2, Art 11
form-multi = كل الإجابات التي تنطبق
form-review = بكلماتك الخاصة؛ يراجعها أحد المدرّبين
form-text = نص
complete-mark = التحديد كمكتمل
complete-done = ✓ مكتمل
