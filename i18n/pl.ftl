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
nav-cities = Wszystkie miasta
nav-status = Stan synchronizacji
nav-sign-in = Zaloguj się
nav-edit = Edytuj przewodnik
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Twoje konto: { $name }
page-title = { $page } · { app-name }
language-label = Język

## Choosing a guide

reader-choose-city-title = Wybierz swoje miasto
reader-choose-language-title = Wybierz swój język
reader-choose-offline = Nie masz połączenia. Połącz się raz z internetem, aby pobrać przewodnik.
reader-kept-guides = Przewodniki na tym telefonie
reader-choose-city = Wybierz inne miasto lub inny język
reader-choose-language-city = Wybierz język przewodnika: { $city }
reader-language-not-offered = Przewodnika dla miasta { $city } nie ma w tym języku: { $language }. Wybierz jeden z języków, w których jest dostępny:
reader-open-guide = Otwórz przewodnik
reader-loading = Wczytywanie…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Przewodnik
reader-nav-home = Start
reader-nav-articles = Praktyczne informacje
reader-nav-events = Wydarzenia
reader-nav-search = Szukaj
reader-sample-city = To jest przykładowe miasto z wymyśloną treścią, aby wypróbować { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Dostępny bez internetu, zaktualizowany { $ago }
reader-offline-now = Nie masz połączenia. Ten przewodnik był aktualizowany { $ago }.
reader-guide-language = Język przewodnika
reader-print-link = Wydrukuj ten przewodnik
reader-offline-banner = Nie masz połączenia. Czytasz kopię zapisaną na tym telefonie.
reader-language-shown-in = Przewodnika dla miasta { $city } nie ma w tym języku: { $language }. Jego teksty są wyświetlane w tym języku: { $guide }.
reader-text-size = Rozmiar tekstu
reader-text-size-normal = Normalny
reader-text-size-large = Duży
reader-text-size-larger = Bardzo duży
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Jeszcze nie przetłumaczone: część jest pokazana w tym języku: { $languages }.
        [few] Jeszcze nie przetłumaczone: część jest pokazana w tych językach: { $languages }.
        [many] Jeszcze nie przetłumaczone: część jest pokazana w tych językach: { $languages }.
       *[other] Jeszcze nie przetłumaczone: część jest pokazana w tych językach: { $languages }.
    }
reader-problem-offline-title = Tego przewodnika nie ma jeszcze na tym telefonie
reader-problem-offline = Połącz się raz z internetem. Potem przewodnik działa też bez internetu.
reader-offline-missing = Nie masz połączenia.
reader-problem-unknown-city-title = Nie znaleziono miasta
reader-problem-unknown-city = Nie ma tu przewodnika dla tego miasta.
reader-problem-unknown-language-title = Język niedostępny
reader-problem-unknown-language = Ten przewodnik nie jest dostępny w tym języku. Wybierz jeden z tych języków:
reader-problem-server-title = Nie udało się wczytać przewodnika
reader-problem-server = Na serwerze wystąpił błąd. Spróbuj później.
reader-meta-description = Przewodnik po mieście { $city } dla nowo przybyłych: gdzie znaleźć pomoc, usługi, praktyczne informacje i wydarzenia, w twoim języku, także offline.
reader-meta-description-page = { $page } – przewodnik po mieście { $city } dla nowo przybyłych: pomoc, usługi, informacje i wydarzenia w twoim języku, także offline.

## Guide home

reader-home-title = Przewodnik: { $city }
reader-notices = Wiadomości z miasta
reader-categories = Czego potrzebujesz?
reader-category-count =
    { $count ->
        [one] jedno miejsce
        [few] { $count } miejsca
        [many] { $count } miejsc
       *[other] { $count } miejsca
    }
reader-this-week = W tym tygodniu
reader-no-events-this-week = Brak wydarzeń w najbliższych siedmiu dniach.
reader-all-events = Wszystkie wydarzenia
reader-topics = Informacje
reader-kept-languages = Na tym telefonie
reader-kept-languages-hint = Przewodnik działa bez internetu w językach zapisanych na tym telefonie.
reader-kept-current = Zapisany (właśnie go czytasz)
reader-kept-add = Zapisz też: { $language }
reader-kept-remove = Usuń z tego telefonu: { $language }
reader-published-on = Opublikowano: { $date }
reader-kept-waiting = Nie masz połączenia. Gdy wróci, telefon zapisze też: { $language }.

## Services

