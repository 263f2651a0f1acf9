# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Hungarian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Helyi útmutatók újonnan érkezőknek. Közösen írjuk, internet nélkül is olvasható.
skip-to-content = Ugrás a tartalomra
nav-main =
    .aria-label = Fő menü
nav-cities = Minden város
nav-status = Szinkronizálás állapota
nav-sign-in = Bejelentkezés
nav-edit = Az útmutató szerkesztése
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = A fiókod: { $name }
page-title = { $page } · { app-name }
language-label = Nyelv

## Choosing a guide

reader-choose-city-title = Válaszd ki a városodat
reader-choose-language-title = Válaszd ki a nyelvedet
reader-choose-offline = Nincs internetkapcsolat. Egyszer csatlakozz az internetre, hogy letölts egy útmutatót.
reader-kept-guides = Útmutatók ezen a telefonon
reader-choose-city = Másik város vagy nyelv választása
reader-choose-language-city = Válaszd ki az útmutató nyelvét – { $city }
reader-language-not-offered = Ez az útmutató nem érhető el ezen a nyelven: { $language } ({ $city }). Válassz azok közül a nyelvek közül, amelyeken elérhető:
reader-open-guide = Útmutató megnyitása
reader-loading = Betöltés…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Útmutató
reader-nav-home = Kezdőlap
reader-nav-articles = Hasznos tudnivalók
reader-nav-events = Események
reader-nav-search = Keresés
reader-sample-city = Ez egy minta város kitalált tartalommal. Itt kipróbálhatod: { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Internet nélkül is elérhető, frissítve: { $ago }
reader-offline-now = Nincs internetkapcsolat. Az útmutató frissítése: { $ago }.
reader-guide-language = Az útmutató nyelve
reader-print-link = Útmutató nyomtatása
reader-offline-banner = Nincs internetkapcsolat. A telefonra mentett példányt olvasod.
reader-language-shown-in = Ez az útmutató nem érhető el ezen a nyelven: { $language } ({ $city }). A szövegei ezen a nyelven jelennek meg: { $guide }.
reader-text-size = Betűméret
reader-text-size-normal = Normál
reader-text-size-large = Nagy
reader-text-size-larger = Nagyon nagy
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Még nincs lefordítva: egyes részek ezen a nyelven látszanak: { $languages }.
       *[other] Még nincs lefordítva: egyes részek ezeken a nyelveken látszanak: { $languages }.
    }
reader-problem-offline-title = Ez az útmutató még nincs ezen a telefonon
reader-problem-offline = Egyszer csatlakozz az internetre. Utána az útmutató internet nélkül is működik.
reader-offline-missing = Nincs internetkapcsolat.
reader-problem-unknown-city-title = A város nem található
reader-problem-unknown-city = Ehhez a városhoz itt nincs útmutató.
reader-problem-unknown-language-title = A nyelv nem érhető el
reader-problem-unknown-language = Ez az útmutató ezen a nyelven nem érhető el. Válassz egyet ezek közül:
reader-problem-server-title = Az útmutatót nem sikerült betölteni
reader-problem-server = Hiba történt a szerveren. Próbáld újra később.
reader-meta-description = { $city } útmutatója újonnan érkezőknek: hol talál segítséget, szolgáltatásokat, hasznos tudnivalókat és eseményeket, az Ön nyelvén, internet nélkül is.
reader-meta-description-page = { $page } – { $city } útmutatója újonnan érkezőknek: segítség, szolgáltatások, tudnivalók és események az Ön nyelvén, internet nélkül is.

## Guide home

reader-home-title = Útmutató – { $city }
reader-notices = Hírek a várostól
reader-categories = Mire van szükséged?
reader-category-count =
    { $count ->
        [one] egy hely
       *[other] { $count } hely
    }
reader-this-week = Ezen a héten
reader-no-events-this-week = A következő hét napban nincs esemény.
reader-all-events = Minden esemény
reader-topics = Információ
reader-kept-languages = Ezen a telefonon
reader-kept-languages-hint = Az útmutató internet nélkül is működik azokon a nyelveken, amelyek ezen a telefonon vannak.
reader-kept-current = Mentve (ezt olvasod)
reader-kept-add = Ezt is mentsd: { $language }
reader-kept-remove = Törlés erről a telefonról: { $language }
reader-published-on = Közzétéve: { $date }
reader-kept-waiting = Nincs internetkapcsolat. Amint lesz, a telefon ezt is menti: { $language }.

## Services

reader-service-title = Szolgáltatás
reader-status-temporarily-closed = Átmenetileg zárva.
reader-status-closed = Ez a szolgáltatás megszűnt.
reader-open-now = Most nyitva, zárás: { $time }
reader-open-now-all-day = Most nyitva, éjjel-nappal
reader-open-all-day = Éjjel-nappal nyitva
reader-opens-today = Most zárva. Ma nyit, ekkor: { $time }
reader-opens-tomorrow = Most zárva. Holnap nyit, ekkor: { $time }
reader-opens-on = Most zárva. Nyitás: { $day }, { $time }
reader-by-appointment = Időpont-egyeztetéssel
reader-no-hours-soon = A következő napokban nincs nyitva
reader-hours-unknown = Kérdezz rá a nyitvatartásra
reader-open-to-all = Mindenkinek nyitva, nem számít, milyen papírjaid vannak
reader-for-whom = Kinek
reader-eligibility = Ki jöhet
reader-cost = Ár
reader-free = Ingyenes
reader-not-free = Nem ingyenes
reader-languages = Nyelvek
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Tolmácsot is lehet kérni.
reader-documents = Mit vigyél magaddal
reader-hours = Nyitvatartás
reader-today = Ma
reader-tomorrow = Holnap
reader-closed-day = Zárva
reader-appointment-note = (időpont-egyeztetéssel)
reader-where = Hol
reader-outreach = Hol találod őket (ők is elmennek hozzád)
reader-open-map = Megnyitás a térképalkalmazásomban
reader-open-web-map = Térkép megnyitása az openstreetmap.org oldalon
reader-contact = Elérhetőség
reader-call = Hívás: { $phone }
reader-email = Írj ide: { $email }
reader-website = Weboldal: { $site }
reader-share = Megosztás
reader-share-copied = Link másolva
reader-last-checked = Utoljára ellenőrizve: { $date }
reader-listen = Meghallgatás
reader-listen-stop = Leállítás
reader-target-everyone = Mindenki
reader-target-asylum-seekers-and-refugees = Menedékkérők és menekültek
reader-target-temporary-protection = Átmeneti védelemben élők
reader-target-undocumented-residents = Papírok nélkül élők
reader-target-women = Nők
reader-target-unaccompanied-minors = Egyedül lévő, 18 év alatti fiatalok
reader-target-children = Gyerekek
reader-target-students = Diákok

