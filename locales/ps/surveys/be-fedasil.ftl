# DRAFT translation by machine, needs native review

survey-title = په مرکز کې ستاسو ژوند

section-accommodation = ستاسو کوټه او تشنابونه
section-food = خواړه
section-supervision = د کارکوونکو مرسته
section-safety = امنیت
section-well-being = ستاسو حال
section-overall = په ټوله کې
section-about-you = ستاسو په اړه (اختیاري)

room-satisfied = ایا له خپلې کوټې راضي یاست؟
room-reasons = ستاسو کوټه څه ستونزه لري؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-crowded = خلک ډېر زیات دي
    .choice-noisy = شور ډېر دی
    .choice-cold-or-hot = ډېره یخني یا ډېره ګرمي
    .choice-no-privacy = خلوت نشته
    .choice-broken = شیان خراب دي
    .choice-other = بل څه

sanitary-satisfied = ایا له تشنابونو او د لمبلو ځایونو راضي یاست؟
sanitary-reasons = تشنابونه او د لمبلو ځایونه څه ستونزه لري؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-not-clean = پاک نه دي
    .choice-too-few = شمېر یې لږ دی
    .choice-no-hot-water = ګرمې اوبه نشته
    .choice-no-privacy = خلوت نشته
    .choice-broken = شیان خراب دي
    .choice-other = بل څه

food-satisfied = ایا له خوړو راضي یاست؟
food-reasons = خواړه څه ستونزه لري؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-taste = خوند
    .choice-quantity = خواړه کافي نه دي
    .choice-not-halal-or-diet = زما له دین یا پرهېز سره سم نه دي
    .choice-no-variety = تل یو شان دي
    .choice-meal-times = د خوړو وختونه ماته مناسب نه دي
    .choice-cannot-cook = زه ځان ته خواړه نشم پخولی
    .choice-other = بل څه

supervision-satisfied = ایا د کارکوونکو له مرستې راضي یاست؟
supervision-reasons = د کارکوونکو مرسته څه ستونزه لري؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-not-listened = زما خبرو ته غوږ نه نیسي
    .choice-no-information = زه کافي معلومات نه ترلاسه کوم
    .choice-hard-to-reach = هغوی ته رسېدل ګران دي
    .choice-language = د یو بل په خبرو نه پوهېږو
    .choice-unfair = له ما سره عادلانه چلند نه کېږي
    .choice-other = بل څه

safety-satisfied = ایا په مرکز کې د امنیت احساس کوئ؟
safety-reasons = ولې د امنیت احساس نه کوئ؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-conflicts = لانجې یا شخړې
    .choice-theft = شیان غلا کېږي
    .choice-at-night = د شپې
    .choice-no-lock = زما د کوټې دروازه نه قلفېږي
    .choice-harassment = خلک ما ځوروي یا ګواښوي
    .choice-other = بل څه

well-being-satisfied = ایا په مرکز کې ښه احساس کوئ؟
well-being-reasons = څه شی تاسو ته بد احساس درکوي؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-worry-procedure = زما د دوسیې په اړه اندېښنه
    .choice-boredom = د کولو لپاره هیڅ کار نشته
    .choice-loneliness = یوازیتوب
    .choice-health = زما روغتیا
    .choice-family = له کورنۍ څخه لرې والی
    .choice-other = بل څه

overall-rating = په ټوله کې مرکز ته څه نمره ورکوئ؟
    .low = ډېر بد
    .high = ډېر ښه
comment = ایا نور څه شته چې غواړئ موږ ته یې ووایئ؟
    .hint = مهرباني وکړئ خپل نوم مه لیکئ.

age = څو کاله عمر لرئ؟
sex = ستاسو جنسیت
nationality = ستاسو تابعیت څه دی؟
stay = څومره وخت کېږي چې په دې مرکز کې اوسېږئ؟
