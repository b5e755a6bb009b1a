# DRAFT translation by machine, needs native review

survey-title = Enquête de satisfaction

section-quality = Le service en général
section-importance = Ce qui compte le plus pour vous
section-aspects = Les parties du service
section-specialist = La personne du service client
section-comments = Vos commentaires

overall-quality = Dans l'ensemble, comment trouvez-vous la qualité du service que vous avez reçu ?
    .low = Très mauvais
    .high = Très bon

aspect-importance = Mettez ces points dans l'ordre de leur importance pour vous, le plus important en premier.
    .choice-waiting-time = Une attente courte
    .choice-information = Des informations claires et complètes
    .choice-booking = Prendre rendez-vous facilement
    .choice-opening-hours = Des heures d'ouverture pratiques
    .choice-specialist = Une personne compétente et polie pour vous servir

rate-waiting-time = Comment trouvez-vous le temps d'attente ?
    .low = Très mauvais
    .high = Très bon
rate-information = Comment trouvez-vous les informations que vous avez reçues ?
    .hint = Étaient-elles claires et complètes ?
    .low = Très mauvais
    .high = Très bon
rate-booking = Comment trouvez-vous la prise de rendez-vous ?
    .low = Très mauvais
    .high = Très bon
rate-opening-hours = Comment trouvez-vous les heures d'ouverture ?
    .low = Très mauvais
    .high = Très bon

specialist-work = Comment trouvez-vous le travail de la personne qui s'est occupée de vous ?
    .low = Très mauvais
    .high = Très bon
specialist-competence = Comment trouvez-vous les connaissances et la compétence de cette personne ?
    .low = Très mauvais
    .high = Très bon
specialist-attitude = Comment trouvez-vous l'attitude de cette personne envers vous ?
    .hint = Cette personne était-elle polie, respectueuse et serviable ?
    .low = Très mauvais
    .high = Très bon

comment = Voulez-vous nous dire autre chose, ou faire une suggestion ?
    .hint = Merci de ne pas écrire votre nom ni votre code personnel.
