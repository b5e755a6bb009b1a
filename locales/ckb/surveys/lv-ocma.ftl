# DRAFT translation by machine, needs native review

survey-title = ڕاپرسیی ڕەزامەندی لە خزمەتگوزاری

section-quality = خزمەتگوزاری بە گشتی
section-importance = چی بۆ تۆ لە هەمووی گرنگترە
section-aspects = بەشەکانی خزمەتگوزاری
section-specialist = پسپۆڕی خزمەتگوزاری
section-comments = تێبینییەکانت

overall-quality = بە گشتی، جۆرایەتیی ئەو خزمەتگوزارییەی وەرتگرت چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = نایاب

aspect-importance = ئەمانە بەپێی گرنگییان بۆ تۆ ڕیز بکە، گرنگترینیان یەکەم.
    .choice-waiting-time = کاتی چاوەڕوانیی کورت
    .choice-information = زانیاریی ڕوون و تەواو
    .choice-booking = گرتنی مەوعید بە ئاسانی
    .choice-opening-hours = کاتژمێری کارکردنی گونجاو
    .choice-specialist = پسپۆڕێکی شارەزا و بە ئەدەب

rate-waiting-time = کاتی چاوەڕوانی چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = نایاب
rate-information = ئەو زانیارییانەی وەرتگرتن چۆن هەڵدەسەنگێنیت؟
    .hint = ئایا ڕوون و تەواو بوون؟
    .low = زۆر خراپ
    .high = نایاب
rate-booking = گرتنی مەوعید چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = نایاب
rate-opening-hours = کاتژمێرەکانی کارکردن چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = نایاب

specialist-work = کاری ئەو پسپۆڕەی خزمەتی کردیت چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = نایاب
specialist-competence = زانیاری و شارەزاییی پسپۆڕەکە چۆن هەڵدەسەنگێنیت؟
    .low = زۆر خراپ
    .high = نایاب
specialist-attitude = ڕەفتاری پسپۆڕەکە لەگەڵ تۆ چۆن هەڵدەسەنگێنیت؟
    .hint = ئایا بە ئەدەب، بە ڕێز و یارمەتیدەر بوون؟
    .low = زۆر خراپ
    .high = نایاب

comment = شتێکی تر یان پێشنیارێکت هەیە کە بتەوێت پێمانی بڵێیت؟
    .hint = تکایە ناو یان کۆدی کەسیی خۆت مەنووسە.
