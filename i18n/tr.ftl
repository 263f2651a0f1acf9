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
nav-cities = Tüm şehirler
nav-status = Eşitleme durumu
nav-sign-in = Giriş yap
nav-edit = Rehberi düzenle
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = Hesabınız: { $name }
page-title = { $page } · { app-name }
language-label = Dil

## Choosing a guide

reader-choose-city-title = Şehrinizi seçin
reader-choose-language-title = Dilinizi seçin
reader-choose-offline = Çevrimdışısınız. Bir rehber indirmek için bir kez internete bağlanın.
reader-kept-guides = Bu telefondaki rehberler
reader-choose-city = Başka bir şehir veya dil seçin
reader-choose-language-city = { $city } rehberinin dilini seçin
reader-language-not-offered = { $city } rehberi bu dilde yazılmamış: { $language }. Yazıldığı dillerden birini seçin:
reader-open-guide = Rehberi aç
reader-loading = Yükleniyor…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = Rehber
reader-nav-home = Ana sayfa
reader-nav-articles = Pratik bilgiler
reader-nav-events = Etkinlikler
reader-nav-search = Ara
reader-sample-city = Bu, { app-name } uygulamasını denemek için uydurma içerikli örnek bir şehirdir.
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = İnternetsiz de kullanılabilir, { $ago } güncellendi
reader-offline-now = Çevrimdışısınız. Bu rehber { $ago } güncellendi.
reader-guide-language = Rehberin dili
reader-print-link = Bu rehberi yazdır
reader-offline-banner = Çevrimdışısınız. Bu telefonda kayıtlı kopyayı okuyorsunuz.
reader-language-shown-in = { $city } rehberi bu dilde yazılmamış: { $language }. Metinleri şu dilde gösteriliyor: { $guide }.
reader-text-size = Yazı boyutu
reader-text-size-normal = Normal
reader-text-size-large = Büyük
reader-text-size-larger = Çok büyük
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
        [one] Henüz çevrilmedi: bazı bölümler şu dilde gösteriliyor: { $languages }.
       *[other] Henüz çevrilmedi: bazı bölümler şu dillerde gösteriliyor: { $languages }.
    }
reader-problem-offline-title = Bu rehber henüz bu telefonda yok
reader-problem-offline = Bir kez internete bağlanın. Ondan sonra rehber internetsiz de çalışır.
reader-offline-missing = Çevrimdışısınız.
reader-problem-unknown-city-title = Şehir bulunamadı
reader-problem-unknown-city = Burada bu şehir için bir rehber yok.
reader-problem-unknown-language-title = Dil mevcut değil
reader-problem-unknown-language = Bu rehber bu dilde yok. Şu dillerden birini seçin:
reader-problem-server-title = Rehber yüklenemedi
reader-problem-server = Sunucuda bir sorun oldu. Daha sonra tekrar deneyin.
reader-meta-description = Yeni gelenler için { $city } rehberi: yardım, hizmetler, pratik bilgiler ve etkinlikler nerede, kendi dilinizde, internetsiz de.
reader-meta-description-page = { $page }, yeni gelenler için { $city } rehberinde: yardım, hizmetler, bilgiler ve etkinlikler kendi dilinizde, internetsiz de.

## Guide home

reader-home-title = { $city } rehberi
reader-notices = Şehirden haberler
reader-categories = Neye ihtiyacınız var?
reader-category-count =
    { $count ->
        [one] bir yer
       *[other] { $count } yer
    }
reader-this-week = Bu hafta
reader-no-events-this-week = Önümüzdeki yedi gün içinde etkinlik yok.
reader-all-events = Tüm etkinlikler
reader-topics = Bilgiler
reader-kept-languages = Bu telefonda
reader-kept-languages-hint = Rehber, bu telefonda kayıtlı dillerde internetsiz çalışır.
reader-kept-current = Kayıtlı (şu an bunu okuyorsunuz)
reader-kept-add = Bunu da kaydet: { $language }
reader-kept-remove = Bu telefondan kaldır: { $language }
reader-published-on = Yayınlanma tarihi: { $date }
reader-kept-waiting = Çevrimdışısınız. Bağlantı gelince telefon bunu da kaydedecek: { $language }.

## Services

reader-service-title = Hizmet
reader-status-temporarily-closed = Geçici olarak kapalı.
reader-status-closed = Bu hizmet kapandı.
reader-open-now = Şu an açık, kapanış: { $time }
reader-open-now-all-day = Şimdi açık, 24 saat
reader-open-all-day = 24 saat açık
reader-opens-today = Şu an kapalı. Bugün açılış: { $time }
reader-opens-tomorrow = Şu an kapalı. Yarın açılış: { $time }
reader-opens-on = Şu an kapalı. Açılış: { $day }, { $time }
reader-by-appointment = Randevuyla
reader-no-hours-soon = Önümüzdeki günlerde açık değil
reader-hours-unknown = Açılış saatlerini sorun
reader-open-to-all = Herkese açık, belgeniz olsun ya da olmasın
reader-for-whom = Kimler için
reader-eligibility = Kimler gelebilir
reader-cost = Ücret
reader-free = Ücretsiz
reader-not-free = Ücretli
reader-languages = Diller
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = Tercüman ayarlanabilir.
reader-documents = Yanınızda getirmeniz gerekenler
reader-hours = Açılış saatleri
reader-today = Bugün
reader-tomorrow = Yarın
reader-closed-day = Kapalı
reader-appointment-note = (randevuyla)
reader-where = Nerede
reader-outreach = Onları nerede bulabilirsiniz (size de gelirler)
reader-open-map = Harita uygulamamda aç
reader-open-web-map = Haritayı openstreetmap.org'da aç
reader-contact = İletişim
reader-call = Ara: { $phone }
reader-email = E-posta gönder: { $email }
reader-website = Web sitesi: { $site }
reader-share = Paylaş
reader-share-copied = Bağlantı kopyalandı
reader-last-checked = Son kontrol: { $date }
reader-listen = Dinle
reader-listen-stop = Durdur
reader-target-everyone = Herkes
reader-target-asylum-seekers-and-refugees = Sığınmacılar ve mülteciler
reader-target-temporary-protection = Geçici koruma altındaki kişiler
reader-target-undocumented-residents = Belgesi olmayan kişiler
reader-target-women = Kadınlar
reader-target-unaccompanied-minors = Yalnız olan 18 yaş altı gençler
reader-target-children = Çocuklar
reader-target-students = Öğrenciler

