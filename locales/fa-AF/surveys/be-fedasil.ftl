# DRAFT translation by machine, needs native review

survey-title = زندگی شما در مرکز

section-accommodation = اتاق، تشناب و حمام شما
section-food = غذا
section-supervision = کمک کارمندان
section-safety = امنیت
section-well-being = احوال شما
section-overall = به صورت کلی
section-about-you = در باره شما (اختیاری)

room-satisfied = آیا از اتاق تان راضی هستید؟
room-reasons = اتاق تان چه مشکل دارد؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-crowded = آدم بسیار زیاد است
    .choice-noisy = سر و صدا بسیار زیاد است
    .choice-cold-or-hot = بسیار سرد یا بسیار گرم است
    .choice-no-privacy = جای خصوصی ندارم
    .choice-broken = چیزها خراب است
    .choice-other = چیز دیگر

sanitary-satisfied = آیا از تشناب‌ها و حمام‌ها راضی هستید؟
sanitary-reasons = تشناب‌ها و حمام‌ها چه مشکل دارند؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-not-clean = پاک نیستند
    .choice-too-few = تعداد شان کم است
    .choice-no-hot-water = آب گرم نیست
    .choice-no-privacy = جای خصوصی ندارم
    .choice-broken = چیزها خراب است
    .choice-other = چیز دیگر

food-satisfied = آیا از غذا راضی هستید؟
food-reasons = غذا چه مشکل دارد؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-taste = مزه
    .choice-quantity = غذا کافی نیست
    .choice-not-halal-or-diet = با دین یا پرهیز غذایی من جور نیست
    .choice-no-variety = همیشه یک رقم است
    .choice-meal-times = وقت غذا برایم مناسب نیست
    .choice-cannot-cook = برای خود غذا پخته نمی‌توانم
    .choice-other = چیز دیگر

supervision-satisfied = آیا از کمک کارمندان راضی هستید؟
supervision-reasons = کمک کارمندان چه مشکل دارد؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-not-listened = به گپ من گوش نمی‌دهند
    .choice-no-information = معلومات کافی نمی‌گیرم
    .choice-hard-to-reach = پیدا کردن شان مشکل است
    .choice-language = گپ یک دیگر را نمی‌فهمیم
    .choice-unfair = با من عادلانه رفتار نمی‌شود
    .choice-other = چیز دیگر

safety-satisfied = آیا در مرکز احساس امنیت می‌کنید؟
safety-reasons = چرا احساس امنیت نمی‌کنید؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-conflicts = دعوا یا جنجال
    .choice-theft = چیزها دزدی می‌شود
    .choice-at-night = شب‌ها
    .choice-no-lock = دروازه اتاقم قفل نمی‌شود
    .choice-harassment = کسانی مرا آزار می‌دهند یا تهدید می‌کنند
    .choice-other = چیز دیگر

well-being-satisfied = آیا در مرکز احوال تان خوب است؟
well-being-reasons = چه چیز احوال تان را خراب می‌کند؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-worry-procedure = تشویش در باره دوسیه‌ام
    .choice-boredom = کاری برای انجام دادن نیست
    .choice-loneliness = تنهایی
    .choice-health = صحتم
    .choice-family = دوری از فامیل
    .choice-other = چیز دیگر

overall-rating = به صورت کلی به مرکز چه نمره می‌دهید؟
    .low = بسیار بد
    .high = بسیار خوب
comment = آیا چیز دیگری است که بخواهید به ما بگویید؟
    .hint = لطفاً نام تان را ننویسید.

age = چند سال عمر دارید؟
sex = جنسیت شما
nationality = تابعیت شما چیست؟
stay = چند وقت است که در این مرکز زندگی می‌کنید؟
