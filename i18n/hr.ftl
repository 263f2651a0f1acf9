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
nav-home = Početna
nav-status = Stanje sinkronizacije
nav-sign-in = Prijava
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Vaš račun: { $name }
page-title = { $page } · { app-name }
language-label = Jezik

## Home page

home-title = Dobro došli u { app-name }
home-status-link = Pogledajte stanje sinkronizacije

## Status page

status-title = Stanje sinkronizacije
status-connection-label = Veza s poslužiteljem
status-connected = Povezano
status-connecting = Povezivanje…
status-offline = Izvan mreže
status-offline-hint = Niste na mreži. Promjene ostaju na ovom uređaju. Poslat će se kad opet budete na mreži.
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
role-group-hint = Kratki naziv grupe arhiva, kako je postavljen za vaš grad: mala slova, brojke i crtice.
role-group-missing = Upišite naziv grupe.
role-group-invalid = Upišite kratki naziv grupe: mala slova, brojke i crtice. Na primjer: women-voices.
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
