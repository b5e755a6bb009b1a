# DRAFT translation by machine, needs native review

survey-title = رأيك في مركز الأجانب

section-centre = الحياة في المركز

accommodation = ما تقييمك للسكن في المركز؟
    .hint = مقارنةً بما توقّعته.
food = ما تقييمك للطعام؟
    .hint = مقارنةً بما توقّعته.
medical-care = ما تقييمك للرعاية الطبية؟
    .hint = مقارنةً بما توقّعته.
staff-assistance = ما تقييمك لمساعدة موظفي مكتب شؤون الأجانب؟
    .hint = مقارنةً بما توقّعته.
security = ما تقييمك للأمان في المركز؟
    .hint = مدى شعورك بالأمان، مقارنةً بما توقّعته.
