# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Bengali, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = নতুন আসা মানুষদের জন্য স্থানীয় গাইড। সবাই মিলে লেখা, ইন্টারনেট ছাড়াও পড়া যায়।
skip-to-content = মূল অংশে যান
nav-main =
    .aria-label = প্রধান মেনু
nav-cities = সব শহর
nav-status = সিঙ্কের অবস্থা
nav-sign-in = সাইন ইন
nav-edit = গাইড সম্পাদনা করুন
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = আপনার অ্যাকাউন্ট: { $name }
page-title = { $page } · { app-name }
language-label = ভাষা

## Choosing a guide

reader-choose-city-title = আপনার শহর বেছে নিন
reader-choose-language-title = আপনার ভাষা বেছে নিন
reader-choose-offline = আপনি অফলাইনে আছেন। গাইড ডাউনলোড করতে একবার ইন্টারনেটে যুক্ত হন।
reader-kept-guides = এই ফোনে থাকা গাইড
reader-choose-city = অন্য শহর বা ভাষা বেছে নিন
reader-choose-language-city = { $city } গাইডের ভাষা বেছে নিন
reader-language-not-offered = { $city } গাইড এই ভাষায় লেখা নয়: { $language }। যে ভাষাগুলোতে এটি লেখা, তার একটি বেছে নিন:
reader-open-guide = গাইড খুলুন
reader-loading = লোড হচ্ছে…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = গাইড
reader-nav-home = হোম
reader-nav-articles = প্রয়োজনীয় তথ্য
reader-nav-events = অনুষ্ঠান
reader-nav-search = খুঁজুন
reader-sample-city = এটি বানানো তথ্য দিয়ে তৈরি একটি নমুনা শহর, { app-name } চালিয়ে দেখার জন্য।
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = ইন্টারনেট ছাড়াও পাওয়া যায়, হালনাগাদ: { $ago }
reader-offline-now = আপনি অফলাইনে আছেন। এই গাইড হালনাগাদ হয়েছে { $ago }।
reader-guide-language = গাইডের ভাষা
reader-print-link = এই গাইড প্রিন্ট করুন
reader-offline-banner = আপনি অফলাইনে আছেন। আপনি এই ফোনে সংরক্ষিত কপিটি পড়ছেন।
reader-language-shown-in = { $city } গাইড এই ভাষায় লেখা নয়: { $language }। এর লেখাগুলো এই ভাষায় দেখানো হচ্ছে: { $guide }।
reader-text-size = লেখার আকার
reader-text-size-normal = স্বাভাবিক
reader-text-size-large = বড়
reader-text-size-larger = খুব বড়
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] এখনো অনুবাদ হয়নি: কিছু অংশ এই ভাষায় দেখানো হচ্ছে: { $languages }।
       *[other] এখনো অনুবাদ হয়নি: কিছু অংশ এই ভাষাগুলোতে দেখানো হচ্ছে: { $languages }।
    }
reader-problem-offline-title = এই গাইড এখনো এই ফোনে নেই
reader-problem-offline = একবার ইন্টারনেটে যুক্ত হন। তারপর গাইড ইন্টারনেট ছাড়াও চলবে।
reader-offline-missing = আপনি অফলাইনে আছেন।
reader-problem-unknown-city-title = শহর পাওয়া যায়নি
reader-problem-unknown-city = এখানে এই শহরের কোনো গাইড নেই।
reader-problem-unknown-language-title = ভাষাটি পাওয়া যায় না
reader-problem-unknown-language = এই গাইড এই ভাষায় নেই। এই ভাষাগুলোর একটি বেছে নিন:
reader-problem-server-title = গাইড লোড করা যায়নি
reader-problem-server = সার্ভারে একটি সমস্যা হয়েছে। পরে আবার চেষ্টা করুন।
reader-meta-description = নতুনদের জন্য { $city }-এর গাইড: কোথায় সাহায্য, সেবা, প্রয়োজনীয় তথ্য ও অনুষ্ঠান পাবেন, আপনার ভাষায়, ইন্টারনেট ছাড়াও।
reader-meta-description-page = { $page }, নতুনদের জন্য { $city }-এর গাইডে: সাহায্য, সেবা, তথ্য ও অনুষ্ঠান আপনার ভাষায়, ইন্টারনেট ছাড়াও।

## Guide home

reader-home-title = { $city } গাইড
reader-notices = শহরের খবর
reader-categories = আপনার কী দরকার?
reader-category-count =
    { $count ->
        [one] একটি জায়গা
       *[other] { $count }টি জায়গা
    }
reader-this-week = এই সপ্তাহে
reader-no-events-this-week = আগামী সাত দিনে কোনো অনুষ্ঠান নেই।
reader-all-events = সব অনুষ্ঠান
reader-topics = তথ্য
reader-kept-languages = এই ফোনে
reader-kept-languages-hint = এই ফোনে রাখা ভাষাগুলোতে গাইড ইন্টারনেট ছাড়াও চলে।
reader-kept-current = রাখা আছে (আপনি এটি পড়ছেন)
reader-kept-add = এই ভাষাও রাখুন: { $language }
reader-kept-remove = এই ফোন থেকে সরান: { $language }
reader-published-on = প্রকাশিত: { $date }
reader-kept-waiting = আপনি অফলাইনে আছেন। ফোন আবার অনলাইনে এলে এই ভাষাও সংরক্ষিত হবে: { $language }

## Services

reader-service-title = সেবা
reader-status-temporarily-closed = সাময়িকভাবে বন্ধ।
reader-status-closed = এই সেবা বন্ধ হয়ে গেছে।
reader-open-now = এখন খোলা, বন্ধ হবে { $time }-এ
reader-open-now-all-day = এখন খোলা, ২৪ ঘণ্টা
reader-open-all-day = ২৪ ঘণ্টা খোলা
reader-opens-today = এখন বন্ধ। আজ খুলবে { $time }-এ
reader-opens-tomorrow = এখন বন্ধ। আগামীকাল খুলবে { $time }-এ
reader-opens-on = এখন বন্ধ। খুলবে { $day }, { $time }-এ
reader-by-appointment = অ্যাপয়েন্টমেন্ট নিয়ে
reader-no-hours-soon = আগামী কয়েক দিন খোলা নেই
reader-hours-unknown = খোলার সময় জিজ্ঞেস করুন
reader-open-to-all = সবার জন্য খোলা, আপনার কাগজপত্র থাকুক বা না থাকুক
reader-for-whom = কাদের জন্য
reader-eligibility = কারা আসতে পারেন
reader-cost = খরচ
reader-free = বিনামূল্যে
reader-not-free = বিনামূল্যে নয়
reader-languages = ভাষা
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = দোভাষীর ব্যবস্থা করা যায়।
reader-documents = কী সঙ্গে আনবেন
reader-hours = খোলার সময়
reader-today = আজ
reader-tomorrow = আগামীকাল
reader-closed-day = বন্ধ
reader-appointment-note = (অ্যাপয়েন্টমেন্ট নিয়ে)
reader-where = কোথায়
reader-outreach = তাঁদের কোথায় পাবেন (তাঁরা আপনার কাছেও আসেন)
reader-open-map = আমার ম্যাপ অ্যাপে খুলুন
reader-open-web-map = openstreetmap.org-এ মানচিত্র খুলুন
reader-contact = যোগাযোগ
reader-call = কল করুন: { $phone }
reader-email = লিখুন: { $email }
reader-website = ওয়েবসাইট: { $site }
reader-share = শেয়ার করুন
reader-share-copied = লিংক কপি হয়েছে
reader-last-checked = শেষ যাচাই: { $date }
reader-listen = শুনুন
reader-listen-stop = থামান
reader-target-everyone = সবাই
reader-target-asylum-seekers-and-refugees = আশ্রয়প্রার্থী ও শরণার্থী
reader-target-temporary-protection = অস্থায়ী সুরক্ষা পাওয়া মানুষ
reader-target-undocumented-residents = কাগজপত্র ছাড়া মানুষ
reader-target-women = নারী
reader-target-unaccompanied-minors = ১৮ বছরের কম বয়সী একা থাকা কিশোর-কিশোরী
reader-target-children = শিশু
reader-target-students = শিক্ষার্থী

