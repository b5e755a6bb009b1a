# DRAFT translation by machine, needs native review

survey-title = Ihre Erfahrung im Aufnahmezentrum

section-intro = Bevor wir beginnen
section-living = Leben im Zentrum
section-care = Gesundheit
section-support = Hilfe und Informationen
section-notes = Anmerkungen

how-to-answer = Sagen Sie zu jedem Angebot, ob es gut funktioniert, nur teilweise, oder ob es ernste Probleme gibt. Wenn das Zentrum ein Angebot nicht hat, überspringen Sie es.
    .hint = Die Kulturmittlerin oder der Kulturmittler kann die Fragen mit Ihnen lesen.

accommodation = Ihr Zimmer und das Gebäude
    .hint = Platz, Betten, Heizung, Reparaturen.
cleaning = Reinigung der Zimmer, Toiletten und Duschen
personal-items = Kleidung, Bettwäsche und Hygieneartikel
    .hint = Bekommen Sie diese Dinge, und ist es genug?
food = Mahlzeiten
    .hint = Menge, Qualität und Essen, das Ihre Religion oder Gesundheit beachtet.
medical-care = Gesundheitsversorgung
    .hint = Arztbesuche, Medikamente und Hilfe, um außerhalb des Zentrums zu einer Ärztin oder einem Arzt zu gehen.
psychological-support = Psychologische Unterstützung
    .hint = Jemand zum Reden, wenn es Ihnen schlecht geht oder Sie sich Sorgen machen.
mediation = Hilfe durch Kulturmittlung oder Dolmetschen
legal-aid = Rechtliche Informationen und Beratung
    .hint = Zu Ihrem Asylantrag und Ihren Rechten.
italian-course = Italienischkurs
information = Informationen über die Regeln im Zentrum, Ihre Rechte und die Angebote
notes = Möchten Sie noch etwas hinzufügen?
    .hint = Sie können über jedes Angebot schreiben, gut oder schlecht. Bitte schreiben Sie nicht Ihren Namen.
