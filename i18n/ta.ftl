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
nav-cities = எல்லா நகரங்களும்
nav-status = ஒத்திசைவு நிலை
nav-sign-in = உள்நுழை
nav-edit = வழிகாட்டியைத் திருத்தவும்
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = உங்கள் கணக்கு: { $name }
page-title = { $page } · { app-name }
language-label = மொழி

## Choosing a guide

reader-choose-city-title = உங்கள் நகரத்தைத் தேர்ந்தெடுக்கவும்
reader-choose-language-title = உங்கள் மொழியைத் தேர்ந்தெடுக்கவும்
reader-choose-offline = நீங்கள் இணைப்பில் இல்லை. வழிகாட்டியைப் பதிவிறக்க ஒருமுறை இணையத்துடன் இணையவும்.
reader-kept-guides = இந்த ஃபோனில் உள்ள வழிகாட்டிகள்
reader-choose-city = வேறு நகரம் அல்லது மொழியைத் தேர்ந்தெடுக்கவும்
reader-choose-language-city = { $city } வழிகாட்டியின் மொழியைத் தேர்ந்தெடுக்கவும்
reader-language-not-offered = { $city } வழிகாட்டி இந்த மொழியில் எழுதப்படவில்லை: { $language }. அது எழுதப்பட்ட மொழிகளில் ஒன்றைத் தேர்ந்தெடுக்கவும்:
reader-open-guide = வழிகாட்டியைத் திறக்கவும்
reader-loading = ஏற்றுகிறது…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = வழிகாட்டி
reader-nav-home = முகப்பு
reader-nav-articles = பயனுள்ள தகவல்
reader-nav-events = நிகழ்வுகள்
reader-nav-search = தேடல்
reader-sample-city = இது கற்பனையான உள்ளடக்கம் கொண்ட ஒரு மாதிரி நகரம், { app-name } ஐ முயன்று பார்ப்பதற்காக.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = இணையம் இல்லாமலும் கிடைக்கும், புதுப்பிக்கப்பட்டது: { $ago }
reader-offline-now = நீங்கள் இணைப்பில் இல்லை. இந்த வழிகாட்டி கடைசியாகப் புதுப்பிக்கப்பட்டது: { $ago }.
reader-guide-language = வழிகாட்டியின் மொழி
reader-print-link = இந்த வழிகாட்டியை அச்சிடவும்
reader-offline-banner = நீங்கள் இணைப்பில் இல்லை. இந்தத் தொலைபேசியில் சேமிக்கப்பட்ட நகலைப் படிக்கிறீர்கள்.
reader-language-shown-in = { $city } வழிகாட்டி இந்த மொழியில் எழுதப்படவில்லை: { $language }. அதன் உரைகள் இந்த மொழியில் காட்டப்படுகின்றன: { $guide }.
reader-text-size = எழுத்தின் அளவு
reader-text-size-normal = இயல்பு
reader-text-size-large = பெரியது
reader-text-size-larger = மிகப் பெரியது
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] இன்னும் மொழிபெயர்க்கப்படவில்லை: சில பகுதிகள் இந்த மொழியில் காட்டப்படுகின்றன: { $languages }.
       *[other] இன்னும் மொழிபெயர்க்கப்படவில்லை: சில பகுதிகள் இந்த மொழிகளில் காட்டப்படுகின்றன: { $languages }.
    }
reader-problem-offline-title = இந்த வழிகாட்டி இன்னும் இந்த ஃபோனில் இல்லை
reader-problem-offline = ஒருமுறை இணையத்துடன் இணையவும். அதன் பிறகு வழிகாட்டி இணையம் இல்லாமலும் வேலை செய்யும்.
reader-offline-missing = நீங்கள் இணைப்பில் இல்லை.
reader-problem-unknown-city-title = நகரம் கிடைக்கவில்லை
reader-problem-unknown-city = இந்த நகரத்துக்கு இங்கே வழிகாட்டி இல்லை.
reader-problem-unknown-language-title = இந்த மொழி கிடைக்கவில்லை
reader-problem-unknown-language = இந்த வழிகாட்டி இந்த மொழியில் இல்லை. இந்த மொழிகளில் ஒன்றைத் தேர்ந்தெடுக்கவும்:
reader-problem-server-title = வழிகாட்டியை ஏற்ற முடியவில்லை
reader-problem-server = சேவையகத்தில் ஏதோ தவறு நடந்தது. பிறகு மீண்டும் முயலவும்.
reader-meta-description = புதிதாக வந்தவர்களுக்கான { $city } வழிகாட்டி: உதவி, சேவைகள், பயனுள்ள தகவல், நிகழ்வுகள் எங்கே கிடைக்கும், உங்கள் மொழியில், இணையம் இல்லாமலும்.
reader-meta-description-page = { $page }, புதிதாக வந்தவர்களுக்கான { $city } வழிகாட்டியில்: உதவி, சேவைகள், தகவல், நிகழ்வுகள் உங்கள் மொழியில், இணையம் இல்லாமலும்.

## Guide home

reader-home-title = { $city } வழிகாட்டி
reader-notices = நகரச் செய்திகள்
reader-categories = உங்களுக்கு என்ன தேவை?
reader-category-count =
    { $count ->
        [one] ஒரு இடம்
       *[other] { $count } இடங்கள்
    }
reader-this-week = இந்த வாரம்
reader-no-events-this-week = அடுத்த ஏழு நாட்களில் நிகழ்வுகள் இல்லை.
reader-all-events = எல்லா நிகழ்வுகளும்
reader-topics = தகவல்
reader-kept-languages = இந்த ஃபோனில்
reader-kept-languages-hint = இந்த ஃபோனில் சேமிக்கப்பட்ட மொழிகளில் வழிகாட்டி இணையம் இல்லாமலும் வேலை செய்யும்.
reader-kept-current = சேமிக்கப்பட்டது (நீங்கள் இதைப் படிக்கிறீர்கள்)
reader-kept-add = இந்த மொழியையும் சேமிக்கவும்: { $language }
reader-kept-remove = இந்த ஃபோனிலிருந்து நீக்கவும்: { $language }
reader-published-on = வெளியிடப்பட்டது: { $date }
reader-kept-waiting = நீங்கள் இணைப்பில் இல்லை. இணைப்பு வந்ததும் இந்த மொழியும் சேமிக்கப்படும்: { $language }

## Services

