# DRAFT translation by machine, needs native review
# دەقەکانی بەرنامەی Heard، کوردیی ناوەندی (سۆرانی).

## Resident flow
welcome-title = بەخێربێن
welcome-body = پێمان بڵێن ژیان لێرە بۆ ئێوە چۆنە. چەند خولەکێک دەخایەنێت.
welcome-start = دەستپێکردن
language-title = زمانەکەتان هەڵبژێرن
anonymity-title = وەڵامەکانتان بێ ناون
anonymity-body = ناوتان لێ ناپرسرێت. وەڵامەکانتان بە هیچ شێوەیەک کاریگەرییان لەسەر داواکاریی پەنابەرییەکەتان یان دۆخی مانەوەتان نابێت.
anonymity-continue = تێگەیشتم، بەردەوام دەبم
nav-next = دواتر
nav-back = گەڕانەوە
nav-skip = تێپەڕاندن
listen = گوێگرتن
progress = پرسیاری { $current } لە { $total }
required-hint = تکایە وەڵامێک هەڵبژێرن بۆ ئەوەی بەردەوام بن.
save-failed = وەڵامەکەتان پاشەکەوت نەکرا. تکایە دووبارە هەوڵ بدەنەوە یان داوای یارمەتی لە کارمەندان بکەن.

## Stop
stop = وەستان
stop-title = دەتانەوێت بوەستن؟
stop-body = دەتوانن ئەو وەڵامانەی داوتانە بهێڵنەوە یان بیانسڕنەوە.
stop-keep = وەستان و هێشتنەوەی وەڵامەکانم
stop-discard = وەستان و سڕینەوەی وەڵامەکانم
stop-continue = بەردەوامبوون لە ڕاپرسییەکە
stop-deleted = وەڵامەکانت سڕانەوە.
ask-help = داوای یارمەتی بکە
help-called = یەکێک لە کارمەندان دێت بۆ یارمەتیدانت. تکایە لێرە چاوەڕێ بکە.

## Review and end
review-title = وەڵامەکانتان بپشکنن
review-change = گۆڕین
review-no-answer = بێ وەڵام
review-send = وەڵامەکانم بنێرە
thanks-title = سوپاس!
thanks-body = وەڵامەکانتان پاشەکەوت کران.
thanks-we-did = ئێوە وتتان، ئێمە کردمان
thanks-done = تەواو
still-there-title = هێشتا لێرەن؟
still-there-body = { $seconds ->
    [one] ڕاپرسییەکە دوای { $seconds } چرکە دادەخرێت.
   *[other] ڕاپرسییەکە دوای { $seconds } چرکە دادەخرێت.
}
still-there-yes = بەڵێ، هێشتا لێرەم

## Question widgets
choose-many-hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
text-label = وەڵامەکەتان
text-count = { $count } لە { $max } پیت
number-label = ژمارەکەتان
number-invalid = تکایە ژمارەیەک لە { $min } تا { $max } بنووسن.
number-increase = زیاتر
number-decrease = کەمتر
ranking-hint = بەپێی گرنگی دەست لە بابەتەکان بدەن، گرنگترینیان یەکەم.
ranking-ordered = ڕیزبەندییەکەتان
ranking-unordered = هێشتا ڕیز نەکراون
ranking-position = ژمارە { $position }
ranking-move-up = بۆ سەرەوە
ranking-move-down = بۆ خوارەوە
ranking-remove = لە ڕیزبەندی دەربهێنن
ranking-reset = ڕیزبەندی لە سەرەتاوە
scale-point = { $value } لە { $max }
smiley-5-1 = زۆر خراپ
smiley-5-2 = خراپ
smiley-5-3 = نە باش، نە خراپ
smiley-5-4 = باش
smiley-5-5 = زۆر باش
smiley-3-1 = خراپ
smiley-3-2 = نە باش، نە خراپ
smiley-3-3 = باش

