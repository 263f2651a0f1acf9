# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Tigrinya, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = ንሓደሽቲ መጻእቲ ዝኸውን ከባብያዊ መምርሒታት፣ ብሓባር ዝተጻሕፈ፣ ብዘይ ኢንተርነት እውን ዝንበብ።
skip-to-content = ናብ ትሕዝቶ ሕለፍ
nav-main =
    .aria-label = ቀንዲ ዝርዝር
nav-cities = ኩሎም ከተማታት
nav-status = ኩነታት ምስምማዕ
nav-sign-in = እቶ
nav-edit = መምርሒ ኣርትዕ
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = ሕሳብካ: { $name }
page-title = { $page } · { app-name }
language-label = ቋንቋ

## Choosing a guide

reader-choose-city-title = ከተማኻ ምረጽ
reader-choose-language-title = ቋንቋኻ ምረጽ
reader-choose-offline = ርክብ የብልካን። መምርሒ ንምውራድ ሓንሳብ ምስ ኢንተርነት ተራኸብ።
reader-kept-guides = ኣብዚ ተሌፎን ዘለዉ መምርሒታት
reader-choose-city = ካልእ ከተማ ወይ ቋንቋ ምረጽ
reader-choose-language-city = ቋንቋ መምርሒ { $city } ምረጽ
reader-language-not-offered = መምርሒ { $city } በዚ ቋንቋ ኣይተጻሕፈን: { $language }። ካብቶም ዝተጻሕፈሎም ቋንቋታት ሓደ ምረጽ:
reader-open-guide = መምርሒ ክፈት
reader-loading = ይጽዕን ኣሎ…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = መምርሒ
reader-nav-home = መእተዊ
reader-nav-articles = ጠቓሚ ሓበሬታ
reader-nav-events = ፍጻመታት
reader-nav-search = ድለ
reader-sample-city = እዚ ኣብነታዊ ከተማ እዩ፣ ትሕዝቶኡ ፈጠራ እዩ። { app-name } ንምፍታን እዩ ዝተዳለወ።
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = ብዘይ ኢንተርነት እውን ይሰርሕ፣ ዝተሓደሰሉ: { $ago }
reader-offline-now = ርክብ የብልካን። እዚ መምርሒ { $ago } ተሓዲሱ።
reader-guide-language = ቋንቋ መምርሒ
reader-print-link = ነዚ መምርሒ ሕተሞ
reader-offline-banner = ርክብ የብልካን። ኣብዚ ተሌፎን ዝተዓቀበ ቅዳሕ ኢኻ ተንብብ ዘለኻ።
reader-language-shown-in = መምርሒ { $city } በዚ ቋንቋ ኣይተጻሕፈን: { $language }። ጽሑፋቱ በዚ ቋንቋ እዩ ዝርአ ዘሎ: { $guide }።
reader-text-size = ዓቐን ጽሑፍ
reader-text-size-normal = ንቡር
reader-text-size-large = ዓቢ
reader-text-size-larger = ኣዝዩ ዓቢ
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] ገና ኣይተተርጎመን: ገለ ክፋላት በዚ ቋንቋ ይርኣዩ ኣለዉ: { $languages }።
       *[other] ገና ኣይተተርጎመን: ገለ ክፋላት በዞም ቋንቋታት ይርኣዩ ኣለዉ: { $languages }።
    }
reader-problem-offline-title = እዚ መምርሒ ገና ኣብዚ ተሌፎን የለን
reader-problem-offline = ሓንሳብ ምስ ኢንተርነት ተራኸብ። ድሕሪኡ መምርሒ ብዘይ ኢንተርነት እውን ይሰርሕ።
reader-offline-missing = ርክብ የብልካን።
reader-problem-unknown-city-title = ከተማ ኣይተረኽበን
reader-problem-unknown-city = ኣብዚ ንዚ ከተማ ዝኸውን መምርሒ የለን።
reader-problem-unknown-language-title = እዚ ቋንቋ የለን
reader-problem-unknown-language = እዚ መምርሒ በዚ ቋንቋ የለን። ካብዞም ቋንቋታት ሓደ ምረጽ:
reader-problem-server-title = መምርሒ ክጽዓን ኣይከኣለን
reader-problem-server = ኣብ ሰርቨር ጸገም ኣጋጢሙ። ጸኒሕካ ደጊምካ ፈትን።
reader-meta-description = መምርሒ { $city } ንሓደሽቲ መጻእቲ፡ ሓገዝ፡ ኣገልግሎታት፡ ጠቓሚ ሓበሬታን ፍጻመታትን ኣበይ ከም ትረኽቡ፡ ብቋንቋኹም፡ ብዘይ ኢንተርነት እውን።
reader-meta-description-page = { $page }፡ ኣብ መምርሒ { $city } ንሓደሽቲ መጻእቲ፡ ሓገዝ፡ ኣገልግሎታት፡ ሓበሬታን ፍጻመታትን ብቋንቋኹም፡ ብዘይ ኢንተርነት እውን።

## Guide home

reader-home-title = መምርሒ { $city }
reader-notices = ዜና ካብ ከተማ
reader-categories = እንታይ የድልየካ?
reader-category-count =
    { $count ->
        [one] ሓደ ቦታ
       *[other] { $count } ቦታታት
    }
reader-this-week = እዚ ሰሙን
reader-no-events-this-week = ኣብ ዝመጽእ ሸውዓተ መዓልታት ፍጻመ የለን።
reader-all-events = ኩሎም ፍጻመታት
reader-topics = ሓበሬታ
reader-kept-languages = ኣብዚ ተሌፎን
reader-kept-languages-hint = መምርሒ ኣብዚ ተሌፎን ብዝተዓቀቡ ቋንቋታት ብዘይ ኢንተርነት ይሰርሕ።
reader-kept-current = ተዓቂቡ (ሕጂ ተንብቦ ኣለኻ)
reader-kept-add = እዚ ቋንቋ እውን ዓቅብ: { $language }
reader-kept-remove = ካብዚ ተሌፎን ኣልግስ: { $language }
reader-published-on = ዝተሓትመሉ: { $date }
reader-kept-waiting = ርክብ የብልካን። ርክብ ምስ ተመልሰ እዚ ቋንቋ እውን ኣብዚ ተሌፎን ክዕቀብ እዩ: { $language }

## Services

reader-service-title = ኣገልግሎት
reader-status-temporarily-closed = ንግዜኡ ዕጹው እዩ።
reader-status-closed = እዚ ኣገልግሎት ተዓጽዩ እዩ።
reader-open-now = ሕጂ ክፉት እዩ፣ ኣብ { $time } ይዕጾ
reader-open-now-all-day = ሕጂ ክፉት፡ 24 ሰዓት
reader-open-all-day = 24 ሰዓት ክፉት
reader-opens-today = ሕጂ ዕጹው እዩ። ሎሚ ኣብ { $time } ይኽፈት
reader-opens-tomorrow = ሕጂ ዕጹው እዩ። ጽባሕ ኣብ { $time } ይኽፈት
reader-opens-on = ሕጂ ዕጹው እዩ። { $day } ኣብ { $time } ይኽፈት
reader-by-appointment = ብቆጸራ
reader-no-hours-soon = ኣብ ዝመጽእ መዓልታት ክፉት ኣይኮነን
reader-hours-unknown = ሰዓታት ስራሕ ሕተት
reader-open-to-all = ንኹሉ ክፉት እዩ፣ ወረቐት እንተሃለወካ እውን እንተዘይሃለወካ እውን
reader-for-whom = ንመን
reader-eligibility = መን ክመጽእ ይኽእል
reader-cost = ዋጋ
reader-free = ብነጻ
reader-not-free = ብነጻ ኣይኮነን
reader-languages = ቋንቋታት
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = ተርጓሚ ክዳሎ ይከኣል።
reader-documents = እንታይ ሒዝካ ትመጽእ
reader-hours = ሰዓታት ስራሕ
reader-today = ሎሚ
reader-tomorrow = ጽባሕ
reader-closed-day = ዕጹው
reader-appointment-note = (ብቆጸራ)
reader-where = ኣበይ
reader-outreach = ኣበይ ትረኽቦም (ንሳቶም እውን ናባኻ ይመጹ)
reader-open-map = ኣብ ናይ ካርታ ኣፕ ክፈት
reader-open-web-map = ካርታ ኣብ openstreetmap.org ክፈት
reader-contact = ርክብ
reader-call = ናብ { $phone } ደውል
reader-email = ናብ { $email } ጽሓፍ
reader-website = መርበብ ሓበሬታ: { $site }
reader-share = ኣካፍል
reader-share-copied = ሊንክ ተቐዲሑ
reader-last-checked = ናይ መወዳእታ ዝተረጋገጸሉ: { $date }
reader-listen = ስማዕ
reader-listen-stop = ደው ኣብል
reader-target-everyone = ኩሉ ሰብ
reader-target-asylum-seekers-and-refugees = ሓተትቲ ዑቕባን ስደተኛታትን
reader-target-temporary-protection = ግዝያዊ ሓለዋ ዘለዎም ሰባት
reader-target-undocumented-residents = ወረቐት ዘይብሎም ሰባት
reader-target-women = ደቂ ኣንስቲ
reader-target-unaccompanied-minors = ንበይኖም ዘለዉ ትሕቲ 18 ዓመት መንእሰያት
reader-target-children = ቆልዑ
reader-target-students = ተምሃሮ

