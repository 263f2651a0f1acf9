# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Urdu, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = نئے آنے والوں کے لیے مقامی رہنما، جو مل کر لکھے جاتے ہیں اور انٹرنیٹ کے بغیر بھی پڑھے جا سکتے ہیں۔
skip-to-content = مواد پر جائیں
nav-main =
    .aria-label = مرکزی مینو
nav-cities = تمام شہر
nav-status = ہم آہنگی کی صورتحال
nav-sign-in = سائن ان
nav-edit = رہنما میں ترمیم کریں
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = آپ کا اکاؤنٹ: { $name }
page-title = { $page } · { app-name }
language-label = زبان

## Choosing a guide

reader-choose-city-title = اپنا شہر چنیں
reader-choose-language-title = اپنی زبان چنیں
reader-choose-offline = آپ آف لائن ہیں۔ رہنما ڈاؤن لوڈ کرنے کے لیے ایک بار انٹرنیٹ سے جڑیں۔
reader-kept-guides = اس فون پر موجود رہنما
reader-choose-city = کوئی اور شہر یا زبان چنیں
reader-choose-language-city = { $city } کے رہنما کی زبان چنیں
reader-language-not-offered = { $city } کا رہنما اس زبان میں نہیں لکھا گیا: { $language }۔ ان زبانوں میں سے ایک چنیں جن میں یہ لکھا گیا ہے:
reader-open-guide = رہنما کھولیں
reader-loading = لوڈ ہو رہا ہے…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = رہنما
reader-nav-home = ہوم
reader-nav-articles = مفید معلومات
reader-nav-events = تقریبات
reader-nav-search = تلاش
reader-sample-city = یہ ایک نمونے کا شہر ہے جس کا مواد فرضی ہے، تاکہ آپ { app-name } آزما سکیں۔
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = انٹرنیٹ کے بغیر بھی دستیاب، آخری تازہ کاری: { $ago }
reader-offline-now = آپ آف لائن ہیں۔ اس رہنما کی آخری تازہ کاری { $ago } ہوئی۔
reader-guide-language = رہنما کی زبان
reader-print-link = یہ رہنما پرنٹ کریں
reader-offline-banner = آپ آف لائن ہیں۔ آپ اس فون پر محفوظ کاپی پڑھ رہے ہیں۔
reader-language-shown-in = { $city } کا رہنما اس زبان میں نہیں لکھا گیا: { $language }۔ اس کی تحریریں اس زبان میں دکھائی جا رہی ہیں: { $guide }۔
reader-text-size = متن کا سائز
reader-text-size-normal = عام
reader-text-size-large = بڑا
reader-text-size-larger = بہت بڑا
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] ابھی ترجمہ نہیں ہوا: کچھ حصے اس زبان میں دکھائے گئے ہیں: { $languages }۔
       *[other] ابھی ترجمہ نہیں ہوا: کچھ حصے ان زبانوں میں دکھائے گئے ہیں: { $languages }۔
    }
reader-problem-offline-title = یہ رہنما ابھی اس فون پر نہیں ہے
reader-problem-offline = ایک بار انٹرنیٹ سے جڑیں۔ اس کے بعد رہنما انٹرنیٹ کے بغیر بھی چلتا ہے۔
reader-offline-missing = آپ آف لائن ہیں۔
reader-problem-unknown-city-title = شہر نہیں ملا
reader-problem-unknown-city = یہاں اس شہر کے لیے کوئی رہنما نہیں ہے۔
reader-problem-unknown-language-title = یہ زبان دستیاب نہیں
reader-problem-unknown-language = یہ رہنما اس زبان میں دستیاب نہیں۔ ان میں سے کوئی زبان چنیں:
reader-problem-server-title = رہنما لوڈ نہیں ہو سکا
reader-problem-server = سرور پر کوئی خرابی ہوئی۔ بعد میں دوبارہ کوشش کریں۔
reader-meta-description = نئے آنے والوں کے لیے { $city } کی گائیڈ: مدد، خدمات، مفید معلومات اور تقریبات کہاں ملیں، آپ کی زبان میں، بغیر انٹرنیٹ کے بھی۔
reader-meta-description-page = { $page }، نئے آنے والوں کے لیے { $city } کی گائیڈ میں: مدد، خدمات، معلومات اور تقریبات آپ کی زبان میں، بغیر انٹرنیٹ کے بھی۔

## Guide home

reader-home-title = { $city } کا رہنما
reader-notices = شہر کی خبریں
reader-categories = آپ کو کیا چاہیے؟
reader-category-count =
    { $count ->
        [one] ایک جگہ
       *[other] { $count } جگہیں
    }
reader-this-week = اس ہفتے
reader-no-events-this-week = اگلے سات دنوں میں کوئی تقریب نہیں۔
reader-all-events = تمام تقریبات
reader-topics = معلومات
reader-kept-languages = اس فون پر
reader-kept-languages-hint = رہنما ان زبانوں میں انٹرنیٹ کے بغیر چلتا ہے جو اس فون پر محفوظ ہیں۔
reader-kept-current = محفوظ (آپ اسے پڑھ رہے ہیں)
reader-kept-add = یہ زبان بھی محفوظ کریں: { $language }
reader-kept-remove = اس فون سے ہٹائیں: { $language }
reader-published-on = شائع ہوا: { $date }
reader-kept-waiting = آپ آف لائن ہیں۔ فون کے دوبارہ آن لائن ہونے پر یہ زبان بھی محفوظ ہو جائے گی: { $language }

## Services

reader-service-title = سروس
reader-status-temporarily-closed = عارضی طور پر بند ہے۔
reader-status-closed = یہ سروس بند ہو چکی ہے۔
reader-open-now = ابھی کھلا ہے، { $time } بجے بند ہوگا
reader-open-now-all-day = ابھی کھلا ہے، چوبیس گھنٹے
reader-open-all-day = چوبیس گھنٹے کھلا
reader-opens-today = ابھی بند ہے۔ آج { $time } بجے کھلے گا
reader-opens-tomorrow = ابھی بند ہے۔ کل { $time } بجے کھلے گا
reader-opens-on = ابھی بند ہے۔ { $day } کو { $time } بجے کھلے گا
reader-by-appointment = وقت لے کر
reader-no-hours-soon = اگلے چند دنوں میں نہیں کھلے گا
reader-hours-unknown = کھلنے کے اوقات پوچھیں
reader-open-to-all = سب کے لیے کھلا ہے، چاہے آپ کے پاس کاغذات ہوں یا نہ ہوں
reader-for-whom = کس کے لیے
reader-eligibility = کون آ سکتا ہے
reader-cost = خرچ
reader-free = مفت
reader-not-free = مفت نہیں
reader-languages = زبانیں
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = ترجمان کا انتظام ہو سکتا ہے۔
reader-documents = ساتھ کیا لائیں
reader-hours = کھلنے کے اوقات
reader-today = آج
reader-tomorrow = کل
reader-closed-day = بند
reader-appointment-note = (وقت لے کر)
reader-where = کہاں
reader-outreach = وہ کہاں ملیں گے (وہ آپ کے پاس بھی آتے ہیں)
reader-open-map = میری نقشہ ایپ میں کھولیں
reader-open-web-map = نقشہ openstreetmap.org پر کھولیں
reader-contact = رابطہ
reader-call = { $phone } پر کال کریں
reader-email = { $email } پر لکھیں
reader-website = ویب سائٹ: { $site }
reader-share = شیئر کریں
reader-share-copied = لنک کاپی ہو گیا
reader-last-checked = آخری بار جانچا گیا: { $date }
reader-listen = سنیں
reader-listen-stop = روکیں
reader-target-everyone = سب
reader-target-asylum-seekers-and-refugees = پناہ کے متلاشی اور پناہ گزین
reader-target-temporary-protection = عارضی تحفظ والے لوگ
reader-target-undocumented-residents = بغیر کاغذات والے لوگ
reader-target-women = خواتین
reader-target-unaccompanied-minors = 18 سال سے کم عمر نوجوان جو اکیلے ہیں
reader-target-children = بچے
reader-target-students = طلبہ

