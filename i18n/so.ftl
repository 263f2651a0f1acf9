# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Somali, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Hagayo maxalli ah oo loogu talagalay dadka cusub ee yimid. Wadajir ayaa loo qoraa, internet la'aanna waa la akhrin karaa.
skip-to-content = U gudub nuxurka
nav-main =
    .aria-label = Liiska ugu muhiimsan
nav-cities = Dhammaan magaalooyinka
nav-status = Xaaladda isku-xidhka
nav-sign-in = Gal
nav-edit = Wax ka beddel hagaha
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Akoonkaaga: { $name }
page-title = { $page } · { app-name }
language-label = Luqadda

## Choosing a guide

reader-choose-city-title = Dooro magaaladaada
reader-choose-language-title = Dooro luqaddaada
reader-choose-offline = Khadka kuma jirtid. Hal mar internet-ka ku xidh si aad u soo dejiso hage.
reader-kept-guides = Hagayaasha ku jira taleefankan
reader-choose-city = Dooro magaalo ama luqad kale
reader-choose-language-city = Dooro luqadda hagaha { $city }
reader-language-not-offered = Hagaha { $city } laguma qorin luqaddan: { $language }. Dooro mid ka mid ah luqadaha lagu qoray:
reader-open-guide = Fur hagaha
reader-loading = Waa la soo rarayaa…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Hagaha
reader-nav-home = Bogga hore
reader-nav-articles = Macluumaad waxtar leh
reader-nav-events = Dhacdooyin
reader-nav-search = Raadi
reader-sample-city = Tani waa magaalo tusaale ah oo macluumaadkeedu yahay mid la sameeyay, si aad u tijaabiso { app-name }.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = Internet la'aan waa la akhrin karaa, waxaa la cusboonaysiiyay { $ago }
reader-offline-now = Khadka kuma jirtid. Hagahan waxaa la cusboonaysiiyay { $ago }.
reader-guide-language = Luqadda hagaha
reader-print-link = Daabac hagahan
reader-offline-banner = Khadka kuma jirtid. Waxaad akhrinaysaa nuqulka ku kaydsan taleefankan.
reader-language-shown-in = Hagaha { $city } laguma qorin luqaddan: { $language }. Qoraalladiisa waxaa lagu muujiyay: { $guide }.
reader-text-size = Cabbirka qoraalka
reader-text-size-normal = Caadi
reader-text-size-large = Weyn
reader-text-size-larger = Aad u weyn
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Weli lama turjumin: qaybo ayaa lagu muujiyay luqaddan: { $languages }.
       *[other] Weli lama turjumin: qaybo ayaa lagu muujiyay luqadahan: { $languages }.
    }
reader-problem-offline-title = Hagahan weli kuma jiro taleefankan
reader-problem-offline = Hal mar internet-ka ku xidh. Intaa kadib, hagahu internet la'aan ayuu ku shaqeeyaa.
reader-offline-missing = Khadka kuma jirtid.
reader-problem-unknown-city-title = Magaalada lama helin
reader-problem-unknown-city = Halkan hage uma jiro magaaladan.
reader-problem-unknown-language-title = Luqaddan lama heli karo
reader-problem-unknown-language = Hagahan kuma jiro luqaddan. Dooro mid ka mid ah luqadahan:
reader-problem-server-title = Hagaha lama soo rari karin
reader-problem-server = Cillad ayaa ka dhacday server-ka. Mar dambe isku day.
reader-meta-description = Hagaha { $city } ee dadka cusub: halka laga helo caawimaad, adeegyo, macluumaad waxtar leh iyo dhacdooyin, luqaddaada, xitaa internet la'aan.
reader-meta-description-page = { $page }, hagaha { $city } ee dadka cusub: caawimaad, adeegyo, macluumaad iyo dhacdooyin luqaddaada, xitaa internet la'aan.

## Guide home

reader-home-title = Hagaha { $city }
reader-notices = Warar ka yimid magaalada
reader-categories = Maxaad u baahan tahay?
reader-category-count =
    { $count ->
        [one] hal meel
       *[other] { $count } meelood
    }
reader-this-week = Toddobaadkan
reader-no-events-this-week = Dhacdo ma jirto toddobada maalmood ee soo socda.
reader-all-events = Dhacdooyinka oo dhan
reader-topics = Macluumaad
reader-kept-languages = Taleefankan
reader-kept-languages-hint = Hagahu internet la'aan ayuu ku shaqeeyaa luqadaha lagu kaydiyay taleefankan.
reader-kept-current = Waa la kaydiyay (adigaa akhrinaya)
reader-kept-add = Sidoo kale kaydi: { $language }
reader-kept-remove = Ka saar taleefankan: { $language }
reader-published-on = La daabacay: { $date }
reader-kept-waiting = Khadka kuma jirtid. Marka khadku soo laabto, taleefanku wuxuu sidoo kale kaydin doonaa: { $language }

## Services

reader-service-title = Adeeg
reader-status-temporarily-closed = Si ku meel gaar ah ayuu u xidhan yahay.
reader-status-closed = Adeeggan waa la xidhay.
reader-open-now = Hadda waa furan yahay, wuxuu xidhmayaa { $time }
reader-open-now-all-day = Hadda furan, 24 saac
reader-open-all-day = Furan 24 saac
reader-opens-today = Hadda waa xidhan yahay. Maanta ayuu furmayaa { $time }
reader-opens-tomorrow = Hadda waa xidhan yahay. Berri ayuu furmayaa { $time }
reader-opens-on = Hadda waa xidhan yahay. Wuxuu furmayaa { $day }, { $time }
reader-by-appointment = Ballan ayaa loo baahan yahay
reader-no-hours-soon = Maalmaha soo socda ma furna
reader-hours-unknown = Weydii saacadaha furitaanka
reader-open-to-all = Qof walba waa u furan yahay, warqado haysato iyo haddii kaleba
reader-for-whom = Yaa loogu talagalay
reader-eligibility = Yaa iman kara
reader-cost = Qiimaha
reader-free = Bilaash
reader-not-free = Bilaash ma aha
reader-languages = Luqadaha
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Turjumaan ayaa laguu diyaarin karaa.
reader-documents = Waxa aad soo qaadanayso
reader-hours = Saacadaha furitaanka
reader-today = Maanta
reader-tomorrow = Berri
reader-closed-day = Xidhan
reader-appointment-note = (ballan)
reader-where = Halkee
reader-outreach = Halka aad ka heli karto (iyaguna way kuu imaan karaan)
reader-open-map = Ku fur app-ka khariidadda
reader-open-web-map = Ku fur khariidadda openstreetmap.org
reader-contact = Xidhiidh
reader-call = Wac { $phone }
reader-email = U qor { $email }
reader-website = Website: { $site }
reader-share = La wadaag
reader-share-copied = Link-ga waa la koobiyeeyay
reader-last-checked = Markii ugu dambeysay ee la hubiyay: { $date }
reader-listen = Dhageyso
reader-listen-stop = Jooji
reader-target-everyone = Qof walba
reader-target-asylum-seekers-and-refugees = Magangalyo-doonka iyo qaxootiga
reader-target-temporary-protection = Dadka haysta ilaalin ku meel gaar ah
reader-target-undocumented-residents = Dadka aan warqadaha haysan
reader-target-women = Haweenka
reader-target-unaccompanied-minors = Dhallinyarada ka yar 18 sano ee keligood ah
reader-target-children = Carruurta
reader-target-students = Ardayda

