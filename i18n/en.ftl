# Translation: source locale (English), written by the developers
#
# UI strings of the hospes web app. Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Local guides for newcomers, written together, readable offline.
skip-to-content = Skip to content
nav-main =
    .aria-label = Main
nav-home = Home
nav-status = Sync status
page-title = { $page } · { app-name }
language-label = Language

## Home page

home-title = Welcome to { app-name }
home-status-link = See the sync status

## Status page

status-title = Sync status
status-connection-label = Connection to the server
status-connected = Connected
status-connecting = Connecting…
status-offline = Offline
status-offline-hint = You are offline. Changes stay on this device and are sent when you are back online.

## Not found

not-found-title = Page not found
not-found-body = There is nothing at this address.
not-found-home = Go to the home page
