# DRAFT translation by machine, needs native review

survey-title = Merkezdeki hayatınız

section-accommodation = Odanız ve banyolar
section-food = Yemekler
section-supervision = Çalışanların yardımı
section-safety = Güvenlik
section-well-being = Nasıl hissediyorsunuz
section-overall = Genel olarak
section-about-you = Sizin hakkınızda (isteğe bağlı)

room-satisfied = Odanızdan memnun musunuz?
room-reasons = Odanızla ilgili sorun ne?
    .hint = Birden fazla seçebilirsiniz.
    .choice-crowded = Çok fazla insan var
    .choice-noisy = Çok gürültülü
    .choice-cold-or-hot = Çok soğuk ya da çok sıcak
    .choice-no-privacy = Mahremiyet yok
    .choice-broken = Bazı şeyler bozuk
    .choice-other = Başka bir şey

sanitary-satisfied = Tuvaletlerden ve duşlardan memnun musunuz?
sanitary-reasons = Tuvaletler ve duşlarla ilgili sorun ne?
    .hint = Birden fazla seçebilirsiniz.
    .choice-not-clean = Temiz değil
    .choice-too-few = Sayıları yeterli değil
    .choice-no-hot-water = Sıcak su yok
    .choice-no-privacy = Mahremiyet yok
    .choice-broken = Bazı şeyler bozuk
    .choice-other = Başka bir şey

food-satisfied = Yemeklerden memnun musunuz?
food-reasons = Yemeklerle ilgili sorun ne?
    .hint = Birden fazla seçebilirsiniz.
    .choice-taste = Tadı
    .choice-quantity = Yemek yeterli değil
    .choice-not-halal-or-diet = Dinime ya da diyetime uygun değil
    .choice-no-variety = Hep aynı
    .choice-meal-times = Yemek saatleri bana uymuyor
    .choice-cannot-cook = Kendi yemeğimi pişiremiyorum
    .choice-other = Başka bir şey

supervision-satisfied = Çalışanların yardımından memnun musunuz?
supervision-reasons = Çalışanların yardımıyla ilgili sorun ne?
    .hint = Birden fazla seçebilirsiniz.
    .choice-not-listened = Beni dinlemiyorlar
    .choice-no-information = Yeterli bilgi alamıyorum
    .choice-hard-to-reach = Onlara ulaşmak zor
    .choice-language = Birbirimizi anlamıyoruz
    .choice-unfair = Bana adil davranılmıyor
    .choice-other = Başka bir şey

safety-satisfied = Merkezde kendinizi güvende hissediyor musunuz?
safety-reasons = Neden kendinizi güvende hissetmiyorsunuz?
    .hint = Birden fazla seçebilirsiniz.
    .choice-conflicts = Kavgalar ya da tartışmalar
    .choice-theft = Eşyalar çalınıyor
    .choice-at-night = Geceleri
    .choice-no-lock = Odam kilitlenmiyor
    .choice-harassment = İnsanlar beni rahatsız ediyor ya da tehdit ediyor
    .choice-other = Başka bir şey

well-being-satisfied = Merkezde kendinizi iyi hissediyor musunuz?
well-being-reasons = Sizi kötü hissettiren ne?
    .hint = Birden fazla seçebilirsiniz.
    .choice-worry-procedure = Başvuru sürecim için endişeleniyorum
    .choice-boredom = Yapacak bir şey yok
    .choice-loneliness = Yalnızlık
    .choice-health = Sağlığım
    .choice-family = Ailemden uzak olmak
    .choice-other = Başka bir şey

overall-rating = Merkezi genel olarak nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Çok iyi
comment = Bize söylemek istediğiniz başka bir şey var mı?
    .hint = Lütfen adınızı yazmayın.

age = Kaç yaşındasınız?
sex = Cinsiyetiniz
nationality = Hangi ülkenin vatandaşısınız?
stay = Ne zamandır bu merkezde yaşıyorsunuz?
