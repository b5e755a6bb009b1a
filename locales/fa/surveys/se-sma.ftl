# DRAFT translation by machine, needs native review

survey-title = درباره تماس شما

section-call = تماس امروز شما

good-service = آیا خدمات خوبی به شما داده شد؟
reasonable-time = آیا در زمان مناسبی جواب گرفتید؟
query-resolved = آیا مسئله‌تان حل شد؟
