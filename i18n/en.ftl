# Translation: source locale (English), written by the developers
#
# UI strings of the hospes web app. Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Local guides for newcomers, written together, readable offline.
skip-to-content = Skip to content
nav-main =
    .aria-label = Main
nav-cities = All cities
nav-status = Sync status
nav-sign-in = Sign in
nav-edit = Edit the guide
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Your account: { $name }
page-title = { $page } · { app-name }
language-label = Language

## Choosing a guide

reader-choose-city-title = Choose your city
reader-choose-language-title = Choose your language
reader-choose-offline = You are offline. Connect to the internet once to download a guide.
reader-kept-guides = Guides on this phone
reader-choose-city = Choose another city or language
# $city: the city's name (the heading of the step that chooses the guide's language).
reader-choose-language-city = Choose the language of the guide to { $city }
# $language: the interface's language, named in its own script ("ትግርኛ").
reader-language-not-offered = The guide to { $city } is not written in { $language }. Choose one of the languages it is written in:
reader-open-guide = Open the guide
reader-loading = Loading…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Guide
reader-nav-home = Home
reader-nav-articles = Practical information
reader-nav-events = Events
reader-nav-search = Search
reader-sample-city = This is a sample city with made-up content, for trying { app-name } out.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Available offline, updated { $ago }
reader-offline-now = You are offline. This guide was updated { $ago }.
reader-guide-language = Language of the guide
reader-print-link = Print this guide
# At the top of every guide page while the phone has no connection.
reader-offline-banner = You are offline. You are reading the copy saved on this phone.
# The interface speaks a language the guide has no texts in. $language: the interface's
# language in its own script; $guide: the language the guide's texts are shown in.
reader-language-shown-in = The guide to { $city } is not written in { $language }: its texts are shown in { $guide }.
# A choice kept on this phone: how large all the text is.
reader-text-size = Text size
reader-text-size-normal = Normal
reader-text-size-large = Large
reader-text-size-larger = Very large
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Not yet translated: parts are shown in { $languages }.
       *[other] Not yet translated: parts are shown in these languages: { $languages }.
    }
reader-problem-offline-title = This guide is not on this phone yet
reader-problem-offline = Connect to the internet once. After that, the guide also works offline.
reader-offline-missing = You are offline.
reader-problem-unknown-city-title = City not found
reader-problem-unknown-city = There is no guide for this city here.
reader-problem-unknown-language-title = Language not available
reader-problem-unknown-language = This guide is not available in this language. Choose one of these languages:
reader-problem-server-title = The guide could not be loaded
reader-problem-server = Something went wrong on the server. Try again later.
# The pages' description for search engines and link previews.
reader-meta-description = The guide to { $city } for newcomers: where to find help, services, practical information and events, in your language, also offline.
# $page: the item's name (a service, an article, an event).
reader-meta-description-page = { $page }, in the guide to { $city } for newcomers: help, services, information and events in your language, also offline.

## Guide home

reader-home-title = Guide to { $city }
reader-notices = News from the city
reader-categories = What do you need?
reader-category-count =
    { $count ->
        [one] one place
       *[other] { $count } places
    }
reader-this-week = This week
reader-no-events-this-week = No events in the next seven days.
reader-all-events = All events
reader-topics = Information
reader-kept-languages = On this phone
reader-kept-languages-hint = The guide works without internet in the languages kept on this phone.
reader-kept-current = Kept (you are reading it)
reader-kept-add = Also keep { $language }
reader-kept-remove = Remove { $language } from this phone
# News from the city: $date is the day it was published.
reader-published-on = Published on { $date }
# "Also keep" chosen while offline; the language is saved once the phone is online.
reader-kept-waiting = You are offline: { $language } will be saved on this phone once it is online.

## Services

reader-service-title = Service
reader-status-temporarily-closed = Temporarily closed.
reader-status-closed = This service has closed.
reader-open-now = Open now, closes at { $time }
reader-open-now-all-day = Open now, 24 hours a day
reader-open-all-day = Open 24 hours
reader-opens-today = Closed now. Opens today at { $time }
reader-opens-tomorrow = Closed now. Opens tomorrow at { $time }
reader-opens-on = Closed now. Opens { $day } at { $time }
reader-by-appointment = By appointment
reader-no-hours-soon = Not open in the coming days
reader-hours-unknown = Ask for the opening hours
reader-open-to-all = Open to everyone, whatever your papers
reader-for-whom = For whom
reader-eligibility = Who can come
reader-cost = Cost
reader-free = Free
reader-not-free = Not free
reader-languages = Languages
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = An interpreter can be arranged.
reader-documents = What to bring
reader-hours = Opening hours
reader-today = Today
reader-tomorrow = Tomorrow
reader-closed-day = Closed
reader-appointment-note = (by appointment)
reader-where = Where
reader-outreach = Where to find them (they also come to you)
reader-open-map = Open in my map app
# A link to the map's website, for phones whose map app does not open the link above.
reader-open-web-map = Open the map on openstreetmap.org
reader-contact = Contact
reader-call = Call { $phone }
reader-email = Write to { $email }
reader-website = Website: { $site }
reader-share = Share
reader-share-copied = Link copied
reader-last-checked = Last checked on { $date }
reader-listen = Listen
reader-listen-stop = Stop
reader-target-everyone = Everyone
reader-target-asylum-seekers-and-refugees = Asylum seekers and refugees
reader-target-temporary-protection = People with temporary protection
reader-target-undocumented-residents = People without papers
reader-target-women = Women
reader-target-unaccompanied-minors = Young people under 18 on their own
reader-target-children = Children
reader-target-students = Students

