# DRAFT translation by machine, needs native review

survey-title = Про ваш дзвінок

section-call = Ваш дзвінок сьогодні

good-service = Вас добре обслужили?
reasonable-time = Ви отримали відповідь у розумний строк?
query-resolved = Ваше питання вирішили?
