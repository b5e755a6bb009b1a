# DRAFT translation by machine, needs native review

survey-title = په مرکز کې ستاسو ژوند

section-home = ستاسو کوټه او تشناب
section-food = خواړه
section-adults = هغه لویان چې له تاسو سره مرسته کوي
section-safety = امنیت
section-feelings = ستاسو حال
section-overall = ټول شیان یو ځای
section-about-you = ستاسو په اړه

room = خپله کوټه څومره خوښوئ؟
room-problem = څه شی ښه نه دی؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-too-many-people = خلک ډېر زیات دي
    .choice-noisy = شور ډېر دی
    .choice-cold-or-hot = ډېره یخني یا ډېره ګرمي
    .choice-broken = شیان خراب دي
    .choice-other = بل څه

bathroom = تشنابونه او د لمبلو ځایونه څومره خوښوئ؟
bathroom-problem = څه شی ښه نه دی؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-dirty = چټل دي
    .choice-no-hot-water = ګرمې اوبه نشته
    .choice-no-privacy = نور خلک ما لیدلی شي
    .choice-broken = شیان خراب دي
    .choice-other = بل څه

food = خواړه څومره خوښوئ؟
food-problem = څه شی ښه نه دی؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-taste = خوند یې ښه نه دی
    .choice-not-enough = خواړه کافي نه دي
    .choice-not-my-food = زه یې نشم خوړلی (د دین یا روغتیا له امله)
    .choice-always-the-same = تل یو شان دي
    .choice-other = بل څه

adults-help = ایا دلته لویان له تاسو سره ښه مرسته کوي؟
    .hint = کارکوونکي، ستاسو سرپرست، ستاسو ټولنیز کارکوونکی.
adults-problem = څه شی ښه نه دی؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-not-listened = زما خبرو ته غوږ نه نیسي
    .choice-no-time = زما لپاره وخت نه لري
    .choice-not-understood = د یو بل په خبرو نه پوهېږو
    .choice-unfair = انصاف نه کوي
    .choice-other = بل څه

safe = ایا دلته د امنیت احساس کوئ؟
safe-problem = څه شی تاسو ته د ناامنۍ احساس درکوي؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-fights = لانجې
    .choice-bullying = نور ما ځوروي
    .choice-theft = زما شیان غلا کېږي
    .choice-at-night = د شپې
    .choice-other = بل څه

feel = دلته څنګه احساس کوئ؟
feel-problem = څه شی تاسو ته بد احساس درکوي؟
    .hint = تاسو له یوه څخه زیات ځوابونه ټاکلی شئ.
    .choice-worried = ډېره اندېښنه لرم
    .choice-bored = د کولو لپاره هیڅ کار نشته
    .choice-lonely = ځان یوازې احساسوم
    .choice-miss-family = خپله کورنۍ مې ډېره یادېږي
    .choice-sick = ناروغ یم یا درد لرم
    .choice-other = بل څه

life-here = په مرکز کې ستاسو ژوند څنګه دی؟
comment = ایا غواړئ موږ ته نور څه ووایئ؟
    .hint = خپل نوم مه لیکئ.

age = څو کاله عمر لرئ؟
