# Translation: machine-made, not yet reviewed by a native speaker

## Shell

app-name = hospes
app-tagline = Des guides locaux pour les nouveaux arrivants, écrits ensemble, lisibles hors ligne.
skip-to-content = Aller au contenu
nav-main =
    .aria-label = Principale
nav-home = Accueil
nav-status = État de la synchronisation
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

## Not found

not-found-title = Page introuvable
not-found-body = Il n’y a rien à cette adresse.
not-found-home = Aller à l’accueil
