# DRAFT translation by machine, needs native review
# Heard uygulamasının metinleri, Türkçe.

## Resident flow
welcome-title = Hoş geldiniz
welcome-body = Burada hayatınızın nasıl geçtiğini bize anlatın. Birkaç dakika sürer.
welcome-start = Başla
language-title = Dilinizi seçin
anonymity-title = Cevaplarınız anonimdir
anonymity-body = Adınız sorulmaz. Cevaplarınız sığınma başvurunuzu veya oturum durumunuzu hiçbir şekilde etkilemez.
anonymity-continue = Anladım, devam et
nav-next = İleri
nav-back = Geri
nav-skip = Atla
listen = Dinle
progress = { $total } sorudan { $current }. soru
required-hint = Devam etmek için lütfen bir cevap seçin.
save-failed = Cevabınız kaydedilemedi. Lütfen tekrar deneyin veya bir görevliye sorun.

## Stop
stop = Durdur
stop-title = Durdurmak istiyor musunuz?
stop-body = Verdiğiniz cevapları saklayabilir veya silebilirsiniz.
stop-keep = Durdur ve cevaplarımı sakla
stop-discard = Durdur ve cevaplarımı sil
stop-continue = Ankete devam et
stop-deleted = Cevaplarınız silindi.
ask-help = Yardım iste
help-called = Personelden biri size yardım etmeye geliyor. Lütfen burada bekleyin.

## Review and end
review-title = Cevaplarınızı kontrol edin
review-change = Değiştir
review-no-answer = Cevap yok
review-send = Cevaplarımı gönder
thanks-title = Teşekkür ederiz!
thanks-body = Cevaplarınız kaydedildi.
thanks-we-did = Siz söylediniz, biz yaptık
thanks-done = Bitir
still-there-title = Hâlâ orada mısınız?
still-there-body = { $seconds ->
    [one] Anket { $seconds } saniye içinde kapanacak.
   *[other] Anket { $seconds } saniye içinde kapanacak.
}
still-there-yes = Evet, hâlâ buradayım

## Question widgets
choose-many-hint = Birden fazla cevap seçebilirsiniz.
text-label = Cevabınız
text-count = { $count } / { $max } karakter
number-label = Sayınız
number-invalid = Lütfen { $min } ile { $max } arasında bir sayı girin.
number-increase = Daha çok
number-decrease = Daha az
ranking-hint = Seçeneklere önem sırasına göre dokunun, en önemlisi ilk.
ranking-ordered = Sıralamanız
ranking-unordered = Henüz sıralanmayanlar
ranking-position = Sıra { $position }
ranking-move-up = Yukarı taşı
ranking-move-down = Aşağı taşı
ranking-remove = Sıralamadan çıkar
ranking-reset = Sıralamaya baştan başla
scale-point = { $max } üzerinden { $value }
smiley-5-1 = Çok kötü
smiley-5-2 = Kötü
smiley-5-3 = Ne iyi ne kötü
smiley-5-4 = İyi
smiley-5-5 = Çok iyi
smiley-3-1 = Kötü
smiley-3-2 = Ne iyi ne kötü
smiley-3-3 = İyi

## Fixed answers
choice-yes = Evet
choice-no = Hayır
choice-above = Beklediğimden daha iyi
choice-at = Beklediğim gibi
choice-below = Beklediğimden daha kötü
choice-effective = İyi işe yaradı
choice-partial = Kısmen işe yaradı
choice-critical = İşe yaramadı
choice-positive = İyi
choice-neutral = Ne iyi ne kötü
choice-negative = Kötü
choice-up = İyi
choice-down = İyi değil
choice-under-14 = 14 yaşından küçük
choice-age-14-17 = 14 ile 17 arası
choice-age-18-24 = 18 ile 24 arası
choice-age-25-34 = 25 ile 34 arası
choice-age-35-44 = 35 ile 44 arası
choice-age-45-54 = 45 ile 54 arası
choice-age-55-64 = 55 ile 64 arası
choice-age-65-plus = 65 veya daha büyük
choice-female = Kadın
choice-male = Erkek
choice-other = Diğer
choice-prefer-not = Söylemek istemiyorum
choice-under-2-months = 2 aydan az
choice-months-2-6 = 2 ile 6 ay arası
choice-months-6-12 = 6 ile 12 ay arası
choice-over-12-months = 12 aydan fazla

## Nationalities
country-af = Afganistan
country-sy = Suriye
country-er = Eritre
country-ps = Filistin
country-tr = Türkiye
country-so = Somali
country-iq = Irak
country-gn = Gine
country-cd = KD Kongo
country-bi = Burundi
country-ma = Fas
country-ua = Ukrayna
country-ir = İran
country-ve = Venezuela
country-co = Kolombiya
country-ru = Rusya

