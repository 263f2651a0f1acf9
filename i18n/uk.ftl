# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = Місцеві путівники для новоприбулих, написані разом, доступні офлайн.
skip-to-content = Перейти до змісту
nav-main =
    .aria-label = Головна
nav-cities = Усі міста
nav-status = Стан синхронізації
nav-sign-in = Увійти
nav-edit = Редагувати путівник
nav-account = { $name }
    .aria-label = Ваш обліковий запис: { $name }
page-title = { $page } · { app-name }
language-label = Мова

## Choosing a guide

reader-choose-city-title = Оберіть своє місто
reader-choose-language-title = Оберіть свою мову
reader-choose-offline = Ви офлайн. Один раз під’єднайтеся до інтернету, щоб завантажити путівник.
reader-kept-guides = Путівники на цьому телефоні
reader-choose-city = Обрати інше місто або мову
reader-choose-language-city = Оберіть мову путівника: { $city }
reader-language-not-offered = Путівник «{ $city }» недоступний цією мовою: { $language }. Оберіть одну з мов, якими він доступний:
reader-open-guide = Відкрити путівник
reader-loading = Завантаження…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Путівник
reader-nav-home = Головна
reader-nav-articles = Корисна інформація
reader-nav-events = Події
reader-nav-search = Пошук
reader-sample-city = Це приклад міста з вигаданим змістом, щоб спробувати { app-name }.
reader-offline-ready = Доступно офлайн, оновлено { $ago }
reader-offline-now = Ви офлайн. Цей путівник оновлено { $ago }.
reader-guide-language = Мова путівника
reader-print-link = Надрукувати цей путівник
reader-offline-banner = Ви офлайн. Ви читаєте копію, збережену на цьому телефоні.
reader-language-shown-in = Путівник «{ $city }» недоступний цією мовою: { $language }. Його тексти показано мовою: { $guide }.
reader-text-size = Розмір тексту
reader-text-size-normal = Звичайний
reader-text-size-large = Великий
reader-text-size-larger = Дуже великий
reader-fallback-note =
    { $count ->
        [one] Ще не перекладено: частину показано цією мовою: { $languages }.
        [few] Ще не перекладено: частину показано цими мовами: { $languages }.
        [many] Ще не перекладено: частину показано цими мовами: { $languages }.
       *[other] Ще не перекладено: частину показано цими мовами: { $languages }.
    }
reader-problem-offline-title = Цього путівника ще немає на цьому телефоні
reader-problem-offline = Один раз під’єднайтеся до інтернету. Після цього путівник працює і офлайн.
reader-offline-missing = Ви офлайн.
reader-problem-unknown-city-title = Місто не знайдено
reader-problem-unknown-city = Тут немає путівника для цього міста.
reader-problem-unknown-language-title = Мова недоступна
reader-problem-unknown-language = Цей путівник недоступний цією мовою. Оберіть одну з цих мов:
reader-problem-server-title = Не вдалося завантажити путівник
reader-problem-server = На сервері сталася помилка. Спробуйте пізніше.
reader-meta-description = Довідник міста { $city } для новоприбулих: де знайти допомогу, послуги, корисну інформацію та події, вашою мовою, також без інтернету.
reader-meta-description-page = { $page } — у довіднику міста { $city } для новоприбулих: допомога, послуги, інформація та події вашою мовою, також без інтернету.

## Guide home

reader-home-title = Путівник: { $city }
reader-notices = Новини міста
reader-categories = Що вам потрібно?
reader-category-count =
    { $count ->
        [one] { $count } місце
        [few] { $count } місця
        [many] { $count } місць
       *[other] { $count } місця
    }
reader-this-week = Цього тижня
reader-no-events-this-week = Найближчі сім днів подій немає.
reader-all-events = Усі події
reader-topics = Інформація
reader-kept-languages = На цьому телефоні
reader-kept-languages-hint = Путівник працює без інтернету тими мовами, які збережено на цьому телефоні.
reader-kept-current = Збережено (ви її читаєте)
reader-kept-add = Зберегти ще: { $language }
reader-kept-remove = Видалити з цього телефона: { $language }
reader-published-on = Опубліковано: { $date }
reader-kept-waiting = Ви офлайн. Щойно з’явиться зв’язок, телефон збереже й цю мову: { $language }.

## Services

reader-service-title = Послуга
reader-status-temporarily-closed = Тимчасово зачинено.
reader-status-closed = Ця послуга більше не працює.
reader-open-now = Зараз відчинено, зачиняється о { $time }
reader-open-now-all-day = Зараз відчинено, цілодобово
reader-open-all-day = Цілодобово
reader-opens-today = Зараз зачинено. Відчиниться сьогодні о { $time }
reader-opens-tomorrow = Зараз зачинено. Відчиниться завтра о { $time }
reader-opens-on = Зараз зачинено. Відчиниться: { $day }, о { $time }
reader-by-appointment = За записом
reader-no-hours-soon = Найближчими днями не працює
reader-hours-unknown = Запитайте про години роботи
reader-open-to-all = Для всіх, незалежно від ваших документів
reader-for-whom = Для кого
reader-eligibility = Хто може прийти
reader-cost = Вартість
reader-free = Безкоштовно
reader-not-free = Платно
reader-languages = Мови
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Можна домовитися про перекладача.
reader-documents = Що взяти з собою
reader-hours = Години роботи
reader-today = Сьогодні
reader-tomorrow = Завтра
reader-closed-day = Зачинено
reader-appointment-note = (за записом)
reader-where = Де
reader-outreach = Де їх знайти (вони також приходять до вас)
reader-open-map = Відкрити в моєму застосунку карт
reader-open-web-map = Відкрити карту на openstreetmap.org
reader-contact = Контакти
reader-call = Зателефонувати: { $phone }
reader-email = Написати: { $email }
reader-website = Сайт: { $site }
reader-share = Поділитися
reader-share-copied = Посилання скопійовано
reader-last-checked = Остання перевірка: { $date }
reader-listen = Слухати
reader-listen-stop = Зупинити
reader-target-everyone = Усі
reader-target-asylum-seekers-and-refugees = Шукачі притулку та біженці
reader-target-temporary-protection = Люди з тимчасовим захистом
reader-target-undocumented-residents = Люди без документів
reader-target-women = Жінки
reader-target-unaccompanied-minors = Підлітки до 18 років без батьків
reader-target-children = Діти
reader-target-students = Студенти

