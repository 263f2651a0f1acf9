# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Polish, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Lokalne przewodniki dla nowo przybyłych, pisane wspólnie, do czytania także bez internetu.
skip-to-content = Przejdź do treści
nav-main =
    .aria-label = Menu główne
nav-home = Strona główna
nav-status = Stan synchronizacji
nav-sign-in = Zaloguj się
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Twoje konto: { $name }
page-title = { $page } · { app-name }
language-label = Język

## Home page

home-title = Witamy w { app-name }
home-status-link = Zobacz stan synchronizacji

## Status page

status-title = Stan synchronizacji
status-connection-label = Połączenie z serwerem
status-connected = Połączono
status-connecting = Łączenie…
status-offline = Brak połączenia
status-offline-hint = Nie masz połączenia. Zmiany zostają na tym urządzeniu. Zostaną wysłane, gdy znowu będziesz online.
status-signed-out = Nie jesteś zalogowany
status-signed-out-hint = Tylko zalogowani redaktorzy synchronizują dokumenty z serwerem. Do czytania przewodnika nie potrzeba konta.
status-sign-in = Zaloguj się, aby synchronizować

## Not found

not-found-title = Nie znaleziono strony
not-found-body = Pod tym adresem nic nie ma.
not-found-home = Przejdź do strony głównej

## Forms and errors shared by the pages

passphrase-show = Pokaż hasło
error-offline = Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
error-server = Na serwerze wystąpił błąd. Spróbuj później.
error-bad-request = Serwer tego nie przyjął. Sprawdź, co wpisałeś, i spróbuj ponownie.
error-forbidden = Nie masz uprawnień, aby to zrobić.
error-unauthenticated = Zostałeś wylogowany. Zaloguj się ponownie, aby kontynuować.
error-unexpected = Coś poszło nie tak. Spróbuj ponownie.
error-page-not-loaded = Nie udało się wczytać tej strony. Sprawdź połączenie i spróbuj ponownie.
error-too-many-attempts-seconds =
    Zbyt wiele prób. Spróbuj ponownie za { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }.
