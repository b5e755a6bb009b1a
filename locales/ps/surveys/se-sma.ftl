# DRAFT translation by machine, needs native review

survey-title = ستاسو د زنګ په اړه

section-call = نن ستاسو زنګ

good-service = ایا تاسو ته ښه خدمت وړاندې شو؟
reasonable-time = ایا په مناسب وخت کې مو ځواب ترلاسه کړ؟
query-resolved = ایا ستاسو مسئله حل شوه؟