## Articles

reader-articles-title = Корисна інформація
reader-articles-below = Докладніше про це
reader-breadcrumbs =
    .aria-label = Ви тут

## Events

reader-events-title = Події
reader-events-later = Пізніше
reader-no-events = Найближчими тижнями подій немає.
reader-event-cancelled = Скасовано
reader-event-when = Коли
reader-event-next-dates = Наступні дати
reader-event-past = Ця подія вже минула.
reader-organizer = Організатор
reader-open-to-residents = Для всіх: і для новоприбулих, і для давніх мешканців
reader-add-to-calendar = Додати до мого календаря
reader-register = Зареєструватися
reader-online-link = Долучитися онлайн
reader-subscribe = Підписатися на події міста в моєму календарі
reader-feed-link = Завантажити всі події (iCalendar)
reader-events-by-month = Пізніше, місяць за місяцем
reader-no-later-events = Пізніших подій поки що немає.
reader-events-in-month = { $month } (події: { $count })
reader-no-events-month = Цього місяця подій немає.
reader-events-bad-month = Ця адреса не вказує місяць (вона має закінчуватися на ?month=2027-01). Ось найближчі тижні.
reader-events-known-until = Цей телефон знає події до { $date }. Пізніше відкрийте довідник в інтернеті, щоб побачити більше.
reader-events-coming-weeks = Наступні чотири тижні
reader-events-month-before = Раніше: { $month }
reader-events-month-after = Далі: { $month }
reader-feed-heading = У вашому календарі

## Search

reader-search-title = Пошук
reader-search-label = Пошук у путівнику
reader-search-button = Шукати
reader-search-count =
    { $count ->
        [0] За запитом «{ $query }» нічого не знайдено.
        [one] { $count } результат за запитом «{ $query }».
        [few] { $count } результати за запитом «{ $query }».
        [many] { $count } результатів за запитом «{ $query }».
       *[other] { $count } результату за запитом «{ $query }».
    }
reader-kind-service = Послуга
reader-kind-article = Інформація
reader-kind-event = Подія

## Print version

reader-print-title = Путівник для друку
reader-print-heading = Путівник: { $city }
reader-print-date = Надруковано { $date }. Усе змінюється: перевіряйте путівник в інтернеті.
reader-print-button = Друкувати
reader-print-address = Цей довідник в інтернеті, завжди актуальний:
reader-print-qr = QR-код: цей довідник в інтернеті
reader-print-other-days = Деякі години припадають на інші дні (раз на кілька тижнів або раз на місяць): дивіться довідник в інтернеті.

## Suggest a correction

reader-suggest-link = Запропонувати виправлення
reader-suggest-title = Запропонувати виправлення
reader-suggest-about = Про що:
reader-suggest-privacy = Ваше повідомлення анонімне. Ми не питаємо вашого імені чи чогось іншого про вас.
reader-suggest-topic = Що не так?
reader-suggest-message = Що нам треба знати?
reader-suggest-message-hint = Будь ласка, не пишіть свого імені, номера телефону чи інших особистих даних.
reader-suggest-send = Надіслати
reader-suggest-need-topic = Оберіть, що не так.
reader-suggest-need-message = Напишіть кілька слів про те, що не так.
reader-suggest-sent = Дякуємо. Редактори путівника це перевірять.
reader-suggest-queued = Дякуємо. Ви офлайн: повідомлення буде надіслано, коли ви знову будете онлайн.
reader-suggest-refused = Дякуємо, але надіслати не вдалося: можливо, сторінку видалено.
reader-back-to-guide = Назад до путівника

## Status page

status-title = Стан синхронізації
status-connection-label = З’єднання з сервером
status-connected = З’єднано
status-connecting = З’єднання…
status-offline = Офлайн
status-offline-hint = Ви офлайн. Зміни зберігаються на цьому пристрої й будуть надіслані, коли ви знову будете онлайн.
status-waiting =
    { $count ->
        [0] На цьому пристрої ніщо не чекає надсилання.
        [1] Одну зміну збережено на цьому пристрої, вона чекає надсилання.
       *[other] Змін на цьому пристрої, що чекають надсилання: { $count }.
    }
status-signed-out = Ви не увійшли
status-signed-out-hint = Документи із сервером синхронізують лише редактори, які увійшли. Для читання путівника обліковий запис не потрібен.
status-sign-in = Увійти, щоб синхронізувати

## Not found

not-found-title = Сторінку не знайдено
not-found-body = За цією адресою нічого немає.
not-found-home = Перейти на головну

## Forms and errors shared by the pages

passphrase-show = Показати парольну фразу
error-offline = Не вдалося зв’язатися із сервером. Перевірте з’єднання і спробуйте ще раз.
error-server = На сервері сталася помилка. Спробуйте пізніше.
error-bad-request = Сервер не прийняв цей запит. Перевірте введене і спробуйте ще раз.
error-forbidden = Вам не дозволено це робити.
error-unauthenticated = Ви вийшли з облікового запису. Увійдіть знову, щоб продовжити.
error-unexpected = Щось пішло не так. Спробуйте ще раз.
error-page-not-loaded = Не вдалося завантажити цю сторінку. Перевірте з’єднання і спробуйте ще раз.
error-too-many-attempts-seconds =
    Забагато спроб. Спробуйте знову через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
       *[other] { $seconds } секунд
    }.
error-too-many-attempts-minutes =
    Забагато спроб. Спробуйте знову через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }.

## Roles

