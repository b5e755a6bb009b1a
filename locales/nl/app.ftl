# DRAFT translation by machine, needs native review
# Teksten van de Heard-app, Nederlands.

## Resident flow
welcome-title = Welkom
welcome-body = Vertel ons hoe het leven hier voor u is. Het duurt een paar minuten.
welcome-start = Beginnen
language-title = Kies uw taal
anonymity-title = Uw antwoorden zijn anoniem
anonymity-body = Uw naam wordt niet gevraagd. Uw antwoorden hebben op geen enkele manier invloed op uw asielaanvraag of uw verblijfsstatus.
anonymity-continue = Ik begrijp het, verder
nav-next = Volgende
nav-back = Terug
nav-skip = Overslaan
listen = Luisteren
progress = Vraag { $current } van { $total }
required-hint = Kies een antwoord om verder te gaan.
save-failed = Uw antwoord kon niet worden bewaard. Probeer opnieuw of vraag een medewerker.

## Stop
stop = Stoppen
stop-title = Wilt u stoppen?
stop-body = U kunt uw antwoorden bewaren of wissen.
stop-keep = Stoppen en mijn antwoorden bewaren
stop-discard = Stoppen en mijn antwoorden wissen
stop-continue = Verder met de vragenlijst
stop-deleted = Uw antwoorden zijn gewist.
ask-help = Vraag om hulp
help-called = Iemand van het personeel komt u helpen. Wacht hier, alstublieft.

## Review and end
review-title = Controleer uw antwoorden
review-change = Wijzigen
review-no-answer = Geen antwoord
review-send = Mijn antwoorden versturen
thanks-title = Dank u wel!
thanks-body = Uw antwoorden zijn bewaard.
thanks-we-did = U zei, wij deden
thanks-done = Afsluiten
still-there-title = Bent u er nog?
still-there-body = { $seconds ->
    [one] De vragenlijst sluit over { $seconds } seconde.
   *[other] De vragenlijst sluit over { $seconds } seconden.
}
still-there-yes = Ja, ik ben er nog

## Question widgets
choose-many-hint = U kunt meer dan één antwoord kiezen.
text-label = Uw antwoord
text-count = { $count } van { $max } tekens
number-label = Uw getal
number-invalid = Vul een getal in van { $min } tot { $max }.
number-increase = Meer
number-decrease = Minder
ranking-hint = Tik de onderdelen aan in volgorde van belang, het belangrijkste eerst.
ranking-ordered = Uw volgorde
ranking-unordered = Nog te ordenen
ranking-position = Nummer { $position }
ranking-move-up = Omhoog
ranking-move-down = Omlaag
ranking-remove = Uit de volgorde halen
ranking-reset = Opnieuw ordenen
scale-point = { $value } van { $max }
smiley-5-1 = Heel slecht
smiley-5-2 = Slecht
smiley-5-3 = Niet goed, niet slecht
smiley-5-4 = Goed
smiley-5-5 = Heel goed
smiley-3-1 = Slecht
smiley-3-2 = Niet goed, niet slecht
smiley-3-3 = Goed

## Fixed answers
choice-yes = Ja
choice-no = Nee
choice-above = Beter dan verwacht
choice-at = Zoals verwacht
choice-below = Slechter dan verwacht
choice-effective = Het werkte goed
choice-partial = Het werkte deels
choice-critical = Het werkte niet
choice-positive = Goed
choice-neutral = Niet goed, niet slecht
choice-negative = Slecht
choice-up = Goed
choice-down = Niet goed
choice-under-14 = Jonger dan 14
choice-age-14-17 = 14 tot 17
choice-age-18-24 = 18 tot 24
choice-age-25-34 = 25 tot 34
choice-age-35-44 = 35 tot 44
choice-age-45-54 = 45 tot 54
choice-age-55-64 = 55 tot 64
choice-age-65-plus = 65 of ouder
choice-female = Vrouw
choice-male = Man
choice-other = Anders
choice-prefer-not = Zeg ik liever niet
choice-under-2-months = Minder dan 2 maanden
choice-months-2-6 = 2 tot 6 maanden
choice-months-6-12 = 6 tot 12 maanden
choice-over-12-months = Meer dan 12 maanden

## Nationalities
country-af = Afghanistan
country-sy = Syrië
country-er = Eritrea
country-ps = Palestina
country-tr = Turkije
country-so = Somalië
country-iq = Irak
country-gn = Guinee
country-cd = DR Congo
country-bi = Burundi
country-ma = Marokko
country-ua = Oekraïne
country-ir = Iran
country-ve = Venezuela
country-co = Colombia
country-ru = Rusland

