# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Persian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = راهنماهای محلی برای تازه‌واردان، که با هم نوشته می‌شوند و بدون اینترنت هم خوانده می‌شوند.
skip-to-content = رفتن به محتوا
nav-main =
    .aria-label = منوی اصلی
nav-home = صفحهٔ اصلی
nav-status = وضعیت همگام‌سازی
nav-sign-in = ورود
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = حساب شما: { $name }
page-title = { $page } · { app-name }
language-label = زبان

## Home page

home-title = به { app-name } خوش آمدید
home-status-link = وضعیت همگام‌سازی را ببینید

## Status page

status-title = وضعیت همگام‌سازی
status-connection-label = اتصال به سرور
status-connected = وصل است
status-connecting = در حال اتصال…
status-offline = آفلاین
status-offline-hint = شما آفلاین هستید. تغییرها روی همین دستگاه می‌مانند. وقتی دوباره آنلاین شوید، فرستاده می‌شوند.
status-signed-out = وارد نشده‌اید
status-signed-out-hint = فقط ویراستارانی که وارد شده‌اند اسناد را با سرور همگام می‌کنند. برای خواندن راهنما حساب لازم نیست.
status-sign-in = برای همگام‌سازی وارد شوید

## Not found

not-found-title = صفحه پیدا نشد
not-found-body = در این نشانی چیزی نیست.
not-found-home = رفتن به صفحهٔ اصلی

## Forms and errors shared by the pages

passphrase-show = نشان دادن رمز
error-offline = به سرور دسترسی نیست. اتصال خود را بررسی کنید و دوباره امتحان کنید.
error-server = در سرور مشکلی پیش آمد. بعداً دوباره امتحان کنید.
error-bad-request = سرور این را نپذیرفت. آنچه نوشتید را بررسی کنید و دوباره امتحان کنید.
error-forbidden = شما اجازهٔ این کار را ندارید.
error-unauthenticated = از حساب خارج شده‌اید. برای ادامه دوباره وارد شوید.
error-unexpected = مشکلی پیش آمد. دوباره امتحان کنید.
error-page-not-loaded = این صفحه باز نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید.
error-too-many-attempts-seconds =
    تلاش‌های زیادی انجام شد. { $seconds ->
        [one] یک ثانیه
       *[other] { $seconds } ثانیه
    } دیگر دوباره امتحان کنید.
error-too-many-attempts-minutes =
    تلاش‌های زیادی انجام شد. { $minutes ->
        [one] یک دقیقه
       *[other] { $minutes } دقیقه
    } دیگر دوباره امتحان کنید.

## Roles

-role-volunteer = داوطلب
-role-translator = مترجم
-role-editor = ویراستار
-role-group_member = عضو گروه
-role-group_moderator = گردانندهٔ گروه
-role-city_admin = مدیر شهر
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
        [group] { role-name }، گروه «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } در { $city }
role-label = نقش
role-group-label = گروه
role-group-hint = نام کوتاه گروه بایگانی، همان‌طور که برای شهر شما ساخته شده: حروف کوچک لاتین، رقم و خط تیره.
role-group-missing = نام گروه را بنویسید.
role-group-invalid = نام کوتاه گروه را بنویسید: حروف کوچک لاتین، رقم و خط تیره. برای نمونه: women-voices.
role-group-unknown = این شهر گروه بایگانی با این نام کوتاه ندارد.
role-languages-label = زبان‌ها
role-languages-hint = کدهای زبان، جدا شده با ویرگول. برای نمونه: ar, uk, fa-AF.
role-languages-missing = دست‌کم یک کد زبان بنویسید.
role-languages-invalid = یکی از این‌ها کد زبان نیست. از کدهایی مانند ar، uk یا fa-AF استفاده کنید.

## Sign-in page

sign-in-title = ورود
sign-in-intro = برای داوطلبان، ویراستاران، مترجمان و کارکنان شهر. برای خواندن راهنما حساب لازم نیست.
sign-in-name = نام
sign-in-passphrase = رمز
sign-in-submit = ورود
sign-in-name-missing = نام خود را بنویسید.
sign-in-passphrase-missing = رمز خود را بنویسید.
sign-in-invalid = نام یا رمز اشتباه است.
sign-in-no-account = حساب ندارید؟ حساب فقط با دعوت‌نامه ساخته می‌شود. از مدیر شهر خود یک پیوند بخواهید.
sign-in-already = شما با نام { $name } وارد شده‌اید.
sign-in-continue = ادامه
sign-in-account = حساب شما

## Invitation page

