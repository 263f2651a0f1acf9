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
nav-cities = همهٔ شهرها
nav-status = وضعیت همگام‌سازی
nav-sign-in = ورود
nav-edit = ویرایش راهنما
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = حساب شما: { $name }
page-title = { $page } · { app-name }
language-label = زبان

## Choosing a guide

reader-choose-city-title = شهرتان را انتخاب کنید
reader-choose-language-title = زبانتان را انتخاب کنید
reader-choose-offline = شما آفلاین هستید. برای دانلود یک راهنما، یک بار به اینترنت وصل شوید.
reader-kept-guides = راهنماهای روی این گوشی
reader-choose-city = انتخاب شهر یا زبان دیگر
reader-choose-language-city = زبان راهنمای { $city } را انتخاب کنید
reader-language-not-offered = راهنمای { $city } به این زبان نوشته نشده است: { $language }. یکی از زبان‌هایی را که به آن نوشته شده است انتخاب کنید:
reader-open-guide = باز کردن راهنما
reader-loading = در حال بارگیری…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = راهنما
reader-nav-home = صفحهٔ اصلی
reader-nav-articles = اطلاعات کاربردی
reader-nav-events = رویدادها
reader-nav-search = جستجو
reader-sample-city = این یک شهر نمونه با محتوای ساختگی است، برای امتحان کردن { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = بدون اینترنت هم در دسترس است، به‌روزرسانی: { $ago }
reader-offline-now = شما آفلاین هستید. این راهنما { $ago } به‌روز شده است.
reader-guide-language = زبان راهنما
reader-print-link = چاپ این راهنما
reader-offline-banner = شما آفلاین هستید. نسخهٔ ذخیره‌شده روی این گوشی را می‌خوانید.
reader-language-shown-in = راهنمای { $city } به این زبان نوشته نشده است: { $language }. متن‌های آن به این زبان نشان داده می‌شوند: { $guide }.
reader-text-size = اندازهٔ متن
reader-text-size-normal = معمولی
reader-text-size-large = بزرگ
reader-text-size-larger = خیلی بزرگ
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] هنوز ترجمه نشده: بخشی از آن به این زبان نشان داده می‌شود: { $languages }.
       *[other] هنوز ترجمه نشده: بخشی از آن به این زبان‌ها نشان داده می‌شود: { $languages }.
    }
reader-problem-offline-title = این راهنما هنوز روی این گوشی نیست
reader-problem-offline = یک بار به اینترنت وصل شوید. بعد از آن، راهنما بدون اینترنت هم کار می‌کند.
reader-offline-missing = شما آفلاین هستید.
reader-problem-unknown-city-title = شهر پیدا نشد
reader-problem-unknown-city = اینجا راهنمایی برای این شهر نیست.
reader-problem-unknown-language-title = این زبان در دسترس نیست
reader-problem-unknown-language = این راهنما به این زبان نیست. یکی از این زبان‌ها را انتخاب کنید:
reader-problem-server-title = راهنما بارگیری نشد
reader-problem-server = در سرور مشکلی پیش آمد. بعداً دوباره امتحان کنید.
reader-meta-description = راهنمای { $city } برای تازه‌واردان: کجا کمک، خدمات، اطلاعات کاربردی و رویدادها را پیدا کنید، به زبان خودتان، حتی آفلاین.
reader-meta-description-page = { $page }، در راهنمای { $city } برای تازه‌واردان: کمک، خدمات، اطلاعات و رویدادها به زبان خودتان، حتی آفلاین.

## Guide home

reader-home-title = راهنمای { $city }
reader-notices = خبرهای شهر
reader-categories = به چه چیزی نیاز دارید؟
reader-category-count =
    { $count ->
        [one] یک مکان
       *[other] { $count } مکان
    }
reader-this-week = این هفته
reader-no-events-this-week = در هفت روز آینده رویدادی نیست.
reader-all-events = همهٔ رویدادها
reader-topics = اطلاعات
reader-kept-languages = روی این گوشی
reader-kept-languages-hint = راهنما بدون اینترنت به زبان‌هایی کار می‌کند که روی این گوشی نگه داشته شده‌اند.
reader-kept-current = نگه داشته شده (در حال خواندن آن هستید)
reader-kept-add = این زبان را هم نگه دارید: { $language }
reader-kept-remove = حذف از این گوشی: { $language }
reader-published-on = منتشرشده در { $date }
reader-kept-waiting = شما آفلاین هستید. وقتی گوشی دوباره وصل شود، این زبان هم ذخیره می‌شود: { $language }

## Services

