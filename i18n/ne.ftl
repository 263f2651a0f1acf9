# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Nepali, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = नयाँ आउनेहरूका लागि स्थानीय गाइड। सँगै लेखिएको, इन्टरनेट बिना पनि पढ्न सकिने।
skip-to-content = मुख्य भागमा जानुहोस्
nav-main =
    .aria-label = मुख्य मेनु
nav-cities = सबै सहरहरू
nav-status = सिङ्कको अवस्था
nav-sign-in = साइन इन
nav-edit = गाइड सम्पादन गर्नुहोस्
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = तपाईंको खाता: { $name }
page-title = { $page } · { app-name }
language-label = भाषा

## Choosing a guide

reader-choose-city-title = आफ्नो सहर छान्नुहोस्
reader-choose-language-title = आफ्नो भाषा छान्नुहोस्
reader-choose-offline = तपाईं अफलाइन हुनुहुन्छ। गाइड डाउनलोड गर्न एक पटक इन्टरनेटमा जोडिनुहोस्।
reader-kept-guides = यो फोनमा भएका गाइडहरू
reader-choose-city = अर्को सहर वा भाषा छान्नुहोस्
reader-choose-language-city = { $city } गाइडको भाषा छान्नुहोस्
reader-language-not-offered = { $city } गाइड यो भाषामा लेखिएको छैन: { $language }। यो लेखिएका भाषाहरूमध्ये एउटा छान्नुहोस्:
reader-open-guide = गाइड खोल्नुहोस्
reader-loading = लोड हुँदै…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = गाइड
reader-nav-home = गृहपृष्ठ
reader-nav-articles = उपयोगी जानकारी
reader-nav-events = कार्यक्रम
reader-nav-search = खोज्नुहोस्
reader-sample-city = यो { app-name } चलाएर हेर्नका लागि बनाइएको काल्पनिक सामग्री भएको नमुना सहर हो।
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = इन्टरनेट बिना पनि उपलब्ध, अद्यावधिक: { $ago }
reader-offline-now = तपाईं अफलाइन हुनुहुन्छ। यो गाइड { $ago } अद्यावधिक भएको थियो।
reader-guide-language = गाइडको भाषा
reader-print-link = यो गाइड प्रिन्ट गर्नुहोस्
reader-offline-banner = तपाईं अफलाइन हुनुहुन्छ। तपाईं यो फोनमा सुरक्षित गरिएको प्रति पढ्दै हुनुहुन्छ।
reader-language-shown-in = { $city } गाइड यो भाषामा लेखिएको छैन: { $language }। यसका पाठहरू यो भाषामा देखाइएका छन्: { $guide }।
reader-text-size = अक्षरको आकार
reader-text-size-normal = सामान्य
reader-text-size-large = ठूलो
reader-text-size-larger = धेरै ठूलो
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] अझै अनुवाद भएको छैन: केही भाग यो भाषामा देखाइएको छ: { $languages }।
       *[other] अझै अनुवाद भएको छैन: केही भाग यी भाषाहरूमा देखाइएको छ: { $languages }।
    }
reader-problem-offline-title = यो गाइड अझै यो फोनमा छैन
reader-problem-offline = एक पटक इन्टरनेटमा जोडिनुहोस्। त्यसपछि गाइड इन्टरनेट बिना पनि चल्छ।
reader-offline-missing = तपाईं अफलाइन हुनुहुन्छ।
reader-problem-unknown-city-title = सहर भेटिएन
reader-problem-unknown-city = यहाँ यो सहरको लागि कुनै गाइड छैन।
reader-problem-unknown-language-title = भाषा उपलब्ध छैन
reader-problem-unknown-language = यो गाइड यो भाषामा उपलब्ध छैन। यीमध्ये एउटा भाषा छान्नुहोस्:
reader-problem-server-title = गाइड लोड हुन सकेन
reader-problem-server = सर्भरमा केही गडबड भयो। पछि फेरि प्रयास गर्नुहोस्।
reader-meta-description = नयाँ आउनेहरूका लागि { $city } को गाइड: सहयोग, सेवा, उपयोगी जानकारी र कार्यक्रम कहाँ पाइन्छ, तपाईंको भाषामा, इन्टरनेटबिना पनि।
reader-meta-description-page = { $page }, नयाँ आउनेहरूका लागि { $city } को गाइडमा: सहयोग, सेवा, जानकारी र कार्यक्रम तपाईंको भाषामा, इन्टरनेटबिना पनि।

## Guide home

reader-home-title = { $city } गाइड
reader-notices = सहरका समाचार
reader-categories = तपाईंलाई के चाहिन्छ?
reader-category-count =
    { $count ->
        [one] एउटा ठाउँ
       *[other] { $count } ठाउँ
    }
reader-this-week = यो हप्ता
reader-no-events-this-week = आउँदो सात दिनमा कुनै कार्यक्रम छैन।
reader-all-events = सबै कार्यक्रम
reader-topics = जानकारी
reader-kept-languages = यो फोनमा
reader-kept-languages-hint = यो फोनमा राखिएका भाषाहरूमा गाइड इन्टरनेट बिना पनि चल्छ।
reader-kept-current = राखिएको (तपाईं यही पढ्दै हुनुहुन्छ)
reader-kept-add = यो भाषा पनि राख्नुहोस्: { $language }
reader-kept-remove = यो फोनबाट हटाउनुहोस्: { $language }
reader-published-on = प्रकाशित: { $date }
reader-kept-waiting = तपाईं अफलाइन हुनुहुन्छ। फोन फेरि अनलाइन भएपछि यो भाषा पनि सुरक्षित हुनेछ: { $language }

## Services

reader-service-title = सेवा
reader-status-temporarily-closed = अहिलेलाई बन्द छ।
reader-status-closed = यो सेवा बन्द भइसकेको छ।
reader-open-now = अहिले खुला छ, { $time } मा बन्द हुन्छ
reader-open-now-all-day = अहिले खुला, २४ घण्टा
reader-open-all-day = २४ घण्टा खुला
reader-opens-today = अहिले बन्द छ। आज { $time } मा खुल्छ
reader-opens-tomorrow = अहिले बन्द छ। भोलि { $time } मा खुल्छ
reader-opens-on = अहिले बन्द छ। खुल्ने समय: { $day }, { $time }
reader-by-appointment = समय लिएर मात्र
reader-no-hours-soon = आउँदो केही दिन खुला छैन
reader-hours-unknown = खुल्ने समय सोध्नुहोस्
reader-open-to-all = सबैका लागि खुला, तपाईंसँग कागजपत्र होस् वा नहोस्
reader-for-whom = कसका लागि
reader-eligibility = को आउन सक्छ
reader-cost = शुल्क
reader-free = निःशुल्क
reader-not-free = निःशुल्क होइन
reader-languages = भाषाहरू
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = दोभाषेको व्यवस्था गर्न सकिन्छ।
reader-documents = के साथमा ल्याउने
reader-hours = खुल्ने समय
reader-today = आज
reader-tomorrow = भोलि
reader-closed-day = बन्द
reader-appointment-note = (समय लिएर मात्र)
reader-where = कहाँ
reader-outreach = उहाँहरूलाई कहाँ भेट्ने (उहाँहरू तपाईंकहाँ पनि आउनुहुन्छ)
reader-open-map = मेरो नक्सा एपमा खोल्नुहोस्
reader-open-web-map = openstreetmap.org मा नक्सा खोल्नुहोस्
reader-contact = सम्पर्क
reader-call = फोन गर्नुहोस्: { $phone }
reader-email = इमेल लेख्नुहोस्: { $email }
reader-website = वेबसाइट: { $site }
reader-share = सेयर गर्नुहोस्
reader-share-copied = लिङ्क कपी भयो
reader-last-checked = अन्तिम पटक जाँचिएको: { $date }
reader-listen = सुन्नुहोस्
reader-listen-stop = रोक्नुहोस्
reader-target-everyone = सबै
reader-target-asylum-seekers-and-refugees = शरण खोज्नेहरू र शरणार्थीहरू
reader-target-temporary-protection = अस्थायी संरक्षण पाएका मानिसहरू
reader-target-undocumented-residents = कागजपत्र नभएका मानिसहरू
reader-target-women = महिलाहरू
reader-target-unaccompanied-minors = एक्लै रहेका १८ वर्षमुनिका किशोरकिशोरी
reader-target-children = बालबालिका
reader-target-students = विद्यार्थीहरू