invite-title = دعوت‌نامه
invite-loading = در حال بررسی دعوت‌نامه…
invite-not-found = این پیوند دعوت کار نمی‌کند. شاید قبلاً استفاده شده یا تاریخش گذشته است. از کسی که شما را دعوت کرد یک پیوند تازه بخواهید.
invite-home = رفتن به صفحهٔ اصلی
invite-for = شما به { $city } دعوت شده‌اید، با این نقش: { role-grant }.
invite-expires = این دعوت‌نامه تا { DATETIME($expires, dateStyle: "long", timeStyle: "short") } معتبر است.
invite-signed-in-note = شما با نام { $name } وارد شده‌اید. اگر این دعوت را بپذیرید، یک حساب تازه ساخته می‌شود و با آن وارد می‌شوید.
invite-name = نام شما
invite-name-hint = کسانی که با آن‌ها کار می‌کنید این نام را می‌بینند. لازم نیست نام واقعی شما باشد: نام مستعار هم خوب است.
invite-name-missing = یک نام انتخاب کنید.
invite-name-too-long = این نام خیلی بلند است: حداکثر ۶۴ نویسه.
invite-name-taken = این نام قبلاً گرفته شده است. نام دیگری انتخاب کنید.
invite-passphrase = رمز
invite-passphrase-hint = دست‌کم ۱۰ نویسه. چند واژه که به هم ربطی ندارند آسان به یاد می‌مانند و سخت حدس زده می‌شوند.
invite-passphrase-confirm = تکرار رمز
invite-passphrase-too-short = رمز خیلی کوتاه است: دست‌کم ۱۰ نویسه.
invite-passphrase-too-long = رمز خیلی بلند است: حداکثر ۱۰۲۴ نویسه.
invite-passphrase-mismatch = دو رمز یکی نیستند.
invite-submit = ساختن حساب من

## Account page

account-title = حساب شما
account-loading = در حال بارگیری حساب شما…
account-not-signed-in = وارد نشده‌اید.
account-signed-out = از حساب خارج شدید.
account-sign-in = ورود
account-signed-in-as = شما با نام { $name } وارد شده‌اید.
account-offline = شما آفلاین هستید. این چیزی است که دستگاه به یاد دارد. برای نشست‌ها و خروج به اتصال نیاز است.
account-roles-title = نقش‌های شما
account-no-roles = هنوز نقشی ندارید.
account-manage-city = مدیریت { $city }
account-sessions-title = جاهایی که وارد شده‌اید
account-sessions-loading = در حال بارگیری…
account-session-current = این دستگاه
account-session-other = دستگاهی دیگر
account-session-times = ورود: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }، آخرین فعالیت: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = خروج
account-session-ended = آن دستگاه از حساب خارج شد.
account-sign-out-everywhere = خروج از همه‌جا
account-sign-out = خروج

## City administration page

admin-title = مدیریت شهر
admin-heading = مدیریت { $city }
admin-loading = در حال بارگیری…
admin-offline = شما آفلاین هستید. برای مدیریت شهر به اتصال نیاز است.
admin-not-signed-in = برای مدیریت شهر وارد شوید.
admin-sign-in = ورود
admin-not-admin = شما مدیر { $city } نیستید.
admin-invite-title = دعوت از یک نفر
admin-invite-intro = هر پیوند دعوت برای یک نفر است. فقط یک بار کار می‌کند و هر کس آن را باز کند می‌تواند حساب بسازد. آن را خصوصی بفرستید.
admin-invite-submit = ساختن پیوند دعوت
admin-invite-created = پیوند دعوت ساخته شد.
admin-invite-link-label = پیوند دعوت
admin-invite-about = برای نقش: { role-grant }. معتبر تا { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = کپی پیوند
admin-invite-share = هم‌رسانی پیوند
admin-invite-copied = پیوند کپی شد.
admin-invite-copy-failed = کپی نشد. پیوند انتخاب شده است: خودتان آن را کپی کنید.
admin-members-title = اعضا
admin-members-none = هنوز عضوی نیست.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (شما)
       *[no] { $name }
    }
admin-member-revoked = دسترسی گرفته شد
admin-member-no-roles = بدون نقش
admin-member-edit = تغییر نقش‌ها
admin-member-revoke = گرفتن دسترسی
admin-roles-heading = نقش‌های { $name }
admin-role-remove = حذف
admin-role-add-title = افزودن نقش
admin-role-add = افزودن نقش
admin-role-duplicate = این شخص همین نقش را دارد.
admin-roles-save = ذخیرهٔ نقش‌ها
admin-roles-cancel = لغو
admin-roles-saved = نقش‌های { $name } ذخیره شد.
admin-revoke-question = دسترسی { $name } گرفته شود؟
admin-revoke-explain = { $name } از همهٔ دستگاه‌ها خارج می‌شود و دیگر نمی‌تواند وارد شود.
admin-revoke-confirm = گرفتن دسترسی
admin-revoke-cancel = لغو
admin-revoked = دسترسی { $name } گرفته شد.