## Articles

reader-articles-title = প্রয়োজনীয় তথ্য
reader-articles-below = এ বিষয়ে আরও
reader-breadcrumbs =
    .aria-label = আপনি এখানে আছেন

## Events

reader-events-title = অনুষ্ঠান
reader-events-later = পরে
reader-no-events = আগামী কয়েক সপ্তাহে কোনো অনুষ্ঠান নেই।
reader-event-cancelled = বাতিল
reader-event-when = কখন
reader-event-next-dates = পরের তারিখগুলো
reader-event-past = এই অনুষ্ঠান শেষ হয়ে গেছে।
reader-organizer = আয়োজক
reader-open-to-residents = সবাই, নতুন আসা মানুষ ও পুরনো বাসিন্দা
reader-add-to-calendar = আমার ক্যালেন্ডারে যোগ করুন
reader-register = নাম নিবন্ধন করুন
reader-online-link = অনলাইনে যোগ দিন
reader-subscribe = শহরের অনুষ্ঠানগুলো আমার ক্যালেন্ডারে পান
reader-feed-link = সব অনুষ্ঠান ডাউনলোড করুন (iCalendar)
reader-events-by-month = পরের অনুষ্ঠান, মাস অনুযায়ী
reader-no-later-events = পরের কোনো অনুষ্ঠান এখনও জানা নেই।
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count }টি অনুষ্ঠান
       *[other] { $month }: { $count }টি অনুষ্ঠান
    }
reader-no-events-month = এই মাসে কোনো অনুষ্ঠান নেই।
reader-events-bad-month = এই ঠিকানায় কোনো মাস নেই (এটি ?month=2027-01 দিয়ে শেষ হওয়া উচিত)। এই হলো আগামী সপ্তাহগুলো।
reader-events-known-until = এই ফোন { $date } পর্যন্ত অনুষ্ঠানগুলো জানে। আরও দেখতে পরে অনলাইনে গাইডটি খুলুন।
reader-events-coming-weeks = আগামী চার সপ্তাহ
reader-events-month-before = আগে: { $month }
reader-events-month-after = পরে: { $month }
reader-feed-heading = আপনার ক্যালেন্ডার অ্যাপে

## Search

reader-search-title = খুঁজুন
reader-search-label = গাইডে খুঁজুন
reader-search-button = খুঁজুন
reader-search-count =
    { $count ->
        [0] “{ $query }”-এর জন্য কিছু পাওয়া যায়নি।
        [one] “{ $query }”-এর জন্য একটি ফলাফল।
       *[other] “{ $query }”-এর জন্য { $count }টি ফলাফল।
    }
reader-kind-service = সেবা
reader-kind-article = তথ্য
reader-kind-event = অনুষ্ঠান

## Print version

reader-print-title = প্রিন্টের জন্য গাইড
reader-print-heading = { $city } গাইড
reader-print-date = প্রিন্টের তারিখ: { $date }। তথ্য বদলায়: অনলাইন গাইডও দেখে নিন।
reader-print-button = প্রিন্ট করুন
reader-print-address = এই গাইড অনলাইনে, সবসময় হালনাগাদ:
reader-print-qr = QR কোড: এই গাইড অনলাইনে
reader-print-other-days = কিছু সময় অন্য দিনে (কয়েক সপ্তাহ পরপর বা মাসে একবার): অনলাইন গাইড দেখুন।

## Suggest a correction

reader-suggest-link = সংশোধনের প্রস্তাব দিন
reader-suggest-title = সংশোধনের প্রস্তাব দিন
reader-suggest-about = বিষয়:
reader-suggest-privacy = আপনার পরিচয় গোপন থাকবে। আমরা আপনার নাম বা আপনার সম্পর্কে কিছুই জিজ্ঞেস করি না।
reader-suggest-topic = কী ভুল আছে?
reader-suggest-message = আমাদের কী জানা দরকার?
reader-suggest-message-hint = দয়া করে আপনার নাম, ফোন নম্বর বা অন্য কোনো ব্যক্তিগত তথ্য লিখবেন না।
reader-suggest-send = পাঠান
reader-suggest-need-topic = কী ভুল তা বেছে নিন।
reader-suggest-need-message = কী ভুল সে সম্পর্কে কয়েকটি কথা লিখুন।
reader-suggest-sent = ধন্যবাদ। গাইডের সম্পাদকরা এটি দেখবেন।
reader-suggest-queued = ধন্যবাদ। আপনি অফলাইনে আছেন: আবার অনলাইনে এলে এটি পাঠানো হবে।
reader-suggest-refused = ধন্যবাদ, কিন্তু এটি পাঠানো যায়নি: হয়তো পাতাটি সরিয়ে ফেলা হয়েছে।
reader-back-to-guide = গাইডে ফিরে যান

## Status page

status-title = সিঙ্কের অবস্থা
status-connection-label = সার্ভারের সাথে সংযোগ
status-connected = সংযুক্ত
status-connecting = সংযোগ হচ্ছে…
status-offline = অফলাইন
status-offline-hint = আপনি অফলাইনে আছেন। পরিবর্তনগুলো এই ডিভাইসেই থাকে। আবার অনলাইনে এলে পাঠানো হবে।
status-waiting =
    { $count ->
        [0] এই ডিভাইসে পাঠানোর অপেক্ষায় কিছু নেই।
        [1] একটি পরিবর্তন এই ডিভাইসে সংরক্ষিত আছে, পাঠানোর অপেক্ষায়।
       *[other] এই ডিভাইসে সংরক্ষিত, পাঠানোর অপেক্ষায় থাকা পরিবর্তন: { $count }।
    }
status-signed-out = সাইন ইন করা নেই
status-signed-out-hint = শুধু সাইন ইন করা সম্পাদকরা সার্ভারের সাথে নথি সিঙ্ক করেন। গাইড পড়তে কোনো অ্যাকাউন্ট লাগে না।
status-sign-in = সিঙ্ক করতে সাইন ইন করুন

## Not found

not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-body = এই ঠিকানায় কিছু নেই।
not-found-home = হোম পৃষ্ঠায় যান

## Forms and errors shared by the pages

passphrase-show = পাসওয়ার্ড দেখান
error-offline = সার্ভারে পৌঁছানো যায়নি। আপনার সংযোগ দেখুন এবং আবার চেষ্টা করুন।
error-server = সার্ভারে একটি সমস্যা হয়েছে। পরে আবার চেষ্টা করুন।
error-bad-request = সার্ভার এটি গ্রহণ করেনি। আপনি যা লিখেছেন তা দেখুন এবং আবার চেষ্টা করুন।
error-forbidden = আপনার এটি করার অনুমতি নেই।
error-unauthenticated = আপনি সাইন আউট হয়ে গেছেন। চালিয়ে যেতে আবার সাইন ইন করুন।
error-unexpected = কিছু একটা সমস্যা হয়েছে। আবার চেষ্টা করুন।
error-page-not-loaded = এই পৃষ্ঠাটি খোলা যায়নি। আপনার সংযোগ দেখুন এবং আবার চেষ্টা করুন।
error-too-many-attempts-seconds =
    অনেক বেশি চেষ্টা হয়েছে। { $seconds ->
        [one] এক সেকেন্ড
       *[other] { $seconds } সেকেন্ড
    } পরে আবার চেষ্টা করুন।
error-too-many-attempts-minutes =
    অনেক বেশি চেষ্টা হয়েছে। { $minutes ->
        [one] এক মিনিট
       *[other] { $minutes } মিনিট
    } পরে আবার চেষ্টা করুন।

## Roles

-role-volunteer = স্বেচ্ছাসেবক
-role-translator = অনুবাদক
-role-editor = সম্পাদক
-role-group_member = দলের সদস্য
-role-group_moderator = দলের পরিচালক
-role-city_admin = শহরের প্রশাসক
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
        [group] { role-name }, দল “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant }, { $city }
