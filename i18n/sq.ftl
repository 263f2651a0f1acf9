# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Albanian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Udhëzues vendorë për të ardhurit e rinj, të shkruar bashkë, që lexohen edhe pa internet.
skip-to-content = Kalo te përmbajtja
nav-main =
    .aria-label = Menyja kryesore
nav-cities = Të gjitha qytetet
nav-status = Gjendja e sinkronizimit
nav-sign-in = Hyr
nav-edit = Redakto udhëzuesin
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Llogaria jote: { $name }
page-title = { $page } · { app-name }
language-label = Gjuha

## Choosing a guide

reader-choose-city-title = Zgjidh qytetin tënd
reader-choose-language-title = Zgjidh gjuhën tënde
reader-choose-offline = Je pa lidhje. Lidhu një herë me internetin për të shkarkuar një udhëzues.
reader-kept-guides = Udhëzuesit në këtë telefon
reader-choose-city = Zgjidh një qytet ose një gjuhë tjetër
reader-choose-language-city = Zgjidh gjuhën e udhëzuesit për { $city }
reader-language-not-offered = Udhëzuesi për { $city } nuk është shkruar në këtë gjuhë: { $language }. Zgjidh një nga gjuhët në të cilat është shkruar:
reader-open-guide = Hap udhëzuesin
reader-loading = Po ngarkohet…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Udhëzuesi
reader-nav-home = Kreu
reader-nav-articles = Informacion praktik
reader-nav-events = Aktivitete
reader-nav-search = Kërko
reader-sample-city = Ky është një qytet shembull me përmbajtje të sajuar, për ta provuar { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = I disponueshëm pa internet, përditësuar { $ago }
reader-offline-now = Je pa lidhje. Ky udhëzues u përditësua { $ago }.
reader-guide-language = Gjuha e udhëzuesit
reader-print-link = Printo këtë udhëzues
reader-offline-banner = Je pa lidhje. Po lexon kopjen e ruajtur në këtë telefon.
reader-language-shown-in = Udhëzuesi për { $city } nuk është shkruar në këtë gjuhë: { $language }. Tekstet e tij shfaqen në këtë gjuhë: { $guide }.
reader-text-size = Madhësia e tekstit
reader-text-size-normal = Normale
reader-text-size-large = E madhe
reader-text-size-larger = Shumë e madhe
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Ende pa përkthim: disa pjesë shfaqen në këtë gjuhë: { $languages }.
       *[other] Ende pa përkthim: disa pjesë shfaqen në këto gjuhë: { $languages }.
    }
reader-problem-offline-title = Ky udhëzues nuk është ende në këtë telefon
reader-problem-offline = Lidhu një herë me internetin. Pas kësaj, udhëzuesi punon edhe pa internet.
reader-offline-missing = Je pa lidhje.
reader-problem-unknown-city-title = Qyteti nuk u gjet
reader-problem-unknown-city = Këtu nuk ka udhëzues për këtë qytet.
reader-problem-unknown-language-title = Gjuha nuk është e disponueshme
reader-problem-unknown-language = Ky udhëzues nuk është në këtë gjuhë. Zgjidh një nga këto gjuhë:
reader-problem-server-title = Udhëzuesi nuk u ngarkua dot
reader-problem-server = Diçka nuk shkoi mirë në server. Provo më vonë.
reader-meta-description = Udhëzuesi i { $city } për të sapoardhurit: ku të gjeni ndihmë, shërbime, informacion praktik dhe ngjarje, në gjuhën tuaj, edhe pa internet.
reader-meta-description-page = { $page }, në udhëzuesin e { $city } për të sapoardhurit: ndihmë, shërbime, informacion dhe ngjarje në gjuhën tuaj, edhe pa internet.

## Guide home

reader-home-title = Udhëzues për { $city }
reader-notices = Lajme nga qyteti
reader-categories = Çfarë të duhet?
reader-category-count =
    { $count ->
        [one] një vend
       *[other] { $count } vende
    }
reader-this-week = Këtë javë
reader-no-events-this-week = Asnjë aktivitet në shtatë ditët e ardhshme.
reader-all-events = Të gjitha aktivitetet
reader-topics = Informacion
reader-kept-languages = Në këtë telefon
reader-kept-languages-hint = Udhëzuesi punon pa internet në gjuhët që janë ruajtur në këtë telefon.
reader-kept-current = E ruajtur (po e lexon)
reader-kept-add = Ruaj edhe: { $language }
reader-kept-remove = Hiq nga ky telefon: { $language }
reader-published-on = Publikuar më { $date }
reader-kept-waiting = Je pa lidhje. Sapo të ketë lidhje, telefoni do të ruajë edhe: { $language }.

## Services

reader-service-title = Shërbim
reader-status-temporarily-closed = Mbyllur përkohësisht.
reader-status-closed = Ky shërbim është mbyllur.
reader-open-now = Hapur tani, mbyllet në { $time }
reader-open-now-all-day = Hapur tani, 24 orë në ditë
reader-open-all-day = Hapur 24 orë
reader-opens-today = Mbyllur tani. Hapet sot në { $time }
reader-opens-tomorrow = Mbyllur tani. Hapet nesër në { $time }
reader-opens-on = Mbyllur tani. Hapet: { $day }, në { $time }
reader-by-appointment = Me takim
reader-no-hours-soon = Nuk hapet ditët e ardhshme
reader-hours-unknown = Pyet për orarin
reader-open-to-all = Hapur për të gjithë, çfarëdo dokumentesh të kesh
reader-for-whom = Për kë
reader-eligibility = Kush mund të vijë
reader-cost = Kosto
reader-free = Falas
reader-not-free = Me pagesë
reader-languages = Gjuhët
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Mund të sigurohet një përkthyes.
reader-documents = Çfarë të marrësh me vete
reader-hours = Orari
reader-today = Sot
reader-tomorrow = Nesër
reader-closed-day = Mbyllur
reader-appointment-note = (me takim)
reader-where = Ku
reader-outreach = Ku t’i gjesh (vijnë edhe te ti)
reader-open-map = Hape në aplikacionin tim të hartave
reader-open-web-map = Hap hartën në openstreetmap.org
reader-contact = Kontakt
reader-call = Telefono { $phone }
reader-email = Shkruaj te { $email }
reader-website = Faqja e internetit: { $site }
reader-share = Shpërndaj
reader-share-copied = Lidhja u kopjua
reader-last-checked = Kontrolluar së fundi më { $date }
reader-listen = Dëgjo
reader-listen-stop = Ndalo
reader-target-everyone = Të gjithë
reader-target-asylum-seekers-and-refugees = Azilkërkues dhe refugjatë
reader-target-temporary-protection = Njerëz me mbrojtje të përkohshme
reader-target-undocumented-residents = Njerëz pa dokumente
reader-target-women = Gra
reader-target-unaccompanied-minors = Të rinj nën 18 vjeç të vetëm, pa prindër
reader-target-children = Fëmijë
reader-target-students = Studentë

