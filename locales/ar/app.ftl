# DRAFT translation by machine, needs native review
# نصوص تطبيق Heard، العربية.

## Resident flow
welcome-title = أهلاً وسهلاً
welcome-body = أخبرنا كيف هي الحياة هنا بالنسبة لك. يستغرق ذلك بضع دقائق.
welcome-start = ابدأ
language-title = اختر لغتك
anonymity-title = إجاباتك بدون اسم
anonymity-body = لا نسألك عن اسمك. لا يمكن لإجاباتك أن تؤثر بأي شكل من الأشكال على طلب لجوئك أو على وضع إقامتك.
anonymity-continue = فهمت، متابعة
nav-next = التالي
nav-back = رجوع
nav-skip = تخطي
listen = استمع
progress = السؤال { $current } من { $total }
required-hint = يرجى اختيار إجابة للمتابعة.
save-failed = تعذر حفظ إجابتك. حاول مرة أخرى أو اطلب المساعدة من أحد الموظفين.

## Stop
stop = توقف
stop-title = هل تريد التوقف؟
stop-body = يمكنك الاحتفاظ بالإجابات التي قدمتها أو حذفها.
stop-keep = توقف واحتفظ بإجاباتي
stop-discard = توقف واحذف إجاباتي
stop-continue = متابعة الاستبيان
stop-deleted = تم حذف إجاباتك.
ask-help = اطلب المساعدة
help-called = سيأتي أحد الموظفين لمساعدتك. يُرجى الانتظار هنا.

## Review and end
review-title = راجع إجاباتك
review-change = تغيير
review-no-answer = لا توجد إجابة
review-send = أرسل إجاباتي
thanks-title = شكراً لك!
thanks-body = تم حفظ إجاباتك.
thanks-we-did = قلتم، وفعلنا
thanks-done = إنهاء
still-there-title = هل ما زلت هنا؟
still-there-body = { $seconds ->
    [zero] سيُغلق الاستبيان الآن.
    [one] سيُغلق الاستبيان بعد ثانية واحدة.
    [two] سيُغلق الاستبيان بعد ثانيتين.
    [few] سيُغلق الاستبيان بعد { $seconds } ثوانٍ.
   *[other] سيُغلق الاستبيان بعد { $seconds } ثانية.
}
still-there-yes = نعم، ما زلت هنا

## Question widgets
choose-many-hint = يمكنك اختيار أكثر من إجابة.
text-label = إجابتك
text-count = { $count } من { $max } حرفاً
number-label = الرقم
number-invalid = يرجى إدخال رقم من { $min } إلى { $max }.
number-increase = أكثر
number-decrease = أقل
ranking-hint = المس العناصر حسب أهميتها، الأهم أولاً.
ranking-ordered = ترتيبك
ranking-unordered = لم تُرتب بعد
ranking-position = رقم { $position }
ranking-move-up = إلى الأعلى
ranking-move-down = إلى الأسفل
ranking-remove = إخراج من الترتيب
ranking-reset = إعادة الترتيب من البداية
scale-point = { $value } من { $max }
smiley-5-1 = سيئ جداً
smiley-5-2 = سيئ
smiley-5-3 = لا جيد ولا سيئ
smiley-5-4 = جيد
smiley-5-5 = جيد جداً
smiley-3-1 = سيئ
smiley-3-2 = لا جيد ولا سيئ
smiley-3-3 = جيد

