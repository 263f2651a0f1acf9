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
nav-home = ہوم
nav-status = ہم آہنگی کی صورتحال
nav-sign-in = سائن ان
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = آپ کا اکاؤنٹ: { $name }
page-title = { $page } · { app-name }
language-label = زبان

## Home page

home-title = { app-name } میں خوش آمدید
home-status-link = ہم آہنگی کی صورتحال دیکھیں

## Status page

status-title = ہم آہنگی کی صورتحال
status-connection-label = سرور سے رابطہ
status-connected = جڑا ہوا ہے
status-connecting = جڑ رہا ہے…
status-offline = آف لائن
status-offline-hint = آپ آف لائن ہیں۔ تبدیلیاں اسی آلے پر رہتی ہیں۔ جب آپ دوبارہ آن لائن ہوں گے تو بھیج دی جائیں گی۔
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
role-group-hint = آرکائیو گروپ کا مختصر نام، جیسا آپ کے شہر کے لیے بنایا گیا: چھوٹے لاطینی حروف، ہندسے اور ڈیش۔
role-group-missing = گروپ کا نام لکھیں۔
role-group-invalid = گروپ کا مختصر نام لکھیں: چھوٹے لاطینی حروف، ہندسے اور ڈیش۔ مثال کے طور پر: women-voices۔
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
