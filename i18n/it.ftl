# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Italian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Guide locali per chi è appena arrivato, scritte insieme, da leggere anche offline.
skip-to-content = Vai al contenuto
nav-main =
    .aria-label = Principale
nav-cities = Tutte le città
nav-status = Stato della sincronizzazione
nav-sign-in = Accedi
nav-edit = Modifica la guida
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Il tuo account: { $name }
page-title = { $page } · { app-name }
language-label = Lingua

## Choosing a guide

reader-choose-city-title = Scegli la tua città
reader-choose-language-title = Scegli la tua lingua
reader-choose-offline = Sei offline. Collegati a internet una volta per scaricare una guida.
reader-kept-guides = Guide su questo telefono
reader-choose-city = Scegli un’altra città o un’altra lingua
reader-choose-language-city = Scegli la lingua della guida di { $city }
reader-language-not-offered = La guida di { $city } non è scritta in { $language }. Scegli una delle lingue in cui è scritta:
reader-open-guide = Apri la guida
reader-loading = Caricamento…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Guida
reader-nav-home = Home
reader-nav-articles = Informazioni pratiche
reader-nav-events = Eventi
reader-nav-search = Cerca
reader-sample-city = Questa è una città di esempio con contenuti inventati, per provare { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Disponibile offline, aggiornata { $ago }
reader-offline-now = Sei offline. Questa guida è stata aggiornata { $ago }.
reader-guide-language = Lingua della guida
reader-print-link = Stampa questa guida
reader-offline-banner = Sei offline. Stai leggendo la copia salvata su questo telefono.
reader-language-shown-in = La guida di { $city } non è scritta in { $language }: i suoi testi sono mostrati in { $guide }.
reader-text-size = Dimensione del testo
reader-text-size-normal = Normale
reader-text-size-large = Grande
reader-text-size-larger = Molto grande
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Non ancora tradotto: una parte è in questa lingua: { $languages }.
       *[other] Non ancora tradotto: una parte è in queste lingue: { $languages }.
    }
reader-problem-offline-title = Questa guida non è ancora su questo telefono
reader-problem-offline = Collegati a internet una volta. Dopo, la guida funziona anche offline.
reader-offline-missing = Sei offline.
reader-problem-unknown-city-title = Città non trovata
reader-problem-unknown-city = Qui non c’è una guida per questa città.
reader-problem-unknown-language-title = Lingua non disponibile
reader-problem-unknown-language = Questa guida non c’è in questa lingua. Scegli una di queste lingue:
reader-problem-server-title = Non è stato possibile caricare la guida
reader-problem-server = Qualcosa non ha funzionato sul server. Riprova più tardi.
reader-meta-description = La guida di { $city } per chi è appena arrivato: dove trovare aiuto, servizi, informazioni pratiche ed eventi, nella tua lingua, anche offline.
reader-meta-description-page = { $page }, nella guida di { $city } per chi è appena arrivato: aiuto, servizi, informazioni ed eventi nella tua lingua, anche offline.

## Guide home

reader-home-title = Guida di { $city }
reader-notices = Notizie dalla città
reader-categories = Di cosa hai bisogno?
reader-category-count =
    { $count ->
        [one] un posto
       *[other] { $count } posti
    }
reader-this-week = Questa settimana
reader-no-events-this-week = Nessun evento nei prossimi sette giorni.
reader-all-events = Tutti gli eventi
reader-topics = Informazioni
reader-kept-languages = Su questo telefono
reader-kept-languages-hint = La guida funziona senza internet nelle lingue salvate su questo telefono.
reader-kept-current = Salvata (la stai leggendo)
reader-kept-add = Salva anche { $language }
reader-kept-remove = Togli { $language } da questo telefono
reader-published-on = Pubblicato il { $date }
reader-kept-waiting = Sei offline: { $language } verrà salvato su questo telefono appena sarà online.

## Services

reader-service-title = Servizio
reader-status-temporarily-closed = Chiuso per ora.
reader-status-closed = Questo servizio ha chiuso.
reader-open-now = Aperto ora, chiude alle { $time }
reader-open-now-all-day = Aperto ora, 24 ore su 24
reader-open-all-day = Aperto 24 ore su 24
reader-opens-today = Chiuso ora. Apre oggi alle { $time }
reader-opens-tomorrow = Chiuso ora. Apre domani alle { $time }
reader-opens-on = Chiuso ora. Apre { $day } alle { $time }
reader-by-appointment = Su appuntamento
reader-no-hours-soon = Non apre nei prossimi giorni
reader-hours-unknown = Chiedi gli orari di apertura
reader-open-to-all = Aperto a tutti, con o senza documenti
reader-for-whom = Per chi
reader-eligibility = Chi può andare
reader-cost = Costo
reader-free = Gratis
reader-not-free = A pagamento
reader-languages = Lingue
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Si può avere un interprete.
reader-documents = Cosa portare
reader-hours = Orari di apertura
reader-today = Oggi
reader-tomorrow = Domani
reader-closed-day = Chiuso
reader-appointment-note = (su appuntamento)
reader-where = Dove
reader-outreach = Dove trovarli (vengono anche da te)
reader-open-map = Apri nella mia app di mappe
reader-open-web-map = Apri la mappa su openstreetmap.org
reader-contact = Contatti
reader-call = Chiama il { $phone }
reader-email = Scrivi a { $email }
reader-website = Sito: { $site }
reader-share = Condividi
reader-share-copied = Link copiato
reader-last-checked = Controllato il { $date }
reader-listen = Ascolta
reader-listen-stop = Ferma
reader-target-everyone = Tutti
reader-target-asylum-seekers-and-refugees = Richiedenti asilo e rifugiati
reader-target-temporary-protection = Persone con protezione temporanea
reader-target-undocumented-residents = Persone senza documenti
reader-target-women = Donne
reader-target-unaccompanied-minors = Ragazzi e ragazze sotto i 18 anni da soli
reader-target-children = Bambini
reader-target-students = Studenti

