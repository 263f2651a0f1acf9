# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Greek, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Τοπικοί οδηγοί για νεοφερμένους, γραμμένοι μαζί, που διαβάζονται και χωρίς σύνδεση.
skip-to-content = Μετάβαση στο περιεχόμενο
nav-main =
    .aria-label = Κύριο μενού
nav-cities = Όλες οι πόλεις
nav-status = Κατάσταση συγχρονισμού
nav-sign-in = Σύνδεση
nav-edit = Επεξεργασία οδηγού
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Ο λογαριασμός σας: { $name }
page-title = { $page } · { app-name }
language-label = Γλώσσα

## Choosing a guide

reader-choose-city-title = Διαλέξτε την πόλη σας
reader-choose-language-title = Διαλέξτε τη γλώσσα σας
reader-choose-offline = Δεν έχετε σύνδεση. Συνδεθείτε μία φορά στο διαδίκτυο για να κατεβάσετε έναν οδηγό.
reader-kept-guides = Οδηγοί σε αυτό το κινητό
reader-choose-city = Διαλέξτε άλλη πόλη ή γλώσσα
reader-choose-language-city = Διαλέξτε τη γλώσσα του οδηγού: { $city }
reader-language-not-offered = Ο οδηγός για { $city } δεν είναι γραμμένος σε αυτή τη γλώσσα: { $language }. Διαλέξτε μία από τις γλώσσες στις οποίες είναι γραμμένος:
reader-open-guide = Άνοιγμα του οδηγού
reader-loading = Φόρτωση…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Οδηγός
reader-nav-home = Αρχική
reader-nav-articles = Πρακτικές πληροφορίες
reader-nav-events = Εκδηλώσεις
reader-nav-search = Αναζήτηση
reader-sample-city = Αυτή είναι μια πόλη για δοκιμή, με φανταστικό περιεχόμενο, για να δοκιμάσετε το { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Διαθέσιμο χωρίς σύνδεση, ενημερώθηκε { $ago }
reader-offline-now = Δεν έχετε σύνδεση. Αυτός ο οδηγός ενημερώθηκε { $ago }.
reader-guide-language = Γλώσσα του οδηγού
reader-print-link = Εκτύπωση αυτού του οδηγού
reader-offline-banner = Δεν έχετε σύνδεση. Διαβάζετε το αντίγραφο που είναι αποθηκευμένο σε αυτό το τηλέφωνο.
reader-language-shown-in = Ο οδηγός για { $city } δεν είναι γραμμένος σε αυτή τη γλώσσα: { $language }. Τα κείμενά του εμφανίζονται σε αυτή τη γλώσσα: { $guide }.
reader-text-size = Μέγεθος κειμένου
reader-text-size-normal = Κανονικό
reader-text-size-large = Μεγάλο
reader-text-size-larger = Πολύ μεγάλο
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Δεν έχει μεταφραστεί ακόμα: κάποια σημεία εμφανίζονται σε αυτή τη γλώσσα: { $languages }.
       *[other] Δεν έχει μεταφραστεί ακόμα: κάποια σημεία εμφανίζονται σε αυτές τις γλώσσες: { $languages }.
    }
reader-problem-offline-title = Αυτός ο οδηγός δεν είναι ακόμα σε αυτό το κινητό
reader-problem-offline = Συνδεθείτε μία φορά στο διαδίκτυο. Μετά, ο οδηγός λειτουργεί και χωρίς σύνδεση.
reader-offline-missing = Δεν έχετε σύνδεση.
reader-problem-unknown-city-title = Η πόλη δεν βρέθηκε
reader-problem-unknown-city = Δεν υπάρχει οδηγός για αυτή την πόλη εδώ.
reader-problem-unknown-language-title = Η γλώσσα δεν είναι διαθέσιμη
reader-problem-unknown-language = Αυτός ο οδηγός δεν υπάρχει σε αυτή τη γλώσσα. Διαλέξτε μία από αυτές τις γλώσσες:
reader-problem-server-title = Ο οδηγός δεν φόρτωσε
reader-problem-server = Κάτι πήγε στραβά στον διακομιστή. Δοκιμάστε αργότερα.
reader-meta-description = Ο οδηγός της πόλης { $city } για νεοαφιχθέντες: πού θα βρείτε βοήθεια, υπηρεσίες, πρακτικές πληροφορίες και εκδηλώσεις, στη γλώσσα σας, και χωρίς σύνδεση.
reader-meta-description-page = { $page }, στον οδηγό της πόλης { $city } για νεοαφιχθέντες: βοήθεια, υπηρεσίες, πληροφορίες και εκδηλώσεις στη γλώσσα σας, και χωρίς σύνδεση.

## Guide home

reader-home-title = Οδηγός: { $city }
reader-notices = Νέα από την πόλη
reader-categories = Τι χρειάζεστε;
reader-category-count =
    { $count ->
        [one] ένα μέρος
       *[other] { $count } μέρη
    }
reader-this-week = Αυτή την εβδομάδα
reader-no-events-this-week = Δεν υπάρχουν εκδηλώσεις τις επόμενες επτά μέρες.
reader-all-events = Όλες οι εκδηλώσεις
reader-topics = Πληροφορίες
reader-kept-languages = Σε αυτό το κινητό
reader-kept-languages-hint = Ο οδηγός λειτουργεί χωρίς ίντερνετ στις γλώσσες που είναι αποθηκευμένες σε αυτό το κινητό.
reader-kept-current = Αποθηκευμένη (τη διαβάζετε τώρα)
reader-kept-add = Αποθήκευση και: { $language }
reader-kept-remove = Αφαίρεση από αυτό το κινητό: { $language }
reader-published-on = Δημοσιεύτηκε: { $date }
reader-kept-waiting = Δεν έχετε σύνδεση. Μόλις συνδεθεί, το τηλέφωνο θα αποθηκεύσει και: { $language }.

## Services

reader-service-title = Υπηρεσία
reader-status-temporarily-closed = Κλειστό προσωρινά.
reader-status-closed = Αυτή η υπηρεσία έκλεισε.
reader-open-now = Ανοιχτό τώρα, κλείνει στις { $time }
reader-open-now-all-day = Ανοιχτό τώρα, 24 ώρες το 24ωρο
reader-open-all-day = Ανοιχτό 24 ώρες
reader-opens-today = Κλειστό τώρα. Ανοίγει σήμερα στις { $time }
reader-opens-tomorrow = Κλειστό τώρα. Ανοίγει αύριο στις { $time }
reader-opens-on = Κλειστό τώρα. Ανοίγει: { $day }, στις { $time }
reader-by-appointment = Με ραντεβού
reader-no-hours-soon = Δεν ανοίγει τις επόμενες μέρες
reader-hours-unknown = Ρωτήστε για το ωράριο
reader-open-to-all = Ανοιχτό για όλους, όποια χαρτιά κι αν έχετε
reader-for-whom = Για ποιους
reader-eligibility = Ποιος μπορεί να έρθει
reader-cost = Κόστος
reader-free = Δωρεάν
reader-not-free = Με πληρωμή
reader-languages = Γλώσσες
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Μπορεί να βρεθεί διερμηνέας.
reader-documents = Τι να φέρετε
reader-hours = Ωράριο
reader-today = Σήμερα
reader-tomorrow = Αύριο
reader-closed-day = Κλειστό
reader-appointment-note = (με ραντεβού)
reader-where = Πού
reader-outreach = Πού θα τους βρείτε (έρχονται και σε εσάς)
reader-open-map = Άνοιγμα στην εφαρμογή χαρτών μου
reader-open-web-map = Άνοιγμα του χάρτη στο openstreetmap.org
reader-contact = Επικοινωνία
reader-call = Κλήση στο { $phone }
reader-email = Γράψτε στο { $email }
reader-website = Ιστοσελίδα: { $site }
reader-share = Κοινοποίηση
reader-share-copied = Ο σύνδεσμος αντιγράφηκε
reader-last-checked = Τελευταίος έλεγχος: { $date }
reader-listen = Ακρόαση
reader-listen-stop = Σταμάτημα
reader-target-everyone = Όλοι
reader-target-asylum-seekers-and-refugees = Αιτούντες άσυλο και πρόσφυγες
reader-target-temporary-protection = Άτομα με προσωρινή προστασία
reader-target-undocumented-residents = Άτομα χωρίς χαρτιά
reader-target-women = Γυναίκες
reader-target-unaccompanied-minors = Νέοι κάτω των 18 χωρίς γονείς
reader-target-children = Παιδιά
reader-target-students = Φοιτητές

