# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Russian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Местные справочники для новоприбывших. Пишем вместе, читать можно и без интернета.
skip-to-content = Перейти к содержанию
nav-main =
    .aria-label = Главное меню
nav-cities = Все города
nav-status = Состояние синхронизации
nav-sign-in = Войти
nav-edit = Редактировать справочник
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Ваша учётная запись: { $name }
page-title = { $page } · { app-name }
language-label = Язык

## Choosing a guide

reader-choose-city-title = Выберите ваш город
reader-choose-language-title = Выберите ваш язык
reader-choose-offline = Вы не в сети. Подключитесь к интернету один раз, чтобы скачать справочник.
reader-kept-guides = Справочники на этом телефоне
reader-choose-city = Выбрать другой город или язык
reader-choose-language-city = Выберите язык справочника: { $city }
reader-language-not-offered = Справочник «{ $city }» недоступен на этом языке: { $language }. Выберите один из языков, на которых он доступен:
reader-open-guide = Открыть справочник
reader-loading = Загрузка…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Справочник
reader-nav-home = Главная
reader-nav-articles = Полезная информация
reader-nav-events = События
reader-nav-search = Поиск
reader-sample-city = Это пример города с выдуманным содержанием, чтобы попробовать { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Доступно без интернета, обновлено { $ago }
reader-offline-now = Вы не в сети. Этот справочник обновлён { $ago }.
reader-guide-language = Язык справочника
reader-print-link = Распечатать этот справочник
reader-offline-banner = Вы не в сети. Вы читаете копию, сохранённую на этом телефоне.
reader-language-shown-in = Справочник «{ $city }» недоступен на этом языке: { $language }. Его тексты показаны на языке: { $guide }.
reader-text-size = Размер текста
reader-text-size-normal = Обычный
reader-text-size-large = Крупный
reader-text-size-larger = Очень крупный
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Ещё не переведено: часть текста показана на этом языке: { $languages }.
        [few] Ещё не переведено: часть текста показана на этих языках: { $languages }.
        [many] Ещё не переведено: часть текста показана на этих языках: { $languages }.
       *[other] Ещё не переведено: часть текста показана на этих языках: { $languages }.
    }
reader-problem-offline-title = Этого справочника ещё нет на этом телефоне
reader-problem-offline = Подключитесь к интернету один раз. После этого справочник работает и без интернета.
reader-offline-missing = Вы не в сети.
reader-problem-unknown-city-title = Город не найден
reader-problem-unknown-city = Здесь нет справочника для этого города.
reader-problem-unknown-language-title = Язык недоступен
reader-problem-unknown-language = Этого справочника нет на этом языке. Выберите один из этих языков:
reader-problem-server-title = Не удалось загрузить справочник
reader-problem-server = На сервере произошла ошибка. Попробуйте позже.
reader-meta-description = Справочник города { $city } для новоприбывших: где найти помощь, услуги, полезную информацию и события, на вашем языке, и без интернета.
reader-meta-description-page = { $page } — в справочнике города { $city } для новоприбывших: помощь, услуги, информация и события на вашем языке, и без интернета.

## Guide home

reader-home-title = Справочник: { $city }
reader-notices = Новости города
reader-categories = Что вам нужно?
reader-category-count =
    { $count ->
        [one] { $count } место
        [few] { $count } места
        [many] { $count } мест
       *[other] { $count } места
    }
reader-this-week = На этой неделе
reader-no-events-this-week = В ближайшие семь дней событий нет.
reader-all-events = Все события
reader-topics = Информация
reader-kept-languages = На этом телефоне
reader-kept-languages-hint = Справочник работает без интернета на языках, сохранённых на этом телефоне.
reader-kept-current = Сохранён (вы его читаете)
reader-kept-add = Сохранить ещё: { $language }
reader-kept-remove = Удалить с этого телефона: { $language }
reader-published-on = Опубликовано: { $date }
reader-kept-waiting = Вы не в сети. Как только появится связь, телефон сохранит и этот язык: { $language }.

## Services

reader-service-title = Услуга
reader-status-temporarily-closed = Временно закрыто.
reader-status-closed = Эта услуга больше не работает.
reader-open-now = Сейчас открыто, закроется в { $time }
reader-open-now-all-day = Сейчас открыто, круглосуточно
reader-open-all-day = Круглосуточно
reader-opens-today = Сейчас закрыто. Откроется сегодня в { $time }
reader-opens-tomorrow = Сейчас закрыто. Откроется завтра в { $time }
reader-opens-on = Сейчас закрыто. Откроется: { $day }, в { $time }
reader-by-appointment = По записи
reader-no-hours-soon = В ближайшие дни не работает
reader-hours-unknown = Уточните часы работы
reader-open-to-all = Для всех, какие бы у вас ни были документы
reader-for-whom = Для кого
reader-eligibility = Кто может прийти
reader-cost = Стоимость
reader-free = Бесплатно
reader-not-free = Платно
reader-languages = Языки
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Можно пригласить переводчика.
reader-documents = Что взять с собой
reader-hours = Часы работы
reader-today = Сегодня
reader-tomorrow = Завтра
reader-closed-day = Закрыто
reader-appointment-note = (по записи)
reader-where = Где
reader-outreach = Где их найти (они также приходят к вам)
reader-open-map = Открыть в моём приложении карт
reader-open-web-map = Открыть карту на openstreetmap.org
reader-contact = Контакты
reader-call = Позвонить: { $phone }
reader-email = Написать: { $email }
reader-website = Сайт: { $site }
reader-share = Поделиться
reader-share-copied = Ссылка скопирована
reader-last-checked = Последняя проверка: { $date }
reader-listen = Слушать
reader-listen-stop = Стоп
reader-target-everyone = Все
reader-target-asylum-seekers-and-refugees = Просители убежища и беженцы
reader-target-temporary-protection = Люди с временной защитой
reader-target-undocumented-residents = Люди без документов
reader-target-women = Женщины
reader-target-unaccompanied-minors = Подростки до 18 лет без родителей
reader-target-children = Дети
reader-target-students = Студенты

