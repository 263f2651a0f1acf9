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
nav-home = መእተዊ
nav-status = ኩነታት ምስምማዕ
nav-sign-in = እቶ
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = ሕሳብካ: { $name }
page-title = { $page } · { app-name }
language-label = ቋንቋ

## Home page

home-title = ናብ { app-name } እንቋዕ ብደሓን መጻእካ
home-status-link = ኩነታት ምስምማዕ ርአ

## Status page

status-title = ኩነታት ምስምማዕ
status-connection-label = ምስ ሰርቨር ዘሎ ርክብ
status-connected = ተራኺቡ ኣሎ
status-connecting = ይራኸብ ኣሎ…
status-offline = ርክብ የለን
status-offline-hint = ርክብ የብልካን። ለውጥታት ኣብዚ መሳርሒ ይተርፉ። ርክብ ምስ ተመለሰ ይለኣኹ።
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
role-group-hint = ሓጺር ስም ጉጅለ መዝገብ፣ ከምቲ ንከተማኻ ዝተዳለወ: ንኣሽቱ ላቲን ፊደላት፣ ኣሃዛትን ሰረዝን።
role-group-missing = ስም ናይቲ ጉጅለ ጽሓፍ።
role-group-invalid = ሓጺር ስም ጉጅለ ተጠቐም: ንኣሽቱ ላቲን ፊደላት፣ ኣሃዛትን ሰረዝን። ንኣብነት: women-voices።
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