reader-service-title = சேவை
reader-status-temporarily-closed = தற்காலிகமாக மூடப்பட்டுள்ளது.
reader-status-closed = இந்தச் சேவை மூடப்பட்டுவிட்டது.
reader-open-now = இப்போது திறந்துள்ளது, மூடும் நேரம்: { $time }
reader-open-now-all-day = இப்போது திறந்துள்ளது, 24 மணி நேரமும்
reader-open-all-day = 24 மணி நேரமும் திறந்திருக்கும்
reader-opens-today = இப்போது மூடியுள்ளது. இன்று திறக்கும் நேரம்: { $time }
reader-opens-tomorrow = இப்போது மூடியுள்ளது. நாளை திறக்கும் நேரம்: { $time }
reader-opens-on = இப்போது மூடியுள்ளது. திறக்கும் நாள்: { $day }, நேரம்: { $time }
reader-by-appointment = முன்பதிவு செய்து மட்டும்
reader-no-hours-soon = அடுத்த சில நாட்களில் திறக்காது
reader-hours-unknown = திறந்திருக்கும் நேரத்தைக் கேட்கவும்
reader-open-to-all = எல்லோருக்கும் திறந்தது, உங்களிடம் ஆவணங்கள் இருந்தாலும் இல்லாவிட்டாலும்
reader-for-whom = யாருக்காக
reader-eligibility = யார் வரலாம்
reader-cost = கட்டணம்
reader-free = இலவசம்
reader-not-free = இலவசம் இல்லை
reader-languages = மொழிகள்
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = மொழிபெயர்ப்பாளரை ஏற்பாடு செய்யலாம்.
reader-documents = என்ன கொண்டு வர வேண்டும்
reader-hours = திறந்திருக்கும் நேரம்
reader-today = இன்று
reader-tomorrow = நாளை
reader-closed-day = மூடப்பட்டுள்ளது
reader-appointment-note = (முன்பதிவு செய்து மட்டும்)
reader-where = எங்கே
reader-outreach = அவர்களை எங்கே காணலாம் (அவர்கள் உங்களிடமும் வருவார்கள்)
reader-open-map = என் வரைபட ஆப்பில் திறக்கவும்
reader-open-web-map = openstreetmap.org இல் வரைபடத்தைத் திறக்கவும்
reader-contact = தொடர்பு
reader-call = அழைக்கவும்: { $phone }
reader-email = எழுதவும்: { $email }
reader-website = இணையதளம்: { $site }
reader-share = பகிரவும்
reader-share-copied = இணைப்பு நகலெடுக்கப்பட்டது
reader-last-checked = கடைசியாகச் சரிபார்த்தது: { $date }
reader-listen = கேட்கவும்
reader-listen-stop = நிறுத்தவும்
reader-target-everyone = எல்லோரும்
reader-target-asylum-seekers-and-refugees = புகலிடம் கோருவோர் மற்றும் அகதிகள்
reader-target-temporary-protection = தற்காலிகப் பாதுகாப்பு பெற்றவர்கள்
reader-target-undocumented-residents = ஆவணங்கள் இல்லாதவர்கள்
reader-target-women = பெண்கள்
reader-target-unaccompanied-minors = தனியாக இருக்கும் 18 வயதுக்குட்பட்டவர்கள்
reader-target-children = குழந்தைகள்
reader-target-students = மாணவர்கள்

## Articles

reader-articles-title = பயனுள்ள தகவல்
reader-articles-below = இதைப் பற்றி மேலும்
reader-breadcrumbs =
    .aria-label = நீங்கள் இங்கே இருக்கிறீர்கள்

## Events

reader-events-title = நிகழ்வுகள்
reader-events-later = பிறகு
reader-no-events = அடுத்த சில வாரங்களில் நிகழ்வுகள் இல்லை.
reader-event-cancelled = ரத்து செய்யப்பட்டது
reader-event-when = எப்போது
reader-event-next-dates = அடுத்த தேதிகள்
reader-event-past = இந்த நிகழ்வு முடிந்துவிட்டது.
reader-organizer = ஏற்பாடு செய்பவர்
reader-open-to-residents = எல்லோரும், புதிதாக வந்தவர்களும் நீண்ட காலமாக இங்கே வசிப்பவர்களும்
reader-add-to-calendar = என் நாட்காட்டியில் சேர்க்கவும்
reader-register = பதிவு செய்யவும்
reader-online-link = இணையவழியில் கலந்துகொள்ளவும்
reader-subscribe = நகர நிகழ்வுகளை என் நாட்காட்டியில் பெறவும்
reader-feed-link = எல்லா நிகழ்வுகளையும் பதிவிறக்கவும் (iCalendar)
reader-events-by-month = பிந்தைய நிகழ்வுகள், மாதவாரியாக
reader-no-later-events = பிந்தைய நிகழ்வுகள் இன்னும் தெரியவில்லை.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } நிகழ்வு
       *[other] { $month }: { $count } நிகழ்வுகள்
    }
reader-no-events-month = இந்த மாதம் நிகழ்வுகள் இல்லை.
reader-events-bad-month = இந்த முகவரி ஒரு மாதத்தைக் குறிப்பிடவில்லை (அது ?month=2027-01 என்று முடிய வேண்டும்). இதோ வரும் வாரங்கள்.
reader-events-known-until = இந்தத் தொலைபேசிக்கு { $date } வரையிலான நிகழ்வுகள் தெரியும். மேலும் பார்க்க பின்னர் வழிகாட்டியை இணையத்தில் திறக்கவும்.
reader-events-coming-weeks = வரும் நான்கு வாரங்கள்
reader-events-month-before = முன்பு: { $month }
reader-events-month-after = அடுத்து: { $month }
reader-feed-heading = உங்கள் நாள்காட்டி செயலியில்

## Search

reader-search-title = தேடல்
reader-search-label = வழிகாட்டியில் தேடவும்
reader-search-button = தேடு
reader-search-count =
    { $count ->
        [0] “{ $query }” க்கு எதுவும் கிடைக்கவில்லை.
        [one] “{ $query }” க்கு ஒரு முடிவு.
       *[other] “{ $query }” க்கு { $count } முடிவுகள்.
    }
reader-kind-service = சேவை
reader-kind-article = தகவல்
reader-kind-event = நிகழ்வு

## Print version

reader-print-title = அச்சிடக்கூடிய வழிகாட்டி
reader-print-heading = { $city } வழிகாட்டி
reader-print-date = அச்சிட்ட தேதி: { $date }. விஷயங்கள் மாறும்: இணைய வழிகாட்டியையும் பார்க்கவும்.
reader-print-button = அச்சிடவும்
reader-print-address = இந்த வழிகாட்டி இணையத்தில், எப்போதும் புதுப்பிக்கப்பட்டது:
reader-print-qr = QR குறியீடு: இந்த வழிகாட்டி இணையத்தில்
reader-print-other-days = சில நேரங்கள் வேறு நாட்களில் (சில வாரங்களுக்கு ஒருமுறை அல்லது மாதம் ஒருமுறை): இணைய வழிகாட்டியைப் பாருங்கள்.

## Suggest a correction

reader-suggest-link = திருத்தத்தைப் பரிந்துரைக்கவும்
reader-suggest-title = திருத்தத்தைப் பரிந்துரைக்கவும்
reader-suggest-about = எதைப் பற்றி:
reader-suggest-privacy = நீங்கள் யார் என்று யாருக்கும் தெரியாது. உங்கள் பெயரையோ உங்களைப் பற்றிய எதையுமோ நாங்கள் கேட்பதில்லை.
reader-suggest-topic = என்ன தவறு?
reader-suggest-message = நாங்கள் என்ன தெரிந்துகொள்ள வேண்டும்?
reader-suggest-message-hint = உங்கள் பெயர், ஃபோன் எண் அல்லது பிற தனிப்பட்ட விவரங்களை எழுத வேண்டாம்.
reader-suggest-send = அனுப்பவும்
reader-suggest-need-topic = என்ன தவறு என்பதைத் தேர்ந்தெடுக்கவும்.
reader-suggest-need-message = என்ன தவறு என்பது பற்றிச் சில வார்த்தைகள் எழுதவும்.
reader-suggest-sent = நன்றி. வழிகாட்டியின் தொகுப்பாளர்கள் இதைச் சரிபார்ப்பார்கள்.
reader-suggest-queued = நன்றி. நீங்கள் இணைப்பில் இல்லை: மீண்டும் இணைப்பு வரும்போது இது அனுப்பப்படும்.
reader-suggest-refused = நன்றி, ஆனால் இதை அனுப்ப முடியவில்லை: பக்கம் நீக்கப்பட்டிருக்கலாம்.
reader-back-to-guide = வழிகாட்டிக்குத் திரும்பவும்

## Status page

