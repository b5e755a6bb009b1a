# DRAFT translation by machine, needs native review

survey-title = عن مكالمتك

section-call = مكالمتك اليوم

good-service = هل حصلت على خدمة عملاء جيدة؟
reasonable-time = هل حصلت على جواب خلال وقت معقول؟
query-resolved = هل حُلَّت مسألتك؟
