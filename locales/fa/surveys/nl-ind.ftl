# DRAFT translation by machine, needs native review

survey-title = کار ما چطور بود؟

section-measures = ارتباط شما با IND
section-information = اطلاعات ما
section-remarks = نظرهای شما

kto = در کل، امروز چقدر از IND راضی هستید؟
    .low = خیلی ناراضی
    .high = خیلی راضی
ces = انجام دادن کاری که لازم داشتید چقدر آسان بود؟
    .low = خیلی سخت
    .high = خیلی آسان
goal = آیا توانستید کاری را که برایش آمده بودید انجام دهید؟

thumbs = آیا اطلاعاتی که گرفتید مفید بود؟
thumbs-down-reason = اطلاعات چه مشکلی داشت؟
    .choice-not-found = چیزی را که دنبالش بودم پیدا نکردم
    .choice-unclear = فهمیدنش سخت بود
    .choice-incomplete = چیزی کم بود
    .choice-not-correct = درست نبود یا به‌روز نبود
    .choice-other = چیز دیگری
thumbs-down-detail = می‌توانید بیشتر توضیح دهید؟
    .hint = اختیاری. لطفاً اسم یا شماره V خود را ننویسید.

remark-category = می‌خواهید نظری بنویسید؟ درباره چیست؟
    .hint = اختیاری.
    .choice-technical-failure = چیزی کار نکرد (مشکل فنی)
    .choice-remark = یک نظر
    .choice-tip = یک پیشنهاد برای بهتر شدن
    .choice-other = چیز دیگری
remark = نظر شما
    .hint = لطفاً اسم یا شماره V خود را ننویسید.
