# DRAFT translation by machine, needs native review

survey-title = Merkezdeki hayatın

section-home = Odan ve banyo
section-food = Yemek
section-adults = Sana yardım eden büyükler
section-safety = Güvenlik
section-feelings = Nasıl hissediyorsun
section-overall = Hepsi birlikte
section-about-you = Senin hakkında

room = Odanı nasıl buluyorsun?
room-problem = İyi olmayan ne?
    .hint = Birden fazla seçebilirsin.
    .choice-too-many-people = Çok fazla insan var
    .choice-noisy = Çok gürültülü
    .choice-cold-or-hot = Çok soğuk ya da çok sıcak
    .choice-broken = Bazı şeyler bozuk
    .choice-other = Başka bir şey

bathroom = Tuvaletleri ve duşları nasıl buluyorsun?
bathroom-problem = İyi olmayan ne?
    .hint = Birden fazla seçebilirsin.
    .choice-dirty = Kirli
    .choice-no-hot-water = Sıcak su yok
    .choice-no-privacy = Başkaları beni görebiliyor
    .choice-broken = Bazı şeyler bozuk
    .choice-other = Başka bir şey

food = Yemeği nasıl buluyorsun?
food-problem = İyi olmayan ne?
    .hint = Birden fazla seçebilirsin.
    .choice-taste = Tadı güzel değil
    .choice-not-enough = Yemek yeterli değil
    .choice-not-my-food = Onu yiyemiyorum (din ya da sağlık yüzünden)
    .choice-always-the-same = Hep aynı
    .choice-other = Başka bir şey

adults-help = Buradaki büyükler sana iyi yardım ediyor mu?
    .hint = Çalışanlar, vasin, sosyal hizmet uzmanın.
adults-problem = İyi olmayan ne?
    .hint = Birden fazla seçebilirsin.
    .choice-not-listened = Beni dinlemiyorlar
    .choice-no-time = Bana ayıracak zamanları yok
    .choice-not-understood = Birbirimizi anlamıyoruz
    .choice-unfair = Adil değiller
    .choice-other = Başka bir şey

safe = Burada kendini güvende hissediyor musun?
safe-problem = Neden kendini güvende hissetmiyorsun?
    .hint = Birden fazla seçebilirsin.
    .choice-fights = Kavgalar
    .choice-bullying = Başkaları bana zorbalık yapıyor
    .choice-theft = Eşyalarım çalınıyor
    .choice-at-night = Geceleri
    .choice-other = Başka bir şey

feel = Burada kendini nasıl hissediyorsun?
feel-problem = Seni kötü hissettiren ne?
    .hint = Birden fazla seçebilirsin.
    .choice-worried = Çok endişeleniyorum
    .choice-bored = Yapacak bir şey yok
    .choice-lonely = Kendimi yalnız hissediyorum
    .choice-miss-family = Ailemi özlüyorum
    .choice-sick = Kendimi hasta hissediyorum ya da bir yerim ağrıyor
    .choice-other = Başka bir şey

life-here = Merkezdeki hayatın nasıl?
comment = Bize başka bir şey söylemek ister misin?
    .hint = Adını yazma.

age = Kaç yaşındasın?
