# DRAFT translation by machine, needs native review
# متن‌های برنامهٔ Heard، فارسی.

## Resident flow
welcome-title = خوش آمدید
welcome-body = به ما بگویید زندگی در اینجا برای شما چطور است. چند دقیقه طول می‌کشد.
welcome-start = شروع
language-title = زبان خود را انتخاب کنید
anonymity-title = پاسخ‌های شما بی‌نام است
anonymity-body = نام شما پرسیده نمی‌شود. پاسخ‌های شما به هیچ وجه بر درخواست پناهندگی یا وضعیت اقامت شما اثری ندارد.
anonymity-continue = متوجه شدم، ادامه
nav-next = بعدی
nav-back = برگشت
nav-skip = از این سؤال بگذرید
listen = گوش دادن
progress = سؤال { $current } از { $total }
required-hint = لطفاً برای ادامه، یک پاسخ انتخاب کنید.
save-failed = پاسخ شما ذخیره نشد. لطفاً دوباره امتحان کنید یا از یکی از کارکنان کمک بخواهید.

## Stop
stop = توقف
stop-title = می‌خواهید متوقف شوید؟
stop-body = می‌توانید پاسخ‌هایی را که داده‌اید نگه دارید یا پاک کنید.
stop-keep = توقف و نگه داشتن پاسخ‌هایم
stop-discard = توقف و پاک کردن پاسخ‌هایم
stop-continue = ادامهٔ نظرسنجی
stop-deleted = پاسخ‌های شما پاک شد.
ask-help = کمک بخواهید
help-called = یکی از کارکنان برای کمک به شما می‌آید. لطفاً اینجا منتظر بمانید.

## Review and end
review-title = پاسخ‌های خود را بررسی کنید
review-change = تغییر
review-no-answer = بدون پاسخ
review-send = فرستادن پاسخ‌هایم
thanks-title = متشکریم!
thanks-body = پاسخ‌های شما ذخیره شد.
thanks-we-did = شما گفتید، ما انجام دادیم
thanks-done = پایان
still-there-title = هنوز اینجا هستید؟
still-there-body = { $seconds ->
    [one] نظرسنجی { $seconds } ثانیهٔ دیگر بسته می‌شود.
   *[other] نظرسنجی { $seconds } ثانیهٔ دیگر بسته می‌شود.
}
still-there-yes = بله، هنوز اینجا هستم

## Question widgets
choose-many-hint = می‌توانید بیش از یک گزینه انتخاب کنید.
text-label = پاسخ شما
text-count = { $count } از { $max } حرف
number-label = عدد شما
number-invalid = لطفاً عددی از { $min } تا { $max } وارد کنید.
number-increase = بیشتر
number-decrease = کمتر
ranking-hint = موارد را به ترتیب اهمیت لمس کنید، اول مهم‌ترین را.
ranking-ordered = ترتیب شما
ranking-unordered = هنوز مرتب نشده
ranking-position = شمارهٔ { $position }
ranking-move-up = بالا بردن
ranking-move-down = پایین بردن
ranking-remove = بیرون آوردن از ترتیب
ranking-reset = مرتب کردن از نو
scale-point = { $value } از { $max }
smiley-5-1 = خیلی بد
smiley-5-2 = بد
smiley-5-3 = نه خوب، نه بد
smiley-5-4 = خوب
smiley-5-5 = خیلی خوب
smiley-3-1 = بد
smiley-3-2 = نه خوب، نه بد
smiley-3-3 = خوب

## Fixed answers
choice-yes = بله
choice-no = نه
choice-above = بهتر از انتظارم
choice-at = همان‌طور که انتظار داشتم
choice-below = بدتر از انتظارم
choice-effective = خوب جواب داد
choice-partial = تا حدی جواب داد
choice-critical = جواب نداد
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
choice-prefer-not = ترجیح می‌دهم نگویم
choice-under-2-months = کمتر از ۲ ماه
choice-months-2-6 = ۲ تا ۶ ماه
choice-months-6-12 = ۶ تا ۱۲ ماه
choice-over-12-months = بیشتر از ۱۲ ماه

## Nationalities
country-af = افغانستان
country-sy = سوریه
country-er = اریتره
country-ps = فلسطین
country-tr = ترکیه
country-so = سومالی
country-iq = عراق
country-gn = گینه
country-cd = جمهوری دموکراتیک کنگو
country-bi = بوروندی
country-ma = مراکش
country-ua = اوکراین
country-ir = ایران
country-ve = ونزوئلا
country-co = کلمبیا
country-ru = روسیه

## Administration mode badges (shown to the resident)
mode-self-completed = خودتان، به‌تنهایی
mode-assisted = با کمک کارکنان
mode-interpreter = با مترجم
mode-interviewer = یکی از کارکنان سؤال‌ها را می‌خواند
mode-paper = از روی فرم کاغذی

