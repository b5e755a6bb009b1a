# DRAFT translation by machine, needs native review

survey-title = Kerro kokemuksestasi julkisista palveluista

section-experience = Kokemuksesi
section-score = Kokonaisarviosi

opinion = Mitä mieltä olet kokemuksestasi?
experience = Kerro meille, mitä tapahtui.
    .hint = Mitä tarvitsit, mikä meni hyvin tai huonosti, ja mikä voisi olla paremmin? Kirjoita vähintään 100 merkkiä. Älä kirjoita nimiä tai asianumeroita.
elipa-score = Asteikolla 0–10, kuinka tyytyväinen olet siihen, miten viranomaiset käsittelivät asiasi?
    .hint = Esimerkiksi oleskelulupasi prefektuurissa.
    .low = En lainkaan tyytyväinen
    .high = Täysin tyytyväinen
