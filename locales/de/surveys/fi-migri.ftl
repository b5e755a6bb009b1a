# DRAFT translation by machine, needs native review

survey-title = Umfrage zur Kundenzufriedenheit

section-service = Unser Service
section-feedback = Ihre Rückmeldung

overall = Wie zufrieden sind Sie insgesamt mit dem Service der Finnischen Einwanderungsbehörde?
    .low = Sehr unzufrieden
    .high = Sehr zufrieden
information = Wie leicht war es, die Informationen zu finden und zu verstehen, die Sie brauchten?
    .low = Sehr schwer
    .high = Sehr leicht
customer-service = Wie zufrieden sind Sie mit der Beratung und dem Kundenservice, die Sie bekommen haben?
    .low = Sehr unzufrieden
    .high = Sehr zufrieden
ease = Wie leicht war es, Ihren Antrag zu stellen oder Ihre Sache zu erledigen?
    .low = Sehr schwer
    .high = Sehr leicht
waiting-time = Wie zufrieden sind Sie damit, wie lange Sie warten mussten?
    .hint = Auf einen Termin, an der Servicestelle oder am Telefon.
    .low = Sehr unzufrieden
    .high = Sehr zufrieden
feedback = Was sollen wir besser machen? Sie können uns auch sagen, was gut war.
    .hint = Ihre Antworten haben keinen Einfluss auf eine Entscheidung über Ihren Antrag. Bitte schreiben Sie nicht Ihren Namen.
