# DRAFT translation by machine, needs native review

survey-title = Asiakastyytyväisyyskysely

section-service = Palvelumme
section-feedback = Palautteesi

overall = Kuinka tyytyväinen olet kaiken kaikkiaan Maahanmuuttoviraston palveluun?
    .low = Erittäin tyytymätön
    .high = Erittäin tyytyväinen
information = Kuinka helppoa oli löytää ja ymmärtää tiedot, joita tarvitsit?
    .low = Erittäin vaikeaa
    .high = Erittäin helppoa
customer-service = Kuinka tyytyväinen olet saamaasi neuvontaan ja asiakaspalveluun?
    .low = Erittäin tyytymätön
    .high = Erittäin tyytyväinen
ease = Kuinka helppoa oli tehdä hakemus tai hoitaa asiasi?
    .low = Erittäin vaikeaa
    .high = Erittäin helppoa
waiting-time = Kuinka tyytyväinen olet siihen, kuinka kauan jouduit odottamaan?
    .hint = Ajan saamista, palvelupisteessä tai puhelimessa.
    .low = Erittäin tyytymätön
    .high = Erittäin tyytyväinen
feedback = Mitä meidän pitäisi tehdä paremmin? Voit myös kertoa, mikä meni hyvin.
    .hint = Vastauksesi eivät vaikuta mihinkään päätökseen hakemuksestasi. Älä kirjoita nimeäsi.