## Articles

reader-articles-title = उपयोगी जानकारी
reader-articles-below = यसबारे थप
reader-breadcrumbs =
    .aria-label = तपाईं यहाँ हुनुहुन्छ

## Events

reader-events-title = कार्यक्रम
reader-events-later = पछि
reader-no-events = आउँदो केही हप्तामा कुनै कार्यक्रम छैन।
reader-event-cancelled = रद्द भयो
reader-event-when = कहिले
reader-event-next-dates = आउँदा मितिहरू
reader-event-past = यो कार्यक्रम सकिइसक्यो।
reader-organizer = आयोजक
reader-open-to-residents = सबै, नयाँ आएका र धेरै समयदेखि बस्ने बासिन्दा
reader-add-to-calendar = मेरो क्यालेन्डरमा थप्नुहोस्
reader-register = नाम दर्ता गर्नुहोस्
reader-online-link = अनलाइन सहभागी हुनुहोस्
reader-subscribe = सहरका कार्यक्रमहरू मेरो क्यालेन्डरमा पाउनुहोस्
reader-feed-link = सबै कार्यक्रम डाउनलोड गर्नुहोस् (iCalendar)
reader-events-by-month = पछिका कार्यक्रम, महिना अनुसार
reader-no-later-events = पछिका कार्यक्रम अझै थाहा छैनन्।
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } कार्यक्रम
       *[other] { $month }: { $count } कार्यक्रम
    }
reader-no-events-month = यो महिना कुनै कार्यक्रम छैन।
reader-events-bad-month = यो ठेगानाले कुनै महिना जनाउँदैन (यो ?month=2027-01 मा टुङ्गिनुपर्छ)। यी आउँदा हप्ताहरू हुन्।
reader-events-known-until = यो फोनलाई { $date } सम्मका कार्यक्रम थाहा छ। थप हेर्न पछि गाइड अनलाइन खोल्नुहोस्।
reader-events-coming-weeks = आउँदो चार हप्ता
reader-events-month-before = अघि: { $month }
reader-events-month-after = पछि: { $month }
reader-feed-heading = तपाईंको क्यालेन्डर एपमा

## Search

reader-search-title = खोज्नुहोस्
reader-search-label = गाइडमा खोज्नुहोस्
reader-search-button = खोज्नुहोस्
reader-search-count =
    { $count ->
        [0] “{ $query }” का लागि केही भेटिएन।
        [one] “{ $query }” का लागि एउटा नतिजा।
       *[other] “{ $query }” का लागि { $count } नतिजा।
    }
reader-kind-service = सेवा
reader-kind-article = जानकारी
reader-kind-event = कार्यक्रम

## Print version

reader-print-title = प्रिन्ट गर्न मिल्ने गाइड
reader-print-heading = { $city } गाइड
reader-print-date = प्रिन्ट गरिएको मिति: { $date }। कुराहरू बदलिन्छन्: अनलाइन गाइड पनि हेर्नुहोस्।
reader-print-button = प्रिन्ट गर्नुहोस्
reader-print-address = यो गाइड अनलाइन, सधैं अद्यावधिक:
reader-print-qr = QR कोड: यो गाइड अनलाइन
reader-print-other-days = केही समय अन्य दिनमा छन् (केही हप्तामा वा महिनामा एक पटक): अनलाइन गाइड हेर्नुहोस्।

## Suggest a correction

reader-suggest-link = सुधारको सुझाव दिनुहोस्
reader-suggest-title = सुधारको सुझाव दिनुहोस्
reader-suggest-about = विषय:
reader-suggest-privacy = तपाईंको पहिचान गोप्य रहन्छ। हामी तपाईंको नाम वा तपाईंबारे केही सोध्दैनौं।
reader-suggest-topic = के गलत छ?
reader-suggest-message = हामीले के थाहा पाउनुपर्छ?
reader-suggest-message-hint = कृपया आफ्नो नाम, फोन नम्बर वा अन्य व्यक्तिगत विवरण नलेख्नुहोस्।
reader-suggest-send = पठाउनुहोस्
reader-suggest-need-topic = के गलत छ, छान्नुहोस्।
reader-suggest-need-message = के गलत छ भनेर केही शब्द लेख्नुहोस्।
reader-suggest-sent = धन्यवाद। गाइडका सम्पादकहरूले यो जाँच्नुहुनेछ।
reader-suggest-queued = धन्यवाद। तपाईं अफलाइन हुनुहुन्छ: फेरि अनलाइन हुँदा यो पठाइनेछ।
reader-suggest-refused = धन्यवाद, तर यो पठाउन सकिएन: सायद पृष्ठ हटाइएको छ।
reader-back-to-guide = गाइडमा फर्कनुहोस्

## Status page

status-title = सिङ्कको अवस्था
status-connection-label = सर्भरसँगको जडान
status-connected = जोडिएको छ
status-connecting = जोड्दै…
status-offline = अफलाइन
status-offline-hint = तपाईं अफलाइन हुनुहुन्छ। परिवर्तनहरू यही उपकरणमा रहन्छन्। फेरि अनलाइन हुँदा पठाइन्छन्।
status-waiting =
    { $count ->
        [0] यो यन्त्रमा पठाउन बाँकी केही छैन।
        [1] एउटा परिवर्तन यो यन्त्रमा सुरक्षित छ, पठाउन बाँकी छ।
       *[other] यो यन्त्रमा सुरक्षित, पठाउन बाँकी परिवर्तनहरू: { $count }।
    }
status-signed-out = साइन इन गरिएको छैन
status-signed-out-hint = साइन इन गरेका सम्पादकहरूले मात्र सर्भरसँग कागजात सिङ्क गर्छन्। गाइड पढ्न खाता चाहिँदैन।
status-sign-in = सिङ्क गर्न साइन इन गर्नुहोस्

## Not found

not-found-title = पृष्ठ भेटिएन
not-found-body = यो ठेगानामा केही छैन।
not-found-home = गृहपृष्ठमा जानुहोस्

## Forms and errors shared by the pages

passphrase-show = पासवर्ड देखाउनुहोस्
error-offline = सर्भरमा पुग्न सकिएन। आफ्नो जडान जाँच गर्नुहोस् र फेरि प्रयास गर्नुहोस्।
error-server = सर्भरमा केही गडबड भयो। पछि फेरि प्रयास गर्नुहोस्।
error-bad-request = सर्भरले यो स्वीकार गरेन। तपाईंले लेखेको जाँच गर्नुहोस् र फेरि प्रयास गर्नुहोस्।
error-forbidden = तपाईंलाई यो गर्ने अनुमति छैन।
error-unauthenticated = तपाईं साइन आउट हुनुभयो। जारी राख्न फेरि साइन इन गर्नुहोस्।
error-unexpected = केही गडबड भयो। फेरि प्रयास गर्नुहोस्।
error-page-not-loaded = यो पृष्ठ खुल्न सकेन। आफ्नो जडान जाँच गर्नुहोस् र फेरि प्रयास गर्नुहोस्।
error-too-many-attempts-seconds =
    धेरै पटक प्रयास भयो। { $seconds ->
        [one] एक सेकेन्ड
       *[other] { $seconds } सेकेन्ड
    } पछि फेरि प्रयास गर्नुहोस्।
error-too-many-attempts-minutes =
    धेरै पटक प्रयास भयो। { $minutes ->
        [one] एक मिनेट
       *[other] { $minutes } मिनेट
    } पछि फेरि प्रयास गर्नुहोस्।