## Fixed answers
choice-yes = بەڵێ
choice-no = نەخێر
choice-above = باشتر لەوەی چاوەڕێم دەکرد
choice-at = وەک ئەوەی چاوەڕێم دەکرد
choice-below = خراپتر لەوەی چاوەڕێم دەکرد
choice-effective = باش کاری کرد
choice-partial = تا ڕادەیەک کاری کرد
choice-critical = کاری نەکرد
choice-positive = باش
choice-neutral = نە باش، نە خراپ
choice-negative = خراپ
choice-up = باش
choice-down = باش نییە
choice-under-14 = کەمتر لە 14 ساڵ
choice-age-14-17 = 14 تا 17 ساڵ
choice-age-18-24 = 18 تا 24 ساڵ
choice-age-25-34 = 25 تا 34 ساڵ
choice-age-35-44 = 35 تا 44 ساڵ
choice-age-45-54 = 45 تا 54 ساڵ
choice-age-55-64 = 55 تا 64 ساڵ
choice-age-65-plus = 65 ساڵ یان زیاتر
choice-female = ئافرەت
choice-male = پیاو
choice-other = هیتر
choice-prefer-not = پێم باشە نەیڵێم
choice-under-2-months = کەمتر لە 2 مانگ
choice-months-2-6 = 2 تا 6 مانگ
choice-months-6-12 = 6 تا 12 مانگ
choice-over-12-months = زیاتر لە 12 مانگ

## Nationalities
country-af = ئەفغانستان
country-sy = سووریا
country-er = ئەریتریا
country-ps = فەلەستین
country-tr = تورکیا
country-so = سۆماڵ
country-iq = عێراق
country-gn = گینێ
country-cd = کۆماری دیموکراتیی کۆنگۆ
country-bi = بوروندی
country-ma = مەغریب
country-ua = ئۆکرانیا
country-ir = ئێران
country-ve = ڤەنزوێلا
country-co = کۆلۆمبیا
country-ru = ڕووسیا

## Administration mode badges (shown to the resident)
mode-self-completed = خۆت بە تەنیا
mode-assisted = بە یارمەتیی کارمەندان
mode-interpreter = لەگەڵ وەرگێڕ
mode-interviewer = کارمەندێک پرسیارەکان دەخوێنێتەوە
mode-paper = لە فۆرمی کاغەزەوە

