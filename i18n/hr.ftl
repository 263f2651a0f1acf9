# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Croatian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Lokalni vodiči za pridošlice, pisani zajedno, čitljivi i bez interneta.
skip-to-content = Preskoči na sadržaj
nav-main =
    .aria-label = Glavni izbornik
nav-cities = Svi gradovi
nav-status = Stanje sinkronizacije
nav-sign-in = Prijava
nav-edit = Uredi vodič
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Vaš račun: { $name }
page-title = { $page } · { app-name }
language-label = Jezik

## Choosing a guide

reader-choose-city-title = Odaberite svoj grad
reader-choose-language-title = Odaberite svoj jezik
reader-choose-offline = Niste na mreži. Jednom se spojite na internet da biste preuzeli vodič.
reader-kept-guides = Vodiči na ovom mobitelu
reader-choose-city = Odaberite drugi grad ili jezik
reader-choose-language-city = Odaberite jezik vodiča: { $city }
reader-language-not-offered = Vodič za { $city } nije napisan na ovom jeziku: { $language }. Odaberite jedan od jezika na kojima je napisan:
reader-open-guide = Otvori vodič
reader-loading = Učitavanje…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Vodič
reader-nav-home = Početna
reader-nav-articles = Korisne informacije
reader-nav-events = Događanja
reader-nav-search = Traži
reader-sample-city = Ovo je primjer grada s izmišljenim sadržajem, za isprobavanje aplikacije { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Dostupno bez interneta, ažurirano { $ago }
reader-offline-now = Niste na mreži. Ovaj vodič ažuriran je { $ago }.
reader-guide-language = Jezik vodiča
reader-print-link = Ispiši ovaj vodič
reader-offline-banner = Niste na mreži. Čitate kopiju spremljenu na ovom telefonu.
reader-language-shown-in = Vodič za { $city } nije napisan na ovom jeziku: { $language }. Njegovi tekstovi prikazani su na ovom jeziku: { $guide }.
reader-text-size = Veličina teksta
reader-text-size-normal = Normalna
reader-text-size-large = Velika
reader-text-size-larger = Vrlo velika
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Još nije prevedeno: dijelovi su prikazani na ovom jeziku: { $languages }.
        [few] Još nije prevedeno: dijelovi su prikazani na ovim jezicima: { $languages }.
       *[other] Još nije prevedeno: dijelovi su prikazani na ovim jezicima: { $languages }.
    }
reader-problem-offline-title = Ovaj vodič još nije na ovom mobitelu
reader-problem-offline = Jednom se spojite na internet. Nakon toga vodič radi i bez interneta.
reader-offline-missing = Niste na mreži.
reader-problem-unknown-city-title = Grad nije pronađen
reader-problem-unknown-city = Ovdje nema vodiča za ovaj grad.
reader-problem-unknown-language-title = Jezik nije dostupan
reader-problem-unknown-language = Ovaj vodič nije dostupan na ovom jeziku. Odaberite jedan od ovih jezika:
reader-problem-server-title = Vodič se nije mogao učitati
reader-problem-server = Nešto nije u redu s poslužiteljem. Pokušajte kasnije.
reader-meta-description = Vodič za { $city } za novopridošle: gdje naći pomoć, usluge, korisne informacije i događaje, na vašem jeziku, i bez interneta.
reader-meta-description-page = { $page }, u vodiču za { $city } za novopridošle: pomoć, usluge, informacije i događaji na vašem jeziku, i bez interneta.

## Guide home

reader-home-title = Vodič: { $city }
reader-notices = Vijesti iz grada
reader-categories = Što vam treba?
reader-category-count =
    { $count ->
        [one] { $count } mjesto
        [few] { $count } mjesta
       *[other] { $count } mjesta
    }
reader-this-week = Ovaj tjedan
reader-no-events-this-week = Nema događanja u sljedećih sedam dana.
reader-all-events = Sva događanja
reader-topics = Informacije
reader-kept-languages = Na ovom mobitelu
reader-kept-languages-hint = Vodič radi bez interneta na jezicima spremljenima na ovom mobitelu.
reader-kept-current = Spremljeno (ovo čitate)
reader-kept-add = Spremi i: { $language }
reader-kept-remove = Ukloni s ovog mobitela: { $language }
reader-published-on = Objavljeno { $date }
reader-kept-waiting = Niste na mreži. Čim telefon bude na mreži, spremit će i ovaj jezik: { $language }.

## Services

reader-service-title = Usluga
reader-status-temporarily-closed = Privremeno zatvoreno.
reader-status-closed = Ova usluga više ne radi.
reader-open-now = Sada otvoreno, zatvara se u { $time }
reader-open-now-all-day = Sada otvoreno, 24 sata dnevno
reader-open-all-day = Otvoreno 24 sata
reader-opens-today = Sada zatvoreno. Otvara se danas u { $time }
reader-opens-tomorrow = Sada zatvoreno. Otvara se sutra u { $time }
reader-opens-on = Sada zatvoreno. Otvara se: { $day }, u { $time }
reader-by-appointment = Uz dogovor termina
reader-no-hours-soon = Ne radi sljedećih dana
reader-hours-unknown = Pitajte za radno vrijeme
reader-open-to-all = Otvoreno za sve, bez obzira na vaše papire
reader-for-whom = Za koga
reader-eligibility = Tko može doći
reader-cost = Cijena
reader-free = Besplatno
reader-not-free = Nije besplatno
reader-languages = Jezici
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Može se osigurati prevoditelj.
reader-documents = Što ponijeti
reader-hours = Radno vrijeme
reader-today = Danas
reader-tomorrow = Sutra
reader-closed-day = Zatvoreno
reader-appointment-note = (uz dogovor termina)
reader-where = Gdje
reader-outreach = Gdje ih naći (oni dolaze i do vas)
reader-open-map = Otvori u mojoj aplikaciji za karte
reader-open-web-map = Otvori kartu na openstreetmap.org
reader-contact = Kontakt
reader-call = Nazovi { $phone }
reader-email = Pošalji e-poruku na { $email }
reader-website = Web stranica: { $site }
reader-share = Podijeli
reader-share-copied = Poveznica je kopirana
reader-last-checked = Zadnja provjera: { $date }
reader-listen = Poslušaj
reader-listen-stop = Zaustavi
reader-target-everyone = Svi
reader-target-asylum-seekers-and-refugees = Tražitelji azila i izbjeglice
reader-target-temporary-protection = Osobe pod privremenom zaštitom
reader-target-undocumented-residents = Osobe bez papira
reader-target-women = Žene
reader-target-unaccompanied-minors = Mladi mlađi od 18 godina bez roditelja
reader-target-children = Djeca
reader-target-students = Studenti

