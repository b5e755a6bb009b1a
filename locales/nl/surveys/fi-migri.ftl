# DRAFT translation by machine, needs native review

survey-title = Tevredenheidsenquête

section-service = Onze dienstverlening
section-feedback = Uw mening

overall = Hoe tevreden bent u in het algemeen over de dienstverlening van de Finse Immigratiedienst (Migri)?
    .low = Heel ontevreden
    .high = Heel tevreden
information = Hoe makkelijk was het om de informatie te vinden en te begrijpen die u nodig had?
    .low = Heel moeilijk
    .high = Heel makkelijk
customer-service = Hoe tevreden bent u over het advies en de klantendienst die u kreeg?
    .low = Heel ontevreden
    .high = Heel tevreden
ease = Hoe makkelijk was het om uw aanvraag te doen of uw zaak te regelen?
    .low = Heel moeilijk
    .high = Heel makkelijk
waiting-time = Hoe tevreden bent u over hoe lang u moest wachten?
    .hint = Op een afspraak, in het servicepunt of aan de telefoon.
    .low = Heel ontevreden
    .high = Heel tevreden
feedback = Wat kunnen we beter doen? U mag ons ook vertellen wat goed ging.
    .hint = Uw antwoorden hebben geen invloed op een beslissing over uw aanvraag. Schrijf uw naam niet op.
