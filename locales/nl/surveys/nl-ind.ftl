# DRAFT translation by machine, needs native review

survey-title = Hoe deden we het?

section-measures = Uw contact met de IND
section-information = Onze informatie
section-remarks = Uw opmerkingen

kto = Hoe tevreden bent u in het algemeen over de IND vandaag?
    .low = Heel ontevreden
    .high = Heel tevreden
ces = Hoe makkelijk was het om te regelen wat u nodig had?
    .low = Heel moeilijk
    .high = Heel makkelijk
goal = Kon u doen waarvoor u kwam?

thumbs = Was de informatie die u kreeg nuttig?
thumbs-down-reason = Wat was er niet goed aan de informatie?
    .choice-not-found = Ik kon niet vinden wat ik zocht
    .choice-unclear = Het was moeilijk te begrijpen
    .choice-incomplete = Er ontbrak iets
    .choice-not-correct = Het was niet juist of niet actueel
    .choice-other = Iets anders
thumbs-down-detail = Kunt u ons meer vertellen?
    .hint = Niet verplicht. Schrijf uw naam of uw V-nummer niet op.

remark-category = Wilt u een opmerking geven? Waarover gaat het?
    .hint = Niet verplicht.
    .choice-technical-failure = Iets werkte niet (technische storing)
    .choice-remark = Een opmerking
    .choice-tip = Een tip om het beter te doen
    .choice-other = Iets anders
remark = Uw opmerking
    .hint = Schrijf uw naam of uw V-nummer niet op.