## Articles

reader-articles-title = ጠቓሚ ሓበሬታ
reader-articles-below = ብዛዕባ እዚ ተወሳኺ
reader-breadcrumbs =
    .aria-label = ኣብዚ ኣለኻ

## Events

reader-events-title = ፍጻመታት
reader-events-later = ደሓር
reader-no-events = ኣብ ዝመጽእ ሰሙናት ፍጻመ የለን።
reader-event-cancelled = ተሰሪዙ
reader-event-when = መዓስ
reader-event-next-dates = ዝቕጽሉ ዕለታት
reader-event-past = እዚ ፍጻመ ተወዲኡ እዩ።
reader-organizer = ዘዳለዎ
reader-open-to-residents = ኩሉ ሰብ፣ ሓደሽቲ መጻእትን ንነዊሕ ግዜ ዝነበሩ ነበርትን
reader-add-to-calendar = ናብ ዓውደ-ኣዋርሐይ ወስኽ
reader-register = ተመዝገብ
reader-online-link = ብኦንላይን ተሳተፍ
reader-subscribe = ፍጻመታት ከተማ ኣብ ዓውደ-ኣዋርሐይ ተቐበል
reader-feed-link = ኩሎም ፍጻመታት ኣውርድ (iCalendar)
reader-events-by-month = ዝመጽእ ፍጻመታት፡ ወርሒ ብወርሒ
reader-no-later-events = ክሳዕ ሕጂ ዝፈለጥናዮ ዝቕጽል ፍጻመ የለን።
reader-events-in-month =
    { $count ->
        [one] { $month }፡ { $count } ፍጻመ
       *[other] { $month }፡ { $count } ፍጻመታት
    }
reader-no-events-month = ኣብዚ ወርሒ ፍጻመ የለን።
reader-events-bad-month = እዚ ኣድራሻ ወርሒ ኣይሕብርን (ብ ?month=2027-01 ክዛዘም ኣለዎ)። እንሆ ዝመጽእ ሰሙናት።
reader-events-known-until = እዚ ተሌፎን ፍጻመታት ክሳዕ { $date } ይፈልጥ። ተወሳኺ ንምርኣይ ደሓር መምርሒ ብኢንተርነት ክፈቱ።
reader-events-coming-weeks = ዝመጽእ ኣርባዕተ ሰሙን
reader-events-month-before = ቅድሚኡ፡ { $month }
reader-events-month-after = ዝቕጽል፡ { $month }
reader-feed-heading = ኣብ ናይ ዓውደ ኣዋርሕ መተግበሪኹም

## Search

reader-search-title = ድለ
reader-search-label = ኣብ መምርሒ ድለ
reader-search-button = ድለ
reader-search-count =
    { $count ->
        [0] «{ $query }»: ዝኾነ ነገር ኣይተረኽበን።
        [one] «{ $query }»: ሓደ ውጽኢት።
       *[other] «{ $query }»: { $count } ውጽኢታት።
    }
reader-kind-service = ኣገልግሎት
reader-kind-article = ሓበሬታ
reader-kind-event = ፍጻመ

## Print version

reader-print-title = ዝሕተም መምርሒ
reader-print-heading = መምርሒ { $city }
reader-print-date = ዝተሓትመሉ ዕለት: { $date }። ነገራት ይቕየሩ: ኣብ ኢንተርነት ዘሎ መምርሒ ርአ።
reader-print-button = ሕተም
reader-print-address = እዚ መምርሒ ብኢንተርነት፡ ኩሉ ግዜ ዝተሓደሰ፦
reader-print-qr = QR ኮድ፦ እዚ መምርሒ ብኢንተርነት
reader-print-other-days = ገለ ሰዓታት ኣብ ካልኦት መዓልታት እዮም (ኣብ ውሑዳት ሰሙናት ወይ ኣብ ወርሒ ሓንሳብ)፦ ነቲ ብኢንተርነት ዘሎ መምርሒ ርኣዩ።

## Suggest a correction

reader-suggest-link = እርማት ኣቕርብ
reader-suggest-title = እርማት ኣቕርብ
reader-suggest-about = ብዛዕባ:
reader-suggest-privacy = መን ምዃንካ ኣይፍለጥን። ስምካ ወይ ብዛዕባኻ ዝኾነ ነገር ኣይንሓትን።
reader-suggest-topic = እንታይ እዩ ጌጋ?
reader-suggest-message = እንታይ ክንፈልጥ ኣለና?
reader-suggest-message-hint = በጃኻ ስምካ፣ ቁጽሪ ተሌፎንካ ወይ ካልእ ውልቃዊ ሓበሬታ ኣይትጽሓፍ።
reader-suggest-send = ስደድ
reader-suggest-need-topic = እንታይ ጌጋ ምዃኑ ምረጽ።
reader-suggest-need-message = ብዛዕባቲ ጌጋ ቁሩብ ቃላት ጽሓፍ።
reader-suggest-sent = የቐንየልና። ኣዳለውቲ መምርሒ ክርእይዎ እዮም።
reader-suggest-queued = የቐንየልና። ርክብ የብልካን: ርክብ ምስ ተመለሰ ክለኣኽ እዩ።
reader-suggest-refused = የቐንየልና፣ ግን ክለኣኽ ኣይከኣለን: እቲ ገጽ ተኣልዩ ክኸውን ይኽእል።
reader-back-to-guide = ናብ መምርሒ ተመለስ

## Status page

status-title = ኩነታት ምስምማዕ
status-connection-label = ምስ ሰርቨር ዘሎ ርክብ
status-connected = ተራኺቡ ኣሎ
status-connecting = ይራኸብ ኣሎ…
status-offline = ርክብ የለን
status-offline-hint = ርክብ የብልካን። ለውጥታት ኣብዚ መሳርሒ ይተርፉ። ርክብ ምስ ተመለሰ ይለኣኹ።
status-waiting =
    { $count ->
        [0] ኣብዚ መሳርሒ ክለኣኽ ዝጽበ ዋላ ሓንቲ የለን።
        [1] ሓደ ለውጢ ኣብዚ መሳርሒ ተዓቂቡ ክለኣኽ ይጽበ ኣሎ።
       *[other] ኣብዚ መሳርሒ ተዓቂቦም ክለኣኹ ዝጽበዩ ለውጥታት: { $count }።
    }
status-signed-out = ኣይኣቶኻን
status-signed-out-hint = ዝኣተዉ ኣዳለውቲ ጥራይ እዮም ሰነዳት ምስ ሰርቨር ዘሰማምዑ። መምርሒ ንምንባብ ሕሳብ ኣየድልን።
status-sign-in = ንምስምማዕ እቶ

## Not found

not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-body = ኣብዚ ኣድራሻ ዝኾነ ነገር የለን።
not-found-home = ናብ መእተዊ ገጽ ኪድ

## Forms and errors shared by the pages

passphrase-show = ቃል ምስጢር ኣርኢ
error-offline = ሰርቨር ክርከብ ኣይከኣለን። ርክብካ ተቐጻጸር እሞ ደጊምካ ፈትን።
error-server = ኣብ ሰርቨር ጸገም ኣጋጢሙ። ጸኒሕካ ደጊምካ ፈትን።
error-bad-request = ሰርቨር እዚ ኣይተቐበሎን። ዝጸሓፍካዮ ተቐጻጸር እሞ ደጊምካ ፈትን።
error-forbidden = እዚ ክትገብር ኣይፍቀደልካን።
error-unauthenticated = ካብ ሕሳብካ ወጺእካ ኣለኻ። ንምቕጻል ደጊምካ እቶ።
error-unexpected = ጸገም ኣጋጢሙ። ደጊምካ ፈትን።
error-page-not-loaded = እዚ ገጽ ክኽፈት ኣይከኣለን። ርክብካ ተቐጻጸር እሞ ደጊምካ ፈትን።
error-too-many-attempts-seconds =
    ብዙሕ ፈተነታት። ድሕሪ { $seconds ->
        [one] ሓንቲ ካልኢት
       *[other] { $seconds } ካልኢታት
    } ደጊምካ ፈትን።
error-too-many-attempts-minutes =
    ብዙሕ ፈተነታት። ድሕሪ { $minutes ->
        [one] ሓንቲ ደቒቕ
       *[other] { $minutes } ደቓይቕ
    } ደጊምካ ፈትን።

