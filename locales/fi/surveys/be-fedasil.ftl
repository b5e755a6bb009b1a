# DRAFT translation by machine, needs native review

survey-title = Elämäsi vastaanottokeskuksessa

section-accommodation = Huoneesi ja pesutilat
section-food = Ateriat
section-supervision = Henkilökunnan apu
section-safety = Turvallisuus
section-well-being = Miltä sinusta tuntuu
section-overall = Kaiken kaikkiaan
section-about-you = Tietoja sinusta (vapaaehtoinen)

room-satisfied = Oletko tyytyväinen huoneeseesi?
room-reasons = Mikä huoneessasi ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-crowded = Liian paljon ihmisiä
    .choice-noisy = Liian paljon melua
    .choice-cold-or-hot = Liian kylmä tai liian kuuma
    .choice-no-privacy = Ei yksityisyyttä
    .choice-broken = Jotain on rikki
    .choice-other = Jotain muuta

sanitary-satisfied = Oletko tyytyväinen vessoihin ja suihkuihin?
sanitary-reasons = Mikä vessoissa ja suihkuissa ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-not-clean = Ne eivät ole puhtaita
    .choice-too-few = Niitä ei ole tarpeeksi
    .choice-no-hot-water = Ei lämmintä vettä
    .choice-no-privacy = Ei yksityisyyttä
    .choice-broken = Jotain on rikki
    .choice-other = Jotain muuta

food-satisfied = Oletko tyytyväinen aterioihin?
food-reasons = Mikä aterioissa ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-taste = Maku
    .choice-quantity = Ruokaa ei ole tarpeeksi
    .choice-not-halal-or-diet = Ruoka ei sovi uskontooni tai ruokavaliooni
    .choice-no-variety = Aina samaa
    .choice-meal-times = Ruoka-ajat eivät sovi minulle
    .choice-cannot-cook = En voi itse laittaa ruokaa
    .choice-other = Jotain muuta

supervision-satisfied = Oletko tyytyväinen henkilökunnan apuun?
supervision-reasons = Mikä henkilökunnan avussa ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-not-listened = He eivät kuuntele minua
    .choice-no-information = En saa tarpeeksi tietoa
    .choice-hard-to-reach = Heitä on vaikea tavoittaa
    .choice-language = Emme ymmärrä toisiamme
    .choice-unfair = Minua ei kohdella reilusti
    .choice-other = Jotain muuta

safety-satisfied = Tunnetko olosi turvalliseksi keskuksessa?
safety-reasons = Miksi et tunne oloasi turvalliseksi?
    .hint = Voit valita monta vastausta.
    .choice-conflicts = Tappeluja tai riitoja
    .choice-theft = Tavaroita varastetaan
    .choice-at-night = Yöllä
    .choice-no-lock = Huoneeni ovea ei voi lukita
    .choice-harassment = Ihmiset häiritsevät tai uhkaavat minua
    .choice-other = Jotain muuta

well-being-satisfied = Voitko hyvin keskuksessa?
well-being-reasons = Mikä saa sinut voimaan huonosti?
    .hint = Voit valita monta vastausta.
    .choice-worry-procedure = Huoli hakemukseni käsittelystä
    .choice-boredom = Ei ole mitään tekemistä
    .choice-loneliness = Yksinäisyys
    .choice-health = Terveyteni
    .choice-family = Olen kaukana perheestäni
    .choice-other = Jotain muuta

overall-rating = Millainen keskus on mielestäsi kaiken kaikkiaan?
    .low = Erittäin huono
    .high = Erittäin hyvä
comment = Haluatko kertoa meille vielä jotain muuta?
    .hint = Älä kirjoita nimeäsi.

age = Kuinka vanha olet?
sex = Oletko…
nationality = Mikä on kansalaisuutesi?
stay = Kuinka kauan olet asunut tässä keskuksessa?
