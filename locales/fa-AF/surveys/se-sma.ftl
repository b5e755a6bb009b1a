# DRAFT translation by machine, needs native review

survey-title = در باره تماس شما

section-call = تماس امروز شما

good-service = آیا خدمات خوب برای شما ارائه شد؟
reasonable-time = آیا در یک وقت مناسب جواب گرفتید؟
query-resolved = آیا مشکل تان حل شد؟