## Administration mode badges (shown to the resident)
mode-self-completed = Kendi başınıza
mode-assisted = Görevli yardımıyla
mode-interpreter = Tercüman ile
mode-interviewer = Soruları bir görevli okuyor
mode-paper = Kâğıt formdan

## Staff
staff-corner = Görevli: 2 saniye basılı tutun
pin-title = Görevli girişi
pin-label = PIN
pin-submit = Kilidi aç
pin-cancel = İptal
pin-wrong = { $left ->
    [one] Yanlış PIN. { $left } deneme hakkınız kaldı.
   *[other] Yanlış PIN. { $left } deneme hakkınız kaldı.
}
pin-locked = { $minutes ->
    [one] Çok fazla yanlış deneme. { $minutes } dakika sonra tekrar deneyin.
   *[other] Çok fazla yanlış deneme. { $minutes } dakika sonra tekrar deneyin.
}
staff-title = Görevli paneli
staff-survey = Etkin anket
staff-survey-builtin = yerleşik
staff-survey-downloaded = sunucudan
staff-survey-replaces = sunucudan, yerleşik olanın yerine geçer
staff-survey-unusable = Sunucudan indirilen { $survey } anketi kullanılamıyor. Yeniden indirmek için “Şimdi eşitle”ye dokunun veya koordinatöre bildirin.
staff-service-point = Hizmet noktası (bir masa veya gişe, asla bir kişi değil)
staff-facility = Tesis kodu
staff-mode = Sonraki cevap nasıl toplanacak
staff-counts = Bu cihazdaki cevaplar
staff-completed-today = Bugün tamamlanan
staff-abandoned-today = Bugün durdurulan veya yarım bırakılan
staff-completed-total = Toplam tamamlanan
staff-abandoned-total = Toplam yarım bırakılan
staff-pending = Gönderilmeyi bekleyen
staff-settings = Ayarlar
staff-timeout = Anket sıfırlanmadan önce dokunulmadan geçen dakika
staff-save = Ayarları kaydet
staff-saved = Kaydedildi.
staff-invalid = { $field } geçerli değil: küçük harf, rakam ve kısa çizgi kullanın.
staff-timeout-invalid = 1 ile 60 arasında bir dakika sayısı seçin.
staff-pin-change = PIN'i değiştir
pin-current = Mevcut PIN
pin-confirm = Yeni PIN (tekrar)
pin-changed = PIN değiştirildi.
pin-mismatch = İki yeni PIN aynı değil.
staff-start = Anketi başlat
staff-start-entry = Cevap gir
staff-close = Görevli panelini kapat
staff-no-survey = Bu cihazda kullanılabilir anket yok.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Tekrar dinle
staff-help-call = { $language } okuyan bir kişi yardım istedi. Bu anket henüz bu dilde tamamen dinlenemiyor. Lütfen yanına gidin.
staff-listen-missing = Dinlemek için eksik
staff-record-missing = { $language } dilinde eksik olanları kaydet
staff-dismiss = Kapat
staff-translations = Çeviriler
staff-language = Dil
staff-app-words = Uygulama metinleri
staff-status-draft = Taslak, anadili konuşan birinin kontrolünü bekliyor
staff-status-reviewed = Kontrol edildi
staff-coverage = Metin ve ses kapsamı
staff-coverage-text = Metin
staff-audio-missing = Ses yok
staff-audio-synthetic = Sentetik
staff-audio-recorded = Kaydedilmiş
staff-recordings = Sesli mesaj kaydet
staff-record-item = Ne kaydedilecek
staff-record = Kaydet
staff-record-stop = Kaydı durdur
staff-record-keep = Bu kaydı sakla
staff-record-import = Veya bir ses dosyası içe aktar
staff-record-kept = Saklandı: bu kayıt bundan sonra çalınacak.
staff-record-refused = Bu dosya kullanılamaz: 2 MB'tan küçük bir ses dosyası olmalı.
staff-record-no-mic = Kullanılabilir mikrofon yok.