role-label = ভূমিকা
role-group-label = দল
role-group-hint = এই শহরে আপনি যে আর্কাইভ দলগুলো পরিচালনা করেন তার একটি।
role-group-missing = একটি দল বেছে নিন।
role-group-unknown = এই শহরে এই ছোট নামে কোনো আর্কাইভ দল নেই।
role-languages-label = ভাষা
role-languages-hint = ভাষার কোড, কমা দিয়ে আলাদা করা। যেমন: ar, uk, fa-AF।
role-languages-missing = অন্তত একটি ভাষার কোড লিখুন।
role-languages-invalid = এগুলোর একটি ভাষার কোড নয়। ar, uk বা fa-AF-এর মতো কোড ব্যবহার করুন।

## Sign-in page

sign-in-title = সাইন ইন
sign-in-intro = স্বেচ্ছাসেবক, সম্পাদক, অনুবাদক ও শহরের কর্মীদের জন্য। গাইড পড়তে কোনো অ্যাকাউন্ট লাগে না।
sign-in-name = নাম
sign-in-passphrase = পাসওয়ার্ড
sign-in-submit = সাইন ইন
sign-in-name-missing = আপনার নাম লিখুন।
sign-in-passphrase-missing = আপনার পাসওয়ার্ড লিখুন।
sign-in-invalid = নাম বা পাসওয়ার্ড ভুল।
sign-in-no-account = অ্যাকাউন্ট নেই? অ্যাকাউন্ট শুধু আমন্ত্রণে তৈরি হয়। আপনার শহরের প্রশাসকের কাছে একটি লিংক চান।
sign-in-already = আপনি { $name } নামে সাইন ইন করে আছেন।
sign-in-continue = চালিয়ে যান
sign-in-account = আপনার অ্যাকাউন্ট

## Invitation page

invite-title = আমন্ত্রণ
invite-loading = আমন্ত্রণ যাচাই করা হচ্ছে…
invite-not-found = এই আমন্ত্রণ লিংকটি কাজ করছে না। হয়তো এটি আগে ব্যবহার হয়েছে বা মেয়াদ শেষ হয়ে গেছে। যিনি আমন্ত্রণ জানিয়েছেন তাঁর কাছে নতুন একটি চান।
invite-home = হোম পৃষ্ঠায় যান
invite-for = আপনাকে { $city }-এ এই ভূমিকায় আমন্ত্রণ জানানো হয়েছে: { role-grant }।
invite-expires = এই আমন্ত্রণ { DATETIME($expires, dateStyle: "long", timeStyle: "short") } পর্যন্ত বৈধ।
invite-signed-in-note = আপনি { $name } নামে সাইন ইন করে আছেন। এই আমন্ত্রণ গ্রহণ করলে একটি নতুন অ্যাকাউন্ট তৈরি হবে এবং আপনি সেটি দিয়ে সাইন ইন করবেন।
invite-name = আপনার নাম
invite-name-hint = আপনার সাথে যাঁরা কাজ করেন তাঁরা এই নাম দেখবেন। এটি আপনার আসল নাম হতে হবে না: ছদ্মনামও চলবে।
invite-name-missing = একটি নাম বেছে নিন।
invite-name-too-long = নামটি খুব লম্বা: সর্বোচ্চ 64টি অক্ষর।
invite-name-taken = এই নামটি আগেই নেওয়া হয়েছে। অন্য একটি বেছে নিন।
invite-passphrase = পাসওয়ার্ড
invite-passphrase-hint = অন্তত 10টি অক্ষর। একে অপরের সাথে মেলে না এমন কয়েকটি শব্দ মনে রাখা সহজ, কিন্তু অনুমান করা কঠিন।
invite-passphrase-confirm = আবার পাসওয়ার্ড
invite-passphrase-too-short = পাসওয়ার্ড খুব ছোট: অন্তত 10টি অক্ষর।
invite-passphrase-too-long = পাসওয়ার্ড খুব লম্বা: সর্বোচ্চ 1024টি অক্ষর।
invite-passphrase-mismatch = দুটি পাসওয়ার্ড এক নয়।
invite-submit = আমার অ্যাকাউন্ট তৈরি করুন

## Account page

account-title = আপনার অ্যাকাউন্ট
account-loading = আপনার অ্যাকাউন্ট লোড হচ্ছে…
account-not-signed-in = আপনি সাইন ইন করা নেই।
account-signed-out = আপনি সাইন আউট করেছেন।
account-sign-in = সাইন ইন
account-signed-in-as = আপনি { $name } নামে সাইন ইন করে আছেন।
account-offline = আপনি অফলাইনে আছেন। এটুকুই ডিভাইস মনে রেখেছে। সেশন দেখতে ও সাইন আউট করতে সংযোগ লাগে।
account-roles-title = আপনার ভূমিকা
account-no-roles = আপনার এখনো কোনো ভূমিকা নেই।
account-manage-city = { $city } পরিচালনা
account-sessions-title = আপনি কোথায় সাইন ইন করে আছেন
account-sessions-loading = লোড হচ্ছে…
account-session-current = এই ডিভাইস
account-session-other = অন্য ডিভাইস
account-session-times = সাইন ইন: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, শেষ সক্রিয়: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = সাইন আউট
account-session-ended = ওই ডিভাইসটি সাইন আউট হয়েছে।
account-sign-out-everywhere = সব জায়গা থেকে সাইন আউট
account-sign-out = সাইন আউট

## City administration page

admin-title = শহর পরিচালনা
admin-heading = { $city } পরিচালনা
admin-loading = লোড হচ্ছে…
admin-offline = আপনি অফলাইনে আছেন। শহর পরিচালনা করতে সংযোগ লাগে।
admin-not-signed-in = শহর পরিচালনা করতে সাইন ইন করুন।
admin-sign-in = সাইন ইন
admin-not-admin = আপনি { $city }-এর প্রশাসক নন।
admin-invite-title = কাউকে আমন্ত্রণ জানান
admin-invite-intro = একটি আমন্ত্রণ লিংক একজনের জন্য। এটি একবারই কাজ করে, আর যে খোলে সে অ্যাকাউন্ট তৈরি করতে পারে। এটি গোপনে পাঠান।
admin-invite-submit = আমন্ত্রণ লিংক তৈরি করুন
admin-invite-created = আমন্ত্রণ লিংক তৈরি হয়েছে।
admin-invite-link-label = আমন্ত্রণ লিংক
admin-invite-about = ভূমিকা: { role-grant }। { DATETIME($expires, dateStyle: "long", timeStyle: "short") } পর্যন্ত বৈধ।
admin-invite-copy = লিংক কপি করুন
admin-invite-share = লিংক শেয়ার করুন
admin-invite-copied = লিংক কপি হয়েছে।
admin-invite-copy-failed = কপি করা যায়নি। লিংকটি নির্বাচিত আছে: নিজে কপি করুন।
admin-members-title = সদস্য
admin-members-none = এখনো কোনো সদস্য নেই।
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (আপনি)
       *[no] { $name }
    }
admin-member-revoked = প্রবেশাধিকার বাতিল
admin-member-no-roles = কোনো ভূমিকা নেই
admin-member-edit = ভূমিকা বদলান
admin-member-revoke = প্রবেশাধিকার বাতিল করুন
admin-roles-heading = { $name }-এর ভূমিকা
admin-role-remove = সরান
admin-role-add-title = একটি ভূমিকা যোগ করুন
admin-role-add = ভূমিকা যোগ করুন
admin-role-duplicate = এই ব্যক্তির ইতিমধ্যে এই ভূমিকা আছে।
admin-roles-save = ভূমিকা সংরক্ষণ করুন
admin-roles-cancel = বাতিল
admin-roles-saved = { $name }-এর ভূমিকা সংরক্ষিত হয়েছে।
admin-revoke-question = { $name }-এর প্রবেশাধিকার বাতিল করবেন?
admin-revoke-explain = { $name } সব ডিভাইস থেকে সাইন আউট হবেন এবং আর সাইন ইন করতে পারবেন না।
admin-revoke-confirm = প্রবেশাধিকার বাতিল করুন
admin-revoke-cancel = বাতিল
admin-revoked = { $name }-এর প্রবেশাধিকার বাতিল হয়েছে।