reader-service-title = خدمت
reader-status-temporarily-closed = موقتاً بسته است.
reader-status-closed = این خدمت بسته شده است.
reader-open-now = الان باز است، ساعت { $time } می‌بندد
reader-open-now-all-day = اکنون باز است، شبانه‌روزی
reader-open-all-day = شبانه‌روزی باز است
reader-opens-today = الان بسته است. امروز ساعت { $time } باز می‌شود
reader-opens-tomorrow = الان بسته است. فردا ساعت { $time } باز می‌شود
reader-opens-on = الان بسته است. { $day } ساعت { $time } باز می‌شود
reader-by-appointment = با وقت قبلی
reader-no-hours-soon = در روزهای آینده باز نیست
reader-hours-unknown = ساعت کار را بپرسید
reader-open-to-all = برای همه باز است، هر مدرکی که داشته باشید یا نداشته باشید
reader-for-whom = برای چه کسانی
reader-eligibility = چه کسانی می‌توانند بیایند
reader-cost = هزینه
reader-free = رایگان
reader-not-free = رایگان نیست
reader-languages = زبان‌ها
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = می‌شود مترجم شفاهی گرفت.
reader-documents = چه چیزهایی با خود بیاورید
reader-hours = ساعت کار
reader-today = امروز
reader-tomorrow = فردا
reader-closed-day = بسته
reader-appointment-note = (با وقت قبلی)
reader-where = کجا
reader-outreach = کجا پیدایشان کنید (آن‌ها به سراغ شما هم می‌آیند)
reader-open-map = باز کردن در برنامهٔ نقشهٔ من
reader-open-web-map = باز کردن نقشه در openstreetmap.org
reader-contact = تماس
reader-call = تماس با { $phone }
reader-email = نوشتن به { $email }
reader-website = وب‌سایت: { $site }
reader-share = هم‌رسانی
reader-share-copied = پیوند کپی شد
reader-last-checked = آخرین بررسی: { $date }
reader-listen = گوش دادن
reader-listen-stop = توقف
reader-target-everyone = همه
reader-target-asylum-seekers-and-refugees = پناه‌جویان و پناهندگان
reader-target-temporary-protection = افراد دارای حمایت موقت
reader-target-undocumented-residents = افراد بدون مدرک
reader-target-women = زنان
reader-target-unaccompanied-minors = نوجوانان زیر ۱۸ سال که تنها هستند
reader-target-children = کودکان
reader-target-students = دانشجویان

## Articles

reader-articles-title = اطلاعات کاربردی
reader-articles-below = بیشتر در این باره
reader-breadcrumbs =
    .aria-label = شما اینجا هستید

## Events

reader-events-title = رویدادها
reader-events-later = بعداً
reader-no-events = در هفته‌های آینده رویدادی نیست.
reader-event-cancelled = لغو شد
reader-event-when = کی
reader-event-next-dates = تاریخ‌های بعدی
reader-event-past = این رویداد تمام شده است.
reader-organizer = برگزارکننده
reader-open-to-residents = همه، تازه‌واردان و ساکنان قدیمی
reader-add-to-calendar = افزودن به تقویم من
reader-register = ثبت‌نام
reader-online-link = شرکت آنلاین
reader-subscribe = دریافت رویدادهای شهر در تقویم من
reader-feed-link = دانلود همهٔ رویدادها (iCalendar)
reader-events-by-month = رویدادهای بعدی، ماه به ماه
reader-no-later-events = هنوز رویداد دیرتری معلوم نیست.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } رویداد
       *[other] { $month }: { $count } رویداد
    }
reader-no-events-month = این ماه رویدادی نیست.
reader-events-bad-month = این نشانی ماهی را مشخص نمی‌کند (باید با ‎?month=2027-01 تمام شود). این هم هفته‌های آینده.
reader-events-known-until = این گوشی رویدادها را تا { $date } می‌داند. بعداً راهنما را آنلاین باز کنید تا بیشتر ببینید.
reader-events-coming-weeks = چهار هفتهٔ آینده
reader-events-month-before = قبل: { $month }
reader-events-month-after = بعد: { $month }
reader-feed-heading = در برنامهٔ تقویم شما

## Search

reader-search-title = جستجو
reader-search-label = جستجو در راهنما
reader-search-button = جستجو
reader-search-count =
    { $count ->
        [0] چیزی برای «{ $query }» پیدا نشد.
        [one] یک نتیجه برای «{ $query }».
       *[other] { $count } نتیجه برای «{ $query }».
    }
reader-kind-service = خدمت
reader-kind-article = اطلاعات
reader-kind-event = رویداد

## Print version

reader-print-title = راهنمای قابل چاپ
reader-print-heading = راهنمای { $city }
reader-print-date = چاپ‌شده در { $date }. چیزها تغییر می‌کنند: راهنمای آنلاین را هم ببینید.
reader-print-button = چاپ
reader-print-address = این راهنما به‌صورت آنلاین، همیشه به‌روز:
reader-print-qr = کد QR: این راهنما به‌صورت آنلاین
reader-print-other-days = بعضی ساعت‌ها در روزهای دیگر است (هر چند هفته یا ماهی یک بار): راهنمای آنلاین را ببینید.

## Suggest a correction

reader-suggest-link = پیشنهاد اصلاح
reader-suggest-title = پیشنهاد اصلاح
reader-suggest-about = دربارهٔ:
reader-suggest-privacy = نام شما معلوم نمی‌شود. ما نام شما یا چیزی دربارهٔ شما نمی‌پرسیم.
reader-suggest-topic = چه چیزی اشتباه است؟
reader-suggest-message = چه چیزی باید بدانیم؟
reader-suggest-message-hint = لطفاً نام، شمارهٔ تلفن یا اطلاعات شخصی دیگرتان را ننویسید.
reader-suggest-send = فرستادن
reader-suggest-need-topic = انتخاب کنید چه چیزی اشتباه است.
reader-suggest-need-message = چند کلمه دربارهٔ اشتباه بنویسید.
reader-suggest-sent = ممنون. ویراستاران راهنما آن را بررسی می‌کنند.
reader-suggest-queued = ممنون. شما آفلاین هستید: وقتی دوباره آنلاین شوید، فرستاده می‌شود.
reader-suggest-refused = ممنون، اما فرستاده نشد: شاید این صفحه حذف شده باشد.
reader-back-to-guide = بازگشت به راهنما

## Status page

status-title = وضعیت همگام‌سازی
status-connection-label = اتصال به سرور
status-connected = وصل است
status-connecting = در حال اتصال…
status-offline = آفلاین
status-offline-hint = شما آفلاین هستید. تغییرها روی همین دستگاه می‌مانند. وقتی دوباره آنلاین شوید، فرستاده می‌شوند.
status-waiting =
    { $count ->
        [0] چیزی روی این دستگاه در انتظار فرستادن نیست.
        [1] یک تغییر روی این دستگاه ذخیره شده و در انتظار فرستادن است.
       *[other] تغییرهای ذخیره‌شده روی این دستگاه که در انتظار فرستادن‌اند: { $count }.
    }
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
role-group-hint = یکی از گروه‌های بایگانی که در این شهر هماهنگ می‌کنید.
role-group-missing = یک گروه انتخاب کنید.
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

