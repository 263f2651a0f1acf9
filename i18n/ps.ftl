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
nav-cities = ټول ښارونه
nav-status = د همغږۍ حالت
nav-sign-in = ننوتل
nav-edit = د لارښود سمون
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = ستاسو حساب: { $name }
page-title = { $page } · { app-name }
language-label = ژبه

## Choosing a guide

reader-choose-city-title = خپل ښار وټاکئ
reader-choose-language-title = خپله ژبه وټاکئ
reader-choose-offline = تاسو بې انټرنېټه یاست. د لارښود د ښکته کولو لپاره یو ځل انټرنېټ ته وصل شئ.
reader-kept-guides = په دې ټیلیفون کې لارښودونه
reader-choose-city = بل ښار یا بله ژبه وټاکئ
reader-choose-language-city = د { $city } د لارښود ژبه وټاکئ
reader-language-not-offered = د { $city } لارښود په دې ژبه نه دی لیکل شوی: { $language }. له هغو ژبو څخه یوه وټاکئ چې پکې لیکل شوی دی:
reader-open-guide = لارښود پرانیزئ
reader-loading = راوړل کېږي…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = لارښود
reader-nav-home = کور پاڼه
reader-nav-articles = ګټور معلومات
reader-nav-events = پروګرامونه
reader-nav-search = لټون
reader-sample-city = دا د بېلګې ښار دی چې جوړه شوې منځپانګه لري، د { app-name } د ازمویلو لپاره.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = بې انټرنېټه هم کار کوي، تازه شوی: { $ago }
reader-offline-now = تاسو بې انټرنېټه یاست. دا لارښود { $ago } تازه شوی و.
reader-guide-language = د لارښود ژبه
reader-print-link = دا لارښود چاپ کړئ
reader-offline-banner = تاسو بې انټرنېټه یاست. تاسو هغه کاپي لولئ چې په دې تلیفون کې ساتل شوې ده.
reader-language-shown-in = د { $city } لارښود په دې ژبه نه دی لیکل شوی: { $language }. د هغه متنونه په دې ژبه ښودل کېږي: { $guide }.
reader-text-size = د متن اندازه
reader-text-size-normal = عادي
reader-text-size-large = لوی
reader-text-size-larger = ډېر لوی
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] لا نه دی ژباړل شوی: ځینې برخې په دې ژبه ښودل کېږي: { $languages }.
       *[other] لا نه دی ژباړل شوی: ځینې برخې په دې ژبو ښودل کېږي: { $languages }.
    }
reader-problem-offline-title = دا لارښود لا په دې ټیلیفون کې نشته
reader-problem-offline = یو ځل انټرنېټ ته وصل شئ. له هغې وروسته لارښود بې انټرنېټه هم کار کوي.
reader-offline-missing = تاسو بې انټرنېټه یاست.
reader-problem-unknown-city-title = ښار ونه موندل شو
reader-problem-unknown-city = دلته د دې ښار لپاره لارښود نشته.
reader-problem-unknown-language-title = دا ژبه نشته
reader-problem-unknown-language = دا لارښود په دې ژبه نشته. له دې ژبو څخه یوه وټاکئ:
reader-problem-server-title = لارښود رانه وړل شو
reader-problem-server = په سرور کې ستونزه پېښه شوه. وروسته بیا هڅه وکړئ.
reader-meta-description = د { $city } لارښود د نویو راغلو لپاره: مرسته، خدمتونه، ګټور معلومات او پېښې چېرته ومومئ، په خپله ژبه، بې انټرنېټه هم.
reader-meta-description-page = { $page }، د { $city } د نویو راغلو په لارښود کې: مرسته، خدمتونه، معلومات او پېښې په خپله ژبه، بې انټرنېټه هم.

## Guide home

reader-home-title = د { $city } لارښود
reader-notices = د ښار خبرونه
reader-categories = تاسو څه ته اړتیا لرئ؟
reader-category-count =
    { $count ->
        [one] یو ځای
       *[other] { $count } ځایونه
    }
reader-this-week = دا اونۍ
reader-no-events-this-week = په راتلونکو اوو ورځو کې هېڅ پروګرام نشته.
reader-all-events = ټول پروګرامونه
reader-topics = معلومات
reader-kept-languages = په دې ټیلیفون کې
reader-kept-languages-hint = لارښود په هغو ژبو کې بې انټرنېټه کار کوي چې په دې ټیلیفون کې ساتل شوې دي.
reader-kept-current = ساتل شوې (تاسو یې اوس لولئ)
reader-kept-add = دا ژبه هم وساتئ: { $language }
reader-kept-remove = له دې ټیلیفون څخه یې لرې کړئ: { $language }
reader-published-on = خپور شوی: { $date }
reader-kept-waiting = تاسو بې انټرنېټه یاست. کله چې تلیفون بیا وصل شي، دا ژبه به هم وساتل شي: { $language }

## Services

