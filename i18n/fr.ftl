# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = Des guides locaux pour les nouveaux arrivants, écrits ensemble, lisibles hors ligne.
skip-to-content = Aller au contenu
nav-main =
    .aria-label = Principale
nav-cities = Toutes les villes
nav-status = État de la synchronisation
nav-sign-in = Se connecter
nav-edit = Modifier le guide
nav-account = { $name }
    .aria-label = Votre compte : { $name }
page-title = { $page } · { app-name }
language-label = Langue

## Choosing a guide

reader-choose-city-title = Choisissez votre ville
reader-choose-language-title = Choisissez votre langue
reader-choose-offline = Vous êtes hors ligne. Connectez-vous une fois à internet pour télécharger un guide.
reader-kept-guides = Guides sur ce téléphone
reader-choose-city = Choisir une autre ville ou une autre langue
reader-choose-language-city = Choisissez la langue du guide de { $city }
reader-language-not-offered = Le guide de { $city } n’est pas écrit en { $language }. Choisissez l’une des langues dans lesquelles il est écrit :
reader-open-guide = Ouvrir le guide
reader-loading = Chargement…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Guide
reader-nav-home = Accueil
reader-nav-articles = Infos pratiques
reader-nav-events = Événements
reader-nav-search = Chercher
reader-sample-city = Ceci est une ville d’exemple, avec un contenu inventé, pour essayer { app-name }.
reader-offline-ready = Disponible hors ligne, mis à jour { $ago }
reader-offline-now = Vous êtes hors ligne. Ce guide a été mis à jour { $ago }.
reader-guide-language = Langue du guide
reader-print-link = Imprimer ce guide
reader-offline-banner = Vous êtes hors ligne. Vous lisez la copie enregistrée sur ce téléphone.
reader-language-shown-in = Le guide de { $city } n’est pas écrit en { $language } : ses textes sont affichés en { $guide }.
reader-text-size = Taille du texte
reader-text-size-normal = Normale
reader-text-size-large = Grande
reader-text-size-larger = Très grande
reader-fallback-note =
    { $count ->
        [one] Pas encore traduit : une partie est affichée dans cette langue : { $languages }.
       *[other] Pas encore traduit : une partie est affichée dans ces langues : { $languages }.
    }
reader-problem-offline-title = Ce guide n’est pas encore sur ce téléphone
reader-problem-offline = Connectez-vous une fois à internet. Ensuite, le guide marche aussi hors ligne.
reader-offline-missing = Vous êtes hors ligne.
reader-problem-unknown-city-title = Ville introuvable
reader-problem-unknown-city = Il n’y a pas de guide pour cette ville ici.
reader-problem-unknown-language-title = Langue non disponible
reader-problem-unknown-language = Ce guide n’existe pas dans cette langue. Choisissez l’une de ces langues :
reader-problem-server-title = Le guide n’a pas pu être chargé
reader-problem-server = Une erreur s’est produite sur le serveur. Réessayez plus tard.
reader-meta-description = Le guide de { $city } pour les nouveaux arrivants : où trouver de l’aide, des services, des infos pratiques et des événements, dans votre langue, même hors ligne.
reader-meta-description-page = { $page }, dans le guide de { $city } pour les nouveaux arrivants : aide, services, infos et événements dans votre langue, même hors ligne.

## Guide home

reader-home-title = Guide de { $city }
reader-notices = Nouvelles de la ville
reader-categories = De quoi avez-vous besoin ?
reader-category-count =
    { $count ->
        [one] un lieu
       *[other] { $count } lieux
    }
reader-this-week = Cette semaine
reader-no-events-this-week = Pas d’événement dans les sept prochains jours.
reader-all-events = Tous les événements
reader-topics = Infos
reader-kept-languages = Sur ce téléphone
reader-kept-languages-hint = Le guide marche sans internet dans les langues gardées sur ce téléphone.
reader-kept-current = Gardée (vous la lisez)
reader-kept-add = Garder aussi { $language }
reader-kept-remove = Retirer { $language } de ce téléphone
reader-published-on = Publié le { $date }
reader-kept-waiting = Vous êtes hors ligne : { $language } sera enregistré sur ce téléphone dès qu’il sera en ligne.

## Services

reader-service-title = Service
reader-status-temporarily-closed = Fermé pour le moment.
reader-status-closed = Ce service a fermé.
reader-open-now = Ouvert maintenant, ferme à { $time }
reader-open-now-all-day = Ouvert maintenant, 24 heures sur 24
reader-open-all-day = Ouvert 24 h sur 24
reader-opens-today = Fermé maintenant. Ouvre aujourd’hui à { $time }
reader-opens-tomorrow = Fermé maintenant. Ouvre demain à { $time }
reader-opens-on = Fermé maintenant. Ouvre { $day } à { $time }
reader-by-appointment = Sur rendez-vous
reader-no-hours-soon = Pas ouvert dans les prochains jours
reader-hours-unknown = Demandez les horaires d’ouverture
reader-open-to-all = Ouvert à tout le monde, avec ou sans papiers
reader-for-whom = Pour qui
reader-eligibility = Qui peut venir
reader-cost = Prix
reader-free = Gratuit
reader-not-free = Payant
reader-languages = Langues
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Un interprète peut être prévu.
reader-documents = Quoi apporter
reader-hours = Horaires d’ouverture
reader-today = Aujourd’hui
reader-tomorrow = Demain
reader-closed-day = Fermé
reader-appointment-note = (sur rendez-vous)
reader-where = Où
reader-outreach = Où les trouver (ils viennent aussi vers vous)
reader-open-map = Ouvrir dans mon application de cartes
reader-open-web-map = Ouvrir la carte sur openstreetmap.org
reader-contact = Contact
reader-call = Appeler le { $phone }
reader-email = Écrire à { $email }
reader-website = Site web : { $site }
reader-share = Partager
reader-share-copied = Lien copié
reader-last-checked = Vérifié le { $date }
reader-listen = Écouter
reader-listen-stop = Arrêter
reader-target-everyone = Tout le monde
reader-target-asylum-seekers-and-refugees = Demandeurs d’asile et réfugiés
reader-target-temporary-protection = Personnes sous protection temporaire
reader-target-undocumented-residents = Personnes sans papiers
reader-target-women = Femmes
reader-target-unaccompanied-minors = Jeunes de moins de 18 ans sans leurs parents
reader-target-children = Enfants
reader-target-students = Étudiants