## Fixed answers
choice-yes = نعم
choice-no = لا
choice-above = أفضل مما توقعت
choice-at = كما توقعت
choice-below = أسوأ مما توقعت
choice-effective = نجح بشكل جيد
choice-partial = نجح جزئياً
choice-critical = لم ينجح
choice-positive = جيد
choice-neutral = لا جيد ولا سيئ
choice-negative = سيئ
choice-up = جيد
choice-down = غير جيد
choice-under-14 = أقل من 14 سنة
choice-age-14-17 = من 14 إلى 17
choice-age-18-24 = من 18 إلى 24
choice-age-25-34 = من 25 إلى 34
choice-age-35-44 = من 35 إلى 44
choice-age-45-54 = من 45 إلى 54
choice-age-55-64 = من 55 إلى 64
choice-age-65-plus = 65 سنة أو أكثر
choice-female = امرأة
choice-male = رجل
choice-other = غير ذلك
choice-prefer-not = أفضل عدم الإجابة
choice-under-2-months = أقل من شهرين
choice-months-2-6 = من شهرين إلى 6 أشهر
choice-months-6-12 = من 6 إلى 12 شهراً
choice-over-12-months = أكثر من 12 شهراً

## Nationalities
country-af = أفغانستان
country-sy = سوريا
country-er = إريتريا
country-ps = فلسطين
country-tr = تركيا
country-so = الصومال
country-iq = العراق
country-gn = غينيا
country-cd = الكونغو الديمقراطية
country-bi = بوروندي
country-ma = المغرب
country-ua = أوكرانيا
country-ir = إيران
country-ve = فنزويلا
country-co = كولومبيا
country-ru = روسيا

## Administration mode badges
mode-self-completed = بمفردك
mode-assisted = بمساعدة أحد الموظفين
mode-interpreter = مع مترجم
mode-interviewer = أحد الموظفين يقرأ الأسئلة
mode-paper = من استمارة ورقية

## Staff
staff-corner = للموظفين: اضغط مطولاً لمدة ثانيتين
pin-title = دخول الموظفين
pin-label = الرمز السري
pin-submit = فتح
pin-cancel = إلغاء
pin-wrong = { $left ->
    [one] رمز خاطئ. بقيت محاولة واحدة.
    [two] رمز خاطئ. بقيت محاولتان.
    [few] رمز خاطئ. بقيت { $left } محاولات.
   *[other] رمز خاطئ. بقيت { $left } محاولة.
}
pin-locked = { $minutes ->
    [one] محاولات خاطئة كثيرة. حاول مرة أخرى بعد دقيقة.
    [two] محاولات خاطئة كثيرة. حاول مرة أخرى بعد دقيقتين.
    [few] محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $minutes } دقائق.
   *[other] محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $minutes } دقيقة.
}
staff-title = لوحة الموظفين
staff-survey = الاستبيان النشط
staff-survey-builtin = مدمج
staff-survey-downloaded = من الخادم
staff-survey-replaces = من الخادم، يحل محل الاستبيان المدمج
staff-survey-unusable = لا يمكن استخدام الاستبيان { $survey } الذي تم تنزيله من الخادم. اضغط «زامِن الآن» لتنزيله مرة أخرى، أو أبلغ المنسق.
staff-service-point = نقطة الخدمة (مكتب أو شباك، وليس شخصاً)
staff-facility = رمز المركز
staff-mode = طريقة جمع الإجابة التالية
staff-counts = الإجابات على هذا الجهاز
staff-completed-today = المكتملة اليوم
staff-abandoned-today = المتوقفة أو المتروكة اليوم
staff-completed-total = المكتملة إجمالاً
staff-abandoned-total = المتروكة إجمالاً
staff-pending = بانتظار الإرسال
staff-settings = الإعدادات
staff-timeout = عدد الدقائق دون لمس قبل إعادة ضبط الاستبيان
staff-save = حفظ الإعدادات
staff-saved = تم الحفظ.
staff-invalid = { $field } غير صالح: استخدم أحرفاً لاتينية صغيرة وأرقاماً وشرطات فقط.
staff-timeout-invalid = اختر عدد دقائق من 1 إلى 60.
staff-pin-change = تغيير الرمز السري
pin-current = الرمز الحالي
pin-confirm = الرمز الجديد مرة أخرى
pin-changed = تم تغيير الرمز السري.
pin-mismatch = الرمزان الجديدان غير متطابقين.
staff-start = ابدأ الاستبيان
staff-start-entry = إدخال إجابة
staff-close = إغلاق لوحة الموظفين
staff-no-survey = لا يوجد استبيان متاح على هذا الجهاز.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = استمع مرة أخرى
staff-help-call = طلب أحد المقيمين الذي يقرأ { $language } المساعدة. لا يمكن بعدُ الاستماع إلى هذا الاستبيان كاملاً بهذه اللغة. يُرجى الذهاب إليه.
staff-listen-missing = ناقص للاستماع
staff-record-missing = سجّل ما ينقص باللغة { $language }
staff-dismiss = إخفاء
staff-translations = الترجمات
staff-language = اللغة
staff-app-words = نصوص التطبيق
staff-status-draft = مسودة، بانتظار مراجعة متحدث أصلي
staff-status-reviewed = تمت المراجعة
staff-coverage = تغطية النص والصوت
staff-coverage-text = النص
staff-audio-missing = لا يوجد صوت
staff-audio-synthetic = صوت اصطناعي
staff-audio-recorded = مسجَّل
staff-recordings = تسجيل الرسائل الصوتية
staff-record-item = ما الذي يُسجَّل
staff-record = تسجيل
staff-record-stop = إيقاف التسجيل
staff-record-keep = الاحتفاظ بهذا التسجيل
staff-record-import = أو استيراد ملف صوتي
staff-record-kept = تم الحفظ: سيُستخدم هذا التسجيل من الآن.
staff-record-refused = لا يمكن استخدام هذا الملف: يجب أن يكون ملفًا صوتيًا أصغر من 2 ميغابايت.
staff-record-no-mic = لا يوجد ميكروفون متاح.