## Articles

reader-articles-title = Pratik bilgiler
reader-articles-below = Bu konuda daha fazlası
reader-breadcrumbs =
    .aria-label = Buradasınız

## Events

reader-events-title = Etkinlikler
reader-events-later = Daha sonra
reader-no-events = Önümüzdeki haftalarda etkinlik yok.
reader-event-cancelled = İptal edildi
reader-event-when = Ne zaman
reader-event-next-dates = Sonraki tarihler
reader-event-past = Bu etkinlik sona erdi.
reader-organizer = Düzenleyen
reader-open-to-residents = Herkes: yeni gelenler ve uzun zamandır burada yaşayanlar
reader-add-to-calendar = Takvimime ekle
reader-register = Kayıt ol
reader-online-link = Çevrimiçi katıl
reader-subscribe = Şehrin etkinliklerini takvimime al
reader-feed-link = Tüm etkinlikleri indir (iCalendar)
reader-events-by-month = Daha sonra, ay ay
reader-no-later-events = Henüz daha sonraki bir etkinlik bilinmiyor.
reader-events-in-month =
    { $count ->
        [one] { $month }: { $count } etkinlik
       *[other] { $month }: { $count } etkinlik
    }
reader-no-events-month = Bu ay etkinlik yok.
reader-events-bad-month = Bu adres bir ay belirtmiyor (?month=2027-01 ile bitmeli). İşte önümüzdeki haftalar.
reader-events-known-until = Bu telefon etkinlikleri { $date } tarihine kadar biliyor. Daha fazlasını görmek için rehberi sonra internette açın.
reader-events-coming-weeks = Önümüzdeki dört hafta
reader-events-month-before = Önce: { $month }
reader-events-month-after = Sonra: { $month }
reader-feed-heading = Takvim uygulamanızda

## Search

reader-search-title = Ara
reader-search-label = Rehberde ara
reader-search-button = Ara
reader-search-count =
    { $count ->
        [0] “{ $query }” için hiçbir şey bulunamadı.
        [one] “{ $query }” için bir sonuç.
       *[other] “{ $query }” için { $count } sonuç.
    }
reader-kind-service = Hizmet
reader-kind-article = Bilgi
reader-kind-event = Etkinlik

## Print version

reader-print-title = Yazdırılabilir rehber
reader-print-heading = { $city } rehberi
reader-print-date = Yazdırma tarihi: { $date }. Bilgiler değişebilir: çevrimiçi rehbere bakın.
reader-print-button = Yazdır
reader-print-address = Bu rehber internette, her zaman güncel:
reader-print-qr = QR kodu: bu rehber internette
reader-print-other-days = Bazı saatler başka günlerde (birkaç haftada bir ya da ayda bir): internetteki rehbere bakın.

## Suggest a correction

reader-suggest-link = Düzeltme öner
reader-suggest-title = Düzeltme öner
reader-suggest-about = Konu:
reader-suggest-privacy = Kimliğiniz gizli kalır. Adınızı ya da sizinle ilgili hiçbir şeyi sormuyoruz.
reader-suggest-topic = Yanlış olan ne?
reader-suggest-message = Neyi bilmemiz gerekiyor?
reader-suggest-message-hint = Lütfen adınızı, telefon numaranızı veya başka kişisel bilgilerinizi yazmayın.
reader-suggest-send = Gönder
reader-suggest-need-topic = Neyin yanlış olduğunu seçin.
reader-suggest-need-message = Neyin yanlış olduğunu birkaç kelimeyle yazın.
reader-suggest-sent = Teşekkürler. Rehberin editörleri bunu kontrol edecek.
reader-suggest-queued = Teşekkürler. Çevrimdışısınız: tekrar bağlandığınızda gönderilecek.
reader-suggest-refused = Teşekkürler, ama bu gönderilemedi: sayfa kaldırılmış olabilir.
reader-back-to-guide = Rehbere dön

## Status page

status-title = Eşitleme durumu
status-connection-label = Sunucu bağlantısı
status-connected = Bağlı
status-connecting = Bağlanıyor…
status-offline = Çevrimdışı
status-offline-hint = Çevrimdışısınız. Değişiklikler bu cihazda kalır. Tekrar bağlandığınızda gönderilir.
status-waiting =
    { $count ->
        [0] Bu cihazda gönderilmeyi bekleyen bir şey yok.
        [1] Bu cihazda kaydedilmiş bir değişiklik gönderilmeyi bekliyor.
       *[other] Bu cihazda kaydedilmiş, gönderilmeyi bekleyen değişiklikler: { $count }.
    }
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
role-group-hint = Bu şehirde yönettiğiniz arşiv gruplarından biri.
role-group-missing = Bir grup seçin.
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