reader-service-title = Usługa
reader-status-temporarily-closed = Tymczasowo zamknięte.
reader-status-closed = Ta usługa już nie działa.
reader-open-now = Teraz otwarte, zamknięcie o { $time }
reader-open-now-all-day = Teraz otwarte, całą dobę
reader-open-all-day = Otwarte całą dobę
reader-opens-today = Teraz zamknięte. Otwarcie dziś o { $time }
reader-opens-tomorrow = Teraz zamknięte. Otwarcie jutro o { $time }
reader-opens-on = Teraz zamknięte. Otwarcie: { $day }, o { $time }
reader-by-appointment = Po umówieniu wizyty
reader-no-hours-soon = Nieczynne w najbliższych dniach
reader-hours-unknown = Zapytaj o godziny otwarcia
reader-open-to-all = Otwarte dla wszystkich, bez względu na dokumenty
reader-for-whom = Dla kogo
reader-eligibility = Kto może przyjść
reader-cost = Koszt
reader-free = Bezpłatnie
reader-not-free = Płatne
reader-languages = Języki
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Można zorganizować tłumacza.
reader-documents = Co zabrać
reader-hours = Godziny otwarcia
reader-today = Dziś
reader-tomorrow = Jutro
reader-closed-day = Zamknięte
reader-appointment-note = (po umówieniu wizyty)
reader-where = Gdzie
reader-outreach = Gdzie ich znaleźć (przychodzą też do ciebie)
reader-open-map = Otwórz w mojej aplikacji z mapami
reader-open-web-map = Otwórz mapę na openstreetmap.org
reader-contact = Kontakt
reader-call = Zadzwoń: { $phone }
reader-email = Napisz: { $email }
reader-website = Strona internetowa: { $site }
reader-share = Udostępnij
reader-share-copied = Link skopiowany
reader-last-checked = Ostatnio sprawdzone: { $date }
reader-listen = Posłuchaj
reader-listen-stop = Zatrzymaj
reader-target-everyone = Wszyscy
reader-target-asylum-seekers-and-refugees = Osoby ubiegające się o azyl i uchodźcy
reader-target-temporary-protection = Osoby z ochroną czasową
reader-target-undocumented-residents = Osoby bez dokumentów
reader-target-women = Kobiety
reader-target-unaccompanied-minors = Młodzież poniżej 18 lat bez opiekunów
reader-target-children = Dzieci
reader-target-students = Studenci

## Articles

reader-articles-title = Praktyczne informacje
reader-articles-below = Więcej na ten temat
reader-breadcrumbs =
    .aria-label = Jesteś tutaj

## Events

reader-events-title = Wydarzenia
reader-events-later = Później
reader-no-events = Brak wydarzeń w najbliższych tygodniach.
reader-event-cancelled = Odwołane
reader-event-when = Kiedy
reader-event-next-dates = Następne terminy
reader-event-past = To wydarzenie już się skończyło.
reader-organizer = Organizator
reader-open-to-residents = Wszyscy: nowo przybyli i osoby, które mieszkają tu od dawna
reader-add-to-calendar = Dodaj do mojego kalendarza
reader-register = Zapisz się
reader-online-link = Dołącz online
reader-subscribe = Subskrybuj wydarzenia miasta w moim kalendarzu
reader-feed-link = Pobierz wszystkie wydarzenia (iCalendar)
reader-events-by-month = Później, miesiąc po miesiącu
reader-no-later-events = Nie znamy jeszcze późniejszych wydarzeń.
reader-events-in-month = { $month } (wydarzenia: { $count })
reader-no-events-month = W tym miesiącu nie ma wydarzeń.
reader-events-bad-month = Ten adres nie wskazuje miesiąca (powinien kończyć się na ?month=2027-01). Oto najbliższe tygodnie.
reader-events-known-until = Ten telefon zna wydarzenia do { $date }. Otwórz później przewodnik online, aby zobaczyć więcej.
reader-events-coming-weeks = Najbliższe cztery tygodnie
reader-events-month-before = Wcześniej: { $month }
reader-events-month-after = Dalej: { $month }
reader-feed-heading = W twojej aplikacji kalendarza

## Search

reader-search-title = Szukaj
reader-search-label = Szukaj w przewodniku
reader-search-button = Szukaj
reader-search-count =
    { $count ->
        [0] Nic nie znaleziono dla „{ $query }”.
        [one] Jeden wynik dla „{ $query }”.
        [few] { $count } wyniki dla „{ $query }”.
        [many] { $count } wyników dla „{ $query }”.
       *[other] { $count } wyniku dla „{ $query }”.
    }
reader-kind-service = Usługa
reader-kind-article = Informacja
reader-kind-event = Wydarzenie

## Print version

reader-print-title = Przewodnik do druku
reader-print-heading = Przewodnik: { $city }
reader-print-date = Wydrukowano { $date }. Wiele się zmienia: sprawdź przewodnik w internecie.
reader-print-button = Drukuj
reader-print-address = Ten przewodnik online, zawsze aktualny:
reader-print-qr = Kod QR: ten przewodnik online
reader-print-other-days = Niektóre godziny przypadają w inne dni (co kilka tygodni lub raz w miesiącu): zobacz przewodnik online.

## Suggest a correction

reader-suggest-link = Zaproponuj poprawkę
reader-suggest-title = Zaproponuj poprawkę
reader-suggest-about = Dotyczy:
reader-suggest-privacy = Twoja wiadomość jest anonimowa. Nie pytamy o twoje imię ani o nic na twój temat.
reader-suggest-topic = Co jest nie tak?
reader-suggest-message = Co powinniśmy wiedzieć?
reader-suggest-message-hint = Nie podawaj swojego imienia, numeru telefonu ani innych danych osobowych.
reader-suggest-send = Wyślij
reader-suggest-need-topic = Wybierz, co jest nie tak.
reader-suggest-need-message = Napisz kilka słów o tym, co jest nie tak.
reader-suggest-sent = Dziękujemy. Redakcja przewodnika to sprawdzi.
reader-suggest-queued = Dziękujemy. Nie masz połączenia: wiadomość zostanie wysłana, gdy znowu będziesz online.
reader-suggest-refused = Dziękujemy, ale nie udało się tego wysłać: strona mogła zostać usunięta.
reader-back-to-guide = Wróć do przewodnika

## Status page

