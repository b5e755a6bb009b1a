# DRAFT translation by machine, needs native review

survey-title = Telefona vegerê ji Client Centre

section-call-back = Telefona we bo Client Centre

intro = Spas ku we qebûl kir em dîsa telefonî we bikin. Sê pirsên me yên kurt li ser telefona we ya bo Client Centre hene. Bersivên we alîkariya me dikin ku em xizmeta xwe baştir bikin û bandorê li karên mafê rûniştina we nakin.
call-purpose = Telefona we li ser çi bû?
    .hint = Ji bo karmendê ku pirsan dike: herduyan hilbijêrin eger kesê ku telefon kir hem agahî pirsî hem jî randevû girt.
    .choice-information = Pirsîna agahiyan
    .choice-appointment = Girtina randevûyê
information-understandable = Karmendê telefonê hemû agahî bi awayekî ku hûn fêm bikin da we?
appointment-correct = Randevû rast hat girtin?
helped-solve = Agahiyên ku ji we re hatin dayîn alîkariya we kirin ku hûn rewşa xwe çareser bikin?
use-again = Hûn ê di pêşerojê de xizmetên Client Centre bikar bînin?
