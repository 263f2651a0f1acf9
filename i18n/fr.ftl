# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = Des guides locaux pour les nouveaux arrivants, écrits ensemble, lisibles hors ligne.
skip-to-content = Aller au contenu
nav-main =
    .aria-label = Principale
nav-home = Accueil
nav-status = État de la synchronisation
nav-sign-in = Se connecter
nav-account = { $name }
    .aria-label = Votre compte : { $name }
page-title = { $page } · { app-name }
language-label = Langue

## Home page

home-title = Bienvenue sur { app-name }
home-status-link = Voir l’état de la synchronisation

## Status page

status-title = État de la synchronisation
status-connection-label = Connexion au serveur
status-connected = Connecté
status-connecting = Connexion…
status-offline = Hors ligne
status-offline-hint = Vous êtes hors ligne. Vos modifications restent sur cet appareil et seront envoyées dès votre retour en ligne.
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
role-group-hint = Le nom court du groupe d’archive, tel qu’il a été créé pour votre ville : lettres minuscules, chiffres et traits d’union.
role-group-missing = Saisissez le nom du groupe.
role-group-invalid = Utilisez le nom court du groupe : lettres minuscules, chiffres et traits d’union, par exemple voix-de-femmes.
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
