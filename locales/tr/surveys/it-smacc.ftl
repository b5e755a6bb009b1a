# DRAFT translation by machine, needs native review

survey-title = Kabul merkezindeki deneyiminiz

section-intro = Başlamadan önce
section-living = Merkezde yaşam
section-care = Sağlık
section-support = Yardım ve bilgi
section-notes = Notlar

how-to-answer = Her hizmet için söyleyin: İyi çalışıyor mu, sadece kısmen mi çalışıyor, yoksa ciddi sorunlar mı var? Merkezde bu hizmet yoksa o soruyu geçin.
    .hint = Kültürel arabulucu soruları sizinle birlikte okuyabilir.

accommodation = Odanız ve bina
    .hint = Yer, yataklar, ısıtma, tamirler.
cleaning = Odaların, tuvaletlerin ve duşların temizliği
personal-items = Kıyafetler, yatak çarşafları ve temizlik ürünleri
    .hint = Bunları alıyor musunuz, yeterli mi?
food = Yemekler
    .hint = Miktar, kalite ve dininize ya da sağlığınıza uygun yemekler.
medical-care = Sağlık hizmeti
    .hint = Doktor muayeneleri, ilaçlar ve merkezin dışında doktora gitmek için yardım.
psychological-support = Psikolojik destek
    .hint = Kendinizi kötü ya da endişeli hissettiğinizde konuşabileceğiniz biri.
mediation = Kültürel arabulucudan ya da tercümandan yardım
legal-aid = Hukuki bilgi ve danışmanlık
    .hint = Sığınma başvurunuz ve haklarınız hakkında.
italian-course = İtalyanca kursu
information = Merkezin kuralları, haklarınız ve hizmetler hakkında bilgi
notes = Eklemek istediğiniz başka bir şey var mı?
    .hint = Herhangi bir hizmet hakkında iyi ya da kötü yazabilirsiniz. Lütfen adınızı yazmayın.