## Articles

reader-articles-title = Informazioni pratiche
reader-articles-below = Per saperne di più
reader-breadcrumbs =
    .aria-label = Sei qui

## Events

reader-events-title = Eventi
reader-events-later = Più avanti
reader-no-events = Nessun evento nelle prossime settimane.
reader-event-cancelled = Annullato
reader-event-when = Quando
reader-event-next-dates = Prossime date
reader-event-past = Questo evento è finito.
reader-organizer = Organizzato da
reader-open-to-residents = Tutti, nuovi arrivati e chi vive qui da tempo
reader-add-to-calendar = Aggiungi al mio calendario
reader-register = Iscriviti
reader-online-link = Partecipa online
reader-subscribe = Ricevi gli eventi della città nel mio calendario
reader-feed-link = Scarica tutti gli eventi (iCalendar)
reader-events-by-month = Più avanti, mese per mese
reader-no-later-events = Non si conoscono ancora eventi successivi.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } evento
       *[other] { $month }: { $count } eventi
    }
reader-no-events-month = Nessun evento questo mese.
reader-events-bad-month = Questo indirizzo non indica un mese (dovrebbe finire con ?month=2027-01). Ecco le prossime settimane.
reader-events-known-until = Questo telefono conosce gli eventi fino al { $date }. Apri la guida online più tardi per vederne altri.
reader-events-coming-weeks = Le prossime quattro settimane
reader-events-month-before = Prima: { $month }
reader-events-month-after = Dopo: { $month }
reader-feed-heading = Nella tua app calendario

## Search

reader-search-title = Cerca
reader-search-label = Cerca nella guida
reader-search-button = Cerca
reader-search-count =
    { $count ->
        [0] Niente trovato per «{ $query }».
        [one] Un risultato per «{ $query }».
       *[other] { $count } risultati per «{ $query }».
    }
reader-kind-service = Servizio
reader-kind-article = Informazione
reader-kind-event = Evento

## Print version

reader-print-title = Guida da stampare
reader-print-heading = Guida di { $city }
reader-print-date = Stampata il { $date }. Le cose cambiano: controlla la guida online.
reader-print-button = Stampa
reader-print-address = Questa guida online, sempre aggiornata:
reader-print-qr = Codice QR: questa guida online
reader-print-other-days = Alcuni orari sono in altri giorni (ogni qualche settimana o una volta al mese): vedi la guida online.

## Suggest a correction

reader-suggest-link = Proponi una correzione
reader-suggest-title = Proponi una correzione
reader-suggest-about = Riguarda:
reader-suggest-privacy = Il tuo messaggio è anonimo. Non chiediamo il tuo nome né niente su di te.
reader-suggest-topic = Che cosa è sbagliato?
reader-suggest-message = Che cosa dobbiamo sapere?
reader-suggest-message-hint = Per favore non scrivere il tuo nome, il tuo numero di telefono o altri dati personali.
reader-suggest-send = Invia
reader-suggest-need-topic = Scegli che cosa è sbagliato.
reader-suggest-need-message = Scrivi qualche parola su che cosa è sbagliato.
reader-suggest-sent = Grazie. La redazione della guida lo controllerà.
reader-suggest-queued = Grazie. Sei offline: sarà inviato quando tornerai online.
reader-suggest-refused = Grazie, ma non è stato possibile inviarlo: forse la pagina è stata tolta.
reader-back-to-guide = Torna alla guida

## Status page

status-title = Stato della sincronizzazione
status-connection-label = Connessione al server
status-connected = Connesso
status-connecting = Connessione in corso…
status-offline = Offline
status-offline-hint = Sei offline. Le modifiche restano su questo dispositivo. Vengono inviate quando torni online.
status-waiting =
    { $count ->
        [0] Su questo dispositivo non c’è nulla in attesa di invio.
        [1] Una modifica è salvata su questo dispositivo, in attesa di invio.
       *[other] Modifiche salvate su questo dispositivo, in attesa di invio: { $count }.
    }
status-signed-out = Non hai fatto l’accesso
status-signed-out-hint = Solo i redattori che hanno fatto l’accesso sincronizzano i documenti con il server. Per leggere la guida non serve un account.
status-sign-in = Accedi per sincronizzare

## Not found

not-found-title = Pagina non trovata
not-found-body = A questo indirizzo non c’è niente.
not-found-home = Vai alla home

## Forms and errors shared by the pages

passphrase-show = Mostra la password
error-offline = Impossibile raggiungere il server. Controlla la connessione e riprova.
error-server = Qualcosa non ha funzionato sul server. Riprova più tardi.
error-bad-request = Il server non ha accettato i dati. Controlla cosa hai scritto e riprova.
error-forbidden = Non hai il permesso di farlo.
error-unauthenticated = Sei uscito dall’account. Accedi di nuovo per continuare.
error-unexpected = Qualcosa non ha funzionato. Riprova.
error-page-not-loaded = Impossibile caricare questa pagina. Controlla la connessione e riprova.
error-too-many-attempts-seconds =
    Troppi tentativi. Riprova tra { $seconds ->
        [one] un secondo
       *[other] { $seconds } secondi
    }.
error-too-many-attempts-minutes =
    Troppi tentativi. Riprova tra { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }.

## Roles

-role-volunteer = Volontario
-role-translator = Traduttore
-role-editor = Redattore
-role-group_member = Membro del gruppo
-role-group_moderator = Moderatore del gruppo
-role-city_admin = Amministratore della città
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
        [group] { role-name }, gruppo «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } a { $city }