status-title = ஒத்திசைவு நிலை
status-connection-label = சேவையகத்துடன் இணைப்பு
status-connected = இணைக்கப்பட்டது
status-connecting = இணைக்கிறது…
status-offline = இணைப்பு இல்லை
status-offline-hint = நீங்கள் இணைப்பில் இல்லை. மாற்றங்கள் இந்தச் சாதனத்திலேயே இருக்கும். மீண்டும் இணைப்பு வரும்போது அனுப்பப்படும்.
status-waiting =
    { $count ->
        [0] இந்தச் சாதனத்தில் அனுப்பக் காத்திருப்பது எதுவும் இல்லை.
        [1] ஒரு மாற்றம் இந்தச் சாதனத்தில் சேமிக்கப்பட்டு, அனுப்பக் காத்திருக்கிறது.
       *[other] இந்தச் சாதனத்தில் சேமிக்கப்பட்டு அனுப்பக் காத்திருக்கும் மாற்றங்கள்: { $count }.
    }
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
role-group-hint = இந்த நகரத்தில் நீங்கள் நெறிப்படுத்தும் காப்பகக் குழுக்களில் ஒன்று.
role-group-missing = ஒரு குழுவைத் தேர்ந்தெடுக்கவும்.
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

## Suggestions queue (editors)

suggestions-title = வாசகர்களின் பரிந்துரைகள்
suggestions-heading = { $city } க்கான பரிந்துரைகள்
suggestions-intro = வழிகாட்டியில் ஏதாவது தவறு இருந்தால் வாசகர்கள் பெயர் சொல்லாமல் இவற்றை அனுப்புகிறார்கள். சரிபார்த்து, தேவைப்பட்டால் உருப்படியைத் திருத்தி, பிறகு பரிந்துரையை முடிந்தது எனக் குறிக்கவும்.
suggestions-loading = ஏற்றுகிறது…
suggestions-not-signed-in = வாசகர்கள் அனுப்பிய பரிந்துரைகளைப் பார்க்க உள்நுழையவும்.
suggestions-sign-in = உள்நுழை
suggestions-not-allowed = { $city } இன் தொகுப்பாளர்களும் நிர்வாகிகளும் மட்டுமே இதன் பரிந்துரைகளைப் பார்க்க முடியும்.
suggestions-unknown-city = “{ $city }” என்ற நகரம் இல்லை.
suggestions-show-done = முடிந்த பரிந்துரைகளையும் காட்டு
suggestions-list-title = பரிந்துரைகள்
suggestions-none-open = திறந்த பரிந்துரைகள் இல்லை.
suggestions-none = இன்னும் பரிந்துரைகள் இல்லை.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = எதைப் பற்றி: { $title }
suggestions-about-unpublished = இப்போது வெளியிடப்படாத ஓர் உருப்படியைப் பற்றி
suggestions-about-guide = பொதுவாக வழிகாட்டியைப் பற்றி
suggestions-no-message = வாசகர் எந்தச் செய்தியும் எழுதவில்லை.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = பெறப்பட்டது: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · மொழி: { LANGUAGES($language) }
suggestions-resolved = முடிந்தது: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = முடிந்தது எனக் குறி
suggestions-marked-done = பரிந்துரை முடிந்தது எனக் குறிக்கப்பட்டது.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = இது மூடப்பட்டுவிட்டது அல்லது இப்போது இல்லை
suggestion-topic-hours = திறந்திருக்கும் நேரம் தவறு
suggestion-topic-address = முகவரி தவறு
suggestion-topic-contact = ஃபோன் எண் அல்லது பிற தொடர்பு தவறு
suggestion-topic-translation = மொழிபெயர்ப்பு தவறு அல்லது இல்லை
suggestion-topic-other = வேறு ஏதாவது

## Editing app

editor-page-title = வழிகாட்டியைத் திருத்துதல்
editor-title = திருத்துதல்: { $city }
editor-signed-out = வழிகாட்டியைத் திருத்த உள்நுழையவும்.
editor-progress = இந்தச் சாதனத்தில் உள்ள ஆவணங்கள்: { $loaded } / { $total }
editor-filter = வடிகட்டு
editor-events = நிகழ்வுகள்
editor-services = சேவைகள்
editor-new-event = புதிய நிகழ்வு
editor-back = பட்டியலுக்குத் திரும்பவும்
editor-untitled = (இன்னும் தலைப்பு இல்லை)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] இந்தச் சாதனத்தில் சேமிக்கப்பட்டது. நீங்கள் இணைப்பில் இல்லை.
        [one] இந்தச் சாதனத்தில் சேமிக்கப்பட்டது. ஒரு மாற்றம் அனுப்பக் காத்திருக்கிறது.
       *[other] இந்தச் சாதனத்தில் சேமிக்கப்பட்டது. அனுப்பக் காத்திருக்கும் மாற்றங்கள்: { $count }.
    }
editor-sync-sending =
    { $count ->
        [one] ஒரு மாற்றத்தை அனுப்புகிறது…
       *[other] மாற்றங்களை அனுப்புகிறது: { $count }…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = ஒத்திசைக்கப்பட்டது: { $ago }
editor-sync-sent =
    { $count ->
        [1] ஒரு மாற்றம் அனுப்பப்பட்டது. ஒத்திசைக்கப்பட்டது: { $ago }
       *[other] அனுப்பப்பட்ட மாற்றங்கள்: { $count }. ஒத்திசைக்கப்பட்டது: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] உங்கள் அமர்வு முடிந்துவிட்டது. ஒத்திசைவைத் தொடர மீண்டும் உள்நுழையவும்.
        [one] உங்கள் அமர்வு முடிந்துவிட்டது. உங்கள் மாற்றம் இந்தச் சாதனத்தில் சேமிக்கப்பட்டுள்ளது: அதை அனுப்ப மீண்டும் உள்நுழையவும்.
       *[other] உங்கள் அமர்வு முடிந்துவிட்டது. இந்தச் சாதனத்தில் சேமிக்கப்பட்ட உங்கள் மாற்றங்கள்: { $count }. அவற்றை அனுப்ப மீண்டும் உள்நுழையவும்.
    }
editor-sync-sign-in = மீண்டும் உள்நுழையவும்
editor-hint-plain = சிறிய வாக்கியங்களை எழுதவும். ஒரு வாக்கியத்தில் ஒரு கருத்து. மக்களுக்குத் தெரிந்த சொற்களைப் பயன்படுத்தவும்.
editor-hint-title = இது என்ன என்று சில சொற்களில் சொல்லவும். எடுத்துக்காட்டு: மொழி கஃபே.
editor-minor-edit = சிறிய திருத்தம் (எழுத்துப்பிழை, தட்டச்சுப் பிழை): மொழிபெயர்ப்புகள் புதுப்பித்த நிலையிலேயே இருக்கும்
editor-conflict =
    { $count ->
        [one] இருவர் இதை ஒரே நேரத்தில் மாற்றினார்கள். சரியான மதிப்பைத் தேர்ந்தெடுக்கவும்:
       *[other] பலர் இதை ஒரே நேரத்தில் மாற்றினார்கள் (மதிப்புகள்: { $count }). சரியானதைத் தேர்ந்தெடுக்கவும்:
    }
editor-conflict-keep = இதை வைத்திருக்கவும்: “{ $value }”
editor-event-title = தலைப்பு
editor-event-description = விவரம்
editor-event-type = நிகழ்வின் வகை
editor-event-type-workshop = பயிலரங்கம்
editor-event-type-language-cafe = மொழி கஃபே
editor-event-type-festival = திருவிழா
editor-event-type-commemoration = நினைவு நிகழ்வு
editor-event-type-job-fair = வேலைவாய்ப்பு முகாம்
editor-event-type-sport = விளையாட்டு
editor-event-type-information-session = தகவல் கூட்டம்
editor-event-type-other = மற்றவை
editor-event-start = தொடக்கம்
editor-event-end = முடிவு
editor-event-place = இடம்
editor-place-name = இடத்தின் பெயர்
editor-place-street = தெரு மற்றும் எண்
editor-place-postal-code = அஞ்சல் குறியீடு
editor-place-locality = ஊர்
editor-event-organizer = ஏற்பாடு செய்பவர்
editor-event-free = இலவசம்
editor-event-cancelled = முழு நிகழ்வும் ரத்து செய்யப்பட்டது
editor-repeat = மீண்டும் நிகழ்தல்
editor-repeat-kind = எவ்வளவு அடிக்கடி
editor-repeat-none = மீண்டும் நிகழாது
editor-repeat-weekly = ஒவ்வொரு வாரமும்
editor-repeat-monthly = ஒவ்வொரு மாதமும்
editor-repeat-custom = வேறு விதி (RRULE)
editor-repeat-days =
    .aria-label = இந்த நாட்களில்
