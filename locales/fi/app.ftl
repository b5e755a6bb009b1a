# DRAFT translation by machine, needs native review
# Heard-sovelluksen tekstit, suomi.

## Resident flow
welcome-title = Tervetuloa
welcome-body = Kerro meille, millaista elämä täällä on sinulle. Se vie vain muutaman minuutin.
welcome-start = Aloita
language-title = Valitse kieli
anonymity-title = Vastauksesi ovat nimettömiä
anonymity-body = Nimeäsi ei kysytä. Vastauksesi eivät voi millään tavalla vaikuttaa turvapaikkahakemukseesi tai oleskeluoikeuteesi.
anonymity-continue = Ymmärrän, jatka
nav-next = Seuraava
nav-back = Takaisin
nav-skip = Ohita
listen = Kuuntele
progress = Kysymys { $current } / { $total }
required-hint = Valitse vastaus, niin voit jatkaa.
save-failed = Vastaustasi ei voitu tallentaa. Yritä uudelleen tai kysy henkilökunnalta.

## Stop
stop = Lopeta
stop-title = Haluatko lopettaa?
stop-body = Voit säilyttää antamasi vastaukset tai poistaa ne.
stop-keep = Lopeta ja säilytä vastaukseni
stop-discard = Lopeta ja poista vastaukseni
stop-continue = Jatka kyselyä
stop-deleted = Vastauksesi on poistettu.
ask-help = Pyydä apua
help-called = Joku henkilökunnasta tulee auttamaan sinua. Odota tässä.

## Review and end
review-title = Tarkista vastauksesi
review-change = Muuta
review-no-answer = Ei vastausta
review-send = Lähetä vastaukseni
thanks-title = Kiitos!
thanks-body = Vastauksesi on tallennettu.
thanks-we-did = Te sanoitte, me teimme
thanks-done = Valmis
still-there-title = Oletko vielä paikalla?
still-there-body = { $seconds ->
    [one] Kysely sulkeutuu { $seconds } sekunnin kuluttua.
   *[other] Kysely sulkeutuu { $seconds } sekunnin kuluttua.
}
still-there-yes = Kyllä, olen vielä täällä

## Question widgets
choose-many-hint = Voit valita useamman kuin yhden.
text-label = Vastauksesi
text-count = { $count } / { $max } merkkiä
number-label = Lukusi
number-invalid = Anna luku väliltä { $min }–{ $max }.
number-increase = Enemmän
number-decrease = Vähemmän
ranking-hint = Kosketa kohtia tärkeysjärjestyksessä, tärkein ensin.
ranking-ordered = Sinun järjestyksesi
ranking-unordered = Vielä järjestämättä
ranking-position = Numero { $position }
ranking-move-up = Siirrä ylös
ranking-move-down = Siirrä alas
ranking-remove = Poista järjestyksestä
ranking-reset = Aloita järjestys alusta
scale-point = { $value } / { $max }
smiley-5-1 = Erittäin huono
smiley-5-2 = Huono
smiley-5-3 = Ei hyvä eikä huono
smiley-5-4 = Hyvä
smiley-5-5 = Erittäin hyvä
smiley-3-1 = Huono
smiley-3-2 = Ei hyvä eikä huono
smiley-3-3 = Hyvä

## Fixed answers
choice-yes = Kyllä
choice-no = Ei
choice-above = Parempi kuin odotin
choice-at = Sellainen kuin odotin
choice-below = Huonompi kuin odotin
choice-effective = Se toimi hyvin
choice-partial = Se toimi osittain
choice-critical = Se ei toiminut
choice-positive = Hyvä
choice-neutral = Ei hyvä eikä huono
choice-negative = Huono
choice-up = Hyvä
choice-down = Ei hyvä
choice-under-14 = Alle 14 vuotta
choice-age-14-17 = 14–17 vuotta
choice-age-18-24 = 18–24 vuotta
choice-age-25-34 = 25–34 vuotta
choice-age-35-44 = 35–44 vuotta
choice-age-45-54 = 45–54 vuotta
choice-age-55-64 = 55–64 vuotta
choice-age-65-plus = 65 vuotta tai enemmän
choice-female = Nainen
choice-male = Mies
choice-other = Muu
choice-prefer-not = En halua kertoa
choice-under-2-months = Alle 2 kuukautta
choice-months-2-6 = 2–6 kuukautta
choice-months-6-12 = 6–12 kuukautta
choice-over-12-months = Yli 12 kuukautta

## Nationalities
country-af = Afganistan
country-sy = Syyria
country-er = Eritrea
country-ps = Palestiina
country-tr = Turkki
country-so = Somalia
country-iq = Irak
country-gn = Guinea
country-cd = Kongon demokraattinen tasavalta
country-bi = Burundi
country-ma = Marokko
country-ua = Ukraina
country-ir = Iran
country-ve = Venezuela
country-co = Kolumbia
country-ru = Venäjä

## Administration mode badges (shown to the resident)
mode-self-completed = Itsenäisesti
mode-assisted = Henkilökunnan avulla
mode-interpreter = Tulkin avulla
mode-interviewer = Työntekijä lukee kysymykset
mode-paper = Paperilomakkeelta