## Articles

reader-articles-title = مفید معلومات
reader-articles-below = اس بارے میں مزید
reader-breadcrumbs =
    .aria-label = آپ یہاں ہیں

## Events

reader-events-title = تقریبات
reader-events-later = بعد میں
reader-no-events = اگلے چند ہفتوں میں کوئی تقریب نہیں۔
reader-event-cancelled = منسوخ
reader-event-when = کب
reader-event-next-dates = اگلی تاریخیں
reader-event-past = یہ تقریب ختم ہو چکی ہے۔
reader-organizer = منتظم
reader-open-to-residents = سب کے لیے، نئے آنے والے اور پرانے رہائشی
reader-add-to-calendar = میرے کیلنڈر میں شامل کریں
reader-register = رجسٹر کریں
reader-online-link = آن لائن شامل ہوں
reader-subscribe = شہر کی تقریبات میرے کیلنڈر میں لائیں
reader-feed-link = تمام تقریبات ڈاؤن لوڈ کریں (iCalendar)
reader-events-by-month = بعد کی تقریبات، مہینہ بہ مہینہ
reader-no-later-events = ابھی بعد کی کوئی تقریب معلوم نہیں۔
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } تقریب
       *[other] { $month }: { $count } تقریبات
    }
reader-no-events-month = اس مہینے کوئی تقریب نہیں۔
reader-events-bad-month = یہ پتہ کسی مہینے کا نام نہیں لیتا (اسے ‎?month=2027-01 پر ختم ہونا چاہیے)۔ یہ اگلے ہفتے ہیں۔
reader-events-known-until = یہ فون { $date } تک کی تقریبات جانتا ہے۔ مزید دیکھنے کے لیے بعد میں گائیڈ آن لائن کھولیں۔
reader-events-coming-weeks = اگلے چار ہفتے
reader-events-month-before = پہلے: { $month }
reader-events-month-after = اگلا: { $month }
reader-feed-heading = آپ کی کیلنڈر ایپ میں

## Search

reader-search-title = تلاش
reader-search-label = رہنما میں تلاش کریں
reader-search-button = تلاش کریں
reader-search-count =
    { $count ->
        [0] ”{ $query }“ کے لیے کچھ نہیں ملا۔
        [one] ”{ $query }“ کے لیے ایک نتیجہ۔
       *[other] ”{ $query }“ کے لیے { $count } نتائج۔
    }
reader-kind-service = سروس
reader-kind-article = معلومات
reader-kind-event = تقریب

## Print version

reader-print-title = پرنٹ کے لیے رہنما
reader-print-heading = { $city } کا رہنما
reader-print-date = پرنٹ کی تاریخ: { $date }۔ چیزیں بدلتی رہتی ہیں: آن لائن رہنما بھی دیکھیں۔
reader-print-button = پرنٹ کریں
reader-print-address = یہ گائیڈ آن لائن، ہمیشہ تازہ ترین:
reader-print-qr = QR کوڈ: یہ گائیڈ آن لائن
reader-print-other-days = کچھ اوقات دوسرے دنوں میں ہیں (ہر چند ہفتے یا مہینے میں ایک بار): آن لائن گائیڈ دیکھیں۔

## Suggest a correction

reader-suggest-link = درستی تجویز کریں
reader-suggest-title = درستی تجویز کریں
reader-suggest-about = بارے میں:
reader-suggest-privacy = آپ کا نام ظاہر نہیں ہوگا۔ ہم آپ کا نام یا آپ کے بارے میں کچھ نہیں پوچھتے۔
reader-suggest-topic = کیا غلط ہے؟
reader-suggest-message = ہمیں کیا جاننا چاہیے؟
reader-suggest-message-hint = براہ کرم اپنا نام، فون نمبر یا کوئی اور ذاتی معلومات نہ لکھیں۔
reader-suggest-send = بھیجیں
reader-suggest-need-topic = چنیں کہ کیا غلط ہے۔
reader-suggest-need-message = جو غلط ہے اس کے بارے میں چند الفاظ لکھیں۔
reader-suggest-sent = شکریہ۔ رہنما کے ایڈیٹر اسے دیکھیں گے۔
reader-suggest-queued = شکریہ۔ آپ آف لائن ہیں: جب آپ دوبارہ آن لائن ہوں گے تو یہ بھیج دیا جائے گا۔
reader-suggest-refused = شکریہ، لیکن یہ بھیجا نہیں جا سکا: شاید صفحہ ہٹا دیا گیا ہے۔
reader-back-to-guide = رہنما پر واپس جائیں

## Status page

status-title = ہم آہنگی کی صورتحال
status-connection-label = سرور سے رابطہ
status-connected = جڑا ہوا ہے
status-connecting = جڑ رہا ہے…
status-offline = آف لائن
status-offline-hint = آپ آف لائن ہیں۔ تبدیلیاں اسی آلے پر رہتی ہیں۔ جب آپ دوبارہ آن لائن ہوں گے تو بھیج دی جائیں گی۔
status-waiting =
    { $count ->
        [0] اس آلے پر کچھ بھی بھیجے جانے کا منتظر نہیں۔
        [1] ایک تبدیلی اس آلے پر محفوظ ہے اور بھیجے جانے کی منتظر ہے۔
       *[other] اس آلے پر محفوظ تبدیلیاں جو بھیجے جانے کی منتظر ہیں: { $count }۔
    }
status-signed-out = سائن ان نہیں ہیں
status-signed-out-hint = صرف سائن ان ایڈیٹر دستاویزات کو سرور سے ہم آہنگ کرتے ہیں۔ رہنما پڑھنے کے لیے اکاؤنٹ کی ضرورت نہیں۔
status-sign-in = ہم آہنگی کے لیے سائن ان کریں

## Not found

not-found-title = صفحہ نہیں ملا
not-found-body = اس پتے پر کچھ نہیں ہے۔
not-found-home = ہوم صفحے پر جائیں

## Forms and errors shared by the pages

passphrase-show = پاس ورڈ دکھائیں
error-offline = سرور تک رسائی نہیں ہو سکی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
error-server = سرور پر کوئی خرابی ہوئی۔ بعد میں دوبارہ کوشش کریں۔
error-bad-request = سرور نے یہ قبول نہیں کیا۔ جو لکھا ہے اسے چیک کریں اور دوبارہ کوشش کریں۔
error-forbidden = آپ کو یہ کرنے کی اجازت نہیں۔
error-unauthenticated = آپ سائن آؤٹ ہو گئے ہیں۔ جاری رکھنے کے لیے دوبارہ سائن ان کریں۔
error-unexpected = کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔
error-page-not-loaded = یہ صفحہ نہیں کھل سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
error-too-many-attempts-seconds =
    بہت زیادہ کوششیں۔ { $seconds ->
        [one] ایک سیکنڈ
       *[other] { $seconds } سیکنڈ
    } بعد دوبارہ کوشش کریں۔
error-too-many-attempts-minutes =
    بہت زیادہ کوششیں۔ { $minutes ->
        [one] ایک منٹ
       *[other] { $minutes } منٹ
    } بعد دوبارہ کوشش کریں۔

## Roles