## Suggestions queue (editors)

suggestions-title = Okuyuculardan öneriler
suggestions-heading = Öneriler: { $city }
suggestions-intro = Okuyucular, rehberde yanlış bir şey olduğunda bunları adlarını vermeden gönderir. Kontrol edin, gerekirse içeriği düzeltin, sonra öneriyi tamamlandı olarak işaretleyin.
suggestions-loading = Yükleniyor…
suggestions-not-signed-in = Okuyucuların gönderdiği önerileri görmek için giriş yapın.
suggestions-sign-in = Giriş yap
suggestions-not-allowed = Bu önerileri yalnızca şu şehrin editörleri ve yöneticileri görebilir: { $city }.
suggestions-unknown-city = “{ $city }” diye bir şehir yok.
suggestions-show-done = Tamamlanan önerileri de göster
suggestions-list-title = Öneriler
suggestions-none-open = Açık öneri yok.
suggestions-none = Henüz öneri yok.
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = Konu: { $title }
suggestions-about-unpublished = Artık yayında olmayan bir içerik hakkında
suggestions-about-guide = Genel olarak rehber hakkında
suggestions-no-message = Okuyucu bir mesaj yazmadı.
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = Alındı: { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · dil: { LANGUAGES($language) }
suggestions-resolved = Tamamlandı: { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = Tamamlandı olarak işaretle
suggestions-marked-done = Öneri tamamlandı olarak işaretlendi.
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = Kapandı veya artık yok
suggestion-topic-hours = Açılış saatleri yanlış
suggestion-topic-address = Adres yanlış
suggestion-topic-contact = Telefon numarası veya başka bir iletişim bilgisi yanlış
suggestion-topic-translation = Çeviri yanlış veya eksik
suggestion-topic-other = Başka bir şey

## Editing app

editor-page-title = Rehberi düzenle
editor-title = Düzenleniyor: { $city }
editor-signed-out = Rehberi düzenlemek için giriş yapın.
editor-progress = Bu cihazdaki belgeler: { $loaded } / { $total }
editor-filter = Filtrele
editor-events = Etkinlikler
editor-services = Hizmetler
editor-new-event = Yeni etkinlik
editor-back = Listeye dön
editor-untitled = (henüz başlık yok)
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] Bu cihaza kaydedildi. Çevrimdışısınız.
        [one] Bu cihaza kaydedildi. Bir değişiklik gönderilmeyi bekliyor.
       *[other] Bu cihaza kaydedildi. { $count } değişiklik gönderilmeyi bekliyor.
    }
editor-sync-sending =
    { $count ->
        [one] Bir değişiklik gönderiliyor…
       *[other] { $count } değişiklik gönderiliyor…
    }
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = { $ago } eşitlendi
editor-sync-sent =
    { $count ->
        [1] Bir değişiklik gönderildi. { $ago } eşitlendi
       *[other] Gönderilen değişiklikler: { $count }. { $ago } eşitlendi
    }
editor-sync-signed-out =
    { $count ->
        [0] Oturumunuz sona erdi. Eşitlemeye devam etmek için tekrar giriş yapın.
        [one] Oturumunuz sona erdi. Değişikliğiniz bu cihazda kayıtlı: göndermek için tekrar giriş yapın.
       *[other] Oturumunuz sona erdi. Bu cihazda kayıtlı değişiklikleriniz: { $count }. Göndermek için tekrar giriş yapın.
    }
editor-sync-sign-in = Tekrar giriş yap
editor-hint-plain = Kısa cümleler yazın. Her cümlede tek bir fikir olsun. Herkesin bildiği kelimeleri kullanın.
editor-hint-title = Ne olduğunu birkaç kelimeyle söyleyin. Örneğin: Dil kafesi.
editor-minor-edit = Küçük düzeltme (imla, yazım hatası): çeviriler güncel kalır
editor-conflict =
    { $count ->
        [one] İki kişi bunu aynı anda değiştirdi. Doğru değeri seçin:
       *[other] Birkaç kişi bunu aynı anda değiştirdi ({ $count } değer). Doğru olanı seçin:
    }
editor-conflict-keep = Bunu tut: “{ $value }”
editor-event-title = Başlık
editor-event-description = Açıklama
editor-event-type = Etkinlik türü
editor-event-type-workshop = Atölye
editor-event-type-language-cafe = Dil kafesi
editor-event-type-festival = Festival
editor-event-type-commemoration = Anma
editor-event-type-job-fair = İş fuarı
editor-event-type-sport = Spor
editor-event-type-information-session = Bilgilendirme toplantısı
editor-event-type-other = Diğer
editor-event-start = Başlangıç
editor-event-end = Bitiş
editor-event-place = Yer
editor-place-name = Yerin adı
editor-place-street = Sokak ve numara
editor-place-postal-code = Posta kodu
editor-place-locality = Şehir
editor-event-organizer = Düzenleyen
editor-event-free = Ücretsiz
editor-event-cancelled = Etkinliğin tamamı iptal edildi
editor-repeat = Tekrar
editor-repeat-kind = Ne sıklıkla
editor-repeat-none = Tekrarlanmaz
editor-repeat-weekly = Her hafta
editor-repeat-monthly = Her ay
editor-repeat-custom = Başka kural (RRULE)
editor-repeat-days =
    .aria-label = Bu günlerde