## Roles

-role-volunteer = स्वयंसेवक
-role-translator = अनुवादक
-role-editor = सम्पादक
-role-group_member = समूह सदस्य
-role-group_moderator = समूह सञ्चालक
-role-city_admin = सहर प्रशासक
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
        [group] { role-name }, समूह “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant }, { $city }
role-label = भूमिका
role-group-label = समूह
role-group-hint = यो सहरमा तपाईंले सञ्चालन गर्ने अभिलेख समूहमध्ये एउटा।
role-group-missing = एउटा समूह छान्नुहोस्।
role-group-unknown = यो सहरमा त्यो छोटो नामको कुनै अभिलेख समूह छैन।
role-languages-label = भाषाहरू
role-languages-hint = भाषाका कोडहरू, अल्पविरामले छुट्याइएका। उदाहरण: ar, uk, fa-AF।
role-languages-missing = कम्तीमा एउटा भाषा कोड लेख्नुहोस्।
role-languages-invalid = यीमध्ये एउटा भाषा कोड होइन। ar, uk वा fa-AF जस्ता कोड प्रयोग गर्नुहोस्।

## Sign-in page

sign-in-title = साइन इन
sign-in-intro = स्वयंसेवक, सम्पादक, अनुवादक र सहरका कर्मचारीहरूका लागि। गाइड पढ्न खाता चाहिँदैन।
sign-in-name = नाम
sign-in-passphrase = पासवर्ड
sign-in-submit = साइन इन
sign-in-name-missing = आफ्नो नाम लेख्नुहोस्।
sign-in-passphrase-missing = आफ्नो पासवर्ड लेख्नुहोस्।
sign-in-invalid = नाम वा पासवर्ड गलत छ।
sign-in-no-account = खाता छैन? खाता निमन्त्रणाबाट मात्र बन्छ। आफ्नो सहरको प्रशासकसँग लिङ्क माग्नुहोस्।
sign-in-already = तपाईं { $name } नामले साइन इन हुनुहुन्छ।
sign-in-continue = जारी राख्नुहोस्
sign-in-account = तपाईंको खाता

## Invitation page

invite-title = निमन्त्रणा
invite-loading = निमन्त्रणा जाँच गर्दै…
invite-not-found = यो निमन्त्रणा लिङ्कले काम गर्दैन। यो पहिले नै प्रयोग भएको वा म्याद सकिएको हुन सक्छ। तपाईंलाई निम्तो दिने व्यक्तिसँग नयाँ माग्नुहोस्।
invite-home = गृहपृष्ठमा जानुहोस्
invite-for = तपाईंलाई { $city } मा यो भूमिकासहित निम्तो दिइएको छ: { role-grant }।
invite-expires = यो निमन्त्रणा { DATETIME($expires, dateStyle: "long", timeStyle: "short") } सम्म मान्य छ।
invite-signed-in-note = तपाईं { $name } नामले साइन इन हुनुहुन्छ। यो निमन्त्रणा स्वीकार गर्दा नयाँ खाता बन्छ र तपाईं त्यसैबाट साइन इन हुनुहुन्छ।
invite-name = तपाईंको नाम
invite-name-hint = तपाईंसँग काम गर्नेहरूले यो नाम देख्छन्। यो तपाईंको वास्तविक नाम हुनु पर्दैन: उपनाम पनि ठीक छ।
invite-name-missing = एउटा नाम छान्नुहोस्।
invite-name-too-long = यो नाम धेरै लामो छ: बढीमा 64 अक्षर।
invite-name-taken = यो नाम पहिले नै लिइएको छ। अर्को छान्नुहोस्।
invite-passphrase = पासवर्ड
invite-passphrase-hint = कम्तीमा 10 अक्षर। एकअर्कासँग नमिल्ने केही शब्द सम्झन सजिलो र अनुमान गर्न गाह्रो हुन्छ।
invite-passphrase-confirm = पासवर्ड फेरि
invite-passphrase-too-short = पासवर्ड धेरै छोटो छ: कम्तीमा 10 अक्षर।
invite-passphrase-too-long = पासवर्ड धेरै लामो छ: बढीमा 1024 अक्षर।
invite-passphrase-mismatch = दुई पासवर्ड उस्तै छैनन्।
invite-submit = मेरो खाता बनाउनुहोस्

## Account page

account-title = तपाईंको खाता
account-loading = तपाईंको खाता लोड हुँदै…
account-not-signed-in = तपाईं साइन इन हुनुहुन्न।
account-signed-out = तपाईं साइन आउट हुनुभयो।
account-sign-in = साइन इन
account-signed-in-as = तपाईं { $name } नामले साइन इन हुनुहुन्छ।
account-offline = तपाईं अफलाइन हुनुहुन्छ। उपकरणले यति सम्झेको छ। सत्रहरू र साइन आउटका लागि जडान चाहिन्छ।
account-roles-title = तपाईंका भूमिकाहरू
account-no-roles = तपाईंको अहिलेसम्म कुनै भूमिका छैन।
account-manage-city = { $city } व्यवस्थापन
account-sessions-title = तपाईं कहाँ साइन इन हुनुहुन्छ
account-sessions-loading = लोड हुँदै…
account-session-current = यो उपकरण
account-session-other = अर्को उपकरण
account-session-times = साइन इन: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, अन्तिम सक्रिय: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = साइन आउट
account-session-ended = त्यो उपकरण साइन आउट भयो।
account-sign-out-everywhere = सबै ठाउँबाट साइन आउट
account-sign-out = साइन आउट

## City administration page

admin-title = सहर व्यवस्थापन
admin-heading = { $city } व्यवस्थापन
admin-loading = लोड हुँदै…
admin-offline = तपाईं अफलाइन हुनुहुन्छ। सहर व्यवस्थापन गर्न जडान चाहिन्छ।
admin-not-signed-in = सहर व्यवस्थापन गर्न साइन इन गर्नुहोस्।
admin-sign-in = साइन इन
admin-not-admin = तपाईं { $city } को प्रशासक हुनुहुन्न।
admin-invite-title = कसैलाई निम्तो दिनुहोस्
admin-invite-intro = निमन्त्रणा लिङ्क एक जनाका लागि हो। यसले एक पटक मात्र काम गर्छ, र जसले खोल्छ उसले खाता बनाउन सक्छ। यसलाई निजी रूपमा पठाउनुहोस्।
admin-invite-submit = निमन्त्रणा लिङ्क बनाउनुहोस्
admin-invite-created = निमन्त्रणा लिङ्क बन्यो।
admin-invite-link-label = निमन्त्रणा लिङ्क
admin-invite-about = भूमिका: { role-grant }। { DATETIME($expires, dateStyle: "long", timeStyle: "short") } सम्म मान्य।
admin-invite-copy = लिङ्क कपी गर्नुहोस्
admin-invite-share = लिङ्क सेयर गर्नुहोस्
admin-invite-copied = लिङ्क कपी भयो।
admin-invite-copy-failed = कपी गर्न सकिएन। लिङ्क छानिएको छ: आफैं कपी गर्नुहोस्।
admin-members-title = सदस्यहरू
admin-members-none = अहिलेसम्म कुनै सदस्य छैनन्।
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (तपाईं)
       *[no] { $name }
    }
admin-member-revoked = पहुँच हटाइयो
admin-member-no-roles = कुनै भूमिका छैन
admin-member-edit = भूमिका बदल्नुहोस्
admin-member-revoke = पहुँच हटाउनुहोस्
admin-roles-heading = { $name } का भूमिकाहरू
admin-role-remove = हटाउनुहोस्
admin-role-add-title = भूमिका थप्नुहोस्
admin-role-add = भूमिका थप्नुहोस्
admin-role-duplicate = यो व्यक्तिसँग त्यो भूमिका पहिले नै छ।
admin-roles-save = भूमिकाहरू सुरक्षित गर्नुहोस्
admin-roles-cancel = रद्द गर्नुहोस्
admin-roles-saved = { $name } का भूमिकाहरू सुरक्षित भए।
admin-revoke-question = { $name } को पहुँच हटाउने?
admin-revoke-explain = { $name } सबै उपकरणबाट साइन आउट हुनेछन् र फेरि साइन इन गर्न सक्ने छैनन्।
admin-revoke-confirm = पहुँच हटाउनुहोस्
admin-revoke-cancel = रद्द गर्नुहोस्
admin-revoked = { $name } को पहुँच हटाइयो।