-role-volunteer = رضاکار
-role-translator = مترجم
-role-editor = ایڈیٹر
-role-group_member = گروپ کا رکن
-role-group_moderator = گروپ کا منتظم
-role-city_admin = شہر کا منتظم
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
        [group] { role-name }، گروپ ”{ $group }“
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant }، { $city } میں
role-label = کردار
role-group-label = گروپ
role-group-hint = اس شہر میں آپ کے زیرِ نگرانی آرکائیو گروپوں میں سے ایک۔
role-group-missing = ایک گروپ منتخب کریں۔
role-group-unknown = اس شہر میں اس مختصر نام کا کوئی آرکائیو گروپ نہیں۔
role-languages-label = زبانیں
role-languages-hint = زبان کے کوڈ، کوما سے الگ۔ مثال کے طور پر: ar, uk, fa-AF۔
role-languages-missing = کم از کم ایک زبان کا کوڈ لکھیں۔
role-languages-invalid = ان میں سے ایک زبان کا کوڈ نہیں ہے۔ ar، uk یا fa-AF جیسے کوڈ استعمال کریں۔

## Sign-in page

sign-in-title = سائن ان
sign-in-intro = رضاکاروں، ایڈیٹروں، مترجموں اور شہر کے عملے کے لیے۔ رہنما پڑھنے کے لیے اکاؤنٹ کی ضرورت نہیں۔
sign-in-name = نام
sign-in-passphrase = پاس ورڈ
sign-in-submit = سائن ان
sign-in-name-missing = اپنا نام لکھیں۔
sign-in-passphrase-missing = اپنا پاس ورڈ لکھیں۔
sign-in-invalid = نام یا پاس ورڈ غلط ہے۔
sign-in-no-account = اکاؤنٹ نہیں ہے؟ اکاؤنٹ صرف دعوت سے بنتے ہیں۔ اپنے شہر کے منتظم سے لنک مانگیں۔
sign-in-already = آپ { $name } کے نام سے سائن ان ہیں۔
sign-in-continue = جاری رکھیں
sign-in-account = آپ کا اکاؤنٹ

## Invitation page

invite-title = دعوت
invite-loading = دعوت چیک ہو رہی ہے…
invite-not-found = یہ دعوتی لنک کام نہیں کرتا۔ شاید یہ پہلے استعمال ہو چکا ہے یا اس کی مدت ختم ہو گئی ہے۔ جس نے آپ کو دعوت دی اس سے نیا لنک مانگیں۔
invite-home = ہوم صفحے پر جائیں
invite-for = آپ کو { $city } میں اس کردار کے ساتھ دعوت دی گئی ہے: { role-grant }۔
invite-expires = یہ دعوت { DATETIME($expires, dateStyle: "long", timeStyle: "short") } تک کارآمد ہے۔
invite-signed-in-note = آپ { $name } کے نام سے سائن ان ہیں۔ یہ دعوت قبول کرنے سے نیا اکاؤنٹ بنے گا اور آپ اسی سے سائن ان ہوں گے۔
invite-name = آپ کا نام
invite-name-hint = جن لوگوں کے ساتھ آپ کام کرتے ہیں وہ یہ نام دیکھتے ہیں۔ یہ آپ کا اصلی نام ہونا ضروری نہیں: فرضی نام بھی ٹھیک ہے۔
invite-name-missing = ایک نام چنیں۔
invite-name-too-long = یہ نام بہت لمبا ہے: زیادہ سے زیادہ 64 حروف۔
invite-name-taken = یہ نام پہلے سے لیا جا چکا ہے۔ کوئی اور نام چنیں۔
invite-passphrase = پاس ورڈ
invite-passphrase-hint = کم از کم 10 حروف۔ چند ایسے الفاظ جو آپس میں میل نہ کھاتے ہوں، یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتا ہے۔
invite-passphrase-confirm = پاس ورڈ دوبارہ
invite-passphrase-too-short = پاس ورڈ بہت چھوٹا ہے: کم از کم 10 حروف۔
invite-passphrase-too-long = پاس ورڈ بہت لمبا ہے: زیادہ سے زیادہ 1024 حروف۔
invite-passphrase-mismatch = دونوں پاس ورڈ ایک جیسے نہیں۔
invite-submit = میرا اکاؤنٹ بنائیں

## Account page

account-title = آپ کا اکاؤنٹ
account-loading = آپ کا اکاؤنٹ لوڈ ہو رہا ہے…
account-not-signed-in = آپ سائن ان نہیں ہیں۔
account-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔
account-sign-in = سائن ان
account-signed-in-as = آپ { $name } کے نام سے سائن ان ہیں۔
account-offline = آپ آف لائن ہیں۔ یہ وہ ہے جو آلے کو یاد ہے۔ سیشنز اور سائن آؤٹ کے لیے کنکشن ضروری ہے۔
account-roles-title = آپ کے کردار
account-no-roles = ابھی آپ کا کوئی کردار نہیں۔
account-manage-city = { $city } کا انتظام
account-sessions-title = آپ کہاں سائن ان ہیں
account-sessions-loading = لوڈ ہو رہا ہے…
account-session-current = یہ آلہ
account-session-other = کوئی اور آلہ
account-session-times = سائن ان: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }، آخری سرگرمی: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = سائن آؤٹ
account-session-ended = وہ آلہ سائن آؤٹ ہو گیا ہے۔
account-sign-out-everywhere = ہر جگہ سے سائن آؤٹ
account-sign-out = سائن آؤٹ

## City administration page

admin-title = شہر کا انتظام
admin-heading = { $city } کا انتظام
admin-loading = لوڈ ہو رہا ہے…
admin-offline = آپ آف لائن ہیں۔ شہر کے انتظام کے لیے کنکشن ضروری ہے۔
admin-not-signed-in = شہر کا انتظام کرنے کے لیے سائن ان کریں۔
admin-sign-in = سائن ان
admin-not-admin = آپ { $city } کے منتظم نہیں ہیں۔
admin-invite-title = کسی کو دعوت دیں
admin-invite-intro = دعوتی لنک ایک شخص کے لیے ہوتا ہے۔ یہ ایک بار کام کرتا ہے، اور جو بھی اسے کھولے وہ اکاؤنٹ بنا سکتا ہے۔ اسے نجی طور پر بھیجیں۔
admin-invite-submit = دعوتی لنک بنائیں
admin-invite-created = دعوتی لنک بن گیا۔
admin-invite-link-label = دعوتی لنک
admin-invite-about = کردار: { role-grant }۔ { DATETIME($expires, dateStyle: "long", timeStyle: "short") } تک کارآمد۔
admin-invite-copy = لنک کاپی کریں
admin-invite-share = لنک شیئر کریں
admin-invite-copied = لنک کاپی ہو گیا۔
admin-invite-copy-failed = کاپی نہیں ہو سکا۔ لنک منتخب ہے: خود کاپی کریں۔
admin-members-title = اراکین
admin-members-none = ابھی کوئی رکن نہیں۔
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (آپ)
       *[no] { $name }
    }
admin-member-revoked = رسائی واپس لے لی گئی
admin-member-no-roles = کوئی کردار نہیں
admin-member-edit = کردار بدلیں
admin-member-revoke = رسائی واپس لیں
admin-roles-heading = { $name } کے کردار
admin-role-remove = ہٹائیں
admin-role-add-title = کردار شامل کریں
admin-role-add = کردار شامل کریں
admin-role-duplicate = اس شخص کے پاس یہ کردار پہلے سے ہے۔
admin-roles-save = کردار محفوظ کریں
admin-roles-cancel = منسوخ
admin-roles-saved = { $name } کے کردار محفوظ ہو گئے۔
admin-revoke-question = { $name } کی رسائی واپس لیں؟
admin-revoke-explain = { $name } ہر آلے سے سائن آؤٹ ہو جائیں گے اور دوبارہ سائن ان نہیں کر سکیں گے۔
admin-revoke-confirm = رسائی واپس لیں
admin-revoke-cancel = منسوخ
admin-revoked = { $name } کی رسائی واپس لے لی گئی۔

