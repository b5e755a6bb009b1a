# DRAFT translation by machine, needs native review

survey-title = Як ми вас обслужили?

section-desk = Обслуговування біля цього віконця

service = Як ми вас обслужили сьогодні?
displeased = Що було не так?
    .hint = Необов’язково: натисніть на одну відповідь.
    .choice-waiting = Довелося надто довго чекати
    .choice-not-explained = Пояснили незрозуміло
    .choice-unfriendly = Працівники були непривітні
    .choice-not-solved = Моє питання не вирішили
    .choice-documents = Проблеми з документами або бланками
    .choice-other = Щось інше
pleased = Що вам сподобалося найбільше?
    .hint = Необов’язково: натисніть на одну відповідь.
    .choice-quick = Усе було швидко
    .choice-clear = Усе зрозуміло пояснили
    .choice-friendly = Працівники були привітні
    .choice-solved = Моє питання вирішили
    .choice-other = Щось інше