## Articles

reader-articles-title = Korisne informacije
reader-articles-below = Više o ovome
reader-breadcrumbs =
    .aria-label = Ovdje ste

## Events

reader-events-title = Događanja
reader-events-later = Kasnije
reader-no-events = Nema događanja u sljedećim tjednima.
reader-event-cancelled = Otkazano
reader-event-when = Kada
reader-event-next-dates = Sljedeći datumi
reader-event-past = Ovo događanje je završilo.
reader-organizer = Organizator
reader-open-to-residents = Svi, i pridošlice i oni koji ovdje žive dugo
reader-add-to-calendar = Dodaj u moj kalendar
reader-register = Prijavi se
reader-online-link = Pridruži se online
reader-subscribe = Primaj gradska događanja u svoj kalendar
reader-feed-link = Preuzmi sva događanja (iCalendar)
reader-events-by-month = Kasnije, mjesec po mjesec
reader-no-later-events = Kasniji događaji još nisu poznati.
reader-events-in-month = { $month } (događaji: { $count })
reader-no-events-month = Ovaj mjesec nema događaja.
reader-events-bad-month = Ova adresa ne navodi mjesec (trebala bi završavati s ?month=2027-01). Evo sljedećih tjedana.
reader-events-known-until = Ovaj telefon zna događaje do { $date }. Kasnije otvorite vodič na internetu da vidite više.
reader-events-coming-weeks = Sljedeća četiri tjedna
reader-events-month-before = Prije: { $month }
reader-events-month-after = Zatim: { $month }
reader-feed-heading = U vašem kalendaru

## Search

reader-search-title = Traži
reader-search-label = Traži u vodiču
reader-search-button = Traži
reader-search-count =
    { $count ->
        [0] Ništa nije pronađeno za „{ $query }”.
        [one] { $count } rezultat za „{ $query }”.
        [few] { $count } rezultata za „{ $query }”.
       *[other] { $count } rezultata za „{ $query }”.
    }
reader-kind-service = Usluga
reader-kind-article = Informacija
reader-kind-event = Događanje

## Print version

reader-print-title = Vodič za ispis
reader-print-heading = Vodič: { $city }
reader-print-date = Ispisano { $date }. Stvari se mijenjaju: provjerite vodič na internetu.
reader-print-button = Ispiši
reader-print-address = Ovaj vodič na internetu, uvijek ažuran:
reader-print-qr = QR kôd: ovaj vodič na internetu
reader-print-other-days = Neka su radna vremena drugim danima (svakih nekoliko tjedana ili jednom mjesečno): pogledajte vodič na internetu.

## Suggest a correction

reader-suggest-link = Predloži ispravak
reader-suggest-title = Predloži ispravak
reader-suggest-about = O čemu:
reader-suggest-privacy = Vaša poruka je anonimna. Ne pitamo vas za ime ni za bilo što o vama.
reader-suggest-topic = Što nije točno?
reader-suggest-message = Što trebamo znati?
reader-suggest-message-hint = Molimo ne pišite svoje ime, broj telefona ni druge osobne podatke.
reader-suggest-send = Pošalji
reader-suggest-need-topic = Odaberite što nije točno.
reader-suggest-need-message = Napišite nekoliko riječi o tome što nije točno.
reader-suggest-sent = Hvala. Urednici vodiča će to provjeriti.
reader-suggest-queued = Hvala. Niste na mreži: poslat će se kad opet budete na mreži.
reader-suggest-refused = Hvala, ali ovo se nije moglo poslati: stranica je možda uklonjena.
reader-back-to-guide = Natrag na vodič

## Status page

status-title = Stanje sinkronizacije
status-connection-label = Veza s poslužiteljem
status-connected = Povezano
status-connecting = Povezivanje…
status-offline = Izvan mreže
status-offline-hint = Niste na mreži. Promjene ostaju na ovom uređaju. Poslat će se kad opet budete na mreži.
status-waiting =
    { $count ->
        [0] Na ovom uređaju ništa ne čeka slanje.
        [1] Jedna promjena spremljena je na ovom uređaju i čeka slanje.
       *[other] Promjene spremljene na ovom uređaju koje čekaju slanje: { $count }.
    }
status-signed-out = Niste prijavljeni
status-signed-out-hint = Samo prijavljeni urednici sinkroniziraju dokumente s poslužiteljem. Za čitanje vodiča ne treba račun.
status-sign-in = Prijavite se za sinkronizaciju

## Not found

not-found-title = Stranica nije pronađena
not-found-body = Na ovoj adresi nema ničega.
not-found-home = Idi na početnu stranicu

## Forms and errors shared by the pages

passphrase-show = Prikaži lozinku
error-offline = Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.
error-server = Nešto nije u redu s poslužiteljem. Pokušajte kasnije.
error-bad-request = Poslužitelj ovo nije prihvatio. Provjerite što ste upisali i pokušajte ponovno.
error-forbidden = Nemate dopuštenje za ovo.
error-unauthenticated = Odjavljeni ste. Prijavite se ponovno za nastavak.
error-unexpected = Nešto nije u redu. Pokušajte ponovno.
error-page-not-loaded = Ova se stranica nije mogla učitati. Provjerite vezu i pokušajte ponovno.
error-too-many-attempts-seconds =
    Previše pokušaja. Pokušajte ponovno za { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekunde
       *[other] { $seconds } sekundi
    }.
error-too-many-attempts-minutes =
    Previše pokušaja. Pokušajte ponovno za { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }.

## Roles