editor-repeat-nth = எத்தனையாவது
editor-repeat-weekday = நாள்
editor-repeat-until = வரை (விருப்பத்தேர்வு)
editor-repeat-rule = விதி
editor-nth-1 = முதல்
editor-nth-2 = இரண்டாவது
editor-nth-3 = மூன்றாவது
editor-nth-4 = நான்காவது
editor-nth-last = கடைசி
editor-weekday-mo = திங்கள்
editor-weekday-tu = செவ்வாய்
editor-weekday-we = புதன்
editor-weekday-th = வியாழன்
editor-weekday-fr = வெள்ளி
editor-weekday-sa = சனி
editor-weekday-su = ஞாயிறு
editor-cancelled-dates = ரத்து செய்யப்பட்ட தேதிகள்
editor-cancel-date-label = ஒரு தேதியை ரத்து செய்யவும்
editor-cancel-date = இந்தத் தேதியை ரத்து செய்யவும்
editor-restore-date = தேதியைத் திரும்பக் கொண்டுவரவும்: { $date }
editor-quick-hint = இணையம் இல்லாமலும் வேலை செய்யும். மீண்டும் இணைப்பு வரும்போது நிகழ்வு அனுப்பப்படும்.
editor-quick-date = தேதி
editor-quick-start = தொடங்கும் நேரம்
editor-quick-end = முடியும் நேரம்
editor-quick-save = நிகழ்வைச் சேமிக்கவும்
editor-quick-missing = தலைப்பு, தேதி, நேரங்களை நிரப்பவும்.
editor-service-name = பெயர்
editor-service-description = இது என்ன
editor-service-eligibility = யார் வரலாம்
editor-service-documents = என்ன கொண்டு வர வேண்டும்
editor-service-status = நிலை
editor-service-status-active = திறந்துள்ளது
editor-service-status-temporarily-closed = தற்காலிகமாக மூடப்பட்டுள்ளது
editor-service-status-closed = நிரந்தரமாக மூடப்பட்டது
editor-service-organization = இதை நடத்தும் அமைப்பு
editor-service-categories = வகைகள்
editor-service-target-groups = யாருக்காக
editor-service-open-to-all = அனைவருக்கும் திறந்தது, ஆவணங்கள் எதுவாக இருந்தாலும்
editor-service-fee = விலை, இலவசம் இல்லையென்றால்
editor-service-languages = பணியாளர்கள் பேசும் மொழிகள்
editor-service-language-other = வேறு மொழி
editor-service-language-hint = மொழிக் குறியீடு, எ.கா. ti, prs அல்லது pt-BR.
editor-service-language-add = மொழியைச் சேர்
editor-service-language-invalid = இது மொழிக் குறியீடு அல்ல. ti, prs அல்லது pt-BR போன்ற குறியீட்டை எழுதுங்கள்.
editor-service-contacts = தொடர்பு
editor-service-phones = தொலைபேசி எண்கள்
editor-service-phone = தொலைபேசி எண் { $number }
editor-service-phone-new = புதிய தொலைபேசி எண்
editor-service-phone-add = எண்ணைச் சேர்
editor-service-phone-remove = { $phone } ஐ நீக்கு
editor-service-phone-invalid = தொலைபேசி எண்ணை எழுதுங்கள்: இலக்கங்கள், இடைவெளிகள், + மட்டும். எ.கா. +32 4 123 45 67.
editor-service-email = மின்னஞ்சல்
editor-service-email-invalid = இது மின்னஞ்சல் முகவரி அல்ல. எ.கா.: info@example.org
editor-service-website = இணையதளம்
editor-service-website-invalid = https:// என்று தொடங்கும் முழு முகவரியை எழுதுங்கள்
editor-service-verified = கடைசியாகச் சரிபார்த்தது
editor-service-verified-never = இந்தச் சேவையை இதுவரை யாரும் சரிபார்க்கவில்லை.
editor-service-verified-value = { $date } அன்று { $name } சரிபார்த்தார்
editor-service-verify = இன்று சரிபார்க்கப்பட்டது
editor-service-locations = இடங்கள்
editor-service-location = இடம் { $number }
editor-service-location-none = இன்னும் இடம் இல்லை.
editor-service-location-add = ஓர் இடத்தைச் சேர்
editor-service-location-remove = இந்த இடத்தை நீக்கு
editor-location-region = பகுதி
editor-location-country = நாடு (இரண்டு எழுத்துகள், எ.கா. BE)
editor-location-country-invalid = இரண்டு எழுத்து நாட்டுக் குறியீட்டை எழுதுங்கள், எ.கா. BE.
editor-location-latitude = அட்சரேகை (விருப்பம்)
editor-location-longitude = தீர்க்கரேகை (விருப்பம்)
editor-location-latitude-invalid = -90 முதல் 90 வரை ஓர் எண்ணை எழுதுங்கள், எ.கா. 50.63.
editor-location-longitude-invalid = -180 முதல் 180 வரை ஓர் எண்ணை எழுதுங்கள், எ.கா. 5.57.
editor-location-outreach = அவர்கள் மக்களிடமும் செல்கிறார்கள் (நடமாடும் அல்லது களச் சேவை)
editor-service-schedules = திறந்திருக்கும் நேரம்
editor-schedule = நேரம் { $number }
editor-schedule-none = இன்னும் திறந்திருக்கும் நேரம் இல்லை.
editor-schedule-add = திறந்திருக்கும் நேரத்தைச் சேர்
editor-schedule-remove = இந்த நேரத்தை நீக்கு
editor-schedule-days = நாட்கள்
editor-schedule-rule-hint = நாட்களால் சொல்ல முடியாதவற்றுக்கு மட்டும், எ.கா. ஒவ்வொரு மாதத்தின் முதல் செவ்வாய்க்கு FREQ=MONTHLY;BYDAY=1TU. நாட்களைப் பயன்படுத்த காலியாக விடுங்கள்.
editor-schedule-rule-invalid = இந்த விதியைப் பயன்படுத்த முடியாது. “RRULE:” இல்லாமல் FREQ=WEEKLY;BYDAY=MO,TU போன்ற விதியை எழுதுங்கள்.
editor-schedule-opens = திறக்கும் நேரம்
editor-schedule-closes = மூடும் நேரம்
editor-schedule-overnight = அடுத்த நாள் மூடும் (நள்ளிரவுக்குப் பிறகும் திறந்திருக்கும்)
editor-schedule-times-invalid = மூடும் நேரம் திறக்கும் நேரத்துக்குப் பிறகு இருக்க வேண்டும். நள்ளிரவுக்குப் பிந்தைய நேரத்துக்கு “அடுத்த நாள் மூடும்” என்பதைத் தேர்ந்தெடுங்கள்.
editor-schedule-valid-from = முதல் (விருப்பம்)
editor-schedule-valid-to = வரை (விருப்பம்)
editor-schedule-valid-invalid = முடிவுத் தேதி தொடக்கத் தேதிக்கு முன் இருக்கக் கூடாது.
editor-schedule-closed-dates = மூடியிருக்கும் நாட்கள்
editor-schedule-closed-date-label = மூடியிருக்கும் ஒரு நாள்
editor-schedule-closed-date-add = மூடிய நாளைச் சேர்
editor-schedule-closed-date-remove = { $date } அன்று மீண்டும் திறந்திருக்கும்
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, முன்பதிவுடன்
editor-schedule-no-days = நாள் எதுவும் தேர்ந்தெடுக்கப்படவில்லை
editor-schedule-no-hours = இன்னும் நேரம் இல்லை
editor-new-service = புதிய சேவை
editor-new-service-hint = பெயருடன் தொடங்குங்கள். மீதியை அடுத்த திரையில் நிரப்புவீர்கள். இணையம் இல்லாமலும் வேலை செய்யும்.
editor-new-service-create = சேவையை உருவாக்கு
editor-new-service-missing = சேவையின் பெயரை எழுதுங்கள்.
editor-publishing = வெளியிடுதல்
editor-publish-hint = வாசகர்கள் வெளியிடப்பட்ட பதிப்பை மட்டுமே பார்ப்பார்கள். நீங்கள் மீண்டும் வெளியிடும் வரை உங்கள் பிந்தைய மாற்றங்கள் வரைவுகளாகவே இருக்கும்.
editor-publish = இந்தப் பதிப்பை வெளியிடவும்
editor-unpublish = வெளியீட்டை நீக்கவும்
editor-published = வெளியிடப்பட்டது. வாசகர்கள் இப்போது இந்தப் பதிப்பைப் பார்க்கிறார்கள்.
editor-draft-badge = வெளியிடப்படாத வரைவு
editor-publication-published = வெளியிடப்பட்டது: வாசகர்கள் இந்தப் பதிப்பைப் பார்க்கிறார்கள்.
editor-publication-draft = வெளியிடப்படாத வரைவு: இது வெளியிடப்படும் வரை வாசகர்கள் கடைசியாக வெளியிடப்பட்ட பதிப்பைப் பார்க்கிறார்கள்.
editor-publication-unpublished = வெளியிடப்படாத வரைவு: வெளியிடப்படும் வரை வாசகர்கள் இதைப் பார்க்க மாட்டார்கள்.
editor-unpublished = வெளியீடு நீக்கப்பட்டது. வாசகர்கள் இனி இதைப் பார்க்க மாட்டார்கள்.
editor-publish-not-synced = சேவையகத்தில் இன்னும் இந்தப் பதிப்பு இல்லை. ஒத்திசைவு முடியும் வரை காத்திருந்து, பிறகு வெளியிடவும்.
editor-publish-offline = நீங்கள் இணைப்பில் இல்லை. மீண்டும் இணைப்பு வரும்போது வெளியிடவும்.
editor-publish-not-publishable = வெளியிடப்படவில்லை: இந்தப் பதிப்பு இன்னும் முழுமையான உருப்படி அல்ல. ஒத்திசைவு முடியும் வரை காத்திருந்து, அதன் புலங்களைச் சரிபார்த்து, மீண்டும் வெளியிடவும்.
editor-publish-invalid-content = வெளியிடப்படவில்லை: முதலில் { $field } ஐத் திருத்தவும்.
editor-publish-link-invalid = இணைப்பு இந்தத் தளத்தின் ஒரு பக்கத்துக்கு (ஒரே / உடன் தொடங்கும்) அல்லது https:// உடன் தொடங்கும் முழு முகவரிக்குச் செல்ல வேண்டும்.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = முன்னோட்டம்: வாசகர்கள் எதைப் பார்ப்பார்கள்
editor-preview-hint = வாசகர்கள் இப்போது பார்க்கும் பதிப்பு, உங்கள் வரைவுடன் ஒப்பிடப்பட்டுள்ளது. வரைவை வாசகர்களுக்குக் காட்ட வெளியிடவும்.
editor-preview-not-published = இன்னும் வெளியிடப்படவில்லை: வாசகர்கள் எதையும் பார்ப்பதில்லை. வெளியிட்ட பிறகு அவர்கள் இதைப் பார்ப்பார்கள்:
# $when: the date and time of publishing.
editor-preview-same = வாசகர்கள் இதே பதிப்பைத்தான் பார்க்கிறார்கள் (வெளியீடு: { $when }).
editor-preview-changed =
    { $count ->
        [one] ஒரு புலம் வாசகர்கள் பார்ப்பதிலிருந்து வேறுபடுகிறது (வெளியீடு: { $when }):
       *[other] வாசகர்கள் பார்ப்பதிலிருந்து வேறுபடும் புலங்கள்: { $count } (வெளியீடு: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] ஒரு புலம் மாறவில்லை
       *[other] மாறாத புலங்கள்: { $count }
    }
