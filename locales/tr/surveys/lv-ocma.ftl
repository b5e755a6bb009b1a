# DRAFT translation by machine, needs native review

survey-title = Müşteri memnuniyeti anketi

section-quality = Genel olarak hizmet
section-importance = Sizin için en önemli olan
section-aspects = Hizmetin bölümleri
section-specialist = Müşteri hizmetleri uzmanı
section-comments = Yorumlarınız

overall-quality = Aldığınız hizmetin kalitesini genel olarak nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Mükemmel

aspect-importance = Bunları sizin için önemine göre sıralayın. En önemlisi ilk sırada olsun.
    .choice-waiting-time = Kısa bekleme süresi
    .choice-information = Açık ve eksiksiz bilgi
    .choice-booking = Kolay randevu alma
    .choice-opening-hours = Uygun çalışma saatleri
    .choice-specialist = Bilgili ve kibar bir uzman

rate-waiting-time = Bekleme süresini nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Mükemmel
rate-information = Aldığınız bilgiyi nasıl değerlendiriyorsunuz?
    .hint = Açık ve eksiksiz miydi?
    .low = Çok kötü
    .high = Mükemmel
rate-booking = Randevu almayı nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Mükemmel
rate-opening-hours = Çalışma saatlerini nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Mükemmel

specialist-work = Size hizmet veren uzmanın çalışmasını nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Mükemmel
specialist-competence = Uzmanın bilgisini ve yetkinliğini nasıl değerlendiriyorsunuz?
    .low = Çok kötü
    .high = Mükemmel
specialist-attitude = Uzmanın size karşı tutumunu nasıl değerlendiriyorsunuz?
    .hint = Kibar, saygılı ve yardımsever miydi?
    .low = Çok kötü
    .high = Mükemmel

comment = Bize söylemek istediğiniz başka bir şey ya da bir öneriniz var mı?
    .hint = Lütfen adınızı ya da kişisel kodunuzu yazmayın.
