# DRAFT translation by machine, needs native review
# Texte der Heard-App, Deutsch.

## Resident flow
welcome-title = Willkommen
welcome-body = Sagen Sie uns, wie das Leben hier für Sie ist. Es dauert nur ein paar Minuten.
welcome-start = Starten
language-title = Wählen Sie Ihre Sprache
anonymity-title = Ihre Antworten sind anonym
anonymity-body = Wir fragen nicht nach Ihrem Namen. Ihre Antworten können Ihren Asylantrag oder Ihr Aufenthaltsrecht in keiner Weise beeinflussen.
anonymity-continue = Ich verstehe, weiter
nav-next = Weiter
nav-back = Zurück
nav-skip = Überspringen
listen = Anhören
progress = Frage { $current } von { $total }
required-hint = Bitte wählen Sie eine Antwort, um weiterzumachen.
save-failed = Ihre Antwort konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder fragen Sie das Personal.

## Stop
stop = Aufhören
stop-title = Möchten Sie aufhören?
stop-body = Sie können Ihre bisherigen Antworten behalten oder löschen.
stop-keep = Aufhören und meine Antworten behalten
stop-discard = Aufhören und meine Antworten löschen
stop-continue = Mit der Umfrage weitermachen
stop-deleted = Ihre Antworten wurden gelöscht.
ask-help = Um Hilfe bitten
help-called = Jemand vom Personal kommt, um Ihnen zu helfen. Bitte warten Sie hier.

## Review and end
review-title = Prüfen Sie Ihre Antworten
review-change = Ändern
review-no-answer = Keine Antwort
review-send = Meine Antworten senden
thanks-title = Vielen Dank!
thanks-body = Ihre Antworten wurden gespeichert.
thanks-we-did = Sie haben es gesagt, wir haben gehandelt
thanks-done = Fertig
still-there-title = Sind Sie noch da?
still-there-body = { $seconds ->
    [one] Die Umfrage schließt in { $seconds } Sekunde.
   *[other] Die Umfrage schließt in { $seconds } Sekunden.
}
still-there-yes = Ja, ich bin noch da

## Question widgets
choose-many-hint = Sie können mehr als eine Antwort wählen.
text-label = Ihre Antwort
text-count = { $count } von { $max } Zeichen
number-label = Ihre Zahl
number-invalid = Bitte geben Sie eine Zahl von { $min } bis { $max } ein.
number-increase = Mehr
number-decrease = Weniger
ranking-hint = Tippen Sie die Punkte nach ihrer Wichtigkeit an, das Wichtigste zuerst.
ranking-ordered = Ihre Reihenfolge
ranking-unordered = Noch nicht eingeordnet
ranking-position = Platz { $position }
ranking-move-up = Nach oben
ranking-move-down = Nach unten
ranking-remove = Aus der Reihenfolge nehmen
ranking-reset = Reihenfolge neu beginnen
scale-point = { $value } von { $max }
smiley-5-1 = Sehr schlecht
smiley-5-2 = Schlecht
smiley-5-3 = Weder gut noch schlecht
smiley-5-4 = Gut
smiley-5-5 = Sehr gut
smiley-3-1 = Schlecht
smiley-3-2 = Weder gut noch schlecht
smiley-3-3 = Gut

## Fixed answers
choice-yes = Ja
choice-no = Nein
choice-above = Besser als erwartet
choice-at = Wie erwartet
choice-below = Schlechter als erwartet
choice-effective = Es hat gut funktioniert
choice-partial = Es hat teilweise funktioniert
choice-critical = Es hat nicht funktioniert
choice-positive = Gut
choice-neutral = Weder gut noch schlecht
choice-negative = Schlecht
choice-up = Gut
choice-down = Nicht gut
choice-under-14 = Unter 14
choice-age-14-17 = 14 bis 17
choice-age-18-24 = 18 bis 24
choice-age-25-34 = 25 bis 34
choice-age-35-44 = 35 bis 44
choice-age-45-54 = 45 bis 54
choice-age-55-64 = 55 bis 64
choice-age-65-plus = 65 oder älter
choice-female = Frau
choice-male = Mann
choice-other = Anderes
choice-prefer-not = Das möchte ich nicht sagen
choice-under-2-months = Weniger als 2 Monate
choice-months-2-6 = 2 bis 6 Monate
choice-months-6-12 = 6 bis 12 Monate
choice-over-12-months = Mehr als 12 Monate

## Nationalities
country-af = Afghanistan
country-sy = Syrien
country-er = Eritrea
country-ps = Palästina
country-tr = Türkei
country-so = Somalia
country-iq = Irak
country-gn = Guinea
country-cd = DR Kongo
country-bi = Burundi
country-ma = Marokko
country-ua = Ukraine
country-ir = Iran
country-ve = Venezuela
country-co = Kolumbien
country-ru = Russland

## Administration mode badges (shown to the resident)
mode-self-completed = Ohne Hilfe
mode-assisted = Mit Hilfe vom Personal
mode-interpreter = Mit Dolmetschung
mode-interviewer = Eine Person vom Personal liest die Fragen vor
mode-paper = Von einem Papierbogen