reader-service-title = خدمت
reader-status-temporarily-closed = د څه وخت لپاره تړلی دی.
reader-status-closed = دا خدمت تړل شوی دی.
reader-open-now = اوس خلاص دی، په { $time } تړل کېږي
reader-open-now-all-day = اوس خلاص دی، شپه او ورځ
reader-open-all-day = شپه او ورځ خلاص
reader-opens-today = اوس تړلی دی. نن په { $time } خلاصېږي
reader-opens-tomorrow = اوس تړلی دی. سبا په { $time } خلاصېږي
reader-opens-on = اوس تړلی دی. { $day } په { $time } خلاصېږي
reader-by-appointment = له مخکې وخت اخیستلو سره
reader-no-hours-soon = په راتلونکو ورځو کې خلاص نه دی
reader-hours-unknown = د کار وختونه وپوښتئ
reader-open-to-all = ټولو ته خلاص دی، که اسناد لرئ که نه
reader-for-whom = د چا لپاره
reader-eligibility = څوک راتلی شي
reader-cost = لګښت
reader-free = وړیا
reader-not-free = وړیا نه دی
reader-languages = ژبې
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = ژباړونکی برابرېدای شي.
reader-documents = له ځان سره څه راوړئ
reader-hours = د کار وختونه
reader-today = نن
reader-tomorrow = سبا
reader-closed-day = تړلی
reader-appointment-note = (له مخکې وخت اخیستلو سره)
reader-where = چېرته
reader-outreach = چېرته یې پیدا کړئ (دوی تاسو ته هم راځي)
reader-open-map = زما د نقشې په اپ کې یې پرانیزئ
reader-open-web-map = نقشه په openstreetmap.org کې پرانیزئ
reader-contact = اړیکه
reader-call = { $phone } ته زنګ ووهئ
reader-email = { $email } ته ولیکئ
reader-website = وېبپاڼه: { $site }
reader-share = شریک یې کړئ
reader-share-copied = لینک کاپي شو
reader-last-checked = وروستی ځل وکتل شو: { $date }
reader-listen = واورئ
reader-listen-stop = ودروئ
reader-target-everyone = ټول
reader-target-asylum-seekers-and-refugees = پناه غوښتونکي او کډوال
reader-target-temporary-protection = هغه کسان چې لنډمهاله ساتنه لري
reader-target-undocumented-residents = هغه کسان چې اسناد نه لري
reader-target-women = ښځې
reader-target-unaccompanied-minors = له ۱۸ کلونو کم عمر ځوانان چې یوازې دي
reader-target-children = ماشومان
reader-target-students = زده کوونکي

## Articles

reader-articles-title = ګټور معلومات
reader-articles-below = په دې اړه نور
reader-breadcrumbs =
    .aria-label = تاسو دلته یاست

## Events

reader-events-title = پروګرامونه
reader-events-later = وروسته
reader-no-events = په راتلونکو اونیو کې هېڅ پروګرام نشته.
reader-event-cancelled = لغوه شو
reader-event-when = کله
reader-event-next-dates = راتلونکې نېټې
reader-event-past = دا پروګرام پای ته رسېدلی.
reader-organizer = جوړوونکی
reader-open-to-residents = ټول، نوي راغلي او زاړه اوسېدونکي
reader-add-to-calendar = زما کلیز ته یې ور زیات کړئ
reader-register = نوم لیکنه وکړئ
reader-online-link = آنلاین ګډون وکړئ
reader-subscribe = د ښار پروګرامونه زما په کلیز کې ترلاسه کړئ
reader-feed-link = ټول پروګرامونه ښکته کړئ (iCalendar)
reader-events-by-month = وروسته پېښې، میاشت په میاشت
reader-no-later-events = تر اوسه وروسته پېښې نه دي معلومې.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } پېښه
       *[other] { $month }: { $count } پېښې
    }
reader-no-events-month = په دې میاشت کې پېښې نشته.
reader-events-bad-month = دا پته میاشت نه ښيي (باید په ‎?month=2027-01 پای ته ورسيږي). دا راتلونکې اونۍ دي.
reader-events-known-until = دا تلیفون پېښې تر { $date } پورې پېژني. د نورو لیدو لپاره وروسته لارښود آنلاین پرانیزئ.
reader-events-coming-weeks = راتلونکې څلور اونۍ
reader-events-month-before = مخکې: { $month }
reader-events-month-after = وروسته: { $month }
reader-feed-heading = ستاسو د جنتري اپ کې

## Search

reader-search-title = لټون
reader-search-label = په لارښود کې لټون
reader-search-button = ولټوئ
reader-search-count =
    { $count ->
        [0] د «{ $query }» لپاره هېڅ ونه موندل شول.
        [one] د «{ $query }» لپاره یوه پایله.
       *[other] د «{ $query }» لپاره { $count } پایلې.
    }
reader-kind-service = خدمت
reader-kind-article = معلومات
reader-kind-event = پروګرام

## Print version

reader-print-title = د چاپ لپاره لارښود
reader-print-heading = د { $city } لارښود
reader-print-date = چاپ شوی: { $date }. شیان بدلېږي: آنلاین لارښود هم وګورئ.
reader-print-button = چاپ
reader-print-address = دا لارښود آنلاین، تل تازه:
reader-print-qr = QR کوډ: دا لارښود آنلاین
reader-print-other-days = ځینې وختونه په نورو ورځو کې دي (هرو څو اونیو یا میاشت کې یو ځل): آنلاین لارښود وګورئ.

## Suggest a correction

reader-suggest-link = د سمون وړاندیز وکړئ
reader-suggest-title = د سمون وړاندیز وکړئ
reader-suggest-about = په اړه:
reader-suggest-privacy = ستاسو نوم نه ښکاري. موږ ستاسو نوم یا ستاسو په اړه هېڅ نه پوښتو.
reader-suggest-topic = څه غلط دي؟
reader-suggest-message = موږ باید په څه پوه شو؟
reader-suggest-message-hint = مهرباني وکړئ خپل نوم، د ټیلیفون شمېره یا نور شخصي معلومات مه لیکئ.
reader-suggest-send = ولېږئ
reader-suggest-need-topic = وټاکئ چې څه غلط دي.
reader-suggest-need-message = د غلطۍ په اړه څو کلمې ولیکئ.
reader-suggest-sent = مننه. د لارښود سمونګر به یې وګوري.
reader-suggest-queued = مننه. تاسو بې انټرنېټه یاست: کله چې بیا انټرنېټ ولرئ، لېږل کېږي.
reader-suggest-refused = مننه، خو دا ونه لېږل شو: کېدای شي پاڼه لرې شوې وي.
reader-back-to-guide = بېرته لارښود ته

## Status page

