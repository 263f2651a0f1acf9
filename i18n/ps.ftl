# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Pashto, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = د نویو راغلو لپاره سیمه‌ییز لارښودونه، چې په ګډه لیکل کېږي او بې انټرنېټه هم لوستل کېږي.
skip-to-content = منځپانګې ته ورشئ
nav-main =
    .aria-label = اصلي مېنو
nav-home = کور پاڼه
nav-status = د همغږۍ حالت
nav-sign-in = ننوتل
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = ستاسو حساب: { $name }
page-title = { $page } · { app-name }
language-label = ژبه

## Home page

home-title = { app-name } ته ښه راغلاست
home-status-link = د همغږۍ حالت وګورئ

## Status page

status-title = د همغږۍ حالت
status-connection-label = له سرور سره اړیکه
status-connected = وصل دی
status-connecting = وصلېږي…
status-offline = بې انټرنېټه
status-offline-hint = تاسو بې انټرنېټه یاست. بدلونونه په همدې وسیله کې پاتې کېږي. کله چې بیا انټرنېټ ولرئ، لېږل کېږي.
status-signed-out = نه یاست ننوتي
status-signed-out-hint = یوازې هغه سمونګر چې ننوتي وي، اسناد له سرور سره همغږي کوي. د لارښود لوستلو ته حساب نه دی پکار.
status-sign-in = د همغږۍ لپاره ننوځئ

## Not found

not-found-title = پاڼه ونه موندل شوه
not-found-body = په دې پته کې هېڅ نشته.
not-found-home = کور پاڼې ته ورشئ

## Forms and errors shared by the pages

passphrase-show = پټنوم ښکاره کړئ
error-offline = سرور ته لاسرسی ونه شو. خپله اړیکه وګورئ او بیا هڅه وکړئ.
error-server = په سرور کې ستونزه پېښه شوه. وروسته بیا هڅه وکړئ.
error-bad-request = سرور دا ونه منله. هغه څه چې مو لیکلي وګورئ او بیا هڅه وکړئ.
error-forbidden = تاسو د دې کار اجازه نه لرئ.
error-unauthenticated = تاسو له حساب څخه وتلي یاست. د دوام لپاره بیا ننوځئ.
error-unexpected = ستونزه پېښه شوه. بیا هڅه وکړئ.
error-page-not-loaded = دا پاڼه پرانیستل نه شوه. خپله اړیکه وګورئ او بیا هڅه وکړئ.
error-too-many-attempts-seconds =
    ډېرې هڅې وشوې. { $seconds ->
        [one] یوه ثانیه
       *[other] { $seconds } ثانیې
    } وروسته بیا هڅه وکړئ.
error-too-many-attempts-minutes =
    ډېرې هڅې وشوې. { $minutes ->
        [one] یوه دقیقه
       *[other] { $minutes } دقیقې
    } وروسته بیا هڅه وکړئ.

## Roles

-role-volunteer = رضاکار
-role-translator = ژباړونکی
-role-editor = سمونګر
-role-group_member = د ډلې غړی
-role-group_moderator = د ډلې چلوونکی
-role-city_admin = د ښار مدیر
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
        [group] { role-name }، ډله «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } په { $city } کې
role-label = رول
role-group-label = ډله
role-group-hint = د آرشیف د ډلې لنډ نوم، لکه څنګه چې ستاسو د ښار لپاره جوړ شوی: کوچني لاتیني توري، شمېرې او لنډې کرښې.
role-group-missing = د ډلې نوم ولیکئ.
role-group-invalid = د ډلې لنډ نوم ولیکئ: کوچني لاتیني توري، شمېرې او لنډې کرښې. د بېلګې په توګه: women-voices.
role-group-unknown = دا ښار په دې لنډ نوم د آرشیف ډله نه لري.
role-languages-label = ژبې
role-languages-hint = د ژبو کوډونه، په کامو سره جلا. د بېلګې په توګه: ar, uk, fa-AF.
role-languages-missing = لږ تر لږه د یوې ژبې کوډ ولیکئ.
role-languages-invalid = په دې کې یو یې د ژبې کوډ نه دی. داسې کوډونه وکاروئ لکه ar، uk یا fa-AF.

## Sign-in page

sign-in-title = ننوتل
sign-in-intro = د رضاکارانو، سمونګرو، ژباړونکو او د ښار کارکوونکو لپاره. د لارښود لوستلو ته حساب نه دی پکار.
sign-in-name = نوم
sign-in-passphrase = پټنوم
sign-in-submit = ننوتل
sign-in-name-missing = خپل نوم ولیکئ.
sign-in-passphrase-missing = خپل پټنوم ولیکئ.
sign-in-invalid = نوم یا پټنوم غلط دی.
sign-in-no-account = حساب نه لرئ؟ حسابونه یوازې په بلنه جوړېږي. د خپل ښار له مدیر څخه یو لینک وغواړئ.
sign-in-already = تاسو د { $name } په نوم ننوتي یاست.
sign-in-continue = دوام
sign-in-account = ستاسو حساب

## Invitation page

