# DRAFT translation by machine, needs native review
# Textes de l'application Heard, français.

## Resident flow
welcome-title = Bienvenue
welcome-body = Dites-nous comment se passe la vie ici pour vous. Cela prend quelques minutes.
welcome-start = Commencer
language-title = Choisissez votre langue
anonymity-title = Vos réponses sont anonymes
anonymity-body = On ne vous demande pas votre nom. Vos réponses ne peuvent en aucun cas influencer votre demande d'asile ou votre droit de séjour.
anonymity-continue = J'ai compris, continuer
nav-next = Suivant
nav-back = Retour
nav-skip = Passer
listen = Écouter
progress = Question { $current } sur { $total }
required-hint = Choisissez une réponse pour continuer.
save-failed = Votre réponse n'a pas pu être enregistrée. Réessayez ou demandez à un membre du personnel.

## Stop
stop = Arrêter
stop-title = Voulez-vous arrêter ?
stop-body = Vous pouvez garder les réponses déjà données ou les effacer.
stop-keep = Arrêter et garder mes réponses
stop-discard = Arrêter et effacer mes réponses
stop-continue = Continuer le questionnaire
stop-deleted = Vos réponses ont été effacées.
ask-help = Demander de l'aide
help-called = Une personne de l'équipe vient vous aider. Merci d'attendre ici.

## Review and end
review-title = Vérifiez vos réponses
review-change = Modifier
review-no-answer = Pas de réponse
review-send = Envoyer mes réponses
thanks-title = Merci !
thanks-body = Vos réponses ont été enregistrées.
thanks-we-did = Vous avez dit, nous avons fait
thanks-done = Terminer
still-there-title = Êtes-vous toujours là ?
still-there-body = { $seconds ->
    [one] Le questionnaire se fermera dans { $seconds } seconde.
   *[other] Le questionnaire se fermera dans { $seconds } secondes.
}
still-there-yes = Oui, je suis là

## Question widgets
choose-many-hint = Vous pouvez choisir plusieurs réponses.
text-label = Votre réponse
text-count = { $count } sur { $max } caractères
number-label = Votre nombre
number-invalid = Entrez un nombre de { $min } à { $max }.
number-increase = Plus
number-decrease = Moins
ranking-hint = Touchez les éléments par ordre d'importance, le plus important d'abord.
ranking-ordered = Votre ordre
ranking-unordered = Encore à classer
ranking-position = Numéro { $position }
ranking-move-up = Monter
ranking-move-down = Descendre
ranking-remove = Retirer du classement
ranking-reset = Recommencer le classement
scale-point = { $value } sur { $max }
smiley-5-1 = Très mauvais
smiley-5-2 = Mauvais
smiley-5-3 = Ni bon ni mauvais
smiley-5-4 = Bon
smiley-5-5 = Très bon
smiley-3-1 = Mauvais
smiley-3-2 = Ni bon ni mauvais
smiley-3-3 = Bon

## Fixed answers
choice-yes = Oui
choice-no = Non
choice-above = Mieux que prévu
choice-at = Comme prévu
choice-below = Moins bien que prévu
choice-effective = Cela a bien fonctionné
choice-partial = Cela a fonctionné en partie
choice-critical = Cela n'a pas fonctionné
choice-positive = Bien
choice-neutral = Ni bien ni mal
choice-negative = Mal
choice-up = Bien
choice-down = Pas bien
choice-under-14 = Moins de 14 ans
choice-age-14-17 = 14 à 17 ans
choice-age-18-24 = 18 à 24 ans
choice-age-25-34 = 25 à 34 ans
choice-age-35-44 = 35 à 44 ans
choice-age-45-54 = 45 à 54 ans
choice-age-55-64 = 55 à 64 ans
choice-age-65-plus = 65 ans ou plus
choice-female = Femme
choice-male = Homme
choice-other = Autre
choice-prefer-not = Je préfère ne pas répondre
choice-under-2-months = Moins de 2 mois
choice-months-2-6 = 2 à 6 mois
choice-months-6-12 = 6 à 12 mois
choice-over-12-months = Plus de 12 mois

## Nationalities
country-af = Afghanistan
country-sy = Syrie
country-er = Érythrée
country-ps = Palestine
country-tr = Turquie
country-so = Somalie
country-iq = Irak
country-gn = Guinée
country-cd = RD Congo
country-bi = Burundi
country-ma = Maroc
country-ua = Ukraine
country-ir = Iran
country-ve = Venezuela
country-co = Colombie
country-ru = Russie