## Suggestions queue (editors)

suggestions-title = पाठकहरूका सुझाव
suggestions-heading = { $city } का लागि सुझाव
suggestions-intro = गाइडमा केही गलत हुँदा पाठकहरूले नाम नखुलाई यी सुझाव पठाउँछन्। जाँच्नुहोस्, आवश्यक भए सामग्री सुधार्नुहोस्, अनि सुझावलाई सकिएको भनी चिन्ह लगाउनुहोस्।
suggestions-loading = लोड हुँदै…
suggestions-not-signed-in = पाठकहरूले पठाएका सुझाव हेर्न साइन इन गर्नुहोस्।
suggestions-sign-in = साइन इन
suggestions-not-allowed = { $city } का सम्पादक र प्रशासकहरूले मात्र यसका सुझाव हेर्न सक्छन्।
suggestions-unknown-city = “{ $city }” नामको कुनै सहर छैन।
suggestions-show-done = सकिएका सुझावहरू पनि देखाउनुहोस्
suggestions-list-title = सुझावहरू
suggestions-none-open = कुनै खुला सुझाव छैन।
suggestions-none = अहिलेसम्म कुनै सुझाव छैन।
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = विषय: { $title }
suggestions-about-unpublished = अब प्रकाशित नभएको सामग्रीबारे
suggestions-about-guide = सामान्य रूपमा गाइडबारे
suggestions-no-message = पाठकले कुनै सन्देश लेखेनन्।
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = प्राप्त: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · भाषा: { LANGUAGES($language) }
suggestions-resolved = सकिएको: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = सकिएको भनी चिन्ह लगाउनुहोस्
suggestions-marked-done = सुझावलाई सकिएको भनी चिन्ह लगाइयो।
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = यो बन्द भयो वा अब छैन
suggestion-topic-hours = खुल्ने समय गलत छ
suggestion-topic-address = ठेगाना गलत छ
suggestion-topic-contact = फोन नम्बर वा अन्य सम्पर्क गलत छ
suggestion-topic-translation = अनुवाद गलत छ वा छैन
suggestion-topic-other = अरू केही

## Editing app

editor-page-title = गाइड सम्पादन
editor-title = सम्पादन: { $city }
editor-signed-out = गाइड सम्पादन गर्न साइन इन गर्नुहोस्।
editor-progress = यो उपकरणमा कागजात: { $loaded } / { $total }
editor-filter = फिल्टर
editor-events = कार्यक्रम
editor-services = सेवाहरू
editor-new-event = नयाँ कार्यक्रम
editor-back = सूचीमा फर्कनुहोस्
editor-untitled = (अहिलेसम्म शीर्षक छैन)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] यो उपकरणमा सुरक्षित गरियो। तपाईं अफलाइन हुनुहुन्छ।
        [one] यो उपकरणमा सुरक्षित गरियो। एउटा परिवर्तन पठाउन बाँकी छ।
       *[other] यो उपकरणमा सुरक्षित गरियो। { $count } परिवर्तन पठाउन बाँकी छन्।
    }
editor-sync-sending =
    { $count ->
        [one] एउटा परिवर्तन पठाउँदै…
       *[other] { $count } परिवर्तन पठाउँदै…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = सिङ्क भयो: { $ago }
editor-sync-sent =
    { $count ->
        [1] एउटा परिवर्तन पठाइयो। सिङ्क भयो: { $ago }
       *[other] पठाइएका परिवर्तनहरू: { $count }। सिङ्क भयो: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] तपाईंको सत्र सकियो। सिङ्क जारी राख्न फेरि साइन इन गर्नुहोस्।
        [one] तपाईंको सत्र सकियो। तपाईंको परिवर्तन यो उपकरणमा सुरक्षित छ: पठाउन फेरि साइन इन गर्नुहोस्।
       *[other] तपाईंको सत्र सकियो। तपाईंका { $count } परिवर्तन यो उपकरणमा सुरक्षित छन्: पठाउन फेरि साइन इन गर्नुहोस्।
    }
editor-sync-sign-in = फेरि साइन इन गर्नुहोस्
editor-hint-plain = छोटा वाक्य लेख्नुहोस्। एउटा वाक्यमा एउटै कुरा। मानिसहरूले चिनेका शब्द प्रयोग गर्नुहोस्।
editor-hint-title = यो के हो, केही शब्दमा भन्नुहोस्। जस्तै: भाषा क्याफे।
editor-minor-edit = सानो सुधार (हिज्जे, टाइपको गल्ती): अनुवादहरू अद्यावधिक नै रहन्छन्
editor-conflict =
    { $count ->
        [one] दुई जनाले यो एकै समयमा बदल्नुभयो। सही मान छान्नुहोस्:
       *[other] केही जनाले यो एकै समयमा बदल्नुभयो ({ $count } मान)। सही मान छान्नुहोस्:
    }
editor-conflict-keep = “{ $value }” राख्नुहोस्
editor-event-title = शीर्षक
editor-event-description = विवरण
editor-event-type = कार्यक्रमको प्रकार
editor-event-type-workshop = कार्यशाला
editor-event-type-language-cafe = भाषा क्याफे
editor-event-type-festival = महोत्सव
editor-event-type-commemoration = स्मरण कार्यक्रम
editor-event-type-job-fair = रोजगार मेला
editor-event-type-sport = खेलकुद
editor-event-type-information-session = जानकारी सत्र
editor-event-type-other = अन्य
editor-event-start = सुरु
editor-event-end = अन्त्य
editor-event-place = स्थान
editor-place-name = स्थानको नाम
editor-place-street = सडक र नम्बर
editor-place-postal-code = हुलाक कोड
editor-place-locality = सहर
editor-event-organizer = आयोजक
editor-event-free = निःशुल्क
editor-event-cancelled = पूरै कार्यक्रम रद्द भयो
editor-repeat = दोहोरिने
editor-repeat-kind = कति पटक
editor-repeat-none = दोहोरिँदैन
editor-repeat-weekly = हरेक हप्ता
editor-repeat-monthly = हरेक महिना
editor-repeat-custom = अर्को नियम (RRULE)
editor-repeat-days =
    .aria-label = यी दिनहरूमा