# Sync (staff panel)
sync-title = Sunucuyla eşitle
sync-not-enrolled = Bu tablet henüz bir eşitleme sunucusuna kayıtlı değil.
sync-enrolled = { $server } sunucusuna kayıtlı
sync-server-url = Sunucu adresi
sync-code = Kayıt kodu (koordinatörden)
sync-enrol = Bu tableti kaydet
sync-enrolling = Kaydediliyor…
sync-enrol-ok = Bu tablet kayıtlı. Yanıtlar otomatik olarak gönderilecek.
sync-error-address = Bu sunucu adresi geçerli değil. { $start } ile başlamalı.
sync-error-wrong-code = Bu kod doğru değil veya daha önce kullanılmış. Koordinatörden yeni bir kod isteyin.
sync-error-expired = Bu kodun süresi dolmuş. Koordinatörden yeni bir kod isteyin.
sync-error-unreachable = Sunucuya ulaşılamadı. İnternet bağlantısını ve sunucu adresini kontrol edin.
sync-error-tls = Sunucuyla güvenli bağlantı kurulamadı. Tabletin tarih ve saatini ve sunucu adresini kontrol edin.
sync-error-too-many = Çok fazla deneme. Bir dakika bekleyip yeniden deneyin.
sync-error-server = Sunucu bu tableti kaydedemedi. Daha sonra yeniden deneyin veya koordinatöre bildirin.
sync-now = Şimdi eşitle
sync-last-success = Son başarılı eşitleme
sync-minutes-ago = { $minutes } dk önce
sync-never = Henüz yok
sync-last-error = Son sorun
sync-set-aside = Sunucunun ayırdığı yanıtlar

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Bu tableti kur
setup-body = Sakinler bu tableti kullanmadan önce personel PIN'ini seçin. Personel, personel panelini açmak için buna ihtiyaç duyar: üst köşeye 2 saniye basılı tutun. Yalnızca personelle paylaşın.
setup-pin = Personel PIN'i (6 ila 12 rakam)
setup-pin-again = Personel PIN'i tekrar
setup-save = PIN'i kaydet
pin-new-digits = Yeni PIN (6 ila 12 rakam)
pin-rule-digits = Bir PIN 6 ila 12 rakamdan oluşur ve yalnızca rakam içerir.
pin-rule-common = Bu PIN en yaygın PIN'lerden biri. Başka bir PIN seçin.
pin-rule-sequence = Bu PIN çok basit (tekrarlanan bir rakam, ileri veya geri sayma ya da tekrarlanan bir desen). Başka bir PIN seçin.
sync-error-waiting = Bu tabletin kayıtlı olduğu sunucuya gönderilmeyi bekleyen yanıtlar: { $count }. Önce göndermek için “Şimdi eşitle”ye basın, sonra tableti yeni sunucuya kaydedin.
clock-off = Bu tabletin tarihi ve saati yanlış: sunucudakinden bir günden fazla farklı (gün: { $days }). Tarihi ve saati tabletin ayarlarından düzeltin.
set-aside-wrong-facility = Bu yanıtlar, tabletin kayıtlı olduğu tesisten farklı bir tesisi gösteriyor. Ayarlar'daki tesisi kontrol edin ve koordinatöre bildirin.
set-aside-survey-not-on-server = Sunucuda bu anket tesisiniz için yok. Koordinatörden anketi sunucuda atamasını isteyin.
set-aside-conflict = Sunucuda aynı numarayla başka yanıtlar zaten var. Koordinatöre bildirin; tablette yapılacak bir şey yok.
set-aside-invalid = Bu yanıtlar sunucudaki ankete uymuyor, belki anket değiştiği için. Koordinatöre bildirin.
set-aside-other = Sunucu bu yanıtları uygulamanın bilmediği bir nedenle kabul etmedi. Uygulamayı güncelleyin ve koordinatöre bildirin.
set-aside-kept = Kenara ayrılan yanıtlar bu tablette 30 gün kalır, sonra silinir.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Bu tarayıcı, tablette yer azalsa bile Heard'ün yanıtlarını saklar.
storage-not-kept = Bu tarayıcı, tablette yer azaldığında Heard'ün yanıtlarını silebilir. Sık sık eşitleyin. Heard yeniden ilk kurulumla açılırsa yanıtları silinmiştir: PIN'i seçin ve tableti yeniden kaydedin.
setup-storage-lost = Tarayıcı, Heard'ün bu tablette sakladıklarını sildi (depolama temizlendi veya doldu). Sunucuya henüz gönderilmemiş yanıtlar kayboldu. PIN'i seçin, ardından tableti personel panelinde yeniden kaydedin.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Ne saklanıyor?
kept-title = Ne saklanıyor?
kept-close = Kapat
kept-list-title = Cevaplarınızla birlikte saklanır
kept-answers = Cevaplarınız
kept-period = Ay; gün veya saat değil
kept-facility = Merkez
kept-service-point = Merkezde cevap verdiğiniz yer, varsa
kept-language = Seçtiğiniz dil
kept-mode = Tek başınıza mı yoksa yardımla mı cevap verdiğiniz
kept-audio-used = Soruları dinleyip dinlemediğiniz
kept-status = Bitirdiğiniz mi yoksa durduğunuz mu
kept-survey = Hangi anket ve hangi sürümü
kept-id = Cevaplarınız iki kez sayılmasın diye rastgele bir numara
kept-never-title = Asla saklanmaz
kept-never-name = Adınız veya sizinle ilgili herhangi bir numara
kept-never-device = Bu tablet veya telefon
kept-never-time = Tam tarih ve saat
kept-never-helper = Size kimin yardım ettiği
kept-never-voice = Sesiniz veya yüzünüz