## Staff
staff-corner = Personal: 2 Sekunden gedrückt halten
pin-title = Zugang für das Personal
pin-label = PIN
pin-submit = Entsperren
pin-cancel = Abbrechen
pin-wrong = { $left ->
    [one] Falsche PIN. Noch { $left } Versuch.
   *[other] Falsche PIN. Noch { $left } Versuche.
}
pin-locked = { $minutes ->
    [one] Zu viele falsche Versuche. Versuchen Sie es in { $minutes } Minute noch einmal.
   *[other] Zu viele falsche Versuche. Versuchen Sie es in { $minutes } Minuten noch einmal.
}
staff-title = Bereich für das Personal
staff-survey = Aktive Umfrage
staff-survey-builtin = eingebaut
staff-survey-downloaded = vom Server
staff-survey-replaces = vom Server, ersetzt die eingebaute
staff-survey-unusable = Die vom Server geladene Umfrage { $survey } kann nicht verwendet werden. Tippen Sie auf „Jetzt synchronisieren“, um sie erneut zu laden, oder informieren Sie die Koordination.
staff-service-point = Servicestelle (ein Schalter oder Tresen, nie eine Person)
staff-facility = Code der Einrichtung
staff-mode = Wie die nächste Antwort erfasst wird
staff-counts = Antworten auf diesem Gerät
staff-completed-today = Heute abgeschlossen
staff-abandoned-today = Heute beendet oder abgebrochen
staff-completed-total = Insgesamt abgeschlossen
staff-abandoned-total = Insgesamt abgebrochen
staff-pending = Noch nicht gesendet
staff-settings = Einstellungen
staff-timeout = Minuten ohne Berührung, bis die Umfrage zurückgesetzt wird
staff-save = Einstellungen speichern
staff-saved = Gespeichert.
staff-invalid = { $field } ist nicht gültig: nur Kleinbuchstaben, Ziffern und Bindestriche verwenden.
staff-timeout-invalid = Wählen Sie eine Minutenzahl von 1 bis 60.
staff-pin-change = PIN ändern
pin-current = Aktuelle PIN
pin-confirm = Neue PIN wiederholen
pin-changed = Die PIN wurde geändert.
pin-mismatch = Die beiden neuen PINs sind nicht gleich.
staff-start = Umfrage starten
staff-start-entry = Eine Antwort eingeben
staff-close = Bereich für das Personal schließen
staff-no-survey = Auf diesem Gerät ist keine Umfrage verfügbar.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Noch einmal anhören
staff-help-call = Eine Person, die { $language } liest, bittet um Hilfe. Diese Umfrage kann in dieser Sprache noch nicht ganz angehört werden. Bitte gehen Sie zu ihr.
staff-listen-missing = Fehlt zum Anhören
staff-record-missing = Fehlendes auf { $language } aufnehmen
staff-dismiss = Ausblenden
staff-translations = Übersetzungen
staff-language = Sprache
staff-app-words = Texte der App
staff-status-draft = Entwurf, wartet auf Prüfung durch Muttersprachler
staff-status-reviewed = Geprüft
staff-coverage = Abdeckung von Text und Audio
staff-coverage-text = Text
staff-audio-missing = Kein Audio
staff-audio-synthetic = Synthetisch
staff-audio-recorded = Aufgenommen
staff-recordings = Ansagen aufnehmen
staff-record-item = Was aufnehmen
staff-record = Aufnehmen
staff-record-stop = Aufnahme beenden
staff-record-keep = Diese Aufnahme behalten
staff-record-import = Oder eine Tondatei importieren
staff-record-kept = Behalten: Diese Aufnahme wird ab jetzt abgespielt.
staff-record-refused = Diese Datei kann nicht verwendet werden: Es muss eine Tondatei unter 2 MB sein.
staff-record-no-mic = Kein Mikrofon verfügbar.