## Articles

reader-articles-title = Practical information
reader-articles-below = More on this
reader-breadcrumbs =
    .aria-label = You are here

## Events

reader-events-title = Events
reader-events-later = Later
reader-no-events = No events in the coming weeks.
reader-event-cancelled = Cancelled
reader-event-when = When
reader-event-next-dates = Next dates
reader-event-past = This event is over.
reader-organizer = Organised by
reader-open-to-residents = Everyone, newcomers and long-time residents
reader-add-to-calendar = Add to my calendar
reader-register = Register
reader-online-link = Join online
reader-subscribe = Subscribe to the city's events in my calendar
reader-feed-link = Download all events (iCalendar)
reader-events-by-month = Later events, month by month
reader-no-later-events = No later events are known yet.
# $month: a month and its year ("January 2027").
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } event
       *[other] { $month }: { $count } events
    }
reader-no-events-month = No events this month.
reader-events-bad-month = This address does not name a month (it should end in ?month=2027-01). Here are the coming weeks.
reader-events-known-until = This phone knows the events until { $date }. Open the guide online later to see more.
reader-events-coming-weeks = The coming four weeks
reader-events-month-before = Earlier: { $month }
reader-events-month-after = Next: { $month }
reader-feed-heading = In your calendar app

## Search

reader-search-title = Search
reader-search-label = Search the guide
reader-search-button = Search
reader-search-count =
    { $count ->
        [0] Nothing found for “{ $query }”.
        [one] One result for “{ $query }”.
       *[other] { $count } results for “{ $query }”.
    }
reader-kind-service = Service
reader-kind-article = Information
reader-kind-event = Event

## Print version

reader-print-title = Printable guide
reader-print-heading = Guide to { $city }
reader-print-date = Printed on { $date }. Things change: check the online guide.
reader-print-button = Print
# Above the guide's address and its QR code.
reader-print-address = This guide online, always up to date:
# Read out by screen readers for the QR code image.
reader-print-qr = QR code: this guide online
reader-print-other-days = Some hours are on other days (every few weeks, or once a month): see the online guide.

## Suggest a correction

reader-suggest-link = Suggest a correction
reader-suggest-title = Suggest a correction
reader-suggest-about = About:
reader-suggest-privacy = You stay anonymous. We do not ask for your name or anything about you.
reader-suggest-topic = What is wrong?
reader-suggest-message = What should we know?
reader-suggest-message-hint = Please do not write your name, phone number or other personal details.
reader-suggest-send = Send
reader-suggest-need-topic = Choose what is wrong.
reader-suggest-need-message = Write a few words about what is wrong.
reader-suggest-sent = Thank you. The editors of the guide will check it.
reader-suggest-queued = Thank you. You are offline: it will be sent when you are online again.
reader-suggest-refused = Thank you, but this could not be sent: the page may have been removed.
reader-back-to-guide = Back to the guide

## Status page

status-title = Sync status
status-connection-label = Connection to the server
status-connected = Connected
status-connecting = Connecting…
status-offline = Offline
status-offline-hint = You are offline. Changes stay on this device and are sent when you are back online.
# Changes made on this device that the server has not confirmed yet (documents edited).
status-waiting =
    { $count ->
        [0] Nothing on this device is waiting to be sent.
        [one] One change is saved on this device, waiting to be sent.
       *[other] { $count } changes are saved on this device, waiting to be sent.
    }
status-signed-out = Not signed in
status-signed-out-hint = Only signed-in editors sync documents with the server. Reading the guide needs no account.
status-sign-in = Sign in to sync

## Not found

not-found-title = Page not found
not-found-body = There is nothing at this address.
not-found-home = Go to the home page

## Forms and errors shared by the pages

passphrase-show = Show passphrase
error-offline = Could not reach the server. Check your connection and try again.
error-server = Something went wrong on the server. Try again later.
error-bad-request = The server did not accept this. Check what you entered and try again.
error-forbidden = You are not allowed to do this.
error-unauthenticated = You are signed out. Sign in again to continue.
error-unexpected = Something went wrong. Try again.
error-page-not-loaded = This page could not be loaded. Check your connection and try again.
error-too-many-attempts-seconds =
    Too many attempts. Try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
error-too-many-attempts-minutes =
    Too many attempts. Try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.

## Roles