## Articles

reader-articles-title = Hasznos tudnivalók
reader-articles-below = Bővebben
reader-breadcrumbs =
    .aria-label = Itt vagy

## Events

reader-events-title = Események
reader-events-later = Később
reader-no-events = A következő hetekben nincs esemény.
reader-event-cancelled = Elmarad
reader-event-when = Mikor
reader-event-next-dates = Következő időpontok
reader-event-past = Ez az esemény már véget ért.
reader-organizer = Szervező
reader-open-to-residents = Mindenki: újonnan érkezők és régóta itt élők
reader-add-to-calendar = Hozzáadás a naptáramhoz
reader-register = Jelentkezés
reader-online-link = Csatlakozás online
reader-subscribe = A város eseményei a naptáramban (feliratkozás)
reader-feed-link = Az összes esemény letöltése (iCalendar)
reader-events-by-month = Később, hónapról hónapra
reader-no-later-events = Későbbi eseményről még nem tudunk.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } esemény
       *[other] { $month }: { $count } esemény
    }
reader-no-events-month = Ebben a hónapban nincs esemény.
reader-events-bad-month = Ez a cím nem jelöl meg hónapot (így kellene végződnie: ?month=2027-01). Íme a következő hetek.
reader-events-known-until = Ez a telefon { $date }-ig ismeri az eseményeket. Később nyissa meg az útmutatót online, hogy többet lásson.
reader-events-coming-weeks = A következő négy hét
reader-events-month-before = Korábban: { $month }
reader-events-month-after = Következő: { $month }
reader-feed-heading = A naptáralkalmazásában

## Search

reader-search-title = Keresés
reader-search-label = Keresés az útmutatóban
reader-search-button = Keresés
reader-search-count =
    { $count ->
        [0] Nincs találat erre: „{ $query }”.
        [one] Egy találat erre: „{ $query }”.
       *[other] { $count } találat erre: „{ $query }”.
    }
reader-kind-service = Szolgáltatás
reader-kind-article = Információ
reader-kind-event = Esemény

## Print version

reader-print-title = Nyomtatható útmutató
reader-print-heading = Útmutató – { $city }
reader-print-date = Nyomtatva: { $date }. A dolgok változnak: nézd meg az online útmutatót is.
reader-print-button = Nyomtatás
reader-print-address = Ez az útmutató online, mindig naprakészen:
reader-print-qr = QR-kód: ez az útmutató online
reader-print-other-days = Egyes nyitvatartások más napokra esnek (néhány hetente vagy havonta egyszer): lásd az online útmutatót.

## Suggest a correction

reader-suggest-link = Javítás javaslása
reader-suggest-title = Javítás javaslása
reader-suggest-about = Erről:
reader-suggest-privacy = Névtelen maradsz. Nem kérdezzük a nevedet, és semmit rólad.
reader-suggest-topic = Mi a hiba?
reader-suggest-message = Mit kell tudnunk?
reader-suggest-message-hint = Kérjük, ne írd ide a nevedet, a telefonszámodat vagy más személyes adatot.
reader-suggest-send = Küldés
reader-suggest-need-topic = Válaszd ki, mi a hiba.
reader-suggest-need-message = Írj pár szót arról, mi a hiba.
reader-suggest-sent = Köszönjük. Az útmutató szerkesztői megnézik.
reader-suggest-queued = Köszönjük. Nincs internetkapcsolat: akkor küldjük el, amikor újra lesz.
reader-suggest-refused = Köszönjük, de ezt nem sikerült elküldeni: lehet, hogy az oldalt törölték.
reader-back-to-guide = Vissza az útmutatóhoz

## Status page

status-title = Szinkronizálás állapota
status-connection-label = Kapcsolat a szerverrel
status-connected = Kapcsolódva
status-connecting = Kapcsolódás…
status-offline = Nincs kapcsolat
status-offline-hint = Nincs internetkapcsolat. A változtatások ezen az eszközön maradnak. Akkor küldjük el őket, amikor újra van kapcsolat.
status-waiting =
    { $count ->
        [0] Ezen az eszközön semmi sem vár küldésre.
        [1] Egy módosítás van mentve ezen az eszközön, küldésre vár.
       *[other] Ezen az eszközön mentett, küldésre váró módosítások: { $count }.
    }
status-signed-out = Nem vagy bejelentkezve
status-signed-out-hint = Csak a bejelentkezett szerkesztők szinkronizálnak dokumentumokat a szerverrel. Az útmutató olvasásához nem kell fiók.
status-sign-in = Jelentkezz be a szinkronizáláshoz

## Not found

not-found-title = Az oldal nem található
not-found-body = Ezen a címen nincs semmi.
not-found-home = Vissza a kezdőlapra

## Forms and errors shared by the pages

passphrase-show = Jelszó mutatása
error-offline = A szerver nem érhető el. Ellenőrizd a kapcsolatot, és próbáld újra.
error-server = Hiba történt a szerveren. Próbáld újra később.
error-bad-request = A szerver ezt nem fogadta el. Ellenőrizd, amit beírtál, és próbáld újra.
error-forbidden = Ehhez nincs jogod.
error-unauthenticated = Ki vagy jelentkezve. Jelentkezz be újra a folytatáshoz.
error-unexpected = Hiba történt. Próbáld újra.
error-page-not-loaded = Az oldal nem töltődött be. Ellenőrizd a kapcsolatot, és próbáld újra.
error-too-many-attempts-seconds =
    Túl sok próbálkozás. Próbáld újra { $seconds ->
        [one] egy másodperc
       *[other] { $seconds } másodperc
    } múlva.