status-title = د همغږۍ حالت
status-connection-label = له سرور سره اړیکه
status-connected = وصل دی
status-connecting = وصلېږي…
status-offline = بې انټرنېټه
status-offline-hint = تاسو بې انټرنېټه یاست. بدلونونه په همدې وسیله کې پاتې کېږي. کله چې بیا انټرنېټ ولرئ، لېږل کېږي.
status-waiting =
    { $count ->
        [0] په دې وسیله هېڅ شی د لېږلو په تمه نه دی.
        [1] یو بدلون په دې وسیله خوندي شوی او د لېږلو په تمه دی.
       *[other] په دې وسیله خوندي شوي بدلونونه چې د لېږلو په تمه دي: { $count }.
    }
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
role-group-hint = په دې ښار کې د هغو آرشیف ډلو یوه چې تاسو یې سمبالوئ.
role-group-missing = یوه ډله وټاکئ.
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

## Suggestions queue (editors)

suggestions-title = د لوستونکو وړاندیزونه
suggestions-heading = د { $city } لپاره وړاندیزونه
suggestions-intro = لوستونکي دا وړاندیزونه بې نومه لېږي کله چې په لارښود کې څه غلط وي. وې ګورئ، که اړتیا وي برخه سمه کړئ، بیا وړاندیز د «شوی» په توګه نښه کړئ.
suggestions-loading = راوړل کېږي…
suggestions-not-signed-in = د لوستونکو د وړاندیزونو د لیدو لپاره ننوځئ.
suggestions-sign-in = ننوتل
suggestions-not-allowed = یوازې د { $city } سمونګر او مدیران یې وړاندیزونه لیدلی شي.
suggestions-unknown-city = د «{ $city }» په نوم ښار نشته.
suggestions-show-done = هغه وړاندیزونه هم وښیئ چې شوي دي
suggestions-list-title = وړاندیزونه
suggestions-none-open = هېڅ خلاص وړاندیز نشته.
suggestions-none = تر اوسه هېڅ وړاندیز نشته.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = په اړه: { $title }
suggestions-about-unpublished = د هغې برخې په اړه چې نور خپره نه ده
suggestions-about-guide = په عمومي توګه د لارښود په اړه
suggestions-no-message = لوستونکي هېڅ پیغام نه دی لیکلی.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = ترلاسه شو: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · ژبه: { LANGUAGES($language) }
suggestions-resolved = شوی: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = د «شوی» په توګه نښه کړئ
suggestions-marked-done = وړاندیز د «شوی» په توګه نښه شو.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = تړل شوی یا نور نشته
suggestion-topic-hours = د کار وختونه غلط دي
suggestion-topic-address = پته غلطه ده
suggestion-topic-contact = د ټیلیفون شمېره یا بله اړیکه غلطه ده
suggestion-topic-translation = ژباړه غلطه ده یا نشته
suggestion-topic-other = بل څه

## Editing app

editor-page-title = د لارښود سمون
editor-title = سمون: { $city }
editor-signed-out = د لارښود د سمولو لپاره ننوځئ.
editor-progress = په دې وسیله کې اسناد: { $loaded } له { $total } څخه
editor-filter = فلټر
editor-events = پروګرامونه
editor-services = خدمتونه
editor-new-event = نوی پروګرام
editor-back = بېرته لېست ته
editor-untitled = (لا سرلیک نه لري)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] په دې وسیله کې خوندي شو. تاسو بې انټرنېټه یاست.
        [one] په دې وسیله کې خوندي شو. یو بدلون د لېږلو په تمه دی.
       *[other] په دې وسیله کې خوندي شو. { $count } بدلونونه د لېږلو په تمه دي.
    }
editor-sync-sending =
    { $count ->
        [one] یو بدلون لېږل کېږي…
       *[other] { $count } بدلونونه لېږل کېږي…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = همغږي شو: { $ago }
editor-sync-sent =
    { $count ->
        [1] یو بدلون ولېږل شو. همغږي شو: { $ago }
       *[other] لېږل شوي بدلونونه: { $count }. همغږي شو: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] ستاسو ناسته پای ته ورسېده. د همغږۍ د دوام لپاره بیا ننوځئ.
        [one] ستاسو ناسته پای ته ورسېده. ستاسو بدلون په دې وسیله کې خوندي دی: د لېږلو لپاره بیا ننوځئ.
       *[other] ستاسو ناسته پای ته ورسېده. ستاسو { $count } بدلونونه په دې وسیله کې خوندي دي: د لېږلو لپاره بیا ننوځئ.
    }
editor-sync-sign-in = بیا ننوځئ
editor-hint-plain = لنډې جملې ولیکئ. په هره جمله کې یو فکر. هغه کلمې وکاروئ چې خلک یې پېژني.
editor-hint-title = په څو کلمو کې ووایاست چې دا څه دی. د بېلګې په توګه: د ژبې کافه.
editor-minor-edit = کوچنی سمون (املا، د لیکلو تېروتنه): ژباړې تازه پاتې کېږي
editor-conflict =
    { $count ->
        [one] دوو کسانو دا په یو وخت کې بدل کړ. سم ارزښت وټاکئ:
       *[other] څو کسانو دا په یو وخت کې بدل کړ ({ $count } ارزښتونه). سم یې وټاکئ:
    }
editor-conflict-keep = «{ $value }» وساتئ
editor-event-title = سرلیک
editor-event-description = تشریح
editor-event-type = د پروګرام ډول
editor-event-type-workshop = ورکشاپ
editor-event-type-language-cafe = د ژبې کافه
editor-event-type-festival = جشن
editor-event-type-commemoration = د یادونې غونډه
editor-event-type-job-fair = د دندو نندارتون
editor-event-type-sport = ورزش
editor-event-type-information-session = معلوماتي غونډه
editor-event-type-other = بل
editor-event-start = پیل
editor-event-end = پای
editor-event-place = ځای
editor-place-name = د ځای نوم
editor-place-street = سړک او د کور نمبر
editor-place-postal-code = پوستي کوډ
editor-place-locality = ښار
editor-event-organizer = جوړوونکی
editor-event-free = وړیا
editor-event-cancelled = ټول پروګرام لغوه شوی
editor-repeat = تکرار
editor-repeat-kind = د تکرار ډول
editor-repeat-none = نه تکرارېږي
editor-repeat-weekly = هره اونۍ
editor-repeat-monthly = هره میاشت
editor-repeat-custom = بله قاعده (RRULE)
editor-repeat-days =
    .aria-label = په دې ورځو کې