## Suggestions queue (editors)

suggestions-title = پیشنهادهای خوانندگان
suggestions-heading = پیشنهادها برای { $city }
suggestions-intro = خوانندگان وقتی چیزی در راهنما اشتباه است، این‌ها را بی‌نام می‌فرستند. آن را بررسی کنید، اگر لازم است مورد را اصلاح کنید، بعد پیشنهاد را «انجام‌شده» علامت بزنید.
suggestions-loading = در حال بارگیری…
suggestions-not-signed-in = برای دیدن پیشنهادهای خوانندگان وارد شوید.
suggestions-sign-in = ورود
suggestions-not-allowed = فقط ویراستاران و مدیران { $city } می‌توانند پیشنهادهای آن را ببینند.
suggestions-unknown-city = شهری به نام «{ $city }» وجود ندارد.
suggestions-show-done = پیشنهادهای انجام‌شده هم نشان داده شوند
suggestions-list-title = پیشنهادها
suggestions-none-open = پیشنهاد بازی نیست.
suggestions-none = هنوز پیشنهادی نیست.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = دربارهٔ: { $title }
suggestions-about-unpublished = دربارهٔ موردی که دیگر منتشر نمی‌شود
suggestions-about-guide = دربارهٔ راهنما به طور کلی
suggestions-no-message = خواننده پیامی ننوشته است.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = دریافت: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · زبان: { LANGUAGES($language) }
suggestions-resolved = انجام‌شده: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = علامت زدن به‌عنوان انجام‌شده
suggestions-marked-done = پیشنهاد به‌عنوان انجام‌شده علامت خورد.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = بسته شده یا دیگر وجود ندارد
suggestion-topic-hours = ساعت کار اشتباه است
suggestion-topic-address = نشانی اشتباه است
suggestion-topic-contact = شمارهٔ تلفن یا راه تماس دیگر اشتباه است
suggestion-topic-translation = ترجمه اشتباه است یا وجود ندارد
suggestion-topic-other = چیز دیگری

## Editing app

editor-page-title = ویرایش راهنما
editor-title = ویرایش: { $city }
editor-signed-out = برای ویرایش راهنما وارد شوید.
editor-progress = اسناد روی این دستگاه: { $loaded } از { $total }
editor-filter = فیلتر
editor-events = رویدادها
editor-services = خدمات
editor-new-event = رویداد جدید
editor-back = بازگشت به فهرست
editor-untitled = (هنوز بدون عنوان)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] روی این دستگاه ذخیره شد. شما آفلاین هستید.
        [one] روی این دستگاه ذخیره شد. یک تغییر در انتظار فرستادن است.
       *[other] روی این دستگاه ذخیره شد. { $count } تغییر در انتظار فرستادن است.
    }
editor-sync-sending =
    { $count ->
        [one] در حال فرستادن یک تغییر…
       *[other] در حال فرستادن { $count } تغییر…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = همگام شد: { $ago }
editor-sync-sent =
    { $count ->
        [1] یک تغییر فرستاده شد. همگام شد: { $ago }
       *[other] تغییرهای فرستاده‌شده: { $count }. همگام شد: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] نشست شما تمام شده است. برای ادامهٔ همگام‌سازی دوباره وارد شوید.
        [one] نشست شما تمام شده است. تغییرتان روی این دستگاه ذخیره شده است: برای فرستادن آن دوباره وارد شوید.
       *[other] نشست شما تمام شده است. { $count } تغییر شما روی این دستگاه ذخیره شده است: برای فرستادن آن‌ها دوباره وارد شوید.
    }
editor-sync-sign-in = ورود دوباره
editor-hint-plain = جمله‌های کوتاه بنویسید. در هر جمله فقط یک فکر. از کلمه‌هایی استفاده کنید که مردم می‌شناسند.
editor-hint-title = در چند کلمه بگویید چیست. مثلاً: کافهٔ زبان.
editor-minor-edit = اصلاح کوچک (املا، غلط تایپی): ترجمه‌ها به‌روز می‌مانند
editor-conflict =
    { $count ->
        [one] دو نفر هم‌زمان این را تغییر دادند. مقدار درست را انتخاب کنید:
       *[other] چند نفر هم‌زمان این را تغییر دادند ({ $count } مقدار). مقدار درست را انتخاب کنید:
    }
editor-conflict-keep = نگه داشتن «{ $value }»
editor-event-title = عنوان
editor-event-description = توضیحات
editor-event-type = نوع رویداد
editor-event-type-workshop = کارگاه
editor-event-type-language-cafe = کافهٔ زبان
editor-event-type-festival = جشنواره
editor-event-type-commemoration = مراسم یادبود
editor-event-type-job-fair = نمایشگاه کار
editor-event-type-sport = ورزش
editor-event-type-information-session = جلسهٔ اطلاع‌رسانی
editor-event-type-other = دیگر
editor-event-start = شروع
editor-event-end = پایان
editor-event-place = مکان
editor-place-name = نام مکان
editor-place-street = خیابان و پلاک
editor-place-postal-code = کد پستی
editor-place-locality = شهر
editor-event-organizer = برگزارکننده
editor-event-free = رایگان
editor-event-cancelled = کل رویداد لغو شده است
editor-repeat = تکرار
editor-repeat-kind = هر چند وقت یک بار
editor-repeat-none = تکرار نمی‌شود
editor-repeat-weekly = هر هفته
editor-repeat-monthly = هر ماه
editor-repeat-custom = قانون دیگر (RRULE)
editor-repeat-days =
    .aria-label = در این روزها
