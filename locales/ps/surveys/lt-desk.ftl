# DRAFT translation by machine, needs native review

survey-title = زموږ خدمت څنګه و؟

section-desk = په دې مېز کې خدمت

service = نن زموږ خدمت څنګه و؟
displeased = څه شی سم نه و؟
    .hint = اختیاري: یو یې وټاکئ.
    .choice-waiting = ډېر وخت مې انتظار وکړ
    .choice-not-explained = شیان په روښانه توګه نه و تشریح شوي
    .choice-unfriendly = کارکوونکي مهربانه نه وو
    .choice-not-solved = زما کار حل نه شو
    .choice-documents = له اسنادو یا فورمو سره ستونزې
    .choice-other = بل څه
pleased = تر ټولو ډېر مو څه خوښ شول؟
    .hint = اختیاري: یو یې وټاکئ.
    .choice-quick = کار ژر وشو
    .choice-clear = شیان په روښانه توګه تشریح شول
    .choice-friendly = کارکوونکي مهربانه وو
    .choice-solved = زما کار حل شو
    .choice-other = بل څه
