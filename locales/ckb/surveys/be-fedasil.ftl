# DRAFT translation by machine, needs native review

survey-title = ژیانتان لە ناوەندەکەدا

section-accommodation = ژوورەکەتان و ئاودەست و حەمامەکان
section-food = ژەمەکانی خواردن
section-supervision = یارمەتیی کارمەندان
section-safety = سەلامەتی
section-well-being = هەستتان چۆنە
section-overall = بە گشتی
section-about-you = دەربارەی ئێوە (ئارەزوومەندانە)

room-satisfied = ئایا لە ژوورەکەتان ڕازین؟
room-reasons = کێشەی ژوورەکەتان چییە؟
    .hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
    .choice-crowded = خەڵکی زۆر تێدایە
    .choice-noisy = دەنگەدەنگی زۆرە
    .choice-cold-or-hot = زۆر ساردە یان زۆر گەرمە
    .choice-no-privacy = تایبەتێتی نییە
    .choice-broken = شتەکان شکاون
    .choice-other = شتێکی تر

sanitary-satisfied = ئایا لە ئاودەست و حەمامەکان ڕازین؟
sanitary-reasons = کێشەی ئاودەست و حەمامەکان چییە؟
    .hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
    .choice-not-clean = پاک نین
    .choice-too-few = ژمارەیان کەمە
    .choice-no-hot-water = ئاوی گەرم نییە
    .choice-no-privacy = تایبەتێتی نییە
    .choice-broken = شتەکان شکاون
    .choice-other = شتێکی تر

food-satisfied = ئایا لە ژەمەکانی خواردن ڕازین؟
food-reasons = کێشەی ژەمەکانی خواردن چییە؟
    .hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
    .choice-taste = تامەکەی
    .choice-quantity = خواردنەکە بەش ناکات
    .choice-not-halal-or-diet = لەگەڵ ئایینەکەم یان ڕژێمی خواردنم ناگونجێت
    .choice-no-variety = هەمیشە هەمان شتە
    .choice-meal-times = کاتی ژەمەکان بۆ من گونجاو نییە
    .choice-cannot-cook = ناتوانم بۆ خۆم چێشت لێبنێم
    .choice-other = شتێکی تر

supervision-satisfied = ئایا لە یارمەتیی کارمەندان ڕازین؟
supervision-reasons = کێشەی یارمەتیی کارمەندان چییە؟
    .hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
    .choice-not-listened = گوێم لێ ناگرن
    .choice-no-information = زانیاریی پێویست وەرناگرم
    .choice-hard-to-reach = گەیشتن پێیان قورسە
    .choice-language = لە یەکتر تێناگەین
    .choice-unfair = بە دادپەروەری مامەڵەم لەگەڵ ناکرێت
    .choice-other = شتێکی تر

safety-satisfied = ئایا لە ناوەندەکەدا هەست بە سەلامەتی دەکەن؟
safety-reasons = بۆچی هەست بە سەلامەتی ناکەن؟
    .hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
    .choice-conflicts = شەڕ یان دەمەقاڵێ
    .choice-theft = شتەکان دەدزرێن
    .choice-at-night = بە شەو
    .choice-no-lock = ژوورەکەم قفڵ ناکرێت
    .choice-harassment = خەڵک بێزارم دەکەن یان هەڕەشەم لێ دەکەن
    .choice-other = شتێکی تر

well-being-satisfied = ئایا لە ناوەندەکەدا هەستتان باشە؟
well-being-reasons = چی وا دەکات هەستتان باش نەبێت؟
    .hint = دەتوانن زیاتر لە یەک وەڵام هەڵبژێرن.
    .choice-worry-procedure = نیگەرانی دەربارەی پرۆسەی داواکارییەکەم
    .choice-boredom = هیچ کارێک نییە بیکەم
    .choice-loneliness = تەنیایی
    .choice-health = تەندروستیم
    .choice-family = دووری لە خێزانەکەم
    .choice-other = شتێکی تر

overall-rating = بە گشتی ناوەندەکە چۆن هەڵدەسەنگێنن؟
    .low = زۆر خراپ
    .high = زۆر باش
comment = شتێکی تر هەیە کە بتانەوێت پێمانی بڵێن؟
    .hint = تکایە ناوی خۆتان مەنووسن.

age = تەمەنتان چەندە؟
sex = ڕەگەزتان
nationality = ڕەگەزنامەتان چییە؟
stay = چەند ماوەیە لەم ناوەندەدا دەژین؟