editor-repeat-nth = Kaçıncı
editor-repeat-weekday = Gün
editor-repeat-until = Bitiş tarihi (isteğe bağlı)
editor-repeat-rule = Kural
editor-nth-1 = Birinci
editor-nth-2 = İkinci
editor-nth-3 = Üçüncü
editor-nth-4 = Dördüncü
editor-nth-last = Sonuncu
editor-weekday-mo = Pazartesi
editor-weekday-tu = Salı
editor-weekday-we = Çarşamba
editor-weekday-th = Perşembe
editor-weekday-fr = Cuma
editor-weekday-sa = Cumartesi
editor-weekday-su = Pazar
editor-cancelled-dates = İptal edilen tarihler
editor-cancel-date-label = Bir tarihi iptal et
editor-cancel-date = Bu tarihi iptal et
editor-restore-date = Geri getir: { $date }
editor-quick-hint = İnternetsiz çalışır. Etkinlik, tekrar bağlandığınızda gönderilir.
editor-quick-date = Tarih
editor-quick-start = Başlangıç saati
editor-quick-end = Bitiş saati
editor-quick-save = Etkinliği kaydet
editor-quick-missing = Başlığı, tarihi ve saatleri doldurun.
editor-service-name = Ad
editor-service-description = Nedir
editor-service-eligibility = Kimler gelebilir
editor-service-documents = Yanınızda getirmeniz gerekenler
editor-service-status = Durum
editor-service-status-active = Açık
editor-service-status-temporarily-closed = Geçici olarak kapalı
editor-service-status-closed = Kalıcı olarak kapandı
editor-service-organization = Hizmeti veren kuruluş
editor-service-categories = Kategoriler
editor-service-target-groups = Kimler için
editor-service-open-to-all = Belgesi ne olursa olsun herkese açık
editor-service-fee = Ücretsiz değilse fiyatı
editor-service-languages = Personelin konuştuğu diller
editor-service-language-other = Başka bir dil
editor-service-language-hint = Dil kodu, örneğin ti, prs veya pt-BR.
editor-service-language-add = Dili ekle
editor-service-language-invalid = Bu bir dil kodu değil. ti, prs veya pt-BR gibi bir kod yazın.
editor-service-contacts = İletişim
editor-service-phones = Telefon numaraları
editor-service-phone = Telefon numarası { $number }
editor-service-phone-new = Yeni telefon numarası
editor-service-phone-add = Numarayı ekle
editor-service-phone-remove = { $phone } numarasını kaldır
editor-service-phone-invalid = Bir telefon numarası yazın: yalnızca rakam, boşluk ve +. Örneğin +32 4 123 45 67.
editor-service-email = E-posta
editor-service-email-invalid = Bu bir e-posta adresi değil. Örneğin: info@example.org
editor-service-website = Web sitesi
editor-service-website-invalid = https:// ile başlayan tam adresi yazın
editor-service-verified = Son kontrol
editor-service-verified-never = Bu hizmeti henüz kimse kontrol etmedi.
editor-service-verified-value = { $date } tarihinde { $name } tarafından kontrol edildi
editor-service-verify = Bugün kontrol edildi
editor-service-locations = Yerler
editor-service-location = Yer { $number }
editor-service-location-none = Henüz yer yok.
editor-service-location-add = Yer ekle
editor-service-location-remove = Bu yeri kaldır
editor-location-region = Bölge
editor-location-country = Ülke (iki harf, örneğin BE)
editor-location-country-invalid = İki harfli ülke kodunu yazın, örneğin BE.
editor-location-latitude = Enlem (isteğe bağlı)
editor-location-longitude = Boylam (isteğe bağlı)
editor-location-latitude-invalid = -90 ile 90 arasında bir sayı yazın, örneğin 50.63.
editor-location-longitude-invalid = -180 ile 180 arasında bir sayı yazın, örneğin 5.57.
editor-location-outreach = İnsanlara kendileri de gidiyorlar (gezici veya sahada hizmet)
editor-service-schedules = Açılış saatleri
editor-schedule = Saatler { $number }
editor-schedule-none = Henüz açılış saati yok.
editor-schedule-add = Açılış saati ekle
editor-schedule-remove = Bu saatleri kaldır
editor-schedule-days = Günler
editor-schedule-rule-hint = Yalnızca günlerin anlatamadığı durumlar için, örneğin her ayın ilk salısı için FREQ=MONTHLY;BYDAY=1TU. Günleri kullanmak için boş bırakın.
editor-schedule-rule-invalid = Bu kural kullanılamaz. “RRULE:” olmadan FREQ=WEEKLY;BYDAY=MO,TU gibi bir kural yazın.
editor-schedule-opens = Açılış saati
editor-schedule-closes = Kapanış saati
editor-schedule-overnight = Ertesi gün kapanır (gece yarısından sonra açık)
editor-schedule-times-invalid = Kapanış saati açılış saatinden sonra olmalı. Gece yarısından sonraki saatler için “Ertesi gün kapanır” kutusunu işaretleyin.
editor-schedule-valid-from = Başlangıç (isteğe bağlı)
editor-schedule-valid-to = Bitiş (isteğe bağlı)
editor-schedule-valid-invalid = Bitiş tarihi başlangıç tarihinden önce olamaz.
editor-schedule-closed-dates = Kapalı günler
editor-schedule-closed-date-label = Kapalı olduğu bir gün
editor-schedule-closed-date-add = Kapalı gün ekle
editor-schedule-closed-date-remove = { $date } tarihinde yeniden açık
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }, randevuyla
editor-schedule-no-days = Gün seçilmedi
editor-schedule-no-hours = henüz saat yok
editor-new-service = Yeni hizmet
editor-new-service-hint = Adıyla başlayın. Gerisini bir sonraki ekranda doldurursunuz. İnternetsiz çalışır.
editor-new-service-create = Hizmeti oluştur
editor-new-service-missing = Hizmetin adını yazın.
editor-publishing = Yayınlama
editor-publish-hint = Okuyucular yalnızca yayınlanan sürümü görür. Sonraki değişiklikleriniz, tekrar yayınlayana kadar taslak olarak kalır.
editor-publish = Bu sürümü yayınla
editor-unpublish = Yayından kaldır
editor-published = Yayınlandı. Okuyucular artık bu sürümü görüyor.
editor-draft-badge = Yayınlanmamış taslak
editor-publication-published = Yayınlandı: okuyucular bu sürümü görüyor.
editor-publication-draft = Yayınlanmamış taslak: bu sürüm yayınlanana kadar okuyucular en son yayınlanan sürümü görür.
editor-publication-unpublished = Yayınlanmamış taslak: okuyucular bu öğeyi yayınlanana kadar görmez.
editor-unpublished = Yayından kaldırıldı. Okuyucular artık bunu görmüyor.
editor-publish-not-synced = Sunucuda bu sürüm henüz yok. Eşitlenmesini bekleyin, sonra yayınlayın.
editor-publish-offline = Çevrimdışısınız. Tekrar bağlandığınızda yayınlayın.
editor-publish-not-publishable = Yayınlanmadı: bu sürüm henüz eksiksiz bir öğe değil. Eşitlenmesini bekleyin, alanlarını kontrol edin, sonra yeniden yayınlayın.
editor-publish-invalid-content = Yayınlanmadı: önce { $field } alanını düzeltin.
editor-publish-link-invalid = Bağlantı bu sitenin bir sayfasına (tek bir / ile başlayan) ya da https:// ile başlayan tam bir adrese gitmelidir.
# The publish preview: the version readers see now against the draft on this device.
editor-preview = Önizleme: Okuyucular ne görecek
editor-preview-hint = Okuyucuların şu an gördüğü sürüm, taslağınızla karşılaştırmalı. Taslağı okuyuculara göstermek için yayınlayın.
editor-preview-not-published = Henüz yayınlanmadı: Okuyucular hiçbir şey görmüyor. Yayınlarsanız bunu görecekler:
# $when: the date and time of publishing.
editor-preview-same = Okuyucular tam olarak bu sürümü görüyor (yayınlanma: { $when }).
editor-preview-changed =
    { $count ->
        [one] Bir alan okuyucuların gördüğünden farklı (yayınlanma: { $when }):
       *[other] { $count } alan okuyucuların gördüğünden farklı (yayınlanma: { $when }):
    }
