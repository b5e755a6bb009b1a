# DRAFT translation by machine, needs native review

survey-title = Sahanka qanacsanaanta macaamiisha

section-service = Adeeggayaga
section-feedback = Fikradaada

overall = Guud ahaan, intee ku qanacsan tahay adeegga Hay'adda Socdaalka ee Finland (Migri)?
    .low = Aad uga xun
    .high = Aad ugu qanacsan
information = Sidee u fududayd inaad hesho oo aad fahanto macluumaadka aad u baahnayd?
    .low = Aad u adag
    .high = Aad u fudud
customer-service = Intee ku qanacsan tahay talada iyo adeegga macaamiisha ee lagu siiyay?
    .low = Aad uga xun
    .high = Aad ugu qanacsan
ease = Sidee u fududayd inaad codsigaaga sameyso ama aad arrinkaaga dhammaystirto?
    .low = Aad u adag
    .high = Aad u fudud
waiting-time = Intee ku qanacsan tahay muddada aad sugaysay?
    .hint = Sugitaanka ballanta, xafiiska adeegga ama telefoonka.
    .low = Aad uga xun
    .high = Aad ugu qanacsan
feedback = Maxaan si ka wanaagsan u samayn karnaa? Waxaad sidoo kale noo sheegi kartaa waxa si fiican u dhacay.
    .hint = Jawaabahaagu ma saameeyaan go'aan kasta oo ku saabsan codsigaaga. Fadlan ha qorin magacaaga.