## Articles

reader-articles-title = Macluumaad waxtar leh
reader-articles-below = Wax badan oo ku saabsan
reader-breadcrumbs =
    .aria-label = Halkan ayaad joogtaa

## Events

reader-events-title = Dhacdooyin
reader-events-later = Hadhow
reader-no-events = Dhacdo ma jirto toddobaadyada soo socda.
reader-event-cancelled = Waa la joojiyay
reader-event-when = Goorma
reader-event-next-dates = Taariikhaha xiga
reader-event-past = Dhacdadani way dhammaatay.
reader-organizer = Waxaa soo qabanqaabiyay
reader-open-to-residents = Qof walba, dadka cusub iyo kuwa muddo dheer halkan degganaa
reader-add-to-calendar = Ku dar kalandarkayga
reader-register = Is diiwaangeli
reader-online-link = Ka qaybgal online
reader-subscribe = Dhacdooyinka magaalada ku hel kalandarkayga
reader-feed-link = Soo deji dhammaan dhacdooyinka (iCalendar)
reader-events-by-month = Dhacdooyin dambe, bil bil
reader-no-later-events = Wali lama oga dhacdooyin dambe.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } dhacdo
       *[other] { $month }: { $count } dhacdo
    }
reader-no-events-month = Bishan dhacdo ma jirto.
reader-events-bad-month = Cinwaankani bil ma sheegayo (waa inuu ku dhammaadaa ?month=2027-01). Waa kuwan toddobaadyada soo socda.
reader-events-known-until = Taleefankani wuxuu yaqaan dhacdooyinka ilaa { $date }. Hagaha khadka ku fur goor dambe si aad wax badan u aragto.
reader-events-coming-weeks = Afarta toddobaad ee soo socda
reader-events-month-before = Ka hor: { $month }
reader-events-month-after = Xiga: { $month }
reader-feed-heading = Barnaamijka kalandarkaaga

## Search

reader-search-title = Raadi
reader-search-label = Ka raadi hagaha
reader-search-button = Raadi
reader-search-count =
    { $count ->
        [0] “{ $query }”: waxba lama helin.
        [one] “{ $query }”: hal natiijo.
       *[other] “{ $query }”: { $count } natiijo.
    }
reader-kind-service = Adeeg
reader-kind-article = Macluumaad
reader-kind-event = Dhacdo

## Print version

reader-print-title = Hage la daabici karo
reader-print-heading = Hagaha { $city }
reader-print-date = Waxaa la daabacay { $date }. Waxyaabuhu way is beddelaan: eeg hagaha online-ka ah.
reader-print-button = Daabac
reader-print-address = Hagahan khadka tooska ah, had iyo jeer la cusboonaysiiyay:
reader-print-qr = Koodhka QR: hagahan khadka tooska ah
reader-print-other-days = Saacadaha qaar waa maalmo kale (dhowr toddobaad kasta ama bishii hal mar): eeg hagaha khadka tooska ah.

## Suggest a correction

reader-suggest-link = Soo jeedi sixid
reader-suggest-title = Soo jeedi sixid
reader-suggest-about = Ku saabsan:
reader-suggest-privacy = Lama ogaanayo cidda aad tahay. Kuma weydiinno magacaaga ama wax adiga kugu saabsan.
reader-suggest-topic = Maxaa khaldan?
reader-suggest-message = Maxay tahay inaan ogaanno?
reader-suggest-message-hint = Fadlan ha qorin magacaaga, lambarka taleefankaaga ama macluumaad kale oo shakhsi ah.
reader-suggest-send = Dir
reader-suggest-need-topic = Dooro waxa khaldan.
reader-suggest-need-message = Qor dhowr eray oo ku saabsan waxa khaldan.
reader-suggest-sent = Mahadsanid. Tifaftirayaasha hagaha ayaa hubin doona.
reader-suggest-queued = Mahadsanid. Khadka kuma jirtid: waa la diri doonaa marka aad khadka ku soo noqoto.
reader-suggest-refused = Mahadsanid, laakiin lama diri karin: bogga waxaa laga yaabaa in la saaray.
reader-back-to-guide = Ku noqo hagaha

## Status page

status-title = Xaaladda isku-xidhka
status-connection-label = Xidhiidhka server-ka
status-connected = Waa ku xidhan yahay
status-connecting = Waa la xidhayaa…
status-offline = Khadka kama jiro
status-offline-hint = Khadka kuma jirtid. Isbeddellada waxay ku jiraan qalabkan. Waxaa la diraa marka aad khadka ku soo noqoto.
status-waiting =
    { $count ->
        [0] Qalabkan waxba kuma sugna in la diro.
        [1] Hal isbeddel ayaa ku kaydsan qalabkan, wuxuuna sugayaa in la diro.
       *[other] Isbeddellada ku kaydsan qalabkan ee sugaya in la diro: { $count }.
    }
status-signed-out = Ma aadan galin
status-signed-out-hint = Kaliya tifaftirayaasha galay ayaa dukumentiyada la jaanqaada server-ka. Akhrinta hagaha akoon uma baahna.
status-sign-in = Gal si aad isku xidho

## Not found

not-found-title = Bogga lama helin
not-found-body = Cinwaankan waxba kuma jiraan.
not-found-home = Tag bogga hore

## Forms and errors shared by the pages

passphrase-show = Tus furaha sirta
error-offline = Server-ka lama gaadhin. Hubi xidhiidhkaaga oo mar kale isku day.
error-server = Cillad ayaa ka dhacday server-ka. Mar dambe isku day.
error-bad-request = Server-ku ma aqbalin. Hubi waxaad qortay oo mar kale isku day.
error-forbidden = Looma oggola inaad tan samayso.
error-unauthenticated = Waad ka baxday. Mar kale gal si aad u sii wadato.
error-unexpected = Cillad ayaa dhacday. Mar kale isku day.
error-page-not-loaded = Boggan lama furi karin. Hubi xidhiidhkaaga oo mar kale isku day.
error-too-many-attempts-seconds =
    Isku day badan. Mar kale isku day { $seconds ->
        [one] hal ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    } kadib.
error-too-many-attempts-minutes =
    Isku day badan. Mar kale isku day { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } kadib.

## Roles