editor-preview-unknown = வாசகர்கள் எதைப் பார்க்கிறார்கள் என்று பார்க்க, ஒரு முறை இணையத்துடன் இணைக்கவும்.
editor-preview-unavailable = இந்தச் சாதனத்தில் இன்னும் வெளியிடப்பட்ட பதிப்பு இல்லை. ஒத்திசைவு முடியும் வரை காத்திருக்கவும்.
# Read out by screen readers before removed and added words.
editor-diff-removed = நீக்கப்பட்டது:
editor-diff-added = சேர்க்கப்பட்டது:
# The history of an item: who changed which field, and when.
editor-history = வரலாறு
editor-history-hint = யார் எதை எப்போது மாற்றினார்கள். முந்தைய மதிப்பைத் திரும்பக் கொண்டுவரலாம்.
editor-history-none = இன்னும் மாற்றங்கள் இல்லை.
editor-history-unknown-author = இறக்குமதி செய்யப்பட்டது
# $field: the technical name of a field that has no label here.
editor-history-other-field = பிற விவரம் ({ $field })
editor-history-restore = இந்த மதிப்பைத் திரும்பக் கொண்டுவரவும்
editor-history-current = இதுதான் தற்போதைய மதிப்பு.
editor-history-empty = (காலி)
editor-history-yes = ஆம்
editor-history-no = இல்லை
editor-history-field-order = கட்டுரைப் பட்டியலில் இடம்
editor-translate-link = மொழிபெயர்க்கவும்
editor-suggestions-link = வாசகர்களின் பரிந்துரைகள்
editor-suggestions-open = திறந்தவை: { $count }
editor-translate-title = மொழிபெயர்ப்புகள்
editor-translate-no-languages = இந்த நகரத்தில் நீங்கள் மொழிபெயர்க்கக்கூடிய மொழி எதுவும் இல்லை.
editor-translate-language = எந்த மொழியில்
editor-translate-status = காட்டவும்
editor-translate-all = எல்லாம்
editor-translate-back = மொழிபெயர்ப்புகளுக்குத் திரும்பவும்
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $total } இல் { $done } புதுப்பித்த நிலையில்
editor-status-missing = இல்லை
editor-status-outdated = பழையது
editor-status-machine = இயந்திர மொழிபெயர்ப்பு
editor-status-up-to-date = புதுப்பித்த நிலையில்
editor-status-incomplete = பகுதியாக மொழிபெயர்க்கப்பட்டது
editor-translate-source-changed = இந்த மொழிபெயர்ப்பு செய்யப்பட்ட பிறகு மூல உரை மாறியுள்ளது. மாறியவை ஒவ்வொரு புலத்தின் மேலும் குறிக்கப்பட்டுள்ளன.
editor-translate-source-changed-unknown = இந்த மொழிபெயர்ப்பு செய்யப்பட்ட பிறகு மூல உரை மாறியுள்ளது. என்ன மாறியது என்பதை இந்தச் சாதனம் காட்ட முடியாது: ஒவ்வொரு உரையையும் மூலத்துடன் ஒப்பிடுங்கள்.
editor-translate-what-changed = மூலத்தில் மாறியது:
editor-translate-finish = முடித்தல்
editor-translate-left = இன்னும் மொழிபெயர்க்க வேண்டிய உரைகள்: { $count }
editor-translate-all-translated = எல்லா உரைகளும் மொழிபெயர்க்கப்பட்டுள்ளன. மூலத்துடன் சரிபார்த்து, பின்னர் மொழிபெயர்ப்பை முடிந்தது எனக் குறியுங்கள்.
editor-translate-done = முடிந்தது எனக் குறி
editor-translate-not-done = முதலில் எல்லா உரைகளையும் மொழிபெயருங்கள். இன்னும் காலியானவை: { $count }
editor-translate-marked-done = முடிந்தது எனக் குறிக்கப்பட்டது. இது இந்தச் சாதனத்தில் சேமிக்கப்பட்டு, உங்கள் மற்ற மாற்றங்களுடன் சேவையகத்துக்குச் செல்லும்.
editor-translate-publish = மொழிபெயர்ப்பை வெளியிடு
editor-translate-publish-hint = வெளியிட்ட பின் வாசகர்கள் மொழிபெயர்ப்பைப் பார்ப்பார்கள், அவர்கள் இப்போது பார்க்கும் பதிப்புடன்.
editor-translate-editor-publishes = ஒரு தொகுப்பாளர் வெளியிட்ட பின் வாசகர்கள் மொழிபெயர்ப்பைப் பார்ப்பார்கள்.
editor-translate-publish-not-done = முதலில் மொழிபெயர்ப்பை முடிந்தது எனக் குறியுங்கள்.
editor-translate-item-unpublished = இந்த உருப்படியே இன்னும் வெளியிடப்படவில்லை. அது வெளியானதும் வாசகர்கள் மொழிபெயர்ப்பைப் பார்ப்பார்கள்.
editor-translate-published = வெளியிடப்பட்டது. வாசகர்கள் இப்போது இந்த மொழிபெயர்ப்பைப் பார்க்கிறார்கள்.
editor-field-name = பெயர்
editor-field-title = தலைப்பு
editor-field-description = விவரம்
editor-field-body = உரை
editor-field-eligibility = யார் வரலாம்
editor-field-documents_needed = என்ன கொண்டு வர வேண்டும்
editor-field-fee = கட்டணம்
editor-field-accessibility = அணுகல்தன்மை
editor-field-notes = திறந்திருக்கும் நேரம் பற்றிய குறிப்புகள்

