# DRAFT translation by machine, needs native review

survey-title = Как мы поработали?

section-measures = Ваше обращение в IND
section-information = Наша информация
section-remarks = Ваши замечания

kto = В целом, насколько вас сегодня устраивает работа IND?
    .low = Совсем не устраивает
    .high = Полностью устраивает
ces = Насколько легко было сделать то, что вам было нужно?
    .low = Очень трудно
    .high = Очень легко
goal = Вам удалось сделать то, ради чего вы пришли?

thumbs = Полученная информация была вам полезна?
thumbs-down-reason = Что было не так с информацией?
    .choice-not-found = Не получилось найти то, что мне было нужно
    .choice-unclear = Её было трудно понять
    .choice-incomplete = Чего-то не хватало
    .choice-not-correct = Она была неверной или устаревшей
    .choice-other = Другое
thumbs-down-detail = Можете рассказать подробнее?
    .hint = Необязательно. Пожалуйста, не пишите своё имя или V-номер.

remark-category = Хотите оставить замечание? О чём оно?
    .hint = Необязательно.
    .choice-technical-failure = Что-то не работало (технический сбой)
    .choice-remark = Замечание
    .choice-tip = Совет, как сделать лучше
    .choice-other = Другое
remark = Ваше замечание
    .hint = Пожалуйста, не пишите своё имя или V-номер.
