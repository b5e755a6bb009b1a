# DRAFT translation by machine, needs native review

survey-title = زندگی شما در مرکز

section-home = اتاق، تشناب و حمام شما
section-food = غذا
section-adults = کلان‌هایی که به شما کمک می‌کنند
section-safety = امنیت
section-feelings = احوال شما
section-overall = همه چیز یکجا
section-about-you = در باره شما

room = اتاق تان را چقدر خوش دارید؟
room-problem = چه چیز خوب نیست؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-too-many-people = آدم بسیار زیاد است
    .choice-noisy = سر و صدا بسیار زیاد است
    .choice-cold-or-hot = بسیار سرد یا بسیار گرم است
    .choice-broken = چیزها خراب است
    .choice-other = چیز دیگر

bathroom = تشناب‌ها و حمام‌ها را چقدر خوش دارید؟
bathroom-problem = چه چیز خوب نیست؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-dirty = چتل است
    .choice-no-hot-water = آب گرم نیست
    .choice-no-privacy = دیگران مرا دیده می‌توانند
    .choice-broken = چیزها خراب است
    .choice-other = چیز دیگر

food = غذا را چقدر خوش دارید؟
food-problem = چه چیز خوب نیست؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-taste = مزه اش خوب نیست
    .choice-not-enough = غذا کافی نیست
    .choice-not-my-food = آن را خورده نمی‌توانم (به خاطر دین یا صحت)
    .choice-always-the-same = همیشه یک رقم است
    .choice-other = چیز دیگر

adults-help = آیا کلان‌های اینجا به شما خوب کمک می‌کنند؟
    .hint = کارمندان، سرپرست تان، مددکار اجتماعی تان.
adults-problem = چه چیز خوب نیست؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-not-listened = به گپ من گوش نمی‌دهند
    .choice-no-time = برای من وقت ندارند
    .choice-not-understood = گپ یک دیگر را نمی‌فهمیم
    .choice-unfair = انصاف ندارند
    .choice-other = چیز دیگر

safe = آیا اینجا احساس امنیت می‌کنید؟
safe-problem = چه چیز باعث می‌شود که احساس ناامنی کنید؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-fights = دعوا و جنجال
    .choice-bullying = دیگران مرا آزار و اذیت می‌کنند
    .choice-theft = چیزهایم دزدی می‌شود
    .choice-at-night = شب‌ها
    .choice-other = چیز دیگر

feel = اینجا احوال تان چطور است؟
feel-problem = چه چیز احوال تان را خراب می‌کند؟
    .hint = می‌توانید بیشتر از یک جواب را انتخاب کنید.
    .choice-worried = بسیار تشویش دارم
    .choice-bored = کاری برای انجام دادن نیست
    .choice-lonely = احساس تنهایی می‌کنم
    .choice-miss-family = دلم برای فامیلم تنگ شده
    .choice-sick = مریض هستم یا درد دارم
    .choice-other = چیز دیگر

life-here = زندگی تان در مرکز چطور است؟
comment = آیا می‌خواهید چیز دیگری به ما بگویید؟
    .hint = نام تان را ننویسید.

age = چند سال عمر دارید؟
