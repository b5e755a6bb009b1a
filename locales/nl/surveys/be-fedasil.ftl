# DRAFT translation by machine, needs native review

survey-title = Uw leven in het centrum

section-accommodation = Uw kamer, toiletten en douches
section-food = Maaltijden
section-supervision = Hulp van het personeel
section-safety = Veiligheid
section-well-being = Hoe u zich voelt
section-overall = Algemeen
section-about-you = Over u (niet verplicht)

room-satisfied = Bent u tevreden over uw kamer?
room-reasons = Wat is er niet goed aan uw kamer?
    .hint = U mag meer dan één antwoord kiezen.
    .choice-crowded = Te veel mensen
    .choice-noisy = Te veel lawaai
    .choice-cold-or-hot = Te koud of te warm
    .choice-no-privacy = Geen privacy
    .choice-broken = Er is iets kapot
    .choice-other = Iets anders

sanitary-satisfied = Bent u tevreden over de toiletten en douches?
sanitary-reasons = Wat is er niet goed aan de toiletten en douches?
    .hint = U mag meer dan één antwoord kiezen.
    .choice-not-clean = Niet proper
    .choice-too-few = Er zijn er te weinig
    .choice-no-hot-water = Geen warm water
    .choice-no-privacy = Geen privacy
    .choice-broken = Er is iets kapot
    .choice-other = Iets anders

food-satisfied = Bent u tevreden over de maaltijden?
food-reasons = Wat is er niet goed aan de maaltijden?
    .hint = U mag meer dan één antwoord kiezen.
    .choice-taste = De smaak
    .choice-quantity = Niet genoeg eten
    .choice-not-halal-or-diet = Niet goed voor mijn geloof of mijn dieet
    .choice-no-variety = Altijd hetzelfde
    .choice-meal-times = De etenstijden passen niet voor mij
    .choice-cannot-cook = Ik kan niet zelf koken
    .choice-other = Iets anders

supervision-satisfied = Bent u tevreden over de hulp van het personeel?
supervision-reasons = Wat is er niet goed aan de hulp van het personeel?
    .hint = U mag meer dan één antwoord kiezen.
    .choice-not-listened = Ze luisteren niet naar mij
    .choice-no-information = Ik krijg niet genoeg informatie
    .choice-hard-to-reach = Ze zijn moeilijk te bereiken
    .choice-language = We begrijpen elkaar niet
    .choice-unfair = Ik word niet eerlijk behandeld
    .choice-other = Iets anders

safety-satisfied = Voelt u zich veilig in het centrum?
safety-reasons = Waarom voelt u zich niet veilig?
    .hint = U mag meer dan één antwoord kiezen.
    .choice-conflicts = Ruzie of vechtpartijen
    .choice-theft = Er wordt gestolen
    .choice-at-night = 's Nachts
    .choice-no-lock = Mijn kamer kan niet op slot
    .choice-harassment = Mensen vallen mij lastig of bedreigen mij
    .choice-other = Iets anders

well-being-satisfied = Voelt u zich goed in het centrum?
well-being-reasons = Waarom voelt u zich niet goed?
    .hint = U mag meer dan één antwoord kiezen.
    .choice-worry-procedure = Ik maak me zorgen over mijn procedure
    .choice-boredom = Ik heb niets te doen
    .choice-loneliness = Ik voel me eenzaam
    .choice-health = Mijn gezondheid
    .choice-family = Mijn familie is ver weg
    .choice-other = Iets anders

overall-rating = Welk cijfer geeft u het centrum in het algemeen?
    .low = Heel slecht
    .high = Heel goed
comment = Wilt u ons nog iets anders vertellen?
    .hint = Schrijf uw naam niet op.

age = Hoe oud bent u?
sex = U bent…
nationality = Wat is uw nationaliteit?
stay = Hoe lang woont u al in dit centrum?