error-too-many-attempts-minutes =
    Túl sok próbálkozás. Próbáld újra { $minutes ->
        [one] egy perc
       *[other] { $minutes } perc
    } múlva.

## Roles

-role-volunteer = Önkéntes
-role-translator = Fordító
-role-editor = Szerkesztő
-role-group_member = Csoporttag
-role-group_moderator = Csoportmoderátor
-role-city_admin = Városi adminisztrátor
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
        [group] { role-name }, „{ $group }” csoport
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } – { $city }
role-label = Szerep
role-group-label = Csoport
role-group-hint = Az egyik archívumcsoport, amelyet ebben a városban moderál.
role-group-missing = Válasszon csoportot.
role-group-unknown = Ebben a városban nincs ilyen rövid nevű archívumcsoport.
role-languages-label = Nyelvek
role-languages-hint = Nyelvkódok vesszővel elválasztva. Például: ar, uk, fa-AF.
role-languages-missing = Írj be legalább egy nyelvkódot.
role-languages-invalid = Ezek közül az egyik nem nyelvkód. Ilyen kódokat használj: ar, uk vagy fa-AF.

## Sign-in page

sign-in-title = Bejelentkezés
sign-in-intro = Önkénteseknek, szerkesztőknek, fordítóknak és a város munkatársainak. Az útmutató olvasásához nem kell fiók.
sign-in-name = Név
sign-in-passphrase = Jelszó
sign-in-submit = Bejelentkezés
sign-in-name-missing = Írd be a neved.
sign-in-passphrase-missing = Írd be a jelszavad.
sign-in-invalid = A név vagy a jelszó hibás.
sign-in-no-account = Nincs fiókod? Fiókot csak meghívással lehet kapni. Kérj linket a városod adminisztrátorától.
sign-in-already = Be vagy jelentkezve, a neved: { $name }.
sign-in-continue = Tovább
sign-in-account = A fiókod

## Invitation page

invite-title = Meghívó
invite-loading = A meghívó ellenőrzése…
invite-not-found = Ez a meghívó link nem működik. Lehet, hogy már használták, vagy lejárt. Kérj újat attól, aki meghívott.
invite-home = Vissza a kezdőlapra
invite-for = Meghívtak ide: { $city }. A szereped: { role-grant }.
invite-expires = Ez a meghívó eddig érvényes: { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Be vagy jelentkezve, a neved: { $name }. Ha elfogadod a meghívót, új fiók készül, és azzal jelentkezel be.
invite-name = A neved
invite-name-hint = Akikkel együtt dolgozol, ezt a nevet látják. Nem kell a valódi neved lennie: álnév is jó.
invite-name-missing = Válassz egy nevet.
invite-name-too-long = Ez a név túl hosszú: legfeljebb 64 karakter lehet.
invite-name-taken = Ez a név már foglalt. Válassz másikat.
invite-passphrase = Jelszó
invite-passphrase-hint = Legalább 10 karakter. Néhány szó, amelyek nem illenek össze, könnyen megjegyezhető és nehezen kitalálható.
invite-passphrase-confirm = Jelszó még egyszer
invite-passphrase-too-short = A jelszó túl rövid: legalább 10 karakter kell.
invite-passphrase-too-long = A jelszó túl hosszú: legfeljebb 1024 karakter lehet.
invite-passphrase-mismatch = A két jelszó nem egyezik.
invite-submit = Fiók létrehozása

## Account page

account-title = A fiókod
account-loading = A fiókod betöltése…
account-not-signed-in = Nem vagy bejelentkezve.
account-signed-out = Kijelentkeztél.
account-sign-in = Bejelentkezés
account-signed-in-as = Be vagy jelentkezve, a neved: { $name }.
account-offline = Nincs kapcsolat. Ezt tárolja az eszköz. A munkamenetekhez és a kijelentkezéshez kapcsolat kell.
account-roles-title = A szerepeid
account-no-roles = Még nincs szereped.
account-manage-city = { $city } kezelése
account-sessions-title = Hol vagy bejelentkezve
account-sessions-loading = Betöltés…
account-session-current = Ez az eszköz
account-session-other = Másik eszköz
account-session-times = Bejelentkezés: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, utoljára aktív: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Kijelentkezés
account-session-ended = Az az eszköz ki van jelentkeztetve.
account-sign-out-everywhere = Kijelentkezés mindenhol
account-sign-out = Kijelentkezés

## City administration page

admin-title = A város kezelése
admin-heading = { $city } kezelése
admin-loading = Betöltés…
admin-offline = Nincs kapcsolat. A város kezeléséhez kapcsolat kell.
admin-not-signed-in = Jelentkezz be a város kezeléséhez.
admin-sign-in = Bejelentkezés
admin-not-admin = Nem vagy adminisztrátor itt: { $city }.
admin-invite-title = Valaki meghívása
admin-invite-intro = Egy meghívó link egy embernek szól. Egyszer működik, és aki megnyitja, létrehozhatja a fiókot. Privát üzenetben küldd el.
admin-invite-submit = Meghívó link készítése
admin-invite-created = A meghívó link elkészült.
admin-invite-link-label = Meghívó link
admin-invite-about = Szerep: { role-grant }. Eddig érvényes: { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Link másolása
admin-invite-share = Link megosztása
admin-invite-copied = A link másolva.
admin-invite-copy-failed = A másolás nem sikerült. A link ki van jelölve: másold ki te.
admin-members-title = Tagok
admin-members-none = Még nincsenek tagok.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (te)
       *[no] { $name }
    }
admin-member-revoked = Hozzáférés visszavonva
admin-member-no-roles = Nincs szerep
admin-member-edit = Szerepek módosítása
admin-member-revoke = Hozzáférés visszavonása
admin-roles-heading = { $name } szerepei
admin-role-remove = Eltávolítás
admin-role-add-title = Szerep hozzáadása
admin-role-add = Szerep hozzáadása
admin-role-duplicate = Ennek a személynek már megvan ez a szerepe.
admin-roles-save = Szerepek mentése
admin-roles-cancel = Mégse
admin-roles-saved = { $name } szerepei elmentve.
admin-revoke-question = Visszavonod { $name } hozzáférését?
admin-revoke-explain = { $name } minden eszközén ki lesz jelentkeztetve, és többé nem tud bejelentkezni.
admin-revoke-confirm = Hozzáférés visszavonása
admin-revoke-cancel = Mégse
admin-revoked = { $name } hozzáférése visszavonva.

## Suggestions queue (editors)

suggestions-title = Javaslatok az olvasóktól
suggestions-heading = Javaslatok – { $city }
suggestions-intro = Az olvasók névtelenül küldik ezeket, ha valami hibás az útmutatóban. Ellenőrizd, szükség esetén javítsd az elemet, aztán jelöld a javaslatot készként.
suggestions-loading = Betöltés…
suggestions-not-signed-in = Jelentkezz be, hogy lásd az olvasók javaslatait.
suggestions-sign-in = Bejelentkezés
suggestions-not-allowed = Csak { $city } szerkesztői és adminisztrátorai láthatják a javaslatokat.
suggestions-unknown-city = Nincs ilyen város: „{ $city }”.
suggestions-show-done = A kész javaslatok is látszódjanak
suggestions-list-title = Javaslatok
suggestions-none-open = Nincs nyitott javaslat.
suggestions-none = Még nincs javaslat.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Erről: { $title }
suggestions-about-unpublished = Egy már nem közzétett elemről
suggestions-about-guide = Az útmutatóról általában
suggestions-no-message = Az olvasó nem írt üzenetet.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Beérkezett: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · nyelve: { LANGUAGES($language) }
suggestions-resolved = Kész: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Megjelölés készként
suggestions-marked-done = A javaslat készként megjelölve.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Bezárt vagy már nem létezik
suggestion-topic-hours = A nyitvatartás hibás
suggestion-topic-address = A cím hibás
suggestion-topic-contact = A telefonszám vagy más elérhetőség hibás
suggestion-topic-translation = A fordítás hibás vagy hiányzik
suggestion-topic-other = Valami más

## Editing app

editor-page-title = Az útmutató szerkesztése
editor-title = Szerkesztés – { $city }
editor-signed-out = Jelentkezz be az útmutató szerkesztéséhez.
editor-progress = Dokumentumok ezen az eszközön: { $loaded } / { $total }
editor-filter = Szűrés
editor-events = Események
editor-services = Szolgáltatások
editor-new-event = Új esemény
editor-back = Vissza a listához
editor-untitled = (még nincs címe)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Mentve ezen az eszközön. Nincs internetkapcsolat.
        [one] Mentve ezen az eszközön. Egy változtatás vár küldésre.
       *[other] Mentve ezen az eszközön. { $count } változtatás vár küldésre.
    }
