# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = Місцеві путівники для новоприбулих, написані разом, доступні офлайн.
skip-to-content = Перейти до змісту
nav-main =
    .aria-label = Головна
nav-home = Головна
nav-status = Стан синхронізації
nav-sign-in = Увійти
nav-account = { $name }
    .aria-label = Ваш обліковий запис: { $name }
page-title = { $page } · { app-name }
language-label = Мова

## Home page

home-title = Ласкаво просимо до { app-name }
home-status-link = Переглянути стан синхронізації

## Status page

status-title = Стан синхронізації
status-connection-label = З’єднання з сервером
status-connected = З’єднано
status-connecting = З’єднання…
status-offline = Офлайн
status-offline-hint = Ви офлайн. Зміни зберігаються на цьому пристрої й будуть надіслані, коли ви знову будете онлайн.
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
role-group-hint = Коротка назва групи архіву, як її налаштовано для вашого міста: малі латинські літери, цифри й дефіси.
role-group-missing = Введіть назву групи.
role-group-invalid = Використовуйте коротку назву групи: малі латинські літери, цифри й дефіси, наприклад women-voices.
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
