# DRAFT translation by machine, needs native review

survey-title = Ditt liv på boendet

section-accommodation = Ditt rum och badrummen
section-food = Måltider
section-supervision = Hjälp från personalen
section-safety = Trygghet
section-well-being = Hur du mår
section-overall = Helheten
section-about-you = Om dig (frivilligt)

room-satisfied = Är du nöjd med ditt rum?
room-reasons = Vad är fel med ditt rum?
    .hint = Du kan välja mer än ett svar.
    .choice-crowded = För många personer
    .choice-noisy = För mycket ljud
    .choice-cold-or-hot = För kallt eller för varmt
    .choice-no-privacy = Inget privatliv
    .choice-broken = Saker är trasiga
    .choice-other = Något annat

sanitary-satisfied = Är du nöjd med toaletterna och duscharna?
sanitary-reasons = Vad är fel med toaletterna och duscharna?
    .hint = Du kan välja mer än ett svar.
    .choice-not-clean = De är inte rena
    .choice-too-few = Det finns för få
    .choice-no-hot-water = Inget varmvatten
    .choice-no-privacy = Inget privatliv
    .choice-broken = Saker är trasiga
    .choice-other = Något annat

food-satisfied = Är du nöjd med måltiderna?
food-reasons = Vad är fel med måltiderna?
    .hint = Du kan välja mer än ett svar.
    .choice-taste = Smaken
    .choice-quantity = Inte tillräckligt med mat
    .choice-not-halal-or-diet = Passar inte min religion eller min kost
    .choice-no-variety = Alltid samma sak
    .choice-meal-times = Mattiderna passar inte mig
    .choice-cannot-cook = Jag kan inte laga min egen mat
    .choice-other = Något annat

supervision-satisfied = Är du nöjd med hjälpen från personalen?
supervision-reasons = Vad är fel med hjälpen från personalen?
    .hint = Du kan välja mer än ett svar.
    .choice-not-listened = De lyssnar inte på mig
    .choice-no-information = Jag får inte tillräckligt med information
    .choice-hard-to-reach = De är svåra att nå
    .choice-language = Vi förstår inte varandra
    .choice-unfair = Jag blir inte rättvist behandlad
    .choice-other = Något annat

safety-satisfied = Känner du dig trygg på boendet?
safety-reasons = Varför känner du dig inte trygg?
    .hint = Du kan välja mer än ett svar.
    .choice-conflicts = Slagsmål eller bråk
    .choice-theft = Saker blir stulna
    .choice-at-night = På natten
    .choice-no-lock = Mitt rum går inte att låsa
    .choice-harassment = Folk trakasserar eller hotar mig
    .choice-other = Något annat

well-being-satisfied = Mår du bra på boendet?
well-being-reasons = Vad gör att du mår dåligt?
    .hint = Du kan välja mer än ett svar.
    .choice-worry-procedure = Oro för mitt ärende
    .choice-boredom = Inget att göra
    .choice-loneliness = Ensamhet
    .choice-health = Min hälsa
    .choice-family = Att vara långt från familjen
    .choice-other = Något annat

overall-rating = Vilket betyg ger du boendet som helhet?
    .low = Mycket dåligt
    .high = Mycket bra
comment = Finns det något mer du vill berätta för oss?
    .hint = Skriv inte ditt namn.

age = Hur gammal är du?
sex = Är du…
nationality = Vilken nationalitet har du?
stay = Hur länge har du bott på det här boendet?
