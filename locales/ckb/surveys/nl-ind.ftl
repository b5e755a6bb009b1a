# DRAFT translation by machine, needs native review

survey-title = کارەکەمان چۆن بوو؟

section-measures = پەیوەندیت لەگەڵ IND
section-information = زانیارییەکانمان
section-remarks = تێبینییەکانت

kto = بە گشتی، ئەمڕۆ چەند لە IND ڕازیت؟
    .low = زۆر ناڕازی
    .high = زۆر ڕازی
ces = ڕێکخستنی ئەو شتەی پێویستت بوو چەند ئاسان بوو؟
    .low = زۆر قورس
    .high = زۆر ئاسان
goal = ئایا توانیت ئەو کارە بکەیت کە بۆی هاتبوویت؟

thumbs = ئایا ئەو زانیارییانەی وەرتگرتن بەسوود بوون؟
thumbs-down-reason = کێشەی زانیارییەکان چی بوو؟
    .choice-not-found = ئەوەی بەدوایدا دەگەڕام نەمدۆزییەوە
    .choice-unclear = تێگەیشتن لێی قورس بوو
    .choice-incomplete = شتێکی کەم بوو
    .choice-not-correct = دروست نەبوو یان نوێ نەکرابووەوە
    .choice-other = شتێکی تر
thumbs-down-detail = دەتوانیت زیاترمان پێ بڵێیت؟
    .hint = ئارەزوومەندانە. تکایە ناوی خۆت یان ژمارەی V مەنووسە.

remark-category = دەتەوێت تێبینییەک بنووسیت؟ دەربارەی چییە؟
    .hint = ئارەزوومەندانە.
    .choice-technical-failure = شتێک کاری نەکرد (کێشەی تەکنیکی)
    .choice-remark = تێبینییەک
    .choice-tip = پێشنیارێک بۆ باشترکردن
    .choice-other = شتێکی تر
remark = تێبینییەکەت
    .hint = تکایە ناوی خۆت یان ژمارەی V مەنووسە.
