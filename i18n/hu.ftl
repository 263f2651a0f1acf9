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
nav-home = Kezdőlap
nav-status = Szinkronizálás állapota
nav-sign-in = Bejelentkezés
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = A fiókod: { $name }
page-title = { $page } · { app-name }
language-label = Nyelv

## Home page

home-title = Üdvözöl a { app-name }
home-status-link = A szinkronizálás állapota

## Status page

status-title = Szinkronizálás állapota
status-connection-label = Kapcsolat a szerverrel
status-connected = Kapcsolódva
status-connecting = Kapcsolódás…
status-offline = Nincs kapcsolat
status-offline-hint = Nincs internetkapcsolat. A változtatások ezen az eszközön maradnak. Akkor küldjük el őket, amikor újra van kapcsolat.
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
role-group-hint = Az archívumcsoport rövid neve, ahogy a városodban beállították: kisbetűk, számjegyek és kötőjelek.
role-group-missing = Írd be a csoport nevét.
role-group-invalid = A csoport rövid nevét add meg: kisbetűk, számjegyek és kötőjelek. Például: women-voices.
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