## Staff
staff-corner = کارکنان: ۲ ثانیه نگه دارید
pin-title = ورود کارکنان
pin-label = رمز (PIN)
pin-submit = باز کردن
pin-cancel = لغو
pin-wrong = { $left ->
    [one] رمز اشتباه است. { $left } بار دیگر می‌توانید امتحان کنید.
   *[other] رمز اشتباه است. { $left } بار دیگر می‌توانید امتحان کنید.
}
pin-locked = { $minutes ->
    [one] تعداد تلاش‌های اشتباه زیاد بود. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
   *[other] تعداد تلاش‌های اشتباه زیاد بود. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
}
staff-title = بخش کارکنان
staff-survey = نظرسنجی فعال
staff-survey-builtin = داخلی
staff-survey-downloaded = از سرور
staff-survey-replaces = از سرور، جایگزین نظرسنجی داخلی
staff-survey-unusable = نظرسنجی { $survey } که از سرور دریافت شده قابل استفاده نیست. «اکنون همگام‌سازی کن» را بزنید تا دوباره دریافت شود، یا به هماهنگ‌کننده اطلاع دهید.
staff-service-point = محل خدمت (یک میز یا باجه، هرگز یک شخص)
staff-facility = کد مرکز
staff-mode = پاسخ بعدی چگونه گرفته می‌شود
staff-counts = پاسخ‌ها روی این دستگاه
staff-completed-today = کامل‌شده امروز
staff-abandoned-today = متوقف‌شده یا رهاشده امروز
staff-completed-total = کامل‌شده در مجموع
staff-abandoned-total = رهاشده در مجموع
staff-pending = در انتظار ارسال
staff-settings = تنظیمات
staff-timeout = چند دقیقه بدون لمس تا نظرسنجی از نو شروع شود
staff-save = ذخیرهٔ تنظیمات
staff-saved = ذخیره شد.
staff-invalid = { $field } درست نیست: فقط از حروف کوچک لاتین، رقم و خط تیره (-) استفاده کنید.
staff-timeout-invalid = عددی از ۱ تا ۶۰ دقیقه انتخاب کنید.
staff-pin-change = تغییر رمز
pin-current = رمز فعلی
pin-confirm = رمز جدید، دوباره
pin-changed = رمز تغییر کرد.
pin-mismatch = دو رمز جدید یکسان نیستند.
staff-start = شروع نظرسنجی
staff-start-entry = وارد کردن یک پاسخ
staff-close = بستن بخش کارکنان
staff-no-survey = هیچ نظرسنجی‌ای روی این دستگاه نیست.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = دوباره گوش کنید
staff-help-call = ساکنی که { $language } می‌خواند کمک خواست. این نظرسنجی هنوز به‌طور کامل به این زبان شنیدنی نیست. لطفاً نزد او بروید.
staff-listen-missing = کمبود برای شنیدن
staff-record-missing = ضبط موارد کم به { $language }
staff-dismiss = بستن
staff-translations = ترجمه‌ها
staff-language = زبان
staff-app-words = متن‌های برنامه
staff-status-draft = پیش‌نویس، در انتظار بازبینی گویشور بومی
staff-status-reviewed = بازبینی‌شده
staff-coverage = پوشش متن و صدا
staff-coverage-text = متن
staff-audio-missing = بدون صدا
staff-audio-synthetic = مصنوعی
staff-audio-recorded = ضبط‌شده
staff-recordings = ضبط پیام‌ها
staff-record-item = چه چیزی ضبط شود
staff-record = ضبط
staff-record-stop = توقف ضبط
staff-record-keep = نگه داشتن این ضبط
staff-record-import = یا یک فایل صوتی وارد کنید
staff-record-kept = نگه داشته شد: از این پس این ضبط پخش می‌شود.
staff-record-refused = این فایل قابل استفاده نیست: باید فایل صوتی کمتر از ۲ مگابایت باشد.
staff-record-no-mic = هیچ میکروفونی در دسترس نیست.