## Administration mode badges
mode-self-completed = Zelf ingevuld
mode-assisted = Met hulp van een medewerker
mode-interpreter = Met een tolk
mode-interviewer = Een medewerker leest de vragen voor
mode-paper = Van een papieren formulier

## Staff
staff-corner = Medewerkers: 2 seconden ingedrukt houden
pin-title = Toegang voor medewerkers
pin-label = Pincode
pin-submit = Ontgrendelen
pin-cancel = Annuleren
pin-wrong = { $left ->
    [one] Verkeerde pincode. Nog { $left } poging.
   *[other] Verkeerde pincode. Nog { $left } pogingen.
}
pin-locked = { $minutes ->
    [one] Te veel verkeerde pogingen. Probeer opnieuw over { $minutes } minuut.
   *[other] Te veel verkeerde pogingen. Probeer opnieuw over { $minutes } minuten.
}
staff-title = Medewerkerspaneel
staff-survey = Actieve vragenlijst
staff-survey-builtin = ingebouwd
staff-survey-downloaded = van de server
staff-survey-replaces = van de server, vervangt de ingebouwde
staff-survey-unusable = De vragenlijst { $survey } die van de server is gedownload, kan niet worden gebruikt. Tik op ‘Nu synchroniseren’ om hem opnieuw te downloaden, of meld het aan de coördinator.
staff-service-point = Servicepunt (een balie, nooit een persoon)
staff-facility = Code van het centrum
staff-mode = Hoe het volgende antwoord wordt verzameld
staff-counts = Antwoorden op dit toestel
staff-completed-today = Vandaag ingevuld
staff-abandoned-today = Vandaag gestopt of onderbroken
staff-completed-total = In totaal ingevuld
staff-abandoned-total = In totaal onderbroken
staff-pending = Wacht op verzending
staff-settings = Instellingen
staff-timeout = Minuten zonder aanraking voor de vragenlijst herstart
staff-save = Instellingen bewaren
staff-saved = Bewaard.
staff-invalid = { $field } is niet geldig: alleen kleine letters, cijfers en streepjes.
staff-timeout-invalid = Kies een aantal minuten van 1 tot 60.
staff-pin-change = Pincode wijzigen
pin-current = Huidige pincode
pin-confirm = Nieuwe pincode nogmaals
pin-changed = De pincode is gewijzigd.
pin-mismatch = De twee nieuwe pincodes zijn niet gelijk.
staff-start = Vragenlijst starten
staff-start-entry = Een antwoord invoeren
staff-close = Paneel sluiten
staff-no-survey = Er is geen vragenlijst beschikbaar op dit toestel.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Opnieuw luisteren
staff-help-call = Een bewoner die { $language } leest, vroeg om hulp. Deze vragenlijst kan in die taal nog niet helemaal beluisterd worden. Ga alstublieft naar die persoon.
staff-listen-missing = Ontbreekt om te luisteren
staff-record-missing = Opnemen wat ontbreekt in het { $language }
staff-dismiss = Verbergen
staff-translations = Vertalingen
staff-language = Taal
staff-app-words = Teksten van de app
staff-status-draft = Concept, wacht op controle door een moedertaalspreker
staff-status-reviewed = Gecontroleerd
staff-coverage = Dekking van tekst en audio
staff-coverage-text = Tekst
staff-audio-missing = Geen audio
staff-audio-synthetic = Synthetisch
staff-audio-recorded = Opgenomen
staff-recordings = Teksten inspreken
staff-record-item = Wat inspreken
staff-record = Opnemen
staff-record-stop = Opname stoppen
staff-record-keep = Deze opname bewaren
staff-record-import = Of een geluidsbestand importeren
staff-record-kept = Bewaard: deze opname wordt vanaf nu gebruikt.
staff-record-refused = Dit bestand kan niet gebruikt worden: het moet een geluidsbestand kleiner dan 2 MB zijn.
staff-record-no-mic = Er is geen microfoon beschikbaar.

