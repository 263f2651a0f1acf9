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
nav-home = হোম
nav-status = সিঙ্কের অবস্থা
nav-sign-in = সাইন ইন
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = আপনার অ্যাকাউন্ট: { $name }
page-title = { $page } · { app-name }
language-label = ভাষা

## Home page

home-title = { app-name }-এ স্বাগতম
home-status-link = সিঙ্কের অবস্থা দেখুন

## Status page

status-title = সিঙ্কের অবস্থা
status-connection-label = সার্ভারের সাথে সংযোগ
status-connected = সংযুক্ত
status-connecting = সংযোগ হচ্ছে…
status-offline = অফলাইন
status-offline-hint = আপনি অফলাইনে আছেন। পরিবর্তনগুলো এই ডিভাইসেই থাকে। আবার অনলাইনে এলে পাঠানো হবে।
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
role-group-hint = আর্কাইভ দলের ছোট নাম, আপনার শহরের জন্য যেভাবে তৈরি করা হয়েছে: ছোট হাতের লাতিন অক্ষর, সংখ্যা আর হাইফেন।
role-group-missing = দলের নাম লিখুন।
role-group-invalid = দলের ছোট নাম লিখুন: ছোট হাতের লাতিন অক্ষর, সংখ্যা আর হাইফেন। যেমন: women-voices।
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