## Articles

reader-articles-title = Полезная информация
reader-articles-below = Подробнее об этом
reader-breadcrumbs =
    .aria-label = Вы здесь

## Events

reader-events-title = События
reader-events-later = Позже
reader-no-events = В ближайшие недели событий нет.
reader-event-cancelled = Отменено
reader-event-when = Когда
reader-event-next-dates = Следующие даты
reader-event-past = Это событие уже прошло.
reader-organizer = Организатор
reader-open-to-residents = Для всех: и для новоприбывших, и для давних жителей
reader-add-to-calendar = Добавить в мой календарь
reader-register = Записаться
reader-online-link = Участвовать онлайн
reader-subscribe = Подписаться на события города в моём календаре
reader-feed-link = Скачать все события (iCalendar)
reader-events-by-month = Позже, по месяцам
reader-no-later-events = Более поздних событий пока нет.
reader-events-in-month = { $month } (события: { $count })
reader-no-events-month = В этом месяце событий нет.
reader-events-bad-month = Этот адрес не указывает месяц (он должен заканчиваться на ?month=2027-01). Вот ближайшие недели.
reader-events-known-until = Этот телефон знает события до { $date }. Позже откройте справочник в интернете, чтобы увидеть больше.
reader-events-coming-weeks = Ближайшие четыре недели
reader-events-month-before = Раньше: { $month }
reader-events-month-after = Дальше: { $month }
reader-feed-heading = В вашем календаре

## Search

reader-search-title = Поиск
reader-search-label = Поиск по справочнику
reader-search-button = Найти
reader-search-count =
    { $count ->
        [0] По запросу «{ $query }» ничего не найдено.
        [one] { $count } результат по запросу «{ $query }».
        [few] { $count } результата по запросу «{ $query }».
        [many] { $count } результатов по запросу «{ $query }».
       *[other] { $count } результата по запросу «{ $query }».
    }
reader-kind-service = Услуга
reader-kind-article = Информация
reader-kind-event = Событие

## Print version

reader-print-title = Справочник для печати
reader-print-heading = Справочник: { $city }
reader-print-date = Напечатано { $date }. Всё меняется: проверяйте справочник в интернете.
reader-print-button = Печать
reader-print-address = Этот справочник в интернете, всегда актуальный:
reader-print-qr = QR-код: этот справочник в интернете
reader-print-other-days = Некоторые часы приходятся на другие дни (раз в несколько недель или раз в месяц): смотрите справочник в интернете.

## Suggest a correction

reader-suggest-link = Предложить исправление
reader-suggest-title = Предложить исправление
reader-suggest-about = О чём:
reader-suggest-privacy = Ваше сообщение анонимно. Мы не спрашиваем ваше имя и ничего о вас.
reader-suggest-topic = Что не так?
reader-suggest-message = Что нам нужно знать?
reader-suggest-message-hint = Пожалуйста, не пишите своё имя, номер телефона и другие личные данные.
reader-suggest-send = Отправить
reader-suggest-need-topic = Выберите, что не так.
reader-suggest-need-message = Напишите несколько слов о том, что не так.
reader-suggest-sent = Спасибо. Редакторы справочника это проверят.
reader-suggest-queued = Спасибо. Вы не в сети: сообщение будет отправлено, когда вы снова будете в сети.
reader-suggest-refused = Спасибо, но отправить не удалось: возможно, страница была удалена.
reader-back-to-guide = Назад к справочнику

## Status page

status-title = Состояние синхронизации
status-connection-label = Связь с сервером
status-connected = Подключено
status-connecting = Подключение…
status-offline = Нет сети
status-offline-hint = Вы не в сети. Изменения остаются на этом устройстве. Они будут отправлены, когда вы снова будете в сети.
status-waiting =
    { $count ->
        [0] На этом устройстве ничего не ждёт отправки.
        [1] Одно изменение сохранено на этом устройстве и ждёт отправки.
       *[other] Изменений на этом устройстве, ожидающих отправки: { $count }.
    }
status-signed-out = Вы не вошли
status-signed-out-hint = Только вошедшие редакторы синхронизируют документы с сервером. Чтобы читать справочник, учётная запись не нужна.
status-sign-in = Войдите, чтобы синхронизировать

## Not found

not-found-title = Страница не найдена
not-found-body = По этому адресу ничего нет.
not-found-home = На главную страницу

## Forms and errors shared by the pages

passphrase-show = Показать пароль
error-offline = Не удалось связаться с сервером. Проверьте подключение и попробуйте снова.
error-server = На сервере произошла ошибка. Попробуйте позже.
error-bad-request = Сервер это не принял. Проверьте, что вы ввели, и попробуйте снова.
error-forbidden = Вам нельзя это делать.
error-unauthenticated = Вы вышли из учётной записи. Войдите снова, чтобы продолжить.
error-unexpected = Что-то пошло не так. Попробуйте снова.
error-page-not-loaded = Не удалось загрузить эту страницу. Проверьте подключение и попробуйте снова.
error-too-many-attempts-seconds =
    Слишком много попыток. Попробуйте снова через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
error-too-many-attempts-minutes =
    Слишком много попыток. Попробуйте снова через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }.

## Roles

