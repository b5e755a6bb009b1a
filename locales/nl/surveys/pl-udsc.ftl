# DRAFT translation by machine, needs native review

survey-title = Uw mening over het centrum voor vreemdelingen

section-centre = Leven in het centrum

accommodation = Wat vindt u van de huisvesting in het centrum?
    .hint = Vergeleken met wat u verwachtte.
food = Wat vindt u van het eten?
    .hint = Vergeleken met wat u verwachtte.
medical-care = Wat vindt u van de medische zorg?
    .hint = Vergeleken met wat u verwachtte.
staff-assistance = Wat vindt u van de hulp van het personeel van het Bureau?
    .hint = Vergeleken met wat u verwachtte.
security = Wat vindt u van de veiligheid in het centrum?
    .hint = Hoe veilig u zich voelt, vergeleken met wat u verwachtte.
