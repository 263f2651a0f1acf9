# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Tamil, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = புதிதாக வந்தவர்களுக்கான உள்ளூர் வழிகாட்டிகள். சேர்ந்து எழுதப்பட்டவை, இணையம் இல்லாமலும் படிக்கலாம்.
skip-to-content = உள்ளடக்கத்துக்குச் செல்லவும்
nav-main =
    .aria-label = முதன்மைப் பட்டி
nav-home = முகப்பு
nav-status = ஒத்திசைவு நிலை
nav-sign-in = உள்நுழை
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = உங்கள் கணக்கு: { $name }
page-title = { $page } · { app-name }
language-label = மொழி

## Home page

home-title = { app-name }-க்கு வரவேற்கிறோம்
home-status-link = ஒத்திசைவு நிலையைப் பார்க்கவும்

## Status page

status-title = ஒத்திசைவு நிலை
status-connection-label = சேவையகத்துடன் இணைப்பு
status-connected = இணைக்கப்பட்டது
status-connecting = இணைக்கிறது…
status-offline = இணைப்பு இல்லை
status-offline-hint = நீங்கள் இணைப்பில் இல்லை. மாற்றங்கள் இந்தச் சாதனத்திலேயே இருக்கும். மீண்டும் இணைப்பு வரும்போது அனுப்பப்படும்.
status-signed-out = உள்நுழையவில்லை
status-signed-out-hint = உள்நுழைந்த தொகுப்பாளர்கள் மட்டுமே ஆவணங்களைச் சேவையகத்துடன் ஒத்திசைக்கிறார்கள். வழிகாட்டியைப் படிக்கக் கணக்கு தேவையில்லை.
status-sign-in = ஒத்திசைக்க உள்நுழையவும்

## Not found

not-found-title = பக்கம் கிடைக்கவில்லை
not-found-body = இந்த முகவரியில் எதுவும் இல்லை.
not-found-home = முகப்புப் பக்கத்துக்குச் செல்லவும்

## Forms and errors shared by the pages

passphrase-show = கடவுச்சொல்லைக் காட்டு
error-offline = சேவையகத்தை அடைய முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.
error-server = சேவையகத்தில் ஏதோ தவறு நடந்தது. பிறகு மீண்டும் முயலவும்.
error-bad-request = சேவையகம் இதை ஏற்கவில்லை. நீங்கள் எழுதியதைச் சரிபார்த்து மீண்டும் முயலவும்.
error-forbidden = இதைச் செய்ய உங்களுக்கு அனுமதி இல்லை.
error-unauthenticated = நீங்கள் வெளியேற்றப்பட்டீர்கள். தொடர மீண்டும் உள்நுழையவும்.
error-unexpected = ஏதோ தவறு நடந்தது. மீண்டும் முயலவும்.
error-page-not-loaded = இந்தப் பக்கத்தைத் திறக்க முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.
error-too-many-attempts-seconds =
    அதிக முயற்சிகள். { $seconds ->
        [one] ஒரு வினாடி
       *[other] { $seconds } வினாடிகள்
    } கழித்து மீண்டும் முயலவும்.
error-too-many-attempts-minutes =
    அதிக முயற்சிகள். { $minutes ->
        [one] ஒரு நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    } கழித்து மீண்டும் முயலவும்.

## Roles

-role-volunteer = தன்னார்வலர்
-role-translator = மொழிபெயர்ப்பாளர்
-role-editor = தொகுப்பாளர்
-role-group_member = குழு உறுப்பினர்
-role-group_moderator = குழு நெறியாளர்
-role-city_admin = நகர நிர்வாகி
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
        [group] { role-name }, குழு “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant }, { $city }
role-label = பங்கு
role-group-label = குழு
role-group-hint = காப்பகக் குழுவின் சுருக்கப் பெயர், உங்கள் நகரத்துக்கு அமைக்கப்பட்டபடி: சிறிய லத்தீன் எழுத்துகள், எண்கள், இணைப்புக் கோடுகள்.
role-group-missing = குழுவின் பெயரை எழுதவும்.
role-group-invalid = குழுவின் சுருக்கப் பெயரைப் பயன்படுத்தவும்: சிறிய லத்தீன் எழுத்துகள், எண்கள், இணைப்புக் கோடுகள். எடுத்துக்காட்டு: women-voices.
role-group-unknown = இந்த நகரத்தில் அந்தச் சுருக்கப் பெயரில் காப்பகக் குழு இல்லை.
role-languages-label = மொழிகள்
role-languages-hint = மொழிக் குறியீடுகள், காற்புள்ளியால் பிரிக்கப்பட்டவை. எடுத்துக்காட்டு: ar, uk, fa-AF.
role-languages-missing = குறைந்தது ஒரு மொழிக் குறியீட்டை எழுதவும்.
role-languages-invalid = இவற்றில் ஒன்று மொழிக் குறியீடு அல்ல. ar, uk அல்லது fa-AF போன்ற குறியீடுகளைப் பயன்படுத்தவும்.

