# DRAFT translation by machine, needs native review

survey-title = Tecrûbeya we li navenda pêşwazîkirinê

section-intro = Berî ku em dest pê bikin
section-living = Jiyana li navendê
section-care = Tenduristî
section-support = Alîkarî û agahî
section-notes = Têbînî

how-to-answer = Ji bo her xizmetekê, bibêjin ka ew baş dixebite, tenê hinekî dixebite, an pirsgirêkên giran hene. Eger navend xizmetekê pêşkêş nake, wê derbas bikin.
    .hint = Navbeynkar dikare pirsan bi we re bixwîne.

accommodation = Odeya we û avahî
    .hint = Cih, nivîn, germkirin, tamîr.
cleaning = Paqijkirina odeyan, tuwalet û serşokan
personal-items = Cil, çarşefên nivînan û tiştên paqijiyê
    .hint = Hûn wan distînin, û ew têr dikin?
food = Xwarin
    .hint = Mîqdar, kalîte, û xwarinên ku li gorî ol an tenduristiya we ne.
medical-care = Lênêrîna tenduristiyê
    .hint = Serdanên bijîşk, derman, û alîkarî ji bo dîtina bijîşkekî li derveyî navendê.
psychological-support = Piştgiriya derûnî
    .hint = Kesek ku hûn pê re biaxivin dema ku hûn xwe ne baş an bi xem hîs dikin.
mediation = Alîkariya navbeynkarê çandî an wergêr
legal-aid = Agahî û şîretên hiqûqî
    .hint = Li ser serlêdana we ya penaberiyê û mafên we.
italian-course = Qursa zimanê Îtalî
information = Agahî li ser qaîdeyên navendê, mafên we û xizmetan
notes = Tiştekî din heye ku hûn dixwazin lê zêde bikin?
    .hint = Hûn dikarin li ser her xizmetekê binivîsin, baş an xirab. Ji kerema xwe navê xwe nenivîsin.