-role-volunteer = Volunteer
-role-translator = Translator
-role-editor = Editor
-role-group_member = Group member
-role-group_moderator = Group moderator
-role-city_admin = City administrator
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
        [group] { role-name }, group “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } in { $city }
role-label = Role
role-group-label = Group
role-group-hint = One of the archive groups you moderate in this city.
role-group-missing = Choose a group.
role-group-unknown = This city has no archive group with that short name.
role-languages-label = Languages
role-languages-hint = Language codes, separated by commas: for example ar, uk, fa-AF.
role-languages-missing = Enter at least one language code.
role-languages-invalid = One of these is not a language code. Use codes like ar, uk or fa-AF.

## Sign-in page

sign-in-title = Sign in
sign-in-intro = For volunteers, editors, translators and city staff. Reading the guide needs no account.
sign-in-name = Name
sign-in-passphrase = Passphrase
sign-in-submit = Sign in
sign-in-name-missing = Enter your name.
sign-in-passphrase-missing = Enter your passphrase.
sign-in-invalid = The name or the passphrase is wrong.
sign-in-no-account = No account? Accounts are made by invitation: ask the administrator of your city for a link.
sign-in-already = You are signed in as { $name }.
sign-in-continue = Continue
sign-in-account = Your account

## Invitation page

