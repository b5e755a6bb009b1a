# DRAFT translation by machine, needs native review

survey-title = Hoe was onze dienstverlening?

section-desk = Dienstverlening aan dit loket

service = Hoe was onze dienstverlening vandaag?
displeased = Wat ging er mis?
    .hint = Niet verplicht: tik op één antwoord.
    .choice-waiting = Ik moest te lang wachten
    .choice-not-explained = Dingen werden niet duidelijk uitgelegd
    .choice-unfriendly = Het personeel was niet vriendelijk
    .choice-not-solved = Mijn zaak is niet opgelost
    .choice-documents = Problemen met documenten of formulieren
    .choice-other = Iets anders
pleased = Wat vond u het beste?
    .hint = Niet verplicht: tik op één antwoord.
    .choice-quick = Het ging snel
    .choice-clear = Dingen werden duidelijk uitgelegd
    .choice-friendly = Het personeel was vriendelijk
    .choice-solved = Mijn zaak is opgelost
    .choice-other = Iets anders
