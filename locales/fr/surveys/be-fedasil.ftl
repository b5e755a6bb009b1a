# DRAFT translation by machine, needs native review

survey-title = Votre vie dans le centre

section-accommodation = Votre chambre et les sanitaires
section-food = Les repas
section-supervision = L'aide du personnel
section-safety = La sécurité
section-well-being = Comment vous vous sentez
section-overall = En général
section-about-you = À propos de vous (pas obligatoire)

room-satisfied = Votre chambre vous convient-elle ?
room-reasons = Qu'est-ce qui ne va pas dans votre chambre ?
    .hint = Vous pouvez choisir plusieurs réponses.
    .choice-crowded = Trop de personnes
    .choice-noisy = Trop de bruit
    .choice-cold-or-hot = Trop froid ou trop chaud
    .choice-no-privacy = Pas d'intimité
    .choice-broken = Des choses sont cassées
    .choice-other = Autre chose

sanitary-satisfied = Les toilettes et les douches vous conviennent-elles ?
sanitary-reasons = Qu'est-ce qui ne va pas avec les toilettes et les douches ?
    .hint = Vous pouvez choisir plusieurs réponses.
    .choice-not-clean = Pas propres
    .choice-too-few = Il n'y en a pas assez
    .choice-no-hot-water = Pas d'eau chaude
    .choice-no-privacy = Pas d'intimité
    .choice-broken = Des choses sont cassées
    .choice-other = Autre chose

food-satisfied = Les repas vous conviennent-ils ?
food-reasons = Qu'est-ce qui ne va pas avec les repas ?
    .hint = Vous pouvez choisir plusieurs réponses.
    .choice-taste = Le goût
    .choice-quantity = Pas assez à manger
    .choice-not-halal-or-diet = Pas adapté à ma religion ou à mon régime
    .choice-no-variety = Toujours la même chose
    .choice-meal-times = Les heures des repas ne me conviennent pas
    .choice-cannot-cook = Je ne peux pas cuisiner moi-même
    .choice-other = Autre chose

supervision-satisfied = L'aide du personnel vous convient-elle ?
supervision-reasons = Qu'est-ce qui ne va pas avec l'aide du personnel ?
    .hint = Vous pouvez choisir plusieurs réponses.
    .choice-not-listened = On ne m'écoute pas
    .choice-no-information = Je ne reçois pas assez d'informations
    .choice-hard-to-reach = C'est difficile de leur parler
    .choice-language = Nous ne nous comprenons pas
    .choice-unfair = On ne me traite pas de façon juste
    .choice-other = Autre chose

safety-satisfied = Vous sentez-vous en sécurité dans le centre ?
safety-reasons = Pourquoi ne vous sentez-vous pas en sécurité ?
    .hint = Vous pouvez choisir plusieurs réponses.
    .choice-conflicts = Des bagarres ou des disputes
    .choice-theft = Des vols
    .choice-at-night = La nuit
    .choice-no-lock = Ma chambre ne ferme pas à clé
    .choice-harassment = Des personnes m'embêtent ou me menacent
    .choice-other = Autre chose

well-being-satisfied = Vous sentez-vous bien dans le centre ?
well-being-reasons = Qu'est-ce qui vous empêche de vous sentir bien ?
    .hint = Vous pouvez choisir plusieurs réponses.
    .choice-worry-procedure = Je m'inquiète pour ma procédure
    .choice-boredom = Je n'ai rien à faire
    .choice-loneliness = La solitude
    .choice-health = Ma santé
    .choice-family = Ma famille est loin
    .choice-other = Autre chose

overall-rating = Quelle note donnez-vous au centre en général ?
    .low = Très mauvais
    .high = Très bon
comment = Voulez-vous nous dire autre chose ?
    .hint = N'écrivez pas votre nom.

age = Quel âge avez-vous ?
sex = Vous êtes…
nationality = Quelle est votre nationalité ?
stay = Depuis combien de temps habitez-vous dans ce centre ?
