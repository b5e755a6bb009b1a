# DRAFT translation by machine, needs native review

survey-title = Как мы вас обслужили?

section-desk = Обслуживание у этого окна

service = Как мы вас обслужили сегодня?
displeased = Что было не так?
    .hint = Необязательно: нажмите на один ответ.
    .choice-waiting = Пришлось слишком долго ждать
    .choice-not-explained = Объяснили непонятно
    .choice-unfriendly = Сотрудники были неприветливы
    .choice-not-solved = Мой вопрос не решили
    .choice-documents = Проблемы с документами или бланками
    .choice-other = Другое
pleased = Что вам понравилось больше всего?
    .hint = Необязательно: нажмите на один ответ.
    .choice-quick = Всё было быстро
    .choice-clear = Всё понятно объяснили
    .choice-friendly = Сотрудники были приветливы
    .choice-solved = Мой вопрос решили
    .choice-other = Другое
