# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Romanian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Ghiduri locale pentru nou-veniți, scrise împreună, de citit și fără internet.
skip-to-content = Sari la conținut
nav-main =
    .aria-label = Principal
nav-cities = Toate orașele
nav-status = Starea sincronizării
nav-sign-in = Autentificare
nav-edit = Editează ghidul
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Contul tău: { $name }
page-title = { $page } · { app-name }
language-label = Limba

## Choosing a guide

reader-choose-city-title = Alege orașul tău
reader-choose-language-title = Alege limba ta
reader-choose-offline = Nu ai conexiune. Conectează-te o dată la internet ca să descarci un ghid.
reader-kept-guides = Ghiduri pe acest telefon
reader-choose-city = Alege alt oraș sau altă limbă
reader-choose-language-city = Alege limba ghidului orașului { $city }
reader-language-not-offered = Ghidul orașului { $city } nu este scris în { $language }. Alege una dintre limbile în care este scris:
reader-open-guide = Deschide ghidul
reader-loading = Se încarcă…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Ghid
reader-nav-home = Acasă
reader-nav-articles = Informații practice
reader-nav-events = Evenimente
reader-nav-search = Caută
reader-sample-city = Acesta este un oraș de probă, cu conținut inventat, ca să încerci { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Disponibil fără internet, actualizat { $ago }
reader-offline-now = Nu ai conexiune. Acest ghid a fost actualizat { $ago }.
reader-guide-language = Limba ghidului
reader-print-link = Tipărește acest ghid
reader-offline-banner = Nu ai conexiune. Citești copia salvată pe acest telefon.
reader-language-shown-in = Ghidul orașului { $city } nu este scris în { $language }: textele lui sunt afișate în { $guide }.
reader-text-size = Mărimea textului
reader-text-size-normal = Normală
reader-text-size-large = Mare
reader-text-size-larger = Foarte mare
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Încă netradus: o parte apare în această limbă: { $languages }.
       *[other] Încă netradus: o parte apare în aceste limbi: { $languages }.
    }
reader-problem-offline-title = Acest ghid nu este încă pe acest telefon
reader-problem-offline = Conectează-te o dată la internet. După aceea, ghidul merge și fără internet.
reader-offline-missing = Nu ai conexiune.
reader-problem-unknown-city-title = Orașul nu a fost găsit
reader-problem-unknown-city = Aici nu există un ghid pentru acest oraș.
reader-problem-unknown-language-title = Limba nu este disponibilă
reader-problem-unknown-language = Acest ghid nu există în această limbă. Alege una dintre aceste limbi:
reader-problem-server-title = Ghidul nu a putut fi încărcat
reader-problem-server = Ceva nu a mers pe server. Încearcă mai târziu.
reader-meta-description = Ghidul orașului { $city } pentru nou-veniți: unde găsiți ajutor, servicii, informații practice și evenimente, în limba dvs., și offline.
reader-meta-description-page = { $page }, în ghidul orașului { $city } pentru nou-veniți: ajutor, servicii, informații și evenimente în limba dvs., și offline.

## Guide home

reader-home-title = Ghidul orașului { $city }
reader-notices = Noutăți de la oraș
reader-categories = De ce ai nevoie?
reader-category-count =
    { $count ->
        [one] un loc
        [few] { $count } locuri
       *[other] { $count } de locuri
    }
reader-this-week = Săptămâna aceasta
reader-no-events-this-week = Niciun eveniment în următoarele șapte zile.
reader-all-events = Toate evenimentele
reader-topics = Informații
reader-kept-languages = Pe acest telefon
reader-kept-languages-hint = Ghidul merge fără internet în limbile păstrate pe acest telefon.
reader-kept-current = Păstrată (o citești acum)
reader-kept-add = Păstrează și { $language }
reader-kept-remove = Șterge { $language } de pe acest telefon
reader-published-on = Publicat pe { $date }
reader-kept-waiting = Nu ai conexiune: { $language } va fi salvată pe acest telefon când va avea conexiune.

## Services

reader-service-title = Serviciu
reader-status-temporarily-closed = Închis temporar.
reader-status-closed = Acest serviciu s-a închis.
reader-open-now = Deschis acum, se închide la { $time }
reader-open-now-all-day = Deschis acum, 24 de ore din 24
reader-open-all-day = Deschis non-stop
reader-opens-today = Închis acum. Se deschide azi la { $time }
reader-opens-tomorrow = Închis acum. Se deschide mâine la { $time }
reader-opens-on = Închis acum. Se deschide { $day }, la { $time }
reader-by-appointment = Cu programare
reader-no-hours-soon = Nu este deschis în zilele următoare
reader-hours-unknown = Întreabă care este programul
reader-open-to-all = Deschis pentru toți, indiferent de acte
reader-for-whom = Pentru cine
reader-eligibility = Cine poate veni
reader-cost = Cost
reader-free = Gratuit
reader-not-free = Nu este gratuit
reader-languages = Limbi
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Se poate aranja un interpret.
reader-documents = Ce să aduci
reader-hours = Program
reader-today = Azi
reader-tomorrow = Mâine
reader-closed-day = Închis
reader-appointment-note = (cu programare)
reader-where = Unde
reader-outreach = Unde îi găsești (vin și ei la tine)
reader-open-map = Deschide în aplicația mea de hărți
reader-open-web-map = Deschide harta pe openstreetmap.org
reader-contact = Contact
reader-call = Sună la { $phone }
reader-email = Scrie la { $email }
reader-website = Site: { $site }
reader-share = Distribuie
reader-share-copied = Linkul a fost copiat
reader-last-checked = Verificat ultima dată pe { $date }
reader-listen = Ascultă
reader-listen-stop = Oprește
reader-target-everyone = Toată lumea
reader-target-asylum-seekers-and-refugees = Solicitanți de azil și refugiați
reader-target-temporary-protection = Persoane cu protecție temporară
reader-target-undocumented-residents = Persoane fără acte
reader-target-women = Femei
reader-target-unaccompanied-minors = Tineri sub 18 ani singuri, fără părinți
reader-target-children = Copii
reader-target-students = Studenți

