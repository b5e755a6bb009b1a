# DRAFT translation by machine, needs native review

survey-title = Ihr Leben im Zentrum

section-accommodation = Ihr Zimmer und die Bäder
section-food = Die Mahlzeiten
section-supervision = Hilfe vom Personal
section-safety = Sicherheit
section-well-being = Wie Sie sich fühlen
section-overall = Insgesamt
section-about-you = Über Sie (freiwillig)

room-satisfied = Sind Sie mit Ihrem Zimmer zufrieden?
room-reasons = Was ist nicht gut an Ihrem Zimmer?
    .hint = Sie können mehr als eine Antwort wählen.
    .choice-crowded = Zu viele Menschen
    .choice-noisy = Zu laut
    .choice-cold-or-hot = Zu kalt oder zu warm
    .choice-no-privacy = Keine Privatsphäre
    .choice-broken = Dinge sind kaputt
    .choice-other = Etwas anderes

sanitary-satisfied = Sind Sie mit den Toiletten und Duschen zufrieden?
sanitary-reasons = Was ist nicht gut an den Toiletten und Duschen?
    .hint = Sie können mehr als eine Antwort wählen.
    .choice-not-clean = Nicht sauber
    .choice-too-few = Es gibt zu wenige
    .choice-no-hot-water = Kein warmes Wasser
    .choice-no-privacy = Keine Privatsphäre
    .choice-broken = Dinge sind kaputt
    .choice-other = Etwas anderes

food-satisfied = Sind Sie mit den Mahlzeiten zufrieden?
food-reasons = Was ist nicht gut an den Mahlzeiten?
    .hint = Sie können mehr als eine Antwort wählen.
    .choice-taste = Der Geschmack
    .choice-quantity = Nicht genug Essen
    .choice-not-halal-or-diet = Passt nicht zu meiner Religion oder meiner Ernährung
    .choice-no-variety = Immer das Gleiche
    .choice-meal-times = Die Essenszeiten passen mir nicht
    .choice-cannot-cook = Ich kann nicht selbst kochen
    .choice-other = Etwas anderes

supervision-satisfied = Sind Sie mit der Hilfe vom Personal zufrieden?
supervision-reasons = Was ist nicht gut an der Hilfe vom Personal?
    .hint = Sie können mehr als eine Antwort wählen.
    .choice-not-listened = Man hört mir nicht zu
    .choice-no-information = Ich bekomme nicht genug Informationen
    .choice-hard-to-reach = Das Personal ist schwer zu erreichen
    .choice-language = Wir verstehen einander nicht
    .choice-unfair = Ich werde nicht fair behandelt
    .choice-other = Etwas anderes

safety-satisfied = Fühlen Sie sich im Zentrum sicher?
safety-reasons = Warum fühlen Sie sich nicht sicher?
    .hint = Sie können mehr als eine Antwort wählen.
    .choice-conflicts = Schlägereien oder Streit
    .choice-theft = Dinge werden gestohlen
    .choice-at-night = In der Nacht
    .choice-no-lock = Mein Zimmer kann man nicht abschließen
    .choice-harassment = Menschen belästigen oder bedrohen mich
    .choice-other = Etwas anderes

well-being-satisfied = Fühlen Sie sich im Zentrum wohl?
well-being-reasons = Warum fühlen Sie sich nicht wohl?
    .hint = Sie können mehr als eine Antwort wählen.
    .choice-worry-procedure = Sorgen um mein Verfahren
    .choice-boredom = Nichts zu tun
    .choice-loneliness = Einsamkeit
    .choice-health = Meine Gesundheit
    .choice-family = Weit weg von der Familie
    .choice-other = Etwas anderes

overall-rating = Wie bewerten Sie das Zentrum insgesamt?
    .low = Sehr schlecht
    .high = Sehr gut
comment = Möchten Sie uns noch etwas sagen?
    .hint = Bitte schreiben Sie nicht Ihren Namen.

age = Wie alt sind Sie?
sex = Sie sind…
nationality = Welche Staatsangehörigkeit haben Sie?
stay = Wie lange wohnen Sie schon in diesem Zentrum?
