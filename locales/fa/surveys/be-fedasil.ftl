# DRAFT translation by machine, needs native review

survey-title = زندگی شما در مرکز

section-accommodation = اتاق، توالت و حمام شما
section-food = غذا
section-supervision = کمک کارکنان
section-safety = امنیت
section-well-being = حال شما
section-overall = در کل
section-about-you = درباره شما (اختیاری)

room-satisfied = آیا از اتاقتان راضی هستید؟
room-reasons = اتاقتان چه مشکلی دارد؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-crowded = آدم‌ها خیلی زیادند
    .choice-noisy = سر و صدا خیلی زیاد است
    .choice-cold-or-hot = خیلی سرد یا خیلی گرم است
    .choice-no-privacy = حریم خصوصی ندارم
    .choice-broken = چیزهایی خراب است
    .choice-other = چیز دیگری

sanitary-satisfied = آیا از توالت‌ها و حمام‌ها راضی هستید؟
sanitary-reasons = توالت‌ها و حمام‌ها چه مشکلی دارند؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-not-clean = تمیز نیستند
    .choice-too-few = تعدادشان کم است
    .choice-no-hot-water = آب گرم نیست
    .choice-no-privacy = حریم خصوصی ندارم
    .choice-broken = چیزهایی خراب است
    .choice-other = چیز دیگری

food-satisfied = آیا از غذا راضی هستید؟
food-reasons = غذا چه مشکلی دارد؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-taste = مزه
    .choice-quantity = غذا کافی نیست
    .choice-not-halal-or-diet = با دین یا رژیم غذایی من جور نیست
    .choice-no-variety = همیشه همان غذاست
    .choice-meal-times = ساعت غذا برایم مناسب نیست
    .choice-cannot-cook = نمی‌توانم برای خودم غذا بپزم
    .choice-other = چیز دیگری

supervision-satisfied = آیا از کمک کارکنان راضی هستید؟
supervision-reasons = کمک کارکنان چه مشکلی دارد؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-not-listened = به حرفم گوش نمی‌دهند
    .choice-no-information = اطلاعات کافی نمی‌گیرم
    .choice-hard-to-reach = دسترسی به آن‌ها سخت است
    .choice-language = حرف همدیگر را نمی‌فهمیم
    .choice-unfair = با من منصفانه رفتار نمی‌شود
    .choice-other = چیز دیگری

safety-satisfied = آیا در مرکز احساس امنیت می‌کنید؟
safety-reasons = چرا احساس امنیت نمی‌کنید؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-conflicts = دعوا یا بحث
    .choice-theft = وسایل دزدیده می‌شود
    .choice-at-night = شب‌ها
    .choice-no-lock = در اتاقم قفل نمی‌شود
    .choice-harassment = کسانی مرا اذیت یا تهدید می‌کنند
    .choice-other = چیز دیگری

well-being-satisfied = آیا در مرکز حالتان خوب است؟
well-being-reasons = چه چیزی حالتان را بد می‌کند؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-worry-procedure = نگرانی درباره پرونده‌ام
    .choice-boredom = کاری برای انجام دادن نیست
    .choice-loneliness = تنهایی
    .choice-health = سلامتی‌ام
    .choice-family = دوری از خانواده
    .choice-other = چیز دیگری

overall-rating = در کل به مرکز چه نمره‌ای می‌دهید؟
    .low = خیلی بد
    .high = خیلی خوب
comment = چیز دیگری هست که بخواهید به ما بگویید؟
    .hint = لطفاً اسمتان را ننویسید.

age = چند سال دارید؟
sex = جنسیت شما
nationality = ملیت شما چیست؟
stay = چه مدت است که در این مرکز زندگی می‌کنید؟
