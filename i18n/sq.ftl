# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Albanian, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Udhëzues vendorë për të ardhurit e rinj, të shkruar bashkë, që lexohen edhe pa internet.
skip-to-content = Kalo te përmbajtja
nav-main =
    .aria-label = Menyja kryesore
nav-home = Kreu
nav-status = Gjendja e sinkronizimit
nav-sign-in = Hyr
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Llogaria jote: { $name }
page-title = { $page } · { app-name }
language-label = Gjuha

## Home page

home-title = Mirë se vjen te { app-name }
home-status-link = Shiko gjendjen e sinkronizimit

## Status page

status-title = Gjendja e sinkronizimit
status-connection-label = Lidhja me serverin
status-connected = I lidhur
status-connecting = Po lidhet…
status-offline = Pa lidhje
status-offline-hint = Je pa lidhje. Ndryshimet mbeten në këtë pajisje. Dërgohen kur të kesh sërish lidhje.
status-signed-out = Nuk ke hyrë
status-signed-out-hint = Vetëm redaktorët që kanë hyrë i sinkronizojnë dokumentet me serverin. Për të lexuar udhëzuesin nuk të duhet llogari.
status-sign-in = Hyr për të sinkronizuar

## Not found

not-found-title = Faqja nuk u gjet
not-found-body = Në këtë adresë nuk ka asgjë.
not-found-home = Shko te faqja kryesore

## Forms and errors shared by the pages

passphrase-show = Shfaq fjalëkalimin
error-offline = Serveri nuk u arrit. Kontrollo lidhjen dhe provo sërish.
error-server = Diçka nuk shkoi mirë në server. Provo më vonë.
error-bad-request = Serveri nuk e pranoi këtë. Kontrollo çfarë shkrove dhe provo sërish.
error-forbidden = Nuk të lejohet ta bësh këtë.
error-unauthenticated = Ke dalë nga llogaria. Hyr sërish për të vazhduar.
error-unexpected = Diçka nuk shkoi mirë. Provo sërish.
error-page-not-loaded = Kjo faqe nuk u ngarkua. Kontrollo lidhjen dhe provo sërish.
error-too-many-attempts-seconds =
    Shumë përpjekje. Provo sërish pas { $seconds ->
        [one] një sekonde
       *[other] { $seconds } sekondash
    }.
error-too-many-attempts-minutes =
    Shumë përpjekje. Provo sërish pas { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }.

## Roles

-role-volunteer = Vullnetar
-role-translator = Përkthyes
-role-editor = Redaktor
-role-group_member = Anëtar i grupit
-role-group_moderator = Moderator i grupit
-role-city_admin = Administrator i qytetit
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
        [group] { role-name }, grupi “{ $group }”
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } në { $city }
role-label = Roli
role-group-label = Grupi
role-group-hint = Emri i shkurtër i grupit të arkivit, siç u krijua për qytetin tënd: shkronja të vogla, shifra dhe viza.
role-group-missing = Shkruaj emrin e grupit.
role-group-invalid = Përdor emrin e shkurtër të grupit: shkronja të vogla, shifra dhe viza. Për shembull: women-voices.
role-group-unknown = Ky qytet nuk ka grup arkivi me këtë emër të shkurtër.
role-languages-label = Gjuhët
role-languages-hint = Kode gjuhësh, të ndara me presje. Për shembull: ar, uk, fa-AF.
role-languages-missing = Shkruaj të paktën një kod gjuhe.
role-languages-invalid = Njëri prej tyre nuk është kod gjuhe. Përdor kode si ar, uk ose fa-AF.

## Sign-in page

sign-in-title = Hyr
sign-in-intro = Për vullnetarë, redaktorë, përkthyes dhe punonjës të qytetit. Për të lexuar udhëzuesin nuk të duhet llogari.
sign-in-name = Emri
sign-in-passphrase = Fjalëkalimi
sign-in-submit = Hyr
sign-in-name-missing = Shkruaj emrin tënd.
sign-in-passphrase-missing = Shkruaj fjalëkalimin tënd.
sign-in-invalid = Emri ose fjalëkalimi është gabim.
sign-in-no-account = Nuk ke llogari? Llogaritë bëhen vetëm me ftesë. Kërkoji një lidhje administratorit të qytetit tënd.
sign-in-already = Ke hyrë si { $name }.
sign-in-continue = Vazhdo
sign-in-account = Llogaria jote

## Invitation page