editor-repeat-nth = کوم یو
editor-repeat-weekday = ورځ
editor-repeat-until = تر (اختیاري)
editor-repeat-rule = قاعده
editor-nth-1 = لومړی
editor-nth-2 = دویم
editor-nth-3 = درېیم
editor-nth-4 = څلورم
editor-nth-last = وروستی
editor-weekday-mo = دوشنبه
editor-weekday-tu = سه‌شنبه
editor-weekday-we = چهارشنبه
editor-weekday-th = پنجشنبه
editor-weekday-fr = جمعه
editor-weekday-sa = شنبه
editor-weekday-su = یکشنبه
editor-cancelled-dates = لغوه شوې نېټې
editor-cancel-date-label = یوه نېټه لغوه کړئ
editor-cancel-date = دا نېټه لغوه کړئ
editor-restore-date = نېټه بېرته راوګرځوئ: { $date }
editor-quick-hint = بې انټرنېټه کار کوي. کله چې بیا انټرنېټ ولرئ، پروګرام لېږل کېږي.
editor-quick-date = نېټه
editor-quick-start = د پیل وخت
editor-quick-end = د پای وخت
editor-quick-save = پروګرام خوندي کړئ
editor-quick-missing = سرلیک، نېټه او وختونه ولیکئ.
editor-service-name = نوم
editor-service-description = دا څه دی
editor-service-eligibility = څوک راتلی شي
editor-service-documents = له ځان سره څه راوړئ
editor-service-status = حالت
editor-service-status-active = خلاص
editor-service-status-temporarily-closed = د څه وخت لپاره تړلی
editor-service-status-closed = د تل لپاره تړلی
editor-service-organization = هغه سازمان چې دا وړاندې کوي
editor-service-categories = کټګورۍ
editor-service-target-groups = د چا لپاره دی
editor-service-open-to-all = د ټولو لپاره پرانیستی، هر ډول اسناد چې ولري
editor-service-fee = بیه، که وړیا نه وي
editor-service-languages = هغه ژبې چې کارکوونکي یې وایي
editor-service-language-other = بله ژبه
editor-service-language-hint = د ژبې کوډ، د بېلګې په توګه ti، prs یا pt-BR.
editor-service-language-add = ژبه زیاته کړئ
editor-service-language-invalid = دا د ژبې کوډ نه دی. یو کوډ لکه ti، prs یا pt-BR ولیکئ.
editor-service-contacts = اړیکه
editor-service-phones = د تلیفون شمېرې
editor-service-phone = د تلیفون شمېره { $number }
editor-service-phone-new = نوې د تلیفون شمېره
editor-service-phone-add = شمېره زیاته کړئ
editor-service-phone-remove = { $phone } لرې کړئ
editor-service-phone-invalid = د تلیفون شمېره ولیکئ: یوازې عددونه، تشې او +. د بېلګې په توګه +32 4 123 45 67.
editor-service-email = برېښنالیک
editor-service-email-invalid = دا د برېښنالیک پته نه ده. د بېلګې په توګه: info@example.org
editor-service-website = ویب پاڼه
editor-service-website-invalid = بشپړه پته ولیکئ، چې په https:// پیلېږي
editor-service-verified = وروستۍ کتنه
editor-service-verified-never = تر اوسه چا دا خدمت نه دی کتلی.
editor-service-verified-value = د { $name } له خوا په { $date } وکتل شو
editor-service-verify = نن وکتل شو
editor-service-locations = ځایونه
editor-service-location = ځای { $number }
editor-service-location-none = تر اوسه هېڅ ځای نشته.
editor-service-location-add = ځای زیات کړئ
editor-service-location-remove = دا ځای لرې کړئ
editor-location-region = سیمه
editor-location-country = هېواد (دوه توري، د بېلګې په توګه BE)
editor-location-country-invalid = د هېواد دوه توري کوډ ولیکئ، د بېلګې په توګه BE.
editor-location-latitude = جغرافیایي عرض (اختیاري)
editor-location-longitude = جغرافیایي طول (اختیاري)
editor-location-latitude-invalid = له ‎-90 څخه تر 90 پورې یو عدد ولیکئ، د بېلګې په توګه 50.63.
editor-location-longitude-invalid = له ‎-180 څخه تر 180 پورې یو عدد ولیکئ، د بېلګې په توګه 5.57.
editor-location-outreach = دوی خلکو ته هم ورځي (ګرځنده یا ساحوي خدمت)
editor-service-schedules = د کار ساعتونه
editor-schedule = ساعتونه { $number }
editor-schedule-none = تر اوسه د کار ساعتونه نشته.
editor-schedule-add = د کار ساعتونه زیات کړئ
editor-schedule-remove = دا ساعتونه لرې کړئ
editor-schedule-days = ورځې
editor-schedule-rule-hint = یوازې د هغه څه لپاره چې ورځې یې نشي ویلای، د بېلګې په توګه FREQ=MONTHLY;BYDAY=1TU د هرې میاشتې د لومړۍ درېشنبې لپاره. د ورځو د کارولو لپاره یې تش پرېږدئ.
editor-schedule-rule-invalid = دا قاعده نشي کارېدلای. یوه قاعده لکه FREQ=WEEKLY;BYDAY=MO,TU پرته له «RRULE:» ولیکئ.
editor-schedule-opens = پرانیستل کېږي په
editor-schedule-closes = تړل کېږي په
editor-schedule-overnight = بله ورځ تړل کېږي (د نیمې شپې وروسته پرانیستی)
editor-schedule-times-invalid = د تړلو وخت باید د پرانیستلو له وخت وروسته وي. د نیمې شپې وروسته ساعتونو لپاره «بله ورځ تړل کېږي» په نښه کړئ.
editor-schedule-valid-from = له (اختیاري)
editor-schedule-valid-to = تر (اختیاري)
editor-schedule-valid-invalid = د پای نېټه باید د پیل له نېټې مخکې نه وي.
editor-schedule-closed-dates = تړلی په
editor-schedule-closed-date-label = هغه ورځ چې تړلی وي
editor-schedule-closed-date-add = د رخصتۍ ورځ زیاته کړئ
editor-schedule-closed-date-remove = بیا پرانیستی په { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }، د وخت په ټاکلو
editor-schedule-no-days = هېڅ ورځ نه ده ټاکل شوې
editor-schedule-no-hours = تر اوسه ساعتونه نشته
editor-new-service = نوی خدمت
editor-new-service-hint = په نوم پیل وکړئ. پاتې برخه په راتلونکې پاڼه کې ډکوئ. له انټرنټ پرته کار کوي.
editor-new-service-create = خدمت جوړ کړئ
editor-new-service-missing = د خدمت نوم ولیکئ.
editor-publishing = خپرول
editor-publish-hint = لوستونکي یوازې خپره شوې بڼه ویني. ستاسو وروستي بدلونونه تر هغه مسوده پاتې کېږي چې بیا یې خپاره کړئ.
editor-publish = دا بڼه خپره کړئ
editor-unpublish = له خپرونې یې وباسئ
editor-published = خپره شوه. لوستونکي اوس دا بڼه ویني.
editor-draft-badge = نه خپره شوې مسوده
editor-publication-published = خپره شوې: لوستونکي همدا بڼه ویني.
editor-publication-draft = نه خپره شوې مسوده: تر هغه چې دا بڼه خپره نه شي، لوستونکي وروستۍ خپره شوې بڼه ویني.
editor-publication-unpublished = نه خپره شوې مسوده: تر هغه چې دا توکی خپور نه شي، لوستونکي یې نه ویني.
editor-unpublished = له خپرونې وویستل شو. لوستونکي یې نور نه ویني.
editor-publish-not-synced = سرور لا دا بڼه نه لري. صبر وکړئ چې همغږي شي، بیا یې خپره کړئ.
editor-publish-offline = تاسو بې انټرنېټه یاست. کله چې بیا انټرنېټ ولرئ، خپره یې کړئ.
editor-publish-not-publishable = خپره نه شوه: دا بڼه لا بشپړ توکی نه دی. صبر وکړئ چې همغږي شي، برخې یې وګورئ، بیا یې بیا خپره کړئ.
editor-publish-invalid-content = خپره نه شوه: لومړی { $field } سم کړئ.
editor-publish-link-invalid = لېنک باید د همدې سایټ یوې پاڼې ته (چې په یو / پیلېږي) یا بشپړې پتې ته چې په https:// پیلېږي، ولاړ شي.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = مخکتنه: لوستونکي به څه ووینې
editor-preview-hint = هغه بڼه چې لوستونکي یې اوس ویني، ستاسو له مسودې سره پرتله شوې. خپره یې کړئ چې لوستونکي مسوده ووینې.
editor-preview-not-published = لا نه ده خپره شوې: لوستونکي هېڅ نه ویني. له خپرولو وروسته به دا ووینې:
# $when: the date and time of publishing.
editor-preview-same = لوستونکي همدا بڼه ویني (خپره شوې: { $when }).
editor-preview-changed =
    { $count ->
        [one] یوه برخه له هغه څه سره توپیر لري چې لوستونکي یې ویني (خپره شوې: { $when }):
       *[other] { $count } برخې له هغه څه سره توپیر لري چې لوستونکي یې ویني (خپره شوې: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] یوه برخه نه ده بدله شوې
       *[other] { $count } برخې نه دي بدلې شوې
    }