editor-repeat-nth = कुनचाहिँ
editor-repeat-weekday = दिन
editor-repeat-until = सम्म (ऐच्छिक)
editor-repeat-rule = नियम
editor-nth-1 = पहिलो
editor-nth-2 = दोस्रो
editor-nth-3 = तेस्रो
editor-nth-4 = चौथो
editor-nth-last = अन्तिम
editor-weekday-mo = सोमबार
editor-weekday-tu = मङ्गलबार
editor-weekday-we = बुधबार
editor-weekday-th = बिहीबार
editor-weekday-fr = शुक्रबार
editor-weekday-sa = शनिबार
editor-weekday-su = आइतबार
editor-cancelled-dates = रद्द गरिएका मितिहरू
editor-cancel-date-label = एउटा मिति रद्द गर्नुहोस्
editor-cancel-date = यो मिति रद्द गर्नुहोस्
editor-restore-date = मिति फिर्ता ल्याउनुहोस्: { $date }
editor-quick-hint = इन्टरनेट बिना पनि चल्छ। फेरि अनलाइन हुँदा कार्यक्रम पठाइनेछ।
editor-quick-date = मिति
editor-quick-start = सुरु हुने समय
editor-quick-end = सकिने समय
editor-quick-save = कार्यक्रम सुरक्षित गर्नुहोस्
editor-quick-missing = शीर्षक, मिति र समय भर्नुहोस्।
editor-service-name = नाम
editor-service-description = यो के हो
editor-service-eligibility = को आउन सक्छ
editor-service-documents = के साथमा ल्याउने
editor-service-status = अवस्था
editor-service-status-active = खुला
editor-service-status-temporarily-closed = अहिलेलाई बन्द
editor-service-status-closed = सधैँका लागि बन्द
editor-service-organization = यसलाई चलाउने संस्था
editor-service-categories = वर्गहरू
editor-service-target-groups = कसका लागि
editor-service-open-to-all = सबैका लागि खुला, जुनसुकै कागजात भए पनि
editor-service-fee = मूल्य, निःशुल्क छैन भने
editor-service-languages = कर्मचारीले बोल्ने भाषाहरू
editor-service-language-other = अर्को भाषा
editor-service-language-hint = भाषाको कोड, जस्तै ti, prs वा pt-BR।
editor-service-language-add = भाषा थप्नुहोस्
editor-service-language-invalid = यो भाषाको कोड होइन। ti, prs वा pt-BR जस्तो कोड लेख्नुहोस्।
editor-service-contacts = सम्पर्क
editor-service-phones = फोन नम्बरहरू
editor-service-phone = फोन नम्बर { $number }
editor-service-phone-new = नयाँ फोन नम्बर
editor-service-phone-add = नम्बर थप्नुहोस्
editor-service-phone-remove = { $phone } हटाउनुहोस्
editor-service-phone-invalid = फोन नम्बर लेख्नुहोस्: अङ्क, खाली ठाउँ र + मात्र। जस्तै +32 4 123 45 67।
editor-service-email = इमेल
editor-service-email-invalid = यो इमेल ठेगाना होइन। जस्तै: info@example.org
editor-service-website = वेबसाइट
editor-service-website-invalid = https:// बाट सुरु हुने पूरा ठेगाना लेख्नुहोस्
editor-service-verified = पछिल्लो जाँच
editor-service-verified-never = यो सेवा अहिलेसम्म कसैले जाँचेको छैन।
editor-service-verified-value = { $date } मा { $name } ले जाँच्नुभयो
editor-service-verify = आज जाँचियो
editor-service-locations = ठाउँहरू
editor-service-location = ठाउँ { $number }
editor-service-location-none = अहिलेसम्म कुनै ठाउँ छैन।
editor-service-location-add = ठाउँ थप्नुहोस्
editor-service-location-remove = यो ठाउँ हटाउनुहोस्
editor-location-region = क्षेत्र
editor-location-country = देश (दुई अक्षर, जस्तै BE)
editor-location-country-invalid = देशको दुई अक्षरको कोड लेख्नुहोस्, जस्तै BE।
editor-location-latitude = अक्षांश (ऐच्छिक)
editor-location-longitude = देशान्तर (ऐच्छिक)
editor-location-latitude-invalid = -90 देखि 90 सम्मको सङ्ख्या लेख्नुहोस्, जस्तै 50.63।
editor-location-longitude-invalid = -180 देखि 180 सम्मको सङ्ख्या लेख्नुहोस्, जस्तै 5.57।
editor-location-outreach = उनीहरू मानिसहरूकहाँ पनि जान्छन् (मोबाइल वा फिल्ड सेवा)
editor-service-schedules = खुल्ने समय
editor-schedule = समय { $number }
editor-schedule-none = अहिलेसम्म खुल्ने समय छैन।
editor-schedule-add = खुल्ने समय थप्नुहोस्
editor-schedule-remove = यो समय हटाउनुहोस्
editor-schedule-days = दिनहरू
editor-schedule-rule-hint = दिनले भन्न नसक्ने कुराका लागि मात्र, जस्तै हरेक महिनाको पहिलो मङ्गलबारका लागि FREQ=MONTHLY;BYDAY=1TU। दिनहरू प्रयोग गर्न खाली छोड्नुहोस्।
editor-schedule-rule-invalid = यो नियम प्रयोग गर्न सकिँदैन। “RRULE:” बिना FREQ=WEEKLY;BYDAY=MO,TU जस्तो नियम लेख्नुहोस्।
editor-schedule-opens = खुल्ने समय
editor-schedule-closes = बन्द हुने समय
editor-schedule-overnight = भोलिपल्ट बन्द हुन्छ (मध्यरातपछि पनि खुला)
editor-schedule-times-invalid = बन्द हुने समय खुल्ने समयपछि हुनुपर्छ। मध्यरातपछिको समयका लागि “भोलिपल्ट बन्द हुन्छ” मा चिन्ह लगाउनुहोस्।
editor-schedule-valid-from = देखि (ऐच्छिक)
editor-schedule-valid-to = सम्म (ऐच्छिक)
editor-schedule-valid-invalid = अन्त्य मिति सुरु मितिभन्दा अघि हुन सक्दैन।
editor-schedule-closed-dates = बन्द हुने दिन
editor-schedule-closed-date-label = बन्द हुने एक दिन
editor-schedule-closed-date-add = बन्द दिन थप्नुहोस्
editor-schedule-closed-date-remove = { $date } मा फेरि खुला
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, समय लिएर
editor-schedule-no-days = कुनै दिन छानिएको छैन
editor-schedule-no-hours = अहिलेसम्म समय छैन
editor-new-service = नयाँ सेवा
editor-new-service-hint = नामबाट सुरु गर्नुहोस्। बाँकी अर्को स्क्रिनमा भर्नुहुन्छ। इन्टरनेटबिना पनि चल्छ।
editor-new-service-create = सेवा बनाउनुहोस्
editor-new-service-missing = सेवाको नाम लेख्नुहोस्।
editor-publishing = प्रकाशन
editor-publish-hint = पाठकहरूले प्रकाशित संस्करण मात्र देख्छन्। तपाईंले पछि गरेका परिवर्तनहरू फेरि प्रकाशित नगरेसम्म मस्यौदा नै रहन्छन्।
editor-publish = यो संस्करण प्रकाशित गर्नुहोस्
editor-unpublish = प्रकाशन हटाउनुहोस्
editor-published = प्रकाशित भयो। पाठकहरूले अब यो संस्करण देख्छन्।
editor-draft-badge = अप्रकाशित मस्यौदा
editor-publication-published = प्रकाशित: पाठकहरूले यही संस्करण देख्छन्।
editor-publication-draft = अप्रकाशित मस्यौदा: यो प्रकाशित नभएसम्म पाठकहरूले पछिल्लो प्रकाशित संस्करण देख्छन्।
editor-publication-unpublished = अप्रकाशित मस्यौदा: प्रकाशित नभएसम्म पाठकहरूले यो वस्तु देख्दैनन्।
editor-unpublished = प्रकाशन हटाइयो। पाठकहरूले अब यो देख्दैनन्।
editor-publish-not-synced = सर्भरमा अझै यो संस्करण छैन। सिङ्क नभएसम्म पर्खनुहोस्, अनि प्रकाशित गर्नुहोस्।
editor-publish-offline = तपाईं अफलाइन हुनुहुन्छ। फेरि अनलाइन हुँदा प्रकाशित गर्नुहोस्।
editor-publish-not-publishable = प्रकाशित भएन: यो संस्करण अझै पूर्ण वस्तु होइन। सिङ्क नभएसम्म पर्खनुहोस्, यसका फिल्डहरू जाँच्नुहोस्, अनि फेरि प्रकाशित गर्नुहोस्।
editor-publish-invalid-content = प्रकाशित भएन: पहिले { $field } सच्याउनुहोस्।
editor-publish-link-invalid = लिङ्कले यो साइटको कुनै पानामा (एउटै / बाट सुरु हुने) वा https:// बाट सुरु हुने पूरा ठेगानामा लैजानुपर्छ।
# The publish preview: the version readers see now against the draft on this device.
editor-preview = पूर्वावलोकन: पाठकहरूले के देख्नेछन्
editor-preview-hint = पाठकहरूले अहिले देख्ने संस्करण, तपाईंको मस्यौदासँग तुलना गरिएको। पाठकहरूलाई मस्यौदा देखाउन प्रकाशित गर्नुहोस्।
editor-preview-not-published = अहिलेसम्म प्रकाशित भएको छैन: पाठकहरूले केही देख्दैनन्। प्रकाशित गरेपछि उनीहरूले यो देख्नेछन्:
# $when: the date and time of publishing.
editor-preview-same = पाठकहरूले ठ्याक्कै यही संस्करण देख्छन् (प्रकाशित: { $when })।
editor-preview-changed =
    { $count ->
        [one] एउटा फिल्ड पाठकहरूले देख्ने कुराभन्दा फरक छ (प्रकाशित: { $when }):
       *[other] { $count } फिल्ड पाठकहरूले देख्ने कुराभन्दा फरक छन् (प्रकाशित: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] एउटा फिल्ड परिवर्तन भएको छैन
       *[other] { $count } फिल्ड परिवर्तन भएका छैनन्
    }
