# DRAFT translation by machine, needs native review

survey-title = Comment était notre service ?

section-desk = Le service à ce guichet

service = Comment était notre service aujourd'hui ?
displeased = Qu'est-ce qui s'est mal passé ?
    .hint = Pas obligatoire : touchez une réponse.
    .choice-waiting = J'ai attendu trop longtemps
    .choice-not-explained = On ne m'a pas expliqué les choses clairement
    .choice-unfriendly = Le personnel n'était pas aimable
    .choice-not-solved = Ma demande n'a pas été réglée
    .choice-documents = Des problèmes avec des documents ou des formulaires
    .choice-other = Autre chose
pleased = Qu'est-ce qui vous a le plus plu ?
    .hint = Pas obligatoire : touchez une réponse.
    .choice-quick = C'était rapide
    .choice-clear = On m'a expliqué les choses clairement
    .choice-friendly = Le personnel était aimable
    .choice-solved = Ma demande a été réglée
    .choice-other = Autre chose
