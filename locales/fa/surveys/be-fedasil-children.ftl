# DRAFT translation by machine, needs native review

survey-title = زندگی شما در مرکز

section-home = اتاق، توالت و حمام شما
section-food = غذا
section-adults = بزرگ‌ترهایی که به شما کمک می‌کنند
section-safety = امنیت
section-feelings = حال شما
section-overall = همه چیز با هم
section-about-you = درباره شما

room = از اتاقتان چقدر خوشتان می‌آید؟
room-problem = چه چیزی خوب نیست؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-too-many-people = آدم‌ها خیلی زیادند
    .choice-noisy = سر و صدا خیلی زیاد است
    .choice-cold-or-hot = خیلی سرد یا خیلی گرم است
    .choice-broken = چیزهایی خراب است
    .choice-other = چیز دیگری

bathroom = از توالت‌ها و حمام‌ها چقدر خوشتان می‌آید؟
bathroom-problem = چه چیزی خوب نیست؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-dirty = کثیف است
    .choice-no-hot-water = آب گرم نیست
    .choice-no-privacy = دیگران می‌توانند مرا ببینند
    .choice-broken = چیزهایی خراب است
    .choice-other = چیز دیگری

food = از غذا چقدر خوشتان می‌آید؟
food-problem = چه چیزی خوب نیست؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-taste = مزه‌اش خوب نیست
    .choice-not-enough = غذا کافی نیست
    .choice-not-my-food = نمی‌توانم آن را بخورم (به خاطر دین یا سلامتی)
    .choice-always-the-same = همیشه همان غذاست
    .choice-other = چیز دیگری

adults-help = آیا بزرگ‌ترهای اینجا به شما خوب کمک می‌کنند؟
    .hint = کارکنان، سرپرست قانونی‌تان، مددکار اجتماعی‌تان.
adults-problem = چه چیزی خوب نیست؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-not-listened = به حرفم گوش نمی‌دهند
    .choice-no-time = برای من وقت ندارند
    .choice-not-understood = حرف همدیگر را نمی‌فهمیم
    .choice-unfair = منصف نیستند
    .choice-other = چیز دیگری

safe = آیا اینجا احساس امنیت می‌کنید؟
safe-problem = چه چیزی باعث می‌شود احساس ناامنی کنید؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-fights = دعوا
    .choice-bullying = دیگران اذیتم می‌کنند
    .choice-theft = وسایلم دزدیده می‌شود
    .choice-at-night = شب‌ها
    .choice-other = چیز دیگری

feel = اینجا حالتان چطور است؟
feel-problem = چه چیزی حالتان را بد می‌کند؟
    .hint = می‌توانید بیش از یک گزینه انتخاب کنید.
    .choice-worried = خیلی نگرانم
    .choice-bored = کاری برای انجام دادن نیست
    .choice-lonely = احساس تنهایی می‌کنم
    .choice-miss-family = دلم برای خانواده‌ام تنگ شده
    .choice-sick = مریضم یا درد دارم
    .choice-other = چیز دیگری

life-here = زندگی‌تان در مرکز چطور است؟
comment = می‌خواهید چیز دیگری به ما بگویید؟
    .hint = اسمتان را ننویسید.

age = چند سال دارید؟
