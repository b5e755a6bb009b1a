# DRAFT translation by machine, needs native review

survey-title = Твоя жизнь в центре

section-home = Твоя комната и ванная
section-food = Еда
section-adults = Взрослые, которые тебе помогают
section-safety = Безопасность
section-feelings = Как ты себя чувствуешь
section-overall = Всё вместе
section-about-you = О тебе

room = Как тебе твоя комната?
room-problem = Что не так?
    .hint = Можно выбрать несколько ответов.
    .choice-too-many-people = Слишком много людей
    .choice-noisy = Слишком шумно
    .choice-cold-or-hot = Слишком холодно или слишком жарко
    .choice-broken = Что-то сломано
    .choice-other = Другое

bathroom = Как тебе туалеты и душевые?
bathroom-problem = Что не так?
    .hint = Можно выбрать несколько ответов.
    .choice-dirty = Грязно
    .choice-no-hot-water = Нет горячей воды
    .choice-no-privacy = Другие могут меня видеть
    .choice-broken = Что-то сломано
    .choice-other = Другое

food = Как тебе еда?
food-problem = Что не так?
    .hint = Можно выбрать несколько ответов.
    .choice-taste = Невкусно
    .choice-not-enough = Мало еды
    .choice-not-my-food = Я не могу это есть (из-за религии или здоровья)
    .choice-always-the-same = Всегда одно и то же
    .choice-other = Другое

adults-help = Взрослые здесь хорошо тебе помогают?
    .hint = Сотрудники, твой опекун, твой социальный работник.
adults-problem = Что не так?
    .hint = Можно выбрать несколько ответов.
    .choice-not-listened = Меня не слушают
    .choice-no-time = У них нет на меня времени
    .choice-not-understood = Мы не понимаем друг друга
    .choice-unfair = Они несправедливы
    .choice-other = Другое

safe = Ты чувствуешь себя здесь в безопасности?
safe-problem = Из-за чего ты не чувствуешь себя в безопасности?
    .hint = Можно выбрать несколько ответов.
    .choice-fights = Драки
    .choice-bullying = Меня обижают или травят
    .choice-theft = У меня крадут вещи
    .choice-at-night = Ночью
    .choice-other = Другое

feel = Как ты себя здесь чувствуешь?
feel-problem = Из-за чего тебе плохо?
    .hint = Можно выбрать несколько ответов.
    .choice-worried = Я много переживаю
    .choice-bored = Нечего делать
    .choice-lonely = Мне одиноко
    .choice-miss-family = Я скучаю по семье
    .choice-sick = Мне плохо или что-то болит
    .choice-other = Другое

life-here = Как тебе живётся в центре?
comment = Хочешь сказать нам что-то ещё?
    .hint = Не пиши своё имя.

age = Сколько тебе лет?
