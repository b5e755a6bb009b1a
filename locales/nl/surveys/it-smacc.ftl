# DRAFT translation by machine, needs native review

survey-title = Uw ervaring in het opvangcentrum

section-intro = Voor we beginnen
section-living = Wonen in het centrum
section-care = Gezondheid
section-support = Hulp en informatie
section-notes = Opmerkingen

how-to-answer = Zeg voor elke dienst of die goed werkt, maar voor een deel werkt, of dat er ernstige problemen zijn. Biedt het centrum een dienst niet aan? Sla die dan over.
    .hint = De bemiddelaar kan de vragen samen met u lezen.

accommodation = Uw kamer en het gebouw
    .hint = Ruimte, bedden, verwarming, reparaties.
cleaning = Het schoonmaken van de kamers, toiletten en douches
personal-items = Kleren, beddenlakens en hygiëneproducten
    .hint = Krijgt u ze, en is het genoeg?
food = Maaltijden
    .hint = Hoeveelheid, kwaliteit, en maaltijden die passen bij uw geloof of uw gezondheid.
medical-care = Gezondheidszorg
    .hint = Bezoeken bij de dokter, medicijnen, en hulp om een dokter buiten het centrum te zien.
psychological-support = Psychologische steun
    .hint = Iemand om mee te praten als u zich niet goed voelt of zorgen hebt.
mediation = Hulp van de cultureel bemiddelaar of de tolk
legal-aid = Juridische informatie en advies
    .hint = Over uw asielaanvraag en uw rechten.
italian-course = Cursus Italiaans
information = Informatie over de regels van het centrum, uw rechten en de diensten
notes = Wilt u nog iets toevoegen?
    .hint = U mag schrijven over elke dienst, goed of slecht. Schrijf uw naam niet op.