status-title = Stan synchronizacji
status-connection-label = Połączenie z serwerem
status-connected = Połączono
status-connecting = Łączenie…
status-offline = Brak połączenia
status-offline-hint = Nie masz połączenia. Zmiany zostają na tym urządzeniu. Zostaną wysłane, gdy znowu będziesz online.
status-waiting =
    { $count ->
        [0] Na tym urządzeniu nic nie czeka na wysłanie.
        [1] Jedna zmiana jest zapisana na tym urządzeniu i czeka na wysłanie.
       *[other] Zmiany zapisane na tym urządzeniu, czekające na wysłanie: { $count }.
    }
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
role-group-hint = Jedna z grup archiwum, które moderujesz w tym mieście.
role-group-missing = Wybierz grupę.
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

## Suggestions queue (editors)

suggestions-title = Sugestie od czytelników
suggestions-heading = Sugestie: { $city }
suggestions-intro = Czytelnicy wysyłają je anonimowo, gdy coś w przewodniku jest nie tak. Sprawdź to, w razie potrzeby popraw wpis, a potem oznacz sugestię jako załatwioną.
suggestions-loading = Wczytywanie…
suggestions-not-signed-in = Zaloguj się, aby zobaczyć sugestie od czytelników.
suggestions-sign-in = Zaloguj się
suggestions-not-allowed = Sugestie dla miasta { $city } widzą tylko jego redaktorzy i administratorzy.
suggestions-unknown-city = Nie ma miasta „{ $city }”.
suggestions-show-done = Pokaż też załatwione sugestie
suggestions-list-title = Sugestie
suggestions-none-open = Brak otwartych sugestii.
suggestions-none = Na razie brak sugestii.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Dotyczy: { $title }
suggestions-about-unpublished = Dotyczy wpisu, który nie jest już opublikowany
suggestions-about-guide = Dotyczy przewodnika ogólnie
suggestions-no-message = Czytelnik nie napisał wiadomości.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Otrzymano { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · język: { LANGUAGES($language) }
suggestions-resolved = Załatwiono { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Oznacz jako załatwione
suggestions-marked-done = Sugestia oznaczona jako załatwiona.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Zostało zamknięte lub już nie istnieje
suggestion-topic-hours = Godziny otwarcia są błędne
suggestion-topic-address = Adres jest błędny
suggestion-topic-contact = Numer telefonu lub inny kontakt jest błędny
suggestion-topic-translation = Tłumaczenie jest błędne lub go brakuje
suggestion-topic-other = Coś innego

## Editing app

editor-page-title = Edycja przewodnika
editor-title = Edycja: { $city }
editor-signed-out = Zaloguj się, aby edytować przewodnik.
editor-progress = Dokumenty na tym urządzeniu: { $loaded } z { $total }
editor-filter = Filtruj
editor-events = Wydarzenia
editor-services = Usługi
editor-new-event = Nowe wydarzenie
editor-back = Wróć do listy
editor-untitled = (jeszcze bez tytułu)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Zapisano na tym urządzeniu. Nie masz połączenia.
        [one] Zapisano na tym urządzeniu. Jedna zmiana czeka na wysłanie.
        [few] Zapisano na tym urządzeniu. { $count } zmiany czekają na wysłanie.
        [many] Zapisano na tym urządzeniu. { $count } zmian czeka na wysłanie.
       *[other] Zapisano na tym urządzeniu. Zmiany czekające na wysłanie: { $count }.
    }
editor-sync-sending =
    { $count ->
        [one] Wysyłanie jednej zmiany…
        [few] Wysyłanie { $count } zmian…
        [many] Wysyłanie { $count } zmian…
       *[other] Wysyłanie zmian: { $count }…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Zsynchronizowano { $ago }
editor-sync-sent =
    { $count ->
        [1] Wysłano jedną zmianę. Zsynchronizowano { $ago }
       *[other] Wysłane zmiany: { $count }. Zsynchronizowano { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Twoja sesja wygasła. Zaloguj się ponownie, aby dalej synchronizować.
        [one] Twoja sesja wygasła. Twoja zmiana jest zapisana na tym urządzeniu: zaloguj się ponownie, aby ją wysłać.
        [few] Twoja sesja wygasła. Twoje zmiany ({ $count }) są zapisane na tym urządzeniu: zaloguj się ponownie, aby je wysłać.
        [many] Twoja sesja wygasła. Twoje zmiany ({ $count }) są zapisane na tym urządzeniu: zaloguj się ponownie, aby je wysłać.
       *[other] Twoja sesja wygasła. Twoje zmiany ({ $count }) są zapisane na tym urządzeniu: zaloguj się ponownie, aby je wysłać.
    }
editor-sync-sign-in = Zaloguj się ponownie
editor-hint-plain = Pisz krótkie zdania. Jedna myśl w jednym zdaniu. Używaj znanych słów.
editor-hint-title = Napisz w kilku słowach, co to jest. Na przykład: Kawiarenka językowa.
editor-minor-edit = Drobna poprawka (pisownia, literówka): tłumaczenia pozostają aktualne
editor-conflict =
    { $count ->
        [one] Dwie osoby zmieniły to w tym samym czasie. Wybierz właściwą wartość:
        [few] Kilka osób zmieniło to w tym samym czasie (wartości: { $count }). Wybierz właściwą:
        [many] Kilka osób zmieniło to w tym samym czasie (wartości: { $count }). Wybierz właściwą:
       *[other] Kilka osób zmieniło to w tym samym czasie (wartości: { $count }). Wybierz właściwą:
    }
editor-conflict-keep = Zachowaj „{ $value }”
editor-event-title = Tytuł
editor-event-description = Opis
editor-event-type = Rodzaj wydarzenia
editor-event-type-workshop = Warsztaty
editor-event-type-language-cafe = Kawiarenka językowa
editor-event-type-festival = Festiwal
editor-event-type-commemoration = Upamiętnienie
editor-event-type-job-fair = Targi pracy
editor-event-type-sport = Sport
editor-event-type-information-session = Spotkanie informacyjne
editor-event-type-other = Inne
editor-event-start = Początek
editor-event-end = Koniec
editor-event-place = Miejsce
editor-place-name = Nazwa miejsca
editor-place-street = Ulica i numer
editor-place-postal-code = Kod pocztowy
editor-place-locality = Miejscowość
editor-event-organizer = Organizator
editor-event-free = Bezpłatnie
editor-event-cancelled = Całe wydarzenie jest odwołane
editor-repeat = Powtarzanie
editor-repeat-kind = Jak często
editor-repeat-none = Nie powtarza się
editor-repeat-weekly = Co tydzień
editor-repeat-monthly = Co miesiąc
editor-repeat-custom = Inna reguła (RRULE)
editor-repeat-days =
    .aria-label = W te dni
editor-repeat-nth = Który
editor-repeat-weekday = Dzień
editor-repeat-until = Do (opcjonalnie)
editor-repeat-rule = Reguła
editor-nth-1 = Pierwszy
editor-nth-2 = Drugi
editor-nth-3 = Trzeci
editor-nth-4 = Czwarty
editor-nth-last = Ostatni
editor-weekday-mo = Poniedziałek
editor-weekday-tu = Wtorek
editor-weekday-we = Środa
editor-weekday-th = Czwartek
editor-weekday-fr = Piątek
editor-weekday-sa = Sobota
editor-weekday-su = Niedziela
editor-cancelled-dates = Odwołane terminy
editor-cancel-date-label = Odwołaj jeden termin
editor-cancel-date = Odwołaj ten termin
editor-restore-date = Przywróć termin: { $date }
editor-quick-hint = Działa bez internetu. Wydarzenie zostanie wysłane, gdy znowu będziesz online.
editor-quick-date = Data
editor-quick-start = Godzina rozpoczęcia
editor-quick-end = Godzina zakończenia
editor-quick-save = Zapisz wydarzenie
editor-quick-missing = Wpisz tytuł, datę i godziny.
editor-service-name = Nazwa
editor-service-description = Co to jest
editor-service-eligibility = Kto może przyjść
editor-service-documents = Co zabrać
editor-service-status = Stan
editor-service-status-active = Otwarte
editor-service-status-temporarily-closed = Tymczasowo zamknięte
editor-service-status-closed = Zamknięte na stałe
editor-service-organization = Organizacja prowadząca
editor-service-categories = Kategorie
editor-service-target-groups = Dla kogo
editor-service-open-to-all = Otwarte dla wszystkich, niezależnie od dokumentów
editor-service-fee = Cena, jeśli nie jest bezpłatne
editor-service-languages = Języki, którymi mówi personel
editor-service-language-other = Inny język
editor-service-language-hint = Kod języka, na przykład ti, prs lub pt-BR.
editor-service-language-add = Dodaj język
editor-service-language-invalid = To nie jest kod języka. Wpisz kod, na przykład ti, prs lub pt-BR.
editor-service-contacts = Kontakt
editor-service-phones = Numery telefonu
editor-service-phone = Numer telefonu { $number }
editor-service-phone-new = Nowy numer telefonu
editor-service-phone-add = Dodaj numer
editor-service-phone-remove = Usuń { $phone }
editor-service-phone-invalid = Wpisz numer telefonu: tylko cyfry, spacje i +. Na przykład +32 4 123 45 67.
editor-service-email = E-mail
editor-service-email-invalid = To nie jest adres e-mail. Na przykład: info@example.org
editor-service-website = Strona internetowa
editor-service-website-invalid = Wpisz pełny adres, zaczynający się od https://
editor-service-verified = Ostatnio sprawdzone
editor-service-verified-never = Nikt jeszcze nie sprawdził tej usługi.
editor-service-verified-value = Sprawdzone { $date } przez { $name }
editor-service-verify = Sprawdzone dzisiaj
editor-service-locations = Miejsca
editor-service-location = Miejsce { $number }
editor-service-location-none = Jeszcze nie ma miejsca.
editor-service-location-add = Dodaj miejsce
editor-service-location-remove = Usuń to miejsce
editor-location-region = Region
editor-location-country = Kraj (dwie litery, na przykład BE)
editor-location-country-invalid = Wpisz dwuliterowy kod kraju, na przykład BE.
editor-location-latitude = Szerokość geograficzna (opcjonalnie)
editor-location-longitude = Długość geograficzna (opcjonalnie)
editor-location-latitude-invalid = Wpisz liczbę od -90 do 90, na przykład 50.63.
editor-location-longitude-invalid = Wpisz liczbę od -180 do 180, na przykład 5.57.
editor-location-outreach = Docierają też do ludzi (usługa mobilna lub streetworking)
editor-service-schedules = Godziny otwarcia
editor-schedule = Godziny { $number }
editor-schedule-none = Jeszcze nie ma godzin otwarcia.
editor-schedule-add = Dodaj godziny otwarcia
editor-schedule-remove = Usuń te godziny
editor-schedule-days = Dni
editor-schedule-rule-hint = Tylko dla tego, czego nie da się wyrazić dniami, na przykład FREQ=MONTHLY;BYDAY=1TU dla pierwszego wtorku miesiąca. Zostaw puste, aby użyć dni.
editor-schedule-rule-invalid = Tej reguły nie można użyć. Wpisz regułę taką jak FREQ=WEEKLY;BYDAY=MO,TU, bez „RRULE:”.
editor-schedule-opens = Otwarte od
editor-schedule-closes = Zamknięte od
editor-schedule-overnight = Zamyka następnego dnia (otwarte po północy)
editor-schedule-times-invalid = Godzina zamknięcia musi być po godzinie otwarcia. Dla godzin po północy zaznacz „Zamyka następnego dnia”.
editor-schedule-valid-from = Od (opcjonalnie)
editor-schedule-valid-to = Do (opcjonalnie)
editor-schedule-valid-invalid = Data końcowa nie może być wcześniejsza niż data początkowa.
editor-schedule-closed-dates = Zamknięte w dniach
editor-schedule-closed-date-label = Dzień, w którym jest zamknięte
editor-schedule-closed-date-add = Dodaj dzień zamknięcia
editor-schedule-closed-date-remove = Znów otwarte { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, po umówieniu wizyty
editor-schedule-no-days = Nie wybrano dni
editor-schedule-no-hours = jeszcze bez godzin
editor-new-service = Nowa usługa
editor-new-service-hint = Zacznij od nazwy. Resztę uzupełnisz na następnym ekranie. Działa bez internetu.
editor-new-service-create = Utwórz usługę
editor-new-service-missing = Wpisz nazwę usługi.
editor-publishing = Publikowanie
editor-publish-hint = Czytelnicy widzą tylko opublikowaną wersję. Twoje późniejsze zmiany pozostają szkicami, dopóki znowu nie opublikujesz.
editor-publish = Opublikuj tę wersję
editor-unpublish = Wycofaj publikację
editor-published = Opublikowano. Czytelnicy widzą teraz tę wersję.
editor-draft-badge = Nieopublikowany szkic
editor-publication-published = Opublikowano: czytelnicy widzą tę wersję.
editor-publication-draft = Nieopublikowany szkic: czytelnicy widzą ostatnią opublikowaną wersję, dopóki ta nie zostanie opublikowana.
editor-publication-unpublished = Nieopublikowany szkic: czytelnicy nie widzą tej pozycji, dopóki nie zostanie opublikowana.
editor-unpublished = Publikacja wycofana. Czytelnicy już tego nie widzą.
editor-publish-not-synced = Serwer nie ma jeszcze tej wersji. Poczekaj na synchronizację, a potem opublikuj.
editor-publish-offline = Nie masz połączenia. Opublikuj, gdy znowu będziesz online.
editor-publish-not-publishable = Nie opublikowano: ta wersja nie jest jeszcze kompletnym elementem. Poczekaj na synchronizację, sprawdź pola, a potem opublikuj ponownie.
editor-publish-invalid-content = Nie opublikowano: najpierw popraw { $field }.
editor-publish-link-invalid = Link musi prowadzić do strony tej witryny (zaczynać się jednym /) albo do pełnego adresu zaczynającego się od https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Podgląd: co zobaczą czytelnicy
editor-preview-hint = Wersja, którą czytelnicy widzą teraz, w porównaniu z twoim szkicem. Opublikuj, aby pokazać im szkic.
editor-preview-not-published = Jeszcze nieopublikowane: czytelnicy nic nie widzą. Po publikacji zobaczą to:
# $when: the date and time of publishing.
editor-preview-same = Czytelnicy widzą dokładnie tę wersję (opublikowano: { $when }).
editor-preview-changed =
    { $count ->
        [one] Jedno pole różni się od tego, co widzą czytelnicy (opublikowano: { $when }):
        [few] { $count } pola różnią się od tego, co widzą czytelnicy (opublikowano: { $when }):
        [many] { $count } pól różni się od tego, co widzą czytelnicy (opublikowano: { $when }):
       *[other] { $count } pola różni się od tego, co widzą czytelnicy (opublikowano: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Jedno pole bez zmian
        [few] { $count } pola bez zmian
        [many] { $count } pól bez zmian
       *[other] { $count } pola bez zmian
    }
editor-preview-unknown = Połącz się raz z internetem, aby zobaczyć, co widzą czytelnicy.
editor-preview-unavailable = To urządzenie nie ma jeszcze opublikowanej wersji. Poczekaj na synchronizację.
# Read out by screen readers before removed and added words.
editor-diff-removed = Usunięto:
editor-diff-added = Dodano:
# The history of an item: who changed which field, and when.
editor-history = Historia
editor-history-hint = Kto co zmienił i kiedy. Możesz przywrócić wcześniejszą wartość.
editor-history-none = Na razie brak zmian.
editor-history-unknown-author = Zaimportowano
# $field: the technical name of a field that has no label here.
editor-history-other-field = Inna informacja ({ $field })
editor-history-restore = Przywróć tę wartość
editor-history-current = To jest obecna wartość.
editor-history-empty = (puste)
editor-history-yes = Tak
editor-history-no = Nie
editor-history-field-order = Miejsce na liście artykułów
editor-translate-link = Przetłumacz
editor-suggestions-link = Sugestie czytelników
editor-suggestions-open = Otwarte: { $count }
editor-translate-title = Tłumaczenia
editor-translate-no-languages = W tym mieście nie masz żadnego języka, na który możesz tłumaczyć.
editor-translate-language = Tłumaczenie na
editor-translate-status = Pokaż
editor-translate-all = Wszystko
editor-translate-back = Wróć do tłumaczeń
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: aktualne { $done } z { $total }
editor-status-missing = Brak
editor-status-outdated = Nieaktualne
editor-status-machine = Tłumaczenie maszynowe
editor-status-up-to-date = Aktualne
editor-status-incomplete = Przetłumaczone częściowo
editor-translate-source-changed = Tekst źródłowy zmienił się od czasu tego tłumaczenia. Zmiany są zaznaczone nad każdym polem.
editor-translate-source-changed-unknown = Tekst źródłowy zmienił się od czasu tego tłumaczenia. To urządzenie nie może pokazać, co się zmieniło: porównaj każdy tekst ze źródłem.
editor-translate-what-changed = Zmieniono w źródle:
editor-translate-finish = Zakończenie
editor-translate-left = Teksty do przetłumaczenia: { $count }
editor-translate-all-translated = Wszystkie teksty są przetłumaczone. Sprawdź je ze źródłem, a potem oznacz tłumaczenie jako gotowe.
editor-translate-done = Oznacz jako gotowe
editor-translate-not-done = Najpierw przetłumacz wszystkie teksty. Nadal puste: { $count }
editor-translate-marked-done = Oznaczono jako gotowe. Jest zapisane na tym urządzeniu i trafi na serwer razem z innymi zmianami.
editor-translate-publish = Opublikuj tłumaczenie
editor-translate-publish-hint = Czytelnicy zobaczą tłumaczenie po publikacji, razem z wersją wpisu, którą widzą teraz.
editor-translate-editor-publishes = Czytelnicy zobaczą tłumaczenie, gdy redaktor je opublikuje.
editor-translate-publish-not-done = Najpierw oznacz tłumaczenie jako gotowe.
editor-translate-item-unpublished = Sam wpis nie jest jeszcze opublikowany. Czytelnicy zobaczą tłumaczenie, gdy będzie.
editor-translate-published = Opublikowano. Czytelnicy widzą teraz to tłumaczenie.
editor-field-name = Nazwa
editor-field-title = Tytuł
editor-field-description = Opis
editor-field-body = Tekst
editor-field-eligibility = Kto może przyjść
editor-field-documents_needed = Co zabrać
editor-field-fee = Koszt
editor-field-accessibility = Dostępność
editor-field-notes = Uwagi o godzinach otwarcia

## Guide articles and city settings

editor-new-article = Nowy artykuł
editor-settings-link = Ustawienia miasta
editor-articles = Artykuły przewodnika
editor-move-up = Przenieś w górę
    .aria-label = Przenieś w górę: { $title }
editor-move-down = Przenieś w dół
    .aria-label = Przenieś w dół: { $title }
editor-article-title = Tytuł
editor-article-body = Tekst
editor-article-markdown-hint = Formatowanie: pusta linia między akapitami; „## ” na początku linii dla nagłówka; „- ” lub „1. ” dla listy; link zapisuje się jako [słowa](https://example.org).
editor-article-parent = Znajduje się pod
editor-article-top-level = Najwyższy poziom (pod żadnym artykułem)
editor-article-notice = Komunikat na stronie głównej do (opcjonalnie)
editor-article-notice-hint = Do tej daty strona główna przewodnika pokazuje artykuł jako komunikat miasta. Zostaw puste dla zwykłego artykułu.
editor-hint-title-article = Napisz w kilku słowach, o czym jest. Na przykład: Pierwsze dni.
editor-article-create = Utwórz artykuł
editor-article-title-missing = Najpierw wpisz tytuł.
editor-article-cannot-create = Tylko redaktorzy mogą dodawać artykuły.
editor-settings-title = Ustawienia miasta
editor-settings-live = Zmiany wprowadzone tutaj czytelnicy widzą od razu. Nie ma etapu publikacji.
editor-settings-read-only = Nie możesz zmieniać ustawień miasta. Mogą to robić tylko redaktorzy.
editor-categories = Kategorie
editor-categories-hint = Czytelnicy widzą kategorie w tej kolejności. Gdy nazwa jest pusta, widzą nazwę w języku zastępczym.
editor-category-icon = Ikona
editor-category-name = Nazwa w języku { $language } ({ $tag })
editor-category-add-title = Nowa kategoria
editor-category-add-name = Nazwa w języku { $language }
editor-category-add = Dodaj kategorię
editor-category-name-missing = Najpierw wpisz nazwę kategorii.
editor-category-remove-question = Usunąć „{ $name }”? Usługi, które jej używają: { $count }.
editor-remove = Usuń
    .aria-label = Usuń: { $name }
editor-remove-confirm = Tak, usuń „{ $name }”
editor-remove-cancel = Anuluj
editor-icon-heart = Serce
editor-icon-house = Dom
editor-icon-scales = Waga
editor-icon-briefcase = Teczka
editor-icon-book = Książka
editor-icon-family = Rodzina
editor-icon-bowl = Miska
editor-icon-people = Ludzie
editor-icon-woman = Kobieta
editor-icon-star = Gwiazda
editor-icon-search = Lupa
editor-icon-calendar = Kalendarz
editor-icon-clock = Zegar
editor-icon-pin = Pinezka na mapie
editor-icon-phone = Telefon
editor-icon-share = Udostępnij
editor-icon-print = Drukarka
editor-icon-speaker = Głośnik
editor-icon-article = Dokument
editor-icon-offline = Brak połączenia
editor-icon-check = Znacznik wyboru
editor-icon-flag = Flaga
editor-languages = Języki
editor-languages-hint = Języki, które mogą wybrać czytelnicy. Tekst jeszcze nieprzetłumaczony pokazuje się w języku zastępczym.
editor-language-direction = Kierunek pisma
editor-direction-ltr = Od lewej do prawej
editor-direction-rtl = Od prawej do lewej
editor-language-source = Język źródłowy: treści są najpierw pisane w tym języku.
editor-language-fallback = Język zastępczy
editor-language-fallback-hint = Co widzą czytelnicy tego języka, gdy tekst nie jest jeszcze przetłumaczony.
editor-language-no-fallback = Brak
editor-language-fallback-cycle = To tworzy pętlę: tamten język już korzysta z tego jako zastępczego. Wybierz inny.
editor-language-remove-question = Usunąć { $language }? Jego czytelnicy wybiorą inny język. Tłumaczenia pozostaną zapisane.
editor-language-add-title = Nowy język
editor-language-add-tag = Kod języka (BCP 47)
editor-language-add-hint = Na przykład: ti (tigrinia), pt-BR (portugalski brazylijski).
editor-language-add = Dodaj język
editor-language-invalid = „{ $tag }” nie jest kodem języka. Wpisz kod, na przykład ti lub pt-BR.
editor-language-present = Miasto ma już język { $language }.

## The multivoiced archive

reader-archive-title = Głosy przybycia
reader-archive-intro = Opowieści ludzi, którzy przybyli do tego miasta, ich własnymi słowami. Każdy głos jest ich własny; żaden nie jest wersją oficjalną.
reader-archive-link = Przeczytaj głosy przybycia
reader-archive-empty = Nic jeszcze tu nie opublikowano.
reader-archive-unavailable = Nie udało się wczytać głosów. Spróbuj później.
reader-archive-offline = Jesteś offline. Głosy przybycia wymagają połączenia.
reader-archive-anonymous = Anonimowo
reader-archive-speaks-about = Mówi o:
reader-archive-translated = Przetłumaczone przez grupę, język oryginału: { $language }
reader-archive-in-language = Język: { $language }
reader-archive-original = Pokaż oryginalne słowa
reader-archive-recording =
    .aria-label = Nagranie tego głosu
archive-page-title = Archiwum
archive-title = Archiwum grupy { $group }
archive-open = Otwórz archiwum
archive-not-member = Nie należysz do tej grupy archiwum.
archive-intro = Opowieści o przybyciu, spisane i nagrane przez grupę. Każdy głos pozostaje własnością autora: tylko on decyduje, kto go widzi i jak jest podpisany.
archive-entries = Opowieści
archive-no-entries = Nie ma jeszcze opowieści.
archive-voice-count =
    { $count ->
        [one] { $count } głos
        [few] { $count } głosy
        [many] { $count } głosów
       *[other] { $count } głosu
    }
archive-state-published = Opublikowane
archive-state-unpublished = Nieopublikowane
archive-theme = Temat
archive-guide-links = Strony przewodnika, o których mówi
archive-theme-arrival = Przybycie
archive-theme-first-contact-with-services = Pierwszy kontakt z urzędami i usługami
archive-theme-housing = Mieszkanie
archive-theme-work = Praca
archive-theme-family = Rodzina
archive-theme-belonging = Przynależność
archive-theme-the-future = Przyszłość
archive-theme-other = Inne
archive-entry-title = Tytuł
archive-entry-title-missing = Wpisz tytuł.
archive-cities = Miasta, o których mówi
archive-cities-hint = Po publikacji mogą ją czytać czytelnicy przewodników tych miast.
archive-new-entry = Nowa opowieść
archive-new-entry-create = Utwórz opowieść
archive-back = Wróć do archiwum
archive-entry-missing = Tej opowieści nie ma jeszcze na tym urządzeniu. Jeśli właśnie powstała, poczekaj na synchronizację.
archive-voices = Głosy
archive-no-voices = Nie ma jeszcze głosu.
archive-add-voice = Dodaj mój głos
archive-add-voice-hint = Napisz własnymi słowami, nagraj się albo jedno i drugie. Od razu zapisuje się na tym urządzeniu i zostaje wysłane, gdy będziesz online.
archive-voice-language = Język, w którym mówisz
archive-add-voice-create = Dodaj mój głos
archive-voice-yours = Twój głos
archive-voice-of = Głos: { $name }
archive-voice-unknown = Jeden z głosów grupy
archive-voice-in = Język: { $language }
archive-voice-text = Słowa
archive-voice-text-hint = To, co napisano, albo transkrypcja nagrania.
archive-recording = Nagranie
archive-record = Nagrywaj
archive-record-stop = Zatrzymaj
archive-record-discard = Odrzuć nagranie
archive-record-play =
    .aria-label = Odsłuchaj nagranie
archive-recording-none = Brak nagrania.
archive-recording-recording = Nagrywanie…
archive-recording-waiting = Nagrane, czeka na wysłanie. Do tego czasu zostaje na tym urządzeniu.
archive-recording-uploaded = Wysłane.
archive-recording-refused-too-large = To nagranie jest za duże: archiwum przyjmuje do 25 MB. Nagraj krótsze albo wybierz mniejszy plik.
archive-recording-refused-wrong-type = Archiwum nie przyjmuje tego pliku: tylko dźwięk WebM lub Ogg.
archive-audio-file = Albo wybierz plik dźwiękowy z tego urządzenia
archive-audio-file-hint = Dźwięk WebM lub Ogg, do 25 MB. Tytuł i inne znaczniki są usuwane przy wysyłaniu.
archive-recording-no-microphone = Nie udało się użyć mikrofonu. Zezwól tej stronie na mikrofon albo zapisz swoje słowa.
archive-photo = Zdjęcie
archive-photo-choose = Dodaj zdjęcie
archive-photo-hint = JPEG, PNG lub WebP, do 10 MB. Lokalizacja (GPS) i dane aparatu są usuwane przy wysyłaniu.
archive-photo-description = Co pokazuje zdjęcie (dla osób, które go nie widzą)
archive-photo-remove = Usuń zdjęcie
archive-photo-none = Brak zdjęcia.
archive-photo-waiting = Czeka na wysłanie. Do tego czasu zostaje na tym urządzeniu.
archive-photo-uploaded = Wysłane, bez lokalizacji i danych aparatu.
archive-photo-refused-too-large = To zdjęcie jest za duże: archiwum przyjmuje zdjęcia do 10 MB.
archive-photo-refused-wrong-type = Archiwum nie przyjmuje tego pliku: tylko zdjęcia JPEG, PNG lub WebP.
archive-translations = Tłumaczenia
archive-translation-language = Przetłumacz na
archive-translation-add = Dodaj tłumaczenie
archive-translation-text = Tłumaczenie, język: { $language }, autor: { $by }
archive-translation-text-own = Tłumaczenie na { $language }, autor/ka głosu
archive-consent-title = Twoja zgoda
archive-consent-unavailable = To, kto widzi twój głos, wybierzesz, gdy dotrze on na serwer (gdy będziesz online). Do tego czasu widzi go tylko grupa, bez twojego imienia.
archive-consent-visibility = Kto może widzieć twój głos
archive-visibility-group = Tylko grupa
archive-visibility-city-editors = Grupa i redaktorzy miasta
archive-visibility-public = Wszyscy, gdy moderator opublikuje opowieść
archive-consent-naming = Jak jesteś podpisany
archive-naming-name = Moim imieniem ({ $name })
archive-naming-pseudonym = Pseudonimem
archive-naming-anonymous = Wcale (anonimowo)
archive-pseudonym = Pseudonim
archive-pseudonym-missing = Wpisz pseudonim, którym chcesz być podpisany.
archive-consent-save = Zapisz mój wybór
archive-consent-saving = Zapisywanie…
archive-consent-saved = Zapisano.
archive-consent-offline = Nie zapisano: jesteś offline. Spróbuj ponownie, gdy będziesz online.
archive-consent-withdrawn = Ten głos został wycofany.
archive-consent-failed = Nie zapisano. Spróbuj później.
archive-withdraw = Wycofaj mój głos
archive-withdraw-explained = Wycofanie głosu usuwa go na zawsze: nikt z grupy, żaden redaktor ani czytelnik już go nie zobaczy, a serwer go kasuje. Nie da się go przywrócić.
archive-withdraw-cannot-undo = Nie cofnie to kopii, które inni już pobrali, zapisali lub wydrukowali, gdy był im pokazywany.
archive-withdraw-confirm = Wycofaj na zawsze
archive-withdraw-cancel = Zachowaj mój głos
archive-publish = Opublikuj opowieść
archive-unpublish = Cofnij publikację
archive-publish-hint = Czytelnicy widzą tylko głosy, których autorzy wybrali „wszyscy”, podpisane tak, jak każdy wybrał.
archive-published = Opublikowano. Czytelnicy widzą teraz głosy udostępnione publicznie.
archive-unpublished = Cofnięto publikację. Czytelnicy już jej nie widzą.
archive-publish-refused = Nie opublikowano: żaden autor nie udostępnił jeszcze swojego głosu publicznie (albo opowieść nie ma tytułu).
archive-publish-not-synced = Serwer nie ma jeszcze tej opowieści. Poczekaj na synchronizację, a potem opublikuj.
archive-publish-failed = Nie opublikowano. Spróbuj później.
archive-export = Pobierz archiwum grupy
archive-export-hint = Plik zip ze słowami każdego głosu (Markdown), nagraniami i listą wpisów, głosów, języków i zgód. Wycofanych głosów nigdy w nim nie ma; anonimowy głos nie ma w nim imienia. Udostępniaj go tylko tak, jak pozwala zgoda każdego głosu.

## Dates
date-month =
    { $month ->
     [jan] stycznia
     [feb] lutego
     [mar] marca
     [apr] kwietnia
     [may] maja
     [jun] czerwca
     [jul] lipca
     [aug] sierpnia
     [sep] września
     [oct] października
     [nov] listopada
    *[dec] grudnia
    }
date-month-alone =
    { $month ->
     [jan] styczeń
     [feb] luty
     [mar] marzec
     [apr] kwiecień
     [may] maj
     [jun] czerwiec
     [jul] lipiec
     [aug] sierpień
     [sep] wrzesień
     [oct] październik
     [nov] listopad
    *[dec] grudzień
    }
date-weekday =
    { $weekday ->
     [mon] poniedziałek
     [tue] wtorek
     [wed] środa
     [thu] czwartek
     [fri] piątek
     [sat] sobota
    *[sun] niedziela
    }
date-day = { $weekday }, { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } { $time }
date-list-separator = { ", " }
date-just-now = ta minuta
date-minutes-ago =
    { $count ->
     [few] { $count } minuty temu
     [many] { $count } minut temu
     [one] { $count } minutę temu
    *[other] { $count } minut temu
    }
date-hours-ago =
    { $count ->
     [few] { $count } godziny temu
     [many] { $count } godzin temu
     [one] { $count } godzinę temu
    *[other] { $count } godzin temu
    }
date-days-ago =
    { $count ->
     [1] wczoraj
     [few] { $count } dni temu
     [many] { $count } dni temu
     [one] { $count } dzień temu
    *[other] { $count } dni temu
    }
