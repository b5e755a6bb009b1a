# DRAFT translation by machine, needs native review

survey-title = Jouw leven in het centrum

section-home = Je kamer en badkamer
section-food = Eten
section-adults = De volwassenen die je helpen
section-safety = Veiligheid
section-feelings = Hoe je je voelt
section-overall = Alles samen
section-about-you = Over jou

room = Hoe vind je je kamer?
room-problem = Wat is niet goed?
    .hint = Je mag meer dan één antwoord kiezen.
    .choice-too-many-people = Te veel mensen
    .choice-noisy = Te veel lawaai
    .choice-cold-or-hot = Te koud of te warm
    .choice-broken = Er is iets kapot
    .choice-other = Iets anders

bathroom = Hoe vind je de toiletten en douches?
bathroom-problem = Wat is niet goed?
    .hint = Je mag meer dan één antwoord kiezen.
    .choice-dirty = Vuil
    .choice-no-hot-water = Geen warm water
    .choice-no-privacy = Anderen kunnen mij zien
    .choice-broken = Er is iets kapot
    .choice-other = Iets anders

food = Hoe vind je het eten?
food-problem = Wat is niet goed?
    .hint = Je mag meer dan één antwoord kiezen.
    .choice-taste = Het smaakt niet lekker
    .choice-not-enough = Niet genoeg eten
    .choice-not-my-food = Ik kan het niet eten (geloof of gezondheid)
    .choice-always-the-same = Altijd hetzelfde
    .choice-other = Iets anders

adults-help = Helpen de volwassenen hier je goed?
    .hint = Het personeel, je voogd, je maatschappelijk werker.
adults-problem = Wat is niet goed?
    .hint = Je mag meer dan één antwoord kiezen.
    .choice-not-listened = Ze luisteren niet naar mij
    .choice-no-time = Ze hebben geen tijd voor mij
    .choice-not-understood = We begrijpen elkaar niet
    .choice-unfair = Ze zijn niet eerlijk
    .choice-other = Iets anders

safe = Voel je je hier veilig?
safe-problem = Waardoor voel je je niet veilig?
    .hint = Je mag meer dan één antwoord kiezen.
    .choice-fights = Er wordt gevochten
    .choice-bullying = Anderen pesten mij
    .choice-theft = Mijn spullen worden gestolen
    .choice-at-night = 's Nachts
    .choice-other = Iets anders

feel = Hoe voel je je hier?
feel-problem = Waardoor voel je je slecht?
    .hint = Je mag meer dan één antwoord kiezen.
    .choice-worried = Ik maak me veel zorgen
    .choice-bored = Ik heb niets te doen
    .choice-lonely = Ik voel me alleen
    .choice-miss-family = Ik mis mijn familie
    .choice-sick = Ik ben ziek of heb pijn
    .choice-other = Iets anders

life-here = Hoe is je leven in het centrum?
comment = Wil je ons nog iets anders vertellen?
    .hint = Schrijf je naam niet op.

age = Hoe oud ben je?