## Articles

reader-articles-title = Informacion praktik
reader-articles-below = Më shumë për këtë
reader-breadcrumbs =
    .aria-label = Je këtu

## Events

reader-events-title = Aktivitete
reader-events-later = Më vonë
reader-no-events = Asnjë aktivitet në javët e ardhshme.
reader-event-cancelled = Anuluar
reader-event-when = Kur
reader-event-next-dates = Datat e ardhshme
reader-event-past = Ky aktivitet ka mbaruar.
reader-organizer = Organizuar nga
reader-open-to-residents = Të gjithë, të ardhur të rinj dhe banorë të vjetër
reader-add-to-calendar = Shto në kalendarin tim
reader-register = Regjistrohu
reader-online-link = Merr pjesë online
reader-subscribe = Merr aktivitetet e qytetit në kalendarin tim
reader-feed-link = Shkarko të gjitha aktivitetet (iCalendar)
reader-events-by-month = Më vonë, muaj pas muaji
reader-no-later-events = Ende nuk dihen ngjarje më të vona.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } ngjarje
       *[other] { $month }: { $count } ngjarje
    }
reader-no-events-month = Asnjë ngjarje këtë muaj.
reader-events-bad-month = Kjo adresë nuk tregon një muaj (duhet të mbarojë me ?month=2027-01). Ja javët e ardhshme.
reader-events-known-until = Ky telefon i njeh ngjarjet deri më { $date }. Hapeni udhëzuesin në internet më vonë për të parë më shumë.
reader-events-coming-weeks = Katër javët e ardhshme
reader-events-month-before = Më parë: { $month }
reader-events-month-after = Më pas: { $month }
reader-feed-heading = Në aplikacionin tuaj të kalendarit

## Search

reader-search-title = Kërko
reader-search-label = Kërko në udhëzues
reader-search-button = Kërko
reader-search-count =
    { $count ->
        [0] Asgjë nuk u gjet për “{ $query }”.
        [one] Një rezultat për “{ $query }”.
       *[other] { $count } rezultate për “{ $query }”.
    }
reader-kind-service = Shërbim
reader-kind-article = Informacion
reader-kind-event = Aktivitet

## Print version

reader-print-title = Udhëzues për printim
reader-print-heading = Udhëzues për { $city }
reader-print-date = Printuar më { $date }. Gjërat ndryshojnë: shiko udhëzuesin online.
reader-print-button = Printo
reader-print-address = Ky udhëzues në internet, gjithmonë i përditësuar:
reader-print-qr = Kodi QR: ky udhëzues në internet
reader-print-other-days = Disa orare janë në ditë të tjera (çdo disa javë ose një herë në muaj): shihni udhëzuesin në internet.

## Suggest a correction

reader-suggest-link = Propozo një korrigjim
reader-suggest-title = Propozo një korrigjim
reader-suggest-about = Për:
reader-suggest-privacy = Mesazhi yt është anonim. Nuk të pyesim për emrin apo për ndonjë gjë tjetër rreth teje.
reader-suggest-topic = Çfarë është gabim?
reader-suggest-message = Çfarë duhet të dimë?
reader-suggest-message-hint = Të lutem mos shkruaj emrin, numrin e telefonit apo të dhëna të tjera personale.
reader-suggest-send = Dërgo
reader-suggest-need-topic = Zgjidh çfarë është gabim.
reader-suggest-need-message = Shkruaj disa fjalë për atë që është gabim.
reader-suggest-sent = Faleminderit. Redaktorët e udhëzuesit do ta kontrollojnë.
reader-suggest-queued = Faleminderit. Je pa lidhje: do të dërgohet kur të kesh sërish lidhje.
reader-suggest-refused = Faleminderit, por kjo nuk u dërgua dot: ndoshta faqja është hequr.
reader-back-to-guide = Kthehu te udhëzuesi

## Status page

status-title = Gjendja e sinkronizimit
status-connection-label = Lidhja me serverin
status-connected = I lidhur
status-connecting = Po lidhet…
status-offline = Pa lidhje
status-offline-hint = Je pa lidhje. Ndryshimet mbeten në këtë pajisje. Dërgohen kur të kesh sërish lidhje.
status-waiting =
    { $count ->
        [0] Asgjë në këtë pajisje nuk pret të dërgohet.
        [1] Një ndryshim është ruajtur në këtë pajisje dhe pret të dërgohet.
       *[other] Ndryshime të ruajtura në këtë pajisje që presin të dërgohen: { $count }.
    }
status-signed-out = Nuk ke hyrë
status-signed-out-hint = Vetëm redaktorët që kanë hyrë i sinkronizojnë dokumentet me serverin. Për të lexuar udhëzuesin nuk të duhet llogari.
status-sign-in = Hyr për të sinkronizuar

## Not found

not-found-title = Faqja nuk u gjet
not-found-body = Në këtë adresë nuk ka asgjë.
not-found-home = Shko te faqja kryesore

## Forms and errors shared by the pages

passphrase-show = Shfaq fjalëkalimin
error-offline = Serveri nuk u arrit. Kontrollo lidhjen dhe provo sërish.
error-server = Diçka nuk shkoi mirë në server. Provo më vonë.
error-bad-request = Serveri nuk e pranoi këtë. Kontrollo çfarë shkrove dhe provo sërish.
error-forbidden = Nuk të lejohet ta bësh këtë.
error-unauthenticated = Ke dalë nga llogaria. Hyr sërish për të vazhduar.
error-unexpected = Diçka nuk shkoi mirë. Provo sërish.
error-page-not-loaded = Kjo faqe nuk u ngarkua. Kontrollo lidhjen dhe provo sërish.
error-too-many-attempts-seconds =
    Shumë përpjekje. Provo sërish pas { $seconds ->
        [one] një sekonde
       *[other] { $seconds } sekondash
    }.
