# DRAFT translation by machine, needs native review
# Texter i appen Heard, svenska.

## Resident flow
welcome-title = Välkommen
welcome-body = Berätta för oss hur livet här är för dig. Det tar bara några minuter.
welcome-start = Börja
language-title = Välj ditt språk
anonymity-title = Dina svar är anonyma
anonymity-body = Vi frågar inte efter ditt namn. Dina svar kan inte på något sätt påverka din asylansökan eller ditt uppehållstillstånd.
anonymity-continue = Jag förstår, fortsätt
nav-next = Nästa
nav-back = Tillbaka
nav-skip = Hoppa över
listen = Lyssna
progress = Fråga { $current } av { $total }
required-hint = Välj ett svar för att fortsätta.
save-failed = Ditt svar kunde inte sparas. Försök igen eller fråga personalen.

## Stop
stop = Sluta
stop-title = Vill du sluta?
stop-body = Du kan behålla svaren du har gett eller radera dem.
stop-keep = Sluta och behåll mina svar
stop-discard = Sluta och radera mina svar
stop-continue = Fortsätt med enkäten
stop-deleted = Dina svar har raderats.
ask-help = Be om hjälp
help-called = Någon från personalen kommer och hjälper dig. Vänta här.

## Review and end
review-title = Kontrollera dina svar
review-change = Ändra
review-no-answer = Inget svar
review-send = Skicka mina svar
thanks-title = Tack!
thanks-body = Dina svar har sparats.
thanks-we-did = Ni sa, vi gjorde
thanks-done = Klar
still-there-title = Är du kvar?
still-there-body = { $seconds ->
    [one] Enkäten stängs om { $seconds } sekund.
   *[other] Enkäten stängs om { $seconds } sekunder.
}
still-there-yes = Ja, jag är kvar

## Question widgets
choose-many-hint = Du kan välja mer än ett svar.
text-label = Ditt svar
text-count = { $count } av { $max } tecken
number-label = Ditt tal
number-invalid = Skriv ett tal från { $min } till { $max }.
number-increase = Mer
number-decrease = Mindre
ranking-hint = Tryck på alternativen i ordning efter hur viktiga de är, det viktigaste först.
ranking-ordered = Din ordning
ranking-unordered = Kvar att ordna
ranking-position = Nummer { $position }
ranking-move-up = Flytta upp
ranking-move-down = Flytta ner
ranking-remove = Ta bort från ordningen
ranking-reset = Börja om ordningen
scale-point = { $value } av { $max }
smiley-5-1 = Mycket dåligt
smiley-5-2 = Dåligt
smiley-5-3 = Varken bra eller dåligt
smiley-5-4 = Bra
smiley-5-5 = Mycket bra
smiley-3-1 = Dåligt
smiley-3-2 = Varken bra eller dåligt
smiley-3-3 = Bra

## Fixed answers
choice-yes = Ja
choice-no = Nej
choice-above = Bättre än jag väntade mig
choice-at = Som jag väntade mig
choice-below = Sämre än jag väntade mig
choice-effective = Det fungerade bra
choice-partial = Det fungerade delvis
choice-critical = Det fungerade inte
choice-positive = Bra
choice-neutral = Varken bra eller dåligt
choice-negative = Dåligt
choice-up = Bra
choice-down = Inte bra
choice-under-14 = Under 14
choice-age-14-17 = 14 till 17
choice-age-18-24 = 18 till 24
choice-age-25-34 = 25 till 34
choice-age-35-44 = 35 till 44
choice-age-45-54 = 45 till 54
choice-age-55-64 = 55 till 64
choice-age-65-plus = 65 eller äldre
choice-female = Kvinna
choice-male = Man
choice-other = Annat
choice-prefer-not = Jag vill inte säga
choice-under-2-months = Mindre än 2 månader
choice-months-2-6 = 2 till 6 månader
choice-months-6-12 = 6 till 12 månader
choice-over-12-months = Mer än 12 månader

## Nationalities
country-af = Afghanistan
country-sy = Syrien
country-er = Eritrea
country-ps = Palestina
country-tr = Turkiet
country-so = Somalia
country-iq = Irak
country-gn = Guinea
country-cd = DR Kongo
country-bi = Burundi
country-ma = Marocko
country-ua = Ukraina
country-ir = Iran
country-ve = Venezuela
country-co = Colombia
country-ru = Ryssland

