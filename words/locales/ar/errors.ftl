# ما يقوله الخادم حين يرفض طلبًا: كل رسالة تبيّن ما ينبغي فعله. `{ $field }` هو أحد
# أسماء field-* أدناه، كما يظهر في النموذج.

error-sign-in-required = يُرجى تسجيل الدخول أولًا.
error-password-change-required = أُعيد تعيين كلمة مرورك: اختر كلمة مرور جديدة في صفحة حسابك أولًا.
error-forbidden = لا يملك حسابك صلاحية القيام بهذا.
error-not-found = غير موجود: { $what }.
error-invalid = { $field }: { $message }
error-wrong-credentials = اسم المستخدم أو كلمة المرور غير صحيحة.
error-too-many-attempts = { $count ->
    [zero] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $count } ثانية.
    [one] محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.
    [two] محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.
    [few] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $count } ثوانٍ.
    [many] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $count } ثانية.
   *[other] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $count } ثانية.
}
error-busy = { $count ->
    [zero] الخادم مشغول. يُرجى المحاولة مرة أخرى بعد { $count } ثانية.
    [one] الخادم مشغول. يُرجى المحاولة مرة أخرى بعد ثانية واحدة.
    [two] الخادم مشغول. يُرجى المحاولة مرة أخرى بعد ثانيتين.
    [few] الخادم مشغول. يُرجى المحاولة مرة أخرى بعد { $count } ثوانٍ.
    [many] الخادم مشغول. يُرجى المحاولة مرة أخرى بعد { $count } ثانية.
   *[other] الخادم مشغول. يُرجى المحاولة مرة أخرى بعد { $count } ثانية.
}
error-internal = حدث خطأ ما في الخادم. يُرجى المحاولة مرة أخرى.
error-request = تعذّرت قراءة النموذج: { $message }
error-shown = { $message }

field-account = الحساب
field-action = الإجراء
field-answer = الإجابة
field-backup = النسخة الاحتياطية
field-code = رمز الدعوة
field-cohort = الدفعة
field-comment = التعليق
field-confirm = التأكيد
field-content = المحتوى
field-copy-db = النسخ
field-country-code = البلد
field-csv = ملف CSV
field-current-password = كلمة المرور الحالية
field-database-url = عنوان قاعدة البيانات (URL)
field-days = عدد الأيام
field-decision = القرار
field-display-name = الاسم المعروض
field-ends-on = تاريخ الانتهاء
field-from = من
field-hint = التلميح
field-id = الدرس
field-instructor = المدرّب
field-item = الدرس أو المختبر
field-language = اللغة
field-manager = المدير
field-max-uses = عدد الاستخدامات
field-module = الوحدة
field-name = الاسم
field-chosen-password = كلمة المرور الجديدة
field-opens-on = تاريخ الفتح
field-program = البرنامج
field-role = الدور
field-starts-on = تاريخ البدء
field-to = إلى

missing-account = الحساب { $name }
missing-cohort = الدفعة { $id }
missing-export = ملف التصدير `{ $name }`؛ ملفات التصدير المتاحة هي { $list }
missing-file = الملف `{ $name }`
missing-lab = المختبر `{ $id }`
missing-lab-files = ملفات `{ $id }`
missing-lesson = الدرس `{ $id }`
missing-module = الوحدة `{ $id }`
missing-programme = البرنامج { $id }
missing-question = السؤال `{ $id }`
missing-trainee = المتدرب { $id } في هذه الدفعة
missing-track = المسار `{ $id }`