## Staff
staff-corner = Henkilökunta: pidä painettuna 2 sekuntia
pin-title = Henkilökunnan kirjautuminen
pin-label = PIN-koodi
pin-submit = Avaa lukitus
pin-cancel = Peruuta
pin-wrong = { $left ->
    [one] Väärä PIN-koodi. { $left } yritys jäljellä.
   *[other] Väärä PIN-koodi. { $left } yritystä jäljellä.
}
pin-locked = { $minutes ->
    [one] Liian monta väärää yritystä. Yritä uudelleen { $minutes } minuutin kuluttua.
   *[other] Liian monta väärää yritystä. Yritä uudelleen { $minutes } minuutin kuluttua.
}
staff-title = Henkilökunnan näkymä
staff-survey = Käytössä oleva kysely
staff-survey-builtin = sisäänrakennettu
staff-survey-downloaded = palvelimelta
staff-survey-replaces = palvelimelta, korvaa sisäänrakennetun
staff-survey-unusable = Palvelimelta ladattua kyselyä { $survey } ei voi käyttää. Lataa se uudelleen painamalla ”Synkronoi nyt” tai kerro koordinaattorille.
staff-service-point = Palvelupiste (tiski tai luukku, ei koskaan henkilö)
staff-facility = Toimipaikan koodi
staff-mode = Miten seuraava vastaus kerätään
staff-counts = Vastaukset tällä laitteella
staff-completed-today = Valmiita tänään
staff-abandoned-today = Lopetettuja tai kesken jääneitä tänään
staff-completed-total = Valmiita yhteensä
staff-abandoned-total = Kesken jääneitä yhteensä
staff-pending = Odottaa lähettämistä
staff-settings = Asetukset
staff-timeout = Minuutit ilman kosketusta, ennen kuin kysely alkaa alusta
staff-save = Tallenna asetukset
staff-saved = Tallennettu.
staff-invalid = { $field } ei kelpaa: käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä.
staff-timeout-invalid = Valitse minuuttimäärä väliltä 1–60.
staff-pin-change = Vaihda PIN-koodi
pin-current = Nykyinen PIN-koodi
pin-confirm = Uusi PIN-koodi uudelleen
pin-changed = PIN-koodi on vaihdettu.
pin-mismatch = Uudet PIN-koodit eivät ole samat.
staff-start = Aloita kysely
staff-start-entry = Syötä vastaus
staff-close = Sulje henkilökunnan näkymä
staff-no-survey = Tällä laitteella ei ole yhtään kyselyä.

## Staff: languages (review status, coverage, recordings by people) — draft
replay = Kuuntele uudelleen
staff-help-call = Asukas, joka lukee kieltä { $language }, pyysi apua. Tätä kyselyä ei voi vielä kuunnella kokonaan tällä kielellä. Mene hänen luokseen.
staff-listen-missing = Puuttuu kuunteluun
staff-record-missing = Äänitä puuttuvat, kieli { $language }
staff-dismiss = Piilota
staff-translations = Käännökset
staff-language = Kieli
staff-app-words = Sovelluksen tekstit
staff-status-draft = Luonnos, odottaa äidinkielisen tarkistusta
staff-status-reviewed = Tarkistettu
staff-coverage = Tekstin ja äänen kattavuus
staff-coverage-text = Teksti
staff-audio-missing = Ei ääntä
staff-audio-synthetic = Synteettinen
staff-audio-recorded = Äänitetty
staff-recordings = Äänitä kehotteet
staff-record-item = Mitä äänitetään
staff-record = Äänitä
staff-record-stop = Lopeta äänitys
staff-record-keep = Säilytä tämä äänitys
staff-record-import = Tai tuo äänitiedosto
staff-record-kept = Säilytetty: tämä äänitys soi tästä lähtien.
staff-record-refused = Tätä tiedostoa ei voi käyttää: sen on oltava alle 2 Mt:n äänitiedosto.
staff-record-no-mic = Mikrofonia ei ole saatavilla.

# Sync (staff panel)
sync-title = Synkronointi palvelimen kanssa
sync-not-enrolled = Tätä tablettia ei ole vielä rekisteröity synkronointipalvelimelle.
sync-enrolled = Rekisteröity palvelimelle { $server }
sync-server-url = Palvelimen osoite
sync-code = Rekisteröintikoodi (koordinaattorilta)
sync-enrol = Rekisteröi tämä tabletti
sync-enrolling = Rekisteröidään…
sync-enrol-ok = Tabletti on rekisteröity. Vastaukset lähetetään automaattisesti.
sync-error-address = Palvelimen osoite ei kelpaa. Sen pitää alkaa { $start }
sync-error-wrong-code = Koodi on väärä tai jo käytetty. Pyydä koordinaattorilta uusi koodi.
sync-error-expired = Koodi on vanhentunut. Pyydä koordinaattorilta uusi koodi.
sync-error-unreachable = Palvelimeen ei saatu yhteyttä. Tarkista internetyhteys ja palvelimen osoite.
sync-error-tls = Suojattu yhteys palvelimeen epäonnistui. Tarkista tabletin päivämäärä ja kellonaika sekä palvelimen osoite.
sync-error-too-many = Liian monta yritystä. Odota minuutti ja yritä uudelleen.
sync-error-server = Palvelin ei voinut rekisteröidä tablettia. Yritä myöhemmin uudelleen tai kerro koordinaattorille.
sync-now = Synkronoi nyt
sync-last-success = Viimeisin onnistunut synkronointi
sync-minutes-ago = { $minutes } min sitten
sync-never = Ei vielä
sync-last-error = Viimeisin ongelma
sync-set-aside = Palvelimen sivuun siirtämät

