# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Turkish, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = Yeni gelenler için yerel rehberler. Birlikte yazılır, internetsiz de okunur.
skip-to-content = İçeriğe geç
nav-main =
    .aria-label = Ana menü
nav-home = Ana sayfa
nav-status = Eşitleme durumu
nav-sign-in = Giriş yap
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Hesabınız: { $name }
page-title = { $page } · { app-name }
language-label = Dil

## Home page

home-title = { app-name } uygulamasına hoş geldiniz
home-status-link = Eşitleme durumunu görün

## Status page

status-title = Eşitleme durumu
status-connection-label = Sunucu bağlantısı
status-connected = Bağlı
status-connecting = Bağlanıyor…
status-offline = Çevrimdışı
status-offline-hint = Çevrimdışısınız. Değişiklikler bu cihazda kalır. Tekrar bağlandığınızda gönderilir.
status-signed-out = Giriş yapılmadı
status-signed-out-hint = Belgeleri sunucuyla yalnızca giriş yapmış editörler eşitler. Rehberi okumak için hesap gerekmez.
status-sign-in = Eşitlemek için giriş yapın

## Not found

not-found-title = Sayfa bulunamadı
not-found-body = Bu adreste hiçbir şey yok.
not-found-home = Ana sayfaya git

## Forms and errors shared by the pages

passphrase-show = Parolayı göster
error-offline = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.
error-server = Sunucuda bir sorun oldu. Daha sonra tekrar deneyin.
error-bad-request = Sunucu bunu kabul etmedi. Yazdıklarınızı kontrol edip tekrar deneyin.
error-forbidden = Bunu yapma izniniz yok.
error-unauthenticated = Oturumunuz kapandı. Devam etmek için tekrar giriş yapın.
error-unexpected = Bir sorun oldu. Tekrar deneyin.
error-page-not-loaded = Bu sayfa yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.
error-too-many-attempts-seconds =
    Çok fazla deneme. { $seconds ->
        [one] Bir saniye
       *[other] { $seconds } saniye
    } sonra tekrar deneyin.
error-too-many-attempts-minutes =
    Çok fazla deneme. { $minutes ->
        [one] Bir dakika
       *[other] { $minutes } dakika
    } sonra tekrar deneyin.

## Roles

-role-volunteer = Gönüllü
-role-translator = Çevirmen
-role-editor = Editör
-role-group_member = Grup üyesi
-role-group_moderator = Grup moderatörü
-role-city_admin = Şehir yöneticisi
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
        [group] { role-name }, “{ $group }” grubu
        [languages] { role-name } ({ LANGUAGES($languages) })
       *[none] { role-name }
    }
role-grant-in-city = { role-grant } – { $city }
role-label = Rol
role-group-label = Grup
role-group-hint = Arşiv grubunun kısa adı, şehriniz için nasıl kurulduysa öyle: küçük harfler, rakamlar ve kısa çizgiler.
role-group-missing = Grubun adını yazın.
role-group-invalid = Grubun kısa adını kullanın: küçük harfler, rakamlar ve kısa çizgiler. Örneğin: women-voices.
role-group-unknown = Bu şehirde bu kısa adla bir arşiv grubu yok.
role-languages-label = Diller
role-languages-hint = Virgülle ayrılmış dil kodları. Örneğin: ar, uk, fa-AF.
role-languages-missing = En az bir dil kodu yazın.
role-languages-invalid = Bunlardan biri dil kodu değil. ar, uk veya fa-AF gibi kodlar kullanın.

## Sign-in page

sign-in-title = Giriş yap
sign-in-intro = Gönüllüler, editörler, çevirmenler ve şehir çalışanları için. Rehberi okumak için hesap gerekmez.
sign-in-name = Ad
sign-in-passphrase = Parola
sign-in-submit = Giriş yap
sign-in-name-missing = Adınızı yazın.
sign-in-passphrase-missing = Parolanızı yazın.
sign-in-invalid = Ad veya parola yanlış.
sign-in-no-account = Hesabınız yok mu? Hesaplar yalnızca davetle açılır. Şehrinizin yöneticisinden bir bağlantı isteyin.
sign-in-already = { $name } olarak giriş yaptınız.
sign-in-continue = Devam et
sign-in-account = Hesabınız

## Invitation page