editor-repeat-nth = کدام
editor-repeat-weekday = روز
editor-repeat-until = تا (اختیاری)
editor-repeat-rule = قانون
editor-nth-1 = اول
editor-nth-2 = دوم
editor-nth-3 = سوم
editor-nth-4 = چهارم
editor-nth-last = آخر
editor-weekday-mo = دوشنبه
editor-weekday-tu = سه‌شنبه
editor-weekday-we = چهارشنبه
editor-weekday-th = پنجشنبه
editor-weekday-fr = جمعه
editor-weekday-sa = شنبه
editor-weekday-su = یکشنبه
editor-cancelled-dates = تاریخ‌های لغوشده
editor-cancel-date-label = لغو یک تاریخ
editor-cancel-date = لغو این تاریخ
editor-restore-date = برگرداندن تاریخ: { $date }
editor-quick-hint = بدون اینترنت کار می‌کند. وقتی دوباره آنلاین شوید، رویداد فرستاده می‌شود.
editor-quick-date = تاریخ
editor-quick-start = ساعت شروع
editor-quick-end = ساعت پایان
editor-quick-save = ذخیرهٔ رویداد
editor-quick-missing = عنوان، تاریخ و ساعت‌ها را پر کنید.
editor-service-name = نام
editor-service-description = این چیست
editor-service-eligibility = چه کسانی می‌توانند بیایند
editor-service-documents = چه چیزهایی با خود بیاورید
editor-service-status = وضعیت
editor-service-status-active = باز
editor-service-status-temporarily-closed = موقتاً بسته
editor-service-status-closed = برای همیشه بسته
editor-service-organization = سازمانی که آن را ارائه می‌دهد
editor-service-categories = دسته‌ها
editor-service-target-groups = برای چه کسانی است
editor-service-open-to-all = باز برای همه، هر مدرکی که داشته باشند
editor-service-fee = قیمت، اگر رایگان نیست
editor-service-languages = زبان‌هایی که کارکنان صحبت می‌کنند
editor-service-language-other = زبان دیگر
editor-service-language-hint = کد زبان، مثلاً ti، prs یا pt-BR.
editor-service-language-add = افزودن زبان
editor-service-language-invalid = این کد زبان نیست. کدی مانند ti، prs یا pt-BR بنویسید.
editor-service-contacts = تماس
editor-service-phones = شماره‌های تلفن
editor-service-phone = شماره تلفن { $number }
editor-service-phone-new = شماره تلفن جدید
editor-service-phone-add = افزودن شماره
editor-service-phone-remove = حذف { $phone }
editor-service-phone-invalid = یک شماره تلفن بنویسید: فقط رقم، فاصله و +. مثلاً +32 4 123 45 67.
editor-service-email = ایمیل
editor-service-email-invalid = این نشانی ایمیل نیست. مثلاً: info@example.org
editor-service-website = وب‌سایت
editor-service-website-invalid = نشانی کامل را بنویسید که با https:// شروع شود
editor-service-verified = آخرین بررسی
editor-service-verified-never = هنوز کسی این خدمت را بررسی نکرده است.
editor-service-verified-value = بررسی شده در { $date } توسط { $name }
editor-service-verify = امروز بررسی شد
editor-service-locations = مکان‌ها
editor-service-location = مکان { $number }
editor-service-location-none = هنوز مکانی نیست.
editor-service-location-add = افزودن مکان
editor-service-location-remove = حذف این مکان
editor-location-region = منطقه
editor-location-country = کشور (دو حرف، مثلاً BE)
editor-location-country-invalid = کد دوحرفی کشور را بنویسید، مثلاً BE.
editor-location-latitude = عرض جغرافیایی (اختیاری)
editor-location-longitude = طول جغرافیایی (اختیاری)
editor-location-latitude-invalid = عددی از ‎-90 تا 90 بنویسید، مثلاً 50.63.
editor-location-longitude-invalid = عددی از ‎-180 تا 180 بنویسید، مثلاً 5.57.
editor-location-outreach = آن‌ها به سراغ مردم هم می‌روند (خدمت سیار یا میدانی)
editor-service-schedules = ساعات کار
editor-schedule = ساعات { $number }
editor-schedule-none = هنوز ساعات کاری نیست.
editor-schedule-add = افزودن ساعات کار
editor-schedule-remove = حذف این ساعات
editor-schedule-days = روزها
editor-schedule-rule-hint = فقط برای آنچه روزها نمی‌توانند بگویند، مثلاً FREQ=MONTHLY;BYDAY=1TU برای اولین سه‌شنبه هر ماه. برای استفاده از روزها خالی بگذارید.
editor-schedule-rule-invalid = این قاعده قابل استفاده نیست. قاعده‌ای مانند FREQ=WEEKLY;BYDAY=MO,TU بدون «RRULE:» بنویسید.
editor-schedule-opens = باز می‌شود ساعت
editor-schedule-closes = بسته می‌شود ساعت
editor-schedule-overnight = روز بعد بسته می‌شود (باز بعد از نیمه‌شب)
editor-schedule-times-invalid = ساعت بسته شدن باید بعد از ساعت باز شدن باشد. برای ساعات بعد از نیمه‌شب، «روز بعد بسته می‌شود» را علامت بزنید.
editor-schedule-valid-from = از (اختیاری)
editor-schedule-valid-to = تا (اختیاری)
editor-schedule-valid-invalid = تاریخ پایان نمی‌تواند قبل از تاریخ شروع باشد.
editor-schedule-closed-dates = بسته در
editor-schedule-closed-date-label = روزی که بسته است
editor-schedule-closed-date-add = افزودن روز تعطیل
editor-schedule-closed-date-remove = دوباره باز در { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }، با وقت قبلی
editor-schedule-no-days = هیچ روزی انتخاب نشده
editor-schedule-no-hours = هنوز ساعتی نیست
editor-new-service = خدمت جدید
editor-new-service-hint = با نام شروع کنید. بقیه را در صفحه بعد پر می‌کنید. بدون اینترنت کار می‌کند.
editor-new-service-create = ایجاد خدمت
editor-new-service-missing = نام خدمت را بنویسید.
editor-publishing = انتشار
editor-publish-hint = خوانندگان فقط نسخهٔ منتشرشده را می‌بینند. تغییرهای بعدی شما پیش‌نویس می‌مانند تا دوباره منتشر کنید.
editor-publish = انتشار این نسخه
editor-unpublish = لغو انتشار
editor-published = منتشر شد. خوانندگان اکنون این نسخه را می‌بینند.
editor-draft-badge = پیش‌نویس منتشرنشده
editor-publication-published = منتشر شده: خوانندگان همین نسخه را می‌بینند.
editor-publication-draft = پیش‌نویس منتشرنشده: تا این نسخه منتشر نشود، خوانندگان آخرین نسخهٔ منتشرشده را می‌بینند.
editor-publication-unpublished = پیش‌نویس منتشرنشده: تا این مورد منتشر نشود، خوانندگان آن را نمی‌بینند.
editor-unpublished = انتشار لغو شد. خوانندگان دیگر آن را نمی‌بینند.
editor-publish-not-synced = سرور هنوز این نسخه را ندارد. صبر کنید تا همگام شود، بعد منتشر کنید.
editor-publish-offline = شما آفلاین هستید. وقتی دوباره آنلاین شدید، منتشر کنید.
editor-publish-not-publishable = منتشر نشد: این نسخه هنوز یک مورد کامل نیست. صبر کنید تا همگام شود، فیلدهایش را بررسی کنید، بعد دوباره منتشر کنید.
editor-publish-invalid-content = منتشر نشد: اول { $field } را درست کنید.
editor-publish-link-invalid = پیوند باید به صفحه‌ای از همین سایت (که با یک / شروع می‌شود) یا به نشانی کاملی که با https:// شروع می‌شود برود.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = پیش‌نمایش: آنچه خوانندگان خواهند دید
editor-preview-hint = نسخه‌ای که خوانندگان الان می‌بینند، در مقایسه با پیش‌نویس شما. منتشر کنید تا خوانندگان پیش‌نویس را ببینند.
editor-preview-not-published = هنوز منتشر نشده است: خوانندگان چیزی نمی‌بینند. بعد از انتشار، این را می‌بینند:
# $when: the date and time of publishing.
editor-preview-same = خوانندگان دقیقاً همین نسخه را می‌بینند (انتشار: { $when }).
editor-preview-changed =
    { $count ->
        [one] یک فیلد با آنچه خوانندگان می‌بینند فرق دارد (انتشار: { $when }):
       *[other] { $count } فیلد با آنچه خوانندگان می‌بینند فرق دارد (انتشار: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] یک فیلد بدون تغییر
       *[other] { $count } فیلد بدون تغییر
    }
