# DRAFT translation by machine, needs native review

survey-title = Опитування про задоволеність клієнтів

section-quality = Обслуговування загалом
section-importance = Що для вас найважливіше
section-aspects = Частини обслуговування
section-specialist = Фахівець з обслуговування клієнтів
section-comments = Ваші коментарі

overall-quality = Як ви загалом оцінюєте якість обслуговування, яке ви отримали?
    .low = Дуже погано
    .high = Відмінно

aspect-importance = Розставте це за важливістю для вас: найважливіше першим.
    .choice-waiting-time = Короткий час очікування
    .choice-information = Зрозуміла й повна інформація
    .choice-booking = Простий запис на прийом
    .choice-opening-hours = Зручні години роботи
    .choice-specialist = Компетентний і ввічливий фахівець

rate-waiting-time = Як ви оцінюєте час очікування?
    .low = Дуже погано
    .high = Відмінно
rate-information = Як ви оцінюєте отриману інформацію?
    .hint = Вона була зрозумілою і повною?
    .low = Дуже погано
    .high = Відмінно
rate-booking = Як ви оцінюєте запис на прийом?
    .low = Дуже погано
    .high = Відмінно
rate-opening-hours = Як ви оцінюєте години роботи?
    .low = Дуже погано
    .high = Відмінно

specialist-work = Як ви оцінюєте роботу фахівця, який вас обслуговував?
    .low = Дуже погано
    .high = Відмінно
specialist-competence = Як ви оцінюєте знання та компетентність фахівця?
    .low = Дуже погано
    .high = Відмінно
specialist-attitude = Як ви оцінюєте ставлення фахівця до вас?
    .hint = З вами говорили ввічливо, з повагою, були готові допомогти?
    .low = Дуже погано
    .high = Відмінно

comment = Хочете ще щось сказати нам або щось запропонувати?
    .hint = Будь ласка, не пишіть своє ім’я або персональний код.
