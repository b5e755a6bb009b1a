# DRAFT translation by machine, needs native review

survey-title = Dein Leben im Zentrum

section-home = Dein Zimmer und das Bad
section-food = Essen
section-adults = Die Erwachsenen, die dir helfen
section-safety = Sicherheit
section-feelings = Wie du dich fühlst
section-overall = Alles zusammen
section-about-you = Über dich

room = Wie gefällt dir dein Zimmer?
room-problem = Was ist nicht gut?
    .hint = Du kannst mehr als eine Antwort wählen.
    .choice-too-many-people = Zu viele Menschen
    .choice-noisy = Zu laut
    .choice-cold-or-hot = Zu kalt oder zu warm
    .choice-broken = Dinge sind kaputt
    .choice-other = Etwas anderes

bathroom = Wie gefallen dir die Toiletten und Duschen?
bathroom-problem = Was ist nicht gut?
    .hint = Du kannst mehr als eine Antwort wählen.
    .choice-dirty = Schmutzig
    .choice-no-hot-water = Kein warmes Wasser
    .choice-no-privacy = Andere können mich sehen
    .choice-broken = Dinge sind kaputt
    .choice-other = Etwas anderes

food = Wie gefällt dir das Essen?
food-problem = Was ist nicht gut?
    .hint = Du kannst mehr als eine Antwort wählen.
    .choice-taste = Es schmeckt nicht gut
    .choice-not-enough = Nicht genug Essen
    .choice-not-my-food = Ich kann es nicht essen (Religion oder Gesundheit)
    .choice-always-the-same = Immer das Gleiche
    .choice-other = Etwas anderes

adults-help = Helfen dir die Erwachsenen hier gut?
    .hint = Die Mitarbeitenden, dein Vormund, deine Sozialarbeiterin oder dein Sozialarbeiter.
adults-problem = Was ist nicht gut?
    .hint = Du kannst mehr als eine Antwort wählen.
    .choice-not-listened = Sie hören mir nicht zu
    .choice-no-time = Sie haben keine Zeit für mich
    .choice-not-understood = Wir verstehen einander nicht
    .choice-unfair = Sie sind nicht fair
    .choice-other = Etwas anderes

safe = Fühlst du dich hier sicher?
safe-problem = Warum fühlst du dich hier nicht sicher?
    .hint = Du kannst mehr als eine Antwort wählen.
    .choice-fights = Schlägereien
    .choice-bullying = Andere mobben mich
    .choice-theft = Meine Sachen werden gestohlen
    .choice-at-night = In der Nacht
    .choice-other = Etwas anderes

feel = Wie fühlst du dich hier?
feel-problem = Warum fühlst du dich schlecht?
    .hint = Du kannst mehr als eine Antwort wählen.
    .choice-worried = Ich mache mir viele Sorgen
    .choice-bored = Ich habe nichts zu tun
    .choice-lonely = Ich fühle mich allein
    .choice-miss-family = Ich vermisse meine Familie
    .choice-sick = Ich fühle mich krank oder habe Schmerzen
    .choice-other = Etwas anderes

life-here = Wie ist dein Leben im Zentrum?
comment = Willst du uns noch etwas sagen?
    .hint = Schreib nicht deinen Namen.

age = Wie alt bist du?
