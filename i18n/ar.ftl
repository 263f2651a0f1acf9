# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = أدلة محلية للقادمين الجدد، نكتبها معًا، ويمكن قراءتها دون اتصال.
skip-to-content = انتقل إلى المحتوى
nav-main =
    .aria-label = الرئيسية
nav-cities = كل المدن
nav-status = حالة المزامنة
nav-sign-in = تسجيل الدخول
nav-edit = تحرير الدليل
nav-account = { $name }
    .aria-label = حسابك: { $name }
page-title = { $page } · { app-name }
language-label = اللغة

## Choosing a guide

reader-choose-city-title = اختر مدينتك
reader-choose-language-title = اختر لغتك
reader-choose-offline = أنت غير متصل. اتصل بالإنترنت مرة واحدة لتنزيل دليل.
reader-kept-guides = الأدلة على هذا الهاتف
reader-choose-city = اختر مدينة أو لغة أخرى
reader-choose-language-city = اختر لغة دليل { $city }
reader-language-not-offered = دليل { $city } غير مكتوب بهذه اللغة: { $language }. اختر إحدى اللغات المكتوب بها:
reader-open-guide = افتح الدليل
reader-loading = جارٍ التحميل…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = الدليل
reader-nav-home = الرئيسية
reader-nav-articles = معلومات عملية
reader-nav-events = فعاليات
reader-nav-search = بحث
reader-sample-city = هذه مدينة تجريبية بمحتوى مُختلَق، لتجربة { app-name }.
reader-offline-ready = متاح دون اتصال، آخر تحديث { $ago }
reader-offline-now = أنت غير متصل. آخر تحديث لهذا الدليل كان { $ago }.
reader-guide-language = لغة الدليل
reader-print-link = اطبع هذا الدليل
reader-offline-banner = أنت غير متصل. أنت تقرأ النسخة المحفوظة على هذا الهاتف.
reader-language-shown-in = دليل { $city } غير مكتوب بهذه اللغة: { $language }. نصوصه معروضة بهذه اللغة: { $guide }.
reader-text-size = حجم النص
reader-text-size-normal = عادي
reader-text-size-large = كبير
reader-text-size-larger = كبير جدًا
reader-fallback-note =
    { $count ->
        [zero] لم يُترجَم بعد: يظهر جزء منه بلغة أخرى: { $languages }.
        [one] لم يُترجَم بعد: يظهر جزء منه بهذه اللغة: { $languages }.
        [two] لم يُترجَم بعد: يظهر جزء منه بهاتين اللغتين: { $languages }.
        [few] لم يُترجَم بعد: يظهر جزء منه بهذه اللغات: { $languages }.
        [many] لم يُترجَم بعد: يظهر جزء منه بهذه اللغات: { $languages }.
       *[other] لم يُترجَم بعد: يظهر جزء منه بهذه اللغات: { $languages }.
    }
reader-problem-offline-title = هذا الدليل ليس على هذا الهاتف بعد
reader-problem-offline = اتصل بالإنترنت مرة واحدة. بعد ذلك يعمل الدليل دون اتصال أيضًا.
reader-offline-missing = أنت غير متصل.
reader-problem-unknown-city-title = المدينة غير موجودة
reader-problem-unknown-city = لا يوجد هنا دليل لهذه المدينة.
reader-problem-unknown-language-title = اللغة غير متاحة
reader-problem-unknown-language = هذا الدليل غير متاح بهذه اللغة. اختر إحدى هذه اللغات:
reader-problem-server-title = تعذّر تحميل الدليل
reader-problem-server = حدث خطأ في الخادم. حاول مرة أخرى لاحقًا.
reader-meta-description = دليل { $city } للقادمين الجدد: أين تجد المساعدة والخدمات والمعلومات العملية والفعاليات، بلغتك، وبدون إنترنت أيضًا.
reader-meta-description-page = { $page }، في دليل { $city } للقادمين الجدد: مساعدة وخدمات ومعلومات وفعاليات بلغتك، وبدون إنترنت أيضًا.

## Guide home

reader-home-title = دليل { $city }
reader-notices = أخبار من المدينة
reader-categories = ماذا تحتاج؟
reader-category-count =
    { $count ->
        [zero] لا توجد أماكن
        [one] مكان واحد
        [two] مكانان
        [few] { $count } أماكن
        [many] { $count } مكانًا
       *[other] { $count } مكان
    }
reader-this-week = هذا الأسبوع
reader-no-events-this-week = لا توجد فعاليات في الأيام السبعة القادمة.
reader-all-events = كل الفعاليات
reader-topics = معلومات
reader-kept-languages = على هذا الهاتف
reader-kept-languages-hint = يعمل الدليل دون إنترنت باللغات المحفوظة على هذا الهاتف.
reader-kept-current = محفوظة (أنت تقرؤها الآن)
reader-kept-add = احفظ أيضًا: { $language }
reader-kept-remove = احذف من هذا الهاتف: { $language }
reader-published-on = نُشر في { $date }
reader-kept-waiting = أنت غير متصل. عند عودة الاتصال سيحفظ الهاتف هذه اللغة أيضًا: { $language }

## Services

reader-service-title = خدمة
reader-status-temporarily-closed = مغلق مؤقتًا.
reader-status-closed = هذه الخدمة أُغلقت.
reader-open-now = مفتوح الآن، يُغلق الساعة { $time }
reader-open-now-all-day = مفتوح الآن، على مدار 24 ساعة
reader-open-all-day = مفتوح 24 ساعة
reader-opens-today = مغلق الآن. يفتح اليوم الساعة { $time }
reader-opens-tomorrow = مغلق الآن. يفتح غدًا الساعة { $time }
reader-opens-on = مغلق الآن. يفتح { $day } الساعة { $time }
reader-by-appointment = بموعد مسبق
reader-no-hours-soon = لا يفتح في الأيام القادمة
reader-hours-unknown = اسأل عن مواعيد العمل
reader-open-to-all = مفتوح للجميع، مهما كانت أوراقك
reader-for-whom = لمن
reader-eligibility = من يمكنه الحضور
reader-cost = التكلفة
reader-free = مجاني
reader-not-free = غير مجاني
reader-languages = اللغات
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = يمكن ترتيب مترجم.
reader-documents = ماذا تحضر معك
reader-hours = مواعيد العمل
reader-today = اليوم
reader-tomorrow = غدًا
reader-closed-day = مغلق
reader-appointment-note = (بموعد مسبق)
reader-where = أين
reader-outreach = أين تجدهم (ويأتون إليك أيضًا)
reader-open-map = افتح في تطبيق الخرائط
reader-open-web-map = افتح الخريطة على openstreetmap.org
reader-contact = التواصل
reader-call = اتصل بالرقم { $phone }
reader-email = اكتب إلى { $email }
reader-website = الموقع: { $site }
reader-share = مشاركة
reader-share-copied = تم نسخ الرابط
reader-last-checked = آخر تحقق في { $date }
reader-listen = استمع
reader-listen-stop = إيقاف
reader-target-everyone = الجميع
reader-target-asylum-seekers-and-refugees = طالبو اللجوء واللاجئون
reader-target-temporary-protection = الأشخاص تحت الحماية المؤقتة
reader-target-undocumented-residents = الأشخاص بلا أوراق
reader-target-women = النساء
reader-target-unaccompanied-minors = الشباب دون 18 سنة بلا مرافق
reader-target-children = الأطفال
reader-target-students = الطلاب

