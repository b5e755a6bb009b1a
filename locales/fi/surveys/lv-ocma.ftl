# DRAFT translation by machine, needs native review

survey-title = Asiakastyytyväisyyskysely

section-quality = Palvelu yleisesti
section-importance = Mikä on sinulle tärkeintä
section-aspects = Palvelun osat
section-specialist = Asiakaspalvelija
section-comments = Kommenttisi

overall-quality = Millainen oli kaiken kaikkiaan saamasi palvelun laatu?
    .low = Erittäin huono
    .high = Erinomainen

aspect-importance = Laita nämä järjestykseen sen mukaan, kuinka tärkeitä ne ovat sinulle. Tärkein ensin.
    .choice-waiting-time = Lyhyt odotusaika
    .choice-information = Selkeä ja täydellinen tieto
    .choice-booking = Helppo ajanvaraus
    .choice-opening-hours = Sopivat aukioloajat
    .choice-specialist = Osaava ja kohtelias asiakaspalvelija

rate-waiting-time = Mitä mieltä olet odotusajasta?
    .low = Erittäin huono
    .high = Erinomainen
rate-information = Mitä mieltä olet saamistasi tiedoista?
    .hint = Olivatko ne selkeitä ja täydellisiä?
    .low = Erittäin huono
    .high = Erinomainen
rate-booking = Mitä mieltä olet ajanvarauksesta?
    .low = Erittäin huono
    .high = Erinomainen
rate-opening-hours = Mitä mieltä olet aukioloajoista?
    .low = Erittäin huono
    .high = Erinomainen

specialist-work = Mitä mieltä olet sinua palvelleen asiakaspalvelijan työstä?
    .low = Erittäin huono
    .high = Erinomainen
specialist-competence = Mitä mieltä olet asiakaspalvelijan tiedoista ja osaamisesta?
    .low = Erittäin huono
    .high = Erinomainen
specialist-attitude = Mitä mieltä olet asiakaspalvelijan asenteesta sinua kohtaan?
    .hint = Oliko hän kohtelias, kunnioittava ja avulias?
    .low = Erittäin huono
    .high = Erinomainen

comment = Haluatko kertoa meille vielä jotain tai antaa ehdotuksen?
    .hint = Älä kirjoita nimeäsi tai henkilötunnustasi.