-role-volunteer = Volonter
-role-translator = Prevoditelj
-role-editor = Urednik
-role-group_member = Član grupe
-role-group_moderator = Moderator grupe
-role-city_admin = Administrator grada
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
        [group] { role-name }, grupa „{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } – { $city }
role-label = Uloga
role-group-label = Grupa
role-group-hint = Jedna od arhivskih grupa koje moderirate u ovom gradu.
role-group-missing = Odaberite grupu.
role-group-unknown = Ovaj grad nema grupu arhiva s tim kratkim nazivom.
role-languages-label = Jezici
role-languages-hint = Oznake jezika, odvojene zarezima. Na primjer: ar, uk, fa-AF.
role-languages-missing = Upišite barem jednu oznaku jezika.
role-languages-invalid = Jedna od ovih nije oznaka jezika. Koristite oznake kao ar, uk ili fa-AF.

## Sign-in page

sign-in-title = Prijava
sign-in-intro = Za volontere, urednike, prevoditelje i gradske djelatnike. Za čitanje vodiča ne treba račun.
sign-in-name = Ime
sign-in-passphrase = Lozinka
sign-in-submit = Prijava
sign-in-name-missing = Upišite svoje ime.
sign-in-passphrase-missing = Upišite svoju lozinku.
sign-in-invalid = Ime ili lozinka nisu točni.
sign-in-no-account = Nemate račun? Računi se otvaraju samo uz pozivnicu. Zamolite administratora svog grada za poveznicu.
sign-in-already = Prijavljeni ste kao { $name }.
sign-in-continue = Nastavi
sign-in-account = Vaš račun

## Invitation page