## Suggestions queue (editors)

suggestions-title = قارئین کی تجاویز
suggestions-heading = { $city } کے لیے تجاویز
suggestions-intro = جب رہنما میں کچھ غلط ہو تو قارئین یہ تجاویز نام بتائے بغیر بھیجتے ہیں۔ اسے جانچیں، ضرورت ہو تو آئٹم درست کریں، پھر تجویز کو مکمل کے طور پر نشان زد کریں۔
suggestions-loading = لوڈ ہو رہا ہے…
suggestions-not-signed-in = قارئین کی بھیجی ہوئی تجاویز دیکھنے کے لیے سائن ان کریں۔
suggestions-sign-in = سائن ان
suggestions-not-allowed = صرف { $city } کے ایڈیٹر اور منتظمین اس کی تجاویز دیکھ سکتے ہیں۔
suggestions-unknown-city = ”{ $city }“ نام کا کوئی شہر نہیں ہے۔
suggestions-show-done = مکمل شدہ تجاویز بھی دکھائیں
suggestions-list-title = تجاویز
suggestions-none-open = کوئی کھلی تجویز نہیں۔
suggestions-none = ابھی کوئی تجویز نہیں۔
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = بارے میں: { $title }
suggestions-about-unpublished = ایک ایسے آئٹم کے بارے میں جو اب شائع نہیں ہے
suggestions-about-guide = عمومی طور پر رہنما کے بارے میں
suggestions-no-message = قاری نے کوئی پیغام نہیں لکھا۔
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = موصول: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · زبان: { LANGUAGES($language) }
suggestions-resolved = مکمل: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = مکمل کے طور پر نشان زد کریں
suggestions-marked-done = تجویز مکمل کے طور پر نشان زد ہو گئی۔
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = یہ بند ہو چکا ہے یا اب موجود نہیں
suggestion-topic-hours = کھلنے کے اوقات غلط ہیں
suggestion-topic-address = پتہ غلط ہے
suggestion-topic-contact = فون نمبر یا کوئی اور رابطہ غلط ہے
suggestion-topic-translation = ترجمہ غلط ہے یا موجود نہیں
suggestion-topic-other = کچھ اور

## Editing app

editor-page-title = رہنما میں ترمیم
editor-title = ترمیم: { $city }
editor-signed-out = رہنما میں ترمیم کرنے کے لیے سائن ان کریں۔
editor-progress = اس آلے پر دستاویزات: { $total } میں سے { $loaded }
editor-filter = فلٹر
editor-events = تقریبات
editor-services = سروسز
editor-new-event = نئی تقریب
editor-back = فہرست پر واپس جائیں
editor-untitled = (ابھی کوئی عنوان نہیں)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] اس آلے پر محفوظ ہے۔ آپ آف لائن ہیں۔
        [one] اس آلے پر محفوظ ہے۔ ایک تبدیلی بھیجے جانے کی منتظر ہے۔
       *[other] اس آلے پر محفوظ ہے۔ { $count } تبدیلیاں بھیجے جانے کی منتظر ہیں۔
    }
editor-sync-sending =
    { $count ->
        [one] ایک تبدیلی بھیجی جا رہی ہے…
       *[other] { $count } تبدیلیاں بھیجی جا رہی ہیں…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = ہم آہنگ ہوا: { $ago }
editor-sync-sent =
    { $count ->
        [1] ایک تبدیلی بھیج دی گئی۔ ہم آہنگ ہوا: { $ago }
       *[other] بھیجی گئی تبدیلیاں: { $count }۔ ہم آہنگ ہوا: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] آپ کا سیشن ختم ہو گیا ہے۔ ہم آہنگی جاری رکھنے کے لیے دوبارہ سائن ان کریں۔
        [one] آپ کا سیشن ختم ہو گیا ہے۔ آپ کی تبدیلی اس آلے پر محفوظ ہے: اسے بھیجنے کے لیے دوبارہ سائن ان کریں۔
       *[other] آپ کا سیشن ختم ہو گیا ہے۔ آپ کی { $count } تبدیلیاں اس آلے پر محفوظ ہیں: انہیں بھیجنے کے لیے دوبارہ سائن ان کریں۔
    }
editor-sync-sign-in = دوبارہ سائن ان کریں
editor-hint-plain = چھوٹے جملے لکھیں۔ ہر جملے میں ایک بات۔ ایسے الفاظ استعمال کریں جو لوگ جانتے ہیں۔
editor-hint-title = چند الفاظ میں بتائیں کہ یہ کیا ہے۔ مثال کے طور پر: زبان کیفے۔
editor-minor-edit = چھوٹی درستی (املا، ٹائپنگ کی غلطی): ترجمے تازہ رہتے ہیں
editor-conflict =
    { $count ->
        [one] دو لوگوں نے اسے ایک ہی وقت میں بدلا۔ درست قدر چنیں:
       *[other] کئی لوگوں نے اسے ایک ہی وقت میں بدلا ({ $count } قدریں)۔ درست قدر چنیں:
    }
editor-conflict-keep = ”{ $value }“ رکھیں
editor-event-title = عنوان
editor-event-description = تفصیل
editor-event-type = تقریب کی قسم
editor-event-type-workshop = ورکشاپ
editor-event-type-language-cafe = زبان کیفے
editor-event-type-festival = میلہ
editor-event-type-commemoration = یادگاری تقریب
editor-event-type-job-fair = ملازمت میلہ
editor-event-type-sport = کھیل
editor-event-type-information-session = معلوماتی نشست
editor-event-type-other = دیگر
editor-event-start = شروع
editor-event-end = اختتام
editor-event-place = جگہ
editor-place-name = جگہ کا نام
editor-place-street = گلی اور نمبر
editor-place-postal-code = پوسٹل کوڈ
editor-place-locality = شہر
editor-event-organizer = منتظم
editor-event-free = مفت
editor-event-cancelled = پوری تقریب منسوخ ہے
editor-repeat = تکرار
editor-repeat-kind = کتنی بار
editor-repeat-none = نہیں دہرائی جاتی
editor-repeat-weekly = ہر ہفتے
editor-repeat-monthly = ہر مہینے
editor-repeat-custom = کوئی اور اصول (RRULE)
editor-repeat-days =
    .aria-label = ان دنوں میں