## Articles

reader-articles-title = Infos pratiques
reader-articles-below = En savoir plus
reader-breadcrumbs =
    .aria-label = Vous êtes ici

## Events

reader-events-title = Événements
reader-events-later = Plus tard
reader-no-events = Pas d’événement dans les prochaines semaines.
reader-event-cancelled = Annulé
reader-event-when = Quand
reader-event-next-dates = Prochaines dates
reader-event-past = Cet événement est terminé.
reader-organizer = Organisé par
reader-open-to-residents = Tout le monde, nouveaux arrivants et habitants de longue date
reader-add-to-calendar = Ajouter à mon agenda
reader-register = S’inscrire
reader-online-link = Participer en ligne
reader-subscribe = Recevoir les événements de la ville dans mon agenda
reader-feed-link = Télécharger tous les événements (iCalendar)
reader-events-by-month = Plus tard, mois par mois
reader-no-later-events = Aucun événement plus tardif n’est encore connu.
reader-events-in-month =
    { $count ->
        [one] { $month } : { $count } événement
       *[other] { $month } : { $count } événements
    }
reader-no-events-month = Aucun événement ce mois-ci.
reader-events-bad-month = Cette adresse n’indique pas de mois (elle devrait finir par ?month=2027-01). Voici les semaines à venir.
reader-events-known-until = Ce téléphone connaît les événements jusqu’au { $date }. Ouvrez le guide en ligne plus tard pour en voir plus.
reader-events-coming-weeks = Les quatre semaines à venir
reader-events-month-before = Avant : { $month }
reader-events-month-after = Ensuite : { $month }
reader-feed-heading = Dans votre agenda

## Search

reader-search-title = Chercher
reader-search-label = Chercher dans le guide
reader-search-button = Chercher
reader-search-count =
    { $count ->
        [0] Rien trouvé pour « { $query } ».
        [one] Un résultat pour « { $query } ».
       *[other] { $count } résultats pour « { $query } ».
    }
reader-kind-service = Service
reader-kind-article = Info
reader-kind-event = Événement

## Print version

reader-print-title = Guide à imprimer
reader-print-heading = Guide de { $city }
reader-print-date = Imprimé le { $date }. Les choses changent : vérifiez dans le guide en ligne.
reader-print-button = Imprimer
reader-print-address = Ce guide en ligne, toujours à jour :
reader-print-qr = Code QR : ce guide en ligne
reader-print-other-days = Certains horaires tombent d’autres jours (toutes les quelques semaines ou une fois par mois) : voir le guide en ligne.

## Suggest a correction

reader-suggest-link = Proposer une correction
reader-suggest-title = Proposer une correction
reader-suggest-about = À propos de :
reader-suggest-privacy = Vous restez anonyme. Nous ne demandons pas votre nom, ni rien sur vous.
reader-suggest-topic = Qu’est-ce qui ne va pas ?
reader-suggest-message = Que devons-nous savoir ?
reader-suggest-message-hint = N’écrivez pas votre nom, votre numéro de téléphone ni d’autres informations personnelles.
reader-suggest-send = Envoyer
reader-suggest-need-topic = Choisissez ce qui ne va pas.
reader-suggest-need-message = Écrivez quelques mots sur ce qui ne va pas.
reader-suggest-sent = Merci. L’équipe du guide va vérifier.
reader-suggest-queued = Merci. Vous êtes hors ligne : ce sera envoyé quand vous serez de nouveau en ligne.
reader-suggest-refused = Merci, mais l’envoi n’a pas marché : la page a peut-être été supprimée.
reader-back-to-guide = Retour au guide

## Status page

status-title = État de la synchronisation
status-connection-label = Connexion au serveur
status-connected = Connecté
status-connecting = Connexion…
status-offline = Hors ligne
status-offline-hint = Vous êtes hors ligne. Vos modifications restent sur cet appareil et seront envoyées dès votre retour en ligne.
status-waiting =
    { $count ->
        [0] Rien n’attend d’être envoyé sur cet appareil.
        [1] Une modification est enregistrée sur cet appareil et attend d’être envoyée.
       *[other] Modifications enregistrées sur cet appareil, en attente d’envoi : { $count }.
    }
status-signed-out = Non connecté
status-signed-out-hint = Seules les personnes connectées synchronisent des documents avec le serveur. Lire le guide ne demande pas de compte.
status-sign-in = Se connecter pour synchroniser

## Not found

not-found-title = Page introuvable
not-found-body = Il n’y a rien à cette adresse.
not-found-home = Aller à l’accueil

## Forms and errors shared by the pages

passphrase-show = Afficher la phrase de passe
error-offline = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-server = Une erreur s’est produite sur le serveur. Réessayez plus tard.
error-bad-request = Le serveur n’a pas accepté cette demande. Vérifiez ce que vous avez saisi et réessayez.
error-forbidden = Vous n’avez pas le droit de faire cela.
error-unauthenticated = Vous êtes déconnecté. Reconnectez-vous pour continuer.
error-unexpected = Une erreur s’est produite. Réessayez.
error-page-not-loaded = Impossible de charger cette page. Vérifiez votre connexion et réessayez.
error-too-many-attempts-seconds =
    Trop de tentatives. Réessayez dans { $seconds ->
        [one] une seconde
       *[other] { $seconds } secondes
    }.
error-too-many-attempts-minutes =
    Trop de tentatives. Réessayez dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.

## Roles