invite-title = Ftesë
invite-loading = Po kontrollohet ftesa…
invite-not-found = Kjo lidhje ftese nuk funksionon. Mund të jetë përdorur ose ka skaduar. Kërkoji një të re personit që të ftoi.
invite-home = Shko te faqja kryesore
invite-for = Je ftuar në { $city } me rolin: { role-grant }.
invite-expires = Kjo ftesë vlen deri më { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = Ke hyrë si { $name }. Nëse e pranon këtë ftesë, krijohet një llogari e re dhe hyn me të.
invite-name = Emri yt
invite-name-hint = Njerëzit me të cilët punon e shohin këtë emër. Nuk duhet të jetë emri yt i vërtetë: një pseudonim është në rregull.
invite-name-missing = Zgjidh një emër.
invite-name-too-long = Ky emër është shumë i gjatë: jo më shumë se 64 shenja.
invite-name-taken = Ky emër është i zënë. Zgjidh një tjetër.
invite-passphrase = Fjalëkalimi
invite-passphrase-hint = Të paktën 10 shenja. Disa fjalë që nuk shkojnë bashkë mbahen mend lehtë dhe gjenden me vështirësi.
invite-passphrase-confirm = Fjalëkalimi përsëri
invite-passphrase-too-short = Fjalëkalimi është shumë i shkurtër: të paktën 10 shenja.
invite-passphrase-too-long = Fjalëkalimi është shumë i gjatë: jo më shumë se 1024 shenja.
invite-passphrase-mismatch = Dy fjalëkalimet nuk janë njësoj.
invite-submit = Krijo llogarinë time

## Account page

account-title = Llogaria jote
account-loading = Po ngarkohet llogaria jote…
account-not-signed-in = Nuk ke hyrë.
account-signed-out = Ke dalë.
account-sign-in = Hyr
account-signed-in-as = Ke hyrë si { $name }.
account-offline = Je pa lidhje. Kjo është ajo që mban mend pajisja. Për seancat dhe daljen të duhet lidhje.
account-roles-title = Rolet e tua
account-no-roles = Ende nuk ke role.
account-manage-city = Menaxho { $city }
account-sessions-title = Ku ke hyrë
account-sessions-loading = Po ngarkohet…
account-session-current = Kjo pajisje
account-session-other = Një pajisje tjetër
account-session-times = Hyrë më { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, aktiv së fundi më { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Dil
account-session-ended = Ajo pajisje ka dalë.
account-sign-out-everywhere = Dil kudo
account-sign-out = Dil

## City administration page

admin-title = Administrimi i qytetit
admin-heading = Menaxho { $city }
admin-loading = Po ngarkohet…
admin-offline = Je pa lidhje. Për të menaxhuar një qytet të duhet lidhje.
admin-not-signed-in = Hyr për të menaxhuar një qytet.
admin-sign-in = Hyr
admin-not-admin = Nuk je administrator i { $city }.
admin-invite-title = Fto dikë
admin-invite-intro = Një lidhje ftese është për një person. Funksionon një herë, dhe kushdo që e hap mund të krijojë llogarinë. Dërgoje privatisht.
admin-invite-submit = Krijo lidhje ftese
admin-invite-created = Lidhja e ftesës u krijua.
admin-invite-link-label = Lidhja e ftesës
admin-invite-about = Për rolin: { role-grant }. Vlen deri më { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
admin-invite-copy = Kopjo lidhjen
admin-invite-share = Ndaj lidhjen
admin-invite-copied = Lidhja u kopjua.
admin-invite-copy-failed = Kopjimi nuk u bë. Lidhja është e zgjedhur: kopjoje vetë.
admin-members-title = Anëtarët
admin-members-none = Ende nuk ka anëtarë.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (ti)
       *[no] { $name }
    }
admin-member-revoked = Qasja u hoq
admin-member-no-roles = Pa role
admin-member-edit = Ndrysho rolet
admin-member-revoke = Hiq qasjen
admin-roles-heading = Rolet e { $name }
admin-role-remove = Hiq
admin-role-add-title = Shto një rol
admin-role-add = Shto rolin
admin-role-duplicate = Ky person e ka tashmë këtë rol.
admin-roles-save = Ruaj rolet
admin-roles-cancel = Anulo
admin-roles-saved = Rolet e { $name } u ruajtën.
admin-revoke-question = T’i hiqet qasja { $name }?
admin-revoke-explain = { $name } del nga çdo pajisje dhe nuk mund të hyjë më.
admin-revoke-confirm = Hiq qasjen
admin-revoke-cancel = Anulo
admin-revoked = Qasja iu hoq { $name }.
