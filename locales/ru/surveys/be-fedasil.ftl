# DRAFT translation by machine, needs native review

survey-title = Ваша жизнь в центре

section-accommodation = Ваша комната, туалеты и душевые
section-food = Питание
section-supervision = Помощь сотрудников
section-safety = Безопасность
section-well-being = Ваше самочувствие
section-overall = В целом
section-about-you = О вас (по желанию)

room-satisfied = Вы довольны своей комнатой?
room-reasons = Что не так с вашей комнатой?
    .hint = Можно выбрать несколько ответов.
    .choice-crowded = Слишком много людей
    .choice-noisy = Слишком шумно
    .choice-cold-or-hot = Слишком холодно или слишком жарко
    .choice-no-privacy = Нет личного пространства
    .choice-broken = Что-то сломано
    .choice-other = Другое

sanitary-satisfied = Вы довольны туалетами и душевыми?
sanitary-reasons = Что не так с туалетами и душевыми?
    .hint = Можно выбрать несколько ответов.
    .choice-not-clean = Грязно
    .choice-too-few = Их слишком мало
    .choice-no-hot-water = Нет горячей воды
    .choice-no-privacy = Нет личного пространства
    .choice-broken = Что-то сломано
    .choice-other = Другое

food-satisfied = Вы довольны питанием?
food-reasons = Что не так с питанием?
    .hint = Можно выбрать несколько ответов.
    .choice-taste = Вкус
    .choice-quantity = Мало еды
    .choice-not-halal-or-diet = Не подходит для моей религии или диеты
    .choice-no-variety = Всегда одно и то же
    .choice-meal-times = Мне неудобно время еды
    .choice-cannot-cook = Нет возможности готовить самостоятельно
    .choice-other = Другое

supervision-satisfied = Вы довольны помощью сотрудников?
supervision-reasons = Что не так с помощью сотрудников?
    .hint = Можно выбрать несколько ответов.
    .choice-not-listened = Меня не слушают
    .choice-no-information = Я получаю мало информации
    .choice-hard-to-reach = К сотрудникам трудно обратиться
    .choice-language = Мы не понимаем друг друга
    .choice-unfair = Ко мне относятся несправедливо
    .choice-other = Другое

safety-satisfied = Вы чувствуете себя в безопасности в центре?
safety-reasons = Почему вы не чувствуете себя в безопасности?
    .hint = Можно выбрать несколько ответов.
    .choice-conflicts = Драки или ссоры
    .choice-theft = Крадут вещи
    .choice-at-night = Ночью
    .choice-no-lock = Моя комната не запирается
    .choice-harassment = Ко мне пристают или мне угрожают
    .choice-other = Другое

well-being-satisfied = Вы хорошо себя чувствуете в центре?
well-being-reasons = Из-за чего вы плохо себя чувствуете?
    .hint = Можно выбрать несколько ответов.
    .choice-worry-procedure = Я волнуюсь из-за своего дела об убежище
    .choice-boredom = Нечего делать
    .choice-loneliness = Одиночество
    .choice-health = Моё здоровье
    .choice-family = Семья далеко
    .choice-other = Другое

overall-rating = Как вы в целом оцениваете центр?
    .low = Очень плохо
    .high = Очень хорошо
comment = Хотите ещё что-нибудь нам сказать?
    .hint = Пожалуйста, не пишите своё имя.

age = Сколько вам лет?
sex = Вы…
nationality = Какое у вас гражданство?
stay = Как долго вы живёте в этом центре?