## Administration mode badges
mode-self-completed = Sans aide
mode-assisted = Avec l'aide du personnel
mode-interpreter = Avec un interprète
mode-interviewer = Un membre du personnel lit les questions
mode-paper = Depuis un formulaire papier

## Staff
staff-corner = Personnel : maintenir 2 secondes
pin-title = Accès du personnel
pin-label = Code PIN
pin-submit = Déverrouiller
pin-cancel = Annuler
pin-wrong = { $left ->
    [one] Code erroné. Encore { $left } essai.
   *[other] Code erroné. Encore { $left } essais.
}
pin-locked = { $minutes ->
    [one] Trop d'essais erronés. Réessayez dans { $minutes } minute.
   *[other] Trop d'essais erronés. Réessayez dans { $minutes } minutes.
}
staff-title = Panneau du personnel
staff-survey = Questionnaire actif
staff-survey-builtin = intégré
staff-survey-downloaded = du serveur
staff-survey-replaces = du serveur, remplace le questionnaire intégré
staff-survey-unusable = Le questionnaire { $survey } téléchargé depuis le serveur est inutilisable. Appuyez sur « Synchroniser maintenant » pour le télécharger à nouveau, ou prévenez la coordination.
staff-service-point = Point de service (un guichet, jamais une personne)
staff-facility = Code du centre
staff-mode = Mode de la prochaine réponse
staff-counts = Réponses sur cet appareil
staff-completed-today = Terminées aujourd'hui
staff-abandoned-today = Arrêtées ou abandonnées aujourd'hui
staff-completed-total = Terminées au total
staff-abandoned-total = Abandonnées au total
staff-pending = En attente d'envoi
staff-settings = Réglages
staff-timeout = Minutes sans contact avant la remise à zéro
staff-save = Enregistrer les réglages
staff-saved = Enregistré.
staff-invalid = { $field } n'est pas valide : lettres minuscules, chiffres et tirets seulement.
staff-timeout-invalid = Choisissez un nombre de minutes de 1 à 60.
staff-pin-change = Changer le code
pin-current = Code actuel
pin-confirm = Nouveau code encore une fois
pin-changed = Le code a été changé.
pin-mismatch = Les deux nouveaux codes ne sont pas identiques.
staff-start = Lancer le questionnaire
staff-start-entry = Saisir une réponse
staff-close = Fermer le panneau
staff-no-survey = Aucun questionnaire n'est disponible sur cet appareil.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Écouter encore
staff-help-call = Une personne qui lit { $language } a demandé de l'aide. Ce questionnaire ne peut pas encore être écouté en entier dans cette langue. Merci d'aller la voir.
staff-listen-missing = Manque pour l'écoute
staff-record-missing = Enregistrer ce qui manque en { $language }
staff-dismiss = Masquer
staff-translations = Traductions
staff-language = Langue
staff-app-words = Textes de l’application
staff-status-draft = Brouillon, en attente de relecture native
staff-status-reviewed = Relu
staff-coverage = Couverture du texte et de l’audio
staff-coverage-text = Texte
staff-audio-missing = Pas d’audio
staff-audio-synthetic = Synthétique
staff-audio-recorded = Enregistré
staff-recordings = Enregistrer les messages
staff-record-item = Quoi enregistrer
staff-record = Enregistrer
staff-record-stop = Arrêter l’enregistrement
staff-record-keep = Garder cet enregistrement
staff-record-import = Ou importer un fichier son
staff-record-kept = Gardé : cet enregistrement est utilisé désormais.
staff-record-refused = Ce fichier ne peut pas être utilisé : il doit s’agir d’un fichier son de moins de 2 Mo.
staff-record-no-mic = Aucun microphone n’est disponible.