## Articles

reader-articles-title = معلومات عملية
reader-articles-below = المزيد عن هذا
reader-breadcrumbs =
    .aria-label = أنت هنا

## Events

reader-events-title = فعاليات
reader-events-later = لاحقًا
reader-no-events = لا توجد فعاليات في الأسابيع القادمة.
reader-event-cancelled = أُلغيت
reader-event-when = متى
reader-event-next-dates = المواعيد القادمة
reader-event-past = انتهت هذه الفعالية.
reader-organizer = المنظِّم
reader-open-to-residents = الجميع، القادمون الجدد والسكان القدامى
reader-add-to-calendar = أضف إلى تقويمي
reader-register = سجّل
reader-online-link = انضم عبر الإنترنت
reader-subscribe = اشترك في فعاليات المدينة في تقويمي
reader-feed-link = نزّل كل الفعاليات (iCalendar)
reader-events-by-month = فعاليات لاحقة، شهرًا بشهر
reader-no-later-events = لا نعرف بعد فعاليات لاحقة.
reader-events-in-month = { $month } (الفعاليات: { $count })
reader-no-events-month = لا فعاليات هذا الشهر.
reader-events-bad-month = هذا العنوان لا يحدد شهرًا (يجب أن ينتهي بـ ‎?month=2027-01). إليك الأسابيع القادمة.
reader-events-known-until = يعرف هذا الهاتف الفعاليات حتى { $date }. افتح الدليل عبر الإنترنت لاحقًا لترى المزيد.
reader-events-coming-weeks = الأسابيع الأربعة القادمة
reader-events-month-before = قبل ذلك: { $month }
reader-events-month-after = بعد ذلك: { $month }
reader-feed-heading = في تطبيق التقويم لديك

## Search

reader-search-title = بحث
reader-search-label = ابحث في الدليل
reader-search-button = ابحث
reader-search-count =
    { $count ->
        [0] لم يُعثر على شيء عن «{ $query }».
        [zero] لم يُعثر على شيء عن «{ $query }».
        [one] نتيجة واحدة عن «{ $query }».
        [two] نتيجتان عن «{ $query }».
        [few] { $count } نتائج عن «{ $query }».
        [many] { $count } نتيجة عن «{ $query }».
       *[other] { $count } نتيجة عن «{ $query }».
    }
reader-kind-service = خدمة
reader-kind-article = معلومات
reader-kind-event = فعالية

## Print version

reader-print-title = دليل للطباعة
reader-print-heading = دليل { $city }
reader-print-date = طُبع في { $date }. الأمور تتغير: تحقّق من الدليل على الإنترنت.
reader-print-button = اطبع
reader-print-address = هذا الدليل على الإنترنت، محدَّث دائمًا:
reader-print-qr = رمز QR: هذا الدليل على الإنترنت
reader-print-other-days = بعض المواعيد في أيام أخرى (كل بضعة أسابيع أو مرة في الشهر): راجع الدليل على الإنترنت.

## Suggest a correction

reader-suggest-link = اقترح تصحيحًا
reader-suggest-title = اقترح تصحيحًا
reader-suggest-about = بخصوص:
reader-suggest-privacy = لا نعرف من أنت. لا نسألك عن اسمك ولا عن أي شيء يخصك.
reader-suggest-topic = ما الخطأ؟
reader-suggest-message = ماذا يجب أن نعرف؟
reader-suggest-message-hint = من فضلك لا تكتب اسمك أو رقم هاتفك أو أي معلومات شخصية أخرى.
reader-suggest-send = أرسل
reader-suggest-need-topic = اختر ما هو الخطأ.
reader-suggest-need-message = اكتب بضع كلمات عن الخطأ.
reader-suggest-sent = شكرًا. سيتحقق محررو الدليل من ذلك.
reader-suggest-queued = شكرًا. أنت غير متصل: ستُرسَل الرسالة عند عودة الاتصال.
reader-suggest-refused = شكرًا، لكن تعذّر الإرسال: ربما حُذفت الصفحة.
reader-back-to-guide = العودة إلى الدليل

## Status page

status-title = حالة المزامنة
status-connection-label = الاتصال بالخادم
status-connected = متصل
status-connecting = جارٍ الاتصال…
status-offline = غير متصل
status-offline-hint = أنت غير متصل. تبقى تغييراتك على هذا الجهاز وتُرسَل عند عودة الاتصال.
status-waiting =
    { $count ->
        [0] لا شيء على هذا الجهاز ينتظر الإرسال.
        [1] تغيير واحد محفوظ على هذا الجهاز وينتظر الإرسال.
       *[other] التغييرات المحفوظة على هذا الجهاز والتي تنتظر الإرسال: { $count }.
    }
status-signed-out = لم تسجّل الدخول
status-signed-out-hint = لا يزامن المستندات مع الخادم إلا المحررون المسجّلون. قراءة الدليل لا تحتاج إلى حساب.
status-sign-in = سجّل الدخول للمزامنة

## Not found

not-found-title = الصفحة غير موجودة
not-found-body = لا يوجد شيء في هذا العنوان.
not-found-home = اذهب إلى الصفحة الرئيسية

## Forms and errors shared by the pages

passphrase-show = إظهار عبارة المرور
error-offline = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
error-server = حدث خطأ في الخادم. حاول مرة أخرى لاحقًا.
error-bad-request = لم يقبل الخادم هذا الطلب. تحقّق مما أدخلته وحاول مرة أخرى.
error-forbidden = غير مسموح لك بهذا.
error-unauthenticated = تم تسجيل خروجك. سجّل الدخول مرة أخرى للمتابعة.
error-unexpected = حدث خطأ ما. حاول مرة أخرى.
error-page-not-loaded = تعذّر تحميل هذه الصفحة. تحقّق من اتصالك وحاول مرة أخرى.
error-too-many-attempts-seconds =
    محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }.
error-too-many-attempts-minutes =
    محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }.

## Roles

-role-volunteer = متطوّع
-role-translator = مترجم
-role-editor = محرّر
-role-group_member = عضو في مجموعة
-role-group_moderator = مشرف على مجموعة
-role-city_admin = مدير المدينة
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
        [group] { role-name }، المجموعة «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } في { $city }
