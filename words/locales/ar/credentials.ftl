# الشهادات: شهادة الإتمام، وقائمة صاحبها، وإصدارها وإلغاؤها يدويًا، وصفحة التحقق العامة.

credentials-title = الشهادات
credentials-none = لا توجد شهادة بعد: تصدر الشهادة عندما تُتم كل دروس المسار ومختبراته.
credentials-certificate = شهادة الإتمام
credentials-download-jwt = الشهادة (.jwt)
credentials-download-json = مفكوكة (.json)
credentials-issued-on = صدرت في { $day }
credentials-revoked = ملغاة: { $reason }
certificate-page-title = شهادة إتمام: { $track }
certificate-heading = شهادة إتمام
certificate-certifies = يُشهد بأن
certificate-completed = أتمّ المسار التدريبي
certificate-programme = ضمن البرنامج { $programme }
certificate-issued = صدرت في { $day } عن { $issuer }
certificate-id = معرّف الشهادة
certificate-check-at = تحقق منها على
certificate-fingerprint = بصمة مفتاح الجهة المُصدِرة (SHA-256)
certificate-revoked = أُلغيت هذه الشهادة: { $reason }
certificate-print = لطباعتها استخدم أمر الطباعة في متصفحك: تتسع الصفحة لورقة واحدة، A4 أو Letter.
certificate-downloads = الشهادة الموقّعة (Open Badges 3.0)، لجهة عمل أو محكمة أو محفظة رقمية:
staff-credentials-issue = إصدار شهادة يدويًا
staff-credentials-reason = السبب (يُكتب في سجل التدقيق)
staff-credentials-issue-button = إصدار
staff-credentials-revoke-button = إلغاء
verify-title = التحقق من شهادة
verify-intro = شهادة Kujenga موقّعة من الجهة التي أصدرتها. أدخل معرّفها أو الصقها أو ارفع ملفها: تبيّن هذه الصفحة هل هي صالحة أم ملغاة أم مزوّرة.
verify-by-id = معرّف الشهادة
verify-paste = الصق الشهادة (نص ملف .jwt الخاص بها)
verify-upload = أو اختر ملفها
verify-button = تحقق
verify-valid = صالحة: أتمّ { $name } «{ $track }»، وأصدرتها { $issuer } في { $day }.
verify-revoked = أُلغيت في { $day }: { $reason }. كانت قد صدرت لـ { $name } عن «{ $track }».
verify-expired = انتهت صلاحيتها في { $day }: «{ $track }».
verify-not-yet-valid = ليست صالحة بعد: تبدأ صلاحيتها في { $day }.
verify-forged = غير صالحة: { $why }
verify-unknown = لا توجد شهادة لهذه الجهة المُصدِرة بهذا المعرّف.
verify-offline = دون شبكة، تحقق من الشهادة بالأمر الأمر أدناه مستخدمًا المفتاح العام للجهة المُصدِرة وقائمة الإلغاءات:
verify-key = المفتاح العام (JWKS)
verify-revocations = قائمة الإلغاءات
programs-headline-credentials = { $count ->
    [zero] شهادة صادرة
    [one] شهادة صادرة
    [two] شهادتان صادرتان
    [few] شهادات صادرة
    [many] شهادة صادرة
   *[other] شهادة صادرة
}
programs-credentials = الشهادات
csv-credentials = الشهادات

forged-not-jwt = هذه ليست شهادة موقّعة (JWT)
forged-algorithm = موقّعة بـ { $algorithm }؛ وهذه الجهة توقّع بـ RS256
forged-other-key = موقّعة بمفتاح ليس مفتاح الجهة المُصدِرة
forged-key-unreadable = تعذّرت قراءة مفتاح الجهة المُصدِرة: { $detail }
forged-signature = التوقيع لا يطابق: عُدّلت بعد توقيعها، أو وقّعها مفتاح آخر
forged-unreadable = تعذّرت قراءتها كشهادة موقّعة: { $detail }
forged-not-badge = ليست شهادة Open Badges
forged-no-id = ليس لها معرّف
forged-claims = بيانات JWT فيها لا تطابق الشهادة التي تحملها
forged-valid-from = حقل validFrom فيها مفقود أو ليس تاريخًا
forged-valid-until = حقل validUntil فيها ليس تاريخًا
revocations-unsigned = قائمة الإلغاءات: { $why }
revocations-unreadable = تعذّرت قراءة قائمة الإلغاءات: { $detail }