## Administration mode badges (shown to the resident)
mode-self-completed = På egen hand
mode-assisted = Med hjälp av personalen
mode-interpreter = Med tolk
mode-interviewer = En medarbetare läser upp frågorna
mode-paper = Från en pappersblankett

## Staff
staff-corner = Personal: håll in i 2 sekunder
pin-title = Inloggning för personal
pin-label = PIN-kod
pin-submit = Lås upp
pin-cancel = Avbryt
pin-wrong = { $left ->
    [one] Fel PIN-kod. { $left } försök kvar.
   *[other] Fel PIN-kod. { $left } försök kvar.
}
pin-locked = { $minutes ->
    [one] För många felaktiga försök. Försök igen om { $minutes } minut.
   *[other] För många felaktiga försök. Försök igen om { $minutes } minuter.
}
staff-title = Personalpanel
staff-survey = Aktiv enkät
staff-survey-builtin = inbyggd
staff-survey-downloaded = från servern
staff-survey-replaces = från servern, ersätter den inbyggda
staff-survey-unusable = Enkäten { $survey } som hämtats från servern kan inte användas. Tryck på ”Synkronisera nu” för att hämta den igen, eller meddela samordnaren.
staff-service-point = Servicepunkt (en disk eller lucka, aldrig en person)
staff-facility = Anläggningskod
staff-mode = Hur nästa svar samlas in
staff-counts = Svar på den här enheten
staff-completed-today = Slutförda i dag
staff-abandoned-today = Avbrutna eller övergivna i dag
staff-completed-total = Slutförda totalt
staff-abandoned-total = Övergivna totalt
staff-pending = Väntar på att skickas
staff-settings = Inställningar
staff-timeout = Minuter utan beröring innan enkäten börjar om
staff-save = Spara inställningar
staff-saved = Sparat.
staff-invalid = { $field } är inte giltigt: använd små bokstäver, siffror och bindestreck.
staff-timeout-invalid = Välj ett antal minuter från 1 till 60.
staff-pin-change = Byt PIN-kod
pin-current = Nuvarande PIN-kod
pin-confirm = Ny PIN-kod igen
pin-changed = PIN-koden har bytts.
pin-mismatch = De två nya PIN-koderna är inte likadana.
staff-start = Starta enkäten
staff-start-entry = Mata in ett svar
staff-close = Stäng personalpanelen
staff-no-survey = Det finns ingen enkät på den här enheten.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Lyssna igen
staff-help-call = En boende som läser { $language } bad om hjälp. Enkäten kan ännu inte lyssnas på i sin helhet på det språket. Gå till personen.
staff-listen-missing = Saknas för att lyssna
staff-record-missing = Spela in det som saknas på { $language }
staff-dismiss = Dölj
staff-translations = Översättningar
staff-language = Språk
staff-app-words = Appens texter
staff-status-draft = Utkast, väntar på granskning av modersmålstalare
staff-status-reviewed = Granskad
staff-coverage = Täckning av text och ljud
staff-coverage-text = Text
staff-audio-missing = Inget ljud
staff-audio-synthetic = Syntetiskt
staff-audio-recorded = Inspelat
staff-recordings = Spela in meddelanden
staff-record-item = Vad ska spelas in
staff-record = Spela in
staff-record-stop = Stoppa inspelningen
staff-record-keep = Behåll den här inspelningen
staff-record-import = Eller importera en ljudfil
staff-record-kept = Behållen: den här inspelningen spelas från och med nu.
staff-record-refused = Filen kan inte användas: den måste vara en ljudfil under 2 MB.
staff-record-no-mic = Ingen mikrofon är tillgänglig.

