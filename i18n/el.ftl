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
nav-home = Αρχική
nav-status = Κατάσταση συγχρονισμού
nav-sign-in = Σύνδεση
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Ο λογαριασμός σας: { $name }
page-title = { $page } · { app-name }
language-label = Γλώσσα

## Home page

home-title = Καλώς ήρθατε στο { app-name }
home-status-link = Δείτε την κατάσταση συγχρονισμού

## Status page

status-title = Κατάσταση συγχρονισμού
status-connection-label = Σύνδεση με τον διακομιστή
status-connected = Συνδεδεμένο
status-connecting = Σύνδεση…
status-offline = Χωρίς σύνδεση
status-offline-hint = Δεν έχετε σύνδεση. Οι αλλαγές μένουν σε αυτή τη συσκευή. Στέλνονται όταν συνδεθείτε ξανά.
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
role-group-hint = Το σύντομο όνομα της ομάδας του αρχείου, όπως ορίστηκε για την πόλη σας: πεζά λατινικά γράμματα, ψηφία και παύλες.
role-group-missing = Γράψτε το όνομα της ομάδας.
role-group-invalid = Γράψτε το σύντομο όνομα της ομάδας: πεζά λατινικά γράμματα, ψηφία και παύλες. Για παράδειγμα: women-voices.
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