role-label = الدور
role-group-label = المجموعة
role-group-hint = إحدى مجموعات الأرشيف التي تشرف عليها في هذه المدينة.
role-group-missing = اختر مجموعة.
role-group-unknown = لا توجد في هذه المدينة مجموعة أرشيف بهذا الاسم المختصر.
role-languages-label = اللغات
role-languages-hint = رموز اللغات مفصولة بفواصل، مثل: ar, uk, fa-AF.
role-languages-missing = أدخل رمز لغة واحدًا على الأقل.
role-languages-invalid = أحد هذه ليس رمز لغة. استخدم رموزًا مثل ar أو uk أو fa-AF.

## Sign-in page

sign-in-title = تسجيل الدخول
sign-in-intro = للمتطوعين والمحررين والمترجمين وموظفي المدينة. قراءة الدليل لا تحتاج إلى حساب.
sign-in-name = الاسم
sign-in-passphrase = عبارة المرور
sign-in-submit = تسجيل الدخول
sign-in-name-missing = أدخل اسمك.
sign-in-passphrase-missing = أدخل عبارة المرور.
sign-in-invalid = الاسم أو عبارة المرور غير صحيحة.
sign-in-no-account = ليس لديك حساب؟ تُنشأ الحسابات بدعوة: اطلب رابطًا من مدير مدينتك.
sign-in-already = أنت مسجّل الدخول باسم { $name }.
sign-in-continue = متابعة
sign-in-account = حسابك

## Invitation page

