# DRAFT translation by machine, needs native review

survey-title = كيف كان أداؤنا؟

section-measures = تواصلك مع IND
section-information = معلوماتنا
section-remarks = ملاحظاتك

kto = بشكل عام، ما مدى رضاك عن IND اليوم؟
    .low = غير مُرضٍ أبدًا
    .high = مُرضٍ جدًا
ces = ما مدى سهولة إنجاز ما احتجت إليه؟
    .low = صعب جدًا
    .high = سهل جدًا
goal = هل تمكّنت من إنجاز ما جئت من أجله؟

thumbs = هل كانت المعلومات التي حصلت عليها مفيدة؟
thumbs-down-reason = ما المشكلة في المعلومات؟
    .choice-not-found = لم أجد ما كنت أبحث عنه
    .choice-unclear = كان من الصعب فهمها
    .choice-incomplete = كان هناك شيء ناقص
    .choice-not-correct = لم تكن صحيحة أو لم تكن محدَّثة
    .choice-other = شيء آخر
thumbs-down-detail = هل يمكنك إخبارنا بالمزيد؟
    .hint = اختياري. يُرجى عدم كتابة اسمك أو رقم V الخاص بك.

remark-category = هل لديك ملاحظة؟ ما موضوعها؟
    .hint = اختياري.
    .choice-technical-failure = شيء لم يعمل (عطل تقني)
    .choice-remark = ملاحظة
    .choice-tip = اقتراح للتحسين
    .choice-other = شيء آخر
remark = ملاحظتك
    .hint = يُرجى عدم كتابة اسمك أو رقم V الخاص بك.