-role-volunteer = Волонтёр
-role-translator = Переводчик
-role-editor = Редактор
-role-group_member = Участник группы
-role-group_moderator = Модератор группы
-role-city_admin = Администратор города
role-option-volunteer = { -role-volunteer }
role-option-translator = { -role-translator }
role-option-editor = { -role-editor }
role-option-group_member = { -role-group_member }
role-option-group_moderator = { -role-group_moderator }
role-option-city_admin = { -role-city_admin }
# $role: one of the role ids above.
role-name =
    { $role ->
        [volunteer] { -role-volunteer }
        [translator] { -role-translator }
        [editor] { -role-editor }
        [group_member] { -role-group_member }
        [group_moderator] { -role-group_moderator }
        [city_admin] { -role-city_admin }
       *[other] { $role }
    }
# A role with its detail: the archive group of group roles, the languages of translators.
# $languages is a list of language codes; LANGUAGES() names them in this language.
role-grant =
    { $detail ->
        [group] { role-name }, группа «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } — { $city }
role-label = Роль
role-group-label = Группа
role-group-hint = Одна из групп архива, которые вы модерируете в этом городе.
role-group-missing = Выберите группу.
role-group-unknown = В этом городе нет группы архива с таким коротким названием.
role-languages-label = Языки
role-languages-hint = Коды языков через запятую. Например: ar, uk, fa-AF.
role-languages-missing = Введите хотя бы один код языка.
role-languages-invalid = Один из них — не код языка. Используйте коды, например ar, uk или fa-AF.

## Sign-in page

sign-in-title = Вход
sign-in-intro = Для волонтёров, редакторов, переводчиков и сотрудников города. Чтобы читать справочник, учётная запись не нужна.
sign-in-name = Имя
sign-in-passphrase = Пароль
sign-in-submit = Войти
sign-in-name-missing = Введите своё имя.
sign-in-passphrase-missing = Введите свой пароль.
sign-in-invalid = Неверное имя или пароль.
sign-in-no-account = Нет учётной записи? Её можно получить только по приглашению. Попросите ссылку у администратора вашего города.
sign-in-already = Вы вошли как { $name }.
sign-in-continue = Продолжить
sign-in-account = Ваша учётная запись

## Invitation page