## Staff
staff-corner = کارمەندان: 2 چرکە پەنجەی لەسەر دابگرە
pin-title = چوونەژوورەوەی کارمەندان
pin-label = ژمارەی نهێنی (PIN)
pin-submit = کردنەوە
pin-cancel = هەڵوەشاندنەوە
pin-wrong = { $left ->
    [one] ژمارەی نهێنی هەڵەیە. { $left } هەوڵت ماوە.
   *[other] ژمارەی نهێنی هەڵەیە. { $left } هەوڵت ماوە.
}
pin-locked = { $minutes ->
    [one] هەوڵی هەڵە زۆر بوو. دوای { $minutes } خولەک دووبارە هەوڵ بدەرەوە.
   *[other] هەوڵی هەڵە زۆر بوو. دوای { $minutes } خولەک دووبارە هەوڵ بدەرەوە.
}
staff-title = بەشی کارمەندان
staff-survey = ڕاپرسیی چالاک
staff-survey-builtin = ناوخۆیی
staff-survey-downloaded = لە ڕاژەکارەوە
staff-survey-replaces = لە ڕاژەکارەوە، جێگەی ڕاپرسیی ناوخۆیی دەگرێتەوە
staff-survey-unusable = ڕاپرسیی { $survey } کە لە ڕاژەکارەوە داگیراوە ناتوانرێت بەکاربهێنرێت. «ئێستا هاوکات بکە» دابگرە بۆ دووبارە داگرتنەوە، یان بە هەماهەنگکار بڵێ.
staff-service-point = خاڵی خزمەتگوزاری (مێز یان کاونتەر، هەرگیز کەسێک نا)
staff-facility = کۆدی بنکە
staff-mode = وەڵامی داهاتوو چۆن کۆدەکرێتەوە
staff-counts = وەڵامەکان لەسەر ئەم ئامێرە
staff-completed-today = ئەمڕۆ تەواوکراون
staff-abandoned-today = ئەمڕۆ وەستێنراون یان جێهێڵراون
staff-completed-total = بە گشتی تەواوکراون
staff-abandoned-total = بە گشتی جێهێڵراون
staff-pending = چاوەڕێی ناردنن
staff-settings = ڕێکخستنەکان
staff-timeout = چەند خولەک بێ دەستلێدان پێش ئەوەی ڕاپرسییەکە لە سەرەتاوە دەست پێ بکاتەوە
staff-save = پاشەکەوتکردنی ڕێکخستنەکان
staff-saved = پاشەکەوت کرا.
staff-invalid = { $field } دروست نییە: تەنها پیتی بچووکی لاتینی، ژمارە و هێڵی ناوەڕاست (-) بەکاربهێنە.
staff-timeout-invalid = ژمارەیەکی خولەک لە 1 تا 60 هەڵبژێرە.
staff-pin-change = گۆڕینی ژمارەی نهێنی
pin-current = ژمارەی نهێنیی ئێستا
pin-confirm = ژمارەی نهێنیی نوێ، دووبارە
pin-changed = ژمارەی نهێنی گۆڕدرا.
pin-mismatch = هەردوو ژمارە نهێنییە نوێیەکە وەک یەک نین.
staff-start = دەستپێکردنی ڕاپرسی
staff-start-entry = تۆمارکردنی وەڵامێک
staff-close = داخستنی بەشی کارمەندان
staff-no-survey = هیچ ڕاپرسییەک لەسەر ئەم ئامێرە نییە.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = دووبارە گوێ بگرە
staff-help-call = دانیشتوویەک کە { $language } دەخوێنێتەوە داوای یارمەتی کرد. ئەم ڕاپرسییە هێشتا بە تەواوی بەو زمانە گوێی لێ ناگیرێت. تکایە بچۆ بۆ لای.
staff-listen-missing = کەموکوڕی بۆ گوێگرتن
staff-record-missing = ئەوەی کەمە بە { $language } تۆمار بکە
staff-dismiss = شاردنەوە
staff-translations = وەرگێڕانەکان
staff-language = زمان
staff-app-words = دەقەکانی بەرنامە
staff-status-draft = ڕەشنووس، چاوەڕێی پێداچوونەوەی قسەکەری زگماک
staff-status-reviewed = پێداچوونەوەی بۆ کراوە
staff-coverage = ڕووپۆشی دەق و دەنگ
staff-coverage-text = دەق
staff-audio-missing = دەنگ نییە
staff-audio-synthetic = دەستکرد
staff-audio-recorded = تۆمارکراو
staff-recordings = تۆمارکردنی پەیامەکان
staff-record-item = چی تۆمار بکرێت
staff-record = تۆمارکردن
staff-record-stop = ڕاگرتنی تۆمارکردن
staff-record-keep = ئەم تۆمارە هەڵبگرە
staff-record-import = یان فایلێکی دەنگی هاوردە بکە
staff-record-kept = هەڵگیرا: لە ئێستاوە ئەم تۆمارە لێدەدرێت.
staff-record-refused = ئەم فایلە بەکارنایەت: دەبێت فایلێکی دەنگی کەمتر لە ٢ مێگابایت بێت.
staff-record-no-mic = هیچ مایکرۆفۆنێک بەردەست نییە.

