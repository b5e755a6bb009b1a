# DRAFT translation by machine, needs native review

survey-title = Nasıl yaptık?

section-measures = IND ile iletişiminiz
section-information = Bilgilerimiz
section-remarks = Görüşleriniz

kto = Bugün IND'den genel olarak ne kadar memnunsunuz?
    .low = Hiç memnun değilim
    .high = Çok memnunum
ces = İhtiyacınız olan işi halletmek ne kadar kolaydı?
    .low = Çok zor
    .high = Çok kolay
goal = Yapmaya geldiğiniz şeyi yapabildiniz mi?

thumbs = Aldığınız bilgi işinize yaradı mı?
thumbs-down-reason = Bilgide sorun neydi?
    .choice-not-found = Aradığımı bulamadım
    .choice-unclear = Anlaşılması zordu
    .choice-incomplete = Bir şey eksikti
    .choice-not-correct = Doğru ya da güncel değildi
    .choice-other = Başka bir şey
thumbs-down-detail = Bize biraz daha anlatabilir misiniz?
    .hint = İsteğe bağlı. Lütfen adınızı ya da V-numaranızı yazmayın.

remark-category = Bir görüş bırakmak ister misiniz? Ne hakkında?
    .hint = İsteğe bağlı.
    .choice-technical-failure = Bir şey çalışmadı (teknik arıza)
    .choice-remark = Bir görüş
    .choice-tip = İyileştirme için bir öneri
    .choice-other = Başka bir şey
remark = Görüşünüz
    .hint = Lütfen adınızı ya da V-numaranızı yazmayın.
