# DRAFT translation by machine, needs native review

survey-title = Wie war unser Service?

section-desk = Service an diesem Schalter

service = Wie war unser Service heute?
displeased = Was war nicht gut?
    .hint = Freiwillig: Tippen Sie auf eine Antwort.
    .choice-waiting = Ich habe zu lange gewartet
    .choice-not-explained = Es wurde nicht klar erklärt
    .choice-unfriendly = Die Mitarbeitenden waren nicht freundlich
    .choice-not-solved = Mein Anliegen wurde nicht gelöst
    .choice-documents = Probleme mit Dokumenten oder Formularen
    .choice-other = Etwas anderes
pleased = Was hat Ihnen am besten gefallen?
    .hint = Freiwillig: Tippen Sie auf eine Antwort.
    .choice-quick = Es ging schnell
    .choice-clear = Es wurde klar erklärt
    .choice-friendly = Die Mitarbeitenden waren freundlich
    .choice-solved = Mein Anliegen wurde gelöst
    .choice-other = Etwas anderes