editor-preview-unknown = یک بار به اینترنت وصل شوید تا ببینید خوانندگان چه می‌بینند.
editor-preview-unavailable = این دستگاه هنوز نسخهٔ منتشرشده را ندارد. صبر کنید تا همگام شود.
# Read out by screen readers before removed and added words.
editor-diff-removed = حذف‌شده:
editor-diff-added = اضافه‌شده:
# The history of an item: who changed which field, and when.
editor-history = تاریخچه
editor-history-hint = چه کسی چه چیزی را و کی تغییر داد. می‌توانید یک مقدار قبلی را برگردانید.
editor-history-none = هنوز تغییری نیست.
editor-history-unknown-author = واردشده
# $field: the technical name of a field that has no label here.
editor-history-other-field = جزئیات دیگر ({ $field })
editor-history-restore = برگرداندن این مقدار
editor-history-current = این مقدار فعلی است.
editor-history-empty = (خالی)
editor-history-yes = بله
editor-history-no = خیر
editor-history-field-order = جایگاه در فهرست مقاله‌ها
editor-translate-link = ترجمه
editor-suggestions-link = پیشنهادهای خوانندگان
editor-suggestions-open = باز: { $count }
editor-translate-title = ترجمه‌ها
editor-translate-no-languages = در این شهر هیچ زبانی برای ترجمه ندارید.
editor-translate-language = ترجمه به
editor-translate-status = نمایش
editor-translate-all = همه
editor-translate-back = بازگشت به ترجمه‌ها
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } از { $total } به‌روز
editor-status-missing = وجود ندارد
editor-status-outdated = قدیمی
editor-status-machine = ترجمهٔ ماشینی
editor-status-up-to-date = به‌روز
editor-status-incomplete = ترجمهٔ ناقص
editor-translate-source-changed = متن اصلی از زمان این ترجمه تغییر کرده است. تغییرها بالای هر خانه علامت خورده‌اند.
editor-translate-source-changed-unknown = متن اصلی از زمان این ترجمه تغییر کرده است. این دستگاه نمی‌تواند تغییرها را نشان دهد: هر متن را با اصل مقایسه کنید.
editor-translate-what-changed = تغییر در متن اصلی:
editor-translate-finish = پایان کار
editor-translate-left = متن‌های باقی‌مانده برای ترجمه: { $count }
editor-translate-all-translated = همهٔ متن‌ها ترجمه شده‌اند. آن‌ها را با اصل مقایسه کنید و سپس ترجمه را تمام‌شده علامت بزنید.
editor-translate-done = علامت‌گذاری به‌عنوان تمام‌شده
editor-translate-not-done = اول همهٔ متن‌ها را ترجمه کنید. هنوز خالی: { $count }
editor-translate-marked-done = به‌عنوان تمام‌شده علامت خورد. روی این دستگاه ذخیره شده و با تغییرهای دیگر شما به سرور می‌رود.
editor-translate-publish = انتشار ترجمه
editor-translate-publish-hint = خوانندگان پس از انتشار، ترجمه را همراه نسخه‌ای از مورد که اکنون می‌بینند، می‌بینند.
editor-translate-editor-publishes = خوانندگان پس از آنکه یک ویراستار ترجمه را منتشر کند، آن را می‌بینند.
editor-translate-publish-not-done = اول ترجمه را تمام‌شده علامت بزنید.
editor-translate-item-unpublished = خود این مورد هنوز منتشر نشده است. خوانندگان ترجمه را هنگام انتشار آن می‌بینند.
editor-translate-published = منتشر شد. خوانندگان اکنون این ترجمه را می‌بینند.
editor-field-name = نام
editor-field-title = عنوان
editor-field-description = توضیحات
editor-field-body = متن
editor-field-eligibility = چه کسانی می‌توانند بیایند
editor-field-documents_needed = چه چیزهایی با خود بیاورید
editor-field-fee = هزینه
editor-field-accessibility = دسترسی‌پذیری
editor-field-notes = یادداشت‌هایی دربارهٔ ساعت کار