## Roles

-role-volunteer = ወለንታዊ
-role-translator = ተርጓሚ
-role-editor = ኣዳላዊ
-role-group_member = ኣባል ጉጅለ
-role-group_moderator = ኣወሃሃዲ ጉጅለ
-role-city_admin = ኣመሓዳሪ ከተማ
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
        [group] { role-name }፣ ጉጅለ «{ $group }»
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } ኣብ { $city }
role-label = ተራ
role-group-label = ጉጅለ
role-group-hint = ኣብዚ ከተማ እትመርሕዎም ጉጅለታት መዝገብ ሓደ።
role-group-missing = ጉጅለ ምረጹ።
role-group-unknown = እዛ ከተማ በዚ ሓጺር ስም ጉጅለ መዝገብ የብላን።
role-languages-label = ቋንቋታት
role-languages-hint = ኮድ ቋንቋታት፣ ብኮማ ዝተፈላለዩ። ንኣብነት: ar, uk, fa-AF።
role-languages-missing = እንተወሓደ ሓደ ኮድ ቋንቋ ጽሓፍ።
role-languages-invalid = ሓደ ካብዚኣቶም ኮድ ቋንቋ ኣይኮነን። ከም ar፣ uk ወይ fa-AF ዝኣመሰሉ ኮድ ተጠቐም።

## Sign-in page

sign-in-title = እቶ
sign-in-intro = ንወለንታውያን፣ ኣዳለውቲ፣ ተርጎምትን ሰራሕተኛታት ከተማን። መምርሒ ንምንባብ ሕሳብ ኣየድልን።
sign-in-name = ስም
sign-in-passphrase = ቃል ምስጢር
sign-in-submit = እቶ
sign-in-name-missing = ስምካ ጽሓፍ።
sign-in-passphrase-missing = ቃል ምስጢርካ ጽሓፍ።
sign-in-invalid = እቲ ስም ወይ ቃል ምስጢር ጌጋ እዩ።
sign-in-no-account = ሕሳብ የብልካን? ሕሳብ ብዕድመ ጥራይ እዩ ዝኽፈት። ካብ ኣመሓዳሪ ከተማኻ ሊንክ ሕተት።
sign-in-already = ከም { $name } ኣቲኻ ኣለኻ።
sign-in-continue = ቀጽል
sign-in-account = ሕሳብካ

## Invitation page

invite-title = ዕድመ
invite-loading = እቲ ዕድመ ይረጋገጽ ኣሎ…
invite-not-found = እዚ ሊንክ ዕድመ ኣይሰርሕን። ድሮ ተጠቒምካሉ ወይ ግዜኡ ሓሊፉ ክኸውን ይኽእል። ካብቲ ዝዓደመካ ሰብ ሓድሽ ሕተት።
invite-home = ናብ መእተዊ ገጽ ኪድ
invite-for = ናብ { $city } ተዓዲምካ ኣለኻ፣ ብዚ ተራ: { role-grant }።
invite-expires = እዚ ዕድመ ክሳብ { DATETIME($expires, dateStyle: "long", timeStyle: "short") } ይሰርሕ።
invite-signed-in-note = ከም { $name } ኣቲኻ ኣለኻ። ነዚ ዕድመ እንተ ተቐቢልካ፣ ሓድሽ ሕሳብ ይኽፈት እሞ ብኡ ትኣቱ።
invite-name = ስምካ
invite-name-hint = ምሳኻ ዝሰርሑ ሰባት ነዚ ስም ይርእይዎ። ናይ ብሓቂ ስምካ ክኸውን የብሉን: ሳጓ እውን ይኸውን።
invite-name-missing = ስም ምረጽ።
invite-name-too-long = እዚ ስም ኣዝዩ ነዊሕ እዩ: ብዝለዓለ 64 ፊደላት።
invite-name-taken = እዚ ስም ድሮ ተታሒዙ እዩ። ካልእ ምረጽ።
invite-passphrase = ቃል ምስጢር
invite-passphrase-hint = እንተወሓደ 10 ፊደላት። ዘይተዛመዱ ቃላት ክትዝክሮም ቀሊል፣ ክግመቱ ግን ከቢድ እዩ።
invite-passphrase-confirm = ቃል ምስጢር ደጊምካ
invite-passphrase-too-short = ቃል ምስጢር ኣዝዩ ሓጺር እዩ: እንተወሓደ 10 ፊደላት።
invite-passphrase-too-long = ቃል ምስጢር ኣዝዩ ነዊሕ እዩ: ብዝለዓለ 1024 ፊደላት።
invite-passphrase-mismatch = እቶም ክልተ ቃላት ምስጢር ሓደ ኣይኮኑን።
invite-submit = ሕሳበይ ክፈት

## Account page

account-title = ሕሳብካ
account-loading = ሕሳብካ ይጽዕን ኣሎ…
account-not-signed-in = ኣይኣቶኻን።
account-signed-out = ወጺእካ።
account-sign-in = እቶ
account-signed-in-as = ከም { $name } ኣቲኻ ኣለኻ።
account-offline = ርክብ የብልካን። እዚ እቲ መሳርሒ ዝዝክሮ እዩ። ንኣኼባታትን ንምውጻእን ርክብ የድሊ።
account-roles-title = ተራታትካ
account-no-roles = ገና ተራ የብልካን።
account-manage-city = { $city } ኣመሓድር
account-sessions-title = ኣበይ ኣቲኻ ከም ዘለኻ
account-sessions-loading = ይጽዕን ኣሎ…
account-session-current = እዚ መሳርሒ
account-session-other = ካልእ መሳርሒ
account-session-times = ዝኣተኻሉ: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }፣ ናይ መወዳእታ ንጥፈት: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = ውጻእ
account-session-ended = እቲ መሳርሒ ወጺኡ እዩ።
account-sign-out-everywhere = ካብ ኩሉ ቦታ ውጻእ
account-sign-out = ውጻእ

## City administration page

admin-title = ምምሕዳር ከተማ
admin-heading = { $city } ኣመሓድር
admin-loading = ይጽዕን ኣሎ…
admin-offline = ርክብ የብልካን። ከተማ ንምምሕዳር ርክብ የድሊ።
admin-not-signed-in = ከተማ ንምምሕዳር እቶ።
admin-sign-in = እቶ
admin-not-admin = ኣመሓዳሪ { $city } ኣይኮንካን።
admin-invite-title = ሰብ ዓድም
admin-invite-intro = ሊንክ ዕድመ ንሓደ ሰብ እዩ። ሓንሳብ ጥራይ ይሰርሕ፣ ዝኸፈቶ ሰብ ሕሳብ ክኸፍት ይኽእል። ብሕቡእ ስደዶ።
admin-invite-submit = ሊንክ ዕድመ ፍጠር
admin-invite-created = ሊንክ ዕድመ ተፈጢሩ።
admin-invite-link-label = ሊንክ ዕድመ
admin-invite-about = ንተራ: { role-grant }። ክሳብ { DATETIME($expires, dateStyle: "long", timeStyle: "short") } ይሰርሕ።
admin-invite-copy = ሊንክ ቕዳሕ
admin-invite-share = ሊንክ ኣካፍል
admin-invite-copied = ሊንክ ተቐዲሑ።
admin-invite-copy-failed = ክቕዳሕ ኣይከኣለን። ሊንክ ተመሪጹ ኣሎ: ባዕልኻ ቕዳሕ።
admin-members-title = ኣባላት
admin-members-none = ገና ኣባላት የለዉን።
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (ንስኻ)
       *[no] { $name }
    }
admin-member-revoked = መእተዊ ተሰሒቡ
admin-member-no-roles = ተራ የለን
admin-member-edit = ተራታት ቀይር
admin-member-revoke = መእተዊ ሰሓብ
admin-roles-heading = ተራታት { $name }
admin-role-remove = ኣልግስ
admin-role-add-title = ተራ ወስኽ
admin-role-add = ተራ ወስኽ
admin-role-duplicate = እዚ ሰብ ድሮ እዚ ተራ ኣለዎ።
admin-roles-save = ተራታት ዓቅብ
admin-roles-cancel = ሰርዝ
admin-roles-saved = ተራታት { $name } ተዓቂቡ።
admin-revoke-question = መእተዊ { $name } ይሰሓብ ድዩ?
admin-revoke-explain = { $name } ካብ ኩሉ መሳርሒታት ይወጽእ፣ ደጊሙ ድማ ክኣቱ ኣይክእልን።
admin-revoke-confirm = መእተዊ ሰሓብ
admin-revoke-cancel = ሰርዝ
admin-revoked = መእተዊ { $name } ተሰሒቡ።

## Suggestions queue (editors)

