# DRAFT translation by machine, needs native review
# Тексти застосунку Heard, українська.

## Resident flow
welcome-title = Ласкаво просимо
welcome-body = Розкажіть нам, як вам тут живеться. Це займе кілька хвилин.
welcome-start = Почати
language-title = Оберіть мову
anonymity-title = Ваші відповіді анонімні
anonymity-body = Ми не питаємо вашого імені. Ваші відповіді жодним чином не вплинуть на вашу заяву про надання притулку чи ваше право на перебування.
anonymity-continue = Зрозуміло, продовжити
nav-next = Далі
nav-back = Назад
nav-skip = Пропустити
listen = Прослухати
progress = Питання { $current } з { $total }
required-hint = Будь ласка, оберіть відповідь, щоб продовжити.
save-failed = Не вдалося зберегти вашу відповідь. Будь ласка, спробуйте ще раз або зверніться до персоналу.

## Stop
stop = Зупинити
stop-title = Бажаєте зупинитися?
stop-body = Ви можете зберегти свої відповіді або видалити їх.
stop-keep = Зупинити й зберегти мої відповіді
stop-discard = Зупинити й видалити мої відповіді
stop-continue = Продовжити опитування
stop-deleted = Ваші відповіді видалено.
ask-help = Попросити допомоги
help-called = Працівник скоро підійде, щоб допомогти вам. Будь ласка, зачекайте тут.

## Review and end
review-title = Перевірте свої відповіді
review-change = Змінити
review-no-answer = Немає відповіді
review-send = Надіслати мої відповіді
thanks-title = Дякуємо!
thanks-body = Ваші відповіді збережено.
thanks-we-did = Ви сказали — ми зробили
thanks-done = Завершити
still-there-title = Ви ще тут?
still-there-body = { $seconds ->
    [one] Опитування закриється через { $seconds } секунду.
    [few] Опитування закриється через { $seconds } секунди.
    [many] Опитування закриється через { $seconds } секунд.
   *[other] Опитування закриється через { $seconds } секунди.
}
still-there-yes = Так, я ще тут

## Question widgets
choose-many-hint = Можна обрати кілька відповідей.
text-label = Ваша відповідь
text-count = { $max ->
    [one] { $count } з { $max } символу
   *[other] { $count } з { $max } символів
}
number-label = Ваше число
number-invalid = Будь ласка, введіть число від { $min } до { $max }.
number-increase = Більше
number-decrease = Менше
ranking-hint = Торкайтеся пунктів за важливістю: спочатку найважливіший.
ranking-ordered = Ваш порядок
ranking-unordered = Ще треба розставити
ranking-position = Номер { $position }
ranking-move-up = Перемістити вгору
ranking-move-down = Перемістити вниз
ranking-remove = Прибрати зі списку
ranking-reset = Розставити заново
scale-point = { $value } з { $max }
smiley-5-1 = Дуже погано
smiley-5-2 = Погано
smiley-5-3 = Ні добре, ні погано
smiley-5-4 = Добре
smiley-5-5 = Дуже добре
smiley-3-1 = Погано
smiley-3-2 = Ні добре, ні погано
smiley-3-3 = Добре

## Fixed answers
choice-yes = Так
choice-no = Ні
choice-above = Краще, ніж очікувалося
choice-at = Як і очікувалося
choice-below = Гірше, ніж очікувалося
choice-effective = Це добре допомогло
choice-partial = Це допомогло частково
choice-critical = Це не допомогло
choice-positive = Добре
choice-neutral = Ні добре, ні погано
choice-negative = Погано
choice-up = Добре
choice-down = Недобре
choice-under-14 = Менше 14 років
choice-age-14-17 = Від 14 до 17 років
choice-age-18-24 = Від 18 до 24 років
choice-age-25-34 = Від 25 до 34 років
choice-age-35-44 = Від 35 до 44 років
choice-age-45-54 = Від 45 до 54 років
choice-age-55-64 = Від 55 до 64 років
choice-age-65-plus = 65 років і старше
choice-female = Жінка
choice-male = Чоловік
choice-other = Інше
choice-prefer-not = Не хочу відповідати
choice-under-2-months = Менше 2 місяців
choice-months-2-6 = Від 2 до 6 місяців
choice-months-6-12 = Від 6 до 12 місяців
choice-over-12-months = Більше 12 місяців

## Nationalities
country-af = Афганістан
country-sy = Сирія
country-er = Еритрея
country-ps = Палестина
country-tr = Туреччина
country-so = Сомалі
country-iq = Ірак
country-gn = Гвінея
country-cd = ДР Конго
country-bi = Бурунді
country-ma = Марокко
country-ua = Україна
country-ir = Іран
country-ve = Венесуела
country-co = Колумбія
country-ru = Росія