## Guide articles and city settings

editor-new-article = مقاله جدید
editor-settings-link = تنظیمات شهر
editor-articles = مقاله‌های راهنما
editor-move-up = انتقال به بالا
    .aria-label = انتقال به بالا: { $title }
editor-move-down = انتقال به پایین
    .aria-label = انتقال به پایین: { $title }
editor-article-title = عنوان
editor-article-body = متن
editor-article-markdown-hint = قالب‌بندی: یک خط خالی بین بندها؛ «## » در ابتدای خط برای عنوان؛ «- » یا «1. » برای فهرست؛ پیوند این‌طور نوشته می‌شود [کلمات](https://example.org).
editor-article-parent = زیر این مقاله قرار می‌گیرد
editor-article-top-level = بالاترین سطح (زیر هیچ مقاله‌ای)
editor-article-notice = اطلاعیه در صفحهٔ اصلی تا (اختیاری)
editor-article-notice-hint = تا این تاریخ، صفحهٔ اصلی راهنما این مقاله را به‌عنوان اطلاعیهٔ شهر نشان می‌دهد. برای مقالهٔ عادی خالی بگذارید.
editor-hint-title-article = در چند کلمه بگویید دربارهٔ چیست. برای نمونه: روزهای اول شما.
editor-article-create = ساختن مقاله
editor-article-title-missing = اول یک عنوان بنویسید.
editor-article-cannot-create = فقط ویراستاران می‌توانند مقاله اضافه کنند.
editor-settings-title = تنظیمات شهر
editor-settings-live = خوانندگان تغییرات اینجا را فوراً می‌بینند. مرحلهٔ انتشار وجود ندارد.
editor-settings-read-only = شما نمی‌توانید تنظیمات شهر را تغییر دهید. فقط ویراستاران می‌توانند.
editor-categories = دسته‌ها
editor-categories-hint = خوانندگان دسته‌ها را به همین ترتیب می‌بینند. اگر نامی خالی باشد، نام را به زبان جایگزین می‌بینند.
editor-category-icon = نماد
editor-category-name = نام به { $language } ({ $tag })
editor-category-add-title = دستهٔ جدید
editor-category-add-name = نام به { $language }
editor-category-add = افزودن دسته
editor-category-name-missing = اول نام دسته را بنویسید.
editor-category-remove-question = «{ $name }» حذف شود؟ خدماتی که از آن استفاده می‌کنند: { $count }.
editor-remove = حذف
    .aria-label = حذف: { $name }
editor-remove-confirm = بله، «{ $name }» حذف شود
editor-remove-cancel = لغو
editor-icon-heart = قلب
editor-icon-house = خانه
editor-icon-scales = ترازو
editor-icon-briefcase = کیف اداری
editor-icon-book = کتاب
editor-icon-family = خانواده
editor-icon-bowl = کاسه
editor-icon-people = مردم
editor-icon-woman = زن
editor-icon-star = ستاره
editor-icon-search = ذره‌بین
editor-icon-calendar = تقویم
editor-icon-clock = ساعت
editor-icon-pin = نشانگر نقشه
editor-icon-phone = تلفن
editor-icon-share = اشتراک‌گذاری
editor-icon-print = چاپگر
editor-icon-speaker = بلندگو
editor-icon-article = سند
editor-icon-offline = بدون اتصال
editor-icon-check = تیک
editor-icon-flag = پرچم
editor-languages = زبان‌ها
editor-languages-hint = زبان‌هایی که خوانندگان می‌توانند انتخاب کنند. متنی که هنوز ترجمه نشده به زبان جایگزین نمایش داده می‌شود.
editor-language-direction = جهت نوشتار
editor-direction-ltr = چپ به راست
editor-direction-rtl = راست به چپ
editor-language-source = زبان مبدأ: محتوا اول به این زبان نوشته می‌شود.
editor-language-fallback = زبان جایگزین
editor-language-fallback-hint = آنچه خوانندگان این زبان می‌بینند وقتی متنی هنوز ترجمه نشده است.
editor-language-no-fallback = هیچ‌کدام
editor-language-fallback-cycle = این یک چرخه می‌سازد: آن زبان از قبل به این زبان برمی‌گردد. زبان دیگری انتخاب کنید.
editor-language-remove-question = { $language } حذف شود؟ خوانندگانش زبان دیگری انتخاب خواهند کرد. ترجمه‌ها ذخیره می‌مانند.
editor-language-add-title = زبان جدید
editor-language-add-tag = کد زبان (BCP 47)
editor-language-add-hint = برای نمونه: ti (تیگرینیا)، pt-BR (پرتغالی برزیل).
editor-language-add = افزودن زبان
editor-language-invalid = «{ $tag }» کد زبان نیست. کدی مانند ti یا pt-BR بنویسید.
editor-language-present = شهر از قبل { $language } را دارد.

