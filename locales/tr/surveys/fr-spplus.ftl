# DRAFT translation by machine, needs native review

survey-title = Kamu hizmetleriyle ilgili deneyiminizi paylaşın

section-experience = Deneyiminiz
section-score = Genel puanınız

opinion = Deneyiminiz hakkında ne düşünüyorsunuz?
experience = Bize ne olduğunu anlatın.
    .hint = Neye ihtiyacınız vardı, ne iyi ya da kötü gitti, ne daha iyi olabilirdi? En az 100 karakter yazın. İsim ya da dosya numarası yazmayın.
elipa-score = 0'dan 10'a kadar puan verin: İdarenin işleminizi yürütme şeklinden ne kadar memnunsunuz?
    .hint = Örneğin valilikteki oturma izni işleminiz.
    .low = Hiç memnun değilim
    .high = Tamamen memnunum