## Administration mode badges (shown to the resident)
mode-self-completed = Самостійно
mode-assisted = З допомогою персоналу
mode-interpreter = З усним перекладом
mode-interviewer = Працівник читає запитання
mode-paper = З паперової анкети

## Staff
staff-corner = Персонал: утримуйте 2 секунди
pin-title = Вхід для персоналу
pin-label = PIN-код
pin-submit = Розблокувати
pin-cancel = Скасувати
pin-wrong = { $left ->
    [one] Неправильний PIN-код. Залишилася { $left } спроба.
    [few] Неправильний PIN-код. Залишилося { $left } спроби.
    [many] Неправильний PIN-код. Залишилося { $left } спроб.
   *[other] Неправильний PIN-код. Залишилося { $left } спроби.
}
pin-locked = { $minutes ->
    [one] Забагато неправильних спроб. Спробуйте знову через { $minutes } хвилину.
    [few] Забагато неправильних спроб. Спробуйте знову через { $minutes } хвилини.
    [many] Забагато неправильних спроб. Спробуйте знову через { $minutes } хвилин.
   *[other] Забагато неправильних спроб. Спробуйте знову через { $minutes } хвилини.
}
staff-title = Панель персоналу
staff-survey = Активне опитування
staff-survey-builtin = вбудоване
staff-survey-downloaded = із сервера
staff-survey-replaces = із сервера, замінює вбудоване
staff-survey-unusable = Опитування { $survey }, завантажене із сервера, не можна використати. Натисніть «Синхронізувати зараз», щоб завантажити його знову, або повідомте координатора.
staff-service-point = Пункт обслуговування (стійка або віконце, ніколи не людина)
staff-facility = Код закладу
staff-mode = Як буде зібрано наступну відповідь
staff-counts = Відповіді на цьому пристрої
staff-completed-today = Завершено сьогодні
staff-abandoned-today = Зупинено або перервано сьогодні
staff-completed-total = Завершено загалом
staff-abandoned-total = Перервано загалом
staff-pending = Очікують надсилання
staff-settings = Налаштування
staff-timeout = Хвилин без дотику до скидання опитування
staff-save = Зберегти налаштування
staff-saved = Збережено.
staff-invalid = { $field }: недійсне значення. Використовуйте малі літери, цифри й дефіси.
staff-timeout-invalid = Оберіть кількість хвилин від 1 до 60.
staff-pin-change = Змінити PIN-код
pin-current = Поточний PIN-код
pin-confirm = Новий PIN-код ще раз
pin-changed = PIN-код змінено.
pin-mismatch = Два нові PIN-коди не збігаються.
staff-start = Почати опитування
staff-start-entry = Ввести відповідь
staff-close = Закрити панель персоналу
staff-no-survey = На цьому пристрої немає доступного опитування.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Послухати ще раз
staff-help-call = Людина, яка читає мовою { $language }, попросила допомоги. Цю анкету ще не можна повністю прослухати цією мовою. Будь ласка, підійдіть до неї.
staff-listen-missing = Бракує для прослуховування
staff-record-missing = Записати те, чого бракує, мова { $language }
staff-dismiss = Сховати
staff-translations = Переклади
staff-language = Мова
staff-app-words = Тексти застосунку
staff-status-draft = Чернетка, чекає на перевірку носієм мови
staff-status-reviewed = Перевірено
staff-coverage = Покриття тексту й аудіо
staff-coverage-text = Текст
staff-audio-missing = Немає аудіо
staff-audio-synthetic = Синтезоване
staff-audio-recorded = Записане
staff-recordings = Запис підказок
staff-record-item = Що записати
staff-record = Записати
staff-record-stop = Зупинити запис
staff-record-keep = Зберегти цей запис
staff-record-import = Або імпортувати звуковий файл
staff-record-kept = Збережено: відтепер звучатиме цей запис.
staff-record-refused = Цей файл не можна використати: потрібен звуковий файл менший за 2 МБ.
staff-record-no-mic = Мікрофон недоступний.

