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
nav-home = Bogga hore
nav-status = Xaaladda isku-xidhka
nav-sign-in = Gal
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Akoonkaaga: { $name }
page-title = { $page } · { app-name }
language-label = Luqadda

## Home page

home-title = Ku soo dhowow { app-name }
home-status-link = Eeg xaaladda isku-xidhka

## Status page

status-title = Xaaladda isku-xidhka
status-connection-label = Xidhiidhka server-ka
status-connected = Waa ku xidhan yahay
status-connecting = Waa la xidhayaa…
status-offline = Khadka kama jiro
status-offline-hint = Khadka kuma jirtid. Isbeddellada waxay ku jiraan qalabkan. Waxaa la diraa marka aad khadka ku soo noqoto.
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
role-group-hint = Magaca gaaban ee kooxda kaydka, sida loogu sameeyay magaaladaada: xarfo yaryar, tirooyin iyo xarriijimo.
role-group-missing = Qor magaca kooxda.
role-group-invalid = Isticmaal magaca gaaban ee kooxda: xarfo yaryar, tirooyin iyo xarriijimo. Tusaale: women-voices.
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