suggestions-title = ርእይቶታት ካብ ኣንበብቲ
suggestions-heading = ርእይቶታት: { $city }
suggestions-intro = ኣንበብቲ ኣብ መምርሒ ጌጋ ምስ ረኸቡ ብዘይ ስም ይሰዱዎም። ተቐጻጸር፣ እንተ ኣድልዩ ነቲ ትሕዝቶ ኣርም፣ ድሕሪኡ ነቲ ርእይቶ ከም ዝተፈጸመ ምልክት ግበረሉ።
suggestions-loading = ይጽዕን ኣሎ…
suggestions-not-signed-in = ኣንበብቲ ዝለኣኽዎ ርእይቶታት ንምርኣይ እቶ።
suggestions-sign-in = እቶ
suggestions-not-allowed = ኣዳለውትን ኣመሓደርትን { $city } ጥራይ እዮም ርእይቶታቱ ክርእዩ ዝኽእሉ።
suggestions-unknown-city = «{ $city }» ዝብሃል ከተማ የለን።
suggestions-show-done = ዝተፈጸሙ ርእይቶታት እውን ኣርኢ
suggestions-list-title = ርእይቶታት
suggestions-none-open = ክፉት ርእይቶ የለን።
suggestions-none = ገና ርእይቶ የለን።
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = ብዛዕባ: { $title }
suggestions-about-unpublished = ብዛዕባ ሕጂ ዘይዝርጋሕ ዘሎ ትሕዝቶ
suggestions-about-guide = ብሓፈሻ ብዛዕባ መምርሒ
suggestions-no-message = እቲ ኣንባቢ መልእኽቲ ኣይጸሓፈን።
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = ዝተቐበልናሉ: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · ቋንቋ: { LANGUAGES($language) }
suggestions-resolved = ዝተፈጸመሉ: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = ከም ዝተፈጸመ ምልክት ግበር
suggestions-marked-done = እቲ ርእይቶ ከም ዝተፈጸመ ተመልኪቱ።
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = ተዓጽዩ ወይ ድሕሪ ሕጂ የለን
suggestion-topic-hours = ሰዓታት ስራሕ ጌጋ እዩ
suggestion-topic-address = ኣድራሻ ጌጋ እዩ
suggestion-topic-contact = ቁጽሪ ተሌፎን ወይ ካልእ ርክብ ጌጋ እዩ
suggestion-topic-translation = ትርጉም ጌጋ እዩ ወይ የለን
suggestion-topic-other = ካልእ ነገር

## Editing app

editor-page-title = ምርታዕ መምርሒ
editor-title = ምርታዕ: { $city }
editor-signed-out = መምርሒ ንምርታዕ እቶ።
editor-progress = ኣብዚ መሳርሒ ዘለዉ ሰነዳት: { $loaded } ካብ { $total }
editor-filter = ኣጻሪ
editor-events = ፍጻመታት
editor-services = ኣገልግሎታት
editor-new-event = ሓድሽ ፍጻመ
editor-back = ናብ ዝርዝር ተመለስ
editor-untitled = (ገና ኣርእስቲ የብሉን)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] ኣብዚ መሳርሒ ተዓቂቡ። ርክብ የብልካን።
        [one] ኣብዚ መሳርሒ ተዓቂቡ። ሓደ ለውጢ ክለኣኽ ይጽበ ኣሎ።
       *[other] ኣብዚ መሳርሒ ተዓቂቡ። { $count } ለውጥታት ክለኣኹ ይጽበዩ ኣለዉ።
    }