-role-volunteer = Bénévole
-role-translator = Traducteur ou traductrice
-role-editor = Rédaction
-role-group_member = Membre d’un groupe
-role-group_moderator = Modération d’un groupe
-role-city_admin = Administration de la ville
role-option-volunteer = { -role-volunteer }
role-option-translator = { -role-translator }
role-option-editor = { -role-editor }
role-option-group_member = { -role-group_member }
role-option-group_moderator = { -role-group_moderator }
role-option-city_admin = { -role-city_admin }
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
role-grant =
    { $detail ->
        [group] { role-name }, groupe « { $group } »
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } à { $city }
role-label = Rôle
role-group-label = Groupe
role-group-hint = Un des groupes d’archive que vous modérez dans cette ville.
role-group-missing = Choisissez un groupe.
role-group-unknown = Cette ville n’a pas de groupe d’archive avec ce nom court.
role-languages-label = Langues
role-languages-hint = Codes de langue séparés par des virgules : par exemple ar, uk, fa-AF.
role-languages-missing = Saisissez au moins un code de langue.
role-languages-invalid = L’un de ces éléments n’est pas un code de langue. Utilisez des codes comme ar, uk ou fa-AF.

## Sign-in page

sign-in-title = Connexion
sign-in-intro = Pour les bénévoles, la rédaction, les traducteurs et le personnel de la ville. Lire le guide ne demande pas de compte.
sign-in-name = Nom
sign-in-passphrase = Phrase de passe
sign-in-submit = Se connecter
sign-in-name-missing = Saisissez votre nom.
sign-in-passphrase-missing = Saisissez votre phrase de passe.
sign-in-invalid = Le nom ou la phrase de passe est incorrect.
sign-in-no-account = Pas de compte ? Les comptes sont créés sur invitation : demandez un lien à l’administration de votre ville.
sign-in-already = Vous êtes connecté en tant que { $name }.
sign-in-continue = Continuer
sign-in-account = Votre compte

## Invitation page

