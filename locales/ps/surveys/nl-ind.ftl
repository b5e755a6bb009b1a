# DRAFT translation by machine, needs native review

survey-title = زموږ کار څنګه و؟

section-measures = له IND سره ستاسو اړیکه
section-information = زموږ معلومات
section-remarks = ستاسو نظرونه

kto = په ټوله کې، نن له IND څخه څومره راضي یاست؟
    .low = ډېر ناراضي
    .high = ډېر راضي
ces = هغه کار چې تاسو ورته اړتیا درلوده، سرته رسول یې څومره اسانه وو؟
    .low = ډېر ګران
    .high = ډېر اسان
goal = ایا مو هغه کار وکړای شو چې د هغه لپاره راغلي وئ؟

thumbs = ایا هغه معلومات چې ترلاسه مو کړل، ګټور وو؟
thumbs-down-reason = په معلوماتو کې څه ستونزه وه؟
    .choice-not-found = هغه څه مې پیدا نه کړل چې پسې ګرځېدم
    .choice-unclear = پرې پوهېدل ګران وو
    .choice-incomplete = یو څه پکې کم وو
    .choice-not-correct = سم نه وو یا تازه نه وو
    .choice-other = بل څه
thumbs-down-detail = ایا موږ ته نور څه ویلی شئ؟
    .hint = اختیاري. مهرباني وکړئ خپل نوم یا د V شمېره مه لیکئ.

remark-category = ایا غواړئ کوم نظر ولیکئ؟ د څه په اړه دی؟
    .hint = اختیاري.
    .choice-technical-failure = یو څه کار ونکړ (تخنیکي ستونزه)
    .choice-remark = یو نظر
    .choice-tip = د ښه کولو لپاره یو وړاندیز
    .choice-other = بل څه
remark = ستاسو نظر
    .hint = مهرباني وکړئ خپل نوم یا د V شمېره مه لیکئ.