# Sync (staff panel)
sync-title = Synkronisera med servern
sync-not-enrolled = Den här surfplattan är ännu inte registrerad hos någon synkserver.
sync-enrolled = Registrerad hos { $server }
sync-server-url = Serveradress
sync-code = Registreringskod (från samordnaren)
sync-enrol = Registrera den här surfplattan
sync-enrolling = Registrerar…
sync-enrol-ok = Surfplattan är registrerad. Svaren skickas automatiskt.
sync-error-address = Serveradressen är inte giltig. Den ska börja med { $start }
sync-error-wrong-code = Koden stämmer inte eller har redan använts. Be samordnaren om en ny kod.
sync-error-expired = Koden har gått ut. Be samordnaren om en ny kod.
sync-error-unreachable = Det gick inte att nå servern. Kontrollera internetanslutningen och serveradressen.
sync-error-tls = Den säkra anslutningen till servern misslyckades. Kontrollera surfplattans datum och tid och serveradressen.
sync-error-too-many = För många försök. Vänta en minut och försök igen.
sync-error-server = Servern kunde inte registrera surfplattan. Försök igen senare eller säg till samordnaren.
sync-now = Synkronisera nu
sync-last-success = Senaste lyckade synkronisering
sync-minutes-ago = för { $minutes } min sedan
sync-never = Inte än
sync-last-error = Senaste problemet
sync-set-aside = Undanlagda av servern

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Ställ in surfplattan
setup-body = Välj personalens PIN-kod innan de boende använder surfplattan. Personalen behöver den för att öppna personalpanelen: håll in det övre hörnet i 2 sekunder. Dela den bara med personal.
setup-pin = Personalens PIN-kod (6 till 12 siffror)
setup-pin-again = Personalens PIN-kod igen
setup-save = Spara PIN-koden
pin-new-digits = Ny PIN-kod (6 till 12 siffror)
pin-rule-digits = En PIN-kod har 6 till 12 siffror, och bara siffror.
pin-rule-common = Den här PIN-koden är en av de vanligaste. Välj en annan.
pin-rule-sequence = Den här PIN-koden är för enkel (en siffra upprepad, räkning uppåt eller nedåt, eller ett upprepat mönster). Välj en annan.
sync-error-waiting = Svar som väntar på att skickas till servern som surfplattan är registrerad hos: { $count }. Tryck först på ”Synkronisera nu” och registrera sedan surfplattan hos den nya servern.
clock-off = Surfplattans datum och tid är fel: de skiljer sig från serverns med mer än en dag (dagar: { $days }). Ställ in datum och tid i surfplattans inställningar.
set-aside-wrong-facility = Dessa svar anger en annan enhet än den surfplattan är registrerad vid. Kontrollera enheten under Inställningar och säg till samordnaren.
set-aside-survey-not-on-server = Servern har inte den här enkäten för er enhet. Be samordnaren att tilldela den på servern.
set-aside-conflict = Servern har redan andra svar med samma nummer. Säg till samordnaren; inget behöver göras på surfplattan.
set-aside-invalid = Dessa svar passar inte enkäten på servern, kanske för att den har ändrats. Säg till samordnaren.
set-aside-other = Servern avvisade dessa svar av ett skäl som appen inte känner till. Uppdatera appen och säg till samordnaren.
set-aside-kept = Svar som lagts åt sidan stannar 30 dagar på surfplattan och raderas sedan.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Den här webbläsaren behåller Heards svar även när surfplattan har ont om utrymme.
storage-not-kept = Den här webbläsaren kan radera Heards svar när surfplattan har ont om utrymme. Synkronisera ofta. Om Heard öppnas med första installationen igen har svaren raderats: välj PIN-koden och registrera surfplattan igen.
setup-storage-lost = Webbläsaren raderade det som Heard hade sparat på den här surfplattan (lagringen rensades eller blev full). Svar som ännu inte skickats till servern har gått förlorade. Välj PIN-koden och registrera sedan surfplattan igen i personalpanelen.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Vad sparas?
kept-title = Vad sparas?
kept-close = Stäng
kept-list-title = Sparas med dina svar
kept-answers = Dina svar
kept-period = Månaden, inte dagen eller tiden
kept-facility = Boendet
kept-service-point = Platsen på boendet där du svarade, om det finns en
kept-language = Språket du valde
kept-mode = Om du svarade själv eller med hjälp
kept-audio-used = Om du lyssnade på frågorna
kept-status = Om du gjorde klart eller slutade
kept-survey = Vilken enkät, och vilken version av den
kept-id = Ett slumpat nummer, så att dina svar inte räknas två gånger
kept-never-title = Sparas aldrig
kept-never-name = Ditt namn, eller något nummer om dig
kept-never-device = Den här surfplattan eller telefonen
kept-never-time = Exakt datum och tid
kept-never-helper = Vem som hjälpte dig
kept-never-voice = Din röst eller ditt ansikte