-role-volunteer = Tabarruce
-role-translator = Turjumaan
-role-editor = Tifaftire
-role-group_member = Xubin kooxda
-role-group_moderator = Maamulaha kooxda
-role-city_admin = Maamulaha magaalada
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
        [group] { role-name }, kooxda “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant }, { $city }
role-label = Door
role-group-label = Koox
role-group-hint = Mid ka mid ah kooxaha kaydka aad magaaladan ku maamusho.
role-group-missing = Dooro koox.
role-group-unknown = Magaaladan ma laha koox kayd ah oo magacaas gaaban leh.
role-languages-label = Luqadaha
role-languages-hint = Koodhadhka luqadaha, oo hakad lagu kala saaray. Tusaale: ar, uk, fa-AF.
role-languages-missing = Qor ugu yaraan hal koodh luqadeed.
role-languages-invalid = Mid ka mid ah kuwan ma aha koodh luqadeed. Isticmaal koodhadh sida ar, uk ama fa-AF.

## Sign-in page

sign-in-title = Gal
sign-in-intro = Waxaa loogu talagalay tabarrucayaasha, tifaftirayaasha, turjumaanada iyo shaqaalaha magaalada. Akhrinta hagaha akoon uma baahna.
sign-in-name = Magac
sign-in-passphrase = Furaha sirta
sign-in-submit = Gal
sign-in-name-missing = Qor magacaaga.
sign-in-passphrase-missing = Qor furahaaga sirta.
sign-in-invalid = Magaca ama furaha sirta waa khalad.
sign-in-no-account = Akoon ma lihid? Akoonnada waxaa lagu sameeyaa casuumaad kaliya. Maamulaha magaaladaada ka codso link.
sign-in-already = Waxaad u gashay sida { $name }.
sign-in-continue = Sii wad
sign-in-account = Akoonkaaga

## Invitation page