editor-sync-sending =
    { $count ->
        [one] ሓደ ለውጢ ይለኣኽ ኣሎ…
       *[other] { $count } ለውጥታት ይለኣኹ ኣለዉ…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = ዝተሰማምዓሉ: { $ago }
editor-sync-sent =
    { $count ->
        [1] ሓደ ለውጢ ተላኢኹ። ዝተሰማምዓሉ: { $ago }
       *[other] ዝተላእኩ ለውጥታት: { $count }። ዝተሰማምዓሉ: { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] ግዜ ምእታውካ ተወዲኡ። ምስምማዕ ንምቕጻል ደጊምካ እቶ።
        [one] ግዜ ምእታውካ ተወዲኡ። ለውጥኻ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ: ንምልኣኹ ደጊምካ እቶ።
       *[other] ግዜ ምእታውካ ተወዲኡ። { $count } ለውጥታትካ ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ: ንምልኣኾም ደጊምካ እቶ።
    }
editor-sync-sign-in = ደጊምካ እቶ
editor-hint-plain = ሓጸርቲ ሓረጋት ጽሓፍ። ኣብ ሓደ ሓረግ ሓደ ሓሳብ። ሰባት ዝፈልጥዎ ቃላት ተጠቐም።
editor-hint-title = እንታይ ምዃኑ ብሒደት ቃላት ንገር። ንኣብነት: ካፌ ቋንቋ።
editor-minor-edit = ንእሽቶ እርማት (ኣጻሕሕፋ፣ ጌጋ ምጽሓፍ): ትርጉማት ከም ዝተሓደሱ ይጸንሑ
editor-conflict =
    { $count ->
        [one] ክልተ ሰባት ነዚ ብሓደ ግዜ ቐይሮምዎ። ቅኑዕ ዋጋ ምረጽ:
       *[other] ብዙሓት ሰባት ነዚ ብሓደ ግዜ ቐይሮምዎ ({ $count } ዋጋታት)። ቅኑዕ ምረጽ:
    }
editor-conflict-keep = «{ $value }» ሓዝ
editor-event-title = ኣርእስቲ
editor-event-description = መግለጺ
editor-event-type = ዓይነት ፍጻመ
editor-event-type-workshop = ኣውደ ስራሕ
editor-event-type-language-cafe = ካፌ ቋንቋ
editor-event-type-festival = ፌስቲቫል
editor-event-type-commemoration = ዝኽሪ
editor-event-type-job-fair = ትርኢት ስራሕ
editor-event-type-sport = ስፖርት
editor-event-type-information-session = ኣኼባ ሓበሬታ
editor-event-type-other = ካልእ
editor-event-start = ይጅምር
editor-event-end = ይውዳእ
editor-event-place = ቦታ
editor-place-name = ስም ቦታ
editor-place-street = ጎደናን ቁጽሪ ገዛን
editor-place-postal-code = ፖስታዊ ኮድ
editor-place-locality = ከተማ
editor-event-organizer = ዘዳለዎ
editor-event-free = ብነጻ
editor-event-cancelled = ምሉእ ፍጻመ ተሰሪዙ
editor-repeat = ድግግም
editor-repeat-kind = ክንደይ ግዜ
editor-repeat-none = ኣይድገምን
editor-repeat-weekly = ኩሉ ሰሙን
editor-repeat-monthly = ኩሉ ወርሒ
editor-repeat-custom = ካልእ ሕጊ (RRULE)
editor-repeat-days =
    .aria-label = በዘን መዓልታት
editor-repeat-nth = እየናይ
editor-repeat-weekday = መዓልቲ
editor-repeat-until = ክሳዕ (ግዴታ ኣይኮነን)
editor-repeat-rule = ሕጊ
editor-nth-1 = ቀዳማይ
editor-nth-2 = ካልኣይ
editor-nth-3 = ሳልሳይ
editor-nth-4 = ራብዓይ
editor-nth-last = ናይ መወዳእታ
editor-weekday-mo = ሰኑይ
editor-weekday-tu = ሰሉስ
editor-weekday-we = ረቡዕ
editor-weekday-th = ሓሙስ
editor-weekday-fr = ዓርቢ
editor-weekday-sa = ቀዳም
editor-weekday-su = ሰንበት
editor-cancelled-dates = ዝተሰረዙ ዕለታት
editor-cancel-date-label = ሓደ ዕለት ሰርዝ
editor-cancel-date = ነዚ ዕለት ሰርዝ
editor-restore-date = ዕለት መልስ: { $date }
editor-quick-hint = ብዘይ ኢንተርነት ይሰርሕ። ርክብ ምስ ተመለሰ እቲ ፍጻመ ይለኣኽ።
editor-quick-date = ዕለት
editor-quick-start = ዝጅምረሉ ሰዓት
editor-quick-end = ዝውድኣሉ ሰዓት
editor-quick-save = ፍጻመ ዓቅብ
editor-quick-missing = ኣርእስቲ፣ ዕለትን ሰዓታትን ምላእ።
editor-service-name = ስም
editor-service-description = እንታይ እዩ
editor-service-eligibility = መን ክመጽእ ይኽእል
editor-service-documents = እንታይ ሒዝካ ትመጽእ
editor-service-status = ኩነታት
editor-service-status-active = ክፉት
editor-service-status-temporarily-closed = ንግዜኡ ዕጹው
editor-service-status-closed = ንሓዋሩ ተዓጽዩ
editor-service-organization = ዘቕርቦ ትካል
editor-service-categories = ምድብታት
editor-service-target-groups = ንመን እዩ
editor-service-open-to-all = ንኹሉ ሰብ ክፉት፡ ዝኾነ ሰነድ ይሃልዎም
editor-service-fee = ዋጋ፡ ብነጻ እንተዘይኮይኑ
editor-service-languages = ሰራሕተኛታት ዝዛረብዎም ቋንቋታት
editor-service-language-other = ካልእ ቋንቋ
editor-service-language-hint = ኮድ ቋንቋ፡ ንኣብነት ti፡ prs ወይ pt-BR።
editor-service-language-add = ቋንቋ ወስኽ
editor-service-language-invalid = እዚ ኮድ ቋንቋ ኣይኮነን። ከም ti፡ prs ወይ pt-BR ዝኣመሰለ ኮድ ጸሓፍ።
editor-service-contacts = ርክብ
editor-service-phones = ቁጽሪ ተሌፎን
editor-service-phone = ቁጽሪ ተሌፎን { $number }
editor-service-phone-new = ሓድሽ ቁጽሪ ተሌፎን
editor-service-phone-add = ቁጽሪ ወስኽ
editor-service-phone-remove = { $phone } ኣልግስ
editor-service-phone-invalid = ቁጽሪ ተሌፎን ጸሓፍ፡ ኣሃዛት፡ ባዶ ቦታን + ጥራይ። ንኣብነት +32 4 123 45 67።
editor-service-email = ኢመይል
editor-service-email-invalid = እዚ ኣድራሻ ኢመይል ኣይኮነን። ንኣብነት፡ info@example.org
editor-service-website = መርበብ ሓበሬታ
editor-service-website-invalid = ብ https:// ዝጅምር ምሉእ ኣድራሻ ጸሓፍ
editor-service-verified = ናይ መወዳእታ ምርመራ
editor-service-verified-never = ክሳብ ሕጂ ነዚ ኣገልግሎት ዝመርመሮ የለን።
editor-service-verified-value = ብ{ $date } ብ{ $name } ተመርሚሩ
editor-service-verify = ሎሚ ተመርሚሩ
editor-service-locations = ቦታታት
editor-service-location = ቦታ { $number }
editor-service-location-none = ክሳብ ሕጂ ቦታ የለን።
editor-service-location-add = ቦታ ወስኽ
editor-service-location-remove = ነዚ ቦታ ኣልግሶ
editor-location-region = ዞባ
editor-location-country = ሃገር (ክልተ ፊደላት፡ ንኣብነት BE)
editor-location-country-invalid = ክልተ ፊደላት ዘለዎ ኮድ ሃገር ጸሓፍ፡ ንኣብነት BE።
editor-location-latitude = ላቲትዩድ (ኣማራጺ)
editor-location-longitude = ሎንጊትዩድ (ኣማራጺ)
editor-location-latitude-invalid = ካብ -90 ክሳብ 90 ቁጽሪ ጸሓፍ፡ ንኣብነት 50.63።
editor-location-longitude-invalid = ካብ -180 ክሳብ 180 ቁጽሪ ጸሓፍ፡ ንኣብነት 5.57።
editor-location-outreach = ናብ ሰባት እውን ይኸዱ (ተንቀሳቓሲ ወይ መስክ ኣገልግሎት)
editor-service-schedules = ሰዓታት ስራሕ
editor-schedule = ሰዓታት { $number }
editor-schedule-none = ክሳብ ሕጂ ሰዓታት ስራሕ የለን።
editor-schedule-add = ሰዓታት ስራሕ ወስኽ
editor-schedule-remove = ነዚ ሰዓታት ኣልግሶ
editor-schedule-days = መዓልታት
editor-schedule-rule-hint = መዓልታት ክገልጽዎ ዘይክእሉ ጥራይ፡ ንኣብነት FREQ=MONTHLY;BYDAY=1TU ንቀዳማይ ሠሉስ ናይ ነፍሲ ወከፍ ወርሒ። መዓልታት ንምጥቃም ባዶ ግደፎ።
editor-schedule-rule-invalid = እዚ ሕጊ ክጥቀመሉ ኣይከኣልን። ብዘይ «RRULE:» ከም FREQ=WEEKLY;BYDAY=MO,TU ዝኣመሰለ ሕጊ ጸሓፍ።
editor-schedule-opens = ዝኽፈተሉ ሰዓት
editor-schedule-closes = ዝዕጸወሉ ሰዓት
editor-schedule-overnight = ንጽባሒቱ ይዕጾ (ድሕሪ ፍርቂ ለይቲ ክፉት)
editor-schedule-times-invalid = ዝዕጸወሉ ሰዓት ድሕሪ ዝኽፈተሉ ሰዓት ክኸውን ኣለዎ። ንድሕሪ ፍርቂ ለይቲ ሰዓታት «ንጽባሒቱ ይዕጾ» ምልክት ግበር።
editor-schedule-valid-from = ካብ (ኣማራጺ)
editor-schedule-valid-to = ክሳብ (ኣማራጺ)
editor-schedule-valid-invalid = ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ ክኸውን የብሉን።
editor-schedule-closed-dates = ዝተዓጽወሉ መዓልታት
editor-schedule-closed-date-label = ዝተዓጽወሉ መዓልቲ
editor-schedule-closed-date-add = ዝተዓጽወሉ መዓልቲ ወስኽ
editor-schedule-closed-date-remove = ብ{ $date } ደጊሙ ክፉት
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }፡ ብቖጸራ
editor-schedule-no-days = መዓልቲ ኣይተመርጸን
editor-schedule-no-hours = ክሳብ ሕጂ ሰዓታት የለን
editor-new-service = ሓድሽ ኣገልግሎት
editor-new-service-hint = ብሽም ጀምር። እቲ ዝተረፈ ኣብ ዝቕጽል ገጽ ትመልኦ። ብዘይ ኢንተርነት ይሰርሕ።
editor-new-service-create = ኣገልግሎት ፍጠር
editor-new-service-missing = ሽም እቲ ኣገልግሎት ጸሓፍ።
editor-publishing = ምዝርጋሕ
editor-publish-hint = ኣንበብቲ ዝተዘርግሐ ሕታም ጥራይ እዮም ዝርእዩ። ድሕሪኡ ዝገበርካዮም ለውጥታት ደጊምካ ክሳዕ ትዝርግሕ ከም ንድፊ ይጸንሑ።
editor-publish = ነዚ ሕታም ዘርግሖ
editor-unpublish = ምዝርጋሕ ኣቋርጽ
editor-published = ተዘርጊሑ። ኣንበብቲ ሕጂ ነዚ ሕታም ይርእይዎ።
editor-draft-badge = ዘይተዘርገሐ ንድፊ
editor-publication-published = ተዘርጊሑ: ኣንበብቲ ነዚ ሕታም ይርእይዎ።
editor-publication-draft = ዘይተዘርገሐ ንድፊ: እዚ ክሳብ ዝዝርጋሕ ኣንበብቲ እቲ ናይ መወዳእታ ዝተዘርገሐ ሕታም ይርእዩ።
editor-publication-unpublished = ዘይተዘርገሐ ንድፊ: ክሳብ ዝዝርጋሕ ኣንበብቲ ነዚ ኣይርእይዎን።
editor-unpublished = ምዝርጋሕ ተቛሪጹ። ኣንበብቲ ድሕሪ ሕጂ ኣይርእይዎን።
editor-publish-not-synced = ሰርቨር ነዚ ሕታም ገና የብሉን። ክሳዕ ዝሰማማዕ ተጸበ፣ ድሕሪኡ ዘርግሕ።
editor-publish-offline = ርክብ የብልካን። ርክብ ምስ ተመለሰ ዘርግሕ።
editor-publish-not-publishable = ኣይተዘርግሐን፦ እዚ ሕታም ገና ምሉእ ኣቕሓ ኣይኮነን። ክሳዕ ዝሰማማዕ ተጸበ፣ መዳያቱ ፈትሽ፣ ድሕሪኡ እንደገና ዘርግሕ።
editor-publish-invalid-content = ኣይተዘርግሐን፦ መጀመርታ { $field } ኣእርም።
editor-publish-link-invalid = መላግቦ ናብ ገጽ ናይዚ መርበብ (ብሓደ / ዝጅምር) ወይ ናብ ብ https:// ዝጅምር ምሉእ ኣድራሻ ክወስድ ኣለዎ።
# The publish preview: the version readers see now against the draft on this device.
editor-preview = ቅድመ-ምርኣይ: ኣንበብቲ እንታይ ክርእዩ እዮም
editor-preview-hint = ኣንበብቲ ሕጂ ዝርእይዎ ሕታም፣ ምስ ንድፍኻ ተነጻጺሩ። ኣንበብቲ ነቲ ንድፊ ክርእይዎ እንተ ደሊኻ ዘርግሕ።
editor-preview-not-published = ገና ኣይተዘርግሐን: ኣንበብቲ ዋላ ሓንቲ ኣይርእዩን። ድሕሪ ምዝርጋሕ እዚ ክርእዩ እዮም:
# $when: the date and time of publishing.
editor-preview-same = ኣንበብቲ ብልክዕ ነዚ ሕታም እዚ ይርእዩ (ዝተዘርግሐሉ: { $when })።
editor-preview-changed =
    { $count ->
        [one] ሓደ ክፋል ካብቲ ኣንበብቲ ዝርእይዎ ይፈላለ (ዝተዘርግሐሉ: { $when }):
       *[other] { $count } ክፋላት ካብቲ ኣንበብቲ ዝርእይዎ ይፈላለዩ (ዝተዘርግሐሉ: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] ሓደ ክፋል ኣይተቐየረን
       *[other] { $count } ክፋላት ኣይተቐየሩን
    }
