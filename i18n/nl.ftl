# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Dutch, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Lokale gidsen voor nieuwkomers, samen geschreven, ook zonder internet te lezen.
skip-to-content = Naar de inhoud
nav-main =
    .aria-label = Hoofdmenu
nav-home = Start
nav-status = Status van synchronisatie
nav-sign-in = Inloggen
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Je account: { $name }
page-title = { $page } · { app-name }
language-label = Taal

## Home page

home-title = Welkom bij { app-name }
home-status-link = Bekijk de status van synchronisatie

## Status page

status-title = Status van synchronisatie
status-connection-label = Verbinding met de server
status-connected = Verbonden
status-connecting = Verbinden…
status-offline = Offline
status-offline-hint = Je bent offline. Wijzigingen blijven op dit apparaat. Ze worden verstuurd als je weer online bent.
status-signed-out = Niet ingelogd
status-signed-out-hint = Alleen ingelogde redacteuren synchroniseren documenten met de server. Om de gids te lezen heb je geen account nodig.
status-sign-in = Log in om te synchroniseren

## Not found

not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat niets.
not-found-home = Naar de startpagina

## Forms and errors shared by the pages

passphrase-show = Wachtwoord tonen
error-offline = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
error-server = Er ging iets mis op de server. Probeer het later opnieuw.
error-bad-request = De server accepteerde dit niet. Controleer wat je hebt ingevuld en probeer het opnieuw.
error-forbidden = Je mag dit niet doen.
error-unauthenticated = Je bent uitgelogd. Log opnieuw in om verder te gaan.
error-unexpected = Er ging iets mis. Probeer het opnieuw.
error-page-not-loaded = Deze pagina kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.
error-too-many-attempts-seconds =
    Te veel pogingen. Probeer het opnieuw over { $seconds ->
        [one] één seconde
       *[other] { $seconds } seconden
    }.
error-too-many-attempts-minutes =
    Te veel pogingen. Probeer het opnieuw over { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    }.

## Roles

-role-volunteer = Vrijwilliger
-role-translator = Vertaler
-role-editor = Redacteur
-role-group_member = Groepslid
-role-group_moderator = Groepsmoderator
-role-city_admin = Beheerder van de stad
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
        [group] { role-name }, groep ‘{ $group }’
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } in { $city }
role-label = Rol
role-group-label = Groep
role-group-hint = De korte naam van de archiefgroep, zoals die voor je stad is ingesteld: kleine letters, cijfers en streepjes.
role-group-missing = Vul de naam van de groep in.
role-group-invalid = Gebruik de korte naam van de groep: kleine letters, cijfers en streepjes. Bijvoorbeeld: women-voices.
role-group-unknown = Deze stad heeft geen archiefgroep met die korte naam.
role-languages-label = Talen
role-languages-hint = Taalcodes, gescheiden door komma’s. Bijvoorbeeld: ar, uk, fa-AF.
role-languages-missing = Vul minstens één taalcode in.
role-languages-invalid = Een hiervan is geen taalcode. Gebruik codes zoals ar, uk of fa-AF.

## Sign-in page

sign-in-title = Inloggen
sign-in-intro = Voor vrijwilligers, redacteuren, vertalers en medewerkers van de stad. Om de gids te lezen heb je geen account nodig.
sign-in-name = Naam
sign-in-passphrase = Wachtwoord
sign-in-submit = Inloggen
sign-in-name-missing = Vul je naam in.
sign-in-passphrase-missing = Vul je wachtwoord in.
sign-in-invalid = De naam of het wachtwoord is fout.
sign-in-no-account = Geen account? Accounts krijg je alleen met een uitnodiging. Vraag de beheerder van je stad om een link.
sign-in-already = Je bent ingelogd als { $name }.
sign-in-continue = Verder
sign-in-account = Je account

## Invitation page