editor-repeat-nth = کون سا
editor-repeat-weekday = دن
editor-repeat-until = تک (اختیاری)
editor-repeat-rule = اصول
editor-nth-1 = پہلا
editor-nth-2 = دوسرا
editor-nth-3 = تیسرا
editor-nth-4 = چوتھا
editor-nth-last = آخری
editor-weekday-mo = پیر
editor-weekday-tu = منگل
editor-weekday-we = بدھ
editor-weekday-th = جمعرات
editor-weekday-fr = جمعہ
editor-weekday-sa = ہفتہ
editor-weekday-su = اتوار
editor-cancelled-dates = منسوخ تاریخیں
editor-cancel-date-label = ایک تاریخ منسوخ کریں
editor-cancel-date = یہ تاریخ منسوخ کریں
editor-restore-date = تاریخ واپس لائیں: { $date }
editor-quick-hint = انٹرنیٹ کے بغیر کام کرتا ہے۔ جب آپ دوبارہ آن لائن ہوں گے تو تقریب بھیج دی جائے گی۔
editor-quick-date = تاریخ
editor-quick-start = شروع ہونے کا وقت
editor-quick-end = ختم ہونے کا وقت
editor-quick-save = تقریب محفوظ کریں
editor-quick-missing = عنوان، تاریخ اور اوقات بھریں۔
editor-service-name = نام
editor-service-description = یہ کیا ہے
editor-service-eligibility = کون آ سکتا ہے
editor-service-documents = ساتھ کیا لائیں
editor-service-status = صورتحال
editor-service-status-active = کھلا ہے
editor-service-status-temporarily-closed = عارضی طور پر بند
editor-service-status-closed = مستقل طور پر بند
editor-service-organization = وہ ادارہ جو اسے چلاتی ہے
editor-service-categories = زمرے
editor-service-target-groups = یہ کس کے لیے ہے
editor-service-open-to-all = سب کے لیے کھلا، چاہے ان کے کاغذات کچھ بھی ہوں
editor-service-fee = قیمت، اگر مفت نہیں
editor-service-languages = وہ زبانیں جو عملہ بولتا ہے
editor-service-language-other = کوئی اور زبان
editor-service-language-hint = زبان کا کوڈ، مثلاً ti، prs یا pt-BR۔
editor-service-language-add = زبان شامل کریں
editor-service-language-invalid = یہ زبان کا کوڈ نہیں ہے۔ ti، prs یا pt-BR جیسا کوڈ لکھیں۔
editor-service-contacts = رابطہ
editor-service-phones = فون نمبر
editor-service-phone = فون نمبر { $number }
editor-service-phone-new = نیا فون نمبر
editor-service-phone-add = نمبر شامل کریں
editor-service-phone-remove = { $phone } ہٹائیں
editor-service-phone-invalid = فون نمبر لکھیں: صرف ہندسے، خالی جگہ اور +۔ مثلاً +32 4 123 45 67۔
editor-service-email = ای میل
editor-service-email-invalid = یہ ای میل پتہ نہیں ہے۔ مثلاً: info@example.org
editor-service-website = ویب سائٹ
editor-service-website-invalid = پورا پتہ لکھیں، جو https:// سے شروع ہو
editor-service-verified = آخری جانچ
editor-service-verified-never = ابھی تک کسی نے اس سروس کی جانچ نہیں کی۔
editor-service-verified-value = { $date } کو { $name } نے جانچا
editor-service-verify = آج جانچا گیا
editor-service-locations = جگہیں
editor-service-location = جگہ { $number }
editor-service-location-none = ابھی کوئی جگہ نہیں۔
editor-service-location-add = جگہ شامل کریں
editor-service-location-remove = یہ جگہ ہٹائیں
editor-location-region = علاقہ
editor-location-country = ملک (دو حروف، مثلاً BE)
editor-location-country-invalid = ملک کا دو حرفی کوڈ لکھیں، مثلاً BE۔
editor-location-latitude = عرض بلد (اختیاری)
editor-location-longitude = طول بلد (اختیاری)
editor-location-latitude-invalid = ‎-90 سے 90 تک کوئی عدد لکھیں، مثلاً 50.63۔
editor-location-longitude-invalid = ‎-180 سے 180 تک کوئی عدد لکھیں، مثلاً 5.57۔
editor-location-outreach = وہ لوگوں کے پاس بھی جاتے ہیں (موبائل یا فیلڈ سروس)
editor-service-schedules = اوقات کار
editor-schedule = اوقات { $number }
editor-schedule-none = ابھی کوئی اوقات کار نہیں۔
editor-schedule-add = اوقات کار شامل کریں
editor-schedule-remove = یہ اوقات ہٹائیں
editor-schedule-days = دن
editor-schedule-rule-hint = صرف اس کے لیے جو دن نہیں بتا سکتے، مثلاً ہر مہینے کے پہلے منگل کے لیے FREQ=MONTHLY;BYDAY=1TU۔ دن استعمال کرنے کے لیے خالی چھوڑ دیں۔
editor-schedule-rule-invalid = یہ اصول استعمال نہیں ہو سکتا۔ «RRULE:» کے بغیر FREQ=WEEKLY;BYDAY=MO,TU جیسا اصول لکھیں۔
editor-schedule-opens = کھلنے کا وقت
editor-schedule-closes = بند ہونے کا وقت
editor-schedule-overnight = اگلے دن بند ہوتا ہے (آدھی رات کے بعد کھلا)
editor-schedule-times-invalid = بند ہونے کا وقت کھلنے کے وقت کے بعد ہونا چاہیے۔ آدھی رات کے بعد کے اوقات کے لیے «اگلے دن بند ہوتا ہے» پر نشان لگائیں۔
editor-schedule-valid-from = سے (اختیاری)
editor-schedule-valid-to = تک (اختیاری)
editor-schedule-valid-invalid = ختم ہونے کی تاریخ شروع ہونے کی تاریخ سے پہلے نہیں ہو سکتی۔
editor-schedule-closed-dates = ان دنوں بند
editor-schedule-closed-date-label = ایک دن جب یہ بند ہو
editor-schedule-closed-date-add = بندش کا دن شامل کریں
editor-schedule-closed-date-remove = { $date } کو دوبارہ کھلا
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }، وقت لے کر
editor-schedule-no-days = کوئی دن منتخب نہیں
editor-schedule-no-hours = ابھی کوئی اوقات نہیں
editor-new-service = نئی سروس
editor-new-service-hint = نام سے شروع کریں۔ باقی اگلی اسکرین پر بھریں۔ انٹرنیٹ کے بغیر کام کرتا ہے۔
editor-new-service-create = سروس بنائیں
editor-new-service-missing = سروس کا نام لکھیں۔
editor-publishing = اشاعت
editor-publish-hint = قارئین صرف شائع شدہ ورژن دیکھتے ہیں۔ آپ کی بعد کی تبدیلیاں مسودہ رہتی ہیں، جب تک آپ دوبارہ شائع نہ کریں۔
editor-publish = یہ ورژن شائع کریں
editor-unpublish = اشاعت واپس لیں
editor-published = شائع ہو گیا۔ قارئین اب یہ ورژن دیکھتے ہیں۔
editor-draft-badge = غیر شائع شدہ مسودہ
editor-publication-published = شائع شدہ: قارئین یہی ورژن دیکھتے ہیں۔
editor-publication-draft = غیر شائع شدہ مسودہ: جب تک یہ ورژن شائع نہ ہو، قارئین آخری شائع شدہ ورژن دیکھتے ہیں۔
editor-publication-unpublished = غیر شائع شدہ مسودہ: جب تک یہ آئٹم شائع نہ ہو، قارئین اسے نہیں دیکھتے۔
editor-unpublished = اشاعت واپس لے لی گئی۔ قارئین اب اسے نہیں دیکھتے۔
editor-publish-not-synced = سرور کے پاس ابھی یہ ورژن نہیں ہے۔ ہم آہنگی کا انتظار کریں، پھر شائع کریں۔
editor-publish-offline = آپ آف لائن ہیں۔ جب دوبارہ آن لائن ہوں تو شائع کریں۔
editor-publish-not-publishable = شائع نہیں ہوا: یہ ورژن ابھی مکمل آئٹم نہیں ہے۔ ہم آہنگی کا انتظار کریں، اس کے خانے دیکھیں، پھر دوبارہ شائع کریں۔
editor-publish-invalid-content = شائع نہیں ہوا: پہلے { $field } درست کریں۔
editor-publish-link-invalid = لنک کو اس سائٹ کے کسی صفحے (جو ایک / سے شروع ہو) یا https:// سے شروع ہونے والے پورے پتے پر جانا چاہیے۔
# The publish preview: the version readers see now against the draft on this device.
editor-preview = پیش منظر: قارئین کیا دیکھیں گے
editor-preview-hint = وہ ورژن جو قارئین اب دیکھتے ہیں، آپ کے مسودے کے مقابلے میں۔ مسودہ قارئین کو دکھانے کے لیے شائع کریں۔
editor-preview-not-published = ابھی شائع نہیں ہوا: قارئین کچھ نہیں دیکھتے۔ شائع کرنے کے بعد وہ یہ دیکھیں گے:
# $when: the date and time of publishing.
editor-preview-same = قارئین بالکل یہی ورژن دیکھتے ہیں (شائع ہوا: { $when })۔
editor-preview-changed =
    { $count ->
        [one] ایک خانہ اس سے مختلف ہے جو قارئین دیکھتے ہیں (شائع ہوا: { $when }):
       *[other] { $count } خانے اس سے مختلف ہیں جو قارئین دیکھتے ہیں (شائع ہوا: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] ایک خانہ نہیں بدلا
       *[other] { $count } خانے نہیں بدلے
    }