# Sync (staff panel)
sync-title = همگام‌سازی با سرور
sync-not-enrolled = این تبلت هنوز در هیچ سرور همگام‌سازی ثبت نشده است.
sync-enrolled = ثبت‌شده در { $server }
sync-server-url = نشانی سرور
sync-code = کد ثبت (از هماهنگ‌کننده)
sync-enrol = ثبت این تبلت
sync-enrolling = در حال ثبت…
sync-enrol-ok = این تبلت ثبت شد. پاسخ‌ها به‌طور خودکار فرستاده می‌شوند.
sync-error-address = این نشانی سرور معتبر نیست. باید با { $start } شروع شود.
sync-error-wrong-code = این کد درست نیست یا قبلاً استفاده شده است. از هماهنگ‌کننده کد تازه بخواهید.
sync-error-expired = این کد منقضی شده است. از هماهنگ‌کننده کد تازه بخواهید.
sync-error-unreachable = دسترسی به سرور ممکن نشد. اتصال اینترنت و نشانی سرور را بررسی کنید.
sync-error-tls = اتصال امن به سرور ناموفق بود. تاریخ و ساعت تبلت و نشانی سرور را بررسی کنید.
sync-error-too-many = تلاش‌ها بیش از حد بود. یک دقیقه صبر کنید و دوباره امتحان کنید.
sync-error-server = سرور نتوانست این تبلت را ثبت کند. بعداً دوباره امتحان کنید یا به هماهنگ‌کننده بگویید.
sync-now = اکنون همگام‌سازی کن
sync-last-success = آخرین همگام‌سازی موفق
sync-minutes-ago = { $minutes } دقیقه پیش
sync-never = هنوز نه
sync-last-error = آخرین مشکل
sync-set-aside = کنارگذاشته‌شده توسط سرور

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = راه‌اندازی این تبلت
setup-body = پیش از آنکه ساکنان از این تبلت استفاده کنند، رمز کارکنان را انتخاب کنید. کارکنان برای باز کردن پنل کارکنان به آن نیاز دارند: گوشهٔ بالا را ۲ ثانیه نگه دارید. آن را فقط با کارکنان در میان بگذارید.
setup-pin = رمز کارکنان (۶ تا ۱۲ رقم)
setup-pin-again = رمز کارکنان دوباره
setup-save = ذخیرهٔ رمز
pin-new-digits = رمز جدید (۶ تا ۱۲ رقم)
pin-rule-digits = رمز ۶ تا ۱۲ رقم دارد و فقط رقم.
pin-rule-common = این رمز یکی از رایج‌ترین رمزهاست. رمز دیگری انتخاب کنید.
pin-rule-sequence = این رمز خیلی ساده است (یک رقم تکراری، شمارش رو به بالا یا پایین، یا یک الگوی تکراری). رمز دیگری انتخاب کنید.
sync-error-waiting = پاسخ‌هایی که منتظر ارسال به سروری هستند که این تبلت در آن ثبت شده: { $count }. اول «همگام‌سازی اکنون» را بزنید تا فرستاده شوند، سپس تبلت را در سرور جدید ثبت کنید.
clock-off = تاریخ و ساعت این تبلت درست نیست: بیش از یک روز با سرور فرق دارد (روز: { $days }). تاریخ و ساعت را در تنظیمات تبلت درست کنید.
set-aside-wrong-facility = این پاسخ‌ها مرکز دیگری را نام می‌برند، نه مرکزی که این تبلت در آن ثبت شده. مرکز را در تنظیمات بررسی کنید و به هماهنگ‌کننده بگویید.
set-aside-survey-not-on-server = سرور این پرسشنامه را برای مرکز شما ندارد. از هماهنگ‌کننده بخواهید آن را روی سرور اختصاص دهد.
set-aside-conflict = سرور پاسخ‌های دیگری با همین شماره دارد. به هماهنگ‌کننده بگویید؛ روی تبلت کاری لازم نیست.
set-aside-invalid = این پاسخ‌ها با پرسشنامهٔ روی سرور جور نیستند، شاید چون تغییر کرده است. به هماهنگ‌کننده بگویید.
set-aside-other = سرور این پاسخ‌ها را به دلیلی نپذیرفت که این برنامه نمی‌شناسد. برنامه را به‌روز کنید و به هماهنگ‌کننده بگویید.
set-aside-kept = پاسخ‌های کنار گذاشته‌شده ۳۰ روز روی این تبلت می‌مانند و سپس پاک می‌شوند.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = این مرورگر پاسخ‌های Heard را حتی وقتی فضای تبلت کم است نگه می‌دارد.
storage-not-kept = این مرورگر ممکن است وقتی فضای تبلت کم است پاسخ‌های Heard را پاک کند. زیاد همگام‌سازی کنید. اگر Heard دوباره با راه‌اندازی اولیه باز شد، پاسخ‌هایش پاک شده‌اند: رمز را انتخاب کنید و تبلت را دوباره ثبت کنید.
setup-storage-lost = مرورگر آنچه Heard روی این تبلت ذخیره کرده بود را پاک کرد (فضای ذخیره‌سازی پاک شد یا پر شد). پاسخ‌هایی که هنوز به سرور فرستاده نشده بودند از دست رفته‌اند. رمز را انتخاب کنید، سپس تبلت را در پنل کارکنان دوباره ثبت کنید.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = چه چیزی نگه داشته می‌شود؟
kept-title = چه چیزی نگه داشته می‌شود؟
kept-close = بستن
kept-list-title = همراه پاسخ‌های شما نگه داشته می‌شود
kept-answers = پاسخ‌های شما
kept-period = ماه، نه روز یا ساعت
kept-facility = مرکز
kept-service-point = جایی در مرکز که پاسخ دادید، اگر باشد
kept-language = زبانی که انتخاب کردید
kept-mode = اینکه تنها پاسخ دادید یا با کمک
kept-audio-used = اینکه به پرسش‌ها گوش دادید یا نه
kept-status = اینکه تمام کردید یا دست کشیدید
kept-survey = کدام پرسشنامه و کدام نسخهٔ آن
kept-id = یک شمارهٔ تصادفی، تا پاسخ‌های شما دو بار شمرده نشود
kept-never-title = هرگز نگه داشته نمی‌شود
kept-never-name = نام شما، یا هر شماره‌ای دربارهٔ شما
kept-never-device = این تبلت یا تلفن
kept-never-time = تاریخ و ساعت دقیق
kept-never-helper = اینکه چه کسی به شما کمک کرد
kept-never-voice = صدا یا چهرهٔ شما