editor-sync-sending =
    { $count ->
        [one] Egy változtatás küldése…
       *[other] { $count } változtatás küldése…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Szinkronizálva: { $ago }
editor-sync-sent =
    { $count ->
        [1] Egy módosítás elküldve. Szinkronizálva: { $ago }
       *[other] Elküldött módosítások: { $count }. Szinkronizálva: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] A munkameneted lejárt. Jelentkezz be újra, hogy a szinkronizálás folytatódjon.
        [one] A munkameneted lejárt. A változtatásod ezen az eszközön van mentve: jelentkezz be újra, hogy elküldd.
       *[other] A munkameneted lejárt. Ezen az eszközön { $count } változtatásod van mentve: jelentkezz be újra, hogy elküldd őket.
    }
editor-sync-sign-in = Jelentkezz be újra
editor-hint-plain = Írj rövid mondatokat. Egy mondatban egy gondolat legyen. Ismert szavakat használj.
editor-hint-title = Írd le pár szóban, mi ez. Például: Nyelvi kávézó.
editor-minor-edit = Kis javítás (helyesírás, elírás): a fordítások naprakészek maradnak
editor-conflict =
    { $count ->
        [one] Ketten egyszerre módosították ezt. Válaszd ki a helyes értéket:
       *[other] Többen egyszerre módosították ezt ({ $count } érték). Válaszd ki a helyeset:
    }
editor-conflict-keep = Ez maradjon: „{ $value }”
editor-event-title = Cím
editor-event-description = Leírás
editor-event-type = Az esemény típusa
editor-event-type-workshop = Műhelyfoglalkozás
editor-event-type-language-cafe = Nyelvi kávézó
editor-event-type-festival = Fesztivál
editor-event-type-commemoration = Megemlékezés
editor-event-type-job-fair = Állásbörze
editor-event-type-sport = Sport
editor-event-type-information-session = Tájékoztató
editor-event-type-other = Egyéb
editor-event-start = Kezdés
editor-event-end = Vége
editor-event-place = Helyszín
editor-place-name = A helyszín neve
editor-place-street = Utca és házszám
editor-place-postal-code = Irányítószám
editor-place-locality = Település
editor-event-organizer = Szervező
editor-event-free = Ingyenes
editor-event-cancelled = Az egész esemény elmarad
editor-repeat = Ismétlődés
editor-repeat-kind = Milyen gyakran
editor-repeat-none = Nem ismétlődik
editor-repeat-weekly = Minden héten
editor-repeat-monthly = Minden hónapban
editor-repeat-custom = Más szabály (RRULE)
editor-repeat-days =
    .aria-label = Ezeken a napokon