editor-preview-unknown = قارئین کیا دیکھتے ہیں، یہ دیکھنے کے لیے ایک بار انٹرنیٹ سے جڑیں۔
editor-preview-unavailable = اس آلے پر ابھی شائع شدہ ورژن نہیں ہے۔ ہم آہنگی کا انتظار کریں۔
# Read out by screen readers before removed and added words.
editor-diff-removed = ہٹایا گیا:
editor-diff-added = شامل کیا گیا:
# The history of an item: who changed which field, and when.
editor-history = تاریخچہ
editor-history-hint = کس نے کیا بدلا، اور کب۔ آپ پہلے والی قدر واپس لا سکتے ہیں۔
editor-history-none = ابھی کوئی تبدیلی نہیں۔
editor-history-unknown-author = درآمد شدہ
# $field: the technical name of a field that has no label here.
editor-history-other-field = دیگر تفصیل ({ $field })
editor-history-restore = یہ قدر واپس لائیں
editor-history-current = یہ موجودہ قدر ہے۔
editor-history-empty = (خالی)
editor-history-yes = ہاں
editor-history-no = نہیں
editor-history-field-order = مضامین کی فہرست میں جگہ
editor-translate-link = ترجمہ کریں
editor-suggestions-link = قارئین کی تجاویز
editor-suggestions-open = کھلی: { $count }
editor-translate-title = ترجمے
editor-translate-no-languages = اس شہر میں آپ کے پاس ترجمہ کرنے کے لیے کوئی زبان نہیں ہے۔
editor-translate-language = کس زبان میں
editor-translate-status = دکھائیں
editor-translate-all = سب
editor-translate-back = ترجموں پر واپس جائیں
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $total } میں سے { $done } تازہ
editor-status-missing = موجود نہیں
editor-status-outdated = پرانا
editor-status-machine = مشینی ترجمہ
editor-status-up-to-date = تازہ
editor-status-incomplete = جزوی ترجمہ
editor-translate-source-changed = اس ترجمے کے بعد اصل متن بدل گیا ہے۔ جو بدلا وہ ہر خانے کے اوپر نشان زد ہے۔
editor-translate-source-changed-unknown = اس ترجمے کے بعد اصل متن بدل گیا ہے۔ یہ آلہ نہیں دکھا سکتا کہ کیا بدلا: ہر متن کا اصل سے موازنہ کریں۔
editor-translate-what-changed = اصل میں تبدیلی:
editor-translate-finish = مکمل کریں
editor-translate-left = ترجمے کے لیے باقی متن: { $count }
editor-translate-all-translated = سب متن ترجمہ ہو گئے ہیں۔ انہیں اصل سے جانچیں، پھر ترجمے کو مکمل کے طور پر نشان زد کریں۔
editor-translate-done = مکمل کے طور پر نشان زد کریں
editor-translate-not-done = پہلے ہر متن کا ترجمہ کریں۔ ابھی خالی: { $count }
editor-translate-marked-done = مکمل کے طور پر نشان زد ہو گیا۔ یہ اس آلے پر محفوظ ہے اور آپ کی دوسری تبدیلیوں کے ساتھ سرور پر جائے گا۔
editor-translate-publish = ترجمہ شائع کریں
editor-translate-publish-hint = قارئین ترجمہ شائع ہونے کے بعد دیکھتے ہیں، اس اندراج کے اسی ورژن کے ساتھ جو وہ ابھی دیکھتے ہیں۔
editor-translate-editor-publishes = قارئین ترجمہ تب دیکھتے ہیں جب کوئی مدیر اسے شائع کرے۔
editor-translate-publish-not-done = پہلے ترجمے کو مکمل کے طور پر نشان زد کریں۔
editor-translate-item-unpublished = یہ اندراج ابھی شائع نہیں ہوا۔ قارئین ترجمہ اس کے شائع ہونے پر دیکھیں گے۔
editor-translate-published = شائع ہو گیا۔ قارئین اب یہ ترجمہ دیکھتے ہیں۔
editor-field-name = نام
editor-field-title = عنوان
editor-field-description = تفصیل
editor-field-body = متن
editor-field-eligibility = کون آ سکتا ہے
editor-field-documents_needed = ساتھ کیا لائیں
editor-field-fee = خرچ
editor-field-accessibility = رسائی
editor-field-notes = کھلنے کے اوقات کے بارے میں نوٹس

## Guide articles and city settings

editor-new-article = نیا مضمون
editor-settings-link = شہر کی ترتیبات
editor-articles = رہنما کے مضامین
editor-move-up = اوپر لے جائیں
    .aria-label = اوپر لے جائیں: { $title }
editor-move-down = نیچے لے جائیں
    .aria-label = نیچے لے جائیں: { $title }
editor-article-title = عنوان
editor-article-body = متن
editor-article-markdown-hint = فارمیٹنگ: پیراگرافوں کے درمیان ایک خالی سطر؛ سرخی کے لیے سطر کے شروع میں «## »؛ فہرست کے لیے «- » یا «1. »؛ لنک یوں لکھیں [الفاظ](https://example.org).
editor-article-parent = اس کے نیچے آتا ہے
editor-article-top-level = سب سے اوپر کی سطح (کسی مضمون کے نیچے نہیں)
editor-article-notice = ہوم پیج پر اطلاع اس تاریخ تک (اختیاری)
editor-article-notice-hint = اس تاریخ تک رہنما کا ہوم پیج اس مضمون کو شہر کی اطلاع کے طور پر دکھاتا ہے۔ عام مضمون کے لیے خالی چھوڑ دیں۔
editor-hint-title-article = چند الفاظ میں بتائیں کہ یہ کس بارے میں ہے۔ مثلاً: آپ کے پہلے دن۔
editor-article-create = مضمون بنائیں
editor-article-title-missing = پہلے عنوان لکھیں۔
editor-article-cannot-create = صرف مدیر مضامین شامل کر سکتے ہیں۔
editor-settings-title = شہر کی ترتیبات
editor-settings-live = یہاں کی تبدیلیاں قارئین کو فوراً نظر آتی ہیں۔ شائع کرنے کا کوئی مرحلہ نہیں۔
editor-settings-read-only = آپ شہر کی ترتیبات نہیں بدل سکتے۔ صرف مدیر بدل سکتے ہیں۔
editor-categories = زمرے
editor-categories-hint = قارئین زمرے اسی ترتیب میں دیکھتے ہیں۔ جہاں نام خالی ہو، قارئین متبادل زبان میں نام دیکھتے ہیں۔
editor-category-icon = آئیکن
editor-category-name = نام { $language } میں ({ $tag })
editor-category-add-title = نیا زمرہ
editor-category-add-name = نام { $language } میں
editor-category-add = زمرہ شامل کریں
editor-category-name-missing = پہلے زمرے کا نام لکھیں۔
editor-category-remove-question = «{ $name }» ہٹا دیں؟ اسے استعمال کرنے والی خدمات: { $count }۔
editor-remove = ہٹائیں
    .aria-label = ہٹائیں: { $name }