# Sync (staff panel)
sync-title = المزامنة مع الخادم
sync-not-enrolled = هذا الجهاز اللوحي غير مسجَّل بعد لدى خادم مزامنة.
sync-enrolled = مسجَّل لدى { $server }
sync-server-url = عنوان الخادم
sync-code = رمز التسجيل (من المنسق)
sync-enrol = تسجيل هذا الجهاز اللوحي
sync-enrolling = جارٍ التسجيل…
sync-enrol-ok = تم تسجيل هذا الجهاز اللوحي. ستُرسَل الإجابات تلقائيًا.
sync-error-address = عنوان الخادم هذا غير صالح. يجب أن يبدأ بـ { $start }
sync-error-wrong-code = هذا الرمز غير صحيح أو استُخدم من قبل. اطلب رمزًا جديدًا من المنسق.
sync-error-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا من المنسق.
sync-error-unreachable = تعذّر الوصول إلى الخادم. تحقّق من الاتصال بالإنترنت ومن عنوان الخادم.
sync-error-tls = فشل الاتصال الآمن بالخادم. تحقّق من تاريخ الجهاز اللوحي ووقته ومن عنوان الخادم.
sync-error-too-many = محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.
sync-error-server = لم يتمكن الخادم من تسجيل هذا الجهاز اللوحي. حاول لاحقًا أو أبلغ المنسق.
sync-now = زامِن الآن
sync-last-success = آخر مزامنة ناجحة
sync-minutes-ago = قبل { $minutes } دقيقة
sync-never = ليس بعد
sync-last-error = آخر مشكلة
sync-set-aside = إجابات نحّاها الخادم جانبًا

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = إعداد هذا الجهاز اللوحي
setup-body = اختر رمز الموظفين قبل أن يستخدم المقيمون هذا الجهاز اللوحي. يحتاجه الموظفون لفتح لوحة الموظفين: اضغط مطولًا على الزاوية العليا لمدة ثانيتين. لا تشاركه إلا مع الموظفين.
setup-pin = رمز الموظفين (من 6 إلى 12 رقمًا)
setup-pin-again = رمز الموظفين مرة أخرى
setup-save = حفظ الرمز
pin-new-digits = الرمز الجديد (من 6 إلى 12 رقمًا)
pin-rule-digits = يتكون الرمز من 6 إلى 12 رقمًا، وأرقام فقط.
pin-rule-common = هذا الرمز من أكثر الرموز شيوعًا. اختر رمزًا آخر.
pin-rule-sequence = هذا الرمز بسيط جدًا (رقم واحد مكرر، أو عدّ تصاعدي أو تنازلي، أو نمط مكرر). اختر رمزًا آخر.
sync-error-waiting = الإجابات التي تنتظر الإرسال إلى الخادم المسجل عليه هذا الجهاز: { $count }. اضغط أولًا على «مزامنة الآن» لإرسالها، ثم سجّل الجهاز في الخادم الجديد.
clock-off = تاريخ ووقت هذا الجهاز غير صحيحين: يختلفان عن الخادم بأكثر من يوم (الأيام: { $days }). اضبط التاريخ والوقت في إعدادات الجهاز.
set-aside-wrong-facility = تذكر هذه الإجابات مرفقًا غير المرفق المسجل عليه هذا الجهاز. تحقق من المرفق في الإعدادات وأبلغ المنسق.
set-aside-survey-not-on-server = لا يوجد هذا الاستبيان على الخادم لمرفقكم. اطلب من المنسق تخصيصه على الخادم.
set-aside-conflict = لدى الخادم إجابات أخرى بالرقم نفسه. أبلغ المنسق؛ لا شيء يجب فعله على الجهاز.
set-aside-invalid = هذه الإجابات لا تطابق الاستبيان على الخادم، ربما لأنه تغيّر. أبلغ المنسق.
set-aside-other = لم يقبل الخادم هذه الإجابات لسبب لا يعرفه هذا التطبيق. حدّث التطبيق وأبلغ المنسق.
set-aside-kept = تبقى الإجابات الموضوعة جانبًا على هذا الجهاز 30 يومًا، ثم تُحذف.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = يحتفظ هذا المتصفح بإجابات Heard حتى عندما تقل المساحة في الجهاز اللوحي.
storage-not-kept = قد يحذف هذا المتصفح إجابات Heard عندما تقل المساحة في الجهاز اللوحي. زامِن كثيرًا. إذا فُتح Heard على شاشة الإعداد الأول من جديد فقد حُذفت إجاباته: اختر الرمز السري وسجّل الجهاز اللوحي من جديد.
setup-storage-lost = حذف المتصفح ما كان Heard قد خزّنه على هذا الجهاز اللوحي (مُسحت مساحة التخزين أو امتلأت). الإجابات التي لم تُرسل بعد إلى الخادم ضاعت. اختر الرمز السري، ثم سجّل الجهاز اللوحي من جديد في لوحة الموظفين.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = ما الذي يُحفظ؟
kept-title = ما الذي يُحفظ؟
kept-close = إغلاق
kept-list-title = يُحفظ مع إجاباتك
kept-answers = إجاباتك
kept-period = الشهر، وليس اليوم أو الساعة
kept-facility = المركز
kept-service-point = المكان في المركز الذي أجبت فيه، إن وُجد
kept-language = اللغة التي اخترتها
kept-mode = هل أجبت وحدك أم بمساعدة
kept-audio-used = هل استمعت إلى الأسئلة
kept-status = هل أنهيت أم توقفت
kept-survey = أي استبيان، وأي نسخة منه
kept-id = رقم عشوائي، حتى لا تُحسب إجاباتك مرتين
kept-never-title = لا يُحفظ أبدًا
kept-never-name = اسمك، أو أي رقم يخصك
kept-never-device = هذا الجهاز اللوحي أو الهاتف
kept-never-time = التاريخ والوقت بالضبط
kept-never-helper = من ساعدك
kept-never-voice = صوتك أو وجهك