error-too-many-attempts-minutes =
    Shumë përpjekje. Provo sërish pas { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }.

## Roles

-role-volunteer = Vullnetar
-role-translator = Përkthyes
-role-editor = Redaktor
-role-group_member = Anëtar i grupit
-role-group_moderator = Moderator i grupit
-role-city_admin = Administrator i qytetit
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
        [group] { role-name }, grupi “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } në { $city }
role-label = Roli
role-group-label = Grupi
role-group-hint = Një nga grupet e arkivit që moderoni në këtë qytet.
role-group-missing = Zgjidhni një grup.
role-group-unknown = Ky qytet nuk ka grup arkivi me këtë emër të shkurtër.
role-languages-label = Gjuhët
role-languages-hint = Kode gjuhësh, të ndara me presje. Për shembull: ar, uk, fa-AF.
role-languages-missing = Shkruaj të paktën një kod gjuhe.
role-languages-invalid = Njëri prej tyre nuk është kod gjuhe. Përdor kode si ar, uk ose fa-AF.

## Sign-in page

sign-in-title = Hyr
sign-in-intro = Për vullnetarë, redaktorë, përkthyes dhe punonjës të qytetit. Për të lexuar udhëzuesin nuk të duhet llogari.
sign-in-name = Emri
sign-in-passphrase = Fjalëkalimi
sign-in-submit = Hyr
sign-in-name-missing = Shkruaj emrin tënd.
sign-in-passphrase-missing = Shkruaj fjalëkalimin tënd.
sign-in-invalid = Emri ose fjalëkalimi është gabim.
sign-in-no-account = Nuk ke llogari? Llogaritë bëhen vetëm me ftesë. Kërkoji një lidhje administratorit të qytetit tënd.
sign-in-already = Ke hyrë si { $name }.
sign-in-continue = Vazhdo
sign-in-account = Llogaria jote

## Invitation page