editor-remove-confirm = ہاں، «{ $name }» ہٹا دیں
editor-remove-cancel = منسوخ کریں
editor-icon-heart = دل
editor-icon-house = گھر
editor-icon-scales = ترازو
editor-icon-briefcase = بریف کیس
editor-icon-book = کتاب
editor-icon-family = خاندان
editor-icon-bowl = پیالہ
editor-icon-people = لوگ
editor-icon-woman = عورت
editor-icon-star = ستارہ
editor-icon-search = محدب عدسہ
editor-icon-calendar = کیلنڈر
editor-icon-clock = گھڑی
editor-icon-pin = نقشے کا نشان
editor-icon-phone = فون
editor-icon-share = شیئر کریں
editor-icon-print = پرنٹر
editor-icon-speaker = اسپیکر
editor-icon-article = دستاویز
editor-icon-offline = کنکشن نہیں
editor-icon-check = درست کا نشان
editor-icon-flag = جھنڈا
editor-languages = زبانیں
editor-languages-hint = وہ زبانیں جو قارئین چن سکتے ہیں۔ جو متن ابھی ترجمہ نہیں ہوا وہ متبادل زبان میں دکھایا جاتا ہے۔
editor-language-direction = لکھنے کی سمت
editor-direction-ltr = بائیں سے دائیں
editor-direction-rtl = دائیں سے بائیں
editor-language-source = ماخذ زبان: مواد پہلے اسی زبان میں لکھا جاتا ہے۔
editor-language-fallback = متبادل زبان
editor-language-fallback-hint = اس زبان کے قارئین کیا دیکھتے ہیں جب کوئی متن ابھی ترجمہ نہ ہوا ہو۔
editor-language-no-fallback = کوئی نہیں
editor-language-fallback-cycle = اس سے ایک چکر بنتا ہے: وہ زبان پہلے ہی اس زبان پر لوٹتی ہے۔ کوئی اور چنیں۔
editor-language-remove-question = { $language } ہٹا دیں؟ اس کے قارئین کوئی اور زبان چنیں گے۔ ترجمے محفوظ رہیں گے۔
editor-language-add-title = نئی زبان
editor-language-add-tag = زبان کا کوڈ (BCP 47)
editor-language-add-hint = مثلاً: ti (تگرینیا)، pt-BR (برازیلی پرتگالی)۔
editor-language-add = زبان شامل کریں
editor-language-invalid = «{ $tag }» زبان کا کوڈ نہیں ہے۔ ti یا pt-BR جیسا کوڈ لکھیں۔
editor-language-present = شہر میں { $language } پہلے سے موجود ہے۔

## The multivoiced archive

reader-archive-title = آمد کی آوازیں
reader-archive-intro = اس شہر میں آنے والے لوگوں کی کہانیاں، ان کے اپنے الفاظ میں۔ ہر آواز ان کی اپنی ہے؛ کوئی بھی سرکاری بیان نہیں۔
reader-archive-link = آمد کی آوازیں پڑھیں
reader-archive-empty = یہاں ابھی کچھ شائع نہیں ہوا۔
reader-archive-unavailable = آوازیں لوڈ نہیں ہو سکیں۔ بعد میں دوبارہ کوشش کریں۔
reader-archive-offline = آپ آف لائن ہیں۔ آمد کی آوازوں کے لیے کنکشن ضروری ہے۔
reader-archive-anonymous = گمنام
reader-archive-speaks-about = یہ بات کرتا ہے:
reader-archive-translated = گروپ کی جانب سے { $language } سے ترجمہ
reader-archive-in-language = { $language } میں
reader-archive-original = اصل الفاظ دکھائیں
reader-archive-recording =
    .aria-label = اس آواز کی ریکارڈنگ
archive-page-title = آرکائیو
archive-title = گروپ { $group } کا آرکائیو
archive-open = آرکائیو کھولیں
archive-not-member = آپ اس آرکائیو گروپ کے رکن نہیں ہیں۔
archive-intro = آمد کی کہانیاں جو گروپ نے لکھیں اور ریکارڈ کیں۔ ہر آواز اپنے مصنف کی رہتی ہے: صرف وہی طے کرتا ہے کہ اسے کون دیکھے اور اس کا نام کیسے لیا جائے۔
archive-entries = کہانیاں
archive-no-entries = ابھی کوئی کہانی نہیں۔
archive-voice-count =
    { $count ->
        [one] { $count } آواز
       *[other] { $count } آوازیں
    }
archive-state-published = شائع شدہ
archive-state-unpublished = غیر شائع شدہ
archive-theme = موضوع
archive-guide-links = رہنما کے وہ صفحات جن کی یہ بات کرتا ہے
archive-theme-arrival = آمد
archive-theme-first-contact-with-services = خدمات سے پہلا رابطہ
archive-theme-housing = رہائش
archive-theme-work = کام
archive-theme-family = خاندان
archive-theme-belonging = اپنائیت
archive-theme-the-future = مستقبل
archive-theme-other = دیگر
archive-entry-title = عنوان
archive-entry-title-missing = عنوان لکھیں۔
archive-cities = وہ شہر جن کے بارے میں ہے
archive-cities-hint = شائع ہونے کے بعد ان شہروں کی گائیڈ کے قارئین اسے پڑھ سکتے ہیں۔
archive-new-entry = نئی کہانی
archive-new-entry-create = کہانی بنائیں
archive-back = آرکائیو پر واپس
archive-entry-missing = یہ کہانی ابھی اس آلے پر نہیں ہے۔ اگر ابھی بنائی گئی ہے تو ہم آہنگ ہونے کا انتظار کریں۔
archive-voices = آوازیں
archive-no-voices = ابھی کوئی آواز نہیں۔
archive-add-voice = میری آواز شامل کریں
archive-add-voice-hint = اپنے الفاظ میں لکھیں، اپنی آواز ریکارڈ کریں، یا دونوں۔ یہ فوراً اس آلے پر محفوظ ہو جاتا ہے اور آن لائن ہونے پر بھیج دیا جاتا ہے۔
archive-voice-language = وہ زبان جس میں آپ بولتے ہیں
archive-add-voice-create = میری آواز شامل کریں
archive-voice-yours = آپ کی آواز
archive-voice-of = { $name } کی آواز
archive-voice-unknown = گروپ کی ایک آواز
archive-voice-in = { $language } میں
archive-voice-text = الفاظ
archive-voice-text-hint = جو لکھا گیا، یا ریکارڈنگ کی تحریری نقل۔
archive-recording = ریکارڈنگ
archive-record = ریکارڈ کریں
archive-record-stop = روکیں
archive-record-discard = ریکارڈنگ ضائع کریں
archive-record-play =
    .aria-label = ریکارڈنگ سنیں