editor-preview-unchanged =
    { $count ->
        [one] Bir alan değişmedi
       *[other] { $count } alan değişmedi
    }
editor-preview-unknown = Okuyucuların ne gördüğünü görmek için bir kez internete bağlanın.
editor-preview-unavailable = Bu cihazda yayınlanan sürüm henüz yok. Eşitlenmesini bekleyin.
# Read out by screen readers before removed and added words.
editor-diff-removed = Silindi:
editor-diff-added = Eklendi:
# The history of an item: who changed which field, and when.
editor-history = Geçmiş
editor-history-hint = Kim neyi ne zaman değiştirdi. Önceki bir değeri geri getirebilirsiniz.
editor-history-none = Henüz değişiklik yok.
editor-history-unknown-author = İçe aktarıldı
# $field: the technical name of a field that has no label here.
editor-history-other-field = Diğer bilgi ({ $field })
editor-history-restore = Bu değeri geri getir
editor-history-current = Bu, şu anki değer.
editor-history-empty = (boş)
editor-history-yes = Evet
editor-history-no = Hayır
editor-history-field-order = Makale listesindeki sıra
editor-translate-link = Çevir
editor-suggestions-link = Okur önerileri
editor-suggestions-open = Açık: { $count }
editor-translate-title = Çeviriler
editor-translate-no-languages = Bu şehirde çeviri yapabileceğiniz bir dil yok.
editor-translate-language = Hedef dil
editor-translate-status = Göster
editor-translate-all = Tümü
editor-translate-back = Çevirilere dön
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }: { $done }/{ $total } güncel
editor-status-missing = Eksik
editor-status-outdated = Güncel değil
editor-status-machine = Makine çevirisi
editor-status-up-to-date = Güncel
editor-status-incomplete = Kısmen çevrildi
editor-translate-source-changed = Bu çeviri yapıldığından beri kaynak metin değişti. Değişen kısımlar her alanın üstünde işaretli.
editor-translate-source-changed-unknown = Bu çeviri yapıldığından beri kaynak metin değişti. Bu cihaz neyin değiştiğini gösteremiyor: her metni kaynakla karşılaştırın.
editor-translate-what-changed = Kaynakta değişen:
editor-translate-finish = Bitir
editor-translate-left = Çevrilecek metin sayısı: { $count }
editor-translate-all-translated = Bütün metinler çevrildi. Kaynakla karşılaştırıp çeviriyi tamamlandı olarak işaretleyin.
editor-translate-done = Tamamlandı olarak işaretle
editor-translate-not-done = Önce bütün metinleri çevirin. Hâlâ boş: { $count }
editor-translate-marked-done = Tamamlandı olarak işaretlendi. Bu cihaza kaydedildi ve diğer değişikliklerinizle birlikte sunucuya gider.
editor-translate-publish = Çeviriyi yayımla
editor-translate-publish-hint = Okurlar çeviriyi yayımlandığında, şu an gördükleri kayıt sürümüyle birlikte görür.
editor-translate-editor-publishes = Okurlar çeviriyi bir editör yayımladığında görür.
editor-translate-publish-not-done = Önce çeviriyi tamamlandı olarak işaretleyin.
editor-translate-item-unpublished = Kaydın kendisi henüz yayımlanmadı. Okurlar çeviriyi o yayımlandığında görecek.
editor-translate-published = Yayımlandı. Okurlar artık bu çeviriyi görüyor.
editor-field-name = Ad
editor-field-title = Başlık
editor-field-description = Açıklama
editor-field-body = Metin
editor-field-eligibility = Kimler gelebilir
editor-field-documents_needed = Yanınızda getirmeniz gerekenler
editor-field-fee = Ücret
editor-field-accessibility = Erişilebilirlik
editor-field-notes = Açılış saatleriyle ilgili notlar

