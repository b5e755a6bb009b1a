# DRAFT translation by machine, needs native review

survey-title = دەربارەی پەیوەندییەکەت

section-call = پەیوەندییەکەی ئەمڕۆت

good-service = ئایا خزمەتگوزارییەکی باشت وەرگرت؟
reasonable-time = ئایا لە ماوەیەکی گونجاودا وەڵامت وەرگرت؟
query-resolved = ئایا پرسیارەکەت چارەسەر کرا؟
