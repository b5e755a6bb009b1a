# DRAFT translation by machine, needs native review
# Тексты приложения Heard, русский.

## Resident flow
welcome-title = Добро пожаловать
welcome-body = Расскажите нам, как вам здесь живётся. Это займёт несколько минут.
welcome-start = Начать
language-title = Выберите язык
anonymity-title = Ваши ответы анонимны
anonymity-body = Мы не спрашиваем ваше имя. Ваши ответы никоим образом не повлияют на ваше заявление о предоставлении убежища или ваше право на пребывание.
anonymity-continue = Понятно, продолжить
nav-next = Далее
nav-back = Назад
nav-skip = Пропустить
listen = Прослушать
progress = Вопрос { $current } из { $total }
required-hint = Пожалуйста, выберите ответ, чтобы продолжить.
save-failed = Не удалось сохранить ваш ответ. Пожалуйста, попробуйте ещё раз или обратитесь к персоналу.

## Stop
stop = Остановить
stop-title = Хотите остановиться?
stop-body = Вы можете сохранить свои ответы или удалить их.
stop-keep = Остановить и сохранить мои ответы
stop-discard = Остановить и удалить мои ответы
stop-continue = Продолжить опрос
stop-deleted = Ваши ответы удалены.
ask-help = Попросить помощи
help-called = Сотрудник скоро подойдёт, чтобы помочь вам. Пожалуйста, подождите здесь.

## Review and end
review-title = Проверьте свои ответы
review-change = Изменить
review-no-answer = Нет ответа
review-send = Отправить мои ответы
thanks-title = Спасибо!
thanks-body = Ваши ответы сохранены.
thanks-we-did = Вы сказали — мы сделали
thanks-done = Завершить
still-there-title = Вы ещё здесь?
still-there-body = { $seconds ->
    [one] Опрос закроется через { $seconds } секунду.
    [few] Опрос закроется через { $seconds } секунды.
    [many] Опрос закроется через { $seconds } секунд.
   *[other] Опрос закроется через { $seconds } секунды.
}
still-there-yes = Да, я ещё здесь

## Question widgets
choose-many-hint = Можно выбрать несколько ответов.
text-label = Ваш ответ
text-count = { $max ->
    [one] { $count } из { $max } символа
   *[other] { $count } из { $max } символов
}
number-label = Ваше число
number-invalid = Пожалуйста, введите число от { $min } до { $max }.
number-increase = Больше
number-decrease = Меньше
ranking-hint = Нажимайте на пункты по важности: сначала самый важный.
ranking-ordered = Ваш порядок
ranking-unordered = Осталось расставить
ranking-position = Номер { $position }
ranking-move-up = Переместить вверх
ranking-move-down = Переместить вниз
ranking-remove = Убрать из списка
ranking-reset = Расставить заново
scale-point = { $value } из { $max }
smiley-5-1 = Очень плохо
smiley-5-2 = Плохо
smiley-5-3 = Ни хорошо, ни плохо
smiley-5-4 = Хорошо
smiley-5-5 = Очень хорошо
smiley-3-1 = Плохо
smiley-3-2 = Ни хорошо, ни плохо
smiley-3-3 = Хорошо

## Fixed answers
choice-yes = Да
choice-no = Нет
choice-above = Лучше, чем ожидалось
choice-at = Как и ожидалось
choice-below = Хуже, чем ожидалось
choice-effective = Это хорошо помогло
choice-partial = Это помогло частично
choice-critical = Это не помогло
choice-positive = Хорошо
choice-neutral = Ни хорошо, ни плохо
choice-negative = Плохо
choice-up = Хорошо
choice-down = Нехорошо
choice-under-14 = Младше 14 лет
choice-age-14-17 = От 14 до 17 лет
choice-age-18-24 = От 18 до 24 лет
choice-age-25-34 = От 25 до 34 лет
choice-age-35-44 = От 35 до 44 лет
choice-age-45-54 = От 45 до 54 лет
choice-age-55-64 = От 55 до 64 лет
choice-age-65-plus = 65 лет и старше
choice-female = Женщина
choice-male = Мужчина
choice-other = Другое
choice-prefer-not = Не хочу отвечать
choice-under-2-months = Меньше 2 месяцев
choice-months-2-6 = От 2 до 6 месяцев
choice-months-6-12 = От 6 до 12 месяцев
choice-over-12-months = Больше 12 месяцев