## Articles

reader-articles-title = Πρακτικές πληροφορίες
reader-articles-below = Περισσότερα για αυτό
reader-breadcrumbs =
    .aria-label = Είστε εδώ

## Events

reader-events-title = Εκδηλώσεις
reader-events-later = Αργότερα
reader-no-events = Δεν υπάρχουν εκδηλώσεις τις επόμενες εβδομάδες.
reader-event-cancelled = Ακυρώθηκε
reader-event-when = Πότε
reader-event-next-dates = Επόμενες ημερομηνίες
reader-event-past = Αυτή η εκδήλωση τελείωσε.
reader-organizer = Διοργάνωση
reader-open-to-residents = Όλοι, νεοφερμένοι και μόνιμοι κάτοικοι
reader-add-to-calendar = Προσθήκη στο ημερολόγιό μου
reader-register = Εγγραφή
reader-online-link = Συμμετοχή online
reader-subscribe = Οι εκδηλώσεις της πόλης στο ημερολόγιό μου
reader-feed-link = Λήψη όλων των εκδηλώσεων (iCalendar)
reader-events-by-month = Αργότερα, μήνα με μήνα
reader-no-later-events = Δεν είναι ακόμη γνωστές μεταγενέστερες εκδηλώσεις.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } εκδήλωση
       *[other] { $month }: { $count } εκδηλώσεις
    }
reader-no-events-month = Καμία εκδήλωση αυτόν τον μήνα.
reader-events-bad-month = Αυτή η διεύθυνση δεν ορίζει μήνα (πρέπει να τελειώνει σε ?month=2027-01). Ορίστε οι επόμενες εβδομάδες.
reader-events-known-until = Αυτό το τηλέφωνο γνωρίζει τις εκδηλώσεις έως { $date }. Ανοίξτε τον οδηγό online αργότερα για να δείτε περισσότερες.
reader-events-coming-weeks = Οι επόμενες τέσσερις εβδομάδες
reader-events-month-before = Πριν: { $month }
reader-events-month-after = Μετά: { $month }
reader-feed-heading = Στην εφαρμογή ημερολογίου σας

## Search

reader-search-title = Αναζήτηση
reader-search-label = Αναζήτηση στον οδηγό
reader-search-button = Αναζήτηση
reader-search-count =
    { $count ->
        [0] Δεν βρέθηκε τίποτα για «{ $query }».
        [one] Ένα αποτέλεσμα για «{ $query }».
       *[other] { $count } αποτελέσματα για «{ $query }».
    }
reader-kind-service = Υπηρεσία
reader-kind-article = Πληροφορίες
reader-kind-event = Εκδήλωση

## Print version

reader-print-title = Οδηγός για εκτύπωση
reader-print-heading = Οδηγός: { $city }
reader-print-date = Τυπώθηκε στις { $date }. Τα πράγματα αλλάζουν: δείτε τον οδηγό στο διαδίκτυο.
reader-print-button = Εκτύπωση
reader-print-address = Αυτός ο οδηγός online, πάντα ενημερωμένος:
reader-print-qr = Κωδικός QR: αυτός ο οδηγός online
reader-print-other-days = Κάποιες ώρες είναι άλλες μέρες (κάθε λίγες εβδομάδες ή μία φορά τον μήνα): δείτε τον οδηγό online.

## Suggest a correction

reader-suggest-link = Προτείνετε μια διόρθωση
reader-suggest-title = Προτείνετε μια διόρθωση
reader-suggest-about = Σχετικά με:
reader-suggest-privacy = Το μήνυμά σας είναι ανώνυμο. Δεν ζητάμε το όνομά σας ή κάτι άλλο για εσάς.
reader-suggest-topic = Τι είναι λάθος;
reader-suggest-message = Τι πρέπει να ξέρουμε;
reader-suggest-message-hint = Μη γράφετε το όνομά σας, το τηλέφωνό σας ή άλλα προσωπικά στοιχεία.
reader-suggest-send = Αποστολή
reader-suggest-need-topic = Διαλέξτε τι είναι λάθος.
reader-suggest-need-message = Γράψτε λίγα λόγια για το τι είναι λάθος.
reader-suggest-sent = Ευχαριστούμε. Οι συντάκτες του οδηγού θα το ελέγξουν.
reader-suggest-queued = Ευχαριστούμε. Δεν έχετε σύνδεση: θα σταλεί όταν συνδεθείτε ξανά.
reader-suggest-refused = Ευχαριστούμε, αλλά δεν ήταν δυνατό να σταλεί: ίσως η σελίδα έχει αφαιρεθεί.
reader-back-to-guide = Πίσω στον οδηγό

## Status page

status-title = Κατάσταση συγχρονισμού
status-connection-label = Σύνδεση με τον διακομιστή
status-connected = Συνδεδεμένο
status-connecting = Σύνδεση…
status-offline = Χωρίς σύνδεση
status-offline-hint = Δεν έχετε σύνδεση. Οι αλλαγές μένουν σε αυτή τη συσκευή. Στέλνονται όταν συνδεθείτε ξανά.
status-waiting =
    { $count ->
        [0] Τίποτα σε αυτή τη συσκευή δεν περιμένει να σταλεί.
        [1] Μία αλλαγή είναι αποθηκευμένη σε αυτή τη συσκευή και περιμένει να σταλεί.
       *[other] Αλλαγές αποθηκευμένες σε αυτή τη συσκευή που περιμένουν να σταλούν: { $count }.
    }
status-signed-out = Δεν έχετε συνδεθεί
status-signed-out-hint = Μόνο οι συνδεδεμένοι συντάκτες συγχρονίζουν έγγραφα με τον διακομιστή. Για να διαβάσετε τον οδηγό δεν χρειάζεστε λογαριασμό.
status-sign-in = Συνδεθείτε για συγχρονισμό

## Not found

not-found-title = Η σελίδα δεν βρέθηκε
not-found-body = Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.
not-found-home = Πηγαίνετε στην αρχική σελίδα

## Forms and errors shared by the pages

passphrase-show = Εμφάνιση κωδικού
error-offline = Δεν ήταν δυνατή η σύνδεση με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
error-server = Κάτι πήγε στραβά στον διακομιστή. Δοκιμάστε αργότερα.
error-bad-request = Ο διακομιστής δεν το δέχτηκε. Ελέγξτε τι γράψατε και δοκιμάστε ξανά.
error-forbidden = Δεν επιτρέπεται να το κάνετε αυτό.
error-unauthenticated = Αποσυνδεθήκατε. Συνδεθείτε ξανά για να συνεχίσετε.
error-unexpected = Κάτι πήγε στραβά. Δοκιμάστε ξανά.
error-page-not-loaded = Η σελίδα δεν φόρτωσε. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
error-too-many-attempts-seconds =
    Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε { $seconds ->
        [one] ένα δευτερόλεπτο
       *[other] { $seconds } δευτερόλεπτα
    }.
error-too-many-attempts-minutes =
    Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε { $minutes ->
        [one] ένα λεπτό
       *[other] { $minutes } λεπτά
    }.

## Roles

-role-volunteer = Εθελοντής
-role-translator = Μεταφραστής
-role-editor = Συντάκτης
-role-group_member = Μέλος ομάδας
-role-group_moderator = Συντονιστής ομάδας
-role-city_admin = Διαχειριστής πόλης
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
        [group] { role-name }, ομάδα «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } στην πόλη { $city }
