# DRAFT translation by machine, needs native review
# متن‌های برنامهٔ Heard، دری (واژه‌های افغانستان).

## Resident flow
welcome-title = خوش آمدید
welcome-body = به ما بگویید که زندگی در این‌جا برای شما چطور است. چند دقیقه وقت می‌گیرد.
welcome-start = شروع
language-title = زبان خود را انتخاب کنید
anonymity-title = جواب‌های شما بی‌نام است
anonymity-body = نام شما پرسیده نمی‌شود. جواب‌های شما به هیچ صورت بالای درخواست پناهندگی یا وضعیت اقامت شما تأثیر ندارد.
anonymity-continue = فهمیدم، ادامه
nav-next = بعدی
nav-back = پس
nav-skip = تیر شدن
listen = شنیدن
progress = سوال { $current } از { $total }
required-hint = لطفاً برای ادامه، یک جواب را انتخاب کنید.
save-failed = جواب شما ثبت نشد. لطفاً دوباره کوشش کنید یا از یکی از کارمندان کمک بخواهید.

## Stop
stop = توقف
stop-title = می‌خواهید توقف کنید؟
stop-body = می‌توانید جواب‌هایی را که داده‌اید نگه دارید یا پاک کنید.
stop-keep = توقف و نگه داشتن جواب‌هایم
stop-discard = توقف و پاک کردن جواب‌هایم
stop-continue = ادامهٔ سروی
stop-deleted = جواب‌های شما پاک شد.
ask-help = کمک بخواهید
help-called = یکی از کارمندان برای کمک به شما می‌آید. لطفاً اینجا منتظر باشید.

## Review and end
review-title = جواب‌های خود را ببینید
review-change = تغییر
review-no-answer = بدون جواب
review-send = روان کردن جواب‌هایم
thanks-title = تشکر!
thanks-body = جواب‌های شما ثبت شد.
thanks-we-did = شما گفتید، ما انجام دادیم
thanks-done = ختم
still-there-title = هنوز این‌جا هستید؟
still-there-body = { $seconds ->
    [one] سروی بعد از { $seconds } ثانیه بسته می‌شود.
   *[other] سروی بعد از { $seconds } ثانیه بسته می‌شود.
}
still-there-yes = بلی، هنوز این‌جا هستم

## Question widgets
choose-many-hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
text-label = جواب شما
text-count = { $count } از { $max } حرف
number-label = عدد شما
number-invalid = لطفاً یک عدد از { $min } تا { $max } بنویسید.
number-increase = بیشتر
number-decrease = کمتر
ranking-hint = چیزها را به ترتیب اهمیت لمس کنید، اول مهم‌ترین را.
ranking-ordered = ترتیب شما
ranking-unordered = هنوز ترتیب نشده
ranking-position = نمبر { $position }
ranking-move-up = بالا بردن
ranking-move-down = پایین بردن
ranking-remove = کشیدن از ترتیب
ranking-reset = ترتیب کردن از سر
scale-point = { $value } از { $max }
smiley-5-1 = بسیار بد
smiley-5-2 = بد
smiley-5-3 = نه خوب، نه بد
smiley-5-4 = خوب
smiley-5-5 = بسیار خوب
smiley-3-1 = بد
smiley-3-2 = نه خوب، نه بد
smiley-3-3 = خوب

