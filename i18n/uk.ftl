# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = Місцеві путівники для новоприбулих, написані разом, доступні офлайн.
skip-to-content = Перейти до змісту
nav-main =
    .aria-label = Головна
nav-home = Головна
nav-status = Стан синхронізації
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

## Not found

not-found-title = Сторінку не знайдено
not-found-body = За цією адресою нічого немає.
not-found-home = Перейти на головну