role-label = Ρόλος
role-group-label = Ομάδα
role-group-hint = Μία από τις ομάδες αρχείου που συντονίζετε σε αυτή την πόλη.
role-group-missing = Επιλέξτε μια ομάδα.
role-group-unknown = Αυτή η πόλη δεν έχει ομάδα αρχείου με αυτό το σύντομο όνομα.
role-languages-label = Γλώσσες
role-languages-hint = Κωδικοί γλώσσας, χωρισμένοι με κόμμα. Για παράδειγμα: ar, uk, fa-AF.
role-languages-missing = Γράψτε τουλάχιστον έναν κωδικό γλώσσας.
role-languages-invalid = Ένας από αυτούς δεν είναι κωδικός γλώσσας. Χρησιμοποιήστε κωδικούς όπως ar, uk ή fa-AF.

## Sign-in page

sign-in-title = Σύνδεση
sign-in-intro = Για εθελοντές, συντάκτες, μεταφραστές και υπαλλήλους της πόλης. Για να διαβάσετε τον οδηγό δεν χρειάζεστε λογαριασμό.
sign-in-name = Όνομα
sign-in-passphrase = Κωδικός
sign-in-submit = Σύνδεση
sign-in-name-missing = Γράψτε το όνομά σας.
sign-in-passphrase-missing = Γράψτε τον κωδικό σας.
sign-in-invalid = Το όνομα ή ο κωδικός είναι λάθος.
sign-in-no-account = Δεν έχετε λογαριασμό; Οι λογαριασμοί γίνονται μόνο με πρόσκληση. Ζητήστε έναν σύνδεσμο από τον διαχειριστή της πόλης σας.
sign-in-already = Έχετε συνδεθεί ως { $name }.
sign-in-continue = Συνέχεια
sign-in-account = Ο λογαριασμός σας

## Invitation page