# Sync (staff panel)
sync-title = هاوکاتکردن لەگەڵ ڕاژەکار
sync-not-enrolled = ئەم تابلێتە هێشتا لە هیچ ڕاژەکارێکی هاوکاتکردن تۆمار نەکراوە.
sync-enrolled = تۆمارکراوە لە { $server }
sync-server-url = ناونیشانی ڕاژەکار
sync-code = کۆدی تۆمارکردن (لە ڕێکخەرەوە)
sync-enrol = ئەم تابلێتە تۆمار بکە
sync-enrolling = تۆمار دەکرێت…
sync-enrol-ok = ئەم تابلێتە تۆمارکرا. وەڵامەکان خۆکارانە دەنێردرێن.
sync-error-address = ئەم ناونیشانی ڕاژەکارە دروست نییە. دەبێت بە { $start } دەست پێ بکات.
sync-error-wrong-code = ئەم کۆدە دروست نییە یان پێشتر بەکارهاتووە. داوای کۆدێکی نوێ لە ڕێکخەر بکە.
sync-error-expired = ماوەی ئەم کۆدە بەسەرچووە. داوای کۆدێکی نوێ لە ڕێکخەر بکە.
sync-error-unreachable = نەتوانرا بگەیت بە ڕاژەکار. پەیوەندی ئینتەرنێت و ناونیشانی ڕاژەکار بپشکنە.
sync-error-tls = پەیوەندی پارێزراو لەگەڵ ڕاژەکار سەرکەوتوو نەبوو. بەروار و کاتی تابلێت و ناونیشانی ڕاژەکار بپشکنە.
sync-error-too-many = هەوڵی زۆر درا. خولەکێک چاوەڕێ بکە و دووبارە هەوڵ بدەوە.
sync-error-server = ڕاژەکار نەیتوانی ئەم تابلێتە تۆمار بکات. دواتر هەوڵ بدەوە یان بە ڕێکخەر بڵێ.
sync-now = ئێستا هاوکات بکە
sync-last-success = دوایین هاوکاتکردنی سەرکەوتوو
sync-minutes-ago = { $minutes } خولەک لەمەوبەر
sync-never = هێشتا نا
sync-last-error = دوایین کێشە
sync-set-aside = لەلایەن ڕاژەکارەوە لاخراون

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = ئامادەکردنی ئەم تابلێتە
setup-body = پێش ئەوەی نیشتەجێیان ئەم تابلێتە بەکاربهێنن، ژمارەی نهێنی کارمەندان هەڵبژێرە. کارمەندان بۆ کردنەوەی پانێڵی کارمەندان پێویستیان پێیەتی: گۆشەی سەرەوە ٢ چرکە دابگرە. تەنها لەگەڵ کارمەندان بەشی بکە.
setup-pin = ژمارەی نهێنی کارمەندان (٦ بۆ ١٢ ژمارە)
setup-pin-again = ژمارەی نهێنی کارمەندان دووبارە
setup-save = پاشەکەوتکردنی ژمارەی نهێنی
pin-new-digits = ژمارەی نهێنی نوێ (٦ بۆ ١٢ ژمارە)
pin-rule-digits = ژمارەی نهێنی ٦ بۆ ١٢ ژمارەیە، و تەنها ژمارە.
pin-rule-common = ئەم ژمارە نهێنییە یەکێکە لە باوترینەکان. یەکێکی تر هەڵبژێرە.
pin-rule-sequence = ئەم ژمارە نهێنییە زۆر سادەیە (یەک ژمارەی دووبارە، ژماردن بەرەو سەرەوە یان خوارەوە، یان نەخشێکی دووبارە). یەکێکی تر هەڵبژێرە.
sync-error-waiting = ئەو وەڵامانەی چاوەڕێی ناردنن بۆ ئەو ڕاژەکارەی ئەم تابلێتەی تێدا تۆمارکراوە: { $count }. سەرەتا «ئێستا هاوکات بکە» دابگرە بۆ ناردنیان، پاشان تابلێتەکە لە ڕاژەکاری نوێ تۆمار بکە.
clock-off = بەروار و کاتی ئەم تابلێتە هەڵەیە: زیاتر لە ڕۆژێک جیاوازە لە ڕاژەکار (ڕۆژ: { $days }). بەروار و کات لە ڕێکخستنەکانی تابلێتەکە ڕاست بکەوە.
set-aside-wrong-facility = ئەم وەڵامانە ناوی دامەزراوەیەکی تر دەبەن، نەک ئەوەی تابلێتەکەی تێدا تۆمارکراوە. دامەزراوە لە ڕێکخستنەکان بپشکنە و بە ڕێکخەر بڵێ.
set-aside-survey-not-on-server = ڕاژەکار ئەم ڕاپرسییەی بۆ دامەزراوەکەتان نییە. داوا لە ڕێکخەر بکە لەسەر ڕاژەکار دیاری بکات.
set-aside-conflict = ڕاژەکار وەڵامی تری بە هەمان ژمارە هەیە. بە ڕێکخەر بڵێ؛ لەسەر تابلێت هیچ پێویست نییە.
set-aside-invalid = ئەم وەڵامانە لەگەڵ ڕاپرسییەکەی سەر ڕاژەکار ناگونجێن، لەوانەیە چونکە گۆڕاوە. بە ڕێکخەر بڵێ.
set-aside-other = ڕاژەکار ئەم وەڵامانەی بە هۆیەک ڕەتکردەوە کە ئەم ئەپە نایناسێت. ئەپەکە نوێ بکەوە و بە ڕێکخەر بڵێ.
set-aside-kept = وەڵامە لاوەنراوەکان ٣٠ ڕۆژ لەسەر ئەم تابلێتە دەمێننەوە، پاشان دەسڕێنەوە.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = ئەم وێبگەڕە وەڵامەکانی Heard دەپارێزێت تەنانەت کاتێک شوێنی تابلێتەکە کەم دەبێتەوە.
storage-not-kept = ئەم وێبگەڕە لەوانەیە وەڵامەکانی Heard بسڕێتەوە کاتێک شوێنی تابلێتەکە کەم دەبێتەوە. زوو زوو هاوکات بکە. ئەگەر Heard دووبارە لە ڕێکخستنی یەکەمجار کرایەوە، وەڵامەکانی سڕاونەتەوە: PIN هەڵبژێرە و تابلێتەکە دووبارە تۆمار بکە.
setup-storage-lost = وێبگەڕەکە ئەوەی Heard لەسەر ئەم تابلێتە هەڵیگرتبوو سڕییەوە (شوێنی هەڵگرتن پاککرایەوە یان پڕ بوو). ئەو وەڵامانەی هێشتا نەنێردراون بۆ ڕاژەکار ون بوون. PIN هەڵبژێرە، پاشان لە پانێڵی کارمەندان تابلێتەکە دووبارە تۆمار بکە.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = چی هەڵدەگیرێت؟
kept-title = چی هەڵدەگیرێت؟
kept-close = داخستن
kept-list-title = لەگەڵ وەڵامەکانت هەڵدەگیرێت
kept-answers = وەڵامەکانت
kept-period = مانگ، نەک ڕۆژ یان کات
kept-facility = سەنتەرەکە
kept-service-point = ئەو شوێنەی سەنتەرەکە کە وەڵامت دایەوە، ئەگەر هەبێت
kept-language = ئەو زمانەی هەڵتبژارد
kept-mode = ئایا بە تەنیا وەڵامت دایەوە یان بە یارمەتی
kept-audio-used = ئایا گوێت لە پرسیارەکان گرت
kept-status = ئایا تەواوت کرد یان وەستایت
kept-survey = کام ڕاپرسی، و کام وەشانی
kept-id = ژمارەیەکی هەڕەمەکی، بۆ ئەوەی وەڵامەکانت دوو جار نەژمێردرێن
kept-never-title = هەرگیز هەڵناگیرێت
kept-never-name = ناوت، یان هەر ژمارەیەک دەربارەی تۆ
kept-never-device = ئەم تابلێت یان تەلەفۆنە
kept-never-time = ڕێکەوت و کاتی ورد
kept-never-helper = کێ یارمەتیی دایت
kept-never-voice = دەنگت یان ڕووخسارت