invite-title = Casuumaad
invite-loading = Casuumaadda waa la hubinayaa…
invite-not-found = Link-gan casuumaadda ma shaqeeyo. Waxaa laga yaabaa in hore loo isticmaalay ama uu dhacay. Qofkii ku casuumay ka codso mid cusub.
invite-home = Tag bogga hore
invite-for = Waxaa laguu casuumay { $city }, doorkan: { role-grant }.
invite-expires = Casuumaaddan waxay shaqaynaysaa ilaa { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Waxaad u gashay sida { $name }. Haddii aad aqbasho casuumaaddan, akoon cusub ayaa la sameeyaa oo waad ku gelaysaa.
invite-name = Magacaaga
invite-name-hint = Dadka aad la shaqayso ayaa arka magacan. Uma baahna inuu noqdo magacaaga dhabta ah: naanays waa hagaag.
invite-name-missing = Dooro magac.
invite-name-too-long = Magacani aad buu u dheer yahay: ugu badnaan 64 xaraf.
invite-name-taken = Magacan waa la qaatay. Dooro mid kale.
invite-passphrase = Furaha sirta
invite-passphrase-hint = Ugu yaraan 10 xaraf. Dhowr eray oo aan isku xidhnayn way fududahay in la xasuusto, way adag tahay in la qiyaaso.
invite-passphrase-confirm = Furaha sirta mar kale
invite-passphrase-too-short = Furaha sirta aad buu u gaaban yahay: ugu yaraan 10 xaraf.
invite-passphrase-too-long = Furaha sirta aad buu u dheer yahay: ugu badnaan 1024 xaraf.
invite-passphrase-mismatch = Labada furaha sirta isku mid ma aha.
invite-submit = Samee akoonkayga

## Account page

account-title = Akoonkaaga
account-loading = Akoonkaaga waa la soo rarayaa…
account-not-signed-in = Ma aadan galin.
account-signed-out = Waad ka baxday.
account-sign-in = Gal
account-signed-in-as = Waxaad u gashay sida { $name }.
account-offline = Khadka kuma jirtid. Kani waa waxa qalabku xasuusto. Fadhiyada iyo ka bixitaanku waxay u baahan yihiin xidhiidh.
account-roles-title = Doorarkaaga
account-no-roles = Weli door ma lihid.
account-manage-city = Maamul { $city }
account-sessions-title = Meelaha aad ku jirto
account-sessions-loading = Waa la soo rarayaa…
account-session-current = Qalabkan
account-session-other = Qalab kale
account-session-times = La galay { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, u dambeeyay { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Ka bax
account-session-ended = Qalabkaas waa laga baxay.
account-sign-out-everywhere = Meel walba ka bax
account-sign-out = Ka bax

## City administration page

admin-title = Maamulka magaalada
admin-heading = Maamul { $city }
admin-loading = Waa la soo rarayaa…
admin-offline = Khadka kuma jirtid. Maamulka magaalada wuxuu u baahan yahay xidhiidh.
admin-not-signed-in = Gal si aad magaalo u maamusho.
admin-sign-in = Gal
admin-not-admin = Ma tihid maamulaha { $city }.
admin-invite-title = Qof casuun
admin-invite-intro = Link casuumaadeed waa hal qof. Hal mar ayuu shaqeeyaa, qofkii furaana wuu samayn karaa akoonka. Si gaar ah u dir.
admin-invite-submit = Samee link casuumaad
admin-invite-created = Link-ga casuumaadda waa la sameeyay.
admin-invite-link-label = Link-ga casuumaadda
admin-invite-about = Doorka: { role-grant }. Wuu shaqaynayaa ilaa { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Koobiyee link-ga
admin-invite-share = La wadaag link-ga
admin-invite-copied = Link-ga waa la koobiyeeyay.
admin-invite-copy-failed = Lama koobiyeyn karin. Link-ga waa la doortay: adigu koobiyee.
admin-members-title = Xubnaha
admin-members-none = Weli xubno ma jiraan.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (adiga)
       *[no] { $name }
    }
admin-member-revoked = Gelitaanka waa laga qaaday
admin-member-no-roles = Door ma leh
admin-member-edit = Beddel doorarka
admin-member-revoke = Ka qaad gelitaanka
admin-roles-heading = Doorarka { $name }
admin-role-remove = Ka saar
admin-role-add-title = Ku dar door
admin-role-add = Ku dar door
admin-role-duplicate = Qofkani horay ayuu u lahaa doorkaas.
admin-roles-save = Kaydi doorarka
admin-roles-cancel = Jooji
admin-roles-saved = Doorarka { $name } waa la kaydiyay.
admin-revoke-question = Ma laga qaadaa gelitaanka { $name }?
admin-revoke-explain = { $name } waa laga saarayaa qalab kasta, mar dambena ma geli karo.
admin-revoke-confirm = Ka qaad gelitaanka
admin-revoke-cancel = Jooji
admin-revoked = Gelitaanka { $name } waa laga qaaday.

## Suggestions queue (editors)

suggestions-title = Soo jeedinta akhristayaasha
suggestions-heading = Soo jeedinta { $city }
suggestions-intro = Akhristayaashu waxay kuwan u soo diraan magac la'aan marka wax ku khaldan yihiin hagaha. Hubi, haddii loo baahdo sax qodobka, kadibna u calaamadee soo jeedinta in la dhammeeyay.
suggestions-loading = Waa la soo rarayaa…
suggestions-not-signed-in = Gal si aad u aragto soo jeedinta ay akhristayaashu soo direen.
suggestions-sign-in = Gal
suggestions-not-allowed = Kaliya tifaftirayaasha iyo maamulayaasha { $city } ayaa arki kara soo jeedintiisa.
suggestions-unknown-city = Ma jirto magaalo la yidhaahdo “{ $city }”.
suggestions-show-done = Sidoo kale muuji soo jeedinta la dhammeeyay
suggestions-list-title = Soo jeedin
suggestions-none-open = Ma jiraan soo jeedin furan.
suggestions-none = Weli ma jiraan soo jeedin.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Ku saabsan: { $title }
suggestions-about-unpublished = Ku saabsan qodob aan hadda la daabacin
suggestions-about-guide = Ku saabsan hagaha guud ahaan
suggestions-no-message = Akhristuhu fariin ma qorin.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = La helay { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · luqadda: { LANGUAGES($language) }
suggestions-resolved = La dhammeeyay { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = U calaamadee in la dhammeeyay
suggestions-marked-done = Soo jeedinta waxaa loo calaamadeeyay in la dhammeeyay.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Wuu xidhmay ama hadda ma jiro
suggestion-topic-hours = Saacadaha furitaanka waa khalad
suggestion-topic-address = Cinwaanka waa khalad
suggestion-topic-contact = Lambarka taleefanka ama xidhiidh kale waa khalad
suggestion-topic-translation = Turjumaadda waa khalad ama ma jirto
suggestion-topic-other = Wax kale

## Editing app

editor-page-title = Wax ka beddelka hagaha
editor-title = Wax ka beddel: { $city }
editor-signed-out = Gal si aad wax uga beddesho hagaha.
editor-progress = Dukumentiyada qalabkan ku jira: { $loaded } ka mid ah { $total }
editor-filter = Shaandhee
editor-events = Dhacdooyin
editor-services = Adeegyo
editor-new-event = Dhacdo cusub
editor-back = Ku noqo liiska
editor-untitled = (weli cinwaan ma leh)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Waxaa lagu kaydiyay qalabkan. Khadka kuma jirtid.
        [one] Waxaa lagu kaydiyay qalabkan. Hal isbeddel ayaa sugaya in la diro.
       *[other] Waxaa lagu kaydiyay qalabkan. { $count } isbeddel ayaa sugaya in la diro.
    }
editor-sync-sending =
    { $count ->
        [one] Hal isbeddel ayaa la dirayaa…
       *[other] { $count } isbeddel ayaa la dirayaa…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = Waa la jaanqaaday { $ago }
editor-sync-sent =
    { $count ->
        [1] Hal isbeddel ayaa la diray. Waa la jaanqaaday { $ago }
       *[other] Isbeddellada la diray: { $count }. Waa la jaanqaaday { $ago }
    }
editor-sync-signed-out =
    { $count ->
        [0] Fadhigaagii wuu dhammaaday. Mar kale gal si jaanqaadku u sii socdo.
        [one] Fadhigaagii wuu dhammaaday. Isbeddelkaagu wuxuu ku kaydsan yahay qalabkan: mar kale gal si aad u dirto.
       *[other] Fadhigaagii wuu dhammaaday. { $count } isbeddel oo aad samaysay ayaa ku kaydsan qalabkan: mar kale gal si aad u dirto.
    }
editor-sync-sign-in = Mar kale gal
editor-hint-plain = Qor weedho gaagaaban. Hal fikrad weedh kasta. Isticmaal erayo dadku yaqaanaan.
editor-hint-title = Sheeg waxa uu yahay, erayo kooban. Tusaale: Kafee luqadeed.
editor-minor-edit = Sixid yar (higgaad, qalad qoraal): turjumaaduhu way ahaanayaan kuwo cusub
editor-conflict =
    { $count ->
        [one] Laba qof ayaa isku mar beddelay tan. Dooro qiimaha saxda ah:
       *[other] Dad dhowr ah ayaa isku mar beddelay tan ({ $count } qiime). Dooro midka saxda ah:
    }
editor-conflict-keep = Hay “{ $value }”
editor-event-title = Cinwaan
editor-event-description = Sharaxaad
editor-event-type = Nooca dhacdada
editor-event-type-workshop = Aqoon-is-weydaarsi
editor-event-type-language-cafe = Kafee luqadeed
editor-event-type-festival = Dabaaldeg
editor-event-type-commemoration = Xus
editor-event-type-job-fair = Bandhig shaqo
editor-event-type-sport = Isboorti
editor-event-type-information-session = Kulan macluumaad
editor-event-type-other = Kale
editor-event-start = Bilow
editor-event-end = Dhammaad
editor-event-place = Goobta
editor-place-name = Magaca goobta
editor-place-street = Wadada iyo lambarka
editor-place-postal-code = Koodhka boostada
editor-place-locality = Magaalada
editor-event-organizer = Waxaa soo qabanqaabiyay
editor-event-free = Bilaash
editor-event-cancelled = Dhacdada oo dhan waa la joojiyay
editor-repeat = Ku celin
editor-repeat-kind = Inta jeer
editor-repeat-none = Ma soo noqnoqoto
editor-repeat-weekly = Toddobaad kasta
editor-repeat-monthly = Bil kasta
editor-repeat-custom = Xeer kale (RRULE)
editor-repeat-days =
    .aria-label = Maalmahan
editor-repeat-nth = Kee
editor-repeat-weekday = Maalin
editor-repeat-until = Ilaa (ikhtiyaari)
editor-repeat-rule = Xeerka
editor-nth-1 = Kowaad
editor-nth-2 = Labaad
editor-nth-3 = Saddexaad
editor-nth-4 = Afraad
editor-nth-last = Ugu dambeeya
editor-weekday-mo = Isniin
editor-weekday-tu = Talaado
editor-weekday-we = Arbaco
editor-weekday-th = Khamiis
editor-weekday-fr = Jimco
editor-weekday-sa = Sabti
editor-weekday-su = Axad
editor-cancelled-dates = Taariikhaha la joojiyay
editor-cancel-date-label = Jooji hal taariikh
editor-cancel-date = Jooji taariikhdan
editor-restore-date = Soo celi taariikhda: { $date }
editor-quick-hint = Internet la'aan ayuu ku shaqeeyaa. Dhacdada waa la diri doonaa marka aad khadka ku soo noqoto.
editor-quick-date = Taariikh
editor-quick-start = Saacadda bilowga
editor-quick-end = Saacadda dhammaadka
editor-quick-save = Kaydi dhacdada
editor-quick-missing = Buuxi cinwaanka, taariikhda iyo saacadaha.
editor-service-name = Magac
editor-service-description = Waxa uu yahay
editor-service-eligibility = Yaa iman kara
editor-service-documents = Waxa aad soo qaadanayso
editor-service-status = Xaaladda
editor-service-status-active = Furan
editor-service-status-temporarily-closed = Si ku meel gaar ah u xidhan
editor-service-status-closed = Si joogto ah u xidhan
editor-service-organization = Hay'adda bixisa
editor-service-categories = Qaybaha
editor-service-target-groups = Yaa loogu talagalay
editor-service-open-to-all = U furan qof walba, waraaqahiisu wax kasta ha ahaadeene
editor-service-fee = Qiimaha, haddii aanu bilaash ahayn
editor-service-languages = Luqadaha shaqaaluhu ku hadlaan
editor-service-language-other = Luqad kale
editor-service-language-hint = Koodhka luqadda, tusaale ti, prs ama pt-BR.
editor-service-language-add = Ku dar luqadda
editor-service-language-invalid = Tani ma aha koodh luqadeed. Qor koodh sida ti, prs ama pt-BR.
editor-service-contacts = Xiriir
editor-service-phones = Lambarada taleefanka
editor-service-phone = Lambarka taleefanka { $number }
editor-service-phone-new = Lambar taleefan oo cusub
editor-service-phone-add = Ku dar lambarka
editor-service-phone-remove = Ka saar { $phone }
editor-service-phone-invalid = Qor lambar taleefan: tirooyin, meelo bannaan iyo + oo keliya. Tusaale +32 4 123 45 67.
editor-service-email = Iimayl
editor-service-email-invalid = Tani ma aha cinwaan iimayl. Tusaale: info@example.org
editor-service-website = Websaydh
editor-service-website-invalid = Qor cinwaanka oo dhan, oo ka bilaabmaya https://
editor-service-verified = Markii ugu dambeysay ee la hubiyay
editor-service-verified-never = Weli qofna ma hubin adeeggan.
editor-service-verified-value = Waxaa hubiyay { $name } { $date }
editor-service-verify = Maanta ayaa la hubiyay
editor-service-locations = Goobaha
editor-service-location = Goobta { $number }
editor-service-location-none = Weli goob ma jirto.
editor-service-location-add = Ku dar goob
editor-service-location-remove = Ka saar goobtan
editor-location-region = Gobolka
editor-location-country = Waddanka (laba xaraf, tusaale BE)
editor-location-country-invalid = Qor koodhka waddanka ee laba xaraf ah, tusaale BE.
editor-location-latitude = Loolka (ikhtiyaari)
editor-location-longitude = Dhigga (ikhtiyaari)
editor-location-latitude-invalid = Qor tiro u dhaxaysa -90 iyo 90, tusaale 50.63.
editor-location-longitude-invalid = Qor tiro u dhaxaysa -180 iyo 180, tusaale 5.57.
editor-location-outreach = Iyaguna dadka way u tagaan (adeeg socda ama goob joog ah)
editor-service-schedules = Saacadaha furitaanka
editor-schedule = Saacadaha { $number }
editor-schedule-none = Weli saacado furitaan ma jiraan.
editor-schedule-add = Ku dar saacado furitaan
editor-schedule-remove = Ka saar saacadahan
editor-schedule-days = Maalmaha
editor-schedule-rule-hint = Kaliya waxa maalmuhu sheegi karin, tusaale FREQ=MONTHLY;BYDAY=1TU Talaadada ugu horreysa bil kasta. Banaan u daa si loo isticmaalo maalmaha.
editor-schedule-rule-invalid = Xeerkan lama isticmaali karo. Qor xeer sida FREQ=WEEKLY;BYDAY=MO,TU, adigoon ku darin “RRULE:”.
editor-schedule-opens = Wuxuu furmaa
editor-schedule-closes = Wuxuu xirmaa
editor-schedule-overnight = Wuxuu xirmaa maalinta xigta (furan saqda dhexe kadib)
editor-schedule-times-invalid = Waqtiga xiritaanku waa inuu ka dambeeyaa waqtiga furitaanka. Saacadaha saqda dhexe kadib, calaamadee “Wuxuu xirmaa maalinta xigta”.
editor-schedule-valid-from = Laga bilaabo (ikhtiyaari)
editor-schedule-valid-to = Ilaa (ikhtiyaari)
editor-schedule-valid-invalid = Taariikhda dhammaadku kama horreyn karto taariikhda bilowga.
editor-schedule-closed-dates = Wuu xiran yahay
editor-schedule-closed-date-label = Maalin uu xiran yahay
editor-schedule-closed-date-add = Ku dar maalin xiran
editor-schedule-closed-date-remove = Mar kale furan { $date }
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, ballan ku
editor-schedule-no-days = Maalin lama dooran
editor-schedule-no-hours = weli saacado ma jiraan
editor-new-service = Adeeg cusub
editor-new-service-hint = Ka bilow magaca. Inta kale waxaad ku buuxinaysaa shaashadda xigta. Wuxuu shaqeeyaa internet la'aan.
editor-new-service-create = Samee adeegga
editor-new-service-missing = Qor magaca adeegga.
editor-publishing = Daabacaadda
editor-publish-hint = Akhristayaashu waxay arkaan nuqulka la daabacay oo keliya. Isbeddelladaada dambe waxay ahaanayaan qabyo ilaa aad mar kale daabacdo.
editor-publish = Daabac nuqulkan
editor-unpublish = Ka qaad daabacaadda
editor-published = Waa la daabacay. Akhristayaashu hadda waxay arkaan nuqulkan.
editor-draft-badge = Qabyo aan la daabicin
editor-publication-published = La daabacay: akhristayaashu waxay arkaan nuqulkan.
editor-publication-draft = Qabyo aan la daabicin: akhristayaashu waxay arkaan nuqulkii ugu dambeeyay ee la daabacay ilaa kan la daabaco.
editor-publication-unpublished = Qabyo aan la daabicin: akhristayaashu ma arkaan sheygan ilaa la daabaco.
editor-unpublished = Daabacaadda waa laga qaaday. Akhristayaashu mar dambe ma arkaan.
editor-publish-not-synced = Server-ku weli ma haysto nuqulkan. Sug ilaa la jaanqaado, kadib daabac.
editor-publish-offline = Khadka kuma jirtid. Daabac marka aad khadka ku soo noqoto.
editor-publish-not-publishable = Lama daabicin: nuqulkani weli ma aha shay dhammaystiran. Sug ilaa la jaanqaado, hubi meelaha, kadib mar kale daabac.
editor-publish-invalid-content = Lama daabicin: marka hore sax { $field }.
editor-publish-link-invalid = Xiriiriyuhu waa inuu u horseedaa bog ka mid ah goobtan (ku bilaabma hal /) ama cinwaan buuxa oo ku bilaabma https://.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Horudhac: waxa akhristayaashu arki doonaan
editor-preview-hint = Nuqulka akhristayaashu hadda arkaan, oo la barbar dhigay qabyadaada. Daabac si akhristayaashu u arkaan qabyada.
editor-preview-not-published = Weli lama daabicin: akhristayaashu waxba ma arkaan. Marka aad daabacdo, waxay arki doonaan tan:
# $when: the date and time of publishing.
editor-preview-same = Akhristayaashu waxay arkaan isla nuqulkan (la daabacay: { $when }).
editor-preview-changed =
    { $count ->
        [one] Hal meel ayaa ka duwan waxa akhristayaashu arkaan (la daabacay: { $when }):
       *[other] { $count } meelood ayaa ka duwan waxa akhristayaashu arkaan (la daabacay: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Hal meel lama beddelin
       *[other] { $count } meelood lama beddelin
    }
editor-preview-unknown = Hal mar internetka ku xirnow si aad u aragto waxa akhristayaashu arkaan.
editor-preview-unavailable = Qalabkan weli ma haysto nuqulka la daabacay. Sug ilaa la jaanqaado.
# Read out by screen readers before removed and added words.
editor-diff-removed = La saaray:
editor-diff-added = La daray:
# The history of an item: who changed which field, and when.
editor-history = Taariikhda isbeddellada
editor-history-hint = Cidda wax beddeshay, waxa la beddelay iyo goorta. Waad soo celin kartaa qiime hore.
editor-history-none = Weli isbeddel ma jiro.
editor-history-unknown-author = La soo geliyay
# $field: the technical name of a field that has no label here.
editor-history-other-field = Faahfaahin kale ({ $field })
editor-history-restore = Soo celi qiimahan
editor-history-current = Kani waa qiimaha hadda.
editor-history-empty = (madhan)
editor-history-yes = Haa
editor-history-no = Maya
editor-history-field-order = Meesha uu ku jiro liiska maqaallada
editor-translate-link = Turjun
editor-suggestions-link = Talooyinka akhristayaasha
editor-suggestions-open = Furan: { $count }
editor-translate-title = Turjumaadaha
editor-translate-no-languages = Magaaladan kuma lihid luqad aad u turjunto.
editor-translate-language = Ku turjun
editor-translate-status = Muuji
editor-translate-all = Dhammaan
editor-translate-back = Ku noqo turjumaadaha
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done } ka mid ah { $total } waa cusub yihiin
editor-status-missing = Ma jirto
editor-status-outdated = Duugoobay
editor-status-machine = Turjumaad mashiin
editor-status-up-to-date = Waa cusub
editor-status-incomplete = Qayb ahaan la turjumay
editor-translate-source-changed = Qoraalka asalka ah wuu isbeddelay tan iyo markii turjumaaddan la sameeyay. Wixii isbeddelay waxaa lagu calaamadeeyay meel kasta korkeeda.
editor-translate-source-changed-unknown = Qoraalka asalka ah wuu isbeddelay tan iyo markii turjumaaddan la sameeyay. Qalabkani ma muujin karo wixii isbeddelay: qoraal kasta la barbar dhig asalka.
editor-translate-what-changed = Waxa isbeddelay asalka:
editor-translate-finish = Dhammaystir
editor-translate-left = Qoraallada weli la turjumayo: { $count }
editor-translate-all-translated = Qoraallada oo dhan waa la turjumay. Ku hubi asalka, kadibna u calaamadee turjumaadda inay dhammaatay.
editor-translate-done = U calaamadee inay dhammaatay
editor-translate-not-done = Marka hore turjun qoraal kasta. Weli madhan: { $count }
editor-translate-marked-done = Waxaa loo calaamadeeyay inay dhammaatay. Waxay ku kaydsan tahay qalabkan, waxayna server-ka u socotaa isbeddelladaada kale.
editor-translate-publish = Daabac turjumaadda
editor-translate-publish-hint = Akhristayaashu waxay arkaan turjumaadda marka la daabaco, iyadoo la socota nooca ay hadda arkaan.
editor-translate-editor-publishes = Akhristayaashu waxay arkaan turjumaadda marka tifaftire daabaco.
editor-translate-publish-not-done = Marka hore u calaamadee turjumaadda inay dhammaatay.
editor-translate-item-unpublished = Qodobka laftiisa weli lama daabicin. Akhristayaashu waxay arki doonaan turjumaadda marka la daabaco.
editor-translate-published = Waa la daabacay. Akhristayaashu hadda waxay arkaan turjumaaddan.
editor-field-name = Magac
editor-field-title = Cinwaan
editor-field-description = Sharaxaad
editor-field-body = Qoraal
editor-field-eligibility = Yaa iman kara
editor-field-documents_needed = Waxa aad soo qaadanayso
editor-field-fee = Qiimaha
editor-field-accessibility = Gelitaanka
editor-field-notes = Qoraallo ku saabsan saacadaha furitaanka

## Guide articles and city settings

editor-new-article = Maqaal cusub
editor-settings-link = Dejinta magaalada
editor-articles = Maqaallada hagaha
editor-move-up = Kor u qaad
    .aria-label = Kor u qaad: { $title }
editor-move-down = Hoos u dhig
    .aria-label = Hoos u dhig: { $title }
editor-article-title = Cinwaan
editor-article-body = Qoraal
editor-article-markdown-hint = Qaabeyn: sadar madhan inta u dhaxaysa baaragaraafyada; "## " bilowga sadarka si cinwaan loo sameeyo; "- " ama "1. " liis ahaan; xiriir waxaa loo qoraa [erayo](https://example.org).
editor-article-parent = Wuxuu hoos yimaadaa
editor-article-top-level = Heerka ugu sarreeya (hoos ma yimaado maqaal)
editor-article-notice = Ogeysiis bogga hore ilaa (ikhtiyaari)
editor-article-notice-hint = Ilaa taariikhdan, bogga hore ee hagaha wuxuu maqaalka u muujinayaa ogeysiis ka yimid magaalada. Madhan u daa maqaal caadi ah.
editor-hint-title-article = Dhowr eray ku sheeg waxa uu ku saabsan yahay. Tusaale: Maalmahaaga ugu horreeya.
editor-article-create = Samee maqaalka
editor-article-title-missing = Marka hore qor cinwaan.
editor-article-cannot-create = Tafatirayaasha oo keliya ayaa ku dari kara maqaallo.
editor-settings-title = Dejinta magaalada
editor-settings-live = Isbeddellada halkan akhristayaashu isla markiiba way arkaan. Ma jiro tallaabo daabacaad.
editor-settings-read-only = Ma beddeli kartid dejinta magaalada. Tafatirayaasha oo keliya ayaa beddeli kara.
editor-categories = Qaybaha
editor-categories-hint = Akhristayaashu qaybaha waxay u arkaan sidan oo kale. Meesha magacu madhan yahay, waxay arkaan magaca luqadda beddelka.
editor-category-icon = Astaan
editor-category-name = Magaca af { $language } ({ $tag })
editor-category-add-title = Qayb cusub
editor-category-add-name = Magaca af { $language }
editor-category-add = Ku dar qaybta
editor-category-name-missing = Marka hore qor magaca qaybta.
editor-category-remove-question = Ma la saaraa "{ $name }"? Adeegyada isticmaala: { $count }.
editor-remove = Ka saar
    .aria-label = Ka saar: { $name }
editor-remove-confirm = Haa, ka saar "{ $name }"
editor-remove-cancel = Jooji
editor-icon-heart = Wadne
editor-icon-house = Guri
editor-icon-scales = Miisaan
editor-icon-briefcase = Shandad
editor-icon-book = Buug
editor-icon-family = Qoys
editor-icon-bowl = Baaquli
editor-icon-people = Dad
editor-icon-woman = Haweeney
editor-icon-star = Xiddig
editor-icon-search = Muraayad weyneysa
editor-icon-calendar = Jadwal taariikheed
editor-icon-clock = Saacad
editor-icon-pin = Calaamad khariidad
editor-icon-phone = Taleefan
editor-icon-share = La wadaag
editor-icon-print = Daabace
editor-icon-speaker = Codbaahiye
editor-icon-article = Dukumenti
editor-icon-offline = Xiriir ma jiro
editor-icon-check = Calaamad sax
editor-icon-flag = Calan
editor-languages = Luqadaha
editor-languages-hint = Luqadaha akhristayaashu dooran karaan. Qoraal aan weli la turjumin wuxuu ku muuqdaa luqadda beddelka.
editor-language-direction = Jihada qoraalka
editor-direction-ltr = Bidix ilaa midig
editor-direction-rtl = Midig ilaa bidix
editor-language-source = Luqadda asalka: waxyaabaha marka hore ayaa lagu qoraa.
editor-language-fallback = Luqadda beddelka
editor-language-fallback-hint = Waxa akhristayaasha luqaddan arkaan marka qoraal aan weli la turjumin.
editor-language-no-fallback = Midna
editor-language-fallback-cycle = Taasi waxay sameyneysaa wareeg: luqaddaas hore ayay ugu noqotaa tan. Dooro mid kale.
editor-language-remove-question = Ma la saaraa { $language }? Akhristayaasheeda waxay dooran doonaan luqad kale. Turjumaaduhu way kaydsanaanayaan.
editor-language-add-title = Luqad cusub
editor-language-add-tag = Koodhka luqadda (BCP 47)
editor-language-add-hint = Tusaale: ti (Tigrinya), pt-BR (Boortaqiiska Baraasiil).
editor-language-add = Ku dar luqadda
editor-language-invalid = "{ $tag }" ma aha koodh luqadeed. Qor koodh sida ti ama pt-BR.
editor-language-present = Magaaladu horeba way leedahay { $language }.

## The multivoiced archive

reader-archive-title = Codadka imaanshaha
reader-archive-intro = Sheekooyinka dadka yimid magaaladan, iyagoo adeegsanaya ereyadooda. Cod kastaa waa kooda; midna ma aha nuqulka rasmiga ah.
reader-archive-link = Akhri codadka imaanshaha
reader-archive-empty = Weli halkan waxba lagama daabicin.
reader-archive-unavailable = Codadka lama soo gelin karin. Mar dambe isku day.
reader-archive-offline = Khadka kama tihid. Codadka imaanshaha waxay u baahan yihiin xiriir.
reader-archive-anonymous = Magac la'aan
reader-archive-speaks-about = Wuxuu ka hadlayaa:
reader-archive-translated = Kooxda ayaa ka turjuntay { $language }
reader-archive-in-language = Luqadda: { $language }
reader-archive-original = Tus ereyada asalka ah
reader-archive-recording =
    .aria-label = Duubista codkan
archive-page-title = Kaydka
archive-title = Kaydka kooxda { $group }
archive-open = Fur kaydka
archive-not-member = Xubin kama tihid kooxdan kaydka.
archive-intro = Sheekooyin imaansho ah oo ay kooxdu qortay oo duubtay. Cod kastaa wuxuu u hadhaa qoraagiisa: isaga oo keliya ayaa go'aamiya cidda arki karta iyo magaca lagu sheegayo.
archive-entries = Sheekooyinka
archive-no-entries = Weli sheeko ma jirto.
archive-voice-count =
    { $count ->
        [one] { $count } cod
       *[other] { $count } cod
    }
archive-state-published = La daabacay
archive-state-unpublished = Lama daabicin
archive-theme = Mawduuca
archive-guide-links = Bogagga hagaha ee uu ka hadlayo
archive-theme-arrival = Imaanshaha
archive-theme-first-contact-with-services = Xiriirka ugu horreeya ee adeegyada
archive-theme-housing = Hoyga
archive-theme-work = Shaqada
archive-theme-family = Qoyska
archive-theme-belonging = Ka mid ahaanshaha
archive-theme-the-future = Mustaqbalka
archive-theme-other = Kale
archive-entry-title = Cinwaan
archive-entry-title-missing = Qor cinwaan.
archive-cities = Magaalooyinka ay ka hadlayso
archive-cities-hint = Marka la daabaco, akhristayaasha hagayaasha magaalooyinkan way akhrin karaan.
archive-new-entry = Sheeko cusub
archive-new-entry-create = Samee sheekada
archive-back = Ku noqo kaydka
archive-entry-missing = Sheekadani weli kuma jirto qalabkan. Haddii hadda la sameeyay, sug inta ay isku xidhmayso.
archive-voices = Codadka
archive-no-voices = Weli cod ma jiro.
archive-add-voice = Ku dar codkayga
archive-add-voice-hint = Ku qor ereyadaada, is duub, ama labadaba. Isla markiiba waxaa lagu keydiyaa qalabkan, waxaana la diraa marka aad khadka joogto.
archive-voice-language = Luqadda aad ku hadlayso
archive-add-voice-create = Ku dar codkayga
archive-voice-yours = Codkaaga
archive-voice-of = Codka { $name }
archive-voice-unknown = Cod ka mid ah kooxda
archive-voice-in = Luqadda: { $language }
archive-voice-text = Ereyada
archive-voice-text-hint = Wixii la qoray, ama qoraalka duubista.
archive-recording = Duubis
archive-record = Duub
archive-record-stop = Jooji
archive-record-discard = Tuur duubista
archive-record-play =
    .aria-label = Dhageyso duubista
archive-recording-none = Duubis ma jirto.
archive-recording-recording = Waa la duubayaa…
archive-recording-waiting = Waa la duubay, wuxuu sugayaa in la soo geliyo. Ilaa markaas wuxuu ku jiraa qalabkan.
archive-recording-uploaded = Waa la soo geliyay.
archive-recording-refused-too-large = Duubistani aad bay u weyn tahay: kaydku wuxuu qaataa ilaa 25 MB. Duub mid ka gaaban ama dooro fayl ka yar.
archive-recording-refused-wrong-type = Kaydku ma qaato faylkan: codka WebM ama Ogg oo keliya.
archive-audio-file = Ama ka dooro fayl cod ah qalabkan
archive-audio-file-hint = Cod WebM ama Ogg ah, ilaa 25 MB. Cinwaankiisa iyo calaamadaha kale waa laga saaraa marka la soo geliyo.
archive-recording-no-microphone = Makarafoon lama isticmaali karin. U oggolow boggan makarafoonka, ama qor ereyadaada.
archive-photo = Sawir
archive-photo-choose = Ku dar sawir
archive-photo-hint = JPEG, PNG ama WebP, ilaa 10 MB. Goobta (GPS) iyo faahfaahinta kamaradda waa laga saaraa marka la soo geliyo.
archive-photo-description = Waxa sawirku muujinayo (dadka aan arki karin)
archive-photo-remove = Ka saar sawirka
archive-photo-none = Sawir ma jiro.
archive-photo-waiting = Wuxuu sugayaa in la soo geliyo. Ilaa markaas wuxuu ku jiraa qalabkan.
archive-photo-uploaded = Waa la soo geliyay, iyadoo aan goobta iyo faahfaahinta kamaradda lahayn.
archive-photo-refused-too-large = Sawirkani aad buu u weyn yahay: kaydku wuxuu qaataa sawirro ilaa 10 MB ah.
archive-photo-refused-wrong-type = Kaydku ma qaato faylkan: sawirrada JPEG, PNG ama WebP oo keliya.
archive-translations = Turjumaadaha
archive-translation-language = U turjun
archive-translation-add = Ku dar turjumaad
archive-translation-text = Turjumaad { $language } ah, waxaa sameeyay { $by }
archive-translation-text-own = Turjumaad { $language }, waxaa sameeyay qofka codka leh
archive-consent-title = Oggolaanshahaaga
archive-consent-unavailable = Waxaad dooran kartaa cidda codkaaga arki karta marka uu gaaro adeegaha (marka aad khadka joogto). Ilaa markaas kooxda oo keliya ayaa aragta, magacaaga la'aantiis.
archive-consent-visibility = Cidda codkaaga arki karta
archive-visibility-group = Kooxda oo keliya
archive-visibility-city-editors = Kooxda iyo tifaftirayaasha magaalada
archive-visibility-public = Qof walba, marka maamule daabaco sheekada
archive-consent-naming = Sida lagugu magacaabayo
archive-naming-name = Magacayga ({ $name })
archive-naming-pseudonym = Magac been ah
archive-naming-anonymous = Haba yaraatee (magac la'aan)
archive-pseudonym = Magac been ah
archive-pseudonym-missing = Qor magaca beenta ah ee aad rabto in lagugu sheego.
archive-consent-save = Keydi doorashadayda
archive-consent-saving = Waa la keydinayaa…
archive-consent-saved = Waa la keydiyay.
archive-consent-offline = Lama keydin: khadka kama tihid. Mar kale isku day marka aad khadka joogto.
archive-consent-withdrawn = Codkan waa la ceshaday.
archive-consent-failed = Lama keydin. Mar dambe isku day.
archive-withdraw = Ceshado codkayga
archive-withdraw-explained = Ceshashada codkaagu waxay si buuxda u saartaa: qofna kooxda kuma jiro, tifaftire iyo akhriste toona dib uma arki doonaan, adeeguhuna wuu tirtiraa. Dib looma soo celin karo.
archive-withdraw-cannot-undo = Dib uma soo celin karto nuqullada ay dadka kale horay u soo dejiyeen, u keydiyeen ama daabaceen intii la tusayay.
archive-withdraw-confirm = Si buuxda u ceshado
archive-withdraw-cancel = Hay codkayga
archive-publish = Daabac sheekada
archive-unpublish = Ka qaad daabacaadda
archive-publish-hint = Akhristayaashu waxay arkaan oo keliya codadka ay qorayaashoodu doorteen "qof walba", loona magacaabay sidii uu mid walba doortay.
archive-published = Waa la daabacay. Akhristayaashu hadda waxay arkaan codadka la wadaagay dadweynaha.
archive-unpublished = Daabacaadda waa laga qaaday. Akhristayaashu mar dambe ma arkaan.
archive-publish-refused = Lama daabicin: weli qoraa ma jiro oo codkiisa la wadaagay dadweynaha (ama sheekadu cinwaan ma leh).
archive-publish-not-synced = Adeeguhu weli ma haysto sheekadan. Sug inta ay isku xidhmayso, kadib daabac.
archive-publish-failed = Lama daabicin. Mar dambe isku day.
archive-export = Soo deji kaydka kooxda
archive-export-hint = Fayl zip ah oo leh erayada cod kasta (Markdown), duubabka iyo liis qoraallada, codadka, luqadaha iyo oggolaanshaha. Codadka la laabtay weligood kuma jiraan; cod aan magac lahayn magac kuma laha. La wadaag oo keliya sida oggolaanshaha cod kastaa u oggol yahay.

## Dates
date-month =
    { $month ->
     [jan] Janaayo
     [feb] Febraayo
     [mar] Maarso
     [apr] Abriil
     [may] Maayo
     [jun] Juun
     [jul] Luulyo
     [aug] Agosto
     [sep] Sebtembar
     [oct] Oktoobar
     [nov] Noofeembar
    *[dec] Diseembar
    }
date-month-alone =
    { $month ->
     [jan] Janaayo
     [feb] Febraayo
     [mar] Maarso
     [apr] Abriil
     [may] Maayo
     [jun] Juun
     [jul] Luulyo
     [aug] Agosto
     [sep] Sebtembar
     [oct] Oktoobar
     [nov] Noofeembar
    *[dec] Diseembar
    }
date-weekday =
    { $weekday ->
     [mon] Isniin
     [tue] Talaado
     [wed] Arbaco
     [thu] Khamiis
     [fri] Jimco
     [sat] Sabti
    *[sun] Axad
    }
date-day = { $weekday }, { $month } { $day }
date-full = { $month } { $day }, { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } ee { $time }
date-list-separator = { ", " }
date-just-now = Daqiiqadan
date-minutes-ago =
    { $count ->
     [one] { $count } daqiiqad kahor
    *[other] { $count } daqiiqadood kahor
    }
date-hours-ago =
    { $count ->
     [one] { $count } saacad kahor
    *[other] { $count } saacadood kahor
    }
date-days-ago =
    { $count ->
     [1] Shalay
     [one] { $count } maalin kahor
    *[other] { $count } maalmood kahor
    }
