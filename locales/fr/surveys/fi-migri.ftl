# DRAFT translation by machine, needs native review

survey-title = Enquête de satisfaction

section-service = Notre service
section-feedback = Votre avis

overall = Dans l'ensemble, quel est votre niveau de satisfaction pour le service de Migri, le Service finlandais de l'immigration ?
    .low = Très insatisfaisant
    .high = Très satisfaisant
information = Était-il facile ou difficile de trouver et de comprendre les informations dont vous aviez besoin ?
    .low = Très difficile
    .high = Très facile
customer-service = Quel est votre niveau de satisfaction pour les conseils et le service client que vous avez reçus ?
    .low = Très insatisfaisant
    .high = Très satisfaisant
ease = Était-il facile ou difficile de faire votre demande ou de régler votre dossier ?
    .low = Très difficile
    .high = Très facile
waiting-time = Quel est votre niveau de satisfaction pour le temps que vous avez dû attendre ?
    .hint = Pour avoir un rendez-vous, au point de service ou au téléphone.
    .low = Très insatisfaisant
    .high = Très satisfaisant
feedback = Que devons-nous faire mieux ? Vous pouvez aussi nous dire ce qui s'est bien passé.
    .hint = Vos réponses n'ont aucun effet sur une décision concernant votre demande. Merci de ne pas écrire votre nom.