invite-title = Invitation
invite-loading = Vérification de l’invitation…
invite-not-found = Ce lien d’invitation ne fonctionne pas. Il a peut-être déjà été utilisé ou a expiré. Demandez-en un nouveau à la personne qui vous a invité.
invite-home = Aller à l’accueil
invite-for = Vous êtes invité à { $city } avec le rôle : { role-grant }.
invite-expires = Cette invitation est valable jusqu’au { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Vous êtes connecté en tant que { $name }. Accepter cette invitation crée un nouveau compte et vous y connecte.
invite-name = Votre nom
invite-name-hint = Les personnes avec qui vous travaillez voient ce nom. Ce n’est pas forcément votre vrai nom : un pseudonyme convient.
invite-name-missing = Choisissez un nom.
invite-name-too-long = Ce nom est trop long : 64 caractères au plus.
invite-name-taken = Ce nom est déjà pris. Choisissez-en un autre.
invite-passphrase = Phrase de passe
invite-passphrase-hint = Au moins 10 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
invite-passphrase-confirm = Phrase de passe, à nouveau
invite-passphrase-too-short = La phrase de passe est trop courte : 10 caractères au moins.
invite-passphrase-too-long = La phrase de passe est trop longue : 1024 caractères au plus.
invite-passphrase-mismatch = Les deux phrases de passe ne sont pas identiques.
invite-submit = Créer mon compte

## Account page

account-title = Votre compte
account-loading = Chargement de votre compte…
account-not-signed-in = Vous n’êtes pas connecté.
account-signed-out = Vous êtes déconnecté.
account-sign-in = Se connecter
account-signed-in-as = Vous êtes connecté en tant que { $name }.
account-offline = Vous êtes hors ligne : voici ce dont l’appareil se souvient. Les sessions et la déconnexion demandent une connexion.
account-roles-title = Vos rôles
account-no-roles = Vous n’avez encore aucun rôle.
account-manage-city = Gérer { $city }
account-sessions-title = Où vous êtes connecté
account-sessions-loading = Chargement…
account-session-current = Cet appareil
account-session-other = Un autre appareil
account-session-times = Connexion le { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, dernière activité le { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Déconnecter
account-session-ended = Cet appareil est déconnecté.
account-sign-out-everywhere = Se déconnecter partout
account-sign-out = Se déconnecter

## City administration page

admin-title = Administration de la ville
admin-heading = Gérer { $city }
admin-loading = Chargement…
admin-offline = Vous êtes hors ligne. Gérer une ville demande une connexion.
admin-not-signed-in = Connectez-vous pour gérer une ville.
admin-sign-in = Se connecter
admin-not-admin = Vous n’administrez pas { $city }.
admin-invite-title = Inviter quelqu’un
admin-invite-intro = Un lien d’invitation est pour une seule personne : il ne sert qu’une fois, et quiconque l’ouvre peut créer le compte. Envoyez-le en privé.
admin-invite-submit = Créer un lien d’invitation
admin-invite-created = Lien d’invitation créé.
admin-invite-link-label = Lien d’invitation
admin-invite-about = Pour le rôle : { role-grant }. Valable jusqu’au { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Copier le lien
admin-invite-share = Partager le lien
admin-invite-copied = Lien copié.
admin-invite-copy-failed = Copie impossible. Le lien est sélectionné : copiez-le vous-même.
admin-members-title = Membres
admin-members-none = Aucun membre pour l’instant.
admin-member-name =
    { $you ->
        [yes] { $name } (vous)
       *[no] { $name }
    }
admin-member-revoked = Accès retiré
admin-member-no-roles = Aucun rôle
admin-member-edit = Modifier les rôles
admin-member-revoke = Retirer l’accès
admin-roles-heading = Rôles de { $name }
admin-role-remove = Retirer
admin-role-add-title = Ajouter un rôle
admin-role-add = Ajouter le rôle
admin-role-duplicate = Cette personne a déjà ce rôle.
admin-roles-save = Enregistrer les rôles
admin-roles-cancel = Annuler
admin-roles-saved = Rôles de { $name } enregistrés.
admin-revoke-question = Retirer l’accès de { $name } ?
admin-revoke-explain = { $name } est déconnecté sur tous ses appareils et ne peut plus se connecter.
admin-revoke-confirm = Retirer l’accès
admin-revoke-cancel = Annuler
admin-revoked = Accès retiré pour { $name }.

## Suggestions queue (editors)

suggestions-title = Suggestions des lecteurs
suggestions-heading = Suggestions pour { $city }
suggestions-intro = Les lecteurs envoient ces messages de façon anonyme quand quelque chose est faux dans le guide. Vérifiez, corrigez l’élément si besoin, puis marquez la suggestion comme traitée.
suggestions-loading = Chargement…
suggestions-not-signed-in = Connectez-vous pour voir les suggestions envoyées par les lecteurs.
suggestions-sign-in = Se connecter
suggestions-not-allowed = Seules la rédaction et l’administration de { $city } peuvent voir ses suggestions.
suggestions-unknown-city = Il n’y a pas de ville « { $city } ».
suggestions-show-done = Afficher aussi les suggestions traitées
suggestions-list-title = Suggestions
suggestions-none-open = Aucune suggestion en attente.
suggestions-none = Aucune suggestion pour l’instant.
suggestions-about-item = À propos de : { $title }
suggestions-about-unpublished = À propos d’un élément qui n’est plus publié
suggestions-about-guide = À propos du guide en général
suggestions-no-message = Le lecteur n’a pas écrit de message.
suggestions-received = Reçue le { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · écrite en { LANGUAGES($language) }
suggestions-resolved = Traitée le { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Marquer comme traitée
suggestions-marked-done = Suggestion marquée comme traitée.
suggestion-topic-closed = Le lieu a fermé ou n’existe plus
suggestion-topic-hours = Les horaires d’ouverture sont faux
suggestion-topic-address = L’adresse est fausse
suggestion-topic-contact = Le numéro de téléphone ou un autre contact est faux
suggestion-topic-translation = La traduction est fausse ou manque
suggestion-topic-other = Autre chose

## Editing app

editor-page-title = Modifier le guide
editor-title = Modification : { $city }
editor-signed-out = Connectez-vous pour modifier le guide.
editor-progress = { $loaded } documents sur { $total } présents sur cet appareil
editor-filter = Filtrer
editor-events = Événements
editor-services = Services
editor-new-event = Nouvel événement
editor-back = Retour à la liste
editor-untitled = (pas encore de titre)
editor-sync-offline =
    { $count ->
        [0] Enregistré sur cet appareil. Vous êtes hors ligne.
        [one] Enregistré sur cet appareil, une modification attend d’être envoyée.
       *[other] Enregistré sur cet appareil, { $count } modifications attendent d’être envoyées.
    }
editor-sync-sending =
    { $count ->
        [one] Envoi d’une modification…
       *[other] Envoi de { $count } modifications…
    }
editor-sync-synced = Synchronisé { $ago }
editor-sync-sent =
    { $count ->
        [1] Une modification envoyée. Synchronisé { $ago }
       *[other] Modifications envoyées : { $count }. Synchronisé { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Votre session est terminée. Reconnectez-vous pour continuer à synchroniser.
        [one] Votre session est terminée. Votre modification est enregistrée sur cet appareil : reconnectez-vous pour l’envoyer.
       *[other] Votre session est terminée. Vos { $count } modifications sont enregistrées sur cet appareil : reconnectez-vous pour les envoyer.
    }
editor-sync-sign-in = Se reconnecter
editor-hint-plain = Écrivez des phrases courtes. Une idée par phrase. Utilisez des mots connus.
editor-hint-title = Dites ce que c’est, en quelques mots. Par exemple : Café des langues.
editor-minor-edit = Petite correction (orthographe, faute de frappe) : les traductions restent à jour
editor-conflict =
    { $count ->
        [one] Deux personnes ont modifié ceci en même temps. Choisissez la bonne valeur :
       *[other] Plusieurs personnes ont modifié ceci en même temps ({ $count } valeurs). Choisissez la bonne :
    }
editor-conflict-keep = Garder « { $value } »
editor-event-title = Titre
editor-event-description = Description
editor-event-type = Type d’événement
editor-event-type-workshop = Atelier
editor-event-type-language-cafe = Café des langues
editor-event-type-festival = Festival
editor-event-type-commemoration = Commémoration
editor-event-type-job-fair = Salon de l’emploi
editor-event-type-sport = Sport
editor-event-type-information-session = Séance d’information
editor-event-type-other = Autre
editor-event-start = Début
editor-event-end = Fin
editor-event-place = Lieu
editor-place-name = Nom du lieu
editor-place-street = Rue et numéro
editor-place-postal-code = Code postal
editor-place-locality = Ville
editor-event-organizer = Organisé par
editor-event-free = Gratuit
editor-event-cancelled = Tout l’événement est annulé
editor-repeat = Répétition
editor-repeat-kind = Fréquence
editor-repeat-none = Ne se répète pas
editor-repeat-weekly = Chaque semaine
editor-repeat-monthly = Chaque mois
editor-repeat-custom = Autre règle (RRULE)
editor-repeat-days =
    .aria-label = Ces jours-là
editor-repeat-nth = Lequel
editor-repeat-weekday = Jour
editor-repeat-until = Jusqu’au (facultatif)
editor-repeat-rule = Règle
editor-nth-1 = Premier
editor-nth-2 = Deuxième
editor-nth-3 = Troisième
editor-nth-4 = Quatrième
editor-nth-last = Dernier
editor-weekday-mo = Lundi
editor-weekday-tu = Mardi
editor-weekday-we = Mercredi
editor-weekday-th = Jeudi
editor-weekday-fr = Vendredi
editor-weekday-sa = Samedi
editor-weekday-su = Dimanche
editor-cancelled-dates = Dates annulées
editor-cancel-date-label = Annuler une date
editor-cancel-date = Annuler cette date
editor-restore-date = Rétablir le { $date }
editor-quick-hint = Marche sans internet. L’événement sera envoyé quand vous serez de nouveau en ligne.
editor-quick-date = Date
editor-quick-start = Heure de début
editor-quick-end = Heure de fin
editor-quick-save = Enregistrer l’événement
editor-quick-missing = Remplissez le titre, la date et les heures.
editor-service-name = Nom
editor-service-description = Ce que c’est
editor-service-eligibility = Qui peut venir
editor-service-documents = Quoi apporter
editor-service-status = État
editor-service-status-active = Ouvert
editor-service-status-temporarily-closed = Fermé pour le moment
editor-service-status-closed = Fermé définitivement
editor-service-organization = Organisme responsable
editor-service-categories = Catégories
editor-service-target-groups = Pour qui
editor-service-open-to-all = Ouvert à tout le monde, quels que soient ses papiers
editor-service-fee = Prix, si ce n’est pas gratuit
editor-service-languages = Langues parlées par l’équipe
editor-service-language-other = Autre langue
editor-service-language-hint = Son code de langue, par exemple ti, prs ou pt-BR.
editor-service-language-add = Ajouter la langue
editor-service-language-invalid = Ce n’est pas un code de langue. Écrivez un code comme ti, prs ou pt-BR.
editor-service-contacts = Contact
editor-service-phones = Numéros de téléphone
editor-service-phone = Numéro de téléphone { $number }
editor-service-phone-new = Nouveau numéro de téléphone
editor-service-phone-add = Ajouter le numéro
editor-service-phone-remove = Supprimer { $phone }
editor-service-phone-invalid = Écrivez un numéro de téléphone : chiffres, espaces et + seulement. Par exemple +32 4 123 45 67.
editor-service-email = E-mail
editor-service-email-invalid = Ce n’est pas une adresse e-mail. Par exemple : info@example.org
editor-service-website = Site web
editor-service-website-invalid = Écrivez l’adresse complète, qui commence par https://
editor-service-verified = Dernière vérification
editor-service-verified-never = Personne n’a encore vérifié ce service.
editor-service-verified-value = Vérifié le { $date } par { $name }
editor-service-verify = Vérifié aujourd’hui
editor-service-locations = Lieux
editor-service-location = Lieu { $number }
editor-service-location-none = Pas encore de lieu.
editor-service-location-add = Ajouter un lieu
editor-service-location-remove = Supprimer ce lieu
editor-location-region = Région
editor-location-country = Pays (deux lettres, par exemple BE)
editor-location-country-invalid = Écrivez le code du pays en deux lettres, par exemple BE.
editor-location-latitude = Latitude (facultatif)
editor-location-longitude = Longitude (facultatif)
editor-location-latitude-invalid = Écrivez un nombre de -90 à 90, par exemple 50.63.
editor-location-longitude-invalid = Écrivez un nombre de -180 à 180, par exemple 5.57.
editor-location-outreach = Ils vont aussi vers les gens (service mobile ou de rue)
editor-service-schedules = Heures d’ouverture
editor-schedule = Horaire { $number }
editor-schedule-none = Pas encore d’heures d’ouverture.
editor-schedule-add = Ajouter des heures d’ouverture
editor-schedule-remove = Supprimer cet horaire
editor-schedule-days = Jours
editor-schedule-rule-hint = Seulement pour ce que les jours ne peuvent pas dire, par exemple FREQ=MONTHLY;BYDAY=1TU pour le premier mardi de chaque mois. Laissez vide pour utiliser les jours.
editor-schedule-rule-invalid = Cette règle ne peut pas être utilisée. Écrivez une règle comme FREQ=WEEKLY;BYDAY=MO,TU, sans « RRULE: ».
editor-schedule-opens = Ouvre à
editor-schedule-closes = Ferme à
editor-schedule-overnight = Ferme le lendemain (ouvert après minuit)
editor-schedule-times-invalid = L’heure de fermeture doit être après l’heure d’ouverture. Pour des heures après minuit, cochez « Ferme le lendemain ».
editor-schedule-valid-from = Du (facultatif)
editor-schedule-valid-to = Jusqu’au (facultatif)
editor-schedule-valid-invalid = La date de fin ne doit pas être avant la date de début.
editor-schedule-closed-dates = Fermé le
editor-schedule-closed-date-label = Un jour de fermeture
editor-schedule-closed-date-add = Ajouter le jour de fermeture
editor-schedule-closed-date-remove = Ouvert à nouveau le { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, sur rendez-vous
editor-schedule-no-days = Aucun jour choisi
editor-schedule-no-hours = pas encore d’heures
editor-new-service = Nouveau service
editor-new-service-hint = Commencez par le nom. Vous remplissez le reste à l’écran suivant. Fonctionne sans internet.
editor-new-service-create = Créer le service
editor-new-service-missing = Écrivez le nom du service.
editor-publishing = Publication
editor-publish-hint = Les lecteurs voient seulement la version publiée. Vos modifications suivantes restent des brouillons jusqu’à la prochaine publication.
editor-publish = Publier cette version
editor-unpublish = Retirer la publication
editor-published = Publié. Les lecteurs voient maintenant cette version.
editor-draft-badge = Brouillon non publié
editor-publication-published = Publié : les lecteurs voient cette version.
editor-publication-draft = Brouillon non publié : les lecteurs voient la dernière version publiée tant que celle-ci n’est pas publiée.
editor-publication-unpublished = Brouillon non publié : les lecteurs ne voient pas cet élément tant qu’il n’est pas publié.
editor-unpublished = Publication retirée. Les lecteurs ne le voient plus.
editor-publish-not-synced = Le serveur n’a pas encore cette version. Attendez la synchronisation, puis publiez.
editor-publish-offline = Vous êtes hors ligne. Publiez quand vous serez de nouveau en ligne.
editor-publish-not-publishable = Non publié : cette version n’est pas encore un élément complet. Attendez la synchronisation, vérifiez ses champs, puis publiez de nouveau.
editor-publish-invalid-content = Non publié : corrigez d’abord { $field }.
editor-publish-link-invalid = Un lien doit mener à une page de ce site (commençant par un seul /) ou à une adresse complète commençant par https://.
editor-preview = Aperçu : ce que verront les lecteurs
editor-preview-hint = La version que les lecteurs voient maintenant, comparée à votre brouillon. Publiez pour leur montrer le brouillon.
editor-preview-not-published = Pas encore publié : les lecteurs ne voient rien. Après publication, ils verront ceci :
editor-preview-same = Les lecteurs voient exactement cette version (publiée : { $when }).
editor-preview-changed =
    { $count ->
        [one] { $count } champ diffère de ce que voient les lecteurs (version publiée : { $when }) :
       *[other] { $count } champs diffèrent de ce que voient les lecteurs (version publiée : { $when }) :
    }
editor-preview-unchanged =
    { $count ->
        [one] { $count } champ inchangé
       *[other] { $count } champs inchangés
    }
editor-preview-unknown = Connectez-vous une fois à internet pour voir ce que voient les lecteurs.
editor-preview-unavailable = Cet appareil n’a pas encore la version publiée. Attendez la synchronisation.
editor-diff-removed = Supprimé :
editor-diff-added = Ajouté :
editor-history = Historique
editor-history-hint = Qui a modifié quoi, et quand. Vous pouvez rétablir une valeur précédente.
editor-history-none = Aucune modification pour l’instant.
editor-history-unknown-author = Importé
editor-history-other-field = Autre information ({ $field })
editor-history-restore = Rétablir cette valeur
editor-history-current = C’est la valeur actuelle.
editor-history-empty = (vide)
editor-history-yes = Oui
editor-history-no = Non
editor-history-field-order = Position dans la liste des articles
editor-translate-link = Traduire
editor-suggestions-link = Suggestions des lecteurs
editor-suggestions-open = Ouvertes : { $count }
editor-translate-title = Traductions
editor-translate-no-languages = Vous n’avez aucune langue vers laquelle traduire dans cette ville.
editor-translate-language = Traduire en
editor-translate-status = Afficher
editor-translate-all = Tout
editor-translate-back = Retour aux traductions
editor-translate-progress = { $language } : { $done } sur { $total } à jour
editor-status-missing = Manquante
editor-status-outdated = Obsolète
editor-status-machine = Traduction automatique
editor-status-up-to-date = À jour
editor-status-incomplete = Traduction partielle
editor-translate-source-changed = La source a changé depuis cette traduction. Ce qui a changé est marqué au-dessus de chaque champ.
editor-translate-source-changed-unknown = La source a changé depuis cette traduction. Cet appareil ne peut pas montrer ce qui a changé : comparez chaque texte avec la source.
editor-translate-what-changed = Modifié dans la source :
editor-translate-finish = Terminer
editor-translate-left = Textes encore à traduire : { $count }
editor-translate-all-translated = Tous les textes sont traduits. Relisez-les avec la source, puis marquez la traduction comme terminée.
editor-translate-done = Marquer comme terminée
editor-translate-not-done = Traduisez d'abord chaque texte. Encore vides : { $count }
editor-translate-marked-done = Marquée comme terminée. Elle est enregistrée sur cet appareil et part au serveur avec vos autres modifications.
editor-translate-publish = Publier la traduction
editor-translate-publish-hint = Les lecteurs voient la traduction une fois publiée, avec la version de la fiche qu'ils voient maintenant.
editor-translate-editor-publishes = Les lecteurs voient la traduction une fois qu'un éditeur l'a publiée.
editor-translate-publish-not-done = Marquez d'abord la traduction comme terminée.
editor-translate-item-unpublished = La fiche elle-même n'est pas encore publiée. Les lecteurs verront la traduction quand elle le sera.
editor-translate-published = Publiée. Les lecteurs voient maintenant cette traduction.
editor-field-name = Nom
editor-field-title = Titre
editor-field-description = Description
editor-field-body = Texte
editor-field-eligibility = Qui peut venir
editor-field-documents_needed = Quoi apporter
editor-field-fee = Prix
editor-field-accessibility = Accessibilité
editor-field-notes = Remarques sur les horaires

## Guide articles and city settings

editor-new-article = Nouvel article
editor-settings-link = Paramètres de la ville
editor-articles = Articles du guide
editor-move-up = Monter
    .aria-label = Monter: { $title }
editor-move-down = Descendre
    .aria-label = Descendre: { $title }
editor-article-title = Titre
editor-article-body = Texte
editor-article-markdown-hint = Mise en forme : une ligne vide entre les paragraphes ; « ## » en début de ligne pour un titre ; « - » ou « 1. » pour une liste ; un lien s'écrit [mots](https://example.org).
editor-article-parent = Se place sous
editor-article-top-level = Premier niveau (sous aucun article)
editor-article-notice = Avis sur la page d'accueil jusqu'au (facultatif)
editor-article-notice-hint = Jusqu'à cette date, la page d'accueil du guide affiche l'article comme un avis de la ville. Laissez vide pour un article normal.
editor-hint-title-article = Dites de quoi il s'agit, en quelques mots. Par exemple : Vos premiers jours.
editor-article-create = Créer l'article
editor-article-title-missing = Écrivez d'abord un titre.
editor-article-cannot-create = Seuls les éditeurs peuvent ajouter des articles.
editor-settings-title = Paramètres de la ville
editor-settings-live = Les changements faits ici sont visibles tout de suite par les lecteurs. Il n'y a pas d'étape de publication.
editor-settings-read-only = Vous ne pouvez pas modifier les paramètres de la ville. Seuls les éditeurs le peuvent.
editor-categories = Catégories
editor-categories-hint = Les lecteurs voient les catégories dans cet ordre. Si un nom est vide, ils voient le nom dans la langue de repli.
editor-category-icon = Icône
editor-category-name = Nom en { $language } ({ $tag })
editor-category-add-title = Nouvelle catégorie
editor-category-add-name = Nom en { $language }
editor-category-add = Ajouter la catégorie
editor-category-name-missing = Écrivez d'abord le nom de la catégorie.
editor-category-remove-question = Supprimer « { $name } » ? Services qui l'utilisent : { $count }.
editor-remove = Supprimer
    .aria-label = Supprimer: { $name }
editor-remove-confirm = Oui, supprimer « { $name } »
editor-remove-cancel = Annuler
editor-icon-heart = Cœur
editor-icon-house = Maison
editor-icon-scales = Balance
editor-icon-briefcase = Mallette
editor-icon-book = Livre
editor-icon-family = Famille
editor-icon-bowl = Bol
editor-icon-people = Personnes
editor-icon-woman = Femme
editor-icon-star = Étoile
editor-icon-search = Loupe
editor-icon-calendar = Calendrier
editor-icon-clock = Horloge
editor-icon-pin = Repère de carte
editor-icon-phone = Téléphone
editor-icon-share = Partager
editor-icon-print = Imprimante
editor-icon-speaker = Haut-parleur
editor-icon-article = Document
editor-icon-offline = Pas de connexion
editor-icon-check = Coche
editor-icon-flag = Drapeau
editor-languages = Langues
editor-languages-hint = Les langues que les lecteurs peuvent choisir. Un texte pas encore traduit s'affiche dans la langue de repli.
editor-language-direction = Sens d'écriture
editor-direction-ltr = De gauche à droite
editor-direction-rtl = De droite à gauche
editor-language-source = La langue source : les contenus sont d'abord écrits dans cette langue.
editor-language-fallback = Langue de repli
editor-language-fallback-hint = Ce que voient les lecteurs de cette langue quand un texte n'est pas encore traduit.
editor-language-no-fallback = Aucune
editor-language-fallback-cycle = Cela crée une boucle : cette langue se replie déjà sur celle-ci. Choisissez-en une autre.
editor-language-remove-question = Supprimer { $language } ? Ses lecteurs choisiront une autre langue. Ses traductions restent enregistrées.
editor-language-add-title = Nouvelle langue
editor-language-add-tag = Code de langue (BCP 47)
editor-language-add-hint = Par exemple : ti (tigrigna), pt-BR (portugais du Brésil).
editor-language-add = Ajouter la langue
editor-language-invalid = « { $tag } » n'est pas un code de langue. Écrivez un code comme ti ou pt-BR.
editor-language-present = La ville propose déjà { $language }.

## The multivoiced archive

reader-archive-title = Voix d’arrivée
reader-archive-intro = Des récits de personnes venues dans cette ville, avec leurs propres mots. Chaque voix est la sienne ; aucune n’est la version officielle.
reader-archive-link = Lire les voix d’arrivée
reader-archive-empty = Rien n’a encore été publié ici.
reader-archive-unavailable = Les voix n’ont pas pu être chargées. Réessayez plus tard.
reader-archive-offline = Vous êtes hors ligne. Les voix d’arrivée ont besoin d’une connexion.
reader-archive-anonymous = Anonyme
reader-archive-speaks-about = Il parle de :
reader-archive-translated = Traduit de { $language } par le groupe
reader-archive-in-language = En { $language }
reader-archive-original = Voir les mots d’origine
reader-archive-recording =
    .aria-label = Enregistrement de cette voix
archive-page-title = Archive
archive-title = Archive du groupe { $group }
archive-open = Ouvrir l’archive
archive-not-member = Vous n’êtes pas membre de ce groupe d’archive.
archive-intro = Des récits d’arrivée, écrits et enregistrés par le groupe. Chaque voix reste à son auteur : lui seul décide qui la voit et comment il est nommé.
archive-entries = Récits
archive-no-entries = Aucun récit pour l’instant.
archive-voice-count =
    { $count ->
        [one] { $count } voix
       *[other] { $count } voix
    }
archive-state-published = Publié
archive-state-unpublished = Non publié
archive-theme = Thème
archive-guide-links = Pages du guide dont il parle
archive-theme-arrival = L’arrivée
archive-theme-first-contact-with-services = Premiers contacts avec les services
archive-theme-housing = Le logement
archive-theme-work = Le travail
archive-theme-family = La famille
archive-theme-belonging = L’appartenance
archive-theme-the-future = L’avenir
archive-theme-other = Autre
archive-entry-title = Titre
archive-entry-title-missing = Écrivez un titre.
archive-cities = Villes dont il parle
archive-cities-hint = Une fois publié, les lecteurs des guides de ces villes peuvent le lire.
archive-new-entry = Nouveau récit
archive-new-entry-create = Créer le récit
archive-back = Retour à l’archive
archive-entry-missing = Ce récit n’est pas encore sur cet appareil. S’il vient d’être créé, attendez qu’il soit synchronisé.
archive-voices = Voix
archive-no-voices = Aucune voix pour l’instant.
archive-add-voice = Ajouter ma voix
archive-add-voice-hint = Écrivez avec vos mots, enregistrez-vous, ou les deux. C’est gardé sur cet appareil tout de suite et envoyé quand vous êtes en ligne.
archive-voice-language = La langue dans laquelle vous parlez
archive-add-voice-create = Ajouter ma voix
archive-voice-yours = Votre voix
archive-voice-of = Voix de { $name }
archive-voice-unknown = Une voix du groupe
archive-voice-in = En { $language }
archive-voice-text = Mots
archive-voice-text-hint = Ce qui a été écrit, ou la transcription de l’enregistrement.
archive-recording = Enregistrement
archive-record = Enregistrer
archive-record-stop = Arrêter
archive-record-discard = Supprimer l’enregistrement
archive-record-play =
    .aria-label = Réécouter l’enregistrement
archive-recording-none = Aucun enregistrement.
archive-recording-recording = Enregistrement en cours…
archive-recording-waiting = Enregistré, en attente d’envoi. Il est gardé sur cet appareil jusque-là.
archive-recording-uploaded = Envoyé.
archive-recording-refused-too-large = Cet enregistrement est trop lourd : l’archive accepte jusqu’à 25 Mo. Enregistrez-en un plus court ou choisissez un fichier plus petit.
archive-recording-refused-wrong-type = L’archive n’accepte pas ce fichier : seulement de l’audio WebM ou Ogg.
archive-audio-file = Ou choisissez un fichier audio sur cet appareil
archive-audio-file-hint = Audio WebM ou Ogg, jusqu’à 25 Mo. Son titre et ses autres étiquettes sont retirés à l’envoi.
archive-recording-no-microphone = Aucun micro n’a pu être utilisé. Autorisez ce site à utiliser le micro, ou écrivez vos mots.
archive-photo = Photo
archive-photo-choose = Ajouter une photo
archive-photo-hint = JPEG, PNG ou WebP, jusqu’à 10 Mo. Sa localisation (GPS) et les détails de l’appareil photo sont retirés à l’envoi.
archive-photo-description = Ce que montre la photo (pour les personnes qui ne peuvent pas la voir)
archive-photo-remove = Retirer la photo
archive-photo-none = Pas de photo.
archive-photo-waiting = En attente d’envoi. Elle reste sur cet appareil d’ici là.
archive-photo-uploaded = Envoyée, sans sa localisation ni les détails de l’appareil photo.
archive-photo-refused-too-large = Cette photo est trop lourde : l’archive accepte des photos jusqu’à 10 Mo.
archive-photo-refused-wrong-type = L’archive n’accepte pas ce fichier : seulement des photos JPEG, PNG ou WebP.
archive-translations = Traductions
archive-translation-language = Traduire en
archive-translation-add = Ajouter une traduction
archive-translation-text = Traduction en { $language }, par { $by }
archive-translation-text-own = Traduction en { $language }, par l’auteur ou l’autrice de la voix
archive-consent-title = Votre consentement
archive-consent-unavailable = Vous pourrez choisir qui voit votre voix quand elle sera arrivée au serveur (une fois en ligne). D’ici là, seul le groupe la voit, sans votre nom.
archive-consent-visibility = Qui peut voir votre voix
archive-visibility-group = Seulement le groupe
archive-visibility-city-editors = Le groupe et les rédacteurs de la ville
archive-visibility-public = Tout le monde, une fois le récit publié par un modérateur
archive-consent-naming = Comment vous êtes nommé
archive-naming-name = Par mon nom ({ $name })
archive-naming-pseudonym = Par un pseudonyme
archive-naming-anonymous = Pas du tout (anonyme)
archive-pseudonym = Pseudonyme
archive-pseudonym-missing = Écrivez le pseudonyme sous lequel vous voulez être nommé.
archive-consent-save = Enregistrer mon choix
archive-consent-saving = Enregistrement…
archive-consent-saved = Enregistré.
archive-consent-offline = Pas enregistré : vous êtes hors ligne. Réessayez une fois en ligne.
archive-consent-withdrawn = Cette voix est retirée.
archive-consent-failed = Pas enregistré. Réessayez plus tard.
archive-withdraw = Retirer ma voix
archive-withdraw-explained = Retirer votre voix la supprime pour de bon : personne dans le groupe, aucun rédacteur et aucun lecteur ne la verra plus, et le serveur l’efface. Elle ne peut pas être rétablie.
archive-withdraw-cannot-undo = Cela ne peut pas reprendre les copies que d’autres ont déjà téléchargées, gardées ou imprimées pendant qu’elle leur était montrée.
archive-withdraw-confirm = La retirer pour de bon
archive-withdraw-cancel = Garder ma voix
archive-publish = Publier le récit
archive-unpublish = Dépublier
archive-publish-hint = Les lecteurs ne voient que les voix dont les auteurs ont choisi « tout le monde », nommées comme chacun l’a choisi.
archive-published = Publié. Les lecteurs voient maintenant les voix partagées avec le public.
archive-unpublished = Dépublié. Les lecteurs ne le voient plus.
archive-publish-refused = Pas publié : aucun auteur n’a encore partagé sa voix avec le public (ou le récit n’a pas de titre).
archive-publish-not-synced = Le serveur n’a pas encore ce récit. Attendez qu’il soit synchronisé, puis publiez.
archive-publish-failed = Pas publié. Réessayez plus tard.
archive-export = Télécharger l’archive du groupe
archive-export-hint = Un fichier zip avec les mots de chaque voix (Markdown), les enregistrements et la liste des entrées, voix, langues et consentements. Les voix retirées n’y sont jamais ; une voix anonyme n’y porte aucun nom. Ne le partagez que comme le consentement de chaque voix le permet.

## Dates
date-month =
    { $month ->
     [jan] janvier
     [feb] février
     [mar] mars
     [apr] avril
     [may] mai
     [jun] juin
     [jul] juillet
     [aug] août
     [sep] septembre
     [oct] octobre
     [nov] novembre
    *[dec] décembre
    }
date-month-alone =
    { $month ->
     [jan] janvier
     [feb] février
     [mar] mars
     [apr] avril
     [may] mai
     [jun] juin
     [jul] juillet
     [aug] août
     [sep] septembre
     [oct] octobre
     [nov] novembre
    *[dec] décembre
    }
date-weekday =
    { $weekday ->
     [mon] lundi
     [tue] mardi
     [wed] mercredi
     [thu] jeudi
     [fri] vendredi
     [sat] samedi
    *[sun] dimanche
    }
date-day = { $weekday } { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } à { $time }
date-list-separator = { ", " }
date-just-now = cette minute-ci
date-minutes-ago =
    { $count ->
     [many] il y a { $count } minute
     [one] il y a { $count } minute
    *[other] il y a { $count } minutes
    }
date-hours-ago =
    { $count ->
     [many] il y a { $count } heure
     [one] il y a { $count } heure
    *[other] il y a { $count } heures
    }
date-days-ago =
    { $count ->
     [1] hier
     [many] il y a { $count } jour
     [one] il y a { $count } jour
    *[other] il y a { $count } jours
    }