## Suggestions queue (editors)

suggestions-title = পাঠকদের প্রস্তাব
suggestions-heading = { $city }-এর জন্য প্রস্তাব
suggestions-intro = গাইডে কিছু ভুল থাকলে পাঠকরা নাম ছাড়াই এগুলো পাঠান। যাচাই করুন, দরকার হলে বিষয়টি ঠিক করুন, তারপর প্রস্তাবটিকে সম্পন্ন হিসেবে চিহ্নিত করুন।
suggestions-loading = লোড হচ্ছে…
suggestions-not-signed-in = পাঠকদের পাঠানো প্রস্তাব দেখতে সাইন ইন করুন।
suggestions-sign-in = সাইন ইন
suggestions-not-allowed = শুধু { $city }-এর সম্পাদক ও প্রশাসকরা এর প্রস্তাবগুলো দেখতে পারেন।
suggestions-unknown-city = “{ $city }” নামে কোনো শহর নেই।
suggestions-show-done = সম্পন্ন প্রস্তাবগুলোও দেখান
suggestions-list-title = প্রস্তাব
suggestions-none-open = কোনো খোলা প্রস্তাব নেই।
suggestions-none = এখনো কোনো প্রস্তাব নেই।
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = বিষয়: { $title }
suggestions-about-unpublished = এমন একটি বিষয় যা আর প্রকাশিত নেই
suggestions-about-guide = সাধারণভাবে গাইড সম্পর্কে
suggestions-no-message = পাঠক কোনো বার্তা লেখেননি।
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = পাওয়া গেছে: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · ভাষা: { LANGUAGES($language) }
suggestions-resolved = সম্পন্ন: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = সম্পন্ন হিসেবে চিহ্নিত করুন
suggestions-marked-done = প্রস্তাবটি সম্পন্ন হিসেবে চিহ্নিত হয়েছে।
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = এটি বন্ধ হয়ে গেছে বা আর নেই
suggestion-topic-hours = খোলার সময় ভুল
suggestion-topic-address = ঠিকানা ভুল
suggestion-topic-contact = ফোন নম্বর বা অন্য যোগাযোগ ভুল
suggestion-topic-translation = অনুবাদ ভুল বা নেই
suggestion-topic-other = অন্য কিছু

## Editing app

editor-page-title = গাইড সম্পাদনা
editor-title = সম্পাদনা: { $city }
editor-signed-out = গাইড সম্পাদনা করতে সাইন ইন করুন।
editor-progress = এই ডিভাইসে নথি: { $loaded } / { $total }
editor-filter = ফিল্টার
editor-events = অনুষ্ঠান
editor-services = সেবা
editor-new-event = নতুন অনুষ্ঠান
editor-back = তালিকায় ফিরে যান
editor-untitled = (এখনো কোনো শিরোনাম নেই)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] এই ডিভাইসে সংরক্ষিত। আপনি অফলাইনে আছেন।
        [one] এই ডিভাইসে সংরক্ষিত। একটি পরিবর্তন পাঠানোর অপেক্ষায় আছে।
       *[other] এই ডিভাইসে সংরক্ষিত। { $count }টি পরিবর্তন পাঠানোর অপেক্ষায় আছে।
    }
editor-sync-sending =
    { $count ->
        [one] একটি পরিবর্তন পাঠানো হচ্ছে…
       *[other] { $count }টি পরিবর্তন পাঠানো হচ্ছে…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = সিঙ্ক হয়েছে: { $ago }
editor-sync-sent =
    { $count ->
        [1] একটি পরিবর্তন পাঠানো হয়েছে। সিঙ্ক হয়েছে: { $ago }
       *[other] পাঠানো পরিবর্তন: { $count }। সিঙ্ক হয়েছে: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] আপনার সেশন শেষ হয়ে গেছে। সিঙ্ক চালিয়ে যেতে আবার সাইন ইন করুন।
        [one] আপনার সেশন শেষ হয়ে গেছে। আপনার পরিবর্তনটি এই ডিভাইসে সংরক্ষিত আছে: পাঠাতে আবার সাইন ইন করুন।
       *[other] আপনার সেশন শেষ হয়ে গেছে। আপনার { $count }টি পরিবর্তন এই ডিভাইসে সংরক্ষিত আছে: পাঠাতে আবার সাইন ইন করুন।
    }
editor-sync-sign-in = আবার সাইন ইন করুন
editor-hint-plain = ছোট ছোট বাক্য লিখুন। প্রতি বাক্যে একটি কথা। মানুষ জানে এমন শব্দ ব্যবহার করুন।
editor-hint-title = এটি কী, কয়েকটি শব্দে বলুন। যেমন: ভাষা ক্যাফে।
editor-minor-edit = ছোট সংশোধন (বানান, টাইপের ভুল): অনুবাদগুলো হালনাগাদ থাকবে
editor-conflict =
    { $count ->
        [one] দুজন একই সময়ে এটি বদলেছেন। সঠিক মানটি বেছে নিন:
       *[other] কয়েকজন একই সময়ে এটি বদলেছেন ({ $count }টি মান)। সঠিকটি বেছে নিন:
    }
editor-conflict-keep = “{ $value }” রাখুন
editor-event-title = শিরোনাম
editor-event-description = বিবরণ
editor-event-type = অনুষ্ঠানের ধরন
editor-event-type-workshop = কর্মশালা
editor-event-type-language-cafe = ভাষা ক্যাফে
editor-event-type-festival = উৎসব
editor-event-type-commemoration = স্মরণ অনুষ্ঠান
editor-event-type-job-fair = চাকরি মেলা
editor-event-type-sport = খেলাধুলা
editor-event-type-information-session = তথ্য সভা
editor-event-type-other = অন্যান্য
editor-event-start = শুরু
editor-event-end = শেষ
editor-event-place = স্থান
editor-place-name = স্থানের নাম
editor-place-street = রাস্তা ও নম্বর
editor-place-postal-code = পোস্ট কোড
editor-place-locality = শহর
editor-event-organizer = আয়োজক
editor-event-free = বিনামূল্যে
editor-event-cancelled = পুরো অনুষ্ঠান বাতিল
editor-repeat = পুনরাবৃত্তি
editor-repeat-kind = কত ঘন ঘন
editor-repeat-none = পুনরাবৃত্তি হয় না
editor-repeat-weekly = প্রতি সপ্তাহে
editor-repeat-monthly = প্রতি মাসে
editor-repeat-custom = অন্য নিয়ম (RRULE)
editor-repeat-days =
    .aria-label = এই দিনগুলোতে
