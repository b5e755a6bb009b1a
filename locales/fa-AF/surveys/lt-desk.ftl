# DRAFT translation by machine, needs native review

survey-title = خدمات ما چطور بود؟

section-desk = خدمات در این میز

service = خدمات امروز ما چطور بود؟
displeased = چه چیز خوب نبود؟
    .hint = اختیاری: یکی را انتخاب کنید.
    .choice-waiting = بسیار زیاد انتظار کشیدم
    .choice-not-explained = کارها واضح توضیح داده نشد
    .choice-unfriendly = کارمندان مهربان نبودند
    .choice-not-solved = کارم حل نشد
    .choice-documents = مشکل با اسناد یا فورم‌ها
    .choice-other = چیز دیگر
pleased = از همه بیشتر چه چیز را خوش کردید؟
    .hint = اختیاری: یکی را انتخاب کنید.
    .choice-quick = کار زود شد
    .choice-clear = کارها واضح توضیح داده شد
    .choice-friendly = کارمندان مهربان بودند
    .choice-solved = کارم حل شد
    .choice-other = چیز دیگر
