# DRAFT translation by machine, needs native review

survey-title = Твоє життя в центрі

section-home = Твоя кімната і ванна
section-food = Їжа
section-adults = Дорослі, які тобі допомагають
section-safety = Безпека
section-feelings = Як ти почуваєшся
section-overall = Усе разом
section-about-you = Про тебе

room = Як тобі твоя кімната?
room-problem = Що не так?
    .hint = Можна вибрати кілька відповідей.
    .choice-too-many-people = Забагато людей
    .choice-noisy = Занадто шумно
    .choice-cold-or-hot = Занадто холодно або занадто жарко
    .choice-broken = Щось зламане
    .choice-other = Щось інше

bathroom = Як тобі туалети й душові?
bathroom-problem = Що не так?
    .hint = Можна вибрати кілька відповідей.
    .choice-dirty = Брудно
    .choice-no-hot-water = Немає гарячої води
    .choice-no-privacy = Інші можуть мене бачити
    .choice-broken = Щось зламане
    .choice-other = Щось інше

food = Як тобі їжа?
food-problem = Що не так?
    .hint = Можна вибрати кілька відповідей.
    .choice-taste = Несмачно
    .choice-not-enough = Замало їжі
    .choice-not-my-food = Я не можу це їсти (через релігію або здоров’я)
    .choice-always-the-same = Завжди одне й те саме
    .choice-other = Щось інше

adults-help = Дорослі тут добре тобі допомагають?
    .hint = Працівники, твій опікун, твій соціальний працівник.
adults-problem = Що не так?
    .hint = Можна вибрати кілька відповідей.
    .choice-not-listened = Мене не слухають
    .choice-no-time = Вони не мають на мене часу
    .choice-not-understood = Ми не розуміємо одне одного
    .choice-unfair = Вони несправедливі
    .choice-other = Щось інше

safe = Ти почуваєшся тут у безпеці?
safe-problem = Через що ти не почуваєшся в безпеці?
    .hint = Можна вибрати кілька відповідей.
    .choice-fights = Бійки
    .choice-bullying = Мене ображають або цькують
    .choice-theft = У мене крадуть речі
    .choice-at-night = Уночі
    .choice-other = Щось інше

feel = Як ти тут почуваєшся?
feel-problem = Через що тобі погано?
    .hint = Можна вибрати кілька відповідей.
    .choice-worried = Я багато хвилююся
    .choice-bored = Нема чого робити
    .choice-lonely = Мені самотньо
    .choice-miss-family = Я сумую за родиною
    .choice-sick = Мені погано або щось болить
    .choice-other = Щось інше

life-here = Як тобі живеться в центрі?
comment = Хочеш сказати нам ще щось?
    .hint = Не пиши своє ім’я.

age = Скільки тобі років?