editor-repeat-nth = কোনটি
editor-repeat-weekday = দিন
editor-repeat-until = পর্যন্ত (ঐচ্ছিক)
editor-repeat-rule = নিয়ম
editor-nth-1 = প্রথম
editor-nth-2 = দ্বিতীয়
editor-nth-3 = তৃতীয়
editor-nth-4 = চতুর্থ
editor-nth-last = শেষ
editor-weekday-mo = সোমবার
editor-weekday-tu = মঙ্গলবার
editor-weekday-we = বুধবার
editor-weekday-th = বৃহস্পতিবার
editor-weekday-fr = শুক্রবার
editor-weekday-sa = শনিবার
editor-weekday-su = রবিবার
editor-cancelled-dates = বাতিল তারিখ
editor-cancel-date-label = একটি তারিখ বাতিল করুন
editor-cancel-date = এই তারিখ বাতিল করুন
editor-restore-date = তারিখ ফিরিয়ে আনুন: { $date }
editor-quick-hint = ইন্টারনেট ছাড়াও কাজ করে। আবার অনলাইনে এলে অনুষ্ঠানটি পাঠানো হবে।
editor-quick-date = তারিখ
editor-quick-start = শুরুর সময়
editor-quick-end = শেষের সময়
editor-quick-save = অনুষ্ঠান সংরক্ষণ করুন
editor-quick-missing = শিরোনাম, তারিখ ও সময় পূরণ করুন।
editor-service-name = নাম
editor-service-description = এটি কী
editor-service-eligibility = কারা আসতে পারেন
editor-service-documents = কী সঙ্গে আনবেন
editor-service-status = অবস্থা
editor-service-status-active = খোলা
editor-service-status-temporarily-closed = সাময়িকভাবে বন্ধ
editor-service-status-closed = স্থায়ীভাবে বন্ধ
editor-service-organization = যে সংস্থা এটি চালায়
editor-service-categories = বিভাগ
editor-service-target-groups = কাদের জন্য
editor-service-open-to-all = সবার জন্য খোলা, কাগজপত্র যা-ই থাকুক
editor-service-fee = দাম, যদি বিনামূল্যে না হয়
editor-service-languages = কর্মীরা যে ভাষায় কথা বলেন
editor-service-language-other = অন্য ভাষা
editor-service-language-hint = ভাষার কোড, যেমন ti, prs বা pt-BR।
editor-service-language-add = ভাষা যোগ করুন
editor-service-language-invalid = এটি ভাষার কোড নয়। ti, prs বা pt-BR এর মতো একটি কোড লিখুন।
editor-service-contacts = যোগাযোগ
editor-service-phones = ফোন নম্বর
editor-service-phone = ফোন নম্বর { $number }
editor-service-phone-new = নতুন ফোন নম্বর
editor-service-phone-add = নম্বর যোগ করুন
editor-service-phone-remove = { $phone } সরান
editor-service-phone-invalid = একটি ফোন নম্বর লিখুন: শুধু অঙ্ক, ফাঁকা জায়গা ও +। যেমন +32 4 123 45 67।
editor-service-email = ইমেল
editor-service-email-invalid = এটি ইমেল ঠিকানা নয়। যেমন: info@example.org
editor-service-website = ওয়েবসাইট
editor-service-website-invalid = পুরো ঠিকানা লিখুন, যা https:// দিয়ে শুরু হয়
editor-service-verified = সর্বশেষ যাচাই
editor-service-verified-never = এখনও কেউ এই পরিষেবা যাচাই করেননি।
editor-service-verified-value = { $date } তারিখে { $name } যাচাই করেছেন
editor-service-verify = আজ যাচাই করা হয়েছে
editor-service-locations = জায়গা
editor-service-location = জায়গা { $number }
editor-service-location-none = এখনও কোনো জায়গা নেই।
editor-service-location-add = একটি জায়গা যোগ করুন
editor-service-location-remove = এই জায়গাটি সরান
editor-location-region = অঞ্চল
editor-location-country = দেশ (দুটি অক্ষর, যেমন BE)
editor-location-country-invalid = দেশের দুই অক্ষরের কোড লিখুন, যেমন BE।
editor-location-latitude = অক্ষাংশ (ঐচ্ছিক)
editor-location-longitude = দ্রাঘিমাংশ (ঐচ্ছিক)
editor-location-latitude-invalid = -90 থেকে 90 এর মধ্যে একটি সংখ্যা লিখুন, যেমন 50.63।
editor-location-longitude-invalid = -180 থেকে 180 এর মধ্যে একটি সংখ্যা লিখুন, যেমন 5.57।
editor-location-outreach = তারা মানুষের কাছেও যান (ভ্রাম্যমাণ বা মাঠপর্যায়ের সেবা)
editor-service-schedules = খোলার সময়
editor-schedule = সময় { $number }
editor-schedule-none = এখনও খোলার সময় নেই।
editor-schedule-add = খোলার সময় যোগ করুন
editor-schedule-remove = এই সময় সরান
editor-schedule-days = দিন
editor-schedule-rule-hint = শুধু যা দিন দিয়ে বলা যায় না তার জন্য, যেমন প্রতি মাসের প্রথম মঙ্গলবারের জন্য FREQ=MONTHLY;BYDAY=1TU। দিন ব্যবহার করতে খালি রাখুন।
editor-schedule-rule-invalid = এই নিয়ম ব্যবহার করা যাবে না। “RRULE:” ছাড়া FREQ=WEEKLY;BYDAY=MO,TU এর মতো একটি নিয়ম লিখুন।
editor-schedule-opens = খোলে
editor-schedule-closes = বন্ধ হয়
editor-schedule-overnight = পরের দিন বন্ধ হয় (মধ্যরাতের পরেও খোলা)
editor-schedule-times-invalid = বন্ধের সময় খোলার সময়ের পরে হতে হবে। মধ্যরাতের পরের সময়ের জন্য “পরের দিন বন্ধ হয়” টিক দিন।
editor-schedule-valid-from = থেকে (ঐচ্ছিক)
editor-schedule-valid-to = পর্যন্ত (ঐচ্ছিক)
editor-schedule-valid-invalid = শেষের তারিখ শুরুর তারিখের আগে হতে পারে না।
editor-schedule-closed-dates = বন্ধ থাকে
editor-schedule-closed-date-label = যে দিন বন্ধ থাকে
editor-schedule-closed-date-add = বন্ধের দিন যোগ করুন
editor-schedule-closed-date-remove = { $date } তারিখে আবার খোলা
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, অ্যাপয়েন্টমেন্টে
editor-schedule-no-days = কোনো দিন বাছাই করা হয়নি
editor-schedule-no-hours = এখনও সময় নেই
editor-new-service = নতুন পরিষেবা
editor-new-service-hint = নাম দিয়ে শুরু করুন। বাকিটা পরের পর্দায় পূরণ করবেন। ইন্টারনেট ছাড়াই কাজ করে।
editor-new-service-create = পরিষেবা তৈরি করুন
editor-new-service-missing = পরিষেবার নাম লিখুন।
editor-publishing = প্রকাশ
editor-publish-hint = পাঠকরা শুধু প্রকাশিত সংস্করণ দেখেন। আপনার পরের পরিবর্তনগুলো খসড়া থাকবে, যতক্ষণ না আপনি আবার প্রকাশ করেন।
editor-publish = এই সংস্করণ প্রকাশ করুন
editor-unpublish = প্রকাশ তুলে নিন
editor-published = প্রকাশিত হয়েছে। পাঠকরা এখন এই সংস্করণ দেখছেন।
editor-draft-badge = অপ্রকাশিত খসড়া
editor-publication-published = প্রকাশিত: পাঠকরা এই সংস্করণটি দেখেন।
editor-publication-draft = অপ্রকাশিত খসড়া: এটি প্রকাশ না হওয়া পর্যন্ত পাঠকরা সর্বশেষ প্রকাশিত সংস্করণ দেখেন।
editor-publication-unpublished = অপ্রকাশিত খসড়া: প্রকাশ না হওয়া পর্যন্ত পাঠকরা এটি দেখতে পান না।
editor-unpublished = প্রকাশ তুলে নেওয়া হয়েছে। পাঠকরা আর এটি দেখতে পান না।
editor-publish-not-synced = সার্ভারে এখনো এই সংস্করণ নেই। সিঙ্ক হওয়া পর্যন্ত অপেক্ষা করুন, তারপর প্রকাশ করুন।
editor-publish-offline = আপনি অফলাইনে আছেন। আবার অনলাইনে এলে প্রকাশ করুন।
editor-publish-not-publishable = প্রকাশিত হয়নি: এই সংস্করণটি এখনো সম্পূর্ণ নয়। সিঙ্ক হওয়া পর্যন্ত অপেক্ষা করুন, এর ঘরগুলো দেখে নিন, তারপর আবার প্রকাশ করুন।
editor-publish-invalid-content = প্রকাশিত হয়নি: আগে { $field } ঠিক করুন।
editor-publish-link-invalid = লিংকটি এই সাইটের কোনো পাতায় (একটি / দিয়ে শুরু) অথবা https:// দিয়ে শুরু হওয়া পূর্ণ ঠিকানায় যেতে হবে।
# The publish preview: the version readers see now against the draft on this device.
editor-preview = প্রিভিউ: পাঠকরা যা দেখবেন
editor-preview-hint = পাঠকরা এখন যে সংস্করণ দেখছেন, আপনার খসড়ার সঙ্গে তুলনা করে। পাঠকদের খসড়াটি দেখাতে প্রকাশ করুন।
editor-preview-not-published = এখনো প্রকাশ করা হয়নি: পাঠকরা কিছুই দেখছেন না। প্রকাশ করলে তাঁরা এটি দেখবেন:
# $when: the date and time of publishing.
editor-preview-same = পাঠকরা ঠিক এই সংস্করণটিই দেখছেন (প্রকাশিত: { $when })।
editor-preview-changed =
    { $count ->
        [one] একটি ঘর পাঠকরা যা দেখছেন তার থেকে আলাদা (প্রকাশিত: { $when }):
       *[other] { $count }টি ঘর পাঠকরা যা দেখছেন তার থেকে আলাদা (প্রকাশিত: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] একটি ঘর অপরিবর্তিত
       *[other] { $count }টি ঘর অপরিবর্তিত
    }