editor-preview-unknown = یو ځل انټرنېټ ته وصل شئ چې وګورئ لوستونکي څه ویني.
editor-preview-unavailable = دا وسیله لا خپره شوې بڼه نه لري. صبر وکړئ چې همغږي شي.
# Read out by screen readers before removed and added words.
editor-diff-removed = لرې شوی:
editor-diff-added = زیات شوی:
# The history of an item: who changed which field, and when.
editor-history = تاریخچه
editor-history-hint = چا څه بدل کړل، او کله. تاسو کولی شئ پخوانی ارزښت بېرته راوګرځوئ.
editor-history-none = لا هېڅ بدلون نشته.
editor-history-unknown-author = وارد شوی
# $field: the technical name of a field that has no label here.
editor-history-other-field = نور مالومات ({ $field })
editor-history-restore = دا ارزښت بېرته راوګرځوئ
editor-history-current = دا اوسنی ارزښت دی.
editor-history-empty = (تش)
editor-history-yes = هو
editor-history-no = نه
editor-history-field-order = د مقالو په لېست کې ځای
editor-translate-link = ژباړه
editor-suggestions-link = د لوستونکو وړاندیزونه
editor-suggestions-open = پرانیستي: { $count }
editor-translate-title = ژباړې
editor-translate-no-languages = په دې ښار کې تاسو د ژباړې لپاره هېڅ ژبه نه لرئ.
editor-translate-language = د ژباړې ژبه
editor-translate-status = ښودل
editor-translate-all = ټول
editor-translate-back = بېرته ژباړو ته
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: له { $total } څخه { $done } تازه
editor-status-missing = نشته
editor-status-outdated = زوړ شوی
editor-status-machine = ماشیني ژباړه
editor-status-up-to-date = تازه
editor-status-incomplete = نیمګړې ژباړه
editor-translate-source-changed = له دې ژباړې وروسته اصلي متن بدل شوی دی. بدلونونه د هرې خانې پر سر نښه شوي دي.
editor-translate-source-changed-unknown = له دې ژباړې وروسته اصلي متن بدل شوی دی. دا وسیله نه شي ښودلای چې څه بدل شوي: هر متن له اصلي سره پرتله کړئ.
editor-translate-what-changed = په اصلي متن کې بدلون:
editor-translate-finish = پای ته رسول
editor-translate-left = پاتې متنونه د ژباړې لپاره: { $count }
editor-translate-all-translated = ټول متنونه ژباړل شوي. له اصلي سره یې وګورئ، بیا ژباړه بشپړه په نښه کړئ.
editor-translate-done = بشپړه په نښه کړئ
editor-translate-not-done = لومړی ټول متنونه وژباړئ. لا هم خالي: { $count }
editor-translate-marked-done = بشپړه په نښه شوه. پر دې وسیله خوندي ده او ستاسو له نورو بدلونونو سره سرور ته ځي.
editor-translate-publish = ژباړه خپره کړئ
editor-translate-publish-hint = لوستونکي ژباړه له خپرېدو وروسته ویني، د هغه توکي له هغې نسخې سره چې اوس یې ویني.
editor-translate-editor-publishes = لوستونکي ژباړه هغه وخت ویني چې یو سمونګر یې خپره کړي.
editor-translate-publish-not-done = لومړی ژباړه بشپړه په نښه کړئ.
editor-translate-item-unpublished = دا توکی لا نه دی خپور شوی. لوستونکي به ژباړه هغه وخت وویني چې خپور شي.
editor-translate-published = خپره شوه. لوستونکي اوس دا ژباړه ویني.
editor-field-name = نوم
editor-field-title = سرلیک
editor-field-description = تشریح
editor-field-body = متن
editor-field-eligibility = څوک راتلی شي
editor-field-documents_needed = له ځان سره څه راوړئ
editor-field-fee = لګښت
editor-field-accessibility = لاسرسی
editor-field-notes = د کار وختونو په اړه یادښتونه

