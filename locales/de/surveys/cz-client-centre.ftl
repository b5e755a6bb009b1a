# DRAFT translation by machine, needs native review

survey-title = Rückruf vom Kundenzentrum

section-call-back = Ihr Anruf beim Kundenzentrum

intro = Danke, dass wir Sie zurückrufen dürfen. Wir haben drei kurze Fragen zu Ihrem Anruf beim Kundenzentrum. Ihre Antworten helfen uns, unseren Service zu verbessern. Sie haben keinen Einfluss auf Ihre Aufenthaltsangelegenheiten.
call-purpose = Worum ging es bei Ihrem Anruf?
    .hint = Für die Person vom Personal, die die Fragen stellt: Wählen Sie beides, wenn die anrufende Person nach Informationen gefragt und einen Termin gebucht hat.
    .choice-information = Nach Informationen fragen
    .choice-appointment = Einen Termin buchen
information-understandable = Hat die Person am Telefon Ihnen alle Informationen verständlich gegeben?
appointment-correct = Wurde der Termin richtig gebucht?
helped-solve = Haben Ihnen die Informationen geholfen, Ihre Situation zu lösen?
use-again = Werden Sie den Service des Kundenzentrums in Zukunft nutzen?
