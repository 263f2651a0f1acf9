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
nav-home = Acasă
nav-status = Starea sincronizării
nav-sign-in = Autentificare
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Contul tău: { $name }
page-title = { $page } · { app-name }
language-label = Limba

## Home page

home-title = Bine ai venit la { app-name }
home-status-link = Vezi starea sincronizării

## Status page

status-title = Starea sincronizării
status-connection-label = Conexiunea cu serverul
status-connected = Conectat
status-connecting = Se conectează…
status-offline = Fără conexiune
status-offline-hint = Nu ai conexiune. Modificările rămân pe acest dispozitiv. Se trimit când ai din nou conexiune.
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
role-group-hint = Numele scurt al grupului de arhivă, așa cum a fost creat pentru orașul tău: litere mici, cifre și cratime.
role-group-missing = Scrie numele grupului.
role-group-invalid = Folosește numele scurt al grupului: litere mici, cifre și cratime. De exemplu: women-voices.
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
