# DRAFT translation by machine, needs native review

survey-title = Umfrage zur Kundenzufriedenheit

section-quality = Der Service allgemein
section-importance = Was Ihnen am wichtigsten ist
section-aspects = Teile des Service
section-specialist = Die Fachkraft im Kundenservice
section-comments = Ihre Anmerkungen

overall-quality = Wie bewerten Sie insgesamt die Qualität des Service, den Sie bekommen haben?
    .low = Sehr schlecht
    .high = Ausgezeichnet

aspect-importance = Ordnen Sie diese Punkte danach, wie wichtig sie Ihnen sind. Das Wichtigste zuerst.
    .choice-waiting-time = Eine kurze Wartezeit
    .choice-information = Klare und vollständige Informationen
    .choice-booking = Einfach einen Termin buchen
    .choice-opening-hours = Passende Öffnungszeiten
    .choice-specialist = Eine kompetente und höfliche Fachkraft

rate-waiting-time = Wie bewerten Sie die Wartezeit?
    .low = Sehr schlecht
    .high = Ausgezeichnet
rate-information = Wie bewerten Sie die Informationen, die Sie bekommen haben?
    .hint = Waren sie klar und vollständig?
    .low = Sehr schlecht
    .high = Ausgezeichnet
rate-booking = Wie bewerten Sie die Terminbuchung?
    .low = Sehr schlecht
    .high = Ausgezeichnet
rate-opening-hours = Wie bewerten Sie die Öffnungszeiten?
    .low = Sehr schlecht
    .high = Ausgezeichnet

specialist-work = Wie bewerten Sie die Arbeit der Fachkraft, die Sie betreut hat?
    .low = Sehr schlecht
    .high = Ausgezeichnet
specialist-competence = Wie bewerten Sie das Wissen und die Kompetenz der Fachkraft?
    .low = Sehr schlecht
    .high = Ausgezeichnet
specialist-attitude = Wie bewerten Sie das Verhalten der Fachkraft Ihnen gegenüber?
    .hint = Wurden Sie höflich, respektvoll und hilfsbereit behandelt?
    .low = Sehr schlecht
    .high = Ausgezeichnet

comment = Möchten Sie uns noch etwas sagen oder etwas vorschlagen?
    .hint = Bitte schreiben Sie nicht Ihren Namen oder Ihre persönliche Kennnummer.
