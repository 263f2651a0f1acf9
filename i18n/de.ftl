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
nav-cities = Alle Städte
nav-status = Stand der Synchronisierung
nav-sign-in = Anmelden
nav-edit = Wegweiser bearbeiten
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Ihr Konto: { $name }
page-title = { $page } · { app-name }
language-label = Sprache

## Choosing a guide

reader-choose-city-title = Wählen Sie Ihre Stadt
reader-choose-language-title = Wählen Sie Ihre Sprache
reader-choose-offline = Sie sind offline. Verbinden Sie sich einmal mit dem Internet, um einen Wegweiser herunterzuladen.
reader-kept-guides = Wegweiser auf diesem Handy
reader-choose-city = Andere Stadt oder Sprache wählen
reader-choose-language-city = Wählen Sie die Sprache des Wegweisers für { $city }
reader-language-not-offered = Den Wegweiser für { $city } gibt es nicht auf { $language }. Wählen Sie eine der Sprachen, in denen er geschrieben ist:
reader-open-guide = Wegweiser öffnen
reader-loading = Wird geladen…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Wegweiser
reader-nav-home = Start
reader-nav-articles = Praktische Infos
reader-nav-events = Termine
reader-nav-search = Suche
reader-sample-city = Das ist eine Beispielstadt mit erfundenen Inhalten. Hier können Sie { app-name } ausprobieren.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Auch ohne Internet verfügbar, aktualisiert { $ago }
reader-offline-now = Sie sind offline. Dieser Wegweiser wurde { $ago } aktualisiert.
reader-guide-language = Sprache des Wegweisers
reader-print-link = Diesen Wegweiser drucken
reader-offline-banner = Sie sind offline. Sie lesen die auf diesem Telefon gespeicherte Kopie.
reader-language-shown-in = Den Wegweiser für { $city } gibt es nicht auf { $language }: Seine Texte werden auf { $guide } angezeigt.
reader-text-size = Schriftgröße
reader-text-size-normal = Normal
reader-text-size-large = Groß
reader-text-size-larger = Sehr groß
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Noch nicht übersetzt: Teile stehen in dieser Sprache: { $languages }.
       *[other] Noch nicht übersetzt: Teile stehen in diesen Sprachen: { $languages }.
    }
reader-problem-offline-title = Dieser Wegweiser ist noch nicht auf diesem Handy
reader-problem-offline = Verbinden Sie sich einmal mit dem Internet. Danach funktioniert der Wegweiser auch ohne Internet.
reader-offline-missing = Sie sind offline.
reader-problem-unknown-city-title = Stadt nicht gefunden
reader-problem-unknown-city = Für diese Stadt gibt es hier keinen Wegweiser.
reader-problem-unknown-language-title = Sprache nicht verfügbar
reader-problem-unknown-language = Diesen Wegweiser gibt es nicht in dieser Sprache. Wählen Sie eine dieser Sprachen:
reader-problem-server-title = Der Wegweiser konnte nicht geladen werden
reader-problem-server = Auf dem Server ist ein Fehler passiert. Versuchen Sie es später noch einmal.
reader-meta-description = Der Wegweiser für { $city } für Neuankommende: wo es Hilfe, Angebote, praktische Infos und Veranstaltungen gibt, in Ihrer Sprache, auch offline.
reader-meta-description-page = { $page }, im Wegweiser für { $city } für Neuankommende: Hilfe, Angebote, Infos und Veranstaltungen in Ihrer Sprache, auch offline.

## Guide home

reader-home-title = Wegweiser für { $city }
reader-notices = Neues aus der Stadt
reader-categories = Was brauchen Sie?
reader-category-count =
    { $count ->
        [one] ein Ort
       *[other] { $count } Orte
    }
reader-this-week = Diese Woche
reader-no-events-this-week = Keine Termine in den nächsten sieben Tagen.
reader-all-events = Alle Termine
reader-topics = Informationen
reader-kept-languages = Auf diesem Handy
reader-kept-languages-hint = Der Wegweiser funktioniert ohne Internet in den Sprachen, die auf diesem Handy gespeichert sind.
reader-kept-current = Gespeichert (Sie lesen diese Sprache)
reader-kept-add = Auch { $language } speichern
reader-kept-remove = { $language } von diesem Handy löschen
reader-published-on = Veröffentlicht am { $date }
reader-kept-waiting = Sie sind offline: { $language } wird auf diesem Telefon gespeichert, sobald es wieder online ist.

## Services