invite-title = Ftesë
invite-loading = Po kontrollohet ftesa…
invite-not-found = Kjo lidhje ftese nuk funksionon. Mund të jetë përdorur ose ka skaduar. Kërkoji një të re personit që të ftoi.
invite-home = Shko te faqja kryesore
invite-for = Je ftuar në { $city } me rolin: { role-grant }.
invite-expires = Kjo ftesë vlen deri më { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Ke hyrë si { $name }. Nëse e pranon këtë ftesë, krijohet një llogari e re dhe hyn me të.
invite-name = Emri yt
invite-name-hint = Njerëzit me të cilët punon e shohin këtë emër. Nuk duhet të jetë emri yt i vërtetë: një pseudonim është në rregull.
invite-name-missing = Zgjidh një emër.
invite-name-too-long = Ky emër është shumë i gjatë: jo më shumë se 64 shenja.
invite-name-taken = Ky emër është i zënë. Zgjidh një tjetër.
invite-passphrase = Fjalëkalimi
invite-passphrase-hint = Të paktën 10 shenja. Disa fjalë që nuk shkojnë bashkë mbahen mend lehtë dhe gjenden me vështirësi.
invite-passphrase-confirm = Fjalëkalimi përsëri
invite-passphrase-too-short = Fjalëkalimi është shumë i shkurtër: të paktën 10 shenja.
invite-passphrase-too-long = Fjalëkalimi është shumë i gjatë: jo më shumë se 1024 shenja.
invite-passphrase-mismatch = Dy fjalëkalimet nuk janë njësoj.
invite-submit = Krijo llogarinë time

## Account page

account-title = Llogaria jote
account-loading = Po ngarkohet llogaria jote…
account-not-signed-in = Nuk ke hyrë.
account-signed-out = Ke dalë.
account-sign-in = Hyr
account-signed-in-as = Ke hyrë si { $name }.
account-offline = Je pa lidhje. Kjo është ajo që mban mend pajisja. Për seancat dhe daljen të duhet lidhje.
account-roles-title = Rolet e tua
account-no-roles = Ende nuk ke role.
account-manage-city = Menaxho { $city }
account-sessions-title = Ku ke hyrë
account-sessions-loading = Po ngarkohet…
account-session-current = Kjo pajisje
account-session-other = Një pajisje tjetër
account-session-times = Hyrë më { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, aktiv së fundi më { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Dil
account-session-ended = Ajo pajisje ka dalë.
account-sign-out-everywhere = Dil kudo
account-sign-out = Dil

## City administration page

admin-title = Administrimi i qytetit
admin-heading = Menaxho { $city }
admin-loading = Po ngarkohet…
admin-offline = Je pa lidhje. Për të menaxhuar një qytet të duhet lidhje.
admin-not-signed-in = Hyr për të menaxhuar një qytet.
admin-sign-in = Hyr
admin-not-admin = Nuk je administrator i { $city }.
admin-invite-title = Fto dikë
admin-invite-intro = Një lidhje ftese është për një person. Funksionon një herë, dhe kushdo që e hap mund të krijojë llogarinë. Dërgoje privatisht.
admin-invite-submit = Krijo lidhje ftese
admin-invite-created = Lidhja e ftesës u krijua.
admin-invite-link-label = Lidhja e ftesës
admin-invite-about = Për rolin: { role-grant }. Vlen deri më { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Kopjo lidhjen
admin-invite-share = Ndaj lidhjen
admin-invite-copied = Lidhja u kopjua.
admin-invite-copy-failed = Kopjimi nuk u bë. Lidhja është e zgjedhur: kopjoje vetë.
admin-members-title = Anëtarët
admin-members-none = Ende nuk ka anëtarë.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (ti)
       *[no] { $name }
    }
admin-member-revoked = Qasja u hoq
admin-member-no-roles = Pa role
admin-member-edit = Ndrysho rolet
admin-member-revoke = Hiq qasjen
admin-roles-heading = Rolet e { $name }
admin-role-remove = Hiq
admin-role-add-title = Shto një rol
admin-role-add = Shto rolin
admin-role-duplicate = Ky person e ka tashmë këtë rol.
admin-roles-save = Ruaj rolet
admin-roles-cancel = Anulo
admin-roles-saved = Rolet e { $name } u ruajtën.
admin-revoke-question = T’i hiqet qasja { $name }?
admin-revoke-explain = { $name } del nga çdo pajisje dhe nuk mund të hyjë më.
admin-revoke-confirm = Hiq qasjen
admin-revoke-cancel = Anulo
admin-revoked = Qasja iu hoq { $name }.

## Suggestions queue (editors)

suggestions-title = Sugjerime nga lexuesit
suggestions-heading = Sugjerime për { $city }
suggestions-intro = Lexuesit i dërgojnë në mënyrë anonime kur diçka në udhëzues është gabim. Kontrolloje, korrigjo elementin nëse duhet, pastaj shëno sugjerimin si të kryer.
suggestions-loading = Po ngarkohet…
suggestions-not-signed-in = Hyr për të parë sugjerimet e dërguara nga lexuesit.
suggestions-sign-in = Hyr
suggestions-not-allowed = Vetëm redaktorët dhe administratorët e qytetit { $city } mund t’i shohin sugjerimet.
suggestions-unknown-city = Nuk ka qytet “{ $city }”.
suggestions-show-done = Shfaq edhe sugjerimet e kryera
suggestions-list-title = Sugjerime
suggestions-none-open = Asnjë sugjerim i hapur.
suggestions-none = Ende asnjë sugjerim.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Për: { $title }
suggestions-about-unpublished = Për një element që nuk është më i publikuar
suggestions-about-guide = Për udhëzuesin në përgjithësi
suggestions-no-message = Lexuesi nuk shkroi asnjë mesazh.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Marrë më { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · gjuha: { LANGUAGES($language) }
suggestions-resolved = Kryer më { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Shëno si të kryer
suggestions-marked-done = Sugjerimi u shënua si i kryer.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Është mbyllur ose nuk ekziston më
suggestion-topic-hours = Orari është gabim
suggestion-topic-address = Adresa është gabim
suggestion-topic-contact = Numri i telefonit ose kontakti tjetër është gabim
suggestion-topic-translation = Përkthimi është gabim ose mungon
suggestion-topic-other = Diçka tjetër

## Editing app

editor-page-title = Redakto udhëzuesin
editor-title = Redaktim: { $city }
editor-signed-out = Hyr për të redaktuar udhëzuesin.
editor-progress = Dokumente në këtë pajisje: { $loaded } nga { $total }
editor-filter = Filtro
editor-events = Aktivitete
editor-services = Shërbime
editor-new-event = Aktivitet i ri
editor-back = Kthehu te lista
editor-untitled = (ende pa titull)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] U ruajt në këtë pajisje. Je pa lidhje.
        [one] U ruajt në këtë pajisje. Një ndryshim pret të dërgohet.
       *[other] U ruajt në këtë pajisje. { $count } ndryshime presin të dërgohen.
    }
editor-sync-sending =
    { $count ->
        [one] Po dërgohet një ndryshim…
       *[other] Po dërgohen { $count } ndryshime…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Sinkronizuar { $ago }
editor-sync-sent =
    { $count ->
        [1] U dërgua një ndryshim. Sinkronizuar { $ago }
       *[other] Ndryshime të dërguara: { $count }. Sinkronizuar { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Seanca jote mbaroi. Hyr sërish që sinkronizimi të vazhdojë.
        [one] Seanca jote mbaroi. Ndryshimi yt është ruajtur në këtë pajisje: hyr sërish për ta dërguar.
       *[other] Seanca jote mbaroi. { $count } ndryshimet e tua janë ruajtur në këtë pajisje: hyr sërish për t’i dërguar.
    }
editor-sync-sign-in = Hyr sërish
editor-hint-plain = Shkruaj fjali të shkurtra. Një ide në çdo fjali. Përdor fjalë që njerëzit i njohin.
editor-hint-title = Thuaj çfarë është, me pak fjalë. Për shembull: Kafe gjuhësh.
editor-minor-edit = Korrigjim i vogël (drejtshkrim, gabim shtypi): përkthimet mbeten të përditësuara
editor-conflict =
    { $count ->
        [one] Dy persona e ndryshuan këtë në të njëjtën kohë. Zgjidh vlerën e saktë:
       *[other] Disa persona e ndryshuan këtë në të njëjtën kohë ({ $count } vlera). Zgjidh vlerën e saktë:
    }
editor-conflict-keep = Mbaj “{ $value }”
editor-event-title = Titulli
editor-event-description = Përshkrimi
editor-event-type = Lloji i aktivitetit
editor-event-type-workshop = Punëtori
editor-event-type-language-cafe = Kafe gjuhësh
editor-event-type-festival = Festival
editor-event-type-commemoration = Përkujtim
editor-event-type-job-fair = Panair pune
editor-event-type-sport = Sport
editor-event-type-information-session = Takim informues
editor-event-type-other = Tjetër
editor-event-start = Fillon
editor-event-end = Mbaron
editor-event-place = Vendi
editor-place-name = Emri i vendit
editor-place-street = Rruga dhe numri
editor-place-postal-code = Kodi postar
editor-place-locality = Qyteti
editor-event-organizer = Organizuar nga
editor-event-free = Falas
editor-event-cancelled = I gjithë aktiviteti është anuluar
editor-repeat = Përsëritja
editor-repeat-kind = Sa shpesh
editor-repeat-none = Nuk përsëritet
editor-repeat-weekly = Çdo javë
editor-repeat-monthly = Çdo muaj
editor-repeat-custom = Rregull tjetër (RRULE)
editor-repeat-days =
    .aria-label = Në këto ditë
editor-repeat-nth = Cila
editor-repeat-weekday = Dita
editor-repeat-until = Deri më (jo e detyrueshme)
editor-repeat-rule = Rregulli
editor-nth-1 = E para
editor-nth-2 = E dyta
editor-nth-3 = E treta
editor-nth-4 = E katërt
editor-nth-last = E fundit
editor-weekday-mo = E hënë
editor-weekday-tu = E martë
editor-weekday-we = E mërkurë
editor-weekday-th = E enjte
editor-weekday-fr = E premte
editor-weekday-sa = E shtunë
editor-weekday-su = E diel
editor-cancelled-dates = Datat e anuluara
editor-cancel-date-label = Anulo një datë
editor-cancel-date = Anulo këtë datë
editor-restore-date = Rikthe datën: { $date }
editor-quick-hint = Punon pa internet. Aktiviteti dërgohet kur të kesh sërish lidhje.
editor-quick-date = Data
editor-quick-start = Ora e fillimit
editor-quick-end = Ora e mbarimit
editor-quick-save = Ruaj aktivitetin
editor-quick-missing = Plotëso titullin, datën dhe orët.
editor-service-name = Emri
editor-service-description = Çfarë është
editor-service-eligibility = Kush mund të vijë
editor-service-documents = Çfarë të marrësh me vete
editor-service-status = Gjendja
editor-service-status-active = Hapur
editor-service-status-temporarily-closed = Mbyllur përkohësisht
editor-service-status-closed = Mbyllur përfundimisht
editor-service-organization = Organizata që e ofron
editor-service-categories = Kategoritë
editor-service-target-groups = Për kë është
editor-service-open-to-all = E hapur për këdo, pavarësisht nga dokumentet
editor-service-fee = Çmimi, nëse nuk është falas
editor-service-languages = Gjuhët që flet stafi
editor-service-language-other = Një gjuhë tjetër
editor-service-language-hint = Kodi i gjuhës, për shembull ti, prs ose pt-BR.
editor-service-language-add = Shto gjuhën
editor-service-language-invalid = Ky nuk është kod gjuhe. Shkruani një kod si ti, prs ose pt-BR.
editor-service-contacts = Kontakti
editor-service-phones = Numrat e telefonit
editor-service-phone = Numri i telefonit { $number }
editor-service-phone-new = Numër i ri telefoni
editor-service-phone-add = Shto numrin
editor-service-phone-remove = Hiq { $phone }
editor-service-phone-invalid = Shkruani një numër telefoni: vetëm shifra, hapësira dhe +. Për shembull +32 4 123 45 67.
editor-service-email = Email
editor-service-email-invalid = Kjo nuk është adresë emaili. Për shembull: info@example.org
editor-service-website = Faqja e internetit
editor-service-website-invalid = Shkruani adresën e plotë, që fillon me https://
editor-service-verified = Kontrolli i fundit
editor-service-verified-never = Askush nuk e ka kontrolluar ende këtë shërbim.
editor-service-verified-value = Kontrolluar më { $date } nga { $name }
editor-service-verify = Kontrolluar sot
editor-service-locations = Vendet
editor-service-location = Vendi { $number }
editor-service-location-none = Ende asnjë vend.
editor-service-location-add = Shto një vend
editor-service-location-remove = Hiq këtë vend
editor-location-region = Rajoni
editor-location-country = Shteti (dy shkronja, për shembull BE)
editor-location-country-invalid = Shkruani kodin dyshkronjësh të shtetit, për shembull BE.
editor-location-latitude = Gjerësia gjeografike (opsionale)
editor-location-longitude = Gjatësia gjeografike (opsionale)
editor-location-latitude-invalid = Shkruani një numër nga -90 deri në 90, për shembull 50.63.
editor-location-longitude-invalid = Shkruani një numër nga -180 deri në 180, për shembull 5.57.
editor-location-outreach = Shkojnë edhe te njerëzit (shërbim i lëvizshëm ose në terren)
editor-service-schedules = Orari i punës
editor-schedule = Orari { $number }
editor-schedule-none = Ende asnjë orar.
editor-schedule-add = Shto orar
editor-schedule-remove = Hiq këtë orar
editor-schedule-days = Ditët
editor-schedule-rule-hint = Vetëm për atë që ditët nuk e thonë dot, për shembull FREQ=MONTHLY;BYDAY=1TU për të martën e parë të çdo muaji. Lëreni bosh për të përdorur ditët.
editor-schedule-rule-invalid = Ky rregull nuk mund të përdoret. Shkruani një rregull si FREQ=WEEKLY;BYDAY=MO,TU, pa “RRULE:”.
editor-schedule-opens = Hapet në
editor-schedule-closes = Mbyllet në
editor-schedule-overnight = Mbyllet ditën tjetër (hapur pas mesnatës)
editor-schedule-times-invalid = Ora e mbylljes duhet të jetë pas orës së hapjes. Për orë pas mesnatës, shënoni “Mbyllet ditën tjetër”.
editor-schedule-valid-from = Nga (opsionale)
editor-schedule-valid-to = Deri (opsionale)
editor-schedule-valid-invalid = Data e mbarimit nuk mund të jetë para datës së fillimit.
editor-schedule-closed-dates = Mbyllur më
editor-schedule-closed-date-label = Një ditë kur është mbyllur
editor-schedule-closed-date-add = Shto ditë pushimi
editor-schedule-closed-date-remove = Hapur sërish më { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, me takim
editor-schedule-no-days = Asnjë ditë e zgjedhur
editor-schedule-no-hours = ende pa orë
editor-new-service = Shërbim i ri
editor-new-service-hint = Filloni me emrin. Pjesën tjetër e plotësoni në ekranin tjetër. Punon pa internet.
editor-new-service-create = Krijo shërbimin
editor-new-service-missing = Shkruani emrin e shërbimit.
editor-publishing = Publikimi
editor-publish-hint = Lexuesit shohin vetëm versionin e publikuar. Ndryshimet e tua të mëvonshme mbeten drafte derisa të publikosh sërish.
editor-publish = Publiko këtë version
editor-unpublish = Hiqe nga publikimi
editor-published = U publikua. Lexuesit tani shohin këtë version.
editor-draft-badge = Draft i papublikuar
editor-publication-published = I publikuar: lexuesit shohin këtë version.
editor-publication-draft = Draft i papublikuar: lexuesit shohin versionin e fundit të publikuar derisa të publikohet ky.
editor-publication-unpublished = Draft i papublikuar: lexuesit nuk e shohin këtë element derisa të publikohet.
editor-unpublished = U hoq nga publikimi. Lexuesit nuk e shohin më.
editor-publish-not-synced = Serveri nuk e ka ende këtë version. Prit derisa të sinkronizohet, pastaj publikoje.
editor-publish-offline = Je pa lidhje. Publiko kur të kesh sërish lidhje.
editor-publish-not-publishable = Nuk u publikua: ky version nuk është ende një element i plotë. Prit derisa të sinkronizohet, kontrollo fushat, pastaj publikoje përsëri.
editor-publish-invalid-content = Nuk u publikua: ndreq më parë { $field }.
editor-publish-link-invalid = Një lidhje duhet të çojë te një faqe e këtij siti (që fillon me një / të vetëm) ose te një adresë e plotë që fillon me https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Paraparje: çfarë do të shohin lexuesit
editor-preview-hint = Versioni që lexuesit shohin tani, krahasuar me draftin tënd. Publikoje që lexuesit ta shohin draftin.
editor-preview-not-published = Ende i papublikuar: lexuesit nuk shohin asgjë. Pas publikimit do të shohin këtë:
# $when: the date and time of publishing.
editor-preview-same = Lexuesit shohin pikërisht këtë version (publikuar: { $when }).
editor-preview-changed =
    { $count ->
        [one] Një fushë ndryshon nga ajo që shohin lexuesit (publikuar: { $when }):
       *[other] { $count } fusha ndryshojnë nga ajo që shohin lexuesit (publikuar: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Një fushë e pandryshuar
       *[other] { $count } fusha të pandryshuara
    }
editor-preview-unknown = Lidhu një herë me internetin që të shohësh çfarë shohin lexuesit.
editor-preview-unavailable = Kjo pajisje nuk e ka ende versionin e publikuar. Prit derisa të sinkronizohet.
# Read out by screen readers before removed and added words.
editor-diff-removed = U hoq:
editor-diff-added = U shtua:
# The history of an item: who changed which field, and when.
editor-history = Historiku
editor-history-hint = Kush ndryshoi çfarë dhe kur. Mund të rikthesh një vlerë të mëparshme.
editor-history-none = Ende asnjë ndryshim.
editor-history-unknown-author = Importuar
# $field: the technical name of a field that has no label here.
editor-history-other-field = Të dhëna të tjera ({ $field })
editor-history-restore = Rikthe këtë vlerë
editor-history-current = Kjo është vlera aktuale.
editor-history-empty = (bosh)
editor-history-yes = Po
editor-history-no = Jo
editor-history-field-order = Vendi në listën e artikujve
editor-translate-link = Përkthe
editor-suggestions-link = Sugjerime nga lexuesit
editor-suggestions-open = Të hapura: { $count }
editor-translate-title = Përkthimet
editor-translate-no-languages = Në këtë qytet nuk ke asnjë gjuhë në të cilën të përkthesh.
editor-translate-language = Përkthe në
editor-translate-status = Shfaq
editor-translate-all = Të gjitha
editor-translate-back = Kthehu te përkthimet
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } nga { $total } të përditësuara
editor-status-missing = Mungon
editor-status-outdated = E vjetëruar
editor-status-machine = Përkthim automatik
editor-status-up-to-date = E përditësuar
editor-status-incomplete = E përkthyer pjesërisht
editor-translate-source-changed = Teksti burimor ka ndryshuar që kur u bë ky përkthim. Ndryshimet janë shënuar mbi çdo fushë.
editor-translate-source-changed-unknown = Teksti burimor ka ndryshuar që kur u bë ky përkthim. Kjo pajisje nuk mund të tregojë çfarë ndryshoi: krahasoni çdo tekst me burimin.
editor-translate-what-changed = Ndryshuar në burim:
editor-translate-finish = Përfundimi
editor-translate-left = Tekste ende për t'u përkthyer: { $count }
editor-translate-all-translated = Të gjitha tekstet janë përkthyer. Kontrollojini me burimin, pastaj shënojeni përkthimin si të përfunduar.
editor-translate-done = Shëno si të përfunduar
editor-translate-not-done = Përktheni më parë çdo tekst. Ende bosh: { $count }
editor-translate-marked-done = U shënua si i përfunduar. Është ruajtur në këtë pajisje dhe shkon te serveri bashkë me ndryshimet e tjera.
editor-translate-publish = Publiko përkthimin
editor-translate-publish-hint = Lexuesit e shohin përkthimin sapo të publikohet, me versionin e zërit që shohin tani.
editor-translate-editor-publishes = Lexuesit e shohin përkthimin sapo një redaktor ta publikojë.
editor-translate-publish-not-done = Shënojeni më parë përkthimin si të përfunduar.
editor-translate-item-unpublished = Vetë zëri nuk është publikuar ende. Lexuesit do ta shohin përkthimin kur të publikohet.
editor-translate-published = U publikua. Lexuesit tani e shohin këtë përkthim.
editor-field-name = Emri
editor-field-title = Titulli
editor-field-description = Përshkrimi
editor-field-body = Teksti
editor-field-eligibility = Kush mund të vijë
editor-field-documents_needed = Çfarë të marrësh me vete
editor-field-fee = Kosto
editor-field-accessibility = Aksesueshmëria
editor-field-notes = Shënime për orarin

## Guide articles and city settings

editor-new-article = Artikull i ri
editor-settings-link = Cilësimet e qytetit
editor-articles = Artikujt e udhëzuesit
editor-move-up = Lëviz lart
    .aria-label = Lëviz lart: { $title }
editor-move-down = Lëviz poshtë
    .aria-label = Lëviz poshtë: { $title }
editor-article-title = Titulli
editor-article-body = Teksti
editor-article-markdown-hint = Formatimi: një rresht bosh mes paragrafëve; „## ” në fillim të rreshtit për një titull; „- ” ose „1. ” për një listë; një lidhje shkruhet [fjalë](https://example.org).
editor-article-parent = Vendoset nën
editor-article-top-level = Niveli i sipërm (nën asnjë artikull)
editor-article-notice = Njoftim në faqen kryesore deri më (opsionale)
editor-article-notice-hint = Deri në këtë datë, faqja kryesore e udhëzuesit e shfaq artikullin si njoftim të qytetit. Lëreni bosh për një artikull të zakonshëm.
editor-hint-title-article = Thoni me pak fjalë për çfarë bëhet fjalë. Për shembull: Ditët tuaja të para.
editor-article-create = Krijo artikullin
editor-article-title-missing = Shkruani fillimisht një titull.
editor-article-cannot-create = Vetëm redaktorët mund të shtojnë artikuj.
editor-settings-title = Cilësimet e qytetit
editor-settings-live = Ndryshimet këtu lexuesit i shohin menjëherë. Nuk ka hap publikimi.
editor-settings-read-only = Nuk mund t'i ndryshoni cilësimet e qytetit. Vetëm redaktorët mundin.
editor-categories = Kategoritë
editor-categories-hint = Lexuesit i shohin kategoritë në këtë renditje. Kur një emër është bosh, shohin emrin në gjuhën rezervë.
editor-category-icon = Ikona
editor-category-name = Emri në { $language } ({ $tag })
editor-category-add-title = Kategori e re
editor-category-add-name = Emri në { $language }
editor-category-add = Shto kategorinë
editor-category-name-missing = Shkruani fillimisht emrin e kategorisë.
editor-category-remove-question = Të hiqet „{ $name }”? Shërbime që e përdorin: { $count }.
editor-remove = Hiq
    .aria-label = Hiq: { $name }
editor-remove-confirm = Po, hiq „{ $name }”
editor-remove-cancel = Anulo
editor-icon-heart = Zemër
editor-icon-house = Shtëpi
editor-icon-scales = Peshore
editor-icon-briefcase = Çantë dokumentesh
editor-icon-book = Libër
editor-icon-family = Familje
editor-icon-bowl = Tas
editor-icon-people = Njerëz
editor-icon-woman = Grua
editor-icon-star = Yll
editor-icon-search = Xham zmadhues
editor-icon-calendar = Kalendar
editor-icon-clock = Orë
editor-icon-pin = Shenjë harte
editor-icon-phone = Telefon
editor-icon-share = Ndaj
editor-icon-print = Printer
editor-icon-speaker = Altoparlant
editor-icon-article = Dokument
editor-icon-offline = Pa lidhje
editor-icon-check = Shenjë kontrolli
editor-icon-flag = Flamur
editor-languages = Gjuhët
editor-languages-hint = Gjuhët që mund të zgjedhin lexuesit. Një tekst ende i papërkthyer shfaqet në gjuhën rezervë.
editor-language-direction = Drejtimi i shkrimit
editor-direction-ltr = Nga e majta në të djathtë
editor-direction-rtl = Nga e djathta në të majtë
editor-language-source = Gjuha burimore: përmbajtjet shkruhen fillimisht në të.
editor-language-fallback = Gjuha rezervë
editor-language-fallback-hint = Çfarë shohin lexuesit e kësaj gjuhe kur një tekst nuk është përkthyer ende.
editor-language-no-fallback = Asnjë
editor-language-fallback-cycle = Kjo krijon një qark: ajo gjuhë tashmë kthehet te kjo. Zgjidhni një tjetër.
editor-language-remove-question = Të hiqet { $language }? Lexuesit e saj do të zgjedhin një gjuhë tjetër. Përkthimet mbeten të ruajtura.
editor-language-add-title = Gjuhë e re
editor-language-add-tag = Kodi i gjuhës (BCP 47)
editor-language-add-hint = Për shembull: ti (tigrinja), pt-BR (portugalishtja e Brazilit).
editor-language-add = Shto gjuhën
editor-language-invalid = „{ $tag }” nuk është kod gjuhe. Shkruani një kod si ti ose pt-BR.
editor-language-present = Qyteti e ka tashmë { $language }.

## The multivoiced archive

reader-archive-title = Zërat e mbërritjes
reader-archive-intro = Rrëfime të njerëzve që erdhën në këtë qytet, me fjalët e tyre. Çdo zë është i tyre; asnjë nuk është versioni zyrtar.
reader-archive-link = Lexoni zërat e mbërritjes
reader-archive-empty = Këtu nuk është botuar ende asgjë.
reader-archive-unavailable = Zërat nuk u ngarkuan dot. Provoni më vonë.
reader-archive-offline = Jeni jashtë linje. Zërat e mbërritjes kanë nevojë për lidhje.
reader-archive-anonymous = Anonim
reader-archive-speaks-about = Flet për:
reader-archive-translated = Përkthyer nga { $language } nga grupi
reader-archive-in-language = Në { $language }
reader-archive-original = Shfaq fjalët origjinale
reader-archive-recording =
    .aria-label = Regjistrimi i këtij zëri
archive-page-title = Arkivi
archive-title = Arkivi i grupit { $group }
archive-open = Hap arkivin
archive-not-member = Nuk jeni anëtar i këtij grupi arkivi.
archive-intro = Rrëfime mbërritjeje, të shkruara dhe të regjistruara nga grupi. Çdo zë mbetet i autorit të vet: vetëm ai vendos kush e sheh dhe si quhet.
archive-entries = Rrëfime
archive-no-entries = Ende asnjë rrëfim.
archive-voice-count =
    { $count ->
        [one] { $count } zë
       *[other] { $count } zëra
    }
archive-state-published = I botuar
archive-state-unpublished = I pabotuar
archive-theme = Tema
archive-guide-links = Faqet e udhëzuesit për të cilat flet
archive-theme-arrival = Mbërritja
archive-theme-first-contact-with-services = Kontakti i parë me shërbimet
archive-theme-housing = Banimi
archive-theme-work = Puna
archive-theme-family = Familja
archive-theme-belonging = Përkatësia
archive-theme-the-future = E ardhmja
archive-theme-other = Tjetër
archive-entry-title = Titulli
archive-entry-title-missing = Shkruani një titull.
archive-cities = Qytetet për të cilat flet
archive-cities-hint = Pasi të botohet, lexuesit e udhëzuesve të këtyre qyteteve mund ta lexojnë.
archive-new-entry = Rrëfim i ri
archive-new-entry-create = Krijo rrëfimin
archive-back = Kthehu te arkivi
archive-entry-missing = Ky rrëfim nuk është ende në këtë pajisje. Nëse sapo u krijua, prisni të sinkronizohet.
archive-voices = Zërat
archive-no-voices = Ende asnjë zë.
archive-add-voice = Shto zërin tim
archive-add-voice-hint = Shkruani me fjalët tuaja, regjistroni veten, ose të dyja. Ruhet menjëherë në këtë pajisje dhe dërgohet kur të jeni në linjë.
archive-voice-language = Gjuha në të cilën flisni
archive-add-voice-create = Shto zërin tim
archive-voice-yours = Zëri juaj
archive-voice-of = Zëri i { $name }
archive-voice-unknown = Një zë i grupit
archive-voice-in = Në { $language }
archive-voice-text = Fjalët
archive-voice-text-hint = Çfarë u shkrua, ose transkriptimi i regjistrimit.
archive-recording = Regjistrimi
archive-record = Regjistro
archive-record-stop = Ndalo
archive-record-discard = Hidh regjistrimin
archive-record-play =
    .aria-label = Dëgjo regjistrimin
archive-recording-none = Asnjë regjistrim.
archive-recording-recording = Po regjistrohet…
archive-recording-waiting = U regjistrua, pret të ngarkohet. Deri atëherë mbetet në këtë pajisje.
archive-recording-uploaded = U ngarkua.
archive-recording-refused-too-large = Ky regjistrim është shumë i madh: arkivi pranon deri në 25 MB. Regjistroni një më të shkurtër ose zgjidhni një skedar më të vogël.
archive-recording-refused-wrong-type = Arkivi nuk e pranon këtë skedar: vetëm audio WebM ose Ogg.
archive-audio-file = Ose zgjidhni një skedar audio nga kjo pajisje
archive-audio-file-hint = Audio WebM ose Ogg, deri në 25 MB. Titulli dhe etiketat e tjera hiqen kur ngarkohet.
archive-recording-no-microphone = Nuk u përdor dot asnjë mikrofon. Lejojeni këtë faqe të përdorë mikrofonin, ose shkruani fjalët tuaja.
archive-photo = Foto
archive-photo-choose = Shtoni një foto
archive-photo-hint = JPEG, PNG ose WebP, deri në 10 MB. Vendndodhja (GPS) dhe të dhënat e kamerës hiqen kur ngarkohet.
archive-photo-description = Çfarë tregon fotoja (për ata që nuk mund ta shohin)
archive-photo-remove = Hiqni foton
archive-photo-none = Asnjë foto.
archive-photo-waiting = Në pritje të ngarkimit. Deri atëherë ruhet në këtë pajisje.
archive-photo-uploaded = U ngarkua, pa vendndodhjen dhe të dhënat e kamerës.
archive-photo-refused-too-large = Kjo foto është shumë e madhe: arkivi pranon foto deri në 10 MB.
archive-photo-refused-wrong-type = Arkivi nuk e pranon këtë skedar: vetëm foto JPEG, PNG ose WebP.
archive-translations = Përkthimet
archive-translation-language = Përkthe në
archive-translation-add = Shto një përkthim
archive-translation-text = Përkthim në { $language }, nga { $by }
archive-translation-text-own = Përkthim në { $language }, nga autori i zërit
archive-consent-title = Pëlqimi juaj
archive-consent-unavailable = Do të mund të zgjidhni kush e sheh zërin tuaj pasi të ketë arritur në server (kur të jeni në linjë). Deri atëherë e sheh vetëm grupi, pa emrin tuaj.
archive-consent-visibility = Kush mund ta shohë zërin tuaj
archive-visibility-group = Vetëm grupi
archive-visibility-city-editors = Grupi dhe redaktorët e qytetit
archive-visibility-public = Të gjithë, pasi një moderator ta botojë rrëfimin
archive-consent-naming = Si quheni
archive-naming-name = Me emrin tim ({ $name })
archive-naming-pseudonym = Me pseudonim
archive-naming-anonymous = Aspak (anonim)
archive-pseudonym = Pseudonimi
archive-pseudonym-missing = Shkruani pseudonimin me të cilin doni të quheni.
archive-consent-save = Ruaj zgjedhjen time
archive-consent-saving = Po ruhet…
archive-consent-saved = U ruajt.
archive-consent-offline = Nuk u ruajt: jeni jashtë linje. Provoni sërish kur të jeni në linjë.
archive-consent-withdrawn = Ky zë është tërhequr.
archive-consent-failed = Nuk u ruajt. Provoni më vonë.
archive-withdraw = Tërhiq zërin tim
archive-withdraw-explained = Tërheqja e zërit e heq përgjithmonë: askush në grup, asnjë redaktor dhe asnjë lexues nuk do ta shohë më, dhe serveri e fshin. Nuk mund të rikthehet.
archive-withdraw-cannot-undo = Nuk mund të marrë mbrapsht kopjet që të tjerët i kanë shkarkuar, ruajtur ose shtypur ndërkohë që u shfaqej.
archive-withdraw-confirm = Tërhiqe përgjithmonë
archive-withdraw-cancel = Mbaj zërin tim
archive-publish = Boto rrëfimin
archive-unpublish = Anulo botimin
archive-publish-hint = Lexuesit shohin vetëm zërat, autorët e të cilëve zgjodhën „të gjithë”, të quajtur siç zgjodhi secili.
archive-published = U botua. Lexuesit shohin tani zërat e ndarë me publikun.
archive-unpublished = Botimi u anulua. Lexuesit nuk e shohin më.
archive-publish-refused = Nuk u botua: asnjë autor nuk e ka ndarë ende zërin e vet me publikun (ose rrëfimi nuk ka titull).
archive-publish-not-synced = Serveri nuk e ka ende këtë rrëfim. Prisni të sinkronizohet, pastaj botojeni.
archive-publish-failed = Nuk u botua. Provoni më vonë.
archive-export = Shkarko arkivin e grupit
archive-export-hint = Një skedar zip me fjalët e çdo zëri (Markdown), regjistrimet dhe një listë të hyrjeve, zërave, gjuhëve dhe pëlqimeve. Zërat e tërhequr nuk janë kurrë në të; një zë anonim nuk ka emër në të. Ndajeni vetëm ashtu si e lejon pëlqimi i çdo zëri.

## Dates
date-month =
    { $month ->
     [jan] janar
     [feb] shkurt
     [mar] mars
     [apr] prill
     [may] maj
     [jun] qershor
     [jul] korrik
     [aug] gusht
     [sep] shtator
     [oct] tetor
     [nov] nëntor
    *[dec] dhjetor
    }
date-month-alone =
    { $month ->
     [jan] janar
     [feb] shkurt
     [mar] mars
     [apr] prill
     [may] maj
     [jun] qershor
     [jul] korrik
     [aug] gusht
     [sep] shtator
     [oct] tetor
     [nov] nëntor
    *[dec] dhjetor
    }
date-weekday =
    { $weekday ->
     [mon] e hënë
     [tue] e martë
     [wed] e mërkurë
     [thu] e enjte
     [fri] e premte
     [sat] e shtunë
    *[sun] e diel
    }
date-day = { $weekday }, { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } në { $time }
date-list-separator = { ", " }
date-just-now = këtë minutë
date-minutes-ago =
    { $count ->
     [one] { $count } minutë më parë
    *[other] { $count } minuta më parë
    }
date-hours-ago =
    { $count ->
     [one] { $count } orë më parë
    *[other] { $count } orë më parë
    }
date-days-ago =
    { $count ->
     [1] dje
     [one] { $count } ditë më parë
    *[other] { $count } ditë më parë
    }