## Staff: first-run setup, PIN rules, set-aside answers, clock — draft
setup-title = Ota tabletti käyttöön
setup-body = Valitse henkilökunnan PIN-koodi ennen kuin asukkaat käyttävät tablettia. Henkilökunta tarvitsee sen henkilökunnan näkymään: pidä yläkulmaa painettuna 2 sekuntia. Kerro se vain henkilökunnalle.
setup-pin = Henkilökunnan PIN-koodi (6–12 numeroa)
setup-pin-again = Henkilökunnan PIN-koodi uudelleen
setup-save = Tallenna PIN-koodi
pin-new-digits = Uusi PIN-koodi (6–12 numeroa)
pin-rule-digits = PIN-koodissa on 6–12 numeroa eikä muita merkkejä.
pin-rule-common = Tämä PIN-koodi on yksi yleisimmistä. Valitse toinen.
pin-rule-sequence = Tämä PIN-koodi on liian yksinkertainen (sama numero toistuu, numerot nousevat tai laskevat, tai kuvio toistuu). Valitse toinen.
sync-error-waiting = Vastauksia odottaa lähetystä palvelimelle, johon tabletti on rekisteröity: { $count }. Paina ensin ”Synkronoi nyt” ja rekisteröi tabletti sitten uudelle palvelimelle.
clock-off = Tabletin päivämäärä ja kellonaika ovat väärin: ne poikkeavat palvelimen ajasta yli vuorokauden (päiviä: { $days }). Aseta päivämäärä ja aika tabletin asetuksista.
set-aside-wrong-facility = Näissä vastauksissa on eri yksikkö kuin se, johon tabletti on rekisteröity. Tarkista yksikkö asetuksista ja kerro koordinaattorille.
set-aside-survey-not-on-server = Palvelimella ei ole tätä kyselyä yksikkönne käytössä. Pyydä koordinaattoria liittämään se palvelimella.
set-aside-conflict = Palvelimella on jo toiset vastaukset samalla numerolla. Kerro koordinaattorille; tabletilla ei tarvitse tehdä mitään.
set-aside-invalid = Nämä vastaukset eivät sovi palvelimen kyselyyn, ehkä koska kysely on muuttunut. Kerro koordinaattorille.
set-aside-other = Palvelin hylkäsi nämä vastaukset syystä, jota tämä sovellus ei tunne. Päivitä sovellus ja kerro koordinaattorille.
set-aside-kept = Sivuun siirretyt vastaukset säilyvät tabletilla 30 päivää, sitten ne poistetaan.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = Tämä selain säilyttää Heardin vastaukset, vaikka tabletin tila käy vähiin.
storage-not-kept = Tämä selain voi poistaa Heardin vastaukset, kun tabletin tila käy vähiin. Synkronoi usein. Jos Heard avautuu taas käyttöönottoon, vastaukset on poistettu: valitse PIN-koodi ja rekisteröi tabletti uudelleen.
setup-storage-lost = Selain poisti sen, mitä Heard oli tallentanut tähän tablettiin (tallennustila tyhjennettiin tai se täyttyi). Palvelimelle vielä lähettämättömät vastaukset ovat kadonneet. Valitse PIN-koodi ja rekisteröi tabletti sitten uudelleen henkilökunnan paneelissa.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = Mitä tallennetaan?
kept-title = Mitä tallennetaan?
kept-close = Sulje
kept-list-title = Tallennetaan vastaustesi kanssa
kept-answers = Vastauksesi
kept-period = Kuukausi, ei päivää eikä kellonaikaa
kept-facility = Keskus
kept-service-point = Paikka keskuksessa, jossa vastasit, jos sellainen on
kept-language = Valitsemasi kieli
kept-mode = Vastasitko yksin vai jonkun avulla
kept-audio-used = Kuuntelitko kysymykset
kept-status = Vastasitko loppuun vai lopetitko
kept-survey = Mikä kysely ja mikä sen versio
kept-id = Satunnainen numero, jotta vastauksiasi ei lasketa kahdesti
kept-never-title = Ei koskaan tallenneta
kept-never-name = Nimeäsi tai mitään sinuun liittyvää numeroa
kept-never-device = Tätä tablettia tai puhelinta
kept-never-time = Tarkkaa päivämäärää ja kellonaikaa
kept-never-helper = Kuka sinua auttoi
kept-never-voice = Ääntäsi tai kasvojasi
