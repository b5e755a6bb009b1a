# DRAFT translation by machine, needs native review

survey-title = حياتك في المركز

section-home = غرفتك والحمّام
section-food = الطعام
section-adults = الكبار الذين يساعدونك
section-safety = الأمان
section-feelings = كيف حالك
section-overall = كل شيء معًا
section-about-you = معلومات عنك

room = ما رأيك في غرفتك؟
room-problem = ما الشيء غير الجيد؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-too-many-people = أشخاص كثيرون جدًا
    .choice-noisy = ضجيج كثير
    .choice-cold-or-hot = باردة جدًا أو حارّة جدًا
    .choice-broken = أشياء مكسورة
    .choice-other = شيء آخر

bathroom = ما رأيك في المراحيض وأماكن الاستحمام؟
bathroom-problem = ما الشيء غير الجيد؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-dirty = وسخة
    .choice-no-hot-water = لا يوجد ماء ساخن
    .choice-no-privacy = الآخرون يستطيعون رؤيتي
    .choice-broken = أشياء مكسورة
    .choice-other = شيء آخر

food = ما رأيك في الطعام؟
food-problem = ما الشيء غير الجيد؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-taste = طعمه ليس جيدًا
    .choice-not-enough = الطعام غير كافٍ
    .choice-not-my-food = لا أستطيع أن آكله (بسبب الدين أو الصحة)
    .choice-always-the-same = دائمًا نفس الطعام
    .choice-other = شيء آخر

adults-help = هل يساعدك الكبار هنا جيدًا؟
    .hint = الموظفون، والوصيّ عليك، والأخصائي الاجتماعي.
adults-problem = ما الشيء غير الجيد؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-not-listened = لا يستمعون إليّ
    .choice-no-time = ليس لديهم وقت لي
    .choice-not-understood = لا نفهم بعضنا
    .choice-unfair = ليسوا عادلين
    .choice-other = شيء آخر

safe = هل لديك شعور بالأمان هنا؟
safe-problem = ما الذي يُفقدك الشعور بالأمان؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-fights = شجارات
    .choice-bullying = الآخرون يتنمّرون عليّ
    .choice-theft = تُسرَق أشيائي
    .choice-at-night = في الليل
    .choice-other = شيء آخر

feel = كيف حالك هنا؟
feel-problem = ما الذي يسبّب لك شعورًا سيئًا؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-worried = أقلق كثيرًا
    .choice-bored = لا يوجد شيء أفعله
    .choice-lonely = أشعر بالوحدة
    .choice-miss-family = أشتاق إلى عائلتي
    .choice-sick = أشعر بالمرض أو بالألم
    .choice-other = شيء آخر

life-here = كيف حياتك في المركز؟
comment = هل هناك شيء آخر يهمّك أن نعرفه؟
    .hint = يُرجى عدم كتابة اسمك.

age = كم عمرك؟
