# DRAFT translation by machine, needs native review

survey-title = Partagez votre expérience avec les services publics

section-experience = Votre expérience
section-score = Votre note générale

opinion = Quel est votre avis sur votre expérience ?
experience = Racontez-nous ce qui s'est passé.
    .hint = De quoi aviez-vous besoin, qu'est-ce qui s'est bien ou mal passé, et qu'est-ce qui pourrait être mieux ? Écrivez au moins 100 caractères. N'écrivez pas de noms ni de numéros de dossier.
elipa-score = De 0 à 10, quel est votre niveau de satisfaction pour la façon dont l'administration a traité votre dossier ?
    .hint = Par exemple votre titre de séjour à la préfecture.
    .low = Pas du tout satisfaisant
    .high = Tout à fait satisfaisant
