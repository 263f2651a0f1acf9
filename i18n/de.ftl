# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in German, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Lokale Wegweiser für Neuankommende. Gemeinsam geschrieben, auch ohne Internet lesbar.
skip-to-content = Zum Inhalt springen
nav-main =
    .aria-label = Hauptmenü
nav-home = Start
nav-status = Stand der Synchronisierung
nav-sign-in = Anmelden
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Ihr Konto: { $name }
page-title = { $page } · { app-name }
language-label = Sprache

## Home page

home-title = Willkommen bei { app-name }
home-status-link = Stand der Synchronisierung ansehen

## Status page

status-title = Stand der Synchronisierung
status-connection-label = Verbindung zum Server
status-connected = Verbunden
status-connecting = Verbindung wird aufgebaut…
status-offline = Offline
status-offline-hint = Sie sind offline. Änderungen bleiben auf diesem Gerät. Sie werden gesendet, wenn Sie wieder online sind.
status-signed-out = Nicht angemeldet
status-signed-out-hint = Nur angemeldete Redakteure synchronisieren Dokumente mit dem Server. Zum Lesen des Wegweisers brauchen Sie kein Konto.
status-sign-in = Zum Synchronisieren anmelden

## Not found

not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es nichts.
not-found-home = Zur Startseite

## Forms and errors shared by the pages

passphrase-show = Passwort zeigen
error-offline = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
error-server = Auf dem Server ist ein Fehler passiert. Versuchen Sie es später noch einmal.
error-bad-request = Der Server hat das nicht angenommen. Prüfen Sie Ihre Eingabe und versuchen Sie es noch einmal.
error-forbidden = Das dürfen Sie nicht.
error-unauthenticated = Sie sind abgemeldet. Melden Sie sich wieder an, um weiterzumachen.
error-unexpected = Etwas ist schiefgegangen. Versuchen Sie es noch einmal.
error-page-not-loaded = Diese Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
error-too-many-attempts-seconds =
    Zu viele Versuche. Versuchen Sie es in { $seconds ->
        [one] einer Sekunde
       *[other] { $seconds } Sekunden
    } noch einmal.
error-too-many-attempts-minutes =
    Zu viele Versuche. Versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } noch einmal.

## Roles

-role-volunteer = Ehrenamtliche Person
-role-translator = Übersetzung
-role-editor = Redaktion
-role-group_member = Gruppenmitglied
-role-group_moderator = Gruppenmoderation
-role-city_admin = Verwaltung der Stadt
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
        [group] { role-name }, Gruppe „{ $group }“
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } in { $city }
role-label = Rolle
role-group-label = Gruppe
role-group-hint = Der Kurzname der Archivgruppe, wie er für Ihre Stadt eingerichtet wurde: Kleinbuchstaben, Ziffern und Bindestriche.
role-group-missing = Geben Sie den Namen der Gruppe ein.
role-group-invalid = Verwenden Sie den Kurznamen der Gruppe: Kleinbuchstaben, Ziffern und Bindestriche. Zum Beispiel: women-voices.
role-group-unknown = Diese Stadt hat keine Archivgruppe mit diesem Kurznamen.
role-languages-label = Sprachen
role-languages-hint = Sprachcodes, durch Kommas getrennt. Zum Beispiel: ar, uk, fa-AF.
role-languages-missing = Geben Sie mindestens einen Sprachcode ein.
role-languages-invalid = Einer davon ist kein Sprachcode. Verwenden Sie Codes wie ar, uk oder fa-AF.

## Sign-in page

sign-in-title = Anmelden
sign-in-intro = Für Ehrenamtliche, Redaktion, Übersetzung und Mitarbeitende der Stadt. Zum Lesen des Wegweisers brauchen Sie kein Konto.
sign-in-name = Name
sign-in-passphrase = Passwort
sign-in-submit = Anmelden
sign-in-name-missing = Geben Sie Ihren Namen ein.
sign-in-passphrase-missing = Geben Sie Ihr Passwort ein.
sign-in-invalid = Der Name oder das Passwort ist falsch.
sign-in-no-account = Kein Konto? Konten gibt es nur mit Einladung. Bitten Sie die Verwaltung Ihrer Stadt um einen Link.
sign-in-already = Sie sind als { $name } angemeldet.
sign-in-continue = Weiter
sign-in-account = Ihr Konto

## Invitation page

