# DRAFT translation by machine, needs native review

survey-title = Müşteri memnuniyeti anketi

section-service = Hizmetimiz
section-feedback = Görüşünüz

overall = Finlandiya Göç İdaresinin hizmetinden genel olarak ne kadar memnunsunuz?
    .low = Hiç memnun değilim
    .high = Çok memnunum
information = İhtiyacınız olan bilgiyi bulmak ve anlamak ne kadar kolaydı?
    .low = Çok zor
    .high = Çok kolay
customer-service = Aldığınız danışmanlık ve müşteri hizmetinden ne kadar memnunsunuz?
    .low = Hiç memnun değilim
    .high = Çok memnunum
ease = Başvurunuzu yapmak ya da işinizi halletmek ne kadar kolaydı?
    .low = Çok zor
    .high = Çok kolay
waiting-time = Ne kadar beklemeniz gerektiğinden ne kadar memnunsunuz?
    .hint = Randevu için, hizmet noktasında ya da telefonda.
    .low = Hiç memnun değilim
    .high = Çok memnunum
feedback = Neyi daha iyi yapmalıyız? Neyin iyi gittiğini de söyleyebilirsiniz.
    .hint = Cevaplarınız başvurunuzla ilgili hiçbir kararı etkilemez. Lütfen adınızı yazmayın.