invite-title = Invitation
invite-loading = Checking the invitation…
invite-not-found = This invitation link does not work. It may have been used already or have expired. Ask the person who invited you for a new one.
invite-home = Go to the home page
invite-for = You are invited to { $city } with the role: { role-grant }.
invite-expires = This invitation is valid until { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = You are signed in as { $name }. Accepting this invitation creates a new account and signs you in with it.
invite-name = Your name
invite-name-hint = Others you work with see this name. It does not have to be your real name: a pseudonym is fine.
invite-name-missing = Choose a name.
invite-name-too-long = This name is too long: at most 64 characters.
invite-name-taken = This name is already taken. Choose another one.
invite-passphrase = Passphrase
invite-passphrase-hint = At least 10 characters. A few words that don’t belong together are easy to remember and hard to guess.
invite-passphrase-confirm = Passphrase again
invite-passphrase-too-short = The passphrase is too short: at least 10 characters.
invite-passphrase-too-long = The passphrase is too long: at most 1024 characters.
invite-passphrase-mismatch = The two passphrases are not the same.
invite-submit = Create my account

## Account page

account-title = Your account
account-loading = Loading your account…
account-not-signed-in = You are not signed in.
account-signed-out = You have signed out.
account-sign-in = Sign in
account-signed-in-as = You are signed in as { $name }.
account-offline = You are offline: this is what the device remembers. Sessions and signing out need a connection.
account-roles-title = Your roles
account-no-roles = You have no roles yet.
account-manage-city = Manage { $city }
account-sessions-title = Where you are signed in
account-sessions-loading = Loading…
account-session-current = This device
account-session-other = Another device
account-session-times = Signed in { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, last active { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Sign out
account-session-ended = That device is signed out.
account-sign-out-everywhere = Sign out everywhere
account-sign-out = Sign out

## City administration page

admin-title = City administration
admin-heading = Manage { $city }
admin-loading = Loading…
admin-offline = You are offline. Managing a city needs a connection.
admin-not-signed-in = Sign in to manage a city.
admin-sign-in = Sign in
admin-not-admin = You are not an administrator of { $city }.
admin-invite-title = Invite someone
admin-invite-intro = An invitation link is for one person: it works once, and whoever opens it can create the account. Send it privately.
admin-invite-submit = Create invitation link
admin-invite-created = Invitation link created.
admin-invite-link-label = Invitation link
admin-invite-about = For the role: { role-grant }. Valid until { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Copy link
admin-invite-share = Share link
admin-invite-copied = Link copied.
admin-invite-copy-failed = Could not copy. The link is selected: copy it yourself.
admin-members-title = Members
admin-members-none = No members yet.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (you)
       *[no] { $name }
    }
admin-member-revoked = Access revoked
admin-member-no-roles = No roles
admin-member-edit = Change roles
admin-member-revoke = Revoke access
admin-roles-heading = Roles of { $name }
admin-role-remove = Remove
admin-role-add-title = Add a role
admin-role-add = Add role
admin-role-duplicate = This person already has that role.
admin-roles-save = Save roles
admin-roles-cancel = Cancel
admin-roles-saved = Roles of { $name } saved.
admin-revoke-question = Revoke access for { $name }?
admin-revoke-explain = { $name } is signed out on every device and can no longer sign in.
admin-revoke-confirm = Revoke access
admin-revoke-cancel = Cancel
admin-revoked = Access revoked for { $name }.

## Suggestions queue (editors)

suggestions-title = Suggestions from readers
suggestions-heading = Suggestions for { $city }
suggestions-intro = Readers send these anonymously when something in the guide is wrong. Check it, correct the item if needed, then mark the suggestion as done.
suggestions-loading = Loading…
suggestions-not-signed-in = Sign in to see the suggestions readers sent.
suggestions-sign-in = Sign in
suggestions-not-allowed = Only editors and administrators of { $city } can see its suggestions.
suggestions-unknown-city = There is no city “{ $city }”.
suggestions-show-done = Also show suggestions marked as done
suggestions-list-title = Suggestions
suggestions-none-open = No open suggestions.
suggestions-none = No suggestions yet.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = About: { $title }
suggestions-about-unpublished = About an item that is no longer published
suggestions-about-guide = About the guide in general
suggestions-no-message = The reader wrote no message.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Received { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · written in { LANGUAGES($language) }
suggestions-resolved = Done { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Mark as done
suggestions-marked-done = Suggestion marked as done.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = It has closed or no longer exists
suggestion-topic-hours = The opening hours are wrong
suggestion-topic-address = The address is wrong
suggestion-topic-contact = The phone number or other contact is wrong
suggestion-topic-translation = The translation is wrong or missing
suggestion-topic-other = Something else

## Editing app

editor-page-title = Edit the guide
editor-title = Editing { $city }
editor-signed-out = Sign in to edit the guide.
editor-progress = { $loaded } of { $total } documents on this device
editor-filter = Filter
editor-events = Events
editor-services = Services
editor-new-event = New event
editor-back = Back to the list
editor-untitled = (no title yet)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Saved on this device. You are offline.
        [one] Saved on this device, one change waiting to be sent.
       *[other] Saved on this device, { $count } changes waiting to be sent.
    }
editor-sync-sending =
    { $count ->
        [one] Sending one change…
       *[other] Sending { $count } changes…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Synced { $ago }
editor-sync-sent =
    { $count ->
        [one] One change sent. Synced { $ago }
       *[other] { $count } changes sent. Synced { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Your session has ended. Sign in again to keep syncing.
        [one] Your session has ended. Your change is saved on this device: sign in again to send it.
       *[other] Your session has ended. Your { $count } changes are saved on this device: sign in again to send them.
    }
editor-sync-sign-in = Sign in again
editor-hint-plain = Write short sentences. One idea per sentence. Use words people know.
editor-hint-title = Say what it is, in a few words. For example: Language café.
editor-minor-edit = Small correction (spelling, a typo): translations stay up to date
editor-conflict =
    { $count ->
        [one] Two people changed this at the same time. Choose the right value:
       *[other] People changed this at the same time ({ $count } values). Choose the right one:
    }
editor-conflict-keep = Keep “{ $value }”
editor-event-title = Title
editor-event-description = Description
editor-event-type = Type of event
editor-event-type-workshop = Workshop
editor-event-type-language-cafe = Language café
editor-event-type-festival = Festival
editor-event-type-commemoration = Commemoration
editor-event-type-job-fair = Job fair
editor-event-type-sport = Sport
editor-event-type-information-session = Information session
editor-event-type-other = Other
editor-event-start = Starts
editor-event-end = Ends
editor-event-place = Place
editor-place-name = Name of the place
editor-place-street = Street and number
editor-place-postal-code = Postal code
editor-place-locality = Town
editor-event-organizer = Organised by
editor-event-free = Free
editor-event-cancelled = The whole event is cancelled
editor-repeat = Repeats
editor-repeat-kind = How often
editor-repeat-none = Does not repeat
editor-repeat-weekly = Every week
editor-repeat-monthly = Every month
editor-repeat-custom = Other rule (RRULE)
editor-repeat-days =
    .aria-label = On these days
editor-repeat-nth = Which one
editor-repeat-weekday = Day
editor-repeat-until = Until (optional)
editor-repeat-rule = Rule
editor-nth-1 = First
editor-nth-2 = Second
editor-nth-3 = Third
editor-nth-4 = Fourth
editor-nth-last = Last
editor-weekday-mo = Monday
editor-weekday-tu = Tuesday
editor-weekday-we = Wednesday
editor-weekday-th = Thursday
editor-weekday-fr = Friday
editor-weekday-sa = Saturday
editor-weekday-su = Sunday
editor-cancelled-dates = Cancelled dates
editor-cancel-date-label = Cancel one date
editor-cancel-date = Cancel this date
editor-restore-date = Bring back { $date }
editor-quick-hint = Works without internet. The event is sent when you are online again.
editor-quick-date = Date
editor-quick-start = Starts at
editor-quick-end = Ends at
editor-quick-save = Save event
editor-quick-missing = Fill in the title, the date and the times.
editor-service-name = Name
editor-service-description = What it is
editor-service-eligibility = Who can come
editor-service-documents = What to bring
editor-service-status = Status
editor-service-status-active = Open
editor-service-status-temporarily-closed = Temporarily closed
editor-service-status-closed = Closed for good
editor-service-organization = Organisation that runs it
editor-service-categories = Categories
editor-service-target-groups = Who it is for
editor-service-open-to-all = Open to everyone, whatever their papers
editor-service-fee = Price, if it is not free
editor-service-languages = Languages the staff speak
editor-service-language-other = Another language
editor-service-language-hint = Its language code, for example ti, prs or pt-BR.
editor-service-language-add = Add language
editor-service-language-invalid = This is not a language code. Write a code such as ti, prs or pt-BR.
editor-service-contacts = Contact
editor-service-phones = Phone numbers
editor-service-phone = Phone number { $number }
editor-service-phone-new = New phone number
editor-service-phone-add = Add phone number
editor-service-phone-remove = Remove { $phone }
editor-service-phone-invalid = Write a phone number: digits, spaces and + only. For example +32 4 123 45 67.
editor-service-email = Email
editor-service-email-invalid = This is not an email address. For example: info@example.org
editor-service-website = Website
editor-service-website-invalid = Write the full address, starting with https://
editor-service-verified = Last checked
editor-service-verified-never = Nobody has checked this service yet.
editor-service-verified-value = Checked on { $date } by { $name }
editor-service-verify = Checked today
editor-service-locations = Places
editor-service-location = Place { $number }
editor-service-location-none = No place yet.
editor-service-location-add = Add a place
editor-service-location-remove = Remove this place
editor-location-region = Region
editor-location-country = Country (two letters, for example BE)
editor-location-country-invalid = Write the two-letter country code, for example BE.
editor-location-latitude = Latitude (optional)
editor-location-longitude = Longitude (optional)
editor-location-latitude-invalid = Write a number from -90 to 90, for example 50.63.
editor-location-longitude-invalid = Write a number from -180 to 180, for example 5.57.
editor-location-outreach = They also go to people (mobile or outreach work)
editor-service-schedules = Opening hours
editor-schedule = Hours { $number }
editor-schedule-none = No opening hours yet.
editor-schedule-add = Add opening hours
editor-schedule-remove = Remove these hours
editor-schedule-days = Days
editor-schedule-rule-hint = Only for what the days cannot say, for example FREQ=MONTHLY;BYDAY=1TU for the first Tuesday of each month. Leave it empty to use the days.
editor-schedule-rule-invalid = This rule cannot be used. Write a rule such as FREQ=WEEKLY;BYDAY=MO,TU, without “RRULE:”.
editor-schedule-opens = Opens at
editor-schedule-closes = Closes at
editor-schedule-overnight = Closes the next day (open past midnight)
editor-schedule-times-invalid = The closing time must be after the opening time. For hours past midnight, tick “Closes the next day”.
editor-schedule-valid-from = From (optional)
editor-schedule-valid-to = Until (optional)
editor-schedule-valid-invalid = The end date must not be before the start date.
editor-schedule-closed-dates = Closed on
editor-schedule-closed-date-label = A day it is closed
editor-schedule-closed-date-add = Add closed day
editor-schedule-closed-date-remove = Open again on { $date }
# $days: weekdays such as "Mon, Wed" (or a rule); $hours: such as "09:00–12:30".
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, by appointment
editor-schedule-no-days = No days chosen
editor-schedule-no-hours = no hours yet
editor-new-service = New service
editor-new-service-hint = Start with the name. You fill in the rest on the next screen. Works without internet.
editor-new-service-create = Create service
editor-new-service-missing = Write the name of the service.
editor-publishing = Publishing
editor-publish-hint = Readers see the published version only. Your later changes stay drafts until you publish again.
editor-publish = Publish this version
editor-unpublish = Unpublish
editor-published = Published. Readers now see this version.
# An item readers do not see as it is on this device: on the dashboard's rows, and on its screen.
editor-draft-badge = Unpublished draft
editor-publication-published = Published: readers see this version.
editor-publication-draft = Unpublished draft: readers see the last published version until this one is published.
editor-publication-unpublished = Unpublished draft: readers do not see this item until it is published.
editor-unpublished = Unpublished. Readers no longer see it.
editor-publish-not-synced = The server does not have this version yet. Wait until it is synced, then publish.
editor-publish-offline = You are offline. Publish when you are online again.
# Publishing refused: the version is not (yet) a valid item of its kind (half-synced or half-written).
editor-publish-not-publishable = Not published: this version is not a complete item yet. Wait until it is synced, check its fields, then publish again.
# Publishing refused: $field is the field to correct, as the content model names it (contacts.website, body, schedules[0].rrule).
editor-publish-invalid-content = Not published: correct { $field } first.
editor-publish-link-invalid = A link must go to a page of this site (starting with one /) or to a full address starting with https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Preview: what readers will see
editor-preview-hint = The version readers see now, compared with your draft. Publish to show them the draft.
editor-preview-not-published = Not published yet: readers see nothing. Publishing shows them this:
# $when: the date and time of publishing.
editor-preview-same = Readers see exactly this version (published { $when }).
editor-preview-changed =
    { $count ->
        [one] One field differs from what readers see (published { $when }):
       *[other] { $count } fields differ from what readers see (published { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] One field unchanged
       *[other] { $count } fields unchanged
    }
editor-preview-unknown = Connect to the internet once to see what readers see.
editor-preview-unavailable = This device does not have the published version yet. Wait until it is synced.
# Read out by screen readers before removed and added words.
editor-diff-removed = Removed:
editor-diff-added = Added:
# The history of an item: who changed which field, and when.
editor-history = History
editor-history-hint = Who changed what, and when. You can bring back an earlier value.
editor-history-none = No changes yet.
editor-history-unknown-author = Imported
# $field: the technical name of a field that has no label here.
editor-history-other-field = Other detail ({ $field })
editor-history-restore = Bring back this value
editor-history-current = This is the current value.
editor-history-empty = (empty)
editor-history-yes = Yes
editor-history-no = No
editor-history-field-order = Position in the list of articles
editor-translate-link = Translate
# The dashboard's link to the readers' suggestions; $count: how many are open.
editor-suggestions-link = Suggestions from readers
editor-suggestions-open = Open: { $count }
editor-translate-title = Translations
editor-translate-no-languages = You have no language to translate into in this city.
editor-translate-language = Into
editor-translate-status = Show
editor-translate-all = Everything
editor-translate-back = Back to the translations
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } of { $total } up to date
editor-status-missing = Missing
editor-status-outdated = Outdated
editor-status-machine = Machine translation
editor-status-up-to-date = Up to date
# A translation with some of the item's texts still empty (readers would see those in another language).
editor-status-incomplete = Partly translated
# The translation screen of an outdated translation: what changed in the source since.
editor-translate-source-changed = The source changed since this translation was made. What changed is marked above each box.
editor-translate-source-changed-unknown = The source changed since this translation was made. This device cannot show what changed: compare each text with the source.
editor-translate-what-changed = Changed in the source:
# The last step of a translation: mark it as done, then an editor publishes it.
editor-translate-finish = Finish
# $count: how many of the item's texts have no translation yet.
editor-translate-left = Texts still to translate: { $count }
editor-translate-all-translated = Every text is translated. Check it against the source, then mark it as done.
editor-translate-done = Mark as done
editor-translate-not-done = Translate every text first. Still empty: { $count }
editor-translate-marked-done = Marked as done. It is saved on this device and goes to the server with your other changes.
editor-translate-publish = Publish the translation
editor-translate-publish-hint = Readers see the translation once it is published, with the version of the item they see now.
editor-translate-editor-publishes = Readers see the translation once an editor publishes it.
editor-translate-publish-not-done = Mark the translation as done first.
editor-translate-item-unpublished = The item itself is not published yet. Readers see the translation when it is.
editor-translate-published = Published. Readers now see this translation.
editor-field-name = Name
editor-field-title = Title
editor-field-description = Description
editor-field-body = Text
editor-field-eligibility = Who can come
editor-field-documents_needed = What to bring
editor-field-fee = Cost
editor-field-accessibility = Access
editor-field-notes = Notes on the hours

## Guide articles and city settings

editor-new-article = New article
editor-settings-link = City settings
editor-articles = Guide articles
# $title: the article's (or category's) title, for screen readers.
editor-move-up = Move up
    .aria-label = Move up: { $title }
editor-move-down = Move down
    .aria-label = Move down: { $title }
editor-article-title = Title
editor-article-body = Text
editor-article-markdown-hint = Formatting: an empty line between paragraphs; “## ” at the start of a line for a heading; “- ” or “1. ” for a list; a link as [words](https://example.org).
editor-article-parent = Goes under
editor-article-top-level = Top level (under no article)
editor-article-notice = Notice on the home page until (optional)
editor-article-notice-hint = Until this date, the guide's home page shows the article as a notice from the city. Leave it empty for a normal article.
editor-hint-title-article = Say what it is about, in a few words. For example: Your first days.
editor-article-create = Create article
editor-article-title-missing = Write a title first.
editor-article-cannot-create = Only editors can add articles.
editor-settings-title = City settings
editor-settings-live = Changes here show to readers at once. There is no publishing step.
editor-settings-read-only = You cannot change the city settings. Only editors can.
editor-categories = Categories
editor-categories-hint = Readers see the categories in this order. Where a name is empty, readers see the name in the fallback language.
editor-category-icon = Icon
# $language: a language's name in itself; $tag: its code (ar).
editor-category-name = Name in { $language } ({ $tag })
editor-category-add-title = New category
editor-category-add-name = Name in { $language }
editor-category-add = Add category
editor-category-name-missing = Write the category's name first.
editor-category-remove-question = Remove “{ $name }”? Services that use it: { $count }.
# $name: the category or language to remove, for screen readers.
editor-remove = Remove
    .aria-label = Remove: { $name }
editor-remove-confirm = Yes, remove “{ $name }”
editor-remove-cancel = Cancel
editor-icon-heart = Heart
editor-icon-house = House
editor-icon-scales = Scales
editor-icon-briefcase = Briefcase
editor-icon-book = Book
editor-icon-family = Family
editor-icon-bowl = Bowl
editor-icon-people = People
editor-icon-woman = Woman
editor-icon-star = Star
editor-icon-search = Magnifying glass
editor-icon-calendar = Calendar
editor-icon-clock = Clock
editor-icon-pin = Map pin
editor-icon-phone = Phone
editor-icon-share = Share
editor-icon-print = Printer
editor-icon-speaker = Speaker
editor-icon-article = Document
editor-icon-offline = No connection
editor-icon-check = Check mark
editor-icon-flag = Flag
editor-languages = Languages
editor-languages-hint = The languages readers can choose. A text not yet translated shows in the language's fallback.
editor-language-direction = Writing direction
editor-direction-ltr = Left to right
editor-direction-rtl = Right to left
editor-language-source = The source language: items are written in it first.
editor-language-fallback = Fallback language
editor-language-fallback-hint = What readers of this language see where a text is not translated yet.
editor-language-no-fallback = None
editor-language-fallback-cycle = That makes a loop: that language already falls back to this one. Choose another.
editor-language-remove-question = Remove { $language }? Its readers will choose another language. Its translations stay stored.
editor-language-add-title = New language
editor-language-add-tag = Language tag (BCP 47)
editor-language-add-hint = For example: ti (Tigrinya), pt-BR (Portuguese of Brazil).
editor-language-add = Add language
editor-language-invalid = “{ $tag }” is not a language tag. Write a tag such as ti or pt-BR.
editor-language-present = The city already has { $language }.

## The multivoiced archive: accounts of arrival by people who lived them, each voice side by side

# Readers
reader-archive-title = Voices of arrival
reader-archive-intro = Accounts by people who came to this city, in their own words. Each voice is its own; none is the official version.
reader-archive-link = Read the voices of arrival
reader-archive-empty = Nothing has been published here yet.
reader-archive-unavailable = The voices could not be loaded. Try again later.
reader-archive-offline = You are offline. The voices of arrival need a connection.
# The author of a voice chose not to be named.
reader-archive-anonymous = Anonymous
reader-archive-speaks-about = It speaks about:
# $language: the language the voice was spoken or written in. Translators are not named to readers.
reader-archive-translated = Translated from { $language } by the group
reader-archive-in-language = In { $language }
reader-archive-original = Show the original words
reader-archive-recording =
    .aria-label = Recording of this voice
# The editing app: an archive group's work
archive-page-title = Archive
# $group: the archive group's short name.
archive-title = Archive of the group { $group }
archive-open = Open the archive
archive-not-member = You are not a member of this archive group.
archive-intro = Accounts of arrival, written and recorded by the group. Each voice stays its author's: only they decide who sees it and how they are named.
archive-entries = Entries
archive-no-entries = No entries yet.
archive-voice-count =
    { $count ->
        [one] { $count } voice
       *[other] { $count } voices
    }
archive-state-published = Published
archive-state-unpublished = Not published
archive-theme = Theme
archive-guide-links = Guide pages it speaks about
archive-theme-arrival = Arrival
archive-theme-first-contact-with-services = First contact with services
archive-theme-housing = Housing
archive-theme-work = Work
archive-theme-family = Family
archive-theme-belonging = Belonging
archive-theme-the-future = The future
archive-theme-other = Other
archive-entry-title = Title
archive-entry-title-missing = Write a title.
archive-cities = Cities it speaks about
archive-cities-hint = Once published, readers of these cities' guides can read it.
archive-new-entry = New entry
archive-new-entry-create = Create the entry
archive-back = Back to the archive
archive-entry-missing = This entry is not on this device yet. If it was just made, wait until it is synced.
archive-voices = Voices
archive-no-voices = No voice yet.
archive-add-voice = Add my voice
archive-add-voice-hint = Write in your own words, record yourself, or both. It is saved on this device at once and sent when you are online.
archive-voice-language = The language you speak in
archive-add-voice-create = Add my voice
archive-voice-yours = Your voice
# $name: the author's name as the group knows it.
archive-voice-of = Voice of { $name }
archive-voice-unknown = A voice of the group
# $language: the language's name.
archive-voice-in = In { $language }
archive-voice-text = Words
archive-voice-text-hint = What was written, or the transcript of the recording.
archive-recording = Recording
archive-record = Record
archive-record-stop = Stop
archive-record-discard = Discard the recording
archive-record-play =
    .aria-label = Play back the recording
archive-recording-none = No recording.
archive-recording-recording = Recording…
archive-recording-waiting = Recorded, waiting to upload. It is kept on this device until then.
archive-recording-uploaded = Uploaded.
archive-recording-refused-too-large = This recording is too large: the archive takes up to 25 MB. Record a shorter one, or choose a smaller file.
archive-recording-refused-wrong-type = The archive does not take this file: it takes WebM or Ogg audio only.
archive-audio-file = Or choose an audio file from this device
archive-audio-file-hint = WebM or Ogg audio, up to 25 MB. Its title and other tags are removed when it is uploaded.
archive-recording-no-microphone = No microphone could be used. Allow this site to use the microphone, or write your words instead.
archive-photo = Photo
archive-photo-choose = Add a photo
archive-photo-hint = JPEG, PNG or WebP, up to 10 MB. Its location (GPS) and camera details are removed when it is uploaded.
archive-photo-description = What the photo shows (for people who cannot see it)
archive-photo-remove = Remove the photo
archive-photo-none = No photo.
archive-photo-waiting = Waiting to upload. It is kept on this device until then.
archive-photo-uploaded = Uploaded, without its location and camera details.
archive-photo-refused-too-large = This photo is too large: the archive takes photos up to 10 MB.
archive-photo-refused-wrong-type = The archive does not take this file: it takes JPEG, PNG or WebP photos only.
archive-translations = Translations
archive-translation-language = Translate into
archive-translation-add = Add a translation
# $language: the translation's language; $by: who translated it.
archive-translation-text = Translation into { $language }, by { $by }
archive-translation-text-own = Translation into { $language }, by the voice's author
archive-consent-title = Your consent
archive-consent-unavailable = You can choose who sees your voice once it has reached the server (when you are online). Until then only the group sees it, without your name.
archive-consent-visibility = Who may see your voice
archive-visibility-group = Only the group
archive-visibility-city-editors = The group and the city's editors
archive-visibility-public = Everyone, once a moderator publishes the entry
archive-consent-naming = How you are named
# $name: the account's name.
archive-naming-name = By my name ({ $name })
archive-naming-pseudonym = By a pseudonym
archive-naming-anonymous = Not at all (anonymous)
archive-pseudonym = Pseudonym
archive-pseudonym-missing = Write the pseudonym you want to be named by.
archive-consent-save = Save my choice
archive-consent-saving = Saving…
archive-consent-saved = Saved.
archive-consent-offline = Not saved: you are offline. Try again when you are online.
archive-consent-withdrawn = This voice is withdrawn.
archive-consent-failed = Not saved. Try again later.
archive-withdraw = Withdraw my voice
archive-withdraw-explained = Withdrawing your voice removes it for good: no one in the group, no editor and no reader will see it again, and the server erases it. It cannot be brought back.
archive-withdraw-cannot-undo = It cannot take back copies others already downloaded, saved or printed while it was shown to them.
archive-withdraw-confirm = Withdraw it for good
archive-withdraw-cancel = Keep my voice
archive-publish = Publish the entry
archive-unpublish = Unpublish
archive-publish-hint = Readers see only the voices whose authors chose “everyone”, named as each chose.
archive-published = Published. Readers now see the voices shared with the public.
archive-unpublished = Unpublished. Readers no longer see it.
archive-publish-refused = Not published: no author has shared their voice with the public yet (or the entry has no title).
archive-publish-not-synced = The server does not have this entry yet. Wait until it is synced, then publish.
archive-publish-failed = Not published. Try again later.
archive-export = Download the group's archive
archive-export-hint = A zip file with every voice's words (Markdown), the recordings and a list of entries, voices, languages and consent. Withdrawn voices are never in it; an anonymous voice has no name in it. Share it only as each voice's consent allows.

## Dates
# Dates are always in the Gregorian calendar. Where the browser has no calendar data for the
# language, they are written with these messages (made from CLDR).
# A month's name in a date ("5 December").
date-month =
    { $month ->
     [jan] January
     [feb] February
     [mar] March
     [apr] April
     [may] May
     [jun] June
     [jul] July
     [aug] August
     [sep] September
     [oct] October
     [nov] November
    *[dec] December
    }
# A month's name on its own, before the year ("December 2026").
date-month-alone =
    { $month ->
     [jan] January
     [feb] February
     [mar] March
     [apr] April
     [may] May
     [jun] June
     [jul] July
     [aug] August
     [sep] September
     [oct] October
     [nov] November
    *[dec] December
    }
date-weekday =
    { $weekday ->
     [mon] Monday
     [tue] Tuesday
     [wed] Wednesday
     [thu] Thursday
     [fri] Friday
     [sat] Saturday
    *[sun] Sunday
    }
# $weekday and $month are the names above, $day the day of the month.
date-day = { $weekday }, { $month } { $day }
date-full = { $month } { $day }, { $year }
# $month is date-month-alone.
date-month-year = { $month } { $year }
# A day and a time or hours on it: "Saturday, December 5 at 2:00 – 4:00 PM".
date-day-time = { $day } at { $time }
# Between two opening hours on one day ("9:00 – 12:00, 14:00 – 17:00"), spaces included.
date-list-separator = { ", " }
date-just-now = this minute
date-minutes-ago =
    { $count ->
     [one] { $count } minute ago
    *[other] { $count } minutes ago
    }
date-hours-ago =
    { $count ->
     [one] { $count } hour ago
    *[other] { $count } hours ago
    }
date-days-ago =
    { $count ->
     [1] yesterday
     [one] { $count } day ago
    *[other] { $count } days ago
    }
