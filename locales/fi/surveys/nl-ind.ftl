# DRAFT translation by machine, needs native review

survey-title = Miten onnistuimme?

section-measures = Yhteydenottosi IND:hen
section-information = Antamamme tieto
section-remarks = Huomiosi

kto = Kuinka tyytyväinen olet kaiken kaikkiaan IND:hen tänään?
    .low = Erittäin tyytymätön
    .high = Erittäin tyytyväinen
ces = Kuinka helppoa oli hoitaa se, mitä tarvitsit?
    .low = Erittäin vaikeaa
    .high = Erittäin helppoa
goal = Saitko tehtyä sen, mitä varten tulit?

thumbs = Oliko saamasi tieto hyödyllistä?
thumbs-down-reason = Mikä tiedossa ei ollut hyvin?
    .choice-not-found = En löytänyt sitä, mitä etsin
    .choice-unclear = Sitä oli vaikea ymmärtää
    .choice-incomplete = Jotain puuttui
    .choice-not-correct = Se ei ollut oikein tai ajan tasalla
    .choice-other = Jotain muuta
thumbs-down-detail = Voitko kertoa lisää?
    .hint = Vapaaehtoinen. Älä kirjoita nimeäsi tai V-numeroasi.

remark-category = Haluatko jättää huomion? Mitä se koskee?
    .hint = Vapaaehtoinen.
    .choice-technical-failure = Jokin ei toiminut (tekninen vika)
    .choice-remark = Huomio
    .choice-tip = Vinkki, miten voimme parantaa
    .choice-other = Jotain muuta
remark = Huomiosi
    .hint = Älä kirjoita nimeäsi tai V-numeroasi.