editor-preview-unknown = পাঠকরা কী দেখছেন তা দেখতে একবার ইন্টারনেটে যুক্ত হন।
editor-preview-unavailable = এই ডিভাইসে এখনো প্রকাশিত সংস্করণ নেই। সিঙ্ক হওয়া পর্যন্ত অপেক্ষা করুন।
# Read out by screen readers before removed and added words.
editor-diff-removed = মুছে ফেলা হয়েছে:
editor-diff-added = যোগ করা হয়েছে:
# The history of an item: who changed which field, and when.
editor-history = ইতিহাস
editor-history-hint = কে কী বদলেছেন, আর কখন। আপনি আগের কোনো মান ফিরিয়ে আনতে পারেন।
editor-history-none = এখনো কোনো পরিবর্তন নেই।
editor-history-unknown-author = ইমপোর্ট করা
# $field: the technical name of a field that has no label here.
editor-history-other-field = অন্য তথ্য ({ $field })
editor-history-restore = এই মান ফিরিয়ে আনুন
editor-history-current = এটিই বর্তমান মান।
editor-history-empty = (খালি)
editor-history-yes = হ্যাঁ
editor-history-no = না
editor-history-field-order = নিবন্ধের তালিকায় অবস্থান
editor-translate-link = অনুবাদ করুন
editor-suggestions-link = পাঠকদের পরামর্শ
editor-suggestions-open = খোলা: { $count }
editor-translate-title = অনুবাদসমূহ
editor-translate-no-languages = এই শহরে অনুবাদ করার মতো কোনো ভাষা আপনার নেই।
editor-translate-language = কোন ভাষায়
editor-translate-status = দেখান
editor-translate-all = সব
editor-translate-back = অনুবাদসমূহে ফিরে যান
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $total }টির মধ্যে { $done }টি হালনাগাদ
editor-status-missing = নেই
editor-status-outdated = পুরোনো
editor-status-machine = যন্ত্র-অনুবাদ
editor-status-up-to-date = হালনাগাদ
editor-status-incomplete = আংশিক অনুবাদ
editor-translate-source-changed = এই অনুবাদের পর থেকে মূল লেখা বদলেছে। কী বদলেছে তা প্রতিটি ঘরের উপরে চিহ্নিত করা আছে।
editor-translate-source-changed-unknown = এই অনুবাদের পর থেকে মূল লেখা বদলেছে। এই ডিভাইস দেখাতে পারছে না কী বদলেছে: প্রতিটি লেখা মূলের সাথে মিলিয়ে দেখুন।
editor-translate-what-changed = মূলে বদলেছে:
editor-translate-finish = শেষ করুন
editor-translate-left = অনুবাদ বাকি লেখা: { $count }
editor-translate-all-translated = সব লেখা অনুবাদ হয়েছে। মূলের সাথে মিলিয়ে দেখুন, তারপর অনুবাদটি সম্পন্ন হিসেবে চিহ্নিত করুন।
editor-translate-done = সম্পন্ন হিসেবে চিহ্নিত করুন
editor-translate-not-done = আগে প্রতিটি লেখা অনুবাদ করুন। এখনও খালি: { $count }
editor-translate-marked-done = সম্পন্ন হিসেবে চিহ্নিত হয়েছে। এটি এই ডিভাইসে সংরক্ষিত এবং আপনার অন্যান্য পরিবর্তনের সাথে সার্ভারে যাবে।
editor-translate-publish = অনুবাদ প্রকাশ করুন
editor-translate-publish-hint = প্রকাশের পর পাঠকেরা অনুবাদটি দেখেন, আইটেমের যে সংস্করণ তাঁরা এখন দেখেন তার সাথে।
editor-translate-editor-publishes = একজন সম্পাদক প্রকাশ করলে পাঠকেরা অনুবাদটি দেখেন।
editor-translate-publish-not-done = আগে অনুবাদটি সম্পন্ন হিসেবে চিহ্নিত করুন।
editor-translate-item-unpublished = আইটেমটি নিজেই এখনও প্রকাশিত নয়। প্রকাশিত হলে পাঠকেরা অনুবাদটি দেখবেন।
editor-translate-published = প্রকাশিত হয়েছে। পাঠকেরা এখন এই অনুবাদ দেখছেন।
editor-field-name = নাম
editor-field-title = শিরোনাম
editor-field-description = বিবরণ
editor-field-body = লেখা
editor-field-eligibility = কারা আসতে পারেন
editor-field-documents_needed = কী সঙ্গে আনবেন
editor-field-fee = খরচ
editor-field-accessibility = প্রবেশযোগ্যতা
editor-field-notes = খোলার সময় নিয়ে নোট

## Guide articles and city settings

editor-new-article = নতুন নিবন্ধ
editor-settings-link = শহরের সেটিংস
editor-articles = গাইডের নিবন্ধ
editor-move-up = উপরে সরান
    .aria-label = উপরে সরান: { $title }
editor-move-down = নিচে সরান
    .aria-label = নিচে সরান: { $title }
editor-article-title = শিরোনাম
editor-article-body = লেখা
editor-article-markdown-hint = বিন্যাস: অনুচ্ছেদের মাঝে একটি ফাঁকা লাইন; শিরোনামের জন্য লাইনের শুরুতে «## »; তালিকার জন্য «- » বা «1. »; লিংক লিখুন এভাবে [শব্দ](https://example.org).
editor-article-parent = এর নিচে থাকবে
editor-article-top-level = সবচেয়ে উপরের স্তর (কোনো নিবন্ধের নিচে নয়)
editor-article-notice = হোম পেজে বিজ্ঞপ্তি এই তারিখ পর্যন্ত (ঐচ্ছিক)
editor-article-notice-hint = এই তারিখ পর্যন্ত গাইডের হোম পেজ নিবন্ধটিকে শহরের বিজ্ঞপ্তি হিসেবে দেখায়। সাধারণ নিবন্ধের জন্য ফাঁকা রাখুন।
editor-hint-title-article = কয়েকটি শব্দে বলুন এটি কী নিয়ে। যেমন: আপনার প্রথম দিনগুলো।
editor-article-create = নিবন্ধ তৈরি করুন
editor-article-title-missing = আগে একটি শিরোনাম লিখুন।
editor-article-cannot-create = শুধু সম্পাদকেরা নিবন্ধ যোগ করতে পারেন।
editor-settings-title = শহরের সেটিংস
editor-settings-live = এখানের পরিবর্তন পাঠকেরা সঙ্গে সঙ্গে দেখেন। প্রকাশের আলাদা ধাপ নেই।
editor-settings-read-only = আপনি শহরের সেটিংস বদলাতে পারবেন না। শুধু সম্পাদকেরা পারেন।
editor-categories = বিভাগ
editor-categories-hint = পাঠকেরা বিভাগগুলো এই ক্রমে দেখেন। কোনো নাম ফাঁকা থাকলে পাঠকেরা বিকল্প ভাষার নাম দেখেন।
editor-category-icon = আইকন
editor-category-name = { $language } ভাষায় নাম ({ $tag })
editor-category-add-title = নতুন বিভাগ
editor-category-add-name = { $language } ভাষায় নাম
editor-category-add = বিভাগ যোগ করুন
editor-category-name-missing = আগে বিভাগের নাম লিখুন।
editor-category-remove-question = «{ $name }» সরাবেন? যে সেবাগুলো এটি ব্যবহার করে: { $count }।
editor-remove = সরান
    .aria-label = সরান: { $name }
