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
nav-home = Home
nav-status = Stato della sincronizzazione
nav-sign-in = Accedi
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Il tuo account: { $name }
page-title = { $page } · { app-name }
language-label = Lingua

## Home page

home-title = Benvenuto su { app-name }
home-status-link = Vedi lo stato della sincronizzazione

## Status page

status-title = Stato della sincronizzazione
status-connection-label = Connessione al server
status-connected = Connesso
status-connecting = Connessione in corso…
status-offline = Offline
status-offline-hint = Sei offline. Le modifiche restano su questo dispositivo. Vengono inviate quando torni online.
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
role-group-hint = Il nome breve del gruppo dell’archivio, come è stato creato per la tua città: lettere minuscole, cifre e trattini.
role-group-missing = Scrivi il nome del gruppo.
role-group-invalid = Usa il nome breve del gruppo: lettere minuscole, cifre e trattini. Per esempio: women-voices.
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
