# DRAFT translation by machine, needs native review

survey-title = Teilen Sie Ihre Erfahrung mit öffentlichen Diensten

section-experience = Ihre Erfahrung
section-score = Ihre Gesamtbewertung

opinion = Was denken Sie über Ihre Erfahrung?
experience = Erzählen Sie uns, was passiert ist.
    .hint = Was brauchten Sie, was lief gut oder schlecht, und was könnte besser sein? Schreiben Sie mindestens 100 Zeichen. Schreiben Sie keine Namen und keine Aktenzeichen.
elipa-score = Von 0 bis 10: Wie zufrieden sind Sie damit, wie die Behörde Ihr Verfahren bearbeitet hat?
    .hint = Zum Beispiel Ihre Aufenthaltserlaubnis bei der Präfektur.
    .low = Überhaupt nicht zufrieden
    .high = Völlig zufrieden
