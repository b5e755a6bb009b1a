# DRAFT translation by machine, needs native review
# د Heard اپلیکیشن متنونه، پښتو.

## Resident flow
welcome-title = ښه راغلاست
welcome-body = موږ ته ووایاست چې دلته ژوند ستاسو لپاره څنګه دی. څو دقیقې وخت نیسي.
welcome-start = پیل
language-title = خپله ژبه وټاکئ
anonymity-title = ستاسو ځوابونه بې نومه دي
anonymity-body = ستاسو نوم نه پوښتل کېږي. ستاسو ځوابونه په هېڅ ډول ستاسو د پناه غوښتنې پر غوښتنلیک یا د اوسېدو پر حیثیت اغېز نشي کولای.
anonymity-continue = پوه شوم، مخته
nav-next = بل
nav-back = شاته
nav-skip = تېرول
listen = اورېدل
progress = پوښتنه { $current } له { $total } څخه
required-hint = مهرباني وکړئ د دوام لپاره یو ځواب وټاکئ.
save-failed = ستاسو ځواب خوندي نه شو. مهرباني وکړئ بیا هڅه وکړئ یا له کارکوونکو مرسته وغواړئ.

## Stop
stop = ودرول
stop-title = غواړئ چې ودرېږئ؟
stop-body = تاسو کولای شئ خپل ورکړي ځوابونه وساتئ یا یې پاک کړئ.
stop-keep = ودرول او زما ځوابونه ساتل
stop-discard = ودرول او زما ځوابونه پاکول
stop-continue = سروې ته دوام ورکول
stop-deleted = ستاسو ځوابونه ړنګ شول.
ask-help = د مرستې غوښتنه وکړئ
help-called = د کارکوونکو څخه یو څوک ستاسو مرستې ته راځي. مهرباني وکړئ دلته انتظار وکړئ.

## Review and end
review-title = خپل ځوابونه وګورئ
review-change = بدلول
review-no-answer = ځواب نشته
review-send = زما ځوابونه لېږل
thanks-title = مننه!
thanks-body = ستاسو ځوابونه خوندي شول.
thanks-we-did = تاسو وویل، موږ وکړل
thanks-done = پای
still-there-title = ایا تاسو لا دلته یاست؟
still-there-body = { $seconds ->
    [one] سروې به په { $seconds } ثانیه کې بنده شي.
   *[other] سروې به په { $seconds } ثانیو کې بنده شي.
}
still-there-yes = هو، زه لا دلته یم

## Question widgets
choose-many-hint = تاسو کولای شئ له یوه څخه زیات وټاکئ.
text-label = ستاسو ځواب
text-count = { $count } له { $max } تورو څخه
number-label = ستاسو شمېره
number-invalid = مهرباني وکړئ له { $min } څخه تر { $max } پورې یوه شمېره ولیکئ.
number-increase = زیات
number-decrease = لږ
ranking-hint = پر شیانو د اهمیت په ترتیب لاس کېږدئ، تر ټولو مهم یې لومړی.
ranking-ordered = ستاسو ترتیب
ranking-unordered = لا نه دي ترتیب شوي
ranking-position = شمېره { $position }
ranking-move-up = پورته وړل
ranking-move-down = ښکته وړل
ranking-remove = له ترتیب څخه ایستل
ranking-reset = ترتیب بیا له سره پیلول
scale-point = { $value } له { $max } څخه
smiley-5-1 = ډېر بد
smiley-5-2 = بد
smiley-5-3 = نه ښه، نه بد
smiley-5-4 = ښه
smiley-5-5 = ډېر ښه
smiley-3-1 = بد
smiley-3-2 = نه ښه، نه بد
smiley-3-3 = ښه

