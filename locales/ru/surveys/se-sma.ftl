# DRAFT translation by machine, needs native review

survey-title = О Вашем звонке

section-call = Ваш звонок сегодня

good-service = Вас хорошо обслужили?
reasonable-time = Вы получили ответ в разумный срок?
query-resolved = Ваш вопрос решили?
