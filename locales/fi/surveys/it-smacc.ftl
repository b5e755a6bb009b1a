# DRAFT translation by machine, needs native review

survey-title = Kokemuksesi vastaanottokeskuksessa

section-intro = Ennen kuin aloitamme
section-living = Asuminen keskuksessa
section-care = Terveys
section-support = Apu ja tieto
section-notes = Huomiot

how-to-answer = Kerro jokaisesta palvelusta, toimiiko se hyvin, vain osittain vai onko siinä vakavia ongelmia. Jos keskuksessa ei ole jotain palvelua, ohita se.
    .hint = Kulttuuritulkki voi lukea kysymykset kanssasi.

accommodation = Huoneesi ja rakennus
    .hint = Tila, sängyt, lämmitys, korjaukset.
cleaning = Huoneiden, vessojen ja suihkujen siivous
personal-items = Vaatteet, lakanat ja hygieniatuotteet
    .hint = Saatko niitä, ja onko niitä tarpeeksi?
food = Ateriat
    .hint = Määrä, laatu ja ateriat, jotka sopivat uskontoosi tai terveyteesi.
medical-care = Terveydenhoito
    .hint = Lääkärikäynnit, lääkkeet ja apu päästä lääkäriin keskuksen ulkopuolella.
psychological-support = Psykologinen tuki
    .hint = Joku, jonka kanssa voit puhua, kun voit huonosti tai olet huolissasi.
mediation = Kulttuuritulkin tai tulkin apu
legal-aid = Oikeudellinen tieto ja neuvonta
    .hint = Turvapaikkahakemuksestasi ja oikeuksistasi.
italian-course = Italian kielen kurssi
information = Tieto keskuksen säännöistä, oikeuksistasi ja palveluista
notes = Haluatko lisätä vielä jotain?
    .hint = Voit kirjoittaa mistä tahansa palvelusta, hyvästä tai huonosta. Älä kirjoita nimeäsi.