invalid-lab-completion = يُنجَز المختبر بالإجابة عن أسئلته
invalid-answer-too-long = اجعل الإجابة أقل من 4000 حرف
invalid-already-solved = لقد حللت هذا السؤال من قبل
invalid-no-attempts = لم تتبقَّ أي محاولة لهذا السؤال
invalid-hint-closed = هذا السؤال مغلق: لا تفيد التلميحات إلا ما دام بإمكانك الإجابة
invalid-no-other-hint = لا يوجد تلميح آخر لهذا السؤال
invalid-return-needs-comment = اذكر ما ينبغي للمتدرب تحسينه قبل إعادة الإجابة إليه
invalid-comment-too-long = اجعل التعليق أقل من 2000 حرف
invalid-not-awaiting-review = هذه الإجابة ليست بانتظار المراجعة (ربما راجعها شخص آخر بالفعل)
invalid-not-cohort-module = `{ $id }` ليست من الوحدات التي تتبعها هذه الدفعة
invalid-no-such-account = لا يوجد حساب باسم `{ $name }`
invalid-not-trainee-account = `{ $name }` ليس حساب متدرب؛ ينضم المدرّبون إلى الدفعة من خلال إعداداتها
invalid-in-cohort-already = `{ $name }` موجود في هذه الدفعة بالفعل
invalid-archived-target = تلك الدفعة مؤرشفة؛ اختر دفعة مفتوحة
invalid-same-programme = اختر دفعة أخرى من البرنامج نفسه
invalid-not-cohort-item = `{ $id }` ليس ضمن منهج هذه الدفعة
invalid-unknown-action = `{ $name }` ليس من إجراءات السجل
invalid-invite-unusable = رمز الدعوة هذا غير صالح، أو انتهت صلاحيته، أو استُنفدت مرات استخدامه؛ اطلب من مدرّبك رمزًا جديدًا
invalid-username-taken = `{ $name }` مستخدم بالفعل؛ اختر اسمًا آخر
invalid-database-url = `{ $name }:` ليست قاعدة بيانات يعمل عليها Kujenga: استخدم sqlite://FILE أو postgres://...
invalid-backup-postgres = على PostgreSQL، أنشئ النسخة الاحتياطية باستخدام `pg_dump --format=custom` (راجع ملف README)
invalid-programme-name-taken = يوجد بالفعل برنامج باسم `{ $name }`
invalid-cohort-name-taken = توجد بالفعل دفعة باسم `{ $name }`
invalid-invite-days = تكون الدعوة صالحة لمدة تتراوح من 1 إلى 365 يومًا
invalid-invite-uses = اسمح بعدد استخدامات يتراوح من 1 إلى 1000
invalid-no-such-invite = لا يوجد رمز دعوة كهذا
invalid-invite-revoked = أُلغي هذا الرمز من قبل
invalid-retention-days = احتفظ بالسجلات لمدة 30 يومًا على الأقل
invalid-cohort-archived = هذه الدفعة مؤرشفة وللقراءة فقط؛ يمكن لأحد المسؤولين إعادة تفعيلها
invalid-opens-on = تُفتح هذه الوحدة لدفعتك في { $day }
invalid-prerequisites = أكمل { $titles } أولًا
invalid-username-length = استخدم من 3 إلى 40 حرفًا
invalid-username-characters = استخدم فقط الحروف a-z والأرقام والنقاط والشرطات والشرطات السفلية
invalid-display-name = اكتب اسمًا من 1 إلى 80 حرفًا
invalid-email = `{ $name }` ليس عنوان بريد إلكتروني
invalid-organisation = استخدم 120 حرفًا على الأكثر
invalid-country = `{ $name }` ليس رمز بلد من حرفين؛ استخدم رموز ISO 3166 مثل KE أو GH أو LK
invalid-job = `{ $name }` ليس واحدًا مما يلي: { $list }
invalid-gender = `{ $name }` ليس واحدًا مما يلي: female أو male أو other، أو خانة فارغة
invalid-password-short = { $count ->
    [zero] استخدم { $count } حرف على الأقل (يسهل تذكّر جملة قصيرة)
    [one] استخدم حرفًا واحدًا على الأقل (يسهل تذكّر جملة قصيرة)
    [two] استخدم حرفين على الأقل (يسهل تذكّر جملة قصيرة)
    [few] استخدم { $count } أحرف على الأقل (يسهل تذكّر جملة قصيرة)
    [many] استخدم { $count } حرفًا على الأقل (يسهل تذكّر جملة قصيرة)
   *[other] استخدم { $count } حرف على الأقل (يسهل تذكّر جملة قصيرة)
}
invalid-password-long = { $count ->
    [zero] استخدم { $count } حرف على الأكثر
    [one] استخدم حرفًا واحدًا على الأكثر
    [two] استخدم حرفين على الأكثر
    [few] استخدم { $count } أحرف على الأكثر
    [many] استخدم { $count } حرفًا على الأكثر
   *[other] استخدم { $count } حرف على الأكثر
}
invalid-password-guessable = يسهل تخمين كلمة المرور هذه. { $advice }
invalid-password-guessable-why = أضف كلمة أو كلمتين لا يتوقعهما الآخرون.
invalid-csv-quote = السطر { $line }: حقل بين علامتي تنصيص لم يُغلق؛ أضف علامة " الختامية
invalid-csv-empty = الملف فارغ؛ يجب أن يسمّي سطره الأول الأعمدة: { $list }
invalid-csv-nothing = لا يوجد ما يُستورد؛ الصق محتوى الملف وعاينه أولًا
invalid-csv-problems = { $count ->
    [zero] لا تتبقى أي مشكلة؛ عاين الملف مرة أخرى. لم يُستورد أي شيء.
    [one] تتبقى مشكلة واحدة؛ أصلحها ثم عاين الملف مرة أخرى. لم يُستورد أي شيء.
    [two] تتبقى مشكلتان؛ أصلحهما ثم عاين الملف مرة أخرى. لم يُستورد أي شيء.
    [few] تتبقى { $count } مشكلات؛ أصلحها ثم عاين الملف مرة أخرى. لم يُستورد أي شيء.
    [many] تتبقى { $count } مشكلةً؛ أصلحها ثم عاين الملف مرة أخرى. لم يُستورد أي شيء.
   *[other] تتبقى { $count } مشكلة؛ أصلحها ثم عاين الملف مرة أخرى. لم يُستورد أي شيء.
}
invalid-not-current-password = هذه ليست كلمة مرورك الحالية
invalid-own-disable = لا يمكنك تعطيل حسابك بنفسك؛ اطلب ذلك من مسؤول آخر
invalid-own-role = لا يمكنك تغيير دور حسابك بنفسك؛ اطلب ذلك من مسؤول آخر
invalid-own-erase = لا يمكنك محو حسابك بنفسك؛ اطلب ذلك من مسؤول آخر
invalid-last-admin = هذا آخر مسؤول نشط؛ عيّن مسؤولًا آخر أولًا
invalid-language = اختر واحدة مما يلي: { $list }
invalid-role = `{ $name }` ليس دورًا؛ استخدم trainee أو instructor أو manager أو admin
invalid-choose-role = اختر أحد الأدوار: متدرب أو مدرّب أو مدير البرنامج أو مسؤول
invalid-choose-cohort = اختر دفعة من القائمة
invalid-programme-name = أعطِ البرنامج اسمًا من 1 إلى 100 حرف
invalid-cohort-name = أعطِ الدفعة اسمًا من 1 إلى 100 حرف
invalid-needs-role = اختر حسابًا له دور { $role }
invalid-programme-archived = هذا البرنامج مؤرشف وللقراءة فقط؛ استعده أولًا
invalid-not-manager = ذلك الحساب لا يدير هذا البرنامج
invalid-trainee-of-cohort = هذا الحساب متدرب في الدفعة
invalid-cohort-dates = يجب أن تنتهي الدفعة في يوم بدئها أو بعده
invalid-not-content = `{ $id }` ليس مسارًا ولا وحدة من المنهج
invalid-choose-programme = اختر برنامجًا موجودًا
invalid-decision = اختر القبول أو الإعادة
invalid-erase-confirm = حدّد المربع: لا يمكن استعادة الحساب بعد محوه
invalid-empty = فارغ
invalid-copy-engines = ينسخ الأمر copy-db قاعدة بيانات SQLite (--from sqlite://...) إلى PostgreSQL (--to postgres://...)
invalid-copy-target-not-empty = قاعدة البيانات الهدف ليست فارغة (عدد الصفوف في { $name }: { $count }): انسخ إلى قاعدة بيانات جديدة، قبل أن تبدأ أي عقدة العمل عليها

import-field-count = السطر { $line }: عدد الحقول { $count }، بينما يسمّي السطر الأول عددًا من الأعمدة قدره { $columns }
import-line-field = السطر { $line }: { $field }: { $message }
import-unknown-column = السطر 1: العمود `{ $name }` غير معروف؛ الأعمدة هي: { $list }
import-needs-columns = السطر 1: يجب أن تتضمن الأعمدة `name`، و`username` أو `email`
import-too-many-rows = عدد صفوف الملف { $count }، والحد الأقصى لما يُستورد في المرة الواحدة { $max }
import-username-twice = السطر { $line }: يرد اسم المستخدم `{ $name }` مرتين في الملف
import-username-taken = السطر { $line }: اسم المستخدم `{ $name }` مستخدم بالفعل؛ أعطِ هذا الشخص اسمًا آخر في عمود `username`

answer-empty = اكتب إجابة: { $form }
answer-not-number = `{ $given }` ليس عددًا؛ اكتب أرقامًا مثل 7.5
answer-not-hex = `{ $given }` ليس عددًا ست عشريًا؛ اكتب مثلًا 0x1F أو 31
answer-not-address = `{ $given }` ليس عنوان IP ولا شبكة؛ اكتب مثلًا 203.0.113.7 أو 198.51.100.0/24
answer-digest-characters = لا تتضمن بصمة { $algorithm } إلا الرموز 0-9 وa-f
answer-digest-length = { $count ->
    [zero] تتكون بصمة { $algorithm } من { $count } رمز ست عشري، وقد كتبت { $given }
    [one] تتكون بصمة { $algorithm } من رمز ست عشري واحد، وقد كتبت { $given }
    [two] تتكون بصمة { $algorithm } من رمزين ست عشريين، وقد كتبت { $given }
    [few] تتكون بصمة { $algorithm } من { $count } رموز ست عشرية، وقد كتبت { $given }
    [many] تتكون بصمة { $algorithm } من { $count } رمزًا ست عشريًا، وقد كتبت { $given }
   *[other] تتكون بصمة { $algorithm } من { $count } رمز ست عشري، وقد كتبت { $given }
}
answer-not-date = `{ $given }` ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-05-13
answer-not-timestamp = `{ $given }` ليس وقتًا؛ اكتبه بالصيغة YYYY-MM-DD HH:MM:SS بتوقيت UTC، مثلًا 2026-03-14 09:21:07
answer-not-article = `{ $given }` ليس إحالة إلى مادة؛ اكتب مثلًا Art 18(1)(b)، أو P2 Art 7 للبروتوكول الثاني
answer-no-articles = اكتب مادة واحدة على الأقل، مثلًا Art 2, Art 11
answer-letters = اكتب كل حرف من A إلى { $last } مرة واحدة، بالترتيب، مثلًا C, A, B
answer-not-choice = اختر أحد الخيارات المعروضة

# لماذا يسهل تخمين كلمة المرور (بحسب أداة التقدير zxcvbn)، وما البديل.
password-advice = { $warning } { $suggestion }
password-warning-straight-rows-of-keys-are-easy-to-guess = يسهل تخمين صفوف المفاتيح المتتالية.
password-warning-short-keyboard-patterns-are-easy-to-guess = يسهل تخمين الأنماط القصيرة على لوحة المفاتيح.
password-warning-repeats-like-aaa-are-easy-to-guess = يسهل تخمين التكرارات مثل "aaa".
password-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = التكرارات مثل "abcabcabc" أصعب تخمينًا من "abc" بقليل فقط.
password-warning-this-is-a-top-10-password = هذه واحدة من أكثر 10 كلمات مرور شيوعًا.
password-warning-this-is-a-top100-password = هذه واحدة من أكثر 100 كلمة مرور شيوعًا.
password-warning-this-is-a-common-password = هذه كلمة مرور شائعة جدًا.
password-warning-this-is-similar-to-a-commonly-used-password = هذه تشبه كلمة مرور شائعة الاستخدام.
password-warning-sequences-like-abc-are-easy-to-guess = يسهل تخمين التسلسلات مثل abc أو 6543.
password-warning-recent-years-are-easy-to-guess = يسهل تخمين السنوات الأخيرة.
password-warning-a-word-by-itself-is-easy-to-guess = يسهل تخمين الكلمة الواحدة بمفردها.
password-warning-dates-are-often-easy-to-guess = كثيرًا ما يسهل تخمين التواريخ.
password-warning-names-and-surnames-by-themselves-are-easy-to-guess = يسهل تخمين الأسماء وأسماء العائلة بمفردها.
password-warning-common-names-and-surnames-are-easy-to-guess = يسهل تخمين الأسماء وأسماء العائلة الشائعة.
password-suggestion-use-a-few-words-avoid-common-phrases = استخدم بضع كلمات، وتجنّب العبارات الشائعة.
password-suggestion-no-need-for-symbols-digits-or-uppercase-letters = لا حاجة إلى الرموز أو الأرقام أو الأحرف الكبيرة.
password-suggestion-add-another-word-or-two = أضف كلمة أو كلمتين أخريين، والكلمات غير المألوفة أفضل.
password-suggestion-capitalization-doesnt-help-very-much = لا تفيد الأحرف الكبيرة كثيرًا.
password-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = الكتابة بالأحرف الكبيرة كلها تكاد تكون سهلة التخمين كالكتابة بالأحرف الصغيرة كلها.
password-suggestion-reversed-words-arent-much-harder-to-guess = الكلمات المعكوسة ليست أصعب تخمينًا بكثير.
password-suggestion-predictable-substitutions-dont-help-very-much = الاستبدالات المتوقعة مثل '@' بدلًا من 'a' لا تفيد كثيرًا.
password-suggestion-use-a-longer-keyboard-pattern-with-more-turns = استخدم نمطًا أطول على لوحة المفاتيح يتضمن انعطافات أكثر.
password-suggestion-avoid-repeated-words-and-characters = تجنّب تكرار الكلمات والأحرف.
password-suggestion-avoid-sequences = تجنّب التسلسلات.
password-suggestion-avoid-recent-years = تجنّب السنوات الأخيرة.
password-suggestion-avoid-years-that-are-associated-with-you = تجنّب السنوات المرتبطة بك.
password-suggestion-avoid-dates-and-years-that-are-associated-with-you = تجنّب التواريخ والسنوات المرتبطة بك.

answer-uncheckable = لا يمكن التحقق من هذا السؤال؛ أبلغ مدرّبك
field-reason = السبب
field-track = المسار
field-credential = الشهادة
missing-credential = الشهادة `{ $id }`
invalid-credential-reason = اذكر سببًا من 1 إلى 500 حرف
invalid-credential-held = يحمل هذا المتدرب شهادة هذا المسار بالفعل
invalid-credential-revoked = أُلغيت هذه الشهادة بالفعل
