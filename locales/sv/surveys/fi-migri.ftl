# DRAFT translation by machine, needs native review

survey-title = Kundenkät

section-service = Vår service
section-feedback = Dina synpunkter

overall = Hur nöjd är du överlag med den service du har fått av Migrationsverket i Finland?
    .low = Mycket missnöjd
    .high = Mycket nöjd
information = Hur lätt var det att hitta och förstå den information du behövde?
    .low = Mycket svårt
    .high = Mycket lätt
customer-service = Hur nöjd är du med den rådgivning och kundservice du fick?
    .low = Mycket missnöjd
    .high = Mycket nöjd
ease = Hur lätt var det att göra din ansökan eller sköta ditt ärende?
    .low = Mycket svårt
    .high = Mycket lätt
waiting-time = Hur nöjd är du med hur länge du fick vänta?
    .hint = På att få en tid, på servicestället eller i telefon.
    .low = Mycket missnöjd
    .high = Mycket nöjd
feedback = Vad borde vi göra bättre? Du kan också berätta vad som gick bra.
    .hint = Dina svar påverkar inte något beslut om din ansökan. Skriv inte ditt namn.