editor-preview-unknown = पाठकहरूले के देख्छन् भनेर हेर्न एक पटक इन्टरनेटमा जोडिनुहोस्।
editor-preview-unavailable = यो उपकरणमा अझै प्रकाशित संस्करण छैन। सिङ्क नभएसम्म पर्खनुहोस्।
# Read out by screen readers before removed and added words.
editor-diff-removed = हटाइएको:
editor-diff-added = थपिएको:
# The history of an item: who changed which field, and when.
editor-history = इतिहास
editor-history-hint = कसले के बदल्यो, र कहिले। तपाईं पहिलेको मान फिर्ता ल्याउन सक्नुहुन्छ।
editor-history-none = अहिलेसम्म कुनै परिवर्तन छैन।
editor-history-unknown-author = आयात गरिएको
# $field: the technical name of a field that has no label here.
editor-history-other-field = अन्य विवरण ({ $field })
editor-history-restore = यो मान फिर्ता ल्याउनुहोस्
editor-history-current = यो हालको मान हो।
editor-history-empty = (खाली)
editor-history-yes = हो
editor-history-no = होइन
editor-history-field-order = लेखहरूको सूचीमा स्थान
editor-translate-link = अनुवाद गर्नुहोस्
editor-suggestions-link = पाठकहरूका सुझाव
editor-suggestions-open = खुला: { $count }
editor-translate-title = अनुवादहरू
editor-translate-no-languages = यस सहरमा तपाईंसँग अनुवाद गर्ने कुनै भाषा छैन।
editor-translate-language = कुन भाषामा
editor-translate-status = देखाउनुहोस्
editor-translate-all = सबै
editor-translate-back = अनुवादहरूमा फर्कनुहोस्
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $total } मध्ये { $done } अद्यावधिक
editor-status-missing = छैन
editor-status-outdated = पुरानो
editor-status-machine = मेसिन अनुवाद
editor-status-up-to-date = अद्यावधिक
editor-status-incomplete = आंशिक अनुवाद
editor-translate-source-changed = यो अनुवाद गरेपछि मूल पाठ परिवर्तन भएको छ। के परिवर्तन भयो भन्ने प्रत्येक खण्डमाथि चिन्ह लगाइएको छ।
editor-translate-source-changed-unknown = यो अनुवाद गरेपछि मूल पाठ परिवर्तन भएको छ। यो उपकरणले के परिवर्तन भयो देखाउन सक्दैन: प्रत्येक पाठलाई मूलसँग दाँज्नुहोस्।
editor-translate-what-changed = मूलमा परिवर्तन:
editor-translate-finish = सिध्याउनुहोस्
editor-translate-left = अनुवाद गर्न बाँकी पाठ: { $count }
editor-translate-all-translated = सबै पाठ अनुवाद भइसके। मूलसँग जाँच्नुहोस्, त्यसपछि अनुवादलाई सकियो भनी चिन्ह लगाउनुहोस्।
editor-translate-done = सकियो भनी चिन्ह लगाउनुहोस्
editor-translate-not-done = पहिले प्रत्येक पाठ अनुवाद गर्नुहोस्। अझै खाली: { $count }
editor-translate-marked-done = सकियो भनी चिन्ह लगाइयो। यो यस उपकरणमा सुरक्षित छ र तपाईंका अरू परिवर्तनसँगै सर्भरमा जान्छ।
editor-translate-publish = अनुवाद प्रकाशित गर्नुहोस्
editor-translate-publish-hint = प्रकाशित भएपछि पाठकहरूले अनुवाद देख्छन्, उनीहरूले अहिले देखिरहेको वस्तुको संस्करणसँगै।
editor-translate-editor-publishes = सम्पादकले प्रकाशित गरेपछि पाठकहरूले अनुवाद देख्छन्।
editor-translate-publish-not-done = पहिले अनुवादलाई सकियो भनी चिन्ह लगाउनुहोस्।
editor-translate-item-unpublished = वस्तु आफैँ अझै प्रकाशित भएको छैन। प्रकाशित भएपछि पाठकहरूले अनुवाद देख्नेछन्।
editor-translate-published = प्रकाशित भयो। पाठकहरूले अब यो अनुवाद देख्छन्।
editor-field-name = नाम
editor-field-title = शीर्षक
editor-field-description = विवरण
editor-field-body = पाठ
editor-field-eligibility = को आउन सक्छ
editor-field-documents_needed = के साथमा ल्याउने
editor-field-fee = शुल्क
editor-field-accessibility = पहुँचयोग्यता
editor-field-notes = खुल्ने समयबारे टिप्पणी

## Guide articles and city settings

editor-new-article = नयाँ लेख
editor-settings-link = सहरका सेटिङहरू
editor-articles = गाइडका लेखहरू
editor-move-up = माथि सार्नुहोस्
    .aria-label = माथि सार्नुहोस्: { $title }
editor-move-down = तल सार्नुहोस्
    .aria-label = तल सार्नुहोस्: { $title }
editor-article-title = शीर्षक
editor-article-body = पाठ
editor-article-markdown-hint = ढाँचा: अनुच्छेदहरूबीच एउटा खाली लाइन; शीर्षकका लागि लाइनको सुरुमा «## »; सूचीका लागि «- » वा «1. »; लिङ्क यसरी लेख्नुहोस् [शब्दहरू](https://example.org).
editor-article-parent = यसको मुनि पर्छ
editor-article-top-level = सबैभन्दा माथिल्लो तह (कुनै लेखको मुनि होइन)
editor-article-notice = गृहपृष्ठमा सूचना यो मितिसम्म (ऐच्छिक)
editor-article-notice-hint = यो मितिसम्म गाइडको गृहपृष्ठले लेखलाई सहरको सूचनाका रूपमा देखाउँछ। सामान्य लेखका लागि खाली छोड्नुहोस्।
editor-hint-title-article = केही शब्दमा यो केबारे हो भन्नुहोस्। जस्तै: तपाईंका पहिला दिनहरू।
editor-article-create = लेख बनाउनुहोस्
editor-article-title-missing = पहिले शीर्षक लेख्नुहोस्।
editor-article-cannot-create = सम्पादकहरूले मात्र लेख थप्न सक्छन्।
editor-settings-title = सहरका सेटिङहरू
editor-settings-live = यहाँका परिवर्तनहरू पाठकहरूले तुरुन्तै देख्छन्। प्रकाशनको छुट्टै चरण छैन।
editor-settings-read-only = तपाईं सहरका सेटिङहरू बदल्न सक्नुहुन्न। सम्पादकहरूले मात्र सक्छन्।
editor-categories = वर्गहरू
editor-categories-hint = पाठकहरूले वर्गहरू यही क्रममा देख्छन्। नाम खाली भए पाठकहरूले वैकल्पिक भाषाको नाम देख्छन्।
editor-category-icon = आइकन
editor-category-name = { $language } मा नाम ({ $tag })
editor-category-add-title = नयाँ वर्ग
editor-category-add-name = { $language } मा नाम
editor-category-add = वर्ग थप्नुहोस्
editor-category-name-missing = पहिले वर्गको नाम लेख्नुहोस्।
editor-category-remove-question = «{ $name }» हटाउने? यसलाई प्रयोग गर्ने सेवाहरू: { $count }।
editor-remove = हटाउनुहोस्
    .aria-label = हटाउनुहोस्: { $name }