editor-preview-unknown = ኣንበብቲ እንታይ ከም ዝርእዩ ንምርኣይ ሓንሳብ ምስ ኢንተርነት ተራኸብ።
editor-preview-unavailable = እዚ መሳርሒ ገና እቲ ዝተዘርግሐ ሕታም የብሉን። ክሳዕ ዝሰማማዕ ተጸበ።
# Read out by screen readers before removed and added words.
editor-diff-removed = ተደምሲሱ:
editor-diff-added = ተወሲኹ:
# The history of an item: who changed which field, and when.
editor-history = ታሪኽ
editor-history-hint = መን እንታይ መዓስ ከም ዝቐየረ። ዝሓለፈ ዋጋ ክትመልሶ ትኽእል ኢኻ።
editor-history-none = ገና ለውጢ የለን።
editor-history-unknown-author = ካብ ደገ ዝኣተወ
# $field: the technical name of a field that has no label here.
editor-history-other-field = ካልእ ሓበሬታ ({ $field })
editor-history-restore = ነዚ ዋጋ መልሶ
editor-history-current = እዚ እቲ ሕጂ ዘሎ ዋጋ እዩ።
editor-history-empty = (ባዶ)
editor-history-yes = እወ
editor-history-no = ኣይፋል
editor-history-field-order = ኣብ ዝርዝር ጽሑፋት ዘለዎ ቦታ
editor-translate-link = ተርጉም
editor-suggestions-link = ርእይቶታት ኣንበብቲ
editor-suggestions-open = ክፉታት: { $count }
editor-translate-title = ትርጉማት
editor-translate-no-languages = ኣብዚ ከተማ ክትትርጉመሉ እትኽእል ቋንቋ የብልካን።
editor-translate-language = ቋንቋ ትርጉም
editor-translate-status = ኣርኢ
editor-translate-all = ኩሉ
editor-translate-back = ናብ ትርጉማት ተመለስ
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: ካብ { $total } { $done } ዝተሓደሱ
editor-status-missing = የለን
editor-status-outdated = ዝኣረገ
editor-status-machine = ናይ ማሽን ትርጉም
editor-status-up-to-date = ዝተሓደሰ
editor-status-incomplete = ብኽፋል ዝተተርጎመ
editor-translate-source-changed = እዚ ትርጉም ካብ ዝስራሕ ጀሚሩ እቲ ምንጪ ጽሑፍ ተቐይሩ እዩ። እቲ ዝተቐየረ ኣብ ልዕሊ ነፍሲ ወከፍ ቦታ ተመልኪቱ ኣሎ።
editor-translate-source-changed-unknown = እዚ ትርጉም ካብ ዝስራሕ ጀሚሩ እቲ ምንጪ ጽሑፍ ተቐይሩ እዩ። እዚ መሳርሒ እንታይ ከም ዝተቐየረ ከርኢ ኣይክእልን: ነፍሲ ወከፍ ጽሑፍ ምስቲ ምንጪ ኣወዳድሩ።
editor-translate-what-changed = ኣብቲ ምንጪ ዝተቐየረ:
editor-translate-finish = ምውዳእ
editor-translate-left = ገና ዘይተተርጎሙ ጽሑፋት: { $count }
editor-translate-all-translated = ኩሎም ጽሑፋት ተተርጒሞም እዮም። ምስቲ ምንጪ ኣረጋግጹ፣ ድሕሪኡ ከም ዝተወደአ ምልክት ግበሩ።
editor-translate-done = ከም ዝተወደአ ምልክት ግበር
editor-translate-not-done = መጀመርታ ኩሎም ጽሑፋት ተርጒሙ። ገና ባዶ: { $count }
editor-translate-marked-done = ከም ዝተወደአ ተመልኪቱ። ኣብዚ መሳርሒ ተዓቂቡ ኣሎ፣ ምስቶም ካልኦት ለውጥታትኩም ናብ ሰርቨር ይኸይድ።
editor-translate-publish = ነቲ ትርጉም ኣሕትም
editor-translate-publish-hint = ኣንበብቲ ነቲ ትርጉም ድሕሪ ምሕታሙ ይርእይዎ፣ ምስታ ሕጂ ዝርእይዋ ሕታም ናይቲ ኣቕሓ።
editor-translate-editor-publishes = ኣንበብቲ ነቲ ትርጉም ሓደ ኣሰናዳኢ ምስ ኣሕተሞ ይርእይዎ።
editor-translate-publish-not-done = መጀመርታ ነቲ ትርጉም ከም ዝተወደአ ምልክት ግበሩ።
editor-translate-item-unpublished = እቲ ኣቕሓ ባዕሉ ገና ኣይተሓትመን። ኣንበብቲ ነቲ ትርጉም ምስ ተሓትመ ክርእይዎ እዮም።
editor-translate-published = ተሓቲሙ። ኣንበብቲ ሕጂ ነዚ ትርጉም ይርእይዎ ኣለዉ።
editor-field-name = ስም
editor-field-title = ኣርእስቲ
editor-field-description = መግለጺ
editor-field-body = ጽሑፍ
editor-field-eligibility = መን ክመጽእ ይኽእል
editor-field-documents_needed = እንታይ ሒዝካ ትመጽእ
editor-field-fee = ዋጋ
editor-field-accessibility = ተበጻሕነት
editor-field-notes = መዘኻኸሪ ብዛዕባ ሰዓታት ስራሕ

## Guide articles and city settings

editor-new-article = ሓድሽ ጽሑፍ
editor-settings-link = ምድላዋት ከተማ
editor-articles = ጽሑፋት መምርሒ
editor-move-up = ናብ ላዕሊ ኣልዕል
    .aria-label = ናብ ላዕሊ ኣልዕል: { $title }
editor-move-down = ናብ ታሕቲ ኣውርድ
    .aria-label = ናብ ታሕቲ ኣውርድ: { $title }
editor-article-title = ኣርእስቲ
editor-article-body = ጽሑፍ
editor-article-markdown-hint = ቅርጺ: ኣብ መንጎ ሕጡባት ባዶ መስመር፤ ንኣርእስቲ ኣብ መጀመርታ መስመር «## »፤ ንዝርዝር «- » ወይ «1. »፤ መላግቦ ከምዚ ይጽሓፍ [ቃላት](https://example.org).
editor-article-parent = ኣብ ትሕቲ እዚ ይኣቱ
editor-article-top-level = ላዕለዋይ ደረጃ (ኣብ ትሕቲ ዝኾነ ጽሑፍ ኣይኮነን)
editor-article-notice = ኣብ ቀንዲ ገጽ መፍለጢ ክሳብ (ኣማራጺ)
editor-article-notice-hint = ክሳብ እዚ ዕለት፡ ቀንዲ ገጽ መምርሒ ነዚ ጽሑፍ ከም መፍለጢ ከተማ የርእዮ። ንንቡር ጽሑፍ ባዶ ግደፍዎ።
editor-hint-title-article = ብሒደት ቃላት ብዛዕባ እንታይ ምዃኑ ንገሩ። ንኣብነት: ቀዳሞት መዓልትታትኩም።
editor-article-create = ጽሑፍ ፍጠር
editor-article-title-missing = መጀመርታ ኣርእስቲ ጽሓፉ።
editor-article-cannot-create = ጽሑፋት ክውስኹ ዝኽእሉ ኣዳለውቲ ጥራይ እዮም።
editor-settings-title = ምድላዋት ከተማ
editor-settings-live = ኣብዚ ዝግበሩ ለውጥታት ኣንበብቲ ብኡንብኡ ይርእይዎም። ናይ ምዝርጋሕ ስጉምቲ የለን።
editor-settings-read-only = ምድላዋት ከተማ ክትቅይሩ ኣይትኽእሉን ኢኹም። ኣዳለውቲ ጥራይ ይኽእሉ።
editor-categories = ምድባት
editor-categories-hint = ኣንበብቲ ምድባት ብዚ ስርዓት ይርእይዎም። ስም ባዶ እንተኾይኑ፡ ኣንበብቲ ብተተካኢ ቋንቋ ዘሎ ስም ይርእዩ።
editor-category-icon = ምልክት
editor-category-name = ስም ብ{ $language } ({ $tag })
editor-category-add-title = ሓድሽ ምድብ
editor-category-add-name = ስም ብ{ $language }
editor-category-add = ምድብ ወስኽ
editor-category-name-missing = መጀመርታ ስም ናይቲ ምድብ ጽሓፉ።
editor-category-remove-question = «{ $name }» ይእለይ? ዝጥቀሙሉ ኣገልግሎታት: { $count }።
editor-remove = ኣወግድ
    .aria-label = ኣወግድ: { $name }
