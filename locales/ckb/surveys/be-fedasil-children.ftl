# DRAFT translation by machine, needs native review

survey-title = ژیانت لە ناوەندەکەدا

section-home = ژوورەکەت و حەمامەکە
section-food = خواردن
section-adults = ئەو گەورانەی یارمەتیت دەدەن
section-safety = سەلامەتی
section-feelings = هەستت چۆنە
section-overall = هەموو شتێک پێکەوە
section-about-you = دەربارەی تۆ

room = ژوورەکەت بەلاتەوە چۆنە؟
room-problem = چی باش نییە؟
    .hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
    .choice-too-many-people = خەڵکی زۆر
    .choice-noisy = دەنگەدەنگی زۆرە
    .choice-cold-or-hot = زۆر ساردە یان زۆر گەرمە
    .choice-broken = شتەکان شکاون
    .choice-other = شتێکی تر

bathroom = ئاودەست و حەمامەکان بەلاتەوە چۆنن؟
bathroom-problem = چی باش نییە؟
    .hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
    .choice-dirty = پیسن
    .choice-no-hot-water = ئاوی گەرم نییە
    .choice-no-privacy = خەڵکی تر دەتوانن بمبینن
    .choice-broken = شتەکان شکاون
    .choice-other = شتێکی تر

food = خواردنەکە بەلاتەوە چۆنە؟
food-problem = چی باش نییە؟
    .hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
    .choice-taste = تامی خۆش نییە
    .choice-not-enough = خواردنەکە بەش ناکات
    .choice-not-my-food = ناتوانم بیخۆم (بەهۆی ئایین یان تەندروستی)
    .choice-always-the-same = هەمیشە هەمان شتە
    .choice-other = شتێکی تر

adults-help = ئایا گەورەکانی ئێرە بە باشی یارمەتیت دەدەن؟
    .hint = کارمەندان، سەرپەرشتیارەکەت، توێژەرە کۆمەڵایەتییەکەت.
adults-problem = چی باش نییە؟
    .hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
    .choice-not-listened = گوێم لێ ناگرن
    .choice-no-time = کاتیان بۆ من نییە
    .choice-not-understood = لە یەکتر تێناگەین
    .choice-unfair = دادپەروەر نین
    .choice-other = شتێکی تر

safe = ئایا لێرە هەست بە سەلامەتی دەکەیت؟
safe-problem = چی وات لێ دەکات هەست بە سەلامەتی نەکەیت؟
    .hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
    .choice-fights = شەڕ
    .choice-bullying = ئەوانی تر ئازارم دەدەن و گاڵتەم پێ دەکەن
    .choice-theft = شتەکانم دەدزرێن
    .choice-at-night = بە شەو
    .choice-other = شتێکی تر

feel = لێرە هەستت چۆنە؟
feel-problem = چی هەستت خراپ دەکات؟
    .hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
    .choice-worried = زۆر نیگەرانم
    .choice-bored = هیچ شتێک نییە بیکەم
    .choice-lonely = هەست بە تەنیایی دەکەم
    .choice-miss-family = بیری خێزانەکەم دەکەم
    .choice-sick = هەست بە نەخۆشی یان ئازار دەکەم
    .choice-other = شتێکی تر

life-here = ژیانت لە ناوەندەکەدا چۆنە؟
comment = دەتەوێت شتێکی ترمان پێ بڵێیت؟
    .hint = ناوی خۆت مەنووسە.

age = تەمەنت چەندە؟