invite-title = Davet
invite-loading = Davet kontrol ediliyor…
invite-not-found = Bu davet bağlantısı çalışmıyor. Daha önce kullanılmış ya da süresi dolmuş olabilir. Sizi davet eden kişiden yenisini isteyin.
invite-home = Ana sayfaya git
invite-for = { $city } için davet edildiniz. Rolünüz: { role-grant }.
invite-expires = Bu davet şu tarihe kadar geçerli: { DATETIME($expires, dateStyle: "long", timeStyle: "short") }.
invite-signed-in-note = { $name } olarak giriş yaptınız. Bu daveti kabul ederseniz yeni bir hesap açılır ve bu hesapla giriş yaparsınız.
invite-name = Adınız
invite-name-hint = Birlikte çalıştığınız kişiler bu adı görür. Gerçek adınız olması gerekmez: takma ad da olur.
invite-name-missing = Bir ad seçin.
invite-name-too-long = Bu ad çok uzun: en fazla 64 karakter.
invite-name-taken = Bu ad zaten kullanılıyor. Başka bir ad seçin.
invite-passphrase = Parola
invite-passphrase-hint = En az 10 karakter. Birbirine uymayan birkaç kelimeyi hatırlamak kolay, tahmin etmek zordur.
invite-passphrase-confirm = Parola tekrar
invite-passphrase-too-short = Parola çok kısa: en az 10 karakter.
invite-passphrase-too-long = Parola çok uzun: en fazla 1024 karakter.
invite-passphrase-mismatch = İki parola aynı değil.
invite-submit = Hesabımı oluştur

## Account page

account-title = Hesabınız
account-loading = Hesabınız yükleniyor…
account-not-signed-in = Giriş yapmadınız.
account-signed-out = Çıkış yaptınız.
account-sign-in = Giriş yap
account-signed-in-as = { $name } olarak giriş yaptınız.
account-offline = Çevrimdışısınız. Bunlar cihazın hatırladıkları. Oturumlar ve çıkış için bağlantı gerekir.
account-roles-title = Rolleriniz
account-no-roles = Henüz bir rolünüz yok.
account-manage-city = { $city } yönetimi
account-sessions-title = Giriş yaptığınız yerler
account-sessions-loading = Yükleniyor…
account-session-current = Bu cihaz
account-session-other = Başka bir cihaz
account-session-times = Giriş: { DATETIME($created, dateStyle: "medium", timeStyle: "short") }, son etkinlik: { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = Çıkış yap
account-session-ended = O cihazdan çıkış yapıldı.
account-sign-out-everywhere = Her yerden çıkış yap
account-sign-out = Çıkış yap

## City administration page

admin-title = Şehir yönetimi
admin-heading = { $city } yönetimi
admin-loading = Yükleniyor…
admin-offline = Çevrimdışısınız. Bir şehri yönetmek için bağlantı gerekir.
admin-not-signed-in = Bir şehri yönetmek için giriş yapın.
admin-sign-in = Giriş yap
admin-not-admin = { $city } için yönetici değilsiniz.
admin-invite-title = Birini davet edin
admin-invite-intro = Bir davet bağlantısı tek kişi içindir. Bir kez çalışır ve onu açan kişi hesabı açabilir. Bağlantıyı özel olarak gönderin.
admin-invite-submit = Davet bağlantısı oluştur
admin-invite-created = Davet bağlantısı oluşturuldu.
admin-invite-link-label = Davet bağlantısı
admin-invite-about = Rol: { role-grant }. Geçerlilik: { DATETIME($expires, dateStyle: "long", timeStyle: "short") } tarihine kadar.
admin-invite-copy = Bağlantıyı kopyala
admin-invite-share = Bağlantıyı paylaş
admin-invite-copied = Bağlantı kopyalandı.
admin-invite-copy-failed = Kopyalanamadı. Bağlantı seçili: kendiniz kopyalayın.
admin-members-title = Üyeler
admin-members-none = Henüz üye yok.
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name } (siz)
       *[no] { $name }
    }
admin-member-revoked = Erişim kaldırıldı
admin-member-no-roles = Rol yok
admin-member-edit = Rolleri değiştir
admin-member-revoke = Erişimi kaldır
admin-roles-heading = { $name } kişisinin rolleri
admin-role-remove = Kaldır
admin-role-add-title = Rol ekleyin
admin-role-add = Rol ekle
admin-role-duplicate = Bu kişinin bu rolü zaten var.
admin-roles-save = Rolleri kaydet
admin-roles-cancel = Vazgeç
admin-roles-saved = { $name } kişisinin rolleri kaydedildi.
admin-revoke-question = { $name } kişisinin erişimi kaldırılsın mı?
admin-revoke-explain = { $name } tüm cihazlarda çıkış yapar ve artık giriş yapamaz.
admin-revoke-confirm = Erişimi kaldır
admin-revoke-cancel = Vazgeç
admin-revoked = { $name } kişisinin erişimi kaldırıldı.
