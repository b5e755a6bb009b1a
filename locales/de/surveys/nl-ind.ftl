# DRAFT translation by machine, needs native review

survey-title = Wie gut waren wir?

section-measures = Ihr Kontakt mit dem IND
section-information = Unsere Informationen
section-remarks = Ihre Anmerkungen

kto = Wie zufrieden sind Sie heute insgesamt mit dem IND?
    .low = Sehr unzufrieden
    .high = Sehr zufrieden
ces = Wie leicht war es, zu erledigen, was Sie brauchten?
    .low = Sehr schwer
    .high = Sehr leicht
goal = Konnten Sie erledigen, wofür Sie gekommen sind?

thumbs = Waren die Informationen, die Sie bekommen haben, nützlich?
thumbs-down-reason = Was war an den Informationen nicht gut?
    .choice-not-found = Ich habe nicht gefunden, was ich gesucht habe
    .choice-unclear = Sie waren schwer zu verstehen
    .choice-incomplete = Etwas hat gefehlt
    .choice-not-correct = Sie waren nicht richtig oder nicht aktuell
    .choice-other = Etwas anderes
thumbs-down-detail = Können Sie uns mehr dazu sagen?
    .hint = Freiwillig. Bitte schreiben Sie nicht Ihren Namen oder Ihre V-Nummer.

remark-category = Möchten Sie eine Anmerkung machen? Worum geht es?
    .hint = Freiwillig.
    .choice-technical-failure = Etwas hat nicht funktioniert (technischer Fehler)
    .choice-remark = Eine Anmerkung
    .choice-tip = Ein Tipp zur Verbesserung
    .choice-other = Etwas anderes
remark = Ihre Anmerkung
    .hint = Bitte schreiben Sie nicht Ihren Namen oder Ihre V-Nummer.
