# DRAFT translation by machine, needs native review

survey-title = Berätta om din erfarenhet av offentlig service

section-experience = Din erfarenhet
section-score = Ditt helhetsbetyg

opinion = Vad tycker du om din erfarenhet?
experience = Berätta vad som hände.
    .hint = Vad behövde du, vad gick bra eller dåligt, och vad kunde vara bättre? Skriv minst 100 tecken. Skriv inga namn eller ärendenummer.
elipa-score = På en skala från 0 till 10, hur nöjd är du med hur myndigheterna hanterade ditt ärende?
    .hint = Till exempel ditt uppehållstillstånd hos prefekturen.
    .low = Inte alls nöjd
    .high = Helt nöjd