## Guide articles and city settings

editor-new-article = புதிய கட்டுரை
editor-settings-link = நகர அமைப்புகள்
editor-articles = வழிகாட்டிக் கட்டுரைகள்
editor-move-up = மேலே நகர்த்து
    .aria-label = மேலே நகர்த்து: { $title }
editor-move-down = கீழே நகர்த்து
    .aria-label = கீழே நகர்த்து: { $title }
editor-article-title = தலைப்பு
editor-article-body = உரை
editor-article-markdown-hint = வடிவமைப்பு: பத்திகளுக்கு இடையே ஒரு வெற்று வரி; தலைப்புக்கு வரியின் தொடக்கத்தில் «## »; பட்டியலுக்கு «- » அல்லது «1. »; இணைப்பை இப்படி எழுதுங்கள் [சொற்கள்](https://example.org).
editor-article-parent = இதன் கீழ் வரும்
editor-article-top-level = மேல் நிலை (எந்தக் கட்டுரையின் கீழும் இல்லை)
editor-article-notice = முகப்புப் பக்கத்தில் அறிவிப்பு இந்தத் தேதி வரை (விருப்பம்)
editor-article-notice-hint = இந்தத் தேதி வரை வழிகாட்டியின் முகப்புப் பக்கம் இந்தக் கட்டுரையை நகரத்தின் அறிவிப்பாகக் காட்டும். சாதாரண கட்டுரைக்குக் காலியாக விடுங்கள்.
editor-hint-title-article = இது எதைப் பற்றியது என்று சில சொற்களில் சொல்லுங்கள். எடுத்துக்காட்டு: உங்கள் முதல் நாட்கள்.
editor-article-create = கட்டுரையை உருவாக்கு
editor-article-title-missing = முதலில் ஒரு தலைப்பை எழுதுங்கள்.
editor-article-cannot-create = தொகுப்பாளர்கள் மட்டுமே கட்டுரைகளைச் சேர்க்க முடியும்.
editor-settings-title = நகர அமைப்புகள்
editor-settings-live = இங்கே செய்யும் மாற்றங்களை வாசகர்கள் உடனே பார்ப்பார்கள். வெளியிடும் படி இல்லை.
editor-settings-read-only = நகர அமைப்புகளை உங்களால் மாற்ற முடியாது. தொகுப்பாளர்கள் மட்டுமே மாற்ற முடியும்.
editor-categories = வகைகள்
editor-categories-hint = வாசகர்கள் வகைகளை இந்த வரிசையில் பார்க்கிறார்கள். பெயர் காலியாக இருந்தால், மாற்று மொழியிலுள்ள பெயரைப் பார்க்கிறார்கள்.
editor-category-icon = சின்னம்
editor-category-name = { $language } மொழியில் பெயர் ({ $tag })
editor-category-add-title = புதிய வகை
editor-category-add-name = { $language } மொழியில் பெயர்
editor-category-add = வகையைச் சேர்
editor-category-name-missing = முதலில் வகையின் பெயரை எழுதுங்கள்.
editor-category-remove-question = «{ $name }» நீக்கவா? இதைப் பயன்படுத்தும் சேவைகள்: { $count }.
editor-remove = நீக்கு
    .aria-label = நீக்கு: { $name }
editor-remove-confirm = ஆம், «{ $name }» நீக்கு
editor-remove-cancel = ரத்துசெய்
editor-icon-heart = இதயம்
editor-icon-house = வீடு
editor-icon-scales = தராசு
editor-icon-briefcase = கைப்பெட்டி
editor-icon-book = புத்தகம்
editor-icon-family = குடும்பம்
editor-icon-bowl = கிண்ணம்
editor-icon-people = மக்கள்
editor-icon-woman = பெண்
editor-icon-star = நட்சத்திரம்
editor-icon-search = உருப்பெருக்கி
editor-icon-calendar = நாட்காட்டி
editor-icon-clock = கடிகாரம்
editor-icon-pin = வரைபடக் குறி
editor-icon-phone = தொலைபேசி
editor-icon-share = பகிர்
editor-icon-print = அச்சுப்பொறி
editor-icon-speaker = ஒலிபெருக்கி
editor-icon-article = ஆவணம்
editor-icon-offline = இணைப்பு இல்லை
editor-icon-check = சரிக்குறி
editor-icon-flag = கொடி
editor-languages = மொழிகள்
editor-languages-hint = வாசகர்கள் தேர்ந்தெடுக்கக்கூடிய மொழிகள். இன்னும் மொழிபெயர்க்கப்படாத உரை மாற்று மொழியில் காட்டப்படும்.
editor-language-direction = எழுத்து திசை
editor-direction-ltr = இடமிருந்து வலம்
editor-direction-rtl = வலமிருந்து இடம்
editor-language-source = மூல மொழி: உள்ளடக்கம் முதலில் இந்த மொழியில் எழுதப்படுகிறது.
editor-language-fallback = மாற்று மொழி
editor-language-fallback-hint = உரை இன்னும் மொழிபெயர்க்கப்படாதபோது இந்த மொழியின் வாசகர்கள் பார்ப்பது.
editor-language-no-fallback = ஏதுமில்லை
editor-language-fallback-cycle = இது ஒரு சுழற்சியை உருவாக்கும்: அந்த மொழி ஏற்கனவே இதற்குத் திரும்புகிறது. வேறொன்றைத் தேர்ந்தெடுங்கள்.
editor-language-remove-question = { $language } நீக்கவா? அதன் வாசகர்கள் வேறு மொழியைத் தேர்ந்தெடுப்பார்கள். மொழிபெயர்ப்புகள் சேமிக்கப்பட்டிருக்கும்.
editor-language-add-title = புதிய மொழி
editor-language-add-tag = மொழிக் குறியீடு (BCP 47)
editor-language-add-hint = எடுத்துக்காட்டு: ti (திக்ரின்யா), pt-BR (பிரேசில் போர்த்துகீசியம்).
editor-language-add = மொழியைச் சேர்
editor-language-invalid = «{ $tag }» ஒரு மொழிக் குறியீடு அல்ல. ti அல்லது pt-BR போன்ற குறியீட்டை எழுதுங்கள்.
editor-language-present = நகரத்தில் ஏற்கனவே { $language } உள்ளது.

