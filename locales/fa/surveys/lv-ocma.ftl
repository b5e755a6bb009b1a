# DRAFT translation by machine, needs native review

survey-title = نظرسنجی رضایت مراجعان

section-quality = خدمات به طور کلی
section-importance = چه چیزی برای شما مهم‌تر است
section-aspects = بخش‌های خدمات
section-specialist = کارشناس خدمات مراجعان
section-comments = نظرهای شما

overall-quality = در کل، به کیفیت خدماتی که گرفتید چه نمره‌ای می‌دهید؟
    .low = خیلی ضعیف
    .high = عالی

aspect-importance = این موارد را به ترتیب اهمیت برای خودتان مرتب کنید؛ مهم‌ترین اول.
    .choice-waiting-time = زمان انتظار کوتاه
    .choice-information = اطلاعات روشن و کامل
    .choice-booking = گرفتن نوبت به آسانی
    .choice-opening-hours = ساعت‌های کاری مناسب
    .choice-specialist = کارشناسی وارد و مؤدب

rate-waiting-time = به زمان انتظار چه نمره‌ای می‌دهید؟
    .low = خیلی ضعیف
    .high = عالی
rate-information = به اطلاعاتی که گرفتید چه نمره‌ای می‌دهید؟
    .hint = آیا روشن و کامل بود؟
    .low = خیلی ضعیف
    .high = عالی
rate-booking = به نوبت‌گیری چه نمره‌ای می‌دهید؟
    .low = خیلی ضعیف
    .high = عالی
rate-opening-hours = به ساعت‌های کاری چه نمره‌ای می‌دهید؟
    .low = خیلی ضعیف
    .high = عالی

specialist-work = به کار کارشناسی که کار شما را انجام داد چه نمره‌ای می‌دهید؟
    .low = خیلی ضعیف
    .high = عالی
specialist-competence = به دانش و مهارت کارشناس چه نمره‌ای می‌دهید؟
    .low = خیلی ضعیف
    .high = عالی
specialist-attitude = به رفتار کارشناس با شما چه نمره‌ای می‌دهید؟
    .hint = آیا مؤدب و محترم بود و کمک کرد؟
    .low = خیلی ضعیف
    .high = عالی

comment = چیز دیگری هست که بخواهید به ما بگویید، یا پیشنهادی دارید؟
    .hint = لطفاً اسم یا کد شخصی‌تان را ننویسید.