invite-title = دعوة
invite-loading = جارٍ التحقق من الدعوة…
invite-not-found = رابط الدعوة هذا لا يعمل. ربما استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا من الشخص الذي دعاك.
invite-home = اذهب إلى الصفحة الرئيسية
invite-for = أنت مدعو إلى { $city } بالدور: { role-grant }.
invite-expires = هذه الدعوة صالحة حتى { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = أنت مسجّل الدخول باسم { $name }. قبول هذه الدعوة ينشئ حسابًا جديدًا ويسجّل دخولك به.
invite-name = اسمك
invite-name-hint = يرى هذا الاسمَ من تعمل معهم. لا يلزم أن يكون اسمك الحقيقي: الاسم المستعار مقبول.
invite-name-missing = اختر اسمًا.
invite-name-too-long = هذا الاسم طويل جدًا: 64 حرفًا على الأكثر.
invite-name-taken = هذا الاسم مستخدم من قبل. اختر اسمًا آخر.
invite-passphrase = عبارة المرور
invite-passphrase-hint = 10 أحرف على الأقل. بضع كلمات لا علاقة بينها سهلة التذكر وصعبة التخمين.
invite-passphrase-confirm = عبارة المرور مرة أخرى
invite-passphrase-too-short = عبارة المرور قصيرة جدًا: 10 أحرف على الأقل.
invite-passphrase-too-long = عبارة المرور طويلة جدًا: 1024 حرفًا على الأكثر.
invite-passphrase-mismatch = عبارتا المرور غير متطابقتين.
invite-submit = أنشئ حسابي

## Account page

account-title = حسابك
account-loading = جارٍ تحميل حسابك…
account-not-signed-in = لم تسجّل الدخول.
account-signed-out = لقد سجّلت الخروج.
account-sign-in = تسجيل الدخول
account-signed-in-as = أنت مسجّل الدخول باسم { $name }.
account-offline = أنت غير متصل: هذا ما يتذكره الجهاز. تحتاج الجلسات وتسجيل الخروج إلى اتصال.
account-roles-title = أدوارك
account-no-roles = ليس لديك أي دور بعد.
account-manage-city = إدارة { $city }
account-sessions-title = أين سجّلت الدخول
account-sessions-loading = جارٍ التحميل…
account-session-current = هذا الجهاز
account-session-other = جهاز آخر
account-session-times = سجّل الدخول في { DATETIME($created, dateStyle: "medium", timeStyle: "short") }، آخر نشاط في { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = تسجيل الخروج
account-session-ended = تم تسجيل خروج ذلك الجهاز.
account-sign-out-everywhere = تسجيل الخروج من كل مكان
account-sign-out = تسجيل الخروج

## City administration page

admin-title = إدارة المدينة
admin-heading = إدارة { $city }
admin-loading = جارٍ التحميل…
admin-offline = أنت غير متصل. إدارة المدينة تحتاج إلى اتصال.
admin-not-signed-in = سجّل الدخول لإدارة مدينة.
admin-sign-in = تسجيل الدخول
admin-not-admin = لست مديرًا لـ { $city }.
admin-invite-title = دعوة شخص
admin-invite-intro = رابط الدعوة لشخص واحد: يعمل مرة واحدة، ومن يفتحه يستطيع إنشاء الحساب. أرسله بشكل خاص.
admin-invite-submit = إنشاء رابط دعوة
admin-invite-created = تم إنشاء رابط الدعوة.
admin-invite-link-label = رابط الدعوة
admin-invite-about = للدور: { role-grant }. صالح حتى { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = نسخ الرابط
admin-invite-share = مشاركة الرابط
admin-invite-copied = تم نسخ الرابط.
admin-invite-copy-failed = تعذّر النسخ. الرابط محدّد: انسخه بنفسك.
admin-members-title = الأعضاء
admin-members-none = لا يوجد أعضاء بعد.
admin-member-name =
    { $you ->
        [yes] { $name } (أنت)
       *[no] { $name }
    }
admin-member-revoked = تم سحب الوصول
admin-member-no-roles = لا أدوار
admin-member-edit = تغيير الأدوار
admin-member-revoke = سحب الوصول
admin-roles-heading = أدوار { $name }
admin-role-remove = إزالة
admin-role-add-title = إضافة دور
admin-role-add = أضف الدور
admin-role-duplicate = لدى هذا الشخص هذا الدور من قبل.
admin-roles-save = حفظ الأدوار
admin-roles-cancel = إلغاء
admin-roles-saved = تم حفظ أدوار { $name }.
admin-revoke-question = سحب الوصول من { $name }؟
admin-revoke-explain = سيُسجَّل خروج { $name } من كل الأجهزة ولن يتمكن من تسجيل الدخول بعد الآن.
admin-revoke-confirm = سحب الوصول
admin-revoke-cancel = إلغاء
admin-revoked = تم سحب الوصول من { $name }.

## Suggestions queue (editors)

suggestions-title = اقتراحات القرّاء
suggestions-heading = اقتراحات لمدينة { $city }
suggestions-intro = يرسل القرّاء هذه الاقتراحات دون ذكر أسمائهم عندما يكون في الدليل خطأ. تحقّق منها، وصحّح العنصر إن لزم، ثم علّم الاقتراح على أنه تمّ.
suggestions-loading = جارٍ التحميل…
suggestions-not-signed-in = سجّل الدخول لترى الاقتراحات التي أرسلها القرّاء.
suggestions-sign-in = تسجيل الدخول
suggestions-not-allowed = لا يرى اقتراحات { $city } إلا محرروها ومديروها.
suggestions-unknown-city = لا توجد مدينة باسم «{ $city }».
suggestions-show-done = اعرض أيضًا الاقتراحات التي تمّت
suggestions-list-title = الاقتراحات
suggestions-none-open = لا توجد اقتراحات مفتوحة.
suggestions-none = لا توجد اقتراحات بعد.
suggestions-about-item = بخصوص: { $title }
suggestions-about-unpublished = بخصوص عنصر لم يعد منشورًا
suggestions-about-guide = بخصوص الدليل عمومًا
suggestions-no-message = لم يكتب القارئ أي رسالة.
suggestions-received = وصل في { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · اللغة: { LANGUAGES($language) }
suggestions-resolved = تمّ في { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = علّم على أنه تمّ
suggestions-marked-done = تم تعليم الاقتراح على أنه تمّ.
suggestion-topic-closed = أُغلق أو لم يعد موجودًا
suggestion-topic-hours = مواعيد العمل خاطئة
suggestion-topic-address = العنوان خاطئ
suggestion-topic-contact = رقم الهاتف أو وسيلة تواصل أخرى خاطئة
suggestion-topic-translation = الترجمة خاطئة أو ناقصة
suggestion-topic-other = شيء آخر

## Editing app

editor-page-title = تحرير الدليل
editor-title = تحرير: { $city }
editor-signed-out = سجّل الدخول لتحرير الدليل.
editor-progress = المستندات على هذا الجهاز: { $loaded } من { $total }
editor-filter = تصفية
editor-events = فعاليات
editor-services = خدمات
editor-new-event = فعالية جديدة
editor-back = العودة إلى القائمة
editor-untitled = (بلا عنوان بعد)
editor-sync-offline =
    { $count ->
        [0] محفوظ على هذا الجهاز. أنت غير متصل.
        [zero] محفوظ على هذا الجهاز. أنت غير متصل.
        [one] محفوظ على هذا الجهاز، وتغيير واحد ينتظر الإرسال.
        [two] محفوظ على هذا الجهاز، وتغييران ينتظران الإرسال.
        [few] محفوظ على هذا الجهاز. تغييرات تنتظر الإرسال: { $count }.
        [many] محفوظ على هذا الجهاز. تغييرات تنتظر الإرسال: { $count }.
       *[other] محفوظ على هذا الجهاز. تغييرات تنتظر الإرسال: { $count }.
    }
editor-sync-sending =
    { $count ->
        [one] جارٍ إرسال تغيير واحد…
        [two] جارٍ إرسال تغييرين…
        [few] جارٍ إرسال { $count } تغييرات…
        [many] جارٍ إرسال { $count } تغييرًا…
       *[other] جارٍ إرسال { $count } تغيير…
    }
editor-sync-synced = تمت المزامنة { $ago }
editor-sync-sent =
    { $count ->
        [1] أُرسل تغيير واحد. تمت المزامنة { $ago }
       *[other] التغييرات المُرسلة: { $count }. تمت المزامنة { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] انتهت جلستك. سجّل الدخول مرة أخرى لمواصلة المزامنة.
        [zero] انتهت جلستك. سجّل الدخول مرة أخرى لمواصلة المزامنة.
        [one] انتهت جلستك. تغييرك محفوظ على هذا الجهاز: سجّل الدخول مرة أخرى لإرساله.
        [two] انتهت جلستك. تغييراك محفوظان على هذا الجهاز: سجّل الدخول مرة أخرى لإرسالهما.
        [few] انتهت جلستك. عدد تغييراتك المحفوظة على هذا الجهاز: { $count }. سجّل الدخول مرة أخرى لإرسالها.
        [many] انتهت جلستك. عدد تغييراتك المحفوظة على هذا الجهاز: { $count }. سجّل الدخول مرة أخرى لإرسالها.
       *[other] انتهت جلستك. عدد تغييراتك المحفوظة على هذا الجهاز: { $count }. سجّل الدخول مرة أخرى لإرسالها.
    }
editor-sync-sign-in = سجّل الدخول مرة أخرى
editor-hint-plain = اكتب جملًا قصيرة. فكرة واحدة في كل جملة. استعمل كلمات يعرفها الناس.
editor-hint-title = قل ما هو، بكلمات قليلة. مثلًا: مقهى اللغات.
editor-minor-edit = تصحيح صغير (إملاء، خطأ في الكتابة): تبقى الترجمات محدَّثة
editor-conflict =
    { $count ->
        [one] غيّر شخصان هذا في الوقت نفسه. اختر القيمة الصحيحة:
        [two] غيّر شخصان هذا في الوقت نفسه. اختر القيمة الصحيحة:
        [few] غيّر عدة أشخاص هذا في الوقت نفسه (عدد القيم: { $count }). اختر القيمة الصحيحة:
        [many] غيّر عدة أشخاص هذا في الوقت نفسه (عدد القيم: { $count }). اختر القيمة الصحيحة:
       *[other] غيّر عدة أشخاص هذا في الوقت نفسه (عدد القيم: { $count }). اختر القيمة الصحيحة:
    }
editor-conflict-keep = الإبقاء على: «{ $value }»
editor-event-title = العنوان
editor-event-description = الوصف
editor-event-type = نوع الفعالية
editor-event-type-workshop = ورشة عمل
editor-event-type-language-cafe = مقهى اللغات
editor-event-type-festival = مهرجان
editor-event-type-commemoration = إحياء ذكرى
editor-event-type-job-fair = معرض توظيف
editor-event-type-sport = رياضة
editor-event-type-information-session = جلسة تعريفية
editor-event-type-other = غير ذلك
editor-event-start = تبدأ
editor-event-end = تنتهي
editor-event-place = المكان
editor-place-name = اسم المكان
editor-place-street = الشارع والرقم
editor-place-postal-code = الرمز البريدي
editor-place-locality = المدينة أو البلدة
editor-event-organizer = المنظِّم
editor-event-free = مجاني
editor-event-cancelled = أُلغيت الفعالية كلها
editor-repeat = التكرار
editor-repeat-kind = مدى التكرار
editor-repeat-none = لا تتكرر
editor-repeat-weekly = كل أسبوع
editor-repeat-monthly = كل شهر
editor-repeat-custom = قاعدة أخرى (RRULE)
editor-repeat-days =
    .aria-label = في هذه الأيام
editor-repeat-nth = الترتيب
editor-repeat-weekday = اليوم
editor-repeat-until = حتى (اختياري)
editor-repeat-rule = القاعدة
editor-nth-1 = الأول
editor-nth-2 = الثاني
editor-nth-3 = الثالث
editor-nth-4 = الرابع
editor-nth-last = الأخير
editor-weekday-mo = الاثنين
editor-weekday-tu = الثلاثاء
editor-weekday-we = الأربعاء
editor-weekday-th = الخميس
editor-weekday-fr = الجمعة
editor-weekday-sa = السبت
editor-weekday-su = الأحد
editor-cancelled-dates = المواعيد الملغاة
editor-cancel-date-label = إلغاء موعد واحد
editor-cancel-date = ألغِ هذا الموعد
editor-restore-date = إعادة الموعد: { $date }
editor-quick-hint = يعمل دون إنترنت. تُرسَل الفعالية عند عودة الاتصال.
editor-quick-date = التاريخ
editor-quick-start = تبدأ الساعة
editor-quick-end = تنتهي الساعة
editor-quick-save = احفظ الفعالية
editor-quick-missing = املأ العنوان والتاريخ والأوقات.
editor-service-name = الاسم
editor-service-description = ما هي الخدمة
editor-service-eligibility = من يمكنه الحضور
editor-service-documents = ماذا تحضر معك
editor-service-status = الحالة
editor-service-status-active = مفتوح
editor-service-status-temporarily-closed = مغلق مؤقتًا
editor-service-status-closed = مغلق نهائيًا
editor-service-organization = الجهة التي تقدّمها
editor-service-categories = الفئات
editor-service-target-groups = لمن هي
editor-service-open-to-all = مفتوحة للجميع، مهما كانت أوراقهم
editor-service-fee = السعر، إن لم تكن مجانية
editor-service-languages = اللغات التي يتحدثها الفريق
editor-service-language-other = لغة أخرى
editor-service-language-hint = رمز اللغة، مثلًا ti أو prs أو pt-BR.
editor-service-language-add = إضافة اللغة
editor-service-language-invalid = هذا ليس رمز لغة. اكتب رمزًا مثل ti أو prs أو pt-BR.
editor-service-contacts = التواصل
editor-service-phones = أرقام الهاتف
editor-service-phone = رقم الهاتف { $number }
editor-service-phone-new = رقم هاتف جديد
editor-service-phone-add = إضافة الرقم
editor-service-phone-remove = حذف { $phone }
editor-service-phone-invalid = اكتب رقم هاتف: أرقام ومسافات و + فقط. مثلًا +32 4 123 45 67.
editor-service-email = البريد الإلكتروني
editor-service-email-invalid = هذا ليس عنوان بريد إلكتروني. مثلًا: info@example.org
editor-service-website = الموقع الإلكتروني
editor-service-website-invalid = اكتب العنوان كاملًا، يبدأ بـ https://
editor-service-verified = آخر تحقق
editor-service-verified-never = لم يتحقق أحد من هذه الخدمة بعد.
editor-service-verified-value = تحقق منها { $name } في { $date }
editor-service-verify = تم التحقق اليوم
editor-service-locations = الأماكن
editor-service-location = المكان { $number }
editor-service-location-none = لا يوجد مكان بعد.
editor-service-location-add = إضافة مكان
editor-service-location-remove = حذف هذا المكان
editor-location-region = المنطقة
editor-location-country = البلد (حرفان، مثلًا BE)
editor-location-country-invalid = اكتب رمز البلد المكوّن من حرفين، مثلًا BE.
editor-location-latitude = خط العرض (اختياري)
editor-location-longitude = خط الطول (اختياري)
editor-location-latitude-invalid = اكتب رقمًا من ‎-90 إلى 90، مثلًا 50.63.
editor-location-longitude-invalid = اكتب رقمًا من ‎-180 إلى 180، مثلًا 5.57.
editor-location-outreach = يذهبون أيضًا إلى الناس (خدمة متنقلة أو ميدانية)
editor-service-schedules = ساعات العمل
editor-schedule = المواعيد { $number }
editor-schedule-none = لا توجد ساعات عمل بعد.
editor-schedule-add = إضافة ساعات عمل
editor-schedule-remove = حذف هذه المواعيد
editor-schedule-days = الأيام
editor-schedule-rule-hint = فقط لما لا تستطيع الأيام التعبير عنه، مثلًا FREQ=MONTHLY;BYDAY=1TU لأول ثلاثاء من كل شهر. اتركه فارغًا لاستخدام الأيام.
editor-schedule-rule-invalid = لا يمكن استخدام هذه القاعدة. اكتب قاعدة مثل FREQ=WEEKLY;BYDAY=MO,TU بدون «RRULE:».
editor-schedule-opens = تفتح الساعة
editor-schedule-closes = تغلق الساعة
editor-schedule-overnight = تغلق في اليوم التالي (مفتوحة بعد منتصف الليل)
editor-schedule-times-invalid = يجب أن يكون وقت الإغلاق بعد وقت الفتح. للساعات بعد منتصف الليل، اختر «تغلق في اليوم التالي».
editor-schedule-valid-from = من (اختياري)
editor-schedule-valid-to = حتى (اختياري)
editor-schedule-valid-invalid = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
editor-schedule-closed-dates = مغلقة في
editor-schedule-closed-date-label = يوم تكون فيه مغلقة
editor-schedule-closed-date-add = إضافة يوم إغلاق
editor-schedule-closed-date-remove = مفتوحة من جديد في { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }، بموعد مسبق
editor-schedule-no-days = لم يتم اختيار أيام
editor-schedule-no-hours = لا ساعات بعد
editor-new-service = خدمة جديدة
editor-new-service-hint = ابدأ بالاسم. تكمل الباقي في الشاشة التالية. يعمل دون إنترنت.
editor-new-service-create = إنشاء الخدمة
editor-new-service-missing = اكتب اسم الخدمة.
editor-publishing = النشر
editor-publish-hint = يرى القرّاء النسخة المنشورة فقط. تبقى تغييراتك اللاحقة مسودات حتى تنشر مرة أخرى.
editor-publish = انشر هذه النسخة
editor-unpublish = ألغِ النشر
editor-published = نُشرت. يرى القرّاء الآن هذه النسخة.
editor-draft-badge = مسودة غير منشورة
editor-publication-published = منشور: يرى القرّاء هذه النسخة.
editor-publication-draft = مسودة غير منشورة: يرى القرّاء آخر نسخة منشورة حتى تُنشر هذه النسخة.
editor-publication-unpublished = مسودة غير منشورة: لا يرى القرّاء هذا العنصر حتى يُنشر.
editor-unpublished = أُلغي النشر. لم يعد القرّاء يرونه.
editor-publish-not-synced = هذه النسخة ليست على الخادم بعد. انتظر حتى تتم المزامنة، ثم انشر.
editor-publish-offline = أنت غير متصل. انشر عند عودة الاتصال.
editor-publish-not-publishable = لم يُنشر: هذه النسخة ليست عنصرًا كاملًا بعد. انتظر حتى تتم المزامنة، وتحقّق من حقولها، ثم انشر من جديد.
editor-publish-invalid-content = لم يُنشر: صحّح { $field } أولًا.
editor-publish-link-invalid = يجب أن يؤدي الرابط إلى صفحة في هذا الموقع (يبدأ بـ / واحدة) أو إلى عنوان كامل يبدأ بـ https://.
editor-preview = معاينة: ما سيراه القرّاء
editor-preview-hint = النسخة التي يراها القرّاء الآن، مقارنةً بمسودتك. انشر ليرى القرّاء المسودة.
editor-preview-not-published = لم يُنشر بعد: لا يرى القرّاء شيئًا. بعد النشر سيرون هذا:
editor-preview-same = يرى القرّاء هذه النسخة نفسها (تاريخ النشر: { $when }).
editor-preview-changed =
    { $count ->
        [zero] لا يختلف أي حقل عمّا يراه القرّاء (تاريخ النشر: { $when }):
        [one] حقل واحد يختلف عمّا يراه القرّاء (تاريخ النشر: { $when }):
        [two] حقلان يختلفان عمّا يراه القرّاء (تاريخ النشر: { $when }):
        [few] { $count } حقول تختلف عمّا يراه القرّاء (تاريخ النشر: { $when }):
        [many] { $count } حقلًا يختلف عمّا يراه القرّاء (تاريخ النشر: { $when }):
       *[other] { $count } حقل يختلف عمّا يراه القرّاء (تاريخ النشر: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [zero] لا يوجد حقل دون تغيير
        [one] حقل واحد دون تغيير
        [two] حقلان دون تغيير
        [few] { $count } حقول دون تغيير
        [many] { $count } حقلًا دون تغيير
       *[other] { $count } حقل دون تغيير
    }
editor-preview-unknown = اتصل بالإنترنت مرة واحدة لترى ما يراه القرّاء.
editor-preview-unavailable = النسخة المنشورة ليست على هذا الجهاز بعد. انتظر حتى تتم المزامنة.
editor-diff-removed = محذوف:
editor-diff-added = مُضاف:
editor-history = السجل
editor-history-hint = من غيّر ماذا، ومتى. يمكنك إعادة قيمة سابقة.
editor-history-none = لا تغييرات بعد.
editor-history-unknown-author = مستورد
editor-history-other-field = معلومة أخرى ({ $field })
editor-history-restore = أعِد هذه القيمة
editor-history-current = هذه هي القيمة الحالية.
editor-history-empty = (فارغ)
editor-history-yes = نعم
editor-history-no = لا
editor-history-field-order = الترتيب في قائمة المقالات
editor-translate-link = ترجمة
editor-suggestions-link = اقتراحات القرّاء
editor-suggestions-open = المفتوحة: { $count }
editor-translate-title = الترجمات
editor-translate-no-languages = ليست لديك في هذه المدينة أي لغة تترجم إليها.
editor-translate-language = الترجمة إلى
editor-translate-status = عرض
editor-translate-all = الكل
editor-translate-back = العودة إلى الترجمات
editor-translate-progress = { $language }: { $done } من { $total } محدَّثة
editor-status-missing = ناقصة
editor-status-outdated = قديمة
editor-status-machine = ترجمة آلية
editor-status-up-to-date = محدَّثة
editor-status-incomplete = مترجمة جزئيًا
editor-translate-source-changed = تغيّر النص الأصلي منذ إعداد هذه الترجمة. ما تغيّر معلَّم فوق كل حقل.
editor-translate-source-changed-unknown = تغيّر النص الأصلي منذ إعداد هذه الترجمة. لا يستطيع هذا الجهاز عرض ما تغيّر: قارن كل نص بالأصل.
editor-translate-what-changed = ما تغيّر في الأصل:
editor-translate-finish = الإنهاء
editor-translate-left = نصوص لم تُترجم بعد: { $count }
editor-translate-all-translated = كل النصوص مترجمة. راجعها مع الأصل، ثم علِّم الترجمة على أنها منتهية.
editor-translate-done = تعليم على أنها منتهية
editor-translate-not-done = ترجم كل النصوص أولًا. ما زال فارغًا: { $count }
editor-translate-marked-done = عُلِّمت على أنها منتهية. هي محفوظة على هذا الجهاز وتُرسل إلى الخادم مع تغييراتك الأخرى.
editor-translate-publish = نشر الترجمة
editor-translate-publish-hint = يرى القرّاء الترجمة بعد نشرها، مع نسخة العنصر التي يرونها الآن.
editor-translate-editor-publishes = يرى القرّاء الترجمة بعد أن ينشرها أحد المحرّرين.
editor-translate-publish-not-done = علِّم الترجمة على أنها منتهية أولًا.
editor-translate-item-unpublished = العنصر نفسه غير منشور بعد. سيرى القرّاء الترجمة عند نشره.
editor-translate-published = نُشرت. يرى القرّاء هذه الترجمة الآن.
editor-field-name = الاسم
editor-field-title = العنوان
editor-field-description = الوصف
editor-field-body = النص
editor-field-eligibility = من يمكنه الحضور
editor-field-documents_needed = ماذا تحضر معك
editor-field-fee = التكلفة
editor-field-accessibility = إمكانية الوصول
editor-field-notes = ملاحظات عن مواعيد العمل

## Guide articles and city settings

editor-new-article = مقال جديد
editor-settings-link = إعدادات المدينة
editor-articles = مقالات الدليل
editor-move-up = تحريك للأعلى
    .aria-label = تحريك للأعلى: { $title }
editor-move-down = تحريك للأسفل
    .aria-label = تحريك للأسفل: { $title }
editor-article-title = العنوان
editor-article-body = النص
editor-article-markdown-hint = التنسيق: سطر فارغ بين الفقرات؛ «## » في بداية السطر لعنوان؛ «- » أو «1. » لقائمة؛ يُكتب الرابط هكذا [كلمات](https://example.org).
editor-article-parent = يقع تحت
editor-article-top-level = المستوى الأعلى (ليس تحت أي مقال)
editor-article-notice = إشعار في الصفحة الرئيسية حتى (اختياري)
editor-article-notice-hint = حتى هذا التاريخ، تعرض الصفحة الرئيسية للدليل المقال كإشعار من المدينة. اتركه فارغًا لمقال عادي.
editor-hint-title-article = قل موضوعه في كلمات قليلة. مثلًا: أيامك الأولى.
editor-article-create = إنشاء المقال
editor-article-title-missing = اكتب عنوانًا أولًا.
editor-article-cannot-create = يمكن للمحررين فقط إضافة مقالات.
editor-settings-title = إعدادات المدينة
editor-settings-live = يرى القراء التغييرات هنا فورًا. لا توجد خطوة نشر.
editor-settings-read-only = لا يمكنك تغيير إعدادات المدينة. يمكن ذلك للمحررين فقط.
editor-categories = الفئات
editor-categories-hint = يرى القراء الفئات بهذا الترتيب. إذا كان الاسم فارغًا، يرى القراء الاسم باللغة البديلة.
editor-category-icon = الأيقونة
editor-category-name = الاسم بـ { $language } ({ $tag })
editor-category-add-title = فئة جديدة
editor-category-add-name = الاسم بـ { $language }
editor-category-add = إضافة الفئة
editor-category-name-missing = اكتب اسم الفئة أولًا.
editor-category-remove-question = هل تريد حذف «{ $name }»؟ عدد الخدمات التي تستخدمها: { $count }.
editor-remove = حذف
    .aria-label = حذف: { $name }
editor-remove-confirm = نعم، احذف «{ $name }»
editor-remove-cancel = إلغاء
editor-icon-heart = قلب
editor-icon-house = منزل
editor-icon-scales = ميزان
editor-icon-briefcase = حقيبة
editor-icon-book = كتاب
editor-icon-family = عائلة
editor-icon-bowl = وعاء
editor-icon-people = أشخاص
editor-icon-woman = امرأة
editor-icon-star = نجمة
editor-icon-search = عدسة مكبرة
editor-icon-calendar = تقويم
editor-icon-clock = ساعة
editor-icon-pin = دبوس خريطة
editor-icon-phone = هاتف
editor-icon-share = مشاركة
editor-icon-print = طابعة
editor-icon-speaker = مكبر صوت
editor-icon-article = مستند
editor-icon-offline = لا اتصال
editor-icon-check = علامة صح
editor-icon-flag = علم
editor-languages = اللغات
editor-languages-hint = اللغات التي يمكن للقراء اختيارها. النص غير المترجم بعد يظهر باللغة البديلة.
editor-language-direction = اتجاه الكتابة
editor-direction-ltr = من اليسار إلى اليمين
editor-direction-rtl = من اليمين إلى اليسار
editor-language-source = لغة المصدر: يُكتب المحتوى بها أولًا.
editor-language-fallback = اللغة البديلة
editor-language-fallback-hint = ما يراه قراء هذه اللغة عندما لا يكون النص مترجمًا بعد.
editor-language-no-fallback = لا شيء
editor-language-fallback-cycle = هذا يصنع حلقة: تلك اللغة تعود أصلًا إلى هذه. اختر لغة أخرى.
editor-language-remove-question = هل تريد حذف { $language }؟ سيختار قراؤها لغة أخرى. تبقى الترجمات محفوظة.
editor-language-add-title = لغة جديدة
editor-language-add-tag = رمز اللغة (BCP 47)
editor-language-add-hint = مثلًا: ti (التغرينية)، pt-BR (البرتغالية البرازيلية).
editor-language-add = إضافة اللغة
editor-language-invalid = «{ $tag }» ليس رمز لغة. اكتب رمزًا مثل ti أو pt-BR.
editor-language-present = المدينة تقدم { $language } بالفعل.

## The multivoiced archive

reader-archive-title = أصوات الوصول
reader-archive-intro = حكايات أناس جاؤوا إلى هذه المدينة، بكلماتهم هم. كل صوت لصاحبه؛ وليس أيٌّ منها الرواية الرسمية.
reader-archive-link = اقرأ أصوات الوصول
reader-archive-empty = لم يُنشر هنا شيء بعد.
reader-archive-unavailable = تعذّر تحميل الأصوات. حاول لاحقًا.
reader-archive-offline = أنت غير متصل. أصوات الوصول تحتاج إلى اتصال.
reader-archive-anonymous = مجهول الاسم
reader-archive-speaks-about = يتحدث عن:
reader-archive-translated = ترجمتها المجموعة من { $language }
reader-archive-in-language = باللغة: { $language }
reader-archive-original = اعرض الكلمات الأصلية
reader-archive-recording =
    .aria-label = تسجيل هذا الصوت
archive-page-title = الأرشيف
archive-title = أرشيف المجموعة { $group }
archive-open = افتح الأرشيف
archive-not-member = لست عضوًا في مجموعة الأرشيف هذه.
archive-intro = حكايات وصول كتبتها المجموعة وسجّلتها. يبقى كل صوت لصاحبه: هو وحده يقرّر من يراه وبأيّ اسم يُذكر.
archive-entries = الحكايات
archive-no-entries = لا حكايات بعد.
archive-voice-count =
    { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $count } أصوات
        [many] { $count } صوتًا
       *[other] { $count } صوت
    }
archive-state-published = منشورة
archive-state-unpublished = غير منشورة
archive-theme = الموضوع
archive-guide-links = صفحات الدليل التي يتحدث عنها
archive-theme-arrival = الوصول
archive-theme-first-contact-with-services = أول تواصل مع الخدمات
archive-theme-housing = السكن
archive-theme-work = العمل
archive-theme-family = العائلة
archive-theme-belonging = الانتماء
archive-theme-the-future = المستقبل
archive-theme-other = غير ذلك
archive-entry-title = العنوان
archive-entry-title-missing = اكتب عنوانًا.
archive-cities = المدن التي تتحدث عنها
archive-cities-hint = بعد النشر يستطيع قرّاء أدلّة هذه المدن قراءتها.
archive-new-entry = حكاية جديدة
archive-new-entry-create = أنشئ الحكاية
archive-back = العودة إلى الأرشيف
archive-entry-missing = هذه الحكاية ليست على هذا الجهاز بعد. إن كانت قد أُنشئت للتوّ فانتظر حتى تتم المزامنة.
archive-voices = الأصوات
archive-no-voices = لا صوت بعد.
archive-add-voice = أضف صوتي
archive-add-voice-hint = اكتب بكلماتك، أو سجّل صوتك، أو الاثنين معًا. يُحفظ على هذا الجهاز فورًا ويُرسل حين تكون متصلًا.
archive-voice-language = اللغة التي تتحدث بها
archive-add-voice-create = أضف صوتي
archive-voice-yours = صوتك
archive-voice-of = صوت { $name }
archive-voice-unknown = صوت من المجموعة
archive-voice-in = باللغة: { $language }
archive-voice-text = الكلمات
archive-voice-text-hint = ما كُتب، أو تفريغ التسجيل نصًّا.
archive-recording = التسجيل
archive-record = سجّل
archive-record-stop = أوقف
archive-record-discard = احذف التسجيل
archive-record-play =
    .aria-label = استمع إلى التسجيل
archive-recording-none = لا تسجيل.
archive-recording-recording = جارٍ التسجيل…
archive-recording-waiting = سُجّل، وينتظر الرفع. يبقى على هذا الجهاز حتى ذلك الحين.
archive-recording-uploaded = رُفع.
archive-recording-refused-too-large = هذا التسجيل كبير جدًا: يقبل الأرشيف حتى 25 ميغابايت. سجّل تسجيلًا أقصر أو اختر ملفًا أصغر.
archive-recording-refused-wrong-type = لا يقبل الأرشيف هذا الملف: يقبل الصوت بصيغة WebM أو Ogg فقط.
archive-audio-file = أو اختر ملفًا صوتيًا من هذا الجهاز
archive-audio-file-hint = صوت بصيغة WebM أو Ogg، حتى 25 ميغابايت. يُزال عنوانه وبياناته الأخرى عند رفعه.
archive-recording-no-microphone = تعذّر استخدام أي ميكروفون. اسمح لهذا الموقع باستخدام الميكروفون، أو اكتب كلماتك.
archive-photo = صورة
archive-photo-choose = أضف صورة
archive-photo-hint = JPEG أو PNG أو WebP، حتى 10 ميغابايت. يُزال موقعها (GPS) وبيانات الكاميرا عند رفعها.
archive-photo-description = ما تُظهره الصورة (لمن لا يستطيع رؤيتها)
archive-photo-remove = احذف الصورة
archive-photo-none = لا توجد صورة.
archive-photo-waiting = في انتظار الرفع. تبقى على هذا الجهاز حتى ذلك الحين.
archive-photo-uploaded = رُفعت، بلا موقعها وبيانات الكاميرا.
archive-photo-refused-too-large = هذه الصورة كبيرة جدًا: يقبل الأرشيف صورًا حتى 10 ميغابايت.
archive-photo-refused-wrong-type = لا يقبل الأرشيف هذا الملف: يقبل صور JPEG أو PNG أو WebP فقط.
archive-translations = الترجمات
archive-translation-language = ترجم إلى
archive-translation-add = أضف ترجمة
archive-translation-text = ترجمة إلى { $language }، بقلم { $by }
archive-translation-text-own = الترجمة إلى { $language }، من صاحب الصوت
archive-consent-title = موافقتك
archive-consent-unavailable = يمكنك أن تختار من يرى صوتك بعد أن يصل إلى الخادم (حين تكون متصلًا). حتى ذلك الحين لا تراه إلا المجموعة، ومن دون اسمك.
archive-consent-visibility = من يحق له رؤية صوتك
archive-visibility-group = المجموعة فقط
archive-visibility-city-editors = المجموعة ومحرّرو المدينة
archive-visibility-public = الجميع، بعد أن ينشر أحد المشرفين الحكاية
archive-consent-naming = كيف تُذكر
archive-naming-name = باسمي ({ $name })
archive-naming-pseudonym = باسم مستعار
archive-naming-anonymous = لا أُذكر إطلاقًا (مجهول الاسم)
archive-pseudonym = الاسم المستعار
archive-pseudonym-missing = اكتب الاسم المستعار الذي تريد أن تُذكر به.
archive-consent-save = احفظ اختياري
archive-consent-saving = جارٍ الحفظ…
archive-consent-saved = حُفظ.
archive-consent-offline = لم يُحفظ: أنت غير متصل. حاول مجددًا حين تكون متصلًا.
archive-consent-withdrawn = هذا الصوت مسحوب.
archive-consent-failed = لم يُحفظ. حاول لاحقًا.
archive-withdraw = اسحب صوتي
archive-withdraw-explained = سحب صوتك يزيله نهائيًا: لن يراه بعد ذلك أحد في المجموعة ولا أي محرّر ولا أي قارئ، ويمحوه الخادم. لا يمكن استعادته.
archive-withdraw-cannot-undo = لا يمكنه استرجاع النسخ التي نزّلها آخرون أو حفظوها أو طبعوها حين كان معروضًا لهم.
archive-withdraw-confirm = اسحبه نهائيًا
archive-withdraw-cancel = أبقِ صوتي
archive-publish = انشر الحكاية
archive-unpublish = ألغِ النشر
archive-publish-hint = لا يرى القرّاء إلا الأصوات التي اختار أصحابها «الجميع»، مذكورة كما اختار كلٌّ منهم.
archive-published = نُشرت. يرى القرّاء الآن الأصوات التي شورِكت مع الجمهور.
archive-unpublished = أُلغي النشر. لم يعد القرّاء يرونها.
archive-publish-refused = لم تُنشر: لم يشارك أيّ صاحب صوت صوته مع الجمهور بعد (أو ليس للحكاية عنوان).
archive-publish-not-synced = ليست هذه الحكاية على الخادم بعد. انتظر حتى تتم المزامنة، ثم انشر.
archive-publish-failed = لم تُنشر. حاول لاحقًا.
archive-export = تنزيل أرشيف المجموعة
archive-export-hint = ملف مضغوط (zip) فيه كلمات كل صوت (Markdown) والتسجيلات وقائمة بالمداخل والأصوات واللغات والموافقات. لا يحتوي أبداً على الأصوات المسحوبة، ولا على اسم صاحب صوت مجهول. شاركه فقط بما تسمح به موافقة كل صوت.

## Dates
date-month =
    { $month ->
     [jan] يناير
     [feb] فبراير
     [mar] مارس
     [apr] أبريل
     [may] مايو
     [jun] يونيو
     [jul] يوليو
     [aug] أغسطس
     [sep] سبتمبر
     [oct] أكتوبر
     [nov] نوفمبر
    *[dec] ديسمبر
    }
date-month-alone =
    { $month ->
     [jan] يناير
     [feb] فبراير
     [mar] مارس
     [apr] أبريل
     [may] مايو
     [jun] يونيو
     [jul] يوليو
     [aug] أغسطس
     [sep] سبتمبر
     [oct] أكتوبر
     [nov] نوفمبر
    *[dec] ديسمبر
    }
date-weekday =
    { $weekday ->
     [mon] الاثنين
     [tue] الثلاثاء
     [wed] الأربعاء
     [thu] الخميس
     [fri] الجمعة
     [sat] السبت
    *[sun] الأحد
    }
date-day = { $weekday }، { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } في { $time }
date-list-separator = { "، " }
date-just-now = هذه الدقيقة
date-minutes-ago =
    { $count ->
     [1] قبل دقيقة واحدة
     [2] قبل دقيقتين
     [few] قبل { $count } دقائق
     [many] قبل { $count } دقيقة
     [zero] قبل { $count } دقيقة
    *[other] قبل { $count } دقيقة
    }
date-hours-ago =
    { $count ->
     [1] قبل ساعة واحدة
     [2] قبل ساعتين
     [few] قبل { $count } ساعات
     [many] قبل { $count } ساعة
     [zero] قبل { $count } ساعة
    *[other] قبل { $count } ساعة
    }
date-days-ago =
    { $count ->
     [1] أمس
     [2] قبل يومين
     [few] قبل { $count } أيام
     [many] قبل { $count } يومًا
     [zero] قبل { $count } يوم
    *[other] قبل { $count } يوم
    }
