# DRAFT translation by machine, needs native review

survey-title = Elämäsi vastaanottokeskuksessa

section-home = Huoneesi ja kylpyhuone
section-food = Ruoka
section-adults = Aikuiset, jotka auttavat sinua
section-safety = Turvallisuus
section-feelings = Miltä sinusta tuntuu
section-overall = Kaikki yhdessä
section-about-you = Sinusta

room = Mitä pidät huoneestasi?
room-problem = Mikä ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-too-many-people = Liian paljon ihmisiä
    .choice-noisy = Liian kovaa ääntä
    .choice-cold-or-hot = Liian kylmä tai liian kuuma
    .choice-broken = Jotain on rikki
    .choice-other = Jotain muuta

bathroom = Mitä pidät vessoista ja suihkuista?
bathroom-problem = Mikä ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-dirty = Likaista
    .choice-no-hot-water = Ei lämmintä vettä
    .choice-no-privacy = Muut näkevät minut
    .choice-broken = Jotain on rikki
    .choice-other = Jotain muuta

food = Mitä pidät ruoasta?
food-problem = Mikä ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-taste = Se ei maistu hyvältä
    .choice-not-enough = Ruokaa ei ole tarpeeksi
    .choice-not-my-food = En voi syödä sitä (uskonto tai terveys)
    .choice-always-the-same = Aina samaa
    .choice-other = Jotain muuta

adults-help = Auttavatko aikuiset täällä sinua hyvin?
    .hint = Henkilökunta, edustajasi, sosiaalityöntekijäsi.
adults-problem = Mikä ei ole hyvin?
    .hint = Voit valita monta vastausta.
    .choice-not-listened = He eivät kuuntele minua
    .choice-no-time = Heillä ei ole aikaa minulle
    .choice-not-understood = Emme ymmärrä toisiamme
    .choice-unfair = He eivät ole reiluja
    .choice-other = Jotain muuta

safe = Tunnetko olosi turvalliseksi täällä?
safe-problem = Mikä saa sinut tuntemaan olosi turvattomaksi?
    .hint = Voit valita monta vastausta.
    .choice-fights = Tappelut
    .choice-bullying = Muut kiusaavat minua
    .choice-theft = Tavaroitani varastetaan
    .choice-at-night = Yöllä
    .choice-other = Jotain muuta

feel = Miltä sinusta tuntuu täällä?
feel-problem = Mikä saa olosi tuntumaan pahalta?
    .hint = Voit valita monta vastausta.
    .choice-worried = Olen paljon huolissani
    .choice-bored = Ei ole mitään tekemistä
    .choice-lonely = Tunnen itseni yksinäiseksi
    .choice-miss-family = Kaipaan perhettäni
    .choice-sick = Olen sairas tai minuun sattuu
    .choice-other = Jotain muuta

life-here = Millaista elämäsi on keskuksessa?
comment = Haluatko kertoa meille vielä jotain muuta?
    .hint = Älä kirjoita nimeäsi.

age = Kuinka vanha olet?
