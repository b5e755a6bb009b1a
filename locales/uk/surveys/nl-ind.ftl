# DRAFT translation by machine, needs native review

survey-title = Як ми попрацювали?

section-measures = Ваше звернення до IND
section-information = Наша інформація
section-remarks = Ваші зауваження

kto = Загалом, наскільки вас сьогодні задовольняє робота IND?
    .low = Зовсім не задовольняє
    .high = Повністю задовольняє
ces = Наскільки легко було зробити те, що вам було потрібно?
    .low = Дуже важко
    .high = Дуже легко
goal = Вам вдалося зробити те, заради чого ви прийшли?

thumbs = Отримана інформація була вам корисною?
thumbs-down-reason = Що було не так з інформацією?
    .choice-not-found = Не вдалося знайти те, що мені було потрібно
    .choice-unclear = Її було важко зрозуміти
    .choice-incomplete = Чогось бракувало
    .choice-not-correct = Вона була неправильною або застарілою
    .choice-other = Щось інше
thumbs-down-detail = Можете розповісти докладніше?
    .hint = Необов’язково. Будь ласка, не пишіть своє ім’я або V-номер.

remark-category = Хочете залишити зауваження? Про що воно?
    .hint = Необов’язково.
    .choice-technical-failure = Щось не працювало (технічний збій)
    .choice-remark = Зауваження
    .choice-tip = Порада, як зробити краще
    .choice-other = Щось інше
remark = Ваше зауваження
    .hint = Будь ласка, не пишіть своє ім’я або V-номер.