## Guide articles and city settings

editor-new-article = نوې مقاله
editor-settings-link = د ښار تنظیمات
editor-articles = د لارښود مقالې
editor-move-up = پورته یې کړئ
    .aria-label = پورته یې کړئ: { $title }
editor-move-down = ښکته یې کړئ
    .aria-label = ښکته یې کړئ: { $title }
editor-article-title = سرلیک
editor-article-body = متن
editor-article-markdown-hint = بڼه: د پراګرافونو ترمنځ یوه تشه کرښه؛ د سرلیک لپاره د کرښې په سر کې «## »؛ د لړلیک لپاره «- » یا «1. »؛ لینک داسې لیکل کېږي [کلمې](https://example.org).
editor-article-parent = د دې لاندې ځي
editor-article-top-level = تر ټولو پورته کچه (د هېڅ مقالې لاندې نه)
editor-article-notice = په کور پاڼه کې خبرتیا تر (اختیاري)
editor-article-notice-hint = تر دې نېټې پورې، د لارښود کور پاڼه دا مقاله د ښار د خبرتیا په توګه ښيي. د عادي مقالې لپاره یې تش پرېږدئ.
editor-hint-title-article = په څو کلمو کې ووایاست چې د څه په اړه ده. د بېلګې په توګه: ستاسو لومړۍ ورځې.
editor-article-create = مقاله جوړه کړئ
editor-article-title-missing = لومړی یو سرلیک ولیکئ.
editor-article-cannot-create = یوازې سمونګر کولی شي مقالې زیاتې کړي.
editor-settings-title = د ښار تنظیمات
editor-settings-live = لوستونکي دلته بدلونونه سمدلاسه ویني. د خپرولو کوم ګام نشته.
editor-settings-read-only = تاسو د ښار تنظیمات نشئ بدلولی. یوازې سمونګر یې بدلولی شي.
editor-categories = کټګورۍ
editor-categories-hint = لوستونکي کټګورۍ په همدې ترتیب ویني. چېرته چې نوم تش وي، لوستونکي په بدیله ژبه نوم ویني.
editor-category-icon = انځورګوټی
editor-category-name = نوم په { $language } ({ $tag })
editor-category-add-title = نوې کټګوري
editor-category-add-name = نوم په { $language }
editor-category-add = کټګوري زیاته کړئ
editor-category-name-missing = لومړی د کټګورۍ نوم ولیکئ.
editor-category-remove-question = «{ $name }» لرې شي؟ هغه خدمتونه چې کاروي یې: { $count }.
editor-remove = لرې کول
    .aria-label = لرې کول: { $name }
editor-remove-confirm = هو، «{ $name }» لرې کړئ
editor-remove-cancel = لغوه
editor-icon-heart = زړه
editor-icon-house = کور
editor-icon-scales = تله
editor-icon-briefcase = بکس
editor-icon-book = کتاب
editor-icon-family = کورنۍ
editor-icon-bowl = کاسه
editor-icon-people = خلک
editor-icon-woman = ښځه
editor-icon-star = ستوری
editor-icon-search = لویونکې ښیښه
editor-icon-calendar = کلیز
editor-icon-clock = ساعت
editor-icon-pin = د نقشې نښه
editor-icon-phone = تلیفون
editor-icon-share = شریکول
editor-icon-print = چاپګر
editor-icon-speaker = سپیکر
editor-icon-article = سند
editor-icon-offline = اړیکه نشته
editor-icon-check = د تایید نښه
editor-icon-flag = بیرغ
editor-languages = ژبې
editor-languages-hint = هغه ژبې چې لوستونکي یې ټاکلی شي. هغه متن چې لا نه دی ژباړل شوی په بدیله ژبه ښودل کېږي.
editor-language-direction = د لیکلو لوری
editor-direction-ltr = له کیڼ نه ښي ته
editor-direction-rtl = له ښي نه کیڼ ته
editor-language-source = سرچینه ژبه: منځپانګه لومړی په دې ژبه لیکل کېږي.
editor-language-fallback = بدیله ژبه
editor-language-fallback-hint = د دې ژبې لوستونکي څه ویني کله چې متن لا نه وي ژباړل شوی.
editor-language-no-fallback = هېڅ
editor-language-fallback-cycle = دا یوه کړۍ جوړوي: هغه ژبه دمخه دې ژبې ته راګرځي. بله وټاکئ.
editor-language-remove-question = { $language } لرې شي؟ لوستونکي به یې بله ژبه وټاکي. ژباړې خوندي پاتې کېږي.
editor-language-add-title = نوې ژبه
editor-language-add-tag = د ژبې کوډ (BCP 47)
editor-language-add-hint = د بېلګې په توګه: ti (تیګرینیا)، pt-BR (د برازیل پرتګالي).
editor-language-add = ژبه زیاته کړئ
editor-language-invalid = «{ $tag }» د ژبې کوډ نه دی. داسې کوډ ولیکئ لکه ti یا pt-BR.
editor-language-present = ښار دمخه { $language } لري.