## The multivoiced archive

reader-archive-title = வருகையின் குரல்கள்
reader-archive-intro = இந்த நகரத்திற்கு வந்தவர்களின் அனுபவங்கள், அவர்களின் சொந்த வார்த்தைகளில். ஒவ்வொரு குரலும் அவர்களுடையதே; எதுவும் அதிகாரப்பூர்வ பதிப்பு அல்ல.
reader-archive-link = வருகையின் குரல்களைப் படியுங்கள்
reader-archive-empty = இங்கே இதுவரை எதுவும் வெளியிடப்படவில்லை.
reader-archive-unavailable = குரல்களை ஏற்ற முடியவில்லை. பிறகு மீண்டும் முயலுங்கள்.
reader-archive-offline = நீங்கள் இணைப்பில் இல்லை. வருகையின் குரல்களுக்கு இணைப்பு தேவை.
reader-archive-anonymous = பெயரில்லாதவர்
reader-archive-speaks-about = இது பேசுவது:
reader-archive-translated = { $language } மொழியிலிருந்து குழு மொழிபெயர்த்தது
reader-archive-in-language = மொழி: { $language }
reader-archive-original = மூல வார்த்தைகளைக் காட்டு
reader-archive-recording =
    .aria-label = இந்தக் குரலின் பதிவு
archive-page-title = காப்பகம்
archive-title = { $group } குழுவின் காப்பகம்
archive-open = காப்பகத்தைத் திற
archive-not-member = நீங்கள் இந்தக் காப்பகக் குழுவின் உறுப்பினர் அல்ல.
archive-intro = குழு எழுதிப் பதிவுசெய்த வருகை அனுபவங்கள். ஒவ்வொரு குரலும் அதன் ஆசிரியருடையதாகவே இருக்கும்: யார் பார்க்கலாம், எந்தப் பெயரில் குறிப்பிடப்படுவது என்பதை அவர் மட்டுமே முடிவு செய்கிறார்.
archive-entries = அனுபவங்கள்
archive-no-entries = இதுவரை அனுபவங்கள் இல்லை.
archive-voice-count =
    { $count ->
        [one] { $count } குரல்
       *[other] { $count } குரல்கள்
    }
archive-state-published = வெளியிடப்பட்டது
archive-state-unpublished = வெளியிடப்படவில்லை
archive-theme = தலைப்புப் பொருள்
archive-guide-links = இது பேசும் வழிகாட்டிப் பக்கங்கள்
archive-theme-arrival = வருகை
archive-theme-first-contact-with-services = சேவைகளுடன் முதல் தொடர்பு
archive-theme-housing = வீடு
archive-theme-work = வேலை
archive-theme-family = குடும்பம்
archive-theme-belonging = சொந்தமாக உணர்தல்
archive-theme-the-future = எதிர்காலம்
archive-theme-other = மற்றவை
archive-entry-title = தலைப்பு
archive-entry-title-missing = ஒரு தலைப்பை எழுதுங்கள்.
archive-cities = இது பேசும் நகரங்கள்
archive-cities-hint = வெளியிட்ட பிறகு, இந்த நகரங்களின் வழிகாட்டி வாசகர்கள் இதைப் படிக்கலாம்.
archive-new-entry = புதிய அனுபவம்
archive-new-entry-create = அனுபவத்தை உருவாக்கு
archive-back = காப்பகத்திற்குத் திரும்பு
archive-entry-missing = இந்த அனுபவம் இன்னும் இந்தச் சாதனத்தில் இல்லை. இப்போதுதான் உருவாக்கப்பட்டிருந்தால், ஒத்திசைவு ஆகும் வரை காத்திருங்கள்.
archive-voices = குரல்கள்
archive-no-voices = இதுவரை குரல் இல்லை.
archive-add-voice = என் குரலைச் சேர்
archive-add-voice-hint = உங்கள் சொந்த வார்த்தைகளில் எழுதுங்கள், உங்களைப் பதிவுசெய்யுங்கள், அல்லது இரண்டும். இது உடனே இந்தச் சாதனத்தில் சேமிக்கப்பட்டு, இணைப்பில் இருக்கும்போது அனுப்பப்படும்.
archive-voice-language = நீங்கள் பேசும் மொழி
archive-add-voice-create = என் குரலைச் சேர்
archive-voice-yours = உங்கள் குரல்
archive-voice-of = { $name } அவர்களின் குரல்
archive-voice-unknown = குழுவின் ஒரு குரல்
archive-voice-in = மொழி: { $language }
archive-voice-text = வார்த்தைகள்
archive-voice-text-hint = எழுதப்பட்டது, அல்லது பதிவின் எழுத்து வடிவம்.
archive-recording = பதிவு
archive-record = பதிவுசெய்
archive-record-stop = நிறுத்து
archive-record-discard = பதிவை நீக்கு
archive-record-play =
    .aria-label = பதிவை மீண்டும் கேள்
