# DRAFT translation by machine, needs native review

survey-title = Votre avis sur le centre pour étrangers

section-centre = La vie dans le centre

accommodation = Comment trouvez-vous le logement dans le centre ?
    .hint = Par rapport à ce que vous attendiez.
food = Comment trouvez-vous la nourriture ?
    .hint = Par rapport à ce que vous attendiez.
medical-care = Comment trouvez-vous les soins médicaux ?
    .hint = Par rapport à ce que vous attendiez.
staff-assistance = Comment trouvez-vous l'aide du personnel de l'Office ?
    .hint = Par rapport à ce que vous attendiez.
security = Comment trouvez-vous la sécurité dans le centre ?
    .hint = À quel point vous vous sentez en sécurité, par rapport à ce que vous attendiez.