## The multivoiced archive

reader-archive-title = صداهای رسیدن
reader-archive-intro = روایت کسانی که به این شهر آمده‌اند، با کلمات خودشان. هر صدا از آنِ خودشان است؛ هیچ‌کدام روایت رسمی نیست.
reader-archive-link = صداهای رسیدن را بخوانید
reader-archive-empty = هنوز چیزی اینجا منتشر نشده است.
reader-archive-unavailable = صداها بارگیری نشد. بعداً دوباره امتحان کنید.
reader-archive-offline = آفلاین هستید. صداهای رسیدن به اتصال نیاز دارند.
reader-archive-anonymous = بی‌نام
reader-archive-speaks-about = درباره‌ی:
reader-archive-translated = ترجمه از { $language } توسط گروه
reader-archive-in-language = به زبان { $language }
reader-archive-original = نمایش کلمات اصلی
reader-archive-recording =
    .aria-label = ضبط این صدا
archive-page-title = بایگانی
archive-title = بایگانی گروه { $group }
archive-open = باز کردن بایگانی
archive-not-member = شما عضو این گروه بایگانی نیستید.
archive-intro = روایت‌های رسیدن که گروه نوشته و ضبط کرده است. هر صدا از آنِ صاحبش می‌ماند: فقط او تصمیم می‌گیرد چه کسی آن را ببیند و با چه نامی از او یاد شود.
archive-entries = روایت‌ها
archive-no-entries = هنوز روایتی نیست.
archive-voice-count =
    { $count ->
        [one] { $count } صدا
       *[other] { $count } صدا
    }
archive-state-published = منتشرشده
archive-state-unpublished = منتشرنشده
archive-theme = موضوع
archive-guide-links = صفحه‌های راهنما که درباره‌شان سخن می‌گوید
archive-theme-arrival = رسیدن
archive-theme-first-contact-with-services = نخستین تماس با خدمات
archive-theme-housing = مسکن
archive-theme-work = کار
archive-theme-family = خانواده
archive-theme-belonging = تعلق
archive-theme-the-future = آینده
archive-theme-other = دیگر
archive-entry-title = عنوان
archive-entry-title-missing = یک عنوان بنویسید.
archive-cities = شهرهایی که درباره‌شان است
archive-cities-hint = پس از انتشار، خوانندگان راهنمای این شهرها می‌توانند آن را بخوانند.
archive-new-entry = روایت تازه
archive-new-entry-create = ساختن روایت
archive-back = بازگشت به بایگانی
archive-entry-missing = این روایت هنوز روی این دستگاه نیست. اگر همین حالا ساخته شده، صبر کنید تا همگام شود.
archive-voices = صداها
archive-no-voices = هنوز صدایی نیست.
archive-add-voice = افزودن صدای من
archive-add-voice-hint = با کلمات خودتان بنویسید، صدایتان را ضبط کنید، یا هر دو. بی‌درنگ روی این دستگاه ذخیره می‌شود و وقتی آنلاین شدید فرستاده می‌شود.
archive-voice-language = زبانی که به آن سخن می‌گویید
archive-add-voice-create = افزودن صدای من
archive-voice-yours = صدای شما
archive-voice-of = صدای { $name }
archive-voice-unknown = صدایی از گروه
archive-voice-in = به زبان { $language }
archive-voice-text = کلمات
archive-voice-text-hint = آنچه نوشته شده، یا متن پیاده‌شدهٔ ضبط.
archive-recording = ضبط
archive-record = ضبط کن
archive-record-stop = توقف
archive-record-discard = دور انداختن ضبط
archive-record-play =
    .aria-label = گوش دادن به ضبط
