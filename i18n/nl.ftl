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
nav-cities = Alle steden
nav-status = Status van synchronisatie
nav-sign-in = Inloggen
nav-edit = De gids bewerken
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Je account: { $name }
page-title = { $page } · { app-name }
language-label = Taal

## Choosing a guide

reader-choose-city-title = Kies je stad
reader-choose-language-title = Kies je taal
reader-choose-offline = Je bent offline. Maak één keer verbinding met internet om een gids te downloaden.
reader-kept-guides = Gidsen op deze telefoon
reader-choose-city = Kies een andere stad of taal
reader-choose-language-city = Kies de taal van de gids voor { $city }
reader-language-not-offered = De gids voor { $city } is niet geschreven in { $language }. Kies een van de talen waarin hij wel geschreven is:
reader-open-guide = Open de gids
reader-loading = Laden…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Gids
reader-nav-home = Start
reader-nav-articles = Praktische informatie
reader-nav-events = Activiteiten
reader-nav-search = Zoeken
reader-sample-city = Dit is een voorbeeldstad met verzonnen inhoud, om { app-name } uit te proberen.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Ook offline te lezen, bijgewerkt { $ago }
reader-offline-now = Je bent offline. Deze gids is { $ago } bijgewerkt.
reader-guide-language = Taal van de gids
reader-print-link = Deze gids afdrukken
reader-offline-banner = Je bent offline. Je leest de kopie die op deze telefoon is bewaard.
reader-language-shown-in = De gids voor { $city } is niet geschreven in { $language }: de teksten worden getoond in { $guide }.
reader-text-size = Tekstgrootte
reader-text-size-normal = Normaal
reader-text-size-large = Groot
reader-text-size-larger = Heel groot
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Nog niet vertaald: een deel staat in deze taal: { $languages }.
       *[other] Nog niet vertaald: een deel staat in deze talen: { $languages }.
    }
reader-problem-offline-title = Deze gids staat nog niet op deze telefoon
reader-problem-offline = Maak één keer verbinding met internet. Daarna werkt de gids ook offline.
reader-offline-missing = Je bent offline.
reader-problem-unknown-city-title = Stad niet gevonden
reader-problem-unknown-city = Er is hier geen gids voor deze stad.
reader-problem-unknown-language-title = Taal niet beschikbaar
reader-problem-unknown-language = Deze gids is niet beschikbaar in deze taal. Kies een van deze talen:
reader-problem-server-title = De gids kon niet worden geladen
reader-problem-server = Er ging iets mis op de server. Probeer het later opnieuw.
reader-meta-description = De gids van { $city } voor nieuwkomers: waar je hulp, diensten, praktische informatie en activiteiten vindt, in je eigen taal, ook offline.
reader-meta-description-page = { $page }, in de gids van { $city } voor nieuwkomers: hulp, diensten, informatie en activiteiten in je eigen taal, ook offline.

## Guide home

reader-home-title = Gids voor { $city }
reader-notices = Nieuws van de stad
reader-categories = Wat heb je nodig?
reader-category-count =
    { $count ->
        [one] één plek
       *[other] { $count } plekken
    }
reader-this-week = Deze week
reader-no-events-this-week = Geen activiteiten in de komende zeven dagen.
reader-all-events = Alle activiteiten
reader-topics = Informatie
reader-kept-languages = Op deze telefoon
reader-kept-languages-hint = De gids werkt zonder internet in de talen die op deze telefoon staan.
reader-kept-current = Bewaard (je leest deze taal)
reader-kept-add = Ook { $language } bewaren
reader-kept-remove = { $language } van deze telefoon verwijderen
reader-published-on = Gepubliceerd op { $date }
reader-kept-waiting = Je bent offline: { $language } wordt op deze telefoon bewaard zodra die weer online is.

## Services

reader-service-title = Voorziening
reader-status-temporarily-closed = Tijdelijk gesloten.
reader-status-closed = Deze voorziening is gesloten.
reader-open-now = Nu open, sluit om { $time }
reader-open-now-all-day = Nu open, 24 uur per dag
reader-open-all-day = 24 uur open
reader-opens-today = Nu gesloten. Gaat vandaag open om { $time }
reader-opens-tomorrow = Nu gesloten. Gaat morgen open om { $time }
reader-opens-on = Nu gesloten. Gaat open op { $day } om { $time }
reader-by-appointment = Op afspraak
reader-no-hours-soon = De komende dagen niet open
reader-hours-unknown = Vraag naar de openingstijden
reader-open-to-all = Open voor iedereen, welke papieren je ook hebt
reader-for-whom = Voor wie
reader-eligibility = Wie kan komen
reader-cost = Kosten
reader-free = Gratis
reader-not-free = Niet gratis
reader-languages = Talen
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Er kan een tolk geregeld worden.
reader-documents = Wat je meeneemt
reader-hours = Openingstijden
reader-today = Vandaag
reader-tomorrow = Morgen
reader-closed-day = Gesloten
reader-appointment-note = (op afspraak)
reader-where = Waar
reader-outreach = Waar je ze vindt (ze komen ook naar jou toe)
reader-open-map = Openen in mijn kaarten-app
reader-open-web-map = Open de kaart op openstreetmap.org
reader-contact = Contact
reader-call = Bel { $phone }
reader-email = Mail naar { $email }
reader-website = Website: { $site }
reader-share = Delen
reader-share-copied = Link gekopieerd
reader-last-checked = Laatst gecontroleerd op { $date }
reader-listen = Luisteren
reader-listen-stop = Stoppen
reader-target-everyone = Iedereen
reader-target-asylum-seekers-and-refugees = Asielzoekers en vluchtelingen
reader-target-temporary-protection = Mensen met tijdelijke bescherming
reader-target-undocumented-residents = Mensen zonder papieren
reader-target-women = Vrouwen
reader-target-unaccompanied-minors = Jongeren onder de 18 zonder ouders
reader-target-children = Kinderen
reader-target-students = Studenten