error-too-many-attempts-minutes =
    Zbyt wiele prób. Spróbuj ponownie za { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.

## Roles

-role-volunteer = Wolontariusz
-role-translator = Tłumacz
-role-editor = Redaktor
-role-group_member = Członek grupy
-role-group_moderator = Moderator grupy
-role-city_admin = Administrator miasta
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
        [group] { role-name }, grupa „{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } – { $city }
role-label = Rola
role-group-label = Grupa
role-group-hint = Krótka nazwa grupy archiwum, tak jak ustawiono ją dla twojego miasta: małe litery, cyfry i łączniki.
role-group-missing = Wpisz nazwę grupy.
role-group-invalid = Użyj krótkiej nazwy grupy: małe litery, cyfry i łączniki. Na przykład: women-voices.
role-group-unknown = To miasto nie ma grupy archiwum o takiej krótkiej nazwie.
role-languages-label = Języki
role-languages-hint = Kody języków oddzielone przecinkami. Na przykład: ar, uk, fa-AF.
role-languages-missing = Wpisz co najmniej jeden kod języka.
role-languages-invalid = Jeden z nich nie jest kodem języka. Użyj kodów takich jak ar, uk lub fa-AF.

## Sign-in page

sign-in-title = Logowanie
sign-in-intro = Dla wolontariuszy, redaktorów, tłumaczy i pracowników miasta. Do czytania przewodnika nie potrzeba konta.
sign-in-name = Nazwa
sign-in-passphrase = Hasło
sign-in-submit = Zaloguj się
sign-in-name-missing = Wpisz swoją nazwę.
sign-in-passphrase-missing = Wpisz swoje hasło.
sign-in-invalid = Nazwa lub hasło są błędne.
sign-in-no-account = Nie masz konta? Konta zakłada się tylko z zaproszenia. Poproś administratora swojego miasta o link.
sign-in-already = Jesteś zalogowany jako { $name }.
sign-in-continue = Dalej
sign-in-account = Twoje konto

## Invitation page

invite-title = Zaproszenie
invite-loading = Sprawdzanie zaproszenia…
invite-not-found = Ten link z zaproszeniem nie działa. Mógł zostać już użyty albo wygasł. Poproś osobę, która cię zaprosiła, o nowy.
invite-home = Przejdź do strony głównej
invite-for = Masz zaproszenie do miasta { $city } z rolą: { role-grant }.
invite-expires = To zaproszenie jest ważne do { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Jesteś zalogowany jako { $name }. Przyjęcie zaproszenia założy nowe konto i zaloguje cię na nie.
invite-name = Twoja nazwa
invite-name-hint = Osoby, z którymi pracujesz, widzą tę nazwę. Nie musi to być twoje prawdziwe imię: pseudonim też jest dobry.
invite-name-missing = Wybierz nazwę.
invite-name-too-long = Ta nazwa jest za długa: najwyżej 64 znaki.
invite-name-taken = Ta nazwa jest już zajęta. Wybierz inną.
invite-passphrase = Hasło
invite-passphrase-hint = Co najmniej 10 znaków. Kilka niepasujących do siebie słów łatwo zapamiętać i trudno odgadnąć.
invite-passphrase-confirm = Powtórz hasło
invite-passphrase-too-short = Hasło jest za krótkie: co najmniej 10 znaków.
invite-passphrase-too-long = Hasło jest za długie: najwyżej 1024 znaki.
invite-passphrase-mismatch = Te dwa hasła nie są takie same.
invite-submit = Załóż moje konto

## Account page

account-title = Twoje konto
account-loading = Wczytywanie konta…
account-not-signed-in = Nie jesteś zalogowany.
account-signed-out = Wylogowałeś się.
account-sign-in = Zaloguj się
account-signed-in-as = Jesteś zalogowany jako { $name }.
account-offline = Nie masz połączenia. To jest to, co pamięta urządzenie. Sesje i wylogowanie wymagają połączenia.
account-roles-title = Twoje role
account-no-roles = Nie masz jeszcze żadnej roli.
account-manage-city = Zarządzaj: { $city }
account-sessions-title = Gdzie jesteś zalogowany
account-sessions-loading = Wczytywanie…
account-session-current = To urządzenie
account-session-other = Inne urządzenie
account-session-times = Zalogowano { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, ostatnia aktywność { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Wyloguj
account-session-ended = To urządzenie zostało wylogowane.
account-sign-out-everywhere = Wyloguj wszędzie
account-sign-out = Wyloguj się

## City administration page

admin-title = Zarządzanie miastem
admin-heading = Zarządzaj: { $city }
admin-loading = Wczytywanie…
admin-offline = Nie masz połączenia. Zarządzanie miastem wymaga połączenia.
admin-not-signed-in = Zaloguj się, aby zarządzać miastem.
admin-sign-in = Zaloguj się
admin-not-admin = Nie jesteś administratorem miasta { $city }.
admin-invite-title = Zaproś kogoś
admin-invite-intro = Link z zaproszeniem jest dla jednej osoby. Działa raz, a kto go otworzy, może założyć konto. Wyślij go prywatnie.
admin-invite-submit = Utwórz link z zaproszeniem
admin-invite-created = Link z zaproszeniem utworzony.
admin-invite-link-label = Link z zaproszeniem
admin-invite-about = Dla roli: { role-grant }. Ważny do { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Kopiuj link
admin-invite-share = Udostępnij link
admin-invite-copied = Link skopiowany.
admin-invite-copy-failed = Nie udało się skopiować. Link jest zaznaczony: skopiuj go sam.
admin-members-title = Członkowie
admin-members-none = Nie ma jeszcze członków.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (ty)
       *[no] { $name }
    }
admin-member-revoked = Dostęp odebrany
admin-member-no-roles = Brak ról
admin-member-edit = Zmień role
admin-member-revoke = Odbierz dostęp
admin-roles-heading = Role: { $name }
admin-role-remove = Usuń
admin-role-add-title = Dodaj rolę
admin-role-add = Dodaj rolę
admin-role-duplicate = Ta osoba ma już tę rolę.
admin-roles-save = Zapisz role
admin-roles-cancel = Anuluj
admin-roles-saved = Role zapisane: { $name }.
admin-revoke-question = Odebrać dostęp: { $name }?
admin-revoke-explain = { $name } zostanie wylogowany na wszystkich urządzeniach i nie będzie mógł się już zalogować.
admin-revoke-confirm = Odbierz dostęp
admin-revoke-cancel = Anuluj
admin-revoked = Dostęp odebrany: { $name }.
