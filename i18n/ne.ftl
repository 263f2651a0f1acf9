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
nav-home = गृहपृष्ठ
nav-status = सिङ्कको अवस्था
nav-sign-in = साइन इन
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = तपाईंको खाता: { $name }
page-title = { $page } · { app-name }
language-label = भाषा

## Home page

home-title = { app-name } मा स्वागत छ
home-status-link = सिङ्कको अवस्था हेर्नुहोस्

## Status page

status-title = सिङ्कको अवस्था
status-connection-label = सर्भरसँगको जडान
status-connected = जोडिएको छ
status-connecting = जोड्दै…
status-offline = अफलाइन
status-offline-hint = तपाईं अफलाइन हुनुहुन्छ। परिवर्तनहरू यही उपकरणमा रहन्छन्। फेरि अनलाइन हुँदा पठाइन्छन्।
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
role-group-hint = अभिलेख समूहको छोटो नाम, तपाईंको सहरका लागि बनाइएजस्तै: साना ल्याटिन अक्षर, अङ्क र हाइफन।
role-group-missing = समूहको नाम लेख्नुहोस्।
role-group-invalid = समूहको छोटो नाम लेख्नुहोस्: साना ल्याटिन अक्षर, अङ्क र हाइफन। उदाहरण: women-voices।
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