archive-recording-none = ضبطی نیست.
archive-recording-recording = در حال ضبط…
archive-recording-waiting = ضبط شد، در انتظار بارگذاری. تا آن وقت روی این دستگاه می‌ماند.
archive-recording-uploaded = بارگذاری شد.
archive-recording-refused-too-large = این ضبط خیلی بزرگ است: بایگانی تا ۲۵ مگابایت می‌پذیرد. ضبط کوتاه‌تری انجام دهید یا فایل کوچک‌تری انتخاب کنید.
archive-recording-refused-wrong-type = بایگانی این فایل را نمی‌پذیرد: فقط صدای WebM یا Ogg.
archive-audio-file = یا یک فایل صوتی از این دستگاه انتخاب کنید
archive-audio-file-hint = صدای WebM یا Ogg، تا ۲۵ مگابایت. عنوان و برچسب‌های دیگر آن هنگام بارگذاری حذف می‌شوند.
archive-recording-no-microphone = هیچ میکروفونی به کار نیفتاد. به این سایت اجازهٔ استفاده از میکروفون بدهید، یا کلماتتان را بنویسید.
archive-photo = عکس
archive-photo-choose = افزودن عکس
archive-photo-hint = JPEG، PNG یا WebP، تا ۱۰ مگابایت. موقعیت (GPS) و اطلاعات دوربین هنگام بارگذاری حذف می‌شوند.
archive-photo-description = آنچه عکس نشان می‌دهد (برای کسانی که نمی‌توانند آن را ببینند)
archive-photo-remove = حذف عکس
archive-photo-none = عکسی نیست.
archive-photo-waiting = در انتظار بارگذاری. تا آن زمان روی این دستگاه نگه داشته می‌شود.
archive-photo-uploaded = بارگذاری شد، بدون موقعیت و اطلاعات دوربین.
archive-photo-refused-too-large = این عکس خیلی بزرگ است: بایگانی عکس‌های تا ۱۰ مگابایت را می‌پذیرد.
archive-photo-refused-wrong-type = بایگانی این فایل را نمی‌پذیرد: فقط عکس‌های JPEG، PNG یا WebP.
archive-translations = ترجمه‌ها
archive-translation-language = ترجمه به
archive-translation-add = افزودن ترجمه
archive-translation-text = ترجمه به { $language }، توسط { $by }
archive-translation-text-own = ترجمه به { $language }، توسط صاحب صدا
archive-consent-title = رضایت شما
archive-consent-unavailable = وقتی صدایتان به سرور برسد (وقتی آنلاین باشید) می‌توانید انتخاب کنید چه کسی آن را ببیند. تا آن وقت فقط گروه آن را می‌بیند، بدون نام شما.
archive-consent-visibility = چه کسی می‌تواند صدای شما را ببیند
archive-visibility-group = فقط گروه
archive-visibility-city-editors = گروه و ویراستاران شهر
archive-visibility-public = همه، پس از آنکه یک ناظر روایت را منتشر کند
archive-consent-naming = با چه نامی از شما یاد شود
archive-naming-name = با نام خودم ({ $name })
archive-naming-pseudonym = با نام مستعار
archive-naming-anonymous = هیچ (بی‌نام)
archive-pseudonym = نام مستعار
archive-pseudonym-missing = نام مستعاری را بنویسید که می‌خواهید با آن از شما یاد شود.
archive-consent-save = ذخیرهٔ انتخاب من
archive-consent-saving = در حال ذخیره…
archive-consent-saved = ذخیره شد.
archive-consent-offline = ذخیره نشد: آفلاین هستید. وقتی آنلاین شدید دوباره امتحان کنید.
archive-consent-withdrawn = این صدا پس گرفته شده است.
archive-consent-failed = ذخیره نشد. بعداً دوباره امتحان کنید.
archive-withdraw = پس گرفتن صدای من
archive-withdraw-explained = پس گرفتن صدا آن را برای همیشه برمی‌دارد: دیگر هیچ‌کس در گروه، هیچ ویراستار و هیچ خواننده‌ای آن را نمی‌بیند و سرور آن را پاک می‌کند. برگرداندنی نیست.
archive-withdraw-cannot-undo = نسخه‌هایی را که دیگران هنگام نمایش آن دانلود، ذخیره یا چاپ کرده‌اند نمی‌تواند پس بگیرد.
archive-withdraw-confirm = برای همیشه پس بگیر
archive-withdraw-cancel = صدایم بماند
archive-publish = انتشار روایت
archive-unpublish = لغو انتشار
archive-publish-hint = خوانندگان فقط صداهایی را می‌بینند که صاحبانشان «همه» را برگزیده‌اند، با همان نامی که هر کدام برگزیده است.
archive-published = منتشر شد. خوانندگان اکنون صداهایی را می‌بینند که با همگان به اشتراک گذاشته شده است.
archive-unpublished = انتشار لغو شد. خوانندگان دیگر آن را نمی‌بینند.
archive-publish-refused = منتشر نشد: هنوز هیچ صاحب صدایی صدایش را با همگان به اشتراک نگذاشته است (یا روایت عنوان ندارد).
archive-publish-not-synced = سرور هنوز این روایت را ندارد. صبر کنید تا همگام شود، سپس منتشر کنید.
archive-publish-failed = منتشر نشد. بعداً دوباره امتحان کنید.
archive-export = دانلود بایگانی گروه
archive-export-hint = یک فایل zip با سخنان هر صدا (Markdown)، ضبط‌ها و فهرستی از مدخل‌ها، صداها، زبان‌ها و رضایت‌ها. صداهای پس‌گرفته‌شده هرگز در آن نیستند؛ صدای ناشناس در آن نامی ندارد. آن را فقط تا جایی که رضایت هر صدا اجازه می‌دهد به اشتراک بگذارید.

## Dates
date-month =
    { $month ->
     [jan] ژانویه
     [feb] فوریه
     [mar] مارس
     [apr] آوریل
     [may] مه
     [jun] ژوئن
     [jul] ژوئیه
     [aug] اوت
     [sep] سپتامبر
     [oct] اکتبر
     [nov] نوامبر
    *[dec] دسامبر
    }
date-month-alone =
    { $month ->
     [jan] ژانویهٔ
     [feb] فوریهٔ
     [mar] مارس
     [apr] آوریل
     [may] مهٔ
     [jun] ژوئن
     [jul] ژوئیهٔ
     [aug] اوت
     [sep] سپتامبر
     [oct] اکتبر
     [nov] نوامبر
    *[dec] دسامبر
    }
date-weekday =
    { $weekday ->
     [mon] دوشنبه
     [tue] سه‌شنبه
     [wed] چهارشنبه
     [thu] پنجشنبه
     [fri] جمعه
     [sat] شنبه
    *[sun] یکشنبه
    }
date-day = { $weekday } { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } ساعت { $time }
date-list-separator = { "، " }
date-just-now = همین دقیقه
date-minutes-ago =
    { $count ->
     [one] { $count } دقیقه پیش
    *[other] { $count } دقیقه پیش
    }
date-hours-ago =
    { $count ->
     [one] { $count } ساعت پیش
    *[other] { $count } ساعت پیش
    }
date-days-ago =
    { $count ->
     [1] دیروز
     [one] { $count } روز پیش
    *[other] { $count } روز پیش
    }