## Fixed answers
choice-yes = بلی
choice-no = نخیر
choice-above = بهتر از آن‌چه فکر می‌کردم
choice-at = همان‌طور که فکر می‌کردم
choice-below = بدتر از آن‌چه فکر می‌کردم
choice-effective = خوب کار کرد
choice-partial = تا اندازه‌ای کار کرد
choice-critical = کار نکرد
choice-positive = خوب
choice-neutral = نه خوب، نه بد
choice-negative = بد
choice-up = خوب
choice-down = خوب نیست
choice-under-14 = کمتر از ۱۴ سال
choice-age-14-17 = ۱۴ تا ۱۷ سال
choice-age-18-24 = ۱۸ تا ۲۴ سال
choice-age-25-34 = ۲۵ تا ۳۴ سال
choice-age-35-44 = ۳۵ تا ۴۴ سال
choice-age-45-54 = ۴۵ تا ۵۴ سال
choice-age-55-64 = ۵۵ تا ۶۴ سال
choice-age-65-plus = ۶۵ سال یا بیشتر
choice-female = زن
choice-male = مرد
choice-other = دیگر
choice-prefer-not = نمی‌خواهم بگویم
choice-under-2-months = کمتر از ۲ ماه
choice-months-2-6 = ۲ تا ۶ ماه
choice-months-6-12 = ۶ تا ۱۲ ماه
choice-over-12-months = بیشتر از ۱۲ ماه

## Nationalities
country-af = افغانستان
country-sy = سوریه
country-er = اریتریا
country-ps = فلسطین
country-tr = ترکیه
country-so = سومالیا
country-iq = عراق
country-gn = گینه
country-cd = جمهوری دموکراتیک کانگو
country-bi = بروندی
country-ma = مراکش
country-ua = اوکراین
country-ir = ایران
country-ve = ونزویلا
country-co = کولمبیا
country-ru = روسیه

## Administration mode badges (shown to the resident)
mode-self-completed = خودتان، به تنهایی
mode-assisted = با کمک کارمندان
mode-interpreter = با ترجمان
mode-interviewer = یکی از کارمندان سوال‌ها را می‌خواند
mode-paper = از روی فورم کاغذی

## Staff
staff-corner = کارمندان: ۲ ثانیه نگه دارید
pin-title = ورود کارمندان
pin-label = رمز (PIN)
pin-submit = باز کردن
pin-cancel = لغو
pin-wrong = { $left ->
    [one] رمز غلط است. { $left } بار دیگر می‌توانید کوشش کنید.
   *[other] رمز غلط است. { $left } بار دیگر می‌توانید کوشش کنید.
}
pin-locked = { $minutes ->
    [one] کوشش‌های غلط زیاد شد. بعد از { $minutes } دقیقه دوباره کوشش کنید.
   *[other] کوشش‌های غلط زیاد شد. بعد از { $minutes } دقیقه دوباره کوشش کنید.
}
staff-title = بخش کارمندان
staff-survey = سروی فعال
staff-survey-builtin = داخلی
staff-survey-downloaded = از سرور
staff-survey-replaces = از سرور، جای سروی داخلی را می‌گیرد
staff-survey-unusable = سروی { $survey } که از سرور دانلود شده قابل استفاده نیست. «حالا همگام‌سازی کن» را بزنید تا دوباره دانلود شود، یا به هماهنگ‌کننده اطلاع دهید.
staff-service-point = محل خدمت (یک میز یا کلکین، هرگز یک شخص)
staff-facility = کود مرکز
staff-mode = جواب بعدی چطور گرفته می‌شود
staff-counts = جواب‌ها در این دستگاه
staff-completed-today = تکمیل‌شده امروز
staff-abandoned-today = متوقف‌شده یا نیمه‌کاره امروز
staff-completed-total = تکمیل‌شده در مجموع
staff-abandoned-total = نیمه‌کاره در مجموع
staff-pending = منتظر روان شدن
staff-settings = تنظیمات
staff-timeout = چند دقیقه بدون لمس تا سروی از سر شروع شود
staff-save = ثبت تنظیمات
staff-saved = ثبت شد.
staff-invalid = { $field } درست نیست: تنها از حروف کوچک لاتین، عدد و خط تیره (-) استفاده کنید.
staff-timeout-invalid = یک عدد از ۱ تا ۶۰ دقیقه انتخاب کنید.
staff-pin-change = تغییر رمز
pin-current = رمز فعلی
pin-confirm = رمز نو، دوباره
pin-changed = رمز تغییر کرد.
pin-mismatch = دو رمز نو یکسان نیستند.
staff-start = شروع سروی
staff-start-entry = درج یک جواب
staff-close = بستن بخش کارمندان
staff-no-survey = در این دستگاه هیچ سروی موجود نیست.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = دوباره گوش کنید
staff-help-call = یک باشنده که { $language } می‌خواند کمک خواست. این سروی هنوز به‌طور کامل به این زبان شنیده نمی‌شود. لطفاً نزد او بروید.
staff-listen-missing = کمبود برای شنیدن
staff-record-missing = ثبت صدای موارد کم به { $language }
staff-dismiss = بستن
staff-translations = ترجمه‌ها
staff-language = زبان
staff-app-words = متن‌های برنامه
staff-status-draft = پیش‌نویس، در انتظار بازبینی گوینده بومی
staff-status-reviewed = بازبینی‌شده
staff-coverage = پوشش متن و آواز
staff-coverage-text = متن
staff-audio-missing = بدون آواز
staff-audio-synthetic = مصنوعی
staff-audio-recorded = ثبت‌شده
staff-recordings = ثبت پیام‌ها
staff-record-item = چه چیزی ثبت شود
staff-record = ثبت
staff-record-stop = توقف ثبت
staff-record-keep = نگه داشتن این ثبت
staff-record-import = یا یک فایل صوتی وارد کنید
staff-record-kept = نگه داشته شد: از این پس این ثبت پخش می‌شود.
staff-record-refused = این فایل قابل استفاده نیست: باید فایل صوتی کمتر از ۲ مگابایت باشد.
staff-record-no-mic = هیچ مایکروفونی موجود نیست.