archive-recording-none = کوئی ریکارڈنگ نہیں۔
archive-recording-recording = ریکارڈنگ جاری ہے…
archive-recording-waiting = ریکارڈ ہو گئی، اپ لوڈ کا انتظار ہے۔ تب تک یہ اسی آلے پر رہے گی۔
archive-recording-uploaded = اپ لوڈ ہو گئی۔
archive-recording-refused-too-large = یہ ریکارڈنگ بہت بڑی ہے: آرکائیو 25 MB تک لیتا ہے۔ چھوٹی ریکارڈنگ کریں یا چھوٹی فائل منتخب کریں۔
archive-recording-refused-wrong-type = آرکائیو یہ فائل نہیں لیتا: صرف WebM یا Ogg آڈیو۔
archive-audio-file = یا اس آلے سے آڈیو فائل منتخب کریں
archive-audio-file-hint = WebM یا Ogg آڈیو، 25 MB تک۔ اپ لوڈ کرتے وقت اس کا عنوان اور دوسرے ٹیگ ہٹا دیے جاتے ہیں۔
archive-recording-no-microphone = کوئی مائیکروفون استعمال نہیں ہو سکا۔ اس سائٹ کو مائیکروفون کی اجازت دیں، یا اپنے الفاظ لکھیں۔
archive-photo = تصویر
archive-photo-choose = تصویر شامل کریں
archive-photo-hint = JPEG، PNG یا WebP، 10 MB تک۔ اپ لوڈ کرتے وقت اس کا مقام (GPS) اور کیمرے کی تفصیلات ہٹا دی جاتی ہیں۔
archive-photo-description = تصویر میں کیا ہے (ان کے لیے جو اسے دیکھ نہیں سکتے)
archive-photo-remove = تصویر ہٹائیں
archive-photo-none = کوئی تصویر نہیں۔
archive-photo-waiting = اپ لوڈ کے انتظار میں۔ تب تک اسی آلے پر رکھی جاتی ہے۔
archive-photo-uploaded = اپ لوڈ ہو گئی، مقام اور کیمرے کی تفصیلات کے بغیر۔
archive-photo-refused-too-large = یہ تصویر بہت بڑی ہے: آرکائیو 10 MB تک کی تصاویر لیتا ہے۔
archive-photo-refused-wrong-type = آرکائیو یہ فائل نہیں لیتا: صرف JPEG، PNG یا WebP تصاویر۔
archive-translations = ترجمے
archive-translation-language = ترجمہ کریں
archive-translation-add = ترجمہ شامل کریں
archive-translation-text = { $language } میں ترجمہ، از { $by }
archive-translation-text-own = { $language } میں ترجمہ، آواز کے مصنف کی جانب سے
archive-consent-title = آپ کی رضامندی
archive-consent-unavailable = جب آپ کی آواز سرور تک پہنچ جائے (جب آپ آن لائن ہوں) تو آپ چن سکیں گے کہ اسے کون دیکھے۔ تب تک صرف گروپ اسے دیکھتا ہے، آپ کے نام کے بغیر۔
archive-consent-visibility = آپ کی آواز کون دیکھ سکتا ہے
archive-visibility-group = صرف گروپ
archive-visibility-city-editors = گروپ اور شہر کے مدیران
archive-visibility-public = سب، جب کوئی منتظم کہانی شائع کرے
archive-consent-naming = آپ کا نام کیسے لیا جائے
archive-naming-name = میرے نام سے ({ $name })
archive-naming-pseudonym = فرضی نام سے
archive-naming-anonymous = بالکل نہیں (گمنام)
archive-pseudonym = فرضی نام
archive-pseudonym-missing = وہ فرضی نام لکھیں جس سے آپ پکارے جانا چاہتے ہیں۔
archive-consent-save = میرا انتخاب محفوظ کریں
archive-consent-saving = محفوظ ہو رہا ہے…
archive-consent-saved = محفوظ ہو گیا۔
archive-consent-offline = محفوظ نہیں ہوا: آپ آف لائن ہیں۔ آن لائن ہونے پر دوبارہ کوشش کریں۔
archive-consent-withdrawn = یہ آواز واپس لے لی گئی ہے۔
archive-consent-failed = محفوظ نہیں ہوا۔ بعد میں دوبارہ کوشش کریں۔
archive-withdraw = میری آواز واپس لیں
archive-withdraw-explained = آواز واپس لینے سے وہ ہمیشہ کے لیے ہٹ جاتی ہے: گروپ میں کوئی، کوئی مدیر اور کوئی قاری اسے دوبارہ نہیں دیکھے گا، اور سرور اسے مٹا دیتا ہے۔ اسے واپس نہیں لایا جا سکتا۔
archive-withdraw-cannot-undo = یہ ان نقلوں کو واپس نہیں لے سکتا جو دوسروں نے دکھائے جانے کے دوران پہلے ہی ڈاؤن لوڈ، محفوظ یا پرنٹ کر لیں۔
archive-withdraw-confirm = ہمیشہ کے لیے واپس لیں
archive-withdraw-cancel = میری آواز رہنے دیں
archive-publish = کہانی شائع کریں
archive-unpublish = اشاعت منسوخ کریں
archive-publish-hint = قارئین صرف وہ آوازیں دیکھتے ہیں جن کے مصنفین نے «سب» چنا، اسی نام سے جو ہر ایک نے چنا۔
archive-published = شائع ہو گئی۔ قارئین اب وہ آوازیں دیکھتے ہیں جو عوام کے ساتھ شیئر کی گئیں۔
archive-unpublished = اشاعت منسوخ ہو گئی۔ قارئین اب اسے نہیں دیکھتے۔
archive-publish-refused = شائع نہیں ہوئی: ابھی کسی مصنف نے اپنی آواز عوام کے ساتھ شیئر نہیں کی (یا کہانی کا عنوان نہیں ہے)۔
archive-publish-not-synced = سرور کے پاس ابھی یہ کہانی نہیں ہے۔ ہم آہنگ ہونے کا انتظار کریں، پھر شائع کریں۔
archive-publish-failed = شائع نہیں ہوئی۔ بعد میں دوبارہ کوشش کریں۔
archive-export = گروپ کا آرکائیو ڈاؤن لوڈ کریں
archive-export-hint = ایک zip فائل جس میں ہر آواز کے الفاظ (Markdown)، ریکارڈنگز اور اندراجات، آوازوں، زبانوں اور رضامندیوں کی فہرست ہے۔ واپس لی گئی آوازیں اس میں کبھی نہیں ہوتیں؛ گمنام آواز کا اس میں کوئی نام نہیں۔ اسے صرف اتنا ہی شیئر کریں جتنا ہر آواز کی رضامندی اجازت دیتی ہے۔

## Dates
date-month =
    { $month ->
     [jan] جنوری
     [feb] فروری
     [mar] مارچ
     [apr] اپریل
     [may] مئی
     [jun] جون
     [jul] جولائی
     [aug] اگست
     [sep] ستمبر
     [oct] اکتوبر
     [nov] نومبر
    *[dec] دسمبر
    }
date-month-alone =
    { $month ->
     [jan] جنوری
     [feb] فروری
     [mar] مارچ
     [apr] اپریل
     [may] مئی
     [jun] جون
     [jul] جولائی
     [aug] اگست
     [sep] ستمبر
     [oct] اکتوبر
     [nov] نومبر
    *[dec] دسمبر
    }
date-weekday =
    { $weekday ->
     [mon] پیر
     [tue] منگل
     [wed] بدھ
     [thu] جمعرات
     [fri] جمعہ
     [sat] ہفتہ
    *[sun] اتوار
    }
date-day = { $weekday }، { $day } { $month }
date-full = { $day } { $month }، { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } کو { $time }
date-list-separator = { "، " }
date-just-now = اس منٹ
date-minutes-ago =
    { $count ->
     [one] { $count } منٹ پہلے
    *[other] { $count } منٹ پہلے
    }
date-hours-ago =
    { $count ->
     [one] { $count } گھنٹہ پہلے
    *[other] { $count } گھنٹے پہلے
    }
date-days-ago =
    { $count ->
     [1] گزشتہ کل
     [one] { $count } دن پہلے
    *[other] { $count } دنوں پہلے
    }