# Sync (staff panel)
sync-title = Синхронізація з сервером
sync-not-enrolled = Цей планшет ще не зареєстровано на сервері синхронізації.
sync-enrolled = Зареєстровано на { $server }
sync-server-url = Адреса сервера
sync-code = Код реєстрації (від координатора)
sync-enrol = Зареєструвати планшет
sync-enrolling = Реєстрація…
sync-enrol-ok = Планшет зареєстровано. Відповіді надсилатимуться автоматично.
sync-error-address = Неправильна адреса сервера. Вона має починатися з { $start }
sync-error-wrong-code = Код неправильний або вже використаний. Попросіть у координатора новий код.
sync-error-expired = Термін дії коду минув. Попросіть у координатора новий код.
sync-error-unreachable = Не вдалося зв'язатися із сервером. Перевірте підключення до інтернету та адресу сервера.
sync-error-tls = Не вдалося встановити захищене з'єднання із сервером. Перевірте дату й час на планшеті та адресу сервера.
sync-error-too-many = Забагато спроб. Зачекайте хвилину й спробуйте знову.
sync-error-server = Сервер не зміг зареєструвати планшет. Спробуйте пізніше або повідомте координатора.
sync-now = Синхронізувати зараз
sync-last-success = Остання успішна синхронізація
sync-minutes-ago = { $minutes } хв тому
sync-never = Ще не було
sync-last-error = Остання проблема
sync-set-aside = Відкладені сервером

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Налаштування планшета
setup-body = Виберіть PIN-код персоналу, перш ніж мешканці користуватимуться планшетом. Він потрібен персоналу, щоб відкрити панель персоналу: утримуйте верхній кут 2 секунди. Повідомляйте його лише персоналу.
setup-pin = PIN-код персоналу (від 6 до 12 цифр)
setup-pin-again = PIN-код персоналу ще раз
setup-save = Зберегти PIN-код
pin-new-digits = Новий PIN-код (від 6 до 12 цифр)
pin-rule-digits = PIN-код має 6–12 цифр і лише цифри.
pin-rule-common = Цей PIN-код — один із найпоширеніших. Виберіть інший.
pin-rule-sequence = Цей PIN-код надто простий (одна цифра поспіль, лік угору чи вниз або повторюваний візерунок). Виберіть інший.
sync-error-waiting = Відповідей чекають на надсилання на сервер, до якого підключено планшет: { $count }. Спочатку натисніть «Синхронізувати зараз», щоб надіслати їх, потім підключіть планшет до нового сервера.
clock-off = Дата й час на планшеті неправильні: вони відрізняються від серверних більш ніж на добу (днів: { $days }). Встановіть дату й час у налаштуваннях планшета.
set-aside-wrong-facility = У цих відповідях зазначено інший заклад, ніж той, до якого підключено планшет. Перевірте заклад у налаштуваннях і повідомте координатора.
set-aside-survey-not-on-server = На сервері немає цього опитування для вашого закладу. Попросіть координатора призначити його на сервері.
set-aside-conflict = На сервері вже є інші відповіді з тим самим номером. Повідомте координатора; на планшеті нічого робити не потрібно.
set-aside-invalid = Ці відповіді не відповідають опитуванню на сервері — можливо, воно змінилося. Повідомте координатора.
set-aside-other = Сервер відхилив ці відповіді з причини, якої застосунок не знає. Оновіть застосунок і повідомте координатора.
set-aside-kept = Відкладені відповіді зберігаються на планшеті 30 днів, потім видаляються.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Цей браузер зберігає відповіді Heard, навіть коли на планшеті мало місця.
storage-not-kept = Цей браузер може видалити відповіді Heard, коли на планшеті мало місця. Синхронізуйте часто. Якщо Heard знову відкривається з початкового налаштування, відповіді видалено: виберіть PIN-код і знову зареєструйте планшет.
setup-storage-lost = Браузер видалив те, що Heard зберігав на цьому планшеті (сховище очищено або воно переповнилося). Відповіді, ще не надіслані на сервер, втрачено. Виберіть PIN-код, а потім знову зареєструйте планшет у панелі персоналу.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Що зберігається?
kept-title = Що зберігається?
kept-close = Закрити
kept-list-title = Зберігається разом із вашими відповідями
kept-answers = Ваші відповіді
kept-period = Місяць, але не день і не час
kept-facility = Центр
kept-service-point = Місце в центрі, де ви відповідали, якщо воно є
kept-language = Мова, яку ви обрали
kept-mode = Чи відповідали ви самі чи з допомогою
kept-audio-used = Чи слухали ви запитання
kept-status = Чи ви закінчили, чи зупинилися
kept-survey = Яке опитування і яка його версія
kept-id = Випадковий номер, щоб ваші відповіді не порахували двічі
kept-never-title = Ніколи не зберігається
kept-never-name = Ваше ім’я або будь-який номер про вас
kept-never-device = Цей планшет або телефон
kept-never-time = Точна дата і час
kept-never-helper = Хто вам допомагав
kept-never-voice = Ваш голос або ваше обличчя