# Sync (staff panel)
sync-title = Mit dem Server synchronisieren
sync-not-enrolled = Dieses Tablet ist noch bei keinem Sync-Server angemeldet.
sync-enrolled = Angemeldet bei { $server }
sync-server-url = Serveradresse
sync-code = Anmeldecode (von der Koordination)
sync-enrol = Dieses Tablet anmelden
sync-enrolling = Wird angemeldet…
sync-enrol-ok = Dieses Tablet ist angemeldet. Antworten werden automatisch gesendet.
sync-error-address = Diese Serveradresse ist ungültig. Sie sollte mit { $start } beginnen.
sync-error-wrong-code = Dieser Code stimmt nicht oder wurde schon benutzt. Bitten Sie die Koordination um einen neuen Code.
sync-error-expired = Dieser Code ist abgelaufen. Bitten Sie die Koordination um einen neuen Code.
sync-error-unreachable = Der Server ist nicht erreichbar. Prüfen Sie die Internetverbindung und die Serveradresse.
sync-error-tls = Die sichere Verbindung zum Server ist fehlgeschlagen. Prüfen Sie Datum und Uhrzeit des Tablets und die Serveradresse.
sync-error-too-many = Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.
sync-error-server = Der Server konnte dieses Tablet nicht anmelden. Versuchen Sie es später erneut oder informieren Sie die Koordination.
sync-now = Jetzt synchronisieren
sync-last-success = Letzte erfolgreiche Synchronisierung
sync-minutes-ago = vor { $minutes } Min.
sync-never = Noch nicht
sync-last-error = Letztes Problem
sync-set-aside = Vom Server zurückgestellt

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Dieses Tablet einrichten
setup-body = Wählen Sie die PIN für das Personal, bevor Bewohnerinnen und Bewohner das Tablet benutzen. Das Personal braucht sie für das Personalmenü: die obere Ecke 2 Sekunden lang halten. Geben Sie sie nur an Personal weiter.
setup-pin = Personal-PIN (6 bis 12 Ziffern)
setup-pin-again = Personal-PIN wiederholen
setup-save = PIN speichern
pin-new-digits = Neue PIN (6 bis 12 Ziffern)
pin-rule-digits = Eine PIN hat 6 bis 12 Ziffern und nur Ziffern.
pin-rule-common = Diese PIN gehört zu den häufigsten PINs. Wählen Sie eine andere.
pin-rule-sequence = Diese PIN ist zu einfach (eine Ziffer wiederholt, auf- oder abwärts gezählt oder ein wiederholtes Muster). Wählen Sie eine andere.
sync-error-waiting = Antworten, die noch an den Server gehen, bei dem dieses Tablet angemeldet ist: { $count }. Drücken Sie zuerst „Jetzt synchronisieren“, dann melden Sie das Tablet beim neuen Server an.
clock-off = Datum und Uhrzeit dieses Tablets sind falsch: Sie weichen um mehr als einen Tag vom Server ab (Tage: { $days }). Stellen Sie Datum und Uhrzeit in den Einstellungen des Tablets ein.
set-aside-wrong-facility = Diese Antworten nennen eine andere Einrichtung als die, bei der dieses Tablet angemeldet ist. Prüfen Sie die Einrichtung in den Einstellungen und informieren Sie die Koordination.
set-aside-survey-not-on-server = Der Server führt diese Umfrage für Ihre Einrichtung nicht. Bitten Sie die Koordination, sie auf dem Server zuzuweisen.
set-aside-conflict = Der Server hat unter derselben Nummer schon andere Antworten. Informieren Sie die Koordination; auf dem Tablet ist nichts zu tun.
set-aside-invalid = Diese Antworten passen nicht zur Umfrage auf dem Server, vielleicht weil sie geändert wurde. Informieren Sie die Koordination.
set-aside-other = Der Server hat diese Antworten aus einem Grund nicht angenommen, den diese App nicht kennt. Aktualisieren Sie die App und informieren Sie die Koordination.
set-aside-kept = Zurückgestellte Antworten bleiben 30 Tage auf diesem Tablet, dann werden sie gelöscht.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Dieser Browser behält die Antworten von Heard auch bei knappem Speicher.
storage-not-kept = Dieser Browser kann die Antworten von Heard löschen, wenn der Speicher des Tablets knapp wird. Synchronisieren Sie oft. Öffnet Heard wieder mit der Ersteinrichtung, wurden die Antworten gelöscht: Wählen Sie die PIN und registrieren Sie das Tablet erneut.
setup-storage-lost = Der Browser hat gelöscht, was Heard auf diesem Tablet gespeichert hatte (der Speicher wurde geleert oder war voll). Noch nicht an den Server gesendete Antworten sind verloren. Wählen Sie die PIN und registrieren Sie das Tablet dann im Mitarbeiterbereich erneut.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Was wird gespeichert?
kept-title = Was wird gespeichert?
kept-close = Schließen
kept-list-title = Mit Ihren Antworten gespeichert
kept-answers = Ihre Antworten
kept-period = Der Monat, nicht der Tag oder die Uhrzeit
kept-facility = Die Unterkunft
kept-service-point = Der Ort in der Unterkunft, an dem Sie geantwortet haben, falls es einen gibt
kept-language = Die Sprache, die Sie gewählt haben
kept-mode = Ob Sie allein oder mit Hilfe geantwortet haben
kept-audio-used = Ob Sie sich die Fragen angehört haben
kept-status = Ob Sie fertig wurden oder aufgehört haben
kept-survey = Welche Umfrage, und welche Fassung davon
kept-id = Eine zufällige Nummer, damit Ihre Antworten nicht doppelt zählen
kept-never-title = Nie gespeichert
kept-never-name = Ihr Name oder eine Nummer über Sie
kept-never-device = Dieses Tablet oder Telefon
kept-never-time = Das genaue Datum und die Uhrzeit
kept-never-helper = Wer Ihnen geholfen hat
kept-never-voice = Ihre Stimme oder Ihr Gesicht
