# DRAFT translation by machine, needs native review

survey-title = كيف كانت خدمتنا؟

section-desk = الخدمة في هذا المكتب

service = كيف كانت خدمتنا اليوم؟
displeased = ما الذي لم يكن جيدًا؟
    .hint = اختياري: يمكنك الضغط على جواب واحد.
    .choice-waiting = انتظرت وقتًا طويلًا جدًا
    .choice-not-explained = لم تُشرَح الأمور بوضوح
    .choice-unfriendly = الموظفون لم يكونوا لطفاء
    .choice-not-solved = لم تُحَلّ مسألتي
    .choice-documents = مشاكل في الوثائق أو الاستمارات
    .choice-other = شيء آخر
pleased = ما الذي أعجبك أكثر؟
    .hint = اختياري: يمكنك الضغط على جواب واحد.
    .choice-quick = كان الأمر سريعًا
    .choice-clear = شُرِحت الأمور بوضوح
    .choice-friendly = الموظفون كانوا لطفاء
    .choice-solved = حُلَّت مسألتي
    .choice-other = شيء آخر
