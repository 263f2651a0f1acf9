# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = أدلة محلية للقادمين الجدد، نكتبها معًا، ويمكن قراءتها دون اتصال.
skip-to-content = انتقل إلى المحتوى
nav-main =
    .aria-label = الرئيسية
nav-home = الصفحة الرئيسية
nav-status = حالة المزامنة
page-title = { $page } · { app-name }
language-label = اللغة

## Home page

home-title = مرحبًا بك في { app-name }
home-status-link = عرض حالة المزامنة

## Status page

status-title = حالة المزامنة
status-connection-label = الاتصال بالخادم
status-connected = متصل
status-connecting = جارٍ الاتصال…
status-offline = غير متصل
status-offline-hint = أنت غير متصل. تبقى تغييراتك على هذا الجهاز وتُرسَل عند عودة الاتصال.

## Not found

not-found-title = الصفحة غير موجودة
not-found-body = لا يوجد شيء في هذا العنوان.
not-found-home = اذهب إلى الصفحة الرئيسية