reader-service-title = Angebot
reader-status-temporarily-closed = Zurzeit geschlossen.
reader-status-closed = Dieses Angebot gibt es nicht mehr.
reader-open-now = Jetzt geöffnet, schließt um { $time }
reader-open-now-all-day = Jetzt geöffnet, rund um die Uhr
reader-open-all-day = Rund um die Uhr geöffnet
reader-opens-today = Jetzt geschlossen. Öffnet heute um { $time }
reader-opens-tomorrow = Jetzt geschlossen. Öffnet morgen um { $time }
reader-opens-on = Jetzt geschlossen. Öffnet { $day } um { $time }
reader-by-appointment = Mit Termin
reader-no-hours-soon = In den nächsten Tagen nicht geöffnet
reader-hours-unknown = Fragen Sie nach den Öffnungszeiten
reader-open-to-all = Offen für alle, egal welche Papiere Sie haben
reader-for-whom = Für wen
reader-eligibility = Wer kommen kann
reader-cost = Kosten
reader-free = Kostenlos
reader-not-free = Nicht kostenlos
reader-languages = Sprachen
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Eine Dolmetscherin oder ein Dolmetscher kann organisiert werden.
reader-documents = Das sollten Sie mitbringen
reader-hours = Öffnungszeiten
reader-today = Heute
reader-tomorrow = Morgen
reader-closed-day = Geschlossen
reader-appointment-note = (mit Termin)
reader-where = Wo
reader-outreach = Wo Sie sie finden (sie kommen auch zu Ihnen)
reader-open-map = In meiner Karten-App öffnen
reader-open-web-map = Karte auf openstreetmap.org öffnen
reader-contact = Kontakt
reader-call = { $phone } anrufen
reader-email = An { $email } schreiben
reader-website = Website: { $site }
reader-share = Teilen
reader-share-copied = Link kopiert
reader-last-checked = Zuletzt geprüft am { $date }
reader-listen = Anhören
reader-listen-stop = Stopp
reader-target-everyone = Alle
reader-target-asylum-seekers-and-refugees = Asylsuchende und Geflüchtete
reader-target-temporary-protection = Menschen mit vorübergehendem Schutz
reader-target-undocumented-residents = Menschen ohne Papiere
reader-target-women = Frauen
reader-target-unaccompanied-minors = Jugendliche unter 18 ohne Eltern
reader-target-children = Kinder
reader-target-students = Studierende

## Articles

reader-articles-title = Praktische Infos
reader-articles-below = Mehr dazu
reader-breadcrumbs =
    .aria-label = Sie sind hier

## Events

reader-events-title = Termine
reader-events-later = Später
reader-no-events = Keine Termine in den nächsten Wochen.
reader-event-cancelled = Abgesagt
reader-event-when = Wann
reader-event-next-dates = Nächste Termine
reader-event-past = Dieser Termin ist vorbei.
reader-organizer = Veranstaltet von
reader-open-to-residents = Alle, neu angekommen oder schon lange hier
reader-add-to-calendar = In meinen Kalender eintragen
reader-register = Anmelden
reader-online-link = Online teilnehmen
reader-subscribe = Termine der Stadt in meinem Kalender abonnieren
reader-feed-link = Alle Termine herunterladen (iCalendar)
reader-events-by-month = Später, Monat für Monat
reader-no-later-events = Spätere Veranstaltungen sind noch nicht bekannt.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } Veranstaltung
       *[other] { $month }: { $count } Veranstaltungen
    }
reader-no-events-month = Keine Veranstaltungen in diesem Monat.
reader-events-bad-month = Diese Adresse nennt keinen Monat (sie sollte auf ?month=2027-01 enden). Hier sind die nächsten Wochen.
reader-events-known-until = Dieses Telefon kennt die Veranstaltungen bis { $date }. Öffnen Sie den Wegweiser später online, um mehr zu sehen.
reader-events-coming-weeks = Die nächsten vier Wochen
reader-events-month-before = Davor: { $month }
reader-events-month-after = Danach: { $month }
reader-feed-heading = In Ihrer Kalender-App

## Search

reader-search-title = Suche
reader-search-label = Im Wegweiser suchen
reader-search-button = Suchen
reader-search-count =
    { $count ->
        [0] Nichts gefunden für „{ $query }“.
        [one] Ein Ergebnis für „{ $query }“.
       *[other] { $count } Ergebnisse für „{ $query }“.
    }
reader-kind-service = Angebot
reader-kind-article = Information
reader-kind-event = Termin

## Print version

reader-print-title = Wegweiser zum Drucken
reader-print-heading = Wegweiser für { $city }
reader-print-date = Gedruckt am { $date }. Dinge ändern sich: Schauen Sie im Online-Wegweiser nach.
reader-print-button = Drucken
reader-print-address = Dieser Wegweiser online, immer aktuell:
reader-print-qr = QR-Code: dieser Wegweiser online
reader-print-other-days = Manche Zeiten liegen an anderen Tagen (alle paar Wochen oder einmal im Monat): siehe den Wegweiser online.

## Suggest a correction

reader-suggest-link = Korrektur vorschlagen
reader-suggest-title = Korrektur vorschlagen
reader-suggest-about = Zu:
reader-suggest-privacy = Sie bleiben anonym. Wir fragen nicht nach Ihrem Namen oder nach anderen Angaben zu Ihnen.
reader-suggest-topic = Was ist falsch?
reader-suggest-message = Was sollen wir wissen?
reader-suggest-message-hint = Bitte schreiben Sie nicht Ihren Namen, Ihre Telefonnummer oder andere persönliche Angaben.
reader-suggest-send = Senden
reader-suggest-need-topic = Wählen Sie, was falsch ist.
reader-suggest-need-message = Schreiben Sie ein paar Worte dazu, was falsch ist.
reader-suggest-sent = Danke. Die Redaktion des Wegweisers prüft das.
reader-suggest-queued = Danke. Sie sind offline: Ihre Nachricht wird gesendet, sobald Sie wieder online sind.
reader-suggest-refused = Danke, aber das konnte nicht gesendet werden: Die Seite wurde vielleicht gelöscht.
reader-back-to-guide = Zurück zum Wegweiser

## Status page

status-title = Stand der Synchronisierung
status-connection-label = Verbindung zum Server
status-connected = Verbunden
status-connecting = Verbindung wird aufgebaut…
status-offline = Offline
status-offline-hint = Sie sind offline. Änderungen bleiben auf diesem Gerät. Sie werden gesendet, wenn Sie wieder online sind.
status-waiting =
    { $count ->
        [0] Auf diesem Gerät wartet nichts darauf, gesendet zu werden.
        [1] Eine Änderung ist auf diesem Gerät gespeichert und wartet darauf, gesendet zu werden.
       *[other] Auf diesem Gerät gespeicherte Änderungen, die auf das Senden warten: { $count }.
    }
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
role-group-hint = Eine der Archivgruppen, die Sie in dieser Stadt moderieren.
role-group-missing = Wählen Sie eine Gruppe.
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

