# DRAFT translation by machine, needs native review

survey-title = حياتك في المركز

section-accommodation = غرفتك والمراحيض وأماكن الاستحمام
section-food = الوجبات
section-supervision = مساعدة الموظفين
section-safety = الأمان
section-well-being = كيف تشعر
section-overall = بشكل عام
section-about-you = معلومات عنك (غير إلزامي)

room-satisfied = هل غرفتك مُرضية؟
room-reasons = ما المشكلة في غرفتك؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-crowded = أشخاص كثيرون جدًا
    .choice-noisy = ضجيج كثير
    .choice-cold-or-hot = باردة جدًا أو حارّة جدًا
    .choice-no-privacy = لا توجد خصوصية
    .choice-broken = أشياء مكسورة
    .choice-other = شيء آخر

sanitary-satisfied = هل المراحيض وأماكن الاستحمام مُرضية؟
sanitary-reasons = ما المشكلة في المراحيض وأماكن الاستحمام؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-not-clean = غير نظيفة
    .choice-too-few = عددها قليل
    .choice-no-hot-water = لا يوجد ماء ساخن
    .choice-no-privacy = لا توجد خصوصية
    .choice-broken = أشياء مكسورة
    .choice-other = شيء آخر

food-satisfied = هل الوجبات مُرضية؟
food-reasons = ما المشكلة في الوجبات؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-taste = الطعم
    .choice-quantity = الطعام غير كافٍ
    .choice-not-halal-or-diet = غير مناسب لديني أو لنظامي الغذائي
    .choice-no-variety = دائمًا نفس الطعام
    .choice-meal-times = أوقات الوجبات لا تناسبني
    .choice-cannot-cook = لا أستطيع أن أطبخ لنفسي
    .choice-other = شيء آخر

supervision-satisfied = هل مساعدة الموظفين مُرضية؟
supervision-reasons = ما المشكلة في مساعدة الموظفين؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-not-listened = لا يستمعون إليّ
    .choice-no-information = لا أحصل على معلومات كافية
    .choice-hard-to-reach = من الصعب الوصول إليهم
    .choice-language = لا نفهم بعضنا
    .choice-unfair = لا يعاملونني بعدل
    .choice-other = شيء آخر

safety-satisfied = هل تشعر بالأمان في المركز؟
safety-reasons = لماذا لا تشعر بالأمان؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-conflicts = شجارات أو خلافات
    .choice-theft = سرقة الأشياء
    .choice-at-night = في الليل
    .choice-no-lock = باب غرفتي لا يُقفَل
    .choice-harassment = أشخاص يزعجونني أو يهددونني
    .choice-other = شيء آخر

well-being-satisfied = هل تشعر أنك بخير في المركز؟
well-being-reasons = ما الذي يجعلك لا تشعر أنك بخير؟
    .hint = يمكنك اختيار أكثر من جواب.
    .choice-worry-procedure = القلق بشأن إجراءات طلبي
    .choice-boredom = لا يوجد شيء أفعله
    .choice-loneliness = الوحدة
    .choice-health = صحتي
    .choice-family = البعد عن عائلتي
    .choice-other = شيء آخر

overall-rating = كيف تقيّم المركز بشكل عام؟
    .low = سيئ جدًا
    .high = جيد جدًا
comment = هل هناك شيء آخر تريد أن تقوله لنا؟
    .hint = من فضلك لا تكتب اسمك.

age = كم عمرك؟
sex = هل أنت…
nationality = ما هي جنسيتك؟
stay = منذ متى تعيش في هذا المركز؟
