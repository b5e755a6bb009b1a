# DRAFT translation by machine, needs native review

survey-title = À propos de votre appel

section-call = Votre appel d'aujourd'hui

good-service = Avez-vous reçu un bon service ?
reasonable-time = Avez-vous reçu une réponse dans un délai raisonnable ?
query-resolved = Votre question a-t-elle été réglée ?
