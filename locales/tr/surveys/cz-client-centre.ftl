# DRAFT translation by machine, needs native review

survey-title = Müşteri Hizmetleri Merkezinden geri arama

section-call-back = Müşteri Hizmetleri Merkezine yaptığınız arama

intro = Sizi geri aramamızı kabul ettiğiniz için teşekkür ederiz. Müşteri Hizmetleri Merkezine yaptığınız arama hakkında üç kısa sorumuz var. Cevaplarınız hizmetimizi iyileştirmemize yardım eder ve oturum işlemlerinizi etkilemez.
call-purpose = Aramanız ne hakkındaydı?
    .hint = Soruları soran görevli için: Arayan kişi hem bilgi istediyse hem de randevu aldıysa ikisini de seçin.
    .choice-information = Bilgi istemek
    .choice-appointment = Randevu almak
information-understandable = Görevli size tüm bilgileri anlaşılır bir şekilde verdi mi?
appointment-correct = Randevu doğru şekilde alındı mı?
helped-solve = Verilen bilgiler durumunuzu çözmenize yardımcı oldu mu?
use-again = Gelecekte Müşteri Hizmetleri Merkezinin hizmetlerini kullanacak mısınız?
