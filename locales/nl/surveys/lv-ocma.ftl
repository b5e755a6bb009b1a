# DRAFT translation by machine, needs native review

survey-title = Tevredenheidsenquête

section-quality = De dienstverlening in het algemeen
section-importance = Wat voor u het belangrijkste is
section-aspects = Onderdelen van de dienstverlening
section-specialist = De medewerker van de klantendienst
section-comments = Uw opmerkingen

overall-quality = Wat vindt u in het algemeen van de kwaliteit van de dienstverlening die u kreeg?
    .low = Heel slecht
    .high = Uitstekend

aspect-importance = Zet deze punten in volgorde van belang voor u, het belangrijkste eerst.
    .choice-waiting-time = Kort wachten
    .choice-information = Duidelijke en volledige informatie
    .choice-booking = Makkelijk een afspraak maken
    .choice-opening-hours = Handige openingsuren
    .choice-specialist = Een deskundige en beleefde medewerker

rate-waiting-time = Wat vindt u van de wachttijd?
    .low = Heel slecht
    .high = Uitstekend
rate-information = Wat vindt u van de informatie die u kreeg?
    .hint = Was ze duidelijk en volledig?
    .low = Heel slecht
    .high = Uitstekend
rate-booking = Wat vindt u van het maken van een afspraak?
    .low = Heel slecht
    .high = Uitstekend
rate-opening-hours = Wat vindt u van de openingsuren?
    .low = Heel slecht
    .high = Uitstekend

specialist-work = Wat vindt u van het werk van de medewerker die u hielp?
    .low = Heel slecht
    .high = Uitstekend
specialist-competence = Wat vindt u van de kennis en de deskundigheid van de medewerker?
    .low = Heel slecht
    .high = Uitstekend
specialist-attitude = Wat vindt u van de houding van de medewerker tegenover u?
    .hint = Was de medewerker beleefd, respectvol en behulpzaam?
    .low = Heel slecht
    .high = Uitstekend

comment = Wilt u ons nog iets anders vertellen, of hebt u een voorstel?
    .hint = Schrijf uw naam of uw persoonlijke code niet op.
