# DRAFT translation by machine, needs native review

survey-title = Sidee wax u qabannay?

section-measures = Xiriirkaaga IND
section-information = Macluumaadkayaga
section-remarks = Faalladaada

kto = Guud ahaan, intee ku qanacsan tahay IND maanta?
    .low = Aad uga xun
    .high = Aad ugu qanacsan
ces = Sidee u fududayd inaad dhammaystirto waxaad u baahnayd?
    .low = Aad u adag
    .high = Aad u fudud
goal = Ma awooday inaad qabato waxaad u timid?

thumbs = Macluumaadka lagu siiyay ma ahaa mid waxtar leh?
thumbs-down-reason = Maxaa ka khaldanaa macluumaadka?
    .choice-not-found = Ma helin wixii aan raadinayay
    .choice-unclear = Way adkayd in la fahmo
    .choice-incomplete = Wax baa ka maqnaa
    .choice-not-correct = Ma ahayn mid sax ah ama mid la cusboonaysiiyay
    .choice-other = Wax kale
thumbs-down-detail = Ma noo sheegi kartaa wax dheeraad ah?
    .hint = Haddii aad rabto. Fadlan ha qorin magacaaga ama lambarkaaga V.

remark-category = Ma rabtaa inaad faallo naga siiso? Maxay ku saabsan tahay?
    .hint = Haddii aad rabto.
    .choice-technical-failure = Wax ma shaqayn (cillad farsamo)
    .choice-remark = Faallo
    .choice-tip = Talo wax lagu hagaajiyo
    .choice-other = Wax kale
remark = Faalladaada
    .hint = Fadlan ha qorin magacaaga ama lambarkaaga V.
