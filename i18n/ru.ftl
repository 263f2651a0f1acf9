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
nav-home = Главная
nav-status = Состояние синхронизации
nav-sign-in = Войти
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Ваша учётная запись: { $name }
page-title = { $page } · { app-name }
language-label = Язык

## Home page

home-title = Добро пожаловать в { app-name }
home-status-link = Посмотреть состояние синхронизации

## Status page

status-title = Состояние синхронизации
status-connection-label = Связь с сервером
status-connected = Подключено
status-connecting = Подключение…
status-offline = Нет сети
status-offline-hint = Вы не в сети. Изменения остаются на этом устройстве. Они будут отправлены, когда вы снова будете в сети.
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
role-group-hint = Короткое название группы архива, как его задали для вашего города: строчные латинские буквы, цифры и дефисы.
role-group-missing = Введите название группы.
role-group-invalid = Введите короткое название группы: строчные латинские буквы, цифры и дефисы. Например: women-voices.
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