## Fixed answers
choice-yes = هو
choice-no = نه
choice-above = زما له تمې ښه
choice-at = لکه څنګه چې مې تمه درلوده
choice-below = زما له تمې بد
choice-effective = ښه یې کار وکړ
choice-partial = یو څه یې کار وکړ
choice-critical = کار یې ونه کړ
choice-positive = ښه
choice-neutral = نه ښه، نه بد
choice-negative = بد
choice-up = ښه
choice-down = ښه نه دی
choice-under-14 = له ۱۴ کلونو کم
choice-age-14-17 = له ۱۴ تر ۱۷ کلونو
choice-age-18-24 = له ۱۸ تر ۲۴ کلونو
choice-age-25-34 = له ۲۵ تر ۳۴ کلونو
choice-age-35-44 = له ۳۵ تر ۴۴ کلونو
choice-age-45-54 = له ۴۵ تر ۵۴ کلونو
choice-age-55-64 = له ۵۵ تر ۶۴ کلونو
choice-age-65-plus = ۶۵ کلن یا زیات
choice-female = ښځه
choice-male = سړی
choice-other = بل
choice-prefer-not = نه غواړم ووایم
choice-under-2-months = له ۲ میاشتو کم
choice-months-2-6 = له ۲ تر ۶ میاشتو
choice-months-6-12 = له ۶ تر ۱۲ میاشتو
choice-over-12-months = له ۱۲ میاشتو زیات

## Nationalities
country-af = افغانستان
country-sy = سوریه
country-er = اریتریا
country-ps = فلسطین
country-tr = ترکیه
country-so = سومالیا
country-iq = عراق
country-gn = ګینه
country-cd = د کانګو دموکراتیک جمهوریت
country-bi = بروندي
country-ma = مراکش
country-ua = اوکراین
country-ir = ایران
country-ve = وینزویلا
country-co = کولمبیا
country-ru = روسیه

## Administration mode badges (shown to the resident)
mode-self-completed = پخپله
mode-assisted = د کارکوونکو په مرسته
mode-interpreter = له ژباړونکي سره
mode-interviewer = یو کارکوونکی پوښتنې لولي
mode-paper = له کاغذي فورمې څخه

## Staff
staff-corner = کارکوونکي: ۲ ثانیې ونیسئ
pin-title = د کارکوونکو ننوتل
pin-label = پټ نمبر (PIN)
pin-submit = خلاصول
pin-cancel = لغوه
pin-wrong = { $left ->
    [one] پټ نمبر غلط دی. { $left } هڅه پاتې ده.
   *[other] پټ نمبر غلط دی. { $left } هڅې پاتې دي.
}
pin-locked = { $minutes ->
    [one] ډېرې غلطې هڅې. په { $minutes } دقیقه کې بیا هڅه وکړئ.
   *[other] ډېرې غلطې هڅې. په { $minutes } دقیقو کې بیا هڅه وکړئ.
}
staff-title = د کارکوونکو برخه
staff-survey = فعاله سروې
staff-survey-builtin = دننه جوړ شوی
staff-survey-downloaded = له سرور څخه
staff-survey-replaces = له سرور څخه، د دننه جوړ شوي ځای نیسي
staff-survey-unusable = هغه سروې { $survey } چې له سرور څخه ښکته شوې نه شي کارول کېدای. د بیا ښکته کولو لپاره «اوس همغږي کړئ» کېکاږئ، یا همغږي کوونکي ته ووایاست.
staff-service-point = د خدمت ځای (مېز یا کړکۍ، هېڅکله یو کس نه)
staff-facility = د مرکز کوډ
staff-mode = راتلونکی ځواب څنګه راټولېږي
staff-counts = په دې وسیله کې ځوابونه
staff-completed-today = نن بشپړ شوي
staff-abandoned-today = نن ودرول شوي یا پرېښودل شوي
staff-completed-total = ټول بشپړ شوي
staff-abandoned-total = ټول پرېښودل شوي
staff-pending = د لېږلو په تمه
staff-settings = تنظیمات
staff-timeout = څو دقیقې بې له لمس څخه، مخکې له دې چې سروې له سره پیل شي
staff-save = تنظیمات خوندي کول
staff-saved = خوندي شو.
staff-invalid = { $field } سم نه دی: یوازې کوچني لاتیني توري، عددونه او هایفن (-) وکاروئ.
staff-timeout-invalid = له ۱ څخه تر ۶۰ پورې د دقیقو شمېر وټاکئ.
staff-pin-change = پټ نمبر بدلول
pin-current = اوسنی پټ نمبر
pin-confirm = نوی پټ نمبر بیا
pin-changed = پټ نمبر بدل شو.
pin-mismatch = دواړه نوي پټ نمبرونه یو شان نه دي.
staff-start = سروې پیلول
staff-start-entry = یو ځواب داخلول
staff-close = د کارکوونکو برخه تړل
staff-no-survey = په دې وسیله کې هېڅ سروې نشته.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = بیا واورئ
staff-help-call = یو اوسېدونکي چې { $language } لولي مرسته وغوښته. دا سروې لا په دې ژبه په بشپړه توګه نه اورېدل کېږي. مهرباني وکړئ هغه ته ورشئ.
staff-listen-missing = د اورېدو لپاره کمې
staff-record-missing = هغه څه چې په { $language } کې کم دي ثبت کړئ
staff-dismiss = پټول
staff-translations = ژباړې
staff-language = ژبه
staff-app-words = د اپلیکیشن متنونه
staff-status-draft = مسوده، د مورنۍ ژبې ویونکي د کتنې په تمه
staff-status-reviewed = کتل شوی
staff-coverage = د متن او غږ پوښښ
staff-coverage-text = متن
staff-audio-missing = غږ نشته
staff-audio-synthetic = مصنوعي
staff-audio-recorded = ثبت شوی
staff-recordings = پیغامونه ثبتول
staff-record-item = څه ثبت شي
staff-record = ثبتول
staff-record-stop = ثبتول ودرول
staff-record-keep = دا ثبت وساتئ
staff-record-import = یا یو غږیز فایل راوړئ
staff-record-kept = وساتل شو: له اوسه دا ثبت غږول کېږي.
staff-record-refused = دا فایل نشي کارېدای: باید له ۲ میګابایټ څخه کوچنی غږیز فایل وي.
staff-record-no-mic = هېڅ مایکروفون شتون نه لري.