## Articles

reader-articles-title = Praktische informatie
reader-articles-below = Meer hierover
reader-breadcrumbs =
    .aria-label = Je bent hier

## Events

reader-events-title = Activiteiten
reader-events-later = Later
reader-no-events = Geen activiteiten in de komende weken.
reader-event-cancelled = Gaat niet door
reader-event-when = Wanneer
reader-event-next-dates = Volgende data
reader-event-past = Deze activiteit is voorbij.
reader-organizer = Georganiseerd door
reader-open-to-residents = Iedereen, nieuwkomers en mensen die hier al lang wonen
reader-add-to-calendar = Aan mijn agenda toevoegen
reader-register = Aanmelden
reader-online-link = Online meedoen
reader-subscribe = De activiteiten van de stad in mijn agenda zetten
reader-feed-link = Alle activiteiten downloaden (iCalendar)
reader-events-by-month = Later, per maand
reader-no-later-events = Er zijn nog geen latere activiteiten bekend.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } activiteit
       *[other] { $month }: { $count } activiteiten
    }
reader-no-events-month = Geen activiteiten deze maand.
reader-events-bad-month = Dit adres noemt geen maand (het zou moeten eindigen op ?month=2027-01). Hier zijn de komende weken.
reader-events-known-until = Deze telefoon kent de activiteiten tot { $date }. Open de gids later online om meer te zien.
reader-events-coming-weeks = De komende vier weken
reader-events-month-before = Eerder: { $month }
reader-events-month-after = Daarna: { $month }
reader-feed-heading = In je agenda-app

## Search

reader-search-title = Zoeken
reader-search-label = Zoeken in de gids
reader-search-button = Zoeken
reader-search-count =
    { $count ->
        [0] Niets gevonden voor ‘{ $query }’.
        [one] Eén resultaat voor ‘{ $query }’.
       *[other] { $count } resultaten voor ‘{ $query }’.
    }
reader-kind-service = Voorziening
reader-kind-article = Informatie
reader-kind-event = Activiteit

## Print version

reader-print-title = Gids om af te drukken
reader-print-heading = Gids voor { $city }
reader-print-date = Afgedrukt op { $date }. Dingen veranderen: kijk ook in de online gids.
reader-print-button = Afdrukken
reader-print-address = Deze gids online, altijd bijgewerkt:
reader-print-qr = QR-code: deze gids online
reader-print-other-days = Sommige openingstijden vallen op andere dagen (om de paar weken of eens per maand): zie de online gids.

## Suggest a correction

reader-suggest-link = Verbetering voorstellen
reader-suggest-title = Verbetering voorstellen
reader-suggest-about = Over:
reader-suggest-privacy = Je blijft anoniem. We vragen niet naar je naam of iets anders over jou.
reader-suggest-topic = Wat klopt er niet?
reader-suggest-message = Wat moeten we weten?
reader-suggest-message-hint = Schrijf alsjeblieft niet je naam, telefoonnummer of andere persoonlijke gegevens.
reader-suggest-send = Versturen
reader-suggest-need-topic = Kies wat er niet klopt.
reader-suggest-need-message = Schrijf een paar woorden over wat er niet klopt.
reader-suggest-sent = Bedankt. De redactie van de gids kijkt ernaar.
reader-suggest-queued = Bedankt. Je bent offline: het wordt verstuurd als je weer online bent.
reader-suggest-refused = Bedankt, maar dit kon niet worden verstuurd: de pagina is misschien verwijderd.
reader-back-to-guide = Terug naar de gids

## Status page

status-title = Status van synchronisatie
status-connection-label = Verbinding met de server
status-connected = Verbonden
status-connecting = Verbinden…
status-offline = Offline
status-offline-hint = Je bent offline. Wijzigingen blijven op dit apparaat. Ze worden verstuurd als je weer online bent.
status-waiting =
    { $count ->
        [0] Niets op dit apparaat wacht op verzending.
        [1] Eén wijziging is op dit apparaat opgeslagen en wacht op verzending.
       *[other] Wijzigingen op dit apparaat die op verzending wachten: { $count }.
    }
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
role-group-hint = Een van de archiefgroepen die u in deze stad modereert.
role-group-missing = Kies een groep.
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