## Nationalities
country-af = Афганистан
country-sy = Сирия
country-er = Эритрея
country-ps = Палестина
country-tr = Турция
country-so = Сомали
country-iq = Ирак
country-gn = Гвинея
country-cd = ДР Конго
country-bi = Бурунди
country-ma = Марокко
country-ua = Украина
country-ir = Иран
country-ve = Венесуэла
country-co = Колумбия
country-ru = Россия

## Administration mode badges (shown to the resident)
mode-self-completed = Самостоятельно
mode-assisted = С помощью персонала
mode-interpreter = С устным переводом
mode-interviewer = Сотрудник читает вопросы
mode-paper = С бумажной анкеты

## Staff
staff-corner = Персонал: удерживайте 2 секунды
pin-title = Вход для персонала
pin-label = PIN-код
pin-submit = Разблокировать
pin-cancel = Отмена
pin-wrong = { $left ->
    [one] Неверный PIN-код. Осталась { $left } попытка.
    [few] Неверный PIN-код. Осталось { $left } попытки.
    [many] Неверный PIN-код. Осталось { $left } попыток.
   *[other] Неверный PIN-код. Осталось { $left } попытки.
}
pin-locked = { $minutes ->
    [one] Слишком много неверных попыток. Попробуйте снова через { $minutes } минуту.
    [few] Слишком много неверных попыток. Попробуйте снова через { $minutes } минуты.
    [many] Слишком много неверных попыток. Попробуйте снова через { $minutes } минут.
   *[other] Слишком много неверных попыток. Попробуйте снова через { $minutes } минуты.
}
staff-title = Панель персонала
staff-survey = Активный опрос
staff-survey-builtin = встроенный
staff-survey-downloaded = с сервера
staff-survey-replaces = с сервера, заменяет встроенный
staff-survey-unusable = Опрос { $survey }, загруженный с сервера, нельзя использовать. Нажмите «Синхронизировать сейчас», чтобы загрузить его снова, или сообщите координатору.
staff-service-point = Пункт обслуживания (стойка или окно, никогда не человек)
staff-facility = Код учреждения
staff-mode = Как будет собран следующий ответ
staff-counts = Ответы на этом устройстве
staff-completed-today = Завершено сегодня
staff-abandoned-today = Остановлено или прервано сегодня
staff-completed-total = Завершено всего
staff-abandoned-total = Прервано всего
staff-pending = Ожидают отправки
staff-settings = Настройки
staff-timeout = Минут без касания до сброса опроса
staff-save = Сохранить настройки
staff-saved = Сохранено.
staff-invalid = { $field }: недопустимое значение. Используйте строчные буквы, цифры и дефисы.
staff-timeout-invalid = Выберите число минут от 1 до 60.
staff-pin-change = Сменить PIN-код
pin-current = Текущий PIN-код
pin-confirm = Новый PIN-код ещё раз
pin-changed = PIN-код изменён.
pin-mismatch = Два новых PIN-кода не совпадают.
staff-start = Начать опрос
staff-start-entry = Ввести ответ
staff-close = Закрыть панель персонала
staff-no-survey = На этом устройстве нет доступного опроса.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Послушать ещё раз
staff-help-call = Человек, который читает на языке { $language }, попросил помощи. Этот опрос пока нельзя полностью прослушать на этом языке. Пожалуйста, подойдите к нему.
staff-listen-missing = Не хватает для прослушивания
staff-record-missing = Записать недостающее, язык { $language }
staff-dismiss = Скрыть
staff-translations = Переводы
staff-language = Язык
staff-app-words = Тексты приложения
staff-status-draft = Черновик, ждёт проверки носителем языка
staff-status-reviewed = Проверено
staff-coverage = Охват текста и аудио
staff-coverage-text = Текст
staff-audio-missing = Нет аудио
staff-audio-synthetic = Синтезированное
staff-audio-recorded = Записанное
staff-recordings = Запись подсказок
staff-record-item = Что записать
staff-record = Записать
staff-record-stop = Остановить запись
staff-record-keep = Сохранить эту запись
staff-record-import = Или импортировать звуковой файл
staff-record-kept = Сохранено: теперь будет звучать эта запись.
staff-record-refused = Этот файл нельзя использовать: нужен звуковой файл меньше 2 МБ.
staff-record-no-mic = Микрофон недоступен.