invite-title = Uitnodiging
invite-loading = Uitnodiging controleren…
invite-not-found = Deze uitnodigingslink werkt niet. Misschien is hij al gebruikt of verlopen. Vraag de persoon die je uitnodigde om een nieuwe.
invite-home = Naar de startpagina
invite-for = Je bent uitgenodigd voor { $city } met de rol: { role-grant }.
invite-expires = Deze uitnodiging is geldig tot { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Je bent ingelogd als { $name }. Als je deze uitnodiging aanneemt, maak je een nieuw account en log je daarmee in.
invite-name = Je naam
invite-name-hint = De mensen met wie je werkt zien deze naam. Het hoeft niet je echte naam te zijn: een schuilnaam mag ook.
invite-name-missing = Kies een naam.
invite-name-too-long = Deze naam is te lang: hoogstens 64 tekens.
invite-name-taken = Deze naam is al in gebruik. Kies een andere.
invite-passphrase = Wachtwoord
invite-passphrase-hint = Minstens 10 tekens. Een paar woorden die niet bij elkaar horen zijn makkelijk te onthouden en moeilijk te raden.
invite-passphrase-confirm = Wachtwoord nog een keer
invite-passphrase-too-short = Het wachtwoord is te kort: minstens 10 tekens.
invite-passphrase-too-long = Het wachtwoord is te lang: hoogstens 1024 tekens.
invite-passphrase-mismatch = De twee wachtwoorden zijn niet gelijk.
invite-submit = Mijn account maken

## Account page

account-title = Je account
account-loading = Je account laden…
account-not-signed-in = Je bent niet ingelogd.
account-signed-out = Je bent uitgelogd.
account-sign-in = Inloggen
account-signed-in-as = Je bent ingelogd als { $name }.
account-offline = Je bent offline. Dit is wat het apparaat onthoudt. Voor sessies en uitloggen heb je verbinding nodig.
account-roles-title = Je rollen
account-no-roles = Je hebt nog geen rollen.
account-manage-city = { $city } beheren
account-sessions-title = Waar je bent ingelogd
account-sessions-loading = Laden…
account-session-current = Dit apparaat
account-session-other = Ander apparaat
account-session-times = Ingelogd op { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, laatst actief op { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Uitloggen
account-session-ended = Dat apparaat is uitgelogd.
account-sign-out-everywhere = Overal uitloggen
account-sign-out = Uitloggen

## City administration page

admin-title = Beheer van de stad
admin-heading = { $city } beheren
admin-loading = Laden…
admin-offline = Je bent offline. Om een stad te beheren heb je verbinding nodig.
admin-not-signed-in = Log in om een stad te beheren.
admin-sign-in = Inloggen
admin-not-admin = Je bent geen beheerder van { $city }.
admin-invite-title = Iemand uitnodigen
admin-invite-intro = Een uitnodigingslink is voor één persoon. Hij werkt één keer, en wie hem opent kan het account maken. Stuur hem privé.
admin-invite-submit = Uitnodigingslink maken
admin-invite-created = Uitnodigingslink gemaakt.
admin-invite-link-label = Uitnodigingslink
admin-invite-about = Voor de rol: { role-grant }. Geldig tot { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Link kopiëren
admin-invite-share = Link delen
admin-invite-copied = Link gekopieerd.
admin-invite-copy-failed = Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.
admin-members-title = Leden
admin-members-none = Nog geen leden.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (jij)
       *[no] { $name }
    }
admin-member-revoked = Toegang ingetrokken
admin-member-no-roles = Geen rollen
admin-member-edit = Rollen wijzigen
admin-member-revoke = Toegang intrekken
admin-roles-heading = Rollen van { $name }
admin-role-remove = Verwijderen
admin-role-add-title = Een rol toevoegen
admin-role-add = Rol toevoegen
admin-role-duplicate = Deze persoon heeft die rol al.
admin-roles-save = Rollen opslaan
admin-roles-cancel = Annuleren
admin-roles-saved = Rollen van { $name } opgeslagen.
admin-revoke-question = Toegang van { $name } intrekken?
admin-revoke-explain = { $name } wordt op elk apparaat uitgelogd en kan niet meer inloggen.
admin-revoke-confirm = Toegang intrekken
admin-revoke-cancel = Annuleren
admin-revoked = Toegang van { $name } ingetrokken.
