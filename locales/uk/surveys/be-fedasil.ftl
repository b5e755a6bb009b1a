# DRAFT translation by machine, needs native review

survey-title = Ваше життя в центрі

section-accommodation = Ваша кімната, туалети й душові
section-food = Харчування
section-supervision = Допомога працівників
section-safety = Безпека
section-well-being = Ваше самопочуття
section-overall = Загалом
section-about-you = Про вас (за бажанням)

room-satisfied = Ви задоволені своєю кімнатою?
room-reasons = Що не так із Вашою кімнатою?
    .hint = Можна вибрати кілька відповідей.
    .choice-crowded = Забагато людей
    .choice-noisy = Занадто шумно
    .choice-cold-or-hot = Занадто холодно або занадто жарко
    .choice-no-privacy = Немає особистого простору
    .choice-broken = Щось зламане
    .choice-other = Щось інше

sanitary-satisfied = Ви задоволені туалетами й душовими?
sanitary-reasons = Що не так із туалетами й душовими?
    .hint = Можна вибрати кілька відповідей.
    .choice-not-clean = Брудно
    .choice-too-few = Їх замало
    .choice-no-hot-water = Немає гарячої води
    .choice-no-privacy = Немає особистого простору
    .choice-broken = Щось зламане
    .choice-other = Щось інше

food-satisfied = Ви задоволені харчуванням?
food-reasons = Що не так із харчуванням?
    .hint = Можна вибрати кілька відповідей.
    .choice-taste = Смак
    .choice-quantity = Замало їжі
    .choice-not-halal-or-diet = Не підходить для моєї релігії або дієти
    .choice-no-variety = Завжди одне й те саме
    .choice-meal-times = Мені незручний час їжі
    .choice-cannot-cook = Немає можливості готувати самостійно
    .choice-other = Щось інше

supervision-satisfied = Ви задоволені допомогою працівників?
supervision-reasons = Що не так із допомогою працівників?
    .hint = Можна вибрати кілька відповідей.
    .choice-not-listened = Мене не слухають
    .choice-no-information = Я отримую замало інформації
    .choice-hard-to-reach = До працівників важко звернутися
    .choice-language = Ми не розуміємо одне одного
    .choice-unfair = До мене ставляться несправедливо
    .choice-other = Щось інше

safety-satisfied = Ви почуваєтеся в безпеці в центрі?
safety-reasons = Чому ви не почуваєтеся в безпеці?
    .hint = Можна вибрати кілька відповідей.
    .choice-conflicts = Бійки або сварки
    .choice-theft = Крадуть речі
    .choice-at-night = Уночі
    .choice-no-lock = Моя кімната не замикається
    .choice-harassment = До мене чіпляються або мені погрожують
    .choice-other = Щось інше

well-being-satisfied = Ви добре почуваєтеся в центрі?
well-being-reasons = Через що ви погано почуваєтеся?
    .hint = Можна вибрати кілька відповідей.
    .choice-worry-procedure = Я хвилююся через свою справу про притулок
    .choice-boredom = Нема чого робити
    .choice-loneliness = Самотність
    .choice-health = Моє здоров’я
    .choice-family = Родина далеко
    .choice-other = Щось інше

overall-rating = Як ви загалом оцінюєте центр?
    .low = Дуже погано
    .high = Дуже добре
comment = Хочете ще щось нам сказати?
    .hint = Будь ласка, не пишіть своє ім’я.

age = Скільки вам років?
sex = Ви…
nationality = Яке у вас громадянство?
stay = Як довго ви живете в цьому центрі?
