# DRAFT translation by machine, needs native review

survey-title = استبيان رضا العملاء

section-quality = الخدمة بشكل عام
section-importance = ما هو الأهم بالنسبة لك
section-aspects = أجزاء الخدمة
section-specialist = الموظف المختص بخدمة العملاء
section-comments = ملاحظاتك

overall-quality = بشكل عام، ما تقييمك لجودة الخدمة التي حصلت عليها؟
    .low = سيئ جدًا
    .high = ممتاز

aspect-importance = يُرجى ترتيب هذه الأمور حسب أهميتها لك، الأهم أولًا.
    .choice-waiting-time = وقت انتظار قصير
    .choice-information = معلومات واضحة وكاملة
    .choice-booking = حجز موعد بسهولة
    .choice-opening-hours = ساعات عمل مناسبة
    .choice-specialist = موظف مختص كفء ومهذّب

rate-waiting-time = ما تقييمك لوقت الانتظار؟
    .low = سيئ جدًا
    .high = ممتاز
rate-information = ما تقييمك للمعلومات التي حصلت عليها؟
    .hint = هل كانت واضحة وكاملة؟
    .low = سيئ جدًا
    .high = ممتاز
rate-booking = ما تقييمك لحجز الموعد؟
    .low = سيئ جدًا
    .high = ممتاز
rate-opening-hours = ما تقييمك لساعات العمل؟
    .low = سيئ جدًا
    .high = ممتاز

specialist-work = ما تقييمك لعمل الموظف المختص الذي خدمك؟
    .low = سيئ جدًا
    .high = ممتاز
specialist-competence = ما تقييمك لمعرفة الموظف المختص وكفاءته؟
    .low = سيئ جدًا
    .high = ممتاز
specialist-attitude = ما تقييمك لطريقة تعامل الموظف المختص معك؟
    .hint = هل كان التعامل مهذّبًا ومحترمًا ومفيدًا؟
    .low = سيئ جدًا
    .high = ممتاز

comment = هل هناك شيء آخر يهمّك أن نعرفه، أو لديك اقتراح؟
    .hint = يُرجى عدم كتابة اسمك أو رقمك الشخصي.