invite-title = بلنه
invite-loading = بلنه کتل کېږي…
invite-not-found = د دې بلنې لینک کار نه کوي. کېدای شي مخکې کارول شوی وي یا یې موده تېره شوې وي. له هغه چا چې تاسو یې رابللي یاست، نوی لینک وغواړئ.
invite-home = کور پاڼې ته ورشئ
invite-for = تاسو { $city } ته رابلل شوي یاست، په دې رول: { role-grant }.
invite-expires = دا بلنه تر { DATETIME($expires, dateStyle: "long", timeStyle: "short") } پورې اعتبار لري.
invite-signed-in-note = تاسو د { $name } په نوم ننوتي یاست. که دا بلنه ومنئ، نوی حساب جوړېږي او تاسو پرې ننوځئ.
invite-name = ستاسو نوم
invite-name-hint = هغه کسان چې ورسره کار کوئ دا نوم ویني. اړینه نه ده چې ستاسو اصلي نوم وي: مستعار نوم هم سم دی.
invite-name-missing = یو نوم وټاکئ.
invite-name-too-long = دا نوم ډېر اوږد دی: تر ۶۴ تورو زیات نه.
invite-name-taken = دا نوم مخکې اخیستل شوی. بل نوم وټاکئ.
invite-passphrase = پټنوم
invite-passphrase-hint = لږ تر لږه ۱۰ توري. څو داسې کلمې چې یو بل سره اړیکه نه لري په اسانۍ په یاد پاتې کېږي او په سختۍ اټکل کېږي.
invite-passphrase-confirm = پټنوم بیا
invite-passphrase-too-short = پټنوم ډېر لنډ دی: لږ تر لږه ۱۰ توري.
invite-passphrase-too-long = پټنوم ډېر اوږد دی: تر ۱۰۲۴ تورو زیات نه.
invite-passphrase-mismatch = دواړه پټنومونه یو شان نه دي.
invite-submit = زما حساب جوړ کړئ

## Account page

account-title = ستاسو حساب
account-loading = ستاسو حساب راوړل کېږي…
account-not-signed-in = تاسو نه یاست ننوتي.
account-signed-out = تاسو ووتلئ.
account-sign-in = ننوتل
account-signed-in-as = تاسو د { $name } په نوم ننوتي یاست.
account-offline = تاسو بې انټرنېټه یاست. دا هغه څه دي چې وسیله یې په یاد لري. د ناستو او وتلو لپاره اړیکه پکار ده.
account-roles-title = ستاسو رولونه
account-no-roles = تر اوسه هېڅ رول نه لرئ.
account-manage-city = د { $city } اداره
account-sessions-title = چېرته چې ننوتي یاست
account-sessions-loading = راوړل کېږي…
account-session-current = دا وسیله
account-session-other = بله وسیله
account-session-times = ننوتل: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }، وروستی فعالیت: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = وتل
account-session-ended = هغه وسیله له حساب څخه ووتله.
account-sign-out-everywhere = له هر ځای څخه وتل
account-sign-out = وتل

## City administration page

admin-title = د ښار اداره
admin-heading = د { $city } اداره
admin-loading = راوړل کېږي…
admin-offline = تاسو بې انټرنېټه یاست. د ښار د ادارې لپاره اړیکه پکار ده.
admin-not-signed-in = د ښار د ادارې لپاره ننوځئ.
admin-sign-in = ننوتل
admin-not-admin = تاسو د { $city } مدیر نه یاست.
admin-invite-title = یو څوک راوبولئ
admin-invite-intro = د بلنې لینک د یو کس لپاره دی. یوازې یو ځل کار کوي، او هر څوک چې یې پرانیزي حساب جوړولی شي. په پټه یې ولېږئ.
admin-invite-submit = د بلنې لینک جوړ کړئ
admin-invite-created = د بلنې لینک جوړ شو.
admin-invite-link-label = د بلنې لینک
admin-invite-about = د رول لپاره: { role-grant }. تر { DATETIME($expires, dateStyle: "long", timeStyle: "short") } پورې اعتبار لري.
admin-invite-copy = لینک کاپي کړئ
admin-invite-share = لینک شریک کړئ
admin-invite-copied = لینک کاپي شو.
admin-invite-copy-failed = کاپي نه شو. لینک ټاکل شوی دی: پخپله یې کاپي کړئ.
admin-members-title = غړي
admin-members-none = تر اوسه غړي نشته.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (تاسو)
       *[no] { $name }
    }
admin-member-revoked = لاسرسی واخیستل شو
admin-member-no-roles = بې رول
admin-member-edit = رولونه بدل کړئ
admin-member-revoke = لاسرسی واخلئ
admin-roles-heading = د { $name } رولونه
admin-role-remove = لرې کړئ
admin-role-add-title = یو رول زیات کړئ
admin-role-add = رول زیات کړئ
admin-role-duplicate = دا کس دا رول مخکې لري.
admin-roles-save = رولونه خوندي کړئ
admin-roles-cancel = لغوه
admin-roles-saved = د { $name } رولونه خوندي شول.
admin-revoke-question = د { $name } لاسرسی واخیستل شي؟
admin-revoke-explain = { $name } له ټولو وسیلو څخه وځي او نور نه شي ننوتلی.
admin-revoke-confirm = لاسرسی واخلئ
admin-revoke-cancel = لغوه
admin-revoked = د { $name } لاسرسی واخیستل شو.