editor-remove-confirm = हो, «{ $name }» हटाउनुहोस्
editor-remove-cancel = रद्द गर्नुहोस्
editor-icon-heart = मुटु
editor-icon-house = घर
editor-icon-scales = तराजु
editor-icon-briefcase = ब्रिफकेस
editor-icon-book = किताब
editor-icon-family = परिवार
editor-icon-bowl = कचौरा
editor-icon-people = मानिसहरू
editor-icon-woman = महिला
editor-icon-star = तारा
editor-icon-search = म्याग्निफाइङ ग्लास
editor-icon-calendar = पात्रो
editor-icon-clock = घडी
editor-icon-pin = नक्साको पिन
editor-icon-phone = फोन
editor-icon-share = सेयर
editor-icon-print = प्रिन्टर
editor-icon-speaker = स्पिकर
editor-icon-article = कागजात
editor-icon-offline = जडान छैन
editor-icon-check = ठिक चिन्ह
editor-icon-flag = झन्डा
editor-languages = भाषाहरू
editor-languages-hint = पाठकहरूले रोज्न सक्ने भाषाहरू। अझै अनुवाद नभएको पाठ वैकल्पिक भाषामा देखिन्छ।
editor-language-direction = लेखनको दिशा
editor-direction-ltr = बायाँबाट दायाँ
editor-direction-rtl = दायाँबाट बायाँ
editor-language-source = स्रोत भाषा: सामग्री पहिले यही भाषामा लेखिन्छ।
editor-language-fallback = वैकल्पिक भाषा
editor-language-fallback-hint = पाठ अझै अनुवाद नभएको बेला यो भाषाका पाठकहरूले देख्ने भाषा।
editor-language-no-fallback = कुनै पनि होइन
editor-language-fallback-cycle = यसले चक्र बनाउँछ: त्यो भाषा पहिले नै यसमा फर्कन्छ। अर्को रोज्नुहोस्।
editor-language-remove-question = { $language } हटाउने? यसका पाठकहरूले अर्को भाषा रोज्नेछन्। अनुवादहरू सुरक्षित रहन्छन्।
editor-language-add-title = नयाँ भाषा
editor-language-add-tag = भाषाको कोड (BCP 47)
editor-language-add-hint = जस्तै: ti (तिग्रिन्या), pt-BR (ब्राजिलको पोर्तुगाली)।
editor-language-add = भाषा थप्नुहोस्
editor-language-invalid = «{ $tag }» भाषाको कोड होइन। ti वा pt-BR जस्तो कोड लेख्नुहोस्।
editor-language-present = सहरमा पहिले नै { $language } छ।

## The multivoiced archive

reader-archive-title = आगमनका आवाजहरू
reader-archive-intro = यो सहरमा आएका मानिसहरूका अनुभव, उनीहरूकै शब्दमा। हरेक आवाज उनीहरूकै हो; कुनै पनि आधिकारिक संस्करण होइन।
reader-archive-link = आगमनका आवाजहरू पढ्नुहोस्
reader-archive-empty = यहाँ अहिलेसम्म केही प्रकाशित भएको छैन।
reader-archive-unavailable = आवाजहरू लोड गर्न सकिएन। पछि फेरि प्रयास गर्नुहोस्।
reader-archive-offline = तपाईं अफलाइन हुनुहुन्छ। आगमनका आवाजहरूलाई जडान चाहिन्छ।
reader-archive-anonymous = नामविहीन
reader-archive-speaks-about = यसले यसबारे कुरा गर्छ:
reader-archive-translated = { $language } बाट समूहले अनुवाद गरेको
reader-archive-in-language = भाषा: { $language }
reader-archive-original = मूल शब्दहरू देखाउनुहोस्
reader-archive-recording =
    .aria-label = यो आवाजको रेकर्डिङ
archive-page-title = अभिलेख
archive-title = { $group } समूहको अभिलेख
archive-open = अभिलेख खोल्नुहोस्
archive-not-member = तपाईं यो अभिलेख समूहको सदस्य हुनुहुन्न।
archive-intro = समूहले लेखेका र रेकर्ड गरेका आगमनका अनुभवहरू। हरेक आवाज त्यसको लेखककै रहन्छ: कसले हेर्ने र उनलाई कुन नामले चिनाउने, उनी मात्र निर्णय गर्छन्।
archive-entries = अनुभवहरू
archive-no-entries = अहिलेसम्म कुनै अनुभव छैन।
archive-voice-count =
    { $count ->
        [one] { $count } आवाज
       *[other] { $count } आवाजहरू
    }
archive-state-published = प्रकाशित
archive-state-unpublished = अप्रकाशित
archive-theme = विषय
archive-guide-links = यसले कुरा गर्ने मार्गदर्शकका पृष्ठहरू
archive-theme-arrival = आगमन
archive-theme-first-contact-with-services = सेवाहरूसँग पहिलो सम्पर्क
archive-theme-housing = आवास
archive-theme-work = काम
archive-theme-family = परिवार
archive-theme-belonging = आत्मीयता
archive-theme-the-future = भविष्य
archive-theme-other = अन्य
archive-entry-title = शीर्षक
archive-entry-title-missing = शीर्षक लेख्नुहोस्।
archive-cities = यसले कुरा गर्ने सहरहरू
archive-cities-hint = प्रकाशित भएपछि यी सहरका गाइडका पाठकहरूले यो पढ्न सक्छन्।
archive-new-entry = नयाँ अनुभव
archive-new-entry-create = अनुभव बनाउनुहोस्
archive-back = अभिलेखमा फर्कनुहोस्
archive-entry-missing = यो अनुभव अझै यो उपकरणमा छैन। भर्खरै बनाइएको हो भने सिंक नहुँदासम्म पर्खनुहोस्।
archive-voices = आवाजहरू
archive-no-voices = अहिलेसम्म कुनै आवाज छैन।
archive-add-voice = मेरो आवाज थप्नुहोस्
archive-add-voice-hint = आफ्नै शब्दमा लेख्नुहोस्, आफ्नो आवाज रेकर्ड गर्नुहोस्, वा दुवै। यो तुरुन्तै यो उपकरणमा सुरक्षित हुन्छ र अनलाइन हुँदा पठाइन्छ।
archive-voice-language = तपाईं बोल्ने भाषा
archive-add-voice-create = मेरो आवाज थप्नुहोस्
archive-voice-yours = तपाईंको आवाज
archive-voice-of = { $name } को आवाज
archive-voice-unknown = समूहको एउटा आवाज
archive-voice-in = भाषा: { $language }
archive-voice-text = शब्दहरू
archive-voice-text-hint = जे लेखिएको छ, वा रेकर्डिङको लिखित रूप।
archive-recording = रेकर्डिङ
archive-record = रेकर्ड गर्नुहोस्
archive-record-stop = रोक्नुहोस्
archive-record-discard = रेकर्डिङ हटाउनुहोस्
archive-record-play =
    .aria-label = रेकर्डिङ फेरि सुन्नुहोस्
