# DRAFT translation by machine, needs native review

survey-title = Hur skötte vi oss?

section-measures = Din kontakt med IND
section-information = Vår information
section-remarks = Dina synpunkter

kto = Hur nöjd är du överlag med IND i dag?
    .low = Mycket missnöjd
    .high = Mycket nöjd
ces = Hur lätt var det att ordna det du behövde?
    .low = Mycket svårt
    .high = Mycket lätt
goal = Kunde du göra det du kom för?

thumbs = Var informationen du fick användbar?
thumbs-down-reason = Vad var fel med informationen?
    .choice-not-found = Jag hittade inte det jag letade efter
    .choice-unclear = Den var svår att förstå
    .choice-incomplete = Något saknades
    .choice-not-correct = Den var inte rätt eller inte aktuell
    .choice-other = Något annat
thumbs-down-detail = Kan du berätta mer?
    .hint = Frivilligt. Skriv inte ditt namn eller ditt V-nummer.

remark-category = Vill du lämna en synpunkt? Vad handlar den om?
    .hint = Frivilligt.
    .choice-technical-failure = Något fungerade inte (tekniskt fel)
    .choice-remark = En synpunkt
    .choice-tip = Ett tips om hur vi kan bli bättre
    .choice-other = Något annat
remark = Din synpunkt
    .hint = Skriv inte ditt namn eller ditt V-nummer.
