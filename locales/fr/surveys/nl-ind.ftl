# DRAFT translation by machine, needs native review

survey-title = Comment ça s'est passé ?

section-measures = Votre contact avec l'IND
section-information = Nos informations
section-remarks = Vos remarques

kto = Dans l'ensemble, quel est votre niveau de satisfaction pour l'IND aujourd'hui ?
    .low = Très insatisfaisant
    .high = Très satisfaisant
ces = Était-il facile ou difficile de régler ce dont vous aviez besoin ?
    .low = Très difficile
    .high = Très facile
goal = Avez-vous pu faire ce que vous vouliez faire ?

thumbs = Les informations que vous avez reçues étaient-elles utiles ?
thumbs-down-reason = Qu'est-ce qui n'allait pas avec les informations ?
    .choice-not-found = Je n'ai pas trouvé ce que je cherchais
    .choice-unclear = C'était difficile à comprendre
    .choice-incomplete = Il manquait quelque chose
    .choice-not-correct = Ce n'était pas correct ou pas à jour
    .choice-other = Autre chose
thumbs-down-detail = Pouvez-vous nous en dire plus ?
    .hint = Pas obligatoire. Merci de ne pas écrire votre nom ni votre numéro V.

remark-category = Voulez-vous laisser une remarque ? De quoi s'agit-il ?
    .hint = Pas obligatoire.
    .choice-technical-failure = Quelque chose n'a pas marché (problème technique)
    .choice-remark = Une remarque
    .choice-tip = Une idée pour nous améliorer
    .choice-other = Autre chose
remark = Votre remarque
    .hint = Merci de ne pas écrire votre nom ni votre numéro V.
