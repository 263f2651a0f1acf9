# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = أدلة محلية للقادمين الجدد، نكتبها معًا، ويمكن قراءتها دون اتصال.
skip-to-content = انتقل إلى المحتوى
nav-main =
    .aria-label = الرئيسية
nav-home = الصفحة الرئيسية
nav-status = حالة المزامنة
nav-sign-in = تسجيل الدخول
nav-account = { $name }
    .aria-label = حسابك: { $name }
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
role-group-hint = الاسم المختصر لمجموعة الأرشيف كما أُعدّ لمدينتك: أحرف لاتينية صغيرة وأرقام وشَرطات.
role-group-missing = أدخل اسم المجموعة.
role-group-invalid = استخدم الاسم المختصر للمجموعة: أحرف لاتينية صغيرة وأرقام وشَرطات، مثل women-voices.
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