editor-remove-confirm = হ্যাঁ, «{ $name }» সরান
editor-remove-cancel = বাতিল
editor-icon-heart = হৃদয়
editor-icon-house = বাড়ি
editor-icon-scales = দাঁড়িপাল্লা
editor-icon-briefcase = ব্রিফকেস
editor-icon-book = বই
editor-icon-family = পরিবার
editor-icon-bowl = বাটি
editor-icon-people = মানুষ
editor-icon-woman = নারী
editor-icon-star = তারা
editor-icon-search = আতশকাচ
editor-icon-calendar = ক্যালেন্ডার
editor-icon-clock = ঘড়ি
editor-icon-pin = মানচিত্রের পিন
editor-icon-phone = ফোন
editor-icon-share = শেয়ার
editor-icon-print = প্রিন্টার
editor-icon-speaker = স্পিকার
editor-icon-article = নথি
editor-icon-offline = সংযোগ নেই
editor-icon-check = টিক চিহ্ন
editor-icon-flag = পতাকা
editor-languages = ভাষা
editor-languages-hint = পাঠকেরা যে ভাষাগুলো বেছে নিতে পারেন। যে লেখা এখনো অনুবাদ হয়নি তা বিকল্প ভাষায় দেখায়।
editor-language-direction = লেখার দিক
editor-direction-ltr = বাম থেকে ডানে
editor-direction-rtl = ডান থেকে বামে
editor-language-source = মূল ভাষা: বিষয়বস্তু প্রথমে এই ভাষায় লেখা হয়।
editor-language-fallback = বিকল্প ভাষা
editor-language-fallback-hint = কোনো লেখা এখনো অনুবাদ না হলে এই ভাষার পাঠকেরা যা দেখেন।
editor-language-no-fallback = কোনোটি নয়
editor-language-fallback-cycle = এতে একটি চক্র তৈরি হয়: ওই ভাষা ইতিমধ্যে এই ভাষায় ফিরে আসে। অন্য একটি বেছে নিন।
editor-language-remove-question = { $language } সরাবেন? এর পাঠকেরা অন্য ভাষা বেছে নেবেন। অনুবাদগুলো সংরক্ষিত থাকবে।
editor-language-add-title = নতুন ভাষা
editor-language-add-tag = ভাষার কোড (BCP 47)
editor-language-add-hint = যেমন: ti (তিগরিনিয়া), pt-BR (ব্রাজিলের পর্তুগিজ)।
editor-language-add = ভাষা যোগ করুন
editor-language-invalid = «{ $tag }» কোনো ভাষার কোড নয়। ti বা pt-BR এর মতো একটি কোড লিখুন।
editor-language-present = শহরে ইতিমধ্যে { $language } আছে।

## The multivoiced archive

reader-archive-title = আগমনের কণ্ঠস্বর
reader-archive-intro = যাঁরা এই শহরে এসেছেন, তাঁদের নিজের ভাষায় বলা অভিজ্ঞতা। প্রতিটি কণ্ঠ তাঁদের নিজের; কোনোটিই সরকারি বয়ান নয়।
reader-archive-link = আগমনের কণ্ঠস্বর পড়ুন
reader-archive-empty = এখানে এখনও কিছু প্রকাশিত হয়নি।
reader-archive-unavailable = কণ্ঠগুলি লোড করা যায়নি। পরে আবার চেষ্টা করুন।
reader-archive-offline = আপনি অফলাইনে আছেন। আগমনের কণ্ঠস্বরের জন্য সংযোগ দরকার।
reader-archive-anonymous = নামহীন
reader-archive-speaks-about = এটি যা নিয়ে কথা বলে:
reader-archive-translated = দলটি { $language } থেকে অনুবাদ করেছে
reader-archive-in-language = ভাষা: { $language }
reader-archive-original = মূল কথাগুলি দেখান
reader-archive-recording =
    .aria-label = এই কণ্ঠের রেকর্ডিং
archive-page-title = আর্কাইভ
archive-title = { $group } দলের আর্কাইভ
archive-open = আর্কাইভ খুলুন
archive-not-member = আপনি এই আর্কাইভ দলের সদস্য নন।
archive-intro = দলের লেখা ও রেকর্ড করা আগমনের অভিজ্ঞতা। প্রতিটি কণ্ঠ তার লেখকেরই থাকে: কে তা দেখবে এবং কোন নামে তাঁকে উল্লেখ করা হবে, তা শুধু তিনিই ঠিক করেন।
archive-entries = অভিজ্ঞতাগুলি
archive-no-entries = এখনও কোনো অভিজ্ঞতা নেই।
archive-voice-count =
    { $count ->
        [one] { $count }টি কণ্ঠ
       *[other] { $count }টি কণ্ঠ
    }
archive-state-published = প্রকাশিত
archive-state-unpublished = অপ্রকাশিত
archive-theme = বিষয়
archive-guide-links = গাইডের যে পাতাগুলো নিয়ে এটি কথা বলে
archive-theme-arrival = আগমন
archive-theme-first-contact-with-services = পরিষেবার সঙ্গে প্রথম যোগাযোগ
archive-theme-housing = বাসস্থান
archive-theme-work = কাজ
archive-theme-family = পরিবার
archive-theme-belonging = আপন হয়ে ওঠা
archive-theme-the-future = ভবিষ্যৎ
archive-theme-other = অন্যান্য
archive-entry-title = শিরোনাম
archive-entry-title-missing = একটি শিরোনাম লিখুন।
archive-cities = যে শহরগুলির কথা বলে
archive-cities-hint = প্রকাশের পর এই শহরগুলির গাইডের পাঠকেরা এটি পড়তে পারবেন।
archive-new-entry = নতুন অভিজ্ঞতা
archive-new-entry-create = অভিজ্ঞতা তৈরি করুন
archive-back = আর্কাইভে ফিরে যান
archive-entry-missing = এই অভিজ্ঞতাটি এখনও এই ডিভাইসে নেই। সদ্য তৈরি হলে সিঙ্ক হওয়া পর্যন্ত অপেক্ষা করুন।
archive-voices = কণ্ঠস্বর
archive-no-voices = এখনও কোনো কণ্ঠ নেই।
archive-add-voice = আমার কণ্ঠ যোগ করুন
archive-add-voice-hint = নিজের ভাষায় লিখুন, নিজের কণ্ঠ রেকর্ড করুন, বা দুটোই। তা সঙ্গে সঙ্গে এই ডিভাইসে সংরক্ষিত হয় এবং অনলাইনে এলে পাঠানো হয়।
archive-voice-language = আপনি যে ভাষায় কথা বলেন
archive-add-voice-create = আমার কণ্ঠ যোগ করুন
archive-voice-yours = আপনার কণ্ঠ
archive-voice-of = { $name }-এর কণ্ঠ
archive-voice-unknown = দলের একটি কণ্ঠ
archive-voice-in = ভাষা: { $language }
archive-voice-text = কথাগুলি
archive-voice-text-hint = যা লেখা হয়েছে, বা রেকর্ডিংয়ের লিখিত রূপ।
archive-recording = রেকর্ডিং
archive-record = রেকর্ড করুন
archive-record-stop = থামান
archive-record-discard = রেকর্ডিং বাদ দিন
archive-record-play =
    .aria-label = রেকর্ডিং আবার শুনুন