role-label = Ruolo
role-group-label = Gruppo
role-group-hint = Uno dei gruppi dell’archivio che moderi in questa città.
role-group-missing = Scegli un gruppo.
role-group-unknown = Questa città non ha un gruppo dell’archivio con questo nome breve.
role-languages-label = Lingue
role-languages-hint = Codici di lingua separati da virgole. Per esempio: ar, uk, fa-AF.
role-languages-missing = Scrivi almeno un codice di lingua.
role-languages-invalid = Uno di questi non è un codice di lingua. Usa codici come ar, uk o fa-AF.

## Sign-in page

sign-in-title = Accedi
sign-in-intro = Per volontari, redattori, traduttori e personale del comune. Per leggere la guida non serve un account.
sign-in-name = Nome
sign-in-passphrase = Password
sign-in-submit = Accedi
sign-in-name-missing = Scrivi il tuo nome.
sign-in-passphrase-missing = Scrivi la tua password.
sign-in-invalid = Il nome o la password non sono corretti.
sign-in-no-account = Non hai un account? Gli account si creano su invito. Chiedi un link all’amministratore della tua città.
sign-in-already = Hai fatto l’accesso come { $name }.
sign-in-continue = Continua
sign-in-account = Il tuo account

## Invitation page

invite-title = Invito
invite-loading = Controllo dell’invito…
invite-not-found = Questo link di invito non funziona. Forse è già stato usato o è scaduto. Chiedine uno nuovo alla persona che ti ha invitato.
invite-home = Vai alla home
invite-for = Sei invitato a { $city } con il ruolo: { role-grant }.
invite-expires = Questo invito è valido fino al { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Hai fatto l’accesso come { $name }. Se accetti questo invito, viene creato un nuovo account e accedi con quello.
invite-name = Il tuo nome
invite-name-hint = Le persone con cui lavori vedono questo nome. Non deve essere il tuo vero nome: va bene anche uno pseudonimo.
invite-name-missing = Scegli un nome.
invite-name-too-long = Questo nome è troppo lungo: al massimo 64 caratteri.
invite-name-taken = Questo nome è già usato. Scegline un altro.
invite-passphrase = Password
invite-passphrase-hint = Almeno 10 caratteri. Alcune parole senza legame tra loro sono facili da ricordare e difficili da indovinare.
invite-passphrase-confirm = Ripeti la password
invite-passphrase-too-short = La password è troppo corta: almeno 10 caratteri.
invite-passphrase-too-long = La password è troppo lunga: al massimo 1024 caratteri.
invite-passphrase-mismatch = Le due password non sono uguali.
invite-submit = Crea il mio account

## Account page

account-title = Il tuo account
account-loading = Caricamento del tuo account…
account-not-signed-in = Non hai fatto l’accesso.
account-signed-out = Sei uscito dall’account.
account-sign-in = Accedi
account-signed-in-as = Hai fatto l’accesso come { $name }.
account-offline = Sei offline. Questo è ciò che ricorda il dispositivo. Per le sessioni e per uscire serve una connessione.
account-roles-title = I tuoi ruoli
account-no-roles = Non hai ancora nessun ruolo.
account-manage-city = Gestisci { $city }
account-sessions-title = Dove hai fatto l’accesso
account-sessions-loading = Caricamento…
account-session-current = Questo dispositivo
account-session-other = Un altro dispositivo
account-session-times = Accesso il { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, ultima attività il { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Esci
account-session-ended = Quel dispositivo è uscito dall’account.
account-sign-out-everywhere = Esci da tutti i dispositivi
account-sign-out = Esci

## City administration page

admin-title = Amministrazione della città
admin-heading = Gestisci { $city }
admin-loading = Caricamento…
admin-offline = Sei offline. Per gestire una città serve una connessione.
admin-not-signed-in = Accedi per gestire una città.
admin-sign-in = Accedi
admin-not-admin = Non sei amministratore di { $city }.
admin-invite-title = Invita qualcuno
admin-invite-intro = Un link di invito è per una sola persona. Funziona una volta, e chi lo apre può creare l’account. Invialo in privato.
admin-invite-submit = Crea link di invito
admin-invite-created = Link di invito creato.
admin-invite-link-label = Link di invito
admin-invite-about = Per il ruolo: { role-grant }. Valido fino al { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Copia il link
admin-invite-share = Condividi il link
admin-invite-copied = Link copiato.
admin-invite-copy-failed = Impossibile copiare. Il link è selezionato: copialo tu.
admin-members-title = Membri
admin-members-none = Ancora nessun membro.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (tu)
       *[no] { $name }
    }
admin-member-revoked = Accesso revocato
admin-member-no-roles = Nessun ruolo
admin-member-edit = Cambia ruoli
admin-member-revoke = Revoca l’accesso
admin-roles-heading = Ruoli di { $name }
admin-role-remove = Togli
admin-role-add-title = Aggiungi un ruolo
admin-role-add = Aggiungi ruolo
admin-role-duplicate = Questa persona ha già quel ruolo.
admin-roles-save = Salva i ruoli
admin-roles-cancel = Annulla
admin-roles-saved = Ruoli di { $name } salvati.
admin-revoke-question = Revocare l’accesso a { $name }?
admin-revoke-explain = { $name } esce dall’account su tutti i dispositivi e non può più accedere.
admin-revoke-confirm = Revoca l’accesso
admin-revoke-cancel = Annulla
admin-revoked = Accesso revocato a { $name }.

## Suggestions queue (editors)

suggestions-title = Segnalazioni dei lettori
suggestions-heading = Segnalazioni per { $city }
suggestions-intro = I lettori le inviano in forma anonima quando qualcosa nella guida è sbagliato. Controlla, correggi la voce se serve, poi segna la segnalazione come fatta.
suggestions-loading = Caricamento…
suggestions-not-signed-in = Accedi per vedere le segnalazioni inviate dai lettori.
suggestions-sign-in = Accedi
suggestions-not-allowed = Solo i redattori e gli amministratori di { $city } possono vedere le sue segnalazioni.
suggestions-unknown-city = Non esiste la città «{ $city }».
suggestions-show-done = Mostra anche le segnalazioni fatte
suggestions-list-title = Segnalazioni
suggestions-none-open = Nessuna segnalazione aperta.
suggestions-none = Ancora nessuna segnalazione.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Riguarda: { $title }
suggestions-about-unpublished = Riguarda una voce non più pubblicata
suggestions-about-guide = Riguarda la guida in generale
suggestions-no-message = Il lettore non ha scritto nessun messaggio.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Ricevuta il { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · scritta in { LANGUAGES($language) }
suggestions-resolved = Fatta il { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Segna come fatta
suggestions-marked-done = Segnalazione segnata come fatta.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Ha chiuso o non esiste più
suggestion-topic-hours = Gli orari di apertura sono sbagliati
suggestion-topic-address = L’indirizzo è sbagliato
suggestion-topic-contact = Il numero di telefono o un altro contatto è sbagliato
suggestion-topic-translation = La traduzione è sbagliata o manca
suggestion-topic-other = Altro

## Editing app

editor-page-title = Modifica la guida
editor-title = Modifica: { $city }
editor-signed-out = Accedi per modificare la guida.
editor-progress = { $loaded } documenti su { $total } su questo dispositivo
editor-filter = Filtra
editor-events = Eventi
editor-services = Servizi
editor-new-event = Nuovo evento
editor-back = Torna all’elenco
editor-untitled = (ancora senza titolo)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Salvato su questo dispositivo. Sei offline.
        [one] Salvato su questo dispositivo, una modifica in attesa di invio.
       *[other] Salvato su questo dispositivo, { $count } modifiche in attesa di invio.
    }
editor-sync-sending =
    { $count ->
        [one] Invio di una modifica…
       *[other] Invio di { $count } modifiche…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Sincronizzato { $ago }
editor-sync-sent =
    { $count ->
        [1] Una modifica inviata. Sincronizzato { $ago }
       *[other] Modifiche inviate: { $count }. Sincronizzato { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] La tua sessione è finita. Accedi di nuovo per continuare a sincronizzare.
        [one] La tua sessione è finita. La tua modifica è salvata su questo dispositivo: accedi di nuovo per inviarla.
       *[other] La tua sessione è finita. Le tue { $count } modifiche sono salvate su questo dispositivo: accedi di nuovo per inviarle.
    }
editor-sync-sign-in = Accedi di nuovo
editor-hint-plain = Scrivi frasi brevi. Un’idea per frase. Usa parole che tutti conoscono.
editor-hint-title = Di’ che cos’è, in poche parole. Per esempio: Caffè linguistico.
editor-minor-edit = Piccola correzione (ortografia, un errore di battitura): le traduzioni restano aggiornate
editor-conflict =
    { $count ->
        [one] Due persone hanno cambiato questo campo nello stesso momento. Scegli il valore giusto:
       *[other] Più persone hanno cambiato questo campo nello stesso momento ({ $count } valori). Scegli quello giusto:
    }
editor-conflict-keep = Tieni «{ $value }»
editor-event-title = Titolo
editor-event-description = Descrizione
editor-event-type = Tipo di evento
editor-event-type-workshop = Laboratorio
editor-event-type-language-cafe = Caffè linguistico
editor-event-type-festival = Festa
editor-event-type-commemoration = Commemorazione
editor-event-type-job-fair = Fiera del lavoro
editor-event-type-sport = Sport
editor-event-type-information-session = Incontro informativo
editor-event-type-other = Altro
editor-event-start = Inizio
editor-event-end = Fine
editor-event-place = Luogo
editor-place-name = Nome del luogo
editor-place-street = Via e numero civico
editor-place-postal-code = CAP
editor-place-locality = Città
editor-event-organizer = Organizzato da
editor-event-free = Gratis
editor-event-cancelled = Tutto l’evento è annullato
editor-repeat = Ripetizione
editor-repeat-kind = Ogni quanto
editor-repeat-none = Non si ripete
editor-repeat-weekly = Ogni settimana
editor-repeat-monthly = Ogni mese
editor-repeat-custom = Altra regola (RRULE)
editor-repeat-days =
    .aria-label = In questi giorni
editor-repeat-nth = Quale
editor-repeat-weekday = Giorno
editor-repeat-until = Fino al (facoltativo)
editor-repeat-rule = Regola
editor-nth-1 = Primo
editor-nth-2 = Secondo
editor-nth-3 = Terzo
editor-nth-4 = Quarto
editor-nth-last = Ultimo
editor-weekday-mo = Lunedì
editor-weekday-tu = Martedì
editor-weekday-we = Mercoledì
editor-weekday-th = Giovedì
editor-weekday-fr = Venerdì
editor-weekday-sa = Sabato
editor-weekday-su = Domenica
editor-cancelled-dates = Date annullate
editor-cancel-date-label = Annulla una data
editor-cancel-date = Annulla questa data
editor-restore-date = Ripristina il { $date }
editor-quick-hint = Funziona senza internet. L’evento viene inviato quando torni online.
editor-quick-date = Data
editor-quick-start = Ora di inizio
editor-quick-end = Ora di fine
editor-quick-save = Salva l’evento
editor-quick-missing = Compila il titolo, la data e gli orari.
editor-service-name = Nome
editor-service-description = Che cos’è
editor-service-eligibility = Chi può andare
editor-service-documents = Cosa portare
editor-service-status = Stato
editor-service-status-active = Aperto
editor-service-status-temporarily-closed = Chiuso per ora
editor-service-status-closed = Chiuso per sempre
editor-service-organization = Organizzazione che lo gestisce
editor-service-categories = Categorie
editor-service-target-groups = Per chi è
editor-service-open-to-all = Aperto a tutti, qualunque siano i loro documenti
editor-service-fee = Prezzo, se non è gratuito
editor-service-languages = Lingue parlate dal personale
editor-service-language-other = Un’altra lingua
editor-service-language-hint = Il suo codice di lingua, per esempio ti, prs o pt-BR.
editor-service-language-add = Aggiungi lingua
editor-service-language-invalid = Questo non è un codice di lingua. Scrivi un codice come ti, prs o pt-BR.
editor-service-contacts = Contatti
editor-service-phones = Numeri di telefono
editor-service-phone = Numero di telefono { $number }
editor-service-phone-new = Nuovo numero di telefono
editor-service-phone-add = Aggiungi numero
editor-service-phone-remove = Rimuovi { $phone }
editor-service-phone-invalid = Scrivi un numero di telefono: solo cifre, spazi e +. Per esempio +32 4 123 45 67.
editor-service-email = Email
editor-service-email-invalid = Questo non è un indirizzo email. Per esempio: info@example.org
editor-service-website = Sito web
editor-service-website-invalid = Scrivi l’indirizzo completo, che inizia con https://
editor-service-verified = Ultimo controllo
editor-service-verified-never = Nessuno ha ancora controllato questo servizio.
editor-service-verified-value = Controllato il { $date } da { $name }
editor-service-verify = Controllato oggi
editor-service-locations = Luoghi
editor-service-location = Luogo { $number }
editor-service-location-none = Ancora nessun luogo.
editor-service-location-add = Aggiungi un luogo
editor-service-location-remove = Rimuovi questo luogo
editor-location-region = Regione
editor-location-country = Paese (due lettere, per esempio BE)
editor-location-country-invalid = Scrivi il codice del paese di due lettere, per esempio BE.
editor-location-latitude = Latitudine (facoltativa)
editor-location-longitude = Longitudine (facoltativa)
editor-location-latitude-invalid = Scrivi un numero da -90 a 90, per esempio 50.63.
editor-location-longitude-invalid = Scrivi un numero da -180 a 180, per esempio 5.57.
editor-location-outreach = Vanno anche dalle persone (servizio mobile o di strada)
editor-service-schedules = Orari di apertura
editor-schedule = Orario { $number }
editor-schedule-none = Ancora nessun orario.
editor-schedule-add = Aggiungi orario
editor-schedule-remove = Rimuovi questo orario
editor-schedule-days = Giorni
editor-schedule-rule-hint = Solo per ciò che i giorni non possono dire, per esempio FREQ=MONTHLY;BYDAY=1TU per il primo martedì di ogni mese. Lascia vuoto per usare i giorni.
editor-schedule-rule-invalid = Questa regola non si può usare. Scrivi una regola come FREQ=WEEKLY;BYDAY=MO,TU, senza «RRULE:».
editor-schedule-opens = Apre alle
editor-schedule-closes = Chiude alle
editor-schedule-overnight = Chiude il giorno dopo (aperto dopo mezzanotte)
editor-schedule-times-invalid = L’orario di chiusura deve essere dopo quello di apertura. Per orari dopo mezzanotte, spunta «Chiude il giorno dopo».
editor-schedule-valid-from = Dal (facoltativo)
editor-schedule-valid-to = Fino al (facoltativo)
editor-schedule-valid-invalid = La data di fine non può essere prima della data di inizio.
editor-schedule-closed-dates = Chiuso il
editor-schedule-closed-date-label = Un giorno di chiusura
editor-schedule-closed-date-add = Aggiungi giorno di chiusura
editor-schedule-closed-date-remove = Di nuovo aperto il { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, su appuntamento
editor-schedule-no-days = Nessun giorno scelto
editor-schedule-no-hours = ancora nessun orario
editor-new-service = Nuovo servizio
editor-new-service-hint = Inizia dal nome. Il resto lo compili nella schermata successiva. Funziona senza internet.
editor-new-service-create = Crea servizio
editor-new-service-missing = Scrivi il nome del servizio.
editor-publishing = Pubblicazione
editor-publish-hint = I lettori vedono solo la versione pubblicata. Le modifiche successive restano bozze finché non pubblichi di nuovo.
editor-publish = Pubblica questa versione
editor-unpublish = Ritira la pubblicazione
editor-published = Pubblicato. Ora i lettori vedono questa versione.
editor-draft-badge = Bozza non pubblicata
editor-publication-published = Pubblicato: i lettori vedono questa versione.
editor-publication-draft = Bozza non pubblicata: i lettori vedono l’ultima versione pubblicata finché questa non viene pubblicata.
editor-publication-unpublished = Bozza non pubblicata: i lettori non vedono questo elemento finché non viene pubblicato.
editor-unpublished = Pubblicazione ritirata. I lettori non lo vedono più.
editor-publish-not-synced = Il server non ha ancora questa versione. Aspetta la sincronizzazione, poi pubblica.
editor-publish-offline = Sei offline. Pubblica quando torni online.
editor-publish-not-publishable = Non pubblicato: questa versione non è ancora un elemento completo. Aspetta la sincronizzazione, controlla i campi, poi pubblica di nuovo.
editor-publish-invalid-content = Non pubblicato: correggi prima { $field }.
editor-publish-link-invalid = Un link deve portare a una pagina di questo sito (che inizia con una sola /) o a un indirizzo completo che inizia con https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Anteprima: cosa vedranno i lettori
editor-preview-hint = La versione che i lettori vedono ora, confrontata con la tua bozza. Pubblica per mostrare loro la bozza.
editor-preview-not-published = Non ancora pubblicato: i lettori non vedono niente. Dopo la pubblicazione vedranno questo:
# $when: the date and time of publishing.
editor-preview-same = I lettori vedono esattamente questa versione (pubblicata: { $when }).
editor-preview-changed =
    { $count ->
        [one] Un campo è diverso da quello che vedono i lettori (versione pubblicata: { $when }):
       *[other] { $count } campi sono diversi da quello che vedono i lettori (versione pubblicata: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Un campo invariato
       *[other] { $count } campi invariati
    }
editor-preview-unknown = Connettiti a internet una volta per vedere cosa vedono i lettori.
editor-preview-unavailable = Questo dispositivo non ha ancora la versione pubblicata. Aspetta la sincronizzazione.
# Read out by screen readers before removed and added words.
editor-diff-removed = Rimosso:
editor-diff-added = Aggiunto:
# The history of an item: who changed which field, and when.
editor-history = Cronologia
editor-history-hint = Chi ha cambiato cosa, e quando. Puoi ripristinare un valore precedente.
editor-history-none = Ancora nessuna modifica.
editor-history-unknown-author = Importato
# $field: the technical name of a field that has no label here.
editor-history-other-field = Altro dato ({ $field })
editor-history-restore = Ripristina questo valore
editor-history-current = Questo è il valore attuale.
editor-history-empty = (vuoto)
editor-history-yes = Sì
editor-history-no = No
editor-history-field-order = Posizione nell’elenco degli articoli
editor-translate-link = Traduci
editor-suggestions-link = Segnalazioni dei lettori
editor-suggestions-open = Aperte: { $count }
editor-translate-title = Traduzioni
editor-translate-no-languages = In questa città non hai nessuna lingua in cui tradurre.
editor-translate-language = Traduci in
editor-translate-status = Mostra
editor-translate-all = Tutto
editor-translate-back = Torna alle traduzioni
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } su { $total } aggiornate
editor-status-missing = Mancante
editor-status-outdated = Da aggiornare
editor-status-machine = Traduzione automatica
editor-status-up-to-date = Aggiornata
editor-status-incomplete = Tradotta in parte
editor-translate-source-changed = Il testo originale è cambiato da quando è stata fatta questa traduzione. Le modifiche sono segnate sopra ogni campo.
editor-translate-source-changed-unknown = Il testo originale è cambiato da quando è stata fatta questa traduzione. Questo dispositivo non può mostrare cosa è cambiato: confronta ogni testo con l'originale.
editor-translate-what-changed = Modificato nell'originale:
editor-translate-finish = Concludi
editor-translate-left = Testi ancora da tradurre: { $count }
editor-translate-all-translated = Tutti i testi sono tradotti. Controllali con l'originale, poi segna la traduzione come completata.
editor-translate-done = Segna come completata
editor-translate-not-done = Traduci prima tutti i testi. Ancora vuoti: { $count }
editor-translate-marked-done = Segnata come completata. È salvata su questo dispositivo e va al server con le tue altre modifiche.
editor-translate-publish = Pubblica la traduzione
editor-translate-publish-hint = I lettori vedono la traduzione quando viene pubblicata, con la versione della scheda che vedono ora.
editor-translate-editor-publishes = I lettori vedono la traduzione quando un redattore la pubblica.
editor-translate-publish-not-done = Prima segna la traduzione come completata.
editor-translate-item-unpublished = La scheda non è ancora pubblicata. I lettori vedranno la traduzione quando lo sarà.
editor-translate-published = Pubblicata. Ora i lettori vedono questa traduzione.
editor-field-name = Nome
editor-field-title = Titolo
editor-field-description = Descrizione
editor-field-body = Testo
editor-field-eligibility = Chi può andare
editor-field-documents_needed = Cosa portare
editor-field-fee = Costo
editor-field-accessibility = Accessibilità
editor-field-notes = Note sugli orari

## Guide articles and city settings

editor-new-article = Nuovo articolo
editor-settings-link = Impostazioni della città
editor-articles = Articoli della guida
editor-move-up = Sposta su
    .aria-label = Sposta su: { $title }
editor-move-down = Sposta giù
    .aria-label = Sposta giù: { $title }
editor-article-title = Titolo
editor-article-body = Testo
editor-article-markdown-hint = Formattazione: una riga vuota tra i paragrafi; «## » a inizio riga per un titolo; «- » o «1. » per un elenco; un link si scrive [parole](https://example.org).
editor-article-parent = Si trova sotto
editor-article-top-level = Livello principale (sotto nessun articolo)
editor-article-notice = Avviso nella pagina iniziale fino al (facoltativo)
editor-article-notice-hint = Fino a questa data, la pagina iniziale della guida mostra l'articolo come avviso della città. Lascia vuoto per un articolo normale.
editor-hint-title-article = Di' di cosa si tratta, in poche parole. Per esempio: I tuoi primi giorni.
editor-article-create = Crea articolo
editor-article-title-missing = Scrivi prima un titolo.
editor-article-cannot-create = Solo i redattori possono aggiungere articoli.
editor-settings-title = Impostazioni della città
editor-settings-live = Le modifiche fatte qui sono subito visibili ai lettori. Non c'è un passaggio di pubblicazione.
editor-settings-read-only = Non puoi modificare le impostazioni della città. Solo i redattori possono farlo.
editor-categories = Categorie
editor-categories-hint = I lettori vedono le categorie in questo ordine. Se un nome è vuoto, vedono il nome nella lingua di riserva.
editor-category-icon = Icona
editor-category-name = Nome in { $language } ({ $tag })
editor-category-add-title = Nuova categoria
editor-category-add-name = Nome in { $language }
editor-category-add = Aggiungi categoria
editor-category-name-missing = Scrivi prima il nome della categoria.
editor-category-remove-question = Eliminare «{ $name }»? Servizi che la usano: { $count }.
editor-remove = Elimina
    .aria-label = Elimina: { $name }
editor-remove-confirm = Sì, elimina «{ $name }»
editor-remove-cancel = Annulla
editor-icon-heart = Cuore
editor-icon-house = Casa
editor-icon-scales = Bilancia
editor-icon-briefcase = Valigetta
editor-icon-book = Libro
editor-icon-family = Famiglia
editor-icon-bowl = Ciotola
editor-icon-people = Persone
editor-icon-woman = Donna
editor-icon-star = Stella
editor-icon-search = Lente d'ingrandimento
editor-icon-calendar = Calendario
editor-icon-clock = Orologio
editor-icon-pin = Segnaposto
editor-icon-phone = Telefono
editor-icon-share = Condividi
editor-icon-print = Stampante
editor-icon-speaker = Altoparlante
editor-icon-article = Documento
editor-icon-offline = Nessuna connessione
editor-icon-check = Segno di spunta
editor-icon-flag = Bandiera
editor-languages = Lingue
editor-languages-hint = Le lingue che i lettori possono scegliere. Un testo non ancora tradotto appare nella lingua di riserva.
editor-language-direction = Direzione di scrittura
editor-direction-ltr = Da sinistra a destra
editor-direction-rtl = Da destra a sinistra
editor-language-source = La lingua di origine: i contenuti sono scritti prima in questa lingua.
editor-language-fallback = Lingua di riserva
editor-language-fallback-hint = Cosa vedono i lettori di questa lingua quando un testo non è ancora tradotto.
editor-language-no-fallback = Nessuna
editor-language-fallback-cycle = Così si crea un ciclo: quella lingua ricade già su questa. Scegline un'altra.
editor-language-remove-question = Eliminare { $language }? I suoi lettori sceglieranno un'altra lingua. Le sue traduzioni restano salvate.
editor-language-add-title = Nuova lingua
editor-language-add-tag = Codice della lingua (BCP 47)
editor-language-add-hint = Per esempio: ti (tigrino), pt-BR (portoghese del Brasile).
editor-language-add = Aggiungi lingua
editor-language-invalid = «{ $tag }» non è un codice di lingua. Scrivi un codice come ti o pt-BR.
editor-language-present = La città offre già { $language }.

## The multivoiced archive

reader-archive-title = Voci dell’arrivo
reader-archive-intro = Racconti di persone arrivate in questa città, con le loro parole. Ogni voce è sua; nessuna è la versione ufficiale.
reader-archive-link = Leggi le voci dell’arrivo
reader-archive-empty = Qui non è stato ancora pubblicato nulla.
reader-archive-unavailable = Non è stato possibile caricare le voci. Riprova più tardi.
reader-archive-offline = Sei offline. Le voci dell’arrivo hanno bisogno di una connessione.
reader-archive-anonymous = Anonimo
reader-archive-speaks-about = Parla di:
reader-archive-translated = Tradotto dal { $language } dal gruppo
reader-archive-in-language = In { $language }
reader-archive-original = Mostra le parole originali
reader-archive-recording =
    .aria-label = Registrazione di questa voce
archive-page-title = Archivio
archive-title = Archivio del gruppo { $group }
archive-open = Apri l’archivio
archive-not-member = Non sei membro di questo gruppo d’archivio.
archive-intro = Racconti di arrivo, scritti e registrati dal gruppo. Ogni voce resta del suo autore: solo lui decide chi la vede e come viene nominato.
archive-entries = Racconti
archive-no-entries = Ancora nessun racconto.
archive-voice-count =
    { $count ->
        [one] { $count } voce
       *[other] { $count } voci
    }
archive-state-published = Pubblicato
archive-state-unpublished = Non pubblicato
archive-theme = Tema
archive-guide-links = Pagine della guida di cui parla
archive-theme-arrival = L’arrivo
archive-theme-first-contact-with-services = Primo contatto con i servizi
archive-theme-housing = La casa
archive-theme-work = Il lavoro
archive-theme-family = La famiglia
archive-theme-belonging = L’appartenenza
archive-theme-the-future = Il futuro
archive-theme-other = Altro
archive-entry-title = Titolo
archive-entry-title-missing = Scrivi un titolo.
archive-cities = Città di cui parla
archive-cities-hint = Una volta pubblicato, i lettori delle guide di queste città possono leggerlo.
archive-new-entry = Nuovo racconto
archive-new-entry-create = Crea il racconto
archive-back = Torna all’archivio
archive-entry-missing = Questo racconto non è ancora su questo dispositivo. Se è appena stato creato, attendi che sia sincronizzato.
archive-voices = Voci
archive-no-voices = Ancora nessuna voce.
archive-add-voice = Aggiungi la mia voce
archive-add-voice-hint = Scrivi con le tue parole, registrati, o entrambe le cose. Viene salvato subito su questo dispositivo e inviato quando sei online.
archive-voice-language = La lingua in cui parli
archive-add-voice-create = Aggiungi la mia voce
archive-voice-yours = La tua voce
archive-voice-of = Voce di { $name }
archive-voice-unknown = Una voce del gruppo
archive-voice-in = In { $language }
archive-voice-text = Parole
archive-voice-text-hint = Ciò che è stato scritto, o la trascrizione della registrazione.
archive-recording = Registrazione
archive-record = Registra
archive-record-stop = Ferma
archive-record-discard = Elimina la registrazione
archive-record-play =
    .aria-label = Riascolta la registrazione
archive-recording-none = Nessuna registrazione.
archive-recording-recording = Registrazione in corso…
archive-recording-waiting = Registrato, in attesa di caricamento. Fino ad allora resta su questo dispositivo.
archive-recording-uploaded = Caricato.
archive-recording-refused-too-large = Questa registrazione è troppo grande: l’archivio accetta fino a 25 MB. Registrane una più breve o scegli un file più piccolo.
archive-recording-refused-wrong-type = L’archivio non accetta questo file: solo audio WebM o Ogg.
archive-audio-file = Oppure scegli un file audio da questo dispositivo
archive-audio-file-hint = Audio WebM o Ogg, fino a 25 MB. Il titolo e gli altri tag vengono rimossi al caricamento.
archive-recording-no-microphone = Non è stato possibile usare un microfono. Consenti a questo sito di usare il microfono, o scrivi le tue parole.
archive-photo = Foto
archive-photo-choose = Aggiungi una foto
archive-photo-hint = JPEG, PNG o WebP, fino a 10 MB. La posizione (GPS) e i dati della fotocamera vengono rimossi al caricamento.
archive-photo-description = Che cosa mostra la foto (per chi non può vederla)
archive-photo-remove = Rimuovi la foto
archive-photo-none = Nessuna foto.
archive-photo-waiting = In attesa di caricamento. Fino ad allora resta su questo dispositivo.
archive-photo-uploaded = Caricata, senza posizione né dati della fotocamera.
archive-photo-refused-too-large = Questa foto è troppo grande: l’archivio accetta foto fino a 10 MB.
archive-photo-refused-wrong-type = L’archivio non accetta questo file: solo foto JPEG, PNG o WebP.
archive-translations = Traduzioni
archive-translation-language = Traduci in
archive-translation-add = Aggiungi una traduzione
archive-translation-text = Traduzione in { $language }, di { $by }
archive-translation-text-own = Traduzione in { $language }, di chi ha dato la voce
archive-consent-title = Il tuo consenso
archive-consent-unavailable = Potrai scegliere chi vede la tua voce quando sarà arrivata al server (quando sei online). Fino ad allora la vede solo il gruppo, senza il tuo nome.
archive-consent-visibility = Chi può vedere la tua voce
archive-visibility-group = Solo il gruppo
archive-visibility-city-editors = Il gruppo e i redattori della città
archive-visibility-public = Tutti, quando un moderatore pubblica il racconto
archive-consent-naming = Come vieni nominato
archive-naming-name = Con il mio nome ({ $name })
archive-naming-pseudonym = Con uno pseudonimo
archive-naming-anonymous = Per niente (anonimo)
archive-pseudonym = Pseudonimo
archive-pseudonym-missing = Scrivi lo pseudonimo con cui vuoi essere nominato.
archive-consent-save = Salva la mia scelta
archive-consent-saving = Salvataggio…
archive-consent-saved = Salvato.
archive-consent-offline = Non salvato: sei offline. Riprova quando sei online.
archive-consent-withdrawn = Questa voce è stata ritirata.
archive-consent-failed = Non salvato. Riprova più tardi.
archive-withdraw = Ritira la mia voce
archive-withdraw-explained = Ritirare la tua voce la rimuove per sempre: nessuno nel gruppo, nessun redattore e nessun lettore la vedrà più, e il server la cancella. Non si può recuperare.
archive-withdraw-cannot-undo = Non può riprendere le copie che altri hanno già scaricato, salvato o stampato mentre era loro visibile.
archive-withdraw-confirm = Ritirala per sempre
archive-withdraw-cancel = Tieni la mia voce
archive-publish = Pubblica il racconto
archive-unpublish = Ritira dalla pubblicazione
archive-publish-hint = I lettori vedono solo le voci i cui autori hanno scelto «tutti», nominate come ciascuno ha scelto.
archive-published = Pubblicato. Ora i lettori vedono le voci condivise con il pubblico.
archive-unpublished = Ritirato dalla pubblicazione. I lettori non lo vedono più.
archive-publish-refused = Non pubblicato: nessun autore ha ancora condiviso la sua voce con il pubblico (o il racconto non ha titolo).
archive-publish-not-synced = Il server non ha ancora questo racconto. Attendi che sia sincronizzato, poi pubblica.
archive-publish-failed = Non pubblicato. Riprova più tardi.
archive-export = Scarica l’archivio del gruppo
archive-export-hint = Un file zip con le parole di ogni voce (Markdown), le registrazioni e un elenco di voci, lingue e consensi. Le voci ritirate non ci sono mai; una voce anonima non vi porta alcun nome. Condividilo solo come il consenso di ogni voce permette.

## Dates
date-month =
    { $month ->
     [jan] gennaio
     [feb] febbraio
     [mar] marzo
     [apr] aprile
     [may] maggio
     [jun] giugno
     [jul] luglio
     [aug] agosto
     [sep] settembre
     [oct] ottobre
     [nov] novembre
    *[dec] dicembre
    }
date-month-alone =
    { $month ->
     [jan] gennaio
     [feb] febbraio
     [mar] marzo
     [apr] aprile
     [may] maggio
     [jun] giugno
     [jul] luglio
     [aug] agosto
     [sep] settembre
     [oct] ottobre
     [nov] novembre
    *[dec] dicembre
    }
date-weekday =
    { $weekday ->
     [mon] lunedì
     [tue] martedì
     [wed] mercoledì
     [thu] giovedì
     [fri] venerdì
     [sat] sabato
    *[sun] domenica
    }
date-day = { $weekday } { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } alle ore { $time }
date-list-separator = { ", " }
date-just-now = questo minuto
date-minutes-ago =
    { $count ->
     [many] { $count } minuti fa
     [one] { $count } minuto fa
    *[other] { $count } minuti fa
    }
date-hours-ago =
    { $count ->
     [many] { $count } ore fa
     [one] { $count } ora fa
    *[other] { $count } ore fa
    }
date-days-ago =
    { $count ->
     [1] ieri
     [many] { $count } giorni fa
     [one] { $count } giorno fa
    *[other] { $count } giorni fa
    }