## Guide articles and city settings

editor-new-article = Yeni makale
editor-settings-link = Şehir ayarları
editor-articles = Rehber makaleleri
editor-move-up = Yukarı taşı
    .aria-label = Yukarı taşı: { $title }
editor-move-down = Aşağı taşı
    .aria-label = Aşağı taşı: { $title }
editor-article-title = Başlık
editor-article-body = Metin
editor-article-markdown-hint = Biçim: paragraflar arasında boş bir satır; başlık için satır başında “## ”; liste için “- ” veya “1. ”; bağlantı [kelimeler](https://example.org) şeklinde yazılır.
editor-article-parent = Hangi makalenin altında
editor-article-top-level = En üst düzey (hiçbir makalenin altında değil)
editor-article-notice = Ana sayfada duyuru olarak şu tarihe kadar (isteğe bağlı)
editor-article-notice-hint = Bu tarihe kadar rehberin ana sayfası makaleyi şehrin duyurusu olarak gösterir. Normal bir makale için boş bırakın.
editor-hint-title-article = Ne hakkında olduğunu birkaç kelimeyle söyleyin. Örneğin: İlk günleriniz.
editor-article-create = Makale oluştur
editor-article-title-missing = Önce bir başlık yazın.
editor-article-cannot-create = Yalnızca editörler makale ekleyebilir.
editor-settings-title = Şehir ayarları
editor-settings-live = Buradaki değişiklikleri okuyucular hemen görür. Yayınlama adımı yoktur.
editor-settings-read-only = Şehir ayarlarını değiştiremezsiniz. Bunu yalnızca editörler yapabilir.
editor-categories = Kategoriler
editor-categories-hint = Okuyucular kategorileri bu sırayla görür. Bir ad boşsa, okuyucular yedek dildeki adı görür.
editor-category-icon = Simge
editor-category-name = { $language } dilinde ad ({ $tag })
editor-category-add-title = Yeni kategori
editor-category-add-name = { $language } dilinde ad
editor-category-add = Kategori ekle
editor-category-name-missing = Önce kategorinin adını yazın.
editor-category-remove-question = “{ $name }” kaldırılsın mı? Onu kullanan hizmetler: { $count }.
editor-remove = Kaldır
    .aria-label = Kaldır: { $name }
editor-remove-confirm = Evet, “{ $name }” kaldırılsın
editor-remove-cancel = İptal
editor-icon-heart = Kalp
editor-icon-house = Ev
editor-icon-scales = Terazi
editor-icon-briefcase = Evrak çantası
editor-icon-book = Kitap
editor-icon-family = Aile
editor-icon-bowl = Kase
editor-icon-people = İnsanlar
editor-icon-woman = Kadın
editor-icon-star = Yıldız
editor-icon-search = Büyüteç
editor-icon-calendar = Takvim
editor-icon-clock = Saat
editor-icon-pin = Harita iğnesi
editor-icon-phone = Telefon
editor-icon-share = Paylaş
editor-icon-print = Yazıcı
editor-icon-speaker = Hoparlör
editor-icon-article = Belge
editor-icon-offline = Bağlantı yok
editor-icon-check = Onay işareti
editor-icon-flag = Bayrak
editor-languages = Diller
editor-languages-hint = Okuyucuların seçebileceği diller. Henüz çevrilmemiş bir metin yedek dilde gösterilir.
editor-language-direction = Yazı yönü
editor-direction-ltr = Soldan sağa
editor-direction-rtl = Sağdan sola
editor-language-source = Kaynak dil: içerikler önce bu dilde yazılır.
editor-language-fallback = Yedek dil
editor-language-fallback-hint = Bu dilin okuyucularının, bir metin henüz çevrilmemişken gördüğü dil.
editor-language-no-fallback = Hiçbiri
editor-language-fallback-cycle = Bu bir döngü oluşturur: o dil zaten bu dile geri düşüyor. Başka birini seçin.
editor-language-remove-question = { $language } kaldırılsın mı? Okuyucuları başka bir dil seçecek. Çeviriler saklı kalır.
editor-language-add-title = Yeni dil
editor-language-add-tag = Dil kodu (BCP 47)
editor-language-add-hint = Örneğin: ti (Tigrinya), pt-BR (Brezilya Portekizcesi).
editor-language-add = Dil ekle
editor-language-invalid = “{ $tag }” bir dil kodu değil. ti veya pt-BR gibi bir kod yazın.
editor-language-present = Şehirde { $language } zaten var.