invite-title = Πρόσκληση
invite-loading = Έλεγχος της πρόσκλησης…
invite-not-found = Αυτός ο σύνδεσμος πρόσκλησης δεν λειτουργεί. Ίσως έχει ήδη χρησιμοποιηθεί ή έχει λήξει. Ζητήστε νέο από το άτομο που σας προσκάλεσε.
invite-home = Πηγαίνετε στην αρχική σελίδα
invite-for = Σας προσκαλούν στην πόλη { $city } με τον ρόλο: { role-grant }.
invite-expires = Αυτή η πρόσκληση ισχύει μέχρι { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Έχετε συνδεθεί ως { $name }. Αν δεχτείτε αυτή την πρόσκληση, φτιάχνεται νέος λογαριασμός και συνδέεστε με αυτόν.
invite-name = Το όνομά σας
invite-name-hint = Όσοι δουλεύουν μαζί σας βλέπουν αυτό το όνομα. Δεν χρειάζεται να είναι το πραγματικό σας όνομα: ένα ψευδώνυμο είναι εντάξει.
invite-name-missing = Διαλέξτε ένα όνομα.
invite-name-too-long = Το όνομα είναι πολύ μεγάλο: το πολύ 64 χαρακτήρες.
invite-name-taken = Αυτό το όνομα υπάρχει ήδη. Διαλέξτε άλλο.
invite-passphrase = Κωδικός
invite-passphrase-hint = Τουλάχιστον 10 χαρακτήρες. Λίγες λέξεις που δεν ταιριάζουν μεταξύ τους θυμούνται εύκολα και μαντεύονται δύσκολα.
invite-passphrase-confirm = Ξανά ο κωδικός
invite-passphrase-too-short = Ο κωδικός είναι πολύ μικρός: τουλάχιστον 10 χαρακτήρες.
invite-passphrase-too-long = Ο κωδικός είναι πολύ μεγάλος: το πολύ 1024 χαρακτήρες.
invite-passphrase-mismatch = Οι δύο κωδικοί δεν είναι ίδιοι.
invite-submit = Δημιουργία λογαριασμού

## Account page

account-title = Ο λογαριασμός σας
account-loading = Φόρτωση του λογαριασμού σας…
account-not-signed-in = Δεν έχετε συνδεθεί.
account-signed-out = Αποσυνδεθήκατε.
account-sign-in = Σύνδεση
account-signed-in-as = Έχετε συνδεθεί ως { $name }.
account-offline = Δεν έχετε σύνδεση. Αυτά θυμάται η συσκευή. Για τις συνδέσεις και την αποσύνδεση χρειάζεστε σύνδεση.
account-roles-title = Οι ρόλοι σας
account-no-roles = Δεν έχετε ακόμα ρόλους.
account-manage-city = Διαχείριση: { $city }
account-sessions-title = Πού είστε συνδεδεμένοι
account-sessions-loading = Φόρτωση…
account-session-current = Αυτή η συσκευή
account-session-other = Άλλη συσκευή
account-session-times = Σύνδεση { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, τελευταία δραστηριότητα { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Αποσύνδεση
account-session-ended = Αυτή η συσκευή αποσυνδέθηκε.
account-sign-out-everywhere = Αποσύνδεση από παντού
account-sign-out = Αποσύνδεση

## City administration page

admin-title = Διαχείριση πόλης
admin-heading = Διαχείριση: { $city }
admin-loading = Φόρτωση…
admin-offline = Δεν έχετε σύνδεση. Για να διαχειριστείτε μια πόλη χρειάζεστε σύνδεση.
admin-not-signed-in = Συνδεθείτε για να διαχειριστείτε μια πόλη.
admin-sign-in = Σύνδεση
admin-not-admin = Δεν είστε διαχειριστής της πόλης { $city }.
admin-invite-title = Προσκαλέστε κάποιον
admin-invite-intro = Ένας σύνδεσμος πρόσκλησης είναι για ένα άτομο. Λειτουργεί μία φορά, και όποιος τον ανοίξει μπορεί να φτιάξει τον λογαριασμό. Στείλτε τον ιδιωτικά.
admin-invite-submit = Δημιουργία συνδέσμου πρόσκλησης
admin-invite-created = Ο σύνδεσμος πρόσκλησης δημιουργήθηκε.
admin-invite-link-label = Σύνδεσμος πρόσκλησης
admin-invite-about = Για τον ρόλο: { role-grant }. Ισχύει μέχρι { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Αντιγραφή συνδέσμου
admin-invite-share = Κοινοποίηση συνδέσμου
admin-invite-copied = Ο σύνδεσμος αντιγράφηκε.
admin-invite-copy-failed = Η αντιγραφή απέτυχε. Ο σύνδεσμος είναι επιλεγμένος: αντιγράψτε τον εσείς.
admin-members-title = Μέλη
admin-members-none = Δεν υπάρχουν ακόμα μέλη.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (εσείς)
       *[no] { $name }
    }
admin-member-revoked = Η πρόσβαση αφαιρέθηκε
admin-member-no-roles = Χωρίς ρόλους
admin-member-edit = Αλλαγή ρόλων
admin-member-revoke = Αφαίρεση πρόσβασης
admin-roles-heading = Ρόλοι: { $name }
admin-role-remove = Αφαίρεση
admin-role-add-title = Προσθήκη ρόλου
admin-role-add = Προσθήκη ρόλου
admin-role-duplicate = Αυτό το άτομο έχει ήδη αυτόν τον ρόλο.
admin-roles-save = Αποθήκευση ρόλων
admin-roles-cancel = Ακύρωση
admin-roles-saved = Οι ρόλοι αποθηκεύτηκαν: { $name }.
admin-revoke-question = Αφαίρεση πρόσβασης για { $name };
admin-revoke-explain = { $name }: αποσύνδεση από όλες τις συσκευές. Δεν θα μπορεί πια να συνδεθεί.
admin-revoke-confirm = Αφαίρεση πρόσβασης
admin-revoke-cancel = Ακύρωση
admin-revoked = Η πρόσβαση αφαιρέθηκε: { $name }.

## Suggestions queue (editors)

suggestions-title = Προτάσεις αναγνωστών
suggestions-heading = Προτάσεις για: { $city }
suggestions-intro = Οι αναγνώστες τις στέλνουν ανώνυμα όταν κάτι στον οδηγό είναι λάθος. Ελέγξτε το, διορθώστε το στοιχείο αν χρειάζεται και μετά σημειώστε την πρόταση ως ολοκληρωμένη.
suggestions-loading = Φόρτωση…
suggestions-not-signed-in = Συνδεθείτε για να δείτε τις προτάσεις των αναγνωστών.
suggestions-sign-in = Σύνδεση
suggestions-not-allowed = Μόνο οι συντάκτες και οι διαχειριστές της πόλης { $city } βλέπουν τις προτάσεις της.
suggestions-unknown-city = Δεν υπάρχει πόλη «{ $city }».
suggestions-show-done = Εμφάνιση και των ολοκληρωμένων προτάσεων
suggestions-list-title = Προτάσεις
suggestions-none-open = Δεν υπάρχουν ανοιχτές προτάσεις.
suggestions-none = Δεν υπάρχουν ακόμα προτάσεις.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Σχετικά με: { $title }
suggestions-about-unpublished = Για στοιχείο που δεν δημοσιεύεται πια
suggestions-about-guide = Για τον οδηγό γενικά
suggestions-no-message = Ο αναγνώστης δεν έγραψε μήνυμα.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Ελήφθη { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · γλώσσα: { LANGUAGES($language) }
suggestions-resolved = Ολοκληρώθηκε { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Σήμανση ως ολοκληρωμένη
suggestions-marked-done = Η πρόταση σημειώθηκε ως ολοκληρωμένη.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Έκλεισε ή δεν υπάρχει πια
suggestion-topic-hours = Το ωράριο είναι λάθος
suggestion-topic-address = Η διεύθυνση είναι λάθος
suggestion-topic-contact = Το τηλέφωνο ή άλλο στοιχείο επικοινωνίας είναι λάθος
suggestion-topic-translation = Η μετάφραση είναι λάθος ή λείπει
suggestion-topic-other = Κάτι άλλο

## Editing app

editor-page-title = Επεξεργασία οδηγού
editor-title = Επεξεργασία: { $city }
editor-signed-out = Συνδεθείτε για να επεξεργαστείτε τον οδηγό.
editor-progress = Έγγραφα σε αυτή τη συσκευή: { $loaded } από { $total }
editor-filter = Φίλτρο
editor-events = Εκδηλώσεις
editor-services = Υπηρεσίες
editor-new-event = Νέα εκδήλωση
editor-back = Πίσω στη λίστα
editor-untitled = (χωρίς τίτλο ακόμα)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Αποθηκεύτηκε σε αυτή τη συσκευή. Δεν έχετε σύνδεση.
        [one] Αποθηκεύτηκε σε αυτή τη συσκευή. Μία αλλαγή περιμένει να σταλεί.
       *[other] Αποθηκεύτηκε σε αυτή τη συσκευή. { $count } αλλαγές περιμένουν να σταλούν.
    }
editor-sync-sending =
    { $count ->
        [one] Αποστολή μίας αλλαγής…
       *[other] Αποστολή { $count } αλλαγών…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Συγχρονίστηκε { $ago }
editor-sync-sent =
    { $count ->
        [1] Στάλθηκε μία αλλαγή. Συγχρονίστηκε { $ago }
       *[other] Αλλαγές που στάλθηκαν: { $count }. Συγχρονίστηκε { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Η σύνδεσή σας έληξε. Συνδεθείτε ξανά για να συνεχιστεί ο συγχρονισμός.
        [one] Η σύνδεσή σας έληξε. Η αλλαγή σας είναι αποθηκευμένη σε αυτή τη συσκευή: συνδεθείτε ξανά για να σταλεί.
       *[other] Η σύνδεσή σας έληξε. Οι { $count } αλλαγές σας είναι αποθηκευμένες σε αυτή τη συσκευή: συνδεθείτε ξανά για να σταλούν.
    }
editor-sync-sign-in = Συνδεθείτε ξανά
editor-hint-plain = Γράψτε μικρές προτάσεις. Μία ιδέα σε κάθε πρόταση. Χρησιμοποιήστε λέξεις που ξέρουν όλοι.
editor-hint-title = Πείτε τι είναι, με λίγες λέξεις. Για παράδειγμα: Καφέ γλωσσών.
editor-minor-edit = Μικρή διόρθωση (ορθογραφία, τυπογραφικό λάθος): οι μεταφράσεις μένουν ενημερωμένες
editor-conflict =
    { $count ->
        [one] Δύο άτομα το άλλαξαν την ίδια στιγμή. Διαλέξτε τη σωστή τιμή:
       *[other] Πολλά άτομα το άλλαξαν την ίδια στιγμή ({ $count } τιμές). Διαλέξτε τη σωστή:
    }
editor-conflict-keep = Να μείνει: «{ $value }»
editor-event-title = Τίτλος
editor-event-description = Περιγραφή
editor-event-type = Είδος εκδήλωσης
editor-event-type-workshop = Εργαστήριο
editor-event-type-language-cafe = Καφέ γλωσσών
editor-event-type-festival = Φεστιβάλ
editor-event-type-commemoration = Εκδήλωση μνήμης
editor-event-type-job-fair = Έκθεση θέσεων εργασίας
editor-event-type-sport = Αθλητισμός
editor-event-type-information-session = Ενημερωτική συνάντηση
editor-event-type-other = Άλλο
editor-event-start = Έναρξη
editor-event-end = Λήξη
editor-event-place = Χώρος
editor-place-name = Όνομα του χώρου
editor-place-street = Οδός και αριθμός
editor-place-postal-code = Ταχυδρομικός κώδικας
editor-place-locality = Πόλη
editor-event-organizer = Διοργάνωση
editor-event-free = Δωρεάν
editor-event-cancelled = Ακυρώνεται όλη η εκδήλωση
editor-repeat = Επανάληψη
editor-repeat-kind = Πόσο συχνά
editor-repeat-none = Δεν επαναλαμβάνεται
editor-repeat-weekly = Κάθε εβδομάδα
editor-repeat-monthly = Κάθε μήνα
editor-repeat-custom = Άλλος κανόνας (RRULE)
editor-repeat-days =
    .aria-label = Αυτές τις μέρες
editor-repeat-nth = Ποια
editor-repeat-weekday = Μέρα
editor-repeat-until = Μέχρι (προαιρετικό)
editor-repeat-rule = Κανόνας
editor-nth-1 = 1η
editor-nth-2 = 2η
editor-nth-3 = 3η
editor-nth-4 = 4η
editor-nth-last = Τελευταία
editor-weekday-mo = Δευτέρα
editor-weekday-tu = Τρίτη
editor-weekday-we = Τετάρτη
editor-weekday-th = Πέμπτη
editor-weekday-fr = Παρασκευή
editor-weekday-sa = Σάββατο
editor-weekday-su = Κυριακή
editor-cancelled-dates = Ακυρωμένες ημερομηνίες
editor-cancel-date-label = Ακύρωση μίας ημερομηνίας
editor-cancel-date = Ακύρωση αυτής της ημερομηνίας
editor-restore-date = Επαναφορά: { $date }
editor-quick-hint = Λειτουργεί χωρίς ίντερνετ. Η εκδήλωση στέλνεται όταν συνδεθείτε ξανά.
editor-quick-date = Ημερομηνία
editor-quick-start = Ώρα έναρξης
editor-quick-end = Ώρα λήξης
editor-quick-save = Αποθήκευση εκδήλωσης
editor-quick-missing = Συμπληρώστε τον τίτλο, την ημερομηνία και τις ώρες.
editor-service-name = Όνομα
editor-service-description = Τι είναι
editor-service-eligibility = Ποιος μπορεί να έρθει
editor-service-documents = Τι να φέρετε
editor-service-status = Κατάσταση
editor-service-status-active = Ανοιχτό
editor-service-status-temporarily-closed = Κλειστό προσωρινά
editor-service-status-closed = Έκλεισε οριστικά
editor-service-organization = Οργανισμός που το προσφέρει
editor-service-categories = Κατηγορίες
editor-service-target-groups = Για ποιους είναι
editor-service-open-to-all = Ανοιχτό σε όλους, ό,τι χαρτιά κι αν έχουν
editor-service-fee = Τιμή, αν δεν είναι δωρεάν
editor-service-languages = Γλώσσες που μιλά το προσωπικό
editor-service-language-other = Άλλη γλώσσα
editor-service-language-hint = Ο κωδικός της γλώσσας, για παράδειγμα ti, prs ή pt-BR.
editor-service-language-add = Προσθήκη γλώσσας
editor-service-language-invalid = Αυτό δεν είναι κωδικός γλώσσας. Γράψτε έναν κωδικό όπως ti, prs ή pt-BR.
editor-service-contacts = Επικοινωνία
editor-service-phones = Αριθμοί τηλεφώνου
editor-service-phone = Αριθμός τηλεφώνου { $number }
editor-service-phone-new = Νέος αριθμός τηλεφώνου
editor-service-phone-add = Προσθήκη αριθμού
editor-service-phone-remove = Αφαίρεση { $phone }
editor-service-phone-invalid = Γράψτε έναν αριθμό τηλεφώνου: μόνο ψηφία, κενά και +. Για παράδειγμα +32 4 123 45 67.
editor-service-email = Email
editor-service-email-invalid = Αυτό δεν είναι διεύθυνση email. Για παράδειγμα: info@example.org
editor-service-website = Ιστότοπος
editor-service-website-invalid = Γράψτε ολόκληρη τη διεύθυνση, που αρχίζει με https://
editor-service-verified = Τελευταίος έλεγχος
editor-service-verified-never = Κανείς δεν έχει ελέγξει ακόμη αυτή την υπηρεσία.
editor-service-verified-value = Ελέγχθηκε στις { $date } από { $name }
editor-service-verify = Ελέγχθηκε σήμερα
editor-service-locations = Τοποθεσίες
editor-service-location = Τοποθεσία { $number }
editor-service-location-none = Δεν υπάρχει ακόμη τοποθεσία.
editor-service-location-add = Προσθήκη τοποθεσίας
editor-service-location-remove = Αφαίρεση αυτής της τοποθεσίας
editor-location-region = Περιφέρεια
editor-location-country = Χώρα (δύο γράμματα, για παράδειγμα BE)
editor-location-country-invalid = Γράψτε τον διψήφιο κωδικό χώρας, για παράδειγμα BE.
editor-location-latitude = Γεωγραφικό πλάτος (προαιρετικό)
editor-location-longitude = Γεωγραφικό μήκος (προαιρετικό)
editor-location-latitude-invalid = Γράψτε έναν αριθμό από -90 έως 90, για παράδειγμα 50.63.
editor-location-longitude-invalid = Γράψτε έναν αριθμό από -180 έως 180, για παράδειγμα 5.57.
editor-location-outreach = Πηγαίνουν και οι ίδιοι στους ανθρώπους (κινητή υπηρεσία ή υπηρεσία δρόμου)
editor-service-schedules = Ώρες λειτουργίας
editor-schedule = Ωράριο { $number }
editor-schedule-none = Δεν υπάρχουν ακόμη ώρες λειτουργίας.
editor-schedule-add = Προσθήκη ωραρίου
editor-schedule-remove = Αφαίρεση αυτού του ωραρίου
editor-schedule-days = Ημέρες
editor-schedule-rule-hint = Μόνο για ό,τι δεν μπορούν να πουν οι ημέρες, για παράδειγμα FREQ=MONTHLY;BYDAY=1TU για την πρώτη Τρίτη κάθε μήνα. Αφήστε το κενό για να χρησιμοποιηθούν οι ημέρες.
editor-schedule-rule-invalid = Αυτός ο κανόνας δεν μπορεί να χρησιμοποιηθεί. Γράψτε έναν κανόνα όπως FREQ=WEEKLY;BYDAY=MO,TU, χωρίς «RRULE:».
editor-schedule-opens = Ανοίγει στις
editor-schedule-closes = Κλείνει στις
editor-schedule-overnight = Κλείνει την επόμενη μέρα (ανοιχτό μετά τα μεσάνυχτα)
editor-schedule-times-invalid = Η ώρα κλεισίματος πρέπει να είναι μετά την ώρα ανοίγματος. Για ώρες μετά τα μεσάνυχτα, επιλέξτε «Κλείνει την επόμενη μέρα».
editor-schedule-valid-from = Από (προαιρετικό)
editor-schedule-valid-to = Έως (προαιρετικό)
editor-schedule-valid-invalid = Η ημερομηνία λήξης δεν μπορεί να είναι πριν από την ημερομηνία έναρξης.
editor-schedule-closed-dates = Κλειστό στις
editor-schedule-closed-date-label = Μια μέρα που είναι κλειστό
editor-schedule-closed-date-add = Προσθήκη κλειστής μέρας
editor-schedule-closed-date-remove = Ανοιχτό ξανά στις { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, με ραντεβού
editor-schedule-no-days = Δεν επιλέχθηκαν ημέρες
editor-schedule-no-hours = χωρίς ώρες ακόμη
editor-new-service = Νέα υπηρεσία
editor-new-service-hint = Ξεκινήστε με το όνομα. Τα υπόλοιπα τα συμπληρώνετε στην επόμενη οθόνη. Λειτουργεί χωρίς ίντερνετ.
editor-new-service-create = Δημιουργία υπηρεσίας
editor-new-service-missing = Γράψτε το όνομα της υπηρεσίας.
editor-publishing = Δημοσίευση
editor-publish-hint = Οι αναγνώστες βλέπουν μόνο τη δημοσιευμένη έκδοση. Οι επόμενες αλλαγές σας μένουν πρόχειρα μέχρι να δημοσιεύσετε ξανά.
editor-publish = Δημοσίευση αυτής της έκδοσης
editor-unpublish = Απόσυρση δημοσίευσης
editor-published = Δημοσιεύτηκε. Οι αναγνώστες βλέπουν τώρα αυτή την έκδοση.
editor-draft-badge = Μη δημοσιευμένο πρόχειρο
editor-publication-published = Δημοσιευμένο: οι αναγνώστες βλέπουν αυτή την έκδοση.
editor-publication-draft = Μη δημοσιευμένο πρόχειρο: οι αναγνώστες βλέπουν την τελευταία δημοσιευμένη έκδοση μέχρι να δημοσιευτεί αυτή.
editor-publication-unpublished = Μη δημοσιευμένο πρόχειρο: οι αναγνώστες δεν βλέπουν αυτό το στοιχείο μέχρι να δημοσιευτεί.
editor-unpublished = Η δημοσίευση αποσύρθηκε. Οι αναγνώστες δεν το βλέπουν πια.
editor-publish-not-synced = Ο διακομιστής δεν έχει ακόμα αυτή την έκδοση. Περιμένετε τον συγχρονισμό και μετά δημοσιεύστε.
editor-publish-offline = Δεν έχετε σύνδεση. Δημοσιεύστε όταν συνδεθείτε ξανά.
editor-publish-not-publishable = Δεν δημοσιεύτηκε: αυτή η έκδοση δεν είναι ακόμα πλήρης. Περιμένετε τον συγχρονισμό, ελέγξτε τα πεδία της και δημοσιεύστε ξανά.
editor-publish-invalid-content = Δεν δημοσιεύτηκε: διορθώστε πρώτα το { $field }.
editor-publish-link-invalid = Ένας σύνδεσμος πρέπει να οδηγεί σε σελίδα αυτού του ιστότοπου (να ξεκινά με ένα μόνο /) ή σε πλήρη διεύθυνση που ξεκινά με https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Προεπισκόπηση: τι θα δουν οι αναγνώστες
editor-preview-hint = Η έκδοση που βλέπουν τώρα οι αναγνώστες, σε σύγκριση με το πρόχειρό σας. Δημοσιεύστε για να δουν το πρόχειρο.
editor-preview-not-published = Δεν έχει δημοσιευτεί ακόμα: οι αναγνώστες δεν βλέπουν τίποτα. Μετά τη δημοσίευση θα δουν αυτό:
# $when: the date and time of publishing.
editor-preview-same = Οι αναγνώστες βλέπουν ακριβώς αυτή την έκδοση (δημοσίευση: { $when }).
editor-preview-changed =
    { $count ->
        [one] Ένα πεδίο διαφέρει από αυτό που βλέπουν οι αναγνώστες (δημοσίευση: { $when }):
       *[other] { $count } πεδία διαφέρουν από αυτό που βλέπουν οι αναγνώστες (δημοσίευση: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Ένα πεδίο χωρίς αλλαγές
       *[other] { $count } πεδία χωρίς αλλαγές
    }
editor-preview-unknown = Συνδεθείτε μία φορά στο ίντερνετ για να δείτε τι βλέπουν οι αναγνώστες.
editor-preview-unavailable = Αυτή η συσκευή δεν έχει ακόμα τη δημοσιευμένη έκδοση. Περιμένετε τον συγχρονισμό.
# Read out by screen readers before removed and added words.
editor-diff-removed = Αφαιρέθηκε:
editor-diff-added = Προστέθηκε:
# The history of an item: who changed which field, and when.
editor-history = Ιστορικό
editor-history-hint = Ποιος άλλαξε τι και πότε. Μπορείτε να επαναφέρετε μια προηγούμενη τιμή.
editor-history-none = Καμία αλλαγή ακόμα.
editor-history-unknown-author = Εισαγωγή δεδομένων
# $field: the technical name of a field that has no label here.
editor-history-other-field = Άλλο στοιχείο ({ $field })
editor-history-restore = Επαναφορά αυτής της τιμής
editor-history-current = Αυτή είναι η τρέχουσα τιμή.
editor-history-empty = (κενό)
editor-history-yes = Ναι
editor-history-no = Όχι
editor-history-field-order = Θέση στη λίστα των άρθρων
editor-translate-link = Μετάφραση
editor-suggestions-link = Προτάσεις αναγνωστών
editor-suggestions-open = Ανοιχτές: { $count }
editor-translate-title = Μεταφράσεις
editor-translate-no-languages = Δεν έχετε καμία γλώσσα για να μεταφράσετε σε αυτή την πόλη.
editor-translate-language = Μετάφραση σε
editor-translate-status = Εμφάνιση
editor-translate-all = Όλα
editor-translate-back = Πίσω στις μεταφράσεις
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } από { $total } ενημερωμένα
editor-status-missing = Λείπει
editor-status-outdated = Παρωχημένη
editor-status-machine = Αυτόματη μετάφραση
editor-status-up-to-date = Ενημερωμένη
editor-status-incomplete = Μερικώς μεταφρασμένη
editor-translate-source-changed = Το πρωτότυπο άλλαξε από τότε που έγινε αυτή η μετάφραση. Οι αλλαγές σημειώνονται πάνω από κάθε πεδίο.
editor-translate-source-changed-unknown = Το πρωτότυπο άλλαξε από τότε που έγινε αυτή η μετάφραση. Αυτή η συσκευή δεν μπορεί να δείξει τι άλλαξε: συγκρίνετε κάθε κείμενο με το πρωτότυπο.
editor-translate-what-changed = Άλλαξε στο πρωτότυπο:
editor-translate-finish = Ολοκλήρωση
editor-translate-left = Κείμενα που μένουν να μεταφραστούν: { $count }
editor-translate-all-translated = Όλα τα κείμενα έχουν μεταφραστεί. Ελέγξτε τα με το πρωτότυπο και σημειώστε τη μετάφραση ως ολοκληρωμένη.
editor-translate-done = Σήμανση ως ολοκληρωμένη
editor-translate-not-done = Μεταφράστε πρώτα όλα τα κείμενα. Ακόμη κενά: { $count }
editor-translate-marked-done = Σημειώθηκε ως ολοκληρωμένη. Αποθηκεύτηκε σε αυτή τη συσκευή και πηγαίνει στον διακομιστή μαζί με τις άλλες αλλαγές σας.
editor-translate-publish = Δημοσίευση της μετάφρασης
editor-translate-publish-hint = Οι αναγνώστες βλέπουν τη μετάφραση μόλις δημοσιευτεί, με την έκδοση του στοιχείου που βλέπουν τώρα.
editor-translate-editor-publishes = Οι αναγνώστες βλέπουν τη μετάφραση μόλις τη δημοσιεύσει ένας συντάκτης.
editor-translate-publish-not-done = Σημειώστε πρώτα τη μετάφραση ως ολοκληρωμένη.
editor-translate-item-unpublished = Το ίδιο το στοιχείο δεν έχει δημοσιευτεί ακόμη. Οι αναγνώστες θα δουν τη μετάφραση όταν δημοσιευτεί.
editor-translate-published = Δημοσιεύτηκε. Οι αναγνώστες βλέπουν τώρα αυτή τη μετάφραση.
editor-field-name = Όνομα
editor-field-title = Τίτλος
editor-field-description = Περιγραφή
editor-field-body = Κείμενο
editor-field-eligibility = Ποιος μπορεί να έρθει
editor-field-documents_needed = Τι να φέρετε
editor-field-fee = Κόστος
editor-field-accessibility = Προσβασιμότητα
editor-field-notes = Σημειώσεις για το ωράριο

## Guide articles and city settings

editor-new-article = Νέο άρθρο
editor-settings-link = Ρυθμίσεις πόλης
editor-articles = Άρθρα του οδηγού
editor-move-up = Μετακίνηση πάνω
    .aria-label = Μετακίνηση πάνω: { $title }
editor-move-down = Μετακίνηση κάτω
    .aria-label = Μετακίνηση κάτω: { $title }
editor-article-title = Τίτλος
editor-article-body = Κείμενο
editor-article-markdown-hint = Μορφοποίηση: μια κενή γραμμή ανάμεσα στις παραγράφους· «## » στην αρχή της γραμμής για επικεφαλίδα· «- » ή «1. » για λίστα· ένας σύνδεσμος γράφεται [λέξεις](https://example.org).
editor-article-parent = Βρίσκεται κάτω από
editor-article-top-level = Ανώτερο επίπεδο (κάτω από κανένα άρθρο)
editor-article-notice = Ανακοίνωση στην αρχική σελίδα έως (προαιρετικό)
editor-article-notice-hint = Έως αυτή την ημερομηνία, η αρχική σελίδα του οδηγού δείχνει το άρθρο ως ανακοίνωση της πόλης. Αφήστε το κενό για ένα κανονικό άρθρο.
editor-hint-title-article = Πείτε με λίγες λέξεις τι αφορά. Για παράδειγμα: Οι πρώτες σας μέρες.
editor-article-create = Δημιουργία άρθρου
editor-article-title-missing = Γράψτε πρώτα έναν τίτλο.
editor-article-cannot-create = Μόνο οι συντάκτες μπορούν να προσθέτουν άρθρα.
editor-settings-title = Ρυθμίσεις πόλης
editor-settings-live = Οι αλλαγές εδώ φαίνονται αμέσως στους αναγνώστες. Δεν υπάρχει βήμα δημοσίευσης.
editor-settings-read-only = Δεν μπορείτε να αλλάξετε τις ρυθμίσεις της πόλης. Μόνο οι συντάκτες μπορούν.
editor-categories = Κατηγορίες
editor-categories-hint = Οι αναγνώστες βλέπουν τις κατηγορίες με αυτή τη σειρά. Όπου ένα όνομα είναι κενό, βλέπουν το όνομα στη γλώσσα αναπλήρωσης.
editor-category-icon = Εικονίδιο
editor-category-name = Όνομα στα { $language } ({ $tag })
editor-category-add-title = Νέα κατηγορία
editor-category-add-name = Όνομα στα { $language }
editor-category-add = Προσθήκη κατηγορίας
editor-category-name-missing = Γράψτε πρώτα το όνομα της κατηγορίας.
editor-category-remove-question = Αφαίρεση του «{ $name }»; Υπηρεσίες που τη χρησιμοποιούν: { $count }.
editor-remove = Αφαίρεση
    .aria-label = Αφαίρεση: { $name }
editor-remove-confirm = Ναι, αφαίρεση του «{ $name }»
editor-remove-cancel = Ακύρωση
editor-icon-heart = Καρδιά
editor-icon-house = Σπίτι
editor-icon-scales = Ζυγαριά
editor-icon-briefcase = Χαρτοφύλακας
editor-icon-book = Βιβλίο
editor-icon-family = Οικογένεια
editor-icon-bowl = Μπολ
editor-icon-people = Άνθρωποι
editor-icon-woman = Γυναίκα
editor-icon-star = Αστέρι
editor-icon-search = Μεγεθυντικός φακός
editor-icon-calendar = Ημερολόγιο
editor-icon-clock = Ρολόι
editor-icon-pin = Καρφίτσα χάρτη
editor-icon-phone = Τηλέφωνο
editor-icon-share = Κοινοποίηση
editor-icon-print = Εκτυπωτής
editor-icon-speaker = Ηχείο
editor-icon-article = Έγγραφο
editor-icon-offline = Χωρίς σύνδεση
editor-icon-check = Σημάδι ελέγχου
editor-icon-flag = Σημαία
editor-languages = Γλώσσες
editor-languages-hint = Οι γλώσσες που μπορούν να επιλέξουν οι αναγνώστες. Ένα κείμενο που δεν έχει μεταφραστεί ακόμα εμφανίζεται στη γλώσσα αναπλήρωσης.
editor-language-direction = Κατεύθυνση γραφής
editor-direction-ltr = Από αριστερά προς τα δεξιά
editor-direction-rtl = Από δεξιά προς τα αριστερά
editor-language-source = Η γλώσσα προέλευσης: τα περιεχόμενα γράφονται πρώτα σε αυτήν.
editor-language-fallback = Γλώσσα αναπλήρωσης
editor-language-fallback-hint = Τι βλέπουν οι αναγνώστες αυτής της γλώσσας όταν ένα κείμενο δεν έχει μεταφραστεί ακόμα.
editor-language-no-fallback = Καμία
editor-language-fallback-cycle = Αυτό δημιουργεί κύκλο: εκείνη η γλώσσα ήδη αναπληρώνεται από αυτήν. Επιλέξτε άλλη.
editor-language-remove-question = Αφαίρεση των { $language }; Οι αναγνώστες τους θα επιλέξουν άλλη γλώσσα. Οι μεταφράσεις μένουν αποθηκευμένες.
editor-language-add-title = Νέα γλώσσα
editor-language-add-tag = Κωδικός γλώσσας (BCP 47)
editor-language-add-hint = Για παράδειγμα: ti (τιγκρίνια), pt-BR (πορτογαλικά Βραζιλίας).
editor-language-add = Προσθήκη γλώσσας
editor-language-invalid = Το «{ $tag }» δεν είναι κωδικός γλώσσας. Γράψτε έναν κωδικό όπως ti ή pt-BR.
editor-language-present = Η πόλη έχει ήδη τα { $language }.

## The multivoiced archive

reader-archive-title = Φωνές της άφιξης
reader-archive-intro = Αφηγήσεις ανθρώπων που ήρθαν σε αυτή την πόλη, με τα δικά τους λόγια. Κάθε φωνή είναι δική τους· καμία δεν είναι η επίσημη εκδοχή.
reader-archive-link = Διαβάστε τις φωνές της άφιξης
reader-archive-empty = Δεν έχει δημοσιευτεί ακόμη τίποτα εδώ.
reader-archive-unavailable = Δεν ήταν δυνατή η φόρτωση των φωνών. Δοκιμάστε αργότερα.
reader-archive-offline = Είστε εκτός σύνδεσης. Οι φωνές της άφιξης χρειάζονται σύνδεση.
reader-archive-anonymous = Ανώνυμα
reader-archive-speaks-about = Μιλά για:
reader-archive-translated = Μετάφραση της ομάδας από τα { $language }
reader-archive-in-language = Στα { $language }
reader-archive-original = Εμφάνιση των αρχικών λέξεων
reader-archive-recording =
    .aria-label = Ηχογράφηση αυτής της φωνής
archive-page-title = Αρχείο
archive-title = Αρχείο της ομάδας { $group }
archive-open = Άνοιγμα του αρχείου
archive-not-member = Δεν είστε μέλος αυτής της ομάδας αρχείου.
archive-intro = Αφηγήσεις άφιξης, γραμμένες και ηχογραφημένες από την ομάδα. Κάθε φωνή μένει του δημιουργού της: μόνο εκείνος αποφασίζει ποιος τη βλέπει και με ποιο όνομα εμφανίζεται.
archive-entries = Αφηγήσεις
archive-no-entries = Δεν υπάρχουν ακόμη αφηγήσεις.
archive-voice-count =
    { $count ->
        [one] { $count } φωνή
       *[other] { $count } φωνές
    }
archive-state-published = Δημοσιευμένη
archive-state-unpublished = Μη δημοσιευμένη
archive-theme = Θέμα
archive-guide-links = Σελίδες του οδηγού για τις οποίες μιλά
archive-theme-arrival = Η άφιξη
archive-theme-first-contact-with-services = Πρώτη επαφή με τις υπηρεσίες
archive-theme-housing = Η στέγη
archive-theme-work = Η δουλειά
archive-theme-family = Η οικογένεια
archive-theme-belonging = Το ανήκειν
archive-theme-the-future = Το μέλλον
archive-theme-other = Άλλο
archive-entry-title = Τίτλος
archive-entry-title-missing = Γράψτε έναν τίτλο.
archive-cities = Πόλεις για τις οποίες μιλά
archive-cities-hint = Μετά τη δημοσίευση, οι αναγνώστες των οδηγών αυτών των πόλεων μπορούν να τη διαβάσουν.
archive-new-entry = Νέα αφήγηση
archive-new-entry-create = Δημιουργία της αφήγησης
archive-back = Πίσω στο αρχείο
archive-entry-missing = Αυτή η αφήγηση δεν είναι ακόμη σε αυτή τη συσκευή. Αν μόλις δημιουργήθηκε, περιμένετε να συγχρονιστεί.
archive-voices = Φωνές
archive-no-voices = Καμία φωνή ακόμη.
archive-add-voice = Προσθήκη της φωνής μου
archive-add-voice-hint = Γράψτε με τα δικά σας λόγια, ηχογραφήστε τον εαυτό σας, ή και τα δύο. Αποθηκεύεται αμέσως σε αυτή τη συσκευή και στέλνεται όταν είστε συνδεδεμένοι.
archive-voice-language = Η γλώσσα στην οποία μιλάτε
archive-add-voice-create = Προσθήκη της φωνής μου
archive-voice-yours = Η φωνή σας
archive-voice-of = Φωνή: { $name }
archive-voice-unknown = Μια φωνή της ομάδας
archive-voice-in = Στα { $language }
archive-voice-text = Λόγια
archive-voice-text-hint = Ό,τι γράφτηκε, ή η απομαγνητοφώνηση της ηχογράφησης.
archive-recording = Ηχογράφηση
archive-record = Ηχογράφηση
archive-record-stop = Διακοπή
archive-record-discard = Απόρριψη της ηχογράφησης
archive-record-play =
    .aria-label = Ακρόαση της ηχογράφησης
archive-recording-none = Καμία ηχογράφηση.
archive-recording-recording = Ηχογράφηση σε εξέλιξη…
archive-recording-waiting = Ηχογραφήθηκε, περιμένει να ανέβει. Ως τότε μένει σε αυτή τη συσκευή.
archive-recording-uploaded = Ανέβηκε.
archive-recording-refused-too-large = Αυτή η ηχογράφηση είναι πολύ μεγάλη: το αρχείο δέχεται έως 25 MB. Ηχογραφήστε μια συντομότερη ή επιλέξτε μικρότερο αρχείο.
archive-recording-refused-wrong-type = Το αρχείο δεν δέχεται αυτό το αρχείο: μόνο ήχο WebM ή Ogg.
archive-audio-file = Ή επιλέξτε ένα αρχείο ήχου από αυτή τη συσκευή
archive-audio-file-hint = Ήχος WebM ή Ogg, έως 25 MB. Ο τίτλος και οι άλλες ετικέτες αφαιρούνται κατά την αποστολή.
archive-recording-no-microphone = Δεν ήταν δυνατή η χρήση μικροφώνου. Επιτρέψτε σε αυτόν τον ιστότοπο να χρησιμοποιεί το μικρόφωνο, ή γράψτε τα λόγια σας.
archive-photo = Φωτογραφία
archive-photo-choose = Προσθήκη φωτογραφίας
archive-photo-hint = JPEG, PNG ή WebP, έως 10 MB. Η τοποθεσία (GPS) και τα στοιχεία της κάμερας αφαιρούνται κατά την αποστολή.
archive-photo-description = Τι δείχνει η φωτογραφία (για όσους δεν μπορούν να τη δουν)
archive-photo-remove = Αφαίρεση της φωτογραφίας
archive-photo-none = Καμία φωτογραφία.
archive-photo-waiting = Αναμένει αποστολή. Μέχρι τότε μένει σε αυτή τη συσκευή.
archive-photo-uploaded = Στάλθηκε, χωρίς την τοποθεσία και τα στοιχεία της κάμερας.
archive-photo-refused-too-large = Αυτή η φωτογραφία είναι πολύ μεγάλη: το αρχείο δέχεται φωτογραφίες έως 10 MB.
archive-photo-refused-wrong-type = Το αρχείο δεν δέχεται αυτό το αρχείο: μόνο φωτογραφίες JPEG, PNG ή WebP.
archive-translations = Μεταφράσεις
archive-translation-language = Μετάφραση στα
archive-translation-add = Προσθήκη μετάφρασης
archive-translation-text = Μετάφραση στα { $language }, από: { $by }
archive-translation-text-own = Μετάφραση στα { $language }, από τον/την δημιουργό της φωνής
archive-consent-title = Η συγκατάθεσή σας
archive-consent-unavailable = Θα μπορείτε να επιλέξετε ποιος βλέπει τη φωνή σας μόλις φτάσει στον διακομιστή (όταν είστε συνδεδεμένοι). Ως τότε τη βλέπει μόνο η ομάδα, χωρίς το όνομά σας.
archive-consent-visibility = Ποιος μπορεί να δει τη φωνή σας
archive-visibility-group = Μόνο η ομάδα
archive-visibility-city-editors = Η ομάδα και οι συντάκτες της πόλης
archive-visibility-public = Όλοι, μόλις ένας συντονιστής δημοσιεύσει την αφήγηση
archive-consent-naming = Με ποιο όνομα εμφανίζεστε
archive-naming-name = Με το όνομά μου ({ $name })
archive-naming-pseudonym = Με ψευδώνυμο
archive-naming-anonymous = Καθόλου (ανώνυμα)
archive-pseudonym = Ψευδώνυμο
archive-pseudonym-missing = Γράψτε το ψευδώνυμο με το οποίο θέλετε να εμφανίζεστε.
archive-consent-save = Αποθήκευση της επιλογής μου
archive-consent-saving = Αποθήκευση…
archive-consent-saved = Αποθηκεύτηκε.
archive-consent-offline = Δεν αποθηκεύτηκε: είστε εκτός σύνδεσης. Δοκιμάστε ξανά όταν συνδεθείτε.
archive-consent-withdrawn = Αυτή η φωνή έχει αποσυρθεί.
archive-consent-failed = Δεν αποθηκεύτηκε. Δοκιμάστε αργότερα.
archive-withdraw = Απόσυρση της φωνής μου
archive-withdraw-explained = Η απόσυρση της φωνής σας την αφαιρεί οριστικά: κανείς στην ομάδα, κανένας συντάκτης και κανένας αναγνώστης δεν θα τη δει ξανά, και ο διακομιστής τη διαγράφει. Δεν μπορεί να επανέλθει.
archive-withdraw-cannot-undo = Δεν μπορεί να πάρει πίσω αντίγραφα που άλλοι έχουν ήδη κατεβάσει, αποθηκεύσει ή εκτυπώσει όσο τους εμφανιζόταν.
archive-withdraw-confirm = Οριστική απόσυρση
archive-withdraw-cancel = Κρατώ τη φωνή μου
archive-publish = Δημοσίευση της αφήγησης
archive-unpublish = Κατάργηση δημοσίευσης
archive-publish-hint = Οι αναγνώστες βλέπουν μόνο τις φωνές των οποίων οι δημιουργοί επέλεξαν «όλοι», με το όνομα που επέλεξε ο καθένας.
archive-published = Δημοσιεύτηκε. Οι αναγνώστες βλέπουν τώρα τις φωνές που μοιράστηκαν με το κοινό.
archive-unpublished = Η δημοσίευση καταργήθηκε. Οι αναγνώστες δεν τη βλέπουν πια.
archive-publish-refused = Δεν δημοσιεύτηκε: κανένας δημιουργός δεν έχει μοιραστεί ακόμη τη φωνή του με το κοινό (ή η αφήγηση δεν έχει τίτλο).
archive-publish-not-synced = Ο διακομιστής δεν έχει ακόμη αυτή την αφήγηση. Περιμένετε να συγχρονιστεί και μετά δημοσιεύστε.
archive-publish-failed = Δεν δημοσιεύτηκε. Δοκιμάστε αργότερα.
archive-export = Λήψη του αρχείου της ομάδας
archive-export-hint = Ένα αρχείο zip με τα λόγια κάθε φωνής (Markdown), τις ηχογραφήσεις και έναν κατάλογο καταχωρίσεων, φωνών, γλωσσών και συναινέσεων. Οι φωνές που αποσύρθηκαν δεν περιλαμβάνονται ποτέ· μια ανώνυμη φωνή δεν έχει όνομα. Μοιραστείτε το μόνο όπως επιτρέπει η συναίνεση κάθε φωνής.

## Dates
date-month =
    { $month ->
     [jan] Ιανουαρίου
     [feb] Φεβρουαρίου
     [mar] Μαρτίου
     [apr] Απριλίου
     [may] Μαΐου
     [jun] Ιουνίου
     [jul] Ιουλίου
     [aug] Αυγούστου
     [sep] Σεπτεμβρίου
     [oct] Οκτωβρίου
     [nov] Νοεμβρίου
    *[dec] Δεκεμβρίου
    }
date-month-alone =
    { $month ->
     [jan] Ιανουάριος
     [feb] Φεβρουάριος
     [mar] Μάρτιος
     [apr] Απρίλιος
     [may] Μάιος
     [jun] Ιούνιος
     [jul] Ιούλιος
     [aug] Αύγουστος
     [sep] Σεπτέμβριος
     [oct] Οκτώβριος
     [nov] Νοέμβριος
    *[dec] Δεκέμβριος
    }
date-weekday =
    { $weekday ->
     [mon] Δευτέρα
     [tue] Τρίτη
     [wed] Τετάρτη
     [thu] Πέμπτη
     [fri] Παρασκευή
     [sat] Σάββατο
    *[sun] Κυριακή
    }
date-day = { $weekday } { $day } { $month }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } στις { $time }
date-list-separator = { ", " }
date-just-now = τρέχον λεπτό
date-minutes-ago =
    { $count ->
     [one] πριν από { $count } λεπτό
    *[other] πριν από { $count } λεπτά
    }
date-hours-ago =
    { $count ->
     [one] πριν από { $count } ώρα
    *[other] πριν από { $count } ώρες
    }
date-days-ago =
    { $count ->
     [1] χθες
     [one] πριν από { $count } ημέρα
    *[other] πριν από { $count } ημέρες
    }