# Sync (staff panel)
sync-title = Синхронизация с сервером
sync-not-enrolled = Этот планшет ещё не зарегистрирован на сервере синхронизации.
sync-enrolled = Зарегистрирован на { $server }
sync-server-url = Адрес сервера
sync-code = Код регистрации (от координатора)
sync-enrol = Зарегистрировать планшет
sync-enrolling = Регистрация…
sync-enrol-ok = Планшет зарегистрирован. Ответы будут отправляться автоматически.
sync-error-address = Неверный адрес сервера. Он должен начинаться с { $start }
sync-error-wrong-code = Код неверный или уже использован. Попросите у координатора новый код.
sync-error-expired = Срок действия кода истёк. Попросите у координатора новый код.
sync-error-unreachable = Не удалось связаться с сервером. Проверьте подключение к интернету и адрес сервера.
sync-error-tls = Не удалось установить защищённое соединение с сервером. Проверьте дату и время на планшете и адрес сервера.
sync-error-too-many = Слишком много попыток. Подождите минуту и попробуйте снова.
sync-error-server = Сервер не смог зарегистрировать планшет. Попробуйте позже или сообщите координатору.
sync-now = Синхронизировать сейчас
sync-last-success = Последняя успешная синхронизация
sync-minutes-ago = { $minutes } мин. назад
sync-never = Ещё не было
sync-last-error = Последняя проблема
sync-set-aside = Отложены сервером

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Настройка планшета
setup-body = Выберите PIN-код персонала до того, как планшетом начнут пользоваться жильцы. Он нужен персоналу, чтобы открыть панель персонала: удерживайте верхний угол 2 секунды. Сообщайте его только персоналу.
setup-pin = PIN-код персонала (от 6 до 12 цифр)
setup-pin-again = PIN-код персонала ещё раз
setup-save = Сохранить PIN-код
pin-new-digits = Новый PIN-код (от 6 до 12 цифр)
pin-rule-digits = PIN-код состоит из 6–12 цифр и только из цифр.
pin-rule-common = Этот PIN-код — один из самых распространённых. Выберите другой.
pin-rule-sequence = Этот PIN-код слишком простой (одна цифра подряд, счёт вверх или вниз или повторяющийся узор). Выберите другой.
sync-error-waiting = Ответов ждут отправки на сервер, к которому подключён планшет: { $count }. Сначала нажмите «Синхронизировать сейчас», чтобы отправить их, затем подключите планшет к новому серверу.
clock-off = Дата и время на планшете неверны: они отличаются от серверных больше чем на сутки (дней: { $days }). Установите дату и время в настройках планшета.
set-aside-wrong-facility = В этих ответах указано другое учреждение, не то, к которому подключён планшет. Проверьте учреждение в настройках и сообщите координатору.
set-aside-survey-not-on-server = На сервере нет этого опроса для вашего учреждения. Попросите координатора назначить его на сервере.
set-aside-conflict = На сервере уже есть другие ответы с тем же номером. Сообщите координатору; на планшете ничего делать не нужно.
set-aside-invalid = Эти ответы не подходят к опросу на сервере — возможно, он изменился. Сообщите координатору.
set-aside-other = Сервер отклонил эти ответы по причине, которую приложение не знает. Обновите приложение и сообщите координатору.
set-aside-kept = Отложенные ответы хранятся на планшете 30 дней, затем удаляются.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Этот браузер сохраняет ответы Heard, даже когда на планшете мало места.
storage-not-kept = Этот браузер может удалить ответы Heard, когда на планшете мало места. Синхронизируйте чаще. Если Heard снова открывается с первоначальной настройки, ответы были удалены: выберите PIN-код и снова зарегистрируйте планшет.
setup-storage-lost = Браузер удалил то, что Heard хранил на этом планшете (хранилище было очищено или переполнено). Ответы, ещё не отправленные на сервер, потеряны. Выберите PIN-код, затем снова зарегистрируйте планшет в панели сотрудников.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Что сохраняется?
kept-title = Что сохраняется?
kept-close = Закрыть
kept-list-title = Сохраняется вместе с вашими ответами
kept-answers = Ваши ответы
kept-period = Месяц, но не день и не время
kept-facility = Центр
kept-service-point = Место в центре, где вы отвечали, если оно есть
kept-language = Язык, который вы выбрали
kept-mode = Отвечали вы сами или с помощью
kept-audio-used = Слушали ли вы вопросы
kept-status = Закончили вы или остановились
kept-survey = Какой опрос и какая его версия
kept-id = Случайный номер, чтобы ваши ответы не посчитали дважды
kept-never-title = Никогда не сохраняется
kept-never-name = Ваше имя или любой номер о вас
kept-never-device = Этот планшет или телефон
kept-never-time = Точная дата и время
kept-never-helper = Кто вам помогал
kept-never-voice = Ваш голос или ваше лицо