## Sign-in page

sign-in-title = உள்நுழை
sign-in-intro = தன்னார்வலர்கள், தொகுப்பாளர்கள், மொழிபெயர்ப்பாளர்கள், நகரப் பணியாளர்களுக்கு. வழிகாட்டியைப் படிக்கக் கணக்கு தேவையில்லை.
sign-in-name = பெயர்
sign-in-passphrase = கடவுச்சொல்
sign-in-submit = உள்நுழை
sign-in-name-missing = உங்கள் பெயரை எழுதவும்.
sign-in-passphrase-missing = உங்கள் கடவுச்சொல்லை எழுதவும்.
sign-in-invalid = பெயர் அல்லது கடவுச்சொல் தவறு.
sign-in-no-account = கணக்கு இல்லையா? கணக்குகள் அழைப்பின் மூலம் மட்டுமே உருவாகும். உங்கள் நகர நிர்வாகியிடம் இணைப்பைக் கேளுங்கள்.
sign-in-already = நீங்கள் { $name } ஆக உள்நுழைந்துள்ளீர்கள்.
sign-in-continue = தொடரவும்
sign-in-account = உங்கள் கணக்கு

## Invitation page

invite-title = அழைப்பு
invite-loading = அழைப்பைச் சரிபார்க்கிறது…
invite-not-found = இந்த அழைப்பு இணைப்பு வேலை செய்யவில்லை. இது ஏற்கனவே பயன்படுத்தப்பட்டிருக்கலாம் அல்லது காலாவதியாகியிருக்கலாம். உங்களை அழைத்தவரிடம் புதியதைக் கேளுங்கள்.
invite-home = முகப்புப் பக்கத்துக்குச் செல்லவும்
invite-for = நீங்கள் { $city }-க்கு இந்தப் பங்குடன் அழைக்கப்பட்டுள்ளீர்கள்: { role-grant }.
invite-expires = இந்த அழைப்பு { DATETIME($expires, dateStyle: "long", timeStyle: "short") } வரை செல்லும்.
invite-signed-in-note = நீங்கள் { $name } ஆக உள்நுழைந்துள்ளீர்கள். இந்த அழைப்பை ஏற்றால் புதிய கணக்கு உருவாகும், அதன் மூலம் நீங்கள் உள்நுழைவீர்கள்.
invite-name = உங்கள் பெயர்
invite-name-hint = உங்களுடன் வேலை செய்பவர்கள் இந்தப் பெயரைப் பார்ப்பார்கள். இது உங்கள் உண்மையான பெயராக இருக்க வேண்டியதில்லை: புனைபெயரும் சரி.
invite-name-missing = ஒரு பெயரைத் தேர்ந்தெடுக்கவும்.
invite-name-too-long = இந்தப் பெயர் மிக நீளம்: அதிகபட்சம் 64 எழுத்துகள்.
invite-name-taken = இந்தப் பெயர் ஏற்கனவே எடுக்கப்பட்டுள்ளது. வேறொன்றைத் தேர்ந்தெடுக்கவும்.
invite-passphrase = கடவுச்சொல்
invite-passphrase-hint = குறைந்தது 10 எழுத்துகள். ஒன்றுக்கொன்று தொடர்பில்லாத சில சொற்களை நினைவில் வைப்பது எளிது, ஊகிப்பது கடினம்.
invite-passphrase-confirm = கடவுச்சொல் மீண்டும்
invite-passphrase-too-short = கடவுச்சொல் மிகக் குறுகியது: குறைந்தது 10 எழுத்துகள்.
invite-passphrase-too-long = கடவுச்சொல் மிக நீளம்: அதிகபட்சம் 1024 எழுத்துகள்.
invite-passphrase-mismatch = இரண்டு கடவுச்சொற்களும் ஒன்றாக இல்லை.
invite-submit = என் கணக்கை உருவாக்கு

## Account page

