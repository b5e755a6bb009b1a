# DRAFT translation by machine, needs native review

survey-title = Votre expérience dans le centre d'accueil

section-intro = Avant de commencer
section-living = La vie dans le centre
section-care = La santé
section-support = Aide et information
section-notes = Remarques

how-to-answer = Pour chaque service, dites s'il fonctionne bien, seulement en partie, ou s'il y a de graves problèmes. Si le centre n'offre pas ce service, passez-le.
    .hint = Le médiateur ou la médiatrice peut lire les questions avec vous.

accommodation = Votre chambre et le bâtiment
    .hint = La place, les lits, le chauffage, les réparations.
cleaning = Le nettoyage des chambres, des toilettes et des douches
personal-items = Les vêtements, les draps et les produits d'hygiène
    .hint = Est-ce que vous les recevez, et est-ce qu'il y en a assez ?
food = Les repas
    .hint = La quantité, la qualité, et des repas qui respectent votre religion ou votre santé.
medical-care = Les soins de santé
    .hint = Les visites médicales, les médicaments, et l'aide pour voir un médecin en dehors du centre.
psychological-support = Le soutien psychologique
    .hint = Quelqu'un à qui parler quand vous n'allez pas bien ou que vous avez des soucis.
mediation = L'aide du médiateur culturel, de la médiatrice culturelle ou de l'interprète
legal-aid = Les informations et les conseils juridiques
    .hint = Sur votre demande d'asile et sur vos droits.
italian-course = Le cours d'italien
information = Les informations sur les règles du centre, sur vos droits et sur les services
notes = Voulez-vous ajouter autre chose ?
    .hint = Vous pouvez écrire sur n'importe quel service, bon ou mauvais. Merci de ne pas écrire votre nom.