# Sync (staff panel)
sync-title = Synchroniser avec le serveur
sync-not-enrolled = Cette tablette n'est encore inscrite auprès d'aucun serveur de synchronisation.
sync-enrolled = Inscrite auprès de { $server }
sync-server-url = Adresse du serveur
sync-code = Code d'inscription (donné par la coordination)
sync-enrol = Inscrire cette tablette
sync-enrolling = Inscription en cours…
sync-enrol-ok = Cette tablette est inscrite. Les réponses seront envoyées automatiquement.
sync-error-address = Cette adresse de serveur n'est pas valide. Elle doit commencer par { $start }
sync-error-wrong-code = Ce code n'est pas correct ou a déjà été utilisé. Demandez un nouveau code à la coordination.
sync-error-expired = Ce code a expiré. Demandez un nouveau code à la coordination.
sync-error-unreachable = Impossible de joindre le serveur. Vérifiez la connexion internet et l'adresse du serveur.
sync-error-tls = La connexion sécurisée au serveur a échoué. Vérifiez la date et l'heure de la tablette ainsi que l'adresse du serveur.
sync-error-too-many = Trop de tentatives. Attendez une minute et réessayez.
sync-error-server = Le serveur n'a pas pu inscrire cette tablette. Réessayez plus tard ou prévenez la coordination.
sync-now = Synchroniser maintenant
sync-last-success = Dernière synchronisation réussie
sync-minutes-ago = il y a { $minutes } min
sync-never = Pas encore
sync-last-error = Dernier problème
sync-set-aside = Mises de côté par le serveur

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Configurer cette tablette
setup-body = Choisissez le code du personnel avant que les résidents utilisent cette tablette. Le personnel en a besoin pour ouvrir le panneau du personnel : maintenir le coin supérieur pendant 2 secondes. Ne le communiquez qu'au personnel.
setup-pin = Code du personnel (6 à 12 chiffres)
setup-pin-again = Code du personnel, à nouveau
setup-save = Enregistrer le code
pin-new-digits = Nouveau code (6 à 12 chiffres)
pin-rule-digits = Un code a 6 à 12 chiffres, et seulement des chiffres.
pin-rule-common = Ce code fait partie des codes les plus courants. Choisissez-en un autre.
pin-rule-sequence = Ce code est trop simple (un chiffre répété, une suite croissante ou décroissante, ou un motif répété). Choisissez-en un autre.
sync-error-waiting = Réponses en attente d'envoi au serveur auquel cette tablette est inscrite : { $count }. Appuyez d'abord sur « Synchroniser maintenant » pour les envoyer, puis inscrivez la tablette au nouveau serveur.
clock-off = La date et l'heure de cette tablette sont fausses : elles diffèrent de celles du serveur de plus d'un jour (jours : { $days }). Réglez la date et l'heure dans les paramètres de la tablette.
set-aside-wrong-facility = Ces réponses indiquent un autre centre que celui où cette tablette est inscrite. Vérifiez le centre dans les Paramètres et prévenez la coordination.
set-aside-survey-not-on-server = Le serveur ne propose pas cette enquête à votre centre. Demandez à la coordination de l'attribuer sur le serveur.
set-aside-conflict = Le serveur a déjà d'autres réponses sous le même numéro. Prévenez la coordination ; il n'y a rien à faire sur la tablette.
set-aside-invalid = Ces réponses ne correspondent pas à l'enquête du serveur, peut-être parce qu'elle a changé. Prévenez la coordination.
set-aside-other = Le serveur n'a pas accepté ces réponses pour une raison que cette application ne connaît pas. Mettez l'application à jour et prévenez la coordination.
set-aside-kept = Les réponses mises de côté restent 30 jours sur cette tablette, puis elles sont supprimées.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Ce navigateur garde les réponses de Heard même quand la tablette manque de place.
storage-not-kept = Ce navigateur peut effacer les réponses de Heard quand la tablette manque de place. Synchronisez souvent. Si Heard s’ouvre de nouveau sur la première configuration, ses réponses ont été effacées : choisissez le code PIN et inscrivez de nouveau la tablette.
setup-storage-lost = Le navigateur a effacé ce que Heard avait enregistré sur cette tablette (le stockage a été vidé ou était plein). Les réponses pas encore envoyées au serveur sont perdues. Choisissez le code PIN, puis inscrivez de nouveau la tablette dans le panneau du personnel.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Qu’est-ce qui est gardé ?
kept-title = Qu’est-ce qui est gardé ?
kept-close = Fermer
kept-list-title = Gardé avec vos réponses
kept-answers = Vos réponses
kept-period = Le mois, pas le jour ni l’heure
kept-facility = Le centre
kept-service-point = L’endroit du centre où vous avez répondu, s’il y en a un
kept-language = La langue que vous avez choisie
kept-mode = Si vous avez répondu seul ou avec de l’aide
kept-audio-used = Si vous avez écouté les questions
kept-status = Si vous avez terminé ou arrêté
kept-survey = Quel questionnaire, et quelle version
kept-id = Un numéro au hasard, pour que vos réponses ne comptent pas deux fois
kept-never-title = Jamais gardé
kept-never-name = Votre nom, ou un numéro qui vous concerne
kept-never-device = Cette tablette ou ce téléphone
kept-never-time = La date et l’heure exactes
kept-never-helper = Qui vous a aidé
kept-never-voice = Votre voix ou votre visage