## The multivoiced archive

reader-archive-title = د رارسېدو غږونه
reader-archive-intro = د هغو خلکو کیسې چې دې ښار ته راغلي، په خپلو خبرو. هر غږ د خپل خاوند دی؛ هېڅ یو یې رسمي بڼه نه ده.
reader-archive-link = د رارسېدو غږونه ولولئ
reader-archive-empty = دلته تر اوسه هېڅ نه دي خپاره شوي.
reader-archive-unavailable = غږونه پورته نه شول. وروسته بیا هڅه وکړئ.
reader-archive-offline = تاسو آفلاین یاست. د رارسېدو غږونو ته اتصال پکار دی.
reader-archive-anonymous = بې نومه
reader-archive-speaks-about = په اړه یې:
reader-archive-translated = له { $language } ژبې د ډلې ژباړه
reader-archive-in-language = په { $language } ژبه
reader-archive-original = اصلي خبرې وښایاست
reader-archive-recording =
    .aria-label = د دې غږ ثبت
archive-page-title = آرشیف
archive-title = د { $group } ډلې آرشیف
archive-open = آرشیف پرانیزئ
archive-not-member = تاسو د دې آرشیف ډلې غړی نه یاست.
archive-intro = د رارسېدو کیسې چې ډلې لیکلې او ثبت کړې دي. هر غږ د خپل لیکوال پاتې کېږي: یوازې هغه پرېکړه کوي چې څوک یې ویني او په کوم نوم یادېږي.
archive-entries = کیسې
archive-no-entries = تر اوسه کیسه نشته.
archive-voice-count =
    { $count ->
        [one] { $count } غږ
       *[other] { $count } غږونه
    }
archive-state-published = خپره شوې
archive-state-unpublished = نه ده خپره شوې
archive-theme = موضوع
archive-guide-links = د لارښود هغه پاڼې چې پرې خبرې کوي
archive-theme-arrival = رارسېدل
archive-theme-first-contact-with-services = له خدمتونو سره لومړنۍ اړیکه
archive-theme-housing = استوګنه
archive-theme-work = کار
archive-theme-family = کورنۍ
archive-theme-belonging = تړاو
archive-theme-the-future = راتلونکی
archive-theme-other = نور
archive-entry-title = سرلیک
archive-entry-title-missing = یو سرلیک ولیکئ.
archive-cities = هغه ښارونه چې په اړه یې خبرې کوي
archive-cities-hint = له خپرېدو وروسته د دغو ښارونو د لارښودونو لوستونکي یې لوستلی شي.
archive-new-entry = نوې کیسه
archive-new-entry-create = کیسه جوړه کړئ
archive-back = آرشیف ته بېرته
archive-entry-missing = دا کیسه تر اوسه په دې وسیله کې نشته. که همدا اوس جوړه شوې وي، انتظار وکړئ چې همغږې شي.
archive-voices = غږونه
archive-no-voices = تر اوسه غږ نشته.
archive-add-voice = زما غږ ورزیات کړئ
archive-add-voice-hint = په خپلو خبرو ولیکئ، خپل غږ ثبت کړئ، یا دواړه. سمدستي په دې وسیله کې ساتل کېږي او کله چې آنلاین شئ لېږل کېږي.
archive-voice-language = هغه ژبه چې پرې خبرې کوئ
archive-add-voice-create = زما غږ ورزیات کړئ
archive-voice-yours = ستاسو غږ
archive-voice-of = د { $name } غږ
archive-voice-unknown = د ډلې یو غږ
archive-voice-in = په { $language } ژبه
archive-voice-text = خبرې
archive-voice-text-hint = هغه څه چې لیکل شوي، یا د ثبت لیکلې بڼه.
archive-recording = ثبت
archive-record = ثبت کړئ
archive-record-stop = ودروئ
archive-record-discard = ثبت لرې کړئ
archive-record-play =
    .aria-label = ثبت واورئ
