# DRAFT translation by machine, needs native review

survey-title = Ta vie dans le centre

section-home = Ta chambre et la salle de bain
section-food = La nourriture
section-adults = Les adultes qui t'aident
section-safety = La sécurité
section-feelings = Comment tu te sens
section-overall = Tout ensemble
section-about-you = Sur toi

room = Comment trouves-tu ta chambre ?
room-problem = Qu'est-ce qui ne va pas ?
    .hint = Tu peux choisir plusieurs réponses.
    .choice-too-many-people = Trop de personnes
    .choice-noisy = Trop de bruit
    .choice-cold-or-hot = Trop froid ou trop chaud
    .choice-broken = Des choses sont cassées
    .choice-other = Autre chose

bathroom = Comment trouves-tu les toilettes et les douches ?
bathroom-problem = Qu'est-ce qui ne va pas ?
    .hint = Tu peux choisir plusieurs réponses.
    .choice-dirty = C'est sale
    .choice-no-hot-water = Pas d'eau chaude
    .choice-no-privacy = Les autres peuvent me voir
    .choice-broken = Des choses sont cassées
    .choice-other = Autre chose

food = Comment trouves-tu la nourriture ?
food-problem = Qu'est-ce qui ne va pas ?
    .hint = Tu peux choisir plusieurs réponses.
    .choice-taste = Ce n'est pas bon
    .choice-not-enough = Pas assez à manger
    .choice-not-my-food = Je ne peux pas la manger (religion ou santé)
    .choice-always-the-same = Toujours la même chose
    .choice-other = Autre chose

adults-help = Est-ce que les adultes d'ici t'aident bien ?
    .hint = Le personnel, ton tuteur ou ta tutrice, ton assistant social ou ton assistante sociale.
adults-problem = Qu'est-ce qui ne va pas ?
    .hint = Tu peux choisir plusieurs réponses.
    .choice-not-listened = Les adultes ne m'écoutent pas
    .choice-no-time = Les adultes n'ont pas de temps pour moi
    .choice-not-understood = On ne se comprend pas
    .choice-unfair = Les adultes ne sont pas justes
    .choice-other = Autre chose

safe = Est-ce que tu te sens en sécurité ici ?
safe-problem = Qu'est-ce qui fait que tu ne te sens pas en sécurité ?
    .hint = Tu peux choisir plusieurs réponses.
    .choice-fights = Des bagarres
    .choice-bullying = Les autres m'embêtent ou me harcèlent
    .choice-theft = On me vole mes affaires
    .choice-at-night = La nuit
    .choice-other = Autre chose

feel = Comment te sens-tu ici ?
feel-problem = Qu'est-ce qui fait que tu te sens mal ?
    .hint = Tu peux choisir plusieurs réponses.
    .choice-worried = Je m'inquiète beaucoup
    .choice-bored = Je n'ai rien à faire
    .choice-lonely = Je me sens seul(e)
    .choice-miss-family = Ma famille me manque
    .choice-sick = Je suis malade ou j'ai mal
    .choice-other = Autre chose

life-here = Comment est ta vie dans le centre ?
comment = Tu veux nous dire autre chose ?
    .hint = N'écris pas ton nom.

age = Quel âge as-tu ?