editor-remove-confirm = እወ፡ «{ $name }» ኣወግድ
editor-remove-cancel = ሰርዝ
editor-icon-heart = ልቢ
editor-icon-house = ገዛ
editor-icon-scales = ሚዛን
editor-icon-briefcase = ሳንጣ
editor-icon-book = መጽሓፍ
editor-icon-family = ስድራ
editor-icon-bowl = ብያቲ
editor-icon-people = ሰባት
editor-icon-woman = ሰበይቲ
editor-icon-star = ኮኾብ
editor-icon-search = መጉልሒ መነጽር
editor-icon-calendar = ዓውደ ኣዋርሕ
editor-icon-clock = ሰዓት
editor-icon-pin = ምልክት ካርታ
editor-icon-phone = ተሌፎን
editor-icon-share = ኣካፍል
editor-icon-print = ማሕተሚ
editor-icon-speaker = ድምጺ ማጉያ
editor-icon-article = ሰነድ
editor-icon-offline = ርክብ የለን
editor-icon-check = ምልክት ቅኑዕ
editor-icon-flag = ባንዴራ
editor-languages = ቋንቋታት
editor-languages-hint = ኣንበብቲ ክመርጽዎም ዝኽእሉ ቋንቋታት። ገና ዘይተተርጎመ ጽሑፍ ብተተካኢ ቋንቋ ይረአ።
editor-language-direction = ኣንፈት ጽሑፍ
editor-direction-ltr = ካብ ጸጋም ናብ የማን
editor-direction-rtl = ካብ የማን ናብ ጸጋም
editor-language-source = ቋንቋ ምንጪ: ትሕዝቶ መጀመርታ ብእኡ ይጽሓፍ።
editor-language-fallback = ተተካኢ ቋንቋ
editor-language-fallback-hint = ኣንበብቲ ናይዚ ቋንቋ ጽሑፍ ገና ምስ ዘይተተርጎመ ዝርእይዎ።
editor-language-no-fallback = የለን
editor-language-fallback-cycle = እዚ ዙርያ ይፈጥር: እቲ ቋንቋ ድሮ ናብዚ ይምለስ። ካልእ ምረጹ።
editor-language-remove-question = { $language } ይእለይ? ኣንበብቱ ካልእ ቋንቋ ክመርጹ እዮም። ትርጉማት ተዓቂቦም ይጸንሑ።
editor-language-add-title = ሓድሽ ቋንቋ
editor-language-add-tag = ኮድ ቋንቋ (BCP 47)
editor-language-add-hint = ንኣብነት: ti (ትግርኛ)፡ pt-BR (ፖርቱጊዝ ብራዚል)።
editor-language-add = ቋንቋ ወስኽ
editor-language-invalid = «{ $tag }» ኮድ ቋንቋ ኣይኮነን። ከም ti ወይ pt-BR ዝበለ ኮድ ጽሓፉ።
editor-language-present = እታ ከተማ ድሮ { $language } ኣለዋ።

## The multivoiced archive

reader-archive-title = ድምጽታት ምብጻሕ
reader-archive-intro = ናብዛ ከተማ ዝመጹ ሰባት ብቓላቶም ዝነገርዎ ዛንታታት። ነፍሲ ወከፍ ድምጺ ናቶም እዩ፤ ሓደ እኳ ወግዓዊ ቅዳሕ ኣይኮነን።
reader-archive-link = ድምጽታት ምብጻሕ ኣንብቡ
reader-archive-empty = ክሳዕ ሕጂ ኣብዚ ዝተሓትመ የለን።
reader-archive-unavailable = እቶም ድምጽታት ክጽዓኑ ኣይከኣሉን። ጸኒሕኩም ፈትኑ።
reader-archive-offline = ካብ መስመር ወጻኢ ኢኹም። ድምጽታት ምብጻሕ ርክብ የድልዮም።
reader-archive-anonymous = ስም ዘይብሉ
reader-archive-speaks-about = ብዛዕባ፡
reader-archive-translated = ካብ { $language } ብጉጅለ ዝተተርጎመ
reader-archive-in-language = ብ { $language }
reader-archive-original = መበቆላዊ ቃላት ኣርእዩ
reader-archive-recording =
    .aria-label = ቅዳሕ ድምጺ እዚ ድምጺ
archive-page-title = መዝገብ
archive-title = መዝገብ ጉጅለ { $group }
archive-open = መዝገብ ክፈቱ
archive-not-member = ኣባል እዚ ጉጅለ መዝገብ ኣይኮንኩምን።
archive-intro = ጉጅለ ዝጸሓፎን ዝቐደሖን ዛንታታት ምብጻሕ። ነፍሲ ወከፍ ድምጺ ናይ ወናኑ ኮይኑ ይተርፍ፡ መን ከም ዝርእዮን ብኸመይ ከም ዝጽዋዕን ንሱ ጥራይ ይውስን።
archive-entries = ዛንታታት
archive-no-entries = ክሳዕ ሕጂ ዛንታ የለን።
archive-voice-count =
    { $count ->
        [one] { $count } ድምጺ
       *[other] { $count } ድምጽታት
    }
archive-state-published = ተሓቲሙ
archive-state-unpublished = ኣይተሓትመን
archive-theme = ኣርእስቲ
archive-guide-links = እዚ ዝዛረበሎም ገጻት መምርሒ
archive-theme-arrival = ምብጻሕ
archive-theme-first-contact-with-services = ቀዳማይ ርክብ ምስ ኣገልግሎታት
archive-theme-housing = መንበሪ
archive-theme-work = ስራሕ
archive-theme-family = ስድራ
archive-theme-belonging = ምዃን ኣካል
archive-theme-the-future = መጻኢ
archive-theme-other = ካልእ
archive-entry-title = ኣርእስቲ
archive-entry-title-missing = ኣርእስቲ ጽሓፉ።
archive-cities = ዝዛረበሎም ከተማታት
archive-cities-hint = ምስ ተሓትመ፡ ኣንበብቲ መምርሒታት እዘን ከተማታት ከንብብዎ ይኽእሉ።
archive-new-entry = ሓድሽ ዛንታ
archive-new-entry-create = ዛንታ ፍጠሩ
archive-back = ናብ መዝገብ ተመለሱ
archive-entry-missing = እዚ ዛንታ ገና ኣብዚ መሳርሒ የለን። ሕጂ እንተ ተፈጢሩ፡ ክሳዕ ዝሰማማዕ ተጸበዩ።
archive-voices = ድምጽታት
archive-no-voices = ክሳዕ ሕጂ ድምጺ የለን።
archive-add-voice = ድምጸይ ወስኹ
archive-add-voice-hint = ብቓላትኩም ጽሓፉ፡ ድምጽኹም ቅድሑ፡ ወይ ክልቲኡ። ብኡንብኡ ኣብዚ መሳርሒ ይዕቀብ፡ ኣብ መስመር ምስ ኣተኹም ድማ ይለኣኽ።
archive-voice-language = እትዛረብሉ ቋንቋ
archive-add-voice-create = ድምጸይ ወስኹ
archive-voice-yours = ድምጽኹም
archive-voice-of = ድምጺ { $name }
archive-voice-unknown = ሓደ ድምጺ ናይ ጉጅለ
archive-voice-in = ብ { $language }
archive-voice-text = ቃላት
archive-voice-text-hint = ዝተጻሕፈ፡ ወይ ጽሑፍ ናይቲ ቅዳሕ ድምጺ።
archive-recording = ቅዳሕ ድምጺ
archive-record = ቅድሑ
archive-record-stop = ደው ኣብሉ
archive-record-discard = ቅዳሕ ድምጺ ደምስሱ
archive-record-play =
    .aria-label = ቅዳሕ ድምጺ ስምዑ