archive-recording-none = ثبت نشته.
archive-recording-recording = ثبتېږي…
archive-recording-waiting = ثبت شو، د پورته کېدو په تمه دی. تر هغه وخته په دې وسیله کې پاتې کېږي.
archive-recording-uploaded = پورته شو.
archive-recording-refused-too-large = دا ثبت ډېر لوی دی: آرشیف تر ۲۵ میګابایټه مني. لنډ ثبت وکړئ یا کوچنۍ فایل وټاکئ.
archive-recording-refused-wrong-type = آرشیف دا فایل نه مني: یوازې WebM یا Ogg غږ.
archive-audio-file = یا له دې وسیلې یوه غږیزه فایل وټاکئ
archive-audio-file-hint = WebM یا Ogg غږ، تر ۲۵ میګابایټه. د پورته کولو پر مهال یې سرلیک او نور نښان لرې کېږي.
archive-recording-no-microphone = هېڅ مایکروفون ونه کارول شو. دې سایټ ته د مایکروفون اجازه ورکړئ، یا خپلې خبرې ولیکئ.
archive-photo = انځور
archive-photo-choose = انځور ورزیات کړئ
archive-photo-hint = JPEG، PNG یا WebP، تر ۱۰ میګابایټه. د پورته کولو پر مهال یې ځای (GPS) او د کامرې معلومات لرې کېږي.
archive-photo-description = انځور څه ښيي (د هغو لپاره چې یې نه شي لیدلی)
archive-photo-remove = انځور لرې کړئ
archive-photo-none = انځور نشته.
archive-photo-waiting = د پورته کېدو په تمه. تر هغه په دې وسیله کې ساتل کېږي.
archive-photo-uploaded = پورته شو، پرته له ځای او د کامرې معلوماتو.
archive-photo-refused-too-large = دا انځور ډېر لوی دی: آرشیف تر ۱۰ میګابایټه انځورونه مني.
archive-photo-refused-wrong-type = آرشیف دا فایل نه مني: یوازې JPEG، PNG یا WebP انځورونه.
archive-translations = ژباړې
archive-translation-language = ژباړه په
archive-translation-add = ژباړه ورزیاته کړئ
archive-translation-text = په { $language } ژبه ژباړه، ژباړونکی: { $by }
archive-translation-text-own = { $language } ته ژباړه، د غږ د خاوند لخوا
archive-consent-title = ستاسو رضایت
archive-consent-unavailable = کله چې ستاسو غږ سرور ته ورسي (کله چې آنلاین شئ) ټاکلی شئ چې څوک یې ووینی. تر هغه یوازې ډله یې ویني، ستاسو له نوم پرته.
archive-consent-visibility = څوک ستاسو غږ لیدلی شي
archive-visibility-group = یوازې ډله
archive-visibility-city-editors = ډله او د ښار سمونګر
archive-visibility-public = ټول، کله چې یو څارونکی کیسه خپره کړي
archive-consent-naming = په کوم نوم یادېږئ
archive-naming-name = په خپل نوم ({ $name })
archive-naming-pseudonym = په مستعار نوم
archive-naming-anonymous = هېڅ (بې نومه)
archive-pseudonym = مستعار نوم
archive-pseudonym-missing = هغه مستعار نوم ولیکئ چې غواړئ پرې یاد شئ.
archive-consent-save = زما ټاکنه خوندي کړئ
archive-consent-saving = خوندي کېږي…
archive-consent-saved = خوندي شو.
archive-consent-offline = خوندي نه شو: تاسو آفلاین یاست. کله چې آنلاین شئ بیا هڅه وکړئ.
archive-consent-withdrawn = دا غږ بېرته اخیستل شوی.
archive-consent-failed = خوندي نه شو. وروسته بیا هڅه وکړئ.
archive-withdraw = زما غږ بېرته واخلئ
archive-withdraw-explained = د غږ بېرته اخیستل یې د تل لپاره لرې کوي: په ډله کې هېڅوک، هېڅ سمونګر او هېڅ لوستونکی به یې بیا ونه ویني، او سرور یې له منځه وړي. بېرته نه راګرځي.
archive-withdraw-cannot-undo = هغه کاپي بېرته نه شي اخیستلی چې نورو د ښودلو پر مهال ښکته کړې، خوندي کړې یا چاپ کړې دي.
archive-withdraw-confirm = د تل لپاره یې بېرته واخلئ
archive-withdraw-cancel = زما غږ وساتئ
archive-publish = کیسه خپره کړئ
archive-unpublish = خپرول لغوه کړئ
archive-publish-hint = لوستونکي یوازې هغه غږونه ویني چې خاوندانو یې «ټول» ټاکلي، په هغه نوم چې هر یو ټاکلی.
archive-published = خپره شوه. لوستونکي اوس هغه غږونه ویني چې له خلکو سره شریک شوي.
archive-unpublished = خپرول لغوه شول. لوستونکي یې نور نه ویني.
archive-publish-refused = خپره نه شوه: تر اوسه هېڅ خاوند خپل غږ له خلکو سره نه دی شریک کړی (یا کیسه سرلیک نه لري).
archive-publish-not-synced = سرور تر اوسه دا کیسه نه لري. انتظار وکړئ چې همغږې شي، بیا یې خپره کړئ.
archive-publish-failed = خپره نه شوه. وروسته بیا هڅه وکړئ.
archive-export = د ډلې آرشیف ښکته کړئ
archive-export-hint = یوه zip دوتنه چې د هر غږ خبرې (Markdown)، ثبتونه او د ننوتو، غږونو، ژبو او رضایتونو لړلیک لري. بېرته اخیستل شوي غږونه هېڅکله پکې نه وي؛ بې نومه غږ پکې نوم نه لري. یوازې هغومره یې شریک کړئ چې د هر غږ رضایت اجازه ورکوي.

## Dates
date-month =
    { $month ->
     [jan] جنوري
     [feb] فبروري
     [mar] مارچ
     [apr] اپریل
     [may] مۍ
     [jun] جون
     [jul] جولای
     [aug] اګست
     [sep] سېپتمبر
     [oct] اکتوبر
     [nov] نومبر
    *[dec] دسمبر
    }
date-month-alone =
    { $month ->
     [jan] جنوري
     [feb] فبروري
     [mar] مارچ
     [apr] اپریل
     [may] مۍ
     [jun] جون
     [jul] جولای
     [aug] اګست
     [sep] سېپتمبر
     [oct] اکتوبر
     [nov] نومبر
    *[dec] دسمبر
    }
date-weekday =
    { $weekday ->
     [mon] دونۍ
     [tue] درېنۍ
     [wed] څلرنۍ
     [thu] پينځنۍ
     [fri] جمعه
     [sat] اونۍ
    *[sun] يونۍ
    }
date-day = { $weekday }, { $month } { $day }
date-full = { $year } { $month } { $day }
date-month-year = { $year } { $month }
date-day-time = { $day } په { $time }
date-list-separator = { "، " }
date-just-now = دا دقيقه
date-minutes-ago =
    { $count ->
     [one] { $count } دقيقه مخکې
    *[other] { $count } دقيقې مخکې
    }
date-hours-ago =
    { $count ->
     [one] { $count } ساعت مخکې
    *[other] { $count } ساعتونه مخکې
    }
date-days-ago =
    { $count ->
     [1] پرون
     [one] { $count } ورځ مخکې
    *[other] { $count } ورځې مخکې
    }
