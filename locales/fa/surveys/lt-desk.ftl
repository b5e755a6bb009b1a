# DRAFT translation by machine, needs native review

survey-title = خدمات ما چطور بود؟

section-desk = خدمات در این باجه

service = خدمات امروز ما چطور بود؟
displeased = چه چیزی خوب پیش نرفت؟
    .hint = اختیاری: یکی را لمس کنید.
    .choice-waiting = خیلی منتظر ماندم
    .choice-not-explained = چیزها خوب توضیح داده نشد
    .choice-unfriendly = کارکنان مهربان نبودند
    .choice-not-solved = کارم انجام نشد
    .choice-documents = مشکل با مدارک یا فرم‌ها
    .choice-other = چیز دیگری
pleased = چه چیزی را از همه بیشتر دوست داشتید؟
    .hint = اختیاری: یکی را لمس کنید.
    .choice-quick = سریع بود
    .choice-clear = چیزها خوب توضیح داده شد
    .choice-friendly = کارکنان مهربان بودند
    .choice-solved = کارم انجام شد
    .choice-other = چیز دیگری