archive-recording-none = ቅዳሕ ድምጺ የለን።
archive-recording-recording = ይቕዳሕ ኣሎ…
archive-recording-waiting = ተቐዲሑ፡ ክጸዓን ይጽበ ኣሎ። ክሳዕ ሽዑ ኣብዚ መሳርሒ ይጸንሕ።
archive-recording-uploaded = ተጻዒኑ።
archive-recording-refused-too-large = እዚ ቅዳሕ ድምጺ ኣዝዩ ዓቢ እዩ፡ መዝገብ ክሳብ 25 MB ይቕበል። ሓጺር ቅዳሕ ግበሩ ወይ ንእሽቶ ፋይል ምረጹ።
archive-recording-refused-wrong-type = መዝገብ ነዚ ፋይል ኣይቕበሎን፡ WebM ወይ Ogg ድምጺ ጥራይ።
archive-audio-file = ወይ ካብዚ መሳርሒ ፋይል ድምጺ ምረጹ
archive-audio-file-hint = WebM ወይ Ogg ድምጺ፡ ክሳብ 25 MB። ኣርእስቱን ካልኦት መለለይታቱን ኣብ እዋን ምልኣኽ ይእለዩ።
archive-recording-no-microphone = ማይክሮፎን ክጥቀሙ ኣይተኻእለን። ነዚ መርበብ ማይክሮፎን ክጥቀም ፍቀዱሉ፡ ወይ ቃላትኩም ጽሓፉ።
archive-photo = ስእሊ
archive-photo-choose = ስእሊ ወስኹ
archive-photo-hint = JPEG፡ PNG ወይ WebP፡ ክሳብ 10 MB። ቦታኡ (GPS)ን ዝርዝር ካሜራን ኣብ እዋን ምልኣኽ ይእለዩ።
archive-photo-description = እቲ ስእሊ እንታይ የርኢ (ነቶም ክርእዩዎ ዘይክእሉ)
archive-photo-remove = ስእሊ ኣውጽኡ
archive-photo-none = ስእሊ የለን።
archive-photo-waiting = ምልኣኽ ይጽበ ኣሎ። ክሳብ ሽዑ ኣብዚ መሳርሒ ይዕቀብ።
archive-photo-uploaded = ተላኢኹ፡ ብዘይ ቦታን ዝርዝር ካሜራን።
archive-photo-refused-too-large = እዚ ስእሊ ኣዝዩ ዓቢ እዩ፡ መዝገብ ክሳብ 10 MB ዝኾኑ ስእልታት ይቕበል።
archive-photo-refused-wrong-type = መዝገብ ነዚ ፋይል ኣይቕበሎን፡ JPEG፡ PNG ወይ WebP ስእልታት ጥራይ።
archive-translations = ትርጉማት
archive-translation-language = ተርጉሙ ናብ
archive-translation-add = ትርጉም ወስኹ
archive-translation-text = ትርጉም ናብ { $language }፡ ብ { $by }
archive-translation-text-own = ናብ { $language } ትርጉም፡ ብዋና ድምጺ
archive-consent-title = ፍቓድኩም
archive-consent-unavailable = ድምጽኹም ናብ ሰርቨር ምስ በጽሐ (ኣብ መስመር ምስ ኣለኹም) መን ከም ዝርእዮ ክትመርጹ ትኽእሉ። ክሳዕ ሽዑ ጉጅለ ጥራይ ይርእዮ፡ ብዘይ ስምኩም።
archive-consent-visibility = ድምጽኹም መን ክርእዮ ይኽእል
archive-visibility-group = ጉጅለ ጥራይ
archive-visibility-city-editors = ጉጅለን ኣርታዕቲ ከተማን
archive-visibility-public = ኩሉ ሰብ፡ ሓደ ኣመሓዳሪ ነቲ ዛንታ ምስ ሓተሞ
archive-consent-naming = ብኸመይ ትጽውዑ
archive-naming-name = ብስመይ ({ $name })
archive-naming-pseudonym = ብሳጓ ስም
archive-naming-anonymous = ፈጺሙ ኣይኮነን (ስም ዘይብሉ)
archive-pseudonym = ሳጓ ስም
archive-pseudonym-missing = ክትጽውዑሉ እትደልዩ ሳጓ ስም ጽሓፉ።
archive-consent-save = ምርጫይ ዓቅቡ
archive-consent-saving = ይዕቀብ ኣሎ…
archive-consent-saved = ተዓቂቡ።
archive-consent-offline = ኣይተዓቀበን፡ ካብ መስመር ወጻኢ ኢኹም። ኣብ መስመር ምስ ኣተኹም ደጊምኩም ፈትኑ።
archive-consent-withdrawn = እዚ ድምጺ ተሰሒቡ እዩ።
archive-consent-failed = ኣይተዓቀበን። ጸኒሕኩም ፈትኑ።
archive-withdraw = ድምጸይ ስሓቡ
archive-withdraw-explained = ድምጽኹም ምስሓብ ንሓዋሩ የልግሶ፡ ኣብ ጉጅለ ዘሎ ሓደ እኳ፡ ዝኾነ ኣርታዒ ይኹን ኣንባቢ ደጊሙ ኣይርእዮን፡ ሰርቨር ድማ ይድምስሶ። ክምለስ ኣይክእልን።
archive-withdraw-cannot-undo = ካልኦት ክርእይዎ ከለዉ ዘውረድዎ፡ ዝዓቀብዎ ወይ ዝሓተምዎ ቅዳሓት ክመልሶ ኣይክእልን።
archive-withdraw-confirm = ንሓዋሩ ስሓብዎ
archive-withdraw-cancel = ድምጸይ ሓዙ
archive-publish = ዛንታ ሕተሙ
archive-unpublish = ሕትመት ኣቋርጹ
archive-publish-hint = ኣንበብቲ ወነንቶም «ኩሉ ሰብ» ዝመረጹ ድምጽታት ጥራይ ይርእዩ፡ ነፍሲ ወከፍ ከም ዝመረጾ ተሰምዩ።
archive-published = ተሓቲሙ። ኣንበብቲ ሕጂ ምስ ህዝቢ ዝተኻፈሉ ድምጽታት ይርእዩ።
archive-unpublished = ሕትመት ተቋሪጹ። ኣንበብቲ ደጊሞም ኣይርእይዎን።
archive-publish-refused = ኣይተሓትመን፡ ክሳዕ ሕጂ ሓደ ወናኒ ድምጺ እኳ ድምጹ ምስ ህዝቢ ኣይተኻፈለን (ወይ ዛንታ ኣርእስቲ የብሉን)።
archive-publish-not-synced = ሰርቨር ነዚ ዛንታ ገና የብሉን። ክሳዕ ዝሰማማዕ ተጸበዩ፡ ድሕሪኡ ሕተሙ።
archive-publish-failed = ኣይተሓትመን። ጸኒሕኩም ፈትኑ።
archive-export = ናይ ጉጅለ መዝገብ ኣውርድ
archive-export-hint = ቃላት ነፍሲ ወከፍ ድምጺ (Markdown)፣ ቅዳታትን ዝርዝር ኣእታዊታት፣ ድምጽታት፣ ቋንቋታትን ፍቓድን ዝሓዘ zip ፋይል። ዝተመልሱ ድምጽታት ፈጺሞም ኣብኡ የለዉን፤ ስም ዘይብሉ ድምጺ ኣብኡ ስም የብሉን። ፍቓድ ነፍሲ ወከፍ ድምጺ ብዝፈቕዶ ጥራይ ኣካፍሎ።

## Dates
date-month =
    { $month ->
     [jan] ጥሪ
     [feb] ለካቲት
     [mar] መጋቢት
     [apr] ሚያዝያ
     [may] ጉንበት
     [jun] ሰነ
     [jul] ሓምለ
     [aug] ነሓሰ
     [sep] መስከረም
     [oct] ጥቅምቲ
     [nov] ሕዳር
    *[dec] ታሕሳስ
    }
date-month-alone =
    { $month ->
     [jan] ጥሪ
     [feb] ለካቲት
     [mar] መጋቢት
     [apr] ሚያዝያ
     [may] ጉንበት
     [jun] ሰነ
     [jul] ሓምለ
     [aug] ነሓሰ
     [sep] መስከረም
     [oct] ጥቅምቲ
     [nov] ሕዳር
    *[dec] ታሕሳስ
    }
date-weekday =
    { $weekday ->
     [mon] ሰኑይ
     [tue] ሰሉስ
     [wed] ረቡዕ
     [thu] ሓሙስ
     [fri] ዓርቢ
     [sat] ቀዳም
    *[sun] ሰንበት
    }
date-day = { $weekday }፣ { $day } { $month }
date-full = { $month } { $day }, { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } ሰዓት { $time }
date-list-separator = { "፣ " }
date-just-now = ኣብዚ ደቒቕ
date-minutes-ago =
    { $count ->
     [one] ቅድሚ { $count } ደቒቕ
    *[other] ቅድሚ { $count } ደቒቕ
    }
date-hours-ago =
    { $count ->
     [one] ቅድሚ { $count } ሰዓት
    *[other] ቅድሚ { $count } ሰዓት
    }
date-days-ago =
    { $count ->
     [1] ትማሊ
     [one] ቅድሚ { $count } መዓልቲ
    *[other] ቅድሚ { $count } መዓልቲ
    }
