# DRAFT translation by machine, needs native review

survey-title = د مراجعینو د رضایت سروې

section-quality = خدمت په عمومي توګه
section-importance = ستاسو لپاره تر ټولو مهم څه دي
section-aspects = د خدمت برخې
section-specialist = د مراجعینو د خدمت کارکوونکی
section-comments = ستاسو نظرونه

overall-quality = په ټوله کې، د هغه خدمت کیفیت ته چې ترلاسه مو کړ، څه نمره ورکوئ؟
    .low = ډېر خراب
    .high = عالي

aspect-importance = دا شیان د خپل اهمیت له مخې ترتیب کړئ، تر ټولو مهم لومړی.
    .choice-waiting-time = د انتظار لنډ وخت
    .choice-information = روښانه او بشپړ معلومات
    .choice-booking = د لیدنې وخت په اسانۍ نیول
    .choice-opening-hours = مناسب کاري ساعتونه
    .choice-specialist = پوه او با ادبه کارکوونکی

rate-waiting-time = د انتظار وخت ته څه نمره ورکوئ؟
    .low = ډېر خراب
    .high = عالي
rate-information = هغو معلوماتو ته چې ترلاسه مو کړل، څه نمره ورکوئ؟
    .hint = ایا روښانه او بشپړ وو؟
    .low = ډېر خراب
    .high = عالي
rate-booking = د لیدنې وخت نیولو ته څه نمره ورکوئ؟
    .low = ډېر خراب
    .high = عالي
rate-opening-hours = کاري ساعتونو ته څه نمره ورکوئ؟
    .low = ډېر خراب
    .high = عالي

specialist-work = د هغه کارکوونکي کار ته چې تاسو ته یې خدمت وکړ، څه نمره ورکوئ؟
    .low = ډېر خراب
    .high = عالي
specialist-competence = د کارکوونکي پوهې او وړتیا ته څه نمره ورکوئ؟
    .low = ډېر خراب
    .high = عالي
specialist-attitude = له تاسو سره د کارکوونکي چلند ته څه نمره ورکوئ؟
    .hint = ایا چلند یې با ادبه، درناوي سره او مرسته کوونکی و؟
    .low = ډېر خراب
    .high = عالي

comment = ایا نور څه شته چې غواړئ موږ ته یې ووایئ، یا کوم وړاندیز لرئ؟
    .hint = مهرباني وکړئ خپل نوم یا شخصي کوډ مه لیکئ.