archive-recording-none = பதிவு இல்லை.
archive-recording-recording = பதிவாகிறது…
archive-recording-waiting = பதிவானது, பதிவேற்றக் காத்திருக்கிறது. அதுவரை இந்தச் சாதனத்திலேயே இருக்கும்.
archive-recording-uploaded = பதிவேற்றப்பட்டது.
archive-recording-refused-too-large = இந்தப் பதிவு மிகப் பெரியது: காப்பகம் 25 MB வரை ஏற்கும். சிறிய பதிவைச் செய்யுங்கள் அல்லது சிறிய கோப்பைத் தேர்ந்தெடுங்கள்.
archive-recording-refused-wrong-type = காப்பகம் இந்தக் கோப்பை ஏற்காது: WebM அல்லது Ogg ஒலி மட்டுமே.
archive-audio-file = அல்லது இந்தச் சாதனத்திலிருந்து ஓர் ஒலிக் கோப்பைத் தேர்ந்தெடுங்கள்
archive-audio-file-hint = WebM அல்லது Ogg ஒலி, 25 MB வரை. பதிவேற்றும்போது அதன் தலைப்பும் பிற குறிச்சொற்களும் நீக்கப்படும்.
archive-recording-no-microphone = எந்த ஒலிவாங்கியையும் பயன்படுத்த முடியவில்லை. இந்தத் தளத்திற்கு ஒலிவாங்கி அனுமதி கொடுங்கள், அல்லது உங்கள் வார்த்தைகளை எழுதுங்கள்.
archive-photo = புகைப்படம்
archive-photo-choose = புகைப்படம் சேர்க்கவும்
archive-photo-hint = JPEG, PNG அல்லது WebP, 10 MB வரை. பதிவேற்றும்போது அதன் இருப்பிடமும் (GPS) கேமரா விவரங்களும் நீக்கப்படும்.
archive-photo-description = புகைப்படம் காட்டுவது (பார்க்க முடியாதவர்களுக்காக)
archive-photo-remove = புகைப்படத்தை நீக்கவும்
archive-photo-none = புகைப்படம் இல்லை.
archive-photo-waiting = பதிவேற்றக் காத்திருக்கிறது. அதுவரை இந்தச் சாதனத்தில் வைக்கப்படும்.
archive-photo-uploaded = பதிவேற்றப்பட்டது, இருப்பிடமும் கேமரா விவரங்களும் இல்லாமல்.
archive-photo-refused-too-large = இந்தப் புகைப்படம் மிகப் பெரியது: காப்பகம் 10 MB வரையிலான புகைப்படங்களை ஏற்கும்.
archive-photo-refused-wrong-type = காப்பகம் இந்தக் கோப்பை ஏற்காது: JPEG, PNG அல்லது WebP புகைப்படங்கள் மட்டுமே.
archive-translations = மொழிபெயர்ப்புகள்
archive-translation-language = மொழிபெயர்க்கும் மொழி
archive-translation-add = மொழிபெயர்ப்பைச் சேர்
archive-translation-text = { $language } மொழிபெயர்ப்பு, மொழிபெயர்த்தவர் { $by }
archive-translation-text-own = { $language } மொழிபெயர்ப்பு, குரலின் ஆசிரியரால்
archive-consent-title = உங்கள் ஒப்புதல்
archive-consent-unavailable = உங்கள் குரல் சேவையகத்தை அடைந்ததும் (இணைப்பில் இருக்கும்போது) யார் பார்க்கலாம் என்பதைத் தேர்வுசெய்யலாம். அதுவரை குழு மட்டுமே பார்க்கும், உங்கள் பெயர் இல்லாமல்.
archive-consent-visibility = உங்கள் குரலை யார் பார்க்கலாம்
archive-visibility-group = குழு மட்டும்
archive-visibility-city-editors = குழுவும் நகரத்தின் தொகுப்பாளர்களும்
archive-visibility-public = அனைவரும், ஒரு மட்டுறுத்துநர் அனுபவத்தை வெளியிட்ட பிறகு
archive-consent-naming = நீங்கள் எப்படிக் குறிப்பிடப்படுவீர்கள்
archive-naming-name = என் பெயரில் ({ $name })
archive-naming-pseudonym = புனைப்பெயரில்
archive-naming-anonymous = எப்படியும் இல்லை (பெயரில்லாமல்)
archive-pseudonym = புனைப்பெயர்
archive-pseudonym-missing = நீங்கள் குறிப்பிடப்பட விரும்பும் புனைப்பெயரை எழுதுங்கள்.
archive-consent-save = என் தேர்வைச் சேமி
archive-consent-saving = சேமிக்கிறது…
archive-consent-saved = சேமிக்கப்பட்டது.
archive-consent-offline = சேமிக்கப்படவில்லை: நீங்கள் இணைப்பில் இல்லை. இணைப்பில் இருக்கும்போது மீண்டும் முயலுங்கள்.
archive-consent-withdrawn = இந்தக் குரல் திரும்பப் பெறப்பட்டது.
archive-consent-failed = சேமிக்கப்படவில்லை. பிறகு மீண்டும் முயலுங்கள்.
archive-withdraw = என் குரலைத் திரும்பப் பெறு
archive-withdraw-explained = உங்கள் குரலைத் திரும்பப் பெற்றால் அது நிரந்தரமாக நீங்கும்: குழுவில் யாரும், எந்தத் தொகுப்பாளரும், எந்த வாசகரும் அதை மீண்டும் பார்க்க மாட்டார்கள், சேவையகம் அதை அழித்துவிடும். அதைத் திரும்பக் கொண்டுவர முடியாது.
archive-withdraw-cannot-undo = காட்டப்பட்டபோது மற்றவர்கள் ஏற்கெனவே பதிவிறக்கிய, சேமித்த அல்லது அச்சிட்ட நகல்களை இது திரும்பப் பெற முடியாது.
archive-withdraw-confirm = நிரந்தரமாகத் திரும்பப் பெறு
archive-withdraw-cancel = என் குரலை வைத்திரு
archive-publish = அனுபவத்தை வெளியிடு
archive-unpublish = வெளியீட்டை நீக்கு
archive-publish-hint = ஆசிரியர்கள் “அனைவரும்” எனத் தேர்ந்த குரல்களை மட்டுமே வாசகர்கள் பார்ப்பார்கள், ஒவ்வொருவரும் தேர்ந்த பெயரில்.
archive-published = வெளியிடப்பட்டது. பொதுமக்களுடன் பகிரப்பட்ட குரல்களை வாசகர்கள் இப்போது பார்க்கிறார்கள்.
archive-unpublished = வெளியீடு நீக்கப்பட்டது. வாசகர்கள் இனி இதைப் பார்க்க மாட்டார்கள்.
archive-publish-refused = வெளியிடப்படவில்லை: இதுவரை எந்த ஆசிரியரும் தங்கள் குரலைப் பொதுமக்களுடன் பகிரவில்லை (அல்லது அனுபவத்திற்குத் தலைப்பு இல்லை).
archive-publish-not-synced = சேவையகத்தில் இன்னும் இந்த அனுபவம் இல்லை. ஒத்திசைவு ஆகும் வரை காத்திருந்து பின் வெளியிடுங்கள்.
archive-publish-failed = வெளியிடப்படவில்லை. பிறகு மீண்டும் முயலுங்கள்.
archive-export = குழுவின் காப்பகத்தைப் பதிவிறக்கு
archive-export-hint = ஒவ்வொரு குரலின் சொற்கள் (Markdown), பதிவுகள், மற்றும் பதிவுகள், குரல்கள், மொழிகள், ஒப்புதல்களின் பட்டியல் கொண்ட zip கோப்பு. திரும்பப் பெறப்பட்ட குரல்கள் அதில் ஒருபோதும் இருக்காது; பெயரில்லாத குரலுக்கு அதில் பெயர் இல்லை. ஒவ்வொரு குரலின் ஒப்புதல் அனுமதிக்கும் அளவுக்கு மட்டுமே பகிருங்கள்.

## Dates
date-month =
    { $month ->
     [jan] ஜனவரி
     [feb] பிப்ரவரி
     [mar] மார்ச்
     [apr] ஏப்ரல்
     [may] மே
     [jun] ஜூன்
     [jul] ஜூலை
     [aug] ஆகஸ்ட்
     [sep] செப்டம்பர்
     [oct] அக்டோபர்
     [nov] நவம்பர்
    *[dec] டிசம்பர்
    }
date-month-alone =
    { $month ->
     [jan] ஜனவரி
     [feb] பிப்ரவரி
     [mar] மார்ச்
     [apr] ஏப்ரல்
     [may] மே
     [jun] ஜூன்
     [jul] ஜூலை
     [aug] ஆகஸ்ட்
     [sep] செப்டம்பர்
     [oct] அக்டோபர்
     [nov] நவம்பர்
    *[dec] டிசம்பர்
    }
date-weekday =
    { $weekday ->
     [mon] திங்கள்
     [tue] செவ்வாய்
     [wed] புதன்
     [thu] வியாழன்
     [fri] வெள்ளி
     [sat] சனி
    *[sun] ஞாயிறு
    }
date-day = { $month } { $day }, { $weekday }
date-full = { $day } { $month }, { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } அன்று { $time }
date-list-separator = { ", " }
date-just-now = இந்த ஒரு நிமிடத்தில்
date-minutes-ago =
    { $count ->
     [one] { $count } நிமிடத்திற்கு முன்
    *[other] { $count } நிமிடங்களுக்கு முன்
    }
date-hours-ago =
    { $count ->
     [one] { $count } மணிநேரம் முன்
    *[other] { $count } மணிநேரம் முன்
    }
date-days-ago =
    { $count ->
     [1] நேற்று
     [one] { $count } நாளுக்கு முன்
    *[other] { $count } நாட்களுக்கு முன்
    }