invite-title = Приглашение
invite-loading = Проверяем приглашение…
invite-not-found = Эта ссылка-приглашение не работает. Возможно, ею уже воспользовались или срок её действия истёк. Попросите новую у того, кто вас пригласил.
invite-home = На главную страницу
invite-for = Вас приглашают в { $city } с ролью: { role-grant }.
invite-expires = Приглашение действует до { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Вы вошли как { $name }. Если принять приглашение, будет создана новая учётная запись, и вы войдёте в неё.
invite-name = Ваше имя
invite-name-hint = Это имя видят те, с кем вы работаете. Это не обязательно ваше настоящее имя: можно псевдоним.
invite-name-missing = Выберите имя.
invite-name-too-long = Имя слишком длинное: не больше 64 символов.
invite-name-taken = Это имя уже занято. Выберите другое.
invite-passphrase = Пароль
invite-passphrase-hint = Не меньше 10 символов. Несколько слов, которые не связаны друг с другом, легко запомнить и трудно угадать.
invite-passphrase-confirm = Пароль ещё раз
invite-passphrase-too-short = Пароль слишком короткий: не меньше 10 символов.
invite-passphrase-too-long = Пароль слишком длинный: не больше 1024 символов.
invite-passphrase-mismatch = Пароли не совпадают.
invite-submit = Создать учётную запись

## Account page

account-title = Ваша учётная запись
account-loading = Загружаем вашу учётную запись…
account-not-signed-in = Вы не вошли.
account-signed-out = Вы вышли.
account-sign-in = Войти
account-signed-in-as = Вы вошли как { $name }.
account-offline = Вы не в сети. Здесь то, что помнит устройство. Для сеансов и выхода нужна связь.
account-roles-title = Ваши роли
account-no-roles = У вас пока нет ролей.
account-manage-city = Управлять: { $city }
account-sessions-title = Где вы вошли
account-sessions-loading = Загрузка…
account-session-current = Это устройство
account-session-other = Другое устройство
account-session-times = Вход: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, последняя активность: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Выйти
account-session-ended = На том устройстве выполнен выход.
account-sign-out-everywhere = Выйти на всех устройствах
account-sign-out = Выйти

## City administration page

admin-title = Управление городом
admin-heading = Управлять: { $city }
admin-loading = Загрузка…
admin-offline = Вы не в сети. Для управления городом нужна связь.
admin-not-signed-in = Войдите, чтобы управлять городом.
admin-sign-in = Войти
admin-not-admin = Вы не администратор города { $city }.
admin-invite-title = Пригласить человека
admin-invite-intro = Ссылка-приглашение — для одного человека. Она работает один раз, и тот, кто её откроет, может создать учётную запись. Отправьте её лично.
admin-invite-submit = Создать ссылку-приглашение
admin-invite-created = Ссылка-приглашение создана.
admin-invite-link-label = Ссылка-приглашение
admin-invite-about = Для роли: { role-grant }. Действует до { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Копировать ссылку
admin-invite-share = Поделиться ссылкой
admin-invite-copied = Ссылка скопирована.
admin-invite-copy-failed = Не удалось скопировать. Ссылка выделена: скопируйте её сами.
admin-members-title = Участники
admin-members-none = Участников пока нет.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (вы)
       *[no] { $name }
    }
admin-member-revoked = Доступ отозван
admin-member-no-roles = Нет ролей
admin-member-edit = Изменить роли
admin-member-revoke = Отозвать доступ
admin-roles-heading = Роли: { $name }
admin-role-remove = Убрать
admin-role-add-title = Добавить роль
admin-role-add = Добавить роль
admin-role-duplicate = У этого человека уже есть такая роль.
admin-roles-save = Сохранить роли
admin-roles-cancel = Отмена
admin-roles-saved = Роли сохранены: { $name }.
admin-revoke-question = Отозвать доступ: { $name }?
admin-revoke-explain = { $name } выйдет на всех устройствах и больше не сможет войти.
admin-revoke-confirm = Отозвать доступ
admin-revoke-cancel = Отмена
admin-revoked = Доступ отозван: { $name }.

## Suggestions queue (editors)

suggestions-title = Предложения читателей
suggestions-heading = Предложения: { $city }
suggestions-intro = Читатели анонимно присылают их, когда в справочнике что-то неверно. Проверьте, при необходимости исправьте материал, а затем отметьте предложение как выполненное.
suggestions-loading = Загрузка…
suggestions-not-signed-in = Войдите, чтобы увидеть предложения читателей.
suggestions-sign-in = Войти
suggestions-not-allowed = Предложения видят только редакторы и администраторы города { $city }.
suggestions-unknown-city = Города «{ $city }» нет.
suggestions-show-done = Показывать и выполненные предложения
suggestions-list-title = Предложения
suggestions-none-open = Открытых предложений нет.
suggestions-none = Предложений пока нет.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = О чём: { $title }
suggestions-about-unpublished = О материале, который больше не опубликован
suggestions-about-guide = О справочнике в целом
suggestions-no-message = Читатель не написал сообщения.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Получено { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · язык: { LANGUAGES($language) }
suggestions-resolved = Выполнено { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Отметить как выполненное
suggestions-marked-done = Предложение отмечено как выполненное.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Закрылось или больше не существует
suggestion-topic-hours = Неверные часы работы
suggestion-topic-address = Неверный адрес
suggestion-topic-contact = Неверный номер телефона или другой контакт
suggestion-topic-translation = Перевод неверный или отсутствует
suggestion-topic-other = Другое

## Editing app

editor-page-title = Редактирование справочника
editor-title = Редактирование: { $city }
editor-signed-out = Войдите, чтобы редактировать справочник.
editor-progress = Документы на этом устройстве: { $loaded } из { $total }
editor-filter = Фильтр
editor-events = События
editor-services = Услуги
editor-new-event = Новое событие
editor-back = Назад к списку
editor-untitled = (пока без названия)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Сохранено на этом устройстве. Вы не в сети.
        [one] Сохранено на этом устройстве. { $count } изменение ждёт отправки.
        [few] Сохранено на этом устройстве. { $count } изменения ждут отправки.
        [many] Сохранено на этом устройстве. { $count } изменений ждут отправки.
       *[other] Сохранено на этом устройстве. Изменений, ждущих отправки: { $count }.
    }
editor-sync-sending =
    { $count ->
        [one] Отправляется { $count } изменение…
        [few] Отправляются { $count } изменения…
        [many] Отправляются { $count } изменений…
       *[other] Отправка изменений: { $count }…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Синхронизировано { $ago }
editor-sync-sent =
    { $count ->
        [1] Отправлено одно изменение. Синхронизировано { $ago }
       *[other] Отправлено изменений: { $count }. Синхронизировано { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Ваш сеанс завершён. Войдите снова, чтобы продолжить синхронизацию.
        [one] Ваш сеанс завершён. На этом устройстве сохранено { $count } изменение: войдите снова, чтобы его отправить.
        [few] Ваш сеанс завершён. На этом устройстве сохранено { $count } изменения: войдите снова, чтобы их отправить.
        [many] Ваш сеанс завершён. На этом устройстве сохранено { $count } изменений: войдите снова, чтобы их отправить.
       *[other] Ваш сеанс завершён. Изменений, сохранённых на этом устройстве: { $count }. Войдите снова, чтобы их отправить.
    }
editor-sync-sign-in = Войти снова
editor-hint-plain = Пишите короткие предложения. Одна мысль в одном предложении. Используйте знакомые слова.
editor-hint-title = Скажите в нескольких словах, что это. Например: Языковое кафе.
editor-minor-edit = Мелкая правка (орфография, опечатка): переводы остаются актуальными
editor-conflict =
    { $count ->
        [one] Два человека изменили это одновременно. Выберите правильное значение:
        [few] Несколько человек изменили это одновременно (значений: { $count }). Выберите правильное:
        [many] Несколько человек изменили это одновременно (значений: { $count }). Выберите правильное:
       *[other] Несколько человек изменили это одновременно (значений: { $count }). Выберите правильное:
    }
editor-conflict-keep = Оставить «{ $value }»
editor-event-title = Название
editor-event-description = Описание
editor-event-type = Тип события
editor-event-type-workshop = Мастер-класс
editor-event-type-language-cafe = Языковое кафе
editor-event-type-festival = Фестиваль
editor-event-type-commemoration = Памятное мероприятие
editor-event-type-job-fair = Ярмарка вакансий
editor-event-type-sport = Спорт
editor-event-type-information-session = Информационная встреча
editor-event-type-other = Другое
editor-event-start = Начало
editor-event-end = Конец
editor-event-place = Место
editor-place-name = Название места
editor-place-street = Улица и номер дома
editor-place-postal-code = Почтовый индекс
editor-place-locality = Населённый пункт
editor-event-organizer = Организатор
editor-event-free = Бесплатно
editor-event-cancelled = Всё событие отменено
editor-repeat = Повторение
editor-repeat-kind = Как часто
editor-repeat-none = Не повторяется
editor-repeat-weekly = Каждую неделю
editor-repeat-monthly = Каждый месяц
editor-repeat-custom = Другое правило (RRULE)
editor-repeat-days =
    .aria-label = В эти дни
editor-repeat-nth = Который по счёту
editor-repeat-weekday = День
editor-repeat-until = До (необязательно)
editor-repeat-rule = Правило
editor-nth-1 = Первый
editor-nth-2 = Второй
editor-nth-3 = Третий
editor-nth-4 = Четвёртый
editor-nth-last = Последний
editor-weekday-mo = Понедельник
editor-weekday-tu = Вторник
editor-weekday-we = Среда
editor-weekday-th = Четверг
editor-weekday-fr = Пятница
editor-weekday-sa = Суббота
editor-weekday-su = Воскресенье
editor-cancelled-dates = Отменённые даты
editor-cancel-date-label = Отменить одну дату
editor-cancel-date = Отменить эту дату
editor-restore-date = Вернуть дату: { $date }
editor-quick-hint = Работает без интернета. Событие будет отправлено, когда вы снова будете в сети.
editor-quick-date = Дата
editor-quick-start = Время начала
editor-quick-end = Время окончания
editor-quick-save = Сохранить событие
editor-quick-missing = Заполните название, дату и время.
editor-service-name = Название
editor-service-description = Что это
editor-service-eligibility = Кто может прийти
editor-service-documents = Что взять с собой
editor-service-status = Состояние
editor-service-status-active = Открыто
editor-service-status-temporarily-closed = Временно закрыто
editor-service-status-closed = Закрыто навсегда
editor-service-organization = Организация, которая её оказывает
editor-service-categories = Категории
editor-service-target-groups = Для кого
editor-service-open-to-all = Открыто для всех, какие бы ни были документы
editor-service-fee = Цена, если не бесплатно
editor-service-languages = Языки, на которых говорит персонал
editor-service-language-other = Другой язык
editor-service-language-hint = Код языка, например ti, prs или pt-BR.
editor-service-language-add = Добавить язык
editor-service-language-invalid = Это не код языка. Напишите код, например ti, prs или pt-BR.
editor-service-contacts = Контакты
editor-service-phones = Номера телефонов
editor-service-phone = Номер телефона { $number }
editor-service-phone-new = Новый номер телефона
editor-service-phone-add = Добавить номер
editor-service-phone-remove = Удалить { $phone }
editor-service-phone-invalid = Напишите номер телефона: только цифры, пробелы и +. Например +32 4 123 45 67.
editor-service-email = Электронная почта
editor-service-email-invalid = Это не адрес электронной почты. Например: info@example.org
editor-service-website = Сайт
editor-service-website-invalid = Напишите полный адрес, начиная с https://
editor-service-verified = Последняя проверка
editor-service-verified-never = Эту услугу ещё никто не проверял.
editor-service-verified-value = Проверено { $date }, проверил(а) { $name }
editor-service-verify = Проверено сегодня
editor-service-locations = Места
editor-service-location = Место { $number }
editor-service-location-none = Места пока нет.
editor-service-location-add = Добавить место
editor-service-location-remove = Удалить это место
editor-location-region = Регион
editor-location-country = Страна (две буквы, например BE)
editor-location-country-invalid = Напишите двухбуквенный код страны, например BE.
editor-location-latitude = Широта (необязательно)
editor-location-longitude = Долгота (необязательно)
editor-location-latitude-invalid = Напишите число от -90 до 90, например 50.63.
editor-location-longitude-invalid = Напишите число от -180 до 180, например 5.57.
editor-location-outreach = Они также приезжают к людям (мобильная или уличная служба)
editor-service-schedules = Часы работы
editor-schedule = Часы { $number }
editor-schedule-none = Часов работы пока нет.
editor-schedule-add = Добавить часы работы
editor-schedule-remove = Удалить эти часы
editor-schedule-days = Дни
editor-schedule-rule-hint = Только для того, что не выразить днями, например FREQ=MONTHLY;BYDAY=1TU для первого вторника каждого месяца. Оставьте пустым, чтобы использовать дни.
editor-schedule-rule-invalid = Это правило нельзя использовать. Напишите правило, например FREQ=WEEKLY;BYDAY=MO,TU, без «RRULE:».
editor-schedule-opens = Открывается в
editor-schedule-closes = Закрывается в
editor-schedule-overnight = Закрывается на следующий день (открыто после полуночи)
editor-schedule-times-invalid = Время закрытия должно быть позже времени открытия. Для часов после полуночи отметьте «Закрывается на следующий день».
editor-schedule-valid-from = С (необязательно)
editor-schedule-valid-to = По (необязательно)
editor-schedule-valid-invalid = Дата окончания не может быть раньше даты начала.
editor-schedule-closed-dates = Закрыто
editor-schedule-closed-date-label = День, когда закрыто
editor-schedule-closed-date-add = Добавить выходной день
editor-schedule-closed-date-remove = Снова открыто { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, по записи
editor-schedule-no-days = Дни не выбраны
editor-schedule-no-hours = часов пока нет
editor-new-service = Новая услуга
editor-new-service-hint = Начните с названия. Остальное заполните на следующем экране. Работает без интернета.
editor-new-service-create = Создать услугу
editor-new-service-missing = Напишите название услуги.
editor-publishing = Публикация
editor-publish-hint = Читатели видят только опубликованную версию. Ваши следующие изменения остаются черновиками, пока вы снова не опубликуете.
editor-publish = Опубликовать эту версию
editor-unpublish = Снять с публикации
editor-published = Опубликовано. Теперь читатели видят эту версию.
editor-draft-badge = Неопубликованный черновик
editor-publication-published = Опубликовано: читатели видят эту версию.
editor-publication-draft = Неопубликованный черновик: читатели видят последнюю опубликованную версию, пока эта не опубликована.
editor-publication-unpublished = Неопубликованный черновик: читатели не видят этот материал, пока он не опубликован.
editor-unpublished = Снято с публикации. Читатели больше этого не видят.
editor-publish-not-synced = На сервере ещё нет этой версии. Дождитесь синхронизации, а затем опубликуйте.
editor-publish-offline = Вы не в сети. Опубликуйте, когда снова будете в сети.
editor-publish-not-publishable = Не опубликовано: эта версия ещё не является полной записью. Дождитесь синхронизации, проверьте поля и опубликуйте снова.
editor-publish-invalid-content = Не опубликовано: сначала исправьте { $field }.
editor-publish-link-invalid = Ссылка должна вести на страницу этого сайта (начинается с одного /) или на полный адрес, начинающийся с https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Предпросмотр: что увидят читатели
editor-preview-hint = Версия, которую читатели видят сейчас, в сравнении с вашим черновиком. Опубликуйте, чтобы читатели увидели черновик.
editor-preview-not-published = Ещё не опубликовано: читатели ничего не видят. После публикации они увидят это:
# $when: the date and time of publishing.
editor-preview-same = Читатели видят именно эту версию (опубликовано: { $when }).
editor-preview-changed =
    { $count ->
        [one] { $count } поле отличается от того, что видят читатели (опубликовано: { $when }):
        [few] { $count } поля отличаются от того, что видят читатели (опубликовано: { $when }):
        [many] { $count } полей отличаются от того, что видят читатели (опубликовано: { $when }):
       *[other] { $count } поля отличаются от того, что видят читатели (опубликовано: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] { $count } поле без изменений
        [few] { $count } поля без изменений
        [many] { $count } полей без изменений
       *[other] { $count } поля без изменений
    }
editor-preview-unknown = Хотя бы раз подключитесь к интернету, чтобы увидеть, что видят читатели.
editor-preview-unavailable = На этом устройстве ещё нет опубликованной версии. Дождитесь синхронизации.
# Read out by screen readers before removed and added words.
editor-diff-removed = Удалено:
editor-diff-added = Добавлено:
# The history of an item: who changed which field, and when.
editor-history = История
editor-history-hint = Кто, что и когда изменил. Можно вернуть прежнее значение.
editor-history-none = Изменений пока нет.
editor-history-unknown-author = Импортировано
# $field: the technical name of a field that has no label here.
editor-history-other-field = Другие данные ({ $field })
editor-history-restore = Вернуть это значение
editor-history-current = Это текущее значение.
editor-history-empty = (пусто)
editor-history-yes = Да
editor-history-no = Нет
editor-history-field-order = Место в списке статей
editor-translate-link = Перевести
editor-suggestions-link = Предложения читателей
editor-suggestions-open = Открытые: { $count }
editor-translate-title = Переводы
editor-translate-no-languages = В этом городе у вас нет языка, на который можно переводить.
editor-translate-language = Язык перевода
editor-translate-status = Показать
editor-translate-all = Всё
editor-translate-back = Назад к переводам
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: актуально { $done } из { $total }
editor-status-missing = Отсутствует
editor-status-outdated = Устарел
editor-status-machine = Машинный перевод
editor-status-up-to-date = Актуален
editor-status-incomplete = Переведено частично
editor-translate-source-changed = Оригинал изменился с тех пор, как был сделан этот перевод. Изменения отмечены над каждым полем.
editor-translate-source-changed-unknown = Оригинал изменился с тех пор, как был сделан этот перевод. Это устройство не может показать, что изменилось: сравните каждый текст с оригиналом.
editor-translate-what-changed = Изменено в оригинале:
editor-translate-finish = Завершение
editor-translate-left = Осталось перевести текстов: { $count }
editor-translate-all-translated = Все тексты переведены. Сверьте их с оригиналом, затем отметьте перевод как готовый.
editor-translate-done = Отметить как готовый
editor-translate-not-done = Сначала переведите все тексты. Ещё пустые: { $count }
editor-translate-marked-done = Отмечено как готовый. Перевод сохранён на этом устройстве и уйдёт на сервер вместе с другими вашими изменениями.
editor-translate-publish = Опубликовать перевод
editor-translate-publish-hint = Читатели видят перевод после публикации, вместе с той версией записи, которую видят сейчас.
editor-translate-editor-publishes = Читатели увидят перевод, когда его опубликует редактор.
editor-translate-publish-not-done = Сначала отметьте перевод как готовый.
editor-translate-item-unpublished = Сама запись ещё не опубликована. Читатели увидят перевод, когда её опубликуют.
editor-translate-published = Опубликовано. Теперь читатели видят этот перевод.
editor-field-name = Название
editor-field-title = Название
editor-field-description = Описание
editor-field-body = Текст
editor-field-eligibility = Кто может прийти
editor-field-documents_needed = Что взять с собой
editor-field-fee = Стоимость
editor-field-accessibility = Доступность
editor-field-notes = Примечания к часам работы

## Guide articles and city settings

editor-new-article = Новая статья
editor-settings-link = Настройки города
editor-articles = Статьи справочника
editor-move-up = Выше
    .aria-label = Выше: { $title }
editor-move-down = Ниже
    .aria-label = Ниже: { $title }
editor-article-title = Заголовок
editor-article-body = Текст
editor-article-markdown-hint = Форматирование: пустая строка между абзацами; «## » в начале строки для заголовка; «- » или «1. » для списка; ссылка пишется так: [слова](https://example.org).
editor-article-parent = Находится под
editor-article-top-level = Верхний уровень (ни под какой статьёй)
editor-article-notice = Объявление на главной странице до (необязательно)
editor-article-notice-hint = До этой даты главная страница справочника показывает статью как объявление города. Оставьте пустым для обычной статьи.
editor-hint-title-article = Скажите в нескольких словах, о чём это. Например: Ваши первые дни.
editor-article-create = Создать статью
editor-article-title-missing = Сначала напишите заголовок.
editor-article-cannot-create = Только редакторы могут добавлять статьи.
editor-settings-title = Настройки города
editor-settings-live = Изменения здесь читатели видят сразу. Отдельного шага публикации нет.
editor-settings-read-only = Вы не можете менять настройки города. Это могут только редакторы.
editor-categories = Категории
editor-categories-hint = Читатели видят категории в этом порядке. Если название пустое, читатели видят название на резервном языке.
editor-category-icon = Значок
editor-category-name = Название на языке { $language } ({ $tag })
editor-category-add-title = Новая категория
editor-category-add-name = Название на языке { $language }
editor-category-add = Добавить категорию
editor-category-name-missing = Сначала напишите название категории.
editor-category-remove-question = Удалить «{ $name }»? Услуг, которые её используют: { $count }.
editor-remove = Удалить
    .aria-label = Удалить: { $name }
editor-remove-confirm = Да, удалить «{ $name }»
editor-remove-cancel = Отмена
editor-icon-heart = Сердце
editor-icon-house = Дом
editor-icon-scales = Весы
editor-icon-briefcase = Портфель
editor-icon-book = Книга
editor-icon-family = Семья
editor-icon-bowl = Миска
editor-icon-people = Люди
editor-icon-woman = Женщина
editor-icon-star = Звезда
editor-icon-search = Лупа
editor-icon-calendar = Календарь
editor-icon-clock = Часы
editor-icon-pin = Метка на карте
editor-icon-phone = Телефон
editor-icon-share = Поделиться
editor-icon-print = Принтер
editor-icon-speaker = Динамик
editor-icon-article = Документ
editor-icon-offline = Нет связи
editor-icon-check = Галочка
editor-icon-flag = Флаг
editor-languages = Языки
editor-languages-hint = Языки, которые могут выбрать читатели. Ещё не переведённый текст показывается на резервном языке.
editor-language-direction = Направление письма
editor-direction-ltr = Слева направо
editor-direction-rtl = Справа налево
editor-language-source = Исходный язык: материалы сначала пишутся на нём.
editor-language-fallback = Резервный язык
editor-language-fallback-hint = Что видят читатели этого языка, когда текст ещё не переведён.
editor-language-no-fallback = Нет
editor-language-fallback-cycle = Так получится цикл: тот язык уже использует этот как резервный. Выберите другой.
editor-language-remove-question = Удалить { $language }? Его читатели выберут другой язык. Переводы останутся сохранёнными.
editor-language-add-title = Новый язык
editor-language-add-tag = Код языка (BCP 47)
editor-language-add-hint = Например: ti (тигринья), pt-BR (бразильский португальский).
editor-language-add = Добавить язык
editor-language-invalid = «{ $tag }» — не код языка. Напишите код вроде ti или pt-BR.
editor-language-present = В городе уже есть язык { $language }.

## The multivoiced archive

reader-archive-title = Голоса прибытия
reader-archive-intro = Рассказы людей, приехавших в этот город, их собственными словами. Каждый голос — их собственный; ни один не является официальной версией.
reader-archive-link = Читать голоса прибытия
reader-archive-empty = Здесь пока ничего не опубликовано.
reader-archive-unavailable = Не удалось загрузить голоса. Попробуйте позже.
reader-archive-offline = Вы офлайн. Для голосов прибытия нужно подключение.
reader-archive-anonymous = Анонимно
reader-archive-speaks-about = Речь о:
reader-archive-translated = Перевод группы с языка { $language }
reader-archive-in-language = На языке: { $language }
reader-archive-original = Показать исходные слова
reader-archive-recording =
    .aria-label = Запись этого голоса
archive-page-title = Архив
archive-title = Архив группы { $group }
archive-open = Открыть архив
archive-not-member = Вы не состоите в этой архивной группе.
archive-intro = Рассказы о прибытии, написанные и записанные группой. Каждый голос остаётся за автором: только он решает, кто его видит и как его называть.
archive-entries = Рассказы
archive-no-entries = Рассказов пока нет.
archive-voice-count =
    { $count ->
        [one] { $count } голос
        [few] { $count } голоса
        [many] { $count } голосов
       *[other] { $count } голоса
    }
archive-state-published = Опубликовано
archive-state-unpublished = Не опубликовано
archive-theme = Тема
archive-guide-links = Страницы путеводителя, о которых идёт речь
archive-theme-arrival = Прибытие
archive-theme-first-contact-with-services = Первый контакт со службами
archive-theme-housing = Жильё
archive-theme-work = Работа
archive-theme-family = Семья
archive-theme-belonging = Принадлежность
archive-theme-the-future = Будущее
archive-theme-other = Другое
archive-entry-title = Название
archive-entry-title-missing = Напишите название.
archive-cities = Города, о которых он
archive-cities-hint = После публикации его смогут читать читатели справочников этих городов.
archive-new-entry = Новый рассказ
archive-new-entry-create = Создать рассказ
archive-back = Назад в архив
archive-entry-missing = Этого рассказа ещё нет на этом устройстве. Если его только что создали, дождитесь синхронизации.
archive-voices = Голоса
archive-no-voices = Голосов пока нет.
archive-add-voice = Добавить мой голос
archive-add-voice-hint = Напишите своими словами, запишите себя или и то и другое. Это сразу сохраняется на этом устройстве и отправляется, когда вы в сети.
archive-voice-language = Язык, на котором вы говорите
archive-add-voice-create = Добавить мой голос
archive-voice-yours = Ваш голос
archive-voice-of = Голос: { $name }
archive-voice-unknown = Голос группы
archive-voice-in = На языке: { $language }
archive-voice-text = Слова
archive-voice-text-hint = То, что написано, или расшифровка записи.
archive-recording = Запись
archive-record = Записать
archive-record-stop = Остановить
archive-record-discard = Удалить запись
archive-record-play =
    .aria-label = Прослушать запись
archive-recording-none = Записи нет.
archive-recording-recording = Идёт запись…
archive-recording-waiting = Записано, ждёт загрузки. До тех пор хранится на этом устройстве.
archive-recording-uploaded = Загружено.
archive-recording-refused-too-large = Эта запись слишком большая: архив принимает до 25 МБ. Запишите покороче или выберите файл поменьше.
archive-recording-refused-wrong-type = Архив не принимает этот файл: только аудио WebM или Ogg.
archive-audio-file = Или выберите аудиофайл на этом устройстве
archive-audio-file-hint = Аудио WebM или Ogg, до 25 МБ. Название и другие теги удаляются при загрузке.
archive-recording-no-microphone = Не удалось использовать микрофон. Разрешите этому сайту микрофон или напишите свои слова.
archive-photo = Фотография
archive-photo-choose = Добавить фотографию
archive-photo-hint = JPEG, PNG или WebP, до 10 МБ. Местоположение (GPS) и данные камеры удаляются при загрузке.
archive-photo-description = Что изображено на фотографии (для тех, кто не может её увидеть)
archive-photo-remove = Удалить фотографию
archive-photo-none = Фотографии нет.
archive-photo-waiting = Ждёт загрузки. До тех пор хранится на этом устройстве.
archive-photo-uploaded = Загружено, без местоположения и данных камеры.
archive-photo-refused-too-large = Эта фотография слишком большая: архив принимает фотографии до 10 МБ.
archive-photo-refused-wrong-type = Архив не принимает этот файл: только фотографии JPEG, PNG или WebP.
archive-translations = Переводы
archive-translation-language = Перевести на
archive-translation-add = Добавить перевод
archive-translation-text = Перевод на язык { $language }, автор: { $by }
archive-translation-text-own = Перевод на { $language }, от автора голоса
archive-consent-title = Ваше согласие
archive-consent-unavailable = Выбрать, кто видит ваш голос, можно будет, когда он дойдёт до сервера (когда вы в сети). До тех пор его видит только группа, без вашего имени.
archive-consent-visibility = Кто может видеть ваш голос
archive-visibility-group = Только группа
archive-visibility-city-editors = Группа и редакторы города
archive-visibility-public = Все, как только модератор опубликует рассказ
archive-consent-naming = Как вас называть
archive-naming-name = Моим именем ({ $name })
archive-naming-pseudonym = Псевдонимом
archive-naming-anonymous = Никак (анонимно)
archive-pseudonym = Псевдоним
archive-pseudonym-missing = Напишите псевдоним, которым вас называть.
archive-consent-save = Сохранить мой выбор
archive-consent-saving = Сохранение…
archive-consent-saved = Сохранено.
archive-consent-offline = Не сохранено: вы офлайн. Попробуйте снова, когда будете в сети.
archive-consent-withdrawn = Этот голос отозван.
archive-consent-failed = Не сохранено. Попробуйте позже.
archive-withdraw = Отозвать мой голос
archive-withdraw-explained = Отзыв голоса убирает его навсегда: никто в группе, ни один редактор и ни один читатель его больше не увидит, а сервер его стирает. Вернуть его нельзя.
archive-withdraw-cannot-undo = Это не вернёт копии, которые другие уже скачали, сохранили или распечатали, пока он был им показан.
archive-withdraw-confirm = Отозвать навсегда
archive-withdraw-cancel = Оставить мой голос
archive-publish = Опубликовать рассказ
archive-unpublish = Снять с публикации
archive-publish-hint = Читатели видят только голоса, авторы которых выбрали «все», названные так, как выбрал каждый.
archive-published = Опубликовано. Теперь читатели видят голоса, которыми поделились с публикой.
archive-unpublished = Снято с публикации. Читатели его больше не видят.
archive-publish-refused = Не опубликовано: ни один автор ещё не поделился своим голосом с публикой (или у рассказа нет названия).
archive-publish-not-synced = На сервере ещё нет этого рассказа. Дождитесь синхронизации, затем опубликуйте.
archive-publish-failed = Не опубликовано. Попробуйте позже.
archive-export = Скачать архив группы
archive-export-hint = Zip-файл со словами каждого голоса (Markdown), записями и списком записей, голосов, языков и согласий. Отозванных голосов в нём никогда нет; у анонимного голоса в нём нет имени. Делитесь им только так, как позволяет согласие каждого голоса.

## Dates
date-month =
    { $month ->
     [jan] января
     [feb] февраля
     [mar] марта
     [apr] апреля
     [may] мая
     [jun] июня
     [jul] июля
     [aug] августа
     [sep] сентября
     [oct] октября
     [nov] ноября
    *[dec] декабря
    }
date-month-alone =
    { $month ->
     [jan] январь
     [feb] февраль
     [mar] март
     [apr] апрель
     [may] май
     [jun] июнь
     [jul] июль
     [aug] август
     [sep] сентябрь
     [oct] октябрь
     [nov] ноябрь
    *[dec] декабрь
    }
date-weekday =
    { $weekday ->
     [mon] понедельник
     [tue] вторник
     [wed] среда
     [thu] четверг
     [fri] пятница
     [sat] суббота
    *[sun] воскресенье
    }
date-day = { $weekday }, { $day } { $month }
date-full = { $day } { $month } { $year } г.
date-month-year = { $month } { $year } г.
date-day-time = { $day } в { $time }
date-list-separator = { ", " }
date-just-now = в эту минуту
date-minutes-ago =
    { $count ->
     [few] { $count } минуты назад
     [many] { $count } минут назад
     [one] { $count } минуту назад
    *[other] { $count } минут назад
    }
date-hours-ago =
    { $count ->
     [few] { $count } часа назад
     [many] { $count } часов назад
     [one] { $count } час назад
    *[other] { $count } часов назад
    }
date-days-ago =
    { $count ->
     [1] вчера
     [few] { $count } дня назад
     [many] { $count } дней назад
     [one] { $count } день назад
    *[other] { $count } дней назад
    }
