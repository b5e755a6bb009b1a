# DRAFT translation by machine, needs native review

survey-title = Ihre Meinung über das Zentrum für Ausländer

section-centre = Leben im Zentrum

accommodation = Wie bewerten Sie die Unterkunft im Zentrum?
    .hint = Im Vergleich zu dem, was Sie erwartet haben.
food = Wie bewerten Sie das Essen?
    .hint = Im Vergleich zu dem, was Sie erwartet haben.
medical-care = Wie bewerten Sie die medizinische Versorgung?
    .hint = Im Vergleich zu dem, was Sie erwartet haben.
staff-assistance = Wie bewerten Sie die Hilfe durch die Mitarbeitenden des Amtes für Ausländer?
    .hint = Im Vergleich zu dem, was Sie erwartet haben.
security = Wie bewerten Sie die Sicherheit im Zentrum?
    .hint = Wie sicher Sie sich fühlen, im Vergleich zu dem, was Sie erwartet haben.