## Suggestions queue (editors)

suggestions-title = Voorstellen van lezers
suggestions-heading = Voorstellen voor { $city }
suggestions-intro = Lezers sturen deze anoniem als er iets niet klopt in de gids. Controleer het, verbeter het onderdeel als dat nodig is en markeer het voorstel daarna als afgehandeld.
suggestions-loading = Laden…
suggestions-not-signed-in = Log in om de voorstellen van lezers te zien.
suggestions-sign-in = Inloggen
suggestions-not-allowed = Alleen redacteuren en beheerders van { $city } kunnen de voorstellen zien.
suggestions-unknown-city = Er is geen stad ‘{ $city }’.
suggestions-show-done = Ook afgehandelde voorstellen tonen
suggestions-list-title = Voorstellen
suggestions-none-open = Geen open voorstellen.
suggestions-none = Nog geen voorstellen.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Over: { $title }
suggestions-about-unpublished = Over een onderdeel dat niet meer gepubliceerd is
suggestions-about-guide = Over de gids in het algemeen
suggestions-no-message = De lezer heeft geen bericht geschreven.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Ontvangen { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · taal: { LANGUAGES($language) }
suggestions-resolved = Afgehandeld { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Markeren als afgehandeld
suggestions-marked-done = Voorstel gemarkeerd als afgehandeld.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Het is gesloten of bestaat niet meer
suggestion-topic-hours = De openingstijden kloppen niet
suggestion-topic-address = Het adres klopt niet
suggestion-topic-contact = Het telefoonnummer of een ander contact klopt niet
suggestion-topic-translation = De vertaling klopt niet of ontbreekt
suggestion-topic-other = Iets anders

## Editing app

editor-page-title = De gids bewerken
editor-title = { $city } bewerken
editor-signed-out = Log in om de gids te bewerken.
editor-progress = { $loaded } van { $total } documenten op dit apparaat
editor-filter = Filteren
editor-events = Activiteiten
editor-services = Voorzieningen
editor-new-event = Nieuwe activiteit
editor-back = Terug naar de lijst
editor-untitled = (nog geen titel)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Bewaard op dit apparaat. Je bent offline.
        [one] Bewaard op dit apparaat, één wijziging wacht om verstuurd te worden.
       *[other] Bewaard op dit apparaat, { $count } wijzigingen wachten om verstuurd te worden.
    }
editor-sync-sending =
    { $count ->
        [one] Eén wijziging versturen…
       *[other] { $count } wijzigingen versturen…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Gesynchroniseerd { $ago }
editor-sync-sent =
    { $count ->
        [1] Eén wijziging verzonden. Gesynchroniseerd { $ago }
       *[other] Verzonden wijzigingen: { $count }. Gesynchroniseerd { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Je sessie is afgelopen. Log opnieuw in om te blijven synchroniseren.
        [one] Je sessie is afgelopen. Je wijziging is bewaard op dit apparaat: log opnieuw in om hem te versturen.
       *[other] Je sessie is afgelopen. Je { $count } wijzigingen zijn bewaard op dit apparaat: log opnieuw in om ze te versturen.
    }
editor-sync-sign-in = Opnieuw inloggen
editor-hint-plain = Schrijf korte zinnen. Eén idee per zin. Gebruik woorden die mensen kennen.
editor-hint-title = Zeg in een paar woorden wat het is. Bijvoorbeeld: Taalcafé.
editor-minor-edit = Kleine verbetering (spelling, een tikfout): vertalingen blijven actueel
editor-conflict =
    { $count ->
        [one] Twee mensen hebben dit tegelijk gewijzigd. Kies de juiste waarde:
       *[other] Meerdere mensen hebben dit tegelijk gewijzigd ({ $count } waarden). Kies de juiste:
    }
editor-conflict-keep = ‘{ $value }’ houden
editor-event-title = Titel
editor-event-description = Beschrijving
editor-event-type = Soort activiteit
editor-event-type-workshop = Workshop
editor-event-type-language-cafe = Taalcafé
editor-event-type-festival = Festival
editor-event-type-commemoration = Herdenking
editor-event-type-job-fair = Banenmarkt
editor-event-type-sport = Sport
editor-event-type-information-session = Informatiebijeenkomst
editor-event-type-other = Anders
editor-event-start = Begint
editor-event-end = Eindigt
editor-event-place = Plaats
editor-place-name = Naam van de plek
editor-place-street = Straat en huisnummer
editor-place-postal-code = Postcode
editor-place-locality = Woonplaats
editor-event-organizer = Georganiseerd door
editor-event-free = Gratis
editor-event-cancelled = De hele activiteit gaat niet door
editor-repeat = Herhaling
editor-repeat-kind = Hoe vaak
editor-repeat-none = Herhaalt niet
editor-repeat-weekly = Elke week
editor-repeat-monthly = Elke maand
editor-repeat-custom = Andere regel (RRULE)
editor-repeat-days =
    .aria-label = Op deze dagen
editor-repeat-nth = Welke
editor-repeat-weekday = Dag
editor-repeat-until = Tot en met (niet verplicht)
editor-repeat-rule = Regel
editor-nth-1 = Eerste
editor-nth-2 = Tweede
editor-nth-3 = Derde
editor-nth-4 = Vierde
editor-nth-last = Laatste
editor-weekday-mo = Maandag
editor-weekday-tu = Dinsdag
editor-weekday-we = Woensdag
editor-weekday-th = Donderdag
editor-weekday-fr = Vrijdag
editor-weekday-sa = Zaterdag
editor-weekday-su = Zondag
editor-cancelled-dates = Data die niet doorgaan
editor-cancel-date-label = Eén datum afzeggen
editor-cancel-date = Deze datum afzeggen
editor-restore-date = { $date } terugzetten
editor-quick-hint = Werkt zonder internet. De activiteit wordt verstuurd als je weer online bent.
editor-quick-date = Datum
editor-quick-start = Begint om
editor-quick-end = Eindigt om
editor-quick-save = Activiteit bewaren
editor-quick-missing = Vul de titel, de datum en de tijden in.
editor-service-name = Naam
editor-service-description = Wat het is
editor-service-eligibility = Wie kan komen
editor-service-documents = Wat je meeneemt
editor-service-status = Status
editor-service-status-active = Open
editor-service-status-temporarily-closed = Tijdelijk gesloten
editor-service-status-closed = Voorgoed gesloten
editor-service-organization = Organisatie die het aanbiedt
editor-service-categories = Categorieën
editor-service-target-groups = Voor wie
editor-service-open-to-all = Open voor iedereen, met of zonder papieren
editor-service-fee = Prijs, als het niet gratis is
editor-service-languages = Talen die het personeel spreekt
editor-service-language-other = Andere taal
editor-service-language-hint = De taalcode, bijvoorbeeld ti, prs of pt-BR.
editor-service-language-add = Taal toevoegen
editor-service-language-invalid = Dit is geen taalcode. Schrijf een code zoals ti, prs of pt-BR.
editor-service-contacts = Contact
editor-service-phones = Telefoonnummers
editor-service-phone = Telefoonnummer { $number }
editor-service-phone-new = Nieuw telefoonnummer
editor-service-phone-add = Nummer toevoegen
editor-service-phone-remove = { $phone } verwijderen
editor-service-phone-invalid = Schrijf een telefoonnummer: alleen cijfers, spaties en +. Bijvoorbeeld +32 4 123 45 67.
editor-service-email = E-mail
editor-service-email-invalid = Dit is geen e-mailadres. Bijvoorbeeld: info@example.org
editor-service-website = Website
editor-service-website-invalid = Schrijf het volledige adres, beginnend met https://
editor-service-verified = Laatst gecontroleerd
editor-service-verified-never = Niemand heeft deze dienst nog gecontroleerd.
editor-service-verified-value = Gecontroleerd op { $date } door { $name }
editor-service-verify = Vandaag gecontroleerd
editor-service-locations = Plaatsen
editor-service-location = Plaats { $number }
editor-service-location-none = Nog geen plaats.
editor-service-location-add = Plaats toevoegen
editor-service-location-remove = Deze plaats verwijderen
editor-location-region = Regio
editor-location-country = Land (twee letters, bijvoorbeeld BE)
editor-location-country-invalid = Schrijf de landcode van twee letters, bijvoorbeeld BE.
editor-location-latitude = Breedtegraad (niet verplicht)
editor-location-longitude = Lengtegraad (niet verplicht)
editor-location-latitude-invalid = Schrijf een getal van -90 tot 90, bijvoorbeeld 50.63.
editor-location-longitude-invalid = Schrijf een getal van -180 tot 180, bijvoorbeeld 5.57.
editor-location-outreach = Ze gaan ook naar de mensen toe (mobiel of outreachend werk)
editor-service-schedules = Openingsuren
editor-schedule = Uren { $number }
editor-schedule-none = Nog geen openingsuren.
editor-schedule-add = Openingsuren toevoegen
editor-schedule-remove = Deze uren verwijderen
editor-schedule-days = Dagen
editor-schedule-rule-hint = Alleen voor wat de dagen niet kunnen zeggen, bijvoorbeeld FREQ=MONTHLY;BYDAY=1TU voor de eerste dinsdag van elke maand. Laat leeg om de dagen te gebruiken.
editor-schedule-rule-invalid = Deze regel kan niet worden gebruikt. Schrijf een regel zoals FREQ=WEEKLY;BYDAY=MO,TU, zonder „RRULE:”.
editor-schedule-opens = Opent om
editor-schedule-closes = Sluit om
editor-schedule-overnight = Sluit de volgende dag (open na middernacht)
editor-schedule-times-invalid = Het sluitingsuur moet na het openingsuur liggen. Voor uren na middernacht vinkt u „Sluit de volgende dag” aan.
editor-schedule-valid-from = Vanaf (niet verplicht)
editor-schedule-valid-to = Tot (niet verplicht)
editor-schedule-valid-invalid = De einddatum mag niet voor de begindatum liggen.
editor-schedule-closed-dates = Gesloten op
editor-schedule-closed-date-label = Een dag dat het gesloten is
editor-schedule-closed-date-add = Gesloten dag toevoegen
editor-schedule-closed-date-remove = Weer open op { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, op afspraak
editor-schedule-no-days = Geen dagen gekozen
editor-schedule-no-hours = nog geen uren
editor-new-service = Nieuwe dienst
editor-new-service-hint = Begin met de naam. De rest vult u in op het volgende scherm. Werkt zonder internet.
editor-new-service-create = Dienst aanmaken
editor-new-service-missing = Schrijf de naam van de dienst.
editor-publishing = Publiceren
editor-publish-hint = Lezers zien alleen de gepubliceerde versie. Je latere wijzigingen blijven concepten tot je opnieuw publiceert.
editor-publish = Deze versie publiceren
editor-unpublish = Publicatie intrekken
editor-published = Gepubliceerd. Lezers zien nu deze versie.
editor-draft-badge = Niet-gepubliceerd concept
editor-publication-published = Gepubliceerd: lezers zien deze versie.
editor-publication-draft = Niet-gepubliceerd concept: lezers zien de laatst gepubliceerde versie tot deze is gepubliceerd.
editor-publication-unpublished = Niet-gepubliceerd concept: lezers zien dit item pas als het is gepubliceerd.
editor-unpublished = Publicatie ingetrokken. Lezers zien het niet meer.
editor-publish-not-synced = De server heeft deze versie nog niet. Wacht tot alles gesynchroniseerd is en publiceer dan.
editor-publish-offline = Je bent offline. Publiceer als je weer online bent.
editor-publish-not-publishable = Niet gepubliceerd: deze versie is nog geen volledig item. Wacht tot alles gesynchroniseerd is, controleer de velden en publiceer opnieuw.
editor-publish-invalid-content = Niet gepubliceerd: verbeter eerst { $field }.
editor-publish-link-invalid = Een link moet naar een pagina van deze site gaan (begint met één /) of naar een volledig adres dat met https:// begint.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Voorbeeld: wat lezers zullen zien
editor-preview-hint = De versie die lezers nu zien, vergeleken met je concept. Publiceer om lezers het concept te tonen.
editor-preview-not-published = Nog niet gepubliceerd: lezers zien niets. Na publiceren zien ze dit:
# $when: the date and time of publishing.
editor-preview-same = Lezers zien precies deze versie (gepubliceerd: { $when }).
editor-preview-changed =
    { $count ->
        [one] Eén veld verschilt van wat lezers zien (gepubliceerd: { $when }):
       *[other] { $count } velden verschillen van wat lezers zien (gepubliceerd: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Eén veld ongewijzigd
       *[other] { $count } velden ongewijzigd
    }
editor-preview-unknown = Maak één keer verbinding met internet om te zien wat lezers zien.
editor-preview-unavailable = Dit apparaat heeft de gepubliceerde versie nog niet. Wacht tot alles gesynchroniseerd is.
# Read out by screen readers before removed and added words.
editor-diff-removed = Verwijderd:
editor-diff-added = Toegevoegd:
# The history of an item: who changed which field, and when.
editor-history = Geschiedenis
editor-history-hint = Wie wat heeft gewijzigd, en wanneer. Je kunt een eerdere waarde terugzetten.
editor-history-none = Nog geen wijzigingen.
editor-history-unknown-author = Geïmporteerd
# $field: the technical name of a field that has no label here.
editor-history-other-field = Ander gegeven ({ $field })
editor-history-restore = Deze waarde terugzetten
editor-history-current = Dit is de huidige waarde.
editor-history-empty = (leeg)
editor-history-yes = Ja
editor-history-no = Nee
editor-history-field-order = Plaats in de lijst met artikels
editor-translate-link = Vertalen
editor-suggestions-link = Suggesties van lezers
editor-suggestions-open = Open: { $count }
editor-translate-title = Vertalingen
editor-translate-no-languages = Je hebt in deze stad geen taal om naar te vertalen.
editor-translate-language = Vertalen naar
editor-translate-status = Tonen
editor-translate-all = Alles
editor-translate-back = Terug naar de vertalingen
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } van { $total } actueel
editor-status-missing = Ontbreekt
editor-status-outdated = Verouderd
editor-status-machine = Machinevertaling
editor-status-up-to-date = Actueel
editor-status-incomplete = Deels vertaald
editor-translate-source-changed = De brontekst is veranderd sinds deze vertaling werd gemaakt. Wat veranderde, staat boven elk vak gemarkeerd.
editor-translate-source-changed-unknown = De brontekst is veranderd sinds deze vertaling werd gemaakt. Dit apparaat kan niet tonen wat er veranderde: vergelijk elke tekst met de bron.
editor-translate-what-changed = Veranderd in de bron:
editor-translate-finish = Afronden
editor-translate-left = Teksten nog te vertalen: { $count }
editor-translate-all-translated = Alle teksten zijn vertaald. Controleer ze met de bron en markeer de vertaling dan als klaar.
editor-translate-done = Markeren als klaar
editor-translate-not-done = Vertaal eerst elke tekst. Nog leeg: { $count }
editor-translate-marked-done = Gemarkeerd als klaar. Ze is op dit apparaat bewaard en gaat met je andere wijzigingen naar de server.
editor-translate-publish = Vertaling publiceren
editor-translate-publish-hint = Lezers zien de vertaling zodra ze gepubliceerd is, met de versie van het item die ze nu zien.
editor-translate-editor-publishes = Lezers zien de vertaling zodra een redacteur ze publiceert.
editor-translate-publish-not-done = Markeer de vertaling eerst als klaar.
editor-translate-item-unpublished = Het item zelf is nog niet gepubliceerd. Lezers zien de vertaling zodra het dat is.
editor-translate-published = Gepubliceerd. Lezers zien nu deze vertaling.
editor-field-name = Naam
editor-field-title = Titel
editor-field-description = Beschrijving
editor-field-body = Tekst
editor-field-eligibility = Wie kan komen
editor-field-documents_needed = Wat je meeneemt
editor-field-fee = Kosten
editor-field-accessibility = Toegankelijkheid
editor-field-notes = Opmerkingen over de openingstijden

## Guide articles and city settings

editor-new-article = Nieuw artikel
editor-settings-link = Instellingen van de stad
editor-articles = Artikels van de gids
editor-move-up = Omhoog
    .aria-label = Omhoog: { $title }
editor-move-down = Omlaag
    .aria-label = Omlaag: { $title }
editor-article-title = Titel
editor-article-body = Tekst
editor-article-markdown-hint = Opmaak: een lege regel tussen alinea's; „## ” aan het begin van een regel voor een kop; „- ” of „1. ” voor een lijst; een link schrijf je als [woorden](https://example.org).
editor-article-parent = Staat onder
editor-article-top-level = Bovenste niveau (onder geen artikel)
editor-article-notice = Mededeling op de startpagina tot (optioneel)
editor-article-notice-hint = Tot deze datum toont de startpagina van de gids het artikel als mededeling van de stad. Laat leeg voor een gewoon artikel.
editor-hint-title-article = Zeg in een paar woorden waar het over gaat. Bijvoorbeeld: Je eerste dagen.
editor-article-create = Artikel maken
editor-article-title-missing = Schrijf eerst een titel.
editor-article-cannot-create = Alleen redacteurs kunnen artikels toevoegen.
editor-settings-title = Instellingen van de stad
editor-settings-live = Wijzigingen hier zien lezers meteen. Er is geen publicatiestap.
editor-settings-read-only = Je kunt de instellingen van de stad niet wijzigen. Alleen redacteurs kunnen dat.
editor-categories = Categorieën
editor-categories-hint = Lezers zien de categorieën in deze volgorde. Is een naam leeg, dan zien lezers de naam in de terugvaltaal.
editor-category-icon = Pictogram
editor-category-name = Naam in het { $language } ({ $tag })
editor-category-add-title = Nieuwe categorie
editor-category-add-name = Naam in het { $language }
editor-category-add = Categorie toevoegen
editor-category-name-missing = Schrijf eerst de naam van de categorie.
editor-category-remove-question = „{ $name }” verwijderen? Diensten die ze gebruiken: { $count }.
editor-remove = Verwijderen
    .aria-label = Verwijderen: { $name }
editor-remove-confirm = Ja, „{ $name }” verwijderen
editor-remove-cancel = Annuleren
editor-icon-heart = Hart
editor-icon-house = Huis
editor-icon-scales = Weegschaal
editor-icon-briefcase = Aktetas
editor-icon-book = Boek
editor-icon-family = Gezin
editor-icon-bowl = Kom
editor-icon-people = Mensen
editor-icon-woman = Vrouw
editor-icon-star = Ster
editor-icon-search = Vergrootglas
editor-icon-calendar = Kalender
editor-icon-clock = Klok
editor-icon-pin = Kaartspeld
editor-icon-phone = Telefoon
editor-icon-share = Delen
editor-icon-print = Printer
editor-icon-speaker = Luidspreker
editor-icon-article = Document
editor-icon-offline = Geen verbinding
editor-icon-check = Vinkje
editor-icon-flag = Vlag
editor-languages = Talen
editor-languages-hint = De talen waaruit lezers kunnen kiezen. Een nog niet vertaalde tekst verschijnt in de terugvaltaal.
editor-language-direction = Schrijfrichting
editor-direction-ltr = Van links naar rechts
editor-direction-rtl = Van rechts naar links
editor-language-source = De brontaal: inhoud wordt eerst in deze taal geschreven.
editor-language-fallback = Terugvaltaal
editor-language-fallback-hint = Wat lezers van deze taal zien als een tekst nog niet vertaald is.
editor-language-no-fallback = Geen
editor-language-fallback-cycle = Dat maakt een kringloop: die taal valt al terug op deze. Kies een andere.
editor-language-remove-question = { $language } verwijderen? De lezers ervan kiezen een andere taal. De vertalingen blijven bewaard.
editor-language-add-title = Nieuwe taal
editor-language-add-tag = Taalcode (BCP 47)
editor-language-add-hint = Bijvoorbeeld: ti (Tigrinya), pt-BR (Braziliaans Portugees).
editor-language-add = Taal toevoegen
editor-language-invalid = „{ $tag }” is geen taalcode. Schrijf een code zoals ti of pt-BR.
editor-language-present = De stad biedt { $language } al aan.

## The multivoiced archive

reader-archive-title = Stemmen van aankomst
reader-archive-intro = Verhalen van mensen die naar deze stad kwamen, in hun eigen woorden. Elke stem is van henzelf; geen enkele is de officiële versie.
reader-archive-link = Lees de stemmen van aankomst
reader-archive-empty = Hier is nog niets gepubliceerd.
reader-archive-unavailable = De stemmen konden niet worden geladen. Probeer het later opnieuw.
reader-archive-offline = U bent offline. De stemmen van aankomst hebben een verbinding nodig.
reader-archive-anonymous = Anoniem
reader-archive-speaks-about = Het gaat over:
reader-archive-translated = Vertaald uit het { $language } door de groep
reader-archive-in-language = In het { $language }
reader-archive-original = De oorspronkelijke woorden tonen
reader-archive-recording =
    .aria-label = Opname van deze stem
archive-page-title = Archief
archive-title = Archief van de groep { $group }
archive-open = Het archief openen
archive-not-member = U bent geen lid van deze archiefgroep.
archive-intro = Verhalen van aankomst, geschreven en opgenomen door de groep. Elke stem blijft van wie ze is: alleen die persoon beslist wie ze ziet en hoe die genoemd wordt.
archive-entries = Verhalen
archive-no-entries = Nog geen verhalen.
archive-voice-count =
    { $count ->
        [one] { $count } stem
       *[other] { $count } stemmen
    }
archive-state-published = Gepubliceerd
archive-state-unpublished = Niet gepubliceerd
archive-theme = Thema
archive-guide-links = Pagina’s van de gids waarover het gaat
archive-theme-arrival = Aankomst
archive-theme-first-contact-with-services = Eerste contact met diensten
archive-theme-housing = Wonen
archive-theme-work = Werk
archive-theme-family = Gezin
archive-theme-belonging = Erbij horen
archive-theme-the-future = De toekomst
archive-theme-other = Anders
archive-entry-title = Titel
archive-entry-title-missing = Schrijf een titel.
archive-cities = Steden waarover het gaat
archive-cities-hint = Na publicatie kunnen de lezers van de gidsen van deze steden het lezen.
archive-new-entry = Nieuw verhaal
archive-new-entry-create = Het verhaal aanmaken
archive-back = Terug naar het archief
archive-entry-missing = Dit verhaal staat nog niet op dit apparaat. Is het net aangemaakt, wacht dan tot het gesynchroniseerd is.
archive-voices = Stemmen
archive-no-voices = Nog geen stem.
archive-add-voice = Mijn stem toevoegen
archive-add-voice-hint = Schrijf in uw eigen woorden, neem uzelf op, of allebei. Het wordt meteen op dit apparaat bewaard en verstuurd zodra u online bent.
archive-voice-language = De taal waarin u spreekt
archive-add-voice-create = Mijn stem toevoegen
archive-voice-yours = Uw stem
archive-voice-of = Stem van { $name }
archive-voice-unknown = Een stem van de groep
archive-voice-in = In het { $language }
archive-voice-text = Woorden
archive-voice-text-hint = Wat geschreven is, of de uitgeschreven tekst van de opname.
archive-recording = Opname
archive-record = Opnemen
archive-record-stop = Stoppen
archive-record-discard = De opname weggooien
archive-record-play =
    .aria-label = De opname terugluisteren
archive-recording-none = Geen opname.
archive-recording-recording = Bezig met opnemen…
archive-recording-waiting = Opgenomen, wacht op uploaden. Tot dan blijft de opname op dit apparaat.
archive-recording-uploaded = Geüpload.
archive-recording-refused-too-large = Deze opname is te groot: het archief neemt tot 25 MB. Neem een kortere op of kies een kleiner bestand.
archive-recording-refused-wrong-type = Het archief neemt dit bestand niet: alleen WebM- of Ogg-audio.
archive-audio-file = Of kies een audiobestand op dit apparaat
archive-audio-file-hint = WebM- of Ogg-audio, tot 25 MB. De titel en andere tags worden bij het uploaden verwijderd.
archive-recording-no-microphone = Er kon geen microfoon worden gebruikt. Sta deze site toe de microfoon te gebruiken, of schrijf uw woorden op.
archive-photo = Foto
archive-photo-choose = Een foto toevoegen
archive-photo-hint = JPEG, PNG of WebP, tot 10 MB. De locatie (gps) en cameragegevens worden bij het uploaden verwijderd.
archive-photo-description = Wat de foto laat zien (voor wie hem niet kan zien)
archive-photo-remove = Foto verwijderen
archive-photo-none = Geen foto.
archive-photo-waiting = Wacht op uploaden. Tot dan blijft hij op dit apparaat.
archive-photo-uploaded = Geüpload, zonder locatie en cameragegevens.
archive-photo-refused-too-large = Deze foto is te groot: het archief neemt foto’s tot 10 MB.
archive-photo-refused-wrong-type = Het archief neemt dit bestand niet: alleen JPEG-, PNG- of WebP-foto’s.
archive-translations = Vertalingen
archive-translation-language = Vertalen naar
archive-translation-add = Een vertaling toevoegen
archive-translation-text = Vertaling in het { $language }, door { $by }
archive-translation-text-own = Vertaling in het { $language }, door wie de stem gaf
archive-consent-title = Uw toestemming
archive-consent-unavailable = U kunt kiezen wie uw stem ziet zodra die de server heeft bereikt (als u online bent). Tot dan ziet alleen de groep haar, zonder uw naam.
archive-consent-visibility = Wie uw stem mag zien
archive-visibility-group = Alleen de groep
archive-visibility-city-editors = De groep en de redacteurs van de stad
archive-visibility-public = Iedereen, zodra een moderator het verhaal publiceert
archive-consent-naming = Hoe u genoemd wordt
archive-naming-name = Met mijn naam ({ $name })
archive-naming-pseudonym = Met een schuilnaam
archive-naming-anonymous = Helemaal niet (anoniem)
archive-pseudonym = Schuilnaam
archive-pseudonym-missing = Schrijf de schuilnaam waarmee u genoemd wilt worden.
archive-consent-save = Mijn keuze bewaren
archive-consent-saving = Bezig met bewaren…
archive-consent-saved = Bewaard.
archive-consent-offline = Niet bewaard: u bent offline. Probeer het opnieuw als u online bent.
archive-consent-withdrawn = Deze stem is ingetrokken.
archive-consent-failed = Niet bewaard. Probeer het later opnieuw.
archive-withdraw = Mijn stem intrekken
archive-withdraw-explained = Als u uw stem intrekt, is ze voorgoed weg: niemand in de groep, geen redacteur en geen lezer ziet haar nog, en de server wist haar. Ze kan niet worden teruggehaald.
archive-withdraw-cannot-undo = Kopieën die anderen al hebben gedownload, bewaard of afgedrukt toen ze hun getoond werd, kan dit niet terughalen.
archive-withdraw-confirm = Voorgoed intrekken
archive-withdraw-cancel = Mijn stem houden
archive-publish = Het verhaal publiceren
archive-unpublish = Publicatie intrekken
archive-publish-hint = Lezers zien alleen de stemmen waarvan de auteurs „iedereen” kozen, genoemd zoals ieder koos.
archive-published = Gepubliceerd. Lezers zien nu de stemmen die met het publiek gedeeld zijn.
archive-unpublished = Publicatie ingetrokken. Lezers zien het niet meer.
archive-publish-refused = Niet gepubliceerd: nog geen enkele auteur heeft zijn stem met het publiek gedeeld (of het verhaal heeft geen titel).
archive-publish-not-synced = De server heeft dit verhaal nog niet. Wacht tot het gesynchroniseerd is en publiceer dan.
archive-publish-failed = Niet gepubliceerd. Probeer het later opnieuw.
archive-export = Het archief van de groep downloaden
archive-export-hint = Een zipbestand met de woorden van elke stem (Markdown), de opnames en een lijst van inzendingen, stemmen, talen en toestemmingen. Teruggetrokken stemmen staan er nooit in; een anonieme stem heeft er geen naam. Deel het alleen zoals de toestemming van elke stem het toelaat.

## Dates
date-month =
    { $month ->
     [jan] januari
     [feb] februari
     [mar] maart
     [apr] april
     [may] mei
     [jun] juni
     [jul] juli
     [aug] augustus
     [sep] september
     [oct] oktober
     [nov] november
    *[dec] december
    }
date-month-alone =
    { $month ->
     [jan] januari
     [feb] februari
     [mar] maart
     [apr] april
     [may] mei
     [jun] juni
     [jul] juli
     [aug] augustus
     [sep] september
     [oct] oktober
     [nov] november
    *[dec] december
    }
date-weekday =
    { $weekday ->
     [mon] maandag
     [tue] dinsdag
     [wed] woensdag
     [thu] donderdag
     [fri] vrijdag
     [sat] zaterdag
    *[sun] zondag
    }
date-day = { $weekday } { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } om { $time }
date-list-separator = { ", " }
date-just-now = binnen een minuut
date-minutes-ago =
    { $count ->
     [one] { $count } minuut geleden
    *[other] { $count } minuten geleden
    }
date-hours-ago =
    { $count ->
     [one] { $count } uur geleden
    *[other] { $count } uur geleden
    }
date-days-ago =
    { $count ->
     [1] gisteren
     [one] { $count } dag geleden
    *[other] { $count } dagen geleden
    }