## Articles

reader-articles-title = Informații practice
reader-articles-below = Mai multe despre asta
reader-breadcrumbs =
    .aria-label = Ești aici

## Events

reader-events-title = Evenimente
reader-events-later = Mai târziu
reader-no-events = Niciun eveniment în următoarele săptămâni.
reader-event-cancelled = Anulat
reader-event-when = Când
reader-event-next-dates = Următoarele date
reader-event-past = Acest eveniment s-a terminat.
reader-organizer = Organizat de
reader-open-to-residents = Toată lumea, nou-veniți și cei care locuiesc aici de mult
reader-add-to-calendar = Adaugă în calendarul meu
reader-register = Înscrie-te
reader-online-link = Participă online
reader-subscribe = Primește evenimentele orașului în calendarul meu
reader-feed-link = Descarcă toate evenimentele (iCalendar)
reader-events-by-month = Mai târziu, lună de lună
reader-no-later-events = Încă nu se cunosc evenimente mai târzii.
reader-events-in-month = { $month } (evenimente: { $count })
reader-no-events-month = Niciun eveniment luna aceasta.
reader-events-bad-month = Această adresă nu indică o lună (ar trebui să se termine cu ?month=2027-01). Iată săptămânile următoare.
reader-events-known-until = Acest telefon cunoaște evenimentele până la { $date }. Deschideți ghidul online mai târziu pentru a vedea mai multe.
reader-events-coming-weeks = Următoarele patru săptămâni
reader-events-month-before = Înainte: { $month }
reader-events-month-after = Apoi: { $month }
reader-feed-heading = În aplicația dvs. de calendar

## Search

reader-search-title = Caută
reader-search-label = Caută în ghid
reader-search-button = Caută
reader-search-count =
    { $count ->
        [0] Nu s-a găsit nimic pentru „{ $query }”.
        [one] Un rezultat pentru „{ $query }”.
        [few] { $count } rezultate pentru „{ $query }”.
       *[other] { $count } de rezultate pentru „{ $query }”.
    }
reader-kind-service = Serviciu
reader-kind-article = Informații
reader-kind-event = Eveniment

## Print version

reader-print-title = Ghid de tipărit
reader-print-heading = Ghidul orașului { $city }
reader-print-date = Tipărit pe { $date }. Lucrurile se schimbă: verifică ghidul online.
reader-print-button = Tipărește
reader-print-address = Acest ghid online, mereu la zi:
reader-print-qr = Cod QR: acest ghid online
reader-print-other-days = Unele ore sunt în alte zile (la câteva săptămâni sau o dată pe lună): vedeți ghidul online.

## Suggest a correction

reader-suggest-link = Propune o corectură
reader-suggest-title = Propune o corectură
reader-suggest-about = Despre:
reader-suggest-privacy = Mesajul tău este anonim. Nu îți cerem numele și nici alte date despre tine.
reader-suggest-topic = Ce este greșit?
reader-suggest-message = Ce ar trebui să știm?
reader-suggest-message-hint = Te rugăm să nu scrii numele tău, numărul de telefon sau alte date personale.
reader-suggest-send = Trimite
reader-suggest-need-topic = Alege ce este greșit.
reader-suggest-need-message = Scrie câteva cuvinte despre ce este greșit.
reader-suggest-sent = Mulțumim. Editorii ghidului vor verifica.
reader-suggest-queued = Mulțumim. Nu ai conexiune: se va trimite când ai din nou internet.
reader-suggest-refused = Mulțumim, dar nu s-a putut trimite: poate pagina a fost ștearsă.
reader-back-to-guide = Înapoi la ghid

## Status page

status-title = Starea sincronizării
status-connection-label = Conexiunea cu serverul
status-connected = Conectat
status-connecting = Se conectează…
status-offline = Fără conexiune
status-offline-hint = Nu ai conexiune. Modificările rămân pe acest dispozitiv. Se trimit când ai din nou conexiune.
status-waiting =
    { $count ->
        [0] Nimic de pe acest dispozitiv nu așteaptă să fie trimis.
        [1] O modificare este salvată pe acest dispozitiv și așteaptă să fie trimisă.
       *[other] Modificări salvate pe acest dispozitiv care așteaptă să fie trimise: { $count }.
    }
status-signed-out = Nu ești autentificat
status-signed-out-hint = Doar editorii autentificați sincronizează documente cu serverul. Pentru a citi ghidul nu ai nevoie de cont.
status-sign-in = Autentifică-te ca să sincronizezi

## Not found

not-found-title = Pagina nu a fost găsită
not-found-body = Nu există nimic la această adresă.
not-found-home = Mergi la pagina de start

## Forms and errors shared by the pages

passphrase-show = Arată parola
error-offline = Serverul nu poate fi contactat. Verifică conexiunea și încearcă din nou.
error-server = Ceva nu a mers pe server. Încearcă mai târziu.
error-bad-request = Serverul nu a acceptat asta. Verifică ce ai scris și încearcă din nou.
error-forbidden = Nu ai voie să faci asta.
error-unauthenticated = Ai fost deconectat. Autentifică-te din nou ca să continui.
error-unexpected = Ceva nu a mers. Încearcă din nou.
error-page-not-loaded = Pagina nu s-a putut încărca. Verifică conexiunea și încearcă din nou.
error-too-many-attempts-seconds =
    Prea multe încercări. Încearcă din nou peste { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }.
