# DRAFT translation by machine, needs native review

survey-title = Hizmetimiz nasıldı?

section-desk = Bu gişedeki hizmet

service = Bugün hizmetimiz nasıldı?
displeased = Ne kötü gitti?
    .hint = İsteğe bağlı: Birine dokunun.
    .choice-waiting = Çok uzun bekledim
    .choice-not-explained = Her şey açıkça anlatılmadı
    .choice-unfriendly = Çalışanlar güler yüzlü değildi
    .choice-not-solved = İşim çözülmedi
    .choice-documents = Belgeler ya da formlarla ilgili sorunlar
    .choice-other = Başka bir şey
pleased = En çok neyi beğendiniz?
    .hint = İsteğe bağlı: Birine dokunun.
    .choice-quick = Hızlıydı
    .choice-clear = Her şey açıkça anlatıldı
    .choice-friendly = Çalışanlar güler yüzlüydü
    .choice-solved = İşim çözüldü
    .choice-other = Başka bir şey