account-title = உங்கள் கணக்கு
account-loading = உங்கள் கணக்கு ஏற்றப்படுகிறது…
account-not-signed-in = நீங்கள் உள்நுழையவில்லை.
account-signed-out = நீங்கள் வெளியேறினீர்கள்.
account-sign-in = உள்நுழை
account-signed-in-as = நீங்கள் { $name } ஆக உள்நுழைந்துள்ளீர்கள்.
account-offline = நீங்கள் இணைப்பில் இல்லை. சாதனம் நினைவில் வைத்திருப்பது இதுதான். அமர்வுகளுக்கும் வெளியேறவும் இணைப்பு தேவை.
account-roles-title = உங்கள் பங்குகள்
account-no-roles = உங்களுக்கு இன்னும் பங்கு இல்லை.
account-manage-city = { $city } நிர்வாகம்
account-sessions-title = நீங்கள் எங்கே உள்நுழைந்துள்ளீர்கள்
account-sessions-loading = ஏற்றுகிறது…
account-session-current = இந்தச் சாதனம்
account-session-other = வேறு சாதனம்
account-session-times = உள்நுழைந்தது: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, கடைசிச் செயல்பாடு: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = வெளியேறு
account-session-ended = அந்தச் சாதனம் வெளியேற்றப்பட்டது.
account-sign-out-everywhere = எல்லா இடத்திலிருந்தும் வெளியேறு
account-sign-out = வெளியேறு

## City administration page

admin-title = நகர நிர்வாகம்
admin-heading = { $city } நிர்வாகம்
admin-loading = ஏற்றுகிறது…
admin-offline = நீங்கள் இணைப்பில் இல்லை. நகரத்தை நிர்வகிக்க இணைப்பு தேவை.
admin-not-signed-in = நகரத்தை நிர்வகிக்க உள்நுழையவும்.
admin-sign-in = உள்நுழை
admin-not-admin = நீங்கள் { $city }-இன் நிர்வாகி அல்ல.
admin-invite-title = ஒருவரை அழைக்கவும்
admin-invite-intro = அழைப்பு இணைப்பு ஒருவருக்கு மட்டும். இது ஒருமுறை மட்டுமே வேலை செய்யும், அதைத் திறப்பவர் கணக்கை உருவாக்கலாம். தனிப்பட்ட முறையில் அனுப்பவும்.
admin-invite-submit = அழைப்பு இணைப்பை உருவாக்கு
admin-invite-created = அழைப்பு இணைப்பு உருவாக்கப்பட்டது.
admin-invite-link-label = அழைப்பு இணைப்பு
admin-invite-about = பங்கு: { role-grant }. { DATETIME($expires, dateStyle: "long", timeStyle: "short") } வரை செல்லும்.
admin-invite-copy = இணைப்பை நகலெடு
admin-invite-share = இணைப்பைப் பகிர்
admin-invite-copied = இணைப்பு நகலெடுக்கப்பட்டது.
admin-invite-copy-failed = நகலெடுக்க முடியவில்லை. இணைப்பு தேர்ந்தெடுக்கப்பட்டுள்ளது: நீங்களே நகலெடுக்கவும்.
admin-members-title = உறுப்பினர்கள்
admin-members-none = இன்னும் உறுப்பினர்கள் இல்லை.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (நீங்கள்)
       *[no] { $name }
    }
admin-member-revoked = அணுகல் நீக்கப்பட்டது
admin-member-no-roles = பங்குகள் இல்லை
admin-member-edit = பங்குகளை மாற்று
admin-member-revoke = அணுகலை நீக்கு
admin-roles-heading = { $name }-இன் பங்குகள்
admin-role-remove = நீக்கு
admin-role-add-title = ஒரு பங்கைச் சேர்க்கவும்
admin-role-add = பங்கைச் சேர்
admin-role-duplicate = இவருக்கு ஏற்கனவே அந்தப் பங்கு உள்ளது.
admin-roles-save = பங்குகளைச் சேமி
admin-roles-cancel = ரத்து செய்
admin-roles-saved = { $name }-இன் பங்குகள் சேமிக்கப்பட்டன.
admin-revoke-question = { $name }-இன் அணுகலை நீக்கவா?
admin-revoke-explain = { $name } எல்லாச் சாதனங்களிலிருந்தும் வெளியேற்றப்படுவார், இனி உள்நுழைய முடியாது.
admin-revoke-confirm = அணுகலை நீக்கு
admin-revoke-cancel = ரத்து செய்
admin-revoked = { $name }-இன் அணுகல் நீக்கப்பட்டது.