# Sync (staff panel)
sync-title = همگام‌سازی با سرور
sync-not-enrolled = این تبلت هنوز در کدام سرور همگام‌سازی ثبت نشده است.
sync-enrolled = ثبت‌شده در { $server }
sync-server-url = آدرس سرور
sync-code = کد ثبت (از هماهنگ‌کننده)
sync-enrol = ثبت این تبلت
sync-enrolling = در حال ثبت…
sync-enrol-ok = این تبلت ثبت شد. جواب‌ها به‌طور خودکار فرستاده می‌شوند.
sync-error-address = این آدرس سرور درست نیست. باید با { $start } شروع شود.
sync-error-wrong-code = این کد درست نیست یا قبلاً استفاده شده است. از هماهنگ‌کننده کد نو بخواهید.
sync-error-expired = وقت این کد تمام شده است. از هماهنگ‌کننده کد نو بخواهید.
sync-error-unreachable = به سرور وصل شده نتوانست. اتصال انترنت و آدرس سرور را بررسی کنید.
sync-error-tls = اتصال مصئون با سرور ناکام شد. تاریخ و ساعت تبلت و آدرس سرور را بررسی کنید.
sync-error-too-many = کوشش‌ها زیاد شد. یک دقیقه صبر کنید و دوباره کوشش کنید.
sync-error-server = سرور این تبلت را ثبت کرده نتوانست. بعداً دوباره کوشش کنید یا به هماهنگ‌کننده بگویید.
sync-now = حالا همگام‌سازی کن
sync-last-success = آخرین همگام‌سازی موفق
sync-minutes-ago = { $minutes } دقیقه پیش
sync-never = هنوز نه
sync-last-error = آخرین مشکل
sync-set-aside = کنار گذاشته‌شده توسط سرور

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = راه‌اندازی این تبلت
setup-body = پیش از آنکه باشندگان از این تبلت استفاده کنند، رمز کارمندان را انتخاب کنید. کارمندان برای باز کردن پنل کارمندان به آن ضرورت دارند: کنج بالا را ۲ ثانیه نگه دارید. آن را تنها با کارمندان شریک سازید.
setup-pin = رمز کارمندان (۶ تا ۱۲ رقم)
setup-pin-again = رمز کارمندان دوباره
setup-save = ذخیرهٔ رمز
pin-new-digits = رمز نو (۶ تا ۱۲ رقم)
pin-rule-digits = رمز ۶ تا ۱۲ رقم دارد و تنها رقم.
pin-rule-common = این رمز یکی از معمول‌ترین رمزهاست. رمز دیگری انتخاب کنید.
pin-rule-sequence = این رمز بسیار ساده است (یک رقم تکراری، شمارش رو به بالا یا پایین، یا یک الگوی تکراری). رمز دیگری انتخاب کنید.
sync-error-waiting = پاسخ‌هایی که منتظر فرستادن به سروری اند که این تبلت در آن ثبت شده: { $count }. اول «همگام‌سازی حالا» را بزنید تا فرستاده شوند، بعد تبلت را در سرور نو ثبت کنید.
clock-off = تاریخ و ساعت این تبلت درست نیست: بیشتر از یک روز با سرور فرق دارد (روز: { $days }). تاریخ و ساعت را در تنظیمات تبلت درست کنید.
set-aside-wrong-facility = این پاسخ‌ها مرکز دیگری را نام می‌برند، نه مرکزی که این تبلت در آن ثبت شده. مرکز را در تنظیمات بررسی کنید و به هماهنگ‌کننده بگویید.
set-aside-survey-not-on-server = سرور این پرسشنامه را برای مرکز شما ندارد. از هماهنگ‌کننده بخواهید آن را روی سرور تعیین کند.
set-aside-conflict = سرور پاسخ‌های دیگری با همین نمبر دارد. به هماهنگ‌کننده بگویید؛ روی تبلت کاری لازم نیست.
set-aside-invalid = این پاسخ‌ها با پرسشنامهٔ روی سرور جور نمی‌آیند، شاید چون تغییر کرده است. به هماهنگ‌کننده بگویید.
set-aside-other = سرور این پاسخ‌ها را به دلیلی نپذیرفت که این برنامه نمی‌شناسد. برنامه را تازه کنید و به هماهنگ‌کننده بگویید.
set-aside-kept = پاسخ‌های کنار گذاشته‌شده ۳۰ روز روی این تبلت می‌مانند و بعد پاک می‌شوند.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = این مرورگر جواب‌های Heard را حتی وقتی جای تبلت کم است نگه می‌دارد.
storage-not-kept = این مرورگر شاید وقتی جای تبلت کم است جواب‌های Heard را پاک کند. زیاد همگام‌سازی کنید. اگر Heard دوباره با تنظیم اول باز شد، جواب‌هایش پاک شده‌اند: رمز را انتخاب کنید و تبلت را دوباره ثبت کنید.
setup-storage-lost = مرورگر آنچه Heard روی این تبلت ذخیره کرده بود را پاک کرد (جای ذخیره پاک شد یا پر شد). جواب‌هایی که هنوز به سرور فرستاده نشده بودند از بین رفته‌اند. رمز را انتخاب کنید، بعد تبلت را در صفحهٔ کارمندان دوباره ثبت کنید.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = چه چیزی نگه داشته می‌شود؟
kept-title = چه چیزی نگه داشته می‌شود؟
kept-close = بستن
kept-list-title = همراه جواب‌های شما نگه داشته می‌شود
kept-answers = جواب‌های شما
kept-period = ماه، نه روز یا ساعت
kept-facility = مرکز
kept-service-point = جایی در مرکز که جواب دادید، اگر باشد
kept-language = زبانی که انتخاب کردید
kept-mode = اینکه تنها جواب دادید یا با کمک
kept-audio-used = اینکه به سوال‌ها گوش دادید یا نه
kept-status = اینکه تمام کردید یا بس کردید
kept-survey = کدام پرسشنامه و کدام نسخهٔ آن
kept-id = یک نمبر تصادفی، تا جواب‌های شما دو بار حساب نشود
kept-never-title = هرگز نگه داشته نمی‌شود
kept-never-name = نام شما، یا هر نمبری دربارهٔ شما
kept-never-device = این تبلت یا تیلفون
kept-never-time = تاریخ و وقت دقیق
kept-never-helper = اینکه کی به شما کمک کرد
kept-never-voice = صدا یا روی شما