invite-title = Pozivnica
invite-loading = Provjera pozivnice…
invite-not-found = Ova poveznica za pozivnicu ne radi. Možda je već iskorištena ili je istekla. Zamolite osobu koja vas je pozvala za novu.
invite-home = Idi na početnu stranicu
invite-for = Pozvani ste u { $city } s ulogom: { role-grant }.
invite-expires = Ova pozivnica vrijedi do { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Prijavljeni ste kao { $name }. Ako prihvatite ovu pozivnicu, otvara se novi račun i prijavljujete se njime.
invite-name = Vaše ime
invite-name-hint = Ljudi s kojima radite vide ovo ime. Ne mora biti vaše pravo ime: može i nadimak.
invite-name-missing = Odaberite ime.
invite-name-too-long = Ovo je ime predugo: najviše 64 znaka.
invite-name-taken = Ovo je ime već zauzeto. Odaberite drugo.
invite-passphrase = Lozinka
invite-passphrase-hint = Najmanje 10 znakova. Nekoliko riječi koje ne idu zajedno lako je zapamtiti, a teško pogoditi.
invite-passphrase-confirm = Ponovite lozinku
invite-passphrase-too-short = Lozinka je prekratka: najmanje 10 znakova.
invite-passphrase-too-long = Lozinka je preduga: najviše 1024 znaka.
invite-passphrase-mismatch = Dvije lozinke nisu iste.
invite-submit = Otvori moj račun

## Account page

account-title = Vaš račun
account-loading = Učitavanje vašeg računa…
account-not-signed-in = Niste prijavljeni.
account-signed-out = Odjavili ste se.
account-sign-in = Prijava
account-signed-in-as = Prijavljeni ste kao { $name }.
account-offline = Niste na mreži. Ovo je ono što uređaj pamti. Za sesije i odjavu potrebna je veza.
account-roles-title = Vaše uloge
account-no-roles = Još nemate nijednu ulogu.
account-manage-city = Upravljaj: { $city }
account-sessions-title = Gdje ste prijavljeni
account-sessions-loading = Učitavanje…
account-session-current = Ovaj uređaj
account-session-other = Drugi uređaj
account-session-times = Prijava { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, zadnja aktivnost { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Odjava
account-session-ended = Taj je uređaj odjavljen.
account-sign-out-everywhere = Odjava sa svih uređaja
account-sign-out = Odjava

## City administration page

admin-title = Upravljanje gradom
admin-heading = Upravljaj: { $city }
admin-loading = Učitavanje…
admin-offline = Niste na mreži. Za upravljanje gradom potrebna je veza.
admin-not-signed-in = Prijavite se za upravljanje gradom.
admin-sign-in = Prijava
admin-not-admin = Niste administrator za { $city }.
admin-invite-title = Pozovite nekoga
admin-invite-intro = Poveznica za pozivnicu je za jednu osobu. Radi jednom, a tko je otvori, može otvoriti račun. Pošaljite je privatno.
admin-invite-submit = Izradi poveznicu za pozivnicu
admin-invite-created = Poveznica za pozivnicu je izrađena.
admin-invite-link-label = Poveznica za pozivnicu
admin-invite-about = Za ulogu: { role-grant }. Vrijedi do { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Kopiraj poveznicu
admin-invite-share = Podijeli poveznicu
admin-invite-copied = Poveznica je kopirana.
admin-invite-copy-failed = Kopiranje nije uspjelo. Poveznica je označena: kopirajte je sami.
admin-members-title = Članovi
admin-members-none = Još nema članova.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (vi)
       *[no] { $name }
    }
admin-member-revoked = Pristup ukinut
admin-member-no-roles = Bez uloga
admin-member-edit = Promijeni uloge
admin-member-revoke = Ukini pristup
admin-roles-heading = Uloge: { $name }
admin-role-remove = Ukloni
admin-role-add-title = Dodajte ulogu
admin-role-add = Dodaj ulogu
admin-role-duplicate = Ova osoba već ima tu ulogu.
admin-roles-save = Spremi uloge
admin-roles-cancel = Odustani
admin-roles-saved = Uloge su spremljene: { $name }.
admin-revoke-question = Ukinuti pristup za { $name }?
admin-revoke-explain = { $name } bit će odjavljen na svim uređajima i više se neće moći prijaviti.
admin-revoke-confirm = Ukini pristup
admin-revoke-cancel = Odustani
admin-revoked = Pristup je ukinut: { $name }.

## Suggestions queue (editors)

suggestions-title = Prijedlozi čitatelja
suggestions-heading = Prijedlozi za { $city }
suggestions-intro = Čitatelji ih šalju anonimno kad nešto u vodiču nije točno. Provjerite, po potrebi ispravite stavku, a zatim označite prijedlog kao riješen.
suggestions-loading = Učitavanje…
suggestions-not-signed-in = Prijavite se da biste vidjeli prijedloge čitatelja.
suggestions-sign-in = Prijava
suggestions-not-allowed = Prijedloge mogu vidjeti samo urednici i administratori grada { $city }.
suggestions-unknown-city = Ne postoji grad „{ $city }”.
suggestions-show-done = Prikaži i riješene prijedloge
suggestions-list-title = Prijedlozi
suggestions-none-open = Nema otvorenih prijedloga.
suggestions-none = Još nema prijedloga.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = O čemu: { $title }
suggestions-about-unpublished = O stavci koja više nije objavljena
suggestions-about-guide = O vodiču općenito
suggestions-no-message = Čitatelj nije napisao poruku.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Primljeno { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · jezik: { LANGUAGES($language) }
suggestions-resolved = Riješeno { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Označi kao riješeno
suggestions-marked-done = Prijedlog je označen kao riješen.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Zatvoreno je ili više ne postoji
suggestion-topic-hours = Radno vrijeme nije točno
suggestion-topic-address = Adresa nije točna
suggestion-topic-contact = Broj telefona ili drugi kontakt nije točan
suggestion-topic-translation = Prijevod nije točan ili nedostaje
suggestion-topic-other = Nešto drugo

## Editing app

editor-page-title = Uređivanje vodiča
editor-title = Uređivanje: { $city }
editor-signed-out = Prijavite se da biste uređivali vodič.
editor-progress = Dokumenti na ovom uređaju: { $loaded } od { $total }
editor-filter = Filtriraj
editor-events = Događanja
editor-services = Usluge
editor-new-event = Novo događanje
editor-back = Natrag na popis
editor-untitled = (još bez naslova)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Spremljeno na ovom uređaju. Niste na mreži.
        [one] Spremljeno na ovom uređaju. { $count } promjena čeka na slanje.
        [few] Spremljeno na ovom uređaju. { $count } promjene čekaju na slanje.
       *[other] Spremljeno na ovom uređaju. { $count } promjena čeka na slanje.
    }
editor-sync-sending =
    { $count ->
        [one] Šalje se { $count } promjena…
        [few] Šalju se { $count } promjene…
       *[other] Šalje se { $count } promjena…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Sinkronizirano { $ago }
editor-sync-sent =
    { $count ->
        [1] Poslana je jedna promjena. Sinkronizirano { $ago }
       *[other] Poslane promjene: { $count }. Sinkronizirano { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Vaša je sesija istekla. Prijavite se ponovno da biste nastavili sinkronizaciju.
        [one] Vaša je sesija istekla. Na ovom uređaju spremljena je { $count } promjena: prijavite se ponovno da biste je poslali.
        [few] Vaša je sesija istekla. Na ovom uređaju spremljene su { $count } promjene: prijavite se ponovno da biste ih poslali.
       *[other] Vaša je sesija istekla. Na ovom uređaju spremljeno je { $count } promjena: prijavite se ponovno da biste ih poslali.
    }
editor-sync-sign-in = Prijavite se ponovno
editor-hint-plain = Pišite kratke rečenice. Jedna misao u jednoj rečenici. Koristite poznate riječi.
editor-hint-title = Recite što je to, u nekoliko riječi. Na primjer: Jezični kafić.
editor-minor-edit = Mali ispravak (pravopis, tipfeler): prijevodi ostaju ažurni
editor-conflict =
    { $count ->
        [one] Dvije osobe promijenile su ovo u isto vrijeme. Odaberite točnu vrijednost:
        [few] Više osoba promijenilo je ovo u isto vrijeme (vrijednosti: { $count }). Odaberite točnu:
       *[other] Više osoba promijenilo je ovo u isto vrijeme (vrijednosti: { $count }). Odaberite točnu:
    }
editor-conflict-keep = Zadrži „{ $value }”
editor-event-title = Naslov
editor-event-description = Opis
editor-event-type = Vrsta događanja
editor-event-type-workshop = Radionica
editor-event-type-language-cafe = Jezični kafić
editor-event-type-festival = Festival
editor-event-type-commemoration = Komemoracija
editor-event-type-job-fair = Sajam poslova
editor-event-type-sport = Sport
editor-event-type-information-session = Informativni sastanak
editor-event-type-other = Ostalo
editor-event-start = Početak
editor-event-end = Završetak
editor-event-place = Mjesto
editor-place-name = Naziv mjesta
editor-place-street = Ulica i kućni broj
editor-place-postal-code = Poštanski broj
editor-place-locality = Grad
editor-event-organizer = Organizator
editor-event-free = Besplatno
editor-event-cancelled = Cijelo događanje je otkazano
editor-repeat = Ponavljanje
editor-repeat-kind = Koliko često
editor-repeat-none = Ne ponavlja se
editor-repeat-weekly = Svaki tjedan
editor-repeat-monthly = Svaki mjesec
editor-repeat-custom = Drugo pravilo (RRULE)
editor-repeat-days =
    .aria-label = Ovim danima
editor-repeat-nth = Koji po redu
editor-repeat-weekday = Dan
editor-repeat-until = Do (nije obavezno)
editor-repeat-rule = Pravilo
editor-nth-1 = Prvi
editor-nth-2 = Drugi
editor-nth-3 = Treći
editor-nth-4 = Četvrti
editor-nth-last = Zadnji
editor-weekday-mo = Ponedjeljak
editor-weekday-tu = Utorak
editor-weekday-we = Srijeda
editor-weekday-th = Četvrtak
editor-weekday-fr = Petak
editor-weekday-sa = Subota
editor-weekday-su = Nedjelja
editor-cancelled-dates = Otkazani datumi
editor-cancel-date-label = Otkaži jedan datum
editor-cancel-date = Otkaži ovaj datum
editor-restore-date = Vrati datum: { $date }
editor-quick-hint = Radi bez interneta. Događanje će se poslati kad opet budete na mreži.
editor-quick-date = Datum
editor-quick-start = Vrijeme početka
editor-quick-end = Vrijeme završetka
editor-quick-save = Spremi događanje
editor-quick-missing = Ispunite naslov, datum i vrijeme početka i završetka.
editor-service-name = Naziv
editor-service-description = Što je to
editor-service-eligibility = Tko može doći
editor-service-documents = Što ponijeti
editor-service-status = Stanje
editor-service-status-active = Otvoreno
editor-service-status-temporarily-closed = Privremeno zatvoreno
editor-service-status-closed = Trajno zatvoreno
editor-service-organization = Organizacija koja ga vodi
editor-service-categories = Kategorije
editor-service-target-groups = Za koga je
editor-service-open-to-all = Otvoreno za sve, bez obzira na dokumente
editor-service-fee = Cijena, ako nije besplatno
editor-service-languages = Jezici kojima govori osoblje
editor-service-language-other = Drugi jezik
editor-service-language-hint = Kod jezika, na primjer ti, prs ili pt-BR.
editor-service-language-add = Dodaj jezik
editor-service-language-invalid = Ovo nije kod jezika. Napišite kod poput ti, prs ili pt-BR.
editor-service-contacts = Kontakt
editor-service-phones = Telefonski brojevi
editor-service-phone = Telefonski broj { $number }
editor-service-phone-new = Novi telefonski broj
editor-service-phone-add = Dodaj broj
editor-service-phone-remove = Ukloni { $phone }
editor-service-phone-invalid = Napišite telefonski broj: samo znamenke, razmaci i +. Na primjer +32 4 123 45 67.
editor-service-email = E-pošta
editor-service-email-invalid = Ovo nije adresa e-pošte. Na primjer: info@example.org
editor-service-website = Web-stranica
editor-service-website-invalid = Napišite cijelu adresu, koja počinje s https://
editor-service-verified = Zadnja provjera
editor-service-verified-never = Nitko još nije provjerio ovu uslugu.
editor-service-verified-value = Provjerio/la { $name }, { $date }
editor-service-verify = Provjereno danas
editor-service-locations = Mjesta
editor-service-location = Mjesto { $number }
editor-service-location-none = Još nema mjesta.
editor-service-location-add = Dodaj mjesto
editor-service-location-remove = Ukloni ovo mjesto
editor-location-region = Regija
editor-location-country = Država (dva slova, na primjer BE)
editor-location-country-invalid = Napišite dvoslovni kod države, na primjer BE.
editor-location-latitude = Geografska širina (neobavezno)
editor-location-longitude = Geografska dužina (neobavezno)
editor-location-latitude-invalid = Napišite broj od -90 do 90, na primjer 50.63.
editor-location-longitude-invalid = Napišite broj od -180 do 180, na primjer 5.57.
editor-location-outreach = Dolaze i do ljudi (mobilna ili terenska služba)
editor-service-schedules = Radno vrijeme
editor-schedule = Radno vrijeme { $number }
editor-schedule-none = Još nema radnog vremena.
editor-schedule-add = Dodaj radno vrijeme
editor-schedule-remove = Ukloni ovo radno vrijeme
editor-schedule-days = Dani
editor-schedule-rule-hint = Samo za ono što dani ne mogu reći, na primjer FREQ=MONTHLY;BYDAY=1TU za prvi utorak u mjesecu. Ostavite prazno za korištenje dana.
editor-schedule-rule-invalid = Ovo se pravilo ne može koristiti. Napišite pravilo poput FREQ=WEEKLY;BYDAY=MO,TU, bez „RRULE:”.
editor-schedule-opens = Otvara u
editor-schedule-closes = Zatvara u
editor-schedule-overnight = Zatvara sljedeći dan (otvoreno nakon ponoći)
editor-schedule-times-invalid = Vrijeme zatvaranja mora biti nakon vremena otvaranja. Za sate nakon ponoći označite „Zatvara sljedeći dan”.
editor-schedule-valid-from = Od (neobavezno)
editor-schedule-valid-to = Do (neobavezno)
editor-schedule-valid-invalid = Datum završetka ne smije biti prije datuma početka.
editor-schedule-closed-dates = Zatvoreno
editor-schedule-closed-date-label = Dan kada je zatvoreno
editor-schedule-closed-date-add = Dodaj neradni dan
editor-schedule-closed-date-remove = Ponovno otvoreno { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, uz dogovor
editor-schedule-no-days = Nije odabran nijedan dan
editor-schedule-no-hours = još nema sati
editor-new-service = Nova usluga
editor-new-service-hint = Počnite s nazivom. Ostalo ispunjavate na sljedećem zaslonu. Radi bez interneta.
editor-new-service-create = Stvori uslugu
editor-new-service-missing = Napišite naziv usluge.
editor-publishing = Objavljivanje
editor-publish-hint = Čitatelji vide samo objavljenu verziju. Vaše kasnije promjene ostaju skice dok ponovno ne objavite.
editor-publish = Objavi ovu verziju
editor-unpublish = Povuci objavu
editor-published = Objavljeno. Čitatelji sada vide ovu verziju.
editor-draft-badge = Neobjavljeni nacrt
editor-publication-published = Objavljeno: čitatelji vide ovu verziju.
editor-publication-draft = Neobjavljeni nacrt: čitatelji vide posljednju objavljenu verziju dok se ova ne objavi.
editor-publication-unpublished = Neobjavljeni nacrt: čitatelji ne vide ovu stavku dok se ne objavi.
editor-unpublished = Objava je povučena. Čitatelji to više ne vide.
editor-publish-not-synced = Poslužitelj još nema ovu verziju. Pričekajte sinkronizaciju, a zatim objavite.
editor-publish-offline = Niste na mreži. Objavite kad opet budete na mreži.
editor-publish-not-publishable = Nije objavljeno: ova verzija još nije cjelovita stavka. Pričekajte sinkronizaciju, provjerite polja, a zatim ponovno objavite.
editor-publish-invalid-content = Nije objavljeno: najprije ispravite { $field }.
editor-publish-link-invalid = Poveznica mora voditi na stranicu ove web-stranice (počinje jednom /) ili na punu adresu koja počinje s https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Pregled: što će čitatelji vidjeti
editor-preview-hint = Verzija koju čitatelji sada vide, usporedno s vašom skicom. Objavite kako bi čitatelji vidjeli skicu.
editor-preview-not-published = Još nije objavljeno: čitatelji ne vide ništa. Nakon objave vidjet će ovo:
# $when: the date and time of publishing.
editor-preview-same = Čitatelji vide upravo ovu verziju (objavljeno: { $when }).
editor-preview-changed =
    { $count ->
        [one] { $count } polje razlikuje se od onoga što čitatelji vide (objavljeno: { $when }):
        [few] { $count } polja razlikuju se od onoga što čitatelji vide (objavljeno: { $when }):
       *[other] { $count } polja razlikuje se od onoga što čitatelji vide (objavljeno: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] { $count } polje nepromijenjeno
        [few] { $count } polja nepromijenjena
       *[other] { $count } polja nepromijenjeno
    }
editor-preview-unknown = Jednom se spojite na internet da biste vidjeli što čitatelji vide.
editor-preview-unavailable = Ovaj uređaj još nema objavljenu verziju. Pričekajte sinkronizaciju.
# Read out by screen readers before removed and added words.
editor-diff-removed = Uklonjeno:
editor-diff-added = Dodano:
# The history of an item: who changed which field, and when.
editor-history = Povijest
editor-history-hint = Tko je što promijenio i kada. Možete vratiti raniju vrijednost.
editor-history-none = Još nema promjena.
editor-history-unknown-author = Uvezeno
# $field: the technical name of a field that has no label here.
editor-history-other-field = Drugi podatak ({ $field })
editor-history-restore = Vrati ovu vrijednost
editor-history-current = Ovo je trenutačna vrijednost.
editor-history-empty = (prazno)
editor-history-yes = Da
editor-history-no = Ne
editor-history-field-order = Mjesto na popisu članaka
editor-translate-link = Prevedi
editor-suggestions-link = Prijedlozi čitatelja
editor-suggestions-open = Otvoreno: { $count }
editor-translate-title = Prijevodi
editor-translate-no-languages = U ovom gradu nemate jezik na koji biste prevodili.
editor-translate-language = Prevedi na
editor-translate-status = Prikaži
editor-translate-all = Sve
editor-translate-back = Natrag na prijevode
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: ažurno { $done } od { $total }
editor-status-missing = Nedostaje
editor-status-outdated = Zastarjelo
editor-status-machine = Strojni prijevod
editor-status-up-to-date = Ažurno
editor-status-incomplete = Djelomično prevedeno
editor-translate-source-changed = Izvornik se promijenio otkako je napravljen ovaj prijevod. Promjene su označene iznad svakog polja.
editor-translate-source-changed-unknown = Izvornik se promijenio otkako je napravljen ovaj prijevod. Ovaj uređaj ne može prikazati što se promijenilo: usporedite svaki tekst s izvornikom.
editor-translate-what-changed = Promijenjeno u izvorniku:
editor-translate-finish = Završetak
editor-translate-left = Tekstova još za prevesti: { $count }
editor-translate-all-translated = Svi su tekstovi prevedeni. Provjerite ih prema izvorniku, zatim označite prijevod kao gotov.
editor-translate-done = Označi kao gotovo
editor-translate-not-done = Najprije prevedite sve tekstove. Još praznih: { $count }
editor-translate-marked-done = Označeno kao gotovo. Spremljeno je na ovom uređaju i ide na poslužitelj s vašim ostalim promjenama.
editor-translate-publish = Objavi prijevod
editor-translate-publish-hint = Čitatelji vide prijevod kad se objavi, uz inačicu stavke koju sada vide.
editor-translate-editor-publishes = Čitatelji vide prijevod kad ga urednik objavi.
editor-translate-publish-not-done = Najprije označite prijevod kao gotov.
editor-translate-item-unpublished = Sama stavka još nije objavljena. Čitatelji će vidjeti prijevod kad bude.
editor-translate-published = Objavljeno. Čitatelji sada vide ovaj prijevod.
editor-field-name = Naziv
editor-field-title = Naslov
editor-field-description = Opis
editor-field-body = Tekst
editor-field-eligibility = Tko može doći
editor-field-documents_needed = Što ponijeti
editor-field-fee = Cijena
editor-field-accessibility = Pristupačnost
editor-field-notes = Napomene o radnom vremenu

## Guide articles and city settings

editor-new-article = Novi članak
editor-settings-link = Postavke grada
editor-articles = Članci vodiča
editor-move-up = Pomakni gore
    .aria-label = Pomakni gore: { $title }
editor-move-down = Pomakni dolje
    .aria-label = Pomakni dolje: { $title }
editor-article-title = Naslov
editor-article-body = Tekst
editor-article-markdown-hint = Oblikovanje: prazan redak između odlomaka; „## ” na početku retka za naslov; „- ” ili „1. ” za popis; poveznica se piše [riječi](https://example.org).
editor-article-parent = Nalazi se ispod
editor-article-top-level = Najviša razina (ispod nijednog članka)
editor-article-notice = Obavijest na početnoj stranici do (neobavezno)
editor-article-notice-hint = Do tog datuma početna stranica vodiča prikazuje članak kao obavijest grada. Ostavite prazno za običan članak.
editor-hint-title-article = Recite o čemu se radi, u nekoliko riječi. Na primjer: Vaši prvi dani.
editor-article-create = Izradi članak
editor-article-title-missing = Najprije napišite naslov.
editor-article-cannot-create = Samo urednici mogu dodavati članke.
editor-settings-title = Postavke grada
editor-settings-live = Promjene ovdje čitatelji vide odmah. Nema koraka objave.
editor-settings-read-only = Ne možete mijenjati postavke grada. To mogu samo urednici.
editor-categories = Kategorije
editor-categories-hint = Čitatelji vide kategorije ovim redoslijedom. Gdje je naziv prazan, vide naziv na zamjenskom jeziku.
editor-category-icon = Ikona
editor-category-name = Naziv na jeziku { $language } ({ $tag })
editor-category-add-title = Nova kategorija
editor-category-add-name = Naziv na jeziku { $language }
editor-category-add = Dodaj kategoriju
editor-category-name-missing = Najprije napišite naziv kategorije.
editor-category-remove-question = Ukloniti „{ $name }”? Usluge koje je koriste: { $count }.
editor-remove = Ukloni
    .aria-label = Ukloni: { $name }
editor-remove-confirm = Da, ukloni „{ $name }”
editor-remove-cancel = Odustani
editor-icon-heart = Srce
editor-icon-house = Kuća
editor-icon-scales = Vaga
editor-icon-briefcase = Aktovka
editor-icon-book = Knjiga
editor-icon-family = Obitelj
editor-icon-bowl = Zdjela
editor-icon-people = Ljudi
editor-icon-woman = Žena
editor-icon-star = Zvijezda
editor-icon-search = Povećalo
editor-icon-calendar = Kalendar
editor-icon-clock = Sat
editor-icon-pin = Oznaka na karti
editor-icon-phone = Telefon
editor-icon-share = Podijeli
editor-icon-print = Pisač
editor-icon-speaker = Zvučnik
editor-icon-article = Dokument
editor-icon-offline = Nema veze
editor-icon-check = Kvačica
editor-icon-flag = Zastava
editor-languages = Jezici
editor-languages-hint = Jezici koje čitatelji mogu odabrati. Tekst koji još nije preveden prikazuje se na zamjenskom jeziku.
editor-language-direction = Smjer pisanja
editor-direction-ltr = S lijeva na desno
editor-direction-rtl = S desna na lijevo
editor-language-source = Izvorni jezik: sadržaji se najprije pišu na njemu.
editor-language-fallback = Zamjenski jezik
editor-language-fallback-hint = Što čitatelji ovog jezika vide kad tekst još nije preveden.
editor-language-no-fallback = Nijedan
editor-language-fallback-cycle = To stvara petlju: taj jezik već kao zamjenu ima ovaj. Odaberite drugi.
editor-language-remove-question = Ukloniti { $language }? Njegovi čitatelji odabrat će drugi jezik. Prijevodi ostaju spremljeni.
editor-language-add-title = Novi jezik
editor-language-add-tag = Oznaka jezika (BCP 47)
editor-language-add-hint = Na primjer: ti (tigrinja), pt-BR (brazilski portugalski).
editor-language-add = Dodaj jezik
editor-language-invalid = „{ $tag }” nije oznaka jezika. Napišite oznaku poput ti ili pt-BR.
editor-language-present = Grad već nudi { $language }.

## The multivoiced archive

reader-archive-title = Glasovi dolaska
reader-archive-intro = Priče ljudi koji su došli u ovaj grad, njihovim riječima. Svaki glas je njihov; nijedan nije službena verzija.
reader-archive-link = Pročitajte glasove dolaska
reader-archive-empty = Ovdje još ništa nije objavljeno.
reader-archive-unavailable = Glasove nije bilo moguće učitati. Pokušajte kasnije.
reader-archive-offline = Niste povezani. Za glasove dolaska potrebna je veza.
reader-archive-anonymous = Anonimno
reader-archive-speaks-about = Govori o:
reader-archive-translated = Prevela grupa, izvorni jezik: { $language }
reader-archive-in-language = Jezik: { $language }
reader-archive-original = Prikaži izvorne riječi
reader-archive-recording =
    .aria-label = Snimka ovog glasa
archive-page-title = Arhiv
archive-title = Arhiv grupe { $group }
archive-open = Otvori arhiv
archive-not-member = Niste član ove arhivske grupe.
archive-intro = Priče o dolasku koje je grupa napisala i snimila. Svaki glas ostaje svoga autora: samo on odlučuje tko ga vidi i kako ga se imenuje.
archive-entries = Priče
archive-no-entries = Još nema priča.
archive-voice-count =
    { $count ->
        [one] { $count } glas
        [few] { $count } glasa
       *[other] { $count } glasova
    }
archive-state-published = Objavljeno
archive-state-unpublished = Nije objavljeno
archive-theme = Tema
archive-guide-links = Stranice vodiča o kojima govori
archive-theme-arrival = Dolazak
archive-theme-first-contact-with-services = Prvi susret sa službama
archive-theme-housing = Stanovanje
archive-theme-work = Posao
archive-theme-family = Obitelj
archive-theme-belonging = Pripadnost
archive-theme-the-future = Budućnost
archive-theme-other = Drugo
archive-entry-title = Naslov
archive-entry-title-missing = Napišite naslov.
archive-cities = Gradovi o kojima govori
archive-cities-hint = Nakon objave mogu je čitati čitatelji vodiča tih gradova.
archive-new-entry = Nova priča
archive-new-entry-create = Stvori priču
archive-back = Natrag na arhiv
archive-entry-missing = Ova priča još nije na ovom uređaju. Ako je upravo stvorena, pričekajte da se sinkronizira.
archive-voices = Glasovi
archive-no-voices = Još nema glasa.
archive-add-voice = Dodaj moj glas
archive-add-voice-hint = Pišite svojim riječima, snimite se, ili oboje. Odmah se sprema na ovaj uređaj i šalje kad ste povezani.
archive-voice-language = Jezik kojim govorite
archive-add-voice-create = Dodaj moj glas
archive-voice-yours = Vaš glas
archive-voice-of = Glas: { $name }
archive-voice-unknown = Jedan glas grupe
archive-voice-in = Jezik: { $language }
archive-voice-text = Riječi
archive-voice-text-hint = Ono što je napisano, ili prijepis snimke.
archive-recording = Snimka
archive-record = Snimaj
archive-record-stop = Zaustavi
archive-record-discard = Odbaci snimku
archive-record-play =
    .aria-label = Preslušaj snimku
archive-recording-none = Nema snimke.
archive-recording-recording = Snimanje…
archive-recording-waiting = Snimljeno, čeka slanje. Do tada ostaje na ovom uređaju.
archive-recording-uploaded = Poslano.
archive-recording-refused-too-large = Ova je snimka prevelika: arhiva prima do 25 MB. Snimite kraću ili odaberite manju datoteku.
archive-recording-refused-wrong-type = Arhiva ne prima ovu datoteku: samo WebM ili Ogg zvuk.
archive-audio-file = Ili odaberite zvučnu datoteku s ovog uređaja
archive-audio-file-hint = WebM ili Ogg zvuk, do 25 MB. Naslov i ostale oznake uklanjaju se pri slanju.
archive-recording-no-microphone = Nije bilo moguće koristiti mikrofon. Dopustite ovoj stranici korištenje mikrofona, ili napišite svoje riječi.
archive-photo = Fotografija
archive-photo-choose = Dodajte fotografiju
archive-photo-hint = JPEG, PNG ili WebP, do 10 MB. Lokacija (GPS) i podaci fotoaparata uklanjaju se pri slanju.
archive-photo-description = Što fotografija prikazuje (za one koji je ne mogu vidjeti)
archive-photo-remove = Uklonite fotografiju
archive-photo-none = Nema fotografije.
archive-photo-waiting = Čeka na slanje. Do tada ostaje na ovom uređaju.
archive-photo-uploaded = Poslano, bez lokacije i podataka fotoaparata.
archive-photo-refused-too-large = Ova je fotografija prevelika: arhiva prima fotografije do 10 MB.
archive-photo-refused-wrong-type = Arhiva ne prima ovu datoteku: samo JPEG, PNG ili WebP fotografije.
archive-translations = Prijevodi
archive-translation-language = Prevedi na
archive-translation-add = Dodaj prijevod
archive-translation-text = Prijevod, jezik: { $language }, preveo/la { $by }
archive-translation-text-own = Prijevod na { $language }, autor/ica glasa
archive-consent-title = Vaš pristanak
archive-consent-unavailable = Tko vidi vaš glas moći ćete odabrati kad stigne na poslužitelj (kad ste povezani). Do tada ga vidi samo grupa, bez vašeg imena.
archive-consent-visibility = Tko smije vidjeti vaš glas
archive-visibility-group = Samo grupa
archive-visibility-city-editors = Grupa i urednici grada
archive-visibility-public = Svi, kad moderator objavi priču
archive-consent-naming = Kako vas se imenuje
archive-naming-name = Mojim imenom ({ $name })
archive-naming-pseudonym = Pseudonimom
archive-naming-anonymous = Nikako (anonimno)
archive-pseudonym = Pseudonim
archive-pseudonym-missing = Napišite pseudonim kojim želite biti imenovani.
archive-consent-save = Spremi moj izbor
archive-consent-saving = Spremanje…
archive-consent-saved = Spremljeno.
archive-consent-offline = Nije spremljeno: niste povezani. Pokušajte ponovno kad budete povezani.
archive-consent-withdrawn = Ovaj glas je povučen.
archive-consent-failed = Nije spremljeno. Pokušajte kasnije.
archive-withdraw = Povuci moj glas
archive-withdraw-explained = Povlačenjem glasa on nestaje zauvijek: nitko u grupi, nijedan urednik i nijedan čitatelj ga više neće vidjeti, a poslužitelj ga briše. Ne može se vratiti.
archive-withdraw-cannot-undo = Ne može vratiti kopije koje su drugi već preuzeli, spremili ili ispisali dok im je bio prikazan.
archive-withdraw-confirm = Povuci ga zauvijek
archive-withdraw-cancel = Zadrži moj glas
archive-publish = Objavi priču
archive-unpublish = Poništi objavu
archive-publish-hint = Čitatelji vide samo glasove čiji su autori odabrali „svi”, imenovane kako je svatko odabrao.
archive-published = Objavljeno. Čitatelji sada vide glasove podijeljene s javnošću.
archive-unpublished = Objava poništena. Čitatelji je više ne vide.
archive-publish-refused = Nije objavljeno: nijedan autor još nije podijelio svoj glas s javnošću (ili priča nema naslov).
archive-publish-not-synced = Poslužitelj još nema ovu priču. Pričekajte da se sinkronizira, zatim objavite.
archive-publish-failed = Nije objavljeno. Pokušajte kasnije.
archive-export = Preuzmi arhiv grupe
archive-export-hint = Zip datoteka s riječima svakog glasa (Markdown), snimkama i popisom unosa, glasova, jezika i pristanaka. Povučeni glasovi nikad nisu u njoj; anonimni glas u njoj nema imena. Dijelite je samo onako kako pristanak svakog glasa dopušta.

## Dates
date-month =
    { $month ->
     [jan] siječnja
     [feb] veljače
     [mar] ožujka
     [apr] travnja
     [may] svibnja
     [jun] lipnja
     [jul] srpnja
     [aug] kolovoza
     [sep] rujna
     [oct] listopada
     [nov] studenoga
    *[dec] prosinca
    }
date-month-alone =
    { $month ->
     [jan] siječanj
     [feb] veljača
     [mar] ožujak
     [apr] travanj
     [may] svibanj
     [jun] lipanj
     [jul] srpanj
     [aug] kolovoz
     [sep] rujan
     [oct] listopad
     [nov] studeni
    *[dec] prosinac
    }
date-weekday =
    { $weekday ->
     [mon] ponedjeljak
     [tue] utorak
     [wed] srijeda
     [thu] četvrtak
     [fri] petak
     [sat] subota
    *[sun] nedjelja
    }
date-day = { $weekday }, { $day }. { $month }
date-full = { $day }. { $month } { $year }.
date-month-year = { $month } { $year }.
date-day-time = { $day } u { $time }
date-list-separator = { ", " }
date-just-now = ova minuta
date-minutes-ago =
    { $count ->
     [few] prije { $count } minute
     [one] prije { $count } minutu
    *[other] prije { $count } minuta
    }
date-hours-ago =
    { $count ->
     [few] prije { $count } sata
     [one] prije { $count } sat
    *[other] prije { $count } sati
    }
date-days-ago =
    { $count ->
     [1] jučer
     [few] prije { $count } dana
     [one] prije { $count } dan
    *[other] prije { $count } dana
    }
