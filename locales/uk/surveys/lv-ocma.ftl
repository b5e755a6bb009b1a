# DRAFT translation by machine, needs native review

survey-title = Опитування про задоволеність клієнтів

section-quality = Обслуговування загалом
section-importance = Що для Вас найважливіше
section-aspects = Частини обслуговування
section-specialist = Фахівець з обслуговування клієнтів
section-comments = Ваші коментарі

overall-quality = Як Ви загалом оцінюєте якість обслуговування, яке Ви отримали?
    .low = Дуже погано
    .high = Відмінно

aspect-importance = Розставте це за важливістю для Вас: найважливіше першим.
    .choice-waiting-time = Короткий час очікування
    .choice-information = Зрозуміла й повна інформація
    .choice-booking = Простий запис на прийом
    .choice-opening-hours = Зручні години роботи
    .choice-specialist = Компетентний і ввічливий фахівець

rate-waiting-time = Як Ви оцінюєте час очікування?
    .low = Дуже погано
    .high = Відмінно
rate-information = Як Ви оцінюєте отриману інформацію?
    .hint = Вона була зрозумілою і повною?
    .low = Дуже погано
    .high = Відмінно
rate-booking = Як Ви оцінюєте запис на прийом?
    .low = Дуже погано
    .high = Відмінно
rate-opening-hours = Як Ви оцінюєте години роботи?
    .low = Дуже погано
    .high = Відмінно

specialist-work = Як Ви оцінюєте роботу фахівця, який Вас обслуговував?
    .low = Дуже погано
    .high = Відмінно
specialist-competence = Як Ви оцінюєте знання та компетентність фахівця?
    .low = Дуже погано
    .high = Відмінно
specialist-attitude = Як Ви оцінюєте ставлення фахівця до Вас?
    .hint = З Вами говорили ввічливо, з повагою, були готові допомогти?
    .low = Дуже погано
    .high = Відмінно

comment = Хочете ще щось сказати нам або щось запропонувати?
    .hint = Будь ласка, не пишіть своє ім’я або персональний код.