# Sync (staff panel)
sync-title = له سرور سره همغږي
sync-not-enrolled = دا ټابلېټ لا تر اوسه په کوم همغږي سرور کې نه دی ثبت شوی.
sync-enrolled = په { $server } کې ثبت شوی
sync-server-url = د سرور پته
sync-code = د ثبت کوډ (له همغږي کوونکي څخه)
sync-enrol = دا ټابلېټ ثبت کړئ
sync-enrolling = ثبتېږي…
sync-enrol-ok = دا ټابلېټ ثبت شو. ځوابونه به په خپله ولېږل شي.
sync-error-address = د سرور دا پته سمه نه ده. باید په { $start } پیل شي.
sync-error-wrong-code = دا کوډ سم نه دی یا مخکې کارول شوی. له همغږي کوونکي نه نوی کوډ وغواړئ.
sync-error-expired = د دې کوډ موده پای ته رسېدلې. له همغږي کوونکي نه نوی کوډ وغواړئ.
sync-error-unreachable = سرور ته لاسرسی ونه شو. د انټرنیټ اړیکه او د سرور پته وګورئ.
sync-error-tls = له سرور سره خوندي اړیکه ناکامه شوه. د ټابلېټ نېټه او وخت او د سرور پته وګورئ.
sync-error-too-many = ډېرې هڅې وشوې. یوه دقیقه صبر وکړئ او بیا هڅه وکړئ.
sync-error-server = سرور ونه شو کولی دا ټابلېټ ثبت کړي. وروسته بیا هڅه وکړئ یا همغږي کوونکي ته ووایاست.
sync-now = اوس همغږي کړئ
sync-last-success = وروستۍ بریالۍ همغږي
sync-minutes-ago = { $minutes } دقیقې مخکې
sync-never = لا نه
sync-last-error = وروستۍ ستونزه
sync-set-aside = د سرور له خوا یو طرف ته ایښودل شوي

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = دا ټابلېټ چمتو کړئ
setup-body = مخکې له دې چې اوسېدونکي دا ټابلېټ وکاروي، د کارکوونکو پټ نمبر وټاکئ. کارکوونکي یې د کارکوونکو پاڼې پرانیستلو ته اړتیا لري: پورتنی کونج ۲ ثانیې ونیسئ. یوازې له کارکوونکو سره یې شریک کړئ.
setup-pin = د کارکوونکو پټ نمبر (له ۶ تر ۱۲ عددونو)
setup-pin-again = د کارکوونکو پټ نمبر بیا
setup-save = پټ نمبر خوندي کړئ
pin-new-digits = نوی پټ نمبر (له ۶ تر ۱۲ عددونو)
pin-rule-digits = پټ نمبر له ۶ تر ۱۲ عددونه لري، او یوازې عددونه.
pin-rule-common = دا پټ نمبر تر ټولو عام پټ نمبرونو کې دی. بل وټاکئ.
pin-rule-sequence = دا پټ نمبر ډېر ساده دی (یو عدد تکرار، پورته یا ښکته شمېرل، یا تکراري بڼه). بل وټاکئ.
sync-error-waiting = هغه ځوابونه چې هغه سرور ته د لېږلو په تمه دي چې دا ټابلېټ پکې ثبت دی: { $count }. لومړی «اوس همغږي کړئ» ووهئ چې ولېږل شي، بیا ټابلېټ په نوي سرور کې ثبت کړئ.
clock-off = د دې ټابلېټ نېټه او وخت سم نه دي: له سرور سره تر یوې ورځې ډېر توپیر لري (ورځې: { $days }). د ټابلېټ په ترتیباتو کې نېټه او وخت سم کړئ.
set-aside-wrong-facility = دا ځوابونه بل مرکز ښیي، نه هغه چې دا ټابلېټ پکې ثبت دی. په ترتیباتو کې مرکز وګورئ او همغږي کوونکي ته ووایاست.
set-aside-survey-not-on-server = سرور ستاسو د مرکز لپاره دا پوښتنلیک نه لري. له همغږي کوونکي وغواړئ چې په سرور کې یې وټاکي.
set-aside-conflict = سرور د همدې نمبر لاندې نور ځوابونه لري. همغږي کوونکي ته ووایاست؛ په ټابلېټ کې څه کول نه دي پکار.
set-aside-invalid = دا ځوابونه د سرور له پوښتنلیک سره سمون نه خوري، ښايي ځکه چې بدل شوی. همغږي کوونکي ته ووایاست.
set-aside-other = سرور دا ځوابونه د داسې دلیل له امله ونه منل چې دا اپ یې نه پېژني. اپ تازه کړئ او همغږي کوونکي ته ووایاست.
set-aside-kept = یوې خوا ته ایښودل شوي ځوابونه ۳۰ ورځې په دې ټابلېټ کې پاتې کېږي، بیا ړنګېږي.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = دا براوزر د Heard ځوابونه ساتي حتی کله چې د ټابلیټ ځای کم شي.
storage-not-kept = دا براوزر کېدای شي د Heard ځوابونه پاک کړي کله چې د ټابلیټ ځای کم شي. ډېر ځله همغږي وکړئ. که Heard بیا د لومړي تنظیم سره خلاص شو، ځوابونه یې پاک شوي دي: پټ نمبر وټاکئ او ټابلیټ بیا ثبت کړئ.
setup-storage-lost = براوزر هغه څه پاک کړل چې Heard پر دې ټابلیټ ساتلي وو (د ساتنې ځای پاک شو یا ډک شو). هغه ځوابونه چې لا سرور ته نه وو لېږل شوي ورک شول. پټ نمبر وټاکئ، بیا د کارکوونکو په پاڼه کې ټابلیټ بیا ثبت کړئ.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = څه ساتل کېږي؟
kept-title = څه ساتل کېږي؟
kept-close = بندول
kept-list-title = ستاسو د ځوابونو سره ساتل کېږي
kept-answers = ستاسو ځوابونه
kept-period = میاشت، نه ورځ یا وخت
kept-facility = مرکز
kept-service-point = په مرکز کې هغه ځای چې تاسو ځواب ورکړ، که وي
kept-language = هغه ژبه چې تاسو غوره کړه
kept-mode = ایا تاسو یوازې ځواب ورکړ که د مرستې سره
kept-audio-used = ایا تاسو پوښتنو ته غوږ ونیو
kept-status = ایا تاسو پای ته ورساوه که ودرېدئ
kept-survey = کومه پوښتنپاڼه، او د هغې کومه نسخه
kept-id = یوه تصادفي شمېره، چې ستاسو ځوابونه دوه ځله ونه شمېرل شي
kept-never-title = هېڅکله نه ساتل کېږي
kept-never-name = ستاسو نوم، یا ستاسو په اړه کومه شمېره
kept-never-device = دا ټابلېټ یا ټیلیفون
kept-never-time = دقیقه نېټه او وخت
kept-never-helper = چا له تاسو سره مرسته وکړه
kept-never-voice = ستاسو غږ یا مخ