# Sync (staff panel)
sync-title = Synchroniseren met de server
sync-not-enrolled = Deze tablet is nog niet aangemeld bij een synchronisatieserver.
sync-enrolled = Aangemeld bij { $server }
sync-server-url = Serveradres
sync-code = Aanmeldcode (van de coördinator)
sync-enrol = Deze tablet aanmelden
sync-enrolling = Bezig met aanmelden…
sync-enrol-ok = Deze tablet is aangemeld. Antwoorden worden automatisch verstuurd.
sync-error-address = Dit serveradres is niet geldig. Het moet beginnen met { $start }
sync-error-wrong-code = Deze code klopt niet of is al gebruikt. Vraag de coördinator om een nieuwe code.
sync-error-expired = Deze code is verlopen. Vraag de coördinator om een nieuwe code.
sync-error-unreachable = De server is niet bereikbaar. Controleer de internetverbinding en het serveradres.
sync-error-tls = De beveiligde verbinding met de server is mislukt. Controleer de datum en tijd van de tablet en het serveradres.
sync-error-too-many = Te veel pogingen. Wacht een minuut en probeer het opnieuw.
sync-error-server = De server kon deze tablet niet aanmelden. Probeer het later opnieuw of meld het aan de coördinator.
sync-now = Nu synchroniseren
sync-last-success = Laatste geslaagde synchronisatie
sync-minutes-ago = { $minutes } min. geleden
sync-never = Nog niet
sync-last-error = Laatste probleem
sync-set-aside = Opzijgezet door de server

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Deze tablet instellen
setup-body = Kies de pincode voor het personeel voordat bewoners deze tablet gebruiken. Het personeel heeft hem nodig om het personeelsmenu te openen: houd de bovenhoek 2 seconden vast. Deel hem alleen met personeel.
setup-pin = Pincode personeel (6 tot 12 cijfers)
setup-pin-again = Pincode personeel opnieuw
setup-save = Pincode opslaan
pin-new-digits = Nieuwe pincode (6 tot 12 cijfers)
pin-rule-digits = Een pincode heeft 6 tot 12 cijfers, en alleen cijfers.
pin-rule-common = Deze pincode is een van de meest gebruikte. Kies een andere.
pin-rule-sequence = Deze pincode is te eenvoudig (één cijfer herhaald, op- of aftellen, of een herhaald patroon). Kies een andere.
sync-error-waiting = Antwoorden die nog naar de server moeten waarbij deze tablet is aangemeld: { $count }. Druk eerst op “Nu synchroniseren” om ze te versturen en meld de tablet daarna aan bij de nieuwe server.
clock-off = De datum en tijd van deze tablet kloppen niet: ze wijken meer dan een dag af van de server (dagen: { $days }). Stel de datum en tijd in bij de instellingen van de tablet.
set-aside-wrong-facility = Deze antwoorden noemen een andere locatie dan die waar deze tablet is aangemeld. Controleer de locatie bij Instellingen en meld het aan de coördinator.
set-aside-survey-not-on-server = De server heeft deze vragenlijst niet voor uw locatie. Vraag de coördinator om hem op de server toe te wijzen.
set-aside-conflict = De server heeft al andere antwoorden onder hetzelfde nummer. Meld het aan de coördinator; op de tablet hoeft niets te gebeuren.
set-aside-invalid = Deze antwoorden passen niet bij de vragenlijst op de server, misschien omdat die is gewijzigd. Meld het aan de coördinator.
set-aside-other = De server heeft deze antwoorden geweigerd om een reden die deze app niet kent. Werk de app bij en meld het aan de coördinator.
set-aside-kept = Apart gezette antwoorden blijven 30 dagen op deze tablet en worden daarna verwijderd.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Deze browser bewaart de antwoorden van Heard, ook als de tablet weinig ruimte heeft.
storage-not-kept = Deze browser kan de antwoorden van Heard wissen als de tablet weinig ruimte heeft. Synchroniseer vaak. Opent Heard weer met de eerste instelling, dan zijn de antwoorden gewist: kies de pincode en registreer de tablet opnieuw.
setup-storage-lost = De browser heeft gewist wat Heard op deze tablet had opgeslagen (de opslag is leeggemaakt of was vol). Antwoorden die nog niet naar de server waren gestuurd, zijn verloren. Kies de pincode en registreer de tablet daarna opnieuw in het personeelspaneel.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Wat wordt bewaard?
kept-title = Wat wordt bewaard?
kept-close = Sluiten
kept-list-title = Bewaard met uw antwoorden
kept-answers = Uw antwoorden
kept-period = De maand, niet de dag of het uur
kept-facility = Het centrum
kept-service-point = De plek in het centrum waar u antwoordde, als die er is
kept-language = De taal die u koos
kept-mode = Of u alleen of met hulp antwoordde
kept-audio-used = Of u naar de vragen luisterde
kept-status = Of u klaar was of stopte
kept-survey = Welke vragenlijst, en welke versie ervan
kept-id = Een willekeurig nummer, zodat uw antwoorden niet twee keer tellen
kept-never-title = Nooit bewaard
kept-never-name = Uw naam, of een nummer over u
kept-never-device = Deze tablet of telefoon
kept-never-time = De precieze datum en tijd
kept-never-helper = Wie u hielp
kept-never-voice = Uw stem of uw gezicht