-role-volunteer = Волонтер
-role-translator = Перекладач
-role-editor = Редактор
-role-group_member = Учасник групи
-role-group_moderator = Модератор групи
-role-city_admin = Адміністратор міста
role-option-volunteer = { -role-volunteer }
role-option-translator = { -role-translator }
role-option-editor = { -role-editor }
role-option-group_member = { -role-group_member }
role-option-group_moderator = { -role-group_moderator }
role-option-city_admin = { -role-city_admin }
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
role-grant =
    { $detail ->
        [group] { role-name }, група «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } — { $city }
role-label = Роль
role-group-label = Група
role-group-hint = Одна з груп архіву, які ви модеруєте в цьому місті.
role-group-missing = Виберіть групу.
role-group-unknown = У цьому місті немає групи архіву з такою короткою назвою.
role-languages-label = Мови
role-languages-hint = Коди мов через кому: наприклад, ar, uk, fa-AF.
role-languages-missing = Введіть принаймні один код мови.
role-languages-invalid = Щось із цього не є кодом мови. Використовуйте коди на кшталт ar, uk або fa-AF.

## Sign-in page

sign-in-title = Вхід
sign-in-intro = Для волонтерів, редакторів, перекладачів і працівників міста. Для читання путівника обліковий запис не потрібен.
sign-in-name = Ім’я
sign-in-passphrase = Парольна фраза
sign-in-submit = Увійти
sign-in-name-missing = Введіть своє ім’я.
sign-in-passphrase-missing = Введіть парольну фразу.
sign-in-invalid = Ім’я або парольна фраза неправильні.
sign-in-no-account = Немає облікового запису? Облікові записи створюються за запрошенням: попросіть посилання в адміністратора вашого міста.
sign-in-already = Ви увійшли як { $name }.
sign-in-continue = Продовжити
sign-in-account = Ваш обліковий запис

## Invitation page