## Suggestions queue (editors)

suggestions-title = Vorschläge von Lesenden
suggestions-heading = Vorschläge für { $city }
suggestions-intro = Lesende schicken diese Vorschläge anonym, wenn im Wegweiser etwas falsch ist. Prüfen Sie den Vorschlag, korrigieren Sie den Eintrag wenn nötig und markieren Sie den Vorschlag dann als erledigt.
suggestions-loading = Wird geladen…
suggestions-not-signed-in = Melden Sie sich an, um die Vorschläge der Lesenden zu sehen.
suggestions-sign-in = Anmelden
suggestions-not-allowed = Nur die Redaktion und die Verwaltung von { $city } können die Vorschläge sehen.
suggestions-unknown-city = Es gibt keine Stadt „{ $city }“.
suggestions-show-done = Auch erledigte Vorschläge anzeigen
suggestions-list-title = Vorschläge
suggestions-none-open = Keine offenen Vorschläge.
suggestions-none = Noch keine Vorschläge.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Zu: { $title }
suggestions-about-unpublished = Zu einem Eintrag, der nicht mehr veröffentlicht ist
suggestions-about-guide = Zum Wegweiser allgemein
suggestions-no-message = Die lesende Person hat keine Nachricht geschrieben.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Eingegangen { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · geschrieben auf { LANGUAGES($language) }
suggestions-resolved = Erledigt { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Als erledigt markieren
suggestions-marked-done = Vorschlag als erledigt markiert.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Es ist geschlossen oder gibt es nicht mehr
suggestion-topic-hours = Die Öffnungszeiten sind falsch
suggestion-topic-address = Die Adresse ist falsch
suggestion-topic-contact = Die Telefonnummer oder ein anderer Kontakt ist falsch
suggestion-topic-translation = Die Übersetzung ist falsch oder fehlt
suggestion-topic-other = Etwas anderes

## Editing app

editor-page-title = Wegweiser bearbeiten
editor-title = Bearbeiten: { $city }
editor-signed-out = Melden Sie sich an, um den Wegweiser zu bearbeiten.
editor-progress = { $loaded } von { $total } Dokumenten auf diesem Gerät
editor-filter = Filtern
editor-events = Termine
editor-services = Angebote
editor-new-event = Neuer Termin
editor-back = Zurück zur Liste
editor-untitled = (noch kein Titel)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Auf diesem Gerät gespeichert. Sie sind offline.
        [one] Auf diesem Gerät gespeichert. Eine Änderung wartet darauf, gesendet zu werden.
       *[other] Auf diesem Gerät gespeichert. { $count } Änderungen warten darauf, gesendet zu werden.
    }
editor-sync-sending =
    { $count ->
        [one] Eine Änderung wird gesendet…
       *[other] { $count } Änderungen werden gesendet…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Synchronisiert { $ago }
editor-sync-sent =
    { $count ->
        [1] Eine Änderung gesendet. Synchronisiert { $ago }
       *[other] Gesendete Änderungen: { $count }. Synchronisiert { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Ihre Sitzung ist abgelaufen. Melden Sie sich wieder an, um weiter zu synchronisieren.
        [one] Ihre Sitzung ist abgelaufen. Ihre Änderung ist auf diesem Gerät gespeichert: Melden Sie sich wieder an, um sie zu senden.
       *[other] Ihre Sitzung ist abgelaufen. Ihre { $count } Änderungen sind auf diesem Gerät gespeichert: Melden Sie sich wieder an, um sie zu senden.
    }
editor-sync-sign-in = Wieder anmelden
editor-hint-plain = Schreiben Sie kurze Sätze. Ein Gedanke pro Satz. Verwenden Sie bekannte Wörter.
editor-hint-title = Sagen Sie in wenigen Worten, was es ist. Zum Beispiel: Sprachcafé.
editor-minor-edit = Kleine Korrektur (Rechtschreibung, Tippfehler): Übersetzungen bleiben aktuell
editor-conflict =
    { $count ->
        [one] Zwei Personen haben das gleichzeitig geändert. Wählen Sie den richtigen Wert:
       *[other] Mehrere Personen haben das gleichzeitig geändert ({ $count } Werte). Wählen Sie den richtigen:
    }
editor-conflict-keep = „{ $value }“ behalten
editor-event-title = Titel
editor-event-description = Beschreibung
editor-event-type = Art des Termins
editor-event-type-workshop = Workshop
editor-event-type-language-cafe = Sprachcafé
editor-event-type-festival = Fest
editor-event-type-commemoration = Gedenkveranstaltung
editor-event-type-job-fair = Jobmesse
editor-event-type-sport = Sport
editor-event-type-information-session = Infoveranstaltung
editor-event-type-other = Anderes
editor-event-start = Beginn
editor-event-end = Ende
editor-event-place = Veranstaltungsort
editor-place-name = Name des Ortes
editor-place-street = Straße und Hausnummer
editor-place-postal-code = Postleitzahl
editor-place-locality = Ort
editor-event-organizer = Veranstaltet von
editor-event-free = Kostenlos
editor-event-cancelled = Der ganze Termin ist abgesagt
editor-repeat = Wiederholung
editor-repeat-kind = Wie oft
editor-repeat-none = Keine Wiederholung
editor-repeat-weekly = Jede Woche
editor-repeat-monthly = Jeden Monat
editor-repeat-custom = Andere Regel (RRULE)
editor-repeat-days =
    .aria-label = An diesen Tagen
editor-repeat-nth = Welcher
editor-repeat-weekday = Tag
editor-repeat-until = Bis (optional)
editor-repeat-rule = Regel
editor-nth-1 = Erster
editor-nth-2 = Zweiter
editor-nth-3 = Dritter
editor-nth-4 = Vierter
editor-nth-last = Letzter
editor-weekday-mo = Montag
editor-weekday-tu = Dienstag
editor-weekday-we = Mittwoch
editor-weekday-th = Donnerstag
editor-weekday-fr = Freitag
editor-weekday-sa = Samstag
editor-weekday-su = Sonntag
editor-cancelled-dates = Abgesagte Termine
editor-cancel-date-label = Einen Termin absagen
editor-cancel-date = Diesen Termin absagen
editor-restore-date = { $date } wiederherstellen
editor-quick-hint = Funktioniert ohne Internet. Der Termin wird gesendet, sobald Sie wieder online sind.
editor-quick-date = Datum
editor-quick-start = Beginnt um
editor-quick-end = Endet um
editor-quick-save = Termin speichern
editor-quick-missing = Füllen Sie Titel, Datum und Uhrzeiten aus.
editor-service-name = Name
editor-service-description = Was es ist
editor-service-eligibility = Wer kommen kann
editor-service-documents = Das sollten Sie mitbringen
editor-service-status = Status
editor-service-status-active = Geöffnet
editor-service-status-temporarily-closed = Zurzeit geschlossen
editor-service-status-closed = Dauerhaft geschlossen
editor-service-organization = Organisation, die es anbietet
editor-service-categories = Kategorien
editor-service-target-groups = Für wen
editor-service-open-to-all = Offen für alle, egal welche Papiere
editor-service-fee = Preis, wenn es nicht kostenlos ist
editor-service-languages = Sprachen, die das Team spricht
editor-service-language-other = Andere Sprache
editor-service-language-hint = Ihr Sprachcode, zum Beispiel ti, prs oder pt-BR.
editor-service-language-add = Sprache hinzufügen
editor-service-language-invalid = Das ist kein Sprachcode. Schreiben Sie einen Code wie ti, prs oder pt-BR.
editor-service-contacts = Kontakt
editor-service-phones = Telefonnummern
editor-service-phone = Telefonnummer { $number }
editor-service-phone-new = Neue Telefonnummer
editor-service-phone-add = Nummer hinzufügen
editor-service-phone-remove = { $phone } entfernen
editor-service-phone-invalid = Schreiben Sie eine Telefonnummer: nur Ziffern, Leerzeichen und +. Zum Beispiel +32 4 123 45 67.
editor-service-email = E-Mail
editor-service-email-invalid = Das ist keine E-Mail-Adresse. Zum Beispiel: info@example.org
editor-service-website = Website
editor-service-website-invalid = Schreiben Sie die ganze Adresse, beginnend mit https://
editor-service-verified = Zuletzt geprüft
editor-service-verified-never = Niemand hat dieses Angebot bisher geprüft.
editor-service-verified-value = Geprüft am { $date } von { $name }
editor-service-verify = Heute geprüft
editor-service-locations = Orte
editor-service-location = Ort { $number }
editor-service-location-none = Noch kein Ort.
editor-service-location-add = Ort hinzufügen
editor-service-location-remove = Diesen Ort entfernen
editor-location-region = Region
editor-location-country = Land (zwei Buchstaben, zum Beispiel BE)
editor-location-country-invalid = Schreiben Sie den zweistelligen Ländercode, zum Beispiel BE.
editor-location-latitude = Breitengrad (freiwillig)
editor-location-longitude = Längengrad (freiwillig)
editor-location-latitude-invalid = Schreiben Sie eine Zahl von -90 bis 90, zum Beispiel 50.63.
editor-location-longitude-invalid = Schreiben Sie eine Zahl von -180 bis 180, zum Beispiel 5.57.
editor-location-outreach = Sie kommen auch zu den Menschen (mobil oder aufsuchend)
editor-service-schedules = Öffnungszeiten
editor-schedule = Zeiten { $number }
editor-schedule-none = Noch keine Öffnungszeiten.
editor-schedule-add = Öffnungszeiten hinzufügen
editor-schedule-remove = Diese Zeiten entfernen
editor-schedule-days = Tage
editor-schedule-rule-hint = Nur für das, was die Tage nicht sagen können, zum Beispiel FREQ=MONTHLY;BYDAY=1TU für den ersten Dienstag jedes Monats. Leer lassen, um die Tage zu verwenden.
editor-schedule-rule-invalid = Diese Regel geht nicht. Schreiben Sie eine Regel wie FREQ=WEEKLY;BYDAY=MO,TU, ohne „RRULE:“.
editor-schedule-opens = Öffnet um
editor-schedule-closes = Schließt um
editor-schedule-overnight = Schließt am nächsten Tag (nach Mitternacht offen)
editor-schedule-times-invalid = Die Schließzeit muss nach der Öffnungszeit liegen. Für Zeiten nach Mitternacht kreuzen Sie „Schließt am nächsten Tag“ an.
editor-schedule-valid-from = Ab (freiwillig)
editor-schedule-valid-to = Bis (freiwillig)
editor-schedule-valid-invalid = Das Enddatum darf nicht vor dem Anfangsdatum liegen.
editor-schedule-closed-dates = Geschlossen am
editor-schedule-closed-date-label = Ein Tag, an dem geschlossen ist
editor-schedule-closed-date-add = Geschlossenen Tag hinzufügen
editor-schedule-closed-date-remove = Wieder offen am { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, nach Termin
editor-schedule-no-days = Keine Tage gewählt
editor-schedule-no-hours = noch keine Zeiten
editor-new-service = Neues Angebot
editor-new-service-hint = Beginnen Sie mit dem Namen. Den Rest füllen Sie auf der nächsten Seite aus. Geht auch ohne Internet.
editor-new-service-create = Angebot anlegen
editor-new-service-missing = Schreiben Sie den Namen des Angebots.
editor-publishing = Veröffentlichen
editor-publish-hint = Lesende sehen nur die veröffentlichte Version. Ihre späteren Änderungen bleiben Entwürfe, bis Sie wieder veröffentlichen.
editor-publish = Diese Version veröffentlichen
editor-unpublish = Veröffentlichung zurückziehen
editor-published = Veröffentlicht. Lesende sehen jetzt diese Version.
editor-draft-badge = Unveröffentlichter Entwurf
editor-publication-published = Veröffentlicht: Lesende sehen diese Version.
editor-publication-draft = Unveröffentlichter Entwurf: Lesende sehen die zuletzt veröffentlichte Version, bis diese veröffentlicht wird.
editor-publication-unpublished = Unveröffentlichter Entwurf: Lesende sehen diesen Eintrag erst, wenn er veröffentlicht ist.
editor-unpublished = Veröffentlichung zurückgezogen. Lesende sehen es nicht mehr.
editor-publish-not-synced = Der Server hat diese Version noch nicht. Warten Sie, bis sie synchronisiert ist, und veröffentlichen Sie dann.
editor-publish-offline = Sie sind offline. Veröffentlichen Sie, wenn Sie wieder online sind.
editor-publish-not-publishable = Nicht veröffentlicht: Diese Version ist noch kein vollständiger Eintrag. Warten Sie die Synchronisierung ab, prüfen Sie die Felder und veröffentlichen Sie dann erneut.
editor-publish-invalid-content = Nicht veröffentlicht: Korrigieren Sie zuerst { $field }.
editor-publish-link-invalid = Ein Link muss zu einer Seite dieser Website führen (beginnt mit einem einzelnen /) oder zu einer vollständigen Adresse, die mit https:// beginnt.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Vorschau: Das sehen Lesende
editor-preview-hint = Die Version, die Lesende jetzt sehen, verglichen mit Ihrem Entwurf. Veröffentlichen Sie, damit Lesende den Entwurf sehen.
editor-preview-not-published = Noch nicht veröffentlicht: Lesende sehen nichts. Nach dem Veröffentlichen sehen sie das:
# $when: the date and time of publishing.
editor-preview-same = Lesende sehen genau diese Version (veröffentlicht: { $when }).
editor-preview-changed =
    { $count ->
        [one] Ein Feld ist anders als bei den Lesenden (veröffentlicht: { $when }):
       *[other] { $count } Felder sind anders als bei den Lesenden (veröffentlicht: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Ein Feld unverändert
       *[other] { $count } Felder unverändert
    }
editor-preview-unknown = Verbinden Sie sich einmal mit dem Internet, um zu sehen, was Lesende sehen.
editor-preview-unavailable = Dieses Gerät hat die veröffentlichte Version noch nicht. Warten Sie, bis sie synchronisiert ist.
# Read out by screen readers before removed and added words.
editor-diff-removed = Entfernt:
editor-diff-added = Hinzugefügt:
# The history of an item: who changed which field, and when.
editor-history = Verlauf
editor-history-hint = Wer hat was wann geändert? Sie können einen früheren Wert wiederherstellen.
editor-history-none = Noch keine Änderungen.
editor-history-unknown-author = Importiert
# $field: the technical name of a field that has no label here.
editor-history-other-field = Andere Angabe ({ $field })
editor-history-restore = Diesen Wert wiederherstellen
editor-history-current = Das ist der aktuelle Wert.
editor-history-empty = (leer)
editor-history-yes = Ja
editor-history-no = Nein
editor-history-field-order = Stelle in der Liste der Artikel
editor-translate-link = Übersetzen
editor-suggestions-link = Hinweise von Lesenden
editor-suggestions-open = Offen: { $count }
editor-translate-title = Übersetzungen
editor-translate-no-languages = Sie haben in dieser Stadt keine Sprache, in die Sie übersetzen können.
editor-translate-language = Übersetzen in
editor-translate-status = Anzeigen
editor-translate-all = Alles
editor-translate-back = Zurück zu den Übersetzungen
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } von { $total } aktuell
editor-status-missing = Fehlt
editor-status-outdated = Veraltet
editor-status-machine = Maschinelle Übersetzung
editor-status-up-to-date = Aktuell
editor-status-incomplete = Teilweise übersetzt
editor-translate-source-changed = Der Ausgangstext hat sich seit dieser Übersetzung geändert. Was sich geändert hat, ist über jedem Feld markiert.
editor-translate-source-changed-unknown = Der Ausgangstext hat sich seit dieser Übersetzung geändert. Dieses Gerät kann nicht zeigen, was sich geändert hat: Vergleiche jeden Text mit dem Ausgangstext.
editor-translate-what-changed = Im Ausgangstext geändert:
editor-translate-finish = Abschließen
editor-translate-left = Noch zu übersetzende Texte: { $count }
editor-translate-all-translated = Alle Texte sind übersetzt. Prüfe sie am Ausgangstext und markiere die Übersetzung dann als fertig.
editor-translate-done = Als fertig markieren
editor-translate-not-done = Übersetze zuerst jeden Text. Noch leer: { $count }
editor-translate-marked-done = Als fertig markiert. Sie ist auf diesem Gerät gespeichert und geht mit deinen anderen Änderungen an den Server.
editor-translate-publish = Übersetzung veröffentlichen
editor-translate-publish-hint = Leserinnen und Leser sehen die Übersetzung, sobald sie veröffentlicht ist, mit der Version des Eintrags, die sie jetzt sehen.
editor-translate-editor-publishes = Leserinnen und Leser sehen die Übersetzung, sobald eine Redakteurin oder ein Redakteur sie veröffentlicht.
editor-translate-publish-not-done = Markiere die Übersetzung zuerst als fertig.
editor-translate-item-unpublished = Der Eintrag selbst ist noch nicht veröffentlicht. Die Übersetzung ist zu sehen, sobald er es ist.
editor-translate-published = Veröffentlicht. Leserinnen und Leser sehen jetzt diese Übersetzung.
editor-field-name = Name
editor-field-title = Titel
editor-field-description = Beschreibung
editor-field-body = Text
editor-field-eligibility = Wer kommen kann
editor-field-documents_needed = Das sollten Sie mitbringen
editor-field-fee = Kosten
editor-field-accessibility = Barrierefreiheit
editor-field-notes = Hinweise zu den Öffnungszeiten

## Guide articles and city settings

editor-new-article = Neuer Artikel
editor-settings-link = Einstellungen der Stadt
editor-articles = Artikel des Wegweisers
editor-move-up = Nach oben
    .aria-label = Nach oben: { $title }
editor-move-down = Nach unten
    .aria-label = Nach unten: { $title }
editor-article-title = Titel
editor-article-body = Text
editor-article-markdown-hint = Formatierung: eine Leerzeile zwischen Absätzen; „## “ am Zeilenanfang für eine Überschrift; „- “ oder „1. “ für eine Liste; ein Link wird als [Wörter](https://example.org) geschrieben.
editor-article-parent = Steht unter
editor-article-top-level = Oberste Ebene (unter keinem Artikel)
editor-article-notice = Hinweis auf der Startseite bis (optional)
editor-article-notice-hint = Bis zu diesem Datum zeigt die Startseite des Wegweisers den Artikel als Hinweis der Stadt. Für einen normalen Artikel leer lassen.
editor-hint-title-article = Sagen Sie in wenigen Worten, worum es geht. Zum Beispiel: Ihre ersten Tage.
editor-article-create = Artikel anlegen
editor-article-title-missing = Schreiben Sie zuerst einen Titel.
editor-article-cannot-create = Nur Redakteure können Artikel hinzufügen.
editor-settings-title = Einstellungen der Stadt
editor-settings-live = Änderungen hier sehen Lesende sofort. Es gibt keinen Veröffentlichungsschritt.
editor-settings-read-only = Sie können die Einstellungen der Stadt nicht ändern. Das können nur Redakteure.
editor-categories = Kategorien
editor-categories-hint = Lesende sehen die Kategorien in dieser Reihenfolge. Ist ein Name leer, sehen sie den Namen in der Ersatzsprache.
editor-category-icon = Symbol
editor-category-name = Name auf { $language } ({ $tag })
editor-category-add-title = Neue Kategorie
editor-category-add-name = Name auf { $language }
editor-category-add = Kategorie hinzufügen
editor-category-name-missing = Schreiben Sie zuerst den Namen der Kategorie.
editor-category-remove-question = „{ $name }“ entfernen? Angebote, die sie nutzen: { $count }.
editor-remove = Entfernen
    .aria-label = Entfernen: { $name }
editor-remove-confirm = Ja, „{ $name }“ entfernen
editor-remove-cancel = Abbrechen
editor-icon-heart = Herz
editor-icon-house = Haus
editor-icon-scales = Waage
editor-icon-briefcase = Aktentasche
editor-icon-book = Buch
editor-icon-family = Familie
editor-icon-bowl = Schüssel
editor-icon-people = Menschen
editor-icon-woman = Frau
editor-icon-star = Stern
editor-icon-search = Lupe
editor-icon-calendar = Kalender
editor-icon-clock = Uhr
editor-icon-pin = Kartennadel
editor-icon-phone = Telefon
editor-icon-share = Teilen
editor-icon-print = Drucker
editor-icon-speaker = Lautsprecher
editor-icon-article = Dokument
editor-icon-offline = Keine Verbindung
editor-icon-check = Häkchen
editor-icon-flag = Flagge
editor-languages = Sprachen
editor-languages-hint = Die Sprachen, die Lesende wählen können. Ein noch nicht übersetzter Text erscheint in der Ersatzsprache.
editor-language-direction = Schreibrichtung
editor-direction-ltr = Von links nach rechts
editor-direction-rtl = Von rechts nach links
editor-language-source = Die Ausgangssprache: Inhalte werden zuerst in ihr geschrieben.
editor-language-fallback = Ersatzsprache
editor-language-fallback-hint = Was Lesende dieser Sprache sehen, wenn ein Text noch nicht übersetzt ist.
editor-language-no-fallback = Keine
editor-language-fallback-cycle = Das ergibt eine Schleife: Jene Sprache greift bereits auf diese zurück. Wählen Sie eine andere.
editor-language-remove-question = { $language } entfernen? Ihre Lesenden wählen dann eine andere Sprache. Die Übersetzungen bleiben gespeichert.
editor-language-add-title = Neue Sprache
editor-language-add-tag = Sprachcode (BCP 47)
editor-language-add-hint = Zum Beispiel: ti (Tigrinya), pt-BR (brasilianisches Portugiesisch).
editor-language-add = Sprache hinzufügen
editor-language-invalid = „{ $tag }“ ist kein Sprachcode. Schreiben Sie einen Code wie ti oder pt-BR.
editor-language-present = Die Stadt bietet { $language } bereits an.

## The multivoiced archive

reader-archive-title = Stimmen des Ankommens
reader-archive-intro = Berichte von Menschen, die in diese Stadt gekommen sind, in ihren eigenen Worten. Jede Stimme ist ihre eigene; keine ist die offizielle Fassung.
reader-archive-link = Die Stimmen des Ankommens lesen
reader-archive-empty = Hier wurde noch nichts veröffentlicht.
reader-archive-unavailable = Die Stimmen konnten nicht geladen werden. Versuchen Sie es später noch einmal.
reader-archive-offline = Sie sind offline. Die Stimmen des Ankommens brauchen eine Verbindung.
reader-archive-anonymous = Anonym
reader-archive-speaks-about = Es erzählt von:
reader-archive-translated = Von der Gruppe aus dem { $language } übersetzt
reader-archive-in-language = Auf { $language }
reader-archive-original = Die ursprünglichen Worte zeigen
reader-archive-recording =
    .aria-label = Aufnahme dieser Stimme
archive-page-title = Archiv
archive-title = Archiv der Gruppe { $group }
archive-open = Archiv öffnen
archive-not-member = Sie sind nicht Mitglied dieser Archivgruppe.
archive-intro = Berichte vom Ankommen, von der Gruppe geschrieben und aufgenommen. Jede Stimme bleibt die ihrer Autorin oder ihres Autors: nur sie entscheiden, wer sie sieht und wie sie genannt werden.
archive-entries = Berichte
archive-no-entries = Noch keine Berichte.
archive-voice-count =
    { $count ->
        [one] { $count } Stimme
       *[other] { $count } Stimmen
    }
archive-state-published = Veröffentlicht
archive-state-unpublished = Nicht veröffentlicht
archive-theme = Thema
archive-guide-links = Seiten des Wegweisers, von denen es erzählt
archive-theme-arrival = Das Ankommen
archive-theme-first-contact-with-services = Erster Kontakt mit Behörden und Diensten
archive-theme-housing = Wohnen
archive-theme-work = Arbeit
archive-theme-family = Familie
archive-theme-belonging = Zugehörigkeit
archive-theme-the-future = Die Zukunft
archive-theme-other = Anderes
archive-entry-title = Titel
archive-entry-title-missing = Schreiben Sie einen Titel.
archive-cities = Städte, von denen er erzählt
archive-cities-hint = Nach der Veröffentlichung können ihn die Leserinnen und Leser der Wegweiser dieser Städte lesen.
archive-new-entry = Neuer Bericht
archive-new-entry-create = Bericht anlegen
archive-back = Zurück zum Archiv
archive-entry-missing = Dieser Bericht ist noch nicht auf diesem Gerät. Wenn er gerade angelegt wurde, warten Sie, bis er synchronisiert ist.
archive-voices = Stimmen
archive-no-voices = Noch keine Stimme.
archive-add-voice = Meine Stimme hinzufügen
archive-add-voice-hint = Schreiben Sie in Ihren eigenen Worten, nehmen Sie sich auf, oder beides. Es wird sofort auf diesem Gerät gespeichert und gesendet, sobald Sie online sind.
archive-voice-language = Die Sprache, in der Sie sprechen
archive-add-voice-create = Meine Stimme hinzufügen
archive-voice-yours = Ihre Stimme
archive-voice-of = Stimme von { $name }
archive-voice-unknown = Eine Stimme der Gruppe
archive-voice-in = Auf { $language }
archive-voice-text = Worte
archive-voice-text-hint = Was geschrieben wurde, oder die Abschrift der Aufnahme.
archive-recording = Aufnahme
archive-record = Aufnehmen
archive-record-stop = Stopp
archive-record-discard = Aufnahme verwerfen
archive-record-play =
    .aria-label = Aufnahme anhören
archive-recording-none = Keine Aufnahme.
archive-recording-recording = Aufnahme läuft…
archive-recording-waiting = Aufgenommen, wartet auf das Hochladen. Bis dahin bleibt sie auf diesem Gerät.
archive-recording-uploaded = Hochgeladen.
archive-recording-refused-too-large = Diese Aufnahme ist zu groß: Das Archiv nimmt bis zu 25 MB. Nehmen Sie eine kürzere auf oder wählen Sie eine kleinere Datei.
archive-recording-refused-wrong-type = Das Archiv nimmt diese Datei nicht: nur WebM- oder Ogg-Audio.
archive-audio-file = Oder eine Audiodatei von diesem Gerät wählen
archive-audio-file-hint = WebM- oder Ogg-Audio, bis zu 25 MB. Titel und andere Tags werden beim Hochladen entfernt.
archive-recording-no-microphone = Es konnte kein Mikrofon verwendet werden. Erlauben Sie dieser Seite das Mikrofon, oder schreiben Sie Ihre Worte.
archive-photo = Foto
archive-photo-choose = Ein Foto hinzufügen
archive-photo-hint = JPEG, PNG oder WebP, bis zu 10 MB. Standort (GPS) und Kameradaten werden beim Hochladen entfernt.
archive-photo-description = Was das Foto zeigt (für Menschen, die es nicht sehen können)
archive-photo-remove = Foto entfernen
archive-photo-none = Kein Foto.
archive-photo-waiting = Wartet auf das Hochladen. Bis dahin bleibt es auf diesem Gerät.
archive-photo-uploaded = Hochgeladen, ohne Standort und Kameradaten.
archive-photo-refused-too-large = Dieses Foto ist zu groß: Das Archiv nimmt Fotos bis zu 10 MB.
archive-photo-refused-wrong-type = Das Archiv nimmt diese Datei nicht: nur JPEG-, PNG- oder WebP-Fotos.
archive-translations = Übersetzungen
archive-translation-language = Übersetzen ins
archive-translation-add = Übersetzung hinzufügen
archive-translation-text = Übersetzung ins { $language }, von { $by }
archive-translation-text-own = Übersetzung ins { $language }, von der Person, deren Stimme es ist
archive-consent-title = Ihre Einwilligung
archive-consent-unavailable = Wer Ihre Stimme sieht, können Sie wählen, sobald sie beim Server angekommen ist (wenn Sie online sind). Bis dahin sieht sie nur die Gruppe, ohne Ihren Namen.
archive-consent-visibility = Wer Ihre Stimme sehen darf
archive-visibility-group = Nur die Gruppe
archive-visibility-city-editors = Die Gruppe und die Redaktion der Stadt
archive-visibility-public = Alle, sobald eine Moderatorin oder ein Moderator den Bericht veröffentlicht
archive-consent-naming = Wie Sie genannt werden
archive-naming-name = Mit meinem Namen ({ $name })
archive-naming-pseudonym = Mit einem Pseudonym
archive-naming-anonymous = Gar nicht (anonym)
archive-pseudonym = Pseudonym
archive-pseudonym-missing = Schreiben Sie das Pseudonym, mit dem Sie genannt werden möchten.
archive-consent-save = Meine Wahl speichern
archive-consent-saving = Wird gespeichert…
archive-consent-saved = Gespeichert.
archive-consent-offline = Nicht gespeichert: Sie sind offline. Versuchen Sie es wieder, wenn Sie online sind.
archive-consent-withdrawn = Diese Stimme ist zurückgezogen.
archive-consent-failed = Nicht gespeichert. Versuchen Sie es später noch einmal.
archive-withdraw = Meine Stimme zurückziehen
archive-withdraw-explained = Wenn Sie Ihre Stimme zurückziehen, ist sie endgültig weg: niemand in der Gruppe, keine Redaktion und keine Leserin und kein Leser sieht sie wieder, und der Server löscht sie. Sie lässt sich nicht zurückholen.
archive-withdraw-cannot-undo = Kopien, die andere schon heruntergeladen, gespeichert oder gedruckt haben, während sie ihnen gezeigt wurde, kann das nicht zurückholen.
archive-withdraw-confirm = Endgültig zurückziehen
archive-withdraw-cancel = Meine Stimme behalten
archive-publish = Bericht veröffentlichen
archive-unpublish = Veröffentlichung zurücknehmen
archive-publish-hint = Leserinnen und Leser sehen nur die Stimmen, deren Autorinnen und Autoren „alle“ gewählt haben, so genannt, wie jede und jeder es gewählt hat.
archive-published = Veröffentlicht. Leserinnen und Leser sehen jetzt die Stimmen, die mit der Öffentlichkeit geteilt sind.
archive-unpublished = Veröffentlichung zurückgenommen. Leserinnen und Leser sehen ihn nicht mehr.
archive-publish-refused = Nicht veröffentlicht: noch niemand hat die eigene Stimme mit der Öffentlichkeit geteilt (oder der Bericht hat keinen Titel).
archive-publish-not-synced = Der Server hat diesen Bericht noch nicht. Warten Sie, bis er synchronisiert ist, und veröffentlichen Sie dann.
archive-publish-failed = Nicht veröffentlicht. Versuchen Sie es später noch einmal.
archive-export = Archiv der Gruppe herunterladen
archive-export-hint = Eine ZIP-Datei mit den Worten jeder Stimme (Markdown), den Aufnahmen und einer Liste der Einträge, Stimmen, Sprachen und Einwilligungen. Zurückgezogene Stimmen sind nie enthalten; eine anonyme Stimme trägt darin keinen Namen. Teilen Sie sie nur so, wie die Einwilligung jeder Stimme es erlaubt.

## Dates
date-month =
    { $month ->
     [jan] Januar
     [feb] Februar
     [mar] März
     [apr] April
     [may] Mai
     [jun] Juni
     [jul] Juli
     [aug] August
     [sep] September
     [oct] Oktober
     [nov] November
    *[dec] Dezember
    }
date-month-alone =
    { $month ->
     [jan] Januar
     [feb] Februar
     [mar] März
     [apr] April
     [may] Mai
     [jun] Juni
     [jul] Juli
     [aug] August
     [sep] September
     [oct] Oktober
     [nov] November
    *[dec] Dezember
    }
date-weekday =
    { $weekday ->
     [mon] Montag
     [tue] Dienstag
     [wed] Mittwoch
     [thu] Donnerstag
     [fri] Freitag
     [sat] Samstag
    *[sun] Sonntag
    }
date-day = { $weekday }, { $day }. { $month }
date-full = { $day }. { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } um { $time }
date-list-separator = { ", " }
date-just-now = in dieser Minute
date-minutes-ago =
    { $count ->
     [one] vor { $count } Minute
    *[other] vor { $count } Minuten
    }
date-hours-ago =
    { $count ->
     [one] vor { $count } Stunde
    *[other] vor { $count } Stunden
    }
date-days-ago =
    { $count ->
     [1] gestern
     [one] vor { $count } Tag
    *[other] vor { $count } Tagen
    }