## The multivoiced archive

reader-archive-title = Varışın sesleri
reader-archive-intro = Bu şehre gelen insanların kendi sözleriyle anlattıkları. Her ses kendilerine aittir; hiçbiri resmî anlatı değildir.
reader-archive-link = Varışın seslerini okuyun
reader-archive-empty = Burada henüz hiçbir şey yayımlanmadı.
reader-archive-unavailable = Sesler yüklenemedi. Daha sonra yeniden deneyin.
reader-archive-offline = Çevrimdışısınız. Varışın sesleri için bağlantı gerekir.
reader-archive-anonymous = Anonim
reader-archive-speaks-about = Sözünü ettiği:
reader-archive-translated = Grup tarafından { $language } dilinden çevrildi
reader-archive-in-language = Dil: { $language }
reader-archive-original = Özgün sözleri göster
reader-archive-recording =
    .aria-label = Bu sesin kaydı
archive-page-title = Arşiv
archive-title = { $group } grubunun arşivi
archive-open = Arşivi aç
archive-not-member = Bu arşiv grubunun üyesi değilsiniz.
archive-intro = Grubun yazdığı ve kaydettiği varış anlatıları. Her ses sahibinindir: onu kimin göreceğine ve sahibinin nasıl anılacağına yalnızca o karar verir.
archive-entries = Anlatılar
archive-no-entries = Henüz anlatı yok.
archive-voice-count =
    { $count ->
        [one] { $count } ses
       *[other] { $count } ses
    }
archive-state-published = Yayımlandı
archive-state-unpublished = Yayımlanmadı
archive-theme = Konu
archive-guide-links = Sözünü ettiği rehber sayfaları
archive-theme-arrival = Varış
archive-theme-first-contact-with-services = Hizmetlerle ilk temas
archive-theme-housing = Barınma
archive-theme-work = İş
archive-theme-family = Aile
archive-theme-belonging = Aidiyet
archive-theme-the-future = Gelecek
archive-theme-other = Diğer
archive-entry-title = Başlık
archive-entry-title-missing = Bir başlık yazın.
archive-cities = Sözünü ettiği şehirler
archive-cities-hint = Yayımlandıktan sonra bu şehirlerin rehber okurları onu okuyabilir.
archive-new-entry = Yeni anlatı
archive-new-entry-create = Anlatıyı oluştur
archive-back = Arşive dön
archive-entry-missing = Bu anlatı henüz bu cihazda değil. Az önce oluşturulduysa eşitlenmesini bekleyin.
archive-voices = Sesler
archive-no-voices = Henüz ses yok.
archive-add-voice = Sesimi ekle
archive-add-voice-hint = Kendi sözlerinizle yazın, kendinizi kaydedin ya da ikisini birden yapın. Hemen bu cihaza kaydedilir ve çevrimiçi olduğunuzda gönderilir.
archive-voice-language = Konuştuğunuz dil
archive-add-voice-create = Sesimi ekle
archive-voice-yours = Sizin sesiniz
archive-voice-of = { $name } adlı kişinin sesi
archive-voice-unknown = Grubun bir sesi
archive-voice-in = Dil: { $language }
archive-voice-text = Sözler
archive-voice-text-hint = Yazılan ya da kaydın yazıya dökülmüş hâli.
archive-recording = Kayıt
archive-record = Kaydet
archive-record-stop = Durdur
archive-record-discard = Kaydı sil
archive-record-play =
    .aria-label = Kaydı dinle