error-too-many-attempts-minutes =
    Prea multe încercări. Încearcă din nou peste { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.

## Roles

-role-volunteer = Voluntar
-role-translator = Traducător
-role-editor = Editor
-role-group_member = Membru al grupului
-role-group_moderator = Moderator al grupului
-role-city_admin = Administrator al orașului
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
        [group] { role-name }, grupul „{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } în { $city }
role-label = Rol
role-group-label = Grup
role-group-hint = Unul dintre grupurile arhivei pe care le moderați în acest oraș.
role-group-missing = Alegeți un grup.
role-group-unknown = Acest oraș nu are niciun grup de arhivă cu acest nume scurt.
role-languages-label = Limbi
role-languages-hint = Coduri de limbă, separate prin virgulă. De exemplu: ar, uk, fa-AF.
role-languages-missing = Scrie cel puțin un cod de limbă.
role-languages-invalid = Unul dintre acestea nu este un cod de limbă. Folosește coduri ca ar, uk sau fa-AF.

## Sign-in page

sign-in-title = Autentificare
sign-in-intro = Pentru voluntari, editori, traducători și angajații orașului. Pentru a citi ghidul nu ai nevoie de cont.
sign-in-name = Nume
sign-in-passphrase = Parolă
sign-in-submit = Autentificare
sign-in-name-missing = Scrie-ți numele.
sign-in-passphrase-missing = Scrie-ți parola.
sign-in-invalid = Numele sau parola sunt greșite.
sign-in-no-account = Nu ai cont? Conturile se fac doar pe bază de invitație. Cere un link de la administratorul orașului tău.
sign-in-already = Ești autentificat ca { $name }.
sign-in-continue = Continuă
sign-in-account = Contul tău

## Invitation page

invite-title = Invitație
invite-loading = Se verifică invitația…
invite-not-found = Acest link de invitație nu funcționează. Poate a fost deja folosit sau a expirat. Cere unul nou de la persoana care te-a invitat.
invite-home = Mergi la pagina de start
invite-for = Ești invitat în { $city } cu rolul: { role-grant }.
invite-expires = Această invitație este valabilă până la { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Ești autentificat ca { $name }. Dacă accepți această invitație, se creează un cont nou și intri cu el.
invite-name = Numele tău
invite-name-hint = Cei cu care lucrezi văd acest nume. Nu trebuie să fie numele tău adevărat: poți folosi un pseudonim.
invite-name-missing = Alege un nume.
invite-name-too-long = Numele este prea lung: cel mult 64 de caractere.
invite-name-taken = Acest nume este deja folosit. Alege altul.
invite-passphrase = Parolă
invite-passphrase-hint = Cel puțin 10 caractere. Câteva cuvinte care nu au legătură între ele sunt ușor de ținut minte și greu de ghicit.
invite-passphrase-confirm = Parola din nou
invite-passphrase-too-short = Parola este prea scurtă: cel puțin 10 caractere.
invite-passphrase-too-long = Parola este prea lungă: cel mult 1024 de caractere.
invite-passphrase-mismatch = Cele două parole nu sunt la fel.
invite-submit = Creează-mi contul

## Account page

account-title = Contul tău
account-loading = Se încarcă contul tău…
account-not-signed-in = Nu ești autentificat.
account-signed-out = Te-ai deconectat.
account-sign-in = Autentificare
account-signed-in-as = Ești autentificat ca { $name }.
account-offline = Nu ai conexiune. Vezi ce ține minte dispozitivul. Pentru sesiuni și deconectare ai nevoie de conexiune.
account-roles-title = Rolurile tale
account-no-roles = Încă nu ai niciun rol.
account-manage-city = Administrează { $city }
account-sessions-title = Unde ești autentificat
account-sessions-loading = Se încarcă…
account-session-current = Acest dispozitiv
account-session-other = Alt dispozitiv
account-session-times = Autentificat la { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, ultima activitate la { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Deconectare
account-session-ended = Acel dispozitiv este deconectat.
account-sign-out-everywhere = Deconectare de peste tot
account-sign-out = Deconectare

## City administration page

admin-title = Administrarea orașului
admin-heading = Administrează { $city }
admin-loading = Se încarcă…
admin-offline = Nu ai conexiune. Pentru a administra un oraș ai nevoie de conexiune.
admin-not-signed-in = Autentifică-te ca să administrezi un oraș.
admin-sign-in = Autentificare
admin-not-admin = Nu ești administrator pentru { $city }.
admin-invite-title = Invită pe cineva
admin-invite-intro = Un link de invitație este pentru o singură persoană. Merge o singură dată, iar cine îl deschide poate crea contul. Trimite-l în privat.
admin-invite-submit = Creează link de invitație
admin-invite-created = Linkul de invitație a fost creat.
admin-invite-link-label = Link de invitație
admin-invite-about = Pentru rolul: { role-grant }. Valabil până la { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Copiază linkul
admin-invite-share = Trimite linkul
admin-invite-copied = Linkul a fost copiat.
admin-invite-copy-failed = Nu s-a putut copia. Linkul este selectat: copiază-l tu.
admin-members-title = Membri
admin-members-none = Încă nu sunt membri.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (tu)
       *[no] { $name }
    }
admin-member-revoked = Acces retras
admin-member-no-roles = Fără roluri
admin-member-edit = Schimbă rolurile
admin-member-revoke = Retrage accesul
admin-roles-heading = Rolurile lui { $name }
admin-role-remove = Elimină
admin-role-add-title = Adaugă un rol
admin-role-add = Adaugă rolul
admin-role-duplicate = Această persoană are deja acest rol.
admin-roles-save = Salvează rolurile
admin-roles-cancel = Anulează
admin-roles-saved = Rolurile lui { $name } au fost salvate.
admin-revoke-question = Retragi accesul pentru { $name }?
admin-revoke-explain = { $name } este deconectat de pe toate dispozitivele și nu se mai poate autentifica.
admin-revoke-confirm = Retrage accesul
admin-revoke-cancel = Anulează
admin-revoked = Accesul pentru { $name } a fost retras.

## Suggestions queue (editors)

suggestions-title = Sugestii de la cititori
suggestions-heading = Sugestii pentru { $city }
suggestions-intro = Cititorii le trimit anonim când ceva din ghid este greșit. Verifică, corectează elementul dacă e nevoie, apoi marchează sugestia ca rezolvată.
suggestions-loading = Se încarcă…
suggestions-not-signed-in = Autentifică-te ca să vezi sugestiile trimise de cititori.
suggestions-sign-in = Autentificare
suggestions-not-allowed = Doar editorii și administratorii din { $city } pot vedea sugestiile.
suggestions-unknown-city = Nu există orașul „{ $city }”.
suggestions-show-done = Arată și sugestiile rezolvate
suggestions-list-title = Sugestii
suggestions-none-open = Nicio sugestie deschisă.
suggestions-none = Încă nicio sugestie.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Despre: { $title }
suggestions-about-unpublished = Despre un element care nu mai este publicat
suggestions-about-guide = Despre ghid în general
suggestions-no-message = Cititorul nu a scris niciun mesaj.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Primită pe { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · scrisă în { LANGUAGES($language) }
suggestions-resolved = Rezolvată pe { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Marchează ca rezolvată
suggestions-marked-done = Sugestia a fost marcată ca rezolvată.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = S-a închis sau nu mai există
suggestion-topic-hours = Programul este greșit
suggestion-topic-address = Adresa este greșită
suggestion-topic-contact = Numărul de telefon sau alt contact este greșit
suggestion-topic-translation = Traducerea este greșită sau lipsește
suggestion-topic-other = Altceva

## Editing app

editor-page-title = Editează ghidul
editor-title = Editare: { $city }
editor-signed-out = Autentifică-te ca să editezi ghidul.
editor-progress = Documente pe acest dispozitiv: { $loaded } din { $total }
editor-filter = Filtrează
editor-events = Evenimente
editor-services = Servicii
editor-new-event = Eveniment nou
editor-back = Înapoi la listă
editor-untitled = (încă fără titlu)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Salvat pe acest dispozitiv. Nu ai conexiune.
        [one] Salvat pe acest dispozitiv, o modificare așteaptă să fie trimisă.
        [few] Salvat pe acest dispozitiv, { $count } modificări așteaptă să fie trimise.
       *[other] Salvat pe acest dispozitiv, { $count } de modificări așteaptă să fie trimise.
    }
editor-sync-sending =
    { $count ->
        [one] Se trimite o modificare…
        [few] Se trimit { $count } modificări…
       *[other] Se trimit { $count } de modificări…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Sincronizat { $ago }
editor-sync-sent =
    { $count ->
        [1] O modificare trimisă. Sincronizat { $ago }
       *[other] Modificări trimise: { $count }. Sincronizat { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Sesiunea ta s-a încheiat. Autentifică-te din nou ca să continui sincronizarea.
        [one] Sesiunea ta s-a încheiat. Modificarea ta este salvată pe acest dispozitiv: autentifică-te din nou ca s-o trimiți.
        [few] Sesiunea ta s-a încheiat. Cele { $count } modificări ale tale sunt salvate pe acest dispozitiv: autentifică-te din nou ca să le trimiți.
       *[other] Sesiunea ta s-a încheiat. Cele { $count } de modificări ale tale sunt salvate pe acest dispozitiv: autentifică-te din nou ca să le trimiți.
    }
editor-sync-sign-in = Autentifică-te din nou
editor-hint-plain = Scrie propoziții scurte. O idee în fiecare propoziție. Folosește cuvinte cunoscute.
editor-hint-title = Spune ce este, în câteva cuvinte. De exemplu: Cafenea de limbi.
editor-minor-edit = Corectură mică (ortografie, o greșeală de tastare): traducerile rămân la zi
editor-conflict =
    { $count ->
        [one] Două persoane au modificat asta în același timp. Alege valoarea corectă:
        [few] Mai multe persoane au modificat asta în același timp ({ $count } valori). Alege valoarea corectă:
       *[other] Mai multe persoane au modificat asta în același timp ({ $count } de valori). Alege valoarea corectă:
    }
editor-conflict-keep = Păstrează „{ $value }”
editor-event-title = Titlu
editor-event-description = Descriere
editor-event-type = Tipul evenimentului
editor-event-type-workshop = Atelier
editor-event-type-language-cafe = Cafenea de limbi
editor-event-type-festival = Festival
editor-event-type-commemoration = Comemorare
editor-event-type-job-fair = Târg de locuri de muncă
editor-event-type-sport = Sport
editor-event-type-information-session = Sesiune de informare
editor-event-type-other = Altceva
editor-event-start = Începe
editor-event-end = Se termină
editor-event-place = Locul
editor-place-name = Numele locului
editor-place-street = Strada și numărul
editor-place-postal-code = Cod poștal
editor-place-locality = Localitatea
editor-event-organizer = Organizat de
editor-event-free = Gratuit
editor-event-cancelled = Tot evenimentul este anulat
editor-repeat = Repetare
editor-repeat-kind = Cât de des
editor-repeat-none = Nu se repetă
editor-repeat-weekly = În fiecare săptămână
editor-repeat-monthly = În fiecare lună
editor-repeat-custom = Altă regulă (RRULE)
editor-repeat-days =
    .aria-label = În aceste zile
editor-repeat-nth = A câta
editor-repeat-weekday = Ziua
editor-repeat-until = Până la (opțional)
editor-repeat-rule = Regulă
editor-nth-1 = Prima
editor-nth-2 = A doua
editor-nth-3 = A treia
editor-nth-4 = A patra
editor-nth-last = Ultima
editor-weekday-mo = Luni
editor-weekday-tu = Marți
editor-weekday-we = Miercuri
editor-weekday-th = Joi
editor-weekday-fr = Vineri
editor-weekday-sa = Sâmbătă
editor-weekday-su = Duminică
editor-cancelled-dates = Date anulate
editor-cancel-date-label = Anulează o dată
editor-cancel-date = Anulează această dată
editor-restore-date = Readu data: { $date }
editor-quick-hint = Merge fără internet. Evenimentul se trimite când ai din nou conexiune.
editor-quick-date = Data
editor-quick-start = Începe la
editor-quick-end = Se termină la
editor-quick-save = Salvează evenimentul
editor-quick-missing = Completează titlul, data și orele.
editor-service-name = Nume
editor-service-description = Ce este
editor-service-eligibility = Cine poate veni
editor-service-documents = Ce să aduci
editor-service-status = Stare
editor-service-status-active = Deschis
editor-service-status-temporarily-closed = Închis temporar
editor-service-status-closed = Închis definitiv
editor-service-organization = Organizația care îl oferă
editor-service-categories = Categorii
editor-service-target-groups = Pentru cine este
editor-service-open-to-all = Deschis pentru toată lumea, indiferent de acte
editor-service-fee = Preț, dacă nu este gratuit
editor-service-languages = Limbi vorbite de personal
editor-service-language-other = Altă limbă
editor-service-language-hint = Codul limbii, de exemplu ti, prs sau pt-BR.
editor-service-language-add = Adaugă limba
editor-service-language-invalid = Acesta nu este un cod de limbă. Scrieți un cod precum ti, prs sau pt-BR.
editor-service-contacts = Contact
editor-service-phones = Numere de telefon
editor-service-phone = Numărul de telefon { $number }
editor-service-phone-new = Număr de telefon nou
editor-service-phone-add = Adaugă numărul
editor-service-phone-remove = Șterge { $phone }
editor-service-phone-invalid = Scrieți un număr de telefon: doar cifre, spații și +. De exemplu +32 4 123 45 67.
editor-service-email = E-mail
editor-service-email-invalid = Aceasta nu este o adresă de e-mail. De exemplu: info@example.org
editor-service-website = Site web
editor-service-website-invalid = Scrieți adresa completă, care începe cu https://
editor-service-verified = Ultima verificare
editor-service-verified-never = Nimeni nu a verificat încă acest serviciu.
editor-service-verified-value = Verificat pe { $date } de { $name }
editor-service-verify = Verificat azi
editor-service-locations = Locuri
editor-service-location = Locul { $number }
editor-service-location-none = Încă niciun loc.
editor-service-location-add = Adaugă un loc
editor-service-location-remove = Șterge acest loc
editor-location-region = Regiune
editor-location-country = Țara (două litere, de exemplu BE)
editor-location-country-invalid = Scrieți codul țării din două litere, de exemplu BE.
editor-location-latitude = Latitudine (opțional)
editor-location-longitude = Longitudine (opțional)
editor-location-latitude-invalid = Scrieți un număr între -90 și 90, de exemplu 50.63.
editor-location-longitude-invalid = Scrieți un număr între -180 și 180, de exemplu 5.57.
editor-location-outreach = Merg și la oameni (serviciu mobil sau de stradă)
editor-service-schedules = Program
editor-schedule = Programul { $number }
editor-schedule-none = Încă niciun program.
editor-schedule-add = Adaugă program
editor-schedule-remove = Șterge acest program
editor-schedule-days = Zile
editor-schedule-rule-hint = Doar pentru ce nu pot spune zilele, de exemplu FREQ=MONTHLY;BYDAY=1TU pentru prima marți din fiecare lună. Lăsați gol pentru a folosi zilele.
editor-schedule-rule-invalid = Această regulă nu poate fi folosită. Scrieți o regulă precum FREQ=WEEKLY;BYDAY=MO,TU, fără „RRULE:”.
editor-schedule-opens = Se deschide la
editor-schedule-closes = Se închide la
editor-schedule-overnight = Se închide a doua zi (deschis după miezul nopții)
editor-schedule-times-invalid = Ora de închidere trebuie să fie după ora de deschidere. Pentru ore după miezul nopții, bifați „Se închide a doua zi”.
editor-schedule-valid-from = De la (opțional)
editor-schedule-valid-to = Până la (opțional)
editor-schedule-valid-invalid = Data de sfârșit nu poate fi înainte de data de început.
editor-schedule-closed-dates = Închis pe
editor-schedule-closed-date-label = O zi în care este închis
editor-schedule-closed-date-add = Adaugă zi închisă
editor-schedule-closed-date-remove = Deschis din nou pe { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, cu programare
editor-schedule-no-days = Nicio zi aleasă
editor-schedule-no-hours = încă fără ore
editor-new-service = Serviciu nou
editor-new-service-hint = Începeți cu numele. Restul îl completați pe ecranul următor. Funcționează fără internet.
editor-new-service-create = Creează serviciul
editor-new-service-missing = Scrieți numele serviciului.
editor-publishing = Publicare
editor-publish-hint = Cititorii văd doar versiunea publicată. Modificările tale de după rămân ciorne până publici din nou.
editor-publish = Publică această versiune
editor-unpublish = Retrage publicarea
editor-published = Publicat. Acum cititorii văd această versiune.
editor-draft-badge = Ciornă nepublicată
editor-publication-published = Publicat: cititorii văd această versiune.
editor-publication-draft = Ciornă nepublicată: cititorii văd ultima versiune publicată până când aceasta este publicată.
editor-publication-unpublished = Ciornă nepublicată: cititorii nu văd acest element până nu este publicat.
editor-unpublished = Publicare retrasă. Cititorii nu o mai văd.
editor-publish-not-synced = Serverul nu are încă această versiune. Așteaptă să se sincronizeze, apoi publică.
editor-publish-offline = Nu ai conexiune. Publică atunci când ai din nou conexiune.
editor-publish-not-publishable = Nepublicat: această versiune nu este încă un element complet. Așteaptă să se sincronizeze, verifică-i câmpurile, apoi publică din nou.
editor-publish-invalid-content = Nepublicat: corectează mai întâi { $field }.
editor-publish-link-invalid = Un link trebuie să ducă la o pagină a acestui site (care începe cu un singur /) sau la o adresă completă care începe cu https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Previzualizare: ce vor vedea cititorii
editor-preview-hint = Versiunea pe care o văd acum cititorii, comparată cu ciorna ta. Publică pentru a le arăta ciorna.
editor-preview-not-published = Încă nepublicat: cititorii nu văd nimic. După publicare, vor vedea asta:
# $when: the date and time of publishing.
editor-preview-same = Cititorii văd exact această versiune (publicată: { $when }).
editor-preview-changed =
    { $count ->
        [one] Un câmp diferă de ce văd cititorii (versiunea publicată: { $when }):
        [few] { $count } câmpuri diferă de ce văd cititorii (versiunea publicată: { $when }):
       *[other] { $count } de câmpuri diferă de ce văd cititorii (versiunea publicată: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Un câmp neschimbat
        [few] { $count } câmpuri neschimbate
       *[other] { $count } de câmpuri neschimbate
    }
editor-preview-unknown = Conectează-te o dată la internet ca să vezi ce văd cititorii.
editor-preview-unavailable = Acest dispozitiv nu are încă versiunea publicată. Așteaptă să se sincronizeze.
# Read out by screen readers before removed and added words.
editor-diff-removed = Eliminat:
editor-diff-added = Adăugat:
# The history of an item: who changed which field, and when.
editor-history = Istoric
editor-history-hint = Cine a schimbat ce și când. Poți readuce o valoare de dinainte.
editor-history-none = Încă nicio modificare.
editor-history-unknown-author = Importat
# $field: the technical name of a field that has no label here.
editor-history-other-field = Alt detaliu ({ $field })
editor-history-restore = Readu această valoare
editor-history-current = Aceasta este valoarea actuală.
editor-history-empty = (gol)
editor-history-yes = Da
editor-history-no = Nu
editor-history-field-order = Poziția în lista de articole
editor-translate-link = Tradu
editor-suggestions-link = Sugestii de la cititori
editor-suggestions-open = Deschise: { $count }
editor-translate-title = Traduceri
editor-translate-no-languages = Nu ai nicio limbă în care să traduci în acest oraș.
editor-translate-language = Tradu în
editor-translate-status = Arată
editor-translate-all = Tot
editor-translate-back = Înapoi la traduceri
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } din { $total } la zi
editor-status-missing = Lipsește
editor-status-outdated = Învechită
editor-status-machine = Traducere automată
editor-status-up-to-date = La zi
editor-status-incomplete = Tradusă parțial
editor-translate-source-changed = Textul sursă s-a schimbat de când a fost făcută această traducere. Ce s-a schimbat este marcat deasupra fiecărui câmp.
editor-translate-source-changed-unknown = Textul sursă s-a schimbat de când a fost făcută această traducere. Acest dispozitiv nu poate arăta ce s-a schimbat: comparați fiecare text cu sursa.
editor-translate-what-changed = Modificat în sursă:
editor-translate-finish = Finalizare
editor-translate-left = Texte rămase de tradus: { $count }
editor-translate-all-translated = Toate textele sunt traduse. Verificați-le cu sursa, apoi marcați traducerea ca terminată.
editor-translate-done = Marchează ca terminată
editor-translate-not-done = Traduceți mai întâi toate textele. Încă goale: { $count }
editor-translate-marked-done = Marcată ca terminată. Este salvată pe acest dispozitiv și ajunge la server cu celelalte modificări.
editor-translate-publish = Publică traducerea
editor-translate-publish-hint = Cititorii văd traducerea după ce este publicată, cu versiunea fișei pe care o văd acum.
editor-translate-editor-publishes = Cititorii văd traducerea după ce un editor o publică.
editor-translate-publish-not-done = Marcați mai întâi traducerea ca terminată.
editor-translate-item-unpublished = Fișa însăși nu este încă publicată. Cititorii vor vedea traducerea când va fi.
editor-translate-published = Publicată. Cititorii văd acum această traducere.
editor-field-name = Nume
editor-field-title = Titlu
editor-field-description = Descriere
editor-field-body = Text
editor-field-eligibility = Cine poate veni
editor-field-documents_needed = Ce să aduci
editor-field-fee = Cost
editor-field-accessibility = Accesibilitate
editor-field-notes = Note despre program

## Guide articles and city settings

editor-new-article = Articol nou
editor-settings-link = Setările orașului
editor-articles = Articolele ghidului
editor-move-up = Mută în sus
    .aria-label = Mută în sus: { $title }
editor-move-down = Mută în jos
    .aria-label = Mută în jos: { $title }
editor-article-title = Titlu
editor-article-body = Text
editor-article-markdown-hint = Formatare: un rând gol între paragrafe; „## ” la începutul rândului pentru un titlu; „- ” sau „1. ” pentru o listă; un link se scrie [cuvinte](https://example.org).
editor-article-parent = Se află sub
editor-article-top-level = Nivelul de sus (sub niciun articol)
editor-article-notice = Anunț pe pagina principală până la (opțional)
editor-article-notice-hint = Până la această dată, pagina principală a ghidului arată articolul ca anunț al orașului. Lăsați gol pentru un articol obișnuit.
editor-hint-title-article = Spuneți despre ce este, în câteva cuvinte. De exemplu: Primele zile.
editor-article-create = Creează articolul
editor-article-title-missing = Scrieți mai întâi un titlu.
editor-article-cannot-create = Doar editorii pot adăuga articole.
editor-settings-title = Setările orașului
editor-settings-live = Modificările de aici se văd imediat de cititori. Nu există un pas de publicare.
editor-settings-read-only = Nu puteți modifica setările orașului. Doar editorii pot.
editor-categories = Categorii
editor-categories-hint = Cititorii văd categoriile în această ordine. Dacă un nume este gol, cititorii văd numele în limba de rezervă.
editor-category-icon = Pictogramă
editor-category-name = Nume în { $language } ({ $tag })
editor-category-add-title = Categorie nouă
editor-category-add-name = Nume în { $language }
editor-category-add = Adaugă categoria
editor-category-name-missing = Scrieți mai întâi numele categoriei.
editor-category-remove-question = Ștergeți „{ $name }”? Servicii care o folosesc: { $count }.
editor-remove = Șterge
    .aria-label = Șterge: { $name }
editor-remove-confirm = Da, șterge „{ $name }”
editor-remove-cancel = Anulează
editor-icon-heart = Inimă
editor-icon-house = Casă
editor-icon-scales = Balanță
editor-icon-briefcase = Servietă
editor-icon-book = Carte
editor-icon-family = Familie
editor-icon-bowl = Castron
editor-icon-people = Oameni
editor-icon-woman = Femeie
editor-icon-star = Stea
editor-icon-search = Lupă
editor-icon-calendar = Calendar
editor-icon-clock = Ceas
editor-icon-pin = Marcaj pe hartă
editor-icon-phone = Telefon
editor-icon-share = Distribuie
editor-icon-print = Imprimantă
editor-icon-speaker = Difuzor
editor-icon-article = Document
editor-icon-offline = Fără conexiune
editor-icon-check = Bifă
editor-icon-flag = Steag
editor-languages = Limbi
editor-languages-hint = Limbile pe care le pot alege cititorii. Un text încă netradus apare în limba de rezervă.
editor-language-direction = Direcția scrisului
editor-direction-ltr = De la stânga la dreapta
editor-direction-rtl = De la dreapta la stânga
editor-language-source = Limba sursă: conținutul este scris mai întâi în ea.
editor-language-fallback = Limba de rezervă
editor-language-fallback-hint = Ce văd cititorii acestei limbi când un text nu este încă tradus.
editor-language-no-fallback = Niciuna
editor-language-fallback-cycle = Așa se creează o buclă: acea limbă are deja ca rezervă această limbă. Alegeți alta.
editor-language-remove-question = Ștergeți { $language }? Cititorii ei vor alege altă limbă. Traducerile rămân salvate.
editor-language-add-title = Limbă nouă
editor-language-add-tag = Codul limbii (BCP 47)
editor-language-add-hint = De exemplu: ti (tigrină), pt-BR (portugheza din Brazilia).
editor-language-add = Adaugă limba
editor-language-invalid = „{ $tag }” nu este un cod de limbă. Scrieți un cod precum ti sau pt-BR.
editor-language-present = Orașul oferă deja { $language }.

## The multivoiced archive

reader-archive-title = Voci ale sosirii
reader-archive-intro = Povești ale oamenilor care au venit în acest oraș, cu propriile lor cuvinte. Fiecare voce e a lor; niciuna nu e versiunea oficială.
reader-archive-link = Citiți vocile sosirii
reader-archive-empty = Nu s-a publicat încă nimic aici.
reader-archive-unavailable = Vocile nu au putut fi încărcate. Încercați mai târziu.
reader-archive-offline = Sunteți offline. Vocile sosirii au nevoie de o conexiune.
reader-archive-anonymous = Anonim
reader-archive-speaks-about = Vorbește despre:
reader-archive-translated = Tradus din { $language } de grup
reader-archive-in-language = În { $language }
reader-archive-original = Arată cuvintele originale
reader-archive-recording =
    .aria-label = Înregistrarea acestei voci
archive-page-title = Arhivă
archive-title = Arhiva grupului { $group }
archive-open = Deschide arhiva
archive-not-member = Nu sunteți membru al acestui grup de arhivă.
archive-intro = Povești ale sosirii, scrise și înregistrate de grup. Fiecare voce rămâne a autorului ei: doar el decide cine o vede și cum este numit.
archive-entries = Povești
archive-no-entries = Încă nicio poveste.
archive-voice-count =
    { $count ->
        [one] { $count } voce
        [few] { $count } voci
       *[other] { $count } de voci
    }
archive-state-published = Publicată
archive-state-unpublished = Nepublicată
archive-theme = Temă
archive-guide-links = Paginile ghidului despre care vorbește
archive-theme-arrival = Sosirea
archive-theme-first-contact-with-services = Primul contact cu serviciile
archive-theme-housing = Locuința
archive-theme-work = Munca
archive-theme-family = Familia
archive-theme-belonging = Apartenența
archive-theme-the-future = Viitorul
archive-theme-other = Altceva
archive-entry-title = Titlu
archive-entry-title-missing = Scrieți un titlu.
archive-cities = Orașele despre care vorbește
archive-cities-hint = După publicare, cititorii ghidurilor acestor orașe o pot citi.
archive-new-entry = Poveste nouă
archive-new-entry-create = Creează povestea
archive-back = Înapoi la arhivă
archive-entry-missing = Această poveste nu este încă pe acest dispozitiv. Dacă tocmai a fost creată, așteptați să se sincronizeze.
archive-voices = Voci
archive-no-voices = Încă nicio voce.
archive-add-voice = Adaugă vocea mea
archive-add-voice-hint = Scrieți cu propriile cuvinte, înregistrați-vă, sau amândouă. Se păstrează imediat pe acest dispozitiv și se trimite când sunteți online.
archive-voice-language = Limba în care vorbiți
archive-add-voice-create = Adaugă vocea mea
archive-voice-yours = Vocea dumneavoastră
archive-voice-of = Vocea lui { $name }
archive-voice-unknown = O voce a grupului
archive-voice-in = În { $language }
archive-voice-text = Cuvinte
archive-voice-text-hint = Ce s-a scris, sau transcrierea înregistrării.
archive-recording = Înregistrare
archive-record = Înregistrează
archive-record-stop = Oprește
archive-record-discard = Renunță la înregistrare
archive-record-play =
    .aria-label = Ascultă înregistrarea
archive-recording-none = Nicio înregistrare.
archive-recording-recording = Se înregistrează…
archive-recording-waiting = Înregistrată, așteaptă să fie încărcată. Până atunci rămâne pe acest dispozitiv.
archive-recording-uploaded = Încărcată.
archive-recording-refused-too-large = Această înregistrare este prea mare: arhiva primește până la 25 MB. Înregistrați una mai scurtă sau alegeți un fișier mai mic.
archive-recording-refused-wrong-type = Arhiva nu primește acest fișier: doar audio WebM sau Ogg.
archive-audio-file = Sau alegeți un fișier audio de pe acest dispozitiv
archive-audio-file-hint = Audio WebM sau Ogg, până la 25 MB. Titlul și alte etichete sunt eliminate la încărcare.
archive-recording-no-microphone = Nu s-a putut folosi niciun microfon. Permiteți acestui site să folosească microfonul, sau scrieți cuvintele.
archive-photo = Fotografie
archive-photo-choose = Adăugați o fotografie
archive-photo-hint = JPEG, PNG sau WebP, până la 10 MB. Locația (GPS) și datele camerei sunt eliminate la încărcare.
archive-photo-description = Ce arată fotografia (pentru cei care nu o pot vedea)
archive-photo-remove = Eliminați fotografia
archive-photo-none = Nicio fotografie.
archive-photo-waiting = Așteaptă încărcarea. Până atunci rămâne pe acest dispozitiv.
archive-photo-uploaded = Încărcată, fără locație și fără datele camerei.
archive-photo-refused-too-large = Această fotografie este prea mare: arhiva primește fotografii de până la 10 MB.
archive-photo-refused-wrong-type = Arhiva nu primește acest fișier: doar fotografii JPEG, PNG sau WebP.
archive-translations = Traduceri
archive-translation-language = Tradu în
archive-translation-add = Adaugă o traducere
archive-translation-text = Traducere în { $language }, de { $by }
archive-translation-text-own = Traducere în { $language }, de autorul vocii
archive-consent-title = Consimțământul dumneavoastră
archive-consent-unavailable = Veți putea alege cine vă vede vocea după ce a ajuns la server (când sunteți online). Până atunci o vede doar grupul, fără numele dumneavoastră.
archive-consent-visibility = Cine vă poate vedea vocea
archive-visibility-group = Doar grupul
archive-visibility-city-editors = Grupul și editorii orașului
archive-visibility-public = Toată lumea, după ce un moderator publică povestea
archive-consent-naming = Cum sunteți numit
archive-naming-name = Cu numele meu ({ $name })
archive-naming-pseudonym = Cu un pseudonim
archive-naming-anonymous = Deloc (anonim)
archive-pseudonym = Pseudonim
archive-pseudonym-missing = Scrieți pseudonimul cu care vreți să fiți numit.
archive-consent-save = Salvează alegerea mea
archive-consent-saving = Se salvează…
archive-consent-saved = Salvat.
archive-consent-offline = Nesalvat: sunteți offline. Încercați din nou când sunteți online.
archive-consent-withdrawn = Această voce a fost retrasă.
archive-consent-failed = Nesalvat. Încercați mai târziu.
archive-withdraw = Retrage vocea mea
archive-withdraw-explained = Retragerea vocii o elimină definitiv: nimeni din grup, niciun editor și niciun cititor nu o va mai vedea, iar serverul o șterge. Nu poate fi adusă înapoi.
archive-withdraw-cannot-undo = Nu poate lua înapoi copiile pe care alții le-au descărcat, salvat sau tipărit deja cât le-a fost arătată.
archive-withdraw-confirm = Retrage-o definitiv
archive-withdraw-cancel = Păstrează vocea mea
archive-publish = Publică povestea
archive-unpublish = Anulează publicarea
archive-publish-hint = Cititorii văd doar vocile ai căror autori au ales „toată lumea”, numite cum a ales fiecare.
archive-published = Publicată. Cititorii văd acum vocile împărtășite cu publicul.
archive-unpublished = Publicare anulată. Cititorii nu o mai văd.
archive-publish-refused = Nepublicată: niciun autor nu și-a împărtășit încă vocea cu publicul (sau povestea nu are titlu).
archive-publish-not-synced = Serverul nu are încă această poveste. Așteptați să se sincronizeze, apoi publicați.
archive-publish-failed = Nepublicată. Încercați mai târziu.
archive-export = Descarcă arhiva grupului
archive-export-hint = Un fișier zip cu cuvintele fiecărei voci (Markdown), înregistrările și o listă a intrărilor, vocilor, limbilor și consimțămintelor. Vocile retrase nu sunt niciodată în el; o voce anonimă nu are nume în el. Împărtășiți-l doar cum permite consimțământul fiecărei voci.

## Dates
date-month =
    { $month ->
     [jan] ianuarie
     [feb] februarie
     [mar] martie
     [apr] aprilie
     [may] mai
     [jun] iunie
     [jul] iulie
     [aug] august
     [sep] septembrie
     [oct] octombrie
     [nov] noiembrie
    *[dec] decembrie
    }
date-month-alone =
    { $month ->
     [jan] ianuarie
     [feb] februarie
     [mar] martie
     [apr] aprilie
     [may] mai
     [jun] iunie
     [jul] iulie
     [aug] august
     [sep] septembrie
     [oct] octombrie
     [nov] noiembrie
    *[dec] decembrie
    }
date-weekday =
    { $weekday ->
     [mon] luni
     [tue] marți
     [wed] miercuri
     [thu] joi
     [fri] vineri
     [sat] sâmbătă
    *[sun] duminică
    }
date-day = { $weekday }, { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } la { $time }
date-list-separator = { ", " }
date-just-now = minutul acesta
date-minutes-ago =
    { $count ->
     [few] acum { $count } minute
     [one] acum { $count } minut
    *[other] acum { $count } de minute
    }
date-hours-ago =
    { $count ->
     [few] acum { $count } ore
     [one] acum { $count } oră
    *[other] acum { $count } de ore
    }
date-days-ago =
    { $count ->
     [1] ieri
     [few] acum { $count } zile
     [one] acum { $count } zi
    *[other] acum { $count } de zile
    }