invite-title = Einladung
invite-loading = Einladung wird geprüft…
invite-not-found = Dieser Einladungslink funktioniert nicht. Vielleicht wurde er schon benutzt oder ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen.
invite-home = Zur Startseite
invite-for = Sie sind nach { $city } eingeladen, mit der Rolle: { role-grant }.
invite-expires = Diese Einladung gilt bis { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Sie sind als { $name } angemeldet. Wenn Sie diese Einladung annehmen, entsteht ein neues Konto, und Sie werden damit angemeldet.
invite-name = Ihr Name
invite-name-hint = Die Menschen, mit denen Sie arbeiten, sehen diesen Namen. Es muss nicht Ihr echter Name sein: Ein Fantasiename ist in Ordnung.
invite-name-missing = Wählen Sie einen Namen.
invite-name-too-long = Dieser Name ist zu lang: höchstens 64 Zeichen.
invite-name-taken = Diesen Namen gibt es schon. Wählen Sie einen anderen.
invite-passphrase = Passwort
invite-passphrase-hint = Mindestens 10 Zeichen. Ein paar Wörter, die nicht zusammenpassen, kann man sich leicht merken und schwer erraten.
invite-passphrase-confirm = Passwort noch einmal
invite-passphrase-too-short = Das Passwort ist zu kurz: mindestens 10 Zeichen.
invite-passphrase-too-long = Das Passwort ist zu lang: höchstens 1024 Zeichen.
invite-passphrase-mismatch = Die beiden Passwörter sind nicht gleich.
invite-submit = Mein Konto anlegen

## Account page

account-title = Ihr Konto
account-loading = Ihr Konto wird geladen…
account-not-signed-in = Sie sind nicht angemeldet.
account-signed-out = Sie haben sich abgemeldet.
account-sign-in = Anmelden
account-signed-in-as = Sie sind als { $name } angemeldet.
account-offline = Sie sind offline. Das hier weiß das Gerät noch. Für Sitzungen und Abmelden brauchen Sie eine Verbindung.
account-roles-title = Ihre Rollen
account-no-roles = Sie haben noch keine Rollen.
account-manage-city = { $city } verwalten
account-sessions-title = Wo Sie angemeldet sind
account-sessions-loading = Wird geladen…
account-session-current = Dieses Gerät
account-session-other = Anderes Gerät
account-session-times = Angemeldet am { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, zuletzt aktiv am { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Abmelden
account-session-ended = Dieses Gerät ist abgemeldet.
account-sign-out-everywhere = Überall abmelden
account-sign-out = Abmelden

## City administration page

admin-title = Verwaltung der Stadt
admin-heading = { $city } verwalten
admin-loading = Wird geladen…
admin-offline = Sie sind offline. Um eine Stadt zu verwalten, brauchen Sie eine Verbindung.
admin-not-signed-in = Melden Sie sich an, um eine Stadt zu verwalten.
admin-sign-in = Anmelden
admin-not-admin = Sie verwalten { $city } nicht.
admin-invite-title = Jemanden einladen
admin-invite-intro = Ein Einladungslink ist für eine Person. Er funktioniert einmal, und wer ihn öffnet, kann das Konto anlegen. Schicken Sie ihn privat.
admin-invite-submit = Einladungslink erstellen
admin-invite-created = Einladungslink erstellt.
admin-invite-link-label = Einladungslink
admin-invite-about = Für die Rolle: { role-grant }. Gültig bis { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Link kopieren
admin-invite-share = Link teilen
admin-invite-copied = Link kopiert.
admin-invite-copy-failed = Kopieren ging nicht. Der Link ist markiert: Kopieren Sie ihn selbst.
admin-members-title = Mitglieder
admin-members-none = Noch keine Mitglieder.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (Sie)
       *[no] { $name }
    }
admin-member-revoked = Zugang entzogen
admin-member-no-roles = Keine Rollen
admin-member-edit = Rollen ändern
admin-member-revoke = Zugang entziehen
admin-roles-heading = Rollen von { $name }
admin-role-remove = Entfernen
admin-role-add-title = Eine Rolle hinzufügen
admin-role-add = Rolle hinzufügen
admin-role-duplicate = Diese Person hat diese Rolle schon.
admin-roles-save = Rollen speichern
admin-roles-cancel = Abbrechen
admin-roles-saved = Rollen von { $name } gespeichert.
admin-revoke-question = { $name } den Zugang entziehen?
admin-revoke-explain = { $name } wird auf allen Geräten abgemeldet und kann sich nicht mehr anmelden.
admin-revoke-confirm = Zugang entziehen
admin-revoke-cancel = Abbrechen
admin-revoked = { $name } wurde der Zugang entzogen.