archive-recording-none = Kayıt yok.
archive-recording-recording = Kaydediliyor…
archive-recording-waiting = Kaydedildi, yüklenmeyi bekliyor. O zamana kadar bu cihazda kalır.
archive-recording-uploaded = Yüklendi.
archive-recording-refused-too-large = Bu kayıt çok büyük: arşiv en fazla 25 MB kabul ediyor. Daha kısa bir kayıt yapın veya daha küçük bir dosya seçin.
archive-recording-refused-wrong-type = Arşiv bu dosyayı kabul etmiyor: yalnızca WebM veya Ogg ses.
archive-audio-file = Ya da bu cihazdan bir ses dosyası seçin
archive-audio-file-hint = WebM veya Ogg ses, en fazla 25 MB. Başlığı ve diğer etiketleri yüklenirken kaldırılır.
archive-recording-no-microphone = Hiçbir mikrofon kullanılamadı. Bu siteye mikrofon izni verin ya da sözlerinizi yazın.
archive-photo = Fotoğraf
archive-photo-choose = Fotoğraf ekle
archive-photo-hint = JPEG, PNG veya WebP, en fazla 10 MB. Konum (GPS) ve kamera bilgileri yüklenirken kaldırılır.
archive-photo-description = Fotoğrafın gösterdiği (göremeyenler için)
archive-photo-remove = Fotoğrafı kaldır
archive-photo-none = Fotoğraf yok.
archive-photo-waiting = Yüklenmeyi bekliyor. O zamana kadar bu cihazda tutulur.
archive-photo-uploaded = Yüklendi, konum ve kamera bilgileri olmadan.
archive-photo-refused-too-large = Bu fotoğraf çok büyük: arşiv en fazla 10 MB fotoğraf kabul ediyor.
archive-photo-refused-wrong-type = Arşiv bu dosyayı kabul etmiyor: yalnızca JPEG, PNG veya WebP fotoğraf.
archive-translations = Çeviriler
archive-translation-language = Çevrilecek dil
archive-translation-add = Çeviri ekle
archive-translation-text = Çeviri, dil: { $language }, çeviren: { $by }
archive-translation-text-own = { $language } çevirisi, sesin sahibi tarafından
archive-consent-title = Onayınız
archive-consent-unavailable = Sesinizi kimin göreceğini, ses sunucuya ulaştığında (çevrimiçi olduğunuzda) seçebilirsiniz. O zamana kadar onu yalnızca grup, adınız olmadan görür.
archive-consent-visibility = Sesinizi kim görebilir
archive-visibility-group = Yalnızca grup
archive-visibility-city-editors = Grup ve şehrin editörleri
archive-visibility-public = Herkes, bir moderatör anlatıyı yayımladığında
archive-consent-naming = Nasıl anılacağınız
archive-naming-name = Adımla ({ $name })
archive-naming-pseudonym = Bir takma adla
archive-naming-anonymous = Hiç anılmadan (anonim)
archive-pseudonym = Takma ad
archive-pseudonym-missing = Anılmak istediğiniz takma adı yazın.
archive-consent-save = Seçimimi kaydet
archive-consent-saving = Kaydediliyor…
archive-consent-saved = Kaydedildi.
archive-consent-offline = Kaydedilmedi: çevrimdışısınız. Çevrimiçi olduğunuzda yeniden deneyin.
archive-consent-withdrawn = Bu ses geri çekildi.
archive-consent-failed = Kaydedilmedi. Daha sonra yeniden deneyin.
archive-withdraw = Sesimi geri çek
archive-withdraw-explained = Sesinizi geri çekmek onu temelli kaldırır: gruptan kimse, hiçbir editör ve hiçbir okur onu bir daha görmez ve sunucu onu siler. Geri getirilemez.
archive-withdraw-cannot-undo = Başkalarının, kendilerine gösterildiği sırada indirdiği, kaydettiği ya da yazdırdığı kopyaları geri alamaz.
archive-withdraw-confirm = Temelli geri çek
archive-withdraw-cancel = Sesimi tut
archive-publish = Anlatıyı yayımla
archive-unpublish = Yayından kaldır
archive-publish-hint = Okurlar yalnızca sahiplerinin “herkes” seçtiği sesleri, her birinin seçtiği adla görür.
archive-published = Yayımlandı. Okurlar artık herkesle paylaşılan sesleri görüyor.
archive-unpublished = Yayından kaldırıldı. Okurlar artık onu görmüyor.
archive-publish-refused = Yayımlanmadı: henüz hiçbir ses sahibi sesini herkesle paylaşmadı (ya da anlatının başlığı yok).
archive-publish-not-synced = Sunucuda bu anlatı henüz yok. Eşitlenmesini bekleyin, sonra yayımlayın.
archive-publish-failed = Yayımlanmadı. Daha sonra yeniden deneyin.
archive-export = Grubun arşivini indir
archive-export-hint = Her sesin sözlerini (Markdown), kayıtları ve girişlerin, seslerin, dillerin ve onayların listesini içeren bir zip dosyası. Geri çekilen sesler asla içinde yer almaz; anonim bir sesin içinde adı yoktur. Yalnızca her sesin onayının izin verdiği kadar paylaşın.

## Dates
date-month =
    { $month ->
     [jan] Ocak
     [feb] Şubat
     [mar] Mart
     [apr] Nisan
     [may] Mayıs
     [jun] Haziran
     [jul] Temmuz
     [aug] Ağustos
     [sep] Eylül
     [oct] Ekim
     [nov] Kasım
    *[dec] Aralık
    }
date-month-alone =
    { $month ->
     [jan] Ocak
     [feb] Şubat
     [mar] Mart
     [apr] Nisan
     [may] Mayıs
     [jun] Haziran
     [jul] Temmuz
     [aug] Ağustos
     [sep] Eylül
     [oct] Ekim
     [nov] Kasım
    *[dec] Aralık
    }
date-weekday =
    { $weekday ->
     [mon] Pazartesi
     [tue] Salı
     [wed] Çarşamba
     [thu] Perşembe
     [fri] Cuma
     [sat] Cumartesi
    *[sun] Pazar
    }
date-day = { $day } { $month } { $weekday }
date-full = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-day-time = { $day } { $time }
date-list-separator = { ", " }
date-just-now = bu dakika
date-minutes-ago =
    { $count ->
     [one] { $count } dakika önce
    *[other] { $count } dakika önce
    }
date-hours-ago =
    { $count ->
     [one] { $count } saat önce
    *[other] { $count } saat önce
    }
date-days-ago =
    { $count ->
     [1] dün
     [one] { $count } gün önce
    *[other] { $count } gün önce
    }