editor-repeat-nth = Hányadik
editor-repeat-weekday = Nap
editor-repeat-until = Meddig (nem kötelező)
editor-repeat-rule = Szabály
editor-nth-1 = Első
editor-nth-2 = Második
editor-nth-3 = Harmadik
editor-nth-4 = Negyedik
editor-nth-last = Utolsó
editor-weekday-mo = Hétfő
editor-weekday-tu = Kedd
editor-weekday-we = Szerda
editor-weekday-th = Csütörtök
editor-weekday-fr = Péntek
editor-weekday-sa = Szombat
editor-weekday-su = Vasárnap
editor-cancelled-dates = Elmaradó időpontok
editor-cancel-date-label = Egy időpont lemondása
editor-cancel-date = Ez az időpont elmarad
editor-restore-date = Visszaállítás: { $date }
editor-quick-hint = Internet nélkül is működik. Az eseményt akkor küldjük el, amikor újra van kapcsolat.
editor-quick-date = Dátum
editor-quick-start = Kezdés ideje
editor-quick-end = Befejezés ideje
editor-quick-save = Esemény mentése
editor-quick-missing = Töltsd ki a címet, a dátumot és az időpontokat.
editor-service-name = Név
editor-service-description = Mi ez
editor-service-eligibility = Ki jöhet
editor-service-documents = Mit vigyél magaddal
editor-service-status = Állapot
editor-service-status-active = Nyitva
editor-service-status-temporarily-closed = Átmenetileg zárva
editor-service-status-closed = Végleg megszűnt
editor-service-organization = A fenntartó szervezet
editor-service-categories = Kategóriák
editor-service-target-groups = Kinek szól
editor-service-open-to-all = Mindenki előtt nyitva, bármilyenek is a papírjai
editor-service-fee = Ár, ha nem ingyenes
editor-service-languages = A munkatársak által beszélt nyelvek
editor-service-language-other = Más nyelv
editor-service-language-hint = A nyelv kódja, például ti, prs vagy pt-BR.
editor-service-language-add = Nyelv hozzáadása
editor-service-language-invalid = Ez nem nyelvkód. Írjon egy kódot, például ti, prs vagy pt-BR.
editor-service-contacts = Elérhetőség
editor-service-phones = Telefonszámok
editor-service-phone = { $number }. telefonszám
editor-service-phone-new = Új telefonszám
editor-service-phone-add = Szám hozzáadása
editor-service-phone-remove = { $phone } törlése
editor-service-phone-invalid = Írjon be egy telefonszámot: csak számjegyek, szóközök és +. Például +32 4 123 45 67.
editor-service-email = E-mail
editor-service-email-invalid = Ez nem e-mail-cím. Például: info@example.org
editor-service-website = Weboldal
editor-service-website-invalid = Írja be a teljes címet, https:// kezdettel
editor-service-verified = Utoljára ellenőrizve
editor-service-verified-never = Ezt a szolgáltatást még senki sem ellenőrizte.
editor-service-verified-value = Ellenőrizte { $name }, { $date }
editor-service-verify = Ma ellenőrizve
editor-service-locations = Helyszínek
editor-service-location = { $number }. helyszín
editor-service-location-none = Még nincs helyszín.
editor-service-location-add = Helyszín hozzáadása
editor-service-location-remove = A helyszín törlése
editor-location-region = Régió
editor-location-country = Ország (két betű, például BE)
editor-location-country-invalid = Írja be az ország kétbetűs kódját, például BE.
editor-location-latitude = Szélesség (nem kötelező)
editor-location-longitude = Hosszúság (nem kötelező)
editor-location-latitude-invalid = Írjon be egy számot -90 és 90 között, például 50.63.
editor-location-longitude-invalid = Írjon be egy számot -180 és 180 között, például 5.57.
editor-location-outreach = Ők is elmennek az emberekhez (mobil vagy utcai szolgálat)
editor-service-schedules = Nyitvatartás
editor-schedule = { $number }. nyitvatartás
editor-schedule-none = Még nincs nyitvatartás.
editor-schedule-add = Nyitvatartás hozzáadása
editor-schedule-remove = Ennek a nyitvatartásnak a törlése
editor-schedule-days = Napok
editor-schedule-rule-hint = Csak arra, amit a napok nem tudnak kifejezni, például FREQ=MONTHLY;BYDAY=1TU minden hónap első keddjére. Hagyja üresen, ha a napokat használja.
editor-schedule-rule-invalid = Ez a szabály nem használható. Írjon egy szabályt, például FREQ=WEEKLY;BYDAY=MO,TU, „RRULE:” nélkül.
editor-schedule-opens = Nyit
editor-schedule-closes = Zár
editor-schedule-overnight = Másnap zár (éjfél után is nyitva)
editor-schedule-times-invalid = A zárási időnek a nyitás után kell lennie. Éjfél utáni nyitvatartásnál jelölje be: „Másnap zár”.
editor-schedule-valid-from = Ettől (nem kötelező)
editor-schedule-valid-to = Eddig (nem kötelező)
editor-schedule-valid-invalid = A záró dátum nem lehet a kezdő dátum előtt.
editor-schedule-closed-dates = Zárva ezeken a napokon
editor-schedule-closed-date-label = Egy nap, amikor zárva van
editor-schedule-closed-date-add = Zárva tartó nap hozzáadása
editor-schedule-closed-date-remove = Újra nyitva: { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, előre egyeztetett időpontban
editor-schedule-no-days = Nincs nap kiválasztva
editor-schedule-no-hours = még nincs időpont
editor-new-service = Új szolgáltatás
editor-new-service-hint = Kezdje a névvel. A többit a következő képernyőn tölti ki. Internet nélkül is működik.
editor-new-service-create = Szolgáltatás létrehozása
editor-new-service-missing = Írja be a szolgáltatás nevét.
editor-publishing = Közzététel
editor-publish-hint = Az olvasók csak a közzétett változatot látják. A későbbi változtatásaid piszkozatok maradnak, amíg újra közzé nem teszed.
editor-publish = Ennek a változatnak a közzététele
editor-unpublish = Közzététel visszavonása
editor-published = Közzétéve. Az olvasók most ezt a változatot látják.
editor-draft-badge = Közzé nem tett vázlat
editor-publication-published = Közzétéve: az olvasók ezt a változatot látják.
editor-publication-draft = Közzé nem tett vázlat: az olvasók a legutóbb közzétett változatot látják, amíg ezt közzé nem teszik.
editor-publication-unpublished = Közzé nem tett vázlat: az olvasók nem látják ezt az elemet, amíg közzé nem teszik.
editor-unpublished = Közzététel visszavonva. Az olvasók már nem látják.
editor-publish-not-synced = A szerveren még nincs meg ez a változat. Várd meg a szinkronizálást, aztán tedd közzé.
editor-publish-offline = Nincs internetkapcsolat. Akkor tedd közzé, amikor újra van kapcsolat.
editor-publish-not-publishable = Nincs közzétéve: ez a változat még nem teljes. Várd meg a szinkronizálást, ellenőrizd a mezőit, aztán tedd közzé újra.
editor-publish-invalid-content = Nincs közzétéve: előbb javítsd ki ezt: { $field }.
editor-publish-link-invalid = A hivatkozás ennek a webhelynek egy oldalára mutasson (egyetlen /-rel kezdődjön), vagy egy https://-rel kezdődő teljes címre.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Előnézet: ezt fogják látni az olvasók
editor-preview-hint = Az a változat, amelyet az olvasók most látnak, összevetve a piszkozatoddal. Tedd közzé, hogy az olvasók is lássák a piszkozatot.
editor-preview-not-published = Még nincs közzétéve: az olvasók semmit sem látnak. Közzététel után ezt fogják látni:
# $when: the date and time of publishing.
editor-preview-same = Az olvasók pontosan ezt a változatot látják (közzétéve: { $when }).
editor-preview-changed =
    { $count ->
        [one] Egy mező eltér attól, amit az olvasók látnak (közzétéve: { $when }):
       *[other] { $count } mező eltér attól, amit az olvasók látnak (közzétéve: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Egy mező változatlan
       *[other] { $count } mező változatlan
    }
editor-preview-unknown = Csatlakozz egyszer az internethez, hogy lásd, mit látnak az olvasók.
editor-preview-unavailable = Ezen az eszközön még nincs meg a közzétett változat. Várd meg a szinkronizálást.
# Read out by screen readers before removed and added words.
editor-diff-removed = Törölve:
editor-diff-added = Hozzáadva:
# The history of an item: who changed which field, and when.
editor-history = Előzmények
editor-history-hint = Ki mit változtatott, és mikor. Egy korábbi értéket visszaállíthatsz.
editor-history-none = Még nincs változtatás.
editor-history-unknown-author = Importálva
# $field: the technical name of a field that has no label here.
editor-history-other-field = Egyéb adat ({ $field })
editor-history-restore = Ennek az értéknek a visszaállítása
editor-history-current = Ez a jelenlegi érték.
editor-history-empty = (üres)
editor-history-yes = Igen
editor-history-no = Nem
editor-history-field-order = Hely a cikkek listájában
editor-translate-link = Fordítás
editor-suggestions-link = Javaslatok az olvasóktól
editor-suggestions-open = Nyitott: { $count }
editor-translate-title = Fordítások
editor-translate-no-languages = Ebben a városban nincs olyan nyelv, amelyre fordíthatnál.
editor-translate-language = Célnyelv
editor-translate-status = Mutasd
editor-translate-all = Mind
editor-translate-back = Vissza a fordításokhoz
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } / { $total } naprakész
editor-status-missing = Hiányzik
editor-status-outdated = Elavult
editor-status-machine = Gépi fordítás
editor-status-up-to-date = Naprakész
editor-status-incomplete = Részben lefordítva
editor-translate-source-changed = A forrásszöveg megváltozott a fordítás óta. A változások minden mező fölött jelölve vannak.
editor-translate-source-changed-unknown = A forrásszöveg megváltozott a fordítás óta. Ez az eszköz nem tudja megmutatni, mi változott: vesd össze minden szöveget a forrással.
editor-translate-what-changed = Változott a forrásban:
editor-translate-finish = Befejezés
editor-translate-left = Még lefordítandó szövegek: { $count }
editor-translate-all-translated = Minden szöveg le van fordítva. Ellenőrizd a forrással, majd jelöld késznek.
editor-translate-done = Megjelölés késznek
editor-translate-not-done = Előbb fordíts le minden szöveget. Még üres: { $count }
editor-translate-marked-done = Késznek jelölve. Ezen az eszközön mentve, és a többi módosításoddal együtt jut el a szerverre.
editor-translate-publish = A fordítás közzététele
editor-translate-publish-hint = Az olvasók a közzététel után látják a fordítást, a tétel most látható változatával együtt.
editor-translate-editor-publishes = Az olvasók akkor látják a fordítást, amikor egy szerkesztő közzéteszi.
editor-translate-publish-not-done = Előbb jelöld késznek a fordítást.
editor-translate-item-unpublished = Maga a tétel még nincs közzétéve. Az olvasók akkor látják a fordítást, amikor az lesz.
editor-translate-published = Közzétéve. Az olvasók most már ezt a fordítást látják.
editor-field-name = Név
editor-field-title = Cím
editor-field-description = Leírás
editor-field-body = Szöveg
editor-field-eligibility = Ki jöhet
editor-field-documents_needed = Mit vigyél magaddal
editor-field-fee = Ár
editor-field-accessibility = Akadálymentesség
editor-field-notes = Megjegyzések a nyitvatartáshoz

## Guide articles and city settings

editor-new-article = Új cikk
editor-settings-link = A város beállításai
editor-articles = Az útmutató cikkei
editor-move-up = Feljebb
    .aria-label = Feljebb: { $title }
editor-move-down = Lejjebb
    .aria-label = Lejjebb: { $title }
editor-article-title = Cím
editor-article-body = Szöveg
editor-article-markdown-hint = Formázás: üres sor a bekezdések között; „## ” a sor elején címhez; „- ” vagy „1. ” listához; egy hivatkozás így: [szavak](https://example.org).
editor-article-parent = Melyik cikk alá kerül
editor-article-top-level = Legfelső szint (egyik cikk alatt sem)
editor-article-notice = Közlemény a kezdőlapon eddig (nem kötelező)
editor-article-notice-hint = Eddig a napig az útmutató kezdőlapja a város közleményeként mutatja a cikket. Hagyja üresen egy szokásos cikkhez.
editor-hint-title-article = Mondja el néhány szóban, miről szól. Például: Az első napjai.
editor-article-create = Cikk létrehozása
editor-article-title-missing = Először írjon egy címet.
editor-article-cannot-create = Csak a szerkesztők adhatnak hozzá cikkeket.
editor-settings-title = A város beállításai
editor-settings-live = Az itt végzett változtatásokat az olvasók azonnal látják. Nincs külön közzétételi lépés.
editor-settings-read-only = Nem módosíthatja a város beállításait. Csak a szerkesztők tehetik meg.
editor-categories = Kategóriák
editor-categories-hint = Az olvasók ebben a sorrendben látják a kategóriákat. Ahol egy név üres, ott a tartaléknyelvű nevet látják.
editor-category-icon = Ikon
editor-category-name = Név ezen a nyelven: { $language } ({ $tag })
editor-category-add-title = Új kategória
editor-category-add-name = Név ezen a nyelven: { $language }
editor-category-add = Kategória hozzáadása
editor-category-name-missing = Először írja be a kategória nevét.
editor-category-remove-question = Törli ezt: „{ $name }”? Ennyi szolgáltatás használja: { $count }.
editor-remove = Törlés
    .aria-label = Törlés: { $name }
editor-remove-confirm = Igen, törlés: „{ $name }”
editor-remove-cancel = Mégse
editor-icon-heart = Szív
editor-icon-house = Ház
editor-icon-scales = Mérleg
editor-icon-briefcase = Aktatáska
editor-icon-book = Könyv
editor-icon-family = Család
editor-icon-bowl = Tál
editor-icon-people = Emberek
editor-icon-woman = Nő
editor-icon-star = Csillag
editor-icon-search = Nagyító
editor-icon-calendar = Naptár
editor-icon-clock = Óra
editor-icon-pin = Térképjelölő
editor-icon-phone = Telefon
editor-icon-share = Megosztás
editor-icon-print = Nyomtató
editor-icon-speaker = Hangszóró
editor-icon-article = Dokumentum
editor-icon-offline = Nincs kapcsolat
editor-icon-check = Pipa
editor-icon-flag = Zászló
editor-languages = Nyelvek
editor-languages-hint = Az olvasók által választható nyelvek. A még le nem fordított szöveg a tartaléknyelven jelenik meg.
editor-language-direction = Írásirány
editor-direction-ltr = Balról jobbra
editor-direction-rtl = Jobbról balra
editor-language-source = A forrásnyelv: a tartalmak először ezen a nyelven készülnek.
editor-language-fallback = Tartaléknyelv
editor-language-fallback-hint = Ezt látják a nyelv olvasói, ahol egy szöveg még nincs lefordítva.
editor-language-no-fallback = Nincs
editor-language-fallback-cycle = Ez kört hozna létre: az a nyelv már erre a nyelvre esik vissza. Válasszon másikat.
editor-language-remove-question = Törli ezt a nyelvet: { $language }? Olvasói másik nyelvet választanak. A fordítások megmaradnak.
editor-language-add-title = Új nyelv
editor-language-add-tag = Nyelvkód (BCP 47)
editor-language-add-hint = Például: ti (tigrinya), pt-BR (brazíliai portugál).
editor-language-add = Nyelv hozzáadása
editor-language-invalid = „{ $tag }” nem nyelvkód. Írjon egy kódot, például ti vagy pt-BR.
editor-language-present = A városban már elérhető ez a nyelv: { $language }.

## The multivoiced archive

reader-archive-title = Az érkezés hangjai
reader-archive-intro = Olyan emberek beszámolói, akik ebbe a városba érkeztek, a saját szavaikkal. Minden hang a sajátjuk; egyik sem a hivatalos változat.
reader-archive-link = Olvassa el az érkezés hangjait
reader-archive-empty = Itt még semmi sem jelent meg.
reader-archive-unavailable = A hangokat nem sikerült betölteni. Próbálja újra később.
reader-archive-offline = Nincs kapcsolat. Az érkezés hangjaihoz kapcsolat kell.
reader-archive-anonymous = Névtelen
reader-archive-speaks-about = Erről szól:
reader-archive-translated = A csoport fordítása, eredeti nyelv: { $language }
reader-archive-in-language = Nyelv: { $language }
reader-archive-original = Az eredeti szavak megjelenítése
reader-archive-recording =
    .aria-label = E hang felvétele
archive-page-title = Archívum
archive-title = A(z) { $group } csoport archívuma
archive-open = Az archívum megnyitása
archive-not-member = Ön nem tagja ennek az archívumcsoportnak.
archive-intro = Érkezési beszámolók, amelyeket a csoport írt és vett fel. Minden hang a szerzőjéé marad: csak ő dönti el, ki látja, és milyen néven szerepel.
archive-entries = Beszámolók
archive-no-entries = Még nincs beszámoló.
archive-voice-count =
    { $count ->
        [one] { $count } hang
       *[other] { $count } hang
    }
archive-state-published = Közzétéve
archive-state-unpublished = Nincs közzétéve
archive-theme = Téma
archive-guide-links = Az útmutató oldalai, amelyekről szól
archive-theme-arrival = Az érkezés
archive-theme-first-contact-with-services = Első kapcsolat a szolgáltatásokkal
archive-theme-housing = Lakhatás
archive-theme-work = Munka
archive-theme-family = Család
archive-theme-belonging = Valahová tartozás
archive-theme-the-future = A jövő
archive-theme-other = Egyéb
archive-entry-title = Cím
archive-entry-title-missing = Írjon címet.
archive-cities = Városok, amelyekről szól
archive-cities-hint = Közzététel után e városok útmutatóinak olvasói elolvashatják.
archive-new-entry = Új beszámoló
archive-new-entry-create = A beszámoló létrehozása
archive-back = Vissza az archívumhoz
archive-entry-missing = Ez a beszámoló még nincs ezen az eszközön. Ha most hozták létre, várja meg a szinkronizálást.
archive-voices = Hangok
archive-no-voices = Még nincs hang.
archive-add-voice = A hangom hozzáadása
archive-add-voice-hint = Írjon a saját szavaival, vegye fel magát, vagy mindkettő. Azonnal erre az eszközre mentődik, és elküldjük, amikor online lesz.
archive-voice-language = A nyelv, amelyen beszél
archive-add-voice-create = A hangom hozzáadása
archive-voice-yours = Az Ön hangja
archive-voice-of = { $name } hangja
archive-voice-unknown = A csoport egyik hangja
archive-voice-in = Nyelv: { $language }
archive-voice-text = Szavak
archive-voice-text-hint = Amit leírtak, vagy a felvétel leirata.
archive-recording = Felvétel
archive-record = Felvétel indítása
archive-record-stop = Leállítás
archive-record-discard = A felvétel elvetése
archive-record-play =
    .aria-label = A felvétel visszahallgatása
archive-recording-none = Nincs felvétel.
archive-recording-recording = Felvétel folyamatban…
archive-recording-waiting = Felvéve, feltöltésre vár. Addig ezen az eszközön marad.
archive-recording-uploaded = Feltöltve.
archive-recording-refused-too-large = Ez a felvétel túl nagy: az archívum legfeljebb 25 MB-ot fogad. Készítsen rövidebbet, vagy válasszon kisebb fájlt.
archive-recording-refused-wrong-type = Az archívum nem fogadja ezt a fájlt: csak WebM vagy Ogg hangot.
archive-audio-file = Vagy válasszon hangfájlt erről az eszközről
archive-audio-file-hint = WebM vagy Ogg hang, legfeljebb 25 MB. A címét és más címkéit feltöltéskor eltávolítjuk.
archive-recording-no-microphone = Nem sikerült mikrofont használni. Engedélyezze a mikrofont ennek az oldalnak, vagy írja le a szavait.
archive-photo = Fénykép
archive-photo-choose = Fénykép hozzáadása
archive-photo-hint = JPEG, PNG vagy WebP, legfeljebb 10 MB. A helyadatokat (GPS) és a fényképezőgép adatait feltöltéskor eltávolítjuk.
archive-photo-description = Mit mutat a fénykép (azoknak, akik nem látják)
archive-photo-remove = Fénykép eltávolítása
archive-photo-none = Nincs fénykép.
archive-photo-waiting = Feltöltésre vár. Addig ezen az eszközön marad.
archive-photo-uploaded = Feltöltve, helyadatok és fényképezőgép-adatok nélkül.
archive-photo-refused-too-large = Ez a fénykép túl nagy: az archívum legfeljebb 10 MB-os fényképeket fogad.
archive-photo-refused-wrong-type = Az archívum nem fogadja ezt a fájlt: csak JPEG, PNG vagy WebP fényképet.
archive-translations = Fordítások
archive-translation-language = Fordítás erre a nyelvre
archive-translation-add = Fordítás hozzáadása
archive-translation-text = Fordítás, nyelv: { $language }, fordította: { $by }
archive-translation-text-own = Fordítás ({ $language }), a hang szerzőjétől
archive-consent-title = Az Ön hozzájárulása
archive-consent-unavailable = Azt, hogy ki látja a hangját, akkor választhatja meg, amikor az már a szerverre ért (amikor online van). Addig csak a csoport látja, az Ön neve nélkül.
archive-consent-visibility = Ki láthatja a hangját
archive-visibility-group = Csak a csoport
archive-visibility-city-editors = A csoport és a város szerkesztői
archive-visibility-public = Mindenki, amint egy moderátor közzéteszi a beszámolót
archive-consent-naming = Milyen néven szerepel
archive-naming-name = A nevemen ({ $name })
archive-naming-pseudonym = Álnéven
archive-naming-anonymous = Sehogy (névtelenül)
archive-pseudonym = Álnév
archive-pseudonym-missing = Írja be az álnevet, amelyen szerepelni szeretne.
archive-consent-save = A választásom mentése
archive-consent-saving = Mentés…
archive-consent-saved = Mentve.
archive-consent-offline = Nincs mentve: nincs kapcsolat. Próbálja újra, amikor online lesz.
archive-consent-withdrawn = Ezt a hangot visszavonták.
archive-consent-failed = Nincs mentve. Próbálja újra később.
archive-withdraw = A hangom visszavonása
archive-withdraw-explained = Ha visszavonja a hangját, végleg eltűnik: senki a csoportból, egyetlen szerkesztő és olvasó sem látja többé, és a szerver törli. Nem hozható vissza.
archive-withdraw-cannot-undo = Azokat a másolatokat, amelyeket mások már letöltöttek, elmentettek vagy kinyomtattak, amíg láthatták, nem tudja visszavenni.
archive-withdraw-confirm = Végleges visszavonás
archive-withdraw-cancel = Megtartom a hangomat
archive-publish = A beszámoló közzététele
archive-unpublish = Közzététel visszavonása
archive-publish-hint = Az olvasók csak azokat a hangokat látják, amelyek szerzői a „mindenki” lehetőséget választották, azon a néven, amelyet mindegyikük választott.
archive-published = Közzétéve. Az olvasók most látják a nyilvánossággal megosztott hangokat.
archive-unpublished = Közzététel visszavonva. Az olvasók már nem látják.
archive-publish-refused = Nincs közzétéve: egyetlen szerző sem osztotta még meg a hangját a nyilvánossággal (vagy a beszámolónak nincs címe).
archive-publish-not-synced = A szerveren még nincs meg ez a beszámoló. Várja meg a szinkronizálást, aztán tegye közzé.
archive-publish-failed = Nincs közzétéve. Próbálja újra később.
archive-export = A csoport archívumának letöltése
archive-export-hint = Egy zip-fájl minden hang szavaival (Markdown), a felvételekkel és a bejegyzések, hangok, nyelvek és hozzájárulások listájával. A visszavont hangok soha nincsenek benne; egy névtelen hangnak nincs benne neve. Csak úgy ossza meg, ahogy az egyes hangok hozzájárulása engedi.

## Dates
date-month =
    { $month ->
     [jan] január
     [feb] február
     [mar] március
     [apr] április
     [may] május
     [jun] június
     [jul] július
     [aug] augusztus
     [sep] szeptember
     [oct] október
     [nov] november
    *[dec] december
    }
date-month-alone =
    { $month ->
     [jan] január
     [feb] február
     [mar] március
     [apr] április
     [may] május
     [jun] június
     [jul] július
     [aug] augusztus
     [sep] szeptember
     [oct] október
     [nov] november
    *[dec] december
    }
date-weekday =
    { $weekday ->
     [mon] hétfő
     [tue] kedd
     [wed] szerda
     [thu] csütörtök
     [fri] péntek
     [sat] szombat
    *[sun] vasárnap
    }
date-day = { $month } { $day }., { $weekday }
date-full = { $year }. { $month } { $day }.
date-month-year = { $year }. { $month }
date-day-time = { $day } { $time }
date-list-separator = { ", " }
date-just-now = ebben a percben
date-minutes-ago =
    { $count ->
     [one] { $count } perccel ezelőtt
    *[other] { $count } perccel ezelőtt
    }
date-hours-ago =
    { $count ->
     [one] { $count } órával ezelőtt
    *[other] { $count } órával ezelőtt
    }
date-days-ago =
    { $count ->
     [1] tegnap
     [one] { $count } nappal ezelőtt
    *[other] { $count } nappal ezelőtt
    }
