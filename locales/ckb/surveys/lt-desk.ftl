# DRAFT translation by machine, needs native review

survey-title = خزمەتگوزارییەکەمان چۆن بوو؟

section-desk = خزمەتگوزاری لەم مێزە

service = ئەمڕۆ خزمەتگوزارییەکەمان چۆن بوو؟
displeased = چی هەڵە بوو؟
    .hint = ئارەزوومەندانە: یەکێک هەڵبژێرە.
    .choice-waiting = زۆر چاوەڕێم کرد
    .choice-not-explained = شتەکان بە ڕوونی ڕوون نەکرانەوە
    .choice-unfriendly = کارمەندەکان ڕووخۆش نەبوون
    .choice-not-solved = کارەکەم چارەسەر نەکرا
    .choice-documents = کێشە لە بەڵگەنامە یان فۆرمەکاندا
    .choice-other = شتێکی تر
pleased = چیت زیاتر بەدڵ بوو؟
    .hint = ئارەزوومەندانە: یەکێک هەڵبژێرە.
    .choice-quick = خێرا بوو
    .choice-clear = شتەکان بە ڕوونی ڕوون کرانەوە
    .choice-friendly = کارمەندەکان ڕووخۆش بوون
    .choice-solved = کارەکەم چارەسەر کرا
    .choice-other = شتێکی تر