archive-recording-none = कुनै रेकर्डिङ छैन।
archive-recording-recording = रेकर्ड हुँदैछ…
archive-recording-waiting = रेकर्ड भयो, अपलोडको पर्खाइमा। त्यतिन्जेल यो यही उपकरणमा रहन्छ।
archive-recording-uploaded = अपलोड भयो।
archive-recording-refused-too-large = यो रेकर्डिङ धेरै ठूलो छ: अभिलेखले २५ MB सम्म लिन्छ। छोटो रेकर्ड गर्नुहोस् वा सानो फाइल छान्नुहोस्।
archive-recording-refused-wrong-type = अभिलेखले यो फाइल लिँदैन: WebM वा Ogg अडियो मात्र।
archive-audio-file = वा यो उपकरणबाट अडियो फाइल छान्नुहोस्
archive-audio-file-hint = WebM वा Ogg अडियो, २५ MB सम्म। अपलोड गर्दा यसको शीर्षक र अन्य ट्याग हटाइन्छ।
archive-recording-no-microphone = कुनै माइक्रोफोन प्रयोग गर्न सकिएन। यो साइटलाई माइक्रोफोनको अनुमति दिनुहोस्, वा आफ्ना शब्द लेख्नुहोस्।
archive-photo = फोटो
archive-photo-choose = फोटो थप्नुहोस्
archive-photo-hint = JPEG, PNG वा WebP, १० MB सम्म। अपलोड गर्दा यसको स्थान (GPS) र क्यामेराको विवरण हटाइन्छ।
archive-photo-description = फोटोमा के देखिन्छ (देख्न नसक्नेहरूका लागि)
archive-photo-remove = फोटो हटाउनुहोस्
archive-photo-none = फोटो छैन।
archive-photo-waiting = अपलोडको पर्खाइमा। त्यतिन्जेल यही उपकरणमा राखिन्छ।
archive-photo-uploaded = अपलोड भयो, स्थान र क्यामेराको विवरणबिना।
archive-photo-refused-too-large = यो फोटो धेरै ठूलो छ: अभिलेखले १० MB सम्मका फोटो लिन्छ।
archive-photo-refused-wrong-type = अभिलेखले यो फाइल लिँदैन: JPEG, PNG वा WebP फोटो मात्र।
archive-translations = अनुवादहरू
archive-translation-language = अनुवाद गर्ने भाषा
archive-translation-add = अनुवाद थप्नुहोस्
archive-translation-text = { $language } अनुवाद, अनुवादक { $by }
archive-translation-text-own = { $language } मा अनुवाद, आवाजका लेखकद्वारा
archive-consent-title = तपाईंको सहमति
archive-consent-unavailable = तपाईंको आवाज सर्भरमा पुगेपछि (अनलाइन हुँदा) कसले हेर्ने भनेर तपाईं छान्न सक्नुहुन्छ। त्यतिन्जेल समूहले मात्र हेर्छ, तपाईंको नामबिना।
archive-consent-visibility = तपाईंको आवाज कसले हेर्न सक्छ
archive-visibility-group = समूह मात्र
archive-visibility-city-editors = समूह र सहरका सम्पादकहरू
archive-visibility-public = सबैजना, कुनै मध्यस्थकर्ताले अनुभव प्रकाशित गरेपछि
archive-consent-naming = तपाईंलाई कसरी चिनाइन्छ
archive-naming-name = मेरो नामले ({ $name })
archive-naming-pseudonym = उपनामले
archive-naming-anonymous = कुनै पनि हालतमा होइन (नामविहीन)
archive-pseudonym = उपनाम
archive-pseudonym-missing = तपाईंलाई चिनाउन चाहेको उपनाम लेख्नुहोस्।
archive-consent-save = मेरो छनोट सुरक्षित गर्नुहोस्
archive-consent-saving = सुरक्षित हुँदैछ…
archive-consent-saved = सुरक्षित भयो।
archive-consent-offline = सुरक्षित भएन: तपाईं अफलाइन हुनुहुन्छ। अनलाइन हुँदा फेरि प्रयास गर्नुहोस्।
archive-consent-withdrawn = यो आवाज फिर्ता लिइएको छ।
archive-consent-failed = सुरक्षित भएन। पछि फेरि प्रयास गर्नुहोस्।
archive-withdraw = मेरो आवाज फिर्ता लिनुहोस्
archive-withdraw-explained = आवाज फिर्ता लिँदा त्यो सधैँका लागि हट्छ: समूहका कसैले, कुनै सम्पादक वा पाठकले फेरि देख्ने छैनन्, र सर्भरले त्यसलाई मेटाउँछ। यसलाई फर्काउन सकिँदैन।
archive-withdraw-cannot-undo = देखाइएका बेला अरूले पहिल्यै डाउनलोड, सुरक्षित वा प्रिन्ट गरेका प्रतिहरू यसले फिर्ता ल्याउन सक्दैन।
archive-withdraw-confirm = सधैँका लागि फिर्ता लिनुहोस्
archive-withdraw-cancel = मेरो आवाज राख्नुहोस्
archive-publish = अनुभव प्रकाशित गर्नुहोस्
archive-unpublish = प्रकाशन रद्द गर्नुहोस्
archive-publish-hint = पाठकहरूले ती आवाज मात्र देख्छन् जसका लेखकले “सबैजना” छानेका छन्, हरेकले छानेको नामले।
archive-published = प्रकाशित भयो। पाठकहरूले अब सार्वजनिक रूपमा बाँडिएका आवाजहरू देख्छन्।
archive-unpublished = प्रकाशन रद्द भयो। पाठकहरूले अब यो देख्दैनन्।
archive-publish-refused = प्रकाशित भएन: अहिलेसम्म कुनै लेखकले आफ्नो आवाज सार्वजनिक रूपमा बाँडेका छैनन् (वा अनुभवको शीर्षक छैन)।
archive-publish-not-synced = सर्भरमा अझै यो अनुभव छैन। सिंक नहुँदासम्म पर्खनुहोस्, अनि प्रकाशित गर्नुहोस्।
archive-publish-failed = प्रकाशित भएन। पछि फेरि प्रयास गर्नुहोस्।
archive-export = समूहको अभिलेख डाउनलोड गर्नुहोस्
archive-export-hint = प्रत्येक आवाजका शब्द (Markdown), रेकर्डिङहरू र प्रविष्टि, आवाज, भाषा र सहमतिको सूची भएको zip फाइल। फिर्ता लिइएका आवाजहरू यसमा कहिल्यै हुँदैनन्; बेनामी आवाजको यसमा कुनै नाम हुँदैन। प्रत्येक आवाजको सहमतिले दिएजति मात्र साझा गर्नुहोस्।

## Dates
date-month =
    { $month ->
     [jan] जनवरी
     [feb] फेब्रुअरी
     [mar] मार्च
     [apr] अप्रिल
     [may] मे
     [jun] जुन
     [jul] जुलाई
     [aug] अगस्ट
     [sep] सेप्टेम्बर
     [oct] अक्टोबर
     [nov] नोभेम्बर
    *[dec] डिसेम्बर
    }
date-month-alone =
    { $month ->
     [jan] जनवरी
     [feb] फेब्रुअरी
     [mar] मार्च
     [apr] अप्रिल
     [may] मे
     [jun] जुन
     [jul] जुलाई
     [aug] अगस्ट
     [sep] सेप्टेम्बर
     [oct] अक्टोबर
     [nov] नोभेम्बर
    *[dec] डिसेम्बर
    }
date-weekday =
    { $weekday ->
     [mon] सोमबार
     [tue] मङ्गलबार
     [wed] बुधबार
     [thu] बिहिबार
     [fri] शुक्रबार
     [sat] शनिबार
    *[sun] आइतबार
    }
date-day = { $month } { $day }, { $weekday }
date-full = { $year } { $month } { $day }
date-month-year = { $year } { $month }
date-day-time = { $day }: { $time }
date-list-separator = { ", " }
date-just-now = यही मिनेटमा
date-minutes-ago =
    { $count ->
     [one] { $count } मिनेट पहिले
    *[other] { $count } मिनेट पहिले
    }
date-hours-ago =
    { $count ->
     [one] { $count } घण्टा पहिले
    *[other] { $count } घण्टा पहिले
    }
date-days-ago =
    { $count ->
     [1] हिजो
     [one] { $count } दिन पहिले
    *[other] { $count } दिन पहिले
    }
