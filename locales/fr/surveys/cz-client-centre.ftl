# DRAFT translation by machine, needs native review

survey-title = Le Centre client vous rappelle

section-call-back = Votre appel au Centre client

intro = Merci d'accepter que nous vous rappelions. Nous avons trois courtes questions sur votre appel au Centre client. Vos réponses nous aident à améliorer notre service. Elles n'ont aucun effet sur vos démarches de séjour.
call-purpose = De quoi parlait votre appel ?
    .hint = Pour le membre du personnel qui pose les questions : choisissez les deux si la personne a demandé des informations et a pris un rendez-vous.
    .choice-information = Demander des informations
    .choice-appointment = Prendre un rendez-vous
information-understandable = La personne au téléphone vous a-t-elle donné toutes les informations d'une façon que vous pouviez comprendre ?
appointment-correct = Le rendez-vous a-t-il été pris correctement ?
helped-solve = Les informations reçues vous ont-elles permis de régler votre situation ?
use-again = Allez-vous utiliser les services du Centre client à l'avenir ?