archive-recording-none = কোনো রেকর্ডিং নেই।
archive-recording-recording = রেকর্ড হচ্ছে…
archive-recording-waiting = রেকর্ড হয়েছে, আপলোডের অপেক্ষায়। ততক্ষণ এটি এই ডিভাইসেই থাকবে।
archive-recording-uploaded = আপলোড হয়েছে।
archive-recording-refused-too-large = এই রেকর্ডিংটি খুব বড়: আর্কাইভ ২৫ MB পর্যন্ত নেয়। ছোট একটি রেকর্ড করুন বা ছোট ফাইল বেছে নিন।
archive-recording-refused-wrong-type = আর্কাইভ এই ফাইলটি নেয় না: শুধু WebM বা Ogg অডিও।
archive-audio-file = অথবা এই ডিভাইস থেকে একটি অডিও ফাইল বেছে নিন
archive-audio-file-hint = WebM বা Ogg অডিও, ২৫ MB পর্যন্ত। আপলোডের সময় এর শিরোনাম ও অন্যান্য ট্যাগ সরিয়ে ফেলা হয়।
archive-recording-no-microphone = কোনো মাইক্রোফোন ব্যবহার করা যায়নি। এই সাইটকে মাইক্রোফোনের অনুমতি দিন, বা আপনার কথা লিখুন।
archive-photo = ছবি
archive-photo-choose = একটি ছবি যোগ করুন
archive-photo-hint = JPEG, PNG বা WebP, ১০ MB পর্যন্ত। আপলোডের সময় এর অবস্থান (GPS) ও ক্যামেরার তথ্য সরিয়ে ফেলা হয়।
archive-photo-description = ছবিতে কী দেখা যাচ্ছে (যাঁরা দেখতে পান না তাঁদের জন্য)
archive-photo-remove = ছবিটি সরান
archive-photo-none = কোনো ছবি নেই।
archive-photo-waiting = আপলোডের অপেক্ষায়। ততক্ষণ এই ডিভাইসে রাখা থাকে।
archive-photo-uploaded = আপলোড হয়েছে, অবস্থান ও ক্যামেরার তথ্য ছাড়া।
archive-photo-refused-too-large = এই ছবিটি খুব বড়: আর্কাইভ ১০ MB পর্যন্ত ছবি নেয়।
archive-photo-refused-wrong-type = আর্কাইভ এই ফাইলটি নেয় না: শুধু JPEG, PNG বা WebP ছবি।
archive-translations = অনুবাদ
archive-translation-language = অনুবাদের ভাষা
archive-translation-add = অনুবাদ যোগ করুন
archive-translation-text = { $language } অনুবাদ, অনুবাদক { $by }
archive-translation-text-own = { $language }-এ অনুবাদ, কণ্ঠের লেখকের করা
archive-consent-title = আপনার সম্মতি
archive-consent-unavailable = আপনার কণ্ঠ সার্ভারে পৌঁছালে (অনলাইনে থাকলে) আপনি বেছে নিতে পারবেন কে তা দেখবে। ততক্ষণ শুধু দলটি তা দেখে, আপনার নাম ছাড়া।
archive-consent-visibility = কে আপনার কণ্ঠ দেখতে পারবে
archive-visibility-group = শুধু দল
archive-visibility-city-editors = দল ও শহরের সম্পাদকেরা
archive-visibility-public = সবাই, কোনো মডারেটর অভিজ্ঞতাটি প্রকাশ করার পর
archive-consent-naming = আপনাকে কীভাবে উল্লেখ করা হবে
archive-naming-name = আমার নামে ({ $name })
archive-naming-pseudonym = ছদ্মনামে
archive-naming-anonymous = একেবারেই না (নামহীন)
archive-pseudonym = ছদ্মনাম
archive-pseudonym-missing = যে ছদ্মনামে উল্লেখিত হতে চান তা লিখুন।
archive-consent-save = আমার পছন্দ সংরক্ষণ করুন
archive-consent-saving = সংরক্ষণ হচ্ছে…
archive-consent-saved = সংরক্ষিত।
archive-consent-offline = সংরক্ষিত হয়নি: আপনি অফলাইনে আছেন। অনলাইনে এলে আবার চেষ্টা করুন।
archive-consent-withdrawn = এই কণ্ঠটি প্রত্যাহার করা হয়েছে।
archive-consent-failed = সংরক্ষিত হয়নি। পরে আবার চেষ্টা করুন।
archive-withdraw = আমার কণ্ঠ প্রত্যাহার করুন
archive-withdraw-explained = কণ্ঠ প্রত্যাহার করলে তা চিরতরে সরে যায়: দলের কেউ, কোনো সম্পাদক বা কোনো পাঠক আর তা দেখবেন না, এবং সার্ভার তা মুছে ফেলে। এটি ফেরানো যায় না।
archive-withdraw-cannot-undo = দেখানোর সময় অন্যরা যে কপি আগেই ডাউনলোড, সংরক্ষণ বা প্রিন্ট করেছেন, তা এটি ফিরিয়ে আনতে পারে না।
archive-withdraw-confirm = চিরতরে প্রত্যাহার করুন
archive-withdraw-cancel = আমার কণ্ঠ রাখুন
archive-publish = অভিজ্ঞতাটি প্রকাশ করুন
archive-unpublish = প্রকাশ বাতিল করুন
archive-publish-hint = পাঠকেরা শুধু সেই কণ্ঠগুলি দেখেন যাদের লেখক “সবাই” বেছে নিয়েছেন, প্রত্যেকে যেভাবে বেছে নিয়েছেন সেই নামে।
archive-published = প্রকাশিত। পাঠকেরা এখন জনসাধারণের সঙ্গে ভাগ করা কণ্ঠগুলি দেখেন।
archive-unpublished = প্রকাশ বাতিল হয়েছে। পাঠকেরা আর এটি দেখেন না।
archive-publish-refused = প্রকাশিত হয়নি: এখনও কোনো লেখক তাঁর কণ্ঠ জনসাধারণের সঙ্গে ভাগ করেননি (বা অভিজ্ঞতাটির শিরোনাম নেই)।
archive-publish-not-synced = সার্ভারে এখনও এই অভিজ্ঞতাটি নেই। সিঙ্ক হওয়া পর্যন্ত অপেক্ষা করে তারপর প্রকাশ করুন।
archive-publish-failed = প্রকাশিত হয়নি। পরে আবার চেষ্টা করুন।
archive-export = গ্রুপের আর্কাইভ ডাউনলোড করুন
archive-export-hint = একটি zip ফাইল: প্রতিটি কণ্ঠের কথা (Markdown), রেকর্ডিং, এবং এন্ট্রি, কণ্ঠ, ভাষা ও সম্মতির তালিকা। প্রত্যাহার করা কণ্ঠ এতে কখনও থাকে না; বেনামি কণ্ঠের কোনো নাম এতে নেই। প্রতিটি কণ্ঠের সম্মতি যতটা অনুমতি দেয়, কেবল ততটাই শেয়ার করুন।

## Dates
date-month =
    { $month ->
     [jan] জানুয়ারি
     [feb] ফেব্রুয়ারি
     [mar] মার্চ
     [apr] এপ্রিল
     [may] মে
     [jun] জুন
     [jul] জুলাই
     [aug] আগস্ট
     [sep] সেপ্টেম্বর
     [oct] অক্টোবর
     [nov] নভেম্বর
    *[dec] ডিসেম্বর
    }
date-month-alone =
    { $month ->
     [jan] জানুয়ারি
     [feb] ফেব্রুয়ারি
     [mar] মার্চ
     [apr] এপ্রিল
     [may] মে
     [jun] জুন
     [jul] জুলাই
     [aug] আগস্ট
     [sep] সেপ্টেম্বর
     [oct] অক্টোবর
     [nov] নভেম্বর
    *[dec] ডিসেম্বর
    }
date-weekday =
    { $weekday ->
     [mon] সোমবার
     [tue] মঙ্গলবার
     [wed] বুধবার
     [thu] বৃহস্পতিবার
     [fri] শুক্রবার
     [sat] শনিবার
    *[sun] রবিবার
    }
date-day = { $weekday } { $day } { $month }
date-full = { $day } { $month }, { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } এ { $time }
date-list-separator = { ", " }
date-just-now = এই মিনিট
date-minutes-ago =
    { $count ->
     [one] { $count } মিনিট আগে
    *[other] { $count } মিনিট আগে
    }
date-hours-ago =
    { $count ->
     [one] { $count } ঘণ্টা আগে
    *[other] { $count } ঘণ্টা আগে
    }
date-days-ago =
    { $count ->
     [1] গতকাল
     [one] { $count } দিন আগে
    *[other] { $count } দিন আগে
    }
