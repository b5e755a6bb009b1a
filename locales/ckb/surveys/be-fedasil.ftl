# DRAFT translation by machine, needs native review

survey-title = ژیانت لە ناوەندەکەدا

section-accommodation = ژوورەکەت و ئاودەست و حەمامەکان
section-food = ژەمەکانی خواردن
section-supervision = یارمەتیی کارمەندان
section-safety = ئاسایش
section-well-being = هەستت چۆنە
section-overall = بە گشتی
section-about-you = دەربارەی تۆ (ئارەزوومەندانە)

room-satisfied = ئایا لە ژوورەکەت ڕازیت؟
room-reasons = کێشەی ژوورەکەت چییە؟
    .hint = دەتوانیت زیاتر لە یەک وەڵام هەڵبژێریت.
    .choice-crowded = خەڵکی زۆر تێدایە
    .choice-noisy = دەنگەدەنگی زۆرە
    .choice-cold-or-hot = زۆر ساردە یان زۆر گەرمە
    .choice-no-privacy = تایبەتێتی نییە
    .choice-broken = شتەکان شکاون
    .choice-other = شتێکی تر

sanitary-satisfied = ئایا لە ئاودەست و حەمامەکان ڕازیت؟
sanitary-reasons = کێشەی ئاودەست و حەمامەکان چییە؟
    .hint = دەتوانیت زیاتر لە یەک وەڵام هەڵبژێریت.
    .choice-not-clean = پاک نین
    .choice-too-few = ژمارەیان کەمە
    .choice-no-hot-water = ئاوی گەرم نییە
    .choice-no-privacy = تایبەتێتی نییە
    .choice-broken = شتەکان شکاون
    .choice-other = شتێکی تر

food-satisfied = ئایا لە ژەمەکانی خواردن ڕازیت؟
food-reasons = کێشەی ژەمەکانی خواردن چییە؟
    .hint = دەتوانیت زیاتر لە یەک وەڵام هەڵبژێریت.
    .choice-taste = تامەکەی
    .choice-quantity = خواردنەکە بەش ناکات
    .choice-not-halal-or-diet = لەگەڵ ئایینەکەم یان ڕژێمی خواردنم ناگونجێت
    .choice-no-variety = هەمیشە هەمان شتە
    .choice-meal-times = کاتی ژەمەکان بۆ من گونجاو نییە
    .choice-cannot-cook = ناتوانم بۆ خۆم چێشت لێبنێم
    .choice-other = شتێکی تر

supervision-satisfied = ئایا لە یارمەتیی کارمەندان ڕازیت؟
supervision-reasons = کێشەی یارمەتیی کارمەندان چییە؟
    .hint = دەتوانیت زیاتر لە یەک وەڵام هەڵبژێریت.
    .choice-not-listened = گوێم لێ ناگرن
    .choice-no-information = زانیاریی پێویست وەرناگرم
    .choice-hard-to-reach = گەیشتن پێیان قورسە
    .choice-language = لە یەکتر تێناگەین
    .choice-unfair = بە دادپەروەری مامەڵەم لەگەڵ ناکرێت
    .choice-other = شتێکی تر

safety-satisfied = ئایا لە ناوەندەکەدا هەست بە ئاسایش دەکەیت؟
safety-reasons = بۆچی هەست بە ئاسایش ناکەیت؟
    .hint = دەتوانیت زیاتر لە یەک وەڵام هەڵبژێریت.
    .choice-conflicts = شەڕ یان دەمەقاڵێ
    .choice-theft = شتەکان دەدزرێن
    .choice-at-night = بە شەو
    .choice-no-lock = ژوورەکەم قفڵ ناکرێت
    .choice-harassment = خەڵک بێزارم دەکەن یان هەڕەشەم لێ دەکەن
    .choice-other = شتێکی تر

well-being-satisfied = ئایا لە ناوەندەکەدا هەستت باشە؟
well-being-reasons = چی وات لێ دەکات هەستت باش نەبێت؟
    .hint = دەتوانیت زیاتر لە یەک وەڵام هەڵبژێریت.
    .choice-worry-procedure = نیگەرانی دەربارەی پرۆسەی داواکارییەکەم
    .choice-boredom = هیچ کارێک نییە بیکەم
    .choice-loneliness = تەنیایی
    .choice-health = تەندروستیم
    .choice-family = دووری لە خێزانەکەم
    .choice-other = شتێکی تر

overall-rating = بە گشتی ناوەندەکە چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = زۆر باش
comment = شتێکی تر هەیە کە بتەوێت پێمانی بڵێیت؟
    .hint = تکایە ناوی خۆت مەنووسە.

age = تەمەنت چەندە؟
sex = تۆ…
nationality = ڕەگەزنامەت چییە؟
stay = چەند ماوەیە لەم ناوەندەدا دەژیت؟
