# DRAFT translation by machine, needs native review

survey-title = سروی رضایت مراجعین

section-quality = خدمات به صورت عموم
section-importance = چه چیز برای شما مهم‌تر است
section-aspects = بخش‌های خدمات
section-specialist = کارمند خدمات مراجعین
section-comments = نظریات شما

overall-quality = به صورت کلی، به کیفیت خدماتی که گرفتید چه نمره می‌دهید؟
    .low = بسیار ضعیف
    .high = عالی

aspect-importance = این‌ها را به ترتیب اهمیت برای خود تان ترتیب کنید، مهم‌ترین اول.
    .choice-waiting-time = وقت انتظار کوتاه
    .choice-information = معلومات واضح و مکمل
    .choice-booking = گرفتن آسان وقت ملاقات
    .choice-opening-hours = ساعات کاری مناسب
    .choice-specialist = کارمند وارد و با ادب

rate-waiting-time = به وقت انتظار چه نمره می‌دهید؟
    .low = بسیار ضعیف
    .high = عالی
rate-information = به معلوماتی که گرفتید چه نمره می‌دهید؟
    .hint = آیا واضح و مکمل بود؟
    .low = بسیار ضعیف
    .high = عالی
rate-booking = به گرفتن وقت ملاقات چه نمره می‌دهید؟
    .low = بسیار ضعیف
    .high = عالی
rate-opening-hours = به ساعات کاری چه نمره می‌دهید؟
    .low = بسیار ضعیف
    .high = عالی

specialist-work = به کار کارمندی که به شما خدمت کرد چه نمره می‌دهید؟
    .low = بسیار ضعیف
    .high = عالی
specialist-competence = به دانش و توانایی کارمند چه نمره می‌دهید؟
    .low = بسیار ضعیف
    .high = عالی
specialist-attitude = به رفتار کارمند با شما چه نمره می‌دهید؟
    .hint = آیا با ادب، با احترام و کمک کننده بود؟
    .low = بسیار ضعیف
    .high = عالی

comment = آیا چیز دیگری است که بخواهید به ما بگویید، یا پیشنهادی دارید؟
    .hint = لطفاً نام یا کود شخصی تان را ننویسید.