invite-title = Запрошення
invite-loading = Перевіряємо запрошення…
invite-not-found = Це посилання-запрошення не працює. Можливо, його вже використали або строк його дії минув. Попросіть нове в людини, яка вас запросила.
invite-home = Перейти на головну
invite-for = Вас запрошено до { $city } з роллю: { role-grant }.
invite-expires = Запрошення дійсне до { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Ви увійшли як { $name }. Якщо прийняти це запрошення, буде створено новий обліковий запис, і ви увійдете в нього.
invite-name = Ваше ім’я
invite-name-hint = Це ім’я бачать люди, з якими ви працюєте. Воно не мусить бути справжнім: псевдонім теж підходить.
invite-name-missing = Виберіть ім’я.
invite-name-too-long = Це ім’я задовге: щонайбільше 64 символи.
invite-name-taken = Це ім’я вже зайняте. Виберіть інше.
invite-passphrase = Парольна фраза
invite-passphrase-hint = Щонайменше 10 символів. Кілька не пов’язаних між собою слів легко запам’ятати і важко вгадати.
invite-passphrase-confirm = Парольна фраза ще раз
invite-passphrase-too-short = Парольна фраза закоротка: щонайменше 10 символів.
invite-passphrase-too-long = Парольна фраза задовга: щонайбільше 1024 символи.
invite-passphrase-mismatch = Парольні фрази не збігаються.
invite-submit = Створити обліковий запис

## Account page

account-title = Ваш обліковий запис
account-loading = Завантажуємо ваш обліковий запис…
account-not-signed-in = Ви не увійшли.
account-signed-out = Ви вийшли.
account-sign-in = Увійти
account-signed-in-as = Ви увійшли як { $name }.
account-offline = Ви офлайн: це те, що пам’ятає пристрій. Для сеансів і виходу потрібне з’єднання.
account-roles-title = Ваші ролі
account-no-roles = У вас ще немає ролей.
account-manage-city = Керувати: { $city }
account-sessions-title = Де ви увійшли
account-sessions-loading = Завантаження…
account-session-current = Цей пристрій
account-session-other = Інший пристрій
account-session-times = Вхід: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, остання активність: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Вийти
account-session-ended = На тому пристрої виконано вихід.
account-sign-out-everywhere = Вийти на всіх пристроях
account-sign-out = Вийти

## City administration page

admin-title = Адміністрування міста
admin-heading = Керування: { $city }
admin-loading = Завантаження…
admin-offline = Ви офлайн. Для керування містом потрібне з’єднання.
admin-not-signed-in = Увійдіть, щоб керувати містом.
admin-sign-in = Увійти
admin-not-admin = Ви не адміністратор міста { $city }.
admin-invite-title = Запросити когось
admin-invite-intro = Посилання-запрошення — для однієї людини: воно працює один раз, і будь-хто, хто його відкриє, може створити обліковий запис. Надсилайте його особисто.
admin-invite-submit = Створити посилання-запрошення
admin-invite-created = Посилання-запрошення створено.
admin-invite-link-label = Посилання-запрошення
admin-invite-about = Для ролі: { role-grant }. Дійсне до { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Копіювати посилання
admin-invite-share = Поділитися посиланням
admin-invite-copied = Посилання скопійовано.
admin-invite-copy-failed = Не вдалося скопіювати. Посилання виділено: скопіюйте його самі.
admin-members-title = Учасники
admin-members-none = Поки що немає учасників.
admin-member-name =
    { $you ->
        [yes] { $name } (ви)
       *[no] { $name }
    }
admin-member-revoked = Доступ відкликано
admin-member-no-roles = Немає ролей
admin-member-edit = Змінити ролі
admin-member-revoke = Відкликати доступ
admin-roles-heading = Ролі: { $name }
admin-role-remove = Прибрати
admin-role-add-title = Додати роль
admin-role-add = Додати роль
admin-role-duplicate = Ця людина вже має таку роль.
admin-roles-save = Зберегти ролі
admin-roles-cancel = Скасувати
admin-roles-saved = Ролі збережено: { $name }.
admin-revoke-question = Відкликати доступ для { $name }?
admin-revoke-explain = { $name } вийде з облікового запису на всіх пристроях і більше не зможе увійти.
admin-revoke-confirm = Відкликати доступ
admin-revoke-cancel = Скасувати
admin-revoked = Доступ відкликано: { $name }.

## Suggestions queue (editors)

suggestions-title = Пропозиції читачів
suggestions-heading = Пропозиції: { $city }
suggestions-intro = Читачі анонімно надсилають їх, коли в путівнику щось неправильно. Перевірте, за потреби виправте матеріал, а потім позначте пропозицію як виконану.
suggestions-loading = Завантаження…
suggestions-not-signed-in = Увійдіть, щоб побачити пропозиції читачів.
suggestions-sign-in = Увійти
suggestions-not-allowed = Пропозиції бачать лише редактори й адміністратори міста { $city }.
suggestions-unknown-city = Міста «{ $city }» немає.
suggestions-show-done = Показувати й виконані пропозиції
suggestions-list-title = Пропозиції
suggestions-none-open = Відкритих пропозицій немає.
suggestions-none = Пропозицій поки немає.
suggestions-about-item = Про що: { $title }
suggestions-about-unpublished = Про матеріал, який більше не опубліковано
suggestions-about-guide = Про путівник загалом
suggestions-no-message = Читач не написав повідомлення.
suggestions-received = Отримано { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · мова: { LANGUAGES($language) }
suggestions-resolved = Виконано { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Позначити як виконану
suggestions-marked-done = Пропозицію позначено як виконану.
suggestion-topic-closed = Закрилося або більше не існує
suggestion-topic-hours = Неправильні години роботи
suggestion-topic-address = Неправильна адреса
suggestion-topic-contact = Неправильний номер телефону чи інший контакт
suggestion-topic-translation = Переклад неправильний або відсутній
suggestion-topic-other = Щось інше

## Editing app

editor-page-title = Редагування путівника
editor-title = Редагування: { $city }
editor-signed-out = Увійдіть, щоб редагувати путівник.
editor-progress = Документи на цьому пристрої: { $loaded } з { $total }
editor-filter = Фільтр
editor-events = Події
editor-services = Послуги
editor-new-event = Нова подія
editor-back = Назад до списку
editor-untitled = (ще без назви)
editor-sync-offline =
    { $count ->
        [0] Збережено на цьому пристрої. Ви офлайн.
        [one] Збережено на цьому пристрої. { $count } зміна чекає на надсилання.
        [few] Збережено на цьому пристрої. { $count } зміни чекають на надсилання.
        [many] Збережено на цьому пристрої. { $count } змін чекають на надсилання.
       *[other] Збережено на цьому пристрої. Змін, що чекають на надсилання: { $count }.
    }
editor-sync-sending =
    { $count ->
        [one] Надсилається { $count } зміна…
        [few] Надсилаються { $count } зміни…
        [many] Надсилається { $count } змін…
       *[other] Надсилання змін: { $count }…
    }
editor-sync-synced = Синхронізовано { $ago }
editor-sync-sent =
    { $count ->
        [1] Надіслано одну зміну. Синхронізовано { $ago }
       *[other] Надіслано змін: { $count }. Синхронізовано { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Ваш сеанс завершився. Увійдіть знову, щоб продовжити синхронізацію.
        [one] Ваш сеанс завершився. На цьому пристрої збережено { $count } зміну: увійдіть знову, щоб її надіслати.
        [few] Ваш сеанс завершився. На цьому пристрої збережено { $count } зміни: увійдіть знову, щоб їх надіслати.
        [many] Ваш сеанс завершився. На цьому пристрої збережено { $count } змін: увійдіть знову, щоб їх надіслати.
       *[other] Ваш сеанс завершився. Змін, збережених на цьому пристрої: { $count }. Увійдіть знову, щоб їх надіслати.
    }
editor-sync-sign-in = Увійти знову
editor-hint-plain = Пишіть короткі речення. Одна думка в одному реченні. Використовуйте знайомі слова.
editor-hint-title = Скажіть кількома словами, що це. Наприклад: Мовне кафе.
editor-minor-edit = Дрібне виправлення (правопис, одруківка): переклади залишаються актуальними
editor-conflict =
    { $count ->
        [one] Двоє людей змінили це одночасно. Оберіть правильне значення:
        [few] Кілька людей змінили це одночасно (значень: { $count }). Оберіть правильне:
        [many] Кілька людей змінили це одночасно (значень: { $count }). Оберіть правильне:
       *[other] Кілька людей змінили це одночасно (значень: { $count }). Оберіть правильне:
    }
editor-conflict-keep = Залишити «{ $value }»
editor-event-title = Назва
editor-event-description = Опис
editor-event-type = Тип події
editor-event-type-workshop = Майстер-клас
editor-event-type-language-cafe = Мовне кафе
editor-event-type-festival = Фестиваль
editor-event-type-commemoration = Вшанування пам’яті
editor-event-type-job-fair = Ярмарок вакансій
editor-event-type-sport = Спорт
editor-event-type-information-session = Інформаційна зустріч
editor-event-type-other = Інше
editor-event-start = Початок
editor-event-end = Кінець
editor-event-place = Місце
editor-place-name = Назва місця
editor-place-street = Вулиця й номер будинку
editor-place-postal-code = Поштовий індекс
editor-place-locality = Населений пункт
editor-event-organizer = Організатор
editor-event-free = Безкоштовно
editor-event-cancelled = Усю подію скасовано
editor-repeat = Повторення
editor-repeat-kind = Як часто
editor-repeat-none = Не повторюється
editor-repeat-weekly = Щотижня
editor-repeat-monthly = Щомісяця
editor-repeat-custom = Інше правило (RRULE)
editor-repeat-days =
    .aria-label = У ці дні
editor-repeat-nth = Котрий
editor-repeat-weekday = День
editor-repeat-until = До (необов’язково)
editor-repeat-rule = Правило
editor-nth-1 = Перший
editor-nth-2 = Другий
editor-nth-3 = Третій
editor-nth-4 = Четвертий
editor-nth-last = Останній
editor-weekday-mo = Понеділок
editor-weekday-tu = Вівторок
editor-weekday-we = Середа
editor-weekday-th = Четвер
editor-weekday-fr = П’ятниця
editor-weekday-sa = Субота
editor-weekday-su = Неділя
editor-cancelled-dates = Скасовані дати
editor-cancel-date-label = Скасувати одну дату
editor-cancel-date = Скасувати цю дату
editor-restore-date = Повернути дату: { $date }
editor-quick-hint = Працює без інтернету. Подію буде надіслано, коли ви знову будете онлайн.
editor-quick-date = Дата
editor-quick-start = Час початку
editor-quick-end = Час завершення
editor-quick-save = Зберегти подію
editor-quick-missing = Заповніть назву, дату й час.
editor-service-name = Назва
editor-service-description = Що це
editor-service-eligibility = Хто може прийти
editor-service-documents = Що взяти з собою
editor-service-status = Стан
editor-service-status-active = Відчинено
editor-service-status-temporarily-closed = Тимчасово зачинено
editor-service-status-closed = Зачинено назавжди
editor-service-organization = Організація, яка його надає
editor-service-categories = Категорії
editor-service-target-groups = Для кого
editor-service-open-to-all = Відкрито для всіх, хоч би які в людини документи
editor-service-fee = Ціна, якщо не безкоштовно
editor-service-languages = Мови, якими говорить персонал
editor-service-language-other = Інша мова
editor-service-language-hint = Код мови, наприклад ti, prs або pt-BR.
editor-service-language-add = Додати мову
editor-service-language-invalid = Це не код мови. Напишіть код, наприклад ti, prs або pt-BR.
editor-service-contacts = Контакти
editor-service-phones = Номери телефонів
editor-service-phone = Номер телефону { $number }
editor-service-phone-new = Новий номер телефону
editor-service-phone-add = Додати номер
editor-service-phone-remove = Видалити { $phone }
editor-service-phone-invalid = Напишіть номер телефону: лише цифри, пробіли та +. Наприклад +32 4 123 45 67.
editor-service-email = Електронна пошта
editor-service-email-invalid = Це не адреса електронної пошти. Наприклад: info@example.org
editor-service-website = Вебсайт
editor-service-website-invalid = Напишіть повну адресу, яка починається з https://
editor-service-verified = Остання перевірка
editor-service-verified-never = Цю послугу ще ніхто не перевіряв.
editor-service-verified-value = Перевірено { $date }, перевіряв(-ла) { $name }
editor-service-verify = Перевірено сьогодні
editor-service-locations = Місця
editor-service-location = Місце { $number }
editor-service-location-none = Місця ще немає.
editor-service-location-add = Додати місце
editor-service-location-remove = Видалити це місце
editor-location-region = Регіон
editor-location-country = Країна (дві літери, наприклад BE)
editor-location-country-invalid = Напишіть дволітерний код країни, наприклад BE.
editor-location-latitude = Широта (необов’язково)
editor-location-longitude = Довгота (необов’язково)
editor-location-latitude-invalid = Напишіть число від -90 до 90, наприклад 50.63.
editor-location-longitude-invalid = Напишіть число від -180 до 180, наприклад 5.57.
editor-location-outreach = Вони також виїжджають до людей (мобільна або вулична служба)
editor-service-schedules = Години роботи
editor-schedule = Години { $number }
editor-schedule-none = Годин роботи ще немає.
editor-schedule-add = Додати години роботи
editor-schedule-remove = Видалити ці години
editor-schedule-days = Дні
editor-schedule-rule-hint = Лише для того, чого не скажуть дні, наприклад FREQ=MONTHLY;BYDAY=1TU для першого вівторка кожного місяця. Залиште порожнім, щоб використати дні.
editor-schedule-rule-invalid = Це правило не можна використати. Напишіть правило, наприклад FREQ=WEEKLY;BYDAY=MO,TU, без «RRULE:».
editor-schedule-opens = Відчиняється о
editor-schedule-closes = Зачиняється о
editor-schedule-overnight = Зачиняється наступного дня (відчинено після півночі)
editor-schedule-times-invalid = Час закриття має бути після часу відкриття. Для годин після півночі позначте «Зачиняється наступного дня».
editor-schedule-valid-from = З (необов’язково)
editor-schedule-valid-to = До (необов’язково)
editor-schedule-valid-invalid = Дата завершення не може бути раніше за дату початку.
editor-schedule-closed-dates = Зачинено
editor-schedule-closed-date-label = День, коли зачинено
editor-schedule-closed-date-add = Додати вихідний день
editor-schedule-closed-date-remove = Знову відчинено { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, за записом
editor-schedule-no-days = Дні не вибрано
editor-schedule-no-hours = годин ще немає
editor-new-service = Нова послуга
editor-new-service-hint = Почніть з назви. Решту заповните на наступному екрані. Працює без інтернету.
editor-new-service-create = Створити послугу
editor-new-service-missing = Напишіть назву послуги.
editor-publishing = Публікація
editor-publish-hint = Читачі бачать лише опубліковану версію. Ваші пізніші зміни залишаються чернетками, доки ви знову не опублікуєте.
editor-publish = Опублікувати цю версію
editor-unpublish = Зняти з публікації
editor-published = Опубліковано. Тепер читачі бачать цю версію.
editor-draft-badge = Неопублікована чернетка
editor-publication-published = Опубліковано: читачі бачать цю версію.
editor-publication-draft = Неопублікована чернетка: читачі бачать останню опубліковану версію, доки цю не опубліковано.
editor-publication-unpublished = Неопублікована чернетка: читачі не бачать цей матеріал, доки його не опубліковано.
editor-unpublished = Знято з публікації. Читачі більше цього не бачать.
editor-publish-not-synced = На сервері ще немає цієї версії. Зачекайте на синхронізацію, а потім опублікуйте.
editor-publish-offline = Ви офлайн. Опублікуйте, коли знову будете онлайн.
editor-publish-not-publishable = Не опубліковано: ця версія ще не є повним записом. Зачекайте на синхронізацію, перевірте поля, а потім опублікуйте знову.
editor-publish-invalid-content = Не опубліковано: спершу виправте { $field }.
editor-publish-link-invalid = Посилання має вести на сторінку цього сайту (починається з одного /) або на повну адресу, що починається з https://.
editor-preview = Попередній перегляд: що побачать читачі
editor-preview-hint = Версія, яку читачі бачать зараз, у порівнянні з вашою чернеткою. Опублікуйте, щоб читачі побачили чернетку.
editor-preview-not-published = Ще не опубліковано: читачі нічого не бачать. Після публікації вони побачать ось це:
editor-preview-same = Читачі бачать саме цю версію (опубліковано: { $when }).
editor-preview-changed =
    { $count ->
        [one] { $count } поле відрізняється від того, що бачать читачі (опубліковано: { $when }):
        [few] { $count } поля відрізняються від того, що бачать читачі (опубліковано: { $when }):
        [many] { $count } полів відрізняються від того, що бачать читачі (опубліковано: { $when }):
       *[other] { $count } поля відрізняються від того, що бачать читачі (опубліковано: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] { $count } поле без змін
        [few] { $count } поля без змін
        [many] { $count } полів без змін
       *[other] { $count } поля без змін
    }
editor-preview-unknown = Хоча б раз підключіться до інтернету, щоб побачити, що бачать читачі.
editor-preview-unavailable = На цьому пристрої ще немає опублікованої версії. Зачекайте на синхронізацію.
editor-diff-removed = Видалено:
editor-diff-added = Додано:
editor-history = Історія
editor-history-hint = Хто, що й коли змінив. Можна повернути попереднє значення.
editor-history-none = Змін поки немає.
editor-history-unknown-author = Імпортовано
editor-history-other-field = Інші дані ({ $field })
editor-history-restore = Повернути це значення
editor-history-current = Це поточне значення.
editor-history-empty = (порожньо)
editor-history-yes = Так
editor-history-no = Ні
editor-history-field-order = Місце в списку статей
editor-translate-link = Перекласти
editor-suggestions-link = Пропозиції читачів
editor-suggestions-open = Відкриті: { $count }
editor-translate-title = Переклади
editor-translate-no-languages = У цьому місті у вас немає мови, на яку можна перекладати.
editor-translate-language = Мова перекладу
editor-translate-status = Показати
editor-translate-all = Усе
editor-translate-back = Назад до перекладів
editor-translate-progress = { $language }: актуально { $done } з { $total }
editor-status-missing = Відсутній
editor-status-outdated = Застарів
editor-status-machine = Машинний переклад
editor-status-up-to-date = Актуальний
editor-status-incomplete = Перекладено частково
editor-translate-source-changed = Оригінал змінився відтоді, як зроблено цей переклад. Зміни позначено над кожним полем.
editor-translate-source-changed-unknown = Оригінал змінився відтоді, як зроблено цей переклад. Цей пристрій не може показати, що змінилося: порівняйте кожен текст з оригіналом.
editor-translate-what-changed = Змінено в оригіналі:
editor-translate-finish = Завершення
editor-translate-left = Ще перекласти текстів: { $count }
editor-translate-all-translated = Усі тексти перекладено. Звірте їх з оригіналом, а тоді позначте переклад як готовий.
editor-translate-done = Позначити як готовий
editor-translate-not-done = Спершу перекладіть усі тексти. Ще порожні: { $count }
editor-translate-marked-done = Позначено як готовий. Його збережено на цьому пристрої, і він надійде на сервер разом з іншими вашими змінами.
editor-translate-publish = Опублікувати переклад
editor-translate-publish-hint = Читачі бачать переклад після публікації, разом із версією запису, яку бачать зараз.
editor-translate-editor-publishes = Читачі побачать переклад, коли його опублікує редактор.
editor-translate-publish-not-done = Спершу позначте переклад як готовий.
editor-translate-item-unpublished = Сам запис ще не опубліковано. Читачі побачать переклад, коли його опублікують.
editor-translate-published = Опубліковано. Читачі тепер бачать цей переклад.
editor-field-name = Назва
editor-field-title = Назва
editor-field-description = Опис
editor-field-body = Текст
editor-field-eligibility = Хто може прийти
editor-field-documents_needed = Що взяти з собою
editor-field-fee = Вартість
editor-field-accessibility = Доступність
editor-field-notes = Примітки щодо годин роботи

## Guide articles and city settings

editor-new-article = Нова стаття
editor-settings-link = Налаштування міста
editor-articles = Статті довідника
editor-move-up = Вище
    .aria-label = Вище: { $title }
editor-move-down = Нижче
    .aria-label = Нижче: { $title }
editor-article-title = Заголовок
editor-article-body = Текст
editor-article-markdown-hint = Форматування: порожній рядок між абзацами; «## » на початку рядка для заголовка; «- » або «1. » для списку; посилання пишеться так: [слова](https://example.org).
editor-article-parent = Розташована під
editor-article-top-level = Верхній рівень (під жодною статтею)
editor-article-notice = Оголошення на головній сторінці до (необов'язково)
editor-article-notice-hint = До цієї дати головна сторінка довідника показує статтю як оголошення міста. Залиште порожнім для звичайної статті.
editor-hint-title-article = Скажіть кількома словами, про що це. Наприклад: Ваші перші дні.
editor-article-create = Створити статтю
editor-article-title-missing = Спершу напишіть заголовок.
editor-article-cannot-create = Лише редактори можуть додавати статті.
editor-settings-title = Налаштування міста
editor-settings-live = Зміни тут читачі бачать одразу. Окремого кроку публікації немає.
editor-settings-read-only = Ви не можете змінювати налаштування міста. Це можуть лише редактори.
editor-categories = Категорії
editor-categories-hint = Читачі бачать категорії в цьому порядку. Якщо назва порожня, читачі бачать назву резервною мовою.
editor-category-icon = Значок
editor-category-name = Назва мовою { $language } ({ $tag })
editor-category-add-title = Нова категорія
editor-category-add-name = Назва мовою { $language }
editor-category-add = Додати категорію
editor-category-name-missing = Спершу напишіть назву категорії.
editor-category-remove-question = Видалити «{ $name }»? Послуг, що її використовують: { $count }.
editor-remove = Видалити
    .aria-label = Видалити: { $name }
editor-remove-confirm = Так, видалити «{ $name }»
editor-remove-cancel = Скасувати
editor-icon-heart = Серце
editor-icon-house = Будинок
editor-icon-scales = Терези
editor-icon-briefcase = Портфель
editor-icon-book = Книга
editor-icon-family = Родина
editor-icon-bowl = Миска
editor-icon-people = Люди
editor-icon-woman = Жінка
editor-icon-star = Зірка
editor-icon-search = Лупа
editor-icon-calendar = Календар
editor-icon-clock = Годинник
editor-icon-pin = Позначка на мапі
editor-icon-phone = Телефон
editor-icon-share = Поділитися
editor-icon-print = Принтер
editor-icon-speaker = Динамік
editor-icon-article = Документ
editor-icon-offline = Немає зв'язку
editor-icon-check = Галочка
editor-icon-flag = Прапор
editor-languages = Мови
editor-languages-hint = Мови, які можуть обрати читачі. Ще не перекладений текст показується резервною мовою.
editor-language-direction = Напрям письма
editor-direction-ltr = Зліва направо
editor-direction-rtl = Справа наліво
editor-language-source = Вихідна мова: матеріали спершу пишуть нею.
editor-language-fallback = Резервна мова
editor-language-fallback-hint = Що бачать читачі цієї мови, коли текст ще не перекладено.
editor-language-no-fallback = Немає
editor-language-fallback-cycle = Так утвориться цикл: та мова вже має цю резервною. Оберіть іншу.
editor-language-remove-question = Видалити { $language }? Її читачі оберуть іншу мову. Переклади залишаться збереженими.
editor-language-add-title = Нова мова
editor-language-add-tag = Код мови (BCP 47)
editor-language-add-hint = Наприклад: ti (тигринья), pt-BR (бразильська португальська).
editor-language-add = Додати мову
editor-language-invalid = «{ $tag }» — не код мови. Напишіть код на кшталт ti або pt-BR.
editor-language-present = Місто вже має мову { $language }.

## The multivoiced archive

reader-archive-title = Голоси прибуття
reader-archive-intro = Розповіді людей, які приїхали до цього міста, їхніми власними словами. Кожен голос — їхній власний; жоден не є офіційною версією.
reader-archive-link = Читати голоси прибуття
reader-archive-empty = Тут ще нічого не опубліковано.
reader-archive-unavailable = Не вдалося завантажити голоси. Спробуйте пізніше.
reader-archive-offline = Ви офлайн. Для голосів прибуття потрібне з’єднання.
reader-archive-anonymous = Анонімно
reader-archive-speaks-about = Йдеться про:
reader-archive-translated = Переклад групи з мови { $language }
reader-archive-in-language = Мовою: { $language }
reader-archive-original = Показати оригінальні слова
reader-archive-recording =
    .aria-label = Запис цього голосу
archive-page-title = Архів
archive-title = Архів групи { $group }
archive-open = Відкрити архів
archive-not-member = Ви не є членом цієї архівної групи.
archive-intro = Розповіді про прибуття, написані й записані групою. Кожен голос залишається за автором: лише він вирішує, хто його бачить і як його називати.
archive-entries = Розповіді
archive-no-entries = Розповідей ще немає.
archive-voice-count =
    { $count ->
        [one] { $count } голос
        [few] { $count } голоси
        [many] { $count } голосів
       *[other] { $count } голосу
    }
archive-state-published = Опубліковано
archive-state-unpublished = Не опубліковано
archive-theme = Тема
archive-guide-links = Сторінки путівника, про які йдеться
archive-theme-arrival = Прибуття
archive-theme-first-contact-with-services = Перший контакт зі службами
archive-theme-housing = Житло
archive-theme-work = Робота
archive-theme-family = Родина
archive-theme-belonging = Приналежність
archive-theme-the-future = Майбутнє
archive-theme-other = Інше
archive-entry-title = Назва
archive-entry-title-missing = Напишіть назву.
archive-cities = Міста, про які вона
archive-cities-hint = Після публікації її можуть читати читачі довідників цих міст.
archive-new-entry = Нова розповідь
archive-new-entry-create = Створити розповідь
archive-back = Назад до архіву
archive-entry-missing = Цієї розповіді ще немає на цьому пристрої. Якщо її щойно створили, зачекайте на синхронізацію.
archive-voices = Голоси
archive-no-voices = Голосів ще немає.
archive-add-voice = Додати мій голос
archive-add-voice-hint = Напишіть своїми словами, запишіть себе або і те, і те. Це одразу зберігається на цьому пристрої й надсилається, коли ви онлайн.
archive-voice-language = Мова, якою ви говорите
archive-add-voice-create = Додати мій голос
archive-voice-yours = Ваш голос
archive-voice-of = Голос: { $name }
archive-voice-unknown = Голос групи
archive-voice-in = Мовою: { $language }
archive-voice-text = Слова
archive-voice-text-hint = Те, що написано, або розшифровка запису.
archive-recording = Запис
archive-record = Записати
archive-record-stop = Зупинити
archive-record-discard = Видалити запис
archive-record-play =
    .aria-label = Прослухати запис
archive-recording-none = Запису немає.
archive-recording-recording = Іде запис…
archive-recording-waiting = Записано, чекає на вивантаження. До того часу зберігається на цьому пристрої.
archive-recording-uploaded = Вивантажено.
archive-recording-refused-too-large = Цей запис завеликий: архів приймає до 25 МБ. Запишіть коротший або виберіть менший файл.
archive-recording-refused-wrong-type = Архів не приймає цей файл: лише аудіо WebM або Ogg.
archive-audio-file = Або виберіть аудіофайл на цьому пристрої
archive-audio-file-hint = Аудіо WebM або Ogg, до 25 МБ. Назву та інші теги буде видалено під час завантаження.
archive-recording-no-microphone = Не вдалося скористатися мікрофоном. Дозвольте цьому сайту мікрофон або напишіть свої слова.
archive-photo = Фотографія
archive-photo-choose = Додати фотографію
archive-photo-hint = JPEG, PNG або WebP, до 10 МБ. Місцезнаходження (GPS) і дані камери буде видалено під час завантаження.
archive-photo-description = Що зображено на фотографії (для тих, хто не може її побачити)
archive-photo-remove = Прибрати фотографію
archive-photo-none = Фотографії немає.
archive-photo-waiting = Очікує на завантаження. Доти зберігається на цьому пристрої.
archive-photo-uploaded = Завантажено, без місцезнаходження і даних камери.
archive-photo-refused-too-large = Ця фотографія завелика: архів приймає фотографії до 10 МБ.
archive-photo-refused-wrong-type = Архів не приймає цей файл: лише фотографії JPEG, PNG або WebP.
archive-translations = Переклади
archive-translation-language = Перекласти мовою
archive-translation-add = Додати переклад
archive-translation-text = Переклад мовою { $language }, автор: { $by }
archive-translation-text-own = Переклад мовою { $language }, від автора голосу
archive-consent-title = Ваша згода
archive-consent-unavailable = Обрати, хто бачить ваш голос, можна буде, коли він дійде до сервера (коли ви онлайн). До того його бачить лише група, без вашого імені.
archive-consent-visibility = Хто може бачити ваш голос
archive-visibility-group = Лише група
archive-visibility-city-editors = Група й редактори міста
archive-visibility-public = Усі, щойно модератор опублікує розповідь
archive-consent-naming = Як вас називати
archive-naming-name = Моїм ім’ям ({ $name })
archive-naming-pseudonym = Псевдонімом
archive-naming-anonymous = Ніяк (анонімно)
archive-pseudonym = Псевдонім
archive-pseudonym-missing = Напишіть псевдонім, яким вас називати.
archive-consent-save = Зберегти мій вибір
archive-consent-saving = Зберігається…
archive-consent-saved = Збережено.
archive-consent-offline = Не збережено: ви офлайн. Спробуйте ще раз, коли будете онлайн.
archive-consent-withdrawn = Цей голос відкликано.
archive-consent-failed = Не збережено. Спробуйте пізніше.
archive-withdraw = Відкликати мій голос
archive-withdraw-explained = Відкликання голосу прибирає його назавжди: ніхто в групі, жоден редактор і жоден читач його більше не побачить, а сервер його стирає. Повернути його не можна.
archive-withdraw-cannot-undo = Воно не може повернути копії, які інші вже завантажили, зберегли чи надрукували, поки він був їм показаний.
archive-withdraw-confirm = Відкликати назавжди
archive-withdraw-cancel = Залишити мій голос
archive-publish = Опублікувати розповідь
archive-unpublish = Скасувати публікацію
archive-publish-hint = Читачі бачать лише голоси, автори яких обрали «усі», названі так, як обрав кожен.
archive-published = Опубліковано. Тепер читачі бачать голоси, якими поділилися з публікою.
archive-unpublished = Публікацію скасовано. Читачі її більше не бачать.
archive-publish-refused = Не опубліковано: жоден автор ще не поділився своїм голосом із публікою (або розповідь не має назви).
archive-publish-not-synced = На сервері ще немає цієї розповіді. Зачекайте на синхронізацію, потім опублікуйте.
archive-publish-failed = Не опубліковано. Спробуйте пізніше.
archive-export = Завантажити архів групи
archive-export-hint = Zip-файл зі словами кожного голосу (Markdown), записами та списком дописів, голосів, мов і згод. Відкликаних голосів у ньому ніколи немає; анонімний голос не має в ньому імені. Діліться ним лише так, як дозволяє згода кожного голосу.

## Dates
date-month =
    { $month ->
     [jan] січня
     [feb] лютого
     [mar] березня
     [apr] квітня
     [may] травня
     [jun] червня
     [jul] липня
     [aug] серпня
     [sep] вересня
     [oct] жовтня
     [nov] листопада
    *[dec] грудня
    }
date-month-alone =
    { $month ->
     [jan] січень
     [feb] лютий
     [mar] березень
     [apr] квітень
     [may] травень
     [jun] червень
     [jul] липень
     [aug] серпень
     [sep] вересень
     [oct] жовтень
     [nov] листопад
    *[dec] грудень
    }
date-weekday =
    { $weekday ->
     [mon] понеділок
     [tue] вівторок
     [wed] середа
     [thu] четвер
     [fri] пʼятниця
     [sat] субота
    *[sun] неділя
    }
date-day = { $weekday }, { $day } { $month }
date-full = { $day } { $month } { $year } р.
date-month-year = { $month } { $year } р.
date-day-time = { $day } о { $time }
date-list-separator = { ", " }
date-just-now = цієї хвилини
date-minutes-ago =
    { $count ->
     [few] { $count } хвилини тому
     [many] { $count } хвилин тому
     [one] { $count } хвилину тому
    *[other] { $count } хвилин тому
    }
date-hours-ago =
    { $count ->
     [few] { $count } години тому
     [many] { $count } годин тому
     [one] { $count } годину тому
    *[other] { $count } годин тому
    }
date-days-ago =
    { $count ->
     [1] учора
     [few] { $count } дні тому
     [many] { $count } днів тому
     [one] { $count } день тому
    *[other] { $count } днів тому
    }
