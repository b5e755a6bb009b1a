# DRAFT translation by machine, needs native review

survey-title = کار ما چطور بود؟

section-measures = تماس شما با IND
section-information = معلومات ما
section-remarks = نظریات شما

kto = به صورت کلی، امروز از IND چقدر راضی هستید؟
    .low = بسیار ناراضی
    .high = بسیار راضی
ces = انجام دادن کاری که به آن ضرورت داشتید چقدر آسان بود؟
    .low = بسیار مشکل
    .high = بسیار آسان
goal = آیا کاری را که برایش آمده بودید، انجام داده توانستید؟

thumbs = آیا معلوماتی که گرفتید مفید بود؟
thumbs-down-reason = معلومات چه مشکل داشت؟
    .choice-not-found = چیزی را که می‌پالیدم پیدا نکردم
    .choice-unclear = فهمیدنش مشکل بود
    .choice-incomplete = چیزی کم بود
    .choice-not-correct = درست نبود یا تازه نبود
    .choice-other = چیز دیگر
thumbs-down-detail = آیا می‌توانید بیشتر بگویید؟
    .hint = اختیاری. لطفاً نام یا نمبر V تان را ننویسید.

remark-category = آیا می‌خواهید نظری بنویسید؟ در باره چیست؟
    .hint = اختیاری.
    .choice-technical-failure = چیزی کار نکرد (مشکل تخنیکی)
    .choice-remark = یک نظر
    .choice-tip = یک پیشنهاد برای بهتر شدن
    .choice-other = چیز دیگر
remark = نظر شما
    .hint = لطفاً نام یا نمبر V تان را ننویسید.
